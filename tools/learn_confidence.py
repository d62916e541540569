"""Learn the confidence model (``src/quotegraph/extract/confidence.py``) from an attribution key.

Usage: python tools/learn_confidence.py TRAIN.jsonl TRAIN.statements.jsonl [--out PATH]

Every quote the extractor finds in every training article (every kind; the default pipeline,
names from the tagger; the frame judge cross-fitted: each fifth of the articles read by a judge
learned on the other four, as the shipped judge reads an article it never saw) is labelled right
when the referee's rules say so: a gold quote of the same scope covers at least half of it and the
speaker agrees (statements against the statements key, other kinds against the full key).

Gradient-boosted trees (LightGBM, a learning-only dependency: ``pip install -e ".[tools]"``) are
fitted on four fifths of the articles, their number of rounds and their calibration (none, Platt
or isotonic) chosen by cross-validation on those four fifths by article; log loss, Brier score,
ROC AUC and the reliability table are measured on the fifth held out and kept in the model card.
Then the same is done on every article and the trees are written as JSON that the product walks
in plain Python, with the card: the training data's hash, the feature signature of the code, the
held-out figures and a few quotes' features with their probability (LightGBM's own: the walk was
checked against it on every quote; a test checks that the product still gives it). The corpus
stays outside the project: only trees are written.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import lightgbm
import numpy as np
from learn_frame_model import candidates as frame_candidates
from learn_frame_model import fit, fit_tail
from spacy.tokens import Doc

from quotegraph.evaluate import best_match, speaker_right
from quotegraph.extract import framescore
from quotegraph.extract.assemble import candidates_of
from quotegraph.extract.confidence import (
    CATEGORICAL,
    FEATURE_VERSION,
    NUMERIC,
    ConfidenceModel,
    Features,
    feature_signature,
)
from quotegraph.extract.nlp import load_nlp

OUT = Path(__file__).resolve().parents[1] / "src" / "quotegraph" / "data" / "confidence_model.json"
CUTS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95)
ROUNDS = (30, 40, 50, 65, 80, 100, 130)
"""The numbers of boosting rounds tried; cross-validation on the learning articles picks one."""
PARAMS = {
    "objective": "binary",
    "num_leaves": 31,
    "min_data_in_leaf": 50,
    "learning_rate": 0.1,
    "lambda_l2": 1.0,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "cat_smooth": 10,
    "min_data_per_group": 20,
    "max_cat_to_onehot": 8,
    "max_cat_threshold": 16,
    "seed": 1,
    "deterministic": True,
    "num_threads": 1,
    "verbose": -1,
}
"""Chosen by cross-validation on four fifths of PolNeAR train (never by the held-out fifth or dev):
bigger or smaller trees and more regularisation moved the log loss by less than 0.002; a learning
rate of 0.05 gained 0.0005 with twice the trees, which the product walks for every quote."""
FOLDS = 5
CHECKS = 12

Row = tuple[int, Features, int]


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sha256(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def labelled(full: list[dict], statements: list[dict]) -> list[Row]:
    """(article, features, right) for every quote the extractor finds, each article's quotes
    found with a frame judge (and tail model) learned without its fifth of the articles
    (cross-fitting; the shipped judge's thresholds). The shipped judge was learned on these very
    articles: through it the extractor finds more of their quotes, and its probabilities are surer,
    than on an article it never saw, and a confidence learned on that would trust it too much."""
    nlp = load_nlp(ner=False)  # the pipeline extraction runs by default
    docs = list(nlp.pipe((g["text"] for g in full), batch_size=16))
    _, tail_rows = frame_candidates(docs, full, None)
    shipped = framescore.frame_model()
    rows: list[Row] = []
    for k in range(FOLDS):
        rest = [n for n in range(len(docs)) if n % FOLDS != k]
        tail = fit_tail([r for r in tail_rows if r[0] % FOLDS != k])
        judged, _ = frame_candidates([docs[n] for n in rest], [full[n] for n in rest], tail)
        weights, bias = fit(judged)
        judge = framescore.FrameModel(weights, bias, shipped.threshold, shipped.threshold_new, tail)
        with framescore.trying(judge):
            for n in range(k, len(docs), FOLDS):
                rows += _labelled_article(n, docs[n], full[n], statements[n])
        print(f"fifth {k + 1} of {FOLDS}: {len(rows)} quotes", file=sys.stderr)
    return sorted(rows, key=lambda r: r[0])


def _labelled_article(n: int, doc: Doc, full: dict, statements: dict) -> list[Row]:
    golds_statements = [q for q in statements["quotes"] if q.get("kind") == "statement"]
    rows = []
    for quote, feats in candidates_of(doc):
        p = quote.to_dict()
        gold = best_match(p, golds_statements if quote.kind == "statement" else full["quotes"])
        right = gold is not None and speaker_right(p, gold, by_mention=True)
        rows.append((n, feats, int(right)))
    return rows


def codes_of(rows: list[Row]) -> dict[str, dict[str, int]]:
    """A code for every named value seen, by feature."""
    return {
        name: {v: i for i, v in enumerate(sorted({str(f[name]) for _, f, _ in rows}))} for name in CATEGORICAL
    }


def matrix(rows: list[Row], codes: dict[str, dict[str, int]]) -> np.ndarray:
    def value(v: Any) -> float:
        return math.nan if v is None else float(v)

    return np.array(
        [
            [codes[name].get(f[name], -1) for name in CATEGORICAL] + [value(f[name]) for name in NUMERIC]
            for _, f, _ in rows
        ],
        dtype=float,
    )


def boost(x: np.ndarray, y: np.ndarray, rounds: int) -> lightgbm.Booster:
    data = lightgbm.Dataset(x, y, categorical_feature=list(range(len(CATEGORICAL))), free_raw_data=False)
    return lightgbm.train(PARAMS, data, num_boost_round=rounds)


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """a, b of the logistic sigmoid(a * score + b) of least log loss (Newton's method)."""
    a, b = 1.0, 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(a * scores + b, -30, 30)))
        grad = np.array([((p - y) * scores).sum(), (p - y).sum()])
        w = p * (1 - p)
        hess = np.array([[(w * scores**2).sum(), (w * scores).sum()], [(w * scores).sum(), w.sum()]])
        step = np.linalg.solve(hess + 1e-9 * np.eye(2), grad)
        a, b = a - step[0], b - step[1]
    return float(a), float(b)


def isotonic(p: np.ndarray, y: np.ndarray) -> tuple[list[float], list[float]]:
    """The non-decreasing step function of least squared error (pool adjacent violators): the
    upper ends of its steps and their values."""
    blocks: list[list[float]] = []  # [sum of labels, count, upper end]
    for pi, yi in sorted(zip(p.tolist(), y.tolist(), strict=True)):
        blocks.append([yi, 1.0, pi])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            last = blocks.pop()
            blocks[-1] = [blocks[-1][0] + last[0], blocks[-1][1] + last[1], last[2]]
    uppers = [b[2] for b in blocks]
    uppers[-1] = 1.0
    return uppers, [min(0.995, max(0.005, b[0] / b[1])) for b in blocks]


def calibrated(method: str, fitted: Any, scores: np.ndarray) -> np.ndarray:
    if method == "platt":
        return 1 / (1 + np.exp(-np.clip(fitted[0] * scores + fitted[1], -30, 30)))
    p = 1 / (1 + np.exp(-np.clip(scores, -30, 30)))
    if method == "isotonic":
        uppers, values = fitted
        return np.array([values[min(bisect.bisect_left(uppers, v), len(uppers) - 1)] for v in p])
    return p


def fit_calibration(method: str, scores: np.ndarray, y: np.ndarray) -> Any:
    if method == "platt":
        return platt(scores, y)
    if method == "isotonic":
        return isotonic(1 / (1 + np.exp(-np.clip(scores, -30, 30))), y)
    return None


def log_loss(p: Sequence[float] | np.ndarray, y: Sequence[int] | np.ndarray) -> float:
    """Mean negative log-likelihood of the labels: lower is a sharper, better calibrated model."""
    q, t = np.clip(np.asarray(p, dtype=float), 1e-9, 1 - 1e-9), np.asarray(y, dtype=float)
    return float(-(t * np.log(q) + (1 - t) * np.log(1 - q)).mean())


def brier(p: Sequence[float] | np.ndarray, y: Sequence[int] | np.ndarray) -> float:
    return float(((np.asarray(p, dtype=float) - np.asarray(y, dtype=float)) ** 2).mean())


def auc(p: Sequence[float] | np.ndarray, y: Sequence[int] | np.ndarray) -> float:
    """ROC AUC: the chance that a right quote is scored above a wrong one (ties count half)."""
    q, t = np.asarray(p, dtype=float), np.asarray(y, dtype=int)
    values, inverse, counts = np.unique(q, return_inverse=True, return_counts=True)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    ranks = (first + (counts + 1) / 2)[inverse]  # tied scores share their mean rank
    right = int(t.sum())
    return float((ranks[t == 1].sum() - right * (right + 1) / 2) / (right * (len(t) - right)))


def learn(rows: list[Row]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The model of ``rows`` (as JSON, without its card) and what cross-validation by article
    chose: the rounds, then the calibration, each of least out-of-fold log loss."""
    codes = codes_of(rows)
    x, y = matrix(rows, codes), np.array([label for _, _, label in rows], dtype=float)
    fold = np.array([n % FOLDS for n, _, _ in rows])
    oof = {r: np.zeros(len(rows)) for r in ROUNDS}
    for k in sorted(set(fold.tolist())):
        booster = boost(x[fold != k], y[fold != k], max(ROUNDS))
        for r in ROUNDS:
            oof[r][fold == k] = booster.predict(x[fold == k], num_iteration=r, raw_score=True)
    losses = {r: log_loss(1 / (1 + np.exp(-oof[r])), y) for r in ROUNDS}
    rounds = min(ROUNDS, key=lambda r: losses[r])
    scores = oof[rounds]
    methods = {}
    for method in ("none", "platt", "isotonic"):
        p = np.zeros(len(rows))
        for k in sorted(set(fold.tolist())):
            fitted = fit_calibration(method, scores[fold != k], y[fold != k])
            p[fold == k] = calibrated(method, fitted, scores[fold == k])
        methods[method] = log_loss(p, y)
    method = min(methods, key=lambda m: (methods[m], m != "none"))
    booster = boost(x, y, rounds)
    calibration: dict[str, Any] = {"method": method}
    fitted = fit_calibration(method, scores, y)
    if method == "platt":
        calibration |= {"a": round(fitted[0], 6), "b": round(fitted[1], 6)}
    elif method == "isotonic":
        calibration |= {"x": fitted[0], "y": fitted[1]}
    trees = [_node(t["tree_structure"], codes) for t in booster.dump_model()["tree_info"]]
    model = {"codes": codes, "calibration": calibration, "trees": trees}
    chosen = {
        "rounds": rounds,
        "cross_validated_log_loss_by_rounds": {str(r): round(v, 4) for r, v in losses.items()},
        "calibration": method,
        "cross_validated_log_loss_by_calibration": {m: round(v, 4) for m, v in methods.items()},
    }
    _same_as_lightgbm(booster, model, rows, x)
    return model, chosen


def _node(node: dict[str, Any], codes: dict[str, dict[str, int]]) -> Any:
    """A LightGBM tree node in the compact form ``confidence.py`` walks."""
    if "leaf_value" in node:
        return node["leaf_value"]
    feature = node["split_feature"]
    if node["decision_type"] == "==":
        test: Any = sorted(int(c) for c in str(node["threshold"]).split("||"))
    else:
        test = node["threshold"]
    missing = {"None": 0, "Zero": 1, "NaN": 2}[node["missing_type"]]
    return [
        feature,
        test,
        int(node["default_left"]),
        missing,
        _node(node["left_child"], codes),
        _node(node["right_child"], codes),
    ]


def _model(raw: dict[str, Any]) -> ConfidenceModel:
    return ConfidenceModel.from_json({**raw, "card": {"feature_signature": feature_signature()}})


def _same_as_lightgbm(booster: lightgbm.Booster, raw: dict[str, Any], rows: list[Row], x: np.ndarray) -> None:
    """The plain-Python walk of the written trees gives LightGBM's own probabilities."""
    model = _model({**raw, "calibration": {"method": "none"}})
    ours = np.array([model.probability(f) for _, f, _ in rows])
    theirs = booster.predict(x)
    worst = float(np.abs(ours - theirs).max())
    if worst > 1e-9:
        raise AssertionError(f"the written trees disagree with LightGBM by up to {worst}")


def reliability(p: np.ndarray, y: np.ndarray) -> list[dict]:
    """For each cut c: how many quotes have confidence >= c, and what share of them is right."""
    table = []
    for c in CUTS:
        kept = p >= c
        n = int(kept.sum())
        table.append(
            {
                "min_confidence": c,
                "quotes": n,
                "right": round(float(y[kept].mean()), 3) if n else None,
                "mean_confidence": round(float(p[kept].mean()), 3) if n else 0.0,
            }
        )
    return table


def written(card: dict[str, Any], raw: dict[str, Any]) -> str:
    """The model file: its card readable, one tree a line."""
    trees = ",\n".join(json.dumps(t, separators=(",", ":")) for t in raw["trees"])
    return (
        f'{{"card": {json.dumps(card, indent=1)},\n"codes": {json.dumps(raw["codes"])},\n'
        f'"calibration": {json.dumps(raw["calibration"])},\n"trees": [\n{trees}\n]}}\n'
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("train")
    ap.add_argument("statements")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    full, statements = read_jsonl(args.train), read_jsonl(args.statements)
    rows = labelled(full, statements)
    held = [r for r in rows if r[0] % FOLDS == 0]
    raw, chosen = learn([r for r in rows if r[0] % FOLDS != 0])
    print(json.dumps(chosen))
    held_model = _model(raw)
    p = np.array([held_model.probability(f) for _, f, _ in held])
    y = np.array([label for _, _, label in held])
    table = reliability(p, y)
    for row in table:
        print(json.dumps(row))
    figures = {"log_loss": log_loss(p, y), "brier": brier(p, y), "auc": auc(p, y)}
    print("held out: " + ", ".join(f"{k} {v:.4f}" for k, v in figures.items()))
    raw, chosen = learn(rows)
    model = _model(raw)
    step = max(1, len(rows) // CHECKS)
    checks = [{"features": f, "probability": model.probability(f)} for _, f, _ in rows[::step][:CHECKS]]
    card = {
        "what": "P(quote is in the key with the right speaker | how it was found)",
        "model": "LightGBM gradient-boosted trees "
        f"({PARAMS['num_leaves']} leaves, learning rate {PARAMS['learning_rate']}), then a calibration",
        "trained_on": Path(args.train).name,
        "train_sha256": sha256(args.train),
        "statements_key_sha256": sha256(args.statements),
        "quotes": len(rows),
        "right": sum(y for _, _, y in rows),
        "feature_version": FEATURE_VERSION,
        "feature_signature": feature_signature(),
        "chosen_by_cross_validation": chosen,
        "held_out": "every fifth article of the training split (n % 5 == 0), model learned on the "
        "other four fifths",
        "held_out_reliability": table,
        "held_out_log_loss": round(figures["log_loss"], 4),
        "held_out_brier": round(figures["brier"], 4),
        "held_out_auc": round(figures["auc"], 4),
        "checks": checks,
        "rebuild": "python tools/learn_confidence.py ../shared/bench/polnear.train.jsonl "
        "../shared/bench/polnear.train.statements.jsonl",
    }
    Path(args.out).write_text(written(card, raw), encoding="utf-8")
    print(f"wrote {args.out}: {len(raw['trees'])} trees", file=sys.stderr)


if __name__ == "__main__":
    main()
