"""The SparkSession every job uses: the cluster's when submitted, else ``local[2]``."""

from __future__ import annotations

import atexit
import os
import sys
from typing import Any

from quotegraph import settings
from quotegraph.spark import daemon, jvm

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
        archive = partial = warm = None
        if chosen:
            builder = builder.master(chosen)
            if local:
                archive = jvm.archive_path(settings.cache_dir())
                options, partial = jvm.java_options(archive)
                if "PYSPARK_PYTHON" not in os.environ:
                    # Workers of this Python: the pipeline loads in a daemon while the JVM starts.
                    warm = daemon.start_warm()
                builder = (
                    builder.config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.extraJavaOptions", options)
                )
        for key, value in {**STATIC_CONF, **SESSION_CONF}.items():
            builder = builder.config(key, value)
        active = _start(builder, archive)
        if local and "PYSPARK_PYTHON" not in os.environ:
            # Local workers must run this interpreter (the one with quotegraph and spaCy installed).
            # PySpark takes the workers' Python from the context (``spark.pyspark.python`` is read
            # by spark-submit only), so it is set there rather than in the environment.
            active.sparkContext.pythonExec = sys.executable
        if warm is not None:
            active.sparkContext.environment[daemon.WARM_ENV] = warm.path
            atexit.register(warm.end)
        if partial is not None and archive is not None:
            jvm.keep_when_written(active.sparkContext._gateway.proc, partial, archive)
    for key, value in SESSION_CONF.items():
        active.conf.set(key, value)
    return active


def _start(builder: Any, archive: Any) -> Any:
    """``builder.getOrCreate()``; a JVM that cannot start with its class archive (a damaged file
    can crash it) starts again without one."""
    from pyspark.errors import PySparkRuntimeError

    try:
        return builder.getOrCreate()
    except PySparkRuntimeError:
        if not jvm.drop(archive):
            raise
    options, _ = jvm.java_options(None)
    return builder.config("spark.driver.extraJavaOptions", options).getOrCreate()
