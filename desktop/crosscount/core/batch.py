"""Extraction over an archive on more than one machine: ``crosscount batch`` with Dask.

The inputs are cut into contiguous partitions, a ``dask.bag`` of them runs load → extract → normalize
on a Dask cluster (an existing scheduler's address, or a ``LocalCluster`` of worker processes on
127.0.0.1, or ``"threads"``: Dask's threaded scheduler in this process), and each partition's worker
writes ``articles-NNNNN`` and ``claims-NNNNN`` files (JSON lines, the records of ``extract --format
jsonl``, or Parquet with a flat claim schema: the columns of the CSV export) into the output folder.
The folder must therefore be one the workers can write to (on a cluster of several machines, a shared
one). ``manifest.json`` records the counts per partition and the settings; it is written last, so a
folder without it holds an unfinished batch (stopped by Ctrl-C, say). Every file is written whole or not
at all (``export.atomic_write``).

The same text at two inputs is one article within a partition; across partitions both are kept and
the manifest lists the later ones under ``duplicates`` (finding them would need a second pass).

The comparison across the whole corpus is a reduction: each partition hands back, for its claims that
belong to a group, only what grouping reads (``GROUPING_FIELDS``), and ``compare`` runs once over those
in input order, so ``groups.json`` holds exactly the groups (and outlier notes) that ``extract --format
json`` would give for the same inputs.
"""

from __future__ import annotations

import io
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from . import articles as loaders
from .compare import compare, group_key
from .export import atomic_write, claim_record
from .model import SCHEMA, Claim
from .pipeline import Settings
from .stream import article_line, claim_line, fingerprint, process

BATCH_SCHEMA = "crosscount-batch/1"
# What compare() reads of a claim (its group key, and the value the outlier check weighs).
GROUPING_FIELDS = ("id", "article", "kind", "low", "high", "estimate", "bound", "category", "subject", "per",
                   "excluded", "unit", "source", "as_of", "as_of_from")  # and what makes an estimate one (echoes)
INPUTS_PER_PARTITION = 500  # the default partition size: enough work per task, little memory per worker
LOCAL_WORKERS = 2


@dataclass(frozen=True)
class Job:
    """One partition: its number, its inputs and what every partition shares."""

    index: int
    inputs: tuple[str, ...]
    out_dir: str
    settings: Settings
    published: str | None
    format: str  # "jsonl" or "parquet"


def partitions(inputs: Sequence[str], count: int | None) -> list[tuple[str, ...]]:
    """The inputs cut into ``count`` contiguous runs (by default about ``INPUTS_PER_PARTITION`` each)."""
    if not inputs:
        return []
    count = max(1, min(count or math.ceil(len(inputs) / INPUTS_PER_PARTITION), len(inputs)))
    size = math.ceil(len(inputs) / count)
    return [tuple(inputs[i: i + size]) for i in range(0, len(inputs), size)]


def run_partition(job: Job) -> dict[str, Any]:
    """Process one partition's inputs and write its two files; its entry in the manifest."""
    seen: dict[str, str] = {}
    article_rows: list[dict[str, Any]] = []
    claims: list[Claim] = []
    duplicates: list[dict[str, str]] = []
    fingerprints: list[tuple[str, str, str]] = []
    for item in job.inputs:
        article, found = process(item, job.settings, job.published)
        mark = fingerprint(article)
        if mark is not None:
            if mark in seen:
                duplicates.append({"input": item, "article": article.id, "same_as": seen[mark]})
                continue
            seen[mark] = article.id
            fingerprints.append((mark, article.id, item))
        article_rows.append(article_line(article))
        claims.extend(found)
    names = _write(job, article_rows, claims)
    return {"index": job.index, "inputs": len(job.inputs), "articles": len(article_rows), "claims": len(claims),
            "errors": sum(1 for a in article_rows if a["error"]), "files": names, "duplicates": duplicates,
            "fingerprints": fingerprints,
            "grouping": [_grouping(c, key) for c in claims if (key := group_key(c)) is not None]}


def _grouping(claim: Claim, key: str) -> tuple[Any, ...]:
    """What grouping needs of one claim: ``GROUPING_FIELDS``, the normalized value, and its group's key
    (decided here, where the claim's sentence is at hand: what money pays for is read from it)."""
    n = claim.normalized or {}
    return (*(getattr(claim, name) for name in GROUPING_FIELDS), n.get("low"), n.get("high"), n.get("estimate"), key)


def corpus_groups(grouping: list[tuple[Any, ...]]) -> dict[str, Any]:
    """The groups of the whole corpus from every partition's grouping tuples, in input order."""
    stubs = []
    keys: dict[str, str | None] = {}
    for row in grouping:
        fields = dict(zip(GROUPING_FIELDS, row, strict=False))
        low, high, estimate, key = row[len(GROUPING_FIELDS):]
        stubs.append(Claim.of(start=0, end=0, text="", sentence="", **fields,
                              normalized={"low": low, "high": high, "estimate": estimate}))
        keys[fields["id"]] = key
    flagged, groups = compare(stubs, overrides=keys)
    outliers = {c.id: f for c in flagged for f in c.flags if f.startswith("outlier")}
    return {"schema": SCHEMA, "groups": [g.as_dict() for g in groups], "outliers": outliers}


def _write(job: Job, article_rows: list[dict[str, Any]], claims: list[Claim]) -> list[str]:
    folder = Path(job.out_dir)
    if job.format == "parquet":
        flat = [claim_record(c) for c in claims]
        parts = [(f"articles-{job.index:05}.parquet", _parquet(article_rows)), (f"claims-{job.index:05}.parquet", _parquet(flat))]
    else:
        claim_rows = [claim_line(c) for c in claims]
        parts = [(f"articles-{job.index:05}.jsonl", _jsonl(article_rows)), (f"claims-{job.index:05}.jsonl", _jsonl(claim_rows))]
    for name, data in parts:
        _write_bytes(folder / name, data)
    return [name for name, _ in parts]


def _write_bytes(path: Path, data: bytes) -> None:
    def write(fh: IO[bytes]) -> None:
        fh.write(data)

    atomic_write(path, write)


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _parquet(rows: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), buf)
    return buf.getvalue()


def run(inputs: Sequence[str], out_dir: str | Path, settings: Settings | None = None, published: str | None = None,
        scheduler: str | None = None, count: int | None = None, format: str = "jsonl",
        workers: int = LOCAL_WORKERS) -> dict[str, Any]:
    """Process every input on a Dask cluster and write the partitions and ``manifest.json``; the manifest.

    ``scheduler``: a scheduler's address ("tcp://host:8786"), "threads" for Dask's threaded scheduler in
    this process, or None for a ``LocalCluster`` of ``workers`` processes on 127.0.0.1."""
    import dask.bag as db

    settings = settings or Settings()
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [p for item in inputs for p in loaders.expand_inputs([item])]
    jobs = [Job(i, chunk, str(folder), settings, published, format) for i, chunk in enumerate(partitions(paths, count))]
    bag = db.from_sequence(jobs, npartitions=max(len(jobs), 1)).map(run_partition)
    if scheduler == "threads":
        done = bag.compute(scheduler="threads")
        where = "threads"
    else:
        done, where = _on_cluster(bag, scheduler, workers)
    done = sorted(done, key=lambda p: p["index"])
    first: dict[str, str] = {}
    grouping = [row for part in done for row in part.pop("grouping")]
    for part in done:  # the same text in two partitions: the later one is listed, not dropped
        for mark, article_id, item in part.pop("fingerprints"):
            if mark in first:
                part["duplicates"].append({"input": item, "article": article_id, "same_as": first[mark]})
            else:
                first[mark] = article_id
    manifest = {
        "schema": BATCH_SCHEMA, "claims_schema": SCHEMA, "format": format, "scheduler": where,
        "settings": settings.as_dict(), "published": published, "inputs": len(paths),
        "articles": sum(p["articles"] for p in done), "claims": sum(p["claims"] for p in done),
        "errors": sum(p["errors"] for p in done), "partitions": done,
    }
    _write_bytes(folder / "groups.json", json.dumps(corpus_groups(grouping), ensure_ascii=False, indent=2).encode("utf-8"))
    _write_bytes(folder / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
    return manifest


def _on_cluster(bag: Any, scheduler: str | None, workers: int) -> tuple[list[dict[str, Any]], str]:
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            return list(client.compute(bag).result()), scheduler
    # The workers' own logs stay silent: a failed task reaches this process as an exception, and what the
    # workers would log (a heartbeat that found the scheduler gone while Ctrl-C tears the cluster down) is
    # a traceback the user can do nothing with.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        return list(client.compute(bag).result()), f"LocalCluster({workers} processes)"
