"""Reports inside reports: when an inner report stands apart from what the outer one reported."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotegraph.extract.clauses import joined_by_conjunction
from quotegraph.extract.frame import Frame
from quotegraph.extract.lexicon import QUOTE_CHARS, RELATIVE_PRONOUNS
from quotegraph.extract.nlp import text_of
from quotegraph.extract.spans import after_comma, before_trailing_when, trimmed

ADJUNCT_DEPS = {"advcl", "relcl", "conj", "parataxis"}
# Conjunctions of an adverbial clause that sets a second report beside the first ("..., though she
# noted ...", "after he admitted ..."); a reason ("because he cannot defend ...") may be reported.
WRITERS_SUBORDINATORS = {"though", "although", "while", "whereas", "after", "before", "when", "as"}


def cut_adjunct_report(doc: Doc, outer: Frame, inner: Frame) -> bool:
    """End (or start) the outer frame's content outside the inner frame's clause, when that
    clause is an adjunct at the content's edge with its own reporter, or with the outer reporter
    reporting again ("defended the remark, saying ..."; "said X and argued that Y", where the
    inner frame then takes the outer one's reporter). False when it is not."""
    if inner.source is None or inner.content is None or outer.content is None:
        return False
    span = doc.char_span(outer.content[0], outer.content[1], alignment_mode="expand")
    if span is None:
        return False
    cue = doc[outer.cue_tokens[0]]
    source = inner.source[0]
    # The same reporter, inherited by a cue that introduces a quotation of its own.
    inner_cue = doc[inner.cue_tokens[0]]
    # Or by a pronoun the participle inherits from the content's own subject ("told them that she
    # believes ..., saying ..."): the reporter again, reporting once more.
    inherited = doc[source].pos_ == "PRON" and doc[source].head.i == span.root.i
    again = (inner.source == outer.source or inherited) and (
        any(c in QUOTE_CHARS for c in text_of(doc)[max(0, inner.content[0] - 1) : inner.content[0] + 1])
        or (inner_cue.tag_ == "VBG" and inner.cue.kind != "none" and after_comma(doc, inner_cue.i))
    )
    t = doc[inner.cue_tokens[0]]
    own = True  # t is still the inner report's own clause ("as he went on to say ...")
    while t.i != cue.i and own:
        lo, hi = t.left_edge.i, t.right_edge.i + 1
        # A relative clause at the content's end with a reporter of its own ("cited the policies,
        # which he said had harmed the economy") is a report about the content, not part of it.
        own_relative = (
            t.dep_ == "relcl"
            and t.i == inner_cue.i
            and doc[lo].lower_ in RELATIVE_PRONOUNS
            and source == lo + 1
            and any(c.dep_ in ("ccomp", "xcomp") for c in t.children)
        )
        # An adverbial clause with a subordinator and a reporter of its own ("..., though she
        # noted ...", "after he admitted ...") is the writer's, wherever the parser hung it.
        subordinate = (
            t.dep_ == "advcl"
            and t.i == inner_cue.i
            and inner.cue.kind == "speech"
            and any(c.dep_ == "mark" and c.lower_ in WRITERS_SUBORDINATORS for c in t.children)
        )
        # "said the plan would fail and argued that ...": the parser lent the second cue the
        # content's subject; its reporter is the outer one's.
        coordinated = _reports_again(t, inner) and (
            inner.source == outer.source or doc[inner.source[0] : inner.source[1]].root.head.i == t.head.i
        )
        repeated = coordinated or (again and t.dep_ == "advcl" and t.head.i in (cue.i, span.root.i))
        attached_outside = (
            t.head.i == cue.i
            or not (span.start <= t.head.i < span.end)
            or own_relative
            or subordinate
            or repeated
        )
        if t.dep_ in ADJUNCT_DEPS and (lo <= source < hi or repeated) and attached_outside:
            if lo > span.start and hi >= span.end - 1:
                cut = trimmed(doc, span.start, before_trailing_when(doc, span.start, lo))
                if coordinated:
                    inner.source = outer.source
                break
            if lo <= span.start and hi < span.end:
                cut = trimmed(doc, hi, span.end)
                break
        if t.head.i == t.i or not (span.start <= t.head.i < span.end):
            return False
        own = t.dep_ in ("xcomp", "conj", "aux")
        t = t.head
    else:
        return False
    outer.content = cut
    return True


def _reports_again(t: Token, inner: Frame) -> bool:
    """ "said that he will try to form a government and insisted that his party was ...": a cue
    of speech joined by "and" to the content's verb, with a complement clause of its own and no
    subject of its own, is the reporter reporting again, not more of what was said."""
    return (
        t.dep_ == "conj"
        and t.i == inner.cue_tokens[0]
        and inner.cue.kind == "speech"
        and inner.how == "clause"
        and t.tag_ in ("VBD", "VBZ")
        and joined_by_conjunction(t.head, t)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    )
