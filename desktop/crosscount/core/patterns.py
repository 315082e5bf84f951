"""Building regular expressions that Python's re runs fast."""

from __future__ import annotations

import re


def trie(words: list[str]) -> str:
    """An alternation of ``words`` as a letter trie: re tries the branches of "two|thr|ten" one after
    another, but "t(?:wo|hr|en)" reads the "t" once. Used for the gates that reject most positions of a
    scan before the full pattern is tried."""
    branches: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in branches.items():
        inner = trie(rests)
        optional = "?" if "" in rests else ""
        parts.append(re.escape(first) + (f"(?:{inner}){optional}" if inner else ""))
    return "|".join(parts)
