"""Bytes to text, once, at loading: which encoding, whether it was declared or guessed, and valid Unicode.

The order is the one browsers follow, with a guess only where nothing says what the bytes are:

1. a byte-order mark (UTF-32 marks are looked for before UTF-16's, whose mark they begin with);
2. a declaration: the web server's ``charset``, an HTML ``<meta charset>``, an XML ``encoding=``
   (labels ``latin-1`` and ``ascii`` mean windows-1252, as in browsers);
3. UTF-16 or UTF-32 without a mark, told by where the zero bytes fall;
4. UTF-8: valid UTF-8 is UTF-8; mostly-valid UTF-8 (a stray byte among real multi-byte characters)
   is still UTF-8, with U+FFFD for each bad byte, rather than the whole file read as mojibake;
5. a single-byte legacy encoding, chosen by the letters it yields: windows-1252 (Western),
   windows-1251 (Cyrillic), windows-1250 or ISO-8859-2 (Central European), KOI8-R (Russian) or Mac
   Roman, preferred in that order when they read equally well; charset-normalizer is asked only when
   none of them reads as words (Greek, Hebrew, Arabic, East Asian encodings).

Steps 3 to 5 are guesses and are marked as such (``Decoded.guessed``), so the window can say so.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .budget import LoadError

_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
         (b"\xef\xbb\xbf", "utf-8", "utf-8"), (b"\xfe\xff", "utf-16-be", "utf-16"), (b"\xff\xfe", "utf-16-le", "utf-16"))
# Text encodings a declaration may name (Python's codec names). Others (utf-7, idna, unicode_escape,
# the bytes-to-bytes codecs) are ignored: a page does not get to pick a codec that is not a charset.
_CHARSET_NAME = re.compile(r"(utf_8|utf_16(_[bl]e)?|utf_32(_[bl]e)?|cp\d+|iso8859_\d+|koi8_[a-z]+|mac_[a-z]+|"
                           r"shift_jis(_2004|x0213)?|euc_[a-z_\d]+|gb2312|gbk|gb18030|big5(hkscs)?|"
                           r"iso2022_[a-z_\d]+|tis_620|latin_1|ascii|hz|johab|ptcp154|kz1048)")
_AS_WINDOWS_1252 = {"latin_1", "ascii", "iso8859_1"}  # what browsers do with these labels
_META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""")
_ASCII_BYTES = bytes(range(128))
# The legacy code pages weighed against each other, in order of preference when they read equally well
_LEGACY = ("cp1252", "cp1251", "cp1250", "iso8859_2", "koi8_r", "mac_roman")
# Š š Ž ž: the same bytes in windows-1252 and -1250; in a text they mark a Central European language,
# so when the two read equally well (Czech "přibližně" as "pøibližnì"), windows-1250 is preferred
_CENTRAL_EUROPEAN_MARKS = re.compile(rb"[\x8a\x8e\x9a\x9e]")
_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")
_TYPOGRAPHY = frozenset("’‘“”„‚–—…€£¥«»°·•©®™§¶±×÷\u00a0¡¿²³¹½¼¾")
GUESS_SAMPLE_BYTES = 64_000
"""How much of a file the legacy-encoding guess reads: enough for any language's letters to show, and
it keeps the guess's cost flat however long the file is."""


@dataclass(frozen=True)
class Decoded:
    """Text and where its encoding came from."""

    text: str
    encoding: str
    guessed: bool


def valid_unicode(text: str) -> str:
    """``text`` as valid Unicode: lone surrogates (from undecodable file names, raw 8-bit e-mail headers,
    a PDF's character map) become U+FFFD; a surrogate pair becomes the character it stands for. Saving,
    JSON and exports never meet a surrogate."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` / ``http-equiv`` or an XML declaration names, if any."""
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def charset_codec(label: str | None) -> str | None:
    """The Python codec a charset label names, when it is a text encoding we accept (else None)."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except (LookupError, ValueError):
        return None
    if name in _AS_WINDOWS_1252:
        return "cp1252"
    if name.startswith(("utf_16", "utf_32")):  # without a byte-order mark, such a label is wrong more often
        return None  # than right (browsers read it as UTF-8); the zero bytes tell the wide encodings apart
    return name if _CHARSET_NAME.fullmatch(name) else None


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Bytes of a text or web file to text (see the module's docstring for the order of the rules)."""
    decoded = _decode(data, declared)
    if not decoded.text.strip():  # nothing but a byte-order mark, or blanks in a wide encoding
        raise LoadError("The file is empty.")
    return decoded


def _decode(data: bytes, declared: str | None) -> Decoded:
    if not data.strip():
        raise LoadError("The file is empty.")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(codec, errors="replace"), name, False)
    named = charset_codec(declared)
    if named is not None:
        return Decoded(data.decode(named, errors="replace"), named.replace("_", "-"), False)
    if b"\x00" in data[:4096]:
        wide = _wide_unicode(data)
        if wide is None:
            raise LoadError("This file holds binary data, not text.")
        return wide
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    repaired = _mostly_utf8(data)
    if repaired is not None:
        return Decoded(repaired, "utf-8", True)
    return _legacy(data)


def decode_fragment(data: bytes) -> str:
    """A few raw bytes with no declaration (an 8-bit e-mail header): UTF-8 when they are, else
    windows-1252, with U+FFFD for what neither decodes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _wide_unicode(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without a byte-order mark: text in any script with spaces or line breaks has
    zero bytes there (U+0020 is 20 00 in UTF-16LE), and decodes to printable characters."""
    for codec, unit in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % unit:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:20_000]
        printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t")
        if sample and printable >= 0.97 * len(sample) and any(ch.isspace() for ch in sample):
            return Decoded(text, codec, True)
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """The text, when ``data`` holds real multi-byte UTF-8 characters and no more bad sequences than good
    characters: a file written as UTF-8 and damaged, not a legacy file (which almost never holds a valid
    UTF-8 sequence). Counted in C (decode, count, translate), so a 50 MB file costs no Python loop."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    ascii_chars = len(data) - len(data.translate(None, _ASCII_BYTES))
    good = len(text) - ascii_chars - bad
    return text if good > 0 and bad <= good else None


def _legacy(data: bytes) -> Decoded:
    """The single-byte encoding whose letters read as words (see ``_plausibility``)."""
    sample = data[:GUESS_SAMPLE_BYTES]
    best: tuple[float, float, str] | None = None  # score, share of good characters, codec
    order: tuple[str, ...] = _LEGACY
    if _CENTRAL_EUROPEAN_MARKS.search(sample):
        order = ("cp1250", *(codec for codec in _LEGACY if codec != "cp1250"))
    for codec in order:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:  # a byte this code page leaves undefined: not this one
            continue
        good, bad = _plausibility(text)
        score = good - 2 * bad
        if best is None or score > best[0]:
            best = (score, good / max(1, good + bad), codec)
    if best is None or best[1] < 0.8:
        other = _charset_normalizer(data)
        if other is not None:
            return other
    codec = best[2] if best is not None else "cp1252"
    return Decoded(data.decode(codec, errors="replace"), codec.replace("_", "-"), True)


def _charset_normalizer(data: bytes) -> Decoded | None:
    """charset-normalizer's guess, for scripts beyond the three legacy families above."""
    from charset_normalizer import from_bytes

    found = from_bytes(data[:GUESS_SAMPLE_BYTES]).best()
    if found is None:
        return None
    codec = found.encoding
    return Decoded(data.decode(codec, errors="replace"), codec.replace("_", "-"), True)


def _plausibility(text: str) -> tuple[int, int]:
    """How many non-ASCII characters read as real writing (good) or as mojibake (bad).

    A word's accented Latin letters are good beside plain Latin letters ("Café", "übernahm") and
    bad in a word of nothing else ("Ìèíîáîðîíû" is Russian read as windows-1252); Cyrillic letters are
    good in a word of Cyrillic letters and bad mixed with Latin ones ("Cafй"); a letter cased like no
    word is ("mo¿E", "ódŸ") is bad. Typographic marks (’ “ – € £) are good between words and bad
    inside one; other symbols (¹ ³ ¤ ¦ and control codes) are bad."""
    good = bad = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        extra = sum(1 for ch in word if not ch.isascii())
        if _reads_as_word(word):
            good += extra
        else:
            bad += extra
    for m in _NON_ASCII_CHAR.finditer(text):
        ch, i = m.group(), m.start()
        if ch.isalpha():
            continue
        inside = 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
        if ch in _TYPOGRAPHY and not (inside and ch not in "’'"):
            good += 1
        elif ch.isspace() or unicodedata.category(ch) == "Mn":
            continue
        else:
            bad += 1
    return good, bad


def _reads_as_word(word: str) -> bool:
    """A word whose letters are of one script and cased as words are (see ``_plausibility``)."""
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    if cyrillic:
        return cyrillic == len(word) and not _odd_case(word)
    latin = all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in word)
    has_plain = any(ch.isascii() for ch in word)
    return latin and (has_plain or len(word) <= 2) and not _odd_case(word)


def _odd_case(word: str) -> bool:
    """A capital after a small letter inside a word ("ódŸ"): words are capitalised, all caps or small."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
