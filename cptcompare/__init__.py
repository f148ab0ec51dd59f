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

from __future__ import annotations

import importlib

# Where each public name lives. Each module loads when one of its names is first used, so a
# command loads only what it needs (a cache hit of `analyze` loads neither the PDF libraries nor
# the extractor); ``from cptcompare import X`` works as ever.
_HOMES = {
    "ama": ("ama_years", "scenarios", "schedule_for"),
    "analysis": ("analyze_bytes", "sha256_of"),
    "cache": ("ResultCache",),
    "codesets": ("code_sets",),
    "comparison": ("compare",),
    "config": ("Limits", "Settings"),
    "extract": ("extract_terms",),
    "ics": ("to_ics",),
    "models": (
        "COVERAGE_WORDS",
        "AnalysisResult",
        "Comparison",
        "ComparisonRow",
        "ContractTerms",
        "Document",
        "Fee",
        "FeeSchedule",
        "Finding",
        "Flag",
        "Page",
        "PracticeProfile",
        "Renewal",
        "Renewals",
        "UserCount",
    ),
    "renewals": ("renewal_dates",),
    "store": ("open_store",),
    "users": ("count_users", "provider_kinds", "roles"),
    "version": ("EXTRACTOR_VERSION",),
    "wording": ("describe_fee", "inert", "money"),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}
_RENAMED = {"user_definition": ("users", "definition")}

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
    """A public name, loading its module on first use (SQLAlchemy and Alembic for open_store,
    pydantic for the schema, the PDF libraries for analyze_bytes' parsing, ...)."""
    if name == "errors":
        return importlib.import_module(".errors", __name__)
    module, attr = _RENAMED.get(name) or (_WHERE.get(name), name)
    if module is None:
        raise AttributeError(f"module 'cptcompare' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
