"""Loaders refuse what is not a file, read with caps that count bytes, stay linear, and end each input
within a deadline that Cancel can cut short (issue 20, item 4)."""

from __future__ import annotations

import io
import os
import sys
import threading
import tracemalloc
import zipfile
import zlib

import docx
import pytest

from crosscount.core import articles
from crosscount.core.articles import load, load_bytes, load_path, load_url
from crosscount.core.pipeline import load_inputs
from hostile_inputs import ARTICLE, TEXT_OPERATORS, misbehaving_server, pdf

NOT_A_FILE = "not a regular file; only files can be loaded."


def _finishes(fn, seconds: float = 20.0):
    """fn's result, or a failure if it has not returned within ``seconds`` (a hang, not a speed test)."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(fn()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"still running after {seconds} s"
    return result[0]


@pytest.fixture(scope="module")
def server():
    with misbehaving_server() as base:
        yield base


def test_a_named_pipe_called_a_txt_is_refused_without_opening_it(tmp_path):
    os.mkfifo(tmp_path / "a.txt")
    article = _finishes(lambda: load_path(tmp_path / "a.txt"), 5)
    assert article.error == f"This is a named pipe, {NOT_A_FILE}"


def test_a_named_pipe_in_a_folder_is_refused_and_the_rest_loads(tmp_path):
    os.mkfifo(tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(ARTICLE)
    loaded = _finishes(lambda: load_inputs([str(tmp_path)]), 5)
    assert [a.error for a in loaded] == [f"This is a named pipe, {NOT_A_FILE}", None]


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_link_to_a_device_is_refused(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    os.symlink(device, tmp_path / "z.txt")
    assert load_path(tmp_path / "z.txt").error == f"This is a device, {NOT_A_FILE}"


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux's /proc")
def test_the_size_cap_counts_bytes_read_not_the_size_the_system_reports(monkeypatch):
    """/proc files report a size of 0 and hold more: the cap must hold all the same."""
    assert os.stat("/proc/self/status").st_size == 0
    monkeypatch.setattr(articles, "MAX_FILE_BYTES", 200)
    error = load_path("/proc/self/status").error
    assert error == "This file is larger than 200 bytes (counted as it was read); articles over 200 bytes are refused."


def test_the_html_depth_guard_is_linear():
    """'<a ' 80,000 times (240 kB) took 148 s in a guard that looked for each tag's '>' to the end."""
    import subprocess

    # a child process: the regular expression holds the interpreter's lock, so a thread could not time it out
    script = "from crosscount.core.articles import load_bytes; print(load_bytes(b'<a ' * 80_000, 'page.html').error)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "No article text was found in this web page."


def test_a_page_of_too_many_elements_is_refused_before_trafilatura():
    page = "<html><body><article>" + "<p>Officials said 5 soldiers.</p>" * (articles.MAX_HTML_ELEMENTS + 10)
    error = load_bytes((page + "</article></body></html>").encode(), "page.html").error
    assert error == ("This web page has more than 30,000 elements, far more than a news article; save the "
                     "article's text and load that.")


def test_a_large_page_is_read_once_its_pictures_and_scripts_are_out():
    """Saved with its pictures inside, a page is far over the cap; its article is still read, and its
    JSON-LD (where a page's date is) is kept."""
    picture = "data:image/png;base64," + "A" * (6 * 1024 * 1024)
    script = "<script>var x = '" + "x" * (6 * 1024 * 1024) + "';</script>"
    page = (f"<html><head><script type='application/ld+json'>{{\"datePublished\": \"2023-04-02\"}}</script>{script}"
            f"<style>p {{}}</style></head><body><article><p>{ARTICLE}</p><img src='{picture}'><p>{ARTICLE}</p>"
            "</article></body></html>")
    assert len(page) > articles.MAX_HTML_BYTES
    article = load_bytes(page.encode(), "saved.html")
    assert article.error is None and "5,000 soldiers" in article.text and article.published == "2023-04-02"


def test_a_page_of_more_markup_than_the_cap_is_refused():
    page = "<html><body><article><p>" + "Officials said 5 soldiers were killed. " * 300_000 + "</p></article></body></html>"
    assert load_bytes(page.encode(), "long.html").error == (
        "This web page holds 11 MB of markup besides its scripts and pictures, more than the 10 MB read; save "
        "the article's text and load that.")


def test_an_unclosed_script_is_cut_not_searched_again_and_again():
    from crosscount.core.articles import _without_blocks

    assert _without_blocks(b"<p>a</p><script>x" + b"<script>" * 1000, b"script") == b"<p>a</p>"
    assert _without_blocks(b"a<SCRIPT src=x>y</script >b<script type='application/ld+json'>{}</script>c", b"script") \
        == b"ab<script type='application/ld+json'>{}</script>c"


def test_a_dripping_server_is_stopped_at_the_total_deadline(server):
    """40 bytes at one each 0.25 s: every read succeeds, the page would take 10 s."""
    article = _finishes(lambda: load_url(server + "/drip", timeout=1.5), 8)
    assert article.error == "The page did not finish loading within 1.5 s; it was not loaded."


def test_cancel_stops_a_dripping_server(server):
    pressed = threading.Event()
    threading.Timer(0.5, pressed.set).start()
    article = _finishes(lambda: load(server + "/drip", cancelled=pressed.is_set), 8)
    assert article.error == "Loading was cancelled."


def test_cancel_stops_a_file_and_a_pdf(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert load(tmp_path / "a.txt", cancelled=lambda: True).error == "Loading was cancelled."
    assert load_bytes(pdf(TEXT_OPERATORS), "a.pdf", cancelled=lambda: True).error == "Loading was cancelled."


def test_a_slow_input_is_stopped_at_its_deadline():
    from crosscount.core.budget import Budget

    error = load_bytes(pdf(TEXT_OPERATORS), "a.pdf", budget=Budget(0)).error
    assert error == "Loading took longer than 0 s and was stopped."


def test_a_gzip_page_is_unpacked_within_the_cap(server, monkeypatch):
    from crosscount.core import fetching

    assert "5,000 soldiers" in load(server + "/gzip").text
    monkeypatch.setattr(fetching, "MAX_URL_BYTES", 1024 * 1024)
    assert load(server + "/gzip-bomb").error == "The page unpacks to more than 1 MB; it was not loaded."


def _docx_with_document(xml: bytes) -> bytes:
    document = docx.Document()
    document.add_paragraph("placeholder")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            z.writestr(info.filename, xml if info.filename == "word/document.xml" else source.read(info.filename))
    return out.getvalue()


def _lie_about_size(data: bytes, name: bytes, inflated: bytes, declared: int) -> bytes:
    """The zip with ``name``'s sizes in both headers rewritten to ``declared``, and its CRC to that of the
    first ``declared`` bytes, as a crafted bomb would have them."""
    out = bytearray(data)
    crc = zlib.crc32(inflated[:declared]).to_bytes(4, "little")
    size = declared.to_bytes(4, "little")
    for signature, crc_at, size_at, name_at in ((b"PK\x03\x04", 14, 22, 30), (b"PK\x01\x02", 16, 24, 46)):
        at = out.find(signature)
        while at >= 0:
            if out[at + name_at: at + name_at + len(name)] == name:
                out[at + crc_at: at + crc_at + 4] = crc
                out[at + size_at: at + size_at + 4] = size
            at = out.find(signature, at + 4)
    return bytes(out)


def test_a_docx_part_that_inflates_past_its_declared_size_is_stopped_while_inflating():
    """It declares 1,000 bytes and inflates to 150 MB: reading it must not hold the 150 MB."""
    inflated = b"<w:document>" + b" " * (150 * 1024 * 1024)
    bomb = _lie_about_size(_docx_with_document(inflated), b"word/document.xml", inflated, 1000)
    tracemalloc.start()
    try:
        article = load_bytes(bomb, "bomb.docx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert article.error is not None and article.error.startswith("This Word document")
    assert peak < 40 * 1024 * 1024, f"peak {peak / 2**20:.0f} MB"


def test_a_docx_stops_at_its_deadline_between_paragraphs():
    from crosscount.core.budget import Budget

    document = docx.Document()
    for _ in range(50):
        document.add_paragraph(ARTICLE)
    buffer = io.BytesIO()
    document.save(buffer)
    assert load_bytes(buffer.getvalue(), "long.docx", budget=Budget(0)).error == \
        "Loading took longer than 0 s and was stopped."


def test_an_honest_document_xml_over_the_cap_is_refused():
    body = b"<w:p><w:r><w:t>Officials said 5 soldiers were killed.</w:t></w:r></w:p>" * 300_000
    xml = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + b"</w:body></w:document>")
    assert len(xml) > articles.MAX_DOCX_PART_BYTES
    assert load_bytes(_docx_with_document(xml), "huge.docx").error == (
        "This Word document's part word/document.xml is 20 MB; parts over 10 MB are refused (far more text "
        "than any article).")


def test_an_unreadable_subfolder_is_named_not_skipped(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def refuse(path="."):
        if os.fspath(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)  # the tests run as root, which chmod cannot stop
    [article] = load_inputs([str(tmp_path)])
    assert article.error == "This folder cannot be read (permission denied)." and article.path.endswith("sub")


if sys.platform == "win32":  # pragma: no cover - named pipes and /dev are POSIX
    pytestmark = pytest.mark.skip("POSIX file kinds")
