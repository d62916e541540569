"""What a cue's dependents are: clauses that carry on its content or only frame the event,
relative and adverbial clauses the parser mislabelled, parenthetical cues and their surroundings.
Predicates over the parse, shared by the reporter rules and constructions of verb frames
(``reporters.py``, ``constructions.py``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.extract.frame import SUBJECT_DEPS, naming_taken_for_a_modifier, unmarked
from quotegraph.extract.lexicon import (
    CONTENT_PREPS,
    EVENT_MARKS,
    EVENT_PREPS,
    NOT_REPORTING,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    REASON_MARKS,
    TIME_MARKS,
    WEAK_OBJECTS,
    Cue,
    cues,
)
from quotegraph.extract.nlp import lemma_of
from quotegraph.extract.spans import is_venue, says_when


def lead_clauses(v: Token) -> list[Token]:
    """Subordinate clauses hung on a parenthetical cue, before it and its subject, and adverbial
    phrases set off from the subject by a comma ("At times, people close to him said, ...": the
    parser hung "At times" on the cue, but it is part of the clause the cue interrupts)."""
    first = min((c.left_edge.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), default=v.i)
    set_off = first > 0 and v.doc[first - 1].text == ","
    return [c for c in v.lefts if c.i < first and (c.dep_ == "advcl" or (set_off and _lead_phrase(c, first)))]


def _lead_phrase(c: Token, subject_start: int) -> bool:
    return c.dep_ in ("prep", "npadvmod") and c.right_edge.i < subject_start - 1 and c.lower_ not in _TOPICS


_TOPICS = frozenset({"regarding", "concerning", "about", "of"})
"""Prepositions that say what a cue is about, not where its content begins."""


def joined_by_conjunction(head: Token, v: Token) -> bool:
    """A conjunction joins ``v`` to ``head`` ("... and said"), not one that joined another
    clause before it ("A, but B, said X")."""
    between = [c for c in head.children if head.i < c.i < v.i and c.dep_ in ("cc", "conj")]
    return bool(between) and between[-1].dep_ == "cc"


def continuations(v: Token, subj: Token | None) -> list[Token]:
    """Clauses coordinated with a cue that carry on what it reported rather than report again:
    their own subject, not the reporter's, and no reporting verb ("..., the agency said, and
    those at the bottom paid 0.8 percent")."""
    lexicon = cues()
    return [
        c
        for c in v.rights
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and lemma_of(c) not in lexicon
        and any(_other_subject(s, subj) for s in c.children)
    ]


def second_that_clauses(v: Token) -> list[Token]:
    """Clauses the parser coordinated with a cue that open with "that", as the cue's complement
    does: a second complement of the cue ("said the city needs a pier, but that he would not
    close the harbour"), whatever their subject."""
    return [
        c
        for c in v.rights
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)
    ]


def _other_subject(s: Token, reporter: Token | None) -> bool:
    """A subject that is not the reporter again ("he", or the same name)."""
    return (
        s.dep_ in ("nsubj", "nsubjpass")
        and s.lower_ not in PERSONAL_PRONOUNS
        and (reporter is None or s.lower_ != reporter.lower_)
    )


def names_it(v: Token) -> bool:
    """ "called them cowards", "described it as a disaster": what the object is called is
    what was said, whatever the object."""
    return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in v.children)


def active(v: Token) -> bool:
    """Not a participle naming something ("a group called Stop Hillary", "a state considered a
    battleground", "was appointed governor")."""
    if naming_taken_for_a_modifier(v):
        return True
    return v.dep_ not in ("acl", "amod") and not any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def adverbial(clause: Token) -> bool:
    """A clause its own conjunction makes adverbial ("as", "while", "after" ...)."""
    return any(c.dep_ == "mark" and c.lower_ in EVENT_MARKS for c in clause.children)


def sets_the_time(clause: Token) -> bool:
    """A clause its own conjunction makes a time ("after the senator withdrew", "when asked"):
    before the cue, the writer's setting of the report, not what was reported."""
    return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)


def relative(clause: Token, v: Token) -> bool:
    """A relative clause the parser took for a complement ("X, who sits on the board, said")."""
    return clause.i < v.i and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "which") for c in clause.children
    )


def holds(phrase: Token, tok: Token | None) -> bool:
    return tok is not None and (tok.i == phrase.i or phrase.is_ancestor(tok))


def before_event_adjunct(rights: list[Token]) -> list[Token]:
    """The verb's complements without those at the end that frame the event rather than the
    content (one in the middle stays: "lauded Clarke in his address for helping ...")."""
    kept = list(rights)
    while len(kept) > 1 and frames_event(kept[-1]) and not _stays(kept[-2], kept[-1]):
        kept.pop()
    return kept


def _stays(before: Token, c: Token) -> bool:
    return _holds_as(c) or _whose(before, c)


def _whose(before: Token, c: Token) -> bool:
    """ "cited his endorsements from 88 generals", the parser hanging "from" on the verb: people a
    phrase right after the object names ("from", "by") are whose the object is, not where or when
    the event was."""
    if c.lower_ not in ("from", "by") or c.i != before.right_edge.i + 1:
        return False
    pobj = next((t for t in c.children if t.dep_ == "pobj"), None)
    return pobj is not None and (pobj.ent_type_ in ("PERSON", "NORP") or lemma_of(pobj) in PEOPLE_NOUNS)


def _holds_as(c: Token) -> bool:
    """ "described the plan during an interview as a disaster": the parser hung what the object
    was called on the adjunct; the adjunct stays in the content with it."""
    return any(t.dep_ == "prep" and t.lower_ == "as" and t.i > c.i for t in c.subtree)


def frames_event(c: Token) -> bool:
    if c.dep_ == "prep":
        return c.lower_ in EVENT_PREPS
    return c.dep_ == "advcl" and adverbial(c) and not _as_participle(c)


def _as_participle(c: Token) -> bool:
    """ "described the dinner as Washington celebrating itself": an "as" with a participle for
    its verb says what the object was called, not when (which takes a finite verb, "as the
    crowd filed out")."""
    return (
        c.tag_ in ("VBG", "VBN")
        and any(t.dep_ == "mark" and t.lower_ == "as" for t in c.children)
        and not any(t.dep_ in ("aux", "auxpass") for t in c.children)
    )


def interrupts_complement(v: Token) -> bool:
    """ "He believes, he said, that X": a parenthetical cue the parser hung on the complement
    clause that follows it, inside a clause that began before it."""
    head = v.head
    return (
        v.dep_ == "parataxis"
        and head.i > v.i
        and head.dep_ == "ccomp"
        and head.head.i < v.i
        and head.head.left_edge.i < v.left_edge.i
        and "," in (v.left_edge.text, v.doc[v.left_edge.i - 1].text)
    )


def unmarked_aside(v: Token) -> bool:
    """ "With each month, these fishermen acknowledge, it becomes harder ...": a finite cue with
    its own subject, set off by commas before the clause it hangs on, that the parser read as an
    adverbial clause although no conjunction ("when", "as", "if") opens it."""
    if v.dep_ != "advcl" or v.head.i <= v.i or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if not unmarked(v) or any(c.dep_ == "neg" for c in v.children):
        return False
    subject = next((c for c in v.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    doc = v.doc
    return (
        subject is not None
        and subject.left_edge.i > 0
        and doc[subject.left_edge.i - 1].text == ","
        and v.right_edge.i == v.i
        and v.i + 1 < len(doc)
        and doc[v.i + 1].text == ","
    )


def as_parenthetical(v: Token) -> bool:
    """ "as X said", "as X put it": a clause of "as" with a subject and nothing reported of its
    own, hanging from the clause it reports ("as he discussed the plan" says when, not what).
    After that clause it is set off by a comma ("the plan is dead, as she noted"); "Reyes said as
    the heckler yelled: ..." says when, and the heckler's words follow the colon."""
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or v.head.i == v.i:
        return False
    doc = v.doc
    if v.head.i < v.i and (mark.i == 0 or doc[mark.i - 1].text != ","):
        return False
    if v.i + 1 < len(doc) and doc[v.i + 1].text == ":":
        return False
    return (
        v.dep_ == "advcl"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "dative") and c.lower_ not in WEAK_OBJECTS
            for c in v.children
        )
    )


def clause_hung_on_hearer(objects: list[Token]) -> tuple[Token, Token] | None:
    """ "told NBC's Meet the Press show that she would not run": the parser hung the "that" clause
    on the hearer's noun; its "that" and its head, found there."""
    for obj in objects:
        for t in obj.subtree:
            if t.dep_ in ("ccomp", "acl") and t.i > obj.i:
                mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "that"), None)
                if mark is not None:
                    return mark, t
    return None


def announces_what_follows(doc: Doc, obj: Token) -> bool:
    """An object that points ahead to a colon: "the following comment:", "this statement:"."""
    return (
        obj.i + 1 < len(doc)
        and doc[obj.i + 1].text == ":"
        and any(c.lower_ in ("following", "this", "these") for c in obj.lefts)
    )


def xcomp_reports(v: Token, cue: Cue) -> bool:
    """ "urged to act", "promised to vote": an infinitive that is what was said. Not after a
    finding, nor after a verb of aspect ("He continued: ..." reports; "continued to rise" does
    not)."""
    if cue.kind == "finding" or cue.lemma in NOT_REPORTING:
        return False
    return any(c.dep_ == "xcomp" for c in v.children)


def content_prep(v: Token, cue: Cue) -> Token | None:
    """The preposition after a cue whose object is what was reported ("talked about", "railed
    against"), if any."""
    if cue.kind == "finding":
        return None
    # Verbs whose prepositions say to whom or on what occasion, not what, save "wrote about".
    preps = {"about"} if cue.lemma in ("write", "tell") else CONTENT_PREPS
    if cue.lemma in ("say", "ask", "add", "respond", "reply", "answer"):
        return None
    for child in v.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ in preps
            and any(c.dep_ in ("pobj", "pcomp") for c in child.children)
            and not says_when(child)
            and not is_venue(child)
        ):
            return child
    return None


def reason_clause_end(doc: Doc, v: Token, hi: int) -> int:
    """Where a content ending at ``hi`` ends with the reason or condition clause right after it,
    which belongs to it wherever the parser hung it ("said the claim smacked of hypocrisy,
    because ...")."""
    for child in v.rights:
        if child.dep_ == "advcl" and child.left_edge.i >= hi and child.left_edge.i - hi <= 1:
            first = child.left_edge
            if first.lower_ in REASON_MARKS or (first.is_punct and doc[first.i + 1].lower_ in REASON_MARKS):
                hi = child.right_edge.i + 1
    return hi
