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


def _midpoint(claim: Claim) -> float | None:
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
    labels = labels or {}
    keyed: list[tuple[Claim, str | None]] = []
    members: dict[str, list[Claim]] = {}
    for c in claims:
        key = overrides[c.id] if c.id in overrides else group_key(c)
        keyed.append((c, key))
        if key:
            members.setdefault(key, []).append(c)

    outliers: dict[str, str] = {}
    for group_claims in members.values():
        mids = [(c.id, m) for c in group_claims if (m := _midpoint(c)) is not None and m > 0]
        if len(mids) >= 3:
            median = statistics.median(m for _, m in mids)
            for cid, m in mids:
                if m > OUTLIER_FACTOR * median or m * OUTLIER_FACTOR < median:
                    outliers[cid] = f"outlier: {m / median:.3g}× the median of its group"

    reports, estimate_of = echoes(members.values())
    result = []
    for c, key in keyed:  # one new claim where anything changed, none where nothing did (most, after an edit)
        flags = c.flags
        if flags or c.id in outliers:
            flags = tuple(f for f in flags if not f.startswith("outlier")) + ((outliers[c.id],) if c.id in outliers else ())
        told, repeated = reports.get(c.id, ()), estimate_of.get(c.id)
        if c.group != key or flags != c.flags or c.reports != told or c.estimate_of != repeated:
            c = c.evolve(group=key, flags=flags, reports=told, estimate_of=repeated)
        result.append(c)

    groups = []
    for key, group_claims in members.items():
        first = group_claims[0]
        category = key.split("|")[0] or None
        groups.append(Group(key=key, label=labels.get(key) or group_label(key), category=category,
                            subject=first.subject, kind=first.kind, claims=tuple(c.id for c in group_claims),
                            estimates=sum(1 for c in group_claims if c.id not in estimate_of)))
    groups.sort(key=lambda g: (-len(g.claims), g.label))
    return result, groups


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
