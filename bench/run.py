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
from corpus import realistic  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def throughput(fn, texts: list[str], budget_s: float = 20.0) -> tuple[float, int]:
    """MB/s of ``fn`` over ``texts`` (stops after ``budget_s``; reports how many texts it did)."""
    done = 0
    size = 0
    start = time.perf_counter()
    for t in texts:
        fn(t)
        done += 1
        size += len(t.encode("utf-8"))
        if time.perf_counter() - start > budget_s:
            break
    elapsed = time.perf_counter() - start
    return size / elapsed / 1e6, done


def cold(cmd: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def extraction(compiled: bool) -> dict[str, tuple[float, str]]:
    """{corpus: (MB/s, bytes per figure)} from bench/extract_speed.py in a process of its own."""
    env = dict(os.environ)
    if compiled:
        env["PYTHONPATH"] = str(ROOT / "build" / "compiled")
    out = subprocess.run([sys.executable, str(Path(__file__).parent / "extract_speed.py")], env=env,
                         capture_output=True, text=True, check=True).stdout
    lines = dict(line.split("\t", 1) for line in out.splitlines())
    if compiled and lines["module"].endswith(".py"):
        raise RuntimeError("build/compiled is missing: run `make compiled`")
    return {k: (float(v.split("\t")[0]), v.split("\t")[1]) for k, v in lines.items() if k != "module"}


def main() -> int:
    news = realistic()
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
                rows.append((f"extraction, crosscount {label}, {name}", f"{mbs:.2f} MB/s",
                             f"200 articles, {per_figure} bytes per figure, best of 3 passes"))

    def versus(peer_mbs: float) -> str:
        ratios = [f"{name} {m['news'][0] / peer_mbs:.0f}×" for name, m in (("compiled", fast), ("pure", pure)) if m]
        return "crosscount is faster by: " + ", ".join(ratios)

    try:
        from quantulum3 import parser as q3

        q_mbs, q_n = throughput(q3.parse, news, budget_s=20)
        rows.append(("extraction, quantulum3 (news mix)", f"{q_mbs:.4f} MB/s", f"{q_n} articles; {versus(q_mbs)}"))
    except Exception as exc:  # the bench extra is optional
        rows.append(("extraction, quantulum3", "not measured", f"{type(exc).__name__}: {exc}"[:80]))
    try:
        from recognizers_number import recognize_number
        from recognizers_text import Culture

        def rt(text: str) -> object:
            return recognize_number(text, Culture.English)

        r_mbs, r_n = throughput(rt, news, budget_s=20)
        rows.append(("extraction, recognizers-text numbers (news mix)", f"{r_mbs:.4f} MB/s",
                     f"{r_n} articles; {versus(r_mbs)}"))
    except Exception as exc:
        rows.append(("extraction, recognizers-text", "not measured", f"{type(exc).__name__}: {exc}"[:80]))

    py = sys.executable
    rows.append(("import crosscount.core.claims", f"{cold([py, '-c', 'import crosscount.core.claims']):.3f} s",
                 "cold process, best of 3 (includes the interpreter's own start)"))
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

    width = [max(len(r[i]) for r in rows) for i in range(3)]
    print(f"{'benchmark'.ljust(width[0])}  {'figure'.ljust(width[1])}  notes")
    for r in rows:
        print(f"{r[0].ljust(width[0])}  {r[1].ljust(width[1])}  {r[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
