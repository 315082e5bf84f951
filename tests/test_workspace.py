"""The window's workspace without Qt: states, undo by value, the caches, and what the analyst types."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosscount.core.articles import from_text
from crosscount.core.edits import EditError
from crosscount.core.pipeline import Settings
from crosscount.core.workspace import (
    State,
    Workspace,
    extract_all,
    extraction_cost,
    known_categories,
    load_new,
    reread,
    typed_category,
    typed_date,
)

FLOODS = "Floods\nPublished: May 4, 2024\n\nRescuers said 120 people had been killed.\n"
QUAKE = "Quake\nPublished: June 9, 2024\n\nThe ministry said 48 people were injured.\n"


def texts(analysis):
    return sorted(c.text for c in analysis.claims)


def test_a_state_is_a_value_so_an_undo_step_is_the_state_before():
    ws = Workspace()
    before = ws.state
    ws.set_state(before.adding([from_text(FLOODS, "a1")]))
    assert texts(ws.analyze()) == ["120"]
    ws.set_state(before)
    assert ws.analyze().claims == [] and before.articles == ()


def test_extraction_is_cached_and_forgotten_when_an_articles_text_changes():
    ws = Workspace(State((from_text(FLOODS, "a1"),)))
    ws.analyze()
    assert list(ws.extracted) == [("a1", "2024-05-04", None)]
    ws.set_state(ws.state.replacing(from_text(FLOODS.replace("120", "140"), "a1")))
    assert ws.extracted == {}
    assert texts(ws.analyze()) == ["140"]


def test_normalization_cache_is_emptied_when_settings_change():
    ws = Workspace(State((from_text(FLOODS, "a1"),)))
    ws.analyze()
    assert ws.normalized
    ws.set_state(replace(ws.state, settings=Settings(base_currency="EUR")))
    assert ws.normalized == {}


def test_a_worker_gets_copies_and_its_findings_are_merged(tmp_path):
    path = tmp_path / "quake.txt"
    path.write_text(QUAKE, encoding="utf-8")
    ws = Workspace(State((from_text(FLOODS, "a1"),)))
    snapshot = ws.snapshot()
    after, analysis = load_new(snapshot, [str(path)])
    assert ws.state.articles == (from_text(FLOODS, "a1"),) and ws.extracted == {}, "the workspace is untouched"
    assert texts(analysis) == ["120", "48"] and [a.id for a in after.state.articles] == ["a1", "a2"]
    ws.set_state(after.state)
    ws.merge(after)
    assert set(ws.extracted) == {("a1", "2024-05-04", None), ("a2", "2024-06-09", None)}


def test_a_worker_result_for_a_text_since_changed_is_not_merged():
    ws = Workspace(State((from_text(FLOODS, "a1"),)))
    snapshot = ws.snapshot()
    snapshot.analyze()
    ws.set_state(ws.state.replacing(from_text(QUAKE, "a1")))
    ws.merge(snapshot)
    assert ws.extracted == {}


def test_reread_keeps_the_id_and_the_edits(tmp_path):
    path = tmp_path / "floods.txt"
    path.write_text(FLOODS, encoding="utf-8")
    ws = Workspace()
    after, _ = load_new(ws.snapshot(), [str(path)])
    ws.set_state(replace(after.state, edits=after.state.edits.set_article("a1", outlet="Daily Record")))
    path.write_text(FLOODS.replace("120", "140"), encoding="utf-8")
    again, analysis = reread(ws.snapshot(), "a1")
    assert texts(analysis) == ["140"] and analysis.articles[0].outlet == "Daily Record"
    with pytest.raises(EditError, match="pasted"):
        reread(Workspace(State((from_text(FLOODS, "a9"),))).snapshot(), "a9")


def test_the_same_text_loaded_twice_is_one_article(tmp_path):
    path = tmp_path / "floods.txt"
    path.write_text(FLOODS, encoding="utf-8")
    ws = Workspace(State((from_text(FLOODS, "a1"),)))
    after, _ = load_new(ws.snapshot(), [str(path)])
    assert len(after.state.articles) == 1


def test_the_claim_as_extracted_is_found_for_an_edited_claim():
    ws = Workspace(State((from_text(FLOODS, "a1"),)))
    claim = ws.analyze().claims[0]
    ws.set_state(replace(ws.state, edits=ws.state.edits.set_claim(claim.id, low=66000.0, high=66000.0)))
    edited = ws.analyze().claims[0]
    assert edited.low == 66000 and ws.extracted_claim(edited).low == 120


@pytest.mark.parametrize(("typed", "iso"), [("September 2022", "2022-09"), ("Feb. 3, 2024", "2024-02-03"),
                                            ("3 February 2024", "2024-02-03"), ("2023-08-15", "2023-08-15"),
                                            ("2021", "2021"), ("", None)])
def test_dates_are_read_as_articles_write_them(typed, iso):
    assert typed_date(typed) == iso


@pytest.mark.parametrize("typed", ["last week", "lots", "September", "in May 2023 or so"])
def test_words_that_are_not_one_whole_dated_date_are_refused(typed):
    with pytest.raises(EditError, match="is not a date"):
        typed_date(typed)


def test_a_category_is_one_of_the_known_ones():
    known = known_categories(["payment"])
    assert typed_category("Wounded", known) == "wounded" and typed_category("payment", known) == "payment"
    assert typed_category(" ", known) is None
    with pytest.raises(EditError, match="'deaths' is not a category"):
        typed_category("deaths", known)


def test_the_cost_of_a_state_counts_cached_claims_and_weighs_uncached_text_as_its_extraction():
    floods, quake = from_text(FLOODS, "a1"), from_text(QUAKE, "a2")
    ws = Workspace(State((floods,)))
    assert ws.cost() == extraction_cost(len(floods.text)) > 0  # nothing cached yet: its text to extract
    ws.analyze()
    assert ws.cost() == 1  # its one claim, cached
    bigger = ws.state.adding([quake])
    assert ws.cost(bigger) == 1 + extraction_cost(len(quake.text))  # the state a change would make


def test_extract_all_reports_each_article_and_stops_when_cancelled():
    arts = tuple(from_text(FLOODS.replace("120", str(100 + i)), f"a{i}") for i in range(5))
    seen: list[tuple[int, int]] = []
    result = extract_all(Workspace(State(arts)).snapshot(), lambda n, total, _label: seen.append((n, total)))
    assert result is not None and seen == [(n, 5) for n in range(1, 6)] * 2  # extracted, then normalized
    snapshot, analysis = result
    assert len(snapshot.extracted) == 5 and texts(analysis) == ["100", "101", "102", "103", "104"]
    stopped = extract_all(Workspace(State(arts)).snapshot(), cancelled=lambda: True)
    assert stopped is None


def test_a_change_of_settings_reports_each_article_normalized_and_stops_when_cancelled():
    """Issue 24: re-analysing a large project after a change of settings extracts nothing (all is cached)
    but normalizes every claim again; that work is reported article by article, and Cancel stops it."""
    arts = tuple(from_text(FLOODS.replace("120", str(100 + i)), f"a{i}") for i in range(5))
    ws = Workspace(State(arts))
    ws.analyze()  # (every article extracted into the cache)
    ws.set_state(replace(ws.state, settings=Settings(unit_system="imperial")))
    seen: list[tuple[int, int]] = []
    result = extract_all(ws.snapshot(), lambda n, total, _label: seen.append((n, total)))
    assert result is not None and seen == [(n, 5) for n in range(1, 6)]
    assert result[1].claims == ws.analyze().claims
    asked: list[int] = []
    assert extract_all(ws.snapshot(), cancelled=lambda: asked.append(1) or len(asked) > 2) is None
    assert len(asked) == 3  # (stopped after the second article, not at the end)
