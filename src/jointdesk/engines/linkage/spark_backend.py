"""Scoring on Spark: the same Splink model and blocking rules, executed by pyspark.

Features are computed once (features.py) and handed to Spark as Parquet; Spark builds the blocked
pairs with the DuckDB path's SQL (pipeline.blocked_pairs_sql) and scores them; the edges come back
to the driver for the same constrained clustering as the DuckDB backend. Training draws samples and
stays on the local engine, so both backends score with identical m and u and therefore give
identical clusters. On this machine Spark runs in local mode (`local[*]`); point
JOINTDESK_SPARK_MASTER at a cluster to outgrow one machine.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from jointdesk.engines.linkage.model import (
    ModelSpec,
    edge_filter,
    for_input_size,
    kept_edge_sql,
    one_name_column_sql,
    predict_floor,
    settings_dict,
    shared_name_sql,
    trained_levels,
)
from jointdesk.engines.linkage.pipeline import blocked_pairs_sql, prediction_rules, splink_linker


class SparkUnavailable(RuntimeError):
    """pyspark or Java is missing: say so plainly instead of a JVM stack trace."""


def spark_session() -> Any:
    """A local Spark session sized for a small shared machine (or the master in JOINTDESK_SPARK_MASTER)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SparkUnavailable("the spark backend needs pyspark (pip install jointdesk[spark])") from exc
    builder = (
        SparkSession.builder.appName("jointdesk-linkage")
        .master(os.environ.get("JOINTDESK_SPARK_MASTER", "local[*]"))
        .config("spark.driver.memory", os.environ.get("JOINTDESK_SPARK_DRIVER_MEMORY", "3g"))
        .config("spark.sql.shuffle.partitions", os.environ.get("JOINTDESK_SPARK_PARTITIONS", "16"))
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        # The blocked pairs are many self-joins of the features table: broadcasting it (Spark's
        # choice from its size on disk) runs the driver out of memory at 1,000,000 records.
        .config("spark.sql.autoBroadcastJoinThreshold", "-1")
        .config("spark.sql.adaptive.autoBroadcastJoinThreshold", "-1")
    )
    try:
        from splink.backends.spark import similarity_jar_location

        builder = builder.config("spark.jars", similarity_jar_location())
    except ImportError:  # pragma: no cover
        pass
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # pragma: no cover - no Java
        raise SparkUnavailable(f"cannot start Spark (is Java 17 installed?): {exc}") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session


def spark_settings(spec: ModelSpec, n_records: int) -> dict[str, Any]:
    """The trained model re-rendered in Spark SQL, keeping every trained m and u, and set for an input
    of `n_records` records as DuckDB's is (`for_input_size`: rendering starts from the levels' defaults)."""
    prior = float(spec.settings["probability_two_random_records_match"])
    rendered = settings_dict("spark", trained_levels(spec.settings), prior)
    sized = for_input_size(replace(spec, settings=rendered), n_records).settings
    return {**sized, "retain_matching_columns": True, "retain_intermediate_calculation_columns": False}


def score_spark(con: duckdb.DuckDBPyConnection, spec: ModelSpec, n_records: int) -> pa.Table:
    """All blocked pairs at or above the threshold, scored by Spark: uid_l, uid_r, match_probability, match_weight."""
    from splink import SparkAPI

    spark = spark_session()
    with tempfile.TemporaryDirectory(prefix="jointdesk-spark-") as tmp:
        spark.sparkContext.setCheckpointDir(str(Path(tmp) / "checkpoints"))
        path = Path(tmp) / "features.parquet"
        con.execute(f"COPY features TO '{path}' (FORMAT parquet)")
        frame = spark.read.parquet(str(path))
        frame.createOrReplaceTempView("jd_features")
        settings = spark_settings(spec, n_records)
        pairs_path = str(Path(tmp) / "blocked_pairs.parquet")
        spark.sql(blocked_pairs_sql(prediction_rules(settings), table="jd_features")).write.parquet(
            pairs_path
        )
        db_api = SparkAPI(spark_session=spark, break_lineage_method="parquet")  # type: ignore[no-untyped-call]
        linker = splink_linker(db_api, frame, settings, spark.read.parquet(pairs_path))
        predictions = linker.inference.predict(threshold_match_weight=predict_floor(spec.threshold))
        edges = (
            predictions.as_spark_dataframe()
            .where(f"({edge_filter(shared_name_sql('spark'))}) AND {kept_edge_sql(spec.threshold)}")
            .selectExpr(
                "uid_l",
                "uid_r",
                "match_probability",
                "match_weight",
                one_name_column_sql(spec.threshold),
            )
            .toArrow()
        )
        linker.table_management.delete_tables_created_by_splink_from_db()
    return edges.cast(
        pa.schema(
            [
                ("uid_l", pa.int64()),
                ("uid_r", pa.int64()),
                ("match_probability", pa.float64()),
                ("match_weight", pa.float64()),
                ("one_name", pa.bool_()),
            ]
        )
    )
