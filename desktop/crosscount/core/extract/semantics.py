"""What a figure counts, about whom, and on whose word: ``category``, ``subject`` and ``source``.

All three are read from the words around the figure in its sentence, with compiled patterns only:
- category: the nearest casualty word after the figure and before the next figure ("1,200 dead and
  3,400 wounded" gives each its own), else just before it ("the death toll rose to 1,200");
- subject: a side (from resources/data/sides.json: countries, demonyms, capitals, "Kremlin") and a role
  (military, civilians, unspecified) from the counted noun phrase, or from the side that "lost" them;
- source: the attribution nearest the figure ("according to X", "X said", "an analysis from X").
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any, Final

from .lexicon.en import (
    ACCORDING_TO_HEADS,
    ACTION_VERBS,
    ACTIVE_HARM_WORDS,
    AFFILIATION_SUFFIXES,
    ANAPHOR_NAME_WORDS,
    ANAPHOR_QUALIFIERS,
    ANAPHORS,
    AND_SPEECH_VERBS,
    ANONYMOUS_KNOWLEDGE,
    ANONYMOUS_SPEAKERS,
    ARMY_ASSET_NOUNS,
    ATTACK_VERBS,
    ATTRIBUTION_VERBS,
    AUXILIARIES,
    BARE_NAME_ANAPHORS,
    BODY_DESCRIPTORS,
    BODY_FIELDS,
    BODY_PARTS,
    BORDER_NOUNS,
    CAPTIVE_NOUNS,
    CAPTIVE_ORIGIN_WORDS,
    CAPTOR_VERBS,
    CARE_WORDS,
    CATEGORY_VERBS,
    CATEGORY_WORDS,
    CHANGE_HEDGES,
    CIVIL_BODY_WORDS,
    CIVILIAN_WORDS,
    COMMITMENT_VERBS,
    COMPANY_VERBS,
    COMPILER_SUFFIXES,
    DECIDER_VERBS,
    DECISION_AUXILIARIES,
    DECISION_LEADS,
    DECISION_OBJECTS,
    DECISION_VERBS,
    DISASTER_NOUNS,
    DISEASE_WORDS,
    DOCUMENT_NOUNS,
    DOER_VERBS,
    ESTIMATE_NOUNS,
    FIGHTER_WORDS,
    FLIGHT_CAUSES,
    FOREIGNER_WORDS,
    FRESH_WORDS,
    GENERIC_ANAPHORS,
    HARM_DOER_NOUNS,
    HARM_WEAPON_NOUNS,
    HOLDING_VERBS,
    HOME_FORCE_WORDS,
    HOST_VERBS,
    IDENTITY_WORDS,
    INDEX_NOUNS,
    ISSUED_WORDS,
    LIFE_TAKING_VERBS,
    LOSS_VERBS,
    MARKET_NOUNS,
    MASTHEAD_WORDS,
    MEASURE_WORDS,
    MEASUREMENT_VERBS,
    MEDIA_ANAPHORS,
    MILITARY_WORDS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NAME_DESCRIPTORS,
    NAME_HEADS,
    NAME_PARTICLES,
    NAMES_WITH_S,
    NEGATING_WORDS,
    NOT_A_CASUALTY,
    NOT_A_DOER_PHRASES,
    NOT_A_MODIFIER,
    OPPOSING_FORCE_WORDS,
    ORIGIN_WORDS,
    OTHER_ABBREVIATIONS,
    PASSIVE_STATES,
    PASSIVE_VERBS,
    PAY_NOUNS,
    PEOPLE,
    PEOPLE_COUNT_MODIFIERS,
    PEOPLE_NOUNS,
    PEOPLE_OF_A_BODY,
    PER_ADVERBS,
    PERIOD_ADJECTIVES,
    PERIOD_COUNT_NOUNS,
    PLACE_ADJECTIVES,
    PLACE_NOUNS,
    POLICE_WORDS,
    POLL_NOUNS,
    PORTFOLIO_WORDS,
    PRONOUN_SPEECH_VERBS,
    PUBLISHED_FIGURE_ADJECTIVES,
    PUBLISHED_FIGURE_NOUNS,
    RATE_PERIODS,
    REFUGEE_PLACE_NOUNS,
    REPORT_NOUNS,
    SPEAKER_ADVERBS,
    SPEAKER_COUNTS,
    SPEAKER_MODIFIERS,
    SPEAKERS,
    SPEAKING_PRONOUNS,
    SPEECH_WORDS,
    STANDING_VERBS,
    STATE_TITLE_WORDS,
    TAKEN_UP_NOUNS,
    TAKING_UP_VERBS,
    TARGET_VERBS,
    THING_NOUNS,
    TIME_AFTER_A_PERIOD,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    TOLL_RAISING_VERBS,
    UNCATEGORISED_PEOPLE_NOUNS,
    WEEKDAY_NAMES,
)
from .patterns import NOT_ASCII_WORD, fold, gate, names_trie, opening_class, phrases, words
from .places import COMPASS, Dateline, article_variants, dateline, place_mentions, places
from .sentences import same_paragraph

CATEGORY_LABELS = {"killed": "Killed", "wounded": "Wounded", "casualties": "Casualties", "missing": "Missing",
                   "captured": "Captured", "displaced": "Displaced"}

_CATEGORY_RE = re.compile(
    r"(?i)\b" + gate([w for ws in CATEGORY_WORDS.values() for w in ws])
    + "(?:" + "|".join(f"(?P<{category}>{'|'.join(ws)})" for category, ws in CATEGORY_WORDS.items()) + r")\b"
)
_CATEGORY_VERB_BEFORE_RE = re.compile(rf"(?i)\b{gate(CATEGORY_VERBS)}(?P<v>{'|'.join(CATEGORY_VERBS)})[\"”’']?\s+(?:(?!(?:and|or)\b)\S+\s+){{0,2}}$")
_ACTIVE_HARM_RE = re.compile(rf"(?i){words(ACTIVE_HARM_WORDS)}\b")
_CARE_RE = re.compile(rf"(?i:{'|'.join(CARE_WORDS)})")
_DISEASE_RE = re.compile(rf"(?i){words(DISEASE_WORDS)}\b")
_MILITARY_RE = re.compile(rf"(?i){words(MILITARY_WORDS)}\b")
_FIGHTER_RE = re.compile(rf"(?i){words(FIGHTER_WORDS)}\b")
_POLICE_RE = re.compile(rf"(?i){words(POLICE_WORDS)}\b")
_CIVIL_BODY_RE = re.compile(rf"(?i){words(CIVIL_BODY_WORDS)}\b")
_CIVILIAN_RE = re.compile(rf"(?i){words(CIVILIAN_WORDS)}\b")
_LOSS_VERB_RE = re.compile(
    rf"(?i)\b{gate([*AUXILIARIES, *LOSS_VERBS])}(?:(?:{'|'.join(AUXILIARIES)})\s+)?(?:{'|'.join(LOSS_VERBS)})\b"
    r"(?:\s+\w+){0,3}\s*$"
)
# A name: its capitalized words, joined by a few small words ("Ministry of Defence"), taken whole
# (an atomic group): what may follow a name (a lowercase word, "'s", a comma) never follows a shorter
# run of its words, so giving words back could only fail again, word by word, at every capital of the
# sentence (it took a third of the time spent finding sources).
_CALENDAR_WORDS = "|".join(sorted([*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES], key=len, reverse=True))
# A name's words after its first open with a capital, Latin-1's too ("French Finance Minister Éric Lombard"; the first
# is an ASCII capital, as the search's opening class is: a wider one cost a quarter of the time of extraction); its place
# noun is a whole word ("the Kursk region", not the "region" of "The regional police chief").
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_PARTICLES = rf"(?:(?:{'|'.join(NAME_PARTICLES)})(?:\s+|-(?=[A-Z])))"  # "Ursula von der Leyen", "Ahmed al-Mandhari"
# A name's acronym in brackets after it, of a word or two: "the World Health Organization (WHO)", "the Africa Centres for
# Disease Control and Prevention (Africa CDC)"
_BRACKETED_ACRONYM = r"\([A-Z][A-Za-z]{1,7}(?:\s[A-Z][A-Za-z]{1,7})?\)"  # (no bare space: the sources pattern is VERBOSE)
# (A comma inside a name joins a list of its words that ends with "and": "the Ministry of Housing, Communities and Local
# Government", "the Department for Environment, Food and Rural Affairs".)
_NAME = (rf"(?>[A-Z][\w.&/'’-]*\+?(?:(?:\s+(?:(?:of|for|and|&|to|the)\s+(?:the\s+)?|{_PARTICLES}+|(?:in|on)\s+(?:the\s+)?"
         rf"(?!(?:{_CALENDAR_WORDS})\b))?|,\s+(?=(?:[A-Z][\w'’-]*\s+){{1,3}}and\s+[A-Z]))[{_CAPITAL}][\w.&/'’-]*)*"
         rf"(?:\s+{_BRACKETED_ACRONYM})?(?:\s+(?:{'|'.join(PLACE_NOUNS)})\b)?)"
         r"(?:(?:\s+(?!(?:said|says|told|added|reported)\b)[a-z'’]+){0,2}\s+"
         rf"{gate(NAME_HEADS, ignore_case=False)}(?:{'|'.join(NAME_HEADS)})\b"
         rf"(?:\s+[{_CAPITAL}][\w.'’-]*(?:\s+{_PARTICLES}*[{_CAPITAL}][\w.'’-]*)*)?)?")
# ", a Dutch open-source intelligence group," or ", speaking on condition of anonymity,": between a speaker and the verb
# (Not a part of a list: "eight people in Kyiv, including a boy, said X": the list's part is no appositive of "Kyiv".)
# (Up to 100 characters: "Andriy Lysenko, the spokesman for the information centre of the National Security and Defence
# Council, told a briefing".)
# (A figure's own separators are no ends of it: "The chipmaker, which employs about 12,000 people, said".)
# (A title's abbreviation is no end of it either: "Ukraine's top military commander, Gen. Oleksandr Syrskyi, said".)
_TITLE_POINT = "|".join(rf"(?<=\b{t})\." for t in (*TITLE_ABBREVIATIONS, *OTHER_ABBREVIATIONS) if t[:1].isupper())
# (Nor a result clause: "a guided bomb hit a block in Kharkiv, wounding nine people, said …" is no appositive of "Kharkiv".)
_RESULT_PARTICIPLES = "|".join([*TOLL_RAISING_VERBS, *(v for v in CATEGORY_VERBS if v.endswith("ing"))])
_APPOSITIVE = rf",\s+(?!(?:including|among|mostly|most|many|half|some|{_RESULT_PARTICIPLES})\b)(?:[^,.;\"“”]|(?<=\d)[,.](?=\d)|{_TITLE_POINT}){{3,100}},"
# (The speaker's modifiers are not in the gate: a speaker found at its head word takes them in afterwards,
# ``_SPEAKER_LEFT_RE``, which costs a search per speaker found rather than a try at every such word.)
_SOURCE_GATE = gate(["according", "as", "quoted", "an?", "the", "new", "latest", "recent", "was", "were", "been", "being", *REPORT_NOUNS, *BODY_FIELDS, *SPEAKERS,
                     *PASSIVE_VERBS.split("|")])
# Every source but one starts a word: with a capital or one of a few words.
_ADVERBS = (rf"(?:(?:has|have|had|is|are|{'|'.join(SPEAKER_ADVERBS)}|"
            r"yesterday|today|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)*")
# A speaker's whole noun phrase: its names and modifiers, its head word, and an "in X"/"of X"/"from X"
# complement ("the health ministry in Hamas-run Gaza", "an official from the National Emergency Operations
# Centre", "Indonesia's health ministry", "the centre's duty officer").
# (Capitalized words before the head are taken in afterwards with the modifiers, ``_SPEAKER_LEFT_RE``: tried
# at every capital, a phrase that may open with five of them cost a tenth of a millisecond a sentence.)
# (Behind the class of the characters it can open with: tried at every capital of a sentence, its hundred
# modifiers and speakers were compared one by one; and read once for the three branches that go on from it
# (``_SOURCE_AT_WORD``), where a branch of its own each read it three times, a fifth of the pattern's time.)
# (A speaker's head word may open its sentence, with a capital, and take a complement after it: "Doctors at Nasser
# Hospital said", "Residents of Yelwata said".)
_OPENING_SPEAKERS = [s[0].upper() + s[1:] for s in SPEAKERS]
# A body's portfolio in lowercase words after its head word: "the ministry of health", "the department of social welfare"
_PORTFOLIO_WORDS = "|".join([*SPEAKER_MODIFIERS, *PORTFOLIO_WORDS])
_PORTFOLIO = rf"(?:of|for)\s+(?:{_PORTFOLIO_WORDS})(?:\s+(?:and\s+)?(?:{_PORTFOLIO_WORDS})){{0,2}}\b"
# The complement after a speaker's head word: "in Hamas-run Gaza", "of the Kursk region", "of health", "in eastern Libya"
_SPEAKER_COMPLEMENT = (rf"(?:\s+(?:in|of|for|from|at)\s+(?:the\s+)?(?:{COMPASS}\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*"
                       # (and a plural the complement names before its verb or an appositive: "the UN agency for Palestinian
                       # refugees said", "…, UNRWA, said")
                       rf"(?:\s+(?:{'|'.join(PLACE_NOUNS)})|\s+[a-z]+s(?=,|\s+{_ADVERBS}(?:{ATTRIBUTION_VERBS})\b))?|\s+{_PORTFOLIO}"
                       # (or a place in lowercase words, right before the verb: "Officials at the district hospital said",
                       # "Health officials in the province told reporters"; not after a statement's word, "a statement
                       # from the regional police said" being the police's)
                       rf"|(?<!statement)(?<!statements)\s+(?:at|in|from)\s+the\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*"
                       # (and the name it is of: "Authorities in the northern province of Balkh said")
                       rf"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?=\s+{_ADVERBS}(?:{ATTRIBUTION_VERBS})\b))")
# (after "according to", where "from", "of" and "by" name a report's owner: only where the speaker is, "according to
# the health ministry in Gaza")
_PLACE_COMPLEMENT = rf"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:{'|'.join(PLACE_NOUNS)})\b)?"
_SPEAKER_PHRASE = (opening_class(["[a-z]", *SPEAKER_MODIFIERS, *SPEAKERS, *_OPENING_SPEAKERS]) +
                   rf"(?:(?:[a-z]+s['’]|[a-z]+['’]s|(?:{'|'.join(SPEAKER_MODIFIERS)}))\s+){{0,5}}"
                   rf"(?:{'|'.join([*SPEAKERS, *_OPENING_SPEAKERS])})"
                   rf"{_SPEAKER_COMPLEMENT}?")
_WEEKDAY_OR_DAY = rf"(?:\s+(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today|last\s+\w+))?"
# "<body> figures showed", "ONS data released on Tuesday show": the body's figures, then a verb that presents them
_FIGURES_SHOWED = (rf"(?:(?:{'|'.join(PUBLISHED_FIGURE_ADJECTIVES)})\s+){{0,2}}(?:{'|'.join(PUBLISHED_FIGURE_NOUNS)})(?:\s+(?:released|published|issued)(?:\s+on)?\s+\w+)?"
                   rf"\s+(?:{ATTRIBUTION_VERBS}|shows?|showed|suggest(?:s|ed)?)\b")
_DOER = rf"(?!(?:{phrases(NOT_A_DOER_PHRASES)})\b)(?:{phrases(DOER_VERBS)})"  # (its phrases spaced however: "will provide")
# A body's decision on its own figure: "cut its key rate to", "set the minimum monthly wage at"
_DECISION = (rf"(?:(?:(?:{DECISION_LEADS}){_WEEKDAY_OR_DAY}\s+to|{DECISION_AUXILIARIES})\s+)?(?:{DECISION_VERBS})\s+(?:(?:its|the|their)\s+)?"
             rf"(?:[\w-]+\s+){{0,4}}(?:{DECISION_OBJECTS})\b")
# "according to new data released by the UNHCR": the figures' releaser, after their noun (and "as per data shared by
# the Provincial Disaster Management Authority", as the South Asian press writes it)
_RELEASED_BY = r"(?:released|published|compiled|issued|provided|shared)\s+by\b"
# "according to preliminary data from the Interior Ministry": the figures' owner after them (not "data from January")
_FIGURES_OWNER = rf"(?:from|by|of)\s+(?:the\s+|(?!(?:{_CALENDAR_WORDS})\b)[A-Z])"
# What a speaker does, not a doer nor a body that commits itself (``COMMITMENT_VERBS``, carried as decisions are)
_ATTRIBUTING_RE = re.compile(rf"{words([*SPEECH_WORDS, *(v for v in ATTRIBUTION_VERBS.split('|') if v not in COMMITMENT_VERBS)], ignore_case=False)}\b")
_COMMITS_RE = re.compile(rf"\b(?:{'|'.join(sorted(COMMITMENT_VERBS))})\b")
_DECIDES_RE = re.compile(_DECISION)  # (a decision's sentence goes on into the next: "… decided to lower the rates. The rate will be …")
# The opening of a sentence that names what a decision set, before any figure: "The deposit facility rate will be …"
_NAMES_THE_DECIDED_RE = re.compile(rf"[\"“]?(?:[A-Za-z'’-]+\s+){{0,6}}?(?:{DECISION_OBJECTS})\b")
# What "according to" names before its head word: "the latest figures", "preliminary results", "provisional results".
_ACCORDING_ADJECTIVE = r"(?:latest|new|independent|its|their|[a-z]+al|[a-z]+ed|[a-z]+ary)"
# The people of a body between a report's head word and the body: "an estimate by researchers at the London School of …"
_PEOPLE_AT = rf"(?:(?:{'|'.join(PEOPLE_OF_A_BODY)})\s+(?:at|from|of|with)\s+(?:the\s+)?)"
# The one of a body, then the person's name after a comma: "the head of the regional administration, Oleh Syniehubov" (the
# name taken, as ``_PERSON_OF_BEFORE_RE`` has it before the verb), after "said" or a passive's "by"
_PERSON_OF_A_BODY_NAMED = (rf"(?:an?\s+|the\s+)(?:[a-z]+\s+)?(?i:{'|'.join(PEOPLE_OF_A_BODY)}|head|chief|director)"
                           r"\s+(?:for|of|at|from)\s+[^,.;]{3,80},\s+")
# An attribution verb's word right before an auxiliary is a plural noun, the head of the subject: "Floods in Mexico's
# Veracruz and Puebla states have killed 64 people", "its reports were" (no one "states" there)
_NOUN_NOT_VERB = r"(?!\s+(?:have|has|had|are|were|is|was)\b)"
_SOURCE_AT_WORD = rf"""
    (?:(?=[A-Z])|{_SOURCE_GATE})(?:
    (?:(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+(?:the\s+)?(?:(?P<m>[a-z]+(?:al|ary)\s+(?:figures|data|estimates|statistics|count|tally))|(?P<k>(?!(?:an?|the|its|their|{'|'.join(FRESH_WORDS)})\s)[a-z]+|[A-Z][\w-]*)\s+(?:figures|data|estimates|statistics|count|tally))\b(?!\s+(?:{'|'.join(SPEAKERS)})\b)(?!\s+(?:{_RELEASED_BY}|{_FIGURES_OWNER})))
  | (?:(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+(?:the\s+|an?\s+)?(?P<h>(?!(?:(?:an?|the|{_ACCORDING_ADJECTIVE})\s+)*(?:{'|'.join(ACCORDING_TO_HEADS)})\s+(?:from|by|of)\s)(?:[a-z][\w-]*(?:['’]s)?\s+){{0,4}}(?:{'|'.join(SPEAKERS)})(?:\s+[A-Z]{{2,}}(?![\w'’-])|{_PLACE_COMPLEMENT}|\s+{_PORTFOLIO})?)\b(?!\s+(?:of|in|for|from|at)\s))
  | (?:(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+(?:the\s+|an?\s+)?(?:{_ACCORDING_ADJECTIVE}\s+)?(?:(?:{'|'.join(ACCORDING_TO_HEADS)})\s+(?:{_RELEASED_BY}|from|by|of)\s+(?:the\s+)?{_PEOPLE_AT}?)?(?P<a>{_NAME}))
  | (?:(?:[Aa]ccording\s+to|[Aa]s\s+per)\s+(?:the\s+|an?\s+)?(?:{_ACCORDING_ADJECTIVE}\s+)?(?:{'|'.join(ACCORDING_TO_HEADS)})\s+(?:{_RELEASED_BY}|from|by|of)\s+the\s+(?P<l>{_SPEAKER_PHRASE})\b(?!['’]))  # "according to preliminary results from the electoral commission"
  | (?:(?:[Aa]n?\s+|[Tt]he\s+)?(?:(?:new|latest|recent|monthly|weekly|annual|quarterly|daily|[a-z]+al)\s+)?{gate(REPORT_NOUNS)}(?i:{'|'.join(REPORT_NOUNS)})\s+(?:from|by|of)\s+(?:the\s+)?(?P<b>{_NAME})(?<!['’]s))  # (not "a review of Ukraine's programme")
  | (?:(?:[Tt]he\s+)?{gate(REPORT_NOUNS)}(?i:{'|'.join(REPORT_NOUNS)})\s+(?:from|by|of)\s+the\s+(?:[a-z]+\s+){{0,3}}?(?P<r>{_SPEAKER_PHRASE})\b(?!['’]))  # "data from the internal affairs ministry showed"
  | (?:(?P<sp>{_SPEAKER_PHRASE})(?:  # a speaker's phrase, then what makes it the figure's source (the phrase parsed
        # once; the empty group after each says which, as ``find_sources`` reads it: "f", "q" or "o")
        (?:{_APPOSITIVE})?\s+(?:{_ADVERBS}(?:(?:{ATTRIBUTION_VERBS}|say|estimate|expect|claim|report|{_DOER})\b(?!{_WEEKDAY_OR_DAY}\s+by\b)|{_DECISION})
          |(?:was|were)\s+quoted(?:\s+by\s+[\w.'’ -]{{2,40}}?)?\s+as\s+saying\b)(?P<f>)
      | (?:['’]s)?\s+{_FIGURES_SHOWED}(?P<q>)  # "government data showed", "the ministry's data showed"
      | ['’]s?\s+(?:own\s+)?(?:{'|'.join(ESTIMATE_NOUNS)})\s+of\b(?P<o>)))  # "the organisers' estimate of 500,000"
  | (?:(?:[Tt]he\s+|[Aa]n?\s+)(?:(?:latest|new|recent)\s+)?(?P<p>{_NAME})\s+(?:poll|survey)\b)  # "in the latest YouGov poll"
  | (?:quoted\s+{_PERSON_OF_A_BODY_NAMED}(?P<qn>{_NAME}),?\s+as\s+saying\b)  # "quoted the deputy head of the county education bureau, Ma Lin, as saying": the person named
  | (?:quoted\s+(?:the\s+|an?\s+)?(?P<u>{_NAME}|(?:[a-z][\w-]*\s+){{0,3}}?{_SPEAKER_PHRASE})(?:{_APPOSITIVE})?\s+as\s+saying\b)  # "state media quoted Defence Minister Andrei Belousov as saying": the one quoted, not the medium ("a health ministry spokesman": its modifiers too)
  | (?:(?P<c>(?:The\s+)?{_NAME})(?:  # a name, then what makes it the figure's source (the name parsed once):
        \s+(?:(?:analysis|investigation|count|tally|report|survey|study|estimate|review|poll)\s+(?:{ATTRIBUTION_VERBS}|shows?|showed)\b|{_FIGURES_SHOWED})
      | (?:’s|'s)?(?:{_APPOSITIVE})?\s+{_ADVERBS}(?:{ATTRIBUTION_VERBS})\b(?!{_WEEKDAY_OR_DAY}\s+by\b)(?!\s+(?:the|a|its)\s+(?:highest|lowest|largest|biggest|smallest|record)\b){_NOUN_NOT_VERB}
      | (?P<ap>),\s+{_ADVERBS}(?:{ATTRIBUTION_VERBS})\b(?!{_WEEKDAY_OR_DAY}\s+by\b)  # a name that closes an appositive: "Britain's biggest business lobby, the CBI, said" (``_APPOSED_BEFORE_RE``)
      | \s+{_ADVERBS}(?:{_DOER})\b  # a doer: "UNRWA distributed flour to 560,000 people"
      | \s+(?:was|were)\s+quoted(?:\s+by\s+[\w.'’ -]{{2,40}}?)?\s+as\s+saying\b  # "Novak was quoted by Interfax as saying"
      | \s+{_ADVERBS}(?:issued|released|put\s+out)\s+a\s+statement\b  # "The Health Ministry issued a statement …, saying that …"
      | \s+{_ADVERBS}{_DECISION}
      | \s+{_ADVERBS}signed\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:decree|law|order|bill|resolution)\b
      | \s+{_ADVERBS}(?:released|published|issued|presented)\s+(?:[\w-]+\s+){{0,3}}(?:data|figures|report|statistics|survey|estimates|results)\b
      | (?<=['’]s|s['’])\s+(?:[\w-]+\s+){{0,3}}(?:budget|plan|proposal|request|forecast|estimate|report|data|figures|survey|statement|appeal|watchlist|assessment)\b
      | (?<=['’]s|s['’])\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(INDEX_NOUNS)})\s+(?:shows?|showed|suggest(?:s|ed)?|found)\b))  # "HCOB's purchasing managers' index showed"
  | (?:(?:estimates?|figures?|data|count|tally)\s+(?:came|comes|come)\s+from\s+(?:the\s+)?(?P<e>{_NAME}))  # "The estimate came from Eurostat"
  | (?:{opening_class(PASSIVE_VERBS.split("|"))}(?:{PASSIVE_VERBS})(?:\s+(?:{'|'.join(PASSIVE_STATES)}))?{_WEEKDAY_OR_DAY}\s+by\s+(?:
        {_PERSON_OF_A_BODY_NAMED}(?P<w>{_NAME})(?=[,.;]|\s*$)  # "This was reported by the head of the regional administration, Serhiy Lysak."
      | (?:the\s+)?(?P<g>(?:(?:{'|'.join(SPEAKER_MODIFIERS)}|[A-Z][\w-]*|(?!(?:and|or|the|of|in|to|an?|its|their)\s)[a-z][\w-]*)\s+){{0,3}}
        (?:{'|'.join(SPEAKERS)})\b|{_NAME})))  # (any lowercase words before the head: "confirmed by the traffic police")
  | (?:(?:was|were|been|being)\s+(?:{'|'.join(DECIDER_VERBS)})\b(?:\s+[^\s,;]+){{0,5}}?\s+by\s+(?:the\s+)?(?P<v>{_NAME})))  # "was fined £123 million by Ofwat"
"""
# The other starts with the mark before its verb: '…, said Reuters', '…” said Reuters'.
_SAID_MARKS = ',”"'
# (with an owner's possessive: "…, said the country's health ministry")
# ("…, said the head of the regional administration, Oleh Syniehubov": the person named after the one of a body, as
# ``_PERSON_OF_BEFORE_RE`` has it before the verb)
_SAID_BY = (rf"\s*(?:said|says|wrote|writes|added|told\s+\w+)\s+(?:{_PERSON_OF_A_BODY_NAMED}(?P<y>{_NAME})(?=[,.;]|\s*$)"
            rf"|(?:the\s+)?(?P<d>{_NAME})|(?:an?\s+|the\s+|(?:{'|'.join(SPEAKER_COUNTS)}|\d+)\s+)"
            rf"(?P<n>(?:(?:{'|'.join(SPEAKER_MODIFIERS)}|administration|[A-Z][\w-]*|[a-z]+['’]s)\s+){{0,4}}(?:{'|'.join(SPEAKERS)})))")
# Both, searched in the sentence after a space (``find_sources``): the pattern opens with the character
# before the word, or with the mark, so re skips to the next such character in C rather than trying the
# pattern at every position.
_SOURCE_RE = re.compile(rf"{NOT_ASCII_WORD}(?:(?<!\w){_SOURCE_AT_WORD}|(?<=[{_SAID_MARKS}]){_SAID_BY})", re.VERBOSE)
_NOT_A_SOURCE = frozenset(
    "The A An It He She They We This That These Those There Its Their In On At By As Officials Authorities "
    "Photo Credit But And However Meanwhile".split() + [*WEEKDAY_NAMES, *MONTH_NAMES]
)


@cache
def _sides_table() -> dict[str, Any]:
    """resources/data/sides.json as stored: each side's words, and the "_" entries that say more of them (a note, a
    list: values of more than one type, so ``Any``, which the compiled module does not check as it checks a list)."""
    table: dict[str, Any] = json.loads(
        resources.files("crosscount.resources").joinpath("data/sides.json").read_text("utf-8"))
    return table


@cache
def _sides() -> tuple[re.Pattern[str], dict[str, str]]:
    data: dict[str, list[str]] = {k: v for k, v in _sides_table().items() if not k.startswith("_")}
    word_to_side = {w: side for side, words in data.items() for w in words}
    for word, side in list(word_to_side.items()):  # "El Fasher" as "El-Fasher", "al-Fasher" …
        for spelling in article_variants(word)[1:]:
            word_to_side.setdefault(spelling, side)
    return re.compile(names_trie(word_to_side)), word_to_side


@cache
def _armed_groups_within() -> frozenset[str]:
    """The side words that name an armed group fighting inside its own side's country (sides.json's ``_within``):
    the people it kills, wounds or takes are that country's ("RSF fighters killed 14 civilians": Sudan's; the
    soldiers it kills may be a neighbour's, and keep no side)."""
    return frozenset(_sides_table()["_within"])


@cache
def _captives_of() -> dict[str, str]:
    """Each captor's name of sides.json's ``_captives_of`` and the side whose people it holds: captives named only by
    their captor are of the side it took them from ("Hamas is still holding 58 hostages": Israel's), never the captor's."""
    table: dict[str, str] = _sides_table().get("_captives_of", {})
    return table


_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$")
# A side's name before its border: the edge the harm came near, not whose people it harmed (``BORDER_NOUNS``).
_BORDER_AFTER_RE = re.compile(rf"(?:['’]s)?\s+{words(BORDER_NOUNS)}\b")


def _last_victim_side(text: str) -> tuple[str | None, int, int, bool]:
    """The side named last in ``text`` (or a place of places.json after it) that is not named as what did the
    harm ("Lebanon's health ministry said Israeli strikes had killed …": Lebanon; "… in the Indian strikes, and 78
    were injured": none) nor as where a speaker sits ("from Britain"), where its name starts and ends, and whether
    a side named as the harm's weapon came after it (then the harm is that side's, not this one's)."""
    pattern, word_to_side = _sides()
    last: re.Match[str] | None = None
    weapon_after = False
    for m in pattern.finditer(text):
        if _FROM_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) or _held_in(text, m.start()):
            continue  # "The group, which monitors the war from Britain, said …": where it speaks from
        if _HARM_WEAPON_AFTER_RE.match(text, m.end()):
            weapon_after = last is not None
            continue
        if _BORDER_AFTER_RE.match(text, m.end()):
            continue  # a_border_names_no_victim: "militants ambushed a convoy near the Malian border"
        last, weapon_after = m, False
    place = [p for p in place_mentions(text) if not _held_in(text, p[0])][-1:]  # "Floods in Antakya killed …": a place
    # of places.json, where no side is nearer
    if place and (last is None or place[0][0] > last.start()):
        return place[0][2], place[0][0], place[0][1], weapon_after
    return (word_to_side[last.group(0)], last.start(), last.end(), weapon_after) if last else (None, 0, 0, False)


def side_mentions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Each side ``text[start:end]`` names, in order: (start, end, side) in the text's offsets."""
    pattern, word_to_side = _sides()
    return [(m.start() + start, m.end() + start, word_to_side[m.group(0)]) for m in pattern.finditer(text[start:end])]


_DATE_WORDS = frozenset([*WEEKDAY_NAMES, *MONTH_NAMES])
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|into|to|from|across|inside|near|over)\s+$")


def _side_in(text: str) -> str | None:
    """The first side the counted noun phrase names as what it counts ("Russian soldiers"), not as a place
    ("troops in Ukraine", "troops to Russia")."""
    pattern, word_to_side = _sides()
    for m in pattern.finditer(text):
        if not _PLACE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            return word_to_side[m.group(0)]
    return None


def dateline_side(line: Dateline | None) -> str | None:
    """The side of the place a dateline names ("DNIPRO, Ukraine, March 7 (Reuters) -" → Ukraine, "KHAN YOUNIS, Gaza
    Strip (AP) —" → Palestine, "COLOMBO:" → Sri Lanka): of the country or territory written after the place, else of the
    place, by the sides' own words (capitals, cities) and then the places table; None without a dateline or a side."""
    if line is None:
        return None
    for name in (line.region, line.place):
        if name and (side := next((s for _, _, s in side_mentions(name, 0, len(name))), None)
                     or places().get(name)) is not None:
            return side
    return None


class _DatelineSide:
    """side_of_the_dateline's side for a text: its dateline's (``candidate``), where every place the text names is of
    it (``_places_all_of``), looked over once a text and only when a toll needs it."""

    def __init__(self, text: str, candidate: str | None) -> None:
        self._text = text
        self._candidate = candidate
        self._checked: bool | None = None

    @property
    def candidate(self) -> str | None:
        """The dateline's side, whatever places the text names."""
        return self._candidate

    def side(self) -> str | None:
        if self._candidate is None:
            return None
        if self._checked is None:
            self._checked = _places_all_of(self._text, self._candidate)
        return self._candidate if self._checked else None


def _places_all_of(text: str, side: str) -> bool:
    """Whether every place ``text`` names as one (the places table's, and the sides' after "in", "across" …) is of
    ``side``: a story filed from Cairo or Geneva about a war elsewhere names that war's places ("in Darfur"), and
    its dateline then says only where the reporter was (a doer's name, "Russian missiles", is no place)."""
    if any(place != side for _, _, place in place_mentions(text)):
        return False
    pattern, word_to_side = _sides()
    return all(word_to_side[m.group(0)] == side for m in pattern.finditer(text)
               if _PLACE_SIDE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()))


# Whose figure a figure is, when it counts no casualties: the side its own clause names as the owner of the
# quantity ("Turkey's annual inflation eased to 39%", "The German economy shrank 0.2%", "The population of Nigeria
# will reach …", "Romania accounted for 30,692 of them"), or "of X" right after it ("9 gigawatts of Ukraine's
# generating capacity"). Not a side named as a place the figure goes to or comes from ("imports from Romania"), nor
# one named by what it does harm with ("Russian strikes have knocked out …").
_OWNER_OF_AFTER_RE = re.compile(r"\s+(?:(?!(?:north|south|east|west|\w+(?:east|west)|outside|short)\b)[\w-]+\s+){0,2}?"
                                r"of\s+(?:the\s+)?(?=[A-Z])")  # (not "40 miles north of Kyiv": a place)
_DURATION_RE = re.compile(r"(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$")  # "four days after …"
_CAPITAL_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][\w.-]*")
_NOT_OWNER_BEFORE_RE = re.compile(r"\b(?:to|into|from|on|against|at|with|for|by|over|near|toward|towards|across)\s+(?:the\s+)?$")
_OWNER_AFTER_NAME_RE = re.compile(r"(?:['’]s\b|\s+[a-z])")  # "X's inflation", "the X economy"
_HARM_WEAPON_AFTER_RE = re.compile(rf"(?i)\s+(?:[a-z-]+\s+)?{words(HARM_WEAPON_NOUNS)}\b")  # "Israeli strikes", "Russian drone attacks"
_HARM_DOER_AFTER_RE = re.compile(rf"(?i)\s+(?:[a-z-]+\s+)?{words(HARM_DOER_NOUNS)}\b")
# "Myanmar's earthquake killed …", "the Pakistani monsoon floods": a side that owns a disaster is where it struck
_DISASTER_AFTER_RE = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?{words(DISASTER_NOUNS)}\b")
# "Belgian aid group Médecins du Monde said its teams had treated 3,500": the nationality of a body that works
# anywhere, not whose figure it gives; "Air India said 241 …": a side's word inside a longer name.
_NATIONALITY_OF_A_BODY_RE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(GENERIC_ANAPHORS))})\b")
_IN_A_NAME_BEFORE_RE = re.compile(r"\b(?P<w>[A-Z][\w.-]*)\s+$")
_CLAUSE_MARK_RE = re.compile(r"[,;:]")
_CLAUSE_LOOKBACK = 200  # characters before a figure looked over for the start of its clause
_TITLE_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w.-]*){1,3}")
# A count of people by their noun ("2,300 patients", "some 4,000 families"): after a toll in its sentence, of the toll's side
# ("Cholera has killed 600 people in Darfur, and 2,300 patients are being treated").
_COUNTS_PEOPLE_RE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join([*PEOPLE_NOUNS, *CIVILIAN_WORDS])})\b")
# "1.5 million people in Haiti", "260,000 civilians remain trapped inside El Fasher": where the counted are
_PEOPLE_IN_AFTER_RE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join([*PEOPLE_NOUNS, *CIVILIAN_WORDS])})"
                                 r"(?:\s+(?!(?:from|to|of|by|for)\b)[a-z]+){0,4}?\s+(?P<at>(?:in|across|throughout|inside)\s+(?:the\s+)?)")


# The category a count of people that no casualty word governs is read with for its subject alone
# (people_counted_without_a_toll); it is never shown.
_PEOPLE_COUNTED = "counted"
# A count of people by its noun, a few words after it: "318 new suspected cholera cases", "1,200 others".
_PEOPLE_COUNT_RE = re.compile(
    rf"\s+(?:[a-z-]+\s+){{0,{PEOPLE_COUNT_MODIFIERS}}}?{words([*PEOPLE_NOUNS, *UNCATEGORISED_PEOPLE_NOUNS, *CIVILIAN_WORDS])}\b")


# "claimed at least 33 lives", "has cost 1,200 lives" (LIFE_TAKING_VERBS, up to two words before the figure).
_LIFE_TAKING_BEFORE_RE = re.compile(rf"(?i){words(LIFE_TAKING_VERBS)}\s+(?:(?:the|some|over|nearly|about)\s+){{0,2}}$")
_LIVES_AFTER_RE = re.compile(r"\s+(?:[a-z-]+\s+)?lives\b")


def _lives_taken(before: str, after: str) -> bool:
    """lives_taken: whether a figure counts lives a verb took ("Heatstroke has claimed at least 33 lives in Odisha",
    "the floods have cost 1,200 lives"): the dead, where "lives in" would otherwise be read as the verb."""
    return _LIVES_AFTER_RE.match(after) is not None and _LIFE_TAKING_BEFORE_RE.search(before) is not None


_NUMBER_OF_PEOPLE_BEFORE_RE = re.compile(
    rf"(?i)\bnumber\s+of\s+(?:[\w-]+\s+){{0,{PEOPLE_COUNT_MODIFIERS}}}?"
    rf"{words([*PEOPLE_NOUNS, *UNCATEGORISED_PEOPLE_NOUNS, *CIVILIAN_WORDS])}\b[^,;:.]{{0,60}}?\s(?:to|at|reached)\s+$")


def _counts_people_without_a_toll(text: str, c: Span) -> bool:
    """people_counted_without_a_toll: whether a count no casualty word governs counts people by its noun ("435 cholera
    cases", "2,300 patients", "20,252 families … in evacuation centers"): such a count is whose its place, its
    speaker, its paragraph or its dateline says, the way a toll is (it is read as _PEOPLE_COUNTED for its subject), not
    the owner of a quantity's ("In Yemen, 318 new suspected cholera cases were reported": Yemen's)."""
    return c.kind == "count" and (_PEOPLE_COUNT_RE.match(text, c.end) is not None
                                  or _NUMBER_OF_PEOPLE_BEFORE_RE.search(text, max(c.sentence_start, c.start - 90),
                                                                        c.start) is not None)


def _in_a_name(text: str, start: int, at: int) -> bool:
    """Whether the word before ``at`` is a capitalized word of a name ("Air India"), not "The" or "In"."""
    before = _IN_A_NAME_BEFORE_RE.search(text, max(start, at - 30), at)
    return before is not None and before.group("w") not in _NOT_A_SOURCE


def _names_a_state_title(text: str, at: int, end: int) -> bool:
    """Whether the capitalized words right after a side's adjective name a state's title or body (STATE_TITLE_WORDS):
    "Polish Finance Minister …", "Turkish Statistical Institute"."""
    name = _TITLE_AFTER_RE.match(text, at, end)
    return name is not None and any(fold(w) in STATE_TITLE_WORDS for w in name.group(0).split())


def _names_anything(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a capitalized word besides "The", "In" and the like: a name of its own."""
    return any(m.group(0) not in _NOT_A_SOURCE for m in _CAPITAL_WORD_RE.finditer(text, start, end))


def _clause_start(text: str, c: Span) -> int:
    """Where the figure's clause starts: after the last comma, semicolon or colon before it in its sentence (looked
    for over ``_CLAUSE_LOOKBACK`` characters, so a run-on sentence of many figures costs no more per figure)."""
    start = max(c.sentence_start, c.start - _CLAUSE_LOOKBACK)
    for mark in _CLAUSE_MARK_RE.finditer(text, start, c.start):
        start = mark.end()
    return start


def _owner_side(text: str, c: Span) -> str | None:
    """The side whose quantity the figure is, in its own clause (``_OWNER_OF_AFTER_RE`` and the rules above it): not
    a side that did the harm the clause counts ("Russia claims to have destroyed 500 tanks")."""
    pattern, word_to_side = _sides()
    if (of := _OWNER_OF_AFTER_RE.match(text, c.end, c.sentence_end)) is not None \
            and (named := pattern.match(text, of.end(), c.sentence_end)) is not None:
        return word_to_side[named.group(0)]
    lead_start = _clause_start(text, c)
    owner = None
    for m in pattern.finditer(text, lead_start, c.start):
        if _NOT_OWNER_BEFORE_RE.search(text, max(lead_start, m.start() - 12), m.start()) \
                or _HARM_DOER_AFTER_RE.match(text, m.end(), c.start) or _ACTIVE_HARM_RE.search(text, m.end(), c.start) \
                or _NATIONALITY_OF_A_BODY_RE.match(text, m.end(), c.start) or _in_a_name(text, lead_start, m.start()):
            continue
        if _OWNER_AFTER_NAME_RE.match(text, m.end(), c.start) or text.endswith("of ", lead_start, m.start()) \
                or _names_a_state_title(text, m.end(), c.start) \
                or (text[m.end(): c.start].isspace() and text[lead_start: m.start()].isspace()):  # "…, Kursk 500,000"
            owner = word_to_side[m.group(0)]
    if owner is None and c.kind == "count" and (people := _PEOPLE_IN_AFTER_RE.match(text, c.end, c.sentence_end)):
        owner = _place_side(text[people.start("at"): min(c.sentence_end, people.end() + 60)])  # "feeding 1.5 million people in Haiti"
    return owner


_POSSESSIVE_END_RE = re.compile(r"(?:’s|'s|(?<=s)['’])$")  # "the ministry's", "the Association of British Insurers'"


# "an official from the X said": the figure is X's
# (or of the body an anaphor stands for: "Officials from the agency said": the agency's, which the paragraph names)
_PERSON_OF_BODY_RE = re.compile(rf"^(?:(?:An?|The)\s+)?(?:[a-z]+\s+)*(?i:{'|'.join(PEOPLE_OF_A_BODY)})"
                                rf"\s+(?:from|at|of)\s+(?:the\s+)?(?=[A-Z]|(?:{'|'.join(sorted(ANAPHORS))})$)")
_ACRONYM_AFTER_RE = re.compile(rf"\s+{_BRACKETED_ACRONYM}$")  # "… Authority (AFAD)"


def _names_after(words: list[str]) -> bool:
    """Whether a capitalized word follows the first of ``words``: a name the place or affiliation before it ("the
    Britain-based Syrian Observatory") is no part of; without one, that word is what tells the speaker ("Gaza-based
    health authorities", "the UK-based monitor")."""
    return any(w[:1].isupper() for w in words[1:])


def _without_possessive(name: str) -> str:
    """A name without its possessive ending ("the ministry's" → "ministry"), but for a name whose "'s" is its own
    (``NAMES_WITH_S``: "according to Moody's" is Moody's word, not Moody's possession)."""
    if name.rsplit(" ", 1)[-1].replace("’", "'") in NAMES_WITH_S:
        return name
    return _POSSESSIVE_END_RE.sub("", name)


def _clean_source(name: str) -> str | None:
    name = _without_possessive(name.strip(" ,.;:"))
    name = _ACRONYM_AFTER_RE.sub("", _PERSON_OF_BODY_RE.sub("", name))
    words = name.split()
    while words and words[-1] in ("and", "of", "for", "the", "on", "in"):
        words.pop()
    if not words or (all(w in _NOT_A_SOURCE for w in words)):
        return None
    if words[0] in _NOT_A_SOURCE and not (words[0] == "The" and words[-1] in MASTHEAD_WORDS) \
            and not (len(words) > 2 and words[1] in ("in", "of", "at", "from")):  # "Officials in Belgorod", "Officials at the …"
        words = words[1:]
    while len(words) > 1 and (words[0] in _DATE_WORDS or words[0] == "the"):
        words = words[1:]  # "On Tuesday the Ministry of Health said": the day is no part of the name
    named = next((i for i, w in enumerate(words) if i and w[:1].isupper()), 0)
    if named and words[named - 1].lower() in BODY_DESCRIPTORS and not any(w[:1].isupper() for w in words[1: named - 1]):
        words = words[named:]  # "Watchdog Transport Focus", "the statistics agency ISTAT": the kind of body is no part of its name
    while len(words) > 1 and (words[0] in FRESH_WORDS or (words[0].endswith("-based") and _names_after(words))):
        words = words[1:]  # "the Britain-based Syrian Observatory for Human Rights": where it sits is no part of it
    if words:
        words[-1] = _compiler_of(words[-1])
    if _names_only_a_document(words):
        return None
    return " ".join(words) or None


_COMPILER_SUFFIX_RE = re.compile(rf"-(?:{'|'.join(COMPILER_SUFFIXES)})$")
_DOCUMENT_RE = re.compile(rf"(?i:{'|'.join(DOCUMENT_NOUNS)})")


def _compiler_of(word: str) -> str:
    """A name's last word without the participle hyphened to it that makes it the compiler of the data after it
    (``COMPILER_SUFFIXES``): "Reuters-compiled data showed" is Reuters's word, as "data compiled by Reuters" is."""
    return _COMPILER_SUFFIX_RE.sub("", word) or word


def _names_only_a_document(words: list[str]) -> bool:
    """Whether a name is a document's word alone (``DOCUMENT_NOUNS``): "Budget puts deficit at 4.1% of GDP", a
    headline's subject, gives the figure of whoever drew the budget up, whom the sentence does not name; the budget
    is no speaker (nor is "the plan" of "the plan says"). A body named by a document's word ("the budget office")
    keeps its name."""
    return bool(words) and all(_DOCUMENT_RE.fullmatch(w) for w in words)


# Every attribution hangs on one of these words; a sentence without any needs no search for names. (Searched
# in the sentence with a space before it: re searches a pattern that opens with a class of characters by
# skipping to the next character of the class in C; one that opens with "\b" it starts at every position.)
_ANCHOR_GATE = gate(["according", "as", "quoted", *REPORT_NOUNS, *ATTRIBUTION_VERBS.split("|"), *DOER_VERBS, "came", "comes", "come", "say", "expect", "claim", "report",
                     *PASSIVE_VERBS.split("|"), *DECISION_VERBS.split("|"), "voted", "decided", "agreed", "moved", "released", "issued",
                     "presented", "show", "shows", "showed", "suggest", "poll", "signed"])
_ATTRIBUTION_ANCHOR_RE = re.compile(
    rf"{NOT_ASCII_WORD}{_ANCHOR_GATE}"
    rf"(?i:according\b|as\s+per\b|quoted\b|(?:{'|'.join(REPORT_NOUNS)})\s+(?:from|by|of)\b|(?:{ATTRIBUTION_VERBS}|{_DOER}|say|estimate|expect|claim|report|shows?|showed|suggest\w*|poll|survey)\b|"
    rf"(?:{PASSIVE_VERBS}){_WEEKDAY_OR_DAY}\s+by\b|(?:came|comes|come)\s+from\b|(?:voted|decided|agreed|moved){_WEEKDAY_OR_DAY}\s+to\b|(?:released|issued|presented)\b|signed\s+(?:an?|the)\b|(?:{DECISION_VERBS})\s+(?:its|the|their|an?|(?:[\w-]+\s+){{0,2}}?(?:{DECISION_OBJECTS}))\b)"
)


_CLAUSE_END_RE = re.compile(r"[,;:(]")
# Between two figures of one list: a few names or plural nouns, then "and" ("695 Israeli civilians and 373 ...");
# or the second is a part of the first ("34,535, including 14,500 children", "13 people, among them two children")
_NOUN_AFTER_WHOLE = r"(?:\s+[\w'’-]+){0,3}"  # "34,535" or "13 people", then the part
_LIST_GAP_RE = re.compile(r"\s+(?:(?:[A-Z][\w-]*|[a-z]+s|[a-z]*men|children|people)\s+){0,3}(?:and|or|plus)\s+$"
                          r"|(?:\s+[\w'’-]+){0,8},?\s+(?:including|among\s+(?:them|whom)(?:\s+(?:were|are))?|of\s+(?:whom|them))\s+$")
# or it says so after it: "killing seven people, five of them children"
_PART_AFTER_RE = re.compile(r"\s+of\s+(?:them|whom)\b")
_PART_OF_THEM_RE = re.compile(r"\b(?:most|some|many|half|several|few|all|none|one|two|three|[a-z]+ty)\s+of\s+(?:them|whom)\b")
_PART_OF_NEXT_RE = re.compile(r"\s+of\s+(?:the|its|their)\s+")  # "241 of the 242 people on board"
_CLAUSE_GAP_RE = re.compile(rf"{_NOUN_AFTER_WHOLE},\s+$")


# (a speaker's own word may stand before another's as its modifier: "a fire department spokesman", "council officials";
# and a hyphened word of whose it is, AFFILIATION_SUFFIXES: "the state-run news agency")
_SPEAKER_LEFT_RE = re.compile(rf"(?<=\s)(?:(?:[A-Z][\w.-]*(?:['’]s)?|[a-z]+s['’]|[a-z]+['’]s|[a-z]+-(?:{'|'.join(AFFILIATION_SUFFIXES)})|"
                              rf"(?:{'|'.join([*SPEAKER_MODIFIERS, *TITLE_MODIFIERS, *SPEAKERS])}))\s+)+$"
                              # after "the", any words up to the head are its modifiers: "the internal affairs ministry",
                              # "The Bank of Korea's monetary policy board", "the camp's coordination committee", "The
                              # International Organization for Migration's office in Libya"
                              r"|(?<=\b[Tt]he\s)(?:(?:[A-Z][\w.-]*\s+){1,3}(?:of|for|and)\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+|[a-z]+(?:['’]s)?\s+){1,3}$"
                              # after a name's possessive, its lowercase words: "Spain's antitrust watchdog"
                              r"|(?<=\s)[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+){1,2}$")
# "The Associated Press reported data from two independent Russian media outlets found …": the data are what the
# speaker before reported, and its figures that speaker's (the data's owner gives way to it)
_REPORTED_OBJECT_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(SPEECH_WORDS)}|cited)\s+(?:that\s+)?(?:(?:new|latest)\s+)?"
                                        rf"(?:{'|'.join(REPORT_NOUNS)})\s+(?:from|by|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}$")
_LAUNCHED_WEAPONS_RE = re.compile(rf"\s+{_ADVERBS}(?:{'|'.join(ATTACK_VERBS)})\s+(?:[\w,-]+\s+){{0,4}}?(?:{'|'.join(HARM_WEAPON_NOUNS)})\b")
_RECORDED_RE = re.compile(rf"\s+(?:has\s+|have\s+|had\s+)?(?:{'|'.join(MEASUREMENT_VERBS)})\b")
# (and what a body means to do, COMMITMENT_VERBS: "The company plans to cut 2,000 jobs, people familiar with the matter said")
_WEAK_VERB_RE = re.compile(rf"\s+(?:has\s+|have\s+|had\s+)?(?:{'|'.join(MEASUREMENT_VERBS)}|counted|{'|'.join(sorted({*ACTION_VERBS, *COMMITMENT_VERBS}))}|{_DOER})\b"
                           r"|\s+(?:added|raised|put|found)\s+(?=[\d$€£¥]|(?:about|some|nearly|almost|more|over|around)\s)")
# "China's defence budget will reach …, according to SIPRI": the possessive names what the figure is of, not who gives it
_POSSESSIVE_OBJECT_RE = re.compile(rf"(?<=['’]s)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(DOCUMENT_NOUNS)})\b")
_REPORT_SAYS_RE = re.compile(r"\s+(analysis|investigation|count|tally|report|survey|study|estimate|review|poll)\b")
# Lowercase words before a capitalized title that are part of it ("regional Gov. Alexander Bogomaz", "acting Mayor X").
_TITLE_MODIFIER_LEFT_RE = re.compile(rf"(?<=[\s,(])(?:(?:{'|'.join(TITLE_MODIFIERS)})\s+)+$")
# "regional governor Ivan Fedorov", "chief economist Huw Pill": a title before a name, with its modifiers (NAME_DESCRIPTORS)
# (and the titled owner before it: "the Ukrainian Interior Minister's adviser Zoryan Shkiryak")
# (and the first half of a body's name joined by "and", whose capitalised second half the modifiers take in: "Fire Service
# and Civil Defence duty officer Rashed Hossain")
_DESCRIPTOR_LEFT_RE = re.compile(r"(?<=[\s,(])(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+|(?:[A-Z][\w.-]*\s+){1,3}and\s+(?=[A-Z]))?"
                                 rf"(?:(?i:{'|'.join([*TITLE_MODIFIERS, *SPEAKER_MODIFIERS, *SPEAKERS])})\s+){{0,2}}"
                                 rf"(?:{'|'.join(NAME_DESCRIPTORS)})\s+$")  # (the modifier may open the sentence: "Rebel leader X")
# "a ministry statement said": the body whose statement it is, named by its speaker's word
_BODY_BEFORE_STATEMENT_RE = re.compile(rf"(?<=\s)(?P<b>(?:{'|'.join(SPEAKERS)}))\s+$")
# "a spokesman for the …", "the head of the …" before a body: the appositive name after the body is the speaker's own
# (or, the words before the body taken in as its modifiers, at the name's opening: "The spokesperson of the state
# emergency management agency, Ibrahim Audu, said")
_PERSON_OF_LEAD_RE = re.compile(rf"(?i:{'|'.join(PEOPLE_OF_A_BODY)}|head|chief|director)\s+(?:for|of|at|from)\s")
_PERSON_OF_BEFORE_RE = re.compile(rf"\b(?i:{'|'.join(PEOPLE_OF_A_BODY)}|head|chief|director)\s+(?:for|of|at|from)\s+(?:the\s+)?$")
# "people familiar with the matter", "sources close to the Kremlin": unnamed speakers, by what they know, before their
# verb (with their count, as "Two Western officials" keeps its own: ``count_of_its_own_speakers`` drops it as a figure),
# after "according to" or after "said" (without it, as "…, said three EU diplomats" has it). Searched on its own, where
# the sentence has such words (``_KNOWING_RE``): in the sources' pattern, its opening words ("people", "two") cost a
# third of extraction's time.
_ANONYMOUS = (rf"(?i:{'|'.join(ANONYMOUS_SPEAKERS)})\s+(?:{'|'.join(ANONYMOUS_KNOWLEDGE)})\s+"
              r"(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+['’]s\s+)?[\w-]+")
_KNOWING_RE = re.compile("|".join(ANONYMOUS_KNOWLEDGE))
_ANONYMOUS_SOURCE_RE = re.compile(
    rf"(?<![\w'’-])(?:(?:(?:[Aa]ccording\s+to|[Aa]s\s+per|said|says|told\s+\w+)\s+(?:an?\s+|(?:{'|'.join(SPEAKER_COUNTS)})\s+)?)(?P<a>{_ANONYMOUS})"
    rf"|(?P<b>(?i:(?:{'|'.join(SPEAKER_COUNTS)})\s+)?{_ANONYMOUS})\s+{_ADVERBS}(?:{ATTRIBUTION_VERBS}|say)\b)")
# Before a name that closes an appositive (the "ap" branch): the comma that opens it ("lobby, the CBI, said")
_APPOSED_BEFORE_RE = re.compile(r",\s+(?:the\s+)?$")
# A person's title before that comma, which joins the name as a title does ("Israel's military chief of staff, Lt. Gen.
# Eyal Zamir, said"): a possessive's owner, up to three lowercase words, the title and a lowercase complement
_TITLE_BEFORE_APPOSED_RE = re.compile(rf"(?<=\s)(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z-]+\s+){{0,3}}?(?:{'|'.join(NAME_DESCRIPTORS)})"
                                      r"(?:\s+of\s+[a-z]+)?(?=,\s+$)")
# "according to the regional governor, Oleh Syniehubov.": a person's name after the title "according to" names, closing
# its clause (``_PERSON_TITLE_END_RE``: only after a person's title, not "according to the ministry, Russia lost …")
_APPOSITIVE_NAME_END_RE = re.compile(r",\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){1,5})(?=[,.;]|\s*$)")
_PERSON_TITLE_END_RE = re.compile(rf"\b(?:{'|'.join(NAME_DESCRIPTORS)})$")
_APPOSITIVE_NAME_RE = re.compile(r",\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){1,5}),")  # (with a title: "Chief Cabinet Secretary Yoshimasa Hayashi")


def source_matches(spaced: str) -> Iterator[re.Match[str]]:
    """What ``_SOURCE_RE`` finds in a sentence after a space, each search going on from the last character
    of the match before (which may stand before the next): ``finditer`` of the pattern written without that
    character, in a third of the time."""
    pos = 0
    while (m := _SOURCE_RE.search(spaced, pos)) is not None:
        yield m
        pos = m.end() - 1


# "…, said the X" at the mark after a name that seemed to close an appositive ("ap") but opens none
_SAID_BY_AT_MARK_RE = re.compile(rf"[{_SAID_MARKS}]{_SAID_BY}")


def _with_said_by_after_a_place(spaced: str) -> Iterator[re.Match[str]]:
    """``source_matches``, and where a name that seemed to close an appositive opens none ("… in southern Lebanon,
    said the country's health ministry": "Lebanon, said" took the mark in), the "said the X" at its mark, which the
    search, gone on past "said", does not try (the matches inside it after it are passed over)."""
    skip_to = 0
    for m in source_matches(spaced):
        if m.start() < skip_to:
            continue
        yield m
        if m.lastgroup == "ap" and not _APPOSED_BEFORE_RE.search(spaced, max(0, m.start("c") - 8), m.start("c")) \
                and (said := _SAID_BY_AT_MARK_RE.match(spaced, m.end("c"))) is not None:
            yield said
            skip_to = said.end() - 1


def source_name_group(m: re.Match[str]) -> str:
    """The group of a ``_SOURCE_RE`` match that holds the name: its branch's own (``m.lastgroup``), or for the
    three branches that open with a speaker's phrase ("f", "q", "o", which mark the match with an empty group
    after the phrase), the phrase's ("sp"); for a name closing an appositive ("ap", marked so too), the name's ("c")."""
    group = m.lastgroup or ""
    return "sp" if group in ("f", "q", "o") else "c" if group == "ap" else group


# After "said a spokesman": the body he speaks for, described in lowercase words, closing the clause (as
# ``_person_of_a_described_body`` takes it before the verb)
_PERSON_WORD_END_RE = re.compile(rf"\b(?i:{'|'.join(PEOPLE_OF_A_BODY)}|head|chief|director)$")
_DESCRIBED_BODY_AFTER_RE = re.compile(rf"\s+(?:for|of|at|from)\s+the\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{'|'.join(SPEAKERS)})\b"
                                      r"(?=\s*(?:[,.;]|$))")


# The person or the part of a body right before the body it speaks for: "a spokesman for the", "the press office of the"
# (not a statement's word: "a statement from the regional police said" is the police's)
_SPEAKING_PART_BEFORE_RE = re.compile(rf"\b(?:(?i:{'|'.join(p for p in PEOPLE_OF_A_BODY if not p.startswith('statement'))}|head|chief|director)"
                                      rf"|{'|'.join(BODY_PARTS)})\s+(?:for|of|at|from)\s+(?:the\s+)?$")


def _person_of_a_described_body(spaced: str, start: int, name: str) -> tuple[int, str] | None:
    """(start, name) of the person who speaks for a body described in lowercase words only, right before the body
    (``_SPEAKING_PART_BEFORE_RE``, with the person's own modifiers): "A spokesman for the regional administration said",
    "an official of the provincial disaster office said", and a part of a body so ("the press office of the regional
    police said"). The body has no name of its own to stand for it, so the
    source is the whole description, as the sentence gives it; a named body ("an official from the National Emergency
    Operations Centre") is left to stand for itself (``_PERSON_OF_BODY_RE``). None when no person stands before it."""
    if any(ch.isupper() for ch in name) or (person := _SPEAKING_PART_BEFORE_RE.search(spaced, max(0, start - 40), start)) is None:
        return None
    at = person.start()
    if (left := _SPEAKER_LEFT_RE.search(spaced, max(0, at - 80), at)) is not None:
        at = left.start()  # "a police spokesman for the …": the person's own modifiers
    whole = _clean_source(spaced[at: start] + name)
    return (at, whole) if whole else None


# A poll's noun before the pollster's name ("a poll by", "a survey from"), and the client after the name ("for the
# Evening Standard"); a name whose head word ends before "for" is a body's whole name ("the Institute for Fiscal Studies")
_POLL_BY_RE = re.compile(rf"(?i:{'|'.join(POLL_NOUNS)})\s+(?:from|by|of)\s")
_CLIENT_RE = re.compile(r"\s+for\s+(?:the\s+|The\s+)?[A-Z]")
_NAME_HEAD_END_RE = re.compile(rf"(?i:\b(?:{'|'.join(NAME_HEADS)}|foundation|fund|trust|society|association))$")


def _pollster_without_its_client(name: str, match: str) -> str:
    """A pollster's name without the client a poll was made for: "a poll by Ipsos for the Evening Standard" is Ipsos's
    ("YouGov for The Times" YouGov's). Only after a poll's noun (``POLL_NOUNS``), and only where the words before "for"
    do not end on a body's head word, which makes "for" a part of its name ("a survey by the Institute for Fiscal
    Studies", "the Centre for Economic Policy Research")."""
    if _POLL_BY_RE.search(match) is None or (client := _CLIENT_RE.search(name)) is None \
            or _NAME_HEAD_END_RE.search(name, 0, client.start()):
        return name
    return name[: client.start()]


# A name that holds a number, as emergency services are named by their telephone number ("Rescue 1122 officials
# said"): a capitalised word and the number after it, right before a speaker's phrase. Not a preposition's or a date's
# word and its year ("In 2023 police recorded", "In March 2024 officials said": the year is when, no part of a name).
_NUMBERED_NAME_BEFORE_RE = re.compile(rf"(?<=\s)(?!(?:{'|'.join(sorted(_NOT_A_SOURCE))}|{_CALENDAR_WORDS}|Since|From|Until|"
                                      r"After|Before|Through|During|For|Of|Over|Under|To|Between|Around|About|Some|Nearly|"
                                      r"Almost)\b)[A-Z][\w-]*\s+\d+\s+$")


def _numbered_name_before(spaced: str, start: int, head: str) -> int:
    """Where the speaker's phrase at ``start`` begins with the numbered name right before it (``_NUMBERED_NAME_BEFORE_RE``:
    "Rescue 1122 officials said"), else ``start``. Only right before a plural head that names no people counted (PEOPLE),
    where figures.py's number_in_a_proper_name also reads the number as the name's; before a singular one ("Rescue 1122
    spokesperson said"), a modifier ("Rescue 1122 health officials") or people ("Edhi 115 volunteers") it reads the
    number as a count, and the speaker's name is left without it."""
    if not head.endswith("s") or " " in head.strip() or fold(head) in PEOPLE or not spaced.startswith(head, start):
        return start
    named = _NUMBERED_NAME_BEFORE_RE.search(spaced, max(0, start - 40), start)
    return named.start() if named is not None else start


# A headline's source after its last mark, the line ending with no full stop: "Drone strike kills nine in Omdurman:
# activists", "Inflation eases to 3.8% in May - statistics office", "… — NBS": a speaker's head word with up to three
# lowercase words before it, or a name
_HEADLINE_SOURCE_RE = re.compile(rf"(?:[:—–]|\s-)\s+(?P<s>(?:[a-z][\w-]*\s+){{0,3}}(?:{'|'.join(SPEAKERS)})|{_NAME})\s*$")
_HEADLINE_END = (".", "!", "?", '"', "”", "’", ")")


def _headline_source(spaced: str) -> tuple[int, str] | None:
    """headline_source_after_its_mark: (offset in the sentence, name) of the source a headline names after its last
    colon or dash (``_HEADLINE_SOURCE_RE``), or None for a sentence that ends as prose does (a full stop, a quote)."""
    if spaced.rstrip().endswith(_HEADLINE_END) or (m := _HEADLINE_SOURCE_RE.search(spaced)) is None:
        return None
    name = _clean_source(m.group("s"))
    return (m.start("s") - 1, name) if name else None


def find_sources(sentence: str) -> list[tuple[int, str]]:
    """(offset in sentence, short name) of every attribution in the sentence (``source_matches``), a head
    word with the modifiers before it, an appositive name after it, and unnamed speakers by what they know
    (``_ANONYMOUS_SOURCE_RE``); speakers only through "recorded" give way to the others."""
    found: list[tuple[int, str]] = []
    weak: list[bool] = []  # whether each found one speaks only through "recorded"/"registered"
    spaced = " " + sentence
    headline = _headline_source(spaced)
    if not _ATTRIBUTION_ANCHOR_RE.search(spaced):
        return [headline] if headline else found
    anonymous = [(m.start(g), m.end(g)) for m in (_ANONYMOUS_SOURCE_RE.finditer(spaced) if _KNOWING_RE.search(spaced) else ())
                 for g in ("a", "b") if m.group(g)]  # (``_ANONYMOUS``)
    for m in _with_said_by_after_a_place(spaced):
        group = m.lastgroup or ""  # the branch that found it
        if any(lo <= m.start(source_name_group(m)) < hi for lo, hi in anonymous):
            continue  # "sources close to the Kremlin said": the unnamed speakers', not the Kremlin's
        at = source_name_group(m)
        name = _clean_source(m.group(at))
        start = m.start(at)
        if group == "c" and name is None and (noun := _REPORT_SAYS_RE.match(spaced, m.end(at))):
            name, start = noun.group(1), noun.start(1)  # "The report said …": the report, which the paragraph may name
        if group == "f" and name == "statement" and (body := _BODY_BEFORE_STATEMENT_RE.search(spaced, max(0, start - 40), start)):
            start, name = body.start(), body.group("b")  # "a ministry statement said": the ministry's word
        elif group in ("f", "q", "o", "r") and (left := _SPEAKER_LEFT_RE.search(spaced, max(0, start - 80), start)):
            start = left.start()  # "civil defence officials": the modifiers before the head word
            name = _clean_source(spaced[start: m.end(at)])
        if group in ("f", "q", "o", "r") and name and (numbered := _numbered_name_before(spaced, start, m.group(at))) != start:
            start = numbered  # "Rescue 1122 officials said": the number is the name's
            name = _clean_source(spaced[start: m.end(at)])
        if group == "f" and name and name.endswith(" statement"):
            name = name.removesuffix(" statement")  # "an army statement said": the army's word
        if group == "b" and name:
            name = _pollster_without_its_client(name, m.group(0))  # "a poll by Ipsos for the Evening Standard"
        if group == "q" and name == "official":  # "official data showed": no body named, the figures' own word
            name = f"official {spaced[m.end(at):].split()[0]}"
        if group == "c" and name and (title := _DESCRIPTOR_LEFT_RE.search(spaced, max(0, start - 60), start)
                                      or _TITLE_MODIFIER_LEFT_RE.search(spaced, max(0, start - 40), start)):
            start = title.start()  # "regional Gov. Alexander Bogomaz": the title's modifier is the sentence's own
            name = f"{title.group(0)}{name}"
        if group == "ap" and not _APPOSED_BEFORE_RE.search(spaced, max(0, start - 8), start):
            continue  # "Kyiv, said …" opens no appositive: no name closes one
        if group == "ap" and name and (title := _TITLE_BEFORE_APPOSED_RE.search(spaced, max(0, start - 80), start)):
            start, name = title.start(), f"{title.group(0)} {name}"  # "chief of staff, Lt. Gen. Eyal Zamir": the title's too
        if name and group in ("h", "l") and _PERSON_TITLE_END_RE.search(name) \
                and (named := _APPOSITIVE_NAME_END_RE.match(spaced, m.end(at))):
            name = f"{name} {named.group(1).rstrip('.')}"  # "according to the regional governor, Oleh Syniehubov" (its stop no part)
        elif name and group in ("f", "c") and (named := _APPOSITIVE_NAME_RE.match(spaced, m.end(at))):
            if _PERSON_OF_BEFORE_RE.search(spaced, max(0, start - 40), start) or _PERSON_OF_LEAD_RE.match(name):
                name = named.group(1)  # "A spokesman for the regional health office, Ali Hamdan, said": the person
            else:
                name = f"{name} {named.group(1)}"  # "the regional governor, Vyacheslav Gladkov, said"
        elif name and group in ("f", "q", "o") and (person := _person_of_a_described_body(spaced, start, name)) is not None:
            start, name = person  # "A spokesman for the regional administration said": the person with the body
        elif name and group == "n" and _PERSON_WORD_END_RE.search(name) \
                and (body := _DESCRIBED_BODY_AFTER_RE.match(spaced, m.end(at))) is not None:
            name = f"{name}{body.group(0)}"  # "…, said a spokesman for the regional administration."
        if name and _LAUNCHED_WEAPONS_RE.match(spaced, m.end(at)):
            continue  # "Russia launched 80 drones": who attacked, not who counts the attack
        if name and name in places() and _RECORDED_RE.match(spaced, m.end(at)):
            continue  # "Ahmedabad recorded a high of 41C": where it was measured, not who gives it
        if name:
            found.append((start - 1, name))
            weak.append((group in ("c", "f")
                         and (_WEAK_VERB_RE.match(spaced, m.end(at)) is not None
                              or _POSSESSIVE_OBJECT_RE.match(spaced, m.end(at)) is not None))
                        or _REPORTED_OBJECT_BEFORE_RE.search(spaced, max(0, start - 80), start) is not None)
    if anonymous:  # (in the order of the sentence, as the others are)
        for lo, hi in anonymous:
            found.append((lo - 1, spaced[lo:hi]))
            weak.append(False)
        order = sorted(range(len(found)), key=lambda i: found[i][0])
        found, weak = [found[i] for i in order], [weak[i] for i in order]
    if any(weak) and not all(weak):  # "Police recorded 6.6 million crimes …, according to the ONS"
        found = [f for f, w in zip(found, weak, strict=True) if not w]
    if headline and not found:
        found.append(headline)
    return found


class Span:
    """What describing a figure needs: where it is, where its sentence is, and what kind it is.
    (A plain class with final attributes rather than a frozen dataclass: see ``figures._Seed``.)"""

    def __init__(self, start: int, end: int, kind: str, sentence_start: int, sentence_end: int) -> None:
        self.start: Final = start
        self.end: Final = end
        self.kind: Final = kind
        self.sentence_start: Final = sentence_start
        self.sentence_end: Final = sentence_end


class Description:
    """What the words around a figure say of it: what it counts, about whom (and where that was read: "sentence",
    "paragraph" or "article"), on whose word (and where that was read: "own clause", "sentence" or "paragraph"), and
    the period of a rate its noun phrase names."""

    def __init__(self, category: str | None, subject: str | None, subject_from: str | None, source: str | None,
                 source_from: str | None, per: str | None) -> None:
        self.category: Final = category
        self.subject: Final = subject
        self.subject_from: Final = subject_from
        self.source: Final = source
        self.source_from: Final = source_from
        self.per: Final = per


# The words that govern a figure end where another clause takes over: ", putting the toll at …",
# ", officials said", ", paramedics said", ", according to …" (but not ", including …" or ", mostly civilians, were
# killed"): a speaker's clause names who speaks, not whom the figure counts.
_GOVERNING_END_RE = re.compile(
    r",\s+(?:putting|bringing|raising|taking|pushing|lifting|according|officials?|authorities|police|which|while|but|"
    r"after|as|when|where|the\s+(?:[\w-]+\s+){0,4}?(?:said|says|reported|added)|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+"
    r"(?:said|says|told|reported)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:said|says|told))\b")
_RISE_TO_BEFORE_RE = re.compile(r"\b(?:rose|risen|climbed|jumped|reached|stands?|stood)\s+(?:to|at)\s+$")
# A casualty word that names a former state, not what the figure counts: "697 people listed as missing were
# confirmed dead".
_FORMER_STATE_BEFORE_RE = re.compile(r"(?:listed|registered|reported|counted)\s+as\s+$")
# Nouns that name people by a status another predicate may overrule, and the predicate's auxiliary.
_STATUS_NOUN_RE = re.compile(r"(?i:prisoners?|POWs?|hostages?|captives|refugees?|IDPs?|detainees?|asylum[\s-]+seekers?|evacuees)")
_PREDICATE_BEFORE_RE = re.compile(r"\b(?:had|have|has)\s+been\s+$|\b(?:were|was|are|is|been|be)\s+$")
# A status noun's own verb right after it ("13 refugees died", "15 asylum seekers reportedly drowned"): the predicate.
_VERB_RIGHT_AFTER_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?")
# A count of things (THING_NOUNS, after up to two modifiers: "four storage tanks", "18 of its ambulances"), not of
# people: no casualty word governs it ("captured five villages", "destroyed 12,000 structures, and 29 died"). A thing
# noun that modifies a noun of people is not the head ("five hospital workers", "three school children").
_THING_MODIFIER = rf"(?:(?!(?:{'|'.join(NOT_A_MODIFIER)})\b|\d)[\w-]+\s+)"  # (a number ends them: "259 across 29 states")
_PERSON_HEAD = rf"{words([*PEOPLE_NOUNS, *CIVILIAN_WORDS, *FIGHTER_WORDS, *POLICE_WORDS, *PEOPLE_OF_A_BODY])}|[a-z]+(?:ers|ees|ists)"
_COUNTS_THINGS_RE = re.compile(
    rf"\s+(?:of\s+(?:its|their|the|his|her|our)\s+)?{_THING_MODIFIER}{{0,2}}?{words(THING_NOUNS)}\b"
    rf"(?!\s+(?:{_PERSON_HEAD})\b)")
_SCALE_BEFORE_RE = re.compile(rf"(?i:{words(MEASURE_WORDS)})\s+$")
_SCALE_AFTER_RE = re.compile(rf"[ \t-]+(?i:{words(MEASURE_WORDS)})\b")


_HOST_BEFORE_RE = re.compile(rf"{words(HOST_VERBS)}\s+$")
_PEOPLE_AFTER_RE = re.compile(r"\s+(?:more\s+|other\s+|new\s+)?")
# The people's name is the head of the counted phrase: a mark or a function word after it, no noun of its own
_PEOPLE_HEAD_END_RE = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:since|in|from|who|have|has|had|were|are|this|last|and|to|into|"
                                 r"over|after|so|fleeing|escaping|displaced|uprooted)\b")


def _names_a_people(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts a people by its name ("1.5 million Sudanese", "2 million more
    Ukrainians"): a side's demonym right after it (a host's count of them is of the displaced: rule hosted_people)."""
    gap = _PEOPLE_AFTER_RE.match(text, end)
    pattern, _ = _sides()
    return gap is not None and (named := pattern.match(text, gap.end())) is not None and named.group(0)[:1].isupper() \
        and not named.group(0).isupper() and _PEOPLE_HEAD_END_RE.match(text, named.end()) is not None  # (not "American troops")


def _reads_a_scale(text: str, c: Span) -> bool:
    """scale_reading_counts_no_one: a figure beside one of MEASURE_WORDS ("magnitude 7.7", "a 6.3-magnitude quake")."""
    return c.kind == "count" and (_SCALE_BEFORE_RE.search(text, max(0, c.start - 12), c.start) is not None
                                  or _SCALE_AFTER_RE.match(text, c.end) is not None)


# A figure's own predicate right after it ("32 million were affected", "250,000 devotees had attended"): a casualty
# word before it that already gave the figure before it its category does not govern it too.
_OWN_PREDICATE_AFTER_RE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:were|was|are|is|had|have|has)\s+(?!been\b)[a-z]+")
# A share set off after a figure as its apposition: "1.9 million people, or about 90% of the population, …".
_SHARE_APPOSITION_GAP_RE = re.compile(r"(?:\s+[\w-]+){0,2},\s+or\s+")
# A side that sends or deploys the troops counted after the verb: they are its own.
_DEPLOYED_BEFORE_RE = re.compile(r"\b(?:sent|deployed|dispatched|mobili[sz]ed|sends|deploys|has|had|have)\s+(?:\w+\s+){0,2}$")
# "the number of Ukrainian troops killed": the side is what is counted, not who did the killing
_COUNTED_SIDE_RE = re.compile(r"\b(?:number|toll|count|tally|total)\s+of\s+(?:the\s+)?\S+$")
# A figure of a list inherits the category of the one before (or after) it; also across "from": "cut the
# number of missing to 6,245, from 77,000".
_FROM_GAP_RE = re.compile(r"(?:\s+(?!(?:and|but|while|or)\b)[\w-]+){0,3}?,?\s+(?:(?:up|down)\s+)?from\s+$")  # ("rose to 63 on
# Monday from 41 the day before", "climbed to 112 on Tuesday, up from 87")
_LOSS_PEOPLE_AFTER_RE = re.compile(r"\s+(?:men|people|personnel|lives)\b")
_PER_ADJECTIVE_PHRASE_RE = re.compile(
    rf"(?i:\b(?P<adj>{'|'.join(PERIOD_ADJECTIVES)})\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(PAY_NOUNS)})\b"
    r"[^,;.!?]{0,70})$")
_PER_ADJECTIVE_COUNT_RE = re.compile(
    rf"(?i:\b(?P<adj>{'|'.join(PERIOD_ADJECTIVES)})\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(PERIOD_COUNT_NOUNS)})\b"
    r"[^,;.!?]{0,70})$")
# "… are killed each week": the figure's noun phrase, then "a"/"per"/"each"/"every" and a period of RATE_PERIODS
# (not TIME_AFTER_A_PERIOD: "a quarter of them", "a year earlier")
_PER_AFTER_PHRASE_RE = re.compile(
    r"(?:\s+(?!(?:in|for|within|over|last|past|per|a|each|every)\b)[\w'’-]+){0,5}?\s+(?:a|per|each|every)\s+"
    rf"(?P<p>{'|'.join(RATE_PERIODS)})\b(?!\s+(?:{'|'.join(TIME_AFTER_A_PERIOD)})\b)")
# "10,000 children die of measles annually": an adverb of a period that is no adjective (PER_ADVERBS less
# PERIOD_ADJECTIVES: "daily shelling" is no rate) at the end of the figure's clause
_PERIOD_ONLY_ADVERBS = {word: period for word, period in PER_ADVERBS.items() if word not in PERIOD_ADJECTIVES}
_PER_ADVERB_AFTER_RE = re.compile(
    rf"(?:\s+(?!(?:in|for|within|over|last|past|per|a|each|every)\b)[\w'’-]+){{0,5}}?\s+(?P<adv>{'|'.join(_PERIOD_ONLY_ADVERBS)})\b"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|across|from|for|over|during|and|worldwide|globally)\b)")
# Cheap first looks (a literal's search runs in C): without these words the phrases cannot be there.
_PER_ADVERB_STEMS_RE = re.compile(f" (?:{'|'.join(_PERIOD_ONLY_ADVERBS)})")
_PER_ADJECTIVE_STEMS_RE = re.compile(f"(?:{'|'.join(word[1:] for word in PERIOD_ADJECTIVES)}) ")  # (any case of the first)
_PER_AFTER_STEMS_RE = re.compile(rf" (?:a|per|each|every) (?:{'|'.join(RATE_PERIODS)})")
_PERIOD_WORDS = {**PERIOD_ADJECTIVES, **{period: period for period in RATE_PERIODS}}
_LEVEL_AFTER_ITS_CHANGE_RE = re.compile(r"\s+to\s+")  # between a change and the level it reached


def per_of_phrase(text: str, c: Span, left: int, right: int) -> str | None:
    """The period of a rate the figure's noun phrase names, between ``left`` and ``right`` (the figures
    before and after it): money after "monthly allowance … stands at", a count or money before "… each week"."""
    if c.kind == "money" and _LEVEL_AFTER_ITS_CHANGE_RE.fullmatch(text, left, c.start):
        left = 0  # "the weekly pension will rise by €10 to €299.30": the level is of the change's noun phrase too
    if c.kind == "money" and _PER_ADJECTIVE_STEMS_RE.search(text, max(left, c.start - 120), c.start) \
            and (m := _PER_ADJECTIVE_PHRASE_RE.search(text, max(left, c.start - 120), c.start)):
        return _PERIOD_WORDS[fold(m.group("adj"))]
    if c.kind == "count" and _PER_ADJECTIVE_STEMS_RE.search(text, max(left, c.start - 120), c.start) \
            and (m := _PER_ADJECTIVE_COUNT_RE.search(text, max(left, c.start - 120), c.start)):
        return _PERIOD_WORDS[fold(m.group("adj"))]  # "the monthly death toll reached about 1,000"
    if c.kind in ("count", "money") and _PER_AFTER_STEMS_RE.search(text, c.end, min(right, c.end + 70)) \
            and (m := _PER_AFTER_PHRASE_RE.match(text, c.end, right)):
        return _PERIOD_WORDS[m.group("p")]
    if c.kind in ("count", "money") and _PER_ADVERB_STEMS_RE.search(text, c.end, min(right, c.end + 70)) \
            and (m := _PER_ADVERB_AFTER_RE.match(text, c.end, right)):
        return _PERIOD_ONLY_ADVERBS[m.group("adv")]
    return None


# A sentence that goes on with the figures of the one before, on the same word: "It said …", "The rest
# were soldiers – …", "Of those, …" (a breakdown also takes the category of the total).
_CONTINUES_RE = re.compile(r"[\"“‘(]?(?:(?P<breakdown>The\s+rest|Of\s+(?:those|them|these|that|this|the\s+dead|the\s+total)|"
                           r"The\s+(?:count|toll|total|tally|list|figure)\s+(?:also\s+)?(?:includes|included|comprises|covers)|"
                           r"Among\s+(?:them|those|the\s+dead)|Those\s+(?:killed|dead)|Most\s+of\s+(?:them|those))\b|"
                           r"(?:It|Its|They|Their|He|She|Another|The\s+(?:figures?|numbers?|data|total|toll|tally|count|plan|package|"
                           r"programme|program|budget|proposal|deal)|Th(?:is|at)\s+(?:number|figure|total|includes|included)|"
                           r"(?:Figures|Data|Statistics)\s+(?:released|published|issued|out|show|showed|shows))\b)")
_SPEECH_RE = re.compile(rf"{words(SPEECH_WORDS, ignore_case=False)}\b")
_PRONOUN_SAYS_RE = re.compile(rf"{words(SPEAKING_PRONOUNS, ignore_case=False)}\s+(?:{'|'.join(PRONOUN_SPEECH_VERBS)})\b")
# "Russia's defence ministry has not given a toll since 2022, when it acknowledged 5,937 deaths": a pronoun that
# speaks in the sentence stands for the body the sentence opens with (a name with a speaker's head word in it).
_PERSON_WORD_RE = re.compile(rf"(?i:{'|'.join(PEOPLE_OF_A_BODY)})")
_OPENING_NAME_RE = re.compile(rf"[\"“]?(?:The\s+|An?\s+)?(?P<o>{_NAME})")
# A company's name and what it does ("Santander made a net profit of"), not a sentence's first word ("Sales will …")
_COMPANY_VERB_RE = re.compile(rf"\s+(?:{phrases(COMPANY_VERBS)})\s(?!up\b)")
_SPEAKER_HEAD_RE = re.compile(rf"\b(?i:{'|'.join(SPEAKERS)})\b")
_ITS_BEFORE_RE = re.compile(r"\b[Ii]ts\s+$|\b[Tt]heir\s+$")
_ITS_AT_RE = re.compile(r"(?:Its|Their)\s")  # (a name that opens its sentence may have taken the "Its" in)
_PRONOUN_WORDS = tuple(f" {p} " for p in SPEAKING_PRONOUNS)  # a cheap first look for _PRONOUN_SAYS_RE
# A sentence with no figure that names the source of the one before: "This was announced by the Finance Minister."
_BACK_REFERENCE_RE = re.compile(rf"[\"“‘(]?(?:(?:This|That|These|The\s+(?:{'|'.join(TAKEN_UP_NOUNS)}))\s+(?:was|were|is|are|has\s+been|have\s+been)"
                                r"|The\s+(?:figures?|data|numbers?|estimates?)\s+(?:came|come|comes)\s+from)\b")
# "… Kherson governor Oleksandr Prokudin announced this on Telegram.": a later sentence that names who gave "this"
# (or "… reported the toll on Friday": the figures' noun, not where the sentence goes on to say what the toll does, "the toll
# could rise", "the toll at 45")
_THIS_SAID_RE = re.compile(rf"{words([*ATTRIBUTION_VERBS.split('|'), 'made'], ignore_case=False)}\s+(?:this|these(?:\s+figures)?|the\s+figures)\b"
                           r"(?!\s+(?:week|month|year|morning|afternoon|evening|time|decision|plan|step)\b)"
                           rf"|{words(TAKING_UP_VERBS, ignore_case=False)}\s+(?:the|this|that)\s+(?:{'|'.join(TAKEN_UP_NOUNS)})\b"
                           r"(?!\s+(?:could|would|will|may|might|was|is|has|had|at|of|rose|rises|climbed)\b)")
# Figures "showed" with no one named: no attribution of the sentence's own ("exports rose 3.2%, data showed Tuesday").
_OFFICIAL_DATA_RE = re.compile(r"official \w+")  # "official data showed" names no body (``find_sources``)
# "…, the data showed": the data the sentence before named ("customs data showed …. Imports grew 1.1%, the data showed")
_THE_DATA_SHOWED_RE = re.compile(r"\bthe\s+(?:data|figures|statistics|numbers)\s+(?:also\s+)?show(?:s|ed)?\b")
_ANONYMOUS_DATA_RE = re.compile(r"\b(?:data|figures|statistics|numbers)\s+(?:released\s+\w+\s+)?show(?:s|ed)?\b")
_ACRONYM_RE = re.compile(r"[A-Z]{2,7}")
# A sentence that states a fact of its own, which the source of the sentence before does not carry onto (read on
# the words before its first verb-like word): a market's move ("Its shares rose 9%"), a name of its own in its
# opening ("Germany's economy shrank", "Thames Water had asked for", "The average price in Toronto was"), a standing
# fact in the present ("Unemployment stands at 4.3%"), what a thing holds ("The camp housed about 500,000 people",
# ``_HOLDING_RE``). A sentence that opens on its figure ("Four soldiers died") or
# refers back ("of them", "that period") goes on with the one before.
_MARKET_OPENING_RE = re.compile(rf"[\"“]?(?:(?:The|Its|Their|Shares|Stocks?)\s+)?(?:[\w'’.-]+\s+){{0,3}}?(?i:{phrases(MARKET_NOUNS)})\b"
                                r"(?:\s+of\s+[\w\s'’-]{1,60}?)?\s+(?:rose|fell|gained|lost|jumped|slid|dropped|climbed|traded|closed|"
                                r"ended|averaged|opened|edged|slipped|tumbled|surged|hit|touched|were|was)\b")
_NAMED_OPENING_RE = re.compile(r"[\"“]?(?:(?!(?:In|On|At|By|For|From|With|Of|After|Before|Since|During|Across|Over|Under)\s)"
                               r"[A-Z][\w-]*(?:['’]s\b|\s+[A-Z][\w-]*)|(?:(?:The|An?)\s+(?:(?:[a-z][\w-]*\s+){1,3}"
                               r"(?:in|of|at|for)\s+)?|[A-Z][a-z]+\s+(?:[a-z][\w-]*\s+){0,2}(?:in|of|at|for)\s+(?:the\s+)?)"
                               r"(?!(?:" + "|".join((*MONTH_NAMES, *WEEKDAY_NAMES)) + r")\b)[A-Z](?:[a-z][\w-]*|[A-Z]+\b))")
_STANDING_RE = re.compile(rf"[\"“]?(?:The\s+)?(?:[\w-]+\s+){{0,3}}?(?:{phrases(STANDING_VERBS)})\s"
                          r"(?!(?:still|now|also|being|expected|set|due|likely|\w+ing|\w+ed)\b)")  # (not "are searching", "is expected")
# (the figure right after the verb, or after a hedge of it: not "Casualties had risen to 300", where "had" is an auxiliary)
_HOLDING_RE = re.compile(rf"[\"“]?(?:The\s+)?(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(HOLDING_VERBS)})\s+(?:(?:{'|'.join(CHANGE_HEDGES)})\s+)?\d")
_OPENING_CAPITALS_RE = re.compile(r"[\"“]?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
_REFERS_BACK_RE = re.compile(r"\b(?:of|among)\s+(?:them|those|these)\b|\bsame\s+period\b|^[\"“]?(?:That|This|Those|These)\b")
_OPENS_ON_FIGURE_RE = re.compile(r"[\"“]?(?:(?:At\s+least|More\s+than|Some|About|Around|Nearly|Almost|Over|As\s+many\s+as|A\s+total\s+of)\s+)?"
                                 r"(?:\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+teen|[A-Z][a-z]+ty)\b)")


def _states_its_own_fact(sentence: str) -> bool:
    """Whether a sentence that attributes nothing states a fact of its own (``_MARKET_OPENING_RE`` …) rather than
    going on with the figures of the one before it: where a carried source stops."""
    if _MARKET_OPENING_RE.match(sentence):
        return True
    if _OPENS_ON_FIGURE_RE.match(sentence) or _REFERS_BACK_RE.search(sentence) or _CONTINUES_RE.match(sentence):
        return False
    if (place := _OPENING_CAPITALS_RE.match(sentence)) and place.group(1) in places() and _RECORDED_RE.match(sentence, place.end()):
        return True  # "Ahmedabad recorded a high of 41C": a measurement where it was made
    return bool(_NAMED_OPENING_RE.match(sentence) or _STANDING_RE.match(sentence) or _HOLDING_RE.match(sentence))


_ANAPHOR_LOOKBACK = 8  # sentences of the paragraph looked back over for the name an anaphor stands for


def describe(text: str, spans: list[Span], sentence_starts: list[int] | None = None,
             paragraph_starts: list[int] | None = None) -> list[Description]:
    """What each figure counts, about whom, on whose word, read from its context in ``text``: its clause,
    its sentence, then its paragraph (``sentence_starts``/``paragraph_starts``, ascending; without them each
    sentence stands alone)."""
    sentences = sentence_starts or []
    paragraphs = paragraph_starts or [0]
    out: list[Description] = []
    sources_cache: dict[int, list[tuple[int, str]]] = {}
    unnamed: dict[int, tuple[str | None, str | None]] = {}  # the context's source of each sentence that names none
    later: dict[int, str | None] = {}  # (``_source_after``'s walks)
    prev_subject: str | None = None
    prev_role = "unspecified"  # the role the last figure's counted noun names (with or without a subject)
    prev_category: str | None = None
    prev_end = -1
    prev_word_end = -1  # where the casualty word after the last figure, that gave it its category, ends
    prev_sentence = -1
    sentence_category: dict[int, str | None] = {}  # the first category and subject of each sentence, for breakdowns
    sentence_subject: dict[int, str | None] = {}
    sentence_breaks_down: dict[int, int] = {}
    sentence_sides: dict[int, bool] = {}  # whether each sentence names any side, looked at once
    figure_sentences = frozenset(c.sentence_start for c in spans)  # (a sentence may go on with one of these)
    paragraph_subject: tuple[int, int, str] | None = None  # the last subject with a side: paragraph, sentence, subject
    # the same of the last toll or count of people (a toll takes no side from a count of things: "Russian air defences
    # downed 84 Ukrainian drones. Debris killed one person": the drones' owner is not the harmed)
    paragraph_toll: tuple[int, int, str] | None = None
    opening = dateline(text, paragraphs)
    opening_side = _DatelineSide(text, dateline_side(opening) if opening is not None else None)
    prev_subject_from: str | None = None
    subjects_open: list[bool] = []  # whether each figure's role is open to the article's (a toll with no noun of its own)
    categories: list[str | None] = []
    things_verb: tuple[int, str] | None = None  # the last figure's, where it counts things: (its end, its verb's category)
    measures = [_reads_a_scale(text, c) for c in spans]
    for i, c in enumerate(spans):
        sent_start, sent_end = c.sentence_start, c.sentence_end
        next_start = spans[i + 1].start if i + 1 < len(spans) and spans[i + 1].start < sent_end else sent_end
        last = next((j for j in range(i - 1, -1, -1) if not measures[j]), -1)  # (a scale's reading stands in no one's way)
        left = spans[last].end if last >= 0 and spans[last].end > sent_start else sent_start
        after = text[c.end: min(next_start, c.end + 90)]
        if next_start < sent_end and spans[i + 1].kind == "percent" and _SHARE_APPOSITION_GAP_RE.fullmatch(after) \
                and (close := text.find(",", spans[i + 1].end, sent_end)) != -1:
            # "Nearly 1.9 million people, or about 90% of Gaza's population, have been displaced": the share
            # between the commas is blanked out (offsets kept), and the figure's predicate after it read
            after = after + " " * (close + 1 - next_start) + text[close + 1: min(sent_end, close + 91)]
        if (stop := _GOVERNING_END_RE.search(after)) is not None:
            after = after[: stop.start()]
        before = text[max(left, c.start - 60): c.start]
        # "The death toll from the New Year's Day earthquake on the Noto Peninsula rose to 202": a toll's
        # figure may stand far after its words
        far_before = text[max(left, c.start - 110): c.start] if _RISE_TO_BEFORE_RE.search(before) else before

        category = None
        cat_word = None  # the first casualty word after the figure
        breaks_down = None  # the sentence before, when this one breaks its total down ("Of those, …")
        if prev_sentence >= 0 and prev_sentence != sent_start and (opener := _CONTINUES_RE.match(text, sent_start)) \
                and opener.group("breakdown") and same_paragraph(paragraphs, prev_sentence, sent_start):
            breaks_down = prev_sentence
        elif prev_sentence == sent_start and c.sentence_start in sentence_breaks_down:
            breaks_down = sentence_breaks_down[c.sentence_start]
        counts_things = c.kind == "count" and (measures[i] or _COUNTS_THINGS_RE.match(text, c.end) is not None)
        # (a share counts no one: "about 90% of Gaza's population have been displaced" is not a toll)
        if c.kind == "count" and not counts_things:
            verb = _nearest_category_verb(before)
            m = cat_word = _first_category(after)
            if m and next_start < sent_end and _CATEGORY_VERB_BEFORE_RE.fullmatch(after, m.start()):
                m = None  # "7.8 magnitude, killed more than 50,000": the verb is the next figure's
            if m is None and (m := _last_category_before(far_before)) is not None \
                    and c.start - len(far_before) + m.end() == prev_word_end and _OWN_PREDICATE_AFTER_RE.match(after) \
                    and not _STATUS_NOUN_RE.fullmatch(m.group(0)):  # (not "Of the 253 hostages …, about 130 are still held")
                m = None  # "121 people dead, …; more than 250,000 devotees had attended": the figure before's word
            pair = _last(_CATEGORY_RE, before) if verb else None
            if verb and pair and pair.lastgroup == "casualties" and pair.end() >= verb.end("v"):
                verb, m = None, pair  # "put the number of troops killed or wounded at close to 70,000"
            category = CATEGORY_VERBS[fold(verb.group("v"))] if verb else (m.lastgroup if m else None)
            if category == "wounded" and m is not None and not verb and _CARE_RE.fullmatch(m.group(0)) \
                    and _DISEASE_RE.search(text, sent_start, sent_end):
                category = NOT_A_CASUALTY  # "Cholera deaths have climbed to 300, with 12,000 people hospitalised"
            if category is None and _lives_taken(before, after):
                category = "killed"  # "Heatstroke has claimed at least 33 lives in Odisha"
            if category == "captured" and not verb and _DEAD_OF_BEFORE_RE.search(before):
                category = "killed"  # "the bodies of four hostages": the dead, not captives
            if category is None and _LOSS_VERB_RE.search(before) and (
                    _MILITARY_RE.search(after[:40]) or _CIVILIAN_RE.search(after[:40])
                    or _LOSS_PEOPLE_AFTER_RE.match(after)):
                category = "casualties"  # "Russia had lost some 390,000 personnel", "losing 1,500 men"
            if category is None and prev_category and 0 <= prev_end <= c.start and (
                    _LIST_GAP_RE.match(text, prev_end, c.start) or _FROM_GAP_RE.match(text, prev_end, c.start)
                    or _PART_GAP_RE.fullmatch(text, prev_end, c.start)
                    or (_PART_AFTER_RE.match(after) and _CLAUSE_GAP_RE.match(text, prev_end, c.start))):
                category = prev_category  # "1,139 killed, including 695 civilians and 373 members of the forces"
            if category is None and _HOST_BEFORE_RE.search(before) and _names_a_people(text, c.end):
                category = "displaced"  # hosted_people: "Egypt has received more than 1.5 million Sudanese since …"
            if category is None and breaks_down is not None:
                category = sentence_category.get(breaks_down)  # "The rest were soldiers – 4,210 regulars …"
            if category is None and prev_category and prev_sentence != sent_start and _PART_AFTER_RE.match(after) \
                    and same_paragraph(paragraphs, prev_sentence, sent_start):
                category = prev_category  # "… injured five people. He said two of them were in a serious condition."
            if category is None and things_verb is not None and _listed_after_things(text, things_verb[0], c.start) \
                    and _counts_people_after(text, c.end, after):
                category = things_verb[1]  # "captured 14 armoured vehicles and six Russian soldiers"
        things_verb = _things_verb(text, c, before, things_verb) if counts_things else None
        categories.append(category)
        if category is not None:
            sentence_category.setdefault(sent_start, category)

        source, source_from = _source_of(text, c, sources_cache, sentences, paragraphs, figure_sentences, unnamed, later)
        subject: str | None = None
        subject_from: str | None = "sentence"  # where the subject was read (Claim.subject_from)
        role = "unspecified"
        no_noun = False  # whether the figure's counted phrase names no noun of its own ("5,937 deaths")
        if category is not None or c.kind == "count":  # (so the casualty word after it was looked for above)
            counted = _Counted(text, c, before, after, cat_word if category else None)
            no_noun = counted.no_noun
            part_of_the_last = _PART_AFTER_RE.match(after) is not None and prev_role != "unspecified" \
                and prev_sentence >= 0 and same_paragraph(paragraphs, prev_sentence, sent_start)
            subject, subject_from, role = _counted_subject(
                counted, category if category is not None or not _counts_people_without_a_toll(text, c)
                else _PEOPLE_COUNTED, source, source_from, paragraphs, paragraph_toll,
                text[prev_end: c.start] if 0 <= prev_end <= c.start else ";", prev_subject, prev_subject_from,
                prev_role if part_of_the_last else None, opening_side)
        if subject is None and category is None:
            subject, where = _owner_subject(text, c, role if c.kind == "count" else "unspecified", paragraphs, source_from,
                                            prev_subject if prev_sentence == sent_start and (
                                                prev_category is None or _COUNTS_PEOPLE_RE.match(text, c.end)) else None,
                                            paragraph_subject, _names_a_side(text, c, sentence_sides))
            subject_from = where
        if breaks_down is not None and (whole := sentence_subject.get(breaks_down)) is not None \
                and _part_takes_the_whole(subject, whole):
            subject, subject_from = whole, "paragraph"  # "The count includes about 18,000 men recruited from prisons"
        if subject is not None:
            sentence_subject.setdefault(sent_start, subject)
            if not subject.startswith("Unspecified"):
                paragraph_subject = (bisect.bisect_right(paragraphs, sent_start), sent_start, subject)
                if category is not None or not subject.endswith("unspecified"):  # a toll, or people: "sent 11,000 troops"
                    paragraph_toll = paragraph_subject
        if breaks_down is not None:
            sentence_breaks_down[sent_start] = breaks_down

        right = next_start if next_start < sent_end else sent_end
        out.append(Description(_shown(category), subject, subject_from if subject else None, source, source_from,
                               per_of_phrase(text, c, left, right)))
        subjects_open.append(category is not None and no_noun and role == "unspecified")
        prev_subject, prev_category, prev_end, prev_sentence = subject, category, c.end, sent_start
        prev_word_end = c.end + cat_word.end() if category is not None and cat_word is not None else -1
        prev_subject_from = subject_from
        prev_role = role
    _list_heads_take_the_tail_category(text, spans, out, categories)
    _subject_from_the_article(out, paragraphs, spans, subjects_open)
    return out


class _Counted:
    """The words a figure's subject rules read, cut once for all of them: the words before it (since the figure before
    it in its sentence) and its sentence's lead up to it; the words it governs after it; its counted noun phrase (up to
    the casualty word, or the next few words of its clause: "3 million ethnic Russians"; in "90 missiles and 60 drones
    overnight, Ukraine's air force said", Ukraine speaks, it is not what was counted); and the counted window, the
    next 80 characters up to a passive's agent or a clause of its own."""

    def __init__(self, text: str, c: Span, before: str, after: str, cat_word: re.Match[str] | None) -> None:
        self.text: Final = text
        self.c: Final = c
        self.before: Final = before
        self.lead: Final = text[max(c.sentence_start, c.start - _LEAD_REACH): c.start]  # (bounded: a run-on sentence
        # of many figures costs no more per figure)
        self.after: Final = after
        self.phrase: Final = (after[: cat_word.start()] if cat_word
                              else " ".join(_CLAUSE_END_RE.split(after, 1)[0].split()[:3]))
        self.no_noun: Final = _NO_NOUN_RE.fullmatch(self.phrase) is not None
        self.window: Final = after[:80]
        counted = self.window[: agent.start()] if (agent := _AGENT_RE.search(self.window)) else self.window
        if (clause := _NEXT_CLAUSE_RE.search(counted)) is not None:
            counted = counted[: clause.start()]  # "climbed to 34 as rescuers pulled more bodies …": not the counted
        if (part := _PART_OF_THE_COUNTED_RE.search(counted)) is not None:
            counted = counted[: part.start()]  # "24 people, including children at a camp": a part's noun, not the whole's
        self.counted: Final = counted


def _counted_subject(w: _Counted, category: str | None, source: str | None, source_from: str | None,
                     paragraphs: list[int], paragraph_subject: tuple[int, int, str] | None, gap: str,
                     prev_subject: str | None, prev_subject_from: str | None,
                     part_of_role: str | None, opening_side: _DatelineSide) -> tuple[str | None, str | None, str]:
    """The subject of a figure that counts people (or of a count), where it was read, and the role of those it
    counts, rule by rule over one window (``_Counted``):

    - ``side_of_the_counted_noun``: the side the counted phrase names ("Russian soldiers"), or, for the displaced and
      captives, where they fled or were taken from;
    - ``list_shares_its_noun``: a figure of a list with the figure before ("120,000 Russian soldiers killed and
      170,000 wounded"; ``gap`` is the text between them);
    - ``side_harmed_before``: the side named before it in its sentence as harmed (``_side_harmed_before``);
    - the role: the counted noun's (``_counted_role``), a part's of its whole ("46 of them", ``part_of_role``), or
      the list's;
    - ``speakers_side``: the country the toll's speaker in its sentence speaks for (not where its clause says the speaker
      did the harm, ``_speaker_did_the_harm``);
    - ``refugees_named_before``: for the displaced, the refugees' people an earlier sentence names;
    - ``subject_from_the_paragraph``: the place, or what the paragraph named before;
    - ``soldiers_fall_at_home``: soldiers of no army named, killed in a place where no other side is named
      (``_home_soldiers_side``);
    - ``side_of_the_dateline``: the side of the place the story's dateline names (``opening_side``: "DNIPRO, Ukraine
      (Reuters) - A missile hit a building in the city centre, killing four people"), where nothing nearer named one."""
    text, c, before, after, phrase = w.text, w.c, w.before, w.after, w.phrase
    subject_from: str | None = "sentence"
    own_role = _counted_role(text, c, w.counted, before) or _role_of_the_number_of(w.lead)
    side = _side_in(phrase)
    if side is None and (category in ("displaced", "captured") or _FOREIGNER_RE.search(w.counted) is not None):
        # "600,000 refugees from Sudan", "hostages taken from Israel"; refugees_of_their_origin, whatever befell them:
        # "Cholera has killed 23 refugees from Darfur in camps in eastern Chad"
        side = _origin_side(after, "captured" if category == "captured" else "displaced")
    if side is None:
        side = _identity_side(after, own_role)  # "…, most of them Eritreans", "peacekeepers from Nepal"
    # (foreigners named before a figure of no noun of its own: "a boat carrying migrants sank off Libya, drowning 17")
    foreigners_before = (w.no_noun or _A_WORD_RE.search(w.phrase) is None) \
        and _FOREIGNER_RE.search(w.lead, max(0, len(w.lead) - _SIDE_LOOKBACK)) is not None
    if side is None and (_FOREIGNER_RE.search(w.counted) is not None or foreigners_before):
        side = _people_of_the_foreigners(w.lead)  # "a fire tore through a Rohingya camp …, killing three refugees",
        # "a boat carrying Haitian migrants sank …, drowning 17"
    # foreigners_take_no_side_from_where_they_are: "Greece said 5 migrants drowned off Crete" (or a list's figure with
    # no noun of its own after them: "60 migrants were rescued and 5 drowned")
    foreigners = _FOREIGNER_RE.search(w.counted) is not None or foreigners_before \
        or (w.no_noun and "." not in gap and _FOREIGNER_RE.search(gap) is not None)
    inherited_role = None
    deployed = category is None and _MILITARY_RE.search(after, 0, 24) is not None \
        and _DEPLOYED_BEFORE_RE.search(before) is not None  # "North Korea has sent about 11,000 troops"
    if side is None and (category is not None or deployed):
        if prev_subject and "." not in gap and not _NEW_CLAUSE_RE.search(gap) and (len(gap) < 60 or (
                len(gap) < _ELLIPSIS_REACH and _ELLIPSIS_GAP_RE.search(gap) and w.no_noun)
                or _PART_GAP_RE.fullmatch(gap)):
            # a list shares its noun: "120,000 Russian soldiers killed and 170,000 wounded", "405 soldiers had
            # been killed in the Gaza ground operation, and more than 2,300 wounded"
            side, inherited_role = prev_subject.split(" · ")
            subject_from = prev_subject_from
            if _GENERIC_PEOPLE_RE.match(phrase):
                inherited_role = None  # own_noun_keeps_its_role: "killing 22 passengers, and 15 people were hurt"
        elif not foreigners and (category != _PEOPLE_COUNTED or _CATEGORY_RE.search(w.lead) is not None):
            # (a side before a count of the fed or the sick is who feeds or counts them, not whose they are, unless
            # the sentence tells a toll before it: "Danish aid group DanChurchAid had fed 4,000 families", but
            # "Cholera has killed 58 people in Kosti and sickened 1,200 others")
            side = _side_harmed_before(w.lead, before, after, phrase, category, own_role)
    role = own_role or part_of_role or inherited_role or "unspecified"  # (part: "The group said 46 of them had died.")
    if side == "Unspecified":
        side = None
    if category is not None and side is None and source_from in ("own clause", "sentence") and not foreigners \
            and not _OPPOSING_FORCE_RE.search(phrase) and not _speaker_did_the_harm(before) \
            and (category != _PEOPLE_COUNTED or _names_its_country(source)):
        side = _speaker_side(source)
    if category is not None and side is None and source_from in ("own clause", "sentence") and not foreigners \
            and not _OPPOSING_FORCE_RE.search(phrase) and not _speaker_did_the_harm(before):
        side = _speaker_place_side(source)
    if category == "displaced" and side is None and (origin := _refugees_named_before(text, c, paragraphs)) is not None:
        side, subject_from = origin, "paragraph"
    if category is not None and (side is None or (role == "unspecified" and inherited_role is None)) \
            and not (foreigners and side is None):
        # (list_keeps_its_role: "250 people had been killed and 365 hospitalised" after "Rescuers found more
        # bodies": the list's people, not the rescuers the sentence names)
        side, role, where = _subject_from_the_paragraph(text, c, paragraphs, w.no_noun, w.window, side, role,
                                                        paragraph_subject)
        subject_from = where or subject_from
    if category is not None and side is None and role == "military" and not foreigners \
            and not _OPPOSING_FORCE_RE.search(phrase) \
            and (home := _home_soldiers_side(text, c, paragraphs, opening_side.candidate)) is not None:
        side, subject_from = home, "sentence"
    if category is not None and side is None and not foreigners and (dated := opening_side.side()) is not None:
        side, subject_from = dated, "dateline"
    if side or ((category not in (None, _PEOPLE_COUNTED) or deployed) and role != "unspecified"):
        # (a count of people with no toll and no side names no one: "Air India said 241 passengers had been on board")
        return f"{side or 'Unspecified'} · {role}", subject_from, role
    return None, None, role


_DISASTER_RE = re.compile(rf"(?i){words(DISASTER_NOUNS)}\b")
_A_WORD_RE = re.compile(r"[^\W\d_]")  # a counted phrase with a word in it (not "." after "drowning 17")


def _home_soldiers_side(text: str, c: Span, paragraphs: list[int], dated: str | None) -> str | None:
    """soldiers_fall_at_home: the side of the place soldiers whose army no word names fell in ("Militants ambushed a
    patrol in Balochistan's Kech district, killing six soldiers": Pakistan's; or, where their sentence names no place,
    the place the paragraph named before it), where their sentence, the paragraph
    before it and the dateline name no other side: a country's soldiers killed at home with no foreign army in the
    story are its own. The place must be one inside the country (``_home_place_side``): soldiers killed "in southern
    Lebanon" or "in Somalia" are as often a foreign army's. (Where another side is named, "Four Israeli soldiers were
    killed in …, bringing to 47 the number of soldiers killed", soldiers still fall on no side.) Looked over a bounded
    window around the figure, so a run-on sentence of many figures costs no more per figure."""
    paragraph_start = paragraphs[bisect.bisect_right(paragraphs, c.sentence_start) - 1]
    lead_start = max(c.sentence_start, c.start - _SIDE_LOOKBACK)
    start = max(paragraph_start, c.sentence_start - _SUBJECT_LOOKBACK)
    place = _home_place_side(text[lead_start: min(c.sentence_end, c.end + _PLACE_LOOKAHEAD)]) \
        or _home_place_side(text[start: c.sentence_start])  # "… overran a base in Middle Shabelle. Dozens of soldiers …"
    if place is None or dated not in (None, place):
        return None
    named = {side for _, _, side in side_mentions(text, start, min(c.sentence_end, c.end + _PLACE_LOOKAHEAD))}
    return place if named <= {place} else None


# A figure's own noun that names people and no role ("15 people", "21 other people"): what it counts keeps its own
# role, not the role of the list's figure before it (rule own_noun_keeps_its_role).
_GENERIC_PEOPLE_RE = re.compile(rf"\s*(?:[a-z-]+\s+)?{words(PEOPLE_NOUNS)}\b")


def _speaker_did_the_harm(before: str) -> bool:
    """Whether the figure's own clause says its speaker did the harm it counts ("Ukraine says it has killed 50,000
    soldiers"), so that the speaker's country is not theirs: a harm verb in the clause, unless a disaster does it
    (disaster_does_the_harm: "Myanmar's government said the earthquake had killed 3,649 people")."""
    start = _own_clause_start(before)
    harm = _ACTIVE_HARM_RE.search(before, start)
    return harm is not None and _DISASTER_RE.search(before, start, harm.start()) is None


# A part of the counted named after them: its noun gives the part's role, not the whole's ("killed 24 people, including
# children at a summer camp": their role is not named).
_PART_OF_THE_COUNTED_RE = re.compile(r",\s+(?:including|among\s+them|among\s+whom)\b")


# Where the clause of the counted ends: a conjunction that opens a clause of its own ("… as rescuers pulled", "…, with
# rescuers working in sub-zero cold", "… when militants ambushed their patrol")
_NEXT_CLAUSE_RE = re.compile(r"\b(?:as|while|when|with|after|before|because|since|until|where|whereas)\s+(?!(?:of|well)\b)")


def _counted_role(text: str, c: Span, counted: str, before: str) -> str | None:
    """The role the figure's own words give those it counts (None where they name none), rule by rule:

    - ``role_of_the_counted_noun``: the first role noun of the counted phrase (``counted``, up to a passive's agent):
      civilians (journalists, aid workers, rescuers and medics among them), police (no role: neither a side's
      military nor its civilians), the military ("volunteers" of a civil body are its rescuers: civilians);
    - ``role_named_before``: soldiers named just before the figure ("casualties among soldiers reached 10,000"),
      or civilians ("casualties among civilians reached 10,000 killed")."""
    civilian = _CIVILIAN_RE.search(counted)
    police = _POLICE_RE.search(counted)
    military = _MILITARY_RE.search(counted)
    if civilian and not (police and police.start() < civilian.start()):
        return "civilians"
    if police and (military is None or police.start() <= military.start()):
        return "unspecified"  # "two police officers were martyred": police, whose role is neither
    if military:
        if military.group(0).lower() == "volunteers" and _CIVIL_BODY_RE.search(text, c.sentence_start, c.sentence_end):
            return "civilians"  # "14 of its volunteers had been killed", the civil defence said
        return "military"
    if _military_counted_before(before[-40:]):
        return "military"
    if _CIVILIANS_BEFORE_RE.search(before[-40:]):
        return "civilians"
    return None


# Civilians named before a figure that counts them: "casualties among civilians reached 10,000", "the number of children
# killed rose to 320" (not "Rescuers in Nepal recovered nine bodies": who did it)
_CIVILIANS_BEFORE_RE = re.compile(rf"(?i)\b(?:among|of|for)\s+(?:the\s+)?(?:[a-z-]+\s+)?{words(CIVILIAN_WORDS)}\b")


def _side_harmed_before(lead: str, before: str, after: str, phrase: str, category: str | None,
                        role: str | None) -> str | None:
    """The side of those a figure counts, named before it in its sentence (``lead``), when its own phrase names none:

    - ``soldiers_side_from_their_army``: soldiers are of the side whose soldiers the sentence names, not of where they
      fell ("Four Israeli soldiers were killed in southern Lebanon, … bringing to 56 the number of troops killed");
    - else the side named last as harmed (``_last_victim_side``), but not a host of refugees ("Uganda now hosts"), a
      captor ("Hamas handed over"), a body that works anywhere, a side that did the harm ("Ukraine says it has killed
      50,000 soldiers"; but an armed group that fights at home harms its own country's people and takes its forces,
      "RSF fighters killed 14 civilians", "the Arakan Army captured 300 junta soldiers"), or the other side's fighters
      ("the Israeli military said 20 militants were killed"), nor, for soldiers, where they fell ("in southern
      Lebanon": ``soldiers_fall_on_no_side``)."""
    near = lead[-_SIDE_LOOKBACK:]  # (a run-on sentence of many figures costs no more per figure)
    if role == "military" and not _OPPOSING_FORCE_RE.search(phrase) and (army := _soldiers_side(near)) is not None:
        return army
    if (owner := _toll_owner(near)) is not None:
        return owner  # toll_of_its_owner: "The Ukrainian army's losses in the Kursk region reached 76,000"
    side, named_at, where, weapon_after = _last_victim_side(lead)
    if side and category == "displaced" and _HOST_AFTER_RE.match(lead, where):
        side = None  # "Uganda now hosts 1.7 million refugees": their host, not whose they are
    if side and (category == "captured" or _CAPTIVE_RE.search(after, 0, 40) or _BODIES_RE.match(after)) \
            and _CAPTOR_AFTER_RE.match(lead, where) \
            and not _TARGET_BEFORE_RE.search(lead, max(0, named_at - _TARGET_LOOKBACK), named_at):
        side = _captives_of().get(lead[named_at:where])  # "Hamas handed over the bodies of four hostages": not their
        # captor's; captives_of_the_captor's_foe where the table names whose people it holds (Israel's)
    if side and _TITLE_AFTER_RE.match(lead, where) and not _names_a_state_title(lead, where, len(lead)) \
            and (place := _place_side(after[:80])) is not None:
        side = place  # "The Danish Refugee Council said 12,000 had fled … in Mozambique's …": where they are
    fights_at_home = lead[named_at:where] in _armed_groups_within() and (
        not _MILITARY_RE.search(after, 0, 40) or _HOME_FORCES_RE.match(after) is not None)
    if side and not weapon_after and (harm := _ACTIVE_HARM_RE.search(lead, max(where, _own_clause_start(lead)))) \
            and not fights_at_home \
            and not _DISASTER_AFTER_RE.match(lead, where) \
            and not _DISASTER_RE.search(lead, _own_clause_start(lead), harm.start()) \
            and not _LOSS_VERB_RE.search(before) \
            and not _COUNTED_SIDE_RE.search(lead, max(0, where - 40), where) \
            and not _TARGET_BEFORE_RE.search(lead, max(0, named_at - _TARGET_LOOKBACK), named_at):
        side = None  # "Ukraine says it has killed 50,000 soldiers": the side did the killing
        # (not "Israeli strikes on Lebanon have killed 1,873 people": the side struck is the one harmed; nor "A cyclone
        # tore through Mozambique's Cabo Delgado, killing 12 people": a disaster did it, disaster_does_the_harm)
    if side == "Unspecified" or (side and _OPPOSING_FORCE_RE.search(phrase)):
        side = None  # (not "The Israeli military said 20 militants were killed": the other side)
    if side and role == "military" and _PLACE_SIDE_BEFORE_RE.search(lead, max(0, named_at - 24), named_at):
        side = None  # soldiers_fall_on_no_side: "… were killed in southern Lebanon, bringing the number of soldiers … to 47"
    return side


# "junta soldiers", "army troops", "government forces": a country's own forces, named without its name
_HOME_FORCES_RE = re.compile(rf"(?i)\s+(?:[a-z-]+\s+)?(?:{'|'.join(HOME_FORCE_WORDS)})\s+(?:{'|'.join(FIGHTER_WORDS)})\b")
# A side's soldiers named as harmed, not as who did harm or who speaks: "Israeli soldiers were killed", "Turkish
# soldiers died" (not "Israeli troops killed …", "the Ukrainian army said …")
_SOLDIERS_HARMED_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:were|was|have\s+been|has\s+been|had\s+been|died|perished|fell)\b")


_LEAD_REACH = 1000  # characters of a figure's sentence before it read for the side and role of those it counts
_SIDE_LOOKBACK = 300  # characters before a figure looked over for the soldiers or the toll's owner it counts
# "The Ukrainian army's losses", "Russian casualties", "North Korea's death toll": the side whose toll it is, before the
# figure that gives it, and nothing but the toll's own words between them
_TOLL_OWNED_RE = re.compile(r"(?:['’]s)?\s+(?:(?:army|military|armed\s+forces|forces|troops)(?:['’]s?)?\s+)?"
                            r"(?:combat\s+|battlefield\s+|total\s+|overall\s+)?(?:losses|casualties|death\s+toll|toll|dead)\b"
                            r"(?P<rest>[^,;:.]*)$")
# a name of a place, after its preposition: "in the Kursk region", "in Russia's Kursk region", "near eastern Pokrovsk"
_IN_A_PLACE_BEFORE_RE = re.compile(r"\b(?:in|near|across|inside|around|outside|into|at)\s+(?:the\s+)?(?:[a-z]+ern\s+)?"
                                   r"(?:[A-Z][\w-]*(?:['’]s)?\s+)*$")
_BODIES_RE = re.compile(r"\s+(?:[a-z-]+\s+)?(?:bodies|remains)\b")  # a captor hands over the dead too


def _toll_owner(lead: str) -> str | None:
    """The side whose toll the figure gives, named as its owner before it ("The Ukrainian army's losses in the Kursk
    region reached", "Russian losses near Pokrovsk rose to"), where no other side is named after the toll's noun but
    as a place ("in Russia's Kursk region")."""
    pattern, word_to_side = _sides()
    owner = None
    for m in pattern.finditer(lead):
        toll = _TOLL_OWNED_RE.match(lead, m.end())
        if toll is not None and all(_IN_A_PLACE_BEFORE_RE.search(lead, max(0, other.start() - 40), other.start())
                                    for other in pattern.finditer(lead, toll.start("rest"))):
            owner = word_to_side[m.group(0)]
    return None if owner == "Unspecified" else owner


def _soldiers_side(lead: str) -> str | None:
    """The side whose soldiers the sentence names last before the figure as harmed ("Four Israeli soldiers were killed
    …"), or whose army's truck, base or patrol it names ("An Indian army truck skidded off a road, killing nine
    soldiers": ``ARMY_ASSET_NOUNS``)."""
    pattern, word_to_side = _sides()
    army = None
    for m in pattern.finditer(lead):
        noun = _FIGHTER_AFTER_RE.match(lead, m.end())
        if (noun is not None and _SOLDIERS_HARMED_RE.match(lead, noun.end())) or _ARMY_ASSET_AFTER_RE.match(lead, m.end()):
            army = word_to_side[m.group(0)]  # (soldiers_of_the_army_hit: "an Indian army truck skidded off the road")
    return None if army == "Unspecified" else army


_FIGHTER_AFTER_RE = re.compile(rf"(?i)\s+(?:{'|'.join(FIGHTER_WORDS)})\b")
# A side's army's truck, base or patrol named after its name ("an Indian army truck", "a Nigerian military base").
_ARMY_ASSET_AFTER_RE = re.compile(rf"\s+(?:(?:army|military|navy|security|air\s+force)\s+)?{words(ARMY_ASSET_NOUNS)}\b")


_FOREIGNER_RE = re.compile(rf"(?i){words(FOREIGNER_WORDS)}\b")
_IDENTITY_AFTER_RE = re.compile(rf"[^,;.]{{0,80}}?,\s+{words(IDENTITY_WORDS)}\s+(?:of\s+them\s+)?")
_FIGHTERS_FROM_RE = re.compile(rf"(?i)\s+(?:[a-z-]+\s+)?(?:{'|'.join(FIGHTER_WORDS)})\s+from\s+(?:the\s+)?")


def _identity_side(after: str, role: str | None) -> str | None:
    """The side the words after a count name as who those it counts are: ", most of them Eritreans" (a people's name,
    not "most of them children"), or the refugees' origin (", most of them refugees who fled El Geneina"); for soldiers, where they come from ("four UN peacekeepers from Nepal")."""
    pattern, word_to_side = _sides()
    at = _IDENTITY_AFTER_RE.match(after)
    if at is None and role == "military":
        at = _FIGHTERS_FROM_RE.match(after)
    if at is not None and (fled := _FOREIGNERS_WHO_FLED_RE.match(after, at.end())) is not None:
        at = fled  # ", most of them refugees who fled El Geneina": where they fled, not where they are
    named = pattern.match(after, at.end()) if at else None
    side = word_to_side[named.group(0)] if named else None
    return None if side == "Unspecified" else side


def _part_takes_the_whole(subject: str | None, whole: str) -> bool:
    """Whether a breakdown's part ("The count includes about 18,000 men recruited from prisons") is of the subject of
    the total it breaks down: where its own words give none, or give a side (or none) but no role."""
    if subject is None:
        return True
    side, role = subject.split(" · ")
    whole_side, whole_role = whole.split(" · ")
    return role == "unspecified" and whole_role != "unspecified" and side in (whole_side, "Unspecified")


def _subject_from_the_article(out: list[Description], paragraphs: list[int], spans: list[Span],
                              open_roles: list[bool]) -> None:
    """``subject_from_the_article``: a toll whose paragraph names no side ("The ministry has not updated its own toll
    since May, when it acknowledged 3,100 deaths") is of the side every other toll of the article is of, when they are
    all of one side (and of its role, where its own words name none and theirs all name the same one); marked
    ``subject_from`` "article", an inference the analyst sees. A toll whose own words name a role other than
    theirs is left alone (civilians killed in an article about one side's soldiers may be the other side's), and one
    whose own words name a side is never overruled."""
    sided = [d.subject for d in out if d.category is not None and d.subject and not d.subject.startswith("Unspecified")]
    sides = {subject.split(" · ")[0] for subject in sided}
    if len(sides) != 1 or len(paragraphs) < 2:
        return
    side = sides.pop()
    roles = {subject.split(" · ")[1] for subject in sided} - {"unspecified"}
    role = roles.pop() if len(roles) == 1 else None
    for i, d in enumerate(out):
        if d.category is None or (d.subject and not d.subject.startswith("Unspecified")):
            continue
        own_role = d.subject.split(" · ")[1] if d.subject else "unspecified"
        if own_role not in ("unspecified", role):
            continue
        new_role = role if own_role == "unspecified" and open_roles[i] and role else own_role
        out[i] = Description(d.category, f"{side} · {new_role}", "article", d.source, d.source_from, d.per)


# A counted phrase with no noun of its own: "5,937 deaths", "380,000 had been wounded", "14 of its own soldiers"
_NO_NOUN_RE = re.compile(r"(?:\s*\b(?:had|have|has|been|were|was|are|is|more|others?|of|them|its|their|own|\w+ly)\b)*\s*")
# (with a compass word of the place's own name or of a part of it: "in North Darfur", "across eastern Ukraine")
_PLACE_SIDE_BEFORE_RE = re.compile(rf"\b(?:in|across|inside|throughout)\s+(?:the\s+)?(?:(?i:{COMPASS})\s+)?$")
# A side named as a place or a target before the harm done there ("strikes on Lebanon have killed"): not the doer.
_TARGET_BEFORE_RE = re.compile(rf"\b(?:on|of|against|in|across|inside|into|around|near|outside|throughout|{'|'.join(TARGET_VERBS)})"
                               r"\s+(?:the\s+)?(?:(?:[a-z]+ern|central)\s+)?$")  # "on southern Lebanon", "shelling of Kharkiv"
_TARGET_LOOKBACK = 32  # characters before a side looked over for ``_TARGET_BEFORE_RE`` ("pounded south-western Lebanon")


_NOT_AN_OBJECT_RE = re.compile(r"\b(?:at|to|by|of)\b")  # "killed or wounded at 70,000": the figure is no object of the verb


# A host's verb after a side's name ("Uganda now hosts", "Colombia is home to"), and the words after a count of the
# displaced that name where they came from ("refugees from Sudan", ", most of them South Sudanese").
_HOST_AFTER_RE = re.compile(rf"(?:['’]s)?\s+(?:(?:now|still|already|currently|also)\s+)?{words(HOST_VERBS)}\b")
# (What they fled may stand between: "who fled the war in neighbouring Sudan", "fleeing fighting in eastern Congo".)
_FLED_IN = (rf"(?:the\s+)?(?:(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(FLIGHT_CAUSES)})\s+(?:in|across)\s+(?:the\s+)?)?"
            rf"(?:(?:neighbouring|neighboring|war-torn|{COMPASS})\s+)?")  # (lowercase: "South Sudanese" is a name)
_ORIGIN_AFTER_RE = re.compile(rf"(?:\s+[\w-]+){{0,4}}?,?\s+{words(ORIGIN_WORDS)}\s+{_FLED_IN}")  # ("arrive each day from")
# Refugees named with where they fled, after who most of them are: "…, most of them refugees who fled El Geneina"
_FOREIGNERS_WHO_FLED_RE = re.compile(rf"(?i:{words(FOREIGNER_WORDS)})\s+(?:who\s+(?:had\s+|have\s+)?)?{words(ORIGIN_WORDS)}\s+{_FLED_IN}")
_CAPTIVE_ORIGIN_AFTER_RE = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+{words(CAPTIVE_ORIGIN_WORDS)}\s+(?:the\s+)?")


def _origin_side(after: str, category: str) -> str | None:
    """The side a count of the displaced names as where they came from, in the words after it (``_ORIGIN_AFTER_RE``),
    or a count of captives as where they were taken from ("58 hostages taken from Israel")."""
    pattern, word_to_side = _sides()
    origin = (_ORIGIN_AFTER_RE if category == "displaced" else _CAPTIVE_ORIGIN_AFTER_RE).match(after)
    named = pattern.match(after, origin.end()) if origin else None
    return word_to_side[named.group(0)] if named else None


# The agent of a passive after a figure ("were killed by Russian soldiers", "lynched by residents", "displaced by
# fighting"): who did it, not the role of those it counts.
_AGENT_RE = re.compile(r"\bby\s+(?!(?:the\s+)?(?:end|middle|start|time|early|late|mid|then|now|far|more|less|about|around|some|nearly|almost)\b)(?![\d$€£¥])")


# A figure with no noun of its own after "and" goes on with the noun of the figure before it, however far
# ("… killed in the Gaza ground operation, and more than 2,300 wounded").
_ELLIPSIS_GAP_RE = re.compile(r"\b(?:and|or)\s+$")
_ELLIPSIS_REACH = 160
# A part of the figure before, named after the clauses between them: "790,000 troops since the invasion, Ukraine's
# General Staff said, including 1,230 over the past day".
_PART_GAP_RE = re.compile(rf"[^.;]{{0,{_ELLIPSIS_REACH}}}?,\s+(?:including|among\s+them)\s+")


# Where a sentence's next clause of its own starts: "…, the army said; one soldier was wounded", "… were killed in
# Khyber Pakhtunkhwa, while two soldiers were martyred" (the harm done before it is not this clause's).
_NEW_CLAUSE_RE = re.compile(r"[;:]|,\s+(?:while|whereas|but|and\s+(?=[a-z]+\s+(?:of\s+)?(?:[a-z]+\s+)?(?:were|was|had|have|has)\b))\b")


def _own_clause_start(text: str) -> int:
    """Where the last clause of ``text`` (the clause a figure at its end stands in) starts (``_NEW_CLAUSE_RE``), looked
    for over its last ``_CLAUSE_LOOKBACK`` characters (so a run-on sentence of many figures costs no more per figure)."""
    start = max(0, len(text) - _CLAUSE_LOOKBACK)
    for m in _NEW_CLAUSE_RE.finditer(text, start):
        start = m.end()
    return start


def _nearest_category_verb(before: str) -> re.Match[str] | None:
    """The casualty verb nearest before a figure, within the two words ``_CATEGORY_VERB_BEFORE_RE`` allows: "the camp
    for displaced people killed 11" is killed, not displaced (a search finds the leftmost of them)."""
    verb = _CATEGORY_VERB_BEFORE_RE.search(before)
    while verb is not None and (nearer := _CATEGORY_VERB_BEFORE_RE.search(before, verb.end("v"))) is not None:
        verb = nearer
    return verb


# Between a count of things and the next figure of its list: a comma or "and" ("12 tanks, 14 armoured vehicles and 1,130
# personnel").
_THINGS_LIST_JOINT_RE = re.compile(r"\s*(?:,\s*(?:and\s+|plus\s+|as\s+well\s+as\s+)?|\s+(?:and|plus|as\s+well\s+as)\s+)")


def _listed_after_things(text: str, things_end: int, start: int) -> bool:
    """Whether the figure at ``start`` is the next item of a list whose item before it, ending at ``things_end``,
    counts things ("lost 6 tanks, 14 armoured combat vehicles and 1,130 personnel")."""
    m = _COUNTS_THINGS_RE.match(text, things_end)
    return m is not None and m.end() < start and _THINGS_LIST_JOINT_RE.fullmatch(text, m.end(), start) is not None


def _counts_people_after(text: str, end: int, after: str) -> bool:
    """Whether the figure ending at ``end`` counts people: a people noun, a soldier's or a civilian's word after it."""
    return _COUNTS_PEOPLE_RE.match(text, end) is not None or _LOSS_PEOPLE_AFTER_RE.match(after) is not None \
        or _MILITARY_RE.search(after[:40]) is not None \
        or _CIVILIAN_RE.search(after[:40]) is not None


def _things_verb(text: str, c: Span, before: str, last: tuple[int, str] | None) -> tuple[int, str] | None:
    """things_list_verb: a count of things takes no category ("destroyed 12 tanks", "shot down 40 drones"), but the
    casualty or loss verb before it governs the people its list counts too ("captured 14 armoured vehicles and six
    Russian soldiers": captured; "had lost 6 tanks, 14 armoured vehicles and 1,130 personnel": casualties). This
    count's end and the category its verb (or, as a later item of the list, the list's verb) gives people, or None."""
    verb = _nearest_category_verb(before)
    if verb is not None and CATEGORY_VERBS[fold(verb.group("v"))] != NOT_A_CASUALTY:
        return c.end, CATEGORY_VERBS[fold(verb.group("v"))]
    if _LOSS_VERB_RE.search(before):
        return c.end, "casualties"
    if last is not None and _listed_after_things(text, last[0], c.start):
        return c.end, last[1]
    return None


def _military_counted_before(before: str) -> bool:
    """Whether soldiers named just before the figure are what it counts ("casualties among soldiers reached
    10,000", "the number of Ukrainian troops killed or wounded at 70,000"), not who did the harm it counts, with
    a verb that takes the figure as its object ("RSF fighters killed at least 57 people")."""
    last = _last(_FIGHTER_RE, before)  # (not the fight: "Fighting around El Fasher has forced 400,000 people …")
    if last is None:
        return False
    harm = _CATEGORY_VERB_BEFORE_RE.search(before, last.end())
    return harm is None or not _ACTIVE_HARM_RE.match(harm.group("v")) \
        or _NOT_AN_OBJECT_RE.search(before, harm.end("v")) is not None
# "bringing the number of soldiers who have died in the ground operation there to 47", "the toll among civilians
# stood at": the noun of a number that the figure is, however far before it in its clause.
_NUMBER_OF_RE = re.compile(rf"(?i)\b(?:number|toll|tally|count)\s+(?:of|among)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
                           rf"(?:(?P<military>{words(MILITARY_WORDS)})|(?P<civilians>{words(CIVILIAN_WORDS)}))\b"
                           r"[^,;:.]{0,90}?\s(?:to|at|reached|stands\s+at|stood\s+at)\s+$")
_NUMBER_OF_REACH = 160  # characters of the lead looked back over for the number's noun
# "raising the army's death toll in the ground offensive to 449", "the civilians' toll stood at": a toll owned by its
# role's noun, however far before the figure in its clause.
_NUMBER_OWNED_RE = re.compile(rf"(?i)(?:(?P<military>{words(FIGHTER_WORDS)})|(?P<civilians>{words(CIVILIAN_WORDS)}))['’]s?"
                              rf"\s+(?:[\w-]+\s+){{0,2}}?(?:toll|losses|casualties|tally|count)\b"
                              r"[^,;:.]{0,90}?\s(?:to|at|reached|stands\s+at|stood\s+at)\s+$")


def _role_of_the_number_of(lead: str) -> str | None:
    """role_of_the_number_of: the role of the noun of the number the figure gives ("bringing the number of soldiers who
    have died … to 47": military), or of the toll's owner ("raising the army's death toll to 449": military), where its
    own words name none."""
    start = max(0, len(lead) - _NUMBER_OF_REACH)
    m = _NUMBER_OF_RE.search(lead, start) or _NUMBER_OWNED_RE.search(lead, start)
    return m.lastgroup if m is not None else None


# The role the noun right after a side's name gives it: "Russian troops", "Ukrainian civilians".
_ROLE_NOUN_AFTER_RE = re.compile(rf"\s+(?i:(?P<military>{words(MILITARY_WORDS)})|(?P<civilians>{words(CIVILIAN_WORDS)}))\b")
_PLACE_LOOKAHEAD = 160  # characters after a figure looked over for the place of a list's shared noun ("… and 42,397 injured in Pakistan")
@cache
def _refugees_of() -> re.Pattern[str]:
    """A people's refugees named by their side: "Sudanese refugees", "Afghan asylum seekers" (``FOREIGNER_WORDS``)."""
    return re.compile(rf"(?:{_sides()[0].pattern})\s+(?:[a-z-]+\s+)?{words(FOREIGNER_WORDS)}\b")


@cache
def _foreigners_home() -> re.Pattern[str]:
    """A people named as the refugees or the camp's people, last in the words before a count of refugees: "a
    Rohingya camp", "Sudanese refugees", "Afghan settlements" (``FOREIGNER_WORDS``, ``REFUGEE_PLACE_NOUNS``)."""
    return re.compile(rf"(?:{_sides()[0].pattern})\s+(?:[a-z-]+\s+)?{words([*REFUGEE_PLACE_NOUNS, *FOREIGNER_WORDS])}\b")


def _people_of_the_foreigners(lead: str) -> str | None:
    """foreigners_of_the_people_named: the side of the people the figure's sentence names before a count of refugees
    or migrants as theirs or their camp's ("A fire tore through a Rohingya camp in Cox's Bazar, killing three
    refugees": Myanmar's), where the count's own words name none: not the host where the camp is. Looked over the
    last ``_SIDE_LOOKBACK`` characters of the lead."""
    last = _last(_foreigners_home(), lead[-_SIDE_LOOKBACK:])
    if last is None:
        return None
    named = _sides()[0].match(last.group(0))
    side = _sides()[1][named.group(0)] if named else None
    return None if side == "Unspecified" else side


def _refugees_named_before(text: str, c: Span, paragraphs: list[int]) -> str | None:
    """refugees_named_before: the side of the refugees an earlier sentence of the paragraph names by their people's
    name, for a count of the displaced whose own sentence names none ("Sudanese refugees continue to arrive in eastern
    Chad. The agency says more than 700,000 have crossed the border"): whose they are, not the host named after them."""
    paragraph_start = paragraphs[bisect.bisect_right(paragraphs, c.sentence_start) - 1]
    start = max(paragraph_start, c.sentence_start - _SUBJECT_LOOKBACK)
    lookback = text[start: c.sentence_start]
    last = _last(_refugees_of(), lookback)
    if last is None:
        return None
    named = _sides()[0].match(lookback, last.start())
    return _sides()[1][named.group(0)] if named else None


_SUBJECT_LOOKBACK = 600  # characters of the paragraph looked back over for the side its casualties are of


_OPPOSING_FORCE_RE = re.compile(rf"(?i){words(OPPOSING_FORCE_WORDS)}\b")
# A body that works anywhere, named by its nationality's adjective ("Belgian aid group", "Danish Refugee Council")
_BODY_ANYWHERE_RE = re.compile(rf"\s+(?:[A-Z][\w-]*\s+){{0,2}}(?i:{'|'.join(sorted(GENERIC_ANAPHORS))}|council)\b")


# A speaker named by the place it serves, then its body in lower case: "Texas health officials", "Sindh health
# department", "Kerala health minister Veena George".
_PLACE_NAMED_SPEAKER_RE = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+[a-z]")


def _speaker_place_side(source: str | None) -> str | None:
    """speaker_of_a_place: the side of the place of the places table a speaker's name opens with, a state's or a
    province's body ("Texas health officials said 124 measles cases had been reported in the South Plains": the United
    States'), where its name holds no side's own word."""
    if not source or (m := _PLACE_NAMED_SPEAKER_RE.match(source)) is None:
        return None
    side = places().get(m.group("place"))
    return None if side in (None, "Unspecified") else side


def _names_its_country(source: str | None) -> bool:
    """Whether a speaker is named as its country's own, by the country's possessive ("Uganda's health ministry"): the
    only speaker whose side a count of people with no toll takes (not "Air India said 241 passengers …", "the Danish
    aid group said 200 people were treated")."""
    if not source:
        return False
    return any(source.startswith(("'s", "’s"), m.end()) for m in _sides()[0].finditer(source))


def _speaker_side(source: str | None) -> str | None:
    """The side a toll's speaker in the figure's sentence speaks for, when the counted words name none: the
    country its name holds ("…, Lebanon's health ministry said", "the Ukrainian Interior Minister's adviser",
    "the health ministry in Gaza"), not the nationality of a body that works anywhere ("Belgian aid group MdM").
    (Its caller leaves out a speaker that did the harm, "it killed 20 militants", and counted enemies.)"""
    if not source:
        return None
    pattern, word_to_side = _sides()
    for m in pattern.finditer(source):
        if source.startswith(("'s", "’s"), m.end()) or not _BODY_ANYWHERE_RE.match(source, m.end()):
            side = word_to_side[m.group(0)]
            return None if side == "Unspecified" else side
    return None


def _subject_from_the_paragraph(text: str, c: Span, paragraphs: list[int], no_noun: bool, window: str, side: str | None,
                                role: str, last: tuple[int, int, str] | None) -> tuple[str | None, str, str | None]:
    """The side and role a casualty figure's own words leave open, from what the article says around it:

    - civilians (or people of no role) killed in a place are its people ("320 children have been killed in Gaza",
      "killed eight people in Kyiv"; soldiers killed in a place need not be its own);
    - a figure with no noun of its own ("5,937 deaths", "380,000 had been wounded") counts what the last
      figure of its paragraph with a side did, or (its role) what its sentence names ("a toll of its own
      soldiers …, when it acknowledged 5,937 deaths");
    - otherwise its side is the one the paragraph named last before its sentence ("Lebanon's health ministry
      said … The toll includes 316 children").

    Also where the side was read: "sentence", "paragraph" (or None: no side found here)."""
    if side is None and role != "military" and (place := _place_side(window) or _place_side(
            text[c.end: min(c.sentence_end, c.end + _PLACE_LOOKAHEAD)]) or _fronted_place_side(text, c)) is not None:
        return place, role, "sentence"
    paragraph = bisect.bisect_right(paragraphs, c.sentence_start)
    if last is not None and last[0] == paragraph and last[1] != c.sentence_start:
        last_side, last_role = last[2].split(" · ")
        return side or last_side, (last_role if role == "unspecified" and no_noun else role), None if side else "paragraph"
    if role == "unspecified" and no_noun:
        role = _role_named_in(text[max(c.sentence_start, c.start - _LEAD_REACH): c.start]) or role
    paragraph_start = paragraphs[paragraph - 1]
    where = None
    if side is None and c.sentence_start > paragraph_start:
        lookback = text[max(paragraph_start, c.sentence_start - _SUBJECT_LOOKBACK): c.sentence_start]
        side, _, named_end, _ = _last_victim_side(lookback)
        side = None if side == "Unspecified" else side
        where = "paragraph" if side else None
        if side is not None and role == "unspecified" and no_noun:
            if noun := _ROLE_NOUN_AFTER_RE.match(lookback, named_end):
                role = noun.lastgroup or role  # "… its latest figures for Russian troops. It said 1,060 had been killed …"
            else:
                # "… has not published a toll of its own troops since 2022. At the time it acknowledged 5,937 deaths."
                before_it = lookback.rstrip()  # (its sentence before, the one that names the side)
                role = _role_named_in(before_it[before_it.rfind(".", 0, len(before_it) - 1) + 1:]) or role
    return side, role, where


# A place a sentence opens with, up to its comma: "In the occupied West Bank, Israeli forces have killed …", "Across
# Sudan's Darfur region, …".
_FRONTED_PLACE_RE = re.compile(rf"\s*(?:In|Across|Inside|Throughout|Around|Near)\s+(?:the\s+)?"
                               rf"(?:(?:(?i:{COMPASS})|{'|'.join(PLACE_ADJECTIVES)})\s+)?(?P<place>[A-Z][^,.;]{{1,60}}),")


def _fronted_place_side(text: str, c: Span) -> str | None:
    """side_of_a_fronted_place: the side of the place the figure's sentence opens with (``_FRONTED_PLACE_RE``), the
    side word it names first ("Sudan's Darfur region": Sudan) or a place of the places table, where the figure
    comes after it: where the toll its sentence gives happened."""
    m = _FRONTED_PLACE_RE.match(text, c.sentence_start, c.start)
    if m is None:
        return None
    if (named := _sides()[0].search(text, m.start("place"), m.end("place"))) is not None:
        return _sides()[1][named.group(0)]
    return next((side for _, _, side in place_mentions(text, m.start(), m.end())), None)


def _role_named_in(lead: str) -> str | None:
    """The role of those a figure with no noun of its own counts, named in the words before it: soldiers that did no
    harm there ("a toll of its own soldiers …, when it acknowledged 5,937 deaths"; not "Sudanese army drones struck a
    market, killing 27 people": the doer), else civilians that did nothing there (not "Rescuers in Nepal recovered nine
    bodies")."""
    if (soldiers := _last(_FIGHTER_RE, lead)) is not None and not _HARM_WEAPON_AFTER_RE.match(lead, soldiers.end()) \
            and not _ACTIVE_HARM_RE.search(lead, soldiers.end()):
        return "military"
    if (civilians := _last(_CIVILIAN_RE, lead)) is not None and not _DOER_RE.search(lead, civilians.end()):
        return "civilians"
    return None


_DOER_RE = re.compile(rf"\b(?:{_DOER})\b")


def _names_a_side(text: str, c: Span, seen: dict[int, bool]) -> bool:
    """Whether the figure's sentence names any side (read once a sentence, in ``seen``)."""
    if c.sentence_start not in seen:
        seen[c.sentence_start] = _sides()[0].search(text, c.sentence_start, c.sentence_end) is not None
    return seen[c.sentence_start]


def _owner_subject(text: str, c: Span, role: str, paragraphs: list[int], source_from: str | None,
                   same_sentence: str | None, last: tuple[int, int, str] | None,
                   names_a_side: bool) -> tuple[str | None, str]:
    """Whose figure a figure that counts no casualties is: the side its clause names as the quantity's owner
    (``_owner_side``); else the side of the figure before it in its sentence ("Nigeria's headline inflation slowed to
    24.48%, while food inflation eased to 26.08%"); else, in a sentence that names no side and goes on with the one
    before it ("It said …", "The ministry said …", "He said unemployment could rise to 4.75%"), the side its paragraph
    named last. Its role is the figure's own ("unspecified" unless its noun names one): never a side the text does
    not give. Also where the side was read: "sentence" or "paragraph"."""
    if c.kind == "quantity" and _DURATION_RE.search(text, c.start, c.end):
        return None, "sentence"  # a span of time is nobody's: "…, four days after the invasion began"
    side = _owner_side(text, c)
    where = "sentence"
    if side is None and same_sentence is not None and not same_sentence.startswith("Unspecified") \
            and not _names_anything(text, _clause_start(text, c), c.start):  # (not "…, Warsaw 1,500")
        side = same_sentence.split(" · ")[0]
    if side is None and last is not None and last[1] != c.sentence_start \
            and last[0] == bisect.bisect_right(paragraphs, c.sentence_start) \
            and (source_from == "paragraph" or _CONTINUES_RE.match(text, c.sentence_start)) \
            and not names_a_side:
        side, where = last[2].split(" · ")[0], "paragraph"
    return (f"{side} · {role}" if side else None), where


# A place named as what a blow struck: "killed in strikes on the Nabatieh Governorate", "in the shelling of Kherson"
_STRUCK_PLACE_BEFORE_RE = re.compile(rf"(?i){words(HARM_WEAPON_NOUNS)}\s+(?:on|of|against)\s+(?:the\s+)?(?:{COMPASS}\s+)?$")
_STRUCK_LOOKBACK = 48  # characters before a side looked over for ``_STRUCK_PLACE_BEFORE_RE``


def _place_side(window: str) -> str | None:
    """The first side ``window`` names as a place ("in Gaza", "across Ukraine"), or as the place a blow struck
    (struck_place_is_where: "killed in strikes on the Nabatieh Governorate")."""
    pattern, word_to_side = _sides()
    place = [p for p in place_mentions(window) if not _held_in(window, p[0])][:1]  # "… killed 40 people in Antakya"
    for m in pattern.finditer(window):
        if place and place[0][0] < m.start():
            break
        if (_PLACE_SIDE_BEFORE_RE.search(window, max(0, m.start() - 24), m.start())
                or _STRUCK_PLACE_BEFORE_RE.search(window, max(0, m.start() - _STRUCK_LOOKBACK), m.start())) \
                and not _held_in(window, m.start()):
            return word_to_side[m.group(0)]
    return place[0][2] if place else None


# A place inside a country named after the country's possessive: "Burkina Faso's Sahel region", "Afghanistan's
# northern provinces" (not "Lebanon's south").
_INNER_PLACE_AFTER_RE = re.compile(rf"['’]s\s+(?:(?i:{COMPASS})\s+)?(?:[A-Z]|{words(PLACE_NOUNS)})")


def _home_place_side(window: str) -> str | None:
    """The side of the first place ``window`` names inside a country, not the country itself: a province, region or
    city of the places table ("in Balochistan's Kech district") or of the sides' own words ("in the Kursk region"),
    or one named after the country's possessive ("in Burkina Faso's Sahel region"), but not "in southern Lebanon",
    whose name is its side's."""
    pattern, word_to_side = _sides()
    found = [(at, side) for at, end, side in place_mentions(window) if window[at:end] != side and not _held_in(window, at)]
    found += [(m.start(), word_to_side[m.group(0)]) for m in pattern.finditer(window)
              if (m.group(0) != word_to_side[m.group(0)] or _INNER_PLACE_AFTER_RE.match(window, m.end()))
              and not _held_in(window, m.start())
              and _PLACE_SIDE_BEFORE_RE.search(window, max(0, m.start() - 24), m.start())
              and not _HARM_WEAPON_AFTER_RE.match(window, m.end())]  # (not "killed in the Russian shelling")
    side = min(found)[1] if found else None
    return None if side == "Unspecified" else side


def _held_in(window: str, at: int) -> bool:
    """Whether the place at ``at`` is named as where captives are held (``_HELD_IN_BEFORE_RE``)."""
    return _HELD_IN_BEFORE_RE.search(window, max(0, at - _HELD_IN_LOOKBACK), at) is not None


_NAME_WORD_AFTER_RE = re.compile(r"\s+[A-Z]")
# The dead a figure is the number of, named before it: "the bodies of four hostages", "the remains of the 28 captives".
_DEAD_OF_BEFORE_RE = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?(?:\S+\s+)?$")
_CAPTIVE_RE = re.compile(rf"(?i){words(CAPTIVE_NOUNS)}\b")
_CAPTOR_AFTER_RE = re.compile(rf"(?:['’]s)?\s+(?:(?:also|now|still|later|then|has|have|had|is|are|was|were)\s+){{0,2}}{words(CAPTOR_VERBS)}\b")
# Where captives are held is not whose they are: "the 48 hostages still held in Gaza".
_HELD_IN_BEFORE_RE = re.compile(r"\b(?:held|kept|detained|imprisoned|jailed)\s+(?:[a-z]+\s+)?(?:in|inside)\s+(?:the\s+)?$")
_HELD_IN_LOOKBACK = 30  # characters before a place looked over for ``_HELD_IN_BEFORE_RE``

def _last_category_before(before: str) -> re.Match[str] | None:
    """The last casualty word before a figure, but not one inside a name ("the Norwegian Refugee Council said aid
    had fallen 80%", "the Missing Migrants Project")."""
    last = None
    for m in _CATEGORY_RE.finditer(before):
        if not (m.group(0)[:1].isupper() and _NAME_WORD_AFTER_RE.match(before, m.end())) \
                and not _NEGATED_BEFORE_RE.search(before, max(0, m.start() - 12), m.start()):
            last = m  # negated_casualty_word: not "… and no deaths, down from 567 in October"
    return last


# A word that denies the casualty word right after it: "no deaths", "zero fatalities" (NEGATING_WORDS).
_NEGATED_BEFORE_RE = re.compile(rf"(?i){words(NEGATING_WORDS)}\s+(?:new\s+|further\s+|reported\s+)?$")


def _first_category(after: str) -> re.Match[str] | None:
    """The first casualty word after a figure that says what it counts (not "listed as missing" when a later
    word says what they now are: "697 people listed as missing were confirmed dead"); a predicate over a noun's
    category: "2,000 prisoners recruited by Wagner had been killed", "13 Rohingya refugees died" count the killed."""
    first = None
    former = None  # "about 100 people listed as missing": the former state, if nothing overrules it
    for m in _CATEGORY_RE.finditer(after):
        if _FORMER_STATE_BEFORE_RE.search(after, 0, m.start()):
            former = former or m
            continue
        if first is None:
            first = m
            if not _STATUS_NOUN_RE.fullmatch(m.group(0)):
                return m
        elif (_PREDICATE_BEFORE_RE.search(after, first.end(), m.start())
              or _VERB_RIGHT_AFTER_RE.fullmatch(after, first.end(), m.start())) \
                and not _PART_OF_THEM_RE.search(after, first.end(), m.start()):
            return m  # (not ", most of them believed to be dead": a part's predicate, not the whole's)
    return first or former


def _shown(category: str | None) -> str | None:
    """The category a figure is given: none for what counts people that no casualty category holds (NOT_A_CASUALTY,
    "46 passengers were rescued", "1,300 patients were hospitalised with dengue"), which is read as a category only
    so that it governs the figure and the list it heads."""
    return None if category == NOT_A_CASUALTY else category


def _list_heads_take_the_tail_category(text: str, spans: list[Span], out: list[Description],
                                       categories: list[str | None]) -> None:
    """"4,210 regulars and 870 militiamen killed": the list's first figure counts what its last one does; so does a
    part of the next one ("241 of the 242 people on board had died"), but not a count of things ("12 homes and 5 people")."""
    for i in range(len(spans) - 2, -1, -1):
        c, nxt = spans[i], spans[i + 1]
        if categories[i] is None and categories[i + 1] is not None and c.kind == nxt.kind == "count" \
                and _COUNTS_THINGS_RE.match(text, c.end) is None \
                and nxt.sentence_start == c.sentence_start and (_LIST_GAP_RE.match(text, c.end, nxt.start)
                                                                 or _PART_OF_NEXT_RE.fullmatch(text, c.end, nxt.start)
                                                                 or _SHARE_APPOSITION_GAP_RE.fullmatch(text, c.end, nxt.start)):
            # (an apposed count of the same people: "Some 20,252 families, or 55,511 individuals, are still in
            # evacuation centers", whose side, where the head names none, is the apposed figure's too)
            categories[i] = categories[i + 1]
            d = out[i]
            apposed = _SHARE_APPOSITION_GAP_RE.fullmatch(text, c.end, nxt.start) is not None and d.subject is None
            out[i] = Description(_shown(categories[i]), out[i + 1].subject if apposed else d.subject,
                                 out[i + 1].subject_from if apposed else d.subject_from, d.source, d.source_from, d.per)



def _sources_at(text: str, start: int, end: int, cache: dict[int, list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The attributions of the sentence ``text[start:end]`` (offsets in ``text``), found once."""
    if start not in cache:
        cache[start] = sorted((start + pos, name) for pos, name in find_sources(text[start:end]))
    return cache[start]


_SOURCE_REACH = 1000  # characters either side of a figure its sentence's speakers are weighed over


def _in_reach(found: list[tuple[int, str]], c: Span) -> list[tuple[int, str]]:
    """The speakers of ``found`` (in order) within ``_SOURCE_REACH`` of the figure: all of them in a sentence of news,
    a bounded few in a run-on one of thousands of attributions, so that each figure costs the same (bisected)."""
    lo = bisect.bisect_left(found, (c.start - _SOURCE_REACH, ""))
    hi = bisect.bisect_right(found, (c.end + _SOURCE_REACH, "\uffff"))
    return found if lo == 0 and hi == len(found) else found[lo:hi]


# A passive right after the figure names who gave it, nearer than any speaker before: "19,000 given by the ministry",
# "the 212 deaths were reported by local authorities".
_PASSIVE_AFTER_RE = re.compile(rf"(?:\s+[\w'’-]+){{0,2}}?\s+(?:{PASSIVE_VERBS})(?:\s+\w+)?\s+by\b")
# So does a poll the figure was given in, right after it in its clause: "beating the 4% rise forecast in a Reuters poll",
# "Labour was on 20% in the latest YouGov survey".
_POLL_AFTER_RE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+in\s+(?:an?|the)\s+(?:(?:latest|new|recent)\s+)?[A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*)*\s+(?:poll|survey)\b")


def _source_of(text: str, c: Span, cache: dict[int, list[tuple[int, str]]], sentences: list[int],
               paragraphs: list[int], figure_sentences: frozenset[int],
               unnamed: dict[int, tuple[str | None, str | None]], later: dict[int, str | None]) -> tuple[str | None, str | None]:
    """A figure's source and where it was read: its own clause, its sentence, or its paragraph (an
    anaphor's name, the source a continuing sentence goes on with, a back-reference after it).
    ``unnamed`` holds, by sentence start, what the context gives a sentence that names no source itself
    (``_source_around``): it is read once a sentence, not once a figure."""
    found = _in_reach(_sources_at(text, c.sentence_start, c.sentence_end, cache), c)
    source = _nearest_source([(pos - c.sentence_start, name) for pos, name in found], c.start - c.sentence_start)
    if found and _PASSIVE_AFTER_RE.match(text, c.end, c.sentence_end):
        # "… more than twice the figure of 19,000 given by the interior ministry": the figure's own passive
        source = next((name for pos, name in found if pos >= c.end), source)
    elif found and _POLL_AFTER_RE.match(text, c.end, c.sentence_end):
        source = _poll_after(found, c) or source
    if source is not None and (trailing := _trailing_speaker(text, found, source, c)) is not None:
        source = trailing  # "India reported 5,000 new cases, the health ministry said": the ministry's figure
    if source is not None and _beyond_its_doer(text, found, source, c):
        source = None  # "Rescue workers pulled more bodies from the rubble, raising the toll to 11": no one's count
    paragraph_start = paragraphs[bisect.bisect_right(paragraphs, c.sentence_start) - 1]
    if source is not None and sentences and _all_doers(text, found) and (quoted := _quote_speaker(
            text, bisect.bisect_right(sentences, c.sentence_start) - 1, paragraph_start, cache, sentences, paragraphs)):
        return quoted, "paragraph"  # '"Rescuers pulled 23 bodies from the mud. …," said X': the quote's speaker's count
    if source is not None and _OFFICIAL_DATA_RE.fullmatch(source) and sentences and (lede := _lede_source(
            text, bisect.bisect_right(sentences, c.sentence_start) - 1, text[c.sentence_start: c.sentence_end],
            paragraph_start, cache, sentences, paragraphs, figure_sentences)) is not None:
        return lede, "paragraph"  # "…, official data showed. The Turkish Statistical Institute said …": the data's owner
    if source is not None:
        pos = next(p for p, name in found if name == source)
        gap = text[min(pos, c.end): max(pos, c.start)].replace(source, "", 1)  # (a name's own comma is no clause's)
        where = "sentence" if ("," in gap or ";" in gap) else "own clause"
        indefinite = (_INDEFINITE_BEFORE_RE.search(text, max(c.sentence_start, pos - 10), pos) or _INDEFINITE_AT_RE.match(text, pos)) \
            and not text.startswith(" statement", pos + len(source)) \
            and source not in ISSUED_WORDS  # (the article of "a ministry statement" is the statement's)
        head = "" if indefinite else _anaphor_head(source)
        if (_ITS_BEFORE_RE.search(text, max(c.sentence_start, pos - 8), pos) or _ITS_AT_RE.match(text, pos)) and (
                named := _named_before(text, c.sentence_start, paragraph_start, "", cache, sentences, any_source=True)):
            return named, "paragraph"  # "Its Missing Migrants Project recorded …": the project of the one before
        if head:
            if named := _named_later_in_its_sentence(found, c, head):
                return named, "sentence"  # "The fund's latest projections show growth of 3%, the IMF said"
            if named := _named_before(text, c.sentence_start, paragraph_start, head, cache, sentences):
                return _first_of_joined(named, head), "paragraph"  # "The group said …": the group named before
            if (opening := _opening_body(text[c.sentence_start: c.sentence_end], pos - c.sentence_start, head)) is not None:
                return opening, "sentence"  # "The Army missed its goal by 15,000, the service said"
            if (opening := _opening_before(text, c.sentence_start, paragraph_start, head, sentences)) is not None:
                return opening, "paragraph"  # "The ICRC is helping families search for 50,000 people. The organisation said …"
        return source, where
    if not found and (doer := _opening_doer_that_said(text[c.sentence_start: c.sentence_end], c.start - c.sentence_start)):
        return doer, "sentence"  # "Moody's cut the United States' rating and said debt would rise to 134%"
    if not found and (owner := _report_speaking_after(text, c, paragraph_start, cache, sentences)):
        return owner, "paragraph"  # "A report by the World Bank said … Output grew 1.1%, the report said."
    if c.sentence_start not in unnamed:
        unnamed[c.sentence_start] = _source_around(text, c.sentence_start, c.sentence_end, paragraph_start, cache,
                                                   sentences, paragraphs, figure_sentences, later)
    return unnamed[c.sentence_start]


# A doer's verb right after its name ("Rescue workers pulled"), and a result clause that opens on a participle after a
# comma that raises a toll ("…, raising the toll to 11", "…, killing at least 18 people"; not "…, benefiting 11,040
# people", which says what the doer's work reached)
_DOER_AFTER_RE = re.compile(rf"\s+{_ADVERBS}(?:{_DOER})\b")
_RESULT_CLAUSE_RE = re.compile(rf",\s+(?:{_RESULT_PARTICIPLES})\b")


def _named_later_in_its_sentence(found: list[tuple[int, str]], c: Span, head: str) -> str | None:
    """The body an anaphor before the figure stands for, named after the figure in the same sentence: "The fund's
    latest projections show global growth of 3% this year, the IMF said" (the anaphor ``head`` ("fund") may stand for
    the name, ``_of_kind``, or the name is an acronym, whose words are not written out). Its own sentence names it
    nearer than any sentence before; None where no such name follows the figure."""
    return next((name for pos, name in found if pos >= c.end and any(ch.isupper() for ch in name)
                 and (_ACRONYM_RE.fullmatch(name) or _of_kind(name, head))), None)


def _poll_after(found: list[tuple[int, str]], c: Span) -> str | None:
    """The pollster of the poll right after the figure (``_POLL_AFTER_RE``): the first speaker after it, which the
    poll's name is ("…, customs data showed, beating the 4% rise forecast in a Reuters poll": Reuters' figure, not
    the customs office's before it)."""
    return next((name for pos, name in found if pos >= c.end), None)


def _beyond_its_doer(text: str, found: list[tuple[int, str]], source: str, c: Span) -> bool:
    """Whether ``source`` is a doer before the figure (``DOER_VERBS``: the figure's source only as what it did, "Civil
    defence crews recovered 23 bodies") whose verb does not reach the figure: a result clause opens between them
    ("Rescue workers pulled more bodies from the rubble, raising the toll to 11"), whose figure is the event's, counted
    by no one the sentence names."""
    pos = next((p for p, name in found if name == source and p < c.start), None)
    if pos is None or (verb := _DOER_AFTER_RE.match(text, pos + len(source), c.start)) is None:
        return False
    return _RESULT_CLAUSE_RE.search(text, verb.end(), c.start) is not None


def _all_doers(text: str, found: list[tuple[int, str]]) -> bool:
    """Whether every source ``found`` in a sentence is a doer (``DOER_VERBS`` right after its name, "Rescuers pulled"),
    none a speaker: inside a quotation, what the doer did is what the quotation's speaker tells."""
    return all(_DOER_AFTER_RE.match(text, pos + len(name)) is not None for pos, name in found)


def _trailing_speaker(text: str, found: list[tuple[int, str]], source: str, c: Span) -> str | None:
    """The speaker after the figure that outranks a country or side named before it: a country that "reported" or
    "said" a figure that a named body then gives ("India reported 5,000 cases, the health ministry said") is what
    the figure is of; the body after it gives it. So too for unnamed speakers before it that a named one after it
    gives at the end of the sentence ("Independent journalists have confirmed … 111,000 …, Mediazona said"). None
    when ``source`` is neither, or nothing (named) speaks after."""
    pattern, _ = _sides()
    unnamed = _is_unnamed(source)
    if (pattern.fullmatch(source) is None and not unnamed) or not any(pos < c.start and name == source for pos, name in found):
        return None
    return next((name for pos, name in found if pos >= c.end and pattern.fullmatch(name) is None
                 and not (unnamed and (_is_unnamed(name) or not _TRAILING_SAID_RE.match(text, pos + len(name))))), None)


# A speaker's verb at the end of its sentence: "…, Mediazona said on Thursday."
_TRAILING_SAID_RE = re.compile(rf"\s+(?:{'|'.join(SPEECH_WORDS)})\b[^,;.!?]{{0,40}}(?:[.!?]|$)")
_KIND_WORD_RE = re.compile(rf"(?:{'|'.join([*SPEAKER_MODIFIERS, *SPEAKERS])})")


def _is_unnamed(source: str) -> bool:
    """Whether a speaker goes by its kind alone, with no name: lowercase words, the first of them maybe capitalized
    at its sentence's opening ("Independent journalists", "aid workers"; not "UN humanitarian office", "Somalia")."""
    first, *rest = source.split()
    return all(w.islower() for w in rest) and (first.islower() or _KIND_WORD_RE.fullmatch(first.lower()) is not None)


_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+$")  # "a local security group": a new one, no anaphor
_INDEFINITE_AT_RE = re.compile(r"(?:An?|Another)\s")  # (the speaker's modifiers, taken in, may have taken the article in)


# "… and said", "… and also told reporters": a second verb of the sentence's opening subject, a speaker's
_AND_SAID_RE = re.compile(rf"\s+and\s+(?:also\s+)?(?:{'|'.join(AND_SPEECH_VERBS)})\b")
_LOWERCASE_VERB_RE = re.compile(r"\s+(?:(?:has|have|had|also|on\s+\w+)\s+)?[a-z]+\b")


def _opening_doer_that_said(sentence: str, at: int) -> str | None:
    """The name a sentence opens with, the subject of its first verb and of an "and said" before the figure at ``at``
    (no clause break between them but commas): "Moody's cut the United States' credit rating by one notch and said
    federal debt would rise to about 134% of GDP" gives Moody's word, though no verb follows the name. None where the
    sentence opens on no name, or has no such "and said" before the figure (what the name did before it, "Russia
    launched 80 drones and said …", is no word of its own)."""
    if " and " not in sentence or (said := _AND_SAID_RE.search(sentence, 0, at)) is None \
            or (opening := _OPENING_NAME_RE.match(sentence)) is None \
            or not _LOWERCASE_VERB_RE.match(sentence, opening.end()) or ";" in sentence[opening.end(): said.start()]:
        return None
    return _clean_source(opening.group("o"))


# "…, the report said." after the figure: a report's noun (of REPORT_NOUNS, one any named body may stand behind,
# GENERIC_ANAPHORS) that speaks at the end of its sentence, lowercase
_SPEAKING_REPORTS = [w for w in REPORT_NOUNS if w in GENERIC_ANAPHORS]
_REPORT_SAID_AFTER_RE = re.compile(rf"[,;]\s+the\s+(?P<n>{'|'.join(_SPEAKING_REPORTS)})\s+(?:also\s+)?"
                                   r"(?:said|says|found|finds|showed|shows|estimated|estimates)\b")


def _report_speaking_after(text: str, c: Span, paragraph_start: int, cache: dict[int, list[tuple[int, str]]],
                           sentences: list[int]) -> str | None:
    """The body named before in the paragraph whose report, survey or study speaks after the figure ("A report by the
    World Bank said growth slowed. Excluding oil, output grew 1.1%, the report said."): the report's noun stands for
    it, as "The report said" opening a sentence does. None where no body was named before: a report alone is no
    speaker."""
    if (said := _REPORT_SAID_AFTER_RE.search(text, c.end, c.sentence_end)) is None:
        return None
    return _named_before(text, c.sentence_start, paragraph_start, said.group("n"), cache, sentences)


def _source_around(text: str, start: int, end: int, paragraph_start: int, cache: dict[int, list[tuple[int, str]]],
                   sentences: list[int], paragraphs: list[int], figure_sentences: frozenset[int],
                   later: dict[int, str | None]) -> tuple[str | None, str | None]:
    """The source of a sentence ``text[start:end]`` that names none in its own clauses, read from its
    context: the one a pronoun or a continuing sentence goes on with, a body named at the sentence's
    opening, a later sentence that names the source of the figures before it, the sentence of figures right
    before it, the source the next sentence names for a paragraph's opening figures."""
    if not sentences:
        return None, None
    k = bisect.bisect_right(sentences, start) - 1
    if (quoted := _quote_speaker(text, k, paragraph_start, cache, sentences, paragraphs)) is not None:
        return quoted, "paragraph"  # '"Two people were killed. Rescuers are at the site," the mayor wrote.'
    sentence = text[start:end]
    speaks = _SPEECH_RE.search(sentence) is not None
    own_fact: bool | None = None  # (``_states_its_own_fact``, read once, and only where a branch below asks)
    if start > paragraph_start and (_CONTINUES_RE.match(text, start) or (
            any(w in sentence for w in _PRONOUN_WORDS)
            and _PRONOUN_SAYS_RE.search(text, start, end)) or _THE_DATA_SHOWED_RE.search(text, start, end)):
        own_fact = not speaks and _states_its_own_fact(sentence)
        named = None if own_fact else _named_before(text, start, paragraph_start, "", cache, sentences, any_source=True)
        if named:
            return named, "paragraph"  # "It said Russian forces were losing …"
    if any(w in sentence for w in _PRONOUN_WORDS) and (says := _PRONOUN_SAYS_RE.search(sentence)) is not None \
            and (opening := _opening_body(sentence, says.start())) is not None:
        return opening, "sentence"
    after = later[k] if k in later else _source_after(text, k, cache, sentences, paragraphs, figure_sentences, later)
    if after is not None:
        return after, "paragraph"
    if k > 0 and sentences[k - 1] >= paragraph_start and not speaks and (sentences[k - 1] in figure_sentences or (
            _OPENS_ON_FIGURE_RE.match(sentence) and _ATTRIBUTING_RE.search(text, sentences[k - 1], start))):
        before = _sources_at(text, sentences[k - 1], start, cache)
        # a sentence that attributes nothing goes on with the figures of the one right before it, if that one's source
        # spoke, reported or decided: what a doer did ("The agency has launched an appeal for …") carries onto no later fact
        # (a decision or a commitment carries only onto what it decided: "… cut its key rate to 16%. The deposit rate will
        # be 15%", not "… kept its policy rate at 2.75%. Exports rose 3% in March"); so too the account a speaker opens
        # with no figure of its own, where the next sentence opens on its figures ("Governor X said the drones struck
        # after midnight. Three people were killed …"), on a speaker's word only (the figure-free sentence searched for
        # sources only then: it is not otherwise)
        if before and (_ATTRIBUTING_RE.search(text, sentences[k - 1], start) or (
                sentences[k - 1] in figure_sentences
                and (_DECIDES_RE.search(text, sentences[k - 1], start) or _COMMITS_RE.search(text, sentences[k - 1], start))
                and _NAMES_THE_DECIDED_RE.match(text, start, end))) \
                and not (_states_its_own_fact(sentence) if own_fact is None else own_fact):
            pos, name = before[-1]
            anaphor = _anaphor_head(name)  # (an anaphor there stands for the body its sentence opens with)
            name = (anaphor and _opening_body(text[sentences[k - 1]: start], pos - sentences[k - 1], anaphor)) or name
            if not _opens_on_another_doer(sentence, name):
                return name, "paragraph"
    if (lede := _lede_source(text, k, sentence, paragraph_start, cache, sentences, paragraphs, figure_sentences)) is not None:
        return lede, "paragraph"
    return None, None


# A quotation that runs over several sentences is its speaker's throughout: the speaker named (or the pronoun that
# speaks) right after the mark that closes it, in a later sentence of the paragraph ('"Two people were killed and nine
# were taken to hospital. Rescuers are still at the site," Mayor Vitali Klitschko wrote on Telegram.').
_QUOTE_MARK_RE = re.compile(r'["“”]')
_QUOTE_REACH = 4  # sentences of a paragraph a quote is read over, back to where it opened and on to where it closes
_SPEAKER_AFTER_QUOTE_GAP = 12  # characters between a closing mark and its speaker's name: '," said ', '," '
_PRONOUN_AFTER_QUOTE_RE = re.compile(rf"\s+(?:{'|'.join(SPEAKING_PRONOUNS)})\s+(?:{'|'.join(PRONOUN_SPEECH_VERBS)})\b")


def _quote_walk(text: str, start: int, end: int, open_at_start: bool) -> tuple[bool, int | None]:
    """Whether a quotation is open at ``end`` of ``text[start:end]``, given whether one was at ``start``, and where the
    first mark that closes an open one stands (None if none does). A curly mark says which it is; a straight one
    closes an open quotation and opens one otherwise."""
    is_open, close = open_at_start, None
    for m in _QUOTE_MARK_RE.finditer(text, start, end):
        opens = m.group() == "“" or (m.group() == '"' and not is_open)
        if is_open and not opens and close is None:
            close = m.start()
        is_open = opens
    return is_open, close


def _quote_speaker(text: str, k: int, paragraph_start: int, cache: dict[int, list[tuple[int, str]]],
                   sentences: list[int], paragraphs: list[int]) -> str | None:
    """The speaker of a quotation that sentence ``k`` leaves open (opened in it, or up to ``_QUOTE_REACH`` sentences
    before it), named right after the mark that closes it in one of the next ``_QUOTE_REACH`` sentences of the
    paragraph: its name (an anaphor's the body named before), or a speaking pronoun's, the last source named before
    the quotation ('…," he wrote on Telegram'). None where no quotation is open or no speaker follows its close."""
    first = max(bisect.bisect_left(sentences, paragraph_start), k - _QUOTE_REACH)
    if _QUOTE_MARK_RE.search(text, sentences[first], _sentence_end(text, sentences, k)) is None:
        return None  # (no mark at all: one search, not a walk of each sentence)
    is_open = False
    for j in range(first, k + 1):
        is_open, _ = _quote_walk(text, sentences[j], _sentence_end(text, sentences, j), is_open)
    if not is_open:
        return None
    for j in range(k + 1, min(len(sentences), k + 1 + _QUOTE_REACH)):
        start, end = sentences[j], _sentence_end(text, sentences, j)
        if not same_paragraph(paragraphs, start, sentences[k]):
            return None
        is_open, close = _quote_walk(text, start, end, True)
        if close is None:
            continue
        for pos, name in _sources_at(text, start, end, cache):
            if close < pos <= close + _SPEAKER_AFTER_QUOTE_GAP:
                head = _anaphor_head(name)
                return (head and _named_before(text, start, paragraph_start, head, cache, sentences)) or name
        if _PRONOUN_AFTER_QUOTE_RE.match(text, close + 1, end):
            return _named_before(text, start, paragraph_start, "", cache, sentences, any_source=True)
        return None
    return None


def _sentence_end(text: str, sentences: list[int], j: int) -> int:
    """Where sentence ``j`` ends: where the next begins, or the text's end."""
    return sentences[j + 1] if j + 1 < len(sentences) else len(text)


# A sentence's opening subject and its verb: "Russia launched …", "Israel has called up …", "The army deployed …"
_OPENING_DOER_RE = re.compile(rf"[\"“]?(?:(?:The|An?)\s+)?(?P<o>{_NAME}|(?:[a-z]+\s+){{0,3}}?(?:{'|'.join(SPEAKERS)}))"
                              r"\s+(?:(?:has|have|had|also|will|would)\s+)?[a-z]+(?:ed|es|s)\b")


def _opens_on_another_doer(sentence: str, carried: str) -> bool:
    """Whether a sentence opens on a side or a speaker of its own, as the subject of its verb, other than the source
    ``carried`` onto it from the sentence before ("… Ihor Klymenko said. Russia launched more than 80 drones …",
    "… Police said. The army deployed 2,000 troops"): that doer's act is no part of what the speaker before said."""
    if _REFERS_BACK_RE.search(sentence) or (m := _OPENING_DOER_RE.match(sentence)) is None \
            or (name := _clean_source(m.group("o"))) is None:
        return False  # ("Romania accounted for 30,692 of them": a part of what was said)
    if name == carried or ((head := _anaphor_head(name)) and _of_kind(carried, head)):
        return False  # ("The ministry also recorded …": the one carried)
    pattern, _ = _sides()
    return pattern.fullmatch(name) is not None or _SPEAKER_HEAD_RE.search(name.split()[-1]) is not None


_JOINED_NAMES_RE = re.compile(r"(?P<first>[A-Z][\w.&/'’-]*(?:\s+[A-Z][\w.&/'’-]*)*)\s+and\s+[A-Z]")


def _first_of_joined(name: str, head: str) -> str:
    """The first of two outlets an outlet's word in the singular stands for ("Mediazona and BBC News Russian have
    identified … The outlet said …": Mediazona, which leads the count): a name of capitalized words only, then "and",
    then another. Any other anaphor, or a name with "of" or "for" in it ("Ministry of Health and Social Services"),
    keeps the name whole."""
    joint = name.find(" and ")
    if head not in MEDIA_ANAPHORS or joint < 0 or (m := _JOINED_NAMES_RE.fullmatch(name, 0, joint + 6)) is None:
        return name  # (the pattern read up to the second name's first letter)
    return m.group("first")


# A titled person of a body an anaphor's possessive stands for: "the bank's governor", "the company's chief economist"
# (a title of ``NAME_DESCRIPTORS`` that is none of the people who stand for their body, ``PEOPLE_OF_A_BODY``: "the
# centre's duty officer", "the ministry's spokesman" speak as the body named before)
_OWN_TITLES = [d for d in NAME_DESCRIPTORS if not any(d == p or re.fullmatch(p, d) for p in PEOPLE_OF_A_BODY)]
_TITLED_OF_POSSESSIVE_RE = re.compile(rf"[a-z]+['’]s\s+(?:[a-z]+\s+)?(?:{'|'.join(_OWN_TITLES)})")


def _person_of_the_body_before(source: str) -> bool:
    """Whether a speaker is a titled person named by the possessive of an anaphor: "The Reserve Bank of India kept the
    repo rate at 5.5%. … the bank's governor told a news conference": the governor speaks in his own title, and is the
    source as the sentence names him ("bank's governor", as "bank's chief economist Huw Pill" is), not the bank the
    possessive stands for (the source of "the bank said", and of "the centre's duty officer said")."""
    return _TITLED_OF_POSSESSIVE_RE.fullmatch(source) is not None


def _anaphor_head(source: str) -> str:
    """The anaphor's word ("group", "ministry") if ``source`` is one: a few lowercase words (besides "UN"), one
    of them an anaphor ("the group", "the UN migration agency", "the agency's"); else ""."""
    words_of = fold(source).split()
    if _person_of_the_body_before(source):
        return ""
    if len(words_of) > 3 or any(w[:1].isupper() and w not in ANAPHOR_QUALIFIERS for w in source.split()):
        return ""
    return next((w for w in (words_of[0].removesuffix("'s").removesuffix("’s"), words_of[-1]) if w in ANAPHORS), "")


def _source_after(text: str, k: int, cache: dict[int, list[tuple[int, str]]], sentences: list[int],
                  paragraphs: list[int], figure_sentences: frozenset[int], later: dict[int, str | None]) -> str | None:
    """The source a later sentence of the paragraph names for the figures before it: "… 6.3% of GDP. This was
    announced by the Finance Minister.", "NEMA's director-general disclosed this …", "The data were released by
    Eurostat" (over the figure sentences between that attribute nothing, "Youth unemployment was 14.1%.").
    ``later`` keeps what each sentence found, so that the sentences a walk passes over are not walked again."""
    passed = [k]
    found: str | None = None
    j = k + 1
    while j < len(sentences) and same_paragraph(paragraphs, sentences[j], sentences[k]):
        if j in later:
            found = later[j]
            break
        start, end = sentences[j], (sentences[j + 1] if j + 1 < len(sentences) else len(text))
        if _BACK_REFERENCE_RE.match(text, start) or _THIS_SAID_RE.search(text, start, end):
            after = _sources_at(text, start, end, cache)
            found = after[0][1] if after else None
            break
        if start not in figure_sentences or _SPEECH_RE.search(text, start, end):
            break
        passed.append(j)  # a figure sentence that attributes nothing: what names its source names the one before's
        j += 1
    for p in passed:
        later[p] = found
    return found


def _lede_source(text: str, k: int, sentence: str, paragraph_start: int, cache: dict[int, list[tuple[int, str]]],
                 sentences: list[int], paragraphs: list[int], figure_sentences: frozenset[int]) -> str | None:
    """The paragraph's opening figures, given with no word of who gives them (or only "data showed"), are those
    of the source the next sentence names for its own figures: "Russia's jobless rate held at 2.4% in February.
    Rosstat also said real wages rose 3.2%." (Only at the paragraph's first sentence: a later one goes on with
    the one before it.)"""
    if sentences[k] != paragraph_start or k + 1 >= len(sentences) or _SPEECH_RE.search(_ANONYMOUS_DATA_RE.sub("", sentence)) \
            or _MARKET_OPENING_RE.match(sentence):  # ("Brent crude rose 2%. OPEC said …": the market's, not OPEC's)
        return None
    nxt = sentences[k + 1]
    if nxt not in figure_sentences or not same_paragraph(paragraphs, nxt, sentences[k]):
        return None
    after = _sources_at(text, nxt, sentences[k + 2] if k + 2 < len(sentences) else len(text), cache)
    if not after:
        return None
    if (head := _anaphor_head(after[0][1])) and (opening := _opening_body(sentence, len(sentence), head)) is not None:
        return opening  # "The ICRC is helping families search for 50,000 people. The organisation said …"
    return after[0][1]


def _opening_body(sentence: str, before: int, head: str = "") -> str | None:
    """The body a sentence opens with, if its name holds a speaker's head word and ends before ``before`` (where
    a pronoun or an anaphor that stands for it speaks): "Russia's defence ministry has not …, when it
    acknowledged …", "The Army missed its goal …, the service said". An anaphor's ``head`` ("ministry") must
    be a word of the name, as in ``_named_before``, unless any body may go by it ("the service")."""
    opening = _OPENING_NAME_RE.match(sentence)
    if opening is None or opening.end() >= before:
        return None
    if not _SPEAKER_HEAD_RE.search(opening.group("o")) and not _acronym_for(opening.group("o"), head) and not (
            (head in BARE_NAME_ANAPHORS or head in MEDIA_ANAPHORS) and _names_a_company(opening.group("o"))
            and (head in MEDIA_ANAPHORS or _COMPANY_VERB_RE.match(sentence, opening.end())
                 or _POSSESSIVE_END_RE.search(opening.group("o")))):
        return None
    name = _clean_source(opening.group("o"))
    if name is None or _PERSON_WORD_RE.fullmatch(name):
        return None  # "A spokeswoman for the UN refugee agency said …": a person's word alone names no body
    if head and not _of_kind(name, head):
        return None
    return name


def _acronym_for(name: str, head: str) -> bool:
    """Whether a sentence's opening ``name`` is an acronym (not a side's: "US") that a generic anaphor may stand for: its
    words are not written out, so no speaker's word shows what kind of body it is ("ACLED recorded … fatalities …, the
    monitoring group said")."""
    return head in GENERIC_ANAPHORS and _ACRONYM_RE.fullmatch(name) is not None and _names_a_company(name)


def _names_a_company(name: str) -> bool:
    """Whether a name that opens a sentence, with no speaker's word in it ("Santander", "Saudi Aramco"), and what a
    company does after it (``_COMPANY_VERB_RE``) or its possessive ("Ryanair's passenger numbers") may be the company a
    company's word ("the lender") stands for: a name, not a side ("Germany's economy")."""
    pattern, _ = _sides()
    return pattern.fullmatch(_clean_source(name) or "") is None


def _of_kind(name: str, head: str) -> bool:
    """Whether the anaphor ``head`` ("bank", "regulator") may stand for the body ``name``: any body for a generic
    word ("group"), a bare name for a company's or a bank's word ("Barclays … the bank"), else one whose name
    holds a word of its kind (``ANAPHOR_NAME_WORDS``), whole or at a word's end ("the bank" for "Sweden's Riksbank")."""
    if head in GENERIC_ANAPHORS or (head in BARE_NAME_ANAPHORS and not _SPEAKER_HEAD_RE.search(name)):
        return True
    kinds = ANAPHOR_NAME_WORDS.get(head, (head,))
    return any(w.endswith(kind) for w in fold(name).split() for kind in kinds)


def _opening_before(text: str, sentence_start: int, paragraph_start: int, head: str, sentences: list[int]) -> str | None:
    """The body an earlier sentence of the paragraph opens with (``_opening_body``), nearest first, that an anaphor
    with nothing named before it stands for: the body did something ("is helping", "runs") rather than speak."""
    k = bisect.bisect_left(sentences, sentence_start) - 1
    for j in range(k, max(-1, k - _ANAPHOR_LOOKBACK), -1):
        if sentences[j] < paragraph_start:
            break
        sentence = text[sentences[j]: sentences[j + 1]]
        if (opening := _opening_body(sentence, len(sentence), head)) is not None:
            return opening
    return None


def _named_before(text: str, sentence_start: int, paragraph_start: int, head: str,
                  cache: dict[int, list[tuple[int, str]]], sentences: list[int], any_source: bool = False) -> str | None:
    """The last source named (capitalized) in the paragraph before ``sentence_start`` that ``head`` ("ministry")
    may stand for: one whose name holds the word, or for a generic word ("group") any; with ``any_source``,
    the last source of any kind."""
    if not sentences:
        return None
    k = bisect.bisect_left(sentences, sentence_start) - 1
    acronym = None  # an acronym's words are not written out: it may be what any anaphor stands for ("OCHA" … "the UN office")
    for j in range(k, max(-1, k - _ANAPHOR_LOOKBACK), -1):
        start = sentences[j]
        if start < paragraph_start:
            break
        for pos, name in reversed(_sources_at(text, start, sentences[j + 1], cache)):
            if any_source:  # (an anaphor there stands for the body its sentence opens with: "X will pay …, the company said")
                anaphor = _anaphor_head(name)
                return (anaphor and _opening_body(text[start: sentences[j + 1]], pos - start, anaphor)) or name
            if not any(ch.isupper() for ch in name) and len(name.split()) < 2:
                continue  # (a bare "ministry" stands for nothing; "the defence ministry" may)
            if _of_kind(name, head):
                return name
            if acronym is None and _ACRONYM_RE.fullmatch(name):
                acronym = name
    return acronym


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - we want the final match
        pass
    return last


def _nearest_source(sources: list[tuple[int, str]], pos: int) -> str | None:
    """The attribution before the figure that is nearest to it, else the first one after it."""
    before = [s for s in sources if s[0] <= pos]
    if before:
        return before[-1][1]
    return sources[0][1] if sources else None
