"""The article's text (centre), each claim painted in its kind's colour; a click on a claim selects it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ..core.model import Article, Claim
from .claims_model import KIND_COLOURS


class ArticleView(QTextEdit):
    claimClicked = Signal(str)
    addClaimRequested = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="articleText", readOnly=True)
        self.setAccessibleName("Article text")
        self.setToolTip("The article, its figures highlighted: click one to select its claim; select words and "
                        "right-click to add a claim")
        self.article: Article | None = None
        self.claims: list[Claim] = []
        self._marks: list[tuple[int, int, str, bool, str]] = []  # what is highlighted: (start, end, kind, excluded, text)
        self.cursorPositionChanged.connect(self._clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def show_article(self, article: Article | None, claims: list[Claim]) -> None:
        """The article's text with only its claims highlighted (or why it could not be read); not again when
        it is shown with the same highlights (an edit of a claim's category, source or note), so that the
        text stays where the analyst scrolled it."""
        marks = [(c.start, c.end, c.kind, c.excluded, c.text) for c in claims]
        if article is not None and article is self.article and marks == self._marks:
            self.claims = claims
            return
        self.article, self.claims, self._marks = article, claims, marks
        with QSignalBlocker(self):
            # The format at the cursor (inside the last highlighted claim) would otherwise paint all new text.
            self.setCurrentCharFormat(QTextCharFormat())
            if article is None:
                self.clear()
            elif article.error:
                self.setPlainText(article.error)
            else:
                self.setPlainText(article.text)
                cursor = QTextCursor(self.document())
                for c in claims:
                    fmt = QTextCharFormat()
                    fmt.setBackground(QColor(KIND_COLOURS.get(c.kind, "#eeeeee") if not c.excluded else "#e5e7eb"))
                    fmt.setToolTip(f"{c.kind}: {c.text}")
                    cursor.setPosition(c.start)
                    cursor.setPosition(c.end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(fmt)

    def reveal(self, claim: Claim) -> None:
        """Select the claim's words and scroll to them (the article must be shown)."""
        with QSignalBlocker(self):
            cursor = self.textCursor()
            cursor.setPosition(min(claim.start, len(self.toPlainText())))
            cursor.setPosition(min(claim.end, len(self.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def selection(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        return (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else None

    def _clicked(self) -> None:
        cursor = self.textCursor()
        if self.article is None or cursor.hasSelection():
            return
        pos = cursor.position()
        hit = next((c for c in self.claims if c.start <= pos <= c.end), None)
        if hit is not None:
            self.claimClicked.emit(hit.id)

    def _menu(self, point: QPoint) -> None:
        menu = self.createStandardContextMenu()
        add = menu.addAction("Add claim from selection")
        add.setEnabled(self.textCursor().hasSelection())
        add.triggered.connect(self.addClaimRequested)
        menu.exec(self.mapToGlobal(point))
