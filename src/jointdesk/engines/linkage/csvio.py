"""Reading and checking the `jointdesk resolve` input file, and writing its output.

The input is read with pyarrow (multi-threaded, every column as text) and checked with vectorised
kernels, so a million rows are validated in a second or two. Every problem names the file, the data
row (1 = first row after the header) and the field, and is raised before anything is written.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

INPUT_COLUMNS: tuple[str, ...] = (
    "record_id",
    "source",
    "given_name",
    "middle_name",
    "family_name",
    "birth_date",
    "sex",
    "national_id",
    "document_number",
    "nationality",
    "phone",
    "vehicle_plate",
)
SOURCES = ("RO", "BG")
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


class InputError(Exception):
    """Bad input: says which file, row and field are wrong so the sender can fix them."""

    def __init__(
        self, path: str | os.PathLike[str], message: str, *, row: int | None = None, field: str | None = None
    ) -> None:
        self.path = str(path)
        self.row = row
        self.field = field
        where = self.path
        if row is not None:
            where += f", row {row} (line {row + 1})"
        if field is not None:
            where += f", field {field!r}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class InputTable:
    """A checked input: all twelve columns as non-null strings ('' when empty), birth_date as date32."""

    path: str
    table: pa.Table


def read_input(path: str | os.PathLike[str]) -> InputTable:
    """Read and check INPUT.csv; raise InputError on the first problem found."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "file not found")
    table = _read_csv_text(path)
    missing = [name for name in INPUT_COLUMNS if name not in table.column_names]
    if missing:
        raise InputError(
            path, f"missing column(s) {', '.join(missing)} in the header", row=0, field=missing[0]
        )
    columns = {name: _trimmed(table[name]) for name in INPUT_COLUMNS}
    _check_record_ids(path, columns["record_id"])
    _check_sources(path, columns["source"])
    columns["source"] = pc.utf8_upper(columns["source"])
    birth = _check_birth_dates(path, columns["birth_date"])
    columns["sex"] = _normalise_sex(columns["sex"])
    arrays = [columns[name] if name != "birth_date" else birth for name in INPUT_COLUMNS]
    return InputTable(path=str(path), table=pa.table(arrays, names=list(INPUT_COLUMNS)))


def _read_csv_text(path: Path) -> pa.Table:
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), None)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if not header:
        raise InputError(path, "empty file: a header row is required", row=0)
    names = [name.strip().lstrip("\ufeff") for name in header]
    if len(set(names)) != len(names):
        dup = next(name for name in names if names.count(name) > 1)
        raise InputError(path, "column named twice in the header", row=0, field=dup)
    try:
        return pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.string() for name in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except pa.ArrowInvalid as exc:
        raise InputError(path, f"cannot parse CSV: {exc}") from exc


#: Any character Arrow's utf8_trim_whitespace could remove, at either end of a value (a superset:
#: ASCII controls 9-13 and 28-31, space, NEL, and every Unicode separator).
_EDGE_SPACE = r"^[\x{09}-\x{0D}\x{1C}-\x{20}\x{85}\p{Z}]|[\x{09}-\x{0D}\x{1C}-\x{20}\x{85}\p{Z}]$"


def _trimmed(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Nulls as empty strings, whitespace trimmed at both ends. Unicode trimming is slow (a million
    rows, twelve columns: 2 s), so a column is trimmed only when some value starts or ends with a
    space."""
    if column.null_count:  # the reader keeps empty strings, but a null must never reach the checks
        column = pc.fill_null(column, "")
    if not pc.any(pc.match_substring_regex(column, _EDGE_SPACE)).as_py():
        return column
    return pc.utf8_trim_whitespace(column)


def _first_index(mask: pa.ChunkedArray | pa.Array) -> int | None:
    indices = pc.indices_nonzero(mask)
    return int(indices[0].as_py()) if len(indices) else None


def _check_record_ids(path: Path, ids: pa.ChunkedArray) -> None:
    bad = _first_index(pc.equal(ids, ""))
    if bad is not None:
        raise InputError(path, "record_id is empty", row=bad + 1, field="record_id")
    unique = pc.unique(ids)
    if len(unique) != len(ids):
        counts = pc.value_counts(ids)
        dup_values = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))
        mask = pc.is_in(ids, value_set=dup_values)
        positions = pc.indices_nonzero(mask).to_pylist()
        seen: dict[str, int] = {}
        for pos in positions:
            value = ids[pos].as_py()
            if value in seen:
                raise InputError(
                    path,
                    f"duplicate record_id {value!r} (first seen on row {seen[value]})",
                    row=pos + 1,
                    field="record_id",
                )
            seen[value] = pos + 1


def _check_sources(path: Path, sources: pa.ChunkedArray) -> None:
    ok = pc.is_in(pc.utf8_upper(sources), value_set=pa.array(SOURCES))
    bad = _first_index(pc.invert(ok))
    if bad is not None:
        value = sources[bad].as_py()
        raise InputError(path, f"unknown source {value!r}: expected RO or BG", row=bad + 1, field="source")


def _check_birth_dates(path: Path, text: pa.ChunkedArray) -> pa.ChunkedArray:
    present = pc.not_equal(text, "")
    shaped = pc.match_substring_regex(text, DATE_PATTERN)
    well_formed = pc.if_else(shaped, text, None)
    parsed = pc.strptime(well_formed, format="%Y-%m-%d", unit="s", error_is_null=True)
    # strptime rolls 1975-02-30 over to 2 March: a date is good only if its day survives (a day past
    # the end of its month always comes back as another day). Cheaper than printing every date back.
    written_day = pc.cast(pc.utf8_slice_codeunits(well_formed, 8, 10), pa.int64())
    day_kept = pc.equal(pc.day(parsed), written_day)
    bad = _first_index(pc.and_(present, pc.invert(pc.fill_null(day_kept, False))))
    if bad is not None:
        value = text[bad].as_py()
        why = "no such day in the calendar" if shaped[bad].as_py() else "expected YYYY-MM-DD"
        raise InputError(path, f"unparseable date {value!r}: {why}", row=bad + 1, field="birth_date")
    return pc.cast(parsed, pa.date32())


def _normalise_sex(sex: pa.ChunkedArray) -> pa.ChunkedArray:
    upper = pc.utf8_upper(sex)
    known = pc.is_in(upper, value_set=pa.array(["M", "F"]))
    return pc.if_else(known, upper, "")


def check_output_location(path: str | os.PathLike[str]) -> None:
    """Refuse an OUTPUT.csv that could not be written, before any work is done: a missing or
    unwritable directory, or a directory where the file should be. Resolving a million records takes
    a minute; finding out only then that the output cannot be written would waste it. What it asks
    is what write_output needs: a file of its own in the directory, renamed over the target (so an
    existing read-only OUTPUT.csv is replaced, as `mv` would)."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise InputError(path, "is a directory, not a file to write")
    if not folder.is_dir():
        raise InputError(path, f"cannot be written: directory {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(path, f"cannot be written: no permission to write in {str(folder)!r}")


def write_output(path: str | os.PathLike[str], record_ids: list[str], entity_ids: list[str]) -> None:
    """Write OUTPUT.csv atomically: a partial file never appears under the final name."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.partial")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["record_id", "entity_id"])
        writer.writerows(zip(record_ids, entity_ids, strict=True))
    os.replace(tmp, target)
