"""quotegraph: who said what, to whom, about whom, and when.

The extraction entry points are loaded on first use, so that the store, ingest and the web app
import without loading spaCy until they extract.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from quotegraph.model import Article, ArticleResult, Quote

if TYPE_CHECKING:
    from quotegraph.extract import ExtractConfig, check_text, extract, extract_many

    __version__: str

__all__ = ["Article", "ArticleResult", "ExtractConfig", "Quote", "check_text", "extract", "extract_many"]

_FROM_EXTRACT = ("ExtractConfig", "check_text", "extract", "extract_many")


def __getattr__(name: str) -> Any:
    if name == "__version__":  # pyproject.toml's, as installed: one place to change it
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("quotegraph")
        except PackageNotFoundError:
            return "0+unknown"
    if name in _FROM_EXTRACT:
        import importlib

        value = getattr(importlib.import_module("quotegraph.extract"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'quotegraph' has no attribute {name!r}")


class _Package(types.ModuleType):
    """``quotegraph.extract`` is the function, as it was when this package imported it eagerly:
    loading the subpackage of the same name must not put the module in its place."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FROM_EXTRACT and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
