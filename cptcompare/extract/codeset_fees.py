"""Charges for code sets that are free (ICD-10-CM, HCPCS Level II): worth flagging (DOMAIN.md).

A sentence counts when it names the code set within a few words of an amount of money and a fee
word, and is not about CPT (a CPT fee that also names ICD-10 is a CPT fee).
"""

from __future__ import annotations

import re

from .. import phrases
from ..models import Document, Flag
from .evidence import quote
from .money import find_money
from .sentences import Sentences

FREE_SETS = ("ICD-10", "HCPCS")
NEAR = 80  # characters between the code set's name and the amount
FEE_WORD = re.compile(r"licen[cs]|royalt|\bfees?\b|charges?|subscription|price|updates?", re.I)


def _charges_for(text: str, start: int, end: int) -> bool:
    near = [m for m in find_money(text) if m.start - end < NEAR and start - m.end < NEAR]
    return bool(near) and bool(FEE_WORD.search(text))


def extract_code_set_fees(doc: Document, sentences: Sentences) -> list[Flag]:
    cpt = phrases.pattern("context", "cpt")
    out = []
    for name in FREE_SETS:
        for s, m in sentences.find(*phrases.search_list("code_sets", name)):
            if not cpt.search(s.text) and _charges_for(s.text, m.start(), m.end()):
                page, said = quote(doc, s, m.start())
                label = f"Charges for {name}, a code set that is free from the US government"
                out.append(Flag(id=name, label=label, page=page, quote=said))
                break
    return out
