"""How many missed pairs could any engine still find? Missed true pairs by namesake count.

For every true pair that an output of `jointdesk resolve` splits, reports whether both records are
dated, one or both undated, whether the undated record carries no identifier at all, and how many
people in the file carry the undated record's given key and family key (k): with k >= 3 and no
identifier, no field in the record tells its person from the namesakes, so such pairs are the
ceiling of recall on that data. Rows are split by cross-border (one record from each source).

Usage: python benchmarks/linkage/ceiling.py INPUT.csv TRUTH.csv OUTPUT.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from jointdesk.engines.linkage.csvio import read_input
from jointdesk.engines.linkage.features import build_features


def main(inp: str, truth: str, out: str) -> None:
    con = duckdb.connect()
    build_features(con, read_input(inp).table)
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, all_varchar=true)", [truth])
    con.execute("CREATE TABLE o AS SELECT * FROM read_csv(?, all_varchar=true)", [out])
    con.execute("""
        CREATE TABLE r AS SELECT f.uid, f.source, f.g_key, f.f_key, f.dob IS NULL AS nodob,
            (f.nid IS NULL AND f.doc IS NULL AND f.phone IS NULL AND f.plate IS NULL) AS noids,
            t.person_id, o.entity_id
        FROM features f JOIN t USING (record_id) JOIN o USING (record_id)""")
    con.execute("CREATE TABLE k AS SELECT g_key, f_key, count(DISTINCT person_id) AS k FROM r GROUP BY ALL")
    con.execute("""
        CREATE TABLE fn AS SELECT a.source <> b.source AS x, a.nodob AS na, b.nodob AS nb,
            a.noids AS ia, b.noids AS ib, ka.k AS ka, kb.k AS kb
        FROM r a JOIN r b ON a.person_id = b.person_id AND a.uid < b.uid AND a.entity_id <> b.entity_id
        LEFT JOIN k ka ON ka.g_key IS NOT DISTINCT FROM a.g_key AND ka.f_key IS NOT DISTINCT FROM a.f_key
        LEFT JOIN k kb ON kb.g_key IS NOT DISTINCT FROM b.g_key AND kb.f_key IS NOT DISTINCT FROM b.f_key""")
    rows = con.sql("""
        WITH c AS (SELECT x,
            CASE WHEN na AND nb THEN 'both undated' WHEN na OR nb THEN 'one undated' ELSE 'dated' END AS dates,
            (na AND ia) OR (nb AND ib) AS undated_without_id,
            least(CASE WHEN na THEN ka END, CASE WHEN nb THEN kb END) AS k FROM fn)
        SELECT CASE WHEN x THEN 'cross-border' ELSE 'same country' END, dates,
            CASE WHEN undated_without_id THEN 'no identifier' ELSE '' END,
            CASE WHEN k IS NULL THEN '-' WHEN k >= 3 THEN 'k>=3' ELSE 'k=' || k END, count(*) AS n
        FROM c GROUP BY ALL ORDER BY n DESC""").fetchall()
    print(f"{'pair':<14} {'dates':<13} {'undated record':<15} {'namesakes':<10} {'missed pairs':>12}")
    for pair, dates, noid, k, n in rows:
        print(f"{pair:<14} {dates:<13} {noid:<15} {k:<10} {n:>12,}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:4])
