"""Code-set facts: which need a license, and charges for free code sets flagged with their words."""

from cptcompare.codesets import code_sets, notes_for

from .helpers import terms_of
from .pdfgen import pdf_from_text


def test_facts_say_which_code_sets_are_free():
    licensed = {s["code"]: s["licensed"] for s in code_sets()}
    assert licensed["CPT"] and licensed["CDT"]
    assert (
        not licensed["ICD-10"] and not licensed["HCPCS"] and not licensed["SNOMED"] and not licensed["LOINC"]
    )


def test_charge_for_icd10_is_flagged():
    terms = terms_of(pdf_from_text("The ICD-10-CM license fee is $15.00 per user per year."))
    assert [f.id for f in terms.code_set_fees] == ["ICD-10"]
    assert any("ICD-10" in note and "free" in note for note in notes_for(terms))


def test_cpt_fee_that_names_icd10_is_not_a_free_code_set_charge():
    terms = terms_of(pdf_from_text("The CPT and ICD-10 content fee is $19.00 per provider per year."))
    assert terms.code_set_fees == []


def test_mention_without_a_charge_is_not_flagged():
    assert terms_of(pdf_from_text("Claims are scrubbed against ICD-10-CM edits.")).code_set_fees == []


def test_dental_cdt_needs_an_ada_license():
    terms = terms_of(
        pdf_from_text("The Software includes Current Dental Terminology (CDT) licensed from the ADA.")
    )
    assert any("ADA" in note and "does not cover" in note for note in notes_for(terms))
