"""The pipeline's fast paths agree with the identifiers module they shortcut."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date, timedelta

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.bg import egn
from stdnum.ro import cnp

from jointdesk.engines.linkage import features, identifiers
from jointdesk.engines.linkage.features import _tokens, fast_valid_id, fast_valid_phone, name_row, phone_value

from .linkage_data import reordered_in_duckdb

days = st.integers(0, 365 * 120).map(lambda d: date(1900, 1, 1) + timedelta(days=d))


@settings(max_examples=300, deadline=None)
@given(
    born=days,
    serial=st.integers(0, 999),
    county=st.integers(1, 52),
    typo=st.integers(-1, 12),
    nationality=st.sampled_from(["", "BG", "RO", "SY"]),
)
def test_fast_cnp_and_egn_agree_with_identifiers(
    born: date, serial: int, county: int, typo: int, nationality: str
) -> None:
    """Whatever the fast path decides, the identifiers module decides alike: a valid CNP, or a valid
    EGN (one in ten of which is also a valid LNCh, read as the EGN for a Bulgarian or unstated
    nationality and left to the identifiers module for a foreign one)."""
    first = ("1" if serial % 2 else "2") if born.year < 2000 else ("5" if serial % 2 else "6")
    body = f"{first}{born:%y%m%d}{county:02d}{serial:03d}"
    month = born.month + (40 if born.year >= 2000 else 0)
    ebody = f"{born:%y}{month:02d}{born:%d}{serial:03d}"
    for value in (body + cnp.calc_check_digit(body), ebody + egn.calc_check_digit(ebody)):
        if 0 <= typo < len(value):
            value = value[:typo] + str((int(value[typo]) + 3) % 10) + value[typo + 1 :]
        fast = fast_valid_id(value, nationality)
        slow = identifiers.parse_national_id(value, source="RO", nationality=nationality or None)
        if fast is not None:
            assert slow is not None and slow.valid
            assert fast == (slow.compact, slow.kind, True, slow.birth_date, slow.sex)


@settings(max_examples=600, deadline=None)
@given(
    nsn=st.from_regex(r"[0-9]{6,11}", fullmatch=True),
    cc=st.sampled_from(
        ["40", "359", "380", "963", "93", "90", "98", "92", "49", "39", "44", "1", "7", "373"]
    ),
    form=st.sampled_from(["+{cc}{n}", "00{cc} {n}", "0{n}", "{cc}{n}", "{n}", "+{cc} ({n}", "0{n}-1"]),
    source=st.sampled_from(["RO", "BG"]),
)
def test_fast_phone_agrees_with_identifiers(nsn: str, cc: str, form: str, source: str) -> None:
    """Whatever the fast path answers (a valid number of any country, or "?" and the digits), the
    full parse answers too: for the writing's canonical form ("00" read as "+")."""
    raw = form.format(cc=cc, n=nsn)
    compact = raw.replace(" ", "")
    fast = fast_valid_phone("+" + compact[2:] if compact.startswith("00") else compact, source)
    if fast is not None:
        writing = "+" + compact[2:] if compact.startswith("00") else raw
        assert fast == identifiers.normalise_phone(writing, default_region=source)
        assert phone_value(raw, source) == fast


def test_fast_phone_reads_the_other_country_and_foreign_numbers() -> None:
    """A Romanian mobile typed nationally into a Bulgarian record, a Syrian number with and without
    its "+", and a number valid nowhere, all answered without parsing, as parsing answers them."""
    cases = [("0723417530", "BG"), ("0888123456", "RO"), ("+963944567890", "RO"), ("963944567890", "BG")]
    cases += [("+963123", "RO"), ("0999999", "RO")]
    for raw, source in cases:
        fast = fast_valid_phone(raw, source)
        assert fast is not None, raw
        assert fast == identifiers.normalise_phone(raw, default_region=source)
    assert fast_valid_phone("0723417530", "BG") == "+40723417530"
    assert fast_valid_phone("+963123", "RO") == "?963123"
    assert fast_valid_phone("+390612345678", "RO") is None  # Italy keeps its leading 0: parsing decides


def test_arabic_articles_are_glued() -> None:
    assert _tokens("al hassan") == _tokens("alhassan") == ["alhassan"]
    assert _tokens("el hassan") == ["alhassan"]


def test_a_family_name_with_the_article_meets_one_without() -> None:
    """Al-Halabi, Alhalabi and Halabi are one family (the article is written or left out); the
    readings of a Latin name that merely starts with "al" gain nothing a real name carries."""
    with_article = set(name_row("Al-Halabi")[6])
    assert with_article == set(name_row("Alhalabi")[6])
    assert set(name_row("Halabi")[6]) <= with_article
    assert not set(name_row("Alexandrov")[6]) & set(name_row("Xandrov")[6])
    assert not set(name_row("Albu")[6]) & set(name_row("Bu")[6])  # too short to be an article
    assert set(name_row("Ali")[6]) <= set(name_row("Al Ali")[6])  # three letters are a name


def test_skeleton_sort_and_swap_keys() -> None:
    """Consonant skeletons meet across vowel spellings and Romanian names through Cyrillic; sorted
    letters meet across transpositions; the unordered rare key meets given/family swaps."""
    import duckdb
    import pyarrow as pa

    from jointdesk.engines.linkage.features import build_features

    rows = [
        ("1", "Fatemeh", "Ahmadi"),
        ("2", "Fatma", "Ahmadi"),
        ("3", "Dzheordzhiana", "Oprea"),
        ("4", "Georgiana", "Oprea"),
        ("5", "Maria", "Radu"),
        ("6", "Maria", "Rdau"),
        ("7", "Yavor", "Ivanov"),
        ("8", "Ivanov", "Yavor"),
    ]
    cols = ["record_id", "source", "given_name", "middle_name", "family_name", "birth_date", "sex"]
    cols += ["national_id", "document_number", "nationality", "phone", "vehicle_plate"]
    data: dict[str, list[object]] = {c: [] for c in cols}
    for rid, given_name, family in rows:
        for c in cols:
            data[c].append("")
        data["record_id"][-1], data["source"][-1] = rid, "RO"
        data["given_name"][-1], data["family_name"][-1] = given_name, family
    table = pa.table(data).set_column(5, "birth_date", pa.array([None] * len(rows), pa.date32()))
    con = duckdb.connect()
    build_features(con, table)
    got = {
        r[0]: r[1:] for r in con.execute("SELECT record_id, g_skel, f_sort, gf_set FROM features").fetchall()
    }
    assert got["1"][0] == got["2"][0]
    assert got["3"][0] == got["4"][0]
    assert got["5"][1] == got["6"][1]
    assert got["7"][2] is not None and got["7"][2] == got["8"][2]


def _work() -> dict[str, list[tuple[str, ...]]]:
    return {
        "names": [("Христо",), ("Hristo",), ("Ștefan",), ("Ştefan",), ("Al-Halabi",), ("Mohammed",), ("x",)],
        "ids": [
            ("1800101221144", "RO", "RO"),
            ("7501020018", "BG", "BG"),
            ("12345", "BG", ""),
            ("abc", "RO", ""),
        ],
        "phones": [
            ("0722 123 456", "RO"),
            ("+359 888 123 456", "BG"),
            ("00359888123456", "RO"),
            ("12", "BG"),
        ],
        "plates": [("СА 1234 ВХ",), ("B-12-ABC",)],
        "docs": [("N31198895",), ("O0I1",)],
    }


def _rows(tables: dict[str, pa.Table]) -> dict[str, list[dict[str, object]]]:
    return {kind: sorted(t.to_pylist(), key=repr) for kind, t in tables.items()}


def test_normalising_in_helper_processes_gives_the_same_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    work = _work()
    serial = features.normalise_all(work, processes=1)
    monkeypatch.setattr(features, "PARALLEL_MIN_VALUES", 0)
    shared = features.normalise_all(work, processes=3)
    assert _rows(shared) == _rows(serial)
    assert serial["ids"].num_rows == len(work["ids"])
    # the helpers did their share: a valid EGN decoded, a Cyrillic plate mapped
    assert {r["val"] for r in shared["plates"].to_pylist()} == {"CA1234BX", "B12ABC"}


@pytest.mark.parametrize(
    "interpreter",
    ["/bin/false", "/nonexistent/python"],  # exits at once reading nothing; cannot be started at all
)
def test_a_helper_that_fails_costs_nothing_but_time(
    monkeypatch: pytest.MonkeyPatch, interpreter: str
) -> None:
    work = _work()
    serial = features.normalise_all(work, processes=1)
    monkeypatch.setattr(features, "PARALLEL_MIN_VALUES", 0)
    monkeypatch.setattr(features.sys, "executable", interpreter)
    assert _rows(features.normalise_all(work, processes=2)) == _rows(serial)


def test_the_helper_program_normalises_its_share_itself() -> None:
    # normalise_all falls back silently when a helper fails, so the helper is run here on its own
    work = _work()
    done = subprocess.run(
        [sys.executable, "-c", features._NORMALISE_HELPER],
        input=pickle.dumps(work),
        capture_output=True,
        check=True,
    )
    rows = pickle.loads(done.stdout)  # noqa: S301 (our own helper's output)
    assert _rows({k: features.lookup_table(k, r) for k, r in rows.items()}) == _rows(
        features.normalise_all(work, processes=1)
    )


def _reordered_by_sets(left: list[str], right: list[str]) -> bool:
    """REORDERED as the docs state it: the smaller bag, two words at least, lies within the other."""
    small, large = sorted((set(left), set(right)), key=len)
    return len(small) >= 2 and small <= large


_BAGS = st.lists(
    st.sampled_from(["IVN", "PTRF", "ATNSF", "KRM", "AMRN", "SLM"]), max_size=4, unique=True
).map(sorted)


@settings(max_examples=300, deadline=None)
@given(left=_BAGS, right=_BAGS)
def test_the_reordered_level_is_the_subset_test_it_describes(left: list[str], right: list[str]) -> None:
    """The level's SQL (sizes compared first, then equality or a subset test) answers what the set
    definition answers for any two bags of distinct sorted name keys, including empty and one-word
    bags: "Atanasov Petkov | Veselin" meets "Veselin Atanasov Petkov", a lone shared word never."""
    assert reordered_in_duckdb(left, right) == _reordered_by_sets(left, right)


def test_record_ranks_follow_sql_order_by_record_id() -> None:
    """uid is a record's rank in record_id order, computed in Arrow; SQL's ORDER BY gives the same
    ranks, non-ASCII and digit-only ids included."""
    import duckdb

    ids = ["r10", "r9", "R1", "ä-1", "é", "Ж-7", "a b", "0042", "z"]
    ranks = features.record_ranks(pa.chunked_array([ids])).to_pylist()
    by_sql = dict(
        duckdb.sql(
            "SELECT id, row_number() OVER (ORDER BY id) FROM (SELECT unnest(?::VARCHAR[]) AS id)",
            params=[ids],
        ).fetchall()
    )
    assert ranks == [by_sql[i] for i in ids]
    assert sorted(ranks) == list(range(1, len(ids) + 1))


def test_an_egn_that_is_also_a_valid_lnch_is_read_as_the_identifiers_module_reads_it() -> None:
    """One valid EGN in ten also passes the LNCh check: the fast path reads it as the EGN for a
    Bulgarian or unstated nationality, as the identifiers module does, and leaves a foreigner's to
    that module, which reads an LNCh."""
    from stdnum.bg import pnf

    both = [
        value
        for serial in range(1000)
        if pnf.is_valid(value := (body := f"850612{serial:03d}") + egn.calc_check_digit(body))
    ]
    assert len(both) > 50
    for value in both:
        for nationality in ("", "BG"):
            slow = identifiers.parse_national_id(value, source="BG", nationality=nationality or None)
            assert slow is not None and slow.kind == "EGN" and slow.valid
            assert fast_valid_id(value, nationality) == (value, "EGN", True, date(1985, 6, 12), slow.sex)
        assert identifiers.parse_national_id(value, source="BG", nationality="SY").kind == "LNCH"  # type: ignore[union-attr]
        assert fast_valid_id(value, "SY") is None
