"""``quotegraph load`` reads the output of older extract jobs, written before quotes had a kind, as
statements (what extraction kept then). Parquet written with pyarrow: no Spark needed."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from quotegraph.spark.load import load_dir
from quotegraph.store import open_store
from quotegraph.store.base import ARTICLE_COLUMNS, QUOTE_COLUMNS

TEXT = '"Rates will fall," Ana Ruiz said.'


def write(out: Path, table: str, columns: tuple[str, ...], row: tuple[object, ...]) -> None:
    folder = out / table / "date=2024-01-02" / "batch=old"
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([dict(zip(columns, row, strict=True))]), folder / "part-0.parquet")


def test_quotes_without_kind_load_as_statements(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write(out, "articles", ARTICLE_COLUMNS, ("k1", "a1", "feed.jsonl:1", None, "Daily Planet", "2024-01-02",
                                            "2024-01-02T00:00:00", None, TEXT, 1))  # fmt: skip
    old = QUOTE_COLUMNS[: QUOTE_COLUMNS.index("kind")]
    write(out, "quotes", old, ("k1-0", "k1", 0, 1, 16, "Rates will fall", "direct", "Ana Ruiz", "Ana Ruiz", 19, 27,
                               None, "said", 28, 32, None, None, 0.9, "Daily Planet", "2024-01-02T00:00:00"))  # fmt: skip
    write(out, "errors", ("source", "reason"), ("feed.jsonl:2", "no text"))
    with open_store(str(tmp_path / "store.db")) as store:
        report = load_dir(store, str(out), resolve="local")
        assert (report.articles, report.quotes, report.errors, report.speakers) == (1, 1, 1, 1)
        assert store.query("SELECT id, kind, speaker_kind, group_id FROM quotes") == [("k1-0", "statement", None, None)]
        assert store.query("SELECT name, n_quotes, n_quotes_all FROM speakers") == [("Ana Ruiz", 1, 1)]
