"""Replaying the kept corrections (``store.corrections``) on a fresh resolution: what resolve
(``corpus.resolving``) does every time, so a correction holds however often the corpus is
re-resolved or re-ingested. Replaying twice gives what replaying once does."""

from __future__ import annotations

from collections.abc import Sequence

from quotegraph.resolve import Resolution
from quotegraph.resolve.speakers import Link
from quotegraph.store.corrections import Correction


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
