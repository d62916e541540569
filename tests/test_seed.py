"""The seed article end to end, scored by the project's referee (needs ../shared/bench)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import quotegraph
from quotegraph.evaluate import score


def test_seed_all_quotes_found_and_attributed(shared_bench: Path) -> None:
    gold = [
        json.loads(line)
        for line in (shared_bench / "seed.gold.jsonl").read_text("utf-8").splitlines()
        if line
    ]
    preds = {
        d["id"]: {"id": d["id"], "quotes": [q.to_dict() for q in quotegraph.extract(d["text"])]} for d in gold
    }
    scores = score({d["id"]: d for d in gold}, preds)
    assert scores.prf("correct_attr", "found_attr", "gold_attr")[2] == 1.0
    assert scores.counts["pred"] == scores.counts["gold"] == 12


@pytest.mark.slow
def test_seed_by_the_referee_script(shared_bench: Path, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    out = subprocess.run(
        [sys.executable, "-m", "quotegraph", "extract", str(shared_bench / "seed.gold.jsonl")],
        capture_output=True,
        check=True,
        timeout=300,
    ).stdout
    pred.write_bytes(out)
    report = subprocess.run(
        [
            sys.executable,
            str(shared_bench / "score.py"),
            str(shared_bench / "seed.gold.jsonl"),
            str(pred),
            "--json",
        ],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    result = json.loads(report)
    assert result["attributed"]["f1"] == 1.0
    assert result["detection"]["f1"] == 1.0
    assert {k: v["f1"] for k, v in result["fields"].items()} == {"addressee": 1.0, "role": 1.0, "target": 1.0}


def test_our_scorer_agrees_with_the_referee(shared_bench: Path, tmp_path: Path) -> None:
    """On PolNeAR dev predictions our eval and score.py must print the same figures."""
    gold_path = shared_bench / "polnear.dev.jsonl"
    gold = {}
    for line in gold_path.read_text("utf-8").splitlines()[:12]:
        d = json.loads(line)
        gold[d["id"]] = d
    preds = {
        k: {"id": k, "quotes": [q.to_dict() for q in quotegraph.extract(d["text"])]} for k, d in gold.items()
    }
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(d) for d in gold.values()), encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("\n".join(json.dumps(p) for p in preds.values()), encoding="utf-8")
    ref = json.loads(
        subprocess.run(
            [
                sys.executable,
                str(shared_bench / "score.py"),
                str(tmp_path / "gold.jsonl"),
                str(tmp_path / "pred.jsonl"),
                "--json",
            ],
            capture_output=True,
            check=True,
        ).stdout
    )
    ours = score(gold, preds)
    for label, tp_p, tp_g, gk in (
        ("detection", "correct", "found", "gold"),
        ("attributed", "correct_attr", "found_attr", "gold_attr"),
    ):
        p, r, f = ours.prf(tp_p, tp_g, gk)
        assert (round(p, 4), round(r, 4), round(f, 4)) == (
            ref[label]["precision"],
            ref[label]["recall"],
            ref[label]["f1"],
        )
