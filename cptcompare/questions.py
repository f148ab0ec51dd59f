"""What to ask a vendor when its contract leaves a term unstated, and the e-mail that asks it.

The wording is data (QUESTIONS); the e-mail is plain text a lead copies into their mail program.
"""

from __future__ import annotations

from .models import ContractTerms

# Field -> the question a practice lead puts to the vendor when the contract does not say.
QUESTIONS = {
    "vendor": "Which company is the party to this agreement, with its full legal name?",
    "coverage": (
        "Does your price include the AMA license for the CPT codes your software shows or uses, "
        "or must our practice license CPT from the AMA ourselves?"
    ),
    "cpt_fee": (
        "Do you charge a separate fee for the AMA CPT license? If so, how much, and is it per user, "
        "per provider, per location or per practice, and per month or per year?"
    ),
    "ama_notice": "Where does the agreement carry the AMA's CPT copyright notice and end-user terms?",
    "code_sets": (
        "Which code sets does the product include (CPT, CDT, ICD-10-CM, HCPCS Level II), and which "
        "of them carry a license fee?"
    ),
    "user_definition": (
        "Who counts as a user for any CPT fee: everyone with a login, or only people who use CPT codes?"
    ),
    "effective_date": "What is the agreement's effective date?",
    "initial_term_months": "How long is the initial term?",
    "auto_renews": "Does the agreement renew automatically, and for how long each time?",
    "notice_days": "How many days' notice do we need to give to end or not renew it?",
}

LABELS = {
    "vendor": "Vendor",
    "coverage": "Who pays for CPT",
    "cpt_fee": "CPT fee",
    "ama_notice": "AMA notice",
    "code_sets": "Code sets",
    "user_definition": "Who counts as a user",
    "effective_date": "Effective date",
    "initial_term_months": "Initial term",
    "auto_renews": "Automatic renewal",
    "renewal_term_months": "Renewal term",
    "notice_days": "Notice period",
}


def not_stated(terms: ContractTerms) -> list[str]:
    """The fields this contract leaves unstated, in QUESTIONS order (coverage counts when unclear)."""
    missing = {f.field for f in terms.findings if not f.stated}
    if terms.coverage in ("not_addressed", "unclear"):
        missing.add("coverage")
    if not terms.code_sets:
        missing.add("code_sets")
    # A fee question only makes sense where the contract says the vendor charges one.
    if terms.coverage == "pass_through" and terms.cpt_fee is None:
        missing.add("cpt_fee")
    else:
        missing.discard("cpt_fee")
    return [field for field in QUESTIONS if field in missing]


def vendor_email(terms: ContractTerms, contract_name: str, practice: str = "our practice") -> str:
    """A ready-to-copy e-mail asking the vendor for every term the contract leaves open."""
    fields = not_stated(terms)
    if not fields:
        return ""
    vendor = terms.vendor or "the vendor"
    lines = [
        f"Subject: CPT licensing terms in our agreement ({contract_name})",
        "",
        f"Hello {vendor} team,",
        "",
        f"We are reviewing our agreement with you ({contract_name}) and could not find the "
        f"following in it. Could you tell us, for {practice}:",
        "",
    ]
    lines += [f"{i}. {QUESTIONS[field]}" for i, field in enumerate(fields, start=1)]
    lines += ["", "A reference to the clause or a written amendment would be ideal.", "", "Thank you,", ""]
    return "\n".join(lines)
