"""Accuracy on the labelled corpus: strict F1 ≥ 0.95; category, subject, source, as_of ≥ 0.9."""

from __future__ import annotations

import pytest

from corpus_score import load_corpus, score


@pytest.fixture(scope="module")
def result(request):
    sentences = load_corpus()
    assert len(sentences) >= 300, "the corpus must hold at least 300 sentences"
    s = score(sentences)
    request.config.corpus_summary = f"{len(sentences)} sentences: {s.summary()}"  # printed at the end of the run
    return s


def test_strict_f1_meets_target(result):
    assert result.f1 >= 0.95, "\n".join(result.misses[:60])


@pytest.mark.parametrize("key", ["cat", "subj", "src", "asof"])
def test_semantic_fields_meet_target(result, key):
    assert result.accuracy(key) >= 0.9, "\n".join(m for m in result.misses if f": {key} of" in m)
