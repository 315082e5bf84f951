"""The window driven as a user drives it: drop files, wait, read the table and plot, exclude, undo, export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QListView, QTableView, QTextEdit

from crosscount.gui import MainWindow
from crosscount.gui import operations as op
from crosscount.gui.claims_model import CLAIM_ROLE


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def second_article(tmp_path: Path) -> Path:
    p = tmp_path / "ap.txt"
    p.write_text("Ukraine war losses\nPublished: March 3, 2024\n\nAccording to the BBC, at least 45,000 Russian "
                 "soldiers have been killed since the invasion began.\n", encoding="utf-8")
    return p


def test_drop_files_fills_list_table_and_plot(window, qtbot, sample_path, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 truncated")
    with qtbot.waitSignal(window.loadingFinished, timeout=30000):
        drop(window, [sample_path, second_article(tmp_path), bad])
    articles = window.findChild(QListView, "articleList")
    assert articles.model().rowCount() == 3
    assert "damaged or truncated" in articles.model().index(2).data()
    table = window.findChild(QTableView, "claimsTable")
    assert table.model().rowCount() > 0
    group = window.default_group()
    assert group is not None and group.label == "Killed — Russia · military" and len(group.claims) == 3
    window.select_group(group.key)
    assert table.model().rowCount() == 3
    assert len(window.compare_plot.rows) == 3
    window.plot.tabs.setCurrentIndex(1)  # the timeline is drawn when it is shown
    assert len(window.timeline_plot.rows) == 3
    assert window.findChild(QTextEdit, "articleText").toPlainText().startswith("Russia is so desperate")


def test_a_dropped_folder_lists_its_articles_only_and_says_which_files_it_skipped(window, qtbot, sample_path, tmp_path):
    """Its README and LICENSE are no articles (never listed, not even as unreadable ones); a spreadsheet
    beside the articles is named in the status bar, since the analyst may have expected it to load."""
    folder = tmp_path / "reporting"
    folder.mkdir()
    (folder / "seed.txt").write_text(Path(sample_path).read_text(encoding="utf-8"), encoding="utf-8")
    second_article(folder)
    (folder / "README.md").write_text("# Reporting\n\nThe articles of 3 March, 5,000 words in all.\n", encoding="utf-8")
    (folder / "README").write_text("Collected by the desk.\n", encoding="utf-8")
    (folder / "LICENSE").write_text("CC BY 4.0\n", encoding="utf-8")
    (folder / "tally.xlsx").write_bytes(b"PK")
    with qtbot.waitSignal(window.loadingFinished, timeout=30000):
        drop(window, [folder])
    assert sorted(Path(a.path).name for a in window.analysis.articles) == ["ap.txt", "seed.txt"]
    assert not window.analysis.errors
    message = window.statusBar().currentMessage()
    assert message.startswith("2 articles") and "1 file in the folder skipped" in message and "(tally.xlsx)" in message
    assert "README" not in message and "LICENSE" not in message


def test_clicking_a_bar_selects_the_claim_and_shows_its_text(window, qtbot, sample_path):
    with qtbot.waitSignal(window.loadingFinished, timeout=30000):
        op.load(window, [str(sample_path)])
    window.select_group(window.default_group().key)
    target = window.compare_plot.rows[1].claim
    window.compare_plot.claimClicked.emit(target.id)
    assert window.selected_claim().id == target.id
    cursor = window.article_text.textCursor()
    assert cursor.selectedText() == target.text


def test_exclude_and_undo(window, qtbot, sample_path):
    with qtbot.waitSignal(window.loadingFinished, timeout=30000):
        op.load(window, [str(sample_path)])
    key = window.default_group().key
    window.select_group(key)
    window.claims_table.selectRow(0)
    claim = window.selected_claim()
    op.toggle_exclude(window)
    assert claim.id not in next(g.claims for g in window.analysis.groups if g.key == key)
    assert next(c for c in window.analysis.claims if c.id == claim.id).edited
    window.undo_stack.undo()
    assert claim.id in next(g.claims for g in window.analysis.groups if g.key == key)
    window.undo_stack.redo()
    assert claim.id not in next(g.claims for g in window.analysis.groups if g.key == key)


def test_paste_text_becomes_an_article(window, qtbot):
    QApplication.clipboard().setText("Officials said 1,200 soldiers were killed and 3,400 wounded.")
    op.paste(window)
    assert window.article_list.count() == 1
    texts = [window.proxy.index(r, 0).data(CLAIM_ROLE).text for r in range(window.proxy.rowCount())]
    assert sorted(texts) == ["1,200", "3,400"]


def test_cancel_a_long_load_keeps_the_window_usable(window, qtbot, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i:03}.txt").write_text(f"Report {i}\n\nOfficials said {i + 10} soldiers were killed.\n")
    with qtbot.waitSignal(window.loadingFinished, timeout=60000):
        op.load(window, [str(folder)])
        window.jobs.cancel()
    assert window.jobs.job is None
    assert window.article_list.count() < 300


def test_export_from_the_window_keeps_exclusions(window, qtbot, sample_path, tmp_path):
    with qtbot.waitSignal(window.loadingFinished, timeout=30000):
        op.load(window, [str(sample_path)])
    window.select_group(window.default_group().key)
    window.claims_table.selectRow(0)
    excluded = window.selected_claim()
    op.toggle_exclude(window)
    out = tmp_path / "from-window.xlsx"
    op.export_to(window, str(out))
    ws = openpyxl.load_workbook(out)["Claims"]
    header = [c.value for c in ws[1]]
    rows = {ws.cell(r, 1).value: ws.cell(r, header.index("excluded") + 1).value for r in range(2, ws.max_row + 1)}
    assert rows[excluded.id] is True


def test_plot_draws_negative_figures_and_figures_without_a_value(qtbot):
    from crosscount.core.estimate_rows import rows
    from crosscount.core.model import Claim, Group
    from crosscount.gui.compare_plot import ComparePlot

    def claim(i: int, low: float | None, high: float | None) -> Claim:
        return Claim(id=f"a1:{i}", article="a1", start=i, end=i + 1, text="x", sentence="x", kind="quantity",
                     low=low, high=high, estimate=low, bound="exact", unit="degree_Celsius")

    def group(claims: list[Claim]) -> Group:
        return Group(key="t", label="Temperatures", category=None, subject=None, kind="quantity",
                     claims=tuple(c.id for c in claims))

    plot = ComparePlot()
    qtbot.addWidget(plot)
    cold = [claim(0, -15.0, -15.0), claim(1, -4.0, 2.0)]
    plot.show_rows(rows(group(cold), cold, {}), "Temperatures", "°C", {})
    left, right = plot.getPlotItem().viewRange()[0]
    assert left < -15 < 2 < right  # the axis reaches below zero to the lowest figure
    empty = [claim(2, None, None)]  # a money figure without a rate has none: nothing to draw, no error
    plot.show_rows(rows(group(empty), empty, {}), "No value", "", {})
    assert plot.rows == []
