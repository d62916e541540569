"""Reports whose source a phrase names: "according to X", a sentence opening with its poll
(``sourced.py``).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from .phenomena import Row, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "according to": (
        "According to Sam Ortiz, the road will reopen on Friday.",
        [("the road will reopen on Friday", "indirect", "Sam Ortiz", "According to", None, None, None)],
    ),
    "according to, the parser swallowing the sentence into the source": (
        "According to radio host Tim Booker, the plan reeks of “fear” and desperation.",
        [("the plan reeks of “fear” and desperation", "mixed", "Tim Booker", "According to", None, None, "radio host")],
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
