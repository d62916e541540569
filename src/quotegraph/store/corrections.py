"""Corrections made by hand: the audit table, and the checks a correction must pass to be kept.

Four operations, each with why, when and by whom (the name of the write token it was made with):

- ``reject``: the quotes are not quotes. They stay in the store, hidden from every view.
- ``reassign``: the quotes were said by another speaker: an existing one (``target_id``) or a new
  one (``target_name``).
- ``merge``: two speakers are one: every quote of ``speaker_id`` goes to ``target_id``.
- ``split``: the quotes of ``speaker_id`` listed are someone else's (an existing or a new speaker).

The table is the record; resolve replays it (``corpus.corrections``) every time it re-links
speakers, so a correction holds through re-resolving and re-ingesting.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal, get_args

from quotegraph.store.base import Store

Op = Literal["reject", "reassign", "merge", "split"]
OPS: tuple[Op, ...] = get_args(Op)
COLUMNS = "id, op, speaker_id, target_id, target_name, why, made_at, author"


class BadCorrection(ValueError):
    """The correction cannot be made as asked; the message says why."""


def new_speaker_id(name: str) -> str:
    """The id of a speaker a correction creates by name: the same name, the same id, in any store."""
    folded = " ".join(name.casefold().split())
    return "sp-c" + hashlib.sha1(folded.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Correction:
    op: Op
    why: str
    author: str = ""
    quotes: tuple[str, ...] = ()
    speaker_id: str | None = None
    """The speaker the quotes are taken from (merge: the one merged away)."""
    target_id: str | None = None
    """The speaker they go to (merge: the one kept); for a new speaker, ``new_speaker_id(target_name)``."""
    target_name: str | None = None
    made_at: str = ""
    id: int | None = None

    def describe(self) -> str:
        """One readable line: what was done (the reason is shown beside it)."""
        n = len(self.quotes)
        quotes = f"{n} quote{'s' if n != 1 else ''}"
        to = self.target_name or self.target_id or "?"
        return {
            "reject": f"marked {quotes} as not a quote",
            "reassign": f"gave {quotes} to {to}",
            "merge": f"merged speaker {self.speaker_id} into {to}",
            "split": f"split {quotes} off speaker {self.speaker_id}, to {to}",
        }[self.op]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["quotes"] = list(self.quotes)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Correction:
        """A correction from its ``to_dict`` form (a line of ``export --corrections``); a clear
        ``BadCorrection`` for anything else."""
        if not isinstance(d, dict) or d.get("op") not in OPS:
            raise BadCorrection(f"not a correction (op must be one of {', '.join(OPS)}): {d!r:.200}")
        quotes = d.get("quotes") or []
        if not isinstance(quotes, list) or not all(isinstance(q, str) for q in quotes):
            raise BadCorrection("quotes must be a list of quote ids")
        text = {k: d.get(k) for k in ("why", "author", "speaker_id", "target_id", "target_name", "made_at")}
        if any(v is not None and not isinstance(v, str) for v in text.values()):
            raise BadCorrection("why, author, speaker_id, target_id, target_name and made_at are strings")
        return cls(
            d["op"], text["why"] or "", text["author"] or "", tuple(quotes), text["speaker_id"],
            text["target_id"], text["target_name"], text["made_at"] or "",
        )  # fmt: skip


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def check(store: Store, c: Correction) -> Correction:
    """``c`` as it will be kept (the target's name filled in), or ``BadCorrection`` saying why not."""
    if not c.why.strip():
        raise BadCorrection("say why: a correction needs a reason")
    if c.op in ("reject", "reassign", "split") and not c.quotes:
        raise BadCorrection(f"{c.op} needs the ids of the quotes it concerns")
    if c.quotes:
        marks = ", ".join("?" * len(c.quotes))
        rows = store.query(f"SELECT id, speaker_id FROM quotes WHERE id IN ({marks})", list(c.quotes))
        missing = sorted(set(c.quotes) - {r[0] for r in rows})
        if missing:
            raise BadCorrection(f"no quote {missing[0]!r} in this store")
        if c.op == "split" and any(r[1] != c.speaker_id for r in rows):
            raise BadCorrection(f"split takes only quotes of speaker {c.speaker_id!r}")
        owners = {r[1] for r in rows}
        if c.op == "reassign" and c.speaker_id is None and len(owners) == 1:
            c = replace(c, speaker_id=owners.pop())  # whom they were taken from, for that speaker's page
    if c.op in ("merge", "split") and not _speaker_name(store, c.speaker_id):
        raise BadCorrection(f"no speaker {c.speaker_id!r} in this store")
    if c.op == "reject":
        return c
    if c.op == "merge" and not c.target_id:
        raise BadCorrection("merge needs the id of the speaker to keep (target_id)")
    if c.target_id:
        name = _speaker_name(store, c.target_id) or c.target_name
        if not name:
            raise BadCorrection(f"no speaker {c.target_id!r} in this store")
        if c.op in ("merge", "split") and c.target_id == c.speaker_id:
            raise BadCorrection("a speaker cannot be merged into or split off to itself")
        return replace(c, target_name=name)
    if not (c.target_name and c.target_name.strip()):
        raise BadCorrection(f"{c.op} needs a speaker to give the quotes to: an id or a new name")
    name = " ".join(c.target_name.split())
    return replace(c, target_id=new_speaker_id(name), target_name=name)


def _speaker_name(store: Store, speaker_id: str | None) -> str | None:
    if not speaker_id:
        return None
    rows = store.query("SELECT name FROM speakers WHERE id = ?", [speaker_id])
    return str(rows[0][0]) if rows else None


def record(store: Store, c: Correction) -> Correction:
    """Check and keep ``c`` (its time now unless it carries one); call inside ``transaction()``.
    Hidden flags are set here; speakers change when resolve next runs (``corpus.corrections``)."""
    c = check(store, c)
    made_at = c.made_at or _now()
    store.execute(
        "INSERT INTO corrections (op, speaker_id, target_id, target_name, why, made_at, author)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [c.op, c.speaker_id, c.target_id, c.target_name, c.why, made_at, c.author],
    )
    new_id = int(store.query("SELECT max(id) FROM corrections")[0][0])
    store.executemany(
        "INSERT INTO corrected_quotes (correction_id, quote_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(new_id, q) for q in dict.fromkeys(c.quotes)],
    )
    if c.op == "reject":
        marks = ", ".join("?" * len(c.quotes))
        store.execute(f"UPDATE quotes SET hidden = 1 WHERE id IN ({marks})", list(c.quotes))
    return replace(c, made_at=made_at, id=new_id)


def known(store: Store, c: Correction) -> bool:
    """Whether the store holds this correction already (same operation, quotes, speakers, reason and time)."""
    for other in corrections(store, "op = ? AND made_at = ? AND why = ?", [c.op, c.made_at, c.why]):
        if (other.quotes, other.speaker_id, other.target_id, other.target_name) == (
            tuple(c.quotes),
            c.speaker_id,
            c.target_id,
            c.target_name,
        ):
            return True
    return False


def corrections(store: Store, where: str = "1 = 1", params: Sequence[Any] = ()) -> list[Correction]:
    """The corrections kept, oldest first (two queries)."""
    rows = store.query(f"SELECT {COLUMNS} FROM corrections WHERE {where} ORDER BY id", list(params))
    if not rows:
        return []
    quotes: dict[int, list[str]] = {int(r[0]): [] for r in rows}
    marks = ", ".join("?" * len(quotes))
    for cid, qid in store.query(
        f"SELECT correction_id, quote_id FROM corrected_quotes WHERE correction_id IN ({marks})"
        " ORDER BY correction_id, quote_id",
        list(quotes),
    ):
        quotes[int(cid)].append(qid)
    return [
        Correction(
            op, why or "", author or "", tuple(quotes[int(cid)]), sid, tid, tname, made_at or "", int(cid)
        )
        for cid, op, sid, tid, tname, why, made_at, author in rows
    ]


def for_quotes(store: Store, quote_ids: Iterable[str]) -> list[Correction]:
    """The corrections concerning any of these quotes."""
    ids = list(quote_ids)
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    return corrections(
        store, f"id IN (SELECT correction_id FROM corrected_quotes WHERE quote_id IN ({marks}))", ids
    )


def for_article(store: Store, key: str) -> list[Correction]:
    """The corrections concerning any quote of the article ``key``."""
    return corrections(
        store, "id IN (SELECT cq.correction_id FROM corrected_quotes cq JOIN quotes q ON q.id = cq.quote_id"
        " WHERE q.article_key = ?)", [key],
    )  # fmt: skip


def for_speaker(store: Store, speaker_id: str) -> list[Correction]:
    """The corrections that took quotes from this speaker or gave quotes to it."""
    return corrections(store, "speaker_id = ? OR target_id = ?", [speaker_id, speaker_id])
