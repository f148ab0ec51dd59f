"""From statements to a coverage verdict, with a confidence that means something.

Each statement points to a coverage value with a weight (data/acts.toml); a CPT fee of more
than zero is the strongest sign of a pass-through, a zero or "included" CPT line a sign the
vendor covers it. For each value the strongest statement counts, plus a little for each further
one. Precedence: statements in a later amendment or letter replace the body's; an exhibit that
contradicts the body with no clause saying which governs makes the answer unclear, quoting both.
A sublicence or the AMA notice alone does not say who pays (DOMAIN.md): a sublicence with no fee
anywhere is a vendor that covers CPT, at a confidence that asks for review; notices alone are
unclear. Ties go to the verdict that costs the practice more to overlook.

Confidence is high (0.85 and more) only for a clear statement that nothing in the contract
contradicts; anything less sure carries the reasons it needs review.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from ..models import Finding
from .evidence import finding
from .statements import Statement

FEE_WEIGHT = 5.0
ZERO_FEE_WEIGHT = 4.0
FURTHER = 0.1
CONDITIONAL_FACTOR = 0.5
MODAL_FACTOR = 0.6
DECIDING = 2.0  # a statement this strong decides; weaker ones only hint
OPPOSED = {
    "vendor_covers": {"pass_through", "customer_must_license", "unclear"},
    "pass_through": {"vendor_covers"},
    "customer_must_license": {"vendor_covers"},
    "unclear": set(),
}
PRECEDENCE = ("pass_through", "customer_must_license", "vendor_covers", "unclear")
HIGH = 0.85
OPEN = "The contract leaves open who pays for CPT: ask the vendor."
EITHER_WAY = "Who pays for CPT depends on a condition (for example the number of users): check which applies."
CLASH = 3.0  # an opposed sign this strong contradicts the verdict
CHARGING = {"fee", "charge", "separate"}  # what says the practice is billed (not "you pay the subscription")
STRONG = 3.5  # two plain statements this strong, agreeing, outweigh a weak sign against them
CLASH_MARGIN = 1.0  # within one part, a contradiction this close leaves the answer unclear
CLASH_ACROSS = 3.0  # between parts, only a plain statement of who pays contradicts (not a sign)
CONFIDENCE_STEPS = ((5.0, 0.93), (4.0, 0.9), (3.5, 0.88), (3.0, 0.8), (2.5, 0.75), (2.0, 0.65), (0.0, 0.55))
GOVERNS = re.compile(
    r"(?:conflict|inconsisten\w*|discrepanc\w*)(?P<mid>(?:[^.;]|\.(?=\w)){0,160}?)\b(?:(?:shall|will|does)\s+)?"
    r"(?:govern|control|prevail|take\s+precedence)s?\b",
    re.I,
)
PREVAILS_OVER = re.compile(
    r"(?P<winner>\b[\w ]{3,50}?)\s+(?:shall\s+|will\s+)?"
    r"(?:prevail|govern|control|take\s+precedence)s?\s+over\b",
    re.I,
)
OTHER_SUBJECT = re.compile(  # a BAA precedence clause: "... conflict on PHI, the addendum controls"
    r"protected\s+health\s+information|\bPHI\b|business\s+associate|\bprivacy\b|\bsecurity\b|"
    r"\bon\s+that\s+(?:subject|matter|topic)\b",
    re.I,
)
SUBJECT_AFTER = 40  # characters after "controls" that can limit it to a subject ("on that subject")
PRECEDENCE_AFTER = 90  # characters after it: "controls over any conflicting term in any Order Form"
PRECEDENCE_REACH = 220  # characters before "shall govern" that a precedence clause spans
WINNER_WORDS = 30  # characters before "shall govern" that name what governs
CPT_WORDS = re.compile(r"\bCPT\b|\bAMA\b|royalt", re.I)
BODY_WORDS = re.compile(r"\bagreement\b|\bMSA\b|\bterms\s+(?:and\s+conditions|of\s+service)\b", re.I)
EXHIBIT_WORDS = re.compile(r"order\s+form|exhibit|schedule|addend|appendix|attachment|amendment", re.I)


@dataclass
class Evidence:
    """What the verdict stands on: a statement, a fee, or a zero-fee line, as a weighed sign."""

    coverage: str
    weight: float
    finding: Finding
    part: str = "body"
    part_no: int = 0
    conditional: bool = False
    row: bool = False  # read from a table row (a plan comparison, an option list)
    act: str = "fee"  # the act a statement names; "fee" for a stated CPT fee or zero-fee line
    doer: str = "unknown"  # who the statement says does it (vendor, practice, ama, unknown)


@dataclass
class Verdict:
    coverage: Finding
    reasons: list[str] = field(default_factory=list)
    deciding: list[Finding] = field(default_factory=list)


def _weight(st: Statement) -> float:
    w = st.weight
    if st.conditional:
        w *= CONDITIONAL_FACTOR
    if st.modal and st.coverage != "unclear":
        w *= MODAL_FACTOR
    return w


def evidence_of(doc, statements: list[Statement]) -> list[Evidence]:
    out = []
    for st in statements:
        f = finding(doc, "coverage_evidence", st.coverage, st.sentence, st.at, confidence=0.0)
        where = st.place
        out.append(
            Evidence(
                st.coverage,
                _weight(st),
                f,
                where.part,
                where.part_no,
                st.conditional,
                where.is_row,
                st.act,
                st.doer,
            )
        )
    return out


def _scores(signs: list[Evidence]) -> dict[str, float]:
    weights: dict[str, list[float]] = defaultdict(list)
    for e in signs:
        weights[e.coverage].append(e.weight)
    return {c: max(w) + FURTHER * (sum(w) - max(w)) for c, w in weights.items()}


def _later_part(signs: list[Evidence]) -> list[Evidence]:
    """The signs of the latest amendment, letter or e-mail that decides anything, else all of them."""
    later = [e for e in signs if e.part in ("amendment", "letter", "message") and e.weight >= DECIDING]
    if not later:
        return signs
    last = max(e.part_no for e in later)
    return [e for e in signs if e.part_no == last or e.coverage == "distributor"]


def _precedence_windows(text: str) -> str:
    """The text around each 'prevail', 'govern', 'control' or 'precedence': where a precedence
    clause can be (a long contract is not scanned word by word)."""
    low, pieces = text.lower(), []
    for word in ("prevail", "govern", "control", "precedence"):
        pos = low.find(word)
        while pos >= 0:
            pieces.append(text[max(0, pos - PRECEDENCE_REACH) : pos + PRECEDENCE_AFTER])
            pos = low.find(word, pos + 1)
    return "\n".join(pieces)


def _names_cpt_near(text: str, m: re.Match[str]) -> bool:
    return bool(CPT_WORDS.search(text[max(0, m.start() - PRECEDENCE_REACH) : m.start()]))


def _governing_part(text: str) -> str | None:
    """'exhibit' or 'body': which one a precedence clause says governs, None without one."""
    text = _precedence_windows(text)
    found = [
        ("exhibit" if EXHIBIT_WORDS.search(over.group("winner")) else "body", _names_cpt_near(text, over))
        for over in PREVAILS_OVER.finditer(text)
        if EXHIBIT_WORDS.search(text[over.start() : over.end() + 60])
        and not OTHER_SUBJECT.search(text[over.start() : over.end() + 60])
    ]
    if found:  # a clause in the CPT section ("This Section 4 controls over any Order Form") is the one
        return max(found, key=lambda f: f[1])[0]
    for m in GOVERNS.finditer(text):
        mid = m.group("mid")
        if OTHER_SUBJECT.search(mid + text[m.end() : m.end() + SUBJECT_AFTER]):
            continue  # governs the BAA's subject only, not the fees
        if EXHIBIT_WORDS.search(mid):  # a precedence clause about the parts we compare, not the BAA
            return _named_last(mid[-WINNER_WORDS:])
    return None


def _named_last(words: str) -> str:
    """'exhibit' or 'body': the part named last before "shall govern" ("... and an Order Form,
    this Agreement prevails" names the Agreement last)."""
    exhibit = [m.end() for m in EXHIBIT_WORDS.finditer(words)]
    body = [m.end() for m in BODY_WORDS.finditer(words)]
    return "exhibit" if exhibit and (not body or exhibit[-1] > body[-1]) else "body"


def _best(scores: dict[str, float]) -> str | None:
    decided = {c: v for c, v in scores.items() if c in PRECEDENCE}
    if not decided:
        return None
    return max(PRECEDENCE, key=lambda c: (round(decided.get(c, 0.0), 3), -PRECEDENCE.index(c)))


def _confidence(top: float) -> float:
    return next(conf for floor, conf in CONFIDENCE_STEPS if top >= floor)


def _strongest(signs: list[Evidence], coverage: str) -> Evidence:
    mine = [e for e in signs if e.coverage == coverage]
    return max(
        mine, key=lambda e: (e.weight, len(e.finding.quote or ""))
    )  # a clause quotes better than its heading


def _conflict(
    signs: list[Evidence], best: str, governs: str | None, scores: dict[str, float]
) -> Evidence | None:
    """A strong sign for an opposed verdict, unsettled: in another part (body against exhibit)
    with no clause saying which governs, or as strong as the deciding one anywhere."""
    strong = _strongest(signs, best)
    for e in signs:
        if e.coverage not in OPPOSED[best] or e.weight < CLASH or e.conditional:
            continue
        if (
            e.part != strong.part
            and governs is None
            and e.weight >= CLASH_ACROSS
            and not (e.row or strong.row)
        ):
            return e
        if e.part == strong.part and scores[best] - scores[e.coverage] < CLASH_MARGIN:
            return e
    return None


def _only_unless(signs: list[Evidence], best: str) -> bool:
    """A verdict resting only on conditions beside a plain sublicence: the sublicence decides."""
    return all(e.conditional for e in signs if e.coverage == best) and any(
        e.coverage == "distributor" and not e.conditional and e.weight >= DECIDING for e in signs
    )


def _hint_beside_sublicence(signs: list[Evidence], best: str, scores: dict[str, float]) -> bool:
    """Only a hint that it is unclear ("contains CPT licensed to Vendor by the AMA") beside a
    plain sublicence the vendor grants: the sublicence decides (coverage.py's fallback)."""
    return (
        best == "unclear"
        and scores[best] < DECIDING
        and any(
            e.coverage == "distributor" and e.doer == "vendor" and not e.conditional and e.weight >= DECIDING
            for e in signs
        )
    )


def _either_way(signs: list[Evidence], best: str) -> Evidence | None:
    """Every sign for the verdict holds under a condition and a strong one for an opposed
    verdict holds under another: who pays turns on a fact the contract leaves open."""
    if not all(e.conditional for e in signs if e.coverage == best):
        return None
    return next(
        (
            e
            for e in signs
            if e.conditional and e.coverage in OPPOSED[best] and e.weight >= CLASH * CONDITIONAL_FACTOR
        ),
        None,
    )


def _vendor_pays(signs: list[Evidence]) -> list[Evidence]:
    """'The vendor pays the AMA' covers CPT unless the practice is charged for it too, in the
    same part (vendors pay the AMA and recover the royalty: DOMAIN.md's pass-through FAQs); a
    charge only in another part contradicts it."""
    charged = {
        (e.part, e.part_no)
        for e in signs
        if e.coverage == "pass_through"
        and (e.act in CHARGING or e.act == "pay" and e.doer == "practice")
        and not e.conditional
    }
    return [
        e if e.coverage != "vendor_pays" else replace(e, coverage="vendor_covers")
        for e in signs
        if not (e.coverage == "vendor_pays" and (e.part, e.part_no) in charged)
    ]


def _stops_for_good(signs: list[Evidence]) -> list[Evidence]:
    """'We will no longer collect the AMA fee' is the vendor covering it, unless the same part
    says the practice must now license CPT itself (the vendor stops distributing CPT)."""
    must = {
        (e.part, e.part_no) for e in signs if e.coverage == "customer_must_license" and e.weight >= STRONG
    }
    return [e for e in signs if not (e.act == "no_longer" and (e.part, e.part_no) in must)]


def decide(signs: list[Evidence], text: str) -> Verdict | None:
    """The verdict from weighed signs; None where no sign decides (the caller says why)."""
    governs = _governing_part(text)
    signs = _stops_for_good(_vendor_pays(_later_part(signs)))
    if governs is not None:
        winner = [e for e in signs if (e.part == "body") == (governs == "body")]
        signs = winner if any(e.coverage in PRECEDENCE for e in winner) else signs
    scores = _scores(signs)
    best = _best(scores)
    if best is None:
        return None
    if _only_unless(signs, best) or _hint_beside_sublicence(signs, best, scores):
        return None  # "unless you obtain a licence directly": the AMA's terms, not who pays
    strong = _strongest(signs, best)
    either = _either_way(signs, best)
    if either is not None:  # "if over 25 users Customer licenses CPT; otherwise it is included"
        f = strong.finding.model_copy(update={"field": "coverage", "value": "unclear", "confidence": 0.55})
        return Verdict(f, [EITHER_WAY], [strong.finding, either.finding])
    clash = _conflict(signs, best, governs, scores)
    if clash is not None:
        f = strong.finding.model_copy(update={"field": "coverage", "value": "unclear", "confidence": 0.55})
        reason = (
            "The contract says two different things about who pays for CPT, and does not say which governs."
        )
        return Verdict(f, [reason], [strong.finding, clash.finding])
    confidence, reasons = _judge(signs, scores, best)
    f = strong.finding.model_copy(update={"field": "coverage", "value": best, "confidence": confidence})
    deciding = sorted((e for e in signs if e.coverage == best), key=lambda e: -e.weight)[:3]
    return Verdict(f, reasons, [e.finding for e in deciding])


def _judge(signs: list[Evidence], scores: dict[str, float], best: str) -> tuple[float, list[str]]:
    top = scores[best]
    confidence = _confidence(top)
    reasons = []
    plain = [e for e in signs if not e.conditional]  # a condition's duty does not contradict
    opposed = max((e.weight for e in plain if e.coverage in OPPOSED[best]), default=0.0)
    agreeing = sum(e.weight >= STRONG for e in plain if e.coverage == best)
    if opposed >= 2.5:
        confidence = min(confidence, 0.6)
        reasons.append("Other clauses point to a different answer; read them with the deciding one.")
    elif opposed >= 1.5 and agreeing < 2:
        confidence -= 0.1
    if all(e.conditional for e in signs if e.coverage == best):
        confidence = min(confidence, 0.6)
        reasons.append("The clause that decides this applies only under a condition.")
    if best == "unclear":
        confidence = min(confidence, 0.6)
        reasons.append(OPEN)
    if confidence < HIGH and not reasons:
        reasons.append("No clause says plainly who pays for CPT; the answer rests on weaker signs.")
    return round(confidence, 2), reasons
