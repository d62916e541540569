"""Quoted passages no cue beside them claims: a lead-in and a colon, a name and a colon, a signature
line, the quotation or the subject before them (``passages.py``).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

import pytest

from quotegraph.extract.passages import (
    Attribution,
    by_sentence,
    name_after_close,
    neighbour,
    same_sentence,
    told,
    trailing_source,
)

from .phenomena import Article, Row, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "quote split by its attribution": (
        "Alicia Moreno spoke first. “We lost,” Moreno said. “But we will be back next year, stronger than before.”",
        [
            ("We lost,", "direct", "Alicia Moreno", "said", None, None, None),
            (
                "But we will be back next year, stronger than before.",
                "direct",
                "Alicia Moreno",
                None,
                None,
                None,
                None,
            ),
        ],
    ),
    "quote over several paragraphs": (
        "“We did everything we could,” Ortiz said. “Nobody slept for three days.\n“And we would do it again tomorrow.”",
        [
            ("We did everything we could,", "direct", "Ortiz", "said", None, None, None),
            ("Nobody slept for three days.", "direct", "Ortiz", None, None, None, None),
            ("And we would do it again tomorrow.", "direct", "Ortiz", None, None, None, None),
        ],
    ),
    "no cue: the subject of the paragraph before": (
        "Sam Ortiz spoke to the crowd for an hour on Sunday.\n“This town has never let me down and I will never let it down.”",
        [
            (
                "This town has never let me down and I will never let it down.",
                "direct",
                "Sam Ortiz",
                None,
                None,
                None,
                None,
            )
        ],
    ),
    "a quotation opening the paragraph after a blank line takes the speaker before it": (
        "Mayor Dana Whitlock spoke on Monday.\n\n“We have no money left for the roads,” she said.\n\n"
        "“Right now, the vote is against the plan. It’s not for us.”",
        [
            ("We have no money left for the roads,", "direct", "Dana Whitlock", "said", None, None, "Mayor"),
            ("Right now, the vote is against the plan. It’s not for us.", "direct", "Dana Whitlock", None, None, None, "Mayor"),
        ],
    ),
    "a lead-in with no reporting verb": (
        "On July 6, Senator Lena Park made the following comment:\n\n"
        "“For young people who have left school, the rate is 33 percent. It is a disgrace.”",
        [
            (
                "For young people who have left school, the rate is 33 percent. It is a disgrace.",
                "direct",
                "Lena Park",
                None,
                None,
                None,
                "Senator",
            )
        ],
    ),
    "a name and a colon": (
        "The delay did not surprise the engineer Sam Ortiz: “Bridges always open late.”",
        [("Bridges always open late.", "direct", "Sam Ortiz", None, None, None, "engineer")],
    ),
    "a colon after a clause with no cue": (
        "Ortiz waved to stop the noise, then leaned in and boomed: “Let’s finish the bridge in May.”",
        [("Let’s finish the bridge in May.", "direct", "Ortiz", None, None, None, None)],
    ),
    "a signature line after the quotation": (
        "“The bridge will open in May, whatever the council says about the cost.”\n\n"
        "- Dana Whitlock.\n\nThe council meets again in June.",
        [
            (
                "The bridge will open in May, whatever the council says about the cost.",
                "direct",
                "Dana Whitlock",
                None,
                None,
                None,
                None,
            )
        ],
    ),
    "trailing dash and role": (
        "“The river gave us no warning this time at all.” — Maria Lund, a farmer from Eastfield",
        [
            (
                "The river gave us no warning this time at all.",
                "direct",
                "Maria Lund",
                None,
                None,
                None,
                "farmer from Eastfield",
            )
        ],
    ),
}

test_phenomenon = phenomena(CASES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are not going anywhere,” Alicia Moreno said.", ("Alicia Moreno", "Alicia Moreno", "claimed")),
        ("“Why?” Alicia Moreno demanded.", ("Alicia Moreno", "Alicia Moreno", "same_sentence")),
        (
            "The delay did not surprise the engineer Sam Ortiz: “Bridges always open late.”",
            ("Sam Ortiz", "Sam Ortiz", "colon_name"),
        ),
        (
            "Ortiz waved to stop the noise, then leaned in and boomed: “Let’s finish the bridge in May.”",
            ("Ortiz", "Ortiz", "colon_clause"),
        ),
        (
            "On July 6, Senator Lena Park made the following comment:\n\n“The rate is 33 percent. It is a disgrace.”",
            ("Lena Park", "Senator Lena Park", "lead_in"),
        ),
        ("The mayor left early. “The bridge will open in May.”", None),
    ],
)
def test_a_cue_or_a_colon_in_the_passage_s_sentence(text: str, expected: tuple[str, str, str] | None) -> None:
    article = Article(text)
    att = same_sentence(article.doc, article.people, by_sentence(article.doc, article.frames), article.marked[-1])
    assert article.found(att) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sam Ortiz spoke first. “Harbour City will always be Harbour City,” an angry Whitlock retaliated.",
            ("Whitlock", "an angry Whitlock", "after_close"),
        ),
        ("Sam Ortiz spoke first. “Harbour City will always be Harbour City.” Whitlock retaliated.", None),
        ("Sam Ortiz spoke first. “Harbour City will always be Harbour City” an angry Whitlock retaliated.", None),
        ("Sam Ortiz spoke first. “Harbour City will always be Harbour City,” Whitlock told reporters.", None),
    ],
)
def test_a_name_and_a_verb_after_a_passage_that_ends_as_a_clause_does(
    text: str, expected: tuple[str, str, str] | None
) -> None:
    article = Article(text)
    assert article.found(name_after_close(article.doc, article.people, article.marked[-1])) == expected


@pytest.mark.parametrize(
    ("text", "expected", "role"),
    [
        (
            "“The river gave us no warning this time at all.” — Maria Lund, a farmer from Eastfield",
            ("Maria Lund", "Maria Lund", "trailing"), "farmer from Eastfield",
        ),
        (
            "“The bridge will open in May, whatever the council says.”\n\n- Dana Whitlock.\n\nThe council meets in June.",
            ("Dana Whitlock", "Dana Whitlock", "trailing"), None,
        ),
        ("“The bridge will open in May.” The council meets in June.", None, None),
        (  # a long line is no signature
            "“The bridge will open in May.”\n\n- Dana Whitlock and the whole council of the harbour city, who met "
            "on Monday night to talk about the bridge.",
            None, None,
        ),
    ],
)  # fmt: skip
def test_a_dash_and_a_name_after_the_passage_or_on_a_line_of_its_own(
    text: str, expected: tuple[str, str, str] | None, role: str | None
) -> None:
    article = Article(text)
    att = trailing_source(article.doc, article.people, article.marked[-1])
    assert article.found(att) == expected
    assert (att.role if att else None) == role


def test_told_an_outlet_beside_a_passage_is_a_hearer_not_what_was_said() -> None:
    article = Article(
        "The mayor spoke first. “It looks bad, who knows?” Ortiz told the Harbour Times in an interview on Monday. "
        "Ortiz said the road was closed."
    )
    by_cue = {f.cue.lemma: f for f in article.frames}
    assert by_cue["tell"].how == "object"
    assert told(by_cue["tell"]) and not told(by_cue["say"])
    (said_what,) = Article("“It looks bad,” Ortiz told the Harbour Times.").frames
    assert said_what.how == "clause" and not told(said_what)


def test_frames_by_their_sentence_only_with_a_reporter() -> None:
    article = Article("Ortiz said the road was closed. It was reported that the bridge fell.")
    assert [(f.cue.lemma, f.source is None) for f in article.frames] == [("say", False), ("report", True)]
    grouped = by_sentence(article.doc, article.frames)
    assert {start: [f.cue.lemma for f in frames] for start, frames in grouped.items()} == {0: ["say"]}


def test_the_passage_beside_inherits_its_speaker_less_surely() -> None:
    text = "“We lost,” Moreno said. “But we will be back next year.”"
    article = Article(text)
    first = Attribution(None, "Alicia Moreno", None, (11, 17), "Moreno", 0.8, "person", "same_sentence")
    att = neighbour(text, article.marked, {0: first}, 1, [], article.people)
    assert att is not None and (att.speaker, att.how, att.confidence) == ("Alicia Moreno", "neighbour", 0.8 * 0.95)
    assert neighbour(text, article.marked, {}, 1, [], None) is None  # nobody before it to take from


def test_a_quote_running_over_paragraphs_continues_its_speaker() -> None:
    text = "“We did everything we could,” Ortiz said. “Nobody slept for three days.\n“And we would do it again.”"
    article = Article(text)
    assert article.marked[-1].continues
    before = Attribution(None, "Ortiz", None, None, None, 0.6, "person", "neighbour")
    att = neighbour(text, article.marked, {len(article.marked) - 2: before}, len(article.marked) - 1, [])
    assert att is not None and (att.speaker, att.how) == ("Ortiz", "continued")


def test_a_paragraph_with_no_report_gives_its_subject_to_the_quotation_after_it() -> None:
    text = "Sam Ortiz spoke to the crowd for an hour on Sunday.\n“This town has never let me down.”"
    article = Article(text)
    att = neighbour(text, article.marked, {}, 0, [], article.people)
    assert att is not None and (att.speaker, att.mention, att.how) == ("Sam Ortiz", "Sam Ortiz", "paragraph_subject")
