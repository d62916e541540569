"""The array attribute ruler gives exactly what spaCy's own gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from quotegraph.extract import fastattrs
from quotegraph.extract.nlp import MODEL_NAME

TEXTS = [
    "“We are gonna win,” she said. Y'all know it ain't over; let's go. Gotta run, c'mon!",
    "But I told you it was there. It is what it is, and you did it. There are many who do.",
    "The 5'10\" guard, who has had surgery, does not think that this will matter.\n\nWhich one?",
]


def annotations(nlp: spacy.Language, texts: list[str]) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for doc in nlp.pipe(texts) for t in doc]


@pytest.fixture(scope="module")
def pipelines() -> tuple[spacy.Language, spacy.Language]:
    plain = spacy.load(MODEL_NAME, exclude=["ner"])
    fast = spacy.load(MODEL_NAME, exclude=["ner"])
    fastattrs.install(fast)
    return plain, fast


def test_same_annotations(pipelines: tuple[spacy.Language, spacy.Language]) -> None:
    plain, fast = pipelines
    assert "attribute_ruler" not in fast.pipe_names
    assert annotations(plain, TEXTS) == annotations(fast, TEXTS)


@pytest.mark.slow
def test_same_annotations_on_a_corpus(pipelines: tuple[spacy.Language, spacy.Language], shared_bench: Path) -> None:
    plain, fast = pipelines
    with (shared_bench / "polnear.dev.jsonl").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:20]
    assert annotations(plain, texts) == annotations(fast, texts)
