"""Learn the confidence model (``src/quotegraph/extract/confidence.py``) from an attribution key.

Usage: python tools/learn_confidence.py TRAIN.jsonl TRAIN.statements.jsonl [--out PATH]

Every quote the extractor finds in every training article (every kind) is labelled right when
the referee's rules say so: a gold quote of the same scope covers at least half of it and the
speaker agrees (statements against the statements key, other kinds against the full key). A
logistic regression is fitted on four fifths of the articles and its calibration measured on the
fifth held out (the reliability table printed and kept in the model card); then it is fitted
again on every article and written with its card: the training data's hash, the feature
signature of the code, and the held-out figures. The corpus stays outside the project: only
feature weights are written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

from learn_frame_model import fit  # the same L2 logistic regression as the frame judge

from quotegraph.evaluate import best_match, speaker_right
from quotegraph.extract.assemble import candidates_of
from quotegraph.extract.confidence import FEATURE_VERSION, ConfidenceModel, feature_signature
from quotegraph.extract.nlp import load_nlp

OUT = Path(__file__).resolve().parents[1] / "src" / "quotegraph" / "data" / "confidence_model.json"
CUTS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95)


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sha256(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def labelled(full: list[dict], statements: list[dict]) -> list[tuple[int, list[str], int]]:
    """(article, features, right) for every quote the extractor finds."""
    nlp = load_nlp()
    rows = []
    docs = nlp.pipe(g["text"] for g in full)
    for n, (doc, g, s) in enumerate(zip(docs, full, statements, strict=True)):
        golds_all = g["quotes"]
        golds_statements = [q for q in s["quotes"] if q.get("kind") == "statement"]
        for quote, feats in candidates_of(doc):
            p = quote.to_dict()
            golds = golds_statements if quote.kind == "statement" else golds_all
            gold = best_match(p, golds)
            right = gold is not None and speaker_right(p, gold, by_mention=True)
            rows.append((n, feats, int(right)))
        if n % 100 == 0:
            print(f"{n} articles", file=sys.stderr)
    return rows


def reliability(model: ConfidenceModel, rows: list[tuple[int, list[str], int]]) -> list[dict]:
    """For each cut c: how many quotes have confidence >= c, and what share of them is right."""
    scored = [(model.probability(f), y) for _, f, y in rows]
    table = []
    for c in CUTS:
        kept = [y for p, y in scored if p >= c]
        mean = sum(p for p, _ in scored if p >= c) / len(kept) if kept else 0.0
        table.append(
            {
                "min_confidence": c,
                "quotes": len(kept),
                "right": round(sum(kept) / len(kept), 3) if kept else None,
                "mean_confidence": round(mean, 3),
            }
        )
    return table


def log_loss(model: ConfidenceModel, rows: list[tuple[int, list[str], int]]) -> float:
    """Mean negative log-likelihood of the labels: lower is a sharper, better calibrated model."""
    total = 0.0
    for _, f, y in rows:
        p = min(1 - 1e-9, max(1e-9, model.probability(f)))
        total -= math.log(p if y else 1 - p)
    return total / max(1, len(rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("train")
    ap.add_argument("statements")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    full, statements = read_jsonl(args.train), read_jsonl(args.statements)
    rows = labelled(full, statements)
    learn = [r for r in rows if r[0] % 5 != 0]
    held = [r for r in rows if r[0] % 5 == 0]
    weights, bias = fit(learn)
    held_model = ConfidenceModel(weights, bias, feature_signature())
    table = reliability(held_model, held)
    for row in table:
        print(json.dumps(row))
    loss = log_loss(held_model, held)
    print(f"held-out log loss {loss:.4f}")
    weights, bias = fit(rows)
    card = {
        "what": "P(quote is in the key with the right speaker | how it was found)",
        "trained_on": Path(args.train).name,
        "train_sha256": sha256(args.train),
        "statements_key_sha256": sha256(args.statements),
        "quotes": len(rows),
        "right": sum(y for _, _, y in rows),
        "feature_version": FEATURE_VERSION,
        "feature_signature": feature_signature(),
        "held_out": "every fifth article of the training split, model fitted on the other four fifths",
        "held_out_reliability": table,
        "held_out_log_loss": round(loss, 4),
        "rebuild": "python tools/learn_confidence.py ../shared/bench/polnear.train.jsonl "
        "../shared/bench/polnear.train.statements.jsonl",
    }
    Path(args.out).write_text(
        json.dumps({"card": card, "bias": bias, "weights": dict(sorted(weights.items()))}, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}: {len(weights)} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
