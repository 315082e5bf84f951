"""`make bench`: figures for Crosscount beside its peers, measured in the same run on the same corpus.

Prints one table. Peers (quantulum3, recognizers-text) are measured when the `bench` extra installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
ROOT = Path(__file__).resolve().parents[1]


def cold(cmd: list[str], repeat: int = 3, env: dict[str, str] | None = None) -> float:
    """Best wall-clock seconds of ``cmd`` in a fresh process, after one untimed run that writes the
    bytecode cache: an installed app has its bytecode (pip compiles it), whatever this shell's
    PYTHONDONTWRITEBYTECODE says, and compiling the sources would add ~40 ms to every start."""
    env = {k: v for k, v in (env or os.environ).items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def extraction(compiled: bool) -> dict[str, list[str]]:
    """bench/extract_speed.py --peers in a process of its own: {corpus or "vs peer": its figures}."""
    env = dict(os.environ)
    if compiled:
        env["PYTHONPATH"] = str(ROOT / "build" / "compiled")
    out = subprocess.run([sys.executable, str(Path(__file__).parent / "extract_speed.py"), "--peers"], env=env,
                         capture_output=True, text=True, check=True).stdout
    lines = {k: v.split("\t") for k, _, v in (line.partition("\t") for line in out.splitlines())}
    if compiled and lines["module"][0].endswith(".py"):
        raise RuntimeError("build/compiled is missing: run `make compiled`")
    return lines


def main() -> int:
    rows: list[tuple[str, str, str]] = []
    pure = extraction(compiled=False)
    try:
        fast = extraction(compiled=True)
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        fast = {}
        rows.append(("extraction, compiled core", "not measured", str(exc)[:80]))
    for label, measured in (("compiled core (packaged app)", fast), ("pure Python (source tree)", pure)):
        for corpus, name in (("news", "news mix"), ("dense", "figure-dense")):
            if corpus in measured:
                mbs, per_figure = measured[corpus]
                rows.append((f"extraction, crosscount {label}, {name}", f"{float(mbs):.2f} MB/s",
                             f"200 articles, {per_figure} bytes per figure, best of 5 passes"))
    for peer in ("quantulum3", "recognizers-text"):
        key = f"vs {peer}"
        if key not in pure:
            rows.append((f"extraction, {peer}", "not measured", "the bench extra is not installed"))
            continue
        ratios = [f"{name} {float(m[key][0]):.0f}×" for name, m in (("compiled", fast), ("pure", pure)) if key in m]
        rows.append((f"extraction, {peer} (news mix)", f"{float(pure[key][1]):.4f} MB/s",
                     "crosscount is faster by " + ", ".join(ratios) + " (same 30 articles, timed in turns, best of 3)"))

    py = sys.executable
    importing = [py, "-c", "import crosscount.core.extract.figures"]
    rows.append(("import crosscount.core.extract.figures", f"{cold(importing):.3f} s",
                 "pure Python, cold process, best of 3 (includes the interpreter's own start)"))
    if fast:
        compiled = {**os.environ, "PYTHONPATH": str(ROOT / "build" / "compiled")}
        rows.append(("import crosscount.core.extract.figures, compiled", f"{cold(importing, env=compiled):.3f} s",
                     "the packaged app's core, cold process, best of 3"))
    rows.append(("python -c pass", f"{cold([py, '-c', 'pass']):.3f} s", "the interpreter alone, for reference"))
    sample = str(Path(__file__).resolve().parents[1] / "resources" / "samples" / "kazakhstan-recruitment.txt")
    rows.append(("cold `crosscount extract --format json`", f"{cold([py, '-m', 'crosscount', 'extract', sample, '--format', 'json']):.3f} s",
                 "seed article, includes normalization (pint, rates)"))

    from crosscount.core.model import Claim
    from crosscount.core.normalize import normalize_claims
    from crosscount.core.pipeline import Settings

    codes = ["RUB", "EUR", "UAH", "KZT", "GBP"]
    many = [Claim(id=f"a:{i}", article="a", start=0, end=1, text="x", sentence="x", kind="money", low=float(i),
                  high=float(i), estimate=float(i), bound="exact", unit=codes[i % 5], as_of=f"2023-{1 + i % 12:02d}")
            for i in range(100_000)]
    normalize_claims(many[:10], Settings())
    start = time.perf_counter()
    normalize_claims(many, Settings())
    rows.append(("normalize 100,000 money claims", f"{time.perf_counter() - start:.2f} s", "5 currencies × 12 months"))

    from export_bench import export_100k
    from loading_bench import rows as loading_rows

    rows.extend(loading_rows())
    # the window is measured in a process of its own, so that its memory and stalls are its own
    window = subprocess.run([sys.executable, str(Path(__file__).parent / "window_bench.py"), "--table"],
                            capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    rows.extend(tuple(line.split("\t")) for line in window.stdout.splitlines() if line.count("\t") == 2)
    seconds, mb = export_100k()
    rows.append(("export 100,000 claims to xlsx", f"{seconds:.1f} s", f"{mb:.1f} MB workbook"))

    plots = subprocess.run([sys.executable, str(Path(__file__).parent / "plot_bench.py"), "--table"],
                           capture_output=True, text=True, check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    rows.extend(tuple(line.split("\t")) for line in plots.stdout.splitlines() if line.count("\t") == 2)

    width = [max(len(r[i]) for r in rows) for i in range(3)]
    print(f"{'benchmark'.ljust(width[0])}  {'figure'.ljust(width[1])}  notes")
    for r in rows:
        print(f"{r[0].ljust(width[0])}  {r[1].ljust(width[1])}  {r[2]}")
    for title, script, args in SECTIONS:
        print(f"\n## {title}  (bench/{script} {' '.join(args)})")
        done = subprocess.run([sys.executable, str(Path(__file__).parent / script), *args], capture_output=True,
                              text=True)
        print(done.stdout.rstrip() or done.stderr.strip()[-500:])
    return 0


# Benchmarks that print tables of their own, each run in a process of its own after the table above.
SECTIONS = [
    ("Peers' own test suites", "peer_suites.py", []),
    ("Linear cost: seconds per MB of figure-dense text at 400 kB and 8 MB", "scaling.py", []),
    ("Linear cost: the as-of resolver on crowded sentences (name, bytes, seconds, seconds per kB)", "as_of_bench.py", []),
    ("Cold start of `crosscount extract` on the seed article", "cold_start.py", ["--repeat", "9"]),
    ("Streaming extraction, memory flat from 10,000 to 100,000 articles", "stream_bench.py", ["10000", "100000"]),
]


if __name__ == "__main__":
    raise SystemExit(main())
