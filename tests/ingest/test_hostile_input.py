"""Whatever a line holds (anything JSON allows, deep nesting, lone surrogates, a BOM, dates at the
calendar's edge), it becomes an article or an error record with its reason, and the batch goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotegraph.corpus.dates import normalise_date
from quotegraph.ingest import IngestError, Read, article_key, read_paths
from quotegraph.ingest.jsonl import parse_line
from quotegraph.model import Article

SAID = "The pier will stay closed all summer, harbour master Yusuf Brennan said on Monday."
DEEP = b"[" * 100_000 + b"]" * 100_000
ANY_CHAR = st.characters() | st.characters(categories=["Cs"])  # lone surrogates often, not by chance


def any_text(min_size: int = 0, max_size: int = 20) -> st.SearchStrategy[str]:
    """Strings with lone surrogates in them (``st.text`` leaves them out whatever its alphabet)."""
    return st.lists(ANY_CHAR, min_size=min_size, max_size=max_size).map("".join)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
FIELDS = ["id", "url", "outlet", "published", "title", "text"]


def _utf8_clean(article: Article) -> bool:
    values = [article.id, article.text, article.url, article.outlet, article.published, article.title]
    for value in values:
        if value is not None:
            value.encode("utf-8")  # raises on a lone surrogate
    return True


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    record=st.fixed_dictionaries({"text": any_text(1, 40)}, optional={f: JSON_VALUES for f in FIELDS[:-1]})
    | st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, max_size=6)
    | JSON_VALUES
)
def test_any_json_line_is_an_article_or_an_error(record: object) -> None:
    line = json.dumps(record).encode("utf-8")  # lone surrogates travel as their \\udXXX escapes
    item = parse_line(line, "in.jsonl:1", default_id="in:1")
    assert isinstance(item, Read | IngestError)
    if isinstance(item, Read):
        assert _utf8_clean(item.article)
        assert len(article_key(item.article)) == 32
    else:
        assert item.reason


@settings(max_examples=100, deadline=None)
@given(text=any_text(1, 40))
def test_lone_surrogates_become_replacement_characters_in_place(text: str) -> None:
    article = Article(id=text, text=text, title=text, url=text, outlet=text, published=text)
    assert _utf8_clean(article) and len(article.text) == len(text)
    assert all(a == b or (0xD800 <= ord(b) <= 0xDFFF and a == "\ufffd") for a, b in zip(article.text, text, strict=True))


def test_bad_lines_are_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        b'\xef\xbb\xbf{"id": "bom", "text": "' + SAID.encode() + b'"}',
        DEEP,
        b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
        b'{"id": ' + b"[" * 3000 + b"]" * 3000 + b', "text": "x"}',
        b'{"id": "s\\udc80", "title": "T\\ud800", "text": "' + SAID.encode() + b'"}',
        b'{"id": "last", "text": "' + SAID.encode() + b'"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["Read", "IngestError", "IngestError", "IngestError", "Read", "Read"]
    assert items[0].article.id == "bom"  # type: ignore[union-attr]
    assert items[1].reason == "malformed line: nested too deep"  # type: ignore[union-attr]
    assert "digits" in items[2].reason  # type: ignore[union-attr]
    surrogate = items[4].article  # type: ignore[union-attr]
    assert (surrogate.id, surrogate.title) == ("s\ufffd", "T\ufffd")


def test_dates_at_the_calendars_edge_clamp_and_sort() -> None:
    assert normalise_date("0001-01-01T00:00:00+05:00") == "0001-01-01T00:00:00"
    assert normalise_date("9999-12-31T23:00:00-05:00") == "9999-12-31T23:59:59"
    assert normalise_date("0999-05-01") == "0999-05-01T00:00:00"
    dates = ["0999-05-01", "1000-01-01", "0010-01-01", "2024-01-01", "9999-12-31"]
    stored = [normalise_date(d) for d in dates]
    assert sorted(stored) == [normalise_date(d) for d in sorted(dates)]  # type: ignore[type-var]


def test_extract_writes_utf8_and_error_records_whatever_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(
        b'{"id": "s\\udc80", "text": "' + SAID.encode() + b'"}\n' + DEEP + b'\n{"id": "d\xc3\xa9j\xc3\xa0", "text": "'
        + SAID.encode() + b'"}\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env.update(LC_ALL="C", LANG="C")
    out = subprocess.run(
        [sys.executable, "-m", "quotegraph", "extract", str(path)], env=env, capture_output=True, check=True
    ).stdout
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]  # strict UTF-8
    assert [r["id"] for r in records] == ["s\ufffd", f"{path}:2", "déjà"]
    assert records[1]["error"] == "malformed line: nested too deep"
    assert records[0]["quotes"][0]["speaker"] == "Yusuf Brennan"
