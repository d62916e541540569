"""From passages and frames to quotes (``assemble.py``): a quotation split by its attribution is one
group, whoever its speaker; overlaps go to the surer quote; titles and scare quotes are no
quotations; a content's edges next to a passage, "according to" or a hearer."""

from __future__ import annotations

import pytest

from quotegraph.extract import assemble
from quotegraph.extract.confidence import FEATURES, confidence_model
from quotegraph.extract.marks import find_marked
from quotegraph.model import Quote

from .phenomena import every, parse


@pytest.mark.parametrize(
    ("text", "passages"),
    [
        pytest.param(
            "“We will rebuild,” Ruiz said. “The bridge matters to everyone here.”",
            ["We will rebuild,", "The bridge matters to everyone here."],
            id="split by its attribution",
        ),
        pytest.param(
            "“The boats are sound,” she said. “We will sail on Monday.”",
            ["The boats are sound,", "We will sail on Monday."],
            id="a source no name is given for",
        ),
        pytest.param(
            "“To all the harbour workers,” Ruiz said, “Keep the bridge open and safe.”",
            ["To all the harbour workers,", "Keep the bridge open and safe."],
            id="the cue leads the second passage",
        ),
        pytest.param(
            "“The ferry is safe,” Ruiz said on Harbour Radio's “Morning at the Docks.” “We sail on Monday.”",
            ["The ferry is safe,", "We sail on Monday."],
            id="a title in marks inside the attribution",
        ),
        pytest.param(
            "''The ferry is safe,'' she said on Harbour Radio's ''Morning Docks.'' ''We sail on Monday.''",
            ["The ferry is safe,", "We sail on Monday."],
            id="a title in two apostrophes inside the attribution",
        ),
    ],
)
def test_a_quotation_split_by_its_attribution_is_one_group(text: str, passages: list[str]) -> None:
    quotes = every(text)
    assert [q.text for q in quotes] == passages
    assert quotes[0].group is not None and quotes[0].group == quotes[1].group


def test_two_speakers_quotations_are_not_grouped() -> None:
    text = "“We will rebuild,” Ruiz said. Mr. Okafor disagreed. “The bridge is lost,” Okafor said."
    assert {q.group for q in every(text)} == {None}


def test_what_the_attribution_reports_on_the_way_stays_out_of_the_group() -> None:
    text = (
        "“We came close to a deal,” Ruiz said in Harwich, recalling a 2019 ferry plan that failed. "
        "“The council and I voted for it.”"
    )
    quotes = every(text)
    assert [q.text for q in quotes] == [
        "We came close to a deal,",
        "a 2019 ferry plan that failed",
        "The council and I voted for it.",
    ]
    assert quotes[0].group is not None and quotes[0].group == quotes[2].group and quotes[1].group is None


def test_words_the_attribution_quotes_on_the_way_do_not_split_the_group() -> None:
    text = (
        "“Everything is on the table,” Ruiz told the Harbour Times after hinting that “staff changes” "
        "could come. “I am looking carefully.”"
    )
    quotes = every(text)
    assert [(q.text, q.type) for q in quotes] == [
        ("Everything is on the table,", "direct"),
        ("“staff changes” could come", "mixed"),
        ("I am looking carefully.", "direct"),
    ]
    assert quotes[0].group is not None and quotes[0].group == quotes[2].group and quotes[1].group is None


def test_a_quotation_that_goes_on_in_the_next_paragraph_is_one_group() -> None:
    text = "“The bridge is safe,” said Ana Ruiz, the harbour master.\n\n“We will open it on Monday.”"
    quotes = every(text)
    assert [q.text for q in quotes] == ["The bridge is safe,", "We will open it on Monday."]
    assert quotes[0].group is not None and quotes[0].group == quotes[1].group
    later = "“The bridge is safe,” said Ana Ruiz.\n\nThe ferry stopped.\n\n“We will open it on Monday.”"
    assert {q.group for q in every(later)} == {None}


def _quote(start: int, end: int, confidence: float, **fields: object) -> Quote:
    base: dict[str, object] = {"text": "", "type": "direct", "speaker": "Ana Ruiz", "confidence": confidence}
    return Quote(start=start, end=end, **{**base, **fields})  # type: ignore[arg-type]


def test_overlapping_quotes_keep_the_surer_one() -> None:
    quotes = [_quote(0, 10, 0.5), _quote(5, 20, 0.9), _quote(20, 30, 0.4), _quote(25, 26, 0.3)]
    assert [(q.start, q.end) for q in assemble._drop_overlaps(quotes)] == [(5, 20), (20, 30)]


def test_a_split_statement_shares_a_group_and_other_quotes_do_not() -> None:
    text = "“We will rebuild,” Ruiz said. “The bridge matters.”\n“A new paragraph.”"
    said = (text.index("said"), text.index("said") + 4)
    first = _quote(1, 17, 0.9, cue_span=said)
    second = _quote(31, 50, 0.8)
    third = _quote(text.index("A new"), text.index("paragraph.") + 10, 0.8)
    other = _quote(31, 50, 0.8, speaker="Omar Reyes")
    grouped = assemble._group_split(text, [first, second, third])
    assert [q.group for q in grouped] == ["g1", "g1", None]
    # The next paragraph's passage, with another quotation between: no part of the first.
    assert [q.group for q in assemble._group_split(text, [first, third])] == [None, None]
    assert [q.group for q in assemble._group_split(text, [first, other])] == [None, None]
    assert assemble._same_source(_quote(0, 1, 0.5, speaker=None, speaker_span=(3, 8)),
                                 _quote(2, 3, 0.5, speaker=None, speaker_span=(3, 8)))  # fmt: skip
    assert not assemble._same_source(_quote(0, 1, 0.5, speaker=None), _quote(2, 3, 0.5, speaker=None))


@pytest.mark.parametrize(
    ("passage", "titled", "named", "sentence"),
    [
        ("“Face the Nation”", True, True, False),
        ("“Chick Lit: The New Woman's Fiction”", True, False, False),  # a title too long for a name
        ("“no”", False, True, False),
        ("“We will rebuild the bridge by May,”", False, False, True),
        ("“we will rebuild the bridge soon”", False, False, True),
        ("“We lost,”", False, False, False),  # ends as a clause does: said, if briefly
        ("“Stop The Bridge Now!”", False, False, False),
        ("“Okafor is Harbour Police,”", False, False, True),  # a lowercase verb: a sentence, no title
    ],
)
def test_a_title_or_a_word_in_marks_is_no_quotation(
    passage: str, titled: bool, named: bool, sentence: bool
) -> None:
    text = f"Ruiz said {passage} on Monday."
    (m,) = find_marked(text)
    assert (assemble._titled(text, m), assemble._named_thing(text, m), assemble._sentence_like(text, m)) == (
        titled, named, sentence,
    )  # fmt: skip


def test_words_outside_the_passages_of_a_content() -> None:
    text = "the bridge was “safe and sound” at last"
    marked = find_marked(text)
    assert assemble._outside_words(text, 0, len(text), marked) == 5
    assert assemble._outside_words(text, 0, len(text), []) == 8


def test_a_content_ends_before_according_to_unless_that_is_its_cue() -> None:
    text = "Ortiz said the bridge would cost more than planned, according to a memo."
    cs, ce = text.index("the bridge"), len(text) - 1
    none = assemble._Index([])
    assert text[cs : assemble._before_according_to(text, cs, ce, none, text.index("said"))] == (
        "the bridge would cost more than planned"
    )
    assert assemble._before_according_to(text, cs, ce, none, text.index("according")) == ce


def test_a_content_opening_with_a_passage_before_its_cue_ends_with_the_passage() -> None:
    text = "“We lost,” she said, introducing the mayor to the crowd."
    marked = find_marked(text)
    cue = text.index("said")
    end = assemble._passage_before_cue(text, marked, [m.end for m in marked], 1, len(text) - 1, cue)
    assert text[1:end] == "We lost,”"
    plain = "She said we lost, introducing the mayor."
    assert (
        assemble._passage_before_cue(plain, [], [], 9, len(plain) - 1, plain.index("said")) == len(plain) - 1
    )


@pytest.mark.parametrize(
    ("text", "content", "lemma", "hearer"),
    [
        ("Ortiz told the Harbour Times.", "the Harbour Times", "tell", True),
        ("Ortiz told the crowd.", "the crowd", "tell", True),
        ("Ortiz told a story.", "a story", "tell", False),
        ("Ortiz urged a strong stand.", "a strong stand", "urge", False),
    ],
)
def test_a_content_that_names_a_hearer(text: str, content: str, lemma: str, hearer: bool) -> None:
    at = text.index(content)
    assert assemble._names_a_hearer(parse(text), (at, at + len(content)), lemma) is hearer


def test_quotes_of_an_article_with_calibrated_confidences() -> None:
    doc = parse("Mayor Ana Ruiz said the bridge would reopen in May.")
    found = assemble.candidates_of(doc)
    quotes = assemble.quotes_of(doc)
    assert [q.text for q, _ in found] == [q.text for q in quotes] == ["the bridge would reopen in May"]
    assert list(found[0][1]) == list(FEATURES)
    assert quotes[0].confidence == round(confidence_model().probability(found[0][1]), 3)
