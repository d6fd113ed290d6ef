"""Input checking: every bad input names file, row and field; good input comes back typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jointdesk.engines.linkage.csvio import INPUT_COLUMNS, InputError, read_input, write_output

from .linkage_data import HANDCRAFTED, write_csv


def test_reads_handcrafted(tmp_path: Path) -> None:
    data = read_input(write_csv(tmp_path / "in.csv", HANDCRAFTED))
    assert data.table.num_rows == len(HANDCRAFTED)
    assert data.table.column("birth_date")[0].as_py() == dt.date(1975, 3, 14)
    assert data.table.column_names == list(INPUT_COLUMNS)


@pytest.mark.parametrize(
    ("row_patch", "field", "row"),
    [
        ({"record_id": "bg-hristo"}, "record_id", 2),
        ({"birth_date": "1975-02-30"}, "birth_date", 2),
        ({"birth_date": "14.03.1975"}, "birth_date", 2),
        ({"source": "GR"}, "source", 2),
        ({"record_id": ""}, "record_id", 2),
    ],
)
def test_bad_values_name_file_row_and_field(
    tmp_path: Path, row_patch: dict[str, str], field: str, row: int
) -> None:
    rows = [dict(zip(INPUT_COLUMNS, r, strict=True)) for r in HANDCRAFTED[:3]]
    rows[1] = {**rows[1], **row_patch}
    path = write_csv(tmp_path / "in.csv", rows)
    with pytest.raises(InputError) as err:
        read_input(path)
    assert err.value.row == row
    assert err.value.field == field
    assert str(path) in str(err.value) and f"row {row}" in str(err.value) and field in str(err.value)


@pytest.mark.parametrize(
    ("written", "why"),
    [("1983-02-29", "no such day in the calendar"), ("1983-2-28", "expected YYYY-MM-DD")],
)
def test_a_bad_date_says_whether_its_shape_or_its_day_is_wrong(
    tmp_path: Path, written: str, why: str
) -> None:
    """29 February of a year that is not a leap year has the right shape: the message says the day
    does not exist rather than asking for a format the clerk already used."""
    rows = [dict(zip(INPUT_COLUMNS, r, strict=True)) for r in HANDCRAFTED[:2]]
    rows[1] = {**rows[1], "birth_date": written}
    with pytest.raises(InputError, match=why):
        read_input(write_csv(tmp_path / "in.csv", rows))


def test_missing_column(tmp_path: Path) -> None:
    header = tuple(c for c in INPUT_COLUMNS if c != "phone")
    path = write_csv(tmp_path / "in.csv", [{"record_id": "1", "source": "RO"}], header=header)
    with pytest.raises(InputError, match="phone"):
        read_input(path)


def test_lowercase_source_and_odd_sex_are_accepted(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", [{"record_id": "1", "source": "ro", "sex": "x"}])
    table = read_input(path).table
    assert table.column("source")[0].as_py() == "RO"
    assert table.column("sex")[0].as_py() == ""


def test_write_output_is_atomic_and_complete(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    write_output(out, ["a", "b"], ["E-a", "E-a"])
    assert out.read_text(encoding="utf-8") == "record_id,entity_id\na,E-a\nb,E-a\n"
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize(
    ("written", "ok"), [("2000-02-29", True), ("1900-02-29", False), ("1975-04-31", False)]
)
def test_a_day_past_the_end_of_its_month_is_refused(tmp_path: Path, written: str, ok: bool) -> None:
    path = write_csv(tmp_path / "in.csv", [{"record_id": "1", "source": "RO", "birth_date": written}])
    if ok:
        assert read_input(path).table.column("birth_date")[0].as_py() == dt.date.fromisoformat(written)
    else:
        with pytest.raises(InputError, match="birth_date"):
            read_input(path)


def test_values_are_trimmed_of_any_space_also_unicode(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "in.csv",
        [
            {"record_id": " 1 ", "source": "RO", "given_name": "\u00a0Ion\u2009", "phone": "0722 123 456\t"},
            {"record_id": "2", "source": "BG ", "given_name": "Ivan", "family_name": "\u3000Petrov"},
        ],
    )
    table = read_input(path).table
    assert table.column("record_id").to_pylist() == ["1", "2"]
    assert table.column("given_name").to_pylist() == ["Ion", "Ivan"]
    assert table.column("family_name").to_pylist() == ["", "Petrov"]
    assert table.column("phone").to_pylist() == ["0722 123 456", ""]
    assert table.column("source").to_pylist() == ["RO", "BG"]
