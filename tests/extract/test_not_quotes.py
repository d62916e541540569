"""What is not a quotation: nothing reported, a name given, a title or scare quotes in marks.

Each case is an invented text and its exact expected output: (quote text, type, speaker, cue,
addressee, target, role)."""

from __future__ import annotations

import pytest

from .phenomena import Row, every, phenomena

CASES: dict[str, tuple[str, list[Row]]] = {
    "nothing reported": ("Nothing was said about the vote on Monday.", []),
    "a name given is no quotation": ("The rally was organized by a group called Stop Harbour.", []),
    "what something is considered is no quotation": (
        "Ohio is considered a key battleground state in the general election.",
        [],
    ),
    "titles are not quotations": ("Her new book, “The River That Would Not Wait For Anyone,” sold well.", []),
    "scare quotes are not quotations": ("The so-called “reform” package was published on Monday.", []),
    "a telephone call is no naming": ("Two days later the mayor called Lind and her lawyer.", []),
}


def test_whom_a_call_went_to_is_no_quote_but_what_they_were_called_is() -> None:
    texts = [
        q.text
        for q in every("On Friday night, the mayor called a harbour worker, Clara Powers, and urged her.")
    ]
    assert not any("Clara Powers" in t for t in texts)
    named = every("The mayor called Lind “the best of us.”")
    assert [(q.text, q.speaker, q.cue) for q in named] == [("the best of us.", "The mayor", "called")]


test_phenomenon = phenomena(CASES)


def test_a_title_in_marks_is_nobody_s_quote() -> None:
    """A show's name in quotation marks is not what the sentence's speaker said."""
    quotes = every(
        "Former mayor Dana Whitlock, who backs Ortiz, trashed the council on MSNBC’s “Morning Harbour,” calling "
        "it a “no-brainer” to prosecute under the statute."
    )
    assert all("Morning Harbour" not in q.text for q in quotes)
    assert any(q.text == "it a “no-brainer” to prosecute under the statute" for q in quotes)


def test_a_work_s_title_is_nobody_s_quote() -> None:
    """A long or exclaimed title after "of" or "called" is not what the sentence's speaker said."""
    quotes = every(
        "“We erred on the side of caution,” said Ana Ruiz, a co-author of “Tides of Change: A History of "
        "the Old Quay and Its People.”\n\nThere was a new collection from the cartoonist Lee Park called "
        "“Harbour Days!: Ten Years of Drawing the Quay.”"
    )
    assert [(q.text, q.speaker) for q in quotes] == [("We erred on the side of caution,", "Ana Ruiz")]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz wrote “Chick Lit: The New Woman's Fiction” in 2006.",
        "“We will rebuild,” Ruiz said on “Face the Nation.”",
    ],
)
def test_a_title_a_frame_names_is_no_quotation(text: str) -> None:
    assert all("Fiction" not in q.text and "Nation" not in q.text for q in every(text))


def test_what_someone_was_called_is_a_quotation_in_title_case_too() -> None:
    """A name given with "called" is the caller's words, not a work's title."""
    quotes = every("Dana Whitlock called Ortiz “The Mayor of the Whole Harbour.” She left at noon.")
    assert [(q.speaker, q.text) for q in quotes] == [("Dana Whitlock", "The Mayor of the Whole Harbour.")]
