import re

from hypothesis import given
from hypothesis import strategies as st

from cptcompare.textclean import BIDI_CONTROLS, clean, clean_with_map, find_quote, raw_span, sanitize, squash


def test_ligatures_become_letters():
    assert clean("the \ufb01rst o\ufb00er and \ufb02oor") == "the first offer and floor"


def test_word_hyphenated_at_line_end_is_joined():
    assert clean("Confiden-\r\ntiality survives.") == "Confidentiality survives."


def test_hyphen_before_capital_is_kept():
    assert clean("AMA-\r\nCPT") == "AMA-\nCPT"


def test_pdfium_line_end_hyphen_marker_is_joined():
    assert clean("licen\x02\r\nse") == "license"


def test_whitespace_is_folded_but_line_breaks_kept():
    assert clean("  a \u00a0\t b  \r\n\r\n c ") == "a b\n\nc"


def test_soft_hyphens_nuls_and_lone_surrogates_are_dropped():
    assert clean("co\u00adop\x00er\ud800ate") == "cooperate"


def test_every_clean_char_maps_to_its_raw_char():
    raw = "The \ufb01rst  licen-\r\nsee pays."
    text, where = clean_with_map(raw)
    assert len(text) == len(where)
    start = text.index("licensee")
    a, b = raw_span(raw, start, start + len("licensee"))
    assert raw[a:b] == "licen-\r\nsee"


def test_find_quote_treats_line_breaks_as_spaces():
    page = "Customer shall pay\nthe CPT fee."
    span = find_quote(page, "shall pay the CPT")
    assert span is not None
    assert squash(page[span[0] : span[1]]) == "shall pay the CPT"
    assert find_quote(page, "not here") is None


def test_sanitize_removes_nul_and_surrogates():
    assert sanitize("a\x00b\udc80c") == "abc"


PDF_TEXT = st.text(
    alphabet=st.sampled_from(list("abcXY -\x02\r\n\t\u00a0\u00ad\ufb01\ufb03\x00\ud800é.$1")), max_size=60
)


@given(PDF_TEXT)
def test_fast_clean_equals_mapped_clean(raw):
    text, where = clean_with_map(raw)
    assert clean(raw) == text
    assert len(where) == len(text)
    assert all(0 <= i < len(raw) for i in where)
    assert where == sorted(where)


def test_inert_text_shows_markdown_and_html_literally():
    from cptcompare import inert

    hostile = "[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** `code`"
    escaped = inert(hostile)
    assert "](" not in escaped.replace("\\](", "").replace("\\(", "")
    assert all(f"\\{ch}" in escaped for ch in "[]()<>*`")
    assert escaped.replace("\\", "") == hostile


# Characters that PDFs hand us and that have broken text code elsewhere: NUL, lone surrogates,
# ligatures, soft hyphens, PDFium's line-end hyphen marker, direction marks and overrides,
# zero-width characters, a BOM, odd spaces and line breaks.
HOSTILE_CHARS = list(
    "\x00\x01\x02\x1f\ud800\udbff\udc00\udfff\ufb00\ufb01\ufb03\ufb06\u00ad\u200b\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2069\ufeff\u00a0\u2009\u202f\t\r\n\x0b\x0c-\u2010 "
)
ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=()), st.sampled_from(HOSTILE_CHARS)), max_size=200
)
INVISIBLE = re.compile(f"[\x00\ud800-\udfff\u00ad\ufeff{BIDI_CONTROLS}]")


@given(ANY_TEXT)
def test_cleaning_any_text_never_raises_and_leaves_nothing_invisible(raw):
    text, where = clean_with_map(raw)
    assert clean(raw) == text
    assert len(where) == len(text) and all(0 <= i < len(raw) for i in where)
    assert not INVISIBLE.search(text)
    text.encode("utf-8")  # storable and showable as it is


@given(ANY_TEXT)
def test_sanitize_any_text_is_storable_and_stable(raw):
    safe = sanitize(raw)
    safe.encode("utf-8")
    assert not re.search(f"[\x00\ud800-\udfff{BIDI_CONTROLS}]", safe)
    assert sanitize(safe) == safe


@given(ANY_TEXT, st.data())
def test_every_piece_of_clean_text_is_found_and_mapped_back(raw, data):
    text = clean(raw)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    piece = text[start:end]
    span = find_quote(text, piece)
    assert (span is None) == (not piece.split())
    if span:
        assert squash(text[span[0] : span[1]]) == squash(piece)
    a, b = raw_span(raw, start, end)
    assert 0 <= a <= b <= len(raw)
