"""``emit.quote_of``: one quote from a span and its attribution, and how it was found recorded for
the confidence model."""

from __future__ import annotations

from quotegraph.extract.cues import find_frames
from quotegraph.extract.emit import Evidence, quote_of
from quotegraph.extract.passages import Attribution

from .phenomena import parse

TEXT = "Mayor Ana Ruiz said the bridge would reopen in May."


def test_a_quote_from_a_frame_carries_its_cue_and_its_reporter() -> None:
    doc = parse(TEXT)
    (frame,) = [f for f in find_frames(doc, lambda at: False) if f.cue.lemma == "say"]
    assert frame.content is not None
    s, e = frame.content
    ruiz = (TEXT.index("Ana"), TEXT.index(" said"))
    att = Attribution(frame, "Ana Ruiz", "Mayor", ruiz, "Ana Ruiz", 0.9, "person")
    evidence: Evidence = {}
    quote = quote_of(doc, TEXT, s, e, "indirect", att, 0.8, evidence)
    assert (quote.text, quote.type, quote.speaker, quote.role, quote.cue, quote.kind) == (
        "the bridge would reopen in May", "indirect", "Ana Ruiz", "Mayor", "said", "statement",
    )  # fmt: skip
    assert (quote.start, quote.end, quote.speaker_span, quote.speaker_kind) == (s, e, ruiz, "person")
    assert quote.cue_span is not None and TEXT[quote.cue_span[0] : quote.cue_span[1]] == "said"
    assert evidence == {(s, e): ("frame", frame.how, 0.9, frame.probability)}


def test_a_quote_no_frame_reports_is_a_statement_without_a_cue() -> None:
    doc = parse(TEXT)
    att = Attribution(None, None, None, None, None, 0.5, "person", "neighbour")
    evidence: Evidence = {}
    quote = quote_of(doc, TEXT, 0, 14, "direct", att, 0.5, evidence)
    assert (quote.text, quote.cue, quote.cue_span, quote.addressee, quote.target) == ("Mayor Ana Ruiz", None, None, None, None)
    assert quote.speaker_kind is None  # no speaker, so no kind of speaker
    assert quote.kind == "statement"
    assert evidence == {(0, 14): ("neighbour", None, 0.5, None)}


def test_the_confidence_is_kept_inside_the_open_interval() -> None:
    doc = parse(TEXT)
    att = Attribution(None, "Ana Ruiz", None, None, None, 0.5)
    high = quote_of(doc, TEXT, 0, 14, "direct", att, 1.7, {})
    low = quote_of(doc, TEXT, 0, 14, "direct", att, -0.3, {})
    mid = quote_of(doc, TEXT, 0, 14, "direct", att, 0.12345, {})
    assert (high.confidence, low.confidence, mid.confidence) == (0.99, 0.05, 0.123)
