"""Corrections replayed on every resolve, and moved between stores as JSON Lines.

Resolve computes speakers from the mentions afresh; ``corpus.replay`` then applies the kept corrections
(``store.corrections``), oldest first, to its result, so a correction holds however often the
corpus is re-resolved or re-ingested. Replaying twice gives what replaying once does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO

from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.store import Store
from quotegraph.store.corrections import BadCorrection, Correction, corrections, known, record


def write(store: Store, out: IO[bytes]) -> int:
    """Every kept correction as a JSON line, oldest first; returns how many."""
    n = 0
    for c in corrections(store):
        d = c.to_dict()
        del d["id"]  # another store numbers them itself
        out.write(json.dumps(d, ensure_ascii=False).encode("utf-8") + b"\n")
        n += 1
    return n


def read(path: str | Path) -> Iterator[Correction]:
    """The corrections of a file ``write`` made; ``BadCorrection`` naming the line for anything else."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                yield Correction.from_dict(json.loads(line))
            except (ValueError, BadCorrection) as exc:
                raise BadCorrection(f"{path}, line {n}: {exc}") from None


def apply_file(store: Store, path: str | Path) -> tuple[int, int]:
    """Keep the corrections of ``path`` that this store does not hold yet, in one transaction, then
    resolve so that they show; (applied, already there). A correction that does not fit this store
    (a quote or speaker it lacks) stops it all, with the reason."""
    applied = skipped = 0
    with store.transaction():
        for c in read(path):
            if c.made_at and known(store, c):
                skipped += 1
                continue
            try:
                record(store, replace(c, id=None))
            except BadCorrection as exc:
                raise BadCorrection(f"{path}: {c.describe()}: {exc}") from None
            applied += 1
    if applied:
        resolve_corpus(store)
    return applied, skipped
