"""National identifiers, phones, vehicle plates and document numbers, normalised for comparison.

Why: a CNP, EGN or LNCh that validates is close to proof of identity, and two different valid ones
of the same kind are strong evidence of two people; a mistyped one is still useful weak evidence.
So nothing here raises on bad input: a malformed value comes back marked invalid, with the check
that failed named and whatever could still be decoded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Final, Literal

import phonenumbers
from stdnum.bg import egn as _egn
from stdnum.bg import pnf as _pnf
from stdnum.ro import cnp as _cnp

from jointdesk.engines.linkage.scripts import cyrillic_to_latin, has_cyrillic

__all__ = [
    "NationalId",
    "canonical_plate",
    "document_key",
    "normalise_document",
    "normalise_phone",
    "parse_national_id",
    "plate_country",
]

IdKind = Literal["CNP", "EGN", "LNCH", "UNKNOWN"]
Sex = Literal["M", "F"]


@dataclass(frozen=True, slots=True)
class NationalId:
    """A parsed national identification number.

    `compact` is the digits as written (separators dropped); `valid` means every check passed
    (length, digits, embedded date, county for a CNP, check digit); `problem` names the first check
    that failed, in words a reviewer can act on. `birth_date` and `sex` are decoded whenever the
    digits that carry them are readable, even when the number as a whole is invalid, because a
    typo in the serial or check digit does not make the date wrong.
    """

    kind: IdKind
    compact: str
    valid: bool
    birth_date: date | None
    sex: Sex | None
    problem: str | None

    def agrees_with(self, birth_date: date | None, sex: str | None) -> bool | None:
        """Whether the decoded date and sex agree with a record's own (None: nothing to compare)."""
        checks: list[bool] = []
        if self.birth_date is not None and birth_date is not None:
            checks.append(same_encoded_date(self.kind, self.compact, self.birth_date, birth_date))
        if self.sex is not None and sex in ("M", "F"):
            checks.append(self.sex == sex)
        if not checks:
            return None
        return all(checks)


# ---------------------------------------------------------------------------------------------
# National identifiers

_SEPARATORS_RE: Final = re.compile(r"[\s\-./_]+")
#: The name of the number written before it ("EGN: 7501010010", "CNP 1630615123457", "ЛНЧ №":
#: NFKC has made the numero sign "No", and the separators are gone by the time it is matched).
_ID_LABEL_RE: Final = re.compile(r"^(?:CNP|EGN|ЕГН|LNCH?|ЛНЧ)(?:NR|NO)?[:#]?", re.IGNORECASE)
_CNP_WEIGHTS: Final = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_EGN_WEIGHTS: Final = (2, 4, 8, 5, 10, 9, 7, 3, 6)
_LNCH_WEIGHTS: Final = (21, 19, 17, 13, 11, 9, 7, 3, 1)
# CNP century by the S digit (FACTS 5.5). 7/8/9 (foreign residents) carry no century: a date is
# still decoded, in the century that makes the holder no older than a hundred-odd years
# (`_foreign_resident_year`), and compared with a record's own date modulo the century.
_CNP_CENTURY: Final = {"1": 1900, "2": 1900, "3": 1800, "4": 1800, "5": 2000, "6": 2000}
CNP_NO_CENTURY: Final = "789"


def _foreign_resident_year(yy: int) -> int:
    """The birth year of a foreign resident's CNP (S = 7, 8, 9), whose century is not encoded.

    python-stdnum reads every such number as 19YY, which makes a resident born in 2017 a man born
    in 1917, whose record then disagrees with his own birth date. A year of this century that has
    already come is the likelier reading (a child on a parent's permit, a young worker); a later
    one is of the last century.
    """
    year = 2000 + yy
    return year if year <= date.today().year else 1900 + yy


def _cnp_check(digits12: str) -> str:
    r = sum(w * int(d) for w, d in zip(_CNP_WEIGHTS, digits12, strict=True)) % 11
    return "1" if r == 10 else str(r)


def _egn_check(digits9: str) -> str:
    return str(sum(w * int(d) for w, d in zip(_EGN_WEIGHTS, digits9, strict=True)) % 11 % 10)


def _lnch_check(digits9: str) -> str:
    return str(sum(w * int(d) for w, d in zip(_LNCH_WEIGHTS, digits9, strict=True)) % 10)


def _date_or_problem(year: int, month: int, day: int) -> tuple[date | None, str | None]:
    if not 1 <= month <= 12:
        return None, f"month {month:02d} is not a valid month"
    try:
        return date(year, month, day), None
    except ValueError:
        return None, f"day {day:02d} does not exist in {year:04d}-{month:02d}"


def _cnp_fields(digits: str) -> tuple[date | None, Sex | None, str | None]:
    """Decode S YY MM DD from the first 7 digits of a (possibly malformed) CNP."""
    s = digits[0]
    sex: Sex | None = None
    if s in "1357":
        sex = "M"
    elif s in "2468":
        sex = "F"
    if s == "0":
        return None, None, "first digit 0 is not a valid sex/century digit"
    if len(digits) < 7:
        return None, sex, None
    yy = int(digits[1:3])
    year = _foreign_resident_year(yy) if s in CNP_NO_CENTURY else _CNP_CENTURY[s] + yy
    born, problem = _date_or_problem(year, int(digits[3:5]), int(digits[5:7]))
    return born, sex, problem


def _parse_cnp(digits: str) -> NationalId:
    born, sex, problem = _cnp_fields(digits)
    if len(digits) != 13:
        return NationalId("CNP", digits, False, born, sex, f"13 digits expected, got {len(digits)}")
    if problem is None and digits[7:9] not in _cnp._COUNTIES:
        problem = f"county code {digits[7:9]} unknown"
    if problem is None:
        expected = _cnp_check(digits[:12])
        if expected != digits[12]:
            problem = f"check digit is {digits[12]}, expected {expected}"
    valid = problem is None and _cnp.is_valid(digits)
    if problem is None and not valid:  # pragma: no cover - stdnum stricter than our own checks
        problem = "rejected by python-stdnum"
    return NationalId("CNP", digits, valid, born, sex, problem)


def _egn_fields(digits: str) -> tuple[date | None, Sex | None, str | None]:
    """Decode YY MM DD (month +20: 1800s, +40: 2000s) and the sex digit (9th: even = male)."""
    sex: Sex | None = None
    if len(digits) >= 9:
        sex = "M" if int(digits[8]) % 2 == 0 else "F"
    if len(digits) < 6:
        return None, sex, None
    year, month, day = 1900 + int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    if month > 40:
        year, month = year + 100, month - 40
    elif month > 20:
        year, month = year - 100, month - 20
    born, problem = _date_or_problem(year, month, day)
    if problem is not None and month != int(digits[2:4]):
        problem = f"month {int(digits[2:4]):02d} is not a valid month"
    return born, sex, problem


def _parse_ten(digits: str, *, nationality: str | None) -> NationalId:
    """A 10-digit number: an EGN (citizen) or an LNCh (foreigner); both formats are 10 digits.

    About one random valid LNCh in ten also passes the EGN checks. When both pass we read an EGN,
    because EGN holders outnumber LNCh holders by roughly fifty to one, unless the record says the
    person is not Bulgarian or the EGN reading would put the birth in the 1800s (month +20). When
    neither passes we keep the reading whose date decodes (a typo in an EGN's serial or check digit
    leaves its date readable), so the decoded birth date can still corroborate the record.
    """
    born, sex, date_problem = _egn_fields(digits)
    egn_check = _egn_check(digits[:9])
    egn_ok = date_problem is None and egn_check == digits[9] and _egn.is_valid(digits)
    lnch_check = _lnch_check(digits[:9])
    lnch_ok = lnch_check == digits[9] and _pnf.is_valid(digits)
    foreign = nationality is not None and nationality.strip().upper() not in ("", "BG", "BGR")
    old_century = 21 <= int(digits[2:4]) <= 32
    if egn_ok and not (lnch_ok and (foreign or old_century)):
        return NationalId("EGN", digits, True, born, sex, None)
    if lnch_ok:
        return NationalId("LNCH", digits, True, None, None, None)
    if date_problem is None and not foreign:
        return NationalId(
            "EGN", digits, False, born, sex, f"check digit is {digits[9]}, expected {egn_check}"
        )
    if date_problem is None:
        return NationalId(
            "LNCH", digits, False, None, None, f"check digit is {digits[9]}, expected {lnch_check}"
        )
    return NationalId(
        "EGN" if not foreign else "LNCH",
        digits,
        False,
        None,
        None,
        f"not an EGN ({date_problem}) nor an LNCh (check digit is {digits[9]}, expected {lnch_check})",
    )


# Clerks fill a mandatory field with a dummy; two dummies must never look like one person.
_SEQUENCES: Final = frozenset(
    seq[:n] for seq in ("1234567890123", "0123456789012", "9876543210987") for n in (10, 13)
)


def _is_placeholder(text: str) -> bool:
    """One character repeated, or a run of digits: a dummy a clerk typed, no one's number."""
    return len(set(text)) <= 1 or text in _SEQUENCES


def same_encoded_date(kind: str, digits: str, encoded: date, own: date) -> bool:
    """Whether an id's decoded birth date is a record's own date: to the day, or, for a foreign
    resident's CNP, whose century is not encoded, to the day in any century."""
    if encoded == own:
        return True
    no_century = kind == "CNP" and digits[:1] in CNP_NO_CENTURY
    return (
        no_century
        and (encoded.month, encoded.day) == (own.month, own.day)
        and (encoded.year - own.year) % 100 == 0
    )


def birth_date_and_sex(kind: str, digits: str) -> tuple[date | None, Sex | None]:
    """The birth date and sex that a CNP or an EGN encodes; (None, None) for any other kind."""
    if kind == "CNP":
        born, sex, _ = _cnp_fields(digits)
    elif kind == "EGN":
        born, sex, _ = _egn_fields(digits)
    else:
        return None, None
    return born, sex


def parse_national_id(
    value: str | None, *, source: str | None = None, nationality: str | None = None
) -> NationalId | None:
    """Parse a CNP, EGN or LNCh as written anywhere; None for an empty value.

    Never raises. The kind is decided by length first (13 digits: CNP; 10: EGN or LNCh, see
    `_parse_ten`); a number one or two digits off is read as the nearer kind, with `source` ("RO",
    "BG") breaking a tie, and what can be decoded from its leading digits is still decoded.
    A label written before the number ("EGN: ", "CNP ", "ЛНЧ №") is dropped. Non-digit characters
    other than separators make the value invalid ("UNKNOWN" when no kind fits).
    A dummy (one digit repeated, 1234567890...) is invalid even where its checksum happens to pass,
    so that two records holding the same dummy never count as sharing an identifier.
    """
    if value is None:
        return None
    text = _SEPARATORS_RE.sub("", unicodedata.normalize("NFKC", value))
    unlabelled = _ID_LABEL_RE.sub("", text, count=1)
    if unlabelled.isascii() and unlabelled.isdigit():
        text = unlabelled
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        digits = "".join(ch for ch in text if ch.isascii() and ch.isdigit())
        kind: IdKind = "CNP" if len(digits) == 13 else "EGN" if len(digits) == 10 else "UNKNOWN"
        return NationalId(kind, text.upper(), False, None, None, "contains characters other than digits")
    n = len(text)
    if n >= 6 and _is_placeholder(text):
        kind = "CNP" if n == 13 else "EGN" if n == 10 else "UNKNOWN"
        return NationalId(kind, text, False, None, None, "placeholder value (one repeated digit or a run)")
    if n == 13:
        return _parse_cnp(text)
    if n == 10:
        return _parse_ten(text, nationality=nationality)
    src = (source or "").strip().upper()
    if n in (12, 14, 15) or (n == 11 and src == "RO"):
        return _parse_cnp(text)
    if n in (8, 9, 11):
        born, sex, _ = _egn_fields(text)
        return NationalId("EGN", text, False, born, sex, f"10 digits expected, got {n}")
    return NationalId("UNKNOWN", text, False, None, None, f"unexpected length {n} (CNP has 13, EGN/LNCh 10)")


# ---------------------------------------------------------------------------------------------
# Phones

_PHONE_JUNK_RE: Final = re.compile(r"\(0\)|[^\d+]")


@lru_cache(maxsize=65536)
def normalise_phone(value: str | None, *, default_region: str | None) -> str | None:
    """E.164 ("+40721234567") from any national or international writing; None for empty input.

    Tried in order, first valid wins: as written with `default_region` (national numbers with the
    trunk 0, "00" and "+" international forms); the digits as an international number without its
    "+" ("359881234567"); the other country of the pair (a Romanian mobile typed nationally into a
    Bulgarian record). A number that is valid nowhere is kept as weak data: "?" followed by its
    digits ("?0721234"), so two records with the same mistyped number still compare equal while
    never matching a valid number by accident. Input without any digit gives None.
    """
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", value).strip()
    cleaned = _PHONE_JUNK_RE.sub("", text)
    digits = cleaned.replace("+", "")
    if not digits:
        return None
    if cleaned.startswith("+"):
        candidates: list[tuple[str, str | None]] = [("+" + digits, None)]
    elif digits.startswith("00"):
        candidates = [("+" + digits[2:], None)]
    else:
        region = default_region.strip().upper() if default_region else None
        candidates = [(digits, region)] if region else []
        if not digits.startswith("0"):
            candidates.append(("+" + digits, None))
        for other in ("RO", "BG"):
            if other != region:
                candidates.append((digits, other))
    for number, region in candidates:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return "?" + digits


# ---------------------------------------------------------------------------------------------
# Plates and documents

# Cyrillic letters whose glyphs look Latin (FACTS 5.7): Bulgarian plates use only these.
_HOMOGLYPHS: Final = str.maketrans(
    {
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "У": "Y", "Х": "X", "а": "A", "в": "B", "е": "E", "к": "K",
        "м": "M", "н": "H", "о": "O", "р": "P", "с": "C", "т": "T", "у": "Y", "х": "X",
        "І": "I", "і": "I", "Ј": "J", "ј": "J", "Ѕ": "S", "ѕ": "S",
    }
)  # fmt: skip
_NOT_ALNUM_RE: Final = re.compile(r"[^A-Z0-9]")


def _latin_upper_alnum(value: str) -> str:
    text = unicodedata.normalize("NFKC", value).translate(_HOMOGLYPHS)
    if has_cyrillic(text):  # a non-look-alike Cyrillic letter: spell it rather than lose it
        text = cyrillic_to_latin(text)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii())
    return _NOT_ALNUM_RE.sub("", text.upper())


@lru_cache(maxsize=65536)
def canonical_plate(value: str) -> str:
    """A plate as upper-case Latin letters and digits only: "СА 1234 ВХ" -> "CA1234BX".

    The 12 Cyrillic look-alikes map to the Latin letter they look like (not the one they sound
    like: В -> B, Н -> H, Р -> P, С -> C, У -> Y, Х -> X), because a plate is read by eye and the
    Bulgarian series was chosen so that both readings coincide. Spaces, dashes and dots are dropped.
    """
    return _latin_upper_alnum(value)


_RO_COUNTIES: Final = (
    "AB|AG|AR|BC|BH|BN|BR|BT|BV|BZ|CJ|CL|CS|CT|CV|DB|DJ|GJ|GL|GR|HD|HR|IF|IL|IS|MH|MM|MS|NT|OT|PH|"
    "SB|SJ|SM|SV|TL|TM|TR|VL|VN|VS"
)
# FACTS 8.17 without the optional spaces (a canonical plate has none), plus the temporary red
# numbers (county + 3-6 digits starting with 0) and diplomatic CD/TC/CO + 6 digits.
_RO_PLATE_RE: Final = re.compile(
    rf"^(?:(?:B\d{{2,3}}|(?:{_RO_COUNTIES})\d{{2}})[A-HJ-NPR-Z][A-PR-Z]{{2}}"
    rf"|(?:B|{_RO_COUNTIES})0\d{{2,5}}|(?:CD|TC|CO)\d{{6}})$"
)
# Province codes in their canonical Latin look-alike form (Е Blagoevgrad ... У Yambol).
_BG_PROVINCES: Final = "E|A|B|BT|BH|BP|EB|TX|K|KH|OB|M|PA|PK|EH|PB|PP|P|CC|CH|CM|C|CA|CB|CO|CT|T|X|H|Y"
_BG_PLATE_RE: Final = re.compile(rf"^(?:{_BG_PROVINCES})\d{{4}}[ABEKMHPCTX]{{1,2}}$")


def plate_country(canonical: str) -> Literal["RO", "BG"] | None:
    """Which country's format a canonical plate fits; None for neither (foreign, partial, typo).

    The Romanian (2-3 digits + 3 letters) and Bulgarian (4 digits + 1-2 letters) formats cannot
    both fit the same string, so the answer is never ambiguous.
    """
    if _RO_PLATE_RE.match(canonical):
        return "RO"
    if _BG_PLATE_RE.match(canonical):
        return "BG"
    return None


# What a clerk writes around a document number: the kind of document (Romanian carte de identitate,
# buletin, pașaport; Bulgarian лична карта, паспорт; English passport, ID), "seria" before a Romanian
# series and a number sign ("nr.", "No", "№", "#"). A label counts only as a word of its own: followed
# by a separator, or a number sign by anything ("№650970691"), so a series that happens to spell
# "BI" or "NR" inside a number ("BI655442", "NR686794") is kept.
_DOC_LABEL_RE: Final = re.compile(
    r"(?<![^\W_])(?:"
    r"(?:carte\s+de\s+identitate|buletin(?:\s+de\s+identitate)?|pa[sșş]aport|passport|pass|"
    r"лична\s+карта|паспорт|пасп|л\.\s*к|лк|c\.\s*i|ci|b\.\s*i|bi|id|seria|serie|nr|no)"
    r"(?:\.|(?=[\s:#№\-]))"
    r"|№|#|n°)[\s.:\-]*",
    re.IGNORECASE,
)
#: Fewer letters and digits than this left after removing labels: the labels were the number.
_DOC_MIN_LEN: Final = 5


@lru_cache(maxsize=65536)
def normalise_document(value: str) -> str:
    """A passport or ID-card number as upper-case Latin letters and digits, exactly as written.

    The words around it are dropped ("л.к. 650970691", "CI XL864157", "seria XL nr. 864157",
    "pașaport VR6648764" -> "650970691", "XL864157", "XL864157", "VR6648764"; `_DOC_LABEL_RE`),
    Cyrillic look-alikes are mapped (a Bulgarian clerk may type the series in Cyrillic) and
    separators dropped, but O/0 and I/1 are kept apart: this is the value a reviewer sees and the
    exact-match evidence; `document_key` is the forgiving one.
    """
    number = _latin_upper_alnum(_DOC_LABEL_RE.sub(" ", value))
    return number if len(number) >= _DOC_MIN_LEN else _latin_upper_alnum(value)


_OCR_FOLD: Final = str.maketrans({"O": "0", "Q": "0", "I": "1", "L": "1", "B": "8", "S": "5", "Z": "2"})


@lru_cache(maxsize=65536)
def document_key(value: str) -> str:
    """`normalise_document` with the letters OCR and typists confuse with digits folded to them.

    O/Q -> 0, I/L -> 1, B -> 8, S -> 5, Z -> 2: a machine-readable zone misread in one system and
    typed from the page in the other then still compares equal. Used only for fuzzy comparison.
    """
    return normalise_document(value).translate(_OCR_FOLD)


def id_field_as_document(value: str) -> str:
    """The document key (`document_key`) of an invalid national id, read as a document number a
    clerk typed into the national-id field ("FE 474338", a Bulgarian ID card's nine digits); ""
    for a placeholder ("0000000000", "1234567890") or a value too short to be a document number.

    Whether it is one is not for this value alone to say (nine digits are also an EGN that lost a
    digit): features.py takes it as a document only when the same key is some record's document.
    """
    if _is_placeholder(_SEPARATORS_RE.sub("", unicodedata.normalize("NFKC", value))):
        return ""
    key = document_key(value)
    return key if len(key) >= _DOC_MIN_LEN else ""
