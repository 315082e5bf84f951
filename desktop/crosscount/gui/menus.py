"""The window's menus, toolbar and keyboard shortcuts, and the drop zone an empty window shows."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from ..core.pipeline import Settings
from . import operations as op
from .dialogs import AboutDialog, ShortcutsDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

Key = QKeySequence | QKeySequence.StandardKey | str | None


def toolbar_icon(name: str) -> QIcon:
    """A toolbar icon drawn for Crosscount (resources/icons/toolbar-<name>.svg; Qt draws the SVG at any size)."""
    return QIcon(str(resources.files("crosscount.resources") / "icons" / f"toolbar-{name}.svg"))


def _action(win: MainWindow, menu: QMenu, text: str, slot: Callable[..., Any], key: Key = None, tip: str = "") -> QAction:
    action = QAction(text, win, toolTip=tip or text.replace("&", "").rstrip("…"))
    if key is not None:
        action.setShortcuts(QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                            else [QKeySequence(key)])
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(win: MainWindow) -> QMenu:
    """The menus, the toolbar and every shortcut (each key once); returns the Recent projects menu."""
    S = QKeySequence.StandardKey
    file = win.menuBar().addMenu("&File")
    _action(win, file, "&New project", lambda: op.new_project(win), S.New)
    open_ = _action(win, file, "&Open articles or project…", lambda: op.open_dialog(win), S.Open)
    url = _action(win, file, "Add &URL…", lambda: op.url_dialog(win), "Ctrl+L", "Add an article from a web address")
    paste = _action(win, file, "&Paste text as article", lambda: op.paste(win), S.Paste,
                         "Paste text, a link or files from the clipboard")
    recent = file.addMenu("Recent projects")
    file.addSeparator()
    save = _action(win, file, "&Save project", lambda: op.save(win), S.Save)
    _action(win, file, "Save project &as…", lambda: op.save_as(win), "Ctrl+Shift+S")
    export = _action(win, file, "&Export comparison…", lambda: op.export_dialog(win), "Ctrl+E",
                          "Export the claims and groups to Excel, CSV or JSON")
    file.addSeparator()
    _action(win, file, "&Quit", win.close, S.Quit)

    edit = win.menuBar().addMenu("&Edit")
    undo = win.undo_stack.createUndoAction(win, "&Undo")
    undo.setShortcuts(S.Undo)
    redo = win.undo_stack.createRedoAction(win, "&Redo")
    redo.setShortcuts(S.Redo)  # the platform's keys, once (Ctrl+Shift+Z and Ctrl+Y on Linux)
    edit.addActions([undo, redo])
    edit.addSeparator()
    _action(win, edit, "E&xclude / include claim", lambda: op.toggle_exclude(win), QKeySequence(Qt.Key.Key_Delete))
    _action(win, edit, "&Add claim from selection", lambda: op.add_claim_from_selection(win), "Ctrl+Shift+A")
    _action(win, edit, "Move claims to &new group…", lambda: op.new_group(win), "Ctrl+G")
    _action(win, edit, "&Filter claims", win.filter_edit.setFocus, S.Find)
    edit.addSeparator()
    _action(win, edit, "Article &properties…", lambda: op.article_properties(win, win.article_list.current_id()), "Ctrl+I")
    _action(win, edit, "&Reload article", lambda: op.reload_article(win, win.article_list.current_id() or ""), "Ctrl+R")
    _action(win, edit, "Re&move article", lambda: op.remove_article(win, win.article_list.current_id() or ""), "Ctrl+Shift+Del")

    view = win.menuBar().addMenu("&View")
    win.full_window_action = QAction("&Comparison in the full window", win, checkable=True,
                                     toolTip="Give the Compare and Timeline views the whole window")
    win.full_window_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    win.full_window_action.toggled.connect(win.plot.full_window.setChecked)
    win.plot.full_window.toggled.connect(win.full_window_action.setChecked)
    view.addAction(win.full_window_action)
    _action(win, view, "Show the &Timeline", lambda: win.plot.tabs.setCurrentIndex(1), "Ctrl+T")
    _action(win, view, "Show the Co&mpare view", lambda: win.plot.tabs.setCurrentIndex(0), "Ctrl+Shift+T")

    settings = win.menuBar().addMenu("&Settings")
    _action(win, settings, "&Base currency…", lambda: op.base_currency_dialog(win))
    win.imperial = QAction("&Imperial units", win, checkable=True, checked=win.settings.unit_system == "imperial")
    win.imperial.toggled.connect(lambda on: op.set_settings(win, unit_system="imperial" if on else "metric"))
    win.at_publication = QAction("Convert money at the &publication date", win, checkable=True,
                                  checked=win.settings.rate_date == "published")
    win.at_publication.toggled.connect(lambda on: op.set_settings(win, rate_date="published" if on else "as_of"))
    settings.addActions([win.imperial, win.at_publication])
    _action(win, settings, "&Override an exchange rate…", lambda: op.rate_override_dialog(win))

    help_ = win.menuBar().addMenu("&Help")
    _action(win, help_, "&Keyboard shortcuts", lambda: ShortcutsDialog(win.findChildren(QAction), win).exec())
    _action(win, help_, "&About Crosscount", lambda: AboutDialog(win).exec())

    toolbar = win.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action, icon in ((open_, "open"), (url, "add-url"), (paste, "paste"), (save, "save"), (export, "export")):
        action.setIcon(toolbar_icon(icon))  # (the menus show them too)
    toolbar.addActions([open_, url, paste, save, export])
    for action in toolbar.actions():  # tooltips say the keys too
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(action.toolTip() + (f" ({keys})" if keys else ""))
    keys = [a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in (undo, redo)]
    toolbar.addActions([StackButton(win, False, keys[0]), StackButton(win, True, keys[1])])
    return recent


def tick_settings(win: MainWindow, settings: Settings) -> None:
    """The Settings menu's ticks as ``settings`` has them (an undone setting unticks its item, without
    making a new change)."""
    for action, on in ((win.imperial, settings.unit_system == "imperial"),
                       (win.at_publication, settings.rate_date == "published")):
        with QSignalBlocker(action):
            action.setChecked(on)


class StackButton(QAction):
    """A toolbar button for Undo or Redo: a short name, and what it would undo in its tooltip. The menu's
    action keeps the keys, so each shortcut belongs to one action. (The slots take what the stack's
    signals carry and never call the stack, which signals while it is being destroyed.)"""

    def __init__(self, win: MainWindow, redo: bool, keys: str) -> None:
        super().__init__(toolbar_icon("redo" if redo else "undo"), "Redo" if redo else "Undo", win)
        self.keys = keys
        stack = win.undo_stack
        self.triggered.connect(stack.redo if redo else stack.undo)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self.describe)
        self.setEnabled(False)
        self.describe("")

    def describe(self, what: str) -> None:
        self.setToolTip(f"{self.text()} {what}".strip() + f" ({self.keys})")


def drop_zone(open_samples: Callable[[], None]) -> QWidget:
    """What a new window shows: where to drop articles, and the sample to try."""
    zone = QWidget(objectName="dropZone")
    text = QLabel("<h2>Drop articles, folders or links here</h2><p>Text, HTML, PDF, Word and e-mail files, "
                  "or web addresses. Or press Ctrl+O to open them, Ctrl+L to add a link, Ctrl+V to paste.</p>",
                  alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
    sample = QPushButton("Open the sample articles", objectName="openSamples",
                         toolTip="Load the articles that come with Crosscount, to see what it does")
    sample.clicked.connect(open_samples)
    layout = QVBoxLayout(zone)
    layout.addStretch(1)
    layout.addWidget(text)
    layout.addWidget(sample, alignment=Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(2)
    zone.setStyleSheet("#dropZone { border: 2px dashed #9ca3af; border-radius: 12px; margin: 40px; }")
    return zone
