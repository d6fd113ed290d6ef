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
