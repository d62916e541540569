"""Reports whose source a phrase of their own names: "according to X", and a clause standing in
the poll it reports ("In a Quinnipiac poll released Monday, ...", "... leads in the latest poll")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotegraph.extract.frame import Frame, np_range
from quotegraph.extract.lexicon import POLL_NOUNS, TIME_NAMES, Cue, cues
from quotegraph.extract.names import is_place
from quotegraph.extract.nlp import lemma_of
from quotegraph.extract.spans import span_chars


def in_poll(doc: Doc, noun: Token) -> Frame | None:
    """ "In a Gazette poll released Monday, 31% of voters said ...": a sentence opening with the
    poll or survey it reports; the rest of the sentence is what the poll found, whoever its
    respondents were. A clause that stands in a poll later on ("leads by nine points in the latest
    poll") is the poll's as well. Reported as "according to a poll" is: the poll's statement."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or not _names_polls(noun):
        return None
    start = noun.sent.start
    while start < prep.i and doc[start].pos_ in ("CCONJ", "ADV", "PUNCT"):
        start += 1  # "But in a poll ...", "Still, in a survey ..."
    end = prep.right_edge.i + 1
    if start == prep.i and end < noun.sent.end and doc[end].text == ",":
        content = span_chars(doc, end + 1, noun.sent.end)
    else:
        content = _standing_in_poll(doc, prep)
    if content is None:
        return None
    cue = Cue("in", "speech", False, frozenset({"according"}))
    return Frame(cue, (prep.i, prep.i + 1), np_range(_pollster(noun)), content, how="according")


def _names_polls(noun: Token) -> bool:
    """ "a poll", "the latest surveys", "the RealClearPolitics average of New Hampshire polls"."""
    lemma = lemma_of(noun)
    if lemma in POLL_NOUNS:
        return True
    return lemma == "average" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(lemma_of(o) in POLL_NOUNS for o in c.children)
        for c in noun.children
    )


# What opens a clause without being its finding: "Since announcing his running mate, he has
# risen in the polls".
_CLAUSE_FRAMING = frozenset(["advcl", "prep", "punct", "advmod", "npadvmod", "cc", "mark"])


def _standing_in_poll(doc: Doc, prep: Token) -> tuple[int, int] | None:
    """ "Clinton leads Sanders by 9 points in the latest poll": a clause that stands in a poll
    says what the poll found. The clause is the verb the phrase hangs on, or whose object it
    qualifies ("trails the senator in the average of polls"), never a noun's alone ("his rise in
    the polls"); the phrase is cut off where it opens or closes the clause."""
    verb = prep.head
    if verb.dep_ in ("dobj", "attr") and verb.pos_ in ("NOUN", "PROPN", "PRON"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("amod", "acl", "relcl", "pcomp", "xcomp"):
        return None
    if lemma_of(verb) in cues() or any(t.lower_ == "according" for t in verb.sent):
        return None  # what respondents said is theirs; a source the sentence names is its own
    opening = [c for c in verb.lefts if c.dep_ not in _CLAUSE_FRAMING]
    lo, hi = (opening[0].left_edge.i if opening else verb.i), verb.right_edge.i + 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    if prep.i == lo:
        lo = prep.right_edge.i + 1
    elif prep.right_edge.i + 1 == hi:
        hi = prep.i
    while lo < hi and doc[lo].is_punct:
        lo += 1
    return span_chars(doc, lo, hi) if hi - lo > 2 else None


def _pollster(noun: Token) -> Token:
    """Who ran the poll, where the phrase names them ("a Quinnipiac poll", "a poll conducted by
    the Times"); else the poll itself."""
    named = [
        c
        for c in noun.lefts
        if c.dep_ in ("compound", "nmod", "poss")
        and c.pos_ == "PROPN"
        and c.lower_ not in TIME_NAMES  # "January polls"
    ]
    if is_place([t for c in named for t in c.subtree]):
        named = []  # "New Hampshire polls", "Granite State surveys": where, not who
    if named:
        return named[-1]
    for acl in (c for c in noun.rights if c.dep_ == "acl"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return noun


def according_to(doc: Doc, tok: Token) -> Frame | None:
    """ "The pier will reopen, according to the harbour board", "According to X, ...": the source
    is the object of "to", the content the rest of the sentence, on both sides of the phrase."""
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent: Span = tok.sent
    phrase_lo, phrase_hi = tok.i, pobj.right_edge.i + 1
    if phrase_lo == sent.start and phrase_hi >= sent.end - 1:
        # The parser took the whole sentence for the source's phrase ("According to X, the move
        # reeks of fear" with "move reeks" an apposition): the source ends at its last comma.
        commas = [t.i for t in doc[pobj.i : phrase_hi] if t.text == ","]
        phrase_hi = commas[-1] if commas else phrase_hi
    lo, hi = _reach(doc, tok, sent)
    while lo < phrase_lo and doc[lo].pos_ in ("CCONJ", "PUNCT"):
        lo += 1  # "But, according to the poll, ...": nothing reported before the phrase
    if phrase_lo > lo:
        content = span_chars(doc, lo, phrase_lo)
        if phrase_hi < hi - 2 and content is not None and not _goes_on(doc, phrase_hi):
            rest = span_chars(doc, phrase_hi, hi)
            content = (content[0], rest[1]) if rest else content
    else:
        content = span_chars(doc, phrase_hi, hi)
    cue = Cue("according to", "speech", False, frozenset({"according"}))
    return Frame(cue, (tok.i, tok.i + 2), np_range(pobj), content, how="according")


def _reach(doc: Doc, tok: Token, sent: Span) -> tuple[int, int]:
    """The tokens an "according to" phrase vouches for: its sentence, or the clause it stands in
    when that is a relative or adverbial clause ("Republicans, who made up 46 percent of voters,
    according to a survey, ...") or a parenthesis ("(93 percent, according to exit polls)")."""
    opened = next((t.i for t in reversed(doc[sent.start : tok.i]) if t.text in "()"), None)
    if opened is not None and doc[opened].text == "(":
        closed = next((t.i for t in doc[tok.i : sent.end] if t.text == ")"), None)
        if closed is not None:
            return opened + 1, closed
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.i != head.head.i:
        head = head.head
    if head.dep_ in ("relcl", "advcl", "acl") and head.left_edge.i > sent.start and not _contrast(head):
        return head.left_edge.i, head.right_edge.i + 1
    return sent.start, sent.end


def _contrast(clause: Token) -> bool:
    """ "Okafor has raised $2.7 million, while Lee has raised $6 million, according to X": a
    clause with a subject of its own set against the one before it, which the source vouches for
    as well (not "blamed the video while, according to X, knowing ...")."""
    children = list(clause.children)
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )


def _goes_on(doc: Doc, i: int) -> bool:
    """Does a contrasting clause start after the phrase (", but Sanders says ...", "; the rest
    ...")? What the source vouches for ends there; an "and" goes on with it ("..., according to
    the CBO, and the top 10 percent paid 69 percent")."""
    j = i + 1 if i < len(doc) and doc[i].text == "," else i
    return i < len(doc) and (doc[i].text == ";" or (j < len(doc) and doc[j].lower_ in _CONTRASTS))


_CONTRASTS = frozenset(["but", "yet", "while", "whereas", "though", "although"])
