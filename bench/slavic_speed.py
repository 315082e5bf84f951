"""Russian and Ukrainian extraction beside English, measured in the same run (issue 23: within 2× of English).

Articles of about 4,000 characters are built with a fixed seed: English from bench/corpus.py's news mix
(one sentence in five carries figures), Russian and Ukrainian from frozen copies of their corpora's
sentences (bench/sentences_ru.txt, sentences_uk.txt) at the same density, their figure-free lines
standing for prose; and a figure-dense mix of each (every sentence carries figures). Each language's
passes are timed in turns with the others (CPU time, best of five), so that a shared machine's slow spells
fall on all of them. Speed is given in characters a second (Cyrillic takes two bytes a character in UTF-8,
so bytes would flatter it twofold) and as the ratio of English's speed to each language's.

Run it with PYTHONPATH=build/compiled for the mypyc-compiled core (`make compiled`).

    python bench/slavic_speed.py
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles, realistic  # noqa: E402

HERE = Path(__file__).parent
PASSES = 5
ARTICLES = 60


def _sentences(lang: str) -> tuple[list[str], list[str]]:
    """(sentences with figures, sentences without) of a frozen corpus copy."""
    lines = (HERE / f"sentences_{lang}.txt").read_text(encoding="utf-8").splitlines()
    return [s[2:] for s in lines if s.startswith("+ ")], [s[2:] for s in lines if s.startswith("- ")]


def slavic_articles(lang: str, density: float, n: int = ARTICLES, seed: int = 20261202) -> list[str]:
    """``n`` articles of about 4,000 characters, ``density`` of their sentences carrying figures."""
    with_figures, prose = _sentences(lang)
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body: list[str] = []
        while sum(len(s) + 1 for s in body) < 4000:
            body.append(rng.choice(with_figures) if rng.random() < density else rng.choice(prose))
        out.append(f"Сводка {i}\n\n" + "\n\n".join(" ".join(body[j:j + 3]) for j in range(0, len(body), 3)))
    return out


def seconds_for(fn: Callable[[str], object], texts: list[str]) -> float:
    start = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - start


def main() -> int:
    import crosscount.core.extract.figures as figures
    from crosscount.core.pipeline import extract_text

    mixes = {
        "news": {"en": realistic(ARTICLES), "ru": slavic_articles("ru", 0.2), "uk": slavic_articles("uk", 0.2)},
        "dense": {"en": articles(ARTICLES), "ru": slavic_articles("ru", 1.0), "uk": slavic_articles("uk", 1.0)},
    }
    for texts in mixes["news"].values():
        extract_text(texts[0])  # warm up: the lexicons, the language model, the dictionaries
    print(f"{'mix':<6} {'lang':<4} {'kchar/s':>9} {'figures':>8} {'English / it':>13}")
    for mix, by_lang in mixes.items():
        best = dict.fromkeys(by_lang, float("inf"))
        for _ in range(PASSES):  # in turns
            for lang, texts in by_lang.items():
                best[lang] = min(best[lang], seconds_for(extract_text, texts))
        speed = {lang: sum(map(len, by_lang[lang])) / best[lang] for lang in by_lang}
        for lang, texts in by_lang.items():
            found = sum(len(extract_text(t)) for t in texts)
            print(f"{mix:<6} {lang:<4} {speed[lang] / 1e3:9.0f} {found:8d} {speed['en'] / speed[lang]:12.2f}×")
    print(f"module {figures.__file__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
