"""CNP, EGN, LNCh, phones, plates and document numbers (FACTS 5.5-5.8, 8.16-8.18)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.bg import egn as stdnum_egn
from stdnum.ro import cnp as stdnum_cnp

from jointdesk.engines.linkage.identifiers import (
    NationalId,
    canonical_plate,
    document_key,
    id_field_as_document,
    normalise_document,
    normalise_phone,
    parse_national_id,
    plate_country,
)

# ------------------------------------------------------------------------------------- CNP


def test_valid_cnp_from_facts() -> None:
    nid = parse_national_id("1630615123457")
    assert nid == NationalId("CNP", "1630615123457", True, date(1963, 6, 15), "M", None)


@pytest.mark.parametrize(
    ("value", "birth", "sex"),
    [
        ("2630615123459", date(1963, 6, 15), "F"),
        ("5010101400000", date(2001, 1, 1), "M"),
        ("6010101400001", date(2001, 1, 1), "F"),
        ("3630615123451", date(1863, 6, 15), "M"),
        ("7630615123451", date(1963, 6, 15), "M"),  # foreign resident: century not encoded
        ("8170419100542", date(2017, 4, 19), "F"),  # ... read in this century when it has come
        ("9990101400000", date(1999, 1, 1), None),  # other foreigner (NIF): no sex
    ],
)
def test_cnp_sex_and_century(value: str, birth: date, sex: str | None) -> None:
    fixed = value[:12] + stdnum_cnp.calc_check_digit(value[:12])
    nid = parse_national_id(fixed)
    assert nid is not None
    assert nid.valid, nid.problem
    assert (nid.birth_date, nid.sex, nid.kind) == (birth, sex, "CNP")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("1630615123456", "check digit is 6, expected 7"),
        ("163061512345", "13 digits expected, got 12"),
        ("16306151234577", "13 digits expected, got 14"),
        ("1631315123457", "month 13 is not a valid month"),
        ("1630631123457", "day 31 does not exist in 1963-06"),
        ("1630615603457", "county code 60 unknown"),
        ("0630615123457", "first digit 0 is not a valid sex/century digit"),
    ],
)
def test_invalid_cnp_names_the_failed_check(value: str, problem: str) -> None:
    nid = parse_national_id(value)
    assert nid is not None
    assert nid.kind == "CNP"
    assert not nid.valid
    assert nid.problem == problem


def test_a_foreign_residents_cnp_agrees_with_its_date_in_any_century() -> None:
    """S = 7, 8, 9 carry no century: 8170419... is a woman born on 19 April of 1917 or 2017, and
    agrees with either; a citizen's CNP (S = 2) is 1917 only."""
    resident = parse_national_id("8170419100542")
    assert resident is not None
    assert resident.agrees_with(date(1917, 4, 19), "F")
    assert resident.agrees_with(date(2017, 4, 19), "F")
    assert not resident.agrees_with(date(2017, 4, 20), "F")
    citizen = parse_national_id("217041910054" + stdnum_cnp.calc_check_digit("217041910054"))
    assert citizen is not None
    assert citizen.agrees_with(date(1917, 4, 19), "F")
    assert not citizen.agrees_with(date(2017, 4, 19), "F")


def test_mistyped_cnp_keeps_decoded_fields() -> None:
    nid = parse_national_id("1630615123456")
    assert nid is not None
    assert (nid.birth_date, nid.sex) == (date(1963, 6, 15), "M")
    short = parse_national_id("163061512345")
    assert short is not None
    assert short.birth_date == date(1963, 6, 15)


def test_cnp_with_separators() -> None:
    nid = parse_national_id(" 1 630615 123457 ")
    assert nid is not None
    assert nid.valid
    assert nid.compact == "1630615123457"
    dashed = parse_national_id("1630615-12-345-7")
    assert dashed is not None
    assert dashed.valid


def test_a_label_written_before_the_national_id_is_dropped() -> None:
    """Officers write the kind before the number: "CNP 1630615123457", "ЕГН: 7501010010"."""
    for written, compact, nationality in (
        ("CNP 1630615123457", "1630615123457", None),
        ("cnp:1630615123457", "1630615123457", None),
        ("EGN: 7501010010", "7501010010", None),
        ("ЕГН № 7501010010", "7501010010", None),
        ("LNCh 1000000067", "1000000067", "IQ"),
    ):
        nid = parse_national_id(written, nationality=nationality)
        assert nid is not None
        assert (nid.compact, nid.problem) == (compact, None), written
    # Letters that are not a label stay part of the value, which is then no valid id.
    other = parse_national_id("X 7501010010")
    assert other is not None
    assert not other.valid


# ------------------------------------------------------------------------------------- EGN


def test_valid_egns_from_facts() -> None:
    nid = parse_national_id("8032056031")
    assert nid == NationalId("EGN", "8032056031", True, date(1880, 12, 5), "F", None)
    nid = parse_national_id("7542011030")
    assert nid == NationalId("EGN", "7542011030", True, date(2075, 2, 1), "F", None)


@pytest.mark.parametrize(("ninth", "sex"), [("0", "M"), ("2", "M"), ("8", "M"), ("1", "F"), ("9", "F")])
def test_egn_sex_from_ninth_digit_parity(ninth: str, sex: str) -> None:
    body = "75010210" + ninth
    nid = parse_national_id(body + stdnum_egn.calc_check_digit(body))
    assert nid is not None
    assert nid.sex == sex
    assert nid.birth_date == date(1975, 1, 2)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("8032056032", "check digit is 2, expected 1"),
        ("803205603", "10 digits expected, got 9"),
    ],
)
def test_invalid_egn_names_the_failed_check(value: str, problem: str) -> None:
    nid = parse_national_id(value, source="BG")
    assert nid is not None
    assert nid.kind == "EGN"
    assert not nid.valid
    assert nid.problem == problem
    assert nid.birth_date == date(1880, 12, 5)


def test_egn_with_impossible_month_is_neither_kind() -> None:
    nid = parse_national_id("8013056031")
    assert nid is not None
    assert not nid.valid
    assert nid.problem is not None
    assert "month 13 is not a valid month" in nid.problem


# ------------------------------------------------------------------------------------ LNCh


def test_lnch_only_number() -> None:
    nid = parse_national_id("1000000067")
    assert nid == NationalId("LNCH", "1000000067", True, None, None, None)


def test_number_valid_as_both_reads_as_egn_unless_foreign() -> None:
    both = "7501010004"
    nid = parse_national_id(both)
    assert nid is not None
    assert (nid.kind, nid.valid, nid.birth_date) == ("EGN", True, date(1975, 1, 1))
    foreign = parse_national_id(both, nationality="SY")
    assert foreign is not None
    assert (foreign.kind, foreign.valid, foreign.birth_date) == ("LNCH", True, None)


def test_number_valid_as_both_with_nineteenth_century_date_reads_as_lnch() -> None:
    nid = parse_national_id("8022010007")
    assert nid is not None
    assert (nid.kind, nid.valid) == ("LNCH", True)


# ---------------------------------------------------------------------------------- any kind


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty_is_none(value: str | None) -> None:
    assert parse_national_id(value) is None


@pytest.mark.parametrize("value", ["0000000000", "1111111111111", "1234567890", "1234567890123"])
def test_placeholders_are_invalid(value: str) -> None:
    nid = parse_national_id(value)
    assert nid is not None
    assert not nid.valid
    assert nid.problem is not None
    assert "placeholder" in nid.problem


def test_letters_make_it_invalid_not_a_crash() -> None:
    nid = parse_national_id("163O615123457")
    assert nid is not None
    assert not nid.valid
    assert nid.problem == "contains characters other than digits"
    odd = parse_national_id("12345")
    assert odd is not None
    assert odd.kind == "UNKNOWN"
    assert odd.problem is not None


def test_agrees_with_record() -> None:
    nid = parse_national_id("1630615123457")
    assert nid is not None
    assert nid.agrees_with(date(1963, 6, 15), "M") is True
    assert nid.agrees_with(date(1963, 6, 16), "M") is False
    assert nid.agrees_with(None, "F") is False
    assert nid.agrees_with(None, None) is None


@given(st.text(max_size=20), st.sampled_from([None, "RO", "BG", "xx"]))
def test_parse_never_raises(value: str, source: str | None) -> None:
    nid = parse_national_id(value, source=source)
    assert nid is None or isinstance(nid, NationalId)
    if nid is not None and nid.valid:
        assert nid.problem is None


@given(st.from_regex(r"[0-9]{13}", fullmatch=True))
def test_cnp_validity_agrees_with_stdnum(value: str) -> None:
    nid = parse_national_id(value)
    assert nid is not None
    placeholder = nid.problem is not None and "placeholder" in nid.problem
    assert nid.valid == (stdnum_cnp.is_valid(value) and not placeholder)


@given(st.from_regex(r"[0-9]{10}", fullmatch=True))
def test_ten_digit_validity_agrees_with_stdnum(value: str) -> None:
    from stdnum.bg import pnf

    nid = parse_national_id(value)
    assert nid is not None
    placeholder = nid.problem is not None and "placeholder" in nid.problem
    expected = (stdnum_egn.is_valid(value) or pnf.is_valid(value)) and not placeholder
    assert nid.valid == expected
    if nid.kind == "EGN" and nid.valid:
        assert stdnum_egn.is_valid(value)


# ----------------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("0721 234 567", "RO", "+40721234567"),
        ("0721-234-567", "RO", "+40721234567"),
        ("+40 721 234 567", None, "+40721234567"),
        ("+40 (0)721 234 567", None, "+40721234567"),
        ("0040721234567", None, "+40721234567"),
        ("0040 721 234 567", "BG", "+40721234567"),
        ("40721234567", None, "+40721234567"),
        ("00359 88 123 4567", None, "+359881234567"),
        ("+359 88 123 4567", "RO", "+359881234567"),
        ("088 123 4567", "BG", "+359881234567"),
        ("359881234567", None, "+359881234567"),
        ("(02) 987 6543", "BG", "+35929876543"),
        ("02 987 6543", "BG", "+35929876543"),
        ("021 123 4567", "RO", "+40211234567"),
        ("0721234567", "BG", "+40721234567"),  # a Romanian mobile typed into a Bulgarian record
        ("0881234567", "RO", "+359881234567"),
        ("tel. 0721.234.567", "RO", "+40721234567"),
    ],
)
def test_phone_writings_to_e164(raw: str, region: str | None, e164: str) -> None:
    assert normalise_phone(raw, default_region=region) == e164


@pytest.mark.parametrize(
    ("raw", "region", "kept"),
    [("12345", "RO", "?12345"), ("0721 234", "RO", "?0721234"), ("+40 123", None, "?40123")],
)
def test_invalid_phone_is_kept_as_weak_data(raw: str, region: str | None, kept: str) -> None:
    assert normalise_phone(raw, default_region=region) == kept


@pytest.mark.parametrize("raw", ["", "   ", "n/a", None])
def test_phone_without_digits_is_none(raw: str | None) -> None:
    assert normalise_phone(raw, default_region="RO") is None


@given(st.text(max_size=30), st.sampled_from([None, "RO", "BG", "ZZ", ""]))
def test_phone_never_raises(raw: str, region: str | None) -> None:
    out = normalise_phone(raw, default_region=region)
    assert out is None or out.startswith(("+", "?"))


# ----------------------------------------------------------------------------------- plates


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("СА 1234 ВХ", "CA1234BX"),
        ("CA1234BX", "CA1234BX"),
        ("са 1234 вх", "CA1234BX"),
        ("CA-1234-BX", "CA1234BX"),
        ("С А.1234.В Х", "CA1234BX"),
        ("РВ 1234 КМ", "PB1234KM"),
        ("У 1234 АВ", "Y1234AB"),
        ("B-123-ABC", "B123ABC"),
        ("cj 12 xyz", "CJ12XYZ"),
    ],
)
def test_canonical_plate(raw: str, canonical: str) -> None:
    assert canonical_plate(raw) == canonical


def test_cyrillic_and_latin_readings_compare_equal() -> None:
    assert canonical_plate("СА 1234 ВХ") == canonical_plate("CA1234BX")
    assert canonical_plate("ТХ 0001 АВ") == canonical_plate("TX0001AB")


@pytest.mark.parametrize(
    ("plate", "country"),
    [
        ("CA1234BX", "BG"),
        ("C1234AB", "BG"),
        ("PB1234KM", "BG"),
        ("Y1234AB", "BG"),
        ("E1234K", "BG"),
        ("B123ABC", "RO"),
        ("B12ABC", "RO"),
        ("CJ12XYZ", "RO"),
        ("GR01AAA", "RO"),
        ("CJ12OAB", None),  # the letter group may not start with O
        ("CJ12QAB", None),  # Q is never used
        ("XX12ABC", None),  # no such county
        ("CA12345BX", None),
        ("", None),
        ("B012345", "RO"),  # temporary red number
        ("CD123456", "RO"),
    ],
)
def test_plate_country(plate: str, country: str | None) -> None:
    assert plate_country(plate) == country


@given(st.text(max_size=20))
def test_canonical_plate_is_idempotent_and_ascii(raw: str) -> None:
    canonical = canonical_plate(raw)
    assert canonical_plate(canonical) == canonical
    assert canonical.isascii()
    assert canonical == canonical.upper()
    plate_country(canonical)


# -------------------------------------------------------------------------------- documents


def test_normalise_document_keeps_ocr_confusions() -> None:
    assert normalise_document("ХО 123-456") == "XO123456"
    assert normalise_document("x0 123 456") == "X0123456"
    assert normalise_document("XO123456") != normalise_document("X0123456")


def test_document_key_folds_ocr_confusions() -> None:
    assert document_key("XO123456") == document_key("X0123456")
    assert document_key("AB1234S6") == document_key("A81234S6") == document_key("AB123456")
    assert document_key("I23") == document_key("123")


def test_a_national_id_field_is_read_as_the_document_number_it_may_hold() -> None:
    """A passport or identity card number typed into the national-id field compares as the document
    field would hold it; a dummy or a scrap of a number is no document."""
    assert id_field_as_document("FE 474338") == document_key("FE474338")
    assert id_field_as_document("л.к. 650970691") == document_key("650970691")
    assert id_field_as_document("AD-5874698") == id_field_as_document("ad 5874698")
    assert id_field_as_document("0000000000") == ""
    assert id_field_as_document("1234567890") == ""
    assert id_field_as_document("12 34") == ""


@given(st.text(max_size=20))
def test_document_functions_never_raise(raw: str) -> None:
    doc = normalise_document(raw)
    assert normalise_document(doc) == doc
    assert document_key(document_key(raw)) == document_key(raw)
    assert id_field_as_document(raw) in ("", document_key(raw))
