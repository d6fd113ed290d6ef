"""Plain Splink 5 on the same CSV, configured the way its documentation suggests to a new user.

Raw columns, the comparison library's name/date/exact comparisons, blocking on obvious column
combinations, u by random sampling, EM on two blocking rules, predict, connected components at 0.95.
No normalisation: this is the reference the engine is measured against.

Usage: python benchmarks/linkage/plain_splink.py INPUT.csv OUTPUT.csv
"""

from __future__ import annotations

import sys

import duckdb
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on


def run(input_csv: str, output_csv: str) -> None:
    con = duckdb.connect()
    con.execute(
        f"CREATE TABLE people AS SELECT * REPLACE (nullif(birth_date, '') AS birth_date) "
        f"FROM read_csv('{input_csv}', all_varchar=true, header=true)"
    )
    for col in (
        "given_name",
        "middle_name",
        "family_name",
        "sex",
        "national_id",
        "document_number",
        "nationality",
        "phone",
        "vehicle_plate",
    ):
        con.execute(f"UPDATE people SET {col} = NULL WHERE {col} = ''")
    db_api = DuckDBAPI(con)
    df = db_api.register("people")
    settings = SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="record_id",
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("family_name"),
            cl.NameComparison("middle_name"),
            cl.DateOfBirthComparison("birth_date", input_is_string=True),
            cl.ExactMatch("sex"),
            cl.ExactMatch("national_id"),
            cl.ExactMatch("document_number"),
            cl.ExactMatch("nationality"),
            cl.ExactMatch("phone"),
            cl.ExactMatch("vehicle_plate"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("given_name", "family_name"),
            block_on("family_name", "birth_date"),
            block_on("given_name", "birth_date"),
            block_on("national_id"),
            block_on("phone"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(df, settings)
    linker.training.estimate_probability_two_random_records_match([block_on("national_id")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("given_name", "family_name"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_date"))
    pairs = linker.inference.predict(threshold_match_probability=0.9)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        pairs, threshold_match_probability=0.95
    )
    con.execute(
        f"COPY (SELECT record_id, CAST(cluster_id AS VARCHAR) AS entity_id FROM {clusters.physical_name}) "
        f"TO '{output_csv}' (HEADER, DELIMITER ',')"
    )


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2])
