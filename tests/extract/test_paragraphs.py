"""The parser fed paragraph by paragraph (``extract/paragraphs.py``)."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from quotegraph.extract.nlp import MODEL_NAME, add_sentence_rules, load_nlp
from quotegraph.extract.paragraphs import ParagraphParser, paragraphs, parse_by_paragraph

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour.txt"


def parse(doc: Doc) -> list[tuple[str, str, int, bool]]:
    return [(t.text, t.dep_, t.head.i, bool(t.is_sent_start)) for t in doc]


def test_paragraphs_are_the_runs_between_line_breaks() -> None:
    nlp = load_nlp(ner=False)
    text = 'Ann Lee said no.\n\n"We will not go," she said. Then she left.\nBob Ray agreed.'
    doc = nlp(text)
    assert [doc[lo:hi].text.strip() for lo, hi in paragraphs(doc)] == [
        "Ann Lee said no.",
        '"We will not go," she said. Then she left.',
        "Bob Ray agreed.",
    ]
    assert paragraphs(nlp("One line.")) == [(0, 3)]


def test_an_article_is_parsed_alike_alone_and_among_others() -> None:
    """Paragraphs of several articles share the parser's steps; no article's parse depends on the
    others (extraction is the same whatever the batch)."""
    nlp = load_nlp(ner=False)
    article = EXAMPLE.read_text(encoding="utf-8")
    others = ["A short one said hi.", "\n".join(article.splitlines()[::-1]), article[:500]]
    alone = [parse(nlp(t)) for t in [article, *others]]
    assert len(paragraphs(nlp(article))) > 5
    assert [parse(d) for d in nlp.pipe([article, *others], batch_size=8)] == alone
    assert [parse(d) for d in nlp.pipe([*others, article], batch_size=2)] == alone[1:] + alone[:1]


def test_a_pipeline_is_wrapped_once_and_keeps_its_parser_by_name() -> None:
    nlp = spacy.load(MODEL_NAME, exclude=["ner", "senter"])
    add_sentence_rules(nlp)
    assert parse_by_paragraph(nlp)
    assert not parse_by_paragraph(nlp)
    parser = nlp.get_pipe("parser")
    assert isinstance(parser, ParagraphParser)
    assert "nsubj" in parser.labels  # the wrapped parser's own
    assert nlp.pipe_names.index("quotegraph_boundaries") < nlp.pipe_names.index("parser")
    doc = nlp("Ann Lee said no.\n\nBob Ray agreed with her.")
    assert [s.text.strip() for s in doc.sents] == ["Ann Lee said no.", "Bob Ray agreed with her."]
    assert nlp("").to_json()["tokens"] == []


def test_without_token_vectors_the_article_is_parsed_whole() -> None:
    nlp = spacy.load(MODEL_NAME, exclude=["ner", "senter"])
    add_sentence_rules(nlp)
    parse_by_paragraph(nlp)
    with nlp.select_pipes(disable=["parser"]):
        doc = nlp("Ann Lee said no.\n\nBob Ray agreed with her.")
    doc.tensor = doc.tensor[:0]  # as a pipeline whose parser has its own encoder leaves it
    wrapped = nlp.get_pipe("parser")
    assert isinstance(wrapped, ParagraphParser)
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert parse(wrapped(doc)) == parse(wrapped.parser(copy))
