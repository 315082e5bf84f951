"""Encodings (issue 20, item 6): each file generated here in its encoding must come back as the text it
was written from, with the encoding recorded and marked as guessed where nothing declared it.
26 files: 18 encodings, 10 languages in 5 scripts (Latin, Cyrillic, Greek, Japanese kana and kanji)."""

from __future__ import annotations

import pytest

from crosscount.core.articles import load_bytes

ENGLISH = "Café owners said the levy cost them €5,500 a year — “far too much”, one said. "
FRENCH = "À Montréal, l’État a versé 3 000 dollars à chaque famille ; les élèves étaient déjà très nombreux. "
GERMAN = "Die Behörde zahlte „über 4.000 Euro“ für größere Schäden an Häusern, hieß es am Dienstag. "
SPANISH = "¿Cuántos niños? El Ministerio señaló que 1.200 niños ya recibieron ayuda en España. "
RUSSIAN = "Минобороны сообщило, что потери составили около 3 000 военнослужащих, по данным ведомства. "
UKRAINIAN = "Міністерство повідомило, що їхні втрати становлять понад 2 000 осіб; ґрунт є вологий. "
BULGARIAN = "Министерството съобщи, че щетите възлизат на около 4 000 лева за всяко семейство. "
POLISH = "Ministerstwo podało, że straty wyniosły około 2 000 złotych; łódź może płynąć źle. "
CZECH = "Ministerstvo uvedlo, že škody dosáhly přibližně 3 000 korun za každou rodinu."
GREEK = "Το υπουργείο ανέφερε ότι οι ζημιές έφτασαν τα 5.000 ευρώ για κάθε οικογένεια."
JAPANESE = "防衛省によると、死者は約3000人に上った。政府は補償として450000円を支払った。"

# (file name, bytes, a phrase the text must hold, the encoding recorded, guessed)
CASES = [
    ("utf8.txt", (ENGLISH + RUSSIAN).encode("utf-8"), "потери составили", "utf-8", False),
    ("utf8-bom.txt", b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "l’État a versé", "utf-8", False),
    ("utf16-bom.txt", RUSSIAN.encode("utf-16"), "Минобороны", "utf-16", False),
    ("utf16le.txt", (ENGLISH * 3).encode("utf-16-le"), "€5,500", "utf-16-le", True),
    ("utf16be.txt", (RUSSIAN * 3).encode("utf-16-be"), "военнослужащих", "utf-16-be", True),
    ("utf32-bom.txt", (GERMAN + RUSSIAN).encode("utf-32"), "größere Schäden", "utf-32", False),
    ("utf32le.txt", GERMAN.encode("utf-32-le"), "„über 4.000 Euro“", "utf-32-le", True),
    ("cp1252-english.txt", ENGLISH.encode("cp1252"), "Café owners said the levy cost them €5,500", "cp1252", True),
    ("latin1-french.txt", FRENCH.replace("’", "'").encode("latin-1"), "déjà très nombreux", "cp1252", True),
    ("cp1252-german.txt", GERMAN.encode("cp1252"), "„über 4.000 Euro“ für größere", "cp1252", True),
    ("cp1252-spanish.txt", SPANISH.encode("cp1252"), "¿Cuántos niños?", "cp1252", True),
    ("cp1251-russian.txt", RUSSIAN.encode("cp1251"), "Минобороны сообщило", "cp1251", True),
    ("cp1251-ukrainian.txt", UKRAINIAN.encode("cp1251"), "їхні втрати", "cp1251", True),
    ("cp1251-bulgarian.txt", BULGARIAN.encode("cp1251"), "щетите възлизат", "cp1251", True),
    ("cp1250-polish.txt", POLISH.encode("cp1250"), "łódź może płynąć źle", "cp1250", True),
    ("cp1250-czech.txt", CZECH.encode("cp1250"), "přibližně 3 000 korun", "cp1250", True),
    ("iso8859-2-polish.txt", POLISH.encode("iso-8859-2"), "łódź może płynąć źle", "iso8859-2", True),
    ("koi8-russian.txt", RUSSIAN.encode("koi8-r"), "Минобороны сообщило", "koi8-r", True),
    ("mac-roman-english.txt", ENGLISH.encode("mac_roman"), "Café owners said the levy cost them €5,500", "mac-roman", True),
    ("cp1253-greek.txt", (GREEK * 2).encode("cp1253"), "ζημιές έφτασαν", "cp1253", True),
    ("meta-cp1251.html", f"<html><head><meta charset='windows-1251'></head><body><article><p>{RUSSIAN * 3}</p>"
     "</article></body></html>".encode("cp1251"), "потери составили", "cp1251", False),
    ("meta-koi8.html", f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>'
     f"<body><article><p>{RUSSIAN * 3}</p></article></body></html>".encode("koi8-r"), "Минобороны", "koi8-r", False),
    ("meta-greek.html", f"<html><head><meta charset=iso-8859-7></head><body><article><p>{GREEK * 3}</p>"
     "</article></body></html>".encode("iso-8859-7"), "ζημιές έφτασαν", "iso8859-7", False),
    ("meta-sjis.html", f"<html><head><meta charset='Shift_JIS'></head><body><article><p>{JAPANESE * 3}</p>"
     "</article></body></html>".encode("shift_jis"), "防衛省によると", "shift-jis", False),
    ("xml-declared.xhtml", f'<?xml version="1.0" encoding="ISO-8859-2"?><html><body><article><p>{CZECH * 3}</p>'
     "</article></body></html>".encode("iso-8859-2"), "přibližně 3 000 korun", "iso8859-2", False),
    ("meta-latin1-is-cp1252.html", f"<html><head><meta charset='iso-8859-1'></head><body><article><p>{ENGLISH * 3}"
     "</p></article></body></html>".encode("cp1252"), "€5,500", "cp1252", False),
]


@pytest.mark.parametrize(("name", "data", "phrase", "encoding", "guessed"), CASES, ids=[c[0] for c in CASES])
def test_a_file_in_its_encoding_reads_back(name, data, phrase, encoding, guessed):
    article = load_bytes(data, name)
    assert article.error is None and phrase in article.text
    assert "\ufffd" not in article.text
    assert (article.encoding, article.encoding_guessed) == (encoding, guessed)


def test_one_stray_byte_in_utf8_is_one_replacement_not_mojibake():
    text = (RUSSIAN + ENGLISH + GERMAN) * 80  # about 23 kB of UTF-8
    data = text.encode("utf-8")
    at = len(data) // 2
    at = data.index(b" ", at)
    damaged = data[:at] + b"\x96" + data[at:]
    article = load_bytes(damaged, "wire.txt")
    assert article.text.count("\ufffd") == 1 and article.text.replace("\ufffd", "").strip() == text.strip()
    assert (article.encoding, article.encoding_guessed) == ("utf-8", True)


def test_the_servers_charset_is_honoured():
    from crosscount.core.articles import load
    from hostile_inputs import misbehaving_server

    with misbehaving_server() as base:
        article = load(base + "/declared-cp1251")
    assert "Минобороны сообщило" in article.text and (article.encoding, article.encoding_guessed) == ("cp1251", False)


def test_a_page_that_calls_itself_utf16_without_being_it_reads_as_what_it_is():
    page = f"<html><head><meta charset='utf-16'></head><body><article><p>{ENGLISH * 3}</p></article></body></html>"
    article = load_bytes(page.encode("utf-8"), "page.html")
    assert "€5,500" in article.text and article.encoding == "utf-8"


def test_binary_is_still_refused():
    assert load_bytes(bytes(range(256)) * 40, "blob.txt").error == "This file holds binary data, not text."
