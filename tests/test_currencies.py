"""The stored currency vocabulary is exactly what CLDR (via Babel) gives today."""

from __future__ import annotations

from crosscount.core.extract import currencies


def test_stored_table_matches_babel():
    assert currencies.table() == currencies.build_table(), (
        "resources/data/currencies.json is stale: run python -m crosscount.core.extract.currencies")


def test_words_and_symbols_news_uses():
    names = currencies.table()["names"]
    symbols = currencies.table()["symbols"]
    assert {names[w] for w in ("rubles", "roubles")} == {"RUB"}
    assert (names["tenge"], names["hryvnias"], names["yuan"], names["dollars"]) == ("KZT", "UAH", "CNY", "USD")
    assert (symbols["₽"], symbols["₴"], symbols["₸"], symbols["$"], symbols["US$"]) == ("RUB", "UAH", "KZT", "USD", "USD")


def test_sub_units_are_read_in_their_main_unit():
    sub = currencies.table()["sub_units"]
    assert sub["cents"] == sub["cent"] == ["USD", 0.01]
    assert (sub["pence"][0], sub["kopecks"][0], sub["euro cents"][0]) == ("GBP", "RUB", "EUR")
    assert currencies.table()["symbols"]["Hr"] == "UAH"


def test_withdrawn_currencies_keep_their_own_codes():
    table = currencies.table()
    names, local = table["names"], table["local"]
    assert (names["finnish markka"], names["dutch guilders"], names["deutsche marks"], names["drachmas"]) == (
        "FIM", "NLG", "DEM", "GRD")
    assert "marks" not in names  # school marks as often as money: never the Bosnian mark by default
    assert (local["francs"]["France"], local["francs"]["Switzerland"], local["lira"]["Italy"]) == ("FRF", "CHF", "ITL")
    assert "Ukraine" not in local.get("roubles", {})  # where the euro is not, no withdrawn currency is local
    assert {"DEM", "FRF", "HRK"} <= currencies.written_codes() and "ESP" not in currencies.written_codes()
    assert not {"DEM", "BTC"} & currencies.codes()  # never a base currency
