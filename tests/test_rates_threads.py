"""Money converted on many threads at once gives the values of one thread (the window's overlapping
refreshes and a threaded Dask scheduler both do this)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from crosscount.core.articles import from_text
from crosscount.core.pipeline import Settings, analyze_articles

# Money in currencies of both sources (ECB: EUR, GBP, CHF; NBP: RUB, UAH, KZT) on many different days,
# so that every run looks up and converts rates no other run has asked for yet.
TEXTS = [
    f"Officials said on {month} {day}, {year} that the ministry paid {amount:,} {currency} to the families."
    for year in (2015, 2019, 2022, 2023)
    for month, day in (("March", 3), ("July", 17), ("November", 24))
    for amount, currency in ((4_500, "euros"), (12_000, "pounds"), (950_000, "rubles"), (31_000, "hryvnias"),
                             (2_000_000, "tenge"), (7_300, "Swiss francs"))
]


def _money(base: str) -> list[tuple[str, float | None, str | None]]:
    """Every money figure of the texts converted to ``base``: (claim text, value, rate date)."""
    articles = [from_text(text, article_id=f"a{i}") for i, text in enumerate(TEXTS, 1)]
    analysis = analyze_articles(articles, Settings(base_currency=base))
    return [(c.text, (c.normalized or {}).get("low"), ((c.normalized or {}).get("rate") or {}).get("date"))
            for c in analysis.claims if c.kind == "money"]


def test_eight_threads_convert_money_exactly_as_one_does():
    bases = ["USD", "EUR", "GBP", "PLN"]
    expected = {base: _money(base) for base in bases}
    assert all(len(v) == len(TEXTS) and all(low is not None for _, low, _ in v) for v in expected.values())
    runs = [bases[i % len(bases)] for i in range(160)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(_money, runs))  # an exception in any thread is raised here
    for base, got in zip(runs, results, strict=True):
        assert got == expected[base]
