"""``cues.find_frames``: which words of a sentence are cues, skipping quoted words and the writer's
own asides."""

from __future__ import annotations

import pytest

from quotegraph.extract.cues import find_frames, writers_aside

from .phenomena import parse, word


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
def test_the_writer_s_own_aside_is_no_cue(text: str, verb: str) -> None:
    doc = parse(text)
    assert writers_aside(word(doc, verb))
    aside = word(doc, verb).i
    assert all(f.cue_tokens[0] != aside for f in find_frames(doc, lambda at: False))
    assert not writers_aside(word(parse("Ruiz noted that the bridge is old."), "noted"))


def test_unjudged_every_candidate_verb_keeps_its_frame() -> None:
    text = "The board painted the bridge that the mayor opened."
    assert set(_cues(text, judge=True)) < set(_cues(text, judge=False))
