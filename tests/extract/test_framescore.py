"""The learned frame judge and tail model: what they decide, and that the decision is theirs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import quotegraph
from quotegraph.extract import framescore
from quotegraph.extract.lexicon import cues
from quotegraph.model import Quote
from tests.extract.judges import accepting


def every(text: str) -> list[Quote]:
    """The engine's whole output: every kind of attribution, at any confidence (the default
    selection, statements above a floor, has tests of its own in test_selection.py)."""
    return quotegraph.extract(text, scope="all", min_confidence=0.0)

ROOT = Path(__file__).resolve().parents[2]


def spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue, q.speaker) for q in every(text)]


def test_a_stance_verb_outside_the_lexicon_is_judged_a_report() -> None:
    # "on Tuesday" hangs inside the object here, and the tail model is offered it too: a time is
    # when it was said, never what.
    assert "downplay" not in cues()
    text = "Governor Ana Ruiz downplayed the risk of a recession on Tuesday."
    assert spans(text) == [("the risk of a recession", "downplayed", "Ana Ruiz")]


def test_a_verb_never_seen_reporting_is_not_a_cue() -> None:
    assert spans("Senator Tom Hale left the hall early.") == []
    assert not framescore.frame_model().seen_reporting("leave", "object")


def test_verbs_of_trying_and_failing_are_never_cues() -> None:
    assert spans("Senator Tom Hale failed to win the vote.") == []


def test_a_verb_of_aspect_reports_only_when_it_introduces_speech() -> None:
    assert spans("Turnout in Eastfield continued to rise on Tuesday.") == []
    assert spans("“We will rebuild,” Dana Whitlock continued.") == [
        ("We will rebuild,", "continued", "Dana Whitlock")
    ]


def test_the_judge_decides() -> None:
    text = "Governor Ana Ruiz downplayed the risk of a recession."
    shipped = framescore.frame_model()
    never = framescore.FrameModel(shipped.weights, -30.0, 1.0, 1.0, shipped.tail)
    with framescore.trying(never):
        assert spans(text) == []
    assert spans(text) == [("the risk of a recession", "downplayed", "Ana Ruiz")]


def test_the_tail_model_decides_whether_the_rest_of_the_sentence_belongs() -> None:
    text = "Mayor Lena Park said that the count had been fair, and there was no sign of fraud."
    shipped = framescore.frame_model()
    for bias, expected in (
        (30.0, "the count had been fair, and there was no sign of fraud"),
        (-30.0, "the count had been fair"),
    ):
        model = framescore.FrameModel(
            shipped.weights,
            shipped.bias,
            shipped.threshold,
            shipped.threshold_new,
            framescore.TailModel({}, bias),
        )
        with framescore.trying(model):
            assert spans(text) == [(expected, "said", "Lena Park")]


def test_a_tail_never_leaves_the_clause_of_its_cue() -> None:
    text = "Port chief Ravi Menon, who has opposed the plan, described the design as costly."
    shipped = framescore.frame_model()
    model = framescore.FrameModel(
        shipped.weights,
        shipped.bias,
        shipped.threshold,
        shipped.threshold_new,
        framescore.TailModel({}, 30.0),
    )
    with framescore.trying(model):
        found = spans(text)
    assert ("the plan", "opposed", "Ravi Menon") in found
    assert all(not t.startswith("the plan,") for t, _, _ in found)


def test_the_shipped_model_is_complete() -> None:
    raw = json.loads((ROOT / "src" / "quotegraph" / "data" / "frame_model.json").read_text(encoding="utf-8"))
    assert 0 < raw["threshold"] <= raw["threshold_new"] < 1
    assert len(raw["weights"]) > 1000 and len(raw["tail"]["weights"]) > 20


def test_fit_learns_a_separable_rule() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import learn_frame_model as tool
    finally:
        sys.path.pop(0)
    rows = [(n, ["lemma=say", f"noise={n % 3}"], 1) for n in range(30)]
    rows += [(n, ["lemma=leave", f"noise={n % 3}"], 0) for n in range(30)]
    weights, bias = tool.fit(rows)
    model = framescore.FrameModel(weights, bias, 0.5, 0.5)
    assert model.probability(["lemma=say", "noise=1"]) > 0.8
    assert model.probability(["lemma=leave", "noise=1"]) < 0.2


def test_a_tie_goes_to_the_stricter_thresholds() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import learn_frame_model as tool
    finally:
        sys.path.pop(0)
    tried = [(0.7193, 0.25, 0.25), (0.7177, 0.25, 0.30), (0.7100, 0.40, 0.40)]
    assert tool.stricter_of_the_best(tried) == (0.7177, 0.25, 0.30)  # within 0.002: stricter
    assert tool.stricter_of_the_best(tried[:1] + tried[2:]) == (0.7193, 0.25, 0.25)  # not a tie


def test_the_training_tool_explains_itself() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "learn_frame_model.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--docs" in out


def test_a_participle_speaks_for_the_noun_it_modifies() -> None:
    text = "There is a clip of Mayor Tom Hale calling the budget a disgrace."
    assert spans(text) == [("the budget a disgrace", "calling", "Tom Hale")]


def test_a_time_is_not_what_was_talked_about() -> None:
    with framescore.trying(accepting("speak")):
        assert spans("Senator Lena Park spoke on Tuesday about the budget.") == [
            ("the budget", "spoke on Tuesday about", "Lena Park")
        ]


def _frame_card() -> dict:
    path = ROOT / "src" / "quotegraph" / "data" / "frame_model.json"
    return json.loads(path.read_text(encoding="utf-8"))["card"]  # type: ignore[no-any-return]


def test_the_judge_was_learned_with_the_features_the_code_computes() -> None:
    # Fails when frame_features or tail_features compute a feature the shipped judge never saw:
    # raise framescore.FEATURE_VERSION and rebuild (docs/extraction.md).
    from quotegraph.extract.assemble import _Index
    from quotegraph.extract.cues import find_frames
    from quotegraph.extract.marks import find_marked
    from quotegraph.extract.nlp import load_nlp

    card = _frame_card()
    assert card["feature_version"] == framescore.FEATURE_VERSION
    texts = [
        "Governor Ana Ruiz said on Monday that the bridge would reopen in May, and that tolls would fall.",
        "The plan, she insisted, would fail. Critics warned voters about the cost of the new ferry.",
        "“We will rebuild,” Ruiz told reporters. Her deputy believes the harbour is safe, officials said.",
        "According to the agency, the claim that prices rose is false. He is confident the deal will hold.",
    ]
    seen = set()
    for doc in load_nlp().pipe(texts):
        for frame in find_frames(doc, _Index(find_marked(doc.text)), judge=False):
            for feature in (frame.features or []) + (frame.tail_features or []):
                seen.add(feature.split("=", 1)[0])
    assert seen and seen <= set(card["feature_templates"])


def test_the_judge_card_says_what_it_was_learned_from() -> None:
    card = _frame_card()
    assert len(card["train_sha256"]) == 64 and card["articles"] > 0
    assert 0.5 < card["held_out_attributed_f1"] < 1.0
