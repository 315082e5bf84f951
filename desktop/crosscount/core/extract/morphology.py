"""A speaker's name put in the nominative, as the corpus and the window show it: "по данным губернатора
Курской области Алексея Смирнова" → "губернатор Курской области Алексей Смирнов".

Russian and Ukrainian decline a speaker's name after "по данным", "по словам", "сообщили в", "згідно з";
pymorphy3 (OpenCorpora's dictionaries for Russian, those of the Ukrainian project for Ukrainian) tells
each word's case and inflects it. The analysers are loaded at the first name that needs one (some 0.2 s
for Russian), never for English text.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# The grammatical case a frame governs: "по данным" + genitive, "согласно" + dative, "в" + locative.
CASES = ("gent", "datv", "loct", "ablt", "accs", "nomn")
_HEAD_POS = frozenset({"NOUN"})
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR"})
_NAME_TAGS = ("Name", "Surn", "Patr")


@cache
def _analyzer(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def _as_written(word: str, form: str) -> str:
    """``form`` (lower case) in the capitals of ``word``: "Алексея" → "Алексей", "МВД" stays."""
    if word.isupper() and len(word) > 1:
        return word
    if word[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _nominative(analyzer: Any, word: str, case: str, pos: frozenset[str]) -> str | None:
    """``word`` in the nominative, when one of its readings is of ``pos`` in ``case``; else None."""
    for parse in analyzer.parse(word):
        if parse.tag.POS in pos and parse.tag.case == case:
            form = parse.inflect({"nomn"})
            return _as_written(word, form.word) if form is not None else None
    return None


def nominative(words: list[str], case: str, lang: str) -> list[str]:
    """A speaker's noun phrase in ``case`` (its words as written) put in the nominative: the modifiers
    and the head noun, and a person's name after the head ("губернатора … Алексея Смирнова"); the
    complements in the genitive ("Курской области", "кабинета министров") stay as they are."""
    if case == "nomn" or not words:
        return list(words)
    analyzer = _analyzer(lang)
    out = list(words)
    head_done = False
    for i, word in enumerate(words):
        if not word[:1].isalpha():
            continue
        if not head_done:
            modifier = _nominative(analyzer, word, case, _MODIFIER_POS)
            if modifier is not None:
                out[i] = modifier
                continue
            head = _nominative(analyzer, word, case, _HEAD_POS)
            if head is not None:
                out[i] = head
                head_done = True
                continue
            return out  # a word in no reading of the case: the phrase is not what it seemed, keep it as written
        if word[:1].isupper() and any(any(t in p.tag for t in _NAME_TAGS) and p.tag.case == case
                                      for p in analyzer.parse(word)):
            form = _nominative(analyzer, word, case, _HEAD_POS)
            if form is not None:
                out[i] = form
    return out
