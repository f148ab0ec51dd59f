"""Doubts (extract/doubt.py): a clear-looking reading of who pays is marked "needs review",
never stated as fact, where the passage holds what the engine's confident answers were wrong on
first try: changing terms, a choice, hedged words, several CPT-sized amounts, a party called
"Provider", a part saying otherwise, an amount beside a "covered" answer. A plain clause with
none of them keeps its high confidence. Each case is a real one-page PDF through the pipeline."""

import pytest

from cptcompare.extract.doubt import lexicon
from cptcompare.extract.verdict import HIGH

from .helpers import analyze
from .pdfgen import clause_pdf

WORDS = lexicon()
PREAMBLE = 'This Agreement is between Harborlight Health Software, Inc. ("Vendor") and the practice named below ("Customer").'


def _terms(text: str, table: list[list[str]] | None = None, preamble: str = PREAMBLE):
    item = {"preamble": preamble, "text": text, **({"table": table} if table else {})}
    result = analyze(clause_pdf(item), "doubt.pdf")
    assert result.status == "ok", result.error
    return result.terms


def _confidence(terms) -> float:
    return next(f.confidence for f in terms.findings if f.field == "coverage")


PLAIN = [
    (
        "vendor_covers",
        "The subscription fee includes the AMA royalty for CPT; Vendor pays the AMA for every user.",
    ),
    (
        "customer_must_license",
        "Customer shall obtain its own license to CPT directly from the AMA for every user.",
    ),
    (
        "pass_through",
        "Vendor will invoice Customer an AMA CPT license fee of $19.00 per user per year, on the January invoice.",
    ),
]


@pytest.mark.parametrize(("coverage", "text"), PLAIN)
def test_a_plain_clause_keeps_its_high_confidence(coverage, text):
    terms = _terms(text)
    assert terms.coverage == coverage
    assert _confidence(terms) >= HIGH
    assert not terms.needs_review, terms.review_reasons


DOUBTED = [
    (
        "change",
        "Effective January 1, 2026, the AMA license fee Vendor invoices Customer rises from $18.00 to $19.00 per user per year.",
        None,
    ),
    (
        "choice",
        "If Customer elects the Coding Module, Customer shall obtain its own license to CPT directly from the AMA for every user.",
        None,
    ),
    (
        "hedge",
        "We believe the subscription fee includes the AMA royalty for CPT; Vendor pays the AMA for every user.",
        None,
    ),
    (
        "several",
        "Vendor will invoice Customer the AMA CPT royalty of $18.50 per user per year. The AMA CPT royalty "
        "for Clinic customers is $21.00 per user per year.",
        None,
    ),
    (
        "provider",
        "Company will invoice Provider an AMA CPT license fee of $19.00 per Provider per year.",
        'This Billing Services Agreement is between Ledgerline Billing, Inc. ("Company") and the medical group named below ("Provider").',
    ),
    (
        "covered",
        "The subscription fee of $45.00 per user per month includes the AMA royalty for CPT; Vendor pays the AMA for every user.",
        None,
    ),
]
REASON = {
    "change": WORDS["change"]["reason"],
    "choice": WORDS["choice"]["reason"],
    "hedge": WORDS["hedge"]["reason"],
    "several": WORDS["amounts"]["reason_several"],
    "provider": WORDS["provider"]["reason"],
    "covered": WORDS["amounts"]["reason_covered"],
}


@pytest.mark.parametrize(("doubt", "text", "preamble"), DOUBTED, ids=[d[0] for d in DOUBTED])
def test_a_doubt_asks_for_review_with_its_reason(doubt, text, preamble):
    terms = _terms(text, preamble=preamble or PREAMBLE)
    assert terms.coverage in ("vendor_covers", "pass_through", "customer_must_license")
    assert terms.needs_review
    assert REASON[doubt] in terms.review_reasons
    assert _confidence(terms) < HIGH


def test_a_royalty_and_its_handling_charge_added_up_are_no_doubt():
    terms = _terms(
        "Vendor will invoice Customer the AMA CPT royalty of $18.50 per user per year and a $2.00 handling "
        "charge per user per year."
    )
    assert terms.cpt_fee is not None and terms.cpt_fee.amount == 20.5
    assert WORDS["amounts"]["reason_several"] not in terms.review_reasons


def test_a_part_that_says_otherwise_is_a_doubt_even_when_a_precedence_clause_settles_it():
    terms = _terms(
        "Section 9. The subscription fee includes all AMA royalties for CPT content.\n\n"
        "Section 12. Section 9 controls over any conflicting term of an Order Form.\n\n"
        "Order Form: AMA CPT license fee $17.00 per user per year, invoiced by Vendor."
    )
    assert terms.needs_review
    assert _confidence(terms) < HIGH


def test_a_price_the_ama_lists_as_a_guide_is_not_the_vendors_fee():
    """A help page quoting the AMA's own internal-use royalty: the practice licenses CPT itself."""
    terms = _terms(
        "Q. Who has to get the license? A. You do. Every practice that uses CPT codes in Harborlight needs "
        "its own license from the American Medical Association.\n\n"
        "Q. Roughly what does that cost? A. As a guide, the AMA lists its internal-use royalty as an entity "
        "fee plus $18.50 per user. The AMA sets and collects that amount.",
        preamble="",
    )
    assert terms.coverage == "customer_must_license"
    assert terms.cpt_fee is None


def test_an_email_that_promises_an_answer_later_is_unclear():
    terms = _terms(
        "Honestly, I don't know offhand: our agreement doesn't spell out who holds the AMA license for the CPT "
        "codes in Harborlight. I'll come back to you next week with a definite answer on whether Harborlight "
        "covers it, bills it, or whether you need your own license.",
        preamble="From: account manager, Harborlight Health Software, Inc.",
    )
    assert terms.coverage == "unclear"
