"""The confidence model: learned with the features this code computes, with its card; the trees
walked in plain Python as LightGBM walked them; what each feature sees of a quote."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

import quotegraph
from quotegraph.extract import assemble
from quotegraph.extract.confidence import (
    FEATURES,
    ConfidenceModel,
    confidence_model,
    feature_signature,
    features,
)
from quotegraph.model import Quote

from .phenomena import parse


def _raw() -> dict:
    text = resources.files("quotegraph").joinpath("data/confidence_model.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def test_the_model_was_learned_with_the_features_the_code_computes() -> None:
    # Fails when features() changes without the model being learned again
    # (python tools/learn_confidence.py, see docs/extraction.md).
    assert confidence_model().signature == feature_signature()


def test_the_model_card_says_what_it_was_learned_from_and_how_well_it_held_out() -> None:
    card = _raw()["card"]
    assert len(card["train_sha256"]) == 64 and len(card["statements_key_sha256"]) == 64
    table = {row["min_confidence"]: row for row in card["held_out_reliability"]}
    # Calibrated: of the held-out quotes at >= 0.9, at least 0.9 were right.
    assert table[0.9]["right"] >= 0.9
    rights = [row["right"] for row in card["held_out_reliability"]]
    assert rights == sorted(rights)
    assert 0.5 < card["held_out_auc"] <= 1 and 0 < card["held_out_brier"] < card["held_out_log_loss"]


def test_the_trees_give_the_probabilities_they_were_learned_to_give() -> None:
    # The learner checked the walk against LightGBM on every training quote and kept a few.
    model = confidence_model()
    checks = _raw()["card"]["checks"]
    assert checks
    for check in checks:
        assert model.probability(check["features"]) == pytest.approx(check["probability"], abs=1e-9)


def _tree_model(tree: list, calibration: dict | None = None) -> ConfidenceModel:
    codes = {name: {"said": 0, "wrote": 1} for name in FEATURES}
    calibration = calibration or {"method": "none"}
    raw = {"trees": [tree], "codes": codes, "calibration": calibration, "card": {"feature_signature": ""}}
    return ConfidenceModel.from_json(raw)


def _plain() -> dict:
    """Features of no particular quote: every named value "said", every number 1."""
    return {name: ("said" if i < FEATURES.index("words") else 1.0) for i, name in enumerate(FEATURES)}


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


@pytest.mark.parametrize(
    ("missing", "default_left", "judge", "leaf"),
    [
        (2, 1, None, 1.0),  # an absent number goes the default way
        (2, 0, None, -1.0),
        (2, 0, 0.9, -1.0),  # a number goes by the threshold
        (2, 0, 0.1, 1.0),
        (0, 0, None, 1.0),  # LightGBM reads an absent number as 0 where none was absent in learning
        (0, 1, 0.9, -1.0),  # the default way matters only to an absent number
    ],
)
def test_a_tree_node_sends_a_number_as_lightgbm_does(
    missing: int, default_left: int, judge: float | None, leaf: float
) -> None:
    judge_at = FEATURES.index("judge")
    model = _tree_model([judge_at, 0.5, default_left, missing, 1.0, -1.0])
    assert model.probability({**_plain(), "judge": judge}) == pytest.approx(_sigmoid(leaf))


def test_a_tree_with_zero_taken_for_missing_is_refused() -> None:
    with pytest.raises(ValueError, match="missing type 1"):
        _tree_model([FEATURES.index("judge"), 0.5, 0, 1, 1.0, -1.0])


def test_a_tree_node_sends_a_named_value_left_when_its_code_is_listed() -> None:
    cue = FEATURES.index("cue_lemma")
    model = _tree_model([cue, [1], 0, 2, 2.0, -2.0], {"method": "platt", "a": 0.5, "b": 0.0})
    assert model.probability({**_plain(), "cue_lemma": "wrote"}) == pytest.approx(_sigmoid(1.0))
    assert model.probability({**_plain(), "cue_lemma": "said"}) == pytest.approx(_sigmoid(-1.0))
    # A value never seen in learning has no code: it goes right, as in LightGBM.
    assert model.probability({**_plain(), "cue_lemma": "sang"}) == pytest.approx(_sigmoid(-1.0))


def test_every_feature_is_computed() -> None:
    doc = parse("Mayor Ana Ruiz said the bridge would reopen in May.")
    q = Quote(20, 50, doc.text[20:50], "indirect", speaker="Ana Ruiz", speaker_mention="Ruiz", confidence=0.9)
    feats = features(doc, q, "same_sentence", None, 0.7, None)
    assert list(feats) == list(FEATURES)
    assert feats["mention"] == "other" and feats["judge"] is None and feats["speaker_gap"] is None


def _feature_of(text: str, quoted: str, name: str) -> object:
    """The value of one feature for the quote the extractor finds whose text holds ``quoted``."""
    found = [(q, f) for q, f in assemble.candidates_of(parse(text)) if quoted in q.text]
    assert len(found) == 1, [q.text for q, _ in assemble.candidates_of(parse(text))]
    return found[0][1][name]


@pytest.mark.parametrize(
    ("text", "quoted", "name", "value"),
    [
        # The headline, the article's first line, is the outlet's claim.
        ("Ruiz says the bridge will reopen in May\nThe ferry is late again.", "bridge", "headline", "True"),
        ("Harbour news\nRuiz said the bridge would reopen in May.", "bridge", "headline", "False"),
        # The cue's lemma, whatever its inflection; and the inflection apart.
        ("Mayor Ana Ruiz says the bridge will reopen in May.", "bridge", "cue_lemma", "say"),
        ("Mayor Ana Ruiz said the bridge would reopen in May.", "bridge", "cue_lemma", "say"),
        ("Mayor Ana Ruiz says the bridge will reopen in May.", "bridge", "cue_form", "s"),
        ("Mayor Ana Ruiz wrote that the bridge would reopen in May.", "bridge", "cue_form", "ed"),
        # A figure is seldom something said: its words are mostly numbers.
        ("The poll found 46 percent.", "46", "letter_words", 1),
        ("Mayor Ana Ruiz said the bridge would reopen in May.", "bridge", "letter_words", 6),
        # Quotation marks inside the content: a mixed quote holds two.
        ("Ruiz said the ferry was “a disgrace to the harbour” on Monday.", "ferry", "marks", 2),
        # The speaker's name: a description, one word, two words.
        ("The mayor said the bridge would reopen in May.", "bridge", "name_shape", "description"),
        ("Mayor Ana Ruiz said the bridge would reopen in May.", "bridge", "name_shape", "two_words"),
        # Where the speaker's mention stands: before the content (negative), after it (positive).
        ("Mayor Ana Ruiz said the bridge would reopen in May.", "bridge", "speaker_gap", -6),
        ("The bridge will reopen in May, Ruiz said.", "bridge", "speaker_gap", 2),
    ],
)
def test_what_a_feature_sees_of_a_quote(text: str, quoted: str, name: str, value: object) -> None:
    assert _feature_of(text, quoted, name) == value


def test_a_quote_that_is_its_whole_paragraph_fills_it() -> None:
    text = "Ruiz spoke at the pier on Monday before a crowd of fishermen.\n“We will rebuild the bridge, and we will do it this year,” Ruiz said."
    whole = _feature_of(text, "rebuild", "paragraph_share")
    part = _feature_of(
        "Ruiz spoke at the pier on Monday. “We will rebuild the bridge, and we will do it this year,” Ruiz said.",
        "rebuild",
        "paragraph_share",
    )
    assert isinstance(whole, float) and isinstance(part, float)
    assert part < whole and whole > 0.6


def test_a_quote_with_a_named_reporter_is_surer_than_one_with_none() -> None:
    named = quotegraph.extract("Mayor Ana Ruiz said the bridge would reopen in May.", min_confidence=0.0)
    nobody = quotegraph.extract(
        "It was said that the bridge would reopen in May.", scope="all", min_confidence=0.0
    )
    assert named and all(0.0 <= q.confidence <= 1.0 for q in named + nobody)
    assert all(named[0].confidence > q.confidence for q in nobody)
