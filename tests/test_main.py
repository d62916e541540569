"""``python -m quotegraph`` (``__main__.py``) is the command line, and its exit status is the command's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import quotegraph


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotegraph", *argv], capture_output=True, text=True, timeout=120, check=False
    )


def test_the_module_runs_the_command_line() -> None:
    done = run("--version")
    assert (done.returncode, done.stdout) == (0, f"quotegraph {quotegraph.__version__}\n")


def test_a_failed_command_fails_the_process(tmp_path: Path) -> None:
    done = run("search", "harbour", "--db", str(tmp_path / "typo.db"))
    assert done.returncode == 1
    assert done.stderr.startswith(f"quotegraph: no corpus at {tmp_path / 'typo.db'}")
