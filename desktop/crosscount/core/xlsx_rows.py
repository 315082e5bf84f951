"""A workbook whose rows are written as SpreadsheetML text beside openpyxl, for exports of any size.

Why not openpyxl alone: it spends 4–7 µs on every cell even in write-only mode, so 100,000 claims
(4.6 million cells) took 32 s to export. openpyxl still makes the workbook — styles, column widths,
frozen headers, filters, page setup, defined names, the charts and their drawings — while each sheet's
rows are written here, one string per row, to a temporary file; ``Book.save`` copies openpyxl's package
to its destination and puts each sheet's rows (and its hyperlinks) into the sheet's part on the way.

Texts go into the workbook's shared string table, each stored once (a quote shared by several figures,
a unit, a source), which keeps both the rows and the file small.

Safety: a text is always a string cell (``t="s"``), which a spreadsheet shows and never evaluates,
whatever its first character; characters XML cannot hold are dropped and a text longer than a cell may
hold (32,767 characters) is cut, so a hostile article cannot make the file unreadable.
"""

from __future__ import annotations

import math
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from itertools import chain, repeat
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .xml_text import NOT_XML

MAX_CELL_TEXT = 32_767  # Excel's limit on the characters of one cell
EPOCH = date(1899, 12, 30)  # day 0 of a 1900-system workbook's serial dates (Excel's 1900 leap-day bug included)
FLUSH_ROWS = 2_000
MAX_LINKS = 65_530  # Excel drops, with a repair warning, the hyperlinks of a sheet beyond this many
_NO_STYLE = repeat(0)  # the style ids of a row's cells past those given

_SPECIAL = re.compile(f"[&<>\r{NOT_XML}]")
_SPACES = " \t\n\r"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
STRINGS_PART = "xl/sharedStrings.xml"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
# The parts of a worksheet that follow <hyperlinks>, in the schema's order: hyperlinks go before the first.
_AFTER_HYPERLINKS = ("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks",
                     "<customProperties", "<cellWatches", "<ignoredErrors", "<smartTags", "<drawing",
                     "<legacyDrawing", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts",
                     "<extLst", "</worksheet>")


def _escape(text: str) -> str:
    """Text as XML character data; characters XML 1.0 cannot carry are dropped."""
    if len(text) > MAX_CELL_TEXT:
        text = text[:MAX_CELL_TEXT]
    if _SPECIAL.search(text) is None:
        return text
    return _SPECIAL.sub(lambda m: _ESCAPES.get(m.group(), ""), text)


def _text(text: str) -> str:
    """A ``<t>`` element, told to keep its spaces where it has any at either end (as Excel writes it)."""
    if text[0] in _SPACES or text[-1] in _SPACES:
        return f'<t xml:space="preserve">{_escape(text)}</t>'
    return f"<t>{_escape(text)}</t>"


def _attribute(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


class Sheet:
    """One worksheet's rows, appended in order and kept in a temporary file until the book is saved."""

    def __init__(self, book: Book, title: str) -> None:
        self.ws = book.wb.create_sheet(title)
        self.rows = 0
        self._links: list[tuple[str, str]] = []
        self._pending: list[str] = []
        self._file: IO[bytes] = tempfile.TemporaryFile()
        self._letters: list[str] = []
        self._attrs = book.attributes
        self._strings = book.strings

    def _letter(self, column: int) -> str:
        while len(self._letters) <= column:
            self._letters.append(get_column_letter(len(self._letters) + 1))
        return self._letters[column]

    def append(self, values: Sequence[Any], styles: Sequence[int] = (), height: float | None = None) -> None:
        """One row; ``styles`` holds a style id (``Book.style``) per cell, 0 or missing for none, and
        ``height`` the row's height in points where wrapped text needs more than one line.

        Numbers stay numbers, dates become serial dates (give them a date style), booleans are booleans,
        anything else is text. This loop runs for every cell of an export, hence its plainness."""
        self.rows += 1
        r = str(self.rows)
        self._letter(len(values))
        attrs, strings = self._attrs, self._strings
        cells = [f'<row r="{r}" ht="{height:g}" customHeight="1">' if height else f'<row r="{r}">']
        add = cells.append
        for letter, value, style in zip(self._letters, values, chain(styles, _NO_STYLE), strict=False):
            kind = type(value)
            if kind is str:
                if value:
                    n = strings.get(value)
                    if n is None:
                        n = strings[value] = len(strings)
                    add(f'<c r="{letter}{r}"{attrs[style]} t="s"><v>{n}</v></c>')
                    continue
            elif kind is float or kind is int:
                if kind is int or math.isfinite(value):
                    add(f'<c r="{letter}{r}"{attrs[style]}><v>{value!r}</v></c>')
                    continue
            elif kind is bool:
                add(f'<c r="{letter}{r}"{attrs[style]} t="b"><v>{int(value)}</v></c>')
                continue
            elif kind is date:
                add(f'<c r="{letter}{r}"{attrs[style]}><v>{(value - EPOCH).days}</v></c>')
                continue
            elif value is not None:
                n = strings.setdefault(str(value), len(strings))
                add(f'<c r="{letter}{r}"{attrs[style]} t="s"><v>{n}</v></c>')
                continue
            if style:  # an empty cell that still carries its fill or format
                add(f'<c r="{letter}{r}"{attrs[style]}/>')
        add("</row>")
        self._pending.append("".join(cells))
        if len(self._pending) >= FLUSH_ROWS:
            self._flush()

    @property
    def can_link(self) -> bool:
        """Whether the sheet has room for another hyperlink (``MAX_LINKS``)."""
        return len(self._links) < MAX_LINKS

    def link(self, column: int, url: str) -> None:
        """Make the cell in ``column`` (0-based) of the last row a hyperlink to ``url``."""
        if not self.can_link:
            raise ValueError(f"a sheet holds at most {MAX_LINKS} hyperlinks")
        self._links.append((self._letter(column) + str(self.rows), url))

    def _flush(self) -> None:
        self._file.write("".join(self._pending).encode("utf-8"))
        self._pending.clear()

    def _write_part(self, part: bytes, name: str, out: zipfile.ZipFile) -> None:
        """openpyxl's part for this sheet, with its rows and hyperlinks put in."""
        self._flush()
        xml = part.decode("utf-8")
        at = xml.find("<sheetData></sheetData>")
        if at < 0:
            at = xml.find("<sheetData/>")
            end = at + len("<sheetData/>")
        else:
            end = at + len("<sheetData></sheetData>")
        if at < 0:
            raise RuntimeError(f"unexpected worksheet part from openpyxl: {name}")
        tail = xml[end:]
        if self._links:
            cut = min((i for i in (tail.find(tag) for tag in _AFTER_HYPERLINKS) if i >= 0), default=len(tail))
            links = "".join(f'<hyperlink ref="{ref}" r:id="rIdCc{n}"/>' for n, (ref, _) in enumerate(self._links, 1))
            tail = f'{tail[:cut]}<hyperlinks xmlns:r="{_REL_NS}">{links}</hyperlinks>{tail[cut:]}'
        head = (xml[:at] + "<sheetData>").encode("utf-8")
        foot = ("</sheetData>" + tail).encode("utf-8")
        size = len(head) + self._file.tell() + len(foot)
        self._file.seek(0)
        with _open_entry(out, name, size) as w:
            w.write(head)
            shutil.copyfileobj(self._file, w, 1 << 20)
            w.write(foot)
        self._file.close()

    def _relationships(self, existing: bytes | None) -> bytes:
        """The sheet's relationships part with one external target per hyperlink added."""
        return _add_relationships(existing, "".join(
            f'<Relationship Id="rIdCc{n}" Type="{_REL_NS}/hyperlink" Target="{_attribute(url)}" '
            'TargetMode="External"/>' for n, (_, url) in enumerate(self._links, 1)))


class Book:
    """An openpyxl write-only workbook whose sheets take their rows through ``Sheet.append``."""

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self.sheets: list[Sheet] = []
        self._styles: dict[tuple[Any, ...], int] = {}
        self.attributes: dict[int, str] = {0: ""}  # style id -> the cell's s="…" attribute
        self.strings: dict[str, int] = {}  # the shared string table: each text is stored once

    def sheet(self, title: str) -> Sheet:
        sheet = Sheet(self, title)
        self.sheets.append(sheet)
        return sheet

    def style(self, number_format: str | None = None, font: Font | None = None, fill: PatternFill | None = None,
              alignment: Alignment | None = None) -> int:
        """The id of a cell style, registered with openpyxl so that styles.xml carries it."""
        key = (number_format, font, fill, alignment)
        if key not in self._styles:
            if not self.sheets:
                raise RuntimeError("create a sheet before asking for styles")
            c = WriteOnlyCell(self.sheets[0].ws)
            if number_format:
                c.number_format = number_format
            if font:
                c.font = font
            if fill:
                c.fill = fill
            if alignment:
                c.alignment = alignment
            self._styles[key] = c.style_id
            self.attributes[c.style_id] = f' s="{c.style_id}"'
        return self._styles[key]

    def save(self, fh: IO[bytes]) -> None:
        """openpyxl's package, copied to ``fh`` with the sheets' rows, their hyperlinks and the string table."""
        with tempfile.TemporaryFile() as staged:
            self.wb.save(staged)  # assigns each sheet its part name
            by_part = {s.ws.path.lstrip("/"): s for s in self.sheets}
            edits: dict[str, Callable[[bytes | None], bytes]] = {
                "[Content_Types].xml": _declare_strings, "xl/_rels/workbook.xml.rels": _relate_strings}
            edits.update({_rels_name(part): s._relationships for part, s in by_part.items() if s._links})
            with zipfile.ZipFile(staged) as src, \
                    zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
                if STRINGS_PART in src.namelist():
                    raise RuntimeError("openpyxl wrote a shared string table of its own")
                for name in src.namelist():
                    if name in by_part:
                        by_part[name]._write_part(src.read(name), name, out)
                    elif name in edits:
                        out.writestr(name, edits.pop(name)(src.read(name)))
                    else:
                        out.writestr(src.getinfo(name), src.read(name))
                for name, edit in edits.items():  # relationships of sheets that had none
                    out.writestr(name, edit(None))
                self._write_strings(out)

    def _write_strings(self, out: zipfile.ZipFile) -> None:
        head = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{_MAIN_NS}" '
                f'count="{len(self.strings)}" uniqueCount="{len(self.strings)}">').encode()
        chunks = [head]
        texts = list(self.strings)  # dicts keep insertion order: the n-th text has index n
        for i in range(0, len(texts), 10_000):
            chunks.append("".join(f"<si>{_text(t)}</si>" for t in texts[i:i + 10_000]).encode("utf-8"))
        chunks.append(b"</sst>")
        with _open_entry(out, STRINGS_PART, sum(map(len, chunks))) as w:
            for chunk in chunks:
                w.write(chunk)


def _open_entry(out: zipfile.ZipFile, name: str, size: int) -> IO[bytes]:
    """A deflated entry to stream ``size`` bytes into: the size, given up front, decides ZIP64."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size = size
    return out.open(info, "w")


def _add_relationships(existing: bytes | None, relationships: str) -> bytes:
    """A relationships part (a new one where ``existing`` is None) with ``relationships`` added."""
    if existing is None:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_NS}">'
                f"{relationships}</Relationships>").encode()
    return _insert_before(existing, "</Relationships>", relationships)


def _relate_strings(existing: bytes | None) -> bytes:
    if existing is None:
        raise RuntimeError("openpyxl wrote no workbook relationships")
    return _add_relationships(existing, f'<Relationship Id="rIdCcStrings" Type="{_REL_NS}/sharedStrings" '
                                        f'Target="sharedStrings.xml"/>')


def _declare_strings(existing: bytes | None) -> bytes:
    if existing is None:
        raise RuntimeError("openpyxl wrote no content types")
    return _insert_before(existing, "</Types>", f'<Override PartName="/{STRINGS_PART}" ContentType='
                                                 f'"{_STRINGS_TYPE}"/>')


def _insert_before(xml: bytes, closing: str, text: str) -> bytes:
    at = xml.rfind(closing.encode("ascii"))
    if at < 0:
        raise RuntimeError(f"unexpected part from openpyxl: no {closing}")
    return xml[:at] + text.encode("utf-8") + xml[at:]


def _rels_name(part: str) -> str:
    folder, _, file = part.rpartition("/")
    return f"{folder}/_rels/{file}.rels"
