"""A cold `crosscount extract` of the seed article beside a bare `python -c pass`, in fresh processes.

Each command runs once untimed (it writes the bytecode cache an installed app has, see run.cold), then
``--repeat`` times; the best and the median are printed, and their ratio to the bare interpreter.
Usage: python bench/cold_start.py [--repeat N] [--python PYTHON]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "resources" / "samples" / "kazakhstan-recruitment.txt"


def timings(cmd: list[str], repeat: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        out.append(time.perf_counter() - start)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    bare = timings([args.python, "-c", "pass"], args.repeat)
    cold = timings([args.python, "-m", "crosscount", "extract", str(SEED)], args.repeat)
    for label, t in (("python -c pass", bare), ("crosscount extract (seed)", cold)):
        print(f"{label}\tbest {min(t):.3f} s\tmedian {statistics.median(t):.3f} s")
    print(f"ratio\tbest {min(cold) / min(bare):.1f}x\tmedian {statistics.median(cold) / statistics.median(bare):.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
