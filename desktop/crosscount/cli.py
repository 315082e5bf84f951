"""The command line (DESIGN.md): extract, export, open the window, screenshot, version.

Everything here is argument handling and printing; the work is done by crosscount.core.pipeline.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Sequence

from . import __version__
from .core.model import format_value


def _table(analysis: object) -> str:
    from .core.pipeline import Analysis

    assert isinstance(analysis, Analysis)
    rows = [("article", "text", "value", "unit", "category", "subject", "source", "as of")]
    for c in analysis.claims:
        rows.append((c.article, c.text[:40], format_value(c.low, c.high, c.bound), c.unit or "", c.category or "",
                     c.subject or "", (c.source or "")[:30], c.as_of or ""))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    for a in analysis.errors:
        lines.append(f"error: {a.path or a.url}: {a.error}")
    return "\n".join(lines)


def _settings(args: argparse.Namespace) -> object:
    from .core.pipeline import Settings

    return Settings(base_currency=args.base_currency.upper(), unit_system=args.units)


def cmd_extract(args: argparse.Namespace) -> int:
    from .core.export import CLAIM_FIELDS, analysis_document, claim_record, safe_csv_text
    from .core.pipeline import analyze

    analysis = analyze(args.inputs, _settings(args), published=args.published)  # type: ignore[arg-type]
    if args.format == "json":
        json.dump(analysis_document(analysis), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CLAIM_FIELDS)
        writer.writeheader()
        writer.writerows({k: safe_csv_text(v) for k, v in claim_record(c).items()} for c in analysis.claims)
        sys.stdout.write(buf.getvalue())
    else:
        print(_table(analysis))
    for a in analysis.errors:
        print(f"crosscount: {a.path or a.url}: {a.error}", file=sys.stderr)
    return 1 if analysis.errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    from .core.export import export
    from .core.pipeline import analyze

    analysis = analyze(args.inputs, _settings(args), published=args.published)  # type: ignore[arg-type]
    try:
        export(analysis, args.output, settings=_settings(args))  # type: ignore[arg-type]
    except (OSError, ValueError) as exc:
        print(f"crosscount: cannot write {args.output}: {exc}", file=sys.stderr)
        return 2
    for a in analysis.errors:
        print(f"crosscount: {a.path or a.url}: {a.error}", file=sys.stderr)
    print(f"wrote {args.output}: {len(analysis.claims)} claims from {len(analysis.articles)} articles")
    return 1 if analysis.errors else 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or http(s) URLs")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for inputs that lack one")
    p.add_argument("--base-currency", default="USD", metavar="CODE", help="currency money is converted to")
    p.add_argument("--units", choices=("metric", "imperial"), default="metric", help="unit system for quantities")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscount", description="Compare the figures that news articles report.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="the window:\n"
               "  crosscount [FILE|FOLDER|URL ...]              open the window, loading these\n"
               "  crosscount --project FILE.crosscount          open a saved project\n"
               "  crosscount --screenshot OUT.png [INPUT ...]   load, render the window to a PNG, exit")
    parser.add_argument("--version", action="version", version=f"crosscount {__version__}")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("extract", help="print the claims found in the inputs")
    _common(p)
    p.add_argument("--format", choices=("json", "csv", "table"), default="table")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("export", help="write the comparison to .xlsx, .csv or .json")
    _common(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in ("extract", "export", "--version", "-h", "--help"):
        args = build_parser().parse_args(args_list)
        try:
            return int(args.func(args)) if hasattr(args, "func") else 0
        except BrokenPipeError:  # "crosscount extract … | head": the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes stdout at exit
            return 0
    window = argparse.ArgumentParser(prog="crosscount", description="Open the Crosscount window.")
    window.add_argument("--screenshot", metavar="OUT.png", help="load the inputs, render the window to a PNG, exit")
    window.add_argument("--project", metavar="FILE.crosscount", help="open a saved project")
    window.add_argument("inputs", nargs="*", metavar="INPUT")
    args = window.parse_args(args_list)
    from .gui.app import run

    return run(args.inputs, screenshot=args.screenshot, project=args.project)
