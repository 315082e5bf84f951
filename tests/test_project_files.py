"""Project files and exports under hostile and odd input: every failure a ProjectError sentence, no
hang, no stray file, the mode of a replaced file kept, and what a killed save leaves cleaned up."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pytest

from crosscount.core.articles import from_text
from crosscount.core.edits import Edits
from crosscount.core.export import export
from crosscount.core.model import Article
from crosscount.core.pipeline import Settings, analyze_articles
from crosscount.core.project import ProjectError, open_project, save_project
from crosscount.core.safe_files import new_file_mode, remove_stale_parts

TEXT = "Report\nPublished: March 3, 2024\n\nOfficials said 300 soldiers were killed and 5,000 rubles paid.\n"


def saved(path: Path) -> Path:
    article = from_text(TEXT, "a1")
    save_project(path, [article], Edits().set_claim("a1:1", category="wounded"), Settings().as_dict(),
                 analyze_articles([article]).claims)
    return path


def tamper(path: Path, *statements: str, params: tuple = ()) -> None:
    con = sqlite3.connect(path)
    with con:
        for sql in statements:
            con.execute(sql, params) if params else con.execute(sql)
    con.close()


def dead_pid() -> int:
    """A process id that no process has now: a child that has exited and been reaped."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


@pytest.mark.parametrize("name", ["my project #1.crosscount", "what?.crosscount", "50% done.crosscount",
                                  "a&b=c.crosscount"])
def test_names_with_uri_characters_open_and_leave_no_stray_file(tmp_path, name):
    path = saved(tmp_path / name)
    project = open_project(path)
    assert project.articles[0].text == TEXT
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_recursive_view_is_refused_at_once(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    tamper(path, "CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                 "SELECT x FROM c")
    started = time.monotonic()
    with pytest.raises(ProjectError, match="unexpected view endless"):
        open_project(path)
    assert time.monotonic() - started < 5


def test_a_table_replaced_by_a_view_of_a_huge_blob_is_refused(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    tamper(path, "DROP TABLE articles",
           "CREATE VIEW articles AS SELECT 0 AS ord, 'a1' AS id, zeroblob(2000000000) AS data")
    with pytest.raises(ProjectError, match="view articles"):
        open_project(path)


def test_a_trigger_is_refused(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    tamper(path, "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM articles; END")
    with pytest.raises(ProjectError, match="unexpected trigger t"):
        open_project(path)


def test_a_record_over_the_cap_is_not_read(tmp_path, monkeypatch):
    from crosscount.core import project

    path = saved(tmp_path / "p.crosscount")
    monkeypatch.setattr(project, "MAX_ROW_BYTES", 100)
    with pytest.raises(ProjectError, match="far more than any article"):
        open_project(path)


def test_deeply_nested_json_is_damage_not_a_crash(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    tamper(path, "UPDATE articles SET data = ?", params=("[" * 200_000,))
    with pytest.raises(ProjectError, match="not valid JSON"):
        open_project(path)


@pytest.mark.parametrize("table, column, value, message", [
    ("articles", "data", json.dumps({"id": 5, "text": "x"}), "'id' is int"),
    ("articles", "data", json.dumps(["a1"]), "not a record"),
    ("articles", "data", json.dumps({"text": "no id"}), "incomplete"),
    ("claims", "data", None, "'low' is str"),
    ("claim_edits", "value", json.dumps({"nested": 1}), "an edit of 'category' is dict"),
    ("settings", "value", json.dumps(5), "settings"),
])
def test_wrong_types_are_damage_with_a_sentence(tmp_path, table, column, value, message):
    path = saved(tmp_path / "p.crosscount")
    if table == "claims":
        con = sqlite3.connect(path)
        data = json.loads(con.execute("SELECT data FROM claims LIMIT 1").fetchone()[0])
        con.close()
        value = json.dumps({**data, "low": "abc"})
    where = " WHERE key = 'rate_overrides'" if table == "settings" else ""
    tamper(path, f"UPDATE {table} SET {column} = ?{where}", params=(value,))
    with pytest.raises(ProjectError, match=message):
        open_project(path)


def test_a_base_currency_that_is_no_currency_is_refused(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    tamper(path, "UPDATE settings SET value = ? WHERE key = 'base_currency'", params=(json.dumps("XYZW"),))
    with pytest.raises(ProjectError, match="'XYZW' is not a currency code"):
        open_project(path)


def test_damaged_pages_are_a_project_error(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 2, len(data), 7):  # scribble over the second half of the pages
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError):
        open_project(path)


def test_what_opens_can_be_saved_again(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    project = open_project(path)
    again = tmp_path / "again.crosscount"
    save_project(again, project.articles, project.edits, project.settings, project.claims)
    assert open_project(again).edits == project.edits


def test_text_that_cannot_be_encoded_is_a_project_error_and_the_old_file_stays(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    before = path.read_bytes()
    # loading makes text valid Unicode (test_loaders_unicode); an Article made by other code may not be
    broken = Article(id="a1", text="Report\n\nR\udcfcters said 300 soldiers were killed.\n")
    with pytest.raises(ProjectError, match="not valid Unicode"):
        save_project(path, [broken], Edits())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.crosscount"]


def test_a_replaced_file_keeps_its_mode_and_a_new_one_gets_the_umask(tmp_path):
    path = saved(tmp_path / "p.crosscount")
    assert stat.S_IMODE(path.stat().st_mode) == new_file_mode()
    os.chmod(path, 0o640)
    saved(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    out = tmp_path / "out.json"
    export(analyze_articles([from_text(TEXT, "a1")]), out)
    assert stat.S_IMODE(out.stat().st_mode) == new_file_mode()


def test_new_file_mode_follows_the_umask():
    old = os.umask(0o027)
    try:
        assert new_file_mode() == 0o640
    finally:
        os.umask(old)


def test_leftovers_of_dead_writers_are_removed_and_live_ones_kept(tmp_path):
    target = tmp_path / "p.crosscount"
    stale = tmp_path / f".p.crosscount.{dead_pid()}.abc123.part"
    live = tmp_path / f".p.crosscount.{os.getppid()}.def456.part"
    other = tmp_path / f".q.crosscount.{dead_pid()}.ghi789.part"
    for p in (stale, live, other):
        p.write_bytes(b"x")
    assert remove_stale_parts(target) == [stale]
    assert live.exists() and other.exists()


def test_a_save_killed_midway_leaves_the_project_and_the_next_save_cleans_up(tmp_path):
    """kill -9 a process that saves a large project over and over; the file stays a whole project."""
    path = saved(tmp_path / "p.crosscount")
    script = textwrap.dedent(f"""
        from crosscount.core.articles import from_text
        from crosscount.core.edits import Edits
        from crosscount.core.project import save_project
        articles = [from_text("Officials said 300 soldiers were killed. " * 20000 + str(i), f"a{{i}}") for i in range(30)]
        print("ready", flush=True)
        while True:
            save_project({str(path)!r}, articles, Edits())
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    time.sleep(1.5)
    child.kill()
    child.wait()
    assert open_project(path).articles  # either the first project or one of the child's, whole
    saved(path)
    assert [p.name for p in tmp_path.iterdir()] == ["p.crosscount"]


def test_an_export_killed_midway_is_cleaned_by_the_next(tmp_path):
    out = tmp_path / "out.xlsx"
    (tmp_path / f".out.xlsx.{dead_pid()}.zz.part").write_bytes(b"half a workbook")
    export(analyze_articles([from_text(TEXT, "a1")]), out)
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


@pytest.mark.parametrize("bad", ["\x01", "\x00", "\ufffe", "\x1b[31m", "\ud800"])
def test_characters_xml_cannot_carry_never_fail_the_workbook(tmp_path, bad):
    article = from_text(TEXT, "a1")
    analysis = analyze_articles([article])
    claim = next(c for c in analysis.claims if c.text == "300")
    edits = Edits().set_claim(claim.id, category=f"killed{bad}", subject=f"Russia{bad}", source=f"officials{bad}",
                              per=f"month{bad}")
    analysis = analyze_articles([article], edits=edits)
    out = tmp_path / "out.xlsx"
    export(analysis, out)
    book = openpyxl.load_workbook(out)
    assert "Comparison" in book.sheetnames
    titles = [ws for ws in book["Charts"]._charts]
    assert titles, "the group of the edited claim has its chart"


def test_stored_size_tells_how_much_article_text_a_project_holds_without_reading_it(tmp_path):
    from crosscount.core.articles import from_text
    from crosscount.core.edits import Edits
    from crosscount.core.project import save_project, stored_size

    arts = [from_text(f"Report {i}\n\nThe ministry said {i} people were hurt.\n" * 20, f"a{i}") for i in range(3)]
    path = tmp_path / "p.crosscount"
    save_project(path, arts, Edits())
    assert sum(len(a.text) for a in arts) <= stored_size(path) < 2 * sum(len(a.text) for a in arts) + 3_000
    junk = tmp_path / "junk.crosscount"
    junk.write_bytes(b"not a database")
    assert stored_size(junk) == 0 and stored_size(tmp_path / "none.crosscount") == 0
