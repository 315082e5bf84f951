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
    # units missing (pint's names and news spellings: Mbps, bpd, tpd, Ma, mL, tbsp, bhp, Nm, K, pm, light-years, inch marks)
    "quantities.txt:77": "want 'at least 30 Mbps' 30.0-None at_least megabit/second; got nothing",
    "quantities.txt:78": "want '10 Gbps' 10.0-10.0 exact gigabit/second; got nothing",
    "quantities.txt:79": "want '56 kbps' 56.0-56.0 exact kilobit/second; got nothing",
    "quantities.txt:83": "want '650,000 bpd' 650000.0-650000.0 exact oil_barrel; got nothing",
    "quantities.txt:84": "want '3,000 tpd' 3000.0-3000.0 exact metric_ton; got nothing",
    "quantities.txt:89": "want 'about 66 Ma' 66.0-66.0 approximate megayear; got nothing",
    "quantities.txt:90": "want '4.4 Ga' 4.4-4.4 exact gigayear; got nothing",
    "quantities.txt:93": "want '4.2 K' 4.2-4.2 exact kelvin; got nothing",
    "quantities.txt:96": "want 'about 120 light-years' 120.0-120.0 approximate light_year; got nothing",
    "quantities.txt:98": "want '2.82 pm' 2.82-2.82 exact picometer; got nothing",
    "quantities.txt:104": "want '330 mL' 330.0-330.0 exact milliliter; got nothing",
    "quantities.txt:108": "want '2 tbsp' 2.0-2.0 exact tablespoon; got nothing",
    "quantities.txt:109": "want '10'' 10.0-10.0 exact inch; got nothing",
    "quantities.txt:119": "want '120 Nm' 120.0-120.0 exact newton*meter; got '120 Nm' 120.0-120.0 exact number_meter",
    "quantities.txt:120": "want '250 bhp' 250.0-250.0 exact horsepower; got nothing",
    "numbers.txt:138": "want '20 percents' 20.0-20.0 exact percent; got nothing",
    # compound and power units (a hyphened unit before a noun, J/m^2, g/cm³, s-1, fb−1, ft and in)
    "quantities.txt:70": "want '40-mph' 40.0-40.0 exact mile_per_hour; got nothing",
    "quantities.txt:91": "want '2.5e9 s-1' 2500000000.0-2500000000.0 exact 1/second; got nothing",
    "quantities.txt:92": "want 'over 140 fb−1' 140.0-None more_than 1/femtobarn; got nothing",
    "quantities.txt:95": "want '7.9 g/cm³' 7.9-7.9 exact gram/centimeter**3; got nothing",
    "quantities.txt:97": "want '180 J/m^2' 180.0-180.0 exact joule/meter**2; got nothing",
    "quantities.txt:114": "want '6 ft 10 in' 82.0-82.0 exact inch; got nothing",
    # fractions (½ ⅓ ¾, 1½, 'half-mile', 'one over three', a bare 1/50)
    "quantities.txt:106": "want '½ tsp' 0.5-0.5 exact teaspoon; got nothing",
    "quantities.txt:107": "want '¾ cup' 0.75-0.75 exact cup; got nothing",
    "quantities.txt:116": "want 'half-mile' 0.5-0.5 exact mile; got nothing",
    "numbers.txt:116": "want 'about 1/50' 2.0-2.0 approximate percent; got nothing",
    "numbers.txt:117": "want 'one over three' 0.3333333333333-0.3333333333333 exact None; got nothing",
    "numbers.txt:118": "want '⅓' 0.3333333333333-0.3333333333333 exact None; got nothing",
    # ranges and lists with a unit or currency on each end or on the last only
    "quantities.txt:72": "want 'between half an inch and three-quarters of an inch' 0.5-0.75 range inch; got nothing",
    "quantities.txt:73": "want 'from -4 °C to -11 °C' -11.0--4.0 range degree_Celsius; got nothing",
    "quantities.txt:87": "want 'from $210 per tonne to $260' 210.0-260.0 range USD; got nothing",
    "quantities.txt:102": "want '250' 250.0-250.0 exact milligram; got '250' 250.0-250.0 exact None",
    "numbers.txt:131": "want '20' 20.0-20.0 exact USD; got '20' 20.0-20.0 exact None",
    # number notation (×10−6 and x10-3 exponents, a sign after the currency symbol, '-ish')
    "quantities.txt:94": "want '2.5x10-3 mm' 0.0025-0.0025 approximate millimeter; got nothing",
    "numbers.txt:125": "want '1.3×10−6' 1.3e-06-1.3e-06 exact None; got nothing",
    "numbers.txt:126": "want '$-250.00' -250.0--250.0 exact USD; got nothing",
    "numbers.txt:127": "want '300-ish' 300.0-300.0 approximate None; got nothing",
    # a 'pound' before a noun of weight ('a 50 pound bag') is a weight, not sterling
    "quantities.txt:110": "want 'twenty-five pound' 25.0-25.0 exact pound; got 'twenty-five pound' 25.0-25.0 exact GBP",
    "quantities.txt:111": "want '50 pound' 50.0-50.0 exact pound; got '50 pound' 50.0-50.0 exact GBP",
    # a list without spaces read as one Indian-grouped number ('5,10,150')
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
