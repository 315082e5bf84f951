"""A bounded fuzz of the loaders (issue 20): for every extension, whatever the bytes, ``load_bytes``
returns an article (no exception escapes) whose every text field is valid Unicode."""

from __future__ import annotations

import io
from dataclasses import fields

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscount.core.articles import READERS, load_bytes
from hostile_inputs import PAGE, TEXT_OPERATORS, pdf


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Officials said 5,000 soldiers were killed.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SEEDS = [b"", PAGE.encode(), pdf(TEXT_OPERATORS), b"From: a@b.c\nSubject: x\n\nOfficials said 5 died.\n",
         "Café €5,500 Минобороны".encode("utf-16"), _docx(), b"\xef\xbb\xbf\x96\x00",
         "<meta charset='koi8-r'><p>Минобороны</p>".encode("koi8-r")]


@st.composite
def damaged(draw):
    """A seed (a real page, PDF, message, zip start) cut, spliced and overwritten, or random bytes."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=3000))
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data)))
        data[at:at + draw(st.integers(0, 20))] = draw(st.binary(max_size=20))
    return bytes(data)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=damaged(), ext=st.sampled_from(sorted(READERS)))
def test_no_exception_escapes_and_text_is_valid_unicode(data, ext):
    article = load_bytes(data, "input" + ext)
    assert article.error or article.text
    for f in fields(article):
        value = getattr(article, f.name)
        if isinstance(value, str):
            value.encode("utf-8")  # strict: no lone surrogate
