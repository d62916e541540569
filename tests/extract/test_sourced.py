"""Reports whose source a phrase names: "according to X", a clause standing in a poll ("In a
poll, ...", "... leads in the latest poll") (``sourced.py``).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quotegraph.extract import sourced

from .phenomena import Row, every, parse, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "according to": (
        "According to Sam Ortiz, the road will reopen on Friday.",
        [("the road will reopen on Friday", "indirect", "Sam Ortiz", "According to", None, None, None)],
    ),
    "according to, the parser swallowing the sentence into the source": (
        "According to radio host Tim Booker, the plan reeks of “fear” and desperation.",
        [
            (
                "the plan reeks of “fear” and desperation",
                "mixed",
                "Tim Booker",
                "According to",
                None,
                None,
                "radio host",
            )
        ],
    ),
    "a sentence opening with the poll it reports": (
        "In a poll conducted by the Harbour Times, just 28 percent of voters said they had a positive view of "
        "the mayor.",
        [
            (
                "just 28 percent of voters said they had a positive view of the mayor",
                "indirect",
                "Harbour Times",
                "In",
                None,
                None,
                None,
            )
        ],
    ),
    "the pollster named before the poll": (
        "In a new Quinnipiac poll released Monday, the mayor led Ortiz 46 percent to 40 percent.",
        [("the mayor led Ortiz 46 percent to 40 percent", "indirect", "Quinnipiac", "In", None, None, None)],
    ),
}

test_phenomenon = phenomena(CASES)


def _frames(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(word, source, content, cue kind) of each frame ``sourced`` builds on the text's words."""
    doc = parse(text)
    found = []
    for tok in doc:
        frame = sourced.according_to(doc, tok) if tok.lower_ == "according" else sourced.in_poll(doc, tok)
        if frame is not None:
            source = doc[frame.source[0] : frame.source[1]].text if frame.source else None
            content = text[frame.content[0] : frame.content[1]] if frame.content else None
            found.append((tok.text, source, content, frame.cue.kind))
    return found


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        (
            "According to Sam Ortiz, the road will reopen on Friday.",
            [("According", "Sam Ortiz", "the road will reopen on Friday", "speech")],
        ),
        (
            "The road will reopen on Friday, according to the harbour board.",
            [("according", "the harbour board", "The road will reopen on Friday", "speech")],
        ),
        (  # the content on both sides of the phrase
            "The road, according to the harbour board, will reopen on Friday.",
            [
                (
                    "according",
                    "the harbour board",
                    "The road, according to the harbour board, will reopen on Friday",
                    "speech",
                )
            ],
        ),
    ],
)
def test_according_to_names_the_source_and_the_rest_of_the_sentence_is_reported(
    text: str, frames: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _frames(text) == frames


@pytest.mark.parametrize(
    ("text", "pollster"),
    [
        (
            "In a new Quinnipiac poll released Monday, the mayor led Ortiz 46 percent to 40 percent.",
            "Quinnipiac",
        ),
        (
            "In a poll conducted by the Harbour Times, most voters said they liked the mayor.",
            "the Harbour Times",
        ),
        ("In a poll, most voters said they liked the mayor.", "a poll"),  # no pollster named: the poll
    ],
)
def test_a_sentence_opening_with_its_poll_reports_what_the_poll_found(text: str, pollster: str) -> None:
    ((_, source, content, kind),) = _frames(text)
    assert (source, kind) == (pollster, "speech")  # as "according to a poll" is
    assert content is not None and text.endswith(content + ".")


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        (
            "The mayor leads Ortiz by nine points in the latest Quinnipiac poll.",
            ("poll", "Quinnipiac", "The mayor leads Ortiz by nine points", "speech"),
        ),
        (  # the phrase inside the clause stays in it; a place is no pollster
            "She trails the mayor in the New Dunmore polls by nearly nine points.",
            ("polls", "the New Dunmore polls", "She trails the mayor in the New Dunmore polls by nearly nine points", "speech"),
        ),
        (  # an average of polls is a poll; what opens the clause is no finding
            "Since naming his running mate, Ortiz has risen to second in the Harbour Gazette average of polls.",
            ("average", "Harbour Gazette", "Ortiz has risen to second", "speech"),
        ),
    ],
)
def test_a_clause_standing_in_a_poll_is_what_the_poll_found(
    text: str, frame: tuple[str, str | None, str | None, str]
) -> None:
    assert _frames(text) == [frame]


@pytest.mark.parametrize(
    "text",
    [
        "In the harbour, most boats were sold.",  # no poll
        "Ortiz's rise in the polls worried the party.",  # a noun's phrase: the rise, not a finding
        "Most voters said they liked the mayor in a Quinnipiac poll.",  # what the voters said is theirs
        "Ortiz is expected to lead in the polls.",  # an infinitive is no clause of its own
    ],
)
def test_no_poll_s_finding(text: str) -> None:
    assert _frames(text) == []


def test_the_source_a_sentence_names_is_its_own() -> None:
    assert _frames("Ortiz leads in the polls, according to the Harbour Gazette.") == [
        ("according", "the Harbour Gazette", "Ortiz leads in the polls", "speech")
    ]


# What an "according to" phrase vouches for, and who its source is.


def vouched(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in every(text) if (q.cue or "").lower() == "according to"]


def test_the_sentence_on_either_side() -> None:
    assert vouched("The pier will reopen in May, according to the harbour board.") == [
        ("the harbour board", "The pier will reopen in May")
    ]
    assert vouched("According to the harbour board, the pier will reopen in May.") == [
        ("the harbour board", "the pier will reopen in May")
    ]


def test_a_conjunction_before_the_phrase_reports_nothing() -> None:
    assert vouched("But, according to the harbour board, the pier will reopen in May.") == [
        ("the harbour board", "the pier will reopen in May")
    ]


def test_a_contrasting_clause_it_stands_in_is_vouched_for_with_the_clause_before() -> None:
    """ "..., while Lee carried the suburbs, according to exit polls", with "according" hung on the
    "while" clause (a parse the model gives in context): the whole sentence is the polls'; a
    "while" clause with no subject of its own ("while, according to X, knowing ...") stays alone."""
    words = ["Okafor", "won", "the", "city", ",", "while", "Lee", "carried", "the", "suburbs", ",",
             "according", "to", "exit", "polls", "."]  # fmt: skip
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT",
           "VERB", "ADP", "NOUN", "NOUN", "PUNCT"]  # fmt: skip
    tags = ["NNP", "VBD", "DT", "NN", ",", "IN", "NNP", "VBD", "DT", "NNS", ",", "VBG", "IN", "NN", "NNS", "."]
    heads = [1, 1, 3, 1, 1, 7, 7, 1, 9, 7, 7, 7, 11, 14, 12, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "mark", "nsubj", "advcl", "det", "dobj", "punct", "prep",
            "prep", "compound", "pobj", "punct"]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    frame = sourced.according_to(doc, doc[11])
    assert frame is not None and frame.content is not None
    assert doc.text[frame.content[0] : frame.content[1]] == "Okafor won the city , while Lee carried the suburbs"
    words[6], pos[6], tags[6], deps[6] = "also", "ADV", "RB", "advmod"  # no subject of its own
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    frame = sourced.according_to(doc, doc[11])
    assert frame is not None and frame.content is not None
    assert doc.text[frame.content[0] : frame.content[1]] == "while also carried the suburbs"


def test_only_the_parenthesis_it_stands_in() -> None:
    text = "Dunmore (93 percent of its voters were farmers, according to the census) voted early."
    assert vouched(text) == [("the census", "93 percent of its voters were farmers")]


def test_a_contrasting_clause_goes_on_without_the_source() -> None:
    text = (
        "Okafor leads Lee by 271 delegates according to a count by the Harbour Gazette, "
        "but Lee says she will stay in the race."
    )
    quotes = every(text)
    assert [(q.speaker, q.text) for q in quotes if q.cue] == [
        ("Harbour Gazette", "Okafor leads Lee by 271 delegates"),
        ("Lee", "she will stay in the race"),
    ]


def test_and_goes_on_with_it() -> None:
    text = (
        "The top 1 percent paid 25 percent of all taxes, according to the budget office, "
        "and the top 10 percent paid 69 percent."
    )
    assert vouched(text) == [
        (
            "the budget office",
            "The top 1 percent paid 25 percent of all taxes, according to the budget office, "
            "and the top 10 percent paid 69 percent",
        )
    ]
