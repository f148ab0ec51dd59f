"""CPT fees read from tables: a ruled table's CPT row by its cells, a charge split over rows
(royalty, surcharge, total), and where a table's rows sit among the sentences."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .. import phrases
from ..models import Document, Page, Table
from ..textclean import find_quote, squash
from .amounts import (
    ROYALTY_AND_SURCHARGE,
    SURCHARGE_SHARE,
    FeeWords,
    bare_unit,
    find_period,
    find_unit,
    other_period,
)
from .evidence import quote
from .fee_candidate import (
    UNKNOWN_COST,
    FeeCandidate,
    not_the_vendors_fee,
    read_candidate,
    unit_confidence,
    year_column,
)
from .money import Money, find_money
from .sentences import Sentence, Sentences
from .structure import places

MONEY_HEADER = re.compile(r"\$|\bUSD\b|price|amount|\bfees?\b|charge|cost|\brate\b", re.I)
BARE_AMOUNT = re.compile(r"(?<![\w.$,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\w.,]\d)")
SPLIT_BONUS = 0.03  # a charge read from its total or royalty + surcharge rows beats one row alone


def _cell_name(cell: str) -> str:
    """A description cell up to its first ';': what the row sells, not what it goes on to say
    ("CPT® content licence (AMA), one-time per site; covers the release delivered with the software")."""
    return cell.split(";", 1)[0]


def _row_quote(page: Page, cells: list[str]) -> str:
    joined = " ".join(cells)
    if find_quote(page.text, joined):
        return squash(joined)
    for line in page.text.split("\n"):
        if all(c.split()[0] in line for c in cells if c.split()):
            return squash(line)
    return squash(joined)


def table_amounts(text: str, header: str) -> list[Money]:
    """Amounts in a table row; bare figures like 240.00 count when the header names money."""
    amounts = find_money(text)
    if MONEY_HEADER.search(header):
        taken = [(m.start, m.end) for m in amounts]
        for m in BARE_AMOUNT.finditer(text):
            if not any(a <= m.start() < b for a, b in taken):
                amounts.append(Money(Decimal(m.group(0).replace(",", "")), m.start(), m.end()))
    return sorted(amounts, key=lambda m: m.start)


def _table_rows(table: Table) -> list[list[str | None]]:
    """The table's rows; a row that is one cell holding several priced lines (a box drawn around
    an unruled list) is one row per line."""
    rows: list[list[str | None]] = []
    for row in table.rows:
        filled = [c for c in row if c and c.strip()]
        lines = [line for line in filled[0].split("\n") if line.strip()] if len(filled) == 1 else []
        if sum(bool(find_money(line)) for line in lines) >= 2:  # several priced lines in one box
            rows += [[line] for line in lines]
        else:
            rows.append(row)
    return rows


def _from_table(page: Page, table: Table, order: float, amended: bool, words: FeeWords) -> list[FeeCandidate]:
    table = Table(rows=_table_rows(table))
    if len(table.rows) < 2:
        return []
    header = " ".join(c or "" for c in table.rows[0])
    out = []
    texts = [" ".join(squash(c) for c in row if c and c.strip()) for row in table.rows[1:]]
    split = _split_charge(texts, header, words)
    if split is not None:
        unit, period = _split_unit_period(split[1], header)
        conf = round(unit_confidence(unit, period) + SPLIT_BONUS, 2)
        out.append(FeeCandidate(split[0], unit, period, page.number, squash(split[1]), order, amended, conf))
    for row in table.rows[1:]:
        cells = [squash(c) for c in row if c and c.strip()]
        text = " ".join(_cell_name(c) for c in cells)
        amounts = table_amounts(text, header)
        found = read_candidate(text, amended, words, extra=header, amounts=amounts, header=header)
        if found is None:
            continue
        value, unit, period, _, conf = found
        out.append(
            FeeCandidate(
                value, unit, period, page.number, _row_quote(page, cells), order, amended, conf, True
            )
        )
    return out


def _header_unit(header: str) -> str | None:
    """The unit a table's header counts by: "per provider", or a column "Qty (providers)"."""
    return find_unit(header) or bare_unit(header)


def _split_unit_period(row_text: str, header: str) -> tuple[str | None, str | None]:
    """A split charge's unit and period: its CPT row's, else its header's ("Per anesthesia
    provider (CRNA ...), per year"); other rows' are theirs, the text around may say (_filled)."""
    unit = find_unit(row_text) or _header_unit(header) or bare_unit(row_text)
    return unit, find_period(row_text) or find_period(header)


def _split_charge(rows: list[str], header: str, words: FeeWords) -> tuple[Decimal, str] | None:
    """A CPT charge split over table rows: its total row, else the CPT row plus surcharge rows
    ("AMA CPT royalty $18.50", "Processing fee $1.50", "Total CPT charge $20.00")."""
    cpt: tuple[Decimal, str] | None = None
    extra: list[Decimal] = []
    for i, text in enumerate(rows):
        amounts = year_column(header, table_amounts(text, header))
        if not amounts:
            continue
        first, last = amounts[0].value, amounts[-1].value
        value = first if len(amounts) > 1 and last > first else last  # unit price, not the line total
        named = bool(words.cpt.search(text)) and not not_the_vendors_fee(text)
        follows = cpt is not None and rows[i - 1] == cpt[1] or bool(extra)  # right under the CPT row
        if phrases.pattern("fees", "total").search(text) and named:
            return value, text  # "Total CPT charge $20.00" (an invoice's "Total due" is not)
        surcharge = (
            phrases.pattern("fees", "processing").search(text)
            and not phrases.pattern("fees", "other").search(text)
            and not ROYALTY_AND_SURCHARGE.search(text)  # "CPT licence (AMA royalty and administration)"
        )
        another_period = cpt is not None and other_period(text, find_period(cpt[1]))
        if surcharge and (named or follows) and not another_period:  # "Monthly minimum" under a yearly fee
            extra.append(value)
        elif named and cpt is None:
            cpt = (value, text)
    if cpt is None or not extra:
        return None
    base = cpt[0]
    return base + sum((v for v in extra if v <= base * SURCHARGE_SHARE), Decimal(0)), cpt[1]


def _row_groups(sentences: Sentences) -> list[list[Sentence]]:
    """Runs of consecutive table-row sentences on one page."""
    where, groups = places(sentences), []
    for s in sentences:
        if not where[s.index].is_row:
            continue
        if groups and groups[-1][-1].index == s.index - 1 and groups[-1][-1].page == s.page:
            groups[-1].append(s)
        else:
            groups.append([s])
    return [g for g in groups if len(g) > 1]


def _split_candidate(doc: Document, rows: list[Sentence], header: str, words: FeeWords, start: int):
    found = _split_charge([r.text for r in rows], header, words)
    if found is None:
        return None
    value, row_text = found
    row = next(r for r in rows if r.text == row_text)
    unit, period = _split_unit_period(row_text, header)
    page, said = quote(doc, row)
    conf = round(unit_confidence(unit, period) + SPLIT_BONUS, 2)
    return FeeCandidate(value, unit, period, page, said, row.index, row.index >= start, conf)


def split_rows(doc: Document, sentences: Sentences, words: FeeWords, start: int) -> list[FeeCandidate]:
    where, out = places(sentences), []
    for rows in _row_groups(sentences):
        cand = _split_candidate(doc, rows, where[rows[0].index].header or "", words, start)
        if cand is not None:
            out.append(cand)
    return out


def _row_order(sentences: Sentences, page: int, table: Table) -> float | None:
    """The sentence where a table's CPT row is read as text, so the row has its place."""
    for row in table.rows[1:]:
        label = next((squash(c) for c in row if c and c.strip()), "")
        if label and phrases.pattern("fees", "cpt").search(label):
            hit = next((s.index for s in sentences if s.page == page and label[:25] in s.text), None)
            if hit is not None:
                return float(hit)
    return None


def table_candidates(doc: Document, sentences: Sentences, words: FeeWords, start: int) -> list[FeeCandidate]:
    first_amended_page = sentences[start].page if start < len(sentences) else len(doc.pages) + 1
    out = []
    for page in doc.pages:
        for table in page.tables or []:
            order = next((s.index + 0.5 for s in sentences if s.page == page.number), 0)
            order = _row_order(sentences, page.number, table) or order
            out.extend(_from_table(page, table, order, page.number > first_amended_page, words))
    return out


def merge_candidates(text_cands: list[FeeCandidate], table_cands: list[FeeCandidate]) -> list[FeeCandidate]:
    """A table row and the same row read as text are one candidate; keep the fuller reading."""
    merged = list(text_cands)
    for t in table_cands:
        twin = next((c for c in merged if c.page == t.page and c.amount == t.amount), None)
        if twin is None:
            merged.append(t)
            continue
        surer = max(twin, t, key=lambda c: c.confidence)
        fuller = replace(surer, unit=twin.unit or t.unit, period=twin.period or t.period)
        gained = (
            (fuller.unit is not None)
            - (surer.unit is not None)
            + (fuller.period is not None)
            - (surer.period is not None)
        )  # what the other reading adds; a doubt (price columns) stays
        merged[merged.index(twin)] = replace(
            fuller, confidence=min(0.9, round(surer.confidence + UNKNOWN_COST * gained, 2)), table=t.table
        )
    return merged
