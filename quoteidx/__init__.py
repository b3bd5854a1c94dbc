"""quoteidx: attributed quotes and claims from news articles, indexed and searchable."""

from quoteidx.extractor import extract
from quoteidx.models import Article, InputFailure, Quote

__all__ = ["extract", "Article", "InputFailure", "Quote"]
__version__ = "0.1.0"
