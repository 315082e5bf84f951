"""The project file: one SQLite database with the articles (and their text), the claims as extracted,
the analyst's edits and the settings.

Saving writes a complete new database beside the target and renames it into place, so a crash or a full
disk mid-save leaves the previous project intact. Opening checks that the file is a Crosscount project
of a version this code reads, and says so in words when it is not.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from .edits import Edits
from .model import Article, Claim

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


def _claim_from(data: dict[str, Any]) -> Claim:
    known = {f.name for f in fields(Claim)}
    values = {k: v for k, v in data.items() if k in known}
    values["flags"] = tuple(values.get("flags") or ())
    return Claim(**values)


def save_project(path: str | os.PathLike[str], articles: list[Article], edits: Edits,
                 settings: dict[str, Any] | None = None, claims: list[Claim] | None = None) -> None:
    """Write the whole project atomically (temporary file, then rename)."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            with con:
                con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                con.executescript(_SCHEMA)
                con.execute("INSERT INTO meta VALUES ('app', 'crosscount')")
                con.executemany("INSERT INTO articles VALUES (?, ?, ?)",
                                [(i, a.id, json.dumps(asdict(a), ensure_ascii=False)) for i, a in enumerate(articles)])
                con.executemany("INSERT INTO claims VALUES (?, ?, ?)",
                                [(c.id, c.article, json.dumps(c.as_dict(), ensure_ascii=False)) for c in claims or []])
                con.executemany("INSERT INTO claim_edits VALUES (?, ?, ?)",
                                [(cid, k, json.dumps(v)) for cid, vals in edits.claims.items() for k, v in vals.items()])
                con.executemany("INSERT INTO article_edits VALUES (?, ?, ?)",
                                [(aid, k, json.dumps(v)) for aid, vals in edits.articles.items() for k, v in vals.items()])
                con.executemany("INSERT INTO added_claims VALUES (?, ?)",
                                [(i, json.dumps(c.as_dict(), ensure_ascii=False)) for i, c in enumerate(edits.added)])
                con.executemany("INSERT INTO group_labels VALUES (?, ?)", list(edits.group_labels.items()))
                con.executemany("INSERT INTO settings VALUES (?, ?)",
                                [(k, json.dumps(v)) for k, v in (settings or {}).items()])
        finally:
            con.close()
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ProjectError(f"The project could not be written ({exc}).") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def open_project(path: str | os.PathLike[str]) -> Project:
    p = Path(path)
    if not p.is_file():
        raise ProjectError("There is no project file at this path.")
    try:
        con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectError(f"This project file cannot be opened ({exc}).") from exc
    try:
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise ProjectError("This is not a Crosscount project (it is not an SQLite database).") from exc
        if app_id != APPLICATION_ID:
            raise ProjectError("This is not a Crosscount project.")
        if version > SCHEMA_VERSION:
            raise ProjectError(f"This project was saved by a newer Crosscount (format {version}); update to open it.")
        articles = [Article(**json.loads(row[0])) for row in con.execute("SELECT data FROM articles ORDER BY ord")]
        claims = [_claim_from(json.loads(row[0])) for row in con.execute("SELECT data FROM claims")]
        claim_edits: dict[str, dict[str, Any]] = {}
        for cid, key, value in con.execute("SELECT claim_id, field, value FROM claim_edits"):
            claim_edits.setdefault(cid, {})[key] = json.loads(value)
        article_edits: dict[str, dict[str, Any]] = {}
        for aid, key, value in con.execute("SELECT article_id, field, value FROM article_edits"):
            article_edits.setdefault(aid, {})[key] = json.loads(value)
        added = tuple(_claim_from(json.loads(row[0])) for row in con.execute("SELECT data FROM added_claims ORDER BY ord"))
        labels = dict(con.execute("SELECT key, label FROM group_labels").fetchall())
        settings = {k: json.loads(v) for k, v in con.execute("SELECT key, value FROM settings")}
    except (sqlite3.DatabaseError, json.JSONDecodeError, TypeError) as exc:
        raise ProjectError(f"This project file is damaged ({exc}).") from exc
    finally:
        con.close()
    return Project(articles, Edits(claim_edits, article_edits, added, labels), settings, claims)
