"""AMA notice, code sets named, and the contract's own definition of a user."""

import pytest

from .helpers import finding, terms_of
from .pdfgen import pdf_from_text


@pytest.mark.parametrize(
    "notice",
    [
        "CPT only copyright 2024 American Medical Association. All rights reserved.",
        "CPT® is a registered trademark of the American Medical Association.",
        "Fee schedules, relative value units, conversion factors and/or related components are not assigned by the AMA.",
        "U.S. Government End Users: CPT is commercial technical data, and FARS/DFARS restrictions apply.",
        "The AMA does not directly or indirectly practice medicine or dispense medical services.",
    ],
)
def test_ama_notice_variants(notice):
    terms = terms_of(pdf_from_text("End-user terms.", notice))
    assert terms.ama_notice is True
    assert finding(terms, "ama_notice").page == 1


def test_no_ama_notice_when_absent():
    terms = terms_of(pdf_from_text("The AMA publishes CPT every year."))
    assert terms.ama_notice is False


def test_code_sets_named():
    text = (
        "The System includes CPT, HCPCS Level II, ICD-10-CM, LOINC and SNOMED CT content, and CDT for dental."
    )
    assert terms_of(pdf_from_text(text)).code_sets == ["CDT", "CPT", "HCPCS", "ICD-10", "LOINC", "SNOMED"]


def test_hcpcs_level_one_counts_as_cpt_only():
    assert terms_of(pdf_from_text("Claims use HCPCS Level I codes.")).code_sets == ["CPT"]


def test_current_dental_terminology_is_cdt_not_cpt():
    assert terms_of(pdf_from_text("Current Dental Terminology is licensed from the ADA.")).code_sets == [
        "CDT"
    ]


def test_no_code_sets():
    assert terms_of(pdf_from_text("This agreement covers hosting only.")).code_sets == []


@pytest.mark.parametrize(
    "definition",
    [
        '"Authorized User" means any individual employee or contractor of Customer who accesses the Software.',
        'A "User" is any individual who accesses CPT content or relies on output that includes it.',
        "For purposes of the AMA license, a User includes any person who makes use of reports containing CPT.",
    ],
)
def test_user_definition_is_quoted(definition):
    terms = terms_of(pdf_from_text("Definitions.", definition, "Other terms follow."))
    assert terms.user_definition == definition


def test_no_user_definition():
    terms = terms_of(pdf_from_text("Users may log in with single sign-on."))
    assert terms.user_definition is None
    assert finding(terms, "user_definition").stated is False


def test_copyright_line_without_cpt_in_the_same_sentence():
    """Regression: 'CPT is a trademark of the AMA. Copyright 2025 American Medical Association.'"""
    text = "CPT is a trademark of the AMA. Copyright 2025 American Medical Association. All rights reserved."
    assert terms_of(pdf_from_text(text)).ama_notice is True
