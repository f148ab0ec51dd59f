"""Risk flags: each raised by its clause in a CPT passage, and not by the same words elsewhere."""

import pytest

from .helpers import terms_of
from .pdfgen import pdf_from_text

CPT = "Vendor sublicenses CPT content from the AMA to Customer."


@pytest.mark.parametrize(
    ("flag", "clause"),
    [
        (
            "user_reporting",
            "Customer shall report the number of Users to Vendor each January for AMA royalty purposes.",
        ),
        ("user_reporting", "Customer consents to Vendor disclosing its name and user count to the AMA."),
        ("ama_third_party_rights", "The AMA is an intended third-party beneficiary of this section."),
        ("ama_third_party_rights", "The American Medical Association may audit Customer's use of CPT."),
        (
            "sublicense_ends_with_vendor_license",
            "This sublicense terminates automatically if Vendor's agreement with the AMA ends.",
        ),
        (
            "no_affiliate_use",
            "CPT content may not be used by Customer's affiliates or any other legal entity.",
        ),
        (
            "fee_escalation",
            "The CPT fee will be adjusted each year to reflect changes in the AMA royalty rate.",
        ),
        ("true_up", "Users added during the year are invoiced in an annual true-up."),
        ("licensing_indemnity", "Customer shall indemnify Vendor for royalties owed for unlicensed Users."),
        ("customer_supplied_codes", "Customer may upload its own CPT code descriptors to the System."),
    ],
)
def test_flag_raised_with_its_clause(flag, clause):
    terms = terms_of(pdf_from_text(CPT, clause))
    raised = {f.id: f for f in terms.flags}
    assert flag in raised
    assert raised[flag].page == 1
    assert raised[flag].quote in (CPT + " " + clause)


def test_flag_needs_a_cpt_passage():
    text = [
        "Customer shall pay invoices within thirty days.",
        "Support is available on business days.",
        "The hosting plan includes backups.",
        "Data is stored in the United States.",
        "Customer shall report the number of Users to Vendor each January.",
    ]
    assert terms_of(pdf_from_text(*text)).flags == []


def test_no_flags_in_plain_cpt_clause():
    assert terms_of(pdf_from_text("The CPT license fee is included in the subscription.")).flags == []
