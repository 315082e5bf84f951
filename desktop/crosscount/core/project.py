"""The project file: one SQLite database with the articles (and their text), the claims as extracted,
the analyst's edits and the settings.

Saving writes a complete new database beside the target and renames it into place, so a crash or a full
disk mid-save leaves the previous project intact. Opening trusts nothing in the file (it may come from
anyone): it checks that the file is a Crosscount project of a version this code reads, with exactly its
tables, undamaged, every record of the right types, and says so in words when it is not.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import types
import typing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .edits import EditError, Edits
from .model import Article, Claim
from .safe_files import replacing

APPLICATION_ID = 0x43435431  # "CCT1", in SQLite's header: this is a Crosscount project
SCHEMA_VERSION = 1
SUFFIX = ".crosscount"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, data TEXT NOT NULL);
CREATE TABLE claims (id TEXT PRIMARY KEY, article TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE claim_edits (claim_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT, PRIMARY KEY (claim_id, field));
CREATE TABLE article_edits (article_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT, PRIMARY KEY (article_id, field));
CREATE TABLE added_claims (ord INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE group_labels (key TEXT PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class ProjectError(Exception):
    """Why a project file cannot be opened or saved, for the person who chose it."""


@dataclass(frozen=True)
class Project:
    articles: list[Article]
    edits: Edits
    settings: dict[str, Any]
    claims: list[Claim]


# What one row may hold: an article's text is capped at loading (articles.MAX_FILE_BYTES), and its JSON,
# with every character escaped, stays well below this. A larger row is not ours, and is never read.
MAX_ROW_BYTES = 256 * 1024 * 1024
_HINTS: dict[type[Any], dict[str, Any]] = {cls: typing.get_type_hints(cls) for cls in (Article, Claim)}
_TABLES = ("articles", "claims", "claim_edits", "article_edits", "added_claims", "group_labels", "settings")


def _expected_schema() -> frozenset[tuple[str, str]]:
    """(type, name) of every object the schema creates, read back from SQLite itself (indexes included)."""
    con = sqlite3.connect(":memory:")
    try:
        con.executescript(_SCHEMA)
        return frozenset(con.execute("SELECT type, name FROM sqlite_master"))
    finally:
        con.close()


def _save_error(exc: BaseException) -> ProjectError:
    if isinstance(exc, UnicodeError):
        return ProjectError("The project could not be written: some text in it is not valid Unicode "
                            f"({type(exc).__name__}).")
    if isinstance(exc, OSError):
        return ProjectError(f"The project could not be written ({exc.strerror or exc}).")
    return ProjectError(f"The project could not be written ({type(exc).__name__}: {exc}).")


def save_project(path: str | os.PathLike[str], articles: list[Article], edits: Edits,
                 settings: dict[str, Any] | None = None, claims: list[Claim] | None = None) -> None:
    """Write the whole project atomically (``safe_files.replacing``). Every failure, a full disk or a
    text that cannot be encoded, is a ProjectError with a sentence; the previous file stays as it was."""
    try:
        with replacing(path) as tmp:
            con = sqlite3.connect(tmp)
            con.execute("PRAGMA journal_mode = OFF")  # a new file renamed into place needs no rollback journal
            try:
                with con:
                    _write(con, articles, edits, settings or {}, claims or [])
            finally:
                con.close()
    except (sqlite3.Error, OSError, UnicodeError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise _save_error(exc) from exc


def _write(con: sqlite3.Connection, articles: list[Article], edits: Edits, settings: dict[str, Any],
           claims: list[Claim]) -> None:
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    con.executescript(_SCHEMA)
    con.execute("INSERT INTO meta VALUES ('app', 'crosscount')")
    con.executemany("INSERT INTO articles VALUES (?, ?, ?)",
                    [(i, a.id, _json(asdict(a))) for i, a in enumerate(articles)])
    con.executemany("INSERT INTO claims VALUES (?, ?, ?)", [(c.id, c.article, _json(c.as_dict())) for c in claims])
    con.executemany("INSERT INTO claim_edits VALUES (?, ?, ?)",
                    [(cid, k, _json(v)) for cid, vals in edits.claims.items() for k, v in vals.items()])
    con.executemany("INSERT INTO article_edits VALUES (?, ?, ?)",
                    [(aid, k, _json(v)) for aid, vals in edits.articles.items() for k, v in vals.items()])
    con.executemany("INSERT INTO added_claims VALUES (?, ?)",
                    [(i, _json(c.as_dict())) for i, c in enumerate(edits.added)])
    con.executemany("INSERT INTO group_labels VALUES (?, ?)", list(edits.group_labels.items()))
    con.executemany("INSERT INTO settings VALUES (?, ?)", [(k, _json(v)) for k, v in settings.items()])


def _json(value: Any) -> str:
    """Strict JSON (no NaN or Infinity, which other readers refuse)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def open_project(path: str | os.PathLike[str]) -> Project:
    """Read a project, trusting nothing in it: the file must be a Crosscount project of a version this
    code reads, hold exactly the tables its schema makes (no views or triggers, which run SQL on
    reading), pass SQLite's own check, and every row must have the types its field has. What fails says
    why in a ProjectError; what opens can always be saved again."""
    p = Path(path)
    if not p.is_file():
        raise ProjectError("There is no project file at this path.")
    try:
        con = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError) as exc:
        raise ProjectError(f"This project file cannot be opened ({exc}).") from exc
    try:
        _check_file(con)
        return _read(con)
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"This project file is damaged ({exc}).") from exc
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ProjectError(f"This project file is damaged: a record is not valid JSON ({type(exc).__name__}).") from exc
    except MemoryError as exc:
        raise ProjectError("This project file holds a record too large to read.") from exc
    finally:
        con.close()


def stored_size(path: str | os.PathLike[str]) -> int:
    """The characters of the articles a project file holds (their records, text and all), read without
    reading the project: what opening it will cost, known before. 0 for a file that is no readable
    project (``open_project`` then says why)."""
    try:
        con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return 0
    try:
        row = con.execute("SELECT total(length(data)) FROM articles").fetchone()
        return int(row[0]) if row and isinstance(row[0], (int, float)) else 0
    except sqlite3.Error:
        return 0
    finally:
        con.close()


def _check_file(con: sqlite3.Connection) -> None:
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ProjectError("This is not a Crosscount project (it is not an SQLite database).") from exc
    if app_id != APPLICATION_ID:
        raise ProjectError("This is not a Crosscount project.")
    if version > SCHEMA_VERSION:
        raise ProjectError(f"This project was saved by a newer Crosscount (format {version}); update to open it.")
    found = frozenset(con.execute("SELECT type, name FROM sqlite_master"))
    if found != _expected_schema():
        extra = sorted(f"{kind} {name}" for kind, name in found - _expected_schema())
        missing = sorted(f"{kind} {name}" for kind, name in _expected_schema() - found)
        what = "; ".join(filter(None, [f"unexpected {', '.join(extra)}" if extra else "",
                                       f"missing {', '.join(missing)}" if missing else ""]))
        raise ProjectError(f"This project file does not have a Crosscount project's tables ({what}).")
    problems = [row[0] for row in con.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise ProjectError(f"This project file is damaged ({'; '.join(map(str, problems[:3]))}).")
    for table in _TABLES:
        columns = [row[1] for row in con.execute(f"PRAGMA table_info({table})")]
        longest = con.execute(f"SELECT max({' + '.join(f'length({c})' for c in columns)}) FROM {table}").fetchone()[0]
        if longest is not None and longest > MAX_ROW_BYTES:
            raise ProjectError(f"This project file holds a record of {longest // 2**20:,} MB in '{table}', "
                               "far more than any article; it was not opened.")


def _read(con: sqlite3.Connection) -> Project:
    articles = [_record(Article, row[0], "an article") for row in con.execute("SELECT data FROM articles ORDER BY ord")]
    claims = [_record(Claim, row[0], "a claim") for row in con.execute("SELECT data FROM claims")]
    claim_edits: dict[str, dict[str, Any]] = {}
    for cid, key, value in con.execute("SELECT claim_id, field, value FROM claim_edits"):
        claim_edits.setdefault(_text(cid), {})[_text(key)] = _edit_value(Claim, key, value)
    article_edits: dict[str, dict[str, Any]] = {}
    for aid, key, value in con.execute("SELECT article_id, field, value FROM article_edits"):
        article_edits.setdefault(_text(aid), {})[_text(key)] = _edit_value(Article, key, value)
    added = tuple(_record(Claim, row[0], "an added claim")
                  for row in con.execute("SELECT data FROM added_claims ORDER BY ord"))
    labels = {_text(k): _text(v) for k, v in con.execute("SELECT key, label FROM group_labels")}
    settings = {_text(k): json.loads(_text(v)) for k, v in con.execute("SELECT key, value FROM settings")}
    try:
        edits = Edits()
        for cid, values in claim_edits.items():
            edits = edits.set_claim(cid, **values)
        for aid, values in article_edits.items():
            edits = edits.set_article(aid, **values)
    except EditError as exc:
        raise ProjectError(f"This project file holds an edit Crosscount cannot apply ({exc}).") from exc
    _check_settings(settings)
    return Project(articles, Edits(claim_edits, article_edits, added, labels), settings, claims)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ProjectError(f"This project file is damaged: a {type(value).__name__} stands where text belongs.")
    return value


def _record(cls: type[Any], raw: Any, what: str) -> Any:
    """A dataclass from a stored JSON object, every field checked against the type it declares."""
    data = json.loads(_text(raw))
    if not isinstance(data, dict):
        raise ProjectError(f"This project file is damaged: {what} is not a record.")
    hints = _HINTS[cls]
    values = {k: v for k, v in data.items() if k in hints}  # fields of a later version are left out
    for name, value in values.items():
        if not _conforms(value, hints[name]):
            raise ProjectError(f"This project file is damaged: {what}'s '{name}' is {type(value).__name__} "
                               f"({str(value)[:40]!r}), not {hints[name]}.")
        if isinstance(value, list):  # JSON has no tuples
            values[name] = tuple(value)
    try:
        return cls(**values)
    except TypeError as exc:
        raise ProjectError(f"This project file is damaged: {what} is incomplete ({exc}).") from exc


def _edit_value(cls: type[Any], key: Any, raw: Any) -> Any:
    value = json.loads(_text(raw))
    hint = _HINTS[cls].get(_text(key))
    if hint is not None and not _conforms(value, hint):
        raise ProjectError(f"This project file is damaged: an edit of '{key}' is {type(value).__name__}, not {hint}.")
    return value


def _check_settings(settings: dict[str, Any]) -> None:
    """The settings must be ones the window can apply: read them as it does, each rate as if typed."""
    from .extract.currencies import codes
    from .pipeline import Settings

    try:
        read = Settings.from_dict(settings)
        for (code, day), value in read.rate_overrides.items():
            Settings().with_rate_override(code, day, value)
    except (TypeError, ValueError, AttributeError) as exc:
        raise ProjectError(f"This project file holds settings Crosscount cannot use ({exc}).") from exc
    if read.base_currency not in codes():
        raise ProjectError(f"This project file's base currency '{read.base_currency[:20]}' is not a currency code.")
    if read.unit_system not in ("metric", "imperial") or read.rate_date not in ("as_of", "published"):
        raise ProjectError("This project file holds settings Crosscount cannot use (unit system or rate date).")


def _conforms(value: Any, hint: Any) -> bool:
    """Whether a JSON value has the declared type: ``str | None``, ``float | None``, ``tuple[str, ...]``…"""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is Any:
        return True
    if origin is tuple:
        return isinstance(value, tuple | list) and all(_conforms(v, typing.get_args(hint)[0]) for v in value)
    if origin is dict or hint is dict:
        return isinstance(value, dict)
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    return isinstance(value, hint)
