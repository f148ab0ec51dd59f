"""From findings to a coverage verdict: who pays for the practice's CPT license.

For each coverage value the strongest signal counts, plus a little for each further one
(weights live in data/phrases.toml), so a long contract that repeats itself does not outvote
a short, clear clause. A CPT fee above zero is the strongest sign of a pass-through, a zero or
"included" CPT line a sign the vendor covers it. Signs that the vendor is an AMA distributor
(a sublicense, the AMA notice) do not decide between covering and passing the fee on; alone,
with no fee anywhere, they mean the vendor covers it (DOMAIN.md).
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import phrases
from .extract.context import HEADING_WORDS
from .extract.evidence import finding
from .extract.sentences import Sentence, Sentences
from .extract.signals import Signal
from .models import Document, Fee, Finding

FEE_WEIGHT = 6.0
ZERO_FEE_WEIGHT = 4.0
NOTICE_WEIGHT = 1.0
FURTHER_SIGNAL = 0.1  # share of each further signal's weight added to the strongest one
DISTRIBUTOR = "distributor"
# Ties go to the verdict that costs the practice more to overlook.
PRECEDENCE = ("pass_through", "customer_must_license", "vendor_covers", "unclear")
LICENSING = re.compile(r"licen[cs]|royalt|\bfees?\b|charge|\bpay|cost", re.I)


def _scores(signals: list[Signal], fee: Fee | None, zero: list[Sentence], notice: bool) -> dict[str, float]:
    weights: dict[str, list[float]] = defaultdict(list)
    for s in signals:
        weights[s.coverage].append(s.weight)
    if fee is not None:
        weights["pass_through"].append(FEE_WEIGHT)
    if zero:
        weights["vendor_covers"].append(ZERO_FEE_WEIGHT)
    if notice:
        weights[DISTRIBUTOR].append(NOTICE_WEIGHT)
    return {c: max(w) + FURTHER_SIGNAL * (sum(w) - max(w)) for c, w in weights.items()}


def _is_heading(sentence: Sentence) -> bool:
    return len(sentence.text.split()) <= HEADING_WORDS


def _licensing_sentence(sentences: Sentences) -> Sentence | None:
    mentions = sentences.find(*phrases.search_list("context", "cpt"))
    return next((s for s, _ in mentions if LICENSING.search(s.text)), None)


def decide(
    doc: Document,
    sentences: Sentences,
    signals: list[Signal],
    fee: tuple[Fee | None, Finding],
    zero: list[Sentence],
    notice: Finding,
) -> Finding:
    scores = _scores(signals, fee[0], zero, bool(notice.value))
    distributor = scores.pop(DISTRIBUTOR, 0.0)
    if scores:
        best = max(PRECEDENCE, key=lambda c: (scores.get(c, 0.0), -PRECEDENCE.index(c)))
        confidence = round(min(0.95, 0.5 + 0.45 * scores[best] / (sum(scores.values()) or 1)), 2)
        return _evidence(doc, best, signals, fee, zero, notice, confidence)
    if distributor:
        return _evidence(doc, "vendor_covers", signals, fee, zero, notice, 0.6)
    mention = _licensing_sentence(sentences)
    if mention is not None:
        return finding(doc, "coverage", "unclear", mention, 0, confidence=0.5)
    return Finding(field="coverage", value="not_addressed", stated=False, confidence=0.7)


def _evidence(
    doc: Document,
    best: str,
    signals: list[Signal],
    fee: tuple[Fee | None, Finding],
    zero: list[Sentence],
    notice: Finding,
    confidence: float,
) -> Finding:
    if best == "pass_through" and fee[0] is not None:
        return fee[1].model_copy(update={"field": "coverage", "value": best, "confidence": confidence})
    wanted = (best, DISTRIBUTOR) if best == "vendor_covers" else (best,)
    mine = sorted(
        (s for s in signals if s.coverage in wanted),
        key=lambda s: (s.coverage != best, _is_heading(s.sentence), -s.weight),
    )
    if best == "vendor_covers" and zero and not (mine and mine[0].coverage == best):
        clause = min(zero, key=_is_heading)  # a clause quotes better than its heading
        return finding(doc, "coverage", best, clause, 0, confidence)
    if mine:
        return finding(doc, "coverage", best, mine[0].sentence, mine[0].at, confidence)
    return notice.model_copy(update={"field": "coverage", "value": best, "confidence": min(confidence, 0.6)})
