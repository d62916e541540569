"""The entry point for ``spark-submit`` (``job.py``): run as a script or a module, it takes the
commands of ``quotegraph spark`` and refuses bad arguments before any Spark starts."""

from __future__ import annotations

import subprocess
import sys

from quotegraph.spark import job


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *argv], capture_output=True, text=True, timeout=120, check=False)


def test_spark_submit_runs_the_file_with_the_spark_commands() -> None:
    done = run(job.__file__, "--help")  # as spark-submit runs it: a file, not a module
    assert done.returncode == 0, done.stderr[-2000:]
    assert "{extract,identity,cluster,resolve}" in done.stdout


def test_as_a_module_it_refuses_a_command_without_its_folder() -> None:
    done = run("-m", "quotegraph.spark.job", "resolve")
    assert done.returncode == 2
    assert "quotegraph-spark resolve: error: the following arguments are required: dir" in done.stderr
