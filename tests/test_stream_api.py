"""The public API's contract for what it is given: dates of any usual type, paths as Path, an article
given twice, and ids derived from each article's origin (so runs and shards never collide)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import crosscount
from crosscount.core.articles import from_text
from crosscount.core.pipeline import next_article_number, origin_id, text_id

TEXT = "Officials said in February that 300 soldiers were killed, and paid 5,000 euros to each family."


@pytest.mark.parametrize("published", ["2024-05-01", datetime.date(2024, 5, 1), datetime.datetime(2024, 5, 1, 9, 30),
                                       " 2024-05-01 ", "2024-05-01T09:30:00"])
def test_extract_takes_a_date_a_datetime_or_iso_text(published):
    claims = crosscount.extract(TEXT, published=published)
    assert {c.as_of for c in claims} == {"2024-02"}


@pytest.mark.parametrize("published", ["garbage", "2023-13-45", "2023-02-30", "", "0001-01-01"])
def test_an_impossible_date_is_a_value_error_with_a_sentence(published):
    with pytest.raises(ValueError, match="date|year"):
        crosscount.extract(TEXT, published=published)


@pytest.mark.parametrize("published", [20240501, 2024.5, ["2024-05-01"], b"2024-05-01"])
def test_a_date_of_another_type_is_a_type_error(published):
    with pytest.raises(TypeError, match="str, datetime.date or datetime.datetime"):
        crosscount.extract(TEXT, published=published)


def test_extract_refuses_what_is_not_text():
    with pytest.raises(TypeError, match="str"):
        crosscount.extract(b"300 soldiers")  # type: ignore[arg-type]


def test_load_takes_a_path_and_gives_the_id_of_its_origin(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    by_path, by_text = crosscount.load(f), crosscount.load(str(f))
    assert not by_path.error and by_path.text == by_text.text
    assert by_path.id == by_text.id == origin_id(str(f)) and by_path.id.startswith("a_")
    assert crosscount.load(f, article_id="mine").id == "mine"
    assert crosscount.load("").error == "No file or address was given."
    with pytest.raises(TypeError, match="path or a URL"):
        crosscount.load(42)  # type: ignore[arg-type]


def test_ids_differ_by_origin_and_repeat_across_runs(tmp_path, monkeypatch):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    ids = {origin_id(str(tmp_path / d / "a.txt")) for d in ("x", "y")}
    assert len(ids) == 2
    monkeypatch.chdir(tmp_path)
    assert origin_id("x/a.txt") == origin_id(str(tmp_path / "x" / "a.txt"))  # relative or absolute: one file
    assert origin_id("http://127.0.0.1:8000/a") != origin_id("http://127.0.0.1:8000/b")
    assert text_id(TEXT) == text_id("  " + TEXT.upper()) != text_id(TEXT + " And 4 more.")


def test_the_windows_numbering_ignores_origin_ids():
    arts = [from_text(TEXT, article_id="a3"), from_text(TEXT, article_id=origin_id("/some/file.txt")),
            from_text(TEXT, article_id="a_1234567890123456")]
    assert next_article_number(arts) == 4


def test_compare_counts_an_article_given_twice_once():
    a = from_text(TEXT + " Later 400 soldiers were killed, officials said.", article_id="a1")
    b = from_text("Officials said 350 soldiers were killed in February.", article_id="a2")
    once = crosscount.compare([a, b])
    twice = crosscount.compare([a, a, b, b])
    assert [g.claims for g in twice] == [g.claims for g in once]
    assert sum(len(g.claims) for g in once) >= 3


def test_load_of_a_path_object_equals_load_of_its_text(sample_path: Path):
    assert crosscount.load(sample_path).text == crosscount.load(str(sample_path)).text
