"""Negation: whether a statement's verb is said not to happen, and how far a "not" reaches.

Counted are the negations between the verb's subject and the verb ("Vendor does not charge")
and one right after it ("charges no CPT fee"). A "not" before a comma, "and", "or" or "but"
stays with its own verb ("does not supply CPT and pays no royalty"), except one over a list of
verbs, which covers them all ("does not furnish, sublicense or pay for CPT"). A negated
"relieve" or "waive" is a positive ("nothing relieves Customer of its duty to obtain"); a
subject opened by "no" or "neither", and "Nothing in this Agreement requires ...", negate too.
"""

from __future__ import annotations

import re

from .lexicon import words

SUBJECT_REACH = 100
PREDICATE = re.compile(r"\b(?:shall|must|will|may|should|can|cannot)\b", re.I)  # a new predicate starts
NEGATION_REACH = 60
COORDINATION = re.compile(
    r",|;|\b(?:and|or|but)\b", re.I
)  # characters before a verb where a negation can be its own
NEGATED_LIST = re.compile(  # one negation over a list of verbs: "does not furnish, sublicense or pay",
    r"\b(?:not|never|no\s+obligation\s+to)\s+(?:[\w-]+,\s+){0,4}[\w-]+,?\s+(?:or|nor)\s+$", re.I
)  # "has no obligation to pay or collect"
AFTER_NEGATION = 30
OBJECT_NEGATION = re.compile(
    r"\s+(?:(?:you|customer|client|us|them|it|licensee)\s+)?(?:no|nothing|none)\b", re.I
)
NOTHING_REQUIRES = re.compile(
    r"\bnothing\b[^.;]{0,60}?\b(?:shall|will|may|is\s+to)?\s*(?:be\s+(?:construed|deemed|interpreted|read)\s+(?:as|to)\s+)?"
    r"(?:requir|oblig|compel)\w*\s+(?:[\w-]+\s+){1,3}?to\b(?:[^.;]{0,80}?\bor\s+to\b)?[^.;]{0,40}$",
    re.I,
)
NEGATIVE_SUBJECT = re.compile(
    r"(?:^\W*(?:\d+(?:\.\d+)*\.?\s+)?|[,;:]\s*|\b(?:and|but|that)\s+)(?:no|neither)\s+(?P<np>[^;:.—–]{0,90})$",
    re.I,
)  # a subject opened by "no" or "neither", running up to the verb
AUXILIARIES = re.compile(
    r"(?:\b(?:shall|will|must|may|can|could|would|should|is|are|be|been|being|ever)\s*)+$", re.I
)
NOTHING_MAKES = re.compile(  # "nothing in any proposal ... shall be read as making CPT access free of charge"
    r"\bnothing\b[^.;]{0,80}?\b(?:shall|will|may|is\s+to)\s+be\s+(?:construed|deemed|interpreted|read|taken)\s+"
    r"(?:as|to)\s+(?:mak\w*|render\w*|mean\w*)\b[^.;]{0,60}$"
    r"|\bnothing\b[^.;]{0,60}?\b(?:represents?|warrants?|states?|implies|means|says)\s+that\b[^.;]{0,200}$",
    re.I,
)  # also "Nothing in these Terms represents that Company holds a licence ... or that any royalty ..."
NOT_THE_CASE = re.compile(r"\bit\s+is\s+not\s+(?:the\s+case|true|so)\s+that\b[^.;]{0,120}$", re.I)
INVERTED_NEGATION = re.compile(
    r"\b(?:under|in|at)\s+no\s+(?:circumstances?|event|time|case)\s+(?:shall|will|may|is|are|can|must)\b"
    r"|(?:^|[,;]\s*)nor\s+(?:shall|will|may|is|are|can|must|does|do|did)\b(?![^,;]{0,80}\bnot\b)",
    re.I,
)  # "Under no circumstances will Subscriber be invoiced", "..., nor shall Vendor invoice Customer"
ASIDE = re.compile(r"\s*whether\b", re.I)  # "will not pass through, whether as a line item or ...,"
RELATIVE_NEGATION = re.compile(
    r"\b(?:that|who|which)\s+(?:do|does|did|have|has|are|is)\s+not\b.*?(?=\b(?:shall|must|will|may|should|need)\b)",
    re.I,
)


OBJECT_ONLY = re.compile(r"\s*(?:any|an?|the|such|all|its|their|your)\s*", re.I)


def negative_subject(clause: str, start: int) -> bool:
    """The verb's subject is itself negative: "no royalty, surcharge or content fee ... shall be
    invoiced", "neither Windmere nor Meridale will charge"."""
    m = NEGATIVE_SUBJECT.search(clause[max(0, start - SUBJECT_REACH) : start])
    return m is not None and not PREDICATE.search(AUXILIARIES.sub("", m.group("np")))


def negations(clause: str, subject_end: int, start: int, end: int) -> int:
    lead = clause[max(subject_end, start - NEGATION_REACH, 0) : start]
    joined = [j for j in COORDINATION.finditer(lead) if not ASIDE.match(lead, j.end())]
    while joined and OBJECT_ONLY.fullmatch(lead, joined[-1].end()):
        joined.pop()  # "shall not be entitled to invoice, any separate royalty": the comma ends an aside
    if NEGATED_LIST.search(lead):
        lead = NEGATED_LIST.search(lead).group(0)  # the list's own negation, not the words before it
    elif joined:
        lead = lead[joined[-1].end() :]  # "does not supply CPT and pays no royalty": each verb its own
    lead = RELATIVE_NEGATION.sub(" ", lead)  # "Customers that do not buy the add-on must license"
    after = clause[end : end + AFTER_NEGATION]
    count = len(words("negators").findall(lead))
    count += bool(OBJECT_NEGATION.match(after))
    if count and words("negative_verbs").search(lead):
        count += 1
    if not count and INVERTED_NEGATION.search(clause[max(0, start - SUBJECT_REACH) : start]):
        count = 1  # "Under no circumstances will Subscriber be invoiced"
    lead_in = clause[max(0, start - 2 * SUBJECT_REACH) : start]
    if NOTHING_REQUIRES.search(lead_in) or NOTHING_MAKES.search(lead_in) or NOT_THE_CASE.search(lead_in):
        count += 1  # "Nothing in this Agreement shall be construed as requiring Customer to obtain"
    return count or int(negative_subject(clause, start))
