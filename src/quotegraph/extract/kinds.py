"""What kind of attribution a frame makes: a statement (an act of saying or writing) or a belief,
finding, intention, stance or other report (``data/kinds.tsv`` lists the cues of each kind)."""

from __future__ import annotations

import functools
from importlib import resources

from quotegraph.extract.frame import Frame
from quotegraph.model import KINDS, Kind


@functools.cache
def kind_lexicon() -> dict[str, Kind]:
    """Cue lemma -> kind, from ``data/kinds.tsv`` (the first section naming a lemma wins)."""
    text = resources.files("quotegraph").joinpath("data/kinds.tsv").read_text(encoding="utf-8")
    out: dict[str, Kind] = {}
    section: Kind | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1]
            if name not in KINDS:
                raise ValueError(f"data/kinds.tsv: unknown kind [{name}]")
            section = name  # type: ignore[assignment]
            continue
        if section is None:
            raise ValueError("data/kinds.tsv: lemmas before the first [kind] line")
        for lemma in line.split():
            out.setdefault(lemma, section)
    return out


def kind_of(frame: Frame | None) -> Kind:
    """The kind of the attribution ``frame`` makes; a quotation no cue reports (a passage after a
    colon, a transcript label, a neighbour's) is a statement."""
    if frame is None:
        return "statement"
    lemma = frame.cue.lemma
    if frame.how == "according":  # "according to X"; "In a poll by X, ..." is the poll's finding
        return "finding" if frame.cue.kind == "finding" else "statement"
    return kind_lexicon().get(lemma, "other")
