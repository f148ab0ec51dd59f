"""Statements, not phrases: each clause about CPT read as who does what, negated or not.

A statement is one act of data/acts.toml (charge, pay, include, separate, sublicense, obtain,
provide, distributor, third_party) found in a clause about CPT, with

- its **doer**: the role (parties.py) of the nearest party named before the verb, or after
  "by" in the passive; in an FAQ question the asker ("I", "we") is the practice;
- its **polarity**: the negations between the doer and the verb, and right after the verb
  ("charges no CPT fee"); a negated "relieve"/"waive" turns back to a positive;
- **modality** ("may", "reserves the right"), **conditions** ("if Customer uploads...") and
  **scope** (use "outside the Software" or in another system does not decide this product);
- an FAQ question's act, answered "Yes" or "No", and a pronoun ("it", "this fee") read with
  the sentence before it, so facts split over two sentences make one statement.

The outcome for (act, doer, polarity) is data: the coverage it points to, and its weight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .. import phrases
from .lexicon import Act, acts, lexicon, words
from .negation import PREDICATE, negations
from .parties import Roles
from .sentences import Sentence, Sentences
from .structure import Place, answer_text, places, unticked

CLAUSE_BREAK = re.compile(
    r";\s+|:\s+(?=[\"“]?[A-Z0-9])|,\s+(?:and|but|while|whereas)\s+(?=\w+\s+(?:shall|will|must|may|is|are|does|do)\b)|\s+but\s+"
)
SUBJECT_WINDOW = 160  # characters before a verb where its doer is looked for
AGENT = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?P<who>[\w\x27\u2019 ]{2,40}?)(?=[\s,.;)]|$)", re.I
)
IN_PRICE = re.compile(r"\s+(?:in|within|into|as\s+part\s+of)\s+(?:the|your|our|its|each)\b", re.I)
SOME_PARTY = re.compile(r"\b(?:another|other|any|an?)\s+(?:[\w-]+\s+){0,2}$", re.I)
ENDED = re.compile(
    r"[^.;]{0,80}?\b(?:expired|ended|ends|terminat\w+|will\s+not\s+be\s+renewed|was\s+not\s+renewed|"
    r"ceased?|lapsed?)\b",
    re.I,
)
THAT_COST = re.compile(r"\b(?:that|this|the)\s+(?:cost|charge|fee|amount|royalty)\s+$", re.I)
PLURAL_NOUN = re.compile(r"(?!(?:its|has|was|is|this|his|us|yours|ours)$)[A-Za-z]{3,}s", re.I)
SUBJECT_TO = re.compile(r"\bsubject\s+to\s+(?:an?\s+|the\s+)?$", re.I)
OR_AGENT = re.compile(r"\s*or\s+(?:by\s+)?(?:the\s+)?(?P<who>[\w\x27\u2019]+)", re.I)
PREPOSITION = re.compile(
    r"(?:\bto|\bfor|\bfrom|\bof|\bwith|\bby|\bon\s+behalf\s+of|\bbetween|\bin|\binto|\binside|\bwithin|\bthrough)"
    r"\s+(?:the\s+|each\s+|every\s+|any\s+|its\s+)?$",
    re.I,
)
MODIFIER = re.compile(
    r"[\x27\u2019]s?\b|\s+(?:CPT|fees?|royalt|licen|rates?|prices?|charges?|content|data|codes?|notice|copyright|"
    r"counts?|numbers?|lists?|accounts?|records?|information|staff|portal|agreement|names?|identity|base|support|"
    r"success|service|dashboard|settings|billing|management|application|system|software|workflow|EHR|PM|location|"
    r"group|website|site|users?)\b",
    re.I,
)
AUXILIARY = re.compile(
    r"\W{0,3}(?:\s*(?:\w+ly|also|itself|themselves|ourselves|alone))*\s+(?:shall|will|must|may|should|can|cannot|"
    r"is|are|was|were|has|have|does|do|did|agrees?|represents?|warrants?|needs?|acknowledges?|won[\x27\u2019]t|"
    r"don[\x27\u2019]t|doesn[\x27\u2019]t|never|not)\b",
    re.I,
)
ADJACENT_VERB = re.compile(r"\s+(?:\w+ly\s+)?")  # nothing but an adverb between a subject and its verb
OWNER = re.compile(r"(?:^|\s)(?P<who>our|its|their|your|my|[A-Z][\w-]*[\x27\u2019]s)\s+$")
MODAL_REACH = 60
FEATURE_OBJECT = re.compile(  # the verb, then a product feature "for" or "of" codes
    r"\b(?:includ|incorporat|contain|offer|provid|bundl)\w*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:look-?ups?|search(?:es)?|pick\s*lists?|tools?|fields?|screens?|validation|edits?|crosswalks?|"
    r"favou?rites|templates?|support)\s+(?:for|of)\b",
    re.I,
)
POINTS_BACK = re.compile(r"\b(?:it|this|that|these|those|such)\b", re.I)
COORDINATED = re.compile(r",\s+(?:and|but|while|whereas)\s+", re.I)  # a clause of its own
TELLING = re.compile(
    r"\b(?:write|writing|notify|contact|tell|inform|advise|send|e-?mail|call|reach\s+out)\s+(?:to\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
FIRM = re.compile(r"\b(?:must|shall|will|agrees?\s+to|(?:is|are)\s+required\s+to)\b", re.I)
DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\s+$", re.I)  # right before the verb
OBJECT_WINDOW = 90  # characters after a verb where its object must be named
PRICE_REACH = 120  # characters either side of an inclusion where the price it sits in is named
ROYALTY = re.compile(r"\broyalt(?:y|ies)\b", re.I)  # a sentence about royalties reads the one before
ADVERBIAL = re.compile(r"\b(?:no|without|free)\b", re.I)  # "CPT content is provided at no additional charge"
FREE_WORDS = re.compile(r"at\s+no\b|without\b|free\b", re.I)
CPT_WORD = re.compile(r"\bCPT\b|\bAMA\b|current\s+procedural", re.I)
SERVICE = re.compile(
    r"\b(?:load|import|install|assist|help|support|train|configur|migrat|convert|upload|set\s+up|implement)\w*",
    re.I,
)
SELECTION_HEADER = re.compile(
    r"\b(?:selected|elected|chosen|opted|included\s+in\s+order|ordered)\s*\??\s*$", re.I
)
NOT_SELECTED = re.compile(r"\b(?:no|not\s+selected|declined|none)\s*$", re.I)
YES_CELL = re.compile(r"\b(?:yes|selected)\s*$", re.I)


def not_selected(place, text: str, rows: Sequence[str] = ()) -> bool:
    """A table row whose "Selected" cell says No (under such a header, or beside rows that end
    in Yes): an option the practice did not take."""
    if not place.is_row or not NOT_SELECTED.search(text):
        return False
    return bool(SELECTION_HEADER.search(place.header or "") or any(YES_CELL.search(r) for r in rows))


BILL_SUBJECT = re.compile(  # "your invoice will not include"; not the verb: "Oriel bills the royalty"
    r"\b(?:your|the|our|each|every|any|an?|this|that|its|their|future|later|subsequent|upcoming|all)\s+"
    r"(?:[\w-]+\s+){0,2}(?:invoices?|bills?|statements?)(?:\s+(?!and\b|or\b)[\w\x27\u2019]+){0,4}?\s+(?:not|never)\s+$",
    re.I,
)  # not "The CPT fee is shown on the invoice and is not included in the price": the fee is its subject
NO_CHARGE_ON_BILL = ("vendor_covers", 3.0)
NO_CHARGE_SUBJECT = re.compile(
    r"\bno\s+(?:[\w®-]+\s+){0,3}(?:charges?|fees?|amounts?|royalt(?:y|ies))\s+(?:is|are|will\s+be|shall\s+be)\s+$",
    re.I,
)
NO_CHARGE = re.compile(
    r"\bno\s+(?:additional\s+|extra\s+|separate\s+)?(?:charge|cost|fee)\b|\bfree\s+of\s+charge\b", re.I
)
FREE = re.compile(NO_CHARGE.pattern + r"|\bincluded\b", re.I)
CPT_KEYWORDS = ("cpt", "ama", "american medical", "current procedural", "hcpcs")
ANY_CONTEXT_KEYWORDS = (
    "third-party",
    "third party",
    "code set",
    "code-set",
    "licensed content",
    "whether",
    "determined",
    "request",
    "depends",
)
ANY_CONTEXT = re.compile("|".join(re.escape(k) for k in ANY_CONTEXT_KEYWORDS), re.I)  # the same words
BUILT_IN_NEGATION = {"include", "separate", "no_longer"}  # "at no additional charge" is their positive
VENDOR_COST_WEIGHT = 3.5
POSSESSOR = re.compile(r"\b(?P<who>[A-Za-z]+)[\x27\u2019]s\s+(?:[\w-]+\s+){0,3}$")
PAYS_THE_FEE = re.compile(  # the fee for that licence paid to the vendor, as its order form states
    r"\bpay\w*\s+(?:[\w-]+\s+){0,4}(?:fees?|royalt\w*|charges?)\b[^.;]{0,60}"
    r"(?:order\s+form|schedule|appendix|exhibit|attachment|price\s+list|quote|\bto\s+(?:company|vendor|licensor|us)\b)",
    re.I,
)
NOUN_INCLUDED = re.compile(r"(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bwas)(?<!\bwere)(?<!\bbeen)\s+[a-z]+\s+$")
APPOSITIVE = re.compile(r"\b(?:us|we|them|me|you|all)\s+$", re.I)
GRANT_ONWARD = re.compile(r"[^.;]{0,60}\bto\s+(?:any|a|an)\s+(?:third|other|un\w+|person|entity)", re.I)
PRONOUN_SUBJECT = re.compile(r"\b(?:it|they)\s+(?:\w+ly\s+)?$", re.I)
OPENING_PRONOUN = re.compile(r"\W*(?:it|this)\s+(?:\w+ly\s+)?", re.I)
UNDER_LICENCE = re.compile(
    r"\b(?:provided|used|distributed|supplied|included|made\s+available|reproduced)\s+under\s+(?:an?\s+)?$"
    r"|\bhow\s+(?:[\w®-]+\s+){0,3}$",
    re.I,
)
CONCESSIVE = re.compile(r",\s*whether\b[^.;]{3,120}?\bor\b", re.I)
TO_BE_LICENSED = re.compile(r"\s+to\s+be\s+(?:covered|licensed)\b", re.I)
MUST_BE = re.compile(r"\b(?:ha(?:s|ve)\s+to|needs?\s+to|must)\s+$", re.I)  # "their use has to be licensed"
RULE_ONLY = ("unclear", 1.0)
SUMS_PAYABLE = re.compile(  # "sums payable to the AMA": a noun phrase, its payer named elsewhere
    r"\b(?:royalt(?:y|ies)|sums|fees|amounts|charges|costs)\s+(?:[\w-]+\s+){0,2}payable$", re.I
)
RELATIVE_SUBJECT = re.compile(  # "its EHR supplier, which is an AMA-authorised distributor": the supplier is
    r"(?P<np>\b[\w\x27\u2019-]+(?:\s+[\w\x27\u2019-]+){0,3}),?\s+(?:which|who)\s+(?:is|are|has|have|holds?)\s+"
    r"(?:(?:an?|the|itself|also|now)\s+)*(?:[\w-]+\s+){0,2}(?:[\w]+-)?$",
    re.I,
)
REPORTED_SUBJECT = re.compile(  # "Customer represents that it holds": "it" is Customer
    r"\b(?P<who>[\w\x27\u2019]+)\s+(?:(?:hereby|further|also)\s+)?(?:represents?|warrants?|certif(?:y|ies)|"
    r"agrees?|acknowledges?|confirms?|covenants?|undertakes?|affirms?|attests?)"
    r"(?:\s+and\s+\w+)?\s+that\s+(?:it|they)\s+(?:\w+ly\s+)?$",
    re.I,
)
DUTY_OF = re.compile(
    r"(?P<who>\w+)[\x27\u2019]s\s+(?:own\s+)?(?:failure|obligation|duty|responsibility|right|election|decision)\s+to\s+(?:\w+ly\s+)?$",
    re.I,
)
SHORT_CLAUSE = 12  # words: a table cell or label names its object anywhere in it
MODAL_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,3}?(?:may|might|could)\s+(?:also\s+)?be\b", re.I
)  # "... may be required"
NOT_ALREADY = re.compile(r"\b(?:that|which)\s+(?:is|are)\s+not\s+(?:already\s+)?$", re.I)
BE_BEFORE = re.compile(r"\b(?:is|are|be|been|was|were)\s+(?:\w+ly\s+)?$", re.I)
COST_OF = re.compile(
    r"\bat\s+(?P<who>its|their|your|our|[\w]+[\x27\u2019]s)\s+(?:own\s+|sole\s+)*(?:cost|expense)", re.I
)
PERMITTED_TO = re.compile(
    r"\b(?:licensed|authori[sz]ed|permitted|allowed|entitled)\s+(?:by\s+the\s+\w+\s+)?to\s+$", re.I
)
IN_RELATIVE = re.compile(r"\b(?:that|who)\s+(?:[\w-]+\s+){1,6}$", re.I)  # "that uses the Shared Billing "
ASKED = re.compile(
    r"^\W*(?:is|are|does|do|did|will|would|can|could|should|shall|has|have)\s[^?]{0,200}\?(?=\W{0,4}\w{0,20}\W*$)",
    re.I,
)  # a question with at most a signature after it
CHARGED_TO_COVER = re.compile(  # "the Fee, which Clearinghouse passes through to cover the AMA royalty"
    r"\b(?:pass(?:es|ed)?\s+(?:through|on)|charg\w*|collect\w*|bill\w*|invoic\w*|recover\w*|fees?|surcharges?)"
    r"\s+(?:[\w-]+\s+){0,5}?(?:in\s+order\s+)?to\s+$",
    re.I,
)
GERUND_VERB = re.compile(r"\b(?:is|are|be|been|begin|began|start|started|stop|continue|keep)\s+$", re.I)
RELATIVE_OBJECT = re.compile(
    r"\b(?:that|which)\b[^,;]{0,60}$", re.I
)  # "the licence that Customer must obtain"
DISTRIBUTION = re.compile(r"\bdistribution\s+(?:licen|agreement|rights?|arrangement)", re.I)
NOT_THAT_PARTY = re.compile(
    r",?\s+(?:and|but)\s+not\s+(?:the\s+)?[\w\x27\u2019]+,", re.I
)  # "Client, and not Company,"
OTHER_LICENCE = re.compile(
    r"licen[cs]\w*\s+(?:[\w-]+\s+){0,2}(?:to|for|of)\s+(?:the\s+)?(?:software|services?|platform|application|system|product)\b"
    r"|third[- ]party",
    re.I,
)
BE_BEFORE = re.compile(  # a passive's own "is" or "be"; without one: it qualifies the noun before
    r"\b(?:is|are|was|were|be|been|being|remains?|stays?|gets?|got)\s+(?:[\w,-]+\s+){0,4}$|\b(?:as|or|and|nor)\s+$",
    re.I,
)
REDUCED_WORDS = 3  # "its CPT licence, obtained from", "for CPT content incorporated in": the noun qualified
LEADING_PREPOSITION = re.compile(r"^(?:for|of|to|in|with|from|by|on)\s+", re.I)
PASSIVE = re.compile(r"(?:ed|en|able|borne|paid|held|bought|built|available)$", re.I)
ANSWER_YES = re.compile(r"^\W*(?:yes|yep|correct|that'?s\s+right)\b", re.I)
ANSWER_NO = re.compile(r"^\W*(?:no|nope|not\s+at\s+all)\b", re.I)


@dataclass(frozen=True)
class Statement:
    act: str
    doer: str  # vendor | practice | ama | unknown
    negated: bool
    modal: bool
    conditional: bool
    coverage: str
    weight: float
    sentence: Sentence
    at: int  # where the verb starts in the sentence text
    place: Place


DEFINES_CPT = re.compile(
    r"[\"“](?P<term>[A-Z][\w&/ -]{2,40}?)[\"”]\s+(?:means|shall\s+mean|refers\s+to|includes)\b"
    r"(?P<body>[^.]{0,200})"
)


TERM_HOPS = 1  # a defined term defined by a CPT term is a CPT term too
NAMES_CPT = re.compile(
    r"\bCPT\W{0,4}\s*(?:\)\s*)?\(\s*(?:the\s+|collectively\s+)?[\"“](?P<term>[A-Z][\w&/ -]{2,40}?)[\"”]\s*\)"
)


def about_cpt(text: str, terms: tuple[str, ...] = ()) -> bool:
    """The text names CPT or the AMA, or one of the document's own terms for CPT content."""
    low = text.lower()  # "ARTICLE VI - LICENSED CODE CONTENT" names the "Licensed Code Content"
    return bool(words("cpt").search(text)) or any(t.lower() in low for t in terms)


def cpt_terms(sentences: Sentences) -> tuple[str, ...]:
    """Defined terms whose definition names CPT ('"Licensed Content" means CPT and ...'): they
    count as CPT wherever the document uses them."""
    found = list(DEFINES_CPT.finditer(sentences.text))
    terms = [m.group("term") for m in found if words("cpt").search(m.group("body"))]
    named = (m.group("term") for m in NAMES_CPT.finditer(sentences.text))  # CPT®") (the "Editorial Content")
    terms = list(dict.fromkeys([*terms, *named]))
    for _ in range(
        TERM_HOPS
    ):  # '"Royalties" means amounts payable to Licensors', the AMA among the Licensors
        more = [
            m.group("term") for m in found if m.group("term") not in terms and _names(m.group("body"), terms)
        ]
        terms += more
    return tuple(terms)


def _names(text: str, terms: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(t)}\b", text) for t in terms)


@dataclass(frozen=True)
class Reader:
    """What every clause of one document is read with: who is who, and its words for CPT."""

    roles: Roles
    terms: tuple[str, ...] = ()

    def about_cpt(self, text: str) -> bool:
        return about_cpt(text, self.terms)


def _needs_met(needs: str, text: str) -> bool:
    if needs == "fee_or_licence":
        return bool(words("fee").search(text) or words("licence").search(text))
    if needs == "licence_fee_or_cpt":
        return bool(words("licence_fee").search(text) or words("cpt").search(text))
    return not needs or bool(words(needs).search(text))


def _is_noun(clause: str, start: int) -> bool:
    before = clause[max(0, start - 20) : start].split()
    if not before:
        return False
    word = before[-1].lower().strip("\"'“(,")
    if before[-1].endswith(",") and words("fee").fullmatch(word):
        return True  # "All royalties, charges and other sums": a list of nouns
    return word in lexicon()["words"]["noun_before"] or word.isdigit()  # "your January 2025 invoice"


def _rule_only(clause: str, m: re.Match[str]) -> bool:
    """A licence no one is named to hold: "CPT codes need to be covered by a licence", "their use in
    software has to be licensed"."""
    passive = m.group(0).lower().endswith("licensed") and MUST_BE.search(clause[: m.start()])
    return bool(TO_BE_LICENSED.match(clause, m.end()) or passive)


def _doer(clause: str, start: int, end: int, roles: Roles, question: bool) -> tuple[str, int]:
    """(role, end of its mention) of who does the verb at [start, end); (unknown, -1) if nobody."""
    owner = OWNER.search(clause[max(0, start - 40) : start])
    # "covered by our distribution agreement": a verb after a possessive is a noun, its owner the doer
    if owner and (role := roles.role_of(owner.group("who"), question)):
        return role, -1
    agent = AGENT.match(clause[end : end + 60])
    if agent and (role := roles.role_of(agent.group("who").split()[0], question)) and role != "ama":
        other = OR_AGENT.match(clause, end + agent.end())  # "obtained by Customer or by Vendor"
        if other and roles.role_of(other.group("who"), question) not in (None, role):
            return "either", -1
        return role, -1  # the passive's doer ("borne by Vendor"); "licensed by the AMA" names the licensor
    relative = RELATIVE_SUBJECT.search(clause[max(0, start - 80) : start])
    if relative:
        said = [roles.role_of(w.group(0), question) for w in roles.mention_rx.finditer(relative.group("np"))]
        return next((r for r in reversed(said) if r), "third"), -1
    reported = REPORTED_SUBJECT.search(clause[max(0, start - 80) : start])
    if reported and (role := roles.role_of(reported.group("who"), question)):
        return role, -1
    if PRONOUN_SUBJECT.search(clause[max(0, start - 12) : start]):
        if OPENING_PRONOUN.fullmatch(clause[:start]):
            return "unknown", -1  # "It recovers the royalty": the line or fee just named
        return "third", -1  # "the royalty it charges": "it" is no party of the contract
    duty = DUTY_OF.search(clause[max(0, start - 60) : start])
    if duty and (role := roles.role_of(duty.group("who"), question)):
        return role, -1  # "Customer's failure to obtain", "Client's obligation to hold"
    window_start = max(0, start - SUBJECT_WINDOW)
    candidates = []
    for m in reversed(list(roles.mention_rx.finditer(clause, window_start, start))):
        modifier = MODIFIER.match(clause, m.end())
        modifier = modifier if modifier and modifier.end() <= start else None  # not the verb itself
        if PREPOSITION.search(clause[max(0, m.start() - 20) : m.start()]) or modifier:
            continue  # "to Customer", "the AMA royalty", "user counts": not the doer ("the AMA charges" is)
        if m.group(0)[-2:].lower() in ("'s", "’s"):
            continue  # "Client's practice management vendor": a possessive names whose, not who
        if m.group(0)[:1].islower() and SOME_PARTY.search(clause[max(0, m.start() - 40) : m.start()]):
            continue  # "from another AMA-authorised distributor": some party, not this contract's
        earlier = roles.mention_rx.finditer(clause, window_start, m.start())
        if IN_RELATIVE.search(clause[max(0, m.start() - 50) : m.start()]) and any(
            roles.role_of(o.group(0)) for o in earlier
        ):
            continue  # "Each Practice that uses the Billing Platform shall": the Practice shall
        role = roles.role_of(m.group(0), question)
        owner = POSSESSOR.search(clause[max(0, m.start() - 40) : m.start()])
        if role and owner and roles.role_of(owner.group("who")) not in (None, role):
            continue  # "Client's New System vendor": another party, not this contract's vendor
        if role:
            candidates.append((role, m.end()))
            if AUXILIARY.match(clause, m.end()) or ADJACENT_VERB.fullmatch(clause[m.end() : start]):
                return role, m.end()  # "Licensee shall", "we do not", "Pinecrest pays": the verb's subject
    # No mention stands right before a verb: the leftmost one is the clause's subject
    # ("We report our users to the AMA and pay the royalty"), not the nearest object.
    return candidates[-1] if candidates else ("unknown", -1)


def _object_near(needs: str, clause: str, m: re.Match[str], context: str) -> str | None:
    """The words that name the act's object: right after the verb, before a passive one ("the
    royalty is included"), before a relative clause ("the licence that Customer must obtain"),
    or, for "it"/"this fee", the sentence before. None where the object is not the act's."""
    after = clause[m.end() : m.end() + OBJECT_WINDOW]
    cut = PREDICATE.search(after)
    after = after[: cut.start()] if cut else after
    if _needs_met(needs, m.group(0) + after):
        return m.group(0) + after
    before = clause[: m.start()]
    passive = any(PASSIVE.search(w) for w in m.group(0).split()[:2]) or ADVERBIAL.search(m.group(0))
    passive = passive or before.endswith(" as ")  # "the AMA licence is covered by Vendor as part of ..."
    subject = COORDINATED.split(before)[-1]  # "..., and text-message reminders are now included"
    subject = before if POINTS_BACK.search(subject) else subject  # "..., and that cost is reflected in"
    if _reduced_relative(m.group(0), before):
        subject = LEADING_PREPOSITION.sub("", " ".join(before.split()[-REDUCED_WORDS:]))  # "... for content"
    if passive and _needs_met(needs, subject):
        return subject + m.group(0)
    relative = RELATIVE_OBJECT.search(before)
    if relative and _needs_met(needs, before[max(0, relative.start() - 40) : relative.start()]):
        return before[max(0, relative.start() - 40) :]
    if (words("anaphora").search(after[:30]) or DEMONSTRATIVE.search(before)) and _needs_met(needs, context):
        return context  # "... is included; it ...", "this question remains open": the sentence before's
    if THAT_COST.search(before[-30:]) and _needs_met(needs, context):
        return context  # "we show that cost as its own line": the royalty of the sentence before
    return None


def _excepted_inclusion(clause: str, start: int) -> bool:
    """ "... any royalty ... that is not already included in the Fees" under a negated verb: the
    exception of a "no charge" statement, not a statement that the royalty is outside the price."""
    relative = NOT_ALREADY.search(clause[:start])
    return relative is not None and bool(words("negators").search(clause[: relative.start()]))


def _reduced_relative(verb: str, before: str) -> bool:
    """A participle with no "is" or "be" of its own ("content incorporated in the Software"): it
    qualifies the noun right before it, not the clause's subject."""
    first = verb.split()[0]
    return bool(PASSIVE.search(first)) and not ADVERBIAL.search(verb) and not BE_BEFORE.search(before)


def _bare_participle(clause: str, m: re.Match[str]) -> bool:
    """ "Users added during the Term": a participle right after a plural noun, with no "by"
    naming who did it, is no act of the practice ("you uploaded", "imported ... by Licensee" are)."""
    if not m.group(0).lower().endswith("ed"):
        return False
    before = clause[max(0, m.start() - 20) : m.start()].split()
    plural = bool(before) and PLURAL_NOUN.fullmatch(before[-1]) is not None
    return plural and not re.search(r"\bby\b", clause[m.end() : m.end() + 60], re.I)


def _included_other(clause: str, m: re.Match[str], place: Place) -> bool:
    """ "X is included in the fee" where X, the subject before the verb, is neither CPT, a licence
    fee nor "it": something else is in the price."""
    if place.is_row or len(clause.split()) <= SHORT_CLAUSE or not IN_PRICE.match(clause, m.end()):
        return False
    before = clause[: m.start()]
    return not (_needs_met("licence_fee_or_cpt", before) or words("anaphora").search(before))


def _free_service(clause: str, m: re.Match[str]) -> bool:
    """An "at no charge" that prices a service (loading, importing, assistance), not CPT: named
    before it, or as its object ("will provide, at no charge, four hours of assistance with the
    first CPT import")."""
    before, after = clause[: m.start()], clause[m.end() : m.end() + OBJECT_WINDOW]
    if not FREE_WORDS.match(m.group(0)) or words("licence_fee").search(before):
        return False
    service, cpt = SERVICE.search(after), CPT_WORD.search(after)
    return bool(SERVICE.search(before)) or bool(service and cpt and service.start() < cpt.start())


def _other_licence(clause: str, m: re.Match[str]) -> bool:
    """The licence near the verb is to the software itself or to third-party content, not CPT."""
    after = clause[m.start() : m.end() + OBJECT_WINDOW]
    other = OTHER_LICENCE.search(after)
    if other is None:
        return False
    if other.group(0).lower().startswith("third"):  # "third-party code sets ..., including CPT" is CPT
        return not about_cpt(clause[m.start() :])
    return not about_cpt(after[: other.end()])  # "to the Software for each coder who assigns CPT codes"


def _object_class(near: str) -> str:
    """What an inclusion is of: a fee, a licence, or content (the words next to the verb); a
    feature for CPT ("includes lookups for CPT codes") is content, not the licence fee."""
    if FEATURE_OBJECT.search(near):
        return "content"
    for kind in ("licence_fee", "licence"):
        if words(kind).search(near):
            return kind
    return "content"


@cache
def _source_rx() -> re.Pattern[str]:
    return re.compile(lexicon()["words"]["source"])


def _source(near: str, roles: Roles) -> str | None:
    """The role a licence is obtained from ("from Company", "which Company will provide")."""
    m = _source_rx().search(near)
    if m is None:
        return None
    return roles.role_of(m.group("who") or m.group("who2"))


def _bears_cost(clause: str, doer: str, roles: Roles) -> str | None:
    """Who an "at its own cost" names: the doer for a pronoun, else the party named."""
    m = COST_OF.search(clause)
    if m is None:
        return None
    who = m.group("who")
    return (
        doer
        if who.lower() in ("its", "their", "our", "your")
        else roles.role_of(re.sub(r"[\x27\u2019]s$", "", who))
    )


def _outcome(
    act: Act, doer: str, negated: bool, direct: bool, clause: str, near: str, roles: Roles, local: str
) -> tuple[str, float] | None:
    """The coverage and weight an act points to; ``local`` is the clause around the verb, where
    the price an inclusion sits in must be named."""
    if act.by_object:
        in_price = not negated and bool(words("price").search(local))  # "included in the subscription"
        prose = act.id == "include" and len(clause.split()) > SHORT_CLAUSE  # a row's "Included" is its price
        free = NO_CHARGE if prose else FREE  # "CPT codes included in Transactions": no price
        in_price = in_price or not negated and bool(free.search(near))  # "provided at no additional charge"
        table = act.outcomes.get("price" if in_price else _object_class(near))
    else:
        table = act.outcomes.get("any") or act.outcomes.get(doer)
    if not table:
        return None
    if (
        act.id == "obtain"
        and doer == "vendor"
        and not negated
        and _bears_cost(clause, doer, roles) == "vendor"
    ):
        return "vendor_covers", VENDOR_COST_WEIGHT  # "Company shall maintain, at its sole cost, all licences"
    source = _source(near, roles) if "from_vendor" in table and not negated else None
    if act.id == "obtain" and "from_vendor" in table and not negated and PAYS_THE_FEE.search(clause):
        source = "vendor"  # "must obtain a licence ... and pay the fee set out in the Order Form" (DOMAIN.md)
    if source == "vendor":
        key = "from_vendor_free" if FREE.search(clause) and "from_vendor_free" in table else "from_vendor"
    elif act.id == "pay" and negated and direct:
        return None  # "Can I pay the AMA directly instead? No.": says nothing of paying the vendor
    else:
        key = "no" if negated else ("direct" if direct and "direct" in table else "yes")
    coverage, weight = table[key]
    return coverage, float(weight)


def _clauses(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in CLAUSE_BREAK.finditer(text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _modal(lead: str) -> bool:
    """A "may", "would", "options" before the verb makes it a possibility, unless a firm duty
    stands between them ("Before any user may view CPT, Subscriber must procure a licence")."""
    found = list(words("modal").finditer(lead))
    return bool(found) and not FIRM.search(lead, found[-1].end())


def embedded_question(clause: str, at: int) -> bool:
    """The act sits in a question a verb of telling or asking opens ("will show whether your plan
    includes CPT", "ask if your plan includes it"): nothing is stated about who pays."""
    return bool(words("asked").search(clause[:at]))


def _read_clause(
    clause: str, offset: int, context: str, s: Sentence, place: Place, reader: Reader, flip: bool
) -> list[Statement]:
    out: list[Statement] = []
    if words("superseded").search(clause):
        return out  # the clause a replacement follows ("… is deleted and replaced with: …") is old
    elsewhere = bool(words("not_licensing").search(clause))  # "like some customers saw": others' terms
    if words("former").search(s.text):  # "Section 7.2 currently provides: '…'": all of it is old
        return out
    if words("reservation").search(clause):
        return out  # "Nothing ... shall be read as a waiver of any right to recover such royalty"
    roles = reader.roles
    cpt_here = reader.about_cpt(context)
    names = [(m.start(), m.end()) for m in roles.mention_rx.finditer(clause) if " " in m.group(0).strip()]
    concession = CONCESSIVE.search(clause)  # ", whether those royalties are charged by X or by Y"
    either_way = concession.start() if concession else len(clause)
    for act in acts():
        if not (act.any_context or cpt_here) or elsewhere and act.id != "undecided":
            continue  # what others have is not this practice's term; still being decided is
        verbs = list(act.verbs.finditer(clause))
        if not verbs or not _needs_met(act.needs, context):
            continue
        for m in verbs:
            if any(a <= m.start() < b for a, b in names):
                continue  # "Billing Company": a party's name, not the verb "bill"
            if m.start() >= either_way:
                continue  # what follows "..., whether A or B" holds either way: no statement of its own
            if act.id in ("charge", "obtain", "provide", "pay", "sublicense") and _is_noun(clause, m.start()):
                continue
            if act.id == "pay" and SUMS_PAYABLE.search(clause[max(0, m.start() - 30) : m.end()]):
                continue  # "sums payable to the AMA ... shall be borne by the Licensor": "borne" says who
            if act.active_only and (
                BE_BEFORE.search(clause[: m.start()]) or _bare_participle(clause, m)
            ):  # "the codes ... are provided under our licence", "Users added during the Term"
                continue  # not the practice loading them
            aside = m.group(0).lower() == "included" and (
                APPOSITIVE.search(clause[max(0, m.start() - 12) : m.start()])
                or NOUN_INCLUDED.search(clause[max(0, m.start() - 30) : m.start()])
                and bool(re.match(r"\s*(?:[.,;)]|$)", clause[m.end() :]))
            )  # "four users per physician, physician included."
            if act.id == "include" and aside:
                continue  # "vendors, us included, ...": an aside, not an inclusion in a price
            if act.id == "separate" and TELLING.search(clause[max(0, m.start() - 40) : m.start()]):
                continue  # "We will write to you separately about this": a letter, not a charge
            if act.id == "distributor" and ENDED.match(clause, m.end()):
                continue  # "Vendor's distribution agreement with the AMA will not be renewed"
            if act.id == "load" and words("encounter_data").search(clause):
                continue  # "charge entry from superbills, including CPT codes supplied by Practice"
            if act.id == "obtain" and UNDER_LICENCE.search(clause[max(0, m.start() - 40) : m.start()]):
                continue  # "CPT content is provided under licence from the AMA", "how CPT is licensed"
            if act.id == "obtain" and SUBJECT_TO.search(clause[max(0, m.start() - 16) : m.start()]):
                continue  # "use of CPT is subject to license from the AMA": no one is told to obtain it
            if act.id in ("obtain", "load") and GRANT_ONWARD.match(clause, m.end()):
                continue  # "license CPT ... to any third party": licensing onward, not obtaining
            if act.id == "include" and _included_other(clause, m, place):
                continue  # "Payer edits ... are included in the licence fee": not CPT in the price
            if act.id != "open_question" and embedded_question(clause, m.start()):
                continue  # "a line that will show whether your plan includes CPT": asked, not said
            if act.id == "include" and PERMITTED_TO.search(clause[: m.start()]):
                continue  # "licensed by the AMA to include them": a permission, not the price
            if act.id == "include" and CHARGED_TO_COVER.search(clause[max(0, m.start() - 60) : m.start()]):
                continue  # a charge made to cover the royalty: the practice pays it
            if act.id == "include" and _free_service(clause, m):
                continue  # "will load Customer's licensed CPT file at no charge": the service is free
            if (
                act.id == "charge"
                and m.group(0).lower().endswith("ing")
                and not GERUND_VERB.search(clause[: m.start()])
            ):
                continue  # "Billing uses CPT codes": a noun
            short = place.is_row or len(clause.split()) <= SHORT_CLAUSE
            near = clause if act.any_context or short and _needs_met(act.needs, clause) else None
            near = near or _object_near(act.needs, clause, m, context)
            if near is None:
                continue
            if act.needs == "licence" and _other_licence(clause, m):
                continue
            if act.id == "obtain" and DISTRIBUTION.search(clause[max(0, m.start() - 20) : m.end() + 40]):
                continue  # "holds a distribution licence from the AMA": the distributor act reads it
            doer, subject_end = _doer(clause, m.start(), m.end(), roles, place.is_question)
            if doer in ("ama", "third") and not act.by_object and not act.any_context:
                continue  # what the AMA or an affiliate does is not the practice's licence
            inside = 0 if act.id in BUILT_IN_NEGATION else len(words("negators").findall(m.group(0)))
            scope = -1 if act.id == "separate" else subject_end  # "shall not charge Practice any separate"
            negated = ((negations(clause, scope, m.start(), m.end()) + inside) % 2 == 1) != flip
            direct = bool(words("direct").search(clause))
            local = clause[max(0, m.start() - PRICE_REACH) : m.end() + PRICE_REACH]
            result = _outcome(act, doer, negated, direct, clause, near, roles, local)
            if result is None:
                continue
            modal = _modal(clause[max(0, m.start() - MODAL_REACH) : m.start()])
            modal = modal or act.id == "separate" and bool(MODAL_AFTER.match(clause, m.end()))
            modal = modal or bool(words("open_amount").search(clause))
            coverage, weight = result
            if act.id == "obtain" and doer == "unknown" and _rule_only(clause, m):
                coverage, weight = RULE_ONLY  # "CPT codes need to be covered by an AMA licence": by whom?
            if act.id == "include" and negated and BILL_SUBJECT.search(clause[: m.start()]):
                coverage, weight = NO_CHARGE_ON_BILL  # "your invoice will not include a CPT charge"
            if act.id == "include" and _excepted_inclusion(clause, m.start()):
                continue  # "nor shall Vendor invoice ... any royalty ... that is not already included"
            if act.id == "include" and NO_CHARGE_SUBJECT.search(clause[: m.start()]):
                continue  # "no CPT charge is included in this order": no charge, the zero-fee sign says it
            if modal and act.id == "include" and _object_class(near) == "content":
                continue  # "services, which may include ... CPT code search": a feature, not the price
            if modal and act.modal_outcome and not negated:
                coverage = act.modal_outcome
            conditional = bool(
                words("condition").search(clause[: m.start()])
                or words("plan_only").search(clause[: m.start()])
                or words("condition_after").search(clause)
            )
            if words("other_scope").search(clause):
                continue
            if place.draft:
                coverage = "unclear"  # "[ALT 1: ... included in the Fees ...]": a draft's option, not a term
            out.append(
                Statement(
                    act.id, doer, negated, modal, conditional, coverage, weight, s, offset + m.start(), place
                )
            )
            break  # one reading of each act per clause
    return out


def _context(sentences: Sentences, s: Sentence, place: Place, reader: Reader) -> str:
    """The words a clause is read with: its heading, its FAQ question, its table header, and the
    sentence before when it speaks of 'it' or 'this fee'."""
    parts = [s.text, place.heading, place.question or "", place.header or ""]
    if (
        s.index
        and not reader.about_cpt(s.text)
        and (words("anaphora").search(s.text) or ROYALTY.search(s.text))
    ):  # "... CPT content is provided ... 2.2 Applicable royalties may be charged."
        parts.append(sentences[s.index - 1].text)
    return " ".join(parts)


def _answer_flip(sentences: Sentences, s: Sentence) -> bool | None:
    """For an FAQ question: True if the next sentence answers No, False for Yes, None otherwise."""
    if s.index + 1 >= len(sentences):
        return None
    answer = answer_text(sentences[s.index + 1].text)
    if ANSWER_NO.match(answer):
        return True
    if ANSWER_YES.match(answer):
        return False
    return None


def _candidates(sentences: Sentences, where: list[Place], reader: Reader) -> list[int]:
    """Sentences that can hold a statement: those naming CPT (or a defined term for it) or
    third-party content, the sentence after each (for "it"), and those under a heading or FAQ
    question that names CPT. A long contract is not read clause by clause."""
    keys = [*CPT_KEYWORDS, *ANY_CONTEXT_KEYWORDS, *(t.lower() for t in reader.terms)]
    hits = set(sentences.containing(keys))
    hits |= {i + 1 for i in hits if i + 1 < len(sentences)}
    hits |= {
        i for i, p in enumerate(where) if reader.about_cpt(p.heading) or reader.about_cpt(p.question or "")
    }
    return sorted(hits)


def _other_code_set_only(text: str, reader: Reader) -> bool:
    """A sentence about another code set (CDT, ICD-10, HCPCS Level II) that does not name CPT."""
    return bool(phrases.pattern("fees_extra", "other_code_set").search(text)) and not reader.about_cpt(text)


def read_statements(sentences: Sentences, roles: Roles, everywhere: bool = False) -> list[Statement]:
    """Every statement about CPT licensing in the document, in order. Only the sentences that can
    hold one are read (``everywhere``: all of them, which tests use to prove that changes nothing)."""
    where = places(sentences)
    reader = Reader(roles, cpt_terms(sentences))
    found: list[Statement] = []
    options_not_taken = unticked(sentences)
    for i in range(len(sentences)) if everywhere else _candidates(sentences, where, reader):
        s = sentences[i]
        place = where[s.index]
        if place.is_heading or i in options_not_taken or not_selected(place, s.text):
            continue  # a heading, or an option left unticked on the order form ("[ ] Option A")
        if not place.is_question and ASKED.match(s.text):
            continue  # "Is CPT licensing included in your price, or will we get a separate bill? - Bram"
        context = _context(sentences, s, place, reader)
        if not reader.about_cpt(context) and not ANY_CONTEXT.search(s.text):
            continue  # nothing here about CPT or third-party content: no act can hold
        if _other_code_set_only(s.text, reader):
            continue  # "The Dental Module includes CDT, which is licensed from the ADA": not CPT's terms
        flip = False
        if place.is_question:
            answered = _answer_flip(sentences, s)
            if answered is None:
                continue
            flip = answered
        text = NOT_THAT_PARTY.sub(lambda m: " " * len(m.group(0)), s.text)  # offsets kept for quotes
        for offset, clause in _clauses(text):
            found.extend(_read_clause(clause, offset, context, s, place, reader, flip))
    return found
