"""`crosscount batch` on real Dask clusters (worker processes on 127.0.0.1, and the threaded scheduler):
exactly the articles and claims of the local path, in partition files, with a manifest, and the groups
of the whole corpus as a reduction over the partitions."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("distributed")

from crosscount.core import batch  # noqa: E402
from crosscount.core.export import claim_record  # noqa: E402
from crosscount.core.pipeline import Settings  # noqa: E402
from crosscount.core.stream import process  # noqa: E402

CURRENCIES = ["rubles", "euros", "hryvnias", "pounds", "dollars"]


def _inputs(tmp_path, sample_path, n=24):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03}.txt").write_text(
            f"Officials said on March {i % 28 + 1}, 20{15 + i % 9} that {i + 10} soldiers were killed; "
            f"families were paid {i + 1},500 {CURRENCIES[i % len(CURRENCIES)]} each.\n")
    return [str(p) for p in sorted(folder.iterdir())] + [str(sample_path), str(tmp_path / "missing.txt")]


def _local(inputs, base_currency="USD"):
    """What `crosscount extract --format jsonl` writes for the inputs, split into articles and claims."""
    res = subprocess.run([sys.executable, "-m", "crosscount", "extract", *inputs, "--format", "jsonl",
                          "--base-currency", base_currency], capture_output=True, text=True, timeout=300)
    records = [json.loads(line) for line in res.stdout.splitlines()]
    return [r for r in records if r["type"] == "article"], [r for r in records if r["type"] == "claim"]


def _read(out, manifest, kind):
    rows = []
    for part in manifest["partitions"]:
        name = next(f for f in part["files"] if f.startswith(kind))
        rows += [json.loads(line) for line in (out / name).read_text().splitlines()]
    return rows


def test_a_local_cluster_of_two_processes_gives_the_claims_of_the_local_path(tmp_path, sample_path):
    inputs = _inputs(tmp_path, sample_path)
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "crosscount", "batch", *inputs, "-o", str(out), "--partitions", "4",
                          "--base-currency", "EUR"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 1, res.stderr  # the missing file
    assert "1 inputs could not be read" in res.stderr and "Traceback" not in res.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["scheduler"] == "LocalCluster(2 processes)" and len(manifest["partitions"]) == 4
    articles, claims = _local(inputs, "EUR")
    assert _read(out, manifest, "articles") == articles
    assert _read(out, manifest, "claims") == claims
    assert (manifest["articles"], manifest["claims"], manifest["errors"]) == (len(articles), len(claims), 1)
    assert all(c["normalized"]["unit"] == "EUR" for c in claims if c["kind"] == "money")
    doc = json.loads(subprocess.run([sys.executable, "-m", "crosscount", "extract", *inputs, "--format", "json",
                                     "--base-currency", "EUR"], capture_output=True, text=True, timeout=300).stdout)
    corpus = json.loads((out / "groups.json").read_text())  # the reduction over the partitions
    assert corpus["groups"] == doc["groups"] and len(doc["groups"]) >= 2
    outliers = {c["id"]: f for c in doc["claims"] for f in c["flags"] if f.startswith("outlier")}
    assert corpus["outliers"] == outliers and outliers


def test_a_scheduler_address_and_parquet_give_the_flat_claims(tmp_path, sample_path):
    import pyarrow.parquet as pq
    from distributed import LocalCluster

    inputs = _inputs(tmp_path, sample_path, n=10)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        manifest = batch.run(inputs, tmp_path / "out", scheduler=cluster.scheduler_address, count=3, format="parquet")
    assert manifest["scheduler"] == cluster.scheduler_address
    rows = [r for part in manifest["partitions"]
            for r in pq.read_table(tmp_path / "out" / part["files"][1]).to_pylist()]
    expected = [claim_record(c) for item in inputs for c in process(item, Settings())[1]]
    assert rows == expected and len(rows) > 20


def test_the_threaded_scheduler_gives_the_same_and_lists_a_text_seen_in_another_partition(tmp_path, sample_path):
    inputs = _inputs(tmp_path, sample_path, n=12)
    copy = tmp_path / "copy.txt"
    copy.write_text(open(inputs[0]).read())
    out = tmp_path / "out"
    manifest = batch.run([*inputs, str(copy)], out, scheduler="threads", count=5)
    articles, claims = _local([*inputs, str(copy)])  # the local path drops the copy
    got = _read(out, manifest, "claims")
    copy_id = next(a["id"] for a in _read(out, manifest, "articles") if a["path"] == str(copy))
    assert [c for c in got if c["article"] != copy_id] == claims
    [dup] = [d for p in manifest["partitions"] for d in p["duplicates"]]
    assert dup == {"input": str(copy), "article": copy_id, "same_as": articles[0]["id"]}


def test_ctrl_c_stops_a_batch_with_130_and_leaves_only_whole_files(tmp_path):
    import os
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(1200):
        (folder / f"{i:04}.txt").write_text(f"Officials said {i + 1} soldiers were killed and {i + 1},000 rubles paid.\n")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "crosscount", "batch", str(folder), "-o", str(out),
                             "--partitions", "60"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out.is_dir() and len(os.listdir(out)) >= 4):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    names = os.listdir(out)
    assert "manifest.json" not in names and not [n for n in names if n.endswith(".part")]
    for name in names:  # every partition file written is whole: each line parses
        for line in (out / name).read_text().splitlines():
            assert json.loads(line)["type"] in ("article", "claim")
