"""The extraction entry points: one text, a stream of articles, and the spaCy component."""

from __future__ import annotations

import gc
import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.extract import deadline
from quotegraph.extract.assemble import quotes_of
from quotegraph.extract.check import MAX_CHARS, check_text
from quotegraph.extract.config import COMPONENT_DEFAULTS, ExtractConfig
from quotegraph.extract.nlp import add_sentence_rules, load_nlp, one_blas_thread
from quotegraph.extract.paragraphs import parse_by_paragraph
from quotegraph.model import DEFAULT_MIN_CONFIDENCE, Article, ArticleResult, Quote, Scope, floor, in_scope

log = logging.getLogger(__name__)
__all__ = ["DEFAULT_MIN_CONFIDENCE", "ExtractConfig", "QuoteComponent", "extract", "extract_many", "select"]

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


def extract(
    text: str,
    scope: Scope | None = None,
    min_confidence: float | None = None,
    config: ExtractConfig | None = None,
) -> list[Quote]:
    """Every quotation in ``text`` with its speaker, cue, addressee and target.

    ``scope="statements"`` (the default) gives acts of saying or writing; ``scope="all"`` adds
    every other kind of attribution (beliefs, findings, intentions, stances: PolNeAR's scope), each
    with its ``kind``. Quotes below ``min_confidence`` are left out (by default 0.5 for
    statements, nothing for ``"all"``: ``DEFAULT_MIN_CONFIDENCE``).

    Raises ``ValueError`` with the reason when the text cannot be read as English prose; an empty
    text gives no quotes. ``config`` (default ``ExtractConfig.from_env()``) says how to extract;
    ``scope`` and ``min_confidence``, where given, override its own. Inside
    ``deadline.time_limit(seconds)`` it stops with ``deadline.ExtractionTimeout`` once the limit
    has passed.
    """
    config = (config or ExtractConfig.from_env()).choosing(scope, min_confidence)
    if not text.strip():
        return []
    reason = check_text(text)
    if reason is not None:
        raise ValueError(reason)
    quotes, error = _results(_run(_nlp(config.ner), text))
    if error is not None:
        raise RuntimeError(error)
    return select(quotes, config.scope, config.min_confidence)


def _run(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, with the time limit (``deadline``) checked before every component."""
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        deadline.check()
        doc = component(doc)
    return doc


def select(
    quotes: Iterable[Quote], scope: Scope = "statements", min_confidence: float | None = None
) -> list[Quote]:
    """The quotes of the given scope at or above the given confidence (the scope's default when
    ``None``)."""
    least = floor(scope, min_confidence)
    return [q for q in quotes if in_scope(q, scope) and q.confidence >= least]


def extract_many(
    articles: Iterable[Article],
    n_process: int = 1,
    batch_size: int = 8,
    scope: Scope | None = None,
    min_confidence: float | None = None,
    config: ExtractConfig | None = None,
) -> Iterator[ArticleResult]:
    """Results in input order; an article that cannot be used carries its reason in ``error``.
    ``config``, ``scope`` and ``min_confidence`` as in ``extract``.

    Articles go in batches of ``batch_size`` (small batches let workers finish together; larger
    ones gained nothing on one process when measured). With several processes each worker takes whole
    batches of raw texts and sends back only their quotes: no document crosses a process
    boundary, and at most two batches per worker wait in flight, so a stream of any length is
    read as it is consumed.
    """
    config = (config or ExtractConfig.from_env()).choosing(scope, min_confidence)  # a bad scope fails here
    for result in _extract_all(articles, n_process, batch_size, config.ner):
        result.quotes = select(result.quotes, config.scope, config.min_confidence)
        yield result


def _extract_all(
    articles: Iterable[Article], n_process: int, batch_size: int, ner: bool
) -> Iterator[ArticleResult]:
    _nlp(ner)  # loaded here first: forked workers share the loaded model
    batches = _batches(articles, batch_size)
    if n_process <= 1:
        for batch in batches:
            yield from _merge(batch, _work(_texts(batch), ner))
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(n_process) as pool:
        inflight: deque[tuple[list[tuple[Article, str | None]], Any]] = deque()
        for batch in batches:
            inflight.append((batch, pool.apply_async(_work, (_texts(batch), ner))))
            while len(inflight) > 2 * n_process:
                done, result = inflight.popleft()
                yield from _merge(done, result.get())
        while inflight:
            done, result = inflight.popleft()
            yield from _merge(done, result.get())


_Batch = list[tuple[Article, "str | None"]]
_Found = list[tuple[list[dict[str, Any]], "str | None"]]


def _batches(articles: Iterable[Article], size: int) -> Iterator[_Batch]:
    """The articles with the reason each cannot be used (None when it can), ``size`` at a time."""
    batch: _Batch = []
    for art in articles:
        batch.append((art, check_text(art.text)))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _texts(batch: _Batch) -> list[str]:
    return [art.text for art, reason in batch if reason is None]


def _work(texts: list[str], ner: bool) -> _Found:
    """Quotes (as dicts) and error of each text, in a worker or in this process."""
    one_blas_thread()
    nlp = _nlp(ner)
    try:
        return [_found(doc) for doc in nlp.pipe(texts)]
    except deadline.ExtractionTimeout:
        raise
    except Exception:  # the batch failed as a whole: go one by one, so only the culprit fails
        log.exception("a batch failed; extracting its articles one by one")
    found: _Found = []
    for text in texts:
        try:
            found.append(_found(nlp(text)))
        except deadline.ExtractionTimeout:
            raise
        except Exception as exc:
            found.append(([], f"extraction failed: {type(exc).__name__}: {exc}"))
    return found


def _merge(batch: _Batch, found: _Found) -> Iterator[ArticleResult]:
    results = iter(found)
    for art, reason in batch:
        if reason is not None:
            yield ArticleResult(art.id, [], reason)
        else:
            quotes, error = next(results)
            yield ArticleResult(art.id, [Quote.from_dict(d) for d in quotes], error)


def _nlp(ner: bool) -> Language:
    """The pipeline extraction uses. Names come from the tagger unless ``ner`` asks for
    spaCy's statistical NER: equal accuracy on our benchmarks, 1.4x the speed (see README).
    Attribution runs as its last component, so that with several processes each worker does its
    own documents' attribution and sends back only the quotes."""
    nlp = load_nlp(ner=ner)
    nlp.max_length = MAX_CHARS + 1
    if ATTRIBUTION not in nlp.pipe_names:
        nlp.add_pipe(ATTRIBUTION, last=True)
        # The loaded model lives as long as the process: moved out of the collector's sight,
        # it is no longer traversed by every collection extraction triggers (4% of the time on
        # PolNeAR dev), and forked workers do not copy its pages by touching them.
        gc.freeze()
    return nlp


ATTRIBUTION = "quotegraph_attribution"
_RESULT, _ERROR = "quotegraph_quotes", "quotegraph_error"


@Language.component(ATTRIBUTION)
def _attribution(doc: Doc) -> Doc:
    """Quotes as plain dicts in ``doc.user_data`` (they cross process boundaries with the doc),
    and the token vectors dropped: nothing after this needs them, and they are most of the bytes
    a worker would send back."""
    try:
        doc.user_data[_RESULT] = [q.to_dict() for q in quotes_of(doc)]
    except deadline.ExtractionTimeout:
        raise  # the caller stopped waiting: no result, and no error of the article's
    except Exception as exc:  # one article's failure must not stop the batch
        log.exception("extraction failed")
        doc.user_data[_ERROR] = f"extraction failed: {type(exc).__name__}: {exc}"
    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    return doc


def _found(doc: Doc) -> tuple[list[dict[str, Any]], str | None]:
    """What the attribution component left on the document: quotes as dicts, and an error."""
    return doc.user_data.get(_RESULT, []), doc.user_data.get(_ERROR)


def _results(doc: Doc) -> tuple[list[Quote], str | None]:
    quotes, error = _found(doc)
    return [Quote.from_dict(d) for d in quotes], error


@Language.factory("quotegraph", default_config=COMPONENT_DEFAULTS)
def make_component(nlp: Language, name: str, scope: Scope, min_confidence: float | None) -> QuoteComponent:
    """Also gives the pipeline what attribution needs from the earlier steps, as ``load_nlp`` does:
    quotegraph's tokenizer and sentence rules (``add_sentence_rules``), its parser fed paragraph
    by paragraph (``parse_by_paragraph``) and, in a pipeline without
    ``ner``, the names component. The quotes are then ``extract``'s (``ExtractConfig(ner=True)``'s
    when the pipeline has ``ner``)."""
    if add_sentence_rules(nlp):
        log.info("quotegraph: added its tokenizer and sentence rules to the pipeline (before the parser)")
    if parse_by_paragraph(nlp):
        log.info("quotegraph: the pipeline's parser now parses paragraph by paragraph")
    if "ner" not in nlp.pipe_names and "quotegraph_names" not in nlp.pipe_names:
        nlp.add_pipe("quotegraph_names", last=True)
    return QuoteComponent(scope, min_confidence)


class QuoteComponent:
    """``nlp.add_pipe("quotegraph")`` after the parser (and NER, when the pipeline has it): quotes
    land on ``doc._.quotes``; ``config={"scope": "all"}`` keeps every kind of attribution, as
    ``extract`` does."""

    def __init__(self, scope: Scope = "statements", min_confidence: float | None = None):
        select([], scope)
        self.scope: Scope = scope
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = select(quotes_of(doc), self.scope, self.min_confidence)
        return doc
