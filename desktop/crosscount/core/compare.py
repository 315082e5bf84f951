"""Grouping comparable claims across articles, and flagging figures an analyst should look at twice.

Claims meet in a group when they count the same thing (category), about the same side and role
(subject), in the same kind of figure (count, money, percent, quantity) and per the same period. Money
without a category is grouped too, by what it is per, because payments are compared across articles just
as casualty figures are. An analyst's move of a claim to another group (``overrides``) always wins.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping

from .model import Claim, Group
from .semantics import CATEGORY_LABELS

OUTLIER_FACTOR = 5.0


def group_key(claim: Claim) -> str | None:
    """The comparison group a claim belongs to by its own fields, or None when it has nothing to meet."""
    if claim.excluded:
        return None
    if claim.category:
        return "|".join((claim.category, claim.subject or "", claim.kind, claim.per or ""))
    if claim.kind == "money":
        return "|".join(("payment", claim.subject or "", "money", claim.per or ""))
    return None


def group_label(key: str) -> str:
    category, subject, kind, per = (key.split("|") + ["", "", "", ""])[:4]
    head = CATEGORY_LABELS.get(category) or ("Payments" if category == "payment" else category.title())
    label = f"{head} — {subject}" if subject else head
    if kind not in ("count", "money") or (category != "payment" and kind == "money"):
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
    keyed: list[Claim] = []
    members: dict[str, list[Claim]] = {}
    for c in claims:
        key = overrides[c.id] if c.id in overrides else group_key(c)
        c = c.evolve(group=key)
        keyed.append(c)
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

    result = []
    for c in keyed:
        kept = tuple(f for f in c.flags if not f.startswith("outlier"))
        flags = kept + ((outliers[c.id],) if c.id in outliers else ())
        result.append(c.evolve(flags=flags) if flags != c.flags else c)

    groups = []
    for key, group_claims in members.items():
        first = group_claims[0]
        category = key.split("|")[0] or None
        groups.append(Group(key=key, label=labels.get(key) or group_label(key), category=category,
                            subject=first.subject, kind=first.kind, claims=tuple(c.id for c in group_claims)))
    groups.sort(key=lambda g: (-len(g.claims), g.label))
    return result, groups
