"""The date each figure of a sentence refers to (``as_of``), read clause by clause, and where it came from.

An analyst reads a figure's date from its own clause first ("cut the rate to 7.5 percent on Oct. 14"),
then from the sentence ("As of Sept. 18, the war had killed 5,916 civilians, the UN said"), and dates a
running total ("killed since fighting began in March 2011", "so far this year") at the report, not at the
period's start. The rules, each a small named function or a pattern below:

- ``owned_by``: a date right after a figure belongs to that figure ("down from 52% in 2019");
- ``starts_a_period``: a date after "since"/"from", or inside a "since …" or "so far …" phrase, is the
  start of a running total, never the figure's date;
- ``lies_ahead``: a date after "will", "to be held", "is due" … resolves forward ("a summit to be held on
  March 12", published 1 March → 12 March of the same year), and so does one after a timetable's present
  (``scheduled_before``: "the fair opens on March 12"); ``lies_behind``: a day without a year whose clause tells a past
  event is the last such day, even in the weeks after the report that are read as the coming ones ("the quake on Jan. 7
  killed 126", published Dec. 20: last January's);
- ``dates.named_periods``: the year of a named plan or budget ("its 2019 response plan") is a date too, and so are a
  season ("last winter"), a fiscal year's opening months (the months to the report) and "the end of the decade";
  ``dates.month_modifies_a_noun``: "at its December meeting" is December;
- ``date_names_a_product``: a date before "model", "edition", "version" ("a May 2024 model") names the product, and
  ``dates.names_a_model`` a short period after a maker's name ("the Audi Q3") is a car's name, not a quarter;
- ``date_names_an_event``: a date that names the event it sits in ("the Oct. 7 attack", "the July 4 floods", "Sunday
  night's strike", "last week's fighting") dates no figure: a toll from it is counted and told later ("the toll from
  Sunday night's strike rose to 31, officials said on Tuesday": Tuesday), as ``dates.names_a_holiday``'s "the Fourth of
  July floods" dates none;
- ``opens_a_span``: the first of two dates that bound a period ("from Dec. 29 to Jan. 2", "on Friday and Saturday")
  dates nothing, the period being dated at its end;
- ``coordinate_clause``: a clause opened by "and", "while", "whereas", "but" that dates nothing takes the date of the
  figure of the clause before ("killed at least 50 people on Tuesday, while more than 150 others were wounded"), as_of_from
  "sentence", and a date that opens such a clause is its own ("killing two people, and on Sunday five died": the two
  are of the sentence's other date);
  Clauses break at "but" and at "and" before an auxiliary ("… 2,000 cars a week and will add a shift in the fourth
  quarter"), and a date in a coordinate clause without a figure reaches no figure of another;
- ``shares_the_period_before``: a figure its sentence dates nowhere goes on in the period the figure before it in its
  clause owns
  ("Exports rose 5% in June and imports climbed 3%"), as a paragraph's later sentences do;
- ``running_total_of_the_report``: a figure right before the start of its running total ("raised output by 2.9 million
  barrels a day since April") is dated at the sentence's day, never at a period it names for something else;
- the cue's strength: a date after "as of", "by", "through", "until" wins over a nearer one;
- ``earlier_period``: a figure right before "a year earlier", "a year ago", "the month before", "in the same
  period last year" is dated that far back from the date the sentence gives the figure before it ("profit rose to
  $412 million in the first half, from $349 million a year earlier": the first half of last year), and such a
  phrase never dates another figure ("rose 3.7% from a year ago" is this period's rise);
- ``_COMPARED_WITH_RE``: a date after "than in" is what the figure is measured against ("8.1 million in June, 4%
  more than in June 2024": the rise is June's), so the figure takes the date of the figure before it;
- ``change_of_the_level``: a clause that opens on the change of the level before it ("exports hit $17.3 billion in
  November, up 38.6% from a year earlier") takes that level's own date;
- ``_TOLD_ON_RE``: the day figures were told ("the ministry reported on Friday that 1,870 cases had been recorded
  in July") dates a figure only where its clause or sentence gives no other date;
- ``carried_period`` and ``takes_the_period``: the period a paragraph names once (a quarter, a month, a year, a
  fiscal year, a day: "Revenue rose 7% in the third quarter. Operating profit climbed 11%.") dates its later
  sentences that date nothing, as_of_from "paragraph", never a running total, a rolling period ("in the past 24
  hours") or a figure that stands now ("now stands at", "are displaced").
- ``dates.filed_on``: a dateline's day ("MOSCOW, Oct 3 (Reuters) -") is the reference over a later publication date,
  the day the story's weekdays count back from;
- ``narrowed_by_a_strong_date``: a figure's own period that holds the date after "as of"/"by" of its sentence takes
  that date ("As of June 30, UNHCR had received only 23% of the funds it needs this year");
- ``fiscal_year_from_its_first_day``: "the fiscal year beginning April 1" is that fiscal year, by its first year;
- ``days_before``: a clause that opens "a day after" a figure is the day before the figure's before it ("killed seven
  people on Sunday, a day after 11 died": Saturday), and "from 41 the previous day" is a day's earlier period;
- ``opens_on_an_earlier_period``: a sentence that opens "A month earlier", "In the same month last year" steps the
  paragraph's period back ("… 3.8% in September. A month earlier it was 3.6%": August);
- ``dated_by_the_sentence_before``: a sentence that opens on a pronoun or a report's noun and tells a past count takes
  the date of the figure-free sentence before it ("The census was taken in March 2021. It counted 59.6 million").
- ``scene_set_by_the_sentence_before``: so does a sentence after a figure-free one that opens on its date, the scene of
  the paragraph (``opens_on_its_date``: "On Sunday, drones struck a block in Ternopil. The regional administration said
  34 people were killed.": Sunday);
- ``fieldwork_before``: and so does a sentence that tells a survey's findings ("Ipsos found that 61% …") after one on when
  its fieldwork took place ("Fieldwork took place on 10-11 February.");
- ``origin_aside``: an aside on how the thing before it began ("The outbreak, first detected in late September, has
  infected 4,300", "The strike, which began in June, has cost …") dates no figure, as an event's relative clause does;
- ``dates.last_weekend``: a weekend is dated at its Sunday ("over the weekend", "last weekend"), and ``dates.range_end_day``
  a day range after its month at its last day ("a poll conducted March 3-5", "10-11 February"; "between Feb. 6 and 9" is
  two days of February, and so is "from 9 to 11 May" of May), a period at its end; a "calendar year" or a "crop year" is
  a named period's year, "earlier in the month" the report's month (``dates`` rule ``in_the_period``) and a bare "next"
  after "this year" next year ("1.1% this year and 1.4% next": ``dates.next_of_the_period_before``);
- ``forecast_period_over_its_day``: a forecast's period before its figure dates it over the day after it, the day it was
  made ("lowered its inflation forecast for 2026 to 3.2% on Thursday": 2026), and ``purpose_shares_the_date`` a sum asked
  for takes the year of the people it is "to help" ("$23 billion to help 87 million people in 2026");
- ``funded_now``: the share an appeal "is" funded stands at the report, whatever year names the appeal ("The 2026 flash
  appeal … is 12% funded": the day it was told, else the publication date).

Linear: each date is looked at once per sentence, each figure looks up its clause's candidates and the
sentence's nearest by bisection (``crosscount.extract("5 in 2019 " * 800)`` took 9.4 s when every figure
weighed every date; it now takes milliseconds).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import Final

from .dates import (
    AS_OF_CUE,
    FISCAL_YEAR_FROM_RE,
    MAX_YEAR,
    MIN_YEAR,
    DateMention,
    filed_on,
    named_periods,
    parse_iso,
)
from .lexicon.en import (
    AUXILIARIES_AFTER_AND,
    BACK_REFERENCE_NOUNS,
    CHANGE_OF_THE_LEVEL_BEFORE,
    COORDINATORS,
    DAY_PARTS,
    DAYS_BEFORE_PHRASES,
    EARLIER_DAY_PHRASES,
    EARLIER_PERIOD_PHRASES,
    EFFECT_START_WORDS,
    EVENT_NOUNS_AFTER_A_DATE,
    FIELDWORK_NOUNS,
    FINDING_VERBS,
    FORECAST_WORDS,
    FUNDED_WORDS,
    FUTURE_STEMS,
    NOW_WORDS,
    ORIGIN_ADVERBS,
    ORIGIN_PARTICIPLES,
    ORIGIN_PAST_FORMS,
    PARTICIPLE_OPENERS,
    PAST_FORMS,
    PERIOD_DATE_CUES,
    PRESENT_COPULAS,
    PRESENT_WORDS,
    PRODUCT_NOUNS_AFTER_A_DATE,
    PURPOSE_VERBS,
    REFERS_BACK_PRONOUNS,
    REPORT_NOUNS,
    ROLLING_PERIOD_UNITS,
    ROLLING_PERIOD_WORDS,
    RUNNING_TOTAL_STEMS,
    SCENE_OPENERS,
    SCHEDULE_VERBS,
    STRONG_DATE_CUES,
    TELLING_VERBS,
    WEEKDAYS,
)
from .patterns import fold
from .sentences import same_paragraph

OWN_DATE_GAP = 30  # a date this close after a figure belongs to that figure: "52% in 2019"
# Where a clause ends: a comma or semicolon (not the one inside "Feb. 24, 2022"), a bracket, or "and"/"but"
# before a new time or actor ("to 9 percent, and on June 9 to 8.5 percent").
# (It opens with a class of characters, so re skips to the next of them in C.)
# (and "but" always, "and" before an auxiliary too: "halved its forecast for this year to 1% but raised it for 2026 to 1.9%",
# "and will add a shift in the fourth quarter")
CLAUSE_BREAK_RE = re.compile(r"[;(,abw](?:(?<=[;(])|(?<=,)(?!\s*\d{4}\b)\s+"
                             rf"|(?<=\sa)nd\s+(?=(?:on|in|by|as|at|since|then|{'|'.join(AUXILIARIES_AFTER_AND)})\s)|(?<=\sb)ut\s+"
                             r"|(?<=\sw)(?:hile|hereas)\s+(?=(?:on|in|by|as|at|since|then)\s))")
# A running total's period: the date inside it is when the count began, not when it stood.
_PERIOD_START_BEFORE_RE = re.compile(
    r"(?i:\b(?:since|so\s+far|to\s+date|thus\s+far|from\s+the\s+(?:start|beginning|outset|onset))\b"
    r"(?:[^,;!?.]|\.(?=\S))*)$")
_PERIOD_START_AFTER_RE = re.compile(r"(?i:\s*,?\s*(?:so\s+far|to\s+date|thus\s+far)\b)")
# Words that put an event ahead of the report: its date without a year is the next such date.
_FUTURE_BEFORE_RE = re.compile(
    r"(?i:\b(?:will|would|shall|could|might|to\s+be\s+(?:held|signed|published|released|paid|announced)|"
    r"(?:is|are|was|were)\s+(?:due|scheduled|set|expected|planned)|(?:expected|set|projected|forecast|due|likely|"
    r"plans?|aims?|hopes?|intends?)\s+to|next|upcoming|forthcoming|"
    r"expects?|predicts?|anticipates?|forecasts)\b)")  # (a forecaster's present: "expects inflation of 4% in March")
_EVENT_POSSESSIVE_RE = re.compile(r"['’]s?\s")
# date_names_an_event: "the Oct. 7 attack", "the May 25 drone attack", "Sunday night's strike", "last week's fighting"
# (a determiner or a possessive ("Hamas's Oct. 7 attack"), or a holiday's word after it, before the date, or a possessive
# after it; then the event within two words)
_EVENT_AFTER_DATE_RE = re.compile(
    rf",?(?:\s+(?:{'|'.join(DAY_PARTS)}))?(?P<possessive>['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(EVENT_NOUNS_AFTER_A_DATE)})\b")
# A relative clause that tells an event, its date inside it ("the quake that jolted Gansu province late on Monday", "the
# earthquake which struck eastern Afghanistan late Sunday"): the event's day, not the day its toll was counted and told
_EVENT_CLAUSE_BEFORE_DATE_RE = re.compile(rf"\b(?:{'|'.join(EVENT_NOUNS_AFTER_A_DATE)})\s+(?:that|which)\s+(?:[\w'’-]+\s+){{1,6}}?$")
_EVENT_CLAUSE_REACH = 80  # characters before a date looked over for the relative clause it may sit in
_DETERMINER_BEFORE_EVENT_DATE_RE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)|['’]s?)\s+(?:[A-Z][a-z]+\s+)?$")
# opens_a_span: what joins a period's first date to its last ("from Dec. 29 to Jan. 2", "on Friday night and Saturday")
_SPAN_GAP_RE = re.compile(rf"(?:\s+(?:{'|'.join(DAY_PARTS)}))?(?:,?\s+(?:and|to|through|until|till)\s+(?:on\s+|the\s+end\s+of\s+)?|\s*[-–]\s*)")
# coordinate_clause: a clause opened by "and", "while" … ("…, while 150 others were wounded")
_COORDINATOR_RE = "|".join(COORDINATORS)
_COORDINATE_OPENS_RE = re.compile(rf"\s*(?:{_COORDINATOR_RE})\s")
_COORDINATE_BEFORE_RE = re.compile(rf"\b(?:{_COORDINATOR_RE})\s+$")
# date_names_a_product: "a May 2024 model", "the 2023 model year": the date names the product, it dates no figure
_PRODUCT_AFTER_RE = re.compile(r"\s+(?:" + "|".join(PRODUCT_NOUNS_AFTER_A_DATE) + r")\b")
_DAY_WORDS = frozenset({*WEEKDAYS, "yesterday", "today", "weekend"})  # (a weekend is dated at its Sunday)
# "have burned … this year", "has risen … this month", "having gained 48% this year": a running total of the period
# so far, dated at the report
_THIS_PERIODS = frozenset({"this year", "this month", "this week"})
_PERFECT_RE = re.compile(r"\b(?:has|have|having)\s+(?:been\s+|already\s+)?[a-z]+(?:ed|en|wn|ght|lt|ung|un)\b")
# (and a past perfect's total of the period told: "said on Thursday that 1,200 people had died of cholera this year" stood
# at the telling)
_RUNNING_PERFECT_RE = re.compile(r"\b(?:has|have|having|had)\s+(?:been\s+|already\s+)?[a-z]+(?:ed|en|wn|ght|lt|ung|un)\b")
# "since September 2022, when it acknowledged 5,937 deaths": the date of the event the "when" clause tells
_WHEN_AFTER_RE = re.compile(r",?\s+when\b")
# A sentence without a figure that says when the figures of the one before stood: "The figures cover the
# period to March 31.", "The data run to early June.", "The numbers refer to the end of January.", "The rates
# took effect on Feb. 1.", "The board met on Feb. 28.": the figures' own words (or a pronoun), then a verb of
# coverage, of being, or of an event, within a few words.
_DATES_THE_ONE_BEFORE_RE = re.compile(
    r"[\"“]?(?:The|These|Those|This|That|It|They|Its|Their)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:cover(?:s|ed)?|run|runs|ran|refer(?:s|red)?|relate[sd]?|span(?:s|ned)?|(?:is|are|was|were)\s+(?:as\s+(?:of|at)|up\s+to|for)|"
    r"date[sd]?\s+from|(?:was|were)\s+(?:conducted|carried\s+out|collected|compiled|gathered|taken|held)|"
    r"(?:took|take|takes)\s+(?:place|effect)|came\s+into\s+force|met|meet|apply|applies|applied|"
    r"went\s+up\s+to|go(?:es)?\s+up\s+to)\b")
# "…, a day after 11 died": a clause that opens on the days before the one it follows (rule ``days_before``)
_DAYS_BEFORE_RE = re.compile(
    r"(?i:\s*(?P<phrase>" + "|".join(p.replace(" ", r"\s+") for p in DAYS_BEFORE_PHRASES) + r")\s+)")
# dated_by_the_sentence_before: a sentence that opens on a pronoun or a report's noun ("It counted …", "The bulletin
# recorded …") goes on about the figure-free sentence before it
_REFERS_BACK_RE = re.compile(rf"\s*[\"“]?(?:(?:{'|'.join(REFERS_BACK_PRONOUNS)})|(?:The|Its|Their)\s+(?:[a-z]+\s+)?(?:{'|'.join((*REPORT_NOUNS, *BACK_REFERENCE_NOUNS))}))\b")
# scene_set_by_the_sentence_before: the words a sentence may open on before its date ("On", "Late on"), and the comma
# after it ("On Sunday night, …")
_SCENE_BEFORE_RE = re.compile(rf"(?i:\s*[\"“]?(?:(?:{'|'.join(SCENE_OPENERS)})\s+){{0,2}})")
# fieldwork_before: "Fieldwork took place on 10-11 February.", "The survey was conducted in March." (a report's gathering,
# then when it took place)
_FIELDWORK_RE = re.compile(
    rf"(?i:\s*[\"“]?(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:{'|'.join((*FIELDWORK_NOUNS, *REPORT_NOUNS))})\b(?:\s+[\w'’-]+){{0,3}}?\s+"
    r"(?:(?:was|were)\s+(?:conducted|carried\s+out|done|held|taken)|took\s+place|ran)\b)")
_FINDING_RE = re.compile(rf"\s*[\"“]?(?:[\w'’.-]+\s+){{0,4}}?(?:{'|'.join(FINDING_VERBS)})\b")  # "Ipsos found that …"
# funded_now: "is only 13% funded", "are 40% financed"
_FUNDED_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(FUNDED_WORDS)})\b")
_COPULA_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(PRESENT_COPULAS)})\s+(?:(?:only|just|about|around|now|still|barely)\s+)?$")
# origin_aside: "…, first detected in Jonglei in late September, …", "…, launched in January, …"
_ORIGIN_PARTICIPLE_ALTERNATIVES = "|".join(p.replace(" ", r"\s+") for p in ORIGIN_PARTICIPLES)
_ORIGIN_ASIDE_RE = re.compile(
    rf"(?i:\s*(?:(?:which|that)\s+(?:(?:was|were|had\s+been)\s+)?)?(?:(?:{'|'.join(ORIGIN_ADVERBS)})\s+[a-z]+(?:ed|en|wn|t)|"
    + _ORIGIN_PARTICIPLE_ALTERNATIVES + "|" + "|".join(p.replace(" ", r"\s+") for p in ORIGIN_PAST_FORMS) + r")\b)")
_SCENE_AFTER_RE = re.compile(rf"(?:\s+(?:{'|'.join(DAY_PARTS)}))?\s*,")
# "fell 11% in 2024 to 144 billion riyals", "rose 18% to $412 million in the first half": the figure the date
# belongs to passes it on across "to"/"from", and a few words of the change's before them ("rose 9.4% in real terms to
# $2.72 trillion in 2024"), never another predicate's ("rose 5% and fell to …")
_SHARED_DATE_GAP_RE = re.compile(rf"(?:\s+(?!(?:{_COORDINATOR_RE}|or|then|as|after|before)\b)[a-z]+){{0,3}}\s+(?:to|from)\s+$")
# elliptical_conjunct: the figure after "and" with no verb of its own before its date ("were killed and 14 wounded on
# Tuesday"): the date of the conjunct is the whole list's
# purpose_shares_the_date: "$23 billion to help 87 million people in 2026"
_PURPOSE_GAP_RE = re.compile(rf"\s+to\s+(?:{'|'.join(PURPOSE_VERBS)})\s+$")
_CONVERSION_GAP_RE = re.compile(r"\s*[(\[]\s*(?:about|around|roughly|some|nearly|almost|approximately|or|~)?\s*")
_AND_BEFORE_RE = re.compile(r",?\s+and\s+$")
_ELLIPTICAL_RE = re.compile(r"(?:\s+(?!(?:were|was|are|is|have|has|had|will|would|been|be)\b)[\w'’-]+){0,4}\s*")
# "hit $17.3 billion in November, up 38.6% from a year earlier": a clause that opens on the change of the level before
# it, right after that level's own date (rule ``change_of_the_level``)
_CHANGE_OF_THE_LEVEL_RE = re.compile(
    r"\s*,\s*(?:" + "|".join(w.replace(" ", r"\s+") for w in CHANGE_OF_THE_LEVEL_BEFORE) + r")(?:\s+by)?\s+")
# "9.4 million the month before", "1.2 million vehicles in the same period last year": the phrase after a figure
# (a unit's words or "in"/"during" between them, never a word of comparison: "rose 3.7% from a year ago")
# Each phrase of an earlier period to the (months, days) it steps back
_EARLIER_STEPS: dict[str, tuple[int, int]] = {**{p: (m, 0) for p, m in EARLIER_PERIOD_PHRASES.items()},
                                              **{p: (0, d) for p, d in EARLIER_DAY_PHRASES.items()}}
_EARLIER_ALTERNATIVES = "|".join(p.replace(" ", r"\s+") for p in sorted(_EARLIER_STEPS, key=len, reverse=True))
_EARLIER_PERIOD_RE = re.compile(
    r"(?i:(?:\s+(?!(?:from|on|than|over|against|versus|compared|since|with|and|but)\b)[a-z]+){0,2}?\s+"
    r"(?:(?:in|during|for)\s+)?(?P<phrase>" + _EARLIER_ALTERNATIVES + r")\b)")
# "A month earlier it was 3.6%", "In the same month last year, …": a sentence that opens on an earlier period's phrase
_EARLIER_OPENING_RE = re.compile(
    r"(?i:\s*[\"“]?(?:(?:in|during|for|over)\s+)?(?P<phrase>" + _EARLIER_ALTERNATIVES + r")\b)")
# "12% more than in April last year", "higher than on Monday": a date after "than" is what the figure is measured
# against, not when it stood ("than expected in June" is no comparison with June)
_COMPARED_WITH_RE = re.compile(r"\bthan\s+(?:in|on|during|at|for|last)\b")
_COMPARED_RIGHT_BEFORE_RE = re.compile(r"\bthan\s+(?:in|on|during|at|for)\s+(?:the\s+)?$")
# "The ministry reported on Friday that 1,870 cases had been recorded in July": the day of the telling dates the
# report, and a figure takes it only where the sentence gives no other date
_TOLD_ON_RE = re.compile(rf"\b(?:{TELLING_VERBS})\s+(?:[a-z]+\s+)?on\s+$")
# "The key rate now stands at 16%", "Reserves currently total $40 billion": a figure of the report's day
_STANDS_NOW_RE = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in PRESENT_WORDS) + r")\b")
# "in the past day", "over the last three months": a period that ends at the report ("last"/"previous" with a length
# only: "than the previous year" is an earlier period)
_ROLLING_PERIOD_RE = re.compile(
    r"\b(?:" + "|".join(rf"{w}\s+(?:[a-z0-9]+\s+){'' if needs_length else '?'}" for w, needs_length in ROLLING_PERIOD_WORDS.items())
    + rf")(?:{'|'.join(ROLLING_PERIOD_UNITS)})s?\b")
_NOW_RE = re.compile(r"(?i:\b(?:" + "|".join(w.replace(" ", r"\s+") for w in NOW_WORDS) + r")\b)")
_PRESENT_COPULA_RE = re.compile(r"\b(?:" + "|".join(PRESENT_COPULAS) + r")\b")
_EARLIER_PERIOD_WORDS = frozenset(p.split()[-1] for p in _EARLIER_STEPS)  # a cheap first look


class _Candidate:
    """A date of the sentence as a figure's as-of: where it is, its resolved value, whose it is, and whether it is
    only the day the figures were told ("the ministry reported on Friday that …")."""

    def __init__(self, pos: int, end: int, value: str, strong: bool, clause: int, owner: int, told: bool,
                 day: bool = False) -> None:
        self.pos: Final = pos
        self.end: Final = end
        self.value: Final = value
        self.strong: Final = strong
        self.clause: Final = clause
        self.owner: Final = owner  # index of the figure it belongs to, or -1
        self.told: Final = told
        self.day: Final = day  # whether it names a day ("on Sunday", "March 3"), not a longer period


def clause_starts(text: str, start: int, end: int, mentions: list[DateMention]) -> list[int]:
    """Where the clauses of ``text[start:end]`` start (never inside a date: "Monday, March 3, 2025")."""
    starts = [start]
    spans = [(d.start, d.end) for d in mentions]
    i = 0
    for m in CLAUSE_BREAK_RE.finditer(text, start, end):
        while i < len(spans) and spans[i][1] <= m.start():
            i += 1
        if i < len(spans) and spans[i][0] <= m.start() < spans[i][1]:
            continue
        starts.append(m.end())
    return starts


def owned_by(date_start: int, figure_ends: list[int]) -> int:
    """Index of the figure a date right after it belongs to ("52% in 2019"), or -1 (the caller also asks
    that the two share a clause)."""
    i = bisect.bisect_right(figure_ends, date_start) - 1
    return i if i >= 0 and date_start - figure_ends[i] <= OWN_DATE_GAP else -1


def starts_a_period(text: str, clause_start: int, d: DateMention, cue_word: str, running: bool) -> bool:
    """Whether the date begins a running total ("since March", "since fighting began in March 2015",
    "so far this year", "this year to date") rather than dating the figure; ``running`` says whether the
    sentence holds a running total's words at all."""
    if _WHEN_AFTER_RE.match(text, d.end):
        return False  # "since May, when it acknowledged 3,100 deaths": May dates the acknowledgement
    if cue_word in PERIOD_DATE_CUES:
        return True
    if d.relative is not None and d.relative.split()[0] == "this" and _RUNNING_PERFECT_RE.search(text, clause_start, d.start):
        return True  # "Wildfires have burned 6.4 million hectares this year", "23 had died of flu this winter": running totals
    return running and (_PERIOD_START_BEFORE_RE.search(text, max(clause_start, d.start - 70), d.start) is not None
                        or _PERIOD_START_AFTER_RE.match(text, d.end) is not None)


def date_names_an_event(text: str, d: DateMention) -> bool:
    """Whether the date names an event it sits in ("the Oct. 7 attack", "the July 4 floods", "Sunday night's strike",
    "last week's fighting", "the Palm Sunday missile strike"): the day of the event, not of its toll, which is counted
    and told later ("the toll from Sunday night's strike rose to 31, officials said on Tuesday": Tuesday), so it dates
    no figure (as "Tuesday's stampede" does not)."""
    window = text[max(0, d.start - _EVENT_CLAUSE_REACH): d.start]
    if ("that" in window or "which" in window) and _EVENT_CLAUSE_BEFORE_DATE_RE.search(window) is not None:
        return True  # event_clause_date: "the toll from the quake that jolted Gansu late on Monday rose to 118"
    after = _EVENT_AFTER_DATE_RE.match(text, d.end)
    if after is None:
        return False
    return after.group("possessive") is not None \
        or _DETERMINER_BEFORE_EVENT_DATE_RE.search(text, max(0, d.start - 20), d.start) is not None


def origin_aside(text: str, clauses: list[int], k: int, sent_end: int, figure_clauses: set[int]) -> bool:
    """Whether clause ``k`` is an aside between commas that tells how the thing before it began (rule ``origin_aside``:
    "The outbreak, first detected in Jonglei in late September, has infected 4,300 people", "The appeal, launched in
    January, is 12% funded"): it opens on an ORIGIN_PARTICIPLES word or any participle after ORIGIN_ADVERBS and holds no
    figure, so its date is the thing's start, as a relative clause's is the event's (``date_names_an_event``), and dates
    no figure."""
    if k == 0 or k + 1 >= len(clauses) or k in figure_clauses:
        return False
    return text[max(0, clauses[k] - 8): clauses[k]].rstrip().endswith(",") \
        and text[max(0, clauses[k + 1] - 8): clauses[k + 1]].rstrip().endswith(",") \
        and _ORIGIN_ASIDE_RE.match(text, clauses[k], min(sent_end, clauses[k + 1])) is not None


def opens_a_span(text: str, d: DateMention, after: DateMention | None) -> bool:
    """Whether the date is the first of two that bound one period, the next date right after it (rule ``opens_a_span``:
    "fired 500 missiles from Dec. 29 to Jan. 2", "40 people were killed on Friday and Saturday"): the period is dated at
    its end, as "between July 16 and August 11" is, so the first dates nothing."""
    return after is not None and _SPAN_GAP_RE.fullmatch(text, d.end, after.start) is not None


def coordinate_clause(text: str, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` is a coordinate one, opened by "and", "while", "whereas" or "but" (rule
    ``coordinate_clause``: "killed at least 50 people on Tuesday, while more than 150 others were wounded" — a
    coordinate clause that dates nothing goes on at the date of the clause before)."""
    return _COORDINATE_OPENS_RE.match(text, clause_start) is not None \
        or _COORDINATE_BEFORE_RE.search(text, max(0, clause_start - 10), clause_start) is not None


def is_a_day(d: DateMention) -> bool:
    """Whether the mention names a day ("March 3", "Tuesday", "last Friday", "yesterday"), not a month, a quarter or a
    year (a relative day's last word is the day's: "last Friday", never "last week")."""
    return d.day is not None or (d.relative is not None and d.relative.split()[-1].lower() in _DAY_WORDS)


def lies_ahead(text: str, clause_start: int, d: DateMention) -> bool:
    """Whether the date is of an event still to come ("will be held on March 12"): a future word before
    it in its clause."""
    window = text[max(clause_start, d.start - 60): d.start]
    return any(stem in window.lower() for stem in FUTURE_STEMS) and _FUTURE_BEFORE_RE.search(window) is not None


# A verb of a timetable right before the date ("opens on March 12", "resume on Feb. 3", "takes effect on Jan. 1").
_SCHEDULED_BEFORE_RE = re.compile(r"(?i:\b(?:" + "|".join(v.replace(" ", r"\s+") for v in SCHEDULE_VERBS) + r")"
                                  r"\s+(?:(?:on|in|from)\s+)?$)")
_EFFECT_START_BEFORE_RE = re.compile(r"(?i:\b(?:" + "|".join(w.replace(" ", r"\s+") for w in EFFECT_START_WORDS) + r")\s+$)")
_EFFECT_AHEAD_MONTHS = 3  # how far after the report a month a measure takes effect from is still the coming one


def scheduled_before(text: str, clause_start: int, d: DateMention) -> bool:
    """scheduled_in_the_present: whether the date is of an event a timetable's present tells as still to come ("The
    fair opens on March 12", "Talks resume on Feb. 3", "The levy takes effect in April": ``SCHEDULE_VERBS`` right
    before it), where its own clause tells nothing as past (``lies_behind``: "Shops were open on Dec. 26" is not; the
    clause after it may: "Flights resume on Feb. 9, with 14 routes restored")."""
    return _SCHEDULED_BEFORE_RE.search(text, max(clause_start, d.start - 30), d.start) is not None


def takes_effect_ahead(text: str, clause_start: int, d: DateMention, reference: date | None) -> bool:
    """effect_starts_ahead: whether the month without a year a measure takes effect from ("lowers the cap to $47.60 a
    barrel from September", "starting in December": EFFECT_START_WORDS before it) is the coming one: within
    ``_EFFECT_AHEAD_MONTHS`` after the report's (published in July, "from January" is the past one: it applies since),
    where its clause tells nothing as past (``lies_behind``: "fell 4% from September")."""
    if d.month is None or reference is None or not 0 < (d.month - reference.month) % 12 <= _EFFECT_AHEAD_MONTHS:
        return False
    return _EFFECT_START_BEFORE_RE.search(text, max(clause_start, d.start - 20), d.start) is not None


# A past form in a clause: one of PAST_FORMS, or a word in "-ed" (not "-eed": "need", "speed"; nor "hundred") after a
# word that does not make it a participle ("the planned summit", "will be held"); a future stem's own "-ed" ("scheduled",
# "expected", "planned") tells of what is to come, and lies_ahead reads it.
_PAST_RE = re.compile(
    rf"(?i:\b(?:{'|'.join(PAST_FORMS)})\b)"
    rf"|(?<![\w'’])(?!(?:{'|'.join(FUTURE_STEMS)})\w*\b)(?!hundred\b)(?P<ed>[a-z]{{2,}}(?<!e)ed)\b")
_PARTICIPLE_OPENER_RE = re.compile(rf"(?i:\b(?:{'|'.join(PARTICIPLE_OPENERS)})\s+$)")


def past_forms(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The past forms of ``text[start:end]`` (``_PAST_RE``, an "-ed" one only where no PARTICIPLE_OPENERS word stands
    right before it), as (start, end): read once a clause, for every date of it."""
    return [m.span() for m in _PAST_RE.finditer(text, start, end)
            if m.group("ed") is None or _PARTICIPLE_OPENER_RE.search(text, max(start, m.start() - 12), m.start()) is None]


def lies_behind(d: DateMention, own: list[tuple[int, int]], after: list[tuple[int, int]] | None = None) -> bool:
    """past_day_stays_past: whether the day without a year (``d``) is of an event its clause tells as past ("The quake
    on Jan. 7 killed 126 people", published Dec. 20: last January; "In the vote on Feb. 23, 630 seats were filled",
    published Jan. 5: last February), so that a day in the weeks after the report (``dates.UPCOMING_DAYS``) is not read
    as the coming one. ``own``: the past forms of the date's clause (``past_forms``); ``after``, for a date in the clause
    that opens its sentence ("In the vote on Feb. 23, …"), those of the clause after it, whose verb it goes with (None
    where that clause speaks of the future: "On Jan. 10, leaders will meet")."""
    return any(end <= d.start or start >= d.end for start, end in own) or bool(after)


def sentences_as_of(
    text: str, paragraph_starts: list[int], mentions: list[DateMention],
    sentences: list[tuple[int, int, list[tuple[int, int]]]], reference: date | None,
) -> list[tuple[str | None, str | None]]:
    """(as_of, as_of_from) of each figure of ``sentences`` ((start, end, the figures' (start, end)), in order),
    each sentence read by ``sentence_as_of`` with the period its paragraph named last (``carried_period``).

    ``mentions`` are all the text's dates, in order; each sentence's are found by bisection. A dateline's day
    (``dates.filed_on``) is the reference over the publication date."""
    reference = filed_on(text, mentions, reference) or reference
    mention_starts = [d.start for d in mentions]
    out: list[tuple[str | None, str | None]] = []
    period: str | None = None
    paragraph = -1
    for start, end, figures in sentences:
        if (p := bisect.bisect_right(paragraph_starts, start)) != paragraph:
            period, paragraph = None, p  # nothing carries from one paragraph to the next
        inside = mentions[bisect.bisect_left(mention_starts, start): bisect.bisect_left(mention_starts, end)]
        dated = sentence_as_of(inside, text, start, end, figures, reference, period)
        period = carried_period(dated, period)
        out += dated
    return out


def carried_period(dated: list[tuple[str | None, str | None]], period: str | None) -> str | None:
    """The period a paragraph goes on about after a sentence dated ``dated``: its first figure's date (a year, a
    quarter's or a month's "2025-09": "Revenue rose 7% in the third quarter. Operating profit climbed 11%."; a day:
    "Strikes on Sunday killed four people. Another 17 were wounded."), ``period`` where the sentence dated nothing."""
    first = dated[0][0] if dated else None
    return period if first is None else first


def sentence_as_of(
    mentions: list[DateMention], text: str, sent_start: int, sent_end: int,
    figures: list[tuple[int, int]], reference: date | None, carried: str | None = None,
) -> list[tuple[str | None, str | None]]:
    """(as_of, as_of_from) of each figure of one sentence; ``figures`` are their (start, end), in order.

    as_of_from is "own clause" (a date of the figure's clause, or right after it) or "sentence" (a date
    elsewhere in the sentence); where the sentence dates the figure nowhere, ``carried`` (the period its
    paragraph named before, ``carried_period``) with "paragraph" if the sentence ``takes_the_period``, else
    (None, None)."""
    periods = named_periods(text, sent_start, sent_end)
    if periods:  # a named period over a date written inside it: "April-September" is September, not April
        mentions = sorted([*outside_the_periods(mentions, periods), *widest(periods)], key=lambda d: d.start)
    lowered = text[sent_start:sent_end].lower()
    earlier = earlier_periods(text, lowered, figures)
    if earlier:  # "the same period last year": its "last year" is the phrase's, not a date of its own
        mentions = [d for d in mentions if not any(p_start <= d.start < p_end for p_start, p_end, _ in earlier.values())]
    opening = opens_on_an_earlier_period(text, sent_start, lowered)
    if opening is not None:  # (its words are the phrase's too: "In the same month last year, it was 4.6%")
        mentions = [d for d in mentions if not opening[0] <= d.start < opening[1]]
    clauses = clause_starts(text, sent_start, sent_end, mentions)
    running = any(stem in lowered for stem in RUNNING_TOTAL_STEMS)
    ends = [e for _, e in figures]
    figure_clause = [bisect.bisect_right(clauses, s) - 1 for s, _ in figures]
    figure_clauses = set(figure_clause)
    owned: dict[int, _Candidate] = {}  # figure index → its own date (the nearest after it)
    by_clause: dict[int, list[_Candidate]] = {}
    shared: list[_Candidate] = []  # dates of the sentence no figure owns, in order
    compared: set[int] = set()  # figures followed by the date they are compared with
    past: dict[int, list[tuple[int, int]]] = {}  # the past forms of each clause (lies_behind), read once a clause
    asides: dict[int, bool] = {}  # whether each clause is an aside on its thing's start (rule origin_aside), read once
    future: dict[int, bool] = {}  # whether each clause speaks of the future (``_FUTURE_BEFORE_RE``), read with them
    totals: set[int] = set()  # figures right before the start of their running total (rule running_total_of_the_report)
    strong: list[_Candidate] = []  # dates after a strong cue ("as of", "by") that no figure owns (rule narrowed_by_a_strong_date)
    for k, d in enumerate(mentions):
        if opens_a_span(text, d, mentions[k + 1] if k + 1 < len(mentions) else None):
            continue
        clause = bisect.bisect_right(clauses, d.start) - 1
        cue = AS_OF_CUE.search(text, max(sent_start, d.start - 24), d.start)
        word = fold(cue.group(0).split()[0]) if cue else ""
        if starts_a_period(text, clauses[clause], d, word, running):
            if (owner := owned_by(d.start, ends)) >= 0 and figure_clause[owner] == clause:
                totals.add(owner)  # "raising output by 2.9 million barrels a day since April": a running total
            continue
        if clause not in asides:
            asides[clause] = origin_aside(text, clauses, clause, sent_end, figure_clauses)
        if asides[clause] or (is_a_day(d) and _EVENT_POSSESSIVE_RE.match(text, d.end)) \
                or _PRODUCT_AFTER_RE.match(text, d.end) or date_names_an_event(text, d):
            continue  # (an aside's the thing's start: "The outbreak, first detected in late September, has infected …";
            # and "Tuesday's stampede" dates the event, not the count; "next year's budget" is next year's;
            # "a May 2024 model" names the product; "the Oct. 7 attack" the event)
        ahead = d.year is None and lies_ahead(text, clauses[clause], d)
        behind = False
        if d.year is None and not ahead:
            for k in (clause, clause + 1) if clause == 0 and len(clauses) > 1 else (clause,):
                if k not in past:  # (each clause's past forms, read once for all its dates)
                    end = clauses[k + 1] if k + 1 < len(clauses) else sent_end
                    past[k] = past_forms(text, clauses[k], end)
                    future[k] = _FUTURE_BEFORE_RE.search(text, clauses[k], end) is not None
            ahead = not lies_behind(d, past[clause]) and (scheduled_before(text, clauses[clause], d)
                                                          or takes_effect_ahead(text, clauses[clause], d, reference))
            behind = not ahead and lies_behind(d, past[clause], past[1] if clause == 0 and len(clauses) > 1 and not future[1]
                                               else None)
        value = d.resolve(reference, ahead, behind)
        if value is None:
            continue
        if d.year is None and reference is not None:
            value = fiscal_year_from_its_first_day(text, sent_start, d, reference) or value
        owner = owned_by(d.start, ends)
        if owner >= 0 and figure_clause[owner] != clause:
            owner = -1  # "to 9 percent, and on June 9 to 8.5 percent": the date opens the next clause
        if owner >= 0 and _COMPARED_WITH_RE.search(text, ends[owner], d.start):
            compared.add(owner)  # "4% more than in June 2024": the date the figure is measured against
            continue
        if owner < 0 and (last := bisect.bisect_right(ends, d.start) - 1) >= 0 and figure_clause[last] == clause \
                and _COMPARED_RIGHT_BEFORE_RE.search(text, max(ends[last], d.start - 16), d.start):
            compared.add(last)  # "32,200 more people were employed than in February": farther, but the same
            continue
        cand = _Candidate(d.start, d.end, value, word in STRONG_DATE_CUES, clause, owner,
                          _TOLD_ON_RE.search(text, max(sent_start, d.start - 30), d.start) is not None, is_a_day(d))
        if owner >= 0:
            owned.setdefault(owner, cand)
            continue
        if cand.strong:
            strong.append(cand)
        by_clause.setdefault(clause, []).append(cand)
        if not (coordinate_clause(text, clauses[clause]) and clause not in figure_clauses):
            shared.append(cand)  # (a coordinate clause without a figure keeps its date: rule coordinate_clause)
    # a date that opens a coordinate clause is that clause's ("killing two people, and on Sunday five died"): the other
    # clauses take another where the sentence has one (rule coordinate_clause)
    reaching = [c for c in shared if not coordinate_clause(text, clauses[c.clause])]
    sentence_pool = _Pool(reaching or shared)
    narrowing = strong_dates_inside(strong)
    clause_pools = {k: _Pool(v) for k, v in by_clause.items()}
    undated: tuple[str | None, str | None] = (None, None)
    if carried is not None and not mentions and takes_the_period(lowered, running):
        undated = (carried, "paragraph")
    out: list[tuple[str | None, str | None]] = []
    for i, (start, _) in enumerate(figures):
        own = owned.get(i)
        if reference is not None and funded_now(text, max(sent_start, start - 24), start, ends[i]):
            told = [c for c in shared if c.told]  # (the day it was told, else the report's)
            out.append((told[0].value, "sentence") if told else (reference.isoformat(), "published"))
            continue
        if i in earlier and (own is None or own.pos > earlier[i][0]):
            base, base_from = out[i - 1] if i > 0 and i - 1 not in earlier else (None, None)
            out.append((step_back(base, reference, *earlier[i][2]), "paragraph" if base_from == "paragraph" else "own clause"))
            continue
        if own is None and i in compared and i > 0:  # "8.1 million in June, 4% more than in June 2024": June
            out.append(out[i - 1] if out[i - 1][0] is None else (out[i - 1][0], "own clause"))
            continue
        if own is None and i in compared and carried is not None:
            out.append((carried, "paragraph"))  # "… in March. 32,200 more people were employed than in February."
            continue
        if own is None and i > 0 and (before := owned.get(i - 1)) is not None and figure_clause[i - 1] == figure_clause[i] \
                and before.pos < start and _SHARED_DATE_GAP_RE.match(text, before.end, start):
            own = before
        if own is None and i + 1 < len(figures) and (after := owned.get(i + 1)) is not None \
                and figure_clause[i + 1] == figure_clause[i] and (_SHARED_DATE_GAP_RE.match(text, ends[i], figures[i + 1][0])
                                                                  or _PURPOSE_GAP_RE.match(text, ends[i], figures[i + 1][0])):
            own = after  # "rose 18% to $412 million in the first half": the rise and the level share the period
        if own is None and i + 1 < len(figures) and (after := owned.get(i + 1)) is not None \
                and _CONVERSION_GAP_RE.fullmatch(text, ends[i], figures[i + 1][0]):
            own = after  # conversion_in_brackets: "12.93 trillion rubles ($156 billion) … next year": one sum, one date
        if own is None and i + 1 < len(figures) and (after := owned.get(i + 1)) is not None \
                and _AND_BEFORE_RE.search(text, ends[i], figures[i + 1][0]) and _ELLIPTICAL_RE.fullmatch(text, ends[i + 1], after.pos):
            own = after  # elliptical_conjunct: "34 soldiers were killed and 14 wounded on Tuesday": the list's day
        if own is None and i > 0 and figure_clause[i] not in clause_pools and (before := owned.get(i - 1)) is not None \
                and _CHANGE_OF_THE_LEVEL_RE.fullmatch(text, before.end, start):
            own = before  # "in November, up 38.6% from a year earlier": the change of November's level
        if own is None and i > 0 and figure_clause[i] not in clause_pools and figure_clause[i - 1] < figure_clause[i] \
                and (back := days_before(text, clauses[figure_clause[i]], start, out[i - 1][0])) is not None:
            out.append((back, "sentence"))  # "killed seven people on Sunday, a day after 11 died": Saturday
            continue
        if own is None and i in totals:
            out.append(running_total_of_the_report(shared, start) or undated)
            continue
        if own is not None and own.day and (period := forecast_period_before(
                text, by_clause.get(figure_clause[i], []), clauses[figure_clause[i]], start)) is not None:
            out.append((period, "own clause"))  # "lowered its inflation forecast for 2026 to 3.2% on Thursday": 2026
        elif own is not None:
            out.append((narrowed_by_a_strong_date(own.value, narrowing), "own clause"))
        elif (pool := clause_pools.get(figure_clause[i])) is not None:
            out.append((pool.best(start), "own clause"))
        elif i > 0 and figure_clause[i - 1] < figure_clause[i] and out[i - 1][1] == "own clause" \
                and (previous := out[i - 1][0]) is not None and coordinate_clause(text, clauses[figure_clause[i]]) \
                and not _PERFECT_RE.search(text, clauses[figure_clause[i]], clauses[figure_clause[i] + 1]
                                           if figure_clause[i] + 1 < len(clauses) else sent_end):
            out.append((previous, "sentence"))  # "… on Tuesday, while more than 150 others were wounded": Tuesday
            # (not a perfect's, a total so far: "needs $175 million this year, but has received only 28% of that")
        elif shared:
            out.append((sentence_pool.best(start), "sentence"))
        elif figure_clause[i - 1 if i else 0] == figure_clause[i] and shares_the_period_before(text, out, figures, i, running):
            out.append((out[i - 1][0], "sentence"))
        else:
            out.append(undated)
    if opening is not None:  # "… in September. A month earlier it was 3.6%.": the paragraph's period that far back
        back, back_from = step_back(carried, reference, *opening[2]), "sentence" if carried is None else "paragraph"
        out = [(back, back_from) if (from_ is None or from_ == "paragraph") else (value, from_) for value, from_ in out]
    return out


def opens_on_an_earlier_period(text: str, sent_start: int, lowered: str) -> tuple[int, int, tuple[int, int]] | None:
    """The phrase of an earlier period a sentence opens on, as (start, end, the (months, days) it steps back) (rule
    ``earlier_period_opens_the_sentence``: "Inflation stood at 3.8% in September. A month earlier it was 3.6%.", "In the
    same month last year, it was 4.6%."): the figures it dates nowhere else are the period its paragraph named, that
    far back (the report's month that far back where the paragraph named none: "A year earlier, exports were $27
    billion"); None where it opens on none (looked for only where it holds a phrase's last word)."""
    if not any(w in lowered for w in _EARLIER_PERIOD_WORDS):
        return None
    m = _EARLIER_OPENING_RE.match(text, sent_start)
    if m is None:
        return None
    return m.start("phrase"), m.end("phrase"), _EARLIER_STEPS[" ".join(fold(m.group("phrase")).split())]


def days_before(text: str, clause_start: int, figure_start: int, base: str | None) -> str | None:
    """The day a figure whose clause opens on "a day after", "two days after" … right before it takes (rule
    ``days_before``: "Strikes killed seven people on Sunday, a day after 11 died in the same district" is Saturday): that
    many days before ``base``, the day of the figure before it; None where the clause does not open so or ``base`` is
    no day."""
    if base is None or len(base) != 10:
        return None
    m = _DAYS_BEFORE_RE.match(text, clause_start)
    if m is None or m.end() != figure_start:
        return None
    when = parse_iso(base)
    if when is None:
        return None
    try:
        return (when - timedelta(days=DAYS_BEFORE_PHRASES[" ".join(fold(m.group("phrase")).split())])).isoformat()
    except OverflowError:
        return None


def narrowed_by_a_strong_date(own: str, inside: dict[str, str]) -> str:
    """A figure's own date ``own``, or the date after a strong cue of its sentence ("as of", "as at", "by") that lies
    inside it (rule ``narrowed_by_a_strong_date``: "As of June 30, UNHCR had received only 23% of the funds it needs
    this year" is the share at June 30, the year being the funds', not the figure's). ``inside``: the periods that hold
    such a date (its year, its month) to the first of them (``strong_dates_inside``), so each figure looks once."""
    return inside.get(own, own)


def strong_dates_inside(strong: list[_Candidate]) -> dict[str, str]:
    """The year and the month of each date after a strong cue, to the first such date they hold ("2025" and "2025-06"
    to "2025-06-30"): for ``narrowed_by_a_strong_date``."""
    inside: dict[str, str] = {}
    for c in strong:
        for size in (4, 7):
            if len(c.value) > size:
                inside.setdefault(c.value[:size], c.value)
    return inside


def fiscal_year_from_its_first_day(text: str, sent_start: int, d: DateMention, reference: date) -> str | None:
    """The fiscal year the yearless date ``d`` opens, where it is written as that year's first day (rule
    ``fiscal_year_from_its_first_day``: "budgeted at 11.2 trillion rupees for the fiscal year beginning April 1" is the
    fiscal year named by its first year, 2025, not the day itself): the year of the nearest such day to the report,
    ahead or behind (a budget of February is the coming April's, a report of June this April's); None where ``d`` is
    no fiscal year's first day."""
    if FISCAL_YEAR_FROM_RE.search(text, max(sent_start, d.start - 48), d.start) is None:
        return None
    days = [day for day in (parse_iso(d.resolve(reference, True)), parse_iso(d.resolve(reference, False, True)))
            if day is not None]
    return f"{min(days, key=lambda day: abs((day - reference).days)).year:04d}" if days else None


def widest(periods: list[DateMention]) -> list[DateMention]:
    """The periods (in order) no longer one holds ("the first quarter of next year" is one period, its "next year" not
    one of its own). Linear: one walk, keeping the farthest end seen."""
    kept: list[DateMention] = []
    reach = -1
    for p in sorted(periods, key=lambda p: (p.start, -p.end)):
        if p.end > reach:
            kept.append(p)
            reach = p.end
    return kept


def outside_the_periods(mentions: list[DateMention], periods: list[DateMention]) -> list[DateMention]:
    """The mentions no named period holds (``periods`` in order): a date written inside a period's name is the
    period's, not one of its own ("April-September" is September, not April; "at the end of last year" the year's last
    month, not the year). Linear: the two lists are walked together."""
    kept: list[DateMention] = []
    reach, i = -1, 0  # the farthest end of the periods that start at or before the mention
    for d in mentions:
        while i < len(periods) and periods[i].start <= d.start:
            reach = max(reach, periods[i].end)
            i += 1
        if d.start >= reach:
            kept.append(d)
    return kept


def funded_now(text: str, before: int, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is the share of an appeal funded now (rule ``funded_now``: "The 2026 flash
    appeal, launched in January, is 12% funded", "It is only 13% funded"): a present copula before it, one of
    FUNDED_WORDS after it. Such a share stands at the report, whatever year names the appeal; ``before`` bounds the look
    back."""
    return _FUNDED_AFTER_RE.match(text, end) is not None and _COPULA_BEFORE_RE.search(text, before, start) is not None


def forecast_period_before(text: str, clause_dates: list[_Candidate], clause_start: int, pos: int) -> str | None:
    """The period of a forecast the clause names before the figure at ``pos``, where the figure's own date is only the
    day the forecast was made (rule ``forecast_period_over_its_day``: "The central bank lowered its inflation forecast
    for 2026 to 3.2% on Thursday" is a figure of 2026, as a forecast is dated at its period): the last of
    ``clause_dates`` (the clause's dates no figure owns) before it that is no day, after one of FORECAST_WORDS; None
    otherwise."""
    before = [c for c in clause_dates if c.pos < pos and not c.day]
    if not before:
        return None
    lowered = text[clause_start: before[-1].pos].lower()
    return before[-1].value if any(w in lowered for w in FORECAST_WORDS) else None


def running_total_of_the_report(shared: list[_Candidate], pos: int) -> tuple[str, str] | None:
    """The date of a running total whose start follows it ("raised its targets by 2.9 million barrels a day since
    April", "killed at least 60 people since dawn on Saturday, the agency said on Sunday"): the day of the report, the
    sentence's day nearest the figure ("OPEC+ agreed on Sunday …"), never a period the sentence names for something
    else ("to keep output steady in the first quarter of 2026"); None where the sentence names no day (the
    publication date)."""
    days = [c for c in shared if c.day]
    return (_Pool(days).best(pos), "sentence") if days else None


def shares_the_period_before(text: str, out: list[tuple[str | None, str | None]], figures: list[tuple[int, int]], i: int,
                             running: bool) -> bool:
    """Whether figure ``i``, which its sentence dates nowhere, goes on in the period the figure before it in its clause
    owns, as a paragraph's later sentences do (``takes_the_period`` on the words from that figure to this one: "Exports rose 5% in
    June and imports climbed 3%", "expects sales to grow 8% in 2026 and margins to widen to 25%"; never "… and now
    stands at 3%")."""
    if i == 0 or out[i - 1][1] != "own clause" or out[i - 1][0] is None:
        return False
    return takes_the_period(text[figures[i - 1][1]: figures[i][1]].lower(), running)


def takes_the_period(lowered: str, running: bool) -> bool:
    """Whether a sentence that dates nothing (``lowered``, in lower case) goes on with the period its paragraph
    named: not a running total ("since", "so far", or a perfect tense: "The war has killed 10,000"), not a rolling
    period that ends at the report ("1,500 soldiers in the past day", "over the last three months"), and not a
    figure said to stand now ("The key rate now stands at 16%", "3.7 million people are displaced", though "The
    deficit target is 3.9%" is the plan's), which are the report's."""
    if running or _PERFECT_RE.search(lowered) or _STANDS_NOW_RE.search(lowered) or _ROLLING_PERIOD_RE.search(lowered):
        return False
    return _PRESENT_COPULA_RE.search(lowered) is None or any(w in lowered for w in FORECAST_WORDS)


def earlier_periods(text: str, lowered: str, figures: list[tuple[int, int]]) -> dict[int, tuple[int, int, tuple[int, int]]]:
    """The figures followed by a phrase of an earlier period ("from $349 million a year earlier", "from 41 the previous
    day"): figure index → (the phrase's start, its end, the (months, days) it steps back). Looked for only where the
    sentence holds a phrase's last word."""
    found: dict[int, tuple[int, int, tuple[int, int]]] = {}
    if not any(w in lowered for w in _EARLIER_PERIOD_WORDS):
        return found
    for i, (_, end) in enumerate(figures):
        m = _EARLIER_PERIOD_RE.match(text, end)
        if m is not None and (i + 1 == len(figures) or m.end() <= figures[i + 1][0]):
            found[i] = (m.start("phrase"), m.end("phrase"), _EARLIER_STEPS[" ".join(fold(m.group("phrase")).split())])
    return found


def step_back(base: str | None, reference: date | None, months: int, days: int = 0) -> str | None:
    """``base`` (an ISO date at any precision) ``months`` back, at its precision: "2025-06" a year back is
    "2024-06", "2025" is "2024", "2025-06-05" is "2024-06-05"; a month back from a day is the month before the day's.
    Where the sentence dates nothing (``base`` None), or a year must step back by months, the reference's month
    is stepped back instead. ``days`` (a day's earlier period, "the previous day") step a day back (``step_back_days``)."""
    if days:
        return step_back_days(base, reference, days)
    if base is None or (months % 12 and len(base) == 4):
        if reference is None:
            return None
        base = f"{reference.year:04d}-{reference.month:02d}"
    year, month = int(base[:4]), int(base[5:7]) if len(base) >= 7 else 0
    if month == 0:
        stepped = year - months // 12
        return f"{stepped:04d}" if MIN_YEAR <= stepped <= MAX_YEAR else None
    total = year * 12 + month - 1 - months
    stepped, new_month = divmod(total, 12)
    if not MIN_YEAR <= stepped <= MAX_YEAR:
        return None
    if len(base) == 10 and months % 12 == 0:  # a day a year back ("a year earlier" than June 5): the same day
        try:
            return date(stepped, new_month + 1, int(base[8:10])).isoformat()
        except ValueError:  # February 29 a year back
            pass
    return f"{stepped:04d}-{new_month + 1:02d}"


def step_back_days(base: str | None, reference: date | None, days: int) -> str | None:
    """``base`` ``days`` back where it is a day ("rose to 63 on Monday from 41 the previous day": Sunday), the
    reference's day that far back where the sentence dates nothing, and ``base`` itself where it is a month or a year
    (the day before a day of it lies in it but for its first)."""
    when = parse_iso(base) if base is not None and len(base) == 10 else reference if base is None else None
    if when is None:
        return base
    try:
        return (when - timedelta(days=days)).isoformat()
    except OverflowError:
        return None


class _Pool:
    """Dates a figure may take, in order: the best for a figure is the nearest of those after a strong
    cue if any, else the nearest of those that are not only the day the figures were told, else the nearest of
    all, found by bisection."""

    def __init__(self, cands: list[_Candidate]) -> None:
        strong = [c for c in cands if c.strong]
        counted = [c for c in cands if not c.told]
        self.cands: Final = strong or counted or cands
        self.positions: Final = [c.pos for c in self.cands]

    def best(self, pos: int) -> str:
        i = bisect.bisect_left(self.positions, pos)
        near = self.cands[max(0, i - 1): i + 1]
        return min(near, key=lambda c: abs(c.pos - pos)).value


def paragraph_as_of(
    text: str, sentence_starts: list[int], paragraph_starts: list[int], mentions: list[DateMention],
    figures: list[tuple[int, int]], dated: list[tuple[str | None, str | None]], continues: list[bool],
    reference: date | None,
) -> list[tuple[str | None, str | None]]:
    """``dated`` (each figure's (as_of, as_of_from) from its own sentence, ``sentence_as_of``) with what the
    paragraph adds, as_of_from "paragraph":

    - ``dated_by_the_next_sentence``: a figure-free sentence right after, on the figures' own words ("The
      figures cover the period to March 31."), dates those its own sentence left undated, or dated only by a
      period that holds the new date ("this year", then "The figures are as of June 30.");
    - a figure whose sentence goes on with the one before (``continues``: its source came from there, "The
      agency said …") and dates nothing takes that sentence's date, if its figures share one from their own
      clauses ("real wages grew 4.5% in February. The agency said the average salary reached …").

    ``figures`` are (start, sentence start) in order; ``mentions`` all the text's dates, in order. Linear:
    each sentence is looked at once, its dates found by bisection."""
    reference = filed_on(text, mentions, reference) or reference
    out = list(dated)
    figure_sentences = {s for _, s in figures}
    mention_starts = [d.start for d in mentions]
    i = 0
    previous: tuple[int, list[int]] | None = None  # the last sentence with figures: its start, its figures
    while i < len(figures):
        s = figures[i][1]
        j = i
        while j < len(figures) and figures[j][1] == s:
            j += 1
        members = list(range(i, j))
        k = bisect.bisect_right(sentence_starts, s) - 1
        end = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(text)  # (the sentence's)
        if previous is not None and previous[0] == (sentence_starts[k - 1] if k > 0 else -1) \
                and same_paragraph(paragraph_starts, previous[0], s):
            inherited = {out[m] for m in previous[1]}
            if len(inherited) == 1 and (only := next(iter(inherited)))[1] == "own clause" \
                    and _NOW_RE.search(text, s, end) is None:  # ("A litre now sells for …": the report's day)
                for m in members:
                    if continues[m] and out[m][0] is None:
                        out[m] = (only[0], "paragraph")
        if k > 0 and (before := sentence_starts[k - 1]) not in figure_sentences \
                and same_paragraph(paragraph_starts, before, s) and any(out[m][0] is None for m in members):
            value = dated_by_the_sentence_before(text, before, s, end, mentions, mention_starts, reference)
            if value is not None:
                for m in members:
                    if out[m][0] is None:
                        out[m] = (value, "paragraph")
        if k + 1 < len(sentence_starts):
            nxt = sentence_starts[k + 1]
            nxt_end = sentence_starts[k + 2] if k + 2 < len(sentence_starts) else len(text)
            if nxt not in figure_sentences and same_paragraph(paragraph_starts, s, nxt):
                value = dated_by_the_next_sentence(text, nxt, nxt_end, mentions, mention_starts, reference)
                if value is not None:
                    for m in members:
                        own = out[m][0]
                        if own is None or (len(own) < len(value) and value.startswith(own)):
                            out[m] = (value, "paragraph")
        previous = (s, members)
        i = j
    return out


def dated_by_the_sentence_before(text: str, before: int, start: int, end: int, mentions: list[DateMention],
                                 mention_starts: list[int], reference: date | None) -> str | None:
    """The date the figure-free sentence ``text[before:start]`` gives the sentence ``text[start:end]`` after it, where
    that one opens on it (``_REFERS_BACK_RE``: "The census was taken in March 2021. It counted 59.6 million people.",
    "Health officials published their weekly bulletin on Monday. It recorded 312 new cases."), tells a past count (a past
    form) and ``takes_the_period`` (never a running total: "The war began in 2022. It has killed 10,000 people."):
    the one ``sentence_as_of`` would give a figure at the end of the sentence before; None otherwise."""
    inside = mentions[bisect.bisect_left(mention_starts, before): bisect.bisect_left(mention_starts, start)]
    periods = named_periods(text, before, start)
    if not inside and not periods:
        return None
    if not _REFERS_BACK_RE.match(text, start) and not opens_on_its_date(text, before, inside, periods) \
            and not (_FIELDWORK_RE.match(text, before) and _FINDING_RE.match(text, start, end)):
        return None  # (fieldwork_before: "Fieldwork took place on 10-11 February. Ipsos found that 61% …")
    lowered = text[start:end].lower()
    if not past_forms(text, start, end) or not takes_the_period(lowered, any(w in lowered for w in RUNNING_TOTAL_STEMS)):
        return None
    return sentence_as_of(inside, text, before, start, [(start, start)], reference)[0][0]


def opens_on_its_date(text: str, before: int, inside: list[DateMention], periods: list[DateMention]) -> bool:
    """Whether the sentence at ``before`` opens on the date that sets its paragraph's scene (rule
    ``scene_set_by_the_sentence_before``: "On Sunday, drones struck a block in Ternopil. The regional administration said
    34 people were killed." — the toll of Sunday's strike): its first date (of ``inside``, its mentions, and ``periods``,
    its named periods) after only SCENE_OPENERS words, a comma after it."""
    first = min((d for d in (*inside[:1], *periods[:1])), key=lambda d: d.start)
    opener = _SCENE_BEFORE_RE.match(text, before)
    return opener is not None and opener.end() == first.start and _SCENE_AFTER_RE.match(text, first.end) is not None


def dated_by_the_next_sentence(text: str, start: int, end: int, mentions: list[DateMention], mention_starts: list[int],
                               reference: date | None) -> str | None:
    """The date a figure-free sentence ``text[start:end]`` gives the figures before it, if it opens on them
    (``_DATES_THE_ONE_BEFORE_RE``): the one ``sentence_as_of`` would give a figure at its end."""
    if not _DATES_THE_ONE_BEFORE_RE.match(text, start):
        return None
    inside = mentions[bisect.bisect_left(mention_starts, start): bisect.bisect_left(mention_starts, end)]
    if not inside and not named_periods(text, start, end):
        return None
    return sentence_as_of(inside, text, start, end, [(end, end)], reference)[0][0]
