"""Coverage verdict rules (DOMAIN.md definitions), with wording the samples do not use."""

import pytest

from .helpers import finding, terms_of
from .pdfgen import pdf_from_text


def coverage_of(*paragraphs: str) -> str:
    return terms_of(pdf_from_text("Software License Agreement.", *paragraphs)).coverage


@pytest.mark.parametrize(
    "text",
    [
        "Licensor is party to a distribution license agreement with the American Medical Association and "
        "grants Customer a non-exclusive sublicense to use CPT within the Software.",
        "All AMA royalties for CPT content are included in the Subscription Fees.",
        "CPT content is provided at no additional charge.",
        "Customer is not required to obtain a separate CPT license from the AMA for use within the Service.",
        "We pay all applicable AMA royalty fees for CPT on your behalf.",
    ],
)
def test_vendor_covers(text):
    assert coverage_of(text) == "vendor_covers"


@pytest.mark.parametrize(
    "text",
    [
        "Customer shall pay the AMA CPT license fee of $19.00 per provider per year.",
        "We collect the AMA CPT royalty from each customer and pass it through at cost: $18 per user annually.",
        "Vendor will invoice Customer for the annual AMA CPT royalty, which is in addition to the Subscription Fees.",
    ],
)
def test_pass_through(text):
    assert coverage_of(text) == "pass_through"


@pytest.mark.parametrize(
    "text",
    [
        "Customer shall obtain and maintain its own license to use CPT from the American Medical Association.",
        "The Services do not include any license to use CPT; Client is solely responsible for licensing CPT from the AMA.",
        "Practice will upload its own CPT code descriptors into the System.",
        "Each User must be separately licensed by the AMA before accessing CPT content.",
    ],
)
def test_customer_must_license(text):
    assert coverage_of(text) == "customer_must_license"


@pytest.mark.parametrize(
    "text",
    [
        "Fees for third-party content, including code sets, may apply as determined by Vendor.",
        "Vendor may charge Customer for CPT content at rates set from time to time.",
    ],
)
def test_unclear(text):
    assert coverage_of(text) == "unclear"


@pytest.mark.parametrize(
    "text",
    [
        "The Services include claim scrubbing for ICD-10-CM and HCPCS Level II codes.",
        "Customer shall pay the Subscription Fee of $99 per user per month.",
        "The System supports CPT and ICD-10 code lookup in the encounter screen.",
    ],
)
def test_not_addressed(text):
    terms = terms_of(pdf_from_text("Services Agreement.", text))
    assert terms.coverage == "not_addressed"
    assert terms.cpt_fee is None


def test_restriction_outside_the_software_does_not_make_customer_license():
    text = (
        "Licensor has entered into a license agreement with the AMA and CPT royalties are included in the fees. "
        "If Customer wishes to use CPT outside the Software, Customer must obtain its own license from the AMA."
    )
    assert coverage_of(text) == "vendor_covers"


def test_ama_notice_alone_is_unclear_and_asks_for_review():
    """DOMAIN.md: the AMA notice suggests a sublicence but a distributor may still pass the fee
    through, so notices alone give a low-confidence answer that asks the vendor (issue 11: never
    a confident 'covered' the practice may in fact pay for)."""
    terms = terms_of(
        pdf_from_text(
            "Software License Agreement.",
            "CPT only copyright 2025 American Medical Association. All rights reserved.",
        )
    )
    assert terms.coverage == "unclear"
    assert terms.needs_review
    assert any("notice" in r for r in terms.review_reasons)


def test_coverage_carries_its_evidence():
    terms = terms_of(pdf_from_text("Customer shall obtain its own CPT license from the AMA."))
    f = finding(terms, "coverage")
    assert f.page == 1
    assert "own CPT license" in f.quote
    assert 0.5 <= f.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "The Licensor has paid all royalties owed to the AMA for the CPT content in the Software.",
        "Your subscription price already includes the AMA's CPT royalty.",
    ],
)
def test_vendor_covers_said_as_already_paid_or_included_in_the_price(text):
    """Regression: probes worded apart from the samples found these two phrasings missed."""
    assert coverage_of(text) == "vendor_covers"


@pytest.mark.parametrize(
    ("text", "coverage"),
    [
        (
            "Client represents that it holds, and will maintain, a current CPT license from the AMA.",
            "customer_must_license",
        ),
        ("The AMA royalty for CPT is borne by Vendor.", "vendor_covers"),
        ("The AMA royalty for CPT is paid by Customer on top of the subscription.", "pass_through"),
        ("Pricing for CPT content, if applicable, will be provided upon request.", "unclear"),
    ],
)
def test_more_phrasings_found_by_probes(text, coverage):
    """Regression: a second round of probes worded apart from the samples."""
    assert coverage_of(text) == coverage
