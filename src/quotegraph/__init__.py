"""quotegraph: who said what, to whom, about whom, and when."""

from quotegraph.extract import check_text, extract, extract_many
from quotegraph.model import Article, ArticleResult, Quote

__all__ = ["Article", "ArticleResult", "Quote", "check_text", "extract", "extract_many"]
__version__ = "0.1.0"
