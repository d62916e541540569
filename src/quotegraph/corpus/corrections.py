"""Corrections replayed on every resolve, and moved between stores as JSON Lines.

Resolve computes speakers from the mentions afresh; ``replay`` then applies the kept corrections
(``store.corrections``), oldest first, to its result, so a correction holds however often the
corpus is re-resolved or re-ingested. Replaying twice gives what replaying once does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO

from quotegraph.resolve import Resolution
from quotegraph.resolve.speakers import Link
from quotegraph.store import Store
from quotegraph.store.corrections import BadCorrection, Correction, corrections, known, record


def replay(
    items: Sequence[Correction],
    quote_ids: Sequence[str],
    speakers: Sequence[str | None],
    resolution: Resolution,
) -> tuple[list[str | None], Resolution]:
    """Each quote's speaker (``speakers``, in ``quote_ids``' order) and the speakers' names and
    links as ``items`` leave them; ``resolution`` itself is not changed."""
    speaker_of = list(speakers)
    at = {qid: i for i, qid in enumerate(quote_ids)}
    links = dict(resolution.links)
    names = dict(resolution.names)
    for c in items:
        if c.op == "reject" or not c.target_id:
            continue
        names.setdefault(c.target_id, c.target_name or c.target_id)
        reason = f"corrected by hand ({c.made_at[:10]}, {c.author or 'unnamed token'}): {c.why}"
        if c.op == "merge":
            moved = [i for i, sid in enumerate(speaker_of) if sid == c.speaker_id]
        else:
            moved = [at[q] for q in c.quotes if q in at]
        for i in moved:
            speaker_of[i] = c.target_id
            old = links.get(quote_ids[i])
            links[quote_ids[i]] = Link(
                c.target_id, old.alias if old else c.target_name or c.target_id, reason
            )
    used = {sid for sid in speaker_of if sid}
    return speaker_of, Resolution(links, {sid: name for sid, name in names.items() if sid in used})


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
    from quotegraph.corpus.resolving import resolve_corpus

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
