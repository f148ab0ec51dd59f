"""Split a document's pages into sentences that may cross page breaks, keeping their evidence.

Running headers and footers (the same line at the top or bottom of many pages, page numbers)
are left out, so a sentence that runs from the foot of one page onto the next reads whole.
Each sentence remembers the page spans it came from, so any part of it can be quoted exactly
from its page.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import overload

from ..models import Document

PAGE_NUMBER = re.compile(r"^(?:page\s*)?#+(?:\s*(?:of|/)\s*#+)?$|^-\s*#+\s*-$", re.IGNORECASE)
ABBREVIATIONS = re.compile(
    r"(?:\b(?:inc|co|corp|ltd|sec|secs|art|para|st|mr|mrs|ms|dr|vs|etc|approx|u\.s|"
    r"e\.g|i\.e|l\.l\.c|p\.c|p\.a|l\.p|n\.a|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"|(?<!exhibit )(?<!schedule )(?<!appendix )(?<!attachment )(?<!annex )(?<!part )(?-i:\b[A-Z]))\.$",
    re.IGNORECASE,
)
LIST_START = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,3})*\.?\s|\(?[a-z0-9]{1,4}\)\s|[•●▪◦\-–]\s"
    r"|(?i:section|article|exhibit|schedule|appendix|attachment|amendment)\s+[\w.]+"
    r"|[A-Z][A-Z &/,'-]{3,}$)"
)
CROSS_REFERENCE = re.compile(r"\s*(?:section|article|exhibit|schedule|appendix|attachment|amendment)\s", re.I)
DANGLING = re.compile(  # a line ending in a word no sentence ends in: the next line goes on with it
    r"\b(?:in|of|the|to|and|or|an?|for|with|by|under|per|see|at|on|from|into|as|than|this|that|any)$", re.I
)
NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[A-Za-z]|[ivxlcIVXLC]+)\.?$")
ROW_END = re.compile(r"\$\s?[\d,]+(?:\.\d\d)?\s*$")
PRICED_END = re.compile(  # a row's price with its unit ends the row: "... statements $165 per user per month"
    r"\$\s?[\d,]+(?:\.\d\d)?\s+(?:(?:per|/)\s*(?:user|provider|clinician|location|site|seat|month|year|(?-i:[a-z]+))\s*){1,2}$"
    r"|\$\s?[\d,]+(?:\.\d\d)?\s+one[- ]time$",
    re.I,
)
MONEY_FIGURE = re.compile(r"\$\s?\d[\d,]*(?:\.\d\d)?")
PRICE_COLUMNS = 2
PRICED_TAIL = 40  # characters at a line's end where a priced row's price and unit sit
NUMBER_ABBREVIATION = re.compile(r"\bnos?\.$", re.I)  # "No. 3": a break only before a word
ROW_FIGURE = re.compile(
    r"\$\s?\d|\b\d{1,3}(?:,\d{3})*\.\d\d\b|\bincluded\b|\bno\s+charge\b|\bwaived\b|\bn/a\b", re.I
)
PRICED_ROW = re.compile(  # a row's label, then its price ("CPT content  Not included")
    r"[A-Z][^$.;:,]{2,60}?\s(?i:\$\s?\d|(?:not\s+)?included\b|no\s+charge\b|n/a\b|waived\b)"
)
HEADER_LINE_WORDS = (
    8  # a short line over a priced row is its header ("Service  Monthly charge per location  Notes")
)
HEADER_LINE = re.compile(  # a table's header line: column names only
    r"(?:(?:description|item|qty|quantity|rate|amount|unit|price|total|fees?|notes?|service|product|"
    r"frequency|annual|monthly|cost|metric|basis|line|extended|usd|#|\(users?\)|\(providers?\))\s*){2,8}$",
    re.I,
)
PROSE_WORD = re.compile(
    r"\b(?:of|the|an?|to|for|is|are|that|and|with|by|at|per|from|plus|which|we|us|you|our|your|its)\b", re.I
)
PROSE_WIDTH = 80  # characters: a page of table lines alone still has prose-width lines to compare with
ROWISH = 0.8  # lines shorter than this share of the typical width, with a figure, are table rows
INLINE_BREAK = re.compile(r"(?:(?<=[.!?;])|(?<=[.!?;][\])]))\s+(?=[\"“(\[]?[A-Z0-9$])")  # "fees.] [ALT B:"
MAX_SENTENCE = 900
TAIL = 16  # characters at a line's or sentence's end that say whether it ends there
EDGE_LINES = 2
SHORT_LINE = 0.6


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of a page's cleaned text."""

    page: int
    start: int
    end: int


@dataclass
class Sentence:
    index: int
    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def page(self) -> int:
        return self.spans[0].page

    def locate(self, start: int, end: int) -> tuple[int, int, int]:
        """(page, page_start, page_end) of sentence characters [start, end), cut to one page.

        The page is the one where ``start`` falls; a quote never spans two pages.
        """
        pieces, pos = [], 0
        for span in self.spans:
            length = span.end - span.start
            if pos + length > start and pos < end:
                pieces.append((span, max(start - pos, 0), min(end - pos, length)))
            pos += length + 1
        if not pieces:
            last = self.spans[-1]
            return last.page, last.start, last.end
        page = pieces[0][0].page
        same = [p for p in pieces if p[0].page == page]
        first, last = same[0], same[-1]
        return page, first[0].start + first[1], last[0].start + last[2]


@dataclass
class _Line:
    page: int
    start: int
    text: str


def _normal(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _page_lines(text: str, page: int) -> list[_Line]:
    lines, pos = [], 0
    for part in text.split("\n"):
        if part.strip():
            lines.append(_Line(page, pos, part))
        pos += len(part) + 1
    return lines


def _edges(lines: list[_Line]) -> list[_Line]:
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:] if len(lines) > 2 * EDGE_LINES else lines


def _boilerplate(pages: list[list[_Line]]) -> set[str]:
    """Normalized lines that repeat at the top or bottom of many pages."""
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_normal(x.text) for x in _edges(lines)})
    need = max(2, math.ceil(0.4 * len(pages)))
    return {line for line, n in counts.items() if n >= need}


def _strip_edges(lines: list[_Line], repeated: set[str]) -> list[_Line]:
    edge_ids = {id(x) for x in _edges(lines)}
    return [
        x
        for x in lines
        if id(x) not in edge_ids or not (_normal(x.text) in repeated or PAGE_NUMBER.match(_normal(x.text)))
    ]


def _rowish(text: str, typical: float, figure: bool = True) -> bool:
    short = len(text) < ROWISH * max(typical, PROSE_WIDTH) and not text.endswith((".", ","))
    return short and (not figure or bool(ROW_FIGURE.search(text)))


def _priced_row(text: str) -> bool:
    """A line that starts like a table row: a short label of no prose words, then a price
    ("Real-time eligibility $25.00 ..."; not "Association CPT fee of $19.00 ...")."""
    m = PRICED_ROW.match(text)
    return bool(m) and not PROSE_WORD.search(m.group(0))


def _row_ends(line: str) -> bool:
    """A line ending in a price, bare ("... $18.50") or with its unit ("... $165 per user per month")."""
    return bool(ROW_END.search(line[-TAIL:]) or PRICED_END.search(line[-PRICED_TAIL:]))


def _price_line(text: str) -> bool:
    """A line with two prices or more (a row's columns: current and renewal, unit and total)."""
    open_end = text.rstrip().endswith((",", " and", " or"))
    return len(MONEY_FIGURE.findall(text)) >= PRICE_COLUMNS and not open_end


def _hard_break(prev: _Line, nxt: _Line, typical: float) -> bool:
    before = prev.text.rstrip()
    if before[-1:] in ".!?;:" and not ABBREVIATIONS.search(before[-TAIL:]):
        return not (NUMBER_ABBREVIATION.search(before[-TAIL:]) and nxt.text.lstrip()[:1].isdigit())
    if nxt.page != prev.page and nxt.text.lstrip()[:1].islower():
        return False  # "... at $85.00 per billing" | page 2 | "location per year.": one sentence
    if len(before) < SHORT_LINE * typical:
        return True
    if _row_ends(before) and nxt.text[:1].isupper():
        return True  # a table row ending in an amount, then the next row
    if _price_line(before) and _price_line(nxt.text) and nxt.text.lstrip()[:1].isupper():
        return True  # "... per clinician per month $12.00 $12.00 -" | "AMA fee ... $20.00 $0.00 - included"
    if HEADER_LINE.match(nxt.text.strip()):
        return True  # "... Service period: 1 March 2026 to 31 March 2026" | "Description  Qty  Rate  Amount"
    if (ROW_FIGURE.search(before) or len(before.split()) <= HEADER_LINE_WORDS) and _priced_row(nxt.text):
        return True  # "Real-time eligibility $25.00 Up to 800 ..." | "CPT licence (AMA) $7.50 ..."
    after = nxt.text.rstrip()
    if _rowish(before, typical) and _rowish(after, typical, figure=False):
        return True
    if _rowish(before, typical, figure=False) and _rowish(after, typical):
        return True  # lines of a table without rulings: each row its own clause
    if CROSS_REFERENCE.match(nxt.text) and (DANGLING.search(before) or before.endswith(",")):
        return False  # "... for the number of users in" | "Exhibit C.": a reference, no new part
    return bool(LIST_START.match(nxt.text.strip()))


def _typical_width(lines: list[_Line]) -> float:
    widths = [len(x.text.rstrip()) for x in lines]
    if not widths:
        return 0.0
    return statistics.quantiles(widths, n=4)[2] if len(widths) > 3 else max(widths)


def _paragraphs(doc: Document, only: set[int] | None = None) -> list[list[_Line]]:
    """Lines joined into paragraphs; ``only``: of those pages (running heads and the typical
    line width are still learned from every page, so a page reads the same either way)."""
    pages = [_page_lines(p.text, p.number) for p in doc.pages]
    repeated = _boilerplate(pages)
    kept = [_strip_edges(lines, repeated) for lines in pages]
    typical = _typical_width([x for lines in kept for x in lines])
    paragraphs: list[list[_Line]] = []
    last = 0
    for lines in kept:
        for line in lines:
            if only is not None and line.page not in only:
                continue
            if paragraphs and line.page - last <= 1 and not _hard_break(paragraphs[-1][-1], line, typical):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])  # a page skipped before this one ends the paragraph
            last = line.page
    return paragraphs


def _split(text: str) -> list[tuple[int, int]]:
    """[start, end) of the sentences of one paragraph's text."""
    bounds, start = [], 0
    for m in INLINE_BREAK.finditer(text):
        before = text[start : m.start()]
        if ABBREVIATIONS.search(before[-TAIL:]) or NUMBERING.match(before) or before.endswith(".."):
            continue
        if NUMBER_ABBREVIATION.search(before[-TAIL:]) and text[m.end() : m.end() + 1].isdigit():
            continue
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    out = []
    for s, e in bounds:
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut + 1
        if text[s:e].strip():
            out.append((s, e))
    return out


def _sentence(index: int, lines: list[_Line], s: int, e: int) -> Sentence:
    spans, pos = [], 0
    for line in lines:
        a, b = max(s, pos), min(e, pos + len(line.text))
        if a < b:
            spans.append(Span(line.page, line.start + a - pos, line.start + b - pos))
        pos += len(line.text) + 1
    text = " ".join(x.text for x in lines)[s:e]
    return Sentence(index=index, text=text, spans=spans)


class Sentences(Sequence[Sentence]):
    """A document's sentences, searchable as one text: each pattern scans the document once
    (in C) and only the sentences it hits are looked at in Python."""

    def __init__(self, items: list[Sentence]) -> None:
        self.items = items
        self.text = "\n".join(s.text for s in items)
        self.starts = list(itertools.accumulate((len(s.text) + 1 for s in items[:-1]), initial=0))
        self.memo: dict[str, object] = {}  # per-document results other modules compute once

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> Sentence: ...
    @overload
    def __getitem__(self, index: slice) -> list[Sentence]: ...
    def __getitem__(self, index: int | slice) -> Sentence | list[Sentence]:
        return self.items[index]

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    def containing(self, words: Iterable[str]) -> list[int]:
        """Indexes of the sentences where a word starts with any of the lowercase keywords
        ("ama" finds "AMA's", not "damages"; "$" finds "US$20"; plain substring search, then a
        look at one char)."""
        hits: set[int] = set()
        text = self.lower
        for word in words:
            pos = text.find(word)
            while pos >= 0:
                if pos and text[pos - 1].isalnum() and word[0].isalnum():  # inside a word ("US$" is not)
                    pos = text.find(word, pos + 1)
                    continue
                i = bisect.bisect_right(self.starts, pos) - 1
                hits.add(i)
                pos = text.find(word, self.starts[i] + len(self.items[i].text) + 1)
        return sorted(hits)

    def find(
        self, rx: re.Pattern[str], keywords: Iterable[str] = (), only: Sequence[bool] | None = None
    ) -> Iterator[tuple[Sentence, re.Match[str]]]:
        """Sentences the pattern matches, in order, with their first match, among those that hold
        one of ``keywords`` (if any are given) and those ``only`` marks (if given)."""
        keywords = tuple(keywords)
        if not keywords and only is None:
            yield from self.matching(rx)
            return
        candidates = self.containing(keywords) if keywords else range(len(self.items))
        for i in candidates:
            if only is None or only[i]:
                m = rx.search(self.items[i].text)
                if m:
                    yield self.items[i], m

    def matching(self, rx: re.Pattern[str]) -> Iterator[tuple[Sentence, re.Match[str]]]:
        """Each sentence the pattern matches, in order, with its first match in that sentence."""
        pos = 0
        while self.items and (m := rx.search(self.text, pos)):
            i = bisect.bisect_right(self.starts, m.start()) - 1
            hit = rx.search(self.items[i].text)
            if hit is None:  # the match ran across a sentence boundary; look further on
                pos = m.start() + 1
                continue
            yield self.items[i], hit
            pos = self.starts[i] + len(self.items[i].text) + 1


def split_sentences(doc: Document, only: set[int] | None = None) -> Sentences:
    """The document's sentences in order; ``only``: those of these page numbers."""
    sentences: list[Sentence] = []
    for lines in _paragraphs(doc, only):
        joined = " ".join(x.text for x in lines)
        for s, e in _split(joined):
            sentences.append(_sentence(len(sentences), lines, s, e))
    return Sentences(sentences)
