"""The speed-ups that must not change a single annotation: numpy's BLAS in place of thinc's BLIS,
and the set-based rule lemmatizer in place of spaCy's list-scanning one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from thinc.api import NumpyOps

from quotegraph.extract.nlp import MODEL_NAME, _lemmatizer, load_nlp, numpy_matmul, rule_lemma

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


def test_rule_lemma_equals_spacys(texts: list[str]) -> None:
    nlp = load_nlp(ner=False)
    lemmatizer, _ = _lemmatizer()
    tokens = [t for doc in nlp.pipe(texts) for t in doc]
    assert len(tokens) > 500
    assert [rule_lemma(lemmatizer, t) for t in tokens] == [lemmatizer.rule_lemmatize(t)[0] for t in tokens]
