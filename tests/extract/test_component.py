"""The spaCy component drops into someone else's pipeline."""

from __future__ import annotations

import pytest

import quotegraph.extract  # noqa: F401  (registers the "quotegraph" factory)
from quotegraph.extract.nlp import MODEL_NAME, load_nlp


def test_add_pipe_sets_doc_quotes() -> None:
    import spacy

    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("quotegraph")
    doc = nlp("“We are not going anywhere,” Alicia Moreno said.")
    assert [(q.text, q.speaker) for q in doc._.quotes] == [("We are not going anywhere,", "Alicia Moreno")]


def test_shared_pipeline_is_loaded_once() -> None:
    assert load_nlp() is load_nlp()
    assert "quotegraph_boundaries" in load_nlp().pipe_names


def dev_articles() -> list[dict[str, str]]:
    import json

    from tests.conftest import SHARED_BENCH

    path = SHARED_BENCH / "polnear.dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/bench/polnear.dev.jsonl is not present (a standalone clone)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.parametrize("ner", [False, True], ids=["names-from-tagger", "ner"])
def test_the_component_finds_what_extract_finds_on_every_dev_article(ner: bool) -> None:
    """In a pipeline of the model (with or without its NER), the component adds quotegraph's
    tokenizer and sentence rules and gives ``extract``'s quotes, every kind at any confidence."""
    import spacy

    from quotegraph.extract import ExtractConfig, extract_many
    from quotegraph.model import Article

    articles = dev_articles()
    nlp = spacy.load(MODEL_NAME, exclude=[] if ner else ["ner"])
    nlp.add_pipe("quotegraph", config={"scope": "all", "min_confidence": 0.0})
    assert nlp.pipe_names.index("quotegraph_boundaries") < nlp.pipe_names.index("parser")
    config = ExtractConfig(scope="all", min_confidence=0.0, ner=ner)
    expected = extract_many([Article(a["id"], a["text"]) for a in articles], config=config)
    differ = []
    for article, doc, want in zip(articles, nlp.pipe(a["text"] for a in articles), expected, strict=True):
        assert want.error is None
        if doc._.quotes != want.quotes:
            differ.append(article["id"])
    assert differ == []
