"""Exporting 100,000 claims to xlsx (issue target: under 10 s). Used by bench/run.py."""

from __future__ import annotations

import io
import time


def export_100k() -> tuple[float, float]:
    """(seconds, megabytes) for a 100,000-claim workbook from 1,000 articles."""
    from crosscount.core.compare import compare
    from crosscount.core.export_xlsx import write_workbook
    from crosscount.core.model import Article, Claim
    from crosscount.core.normalize import normalize_claims
    from crosscount.core.pipeline import Analysis, Settings

    categories = ["killed", "wounded", "casualties", "captured"]
    claims = [Claim(id=f"a{i % 1000}:{i}", article=f"a{i % 1000}", start=0, end=5, text="5,000",
                    sentence="Officials said 5,000 soldiers were killed, according to the ministry.", kind="count",
                    low=float(i), high=float(i + 10), estimate=None, bound="range", category=categories[i % 4],
                    subject="Russia · military", source="Reuters", as_of="2023-08") for i in range(100_000)]
    articles = [Article(id=f"a{i}", text="x", title=f"Article {i}", published="2023-08-01",
                        url=f"https://news.example/{i}") for i in range(1000)]
    claims, groups = compare(normalize_claims(claims, Settings()))
    start = time.perf_counter()
    buf = io.BytesIO()
    write_workbook(Analysis(articles, claims, groups), buf)
    return time.perf_counter() - start, len(buf.getvalue()) / 1e6


if __name__ == "__main__":
    seconds, mb = export_100k()
    print(f"export 100,000 claims: {seconds:.2f} s, {mb:.1f} MB")
