"""What to ask a vendor: questions for unstated terms, and the e-mail that asks them."""

from cptcompare.questions import QUESTIONS, not_stated, vendor_email
from tests.helpers import CONTRACTS, labels, terms_of


def _sample(coverage: str):
    contracts = labels()
    name = next(
        n
        for n, c in contracts.items()
        if c["status"] == "ok" and not c["password"] and c["terms"]["coverage"] == coverage
    )
    return name, terms_of((CONTRACTS / name).read_bytes())


def test_silent_contract_asks_who_pays_for_cpt():
    name, terms = _sample("not_addressed")
    missing = not_stated(terms)
    assert "coverage" in missing
    assert "cpt_fee" not in missing  # the coverage question covers it; no fee question on its own
    email = vendor_email(terms, name)
    assert QUESTIONS["coverage"] in email
    assert name in email.splitlines()[0]


def test_covering_contract_is_not_asked_about_a_fee():
    _, terms = _sample("vendor_covers")
    assert "cpt_fee" not in not_stated(terms)
    assert "coverage" not in not_stated(terms)


def test_email_numbers_each_question_once():
    name, terms = _sample("unclear")
    email = vendor_email(terms, name)
    asked = [line for line in email.splitlines() if line[:1].isdigit()]
    assert len(asked) == len(not_stated(terms)) == len(set(asked))
