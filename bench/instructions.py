"""Instructions executed to extract the first N articles of the news mix, counted by valgrind's callgrind.

Why: on a shared machine the same code's timings move by ±30% from pass to pass, which hides a 5% gain.
An instruction count does not move: it is the measure to compare two versions of the extraction code
with (`PYTHONPATH=<other tree>/desktop python bench/instructions.py`). It is slow (~50× the plain run), so
it is not part of `make bench`. Prints millions of instructions: the run minus the same process without
the extraction (interpreter, imports, corpus building).

Usage: python bench/instructions.py [N]   (N articles, 40 by default; needs valgrind)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

WORKLOAD = """
import os, sys
sys.path.insert(0, {bench!r})
from corpus import realistic
from crosscount.core.pipeline import extract_text
texts = realistic()[:{n}]
extract_text("warm up: 5 soldiers killed, $5, 5 km, said Reuters")  # loads the tables the run would load
if os.environ.get("CROSSCOUNT_BENCH_RUN"):
    for t in texts:
        extract_text(t)
"""


def collected(code: str, run: bool) -> int:
    env = {**os.environ, "CROSSCOUNT_BENCH_RUN": "1" if run else ""}
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code],
        capture_output=True, text=True, env=env, check=True,
    )
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise RuntimeError(f"callgrind printed no count:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    code = WORKLOAD.format(bench=str(Path(__file__).parent), n=n)
    millions = (collected(code, run=True) - collected(code, run=False)) / 1e6
    print(f"instructions\t{millions:.0f} M\t{n} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
