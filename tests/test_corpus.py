"""The labelled corpus (tests/corpus/*.txt), one test per sentence or paragraph, and its summary figures.

Each line is its own test, named by file:line and its opening words: a figure's span, value, bound and
unit must be right (strict), and every field its label names (cat, subj, src, asof, per). The lines the
extraction still gets wrong are listed below, each with what goes wrong; they are expected to fail, and
a listed line that starts passing fails too (strict), so the list stays true.

The figures over the whole corpus (strict F1, and each field's accuracy with its n) are printed at the
end of the run, and held to targets: strict F1 ≥ 0.95, each field ≥ 0.95. The Russian and Ukrainian
corpora (tests/corpus/ru, tests/corpus/uk) are scored and printed apart, each held to strict F1 ≥ 0.95 and
each field ≥ 0.9 (issue 23).
"""

from __future__ import annotations

import pytest

from corpus_score import CORPUS, Sentence, load_corpus, score

SENTENCES = load_corpus()
# The corpora of the other languages (issue 23), each in its folder, scored and held to targets of its own.
LANGUAGES = ("ru", "uk")
BY_LANGUAGE = {lang: load_corpus(CORPUS / lang) for lang in LANGUAGES}

# Known misses, by file:line: what the extraction gets wrong there.
KNOWN_MISSES = {
    # h-context6 batch (fresh, measured before its fixes): what each line still gets wrong (none in its own three fields)
    "reporting.txt:2979": "src of '$310 million': want None, got 'agency' ('approved' read as the agency's telling)",
    "reporting.txt:3052": "src of '22': want 'Houthis', got None ('The Houthis say they have shot down': the speaker before 'say they')",
    "reporting.txt:3055": "subj of 'one': want 'Russia · civilians', got 'Russia · unspecified' (a 'woman' killed by debris names no role)",
    # h-cat2 batch cat-2 (dev half, measured before its fixes): what each line still gets wrong
    "casualties.txt:162": "subj of '312': want 'Kenya · unspecified', got None (a count of accidents takes no side from 'in Nairobi')",
    "casualties.txt:165": "subj of 'over 200': want 'Kenya · civilians', got None ('by Kenyan police' is read as the doer only)",
    "casualties.txt:170": "subj of '48' and 'about 28': want 'Israel · unspecified', got None (the sentence names only where they are held)",
    # money6 batch (the new shekel and the CFA francs): the doer of a decree's act read as the source
    "money.txt:327": "src of '500 million CFA francs': want None (a decree showed), got \"Mali's junta\"",
    # h-source2 batch S2 (dev half): the doer's own request, which the label gives to no one (the regulator's figures)
    "reporting.txt:2739": "src of '59%': want None, got 'Thames Water' ('had asked for' makes the company its doer)",
    # h-source2 batch S3 (dev half): a bare "$" in an Australian story with no dateline is read as US dollars
    "reporting.txt:2783": "unit of '$1.8 billion': want AUD, got USD (no dateline names the country)",
    "reporting.txt:2784": "unit of '$27.6 billion': want AUD, got USD (no dateline names the country)",
    # h-source batch source-1 (dev half, measured before its fixes): what each line still gets wrong
    "reporting.txt:2470": "extra 'under 18' in: … The federation said 2.2 million of them were under 18. (an age read as a bound)",
    "reporting.txt:2486": "src of '128,000' and '7,500': want 'Unilever', got 'company' ('had' is no company verb: 'Profit had risen')",
    # "… civilians have been killed and 2,500 injured in Sudan's capital": the list's place is Sudan, read now past the
    # list's next figure (``_PLACE_LOOKAHEAD``); the label, written when that place was out of reach, says Unspecified
    "casualties.txt:82": "subj: label 'Unspecified · civilians'; got 'Sudan · civilians' (killed in Sudan's capital)",
    # the article, not the sentence, says these are soldiers (issue 19, "subject from the article")
    "casualties.txt:56": "subj: 'Russia · military' wanted, the sentence names no role",
    # "an increase of 9.4% on the year before": the increase is of the year another figure's date names
    "reporting.txt:215": "asof: '2024' wanted (the other figure's year), got the report's date",
    # "over seven regions": "over" is a place here, not a bound (the number grammar's hedge test)
    "reporting.txt:287": "want 'seven' exact; got 'over seven' more than 7",
    # an unattributed sentence after an attributed one, with no word that continues it, keeps no source
    # "a rise of 12% on the year before": as 215
    # "Ottawa will spend $1.3 billion": a bare "$" in a Canadian story is taken for US dollars (currencies)
    # "cut the cash rate by a quarter point": "a quarter" taken for a figure (the number grammar)
    "reporting.txt:552": "extra figure 'a quarter point' (0.25 percentage_point, right since issue 18's batch: the line wants its label)",
    # "lowered the rate to 4.25% and signalled further cuts early next year": next year is the cuts' date
    "reporting.txt:556": "asof: the report's date wanted, 'next year' got",
    # "100,514 people had arrived in Armenia from Nagorno-Karabakh": refugees no word of which says so
    "reporting.txt:600": "cat: 'displaced' wanted",
    "reporting.txt:2933": "asof of '238mm': want '2025-02' (an Australian summer), got '2024-08': a season is read as the northern hemisphere's",
    "reporting.txt:2971": "src of 'about 1,200': want 'Two senior Western officials', got 'Western officials' (a lowercase \"senior\" ends the speaker's words, so \"Two\" stays a claim)",
    # h-attrib batch A (fresh, measured before its fixes): what each line still gets wrong
    'reporting.txt:944': "src of 'about 4 million': want 'Aid agencies', got None",
    'reporting.txt:966': "extra 'three' in: The Governing Council today decided to lower the three key ECB interest rates by 25 basis points. The deposit facility rate will be 2.25% f...",
    'reporting.txt:1067': "src of 'about $400 million': want 'IMF Executive Board', got None; src of '$10.1 billion': want 'IMF Executive Board', got None",
    # issue 18 batch 3 (quantulum3's classes of miss, sentences of our own), measured before its fixes:
    # a list without spaces read as one Indian-grouped number ('5,10,150'): nothing in the sentence tells it from
    # '2,15,400 applications' (forms.txt:42, peers_style.txt:84), which has no rupee or lakh beside it either
    "numbers.txt:130": "want '5' 5.0-5.0 exact None; got nothing",
    # issue 18 batch 3 (the Recognizers-Text classes), measured before its fixes
    "money.txt:117": "extra figure 'two' ('the two sides')",
    "money.txt:137": "'topped $5 billion' read as exact, as peers_style.txt:32 labels 'topped $3.1T': the corpus disagrees with itself",
    # h-attrib probe C (measured before the changes it led to): what each line still gets wrong
    # h-asof batch A: a fiscal year's opening months are counted from the month it starts in, which the sentence
    # does not say (the US federal year starts in October)
    # h-asof batch D: "against €4.1 billion in the first": the quarter the sentence leaves unsaid after "the first"
    'reporting.txt:1365': "want 'Rs 2.5 trillion' 2500000000000.0-2500000000000.0 exact PKR; got 'Rs 2.5 trillion' 2500000000000.0-2500000000000.0 exact INR",
    'reporting.txt:1373': "cat of 'More than 100,000': want 'displaced', got None",
    # h-sources batch (fresh, outside-text styles, measured before its fixes): what each line still gets wrong
    'reporting.txt:1418': "subj of 'three': want 'Ukraine · civilians' (the next sentence names the Kherson region), got 'Unspecified · civilians'",
    'reporting.txt:1494': "subj of 'more than 1,300': want 'Syria · unspecified' (only the Syrian Observatory's name says Syria), got None",
    # places.txt (tolls placed by a city or province): what is still wrong
    # h-subject5 fresh batch (dev half): what its fixes left
    "places.txt:138": "subj of 'six': want 'Israel · civilians', got 'Unspecified · civilians' (Jerusalem, disputed, has no "
                      "side in the places table)",
    "places.txt:147": "cat of 'more than 70,000': want 'displaced', got None ('forced … to flee')",
    "places.txt:169": "subj of 'at least nine': want 'Palestine · unspecified', got None (al-Mawasi is in no table)",
    "places.txt:184": "src of 'one': want None, got 'defence ministry' (the sentence before's speaker, with nothing to take "
                      "it up)",
    "places.txt:221": "src of 'two': want 'Kremlin-installed officials', got 'Zaporizhzhia region' (the officials' place "
                      "is read as the speaker)",
    "places.txt:239": "subj of 'two': want 'Israel · unspecified', got None (Nahariya, under 50,000, is in no table)",
    "places.txt:261": "cat, subj of '59': want 'captured', 'Israel · unspecified', got None ('remain in Gaza' after a "
                      "semicolon: the hostages' noun is in the clause before)",
    "places.txt:267": "src of 'four': want None, got \"Ukraine's air force\" (the sentence before's speaker, with nothing "
                      "to take it up)",
    # Russian and Ukrainian (issue 23): what the Slavic rules (core/extract/slavic.py) still get wrong
    # ru
    "ru/reporting.txt:23": "cat of '2\xa0340': want 'killed', got None",
    "ru/reporting.txt:25": "cat of 'около 11 тысяч': want 'killed', got None",
    "ru/reporting.txt:26": "src of 'от 21 до 23 тысяч': want 'издание', got None",
    "ru/reporting.txt:34": "subj of '5\xa0937': want 'Russia · military', got 'Russia · unspecified'",
    "ru/reporting.txt:40": "src of '220\xa0000': want 'авторы исследования', got 'Авторы исследования'",
    "ru/reporting.txt:43": "src of 'почти полмиллиона': want None, got 'Издание'",
    "ru/reporting.txt:49": "want '3 млн руб.' None-3000000.0 at_most RUB; got nothing",
    "ru/reporting.txt:55": "src of '195\xa0000': want None, got 'указ президента'",
    "ru/reporting.txt:79": "src of '9,52%': want None, got 'Росстат'",
    "ru/reporting.txt:80": "src of '102,8 рубля': want 'ЦБ', got None",
    "ru/reporting.txt:90": "src of '500\xa0000 рублей': want 'Постановление правительства Свердловской области', got 'Постановление правительства Свердловской области размер един",
    "ru/reporting.txt:138": "src of 'почти на 36%': want None, got 'издание'",
    "ru/reporting.txt:224": "src of '3,7 млн': want 'агентство', got 'Число внутренне перемещенных лиц в самой Украине агентство'",
    "ru/reporting.txt:230": "asof of '6,3%': want '2025', got '2024-09-30'",
    "ru/reporting.txt:242": "src of 'пятисот тысяч рублей': want 'Указ губернатора Нижегородской области', got 'Указ губернатора Нижегородской области семьям военнослужащих'",
    "ru/reporting.txt:378": "cat of 'около сотни': want 'killed', got None",
    "ru/reporting.txt:406": "src of '1,5 млн': want None, got 'Мэрия Москвы'",
    "ru/reporting.txt:413": "subj of '175': want 'Russia · military', got 'Unspecified · military'",
    "ru/reporting.txt:418": "src of '1,23%': want None, got 'Росстат'",
    "ru/reporting.txt:436": "src of 'порядка 110 000': want None, got 'местное МВД'",
    "ru/reporting.txt:466": "cat of 'около 600': want None, got 'killed'",
    "ru/reporting.txt:500": "cat of 'тысячи': want None, got 'killed'",
    "ru/reporting.txt:514": "cat of 'более 4 700': want 'killed', got None",
    "ru/reporting.txt:515": "subj of 'от 190 до 250 тысяч': want 'Russia · military', got None",
    "ru/reporting.txt:516": "cat of 'от 1\xa0500 до 2\xa0000': want 'killed', got None",
    "ru/reporting.txt:645": "cat of 'восемь': want 'captured', got None ('Кроме того, домой вернулись' after an exchange)",
    "ru/reporting.txt:738": "cat of 'шесть': want 'wounded', got None ('доставлены в больницы' names no category word)",
    # uk
    "uk/reporting.txt:35": "src of 'понад 350 тисяч': want 'Зеленський', got 'Втрати Росії Зеленський'",
    "uk/reporting.txt:46": "src of '17': want 'начальник Харківської ОВА Олег Синєгубов', got None",
    "uk/reporting.txt:58": "src of '15,5%': want 'Правління Національного банку України', got None",
    "uk/reporting.txt:68": "want 'півтори тисячі' None-1500.0 at_most None; got nothing",
    "uk/reporting.txt:78": "cat of '1 100': want None, got 'displaced'",
    "uk/reporting.txt:84": "cat of '631': want 'casualties', got 'wounded'",
    "uk/reporting.txt:107": "asof of '19,4%': want '2025', got '2024-12-20'",
    "uk/reporting.txt:115": "subj of '5 937': want 'Russia · military', got None",
    "uk/reporting.txt:139": "src of '198 тисяч': want 'президент', got 'Російські втрати президент'",
    "uk/reporting.txt:144": "cat of '128': want None, got 'casualties'",
    "uk/reporting.txt:145": "src of 'понад сотню': want None, got 'ворог'",
    "uk/reporting.txt:156": "asof of '16,2 млрд євро': want '2024', got '2025-01-08'",
    "uk/reporting.txt:251": "src of 'більш ніж 600': want 'Генеральний прокурор Андрій Костін', got None",
    "uk/reporting.txt:257": "subj of '200 тисяч': want 'Russia · military', got 'Russia · unspecified'",
    "uk/reporting.txt:258": "want 'Майже кожен п'ятий' None-20.0 at_most percent; got nothing",
    "uk/reporting.txt:317": "asof of 'більше 11 тисяч': want '2024', got '2025-01-02'",
    "uk/reporting.txt:334": "src of '550 млн €': want None, got 'Кабмін'",
    "uk/reporting.txt:440": "subj of '180': want 'Ukraine · civilians', got None (the evacuated with no place named)",
    "uk/reporting.txt:447": "cat of '390', '270', '120': want 'captured', got None ('повернулися додому' after an exchange)",
    "uk/reporting.txt:472": "subj of '1 240', '186': want 'Ukraine · civilians', got None (the Donetsk region's places are left out)",
    "uk/reporting.txt:514": "subj of 'понад 70 тисяч': want 'Ukraine · unspecified', got None (the missing 'в Україні': the country itself is no place stem, its civilians being labelled Unspecified elsewhere)",
    # h-asof economy batches (fresh, measured before their fixes): what each line still gets wrong
    'reporting.txt:2711': "asof of '1,020': want '2025-09-14' (the past day, as the Slavic rules date it), got the report's date",
    'reporting.txt:2682': "asof of '95%': want the report's day (a market's odds now), got the meeting's '2025-10-29'",
    'reporting.txt:2688': "asof of '$11.3 billion': want '2025-09' (the quarter a year after the one it is compared with), got the report's date",
    # h-figs3 batch (the dev half of issue 18's outside text): the paragraph alone names no country of the bare "$"
    # (the state government of a highway, a dairy company); the figure says it is a guess in its flags
    "forms.txt:178": "want '$1.2 billion' exact AUD; got USD (flagged 'currency inferred')",
    "forms.txt:224": "want '$8.60' exact NZD; got USD (flagged 'currency inferred')",
    # h-source3 batches S3-1..3 (dev halves, measured before their fixes): what each line still gets wrong
    "reports.txt:71": "unit of 'Rs 1.96 trillion': want NPR, got INR (no dateline names Nepal)",
    "reports.txt:107": "unit of '$42.1 billion' and '$150': want AUD, got USD (no dateline names the country)",
    "reports.txt:119": "src of '2,000': want 'Hospital trusts', got None (a plural doer no speaker's word names)",
    "reports.txt:143": "src of '9.1%': want None, got the bank's (a past standing fact, 'stood at', after its speech)",
    "reports.txt:149": "src of '7.5 percentage points': want the deputy governor, got 'regulator' (a decider inside what she said)",
    "reports.txt:200": "src of '£2,300': want None, got 'city council' (a bill the council's decision names, stated as it stands)",
    "reports.txt:242": "src of '27%': want None, got the minister's (the writer's own background after a quotation)",
    "reports.txt:275": "src of 'at least 300': the name's digits ('Rescue 1122') are not taken in; of '2,000': 'deployed' is no doer's verb",
    "reports.txt:297": "src of 'about 12,000': want None, got 'chipmaker' (a fact inside the speaker's appositive)",
    "reports.txt:300": "src of 'about 1.5 gigawatts': want None, got the ministry's (a company's own fact, named by no speaker's word)",
    "reports.txt:318": "src of '6.9%': want None, got 'Labor Department' ('averaged' on no market's noun)",
    # h-source5 batch (dev half): what each line still gets wrong
    "reports.txt:370": "span of 'top $30 billion': '$30 billion' exact ('top' is no bound word; 'topped $5 billion' neither)",
    # h-money3 batch (dev half, measured before its fixes): the cents of a country other than a dollar's
    "money.txt:284": "'32c', '15c' (a litre) read as nothing: a fused 'c' is no cent yet, and a Johannesburg dateline's cents are no rand's",
    # h-subject3 batch: "has forced N people from the camp" names no displacement word of its own ("forced" alone is no
    # category verb: "forced 300 firms to close")
    "reporting.txt:2852": "cat of 'about 400,000': want 'displaced', got None (forced … from the camp)",
    # h-asof5 batch (dev): a toll's second figure after an aside that holds its first
    "dated.txt:168": "cat of '100': want 'killed', got None ('The toll, first put at 90 on Saturday, rose to 100': the aside keeps 'toll' from it)",
    # h-asof6 batch (dev): cents with no currency named in the sentence (an energy cap of a euro country's paper)
    "dated.txt:227": "'40 cents' read as USD: a bare cent takes the dollar where the sentence names no currency or country",
    "dated.txt:254": "asof of '$40 billion': want '2025', got '2025-07-25' (a previous forecast in the clause after the "
                     "full year's takes no date from it)",
    "dated.txt:249": "per of '€200': want 'month', got None ('a month after the subsidy' reads as a time, as 'a year after' does)",
    # h-subject6 batch (fresh, measured before its fixes): tolls whose side a dateline, a place or a people names
    "casualties.txt:282": "cat of 'more than 100': want 'killed', got None ('were shot' in a massacre); its subject is read as a count of people's",
    # h-subject6 batch 2 (fresh, measured before its fixes)
    "casualties.txt:292": "subj of '26': want 'Nigeria · unspecified', got None ('from Niger State': 'from' names where a "
                          "speaker sits, and 'Niger' is the country's word)",
    "casualties.txt:300": "subj of 'Two': want 'India · military', got 'Unspecified · military' (Srinagar and Kishtwar are "
                          "in Jammu and Kashmir, left out of the places table as disputed)",
    # h-subject7 batch (fresh, measured before its fixes): the subjects its fixes left
    "casualties.txt:324": "subj of 'at least 14': want 'Myanmar · military', got 'Unspecified · military' (a road named "
                          "by its towns, 'on the Monywa-Kalewa road', places nothing)",
    "casualties.txt:331": "subj of 'two': want 'Syria · military', got 'Unspecified · military' ('government soldiers' on "
                          "'the Jabal al-Zawiya front', a place in no table)",
    "casualties.txt:336": "subj of 'four': want 'Myanmar · civilians', got 'Japan · civilians' ('Kani' alone is a city of "
                          "Japan; only an apposed 'Sagaing Region' says Myanmar's)",
    # h-source6 batch (fresh): its sources all read; the subjects that stay wrong (the subject rules, not the source's)
    "reports.txt:485": "subj of 'seven': want 'Ukraine · unspecified', got None ('the Dnipropetrovsk region' places nothing)",
    "reports.txt:489": "subj of 'one', 'four': want 'Ukraine · unspecified', got 'Russia · unspecified' (the attacker "
                       "'Russian troops' taken for the harmed, though 'Kherson' is attacked)",
    "reports.txt:520": "subj of 'nine': want 'Philippines · unspecified', got None ('on Mindanao' places nothing)",
    "reports.txt:567": "subj of 'about 4,500': want 'India · unspecified', got 'Unspecified · military' (the doer 'Soldiers' "
                       "taken for the evacuated)",
    # h-source6 second batch (fresh): its sources all read; the subjects that stay wrong
    "reports.txt:606": "subj of 'At least 62': want 'Spain · civilians', got 'Unspecified · civilians' (Paiporta, under "
                       "50,000, is in no table)",
    # h-source6 third batch (fresh)
    # h-asof7 batch (fresh): a source after an opening "As of June 30," before its perfect ("UNHCR had received only 23%")
    "dated.txt:326": "src of '23%': want 'UNHCR', got None (the subject of 'had received' after an opening date is no speaker)",
    # h-source7 batch (fresh, measured before its fixes): what each line still gets wrong
    "reports.txt:674": "cat of 'about 22,000': want 'killed', got 'captured' ('former prisoners' of the killed)",
    "reports.txt:686": "subj of 'at least 54': want 'Palestine · unspecified', got None (the side only in the speaker's 'Gaza-based')",
    "reports.txt:749": "src of 'more than 800': want 'Officials', got None (a lone 'Officials' names no source, as reporting.txt:500, 982, 1009 and 1091 label it)",
    # h-asof8 batch (fresh, measured before its fixes): its dates all read; the categories and sources that stay wrong
    # (the source and category readers, not the dates')
    "dated.txt:437": "cat of 'more than 2,300': want 'displaced', got None ('residents had left frontline villages': "
                     "'left' is no displacement word of its own)",
    "dated.txt:455": "src of '43%': want None, got \"Turkey's central bank\" (the subject of 'is expected to cut' is "
                     "what is expected of, not who expects it)",
    "dated.txt:456": "src of '24%', '16%': want None, got 'Inflation' (the subject of 'is projected to fall' read as a speaker)",
    "dated.txt:471": "cat and subj of '12': want 'killed', 'Bangladesh · unspecified', got None ('against 12 in the same "
                     "period last year' takes nothing from the toll before it)",
    "dated.txt:484": "src of '77.9%': want None, got 'Debt' (the subject of 'is projected to stabilise' read as a speaker)",
    # h-asof8 second batch (fresh, measured before its fixes): what its fixes left
    "dated.txt:510": "'one' (hostage) read as nothing: 'the remains of one hostage' takes 'one' for a pronoun",
    "dated.txt:515": "asof of '67.2%': want '2026-02-08', got '2026-02-12' ('Sunday's first round' names the vote, and a "
                     "date that names its event dates no figure, as a toll's does: a vote's own turnout is of its day)",
    "dated.txt:536": "src of '1.1 million': want 'WFP', got None (the agency that 'has reached' the people, an actor of "
                     "its own figure, is read as no source)",
    "dated.txt:539": "subj of '12,000': want 'Sudan · unspecified', got 'Norway · unspecified' (the speaker's country "
                     "'Norwegian' taken over the place, 'Kadugli', which no table holds)",
    # h-asof8 third batch (fresh, measured before its fixes): its dates all read; what stays wrong
    "dated.txt:576": "cat of '58': want None, got 'wounded' ('taken to hospital' in an outbreak read as an injury)",
    "dated.txt:593": "subj of 'at least 210': want 'Sudan · civilians', got 'Unspecified · civilians' (El Obeid is in no "
                     "places table)",
    # h-source8 batch (fresh, measured before its fixes): its sources all read; the subjects, categories and the figure
    # that stay wrong (the subject, category and figure rules, not the source's)
    "reports.txt:799": "subj of '17': want 'Palestine · unspecified', got None ('the Zeitoun neighbourhood of Gaza City' places nothing)",
    "reports.txt:808": "cat of 'at least 47': want 'killed', got 'displaced' ('displaced people were killed': the status noun over the "
                       "verb); subj of 'at least 47', 'more than 100': want 'Sudan · civilians', got 'Sudan · military' (the "
                       "attacker 'The Rapid Support Forces' of the sentence before taken for the harmed)",
    "reports.txt:817": "subj of 'seven': want 'Lebanon · unspecified', got 'Israel · unspecified' (the attacker's 'Israeli strikes' "
                       "taken for the harmed, though 'southern Lebanon' is struck)",
    "reports.txt:826": "subj of 'over 200,000': want 'Pakistan · unspecified', got None ('Punjab' is a province of India and of "
                       "Pakistan: the speaker's 'Punjab Senior Minister' does not say which)",
    "reports.txt:844": "cat of '18': want 'killed', got None (the verb 'died' after the part '…, nine of them children,')",
    "reports.txt:883": "subj of 'five': want 'Japan · unspecified', got None ('in Wajima', under 50,000, is in no table)",
    "reports.txt:895": "'over seven' read as a bound, want 'seven' exact (the 'over' of a place: 'drones over seven regions')",
    "reports.txt:898": "subj of '12': want 'Pakistan · military', got 'Unspecified · military' ('in South Waziristan' places nothing)",
    "reports.txt:907": "subj of '11': want 'Ukraine · unspecified', got None ('in Dobropillia, Donetsk region' places nothing)",
    # h-source8 second batch (fresh, measured before its fixes): its sources all read; the subjects and categories that stay wrong
    "reports.txt:921": "cat and subj of '90': want 'wounded', 'China · unspecified', got None (the second of the list '140 in "
                       "Gansu and 90 in Qinghai' after the speaker's clause takes nothing of the first)",
    "reports.txt:927": "subj of '12': want 'China · civilians', got 'China · unspecified' ('pupils' no civilians' word)",
    "reports.txt:930": "subj of 'more than 60,000': want 'Congo · unspecified', got None ('fled into Burundi from eastern Congo': "
                       "the origin after the host)",
    "reports.txt:945": "subj of 'more than 280': want 'Palestine · civilians', got 'Palestine · unspecified' ('of the agency's "
                       "staff': aid workers named by their agency)",
    "reports.txt:948": "subj of 'more than 600': want 'Palestine · unspecified', got None ('evacuation from Gaza' places nothing)",
    "reports.txt:987": "subj of 'more than 90': want 'Myanmar · unspecified', got None (Mandalay named only in the speaker)",
    "reports.txt:996": "subj of 'at least 151', '3,018': want 'Nigeria · unspecified', got None ('in Mokwa', under 50,000, is in no table)",
    "reports.txt:1002": "cat of '20': want 'killed', got None, and subj of '20', 'five': want Palestine's, got None and 'Unspecified "
                        "· civilians' (the verb after the part '…, five of them journalists,'; 'Nasser hospital' in no table)",
    # h-source9 second batch (fresh): its sources all read; the as-of its fixes do not touch (as_of.py)
    "reporting.txt:3135": "asof of '4.9%': want '2025', got '2025-07-31' ('would end the year at' names the year's end, not the report)",
    # h-source9 third batch (fresh): its sources all read; a rate and an as-of its fixes do not touch
    "reporting.txt:3177": "per of '1.6 million barrels': want 'day', got None ('a day of Russian crude': the rate before 'of' its goods)",
    "reporting.txt:3210": "asof of '137,000 barrels': want '2025-12', got '2024-12' (a headline's coming 'in December' read as the last one)",
    # h-source9 fourth batch (fresh): its sources all read; an as-of
    "reporting.txt:3249": "asof of '2% to 3%': want '2025', got '2025-10-30' ('for the year' of a company's outlook names the year)",
    # h-subject8 batch (fresh, measured before its fixes): health, outbreak and disaster counts still got wrong
    "casualties.txt:373": "src of 'at least 33': want 'officials', got 'Heatstroke' (the sentence's subject before "
                          "'has claimed' taken for a speaker; source attribution, not the subject rules)",
    "casualties.txt:385": "subj of 'more than 400,000': want 'Philippines · unspecified', got None ('the Visayas' is in "
                          "neither the places table nor the sides' words)",
    "casualties.txt:388": "subj of '1,309': want 'Nigeria · unspecified', got None ('Nigeria Centre for Disease Control' "
                          "read as a body that works anywhere, as 'Belgian aid group', though it holds the country's name)",
    "casualties.txt:396": "src of 'thousands': want None, got 'health ministry' (the speaker of the clause after 'and' "
                          "taken for the first clause's too; source attribution)",
    # h-source10 batch (fresh, measured before its fixes): the regional press; what each line still gets wrong
    "wire.txt:52": "subj of 'Eleven': want 'Pakistan · unspecified', got None (Kurram is in no places table)",
    "wire.txt:53": "subj of 'six': want 'Pakistan · unspecified', got None ('the Swat River' places nothing); src of 'six', '51': want 'Rescue 1122 spokesperson Bilal Faizi', got 'spokesperson Bilal Faizi' (before a singular head figures.py reads '1122' as no name's, so the name is left without it: ``_numbered_name_before``)",
    "wire.txt:57": "subj of '31': want 'India · unspecified', got None (Mandi is in no places table)",
    "wire.txt:61": "cat of '17': want 'wounded', got None, and of 'two' (coaches): want None, got 'wounded' (the verb read for the figure after it); subj of '17' None (Kanpur)",
    "wire.txt:69": "cat of 'nine': want 'missing', got 'killed' ('swept away' before 'remain missing')",
    "wire.txt:74": "subj of 'about 3,000': want 'Nigeria · unspecified', got None ('Mokwa, Niger State': Niger State read as no place)",
    "wire.txt:77": "subj of 'Four': want 'Kenya · unspecified', got None (Tiaty and Baringo are in no places table)",
    "wire.txt:83": "subj of 'over 2,500': want 'Ghana · unspecified', got 'Unspecified · civilians' ('the Akosombo Dam' places nothing)",
    "wire.txt:86": "cat of 'at least 30': want 'killed', got 'displaced' ('displaced people were killed'); subj None (Abu Shouk camp)",
    "wire.txt:87": "subj of '14': want 'Sudan · civilians', got 'Unspecified · civilians' (the line names no place: the speaker's country)",
    "wire.txt:90": "subj of '12': want 'Philippines · unspecified', got None (a storm's name places nothing; the NDRRMC is no side's word)",
    "wire.txt:91": "subj of 'about 54,000': want 'Philippines · unspecified', got None (the NDRRMC is no side's word)",
    "wire.txt:108": "subj of '64': want 'Pakistan · unspecified', got None, and of '27': got 'Unspecified · civilians' (Punjab is two countries' province)",
    "wire.txt:111": "subj of 'seven', 'three', '36': want India's, got None or 'Unspecified · civilians' (Puri is in no places table); cat of '36': want 'wounded', got None ('admitted to hospitals')",
    "wire.txt:114": "cat of 'about 200': want 'displaced', got None ('families had lost their homes')",
    "wire.txt:122": "cat of 'four': want 'killed', got None ('were gunned down'); subj None (Sukkur)",
    "wire.txt:128": "subj of '19': want 'India · unspecified', got None (Nuh is in no places table)",
    # h-source10 second batch (fresh, measured before its fixes)
    "wire.txt:133": "subj of '92': want 'Pakistan · unspecified', got None (Buner is in no places table)",
}


def _id(sent: Sentence) -> str:
    words = " ".join(sent.text.split()[:6])
    return f"{sent.origin} {words}"


def _param(sent: Sentence):  # type: ignore[no-untyped-def]
    why = KNOWN_MISSES.get(sent.origin)
    marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
    return pytest.param(sent, id=_id(sent), marks=marks)


def test_every_known_miss_names_a_line_of_the_corpus():
    origins = {s.origin for s in [*SENTENCES, *(s for sents in BY_LANGUAGE.values() for s in sents)]}
    assert set(KNOWN_MISSES) <= origins, sorted(set(KNOWN_MISSES) - origins)


@pytest.mark.parametrize("sentence", [_param(s) for s in [*SENTENCES, *(s for lang in LANGUAGES for s in BY_LANGUAGE[lang])]])
def test_sentence(sentence: Sentence):
    result = score([sentence])
    assert not result.misses, "\n".join(result.misses)


@pytest.fixture(scope="module")
def result(request):
    assert len(SENTENCES) >= 300, "the corpus must hold at least 300 sentences"
    s = score(SENTENCES)
    lines = [f"{len(SENTENCES)} sentences: {s.summary()}"]
    for lang in LANGUAGES:
        lines.append(f"{lang}: {len(BY_LANGUAGE[lang])} sentences: {score(BY_LANGUAGE[lang]).summary()}")
    request.config.corpus_summary = "\n".join(lines)  # printed at the end of the run
    return s


def test_strict_f1_meets_target(result):
    assert result.f1 >= 0.95, "\n".join(result.misses[:60])


# Fields held below target by a fresh batch awaiting its fixes (each batch is measured before it is fixed):
# expected to fail, strictly, so that each mark goes as soon as its field is back at target.
BELOW_TARGET = {
    "subj": "h-source8 and h-source10 batches (fresh): subjects their source fixes do not reach, reports.txt:799-1002 and "
            "wire.txt:45-145 in KNOWN_MISSES: places in no table (Wajima, Mokwa, Kurram, Mandi, Tiaty, Puri, Nuh, Sukkur, "
            "Kelantan, Buner), an attacker taken for the harmed, an ambiguous 'Punjab', speakers' countries (NDRRMC)",
}


@pytest.mark.parametrize("key", [pytest.param(k, marks=[pytest.mark.xfail(reason=BELOW_TARGET[k], strict=True)]
                                              if k in BELOW_TARGET else []) for k in ["cat", "subj", "src", "asof", "per"]])
def test_semantic_fields_meet_target(result, key):
    assert result.accuracy(key) >= 0.95, "\n".join(m for m in result.misses if f": {key} of" in m)


@pytest.fixture(scope="module", params=LANGUAGES)
def language_result(request):
    lang = request.param
    assert len(BY_LANGUAGE[lang]) >= {"ru": 250, "uk": 150}[lang], f"the {lang} corpus is too small"
    return lang, score(BY_LANGUAGE[lang])


def test_each_language_meets_its_strict_f1_target(language_result):
    lang, s = language_result
    assert s.f1 >= 0.95, f"{lang}: " + "\n".join(s.misses[:60])


@pytest.mark.parametrize("key", ["cat", "subj", "src", "asof", "per"])
def test_each_language_meets_its_field_targets(language_result, key):
    lang, s = language_result
    assert s.accuracy(key) >= 0.9, f"{lang}: " + "\n".join(m for m in s.misses if f": {key} of" in m)
