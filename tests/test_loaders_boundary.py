"""Every input fails alone: hostile PDFs, a misbehaving web server and impossible paths each come back
as that input's error sentence, never as an exception that would end the batch (issue 20, item 1)."""

from __future__ import annotations

import zlib

import pytest

from crosscount.core.articles import expand_inputs, load, load_bytes, load_url
from crosscount.core.pipeline import load_inputs
from hostile_inputs import TEXT_OPERATORS, encrypted_pdf, misbehaving_server, pdf


@pytest.fixture(scope="module")
def server():
    with misbehaving_server() as base:
        yield base


@pytest.mark.parametrize(("make", "message"), [
    (lambda: pdf(b"xxxx", b"/Filter /FooDecode"),
     "This PDF uses something the PDF reader does not support (Unsupported filter /FooDecode)."),
    (lambda: pdf(b"xxxx", b"/Filter /JBIG2Decode"), "This PDF needs a decoder that is not installed"),
    (lambda: pdf(zlib.compress(b" " * 120_000_000, 9), b"/Filter /FlateDecode"), "This PDF is built to exhaust its reader"),
    (lambda: pdf(TEXT_OPERATORS, length=b"4 0 R"), "This PDF is built to exhaust its reader"),
], ids=["unknown-filter", "jbig2", "flate-bomb", "self-referring-length"])
def test_a_pdf_that_stumps_its_reader_is_named(make, message):
    article = load_bytes(make(), "hostile.pdf")
    assert article.error is not None and article.error.startswith(message)


def test_a_plain_pdf_of_the_same_build_reads(tmp_path):
    assert "5 soldiers were killed" in load_bytes(pdf(TEXT_OPERATORS), "plain.pdf").text


@pytest.mark.parametrize(("path", "message"), [
    ("/many-headers", "The server sent more than 100 headers; the page was not loaded."),
    ("/long-line", "The server sent a line longer than HTTP allows; the page was not loaded."),
    ("/bad-status", "The server did not answer in HTTP (its first line is not a status line)."),
    ("/hang-up", "The server closed the connection without answering."),
])
def test_a_server_that_breaks_http_is_named(server, path, message):
    assert load(server + path).error == message


@pytest.mark.parametrize(("url", "message"), [
    ("http://[::1", "This is not a valid web address (Invalid IPv6 URL)."),
    ("http://127.0.0.1:99999/", "This is not a valid web address (Port out of range 0-65535)."),
    ("http://127.0.0.1:x/", "This is not a valid web address"),
    ("http://127.0.0.1:1/é", "The address could not be reached (Connection refused)."),
    ("http://127.0.0.1:1/a\r\nX-Injected: 1", "The address could not be reached (Connection refused)."),
    ("http:///no-host", "This web address names no server."),
])
def test_an_impossible_address_is_named(url, message):
    error = load_url(url).error
    assert error is not None and error.startswith(message)


def test_a_non_ascii_path_is_sent_percent_encoded(server):
    article = load(server + "/é")
    assert article.error is None and "5,000 soldiers" in article.text and article.url.endswith("/é")


def test_a_path_too_long_for_the_system_is_named_in_a_folder_scan():
    long_name = "a" * 5000
    assert list(expand_inputs([long_name])) == [long_name]
    assert load(long_name).error == "This path is too long for the system to open (a file or folder name is over its limit)."


def test_a_batch_keeps_its_good_inputs_whatever_the_bad_ones_raise(tmp_path, server):
    (tmp_path / "good.txt").write_text("Report\n\nOfficials said 2,000 soldiers were killed.\n")
    (tmp_path / "filter.pdf").write_bytes(pdf(b"xxxx", b"/Filter /FooDecode"))
    articles = load_inputs([str(tmp_path), "http://[::1", server + "/many-headers", "a" * 5000, "http://127.0.0.1:1/é"])
    by_name = {(a.path or a.url or "").rsplit("/", 1)[-1]: a for a in articles}
    assert by_name["good.txt"].error is None and "2,000 soldiers" in by_name["good.txt"].text
    assert len(articles) == 6 and sum(1 for a in articles if a.error) == 5


def test_an_unforeseen_failure_in_a_reader_is_a_sentence_naming_it(monkeypatch):
    from crosscount.core import articles

    def broken(data, budget, charset=None):
        raise ZeroDivisionError("deep inside a library")

    monkeypatch.setitem(articles.READERS, ".txt", broken)
    assert load_bytes(b"text", "a.txt").error == "This file could not be read (ZeroDivisionError)."


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_encrypted_only_against_changes_opens_with_its_figures(algorithm):
    """Reports are often 'encrypted' with an empty password that only forbids editing: they open."""
    article = load_bytes(encrypted_pdf("", algorithm), "report.pdf")
    assert article.error is None and "5,000 soldiers were killed" in article.text


def test_a_pdf_that_needs_a_password_says_so():
    article = load_bytes(encrypted_pdf("secret", "AES-256"), "report.pdf")
    assert article.error is not None and "encrypted with a password" in article.error
