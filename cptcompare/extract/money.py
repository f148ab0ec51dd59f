"""Amounts of money and counts written in words, as contracts state them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

MONEY = re.compile(
    r"(?:(?:US\s?\$|U\.S\.\s?\$|USD\s?\$?|\$)\s?(?P<a>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<ac>\d{1,2}))?(?![\d,]\d)"
    r"|(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<bc>\d{1,2}))?\s?(?:USD|(?:U\.S\.|United\s+States)\s+dollars|dollars)\b)",
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


UNITS_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS_WORDS = {
    w: 10 * (i + 2)
    for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
_NUMBER = r"(?:(?:{t})(?:[-\s](?:{u}))?|(?:{u}))".format(t="|".join(TENS_WORDS), u="|".join(UNITS_WORDS))
WORDS_AMOUNT = re.compile(
    rf"\b(?P<hundreds>(?:{_NUMBER})\s+hundred(?:\s+(?:and\s+)?)?)?(?P<dollars>{_NUMBER})?\s*(?:(?:U\.?S\.?|United\s+States)\s+)?dollars?"
    rf"(?:\s+and\s+(?P<cents>{_NUMBER})\s+cents?)?\b(?!\s*\()",
    re.IGNORECASE,
)


FIGURE_FOLLOWS = re.compile(r"\s*(?:and\s+[\w-]+(?:\s+[\w-]+)?\s+cents?\s*)?\(", re.I)


def _words_value(words: str | None) -> int:
    """'twenty-four' -> 24 (a number from zero to ninety-nine written in words)."""
    if not words:
        return 0
    total = 0
    for part in re.split(r"[-\s]+", words.lower()):
        total += TENS_WORDS.get(part, 0) + UNITS_WORDS.get(part, 0)
    return total


def _written(text: str, taken: list[Money]) -> list[Money]:
    """Amounts written only in words ("twenty-four dollars per Authorized User"); a written amount
    followed by its figure ("eighteen dollars ($18.00)") is the figure's, found already."""
    out = []
    for m in WORDS_AMOUNT.finditer(text):
        if not (m.group("dollars") or m.group("hundreds")) or any(
            a.start <= m.start() < a.end for a in taken
        ):
            continue
        if FIGURE_FOLLOWS.match(text, m.end()):
            continue
        hundreds = _words_value(m.group("hundreds").split()[0]) * 100 if m.group("hundreds") else 0
        value = (
            Decimal(hundreds + _words_value(m.group("dollars")))
            + Decimal(_words_value(m.group("cents"))) / 100
        )
        if value > 0:
            out.append(Money(value, m.start(), m.end()))
    return out


def find_money(text: str) -> list[Money]:
    out = []
    for m in MONEY.finditer(text):
        whole = (m.group("a") or m.group("b")).replace(",", "")
        cents = m.group("ac") or m.group("bc") or "0"
        out.append(Money(Decimal(f"{whole}.{cents.ljust(2, '0')}"), m.start(), m.end()))
    if "dollar" in text.lower():
        out = sorted(out + _written(text, out), key=lambda money: money.start)
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
