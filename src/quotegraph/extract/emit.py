"""One quote made from a span and its attribution, with the evidence of how it was found that
the confidence model reads (``confidence.py``)."""

from __future__ import annotations

from spacy.tokens import Doc

from quotegraph.extract.kinds import kind_of
from quotegraph.extract.passages import Attribution
from quotegraph.model import Quote, QuoteType

Evidence = dict[tuple[int, int], tuple[str, "str | None", float, "float | None"]]
"""How each quote was found, by its span: the attribution's way, the frame's construction, the
resolver's confidence and the frame judge's probability."""


def quote_of(
    doc: Doc, text: str, s: int, e: int, kind: QuoteType, att: Attribution, conf: float, evidence: Evidence
) -> Quote:
    frame = att.frame
    judged = frame.probability if frame else None
    evidence[(s, e)] = (att.how, frame.how if frame else None, att.confidence, judged)
    cue_span = cue = None
    if frame is not None:
        cue_span = frame.cue_char_span
        cue = text[cue_span[0] : cue_span[1]]
    return Quote(
        start=s,
        end=e,
        text=text[s:e],
        type=kind,
        speaker=att.speaker,
        speaker_kind=att.speaker_kind if att.speaker else None,
        speaker_span=att.span,
        speaker_mention=att.mention,
        role=att.role,
        cue=cue,
        cue_span=cue_span,
        addressee=frame.addressee if frame else None,
        target=frame.target if frame else None,
        confidence=round(max(0.05, min(0.99, conf)), 3),
        kind=kind_of(frame, doc),
    )
