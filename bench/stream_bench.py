"""`crosscount extract --format jsonl --jobs 2` over N generated articles (bench/corpus.py, ~4 KB each):
articles per second, and the peak resident memory of the largest process (the parent or a worker),
sampled from /proc every 0.1 s. Run it at two sizes to see that memory stays flat. With --batch, also
`crosscount batch` on a local cluster of two worker processes over the same inputs. Prints one line per
figure: label, figure and notes, tab-separated (the rows of bench/run.py).

Usage: python bench/stream_bench.py [--batch] [N ...]   (default: 1000 10000)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import realistic  # noqa: E402


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo.extend(int(c) for c in task.read_text().split())
            except OSError:
                pass
    return out


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def generate(n: int, folder: Path) -> Path:
    inputs = folder / f"in-{n}"
    inputs.mkdir()
    texts = realistic(min(n, 2000))
    for i in range(n):  # 2,000 distinct bodies, each made unique by its heading (the same text is one article)
        (inputs / f"{i:07}.txt").write_text(f"Dispatch {i}\n\n" + texts[i % len(texts)], encoding="utf-8")
    return inputs


def run(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak MB of the largest process in its tree) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    while proc.poll() is None:
        peak = max([peak, *(_rss_mb(p) for p in _tree(proc.pid))])
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "failed")
    return seconds, peak


def main(argv: list[str]) -> int:
    with_batch = "--batch" in argv
    sizes = [int(a) for a in argv[1:] if a != "--batch"] or [1000, 10000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            inputs = generate(n, Path(tmp))
            out = Path(tmp) / f"out-{n}.jsonl"
            seconds, peak = run([sys.executable, "-m", "crosscount", "extract", str(inputs), "--format", "jsonl",
                                 "--jobs", "2", "-o", str(out)])
            with out.open("rb") as fh:
                written = sum(1 for _ in fh)
            print(f"extract --format jsonl --jobs 2, {n:,} articles\t{n / seconds:.0f} articles/s"
                  f"\tpeak {peak:.0f} MB (largest process), {written:,} lines in {seconds:.1f} s")
            if with_batch:
                seconds, peak = run([sys.executable, "-m", "crosscount", "batch", str(inputs), "-o",
                                     str(Path(tmp) / f"batch-{n}")])
                print(f"batch on a LocalCluster of 2 processes, {n:,} articles\t{n / seconds:.0f} articles/s"
                      f"\tpeak {peak:.0f} MB (largest process), {seconds:.1f} s with the cluster's start")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
