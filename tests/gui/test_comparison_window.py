"""The comparison as an analyst uses it in the window: the default group, the groups list (rename, merge),
several claims moved at once, echoes shown once and listed, the full-window view and the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from crosscount.gui import MainWindow
from crosscount.gui import operations as op

ARTICLES = {
    "names.txt": ("Named dead\nPublished: July 5, 2024\n\nMediazona said it had confirmed at least 50,000 Russian "
                  "soldiers killed, a wire service reported.\n"),
    "echo.txt": ("Estimates\nPublished: July 8, 2024\n\nMediazona said it had confirmed at least 50,000 Russian "
                 "soldiers killed. The UK Ministry of Defence said about 70,000 Russian troops had been killed.\n"),
    "pay.txt": ("Pay\nPublished: August 1, 2024\n\nA decree promises a one-time payment of 400,000 rubles, a bonus of "
                "300,000 rubles, a signing bonus of 250,000 rubles and an enlistment bonus of 200,000 rubles, "
                "officials said.\n"),
}


@pytest.fixture
def window(qtbot, tmp_path: Path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    with qtbot.waitSignal(w.loadingFinished, timeout=30000):
        op.load(w, [str(tmp_path)])
    return w


def group_of(w: MainWindow, label: str):
    return next(g for g in w.analysis.groups if g.label == label)


def test_the_comparison_opens_on_the_casualty_group_not_the_larger_payments(window):
    assert len(group_of(window, "Sign-up bonuses").claims) > len(group_of(window, "Killed — Russia · military").claims)
    assert window.default_group().label == "Killed — Russia · military"
    assert [r.claim.category for r in window.compare_plot.rows] == ["killed"] * 3


def test_echoes_collapse_on_request_and_the_detail_lists_the_reports(window, qtbot):
    assert len(window.compare_plot.rows) == 3
    window.plot.independent.setChecked(True)
    assert len(window.compare_plot.rows) == 2
    first = next(r.claim for r in window.compare_plot.rows if r.reports == 2)
    window.select_claim(first.id)
    text = window.detail.toPlainText()
    assert "Reported by 2" in text and "Mediazona" in text
    window.plot.independent.setChecked(False)
    echo = next(c for c in window.analysis.claims if c.estimate_of == first.id)
    window.select_claim(echo.id)
    assert "Repeats" in window.detail.toPlainText()


def test_the_groups_list_renames_and_merges_each_as_one_undo_step(window):
    groups = window.plot.groups
    assert groups.count() == len(window.analysis.groups)
    killed = group_of(window, "Killed — Russia · military")
    op.rename_group(window, killed.key, "Russian military deaths")
    assert any(g.label == "Russian military deaths" for g in window.analysis.groups)
    window.undo_stack.undo()
    assert group_of(window, "Killed — Russia · military")
    bonuses = group_of(window, "Sign-up bonuses")
    before = len(window.analysis.groups)
    op.merge_groups(window, bonuses.key, killed.key)
    assert len(window.analysis.groups) == before - 1
    assert set(bonuses.claims) <= set(group_of(window, "Killed — Russia · military").claims)
    window.undo_stack.undo()
    assert len(window.analysis.groups) == before


def test_several_selected_claims_move_to_a_group_in_one_undo_step(window):
    bonuses = group_of(window, "Sign-up bonuses")
    window.select_group(bonuses.key)
    table = window.claims_table
    model = table.selectionModel()
    for row in range(table.model().rowCount()):
        model.select(table.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    chosen = [c.id for c in window.claims.selected_claims()]
    assert len(chosen) == len(bonuses.claims) == 4
    steps = window.undo_stack.count()
    op.move_to_group(window, chosen, "custom:Recruitment money", "Recruitment money")
    assert window.undo_stack.count() == steps + 1
    moved = group_of(window, "Recruitment money")
    assert set(moved.claims) == set(chosen)
    window.undo_stack.undo()
    assert not any(g.label == "Recruitment money" for g in window.analysis.groups)


def test_full_window_gives_the_comparison_the_window_and_the_timeline_has_each_estimate(window, qtbot):
    window.full_window_action.setChecked(True)
    assert window.plot.full_window.isChecked()
    assert not window.claims.isVisible() and not window.article_text.isVisible() and window.plot.isVisible()
    window.plot.tabs.setCurrentIndex(1)
    assert len(window.timeline_plot.spots.points()) == len(window.timeline_plot.rows) == 3
    window.plot.full_window.setChecked(False)
    assert window.claims.isVisible() and not window.full_window_action.isChecked()


def test_order_and_colour_choices_are_remembered(window, qtbot):
    window.plot.order.setCurrentIndex(window.plot.order.findData("value"))
    values = [r.low for r in window.compare_plot.rows]
    assert values == sorted(values)
    again = MainWindow(store=window.store)
    qtbot.addWidget(again)
    assert again.plot.order.currentData() == "value"


def test_an_analysts_note_is_typed_in_the_table_shown_in_the_detail_and_undoable(window):
    from crosscount.gui.claims_model import COLUMNS

    claim = next(c for c in window.analysis.claims if c.source == "UK Ministry of Defence")
    window.select_claim(claim.id)
    row = window.claims_table.currentIndex().row()
    cell = window.proxy.index(row, COLUMNS.index("Note"))
    assert window.proxy.setData(cell, "Check against the MoD's own thread")
    assert window.claim(claim.id).note == "Check against the MoD's own thread"
    assert "Check against the MoD's own thread" in window.detail.toPlainText()
    window.undo_stack.undo()
    assert window.claim(claim.id).note is None


def test_a_group_too_large_to_read_is_drawn_from_its_first_claims_and_says_so(window, monkeypatch):
    from crosscount.gui import plot_panel

    monkeypatch.setattr(plot_panel, "MAX_ROWS", 2)
    window.select_group(group_of(window, "Sign-up bonuses").key)
    assert len(window.compare_plot.rows) == 2
    assert "the first 2 of 4 claims" in window.plot.title
