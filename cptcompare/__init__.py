"""CPT Compare: read vendor contracts for their CPT licensing terms, with evidence, and say what
CPT costs the practice next to a direct AMA license.

The public API, listed once::

    analyze_bytes(data, name, limits=None, password=None, cache=None) -> AnalysisResult
    extract_terms(document) -> ContractTerms
    compare(results, profile, year=None, escalation="none", schedule=None) -> Comparison
    count_users(profile) -> UserCount
    schedule_for(year) -> (FeeSchedule, assumptions);  scenarios() -> [FeeSchedule]
    ResultCache(folder)                              cached results of the analyze command
    store.open_store(settings) -> Store              the database: library (originals, analyses,
                                                     corrections) and catalog (profiles, schedules,
                                                     workspaces); see store/__init__.py
    describe_fee(fee), money(amount), inert(text)   figures written for people; text made inert
    Limits, Settings                                 configuration values
    AnalysisResult, ContractTerms, Fee, Finding, Flag, Document, Page,
    PracticeProfile, FeeSchedule, Comparison, ComparisonRow, UserCount   the schema
    errors                                           the exception tree (see errors.py)

The core never imports streamlit.
"""

from . import errors
from .ama import scenarios, schedule_for
from .analysis import analyze_bytes, sha256_of
from .cache import ResultCache
from .compare import compare
from .config import Limits, Settings
from .extract import EXTRACTOR_VERSION, extract_terms
from .models import (
    COVERAGE_WORDS,
    AnalysisResult,
    Comparison,
    ComparisonRow,
    ContractTerms,
    Document,
    Fee,
    FeeSchedule,
    Finding,
    Flag,
    Page,
    PracticeProfile,
    UserCount,
)
from .users import count_users
from .wording import describe_fee, inert, money

__all__ = [
    "COVERAGE_WORDS",
    "EXTRACTOR_VERSION",
    "AnalysisResult",
    "Comparison",
    "ComparisonRow",
    "ContractTerms",
    "Document",
    "Fee",
    "FeeSchedule",
    "Finding",
    "Flag",
    "Limits",
    "Page",
    "PracticeProfile",
    "ResultCache",
    "Settings",
    "UserCount",
    "analyze_bytes",
    "compare",
    "count_users",
    "describe_fee",
    "errors",
    "extract_terms",
    "inert",
    "money",
    "scenarios",
    "schedule_for",
    "sha256_of",
]
