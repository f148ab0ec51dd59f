"""The CPT fee rules, one small generated PDF each, negatives included."""

import pytest

from .helpers import finding, terms_of
from .pdfgen import pdf_from_pages, pdf_from_text, pdf_with_table


def fee_of(*paragraphs: str):
    return terms_of(pdf_from_text(*paragraphs)).cpt_fee


@pytest.mark.parametrize(
    ("sentence", "amount", "unit", "period"),
    [
        ("Customer shall pay a CPT license fee of $19.00 per provider per year.", 19.0, "provider", "year"),
        ("The AMA CPT fee is USD 1.55/user/month.", 1.55, "user", "month"),
        (
            "An annual fee of nineteen dollars ($19) for each Rendering Provider applies for CPT content.",
            19.0,
            "provider",
            "year",
        ),
        ("The CPT royalty is $240.00 per Location annually.", 240.0, "location", "year"),
        (
            "A one-time CPT license fee of $295 per practice is due at signing.",
            295.0,
            "organization",
            "one_time",
        ),
        ("For AMA CPT licensing we charge $2.10 per named user each month.", 2.10, "user", "month"),
        ("The CPT licensing charge is $25 per seat, billed yearly.", 25.0, "user", "year"),
        ("AMA royalty: $18.50 per clinician per annum.", 18.5, "provider", "year"),
        ("The CPT content fee of $60 per clinic per year is invoiced in January.", 60.0, "location", "year"),
        ("Each legal entity pays a CPT license charge of $82.50 per year.", 82.5, "organization", "year"),
    ],
)
def test_fee_amount_unit_and_period(sentence, amount, unit, period):
    fee = fee_of("Order terms.", sentence)
    assert (fee.amount, fee.unit, fee.period) == (amount, unit, period)


def test_royalty_plus_processing_fee_is_the_sum():
    fee = fee_of("Customer pays the $18.50 AMA royalty plus a $1.50 processing fee per clinician per year.")
    assert (fee.amount, fee.unit, fee.period) == (20.0, "provider", "year")


def test_total_stated_with_its_parts_is_not_added_twice():
    fee = fee_of("The CPT fee is $20 per clinician per year ($18.50 AMA royalty + $1.50 processing).")
    assert fee.amount == 20.0


def test_parts_then_total_takes_the_total():
    fee = fee_of(
        "The AMA fee of $17.50 plus our $1.00 administrative fee, for a total of $18.50 per provider per year, applies to CPT."
    )
    assert fee.amount == 18.5


def test_amendment_fee_replaces_the_original():
    data = pdf_from_pages(
        [
            ["Master Agreement.", "The CPT license fee is $17.00 per provider per year."],
            [
                "AMENDMENT NO. 1",
                "Section 4.2 is hereby amended: the CPT license fee shall be $19.00 per provider per year.",
            ],
        ]
    )
    terms = terms_of(data)
    assert terms.cpt_fee.amount == 19.0
    assert finding(terms, "cpt_fee").page == 2


def test_from_to_amendment_sentence_takes_the_new_figure():
    fee = fee_of("Effective January 1, the CPT fee is changed from $17.00 to $18.50 per user per year.")
    assert fee.amount == 18.5


def test_subscription_price_per_user_is_not_a_cpt_fee():
    terms = terms_of(
        pdf_from_text(
            "The Subscription Fee is $149 per user per month. The Software includes CPT codes licensed from the AMA."
        )
    )
    assert terms.cpt_fee is None
    assert finding(terms, "cpt_fee").stated is False


def test_subscription_and_cpt_fee_in_one_sentence_are_told_apart():
    fee = fee_of(
        "Subscription fee: $149 per user per month, plus the AMA CPT fee of $1.55 per user per month."
    )
    assert (fee.amount, fee.unit, fee.period) == (1.55, "user", "month")


def test_escalation_step_is_not_the_fee():
    fee = fee_of(
        "The CPT license fee is $18.50 per user per year and may increase by $0.50 per user each year."
    )
    assert fee.amount == 18.5


def test_liability_cap_is_not_a_fee():
    terms = terms_of(pdf_from_text("Liability for CPT content is limited to $10,000 in total."))
    assert terms.cpt_fee is None


def test_fee_only_in_an_order_form_table():
    data = pdf_with_table(
        ["Order Form. Customer shall pay the CPT license fee set out below."],
        [
            ["Item", "Unit", "Billing", "Price"],
            ["Software subscription", "per user", "monthly", "$129.00"],
            ["AMA CPT license", "per provider", "annual", "$19.00"],
        ],
    )
    terms = terms_of(data)
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (19.0, "provider", "year")
    assert "19.00" in finding(terms, "cpt_fee").quote


def test_table_header_gives_the_period():
    data = pdf_with_table(
        ["Fee schedule."],
        [["Fee", "Per clinician, per month"], ["CPT royalty pass-through", "$1.60"]],
    )
    fee = terms_of(data).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (1.6, "provider", "month")


def test_included_cpt_line_is_no_fee_and_vendor_covers():
    terms = terms_of(pdf_from_text("AMA CPT license fee: Included in the subscription."))
    assert terms.cpt_fee is None
    assert terms.coverage == "vendor_covers"


def test_fee_evidence_is_quoted_from_its_page():
    terms = terms_of(
        pdf_from_pages([["Cover page."], ["Pricing.", "The CPT fee is $19 per provider per year."]])
    )
    f = finding(terms, "cpt_fee")
    assert f.page == 2
    assert "The CPT fee is $19 per provider per year." in f.quote


def test_unit_after_a_describing_word():
    fee = fee_of("A monthly CPT surcharge of $2 applies to every active login.")
    assert (fee.amount, fee.unit, fee.period) == (2.0, "user", "month")
