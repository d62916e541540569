"""The word lists names are told apart by (``lexicon.py``): each entry in the form the name code
compares words in (case, accents and dots aside), and none that another entry silently overrides."""

from __future__ import annotations

from collections import Counter

import pytest

from quotegraph.resolve.lexicon import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NICKNAME_GROUPS,
    ROLE_FIELDS,
    ROLE_STOPWORDS,
    TITLE_WORDS,
)
from quotegraph.resolve.names import fold, given_match

LISTS = {
    "TITLE_WORDS": TITLE_WORDS,
    "NAME_PARTICLES": NAME_PARTICLES,
    "NAME_SUFFIXES": NAME_SUFFIXES,
    "ROLE_STOPWORDS": ROLE_STOPWORDS,
    "ROLE_FIELDS": frozenset(w for words in ROLE_FIELDS.values() for w in words),
    "NICKNAME_GROUPS": frozenset(n for group in NICKNAME_GROUPS for n in group),
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_entry_is_found_in_the_form_words_are_compared_in(name: str) -> None:
    """Words are folded ("Jr." -> "jr") before they are looked up: an entry whose folded form is not
    listed would never match."""
    words = LISTS[name]
    assert sorted(w for w in words if fold(w) not in words) == []


def test_a_given_name_belongs_to_one_nickname_group() -> None:
    """A name in two groups keeps the first: the second group's link through it would be lost."""
    counts = Counter(n for group in NICKNAME_GROUPS for n in set(group))
    assert sorted(n for n, k in counts.items() if k > 1) == []
    for group in NICKNAME_GROUPS:
        assert all(given_match(group[0], other) in ("same", "nickname") for other in group), group


def test_a_role_word_belongs_to_one_field_and_is_never_dropped_as_a_stopword() -> None:
    counts = Counter(w for words in ROLE_FIELDS.values() for w in set(words))
    assert sorted(w for w, k in counts.items() if k > 1) == []
    assert sorted(LISTS["ROLE_FIELDS"] & ROLE_STOPWORDS) == []


def test_no_word_both_opens_a_name_and_belongs_inside_one() -> None:
    assert sorted(TITLE_WORDS & NAME_PARTICLES) == []
