"""The vendor's legal name, however the parties clause labels it."""

import pytest

from .helpers import finding, terms_of
from .pdfgen import pdf_from_text


@pytest.mark.parametrize(
    ("clause", "vendor"),
    [
        (
            'This Agreement is between Bluepeak Health Systems, Inc., a Delaware corporation ("Vendor"), and Lakeside Family Medicine, PLLC ("Customer").',
            "Bluepeak Health Systems, Inc.",
        ),
        (
            'This EULA is made by Orchard Lane Software LLC (the "Licensor") for the benefit of the licensee.',
            "Orchard Lane Software LLC",
        ),
        (
            'Harbor Family Practice, P.C. ("Client") engages Summit Revenue Partners, L.L.C. ("Billing Company") to submit claims.',
            "Summit Revenue Partners, L.L.C.",
        ),
        (
            'These terms are between you and Northwind Clinical Cloud Corporation ("we," "us," or "our").',
            "Northwind Clinical Cloud Corporation",
        ),
    ],
)
def test_vendor_from_parties_clause(clause, vendor):
    terms = terms_of(pdf_from_text(clause, "Fees are set out in the Order Form."))
    assert terms.vendor == vendor
    assert finding(terms, "vendor").page == 1


def test_customer_is_never_taken_for_the_vendor():
    terms = terms_of(pdf_from_text('Riverbend Pediatrics, PLLC ("Customer") subscribes to the Service.'))
    assert terms.vendor != "Riverbend Pediatrics, PLLC"


def test_ama_is_not_the_vendor():
    terms = terms_of(pdf_from_text("CPT is a registered trademark of the American Medical Association."))
    assert terms.vendor is None
    assert finding(terms, "vendor").stated is False


def test_signature_block_names_the_vendor():
    terms = terms_of(
        pdf_from_text("The parties sign below.", "VENDOR:", "Tallgrass Data Works, Inc.", "By: ____")
    )
    assert terms.vendor == "Tallgrass Data Works, Inc."
