"""From findings to a coverage verdict: who pays for the practice's CPT license.

Signals add up by class (weights live in data/phrases.toml); a CPT fee above zero is the
strongest sign of a pass-through, a zero or "included" CPT line a sign the vendor covers it,
and the AMA notice alone a weak sign of a distributor sublicense (DOMAIN.md).
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import phrases
from .extract.evidence import finding
from .extract.sentences import Sentence, Sentences
from .extract.signals import Signal
from .models import Document, Fee, Finding

FEE_WEIGHT = 6.0
ZERO_FEE_WEIGHT = 3.0
NOTICE_WEIGHT = 1.0
# Ties go to the verdict that costs the practice more to overlook.
PRECEDENCE = ("pass_through", "customer_must_license", "vendor_covers", "unclear")
LICENSING = re.compile(r"licen[cs]|royalt|\bfees?\b|charge|\bpay|cost", re.I)


def _scores(signals: list[Signal], fee: Fee | None, zero: list[Sentence], notice: bool) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    for s in signals:
        scores[s.coverage] += s.weight
    if fee is not None:
        scores["pass_through"] += FEE_WEIGHT
    if zero:
        scores["vendor_covers"] += ZERO_FEE_WEIGHT
    if notice:
        scores["vendor_covers"] += NOTICE_WEIGHT
    return scores


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
    if scores:
        best = max(PRECEDENCE, key=lambda c: (scores.get(c, 0.0), -PRECEDENCE.index(c)))
        total = sum(scores.values())
        confidence = round(min(0.95, 0.5 + 0.45 * scores[best] / total), 2)
        return _evidence(doc, best, signals, fee, zero, notice, confidence)
    mention = _licensing_sentence(sentences)
    if mention is not None:
        return finding(doc, "coverage", "unclear", mention, 0, confidence=0.5)
    return Finding(field="coverage", value="not_addressed", stated=False, confidence=0.7)


def _evidence(doc, best, signals, fee, zero, notice, confidence) -> Finding:
    if best == "pass_through" and fee[0] is not None:
        return fee[1].model_copy(update={"field": "coverage", "value": best, "confidence": confidence})
    mine = sorted((s for s in signals if s.coverage == best), key=lambda s: -s.weight)
    if mine:
        return finding(doc, "coverage", best, mine[0].sentence, mine[0].at, confidence)
    if best == "vendor_covers" and zero:
        return finding(doc, "coverage", best, zero[0], 0, confidence)
    return notice.model_copy(update={"field": "coverage", "value": best, "confidence": min(confidence, 0.6)})
