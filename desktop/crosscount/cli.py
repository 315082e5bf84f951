"""The command line (DESIGN.md): extract, export, open the window, screenshot, version.

Everything here is argument handling and printing; the work is done by crosscount.core.pipeline (and
crosscount.core.stream for ``--format jsonl``). Arguments are checked before any work starts: a wrong
date or currency is exit status 2 with a sentence, not a run that quietly converts at the wrong rate.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import os
import re
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.util import find_spec
from typing import IO, Any

from . import __version__
from .core.model import format_value

COMMANDS = ("extract", "export", "batch")
EXIT_INTERRUPTED = 130  # the shell's convention for a program stopped by Ctrl-C (128 + SIGINT)
JSONL_HELP = ("jsonl: one JSON object per line as each input is done, an article then its claims; "
              "it leaves the groups out (grouping needs every claim at once; use json for them)")


def _table(analysis: object) -> str:
    from .core.pipeline import Analysis

    assert isinstance(analysis, Analysis)
    rows = [("article", "text", "value", "unit", "category", "subject", "source", "as of")]
    for c in analysis.claims:
        rows.append((c.article, c.text[:40], format_value(c.low, c.high, c.bound), c.unit or "", c.category or "",
                     c.subject or "", (c.source or "")[:30], c.as_of or ""))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)  # the errors go to standard error, as with every format


def input_name(article: Any) -> str:
    """How an input is named in its error line: as the user gave it ("''" for an empty argument)."""
    return article.path or article.url or article.title or "''"


def _settings(args: argparse.Namespace) -> Any:
    from .core.pipeline import Settings

    return Settings(base_currency=args.base_currency, unit_system=args.units)


def _inputs(items: Iterable[str]) -> Iterator[str]:
    """The inputs, with ``-`` read from standard input one per line (lazily: the list may be endless)."""
    for item in items:
        if item == "-":
            yield from (line.strip() for line in sys.stdin if line.strip())
        else:
            yield item


def _published(value: str) -> str:
    from .core.pipeline import published_iso

    try:
        return str(published_iso(value))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _currency(value: str) -> str:
    from .core.extract.currencies import codes

    code = value.strip().upper()
    if code not in codes():
        raise argparse.ArgumentTypeError(f"'{value}' is not a currency code in circulation (for example USD, EUR)")
    return code


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of processes (1 or more)")
    return int(value)


def _write_out(text: str, output: str | None) -> None:
    """The whole output in one write, to standard output or atomically to ``output``."""
    if output is None:
        sys.stdout.write(text)
        return
    from .core.export import atomic_write

    atomic_write(output, lambda fh: fh.write(text.encode("utf-8")))


def _unwritable(output: str | None, folder: bool = False) -> str | None:
    """Why ``output`` (a file, or with ``folder`` a folder that may not exist yet) cannot be written, checked
    before any work so that an hour's extraction is not lost to a typo; None when it can."""
    if output is None:
        return None
    target = os.path.abspath(output)
    if folder and os.path.isdir(target):
        parent = target
    elif os.path.isdir(target):
        return f"cannot write {output}: it is a folder"
    else:
        parent = os.path.dirname(target)
        while folder and not os.path.exists(parent) and parent != os.path.dirname(parent):
            parent = os.path.dirname(parent)  # batch creates the missing folders
    if not os.path.isdir(parent):
        return f"cannot write {output}: there is no folder {parent}"
    if not os.access(parent, os.W_OK):
        return f"cannot write {output}: permission denied"
    return None


def _refuse(problem: str) -> int:
    print(f"crosscount: {problem}", file=sys.stderr)
    return 2


def cmd_extract(args: argparse.Namespace) -> int:
    if problem := _unwritable(args.output):
        return _refuse(problem)
    if args.explain:
        return _explain(args)
    if args.format == "jsonl":
        return _extract_jsonl(args)
    from .core.export import CLAIM_FIELDS, analysis_document, claim_record, safe_csv_text
    from .core.pipeline import analyze

    analysis = analyze(_inputs(args.inputs), _settings(args), published=args.published, workers=args.jobs)
    if args.format == "json":
        text = json.dumps(analysis_document(analysis), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CLAIM_FIELDS)
        writer.writeheader()
        writer.writerows({k: safe_csv_text(v) for k, v in claim_record(c).items()} for c in analysis.claims)
        text = buf.getvalue()
    else:
        text = _table(analysis) + "\n"
    _write_out(text, args.output)
    for a in analysis.errors:
        print(f"crosscount: {input_name(a)}: {a.error}", file=sys.stderr)
    return 1 if analysis.errors else 0


def _explain(args: argparse.Namespace) -> int:
    """``extract --explain``: for an analyst asking "why was this missed?", input by input."""
    from .core.articles import expand_inputs, load
    from .core.extract.figures import explain

    out: list[str] = []
    failed = 0
    for item in expand_inputs(_inputs(args.inputs)):
        article = load(item)
        if article.error:
            failed += 1
            print(f"crosscount: {input_name(article)}: {article.error}", file=sys.stderr)
            continue
        published = args.published or article.published
        claims, dropped = explain(article.text, published)
        out.append(f"== {item} (published {published or 'unknown'}"
                   f"{', inferred' if article.published_inferred and not args.published else ''})")
        out.append(f"{len(claims)} claims:")
        for c in claims:
            unit = f" {c.unit}" + (f" (from {c.unit_from})" if c.unit_from else "") if c.unit else ""
            per = f" per {c.per}" if c.per else ""
            rules = f"  (rules: {', '.join(c.rules)})" if c.rules else ""
            out.append(f"  {c.start}-{c.end} {c.text!r}: {format_value(c.low, c.high, c.bound)}{unit}{per}{rules}")
            fields = [f"category {c.category or '-'}", f"subject {c.subject or '-'}" + (f" (from {c.subject_from})" if c.subject and c.subject_from else ""),
                      f"source {c.source or '-'}" + (f" (from {c.source_from})" if c.source and c.source_from else ""),
                      f"as of {c.as_of or '-'}" + (f" (from {c.as_of_from})" if c.as_of and c.as_of_from else "")]
            out.append("      " + "; ".join(fields))
        out.append(f"{len(dropped)} numbers that are not claims:")
        out.extend(f"  {start}-{end} {text!r}: {rule}" for start, end, text, rule in dropped)
    _write_out("\n".join(out) + "\n", args.output)
    return 1 if failed else 0


class _Interrupt:
    """Ctrl-C while streaming: the first one lets the inputs in hand finish and stops (every line written
    complete); a second one stops at once."""

    def __init__(self) -> None:
        self.asked = False
        self._before = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, _signum: int, _frame: object) -> None:
        self.asked = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def restore(self) -> None:
        signal.signal(signal.SIGINT, self._before)


def _progress(stream: IO[str]) -> tuple[Callable[[], None], Callable[[str], None], Callable[[], None]]:
    """(step, say, close): a tqdm bar on ``stream`` when it is a terminal, else plain lines and no bar."""
    if not stream.isatty():
        return (lambda: None), (lambda line: print(line, file=stream)), (lambda: None)
    from tqdm import tqdm

    bar = tqdm(file=stream, unit=" articles", dynamic_ncols=True)
    return (lambda: bar.update(1)), (lambda line: bar.write(line, file=stream)), bar.close


def _extract_jsonl(args: argparse.Namespace) -> int:
    from .core.stream import stream

    out: IO[str] = sys.stdout if args.output is None else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    interrupt = _Interrupt()
    step, say, close = _progress(sys.stderr)
    errors = 0
    try:
        for done in stream(_inputs(args.inputs), _settings(args), args.published, jobs=args.jobs or (os.cpu_count() or 1),
                           stop=lambda: interrupt.asked):
            out.write(done.lines)
            out.flush()
            step()
            if done.error:
                errors += 1
                say(f"crosscount: {done.input}: {done.error}")
    finally:
        close()
        interrupt.restore()
        if out is not sys.stdout:
            out.close()
    if interrupt.asked:
        print("crosscount: interrupted; every line written is complete", file=sys.stderr)
        return EXIT_INTERRUPTED
    return 1 if errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    if problem := _unwritable(args.output):
        return _refuse(problem)
    from .core.export import export
    from .core.pipeline import analyze

    analysis = analyze(_inputs(args.inputs), _settings(args), published=args.published, workers=args.jobs)
    try:
        export(analysis, args.output, settings=_settings(args))
    except (OSError, ValueError) as exc:
        print(f"crosscount: cannot write {args.output}: {exc}", file=sys.stderr)
        return 2
    for a in analysis.errors:
        print(f"crosscount: {input_name(a)}: {a.error}", file=sys.stderr)
    print(f"wrote {args.output}: {len(analysis.claims)} claims from {len(analysis.articles)} articles")
    return 1 if analysis.errors else 0


def cmd_batch(args: argparse.Namespace) -> int:
    needed = ["dask", "distributed"] + (["pyarrow"] if args.format == "parquet" else [])
    if any(find_spec(name) is None for name in needed):
        return _refuse("batch needs Dask (and pyarrow for parquet): pip install 'crosscount[batch]'")
    if problem := _unwritable(args.output, folder=True):
        return _refuse(problem)
    from .core.batch import LOCAL_WORKERS, run

    manifest = run(list(_inputs(args.inputs)), args.output, _settings(args), args.published, scheduler=args.scheduler,
                   count=args.partitions, format=args.format, workers=args.jobs or LOCAL_WORKERS)
    print(f"wrote {args.output}: {manifest['claims']} claims from {manifest['articles']} articles in "
          f"{len(manifest['partitions'])} partitions ({manifest['scheduler']})")
    if manifest["errors"]:
        print(f"crosscount: {manifest['errors']} inputs could not be read; their articles' error field says why",
              file=sys.stderr)
    return 1 if manifest["errors"] else 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders or http(s) URLs; - reads them from standard input, one per line; "
                        "a file named like an option goes after --")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=_published, help="publication date for inputs that lack one")
    p.add_argument("--base-currency", default="USD", metavar="CODE", type=_currency, help="currency money is converted to")
    p.add_argument("--units", choices=("metric", "imperial"), default="metric", help="unit system for quantities")
    p.add_argument("--jobs", type=_jobs, metavar="N", help="worker processes (default: one per core)")


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
    p = sub.add_parser("extract", help="print the claims found in the inputs", epilog=JSONL_HELP)
    _common(p)
    p.add_argument("--format", choices=("json", "jsonl", "csv", "table"), default="table",
                   help="json: one crosscount/1 document with groups; " + JSONL_HELP)
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--explain", action="store_true",
                   help="why: every claim with where its source and date were read, and every number that is "
                        "not a claim with the rule that turned it away")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("export", help="write the comparison to .xlsx, .csv or .json")
    _common(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("batch", help="extract an archive on a Dask cluster into partition files",
                       epilog="OUT_DIR gets articles-NNNNN and claims-NNNNN files per partition, groups.json (the "
                              "groups of the whole corpus) and, last, manifest.json; on a cluster of several machines "
                              "it must be a folder every worker can write to")
    _common(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT_DIR")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="a Dask scheduler (tcp://host:8786), or 'threads'; default: a local cluster of --jobs "
                        "processes (2) on 127.0.0.1")
    p.add_argument("--partitions", type=_jobs, metavar="N", help="how many partitions (default: one per 500 inputs)")
    p.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    p.set_defaults(func=cmd_batch)
    return parser


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found |= _option_strings(child)
    return found


def _dash_files(args: list[str], options: set[str]) -> tuple[list[str], dict[str, str]]:
    """Existing files whose names start with "-" ("-dash.txt"), which argparse would take for options,
    passed as "./-dash.txt" (and mapped back afterwards); after "--" every argument is an input anyway."""
    out: list[str] = []
    renamed: dict[str, str] = {}
    for n, arg in enumerate(args):
        if arg == "--":
            return out + args[n:], renamed
        if arg.startswith("-") and arg != "-" and arg.split("=", 1)[0] not in options and os.path.exists(arg):
            renamed[os.path.join(".", arg)] = arg
            arg = os.path.join(".", arg)
        out.append(arg)
    return out, renamed


def _unknown_command(first: str) -> str | None:
    """A sentence when the first argument looks like a mistyped command rather than something to open."""
    if first.startswith("-") or re.match(r"(?i)^https?://", first) or os.path.exists(first):
        return None
    close = difflib.get_close_matches(first, COMMANDS, n=1, cutoff=0.6)
    if close:
        return f"unknown command '{first}', did you mean {close[0]}?"
    if not re.search(r"[./\\]", first):
        return f"unknown command '{first}' (the commands are {', '.join(COMMANDS)}; to open a file, give its path)"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(args_list)
    except KeyboardInterrupt:  # Ctrl-C outside the streaming path: what was written stays as it was
        print("crosscount: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # "crosscount extract … | head": the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes stdout at exit
        return 0


def _main(args_list: list[str]) -> int:
    if args_list and args_list[0] in (*COMMANDS, "--version", "-h", "--help"):
        parser = build_parser()
        protected, renamed = _dash_files(args_list, _option_strings(parser))
        args = parser.parse_args(protected)
        if hasattr(args, "inputs"):
            args.inputs = [renamed.get(item, item) for item in args.inputs]
        return int(args.func(args)) if hasattr(args, "func") else 0
    if args_list and (problem := _unknown_command(args_list[0])):
        return _refuse(problem)
    window = argparse.ArgumentParser(prog="crosscount", description="Open the Crosscount window.")
    window.add_argument("--screenshot", metavar="OUT.png", help="load the inputs, render the window to a PNG, exit")
    window.add_argument("--project", metavar="FILE.crosscount", help="open a saved project")
    window.add_argument("inputs", nargs="*", metavar="INPUT")
    args = window.parse_args(args_list)
    if find_spec("PySide6") is None:
        return _refuse("the window is not installed (this is the command-line install).\n"
                       "  install it with:  pip install 'crosscount[gui]'\n"
                       "  or use the commands:  crosscount extract --help")
    from .gui.app import run

    return run(args.inputs, screenshot=args.screenshot, project=args.project)
