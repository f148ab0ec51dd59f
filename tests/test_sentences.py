"""Sentences cross page breaks whole; running headers and footers stay out of them."""

from .helpers import finding, terms_of
from .pdfgen import pdf_lines_at_page_end


def test_fee_sentence_across_a_page_break():
    data = pdf_lines_at_page_end(
        ["1. Services. Vendor provides the Software.", "2. Fees."],
        "2.1 Customer shall pay the AMA CPT license fee of",
        ["$19.00 per provider per year, invoiced annually.", "3. Term. One year."],
    )
    terms = terms_of(data)
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (19.0, "provider", "year")
    f = finding(terms, "cpt_fee")
    assert f.page == 2
    assert f.quote.startswith("$19.00 per provider per year")
    assert "Confidential" not in f.quote and "Page" not in f.quote
