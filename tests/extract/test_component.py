"""The spaCy component drops into someone else's pipeline."""

from __future__ import annotations

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
