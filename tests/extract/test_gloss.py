"""The writer's gloss after reported content (a relative clause or a describing noun phrase set
off by a comma or a dash, to the content's end) is no part of what the speaker said; a list, a
name and quoted words are.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

from .phenomena import Row, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "a participle after the closing mark": (
        "Omar Reyes said the ferry would be “ready by March,” citing a report by the harbour board.",
        [("the ferry would be “ready by March,”", "mixed", "Omar Reyes", "said", None, None, None)],
    ),
    "a participle after the closing mark and a comma": (
        "Dana Lind said the levy was “fair and overdue”, pointing to the surplus the city ran last year.",
        [("the levy was “fair and overdue”", "mixed", "Dana Lind", "said", None, None, None)],
    ),
    "a relative clause on a place": (
        "The mayor said the ferry would stop in Harbour City, which votes on March 1.",
        [("the ferry would stop in Harbour City", "indirect", "The mayor", "said", None, None, None)],
    ),
    "a relative clause on the whole content": (
        "Omar Reyes said the ferry fund was a success, which surprised his critics.",
        [("the ferry fund was a success", "indirect", "Omar Reyes", "said", None, None, None)],
    ),
    "a describing noun phrase": (
        "Dana Lind vowed to repeal the harbour levy, a longstanding tax that funds the pier.",
        [("to repeal the harbour levy", "indirect", "Dana Lind", "vowed", None, None, None)],
    ),
    "a noun phrase after a dash": (
        "The council asked residents not to stage protests inside the hall — a message that, at least at the "
        "outset, has not been heeded.",
        [
            (
                "not to stage protests inside the hall",
                "indirect",
                "The council",
                "asked",
                "residents",
                None,
                None,
            )
        ],
    ),
    "a relative clause inside the content stays": (
        "Dana Lind said the bridge, which opened in 1990, needs repairs.",
        [
            (
                "the bridge, which opened in 1990, needs repairs",
                "indirect",
                "Dana Lind",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "quoted words in the clause are the speaker's": (
        'Dana Lind said the plan would cost "a fortune," which she called "a scandal."',
        [
            (
                'the plan would cost "a fortune," which she called "a scandal."',
                "mixed",
                "Dana Lind",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "a list is no gloss": (
        "Omar Reyes said he and Lind differ on the pier, the ferry levy and the new bridge.",
        [
            (
                "he and Lind differ on the pier, the ferry levy and the new bridge",
                "indirect",
                "Omar Reyes",
                "said",
                None,
                None,
                None,
            )
        ],
    ),
    "a name is no gloss": (
        "Omar Reyes said the levy would help his rival, Ruth Okafor.",
        [("the levy would help his rival, Ruth Okafor", "indirect", "Omar Reyes", "said", None, None, None)],
    ),
}

test_phenomenon = phenomena(CASES)
