"""Issue 24: what the window shows after a selection or an edit, its keys, and what the analyst may type."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QComboBox

from crosscount.gui import MainWindow
from crosscount.gui import operations as op
from crosscount.gui.claims_model import CLAIM_ROLE
from crosscount.gui.claims_panel import CATEGORY_COLUMN

FIRST = ("Storm damage\nPublished: March 2, 2024\n\nThe agency said 14 people were killed and 230 injured when "
         "the storm reached the coast.\n")
SECOND = ("Harbour fire\nPublished: April 8, 2024\n\nFirefighters said 3 workers died and 41 were hurt in the "
          "blaze, which destroyed 12 warehouses.\n")


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    op.add_text(w, FIRST)
    op.add_text(w, SECOND)
    return w


def highlighted_characters(window: MainWindow) -> int:
    """Characters of the article pane painted with a background colour."""
    doc = window.article_text.document()
    cursor = QTextCursor(doc)
    painted = 0
    for pos in range(doc.characterCount() - 1):
        cursor.setPosition(pos + 1)
        painted += cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
    return painted


def test_after_selecting_a_claim_the_next_article_highlights_only_its_claims(window):
    window.claims_table.selectRow(0)
    first = window.selected_claim()
    assert window.article_text.article.id == first.article
    other = next(a for a in window.analysis.articles if a.id != first.article)
    window.article_list.select_article(other.id)
    assert window.article_text.article.id == other.id
    spans = sum(c.end - c.start for c in window.analysis.claims if c.article == other.id)
    assert 0 < highlighted_characters(window) <= spans


def test_every_shortcut_in_the_window_is_assigned_once(window):
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    repeated = {key: names for key, names in owners.items() if len(set(names)) > 1 or len(names) > 1}
    assert repeated == {}
    redo = next(a for a in window.findChildren(QAction) if a.text().replace("&", "").startswith("Redo"))
    # Redo takes the platform's keys, once: an extra Ctrl+Shift+Z beside them is ambiguous wherever the
    # platform's first Redo key is Ctrl+Shift+Z (as on KDE and GNOME), and Redo then does nothing.
    assert redo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()


def test_after_an_edit_the_same_claim_stays_selected_and_its_article_shown(window):
    second = next(c for c in window.analysis.claims if c.text == "41")
    window.select_claim(second.id)
    assert window.article_text.article.id == second.article
    row = window.claims_table.currentIndex().row()
    window.proxy.setData(window.proxy.index(row, CATEGORY_COLUMN), "wounded", Qt.ItemDataRole.EditRole)
    assert window.selected_claim().id == second.id and window.selected_claim().category == "wounded"
    assert window.article_text.article.id == second.article
    assert window.article_text.textCursor().selectedText() == "41"


def test_an_error_in_the_status_bar_goes_when_a_later_edit_succeeds(window):
    claim = window.analysis.claims[0]
    op.edit_claim(window, claim.id, "value", "lots")
    assert "is not a figure" in window.statusBar().currentMessage()
    op.edit_claim(window, claim.id, "value", "15")
    assert "is not a figure" not in window.statusBar().currentMessage()


@pytest.mark.parametrize(("typed", "stored"), [("September 2022", "2022-09"), ("Feb. 3, 2024", "2024-02-03"),
                                               ("2023-08-15", "2023-08-15")])
def test_an_as_of_date_is_typed_as_articles_write_it(window, typed, stored):
    claim = window.analysis.claims[0]
    op.edit_claim(window, claim.id, "as_of", typed)
    assert window.claim(claim.id).as_of == stored


def test_a_publication_date_is_typed_as_articles_write_it(window):
    article = window.analysis.articles[0]
    op.set_article_field(window, article.id, "published", "Feb. 3, 2024")
    assert window.analysis.articles[0].published == "2024-02-03"
    op.set_article_field(window, article.id, "published", "next spring")
    assert "is not a date" in window.statusBar().currentMessage()


def test_a_category_is_chosen_from_the_known_ones(window, qtbot):
    claim = next(c for c in window.analysis.claims if c.text == "14")
    window.select_claim(claim.id)
    index = window.proxy.index(window.claims_table.currentIndex().row(), CATEGORY_COLUMN)
    editor = window.claims_table.itemDelegateForColumn(CATEGORY_COLUMN).createEditor(
        window.claims_table.viewport(), None, index)
    assert isinstance(editor, QComboBox) and not editor.isEditable()
    assert [editor.itemData(i) for i in range(editor.count())][1:4] == ["killed", "wounded", "casualties"]
    groups = len(window.analysis.groups)
    window.proxy.setData(index, "deaths", Qt.ItemDataRole.EditRole)  # a typo of a category, typed
    assert "is not a category" in window.statusBar().currentMessage()
    assert window.claim(claim.id).category == "killed" and len(window.analysis.groups) == groups


def test_recent_projects_read_back_from_the_settings_file_are_whole_paths(window, qtbot, tmp_path):
    path = str(tmp_path / "storms.crosscount")
    assert op.save_to(window, path)
    window.store.sync()
    # The next session reads the file from disk (this process caches the one it wrote): a one-entry list
    # comes back as a plain string there.
    copy = tmp_path / "next-session.conf"
    shutil.copy(window.store.fileName(), copy)
    reread = QSettings(str(copy), QSettings.Format.IniFormat)
    assert isinstance(reread.value("recent"), str)
    fresh = MainWindow(store=reread)
    qtbot.addWidget(fresh)
    assert [a.text() for a in fresh.recent_menu.actions()] == [path]
    fresh.recent_menu.actions()[0].trigger()
    assert fresh.project_path == path and len(fresh.analysis.articles) == 2


def test_one_undo_history_covers_pastes_removals_settings_and_rates(window):
    rubles = "Officials said recruits are promised 450,000 rubles.\n"
    op.add_text(window, rubles)
    assert len(window.analysis.articles) == 3
    op.set_settings(window, base_currency="EUR")
    claim = next(c for c in window.analysis.claims if c.text == "450,000 rubles")
    op.override_rate(window, "RUB", claim.normalized["rate"]["asked"], "50")
    op.remove_article(window, window.analysis.articles[0].id)
    assert len(window.analysis.articles) == 2
    window.undo_stack.undo()
    assert len(window.analysis.articles) == 3
    window.undo_stack.undo()
    assert window.settings.rate_overrides == {}
    window.undo_stack.undo()
    assert window.settings.base_currency == "USD"
    window.undo_stack.undo()
    assert len(window.analysis.articles) == 2
    assert window.isWindowModified()


def test_undoing_a_setting_unticks_its_menu_item(window):
    window.imperial.setChecked(True)
    assert window.settings.unit_system == "imperial"
    window.undo_stack.undo()
    assert window.settings.unit_system == "metric" and not window.imperial.isChecked()
    window.undo_stack.redo()
    assert window.imperial.isChecked()


def test_sorting_the_table_keeps_the_selected_claim_and_the_groups_rows_follow_the_order(window):
    claim = next(c for c in window.analysis.claims if c.text == "230")
    window.select_claim(claim.id)
    window.claims_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.selected_claim().id == claim.id
    values = [window.proxy.index(r, 0).data(CLAIM_ROLE).low for r in range(window.proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    group = next(g for g in window.analysis.groups if len(g.claims) > 1)
    window.select_group(group.key)
    shown = [window.proxy.index(r, 0).data(CLAIM_ROLE) for r in range(window.proxy.rowCount())]
    assert {c.id for c in shown} == set(group.claims)
    assert [c.low for c in shown] == sorted((c.low for c in shown), reverse=True)


def test_cyrillic_articles_are_highlighted_exactly_where_their_claims_are(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    op.add_text(w, "По данным Минобороны России, погибли более 5 000 военных.\n\n"
                   "За минулу добу ЗСУ ліквідували 1 250 окупантів, повідомив Генштаб ЗСУ.")
    article = w.analysis.articles[0]
    w.article_list.select_article(article.id)
    claims = [c for c in w.analysis.claims if c.article == article.id]
    assert {c.lang for c in claims} == {"ru", "uk"}
    doc = w.article_text.document()
    cursor = QTextCursor(doc)
    painted = set()
    for pos in range(doc.characterCount() - 1):
        cursor.setPosition(pos + 1)
        if cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush:
            painted.add(pos)
    assert painted == {i for c in claims for i in range(c.start, c.end)}
