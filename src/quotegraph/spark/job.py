"""Entry point for ``spark-submit``: ``spark-submit .../quotegraph/spark/job.py extract IN... --out DIR``.

Also ``python -m quotegraph.spark.job resolve DIR``. The commands are those of ``quotegraph spark``.
"""

from __future__ import annotations

import sys

from quotegraph.cli.spark import main

if __name__ == "__main__":
    sys.exit(main())
