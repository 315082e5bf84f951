"""Deterministic article corpora for benchmarks, built with a fixed seed from the labelled corpus
sentences, figure-free news prose (bench/prose.txt) and the seed article, in articles of about 4 KB."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def realistic(n: int = 200, seed: int = 20231124) -> list[str]:
    """Articles at the figure density of real reporting (the seed article: one figure per ~530 bytes):
    about one sentence in five carries figures, the rest is prose without figures."""
    from corpus_score import load_corpus

    with_figures = [s.text for s in load_corpus() if s.labels]
    prose = (Path(__file__).parent / "prose.txt").read_text(encoding="utf-8").splitlines()
    prose += [s.text for s in load_corpus() if not s.labels]
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
    from corpus_score import load_corpus

    sentences = [s.text for s in load_corpus()]
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
