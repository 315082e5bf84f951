"""Loading throughput for HTML pages and PDFs (generated here), one process and all cores."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def make_files(folder: Path, n_html: int = 120, n_pdf: int = 40) -> tuple[list[str], list[str]]:
    from fpdf import FPDF

    from corpus import realistic

    texts = realistic(n_html + n_pdf)
    html, pdf = [], []
    for i, text in enumerate(texts[:n_html]):
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
        page = (f"<html><head><title>Report {i}</title><meta property='og:site_name' content='Bench News'></head><body>"
                "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
                f"<article><h1>Report {i}</h1>{paragraphs}</article><footer>© Bench News</footer></body></html>")
        path = folder / f"page-{i:03}.html"
        path.write_text(page, encoding="utf-8")
        html.append(str(path))
    for i, text in enumerate(texts[n_html:]):
        doc = FPDF()
        doc.add_page()
        doc.set_font("Helvetica", size=10)
        doc.multi_cell(0, 5, text.encode("latin-1", "replace").decode("latin-1"))
        path = folder / f"doc-{i:03}.pdf"
        doc.output(str(path))
        pdf.append(str(path))
    return html, pdf


def measure(paths: list[str], workers: int) -> tuple[float, float]:
    """(files per second, MB of input per second) for loading and extracting."""
    from crosscount.core import pipeline

    size = sum(Path(p).stat().st_size for p in paths)
    start = time.perf_counter()
    old = pipeline.PARALLEL_FROM
    pipeline.PARALLEL_FROM = 1 if workers > 1 else 10**9
    try:
        pipeline.load_and_extract(paths, workers=workers)
    finally:
        pipeline.PARALLEL_FROM = old
    elapsed = time.perf_counter() - start
    return len(paths) / elapsed, size / elapsed / 1e6


def rows() -> list[tuple[str, str, str]]:
    import os

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        html, pdf = make_files(Path(tmp))
        from crosscount.core.articles import load

        load(html[0]), load(pdf[0])  # warm the imports, as a running app has
        cores = os.cpu_count() or 1
        for name, paths in (("HTML", html), ("PDF", pdf)):
            for workers in (1, cores):
                files, mbs = measure(paths, workers)
                out.append((f"load + extract {name}, {workers} process{'es' if workers > 1 else ''}",
                            f"{files:.0f} files/s", f"{mbs:.2f} MB/s of {name}; {len(paths)} files"))
    return out


if __name__ == "__main__":
    for row in rows():
        print("  ".join(row))
