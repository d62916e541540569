"""quotegraph on Apache Spark: the single-machine pipeline's own functions, run over millions of articles.

- ``extract``: read JSONL / WARC / HTML / text files from any Hadoop-compatible URI, extract with the
  spaCy model loaded once per executor process, write Parquet tables partitioned by publication date.
- ``identity`` and ``clusters``: the ``resolve`` package's speaker identity and quote clustering, applied
  per surname group and per LSH bucket / connected component, giving the single-machine answer.
- ``load``: Parquet output into the SQLite or PostgreSQL store (pyarrow only, no Spark needed).

Nothing here imports pyspark at module level except the job modules, which the CLI imports lazily.
"""
