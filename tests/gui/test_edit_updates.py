"""After an edit the window shows what a whole analysis shows: its panels' data is made from the last (see
prepared.prepare_update), and each step must equal what ``prepare`` makes of the same analysis."""

from __future__ import annotations

import glob
from pathlib import Path

from PySide6.QtCore import Qt

from crosscount.gui import MainWindow
from crosscount.gui import operations as op
from crosscount.gui.prepared import prepare

SAMPLES = sorted(glob.glob(str(Path(__file__).resolve().parents[2] / "resources" / "samples" / "*.txt")))


def assert_as_prepared(w: MainWindow) -> None:
    fresh = prepare(w.analysis, w.model.sort_order)
    shown = w.prepared
    assert [c.id for c in shown.arranged.claims] == [c.id for c in fresh.arranged.claims]
    assert shown.arranged.claims == fresh.arranged.claims
    assert {k: v for k, v in shown.arranged.by_group.items() if k} == {k: v for k, v in fresh.arranged.by_group.items() if k}
    assert shown.by_id == fresh.by_id and shown.labels == fresh.labels
    assert {k: v for k, v in shown.by_article.items() if v} == fresh.by_article
    assert w.model.claims == [c for c in (fresh.arranged.by_group.get(w.model.group, []) if w.model.group
                                          else fresh.arranged.claims)]


def test_edits_shown_from_the_last_analysis_equal_a_whole_one(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        op.load(w, SAMPLES)
    w.claims_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by value: an edited value moves
    killed = next(c for c in w.analysis.claims if c.category == "killed" and c.group)
    w.select_group(killed.group)
    op.edit_claim(w, killed.id, "category", "wounded")  # leaves the group shown
    assert_as_prepared(w)
    other = next(c for c in w.analysis.claims if c.group and c.id != killed.id)
    op.edit_claim(w, other.id, "value", "12,345,678")  # sorts elsewhere
    assert_as_prepared(w)
    op.move_to_group(w, [killed.id, other.id], other.group)
    assert_as_prepared(w)
    article = w.analysis.articles[1]
    op.set_article_values(w, article.id, {"title": "Retitled", "published": "2023-01-05"})  # extracted again
    assert_as_prepared(w)
    for _ in range(4):
        w.undo_stack.undo()
        assert_as_prepared(w)
    w.undo_stack.setClean()


def test_an_edit_that_leaves_the_highlights_does_not_lay_out_the_article_again(qtbot):
    """A claim's category, source or note changes nothing in the text: the article stays as it was laid out
    (and where the analyst scrolled it); excluding a claim greys its words, and only then is it laid out."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        op.load(w, SAMPLES)
    claim = next(c for c in w.analysis.claims if c.category == "killed" and c.article == w.current_article().id)
    document = w.article_text.document()
    revision = document.revision()
    op.edit_claim(w, claim.id, "source", "the ministry")
    op.edit_claim(w, claim.id, "category", "wounded")
    assert w.claim(claim.id).category == "wounded" and w.article_text.claims == w.by_article[claim.article]
    assert w.article_text.document() is document and document.revision() == revision
    op.apply_edit(w, w.edits.set_claim(claim.id, excluded=True), "exclude")
    assert document.revision() != revision
    w.undo_stack.setClean()


def test_the_panels_data_of_an_edit_does_not_keep_the_data_before_it_alive(qtbot):
    """An edit's table data is made from the last (the same places, the same row index): each edit must not
    hold on to the one before, or a day's edits of a large project would keep every one of them."""
    import gc
    import weakref

    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        op.load(w, SAMPLES)
    claim = next(c for c in w.analysis.claims if c.category == "killed" and c.group)
    shown = weakref.ref(w.prepared.arranged)
    for source in ("the ministry", "the UN", "Reuters"):
        op.edit_claim(w, claim.id, "source", source)
    assert w.model.rowCount() == len(w.analysis.claims) and w.claim(claim.id).source == "Reuters"
    gc.collect()
    assert shown() is None
    w.undo_stack.setClean()
