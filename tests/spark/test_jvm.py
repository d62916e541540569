"""The local JVM's class archive: recorded by a first run, mapped by the next, dropped when damaged.

Each run is its own Python process (a JVM's options are fixed when it starts; the test session's
JVM is already running).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RUN = """
from quotegraph.spark.session import get_spark
spark = get_spark("local[1]")
print(spark.range(3).count())
print(spark.sparkContext.getConf().get("spark.driver.extraJavaOptions"))
"""


def run(cache: Path) -> list[str]:
    """The output lines of a small job run with ``cache``, in the cache's folder (where a JVM that
    crashes writes its report)."""
    env = {**os.environ, "QUOTEGRAPH_CACHE": str(cache), "PYSPARK_PYTHON": sys.executable}
    env.pop("QUOTEGRAPH_SPARK_MASTER", None)
    done = subprocess.run(
        [sys.executable, "-c", RUN],
        env=env,
        cwd=cache.parent,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_recorded_then_mapped_and_one_the_jvm_cannot_map_dropped(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    cache = tmp_path / "cache"

    count, options = run(cache)  # nothing else in the output: the JVM's warnings go to stderr
    assert count == "3" and "-XX:ArchiveClassesAtExit=" in options
    (archive,) = cache.iterdir()  # written before the command returned; no partial file left
    size = archive.stat().st_size
    assert archive.name.endswith(f"-{size}.jsa") and size > 1_000_000

    count, options = run(cache)
    assert count == "3" and f"-XX:SharedArchiveFile={archive}" in options

    # Cut short under a name that still tells its size: mapping it crashes the JVM (SIGBUS).
    damaged = archive.with_name(archive.name.replace(f"-{size}.", f"-{size // 2}."))
    archive.rename(damaged)
    with damaged.open("r+b") as f:
        f.truncate(size // 2)
    *crash, count, options = run(cache)  # the crashed JVM's report comes first
    assert "A fatal error has been detected" in "\n".join(crash)
    assert count == "3" and "SharedArchiveFile" not in options
    assert not damaged.exists()


def test_an_archive_of_another_size_is_damaged_and_never_used(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    from quotegraph.spark import jvm

    archive = jvm.archive_path(tmp_path)
    assert archive is not None
    whole = archive.with_name(f"{archive.name}-5.jsa")
    whole.write_bytes(b"12345")
    assert jvm.java_options(archive) == (f"{jvm.LOCAL_JVM} {jvm.LOGGING} -XX:SharedArchiveFile={whole}", None)

    whole.rename(archive.with_name(f"{archive.name}-6.jsa"))  # a byte short
    options, partial = jvm.java_options(archive)
    assert options == f"{jvm.LOCAL_JVM} {jvm.LOGGING} -XX:ArchiveClassesAtExit={partial}"
    assert list(tmp_path.iterdir()) == []  # the damaged one removed; the partial is the JVM's to write
    assert jvm.java_options(None) == (f"{jvm.LOCAL_JVM} {jvm.LOGGING}", None)
