"""A cue set inside what it reports ("X, she said, Y", "as X noted", "as X put it"): the content is
the whole clause around it.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from quotegraph import extract

from .phenomena import Row, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "cue inside its content": (
        "Back in the city, Sam Ortiz said, he decided to reopen the road.",
        [
            (
                "Back in the city, Sam Ortiz said, he decided to reopen the road",
                "indirect",
                "Sam Ortiz",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "a parenthetical cue hung on the complement after it": (
        'Mayor Dana Whitlock spoke on Monday. She sincerely believes, she said, that "the new bridge is a '
        'really, really good idea."',
        [
            (
                'She sincerely believes, she said, that "the new bridge is a really, really good idea."',
                "mixed",
                "Dana Whitlock",
                "said",
                None,
                None,
                "Mayor",
            )
        ],
    ),
    "as X put it": (
        "As Mayor Dana Whitlock put it in a statement in July, the bridge is ''a gift to the next generation.''",
        [
            (
                "the bridge is ''a gift to the next generation.''",
                "mixed",
                "Dana Whitlock",
                "put",
                None,
                None,
                "Mayor",
            )
        ],
    ),
    "as X noted, inside its content": (
        "The bridge, as Dana Whitlock noted, will cost less than the tunnel.",
        [
            (
                "The bridge, as Dana Whitlock noted, will cost less than the tunnel",
                "indirect",
                "Dana Whitlock",
                "noted",
                None,
                None,
                None,
            )
        ],
    ),
    "a cue between two halves of its content": (
        "The middle group paid 8.9 percent, the agency said in a June report, and those in the bottom group paid "
        "0.8 percent.",
        [
            (
                "The middle group paid 8.9 percent, the agency said in a June report, and those in the bottom group "
                "paid 0.8 percent",
                "indirect",
                "the agency",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "a cue inside a subordinate clause of its content": (
        "Though that transition was seamless, Dana Whitlock said, replacing the nominee would be acrimonious.",
        [
            (
                "Though that transition was seamless, Dana Whitlock said, replacing the nominee would be acrimonious",
                "indirect",
                "Dana Whitlock",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "what the parser hung on a cue set off by commas goes on with the content": (
        "The ferry fund would be saved, Dana Whitlock says, by the new harbour levy.",
        [
            (
                "The ferry fund would be saved, Dana Whitlock says, by the new harbour levy",
                "indirect",
                "Dana Whitlock",
                "says",
                None,
                None,
                None,
            )
        ],
    ),
    "a reason after the aside": (
        "The council is leaning toward the bridge, Omar Reyes said, because it prizes safety.",
        [
            (
                "The council is leaning toward the bridge, Omar Reyes said, because it prizes safety",
                "indirect",
                "Omar Reyes",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "a belief inside the content is part of what the aside reports": (
        "Three years ago, the harbour master said, the town considered the pier a lost cause.",
        [
            (
                "Three years ago, the harbour master said, the town considered the pier a lost cause",
                "indirect",
                "the harbour master",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "a phrase before the aside's subject belongs to the clause it interrupts": (
        "At times last year, people close to the harbour master said, the mere mention of the ferry could make him "
        "fume.",
        [
            (
                "At times last year, people close to the harbour master said, the mere mention of the ferry could make "
                "him fume",
                "indirect",
                "people close to the harbour master",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "an aside read as an adverbial clause with no conjunction": (
        "But with each passing month, these fishermen acknowledge, it becomes harder to make the case for the pier.",
        [
            (
                "with each passing month, these fishermen acknowledge, it becomes harder to make the case for the pier",
                "indirect",
                "these fishermen",
                "acknowledge",
                None,
                None,
                None,
            )
        ],
    ),
    "where it was said, after the aside, is no content": (
        "The ferry fund would be saved, Dana Whitlock said, in an interview with the Gazette.",
        [("The ferry fund would be saved", "indirect", "Dana Whitlock", "said", "the Gazette", None, None)],
    ),
}

test_phenomenon = phenomena(CASES)


def test_another_reporters_report_is_not_swallowed_by_an_interrupting_cue() -> None:
    text = (
        "Dana Whitlock and Omar Reyes debated on Monday. When Whitlock noted that Reyes had "
        "missed three council votes, Reyes boasted, \u201cThat makes me efficient.\u201d"
    )
    found = extract(text, scope="all", min_confidence=0)
    noted = [q for q in found if q.cue == "noted"]
    assert noted and noted[0].speaker == "Dana Whitlock"
    assert all(not (q.speaker == "Omar Reyes" and "missed three" in q.text) for q in found)
