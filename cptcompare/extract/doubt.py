"""Doubts: what makes a clear-looking reading worth a person's check (data/doubt.toml).

The verdict's confidence says how plainly a clause states who pays. It cannot see what the
engine's confident answers were wrong on, first try, on the blind sets: CPT terms that change
over time, several amounts about CPT, a party called "Provider", a choice or condition that
decides who pays, hedged words, and a part of the contract that says otherwise. Each doubt found
here is a reason for review; a reading with one is never stated as fact (confidence below 0.85).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from ..models import Fee
from .context import naming
from .money import find_money
from .sentences import Sentences
from .statements import Statement

DOUBTED = 0.8  # the highest confidence a doubted reading keeps
ROYALTY_SIZED = 100  # dollars: amounts of a CPT fee's size (a royalty, a processing fee), not a subscription
PASSAGE_SIZE = 2  # sentences after the one naming CPT that still speak of it
OPPOSED = {  # the other answers, with the weight of a statement for one that is a doubt
    "vendor_covers": {"pass_through": 3.0, "customer_must_license": 3.0},
    "pass_through": {"vendor_covers": 3.0, "customer_must_license": 4.0},
    "customer_must_license": {"vendor_covers": 3.0, "pass_through": 4.0},
}  # a clear duty to license beside a pass-through is common ("you need a licence: we bill it")
PROVIDER_LABEL = re.compile(r"[\"“]Providers?(?:\s+\w+)?[\"”]")  # "Provider", "Provider NPI"
PROVIDER_WORD = re.compile(r"(?<=\w )Providers?\b")  # the defined party, not a sentence's first word


@cache
def lexicon() -> dict:
    return tomllib.loads(resources.files("cptcompare").joinpath("data/doubt.toml").read_text("utf-8"))


@cache
def _rx(kind: str, key: str = "words") -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{w})" for w in lexicon()[kind][key]), re.I)


def hedged(text: str) -> bool:
    """The amount is said as a guess ("I believe there will probably be an AMA fee, something
    like $18")."""
    return bool(_rx("hedge", "amount_words").search(text))


def _passage(sentences: Sentences) -> list[str]:
    """The sentences that name CPT or the AMA, and the few right after them."""
    near = naming(sentences)
    keep = sorted({j for i in near for j in range(i, min(i + PASSAGE_SIZE + 1, len(sentences)))})
    return [sentences[j].text for j in keep]


def _worded(kind: str, passage: list[str]) -> str | None:
    rx = _rx(kind)
    return lexicon()[kind]["reason"] if any(rx.search(t) for t in passage) else None


def _plans(text: str) -> str | None:
    return lexicon()["choice"]["reason"] if _rx("choice", "anywhere").search(text) else None


def _amounts(passage: list[str], coverage: str, fee: Fee | None) -> str | None:
    """An amount beside a "covered" answer; several royalty-sized amounts beside a fee that is
    not their sum ("$18.50 royalty and $1.50 handling" read as $20.00 is their sum: no doubt)."""
    words = lexicon()["amounts"]
    if coverage == "vendor_covers":
        return words["reason_covered"] if any(m.value > 0 for t in passage for m in find_money(t)) else None
    found = {m.value for t in passage for m in find_money(t) if 0 < m.value < ROYALTY_SIZED}
    summed = fee is not None and abs(float(sum(found)) - fee.amount) < 0.005
    return words["reason_several"] if coverage == "pass_through" and len(found) > 1 and not summed else None


def _provider(fee: Fee | None, quote: str, text: str) -> str | None:
    if fee is None or not PROVIDER_LABEL.search(text) or not PROVIDER_WORD.search(quote):
        return None
    return lexicon()["provider"]["reason"]


def _opposed(statements: list[Statement], coverage: str) -> str | None:
    against = OPPOSED[coverage]
    if any(st.weight >= against.get(st.coverage, float("inf")) and not st.conditional for st in statements):
        return lexicon()["opposed"]["reason"]
    return None


def doubts(
    sentences: Sentences, statements: list[Statement], coverage: str, fee: Fee | None, fee_quote: str
) -> list[str]:
    """Why a reading of who pays (and its fee) needs a person's check; empty when nothing does."""
    if coverage not in OPPOSED:
        return []  # "unclear" and "not addressed" carry their own reasons
    passage = _passage(sentences)
    found = [
        _worded("change", passage),
        _worded("choice", passage) or _plans(sentences.text),
        _worded("hedge", passage),
        _amounts(passage, coverage, fee),
        _provider(fee, fee_quote, sentences.text),
        _opposed(statements, coverage),
    ]
    return [r for r in found if r]
