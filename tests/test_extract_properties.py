"""Properties of extraction over arbitrary text: it never raises, and every quote it returns is
found on the page it names (the evidence a practice lead is shown must be the contract's words).

Pages are contract clauses in random order, cut and joined by hostile characters (NUL, lone
surrogates, ligatures, soft hyphens, direction overrides, odd spaces, line-end hyphens), with
arbitrary text between them; cleaned as pdf.py cleans PDFium's text.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cptcompare import Document, Page, extract_terms
from cptcompare.textclean import clean, find_quote

from .test_textclean import ANY_TEXT, HOSTILE_CHARS

CLAUSES = [
    'This Master Agreement is made between Acme Health Software, Inc. ("Vendor") and the Customer.',
    "The CPT license fee is $19.00 per provider per year.",
    "Customer shall pay an AMA royalty of $18.00 per user per year plus a processing fee of $1.55.",
    "Vendor shall pay all AMA royalties for CPT on Customer's behalf at no additional charge.",
    "Customer must obtain its own license to CPT directly from the American Medical Association.",
    "CPT is a registered trademark of the American Medical Association. All rights reserved.",
    "CPT only \u00a9 2025 American Medical Association.",
    "The Software includes ICD-10, HCPCS, LOINC, SNOMED and CDT code sets.",
    "Authorized User means any individual who accesses the Software with a login.",
    "The initial term is 36 months and renews automatically for successive 12-month terms unless "
    "either party gives 90 days' written notice.",
    "Effective Date: January 1, 2026.",
    "Customer shall report its user count annually and the AMA may audit Customer's use of CPT.",
    "By amendment dated March 1, 2026, the CPT fee is increased to $21.00 per user per year.",
    "Fees increase by 5% each year. Customer shall indemnify Vendor.",
    "Item / Quantity / Unit Price: AMA CPT license / 10 users / $19.00",
]
GLUE = st.sampled_from([" ", "\n", "\n\n", "-\n", "\x02\r\n", *HOSTILE_CHARS])
PIECE = st.one_of(
    st.sampled_from(CLAUSES),
    st.sampled_from(CLAUSES).flatmap(lambda c: st.integers(0, len(c)).map(lambda i: c[:i])),
    ANY_TEXT,
)
RAW_PAGE = st.lists(st.tuples(PIECE, GLUE), max_size=12).map(lambda parts: "".join(p + g for p, g in parts))
RAW_PAGES = st.lists(RAW_PAGE, min_size=1, max_size=3)


def document(raw_pages: list[str]) -> Document:
    pages = [Page(number=i, text=clean(raw), raw_text=raw) for i, raw in enumerate(raw_pages, start=1)]
    return Document(sha256="0" * 64, pages=pages)


def quotes(terms) -> list[tuple[str, int, str]]:
    """Every (what, page, quote) the terms carry: findings, flags and free-code-set charges."""
    found = [(f.field, f.page, f.quote) for f in terms.findings if f.quote]
    found += [(f.id, f.page, f.quote) for f in [*terms.flags, *terms.code_set_fees]]
    return found


PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(RAW_PAGES)
def test_extraction_never_raises_and_quotes_are_on_their_page(raw_pages):
    doc = document(raw_pages)
    terms = extract_terms(doc)
    for what, page, quote in quotes(terms):
        assert page is not None and 1 <= page <= len(doc.pages), (what, page)
        assert find_quote(doc.pages[page - 1].text, quote), (what, page, quote)


@PROPERTY
@given(st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=8), GLUE)
def test_whole_clauses_give_findings_whose_quotes_are_on_their_page(clauses, glue):
    doc = document([glue.join(clauses)])
    terms = extract_terms(doc)
    for what, page, quote in quotes(terms):
        assert page == 1 and find_quote(doc.pages[0].text, quote), (what, quote)
