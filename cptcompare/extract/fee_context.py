"""Where a fee's unit and period are said when its own clause does not say them: its table's
header and caption, its FAQ question and heading, its footnotes, the sentences around it, notes
that name its line, and the figure an amendment replaces (extract/fees.py reads the fee)."""

from __future__ import annotations

import re

from .amounts import find_period, find_unit
from .context import naming
from .money import find_money
from .sentences import Sentences
from .structure import places

CHOICE_ASKED = re.compile(r"\bper\s+[\w-]+\s+or\s+(?:per\s+)?[\w-]+", re.I)  # "per practice or per person?"
COLUMN = re.compile(r"\bcolumn\b", re.I)
COLUMN_NOTE_REACH = 12  # sentences after a table row where a note on its columns can be
NEIGHBOURS = 3  # sentences either side of a fee, in its section, that may state its unit or period


FOOTNOTE_MARK = re.compile(r"\((\d|[a-z]|\*{1,2})\)|(?<=\w)(\*{1,2}|[¹²³†])")


def _footnotes(sentences: Sentences, text: str) -> list[str]:
    """The footnotes a fee's row or clause points to ("CPT royalty recovery (1) $95.00"): the
    sentences that open with the same mark."""
    marks = {m.group(0) for m in FOOTNOTE_MARK.finditer(text)}
    return [s.text for s in sentences if any(s.text.lstrip().startswith(m) for m in marks) and s.text != text]


CAPTION_WORDS = 8  # a table's caption ("Monthly charges per provider") is a short line
LINE_NOTE = re.compile(
    r"\b(?:lines?|items?|rows?)\b|\b(?:is|are)\s+(?:charged|billed|invoiced|collected)\b", re.I
)


def _caption(sentences: Sentences, header: str | None) -> list[str]:
    """The short line right above a table's header row: what every row's price counts."""
    at = next((s.index for s in sentences if header and s.text == header), None)
    if not at:
        return []
    above = sentences[at - 1].text
    return [above] if len(above.split()) <= CAPTION_WORDS and not find_money(above) else []


def _line_notes(sentences: Sentences, i: int) -> list[str]:
    """Notes that speak of the fee's line by name ("The AMA CPT License line is charged once per
    calendar year for each named user"), with the sentence after each ("It appears on every
    monthly invoice")."""
    notes = [
        n
        for n in sorted(naming(sentences))
        if n != i and LINE_NOTE.search(sentences[n].text) and not find_money(sentences[n].text)
    ]
    return [sentences[j].text for n in notes for j in (n, n + 1) if j < len(sentences)]


def column_period(sentences: Sentences, order: float, unit: str | None) -> str | None:
    """The period a note under a table gives the column a fee's unit came from ("Amounts in the
    Per Clinician column recur monthly")."""
    i = min(int(order), len(sentences) - 1)
    for near in sentences[i + 1 : i + COLUMN_NOTE_REACH]:
        if unit and COLUMN.search(near.text) and find_unit(near.text) == unit:
            return find_period(near.text)
    return None


def context_texts(sentences: Sentences, order: float) -> list[str]:
    """Where a fee's unit or period may be said when its own clause does not: its table header
    and caption, FAQ question and heading, its footnotes, then the sentences around it in its
    section that state no other amount (a billing cycle, "per clinician"), then notes about its line."""
    i = min(int(order), len(sentences) - 1)
    where = places(sentences)
    here = where[i]
    texts = [
        here.header or "",
        *_caption(sentences, here.header),
        "" if CHOICE_ASKED.search(here.question or "") else here.question or "",
        here.heading,
        *_footnotes(sentences, sentences[i].text),
    ]
    for j in sorted(
        range(max(0, i - NEIGHBOURS), min(len(sentences), i + NEIGHBOURS + 1)), key=lambda j: abs(j - i)
    ):
        near = sentences[j]
        asks = CHOICE_ASKED.search(near.text)  # "Is it per practice or per person?" says neither
        if j != i and where[j].heading == here.heading and not find_money(near.text) and not asks:
            texts.append(near.text)
    return texts + _line_notes(sentences, i) + _billing_answers(sentences)


BILLING_QUESTION = re.compile(
    r"\bwho\s+(?:is\s+|gets\s+)?count|\bhow\s+(?:is|are)\s+(?:it|this|the\s+\w+|\w+)\s+(?:counted|calculated)|"
    r"\bwhen\s+(?:is|will|do)\s+(?:it|this|I|we|the\s+[\w ]{1,30}?)\s+(?:be\s+)?"
    r"(?:billed|charged|invoiced|see|appear)|"
    r"\bhow\s+often\b|\bwho\s+(?:pays|is\s+charged|is\s+billed)\b",
    re.I,
)


def _billing_answers(sentences: Sentences) -> list[str]:
    """An FAQ's answers to "Who is counted?" and "When is it billed?": the unit and period of the
    fee another answer prices ("The charge is applied per clinician"; "collected once a year")."""
    where = places(sentences)
    return [
        s.text
        for s in sentences
        if where[s.index].question
        and BILLING_QUESTION.search(where[s.index].question or "")
        and not find_money(s.text)
    ]


REPLACED = re.compile(
    r"\b(?:delet|strik|replac)(?:e|es|ed|ing)\s+(?:the\s+(?:figure|amount|fee)\s+(?:of\s+)?)?[\"“']?(?P<old>\$\s?\d[\d,]*(?:\.\d{2})?)",
    re.I,
)  # 'amended by deleting "$18.00" and inserting "$19.50"': the new figure is counted as the old one was


def as_replaced(quote: str, order: int, sentences: Sentences) -> tuple[str | None, str | None]:
    """The unit and period of the figure an amendment replaces (its clause ``quote``, sentence
    ``order``), where the document states it."""
    m = REPLACED.search(quote)
    if m is None:
        return None, None
    for s in sentences:
        at = s.text.find(m.group("old"))
        if at >= 0 and s.index != order:
            after = s.text[at + len(m.group("old")) : at + len(m.group("old")) + 120]
            if find_unit(after) or find_period(after):
                return find_unit(after), find_period(after)
    return None, None
