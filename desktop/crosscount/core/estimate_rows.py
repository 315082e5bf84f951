"""The rows of a comparison, as the range plot, the timeline and the workbook's charts all draw them.

The core decides what a row says and in which order rows come; the window and the workbook only draw.
A row is one estimate: its label names whose figure it is and where it was read ("Mediazona — BBC,
2024-07-05 (as of 2024-06)"), never an internal article id; its value label is how an analyst writes
the figure in a margin ("40–60k", "≥ 50k", "~47k"); open ends are marked so that a drawing can run
them to the axis; a colour key (the source, or the outlet) picks one colour of ``PALETTE`` per key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .extract.dates import midpoint
from .extract.unit_words import label
from .model import BOUND_PREFIXES, Article, Claim, Group

# Okabe and Ito's palette, which readers with any common colour blindness tell apart, then Tableau's.
PALETTE: tuple[str, ...] = ("0072B2", "E69F00", "009E73", "D55E00", "CC79A7", "56B4E9", "F0E442", "000000",
                            "4E79A7", "F28E2B", "59A14F", "E15759", "B07AA1", "9C755F", "76B7B2", "EDC948")
ORDERS = ("as_of", "value")
COLOUR_BY = ("source", "outlet")
BOUND_WORDS = {"exact": "exactly", "approximate": "about", "range": "between", "at_least": "at least",
               "more_than": "more than", "at_most": "at most", "less_than": "less than"}
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "M"), (1e3, "k"))


@dataclass(frozen=True)
class Row:
    """One estimate of a group, ready to draw."""

    claim: Claim
    label: str
    value_label: str
    low: float | None  # normalized where the claim was normalized; None at an open end
    high: float | None
    when: date | None  # the as-of date a timeline puts it at (the 15th for a month, 1 July for a year)
    colour_key: str
    colour: str  # RRGGBB: the colour key's, the same in every view of the group whatever its order
    reports: int  # how many articles report this estimate (1 for one that nobody repeats)

    @property
    def middle(self) -> float:
        """Where a timeline puts the estimate: the middle of its range, or its one known end."""
        known = [v for v in (self.low, self.high) if v is not None]
        return sum(known) / len(known) if known else 0.0

    @property
    def point(self) -> bool:
        """A single figure, drawn as a marker rather than a bar."""
        return self.low is not None and self.low == self.high


def short_number(value: float) -> str:
    """50000 → "50k", 1_250_000 → "1.25M", 47 → "47", 0.5 → "0.5"."""
    for size, suffix in _SCALES:
        if abs(value) >= size:
            return f"{value / size:,.2f}".rstrip("0").rstrip(".") + suffix
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def value_label(low: float | None, high: float | None, bound: str) -> str:
    """A figure in a margin's few characters: "40–60k", "≥ 50k", "~47k", "< 1M"."""
    if bound == "range" and low is not None and high is not None:
        a, b = short_number(low), short_number(high)
        suffix_a, suffix_b = a.lstrip("0123456789.,-"), b.lstrip("0123456789.,-")
        return f"{a[: len(a) - len(suffix_a)] if suffix_a == suffix_b else a}–{b}"
    value = low if low is not None else high
    return BOUND_PREFIXES.get(bound, "") + (short_number(value) if value is not None else "?")


def row_label(claim: Claim, article: Article | None) -> str:
    """Whose figure, where it was read and when: "Source — Outlet, published (as of …)"."""
    where = _short((article.outlet or article.title) if article else None)
    who = _short(claim.source) or where or "unattributed"
    head = f"{who} — {where}" if where and where != who else who
    published = article.published if article else None
    if published:
        head += f", {published}"
    if claim.as_of and claim.as_of != published:
        head += f" (as of {claim.as_of})"
    return head


def _short(name: str | None, most: int = 32) -> str | None:
    """A name cut at a word to fit a plot's margin ("Russia is so desperate for troops…")."""
    if not name or len(name) <= most:
        return name
    cut = name[:most].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


def _normalized_range(claim: Claim) -> tuple[float | None, float | None]:
    low, high = claim.value_range
    if claim.bound in ("at_least", "more_than"):
        return low if low is not None else high, None
    if claim.bound in ("at_most", "less_than"):
        return None, high if high is not None else low
    return low, high


# The day each as-of date stands for, read once: a group's figures share a few hundred dates, and the window
# makes the rows of the group it shows again after every edit that touches it.
_day_of = lru_cache(maxsize=4096)(midpoint)


def rows(group: Group, claims: Mapping[str, Claim] | Iterable[Claim], articles: Mapping[str, Article],
         order: str = "as_of", colour_by: str = "source", independent_only: bool = False) -> list[Row]:
    """The group's estimates in the chosen order ("as_of": oldest first, undated last; "value": smallest
    first), echoes of one estimate left out when ``independent_only``, and figures without a value."""
    if order not in ORDERS or colour_by not in COLOUR_BY:
        raise ValueError(f"order is one of {ORDERS}, colour_by one of {COLOUR_BY}")
    # (the window passes the claims by id it keeps: a dict of a large project's claims costs more than a group)
    by_id: Mapping[str, Claim] = claims if isinstance(claims, Mapping) else {each.id: each for each in claims}
    members = [by_id[i] for i in group.claims if i in by_id]
    keys = [_colour_key(c, articles.get(c.article), colour_by) for c in members]
    palette = colours(keys)  # in the group's own order, so that a source keeps its colour in every view
    out = []
    for c, key in zip(members, keys, strict=True):
        if (independent_only and c.estimate_of) or c.value_range == (None, None):
            continue  # an echo, or a figure with no value to draw (money without a rate: the table has it)
        article = articles.get(c.article)
        low, high = _normalized_range(c)
        out.append(Row(claim=c, label=row_label(c, article), value_label=value_label(*c.value_range, c.bound),
                       low=low, high=high, when=_day_of(c.as_of), colour_key=key, colour=palette[key],
                       reports=max(1, len(c.reports))))
    if order == "value":
        out.sort(key=lambda r: min(v for v in (r.low, r.high, float("inf")) if v is not None))
    else:
        out.sort(key=lambda r: (r.when is None, r.when or date.min))
    return out


def _colour_key(claim: Claim, article: Article | None, colour_by: str) -> str:
    return (claim.source if colour_by == "source" else None) or (article.outlet if article else None) or "unattributed"


def legend(shown: Iterable[Row]) -> dict[str, str]:
    """Colour key → colour of the rows shown, in the order they first appear."""
    return {r.colour_key: r.colour for r in shown}


@lru_cache(maxsize=256)  # (a palette's few colours, asked for each open-ended bar drawn)
def lighter(rgb: str) -> str:
    """The colour mixed with three parts white: an open end is the same estimate, less certain."""
    channels = [int(rgb[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{(c + 3 * 255) // 4:02X}" for c in channels)


def colours(keys: Iterable[str]) -> dict[str, str]:
    """One palette colour (RRGGBB) per key, in order of first appearance, cycling past the palette's end."""
    out: dict[str, str] = {}
    for key in keys:
        if key not in out:
            out[key] = PALETTE[len(out) % len(PALETTE)]
    return out


def unit_label(shown: Sequence[Row]) -> str:
    """The value axis' title: the unit the figures are shown in ("USD", "km", "count")."""
    if not shown:
        return ""
    first = shown[0].claim
    return label((first.normalized or {}).get("unit") or first.unit) or "count"


def details(row: Row, article: Article | None) -> str:
    """What hovering over an estimate tells: whose figure, where and when it was read, the figure as
    written and as converted, how many reports repeat it, and its sentence."""
    c = row.claim
    n = c.normalized or {}
    lines = [row.label, f"{c.text}  ({BOUND_WORDS.get(c.bound, c.bound)})"]
    if n.get("unit") and n.get("unit") != c.unit:
        lines.append(f"= {value_label(n.get('low'), n.get('high'), c.bound)} {n['unit']}")
    if article is not None:
        lines.append(" · ".join(filter(None, [article.outlet, article.title, article.published and
                                             f"published {article.published}"])))
    if c.as_of:
        lines.append(f"as of {c.as_of}")
    if row.reports > 1:
        lines.append(f"reported by {row.reports} articles")
    lines.append("")
    lines.append(c.sentence)
    return "\n".join(lines)
