"""The article list (left): a model over the loaded articles and the view that shows it.

Each row is an article's title, outlet, date and number of claims, or, for an input that could not be
read, its path and the reason in red. The analyst removes, reloads or edits an article from its menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListView, QMenu

from ..core.model import Article, Claim

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def article_labels(articles: list[Article], by_article: dict[str, list[Claim]]) -> list[str]:
    """Each article's row: title, outlet, date and number of claims (plain Python: any thread)."""
    return [article_label(a, len(by_article.get(a.id, ()))) for a in articles]


def article_label(a: Article, claims: int) -> str:
    if a.error:
        return f"⚠ {a.title or a.path or a.url}\n{a.error}"
    date = a.published + (" (inferred)" if a.published_inferred else "") if a.published else "no date"
    return f"{a.title or a.id}\n{a.outlet or '—'} · {date} · {claims} claims"


class ArticleListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.articles: list[Article] = []
        self.labels: list[str] = []

    def set_articles(self, articles: list[Article], labels: list[str]) -> bool:
        """Show these articles; False (and nothing redrawn) when every row would read the same. The same
        articles again redraw only the rows whose label changed."""
        if [a.id for a in articles] == [a.id for a in self.articles]:  # the same rows: redraw those that changed
            changed = [row for row, (new, old) in enumerate(zip(labels, self.labels, strict=True)) if new != old]
            self.articles, self.labels = list(articles), labels
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return bool(changed)
        self.beginResetModel()
        self.articles, self.labels = list(articles), labels
        self.endResetModel()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.articles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self.articles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.labels[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.path or a.url or "pasted text"
        if role == Qt.ItemDataRole.ForegroundRole and a.error:
            return QBrush(QColor("#b91c1c"))
        if role == ARTICLE_ROLE:
            return a
        return None


class ArticleList(QListView):
    """The list view; it says which article is current and what the analyst asked to do with one."""

    currentArticleChanged = Signal(str)  # article id ("" for none)
    removeRequested = Signal(str)
    reloadRequested = Signal(str)
    propertiesRequested = Signal(str)

    def __init__(self) -> None:
        super().__init__(objectName="articleList")
        self.setAccessibleName("Articles")
        self.setToolTip("The loaded articles; right-click one to edit, reload or remove it")
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setUniformItemSizes(True)  # 5,000 rows are laid out without measuring each one
        self.setLayoutMode(QListView.LayoutMode.Batched)  # and in batches, the window answering between them
        self.list_model = ArticleListModel()
        self.setModel(self.list_model)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.currentArticleChanged.emit(self.current_id() or ""))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def count(self) -> int:
        return self.list_model.rowCount()

    def current_article(self) -> Article | None:
        index = self.currentIndex()
        return index.data(ARTICLE_ROLE) if index.isValid() else None

    def current_id(self) -> str | None:
        article = self.current_article()
        return article.id if article else None

    def show_articles(self, articles: list[Article], labels: list[str], current: str | None) -> None:
        """Refill (only if a row changed) and keep ``current`` the current article, or the first."""
        self.list_model.set_articles(articles, labels)
        ids = [a.id for a in articles]
        row = ids.index(current) if current in ids else (0 if ids else -1)
        if row >= 0 and row != self.currentIndex().row():
            self.setCurrentIndex(self.list_model.index(row))
        elif row >= 0:
            self.currentArticleChanged.emit(ids[row])  # the same row, but its article may have changed
        else:
            self.currentArticleChanged.emit("")

    def select_article(self, article_id: str) -> None:
        ids = [a.id for a in self.list_model.articles]
        if article_id in ids and self.currentIndex().row() != ids.index(article_id):
            self.setCurrentIndex(self.list_model.index(ids.index(article_id)))

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        article = index.data(ARTICLE_ROLE) if index.isValid() else None
        if article is None:
            return
        menu = QMenu(self)
        if not article.error:
            menu.addAction("Properties…", lambda: self.propertiesRequested.emit(article.id))
        reload = menu.addAction("Reload", lambda: self.reloadRequested.emit(article.id))
        reload.setEnabled(bool(article.path or article.url))
        menu.addAction("Remove", lambda: self.removeRequested.emit(article.id))
        menu.exec(self.viewport().mapToGlobal(point))
