"""Starting the window (``crosscount [INPUT...]``) and rendering it to a PNG (``--screenshot``)."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox


def _no_display() -> bool:
    """On Linux, a window needs X11 or Wayland; --screenshot alone can render offscreen."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run(inputs: list[str], screenshot: str | None = None, project: str | None = None) -> int:
    from ..core.project import ProjectError, open_project
    from . import operations as op
    from .main_window import MainWindow

    opened = None
    if project:  # read before any window: a file that is no project is a sentence and exit 2
        try:
            opened = open_project(project)
        except ProjectError as exc:
            print(f"crosscount: {project}: {exc}", file=sys.stderr)
            return 2

    if _no_display():
        if not screenshot:
            print("crosscount: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                  "Run it in a desktop session or under xvfb-run; for the command line see 'crosscount --help'.",
                  file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Crosscount")
    app.setOrganizationName("Crosscount")
    app.setDesktopFileName("crosscount")
    icon = resources.files("crosscount.resources").joinpath("icons/crosscount.svg")
    app.setWindowIcon(QIcon(str(icon)))
    window = MainWindow()
    if screenshot:
        if project and opened is not None:
            op.adopt_project(window, project, opened)

        def capture() -> None:
            group = window.default_group()
            if group is not None:
                window.select_group(group.key)
                window.claims_table.selectRow(0)  # the detail pane shows a claim
            app.processEvents()
            ok = window.grab().save(screenshot)
            QThreadPool.globalInstance().waitForDone(2000)
            app.exit(0 if ok else 1)

        window.loadingFinished.connect(lambda: QTimer.singleShot(200, capture))
        window.show()
        if inputs:
            op.load(window, inputs)
        else:
            QTimer.singleShot(200, capture)
        return int(app.exec())
    window.show()
    if project and opened is not None:  # (the files given beside it wait for a large one to open, or its
        op.show_project(window, project, opened)  # Cancel: they are added to the project then shown)
        op.load(window, inputs)
        return int(app.exec())
    if Path(window.recovery_path()).exists():
        answer = QMessageBox.question(window, "Recover unsaved work?",
                                      "Crosscount was not closed properly last time. Restore the unsaved work?")
        if answer == QMessageBox.StandardButton.Yes:
            op.restore_recovery(window)
        else:
            Path(window.recovery_path()).unlink(missing_ok=True)
    op.load(window, inputs)
    return int(app.exec())
