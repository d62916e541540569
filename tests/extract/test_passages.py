"""Quoted passages no cue beside them claims: a lead-in and a colon, a name and a colon, a signature
line, the quotation or the subject before them (``passages.py``).

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from .phenomena import Row, phenomena

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
