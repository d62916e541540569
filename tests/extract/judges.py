"""Frame judges for tests that check a construction, not the shipped judge's decision."""

from __future__ import annotations

from quotegraph.extract import framescore


def accepting(*lemmas: str) -> framescore.FrameModel:
    """A judge that keeps every frame of the lexicon and of the given words."""
    return framescore.FrameModel({f"lemma={lemma}": 1.0 for lemma in lemmas}, 30.0, 0.5, 0.5, None)
