"""Reports inside reports: an inner report with its own reporter stands apart from the outer one
(``nesting.py``, ``assemble.py``).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from .phenomena import Row, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "a report in an adverbial clause of another keeps its own speaker": (
        "Mayor Dana Whitlock praised the new bridge on Monday as her deputy, Sam Ortiz, insisted that the old one was safe.",
        [
            ("the new bridge", "indirect", "Dana Whitlock", "praised", None, None, "Mayor"),
            ("the old one was safe", "indirect", "Sam Ortiz", "insisted", None, None, "her deputy"),
        ],
    ),
    "a relative clause with its own reporter ends the outer content": (
        "Sam Ortiz accused the council of trying to block a rule change that he said would make it harder to "
        "reopen the fight.",
        [
            ("the council of trying to block a rule change", "indirect", "Sam Ortiz", "accused", None, None, None),
            ("that he said would make it harder to reopen the fight", "indirect", "Sam Ortiz", "said", None, None, None),
        ],
    ),
    "the reporter inside a relative clause, not the relative pronoun": (
        "Mrs. Whitlock had previously sent the emails to the State Department, which she said represented all "
        "her work emails.",
        [("represented all her work emails", "indirect", "Whitlock", "said", None, None, None)],
    ),
    "a report with no reporter yields to one inside it that has one": (
        "The statement was later clarified to reflect that Dana Whitlock said a new vote on the bridge was needed.",
        [("a new vote on the bridge was needed", "indirect", "Dana Whitlock", "said", None, None, None)],
    ),
}

test_phenomenon = phenomena(CASES)
