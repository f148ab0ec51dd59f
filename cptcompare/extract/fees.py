"""The CPT fee: amount, unit and period, with its evidence, from sentences and fee tables.

Each amount in a CPT sentence gets a role from the words next to it: the CPT fee itself,
a processing surcharge, a total, or something else (a subscription price, a cap, an
escalation step). The fee the customer pays is the total, else CPT part plus surcharges;
an amendment's figure beats the original; a zero or "included" CPT line is no fee.
One amount is read in fee_candidate.py, tables in fee_tables.py, and the unit and period a
clause leaves out in fee_context.py, and what a royalty and its add-ons sum to in fee_sums.py;
here the candidates are found, chosen and completed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import phrases
from ..models import Document, Fee, Finding
from .amounts import (
    SURCHARGE_SHARE,
    FeeWords,
    bare_unit,
    find_period,
    find_unit,
)
from .evidence import quote
from .fee_candidate import (
    VENDOR_CHARGES,
    FeeCandidate,
    direct_price,
    not_the_vendors_fee,
    read_candidate,
    unit_confidence,
)
from .fee_context import CHOICE_ASKED, as_replaced, column_period, context_texts
from .fee_sums import stated_sum, surcharge_only, with_surcharge, without_extensions
from .fee_tables import (
    BARE_AMOUNT,
    MONEY_HEADER,
    merge_candidates,
    split_rows,
    table_amounts,
    table_candidates,
)
from .lexicon import words
from .money import find_money
from .sentences import Sentence, Sentences
from .statements import embedded_question, not_selected
from .structure import FIGURE, is_question_text, not_elected, not_taken, places, wrapped_cell

DEFINITION = re.compile(
    r"[\"“](?P<term>[A-Z][\w&/ -]{2,40}?)[\"”]\s+(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as)\b"
)
NAMED_FEE = re.compile(r"\(\s*(?:the\s+)?[\"“](?P<term>[A-Z][\w&/ -]{2,40}?)[\"”]\s*\)")
CONTENT_FEE = re.compile(r"\b(?:code|content|CPT|AMA|royalt\w*|licen[cs]\w*|sublicen[cs]\w*)\b", re.I)
PART_OF = re.compile(r"^\W*\$\s?\d[\d.,]*\s+of\s+(?:that|this|it)\b", re.I)
FOOTNOTE_LEAD = re.compile(r"^\s*([†‡*¹²³]{1,2})\s*")
MONEY_SIGN = re.compile(r"\$|\bUSD\b|dollars?", re.I)
FOLLOW_UP_WINDOW = 2  # sentences back to look for the CPT fee an amount belongs to
FOLLOW_UP_TRUST = 0.85  # an amount read with the sentence before it is a little less sure
HEADED_TRUST = 0.9
HEADED_REACH = 3  # sentences under a heading naming the CPT fee that may state its amount
LABEL_WORDS = 6  # a clause's own short title ("C2. CPT Sublicence Fee.") names what it prices
FEE_NOUN = re.compile(r"\b(?:fees?|(?:sur)?charges?|royalt\w*|costs?|prices?|payments?)\b", re.I)
COPULA = r"\s+(?:is|costs|comes\s+to|will\s+be)\b"
IT_IS = re.compile(r"^\W*(?:it|this|that)" + COPULA, re.I)
WAIVED = re.compile(
    r"\b(?:that|this|the|such)\s+(?:[\w-]+\s+){0,3}(?:fee|charge|line)\s+(?:is|will\s+be|shall\s+be)\s+"
    r"(?:hereby\s+)?(?:waived|deleted|removed|discontinued|cancell?ed)\b",
    re.I,
)
WAIVED_REACH = 2  # sentences after a fee that may end it
CODE_COLUMN = re.compile(r"\bCPT\W{0,3}\s*codes?\b", re.I)
CODE_NUMBER = re.compile(r"\b\d{4}[\dFTU]\b")  # a CPT code: 80053, 0001U, 3074F
SUBJECT_LINE = re.compile(  # "Subject: RE: CPT licence charge on your statement Rick,": up to the greeting
    r"\bSubject:\s*(?:(?:RE|FW|FWD):\s*)*(.{3,80}?)(?=\s+(?:From|To|Cc|Date):|$|\s+\w+,$)", re.I
)
BACK_REFERENCE = re.compile(  # "It is $6.00", "For Northfield, it will be $18.50", "The confirmed amount is"
    r"^\W*(?:(?:for|in|at|on)\s+(?:[\w-]+\s+){1,3}?,?\s*)?"
    r"(?:it|this|that|the\s+(?:(?:confirmed|correct|corrected|final|actual|revised|updated|new)\s+)?"
    r"(?:charge|fee|cost|amount|price|line|rate))" + COPULA,
    re.I,
)
SECTION_REF = re.compile(r"\bSection\s+(\d{1,3}(?:\.\d{1,3})+)\b", re.I)  # "Section 6.4", not "Section 6"
LABEL_NOUN = re.compile(FEE_NOUN.pattern + r"|\blicen[cs]es?\b", re.I)
NOT_INCLUDED = re.compile(
    r"\bnot\s+(?:\w+\s+)?(?:included|waived|free)\b|\bexcluded\b|\bno\s+part\s+of\b"
    r"|\bnothing\b[^.;]{0,120}\bfree\b",
    re.I,
)  # "No part of that royalty is waived, and nothing ... shall be read as making CPT access free"
COMPETING_CONFIDENCE = 0.7
DEFINITION_GOES_ON = re.compile(  # "It is the charge we collect for ...", after '"X Charge" means $22.50'
    r"\W*(?:it|this|that|such)\s+(?:(?:amount|fee|charge)\s+)?(?:is|covers|pays|represents|reflects|recovers)\b",
    re.I,
)
OVERRIDES = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:[A-Z][\w ]{0,30}\.\s+)?notwithstanding\b", re.I)
CONDITIONAL = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:if|should|in\s+the\s+event|unless)\b", re.I)


def defined_fee_terms(sentences: Sentences) -> list[str]:
    """The document's own names for its CPT charge: defined terms whose name is a fee noun and
    whose definition is about CPT ('"Code Set Charges" means the charges ... for the CPT content')."""
    terms = []
    for s, m in sentences.find(DEFINITION, ["means", "refers", "defined"]):
        definition = s.text[m.end() :] + _definition_goes_on(sentences, s)
        if FEE_NOUN.search(m.group("term")) and phrases.pattern("fees", "cpt").search(definition):
            terms.append(m.group("term"))
    for _, m in sentences.find(NAMED_FEE, ['"', "“"]):
        term = m.group("term")
        if FEE_NOUN.search(term) and CONTENT_FEE.search(term) and term not in terms:
            terms.append(
                term
            )  # '(the "Code Content Fee")': a fee for code content, named where it is first used
    return terms


def _definition_goes_on(sentences: Sentences, s: Sentence) -> str:
    """The sentence after a definition when it goes on about the term ("... (US$22.50) per Named
    User." | "It is the charge we collect from you for the AMA's CPT content.")."""
    nxt = sentences[s.index + 1].text if s.index + 1 < len(sentences) else ""
    return " " + nxt if DEFINITION_GOES_ON.match(nxt) else ""


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
        bare = table_amounts(s.text, header) if where[s.index].is_row else None  # "AMA CPT Fee ... 20.00"
        found = read_candidate(
            s.text, s.index >= start, words, extra=header, amounts=bare or None, header=header
        )  # a row's unit may be its header's ("Annual Fee per Location")
        if found is None:
            continue
        value, unit, period, anchor, conf = found
        amended = s.index >= start or bool(phrases.pattern("fees", "amendment").search(s.text))
        page, said = quote(doc, s, anchor.start)
        out.append(FeeCandidate(value, unit, period, page, said, s.index, amended, conf))
    out += _from_follow_ups(doc, sentences, words, start) + _from_headed(doc, sentences, words, start)
    return out + split_rows(doc, sentences, words, start)


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
    amounts = table_amounts(text, header) if header else None
    found = read_candidate(
        text, s.index >= start, words, extra=extra, amounts=amounts, own=s.text, apart=apart
    )
    if found is None:
        return []
    value, unit, period, anchor, conf = found
    if anchor.start < len(lead) and direct_price(lead):
        return []  # the AMA's direct price the lead quotes ("$18.50 per user, per application"), no fee here
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
        labelled = row or where[s.index].is_row and where[prev.index].is_heading and back == 1
        noun = (
            LABEL_NOUN if IT_IS.match(s.text) or labelled else FEE_NOUN
        )  # "… the AMA licence … It is $6.00"
        if where[s.index].is_row and where[prev.index].is_row and _priced(prev.text):
            return None  # the row above is priced: another row, not this one's wrapped words
        if words.cpt.search(prev.text) and (noun.search(prev.text) or VENDOR_CHARGES.search(prev.text)):
            return " ".join(x.text for x in sentences[prev.index : s.index])  # "... CPT ... will be billed"
        if row and where[prev.index].is_row:
            return None  # another row's words
    return _message_subject(sentences, s, words) or _section_lead(sentences, s, words)


def _message_subject(sentences: Sentences, s: Sentence, words: FeeWords) -> str | None:
    """In an e-mail, "The charge will be $2.25 ..." under the subject "CPT licence charge on your
    monthly statement": the subject names what the charge is."""
    where = places(sentences)
    here = where[s.index]
    if here.part != "message" or not BACK_REFERENCE.match(s.text):
        return None
    for prev in reversed(sentences[: s.index]):
        if where[prev.index].part_no != here.part_no:
            return None
        subject = SUBJECT_LINE.search(prev.text)
        if subject and words.cpt.search(subject.group(1)) and FEE_NOUN.search(subject.group(1)):
            return subject.group(1)
    return None


def _section_lead(sentences: Sentences, s: Sentence, words: FeeWords) -> str | None:
    """For "the rate in Section 6.4 is replaced with $19.00": the sentence elsewhere that says
    Section 6.4 is about the CPT fee ("Section 6.4 of the Agreement requires Practice to
    reimburse ... the royalty charged by the AMA for CPT")."""
    for ref in SECTION_REF.findall(s.text):
        for i in sentences.containing([f"section {ref.lower()}"]):
            other = sentences[i].text
            if i != s.index and words.cpt.search(other) and FEE_NOUN.search(other):
                return other
    return None


def _priced(text: str) -> bool:
    """A row with a price, with or without a dollar sign ("... (AMA royalty) 19.25")."""
    return bool(find_money(text) or BARE_AMOUNT.search(text))


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
        if not_the_vendors_fee(s.text):
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


def _choose(cands: list[FeeCandidate]) -> FeeCandidate | None:
    if not cands:
        return None
    amended = [c for c in cands if c.amendment]
    if amended:
        best = max(amended, key=lambda c: (c.order, c.confidence))
        royalty = [c for c in cands if not c.amendment and not surcharge_only(c) and c.amount > best.amount]
        if (
            surcharge_only(best) and royalty
        ):  # "the processing fee is reduced to $1.00": royalty + new surcharge
            base = min(royalty, key=lambda c: c.amount)
            return replace(best, amount=base.amount + best.amount, unit=best.unit or base.unit)
        return best
    return max(  # a plan's $99 loses; "Notwithstanding Section 8.2, the CPT Royalty Fee shall be $350" wins
        cands, key=lambda c: (c.confidence, bool(OVERRIDES.search(c.quote)), _plausible(c), c.table, -c.order)
    )


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
    period = period or column_period(sentences, best.order, unit)
    if (unit, period) == (best.unit, best.period):
        return best
    return replace(best, unit=unit, period=period, confidence=round(unit_confidence(unit, period) - 0.1, 2))


def _plausible(c: FeeCandidate) -> bool:
    return is_plausible(Fee(amount=float(c.amount), unit=c.unit, period=c.period))


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


def _waived_after(c: FeeCandidate, sentences: Sentences) -> bool:
    """The sentences right after the fee end it ("With effect from 1 March 2026 ... that fee is
    waived."; "Line 4 of the Order is deleted.")."""
    i = int(c.order)
    return any(WAIVED.search(s.text) for s in sentences[i + 1 : i + 1 + WAIVED_REACH])


def _latest_message(cands: list[FeeCandidate], sentences: Sentences) -> list[FeeCandidate]:
    """In an e-mail thread, of the fees its messages state, those of the latest message."""
    where = places(sentences)
    place = [where[min(int(c.order), len(sentences) - 1)] for c in cands]
    sent = [p.part_no for p in place if p.part == "message"]
    if not sent:
        return cands
    return [c for c, p in zip(cands, place, strict=True) if p.part != "message" or p.part_no == max(sent)]


def _conditional(text: str) -> bool:
    """The fee holds under a condition: "If Customer adds the coding module, ..." or "Customers on
    the Revenue Plus plan pay ..."."""
    return bool(CONDITIONAL.match(text) or words("plan_only").search(text))


def extract_fee(doc: Document, sentences: Sentences) -> FeeReading:
    """The CPT fee now in force, or an explicit 'not stated', with the part of the file it is in."""
    terms = defined_fee_terms(sentences)
    words = FeeWords.with_terms(terms)
    start = _amendment_start(sentences)
    cands = merge_candidates(
        _from_sentences(doc, sentences, words, terms, start), table_candidates(doc, sentences, words, start)
    )
    untaken = not_taken(sentences)
    cands = [
        c
        for c in cands
        if c.amount > 0 and int(c.order) not in untaken and not not_elected(c.quote, sentences)
    ]
    cands = _latest_message([c for c in cands if not _waived_after(c, sentences)], sentences)
    cands = without_extensions(cands)
    best = _choose(cands)
    if best is None:
        return FeeReading(None, Finding.not_stated("cpt_fee"))
    best = with_surcharge(_filled(best, sentences), sentences)
    best = stated_sum(best, cands, sentences)
    fee = Fee(amount=float(best.amount), unit=best.unit, period=best.period)
    competing = _competing(best, cands)
    confidence = best.confidence if is_plausible(fee) else min(best.confidence, 0.4)
    confidence = min(confidence, COMPETING_CONFIDENCE) if competing else confidence
    i = min(int(best.order), len(sentences) - 1)
    place = places(sentences)[i]
    conditional = _conditional(sentences[i].text)
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
    question ("Is the AMA fee included in our quote?", "Sales to confirm whether the royalty is
    included or billed separately") or an option not taken states nothing."""
    where, untaken = places(sentences), not_taken(sentences)
    return [
        s
        for s, m in sentences.find(phrases.pattern("fees", "zero"), phrases.keywords("fees", "cpt"))
        if _states_zero_fee(s.text)
        and not is_question_text(s.text)
        and not embedded_question(s.text, m.start())
        and not words("not_licensing").search(s.text)  # "some older plans were sold with it included"
        and s.index not in untaken
        and not not_selected(
            where[s.index], s.text, [n.text for n in sentences[max(0, s.index - 3) : s.index + 4]]
        )
    ]
