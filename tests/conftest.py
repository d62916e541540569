from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def shared_bench() -> Path:
    """The shared benchmark folder; tests that need it skip when a clone stands alone."""
    if not (SHARED_BENCH / "seed.gold.jsonl").is_file():
        pytest.skip("../shared/bench is not present (a standalone clone)")
    return SHARED_BENCH
