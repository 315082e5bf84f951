"""Extraction throughput of whichever crosscount this process imports: run it with
PYTHONPATH=build/compiled for the mypyc-compiled core (`make compiled`). Used by bench/run.py.

Prints tab-separated lines: the corpus, MB/s, bytes per figure; then the module that was measured."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles, realistic  # noqa: E402

PASSES = 3  # best of three: a shared machine's noise only ever slows a pass down


def best_mbs(texts: list[str]) -> float:
    from crosscount.core.pipeline import extract_text

    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(PASSES):
        start = time.perf_counter()
        for t in texts:
            extract_text(t)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6


def main() -> None:
    import crosscount.core.claims
    from crosscount.core.pipeline import extract_text

    extract_text("warm up: 5 soldiers, $5, 5 km")
    for name, texts in (("news", realistic()), ("dense", articles())):
        figures = sum(len(extract_text(t)) for t in texts)
        per_figure = sum(len(t.encode()) for t in texts) / figures
        print(f"{name}\t{best_mbs(texts):.3f}\t{per_figure:.0f}")
    print(f"module\t{crosscount.core.claims.__file__}")


if __name__ == "__main__":
    main()
