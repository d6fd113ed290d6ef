"""The Splink model: comparisons, blocking rules, unsupervised training, and the model JSON.

Comparisons are written once and rendered for each SQL dialect (DuckDB, Spark) from the same
definitions, using only functions both engines compute identically (equality, Levenshtein, array
overlap), so both backends score every pair the same way.

The model JSON is Splink's own settings file (reviewable, loadable by plain Splink) with one extra
top-level key, "jointdesk", holding our version, dialect and clustering threshold. When a model is
reused, its trained m and u probabilities are copied level by level into freshly rendered
comparisons, so a model trained on DuckDB can be used on Spark and the reverse.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

Dialect = Literal["duckdb", "spark"]
MODEL_FORMAT = 5

#: Match probability at or above which a scored pair becomes an edge for clustering.
DEFAULT_THRESHOLD = 0.9
#: Prior probability that two random records match, before training refines it.
DEFAULT_PRIOR = 1e-5


@dataclass(frozen=True)
class Level:
    """One comparison level: SQL condition, label, and starting m/u (refined by training)."""

    sql: str
    label: str
    m: float
    u: float
    null: bool = False
    #: m and u stay as designed: neither EM nor the u estimate moves them (Splink's fix_m_probability
    #: and fix_u_probability, which the model JSON carries).
    fix: bool = False
    #: Column whose term frequency adjusts this (exact-match) level: a rare value is stronger evidence.
    tf: str | None = None


def _fns(dialect: Dialect) -> dict[str, str]:
    if dialect == "duckdb":
        return {
            "overlap": "list_has_any({a}, {b})",
            "contains": "list_contains({a}, {b})",
            "has_all": "list_has_all({a}, {b})",
            "size": "len({a})",
            "days": "abs(date_diff('day', {a}, {b}))",
            "near_overlap": "len(list_filter({a}, lambda x: len(list_filter({b}, lambda y: {near})) > 0)) > 0",
        }
    return {
        "overlap": "arrays_overlap({a}, {b})",
        "contains": "array_contains({a}, {b})",
        "has_all": "size(array_except({b}, {a})) = 0",
        "size": "size({a})",
        "days": "abs(datediff({a}, {b}))",
        "near_overlap": "exists({a}, x -> exists({b}, y -> {near}))",
    }


def _lev(col: str, n: int) -> str:
    return _within(f"{col}_l", f"{col}_r", n)


def _within(a: str, b: str, n: int) -> str:
    """Edit distance of a and b at most n. The length test first: it is exact (an edit changes the
    length by at most one) and spares most pairs the Levenshtein computation."""
    return f"(abs(length({a}) - length({b})) <= {n} AND levenshtein({a}, {b}) <= {n})"


def _typo(prefix: str) -> str:
    """One edit apart, or the same letters in another order two edits apart (Radu/Rdau, Sarbu/Sabru)."""
    return (
        f"{_lev(prefix + '_fold', 1)} OR ({prefix}_sort_l = {prefix}_sort_r AND {_lev(prefix + '_fold', 2)})"
    )


def _near(a: str, b: str) -> str:
    """Name slot a of the left record is a variant of slot b of the right one (g or f)."""
    return (
        f"({_within(f'{a}_fold_l', f'{b}_fold_r', 1)} OR {a}_skel_l = {b}_skel_r"
        f" OR ({a}_sort_l = {b}_sort_r AND {_within(f'{a}_fold_l', f'{b}_fold_r', 2)}))"
    )


def _fuzzy_swap() -> str:
    """Given and family name swapped, each side a variant or typo of the other (Dobre Mraia / Maria
    Dobre, Celik Said / Sayed Chelik)."""
    return f"({_near('g', 'f')} AND {_near('f', 'g')})"


#: Label of the swap level of both name comparisons (given and family name).
GIVEN_SWAPPED = "given and family name swapped"
#: Label of the given-name level for one given name shared among several (Ana Maria / Maria): the
#: last level the sex safeguard (EDGE_FILTER) reads as the same name.
GIVEN_SHARED = "share one of several given names"
#: A typing or reading slip on top of a transliteration: a reading of one name (given name, or the
#: family name's stem) one edit from a reading of the other (Серджап, a slip for Серджан, against
#: the Turkish Sercan, whose readings share none). Readings of READING_TYPO_MIN letters or more:
#: short keys one edit apart are mostly two names (Can, Cem).
READING_TYPO = "a slip away in another transliteration"
READING_TYPO_MIN = 4
#: Every word of the shorter name is a word of the other, in whatever field it was written: the
#: surname first with the patronymic in the given field ("Atanasov Petkov | Veselin" = "Veselin
#: Atanasov Petkov"), or the patronymic written into the family field. Two words at least, so a
#: lone shared word never counts; a son's patronymic is his father's given name with -ov (Ivanov),
#: a different word from Ivan, so father and son do not meet here.
REORDERED = "the same names in another order"
#: Two spellings that are each carried by many records (features.g_est) and are within a factor of
#: ESTABLISHED_RATIO of each other in frequency are two names (Maria/Mariana, Stoyan/Stefan), not a
#: typing slip, which is rare next to the name it spoils. Checked after every level that says "same
#: name", before the typo levels.
GIVEN_TWO_NAMES = "two different established names"


def _ends_in_vowel(fold: str) -> str:
    """SQL: the folded name `fold` ends in a vowel, a final h after a vowel being mute (Fereshteh)."""
    vowels = "('a', 'e', 'i', 'o', 'u', 'y')"
    return f"(right({fold}, 1) IN {vowels} OR right({fold}, 2) IN ('ah', 'eh', 'ih', 'oh', 'uh'))"


#: ... unless they have the same consonants and both end in a vowel or both in a consonant: two
#: common transliterations of one name (Mhamed/Mohammed, Zakariya/Zakariae, Youssef/Yusuf,
#: Fereshteh/Freshta), not two names; a man's and a woman's form (Ivan/Ivana, Daniel/Daniela)
#: still differ in the ending.
_SAME_CONSONANTS_AND_ENDING = (
    f"g_skel_l = g_skel_r AND {_ends_in_vowel('g_fold_l')} = {_ends_in_vowel('g_fold_r')}"
)
GIVEN_DIFFERENT = "different given names"
#: A typing slip in the given name ("Nacoleta"): not two names, since two established names
#: (Ivan/Ivana) meet GIVEN_TWO_NAMES first; a wrong sex beside it is a second slip, not a sister.
GIVEN_TYPO = "one edit apart or two letters transposed"
#: The father's initial ("Ion I. Popescu", as Romanian records write it) against his name in full
#: (a Bulgarian patronymic, Ivanov) or against the same initial.
PATRONYMIC_INITIAL = "one is an initial of the other"
ESTABLISHED_RATIO = 50

#: A declared birth date (a migrant who knows only the year) is written as 1 January; two declared
#: years this far apart may be one person. A year typed a decade off (1992/2002) is a typing slip.
DECLARED_DAY = "0101"
DECLARED_YEARS = 2
DECADE = 10
#: A foreigner's birth year two off with the same day and month is one person's: a migrant without
#: papers states an age, and the year drifts from one interview to the next (Fereshta Kohistani,
#: 1999-11-25 and 2001-11-25). Two citizens of the two countries (NATIONALS), whose dates come from
#: a civil register, born the same day two years apart are two people.
YEAR_DRIFT = 2
NATIONALS = ("RO", "BG")
#: Two dates this many days apart or less: a date remembered or registered a few days or weeks off
#: (Splink's own date comparison has the same "within a month" level).
CLOSE_DAYS = 31
#: A 1 January date against another day of the same year: one system wrote 1 January for a day it
#: did not know (a migrant who declared only his year), the other holds the full date (Niloufar
#: Hotak, 2004-01-01 on six records, 2004-06-21 on one). Its weight is fixed, not trained (Splink's
#: fix_m_probability and fix_u_probability): EM, which sees the level mostly between one person's
#: records in its id block, learns it from -3.6 to +3.1 bits on our six generators, and at +3 bits
#: two namesakes of one year, one of them declared, link (generator B at 1,000,000 records:
#: precision -0.003). At the starting weight of "same year" (-1.6 bits) it stops counting as
#: "different dates" (-6 to -12 bits) without being evidence for a match.
DECLARED_IN_YEAR = "1 January (a day not known) against another day of its year"
#: Label of the birth-date level of dates one typing slip (or a foreigner's drifted year) apart.
DATE_SLIP = (
    "one digit off, day and month swapped, the year one or a decade off (two for a foreigner),"
    " or two declared years close"
)


def _foreigners(left: str, right: str) -> str:
    """Neither of two nationality columns names one of the two countries (NATIONALS); unknown counts
    as foreign."""
    nationals = ", ".join(f"'{n}'" for n in NATIONALS)
    return f"coalesce({left}, '') NOT IN ({nationals}) AND coalesce({right}, '') NOT IN ({nationals})"


def _years_a_slip_apart(yob_l: str, yob_r: str, nat_l: str, nat_r: str) -> str:
    """Two birth years one or a decade apart, or YEAR_DRIFT apart for two foreigners: the year part of
    "the same day and month, another year" that the comparison level and the blocking rules share."""
    return (
        f"abs({yob_l} - {yob_r}) IN (1, {DECADE}) OR "
        f"(abs({yob_l} - {yob_r}) = {YEAR_DRIFT} AND {_foreigners(nat_l, nat_r)})"
    )


def _one_declared(left: str, right: str) -> str:
    """Exactly one of two YYYYMMDD dates is a 1 January one."""
    return f"(substr({left}, 5, 4) = '{DECLARED_DAY}') <> (substr({right}, 5, 4) = '{DECLARED_DAY}')"


#: Both birth dates are declared ones: their years are compared as declared years, not as typing slips
#: (a migrant group's 2001, 2005 and 2007 are one digit apart).
_BOTH_DECLARED = f"substr(dob_txt_l, 5, 4) = '{DECLARED_DAY}' AND substr(dob_txt_r, 5, 4) = '{DECLARED_DAY}'"

#: Term-frequency adjustment: weight, and the floor on a value's frequency, which caps the bonus of
#: a rare name or date: a value carried by fewer than TF_MIN_COUNT records weighs as one carried by
#: that many (`tf_floor`), and never more than one of frequency TF_MIN_U (a small input's floor).
#: The floor is a count of records, not a share: the prior falls with the input's size (3.3 bits
#: from 100,000 records to 1,000,000), and a share fixed at 1e-4 made a name seen once in a million
#: records weigh as one seen a hundred times: two records agreeing on rare names had no more
#: evidence at 1,000,000 records than at 100,000, while their prior had fallen by 3.3 bits.
TF_WEIGHT = 1.0
TF_MIN_U = 1e-4
TF_MIN_COUNT = 10


def tf_floor(n_records: int) -> float:
    """The frequency floor of term-frequency adjustments for an input of `n_records` records."""
    return min(TF_MIN_U, TF_MIN_COUNT / max(n_records, 1))


def comparison_levels(dialect: Dialect) -> dict[str, list[Level]]:
    """Every comparison, most specific level first; NULL levels carry no evidence."""
    fn = _fns(dialect)

    def overlap(a: str, b: str) -> str:
        return fn["overlap"].format(a=a, b=b)

    def contains(arr: str, x: str) -> str:
        return fn["contains"].format(a=arr, b=x)

    def near_overlap(a: str, b: str) -> str:
        near = f"least(length(x), length(y)) >= {READING_TYPO_MIN} AND {_within('x', 'y', 1)}"
        return fn["near_overlap"].format(a=a, b=b, near=near)

    def null(*cols: str) -> Level:
        cond = " OR ".join(f"{c}_l IS NULL OR {c}_r IS NULL" for c in cols)
        return Level(cond, "missing on either side", 1.0, 1.0, null=True)

    swap_arr, swap_key = "f_keys_r", "g_key_l"
    # Given and family name swapped, read the same way by both name comparisons: exactly, each a
    # variant or typo of the other, or each in another transliteration (Nichiforov Stanislav /
    # Stanislav Nikiforov: Romanian chi is ки).
    swapped = (
        f"(g_skey_l = f_key_r AND f_key_l = g_skey_r) OR {_fuzzy_swap()}"
        f" OR ({overlap('g_alts_l', 'f_alts_r')} AND {overlap('f_alts_l', 'g_alts_r')})"
    )
    # The smaller bag of name words (two at least) lies within the other. The bags are distinct and
    # sorted (features.n_bag), so two bags of one size must be equal, and a subset test answers the
    # rest: at 1,000,000 records a third of the time of counting the common words twice.
    size_l, size_r = fn["size"].format(a="n_bag_l"), fn["size"].format(a="n_bag_r")
    reordered = (
        f"CASE WHEN {size_l} = {size_r} THEN {size_l} >= 2 AND n_bag_l = n_bag_r"
        f" WHEN {size_l} < {size_r} THEN {size_l} >= 2 AND {fn['has_all'].format(a='n_bag_r', b='n_bag_l')}"
        f" ELSE {size_r} >= 2 AND {fn['has_all'].format(a='n_bag_l', b='n_bag_r')} END"
    )
    return {
        "national_id": [
            null("nid"),
            Level("nid_l = nid_r AND nid_valid_l AND nid_valid_r", "same valid id", 0.85, 1e-7),
            Level("nid_l = nid_r", "same id, not validated", 0.05, 1e-7),
            Level(_lev("nid", 2), "id differs by a typo", 0.06, 1e-5),
            Level(
                "nid_valid_l AND nid_valid_r AND nid_kind_l = nid_kind_r",
                "two different valid ids of one kind",
                0.002,
                0.9,
            ),
            Level("ELSE", "ids differ", 0.04, 0.1),
        ],
        "given_name": [
            null("g_fold"),
            Level("g_fold_l = g_fold_r", "same spelling", 0.6, 0.005, tf="g_fold"),
            Level("g_key_l = g_key_r", "same phonetic key", 0.2, 0.003),
            Level(overlap("g_alts_l", "g_alts_r"), "same name in another transliteration", 0.05, 0.002),
            Level(overlap("g_keys_l", "g_keys_r"), GIVEN_SHARED, 0.04, 0.002),
            Level(f"{swapped} OR {contains(swap_arr, swap_key)}", GIVEN_SWAPPED, 0.03, 0.001),
            Level(reordered, REORDERED, 0.01, 0.0005),
            Level(
                f"g_est_l IS NOT NULL AND g_est_r IS NOT NULL AND least(g_est_l, g_est_r) * {ESTABLISHED_RATIO}"
                f" >= greatest(g_est_l, g_est_r) AND NOT coalesce({_SAME_CONSONANTS_AND_ENDING}, false)",
                GIVEN_TWO_NAMES,
                0.01,
                0.3,
            ),
            Level(_typo("g"), GIVEN_TYPO, 0.06, 0.002),
            Level("g_skel_l = g_skel_r", "same consonants, vowels written differently", 0.04, 0.002),
            Level(_lev("g_fold", 2) + " AND length(g_fold_l) >= 5", "two edits apart", 0.03, 0.003),
            Level(near_overlap("g_alts_l", "g_alts_r"), READING_TYPO, 0.02, 0.003),
            Level("ELSE", GIVEN_DIFFERENT, 0.03, 0.985),
        ],
        "family_name": [
            null("f_fold"),
            Level("f_fold_l = f_fold_r", "same spelling", 0.6, 0.005, tf="f_fold"),
            Level("f_key_l = f_key_r", "same stem and sound (gender form, transliteration)", 0.2, 0.002),
            Level(overlap("f_alts_l", "f_alts_r"), "same name in another transliteration", 0.05, 0.001),
            Level(_typo("f"), "one edit apart or two letters transposed", 0.05, 0.001),
            Level("f_skel_l = f_skel_r", "same consonants, vowels written differently", 0.03, 0.001),
            Level(overlap("f_keys_l", "f_keys_r"), "share one part of a double name", 0.04, 0.001),
            Level(
                "f_key_l = m_key_r OR m_key_l = f_key_r", "family name written as the patronymic", 0.03, 0.001
            ),
            Level(swapped, GIVEN_SWAPPED, 0.02, 0.0005),
            Level(reordered, REORDERED, 0.01, 0.0003),
            Level(_lev("f_fold", 2) + " AND length(f_fold_l) >= 4", "two edits apart", 0.02, 0.002),
            Level(near_overlap("f_alts_l", "f_alts_r"), READING_TYPO, 0.02, 0.003),
            Level("ELSE", "different family names", 0.04, 0.99),
        ],
        "patronymic": [
            null("m_key"),
            Level("m_key_l = m_key_r", "same patronymic", 0.85, 0.01, tf="m_key"),
            Level(
                "(length(m_fold_l) = 1 OR length(m_fold_r) = 1) AND left(m_fold_l, 1) = left(m_fold_r, 1)",
                PATRONYMIC_INITIAL,
                0.05,
                0.05,
            ),
            Level(_lev("m_fold", 2), "patronymic one or two edits apart", 0.08, 0.005),
            Level("ELSE", "different patronymics", 0.07, 0.985),
        ],
        "birth_date": [
            null("dob"),
            Level("dob_l = dob_r", "same date", 0.9, 0.0001, tf="dob"),
            Level(
                f"({_lev('dob_txt', 1)} AND NOT ({_BOTH_DECLARED})) OR "
                "(substr(dob_txt_l, 1, 4) = substr(dob_txt_r, 1, 4) AND "
                "substr(dob_txt_l, 5, 2) = substr(dob_txt_r, 7, 2) AND "
                "substr(dob_txt_l, 7, 2) = substr(dob_txt_r, 5, 2)) OR "
                "(substr(dob_txt_l, 5, 4) = substr(dob_txt_r, 5, 4) AND "
                f"({_years_a_slip_apart('yob_l', 'yob_r', 'nat_l', 'nat_r')}"
                f" OR ({_BOTH_DECLARED} AND abs(yob_l - yob_r) <= {DECLARED_YEARS})))",
                DATE_SLIP,
                0.07,
                0.003,
            ),
            Level(
                f"{fn['days'].format(a='dob_l', b='dob_r')} <= {CLOSE_DAYS}",
                "within a month of each other",
                0.03,
                0.003,
            ),
            Level(
                f"yob_l = yob_r AND {_one_declared('dob_txt_l', 'dob_txt_r')}",
                DECLARED_IN_YEAR,
                0.005,
                0.015,
                fix=True,
            ),
            Level("yob_l = yob_r", "same year", 0.005, 0.015),
            Level("ELSE", "different dates", 0.01, 0.98),
        ],
        "sex": [
            null("sex"),
            Level("sex_l = sex_r", "same sex", 0.97, 0.5),
            Level("ELSE", "different sex", 0.03, 0.5),
        ],
        "phone": [
            null("phone"),
            Level("phone_l = phone_r", "same phone", 0.6, 1e-5),
            Level(
                "phone_tail_l = phone_tail_r",
                "same line written for another country (the last digits agree)",
                0.05,
                1e-5,
            ),
            Level("ELSE", "different phones", 0.4, 1.0),
        ],
        "document": [
            null("doc"),
            Level("doc_l = doc_r", "same document", 0.6, 1e-6),
            Level(_lev("doc", 1), "document differs by a typo", 0.05, 1e-4),
            Level("ELSE", "different documents", 0.35, 1.0),
        ],
        "vehicle_plate": [
            null("plate"),
            Level("plate_l = plate_r", "same vehicle", 0.5, 1e-5),
            Level("ELSE", "different vehicles", 0.5, 1.0),
        ],
        "nationality": [
            null("nat"),
            Level("nat_l = nat_r", "same nationality", 0.97, 0.5),
            Level("ELSE", "different nationality", 0.03, 0.5),
        ],
    }


def _same_date_and_prefix(name: str, other: str) -> str:
    """Blocking on the birth date and the first two letters of one name (its key broken by a typo),
    the other name sharing its first or last letter, or missing on either side: without that, one
    date's namesakes by initials alone made over a quarter of the blocked pairs at 1,000,000 records."""
    return (
        f"l.dob = r.dob AND substr(l.{name}, 1, 2) = substr(r.{name}, 1, 2) AND (l.{other} IS NULL"
        f" OR r.{other} IS NULL OR substr(l.{other}, 1, 1) = substr(r.{other}, 1, 1)"
        f" OR right(l.{other}, 1) = right(r.{other}, 1))"
    )


#: Blocking: one day and month of birth, and years one slip apart (one off, a decade off, one digit;
#: two off for two foreigners, YEAR_DRIFT).
_SAME_DAY_AND_MONTH = "month(l.dob) = month(r.dob) AND day(l.dob) = day(r.dob)"
_YEAR_SLIP = (
    f"{_years_a_slip_apart('l.yob', 'r.yob', 'l.nat', 'r.nat')} OR"
    " levenshtein(substr(l.dob_txt, 1, 4), substr(r.dob_txt, 1, 4)) = 1"
)


def _same_day_another_year(names: str) -> str:
    """Blocking on the day and month of birth, the years one slip apart (_YEAR_SLIP), with `names`
    alike: a mistyped birth year on top of a name written another way (Merwan/Meruan Rabie,
    1980-02-25 and 1979-02-25; Siavash Niazi and Niazi Siavash, 2009-01-17 and 2010-01-17), which
    the comparison reads as a slip. Not for 1 January: a declared day, shared by a migrant group
    across its years."""
    return f"{names} AND {_SAME_DAY_AND_MONTH} AND substr(l.dob_txt, 5, 4) <> '{DECLARED_DAY}' AND ({_YEAR_SLIP})"


#: Blocking rules: pairs sharing any strong key are compared; all others are assumed non-matches.
BLOCKING_RULES: tuple[str, ...] = (
    "l.nid = r.nid",
    "l.phone_tail = r.phone_tail",
    "l.doc = r.doc",
    "l.plate = r.plate",
    "l.g_key = r.g_key AND l.dob = r.dob",
    "l.f_key = r.f_key AND l.dob = r.dob",
    "l.m_key = r.m_key AND l.dob = r.dob",
    _same_date_and_prefix("g_fold", "f_fold"),
    _same_date_and_prefix("f_fold", "g_fold"),
    "l.f_key = r.f_key AND l.yob = r.yob AND month(l.dob) = month(r.dob)"
    " AND substr(l.g_key, 1, 1) = substr(r.g_key, 1, 1)",
    "l.f_key = r.f_key AND l.yob = r.yob AND day(l.dob) = day(r.dob)"
    " AND substr(l.g_key, 1, 1) = substr(r.g_key, 1, 1)",
    f"l.g_key = r.g_key AND l.f_key = r.f_key AND {_SAME_DAY_AND_MONTH} AND ({_YEAR_SLIP}"
    f" OR (substr(l.dob_txt, 5, 4) = '{DECLARED_DAY}' AND abs(l.yob - r.yob) <= {DECLARED_YEARS}))",
    "l.f_key = r.f_key AND l.g_key = r.g_key AND l.yob = r.yob AND month(l.dob) = day(r.dob)"
    " AND day(l.dob) = month(r.dob)",
    # A date a few days or weeks off that fell into the next month (1983-12-31 / 1984-01-01):
    # the month count since year 0 differs by one, an equality a hash join can use.
    "l.g_key = r.g_key AND l.f_key = r.f_key AND l.yob * 12 + month(l.dob) = r.yob * 12 + month(r.dob) + 1",
    "l.g_key = r.g_key AND l.f_key = r.f_key AND r.yob * 12 + month(r.dob) = l.yob * 12 + month(l.dob) + 1",
    "l.g_key = r.g_key AND l.yob = r.yob AND month(l.dob) = month(r.dob)"
    " AND substr(l.f_key, 1, 1) = substr(r.f_key, 1, 1)",
    "l.g_skey = r.f_key AND l.f_key = r.g_skey AND l.yob = r.yob",
    # A 1 January date against another day of its year (DECLARED_IN_YEAR), both names alike.
    f"l.g_key = r.g_key AND l.f_key = r.f_key AND l.yob = r.yob AND {_one_declared('l.dob_txt', 'r.dob_txt')}",
    "l.g_skey = r.f_key AND l.dob = r.dob",
    _same_day_another_year("l.g_skey = r.f_key AND l.f_key = r.g_skey"),
    _same_day_another_year("l.f_key = r.f_key AND substr(l.g_key, 1, 1) = substr(r.g_key, 1, 1)"),
    _same_day_another_year("l.g_key = r.g_key AND substr(l.f_key, 1, 1) = substr(r.f_key, 1, 1)"),
    "l.f_key = r.g_skey AND l.dob = r.dob",
    "l.f_key = r.m_key AND l.g_key = r.g_key AND l.yob = r.yob",
    "l.gf_rare = r.gf_rare AND l.dob IS NULL",
    "l.gf_rare = r.gf_rare AND r.dob IS NULL",
    "l.gf_set = r.gf_set AND l.g_skey = r.f_key AND (l.dob IS NULL OR r.dob IS NULL)",
    "l.gm_rare = r.gm_rare AND (l.dob IS NULL OR r.dob IS NULL)",
    "l.g_key = r.g_key AND l.f_key = r.f_key AND l.m_key = r.m_key AND l.yob = r.yob",
    "l.g_key = r.g_key AND l.f_key = r.f_key AND l.m_key = r.m_key AND l.dob IS NULL",
    "l.g_key = r.g_key AND l.f_key = r.f_key AND l.m_key = r.m_key AND r.dob IS NULL",
    # Names written in another order (the surname first, the patronymic in the given or the family
    # field): a given and a family word, whichever fields hold them (features.n_c1/n_c2).
    "l.n_c1 = r.n_c1 AND l.dob = r.dob AND (l.n_c2 IS NOT NULL OR r.n_c2 IS NOT NULL)",
    "l.n_c1 = r.n_c2 AND l.dob = r.dob",
    "l.n_c2 = r.n_c1 AND l.dob = r.dob",
    "l.n_c2 = r.n_c2 AND l.dob = r.dob",
)


def _gamma(comparison: str, label: str) -> int:
    """Splink's gamma value of a level: non-null levels count down to 0 from the most specific."""
    levels = [lvl for lvl in comparison_levels("duckdb")[comparison] if not lvl.null]
    return len(levels) - 1 - [lvl.label for lvl in levels].index(label)


#: Safeguard applied to scored pairs before clustering: two records whose given names disagree
#: (completely, or as two different established names) are linked only on a shared national id
#: (valid or not) or document; so are two records of different sex unless their given names are the
#: same name, in any spelling or transliteration or as one of several given names (then one record
#: carries a wrong sex; brother and sister, husband and wife have different given names), one is a
#: typing slip of the other (GIVEN_TYPO), or the given and family names are swapped, each the
#: other's (a sister's given name is not her brother's family name).
#: This is what keeps twins, brothers and father/son apart when the family name, birth date, car
#: and phone all agree, a correlation the naive-Bayes model cannot see.
EDGE_FILTER = (
    f"NOT ((gamma_given_name IN ({_gamma('given_name', GIVEN_DIFFERENT)}, "
    f"{_gamma('given_name', GIVEN_TWO_NAMES)}) OR (gamma_sex = 0 AND gamma_given_name < "
    f"{_gamma('given_name', GIVEN_SHARED)} AND gamma_given_name <> {_gamma('given_name', GIVEN_TYPO)}"
    f" AND NOT (gamma_given_name = {_gamma('given_name', GIVEN_SWAPPED)}"
    f" AND gamma_family_name = {_gamma('family_name', GIVEN_SWAPPED)})))"
    f" AND gamma_national_id < {_gamma('national_id', 'same id, not validated')}"
    f" AND gamma_document < {_gamma('document', 'same document')})"
)


def shared_name_sql(dialect: Dialect) -> str:
    """Some name of one record is a name of the other, whichever fields hold them: a given, family or
    patronymic key, a transliteration of the given or the family name, or a word of the name bag."""
    fn = _fns(dialect)

    def overlap(a: str, b: str) -> str:
        return f"coalesce({fn['overlap'].format(a=a, b=b)}, false)"

    def contains(arr: str, x: str) -> str:
        return f"coalesce({fn['contains'].format(a=arr, b=x)}, false)"

    parts = [overlap(f"{x}_l", f"{y}_r") for x in ("g_keys", "f_keys") for y in ("g_keys", "f_keys")]
    parts += [overlap("g_alts_l", "g_alts_r"), overlap("f_alts_l", "f_alts_r"), overlap("n_bag_l", "n_bag_r")]
    parts.append("coalesce(m_key_l = m_key_r, false)")
    parts += [
        contains(f"{x}_{a}", f"m_key_{b}") for x in ("g_keys", "f_keys") for a, b in (("l", "r"), ("r", "l"))
    ]
    return "(" + " OR ".join(parts) + ")"


def id_without_names_sql(shared_name: str) -> str:
    """A national id (valid or not) shared by two records whose names have nothing in common: given
    names different, family names different, and no name of one anywhere in the other. An id typed
    into another person's record, or two people's numbers that collide, not one person: a typo,
    a transliteration, a swap or a patronymic standing in for the family name all leave a name in
    common. A shared document number still links them."""
    return (
        f"(gamma_national_id >= {_gamma('national_id', 'same id, not validated')}"
        f" AND gamma_document < {_gamma('document', 'same document')}"
        f" AND gamma_given_name IN ({_gamma('given_name', GIVEN_DIFFERENT)}, {_gamma('given_name', GIVEN_TWO_NAMES)})"
        f" AND gamma_family_name = {_gamma('family_name', 'different family names')}"
        f" AND NOT {shared_name})"
    )


#: id_without_names_sql holds only for two records with the same id: what it alone reads (the
#: shared-name test) need be computed only for such pairs.
SAME_ID = "nid_l = nid_r"
#: Gammas the safeguards read only for some pairs, with the pairs they are needed for (elsewhere
#: NULL): the family name's, read by id_without_names_sql (the same id) and by EDGE_FILTER's swap
#: (different sex).
PARTIAL_GAMMAS = {"family_name": f"{SAME_ID} OR sex_l <> sex_r"}


def edge_filter(shared_name: str) -> str:
    """EDGE_FILTER, and no link on an id alone between records whose names share nothing
    (`shared_name`: shared_name_sql, or a column that holds it)."""
    return f"({EDGE_FILTER}) AND NOT {id_without_names_sql(shared_name)}"


#: Blocking rules used for EM training sessions (each leaves the other fields free to learn).
TRAINING_RULES: tuple[str, ...] = (
    "l.nid = r.nid",
    "l.dob = r.dob AND l.g_key = r.g_key",
)


def _comparison_dicts(
    dialect: Dialect, trained: dict[str, list[dict[str, Any]]] | None
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name, levels in comparison_levels(dialect).items():
        old = (trained or {}).get(name)
        if old is not None and len(old) != len(levels):
            raise ModelError(f"model comparison {name!r} has {len(old)} levels, expected {len(levels)}")
        level_dicts: list[dict[str, Any]] = []
        for i, lvl in enumerate(levels):
            entry: dict[str, Any] = {"sql_condition": lvl.sql, "label_for_charts": lvl.label}
            if lvl.null:
                entry["is_null_level"] = True
            else:
                m, u = lvl.m, lvl.u
                if old is not None:
                    m = float(old[i].get("m_probability", m))
                    u = float(old[i].get("u_probability", u))
                entry["m_probability"] = m
                entry["u_probability"] = u
                if lvl.fix:
                    entry["fix_m_probability"] = entry["fix_u_probability"] = True
                if lvl.tf is not None:
                    entry["tf_adjustment_column"] = lvl.tf
                    entry["tf_adjustment_weight"] = TF_WEIGHT
                    entry["tf_minimum_u_value"] = TF_MIN_U
            level_dicts.append(entry)
        out.append(
            {
                "output_column_name": name,
                "comparison_levels": level_dicts,
                "comparison_description": name.replace("_", " "),
            }
        )
    return out


class ModelError(Exception):
    """A model JSON that cannot be used (wrong shape, unreadable)."""


@dataclass(frozen=True)
class ModelSpec:
    """Everything that defines a run's scoring: settings for Splink plus our clustering threshold."""

    settings: dict[str, Any]
    threshold: float = DEFAULT_THRESHOLD
    trained: bool = False


#: Below this many records an input's own frequencies say nothing about a name's or a date's
#: rarity: in a file of 150 records every value is carried by at least 1/150 of them, more than
#: the average name (given names agree by chance 1 pair in 280), so every agreeing name would count
#: as a common one, and in a file of two records a shared name would count as evidence against.
#: Such an input is scored with the levels' own u, as it is trained (pipeline.U_MIN_RECORDS).
TF_MIN_RECORDS = 2_000
_TF_KEYS = ("tf_adjustment_column", "tf_adjustment_weight", "tf_minimum_u_value")


def _with_levels(
    settings: dict[str, Any], change: Callable[[dict[str, Any]], dict[str, Any]]
) -> dict[str, Any]:
    """The settings with `change` applied to every level of every comparison."""
    comparisons = [
        {**comparison, "comparison_levels": [change(level) for level in comparison["comparison_levels"]]}
        for comparison in settings["comparisons"]
    ]
    return {**settings, "comparisons": comparisons}


def without_term_frequencies(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings with every level's term-frequency adjustment removed."""
    return _with_levels(settings, lambda level: {k: v for k, v in level.items() if k not in _TF_KEYS})


def with_tf_floor(settings: dict[str, Any], floor: float) -> dict[str, Any]:
    """The settings with every term-frequency adjusted level's frequency floor set to `floor`."""
    return _with_levels(
        settings, lambda level: {**level, "tf_minimum_u_value": floor} if _TF_KEYS[0] in level else level
    )


def for_input_size(spec: ModelSpec, n_records: int) -> ModelSpec:
    """The spec for scoring an input of `n_records` records: without term frequencies on a small one,
    with the frequency floor of its size (`tf_floor`) on a larger one, whatever a reused model says."""
    if n_records >= TF_MIN_RECORDS:
        return replace(spec, settings=with_tf_floor(spec.settings, tf_floor(n_records)))
    return replace(spec, settings=without_term_frequencies(spec.settings))


def new_model(dialect: Dialect, prior: float = DEFAULT_PRIOR) -> ModelSpec:
    return ModelSpec(settings=settings_dict(dialect, None, prior))


def settings_dict(
    dialect: Dialect, trained: dict[str, list[dict[str, Any]]] | None, prior: float
) -> dict[str, Any]:
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "uid",
        "probability_two_random_records_match": prior,
        "comparisons": _comparison_dicts(dialect, trained),
        "blocking_rules_to_generate_predictions": [{"blocking_rule": rule} for rule in BLOCKING_RULES],
        "retain_matching_columns": False,
        "retain_intermediate_calculation_columns": False,
        "additional_columns_to_retain": [],
        "em_convergence": 0.001,
        "max_iterations": 20,
    }


def trained_levels(settings: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {c["output_column_name"]: c["comparison_levels"] for c in settings["comparisons"]}


def save_model(path: str | Path, settings: dict[str, Any], threshold: float, dialect: Dialect) -> None:
    doc = dict(settings)
    doc["jointdesk"] = {
        "format": MODEL_FORMAT,
        "dialect": dialect,
        "threshold": threshold,
        "note": "Splink settings; m/u per level were trained without labels on the input.",
    }
    Path(path).write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")


def load_model(path: str | Path, dialect: Dialect) -> ModelSpec:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        prior = float(doc["probability_two_random_records_match"])
        trained = trained_levels(doc)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: not a usable model JSON ({exc})") from exc
    meta = doc.get("jointdesk", {})
    if meta.get("format", MODEL_FORMAT) != MODEL_FORMAT:
        raise ModelError(
            f"{path}: model format {meta.get('format')} was written by another version of the engine,"
            f" whose comparisons differ (this version reads format {MODEL_FORMAT}); run without --model"
            " to train a new one"
        )
    threshold = float(meta.get("threshold", DEFAULT_THRESHOLD))
    if not (0.0 < prior < 1.0) or not (0.0 < threshold < 1.0):
        raise ModelError(f"{path}: probabilities must lie strictly between 0 and 1")
    return ModelSpec(settings=settings_dict(dialect, trained, prior), threshold=threshold, trained=True)


def clean_splink_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Drop our own key so the dict can be handed to Splink."""
    return {k: v for k, v in settings.items() if k != "jointdesk"}


def match_weight(prob: float) -> float:
    prob = min(max(prob, 1e-12), 1 - 1e-12)
    return math.log2(prob / (1 - prob))


#: A record that carries only a given name and a birth date ("Nasir, 2007-03-14") beside a record
#: with the same given name, the same date and a family name: on the benchmark data such pairs are
#: the same person 84% (C) to 91% (B) of the time when the date is not a declared 1 January one (2%
#: and 10% when it is), while the model, which counts the missing family name as no evidence, puts
#: them near 0.7. Such an edge may attach the given-name-only record from this many bits up (phase
#: 2 of clustering, one entity only, never past a rival): ONE_NAME_FLOOR_BITS = 0 is p = 0.5.
#: Likewise a record with only a family name and a date (83% on C, 94% on B): such a record, which
#: cannot tell twins apart, is weak in clustering too.
ONE_NAME_FLOOR_BITS = 0.0
ONE_NAME_SAME_DATE = (
    "(dob_l = dob_r AND substr(dob_txt_l, 5, 4) <> '" + DECLARED_DAY + "' AND ("
    "((f_fold_l IS NULL) <> (f_fold_r IS NULL) AND g_key_l = g_key_r)"
    " OR ((g_fold_l IS NULL) <> (g_fold_r IS NULL) AND f_key_l = f_key_r)))"
)


def above_threshold_sql(threshold: float) -> str:
    """A scored pair's match_weight at the clustering threshold (a hair under: see predict_floor)."""
    return f"match_weight >= {match_weight(threshold) - 0.01}"


def kept_edge_sql(threshold: float) -> str:
    """The scored pairs clustering reads: at the threshold, or a one-name record's same-date pair
    from ONE_NAME_FLOOR_BITS (over the *_l/*_r feature columns)."""
    return (
        f"({above_threshold_sql(threshold)} OR (match_weight >= {ONE_NAME_FLOOR_BITS - 0.01}"
        f" AND {ONE_NAME_SAME_DATE}))"
    )


def one_name_column_sql(threshold: float) -> str:
    """The `one_name` column of an edge, for clustering: kept below the threshold, as a one-name
    record's same-date pair (phase 2 only; the others are cut at the threshold there)."""
    return f"NOT ({above_threshold_sql(threshold)}) AS one_name"


def predict_floor(threshold: float) -> float:
    """Match weight below which a scored pair is not kept: a hair under the clustering threshold,
    or under ONE_NAME_FLOOR_BITS where that is lower, the only readers of the edges (weights are
    rounded to 6 places there, so the hair keeps a pair that rounds up onto the threshold)."""
    return min(match_weight(threshold), ONE_NAME_FLOOR_BITS) - 0.01


def level_labels(dialect: Dialect) -> dict[str, Sequence[str]]:
    return {name: [lvl.label for lvl in levels] for name, levels in comparison_levels(dialect).items()}
