"""What to ask a vendor when its contract leaves a term unstated, and the e-mail that asks it.

The wording is data (QUESTIONS); the e-mail is plain text a lead copies into their mail program.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote, urlencode

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
    "application": "Application",
    "dates": "Dates, term and renewal",
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


def contract_words(terms: ContractTerms, file_name: str) -> str:
    """The contract as people name it: its title and date ('Master Subscription Agreement
    dated 1 March 2025'), else its file name."""
    if not terms.title:
        return file_name
    if not terms.dates.effective_date:
        return terms.title
    when = date.fromisoformat(terms.dates.effective_date)
    return f"{terms.title} dated {when.day} {when:%B %Y}"


def email_parts(terms: ContractTerms, contract_name: str, practice: str = "our practice") -> tuple[str, str]:
    """(subject, body) of the e-mail asking the vendor for every term the contract leaves open;
    empty where nothing is open. ``contract_name``: as contract_words() gives it."""
    fields = not_stated(terms)
    if not fields:
        return "", ""
    vendor = terms.vendor or "the vendor"
    subject = f"CPT licensing terms in our agreement ({contract_name})"
    lines = [
        f"Hello {vendor} team,",
        "",
        f"We are reviewing our agreement with you ({contract_name}) and could not find the "
        f"following in it. Could you tell us, for {practice}:",
        "",
    ]
    lines += [f"{i}. {QUESTIONS[field]}" for i, field in enumerate(fields, start=1)]
    lines += ["", "A reference to the clause or a written amendment would be ideal.", "", "Thank you,", ""]
    return subject, "\n".join(lines)


def vendor_email(terms: ContractTerms, contract_name: str, practice: str = "our practice") -> str:
    """A ready-to-copy e-mail asking the vendor for every term the contract leaves open."""
    subject, body = email_parts(terms, contract_name, practice)
    return f"Subject: {subject}\n\n{body}" if subject else ""


def mailto(terms: ContractTerms, contract_name: str, practice: str = "our practice") -> str:
    """A mailto: link that opens the e-mail in the user's mail program (no address: they add it)."""
    subject, body = email_parts(terms, contract_name, practice)
    return "mailto:?" + urlencode({"subject": subject, "body": body}, quote_via=quote)
