"""Grouping comparable claims across articles, and flagging figures an analyst should look at twice.

Claims meet in a group when they count the same thing (category), about the same side and role
(subject), in the same kind of figure (count, money, percent, quantity) and per the same period. Money
without a category is grouped too, by what it pays for (``payments.purpose``: salary, sign-up bonus,
compensation, aid, budget) and what it is per, because payments are compared across articles just as
casualty figures are. An analyst's move of a claim to another group (``overrides``) always wins.

Echoes: ten outlets repeating one source's figure are one estimate, not ten. Within a group, claims
with the same value, bound and unit, the same source and the same as-of date (the same month, where
the only date is the article's publication) are one estimate: the
first of them carries ``reports`` (every claim of the estimate, itself first) and the others
``estimate_of`` (the first's id). A claim without a source is its own estimate: nothing says whose
figure it repeats.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .extract.semantics import CATEGORY_LABELS
from .model import Claim, Group
from .payments import LABELS as PURPOSE_LABELS
from .payments import purpose

OUTLIER_FACTOR = 5.0


def group_key(claim: Claim) -> str | None:
    """The comparison group a claim belongs to by its own fields, or None when it has nothing to meet."""
    if claim.excluded:
        return None
    if claim.category:
        return "|".join((claim.category, claim.subject or "", claim.kind, claim.per or ""))
    if claim.kind == "money":
        what = purpose(claim)
        return "|".join((f"payment:{what}" if what else "payment", claim.subject or "", "money", claim.per or ""))
    return None


def group_label(key: str) -> str:
    category, subject, kind, per = (key.split("|") + ["", "", "", ""])[:4]
    paid_for = category.partition("payment:")[2]
    is_payment = category == "payment" or bool(paid_for)
    head = (CATEGORY_LABELS.get(category) or PURPOSE_LABELS.get(paid_for)
            or ("Payments" if category == "payment" else category.title()))
    label = f"{head} — {subject}" if subject else head
    if kind not in ("count", "money") or (not is_payment and kind == "money"):
        label += f" ({kind})"
    return label + (f" per {per}" if per else "")


def midpoint(claim: Claim) -> float | None:
    low, high = claim.value_range
    if claim.normalized and claim.normalized.get("estimate") is not None:
        return float(claim.normalized["estimate"])
    if claim.estimate is not None and not claim.normalized:
        return claim.estimate
    values = [v for v in (low, high) if v is not None]
    return sum(values) / len(values) if values else None


def compare(claims: list[Claim], overrides: Mapping[str, str | None] | None = None,
            labels: Mapping[str, str] | None = None) -> tuple[list[Claim], list[Group]]:
    """Assign ``group`` to every claim and build the groups, largest first.

    ``overrides`` maps claim id → group key chosen by the analyst (None removes it from every group);
    ``labels`` names groups the analyst made."""
    overrides = overrides or {}
    keyed = [(c, overrides[c.id] if c.id in overrides else group_key(c)) for c in claims]
    members: dict[str, list[Claim]] = {}
    for c, key in keyed:
        if key:
            members.setdefault(key, []).append(c)
    marks = _Marks(members.values())
    result = [marks.mark(c, key) for c, key in keyed]
    return result, sorted_groups(_group(key, group_claims, marks, labels or {}) for key, group_claims in members.items())


class _Marks:
    """What a group's members say of each other: which claims are outliers, which repeat an estimate."""

    def __init__(self, groups: Iterable[list[Claim]]) -> None:
        groups = list(groups)
        self.outliers: dict[str, str] = {}
        for group_claims in groups:
            mids = [(c.id, m) for c in group_claims if (m := midpoint(c)) is not None and m > 0]
            if len(mids) >= MIN_FOR_OUTLIERS:
                median = statistics.median(m for _, m in mids)
                for cid, m in mids:
                    if is_outlier(m, median):
                        self.outliers[cid] = outlier_note(m, median)
        self.reports, self.estimate_of = echoes(groups)

    def mark(self, c: Claim, key: str | None) -> Claim:
        return marked(c, key, self.outliers.get(c.id), self.reports.get(c.id, ()), self.estimate_of.get(c.id))


def marked(c: Claim, key: str | None, outlier: str | None, told: tuple[str, ...], repeated: str | None) -> Claim:
    """The claim in its group with its marks (its outlier note, the claims of its estimate, the claim it
    repeats): a new claim where anything changed, the same one where nothing did (most, after an edit)."""
    flags = c.flags
    if flags or outlier:
        flags = tuple(f for f in flags if not f.startswith("outlier")) + ((outlier,) if outlier else ())
    if c.group != key or flags != c.flags or c.reports != told or c.estimate_of != repeated:
        c = c.evolve(group=key, flags=flags, reports=told, estimate_of=repeated)
    return c


MIN_FOR_OUTLIERS = 3  # claims with a positive midpoint a group needs before any of them is an outlier


def is_outlier(m: float, median: float) -> bool:
    return m > OUTLIER_FACTOR * median or m * OUTLIER_FACTOR < median


def outlier_note(m: float, median: float) -> str:
    return f"outlier: {m / median:.3g}× the median of its group"


def _group(key: str, group_claims: list[Claim], marks: _Marks, labels: Mapping[str, str]) -> Group:
    return make_group(key, group_claims[0], tuple(c.id for c in group_claims),
                      sum(1 for c in group_claims if c.id not in marks.estimate_of), labels)


def make_group(key: str, first: Claim, claims: tuple[str, ...], estimates: int, labels: Mapping[str, str]) -> Group:
    """A group of these claims (``first`` is the first of them), named as the analyst named it or by its key."""
    return Group(key=key, label=labels.get(key) or group_label(key), category=key.split("|")[0] or None,
                 subject=first.subject, kind=first.kind, claims=claims, estimates=estimates)


def sorted_groups(groups: Iterable[Group]) -> list[Group]:
    """Largest first (then by name and key, so that equal groups always come in the same order)."""
    return sorted(groups, key=lambda g: (-len(g.claims), g.label, g.key))


def estimate_key(claim: Claim) -> tuple[object, ...] | None:
    """What makes two claims one estimate; None for a claim that is nobody else's (no source)."""
    if not claim.source:
        return None
    # a date the text gives must match; a publication date stands in for "when it was reported", and
    # outlets repeat an estimate over days: the month of publication is the same estimate
    when = (claim.as_of or "")[:7] if claim.as_of_from == "published" else claim.as_of
    return (claim.low, claim.high, claim.bound, claim.unit, claim.per, _same_source(claim.source), when)


@lru_cache(maxsize=65536)
def _same_source(name: str) -> str:
    """A source as two reports of it compare: in any case, however spaced (a project has few sources)."""
    return " ".join(name.casefold().split())


def echoes(groups: Iterable[list[Claim]]) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """(first claim id → every claim id of its estimate, echo id → first claim id), over each group's
    claims in order; estimates of one report alone are left out of both."""
    reports: dict[str, tuple[str, ...]] = {}
    estimate_of: dict[str, str] = {}
    for group_claims in groups:
        firsts: dict[tuple[object, ...], list[str]] = {}
        for c in group_claims:
            key = estimate_key(c)
            if key is not None:
                firsts.setdefault(key, []).append(c.id)
        for ids in firsts.values():
            if len(ids) > 1:
                reports[ids[0]] = tuple(ids)
                estimate_of.update((i, ids[0]) for i in ids[1:])
    return reports, estimate_of


CASUALTY_CATEGORIES = frozenset(CATEGORY_LABELS)


def default_group(groups: list[Group]) -> Group | None:
    """The group a comparison opens on: the largest group of casualty figures, else the largest."""
    casualties = [g for g in groups if g.category in CASUALTY_CATEGORIES]
    ranked = casualties or groups
    return ranked[0] if ranked else None
