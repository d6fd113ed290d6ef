"""Turn checked input rows into the comparison features the linkage model reads.

Normalisation is done once per distinct raw value (names repeat a lot, identifiers are cheap to
decode), in Python with the `names` and `identifiers` modules, and joined back in DuckDB. Every
feature is a plain column, so the same table feeds the DuckDB and the Spark backends.

Feature columns (NULL when unknown):
  uid          BIGINT, position of record_id in sorted order (row-order independent)
  g_fold/m_fold/f_fold   folded given / middle (patronymic) / family name, ASCII lowercase
  g_key        phonetic key of the first given name
  g_keys       phonetic keys of all given names (double names)
  m_key        phonetic key of the patronymic's stem (Petrov/Petrova collide)
  f_key        phonetic key of the first family name's stem
  f_keys       stem keys of all family names (hyphenated names)
  dob, dob_txt, yob      birth date (from the record, else decoded from a valid national id)
  sex          M/F (from the record, else decoded from a valid national id)
  nid, nid_kind, nid_valid   compact national id, CNP/EGN/LNCH/UNKNOWN, checksum and date check
  phone, doc, plate, nat     E.164 phone (or "?digits"), document key, canonical plate, nationality
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

import duckdb
import pyarrow as pa

from jointdesk.engines.linkage import identifiers, names

_SPLIT = re.compile(r"[\s\-]+")


def _tokens(folded: str) -> list[str]:
    return [tok for tok in _SPLIT.split(folded) if tok]


def _safe(func: Callable[[str], str], value: str) -> str:
    try:
        return func(value)
    except Exception:  # a normaliser must never stop a run: an odd value becomes weak evidence
        return ""


def name_row(raw: str) -> tuple[str | None, str | None, str | None, list[str], list[str]]:
    """fold, first given key, first stem key, all given keys, all stem keys of one name field."""
    folded = _safe(names.fold, raw)
    toks = _tokens(folded)
    if not toks:
        return None, None, None, [], []
    gkeys = [k for k in (_safe(names.name_key, t) for t in toks) if k]
    skeys = [k for k in (_safe(lambda t: names.name_key(names.surname_stem(t)), t) for t in toks) if k]
    return (folded, gkeys[0] if gkeys else None, skeys[0] if skeys else None,
            list(dict.fromkeys(gkeys)), list(dict.fromkeys(skeys)))


def _name_table(values: Iterable[str]) -> pa.Table:
    raw, fold, gkey, skey, gkeys, skeys = [], [], [], [], [], []
    for value in values:
        row = name_row(value)
        raw.append(value)
        fold.append(row[0])
        gkey.append(row[1])
        skey.append(row[2])
        gkeys.append(row[3] or None)
        skeys.append(row[4] or None)
    return pa.table({"raw": raw, "fold": fold, "gkey": gkey, "skey": skey, "gkeys": gkeys,
                     "skeys": skeys}, schema=pa.schema([
                         ("raw", pa.string()), ("fold", pa.string()), ("gkey", pa.string()),
                         ("skey", pa.string()), ("gkeys", pa.list_(pa.string())),
                         ("skeys", pa.list_(pa.string()))]))


def id_row(raw: str, source: str, nationality: str = "") -> tuple[str | None, str | None, bool, date | None, str | None]:
    """compact, kind, valid, birth date and sex (decoded from a valid id only) of one national id."""
    try:
        parsed = identifiers.parse_national_id(raw, source=source, nationality=nationality or None)
    except Exception:
        parsed = None
    if parsed is None:
        digits = re.sub(r"\s+", "", raw).upper()
        return (digits or None), "UNKNOWN", False, None, None
    if not parsed.valid:
        return (parsed.compact or None), str(parsed.kind), False, None, None
    sex = parsed.sex if parsed.sex in ("M", "F") else None
    return (parsed.compact or None), str(parsed.kind), True, parsed.birth_date, sex


def _id_table(rows: Iterable[tuple[str, str, str]]) -> pa.Table:
    cols: dict[str, list[object]] = {k: [] for k in ("raw", "source", "nat", "nid", "kind", "valid", "bd", "sex")}
    for raw, source, nat in rows:
        nid, kind, valid, bd, sex = id_row(raw, source, nat)
        for key, val in zip(cols, (raw, source, nat, nid, kind, valid, bd, sex), strict=True):
            cols[key].append(val)
    return pa.table(cols, schema=pa.schema([
        ("raw", pa.string()), ("source", pa.string()), ("nat", pa.string()), ("nid", pa.string()),
        ("kind", pa.string()),
        ("valid", pa.bool_()), ("bd", pa.date32()), ("sex", pa.string())]))


def phone_value(raw: str, source: str) -> str | None:
    try:
        value = identifiers.normalise_phone(raw, default_region=source)
    except Exception:
        value = None
    if value is None:
        digits = re.sub(r"\D", "", raw)
        return f"?{digits}" if digits else None
    return value or None


def _map_table(pairs: Iterable[tuple[str, str | None]]) -> pa.Table:
    raw, val = [], []
    for key, value in pairs:
        raw.append(key)
        val.append(value or None)
    return pa.table({"raw": raw, "val": val}, schema=pa.schema([("raw", pa.string()), ("val", pa.string())]))


def _distinct(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[str, ...]]:
    return [tuple(row) for row in con.execute(sql).fetchall()]


def build_features(con: duckdb.DuckDBPyConnection, table: pa.Table, target: str = "features") -> int:
    """Create table `target` from the checked input `table`; return the number of records."""
    con.register("jd_input_arrow", table)
    con.execute("CREATE OR REPLACE TEMP TABLE jd_input AS SELECT * FROM jd_input_arrow")
    con.unregister("jd_input_arrow")

    name_values = _distinct(con, """
        SELECT DISTINCT v FROM (SELECT given_name v FROM jd_input UNION ALL SELECT middle_name FROM jd_input
        UNION ALL SELECT family_name FROM jd_input) WHERE v <> ''""")
    con.register("jd_names_arrow", _name_table(v[0] for v in name_values))
    con.execute("CREATE OR REPLACE TEMP TABLE jd_names AS SELECT * FROM jd_names_arrow")
    con.unregister("jd_names_arrow")

    id_values = _distinct(
        con, "SELECT DISTINCT national_id, source, nationality FROM jd_input WHERE national_id <> ''"
    )
    con.register("jd_ids_arrow", _id_table((r[0], r[1], r[2]) for r in id_values))
    con.execute("CREATE OR REPLACE TEMP TABLE jd_ids AS SELECT * FROM jd_ids_arrow")
    con.unregister("jd_ids_arrow")

    phones = _distinct(con, "SELECT DISTINCT phone, source FROM jd_input WHERE phone <> ''")
    con.register("jd_phones_arrow", pa.table({
        "raw": [p[0] for p in phones], "source": [p[1] for p in phones],
        "val": [phone_value(p[0], p[1]) for p in phones]},
        schema=pa.schema([("raw", pa.string()), ("source", pa.string()), ("val", pa.string())])))
    con.execute("CREATE OR REPLACE TEMP TABLE jd_phones AS SELECT * FROM jd_phones_arrow")
    con.unregister("jd_phones_arrow")

    plates = _distinct(con, "SELECT DISTINCT vehicle_plate FROM jd_input WHERE vehicle_plate <> ''")
    con.register("jd_plates_arrow", _map_table((p[0], _safe(identifiers.canonical_plate, p[0])) for p in plates))
    con.execute("CREATE OR REPLACE TEMP TABLE jd_plates AS SELECT * FROM jd_plates_arrow")
    con.unregister("jd_plates_arrow")

    docs = _distinct(con, "SELECT DISTINCT document_number FROM jd_input WHERE document_number <> ''")
    con.register("jd_docs_arrow", _map_table((d[0], _safe(identifiers.document_key, d[0])) for d in docs))
    con.execute("CREATE OR REPLACE TEMP TABLE jd_docs AS SELECT * FROM jd_docs_arrow")
    con.unregister("jd_docs_arrow")

    con.execute(f"""
        CREATE OR REPLACE TABLE {target} AS
        SELECT
            row_number() OVER (ORDER BY i.record_id) AS uid,
            i.record_id, i.source,
            g.fold AS g_fold, g.gkey AS g_key, g.gkeys AS g_keys,
            m.fold AS m_fold, m.skey AS m_key,
            f.fold AS f_fold, f.skey AS f_key, f.skeys AS f_keys,
            coalesce(i.birth_date, d.bd) AS dob,
            strftime(coalesce(i.birth_date, d.bd), '%Y%m%d') AS dob_txt,
            year(coalesce(i.birth_date, d.bd)) AS yob,
            coalesce(nullif(i.sex, ''), d.sex) AS sex,
            d.nid, d.kind AS nid_kind,
            coalesce(d.valid AND (i.birth_date IS NULL OR d.bd IS NULL OR d.bd = i.birth_date), false)
                AS nid_valid,
            nullif(ph.val, '') AS phone,
            nullif(dc.val, '') AS doc,
            nullif(pl.val, '') AS plate,
            nullif(upper(i.nationality), '') AS nat
        FROM jd_input i
        LEFT JOIN jd_names g ON g.raw = i.given_name
        LEFT JOIN jd_names m ON m.raw = i.middle_name
        LEFT JOIN jd_names f ON f.raw = i.family_name
        LEFT JOIN jd_ids d ON d.raw = i.national_id AND d.source = i.source AND d.nat = i.nationality
        LEFT JOIN jd_phones ph ON ph.raw = i.phone AND ph.source = i.source
        LEFT JOIN jd_docs dc ON dc.raw = i.document_number
        LEFT JOIN jd_plates pl ON pl.raw = i.vehicle_plate
        ORDER BY uid
    """)
    for name in ("jd_names", "jd_ids", "jd_phones", "jd_plates", "jd_docs"):
        con.execute(f"DROP TABLE IF EXISTS {name}")
    count = con.execute(f"SELECT count(*) FROM {target}").fetchall()[0]
    return int(count[0]) if count else 0
