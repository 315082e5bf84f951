"""The command line contract of DESIGN.md, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscount", *args], capture_output=True, text=True, timeout=120)


def test_extract_json_on_the_seed(sample_path):
    res = run("extract", str(sample_path), "--format", "json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["schema"] == "crosscount/1"
    texts = {c["text"]: c for c in doc["claims"]}
    assert texts["$5300 dollars"]["low"] == 5300 and texts["$5300 dollars"]["unit"] == "USD"
    rub = texts["450,000 rubles"]
    assert rub["normalized"]["unit"] == "USD" and rub["normalized"]["rate"]["source"] == "NBP"
    assert rub["normalized"]["rate"]["date"].startswith("2023-08")
    group = next(g for g in doc["groups"] if g["label"] == "Killed — Russia · military")
    members = [c for c in doc["claims"] if c["id"] in group["claims"]]
    assert {c["text"] for c in members} == {"upwards of 50,000", "between 40,000 to 60,000"}
    assert {c["source"] for c in members} == {"The Associated Press", "UK Ministry of Defence"}
    assert {c["as_of"] for c in members} == {"2023-04", "2023-02"}


def test_bad_input_is_reported_and_good_input_still_processed(sample_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    res = run("extract", str(sample_path), str(empty), str(tmp_path / "missing.pdf"), "--format", "json")
    assert res.returncode == 1
    doc = json.loads(res.stdout)
    errors = {e["input"]: e["error"] for e in doc["errors"]}
    assert errors[str(empty)] == "The file is empty."
    assert errors[str(tmp_path / "missing.pdf")] == "There is no file at this path."
    assert any(c["text"] == "$5300 dollars" for c in doc["claims"])
    assert "Traceback" not in res.stderr


def test_csv_and_table_formats(sample_path):
    csv_out = run("extract", str(sample_path), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,article,text,kind,low,high")
    assert len(csv_out) > 5
    table = run("extract", str(sample_path)).stdout
    assert "≥ 50,000" in table and "40,000–60,000" in table


def test_published_option_resolves_dates(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Officials said in February that 300 soldiers were killed.\n")
    doc = json.loads(run("extract", str(f), "--format", "json", "--published", "2024-05-01").stdout)
    assert doc["claims"][0]["as_of"] == "2024-02"
    assert doc["articles"][0]["published"] == "2024-05-01"


def test_version():
    assert run("--version").stdout.startswith("crosscount ")


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`crosscount extract … | head`: the output outgrows the pipe, the reader closes it."""
    big = tmp_path / "big.txt"
    big.write_text("".join(f"Officials said {i} soldiers were killed in town {i}.\n" for i in range(1, 3000)))
    proc = subprocess.Popen([sys.executable, "-m", "crosscount", "extract", str(big), "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100).startswith(b"{")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err


def test_an_impossible_publication_date_stops_before_any_work(sample_path):
    for bad in ("garbage", "2023-13-45", "0001-01-01"):
        res = run("extract", str(sample_path), "--format", "json", "--published", bad)
        assert res.returncode == 2 and res.stdout == ""
        assert "--published" in res.stderr and "Traceback" not in res.stderr


def test_an_unknown_base_currency_stops_before_any_work(sample_path):
    res = run("extract", str(sample_path), "--base-currency", "XYZ")
    assert res.returncode == 2 and res.stdout == ""
    assert "'XYZ' is not a currency code" in res.stderr
    assert run("extract", str(sample_path), "--base-currency", "eur", "--format", "csv").returncode == 0


def test_a_file_named_like_an_option_is_read_as_a_file(tmp_path):
    (tmp_path / "-dash.txt").write_text("Officials said 300 soldiers were killed.\n")
    for args in (["-dash.txt"], ["--", "-dash.txt"]):
        res = subprocess.run([sys.executable, "-m", "crosscount", "extract", "--format", "json", *args],
                             capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert res.returncode == 0, res.stderr
        doc = json.loads(res.stdout)
        assert [a["path"] for a in doc["articles"]] == ["-dash.txt"]
        assert [c["text"] for c in doc["claims"]] == ["300"]
    assert run("extract", "-nosuch.txt").returncode == 2  # not a file: still an unknown option


def test_a_mistyped_command_says_so_and_opens_no_window(tmp_path):
    res = run("extrct", str(tmp_path / "x.txt"))
    assert res.returncode == 2
    assert "unknown command 'extrct', did you mean extract?" in res.stderr
    assert run("exprot", "x.txt").stderr.strip().endswith("did you mean export?")


def test_without_the_window_installed_it_says_how_to_install_it():
    res = subprocess.run([sys.executable, "-c", "import sys; sys.modules['PySide6'] = None\n"
                          "from crosscount.cli import main; raise SystemExit(main([]))"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "pip install 'crosscount[gui]'" in res.stderr


def _many_files(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04}.txt").write_text(f"Officials said {i + 1} soldiers were killed and 2{i},000 rubles paid.\n"
                                            * 40)
    return folder


def test_ctrl_c_exits_130_without_a_traceback_and_keeps_the_existing_output(tmp_path):
    import signal
    import time

    folder = _many_files(tmp_path / "in", 2000)
    out = tmp_path / "out.json"
    out.write_text('{"kept": true}')
    proc = subprocess.Popen([sys.executable, "-m", "crosscount", "export", str(folder), "--jobs", "1", "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert json.loads(out.read_text()) == {"kept": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.json"]  # no stray .part file


def test_the_command_line_runs_without_qt_pyqtgraph_numpy_babel_or_currency_converter(sample_path):
    """What `pip install .` leaves out (they are the extras [gui] and [dev]) is never imported by extract."""
    blocked = ["PySide6", "pyqtgraph", "numpy", "babel", "currency_converter"]
    code = (f"import sys\nfor name in {blocked!r}: sys.modules[name] = None\n"
            "from crosscount.cli import main\n"
            f"raise SystemExit(main(['extract', {str(sample_path)!r}, '--format', 'csv', '--base-currency', 'EUR']))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "450,000 rubles" in res.stdout and ",EUR," in res.stdout


def test_an_output_that_cannot_be_written_stops_before_any_work(sample_path, tmp_path):
    for args in (["extract", "--format", "jsonl", "-o", str(tmp_path / "no" / "out.jsonl")],
                 ["extract", "--format", "json", "-o", str(tmp_path)],
                 ["export", "-o", str(tmp_path / "no" / "out.xlsx")]):
        res = run(*args, str(sample_path))
        assert res.returncode == 2 and "cannot write" in res.stderr and "Traceback" not in res.stderr, args
    assert not (tmp_path / "no").exists()
