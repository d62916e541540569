"""One local[2] SparkSession for the whole test session, and one run of the jobs over the invented
articles that the extract, identity and load tests share; the Spark tests skip without pyspark or Java."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from quotegraph.corpus import Corpus
from quotegraph.spark.load import load_dir
from quotegraph.store import open_store

from .articles import write_inputs
from .stores import cli


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


@pytest.fixture(scope="session")
def run(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``spark extract`` and ``spark resolve`` of ``articles.write_inputs``, loaded into ``spark.db``;
    the same inputs ingested into ``local.db``. Tests read it and never write under ``out``."""
    root = tmp_path_factory.mktemp("same")
    inputs = write_inputs(root / "inputs")
    out = str(root / "out")
    assert cli("spark", "extract", str(inputs), "--out", out, "--partitions", "2") == 0
    assert cli("spark", "resolve", out, "--partitions", "2") == 0
    with open_store(str(root / "spark.db")) as store:
        assert load_dir(store, out).resolved_by == "spark"
    with Corpus(str(root / "local.db")) as corpus:
        corpus.ingest([inputs])
    return {"root": root, "inputs": inputs, "out": out}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every Spark test is slow (a JVM, local[2] jobs): ``pytest -m "not slow"`` leaves them out."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.path).startswith(here + "/"):
            item.add_marker(pytest.mark.slow)
