"""Pairwise precision, recall and F1 of a clustering against the truth, plus cross-border recall.

A pair of records is predicted linked when both carry the same entity_id and truly linked when they
carry the same person_id. Cross-border recall counts only true pairs with one record from each
source (RO, BG). Counted from cluster contingency tables, so a million records score in seconds.

Usage: python benchmarks/linkage/score.py INPUT.csv TRUTH.csv OUTPUT.csv
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    cross_border_recall: float
    true_pairs: int
    predicted_pairs: int
    cross_border_pairs: int


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def score(sources: dict[str, str], truth: dict[str, str], predicted: dict[str, str]) -> Scores:
    missing = set(truth) - set(predicted)
    if missing:
        raise ValueError(f"{len(missing)} records missing from the output, e.g. {sorted(missing)[:3]}")
    t_sizes: Counter[str] = Counter()
    p_sizes: Counter[str] = Counter()
    cells: Counter[tuple[str, str]] = Counter()
    t_src: Counter[tuple[str, str]] = Counter()
    cell_src: Counter[tuple[str, str, str]] = Counter()
    for rid, person in truth.items():
        entity = predicted[rid]
        src = sources[rid]
        t_sizes[person] += 1
        p_sizes[entity] += 1
        cells[(person, entity)] += 1
        t_src[(person, src)] += 1
        cell_src[(person, entity, src)] += 1
    tp = sum(_pairs(n) for n in cells.values())
    true_pairs = sum(_pairs(n) for n in t_sizes.values())
    pred_pairs = sum(_pairs(n) for n in p_sizes.values())
    cross_true = sum(t_src[(p, "RO")] * t_src[(p, "BG")] for p in t_sizes)
    cross_tp = sum(cell_src[(p, e, "RO")] * cell_src[(p, e, "BG")] for (p, e) in cells)
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        precision,
        recall,
        f1,
        cross_tp / cross_true if cross_true else 1.0,
        true_pairs,
        pred_pairs,
        cross_true,
    )


def read_column(path: str, key: str, value: str) -> dict[str, str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {row[key]: row[value] for row in csv.DictReader(fh)}


def score_files(input_csv: str, truth_csv: str, output_csv: str) -> Scores:
    return score(
        read_column(input_csv, "record_id", "source"),
        read_column(truth_csv, "record_id", "person_id"),
        read_column(output_csv, "record_id", "entity_id"),
    )


if __name__ == "__main__":
    print(json.dumps(asdict(score_files(*sys.argv[1:4])), indent=2))
