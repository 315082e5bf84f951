"""An edit's analysis made from the one before (``Workspace.update``, ``compare.regroup``) is the analysis a
full run gives: the same claims, field by field and in order, and the same groups."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscount.core.articles import from_text, load
from crosscount.core.compare import compare
from crosscount.core.edits import EditError, Edits, new_claim
from crosscount.core.grouping import Grouping
from crosscount.core.model import Claim
from crosscount.core.pipeline import Analysis, analyze_articles
from crosscount.core.workspace import State, Workspace

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLE_ARTICLES = [load(str(p), article_id=f"a{i}") for i, p in enumerate(sorted(SAMPLES.glob("*.txt")), 1)]
# Articles that repeat the samples' paragraphs two by two, a day apart: echoes, shared groups, outliers.
PARAGRAPHS = [p for a in SAMPLE_ARTICLES for p in a.text.split("\n\n")[1:] if any(ch.isdigit() for ch in p)]
ARTICLES = (*SAMPLE_ARTICLES, *(
    from_text(f"Roundup {i}\nPublished: July {i + 1}, 2024\n\n" + "\n\n".join(PARAGRAPHS[i::5]), f"a{20 + i}")
    for i in range(5)))


@pytest.fixture(scope="module")
def base() -> tuple[Workspace, Analysis]:
    ws = Workspace(State(ARTICLES))
    analysis = ws.analyze()
    assert len(analysis.claims) > 40 and len(analysis.groups) > 5
    assert any(c.reports for c in analysis.claims)
    return ws, analysis


def full(ws: Workspace, state: State) -> Analysis:
    """The whole analysis of ``state``, extracted claims taken from the cache, nothing else reused."""
    return analyze_articles(list(state.articles), state.settings, state.edits, dict(ws.extracted))


def assert_same(update: Analysis, whole: Analysis) -> None:
    assert update.articles == whole.articles
    assert [c.id for c in update.claims] == [c.id for c in whole.claims]
    assert update.claims == whole.claims
    assert update.groups == whole.groups


# One step of an analyst's work: (what, claim or article index, value index).
STEP = st.tuples(st.sampled_from(["category", "exclude", "group", "value", "source", "published", "outlet",
                                  "rename", "add", "undo"]),
                 st.integers(0, 10_000), st.integers(0, 3))
CATEGORIES = ["killed", "wounded", None, "missing"]
PUBLISHED = ["2023-08-15", "2022-09", None, "2024-02-03"]


def step(edits: Edits, analysis: Analysis, what: str, n: int, v: int) -> Edits:
    claim = analysis.claims[n % len(analysis.claims)]
    article = ARTICLES[n % len(ARTICLES)]
    keys = [g.key for g in analysis.groups]
    if what == "category":
        return edits.set_claim(claim.id, category=CATEGORIES[v])
    if what == "exclude":
        return edits.set_claim(claim.id, excluded=not claim.excluded)
    if what == "group":
        return edits.set_claim(claim.id, group=[*keys[:3], "custom:mine"][v])
    if what == "value":
        return edits.set_claim(claim.id, low=float(10 ** (v + 1)), high=float(10 ** (v + 1)), bound="exact")
    if what == "source":
        return edits.set_claim(claim.id, source=["the ministry", "Reuters", None, "the UN"][v])
    if what == "published":
        return edits.set_article(article.id, published=PUBLISHED[v])
    if what == "outlet":
        return edits.set_article(article.id, outlet=["AP", "BBC", None, "Meduza"][v], author="A. Writer")
    if what == "rename":
        return edits.name_group(keys[v % len(keys)], f"Renamed {v}")
    start = (n * 37) % max(len(article.text) - 10, 1)
    added = new_claim(article, start, start + 6)
    return edits if any(c.id == added.id for c in edits.added) else edits.add_claim(added)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(STEP, min_size=1, max_size=6))
def test_every_edit_updated_equals_the_whole_analysis(base, steps):
    ws0, first = base
    ws = Workspace(ws0.state)
    ws.extracted, ws.normalized = dict(ws0.extracted), {}
    ws.keep(ws.state, first)
    history = [ws.state]
    shown = first
    for what, n, v in steps:
        previous = ws.state
        if what == "undo" and len(history) > 1:
            history.pop()
            state = history[-1]
        else:
            state = replace(ws.state, edits=step(ws.state.edits, shown, what, n, v))
            history.append(state)
        ws.set_state(state)
        update = ws.update(state)
        whole = full(ws, state)
        if update is None:  # the first claim added (or the last removed) orders all claims anew: a whole run
            assert bool(state.edits.added) != bool(previous.edits.added)
            ws.keep(state, whole)
        else:
            assert_same(update.analysis, whole)
            by_article: dict[str, list] = {}
            for c in whole.claims:
                by_article.setdefault(c.article, []).append(c)
            assert {k: v for k, v in update.by_article.items() if v} == by_article
        shown = whole


def test_an_edit_is_updated_not_analysed_whole_and_says_what_changed(base):
    ws0, first = base
    ws = Workspace(ws0.state)
    ws.extracted, ws.normalized = ws0.extracted, dict(ws0.normalized)
    ws.keep(ws.state, first)
    claim = next(c for c in first.claims if c.group and c.category == "killed")
    state = replace(ws.state, edits=ws.state.edits.set_claim(claim.id, category="wounded"))
    update = ws.update(state)
    assert update is not None
    assert update.claims[claim.id] is not None and update.claims[claim.id].category == "wounded"
    assert update.articles == {claim.article}
    untouched = [c for c in first.claims if c.article != claim.article and c.id not in update.claims]
    assert untouched and all(c is update.analysis.claims[i] for i, c in enumerate(first.claims)
                             if c.id not in update.claims and c.article != claim.article)
    assert_same(update.analysis, full(ws, state))


def test_the_same_words_marked_twice_are_one_claim():
    article = ARTICLES[0]
    edits = Edits().add_claim(new_claim(article, 10, 16))
    with pytest.raises(EditError, match="already marked"):
        edits.add_claim(new_claim(article, 10, 16))


def test_a_change_of_articles_or_settings_is_not_an_update(base):
    ws0, first = base
    ws = Workspace(ws0.state)
    ws.keep(ws.state, first)
    assert ws.update(ws.state.removing(ARTICLES[0].id)) is None
    assert ws.update(replace(ws.state, settings=replace(ws.state.settings, base_currency="EUR"))) is None


@pytest.mark.parametrize("in_place", [False, True], ids=["whole order", "in place"])
def test_a_claim_moved_out_of_its_group_and_back_equals_compare(base, in_place):
    _ws, first = base
    grouping = Grouping(first.claims, first.groups)
    moved = next(c for c in first.claims if c.group and c.reports)
    edited = moved.evolve(category="missing", subject=None)
    claims = [edited if c.id == moved.id else c for c in first.claims]
    changed = grouping.update(None if in_place else claims, {moved.id: edited}, [moved.id], {}, {})
    assert (grouping.claims, grouping.sorted_groups()) == compare(claims)
    assert set(changed) >= {moved.id, *moved.reports[1:2]}, "the estimate it left is marked again"
    back = [moved if c.id == moved.id else c for c in grouping.claims]
    grouping.update(None if in_place else back, {moved.id: moved}, [moved.id], {}, {})
    assert (grouping.claims, grouping.sorted_groups()) == (first.claims, first.groups)


def test_outliers_follow_the_median_as_claims_join_a_group():
    claims = [Claim.of(id=f"c{i}", article="a1", start=i, end=i + 1, text=str(v), sentence="", kind="count",
                       low=float(v), high=float(v), estimate=None, bound="exact", category="killed")
              for i, v in enumerate([10, 12, 11, 200, 9])]
    grouping = Grouping(*compare(claims))
    assert [c.id for c in grouping.claims if any(f.startswith("outlier") for f in c.flags)] == ["c3"]
    raised = [c.evolve(low=190.0, high=190.0) if c.id in ("c0", "c1", "c2") else c for c in grouping.claims]
    grouping.update(None, {c.id: c for c in raised if c.id in ("c0", "c1", "c2")}, ["c0", "c1", "c2"], {}, {})
    assert (grouping.claims, grouping.sorted_groups()) == compare(raised)
    assert [c.id for c in grouping.claims if any(f.startswith("outlier") for f in c.flags)] == ["c4"]


def test_an_outlier_that_leaves_and_comes_back_ordinary_while_the_median_stays_loses_its_note():
    claims = [Claim.of(id=f"c{i}", article="a1", start=i, end=i + 1, text=str(v), sentence="", kind="count",
                       low=float(v), high=float(v), estimate=None, bound="exact", category="killed")
              for i, v in enumerate([10, 11, 10, 12, 10, 200, 10])]
    grouping = Grouping(*compare(claims))
    outlier = grouping.claims[5]
    assert any(f.startswith("outlier") for f in outlier.flags)
    away = outlier.evolve(category="missing")  # the median of the others is the median of all: 10
    grouping.update(None, {away.id: away}, [away.id], {}, {})
    assert (grouping.claims, grouping.sorted_groups()) == compare([away if c.id == away.id else c for c in claims])
    back = outlier.evolve(low=11.0, high=11.0)
    grouping.update(None, {back.id: back}, [back.id], {}, {})
    assert (grouping.claims, grouping.sorted_groups()) == compare([back if c.id == back.id else c for c in claims])
    assert not any(f.startswith("outlier") for f in grouping.claims[5].flags)
