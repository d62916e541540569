"""The tests mirror the package: each module of a package listed here has a test file of its own,
``tests/<package>/test_<module>.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotegraph

PACKAGE = Path(quotegraph.__file__).parent
TESTS = Path(__file__).parent
TESTED_ELSEWHERE = {
    "extract": {
        "encoder": "test_exact_speedups.py",  # equal to thinc's encoder, with the other speed-ups
        "word_constructions": "test_constructions.py",  # runs every registry's examples
    },
    "store": {},
    "web": {},
    "cli": {},
    "corpus": {},
}


@pytest.mark.parametrize("package", sorted(TESTED_ELSEWHERE))
def test_every_module_has_its_test_file(package: str) -> None:
    elsewhere = TESTED_ELSEWHERE[package]
    missing = [
        module.stem
        for module in sorted((PACKAGE / package).glob("*.py"))
        if module.stem != "__init__"
        and not (TESTS / package / elsewhere.get(module.stem, f"test_{module.stem}.py")).is_file()
    ]
    assert missing == []
