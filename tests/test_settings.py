"""Environment variables are read in one place, and written nowhere (the server's settings:
``tests/web/test_settings.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import quotegraph
from quotegraph import settings

PACKAGE = Path(quotegraph.__file__).parent
READERS = {PACKAGE / "settings.py", PACKAGE / "web" / "settings.py"}


def test_settings_read_the_given_environment() -> None:
    assert settings.db({}) == "quotegraph.db"
    assert settings.db({"QUOTEGRAPH_DB": "postgresql://x/y"}) == "postgresql://x/y"
    assert (settings.ner({}), settings.ner({"QUOTEGRAPH_NER": "1"}), settings.ner({"QUOTEGRAPH_NER": "0"})) == (
        False, True, False,
    )  # fmt: skip
    assert (settings.no_color({}), settings.no_color({"NO_COLOR": ""}), settings.no_color({"NO_COLOR": "1"})) == (
        False, False, True,
    )  # fmt: skip
    assert settings.blas_threads({"QUOTEGRAPH_BLAS_THREADS": "3"}) == 3
    assert [
        settings.cache_dir({"HOME": "/h"}),
        settings.cache_dir({"HOME": "/h", "XDG_CACHE_HOME": "/x"}),
        settings.cache_dir({"HOME": "/h", "QUOTEGRAPH_CACHE": "/q"}),
        settings.cache_dir({"HOME": "/h", "QUOTEGRAPH_CACHE": "off"}),
    ] == [Path("/h/.cache/quotegraph"), Path("/x/quotegraph"), Path("/q"), None]


WRITES = re.compile(
    r"os\.environ\s*\[[^\]]*\]\s*=|os\.environ\.(update|setdefault|pop|popitem|clear)\b|del\s+os\.environ"
    r"|\b(putenv|unsetenv)\b"
)


def test_nothing_writes_the_environment() -> None:
    """A setting reaches the code that needs it as an argument (``serve --workers`` hands its
    settings to each worker as its app factory's argument: tests/cli/test_web.py). One exception,
    no setting: the Spark daemon loaded before the JVM started takes on the environment Spark
    launched its daemon with (tests/spark/test_daemon.py)."""
    allowed = {PACKAGE / "spark" / "daemon.py": ("os.environ.clear()", "os.environ.update(spark_env)")}
    found = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WRITES.search(line) and line.strip() not in allowed.get(path, ())
    ]
    assert found == []


def test_no_other_module_reads_the_environment() -> None:
    """Spark's session alone looks at two of PySpark's own variables: whether spark-submit started
    the driver, and whether the user chose the workers' Python (then the daemon loaded while the
    JVM starts, in this Python, is not used); the loaded daemon takes on Spark's."""
    allowed = {
        PACKAGE / "spark" / "session.py": ('"PYSPARK_GATEWAY_PORT" in os.environ', '"PYSPARK_PYTHON" not in os.environ'),
        PACKAGE / "spark" / "daemon.py": ("os.environ.clear()", "os.environ.update(spark_env)"),
    }
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in READERS:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ("os.environ" in line or "getenv" in line) and not any(a in line for a in allowed.get(path, ())):
                found.append(f"{path.relative_to(PACKAGE)}:{n}")
    assert found == []
