"""Transliteration by the Bulgarian Act 2009 and Romanian cedilla folding (FACTS 5.1, 5.4)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jointdesk.engines.linkage.scripts import (
    bg_to_latin,
    cyrillic_to_latin,
    fold_romanian_cedilla,
    has_cyrillic,
    latin_to_bg,
)

# Every row of the FACTS 5.1 table, both cases.
ACT_TABLE = [
    ("А", "A"), ("Б", "B"), ("В", "V"), ("Г", "G"), ("Д", "D"), ("Е", "E"), ("Ж", "Zh"),
    ("З", "Z"), ("И", "I"), ("Й", "Y"), ("К", "K"), ("Л", "L"), ("М", "M"), ("Н", "N"),
    ("О", "O"), ("П", "P"), ("Р", "R"), ("С", "S"), ("Т", "T"), ("У", "U"), ("Ф", "F"),
    ("Х", "H"), ("Ц", "Ts"), ("Ч", "Ch"), ("Ш", "Sh"), ("Щ", "Sht"), ("Ъ", "A"), ("Ь", "Y"),
    ("Ю", "Yu"), ("Я", "Ya"),
]  # fmt: skip


@pytest.mark.parametrize(("cyr", "lat"), ACT_TABLE)
def test_every_letter_of_the_act(cyr: str, lat: str) -> None:
    assert bg_to_latin(cyr) == lat
    assert bg_to_latin(cyr.lower()) == lat.lower()
    if cyr != "Ь":
        assert cyrillic_to_latin(cyr.lower()) == lat.lower()


@pytest.mark.parametrize(
    ("cyr", "lat"),
    [
        ("София", "Sofia"),
        ("Мария", "Maria"),
        ("Мизия", "Mizia"),
        ("История", "Istoria"),
        ("Сияна", "Siyana"),
        ("Марияна", "Mariyana"),  # the "ia" exception is for the end of a word only
        ("България", "Bulgaria"),
        ("БЪЛГАРИЯ", "BULGARIA"),
        ("ЖЕЗЪЛ", "ZHEZAL"),
        ("ЩАСТИЕ", "SHTASTIE"),
        ("Жеков", "Zhekov"),
        ("Христо Желязков Петров", "Hristo Zhelyazkov Petrov"),
        ("Георги", "Georgi"),
        ("Цветан", "Tsvetan"),
        ("Щерев", "Shterev"),
        ("Чавдар", "Chavdar"),
        ("Йордан", "Yordan"),
        ("Юлия", "Yulia"),
        ("Стоянов", "Stoyanov"),
        ("Търново", "Tarnovo"),
        ("Живков", "Zhivkov"),
        ("Кьосев", "Kyosev"),
        ("ѝ", "i"),
        ("МАРИЯ ИВАНОВА", "MARIA IVANOVA"),
        ("гр. София, ул. „Шипка“ 6", "gr. Sofia, ul. „Shipka“ 6"),
    ],
)
def test_act_examples(cyr: str, lat: str) -> None:
    assert bg_to_latin(cyr) == lat


def test_word_final_rule_applies_per_word() -> None:
    assert bg_to_latin("Мария-София") == "Maria-Sofia"
    assert bg_to_latin("Мариян") == "Mariyan"


def test_bulgarian_text_gives_the_act_also_through_the_generic_converter() -> None:
    for cyr, _lat in ACT_TABLE:
        if cyr != "Ь":  # ь stands only before о in Bulgarian; alone it is read as a Russian sign
            assert cyrillic_to_latin(cyr) == bg_to_latin(cyr)
    assert cyrillic_to_latin("Кьосев Мария") == "Kyosev Maria"


@pytest.mark.parametrize(
    ("cyr", "lat"),
    [
        ("Игорь", "Igor"),  # Russian soft sign is silent
        ("Дарья", "Darya"),
        ("Подъячев", "Podyachev"),
        ("Рыбаков", "Rybakov"),
        ("Эдуард", "Eduard"),
        ("Фёдор", "Fyodor"),
        ("Григорій", "Hryhoriy"),  # Ukrainian: г -> h, и -> y in a word with і
        ("Євген", "Yevhen"),
        ("Київ", "Kyyiv"),
        ("Ђорђе", "Djordje"),
        ("Ћосић", "Cosic"),
        ("Џаковић", "Dzhakovic"),
        ("Љубица", "Ljubitsa"),
        ("Њагу", "Njagu"),
        ("Јован", "Jovan"),
        ("Ѓорѓи", "Gjorgji"),
    ],
)
def test_other_cyrillic_alphabets(cyr: str, lat: str) -> None:
    assert cyrillic_to_latin(cyr) == lat


def test_bg_to_latin_leaves_non_bulgarian_letters() -> None:
    assert bg_to_latin("Ђ") == "Ђ"
    assert bg_to_latin("Stefan") == "Stefan"


def test_has_cyrillic() -> None:
    assert has_cyrillic("Петров")
    assert has_cyrillic("Pеtrov")  # one Cyrillic е hiding in Latin text
    assert not has_cyrillic("Petrov Ștefan")


@pytest.mark.parametrize(
    ("legacy", "correct"),
    [("Ştefan", "Ștefan"), ("Niţu", "Nițu"), ("ŞERBAN", "ȘERBAN"), ("ŢEPEŞ", "ȚEPEȘ"), ("Ș", "Ș")],
)
def test_cedilla_folds_to_comma_below(legacy: str, correct: str) -> None:
    assert fold_romanian_cedilla(legacy) == correct


def test_decomposed_cedilla_is_folded_too() -> None:
    decomposed = unicodedata.normalize("NFD", "Ştefan Niţu")
    assert "\u0327" in decomposed
    assert fold_romanian_cedilla(decomposed) == "Ștefan Nițu"


def test_nfc_alone_does_not_fold_cedilla() -> None:
    """The reason fold_romanian_cedilla exists (FACTS 5.4)."""
    assert unicodedata.normalize("NFKC", "ş") != "ș"


@pytest.mark.parametrize(
    ("lat", "cyr"),
    [
        ("Sofia", "София"),
        ("Siyana", "Сияна"),
        ("Bulgaria", "България"),
        ("Zhelyazkov", "Желязков"),
        ("Hristo", "Христо"),
        ("Tsvetan", "Цветан"),
        ("Shterev", "Щерев"),
        ("Yordan", "Йордан"),
        ("Yulia", "Юлия"),
        ("Stoyanov", "Стоянов"),
        ("STOYANOV", "СТОЯНОВ"),
        ("Ștefan", "Щефан"),
        ("Popescu", "Попеску"),
        ("Gheorghe", "Георге"),
        ("Nițu", "Ницу"),
        ("Ciprian", "Чиприан"),
    ],
)
def test_latin_to_bg_reverse(lat: str, cyr: str) -> None:
    assert latin_to_bg(lat) == cyr


@pytest.mark.parametrize("word", ["Sofia", "Zhelyazkov", "Tsvetan", "Shterev", "Yordan", "Chavdar"])
def test_round_trip_of_official_spellings(word: str) -> None:
    assert bg_to_latin(latin_to_bg(word)) == word


@given(st.text())
def test_no_crash_on_arbitrary_text(text: str) -> None:
    assert isinstance(bg_to_latin(text), str)
    assert isinstance(cyrillic_to_latin(text), str)
    assert isinstance(latin_to_bg(text), str)
    assert isinstance(fold_romanian_cedilla(text), str)


@given(st.text(alphabet=st.characters(min_codepoint=0x400, max_codepoint=0x45F)))
def test_converted_bulgarian_block_has_no_cyrillic_left(text: str) -> None:
    assert not has_cyrillic(cyrillic_to_latin(text))
