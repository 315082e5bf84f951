"""Whether extraction's cost grows linearly with the text: seconds per MB on a figure-dense text of 8 MB
against the same at 400 kB (the target: within 1.3×).

The text is the benchmark's figure-dense articles (bench/corpus.py) joined into one, with a signed figure
("-4C", "(-2.1%)", "minus 20 degrees") in every few sentences: a path that reads the text before each
figure (as ``apply_sign`` once copied it) shows here as a ratio far above 1. Both the figure finder alone
(``figures._Extractor.figures``) and the whole of ``crosscount.extract`` are timed, in CPU seconds, best of
``PASSES``.

Prints tab-separated lines: what was timed, size, seconds per MB; then the ratio of 8 MB to 400 kB. With
``--table``, only bench/run.py's rows (what, figure, notes).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402

SMALL, LARGE = 400_000, 8_000_000
PASSES = 3
SIGNED = ("Overnight the temperature fell to -4C.", "The index slipped (-2.1%) on Friday.",
          "Forecasters expect minus 20 degrees by Sunday.", "The balance stood at -$350 million.")


def dense_text(size: int) -> str:
    """At least ``size`` characters of figure-dense articles, a signed figure after every third paragraph."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        for article in articles():
            for j, paragraph in enumerate(article.split("\n\n")):
                parts.append(paragraph)
                if j % 3 == 2:
                    parts.append(SIGNED[i % len(SIGNED)])
                    i += 1
                total += len(paragraph) + 2
            if total >= size:
                break
    return "\n\n".join(parts)[:size]


def seconds(fn: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(PASSES):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    import crosscount
    from crosscount.core.extract import figures as claims

    timed: dict[str, Callable[[str], object]] = {
        "figures": lambda text: claims._Extractor(text).figures(),
        "crosscount.extract": crosscount.extract,
    }
    small, large = dense_text(SMALL), dense_text(LARGE)
    for name, fn in timed.items():
        fn("warm up: 5 soldiers, -4C, $5, 5 km")
        per_mb = {}
        for label, text in (("400 kB", small), ("8 MB", large)):
            per_mb[label] = seconds(fn, text) / (len(text) / 1e6)
            if "--table" not in sys.argv:
                print(f"{name}\t{label}\t{per_mb[label]:.3f} s/MB")
        ratio = per_mb["8 MB"] / per_mb["400 kB"]
        if "--table" in sys.argv:
            print(f"{name}, cost per MB at 8 MB over 400 kB\t{ratio:.2f}×\t{per_mb['400 kB']:.2f} and "
                  f"{per_mb['8 MB']:.2f} s/MB, figure-dense text with signed figures (target: within 1.3×)")
        else:
            print(f"{name}\tratio\t{ratio:.2f}")


if __name__ == "__main__":
    main()
