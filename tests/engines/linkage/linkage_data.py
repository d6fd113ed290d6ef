"""Shared test data for the linkage pipeline tests: the handcrafted examples and CSV helpers."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from typing import Any

from jointdesk.engines.linkage.csvio import INPUT_COLUMNS

ROOT = Path(__file__).resolve().parents[3]

# record_id, source, given, middle, family, birth_date, sex, national_id, document, nationality, phone, plate
HANDCRAFTED = [
    (
        "bg-hristo",
        "BG",
        "Христо",
        "Желязков",
        "Петров",
        "1975-03-14",
        "M",
        "7503146427",
        "",
        "BG",
        "0888 123 456",
        "СА 1234 ВХ",
    ),
    (
        "ro-hristo",
        "RO",
        "Hristo",
        "",
        "Jeliazkov",
        "1975-03-14",
        "M",
        "",
        "",
        "BG",
        "+359 888 123 456",
        "CA1234BX",
    ),
    ("ro-khristo", "RO", "Khristo", "", "Zheliazkov", "1975-03-14", "M", "", "", "BG", "", "CA-1234-BX"),
    ("bg-ivan-1", "BG", "Иван", "Петров", "Иванов", "1980-01-01", "M", "8001010008", "", "BG", "", ""),
    ("bg-ivan-2", "BG", "Иван", "Георгиев", "Иванов", "1980-05-05", "M", "8005050009", "", "BG", "", ""),
    ("ro-ivan-2", "RO", "Ivan", "", "Ivanov", "1980-05-05", "M", "8005050009", "", "BG", "", ""),
    (
        "ro-stefan",
        "RO",
        "Ștefan",
        "",
        "Nițu",
        "1990-06-15",
        "M",
        "1900615123451",
        "",
        "RO",
        "0721 234 567",
        "",
    ),
    ("ro-stefan-plain", "RO", "Stefan", "", "Nitu", "1990-06-15", "M", "", "", "RO", "", ""),
    ("bg-stefan-cedilla", "BG", "Ştefan", "", "Niţu", "1990-06-15", "M", "", "", "RO", "+40721234567", ""),
    ("ro-mohammed", "RO", "Mohammed", "", "Al-Hassan", "1988-02-02", "M", "", "N1234567", "SY", "", ""),
    ("bg-muhammad", "BG", "Muhammad", "", "Alhassan", "1988-02-02", "M", "", "N1234567", "SY", "", ""),
    ("bg-twin-maria", "BG", "Мария", "Иванова", "Петрова", "1985-07-07", "F", "", "", "BG", "", ""),
    ("bg-twin-elena", "BG", "Елена", "Иванова", "Петрова", "1985-07-07", "F", "", "", "BG", "", ""),
    (
        "bg-father",
        "BG",
        "Георги",
        "Петров",
        "Стоянов",
        "1950-01-01",
        "M",
        "5001010044",
        "",
        "BG",
        "",
        "СА 5555 КК",
    ),
    (
        "bg-son",
        "BG",
        "Петър",
        "Георгиев",
        "Стоянов",
        "1978-03-03",
        "M",
        "7803030021",
        "",
        "BG",
        "",
        "СА 5555 КК",
    ),
]

EXPECTED = [
    {"bg-hristo", "ro-hristo", "ro-khristo"},
    {"bg-ivan-1"},
    {"bg-ivan-2", "ro-ivan-2"},
    {"ro-stefan", "ro-stefan-plain", "bg-stefan-cedilla"},
    {"ro-mohammed", "bg-muhammad"},
    {"bg-twin-maria"},
    {"bg-twin-elena"},
    {"bg-father"},
    {"bg-son"},
]


def write_csv(
    path: Path, rows: list[tuple[str, ...]] | list[dict[str, str]], header: tuple[str, ...] = INPUT_COLUMNS
) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(c, "") for c in header] if isinstance(row, dict) else row)
    return path


def read_output(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["record_id"]: row["entity_id"] for row in csv.DictReader(fh)}


def tf_floors(settings: dict[str, Any]) -> dict[str, float]:
    """The frequency floor of every term-frequency adjusted level of Splink settings, by its column."""
    return {
        level["tf_adjustment_column"]: level["tf_minimum_u_value"]
        for comparison in settings["comparisons"]
        for level in comparison["comparison_levels"]
        if "tf_adjustment_column" in level
    }


def partition(assignment: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for rid, entity in assignment.items():
        groups.setdefault(entity, set()).add(rid)
    return {frozenset(g) for g in groups.values()}


def generator():  # type: ignore[no-untyped-def]
    """The benchmark generator module (benchmarks/linkage/generate.py)."""
    name = "jointdesk_bench_linkage_generate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "linkage" / "generate.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def generated_rows(n: int, seed: int = 5, style: str = "mixed") -> list[dict[str, str]]:
    records, _truth = generator().generate(n, seed, style)
    return records


def reordered_level_sql(dialect: str) -> str:
    """The SQL of the given-name level "the same names in another order" in one dialect."""
    from jointdesk.engines.linkage.model import REORDERED, comparison_levels

    return next(lvl.sql for lvl in comparison_levels(dialect)["given_name"] if lvl.label == REORDERED)


def reordered_in_duckdb(left: list[str], right: list[str]) -> bool | None:
    """That level's answer, in DuckDB, for two bags of name keys (n_bag_l, n_bag_r); None if NULL."""
    import duckdb

    answer: bool | None = duckdb.sql(
        f"SELECT {reordered_level_sql('duckdb')} FROM (SELECT ?::VARCHAR[] AS n_bag_l, ?::VARCHAR[] AS n_bag_r)",  # noqa: S608 (the model's own SQL)
        params=[left, right],
    ).fetchall()[0][0]
    return answer
