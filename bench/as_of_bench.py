"""The as-of resolver on sentences crowded with figures and dates: its cost must grow with their number,
not with its square (issue 19: one sentence of 800 figures and 800 dates took 9.4 s when every figure
weighed every date).

Prints tab-separated lines: the input, its size in bytes, the best seconds of five runs, and seconds per
kB; run it with PYTHONPATH=build/compiled for the compiled core. For bench/run.py, a line of its table:
"as_of, 800 figures × 800 dates in one sentence".
"""

from __future__ import annotations

import time

import crosscount
import crosscount.core.extract.figures

INPUTS = {
    "'5 in 2019 ' x 800 (one sentence)": "5 in 2019 " * 800,
    "'5 in 2019 ' x 3200 (one sentence)": "5 in 2019 " * 3200,
    "dates far from figures x 400": "In March 2023, officials counted 40 soldiers killed, and since May 2022, " * 400,
    # (four times as long: the same seconds per kB where every path is linear; 0.038 → 0.083 s/kB before the
    # sentence's speakers and lead were bounded per figure, see docs/benchmarks.md)
    "dates far from figures x 1600": "In March 2023, officials counted 40 soldiers killed, and since May 2022, " * 1600,
}


def best_of(text: str, passes: int = 5) -> float:
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        crosscount.extract(text, published="2024-01-01")
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    for name, text in INPUTS.items():
        seconds = best_of(text)
        print(f"{name}\t{len(text)}\t{seconds:.4f}\t{seconds / (len(text) / 1000):.5f}")
    print(f"module\t{crosscount.core.extract.figures.__file__}")


if __name__ == "__main__":
    main()
