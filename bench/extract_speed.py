"""Extraction throughput of whichever crosscount this process imports: run it with
PYTHONPATH=build/compiled for the mypyc-compiled core (`make compiled`). Used by bench/run.py.

Prints tab-separated lines: the corpus, MB/s, bytes per figure; with ``--peers``, then crosscount's speed
over quantulum3's and recognizers-text's on the same articles, timed in turns so that a shared
machine's slow spells fall on both; last, the module that was measured."""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles, realistic  # noqa: E402

PASSES = 5  # best of five: a shared machine's noise only ever slows a pass down, and its slow spells last
# for seconds (passes of one process here ran at 2.35 MB/s, then at 1.4 for the next five)
PEER_PASSES = 3  # a peer's pass takes ~10 s: three, in turns with ours
PEER_ARTICLES = 30  # quantulum3 reads ~0.01 MB/s: 30 articles of ~4 KB take ~12 s a pass


def seconds_for(fn: Callable[[str], object], texts: list[str]) -> float:
    """CPU seconds of one pass: this process's own time, which other tenants of a shared machine do not
    inflate the way they inflate wall-clock time (extraction is single-threaded, so the two agree otherwise)."""
    start = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - start


def peers() -> dict[str, Callable[[str], object]]:
    found: dict[str, Callable[[str], object]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            from quantulum3 import parser as q3

            found["quantulum3"] = q3.parse
        except Exception:  # noqa: BLE001 - the bench extra is optional
            pass
        try:
            from recognizers_number import recognize_number
            from recognizers_text import Culture

            found["recognizers-text"] = lambda text: recognize_number(text, Culture.English)
        except Exception:  # noqa: BLE001
            pass
    return found


def main() -> None:
    import crosscount.core.extract.figures
    from crosscount.core.pipeline import extract_text

    extract_text("warm up: 5 soldiers, $5, 5 km")
    for name, texts in (("news", realistic()), ("dense", articles())):
        size = sum(len(t.encode("utf-8")) for t in texts)
        figures = sum(len(extract_text(t)) for t in texts)
        seconds = min(seconds_for(extract_text, texts) for _ in range(PASSES))
        print(f"{name}\t{size / seconds / 1e6:.3f}\t{size / figures:.0f}")
    if "--peers" in sys.argv:
        texts = realistic()[:PEER_ARTICLES]
        for peer, parse in peers().items():
            parse("warm up: 5 soldiers, $5, 5 km")
            ours, theirs = float("inf"), float("inf")
            for _ in range(PEER_PASSES):  # in turns
                ours = min(ours, seconds_for(extract_text, texts))
                theirs = min(theirs, seconds_for(parse, texts))
            size = sum(len(t.encode("utf-8")) for t in texts)
            print(f"vs {peer}\t{theirs / ours:.1f}\t{size / theirs / 1e6:.4f}")
    print(f"module\t{crosscount.core.extract.figures.__file__}")


if __name__ == "__main__":
    main()
