"""The parser fed paragraph by paragraph (``extract/paragraphs.py``)."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from quotegraph.extract.nlp import MODEL_NAME, add_sentence_rules, load_nlp
from quotegraph.extract.paragraphs import (
    LONGEST,
    ParagraphParser,
    _groups,
    _shorter,
    paragraphs,
    parse_by_paragraph,
)

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


def test_an_endless_paragraph_is_parsed_in_runs_of_bounded_length() -> None:
    cuts = [400, 900, 1500, 2600, 2700, 4990]
    runs = _shorter(cuts, 0, 5000)
    assert runs == [(0, 900), (900, 1500), (1500, 2600), (2600, 2700), (2700, 4990), (4990, 5000)]
    assert _shorter([], 0, 3000) == [(0, 3000)]  # nowhere to cut
    nlp = load_nlp(ner=False)
    doc = nlp(" ".join(["“Yes,” Ana Ruiz said. “No.”"] * 300))  # one paragraph of 3,600 tokens
    ranges = paragraphs(doc)
    assert len(ranges) > 3 and max(hi - lo for lo, hi in ranges) <= LONGEST
    assert ranges[0][0] == 0 and ranges[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    prose = nlp(" ".join(["The board met. It voted to close the pier for the winter months."] * 300))
    ranges = paragraphs(prose)  # no start set by the rules: cut after full stops
    assert len(ranges) > 3 and max(hi - lo for lo, hi in ranges) <= LONGEST
    assert all(prose[lo - 1].text == "." and prose[lo].text[:1].isupper() for lo, _ in ranges[1:])


def test_groups_hold_a_bounded_number_of_tokens() -> None:
    nlp = load_nlp(ner=False)
    pieces = [nlp.make_doc("word " * n) for n in (10, 20, 3000, 6000, 9000, 5)]
    sizes = [[len(d) for d in g] for g in _groups(pieces)]
    assert sizes == [[10, 20, 3000], [6000], [9000], [5]]
    assert sum(len(g) for g in _groups([nlp.make_doc("a b")] * 130)) == 130
    assert max(len(g) for g in _groups([nlp.make_doc("a b")] * 130)) == 64
