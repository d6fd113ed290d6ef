"""The resolve pipeline: features -> model (trained or loaded) -> scored pairs -> entities.

Stages, each reported to an optional progress callback:
  1. features   normalise every distinct name, id, phone, plate and document once, shared with a
                helper process (features.py)
  2. training   u by random sampling (every comparison in one pass: estimate_u), m by Splink's EM
                on two blocked samples, prior from exact valid ids
  3. scoring    blocked pairs (one join per rule), scored by Splink predict (DuckDB; or Spark via
                spark_backend.py, where Splink blocks)
  4. clustering edges above the threshold joined strongest first; a join that would put two
                different valid ids of one kind (not one typo apart), irreconcilable birth dates
                or two different birth dates each confirmed by several records (unless a document
                number is shared) in one entity, or two groups of records that link only through a
                chain, is refused; weak records (no birth date, or no family name) join last, and
                only an entity they match clearly better than any other person (no chaining
                through a common name, a shared car or a shared phone)
"""

from __future__ import annotations

import gc
import inspect
import logging
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from jointdesk.engines.linkage import identifiers
from jointdesk.engines.linkage.csvio import INPUT_COLUMNS, InputTable
from jointdesk.engines.linkage.features import build_features, helper_program, share_out, worker_count
from jointdesk.engines.linkage.model import (
    DECADE,
    DECLARED_DAY,
    DECLARED_YEARS,
    PARTIAL_GAMMAS,
    SAME_ID,
    TRAINING_RULES,
    YEAR_DRIFT,
    Dialect,
    ModelSpec,
    clean_splink_settings,
    comparison_levels,
    edge_filter,
    for_input_size,
    kept_edge_sql,
    load_model,
    match_weight,
    new_model,
    one_name_column_sql,
    predict_floor,
    shared_name_sql,
)

Progress = Callable[[str, float], None]
logging.getLogger("splink").setLevel(logging.ERROR)

#: EM sample per training rule. 200,000 was tried: no quicker (EM's cost is per iteration, not per
#: pair) and B 1M F1 fell 0.9709 -> 0.9700.
EM_MAX_PAIRS = 400_000
#: Random pairs for u (Splink's own default). 3,000,000 gave the same scores to +-0.0004 on all four
#: benchmark sets and cost 4 s more at any size (measured with Splink's estimate; see estimate_u).
U_MAX_PAIRS = 1_000_000
EM_MIN_PAIRS = 2_000
#: Below this many records random pairs are too few to estimate u; the documented values stay.
U_MIN_RECORDS = 2_000


@dataclass
class ResolveResult:
    """Entities for every record, plus the model that produced them."""

    record_ids: list[str]
    entity_ids: list[str]
    settings: dict[str, Any]
    threshold: float
    timings: dict[str, float] = field(default_factory=dict)


def _noop(stage: str, fraction: float) -> None:
    return None


@contextmanager
def duckdb_session(
    memory_limit: str | None = None, threads: int | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB with bounded memory that spills to a private temp directory."""
    with tempfile.TemporaryDirectory(prefix="jointdesk-linkage-") as tmp:
        con = duckdb.connect(":memory:")
        con.execute(f"SET memory_limit = '{memory_limit or os.environ.get('JOINTDESK_MEMORY_LIMIT', '3GB')}'")
        n_threads = threads or worker_count()
        con.execute(f"SET threads = {n_threads}")
        con.execute(f"SET temp_directory = '{tmp}'")
        con.execute("SET preserve_insertion_order = false")
        con.execute("SET enable_progress_bar = false")
        try:
            yield con
        finally:
            con.close()


def _linker(
    con: duckdb.DuckDBPyConnection,
    settings: dict[str, Any],
    table: str = "features",
    blocked_pairs: str | None = None,
) -> Any:
    """A Splink linker over DuckDB table `table`; with `blocked_pairs`, predict scores that table
    of pairs."""
    from splink import DuckDBAPI

    return splink_linker(DuckDBAPI(con), table, settings, blocked_pairs)


def splink_linker(db_api: Any, table: Any, settings: dict[str, Any], blocked_pairs: Any = None) -> Any:
    """A Splink linker on either backend (`db_api` and the tables it registers: DuckDB table names
    or Spark frames); with `blocked_pairs`, predict scores that table of pairs."""
    from splink import Linker

    # Splink's settings validation only logs, and the comparisons are always this engine's own
    # (load_model rebuilds them; a model file supplies only m and u): 0.4 s per linker saved.
    linker = Linker(
        db_api.register(table), clean_splink_settings(settings), log_level=None, validate_settings=False
    )
    if blocked_pairs is not None:
        linker.table_management.register_blocked_pairs_for_predict(db_api.register(blocked_pairs))
    return linker


#: A level that is an exact match on one or more columns, as this engine writes one: `x_l = x_r`,
#: or several such joined by AND.
_EXACT_MATCH = re.compile(r"\s*(\w+)_l\s*=\s*\1_r\s*")


def is_exact_match_level(sql: str) -> bool:
    """Is a comparison level's SQL an exact match on its columns (Splink's `_is_exact_match`)?"""
    return all(_EXACT_MATCH.fullmatch(part) for part in re.split(r"\bAND\b", sql, flags=re.IGNORECASE))


def _answer_exact_match_from_the_levels() -> None:
    """Splink's EM asks, at the start of every training session, which comparison levels are exact
    matches (to correct the prior for the training rule), and answers by putting each level's SQL
    into conjunctive normal form with sqlglot: about 0.4 s per session for this engine's levels,
    whose OR-heavy conditions blow up under the distributive law, at any input size (training at
    100,000 records: 5.0 -> 4.1 s). For the levels of
    model.comparison_levels the answer is read from their SQL (is_exact_match_level; a test checks
    it against Splink's own for every level); any other level is left to Splink."""
    from splink.internals.comparison_level import ComparisonLevel

    if getattr(ComparisonLevel, "_jointdesk_levels", None) is not None:
        return
    own = inspect.getattr_static(ComparisonLevel, "_is_exact_match", None)
    if not isinstance(own, property) or own.fget is None:
        return  # a Splink that answers differently: its own answer stands (the test says so)
    splinks_own = own.fget
    # Every level of the model, the ELSE levels included (their SQL is "ELSE": not an exact match).
    known = {
        lvl.sql: is_exact_match_level(lvl.sql)
        for dialect in ("duckdb", "spark")
        for levels in comparison_levels(dialect).values()
        for lvl in levels
    }

    def exact_match(level: Any) -> bool:
        answer = known.get(level.sql_condition)
        return splinks_own(level) if answer is None else answer

    # Splink's class is changed in place (a property cannot be overridden per instance); the
    # originals stay reachable for the test.
    setattr(ComparisonLevel, "_is_exact_match", property(exact_match))  # noqa: B010
    setattr(ComparisonLevel, "_jointdesk_levels", known)  # noqa: B010
    setattr(ComparisonLevel, "_jointdesk_splinks_own", splinks_own)  # noqa: B010


def train(
    con: duckdb.DuckDBPyConnection, spec: ModelSpec, n_records: int, progress: Progress = _noop
) -> ModelSpec:
    """Unsupervised training on the features table; returns the trained settings."""
    _answer_exact_match_from_the_levels()
    settings = dict(spec.settings)
    settings["probability_two_random_records_match"] = min(max(1.5 / max(n_records, 1), 1e-8), 0.2)
    progress("training: u by random sampling", 0.05)
    if n_records >= U_MIN_RECORDS:
        settings = with_u_probabilities(settings, estimate_u(con, settings, n_records))
    linker = _linker(con, settings)
    progress("training: prior", 0.3)
    _estimate_prior(con, linker, n_records)
    for i, rule in enumerate(TRAINING_RULES):
        progress(f"training: EM on {rule}", 0.4 + 0.3 * i)
        if _count_pairs(con, rule) < EM_MIN_PAIRS:
            continue  # too few pairs to learn from: the documented starting values stay
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True, max_pairs=EM_MAX_PAIRS
        )
    settings = linker.misc.save_model_to_json(out_path=None)
    progress("training", 1.0)
    return ModelSpec(settings=settings, threshold=spec.threshold, trained=True)


#: The random sample of records whose pairs estimate u: Splink's own (estimate_u_using_random_sampling
#: with seed 7): records whose hash of uid and seed falls under the sampled fraction.
_U_SAMPLE = "hash(uid || '_7') % 1000000000 < {cut}"


def estimate_u(
    con: duckdb.DuckDBPyConnection, settings: dict[str, Any], n_records: int, max_pairs: int = U_MAX_PAIRS
) -> dict[str, dict[int, int]]:
    """How many of about `max_pairs` random record pairs fall in each level of each comparison:
    {comparison: {gamma: pairs}}, from a random sample of records and all its pairs, as Splink's
    estimate_u_using_random_sampling draws them (nearly all such pairs are two different people).

    Splink counts each comparison in its own pass: first over 1% of the pairs, kept when every
    level was seen a hundred times (sex and nationality here), else over all of them in ten chunks
    (the levels of one valid id are never seen among random pairs). One pass for all comparisons,
    grouped by each gamma (gamma_sql, the levels' own SQL), counts all the pairs for every
    comparison: training at 1,000,000 records 7.5 s -> 5.5 s."""
    sample = min(1.0, (1 + math.sqrt(1 + 8 * max_pairs)) / 2 / max(n_records, 1))
    cut = int(sample * 1_000_000_000)
    columns = compared_columns(settings, feature_columns(con))
    names = [c["output_column_name"] for c in settings["comparisons"]]
    gammas = ", ".join(gamma_column_sql(c) for c in settings["comparisons"])
    rows = con.execute(
        f"""WITH s AS (SELECT * FROM features WHERE {_U_SAMPLE.format(cut=cut)}),
        pairs AS (SELECT {gammas} FROM (
            SELECT {pair_columns_sql(columns)} FROM s l JOIN s r ON l.uid < r.uid))
        SELECT {", ".join(f"gamma_{name}" for name in names)}, count(*) FROM pairs
        GROUP BY GROUPING SETS ({", ".join(f"(gamma_{name})" for name in names)})"""
    ).fetchall()
    counts: dict[str, dict[int, int]] = {name: {} for name in names}
    for row in rows:
        for name, gamma in zip(names, row[:-1], strict=True):
            if gamma is not None:
                counts[name][int(gamma)] = int(row[-1])
    return counts


def with_u_probabilities(settings: dict[str, Any], counts: dict[str, dict[int, int]]) -> dict[str, Any]:
    """Settings whose u of each level is its share of the random pairs that carry the comparison's
    fields (estimate_u's counts; the null level counts for none), as Splink computes it. A level no
    random pair reached keeps its u, as in Splink ("level not observed")."""
    comparisons = []
    for comparison in settings["comparisons"]:
        seen = counts.get(comparison["output_column_name"], {})
        total = sum(n for gamma, n in seen.items() if gamma != -1)
        levels = [dict(lvl) for lvl in comparison["comparison_levels"]]
        for lvl, gamma in zip(levels, level_gammas(levels), strict=True):
            if gamma != -1 and total and seen.get(gamma) and not lvl.get("fix_u_probability"):
                lvl["u_probability"] = seen[gamma] / total
        comparisons.append({**comparison, "comparison_levels": levels})
    return {**settings, "comparisons": comparisons}


def _count_pairs(con: duckdb.DuckDBPyConnection, rule: str) -> int:
    rows = con.execute(
        f"SELECT count(*) FROM features l JOIN features r ON ({rule}) AND l.uid < r.uid"
    ).fetchall()
    return int(rows[0][0])


def _estimate_prior(con: duckdb.DuckDBPyConnection, linker: Any, n_records: int) -> None:
    row = con.execute("SELECT avg(CASE WHEN nid_valid THEN 1.0 ELSE 0.0 END) FROM features").fetchall()[0]
    coverage = float(row[0]) if row and row[0] is not None else 0.0
    if n_records < U_MIN_RECORDS or coverage < 0.05:
        return
    recall = min(max(coverage * coverage, 0.02), 0.95)
    linker.training.estimate_probability_two_random_records_match(
        ["l.nid = r.nid AND l.nid_valid AND r.nid_valid"], recall=recall
    )


def prediction_rules(settings: dict[str, Any]) -> list[str]:
    """The blocking rules of a model's settings (a model JSON's own, when one is given)."""
    return [r["blocking_rule"] for r in settings["blocking_rules_to_generate_predictions"]]


def blocked_pairs_sql(rules: list[str], table: str = "features") -> str:
    """Every pair that satisfies at least one blocking rule, once, with the first such rule as its
    match_key: the table Splink's own blocking builds, built as one join per rule and a single
    deduplication. Splink instead repeats every earlier rule as a NOT(...) filter on every later
    join (rule 25 evaluates 24 conditions per candidate): at 1,000,000 records 21 s against 6.5 s."""
    joins = " UNION ALL ".join(
        f"SELECT {i} AS k, l.uid AS a, r.uid AS b FROM {table} l JOIN {table} r ON ({rule}) AND l.uid < r.uid"
        for i, rule in enumerate(rules)
    )
    return (
        "SELECT CAST(min(k) AS STRING) AS match_key, a AS join_key_l, b AS join_key_r "
        f"FROM ({joins}) GROUP BY a, b"
    )


def score_duckdb(con: duckdb.DuckDBPyConnection, spec: ModelSpec) -> pa.Table:
    """All blocked pairs at or above the threshold: uid_l, uid_r, match_probability, match_weight."""
    settings = spec.settings
    df = predict_blocked(con, settings, predict_floor(spec.threshold))
    columns = [c for c in feature_columns(con) if c != "uid"]
    edges = con.sql(edge_filter_sql(df.physical_name, settings, columns, spec.threshold)).to_arrow_table()
    df.drop_table_from_database_and_remove_from_cache()
    return edges


def predict_blocked(con: duckdb.DuckDBPyConnection, settings: dict[str, Any], floor: float) -> Any:
    """Splink's predict over every blocked pair of `features` from `floor` bits up (a Splink table;
    its physical_name is the scored pairs)."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE jd_blocked_pairs AS {blocked_pairs_sql(prediction_rules(settings))}"
    )
    # Splink copies the records of the blocked pairs twice (one copy per side) with every column of
    # the table it is given: given a view of only the columns the comparisons read, it copies those.
    read = ", ".join(["uid", *compared_columns(settings, feature_columns(con))])
    con.execute(f"CREATE OR REPLACE TEMP VIEW jd_compared AS SELECT {read} FROM features")
    linker = _linker(con, scoring_settings(settings), table="jd_compared", blocked_pairs="jd_blocked_pairs")
    df = linker.inference.predict(threshold_match_weight=floor)
    con.execute("DROP TABLE jd_blocked_pairs")
    return df


def feature_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The columns of the features table, uid first."""
    return [row[0] for row in con.execute("DESCRIBE features").fetchall()]


def compared_columns(settings: dict[str, Any], columns: Iterable[str]) -> list[str]:
    """The columns (of `columns`, in their order) that the comparisons of `settings` read, as
    col_l/col_r in a level's SQL or as a term-frequency column."""
    levels = [lvl for c in settings["comparisons"] for lvl in c["comparison_levels"]]
    text = " ".join(lvl["sql_condition"] for lvl in levels)
    tf = {lvl["tf_adjustment_column"] for lvl in levels if lvl.get("tf_adjustment_column")}
    return [c for c in columns if c in tf or re.search(rf"\b{re.escape(c)}_[lr]\b", text)]


def scoring_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Settings for predict: scores only. Keeping the matching columns for the gammas that
    EDGE_FILTER reads would copy about sixty columns onto every scored pair (5 s at 1,000,000
    records); edge_filter_sql computes the gammas it needs on the scored pairs instead."""
    return {**settings, "retain_intermediate_calculation_columns": False, "retain_matching_columns": False}


def level_gammas(levels: list[dict[str, Any]]) -> list[int]:
    """Splink's gamma of each level of one comparison: -1 for the null level, then the other levels
    in order, counting down to 0."""
    gamma = sum(1 for lvl in levels if not lvl.get("is_null_level"))
    gammas: list[int] = []
    for lvl in levels:
        if lvl.get("is_null_level"):
            gammas.append(-1)
        else:
            gamma -= 1
            gammas.append(gamma)
    return gammas


def gamma_sql(comparison: dict[str, Any]) -> str:
    """Splink's gamma of one comparison as SQL over *_l/*_r columns, as Splink computes it
    (level_gammas)."""
    levels = comparison["comparison_levels"]
    whens = [
        f"ELSE {gamma}"
        if lvl["sql_condition"].strip() == "ELSE"
        else f"WHEN {lvl['sql_condition']} THEN {gamma}"
        for lvl, gamma in zip(levels, level_gammas(levels), strict=True)
    ]
    return f"CASE {' '.join(whens)} END"


def gamma_column_sql(comparison: dict[str, Any], when: str | None = None) -> str:
    """gamma_sql of a comparison as its column gamma_<comparison>; only where `when` holds (NULL
    elsewhere) if given."""
    gamma = gamma_sql(comparison) if when is None else f"CASE WHEN {when} THEN {gamma_sql(comparison)} END"
    return f"{gamma} AS gamma_{comparison['output_column_name']}"


def pair_columns_sql(columns: Iterable[str]) -> str:
    """Each column of two joined records `l` and `r` as col_l, col_r: the names Splink's comparison
    SQL (and model.ONE_NAME_SAME_DATE) read."""
    return ", ".join(f"l.{c} AS {c}_l, r.{c} AS {c}_r" for c in columns)


def edge_filter_sql(
    scored: str, settings: dict[str, Any], columns: list[str], threshold: float, table: str = "features"
) -> str:
    """The pairs of table `scored` (uid_l, uid_r and their scores) that pass EDGE_FILTER: both records
    are looked up again in `table` (whose `columns` are given) and the gammas the filter reads computed
    from the model's own comparison levels. DuckDB reads only the columns the gammas use."""
    kept = edge_filter("shared_name")
    read = set(re.findall(r"\bgamma_(\w+)", kept))
    gammas = ", ".join(
        gamma_column_sql(c, when=PARTIAL_GAMMAS.get(c["output_column_name"]))
        for c in settings["comparisons"]
        if c["output_column_name"] in read
    )
    return f"""
        SELECT uid_l, uid_r, match_probability, match_weight, one_name FROM (
            SELECT uid_l, uid_r, match_probability, match_weight, {gammas}, {one_name_column_sql(threshold)},
                CASE WHEN {SAME_ID} THEN {shared_name_sql("duckdb")} ELSE true END AS shared_name
            FROM (
                SELECT s.uid_l, s.uid_r, s.match_probability, s.match_weight, {pair_columns_sql(columns)}
                FROM {scored} s JOIN {table} l ON l.uid = s.uid_l JOIN {table} r ON r.uid = s.uid_r)
            WHERE {kept_edge_sql(threshold)})
        WHERE {kept}"""


#: The weight given to the pair of a record and its exact duplicate: above any pair's evidence, so
#: the two join first and stay together.
DUPLICATE_WEIGHT = 1000.0
#: What makes two records exact duplicates: the same value in every input column but record_id
#: (source included), as jd_input holds them after the input's checks.
DUPLICATE_FIELDS = ", ".join(c for c in INPUT_COLUMNS if c != "record_id")


def duplicate_edges(con: duckdb.DuckDBPyConnection, schema: pa.Schema) -> pa.Table:
    """An edge (in `schema`, the scored edges') from each record to the first record (lowest uid)
    that is its exact duplicate (DUPLICATE_FIELDS). Two such records say nothing that could tell
    them apart, and a record must land with its duplicate: copied into a file twice, it is one
    person, even when it is too sparse to link to anyone on its own ("Ion", RO, and nothing else)
    or a common name that the evidence leaves unlinked. The edges carry DUPLICATE_WEIGHT, so
    clustering joins them first; identical records assert the same date and id, so no rule can
    refuse them."""
    return (
        con.sql(
            f"SELECT first_uid AS uid_l, uid AS uid_r, 1.0 AS match_probability,"
            f" {DUPLICATE_WEIGHT} AS match_weight, false AS one_name"
            f" FROM (SELECT uid, min(uid) OVER (PARTITION BY {DUPLICATE_FIELDS}) AS first_uid FROM jd_input)"
            " WHERE uid <> first_uid"
        )
        .to_arrow_table()
        .cast(schema)
    )


#: What tells that two records with two different valid ids of one birth code are one holder's
#: (`one_holder`): both names spelt alike and one phone line. Twins, whose ids differ the same way,
#: carry two given names, and namesakes born on one day share no phone. On the seven benchmark
#: generators at 100,000 records every such pair of records is one person (38 of 38); with the
#: given or family names differing (twins on a household phone) 163 of 178 are two people, and
#: with the names alike but no phone, document or plate in common, 49 of 274.
#: Which kinds of id carry a birth code is same_birth_code's to say, not restated here.
HOLDER_SQL = (
    "CASE WHEN nid_valid AND g_fold IS NOT NULL AND f_fold IS NOT NULL AND phone IS NOT NULL"
    " THEN concat_ws('|', g_fold, f_fold, phone) END"
)


def node_table(con: duckdb.DuckDBPyConnection) -> pa.Table:
    return con.sql(
        "SELECT uid, record_id, CASE WHEN nid_valid THEN nid_kind END AS kind, "
        "CASE WHEN nid_valid THEN nid END AS nid, nid AS nid_any, dob_txt, doc, "
        "dob_txt IS NOT NULL AND ((f_fold IS NOT NULL AND g_fold IS NOT NULL) OR nid_valid) AS anchor, "
        f"{HOLDER_SQL} AS holder "
        "FROM features ORDER BY uid"
    ).to_arrow_table()


def day_month_swapped(a: str, b: str) -> bool:
    """Two YYYYMMDD dates of one year with day and month swapped (a system writing the month first)."""
    return a[:4] == b[:4] and a[4:6] == b[6:8] and a[6:8] == b[4:6]


def _one_slip_apart(a: str, b: str) -> bool:
    """Two different YYYYMMDD dates that one typing slip or one drifted declared year explains: one
    digit, two digits swapped, day and month swapped, the decade; a declared (1 January) year
    DECLARED_DRIFT_YEARS from another declared year or from an exact date (a migrant who gave his
    year to one system and showed his papers to the other). Narrower than dates_compatible, which
    also lets any two dates of one year or two adjacent years meet."""
    if a[4:] == DECLARED_DAY or b[4:] == DECLARED_DAY:
        return abs(int(a[:4]) - int(b[:4])) <= DECLARED_DRIFT_YEARS
    return _typing_slip(a, b)


def _typing_slip(a: str, b: str) -> bool:
    """Two exact YYYYMMDD dates one typing slip apart: day and month swapped, the decade, one digit,
    two digits swapped."""
    if day_month_swapped(a, b) or (a[4:] == b[4:] and abs(int(a[:4]) - int(b[:4])) == DECADE):
        return True
    differing = sum(x != y for x, y in zip(a, b, strict=True))
    return differing <= 1 or (differing == 2 and sorted(a) == sorted(b))


def dates_compatible(a: str, b: str) -> bool:
    """Could two YYYYMMDD birth dates be one person's, allowing for a typing slip?

    Typing slips: one digit, two adjacent digits swapped, day and month swapped, the decade.
    A 1 January date is often a declared one (a migrant who knows only the year, give or take):
    it is compatible with any date up to DECLARED_YEARS away. So is the same day and month
    YEAR_DRIFT years off: a foreigner's stated age drifts (the comparison and the blocking admit
    it for foreigners only, so only their edges bring such dates together). The comparison level
    and the blocking rule of model.py read dates the same way.
    """
    years = abs(int(a[:4]) - int(b[:4]))
    if a == b or years <= 1:
        return True
    declared = a[4:] == DECLARED_DAY or b[4:] == DECLARED_DAY
    if declared and years <= DECLARED_YEARS:
        return True
    if a[4:] == b[4:] and years == YEAR_DRIFT:
        return True
    if a[4:] == DECLARED_DAY and b[4:] == DECLARED_DAY:
        # two declared years: a migrant group's 2001, 2005 and 2007 are one digit apart, not a typo
        return years == DECADE
    return _typing_slip(a, b)


class _Entity:
    """What a growing cluster asserts about its person: valid ids by kind, birth dates seen, how
    many of its records carry each date, and its papers: document numbers and national ids as
    written (valid or not). A paper both sides carry outweighs their birth dates (a migrant's
    declared year drifts from record to record; his passport number does not; an EGN typed beside
    a mistyped birth date fails its date check, but the same EGN on both sides is one person).

    Sex is not among them: records carry a wrong sex now and then, and the pairs where a different
    sex matters (brother and sister, husband and wife) never become edges (model.EDGE_FILTER).
    """

    __slots__ = ("dates", "docs", "ids", "votes")

    def __init__(self, ids: dict[str, str], dates: set[str], docs: set[str] | None) -> None:
        self.ids = ids
        self.dates = dates
        self.docs = docs
        #: Records per date, once the entity holds more than one record (a million single-record
        #: entities would otherwise each carry a dict that only says "1"). A plain dict: half a
        #: million merges at 1,000,000 records, where Counter's generic update costs seconds.
        self.votes: dict[str, int] | None = None

    def conflicts(self, other: _Entity, strong: bool = False, same_holder: bool = False) -> bool:
        """Do the two groups assert different persons? `strong`: they are joined by an edge
        STRONG_EDGE_BITS above the threshold, which outweighs two confirmed dates a slip apart.

        Two different valid ids of one kind are two persons, unless both encode one birth date and
        sex and the two groups carry one document number, or the edge joining them is between two
        records of one holder (`same_holder`: both names alike and one phone, HOLDER_SQL): a
        passport is one person's, and a person may hold two numbers (a CNP issued again in another
        county, an EGN corrected), while twins, whose ids differ the same way, do not share a
        passport, nor a given name."""
        if self.ids and other.ids:
            for kind, value in self.ids.items():
                theirs = other.ids.get(kind)
                if (
                    theirs is not None
                    and theirs != value
                    and not id_typo_near(value, theirs)
                    and not (
                        same_birth_code(kind, value, theirs) and (same_holder or self.shares_papers(other))
                    )
                ):
                    return True
        mine, theirs_dates = self.dates, other.dates
        if mine and theirs_dates and mine != theirs_dates:
            if self.shares_papers(other):
                return False  # one passport: the declared years drifted (1997 and 2000), one person
            # A group that confirms a date answers for it alone: the slips it absorbed on single
            # records (1991-01-25 beside four 1991-01-15) are not its person's dates.
            a_conf, b_conf = self.confirmed_date(), other.confirmed_date()
            if a_conf is not None:
                mine = {a_conf}
            if b_conf is not None:
                theirs_dates = {b_conf}
            if any(a != b and not dates_compatible(a, b) for a in mine for b in theirs_dates):
                return True
            return self._confirmed_dates_differ(other, a_conf, b_conf, strong)
        return False

    def shares_papers(self, other: _Entity) -> bool:
        """Do both carry one document number or national id (as written)?"""
        return bool(self.docs and other.docs and not self.docs.isdisjoint(other.docs))

    def _confirmed_dates_differ(self, other: _Entity, a: str | None, b: str | None, strong: bool) -> bool:
        """Does each side confirm a different birth date (a, b: their confirmed dates)? A typing
        slip happens on one record, not on several: Sana Cheema, declared 2008 on seven records, and Sana Cheema, 2010 on seven,
        are two sisters even though two declared years two apart may be one person. A shared valid
        id outweighs the dates, and so does a day and month swapped (a system that writes dates
        month first swaps them on every record). So does a strong edge when the two dates are one
        slip apart and the two groups do not each hold their own papers: a slip copied into later
        records of one system (STRONG_EDGE_BITS)."""
        if a is None or b is None or a == b:
            return False
        if strong and _one_slip_apart(a, b) and not (self.docs and other.docs):
            return False
        if any(other.ids.get(kind) == value for kind, value in self.ids.items()):
            return False
        return not day_month_swapped(a, b)

    def confirmed_date(self) -> str | None:
        """The date most of the records carry, when at least CONFIRMING_RECORDS carry it and no
        other date is as frequent."""
        if self.votes is None:
            return None  # one record confirms nothing
        best, top, tied = None, 0, False
        for day, count in self.votes.items():
            if count > top:
                best, top, tied = day, count, False
            elif count == top:
                tied = True
        return None if top < CONFIRMING_RECORDS or tied else best

    def absorb(self, other: _Entity) -> None:
        for kind, value in other.ids.items():
            self.ids.setdefault(kind, value)
        if other.dates:
            votes = self.votes
            if votes is None:
                votes = self.votes = dict.fromkeys(self.dates, 1)
            if other.votes is None:
                for day in other.dates:
                    votes[day] = votes.get(day, 0) + 1
            else:
                for day, count in other.votes.items():
                    votes[day] = votes.get(day, 0) + count
            if len(self.dates) < MAX_DATES_KEPT:
                self.dates |= other.dates
        if other.docs:
            if self.docs is None:
                self.docs = set(other.docs)
            elif len(self.docs) < MAX_DOCS_KEPT:
                self.docs |= other.docs


MAX_DATES_KEPT = 6
MAX_DOCS_KEPT = 6
#: A birth date carried by this many of a group's records (and more than any other date) is the
#: group's confirmed date; two groups confirming different dates are two people.
CONFIRMING_RECORDS = 2


def same_birth_code(kind: str, a: str, b: str) -> bool:
    """Do two valid ids of `kind` encode the same birth date and sex (identifiers.birth_date_and_sex)
    and, for a CNP, the same first digit (a citizen's 1 or 2 and a foreign resident's 7 or 8 are two
    registrations)? Only CNP and EGN carry a birth date."""
    born, sex = identifiers.birth_date_and_sex(kind, a)
    return born is not None and a[0] == b[0] and (born, sex) == identifiers.birth_date_and_sex(kind, b)


def id_typo_near(a: str, b: str) -> bool:
    """Equal, or one mistyped digit or two adjacent digits swapped: a typo that happened to keep the
    checksum valid (1 in 10 or 11 for CNP, EGN and LNCh) is not a different person."""
    if a == b:
        return True
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


#: A group of weak records is attached to the best of several incompatible entities only when its
#: evidence for that one beats the runner-up by this many bits; otherwise it stays apart.
ATTACH_MARGIN_BITS = 2.0
#: Two records that both lack a birth date join only on this many bits more than the threshold
#: (a shared document, phone or rare full name), not on a common name alone: without a date
#: nothing can later show that two namesakes were merged, and every record they attract follows.
UNDATED_PAIR_EXTRA_BITS = 6.0
#: Two groups of anchor records join only when at least this share of their cross pairs are edges.
#: One person's records agree with each other pairwise; a chain through look-alikes (Walid Hussein,
#: Hasan Ibrahim, Ibrahim Hussein, all declared born in 2001) agrees only link by link. Not asked
#: of an edge STRONG_EDGE_BITS above the threshold: a look-alike's link seldom is that strong (on A
#: at 1,000,000 records, once: twin brothers), while one person's record written another way may
#: link strongly to only some of his records (Nicolae Ion Roman, 2008-08-23, on nine records;
#: "Roman Nicolae Ion", sex F, with the plate NT 70 KMY that two of the nine carry: 26 bits to
#: those two, below the threshold to the seven others).
MIN_LINK_DENSITY = 0.25
#: An edge this many bits above the threshold (rare names agreeing in full, with the patronymic,
#: or an identifier) joins two groups however few their other links (MIN_LINK_DENSITY), and
#: outweighs two confirmed birth dates one slip apart: a slip copied from one record into the next
#: ones of the same system (Yusein Ismetov Ismailov, 1988-07-05 with his EGN on eleven records,
#: 1978-07-05 on three), or a declared year that one system wrote one way and the other another
#: (Rania Al Zubi, 2006 six times, 2007 three times). Two namesakes with dates a slip apart
#: (Catalin Pop, 1964-08-27 and 1964-05-27) agree on too little to reach it; two groups that each
#: hold papers (document numbers, ids as written) and none in common stay apart however strong
#: the link (Zeeshan Jatoi, 1989-04-17 with passport AB5874666, and Zeeshan Jatoi, 1999-04-17
#: with AB3225189: two men).
STRONG_EDGE_BITS = 8.0
#: A declared birth year this far from another declared year, or from an exact date, is one
#: person's drifting declaration when a strong edge joins them (two sisters of one name declared
#: 2008 and 2010 stay apart).
DECLARED_DRIFT_YEARS = 1


@contextmanager
def gc_collector(enabled: bool) -> Iterator[None]:
    """Python's cycle collector switched on or off meanwhile, as it was afterwards.

    Off for a run: it holds millions of small objects (distinct values and their lookup rows,
    union-find state, record ids) and allocates millions more; every so often the collector walks
    all of them and finds nothing to free (at 1,000,000 records 6 s in building the lookup tables
    alone, and a third of the clustering time). Reference counting still frees memory. On again for
    Spark scoring: py4j frees the JVM objects behind its proxies through the collector (at 1,000,000
    records scoring took about 740 s with it off against 695 s)."""
    was_enabled = gc.isenabled()
    if enabled:
        gc.enable()
    else:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


#: Below this many edges clustering stays in one process: starting a helper costs more than it saves.
PARALLEL_MIN_EDGES = 100_000


def cluster(nodes: pa.Table, edges: pa.Table, threshold: float, processes: int | None = None) -> list[str]:
    """Entity id per node (in nodes' order); see `_cluster`. Python's cycle collector is off
    meanwhile (gc_collector).

    Clustering only ever joins records along edges, and what it decides for one connected group
    of records depends on nothing outside it. So the groups are shared out among `processes`
    processes (features.share_out), each clustering its own part with `_cluster` exactly as one
    process would: the same edges in the same order, the same nodes in the same order. The result
    does not depend on the number of processes (tests compare)."""
    procs = processes or worker_count()
    with gc_collector(enabled=False):
        if procs < 2 or edges.num_rows < PARALLEL_MIN_EDGES:
            return _cluster(nodes, edges, threshold)
        return _cluster_in_parts(nodes, edges, threshold, procs)


_CLUSTER_HELPER = helper_program("jointdesk.engines.linkage.pipeline", "cluster_part")


def cluster_part(work: tuple[pa.Table, pa.Table, float]) -> list[str]:
    """`_cluster` of one part (nodes, their edges, the threshold): a process's share of `cluster`."""
    return _cluster(*work)


def _cluster_in_parts(nodes: pa.Table, edges: pa.Table, threshold: float, parts: int) -> list[str]:
    """`_cluster`, its connected groups of records shared out among `parts` processes: groups in
    uid order, cut where the running count of edges and records passes each part's share."""
    import numpy as np
    import pyarrow.compute as pc

    n = nodes.num_rows
    uids = nodes.column("uid")
    left = np.asarray(pc.index_in(edges.column("uid_l"), value_set=uids), dtype=np.int64)
    right = np.asarray(pc.index_in(edges.column("uid_r"), value_set=uids), dtype=np.int64)
    group = connected_groups(n, left, right)
    # Work per group: its edges and its records; a group goes to the part where its first
    # record's running total falls, so a group is never cut.
    work = np.bincount(group[left], minlength=n) + np.bincount(group, minlength=n)
    ends = np.cumsum(work)
    part_of_group = np.minimum(((ends - work) * parts) // max(int(ends[-1]), 1), parts - 1)
    part_of_node = part_of_group[group]
    part_of_edge = part_of_node[left]
    positions = [np.flatnonzero(part_of_node == p) for p in range(parts)]
    shares = [
        (nodes.take(pa.array(positions[p])), edges.filter(pa.array(part_of_edge == p)), threshold)
        for p in range(parts)
    ]
    labels = np.empty(n, dtype=object)
    for where, part_labels in zip(positions, share_out(_CLUSTER_HELPER, shares, cluster_part), strict=True):
        labels[where] = part_labels
    return labels.tolist()  # type: ignore[no-any-return]


def connected_groups(n: int, left: Any, right: Any) -> Any:
    """For each of n nodes, the smallest node of its connected group under the edges (left[i],
    right[i]) (numpy arrays of positions): labels hooked to the smaller of each edge's two and
    shortened by pointer jumping, until every edge joins two nodes of one label."""
    import numpy as np

    label = np.arange(n, dtype=np.int64)
    while True:
        at_left, at_right = label[left], label[right]
        low = np.minimum(at_left, at_right)
        hooked = label.copy()
        np.minimum.at(hooked, at_left, low)
        np.minimum.at(hooked, at_right, low)
        while True:
            jumped = hooked[hooked]
            if np.array_equal(jumped, hooked):
                break
            hooked = jumped
        if np.array_equal(hooked, label):
            return label
        label = hooked


def _cluster(nodes: pa.Table, edges: pa.Table, threshold: float) -> list[str]:
    """Entity id per node (in nodes' order).

    Anchor records carry a birth date, a given and a family name (or a valid national id): enough
    to tell two namesakes apart. The others are weak: no date, or only one name.

    Phase 1 unions the strongest edges first among anchor records, and among weak records (at the
    threshold when both are dated, else UNDATED_PAIR_EXTRA_BITS above it). A union is refused when
    it would put two different valid ids of one kind (unless both encode one birth date and sex and
    the two groups carry one document number, or the edge is between one holder's two records:
    both names alike and one phone, HOLDER_SQL) or two irreconcilable birth dates in one entity,
    or when each group confirms a different birth date (_Entity._confirmed_dates_differ); a document
    number or national id both groups carry outweighs the dates. A group that confirms a date is
    judged by that date alone, not by the slips it absorbed. It is refused, too, when fewer than
    MIN_LINK_DENSITY of the record pairs across the two groups are edges (a chain, not a person),
    unless the edge is STRONG_EDGE_BITS above the threshold or both carry one document number or
    national id: a chain of look-alikes shares no passport, while one person's records in two
    spellings that the given-names safeguard keeps from pairing (Uğur Kaplan and Уур Каплан, two
    established names) may share only that.
    An edge STRONG_EDGE_BITS above the threshold also outweighs two confirmed dates one slip apart.
    Phase 2 attaches each group of weak records to the anchored entity it matches best, unless it
    matches an incompatible entity (another person) almost as well (ATTACH_MARGIN_BITS) and only
    one of the near-equal candidates carries a paper of the group (_paper_holder): "Ivan
    Petrov, no date" beside two Ivan Petrovs born in different years, or "Nasir, 2007" beside Nasir
    Jawad and Nasir Samadi, is left on its own rather than given to whichever came first, and never
    joins the two. This is what stops chaining through a record with a common name and little else.

    Edges are ordered by match weight (log2 odds, which still tells 20 bits from 40 where the
    probability is 1.0 for both), rounded to 6 places so tiny float differences between backends
    cannot change the order; ties break on the pair of ids.
    """
    n = nodes.num_rows
    kinds = nodes.column("kind").to_pylist()
    nids = nodes.column("nid").to_pylist()
    dobs = nodes.column("dob_txt").to_pylist()
    docs = nodes.column("doc").to_pylist()
    raw_ids = nodes.column("nid_any").to_pylist()
    anchor = nodes.column("anchor").to_pylist()
    holders = nodes.column("holder").to_pylist()
    parent = list(range(n))
    size = [1] * n
    floor = match_weight(threshold)
    left, right, weights = _ordered_edges(nodes, edges, floor)
    offsets, targets = _neighbours(n, left, right, anchor)
    members: dict[int, list[int]] = {}
    # What each root asserts. A root whose records all carry one birth date (or none) and at most
    # one valid id is "light": that date and id are all it asserts, kept in three lists, and two
    # light roots with the same date and agreeing ids cannot conflict. Most unions are of this kind
    # (one person's records, typed alike) and are spared building and merging _Entity objects
    # (at 1,000,000 records about a third of the clustering time). A root turns "heavy" (an
    # _Entity in facts) the first time anything more is asked of it.
    light_dob = list(dobs)
    light_kind = [kind if nid is not None else None for kind, nid in zip(kinds, nids, strict=True)]
    light_nid = [nid if kind is not None else None for kind, nid in zip(kinds, nids, strict=True)]
    heavy = [False] * n
    facts: list[_Entity | None] = [None] * n

    def facts_of(root: int) -> _Entity | None:
        """The _Entity of a root (None: it asserts nothing), built from its light state on first use:
        its date with one vote per record, its id, and the papers of all its records."""
        if heavy[root]:
            return facts[root]
        heavy[root] = True
        dob, kind = light_dob[root], light_kind[root]
        papers: set[str] = set()
        for m in members.get(root, [root]):
            if docs[m]:
                papers.add(docs[m])
            if raw_ids[m]:
                papers.add("id:" + raw_ids[m])
        if dob or kind is not None or papers:
            nid = light_nid[root]
            ids = {kind: nid} if kind is not None and nid is not None else {}
            entity = _Entity(ids, {dob} if dob else set(), papers or None)
            if dob and size[root] > 1:
                entity.votes = {dob: size[root]}
            facts[root] = entity
        return facts[root]

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def dense(a: int, b: int) -> bool:
        """Are enough record pairs across roots a and b edges? Counted from the smaller side."""
        if size[a] > size[b]:
            a, b = b, a
        links = 0
        for x in members.get(a, [a]):
            for y in targets[offsets[x] : offsets[x + 1]]:
                if find(y) == b:
                    links += 1
        return links >= MIN_LINK_DENSITY * size[a] * size[b]

    def share_papers(a: int, b: int) -> bool:
        fa, fb = facts_of(a), facts_of(b)
        return fa is not None and fb is not None and fa.shares_papers(fb)

    def one_holder(x: int, y: int) -> bool:
        """Are records x and y one holder's two valid ids of one birth code (HOLDER_SQL)?"""
        holder = holders[x]
        return (
            holder is not None
            and holder == holders[y]
            and kinds[x] == kinds[y]
            and nids[x] != nids[y]
            and same_birth_code(kinds[x], nids[x], nids[y])
        )

    def union(
        a: int, b: int, check_density: bool = False, strong_edge: bool = False, same_holder: bool = False
    ) -> None:
        """Join roots a and b unless what they assert conflicts (or, if asked, they are a chain).
        `same_holder`: the edge joining them is between one holder's two records (one_holder)."""
        kind_a, kind_b = light_kind[a], light_kind[b]
        light = (
            not heavy[a]
            and not heavy[b]
            and light_dob[a] == light_dob[b]
            and (kind_a is None or kind_b is None or (kind_a == kind_b and light_nid[a] == light_nid[b]))
        )
        fa = fb = None
        if not light:  # two light roots with one date and agreeing ids cannot conflict
            fa, fb = facts_of(a), facts_of(b)
            if fa is not None and fb is not None and fa.conflicts(fb, strong_edge, same_holder):
                return
        if check_density and (size[a] > 1 or size[b] > 1) and not dense(a, b) and not share_papers(a, b):
            return
        if b < a:
            a, b, fa, fb, kind_a = b, a, fb, fa, kind_b
        join(a, b)
        if light:
            if kind_a is None:
                light_kind[a], light_nid[a] = light_kind[b], light_nid[b]
        elif fa is None:
            facts[a] = fb
        elif fb is not None:
            fa.absorb(fb)

    def join(a: int, b: int) -> None:
        parent[b] = a
        size[a] += size[b]
        members.setdefault(a, [a]).extend(members.pop(b, [b]))

    strong = floor + UNDATED_PAIR_EXTRA_BITS
    overriding = floor + STRONG_EDGE_BITS
    deferred: list[int] = []
    for k, (a, b, w) in enumerate(zip(left, right, weights, strict=True)):
        if anchor[a] != anchor[b]:
            deferred.append(k)
        elif anchor[a] or w >= strong or (dobs[a] and dobs[b]):
            ra = a if parent[a] == a else find(a)
            rb = b if parent[b] == b else find(b)
            if ra != rb:
                union(
                    ra,
                    rb,
                    check_density=w < overriding,
                    strong_edge=w >= overriding,
                    same_holder=one_holder(a, b),
                )
    candidates: dict[int, dict[int, float]] = {}
    for k in deferred:
        a, b = left[k], right[k]
        weak, anchored = (a, b) if not anchor[a] else (b, a)
        group, target = find(weak), find(anchored)
        best = candidates.setdefault(group, {})
        best[target] = max(best.get(target, -1e9), weights[k])
    for group in sorted(candidates):
        ranked = sorted(candidates[group].items(), key=lambda kv: (-kv[1], kv[0]))
        target, w_best = ranked[0]
        holder = _paper_holder(group, ranked, lambda x: facts_of(find(x)))
        if holder is None:
            # Entities as they are now: an earlier group may have joined one of them.
            f_target = facts_of(find(target))
            rivals = [
                w
                for other, w in ranked[1:]
                if f_target is not None
                and (f_other := facts_of(find(other))) is not None
                and f_other.conflicts(f_target)
            ]
            if rivals and w_best - max(rivals) < ATTACH_MARGIN_BITS:
                continue
        else:
            target = holder
        group, target = find(group), find(target)
        if group != target:
            union(group, target)
    return _entity_labels(nodes.column("record_id"), parent)


def _paper_holder(
    group: int, ranked: list[tuple[int, float]], facts: Callable[[int], _Entity | None]
) -> int | None:
    """Of the candidates a weak group matches about equally well (within ATTACH_MARGIN_BITS of the
    best), the only one that carries a paper of the group (a document number or national id as
    written), if there is exactly one: a passport number is one person's, while a car, a phone
    line or a name is shared by a family or by namesakes."""
    # Cheap test first: most groups have one candidate or a clear best, and asking for a group's
    # facts builds them.
    if len(ranked) < 2 or ranked[0][1] - ranked[1][1] >= ATTACH_MARGIN_BITS:
        return None
    own = facts(group)
    if own is None or not own.docs:
        return None
    holders = [
        other
        for other, w in ranked
        if ranked[0][1] - w < ATTACH_MARGIN_BITS and (f := facts(other)) is not None and f.shares_papers(own)
    ]
    return holders[0] if len(holders) == 1 else None


def _entity_labels(record_ids: pa.ChunkedArray, parent: list[int]) -> list[str]:
    """ "E-" + the smallest record id of each node's entity, for every node: in numpy and Arrow
    (roots by pointer jumping, smallest id by rank), a million Python-level finds spared."""
    import numpy as np
    import pyarrow.compute as pc

    roots = np.asarray(parent, dtype=np.int64)
    while True:
        jumped = roots[roots]
        if np.array_equal(jumped, roots):
            break
        roots = jumped
    order = np.asarray(pc.sort_indices(record_ids))  # Arrow orders strings by code point, as Python does
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    first = np.full(len(order), len(order), dtype=np.int64)
    np.minimum.at(first, roots, rank)
    smallest = pc.take(record_ids, pa.array(order[first[roots]]))
    return pc.binary_join_element_wise("E-", smallest, "").to_pylist()  # type: ignore[no-any-return]


def _neighbours(n: int, left: list[int], right: list[int], anchor: list[bool]) -> tuple[list[int], list[int]]:
    """Adjacency of the phase-1 edges (anchor with anchor, weak with weak) as offsets and targets:
    the neighbours of node x are targets[offsets[x]:offsets[x + 1]]."""
    import numpy as np

    lft, rgt = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    flags = np.asarray(anchor, dtype=bool)
    keep = flags[lft] == flags[rgt]
    src = np.concatenate([lft[keep], rgt[keep]])
    dst = np.concatenate([rgt[keep], lft[keep]])
    order = np.argsort(src, kind="stable")
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=offsets[1:])
    return offsets.tolist(), dst[order].tolist()


def _ordered_edges(
    nodes: pa.Table, edges: pa.Table, floor: float
) -> tuple[list[int], list[int], list[float]]:
    """Edges at or above `floor` bits as node positions and weights, strongest first.

    Weights are rounded to 6 places so tiny float differences between backends cannot change the
    order; ties break on the pair of uids. Done in Arrow: a million edges sort in well under a second.
    """
    import pyarrow.compute as pc

    table = pa.table(
        {
            "w": pc.round(pc.cast(edges.column("match_weight"), pa.float64()), 6),
            "l": edges.column("uid_l"),
            "r": edges.column("uid_r"),
        }
    )
    table = table.filter(pc.or_(pc.greater_equal(table.column("w"), floor), edges.column("one_name")))
    table = table.sort_by([("w", "descending"), ("l", "ascending"), ("r", "ascending")])
    uids = nodes.column("uid")
    left = pc.index_in(table.column("l"), value_set=uids).to_pylist()
    right = pc.index_in(table.column("r"), value_set=uids).to_pylist()
    return left, right, table.column("w").to_pylist()


def prepare_model(model_path: str | Path | None, dialect: Dialect) -> ModelSpec:
    return load_model(model_path, dialect) if model_path else new_model(dialect)


def resolve(
    data: InputTable,
    *,
    backend: Dialect = "duckdb",
    model_path: str | Path | None = None,
    progress: Progress = _noop,
) -> ResolveResult:
    """Resolve every record of a checked input into entities (Python's cycle collector off:
    gc_collector)."""
    with gc_collector(enabled=False):
        return _resolve(data, backend=backend, model_path=model_path, progress=progress)


def _resolve(
    data: InputTable, *, backend: Dialect, model_path: str | Path | None, progress: Progress
) -> ResolveResult:
    import time

    timings: dict[str, float] = {}
    spec = prepare_model(model_path, "duckdb")
    with duckdb_session() as con:
        t0 = time.perf_counter()
        progress("features", 0.0)
        n = build_features(con, data.table)
        progress("features", 1.0)
        timings["features"] = time.perf_counter() - t0
        if not spec.trained:
            t0 = time.perf_counter()
            spec = train(con, spec, n, progress)
            timings["training"] = time.perf_counter() - t0
        spec = for_input_size(spec, n)
        t0 = time.perf_counter()
        progress("scoring pairs", 0.0)
        if backend == "spark":
            from jointdesk.engines.linkage.spark_backend import score_spark

            with gc_collector(enabled=True):  # py4j frees JVM objects through the collector
                edges = score_spark(con, spec, n)
        else:
            edges = score_duckdb(con, spec)
        edges = pa.concat_tables([edges, duplicate_edges(con, edges.schema)])
        progress("scoring pairs", 1.0)
        timings["scoring"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        progress("clustering", 0.0)
        nodes = node_table(con)
    # DuckDB is closed first: its buffers (up to the memory limit) are freed before clustering
    # builds its own structures, which keeps the peak down by about a gigabyte at 1,000,000 records.
    entity_ids = cluster(nodes, edges, spec.threshold)
    progress("clustering", 1.0)
    timings["clustering"] = time.perf_counter() - t0
    return ResolveResult(
        record_ids=nodes.column("record_id").to_pylist(),
        entity_ids=entity_ids,
        settings=spec.settings,
        threshold=spec.threshold,
        timings=timings,
    )
