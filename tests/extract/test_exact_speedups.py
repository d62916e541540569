"""The speed-ups that must not change a single annotation: numpy's BLAS in place of thinc's BLIS,
the set-based rule lemmatizer in place of spaCy's list-scanning one, and token vectors of long
documents computed window by window, and the model's token encoder run for inference alone."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc
from thinc.api import NumpyOps

from quotegraph.extract.encoder import WINDOW, Encoder, use_encoder
from quotegraph.extract.nlp import (
    MODEL_NAME,
    TOK2VEC_WINDOW,
    _lemmatizer,
    load_nlp,
    numpy_matmul,
    rule_lemma,
    windowed_tok2vec,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour.txt"


def parses(nlp: spacy.Language, texts: list[str]) -> list[tuple[str, str, int]]:
    return [(t.tag_, t.dep_, t.head.i) for doc in nlp.pipe(texts) for t in doc]


def corpus(shared_bench: Path | None) -> list[str]:
    texts = [EXAMPLE.read_text(encoding="utf-8")]
    if shared_bench is not None:
        with (shared_bench / "polnear.dev.jsonl").open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh][:15]
    return texts


@pytest.fixture(scope="module")
def texts(request: pytest.FixtureRequest) -> list[str]:
    try:
        bench = request.getfixturevalue("shared_bench")
    except pytest.skip.Exception:
        bench = None
    return corpus(bench)


@pytest.mark.slow
def test_numpy_matmul_gives_the_same_parses(texts: list[str]) -> None:
    blis = spacy.load(MODEL_NAME, exclude=["ner", "lemmatizer"])
    ours = spacy.load(MODEL_NAME, exclude=["ner", "lemmatizer"])
    numpy_matmul(ours)
    assert parses(blis, texts) == parses(ours, texts)


def test_the_pipeline_multiplies_with_numpy() -> None:
    nlp = load_nlp(ner=False)
    for name in ("tok2vec", "parser"):
        model = nlp.get_pipe(name).model  # type: ignore[attr-defined]
        assert all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in model.walk())


@pytest.mark.slow
def test_rule_lemma_equals_spacys(texts: list[str]) -> None:
    nlp = load_nlp(ner=False)
    lemmatizer, _ = _lemmatizer()
    tokens = [t for doc in nlp.pipe(texts) for t in doc]
    assert len(tokens) > 300  # the example alone when ../shared is absent; more with it
    assert [rule_lemma(lemmatizer, t) for t in tokens] == [lemmatizer.rule_lemmatize(t)[0] for t in tokens]


@pytest.mark.slow
def test_windowed_token_vectors_give_the_same_parse() -> None:
    """The fallback for models the encoder does not know."""
    nlp = spacy.load(MODEL_NAME, exclude=["ner", "lemmatizer"])
    long = "\n\n".join([EXAMPLE.read_text(encoding="utf-8")] * 30)
    assert len(nlp.make_doc(long)) > 2 * TOK2VEC_WINDOW  # at least three windows
    whole = parses(nlp, [long])
    windowed_tok2vec(nlp)
    assert parses(nlp, [long]) == whole


def thinc_vectors(nlp: spacy.Language, docs: list[Doc]) -> list[numpy.ndarray]:
    tok2vec = nlp.get_pipe("tok2vec")
    assert isinstance(tok2vec, Tok2Vec)
    return list(Tok2Vec.predict(tok2vec, docs))


def test_the_encoder_gives_thincs_token_vectors(texts: list[str]) -> None:
    nlp = load_nlp(ner=False)
    encoder = Encoder.of(nlp.get_pipe("tok2vec").model)  # type: ignore[attr-defined]
    assert encoder is not None
    long = "\n\n".join([EXAMPLE.read_text(encoding="utf-8")] * 10)
    docs = [nlp.make_doc(t) for t in [*texts, long, "", "Yes", "“No,” she said."]]
    assert len(docs[-4]) > 3 * WINDOW  # several windows, each with context from the next
    for ours, theirs in zip([encoder(d) for d in docs], thinc_vectors(nlp, docs), strict=True):
        assert ours.shape == theirs.shape
        assert numpy.allclose(ours, theirs, atol=1e-5)


@pytest.mark.slow
def test_the_encoder_gives_the_same_parse(texts: list[str]) -> None:
    nlp = load_nlp(ner=False)
    tok2vec = nlp.get_pipe("tok2vec")
    long = "\n\n".join([EXAMPLE.read_text(encoding="utf-8")] * 10)
    encoded = parses(nlp, [*texts, long])
    tok2vec.predict = lambda docs: Tok2Vec.predict(tok2vec, list(docs))  # type: ignore[method-assign]
    try:
        assert parses(nlp, [*texts, long]) == encoded
    finally:
        assert use_encoder(nlp)  # back to the encoder for the other tests
