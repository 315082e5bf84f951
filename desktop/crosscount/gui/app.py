"""Starting the window (``crosscount [INPUT...]``) and rendering it to a PNG (``--screenshot``)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication


def run(inputs: list[str], screenshot: str | None = None, project: str | None = None) -> int:
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Crosscount")
    app.setOrganizationName("Crosscount")
    window = MainWindow()
    if project:
        print("crosscount: projects are not supported yet; loading the inputs only", file=sys.stderr)
    if screenshot:
        def capture() -> None:
            group = window.largest_group()
            if group is not None:
                window.select_group(group.key)
            app.processEvents()
            ok = window.grab().save(screenshot)
            QThreadPool.globalInstance().waitForDone(2000)
            app.exit(0 if ok else 1)

        window.loadingFinished.connect(lambda: QTimer.singleShot(200, capture))
        window.show()
        if inputs:
            window.load(inputs)
        else:
            QTimer.singleShot(200, capture)
        return int(app.exec())
    window.show()
    window.load(inputs)
    return int(app.exec())
