"""A deterministic article corpus for benchmarks: labelled-corpus sentences and the seed article,
shuffled with a fixed seed into articles of about 4 KB (a typical news story)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def articles(n: int = 200, seed: int = 20231124) -> list[str]:
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
