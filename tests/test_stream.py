"""`crosscount extract --format jsonl`: one JSON object per line as each input is done, the same entries
as the crosscount/1 document, a bounded number of inputs in flight, and every line complete on Ctrl-C."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from crosscount.core.workers import bounded_map


def run(*args: str, stdin: str | None = None, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crosscount", *args], capture_output=True, text=True,
                          timeout=300, input=stdin, cwd=cwd)


def lines(text: str) -> list[dict]:
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def _articles(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03}.txt").write_text(
            f"Officials said on March {i % 28 + 1}, 2023 that {i + 10} soldiers were killed; "
            f"families were paid {i + 1},000 rubles each.\n")
    return folder


def test_jsonl_has_the_entries_of_the_json_document_but_no_groups(sample_path, tmp_path):
    missing = tmp_path / "missing.txt"
    doc = json.loads(run("extract", str(sample_path), str(missing), "--format", "json").stdout)
    res = run("extract", str(sample_path), str(missing), "--format", "jsonl")
    assert res.returncode == 1 and f"{missing}: There is no file at this path." in res.stderr
    records = lines(res.stdout)
    assert [r["type"] for r in records] == ["article"] + ["claim"] * len(doc["claims"]) + ["article"]
    articles = [{k: v for k, v in r.items() if k != "type"} for r in records if r["type"] == "article"]
    claims = [{k: v for k, v in r.items() if k != "type"} for r in records if r["type"] == "claim"]
    assert articles == doc["articles"]
    assert claims == [{**c, "group": None} for c in doc["claims"]]
    assert all(r["article"] == articles[0]["id"] for r in records if r["type"] == "claim")
    assert "groups" in run("extract", "--help").stdout.replace("\n", " ")  # --help says jsonl leaves them out


def test_two_workers_give_the_lines_of_one_in_input_order(tmp_path):
    folder = _articles(tmp_path / "in", 70)
    one = run("extract", str(folder), "--format", "jsonl", "--jobs", "1")
    two = run("extract", str(folder), "--format", "jsonl", "--jobs", "2", "-o", str(tmp_path / "out.jsonl"))
    assert one.returncode == two.returncode == 0 and two.stdout == "" and two.stderr == ""  # no bar: not a terminal
    assert (tmp_path / "out.jsonl").read_text() == one.stdout
    paths = [r["path"] for r in lines(one.stdout) if r["type"] == "article"]
    assert paths == sorted(str(p) for p in folder.iterdir())


def test_a_dash_reads_the_inputs_from_standard_input(tmp_path):
    folder = _articles(tmp_path / "in", 3)
    names = [str(p) for p in sorted(folder.iterdir())]
    res = run("extract", "-", "--format", "jsonl", stdin="\n".join(names) + "\n\n")
    assert res.returncode == 0, res.stderr
    assert [r["path"] for r in lines(res.stdout) if r["type"] == "article"] == names


def test_the_same_text_twice_is_one_article_and_ids_are_those_of_the_origin(tmp_path):
    folder = _articles(tmp_path / "in", 2)
    copy = tmp_path / "copy.txt"
    copy.write_text((folder / "000.txt").read_text())
    first = lines(run("extract", str(folder), str(copy), "--format", "jsonl").stdout)
    assert [r["path"] for r in first if r["type"] == "article"] == [str(folder / "000.txt"), str(folder / "001.txt")]
    second = next(r for r in first if r["type"] == "article" and r["path"] == str(folder / "001.txt"))
    again = lines(run("extract", str(folder / "001.txt"), "--format", "jsonl").stdout)
    assert again[0]["id"] == second["id"]  # the same file, another run: the same id
    assert len({r["id"] for r in first if r["type"] == "article"}) == 2


def test_no_more_than_in_flight_inputs_are_taken_ahead_of_what_was_handed_back():
    pulled = []

    def source():
        for i in range(-40, 0):
            pulled.append(i)
            yield i

    got = []
    for item, result in bounded_map(abs, source(), workers=2, in_flight=3):
        got.append((item, result))
        assert len(pulled) <= len(got) + 3
    assert got == [(i, -i) for i in range(-40, 0)]


def test_ctrl_c_stops_with_130_and_every_line_complete(tmp_path):
    folder = _articles(tmp_path / "in", 900)
    proc = subprocess.Popen([sys.executable, "-m", "crosscount", "extract", str(folder), "--format", "jsonl",
                             "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    head = proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    rest = proc.stdout.read()  # through the same buffer as readline (communicate() would skip what it holds)
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 130, err
    assert "Traceback" not in err and "interrupted" in err
    records = lines(head + rest)  # every line parses: none was cut
    articles = [r for r in records if r["type"] == "article"]
    assert 1 <= len(articles) < 900
    assert records[-1]["type"] == "claim" and records[-1]["article"] == articles[-1]["id"]  # its claims all written


def test_a_defect_on_one_input_is_that_inputs_error_and_the_others_go_on(tmp_path, monkeypatch):
    """The last guard at each input's boundary, in the local path and the streaming one."""
    from crosscount.core import articles, pipeline, stream

    folder = _articles(tmp_path / "in", 3)
    bad = str(folder / "001.txt")
    real_load = articles.load

    def load(item, article_id="a1", **_options):
        if item == bad:
            raise RecursionError("maximum recursion depth exceeded")
        return real_load(item, article_id=article_id)

    monkeypatch.setattr(articles, "load", load)
    loaded = pipeline.load_and_extract([str(folder)], workers=1)
    streamed = list(stream.stream([str(folder)], pipeline.Settings()))
    for errors in ([a.error for a, _ in loaded], [d.error for d in streamed]):
        assert errors == [None, "Crosscount could not process this input (RecursionError: maximum recursion depth "
                                "exceeded).", None]
    assert len(loaded[0][1]) == len(loaded[2][1]) == 2
