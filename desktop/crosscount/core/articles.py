"""Loading articles: files, folders and URLs into ``Article`` values, or a clear reason why not.

Readers are registered by extension (as Orange3 does with ``FileFormat``): each takes bytes and returns
the article's text and metadata. Every failure, whether a person caused it (an empty file, a PDF that is
encrypted, a "Word" file that is not one) or a hostile input did (a PDF built to exhaust its reader, a
server that misbehaves), becomes ``Article.error``, a sentence that says what is wrong: ``load``,
``load_path``, ``load_url``, ``load_bytes`` and ``expand_inputs`` never raise, so one bad input never
takes the others down. Known failures have their own sentence; anything else is named by its class.

Each input is read within limits (the constants below, ``budget.LOAD_DEADLINE_S`` and
``fetching.MAX_URL_BYTES``): only regular files are opened (never a named pipe or a device), reads
count the bytes that arrive, and text is made valid Unicode once, here (``decoding.valid_unicode``).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
import urllib.parse
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .budget import Budget, LoadError
from .decoding import Decoded, declared_charset, decode_fragment, decode_text, valid_unicode
from .extract.dates import find_dates, infer_reference
from .extract.places import wire_dateline
from .model import Article

if TYPE_CHECKING:  # (the e-mail and http packages are imported where a message or a URL is read: a local
    import email.message  # text file's cold start needs neither)

MAX_FILE_BYTES = 50 * 1024 * 1024
"""The largest file read, counted as it is read (a link to /dev/zero reports no size): far above any
article; larger is refused rather than held in memory."""
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
"""The most a .docx may unpack to in all (pictures included); past it, it is treated as a zip bomb."""
MAX_DOCX_PART_BYTES = 10 * 1024 * 1024
"""The largest XML part of a .docx (its text is in word/document.xml): a 1,000-page report is under
10 MB. python-docx reads about 10,000 paragraphs a second, so 10 MB of the shortest paragraphs takes
some 15 s (the deadline stops a slower one), and it needs about 15 times the part's size in memory."""
MAX_HTML_DEPTH = 400
"""Deeper nesting is not a news page; lxml and trafilatura would recurse on it."""
MAX_HTML_ELEMENTS = 30_000
"""The most elements (tags) a web page may have. A news page has a few thousand; trafilatura's time
grows faster than the page (50,000 paragraphs take about 10 s, 200,000 over a minute) and cannot be
interrupted, so the cap is what bounds it (a few seconds)."""
MAX_HTML_BYTES = 10 * 1024 * 1024
"""The most HTML handed to trafilatura, once a larger page has had its scripts, styles and inline
(``data:``) pictures taken out: trafilatura reads about 1 MB a second and cannot be interrupted, so this
bounds it to some 10 s. A news article's markup is well under 1 MB; a page saved with its pictures
inside can be far larger, and is read once they are out."""
_READ_CHUNK = 1024 * 1024

_URL_RE = re.compile(r"(?i)^\s*[a-z][a-z0-9+.\-]*://")


@dataclass(frozen=True)
class Parsed:
    """What a reader gives back; ``load`` turns it into an Article."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    encoding: str | None = None
    encoding_guessed: bool = False
    outlet_from: str | None = None  # where the outlet was read (see Article.outlet_from)


Reader = Callable[[bytes, Budget, "str | None"], Parsed]
"""A reader: the bytes, the input's budget (checked where it loops) and a declared charset, if any."""
READERS: dict[str, Reader] = {}


def reader(*extensions: str) -> Callable[[Reader], Reader]:
    def register(fn: Reader) -> Reader:
        for ext in extensions:
            READERS[ext] = fn
        return fn

    return register


def supported(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in READERS


# ------------------------------------------------------------------------------------------------ text


_DATELINE_RE = re.compile(r"(?im)^\s*(?:published|posted|updated|date|first published)\s*(?:on)?\s*[:\-–]?\s*(?P<rest>.{6,60})$")


def wire_outlet(text: str) -> str | None:
    """The agency a wire dateline names near the top of a story ("MOSCOW (Reuters) —" → "Reuters")."""
    line = wire_dateline(text)
    return line.agency if line is not None else None


def text_metadata(text: str) -> Parsed:
    """Title from the first line; date from a dateline ("Published: August 18, 2023") near the top; the
    outlet from a wire dateline ("WASHINGTON (Reuters) —")."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0][:200] if lines else None
    published = None
    head = "\n".join(lines[:8])
    m = _DATELINE_RE.search(head)
    candidates = find_dates(m.group("rest")) if m else []
    candidates = [d for d in candidates if d.year and d.month]
    if not candidates:  # a dateline is often just a date on its own line under the title
        for line in lines[1:6]:
            found = [d for d in find_dates(line) if d.year and d.month and d.day]
            if found and len(line) < 80:
                candidates = found
                break
    if candidates:
        published = candidates[0].resolve(None)
    outlet = wire_outlet(text)
    return Parsed(text=text, title=title, published=published, outlet=outlet,
                  outlet_from="the wire dateline" if outlet else None)


def _with_encoding(parsed: Parsed, decoded: Decoded) -> Parsed:
    return replace(parsed, encoding=decoded.encoding, encoding_guessed=decoded.guessed)


@reader(".txt", ".md", ".text")
def read_text(data: bytes, budget: Budget, charset: str | None = None) -> Parsed:
    decoded = decode_text(data, charset)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return _with_encoding(text_metadata(text), decoded)


# ------------------------------------------------------------------------------------------------ html

_TAG_RE = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*?(/?)>")  # [^<>]: a tag never runs past the next '<'
_VOID_TAGS = frozenset((b"br", b"img", b"meta", b"link", b"input", b"hr", b"wbr", b"source", b"area", b"col"))
_CHAR_REF_RE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def _html_shape_error(data: bytes) -> str | None:
    """A cheap guard before parsing, linear in the page: nesting deeper than ``MAX_HTML_DEPTH`` or
    more than ``MAX_HTML_ELEMENTS`` tags means a hostile or broken page (the reason), else None."""
    depth = deepest = elements = 0
    for m in _TAG_RE.finditer(data):
        if m.group(1):
            depth = max(0, depth - 1)
            continue
        elements += 1
        if elements > MAX_HTML_ELEMENTS:
            return (f"This web page has more than {MAX_HTML_ELEMENTS:,} elements, far more than a news "
                    "article; save the article's text and load that.")
        if not m.group(3) and m.group(2).lower() not in _VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_HTML_DEPTH:
                return f"This web page is nested more than {MAX_HTML_DEPTH} levels deep; it is not a readable article."
    return None


def _xml_safe_reference(m: re.Match[str]) -> str:
    """A character reference XML cannot hold (``&#x1;``, ``&#xD800;``) would make lxml give up on the
    whole page: control characters become a space, impossible code points U+FFFD; others stay."""
    point = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if point in (0x9, 0xA, 0xD) or 0x20 <= point <= 0xD7FF or 0xE000 <= point <= 0xFFFD or 0x10000 <= point <= 0x10FFFF:
        return m.group()
    return " " if point < 0x20 else "\ufffd"


_XML_INVALID_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


_INLINE_DATA_RE = re.compile(rb"""data:[^"'()\s>]{1000,}""")


def _without_blocks(data: bytes, tag: bytes) -> bytes:
    """``data`` without its <tag>…</tag> blocks (scripts, styles), JSON-LD kept (trafilatura reads a
    page's date and author there). One pass with ``find``, linear even when a block is never closed."""
    lower = data.lower()
    out: list[bytes] = []
    pos = 0
    while True:
        start = lower.find(b"<" + tag, pos)
        if start < 0:
            break
        end = lower.find(b"</" + tag, start)
        if end < 0:
            out.append(data[pos:start])
            return b"".join(out)
        head = lower[start:lower.find(b">", start, end) + 1 or end]
        close = lower.find(b">", end)
        stop = close + 1 if close >= 0 else len(data)
        out.append(data[pos:stop] if b"ld+json" in head else data[pos:start])
        pos = stop
    out.append(data[pos:])
    return b"".join(out)


def _slimmed(data: bytes) -> bytes:
    """A page over ``MAX_HTML_BYTES`` without what is no article text: inline pictures, scripts, styles."""
    data = _INLINE_DATA_RE.sub(b"data:", data)
    return _without_blocks(_without_blocks(data, b"script"), b"style")


@reader(".html", ".htm", ".xhtml")
def read_html(data: bytes, budget: Budget, charset: str | None = None) -> Parsed:
    if not data.strip():
        raise LoadError("The file is empty.")
    if len(data) > MAX_HTML_BYTES:
        data = _slimmed(data)
        if len(data) > MAX_HTML_BYTES:
            raise LoadError(f"This web page holds {len(data) // 2**20:,} MB of markup besides its scripts and "
                            f"pictures, more than the {MAX_HTML_BYTES // 2**20} MB read; save the article's "
                            "text and load that.")
    shape_error = _html_shape_error(data)
    if shape_error:
        raise LoadError(shape_error)
    import trafilatura

    decoded = decode_text(data, charset or declared_charset(data))
    html = _XML_INVALID_CHARS.sub(" ", _CHAR_REF_RE.sub(_xml_safe_reference, decoded.text))
    budget.check()
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                      favor_precision=True)
    if doc is None:
        raise LoadError("No article text was found in this web page.")
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (d.get("text") or "").strip()
    if not text:
        raise LoadError("No article text was found in this web page.")
    title = d.get("title")
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    outlet, outlet_from = next(((name, where) for name, where in (
        (d.get("sitename"), "the page's site name"), (d.get("hostname"), "the web address"),
        (wire_outlet(text), "the wire dateline")) if name), (None, None))
    return Parsed(text=body, title=title, outlet=outlet, outlet_from=outlet_from,
                  published=d.get("date"), author=d.get("author"), url=d.get("url"),
                  encoding=decoded.encoding, encoding_guessed=decoded.guessed)


# ------------------------------------------------------------------------------------------------ pdf

_HYPHEN_BREAK_RE = re.compile(r"(\w)-\n(\w)")
_SOFT_BREAK_RE = re.compile(r"(?<![.!?:\n])\n(?!\n)")


def clean_extracted(text: str) -> str:
    """Text pulled out of a laid-out document: ligatures unfolded, hyphenation at line ends undone,
    lines within a paragraph joined, runs of spaces and tabs made one space."""
    text = "".join(unicodedata.normalize("NFKC", ch) if "\ufb00" <= ch <= "\ufb06" else ch for ch in text)
    text = text.replace("\r\n", "\n").replace("\t", " ")
    text = _HYPHEN_BREAK_RE.sub(r"\1\2", text)
    text = _SOFT_BREAK_RE.sub(" ", text)
    text = re.sub(r"[ \u00a0]{2,}", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


@reader(".pdf")
def read_pdf(data: bytes, budget: Budget, charset: str | None = None) -> Parsed:
    if not data.strip():
        raise LoadError("The file is empty.")
    if not data.lstrip().startswith(b"%PDF"):
        raise LoadError("This is not a PDF file (it does not start with %PDF).")
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PdfReadError

    try:
        pdf = PdfReader(BytesIO(data))
        if pdf.is_encrypted:
            try:
                opened = bool(pdf.decrypt(""))  # some PDFs are "encrypted" with an empty password
            except Exception:
                opened = False
            if not opened:
                raise LoadError("This PDF is encrypted with a password; open it, save an unprotected copy, and load that.")
        pages = []
        for page in pdf.pages:
            budget.check()
            pages.append(page.extract_text() or "")
        meta = pdf.metadata
    except LoadError:
        raise
    except LimitReachedError:
        raise LoadError("This PDF is built to exhaust its reader (a stream that inflates without end, or "
                        "that refers to itself); it was not read.") from None
    except DependencyError as exc:
        if "AES" in str(exc):
            raise LoadError("This PDF is encrypted with AES, which needs the 'cryptography' package to open; "
                            "save an unprotected copy and load that.") from None
        raise LoadError(f"This PDF needs a decoder that is not installed ({str(exc).rstrip('.')}).") from None
    except NotImplementedError as exc:
        raise LoadError(f"This PDF uses something the PDF reader does not support ({exc}).") from None
    except RecursionError:
        raise LoadError("This PDF is nested too deeply to read.") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, IndexError,
            ArithmeticError, AssertionError) as exc:
        raise LoadError(f"This PDF is damaged or truncated and cannot be read ({type(exc).__name__}).") from None
    text = clean_extracted("\n\n".join(pages))
    if not text:
        raise LoadError("This PDF has no text layer (it may be a scan); run OCR on it first.")
    parsed = text_metadata(text)
    title = _pdf_field(meta, "title") or parsed.title
    outlet, where = _pdf_outlet(pdf, meta)
    return replace(parsed, title=title, author=_pdf_field(meta, "author"), outlet=outlet or parsed.outlet,
                   outlet_from=where if outlet else parsed.outlet_from)


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_PRISM = "http://prismstandard.org/namespaces/basic/"  # then the version: 1.2/, 2.0/, 2.1/, 3.0/


def _pdf_outlet(pdf: Any, meta: Any) -> tuple[str | None, str | None]:
    """The publication a PDF names in its metadata, and the field that names it: the XMP packet's
    ``prism:publicationName`` (the periodical, as publishers write it), its ``dc:publisher``, or a
    ``/Publisher`` entry of the document information. ``/Author`` is a person and ``/Creator`` and
    ``/Producer`` are programs: none of them is an outlet, so none is read as one."""
    try:
        xmp = pdf.xmp_metadata
        if xmp is not None:
            for desc in xmp.rdf_root.getElementsByTagNameNS(_RDF, "Description"):
                attributes = [desc.attributes.item(i) for i in range(desc.attributes.length)]
                for node in (*attributes, *desc.childNodes):
                    if (node.localName == "publicationName" and (node.namespaceURI or "").startswith(_PRISM)
                            and (name := _one_line(_node_text(node)))):
                        return name, "the PDF's metadata (prism:publicationName)"
            publishers = [name for p in (xmp.dc_publisher or []) if (name := _one_line(p))]
            if publishers:
                return publishers[0], "the PDF's metadata (dc:publisher)"
        info = meta.get("/Publisher") if meta else None
    except Exception:  # a damaged XMP packet or information dictionary: the outlet is just not known
        return None, None
    name = _one_line(info) if isinstance(info, str) else None
    return (name, "the PDF's document information (Publisher)") if name else (None, None)


def _node_text(node: Any) -> str:
    """An XMP property's text: its value as an attribute, else every text inside its element."""
    if node.nodeType == node.ATTRIBUTE_NODE:
        return str(node.value)
    return "".join(c.data if c.nodeType == c.TEXT_NODE else _node_text(c) for c in node.childNodes)


def _one_line(value: object, limit: int = 120) -> str | None:
    """A metadata name as one short line, or None when there is none (or it is no name: too long)."""
    text = " ".join(str(value or "").split())
    return text if text and len(text) <= limit else None


def _pdf_field(meta: Any, name: str) -> str | None:
    """A document-information field, or None where it is missing or not text (a hostile PDF's title
    can be a number or a dictionary)."""
    try:
        value = getattr(meta, name) if meta else None
    except Exception:
        return None
    return value if isinstance(value, str) and value.strip() else None


# ------------------------------------------------------------------------------------------------ docx


def _verified_docx(data: bytes, budget: Budget) -> bytes:
    """The .docx rebuilt in memory from its entries, each read through a capped stream that counts the
    bytes as they inflate (an entry that declares 1,000 bytes and inflates to gigabytes is stopped at
    its declared size, where its checksum fails). python-docx then reads only what was verified."""
    what = "Word document"
    if not zipfile.is_zipfile(BytesIO(data)):
        raise LoadError(f"This is not a {what} (a .docx is a zip archive, and this file is not one).")
    out = BytesIO()
    try:
        with zipfile.ZipFile(BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
            infos = [info for info in z.infolist() if not info.is_dir()]
            declared = sum(info.file_size for info in infos)
            if declared > MAX_UNZIPPED_BYTES:
                raise LoadError(f"This {what} would unpack to {declared // 2**20:,} MB, far more than any "
                                "article; it was not opened.")
            names: set[str] = set()
            total = 0
            for info in infos:
                if info.filename in names:
                    raise LoadError(f"This {what} is damaged: it holds two parts named {info.filename}.")
                names.add(info.filename)
                content = _read_entry(z, info, budget)
                total += len(content)
                if total > MAX_UNZIPPED_BYTES:
                    raise LoadError(f"This {what} unpacks to more than {MAX_UNZIPPED_BYTES // 2**20} MB, far "
                                    "more than any article; it was not opened.")
                rebuilt.writestr(info.filename, content)
    except LoadError:
        raise
    except RuntimeError as exc:  # zipfile's word for an encrypted entry
        raise LoadError(f"This {what} is password-protected; save an unprotected copy and load that.") from exc
    except (zipfile.BadZipFile, NotImplementedError, UnicodeDecodeError, ValueError, EOFError, OSError,
            zipfile.LargeZipFile) as exc:
        # a damaged archive: zipfile says so in its own words and errors
        raise LoadError(f"This {what} is damaged: its zip archive cannot be read ({exc}).") from None
    return out.getvalue()


def _read_entry(z: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget) -> bytes:
    """One entry, inflated a chunk at a time and counted against its cap (``MAX_DOCX_PART_BYTES`` for
    XML, ``MAX_UNZIPPED_BYTES`` for the rest) and its declared size."""
    is_xml = info.filename.lower().endswith((".xml", ".rels"))
    cap = MAX_DOCX_PART_BYTES if is_xml else MAX_UNZIPPED_BYTES
    if info.file_size > cap:
        raise LoadError(f"This Word document's part {info.filename} is {info.file_size // 2**20:,} MB; parts "
                        f"over {cap // 2**20} MB are refused (far more text than any article).")
    chunks: list[bytes] = []
    got = 0
    with z.open(info) as stream:
        while True:
            budget.check()
            chunk = stream.read(_READ_CHUNK)
            if not chunk:
                return b"".join(chunks)
            got += len(chunk)
            if got > min(cap, info.file_size):
                raise LoadError(f"This Word document is damaged: its part {info.filename} unpacks to more "
                                "than it declares (a zip bomb); it was not opened.")
            chunks.append(chunk)


@reader(".docx")
def read_docx(data: bytes, budget: Budget, charset: str | None = None) -> Parsed:
    if not data.strip():
        raise LoadError("The file is empty.")
    package = _verified_docx(data, budget)
    import docx  # python-docx parses with resolve_entities=False and no network access
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(BytesIO(package))
        parts = []
        for paragraph in document.paragraphs:
            budget.check()
            parts.append(paragraph.text)
        for table in document.tables:
            budget.check()
            for row in table.rows:
                parts.append(" | ".join(cell.text.strip() for cell in row.cells))
        props = document.core_properties
        title, author = props.title, props.author
        outlet, where = _docx_outlet(document)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise LoadError("This Word document is damaged or not a .docx file.") from exc
    except LoadError:
        raise
    except XMLSyntaxError as exc:
        raise LoadError("This Word document is damaged: a part of it is not well-formed XML.") from exc
    except Exception as exc:  # lxml raises its own syntax errors for broken XML parts
        raise LoadError(f"This Word document could not be read ({type(exc).__name__}).") from exc
    text = "\n\n".join(p.strip() for p in parts if p.strip())
    if not text:
        raise LoadError("This Word document has no text.")
    parsed = text_metadata(text)
    return replace(parsed, title=title or parsed.title, author=author or None, outlet=outlet or parsed.outlet,
                   outlet_from=where if outlet else parsed.outlet_from)


_OFFICE_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/"
# Custom document properties (File › Properties › Custom) a newsroom sets for the publication.
_OUTLET_PROPERTIES = ("publisher", "publication", "outlet")


def _docx_outlet(document: Any) -> tuple[str | None, str | None]:
    """The publication a Word document names in its metadata, and where: a custom property named
    Publisher, Publication or Outlet (docProps/custom.xml), else the organisation the document was made
    at (``Company`` of docProps/app.xml). The core properties have no publisher: ``creator`` is a
    person and ``category`` a subject, so neither is read as an outlet."""
    from lxml import etree

    parts = {str(part.partname): part.blob for part in document.part.package.iter_parts()
             if str(part.partname) in ("/docProps/custom.xml", "/docProps/app.xml")}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        if "/docProps/custom.xml" in parts:
            root = etree.fromstring(parts["/docProps/custom.xml"], parser)
            for prop in root.iter(f"{{{_OFFICE_PROPERTIES}custom-properties}}property"):
                name = (prop.get("name") or "").strip()
                if name.lower() in _OUTLET_PROPERTIES and (value := _one_line("".join(prop.itertext()))):
                    return value, f"the document's properties ({name})"
        if "/docProps/app.xml" in parts:
            root = etree.fromstring(parts["/docProps/app.xml"], parser)
            company = root.find(f"{{{_OFFICE_PROPERTIES}extended-properties}}Company")
            if company is not None and (value := _one_line(company.text)):
                return value, "the document's properties (Company)"
    except etree.XMLSyntaxError:
        pass  # a damaged properties part: the outlet is just not known
    return None, None


# ------------------------------------------------------------------------------------------------ eml

# Headers of real messages; a file none of whose "headers" is one of these is text, not an e-mail
# (a note that begins "Note: the figures..." is not a message with a Note header).
_MESSAGE_HEADERS = frozenset(("from", "to", "cc", "subject", "date", "message-id", "received", "mime-version",
                              "content-type", "return-path", "reply-to", "sender", "delivered-to", "x-mailer",
                              "references", "in-reply-to", "content-transfer-encoding", "dkim-signature"))
_RAW_8BIT = re.compile("[\udc80-\udcff]+")


def _unescape_8bit(text: str) -> str:
    """A header written in raw 8-bit bytes (``From: R\\xfcters``) reaches us with each byte as a lone
    surrogate; those bytes are decoded again (UTF-8, else windows-1252), so the name reads 'Rüters'."""
    return _RAW_8BIT.sub(lambda m: decode_fragment(m.group().encode("utf-8", "surrogateescape")), text)


@reader(".eml")
def read_eml(data: bytes, budget: Budget, charset: str | None = None) -> Parsed:
    if not data.strip():
        raise LoadError("The file is empty.")
    import email
    import email.policy
    from email.utils import parsedate_to_datetime

    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not msg.keys():
        raise LoadError("This is not an e-mail message (no headers were found).")
    if not {key.lower() for key in msg.keys()} & _MESSAGE_HEADERS:
        return read_text(data, budget, charset)
    published = None
    date_header = _header(msg, "date")
    if date_header:
        try:
            published = parsedate_to_datetime(str(date_header)).date().isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            published = None
    try:
        body = msg.get_body(preferencelist=("html", "plain"))
    except (IndexError, AttributeError, TypeError, ValueError, LookupError):
        body = None
    if body is None:
        raise LoadError("This e-mail has no text or HTML body.")
    declared = body.get_content_charset()
    try:
        content = body.get_content()
        decoded = Decoded("", declared or "us-ascii", False)
    except (LookupError, ValueError, AttributeError):  # a charset Python does not know: decode the bytes ourselves
        payload = body.get_payload(decode=True)
        decoded = decode_text(payload) if isinstance(payload, bytes) and payload.strip() else \
            Decoded(str(payload or ""), "utf-8", True)
        content = decoded.text
    if not isinstance(content, str):
        raise LoadError("This e-mail has no text body.")
    if body.get_content_type() == "text/html":
        text = read_html(content.encode("utf-8", "surrogateescape"), budget, "utf-8").text
    else:
        text = content.replace("\r\n", "\n").strip()
    if not text:
        raise LoadError("This e-mail has no text.")
    addresses = getattr(_header(msg, "from"), "addresses", None)
    outlet = _unescape_8bit(addresses[0].display_name) if addresses else None
    subject = _header_text(msg, "subject")
    if subject and not text.startswith(subject):
        text = f"{subject}\n\n{text}"
    return Parsed(text=text, title=subject or text_metadata(text).title, outlet=outlet or None,
                  outlet_from="the sender's name" if outlet else None, published=published,
                  encoding=decoded.encoding, encoding_guessed=decoded.guessed)


def _header_text(msg: email.message.Message, name: str) -> str | None:
    """A header's text: decoded from its raw bytes where it was written in raw 8-bit (which the email
    package would turn into U+FFFD), else as the email package decodes it (RFC 2047 words)."""
    for key, raw in msg.raw_items():
        if key.lower() == name and isinstance(raw, str) and _RAW_8BIT.search(raw):
            return " ".join(_unescape_8bit(raw).split()) or None
    parsed = _header(msg, name)
    return str(parsed) if parsed else None


def _header(msg: email.message.Message, name: str) -> object | None:
    """A header as the email package parses it, or None where it is missing or so malformed that the
    parser fails on it (it raises IndexError, AttributeError and others from inside; a bad header is no
    reason to lose the message's text)."""
    try:
        return msg[name]
    except (IndexError, AttributeError, TypeError, ValueError, LookupError):
        return None


# ------------------------------------------------------------------------------------------------ entry


def _article(**fields: Any) -> Article:
    """Every Article the loaders make, each text field made valid Unicode (``valid_unicode``): what is
    loaded can always be saved, exported and shown."""
    cleaned: dict[str, Any] = {key: valid_unicode(value) if isinstance(value, str) else value
                               for key, value in fields.items()}
    return Article(**cleaned)


def _finish(parsed: Parsed, article_id: str, path: str | None, url: str | None) -> Article:
    text = valid_unicode(parsed.text)
    published = parsed.published
    inferred = False
    if not published:
        guess = infer_reference(find_dates(text))
        published = guess.isoformat() if guess else None
        inferred = guess is not None
    title = parsed.title or (Path(path).stem if path else url)
    return _article(id=article_id, text=text, title=title, outlet=parsed.outlet, outlet_from=parsed.outlet_from,
                    published=published,
                    published_inferred=inferred, author=parsed.author, path=path, url=parsed.url or url,
                    encoding=parsed.encoding, encoding_guessed=parsed.encoding_guessed)


def _failed(article_id: str, error: str, path: str | None = None, url: str | None = None,
            title: str | None = None) -> Article:
    return _article(id=article_id, path=path, url=url, title=title, error=error)


def load_bytes(data: bytes, name: str, article_id: str = "a1", path: str | None = None,
               url: str | None = None, *, charset: str | None = None,
               cancelled: Callable[[], bool] | None = None, budget: Budget | None = None) -> Article:
    """Read bytes whose kind is told by ``name``'s extension (a URL's content type maps to one);
    ``charset`` is what the server or a container declared. Never raises."""
    title = Path(name).name
    ext = Path(name).suffix.lower()
    read = READERS.get(ext)
    if read is None:
        kind = f"'{ext}' files" if ext else f"'{title}': it has no file extension"
        return _failed(article_id, f"Crosscount cannot read {kind}; it reads {', '.join(sorted(READERS))}.",
                       path, url, title)
    try:
        return _finish(read(data, budget or Budget(cancelled=cancelled), charset), article_id, path, url)
    except LoadError as exc:
        return _failed(article_id, str(exc), path, url, title)
    except RecursionError:
        return _failed(article_id, "This file is nested too deeply to read.", path, url, title)
    except MemoryError:
        return _failed(article_id, "This file needs more memory to read than the computer has.", path, url, title)
    except Exception as exc:  # the final net: a reader's library failed in a way not foreseen above
        return _failed(article_id, f"This file could not be read ({type(exc).__name__}).", path, url, title)


_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a disk device"),
                (stat.S_ISSOCK, "a socket"))


def _read_file(name: str, budget: Budget) -> bytes:
    """A regular file's bytes, counted as they are read (``MAX_FILE_BYTES``): a pipe or a device is
    refused before it is opened (opening a pipe waits for a writer; a device may never end)."""
    st = os.stat(name)  # follows links: a link to /dev/zero is judged by what it points at
    if stat.S_ISDIR(st.st_mode):
        try:
            os.scandir(name).close()
        except PermissionError:
            raise LoadError("This folder cannot be read (permission denied).") from None
        raise LoadError("This is a folder; load it with load_inputs.")
    if not stat.S_ISREG(st.st_mode):
        kind = next((what for test, what in _NOT_REGULAR if test(st.st_mode)), "not a file")
        raise LoadError(f"This is {kind}, not a regular file; only files can be loaded.")
    if st.st_size > MAX_FILE_BYTES:
        raise LoadError(f"This file is {st.st_size // 2**20:,} MB; articles over {MAX_FILE_BYTES // 2**20} MB are refused.")
    # O_NONBLOCK: should the file be swapped for a pipe after the check above, opening it does not wait
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LoadError("This is not a regular file; only files can be loaded.")
        chunks: list[bytes] = []
        total = 0
        while True:
            budget.check()
            chunk = os.read(fd, _READ_CHUNK)
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                cap = f"{MAX_FILE_BYTES // 2**20} MB" if MAX_FILE_BYTES >= 2**20 else f"{MAX_FILE_BYTES:,} bytes"
                raise LoadError(f"This file is larger than {cap} (counted as it was read); articles over {cap} are refused.")
            chunks.append(chunk)
    finally:
        os.close(fd)


def _os_error(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "There is no file at this path."
    if isinstance(exc, PermissionError):
        return "This file cannot be read (permission denied)."
    if exc.errno == errno.ENAMETOOLONG:
        return "This path is too long for the system to open (a file or folder name is over its limit)."
    if exc.errno == errno.ELOOP:
        return "This path is a loop of symbolic links."
    return f"This file cannot be read ({exc.strerror or type(exc).__name__})."


def load_path(path: str | os.PathLike[str], article_id: str = "a1", *,
              cancelled: Callable[[], bool] | None = None) -> Article:
    """One file; never raises (see the module's docstring)."""
    try:
        name = os.fsdecode(os.fspath(path))
    except TypeError:
        return _failed(article_id, f"A file path is text, not {type(path).__name__}.")
    shown = valid_unicode(name)  # a name that is not UTF-8 is shown with U+FFFD, and opened as it is
    title = Path(shown).name
    if not name.strip():
        return _failed(article_id, "No file or address was given.", title="(empty)")
    budget = Budget(cancelled=cancelled)
    try:
        data = _read_file(name, budget)
    except LoadError as exc:
        return _failed(article_id, str(exc), shown, title=title)
    except OSError as exc:
        return _failed(article_id, _os_error(exc), shown, title=title)
    except ValueError:  # os.stat: "embedded null byte"
        return _failed(article_id, "This path holds a NUL character; no file can have that name.", shown, title=title)
    except MemoryError:
        return _failed(article_id, "This file needs more memory to read than the computer has.", shown, title=title)
    except Exception as exc:
        return _failed(article_id, f"This file could not be read ({type(exc).__name__}).", shown, title=title)
    return load_bytes(data, name, article_id, path=shown, budget=budget)


_CONTENT_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf",
                  "text/plain": ".txt", "message/rfc822": ".eml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def load_url(url: str, article_id: str = "a1", timeout: float | None = None, *,
             cancelled: Callable[[], bool] | None = None) -> Article:
    """Fetch an http(s) URL within a total deadline (``timeout``, by default ``fetching.URL_DEADLINE_S``)
    and a size cap; never raises."""
    from .fetching import URL_DEADLINE_S, fetch, shown_url

    shown = valid_unicode(shown_url(url))
    try:
        page = fetch(url, URL_DEADLINE_S if timeout is None else timeout, cancelled)
        ext = _CONTENT_TYPES.get(page.content_type) or _url_extension(url) or ".html"
    except LoadError as exc:
        return _failed(article_id, str(exc), url=shown, title=shown)
    except Exception as exc:
        return _failed(article_id, f"The address could not be loaded ({type(exc).__name__}).", url=shown, title=shown)
    return load_bytes(page.data, "page" + ext, article_id, url=shown, charset=page.charset, cancelled=cancelled)


def _url_extension(url: str) -> str:
    try:
        return Path(urllib.parse.urlsplit(url).path).suffix.lower()
    except ValueError:
        return ""


def load(path_or_url: str | os.PathLike[str], article_id: str = "a1", *,
         cancelled: Callable[[], bool] | None = None) -> Article:
    """One input: a URL or a file path (str or ``os.PathLike``); never raises. ``cancelled`` is
    asked where the loader loops (the window's Cancel); true stops this input with a sentence."""
    try:
        item = os.fsdecode(os.fspath(path_or_url))
    except TypeError:
        return _failed(article_id, f"An input is a file path or a web address, not {type(path_or_url).__name__}.")
    if _URL_RE.match(item):
        return load_url(item.strip(), article_id, cancelled=cancelled)
    return load_path(item, article_id, cancelled=cancelled)


# A folder's own documentation, never an article, whatever its extension ("README.md", "LICENSE.txt"): a
# folder's walk leaves these files out without a word.
FOLDER_DOCUMENTS = frozenset({"readme", "license", "licence", "copying", "changelog", "changes", "notice",
                              "authors", "contributing", "install"})


def is_folder_document(name: str) -> bool:
    return Path(name).name.split(".")[0].lower() in FOLDER_DOCUMENTS


def expand_inputs(inputs: Iterable[str | os.PathLike[str]], skipped: list[str] | None = None) -> Iterator[str]:
    """Inputs with folders replaced by the article files inside them (recursively, sorted). Inside a folder,
    hidden files and the folder's documentation (README, LICENSE…) are left out quietly; files of a format
    Crosscount does not read are left out and appended to ``skipped``, so that the caller can say which (one
    may be an article the analyst expected). A file named as an input is passed on whatever it is: loading
    it says why it cannot be read. A subfolder that cannot be read is passed on as itself, so that loading
    it says why. Never raises."""
    for item in inputs:
        try:
            text = os.fsdecode(os.fspath(item))
        except TypeError:
            yield item  # type: ignore[misc]  # load() names what it is
            continue
        if _URL_RE.match(text) or not _is_folder(text):
            yield text
            continue
        unreadable: list[OSError] = []
        for root, dirs, files in os.walk(text, onerror=unreadable.append):
            dirs.sort()
            for name in sorted(files):
                if name.startswith(".") or is_folder_document(name):
                    continue
                if supported(name):
                    yield os.path.join(root, name)
                elif skipped is not None:
                    skipped.append(os.path.join(root, name))
        yield from (str(exc.filename) for exc in unreadable)


def skipped_note(skipped: list[str]) -> str | None:
    """What a load says of the files it left out of folders (None: none), naming the first few."""
    if not skipped:
        return None
    names = ", ".join(Path(p).name for p in skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
    files = "1 file" if len(skipped) == 1 else f"{len(skipped)} files"
    return f"{files} in the folder skipped, not in a format Crosscount reads ({names})"


def _is_folder(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):  # too long a name, a NUL in it: loading it as a file will say so
        return False


def text_fingerprint(text: str) -> str:
    """Same article, same fingerprint: whitespace and case do not count."""
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8", "replace")).hexdigest()


def from_text(text: str, article_id: str = "a1", title: str | None = None) -> Article:
    """An article from pasted or dropped text."""
    if not text.strip():
        return _failed(article_id, "The pasted text is empty.", title=title or "Pasted text")
    meta = text_metadata(valid_unicode(text))
    return _finish(replace(meta, title=title or meta.title), article_id, None, None)
