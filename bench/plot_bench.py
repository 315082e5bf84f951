"""How long the window's thread spends drawing a comparison: the Compare plot of a group of 1,000 claims
and the Timeline of 1,000 estimates (issue target: under 100 ms each), and the core's rows for them.

Run alone (`python bench/plot_bench.py`) or from bench/run.py (`--table` prints its rows)."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from crosscount.core.model import Article, Claim, Group  # noqa: E402

SOURCES = ["Mediazona", "the UK Ministry of Defence", "Ukraine's General Staff", "the Pentagon", "BBC Russian",
           "Meduza", "the Institute for the Study of War", "Oryx"]
BOUNDS = ["exact", "range", "at_least", "approximate", "at_most"]


def group_of(n: int) -> tuple[Group, list[Claim], dict[str, Article]]:
    """``n`` claims of one group, from ``n // 4`` articles, with every bound and eight sources."""
    claims, articles = [], {}
    for i in range(n):
        aid = f"a{i // 4}"
        articles[aid] = Article(id=aid, text="", title=f"Report {i // 4}", outlet=f"Outlet {i % 13}",
                                published=f"{2022 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}")
        bound = BOUNDS[i % len(BOUNDS)]
        low = 10_000.0 + 97 * i
        high = low * 1.3 if bound == "range" else None if bound == "at_least" else low
        if bound == "at_most":
            low, high = None, low
        claims.append(Claim(id=f"{aid}:{i}", article=aid, start=0, end=1, text="x", sentence="x", kind="count",
                            low=low, high=high, estimate=None, bound=bound, category="killed",
                            subject="Russia · military", source=SOURCES[i % len(SOURCES)],
                            as_of=f"{2022 + i % 4}-{1 + i % 12:02d}", group="killed"))
    group = Group(key="killed", label="Killed — Russia · military", category="killed", subject="Russia · military",
                  kind="count", claims=tuple(c.id for c in claims))
    return group, claims, articles


def best_ms(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def rows_table() -> list[tuple[str, str, str]]:
    from crosscount.core.estimate_rows import rows
    from crosscount.gui.compare_plot import ComparePlot
    from crosscount.gui.timeline_plot import TimelinePlot

    app = QApplication.instance() or QApplication([])
    group, claims, articles = group_of(1_000)
    made = rows(group, claims, articles)
    compare, timeline = ComparePlot(), TimelinePlot()
    compare.resize(1200, 800)
    timeline.resize(1200, 800)
    out = [("rows of a group of 1,000 claims (core)", f"{best_ms(lambda: rows(group, claims, articles)):.0f} ms",
            "labels, value labels, order, colours")]

    def draw(plot) -> None:
        plot.show_rows(made, group.label, "count", articles)
        app.processEvents()

    out.append(("Compare plot, 1,000 claims", f"{best_ms(lambda: draw(compare)):.0f} ms",
                "show_rows and one turn of the event loop, best of 5 (target < 100 ms)"))
    out.append(("Timeline plot, 1,000 estimates", f"{best_ms(lambda: draw(timeline)):.0f} ms",
                "show_rows and one turn of the event loop, best of 5 (target < 100 ms)"))
    return out


if __name__ == "__main__":
    table = rows_table()
    for row in table:
        print("\t".join(row) if "--table" in sys.argv else f"{row[0]}: {row[1]} ({row[2]})")
