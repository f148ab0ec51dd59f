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
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .parties import Roles
from .sentences import Sentence, Sentences
from .structure import Place, answer_text, places

CLAUSE_BREAK = re.compile(r";\s+|:\s+(?=[A-Z])|,\s+(?:and|but|while|whereas)\s+(?=\w+\s+(?:shall|will|must|may|is|are|does|do)\b)|\s+but\s+")
SUBJECT_WINDOW = 160  # characters before a verb where its doer is looked for
AGENT = re.compile(r"^\W{0,3}(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?P<who>[\w\x27\u2019 ]{2,40}?)(?=[\s,.;]|$)", re.I)
PREPOSITION = re.compile(r"(?:\bto|\bfor|\bfrom|\bof|\bwith|\bby|\bon\s+behalf\s+of|\bbetween)\s+(?:the\s+|each\s+|every\s+|any\s+|its\s+)?$", re.I)
MODIFIER = re.compile(
    r"[\x27\u2019]s?\b|\s+(?:CPT|fees?|royalt|licen|rates?|prices?|charges?|content|data|codes?|notice|copyright|"
    r"counts?|numbers?|lists?|accounts?|records?|information|staff|portal|agreement|names?|identity|base|support|"
    r"success|service|dashboard|settings)\b",
    re.I,
)
AUXILIARY = re.compile(
    r"\W{0,3}(?:\s*(?:\w+ly|also|itself|themselves|ourselves|alone))*\s+(?:shall|will|must|may|should|can|cannot|"
    r"is|are|was|were|has|have|does|do|did|agrees?|represents?|warrants?|needs?|acknowledges?|won[\x27\u2019]t|"
    r"don[\x27\u2019]t|doesn[\x27\u2019]t|never|not)\b",
    re.I,
)
AFTER_NEGATION = 18
OBJECT_WINDOW = 90  # characters after a verb where its object must be named
PASSIVE = re.compile(r"(?:ed|en|able|borne|paid|held|bought|built)$", re.I)
RELATIVE_NEGATION = re.compile(
    r"\b(?:that|who|which)\s+(?:do|does|did|have|has|are|is)\s+not\b.*?(?=\b(?:shall|must|will|may|should|need)\b)",
    re.I,
)
ANSWER_YES = re.compile(r"^\W*(?:yes|yep|correct|that'?s\s+right)\b", re.I)
ANSWER_NO = re.compile(r"^\W*(?:no|nope|not\s+at\s+all)\b", re.I)


@cache
def lexicon() -> dict:
    return tomllib.loads(resources.files("cptcompare").joinpath("data/acts.toml").read_text("utf-8"))


@cache
def words(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon()["words"][key]), re.I)


@dataclass(frozen=True)
class Act:
    id: str
    verbs: re.Pattern[str]
    needs: str
    any_context: bool
    modal_outcome: str | None
    by_object: bool
    outcomes: dict


@cache
def acts() -> tuple[Act, ...]:
    out = []
    for a in lexicon()["acts"]:
        table = {k: v for k, v in a.items() if isinstance(v, dict)}
        out.append(
            Act(
                id=a["id"],
                verbs=re.compile("|".join(f"(?:{v})" for v in a["verbs"]), re.I),
                needs=a.get("needs", ""),
                any_context=a.get("context") == "any",
                modal_outcome=a.get("modal"),
                by_object=a.get("by") == "object",
                outcomes=table,
            )
        )
    return tuple(out)


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


def about_cpt(text: str) -> bool:
    return bool(words("cpt").search(text))


def _needs_met(needs: str, text: str) -> bool:
    if needs == "fee_or_licence":
        return bool(words("fee").search(text) or words("licence").search(text))
    return not needs or bool(words(needs).search(text))


def _is_noun(clause: str, start: int) -> bool:
    before = clause[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower().strip("\"'“(") in lexicon()["words"]["noun_before"]


def _doer(clause: str, start: int, end: int, roles: Roles, question: bool) -> tuple[str, int]:
    """(role, end of its mention) of who does the verb at [start, end); (unknown, -1) if nobody."""
    agent = AGENT.match(clause[end : end + 60])
    if agent and (role := roles.role_of(agent.group("who").split()[0], question)) and role != "ama":
        return role, -1  # the passive's doer ("borne by Vendor"); "licensed by the AMA" names the licensor
    window_start = max(0, start - SUBJECT_WINDOW)
    candidates = []
    for m in reversed(list(roles.mention_rx.finditer(clause, window_start, start))):
        if PREPOSITION.search(clause[max(0, m.start() - 20) : m.start()]) or MODIFIER.match(clause, m.end()):
            continue  # "to Customer", "the AMA royalty", "user counts": not the doer
        role = roles.role_of(m.group(0), question)
        if role:
            candidates.append((role, m.end()))
            if AUXILIARY.match(clause, m.end()):
                return role, m.end()  # "Licensee shall", "we do not": the subject of a verb
    return candidates[0] if candidates else ("unknown", -1)


def _object_near(needs: str, clause: str, m: re.Match[str], context: str) -> bool:
    """The act's object is named right after the verb, before a passive one ("the royalty is
    included"), or, for "it"/"this fee", in the sentence before."""
    after = clause[m.end() : m.end() + OBJECT_WINDOW]
    if _needs_met(needs, after) or _needs_met(needs, m.group(0)):
        return True
    if PASSIVE.search(m.group(0).split()[-1]) and _needs_met(needs, clause[: m.start()]):
        return True
    return bool(words("anaphora").search(after[:30])) and _needs_met(needs, context)


def _negations(clause: str, subject_end: int, start: int, end: int) -> int:
    lead = clause[subject_end if subject_end >= 0 else max(0, start - 40) : start]
    lead = RELATIVE_NEGATION.sub(" ", lead)  # "Customers that do not buy the add-on must license"
    after = clause[end : end + AFTER_NEGATION]
    count = len(words("negators").findall(lead))
    count += len(re.findall(r"\b(?:no|nothing|none)\b", after, re.I))
    if count and words("negative_verbs").search(lead):
        count += 1
    return count


def _object_class(clause: str) -> str:
    """What an inclusion is about: the price (a container), a fee, a licence, or content."""
    for kind in ("price", "fee", "licence"):
        if words(kind).search(clause):
            return kind
    return "content"


def _outcome(act: Act, doer: str, negated: bool, direct: bool, clause: str) -> tuple[str, float] | None:
    if act.by_object:
        table = act.outcomes.get(_object_class(clause))
    else:
        table = act.outcomes.get("any") or act.outcomes.get(doer)
    if not table:
        return None
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


def _read_clause(
    clause: str, offset: int, context: str, s: Sentence, place: Place, roles: Roles, flip: bool
) -> list[Statement]:
    out = []
    for act in acts():
        if not (act.any_context or about_cpt(context)) or not _needs_met(act.needs, context):
            continue
        for m in act.verbs.finditer(clause):
            if act.id in ("charge", "obtain", "provide", "pay") and _is_noun(clause, m.start()):
                continue
            if not act.any_context and not _object_near(act.needs, clause, m, context):
                continue
            doer, subject_end = _doer(clause, m.start(), m.end(), roles, place.is_question)
            if doer == "ama" and not (act.by_object or "any" in act.outcomes):
                continue
            negated = (_negations(clause, subject_end, m.start(), m.end()) % 2 == 1) != flip
            direct = bool(words("direct").search(clause))
            result = _outcome(act, doer, negated, direct, clause)
            if result is None:
                continue
            modal = bool(words("modal").search(clause))
            coverage, weight = result
            if modal and act.modal_outcome and not negated:
                coverage = act.modal_outcome
            conditional = bool(words("condition").search(clause[: m.start()]))
            if words("other_scope").search(clause):
                continue
            out.append(
                Statement(act.id, doer, negated, modal, conditional, coverage, weight, s, offset + m.start(), place)
            )
            break  # one reading of each act per clause
    return out


def _context(sentences: Sentences, s: Sentence, place: Place) -> str:
    """The words a clause is read with: its heading, its FAQ question, its table header, and the
    sentence before when it speaks of 'it' or 'this fee'."""
    parts = [s.text, place.heading, place.question or "", place.header or ""]
    if s.index and not about_cpt(s.text) and words("anaphora").search(s.text):
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


def read_statements(sentences: Sentences, roles: Roles) -> list[Statement]:
    """Every statement about CPT licensing in the document, in order."""
    where = places(sentences)
    found: list[Statement] = []
    for s in sentences:
        place = where[s.index]
        if place.is_heading:
            continue
        context = _context(sentences, s, place)
        flip = False
        if place.is_question:
            answered = _answer_flip(sentences, s)
            if answered is None:
                continue
            flip = answered
        for offset, clause in _clauses(s.text):
            found.extend(_read_clause(clause, offset, context, s, place, roles, flip))
    return found
