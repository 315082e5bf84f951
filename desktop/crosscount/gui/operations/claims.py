"""What the analyst does with claims: edit a field in the table, exclude or include, add one from a
selection, move claims to a group, rename and merge groups (each one undo step)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QInputDialog, QMenu

from ...core.edits import EditError, Edits, new_claim, parse_figure
from ...core.workspace import typed_category, typed_date
from .analysis import change

if TYPE_CHECKING:
    from ..main_window import MainWindow


def apply_edit(win: MainWindow, after: Edits, text: str) -> None:
    if after != win.edits:
        change(win, replace(win.workspace.state, edits=after), text)


def edit_claim(win: MainWindow, claim_id: str, field: str, typed: str) -> None:
    """An edit typed into the table: figures and dates are read by the core, a category chosen from the
    known ones; a source or subject is taken as typed."""
    claim = win.claim(claim_id)
    if claim is None:
        return
    try:
        values: dict[str, Any]
        if field == "value":
            values = parse_figure(typed)
        elif field == "as_of":
            values = {"as_of": typed_date(typed)}
        elif field == "category":
            values = {"category": typed_category(typed, categories(win))}
        else:
            values = {field: typed.strip() or None}
        apply_edit(win, win.edits.set_claim(claim_id, **values), f"Edit {field} of {claim.text}")
    except EditError as exc:
        win.say(str(exc))


def categories(win: MainWindow) -> dict[str, str]:
    return win.claims.categories.choices


def toggle_exclude(win: MainWindow) -> None:
    claim = win.selected_claim()
    if claim is not None:
        apply_edit(win, win.edits.set_claim(claim.id, excluded=not claim.excluded),
                   ("Include " if claim.excluded else "Exclude ") + claim.text)


def move_to_group(win: MainWindow, claim_ids: str | list[str], key: str | None, label: str | None = None) -> None:
    """Move one claim or several to a group: one undo step however many."""
    ids = [claim_ids] if isinstance(claim_ids, str) else list(claim_ids)
    after = win.edits
    for claim_id in ids:
        after = after.set_claim(claim_id, group=key)
    if key and label:
        after = after.name_group(key, label)
    claim = win.claim(ids[0]) if len(ids) == 1 else None
    what = (claim.text if claim else ids[0]) if len(ids) == 1 else f"{len(ids)} claims"
    apply_edit(win, after, f"Move {what} to {label or group_name(win, key)}")


def group_name(win: MainWindow, key: str | None) -> str:
    return next((g.label for g in win.analysis.groups if g.key == key), key or "no group")


def new_group(win: MainWindow) -> None:
    chosen = win.claims.selected_claims()
    if not chosen:
        return
    label, ok = QInputDialog.getText(win, "New group", f"Name of the new group for {len(chosen)} claim(s):")
    if ok and label.strip():
        move_to_group(win, [c.id for c in chosen], f"custom:{label.strip()}", label.strip())


def rename_group(win: MainWindow, key: str, label: str | None = None) -> None:
    """Name a group as the analyst calls it (asked for when ``label`` is None); one undo step."""
    if label is None:
        typed, ok = QInputDialog.getText(win, "Rename group", "New name:", text=group_name(win, key))
        if not ok:
            return
        label = typed
    if label.strip():
        apply_edit(win, win.edits.name_group(key, label.strip()), f"Rename {group_name(win, key)}")


def merge_groups(win: MainWindow, source: str, into: str) -> None:
    """Every claim of one group into another: one undo step."""
    group = next((g for g in win.analysis.groups if g.key == source), None)
    if group is None or source == into:
        return
    after = win.edits
    for claim_id in group.claims:
        after = after.set_claim(claim_id, group=into)
    apply_edit(win, after, f"Merge {group.label} into {group_name(win, into)}")


def add_claim_from_selection(win: MainWindow) -> None:
    article = win.article_text.article
    span = win.article_text.selection()
    if article is None or article.error or span is None:
        win.say("Select the words of the figure in the article first.")
        return
    try:
        claim = new_claim(article, *span)
        apply_edit(win, win.edits.add_claim(claim), f"Add claim {claim.text}")
    except EditError as exc:
        win.say(str(exc))


def claim_menu(win: MainWindow, point: QPoint) -> None:
    """Exclude or include the selected claim, or move it to another group or a new one."""
    claim = win.selected_claim()
    if claim is None:
        return
    chosen = [c.id for c in win.claims.selected_claims()]
    menu = QMenu(win)
    menu.addAction("Exclude" if not claim.excluded else "Include", lambda: toggle_exclude(win))
    move = menu.addMenu("Move to group" if len(chosen) == 1 else f"Move {len(chosen)} claims to group")
    for g in win.analysis.groups:
        if len(chosen) > 1 or g.key != claim.group:
            move.addAction(g.label, lambda key=g.key: move_to_group(win, chosen, key))
    move.addSeparator()
    move.addAction("New group…", lambda: new_group(win))
    menu.exec(point)
