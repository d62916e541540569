"""A person's name holds only the name; a role is a position, office or occupation (``naming.py``):
through the whole pipeline, and each function on invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from quotegraph.extract import naming

from .phenomena import every, parse


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Crooked Hillary Clinton said the debate was rigged.", "Hillary Clinton", None),
        ("Chef Tunde Okafor said the kitchen would reopen on Friday.", "Tunde Okafor", "Chef"),
        (
            "Wells Fargo CEO John Stumpf said the bank would repay customers.",
            "John Stumpf",
            "Wells Fargo CEO",
        ),
        ("The 68-year-old Ana Ruiz said the bridge would reopen.", "Ana Ruiz", None),
        ("US special envoy Steve Witkoff said the talks had gone well.", "Steve Witkoff", "US special envoy"),
        ("Washington Post Trump said the poll was fake. Donald Trump said it twice.", "Donald Trump", None),
        ("Texas-based Matt Ortiz said the pier was safe.", "Matt Ortiz", None),
        (
            "Senior Investigative Correspondent Cynthia Lind said the tape was real.",
            "Cynthia Lind",
            "Senior Investigative Correspondent",
        ),
        ("Anne-Marie Lind said the pier was safe.", "Anne-Marie Lind", None),
        (
            "Harbour County Recorder Helen Purcell said the office would add polling places.",
            "Helen Purcell",
            "Harbour County Recorder",
        ),
    ],
)
def test_a_name_holds_only_the_name_and_a_role_is_a_position(
    text: str, speaker: str, role: str | None
) -> None:
    assert [(q.speaker, q.role) for q in every(text)][0] == (speaker, role)


def test_the_real_one_is_an_epithet() -> None:
    """A book's "The Inside Story of the Real Omar Reyes" gives no name "Real Omar Reyes"."""
    text = 'The book is called "The Inside Story of the Real Omar Reyes." "I am not angry," Reyes said.'
    assert {q.speaker for q in every(text)} == {"Omar Reyes"}


def test_an_office_the_tagger_ran_into_the_name_gives_it_no_gender_of_its_own() -> None:
    """ "County Recorder Helen Purcell ... She said": with the office cut off, the name is
    Helen's and "she" is her."""
    text = "County Recorder Helen Purcell said the mistakes were hers. She said the office would add polling places."
    assert [q.speaker for q in every(text)] == ["Helen Purcell", "Helen Purcell"]


def test_a_headline_word_is_no_name() -> None:
    assert [q.speaker for q in every("The Latest: Latest said the polls would close at eight.")] == [None]


def _words(doc: Doc, text: str) -> list[Token]:
    """The tokens of the first span of ``doc`` whose text is ``text``."""
    at = doc.text.index(text)
    span = doc.char_span(at, at + len(text))
    assert span is not None
    return list(span)


@pytest.mark.parametrize(
    ("text", "role_words"),
    [
        ("The envoy met the chef, the spokeswoman and the CEO.", ["envoy", "chef", "spokeswoman", "CEO"]),
        ("Sen. Lena Park met a Republican and a movement.", ["Sen."]),
    ],
)
def test_a_role_word_names_a_position_office_or_occupation(text: str, role_words: list[str]) -> None:
    assert [t.text for t in parse(text) if naming.is_role_word(t)] == role_words


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Wells Fargo CEO John Stumpf", "John Stumpf", "Wells Fargo CEO"),
        ("Crooked Hillary Clinton", "Hillary Clinton", ""),
        ("Washington Post Trump", "Trump", ""),
        ("Latest", "", ""),
    ],
)
def test_a_name_as_tagged_splits_into_the_name_and_a_title(text: str, name: str, title: str) -> None:
    doc = parse(f"{text} said the polls would close at eight.")
    got_name, got_title = naming.split_title(_words(doc, text))
    assert (" ".join(t.text for t in got_name), " ".join(t.text for t in got_title)) == (name, title)


def test_a_role_is_a_position_not_an_age_a_party_or_a_plural() -> None:
    doc = parse("The 68-year-old, a Republican, met the conspirators and the envoy.")
    assert naming.real_role(None) is None
    assert naming.real_role(" the envoy, ") == "the envoy"
    assert naming.real_role("68-year-old", _words(doc, "68-year-old")) is None
    assert naming.real_role("Republican", _words(doc, "Republican")) is None
    assert naming.real_role("conspirators", _words(doc, "conspirators")) is None
    assert naming.real_role("envoy", _words(doc, "envoy")) == "envoy"
