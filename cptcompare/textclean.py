"""Clean page text for matching, and map cleaned offsets back to the raw text.

Cleaning joins words hyphenated at line ends, expands ligatures, drops soft hyphens, NULs and
lone surrogates, turns CR/LF into LF and folds runs of spaces. ``clean`` can also return, for
each cleaned character, the offset of the raw character it came from, so a quote found in the
cleaned text can be pointed at in the original (char boxes, highlights).
"""

from __future__ import annotations

import re

# Unicode presentation forms (U+FB00..FB06) that PDFs emit for typographic ligatures.
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Characters that carry no text: soft hyphen, zero-width space/joiners, BOM, NUL.
DROPPED = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\x00"}
# Spaces other than U+0020 that should read as a plain space.
SPACES = {"\t", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\x0b", "\x0c"}
# PDFium marks a hyphen it saw at a line end with U+0002.
LINE_END_HYPHENS = {"-", "\x02", "\u2010"}


def _is_surrogate(ch: str) -> bool:
    return "\ud800" <= ch <= "\udfff"


def _hyphen_join(raw: str, i: int) -> int:
    """If raw[i] is a line-end hyphen splitting a word, return the index after the line break."""
    if i == 0 or not raw[i - 1].isalpha():
        return -1
    j = i + 1
    while j < len(raw) and raw[j] in " \t":
        j += 1
    if j < len(raw) and raw[j] == "\r":
        j += 1
    if j >= len(raw) or raw[j] != "\n":
        return -1 if raw[i] != "\x02" else i + 1
    j += 1
    while j < len(raw) and raw[j] in " \t":
        j += 1
    return j if j < len(raw) and raw[j].islower() else -1


def _append(out: list[str], where: list[int], text: str, origin: int) -> None:
    for ch in text:
        out.append(ch)
        where.append(origin)


def clean_with_map(raw: str) -> tuple[str, list[int]]:
    """Cleaned text and, for each of its characters, the raw offset it came from."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch in LINE_END_HYPHENS:
            after = _hyphen_join(raw, i)
            if after > 0:
                i = after
                continue
            ch = "-" if ch == "\x02" else ch
        if ch in DROPPED or _is_surrogate(ch) or (ch < " " and ch not in "\n\r"):
            i += 1
            continue
        if ch == "\r":
            ch = "\n"
            if i + 1 < len(raw) and raw[i + 1] == "\n":
                i += 1
        if ch in SPACES:
            ch = " "
        if ch == " " and (not out or out[-1] in " \n"):
            i += 1
            continue
        if ch == "\n" and out and out[-1] == " ":
            out.pop()
            where.pop()
        _append(out, where, LIGATURES.get(ch, ch), i)
        i += 1
    return "".join(out).strip(" \n"), _strip_map(out, where)


def _strip_map(out: list[str], where: list[int]) -> list[int]:
    start = 0
    while start < len(out) and out[start] in " \n":
        start += 1
    end = len(out)
    while end > start and out[end - 1] in " \n":
        end -= 1
    return where[start:end]


def clean(raw: str) -> str:
    """Cleaned text only (see module docstring)."""
    return clean_with_map(raw)[0]


def raw_span(raw: str, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of ``clean(raw)`` back to a span of ``raw``."""
    _, where = clean_with_map(raw)
    if not where or start >= end:
        return (0, 0)
    return where[start], where[min(end, len(where)) - 1] + 1


def sanitize(text: str) -> str:
    """Text safe to store: no NULs, no lone surrogates."""
    return "".join(ch for ch in text if ch != "\x00" and not _is_surrogate(ch))


def squash(text: str) -> str:
    """Whitespace folded to single spaces: how quotes are shown and compared."""
    return " ".join(text.split())


def find_quote(page_text: str, quote: str) -> tuple[int, int] | None:
    """[start, end) of ``quote`` in a page's cleaned text, line breaks counting as spaces."""
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), page_text)
    return (match.start(), match.end()) if match else None
