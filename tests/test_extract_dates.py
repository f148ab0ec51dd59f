"""Contract dates: effective date, initial term, renewal and notice period."""

import pytest

from .helpers import terms_of
from .pdfgen import pdf_from_text


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("This Agreement is effective as of March 1, 2025.", "2025-03-01"),
        ("Effective Date: 07/15/2024", "2024-07-15"),
        ("This Order Form is entered into on the 3rd day of January, 2026 by the parties.", "2026-01-03"),
    ],
)
def test_effective_date(text, iso):
    assert terms_of(pdf_from_text(text)).dates.effective_date == iso


def test_term_renewal_and_notice():
    text = (
        "The initial term is three (3) years. Thereafter this Agreement renews automatically for successive "
        "twelve (12) month periods unless either party gives sixty (60) days' written notice of non-renewal."
    )
    dates = terms_of(pdf_from_text(text)).dates
    assert (dates.initial_term_months, dates.auto_renews, dates.renewal_term_months, dates.notice_days) == (
        36,
        True,
        12,
        60,
    )


def test_no_automatic_renewal():
    dates = terms_of(pdf_from_text("This Agreement shall not automatically renew.")).dates
    assert dates.auto_renews is False


def test_dates_not_stated():
    dates = terms_of(pdf_from_text("Nothing here about time.")).dates
    assert dates.model_dump() == {
        "effective_date": None,
        "initial_term_months": None,
        "auto_renews": None,
        "renewal_term_months": None,
        "notice_days": None,
    }


def test_missing_dates_are_explicitly_not_stated():
    terms = terms_of(pdf_from_text("Nothing here about time."))
    missing = {f.field for f in terms.findings if not f.stated}
    assert {
        "effective_date",
        "initial_term_months",
        "auto_renews",
        "renewal_term_months",
        "notice_days",
    } <= missing


def test_commencement_date_is_the_effective_date():
    """Regression: found by a probe worded apart from the samples."""
    text = "This Agreement shall commence on September 15, 2025 (the Effective Date)."
    assert terms_of(pdf_from_text(text)).dates.effective_date == "2025-09-15"
