"""Tables that Crosscount generates from libraries it does not load at run time (Babel's CLDR currencies,
pint's unit registry) and keeps in ``resources/data``: read there when extraction needs them, and written
again by the generating module's ``main`` (a test of each keeps the stored file equal to what the library
gives today)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from importlib import resources
from typing import Any


def read(name: str) -> dict[str, Any]:
    """The stored table ``resources/data/NAME``."""
    raw = resources.files("crosscount.resources").joinpath(f"data/{name}").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def regenerate(name: str, build: Callable[[], dict[str, Any]], argv: list[str] = sys.argv) -> int:
    """Write ``build()`` to ``argv[1]``, or to ``resources/data/NAME`` when no path is given, in the stable
    form the stored files keep (sorted keys, one entry a line) so that a regenerated table diffs cleanly."""
    out = argv[1] if len(argv) > 1 else f"resources/data/{name}"
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(build(), fh, ensure_ascii=False, indent=0, sort_keys=True)
        fh.write("\n")
    return 0
