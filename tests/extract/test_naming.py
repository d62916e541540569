"""A person's name holds only the name; a role is a position, office or occupation (``naming.py``)."""

from __future__ import annotations

import pytest

from .phenomena import every


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Crooked Hillary Clinton said the debate was rigged.", "Hillary Clinton", None),
        ("Chef Tunde Okafor said the kitchen would reopen on Friday.", "Tunde Okafor", "Chef"),
        ("Wells Fargo CEO John Stumpf said the bank would repay customers.", "John Stumpf", "Wells Fargo CEO"),
        ("The 68-year-old Ana Ruiz said the bridge would reopen.", "Ana Ruiz", None),
        ("US special envoy Steve Witkoff said the talks had gone well.", "Steve Witkoff", "US special envoy"),
        ("Washington Post Trump said the poll was fake. Donald Trump said it twice.", "Donald Trump", None),
    ],
)
def test_a_name_holds_only_the_name_and_a_role_is_a_position(text: str, speaker: str, role: str | None) -> None:
    assert [(q.speaker, q.role) for q in every(text)][0] == (speaker, role)


def test_a_headline_word_is_no_name() -> None:
    assert [q.speaker for q in every("The Latest: Latest said the polls would close at eight.")] == [None]
