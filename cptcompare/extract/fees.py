"""The CPT fee: amount, unit and period, with its evidence, from sentences and fee tables.

Each amount in a CPT sentence gets a role from the words next to it: the CPT fee itself,
a processing surcharge, a total, or something else (a subscription price, a cap, an
escalation step). The fee the customer pays is the total, else CPT part plus surcharges;
an amendment's figure beats the original; a zero or "included" CPT line is no fee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .. import phrases
from ..models import Document, Fee, Finding, Page, Table
from ..textclean import find_quote, squash
from .amounts import (
    CHANGED_TO,
    SURCHARGE_SHARE,
    FeeWords,
    bare_unit,
    combine,
    find_period,
    find_unit,
    per_counted,
    roles,
    unit_and_period,
)
from .evidence import quote
from .fee_context import CHOICE_ASKED, NEIGHBOURS, as_replaced, context_texts
from .money import Money, find_money
from .sentences import Sentence, Sentences
from .statements import UNCHECKED, acts, not_selected, words
from .structure import FIGURE, is_question_text, places, wrapped_cell


@dataclass(frozen=True)
class FeeCandidate:
    amount: Decimal
    unit: str | None
    period: str | None
    page: int
    quote: str
    order: float  # position in the document, for "last amendment wins"
    amendment: bool
    confidence: float
    table: bool = False  # read from a ruled table's cells (exact), not from text lines


DEFINITION = re.compile(
    r"[\"“](?P<term>[A-Z][\w&/ -]{2,40}?)[\"”]\s+(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as)\b"
)
NAMED_FEE = re.compile(r"\(\s*(?:the\s+)?[\"“](?P<term>[A-Z][\w&/ -]{2,40}?)[\"”]\s*\)")
CONTENT_FEE = re.compile(r"\b(?:code|content|CPT|AMA|royalt\w*|licen[cs]\w*|sublicen[cs]\w*)\b", re.I)
MONEY_HEADER = re.compile(r"\$|\bUSD\b|price|amount|\bfees?\b|charge|cost|\brate\b", re.I)
BARE_AMOUNT = re.compile(r"(?<![\w.$,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\w.,]\d)")
PART_OF = re.compile(r"^\W*\$\s?\d[\d.,]*\s+of\s+(?:that|this|it)\b", re.I)
FOOTNOTE_LEAD = re.compile(r"^\s*([†‡*¹²³]{1,2})\s*")
MONEY_SIGN = re.compile(r"\$|\bUSD\b|dollars?", re.I)
FOLLOW_UP_WINDOW = 2  # sentences back to look for the CPT fee an amount belongs to
FOLLOW_UP_TRUST = 0.85  # an amount read with the sentence before it is a little less sure
HEADED_TRUST = 0.9
HEADED_REACH = 3  # sentences under a heading naming the CPT fee that may state its amount
LABEL_WORDS = 6  # a clause's own short title ("C2. CPT Sublicence Fee.") names what it prices
FEE_NOUN = re.compile(r"\b(?:fees?|charges?|royalt\w*|costs?|prices?|payments?)\b", re.I)
IT_IS = re.compile(r"^\W*(?:it|this|that)\s+(?:is|costs|comes\s+to|will\s+be)\b", re.I)
WAIVED = re.compile(
    r"\b(?:that|this|the|such)\s+(?:[\w-]+\s+){0,3}(?:fee|charge|line)\s+(?:is|will\s+be|shall\s+be)\s+"
    r"(?:hereby\s+)?(?:waived|deleted|removed|discontinued|cancell?ed)\b",
    re.I,
)
WAIVED_REACH = 2  # sentences after a fee that may end it
FRAGMENT_WORDS = 4  # an amount's "sentence" this short ends a wrapped line ("$18.50 per user)")
CODE_COLUMN = re.compile(r"\bCPT\W{0,3}\s*codes?\b", re.I)
CODE_NUMBER = re.compile(r"\b\d{4}[\dFTU]\b")  # a CPT code: 80053, 0001U, 3074F
BACK_REFERENCE = re.compile(
    r"^\W*(?:it|this|that|the\s+(?:charge|fee|cost|amount|price|line|rate))\s+(?:is|will\s+be|comes\s+to|costs)\b",
    re.I,
)
LABEL_NOUN = re.compile(FEE_NOUN.pattern + r"|\blicen[cs]es?\b", re.I)
VENDOR_CHARGES = re.compile(r"\b(?:collect|charg|bill|invoic|pass(?:es|ed)?\s+(?:through|on|along))\w*", re.I)
AMA_CHARGES = re.compile(
    r"\b(?:the\s+)?(?:AMA|American\s+Medical\s+Association)\s+(?:currently\s+)?(?:charges|bills)\b", re.I
)
SPLIT_BONUS = 0.03  # a charge read from its total or royalty + surcharge rows beats one row alone
NOT_INCLUDED = re.compile(
    r"\bnot\s+(?:\w+\s+)?(?:included|waived|free)\b|\bexcluded\b|\bno\s+part\s+of\b"
    r"|\bnothing\b[^.;]{0,120}\bfree\b",
    re.I,
)  # "No part of that royalty is waived, and nothing ... shall be read as making CPT access free"
COMPETING_CONFIDENCE = 0.7
YEAR = re.compile(r"\b(20[2-4]\d)\b")
UNKNOWN_COST = 0.15  # confidence lost for a fee's unknown unit, and again for its unknown period
COLUMNS_DOUBT = 0.85
COUNTED_DOUBT = 0.05  # a fee worked out from a total for several units is a little less sure
ROW_WORDS = 14
INCLUDES = re.compile(
    r"\binclud\w*|\bof\s+which\b|\bpart\s+of\b", re.I
)  # a surcharge inside the fee, not on top
ROYALTY_SURCHARGE = re.compile(  # "Royalty Handling Charge ... billed with the AMA royalty"
    r"(?:royalty|AMA|CPT)\W+(?:[\w-]+\s+){0,3}(?:handling|processing|administrat\w*)|"
    r"(?:handling|processing|administrat\w*)\W+(?:[\w-]+\s+){0,6}(?:AMA|CPT)\s+royalty",
    re.I,
)
CONDITIONAL = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:if|should|in\s+the\s+event|unless)\b", re.I)


def defined_fee_terms(sentences: Sentences) -> list[str]:
    """The document's own names for its CPT charge: defined terms whose name is a fee noun and
    whose definition is about CPT ('"Code Set Charges" means the charges ... for the CPT content')."""
    terms = []
    for s, m in sentences.find(DEFINITION, ["means", "refers", "defined"]):
        definition = s.text[m.end() :]
        if FEE_NOUN.search(m.group("term")) and phrases.pattern("fees", "cpt").search(definition):
            terms.append(m.group("term"))
    for _, m in sentences.find(NAMED_FEE, ['"', "“"]):
        term = m.group("term")
        if FEE_NOUN.search(term) and CONTENT_FEE.search(term) and term not in terms:
            terms.append(
                term
            )  # '(the "Code Content Fee")': a fee for code content, named where it is first used
    return terms


def _confidence(unit: str | None, period: str | None) -> float:
    return round(0.9 - UNKNOWN_COST * (unit is None) - UNKNOWN_COST * (period is None), 2)


def _not_the_vendors_fee(text: str) -> bool:
    """A direct-AMA price quoted for comparison, another party's or product's price, a zero line,
    another code set's fee, or a fee for use outside this product."""
    if phrases.pattern("fees_extra", "direct_license").search(text) and not VENDOR_CHARGES.search(
        AMA_CHARGES.sub("", text)
    ):  # "the AMA charges direct licensees $18.50" is the AMA's price, not the vendor's
        return True
    other = phrases.pattern("fees_extra", "not_this_fee").search(text)
    if other and not _charged_after(text, other):
        return True
    if phrases.pattern("fees_extra", "other_code_set").search(text) and not phrases.pattern(
        "context", "cpt"
    ).search(text):
        return True
    if UNCHECKED.match(text) or is_question_text(text):
        return True  # "[ ] Option A: a CPT sublicence at $20.00": not taken; "does the $310 include…?"
    return bool(words("other_scope").search(text) or words("former").search(text) or _stopped(text))


def _charged_after(text: str, inclusion: re.Match[str]) -> bool:
    """ "Includes CPT content … Company will add a CPT licensing charge of $7.50": charged after all."""
    return inclusion.group(0).lower().startswith("includ") and bool(
        VENDOR_CHARGES.search(text, inclusion.end())
    )


def _stopped(text: str) -> bool:
    """'We will no longer collect the $19.00 AMA fee': a fee that ends is not charged."""
    return bool(next(a for a in acts() if a.id == "no_longer").verbs.search(text))


def _candidate(
    text: str,
    amendment: bool,
    words: FeeWords,
    extra: str = "",
    amounts: list[Money] | None = None,
    own: str | None = None,
    header: str = "",
    apart: bool = False,
) -> tuple[Decimal, str | None, str | None, Money, float] | None:
    """The CPT amount in ``text``, its unit, period, anchor and confidence; ``own`` is the
    amount's own sentence where ``text`` adds the sentences before it (``apart``: sentences of
    their own, not a heading that labels it); ``header`` its table's."""
    amounts = find_money(text) if amounts is None else amounts
    probe = text if own is None or len(own.split()) <= FRAGMENT_WORDS else own
    if not amounts or not words.cpt.search(text) or _not_the_vendors_fee(probe):
        return None
    amended = amendment or bool(phrases.pattern("fees", "amendment").search(text))
    columns = _price_columns(own or text, amounts)
    combined = combine(roles(text, words, year_column(header, amounts), own if apart else None), amended)
    if combined is None:
        return None
    value, anchor = combined
    unit, period = unit_and_period(text, anchor, extra)
    counted = per_counted(text, anchor) if value == anchor.value else None
    if counted:  # "$133.00 ... for your seven clinicians": $19.00 per clinician
        value, unit = counted
    confidence = _confidence(unit, period) - COUNTED_DOUBT * bool(counted)
    if columns:
        confidence = round(confidence * COLUMNS_DOUBT, 2)  # "$1.55 $1.60": which column is in force?
    return value, unit, period, anchor, confidence


def _price_columns(text: str, amounts: list[Money]) -> bool:
    """A short table row with several different prices side by side (this year and next, list and
    net, price and line total): the column the fee is in cannot be told from the words."""
    values = {m.value for m in amounts if m.value > 0}
    return len(text.split()) <= ROW_WORDS and len(values) > 1


def year_column(header: str, amounts: list[Money]) -> list[Money]:
    """Under a header of ascending years ("Basis 2025 2026"), a row's prices are one per year:
    the latest year's is the one going forward (a renewal's new rate), still read with doubt."""
    years = list(dict.fromkeys(int(y) for y in YEAR.findall(header)))  # "2025 2026 Qty 2026 annual"
    if len(years) < 2 or years != sorted(years) or len(amounts) < len(years):
        return amounts
    return amounts[len(years) - 1 : len(years)]  # a line total after the year columns is not a price


def _amendment_start(sentences: Sentences) -> int:
    """Index of the first sentence of an amendment inside the document, or past the end."""
    heading = phrases.pattern("fees", "amendment_heading")
    for s in sentences:
        if s.index > 0 and heading.match(s.text):
            return s.index
    return len(sentences)


def _from_sentences(
    doc: Document, sentences: Sentences, words: FeeWords, terms: list[str], start: int
) -> list[FeeCandidate]:
    keywords = phrases.keywords("fees", "cpt") + tuple(t.lower() for t in terms)
    out = []
    where = places(sentences)
    for s, _ in sentences.find(words.cpt, keywords):
        header = where[s.index].header or ""
        bare = _table_amounts(s.text, header) if where[s.index].is_row else None  # "AMA CPT Fee ... 20.00"
        found = _candidate(s.text, s.index >= start, words, amounts=bare or None, header=header)
        if found is None:
            continue
        value, unit, period, anchor, conf = found
        amended = s.index >= start or bool(phrases.pattern("fees", "amendment").search(s.text))
        page, said = quote(doc, s, anchor.start)
        out.append(FeeCandidate(value, unit, period, page, said, s.index, amended, conf))
    out += _from_follow_ups(doc, sentences, words, start) + _from_headed(doc, sentences, words, start)
    return out + _split_rows(doc, sentences, words, start)


def _from_headed(doc: Document, sentences: Sentences, words: FeeWords, start: int) -> list[FeeCandidate]:
    """Amounts in a section whose heading names the CPT fee ("C2. CPT Sublicence Fee. Customer
    shall pay twenty-four dollars ($24.00) per Authorized User per Subscription Year.")."""
    where, out = places(sentences), []
    for s, _ in sentences.find(MONEY_SIGN, ("$", "usd", "dollar")):
        label = sentences[s.index - 1].text if s.index else ""
        heading = label if len(label.split()) <= LABEL_WORDS else where[s.index].heading
        field = heading == label and not where[s.index - 1].is_row and not find_money(label)
        noun = LABEL_NOUN if field else FEE_NOUN  # an order-form field "CPT License." names what follows
        if words.cpt.search(s.text) or not (words.cpt.search(heading) and noun.search(heading)):
            continue
        if (
            heading != label
            and s.index - next((i for i in range(s.index, -1, -1) if where[i].is_heading), 0) > HEADED_REACH
        ):
            continue
        out += _led(doc, s, heading, words, start, HEADED_TRUST)
    return out


def _led(
    doc: Document,
    s: Sentence,
    lead: str,
    words: FeeWords,
    start: int,
    trust: float,
    extra: str = "",
    header: str = "",
    apart: bool = False,
) -> list[FeeCandidate]:
    """The CPT amount of a sentence read with the words that lead to it (a heading, the
    sentences before), quoted from the sentence itself; [] where it holds none. Under a table
    header that names money, bare figures count ("1 275.00"). ``apart``: the lead is sentences
    of their own, whose other prices are not this amount's."""
    if CODE_NUMBER.search(s.text) and CODE_COLUMN.search(lead):
        return []  # "Test | CPT code(s) | Client price" over "Lipid panel 80061 $8.90": a test's price
    text = f"{lead} {s.text}"
    amounts = _table_amounts(text, header) if header else None
    found = _candidate(text, s.index >= start, words, extra=extra, amounts=amounts, own=s.text, apart=apart)
    if found is None:
        return []
    value, unit, period, anchor, conf = found
    page, said = quote(doc, s, max(0, anchor.start - len(lead) - 1))
    amended = s.index >= start or bool(phrases.pattern("fees", "amendment").search(s.text))
    return [FeeCandidate(value, unit, period, page, said, s.index, amended, round(conf * trust, 2))]


def _lead_in(sentences: Sentences, s: Sentence, words: FeeWords) -> str | None:
    """The sentences just before one that names only an amount ("It is $20 per clinician."),
    when one of them names the CPT fee: the context the amount belongs to."""
    marked = _footnoted(sentences, s, words)
    if marked is not None:
        return marked
    after = sentences[s.index + 1].text if s.index + 1 < len(sentences) else ""
    if PART_OF.match(after) and words.cpt.search(after):
        return after  # "$21.00 per clinician each year. $18.50 of that is the AMA royalty; ..."
    row, where = _wrapped_row(sentences, s), places(sentences)
    for back in range(1, FOLLOW_UP_WINDOW + 1):
        if s.index - back < 0:
            return None
        prev = sentences[s.index - back]
        noun = LABEL_NOUN if IT_IS.match(s.text) or row else FEE_NOUN  # "… the AMA licence … It is $6.00"
        if where[s.index].is_row and where[prev.index].is_row and find_money(prev.text):
            return None  # the row above is priced: another row, not this one's wrapped words
        if words.cpt.search(prev.text) and noun.search(prev.text):
            return " ".join(x.text for x in sentences[prev.index : s.index])
        if row and where[prev.index].is_row:
            return None  # another row's words
    return None


def _wrapped_row(sentences: Sentences, s: Sentence) -> bool:
    """A table row whose description wrapped onto the lines above it ("AMA CPT code licence
    (medical" / "procedure codes)" / "per provider / year $15.75 6 $94.50")."""
    if not s.index or not places(sentences)[s.index].is_row:
        return False
    prev = sentences[s.index - 1].text
    return wrapped_cell(prev) and not FIGURE.search(prev)


def _footnoted(sentences: Sentences, s: Sentence, words: FeeWords) -> str | None:
    """A footnote that prices the fee its mark stands on ("a CPT Content Fee is charged for each
    Service Location†" ... "† $150.00 per Service Location"): that sentence leads to it."""
    mark = FOOTNOTE_LEAD.match(s.text)
    if mark is None:
        return None
    sign = mark.group(1)
    return next(
        (
            o.text
            for o in sentences
            if o.index != s.index
            and sign in o.text
            and not o.text.lstrip().startswith(sign)
            and words.cpt.search(o.text)
            and FEE_NOUN.search(o.text)
        ),
        None,
    )


def _from_follow_ups(doc: Document, sentences: Sentences, words: FeeWords, start: int) -> list[FeeCandidate]:
    """Amounts stated in the sentence after the one about the CPT fee (FAQs, order-form fields)."""
    out, where = [], places(sentences)
    signed = {s.index for s, _ in sentences.find(MONEY_SIGN, ("$", "usd", "dollar"))}
    bare = {  # "1 275.00" under "Qty Amount": a row's figures without a dollar sign
        s.index
        for s in sentences
        if where[s.index].is_row
        and MONEY_HEADER.search(where[s.index].header or "")
        and BARE_AMOUNT.search(s.text)
    }
    for i in sorted(signed | bare):
        s = sentences[i]
        footnote = FOOTNOTE_LEAD.match(s.text)  # "† $150.00 per Service Location, ... support fee invoice"
        if words.cpt.search(s.text) or not footnote and phrases.pattern("fees", "other").search(s.text):
            continue
        if _not_the_vendors_fee(s.text):
            continue
        context = _lead_in(sentences, s, words)
        if context is None:
            continue
        after = sentences[s.index + 1].text if s.index + 1 < len(sentences) else ""
        after = "" if CHOICE_ASKED.search(after) else after  # the next FAQ asks "per practice or per person?"
        header = where[i].header or "" if i in bare else ""
        apart = bool(BACK_REFERENCE.match(s.text))  # "It is $6.00 ...", "The charge is three dollars."
        out += _led(doc, s, context, words, start, FOLLOW_UP_TRUST, extra=after, header=header, apart=apart)
    return out


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


def _table_amounts(text: str, header: str) -> list[Money]:
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
        unit = find_unit(split[1]) or _header_unit(header)
        period = find_period(split[1]) or find_period(header)
        conf = round(_confidence(unit, period) + SPLIT_BONUS, 2)
        out.append(FeeCandidate(split[0], unit, period, page.number, squash(split[1]), order, amended, conf))
    for row in table.rows[1:]:
        cells = [squash(c) for c in row if c and c.strip()]
        text = " ".join(_cell_name(c) for c in cells)
        amounts = _table_amounts(text, header)
        found = _candidate(text, amended, words, extra=header, amounts=amounts, header=header)
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


def _split_charge(rows: list[str], header: str, words: FeeWords) -> tuple[Decimal, str] | None:
    """A CPT charge split over table rows: its total row, else the CPT row plus surcharge rows
    ("AMA CPT royalty $18.50", "Processing fee $1.50", "Total CPT charge $20.00")."""
    cpt: tuple[Decimal, str] | None = None
    extra: list[Decimal] = []
    for i, text in enumerate(rows):
        amounts = year_column(header, _table_amounts(text, header))
        if not amounts:
            continue
        first, last = amounts[0].value, amounts[-1].value
        value = first if len(amounts) > 1 and last > first else last  # unit price, not the line total
        named = bool(words.cpt.search(text)) and not _not_the_vendors_fee(text)
        follows = cpt is not None and rows[i - 1] == cpt[1] or bool(extra)  # right under the CPT row
        if phrases.pattern("fees", "total").search(text) and named:
            return value, text  # "Total CPT charge $20.00" (an invoice's "Total due" is not)
        surcharge = phrases.pattern("fees", "processing").search(text) and not phrases.pattern(
            "fees", "other"
        ).search(text)
        mine, theirs = find_period(text), cpt and find_period(cpt[1])
        other_period = bool(mine and theirs and mine != theirs)
        if surcharge and (named or follows) and not other_period:  # "Monthly minimum" under a yearly fee
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
    unit = find_unit(row_text) or _header_unit(header)  # other rows' units are theirs; the text
    period = find_period(row_text) or find_period(header)  # around the table may say (_filled)
    page, said = quote(doc, row)
    conf = round(_confidence(unit, period) + SPLIT_BONUS, 2)
    return FeeCandidate(value, unit, period, page, said, row.index, row.index >= start, conf)


def _split_rows(doc: Document, sentences: Sentences, words: FeeWords, start: int) -> list[FeeCandidate]:
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


def _table_candidates(doc: Document, sentences: Sentences, words: FeeWords, start: int) -> list[FeeCandidate]:
    first_amended_page = sentences[start].page if start < len(sentences) else len(doc.pages) + 1
    out = []
    for page in doc.pages:
        for table in page.tables or []:
            order = next((s.index + 0.5 for s in sentences if s.page == page.number), 0)
            order = _row_order(sentences, page.number, table) or order
            out.extend(_from_table(page, table, order, page.number > first_amended_page, words))
    return out


def _merge(text_cands: list[FeeCandidate], table_cands: list[FeeCandidate]) -> list[FeeCandidate]:
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


def _surcharge_only(c: FeeCandidate) -> bool:
    """A candidate that prices only the processing or handling part of the CPT fee."""
    said = c.quote
    return (
        bool(phrases.pattern("fees", "processing").search(said))
        and len(find_money(said)) <= 2
        and not (phrases.pattern("fees", "total").search(said))
    )


def _choose(cands: list[FeeCandidate]) -> FeeCandidate | None:
    if not cands:
        return None
    amended = [c for c in cands if c.amendment]
    if amended:
        best = max(amended, key=lambda c: (c.order, c.confidence))
        royalty = [c for c in cands if not c.amendment and not _surcharge_only(c) and c.amount > best.amount]
        if (
            _surcharge_only(best) and royalty
        ):  # "the processing fee is reduced to $1.00": royalty + new surcharge
            base = min(royalty, key=lambda c: c.amount)
            return replace(best, amount=base.amount + best.amount, unit=best.unit or base.unit)
        return best
    return max(cands, key=lambda c: (c.confidence, c.table, -c.order))


def _filled(best: FeeCandidate, sentences: Sentences) -> FeeCandidate:
    if best.unit and best.period or not len(sentences):
        return best
    unit, period = best.unit, best.period
    if best.amendment:
        old_unit, old_period = as_replaced(best.quote, int(best.order), sentences)
        unit, period = unit or old_unit, period or old_period
    texts = context_texts(sentences, best.order)
    unit = unit or bare_unit(texts[0])  # a table header's "Qty (providers)" counts the row's units
    for text in texts:
        unit = unit or find_unit(text)
        period = period or find_period(text)
    unit = unit or next((u for u in map(bare_unit, texts) if u), None)
    if (unit, period) == (best.unit, best.period):
        return best
    return replace(best, unit=unit, period=period, confidence=round(_confidence(unit, period) - 0.1, 2))


def per_unit_year(fee: Fee) -> float:
    return fee.amount * (12 if fee.period == "month" else 1)


def is_plausible(fee: Fee) -> bool:
    """Near enough the AMA's per-user royalty, for its unit, to be a CPT fee (data/phrases.toml)."""
    from ..ama import ama_years  # fee data, read once

    royalty = float(max(ama_years().items())[1].per_user)
    bounds = phrases.section("plausible")
    unit = fee.unit or "organization"
    return bounds["minimum"][unit] * royalty <= per_unit_year(fee) <= bounds[unit] * royalty


@dataclass(frozen=True)
class FeeReading:
    """The CPT fee now in force (or None), its finding, where it stands, and its doubts."""

    fee: Fee | None
    finding: Finding
    part: str = "body"
    part_no: int = 0
    conditional: bool = False  # "If Customer adds the coding module, an AMA fee of $22 applies"
    competing: bool = False  # the contract names other CPT amounts too


def _competing(best: FeeCandidate, cands: list[FeeCandidate]) -> bool:
    """Another CPT amount elsewhere that is neither the same figure, a surcharge of it, nor an
    amount an amendment replaced."""
    if best.amendment:
        return False
    others = {c.amount for c in cands if c.order != best.order and c.amount != best.amount}
    return any(a > best.amount * SURCHARGE_SHARE for a in others)


def _one_figure(text: str, amounts: list[Money]) -> bool:
    """One amount, or an old and a new one ("will rise from $18.00 to $18.50")."""
    return len(amounts) == 1 or (
        len(amounts) == 2 and bool(CHANGED_TO.fullmatch(text[amounts[0].end : amounts[1].start]))
    )


def _with_surcharge(best: FeeCandidate, sentences: Sentences) -> FeeCandidate:
    """A processing fee stated in the next sentences ("8.3 ... a processing fee of $2.25 per
    Named User"), added to a royalty stated alone."""
    i = int(best.order)
    own = find_money(sentences[i].text) if i < len(sentences) else []
    if not own or own[-1].value != best.amount or not _one_figure(sentences[i].text, own):
        return best  # none, several, or a surcharge already added
    tied = [s for s, _ in sentences.find(ROYALTY_SURCHARGE, ("handling", "processing", "administrat"))]
    where = places(sentences)
    for near in sentences[i + 1 : i + 1 + NEIGHBOURS] + [s for s in tied if s.index > i + NEIGHBOURS]:
        amounts = year_column(where[near.index].header or "", find_money(near.text))
        if (
            len(amounts) == 1
            and phrases.pattern("fees", "processing").search(near.text)
            and not INCLUDES.search(near.text)
        ):
            extra, period = amounts[0].value, find_period(near.text)
            if best.period and period and period != best.period:
                continue  # "Monthly minimum (transactions) per month $40.00" under a yearly fee
            if extra <= best.amount * SURCHARGE_SHARE and not phrases.pattern("fees", "other").search(
                near.text
            ):
                return replace(best, amount=best.amount + extra)
    return best


MAX_QUANTITY = 10_000


def _extension(c: FeeCandidate, cands: list[FeeCandidate]) -> bool:
    """A line total with no unit that is a whole number of times another CPT price with one
    ("Annual CPT Sublicense Fee $209.00" beside "$19.00 per Named User", 11 users): not the fee."""
    if c.unit is not None:
        return False
    for d in cands:
        if d.unit is not None and d.amount > 0 and d.amount < c.amount:
            times = c.amount / d.amount
            if times == times.to_integral_value() and 2 <= times <= MAX_QUANTITY:
                return True
    return False


def _without_extensions(cands: list[FeeCandidate]) -> list[FeeCandidate]:
    kept = [c for c in cands if not _extension(c, cands)]
    return kept or cands


def _waived_after(c: FeeCandidate, sentences: Sentences) -> bool:
    """The sentences right after the fee end it ("With effect from 1 March 2026 ... that fee is
    waived."; "Line 4 of the Order is deleted.")."""
    i = int(c.order)
    return any(WAIVED.search(s.text) for s in sentences[i + 1 : i + 1 + WAIVED_REACH])


def extract_fee(doc: Document, sentences: Sentences) -> FeeReading:
    """The CPT fee now in force, or an explicit 'not stated', with the part of the file it is in."""
    terms = defined_fee_terms(sentences)
    words = FeeWords.with_terms(terms)
    start = _amendment_start(sentences)
    cands = _merge(
        _from_sentences(doc, sentences, words, terms, start), _table_candidates(doc, sentences, words, start)
    )
    cands = _without_extensions([c for c in cands if c.amount > 0 and not _waived_after(c, sentences)])
    best = _choose(cands)
    if best is None:
        return FeeReading(None, Finding.not_stated("cpt_fee"))
    best = _with_surcharge(_filled(best, sentences), sentences)
    fee = Fee(amount=float(best.amount), unit=best.unit, period=best.period)
    competing = _competing(best, cands)
    confidence = best.confidence if is_plausible(fee) else min(best.confidence, 0.4)
    confidence = min(confidence, COMPETING_CONFIDENCE) if competing else confidence
    i = min(int(best.order), len(sentences) - 1)
    place = places(sentences)[i]
    conditional = bool(CONDITIONAL.match(sentences[i].text))
    finding = Finding(
        field="cpt_fee", value=fee.model_dump(), page=best.page, quote=best.quote, confidence=confidence
    )
    part = "amendment" if best.amendment else place.part
    return FeeReading(fee, finding, part, place.part_no, conditional, competing)


def _states_zero_fee(text: str) -> bool:
    return bool(
        phrases.pattern("fees", "cpt").search(text)
        and re.search(r"\bfee|charge|royalt|licen", text, re.I)
        and phrases.pattern("fees", "zero").search(text)
        and not NOT_INCLUDED.search(text)
        and not words("superseded").search(text)
        and not words("former").search(text)
        and not any(m.value > 0 for m in find_money(text))
    )


def zero_fee_sentences(sentences: Sentences) -> list[Sentence]:
    """Sentences that state a CPT fee of zero or 'included' (a sign the vendor covers it); a
    question ("Is the AMA fee included in our quote?") states nothing."""
    where = places(sentences)
    return [
        s
        for s, _ in sentences.find(phrases.pattern("fees", "zero"), phrases.keywords("fees", "cpt"))
        if _states_zero_fee(s.text)
        and not is_question_text(s.text)
        and not not_selected(
            where[s.index], s.text, [n.text for n in sentences[max(0, s.index - 3) : s.index + 4]]
        )
    ]
