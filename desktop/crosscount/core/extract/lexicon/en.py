"""English: every word list the extraction engine reads, each written once.

The rules (``figures``, ``numbers``, ``dates``, ``as_of``, ``sentences``, ``semantics``, ``unit_words``) build
their patterns, gates and look-around windows from these lists by code, so a word added here is found
everywhere it belongs. Some entries are regular-expression fragments ("deaths?", "organi[sz]ation") where a
word has several spellings. Currency names, plurals and symbols come from CLDR through Babel
(``currencies``, ``resources/data/currencies.json``) and unit names from pint's registry (``unit_words``,
``resources/data/unit_lexicon.json``); the lists below hold what those lack.

A second language is a module beside this one with the same names where the concept is shared.
"""

from __future__ import annotations

import unicodedata

# ----------------------------------------------------------------------------------------- numbers
SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9, "trillion": 1e12}
# A dozen and its abbreviations, after a number ("3 dozen", "two dozens", "5 doz", "3 dzs")
DOZEN_WORDS = ("dozen", "dozens", "doz", "dozs", "dz", "dzs")
# Scales as wire copy abbreviates them after a space ("15 bln rubles", "3.2 mln subscribers", TASS and Interfax).
SCALE_ABBREVIATIONS = {"mln": 1e6, "bln": 1e9, "trln": 1e12, "tln": 1e12, "trn": 1e12,  # (and "1.2 trn yen")
                       "bil": 1e9}  # (Malaysian papers: "RM13.6 bil")
# Attached abbreviations of scales as the press writes them: 50k, $1.2m, €50bn, 3.5mn, $1MM, 2tn.
SUFFIX_SCALES = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "MM": 1e6, "b": 1e9, "B": 1e9,
                 "bn": 1e9, "tn": 1e12, "trn": 1e12, "T": 1e12, "mil": 1e6, "bil": 1e9}  # ("RM2.3bil", "RM450mil")
# Letters that scale only a sum of money ("$2.174T"); after a bare number they are a unit ("5T": tonnes, teslas).
MONEY_ONLY_SUFFIXES = frozenset({"T"})
# The parts of a whole that news writes as words ("two thirds", "and a half", "a quarter million"), by denominator.
DENOMINATORS = {"half": 2.0, "halves": 2.0, "third": 3.0, "thirds": 3.0, "quarter": 4.0, "quarters": 4.0,
                "fifth": 5.0, "fifths": 5.0, "sixth": 6.0, "sixths": 6.0, "eighth": 8.0, "eighths": 8.0,
                "fourth": 4.0, "fourths": 4.0, "seventh": 7.0, "sevenths": 7.0, "ninth": 9.0, "ninths": 9.0, "tenth": 10.0, "tenths": 10.0,
                **{f"{scale}th{s}": value for scale, value in (("hundred", 1e2), ("thousand", 1e3), ("million", 1e6),
                                                              ("billion", 1e9), ("trillion", 1e12)) for s in ("", "s")}}
# The ordinals of units that close a compound denominator ("one twenty-fifth", "three twenty-firsts"); never
# "second", whose plural is a time ("twenty-seconds").
ORDINAL_UNITS = {"first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
# The vulgar fractions of Unicode ("½ tsp", "1½ cups", "a ⅓ share"), each with its value from Unicode's own table.
VULGAR_FRACTIONS = {ch: unicodedata.numeric(ch) for ch in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"}
# Denominators that also name a period ("three quarters in a row", "both halves"): a share only with "of"
# or "by" after or before it, where a plural denominator alone ("two thirds", "five eighths") is one.
PERIOD_DENOMINATORS = frozenset({"quarters", "halves"})
# The words read as digits after "point" ("nine point nought four": 9.04).
DIGIT_WORDS = {**{w: v for w, v in SMALL.items() if v < 10}, "nought": 0, "naught": 0}



# --------------------------------------------------------------------------- bounds, ranges, signs
# Every number expression starts with a digit, the first five letters of a number word, or an article
# before one ("a dozen", "a few", "a third"): checking that first rejects "the", "force", "military" and
# "election" at once, before any alternative is tried.
WORDS_AFTER_ARTICLE = ["few", "couple", "handful", *DENOMINATORS, "hundred", "thousand", "million", "billion", "dozen",
                       *(w for w, v in SMALL.items() if v >= 20)]  # (the tens open "a twenty-fifth")
HEDGES: dict[str, str] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "upwards of": "at_least", "upward of": "at_least",
    "more than": "more_than", "over": "more_than", "in excess of": "more_than", "above": "more_than",
    "exceeding": "more_than", "north of": "more_than", "greater than": "more_than", "past": "more_than",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most", "at most": "at_most",
    "no more than": "at_most", "a maximum of": "at_most", "nearly": "at_most", "almost": "at_most",
    "approaching": "at_most", "as high as": "at_most", "as low as": "at_least", "as few as": "at_least",
    "as little as": "at_least", "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "about": "approximate", "around": "approximate", "roughly": "approximate",
    "some": "approximate", "an estimated": "approximate", "estimated": "approximate",
    "approximately": "approximate", "close to": "approximate", "circa": "approximate",
    "approx.": "approximate", "an approximate": "approximate", "nearly about": "approximate",
    # comparisons written out, as statutes and statistics write them
    "less than or equal to": "at_most", "equal to or less than": "at_most", "equal to or fewer than": "at_most",
    "fewer than or equal to": "at_most", "no greater than": "at_most", "smaller than": "less_than",
    "greater than or equal to": "at_least", "equal to or greater than": "at_least", "more than or equal to": "at_least",
    "equal to or more than": "at_least", "larger than": "more_than", "higher than": "more_than", "lower than": "less_than",
    "exceed": "more_than", "exceeds": "more_than", "exceeded": "more_than", "surpassed": "more_than",
    "starting from": "at_least", "starting at": "at_least", "from as little as": "at_least",
    "surpass": "more_than", "surpasses": "more_than", "surpassing": "more_than", "at least or equal to": "at_least",
}
# comparisons with "or equal" as non-native English writes them ("less or equal than 30", "bigger or equal to 5")
HEDGES.update({f"{word} or equal {joint}": bound for joint in ("to", "than") for word, bound in (
    ("less", "at_most"), ("smaller", "at_most"), ("lower", "at_most"), ("fewer", "at_most"), ("more", "at_least"),
    ("greater", "at_least"), ("bigger", "at_least"), ("higher", "at_least"), ("larger", "at_least"))})
# Comparison symbols before a figure (">50", "≤ 100", "< = 100"), as research and policy briefs write them.
COMPARISON_SYMBOLS = {">": "more_than", "<": "less_than", ">=": "at_least", "> =": "at_least", "≥": "at_least",
                      "<=": "at_most", "< =": "at_most", "≤": "at_most"}
# An intensifier before a comparison keeps its bound and belongs to the span: "well over 25,000", "just under 4,000".
INTENSIFIERS = ("well", "just", "far", "slightly", "comfortably", "a little", "a bit", "somewhat")
INTENSIFIABLE = ("over", "above", "under", "below", "more than", "less than", "fewer than")
HEDGES.update({f"{i} {h}": HEDGES[h] for i in INTENSIFIERS for h in INTENSIFIABLE})
# and comparisons that are one only with an intensifier ("just shy of 5,000"; "short of 5,000 troops" is a need)
HEDGES.update({f"{i} {h}": "less_than" for i in ("just", "slightly", "a little", "a bit") for h in ("shy of", "short of")})
# The hedges that may open the closing end of a range ("from 100,000 to as many as 200,000"), and those
# that may follow the "by" of a change ("fell by about 30,000"): each is one of HEDGES.
RANGE_END_HEDGES = ("as many as", "as much as", "as high as", "about", "around", "roughly", "nearly", "almost", "some",
                    "approximately")
# The rates at which the world's markets price crude and gold, in US dollars whatever the story's country: a bare
# "$" at one of them is the US dollar ("SYDNEY — Brent rose to $80 a barrel", "gold hit $2,400 an ounce").
WORLD_PRICED_PER = frozenset({"barrel", "ounce"})
# Verbs of a change ("rose from 120 to 147", "was lowered from $60 to $47.60", "fell 12p to 320p"): after one, "from A to
# B" is two figures, where the change went from and to, not a range; and "rose 5m" is a count's million. Each form
# written out, the bare one for "will rise", "to lower"; "up" and "down" as market reports write them ("down 4%").
CHANGE_VERBS = (
    "rise", "rises", "rose", "risen", "rising", "increase", "increased", "increases", "increasing",
    "grow", "grows", "grew", "grown", "fall", "falls", "fell", "fallen", "falling",
    "drop", "drops", "dropped", "dropping", "decline", "declined", "declines", "jump", "jumped",
    "climb", "climbed", "climbing", "double", "doubled", "tripled", "halved", "cut", "reduce", "reduced",
    "raise", "raised", "lower", "lowered", "lowers", "lowering", "hiked", "slashed", "trimmed", "lifted", "boosted",
    "revised", "changed", "go", "goes", "went", "shrank", "soared", "surged", "slumped", "plunged", "tumbled", "sank", "dipped",
    "moved", "shifted", "expanded", "widened", "narrowed", "up", "down",
    "adding", "added", "gained", "gaining", "shed", "slipped", "slid", "eased", "edged",
)
# Verbs whose "up" is their own ("edged up", "crept up", "ticked up"): in "edged up to 4.1%" the "to" names
# where the figure went, and "up to" is no hedge of a ceiling (as it is in "could dump up to 150mm").
UP_VERBS = frozenset({
    "edge", "edges", "edged", "edging", "inch", "inches", "inched", "inching", "tick", "ticks", "ticked", "ticking",
    "creep", "creeps", "crept", "creeping", "nudge", "nudges", "nudged", "nudging", "drift", "drifts", "drifted",
    "move", "moves", "moved", "moving", "push", "pushed", "revise", "revised", "round", "rounded", "pick", "picked",
    "ratchet", "ratcheted", "step", "stepped", "go", "goes", "went", "gone", "going",
})
CHANGE_HEDGES = ("almost", "nearly", "about", "around", "roughly", "some", "more than", "over", "less than", "up to")
# Words that join the two ends of a range ("5 to 10", "20 through 100"), and the dashes that do.
RANGE_WORDS = ("to", "and", "or", "through", "thru", "down to")
# a range "from 3,000 down to 800" runs from its high end: the word that says so (see FALLING_RANGE_WORDS' use)
FALLING_RANGE_WORDS = ("down to",)
RANGE_DASHES = "-–—~"  # (a tilde between numbers, "20~30", as East Asian copy writes a range)
# "2,000 or more", "50 or so", "2,000 or fewer": the bound each word after "or" gives
OR_BOUNDS = {"more": "at_least", "above": "at_least", "over": "at_least", "so": "approximate",
              "fewer": "at_most", "less": "at_most", "under": "at_most", "below": "at_most", "greater": "at_least",
              "higher": "at_least", "lower": "at_most", "smaller": "at_most"}
# "more than 5,000 or equal to", "less than 30 or equal": "or equal" after the number of a strict bound makes it
# inclusive (the bound each strict one becomes)
INCLUSIVE_OF_STRICT = {"more_than": "at_least", "less_than": "at_most"}
# "60% and above", "10,000 and more", "aged 5 and under": the bound each word after "and" gives (never
# before "than", a number, a determiner or a verb: "12 and more were missing", "5 and over the years")
AND_BOUNDS = {"more": "at_least", "above": "at_least", "over": "at_least", "upwards": "at_least",
              "under": "at_most", "below": "at_most"}
PEOPLE = ("men", "women", "people", "persons", "children", "kids", "boys", "girls", "adults", "males", "females", "those",
           "anyone", "residents", "citizens", "conscripts", "recruits", "volunteers")
# Words that name the number after them: "Article 5", "page 12", "Leopard 2", "Boeing 737"
IDENTIFIER_WORDS = ("article", "section", "chapter", "page", "pages", "p.", "pp.", "no.", "nos.", "number", "resolution",
                "rule", "table", "figure", "fig.", "protocol", "amendment", "paragraph", "para", "para.", "clause", "item",
                "flight", "route", "highway", "platform", "gate", "room", "level", "phase", "grade", "season", "episode",
                "vol.", "volume", "verse", "channel", "model", "version", "v.", "windows", "iphone", "apollo", "cop", "pier",
                "terminal", "district", "block", "lot", "box", "unit", "code", "id", "ref", "ref.", "tel", "tel.", "ext", "ext.",
                "category", "class", "type", "tier", "stage", "series", "mark", "mk", "mk.", "max", "leopard", "challenger",
                "boeing", "airbus", "galaxy", "pixel", "playstation", "xbox", "bus", "train", "line", "track", "lane", "exit",
                "junction", "ward", "precinct", "zone", "sector", "camp", "checkpoint", "square", "street", "avenue",
                "dial", "dialled", "dialed", "dialling", "dialing", "text", "hotline", "helpline", "top", "band")
# Nouns a number before them grades, not counts: "98 octane unleaded". A grade's code ("95 RON") is one only
# before a fuel word: "500 RON" alone is Romanian lei.
GRADE_NOUNS = ("octane",)
GRADE_CODES = ("RON", "MON")
FUEL_WORDS = ("petrol", "unleaded", "fuel", "gasoline", "gas", "premium", "regular")
# Names a grade's number follows, written capitalised: "Euro 6 emission rules" (but "euro 6 million" is money).
GRADED_STANDARDS = ("Euro",)
# Words that may open a sentence before its figure ("Some 40 died", "Only 12 remain", "All 298 aboard"), the hedges'
# words aside: a capitalised word there is no name the number belongs to (see WORDS_BEFORE_A_NAME and figures.py's
# number_in_a_proper_name).
WORDS_BEFORE_A_FIGURE = frozenset({
    "the", "a", "an", "all", "another", "only", "just", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "of", "and", "but", "or", "so", "yet", "then", "now", "today", "still", "also", "even", "both", "each",
    "every", "altogether", "overall", "officially", "exactly", "precisely", "fully", "perhaps", "maybe", "barely",
    "scarcely", "on", "in", "by", "for", "with", "from", "to", "after", "before", "since", "until", "between",
    "among", "including", "plus", "minus", "than", "like", "unlike", "additional", "further", "reportedly", "when",
    "while", "if", "as", "once", "although", "though", "because", "where", "whereas", "meanwhile", "here", "there",
    "yesterday", "tonight", "last", "next", "total", "at", "per", "whole", "what", "which", "how", "why", "who",
    "whose", "many", "either", "neither"})
# The words a name with a number follows inside a sentence ("on Interstate 5", "the Boeing 737", "by Rescue
# 1122"): prepositions and determiners. After any other word the capitalised word may be the first object of a
# verb and the number a count of the second ("gave Ukraine 300 missiles", "met Putin 3 times").
WORDS_BEFORE_A_NAME = frozenset({
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "on", "along", "down", "up", "via", "from",
    "by", "of", "in", "at", "to", "into", "onto", "off", "near", "across", "aboard", "with", "for", "called", "named",
    "dubbed", "call", "contact", "contacted"})
# A sign written before a figure: "-15C", "(-2.1%)", "minus 20 degrees"; never the dash of "5-10" or "5 -10".
SIGN_WORDS = ("minus", "negative")
# An uncertainty: "240 ± 15 metres", "1.1 +/- 0.1 °C", "plus or minus 3 percentage points" is a range
# around the value (around zero where no value comes before), never a minus sign.
UNCERTAINTY_MARKS = ("±", "+/-", "+/−", "+-", "plus or minus")
# "a one-time payment", "the 24-hour ceasefire": a number fused with a word is a modifier, not a figure,
# unless the word is a unit of length, area, volume or mass ("a 20-mile line").
TIME_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year", "decade", "century"})
# Words after a span of time that make it name a moment, not a figure: "two years earlier", "three days later".
RELATIVE_TIME_WORDS = frozenset({"ago", "earlier", "later"})
VAGUE_SCALES = {"dozens": 12.0, "scores": 20.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
FEW = {"several": (3.0, 9.0), "a few": (2.0, 5.0), "a couple of": (2.0, 3.0), "a handful of": (2.0, 6.0)}
# A full stop after these is not the end of a sentence ("Mr. Putin", "the U.S. Army").
TITLE_ABBREVIATIONS = ("Mr", "Ms", "Mrs", "Dr", "St", "No", "Gen", "Lt", "Col", "Sgt", "Gov", "Sen", "Rep", "vs")
# A house number: a plain numeral, then a capitalised name and the kind of street ("1420 Oak Street").
STREET_KINDS = ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Boulevard", "Blvd", "Drive", "Place",
                 "Terrace", "Crescent", "Square", "Close", "Court", "Parkway", "Highway")
POWER_WORDS = {"square": 2, "sq": 2, "cubic": 3, "cu": 3}



# ------------------------------------------------------------------------------------------- dates
# The months as written in full, in order, and as the press abbreviates them (with or without a stop).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
                       "Oct": 10, "Nov": 11, "Dec": 12}
# Every spelling of a month, in lower case, to its number.
MONTHS = {**{name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)},
          **{abbreviation.lower(): n for abbreviation, n in MONTH_ABBREVIATIONS.items()}}
DATE_CUES = ("in", "since", "by", "until", "till", "through", "from", "of", "to", "before", "after", "during", "early", "late",
         "mid", "last", "this", "next", "end of", "as of", "as at", "between", "and",
         # a statistic's period after "for" ("retail sales rose 1.6% for May", "for 2024 as a whole") and a year a
         # level closed ("inflation finished 2014 at 4.6%", "the index ended 2023 at 1,400"), and a period's end ("in the
         # year ending March")
         "for", "ended", "finished", "ending")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
QUARTER_ENDS = {"first": 3, "second": 6, "third": 9, "fourth": 12, "final": 12}
# The quarter a year's opening months or half end with: "the first nine months of 2024", "the first half of the year".
MONTHS_INTO_QUARTERS = {"three": "first", "six": "second", "nine": "third"}
HALVES_INTO_QUARTERS = {"first": "second", "second": "fourth"}
QUARTERS_INTO_QUARTERS = {"two": "second", "three": "third"}
# The words of a forecast or a plan. A forecast's "full year" is the year the report stands in ("raised its full-year
# profit forecast to £1.9 billion"); a full year reported (no forecast word) is dated nowhere by it ("full-year
# profit rose 8%", published in February).
FORECAST_WORDS = ("forecast", "guidance", "outlook", "target", "expect", "predict", "project")  # "the first three quarters of 2025"
# A quarter or a half as results copy writes it short ("Q3 revenue", "in Q2 2025", "H1 profit"): the quarter it
# ends with.
SHORT_PERIODS = {"Q1": "first", "Q2": "second", "Q3": "third", "Q4": "fourth", "1Q": "first", "2Q": "second",
                 "3Q": "third", "4Q": "fourth", "H1": "second", "H2": "fourth", "1H": "second", "2H": "fourth"}
# Nouns a date before them names a product by, not a time of the figure: "a May 2024 model", "the 2023 model year",
# "the March 2025 edition" (rule date_names_a_product).
PRODUCT_NOUNS_AFTER_A_DATE = ("model", "models", "edition", "editions", "version", "versions", "vintage", "vintages")
# Those that are a period only with their year ("H2 2025"): "H2" alone is hydrogen in energy copy.
SHORT_PERIODS_WITH_A_YEAR = frozenset({"H2"})
# The opening months of a year that end on a month of their own: "the first 11 months of 2025", "the first
# five months of the year" (their last month).
OPENING_MONTHS = {"two": 2, "four": 4, "five": 5, "seven": 7, "eight": 8, "ten": 10, "eleven": 11,
                  **{str(n): n for n in (2, 4, 5, 7, 8, 10, 11)}}
# Periods a figure's sentence may name besides dates, looked for only in sentences that hold figures (so the
# scan of the whole text stays as narrow as it was): the year of a named plan or budget ("its 2019 response
# plan", "the 2026 budget", "the draft budget for 2026", "fiscal year 2025", "for 2026-27"), a quarter ("the
# first quarter", "the fourth quarter of 2024"), "next year", "by the end of the year"; a fiscal year named by its first
# year ("the 2024-25 financial year": 2024, as "for 2026-27" is 2026).
# The seasons, each by the month it ends with (the northern hemisphere's): "last winter", "over the summer", "this
# autumn" are that month of the season meant. "fall" is a season only after "last", "this" or "next" ("prices fall in
# the spring").
SEASON_ENDS = {"winter": 2, "spring": 5, "summer": 8, "autumn": 11, "fall": 11}
SEASONS_ONLY_AFTER_A_DETERMINER = frozenset({"fall"})
# Words before a season that make it a date: "last winter" (the one before the report's), "this winter"/"next winter"
# (the coming one), and the rest ("over the winter", "in the summer window") the one begun last.
SEASON_CUES = {"this past": "last", "last": "last", "this": "this", "next": "next", "past": "the", "over": "the", "during": "the", "in": "the",
               "through": "the", "throughout": "the"}
# Words before "weekend" that make it a date (rule ``weekend``): "over the weekend", "at the weekend", "this weekend" are
# the weekend begun last (its Sunday, the day a two-day period is dated at; a Saturday's report its own day), "last
# weekend" the one ended before the report's day ("the weekend's fighting" names an event, as "Sunday's strike" does).
# "earlier in the month", "later in the year" (rule ``in_the_period``): the report's week, month or year, as "earlier this
# month" is.
IN_THE_PERIOD_WORDS = ("earlier", "later")
WEEKEND_CUES = {"this past": "last", "last": "last", "past": "the", "over": "the", "during": "the", "at": "the", "this": "this",
                "on": "the", "through": "the", "throughout": "the"}
# Words before a month name that make it a modifier of a dated noun: "at its December meeting", "in the January window",
# "a March deadline" (the month, as "in December" is); the word after it must be a lower-case noun.
MONTH_DETERMINERS = ("the", "its", "their", "his", "her", "our", "a")
# A fiscal year named by its place from the report's ("this financial year", "the current fiscal year", "next fiscal
# year"): the years it steps from the report's (the fiscal year being named by its first year, "2025-26" is 2025).
FISCAL_YEAR_STEPS = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}
# A quarter named by its place from the report's ("last quarter", "this quarter", "next quarter"; never "the previous
# quarter", an earlier period's phrase): the quarters it steps.
QUARTER_STEPS = {"last": -1, "this": 0, "current": 0, "next": 1, "coming": 1}
# A time counted back from the report ("Two weeks ago, officials put …", "A month ago, the UN said …"): its units, each
# dated as written ("two days ago" a day; a week, as "last week" is, by its month; a month; a year).
AGO_UNITS = ("day", "week", "month", "year")
# Words right before a period that make it what a figure is measured against, not its date ("rose 3% from a year ago",
# "higher than last quarter").
COMPARISON_WORDS = ("from", "than", "since", "over", "versus", "vs", "against", "with", "on")
# Words that date a fiscal year by its first day: "the fiscal year beginning April 1" is the year of that day.
FISCAL_YEAR_OPENERS = ("beginning", "starting", "that begins", "that starts", "which begins", "which starts")
PERIOD_NOUNS = ("plan", "budget", "appeal", "programme", "program", "forecast", "allocation", "overview", "strategy",
                 "season", "census", "requirements", "estimates?", "spending", "accounts", "fiscal year", "financial year",
                 "calendar year", "crop year", "marketing year", "academic year", "school year", "campaign")



# ------------------------------------------------------------------------------------------- as of
# A clause that opens "a day after" a figure tells of the day(s) before the clause it follows ("Strikes killed seven
# people on Sunday, a day after 11 died in the same district": Saturday): the phrase, to the days it steps back.
DAYS_BEFORE_PHRASES = {"a day after": 1, "one day after": 1, "two days after": 2, "three days after": 3,
                       "a week after": 7}
# The words a sentence opens on to go on about what the figure-free sentence before it dated ("The census was taken in
# March 2021. It counted 59.6 million people."; "The ministry issued its bulletin on Monday. The bulletin recorded …"):
# a pronoun, or a report's noun after "the" or "its" (REPORT_NOUNS, below, and these).
REFERS_BACK_PRONOUNS = ("It", "They", "These", "Those")
# Words a sentence may open on before the date that sets its paragraph's scene ("On Sunday, drones struck Ternopil.",
# "Late on Tuesday, …", "Over the weekend, …"): the sentence after it that tells a past count is of that date (rule
# ``scene_set_by_the_sentence_before``).
SCENE_OPENERS = ("on", "in", "during", "at", "late", "early", "earlier", "later", "by")
# An aside after a noun that tells how the thing began ("The outbreak, first detected in Jonglei in late September, has
# infected 4,300", "The appeal, launched in January, is 12% funded"): its date is the thing's start, never a figure's
# (rule ``origin_aside``). An aside opens on one of these participles, or on any after ORIGIN_ADVERBS ("first reported"),
# or on a relative pronoun and ORIGIN_PAST_FORMS.
ORIGIN_PARTICIPLES = ("detected", "launched", "founded", "established", "formed", "opened", "created",
                      "introduced", "set up", "begun", "started", "built", "signed", "agreed", "adopted", "unveiled")
ORIGIN_ADVERBS = ("first", "initially", "originally")
# The same start told in a relative clause ("The strike, which began in June, has cost …"): "which" or "that", then
# one of these or an ORIGIN_PARTICIPLES word after "was", "were" or "had been".
ORIGIN_PAST_FORMS = ("began", "started", "erupted", "broke out", "emerged")
# What a poll's or a survey's gathering is called ("Fieldwork took place on 10-11 February.", "Interviews were carried out
# in March."), as REPORT_NOUNS name the report: a sentence on when it was gathered dates the findings after it (rule
# ``fieldwork_before``), where it tells what was found (FINDING_VERBS).
FIELDWORK_NOUNS = ("fieldwork", "polling", "interviews", "interviewing", "sampling")
# The verbs a sentence tells a survey's findings by ("Ipsos found that 61% …", "The results showed …"): only such a
# sentence takes the fieldwork's date ("The survey was carried out in October 2024. Renters owed £2 billion." is no finding).
# The verbs of a sum's purpose after it ("appealed for $23 billion to help 87 million people in 2026"): the sum takes the
# date of the figure they lead to, as a change takes its level's across "to" (rule ``purpose_shares_the_date``).
PURPOSE_VERBS = ("help", "assist", "reach", "support", "feed", "cover", "serve", "fund")
FINDING_VERBS = ("found", "finds", "showed", "shows", "suggested", "revealed", "indicated", "put")
BACK_REFERENCE_NOUNS = ("reports", "census", "figure", "statement", "release", "index", "results", "findings", "numbers")
# Cheap first looks for the two patterns above (each holds one of these, in lower case).
RUNNING_TOTAL_STEMS = ("since", "so far", "to date", "thus far", "from the")
FUTURE_STEMS = ("will", "would", "shall", "could", "might", "to be", "due", "scheduled", "set", "expect", "planned",
                 "predict", "anticipat",
                 "projected", "forecast", "likely", "plan", "aim", "hope", "intend", "next", "upcoming", "forthcoming")
STRONG_DATE_CUES = frozenset({"as", "by", "through", "until", "up", "at"})
# Past forms that tell an event already happened ("The quake on Jan. 7 killed 126", "Exports rose 4% on Jan. 10"): the
# auxiliaries and the irregular verbs of news copy (a regular one ends in "-ed", read by as_of.lies_behind's pattern),
# and the words before an "-ed" form that make it a participle or an adjective, not a past ("a proposed vote",
# "will be held", "is expected").
PAST_FORMS = ("was", "were", "had", "did", "rose", "fell", "sank", "hit", "struck", "began", "took", "left", "saw", "won",
              "lost", "came", "went", "grew", "shot", "fled", "froze", "broke", "stood", "ran", "drew", "swept", "slid",
              "sold", "bought", "paid", "spent", "told", "said", "met", "led", "fought", "overtook", "shook",
              "found", "gave", "put")
# A timetable's present before a date without a year ("The fair opens on March 12", "Talks resume on Feb. 3"): an event
# still to come (as_of.scheduled_before). The third person, and the plurals that are no adjective or noun ("open",
# "start", "close" are: "Shops were open on Dec. 26").
SCHEDULE_VERBS = ("opens", "reopens", "reopen", "begins", "begin", "starts", "resumes", "resume", "takes effect",
                  "take effect", "comes into force", "come into force", "kicks off", "kick off",
                  "expires", "expire", "convenes", "convene", "goes on sale", "go on sale", "launches", "lands")
# The words before a date without a year from which a measure takes effect ("lowers the cap to $47.60 a barrel from
# September", "rises to €900 starting in January"): still to come where its clause tells nothing as past (as
# scheduled_before reads SCHEDULE_VERBS); "fell 4% from September" is past.
EFFECT_START_WORDS = ("from", "starting", "starting in", "starting from", "beginning", "beginning in", "effective",
                      "effective from")
PARTICIPLE_OPENERS = ("a", "an", "the", "be", "been", "being", "is", "are", "am", "will", "would", "to", "get", "gets",
                      "newly", "its", "their", "his", "her")
# Verbs of telling: a date after them ("said on Wednesday") is the day of the telling, not of the count.
TELLING_VERBS = r"said|says|told|reported|announced|stated|added|wrote|confirmed|noted|disclosed|revealed"
# Words that put a figure at the report's day, whatever period the paragraph named before it ("The key rate now
# stands at 16%", and what something has or holds: "The stadium holds 90,000"), and the present of being, which does
# so unless the figure is a plan's or a forecast's (one of FORECAST_WORDS: "The fiscal deficit target is 3.9% of
# GDP" is the budget's year).
NOW_WORDS = ("now", "currently", "at present", "as it stands")  # (of these, the words that say the report's day itself)
PRESENT_WORDS = (*NOW_WORDS, "remain", "remains", "stand", "stands", "has", "have",
                 "holds", "hold", "employs", "contains")
PRESENT_COPULAS = ("is", "are")
# The state a share of an appeal stands in now ("The appeal is only 13% funded"): after a present copula, the share is
# the report's, whatever year the appeal is named by (rule ``funded_now``).
FUNDED_WORDS = ("funded", "financed")
# A rolling period that ends at the report ("in the past day", "over the last three months"): the word before it, and
# whether a length must follow that word ("than the previous year" is an earlier period), then its unit (singular).
ROLLING_PERIOD_WORDS = {"past": False, "last": True, "previous": True}
ROLLING_PERIOD_UNITS = ("hour", "day", "week", "month", "year")
PERIOD_DATE_CUES = frozenset({"since", "from", "between"})  # "between July 16 and August 11": the end dates it
# A figure the sentence compares with the same period earlier: "from $349 million a year earlier", "against 6.5%
# a year ago", "9.4 million the month before", "1.2 million in the same period last year". Each phrase is the
# step back, in months, from the date the sentence gives its other figures.
# A clause that goes on with the level before it as its change: "hit $17.3 billion in November, up 38.6% from a year
# earlier", "…, a rise of 4%": the change is of the level's period, so it takes the level's own date.
CHANGE_OF_THE_LEVEL_BEFORE = ("up", "down", "a rise of", "a fall of", "a drop of", "a jump of", "a gain of",
                              "an increase of", "a decrease of", "a decline of", "rising", "falling")
EARLIER_PERIOD_PHRASES = {
    "a year earlier": 12, "a year ago": 12, "a year before": 12, "the year before": 12, "the previous year": 12,
    "the prior year": 12, "the year-earlier period": 12, "the prior-year period": 12, "the same period last year": 12,
    "the same month last year": 12, "the same quarter last year": 12, "the same period a year earlier": 12,
    "the same period of last year": 12, "the same period of the previous year": 12, "the same month a year earlier": 12,
    "a quarter earlier": 3, "a quarter ago": 3, "the previous quarter": 3, "the prior quarter": 3,
    "the preceding quarter": 3, "the quarter before": 3,
    "a month earlier": 1, "a month ago": 1, "a month before": 1, "the month before": 1, "the previous month": 1,
    "the prior month": 1,
}
# The same after a day's figure, by the days it steps back ("rose to 63 on Monday from 41 the previous day": Sunday).
EARLIER_DAY_PHRASES = {"the previous day": 1, "the day before": 1, "a day earlier": 1, "the previous week": 7,
                       "a week earlier": 7, "the week before": 7}



# --------------------------------------------------------------------------------------- sentences
# AP state abbreviations (two-letter postal codes with a stop, "N.Y.", are caught as initials).
STATE_ABBREVIATIONS = ("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
           "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt",
           "Wash", "Wis", "Wyo")
# Currencies abbreviated with a stop before their amount ("Rs. 3,120 crore", "Tk. 500"): like a month's, the stop
# ends no sentence where a number follows it.
AMOUNT_ABBREVIATIONS = ("Rs", "Re", "Tk", "Dh", "Dhs", "Ksh", "Shs")
# Ranks, titles and company forms beyond TITLE_ABBREVIATIONS (the titles the figure grammar keeps).
OTHER_ABBREVIATIONS = ("Adm", "Brig", "Capt", "Maj", "Cpl", "Pvt", "Rev", "Prof", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Nos")


# The head nouns a name may take after up to two lowercase words ("the Kremlin press service", "Kyiv city
# military administration"); semantics gates them by their first letters, as they are tried after every
# capital of a sentence.
NAME_HEADS = ("ministry", "office", "service", "agency", "authorities", "officials?", "command", "council",
              "commission", "mission", "monitors", "media", "military", "army", "navy", "force", "forces", "staff", "guard",
              "police", "government", "intelligence", "bank", "cent(?:re|er)", "institute", "bureau", "department",
              "federation", "authority", "spokesman", "spokeswoman", "spokesperson", "documents", "commanders?(?:-in-chief)?",
              "mayor", "governor", "president", "minister", "envoy", "ambassador", "teams", "crews", "rescuers", "volunteers",
              "magistrate", "commissioner", "chief", "director", "secretary", "chairman", "chairwoman", "inspector",
              "prosecutor", "judge", "analyst", "economist", "strategist", "adviser", "advisor", "aide", "researcher", "militias?")

# --------------------------------------------------------------- what a figure counts, whose it is
# Illnesses a figure's people may be counted with ("hospitalised with dengue"): patients, not the wounded.
DISEASE_WORDS = ("cholera", "dengue", "malaria", "measles", "mpox", "monkeypox", "ebola", "covid(?:-19)?", "coronavirus",
                 "influenza", "flu", "typhoid", "diphtheria", "meningitis", "diarrhoea", "diarrhea", "heatstroke",
                 r"heat\s+stroke", "pneumonia", "hepatitis", "tuberculosis", "polio", "infections?", "symptoms",
                 "illness(?:es)?", "diseases?", r"food\s+poisoning", "outbreaks?", "epidemics?")
_DISEASE = "|".join(DISEASE_WORDS)
# Words of care that count the wounded after harm, and patients in a sentence about an illness (DISEASE_WORDS):
# "12,000 people hospitalised" after a blast are wounded, after "cholera deaths have climbed" they are not.
CARE_WORDS = (r"hospitali[sz]ed", r"treated\s+(?:for|in\s+(?:a\s+|the\s+)?hospitals?)", r"receiving\s+treatment",
              *(rf"{verb}\s+to\s+(?:a\s+|the\s+)?hospitals?" for verb in ("taken", "rushed", "airlifted", "flown")),
              *(rf"{verb}\s+in\s+(?:a\s+|the\s+)?hospitals?" for verb in ("were", "are", "remain", "remained", "still")))
# What a figure counts, by the words that say it; the first category that matches a word wins. NOT_A_CASUALTY
# ("other") is what a count of people may be that no casualty category holds (the rescued, the sick): its words
# stop a casualty word further on from governing the figure, and the figure gets no category.
NOT_A_CASUALTY = "other"
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    NOT_A_CASUALTY: ("rescued", r"pulled\s+(?:out\s+)?alive", r"found\s+alive",
                     *(rf"{verb}\s+(?:with|for|by)\s+(?:[a-z-]+\s+)?(?:{_DISEASE})\b"
                       for verb in ("hospitali[sz]ed", "admitted", "treated", "sickened", "ill", "sick", "infected",
                                    "diagnosed"))),
    "casualties": (r"casualt(?:y|ies)", r"killed\s+(?:or|and)\s+(?:wounded|injured|maimed)",
                   r"dead\s+(?:or|and)\s+(?:wounded|injured)", r"deaths\s+(?:or|and)\s+(?:wounded|injured)",
                   r"wounded\s+(?:or|and)\s+killed", "losses", r"lost\s+(?:in\s+)?(?:killed|dead)\s+(?:and|or)\s+wounded",
                   r"killed,\s+wounded"),
    "killed": ("killed", "killing", "kills", "dead", "deaths?", "died", "dying", "die", r"death\s+toll",
               r"toll(?<!casualty\stoll)(?<!injury\stoll)", "fatalities", "fatality",
               # not the verb: "lives in poverty", "40% of the population lives below the poverty line"
               r"lives(?!\s+(?:in|on|at|with|near|under|alone|abroad|here|there|together|below|above|off|without|within|"
               r"outside|by|from|like|mostly|largely|only|just)\b)",
               "perished", "slain", "KIA", "massacred", "executed", "bodies", "drowned", "drowning",
               "murdered", "martyrs?", "martyred", r"shot\s+dead", "deceased", "homicides?", r"lost\s+their\s+lives",
               "fatal", "fatally",  # "312 accidents, 41 of them fatal", "fatally shot"
               # the deaths of accidents and disasters: "nine people were electrocuted", "18 burned to death"
               "electrocuted", r"burn(?:ed|t)\s+to\s+death", r"crushed\s+to\s+death", r"trampled\s+to\s+death",
               r"stabbed\s+to\s+death", r"beaten\s+to\s+death", r"hacked\s+to\s+death", r"swept\s+away",
               "neutrali[sz]ed", "killings", "lynched", "martyrdom", r"remains\s+of"),
    "wounded": ("wounded", "injured", "injuries", "injuring", "hurt", "WIA", "maimed", "wounds", "concussions?", *CARE_WORDS),
    "missing": ("missing", "MIA", "unaccounted", "disappeared", r"search(?:ing|ed)?\s+for"),
    "captured": ("captured", "prisoners?", "POWs?", r"taken\s+prisoner", r"taken\s+captive", r"held\s+captive", "detained",
                 "arrested", "surrendered", "captives",
                 "hostages?", "kidnapped", "abducted", "kidnappings", "abductions",
                 # where they are held: "in Russian captivity", "in its prisons", "behind bars"
                 r"in\s+(?:[\w-]+\s+)?(?:captivity|custody|detention)", r"in\s+(?:its|their|[A-Z][\w-]*)\s+(?:prisons|jails)",
                 # where they were freed from: "146 servicemen returned from Russian captivity"
                 r"from\s+(?:[\w-]+\s+)?captivity",
                 # whom the captor held: "released four soldiers it had held in Gaza"
                 r"it\s+(?:had\s+|has\s+)?held", r"they\s+(?:had\s+|have\s+)?held",
                 r"behind\s+bars"),
    "displaced": ("displaced", "refugees?", "fled", "fleeing", r"forced\s+to\s+flee", "evacuated", "homeless", "IDPs?",
                  r"forced\s+from\s+their\s+homes", r"from\s+their\s+homes", "uprooted", r"asylum[\s-]+seekers?",
                  "evacuees", r"in\s+(?:internal\s+)?displacement", r"under\s+temporary\s+protection",
                  r"under\s+evacuation",
                  # where they are now: "moved to shelters", "in emergency accommodation", "in relief centres"
                  *(rf"{word}\s+(?:(?:emergency|temporary|evacuation|public|government|state-run)\s+)?(?:accommodation|shelters?)"
                    for word in ("in", "into", "to")),
                  *(rf"{word}\s+(?:camps?|cent(?:er|re)s?|sites?)"
                    for word in ("relief", "evacuation", "displacement", "refugee", "transit", "IDP")),
                  r"moved\s+to\s+safety", r"to\s+flee\s+(?:their|the)\b", "relocated", r"shelters\s+housing", r"without\s+(?:shelter|a\s+roof)",
                  # what they left: "had to leave their homes", "have left the country", "crossed into Chad"
                  *(rf"{verb}\s+(?:their\s+(?:homes?|houses|villages|towns)|the\s+country)"
                    for verb in ("left", "leave", "leaving", "abandoned", "abandon")),
                  r"cross(?:ed|ing)?\s+(?:the\s+border\b|into)", r"new\s+arrivals",
                  r"sheltering\s+in", "deported", "deportees", "expelled",
                  r"moved\s+out\s+of\s+(?:the\s+)?(?:danger|conflict|flood|disaster|affected)"),
}
# What a count of things counts, by its noun ("captured five villages", "set four storage tanks ablaze", "18 of its
# ambulances"): no casualty word governs it, whatever the sentence says around it.
THING_NOUNS = ("villages?", "towns?", "settlements?", "cities", "city", "positions?", "square", "km", "kilometers?",
               "kilometres?", "miles?", "hectares?", "acres?", "tanks?", "vehicles?", "cars?", "buses", "trucks?", "lorries", "convoys?",
               "ambulances?", "drones?", "missiles?", "rockets?", "shells", "bombs?", "aircraft", "planes?", "helicopters?",
               "ships?", "boats?", "vessels?", "buildings?", "structures?", "homes?", "houses?", "shelters?", "tents?",
               "bridges?", "heights?", "districts?", "regions?", "hospitals?", "clinics?", "schools?", "mosques?",
               "churches?", "shops?", "markets?", "targets?", "rifles?", "weapons?", "guns?", "graves?", "posts?",
               "checkpoints?", "countries", "country", "provinces?", "states?", "municipalities", "dams?", "camps?", "sites?",
               # a count of disease cases counts no casualty ("1,210 new cholera infections, including 36 deaths")
               "cases", "infections")
# Words that make the figure beside them a reading of a scale, not a count ("Friday's magnitude 7.7 earthquake", "a
# 6.3-magnitude quake"): it counts no one, and the toll's words before it govern the figure after it.
MEASURE_WORDS = ("magnitude",)
# The small words that end a noun's modifiers ("four storage tanks", but not "killed in villages").
NOT_A_MODIFIER = ("in", "at", "on", "of", "off", "from", "to", "into", "across", "over", "throughout", "inside", "near",
                  "among", "within", "and", "or", "by", "with", "for", "as", "were", "was",
                  "are", "is", "be", "been", "have", "has", "had", "who", "which", "that", "people")
# A casualty verb right before the figure governs it ("killed at least 137 people … and wounded 180").
CATEGORY_VERBS = {"killed": "killed", "killing": "killed", "kills": "killed", "wounded": "wounded",
                  "wounding": "wounded", "injured": "wounded", "injuring": "wounded", "captured": "captured",
                  "displaced": "displaced", "displacing": "displaced", "neutralized": "killed", "neutralised": "killed",
                  "kidnapped": "captured", "abducted": "captured", "lynched": "killed", "deported": "displaced",
                  "expelled": "displaced", "rescued": NOT_A_CASUALTY, "shot dead": "killed", "gunned down": "killed"}
ACTIVE_HARM_WORDS = ("killed", "killing", "destroyed", r"shot\s+down", r"shot\s+dead", r"gunned\s+down", "captured", "eliminated", r"took\s+prisoner", "wounded",
                     "wounding", "injured", "injuring")
# What a side does harm with, named by the side's adjective ("Russian strikes have knocked out …"): the side it
# names is the doer, not whose figure the clause gives.
# The weapons and acts of those (a side named by them did the harm: "Israeli strikes had killed …" counts no
# Israelis), then the doers themselves (who may also be the ones who lose: "Russian forces lost …").
HARM_WEAPON_NOUNS = ("strikes?", "airstrikes?", r"air\s*strikes?", "attacks?", "drones?", "missiles?", "rockets?", "shells",
                     "shelling", "bombardment", "bombing", "artillery", "raids?", "offensive", "invasion", "jets", "warplanes")
HARM_DOER_NOUNS = (*HARM_WEAPON_NOUNS, "forces", "troops", "army", "military", "navy", r"air\s+force", "fighters")
# Newspapers keep "The" in their names; other sources drop it ("the UK Ministry of Defence").
MASTHEAD_WORDS = frozenset("Press Times Post Guardian Economist Telegraph Journal Independent Insider Atlantic "
                            "Observer Herald Tribune Monitor Globe Mirror Sun Standard Hill Intercept".split())
# Those who fight (and, held by the other side, "prisoners of war"); then the words that name the fight itself ("killed
# in fighting", "in action"), which give those it counts their role but never count anyone before a figure.
FIGHTER_WORDS = ("soldiers?", "troops", "servicem[ae]n", r"service\s*members", "servicemembers", "military", "personnel",
                 "fighters", "combatants", "army", "marines", "mercenaries", "conscripts", "recruits", "paratroopers",
                 "sailors", "pilots", "officers", "forces", "militants", "insurgents", "guerrillas", "reservists",
                 "volunteers", "guardsmen", "troopers", "peacekeepers", "militiamen", "militias", r"prisoners\s+of\s+war", "POWs?")
COMBAT_WORDS = (r"fighting(?<!the\sfighting)(?<!fled\sfighting)(?<!fleeing\sfighting)(?<!escaped\sfighting)", r"in\s+combat",
                r"in\s+action", "battle")
MILITARY_WORDS = (*FIGHTER_WORDS, *COMBAT_WORDS)
# Civilians, and the civilians whose work takes them where the harm is: journalists, aid workers, rescuers, medics;
# and those an attack finds at prayer, at a funeral or a market, or at school ("killing 18 worshippers").
CIVILIAN_WORDS = ("civilians?", "children", "child", "infants", "babies", "kids", "women", "residents", "non-?combatants", "inhabitants", "villagers",
                   "worshipp?ers", "churchgoers", "congregants", "mourners", "shoppers", "schoolchildren",
                   "journalists", r"media\s+workers", r"aid\s+workers", r"humanitarian\s+workers", "humanitarians",
                   "medics", "paramedics", "doctors", "nurses", r"health(?:care)?\s+workers", "rescuers",
                   r"rescue\s+workers", "firefighters", r"first\s+responders", r"emergency\s+workers", "patients",
                   "pedestrians", "passengers", "citizens")
# Police, who are neither a side's military nor its civilians: the figure that counts them keeps the side and no role
# ("two police officers were killed in Lakki Marwat": Pakistan · unspecified). Their words go before the military
# words they hold ("officers", "personnel").
POLICE_WORDS = (r"police(?:\s+(?:officers?|personnel|constables?|agents?|guards?))?", r"police(?:wo)?m[ae]n", "cops",
                "constables", "patrolmen", r"traffic\s+(?:police|wardens)")
# The bodies whose volunteers are civilians ("14 of its volunteers", said the civil defence): volunteers in a sentence
# that names one of these are its rescuers or aid workers, not a side's volunteer fighters.
CIVIL_BODY_WORDS = (r"civil\s+defen[cs]e", r"Red\s+Crescent", r"Red\s+Cross", r"White\s+Helmets", r"rescue\s+service",
                    r"emergency\s+service", r"aid\s+(?:group|agency|organi[sz]ation)", "charity", "NGO")
# Disasters a side's name may own ("Myanmar's earthquake killed 3,600 people", "the Pakistani floods"): the side is
# where it struck, not a doer of the harm.
DISASTER_NOUNS = ("earthquakes?", "quakes?", "floods?", "flooding", "cyclones?", "typhoons?", "hurricanes?", "storms?",
                  "landslides?", "mudslides?", "wildfires?", "bushfires?", r"heat\s*waves?", "droughts?", "famine",
                  "tsunami", "eruption", "avalanches?", "monsoon", "epidemic", "outbreak")
# The events a date before them names (rule date_names_an_event): "the Oct. 7 attack", "the July 4 floods", "Sunday
# night's strike", "last week's fighting" are the event's day, not the day its toll stood; the harm done with a weapon,
# a disaster, or one of these.
EVENT_NOUNS_AFTER_A_DATE = (*HARM_WEAPON_NOUNS, *DISASTER_NOUNS, "fighting", "clashes", "shootings?", "blasts?",
                            "explosions?", "massacres?", "assaults?", "ambush(?:es)?", "stampedes?", "incursion", "bombings",
                            "uprising", "riots?", "fires?", "crash(?:es)?")
# The parts of a day written after its name, before what happened then ("Sunday night's strike").
DAY_PARTS = ("night", "morning", "evening", "afternoon", "overnight")
# A holiday named by the day of its month ("the Fourth of July floods"): its month dates nothing (rule names_a_holiday).
HOLIDAY_ORDINALS = ("First", "Fourth", "Fifth", "Twelfth")
# Words that open a coordinate clause ("…, while 150 others were wounded", "…, and 22 were wounded"): a clause they
# open that dates nothing goes on at the date of the clause before (rule coordinate_clause).
COORDINATORS = ("and", "while", "whereas", "but")
# The auxiliaries after "and" that open a second predicate of the subject ("turns out 2,000 cars a week and will add a
# shift in the fourth quarter"): a clause of its own (as_of.CLAUSE_BREAK_RE).
AUXILIARIES_AFTER_AND = ("will", "would", "shall", "has", "have", "had", "is", "are", "was", "were", "could", "can", "may",
                         "might", "should", "must", "plans", "expects")
# Nouns that count people, or their cases, without a role ("1.5 million people in Haiti", "600 new cholera infections
# were reported in Darfur"): where the clause puts them is whose they are.
PEOPLE_NOUNS = ("people", "persons", "families", "households", "cases", "infections")
# The nouns a count of people with no casualty word goes by in health and disaster copy ("318 new suspected cholera
# cases", "2,300 patients", "sickened 1,200 others", "thousands of protesters"; or the number of them a figure is: "the
# number of cases to 16,143"): where it is counted is whose it is, as for a toll (rule people_counted_without_a_toll);
# with up to PEOPLE_COUNT_MODIFIERS words between figure and noun.
UNCATEGORISED_PEOPLE_NOUNS = ("others", "individuals", "protesters", "protestors", "demonstrators", "voters")
PEOPLE_COUNT_MODIFIERS = 3
# Words that deny the casualty word after them ("435 cholera cases and no deaths, down from 567"): the word counts no
# one, and governs no figure after it (rule negated_casualty_word).
NEGATING_WORDS = ("no", "zero", "without")
# Verbs whose object "lives" counts the dead, whatever follows ("Heatstroke has claimed 33 lives in Odisha": not the
# verb "lives in"; rule lives_taken).
LIFE_TAKING_VERBS = ("claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taken", "taking",
                     "takes", "lost", "losing", "loses")
# What a country does for refugees from elsewhere ("Uganda hosts 1.7 million refugees"): it is their host, not
# whose refugees they are.
HOST_VERBS = ("hosts", "hosting", "hosted", r"is\s+home\s+to", r"are\s+home\s+to", r"has\s+taken\s+in", r"have\s+taken\s+in",
              r"took\s+in", "shelters", "sheltering", "houses", "housing", r"has\s+registered", r"has\s+received",
              "registered", "received", "welcomed")
# Words after a count of the displaced that name where they came from: "refugees from Sudan", "fled Haiti", ", most
# of them South Sudanese".
ORIGIN_WORDS = ("from", "fleeing", "fled", "escaped", r"most\s+of\s+(?:them|whom)", "mostly", "mainly", "largely", r"the\s+majority")
# What the displaced flee in a place, between their origin word and the place: "who fled the war in neighbouring Sudan",
# "fleeing fighting in Myanmar's Karen state".
FLIGHT_CAUSES = ("war", "fighting", "violence", "conflict", "clashes", "persecution", "crackdown", "famine", "hunger",
                 "drought", "floods", "insecurity", "unrest", "repression", "bombardment", "offensive")
# Words after a count of captives that name where they were taken from, their own side: "hostages taken from Israel"
# ("from" alone may name where they are freed from: "freed from Russian captivity").
CAPTIVE_ORIGIN_WORDS = (r"taken\s+(?:hostage\s+)?from", r"abducted\s+from", r"kidnapped\s+from", r"seized\s+from",
                        r"snatched\s+from")
# People counted away from their country, whose side is never where they are counted nor who counts them ("Greece said
# 5 migrants drowned off Crete", "120 refugees in Poland"): only their own name or origin gives it.
FOREIGNER_WORDS = ("migrants", r"asylum[\s-]+seekers", "refugees")
# Where a people's refugees live, named by that people ("a Rohingya camp", "Afghan settlements"): the refugees killed
# there are that people's (rule foreigners_of_the_people_named).
REFUGEE_PLACE_NOUNS = ("camps?", "settlements?", r"refugee\s+camps?")
# Words after a count that say who most of them are: "23 migrants drowned off Libya, most of them Eritreans".
IDENTITY_WORDS = (r"most\s+of\s+(?:them|whom)", r"all\s+of\s+(?:them|whom)", "mostly", "mainly", "largely",
                  r"the\s+majority")
# The words that name a country's own forces without its name ("junta soldiers", "army troops", "government forces"):
# taken by an armed group that fights at home (sides.json's _within), they are that country's.
HOME_FORCE_WORDS = ("junta", "government", "regime", "army", "state", "federal", "national", "pro-government")
# Captives and what their captor does with them: a side named before "handed over", "released" or "holds" a count of
# captives is who holds them, not whose people they are ("Hamas handed over the bodies of four hostages").
CAPTIVE_NOUNS = ("hostages?", "captives", "prisoners?", "POWs?", "detainees?")
CAPTOR_VERBS = (r"handed\s+over", r"hands\s+over", "released", "releases", "freed", "frees", "returned", "returns",
                "holds", "held", "holding", r"has\s+released", r"has\s+freed", r"has\s+returned")
# Those a state's speaker counts on the other side: "the army said 20 militants were killed" are not its own.
OPPOSING_FORCE_WORDS = ("militants", "insurgents", "guerrillas", "terrorists", "enemy", "rebels", "gunmen", "attackers",
                        "jihadists", "separatists")
AUXILIARIES = ("has", "had", "have")
LOSS_VERBS = ("lost", "losing", "loses", "suffered", "sustained", "saw", "seen")
# The words that attribute a sentence to someone, named or not ("Officials said"): a sentence without any goes
# on with the source of the one before it.
SPEECH_WORDS = ("said", "says", "say", "told", "tells", "added", "adds", "according", "reported", "reports", "claimed",
                "claims", "estimated", "estimates", "stated", "wrote", "writes", "announced", "showed", "shows", "show")
# A pronoun that speaks ("…, it said.") goes on with the paragraph's last source: the pronouns, and their verbs.
SPEAKING_PRONOUNS = ("it", "they", "he", "she")
PRONOUN_SPEECH_VERBS = ("said", "says", "added", "reported", "estimated", "told", "acknowledged", "admitted",
                        "confirmed", "claimed", "informed", "stated", "noted", "wrote", "writes")
ATTRIBUTION_VERBS = (
    r"said|says|reported|reports|estimated|estimates|told|claimed|claims|found|finds|stated|states|announced|"
    r"confirmed|confirms|verified|counted|put|puts|wrote|writes|noted|notes|assessed|assesses|believes|believe|"
    r"calculated|tallied|recorded|documented|published|cited|added|acknowledged|admitted|insisted|warned|"
    r"pledged|promised|registered|raised|revised|updated|expects|expected|forecast|forecasts|projects|projected|"
    r"predicts|predicted|puts|putting|disclosed|revealed|announces|approved|allocated|informed|informs|"
    r"earmarked|endorsed|adopted|proposed|appealing|seeks|sought|wants|plans|intends|aims|counts|tallies|lists|"
    r"sees"  # (a forecaster's headline verb: "IMF sees global growth at 3% this year")
)
# What "according to" names before the body that gives it: "according to figures from X", "according to the latest
# statement from the Palestinian Ministry of Health", "according to its head of research at X".
ACCORDING_TO_HEADS = ("figures", "data", "estimates?", "analysis", "report", "count", "statement", "update", "bulletin", "release",
                      "tally", "assessment", "study", "survey", "review", "results", "projections?", "records", "chairman", "chairwoman", "head", "director",
                      "chief", "spokesman", "spokeswoman", "spokesperson", "secretary", "information")
REPORT_NOUNS = ("analysis", "assessment", "report", "estimate", "data", "figures", "statistics", "study", "count", "tally",
                "survey", "poll", "update", "bulletin", "release", "intelligence", "investigation", "review", "calculations?")
# "the 1,300 deaths reported by local authorities": the source after "by"
PASSIVE_VERBS = (r"reported|estimated|counted|compiled|confirmed|recorded|verified|documented|cited|published|"
                  r"released|provided|collected|announced|stated|disclosed|surveyed|polled|issued|given")
# "the health ministry said", "rights groups estimate": who speaks, when no name is given
BODY_FIELDS = ("health", "defen[cs]e", "foreign", "interior", "emergenc(?:y|ies)", "rights")
# Lowercase words that belong to a speaker's name: "the presidential press service", "a monitoring group",
# "civil defence officials", "the disaster agency", "a senior EU diplomat" (capitalized words are taken too).
SPEAKER_MODIFIERS = ("human", "rights", "monitoring", "presidential", "press", "regional", "local", "provincial",
                      "state", "federal", "military", "civil", "disaster", "management", "aid", "relief",
                      "medical", "humanitarian", "security", "intelligence", "central", "national", "city", "district",
                      "border", "finance", "economy", "justice", "energy", "statistics", "statistical", "election",
                      "electoral", "new", "health", "defen[cs]e", "foreign", "interior", "emergency", "emergencies",
                      "rescue", "protection", "migration", "refugee", "duty", "prison", "police", "army", "navy", "government",
                      "opposition", "rebel", "western", "independent", "international", "world", "news", "media",
                      "draft", "investigative", "research", "spy", "fire", "labour", "labor", "market", "union", "trade", "transport",
                      "grid", "power", "electricity", "gas", "oil", "resistance", "village", "tribal", "community", "camp",
                      "hospital", "battalion", "brigade", "school", "prefectural", "municipal", "departmental", "fiscal")
# The second halves of a hyphened word that says whose a speaker is, before its head word: "the state-run news agency",
# "a government-backed militia" (a capitalized first half is taken as a name's: "the Hamas-run health ministry").
AFFILIATION_SUFFIXES = ("run", "owned", "backed", "controlled", "installed", "appointed", "affiliated", "funded", "led",
                        "aligned")
# The parts of a body that speak for it, before the body they belong to: "the press office of the regional police said"
# (the description taken whole, as a person's "a spokesman for the regional administration" is).
BODY_PARTS = ("office", "service", "department", "cent(?:re|er)", "wing", "headquarters", "directorate", "secretariat")
# Lowercase words of a body's portfolio after "of" or "for", besides a speaker's modifiers: "the ministry of health said",
# "the ministry of foreign affairs", "the department of social welfare".
PORTFOLIO_WORDS = ("affairs", "situations", "welfare", "education", "agriculture", "works", "safety", "planning",
                   "development", "information", "environment", "public", "home", "internal", "social")
# A later sentence that names who gave the figures before it by their noun: "The State Emergency Service reported the
# toll on Friday", "The police commander gave the figure to reporters", "The traffic police confirmed the deaths" (its
# verbs, and the figures' nouns, which also open a back reference: "The information was confirmed by the police").
TAKING_UP_VERBS = ("reported", "gave", "released", "published", "announced", "confirmed", "provided", "issued", "cited",
                   "updated")
TAKEN_UP_NOUNS = ("figures?", "toll", r"death\s+toll", "tally", "count", "numbers?", "data", "deaths", "casualties",
                  "information")
# How many speakers a wire names after its verb: "…, said five EU officials", "…, said two people familiar with it".
# Unnamed speakers named by what they know: "people familiar with the matter", "a person with knowledge of the plans",
# "sources close to the Kremlin" (the source as the sentence names them, without its article or count).
ANONYMOUS_SPEAKERS = ("people", "persons?", "sources?", "officials?", "insiders?")
ANONYMOUS_KNOWLEDGE = (r"familiar\s+with", r"with\s+(?:direct\s+)?knowledge\s+of", r"briefed\s+on", r"close\s+to")
# A rank between a count of speakers and their name, which the name leaves out ("Two senior officials said" is the
# officials'; "a senior NATO official" the "NATO official", as the corpus labels it).
RANK_ADJECTIVES = ("senior", "top", "junior", "high-ranking", "former")
SPEAKER_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several")
# The nouns of the figures a body publishes, after its name and before the verb that presents them: "Eurostat data
# showed", "the economy ministry's latest forecast showed", "the ministry's estimate puts growth at 0.2%"; and the
# adjectives that may stand before them ("official data showed", "preliminary figures").
# (and the publications that hold them: "the health ministry's daily bulletin said")
PUBLISHED_FIGURE_NOUNS = ("figures", "data", "statistics", "estimates?", "numbers", "forecasts?", "projections?",
                          "bulletins?", "updates?")
PUBLISHED_FIGURE_ADJECTIVES = ("latest", "new", "official", "preliminary", "provisional", "revised", "daily", "weekly",
                               "monthly", "quarterly", "annual")
# The second halves of a hyphened word that makes a name the compiler of the data after it, which is no part of its
# name: "Reuters-compiled data showed", "LSEG-compiled figures" (the source is Reuters, LSEG).
COMPILER_SUFFIXES = ("compiled", "calculated", "collated", "tallied")
# A document, which names no speaker by itself: "Budget puts deficit at 4.1%" (a headline's subject) gives the figure
# of whoever drew the budget up, not the budget's word.
DOCUMENT_NOUNS = ("budget", "plan", "proposal", "request", "bill", "blueprint", "manifesto")
# The reports of a pollster, whose client may follow its name after "for": "a poll by Ipsos for the Evening Standard"
# (Ipsos's poll; the newspaper only paid for it).
POLL_NOUNS = ("poll", "survey")
# A speaker's verb after "and", the second verb of the subject a sentence opens with: "Moody's cut the rating and said
# debt would rise to 134%", "… and told investors that …".
AND_SPEECH_VERBS = ("said", "says", r"told\s+\w+", "estimated", "forecast", "warned", "added")
# A publisher's index, after its possessive and before the verb that presents it: "HCOB's purchasing managers' index
# showed", "the Conference Board's gauge showed".
INDEX_NOUNS = ("index", "indices", "indexes", "gauge", "barometer", "tracker")
# Names whose "'s" is their own, not a possessive: "according to Moody's" is Moody's word.
NAMES_WITH_S = frozenset({"Moody's", "McDonald's", "Sainsbury's", "Macy's", "Kellogg's", "Lloyd's", "Domino's",
                          "Wendy's", "Kohl's", "Lowe's", "Dillard's", "Denny's", "Hershey's", "Christie's",
                          "Sotheby's"})
# A speaker's own estimate, named before the figure: "far short of the organisers' estimate of 500,000".
ESTIMATE_NOUNS = ("estimates?", "counts?", "tally", "tallies", "figures?", "forecasts?")
# The words a company goes by when its name is not repeated ("The carrier said", "the lender also announced"): a
# speaker's head word, and an anaphor for the company the paragraph named last, whatever its name ("Lufthansa").
COMPANY_WORDS = ("company", "carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker", "airline",
                 "carrier", "lender", "firm", "retailer", "chain", "insurer", "miner", "utility", "manufacturer",
                 "conglomerate")
# The words that may stand for a name with no speaker's word in it ("Barclays … The bank said"): a company's, and a bank's.
BARE_NAME_ANAPHORS = frozenset({*COMPANY_WORDS, "bank"})
# What a company does with its own figures, right after its name at a sentence's opening ("Santander made a net profit
# of", "Saudi Aramco will pay"): the name is the company a company's word stands for, though it speaks for nothing.
COMPANY_VERBS = ("made", "makes", "earned", "earns", "paid", "pays", "booked", "generated", "invested", "spent",
                 "employs", "employed", "will pay", "will cut", "will spend", "will invest", "will hire", "will build",
                 "will sell", "will buy", "will close", "will open", "will add", "will raise")
# The head words of a speaker's noun phrase, one of a kind or many ("a resident told AFP", "residents said"; "the police
# chief said", "a doctor at the field hospital told Reuters").
SPEAKERS = (*COMPANY_WORDS, "ministry", "authorities", "officials?", "spokes(?:man|woman|person)", "rescuers?", "police", "groups?", "agency",
             "agencies", "monitors", "doctors?", "medics?", "services?", "organi[sz]ers", "activists?", r"witness(?:es)?", "analysts",
             "experts", "researchers", "residents?", "workers?", "journalists?", "reporters", "nurses?", "paramedics?", "volunteers?", "unions?", "army", "military", "navy", "government", "governor",
             "mayor", "chancellor", "president", "treasurer", "mission", "office", "officers?", "committee", "cent(?:re|er)", "council", "bureau", "department",
             "directorate", "authority", "charity", "observatory", "organi[sz]ation", "network", "coalition", "alliance",
             "bank", "regulator", "cabinet", "law", "court", "diplomats?", "envoy", "sources?", "minister",
             "commission", "institute", "watchdog", "statement", "release", "administration", "ministers", "blog", "website",
             "outlets?", "project", "newspaper", "broadcaster", "channel", "television", "radio", "examiner", "coroner", "parliament",
             "legislature", "assembly", "senate", "federations?", "confederation", r"civil\s+(?:defen[cs]e|protection)",
             "magistrate", "commissioner", "collector", "wing", "presidency", "school", "media",
             "rebels", "insurgents", "militants", "headquarters", "monitor", "board", "junta", "crews", "teams",
             "operator", "director", "commander", "coordinator", "programme", "program", "fund", "foundation",
             "association", "society", "prosecutors?", "jury", "tribunal", "customs", "municipality",
             r"city\s+hall", r"town\s+hall", r"control\s+room", "prefecture", "chief", "survivors?",
             "hospitals?", "secretary", r"chair(?:man|woman|person)", "executives?", r"think\s+tanks?", "economists?", "transporters?", "traders?", "dealers?",
             "farmers?", "drivers?", "merchants?", "shopkeepers?", "bankers?", "investors?", "locals", "villagers?",
             "herders?", "fishermen", "fisherman", "vendors?", "brokers?", "channels",
             # a camp's or a village's leaders, who speak for it in field reporting ("A camp sheikh told Radio Dabanga",
             # "community elders said")
             "sheikhs?", "elders?",
             # the bulletin a body issues, named by its issuer's words where the body is not ("As per the state health
             # bulletin, 1,045 new cases were reported")
             "bulletins?")
# Lowercase words before a capitalized title that belong to it: "regional Gov. Alexander Bogomaz", "acting Mayor X".
TITLE_MODIFIERS = ("regional", "provincial", "local", "state", "federal", "acting", "deputy", "former", "interim",
                   "city", "district", "county", "chief")
# The words of a state's title or body after its adjective ("Polish Finance Minister Andrzej Domanski said the deficit
# would reach 6.3%"): the state speaks of its own figures (unlike "Danish Refugee Council", a body that works anywhere).
STATE_TITLE_WORDS = frozenset({"minister", "ministry", "government", "cabinet", "treasury", "president", "premier",
                               "chancellor", "parliament", "customs", "statistics", "statistical", "central", "national",
                               "finance", "economy", "energy", "health", "defence", "defense", "interior", "foreign"})
# Lowercase titles that say who the person named after them is, and belong to the source as the sentence names it:
# "regional governor Ivan Fedorov said", "chief economist Huw Pill said" (with the title's modifiers and up to two of
# a speaker's modifiers before them).
NAME_DESCRIPTORS = ("governor", "mayor", "minister", "president", "premier", "envoy", "commander", "prosecutor",
                    "spokes(?:man|woman|person)", "ombudsman", "commissioner", "chief", "director", "head", "advis[eo]r",
                    "aide", "analyst", "economist", "strategist", "researcher", "chair(?:man|woman|person)", "official",
                    "leader", "lawmaker", "legislator", "executive",
                    # an officer's post before the name, as the South Asian press writes it ("duty officer Rashed Hossain",
                    # "information officer Lokendra Singh")
                    "officer")
# Words that say what kind of body the name after them is, and are no part of its name: "regulator Ofwat said" is
# Ofwat, "grid operator Ukrenergo" is Ukrenergo, "Watchdog Transport Focus said" is Transport Focus.
BODY_DESCRIPTORS = ("operator", "agency", "regulator", "utility", "lender", "insurer", "carrier", "watchdog", "monitor",
                    "broadcaster")
# Lowercase words inside a person's name: "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = ("von", "van", "der", "den", "de", "da", "di", "du", "dos", "bin", "ibn", "al", "el", "le", "la")
# The lowercase noun of a place after its name, in a speaker's name: "officials in the Kursk region".
PLACE_NOUNS = ("region", "province", "oblast", "district", "governorate", "prefecture", "county")
# What makes a name of places.json a place where it stands (core/extract/places.py): a preposition of place before
# it ("in", "near", "across the northern"), a verb of a blow or a storm that strikes it ("hit", "lashed central Texas"),
# or a noun of place after it ("Hatay province", "Borno state").
PLACE_PREPOSITIONS = ("in", "near", "across", "around", "outside", "throughout", "inside", "from", "hit", "struck",
                      "lashed", "battered", "pounded", "ravaged", "shook", "rocked", "swept through", "swept across",
                      "city of", "town of", "province of", "region of", "state of", "district of", "county of",
                      "governorate of", "prefecture of",
                      # a disaster's verbs and the parts of a place it struck: "flooded parts of Karachi", "tore through"
                      "flooded", "inundated", "submerged", "devastated", "tore through", "tore across", "ripped through",
                      "slammed into", "parts of", "areas of", "districts of")
PLACE_MAKING_NOUNS = (*PLACE_NOUNS, "state", "city", "department")
# The English names of provinces and regions whose ISO 3166-2 name is the local one ("Jawa Barat", "Shabeellaha
# Dhexe", "Al Ḩudaydah", "Xizang"), by their codes: the places table holds them as English copy writes them too
# (places.build_table; "Flash floods in West Java killed 12 people": Indonesia's).
SUBDIVISION_EXONYMS = {
    "ID-JB": "West Java", "ID-JT": "Central Java", "ID-JI": "East Java", "ID-SB": "West Sumatra", "ID-SU": "North Sumatra",
    "ID-SS": "South Sumatra", "ID-SN": "South Sulawesi", "ID-ST": "Central Sulawesi", "ID-SA": "North Sulawesi",
    "ID-SG": "Southeast Sulawesi", "ID-SR": "West Sulawesi", "ID-KB": "West Kalimantan", "ID-KT": "Central Kalimantan",
    "ID-KI": "East Kalimantan", "ID-KS": "South Kalimantan", "ID-KU": "North Kalimantan", "ID-NB": "West Nusa Tenggara",
    "ID-NT": "East Nusa Tenggara", "ID-PB": "West Papua", "ID-PT": "Central Papua", "ID-PS": "South Papua",
    "ID-PE": "Highland Papua", "ID-MU": "North Maluku",
    "CN-XZ": "Tibet", "CN-NM": "Inner Mongolia",
    "SO-SD": "Middle Shabelle", "SO-SH": "Lower Shabelle", "SO-JD": "Middle Juba", "SO-JH": "Lower Juba", "SO-HI": "Hiraan",
    "YE-HU": "Hodeidah", "YE-MA": "Marib", "YE-TA": "Taiz", "YE-SD": "Saada", "YE-HD": "Hadramout", "YE-LA": "Lahj",
    "SY-HM": "Hama", "SY-DY": "Deir ez-Zor", "SY-RA": "Raqqa", "SY-HA": "Hasakah", "SY-DR": "Daraa", "SY-SU": "Sweida",
    "SY-QU": "Quneitra", "SY-TA": "Tartus",
    "IQ-AN": "Anbar", "IQ-BA": "Basra", "IQ-NI": "Nineveh", "IQ-DI": "Diyala", "IQ-SD": "Salahuddin", "IQ-NA": "Najaf",
    "IQ-KA": "Karbala", "IQ-AR": "Erbil", "IQ-DA": "Duhok",
    "LY-BA": "Benghazi", "LY-DR": "Derna", "LY-MI": "Misrata", "LY-SR": "Sirte", "LY-KF": "Kufra",
}
# The Arabic article a place's name opens with, which copy writes capitalized or not, joined by a space or a hyphen
# ("El Fasher", "El-Fasher", "al-Fasher"); the first two stand for each other ("El Geneina", "Al Geneina").
# places.article_variants spells each place and side word every way.
PLACE_ARTICLES = ("al", "el", "an", "ad", "as", "ash", "ar", "at", "az", "ath", "ed", "es", "en", "ez")
# The compass words before a place, and with "-ern" ("in northern Gansu", "across south-eastern Ukraine").
COMPASS_WORDS = ("north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "central")
# The edge of a country its name or adjective may stand before ("near the Malian border"): where the harm came near,
# not whose people it harmed (rule a_border_names_no_victim).
BORDER_NOUNS = ("borders?", "frontiers?", "boundary")
# What a war's reporting writes between "the" and a place: "in the occupied West Bank", "across the besieged city".
PLACE_ADJECTIVES = ("occupied", "besieged", "embattled", "war-torn", "war-ravaged", "rebel-held", "restive")
# Who stands for the body they belong to: "an official from the X said", "rebels of the X said": the figure is X's.
PEOPLE_OF_A_BODY = ("officials?", "officers?", r"spokes(?:man|woman|person)", "sources?", "representatives?", "researchers?",
                    "statements?",
                    "experts?", "analysts?", "scientists?", "economists?", "rebels", "fighters", "members", "militants", "volunteers")
# What may stand between a decider and its decision: "voted to cut", "decided on Friday to raise", "will lower the
# price cap", "is set to raise" (the verbs before "to", a day between them; and the auxiliaries, ``DECISION_AUXILIARIES``).
DECISION_LEADS = r"voted|decided|agreed|moved|plans|votes|decides|agrees|(?:is|are)(?:\s+set)?"
DECISION_AUXILIARIES = r"will|would"
# Decisions that are the decider's own figures: "The Bank of Russia cut its key rate to 16.5%".
# (and in a headline's present: "Central bank holds key rate at 21%")
DECISION_VERBS = (r"cut|raised|raise|lift|lifted|lowered|lower|set|kept|keep|held|hold|left|leave|slashed|hiked|increased|reduced|"
                   r"trimmed|doubled|tripled|halved|capped|froze|passed|cuts|raises|lowers|sets|keeps|holds|leaves|"
                   r"slashes|hikes|trims|lifts")
DECISION_OBJECTS = (r"[Rr]ates?|forecast|estimate|target(?:\s+range)?|outlook|projection|budget|appeal|wages?|pay|"
                    r"salar(?:y|ies)|pensions?|allowances?|tariffs?|prices?|levy|levies|dut(?:y|ies)|tax(?:es)?|fees?|"
                    r"cap|ceiling|limit|quotas?|spending|dividend|bills?|output|production")
FRESH_WORDS = frozenset({"new", "latest", "recent"})
# A rate in the noun phrase a figure is the value of: "The basic monthly allowance … stands at 210,000
# rubles", "the average annual pay … is about EUR 41k" (money), "1,500 men to the fighting each week".
PAY_NOUNS = ("pay", "salary", "salaries", "wages?", "allowances?", "income", "payments?", "stipends?", "pensions?",
              "benefits?", "rent", "reward", "compensation", "earnings", "budget", "spending", "revenues?", "costs?",
              "bonus", "fees?", "contributions?", "aid", "payroll", "subsid(?:y|ies)")
# Words that stand for a source named before in the paragraph ("the ministry", "the group", "its duty officer").
ANAPHORS = frozenset({*COMPANY_WORDS, "ministry", "group", "agency", "charity", "mission", "centre", "center",
                       "organisation", "body", "federation", "association", "court", "organization", "alliance",
                       "study", "report", "bank", "regulator", "office", "service",
                       "committee", "observatory", "network", "institute", "army", "military", "authority", "council",
                       "watchdog", "commission", "department", "bureau", "coalition", "survey", "analysis", "outlet",
                       "monitor", "minister", "board", "headquarters", "directorate", "junta", "operator", "governor",
                       "mayor", "prosecutor", "commissioner", "officials", "union", "school", "force",
                       "newspaper", "paper", "broadcaster", "website", "statement", "fund", "release", "society",
                       "source", "hospital"})
# The words of a name an anaphor may stand for besides its own: "the army" for the "Israel Defense Forces".
# (A word of the name may hold the kind's word at its end: "the bank" for "Sweden's Riksbank".)
# (A central bank is the regulator of Russian wire copy: "The Bank of Russia kept its key rate … The regulator said …")
_REGULATOR_NAME_WORDS = ("regulator", "commission", "authority", "board", "office", "agency", "watchdog", "bureau",
                         "inspectorate", "bank")
_FEDERATION_NAME_WORDS = ("federation", "association", "union", "confederation", "league")
ANAPHOR_NAME_WORDS = {"army": ("army", "forces", "military"), "military": ("military", "forces", "army"),
                      "junta": ("junta", "military", "army"), "officials": ("officials", "authorities"),
                      "regulator": _REGULATOR_NAME_WORDS, "federation": _FEDERATION_NAME_WORDS,
                      "association": _FEDERATION_NAME_WORDS, "bank": ("bank", "reserve"), "court": ("court", "tribunal"),
                      # a national Red Cross or Red Crescent is a society ("the Kenya Red Cross said … The society said")
                      "society": ("society", "cross", "crescent")}
# Verbs of a measurement where it was made ("Ahmedabad recorded a high of 41C", "Kyiv saw 300 mm of rain"): a place
# before them is where, not who gives the figure.
MEASUREMENT_VERBS = ("recorded", "registered", "saw", "sees")
# Verbs of an attack with the weapons counted after them ("Russia launched 80 drones"): the attacker is no source of the count.
ATTACK_VERBS = ("launched", "launches")
# What an army has and its soldiers are in when harmed ("an Indian army truck skidded off a road, killing nine
# soldiers", "militants stormed a Nigerian military base"): the soldiers killed there are that army's (rule
# soldiers_of_the_army_hit).
ARMY_ASSET_NOUNS = ("trucks?", "convoys?", "bases?", "posts?", "outposts?", "patrols?", "helicopters?", "planes?",
                    "aircraft", "vehicles?", "checkpoints?", "barracks", "camps?", "positions?", "units?")
# The verbs whose object is the place an attack hit ("Russian drones struck Kherson, killing two residents"): a side
# named right after them is the one harmed, not the doer (with the prepositions of ``_TARGET_BEFORE_RE``).
TARGET_VERBS = ("struck", "hit", "pounded", "shelled", "bombed", "targeted", "attacked", "raided", "stormed")
# Of the attribution verbs, those of what a body grants or means to do rather than says ("The government plans to spend
# £22 billion", "The cabinet approved …"): like a decision, the sentence's source carries on only onto what it committed.
COMMITMENT_VERBS = frozenset({"approved", "allocated", "earmarked", "endorsed", "adopted", "pledged", "promised", "proposed",
                              "plans", "intends", "aims", "wants", "seeks", "sought", "appealing"})
# Verbs of what a body does with the figure, not of what it says of it: "Europe has allocated EUR 132 billion …, the
# Kiel Institute said" is the institute's figure (an attribution through these gives way to one that speaks).
ACTION_VERBS = ("allocated", "approved", "earmarked", "pledged", "promised", "spent", "provided", "committed")
# Adverbs between a speaker and its verb: "the ministry previously said", "The central bank unexpectedly kept its rate at".
SPEAKER_ADVERBS = ("previously", "recently", "earlier", "now", "later", "again", "further", "separately", "unexpectedly",
                   "reportedly", "officially", "formally", "publicly", "initially", "originally", "unanimously", "jointly",
                   "narrowly", "quietly", "also")
# Verbs of a body that decides the figure it names: "a Paris court ordered the carmaker to pay EUR 3.2 million", "the
# Commission imposed a fine of", "the Low Pay Commission recommended raising the wage to", "the regulator is suing the
# fund for A$120 million". The decider is the figure's
# source as a doer is (``DOER_VERBS``): where no one else in the sentence speaks.
DECIDER_VERBS = ("fined", "ordered", "imposed", "recommended", "recommends", "awarded", "levied", "granted",
                 "declared", "demanded", "demands", "appropriated", "suing", "sued", "sues", "rated")
# Verbs of a body doing the work it counts: "Civil defence crews recovered 23 bodies", "UNRWA distributed flour to
# 560,000 people", "Lufthansa carried 131 million passengers". The doer is the figure's source when no one else in the
# sentence speaks (an attribution through these gives way to one that speaks, as through ``ACTION_VERBS``).
DOER_VERBS = ("recovered", "retrieved", "pulled", "distributed", "delivered", "evacuated", "rescued", "vaccinated",
              "treated", "collected", "identified", "relocated", "shifted", "supplied", "airlifted", "dispatched",
              "posted", "asking", "asked", "appealed", "seeking", "carried", "flew", "sold", "shipped", "issued",
              # a body announcing what it will do with the figure: "The Treasury secretary unveiled a plan to cut",
              # "The agency has launched an appeal for $1.4 billion", "The state government will provide Rs 7,000"
              "unveiled", "unveils", "launched", "launches", "introduced", "outlined", "provides", "will provide",
              "will give", "gave", "will allocate", "will spend", "will invest", "set aside", "put aside", "will buy back", "bought back",
              "will present", "will unveil", "will table", "tabled",
              *DECIDER_VERBS)
# A doer's verb with a particle that makes it another verb: "Myanmar's military has carried out air strikes …, killing
# 18 people" carried nothing it counts.
NOT_A_DOER_PHRASES = ("carried out",)
# The participles of a result clause that raise an event's toll: "Rescue workers pulled more bodies from the rubble,
# raising the toll to 11" (with the harm participles of CATEGORY_VERBS: "…, killing 18 people").
TOLL_RAISING_VERBS = ("raising", "bringing", "pushing", "taking", "lifting")
# What a market does, which no source before states: "Its shares rose 9%", "Brent crude traded at $61", "The Sensex
# closed at 84,058", "The yen averaged 152 to the dollar". A sentence on these states a fact of its own: the source of
# the sentence before does not carry onto it (``semantics._states_its_own_fact``).
MARKET_NOUNS = ("shares", "stock", "stocks", "yen", "dollar", "euro", "rupee", "ruble", "rouble", "yuan", "peso", "lira",
                "pound", "crude", "oil", "gold", "index", "Sensex", "Nifty", "yields?", "bonds?", "futures", "prices")
# Verbs of a standing fact in the present ("Unemployment stands at 4.3%", "The town lies 30 km from the border"):
# a sentence that opens on a noun rather than on its figure and states one is no breakdown of the figures before.
STANDING_VERBS = ("is", "are", "stands at", "stand at", "remains at", "remain at", "sits at", "hovers at", "hovers around",
                  "has a population of", "lies", "is home to", "covers", "stretches")
# Verbs of what a thing holds, houses or pays as it stands, right before its figure ("The building had 12 floors", "The
# camp housed about 500,000 people", "Gangs control about 90% of the capital", "The region pays 3 million rubles"): a
# sentence that opens on a noun and says one states a fact of its own, which the source before does not carry onto.
HOLDING_VERBS = ("has", "have", "had", "houses", "housed", "hosts", "hosted", "holds", "control", "controls", "controlled",
                 "contains", "contained", "numbers", "pays", "costs", "employs", "receives", "attracts")
# Capitalized words an anaphor may carry and still stand for a body named before: "the UN office", "the U.N. agency".
ANAPHOR_QUALIFIERS = frozenset({"UN", "U.N.", "UN's", "U.N.'s", "EU", "EU's"})
# Of the anaphors, the ones any named source may stand for (a "group" need not say "group" in its name).
GENERIC_ANAPHORS = frozenset({*COMPANY_WORDS, "group", "organisation", "organization", "charity", "study", "report",
                               "survey", "body", "analysis", "watchdog", "alliance", "coalition", "observatory", "network",
                               "agency", "service", "outlet", "monitor", "operator", "newspaper", "paper", "broadcaster",
                               "website", "statement", "release"})
# Of the anaphors, the words of an outlet or a monitor: one may stand for a bare name an earlier sentence of the paragraph
# opens with, whatever it did there ("The Observer obtained records … The newspaper reported …", "Mediazona has
# identified … The outlet said …"), as a company's word does for a company (``BARE_NAME_ANAPHORS``).
MEDIA_ANAPHORS = frozenset({"outlet", "newspaper", "paper", "broadcaster", "website", "monitor"})
# Of the anaphors, a body's written word, which stands for the body that issued it whatever its article: "A statement said
# …" after "the UN human rights office said", "The X issued a statement putting the toll at …".
ISSUED_WORDS = frozenset({"statement"})
# What a passive's subject was found to be, between its verb and "by": "two reservists were confirmed dead by the IDF".
PASSIVE_STATES = ("dead", "killed", "missing", "wounded", "injured", "alive")



# ------------------------------------------------------------------------------- units and periods
# (pint name, written forms). Symbols are matched case-sensitively, words case-insensitively.
UNIT_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # name, words, symbols
    ("kilometer", ("kilometre", "kilometer"), ("km",)),
    ("meter", ("metre", "meter"), ("m",)),
    ("centimeter", ("centimetre", "centimeter"), ("cm",)),
    ("millimeter", ("millimetre", "millimeter"), ("mm",)),
    ("mile", ("mile",), ("mi",)),
    ("nautical_mile", ("nautical mile",), ("nmi",)),
    ("yard", ("yard",), ("yd",)),
    ("foot", ("foot", "feet"), ("ft",)),
    ("inch", ("inch", "inches"), ()),
    ("kilometer ** 2", ("square kilometre", "square kilometer", "sq km", "sq. km"), ("km2", "km²")),
    ("mile ** 2", ("square mile", "sq mile"), ("sq mi",)),
    ("meter ** 2", ("square metre", "square meter"), ("m2", "m²")),
    # gas is counted in billion cubic metres ("bcm"), one cubic kilometre each
    ("kilometer ** 3", ("cubic kilometre", "cubic kilometer"), ("km3", "km³", "bcm")),
    ("meter ** 3", ("cubic metre", "cubic meter"), ("m3", "m³")),
    ("hectare", ("hectare",), ("ha",)),
    ("acre", ("acre",), ()),
    ("metric_ton", ("tonne", "metric ton"), ("t",)),
    ("short_ton", ("ton",), ("tpd",)),  # "tons per day" (see RATE_SYMBOLS)
    ("kilogram", ("kilogram", "kilogramme", "kilo"), ("kg",)),
    ("gram", ("gram", "gramme"), ("g",)),
    ("pound", ("pound", "lb"), ("lbs",)),
    ("liter", ("litre", "liter"), ("l", "L")),
    ("gallon", ("gallon",), ()),
    ("oil_barrel", ("barrel",), ("bbl", "bpd", "b/d", "bbl/d")),
    # oil markets' millions of barrels a day ("1.2 mb/d" in IEA and OPEC reports; never pint's millibarn)
    ("megaoil_barrel", (), ("mb/d", "mbpd", "mmbpd", "mmb/d", "mmbbl/d")),
    # a storm's pressure in millibars ("940 mb", weather services' spelling; never pint's millibarn)
    ("millibar", ("millibar",), ("mb", "mbar")),
    # gas in millions of cubic metres ("40 mcm/d"), LNG in millions of tonnes a year ("5.2 mtpa")
    ("hectometer ** 3", (), ("mcm", "mcm/d")),
    ("megametric_ton", (), ("mtpa",)),
    ("kilometer_per_hour", ("kilometre per hour", "kilometer per hour"), ("km/h", "kph", "kmph", "kmh")),
    ("mile_per_hour", ("mile per hour",), ("mph",)),
    ("megawatt", ("megawatt",), ("MW",)),
    ("gigawatt", ("gigawatt",), ("GW",)),
    ("kilowatt", ("kilowatt",), ("kW",)),
    ("kilowatt_hour", ("kilowatt-hour", "kilowatt hour"), ("kWh",)),
    ("megawatt_hour", ("megawatt-hour", "megawatt hour"), ("MWh",)),
    ("terawatt_hour", ("terawatt-hour", "terawatt hour"), ("TWh",)),
    ("kiloton_TNT", ("kiloton", "kilotonne"), ("kt",)),
    ("ampere", ("amp",), ()),  # "32 amps": pint's three-letter alias, which would read as atto- "m/ps"
    # temperatures stay in the unit they were written in: an offset scale has no conversion factor
    ("degree_Celsius", ("degrees celsius", "degree celsius", "degrees centigrade", "degree centigrade"), ("°C", "ºC", "C")),
    ("degree_Fahrenheit", ("degrees fahrenheit", "degree fahrenheit"), ("°F", "ºF", "F")),
    ("hour", ("hour",), ("hrs",)),
    ("minute", ("minute",), ()),
    ("day", ("day",), ()),
    ("week", ("week",), ()),
    ("month", ("month",), ()),
    ("year", ("year",), ()),
    ("decade", ("decade",), ()),
    ("century", ("century", "centuries"), ()),
    # geology counts ages in mega- and giga-annums ("66 Ma ago", "4.4 Ga")
    ("megayear", ("megayear",), ("Ma", "Myr")),
    ("gigayear", ("gigayear",), ("Ga", "Gyr")),
    ("light_year", ("light-year", "light year"), ()),
    # a spaced capital K is kelvin ("cooled to 4.2 K"); fused, it is thousands ("50K")
    ("kelvin", ("kelvin",), ("K",)),
    ("milliliter", ("millilitre", "milliliter"), ("ml", "mL")),
    ("tablespoon", ("tablespoon",), ("tbsp", "Tbsp", "tbs")),
    ("teaspoon", ("teaspoon",), ("tsp",)),
    ("horsepower", ("horsepower",), ("hp", "bhp")),
    ("newton * meter", ("newton metre", "newton meter"), ("Nm", "N·m")),
    # data: a small "b" is a bit, a capital "B" a byte; the rates as the trade writes them
    ("kilobit", ("kilobit",), ("kb", "Kb", "kbit")),
    ("megabit", ("megabit",), ("Mb", "Mbit")),
    ("gigabit", ("gigabit",), ("Gb", "Gbit")),
    ("kilobit / second", ("kilobit per second",), ("kbps", "Kbps", "kb/s", "kbit/s")),
    ("megabit / second", ("megabit per second",), ("Mbps", "Mb/s", "Mbit/s")),
    ("gigabit / second", ("gigabit per second",), ("Gbps", "Gb/s", "Gbit/s")),
)
# Symbols that carry what the figure is per ("650,000 bpd": barrels, per day).
RATE_SYMBOLS: dict[str, str] = {"bpd": "day", "b/d": "day", "bbl/d": "day", "tpd": "day", "mb/d": "day", "mbpd": "day",
                                "mmbpd": "day", "mmb/d": "day", "mmbbl/d": "day", "mcm/d": "day", "mtpa": "year"}
# Symbols that are clock times after whole hours or minutes ("5 pm", "2.30 pm"), lengths after any other
# decimals ("2.1 pm", "2.123 am"): a picometre, an attometre.
CLOCK_LIKE_SYMBOLS: dict[str, str] = {"pm": "picometer", "am": "attometer"}
# "cup" is a trophy as often as a measure: a unit only before "of" ("1½ cups of flour").
UNITS_BEFORE_OF: dict[str, str] = {"cup": "cup", "cups": "cup"}
# Nouns of things weighed: a "pound" right before one is a weight, not sterling ("a 50 pound bag of rice").
WEIGHED_NOUNS = frozenset({
    "bag", "sack", "box", "bomb", "bombs", "fish", "turkey", "salmon", "bass", "catfish", "pumpkin", "baby",
    "weight", "weights", "dumbbell", "block", "bale", "drum", "keg", "bucket", "tub", "wheel", "ham", "load",
    "package", "parcel", "crate", "bundle", "brick", "bar", "bars", "cheese", "tuna", "marlin", "lobster",
})
# Words that say a sentence weighs something: its "pounds" are a weight, not sterling ("the baby is over
# two pounds heavier", "a metric ton is 2,204.62 pounds"): weighing words and the other units of mass.
WEIGHT_WORDS = frozenset({
    "weigh", "weighs", "weighed", "weighing", "weight", "weights", "weigh-in", "heavier", "lighter", "heaviest",
    "overweight", "underweight", "ounce", "ounces", "oz", "kg", "kilo", "kilos", "kilogram", "kilograms",
    "kilogramme", "kilogrammes", "gram", "grams", "gramme", "grammes", "ton", "tons", "tonne", "tonnes", "lb", "lbs",
})
# Words that say a clause measures a length: a lone "m" after a number there, before "is" or "equals", is
# metres, not millions ("1m is equal to 10 dm"; "2m people" stays two million).
LENGTH_WORDS = frozenset({
    "km", "cm", "mm", "dm", "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers",
    "centimetre", "centimetres", "centimeter", "centimeters", "feet", "foot", "ft", "inch", "inches", "mile", "miles",
    "yard", "yards", "height", "length", "width", "depth", "tall", "wide", "deep", "high", "long",
})
# What rises and falls in metres ("Sea levels rose 0.3m", "Flood water rose 1.5m overnight"): with the length
# words, the clause's words that keep a lone "m" after a change verb metres (scale_letter_after_a_change).
LEVEL_WORDS = frozenset({"level", "levels", "water", "waters", "floodwater", "floodwaters", "tide", "tides", "river",
                         "rivers", "sea", "seas", "lake", "snow", "snowpack", "swell", "waves"})
# Verbs of a body's weight right before a count of pounds ("lost 25 pounds", "gained 15 pounds"): a weight,
# where no scale word makes the figure a sum ("lost 25 million pounds" is money) and the count is less than
# a body weighs (BODY_WEIGHT_LIMIT: "lost 2,000 pounds to a scam" is money).
BODY_WEIGHT_VERBS = ("lost", "lose", "loses", "losing", "gained", "gain", "gains", "gaining", "shed", "sheds",
                     "shedding", "drop", "drops", "dropped", "dropping", "put on", "puts on", "putting on")
# Adjectives of size after a length ("15 metres wide", "2 in thick"): they tell a unit from a word.
DIMENSION_ADJECTIVES = frozenset({"high", "long", "wide", "deep", "tall", "thick", "across"})
# Words of when after a lone "m" in a clause of a length or a level (LEVEL_WORDS): metres, not millions ("the river
# peaked at 14.4m overnight", "the swell reached 6m yesterday"); where the clause names none, "2m overnight" stays a count.
WHEN_AFTER_A_LEVEL = frozenset({"overnight", "yesterday", "today", "tonight", "since", "by", "within", "during",
                                "earlier", "later", "late", "early", "this", "last", "after", "before"})
# Words that follow "per"/"a"/"each" to say what a figure is per.
# The words that pair a bare amount with the sum of money before it, whose currency it then shares ("rose from
# $1.10 to 1.40", "weakened to Ksh 129.5 against the dollar from 128.9", "N7,000, against 5,500"), and the words
# that may follow the bare amount (a time, a place, the clause's end): "to 20 workers" counts workers.
PAIRING_WORDS = ("from", "to", "against", "versus", "vs", "compared with", "compared to")
AFTER_A_PAIRED_AMOUNT = ("in", "on", "at", "this", "last", "a", "an", "the", "before", "after", "earlier", "ago", "since",
                         "during", "from", "to", "against", "previously", "now", "per", "each", "and", "or", "but")
# The periods a figure may be at after "a", "per", "each", "every" ("1,000 soldiers a day", "$2 million every quarter").
RATE_PERIODS = ("minute", "hour", "day", "week", "month", "quarter", "year")
# The words after "a day", "a minute", "a quarter" that make it a time or a share, not a rate ("a year earlier", "a
# minute into the match", "a quarter of them")
TIME_AFTER_A_PERIOD = ("earlier", "ago", "later", "before", "after", "of", "into")
PER_WORDS: dict[str, str] = {
    **{period: period for period in RATE_PERIODS}, "annum": "year",
    "litre": "litre", "liter": "litre", "gallon": "gallon", "barrel": "barrel", "tonne": "tonne",
    "ton": "ton", "kilogram": "kilogram", "kilogramme": "kilogram", "kilo": "kilogram", "kg": "kilogram", "person": "person", "head": "person",
    "capita": "person", "soldier": "person", "recruit": "person", "man": "person", "second": "second",
    "millisecond": "millisecond",  # "50 metres per millisecond"
    "ounce": "ounce", "pound": "pound", "bushel": "bushel",
    # the abbreviations after a slash in prices and rates ("$3.45/gal", "$15/hr", "$1,900/oz")
    "gal": "gallon", "hr": "hour", "yr": "year", "oz": "ounce", "lb": "pound",
    # what a price or a payment is per in economy copy: a dividend per share, a tariff per kilowatt-hour, a
    # wholesale price per megawatt hour, a payment per season (energy units by pint's names)
    "share": "share", "season": "season", "kwh": "kilowatt_hour", "mwh": "megawatt_hour",
    "kilowatt hour": "kilowatt_hour", "kilowatt-hour": "kilowatt_hour", "megawatt hour": "megawatt_hour",
    "megawatt-hour": "megawatt_hour",
}
# The nouns of a count that a period's adjective before them makes a rate: "the monthly death toll reached 1,000",
# "the annual number of killings … reached 181".
PERIOD_COUNT_NOUNS = ("toll", "count", "number", "total", "tally", "average", "figure", "deaths", "casualties", "losses",
                      "arrivals", "cases", "infections", "killings", "homicides", "murders", "crossings")
# Adjectives of a period before a noun ("a monthly payment of", "the annual budget"), and with the adverbs
# after a figure ("paid 200,000 rubles monthly", "1,000 soldiers daily"): the period each says ("annual" is only an
# adjective, "annually" only an adverb).
_PERIOD_ADJECTIVES_AND_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "hourly": "hour"}
PERIOD_ADJECTIVES: dict[str, str] = {**_PERIOD_ADJECTIVES_AND_ADVERBS, "annual": "year"}
PER_ADVERBS: dict[str, str] = {**_PERIOD_ADJECTIVES_AND_ADVERBS, "annually": "year"}
# Words before a noun that make the figure it is the value of a rate per person: "per capita income rose to $2,500",
# "the per-head grant of £460" (read with the period adjectives, PER_BEFORE_RE).
PER_PERSON_MODIFIERS: dict[str, str] = {"per capita": "person", "per-capita": "person", "per head": "person",
                                        "per-head": "person", "per person": "person", "per-person": "person"}
# The words between two sums that compare the second with the first ("£3,260 per head, compared with £3,010 in
# England", "rose to €1,300 a month from €1,200"): the second, of the same unit and with no rate of its own, is at
# the first's rate (rule rate_of_the_compared).
COMPARED_SUM_WORDS = ("compared with", "compared to", "against", "versus", "vs", "vs.", "from", "up from", "down from",
                      "to", "than")
BODY_WEIGHT_LIMIT = 1000.0
# A foot after "one" and before these is a body's, not a length ("one foot in the grave", "one foot on the
# brake"); "rise by one foot" is a length.
FOOT_IDIOM_WORDS = ("in", "on", "out", "off", "over", "forward", "back")
# A bare "degrees" (NOT_UNIT_WORDS: "two degrees from Oxford") is an angle in a clause that turns or slopes
# ("turned the truck 90 degrees", "an angle of 12 degrees") and a temperature in a sentence about the
# weather ("highs of 38 degrees"), on the scale of the country the sentence is about (FAHRENHEIT_COUNTRIES,
# else Celsius); with no country named the scale is left unstated, never guessed.
ANGLE_WORDS = frozenset({
    "angle", "angles", "angled", "turn", "turns", "turned", "turning", "rotate", "rotates", "rotated", "rotating",
    "rotation", "slope", "slopes", "sloping", "tilt", "tilts", "tilted", "tilting", "incline", "inclined", "bearing",
    "heading", "oriented", "orientation", "pitch", "pitched", "banked", "banking", "swung", "spun", "pivoted", "arc",
    "latitude", "longitude", "compass", "clockwise", "anticlockwise", "counterclockwise", "u-turn", "gradient",
})
WEATHER_WORDS = frozenset({
    "temperature", "temperatures", "mercury", "forecast", "forecasts", "forecaster", "forecasters", "weather",
    "heatwave", "heatwaves", "heat", "hot", "hotter", "hottest", "warm", "warmer", "warmest", "cold", "colder",
    "coldest", "cool", "cooler", "coolest", "chill", "chilly", "freezing", "frost", "frosty", "sweltered",
    "swelter", "sweltering", "scorching", "sizzled", "sizzling", "baked", "balmy", "highs", "lows", "overnight",
    "maximum", "minimum", "meteorology", "meteorological", "meteorologist", "thermometer", "humidity", "humid",
})
# Weather services that name the country whose scale their "degrees" are on.
WEATHER_SERVICES: dict[str, str] = {
    "Bureau of Meteorology": "Australia", "National Weather Service": "United States", "Met Office": "United Kingdom",
    "India Meteorological Department": "India", "PAGASA": "Philippines", "Environment Canada": "Canada",
    "MetService": "New Zealand", "South African Weather Service": "South Africa", "Kenya Meteorological Department": "Kenya",
    "Nigerian Meteorological Agency": "Nigeria", "Hong Kong Observatory": "Hong Kong",
}
FAHRENHEIT_COUNTRIES = frozenset({"United States", "Liberia", "Bahamas", "Belize", "Cayman Islands", "Palau"})
# Words of NOT_UNIT_WORDS that are units in a clause that weighs (WEIGHT_WORDS): "weighed about 70 stone"
# (a British body weight), where "threw 5 stones" is a count.
WEIGHED_UNITS: dict[str, str] = {"stone": "stone"}
# Words of NOT_UNIT_WORDS that are units where a hyphen fuses them to the number ("a 16-bit chip", "a
# 64-bit processor"), as "a bit" never is.
HYPHENATED_UNITS: dict[str, str] = {"bit": "bit"}
# Names pint gives units that are ordinary words after a number in news text ("a 10-point plan", "two
# lines", "three quarters", "20 turns"): never read as units.
NOT_UNIT_WORDS = frozenset({
    "point", "points", "line", "lines", "hand", "hands", "link", "links", "chain", "chains", "rod", "rods",
    "pole", "poles", "perch", "cable", "cables", "section", "sections", "quarter", "quarters", "shot", "shots",
    "drop", "drops", "square", "force", "turn", "turns", "cycle", "cycles", "count", "counts", "bag", "bags",
    "gross", "standard", "sheet", "sheets", "ream", "mark", "unit", "units", "dot", "dots", "thou", "mil",
    "percent", "degree", "degrees", "stone", "league", "leagues", "grain", "grains", "cord", "slug", "blob",
    "pound", "pounds", "bit", "bits", "nit", "quad", "toe", "den", "rem", "ton", "tons", "cup", "cups", "shake",
    "pi", "gauge", "number", "year", "years", "month", "months", "minute", "minutes", "second", "seconds",
    # and names that are people, places, animals or things counted in news ("5 Henry", "two revolutions")
    "aberdeen", "circle", "grade", "gravity", "gamma", "lambda", "sigma", "particle", "molecule", "fifth",
    "pond", "jute", "candle", "revolution", "rad", "molar", "octet", "gill", "henry",
    "gilbert", "franklin", "maxwell", "lambert", "kayser", "buckingham", "mole", "gray", "galileo", "enzymeunit",
    "svedberg", "sverdrup", "townsend", "rutherford", "langley", "debye", "darcy", "biot", "stere", "didot",
    "cicero", "reyn", "stilb", "pennyweight", "scruple", "minim", "hbar", "molec",
})
