"""The registries of reporter rules and constructions (``extract/reporters.py``,
``extract/constructions.py``, ``extract/word_constructions.py``): every example sentence is found
by its own rule, gives the expected text, and the names the judge, the cue table and the docs use
come from the registries."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import pytest
from spacy.tokens import Doc

import quotegraph
from quotegraph.extract.constructions import CONSTRUCTIONS, Construction, Example
from quotegraph.extract.cues import find_frames
from quotegraph.extract.frame import Frame
from quotegraph.extract.lexicon import ALL_FRAMES, cues
from quotegraph.extract.marks import find_marked
from quotegraph.extract.nlp import load_nlp
from quotegraph.extract.reporters import REPORTER_RULES, ReporterRule
from quotegraph.extract.word_constructions import WORD_CONSTRUCTIONS, WordConstruction

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
try:
    import write_constructions_doc as doc_tool
finally:
    sys.path.pop(0)


def frames_of(text: str) -> tuple[Doc, list[Frame]]:
    """The frames the engine finds in a text, with its quotation marks as assembly sees them."""
    doc = load_nlp()(text)
    marked = find_marked(text)

    def inside_quote(pos: int) -> bool:
        return any(m.open_at <= pos <= (m.close_at if m.close_at is not None else m.end) for m in marked)

    return doc, find_frames(doc, inside_quote)


def content_of(text: str, frame: Frame) -> str | None:
    return text[frame.content[0] : frame.content[1]] if frame.content is not None else None


def quoted_texts(text: str) -> list[str]:
    return [q.text for q in quotegraph.extract(text, scope="all", min_confidence=0.0)]


def cases(rules: Sequence[Construction | ReporterRule | WordConstruction]) -> list[object]:
    return [
        pytest.param(rule, ex, id=f"{rule.name}-{n}") for rule in rules for n, ex in enumerate(rule.examples)
    ]


@pytest.mark.parametrize(("construction", "example"), cases(CONSTRUCTIONS))
def test_each_construction_finds_its_examples_content(construction: Construction, example: Example) -> None:
    _, frames = frames_of(example.text)
    mine = [f for f in frames if f.construction == construction.name]
    assert mine, f"no frame of {construction.name}: {[(f.construction, f.how) for f in frames]}"
    assert all(f.how == construction.how for f in mine)
    if construction.how:
        assert example.expected in [content_of(example.text, f) for f in mine]
    else:
        assert any(f.colon and f.content is None for f in mine)  # what follows the colon is the content
    assert example.expected in quoted_texts(example.text)


@pytest.mark.parametrize(("rule", "example"), cases(REPORTER_RULES))
def test_each_reporter_rule_finds_its_examples_reporter(rule: ReporterRule, example: Example) -> None:
    doc, frames = frames_of(example.text)
    sources = [
        doc[f.source[0] : f.source[1]].text for f in frames if f.reporter_rule == rule.name and f.source
    ]
    assert example.expected in sources, [(f.reporter_rule, f.source) for f in frames]


@pytest.mark.parametrize(("word", "example"), cases(WORD_CONSTRUCTIONS))
def test_each_word_construction_finds_its_examples_content(word: WordConstruction, example: Example) -> None:
    _, frames = frames_of(example.text)
    assert example.expected in [content_of(example.text, f) for f in frames if f.how in word.hows]
    assert example.expected in quoted_texts(example.text)


def test_every_rule_has_an_example_and_a_name_of_its_own() -> None:
    rules: list[Construction | ReporterRule | WordConstruction] = [
        *CONSTRUCTIONS,
        *REPORTER_RULES,
        *WORD_CONSTRUCTIONS,
    ]
    assert all(rule.examples and rule.description for rule in rules)
    names = [rule.name for rule in rules]
    assert len(names) == len(set(names))


def test_the_cue_table_names_only_constructions_of_the_registry() -> None:
    assert frozenset(c.how for c in CONSTRUCTIONS if c.cue_table) == ALL_FRAMES
    for cue in cues().values():
        assert cue.frames <= ALL_FRAMES, cue


def test_the_judge_was_learned_with_the_registrys_hows() -> None:
    # A renamed how would silently lose the judge's weights for it. "according" frames are not
    # judged (their phrase names the source) and a colon lead-in has no content to judge.
    model = json.loads(resources.files("quotegraph").joinpath("data/frame_model.json").read_text())
    learned = {key.removeprefix("how=") for key in model["weights"] if key.startswith("how=")}
    judged = {c.how for c in CONSTRUCTIONS if c.how} | {
        how for w in WORD_CONSTRUCTIONS for how in w.hows if how != "according"
    }
    assert learned == judged


def test_the_docs_section_is_written_from_the_registries() -> None:
    page = doc_tool.DOC.read_text(encoding="utf-8")
    assert doc_tool.current(page) == doc_tool.render(), "run: python tools/write_constructions_doc.py"


def test_the_docs_tool_rewrites_only_its_section() -> None:
    page = f"# Title\n\nBefore.\n\n{doc_tool.START}\nstale\n{doc_tool.END}\n\nAfter.\n"
    written = doc_tool.rewritten(page)
    assert written.startswith("# Title\n\nBefore.\n\n") and written.endswith("\n\nAfter.\n")
    assert doc_tool.current(written) == doc_tool.render()
    assert doc_tool.rewritten(written) == written
    appended = doc_tool.rewritten("# Title\n")
    assert appended.startswith(f"# Title\n\n{doc_tool.HEADING}\n\n{doc_tool.START}\n")


def test_a_clause_another_report_stands_before_is_not_this_cues_content() -> None:
    """ '"I never said that," Okafor said, after Harbour Radio's Ana Lind said the mayor had ...',
    parsed (as the parser parsed a real sentence of this shape) with the quotation's clause as a
    complement of Lind's "said": Okafor's report stands between, so the quotation is no part of
    what Lind said; her content is what follows her cue."""
    import spacy

    from quotegraph.extract.constructions import Site, complement_clause

    words = ['"', "I", "never", "said", "that", ".", "I", "never", "said", "that", ",", '"', "Okafor", "said",
             ",", "after", "Harbour", "Radio", "Ana", "Lind", "said", "the", "mayor", "had", "referred", "to",
             "the", "Pier", "Fund", "as", "the", '"', "money", "pit", ".", '"']  # fmt: skip
    tags = ["``", "PRP", "RB", "VBD", "DT", ".", "PRP", "RB", "VBD", "IN", ",", "''", "NNP", "VBD", ",", "IN",
            "NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "VBD", "VBN", "IN", "DT", "NNP", "NNP", "IN", "DT",
            "``", "NN", "NN", ".", "''"]  # fmt: skip
    pos = ["PUNCT", "PRON", "ADV", "VERB", "PRON", "PUNCT", "PRON", "ADV", "VERB", "SCONJ", "PUNCT", "PUNCT",
           "PROPN", "VERB", "PUNCT", "SCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX",
           "VERB", "ADP", "DET", "PROPN", "PROPN", "ADP", "DET", "PUNCT", "NOUN", "NOUN", "PUNCT", "PUNCT"]  # fmt: skip
    heads = [3, 3, 3, 3, 3, 3, 8, 8, 20, 8, 20, 13, 13, 20, 13, 20, 17, 19, 19, 20, 20, 22, 24, 24, 20, 24, 28,
             28, 25, 24, 33, 33, 33, 29, 20, 20]  # fmt: skip
    deps = ["punct", "nsubj", "neg", "ROOT", "dobj", "punct", "nsubj", "neg", "ccomp", "dobj", "punct", "punct",
            "nsubj", "dep", "punct", "mark", "compound", "compound", "compound", "nsubj", "ROOT", "det", "nsubj",
            "aux", "ccomp", "prep", "det", "compound", "pobj", "prep", "det", "punct", "compound", "pobj",
            "punct", "punct"]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    quoted = (doc[1].idx, doc[10].idx + 1)

    def inside_quote(at: int) -> bool:
        return quoted[0] <= at < quoted[1]

    said = doc[20]
    frame = Frame(cues()["say"], (20, 21), None, None)
    assert complement_clause(Site(doc, said, cues()["say"], True, inside_quote, doc[19]), frame)
    assert frame.content is not None
    assert doc.text[frame.content[0] : frame.content[1]].startswith("the mayor had referred")
