"""What kind of attribution a frame makes: a statement (an act of saying or writing) or a belief,
finding, intention, stance or other report (``data/kinds.tsv`` lists the cues of each kind)."""

from __future__ import annotations

import functools
from importlib import resources

from spacy.tokens import Doc

from quotegraph.extract.frame import Frame
from quotegraph.extract.nlp import lemma_of
from quotegraph.model import KINDS, Kind

# Verbs that say nothing of what was done until their object does ("issued a statement").
LIGHT_VERBS = frozenset(
    {"issue", "make", "send", "offer", "deliver", "give", "post", "put", "release", "fire"}
)
# Verbs that say the act they govern did not happen.
WITHHOLDING = frozenset({"decline", "refuse", "fail", "hesitate", "avoid", "neglect", "forget", "stop"})
# Verbs that, taking a clause or standing inside a quotation, go on with what was said.
SPEAKING_ON = frozenset({"continue", "go"})
# Verbs of a directive: words put out when they take what is to be done as a clause or the hearer
# with an infinitive ("ordered that the records be released", "ordered the city to publish it");
# with a bare object ("ordered a review", "ordered troops to the border") an act.
DIRECTING = frozenset({"order"})


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


def kind_of(frame: Frame | None, doc: Doc | None = None) -> Kind:
    """The kind of the attribution ``frame`` makes; a quotation no cue reports (a passage after a
    colon, a transcript label, a neighbour's) is a statement. With the ``doc``, a verb that names
    no act of its own takes its kind from what it governs: "went on to say", "continued to
    insist", "issued a statement", "made the remarks"."""
    if frame is None:
        return "statement"
    lemma = frame.cue.lemma
    if frame.how == "according":  # "according to X", "In a poll by X, ...": X vouches for it
        return "statement"
    kinds = kind_lexicon()
    if lemma in DIRECTING:
        return "statement" if frame.how in ("clause", "hearer_xcomp") else "other"
    kind = kinds.get(lemma, "other")
    if kind == "statement" or doc is None:
        return kind
    if lemma in WITHHOLDING or kind == "intention":
        # "declined to say why", "refused to comment": nothing was said; "wants to tell voters":
        # not yet
        return kind
    verb = doc[frame.cue_tokens[0]]
    for child in verb.children:
        if child.dep_ == "xcomp" and kinds.get(lemma_of(child)) == "statement":
            return "statement"
        if child.dep_ == "dobj" and lemma in LIGHT_VERBS and kinds.get(lemma_of(child)) == "statement":
            return "statement"
    if lemma in SPEAKING_ON and frame.how in ("clause", "inside", "hearer_xcomp"):
        return "statement"  # "..., he continued": more of what was said
    return kind
