"""From passages and frames to quotes (``assemble.py``): a quotation split by its attribution is one
group, whoever its speaker."""

from __future__ import annotations

from .phenomena import every


def test_a_quotation_split_by_its_attribution_is_one_group() -> None:
    text = "“We will rebuild,” Ruiz said. “The bridge matters to everyone here.”"
    quotes = every(text)
    assert [q.text for q in quotes] == ["We will rebuild,", "The bridge matters to everyone here."]
    assert quotes[0].group is not None and quotes[0].group == quotes[1].group


def test_two_speakers_quotations_are_not_grouped() -> None:
    text = "“We will rebuild,” Ruiz said. Mr. Okafor disagreed. “The bridge is lost,” Okafor said."
    assert {q.group for q in every(text)} == {None}


def test_a_split_quotation_of_a_source_no_name_is_given_for_is_one_group() -> None:
    text = "“The boats are sound,” she said. “We will sail on Monday.”"
    quotes = every(text)
    assert [q.text for q in quotes] == ["The boats are sound,", "We will sail on Monday."]
    assert quotes[0].group is not None and quotes[0].group == quotes[1].group
