"""The panels' data after an edit, made from the data before it (``prepared.prepare_update`` and
``claims_model.rearrange``), equal what preparing the same analysis whole gives: the table's rows in order,
each group's rows, the article labels, the claims by id and the category filter's counts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscount.core.workspace import State, Workspace
from crosscount.gui.prepared import Prepared, prepare, prepare_update
from test_incremental_grouping import ARTICLES, STEP, step

SORTS = [None, (0, False), (1, False), (3, True), (4, False), (8, True)]  # the table as the analyst sorted it


@pytest.fixture(scope="module")
def loaded() -> Workspace:
    ws = Workspace(State(ARTICLES))
    ws.analyze()
    return ws


def assert_same(p: Prepared, whole: Prepared) -> None:
    assert [c.id for c in p.arranged.claims] == [c.id for c in whole.arranged.claims]
    assert p.arranged.claims == whole.arranged.claims
    assert {k: v for k, v in p.arranged.by_group.items() if k is not None and v} == \
        {k: v for k, v in whole.arranged.by_group.items() if k is not None}
    assert all(p.arranged.row(c.id) == i for i, c in enumerate(whole.arranged.claims))
    assert p.labels == whole.labels and p.by_id == whole.by_id and p.in_use == whole.in_use


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(STEP, min_size=1, max_size=6), st.sampled_from(SORTS))
def test_the_panels_data_after_edits_equal_a_whole_preparation(loaded, steps, sort):
    ws = Workspace(loaded.state)
    ws.extracted, ws.normalized = dict(loaded.extracted), {}
    p = prepare(ws.analyze(), sort)
    ws.keep(ws.state, p.analysis, p.by_article, p.grouping)
    history = [ws.state]
    for what, n, v in steps:
        if what == "undo" and len(history) > 1:
            history.pop()
            state = history[-1]
        else:
            state = replace(ws.state, edits=step(ws.state.edits, p.analysis, what, n, v))
            history.append(state)
        ws.set_state(state)
        update = ws.update(state)
        if update is None:  # the first claim added or the last removed: analysed whole
            p = prepare(ws.analyze(), sort)
            ws.keep(state, p.analysis, p.by_article, p.grouping)
            continue
        p = prepare_update(p, update, sort)
        assert_same(p, prepare(update.analysis, sort))
