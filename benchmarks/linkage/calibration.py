"""Is the model's match probability right? Calibration by field pattern on a generated input.

Scores every blocked pair of INPUT with the trained model (or MODEL.json) down to p = 1/65, joins the
truth, and prints, per pattern of fields (birth dates equal / declared 1 January / different /
missing on one or both sides; a family or given name missing; an identifier present on both sides)
and per probability band, the number of pairs and the share that are truly one person. A band whose
share is far below its probabilities is over-confident (undated pairs are: their names are counted
as independent given- and family-name frequencies); one far above is under-confident (a record with
only one name on the same exact date: see model.ONE_NAME_SAME_DATE).

Usage: python benchmarks/linkage/calibration.py INPUT.csv TRUTH.csv [MODEL.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from jointdesk.engines.linkage.csvio import read_input  # noqa: E402
from jointdesk.engines.linkage.features import build_features  # noqa: E402
from jointdesk.engines.linkage.pipeline import duckdb_session, predict_blocked, prepare_model, train  # noqa: E402

QUERY = """
WITH p AS (
  SELECT s.match_weight AS w, tl.person_id = tr.person_id AS m,
    CASE WHEN l.dob IS NULL AND r.dob IS NULL THEN 'undated both' WHEN l.dob IS NULL OR r.dob IS NULL
         THEN 'undated one' WHEN l.dob = r.dob AND substr(l.dob_txt, 5, 4) = '0101' THEN 'declared ='
         WHEN l.dob = r.dob THEN 'date =' ELSE 'dates differ' END AS dates,
    CASE WHEN l.f_fold IS NULL OR r.f_fold IS NULL THEN 'family missing' ELSE '' END AS family,
    CASE WHEN l.g_fold IS NULL OR r.g_fold IS NULL THEN 'given missing' ELSE '' END AS given,
    CASE WHEN (l.nid IS NOT NULL AND r.nid IS NOT NULL) OR (l.doc IS NOT NULL AND r.doc IS NOT NULL)
              OR (l.phone IS NOT NULL AND r.phone IS NOT NULL) THEN 'ids both' ELSE '' END AS ids
  FROM {scored} s JOIN features l ON l.uid = s.uid_l JOIN features r ON r.uid = s.uid_r
  JOIN jd_truth tl ON tl.record_id = l.record_id JOIN jd_truth tr ON tr.record_id = r.record_id)
SELECT dates, family, given, ids,
  CASE WHEN w < 0 THEN 'p < 0.5' WHEN w < 1.58 THEN '0.5-0.75' WHEN w < 3.17 THEN '0.75-0.9'
       WHEN w < 5 THEN '0.9-0.97' ELSE '> 0.97' END AS band,
  count(*) AS pairs, round(avg(m::INT), 3) AS same_person
FROM p GROUP BY ALL HAVING count(*) >= 200 ORDER BY dates, family, given, ids, min(w)
"""


def main() -> int:
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    data = read_input(sys.argv[1])
    spec = prepare_model(sys.argv[3] if len(sys.argv) == 4 else None, "duckdb")
    with duckdb_session() as con:
        n = build_features(con, data.table)
        if not spec.trained:
            spec = train(con, spec, n)
        scored = predict_blocked(con, spec.settings, -6.0).physical_name
        con.execute(
            "CREATE TEMP TABLE jd_truth AS SELECT record_id, person_id FROM read_csv(?, all_varchar = true)",
            [sys.argv[2]],
        )
        print("dates\tfamily\tgiven\tids\tband\tpairs\tsame person")
        for row in con.execute(QUERY.format(scored=scored)).fetchall():
            print(*row, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
