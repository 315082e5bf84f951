"""Writing the comparison out: .xlsx (openpyxl), .csv and .json, chosen by the file's extension.

Every write goes through ``safe_files.atomic_write``: a temporary file in the same folder renamed over
the target only when complete, so a crash or a full disk never leaves half a workbook where a good one was.

Safety: text from articles and analysts never becomes a formula. openpyxl turns any string that starts
with "=" into a formula, so every text cell is typed as a string explicitly; in CSV, where the reading
application decides, a text that starts with = + - @ tab or CR is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import json
import os
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .model import SCHEMA, Claim
from .safe_files import atomic_write

if TYPE_CHECKING:
    from .pipeline import Analysis, Settings

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CLAIM_FIELDS = ("id", "article", "text", "kind", "low", "high", "estimate", "bound", "unit", "unit_from", "per",
                "normalized_low", "normalized_high", "normalized_unit", "rate_value", "rate_date", "rate_source",
                "category", "subject", "subject_from", "source", "source_from", "as_of", "as_of_from", "group", "flags", "edited", "excluded",
                "note", "start", "end", "sentence", "lang", "rules")


def safe_csv_text(value: Any) -> Any:
    """A CSV cell that no spreadsheet will read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def claim_record(c: Claim) -> dict[str, Any]:
    """One claim as a flat record (CSV row, Claims sheet row)."""
    n = c.normalized or {}
    rate = n.get("rate") or {}
    return {
        "id": c.id, "article": c.article, "text": c.text, "kind": c.kind, "low": c.low, "high": c.high,
        "estimate": c.estimate, "bound": c.bound, "unit": c.unit, "unit_from": c.unit_from, "per": c.per,
        "normalized_low": n.get("low"), "normalized_high": n.get("high"), "normalized_unit": n.get("unit"),
        "rate_value": rate.get("value"), "rate_date": rate.get("date"), "rate_source": rate.get("source"),
        "category": c.category, "subject": c.subject, "subject_from": c.subject_from, "source": c.source, "source_from": c.source_from, "as_of": c.as_of,
        "as_of_from": c.as_of_from, "group": c.group, "flags": "; ".join(c.flags), "edited": c.edited,
        "excluded": c.excluded, "note": c.note, "start": c.start, "end": c.end, "sentence": c.sentence,
        "lang": c.lang, "rules": "; ".join(c.rules),
    }


def analysis_document(analysis: Analysis) -> dict[str, Any]:
    """The JSON document of ``extract --format json`` (schema crosscount/1)."""
    return {
        "schema": SCHEMA,
        "articles": [a.as_dict() for a in analysis.articles],
        "claims": [c.as_dict() for c in analysis.claims],
        "groups": [g.as_dict() for g in analysis.groups],
        "errors": [{"article": a.id, "input": a.path or a.url, "error": a.error} for a in analysis.errors],
    }


def export(analysis: Analysis, path: str | os.PathLike[str], settings: Settings | None = None) -> None:
    """Write ``analysis`` to ``path``; the extension picks the format (.xlsx, .csv, .json)."""
    ext = Path(path).suffix.lower()
    if ext == ".json":
        data = json.dumps(analysis_document(analysis), ensure_ascii=False, indent=2).encode("utf-8")

        def write_json(fh: IO[bytes]) -> None:
            fh.write(data)

        atomic_write(path, write_json)
    elif ext == ".csv":
        atomic_write(path, lambda fh: _write_csv(analysis, fh))
    elif ext == ".xlsx":
        from .export_xlsx import write_workbook

        atomic_write(path, lambda fh: write_workbook(analysis, fh, settings))
    else:
        raise ValueError(f"unknown export format '{ext}'; use .xlsx, .csv or .json")


def _write_csv(analysis: Analysis, fh: IO[bytes]) -> None:
    import io

    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=CLAIM_FIELDS)
    writer.writeheader()
    for c in analysis.claims:
        writer.writerow({k: safe_csv_text(v) for k, v in claim_record(c).items()})
    fh.write(buf.getvalue().encode("utf-8-sig"))  # the BOM tells Excel the file is UTF-8


def iso_to_date(value: str | None) -> date | str | None:
    """A real date for a spreadsheet where the text is a full ISO date; month precision stays text."""
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value
