"""Fuzzing the whole path an input takes (hypothesis, bounded in time): text or bytes of any kind through
loading, extraction, normalization, the JSON document and the project file. Nothing raises, every span
is exact, every value is finite, and what comes out is strict JSON and a project that opens again."""

from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscount.core.articles import from_text, load_bytes
from crosscount.core.edits import Edits
from crosscount.core.export import analysis_document
from crosscount.core.pipeline import analyze_articles
from crosscount.core.project import open_project, save_project

WORDS = st.sampled_from([
    "killed", "at least", "between", "and", "to", "rubles", "$", "€", "£", "5", "40,000", "1e308", "9" * 320,
    "0.000", "-", "±", "%", "per month", "a year", "in", "March", "2023", "Sept.", "since", "said", "according to",
    "the ministry", "half a million", "two thirds", "1/4", "km", "mg", "\u00a0", "\x00", "\ud800", "\ufffe", "\n",
    "<b>", "&#x1;", "=cmd|", "0001-01-01", "31 February", "1,000,000,000,000,000,000,000 dollars",
])
NEWS = st.lists(WORDS, max_size=40).map(" ".join)
EXTENSIONS = st.sampled_from([".txt", ".html", ".eml", ".pdf", ".docx", ".md"])


def _finite(value: object) -> bool:
    return value is None or (isinstance(value, int | float) and math.isfinite(value))


def check(articles, tmp_path) -> None:
    analysis = analyze_articles(articles)
    for c in analysis.claims:
        text = next(a.text for a in analysis.articles if a.id == c.article)
        assert text[c.start:c.end] == c.text
        assert all(_finite(v) for v in (c.low, c.high, c.estimate))
        n = c.normalized or {}
        assert all(_finite(n.get(k)) for k in ("low", "high", "estimate"))
    document = json.dumps(analysis_document(analysis), ensure_ascii=False, allow_nan=False)
    document.encode("utf-8")  # valid Unicode all through
    path = tmp_path / "fuzz.crosscount"
    save_project(path, analysis.articles, Edits(), {}, analysis.claims)
    assert [a.text for a in open_project(path).articles] == [a.text for a in analysis.articles]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(NEWS, st.text(max_size=400)), published=st.one_of(st.none(), st.sampled_from(
    ["2023-08-07", "2024-02-29", "1999-01-04", "2026-12-01"])))
def test_pasted_text_of_any_kind_goes_all_the_way(tmp_path, text, published):
    article = from_text(text, "a1")
    if published and not article.error:
        from dataclasses import replace

        article = replace(article, published=published)
    check([article], tmp_path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=600), NEWS.map(lambda s: s.encode("utf-8", "surrogatepass")),
                      NEWS.map(lambda s: s.encode("cp1252", "replace"))), ext=EXTENSIONS)
def test_bytes_of_any_kind_load_as_an_article_or_an_error(tmp_path, data, ext):
    article = load_bytes(data, "input" + ext, "a1")
    assert article.error is None or (isinstance(article.error, str) and article.error)
    check([article], tmp_path)
