"""Vendor cost for this practice and the side-by-side comparison, from real (generated) PDFs."""

from decimal import Decimal

import pytest

from cptcompare.comparison import compare
from cptcompare.models import PracticeProfile

from .helpers import analyze
from .pdfgen import pdf_from_text

PRACTICE = PracticeProfile(providers={"physicians": 5}, locations=2)  # 20 users by the AMA proxy


def row_for(*paragraphs: str, profile: PracticeProfile = PRACTICE, year: int = 2026):
    comparison = compare([analyze(pdf_from_text(*paragraphs))], profile, year)
    return comparison.contracts[0], comparison


def test_monthly_per_user_fee_for_twenty_users():
    row, _ = row_for("The AMA CPT fee is $1.55 per user per month.")
    assert row.annual_cpt_cost == Decimal("372.00")


def test_per_location_fee_for_two_locations():
    row, _ = row_for("The CPT royalty is $240 per location per year.")
    assert row.annual_cpt_cost == Decimal("480.00")
    assert row.unit_count == 2


def test_per_provider_and_per_practice_fees():
    assert row_for("The CPT license fee is $19.00 per provider per year.")[0].annual_cpt_cost == Decimal(
        "95.00"
    )
    assert row_for("The CPT license fee is $150 per practice per year.")[0].annual_cpt_cost == Decimal(
        "150.00"
    )


def test_one_time_fee_is_spread_over_the_term():
    row, _ = row_for(
        "A one-time CPT license fee of $300 per practice is due at signing.",
        "The initial term of this Agreement is thirty-six (36) months.",
    )
    assert row.annual_cpt_cost == Decimal("100.00")
    assert any("36-month term" in a for a in row.assumptions)


def test_one_time_fee_counted_once_in_the_five_year_projection():
    _, without_term = row_for("A one-time CPT license fee of $300 per practice is due at signing.")
    assert [y.vendor_annual_cost for y in without_term.projection] == [Decimal("300.00")] + [
        Decimal("0.00")
    ] * 4
    _, with_term = row_for(
        "A one-time CPT license fee of $300 per practice is due at signing.",
        "The initial term of this Agreement is thirty-six (36) months.",
    )
    years = [y.vendor_annual_cost for y in with_term.projection]
    assert years == [Decimal("100.00")] * 3 + [Decimal("0.00")] * 2
    assert sum(years) == Decimal("300.00")  # the fee, once, over its term


def test_one_time_fee_without_a_term_is_shown_as_paid_once_not_a_year():
    from cptcompare.onetime import cost_words, totals_words
    from cptcompare.textreport import comparison_text

    once = "A one-time CPT license fee of $300 per practice is due at signing."
    yearly = "Northwind Billing LLC charges a CPT license fee of $19.00 per provider per year."
    results = [analyze(pdf_from_text(once)), analyze(pdf_from_text(yearly))]
    comparison = compare(results, PRACTICE, 2026)
    row, other = comparison.contracts
    assert cost_words(row) == "$300.00 once" and cost_words(other) == "$95.00"
    assert "once" in " ".join(row.assumptions) and "first year" in " ".join(row.assumptions)
    assert "$300.00 once for your" in comparison.summary and "$300.00 a year" not in comparison.summary
    assert "$300.00 once" in row.advice and "$300.00 a year" not in row.advice
    assert totals_words(comparison.contracts) == "$95.00 a year plus $300.00 once"
    years = [y.vendor_annual_cost for y in comparison.projection]
    assert years == [Decimal("395.00")] + [Decimal("95.00")] * 4  # the one-time fee, once
    assert "$300.00 once" in comparison_text(comparison)


def test_headline_total_of_many_fees_keeps_a_one_time_fee_apart():
    texts = [f"Vendor{n} Inc. charges a CPT license fee of $10.00 per provider per year." for n in range(3)]
    texts.append("A one-time CPT license fee of $60 per practice is due at signing.")
    comparison = compare([analyze(pdf_from_text(t)) for t in texts], PRACTICE, 2026)
    assert "4 charge a separate CPT fee, $150.00 a year plus $60.00 once in all" in comparison.summary


def test_vendor_covers_costs_nothing_extra():
    row, _ = row_for("All AMA royalties for CPT content are included in the Subscription Fees.")
    assert row.annual_cpt_cost == Decimal("0.00")
    assert row.difference == Decimal("-452.50")
    assert "includes CPT in its price" in row.advice


def test_customer_must_license_costs_the_direct_license():
    row, comparison = row_for(
        "Customer shall obtain its own license to use CPT from the American Medical Association."
    )
    assert row.annual_cpt_cost == comparison.direct.annual_cost == Decimal("452.50")
    assert "your own AMA license" in row.advice


@pytest.mark.parametrize(
    ("text", "coverage"),
    [
        ("Fees for third-party content, including code sets, may apply as determined by Vendor.", "unclear"),
        ("The Services include claim scrubbing for ICD-10-CM codes.", "not_addressed"),
    ],
)
def test_open_terms_cost_unknown_and_give_the_question_to_ask(text, coverage):
    row, _ = row_for(text)
    assert row.coverage == coverage
    assert row.annual_cpt_cost is None and row.difference is None
    assert row.question and row.question.endswith("?")
    assert row.question in row.advice


def test_difference_is_vendor_minus_direct_and_advice_says_which_is_cheaper():
    row, _ = row_for("The CPT fee is $30 per user per year.")  # 600.00 against 452.50
    assert row.difference == Decimal("147.50")
    assert "$147.50 less than the vendor's fee" in row.advice
    assert "agrees to drop its CPT fee" in row.advice


def test_break_even_on_a_pass_through_row():
    row, _ = row_for("The CPT fee is $19 per user per year.")
    assert row.break_even.direct_cheaper == "more_users"
    assert row.break_even.users == Decimal("165.0")


def test_direct_row_and_summary():
    _, comparison = row_for("The CPT license fee is $19.00 per provider per year.")
    assert comparison.direct_row.coverage == "direct"
    assert comparison.direct_row.annual_cpt_cost == Decimal("452.50")
    assert "0 of 1 vendor include CPT" in comparison.summary
    assert "$95.00 a year for your 5 providers" in comparison.summary
    assert "$452.50 a year per application" in comparison.summary


def test_projection_with_vendor_claimed_escalation():
    results = [analyze(pdf_from_text("The CPT fee is $19 per user per year."))]
    comparison = compare(results, PRACTICE, 2026, escalation="vendor_claim")
    first, second = comparison.projection[:2]
    assert (first.year, second.year) == (2026, 2027)
    assert second.direct_annual_cost - first.direct_annual_cost == Decimal("10.00")  # 20 users x $0.50
    assert second.vendor_annual_cost - first.vendor_annual_cost == Decimal("10.00")
    assert len(comparison.projection) == 5


def test_applications_multiply_the_projected_direct_cost():
    profile = PRACTICE.model_copy(update={"applications": 3})
    comparison = compare([], profile, 2026)
    assert comparison.direct.annual_cost == Decimal("452.50")  # one application
    assert comparison.projection[0].direct_annual_cost == Decimal("1357.50")


def test_unreadable_files_are_listed_not_dropped():
    comparison = compare([analyze(b"not a pdf", "notes.pdf")], PRACTICE, 2026)
    assert comparison.contracts == []
    assert comparison.unreadable and "notes.pdf" in comparison.unreadable[0]


def test_summary_sums_the_fees_when_many_vendors_charge():
    fee = "Northwind Health Software, Inc. charges a CPT license fee of $19.00 per provider per year."
    results = [analyze(pdf_from_text(fee), name=f"{n}.pdf") for n in range(4)]
    summary = compare(results, PracticeProfile(providers={"physicians": 5}), 2026).summary
    assert "4 charge a separate CPT fee, $380.00 a year in all for your practice." in summary
    assert "per provider a year ($95.00" not in summary
