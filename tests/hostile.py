"""Hostile input for the readers, the model and the command line: strings with lone surrogates in
them, any value JSON allows, nesting too deep to parse, and a line a reporter might write."""

from __future__ import annotations

from hypothesis import strategies as st

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


def utf8_clean(article: Article) -> bool:
    values = [article.id, article.text, article.url, article.outlet, article.published, article.title]
    for value in values:
        if value is not None:
            value.encode("utf-8")  # raises on a lone surrogate
    return True
