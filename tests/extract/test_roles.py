"""A speaker's role: from an apposition or a title before the name, and where it stops.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from .phenomena import Row, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "indirect, name in apposition": (
        "The governor, Tom Reyes, insists the budget is balanced.",
        [("the budget is balanced", "indirect", "Tom Reyes", "insists", None, None, "governor")],
    ),
    "direct, inverted cue and appositive role": (
        "“The vote is final,” said Tom Reyes, the governor.",
        [("The vote is final,", "direct", "Tom Reyes", "said", None, None, "governor")],
    ),
    "a role in apposition stops before a clause about the person": (
        "“It was destined to fail,” said Kevin Barrett, a lawyer at Barrett & Lee, who represents the state.",
        [("It was destined to fail,", "direct", "Kevin Barrett", "said", None, None, "lawyer at Barrett & Lee")],
    ),
}

test_phenomenon = phenomena(CASES)
