"""The session every job uses (``session.py``): the active one, with the settings the jobs rely on set
again however a job left them; and one on a real Spark standalone cluster (a master and two workers
on loopback, each executor its own JVM and Python workers), where the jobs give the single-machine
store, table for table."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quotegraph.corpus import Corpus
from quotegraph.spark.load import load_dir
from quotegraph.spark.session import SESSION_CONF, get_spark
from quotegraph.store import open_store

from .articles import write_inputs
from .cluster import cluster_env, standalone
from .stores import TABLES, dump


def test_the_active_session_is_reused_with_the_jobs_settings_set_again(spark: Any) -> None:
    """A re-run replaces only its own partitions, and dates stay strings, because of ``SESSION_CONF``:
    a session some other code changed gets them back."""
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "static")
    spark.conf.set("spark.sql.session.timeZone", "Europe/Oslo")
    assert get_spark("local[1]") is spark  # no second session, whatever master is asked for
    assert {key: spark.conf.get(key) for key in SESSION_CONF} == SESSION_CONF
    assert spark.conf.get("spark.sql.sources.partitionOverwriteMode") == "dynamic"
    assert spark.sparkContext.getConf().get("spark.python.daemon.module") == "quotegraph.spark.daemon"


def test_jobs_on_a_standalone_cluster_equal_the_single_machine_store(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime: install openjdk-17-jre-headless")
    inputs = write_inputs(tmp_path / "inputs")
    out = str(tmp_path / "out")
    env = cluster_env(tmp_path)
    # One driver for both jobs, as ``spark-submit`` of a script would: the executors start once.
    driver = (
        "import sys; from quotegraph.cli.spark import main; "
        "sys.exit(main(sys.argv[1:7]) or main(sys.argv[7:]))"
    )
    with standalone(tmp_path / "cluster") as master:
        argv = ["extract", str(inputs), "--out", out, "--master", master, "resolve", out, "--master", master]
        done = subprocess.run(
            [sys.executable, "-c", driver, *argv], env=env, capture_output=True, text=True, timeout=900
        )
        assert done.returncode == 0, done.stderr[-3000:]
    with open_store(str(tmp_path / "spark.db")) as store:
        assert load_dir(store, out).resolved_by == "spark"
    with Corpus(str(tmp_path / "local.db")) as corpus:
        corpus.ingest([inputs])
    on_cluster, on_store = dump(str(tmp_path / "spark.db")), dump(str(tmp_path / "local.db"))
    assert on_store["articles"] and on_store["quotes"] and on_store["speakers"] and on_store["errors"]
    for table in TABLES:
        assert on_cluster[table] == on_store[table], table
