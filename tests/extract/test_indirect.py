"""Indirect reports: a complement clause or an object, and where the content ends.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from quotegraph import extract
from quotegraph.extract.cues import find_frames

from .phenomena import Row, every, parse, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "a clause before the cue that says when is the writer's": (
        "In a statement released shortly after the mayor ended her campaign, Sam Ortiz said he was certain she "
        "would run again.",
        [("he was certain she would run again", "indirect", "Sam Ortiz", "said", None, None, None)],
    ),
    "a cue set off by dashes inside its content": (
        "The ferry fund rose 9 percent — the harbour board said — and the levy fell 1 percent.",
        [
            (
                "The ferry fund rose 9 percent — the harbour board said — and the levy fell 1 percent",
                "indirect",
                "the harbour board",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "what the object was called, with a participle after 'as'": (
        "Omar Reyes described the harbour board as sleepwalking into a flood.",
        [
            (
                "the harbour board as sleepwalking into a flood",
                "indirect",
                "Omar Reyes",
                "described",
                None,
                None,
                None,
            )
        ],
    ),
    "a finite clause after 'as' says when": (
        "Omar Reyes described the plan as the crowd was filing out.",
        [("the plan", "indirect", "Omar Reyes", "described", None, None, None)],
    ),
    "a clause before a colon leads in to the report": (
        "At his rallies, Omar Reyes tells the same story to every crowd as an example: He says the harbour board "
        "spent the surplus on consultants.",
        [
            (
                "the harbour board spent the surplus on consultants",
                "indirect",
                "Omar Reyes",
                "says",
                None,
                None,
                None,
            )
        ],
    ),
    "indirect with that": (
        "Senator Lena Park said that the bill would pass by June.",
        [("the bill would pass by June", "indirect", "Lena Park", "said", None, None, "Senator")],
    ),
    "a report in a relative clause with no 'which': the noun it hangs on is what it is about": (
        "The files are part of an audit the ministry said was ongoing as of earlier this month.",
        [
            (
                "an audit the ministry said was ongoing as of earlier this month",
                "indirect",
                "the ministry",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "estimate": (
        "Tom Reyes estimated the repairs will cost about $2 million.",
        [("the repairs will cost about $2 million", "indirect", "Tom Reyes", "estimated", None, None, None)],
    ),
    "a content ends before 'according to'": (
        "Sam Ortiz said the bridge would cost $40 million more than planned, according to a council memo "
        "seen by reporters.",
        [
            (
                "the bridge would cost $40 million more than planned",
                "indirect",
                "Sam Ortiz",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "where and when it was said is not what was said": (
        "Senator Lena Park criticized the bridge plan during a campaign stop in Eastfield on Tuesday.",
        [("the bridge plan", "indirect", "Lena Park", "criticized", None, None, "Senator")],
    ),
    "a content the parser hung on a cue that closes the sentence": (
        "Despite the storm on Tuesday, the ferry service remains committed to sailing on time, its director, "
        "Ana Ruiz, told the Harbour Gazette.",
        [
            (
                "Despite the storm on Tuesday, the ferry service remains committed to sailing on time",
                "indirect",
                "Ana Ruiz",
                "told",
                "the Harbour Gazette",
                None,
                "its director",
            ),
        ],
    ),  # fmt: skip
    "a 'but' clause after the content carries on the report": (
        "Mira Okafor said she won a scholarship for her first year, but her parents earned too much for a grant.",
        [
            (
                "she won a scholarship for her first year, but her parents earned too much for a grant",
                "indirect",
                "Mira Okafor",
                "said",
                None,
                None,
                None,
            ),
        ],
    ),  # fmt: skip
    "a noun phrase the parser coordinated with the cue is more of its object": (
        "Ruiz criticized him for repeated votes against the ferry bill in the 1990s and his vote a decade ago "
        "to curtail the harbour fund.",
        [
            (
                "repeated votes against the ferry bill in the 1990s and his vote a decade ago to curtail the "
                "harbour fund",
                "indirect",
                "Ruiz",
                "criticized him for",
                None,
                None,
                None,
            ),
        ],
    ),  # fmt: skip
}

test_phenomenon = phenomena(CASES)


def test_a_cue_that_closes_its_sentence_takes_no_circumstance_for_content() -> None:
    """What is said before a closing cue must be a clause of its own: not when it was said,
    not what was asked of the speaker, nor a clause before a cue that goes on."""
    assert every("After the vote ended, the senator said.") == []
    asked = every(
        "Asked whether the bridge had been hard for Ms. Ruiz, Mr. Okafor said: “Of course. She loved it.”"
    )
    assert "Of course. She loved it." in [q.text for q in asked]
    assert not any(q.text.startswith("Asked") for q in asked)
    went_on = every(
        "When Okafor announced the plan in June, he described the bridge as “a disgrace” and “a danger.”"
    )
    assert all(not q.text.startswith("When") for q in went_on)


def test_said_with_a_clause_the_parser_took_for_an_object() -> None:
    """ "said families ... file lawsuits", parsed as "said" with an object: the object and what
    follows it are what was said."""
    quotes = every(
        "When the moderator pointed out that Ortiz hadn't answered the question, the candidate said families "
        "of people killed by police file lawsuits."
    )
    said = [(q.text, q.type) for q in quotes if q.cue == "said"]
    assert said == [("families of people killed by police file lawsuits", "indirect")]


def test_a_participle_of_speech_after_the_object_is_a_report_of_its_own() -> None:
    """ "endorsed X, saying that ...": what was said is not more of the object endorsed."""
    found = extract(
        "At a rally in Dunmore on Tuesday, Senator Ana Lind endorsed Mayor Ruth Okafor, saying that her former "
        "rival would ''make an outstanding mayor.''",
        scope="all",
    )
    assert [(q.kind, q.cue, q.text) for q in found] == [
        ("stance", "endorsed", "Mayor Ruth Okafor"),
        ("statement", "saying", "her former rival would ''make an outstanding mayor.''"),
    ]


def test_a_name_after_a_cue_that_is_not_speech_is_not_its_subject() -> None:
    """Whether the frame judge keeps this stance or not (it is near its threshold), whose plan it
    is never becomes who endorsed it."""
    text = "The council stopped short of fully endorsing Whitlock's plan to close the bridge."
    doc = parse(text)
    frames = [
        f
        for f in find_frames(doc, lambda at: False, judge=False)
        if doc[f.cue_tokens[0]].lower_ == "endorsing"
    ]
    assert [f.content for f in frames] == [(text.index("Whitlock"), text.index("."))]
    assert all(f.source is None for f in frames)
