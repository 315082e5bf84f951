"""A speaker's name put in the nominative, as the corpus and the window show it: "по данным губернатора
Курской области Алексея Смирнова" → "губернатор Курской области Алексей Смирнов".

Russian and Ukrainian decline a speaker's name after "по данным", "по словам", "сообщили в", "згідно з";
pymorphy3 (OpenCorpora's dictionaries for Russian, those of the Ukrainian project for Ukrainian) tells
each word's case and inflects it. The analysers are loaded at the first name that needs one (some 0.2 s
for Russian), never for English text.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

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
    """``_nominative_phrase`` of the words (a speaker named again and again is inflected once)."""
    return list(_nominative_phrase(tuple(words), case, lang))


@lru_cache(maxsize=4096)
def _nominative_phrase(phrase: tuple[str, ...], case: str, lang: str) -> tuple[str, ...]:
    """A speaker's noun phrase in ``case`` (its words as written) put in the nominative: the modifiers
    and the head noun, agreeing with the head ("краевого министерства" → "краевое министерство"), and a
    person's name after the head ("губернатора … Алексея Смирнова"); the complements in the genitive
    ("Курской области", "кабинета министров") stay as they are. Of a hyphenated name only the last part
    declines ("Левада-Центра" → "Левада-Центр"); a name in capitals ("МВД", "ОВД-Инфо") stays."""
    words = list(phrase)
    if case == "nomn" or not words:
        return phrase
    analyzer = _analyzer(lang)
    out = list(words)
    modifiers: list[int] = []
    head_done = False
    for i, word in enumerate(words):
        if not word[:1].isalpha():
            continue
        if head_done and word in ("и", "і", "та", "й") and i + 1 < len(words):
            head_done = False  # "«Медузы» и «Медиазоны»": a second head, in the same case
            continue
        head_part, _, last_part = word.rpartition("-")
        if last_part[:1].isupper() and any(c.isupper() for c in last_part[1:]):
            if not head_done:  # "местного МВД": the modifiers agree with the acronym's gender
                noun = next((p for p in analyzer.parse(last_part) if p.tag.POS in _HEAD_POS), None)
                for m in modifiers:  # (an acronym the dictionary lacks: each modifier in its own gender)
                    own = _nominative(analyzer, words[m], case, _MODIFIER_POS)
                    out[m] = _agreeing(analyzer, words[m], case, noun) if noun is not None else own or words[m]
                head_done = True
            continue  # "МВД", "ОВД-Инфо": written in capitals, indeclinable
        if not head_done:
            parses = [p for p in analyzer.parse(last_part) if p.tag.case == case]
            modifier = next((p for p in parses if p.tag.POS in _MODIFIER_POS), None)
            nouns = [p for p in parses if p.tag.POS in _HEAD_POS]
            noun = next((p for p in nouns if p.tag.animacy == "anim"), nouns[0] if nouns else None)
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if modifier is not None and (noun is None or (nxt[:1].isalpha() and _in_case(analyzer, nxt, case))):
                modifiers.append(i)
                continue
            if noun is None:
                return tuple(out)  # a word in no reading of the case: the phrase is not what it seemed, keep it as written
            form = noun.inflect({"nomn"})
            if form is not None:
                out[i] = (head_part + "-" if head_part else "") + _as_written(last_part, form.word)
            for m in modifiers:
                out[m] = _agreeing(analyzer, words[m], case, noun)
            head_done = True
            continue
        if word[:1].isupper() and any(any(t in p.tag for t in _NAME_TAGS) and p.tag.case == case
                                      for p in analyzer.parse(word)):
            form = _nominative(analyzer, word, case, _HEAD_POS)
            if form is not None:
                out[i] = form
        elif word[:1].isupper() and i > 0 and _unknown_surname_after_his_name(analyzer, words[i - 1], word, case):
            out[i] = word[:-1]  # "Олега Синєгубова" → "Олег Синєгубов"
    if not head_done:  # "в Смольном": an adjective standing for the noun
        for m in modifiers:
            out[m] = _nominative(analyzer, words[m], case, _MODIFIER_POS) or words[m]
    return tuple(out)


_SURNAME_GENITIVES = ("ова", "ева", "єва", "іна", "ина", "їна")


def _unknown_surname_after_his_name(analyzer: Any, name: str, word: str, case: str) -> bool:
    """Whether ``word`` is a man's surname the dictionary lacks, in the genitive after his first name
    ("Олега Синєгубова", "Вадима Філашкіна"): its "-ова"/"-іна" is the genitive of "-ов"/"-ін"."""
    if case != "gent" or not word.endswith(_SURNAME_GENITIVES):
        return False
    return any("Name" in p.tag and p.tag.gender == "masc" and p.tag.case == "gent" for p in analyzer.parse(name))


def _in_case(analyzer: Any, word: str, case: str) -> bool:
    """Whether one reading of ``word`` is a noun or a modifier in ``case``."""
    return any(p.tag.case == case and p.tag.POS in _HEAD_POS | _MODIFIER_POS for p in analyzer.parse(word.rpartition("-")[2]))


def _agreeing(analyzer: Any, word: str, case: str, head: Any) -> str:
    """The modifier ``word`` in the nominative, in the gender and number of its head noun."""
    grammemes = {"nomn", head.tag.number} if head.tag.number == "plur" else {"nomn", head.tag.number, head.tag.gender}
    for parse in analyzer.parse(word):
        if parse.tag.POS in _MODIFIER_POS and parse.tag.case == case:
            form = parse.inflect({g for g in grammemes if g})
            if form is not None:
                return _as_written(word, form.word)
    return word



@lru_cache(maxsize=16384)
def genitive(word: str, lang: str) -> bool:
    """Whether ``word``'s likeliest reading is a noun or an adjective in the genitive ("оборони",
    "финансов"): a complement naming what the noun before it is of."""
    parses = _analyzer(lang).parse(word)
    return bool(parses) and parses[0].tag.case == "gent" and parses[0].tag.POS in _HEAD_POS | _MODIFIER_POS


def any_future(words: list[str], lang: str) -> bool:
    """Whether one of ``words`` is, in its likeliest reading, a verb in the future tense ("проиндексируют",
    "составит", "зросте"): the sentence speaks of what will be, so its dates without a year lie ahead."""
    return any(_future(word.lower(), lang) for word in words)


@lru_cache(maxsize=16384)
def _future(word: str, lang: str) -> bool:
    parses = _analyzer(lang).parse(word)
    return bool(parses) and parses[0].tag.POS == "VERB" and parses[0].tag.tense == "futr"
