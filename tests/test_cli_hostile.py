"""`crosscount extract good.txt <bad inputs…>` as a user runs it: the good file's claims are printed,
each bad input gets one error sentence, the exit status is 1, and no traceback is ever printed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from hostile_inputs import encrypted_pdf, misbehaving_server, pdf

GOOD = "Losses\nPublished: May 2, 2023\n\nOfficials said 5,000 soldiers were killed and 450,000 rubles paid.\n"


def bad_files(folder: Path) -> list[str]:
    """One input of each kind that must fail alone (generated here)."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    (folder / "filter.pdf").write_bytes(pdf(b"xx", stream_entries=b"/Filter /NoSuchDecode"))
    (folder / "encrypted.pdf").write_bytes(encrypted_pdf("secret", "AES-256"))
    (folder / "notzip.docx").write_bytes(b"PK\x03\x04 this is no archive")
    with zipfile.ZipFile(folder / "hollow.docx", "w") as z:
        z.writestr("word/document.xml", "<w:document")
    (folder / "huge.html").write_bytes(b"<a " * 80_000)
    (folder / "headers.eml").write_bytes(b"From: R\xfcters <a@b.c>\nDate: not a date\n\n")
    os.mkfifo(folder / "pipe.txt")
    (folder / "link.txt").symlink_to("/dev/zero")
    (folder / "odd.xyz").write_text("a file of no kind Crosscount reads")
    return [str(p) for p in sorted(folder.iterdir())] + [str(folder / "missing.txt"), str(folder / ("x" * 300 + ".txt"))]


def run(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscount", "extract", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONWARNINGS": "ignore"})


@pytest.fixture
def good(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)


def test_every_bad_file_fails_alone_with_a_sentence(tmp_path, good):
    folder = tmp_path / "bad"
    folder.mkdir()
    bad = bad_files(folder)
    started = time.monotonic()
    done = run(good, *bad, "--format", "table")
    assert time.monotonic() - started < 120
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert "5,000" in done.stdout and "450,000 rubles" in done.stdout
    errors = [line for line in done.stderr.splitlines() if line.startswith("crosscount: ")]
    named = {e.split(": ")[1] for e in errors}
    assert set(bad) <= named | {b.lstrip("./") for b in named}, set(bad) - named
    for line in errors:
        sentence = line.split(": ", 2)[2]
        assert sentence[0].isupper() and sentence.rstrip().endswith((".", ")")), line


def test_every_misbehaving_server_fails_alone(good):
    with misbehaving_server() as base:
        urls = [f"{base}/{path}" for path in ("many-headers", "long-line", "bad-status", "hang-up", "to-ftp",
                                              "to-file", "nowhere")] + ["http://[::1", "http://127.0.0.1:1/é"]
        done = run(good, *urls, "--format", "json")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    import json

    document = json.loads(done.stdout)
    assert {e["input"] for e in document["errors"]} == set(urls)
    assert any(c["text"] == "5,000" for c in document["claims"])
