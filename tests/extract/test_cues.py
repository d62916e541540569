"""``cues.find_frames``: which words of a sentence are cues, skipping quoted words and the writer's
own asides."""

from __future__ import annotations

import pytest

from quotegraph.extract.cues import find_frames, writers_aside

from .phenomena import attributions, parse, word


def _cues(text: str, judge: bool = True, quoted: tuple[int, int] | None = None) -> list[str]:
    inside = (lambda at: quoted[0] <= at < quoted[1]) if quoted else (lambda at: False)
    return [f.cue.lemma for f in find_frames(parse(text), inside, judge=judge)]


def test_a_sentence_s_cues_in_order_and_their_spans() -> None:
    text = "Ana Ruiz said the bridge would reopen, and Omar Reyes told reporters it would not."
    doc = parse(text)
    frames = find_frames(doc, lambda at: False)
    assert [f.cue.lemma for f in frames] == ["say", "tell"]
    assert [text[f.cue_char_span[0] : f.cue_char_span[1]] for f in frames] == ["said", "told"]


def test_according_to_and_a_poll_are_cues() -> None:
    assert _cues("According to Ana Ruiz, the bridge will reopen.") == ["according to"]
    assert "in" in _cues("In a Harbour Times poll, most voters backed the bridge.")


def test_a_cue_inside_quotation_marks_is_the_quotation_s_not_a_report() -> None:
    text = "Ruiz said: “They said it would never open.”"
    quoted = (text.index("“"), len(text))
    assert _cues(text, quoted=quoted) == ["say"]
    assert "say" in _cues(text) and len(_cues(text)) > 1


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("It is worth noting that the bridge is the oldest in the state.", "noting"),
        ("It goes without saying that the bridge is old.", "saying"),
        ("It should be noted that the bridge is old.", "noted"),
    ],
)
def test_the_writer_s_own_aside_is_found_by_its_shape(text: str, verb: str) -> None:
    doc = parse(text)
    assert writers_aside(word(doc, verb))
    assert not writers_aside(word(parse("Ruiz noted that the bridge is old."), "noted"))


def test_unjudged_every_candidate_verb_keeps_its_frame() -> None:
    text = "The board painted the bridge that the mayor opened."
    assert set(_cues(text, judge=True)) < set(_cues(text, judge=False))


def test_the_copula_of_a_reported_clause_is_no_cue() -> None:
    text = "Many residents say there are still puddles on the new pier."
    assert attributions(text) == [("there are still puddles on the new pier", "Many residents", "say", "statement")]


@pytest.mark.parametrize(
    "text",
    [
        "It is worth noting that the harbour fund was never audited.",
        "It goes without saying that the pier needs repairs.",
        "It should be noted that the bridge opened late.",
    ],
)
def test_the_writers_own_aside_is_nobodys_report(text: str) -> None:
    assert attributions(text) == []


def test_an_aside_inside_a_report_stays_the_reporters() -> None:
    text = "Mayor Ruth Okafor said it is worth noting that the fund was audited."
    assert attributions(text) == [("it is worth noting that the fund was audited", "Ruth Okafor", "said", "statement")]
