"""Clean page text for matching, and map cleaned offsets back to the raw text.

Cleaning joins words hyphenated at line ends, expands ligatures, drops soft hyphens, NULs, lone
surrogates and bidirectional controls, turns CR/LF into LF and folds runs of spaces. ``clean``
can also return, for each cleaned character, the offset of the raw character it came from, so a
quote found in the cleaned text can be pointed at in the original (char boxes, highlights).
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
LETTER = r"[^\W\d_]"
Replacement = str | dict[str, str]
# Direction marks, embeddings, overrides and isolates: invisible, yet they reorder how the text
# after them is shown (U+202E makes "evil\u202efdp.exe" read "evilexe.pdf") and split words.
BIDI_CONTROLS = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
# The cleaning steps, in order: (pattern, replacement). PDFium marks a hyphen it saw at a line
# end with U+0002; soft hyphens, zero-width characters, BOM, NUL, other control characters, lone
# surrogates and bidirectional controls carry no text; odd spaces read as a plain space.
STEPS: tuple[tuple[re.Pattern[str], Replacement], ...] = (
    (re.compile(rf"[-\x02\u2010](?<={LETTER}.)[ \t]*\r?\n[ \t]*(?=[a-z\u00df-\u00ff])"), ""),
    (re.compile(rf"\x02(?<={LETTER}\x02)"), ""),
    (re.compile(r"\x02"), "-"),
    (re.compile(r"\r\n?"), "\n"),
    (re.compile(f"[\u00ad\u200b-\u200d\ufeff\x00\x01\x03-\x08\x0e-\x1f\ud800-\udfff{BIDI_CONTROLS}]+"), ""),
    (re.compile("[\t\u00a0\u2002\u2003\u2009\u202f\x0b\x0c]"), " "),
    (re.compile("[\ufb00-\ufb06]"), LIGATURES),
    (re.compile(r" *\n *"), "\n"),
    (re.compile(r" {2,}"), " "),
)  # and last, spaces and line breaks at either end are stripped


def _replacement(repl: Replacement, match: re.Match[str]) -> str:
    return repl[match.group(0)] if isinstance(repl, dict) else repl


def _step_with_map(
    text: str, where: list[int], rx: re.Pattern[str], repl: Replacement
) -> tuple[str, list[int]]:
    parts: list[str] = []
    spots: list[int] = []
    last = 0
    for m in rx.finditer(text):
        new = _replacement(repl, m)
        parts += [text[last : m.start()], new]
        spots += where[last : m.start()] + [where[m.start()]] * len(new)
        last = m.end()
    parts.append(text[last:])
    spots += where[last:]
    return "".join(parts), spots


def clean_with_map(raw: str) -> tuple[str, list[int]]:
    """Cleaned text and, for each of its characters, the raw offset it came from."""
    text, where = raw, list(range(len(raw)))
    for rx, repl in STEPS:
        text, where = _step_with_map(text, where, rx, repl)
    start = len(text) - len(text.lstrip(" \n"))
    end = len(text.rstrip(" \n"))
    return text[start:end], where[start:end]


def clean(raw: str) -> str:
    """Cleaned text only (see module docstring); the same steps as clean_with_map, faster."""
    text = raw
    for rx, repl in STEPS:
        if rx.search(text):  # most steps find nothing on most pages; a search is cheaper than a sub
            text = rx.sub(repl if isinstance(repl, str) else (lambda m, r=repl: r[m.group(0)]), text)
    return text.strip(" \n")


def raw_span(raw: str, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of ``clean(raw)`` back to a span of ``raw``."""
    _, where = clean_with_map(raw)
    if not where or start >= end:
        return (0, 0)
    return where[start], where[min(end, len(where)) - 1] + 1


def sanitize(text: str) -> str:
    """Text safe to store and show: no NULs, no lone surrogates, no bidirectional controls."""
    return re.sub(f"[\x00\ud800-\udfff{BIDI_CONTROLS}]", "", text)


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
