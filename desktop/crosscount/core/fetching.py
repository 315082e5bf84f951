"""Fetching a web page: http(s) only, within a total deadline, with a size cap, or a sentence why not.

What a hostile or broken server can do is turned into ``LoadError`` with plain words: a line longer
than HTTP allows, more than 100 headers, a first line that is no status line, a redirect to ``ftp://``
or ``file://``, a page that drips a byte a second (the deadline is for the whole fetch, enforced by a
watchdog that closes the connection), a compressed page that inflates without end.
"""

from __future__ import annotations

import base64
import http.client
import socket
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .budget import Budget, LoadError

MAX_URL_BYTES = 20 * 1024 * 1024
"""The most a page may be, as sent and once unpacked (gzip): far above any article's page."""
URL_DEADLINE_S = 30.0
"""The most time fetching one address may take, from connecting to the last byte (not per read)."""
_CHUNK = 64 * 1024
_USER_AGENT = "Crosscount/0.1 (+desktop article reader)"


@dataclass(frozen=True)
class Fetched:
    """A page's bytes as the server meant them (unpacked), and what its headers say they are."""

    data: bytes
    content_type: str
    charset: str | None


def shown_url(url: str) -> str:
    """The address as the person wrote it, without a password (``user:pw@``) that should not be kept."""
    try:
        parts = urllib.parse.urlsplit(url)
        if parts.password is None:
            return url
        host = parts.netloc.rpartition("@")[2]
        return urllib.parse.urlunsplit(parts._replace(netloc=f"{parts.username}@{host}"))
    except ValueError:
        return url


def request_for(url: str) -> urllib.request.Request:
    """A request for ``url``: non-ASCII host names IDNA-encoded, non-ASCII paths and queries
    percent-encoded as UTF-8 (as browsers send them), and ``user:pw@`` sent as Basic authentication."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise LoadError(f"This is not a valid web address ({exc}).") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise LoadError("Only http:// and https:// addresses can be loaded.")
    if not host:
        raise LoadError("This web address names no server.")
    try:
        ascii_host = host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        raise LoadError(f"The server name '{host}' is not a valid host name.") from None
    if ":" in ascii_host:
        ascii_host = f"[{ascii_host}]"
    netloc = ascii_host + (f":{port}" if port is not None else "")
    path = urllib.parse.quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = urllib.parse.quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    headers = {"User-Agent": _USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    if parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return urllib.request.Request(urllib.parse.urlunsplit((parts.scheme.lower(), netloc, path, query, "")),
                                  headers=headers)


def fetch(url: str, timeout: float = URL_DEADLINE_S, cancelled: Callable[[], bool] | None = None) -> Fetched:
    """The page at ``url``, or ``LoadError``; the whole fetch ends within ``timeout`` seconds."""
    request = request_for(url)
    watch = _Watchdog(Budget(timeout, cancelled))
    opener = urllib.request.build_opener(_WatchedHTTP(watch), _WatchedHTTPS(watch), _HttpOnlyRedirects())
    try:
        with opener.open(request, timeout=timeout) as resp:
            watch.responded = True
            raw = _read_capped(resp, watch)
            encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
            content_type = resp.headers.get_content_type()
            charset = resp.headers.get_content_charset()
    except LoadError:
        raise
    except Exception as exc:
        raise LoadError(watch.stop_reason() or _reason(exc, timeout)) from None
    finally:
        watch.stop()
    return Fetched(_unpack(raw, encoding), content_type, charset)


def _read_capped(resp: Any, watch: _Watchdog) -> bytes:
    """The body read in chunks, counting what arrives (never trusting Content-Length)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = resp.read(_CHUNK)
        reason = watch.stop_reason()
        if reason:
            raise LoadError(reason)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > MAX_URL_BYTES:
            raise LoadError(f"The page is larger than {MAX_URL_BYTES // 2**20} MB; it was not loaded.")
        chunks.append(chunk)


def _unpack(raw: bytes, encoding: str) -> bytes:
    """A gzip- or deflate-encoded body unpacked, never past ``MAX_URL_BYTES``."""
    if encoding in ("identity", ""):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise LoadError(f"The server sent the page packed as '{encoding}', which Crosscount cannot unpack.")
    attempts = (31,) if "gzip" in encoding else (15, -15)  # deflate: zlib-wrapped, or raw as some servers send
    for wbits in attempts:
        try:
            inflater = zlib.decompressobj(wbits)
            out = inflater.decompress(raw, MAX_URL_BYTES + 1)
        except zlib.error:
            continue
        if len(out) > MAX_URL_BYTES or inflater.unconsumed_tail:
            raise LoadError(f"The page unpacks to more than {MAX_URL_BYTES // 2**20} MB; it was not loaded.")
        return out
    raise LoadError(f"The page's {encoding} packing is damaged; it cannot be unpacked.")


def _reason(exc: BaseException, timeout: float) -> str:
    """A sentence for what went wrong while fetching."""
    if isinstance(exc, urllib.error.HTTPError):
        return f"The server answered {exc.code} {exc.reason}."
    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        exc = exc.reason
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"The address did not answer within {timeout:g} s."
    if isinstance(exc, http.client.LineTooLong):
        return "The server sent a line longer than HTTP allows; the page was not loaded."
    if isinstance(exc, http.client.RemoteDisconnected):
        return "The server closed the connection without answering."
    if isinstance(exc, http.client.BadStatusLine):
        return "The server did not answer in HTTP (its first line is not a status line)."
    if isinstance(exc, http.client.IncompleteRead):
        return "The server closed the connection before the page was complete."
    if isinstance(exc, http.client.InvalidURL):
        return f"This is not a valid web address ({exc})."
    if isinstance(exc, http.client.HTTPException):
        if "more than" in str(exc) and "headers" in str(exc):
            return "The server sent more than 100 headers; the page was not loaded."
        return f"The server's answer is not valid HTTP ({type(exc).__name__})."
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"The site's security certificate could not be verified ({exc.verify_message})."
    if isinstance(exc, ssl.SSLError):
        return f"A secure connection to the site could not be made ({exc.reason or type(exc).__name__})."
    if isinstance(exc, (ValueError, UnicodeError)):
        return f"This is not a valid web address ({exc})."
    if isinstance(exc, OSError):
        return f"The address could not be reached ({exc.strerror or exc})."
    return f"The address could not be loaded ({type(exc).__name__})."


class _Watchdog:
    """Closes the connections of one fetch when its deadline passes or Cancel is pressed, so that a
    read blocked on a dripping server returns at once (a socket timeout is only per read)."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.fired: str | None = None
        self.responded = False  # the server's headers have arrived
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="crosscount-fetch-watchdog", daemon=True)
        self._thread.start()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                self._close(sock)

    def stop(self) -> None:
        self._done.set()

    def stop_reason(self) -> str | None:
        """The sentence for a fetch the watchdog ended (None if it did not)."""
        if self.fired is None:
            return None
        if self.fired == "cancelled":
            return "Loading was cancelled."
        if self.responded:
            return f"The page did not finish loading within {self.budget.seconds:g} s; it was not loaded."
        return f"The address did not answer within {self.budget.seconds:g} s."

    def _run(self) -> None:
        while not self._done.wait(0.05):
            reason = self.budget.stop_reason()
            if reason is not None:
                with self._lock:
                    self.fired = "cancelled" if reason == "Loading was cancelled." else "deadline"
                    for sock in self._sockets:
                        self._close(sock)
                return

    @staticmethod
    def _close(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class _Watched:
    """A connection that hands its socket to the fetch's watchdog as soon as it is connected."""

    watch: _Watchdog
    sock: socket.socket

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self.watch.add(self.sock)


class _WatchedHTTPConnection(_Watched, http.client.HTTPConnection):
    pass


class _WatchedHTTPSConnection(_Watched, http.client.HTTPSConnection):
    pass


def _watched_connection(cls: type[_Watched], watch: _Watchdog) -> Callable[..., Any]:
    """What urllib's ``do_open`` calls to make a connection: one of ``cls``, watched by ``watch``."""
    def connection(host: str, **kwargs: Any) -> Any:
        conn = cls(host, **kwargs)  # type: ignore[call-arg]
        conn.watch = watch
        return conn

    return connection


class _WatchedHTTP(urllib.request.HTTPHandler):
    def __init__(self, watch: _Watchdog) -> None:
        super().__init__()
        self.connection = _watched_connection(_WatchedHTTPConnection, watch)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self.connection, req)


class _WatchedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, watch: _Watchdog) -> None:
        super().__init__()
        self.connection = _watched_connection(_WatchedHTTPSConnection, watch)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self.connection, req, context=self._context)  # type: ignore[attr-defined]


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed only to http(s) addresses (urllib would follow one to ftp://)."""

    def http_error_302(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                       headers: Any) -> Any:
        target = headers.get("Location") or headers.get("URI") or ""
        try:
            scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, target)).scheme.lower()
        except ValueError:
            raise LoadError("The address redirects to an address that is not valid.") from None
        if scheme not in ("http", "https"):
            raise LoadError(f"The address redirects to {target[:200]}; only http:// and https:// pages are loaded.")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302
