"""What every route shares (``state``): links that keep the scope, matched words marked in escaped
text, and the search form's outlet list, escaped and read at most once a minute."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.model import Article, Quote
from quotegraph.store import open_store
from quotegraph.web import state
from quotegraph.web.state import Web, hits, scoped


@pytest.mark.parametrize(
    ("url", "scope", "link"),
    [("/search?q=x", "all", "/search?q=x&scope=all"), ("/speakers/s1", "all", "/speakers/s1?scope=all"),
     ("/search?q=x", "statements", "/search?q=x")],
)  # fmt: skip
def test_links_keep_the_scope(url: str, scope: str, link: str) -> None:
    assert scoped(url, scope) == link


def test_matched_words_are_marked_in_escaped_text() -> None:
    assert hits("<b>Rates</b> will fall & rise", "rates rising") == (
        "&lt;b&gt;<mark>Rates</mark>&lt;/b&gt; will fall &amp; <mark>rise</mark>"
    )
    assert hits("<i>", "") == "&lt;i&gt;"


def add(url: str, key: str, outlet: str) -> None:
    with open_store(url) as store, store.transaction():
        store.add_article(key, Article(key, '"Soon," she said.', outlet=outlet),
                          [Quote(1, 5, "Soon", "direct", speaker="Ana Ruiz", confidence=0.9)], None, None)  # fmt: skip


def test_the_outlet_list_is_escaped_and_read_once_a_minute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = str(tmp_path / "corpus.db")
    add(url, "k1", 'Daily <Planet> & "Co"')
    web = Web(url, token=None, pool_size=1)
    with web.pool.store() as store:
        first = web.outlets(store)
        assert first == '<option value="Daily &lt;Planet&gt; &amp; &#34;Co&#34;">'
        add(url, "k2", "Metro Times")
        assert web.outlets(store) == first  # within the minute: not read again
        monkeypatch.setattr(state, "OUTLETS_TTL", -1.0)  # the minute has passed
        assert web.outlets(store).count("<option") == 2
    web.pool.close()
