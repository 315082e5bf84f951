"""Text is made valid Unicode once, at loading: whatever cannot be decoded becomes U+FFFD in every field,
so saving a project or writing JSON never meets a lone surrogate (issue 20, item 3)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, fields

import pytest

from crosscount.core.articles import from_text, load_bytes, load_path
from crosscount.core.edits import Edits
from crosscount.core.pipeline import load_inputs
from crosscount.core.project import open_project, save_project
from hostile_inputs import ARTICLE, surrogate_pdf


def _assert_savable(article, tmp_path):
    for f in fields(article):
        value = getattr(article, f.name)
        if isinstance(value, str):
            value.encode("utf-8")  # strict: a lone surrogate raises here
    json.dumps(asdict(article), ensure_ascii=False).encode("utf-8")
    save_project(tmp_path / "p.crosscount", [article], Edits())
    assert open_project(tmp_path / "p.crosscount").articles[0].text == article.text


def test_a_raw_8bit_sender_and_subject_are_decoded_not_left_as_surrogates(tmp_path):
    raw = b"From: R\xfcters <desk@example.org>\r\nSubject: Caf\xe9 prices\r\n\r\n" + ARTICLE.encode() + b"\r\n"
    article = load_bytes(raw, "wire.eml")
    assert (article.outlet, article.title) == ("Rüters", "Café prices")
    _assert_savable(article, tmp_path)


def test_a_pdf_whose_character_map_names_a_surrogate(tmp_path):
    article = load_bytes(surrogate_pdf(), "odd.pdf")
    assert "5 soldiers were killed \ufffd" in article.text
    _assert_savable(article, tmp_path)


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_a_replacement(tmp_path):
    name = os.fsdecode(b"caf\xe9 report.txt")  # the byte \xe9 alone is not UTF-8
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    article = load_path(tmp_path / name)
    assert article.error is None and article.path.endswith("caf\ufffd report.txt")
    _assert_savable(article, tmp_path)
    (tmp_path / name).unlink()
    missing = load_path(tmp_path / name)
    assert missing.error == "There is no file at this path." and missing.title == "caf\ufffd report.txt"


def test_a_folder_holding_such_a_name_loads_it(tmp_path):
    (tmp_path / os.fsdecode(b"r\xe9sum\xe9.txt")).write_text(ARTICLE, encoding="utf-8")
    [article] = load_inputs([str(tmp_path)])
    assert article.error is None and "\ufffd" in article.path


@pytest.mark.parametrize(("text", "clean"), [
    ("plain", "plain"),
    ("a\ud800b", "a\ufffdb"),
    ("\udcfc", "\ufffd"),
    ("\ud83d\ude00", "\U0001f600"),  # a pair that came through UTF-16 is the character it encodes
    ("Café €", "Café €"),
])
def test_valid_unicode(text, clean):
    from crosscount.core.decoding import valid_unicode

    assert valid_unicode(text) == clean


def test_pasted_text_with_a_surrogate(tmp_path):
    article = from_text("Officials said 5 soldiers were killed \udc80.")
    assert article.text.endswith("killed \ufffd.")
    _assert_savable(article, tmp_path)
