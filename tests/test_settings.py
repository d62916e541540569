"""Environment variables are read in one place, and a setting given to worker processes comes back whole."""

from __future__ import annotations

from pathlib import Path

import quotegraph
from quotegraph import settings
from quotegraph.web.settings import ServerSettings

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


def test_server_settings_reach_a_worker_unchanged() -> None:
    given = ServerSettings("corpus.db", token="t0k", max_body=1234, allowed_hosts=("localhost", "127.0.0.1"))
    assert ServerSettings.from_env(given.as_env()) == given
    assert ServerSettings.from_env({"QUOTEGRAPH_DB": "other.db"}) == ServerSettings("other.db")


def test_no_other_module_reads_or_writes_the_environment() -> None:
    """The command line's hand-off to uvicorn's worker processes is the one write (``serve --workers``);
    Spark's session sets the Python its executors run (``PYSPARK_PYTHON``)."""
    allowed = {
        PACKAGE / "cli" / "web.py": "os.environ.update(server.as_env())",
        PACKAGE / "spark" / "session.py": "",
    }
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in READERS:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ("os.environ" in line or "getenv" in line) and not (path in allowed and allowed[path] in line):
                found.append(f"{path.relative_to(PACKAGE)}:{n}")
    assert found == []
