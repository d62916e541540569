"""The SparkSession every job uses: the cluster's when submitted, else ``local[2]``."""

from __future__ import annotations

import os
import sys
from typing import Any

from quotegraph import settings

DEFAULT_MASTER = "local[2]"

SESSION_CONF = {
    # Re-running a batch replaces the (date, batch) partitions it writes, and leaves the rest.
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
    # ``date`` holds "unknown" as well as days: keep partition values as strings.
    "spark.sql.sources.partitionColumnTypeInference.enabled": "false",
    "spark.sql.session.timeZone": "UTC",
}
STATIC_CONF = {
    # Python workers fork from a daemon that has loaded the spaCy pipeline (``spark.daemon``).
    "spark.python.daemon.module": "quotegraph.spark.daemon",
}
LOCAL_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
"""A local run's JVM is the whole cluster for a few minutes: the quick JIT tier and one GC thread
halved its CPU seconds on 84 articles (13.9 against 30.8; docs/scale.md), CPU the extraction needs."""


def get_spark(master: str | None = None, app_name: str = "quotegraph") -> Any:
    """The active session, or a new one: ``master`` if given, the submitter's under ``spark-submit``,
    ``$QUOTEGRAPH_SPARK_MASTER``, else ``local[2]``."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is None:
        builder = SparkSession.builder.appName(app_name)
        submitted = "PYSPARK_GATEWAY_PORT" in os.environ
        chosen = master or (None if submitted else settings.spark_master(DEFAULT_MASTER))
        local = bool(chosen and chosen.startswith("local"))
        if chosen:
            builder = builder.master(chosen)
            if local:
                builder = (
                    builder.config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.extraJavaOptions", LOCAL_JVM)
                )
        for key, value in {**STATIC_CONF, **SESSION_CONF}.items():
            builder = builder.config(key, value)
        active = builder.getOrCreate()
        if local and "PYSPARK_PYTHON" not in os.environ:
            # Local workers must run this interpreter (the one with quotegraph and spaCy installed).
            # PySpark takes the workers' Python from the context (``spark.pyspark.python`` is read
            # by spark-submit only), so it is set there rather than in the environment.
            active.sparkContext.pythonExec = sys.executable
    for key, value in SESSION_CONF.items():
        active.conf.set(key, value)
    return active
