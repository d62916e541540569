"""Spark's Python daemon with quotegraph's spaCy pipeline loaded before it forks its workers.

Spark starts each executor's Python workers by forking this daemon (``spark.python.daemon.module``,
set by ``session.get_spark``): every worker then starts with the model in memory, shared
copy-on-write, as ``quotegraph extract -j N`` shares it with its forked workers, instead of each
worker loading it on its first task; the modules an Arrow task imports are loaded there too.
"""

from __future__ import annotations

if __name__ == "__main__":
    import pandas  # noqa: F401 (what an Arrow task imports, imported once)
    import pyspark.sql.pandas.serializers  # noqa: F401
    import pyspark.worker  # noqa: F401
    from pyspark import daemon

    import quotegraph.spark.batches  # noqa: F401
    from quotegraph.extract import extract

    extract('"Ready," she said.')  # loads the pipeline tasks use (QUOTEGRAPH_NER as the environment sets it)
    daemon.manager()
