"""CPT Compare: read vendor contracts for their CPT licensing terms, with evidence, and say what
CPT costs the practice next to a direct AMA license.

The public API, listed once::

    analyze_bytes(data, name, limits=None, password=None, cache=None) -> AnalysisResult
    extract_terms(document) -> ContractTerms
    compare(results, profile, year=None, escalation="none", schedule=None, as_of=None) -> Comparison
    renewal_dates(results, as_of) -> Renewals      terms, renewals, notice deadlines; to_ics(renewals)
    count_users(profile) -> UserCount;  roles(), provider_kinds(), user_definition()   who counts
    ama_years(), code_sets()                         the AMA's figures by year; which code sets need a license
    schedule_for(year) -> (FeeSchedule, assumptions);  scenarios() -> [FeeSchedule]
    ResultCache(folder)                              cached results of the analyze command
    store.open_store(settings) -> Store              the database: library (originals, analyses,
                                                     corrections) and catalog (profiles, schedules,
                                                     workspaces); see store/__init__.py
    describe_fee(fee), money(amount), inert(text)   figures written for people; text made inert
    Limits, Settings                                 configuration values
    AnalysisResult, ContractTerms, Fee, Finding, Flag, Document, Page,
    PracticeProfile, FeeSchedule, Comparison, ComparisonRow, UserCount, Renewal, Renewals   the schema
    errors                                           the exception tree (see errors.py)

The core never imports streamlit.
"""

from . import errors
from .ama import ama_years, scenarios, schedule_for
from .analysis import analyze_bytes, sha256_of
from .cache import ResultCache
from .codesets import code_sets
from .compare import compare
from .config import Limits, Settings
from .extract import EXTRACTOR_VERSION, extract_terms
from .ics import to_ics
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
    Renewal,
    Renewals,
    UserCount,
)
from .renewals import renewal_dates
from .users import count_users, provider_kinds, roles
from .users import definition as user_definition
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
    "Renewal",
    "Renewals",
    "ResultCache",
    "Settings",
    "UserCount",
    "ama_years",
    "analyze_bytes",
    "code_sets",
    "compare",
    "count_users",
    "describe_fee",
    "errors",
    "extract_terms",
    "inert",
    "money",
    "open_store",
    "provider_kinds",
    "renewal_dates",
    "roles",
    "scenarios",
    "schedule_for",
    "sha256_of",
    "to_ics",
    "user_definition",
]


def __getattr__(name: str) -> object:
    """open_store loads the database libraries (SQLAlchemy, Alembic) only when first asked for."""
    if name == "open_store":
        from .store import open_store

        return open_store
    raise AttributeError(f"module 'cptcompare' has no attribute {name!r}")
