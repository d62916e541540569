"""Mixed quotes (a report holding quoted words) and what someone called or described something as.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from .phenomena import Row, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "mixed": (
        "Ortiz said the suspect had been “extremely cooperative” during questioning.",
        [
            (
                "the suspect had been “extremely cooperative” during questioning",
                "mixed",
                "Ortiz",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "describe as": (
        "Tom Reyes described the plan as a “historic” step for the state.",
        [
            (
                "the plan as a “historic” step for the state",
                "mixed",
                "Tom Reyes",
                "described",
                None,
                None,
                None,
            )
        ],
    ),
    "what someone wrote about": (
        "Sam Ortiz wrote about the “creative” use of forgeries in conjunction with genuine council records.",
        [
            (
                "the “creative” use of forgeries in conjunction with genuine council records",
                "mixed",
                "Sam Ortiz",
                "wrote about",
                None,
                None,
                None,
            )
        ],
    ),
    "what something was called, parsed with no object": (
        "Ortiz responded on Twitter, calling Whitlock’s charge “pathetic” and “dangerous.”",
        [("Whitlock’s charge “pathetic” and “dangerous.”", "mixed", "Ortiz", "calling", None, None, None)],
    ),
    "a closing mark the parser hung on the verb ends the quote it closes": (
        """The port's safety chief, Dana Whitlock, described the state of the pier as "catastrophic".""",
        [('the state of the pier as "catastrophic"', "mixed", "Dana Whitlock", "described", None, None, "port's safety chief")],
    ),
    "whom someone called what, parsed as two predicates": (
        'The two mayors spent months lobbing insults. Okafor called Lind a "pathological liar" who is'
        ' "utterly amoral," a "bully" and a "narcissist."',
        [
            (
                'Lind a "pathological liar" who is "utterly amoral," a "bully" and a "narcissist."',
                "mixed",
                "Okafor",
                "called",
                None,
                None,
                None,
            )
        ],
    ),
    "whom someone called what, parsed as a hearer": (
        'The mayors spent months lobbing insults. Lee called Okafor a "pathological liar."',
        [('Okafor a "pathological liar."', "mixed", "Lee", "called", None, None, None)],
    ),
    "whom someone called what, parsed as a noun's modifier": (
        'The rivals traded insults for weeks. Ana Reyes called Tom Ortiz a "shameless fraud" and a "coward."',
        [('Tom Ortiz a "shameless fraud" and a "coward."', "mixed", "Ana Reyes", "called", None, None, None)],
    ),
    "what someone was accused of doing": (
        'Sam Ortiz accused her of making racist remarks by using the term "superpredator" in the 1990s.',
        [
            (
                'making racist remarks by using the term "superpredator" in the 1990s',
                "mixed",
                "Sam Ortiz",
                "accused her of",
                None,
                None,
                None,
            )
        ],
    ),
    "a mixed quote ends with its passage": (
        "Dana Whitlock said the bridge has “always been a gift and will continue to be one.”",
        [
            (
                "the bridge has “always been a gift and will continue to be one.”",
                "mixed",
                "Dana Whitlock",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "what a pronoun was called": (
        "Sam Ortiz called them cowards and liars.",
        [("them cowards and liars", "indirect", "Sam Ortiz", "called", None, None, None)],
    ),
    "what 'it' was described as": (
        "Sam Ortiz described it as a disaster for the city.",
        [("it as a disaster for the city", "indirect", "Sam Ortiz", "described", None, None, None)],
    ),
    "what the object was called, hung on an adjunct": (
        'Ortiz described the council during a Tuesday interview as "a remnant of another period."',
        [
            (
                'the council during a Tuesday interview as "a remnant of another period."',
                "mixed",
                "Ortiz",
                "described",
                None,
                None,
                None,
            )
        ],
    ),
}

test_phenomenon = phenomena(CASES)
