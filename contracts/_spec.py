"""The shape of one sample contract: its text, its look and its ground-truth terms."""

from __future__ import annotations

from dataclasses import dataclass, field

from _render import Theme

COVERAGE = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization"}
PERIODS = {"year", "month", "one_time"}
CODE_SETS = {"CDT", "CPT", "HCPCS", "ICD-10", "LOINC", "SNOMED"}
FLAGS = {
    "user_reporting",
    "ama_third_party_rights",
    "sublicense_ends_with_vendor_license",
    "no_affiliate_use",
    "fee_escalation",
    "true_up",
    "licensing_indemnity",
    "customer_supplied_codes",
}


@dataclass(frozen=True)
class Contract:
    """One sample PDF: file name, what it shows, the markup text and the expected terms."""

    file: str
    description: str
    title: str
    text: str
    terms: dict
    theme: Theme = field(default_factory=Theme)


def terms(
    vendor: str,
    coverage: str,
    *,
    fee: tuple[float, str, str] | None = None,
    ama_notice: bool = False,
    code_sets: tuple[str, ...] = (),
    flags: tuple[str, ...] = (),
    user_definition: str | None = None,
    effective_date: str | None = None,
    initial_term_months: int | None = None,
    auto_renews: bool | None = None,
    notice_days: int | None = None,
) -> dict:
    """Ground-truth terms in the CLI's JSON vocabulary (see ../shared/DESIGN.md)."""
    assert coverage in COVERAGE, coverage
    assert set(code_sets) <= CODE_SETS, code_sets
    assert set(flags) <= FLAGS, flags
    cpt_fee = None
    if fee is not None:
        amount, unit, period = fee
        assert unit in UNITS and period in PERIODS, fee
        cpt_fee = {"amount": float(amount), "currency": "USD", "unit": unit, "period": period}
    return {
        "vendor": vendor,
        "coverage": coverage,
        "cpt_fee": cpt_fee,
        "ama_notice": ama_notice,
        "code_sets": sorted(code_sets),
        "flags": sorted(flags),
        "user_definition": user_definition,
        "effective_date": effective_date,
        "initial_term_months": initial_term_months,
        "auto_renews": auto_renews,
        "notice_days": notice_days,
    }


def join(*parts: str) -> str:
    """Glue markup fragments into one contract text."""
    return "\n\n".join(part.strip("\n") for part in parts)
