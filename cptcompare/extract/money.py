"""Amounts of money and counts written in words, as contracts state them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

MONEY = re.compile(
    r"(?:(?:US\s?\$|U\.S\.\s?\$|USD\s?\$?|\$)\s?(?P<a>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<ac>\d{1,2}))?(?![\d,]\d)"
    r"|(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<bc>\d{1,2}))?\s?(?:USD|U\.S\.\s+dollars|dollars)\b)",
    re.IGNORECASE,
)

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "twenty-four": 24,
    "thirty": 30,
    "thirty-six": 36,
    "forty-five": 45,
    "forty-eight": 48,
    "sixty": 60,
    "ninety": 90,
    "one hundred twenty": 120,
    "one hundred eighty": 180,
}
WORD_NUMBER = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
COUNT = re.compile(
    rf"\(?(?P<digits>\d{{1,4}})\)?|(?P<word>{WORD_NUMBER})(?:\s*\((?P<paren>\d{{1,4}})\))?", re.I
)


@dataclass(frozen=True)
class Money:
    value: Decimal
    start: int
    end: int


def find_money(text: str) -> list[Money]:
    out = []
    for m in MONEY.finditer(text):
        whole = (m.group("a") or m.group("b")).replace(",", "")
        cents = m.group("ac") or m.group("bc") or "0"
        out.append(Money(Decimal(f"{whole}.{cents.ljust(2, '0')}"), m.start(), m.end()))
    return out


def parse_count(text: str) -> int | None:
    """'ninety (90)', '90', 'thirty-six' -> the number; None if the text does not start with one."""
    m = COUNT.match(text.strip())
    if not m:
        return None
    if m.group("digits"):
        return int(m.group("digits"))
    if m.group("paren"):
        return int(m.group("paren"))
    return NUMBER_WORDS[m.group("word").lower()]
