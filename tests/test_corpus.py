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
    # "a rise of 12% on the year before": as 215
    "reporting.txt:516": "asof: '2023' wanted (the other figure's year)",
    # "Ottawa will spend $1.3 billion": a bare "$" in a Canadian story is taken for US dollars (currencies)
    # "cut the cash rate by a quarter point": "a quarter" taken for a figure (the number grammar)
    "reporting.txt:552": "extra figure 'a quarter point' (0.25 percentage_point, right since issue 18's batch: the line wants its label)",
    # "lowered the rate to 4.25% and signalled further cuts early next year": next year is the cuts' date
    "reporting.txt:556": "asof: the report's date wanted, 'next year' got",
    # "100,514 people had arrived in Armenia from Nagorno-Karabakh": refugees no word of which says so
    "reporting.txt:600": "cat: 'displaced' wanted",
    # h-attrib batch A (fresh, measured before its fixes): what each line still gets wrong
    'reporting.txt:943': "src of '$4.2 billion': want 'OCHA', got 'UN office'",
    'reporting.txt:944': "src of 'about 4 million': want 'Aid agencies', got None",
    'reporting.txt:966': "extra 'three' in: The Governing Council today decided to lower the three key ECB interest rates by 25 basis points. The deposit facility rate will be 2.25% f...",
    'reporting.txt:1026': "src of 'over 8,000': want 'Médecins Sans Frontières', got None; src of '38': want 'Médecins Sans Frontières', got 'charity'",
    'reporting.txt:1050': "per of '85%': want None, got 'year'",
    'reporting.txt:1067': "src of 'about $400 million': want 'IMF Executive Board', got None; src of '$10.1 billion': want 'IMF Executive Board', got None",
    'reporting.txt:1095': "asof of '32,200': want '2025-03', got '2025-04-17'",
    # h-attrib batch B (fresh, measured before its fixes): what each line still gets wrong
    'reporting.txt:1161': "asof of '5.33 trillion yen': want '2024', got '2024-12'; extra '2024' in: Japan's exports rose 2.8% in December from a year earlier, the Finance Ministry sai...",
    'reporting.txt:1246': "per of '1.53%': want None, got 'month'",
    # h-attrib probe C (measured before the changes it led to): what each line still gets wrong
    'reporting.txt:1345': "per of '1.7%': want None, got 'year'",
    'reporting.txt:1349': "extra 'half' in: Argentina's poverty rate fell to 38.1% in the second half of 2024, INDEC said. The figures cover the 31 largest urban areas.",
    'reporting.txt:1365': "want 'Rs 2.5 trillion' 2500000000000.0-2500000000000.0 exact PKR; got 'Rs 2.5 trillion' 2500000000000.0-2500000000000.0 exact INR",
    'reporting.txt:1373': "cat of 'More than 100,000': want 'displaced', got None",
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


# Fields held below target by a fresh batch awaiting its fixes (each batch is measured before it is fixed):
# expected to fail, strictly, so that each mark goes as soon as its field is back at target.
BELOW_TARGET = {
}


@pytest.mark.parametrize("key", [pytest.param(k, marks=[pytest.mark.xfail(reason=BELOW_TARGET[k], strict=True)]
                                              if k in BELOW_TARGET else []) for k in ["cat", "subj", "src", "asof", "per"]])
def test_semantic_fields_meet_target(result, key):
    assert result.accuracy(key) >= 0.95, "\n".join(m for m in result.misses if f": {key} of" in m)
