"""The tests mirror the extraction package: each of its modules has a test file of its own."""

from __future__ import annotations

from pathlib import Path

import quotegraph

EXTRACT = Path(quotegraph.__file__).parent / "extract"
TESTS = Path(__file__).parent / "extract"
TESTED_ELSEWHERE = {
    "encoder": "test_exact_speedups.py",  # equal to thinc's encoder, with the other speed-ups
    "word_constructions": "test_constructions.py",  # runs every registry's examples
}


def test_every_extract_module_has_its_test_file() -> None:
    missing = [
        module.stem
        for module in sorted(EXTRACT.glob("*.py"))
        if module.stem != "__init__"
        and not (TESTS / TESTED_ELSEWHERE.get(module.stem, f"test_{module.stem}.py")).is_file()
    ]
    assert missing == []
