"""Which entities cost the most pairs? The worst false merges, or the worst split persons, record by record.

Pairwise scores are dominated by a few large mistakes: one chain of look-alikes merged into one entity
costs hundreds of false pairs, one person split four ways a dozen missed ones. This lists them with
their records (truth person and output entity side by side), which shows the mechanism at a glance
(a bridging record without a family name, declared dates one digit apart, a shared group phone).
analyse_errors.py counts errors by pair category; this looks at whole entities.

Usage: python benchmarks/linkage/offenders.py INPUT.csv TRUTH.csv OUTPUT.csv [--split] [--top 10] [--sample SEED]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score import read_column


def _wrong_pairs(members: list[str], label: dict[str, str]) -> int:
    """Pairs inside `members` whose labels differ (false pairs of an entity, or missed pairs of a person)."""
    total = len(members) * (len(members) - 1) // 2
    return total - sum(k * (k - 1) // 2 for k in Counter(label[m] for m in members).values())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("truth")
    ap.add_argument("output")
    ap.add_argument(
        "--split", action="store_true", help="persons split across entities (default: false merges)"
    )
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--sample", type=int, help="a random sample (this seed) instead of the worst")
    args = ap.parse_args()
    with open(args.input, encoding="utf-8", newline="") as fh:
        rows = {row["record_id"]: row for row in csv.DictReader(fh)}
    person = read_column(args.truth, "record_id", "person_id")
    entity = read_column(args.output, "record_id", "entity_id")
    group_of, other = (person, entity) if args.split else (entity, person)
    groups: dict[str, list[str]] = defaultdict(list)
    for rid in rows:
        groups[group_of[rid]].append(rid)
    costly = sorted(
        ((cost, g) for g, members in groups.items() if (cost := _wrong_pairs(members, other)) > 0),
        reverse=True,
    )
    kind = "missed" if args.split else "false"
    print(
        f"{len(costly)} {'persons split' if args.split else 'entities with false pairs'}, "
        f"{sum(c for c, _ in costly)} {kind} pairs"
    )
    picked = (
        random.Random(args.sample).sample(costly, min(args.top, len(costly)))
        if args.sample is not None
        else costly[: args.top]
    )
    for cost, g in picked:
        print(f"\n{g}: {cost} {kind} pairs")
        for rid in sorted(groups[g], key=lambda r: other[r]):
            r = rows[rid]
            print(
                f"  {rid} person={person[rid]} entity={entity[rid]} {r['source']} | {r['given_name']} | "
                f"{r['middle_name']} | {r['family_name']} | {r['birth_date']} {r['sex']} | id={r['national_id']} "
                f"doc={r['document_number']} nat={r['nationality']} phone={r['phone']} plate={r['vehicle_plate']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
