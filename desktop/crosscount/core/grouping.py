"""The groups of a ``compare`` result kept for editing: an edit regroups the claims it changed, not all.

``compare`` over 90,000 claims takes most of a second, and a group of 25,000 casualty figures is most of
that: its median (which decides the outliers) and its echoes (claims that repeat one estimate) depend on
every member. A ``Grouping`` keeps, for each group an edit has touched, its members in order, their
midpoints sorted and their estimates by key, so a claim leaving or joining a group costs a few look-ups
in it; only the claims whose marks change (the outliers, when the median moves; the claims of an
estimate a changed claim left or joined) are marked again. The result equals ``compare`` of the same
claims (tests/test_incremental_grouping.py checks it, edit after edit).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

from .compare import (
    MIN_FOR_OUTLIERS,
    OUTLIER_FACTOR,
    estimate_key,
    group_key,
    group_label,
    make_group,
    marked,
    midpoint,
    outlier_note,
    sorted_groups,
)
from .model import Claim, Group


@dataclass
class _Members:
    """One group's members, in the claims' order, with what their marks are computed from."""

    ids: list[str] = field(default_factory=list)
    mids: list[tuple[float, str]] = field(default_factory=list)  # (positive midpoint, id), sorted
    estimates: dict[tuple[object, ...], list[str]] = field(default_factory=dict)  # estimate key → ids, in order
    outliers: dict[str, str] = field(default_factory=dict)  # id → its outlier note
    median: float | None = None  # the median ``outliers`` were found with (None: too few midpoints)
    estimated: int = 0  # members with an estimate key
    # what joined and left since the outliers were found: (id, positive midpoint or None)
    joined: list[tuple[str, float | None]] = field(default_factory=list)
    left: list[str] = field(default_factory=list)

    def current_median(self) -> float | None:
        mids, n = self.mids, len(self.mids)
        if n < MIN_FOR_OUTLIERS:
            return None
        return mids[n // 2][0] if n % 2 else (mids[n // 2 - 1][0] + mids[n // 2][0]) / 2

    def update_outliers(self) -> set[str]:
        """Bring ``outliers`` and ``median`` up to date with what joined and left since; returns the ids
        whose note changed. With the median as before, only the claims that left or joined can change
        their notes (a group of 15,000 casualty figures has thousands of outliers: they are not looked at)."""
        median = self.current_median()
        joined, left, self.joined, self.left = self.joined, self.left, [], []
        notes = self.outliers
        if median is not None and median == self.median:
            candidates = {*left, *(cid for cid, _m in joined)}
            before = {cid: notes.get(cid) for cid in candidates}
            for cid in left:
                notes.pop(cid, None)
            for cid, m in joined:
                if m is not None and (m * OUTLIER_FACTOR < median or m > OUTLIER_FACTOR * median):
                    notes[cid] = outlier_note(m, median)
            return {cid for cid in candidates if notes.get(cid) != before[cid]}
        fresh: dict[str, str] = {}
        if median is not None:
            for m, cid in self.mids:  # from the smallest up, while they are outliers
                if not m * OUTLIER_FACTOR < median:
                    break
                fresh[cid] = outlier_note(m, median)
            for m, cid in reversed(self.mids):  # from the largest down
                if not m > OUTLIER_FACTOR * median:
                    break
                fresh[cid] = outlier_note(m, median)
        changed = {cid for cid in notes.keys() | fresh.keys() if notes.get(cid) != fresh.get(cid)}
        self.outliers, self.median = fresh, median
        return changed

    @property
    def echoes(self) -> int:
        """Members that repeat another's estimate: those with an estimate, less one for each estimate."""
        return self.estimated - len(self.estimates)


class Grouping:
    """A ``compare`` result (``claims`` in order, ``groups``) that ``update`` changes as edits come."""

    def __init__(self, claims: list[Claim], groups: list[Group]) -> None:
        self.claims = claims
        self.groups = {g.key: g for g in groups}
        self.position = {c.id: i for i, c in enumerate(claims)}
        self._members: dict[str, _Members] = {}  # built for a group the first time an edit touches it
        self.touched: set[str] = set()  # the groups the last update built again (a claim left or joined them)

    def update(self, claims: list[Claim] | None, fresh: Mapping[str, Claim], replaced: Collection[str],
               overrides: Mapping[str, str | None], labels: Mapping[str, str]) -> dict[str, Claim | None]:
        """Take ``claims`` (in order; those in ``fresh`` as they now are, every other one as the last result
        gave it), or None when the fresh claims take the places of the same ids (an edit of their fields);
        ``replaced``: the ids of the last result whose claims are now fresh or gone. Returns each claim that
        changed (None for one that is gone); ``claims``/``groups`` are then ``compare``'s."""
        old = self.claims
        keys = {cid: overrides[cid] if cid in overrides else group_key(c) for cid, c in fresh.items()}
        if claims is None:  # every fresh claim where its id was: no scan of the others
            moved = False
            claims = list(old)
            for cid, c in fresh.items():
                claims[self.position[cid]] = c
        else:  # whether any claim is at another place in the order than before
            moved = len(claims) != len(old) or any(self.position.get(c.id) != i for i, c in enumerate(claims)
                                                   if c.id in fresh)
        leaving = [old[self.position[i]] for i in replaced if i in self.position]
        affected = {c.group for c in leaving if c.group} | {k for k in keys.values() if k}
        for key in affected:
            self._members_of(key)
        dirty: dict[str, set[tuple[object, ...]]] = {key: set() for key in affected}
        for c in leaving:
            if c.group:
                self._leave(self._members[c.group], c, dirty[c.group])
        if moved:
            self.position = {c.id: i for i, c in enumerate(claims)}
        self.claims = result = claims
        for cid, joins in keys.items():
            if joins:
                self._join(self._members[joins], fresh[cid], dirty[joins])
        # claim id → (group, outlier note, claims of its estimate, the claim it repeats), for those to mark
        marks: dict[str, tuple[str | None, str | None, tuple[str, ...], str | None]] = {
            cid: (joins, None, (), None) for cid, joins in keys.items()}
        for key in affected:
            self._mark_group(key, dirty[key], keys, marks)
        changed: dict[str, Claim | None] = {i: None for i in replaced}
        for cid, (group, note, told, repeated) in marks.items():
            i = self.position[cid]
            before = result[i]
            result[i] = marked(before, group, note, told, repeated)
            if result[i] is not before or cid in fresh:
                changed[cid] = result[i]
        groups = {k: g for k, g in self.groups.items() if k not in affected}
        for key in affected:
            members = self._members[key]
            if members.ids:
                groups[key] = make_group(key, result[self.position[members.ids[0]]], tuple(members.ids),
                                         len(members.ids) - members.echoes, labels)
            else:
                del self._members[key]
        for key, g in groups.items():  # a rename, or its undo, changes only the label
            if (label := labels.get(key) or group_label(key)) != g.label:
                groups[key] = replace(g, label=label)
        self.groups, self.touched = groups, affected
        return changed

    def complete(self) -> Grouping:
        """Every group's members indexed now (for a worker thread: the first edit then costs no more than
        the next)."""
        for key in self.groups:
            self._members_of(key)
        return self

    def sorted_groups(self) -> list[Group]:
        return sorted_groups(self.groups.values())

    # ------------------------------------------------------------------------------------------ members
    def _members_of(self, key: str) -> _Members:
        if key not in self._members:
            members = self._members[key] = _Members()
            group = self.groups.get(key)
            for cid in group.claims if group else ():
                self._join(members, self.claims[self.position[cid]], set(), at_end=True)
            members.update_outliers()
        return self._members[key]

    def _leave(self, members: _Members, c: Claim, dirty: set[tuple[object, ...]]) -> None:
        members.ids.remove(c.id)
        members.left.append(c.id)
        m = midpoint(c)
        if m is not None and m > 0:
            del members.mids[bisect_left(members.mids, (m, c.id))]
        ekey = estimate_key(c)
        if ekey is not None:
            members.estimated -= 1
            ids = members.estimates[ekey]
            ids.remove(c.id)
            if not ids:
                del members.estimates[ekey]
            dirty.add(ekey)

    def _join(self, members: _Members, c: Claim, dirty: set[tuple[object, ...]], at_end: bool = False) -> None:
        """Add ``c`` at its place in the claims' order (``at_end``: the members come in that order)."""
        at = self.position.__getitem__
        if at_end:
            members.ids.append(c.id)
        else:
            insort(members.ids, c.id, key=at)
        m = midpoint(c)
        if m is not None and m > 0:
            insort(members.mids, (m, c.id))
        if not at_end:
            members.joined.append((c.id, m if m is not None and m > 0 else None))
        ekey = estimate_key(c)
        if ekey is not None:
            members.estimated += 1
            ids = members.estimates.setdefault(ekey, [])
            if at_end:
                ids.append(c.id)
            else:
                insort(ids, c.id, key=at)
            dirty.add(ekey)

    def _mark_group(self, key: str, dirty: set[tuple[object, ...]], keys: Mapping[str, str | None],
                    marks: dict[str, tuple[str | None, str | None, tuple[str, ...], str | None]]) -> None:
        """Queue the marks of every member whose marks may have changed: the outliers before and after,
        and every claim of an estimate a claim left or joined (``keys``: the groups of the fresh claims; one
        that left this group is marked by the group it joined)."""
        members = self._members[key]
        again = members.update_outliers()
        notes = members.outliers
        for dirty_key in dirty:
            again.update(members.estimates.get(dirty_key, ()))
        again.update(cid for cid, (k, *_rest) in marks.items() if k == key)
        for cid in again:
            if cid not in self.position or (cid in keys and keys[cid] != key):  # (gone, or in another group)
                continue
            ekey = estimate_key(self.claims[self.position[cid]])
            ids = members.estimates.get(ekey, []) if ekey is not None else []
            told = tuple(ids) if len(ids) > 1 and ids[0] == cid else ()
            repeated = ids[0] if len(ids) > 1 and ids[0] != cid else None
            marks[cid] = (key, notes.get(cid), told, repeated)
