"""Why two records do or do not match: the evidence of each comparison, in match weights.

A positive weight is evidence for the same person, a negative one against; the prior plus the sum
of the weights gives the match weight, and from it the match probability. The same model as
`resolve` is used (trained on the whole input unless --model is given).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from jointdesk.engines.linkage.csvio import InputError, InputTable
from jointdesk.engines.linkage.features import build_features
from jointdesk.engines.linkage.model import (
    EDGE_FILTER,
    comparison_levels,
    for_input_size,
    id_without_names_sql,
    match_weight,
    shared_name_sql,
)
from jointdesk.engines.linkage.pipeline import (
    DUPLICATE_FIELDS,
    _linker,
    duckdb_session,
    prediction_rules,
    prepare_model,
    train,
)

FEATURE_COLUMNS = {
    "national_id": ("nid", "nid_kind", "nid_valid"),
    "given_name": ("g_fold", "g_key"),
    "family_name": ("f_fold", "f_key"),
    "patronymic": ("m_fold", "m_key"),
    "birth_date": ("dob",),
    "sex": ("sex",),
    "phone": ("phone",),
    "document": ("doc",),
    "vehicle_plate": ("plate",),
    "nationality": ("nat",),
}


@dataclass(frozen=True)
class Evidence:
    """One comparison's verdict on a pair."""

    comparison: str
    level: str
    weight: float
    left: str
    right: str


@dataclass(frozen=True)
class Explanation:
    """All the evidence about one pair and the resulting probability."""

    id1: str
    id2: str
    prior_weight: float
    evidence: list[Evidence]
    match_weight: float
    match_probability: float
    threshold: float
    #: Why the pair is kept apart whatever its score (the engine's safeguards), or None.
    safeguard: str | None = None
    #: The two records are exact duplicates (pipeline.duplicate_edges): one entity whatever the score.
    duplicate: bool = False
    #: The first blocking rule (its position and SQL) that compares the two records, or None when
    #: none does: resolve never scores such a pair, whatever its score here.
    blocking_rule: tuple[int, str] | None = None
    #: What the engine read differently from what the input's fields say (a document number typed
    #: into the national-id field), one line per record.
    notes: tuple[str, ...] = ()

    @property
    def linked(self) -> bool:
        return self.duplicate or (
            self.blocking_rule is not None
            and self.match_probability >= self.threshold
            and self.safeguard is None
        )

    def render(self) -> str:
        verdict = "SAME PERSON" if self.linked else "NOT LINKED"
        lines = [f"{self.id1} vs {self.id2}", f"{'prior':<14} {self.prior_weight:+7.2f}"]
        for ev in self.evidence:
            side = "for" if ev.weight > 0.05 else ("against" if ev.weight < -0.05 else "neutral")
            lines.append(
                f"{ev.comparison:<14} {ev.weight:+7.2f} {side:<8} {ev.level}: {ev.left!s} | {ev.right!s}"
            )
        lines.append(
            f"{'total':<14} {self.match_weight:+7.2f}  match probability "
            f"{self.match_probability:.6f} (threshold {self.threshold}) -> {verdict}"
        )
        if self.blocking_rule is None:
            lines.append(
                f"{'compared':<14} no: no blocking rule pairs the two records, so resolve never scores"
                " them (they meet only through other records, if at all)"
            )
        else:
            lines.append(
                f"{'compared':<14} by blocking rule {self.blocking_rule[0] + 1}: {self.blocking_rule[1]}"
            )
        lines += [f"{'note':<14} {note}" for note in self.notes]
        if self.safeguard is not None:
            lines.append(f"{'safeguard':<14} {self.safeguard}")
        if self.duplicate:
            lines.append(
                f"{'duplicate':<14} every field the same (record_id aside): one entity whatever the score"
            )
        return "\n".join(lines)


#: The engine's safeguards (model.EDGE_FILTER, model.id_without_names_sql): pairs they stop never
#: become links, whatever their score.
SAFEGUARDS = (
    (
        f"NOT ({EDGE_FILTER})",
        "the given names disagree (or the sex differs and the given names are neither one name nor"
        " swapped with the family names), and no national id or document is shared: kept apart"
        " whatever the score (twins, brothers, father and son, husband and wife)",
    ),
    (
        f"coalesce({id_without_names_sql(shared_name_sql('duckdb'))}, false)",
        "the only tie is a shared national id, and the names have nothing in common: kept apart (an"
        " id typed into another person's record, or two numbers that collide)",
    ),
)


def _show(row: dict[str, Any], cols: tuple[str, ...], side: str) -> str:
    values = [row.get(f"{c}_{side}") for c in cols]
    return " ".join("-" if v is None else str(v) for v in values)


def explain_pair(data: InputTable, id1: str, id2: str, *, model_path: str | Path | None = None) -> str:
    return explain(data, id1, id2, model_path=model_path).render()


def explain(data: InputTable, id1: str, id2: str, *, model_path: str | Path | None = None) -> Explanation:
    spec = prepare_model(model_path, "duckdb")
    with duckdb_session() as con:
        n = build_features(con, data.table)
        for rid in (id1, id2):
            if not con.execute("SELECT 1 FROM features WHERE record_id = ?", [rid]).fetchall():
                raise InputError(data.path, f"no record with record_id {rid!r}", field="record_id")
        notes = _documents_in_id_field(con, id1, id2)
        if not spec.trained:
            spec = train(con, spec, n)
        spec = for_input_size(spec, n)
        # Score the pair within the full table, so term frequencies are those of the whole input.
        quoted = ", ".join("'" + rid.replace("'", "''") + "'" for rid in (id1, id2))
        settings = dict(spec.settings)
        settings["blocking_rules_to_generate_predictions"] = [
            {"blocking_rule": f"l.record_id IN ({quoted}) AND r.record_id IN ({quoted})"}
        ]
        settings["retain_matching_columns"] = True
        settings["retain_intermediate_calculation_columns"] = True
        settings["additional_columns_to_retain"] = ["record_id"]
        linker = _linker(con, settings, "features")
        df = linker.inference.predict()
        blocking_rule = _first_blocking_rule(con, prediction_rules(spec.settings), id1, id2)
        duplicate = con.execute(
            f"SELECT count(DISTINCT ({DUPLICATE_FIELDS})) = 1 FROM jd_input WHERE record_id IN (?, ?)",
            [id1, id2],
        ).fetchall()[0][0]
        checks = ", ".join(f"{sql} AS jd_safeguard_{i}" for i, (sql, _) in enumerate(SAFEGUARDS))
        rel = con.execute(f"SELECT *, {checks} FROM {df.physical_name}")
        names = [d[0] for d in rel.description]
        rows = rel.fetchall()
        fetched = rows[0] if rows else None
    if fetched is None:
        raise InputError(data.path, "the two ids name the same record", field="record_id")
    row = dict(zip(names, fetched, strict=True))
    flip = row.get("record_id_l") not in (None, id1) if "record_id_l" in row else False
    evidence = []
    labels = {k: [lvl.label for lvl in v] for k, v in comparison_levels("duckdb").items()}
    for comp, cols in FEATURE_COLUMNS.items():
        gamma = int(row[f"gamma_{comp}"])
        n_levels = len(labels[comp])
        label = labels[comp][0] if gamma < 0 else labels[comp][n_levels - 1 - gamma]
        weight = float(row.get(f"mw_{comp}") or 0.0) if gamma >= 0 else 0.0
        if gamma >= 0:  # term-frequency adjustment: a rare name weighs more than a common one
            weight += float(row.get(f"mw_tf_adj_{comp}") or 0.0)
        left, right = _show(row, cols, "l"), _show(row, cols, "r")
        evidence.append(Evidence(comp, label, weight, right if flip else left, left if flip else right))
    prob = float(row["match_probability"])
    prior = match_weight(float(spec.settings["probability_two_random_records_match"]))
    safeguard = next((text for i, (_, text) in enumerate(SAFEGUARDS) if row[f"jd_safeguard_{i}"]), None)
    return Explanation(
        id1,
        id2,
        prior,
        evidence,
        float(row["match_weight"]),
        prob,
        spec.threshold,
        safeguard,
        bool(duplicate),
        blocking_rule,
        notes,
    )


def _documents_in_id_field(con: duckdb.DuckDBPyConnection, id1: str, id2: str) -> tuple[str, ...]:
    """A note for each of the two records whose national-id field the features read as its document
    (features.build_features: an invalid id that is another record's document number). That is the
    only way a record without a document number gets a document feature, so it is what is asked."""
    moved = con.execute(
        "SELECT i.record_id, i.national_id FROM jd_input i JOIN features f ON f.uid = i.uid"
        " WHERE i.record_id IN (?, ?) AND i.national_id <> '' AND i.document_number = ''"
        " AND f.doc IS NOT NULL ORDER BY i.record_id <> ?",
        [id1, id2, id1],
    ).fetchall()
    return tuple(
        f"{rid}: the national-id field holds {value}, no valid id but a document number another record"
        " carries as its document: compared as this record's document"
        for rid, value in moved
    )


def _first_blocking_rule(
    con: duckdb.DuckDBPyConnection, rules: list[str], id1: str, id2: str
) -> tuple[int, str] | None:
    """The first of the model's blocking rules that pairs the two records (in either order, as the
    blocking join reads each pair once whichever side is l), or None."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE jd_explained AS SELECT * FROM features WHERE record_id IN (?, ?)",
        [id1, id2],
    )
    tests = ", ".join(f"coalesce(bool_or({rule}), false)" for rule in rules)
    hits = con.execute(
        f"SELECT {tests} FROM jd_explained l JOIN jd_explained r ON l.uid <> r.uid"
    ).fetchall()[0]
    con.execute("DROP TABLE jd_explained")
    return next(((i, " ".join(rules[i].split())) for i, hit in enumerate(hits) if hit), None)
