"""Hostile inputs for the loaders' tests, generated here: raw PDFs that exhaust or stump their reader,
and a web server on 127.0.0.1 that misbehaves on purpose (one path per misbehaviour)."""

from __future__ import annotations

import base64
import gzip
import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

ARTICLE = ("Officials said 5,000 soldiers were killed in the region by March 2023, and the ministry paid "
           "450,000 rubles to each family. Analysts in Kyiv compared the figure with earlier estimates.")
PAGE = f"<html><head><title>Local report</title></head><body><article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
TEXT_OPERATORS = b"BT /F1 12 Tf 20 100 Td (Officials said 5 soldiers were killed.) Tj ET"


def pdf(content: bytes, stream_entries: bytes = b"", length: bytes | None = None, font: bytes = b"",
        extra_objects: tuple[bytes, ...] = (), trailer_entries: bytes = b"") -> bytes:
    """A one-page PDF, byte by byte, with a correct cross-reference table: object 4 is the page's content
    stream (``content``, with ``stream_entries`` in its dictionary and ``length`` for its /Length),
    object 5 its Helvetica font (``font`` adds entries to it), 6 on are ``extra_objects``."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length " + (length if length is not None else str(len(content)).encode()) + b" "
               + stream_entries + b" >>\nstream\n" + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica " + font + b" >>", *extra_objects]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_entries
    out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def encrypted_pdf(user_password: str, algorithm: str = "AES-128") -> bytes:
    """A real one-page PDF (fpdf2) with a figure in it, encrypted by pypdf (AES needs 'cryptography')."""
    from io import BytesIO

    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    page = FPDF()
    page.add_page()
    page.set_font("Helvetica", size=12)
    page.multi_cell(0, 8, "Officials said 5,000 soldiers were killed in the region.")
    writer = PdfWriter(clone_from=PdfReader(BytesIO(bytes(page.output()))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def surrogate_pdf() -> bytes:
    """A PDF whose font's ToUnicode map sends the letter 'A' to U+D800, a lone surrogate."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Odd def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <D800> endbfchar "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    to_unicode = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    content = b"BT /F1 12 Tf 20 100 Td (Officials said 5 soldiers were killed A.) Tj ET"
    return pdf(content, font=b"/ToUnicode 6 0 R", extra_objects=(to_unicode,))


class MisbehavingServer(http.server.BaseHTTPRequestHandler):
    """One path per way a web server can go wrong; /article is a good page."""

    drip_bytes = 40
    drip_pause = 0.25

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        route = {"/article": self.article, "/many-headers": self.many_headers, "/long-line": self.long_line,
                 "/bad-status": self.bad_status, "/hang-up": self.hang_up, "/drip": self.drip,
                 "/gzip": self.gzipped, "/gzip-bomb": self.gzip_bomb, "/to-ftp": self.to_ftp,
                 "/to-file": self.to_file, "/private": self.private, "/%C3%A9": self.article,
                 "/control-reference": self.control_reference, "/declared-cp1251": self.declared_cp1251}
        handler = route.get(self.path.split("?")[0])
        if handler is None:
            self.send_error(404, "Not Found")
            return
        handler()

    def html(self, body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def article(self) -> None:
        self.html(PAGE.encode())

    def many_headers(self) -> None:
        self.send_response(200)
        for i in range(150):
            self.send_header(f"X-Filler-{i}", "x")
        self.end_headers()
        self.wfile.write(PAGE.encode())

    def long_line(self) -> None:
        self.send_response(200)
        self.send_header("X-Long", "x" * 70_000)
        self.end_headers()

    def bad_status(self) -> None:
        self.wfile.write(b"HELLO THERE\r\n\r\n")

    def hang_up(self) -> None:
        self.close_connection = True

    def drip(self) -> None:
        """A page sent one byte at a time: each read succeeds, the whole never ends in time."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(self.drip_bytes))
        self.end_headers()
        try:
            for _ in range(self.drip_bytes):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(self.drip_pause)
        except OSError:
            pass

    def gzipped(self) -> None:
        self.html(gzip.compress(PAGE.encode()), (("Content-Encoding", "gzip"),))

    def gzip_bomb(self) -> None:
        self.html(gzip.compress(b" " * (30 * 1024 * 1024), 9), (("Content-Encoding", "gzip"),))

    def to_ftp(self) -> None:
        self.send_response(302)
        self.send_header("Location", "ftp://127.0.0.1:1/article")
        self.end_headers()

    def to_file(self) -> None:
        self.send_response(302)
        self.send_header("Location", "file:///etc/passwd")
        self.end_headers()

    def private(self) -> None:
        if self.headers.get("Authorization") != "Basic " + base64.b64encode(b"reader:s3cret").decode():
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="news"')
            self.end_headers()
            return
        self.article()

    def control_reference(self) -> None:
        self.html(PAGE.replace("soldiers were", "soldiers&#x1; were").encode())

    def declared_cp1251(self) -> None:
        body = "<html><body><article><p>Минобороны сообщило о потерях: около 3 000 военнослужащих. " * 3
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=windows-1251")
        self.end_headers()
        self.wfile.write((body + "</p></article></body></html>").encode("cp1251"))

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def misbehaving_server() -> Iterator[str]:
    """The server above on 127.0.0.1 (a free port), answering in threads; yields its base URL."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), MisbehavingServer)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
