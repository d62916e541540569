"""The analysis tool that cuts a corpus's split quotations into their passages."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
try:
    import format_segmented_gold as tool
finally:
    sys.path.pop(0)


def test_a_split_quotation_becomes_its_passages() -> None:
    text = "“We lost,” Moreno said. “But we will be back next year.”"
    whole = {"start": 0, "end": len(text), "type": "direct", "speaker": "Moreno"}
    quotes, cut = tool.segmented(text, [whole])
    assert cut == 1
    assert [(text[q["start"] : q["end"]], q["speaker"]) for q in quotes] == [
        ("We lost,", "Moreno"),
        ("But we will be back next year.", "Moreno"),
    ]


def test_a_mixed_quote_and_a_single_passage_stay_whole() -> None:
    text = "Moreno said the plan was “dead” and “buried” for good. “We lost,” she said."
    mixed = {"start": 12, "end": 53, "type": "mixed", "speaker": "Moreno"}
    single = {"start": 56, "end": 64, "type": "direct", "speaker": "Moreno"}
    quotes, cut = tool.segmented(text, [mixed, single])
    assert cut == 0 and quotes == [mixed, single]
