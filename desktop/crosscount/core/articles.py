"""Loading articles: files, folders and URLs into ``Article`` values, or a clear reason why not.

Readers are registered by extension (as Orange3 does with ``FileFormat``): each takes bytes and returns
the article's text and metadata. Every failure a person can cause (an empty file, a PDF that is
encrypted, a "Word" file that is not one) becomes ``Article.error``, a sentence that says what is wrong;
it never raises, so one bad file never takes the others down.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import os
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from io import BytesIO
from pathlib import Path

from .dates import find_dates, infer_reference
from .model import Article

MAX_FILE_BYTES = 50 * 1024 * 1024  # far above any article; refuse rather than hang
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a .docx that inflates past this is treated as a zip bomb
MAX_URL_BYTES = 20 * 1024 * 1024
URL_TIMEOUT_S = 15.0
MAX_HTML_DEPTH = 400  # deeper nesting is not a news page; lxml and trafilatura would recurse on it


class LoadError(Exception):
    """A reason an input cannot be read, worded for the person who chose it."""


@dataclass(frozen=True)
class Parsed:
    """What a reader gives back; ``load`` turns it into an Article."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None


Reader = Callable[[bytes], Parsed]
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


def decode_text(data: bytes) -> str:
    """Bytes of a text file to str: BOMs first, then strict UTF-8, then charset-normalizer's best guess."""
    if not data.strip():
        raise LoadError("The file is empty.")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data[:4096]:
        raise LoadError("This file holds binary data, not text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise LoadError("This file holds binary data, not text.")
    return str(best)


_DATELINE_RE = re.compile(r"(?im)^\s*(?:published|posted|updated|date|first published)\s*(?:on)?\s*[:\-–]?\s*(?P<rest>.{6,60})$")


def text_metadata(text: str) -> Parsed:
    """Title from the first line; date from a dateline ("Published: August 18, 2023") near the top."""
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
    return Parsed(text=text, title=title, published=published)


@reader(".txt", ".md", ".text")
def read_text(data: bytes) -> Parsed:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    return text_metadata(text)


# ------------------------------------------------------------------------------------------------ html


def _html_depth_ok(data: bytes) -> bool:
    """A cheap guard before parsing: nesting far deeper than any page means a hostile or broken file."""
    depth = 0
    deepest = 0
    for m in re.finditer(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>", data[:5_000_000]):
        if m.group(1):
            depth = max(0, depth - 1)
        elif not m.group(3) and m.group(2).lower() not in (b"br", b"img", b"meta", b"link", b"input", b"hr"):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_HTML_DEPTH:
                return False
    return True


@reader(".html", ".htm", ".xhtml")
def read_html(data: bytes) -> Parsed:
    if not data.strip():
        raise LoadError("The file is empty.")
    if not _html_depth_ok(data):
        raise LoadError(f"This web page is nested more than {MAX_HTML_DEPTH} levels deep; it is not a readable article.")
    import trafilatura

    html = decode_text(data)
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
    return Parsed(text=body, title=title, outlet=d.get("sitename") or d.get("hostname"),
                  published=d.get("date"), author=d.get("author"), url=d.get("url"))


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
def read_pdf(data: bytes) -> Parsed:
    if not data.strip():
        raise LoadError("The file is empty.")
    if not data.lstrip().startswith(b"%PDF"):
        raise LoadError("This is not a PDF file (it does not start with %PDF).")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pdf = PdfReader(BytesIO(data))
        if pdf.is_encrypted:
            try:
                opened = bool(pdf.decrypt(""))  # some PDFs are "encrypted" with an empty password
            except Exception:
                opened = False
            if not opened:
                raise LoadError("This PDF is encrypted with a password; open it, save an unprotected copy, and load that.")
        pages = [page.extract_text() or "" for page in pdf.pages]
        meta = pdf.metadata
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise LoadError(f"This PDF is damaged or truncated and cannot be read ({type(exc).__name__}).") from exc
    text = clean_extracted("\n\n".join(pages))
    if not text:
        raise LoadError("This PDF has no text layer (it may be a scan); run OCR on it first.")
    parsed = text_metadata(text)
    title = (meta.title if meta and meta.title else None) or parsed.title
    return replace(parsed, title=title, author=meta.author if meta else None)


# ------------------------------------------------------------------------------------------------ docx


def _check_zip(data: bytes, what: str) -> None:
    if not zipfile.is_zipfile(BytesIO(data)):
        raise LoadError(f"This is not a {what} (a .docx is a zip archive, and this file is not one).")
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            total = sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, NotImplementedError, UnicodeDecodeError, ValueError, EOFError) as exc:
        # a damaged directory of the archive: zipfile says so in its own words and errors
        raise LoadError(f"This {what} is damaged: its zip archive cannot be read ({exc}).") from exc
    if total > MAX_UNZIPPED_BYTES:
        raise LoadError(f"This {what} would unpack to {total // 2**20:,} MB, far more than any article; it was not opened.")


@reader(".docx")
def read_docx(data: bytes) -> Parsed:
    if not data.strip():
        raise LoadError("The file is empty.")
    _check_zip(data, "Word document")
    import docx  # python-docx parses with resolve_entities=False and no network access
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise LoadError("This Word document is damaged or not a .docx file.") from exc
    except Exception as exc:  # lxml raises its own syntax errors for broken XML parts
        raise LoadError(f"This Word document could not be read ({type(exc).__name__}).") from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text.strip() for cell in row.cells))
    text = "\n\n".join(p.strip() for p in parts if p.strip())
    if not text:
        raise LoadError("This Word document has no text.")
    parsed = text_metadata(text)
    props = document.core_properties
    return replace(parsed, title=props.title or parsed.title, author=props.author or None)


# ------------------------------------------------------------------------------------------------ eml


@reader(".eml")
def read_eml(data: bytes) -> Parsed:
    if not data.strip():
        raise LoadError("The file is empty.")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not msg.keys():
        raise LoadError("This is not an e-mail message (no headers were found).")
    published = None
    date_header = _header(msg, "date")
    if date_header:
        try:
            published = parsedate_to_datetime(str(date_header)).date().isoformat()
        except (TypeError, ValueError):
            published = None
    body = msg.get_body(preferencelist=("html", "plain")) if hasattr(msg, "get_body") else None
    if body is None:
        raise LoadError("This e-mail has no text or HTML body.")
    try:
        content = body.get_content()
    except LookupError:  # a charset Python does not know: read the bytes as UTF-8, marking what does not decode
        payload = body.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload or "")
    if body.get_content_type() == "text/html":
        text = read_html(content.encode("utf-8")).text
    else:
        text = content.replace("\r\n", "\n").strip()
    if not text:
        raise LoadError("This e-mail has no text.")
    addresses = getattr(_header(msg, "from"), "addresses", None)
    outlet = addresses[0].display_name if addresses else None
    subject_header = _header(msg, "subject")
    subject = str(subject_header) if subject_header else None
    if subject and not text.startswith(subject):
        text = f"{subject}\n\n{text}"
    return Parsed(text=text, title=subject or text_metadata(text).title, outlet=outlet or None, published=published)


def _header(msg: email.message.Message, name: str) -> object | None:
    """A header as the email package parses it, or None where it is missing or so malformed that the
    parser fails on it (it raises IndexError, AttributeError and others from inside; a bad header is no
    reason to lose the message's text)."""
    try:
        return msg[name]
    except (IndexError, AttributeError, TypeError, ValueError, LookupError):
        return None


# ------------------------------------------------------------------------------------------------ entry


def _finish(parsed: Parsed, article_id: str, path: str | None, url: str | None) -> Article:
    published = parsed.published
    inferred = False
    if not published:
        guess = infer_reference(find_dates(parsed.text))
        published = guess.isoformat() if guess else None
        inferred = guess is not None
    title = parsed.title or (Path(path).stem if path else url)
    return Article(id=article_id, text=parsed.text, title=title, outlet=parsed.outlet, published=published,
                   published_inferred=inferred, author=parsed.author, path=path, url=parsed.url or url)


def load_bytes(data: bytes, name: str, article_id: str = "a1", path: str | None = None,
               url: str | None = None) -> Article:
    """Read bytes whose kind is told by ``name``'s extension (a URL's content type maps to one)."""
    ext = Path(name).suffix.lower()
    read = READERS.get(ext)
    if read is None:
        return Article(id=article_id, path=path, url=url, title=Path(name).name,
                       error=f"Crosscount cannot read '{ext or name}' files; it reads {', '.join(sorted(READERS))}.")
    try:
        return _finish(read(data), article_id, path, url)
    except LoadError as exc:
        return Article(id=article_id, path=path, url=url, title=Path(name).name, error=str(exc))
    except RecursionError:
        return Article(id=article_id, path=path, url=url, title=Path(name).name,
                       error="This file is nested too deeply to read.")


def load_path(path: str | os.PathLike[str], article_id: str = "a1") -> Article:
    p = Path(path)
    shown = str(p)
    try:
        size = p.stat().st_size
        if p.is_dir():
            return Article(id=article_id, path=shown, title=p.name, error="This is a folder; load it with load_inputs.")
        if size > MAX_FILE_BYTES:
            return Article(id=article_id, path=shown, title=p.name,
                           error=f"This file is {size // 2**20:,} MB; articles over {MAX_FILE_BYTES // 2**20} MB are refused.")
        data = p.read_bytes()
    except FileNotFoundError:
        return Article(id=article_id, path=shown, title=p.name, error="There is no file at this path.")
    except PermissionError:
        return Article(id=article_id, path=shown, title=p.name, error="This file cannot be read (permission denied).")
    except OSError as exc:
        return Article(id=article_id, path=shown, title=p.name, error=f"This file cannot be read ({exc.strerror}).")
    return load_bytes(data, p.name, article_id, path=shown)


_CONTENT_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf",
                  "text/plain": ".txt", "message/rfc822": ".eml",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def load_url(url: str, article_id: str = "a1", timeout: float = URL_TIMEOUT_S) -> Article:
    """Fetch an http(s) URL with a timeout and a size cap; errors become ``Article.error``."""
    if not url.lower().startswith(("http://", "https://")):
        return Article(id=article_id, url=url, title=url, error="Only http:// and https:// addresses can be loaded.")
    request = urllib.request.Request(url, headers={"User-Agent": "Crosscount/0.1 (+desktop article reader)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            data = resp.read(MAX_URL_BYTES + 1)
            ctype = resp.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        return Article(id=article_id, url=url, title=url, error=f"The server answered {exc.code} {exc.reason}.")
    except (TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            return Article(id=article_id, url=url, title=url, error=f"The address did not answer within {timeout:g} s.")
        return Article(id=article_id, url=url, title=url, error=f"The address could not be reached ({reason}).")
    if len(data) > MAX_URL_BYTES:
        return Article(id=article_id, url=url, title=url,
                       error=f"The page is larger than {MAX_URL_BYTES // 2**20} MB; it was not loaded.")
    ext = _CONTENT_TYPES.get(ctype) or Path(urllib.parse.urlparse(url).path).suffix.lower() or ".html"
    return load_bytes(data, "page" + ext, article_id, url=url)


def load(path_or_url: str, article_id: str = "a1") -> Article:
    """One input: a URL or a file path."""
    if re.match(r"(?i)^https?://", path_or_url):
        return load_url(path_or_url, article_id)
    return load_path(path_or_url, article_id)


def expand_inputs(inputs: list[str]) -> Iterator[str]:
    """Inputs with folders replaced by the supported files inside them (recursively, sorted)."""
    for item in inputs:
        p = Path(item)
        if not re.match(r"(?i)^https?://", item) and p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if supported(name) and not name.startswith("."):
                        yield str(Path(root) / name)
        else:
            yield item


def text_fingerprint(text: str) -> str:
    """Same article, same fingerprint: whitespace and case do not count."""
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def from_text(text: str, article_id: str = "a1", title: str | None = None) -> Article:
    """An article from pasted or dropped text."""
    if not text.strip():
        return Article(id=article_id, title=title or "Pasted text", error="The pasted text is empty.")
    meta = text_metadata(text)
    return _finish(replace(meta, title=title or meta.title), article_id, None, None)
