"""The one schema: pydantic models for documents, findings, terms and analysis results.

JSON produced from these models is the CLI's contract (see DESIGN.md); keep field names stable.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Coverage = Literal["vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"]
FeeUnit = Literal["user", "provider", "location", "organization"]
FeePeriod = Literal["year", "month", "one_time"]
Status = Literal["ok", "error"]

COVERAGE_WORDS: dict[str, str] = {
    "vendor_covers": "Vendor covers CPT in its price",
    "pass_through": "Vendor charges a separate CPT fee",
    "customer_must_license": "Practice must license CPT itself",
    "not_addressed": "Contract does not address CPT licensing",
    "unclear": "CPT mentioned, but who pays is unclear",
}


class Box(BaseModel):
    """Where words sit on a page, in PDF points from the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float


class Table(BaseModel):
    """A table pdfplumber found on a page: rows of cell texts (None for empty cells)."""

    rows: list[list[str | None]]


class Word(BaseModel):
    text: str
    box: Box


class Page(BaseModel):
    """One page: cleaned text for every page; words and tables only where they were read."""

    number: int = Field(ge=1)
    text: str
    raw_text: str = ""
    width: float = 0.0
    height: float = 0.0
    words: list[Word] | None = None
    tables: list[Table] | None = None


class Document(BaseModel):
    sha256: str
    pages: list[Page]


class Finding(BaseModel):
    """One extracted value and its evidence; ``stated=False`` is an explicit 'not stated'."""

    field: str
    value: Any = None
    stated: bool = True
    page: int | None = None
    quote: str | None = None
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    box: Box | None = None

    @classmethod
    def not_stated(cls, field: str) -> Finding:
        return cls(field=field, value=None, stated=False, confidence=0.0)


class Fee(BaseModel):
    amount: float
    currency: str = "USD"
    unit: FeeUnit | None
    period: FeePeriod | None


class Flag(BaseModel):
    """A clause worth a practice lead's attention, with its words."""

    id: str
    label: str
    page: int
    quote: str


class ContractDates(BaseModel):
    effective_date: str | None = None
    initial_term_months: int | None = None
    auto_renews: bool | None = None
    renewal_term_months: int | None = None
    notice_days: int | None = None


class ContractTerms(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vendor: str | None
    coverage: Coverage
    cpt_fee: Fee | None
    ama_notice: bool
    code_sets: list[str]
    user_definition: str | None = None
    flags: list[Flag] = []
    dates: ContractDates = ContractDates()
    findings: list[Finding] = []


class ErrorInfo(BaseModel):
    code: str
    message: str


class AnalysisResult(BaseModel):
    """One file's outcome, exactly the CLI's JSON object."""

    file: str
    sha256: str
    status: Status
    pages: int | None = None
    error: ErrorInfo | None = None
    terms: ContractTerms | None = None
    extractor_version: str = ""
