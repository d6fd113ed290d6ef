"""Where do the linkage errors come from? False negatives and false positives by category.

Reads a generated input, its truth and an output of `jointdesk resolve` (with the model JSON written
next to it), rebuilds the engine's features and, for every missed true pair (FN) and every wrongly
linked pair (FP), reports:
  - whether any blocking rule reaches the pair (blocking recall is printed separately),
  - the pair's match probability under the saved model (recomputed in SQL from the m/u values),
    so a missed pair is "not blocked", "scored below the threshold" or "refused by clustering",
  - a category from which fields are present on both sides and agree (dob, valid id, names).

Usage: python benchmarks/linkage/analyse_errors.py INPUT.csv TRUTH.csv OUTPUT.csv [--examples 15] [--top 25]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

import pyarrow as pa  # noqa: E402

from jointdesk.engines.linkage.csvio import read_input  # noqa: E402
from jointdesk.engines.linkage.features import build_features  # noqa: E402
from jointdesk.engines.linkage.model import (  # noqa: E402
    BLOCKING_RULES,
    TF_MIN_U,
    TF_WEIGHT,
    comparison_levels,
)
from jointdesk.engines.linkage.pipeline import duckdb_session, pair_columns_sql  # noqa: E402


def _groups(path: str, key: str, value: str) -> dict[str, list[str]]:
    by: dict[str, list[str]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            by[row[value]].append(row[key])
    return by


def _pairs(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for members in groups.values():
        for a, b in combinations(sorted(members), 2):
            out.add((a, b))
    return out


def _weight_sql(model: dict[str, object]) -> str:
    """SUM of log2 Bayes factors over comparisons, as SQL on a table with *_l/*_r columns."""
    trained = {c["output_column_name"]: c["comparison_levels"] for c in model["comparisons"]}  # type: ignore[index]
    parts = []
    for name, levels in comparison_levels("duckdb").items():
        whens = []
        for lvl, stored in zip(levels, trained[name], strict=True):
            if lvl.null:
                whens.append(f"WHEN {lvl.sql} THEN 0.0")
                continue
            m = float(stored.get("m_probability", lvl.m))
            u = float(stored.get("u_probability", lvl.u))
            bf = math.log2(max(m, 1e-12) / max(u, 1e-12))
            if lvl.tf:  # Splink's term-frequency adjustment of an exact-match level
                floor = float(stored.get("tf_minimum_u_value", TF_MIN_U))  # the run's own (model.tf_floor)
                tf = f"greatest(tf_{lvl.tf}_l, tf_{lvl.tf}_r, {floor})"
                bf_sql = f"{bf} + {TF_WEIGHT} * ({math.log2(max(u, 1e-12))} - log2({tf}))"
                whens.append(f"WHEN {lvl.sql} THEN {bf_sql}")
                continue
            whens.append(f"WHEN {lvl.sql} THEN {bf}" if lvl.sql != "ELSE" else f"ELSE {bf}")
        parts.append("(CASE " + " ".join(whens) + " END)")
    return " + ".join(parts)


def _category(row: dict[str, object]) -> str:
    def both(col: str) -> bool:
        return row[f"{col}_l"] is not None and row[f"{col}_r"] is not None

    def eq(col: str) -> bool:
        return both(col) and row[f"{col}_l"] == row[f"{col}_r"]

    bits = []
    if both("nid"):
        bits.append("id=" if eq("nid") else "id!=")
    if both("dob"):
        bits.append("dob=" if eq("dob") else "dob!=")
    else:
        bits.append("nodob")
    bits.append("g=" if eq("g_fold") else "gk=" if eq("g_key") else "g!=" if both("g_fold") else "g?")
    bits.append("f=" if eq("f_fold") else "fk=" if eq("f_key") else "f!=" if both("f_fold") else "f?")
    for col in ("phone", "doc", "plate"):
        if eq(col):
            bits.append(f"{col}=")
    if row["source_l"] != row["source_r"]:
        bits.append("X")
    return " ".join(bits)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("truth")
    ap.add_argument("output")
    ap.add_argument("--examples", type=int, default=15)
    ap.add_argument("--top", type=int, default=25, help="how many categories to list")
    ap.add_argument("--model", help="model JSON (default: OUTPUT.model.json)")
    ap.add_argument(
        "--levels", help="also count TP/FN/FP pairs above the threshold by this comparison's level"
    )
    ap.add_argument("--only", help="examples only from this 'why | fields' category (substring)")
    ap.add_argument(
        "--dump",
        help="also write the FN/FP/TP pairs with both records' features and weight to this Parquet file",
    )
    args = ap.parse_args()
    out = Path(args.output)
    model_path = (
        Path(args.model) if args.model else out.with_name(f"{out.name.removesuffix('.csv')}.model.json")
    )
    model = json.loads(model_path.read_text(encoding="utf-8"))
    threshold = float(model.get("jointdesk", {}).get("threshold", 0.9))
    prior = float(model["probability_two_random_records_match"])
    prior_w = math.log2(prior / (1 - prior))

    true_pairs = _pairs(_groups(args.truth, "record_id", "person_id"))
    pred_pairs = _pairs(_groups(args.output, "record_id", "entity_id"))
    fn, fp = true_pairs - pred_pairs, pred_pairs - true_pairs
    print(f"true pairs {len(true_pairs)}, predicted {len(pred_pairs)}, FN {len(fn)}, FP {len(fp)}")

    data = read_input(args.input)
    with duckdb_session() as con:
        build_features(con, data.table)
        tf_cols = sorted(
            {lvl.tf for levels in comparison_levels("duckdb").values() for lvl in levels if lvl.tf}
        )
        for col in tf_cols:
            con.execute(f"""
                CREATE OR REPLACE TABLE features AS
                SELECT f.*, t.tf AS tf_{col} FROM features f LEFT JOIN (
                    SELECT {col} AS v, count(*) / sum(count(*)) OVER () AS tf FROM features
                    WHERE {col} IS NOT NULL GROUP BY {col}) t ON t.v = f.{col}""")
        feature_cols = [r[0] for r in con.execute("DESCRIBE features").fetchall() if r[0] != "uid"]
        rows = [(a, b, "TP") for a, b in true_pairs & pred_pairs]
        rows += [(a, b, "FN") for a, b in fn] + [(a, b, "FP") for a, b in fp]
        con.register(
            "jd_pairs_arrow",
            pa.table({"a": [r[0] for r in rows], "b": [r[1] for r in rows], "kind": [r[2] for r in rows]}),
        )
        sel = pair_columns_sql(feature_cols)
        blocked = " OR ".join(f"coalesce(({rule}), false)" for rule in BLOCKING_RULES)
        con.execute(f"""
            CREATE TEMP TABLE jd_pairs AS
            SELECT p.kind, {sel}, ({blocked}) AS blocked
            FROM jd_pairs_arrow p JOIN features l ON l.record_id = p.a JOIN features r ON r.record_id = p.b
        """)
        con.execute(
            f"CREATE TEMP TABLE jd_scored AS SELECT *, {prior_w} + ({_weight_sql(model)}) AS w FROM jd_pairs"
        )
        if args.dump:
            con.execute(f"COPY jd_scored TO '{args.dump}' (FORMAT parquet)")
        cur = con.execute("SELECT * FROM jd_scored")
        names = [d[0] for d in cur.description]
        scored = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    if args.levels:
        levels = comparison_levels("duckdb")[args.levels]
        case = " ".join(
            f"WHEN {lvl.sql} THEN '{lvl.label}'" if lvl.sql != "ELSE" else f"ELSE '{lvl.label}'"
            for lvl in levels
        )
        with duckdb_session() as con2:
            con2.register("jd_rows", pa.Table.from_pylist(scored))
            thr_w = math.log2(threshold / (1 - threshold))
            for row in con2.execute(
                f"SELECT kind, CASE {case} END AS lvl, count(*) FROM jd_rows WHERE w >= {thr_w} AND blocked "
                "GROUP BY ALL ORDER BY lvl, kind"
            ).fetchall():
                print(f"   {args.levels}: {row[1]:50s} {row[0]} {row[2]}")
    n_true = sum(1 for r in scored if r["kind"] != "FP")
    n_blocked = sum(1 for r in scored if r["kind"] != "FP" and r["blocked"])
    n_x = sum(1 for r in scored if r["kind"] != "FP" and r["source_l"] != r["source_r"])
    n_xb = sum(1 for r in scored if r["kind"] != "FP" and r["source_l"] != r["source_r"] and r["blocked"])
    print(f"blocking recall {n_blocked / n_true:.4f} (cross-border {n_xb / max(n_x, 1):.4f})")

    def prob(w: float) -> float:
        return 1 / (1 + 2 ** (-w))

    for kind in ("FN", "FP"):
        sub = [r for r in scored if r["kind"] == kind]
        print(f"\n== {kind}: {len(sub)} pairs")
        why: Counter[str] = Counter()
        for r in sub:
            if not r["blocked"]:
                r["why"] = "not blocked"
            elif prob(r["w"]) < threshold:
                r["why"] = "below threshold"
            else:
                r["why"] = "above threshold (clustering)"
            why[r["why"]] += 1
        for k, v in why.most_common():
            print(f"   {v:6d}  {k}")
        cats: Counter[tuple[str, str]] = Counter((r["why"], _category(r)) for r in sub)
        print("   by category (why | fields):")
        for (w, c), v in cats.most_common(args.top):
            print(f"   {v:6d}  {w:28s} | {c}")
        print("   examples:")
        picked = [r for r in sub if not args.only or args.only in f"{r['why']} | {_category(r)}"]
        for r in sorted(picked, key=lambda r: (r["why"], -r["w"]))[: args.examples]:
            print(
                f"   [{r['why'][:12]:12s} w={r['w']:6.1f}] {r['record_id_l']}: {r['g_fold_l']} {r['m_fold_l']} "
                f"{r['f_fold_l']} {r['dob_l']} {r['nat_l']} {r['nid_l']} | {r['record_id_r']}: {r['g_fold_r']} "
                f"{r['m_fold_r']} {r['f_fold_r']} {r['dob_r']} {r['nat_r']} {r['nid_r']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
