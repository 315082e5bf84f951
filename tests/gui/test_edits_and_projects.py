"""Edits, projects and settings in the window, driven as a user drives them."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from crosscount.gui import MainWindow
from crosscount.gui import operations as op
from crosscount.gui.claims_model import CLAIM_ROLE

ARTICLE = ("Losses report\nPublished: August 18, 2023\n\nThe UK Ministry of Defence said in February that between "
           "40,000 and 60,000 Russian soldiers had been killed. Recruits are promised 450,000 rubles. "
           "A blogger claimed the real number was far higher.\n")


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    path = tmp_path / "report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with qtbot.waitSignal(w.loadingFinished, timeout=30000):
        op.load(w, [str(path)])
    return w


def row_of(window: MainWindow, text: str) -> int:
    for row in range(window.proxy.rowCount()):
        if window.proxy.index(row, 0).data(CLAIM_ROLE).text == text:
            return row
    raise AssertionError(f"no row for {text}")


def claim_by_text(window: MainWindow, text: str):
    return next(c for c in window.analysis.claims if c.text == text)


def test_typing_a_new_value_in_the_table_is_undoable(window):
    index = window.proxy.index(row_of(window, "between 40,000 and 60,000"), 1)
    assert window.proxy.setData(index, "≥ 45,000", Qt.ItemDataRole.EditRole)
    edited = claim_by_text(window, "between 40,000 and 60,000")
    assert (edited.low, edited.high, edited.bound, edited.edited) == (45000, None, "at_least", True)
    window.undo_stack.undo()
    restored = claim_by_text(window, "between 40,000 and 60,000")
    assert (restored.low, restored.high, restored.bound, restored.edited) == (40000, 60000, "range", False)
    window.undo_stack.redo()
    assert claim_by_text(window, "between 40,000 and 60,000").low == 45000


def test_a_value_that_is_not_a_figure_is_refused_with_a_message(window):
    index = window.proxy.index(row_of(window, "450,000 rubles"), 1)
    window.proxy.setData(index, "lots", Qt.ItemDataRole.EditRole)
    assert "is not a figure" in window.statusBar().currentMessage()
    assert claim_by_text(window, "450,000 rubles").low == 450000


def test_category_and_group_edits(window):
    payment = claim_by_text(window, "450,000 rubles")
    window.proxy.setData(window.proxy.index(row_of(window, "450,000 rubles"), 4), "missing", Qt.ItemDataRole.EditRole)
    assert claim_by_text(window, "450,000 rubles").category == "missing"
    op.move_to_group(window, payment.id, "custom:Sign-up", "Sign-up payments")
    group = next(g for g in window.analysis.groups if g.key == "custom:Sign-up")
    assert group.label == "Sign-up payments" and group.claims == (payment.id,)


def test_add_a_claim_from_a_text_selection(window):
    text = window.article_text.toPlainText()
    start = text.index("far higher")
    cursor = window.article_text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("far higher"), QTextCursor.MoveMode.KeepAnchor)
    window.article_text.setTextCursor(cursor)
    op.add_claim_from_selection(window)
    added = claim_by_text(window, "far higher")
    assert added.edited and added.id.endswith(":added")
    window.undo_stack.undo()
    assert all(c.text != "far higher" for c in window.analysis.claims)


def test_correcting_an_article_date_moves_as_of(window):
    article = window.analysis.articles[0]
    assert claim_by_text(window, "between 40,000 and 60,000").as_of == "2023-02"
    op.set_article_field(window, article.id, "published", "2024-05-01")
    assert claim_by_text(window, "between 40,000 and 60,000").as_of == "2024-02"
    op.set_article_field(window, article.id, "published", "not a date")
    assert "is not a date" in window.statusBar().currentMessage()


def test_save_and_reopen_keeps_edits_and_settings(window, qtbot, tmp_path, monkeypatch):
    window.proxy.setData(window.proxy.index(row_of(window, "between 40,000 and 60,000"), 1), "≥ 45,000",
                         Qt.ItemDataRole.EditRole)
    op.set_settings(window, base_currency="EUR")
    path = str(tmp_path / "work.crosscount")
    assert op.save_to(window, path)
    assert window.undo_stack.isClean() and "work.crosscount" in window.windowTitle()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM claim_edits").fetchone()[0] >= 1

    other = MainWindow()
    qtbot.addWidget(other)
    assert op.open_project_file(other, path)
    reopened = claim_by_text(other, "between 40,000 and 60,000")
    assert (reopened.low, reopened.bound, reopened.edited) == (45000, "at_least", True)
    rubles = claim_by_text(other, "450,000 rubles")
    assert rubles.normalized["unit"] == "EUR"


def test_a_damaged_project_is_refused_and_nothing_is_lost(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.crosscount"
    bad.write_bytes(b"this is not sqlite" * 100)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert not op.open_project_file(window, str(bad))
    assert "not a Crosscount project" in warnings[0] or "not an SQLite database" in warnings[0]
    assert window.analysis.claims, "the open work is still there"


def test_autosave_and_recovery_after_a_crash(window, qtbot):
    op.toggle_exclude(window) if window.selected_claim() else None
    window.proxy.setData(window.proxy.index(row_of(window, "450,000 rubles"), 4), "missing", Qt.ItemDataRole.EditRole)
    op.save_recovery(window)
    op.finish_autosave(window)
    recovered = MainWindow()  # a new session after the crash
    qtbot.addWidget(recovered)
    assert op.restore_recovery(recovered)
    assert claim_by_text(recovered, "450,000 rubles").category == "missing"
    assert not recovered.undo_stack.isClean()


def test_log_scale_and_saving_the_plot(window, tmp_path):
    window.select_group(window.default_group().key)
    window.log_scale.setChecked(True)
    assert window.compare_plot.log and window.timeline_plot.log
    png, svg = tmp_path / "plot.png", tmp_path / "plot.svg"
    window.plot.save(str(png))
    window.plot.save(str(svg))
    assert png.read_bytes()[:4] == b"\x89PNG" and b"<svg" in svg.read_bytes()[:400]


def test_rate_override_is_used(window):
    before = claim_by_text(window, "450,000 rubles").normalized
    op.override_rate(window, "RUB", before["rate"]["asked"], "50")
    after = claim_by_text(window, "450,000 rubles").normalized
    assert after["rate"]["source"] == "user" and after["low"] == pytest.approx(9000)


def test_the_rate_used_is_shown_beside_the_converted_figure(window):
    index = window.proxy.index(row_of(window, "450,000 rubles"), 3)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "RUB per USD on 2023-" in tip and "(NBP)" in tip and "the figure's date" in tip


def test_filter_by_category_kind_and_text(window):
    window.category_combo.setCurrentIndex(window.category_combo.findData("killed"))
    shown = {window.proxy.index(r, 0).data(CLAIM_ROLE).text for r in range(window.proxy.rowCount())}
    assert shown == {"between 40,000 and 60,000"}
    window.category_combo.setCurrentIndex(0)
    window.kind_combo.setCurrentIndex(window.kind_combo.findData("money"))
    assert [window.proxy.index(r, 0).data(CLAIM_ROLE).text for r in range(window.proxy.rowCount())] == ["450,000 rubles"]
    window.kind_combo.setCurrentIndex(0)
    window.filter_edit.setText("ministry")
    assert window.proxy.rowCount() == 1


def test_the_category_filter_offers_the_project_s_categories_and_drops_one_an_edit_emptied(window):
    """Each category the claims have, with its count; one whose last claim an edit moves away leaves the list
    (a filter on it shows all claims again, the edited claim still selected), and its undo brings it back."""
    def offered() -> dict[str | None, str]:
        combo = window.category_combo
        return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}

    claim = claim_by_text(window, "between 40,000 and 60,000")
    assert offered()[None] == "All categories" and offered()["killed"] == "Killed (1)"
    assert "wounded" not in offered()  # a category no claim has is no filter
    window.category_combo.setCurrentIndex(window.category_combo.findData("killed"))
    window.select_claim(claim.id)
    op.edit_claim(window, claim.id, "category", "wounded")
    assert "killed" not in offered() and offered()["wounded"] == "Wounded (1)"
    assert window.category_combo.currentData() is None and window.model.category is None
    assert window.selected_claim().id == claim.id and window.selected_claim().category == "wounded"
    window.undo_stack.undo()
    assert offered()["killed"] == "Killed (1)" and "wounded" not in offered()


def test_a_group_an_edit_empties_gives_way_to_all_claims_in_the_table(window):
    claim = claim_by_text(window, "between 40,000 and 60,000")
    window.select_group(claim.group)
    assert window.proxy.rowCount() == 1
    other = next(g.key for g in window.analysis.groups if g.key != claim.group)
    op.move_to_group(window, claim.id, other)
    assert claim.group not in {g.key for g in window.analysis.groups}
    assert window.group_combo.currentData() is None
    assert window.proxy.rowCount() == window.model.rowCount() == len(window.analysis.claims)  # the view has them all


def test_large_projects_analyse_edits_off_the_windows_thread(window, qtbot, monkeypatch):
    monkeypatch.setattr(op.analysis, "ASYNC_FROM", 0)  # treat this small project as a large one
    claim = claim_by_text(window, "450,000 rubles")
    with qtbot.waitSignal(window.analysisShown, timeout=10000):
        op.apply_edit(window, window.edits.set_claim(claim.id, category="first"), "first")
        op.apply_edit(window, window.edits.set_claim(claim.id, category="second"), "second")
    qtbot.wait(200)  # the first edit's result, if it comes late, must not replace the second's
    assert claim_by_text(window, "450,000 rubles").category == "second"
    with qtbot.waitSignal(window.analysisShown, timeout=10000):
        window.undo_stack.undo()
    assert claim_by_text(window, "450,000 rubles").category == "first"
