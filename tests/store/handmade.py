"""The small corpus built by hand that the query, search, export and correction tests share.

The articles are stored out of publication order: the Gazette's report (12 March) comes first,
the Planet's (10 March), the earliest source of the gratitude statement, second. The Harbour
Times (9 March) reports as Witkoff's belief what the Planet reports he said about the ceasefire:
shown only with ``scope="all"``. Kelly's budget paraphrase is the one unsure attribution (0.4):
kept, but below the statements' default floor (0.5), so shown only when asked for.
"""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq

from quotegraph.corpus.dates import normalise_date
from quotegraph.corpus.resolving import resolve_corpus
from quotegraph.model import Article, Kind, Quote, QuoteType
from quotegraph.store import Store
from quotegraph.store.corrections import Correction, record
from quotegraph.store.export import export

GRATITUDE = "We expressed our gratitude for the hospitality and the constructive talks"


def q(
    text: str, speaker: str, role: str | None = None, type: QuoteType = "direct", target: str | None = None,
    kind: Kind = "statement", confidence: float = 0.9,
) -> Quote:
    return Quote(start=0, end=len(text), text=text, type=type, speaker=speaker, role=role, target=target,
                 kind=kind, confidence=confidence, speaker_kind="person")  # fmt: skip


CORPUS = [
    ("a1", Article("g-1", "...", outlet="Gotham Gazette", published="2025-03-12T10:00:00+01:00"),
     [q(GRATITUDE, "Steven Witkoff", "US envoy")]),
    ("a2", Article("p-1", "...", outlet="Daily Planet", published="2025-03-10"),
     [q(GRATITUDE + ".", "Steve Witkoff", "US special envoy"),
      q("the ceasefire must hold through the holiday", "Steve Witkoff", type="indirect")]),
    ("a3", Article("m-1", "...", outlet="Metro Times", published="2025-03-11T15:30:00Z"),
     [q("expressed our gratitude for the hospitality", "Witkoff"),
      q("This budget fails working families across Arizona", "Senator Mark Kelly", "senator",
        target="the budget")]),
    ("a4", Article("s-1", "...", outlet="Space Weekly", published="2025-03-13"),
     [q("Living on the station for a year taught me patience", "Scott Kelly", "astronaut"),
      q("the budget for space research is far too small", "Kelly", "former astronaut", type="indirect",
        confidence=0.4)]),
    ("a5", Article("h-1", "...", outlet="Harbour Times", published="2025-03-09"),
     [q("the ceasefire must hold through the holiday", "Steve Witkoff", type="indirect", kind="belief")]),
]  # fmt: skip


def add_corpus(store: Store) -> Store:
    with store.transaction():
        for key, article, quotes in CORPUS:
            store.add_article(key, article, quotes, f"{article.id}.txt", normalise_date(article.published))
    resolve_corpus(store)
    return store


def ids(records: list) -> list[str]:
    return [r.id for r in records]


def exported(corpus: Store, fmt: str, **selection: object) -> list[dict[str, object]]:
    out = io.BytesIO()
    n = export(corpus, fmt, out, **selection)  # type: ignore[arg-type]
    data = out.getvalue()
    if fmt == "jsonl":
        rows = [json.loads(line) for line in data.decode().splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode())))
    else:
        rows = pq.read_table(io.BytesIO(data)).to_pylist()
    assert len(rows) == n
    return rows


def speaker_of(store: Store, quote_id: str) -> str | None:
    return store.query("SELECT speaker_id FROM quotes WHERE id = ?", [quote_id])[0][0]


def correct(store: Store, c: Correction) -> Correction:
    with store.transaction():
        kept = record(store, c)
    resolve_corpus(store)
    return kept
