"""``cues.find_frames``: which words of a sentence are cues, skipping quoted words and the writer's
own asides."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotegraph.extract import extract
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


@pytest.mark.parametrize(
    "text",
    [
        "The harbour reopened on Monday. The board painted the bridge that the mayor opened.",
        "The harbour reopened on Monday. The board repaired the bridge that the mayor opened.",
        "The harbour reopened on Monday. The board closed the bridge that the mayor opened.",
    ],
)
def test_unjudged_every_candidate_verb_keeps_its_frame(text: str) -> None:
    """In running text the judge drops what a verb of action did. (An article's first sentence,
    often its lede's attribution in the training articles, weighs for a frame: there the judge
    can keep "painted the bridge" as an attribution of another kind, never as a statement.)"""
    assert set(_cues(text, judge=True)) < set(_cues(text, judge=False))
    first = text.split(". ", 1)[1]
    assert all(q.kind != "statement" for q in extract(first, scope="all", min_confidence=0))


def test_the_copula_of_a_reported_clause_is_no_cue() -> None:
    text = "Many residents say there are still puddles on the new pier."
    assert attributions(text) == [
        ("there are still puddles on the new pier", "Many residents", "say", "statement")
    ]


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
    assert attributions(text) == [
        ("it is worth noting that the fund was audited", "Ruth Okafor", "said", "statement")
    ]


def _parsed(words: list[str], tags: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    import spacy

    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)


def test_a_cue_the_tagger_took_for_a_plural_noun_is_read_as_a_verb() -> None:
    """ "But Trump claims that he should be the exception", tagged claims/NNS with the name as its
    compound, as the parser gave it inside an article: a cue with its reporter."""
    from quotegraph.extract.cues import _verb_tagged_noun
    from quotegraph.extract.frame import subject_of

    words = ["But", "Trump", "claims", "that", "he", "should", "be", "the", "exception", "."]
    tags = ["CC", "NNP", "NNS", "IN", "PRP", "MD", "VB", "DT", "NN", "."]
    pos = ["CCONJ", "PROPN", "NOUN", "SCONJ", "PRON", "AUX", "AUX", "DET", "NOUN", "PUNCT"]
    heads = [2, 2, 2, 6, 6, 6, 2, 8, 6, 2]
    deps = ["cc", "compound", "ROOT", "mark", "nsubj", "aux", "ccomp", "det", "attr", "punct"]
    doc = _parsed(words, tags, pos, heads, deps)
    cue = _verb_tagged_noun(doc[2])
    assert cue is not None and cue.lemma == "claim"
    subject = subject_of(doc[2])
    assert subject is not None and subject.i == 1
    # "His claims that he won ...": a noun with its owner, no subject: the noun frame's, not a verb's.
    words = ["His", "claims", "that", "he", "won", "were", "false", "."]
    tags = ["PRP$", "NNS", "IN", "PRP", "VBD", "VBD", "JJ", "."]
    pos = ["PRON", "NOUN", "SCONJ", "PRON", "VERB", "AUX", "ADJ", "PUNCT"]
    heads = [1, 5, 4, 4, 1, 5, 5, 5]
    deps = ["poss", "nsubj", "mark", "nsubj", "acl", "ROOT", "acomp", "punct"]
    assert _verb_tagged_noun(_parsed(words, tags, pos, heads, deps)[1]) is None
