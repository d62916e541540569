"""One local[2] SparkSession for the whole test session; the Spark tests skip without pyspark or Java."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime: install openjdk-17-jre-headless")
    from quotegraph.spark.session import get_spark

    session = get_spark("local[2]", app_name="quotegraph-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every Spark test is slow (a JVM, local[2] jobs): ``pytest -m "not slow"`` leaves them out."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.path).startswith(here + "/"):
            item.add_marker(pytest.mark.slow)
