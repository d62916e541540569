"""The sentence rules ``load_nlp`` adds: a paragraph break, a semicolon, a dateline's dash and a
quotation mark after a full stop start a sentence (``nlp.set_boundaries``).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

import pytest

from quotegraph.extract.nlp import (
    MAX_SENTENCE_TOKENS,
    add_sentence_rules,
    lemma_of,
    line_bounds,
    load_nlp,
    text_of,
)

from .phenomena import Row, every, parse, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "list of claims with no space after semicolons": (
        "Tom Reyes, Alicia Moreno and Sam Ortiz spoke at the hearing.\nFrom the hearing:\nReyes said the state would pay;Moreno said the party would appeal;Ortiz said the road was safe.",
        [
            ("the state would pay", "indirect", "Tom Reyes", "said", None, None, None),
            ("the party would appeal", "indirect", "Alicia Moreno", "said", None, None, None),
            ("the road was safe", "indirect", "Sam Ortiz", "said", None, None, None),
        ],
    ),
    "doubled single marks, after a full stop": (
        "Most agreed the plan would be a boon for lawyers. ''There's a lot of new complexity,'' said Dan Holt.",
        [
            ("the plan would be a boon for lawyers", "indirect", None, "agreed", None, None, None),
            ("There's a lot of new complexity,", "direct", "Dan Holt", "said", None, None, None),
        ],
    ),
    "dateline before the subject": (
        "HARBOUR CITY -- Mayor Dana Whitlock said on Monday that the barrier would be built.",
        [("the barrier would be built", "indirect", "Dana Whitlock", "said", None, None, "Mayor")],
    ),
}

test_phenomenon = phenomena(CASES)


def test_a_dateline_with_a_news_agency_ends_before_the_story() -> None:
    doc = load_nlp()("LONDON (Reuters) - Sam Ortiz said he was unlikely to win.")
    assert [s.text for s in doc.sents][-1] == "Sam Ortiz said he was unlikely to win."


def test_a_semicolon_ends_the_clause_the_parser_would_hang_across_it() -> None:
    """The parser made "thinks" a complement of the clause after the semicolon, which the judge
    rightly doubts; a semicolon ends a sentence, so the report stands on its own."""
    quotes = every(
        "Who am I leaving out? Oh yeah, Sam Ortiz—that was on purpose. He thinks that cutting the deficit is "
        "more important than defending the city; that’s a surefire ticket to this particular tar pit."
    )
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("cutting the deficit is more important than defending the city", "Sam Ortiz", "thinks")
    ]


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in parse(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (  # a paragraph break, even with no full stop
            "Ortiz said the bridge\nwould open in May",
            ["Ortiz said the bridge", "would open in May"],
        ),
        (  # a semicolon, with or without a space after it
            "Reyes said the state would pay;Moreno said the party would appeal; Ortiz left.",
            ["Reyes said the state would pay;", "Moreno said the party would appeal;", "Ortiz left."],
        ),
        (  # a dateline's dash
            "HARBOUR CITY -- Mayor Dana Whitlock said the barrier would be built.",
            ["HARBOUR CITY --", "Mayor Dana Whitlock said the barrier would be built."],
        ),
        (  # an opening mark glued to its word after a full stop
            "Most agreed. ''There's a lot of new complexity,'' said Dan Holt.",
            ["Most agreed.", "''There's a lot of new complexity,'' said Dan Holt."],
        ),
        (  # a dash inside a sentence is no dateline
            "The bridge -- and the road -- will open in May.",
            ["The bridge -- and the road -- will open in May."],
        ),
        (  # an abbreviated title is one word, and its name goes on after it
            "The pier is closed, said harbour spokesman Navy Capt. Jon Dale, who was asked about it. Col. Ann"
            " Ruiz agreed.",
            [
                "The pier is closed, said harbour spokesman Navy Capt. Jon Dale, who was asked about it.",
                "Col. Ann Ruiz agreed.",
            ],
        ),
    ],
)
def test_the_sentence_rules(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


def test_a_run_with_no_stop_is_cut_into_bounded_sentences() -> None:
    doc = parse(" ".join(["he said"] * 200))  # 400 tokens and no full stop
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    assert len(list(doc.sents)) >= 2


def test_the_rules_are_added_once_and_lemmas_are_lower_case() -> None:
    nlp = load_nlp(ner=False)
    assert "quotegraph_boundaries" in nlp.pipe_names
    assert nlp.pipe_names.index("quotegraph_boundaries") < nlp.pipe_names.index("parser")
    assert not add_sentence_rules(nlp)  # already there
    doc = parse("Officials Said the bridges were closed.")
    assert [lemma_of(t) for t in doc][:4] == ["official", "say", "the", "bridge"]
    assert text_of(doc) == doc.text


def test_contractions_with_a_typographic_apostrophe_parse_as_with_a_straight_one() -> None:
    nlp = load_nlp(ner=False)
    text = "The delegates who{a}ve already said they{a}re sure. I{a}m sure he{a}s said it. We don{a}t know."
    straight = nlp(text.format(a="'"))
    curly = nlp(text.format(a="\u2019"))
    assert [(t.tag_, t.dep_, t.head.i) for t in curly] == [(t.tag_, t.dep_, t.head.i) for t in straight]
    assert "\u2019ve" in curly.text and [t.text for t in curly][3] == "\u2019ve"
    quotes = every("The superdelegates who\u2019ve already said they back Ana Ruiz will meet on Monday.")
    assert all(q.speaker_mention != "\u2019ve" for q in quotes)


def test_line_bounds_are_the_line_s_as_a_scan_finds_them() -> None:
    text = "Headline here\n\nFirst line of text.\nSecond line.\n\nLast"
    doc = load_nlp(ner=False)(text)
    for lo in range(len(text)):
        for hi in (lo, min(len(text), lo + 3)):
            start = text.rfind("\n", 0, lo) + 1
            end = text.find("\n", hi)
            assert line_bounds(doc, lo, hi) == (start, len(text) if end < 0 else end)


def test_an_abbreviated_title_stays_with_its_name() -> None:
    quotes = every(
        "But in a call with reporters on Dec. 2, Lt. Col. Ann Ruiz, a spokeswoman for the harbour, said,"
        " ''The pier is closed. There is no way around that.''"
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Ann Ruiz", "Lt. Col.")]
