"""Currency vocabulary: which words and symbols in English news text name which ISO 4217 code.

The facts come from CLDR through Babel (names, plurals, symbols), never from a hand-typed list. Reading
them from ~300 locales takes about half a second, too slow for every start of the command line, so
``build_table()`` derives the table and ``python -m crosscount.core.extract.currencies`` stores it in
``resources/data/currencies.json``; a test checks that the stored table equals what Babel gives today.

Only two small decisions are ours, and they are choices rather than facts: which currency a bare word
shared by several currencies means in English news ("dollars" is USD, "pounds" is GBP), and the press
abbreviations CLDR does not record ("C$", "S$").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from . import stored
from .patterns import names_trie
from .places import Dateline

# A bare word that several currencies share is read as the one English-language news means by it.
PREFERRED_FOR_BARE_WORD: dict[str, str] = {
    "dollar": "USD", "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR", "dinar": "IQD",
    "krona": "SEK", "krone": "NOK", "rial": "IRR", "riyal": "SAR", "shilling": "KES", "lira": "TRY",
    "yuan": "CNY", "ruble": "RUB", "rouble": "RUB", "won": "KRW", "rand": "ZAR", "euro": "EUR",
    "dirham": "AED",  # the Gulf's English-language papers (Morocco's, where the sentence names it: the local table)
    # the two CFA francs (shared_qualified_name): where no country is named, the West African, a guess the claim flags
    "cfa franc": "XOF",
    # words of withdrawn currencies only (see WITHDRAWN below): the one English news writes of
    "peseta": "ESP", "guilder": "NLG",
}
# Words CLDR uses as currency names that are ordinary English words after a number.
NOT_A_CURRENCY_WORD = frozenset({"real", "mark", "marks", "unit", "units", "gold", "silver", "special", "code", "som"})
# ISO codes that are also English words: in capitals at the start of a sentence or a headline ("ALL 5
# SUSPECTS", "TOP 10 films") they are the word, not the currency.
CODES_THAT_ARE_WORDS = frozenset({"ALL", "TOP", "CUP", "MOP", "PEN", "TRY", "SOS", "BOB", "MAD", "NAD", "GEL", "ANG"})
# The codes of the most traded currencies (the BIS survey's leaders), which name no product, event or place:
# fused to a whole number they are still money ("USD115", "EUR48"), where another code fused to one is a name
# ("COP28", "AMD64", "CAD3"); see figures.fused_code_before.
CODES_FUSED_TO_A_WHOLE_NUMBER = frozenset({"USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "NZD", "HKD", "SGD", "SEK",
                                           "NOK", "DKK", "KRW", "INR", "ZAR", "AED", "SAR", "PLN", "BRL", "MXN", "RUB",
                                           "UAH", "KES", "NGN", "IDR", "MYR", "PHP", "THB"})
# lower_case_code: the codes of the most traded currencies are money in lower case too, before or after the amount
# ("20 usd", "usd 20", "half million eur"), as forums, chats and some copy write them; other codes in lower case are
# English words or names ("all", "top", "try", "mad", "pen", "cup", "cad", "php", "rub").
LOWER_CASE_CODES: dict[str, str] = {code.lower(): code for code in ("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "NZD",
                                                                    "HKD", "SGD", "INR")}
# Withdrawn currencies (the euro's predecessors, the kuna, the Soviet rouble: CLDR's tender of a territory
# with an end date) are read by their qualified names ("Finnish markka", "Dutch guilders"), by the words
# no current currency shares ("drachmas", "schillings"), by their codes ("DEM 361 million") and, for a
# word a current currency shares ("francs", "marks"), where the sentence is about their country ("In
# France ... 12,000 francs"): never as a current currency they share a word with. Their codes that are
# English acronyms too are read as codes nowhere.
WITHDRAWN_CODES_THAT_ARE_WORDS = frozenset({"ESP", "SIT", "SUR", "ATS"})
# Money with no ISO code that news reports in its own unit, by the markets' ticker: bitcoin ("6.25 BTC",
# "10,000 bitcoins", "₿21,000"). No rate source has it, so its figures are never converted.
TICKERS: dict[str, tuple[str, ...]] = {"BTC": ("bitcoins", "₿")}
# Press abbreviations that CLDR does not record as symbols.
PRESS_SYMBOLS: dict[str, str] = {"C$": "CAD", "Can$": "CAD", "S$": "SGD", "AU$": "AUD", "US $": "USD",
                                 "Rs": "INR", "Rs.": "INR",  # English-language press: Rs is the Indian rupee
                                 "Hr": "UAH", "Mex$": "MXN",  # "Hr 1.1 trillion" in Ukraine's English press
                                 "KSh": "KES", "Ksh": "KES",  # "KSh 2.5 billion" (fused: FUSED_PRESS_SYMBOLS)
                                 "RMB": "CNY", "Rmb": "CNY",  # renminbi, as Chinese and financial papers write it
                                 "元": "CNY",  # the yuan's character, after the amount ("100元") as Chinese copy writes it
                                 # the dirham, the rupiah, the taka and the ringgit as their countries' English papers
                                 # write them ("Dh42.5 billion", "Rp 71 trillion", "Tk 500 crore", "RM1.2 billion")
                                 "Dh": "AED", "Dhs": "AED", "Rp": "IDR", "Tk": "BDT", "RM": "MYR",
                                 # the Gulf's, Egypt's and East and West Africa's English papers ("SR70 billion",
                                 # "QR5bn", "BD12.5m", "KD 300 million", "RO150mn", "LE 5 billion", "GH¢2.1 billion",
                                 # "Shs72 trillion", "TSh 1.2 trillion")
                                 "SR": "SAR", "QR": "QAR", "BD": "BHD", "KD": "KWD", "RO": "OMR", "LE": "EGP", "E£": "EGP",
                                 "GH¢": "GHS", "Shs": "UGX", "USh": "UGX", "TSh": "TZS",
                                 # the financial press's abbreviations of the euro's predecessors and the Swiss franc
                                 # ("Fr. 80 million", as Swiss English papers write it)
                                 "DM": "DEM", "FFr": "FRF", "BFr": "BEF", "SFr": "CHF", "Fr.": "CHF", "IR£": "IEP", "Pta": "ESP",
                                 "Ptas": "ESP",
                                 "ரூ.": "INR", "ரூ": "INR",  # the rupee as Tamil papers write it ("ரூ.500", "ரூ 1,480")
                                 "NIS": "ILS",  # the new shekel as Israel's English press writes it ("NIS 5 billion")
                                 # the CFA francs as the Sahel's and Central Africa's papers write them ("FCFA 2 billion",
                                 # "CFA 500,000"): whose, the sentence's country says (SHARED_WORD_SYMBOLS)
                                 "FCFA": "XOF", "CFA": "XOF"}
# Press symbols made of letters and written fused to the amount ("Sh10,000", "KSh3.2 billion", "N40,000",
# "R2.3 billion", "P1,500"), as Kenyan, Nigerian, South African and Philippine papers write them. A fused
# letter is more often a name ("N95 masks", "M25", "the R21 highway", "P2 students"), so the single letters
# count only before an amount's shape: thousands groups, a scale word, a price's two decimals ("R23.50"), or a
# rate after the amount ("P50 a day", "R560 a month": see figures._fused_symbol_re).
FUSED_PRESS_SYMBOLS: dict[str, str] = {"KSh": "KES", "Ksh": "KES", "Sh": "KES", "N": "NGN", "R": "ZAR", "P": "PHP",
                                       "RMB": "CNY", "Rmb": "CNY", "DM": "DEM", "FFr": "FRF", "BFr": "BEF", "SFr": "CHF",
                                       "Dh": "AED", "Dhs": "AED", "Rp": "IDR", "Tk": "BDT", "RM": "MYR", "Rs": "INR", "Rs.": "INR",
                                       "SR": "SAR", "QR": "QAR", "BD": "BHD", "KD": "KWD", "RO": "OMR", "LE": "EGP",
                                       "Shs": "UGX", "USh": "UGX", "TSh": "TZS", "ரூ.": "INR", "ரூ": "INR", "K": "ZMW",
                                       # the dollar sign before its country's letters, as Australian papers write
                                       # it ("$US2.5 billion", "$NZ40 million", "$A1.2 billion")
                                       "$US": "USD", "$A": "AUD", "$NZ": "NZD"}
# The letter symbols read only before an amount's shape (thousands groups, decimals, a scale), fused or spaced:
# "RM1", "SR71", "SR 99" (a state route), "BD2", "LE 1", "Tk 3" are names; "RM1.2 billion", "QR5bn", "BD12.5m",
# "SR 70 billion", "Tk 500 crore" are money.
SYMBOLS_NEEDING_AN_AMOUNT = frozenset({"N", "R", "P", "K", "RM", "SR", "QR", "BD", "KD", "RO", "LE", "Tk", "CFA"})
# Letter symbols that currencies of several countries write alike, with no word of their names in common: the
# kwacha's, the kina's and the kyat's "K", the peso's and the pula's "P", the Nordic crowns' "kr" ("K1.2 billion"
# in Lusaka, "P2.4 billion" in Gaborone, "42 kr" in Oslo). The build writes each one's countries into the stored
# "local" table under the symbol itself (the countries where the currency is tender, from CLDR); the first code
# is the one read where the text names none of them, a guess the claim flags ("currency inferred").
SYMBOL_CURRENCIES: dict[str, tuple[str, ...]] = {"K": ("ZMW", "MWK", "PGK", "MMK"), "P": ("PHP", "BWP"),
                                                 "kr": ("SEK", "NOK", "DKK", "ISK")}
# Names the press writes that CLDR does not record ("4.9 billion reais": CLDR has only "Brazilian reals").
PRESS_NAMES: dict[str, str] = {
    "reais": "BRL", "turkish liras": "TRY", "rmb": "CNY",
    "kuai": "CNY",
    "quid": "GBP",  # sterling in British English ("5 quid")
    "kr": SYMBOL_CURRENCIES["kr"][0],  # the crowns' symbol after the amount ("42 kr"): whose, the local table says
    # the Nordic and Czech crowns as Reuters writes them ("5 billion Norwegian crowns")
    **{f"{country} {crown}": code for country, code in (("norwegian", "NOK"), ("swedish", "SEK"), ("danish", "DKK"),
                                                        ("czech", "CZK"), ("icelandic", "ISK"))
       for crown in ("crown", "crowns")},  # the yuan as China's spoken money names it ("12 kuai"; its tenth, the mao, is in SUB_UNITS)
    **dict.fromkeys(("deutsche mark", "deutsche marks", "deutschmark", "deutschmarks", "deutschemark", "deutschemarks",
                     "d-mark", "d-marks"), "DEM"),
    "lire": "ITL", "italian lire": "ITL", "punt": "IEP", "punts": "IEP", "irish punts": "IEP",
    "nis": "ILS",  # the new shekel's press abbreviation after the amount ("5 billion NIS")
}
# Dollar countries whose "$" in English copy is mostly the US dollar, except where the sentence names the
# country's own government at work ("Singapore's Ministry of Finance said…", "the Hong Kong government will
# hand out $5,000") or its own households and residents ("Singapore households will receive $600"): a state's
# budget and its people's incomes are in its own money. As CLDR names them, then as the press writes them.
# (Not Taiwan: its press marks its own dollar "NT$", and a bare "$" beside its government is a conversion.)
GOVERNMENT_DOLLAR_COUNTRIES: dict[str, str] = {"Singapore": "Singapore", "Hong Kong": "Hong Kong SAR China"}
# The dollar countries where a bare "$" beside the country's name is still the US dollar: those above, whose
# own government or people must be named, and Taiwan.
CONVERTED_DOLLAR_COUNTRIES = frozenset({*GOVERNMENT_DOLLAR_COUNTRIES.values(), "Taiwan", "United States"})
# Provinces, states and cities that name a dollar country without naming it (none shared with another country),
# where the places table (``places``) lacks them or reads them only after a preposition.
DOLLAR_SIGN_PLACES: dict[str, str] = {
    **dict.fromkeys(("Ontario", "Quebec", "Alberta", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia",
                     "New Brunswick", "Newfoundland", "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton",
                     "Winnipeg"), "Canada"),
    **dict.fromkeys(("Queensland", "New South Wales", "Tasmania", "Western Australia", "South Australia",
                     "Sydney", "Melbourne", "Brisbane", "Adelaide"), "Australia"),
    **dict.fromkeys(("Auckland", "Christchurch"), "New Zealand"),
}
# Press symbols that stand for a currency word several countries' currencies share (a word of the stored
# "local" table) or for one of SYMBOL_CURRENCIES written before the amount (its own key there; "kr", after it, is
# read as a name of PRESS_NAMES, whose word the local table keys alike): in a sentence about one of those countries
# the symbol is that country's money ("Rs10" in Pakistani copy is PKR, "Sh3,500" in Dar es Salaam is TZS),
# elsewhere the code PRESS_SYMBOLS gives it.
SHARED_WORD_SYMBOLS: dict[str, str] = {"Rs": "rupees", "Rs.": "rupees", "Sh": "shillings", "Shs": "shillings",
                                       "FCFA": "cfa francs", "CFA": "cfa francs",
                                       **{symbol: symbol for symbol in SYMBOL_CURRENCIES if symbol.isupper()}}
# Sub-units several currencies of one shared word name ("71 paisa" in Pakistani copy is PKR's, "60 centavos" in
# Manila PHP's): the shared word whose local currency they are a part of, read as that word is.
SHARED_SUB_UNITS: dict[str, str] = {**dict.fromkeys(("paisa", "paise"), "rupees"), **dict.fromkeys(("centavo", "centavos"), "pesos")}
GOVERNMENT_BODIES = ("government", "Government", "Ministry", "ministry", "Treasury", "treasury", "budget", "Budget",
                     "Financial Secretary", "Finance Minister", "finance minister", "Monetary Authority", "central bank",
                     "Legislative Council", "Legislative Yuan", "Parliament", "parliament", "cabinet", "Cabinet",
                     # and its people's own money: incomes, wages, flats, vouchers
                     "households", "household", "residents", "citizens", "Housing Board", "Department of Statistics")
# Sub-units written fused to the amount ("12p", "320p" in London market reports; "183.4¢", "189.9c a litre" at
# the pump in Sydney and Calgary), read as their main unit; never a video's line count ("1080p", "720p"), which
# these numbers name instead. A cent is the dollar's of the sentence, as a bare "cents" is.
FUSED_SUB_UNITS: dict[str, tuple[str, float]] = {"p": ("GBP", 0.01), "¢": ("USD", 0.01), "c": ("USD", 0.01)}
# Of those, the letters that are cents only fused to a decimal ("4.5c") or before a rate ("15c a share"):
# a lone "30c" may be a temperature or a stamp.
FUSED_SUB_UNITS_OF_A_PRICE = frozenset({"c"})
VIDEO_LINE_COUNTS = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
# The hundredth parts news names, read as their main unit ("34 cents" is 0.34 USD), and the US tenth ("3 dimes").
# A bare "cent" is the US one in English news, as a bare "dollar" is; a qualified name ("euro cents") says whose.
SUB_UNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "euro cent": ("EUR", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01),
    "kopeck": ("RUB", 0.01), "kopek": ("RUB", 0.01), "kopiyka": ("UAH", 0.01), "kopiykas": ("UAH", 0.01),
    "paisa": ("INR", 0.01), "paise": ("INR", 0.01), "dime": ("USD", 0.1), "dimes": ("USD", 0.1),
    "kobo": ("NGN", 0.01), "sen": ("MYR", 0.01),  # the naira's and the ringgit's hundredths
    # the hundredths of the cedi, the kwacha of Zambia and of Malawi, the kina and the pula, whose own papers
    # name them ("50 pesewas", "90 ngwee"); the peso's, the first a bare "pesos" means (SHARED_SUB_UNITS: local)
    "pesewa": ("GHS", 0.01), "ngwee": ("ZMW", 0.01), "tambala": ("MWK", 0.01), "toea": ("PGK", 0.01),
    "thebe": ("BWP", 0.01), "centavo": ("MXN", 0.01),
    "us cent": ("USD", 0.01),  # "3.2 US cents" on a commodities desk
    "mao": ("CNY", 0.1), "jiao": ("CNY", 0.1),  # the yuan's tenth, spoken and written ("3 kuai 5 mao")
}


def build_table() -> dict[str, Any]:
    """Derive {"names": {word: code}, "symbols": {symbol: code}, "codes": [...]} from CLDR via Babel."""
    from babel import Locale, localedata
    from babel.core import get_global

    en = Locale.parse("en")
    territory_currencies = get_global("territory_currencies")
    territory_languages = get_global("territory_languages")
    current: set[str] = set()
    home_symbols: dict[str, set[str]] = {}
    for territory, entries in territory_currencies.items():
        tender = [code for code, _start, end, is_tender in entries if end is None and is_tender]
        current.update(tender)
        speakers = sorted(territory_languages.get(territory, {}).items(),
                          key=lambda kv: -kv[1].get("population_percent", 0))
        for language, _info in speakers[:2]:
            ident = f"{language}_{territory}"
            if not localedata.exists(ident):
                continue
            locale = Locale.parse(ident)
            for code in tender:
                symbol = locale.currency_symbols.get(code)
                if symbol is not None and _usable_symbol(symbol):
                    home_symbols.setdefault(symbol, set()).add(code)
    # Only currencies in circulation: old codes such as "ESP" are ordinary words too often.
    in_circulation = sorted(c for c in current if c in en.currencies and c != "XXX")

    symbols: dict[str, str] = {}
    for symbol, owners in home_symbols.items():  # a symbol only one currency uses at home
        if len(owners) == 1:
            symbols[symbol] = next(iter(owners))
    for code in in_circulation:  # English usage wins: "$" is the US dollar, "¥" the yen in English text
        en_symbol = en.currency_symbols.get(code)
        if en_symbol is not None and _usable_symbol(en_symbol) and en_symbol != code:
            symbols[en_symbol] = code
    symbols.update(PRESS_SYMBOLS)
    symbols.update({form: ticker for ticker, written in TICKERS.items() for form in written if not form.isalpha()})
    symbols.pop("¤", None)

    withdrawn = sorted({code for entries in territory_currencies.values() for code, _start, end, is_tender in entries
                        if end is not None and is_tender and code not in current and "(" not in en.currencies.get(code, "(")})
    names: dict[str, str] = {}
    bare: dict[str, set[str]] = {}  # a bare word ("francs") and the currencies whose names end in it
    qualified: dict[str, set[str]] = {}  # the same of a name's last two words ("cfa francs")
    plural_data = en._data["currency_names_plural"]
    for code in [*in_circulation, *withdrawn]:
        forms = {en.currencies[code]}
        plurals = plural_data.get(code, {})
        forms.update(v for v in plurals.values() if isinstance(v, str))
        for locale_id in ("en_GB",):
            forms.add(Locale.parse(locale_id).currencies.get(code, ""))
        for form in filter(None, forms):
            form = form.lower().replace("’", "'")
            if code in current or form not in names:  # a currency in circulation before a withdrawn one
                names[form] = code
            words = form.split()
            if len(words) > 1 and words[-1] not in NOT_A_CURRENCY_WORD:
                bare.setdefault(words[-1], set()).add(code)
            if len(words) > 2:  # shared_qualified_name: "West African CFA francs", "Central African CFA francs"
                qualified.setdefault(" ".join(words[-2:]), set()).add(code)
    # A bare word several currencies share ("pounds") means the local one where the text is about that
    # country: territory name (English) → code, for each shared word and its plural; the currency in
    # circulation there, else, where the euro is, the currency it replaced ("francs" in France: French
    # francs; never the Soviet rouble in Ukraine, where "roubles" are Russia's).
    # A name's last two words that several currencies share ("CFA francs") are a bare name of their own, read so.
    bare.update({words: owners for words, owners in qualified.items() if len(owners) > 1})
    local: dict[str, dict[str, str]] = {}
    territory_names = en.territories
    for word, owners in bare.items():
        if len(owners) < 2:
            continue
        for territory, entries in territory_currencies.items():
            tender = [code for code, _start, end, is_tender in entries if end is None and is_tender]
            replaced = [code for code, _start, end, is_tender in sorted(entries, key=lambda e: e[2] or (9999,), reverse=True)
                        if end is not None and is_tender and code in withdrawn][:1] if "EUR" in tender else []
            hit = [code for code in tender if code in owners] or [code for code in replaced if code in owners]
            if hit and territory in territory_names:
                for form in {word, word[:-1] if word.endswith("s") else word + "s"}:
                    local.setdefault(form, {})[territory_names[territory]] = hit[0]
    for symbol, written_for in SYMBOL_CURRENCIES.items():  # "K": Zambia's and Malawi's kwacha, Papua New Guinea's kina
        for territory, entries in territory_currencies.items():
            in_use = {code for code, _start, end, is_tender in entries if end is None and is_tender}
            hit = [code for code in written_for if code in in_use]
            if hit and territory in territory_names:
                local.setdefault(symbol, {})[territory_names[territory]] = hit[0]
    for word, owners in bare.items():
        stem = _stem(word)
        in_use = owners - set(withdrawn)
        if stem in PREFERRED_FOR_BARE_WORD:
            names.setdefault(word, PREFERRED_FOR_BARE_WORD[stem])
        elif len(in_use) == 1 or (not in_use and len(owners) == 1):  # "escudos" CVE, "drachmas" GRD
            names.setdefault(word, next(iter(in_use or owners)))
    for stem, code in PREFERRED_FOR_BARE_WORD.items():
        names.setdefault(stem, code)
        names.setdefault(stem + "s", code)
    for word, code in PRESS_NAMES.items():
        names.setdefault(word, code)
    for ticker, written in TICKERS.items():
        names.update({form: ticker for form in written if form.isalpha()})
    # English plurals CLDR gives only with their qualifier ("Ukrainian hryvnias"): add the bare plural.
    for word, code in list(names.items()):
        if " " not in word and not word.endswith("s") and word not in NOT_A_CURRENCY_WORD:
            names.setdefault(word + "s", code)
    sub_units = {form: [code, factor] for word, (code, factor) in SUB_UNITS.items()
                 for form in (word, word if word.endswith(("s", "e", "y")) else word + "s")}
    sub_units["pennies"] = sub_units["penny"]
    return {"source": "CLDR via Babel", "codes": in_circulation, "withdrawn": withdrawn, "tickers": sorted(TICKERS), "symbols": dict(sorted(symbols.items())),
            "sub_units": dict(sorted(sub_units.items())),
            "names": dict(sorted(names.items())),
            "local": {w: dict(sorted(t.items())) for w, t in sorted(local.items())},
            "languages": {lang: {"names": language_names(lang, in_circulation)} for lang in NAME_LANGUAGES}}


# The other languages whose CLDR currency names the rules read (``extract/slavic.py``); their press's own
# spellings and abbreviations ("руб.", "грн") are ``CURRENCY_WORDS`` in their lexicons.
NAME_LANGUAGES = ("ru", "uk")


def language_names(lang: str, in_circulation: list[str]) -> dict[str, str]:
    """CLDR's name of each currency in circulation in ``lang``, with its plural forms, in lower case and
    with "е" for "ё" ("российский рубль", "российских рублей", "доллара сша", "гривень")."""
    from babel import Locale

    locale = Locale.parse(lang)
    plurals = locale._data["currency_names_plural"]
    names: dict[str, str] = {}
    for code in in_circulation:
        forms = {locale.currencies.get(code, "")} | {v for v in plurals.get(code, {}).values() if isinstance(v, str)}
        for form in filter(None, forms):
            names.setdefault(form.lower().replace("ё", "е"), code)
    return dict(sorted(names.items()))


def _stem(word: str) -> str:
    """A currency word without its plural "s" ("marks" → "mark")."""
    return word[:-1] if word.endswith("s") else word


def _usable_symbol(symbol: str | None) -> bool:
    """A symbol worth matching: not a plain word, not invisible formatting characters."""
    if not symbol or symbol.isalpha():
        return False
    return not any(ch in symbol for ch in "\u200b\u200e\u200f\u202f\u00a0") and not symbol.isspace()


@cache
def table() -> dict[str, Any]:
    """The stored table (see the module docstring for why it is stored)."""
    return stored.read("currencies.json")


def plain_name(territory: str) -> str:
    """A CLDR territory name as the press writes it ("Trinidad & Tobago" → "Trinidad and Tobago", "Hong Kong SAR
    China" → "Hong Kong", "St. Lucia" → "Saint Lucia"), so that the names of the places table and of the text
    find it."""
    return territory.replace(" & ", " and ").replace(" SAR China", "").replace("St. ", "Saint ")


@cache
def local_table(word: str) -> dict[str, str]:
    """The stored local table of a shared word or symbol ("rupees", "K"): the code of each country that has a
    currency of that name, keyed by the country's CLDR and plain names."""
    local = table().get("local", {})
    by_country = local.get(word) or local.get(word.lower(), {})  # a symbol of SYMBOL_CURRENCIES by itself ("K")
    return {**{plain_name(c): code for c, code in by_country.items()}, **by_country}


def local_code(word: str, countries: list[str]) -> str | None:
    """The currency a shared bare word ("pounds") means in a text about one of ``countries``
    ("Sudan" → SDG), or None when none of them uses a currency of that name."""
    by_country = local_table(word)
    for country in countries:
        if country in by_country:
            return str(by_country[country])
    return None


@cache
def _shared_symbol_re() -> re.Pattern[str]:
    symbols = sorted(SHARED_WORD_SYMBOLS, key=len, reverse=True)
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, symbols))})(?=[\d\s])")


def shared_symbol_word(span: str, code: str | None) -> str | None:
    """local_symbol_by_country: the shared currency word ("rupees") whose symbol ("Rs") gave a money figure its
    currency ``code`` (the symbol's own code: "Rs2.1 trillion" read as INR), or None. ``span``: the figure's text; the
    symbol is before its number ("about Rs 500"), never a word of a name after it ("500 West African CFA francs")."""
    digit = next((i for i, ch in enumerate(span) if ch.isdigit()), len(span))
    m = _shared_symbol_re().search(span, 0, digit + 1)
    if m is None:
        return None
    symbol = m.group(0)
    return SHARED_WORD_SYMBOLS[symbol] if code in (table()["symbols"].get(symbol), FUSED_PRESS_SYMBOLS.get(symbol)) else None


@cache
def _local_places() -> tuple[re.Pattern[str], dict[str, str]]:
    """The countries that have a currency of a shared word (by their plain names), with the places of
    ``DOLLAR_SIGN_PLACES``, as written in a sentence or in a dateline's capitals ("CALGARY —"), and the
    country each names."""
    country_of = {plain_name(c): plain_name(c) for by_country in table()["local"].values() for c in by_country}
    country_of.update(DOLLAR_SIGN_PLACES)
    country_of.update({name.upper(): country for name, country in country_of.items()})
    return re.compile(names_trie(country_of, r"\w")), country_of


def country_names(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a country of the local table or a place of ``DOLLAR_SIGN_PLACES``: (start, end,
    country by its plain name), in order ("Melbourne" → Australia, "Trinidad and Tobago")."""
    places, country_of = _local_places()
    return [(m.start(), m.end(), country_of[m.group(0)]) for m in places.finditer(text)]


def places_named(text: str) -> list[str]:
    """The countries ``text`` names by the names and places of ``country_names``."""
    return [country for _, _, country in country_names(text)]


@cache
def _local_dollar_countries() -> frozenset[str]:
    """The countries (plain names) whose bare "$" beside their name is their own dollar: every dollar country
    of CLDR but ``CONVERTED_DOLLAR_COUNTRIES``."""
    return frozenset(plain_name(c) for c in table()["local"]["dollars"] if c not in CONVERTED_DOLLAR_COUNTRIES)


def dollar_sign_code(text: str, countries: list[str]) -> str | None:
    """The dollar a bare "$" means in ``text`` (a sentence about ``countries``, as its names, demonyms and
    places tell, nearest first): the local one where one of them, or a name or place of ``country_names``,
    is a dollar country whose own press writes its dollar so (``_local_dollar_countries``) or a country of
    ``GOVERNMENT_DOLLAR_COUNTRIES`` whose government or people the sentence names; else None (USD stays)."""
    local = _local_dollar_countries()
    country = next((c for c in [*countries, *places_named(text)] if c in local), None)
    if country is None and (m := _government_dollar().search(text)) is not None:
        country = plain_name(GOVERNMENT_DOLLAR_COUNTRIES[m.group(1) or m.group(2)])  # government_dollar
    return None if country is None else local_code("dollars", [country])


# The currencies other than the dollars whose hundredth English news writes "cent" ("up 20 cent" beside "€5.20"
# in an Irish mart report, "50 cents" beside "R18.35" in Johannesburg).
CENT_CURRENCIES = frozenset({"EUR", "ZAR", "KES", "LKR", "MUR"})


def cent_code(codes: set[str]) -> str | None:
    """cents_of_the_sentence_currency: the currency a bare "cents" means in a sentence whose other amounts are
    all in ``codes``: that currency, where it is one that has cents (a dollar or ``CENT_CURRENCIES``); else None."""
    if len(codes) != 1:
        return None
    (code,) = codes
    dollars = {local_code("dollars", [c]) for c in _local_dollar_countries() | set(GOVERNMENT_DOLLAR_COUNTRIES.values())}
    return code if code in CENT_CURRENCIES or code in dollars else None


def article_dollar(countries: list[str]) -> str | None:
    """article_places_name_the_dollar: the dollar a bare "$" means where neither its sentence nor the dateline
    names a country: that of the one dollar country the whole text names (``countries``: "Brisbane" or
    "Queensland" in another paragraph; the United States too), none where it names two or none. A guess,
    which the claim says in its flags."""
    named = {c for c in countries if c in _local_dollar_countries() or c == "United States"}
    if len(named) != 1:
        return None
    return "USD" if named == {"United States"} else local_code("dollars", list(named))


def named_local_code(word: str, countries: list[str]) -> str | None:
    """local_symbol_by_the_text: the currency a shared symbol ("Rs", of ``SHARED_WORD_SYMBOLS``) means in a paragraph
    or a text that names ``countries`` (its sides, demonyms and places, in any sentence): the one currency of that
    name of the countries named ("Sri Lanka" → LKR), None where they name none or several ("India" and "Pakistan")."""
    by_country = local_table(word)
    found = {by_country[c] for c in countries if c in by_country}
    return str(next(iter(found))) if len(found) == 1 else None


def dateline_dollar(line: Dateline | None, side: str | None, place_countries: dict[str, str]) -> str | None:
    """dateline_names_the_local_dollar: the dollar a bare "$" (and "cents") means in a text of the local press
    of one of the countries whose own press writes its dollar so (``_local_dollar_countries`` and
    ``GOVERNMENT_DOLLAR_COUNTRIES``), as its dateline (``places.dateline``) names them ("SINGAPORE:", "BRISBANE —",
    "CANBERRA —", "WELLINGTON —"): that country's dollar, else None. Not a wire's dateline: "SINGAPORE (Reuters) -"
    writes "S$" for the local dollar, so its bare "$" stays USD. ``side``: the dateline's country as the sides'
    capitals and the places table read it (``semantics.dateline_side``: "Canberra", "Wellington" are the sides'
    capitals, not places of the table); ``place_countries``: each place's country (the places table)."""
    if line is None or line.agency is not None:
        return None
    country = side or place_countries.get(line.place, line.place)
    if country not in _local_dollar_countries() and country not in GOVERNMENT_DOLLAR_COUNTRIES:
        return None
    return local_code("dollars", [country])


@cache
def _government_dollar() -> re.Pattern[str]:
    """A sentence naming one of ``GOVERNMENT_DOLLAR_COUNTRIES``' own government or people: "Singapore's
    Ministry", "the Hong Kong government", "Singapore households"."""
    names = "|".join(sorted(map(re.escape, GOVERNMENT_DOLLAR_COUNTRIES), key=len, reverse=True))
    bodies = "|".join(sorted(map(re.escape, GOVERNMENT_BODIES), key=len, reverse=True))
    return re.compile(rf"\b(?:({names})(?:'s|’s)?\s+(?:[A-Za-z]+\s+){{0,2}}?(?:{bodies})|[Tt]he\s+({names})\s+(?:{bodies}))\b")


@cache
def codes() -> frozenset[str]:
    """Every ISO 4217 code in circulation (CLDR)."""
    return frozenset(table()["codes"])


@cache
def written_codes() -> frozenset[str]:
    """The codes read in text: those in circulation, the withdrawn ones ("DEM 361 million") less those that
    are English acronyms too, and the tickers ("6.25 BTC")."""
    return codes() | frozenset(table()["withdrawn"]) - WITHDRAWN_CODES_THAT_ARE_WORDS | frozenset(table()["tickers"])


if __name__ == "__main__":  # regenerate resources/data/currencies.json from Babel: python -m crosscount.core.extract.currencies [OUT]
    raise SystemExit(stored.regenerate("currencies.json", build_table))
