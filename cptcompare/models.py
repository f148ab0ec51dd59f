"""The one schema: pydantic models for documents, findings, terms and analysis results.

JSON produced from these models is the CLI's contract (see DESIGN.md); keep field names stable.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

Coverage = Literal["vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"]
FeeUnit = Literal["user", "provider", "location", "organization"]
FeePeriod = Literal["year", "month", "one_time"]
Status = Literal["ok", "error"]
AppKind = Literal[
    "ehr",
    "practice_management",
    "billing_service",
    "clearinghouse",
    "coding_tool",
    "telehealth",
    "lab_interface",
    "ama_license",
    "other",
]
Progress = Callable[[int, int], None]  # (done, total): scanned pages read with OCR so far, of all

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
    confidence: float | None = None  # OCR's confidence in the word, 0-1; None for a text layer


class Page(BaseModel):
    """One page: cleaned text for every page; words and tables only where they were read.

    A scanned page (``ocr``) has its text from OCR: ``words`` are then every word OCR read, and
    ``raw_text`` is those words joined by spaces and line breaks, in order.
    """

    number: int = Field(ge=1)
    text: str
    raw_text: str = ""
    width: float = 0.0
    height: float = 0.0
    words: list[Word] | None = None
    tables: list[Table] | None = None
    ocr: bool = False
    ocr_confidence: float | None = None  # mean confidence of the page's OCR words, 0-1


class Document(BaseModel):
    sha256: str
    pages: list[Page]


class Finding(BaseModel):
    """One extracted value and its evidence; ``stated=False`` is an explicit 'not stated'.

    Evidence read from a scanned page has ``ocr`` set and ``ocr_confidence``, the mean OCR
    confidence of the quoted words (0-1), which is also multiplied into ``confidence``.
    """

    field: str
    value: Any = None
    stated: bool = True
    page: int | None = None
    quote: str | None = None
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    box: Box | None = None
    ocr: bool = False
    ocr_confidence: float | None = None

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


class OwnLicense(BaseModel):
    """What the practice's own AMA licence says it pays the AMA: per user a year, and the entity
    fee where it states one, with the words."""

    per_user: float
    entity_fee: float | None = None
    page: int | None = None
    quote: str | None = None


class Application(BaseModel):
    """What kind of application the contract is for, and the words that say so (none: a guess
    from nothing, or a person's choice)."""

    kind: AppKind = "other"
    page: int | None = None
    quote: str | None = None
    confidence: float = Field(0.0, ge=0.0, le=1.0)


class ContractTerms(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vendor: str | None
    coverage: Coverage
    cpt_fee: Fee | None
    ama_notice: bool
    code_sets: list[str]
    user_definition: str | None = None
    flags: list[Flag] = []
    code_set_fees: list[Flag] = []  # charges for free code sets (ICD-10-CM, HCPCS Level II)
    dates: ContractDates = ContractDates()
    findings: list[Finding] = []
    needs_review: bool = False  # the engine is unsure: a person should check before it counts
    review_reasons: list[str] = []  # plain sentences: why
    ama_license: bool = False  # the document is itself an AMA license: the practice licenses CPT directly
    fee_plausible: bool = True  # False: the CPT fee is far from the AMA royalty; held out of totals
    application: Application = Application()  # EHR, practice management, clearinghouse, ...
    title: str | None = None  # as the document names itself, e.g. "Master Subscription Agreement"
    own_license: OwnLicense | None = None  # an AMA licence's own figures (``ama_license``)


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


# --- Costs: what CPT costs this practice (ama.py, users.py, comparison.py) ---------------------


def _money_json(value: Decimal) -> float:
    return float(value)


# Money and other exact figures are Decimal in the library and plain numbers in JSON.
Exact = Annotated[Decimal, PlainSerializer(_money_json, return_type=float, when_used="json")]
Money = Exact
Coverage_or_direct = Literal[
    "vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear", "direct"
]


class FeeSchedule(BaseModel):
    """What a direct AMA license costs: entity fee + per-user rate, a year, per application."""

    name: str
    kind: Literal["ama", "scenario", "custom"] = "ama"
    year: int | None = None
    entity_fee: Money = Field(ge=0)
    per_user: Money = Field(ge=0)
    entity_fee_assumed: bool = False
    source: str = ""
    note: str = ""


class PracticeProfile(BaseModel):
    """The practice as its lead describes it. Unknown staff counts are None, not zero."""

    name: str = "My practice"
    providers: dict[str, int] = {}  # physicians, nurse_practitioners, physician_assistants, therapists
    locations: int = Field(1, ge=0)
    staff: dict[str, int] | None = None  # role -> people; None: not known (the AMA proxy is used)
    counted: dict[str, bool] = {}  # role -> counted, where the lead overrides the default
    applications: int = Field(1, ge=1)  # applications that use CPT (EHR, PM, clearinghouse, ...)
    users: int | None = Field(None, ge=0)  # a user count the lead knows, which wins

    @property
    def provider_count(self) -> int:
        return sum(self.providers.values())


class RoleCount(BaseModel):
    role: str
    label: str
    people: int
    counted: bool
    reason: str


class UserCount(BaseModel):
    users: int
    estimate: bool
    method: str
    roles: list[RoleCount] = []
    assumptions: list[str] = []


class DirectCost(BaseModel):
    users: int
    entity_fee: Money
    per_user: Money
    annual_cost: Money  # one application, one year
    applications: int = 1
    assumptions: list[str] = []


class YearCost(BaseModel):
    year: int
    per_user: Money
    direct_annual_cost: Money  # all applications
    vendor_annual_cost: Money | None  # all contracts whose cost is known


class BreakEven(BaseModel):
    """Where a pass-through fee and a direct license cost the same."""

    users: Exact | None
    direct_cheaper: Literal["fewer_users", "more_users", "never", "always"]
    text: str


class Verification(BaseModel):
    """Whether a person has checked this contract's reading: verified (by whom, on which day),
    or to review (never checked, or changed since; ``changed`` says what)."""

    state: Literal["to_review", "verified"]
    by: str | None = None
    on: str | None = None  # ISO date of the sign-off
    changed: list[str] = []
    words: str


class Markup(BaseModel):
    """A pass-through CPT fee split into the AMA's royalty and what the vendor adds (markup.py).

    ``ama_royalty``, ``vendor_addition`` and ``fee`` are per unit per period, as the contract
    states the fee (a monthly fee is compared as a year, then reported a month); ``percent`` is
    the addition as a share of the royalty. A per-provider fee is set against the AMA's estimate
    of users per provider (``users_per_unit``). Below zero, the fee is under the AMA's royalty.
    """

    ama_royalty: Money
    vendor_addition: Money
    percent: Exact  # of the royalty, one decimal
    unit: Literal["user", "provider"]
    period: Literal["year", "month"]
    fee: Money
    users_per_unit: int  # 1 for a per-user fee; the AMA's users per physician for a provider
    royalty_year: int  # the year of the AMA figures the royalty comes from
    unit_count: int  # this practice's users or providers
    annual_royalty: Money  # the AMA's royalty for this practice's counts, a year
    annual_addition: Money  # what the vendor adds for this practice's counts, a year
    stated_split: bool  # the contract itself splits its fee into royalty + surcharge
    stated_royalty: Money | None = None  # the royalty the contract states, per unit per period
    stated_addition: Money | None = None  # the surcharge the contract states
    addition_label: str  # "processing fee", "handling charge", or "addition the contract does not explain"
    basis: str  # how the split was made, in words


class ComparisonRow(BaseModel):
    file: str
    vendor: str | None
    coverage: Coverage_or_direct
    coverage_words: str
    fee_stated: str
    cpt_fee: Fee | None = None
    unit_count: int | None = None  # the practice's users, providers or locations the fee is counted by
    annual_cpt_cost: Money | None
    direct_annual_cost: Money
    difference: Money | None  # vendor minus direct: above zero, the vendor costs more
    flags: list[str] = []
    evidence_page: int | None = None
    advice: str
    question: str | None = None
    break_even: BreakEven | None = None
    code_set_notes: list[str] = []
    assumptions: list[str] = []
    needs_review: bool = False  # the engine is unsure of this reading: check it before acting on it
    review_reasons: list[str] = []
    sha256: str = ""
    application: Application = Application()
    verified: bool = False  # a person signed off this reading and it has not changed since
    verification: Verification | None = None  # None: no sign-off store (the command line on files)
    markup: Markup | None = None  # the fee split into the AMA's royalty and the vendor's addition
    markup_reason: str | None = None  # why there is no split, where ``markup`` is None
    notice_deadline: str | None = None  # ISO date: the last day to give notice (renewals.py)
    notice_days_left: int | None = None  # from the comparison's as-of date
    notice_soon: bool = False  # the deadline falls within renewals.SOON_DAYS


PlanStatus = Literal["covered", "charged", "left_to_practice", "open"]


class PlanItem(BaseModel):
    """One contract's part in the plan: what CPT costs for its application, and the choice."""

    file: str
    vendor: str | None
    status: PlanStatus
    annual_cost: Money | None  # the cheapest compliant choice, a year; None: not known yet
    direct_cost: Money  # a direct AMA license for this application, a year
    choice: str


class PlanLine(BaseModel):
    """One application kind (EHR, clearinghouse, ...) across the practice's contracts."""

    kind: AppKind
    label: str
    status: PlanStatus | Literal["mixed"]
    annual_cost: Money | None
    items: list[PlanItem]


class Plan(BaseModel):
    """CPT across the practice's applications: per kind, the total a year, and the cheapest
    compliant plan in words."""

    lines: list[PlanLine]
    total_annual: Money  # of the applications whose cost is known
    open_count: int  # applications whose CPT cost is not known yet
    licenses_needed: int  # applications the practice must license CPT for itself
    all_direct: Money  # licensing every application directly from the AMA, a year
    headline: str = ""  # the totals and what is still open, in a sentence or two
    words: str  # the whole plan: each application's choice, then the headline
    own_license: str | None = None  # the practice's own AMA license in the workspace, if any


class Comparison(BaseModel):
    year: int
    schedule: FeeSchedule
    users: UserCount
    direct: DirectCost
    contracts: list[ComparisonRow]
    direct_row: ComparisonRow
    projection: list[YearCost]
    escalation: str
    summary: str
    unreadable: list[str] = []
    plan: Plan | None = None


# --- Renewals: terms, renewals and notice deadlines (renewals.py) ----------------------------


class Clause(BaseModel):
    """The words a value rests on: the term it supports, its page and the exact quote."""

    field: str
    page: int | None = None
    quote: str


class DatedValue(BaseModel):
    """A date with its evidence. ``calculated``: worked out from the contract's words (a term's
    length from its effective date, say), not written in it; ``how`` says how. No date: ``reason``
    says why, in a plain sentence."""

    date: str | None = None  # ISO
    calculated: bool = False
    how: str | None = None
    reason: str | None = None
    sources: list[Clause] = []


class Renewal(BaseModel):
    """One contract's dates: when its current term ends, whether it renews by itself, and the
    last day to give notice, as of a date."""

    file: str
    sha256: str
    vendor: str | None
    effective_date: DatedValue
    initial_term_months: int | None
    renews: bool | None  # renews automatically; None: the contract does not say
    renewal_term_months: int | None
    notice_days: int | None
    term_end: DatedValue  # the last day of the current term
    notice_deadline: DatedValue  # the next last day to give notice that is still to come
    missed_deadline: str | None = None  # ISO: this term's deadline, where it has already passed
    days_left: int | None  # to the notice deadline, from the as-of date
    notice_soon: bool = False
    ended: bool = False  # the contract does not renew and its term is over
    clauses: list[Clause] = []  # the term, renewal and notice clauses, as the contract words them
    escalation: Clause | None = None  # the clause that lets the CPT fee rise


class Unreadable(BaseModel):
    file: str
    error: ErrorInfo


class Renewals(BaseModel):
    """Every contract's dates as of a date: next notice deadlines first, then those without."""

    as_of: str  # ISO
    contracts: list[Renewal]
    unreadable: list[Unreadable] = []
