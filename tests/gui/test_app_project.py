"""`crosscount --project FILE` from the command line: a file that is no project says so and exits 2
before any window; a good one opens (rendered with --screenshot)."""

from __future__ import annotations

import os
import subprocess
import sys

from crosscount.core.articles import from_text
from crosscount.core.edits import Edits
from crosscount.core.project import save_project


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscount", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_a_file_that_is_no_project_is_a_sentence_and_exit_2(tmp_path):
    bad = tmp_path / "notes #1.crosscount"
    bad.write_text("not a database")
    done = run("--project", str(bad))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "This is not a Crosscount project" in done.stderr


def test_a_good_project_opens_in_the_window(tmp_path):
    path = tmp_path / "what? #2.crosscount"
    save_project(path, [from_text("Report\n\nOfficials said 300 soldiers were killed.\n", "a1")], Edits())
    shot = tmp_path / "shot.png"
    done = run("--project", str(path), "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:4] == b"\x89PNG"
