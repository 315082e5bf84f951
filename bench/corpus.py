"""Deterministic article corpora for benchmarks, built with a fixed seed from a frozen copy of the
labelled corpus's sentences (bench/sentences.txt), figure-free news prose (bench/prose.txt) and the seed
article, in articles of about 4 KB.

The sentences are a copy, not tests/corpus itself, so that the labelled corpus can grow without
changing what the benchmarks measure: figures of two sessions stay comparable."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).parent


def _sentences() -> list[tuple[bool, str]]:
    """(carries figures, sentence) for each line of bench/sentences.txt, in order."""
    lines = (HERE / "sentences.txt").read_text(encoding="utf-8").split("\n")
    return [(line[0] == "+", line[2:]) for line in lines if line[:1] in ("+", "-")]


def realistic(n: int = 200, seed: int = 20231124) -> list[str]:
    """Articles at the figure density of real reporting (the seed article: one figure per ~530 bytes):
    about one sentence in five carries figures, the rest is prose without figures."""
    sentences = _sentences()
    with_figures = [text for figures, text in sentences if figures]
    prose = (HERE / "prose.txt").read_text(encoding="utf-8").splitlines()
    prose += [text for figures, text in sentences if not figures]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body: list[str] = []
        while sum(len(s) + 1 for s in body) < 4000:
            body.append(rng.choice(with_figures) if rng.random() < 0.2 else rng.choice(prose))
        paragraphs = [" ".join(body[j:j + 3]) for j in range(0, len(body), 3)]
        out.append(f"Report {i}\n\n" + "\n\n".join(paragraphs))
    return out


def articles(n: int = 200, seed: int = 20231124) -> list[str]:
    """Figure-dense stress corpus: every sentence carries figures (one per ~64 bytes)."""
    sentences = [text for _, text in _sentences()]
    seed_article = (ROOT / "resources" / "samples" / "kazakhstan-recruitment.txt").read_text(encoding="utf-8")
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 10 == 0:
            out.append(seed_article)
            continue
        body = []
        while sum(len(s) + 1 for s in body) < 4000:
            body.append(rng.choice(sentences))
        paragraphs = [" ".join(body[j:j + 3]) for j in range(0, len(body), 3)]
        out.append(f"Report {i}\n\n" + "\n\n".join(paragraphs))
    return out
