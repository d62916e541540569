"""Names without the statistical NER: runs of proper nouns from the tagger, typed by their words.

spaCy's NER costs about a third of the small pipeline's time; attribution needs only which words
form a name and whether it is a person or an organisation. This component sets ``doc.ents`` from
the tagger's PROPN runs so the rest of extraction reads names the same way either way.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from quotegraph.extract.lexicon import (
    AFFILIATION_WORDS,
    FACILITY_WORDS,
    HONORIFICS,
    ORG_WORDS,
    PLACE_FIRST_WORDS,
    PLACE_WORDS,
    QUOTE_CHARS,
    ROLE_TITLES,
    TIME_NAMES,
    cues,
    given_names,
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
    "ten",
    "ter",
    "den",
    "dos",
    "das",
    "della",
    "zu",
    "&",
}


ORG_LINKS = {"of", "for", "on", "and", "&"}


_WORD_FACTS: dict[int, tuple[bool, bool, bool]] = {}


def _word_facts(doc: Doc, orth: int) -> tuple[bool, bool, bool]:
    """Of one spelling: capitalised; a month or weekday; a headline verb ("Says", "Slams")."""
    facts = _WORD_FACTS.get(orth)
    if facts is None:
        text = doc.vocab.strings[orth]
        low = text.lower()
        facts = _WORD_FACTS[orth] = (
            text[:1].isupper(),
            low in TIME_NAMES,
            low.endswith("s") and low[:-1] in cues(),
        )
    return facts


def _name_words(doc: Doc) -> list[bool]:
    """Which tokens can be part of a name: capitalised proper nouns (not a title-case headline's
    verbs: "Obama Says ...", "Trump Slams ..."), and capitalised common nouns that the article
    uses as names elsewhere ("Trump said" at the start of a sentence, tagged NOUN; "Schilling
    describes", tagged as a participle)."""
    rows = doc.to_array([ORTH, LOWER, POS, SENT_START]).tolist()
    facts = [_word_facts(doc, orth) for orth, _, _, _ in rows]
    # Words the article itself uses as names: tagged PROPN or NOUN and capitalised inside a
    # sentence (not its first word, nor the first word of a quotation or after a colon).
    openers = {doc.vocab.strings.add(c) for c in QUOTE_CHARS + ":"}
    known: set[int] = set()
    for i, (_, lower, pos, start) in enumerate(rows):
        if facts[i][0] and pos in (PROPN, NOUN) and start != 1 and i > 0 and rows[i - 1][0] not in openers:
            known.add(lower)
    out = []
    for i, (_, lower, pos, _) in enumerate(rows):
        capitalised, time_word, headline_verb = facts[i]
        if not capitalised or time_word:
            out.append(False)
        elif pos == PROPN:
            out.append(not headline_verb)
        elif pos == VERB:
            # "Schilling describes himself ...", the name tagged as a participle: a word the article
            # uses as a name, and the verb's subject here.
            out.append(lower in known and doc[i].dep_ in ("nsubj", "nsubjpass"))
        else:
            out.append(pos == NOUN and lower in known)
    return out


def _after_particles(doc: Doc, name: list[bool], j: int) -> int | None:
    """Past one or two name particles at ``j`` and the name word after them ("de Gaulle",
    "von der Leyen", "ten Hag"); None when no name word follows."""
    k = j
    while k < len(doc) and k - j < 2 and doc[k].lower_ in NAME_JOINERS:
        k += 1
    return k + 1 if j < k < len(doc) and name[k] else None


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of name words; leading titles and affiliations are cut off ("Sen. Ted Cruz" -> "Ted Cruz",
    "Charlotte Mayor Jennifer Roberts" -> "Jennifer Roberts"); hyphens join ("Ki-moon"); an
    organisation's name runs on over "of", "for", "on" ("Federal Bureau of Prisons")."""
    name = _name_words(doc)
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not name[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = doc[j]
            if name[j]:
                j += 1
            elif (after := _after_particles(doc, name, j)) is not None:
                j = after  # "Charles de Gaulle", "Ursula von der Leyen"
            elif (
                tok.text == "-" and not doc[j - 1].whitespace_ and j + 1 < n and doc[j + 1].text[:1].isalpha()
            ):
                j += 2
            elif (
                tok.lower_ in ORG_LINKS
                and doc[j - 1].lower_ in ORG_WORDS
                and j + 1 < n
                and (name[j + 1] or (doc[j + 1].lower_ in ("a", "the") and j + 2 < n and name[j + 2]))
            ):
                j += 2 if name[j + 1] else 3
            else:
                break
        lo = i
        for k in range(i, j - 1):
            low = doc[k].lower_
            if low in ROLE_TITLES or low in HONORIFICS or low in AFFILIATION_WORDS:
                lo = k + 1
        lo = _past_occupation(doc, _past_office(doc, lo, j), j)
        # A lone letter is no name: an interview's "Q" and "A", a list's "B".
        if lo < j and not (j - lo == 1 and len(doc[lo].text) == 1):
            runs.append((lo, j))
        i = j
    return runs


def _past_office(doc: Doc, lo: int, hi: int) -> int:
    """Where the name starts in a run that follows "<title> of" ("Secretary of State John Kerry",
    "Minister of Finance Carole Taylor"): the words before the given name complete the office, as
    do all but the last two words where no given name is known. A run of two words after the
    office stays whole ("Secretary of Homeland Security" names no one)."""
    if lo < 2 or hi - lo < 3 or doc[lo - 1].lower_ != "of" or doc[lo - 2].lower_ not in ROLE_TITLES:
        return lo
    names = given_names()
    given = next((k for k in range(lo + 1, hi - 1) if doc[k].lower_ in names), None)
    return given if given is not None else hi - 2


_OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "ent")


def _past_occupation(doc: Doc, lo: int, hi: int) -> int:
    """Where the name starts in a run that holds an office before a given name ("Maricopa
    County Recorder Helen Purcell", "Harbour Port Commissioner Ana Ruiz"): at the given name."""
    names = given_names()
    for k in range(hi - 2, lo - 1, -1):
        word = doc[k].lower_
        if (
            word.endswith(_OCCUPATION_ENDINGS)
            and len(word) > 5
            and word not in names
            and word not in ORG_WORDS
            and doc[k + 1].lower_ in names
        ):
            return k + 1
    return lo


def is_place(words: Sequence[Token]) -> bool:
    """A run of name words that names a place: "North Korea", "New Jersey", "Granite State"."""
    first_word = len(words) > 1 and words[0].lower_ in PLACE_FIRST_WORDS
    return first_word or any(t.lower_ in PLACE_WORDS for t in words)


def _label(doc: Doc, lo: int, hi: int, people_words: set[str]) -> str:
    words = [t for t in doc[lo:hi]]
    core = [t for t in words if t.lower_ not in HONORIFICS and t.lower_ not in ROLE_TITLES]
    if any(t.lower_ in ORG_WORDS for t in words):
        return "ORG"
    before = doc[lo - 1].lower_ if lo > 0 else ""
    if len(core) < len(words) or before in HONORIFICS or before in ROLE_TITLES or before in AFFILIATION_WORDS:
        return "PERSON"
    if is_place(core):
        return "GPE"
    if len(core) == 1 and core[0].text.isupper() and 2 <= len(core[0].text) <= 6:
        return "ORG"  # CNN, NATO, FBI
    if any(t.tag_ == "NNPS" for t in core):
        return "NORP"  # Democrats, Republicans
    if len(core) >= 2 and core[-1].lower_ in FACILITY_WORDS and core[0].lower_ not in given_names():
        return "FAC"  # "Trump Tower", "Romare Bearden Park", "Wall Street"; "Lena Park" is a person
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
        core = [t.lower_ for t in doc[lo:hi] if t.lower_ not in HONORIFICS and t.lower_ not in ROLE_TITLES]
        if len(core) >= 2 and not any(w in ORG_WORDS for w in core):
            people_words.update((core[0], core[-1]))
        elif len(core) == 1 and doc[hi - 1].dep_ == "nsubj" and lemma_of(doc[hi - 1].head) in _SPEECH:
            # A lone name that says, tells or insists is a person more often than a place.
            people_words.add(core[0])
    spans = [Span(doc, lo, hi, label=_label(doc, lo, hi, people_words)) for lo, hi in runs]
    doc.set_ents(spans, default="outside")
    return doc
