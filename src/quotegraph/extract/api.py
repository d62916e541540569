"""The extraction entry points: one text, a stream of articles, and the spaCy component."""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.extract.assemble import quotes_of
from quotegraph.extract.check import MAX_CHARS, check_text
from quotegraph.extract.nlp import load_nlp
from quotegraph.model import Article, ArticleResult, Quote

log = logging.getLogger(__name__)

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


def extract(text: str) -> list[Quote]:
    """Every quotation in ``text`` with its speaker, cue, addressee and target.

    Raises ``ValueError`` with the reason when the text cannot be read as English prose; an empty
    text gives no quotes.
    """
    if not text.strip():
        return []
    reason = check_text(text)
    if reason is not None:
        raise ValueError(reason)
    quotes, error = _results(_nlp()(text))
    if error is not None:
        raise RuntimeError(error)
    return quotes


def extract_many(
    articles: Iterable[Article], n_process: int = 1, batch_size: int = 16
) -> Iterator[ArticleResult]:
    """Results in input order; an article that cannot be used carries its reason in ``error``.

    With several processes spaCy hands back copies of what goes along with each text, so articles
    are matched to their documents by their position in the input, never by identity.
    """
    nlp = _nlp()
    pending: deque[tuple[int, Article, str | None]] = deque()

    def accepted(items: Iterable[Article]) -> Iterator[tuple[str, int]]:
        for n, art in enumerate(items):
            reason = check_text(art.text)
            pending.append((n, art, reason))
            if reason is None:
                yield art.text, n

    docs = nlp.pipe(accepted(articles), as_tuples=True, n_process=n_process, batch_size=batch_size)
    for doc, n in docs:
        while pending and pending[0][0] != n:
            _, skipped, reason = pending.popleft()
            yield ArticleResult(skipped.id, [], reason or "skipped")
        _, art, _ = pending.popleft()
        quotes, error = _results(doc)
        yield ArticleResult(art.id, quotes, error)
    while pending:
        _, skipped, reason = pending.popleft()
        yield ArticleResult(skipped.id, [], reason or "skipped")


def _nlp() -> Language:
    """The pipeline extraction uses. Names come from the tagger unless QUOTEGRAPH_NER=1 asks for
    spaCy's statistical NER: equal accuracy on our benchmarks, 1.4x the speed (see README).
    Attribution runs as its last component, so that with several processes each worker does its
    own documents' attribution and sends back only the quotes."""
    nlp = load_nlp(ner=os.environ.get("QUOTEGRAPH_NER") == "1")
    nlp.max_length = MAX_CHARS + 1
    if ATTRIBUTION not in nlp.pipe_names:
        nlp.add_pipe(ATTRIBUTION, last=True)
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
    except Exception as exc:  # one article's failure must not stop the batch
        log.exception("extraction failed")
        doc.user_data[_ERROR] = f"extraction failed: {type(exc).__name__}: {exc}"
    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    return doc


def _results(doc: Doc) -> tuple[list[Quote], str | None]:
    error = doc.user_data.get(_ERROR)
    return [Quote.from_dict(d) for d in doc.user_data.get(_RESULT, [])], error


@Language.factory("quotegraph")
def make_component(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()


class QuoteComponent:
    """``nlp.add_pipe("quotegraph")`` after the parser and NER: quotes land on ``doc._.quotes``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = quotes_of(doc)
        return doc
