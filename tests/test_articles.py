"""Loading: each format generated here for real, metadata read, and every bad input named plainly."""

from __future__ import annotations

import http.server
import threading
import time
import zipfile
from email.message import EmailMessage

import docx
import pytest
from fpdf import FPDF

from crosscount.core.articles import load, load_path
from crosscount.core.pipeline import load_inputs

BODY = ("The Associated Press reported that Moscow had lost upwards of 50,000 soldiers killed during the "
        "invasion as of April 2023. Recruits are offered 450,000 rubles.")


def test_text_encodings_are_detected(tmp_path):
    text = ("Minsk report\n\nМинобороны сообщило, что потери составили около 3 000 военнослужащих. По данным "
            "Медиазоны, погибли не менее 27 423 человек. Officials said 2,000 soldiers were killed.\n")
    for codec in ("utf-8", "utf-16", "cp1251"):
        p = tmp_path / f"{codec}.txt"
        p.write_bytes(text.encode(codec))
        a = load_path(p)
        assert a.error is None and "Минобороны" in a.text, codec
    latin = tmp_path / "cp1252.txt"
    latin.write_bytes("Café report — officials said 2,000 soldiers were killed in the café’s street.".encode("cp1252"))
    assert "Café" in load_path(latin).text


def test_plain_text_dateline_and_title(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Losses mount\nPublished: August 18, 2023\n\n" + BODY, encoding="utf-8")
    a = load_path(p)
    assert (a.title, a.published, a.published_inferred) == ("Losses mount", "2023-08-18", False)


def test_plain_text_without_date_infers_latest_mentioned(sample_path):
    a = load_path(sample_path)
    assert a.published == "2023-08-03" and a.published_inferred


def test_html_main_text_and_metadata_without_furniture(tmp_path):
    html = f"""<!doctype html><html><head><title>Russia's losses | Daily Planet</title>
    <meta property="og:site_name" content="Daily Planet"><meta property="article:published_time" content="2023-08-05T10:00:00Z">
    <meta name="author" content="Jane Reporter"><link rel="canonical" href="https://planet.example/russia-losses"></head>
    <body><nav><ul><li>Home</li><li>World</li><li>Subscribe for 99 cents</li></ul></nav>
    <div class="cookie">We use 3 cookies. Accept all?</div>
    <article><h1>Russia's losses</h1><p>{BODY}</p><p>The UK Ministry of Defence said between 40,000 and 60,000
    Russians had been killed. Analysts in Kyiv and London compared these figures with earlier estimates from the spring.</p></article>
    <footer>© 2023 Daily Planet. 24 Main Street. Call 555-123-4567.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    a = load_path(p)
    assert a.error is None
    assert "upwards of 50,000" in a.text and "Subscribe" not in a.text and "cookies" not in a.text
    assert a.outlet == "Daily Planet" and a.published == "2023-08-05"
    assert a.url == "https://planet.example/russia-losses"


def test_pdf_text_with_ligatures_and_hyphenation(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Casualty report\n\nThe official figures say 1,200 soldiers were killed. The recruit-",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "ment drive offers 450,000 rubles.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_title("Casualty report")
    p = tmp_path / "r.pdf"
    pdf.output(str(p))
    a = load_path(p)
    assert a.error is None and a.title == "Casualty report"
    assert "recruitment drive" in a.text and "1,200 soldiers" in a.text


def test_docx_paragraphs_and_tables(tmp_path):
    d = docx.Document()
    d.core_properties.title = "Memo"
    d.add_paragraph(BODY)
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Killed"
    table.rows[0].cells[1].text = "about 400,000"
    p = tmp_path / "m.docx"
    d.save(str(p))
    a = load_path(p)
    assert a.title == "Memo" and "upwards of 50,000" in a.text and "Killed | about 400,000" in a.text


def test_docx_external_entity_is_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    d = docx.Document()
    d.add_paragraph("placeholder")
    good = tmp_path / "good.docx"
    d.save(str(good))
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(evil, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
                                    f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'.encode())
                data = data.replace(b"placeholder", b"&x;")
            zout.writestr(item, data)
    a = load_path(evil)
    assert "TOP-SECRET-TOKEN" not in (a.text or "") and "TOP-SECRET-TOKEN" not in (a.error or "")


def test_eml_subject_date_and_body(tmp_path):
    msg = EmailMessage()
    msg["Subject"] = "Weekly casualty digest"
    msg["From"] = "Defence Desk <desk@example.org>"
    msg["Date"] = "Fri, 04 Aug 2023 09:00:00 +0000"
    msg.set_content(BODY)
    p = tmp_path / "d.eml"
    p.write_bytes(bytes(msg))
    a = load_path(p)
    assert (a.title, a.published, a.outlet) == ("Weekly casualty digest", "2023-08-04", "Defence Desk")
    assert "upwards of 50,000" in a.text


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "The file is empty."),
    ("blob.txt", b"\x00\x01\x02binary\x00" * 50, "This file holds binary data, not text."),
    ("cut.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "This PDF is damaged or truncated"),
    ("fake.pdf", b"hello", "This is not a PDF file"),
    ("fake.docx", b"not a zip at all", "This is not a Word document"),
    ("deep.html", b"<div>" * 5000 + b"x", "nested more than 400 levels deep"),
    ("sheet.xlsx", b"PK", "Crosscount cannot read '.xlsx' files"),
    ("NOTES", b"a note", "Crosscount cannot read 'NOTES': it has no file extension; it reads .docx,"),
])
def test_bad_inputs_have_specific_messages(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    a = load_path(p)
    assert a.error is not None and message in a.error


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("secret")
    p = tmp_path / "locked.pdf"
    with open(p, "wb") as fh:
        w.write(fh)
    assert "encrypted with a password" in load_path(p).error


def test_zip_bomb_docx_is_refused(tmp_path):
    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (210 * 1024 * 1024))
    assert "far more than any article" in load_path(p).error


def test_missing_path_and_folder_and_duplicates(tmp_path, sample_path):
    assert load_path(tmp_path / "nope.txt").error == "There is no file at this path."
    folder = tmp_path / "f"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(sample_path.read_text())
    (folder / "copy.txt").write_text(sample_path.read_text())
    (folder / "notes.xyz").write_text("ignored")
    arts = load_inputs([str(folder)])
    assert len(arts) == 1 and arts[0].error is None


class _Handler(http.server.BaseHTTPRequestHandler):
    """A local news site: /article, /slow (answers after 2 s), /big (a long page), anything else 404."""

    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path not in ("/article", "/slow", "/big"):
            self.send_error(404, "Not Found")
            return
        if self.path == "/slow":
            time.sleep(2)
        repeat = 40 if self.path == "/big" else 2
        body = f"<html><head><title>Local</title></head><body><article><p>{BODY * repeat}</p></article></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_loading_against_a_local_server(server):
    a = load(f"{server}/article")
    assert a.error is None and "upwards of 50,000" in a.text and a.url.endswith("/article")
    missing = load(f"{server}/gone")
    assert missing.error == "The server answered 404 Not Found."


def test_url_that_does_not_answer_in_time(server):
    from crosscount.core.articles import load_url

    a = load_url(f"{server}/slow", timeout=0.5)
    assert a.error == "The address did not answer within 0.5 s."


def test_url_larger_than_the_cap_is_refused(server, monkeypatch):
    from crosscount.core import fetching

    monkeypatch.setattr(fetching, "MAX_URL_BYTES", 1000)
    error = load(f"{server}/big").error
    assert error is not None and error.startswith("The page is larger than") and error.endswith("it was not loaded.")


def test_large_batches_use_worker_processes_with_the_same_result(tmp_path, sample_path):
    from crosscount.core import pipeline

    for i in range(pipeline.PARALLEL_FROM + 5):
        (tmp_path / f"{i:03}.txt").write_text(f"Report {i}\n\nOfficials said {i + 100} soldiers were killed.\n")
    (tmp_path / "999-copy.txt").write_text("Report 3\n\nOfficials said 103 soldiers were killed.\n")
    parallel = pipeline.load_and_extract([str(tmp_path)], workers=2)
    sequential = pipeline.load_and_extract([str(tmp_path)], workers=1)
    assert [(a.id, a.text, [c.text for c in cs]) for a, cs in parallel] == \
           [(a.id, a.text, [c.text for c in cs]) for a, cs in sequential]
    assert len(parallel) == pipeline.PARALLEL_FROM + 5  # the copy was dropped
    assert "107" in [c.text for c in parallel[7][1]]


def test_a_file_far_larger_than_any_article_is_refused_without_reading_it(tmp_path):
    from crosscount.core.articles import MAX_FILE_BYTES

    huge = tmp_path / "dump.txt"
    with open(huge, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1024 * 1024)  # sparse: no time or disk spent writing it
    error = load_path(huge).error
    assert error == "This file is 51 MB; articles over 50 MB are refused."


def test_a_folder_of_good_and_bad_files_keeps_the_good_ones(tmp_path, sample_path):
    (tmp_path / "good.txt").write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    arts = {a.path.split("/")[-1]: a for a in load_inputs([str(tmp_path)])}
    assert arts["good.txt"].error is None
    assert arts["empty.txt"].error == "The file is empty."
    assert arts["broken.docx"].error.startswith("This is not a Word document")


def test_an_unreadable_file_says_so(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("Officials said 5 soldiers were killed.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("crosscount.core.articles.os.open", refuse)  # the tests run as root, which chmod cannot stop
    assert load_path(p).error == "This file cannot be read (permission denied)."


def test_eml_with_an_html_body_reads_the_article_not_the_furniture(tmp_path):
    msg = EmailMessage()
    msg["Subject"] = "Newsletter: losses"
    msg["From"] = "World News Daily <news@example.org>"
    msg["Date"] = "Fri, 04 Aug 2023 09:00:00 +0000"
    msg.set_content("Plain-text version.")
    msg.add_alternative(f"<html><body><nav>Home | Subscribe for $1 a week</nav><article><p>{BODY}</p>"
                        f"<p>{BODY}</p></article><footer>Unsubscribe · 100 Main Street</footer></body></html>",
                        subtype="html")
    p = tmp_path / "n.eml"
    p.write_bytes(bytes(msg))
    a = load_path(p)
    assert a.error is None and "upwards of 50,000" in a.text
    assert "Subscribe" not in a.text and "Main Street" not in a.text


def test_every_figure_of_the_seed_survives_a_news_page(tmp_path, sample_text):
    import html

    from crosscount.core.pipeline import extract_text

    paras = [p.strip() for p in sample_text.split("\n\n") if p.strip()]
    body = "".join(f"<h2>{html.escape(p)}</h2>" if len(p) < 60 else f"<p>{html.escape(p)}</p>" for p in paras[1:])
    page = (f"<html><head><title>{html.escape(paras[0])} | World News</title>"
            "<meta property='og:site_name' content='World News Daily'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/sub'>Subscribe for $1 a week</a></nav>"
            "<div class='cookie-banner'>We and our 842 partners use cookies.</div>"
            f"<main><article><h1>{html.escape(paras[0])}</h1>{body}</article>"
            "<aside><h3>Most read</h3><a href='/a'>10 things to know about NATO</a></aside></main>"
            "<footer>© 2023 World News Daily. Call 555-010-9999.</footer></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    article = load_path(tmp_path / "page.html")
    assert {c.text for c in extract_text(article.text)} == {c.text for c in extract_text(sample_text)}
    assert article.outlet == "World News Daily"


def _valid_files(tmp_path) -> dict[str, bytes]:
    """A real Word document, e-mail and web page holding BODY."""
    document = docx.Document()
    document.add_paragraph(BODY)
    document.save(tmp_path / "a.docx")
    message = EmailMessage()
    message["From"] = "Desk <desk@example.com>"
    message["Subject"] = "Report"
    message["Date"] = "Mon, 3 Apr 2023 10:00:00 +0000"
    message.set_content(BODY)
    page = f"<html><head><title>Report</title></head><body><article><p>{BODY}</p></article></body></html>"
    return {"a.docx": (tmp_path / "a.docx").read_bytes(), "a.eml": bytes(message), "a.html": page.encode()}


def test_damaged_files_are_named_plainly_never_raised(tmp_path):
    """Bytes of a real file overwritten, cut or inserted (as a damaged download or disk leaves them): the
    libraries that parse them raise their own errors (zipfile's BadZipFile, the email parser's IndexError,
    an unknown charset's LookupError); each must come back as an article with a message, never as an
    exception that would take a batch of good files down with it."""
    import random

    from crosscount.core.articles import load_bytes

    rng = random.Random(7)
    kinds = {"docx": 0, "eml": 0}
    for name, data in _valid_files(tmp_path).items():
        for _ in range(250):
            damaged = bytearray(data)
            for _ in range(rng.randint(1, 6)):
                at = rng.randrange(len(damaged))
                if rng.random() < 0.5:
                    damaged[at] = rng.randrange(256)
                else:
                    del damaged[at: at + rng.randint(1, 16)]
            article = load_bytes(bytes(damaged), name)
            assert article.error or article.text
            if article.error and name != "a.html":
                kinds[name[2:]] += 1
    assert load_bytes(b"Content-Type: text/plain; charset=no-such-charset\nSubject: x\n\n5,000 killed\n", "a.eml").text
    assert all(kinds.values())  # the damage did reach the parsers: some files were refused, by name
