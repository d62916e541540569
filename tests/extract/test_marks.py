"""Quotation marks of every kind, found without the parser."""

from __future__ import annotations

import pytest

from quotegraph.extract.marks import find_marked


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said "we are ready" on Monday.', ["we are ready"]),
        ("She said “we are ready” on Monday.", ["we are ready"]),
        ("She said ‘we are ready’ on Monday.", ["we are ready"]),
        ("She said 'we are ready' on Monday.", ["we are ready"]),
        ("Elle a dit «nous sommes prêts» hier, he wrote.", ["nous sommes prêts"]),
        ("Er sagte „wir sind bereit“ gestern.", ["wir sind bereit"]),
        # nested single marks belong to the outer quote
        ("“He told me ‘never again’ and left,” she said.", ["He told me ‘never again’ and left,"]),
        # apostrophes are not marks
        ("The mayor’s aide said the city’s plan, ‘a bold one’, was late.", ["a bold one"]),
        ('He is 6\'3" tall and "very fit", the doctor wrote.', ["very fit"]),
    ],
)
def test_marks(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "“We will win this, he said.\nThe next paragraph has no marks."
    marked = find_marked(text)
    assert [(text[m.start : m.end], m.closed) for m in marked] == [("We will win this, he said.", False)]


def test_stray_closer_is_ignored() -> None:
    assert find_marked("It ended” without an opener.") == []


def test_second_opener_ends_the_unclosed_quote() -> None:
    text = "“First part was never closed. “Second part,” she said."
    assert spans(text) == ["First part was never closed.", "Second part,"]


def test_quote_over_several_paragraphs() -> None:
    text = "“One paragraph runs on.\n“And the next goes on too.\n“Then it closes.”\nAfterwards, prose."
    marked = find_marked(text)
    assert [(text[m.start : m.end], m.continues) for m in marked] == [
        ("One paragraph runs on.", False),
        ("And the next goes on too.", True),
        ("Then it closes.", True),
    ]


def test_empty_and_markless_text() -> None:
    assert find_marked("") == []
    assert find_marked("No quotes here at all.") == []


def test_marks_inside_markup_tags_quote_nobody() -> None:
    text = '<tweet id="42" author="@harbour">Mayor Ortiz said "we will open the bridge" today.</tweet>'
    assert [text[m.start : m.end] for m in find_marked(text)] == ["we will open the bridge"]


def test_a_closer_after_a_stray_space_closes_the_quotation() -> None:
    """ "... that advice, ” he said": a space the typesetting left between the last comma and the
    closing mark; the quotation ends there, and the cue after it is outside."""
    text = "“I regret having listened to that advice, ” he said, echoing his colleague."
    assert [text[m.start : m.end] for m in find_marked(text)] == ["I regret having listened to that advice,"]
    plain = 'She said , "we will win" and left.'  # a space before an opener still opens
    assert [plain[m.start : m.end] for m in find_marked(plain)] == ["we will win"]
