"""Russian: the words the Slavic figure rules (``extract/slavic.py``) read in Russian news text.

Every word list is written once, as data; the rules build their patterns and look-ups from it. The names
are the ones ``lexicon/uk.py`` uses, so that the rules take either module. Number words are listed in
every case and gender the press writes them in ("пятьдесят", "пятидесяти", "пятьюдесятью"); words are
written in lower case and with "е" for "ё" (the rules fold both before a look-up).
"""

from __future__ import annotations

LANG = "ru"

# ---------------------------------------------------------------------------------------------- numbers


def _forms(stems: dict[str, float], endings: tuple[str, ...]) -> dict[str, float]:
    """Each of ``stems`` with each of ``endings``: the regular declensions of the numerals."""
    return {stem + ending: value for stem, value in stems.items() for ending in endings}


# Units, teens, tens and hundreds in every case (and the gender forms of "один" and "два").
SMALL: dict[str, float] = {
    **dict.fromkeys(("один", "одного", "одному", "одним", "одном", "одна", "одной", "одну", "одно", "одною"), 1.0),
    **dict.fromkeys(("два", "две", "двух", "двум", "двумя"), 2.0),
    **dict.fromkeys(("три", "трех", "трем", "тремя"), 3.0),
    **dict.fromkeys(("четыре", "четырех", "четырем", "четырьмя"), 4.0),
    **_forms({"пят": 5, "шест": 6, "сем": 7, "девят": 9, "десят": 10}, ("ь", "и", "ью")),
    **dict.fromkeys(("восемь", "восьми", "восемью", "восьмью"), 8.0),
    **_forms({"одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15,
              "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20,
              "тридцат": 30}, ("ь", "и", "ью")),
    **dict.fromkeys(("сорок", "сорока"), 40.0),
    **{"пятьдесят": 50.0, "пятидесяти": 50.0, "пятьюдесятью": 50.0, "шестьдесят": 60.0, "шестидесяти": 60.0,
       "шестьюдесятью": 60.0, "семьдесят": 70.0, "семидесяти": 70.0, "семьюдесятью": 70.0, "восемьдесят": 80.0,
       "восьмидесяти": 80.0, "восемьюдесятью": 80.0},
    **dict.fromkeys(("девяносто", "девяноста"), 90.0),
    **dict.fromkeys(("сто", "ста"), 100.0),
    **dict.fromkeys(("двести", "двухсот", "двумстам", "двумястами", "двухстах"), 200.0),
    **dict.fromkeys(("триста", "трехсот", "тремстам", "тремястами", "трехстах"), 300.0),
    **dict.fromkeys(("четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах"), 400.0),
    **{f"{head}{tail}": value for heads, value in ((("пять", "пяти", "пятью"), 500.0), (("шесть", "шести", "шестью"), 600.0),
                                                  (("семь", "семи", "семью"), 700.0), (("восемь", "восьми", "восемью"), 800.0),
                                                  (("девять", "девяти", "девятью"), 900.0))
       for head in heads for tail in (("сот",) if head.endswith("ь") else ("сот", "стам", "стами", "стах"))},
}
# Collective numerals that count people ("трое раненых", "семерых"): their value, as a count.
COLLECTIVES: dict[str, float] = {
    **dict.fromkeys(("двое", "двоих", "двоим", "двоими"), 2.0), **dict.fromkeys(("трое", "троих", "троим", "троими"), 3.0),
    **dict.fromkeys(("четверо", "четверых", "четверым"), 4.0), **dict.fromkeys(("пятеро", "пятерых", "пятерым"), 5.0),
    **dict.fromkeys(("шестеро", "шестерых"), 6.0), **dict.fromkeys(("семеро", "семерых"), 7.0),
    **dict.fromkeys(("восьмеро", "восьмерых"), 8.0), **dict.fromkeys(("девятеро", "девятерых"), 9.0),
    **dict.fromkeys(("десятеро", "десятерых"), 10.0),
}
_SCALE_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
SCALES: dict[str, float] = {
    **dict.fromkeys(("тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысячею", "тысяч", "тысячам", "тысячами",
                     "тысячах"), 1e3),
    **_forms({"миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}, _SCALE_ENDINGS),
}
# Scales as the press abbreviates them, with or without the dot ("5 тыс.", "1,5 млн", "200 тыс руб").
SCALE_ABBREVIATIONS: dict[str, float] = {"тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12}
# "полтора миллиона", "полутора тысяч": one and a half of the scale after them.
ONE_AND_A_HALF = frozenset({"полтора", "полторы", "полутора"})
# Half of a scale, written as one word ("полмиллиона", "около полумиллиона"), and "полсотни" (50).
HALF_SCALES: dict[str, float] = {
    **dict.fromkeys(("полмиллиона", "полумиллиона", "полмиллион"), 5e5),
    **dict.fromkeys(("полмиллиарда", "полумиллиарда"), 5e8), **dict.fromkeys(("полтысячи", "полутысячи"), 500.0),
    **dict.fromkeys(("полсотни", "полусотни"), 50.0),
}
# "пол" as a word of its own before a scale ("пол миллиона"): half of it.
HALF_WORDS = frozenset({"пол"})
# A hundred as a noun: "около сотни" (about a hundred) after a hedge; bare, "сотни" is "hundreds".
HUNDRED_NOUNS = frozenset({"сотня", "сотни", "сотню", "сотне", "сотней"})
# Vague amounts, read as ranges as the English corpus reads "hundreds", "tens of thousands" (low, high);
# before a scale ("десятки тысяч", "сотни миллионов") the range is of that scale.
VAGUE: dict[str, tuple[float, float]] = {
    **dict.fromkeys(("десятки", "десятков", "десяткам", "десятками", "десятках"), (10.0, 100.0)),
    **dict.fromkeys(("сотни", "сотен", "сотням", "сотнями", "сотнях"), (100.0, 1000.0)),
    **dict.fromkeys(("тысячи", "тысяч", "тысячам", "тысячами", "тысячах"), (1000.0, 10000.0)),
    **dict.fromkeys(("миллионы", "миллионов", "миллионам", "миллионами", "миллионах"), (1e6, 1e7)),
}
# A bare "десятки" (without a scale) is read from twenty, as the English "dozens".
VAGUE_ALONE: dict[str, tuple[float, float]] = {"десятки": (20.0, 100.0), "десятков": (20.0, 100.0)}
# "a few" of the scale after it ("несколько тысяч": 3,000-9,000), as the English ``FEW``.
FEW: dict[str, tuple[float, float]] = dict.fromkeys(("несколько", "нескольких", "нескольким", "несколькими"), (3.0, 9.0))
# Shares written as words: "половина" of those counted, "треть", "четверть" (percent).
SHARES: dict[str, float] = {
    **dict.fromkeys(("половина", "половину", "половины", "половиной"), 50.0),
    **dict.fromkeys(("треть", "трети", "третью"), 100.0 / 3), **dict.fromkeys(("четверть", "четверти"), 25.0),
}

# ---------------------------------------------------------------------------------------------- bounds

# Hedges before a figure and the bound each gives (as the English ``HEDGES``). "почти" is "nearly": at most.
HEDGES: dict[str, str] = {
    "не менее": "at_least", "не меньше": "at_least", "как минимум": "at_least", "минимум": "at_least",
    "по меньшей мере": "at_least", "по крайней мере": "at_least", "не менее чем": "at_least", "от": "at_least",
    "более": "more_than", "более чем": "more_than", "больше": "more_than", "больше чем": "more_than",
    "свыше": "more_than", "свыше чем": "more_than", "порядка более": "more_than",
    "около": "approximate", "порядка": "approximate", "примерно": "approximate", "приблизительно": "approximate",
    "ориентировочно": "approximate", "почти": "at_most", "до": "at_most", "не более": "at_most",
    "не больше": "at_most", "не более чем": "at_most", "максимум": "at_most", "менее": "less_than",
    "меньше": "less_than", "менее чем": "less_than", "меньше чем": "less_than",
}
# Bounds written after a figure: "100 и более", "50 с лишним".
BOUNDS_AFTER: dict[str, str] = {"и более": "at_least", "и больше": "at_least", "или более": "at_least",
                                "с лишним": "more_than", "с небольшим": "more_than"}
# A range: "от 21 до 23 тысяч" (opener, closer); the dash joins one too ("230–240 тысяч").
RANGE_OPENERS = frozenset({"от"})
RANGE_CLOSERS = frozenset({"до"})
RANGE_DASHES = "-–—"
# "увеличен со 195 000 до 400 000": a change from one figure to another, two figures (not a range).
CHANGE_FROM = frozenset({"с", "со"})

# ---------------------------------------------------------------------------------------------- units

PERCENT_WORDS: dict[str, str] = {
    "%": "percent", "процент": "percent", "процента": "percent", "процентов": "percent", "проц": "percent",
    "п.п": "percentage_point", "процентного пункта": "percentage_point", "процентных пункта": "percentage_point",
    "процентных пунктов": "percentage_point", "процентный пункт": "percentage_point",
    "б.п": "basis_point", "базисных пунктов": "basis_point", "базисных пункта": "basis_point",
    "базисный пункт": "basis_point",
}
# Currency spellings of the Russian press beyond CLDR's names (which the table holds): bare nouns in the
# cases written after a number, and abbreviations with and without the dot.
CURRENCY_WORDS: dict[str, str] = {
    **dict.fromkeys(("долл. сша", "долл сша", "долларов сша"), "USD"),
    **dict.fromkeys(("рубль", "рубля", "рублей", "рублям", "рублями", "рублях", "руб", "р"), "RUB"),
    **dict.fromkeys(("гривна", "гривны", "гривен", "гривень", "гривну", "гривнам", "грн"), "UAH"),
    **dict.fromkeys(("доллар", "доллара", "долларов", "долларам", "долларах", "долл", "дол"), "USD"),
    **dict.fromkeys(("евро",), "EUR"),
    **dict.fromkeys(("тенге",), "KZT"),
    **dict.fromkeys(("юань", "юаня", "юаней"), "CNY"),
    **dict.fromkeys(("фунтов стерлингов", "фунта стерлингов", "фунтов"), "GBP"),
}
# Units of quantity the rules read after a figure (pint names).
UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(("км", "километр", "километра", "километров"), "kilometer"),
    **dict.fromkeys(("м", "метр", "метра", "метров"), "meter"),
    **dict.fromkeys(("кв. км", "квадратных километров", "квадратных километра"), "kilometer ** 2"),
    **dict.fromkeys(("кв. м", "квадратных метров", "квадратных метра"), "meter ** 2"),
    **dict.fromkeys(("га", "гектар", "гектаров"), "hectare"),
    **dict.fromkeys(("тонн", "тонны", "тонна", "т"), "metric_ton"),
    **dict.fromkeys(("кг", "килограмм", "килограммов"), "kilogram"),
    **dict.fromkeys(("литров", "литра", "литр", "л"), "liter"),
    **dict.fromkeys(("баррелей", "барреля", "баррель"), "barrel"),
    **dict.fromkeys(("см", "сантиметр", "сантиметра", "сантиметров"), "centimeter"),
    **dict.fromkeys(("мм", "миллиметр", "миллиметра", "миллиметров"), "millimeter"),
    # the weather's degrees are Celsius ("минус 15 градусов", "+38 °С", with a Cyrillic or a Latin С)
    **dict.fromkeys(("градус", "градуса", "градусов", "градусам", "градусы", "°", "°с", "°c"),
                    "degree_Celsius"),
}
# Signs written as words before a number ("минус 15 градусов", "плюс 3"): the factor each gives its value.
SIGN_WORDS: dict[str, float] = {"минус": -1.0, "плюс": 1.0}
# Durations and ages: "12 годам колонии", "19 лет", "в возрасте от 18 лет" are no figures of the kind
# Crosscount compares.
YEARS_WORDS = frozenset({"лет", "год", "года", "году", "годам", "годами", "годах"})

# ---------------------------------------------------------------------------------------------- per

# What a figure is per, written after it ("в месяц") or as an adverb ("ежемесячно").
PER_WORDS: dict[str, str] = {
    "в месяц": "month", "ежемесячно": "month", "в год": "year", "ежегодно": "year", "в день": "day",
    "в сутки": "day", "ежедневно": "day", "каждый день": "day", "в неделю": "week", "еженедельно": "week", "в час": "hour",
    "на душу населения": "person", "на человека": "person", "на одного человека": "person",
}
# An adjective or an adverb before the figure in its clause says the same ("ежемесячная выплата … составит").
PERIOD_ADJECTIVES: dict[str, str] = {"ежемесячн": "month", "ежегодн": "year", "годов": "year", "ежедневн": "day",
                                    "еженедельн": "week", "среднесуточн": "day", "среднемесячн": "month", "в день": "day", "в месяц": "month",
                                    "в сутки": "day", "в год": "year",
                                    "на душу": "person"}  # (and a person's rate: "ВВП на душу населения составил")
# "% годовых" (an interest rate), "годовая инфляция": a rate's word, not a period of payment; "разовую выплату",
# "единовременное пособие": a payment made once.
NOT_PER_WORDS = frozenset({"годовых", "годовая", "годовой инфляции", "годовую", "разовую", "разовая", "разовой",
                           "единовременную", "единовременная", "единовременной", "единовременное", "единоразовую",
                           "единоразовая", "единоразовой"})

# ---------------------------------------------------------------------------------------------- categories

# What a figure counts, by the stems of the words that say it (the English categories); compounds first.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "casualties": ("убитыми и ранеными", "убитых и раненых", "убиты и ранены", "погибшими и ранеными",
                   "убитыми или ранеными",
                   "безвозвратные потери", "потер"),
    "killed": ("погиб", "гибел", "убит", "убил", "умер", "скончал", "уничтож", "тела ", "могил", "похорон", "ликвидир"),
    "wounded": ("ранен", "ранени", "ранил", "госпитализир", "пострада"),
    "missing": ("без вести", "пропавш", "пропал", "связь потеряна", "поиск"),
    "captured": ("плен", "военнопленн", "обмен", "сдались", "сдался", "сдаются", "сдавшихся"),
    "displaced": ("беженц", "переселен", "эвакуир", "перемещенн", "временного размещения", "отсел", "депортир"),
}
# "Количество погибших выросло до 12": the category named after these in the clause before a figure is its own.
COUNT_NOUNS = ("количество", "число", "численность")
# "второй половины года": a half of a period after these is no share.
PERIOD_ORDINALS = frozenset({"первой", "первую", "первая", "второй", "вторую", "вторая"})
# "ни одного погибшего": a negated one is none, no count.
NEGATIONS = frozenset({"ни"})
# "по одному на каждого", "по одній": one each is a distribution, no count.
DISTRIBUTIVES = frozenset({"по"})
# "потеряла убитыми": the loss verb with "убитыми" names the dead, not the wounded too.
KILLED_LOSSES = ("потери убитыми", "потеряла убитыми", "потерял убитыми", "потеряли убитыми", "потерь убитыми")
# Before a figure these carry the category of the figure before it ("гибель 4 015 человек, в том числе 312 офицеров").
CATEGORY_CARRIERS = ("в том числе", "среди них", "среди которых", "из них", "включая", "среди погибших", "среди раненых",
                     "среди пострадавших")

# ---------------------------------------------------------------------------------------------- subjects

# Sides, by the stems of the words that name them (lower case, or as written for the acronyms).
SIDE_STEMS: dict[str, tuple[str, ...]] = {
    "Russia": ("российск", "россиян", "росси", "оккупант", "вагнер", "мобилизован"),
    "Ukraine": ("украинск", "украинц", "украин", "противник"),
}
# The adjectives of the enemy ("вражеских обстрелов"): like "российских", they name the attacker, not the counted.
ENEMY_ADJECTIVES = ("враж",)
# Bodies only one country has, and its heads of state: a toll their speaker gives with no place or side named is of its people.
SPEAKER_BODIES: dict[str, str] = {"ОВА": "Ukraine", "ОГА": "Ukraine", "ГСЧС": "Ukraine", "Зеленский": "Ukraine",
                                  "Зеленского": "Ukraine", "Путин": "Russia", "Путина": "Russia"}
# A return home that, of soldiers, is from captivity ("Додому повернулися 185 військових").
HOME_RETURNS = ("домой вернулись", "вернулись домой", "вернулись на родину", "на родину вернулись", "возвращены на родину", "возвращены домой")
# A return from captivity: the returned, with no side named, are the speaker's country's ("з полону повернулися 150 громадян").
RETURN_VERBS = frozenset({"вернулись", "вернулся", "вернули", "возвращены", "возвращен"})
# The language's own country and the bodies its press names without it ("Міністерство соціальної політики" in
# Ukrainian is Ukraine's; a foreign one is named with its country): none in Russian, whose press names both sides' so.
HOME_BODIES: tuple[str, tuple[str, ...]] = ("Russia", ())
# Places whose dead and wounded civilians are that country's: the stems of the cities and regions the press
# names ("в Белгороде", "Харьковской области"), written with a capital; places whose country is in dispute
# (Crimea, the Donetsk and Luhansk regions, Zaporizhzhia and Kherson) are left out.
PLACE_STEMS: dict[str, tuple[str, ...]] = {
    "Russia": ("Белгород", "Курск", "Брянск", "Воронеж", "Ростов", "Москв", "Подмосков", "Петербург", "Краснодар",
               "Орлов", "Тульск", "Липецк", "Смоленск", "Псков", "Кузбасс", "Татарстан", "Башкир", "Шебекин",
               "Рыльск", "Грайворон", "Новороссийск", "Таганрог", "Саратов", "Рязан", "Калуж"),
    "Ukraine": ("Харьков", "Киев", "Одесс", "Днепр", "Сумы", "Сумах", "Сумск", "Сумщ", "Чернигов", "Николаев", "Львов",
                "Полтав", "Житомир", "Краматорск", "Славянск", "Черкасс", "Тернопол", "Сумам", "Сумами", "Никопол",
                "Кременчуг", "Павлоград", "Измаил", "Винниц", "Хмельницк", "Луцк", "Ужгород", "Черновц", "Одесщин"),
}
# Nouns of people that, counted in a place's toll, are its civilians ("погибли 12 человек в Белгороде").
PERSON_WORDS = ("человек", "люд", "жител", "горожан", "мирн", "перемещенн", "мужчин", "женщин", "пенсионер",
                "подрост")
SIDE_ACRONYMS: dict[str, str] = {"РФ": "Russia", "ВС РФ": "Russia", "ВСУ": "Ukraine", "ЗСУ": "Ukraine",
                                 "ВФУ": "Ukraine"}
# Roles, by stems: the military and civilians.
MILITARY_WORDS = ("ВС", "военн", "военнослужащ", "солдат", "боец", "бойц", "офицер", "мобилизован", "контрактник",
                  "десантник", "морпех", "пехот", "оккупант", "ВСУ", "ВС РФ", "армии", "армия")
CIVILIAN_WORDS = ("мирн", "гражданск", "детей", "ребен", "жител")
# Civilians are named with "мирные жители" / "гражданские лица"; a place's "жители" are civilians only so.
CIVILIAN_PHRASES = ("мирн", "гражданск")

# ---------------------------------------------------------------------------------------------- sources

# Frames that put the source after them (the source in the genitive or as a name).
SOURCE_BEFORE: tuple[str, ...] = (
    "по данным", "по оценке", "по оценкам", "по подсчетам", "по словам", "по информации", "по мнению",
    "по прогнозу", "по расчетам", "по предварительной оценке", "по предварительным данным", "согласно данным",
    "согласно опросу", "согласно", "как сообщает", "как сообщают", "как пишут", "как сообщил", "как сообщила", "как сообщили", "как подсчитал",
    "как подсчитала", "как подсчитали", "как заявил", "как заявила", "как заявили", "как пишет", "по версии",
)
# Verbs of saying and counting after which (", сообщил губернатор") or before which ("Росстат сообщил")
# the speaker stands.
ATTRIBUTION_VERBS: tuple[str, ...] = (
    "сообщил", "сообщила", "сообщили", "сообщило", "сообщает", "сообщают", "заявил", "заявила", "заявили",
    "заявило", "заявлял", "заявляла", "подсчитал", "подсчитала", "подсчитали", "подсчитало", "установил",
    "установила", "установили", "оценил", "оценила", "оценили", "оценивает", "оценивают", "пишет", "пишут",
    "утверждает", "утверждают", "утверждал", "сказал", "сказала", "отметил", "отметила", "уточнили",
    "выяснили", "выяснила", "зафиксировала", "зафиксировал", "признало", "признал", "говорят", "называет",
    "допускают", "напоминает", "подчеркивает", "ожидает", "добавили", "опубликовал", "пояснили", "объяснили",
    "подтвердили", "подтвердил", "подтвердила", "считают", "насчитали", "сообщают",
    "подписал", "называло", "рассказал", "рассказала", "рассказали", "добавил", "добавила", "объявил",
    "пообещал", "пообещала", "пообещали",
    "объявила", "объявили", "выяснил", "выяснило", "приводит", "приводят", "привел", "привела", "уточняют", "уточнил",
    "уточнила", "добавило", "отметили",
    # an agency passing a report on ("как передает ТАСС", "передает корреспондент"); only the present: the past
    # ("передал", "передала") is giving ("Германия передала Украине помощь")
    "передает", "передают",
)
# "Такие данные приводит Минэкономразвития": openings whose verb names the source of the sentence before.
ANNOUNCING_OPENERS = ("об этом", "такие данные", "эти данные", "эти цифры", "такие цифры")
# "как выяснил «Коммерсант»": "как" before any verb of saying is a frame whose speaker is in the nominative.
AS_WORDS = ("как",)
# Speakers that point back at the one named before: a common noun in lower case ("добавили в ведомстве")
# and the pronouns ("сообщила она", "Он добавил").
BACK_SPEAKERS = frozenset({"ведомство", "министерство", "издание"})
SPEAKING_PRONOUNS = frozenset({"он", "она", "они"})
# Outlets a speaker tells the figure to, in the dative before the speaker ("рассказал РИА Новости источник").
ADDRESSEE_OUTLETS = ("риа новости", "тасс", "рбк", "интерфаксу", "известиям", "коммерсанту", "ведомостям")
# "сообщили в Минобороны", "заявили в Смольном": the source after "в".
SOURCE_IN_VERBS: tuple[str, ...] = ("сообщили", "заявили", "уточнили", "подсчитали", "рассказали", "добавили",
                                   "уточняют", "сообщают", "считают", "отметили", "полагают")
# "говорится в докладе", "следует из данных проекта": the source is the document.
SOURCE_DOCUMENT_FRAMES: tuple[str, ...] = ("говорится в", "следует из данных", "следует из")
# A message is its sender's word ("говорится в сообщении Минобороны": the source is the ministry).
MESSAGE_NOUNS = frozenset({"сообщение", "заявление", "пресс-релиз", "публикация"})

# ---------------------------------------------------------------------------------------------- dates

MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                   "сентября", "октября", "ноября", "декабря"), 1)},
    **{m: i for i, m in enumerate(("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                                   "сентябрь", "октябрь", "ноябрь", "декабрь"), 1)},
    **{m: i for i, m in enumerate(("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                                   "сентябре", "октябре", "ноябре", "декабре"), 1)},
}
# Words before a date that make it the figure's date ("на 1 апреля", "по состоянию на", "к концу").
DATE_CUES = ("на", "по состоянию на", "по", "к", "к концу", "на конец", "в конце", "в", "во", "по итогам", "за", "до")
# Cues that date a figure at the end of the year after them ("к концу 2024 года": 2024-12).
END_CUES = ("к концу", "на конец", "в конце")
# Words before a date that make it the start of a running total ("с 24 февраля 2022 года").
PERIOD_DATE_CUES = ("с", "со", "начиная с", "с начала", "со дня")
# The day before publication ("вчера", "накануне", "за минувшие сутки").
DAY_BEFORE = ("вчера", "накануне", "минувшие сутки", "прошедшие сутки", "минувших суток")
# The year of publication and the one before it.
THIS_YEAR = ("в этом году", "в текущем году", "по итогам года", "по итогам этого года", "по итогам текущего года")
LAST_YEAR = ("в прошлом году",)
# A year before the date named before it in the sentence ("в сентябре … годом ранее"), else the year before the report.
YEAR_EARLIER = ("годом ранее", "годом раньше", "год назад")
# "за восемь месяцев": months counted from the year's start, dated at the last of them.
MONTH_SPANS = frozenset({"месяцев", "месяца"})
# The end of the year of publication ("к концу года") and the halves of a year ("в первом полугодии"):
# the last month each ends on.
YEAR_END = ("к концу года", "до конца года", "на конец года", "в конце года")
# The end of the decade of publication: its round year ("к концу десятилетия": 2030, published in 2025).
DECADE_END = ("к концу десятилетия", "до конца десятилетия", "к концу этого десятилетия", "до конца этого десятилетия")
# The seasons ("прошлой зимой", "этим летом", "осенью"): the word before them ("last", "this" or none: the season begun
# last) and the season, whose last month dates the figure (dates.SEASON_ENDS).
SEASONS: dict[str, tuple[str, str]] = {
    **{f"прошлой {w}": ("last", s) for w, s in (("зимой", "winter"), ("весной", "spring"), ("осенью", "autumn"))},
    "прошлым летом": ("last", "summer"),
    **{f"этой {w}": ("this", s) for w, s in (("зимой", "winter"), ("весной", "spring"), ("осенью", "autumn"))},
    "этим летом": ("this", "summer"),
    "зимой": ("the", "winter"), "весной": ("the", "spring"), "летом": ("the", "summer"), "осенью": ("the", "autumn"),
}
HALF_YEARS: dict[str, int] = {"по итогам полугодия": 6, "по итогам первого полугодия": 6, "за полугодие": 6,
                              "в первом полугодии": 6, "за первое полугодие": 6, "в первой половине года": 6,
                              "за первую половину года": 6, "первой половины года": 6, "во втором полугодии": 12,
                              "за второе полугодие": 12, "во второй половине года": 12}
# The opening months of the year ("за первые девять месяцев года"): the month they end on.
OPENING_MONTHS: dict[str, int] = {
    f"{first} {count} месяцев {year}": n
    for n, count in enumerate(("два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
                               "одиннадцать"), 2)
    for first in ("первые", "первых")
    for year in ("года", "этого года", "текущего года")}
# A date written after these is what the figure is compared with, not its own ("больше, чем в мае").
COMPARED_WORDS = frozenset({"чем", "против"})

# Words whose stem says a figure changed to the level after "до" ("выросла до 1,2 млн"): not a bound.
CHANGE_STEMS = ("вырос", "выросл", "возрос", "увелич", "сниз", "снизил", "замедл", "ускор", "повыс", "повысил",
                "сократ", "сокращ", "подорож", "подешев", "ослаб", "укрепи", "довест", "сниж", "повыш", "пониж", "упал", "упала", "подня", "довед", "уменьш", "опуст", "понизи", "поднял", "подскоч",
                "вырастут", "вырастет", "растет", "достиг", "увеличен", "увеличена", "увеличили", "повышен",
                "похолода", "потепле", "прогреет", "опустится")
# Words that name the number after them: "статьи 105", "части 2", "пункта 3", "№ 765".
IDENTIFIER_STEMS = ("стать", "част", "пункт", "указ", "закон", "постановлени", "приказ", "корпус", "дом ", "проспект",
                    "улиц", "бригад", "полк", "батальон", "код", "номер", "рейс", "трасс", "шоссе")
# A number of the clock: "в 6 утра".
TIME_WORDS = frozenset({"утра", "вечера", "ночи", "часов", "час", "часа", "часам"})
# Durations: "почти два часа", "за 9 месяцев" (no figures of the kind compared).
DURATION_WORDS = frozenset({"час", "часа", "часов", "минут", "минуты", "минуту", "дня", "дней", "день", "суток",
                            "недели", "недель", "неделю", "месяца", "месяцев", "месяц"})
# A currency's sub-units: "45 копеек" is 0.45 of a rouble (the currency, the fraction of it).
SUBUNITS: dict[str, tuple[str, float]] = dict.fromkeys(("копейка", "копейки", "копеек", "коп"), ("RUB", 0.01))
# Abbreviations read with the dot right after them ("тыс.", "руб.", "долл.").
DOTTED_ABBREVIATIONS = frozenset({"тыс", "руб", "р", "долл", "дол", "проц", "кв", "п", "коп"})
# What a count counts when it is no person: "664 самолета", "35 танков" (no casualty category).
THING_WORDS = ("танк", "самолет", "вертолет", "беспилот", "дрон", "ракет", "снаряд", "бомб", "авиабомб", "боеприпас",
               "машин", "автомобил", "дом", "объект", "систем", "орудий", "артиллер", "аппарат", "устройств", "удар",
               "приговор", "дел", "контракт", "населенн", "регион", "кораб", "катер", "бронетехник", "бпла",
               "пункт", "км", "квартир", "здани", "школ", "больниц", "мост", "единиц")
# Decisions that are the decider's own figures ("Совет директоров Банка России повысил ставку").
DECISION_VERBS = ("заложил", "заложило", "заложили", "выделили", "выделил", "выделило", "направит", "направили", "считает", "принял", "приняли", "повысил", "понизил", "снизил", "сохранил", "увеличил", "увеличили", "выплачивает", "выплатит",
                  "подтвердили")
# Frames whose speaker is a pronoun or an anaphor: the source named in the sentence before ("По его словам").
ANAPHORIC_SOURCES = ("по его словам", "по ее словам", "по её словам", "по их словам", "по его данным", "по ее данным",
                     "по их данным", "по его оценке", "по ее оценке", "по их оценкам", "по его мнению", "согласно им",
                     "в ведомстве", "в министерстве")
# A sentence opening with these goes on from the one before it (its figures keep the source named there).
CONTINUATIONS = ("еще", "кроме того", "также", "при этом", "из них", "помимо этого")
# Words that put what the sentence dates ahead of the report: its date without a year is the next such
# date ("с 1 января зарплата вырастет"), as the English rules' future words do.
FUTURE_WORDS = ("будет", "будут", "составит", "составят", "вырастет", "вырастут", "увеличится", "получат", "получит",
                "начнет", "вступит", "планируется", "предусмотрено", "запланировано")
