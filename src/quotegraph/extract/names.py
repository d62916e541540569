"""Names without the statistical NER: runs of proper nouns from the tagger, typed by their words.

spaCy's NER costs about a third of the small pipeline's time; attribution needs only which words
form a name and whether it is a person or an organisation. This component sets ``doc.ents`` from
the tagger's PROPN runs so the rest of extraction reads names the same way either way.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotegraph.extract.lexicon import (
    AFFILIATION_WORDS,
    HONORIFICS,
    ORG_WORDS,
    PLACE_WORDS,
    QUOTE_CHARS,
    TIME_NAMES,
    TITLE_WORDS,
    cues,
)
from quotegraph.extract.nlp import lemma_of

_SPEECH = frozenset(lemma for lemma, cue in cues().items() if cue.kind == "speech")
NAME_JOINERS = {
    "al",
    "el",
    "bin",
    "ibn",
    "de",
    "da",
    "van",
    "von",
    "der",
    "la",
    "le",
    "di",
    "du",
    "del",
    "abu",
    "&",
}


ORG_LINKS = {"of", "for", "on", "and", "&"}


def _is_name_word(tok: Token, known: set[str]) -> bool:
    if not tok.text[:1].isupper() or tok.lower_ in TIME_NAMES:
        return False
    low = tok.lower_
    if tok.pos_ != "PROPN":
        # A capitalised common noun is a name when the article uses that word as one elsewhere
        # ("Trump said" at the start of a sentence, tagged NOUN).
        return tok.pos_ == "NOUN" and low in known
    # Title-case headlines tag their verbs PROPN: "Obama Says ...", "Trump Slams ...".
    return not (low.endswith("s") and low[:-1] in cues())


def _known_names(doc: Doc) -> set[str]:
    """Words the article itself uses as names: tagged PROPN, or capitalised inside a sentence."""
    known: set[str] = set()
    for tok in doc:
        capitalised = tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN")
        # Not the first word of a sentence or of a quotation, where every word is capitalised.
        if (
            capitalised
            and not tok.is_sent_start
            and tok.i > 0
            and doc[tok.i - 1].text not in QUOTE_CHARS + ":"
        ):
            known.add(tok.lower_)
    return known


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of name words; leading titles and affiliations are cut off ("Sen. Ted Cruz" -> "Ted Cruz",
    "Charlotte Mayor Jennifer Roberts" -> "Jennifer Roberts"); hyphens join ("Ki-moon"); an
    organisation's name runs on over "of", "for", "on" ("Federal Bureau of Prisons")."""
    known = _known_names(doc)
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _is_name_word(doc[i], known):
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = doc[j]
            if _is_name_word(tok, known):
                j += 1
            elif (
                tok.lower_ in NAME_JOINERS
                and j + 1 < n
                and _is_name_word(doc[j + 1], known)
                or (
                    tok.text == "-"
                    and not doc[j - 1].whitespace_
                    and j + 1 < n
                    and doc[j + 1].text[:1].isalpha()
                )
            ):
                j += 2
            elif (
                tok.lower_ in ORG_LINKS
                and doc[j - 1].lower_ in ORG_WORDS
                and j + 1 < n
                and (
                    _is_name_word(doc[j + 1], known)
                    or (doc[j + 1].lower_ in ("a", "the") and j + 2 < n and _is_name_word(doc[j + 2], known))
                )
            ):
                j += 2 if _is_name_word(doc[j + 1], known) else 3
            else:
                break
        lo = i
        for k in range(i, j - 1):
            low = doc[k].lower_
            if low in TITLE_WORDS or low in HONORIFICS or low in AFFILIATION_WORDS:
                lo = k + 1
        if lo < j:
            runs.append((lo, j))
        i = j
    return runs


def _label(doc: Doc, lo: int, hi: int, people_words: set[str]) -> str:
    words = [t for t in doc[lo:hi]]
    core = [t for t in words if t.lower_ not in HONORIFICS and t.lower_ not in TITLE_WORDS]
    if any(t.lower_ in ORG_WORDS for t in words):
        return "ORG"
    before = doc[lo - 1].lower_ if lo > 0 else ""
    if len(core) < len(words) or before in HONORIFICS or before in TITLE_WORDS or before in AFFILIATION_WORDS:
        return "PERSON"
    if any(t.lower_ in PLACE_WORDS for t in words):
        return "GPE"
    if len(core) == 1 and core[0].text.isupper() and 2 <= len(core[0].text) <= 6:
        return "ORG"  # CNN, NATO, FBI
    if any(t.tag_ == "NNPS" for t in core):
        return "NORP"  # Democrats, Republicans
    if len(core) >= 2:
        return "PERSON"
    if core and core[0].lower_ in people_words:
        return "PERSON"
    return "GPE"


@Language.component("quotegraph_names")
def set_names(doc: Doc) -> Doc:
    runs = _runs(doc)
    people_words: set[str] = set()
    for lo, hi in runs:
        core = [t.lower_ for t in doc[lo:hi] if t.lower_ not in HONORIFICS and t.lower_ not in TITLE_WORDS]
        if len(core) >= 2 and not any(w in ORG_WORDS for w in core):
            people_words.update((core[0], core[-1]))
        elif len(core) == 1 and doc[hi - 1].dep_ == "nsubj" and lemma_of(doc[hi - 1].head) in _SPEECH:
            # A lone name that says, tells or insists is a person more often than a place.
            people_words.add(core[0])
    spans = [Span(doc, lo, hi, label=_label(doc, lo, hi, people_words)) for lo, hi in runs]
    doc.set_ents(spans, default="outside")
    return doc
