"""The cue lexicon (``lexicon.cues``, read from ``data/cues.tsv``); that its frames column names
only the registry's constructions is tested in test_constructions.py."""

from __future__ import annotations

from quotegraph.extract.lexicon import ALL_FRAMES, Cue, cues


def test_the_lexicon_reads_kind_object_and_frames_from_its_table() -> None:
    lexicon = cues()
    assert lexicon["say"] == Cue("say", "speech", False, ALL_FRAMES)
    assert lexicon["tell"].addressee_object and not lexicon["say"].addressee_object
    assert lexicon["continue"].frames == ALL_FRAMES - {"inside"}
    assert {c.kind for c in lexicon.values()} <= {"speech", "stance", "belief", "finding"}
    assert all(c.lemma == lemma for lemma, c in lexicon.items())
