"""Find the quotations of one article and who said them."""

from quotegraph.extract import names  # noqa: F401  (registers the "quotegraph_names" component load_nlp adds)
from quotegraph.extract.api import QuoteComponent, extract, extract_many
from quotegraph.extract.check import check_text
from quotegraph.extract.config import ExtractConfig
from quotegraph.extract.nlp import ModelMissingError, load_nlp

__all__ = [
    "ExtractConfig",
    "QuoteComponent",
    "ModelMissingError",
    "check_text",
    "extract",
    "extract_many",
    "load_nlp",
]
