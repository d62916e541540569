"""An act of speech named as the object of issuing it ("issued a statement", "gave a speech") is
no quote: nothing of what was said is in it. What the statement said is."""

from __future__ import annotations

import quotegraph


def test_issuing_a_statement_is_no_quote_but_what_it_said_is() -> None:
    text = "The union issued a statement on Monday. The statement said the strike would go on."
    quotes = quotegraph.extract(text, scope="all", min_confidence=0.0)
    assert [(q.speaker, q.text) for q in quotes] == [("The union", "the strike would go on")]


def test_criticising_remarks_is_still_reported() -> None:
    text = "Senator Ana Reyes condemned the mayor's remarks about the harbour workers."
    quotes = quotegraph.extract(text, scope="all", min_confidence=0.0)
    assert [q.text for q in quotes] == ["the mayor's remarks about the harbour workers"]


def test_a_person_a_cue_takes_for_object_is_its_hearer_not_what_was_said() -> None:
    text = "“Did you know it was the mayor?” Todd asked the real estate mogul."
    quotes = quotegraph.extract(text, scope="all", min_confidence=0.0)
    assert [q.text for q in quotes] == ["Did you know it was the mayor?"]


def test_a_report_of_a_quotation_before_another_cue_is_no_part_of_its_content() -> None:
    text = (
        "“You winning?” she said, but Tom was drifting off again, and as the mayor went on about "
        "“how the system is rigged,” Ruth said yes, yes, yes, over and over again."
    )
    quotes = quotegraph.extract(text, scope="all", min_confidence=0.0)
    assert all(not q.text.startswith("she said") for q in quotes)
    assert "You winning?" in [q.text for q in quotes]
