"""What the panels show of an analysis, prepared in plain Python so that a worker thread can do it.

For a large project (90,000 claims) sorting the table, listing each group's rows, indexing claims by id
and by article and writing 5,000 article labels take several hundred milliseconds; done on the window's
thread they would freeze it, so the worker that analysed a change prepares them too, and the window only
hands them to its models.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import Claim
from ..core.pipeline import Analysis
from ..core.workspace import known_categories
from .article_list import article_labels
from .claims_model import Arranged, arrange


@dataclass(frozen=True)
class Prepared:
    analysis: Analysis
    arranged: Arranged
    by_id: dict[str, Claim]
    by_article: dict[str, list[Claim]]
    labels: list[str]  # one per article, in order
    categories: dict[str, str]  # the categories an analyst may choose: key → label


def prepare(analysis: Analysis, sort: tuple[int, bool] | None) -> Prepared:
    by_article: dict[str, list[Claim]] = {}
    for c in analysis.claims:
        by_article.setdefault(c.article, []).append(c)
    titles = {a.id: a.title or a.id for a in analysis.articles}
    return Prepared(analysis, arrange(analysis.claims, titles, sort), {c.id: c for c in analysis.claims},
                    by_article, article_labels(analysis.articles, by_article),
                    known_categories({c.category for c in analysis.claims}))
