"""The loaders' smaller faults of issue 20, item 9, each with its test."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscount.core.articles import expand_inputs, load, load_bytes, skipped_note
from hostile_inputs import ARTICLE, PAGE, misbehaving_server


@pytest.fixture(scope="module")
def server():
    with misbehaving_server() as base:
        yield base


def test_a_control_character_reference_does_not_delete_the_page(server):
    assert "5,000 soldiers" in load(server + "/control-reference").text
    for reference in ("&#x1;", "&#0;", "&#xD800;", "&#x110000;", "&#99999999999;"):
        article = load_bytes(PAGE.replace("soldiers were", f"soldiers{reference} were").encode(), "page.html")
        assert article.error is None and "Officials said 5,000 soldiers" in article.text, reference


@pytest.mark.parametrize("path", ["/to-ftp", "/to-file"])
def test_a_redirect_to_another_scheme_is_not_followed(server, path):
    error = load(server + path).error
    assert error is not None and error.startswith("The address redirects to ")
    assert error.endswith("; only http:// and https:// pages are loaded.")


def test_a_gzip_page_is_read_as_the_page(server):
    article = load(server + "/gzip")
    assert article.error is None and "450,000 rubles" in article.text


def test_credentials_in_the_address_are_sent_and_not_kept(server):
    with_password = server.replace("http://", "http://reader:s3cret@") + "/private"
    article = load(with_password)
    assert article.error is None and "5,000 soldiers" in article.text
    assert "s3cret" not in article.url and article.url.startswith("http://reader@127.0.0.1:")
    wrong = load(server.replace("http://", "http://reader:guess@") + "/private")
    assert wrong.error == "The server answered 401 Unauthorized."


@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_input_is_an_error_not_the_current_folder(empty):
    assert load(empty).error == "No file or address was given."


def test_a_path_object_is_an_input(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert "5,000 soldiers" in load(tmp_path / "a.txt").text
    assert list(expand_inputs([tmp_path])) == [str(tmp_path / "a.txt")]
    assert load(Path(tmp_path / "missing.txt")).error == "There is no file at this path."


def test_a_folder_gives_its_articles_and_names_the_files_it_skips(tmp_path):
    """A folder is read for its articles: its own documentation (README, LICENSE, in any format) and hidden
    files are left out quietly; a file of a format Crosscount does not read is left out and named."""
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "sub/a.md", "README", "README.md", "sub/LICENSE.txt", "Licence", ".draft.txt",
                 "figures.csv", "sub/scan.tiff"):
        (tmp_path / name).write_text(ARTICLE)
    skipped: list[str] = []
    assert list(expand_inputs([tmp_path], skipped)) == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]
    assert skipped == [str(tmp_path / "figures.csv"), str(tmp_path / "sub" / "scan.tiff")]
    assert skipped_note(skipped) == "2 files in the folder skipped, not in a format Crosscount reads (figures.csv, scan.tiff)"
    assert skipped_note([]) is None
    assert list(expand_inputs([tmp_path / "README.md"])) == [str(tmp_path / "README.md")]  # named: read as asked


def test_something_that_is_no_input_is_named():
    assert load(42).error == "An input is a file path or a web address, not int."  # type: ignore[arg-type]


def test_an_eml_whose_text_starts_with_note_keeps_it_as_text():
    article = load_bytes(b"Note: the figures below are provisional.\n\n" + ARTICLE.encode(), "memo.eml")
    assert article.error is None and article.text.startswith("Note: the figures below are provisional.")
    assert "5,000 soldiers" in article.text


def test_a_real_message_still_reads_its_headers():
    raw = b"From: Desk <desk@example.org>\nSubject: Losses\nNote: internal\n\n" + ARTICLE.encode()
    article = load_bytes(raw, "memo.eml")
    assert (article.title, article.outlet) == ("Losses", "Desk") and "Note: internal" not in article.text


def test_another_scheme_is_refused_as_an_address():
    assert load("ftp://127.0.0.1/a.txt").error == "Only http:// and https:// addresses can be loaded."


def test_an_https_site_with_an_unverifiable_certificate_is_named(tmp_path):
    """The https path is the watched one too: a self-signed certificate is refused with a sentence."""
    import http.server
    import shutil
    import ssl
    import subprocess
    import threading

    if shutil.which("openssl") is None:
        pytest.skip("needs openssl to make a certificate")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(tmp_path / "k.pem"),
                    "-out", str(tmp_path / "c.pem"), "-days", "1", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "c.pem", tmp_path / "k.pem")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        error = load(f"https://127.0.0.1:{httpd.server_address[1]}/").error
    finally:
        httpd.shutdown()
    assert error == "The site's security certificate could not be verified (self-signed certificate)."
