"""What the panels show of an analysis, prepared in plain Python so that a worker thread can do it.

For a large project (90,000 claims) sorting the table, listing each group's rows, indexing claims by id
and by article and writing 5,000 article labels take several hundred milliseconds; done on the window's
thread they would freeze it, so the worker that analysed a change prepares them too, and the window only
hands them to its models. After an edit (``Workspace.update``) they are made from the last ones, on the
window's thread: only the changed claims and articles are looked at again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.grouping import Grouping
from ..core.model import Claim
from ..core.pipeline import Analysis
from ..core.workspace import Update, known_categories
from .article_list import article_label, article_labels
from .claims_model import Arranged, arrange, rearrange


@dataclass(frozen=True)
class Prepared:
    analysis: Analysis
    arranged: Arranged
    by_id: dict[str, Claim]
    by_article: dict[str, list[Claim]]
    labels: list[str]  # one per article, in order
    categories: dict[str, str]  # the categories an analyst may choose: key → label
    in_use: dict[str, int]  # the claims of each category the project has (the category filter's choices)
    grouping: Grouping | None = None  # the groups indexed for the next edit (see core/grouping.py)


def prepare(analysis: Analysis, sort: tuple[int, bool] | None) -> Prepared:
    by_article: dict[str, list[Claim]] = {}
    for c in analysis.claims:
        by_article.setdefault(c.article, []).append(c)
    titles = {a.id: a.title or a.id for a in analysis.articles}
    return Prepared(analysis, arrange(analysis.claims, titles, sort), {c.id: c for c in analysis.claims},
                    by_article, article_labels(analysis.articles, by_article),
                    known_categories({c.category for c in analysis.claims}), _counted(analysis.claims),
                    Grouping(analysis.claims, analysis.groups).complete())


def prepare_update(before: Prepared, update: Update, sort: tuple[int, bool] | None) -> Prepared:
    """The panels' data after an edit, from ``before`` and what the edit changed; ``sort``: the table's
    order now (the analyst may have sorted it since ``before`` was made)."""
    analysis = update.analysis
    by_id = dict(before.by_id)
    for claim_id, claim in update.claims.items():
        if claim is None:
            by_id.pop(claim_id, None)
        else:
            by_id[claim_id] = claim
    titles = before.arranged.titles  # the same dict unless an edit retitled an article (rearrange tests it)
    retitled = {a.id: a.title or a.id for a in analysis.articles if a.id in update.articles}
    if any(titles.get(aid) != title for aid, title in retitled.items()):
        titles = {**titles, **retitled}
    labels = [article_label(a, len(update.by_article.get(a.id, ()))) if a.id in update.articles else label
              for a, label in zip(analysis.articles, before.labels, strict=True)]
    # a category an edit brings in joins the choices (one whose last claim an edit took stays a choice)
    categories = known_categories([*before.categories, *(c.category for c in update.claims.values() if c)])
    in_use = Counter(before.in_use)  # less the claims of the articles the edit touched, plus their claims now
    in_use.subtract(_counted(c for aid in update.articles for c in before.by_article.get(aid, ())))
    in_use.update(_counted(c for aid in update.articles for c in update.by_article.get(aid, ())))
    arranged = rearrange(before.arranged, analysis.claims, update.claims, update.groups, titles) \
        if before.arranged.sort == sort else arrange(analysis.claims, titles, sort)
    return Prepared(analysis, arranged, by_id, update.by_article, labels, categories,
                    {key: n for key, n in in_use.items() if n > 0})


def _counted(claims: Iterable[Claim]) -> dict[str, int]:
    """How many of ``claims`` each category has (claims without one are not counted)."""
    return dict(Counter(c.category for c in claims if c.category))
