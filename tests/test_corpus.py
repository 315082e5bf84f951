"""The labelled corpus (tests/corpus/*.txt), one test per sentence or paragraph, and its summary figures.

Each line is its own test, named by file:line and its opening words: a figure's span, value, bound and
unit must be right (strict), and every field its label names (cat, subj, src, asof, per). The lines the
extraction still gets wrong are listed below, each with what goes wrong; they are expected to fail, and
a listed line that starts passing fails too (strict), so the list stays true.

The figures over the whole corpus (strict F1, and each field's accuracy with its n) are printed at the
end of the run, and held to targets: strict F1 ≥ 0.95, each field ≥ 0.95.
"""

from __future__ import annotations

import pytest

from corpus_score import Sentence, load_corpus, score

SENTENCES = load_corpus()

# Known misses, by file:line: what the extraction gets wrong there.
KNOWN_MISSES = {
    # the article, not the sentence, says these are soldiers (issue 19, "subject from the article")
    "casualties.txt:56": "subj: 'Russia · military' wanted, the sentence names no role",
    # "The draft budget for 2026": the year after "for" is taken for a count (the number grammar's year test)
    "reporting.txt:70": "extra figure '2026'",
    # "an increase of 9.4% on the year before": the increase is of the year another figure's date names
    "reporting.txt:215": "asof: '2024' wanted (the other figure's year), got the report's date",
    # "over seven regions": "over" is a place here, not a bound (the number grammar's hedge test)
    "reporting.txt:287": "want 'seven' exact; got 'over seven' more than 7",
    # an unattributed sentence after an attributed one, with no word that continues it, keeps no source
    "reporting.txt:508": "src of '2%': the ONS named in the sentence before",
    "reporting.txt:544": "src of '5.4%': the statistics bureau named in the sentence before",
    "reporting.txt:654": "src of '596,000': Rosstat, named in the sentence before",
    "reporting.txt:754": "src of 'More than 400,000': the civil defence, named in the sentence before",
    # "a rise of 12% on the year before": as 215
    "reporting.txt:516": "asof: '2023' wanted (the other figure's year)",
    # "Ottawa will spend $1.3 billion": a bare "$" in a Canadian story is taken for US dollars (currencies)
    # "cut the cash rate by a quarter point": "a quarter" taken for a figure (the number grammar)
    "reporting.txt:552": "extra figure 'a quarter point' (0.25 percentage_point, right since issue 18's batch: the line wants its label)",
    # "lowered the rate to 4.25% and signalled further cuts early next year": next year is the cuts' date
    "reporting.txt:556": "asof: the report's date wanted, 'next year' got",
    # "100,514 people had arrived in Armenia from Nagorno-Karabakh": refugees no word of which says so
    "reporting.txt:600": "cat: 'displaced' wanted",
    # issue 18 batch 3 (quantulum3's classes of miss, sentences of our own), measured before its fixes:
    # a list with its currency on the last item only ('20, 35 and $50')
    "numbers.txt:131": "want '20' 20.0-20.0 exact USD; got '20' 20.0-20.0 exact None",
    # a list without spaces read as one Indian-grouped number ('5,10,150'): nothing in the sentence tells it from
    # '2,15,400 applications' (forms.txt:42, peers_style.txt:84), which has no rupee or lakh beside it either
    "numbers.txt:130": "want '5' 5.0-5.0 exact None; got nothing",
}


def _id(sent: Sentence) -> str:
    words = " ".join(sent.text.split()[:6])
    return f"{sent.origin} {words}"


def _param(sent: Sentence):  # type: ignore[no-untyped-def]
    why = KNOWN_MISSES.get(sent.origin)
    marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
    return pytest.param(sent, id=_id(sent), marks=marks)


def test_every_known_miss_names_a_line_of_the_corpus():
    origins = {s.origin for s in SENTENCES}
    assert set(KNOWN_MISSES) <= origins, sorted(set(KNOWN_MISSES) - origins)


@pytest.mark.parametrize("sentence", [_param(s) for s in SENTENCES])
def test_sentence(sentence: Sentence):
    result = score([sentence])
    assert not result.misses, "\n".join(result.misses)


@pytest.fixture(scope="module")
def result(request):
    assert len(SENTENCES) >= 300, "the corpus must hold at least 300 sentences"
    s = score(SENTENCES)
    request.config.corpus_summary = f"{len(SENTENCES)} sentences: {s.summary()}"  # printed at the end of the run
    return s


def test_strict_f1_meets_target(result):
    assert result.f1 >= 0.95, "\n".join(result.misses[:60])


@pytest.mark.parametrize("key", ["cat", "subj", "src", "asof", "per"])
def test_semantic_fields_meet_target(result, key):
    assert result.accuracy(key) >= 0.95, "\n".join(m for m in result.misses if f": {key} of" in m)
