"""The confidence model: learned with the features this code computes, with its card."""

from __future__ import annotations

import json
from importlib import resources

import quotegraph
from quotegraph.extract.confidence import FEATURE_TEMPLATES, confidence_model, feature_signature, features
from quotegraph.model import Quote


def _card() -> dict:
    raw = resources.files("quotegraph").joinpath("data/confidence_model.json").read_text(encoding="utf-8")
    return json.loads(raw)["card"]  # type: ignore[no-any-return]


def test_the_model_was_learned_with_the_features_the_code_computes() -> None:
    # Fails when features() changes without the model being learned again
    # (python tools/learn_confidence.py, see docs/extraction.md).
    assert confidence_model().signature == feature_signature()


def test_the_model_card_says_what_it_was_learned_from_and_how_well_it_held_out() -> None:
    card = _card()
    assert len(card["train_sha256"]) == 64 and len(card["statements_key_sha256"]) == 64
    table = {row["min_confidence"]: row for row in card["held_out_reliability"]}
    # Calibrated: of the held-out quotes at >= 0.9, at least 0.9 were right.
    assert table[0.9]["right"] >= 0.9
    rights = [row["right"] for row in card["held_out_reliability"]]
    assert rights == sorted(rights)


def test_every_template_gives_one_feature() -> None:
    q = Quote(0, 10, "We will go", "direct", speaker="Ana Ruiz", speaker_mention="she", confidence=0.9)
    feats = features(q, "same_sentence", None, 0.7, None)
    assert [f.split("=", 1)[0] for f in feats] == list(FEATURE_TEMPLATES)
    assert "mention=pronoun" in feats and "judge=none" in feats


def test_a_quote_with_a_named_reporter_is_surer_than_one_with_none() -> None:
    named = quotegraph.extract("Mayor Ana Ruiz said the bridge would reopen in May.", min_confidence=0.0)
    nobody = quotegraph.extract("It was said that the bridge would reopen in May.", scope="all", min_confidence=0.0)
    assert named and all(0.0 <= q.confidence <= 1.0 for q in named + nobody)
    assert all(named[0].confidence > q.confidence for q in nobody)
