"""The Russian and Ukrainian rules one by one (core/extract/slavic.py, lexicon/ru.py, lexicon/uk.py), the
language each paragraph is read in (core/extract/language.py), the analyst's choice of an article's
language, and the multilingual fixture landing in one group (tests/corpus/multilingual)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscount.core.compare import compare
from crosscount.core.edits import EditError, Edits
from crosscount.core.extract import language, morphology, slavic
from crosscount.core.extract.figures import explain, extract
from crosscount.core.model import Article
from crosscount.core.pipeline import analyze_articles

MULTILINGUAL = Path(__file__).parent / "corpus" / "multilingual"


def one(text: str, lang: str, published: str = "2025-01-10"):
    claims = slavic.extract(text, lang, published)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


# (rule, language, sentence, span, low, high, bound, unit)
NUMBERS = [
    ("spaced thousands", "ru", "Погибли 12 162 человека.", "12 162", 12162, 12162, "exact", None),
    ("no-break-spaced thousands", "uk", "Загинули 1\u00a0080 осіб.", "1\u00a0080", 1080, 1080, "exact", None),
    ("decimal comma and scale abbreviation", "ru", "Выделено 1,5 млрд рублей.", "1,5 млрд рублей", 1.5e9, 1.5e9, "exact", "RUB"),
    ("abbreviation with its dot", "ru", "Выплата составит 10 тыс. р.", "10 тыс. р.", 1e4, 1e4, "exact", "RUB"),
    ("abbreviation without the dot", "ru", "Доплата 200 тыс руб за контракт.", "200 тыс руб", 2e5, 2e5, "exact", "RUB"),
    ("a final stop is not the abbreviation's", "ru", "Выплата достигает 2 млн.", "2 млн", 2e6, 2e6, "exact", None),
    ("number words, genitive", "ru", "Выплата в размере пятисот тысяч рублей.", "пятисот тысяч рублей", 5e5, 5e5, "exact", "RUB"),
    ("number words, compound", "ru", "В зоне находятся двести сорок четыре тысячи человек.", "двести сорок четыре тысячи", 244000, 244000, "exact", None),
    ("half a million in one word", "ru", "Повестки получили около полумиллиона человек.", "около полумиллиона", 5e5, 5e5, "approximate", None),
    ("one and a half", "ru", "Выплата составляет полтора миллиона рублей.", "полтора миллиона рублей", 1.5e6, 1.5e6, "exact", "RUB"),
    ("Ukrainian hundreds", "uk", "Евакуювали двісті тисяч людей.", "двісті тисяч", 2e5, 2e5, "exact", None),
    ("Ukrainian one and a half", "uk", "Затримали півтори тисячі осіб.", "півтори тисячі", 1500, 1500, "exact", None),
    ("vague amount of a scale", "ru", "Уехали десятки тысяч мужчин.", "десятки тысяч", 1e4, 1e5, "range", None),
    ("vague hundreds", "uk", "Щодня виїжджають сотні людей.", "сотні", 100, 1000, "range", None),
    ("a few hundred", "uk", "Підписали кілька сотень добровольців.", "кілька сотень", 300, 900, "range", None),
    ("a hundred after a hedge", "ru", "Из них около сотни мобилизованных.", "около сотни", 100, 100, "approximate", None),
    ("collective numeral", "ru", "Ранены семеро мирных жителей.", "семеро", 7, 7, "exact", None),
    ("compound scales", "ru", "Выплата составит 1 млн 600 тыс. рублей.", "1 млн 600 тыс. рублей", 1.6e6, 1.6e6, "exact", "RUB"),
    ("a sign word before a temperature", "ru", "Ночью будет минус 24 градуса.", "минус 24 градуса", -24, -24, "exact", "degree_Celsius"),
    ("a glued sign before a temperature", "uk", "Удень буде +31 градус.", "+31 градус", 31, 31, "exact", "degree_Celsius"),
    ("a glued minus after a hedge", "ru", "Морозы усилятся, ожидается до -35 °С.", "до -35 °С", None, -35, "at_most", "degree_Celsius"),
    ("centimetres of snow", "ru", "Выпало 40 сантиметров снега.", "40 сантиметров", 40, 40, "exact", "centimeter"),
    ("millimetres of rain", "uk", "Випало 25 мм опадів.", "25 мм", 25, 25, "exact", "millimeter"),
]


@pytest.mark.parametrize("rule,lang,text,span,low,high,bound,unit", NUMBERS, ids=[n[0] for n in NUMBERS])
def test_numbers(rule, lang, text, span, low, high, bound, unit):
    c = one(text, lang)
    assert (c.text, c.low, c.high, c.bound, c.unit, c.lang) == (span, low, high, bound, unit, lang)


BOUNDS = [
    ("не менее", "ru", "Погибли не менее 4 300 военных.", "не менее 4 300", 4300, None, "at_least"),
    ("более чем", "ru", "Штрафы назначили более чем 10 тысячам человек.", "более чем 10 тысячам", 1e4, None, "more_than"),
    ("свыше", "ru", "Сбиты свыше 55 000 беспилотников.", "свыше 55 000", 55000, None, "more_than"),
    ("порядка", "ru", "Погибли порядка 1 225 военных.", "порядка 1 225", 1225, 1225, "approximate"),
    ("почти, before на", "ru", "Интерес вырос почти на 36%.", "почти на 36%", None, 36, "at_most"),
    ("до", "ru", "Противник потерял до 200 военных.", "до 200", None, 200, "at_most"),
    ("до after a change is the level", "ru", "Выплата выросла до 1,2 млн рублей.", "1,2 млн рублей", 1.2e6, 1.2e6, "exact"),
    ("от alone", "ru", "Довольствие составляет от 204 тыс. рублей.", "от 204 тыс. рублей", 204000, None, "at_least"),
    ("щонайменше", "uk", "Загинули щонайменше 12 цивільних.", "щонайменше 12", 12, None, "at_least"),
    ("понад", "uk", "Евакуювали понад 10 тисяч людей.", "понад 10 тисяч", 1e4, None, "more_than"),
    ("близько", "uk", "Втрати становили близько 1 550 осіб.", "близько 1 550", 1550, 1550, "approximate"),
    ("майже", "uk", "Евакуйовано майже 3 тисячі людей.", "майже 3 тисячі", None, 3000, "at_most"),
    ("до after a cut is the level", "ru", "Премия сокращена до 200 тыс. рублей.", "200 тыс. рублей", 2e5, 2e5, "exact"),
    ("до after a price rise is the level", "uk", "Дизель подорожчав до 55,4 грн.", "55,4 грн", 55.4, 55.4, "exact"),
    ("до after снижена is the level", "ru", "Ключевая ставка снижена до 16%.", "16%", 16, 16, "exact"),
    ("до after довести is the level", "uk", "Уряд планує довести виплату до 30 тисяч гривень.", "30 тисяч гривень", 3e4, 3e4, "exact"),
]


@pytest.mark.parametrize("rule,lang,text,span,low,high,bound", BOUNDS, ids=[b[0] for b in BOUNDS])
def test_bounds(rule, lang, text, span, low, high, bound):
    c = one(text, lang)
    assert (c.text, c.low, c.high, c.bound) == (span, low, high, bound)


RANGES = [
    ("от … до, the scale on the closing end", "ru", "могли погибнуть от 21 до 23 тысяч человек.", "от 21 до 23 тысяч", 21000, 23000, None),
    ("a dash between numerals", "ru", "Контрактник получает 230–240 тысяч рублей.", "230–240 тысяч рублей", 230000, 240000, "RUB"),
    ("a dash between number words", "ru", "потери убитыми в семьдесят – восемьдесят тысяч человек", "семьдесят – восемьдесят тысяч", 70000, 80000, None),
    ("від … до", "uk", "Зарплата — від 30 до 130 тисяч гривень на місяць.", "від 30 до 130 тисяч гривень", 30000, 130000, "UAH"),
    ("percent range with decimal commas", "ru", "Инфляция снизится до 7,0–8,0%.", "7,0–8,0%", 7, 8, "percent"),
    ("the unit between a range's ends", "uk", "Штраф становитиме від 3 тисяч гривень до 5 тисяч.", "від 3 тисяч гривень до 5 тисяч",
     3000, 5000, "UAH"),
]


@pytest.mark.parametrize("rule,lang,text,span,low,high,unit", RANGES, ids=[r[0] for r in RANGES])
def test_ranges(rule, lang, text, span, low, high, unit):
    c = one(text, lang)
    assert (c.text, c.low, c.high, c.bound, c.unit) == (span, low, high, "range", unit)


# (rule, language, sentence, [(span, low, unit, per)]): the currency and rate a sum shares with another
SHARED = [
    ("a sub-unit is a fraction of the currency", "uk", "Курс знизився на 12 копійок.", [("12 копійок", 0.12, "UAH", None)]),
    ("копеек", "ru", "Доллар подешевел на 45 копеек.", [("45 копеек", 0.45, "RUB", None)]),
    ("roubles and copecks are one sum", "ru", "Сахар подешевел на 2 рубля 40 копеек.", [("2 рубля 40 копеек", 2.4, "RUB", None)]),
    ("hryvnias and kopiykas are one sum", "uk", "Олія подешевшала на 3 гривні 50 копійок.", [("3 гривні 50 копійок", 3.5, "UAH", None)]),
    ("a currency written once after two sums", "ru", "Премии составят 2,5 млн и 3 млн руб.",
     [("2,5 млн", 2.5e6, "RUB", None), ("3 млн руб.", 3e6, "RUB", None)]),
    ("a currency written once, або", "uk", "Доплата становить 7 000 або 8 000 грн.",
     [("7 000", 7000, "UAH", None), ("8 000 грн", 8000, "UAH", None)]),
    ("a rate shared by a listed sum", "uk", "Дорослі отримають 2 000 грн на місяць, діти — 3 000 грн.",
     [("2 000 грн", 2000, "UAH", "month"), ("3 000 грн", 3000, "UAH", "month")]),
    ("a part of the sum before takes its currency", "ru", "Бюджет составит 5 трлн рублей. Из них 1,2 трлн уйдут на дороги.",
     [("5 трлн рублей", 5e12, "RUB", None), ("1,2 трлн", 1.2e12, "RUB", None)]),
]


@pytest.mark.parametrize("rule,lang,text,want", SHARED, ids=[s[0] for s in SHARED])
def test_sums_share_a_currency_and_a_rate(rule, lang, text, want):
    claims = slavic.extract(text, lang, "2025-01-10")
    assert [(c.text, c.low, c.unit, c.per) for c in claims] == want


def test_a_change_from_one_sum_to_another_is_two_figures_in_one_currency():
    claims = slavic.extract("Выплата увеличена с 300 тыс. рублей до 500 тыс.", "ru", "2024-01-01")
    assert [(c.text, c.low, c.bound, c.unit) for c in claims] == [
        ("300 тыс. рублей", 3e5, "exact", "RUB"), ("500 тыс.", 5e5, "exact", "RUB")]


MONEY_AND_UNITS = [
    ("₽ after", "ru", "Вместе это 1 900 000 ₽.", "RUB"), ("$ before", "ru", "Экспорт принес более $14 млрд.", "USD"),
    ("€ after", "ru", "Около 190 млрд € находятся в Euroclear.", "EUR"), ("тенге", "ru", "Курс составил 476,5 тенге.", "KZT"),
    ("грн", "uk", "Уряд виділив 2 млрд грн на школи.", "UAH"), ("₴", "uk", "Доплата становить 570 ₴.", "UAH"),
    ("CLDR plural", "ru", "Резервы составили 629,4 млрд долларов США.", "USD"),
    ("CLDR name, Ukrainian", "uk", "Кредит на 5 млн фунтів стерлінгів.", "GBP"),
    ("percent word", "ru", "ВВП вырос на 3,6 процента.", "percent"), ("basis points", "ru", "Ставка выросла на 200 базисных пунктов.", "basis_point"),
]


@pytest.mark.parametrize("rule,lang,text,unit", MONEY_AND_UNITS, ids=[m[0] for m in MONEY_AND_UNITS])
def test_currencies_and_percent(rule, lang, text, unit):
    assert one(text, lang).unit == unit


PER = [
    ("в месяц after", "ru", "Контрактник получает около 2,2 тыс. долларов в месяц.", "month"),
    ("ежемесячная before", "ru", "Ежемесячная выплата составит 10 тыс. р.", "month"),
    ("годовой before", "ru", "Годовой доход превышает 5,2 млн рублей.", "year"),
    ("щомісяця before a count", "uk", "Щомісяця росія вербує від 25 до 30 тисяч контрактників.", "month"),
    ("на місяць after", "uk", "Зарплата становить 20 тисяч гривень на місяць.", "month"),
    ("% годовых is no period", "ru", "Ставка сохранена на уровне 21% годовых.", None),
    ("на душу населения before", "ru", "ВВП на душу населения составил 14 тыс. долларов.", "person"),
    ("на душу населення after", "uk", "Дохід становив 900 доларів на душу населення.", "person"),
]


@pytest.mark.parametrize("rule,lang,text,per", PER, ids=[p[0] for p in PER])
def test_per(rule, lang, text, per):
    assert one(text, lang).per == per


def test_a_count_after_a_sum_takes_no_period_word_from_before_the_sum():
    text = "Ежемесячное пособие в размере 15 тыс. рублей получат 200 тысяч семей."
    assert [c.per for c in slavic.extract(text, "ru", "2025-01-10")] == ["month", None]


def test_a_one_off_payment_takes_no_rate_from_the_sum_before():
    text = "Щомісячна виплата становить 2 000 гривень, а восени вони отримують разову допомогу 1 500 ₴."
    assert [c.per for c in slavic.extract(text, "uk", "2025-01-10")] == ["month", None]


NOT_FIGURES = [
    ("a date", "ru", "Заседание состоится 12 марта.", "part_of_a_date"),
    ("a year", "ru", "Закон принят в 1996 году.", "year_is_not_a_figure"),
    ("an article of a code", "ru", "Приговор вынесен по статье 337 УК.", "identifier_before_number"),
    ("a numbered decree", "ru", "Указ № 765 вступил в силу.", "identifier_before_number"),
    ("an ordinal", "ru", "Бойцы 155-й бригады вернулись.", "fused_with_letters_or_code"),
    ("a weapon's name", "ru", "Самолет Су-34 потерпел крушение.", "identifier_before_number"),
    ("a time", "uk", "Тривога тривала з 02:14 до 05:40.", "identifier_before_number"),
    ("a phone number", "uk", "Гаряча лінія: 0 800 300 529.", "leading_zero_code"),
    ("an age", "ru", "Самому молодому погибшему было 19 лет.", "age_or_duration"),
    ("one of", "uk", "Один із поранених згодом помер.", "one_of_is_not_a_count"),
    ("the group one is taken from", "ru", "Один из пяти банков закрылся.", "one_of_is_not_a_count"),
    ("a negated one is none", "ru", "Ни одного погибшего не зафиксировано.", "none_is_not_a_count"),
    ("the half of a period", "ru", "Отчет выйдет до конца первой половины года.", "half_of_a_period"),
    ("the half of a period, Ukrainian", "uk", "Звіт оприлюднять після другої половини року.", "half_of_a_period"),
    ("a house number after a street's name", "ru", "Пожар произошел на улице Маршала Жукова, 17.", "street_number_after_comma"),
    ("one each", "uk", "Рятувальники заходили по одному.", "one_each_is_not_a_count"),
]


@pytest.mark.parametrize("rule,lang,text,why", NOT_FIGURES, ids=[n[0] for n in NOT_FIGURES])
def test_numbers_that_are_no_figures_are_turned_away_by_a_named_rule(rule, lang, text, why):
    assert slavic.extract(text, lang, "2025-01-01") == []
    assert why in {r for _, _, r in slavic.explain(text, lang)}


SEMANTICS = [
    ("killed after the verb", "ru", "В Белгородской области погибли 15 человек.", "killed", None),
    ("wounded before the predicate", "uk", "Ще 52 поранені.", "wounded", None),
    ("casualties, killed and wounded", "uk", "Втрати ворога становили 1 330 осіб убитими й пораненими.", "casualties", "Russia · military"),
    ("missing", "ru", "Пропали без вести около 2 тысяч жителей.", "missing", None),
    ("captured", "ru", "Из плена возвращены 303 российских военнослужащих.", "captured", "Russia · military"),
    ("displaced", "uk", "Евакуювали понад 10 тисяч людей.", "displaced", None),
    ("things counted have no category", "ru", "Уничтожены 35 танков.", None, None),
    ("the side before the figure", "ru", "Потери ВСУ за сутки составили около 1 680 военнослужащих.", "casualties", "Ukraine · military"),
    ("civilians without a side", "ru", "Погибли около 110 мирных жителей.", "killed", "Unspecified · civilians"),
    ("the enemy in Ukrainian reporting", "uk", "Окупанти втратили 1 080 військових.", "casualties", "Russia · military"),
    ("the enemy in Russian reporting", "ru", "Противник потерял до 200 военнослужащих.", "casualties", "Ukraine · military"),
    ("resettled", "ru", "Из приграничья отселены 12 тысяч человек.", "displaced", None),
    ("deported children", "uk", "Вдалося повернути 1 200 депортованих дітей.", "displaced", None),
    ("prisoners of war", "ru", "Переданы 95 военнопленных.", "captured", None),
    ("the category a count noun names", "uk", "Кількість загиблих зросла до 12, поранених — до 90.", "killed", None),
    ("the group after the figure", "ru", "Трое из пострадавших в тяжелом состоянии.", "wounded", None),
    ("a city's civilians are its country's", "ru", "В Белгороде погибли два мирных жителя.", "killed", "Russia · civilians"),
    ("a city's people in a toll", "uk", "Унаслідок удару по Тернополю загинули 26 людей.", "killed", "Ukraine · civilians"),
    ("the evacuated of a named place", "ru", "Из Курской области эвакуированы 5 тысяч человек.", "displaced", "Russia · civilians"),
    ("the wounded who died are dead", "ru", "Еще 2 пострадавших скончались в больнице.", "killed", None),
    ("загарбники are Russia's military", "uk", "Загарбники за добу втратили 970 осіб.", "casualties", "Russia · military"),
    ("захисники are Ukraine's military", "uk", "З полону повернули 1 250 захисників.", "captured", "Ukraine · military"),
    ("a place's captured civilians", "ru", "Из плена вернулись восемь жителей Курской области.", "captured", "Russia · civilians"),
    ("ENEMY_ADJECTIVES: ворожих names the attacker, not the dead", "uk",
     "Внаслідок ворожих обстрілів на Одещині загинули п'ятеро людей.", "killed", "Ukraine · civilians"),
    ("ENEMY_ADJECTIVES: before a military noun it names the counted", "uk", "Ворожі війська втратили 1000 осіб.",
     "casualties", "Russia · military"),
    ("a city in the genitive is a place (PLACE_STEMS)", "uk", "Унаслідок обстрілу Нікополя поранень зазнали троє чоловіків.",
     "wounded", "Ukraine · civilians"),
    ("home_from_captivity: soldiers come home from captivity", "uk",
     "Додому повернулися 185 військових, повідомив президент.", "captured", "Unspecified · military"),
    ("home_from_captivity: ru", "ru", "Домой вернулись 90 военнослужащих.", "captured", "Unspecified · military"),
    ("home_from_captivity: people coming home are not captives", "uk",
     "Додому повернулися 1 200 людей, які виїхали з Харкова.", None, None),
    ("the_speakers_people: an ОВА's head speaks for Ukraine's people", "uk",
     "На Донеччині загинули п'ятеро людей, повідомив голова Донецької ОВА Вадим Філашкін.", "killed", "Ukraine · civilians"),
    ("the_speakers_people: the returning soldiers are the head of state's", "uk",
     "Додому повернулися 185 військових, повідомив президент Володимир Зеленський.", "captured", "Ukraine · military"),
    ("the_speakers_people: a Ukrainian ministry named without its country (HOME_BODIES)", "uk",
     "Міністерство соціальної політики повідомляє, що допомогу отримують 1,4 млн внутрішньо переміщених осіб.",
     "displaced", "Ukraine · civilians"),
    ("a place's missing are not its civilians unless so named", "ru", "В Белгороде пропали без вести 12 человек.",
     "missing", "Russia · unspecified"),
    ("the_speakers_people: a governor's region gives his people's side", "ru",
     "Погибли двое человек, сообщил губернатор Белгородской области.", "killed", "Russia · civilians"),
    ("speaker_clause_aside: the speaker's side is not the counted's", "uk",
     "Генштаб ЗСУ повідомив, що в Курській області загинули 12 цивільних.", "killed", "Russia · civilians"),
    ("the_returned_are_the_speakers: a return from captivity with no side named", "uk",
     "Координаційний штаб повідомив, що з полону повернули 40 людей.", "captured", "Ukraine · unspecified"),
    ("the_returned_are_the_speakers, ru", "ru", "В Минобороны России сообщили, что из плена возвращены 90 человек.",
     "captured", "Russia · unspecified"),
    ("men and women are people (PERSON_WORDS)", "uk", "У Львові загинули 7 жінок.", "killed", "Ukraine · civilians"),
    ("men and women are people (PERSON_WORDS), ru", "ru", "При обстреле Курска погибли 3 мужчин.", "killed", "Russia · civilians"),
    ("a city in the dative is a place (PLACE_STEMS)", "ru", "Число погибших в результате удара по Сумам возросло до 35.",
     "killed", "Ukraine · civilians"),
]


@pytest.mark.parametrize("rule,lang,text,category,subject", SEMANTICS, ids=[s[0] for s in SEMANTICS])
def test_category_and_subject(rule, lang, text, category, subject):
    c = slavic.extract(text, lang, "2025-01-10")[0]
    assert c.category == category
    if subject is not None:
        assert c.subject == subject


# (rule, language, paragraph, the last figure's category): the group of the sentence before
CARRIED_CATEGORIES = [
    ("з них: the wounded before", "uk", "Поранені 93 людини. За його словами, 18 з них у лікарнях.", "wounded"),
    ("серед них at the sentence's start", "uk", "З полону повернулися 185 захисників. Серед них, додав він, 20 цивільних.", "captured"),
    ("a coordinated count, the sentence's own", "ru", "Погибли 300 офицеров и 50 летчиков.", "killed"),
    ("a coordinated count, Ukrainian", "uk", "Загинули 200 військових і 30 цивільних.", "killed"),
    ("еще before a bare figure", "ru", "Эвакуированы 300 жителей. Еще 40, сообщил он, размещены в школе.", "displaced"),
    ("еще before a counted noun keeps its own", "ru", "Погибли 70 тысяч человек. По его словам, еще сотни тысяч мужчин уехали.", None),
]


@pytest.mark.parametrize("rule,lang,text,category", CARRIED_CATEGORIES, ids=[c[0] for c in CARRIED_CATEGORIES])
def test_a_part_of_the_group_before_keeps_its_category(rule, lang, text, category):
    assert slavic.extract(text, lang, "2025-01-10")[-1].category == category


def test_a_part_of_the_group_before_keeps_its_side():
    c = slavic.extract("З полону повернулися 185 українських захисників. Серед них, додав він, 20 цивільних.", "uk",
                       "2025-01-10")[-1]
    assert (c.category, c.subject) == ("captured", "Ukraine · civilians")


SOURCES = [
    ("по данным, genitive to nominative", "ru", "По данным Росстата, безработица снизилась до 2,9%.", "Росстат"),
    ("a title, a place and a name", "ru", "По словам губернатора Курской области Алексея Смирнова, погибли 12 человек.",
     "губернатор Курской области Алексей Смирнов"),
    ("сообщили в, locative", "ru", "Потери составили 1 680 военнослужащих, сообщили в Минобороны РФ.", "Минобороны РФ"),
    ("the verb after the figure", "ru", "Погибли 15 человек, сообщил губернатор Вячеслав Гладков.", "губернатор Вячеслав Гладков"),
    ("the speaker before the verb", "ru", "Росстат сообщил, что зарплата выросла на 18%.", "Росстат"),
    ("a hyphenated name declines at its end", "ru", "Согласно опросу «Левада-Центра», 61% россиян за переговоры.", "Левада-Центр"),
    ("за даними", "uk", "За даними Генштабу ЗСУ, за добу ліквідовано 1 230 окупантів.", "Генштаб ЗСУ"),
    ("повідомили в", "uk", "Евакуювали 10 тисяч людей, повідомили в Харківській ОВА.", "Харківська ОВА"),
    ("по его словам: the sentence before", "ru", "Пригожин заявил, что погибли 20 тыс. бойцов. По его словам, потери составили 50 тысяч.", "Пригожин"),
    ("такие данные приводит: the sentence after", "ru", "Цены выросли на 4,3%. Такие данные приводит Росстат.", "Росстат"),
    ("такі дані оприлюднив", "uk", "Повернули 1 625 дітей. Такі дані оприлюднив омбудсман Дмитро Лубінець.",
     "омбудсман Дмитро Лубінець"),
    ("a pronoun after the verb is the speaker before", "uk",
     "Повернулися 185 захисників, оголосив Зеленський. Серед них, додав він, 20 цивільних.", "Зеленський"),
    ("в ведомстве after the verb", "ru", "Зарплата составила 93 тыс. рублей, сообщил Росстат. Рост составил 4%, добавили в ведомстве.", "Росстат"),
    ("a lower-case министерство points back", "ru",
     "Инфляция составила 9%, сообщило Минэкономразвития. Цены выросли на 4%. Такие данные приводит министерство в мониторинге.",
     "Минэкономразвития"),
    ("an outlet addressee is dropped", "ru", "Проект стоит 1,1 трлн рублей, рассказал РИА Новости источник в правительстве.",
     "источник в правительстве"),
    ("как before any verb of saying", "ru", "Расходы, как выяснил «Коммерсант», сокращены до 12 трлн рублей.", "Коммерсант"),
    ("the speaker after a date", "ru", "Курс доллара на 21 июня Банк России установил на уровне 78,5 рубля.", "Банк России"),
    ("the bare noun after an adverbial with a year", "uk", "На оборону в проєкті бюджету-2026 уряд заклав 2,8 трлн грн.", "уряд"),
    ("a pronoun before the verb", "ru", "Глава ведомства Максим Решетников заявил, что ВВП вырастет на 1%. Он добавил, что инфляция замедлится до 6%.",
     "Глава ведомства Максим Решетников"),
    ("a pronoun before the verb, Ukrainian", "uk", "Міністр Сергій Марченко заявив, що дефіцит становитиме 18%. Він додав, що доходи зростуть на 10%.",
     "Міністр Сергій Марченко"),
    ("a bare title is the one named before", "ru", "Министр финансов Антон Силуанов заявил, что дефицит составит 1,7%. По словам министра, доходы вырастут на 12%.",
     "Министр финансов Антон Силуанов"),
    ("еще before the figure continues", "ru", "Погибли 13 человек, сообщил Денис Пушилин. Ранены еще 10.", "Денис Пушилин"),
    ("считают в, locative", "ru", "Как считают в Минздраве, число больных снизится до 4 тысяч.", "Минздрав"),
    ("вважають у, locative", "uk", "ВВП зріс на 2%, вважають у Мінекономіки.", "Мінекономіки"),
    ("a capitalised Ведомство alone points back", "ru",
     "Потери составили 8 600 военных, сообщило Минобороны России. Ведомство также заявило о 230 беспилотниках.", "Минобороны России"),
    ("Издание alone with nothing named before is itself", "ru", "Издание подчеркивает, что погибли 40 человек.", "издание"),
    ("the writer's е stays е", "ru", "Пропали без вести 50 тысяч военных, подсчитали в «Верстке».", "Верстка"),
    ("уточнило", "uk", "Повернули 1 250 захисників, уточнило Міністерство оборони.", "Міністерство оборони"),
    ("body_named_on: у міністерстві with its genitive is the ministry", "uk",
     "У Міністерстві оборони України повідомили, що контракт підписали понад 500 добровольців.", "Міністерство оборони України"),
    ("body_named_on: в министерстве with its genitive is the ministry", "ru",
     "В министерстве финансов сообщили, что доходы выросли на 5%.", "министерство финансов"),
    ("body_named_on: a bare в министерстве still points back", "ru",
     "Погибли 12 человек, сообщил Минздрав. В министерстве также уточнили, что ранены 20 человек.", "Минздрав"),
    ("message_owner: a message is its sender's word", "ru",
     "Как говорится в сообщении Минобороны, за неделю уничтожены 340 беспилотников.", "Минобороны"),
    ("message_owner: uk", "uk", "Ворог втратив 1 100 осіб, йдеться в повідомленні Генштабу ЗСУ.", "Генштаб ЗСУ"),
    ("message_owner: a report stays the document", "uk", "Поранення отримали 30 тисяч людей, йдеться у звіті місії.", "звіт місії"),
    ("unknown_surname_after_his_name: a man's surname the dictionary lacks", "uk",
     "За словами Олега Синєгубова, поранено четверо людей.", "Олег Синєгубов"),
    ("unknown_surname_after_his_name: a woman's stays", "ru",
     "По словам Марии Захаровой, погибли 12 человек.", "Мария Захарова"),
    ("the в of the clause reported is no source's", "ru",
     "В Минздраве Белгородской области уточнили, что в больницы доставлены шесть человек.", "Минздрав Белгородской области"),
    ("an outlet addressed after a frame is no speaker", "uk",
     "Як повідомила Суспільному речниця ДСНС Світлана Вологдіна, з-під завалів дістали тіла 5 людей.",
     "речниця ДСНС Світлана Вологдіна"),
    ("signed_after_dash: the speaker signs after a final dash", "uk",
     "Внаслідок атаки на Харків постраждали 17 людей, серед них двоє дітей, – Синєгубов.", "Синєгубов"),
    ("signed_after_dash: a place after the dash is no speaker", "uk", "Загинули 3 людини – у Харкові.", None),
    ("a sentence with no figure names the speaker of the next", "ru",
     "В Рыльске повреждены жилые дома, сообщил глава Курской области Александр Хинштейн. По его данным, ранены четыре человека.",
     "глава Курской области Александр Хинштейн"),
    ("a group named by its toll at the start takes up the source (CATEGORY_CARRIERS)", "ru",
     "В Курске погибли четыре человека, сообщил Александр Хинштейн. Среди погибших двое детей.", "Александр Хинштейн"),
    ("пообещал names the speaker", "ru", "Семьям погибших выплатят по 3 млн рублей, пообещал мэр.", "мэр"),
    ("a genitive after the place is no title", "ru",
     "В Министерстве обороны России сообщили, что возвращены 175 военнослужащих.", "Министерство обороны России"),
]


@pytest.mark.parametrize("rule,lang,text,source", SOURCES, ids=[s[0] for s in SOURCES])
def test_sources(rule, lang, text, source):
    claims = slavic.extract(text, lang, "2025-01-10")
    assert claims and claims[-1].source == source


DATES = [
    ("на with a full date", "ru", "На 1 апреля 2023 года погибли 173 тысячи военных.", "2023-04-01"),
    ("a month without a year", "ru", "В ноябре зарплата составила 86 384 рубля.", "2024-11"),
    ("a year", "ru", "В 2024 году инфляция составила 9,52%.", "2024"),
    ("к концу года", "ru", "К концу 2024 года погибли около 165 тысяч военных.", "2024-12"),
    ("a running total dates at the report", "ru", "С 24 февраля 2022 года погибли 12 162 мирных жителя.", "2025-01-10"),
    ("вчера", "ru", "Вчера выпущено 120 снарядов.", "2025-01-09"),
    ("станом на", "uk", "Станом на 10 березня ліквідовано 892 тисячі окупантів.", "2024-03-10"),
    ("за минулу добу", "uk", "За минулу добу ліквідовано 1 330 окупантів.", "2025-01-09"),
    ("к концу года", "ru", "К концу года инфляция опустится до 6,5%.", "2025-12"),
    ("наприкінці a year", "uk", "Інфляція сповільниться до 9,7% наприкінці 2025 року.", "2025-12"),
    ("в конце a year", "ru", "Инфляция замедлится до 7% в конце 2025 года.", "2025-12"),
    ("до кінця року", "uk", "До кінця року інфляція знизиться до 9,7%.", "2025-12"),
    ("the first half of the year, past", "ru", "В первом полугодии суды вынесли 900 приговоров.", "2024-06"),
    ("the first half with a year", "uk", "У першому півріччі 2023 року ВВП зріс на 5%.", "2023-06"),
    ("a date within a month ahead is this year's", "uk", "НБУ встановив курс на 15 січня на рівні 41,78 грн.", "2025-01-15"),
    ("a future verb the analyser tells", "ru", "С 1 июля тарифы проиндексируют на 11,9%.", "2025-07-01"),
    ("a month past without a future verb", "ru", "С 1 июля тарифы проиндексированы на 11,9%.", "2024-07-01"),
    ("роком раніше without a date before", "uk", "Роком раніше інфляція становила 5,1%.", "2024"),
    ("за восемь месяцев: the year to that month", "ru", "За восемь месяцев доходы сократились на 21%.", "2024-08"),
    ("a hyphenated range of months", "uk", "За січень-вересень ВВП зріс на 2,1%.", "2024-09"),
    ("по итогам полугодия", "ru", "По итогам полугодия доходы выросли на 7,4%.", "2024-06"),
    ("a span of months as one word", "ru", "За январь-ноябрь выпуск вырос на 4,1%.", "2024-11"),
    ("a span of months as one word", "uk", "За січень-листопад виробництво зросло на 3%.", "2024-11"),
    ("the opening months of the year", "uk", "За перші вісім місяців року експорт зріс на 6%.", "2024-08"),
    ("the opening months of the year", "ru", "За первые пять месяцев года доходы выросли на 12%.", "2024-05"),
    ("по итогам года", "ru", "По итогам года ВВП вырастет на 1,5%.", "2025"),
    ("a dotted date", "uk", "Станом на 05.01.25 знешкоджено 1 200 дронів.", "2025-01-05"),
    ("a season last", "ru", "Прошлой зимой потребление газа выросло на 7%.", "2024-02"),
    ("a season last", "uk", "Минулого літа туристів стало на 9% більше.", "2024-08"),
    ("a season this, ahead", "ru", "Этой зимой тарифы вырастут на 11%.", "2025-02"),
    ("the end of the decade", "uk", "До кінця десятиліття частка ВДЕ зросте до 25%.", "2030"),
]


@pytest.mark.parametrize("rule,lang,text,as_of", DATES, ids=[d[0] for d in DATES])
def test_as_of(rule, lang, text, as_of):
    assert one(text, lang).as_of == as_of


# (rule, language, paragraph, the last figure's as-of and where it came from)
PARAGRAPH_DATES = [
    ("the month of the sentence before", "ru", "В июле перевезли 10,4 млн пассажиров. Пассажиропоток снизился на 1,5%.",
     ("2024-07", "paragraph")),
    ("a compared date is not the figure's", "uk", "У червні росіяни втратили 30 тисяч військових. Це на 12% більше, ніж у травні.",
     ("2024-06", "paragraph")),
    ("the date the figures stood at over a part's day", "uk",
     "З 24.02.22 по 08.01.25 втрати склали 790 000 осіб, з них 1 300 — за минулу добу. Танків — 9 600.",
     ("2025-01-08", "paragraph")),
    ("a running start does not carry", "ru", "С 24 февраля 2022 года погибли 12 162 человека. Ранены еще 20 тысяч.",
     ("2025-01-10", "published")),
]


@pytest.mark.parametrize("rule,lang,text,want", PARAGRAPH_DATES, ids=[d[0] for d in PARAGRAPH_DATES])
def test_a_paragraphs_date_carries_to_its_later_sentences(rule, lang, text, want):
    c = slavic.extract(text, lang, "2025-01-10")[-1]
    assert (c.as_of, c.as_of_from) == want


def test_the_nominative_keeps_complements_and_capitals():
    assert morphology.nominative(["местного", "МВД"], "gent", "ru") == ["местное", "МВД"]
    assert morphology.nominative(["краевого", "министерства", "социального", "развития"], "gent", "ru") == \
        ["краевое", "министерство", "социального", "развития"]


# ---------------------------------------------------------------------------------------------- languages


def test_latin_text_is_read_as_english_without_the_detector():
    assert language.paragraph_languages("At least 20 people were killed.") == [(0, 31, "en")]


@pytest.mark.parametrize("text,lang", [
    ("По данным Минобороны, за сутки над регионом сбиты 42 беспилотника.", "ru"),
    ("За даними Генштабу ЗСУ, за минулу добу ліквідовано 1 230 окупантів.", "uk"),
    ("Сили оборони знищили 12 танків і 30 артилерійських систем.", "uk"),
    ("Пенсии неработающим пенсионерам проиндексируют на 7,3%.", "ru"),
])
def test_the_detector_tells_russian_from_ukrainian(text, lang):
    assert language.detect(text) == lang


def test_each_paragraph_is_read_in_its_language_and_offsets_stay_the_articles():
    text = ("Погибли не менее 15 человек, сообщил губернатор.\n"
            "At least 20 people were killed, officials said.\n"
            "Загинули щонайменше 12 цивільних, повідомили в ОВА.")
    claims = extract(text, "2025-01-01")
    assert [(c.lang, c.text, c.bound) for c in claims] == [
        ("ru", "не менее 15", "at_least"), ("en", "At least 20", "at_least"), ("uk", "щонайменше 12", "at_least")]
    assert all(text[c.start: c.end] == c.text for c in claims)
    dropped = explain("Заседание назначено на 12 марта.\nThe vote is on March 12.", "2025-01-01")[1]
    assert [rule for *_, rule in dropped] == ["part_of_a_date", "part_of_a_date"]


def test_an_english_article_is_extracted_as_before():
    text = "At least 137 people were killed and 180 wounded, the health ministry said."
    claims = extract(text, "2024-01-01")
    assert [(c.text, c.category, c.lang) for c in claims] == [("At least 137", "killed", "en"), ("180", "wounded", "en")]


def test_the_analysts_language_overrides_the_detector():
    # a short Ukrainian line the detector reads as Russian ("людей" is both)
    text = "Поранено 7 людей."
    assert language.paragraph_languages(text, "uk") == [(0, len(text), "uk")]
    assert [c.lang for c in extract(text, "2025-01-01", lang="uk")] == ["uk"]
    assert [c.lang for c in extract(text, "2025-01-01", lang="en")] == ["en"]
    with pytest.raises(ValueError, match="no lexicon"):
        language.paragraph_languages(text, "de")


def test_the_article_language_is_an_edit_the_pipeline_honours():
    article = Article(id="a1", text="Погибли не менее 15 человек.", published="2025-01-01")
    edits = Edits().set_article("a1", lang="uk")
    analysis = analyze_articles([article], edits=edits)
    assert [c.lang for c in analysis.claims] == ["uk"]
    with pytest.raises(EditError, match="not a language"):
        Edits().set_article("a1", lang="de")


def test_the_same_deaths_in_three_languages_land_in_one_group():
    claims = []
    for n, lang in enumerate(("en", "ru", "uk")):
        text = (MULTILINGUAL / f"named_dead_{lang}.txt").read_text(encoding="utf-8")
        claims += extract(text, article_id=f"a{n}")
    body = [c for c in claims if c.low == 106745]
    assert sorted(c.lang for c in body) == ["en", "ru", "uk"]
    _, groups = compare(claims)
    group = next(g for g in groups if set(c.id for c in body) <= set(g.claims))
    assert group.label == "Killed — Russia · military"
    assert {c.text for c in body} == {"106,745", "106\u00a0745", "106 745"} & {c.text for c in body}


def test_a_signed_number_after_a_temperature_takes_its_unit_and_says_so():
    claims = slavic.extract("Ночью похолодает до минус 32 градусов, днем будет -27.", "ru", "2025-01-10")
    assert [(c.text, c.low, c.unit) for c in claims] == [("минус 32 градусов", -32, "degree_Celsius"),
                                                         ("-27", -27, "degree_Celsius")]
    assert claims[0].flags == () and claims[1].flags == ("unit carried from «минус 32 градусов»",)


def test_a_glued_minus_is_no_sign_without_a_temperature():
    assert [c.text for c in slavic.extract("Звонок на номер +7 495 поступил утром.", "ru", "2025-01-10")] == []


def test_one_is_a_count_only_where_a_toll_counts_it():
    assert slavic.extract("В тушении участвовал один доброволец.", "ru", "2025-01-10") == []
    assert [(c.low, c.category) for c in slavic.extract("Загинула одна людина.", "uk", "2025-01-10")] == [(1, "killed")]


def test_a_part_and_more_of_the_same_keep_the_side_of_the_count_before():
    claims = slavic.extract("Додому повернулися 390 українців. З них 270 військових і 120 цивільних.", "uk", "2025-01-10")
    assert [c.subject for c in claims] == ["Ukraine · unspecified", "Ukraine · military", "Ukraine · civilians"]
    more = slavic.extract("В плен попали около 300 военных ВСУ. По его словам, еще 40 сдались.", "ru", "2025-01-10")[-1]
    assert (more.category, more.subject) == ("captured", "Ukraine · military")


def test_a_year_earlier_dates_the_figures_after_it_a_year_before_the_date_named_before():
    claims = slavic.extract("Безработица в сентябре составила 2,2%, годом ранее — 2,4%.", "ru", "2025-10-10")
    assert [c.as_of for c in claims] == ["2025-09", "2024-09"]


CARRIED_UNITS = [
    ("a currency from the sum before in the sentence", "ru", "Дефицит составил 3,7 трлн рублей, годом ранее — 0,9 трлн.",
     "unit carried from «3,7 трлн рублей»"),
    ("a change's start from its end", "ru", "Выплата увеличена со 195 000 до 400 000 руб.", None),
    ("a coordinated sum from the one after", "ru", "Расходы составят 2,5 млн и 3 млн руб.", None),
    ("a part from the sentence before", "ru", "Бюджет составит 12 трлн рублей. Из них около 1,5 трлн пойдут на оборону.",
     "unit carried from «12 трлн рублей»"),
    ("more of the sum before after еще", "ru", "Компания вложит 2,4 млрд рублей, еще 600 млн выделит регион.",
     "unit carried from «2,4 млрд рублей»"),
]


@pytest.mark.parametrize("rule,lang,text,last_flag", CARRIED_UNITS, ids=[c[0] for c in CARRIED_UNITS])
def test_a_currency_not_written_with_its_sum_is_flagged_as_carried(rule, lang, text, last_flag):
    claims = slavic.extract(text, lang, "2025-07-10")
    flagged = [c for c in claims if c.flags]
    assert len(flagged) == 1 and all(c.unit == "RUB" for c in claims)
    assert flagged[0].flags[0].startswith("unit carried from «") and flagged[0].text not in flagged[0].flags[0]
    if last_flag is not None:
        assert claims[-1].flags == (last_flag,)


def test_a_verb_that_names_a_source_only_after_its_preposition_names_none_without_it():
    c = one("Зниклими безвісти вважають понад 60 тисяч військових.", "uk")
    assert c.source is None
    assert one("ВВП зріс на 2%, вважають у Мінекономіки.", "uk").source == "Мінекономіки"


def test_a_speaker_taken_up_again_speaks_of_the_same_side():
    claims = slavic.extract("Зеленський заявив, що загинули 45 100 українських військових. За його словами, поранення "
                            "отримали близько 390 тисяч бійців.", "uk", "2025-02-04")
    assert claims[-1].subject == "Ukraine · military"


def test_the_speakers_people_take_no_side_from_a_disputed_regions_head():
    c = one("Погибли трое человек, сообщил глава ДНР Денис Пушилин.", "ru")
    assert c.category == "killed" and c.subject is None


def test_a_group_named_by_its_toll_keeps_the_side_of_the_toll_before():
    claims = slavic.extract("В Курске погибли четыре человека. Среди погибших двое детей.", "ru", "2025-09-12")
    assert (claims[-1].category, claims[-1].subject) == ("killed", "Russia · civilians")
