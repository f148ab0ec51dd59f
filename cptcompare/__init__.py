"""CPT Compare: read vendor contracts for their CPT licensing terms, with evidence.

The public API, listed once::

    analyze_bytes(data, name, limits=None, password=None, cache=None) -> AnalysisResult
    extract_terms(document) -> ContractTerms
    Limits, Settings                     configuration values
    AnalysisResult, ContractTerms, Fee, Finding, Flag, Document, Page   the schema
    errors                               the exception tree (see errors.py)

The core never imports streamlit.
"""

from . import errors
from .analysis import analyze_bytes, sha256_of
from .cache import ResultCache
from .config import Limits, Settings
from .extract import EXTRACTOR_VERSION, extract_terms
from .models import COVERAGE_WORDS, AnalysisResult, ContractTerms, Document, Fee, Finding, Flag, Page

__all__ = [
    "COVERAGE_WORDS",
    "EXTRACTOR_VERSION",
    "AnalysisResult",
    "ContractTerms",
    "Document",
    "Fee",
    "Finding",
    "Flag",
    "Limits",
    "Page",
    "ResultCache",
    "Settings",
    "analyze_bytes",
    "errors",
    "extract_terms",
    "sha256_of",
]
