"""The document's structure over its sentences: headings and sections, the parts (body,
exhibits, schedules, amendments, letters), FAQ question-and-answer pairs, and table rows with
the header line above them.

Each sentence gets a ``Place``: the section heading it sits under, the part it belongs to (an
amendment or letter later in the file takes precedence over the body), the FAQ question it
answers, and, for a table row, its header. Rules read a clause together with its place: a
price belongs to its row, and a row's words and its header's decide what the price is for.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .money import find_money
from .sentences import Sentence, Sentences
from .threads import message_ranks

HEADING_WORDS = 9
SECTION_REACH = 40  # sentences a heading can rule without another heading
SECTION_NUMBER = re.compile(r"^\s*(?:(?:section|article)\s+)?(\d{1,3})(?:\.\d{1,3})*\.?\s")
DOCUMENT_TITLE = 4  # sentences at the top of a file that name what the file itself is
ROW_WORDS = 18
HEADER_LOOKBACK = 10
HEADER_WRAP = 2  # header lines above the last one that its cells can wrap from
WRAPPED_WORDS = 6
NUMBERED = re.compile(r"^\s*(?:(?:section|article)\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+\S", re.I)
PARTS = {
    "amendment": re.compile(
        r"^\s*(?:re:\s*)?(?:(?:first|second|third|fourth|fifth|\w+)\s+)?(?:amendment|addendum)\b"
        r"|^\s*(?:amendment|addendum)\s+(?:no\.?|number|#)|^\s*(?:side\s+)?letter\s+agreement\b",
        re.I,
    ),
    "exhibit": re.compile(
        r"^\s*(?:exhibit|schedule|appendix|attachment|annex|order\s+form)\b|\b(?:FAQ|frequently\s+asked\s+questions)\s*$",
        re.I,
    ),
    "letter": re.compile(r"^\s*dear\s+\w+", re.I),
}
ASKED_END = re.compile(r"\?\s*(?:\([^()]{0,40}\))?\s*$")
QUESTION_LEAD = re.compile(r"^\s*(?:Q\s*[:.)]|question\s*:)", re.I)


UNCHECKED = re.compile(r"^\W{0,3}(?:\[\s*\]|\(\s\)|[☐□❏])", re.I)  # an unticked box: the option is not taken
UNCHECKED_LINE = re.compile(UNCHECKED.pattern, re.I | re.M)  # at the start of any sentence


BOX = re.compile(r"^\W{0,3}(?:\[[\sxX✓✔]*\]|\([\sxX✓✔]\)|[☐□❏☑☒✓✔])")  # ticked or not
OPTION_ENDS = re.compile(r"^\W*(?:if|where|unless|in\s+the\s+event)\b", re.I)
OPTION_SENTENCES = 4
OPTION = re.compile(r"\b(?:option|alternative|choice|select\s+one|choose\s+one|elect\s+one)\b", re.I)


def _an_option(sentences: Sentences, box: Sentence) -> bool:
    """A box offered as one of several choices ("[ ] Option 1 - ...", under "select one"), not a
    to-do on a checklist ("[ ] Approve the CPT content charge")."""
    before = sentences[box.index - 1].text if box.index else ""
    return bool(OPTION.search(box.text) or OPTION.search(before))


def _option_sentences(sentences: Sentences, box: Sentence) -> range:
    """The box's sentence and those after it that still describe the option: up to the next box,
    a heading or a sentence about the choice itself ("If no option is selected, ..."), at most
    OPTION_SENTENCES (a line ending in a full stop can split an option into paragraphs)."""
    where, end = places(sentences), box.index + 1
    while end < min(len(sentences), box.index + OPTION_SENTENCES):
        s = sentences[end]
        if BOX.match(s.text) or where[end].is_heading or OPTION_ENDS.match(s.text):
            break
        end += 1
    return range(box.index, end)


ELECTED_COLUMN = re.compile(r"\b(?:elected|selected|ordered|opted\s+in|included)\s*\?", re.I)
NOT_ELECTED = re.compile(r"(?:^|\s)(?:No|N)\s+\$\s?\d")


def not_elected(text: str, sentences: Sentences) -> bool:
    """A row of an "Elected?" column that says No ("Module | Elected? | Price": "... No $2.50 ...")."""
    if not NOT_ELECTED.search(text):
        return False
    if "elected_column" not in sentences.memo:
        sentences.memo["elected_column"] = bool(ELECTED_COLUMN.search(sentences.text))
    return bool(sentences.memo["elected_column"])


def unticked(sentences: Sentences) -> frozenset[int]:
    """The sentences of options left unticked ("[ ] Option 1 - Vendor sublicence. Vendor
    sublicenses CPT. Customer pays $1.50 ..."); of a to-do's unticked box, only its own."""
    if "unticked" not in sentences.memo:
        out: set[int] = set()
        for box, _ in sentences.matching(UNCHECKED_LINE):
            out.add(box.index)
            if not _an_option(sentences, box):
                continue
            out.update(_option_sentences(sentences, box))
        out.update(s.index for s in sentences if not_elected(s.text, sentences))
        sentences.memo["unticked"] = frozenset(out)
    return sentences.memo["unticked"]  # type: ignore[return-value]


ALTERNATIVE = re.compile(r"^\W*(?:[\d.]+\s*)?\[\s*(?:ALT(?:ERNATIVE)?|OPTION)\s*[\w.]*\s*[:.\]]", re.I)
ALTERNATIVE_LINE = re.compile(ALTERNATIVE.pattern, re.I | re.M)  # at the start of any sentence
LABEL_ONLY = 3  # words: "[ALTERNATIVE B:" alone on its line labels the sentence after it


def _alternatives(sentences: Sentences) -> set[int]:
    """A draft's bracketed alternatives: each sentence opening with "[ALT B:" or "[Option 2:",
    and the one after a label that stands alone."""
    out = set()
    for s, _ in sentences.matching(ALTERNATIVE_LINE):
        out.add(s.index)
        if len(s.text.split()) <= LABEL_ONLY and s.index + 1 < len(sentences):
            out.add(s.index + 1)
    return out


def is_question_text(text: str) -> bool:
    """A question, also with a note after it ("... and if so how much? (due 25 Nov)")."""
    return bool(ASKED_END.search(text) or QUESTION_LEAD.match(text))


ANSWER_LEAD = re.compile(r"^\s*(?:A\s*[:.)]|answer\s*:)\s*", re.I)
HEADER_WORDS = re.compile(
    r"\b(?:item|description|fees?|price|pricing|amount|unit|qty|quantity|billing|frequency|annual|"
    r"monthly|total|rate|product|service|charge|cost|term|per)\b",
    re.I,
)
FIGURE = re.compile(
    r"(?<![\w.])\d{1,3}(?:,\d{3})*\.\d{2}\b|\$\s?\d|\bincluded\b|\bno\s+charge\b|\bn/a\b", re.I
)


class Place(NamedTuple):
    heading: str = ""
    part: str = "body"  # body | exhibit | amendment | letter | message (of an e-mail thread)
    part_no: int = 0  # parts in document order, a later part later; a thread's messages in time
    question: str | None = None  # the FAQ question this sentence answers
    header: str | None = None  # for a table row: the header line above it
    is_heading: bool = False
    is_question: bool = False
    is_row: bool = False
    draft: bool = False  # one of a draft's bracketed alternatives ("[ALT B: ...]"): no term yet


def _word_count(text: str) -> int:
    return text.count(" ") + 1 if text.strip() else 0


def is_heading(s: Sentence) -> bool:
    if _word_count(s.text) > HEADING_WORDS + 2:  # cheap: most sentences are long
        return False
    text = s.text.strip()
    words = text.split()
    if not words or len(words) > HEADING_WORDS:
        return False
    if text.endswith((".", ",", ";")) and not NUMBERED.match(text):
        return False
    if "$" in text or is_question_text(text) or find_money(text):
        return False
    return (
        text.isupper()
        or NUMBERED.match(text) is not None
        or sum(w[:1].isupper() for w in words) >= len(words) / 2
    )


def is_row(s: Sentence) -> bool:
    text = s.text
    return not text.rstrip().endswith(".") and _word_count(text) <= ROW_WORDS and bool(FIGURE.search(text))


def wrapped_cell(text: str) -> bool:
    """A short line that ends no sentence: a table cell's words wrapped onto a line of their own."""
    return _word_count(text) <= WRAPPED_WORDS and not text.rstrip().endswith((".", ":", "?", ";", "!"))


def _part_of(text: str) -> str | None:
    return next((kind for kind, rx in PARTS.items() if rx.search(text)), None)


def _wrapped_header(sentences: Sentences, last: Sentence) -> str:
    """A header line with the header lines its cells wrapped from ("Service  Annual Fee per" |
    "Location" | "Locations  Annual Total")."""
    lines = [last.text]
    for prev in reversed(sentences[max(0, last.index - HEADER_WRAP) : last.index]):
        if prev.page != last.page or is_row(prev) or not _header_piece(prev):
            break
        lines.insert(0, prev.text)
    return " ".join(lines)


def _header_piece(s: Sentence) -> bool:
    """A line a header cell wrapped from: a word or two ("Location"), or a short line of header
    words ("Service  Annual Fee per"); no figures or fields ("CUSTOMER NO: WNG-114")."""
    text = s.text
    if any(c.isdigit() for c in text) or ":" in text or not wrapped_cell(text):
        return False
    return _word_count(text) <= 2 or bool(HEADER_WORDS.search(text))


def _header_before(sentences: Sentences, i: int, page: int) -> str | None:
    for back in range(1, HEADER_LOOKBACK + 1):
        if i - back < 0:
            return None
        prev = sentences[i - back]
        if prev.page != page:
            return None
        if is_row(prev):
            continue
        if HEADER_WORDS.search(prev.text) and len(prev.text.split()) <= ROW_WORDS:
            return _wrapped_header(sentences, prev)
        if not wrapped_cell(prev.text):
            return None  # else a cell's words wrapped onto a line of their own ("Providers")
    return None
    return None


def places(sentences: Sentences) -> list[Place]:
    """Each sentence's place in the document (computed once per document)."""
    if "places" not in sentences.memo:
        sentences.memo["places"] = _places(sentences)
    return sentences.memo["places"]  # type: ignore[return-value]


def _section_number(text: str) -> str | None:
    m = SECTION_NUMBER.match(text)
    return m.group(1) if m else None


def _still_under(number: str | None, since: int, text: str) -> bool:
    """A heading (numbered ``number``) rules the sentences after it until a paragraph numbered in
    another section ("13.1 ..." after "12. CPT Content"), or SECTION_REACH sentences at most."""
    if since > SECTION_REACH:
        return False
    if number is None or not (text[:1].isdigit() or text[:8].lower().startswith(("section", "article"))):
        return True
    theirs = _section_number(text)
    return theirs is None or theirs == number


def _places(sentences: Sentences) -> list[Place]:
    out: list[Place] = []
    heading, part, part_no, question, since, number = "", "body", 0, None, 0, None
    messages, top, base = message_ranks(sentences), 0, None
    drafts = _alternatives(sentences)
    for s in sentences:
        since += 1
        if heading and not _still_under(number, since, s.text):
            heading = ""
        head = is_heading(s)
        kind = _part_of(s.text) if head or s.index == 0 or _word_count(s.text) <= HEADING_WORDS else None
        if s.index in messages:
            if base is None:  # the thread's messages take the next numbers, in time order
                base, top = top, top + len(messages)
            part, part_no = "message", base + 1 + messages[s.index]
        elif kind and part != "message" and (s.index >= DOCUMENT_TITLE or kind != "exhibit"):
            top += 1  # an order form's own title is no exhibit; a message quoting one is no new part
            part, part_no = kind, top
        if head:
            heading, question, since = s.text.strip(), None, 0
            number = _section_number(heading)
        asked = is_question_text(s.text) and not head
        if asked:
            question = s.text.strip()
        row = is_row(s)
        out.append(
            Place(
                heading=heading,
                part=part,
                part_no=part_no,
                question=None if asked else question,
                header=_header_before(sentences, s.index, s.page) if row else None,
                is_heading=head,
                is_question=asked,
                is_row=row,
                draft=s.index in drafts,
            )
        )
    return out


def not_taken(sentences: Sentences) -> frozenset[int]:
    """Sentences of options not taken: an unticked box's ("[ ] Option 1 ... Customer pays $1.50
    per user") and a draft's bracketed alternatives ("[Option B: ... $18.00 per user ...]")."""
    if "not_taken" not in sentences.memo:
        drafts = {i for i, place in enumerate(places(sentences)) if place.draft}
        sentences.memo["not_taken"] = unticked(sentences) | drafts
    return sentences.memo["not_taken"]  # type: ignore[return-value]


def answer_text(text: str) -> str:
    """An FAQ answer without its 'A:' lead."""
    return ANSWER_LEAD.sub("", text, count=1)
