"""Reports named by other words than a verb: a phrase that names its source ("according to X", "In
a poll by X, ..."; ``sourced.py``), a report noun and a predicate adjective (``nominal.py``). Each
is built by its own function, which ``cues.find_frames`` tries on the words of its part of speech:
"according to" first, then a noun (a poll opening the sentence, else a report noun), then an
adjective. The frame judge decides their frames as it does verbs', save those of "according to"
and a poll, whose phrase says they report.

Listed here with the ``how`` each gives and invented examples, like the verb constructions
(``constructions.py``): the tests run the examples and ``docs/extraction.md`` is written from them.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from quotegraph.extract.constructions import Example
from quotegraph.extract.frame import Frame
from quotegraph.extract.nominal import adjective_frame, noun_frame
from quotegraph.extract.sourced import according_to, in_poll


@dataclass(frozen=True)
class WordConstruction:
    name: str
    hows: tuple[str, ...]
    """What its frames record (``Frame.how``), by the shape of their content."""
    build: Callable[..., Frame | None]
    examples: tuple[Example, ...]

    @property
    def description(self) -> str:
        return inspect.getdoc(self.build) or ""


ACCORDING_TO = WordConstruction(
    "according_to",
    ("according",),
    according_to,
    (
        Example(
            "According to the harbour board, the pier will reopen in May.", "the pier will reopen in May"
        ),
        Example(
            "The pier will reopen in May, according to the harbour board.", "The pier will reopen in May"
        ),
    ),
)

IN_A_POLL = WordConstruction(
    "in_a_poll",
    ("according",),
    in_poll,
    (
        Example(
            "In a Harbour Gazette poll released Monday, most residents said the pier should reopen.",
            "most residents said the pier should reopen",
        ),
        Example(
            "The mayor leads Ortiz by nine points in the latest Harbour Gazette poll.",
            "The mayor leads Ortiz by nine points",
        ),
    ),
)

REPORT_NOUN = WordConstruction(
    "report_noun",
    ("noun_clause", "noun_prep"),
    noun_frame,
    (
        Example(
            "There was little support for Councillor Dev Patel's claim that the harbour fund was empty.",
            "the harbour fund was empty",
        ),
        Example("Councillor Dev Patel's complaints about the stadium deal were shared.", "the stadium deal"),
    ),
)

REPORT_ADJECTIVE = WordConstruction(
    "report_adjective",
    ("adj_clause", "adj_prep"),
    adjective_frame,
    (
        Example(
            "Mayor Ruth Okafor is hopeful that the library will stay open.", "the library will stay open"
        ),
        Example("Councillor Mara Lind has been critical of the stadium deal.", "the stadium deal"),
    ),
)

WORD_CONSTRUCTIONS: tuple[WordConstruction, ...] = (ACCORDING_TO, IN_A_POLL, REPORT_NOUN, REPORT_ADJECTIVE)
"""In the order ``cues.find_frames`` tries them."""
