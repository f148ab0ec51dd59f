"""The figures of the practice's own AMA licence (a document that is itself an AMA licence):
the royalty per user and the entity fee, as the licence or its order states them, so the
comparison's direct row can use what the practice actually pays the AMA."""

from __future__ import annotations

import re

from ..models import Document, OwnLicense
from ..textclean import squash

MONEY = r"\$\s?(?P<amount>\d{1,3}(?:,\d{3})*(?:\.\d{2})?)"
PER_USER = [  # "$18.50 for each User", "royalty of $18.50 per User", "23 Users × $18.50"
    re.compile(
        MONEY + r"\s*(?:per|for\s+each|for\s+every|each|a|/)\s*(?:authori[sz]ed\s+|named\s+)?User\b", re.I
    ),
    re.compile(r"\bUsers?\s*[×xX*]\s*" + MONEY, re.I),
]
ENTITY = re.compile(r"\bentity\s+fee\s+(?:of\s+|is\s+)?(?:\d+\s+)?" + MONEY, re.I)
PLAUSIBLE_PER_USER = (5.0, 60.0)  # US dollars a year: the AMA's royalty has been $15.50 to $18.50


def _first(doc: Document, patterns: list[re.Pattern[str]]) -> tuple[float, int, str] | None:
    for page in doc.pages:
        for rx in patterns:
            for m in rx.finditer(page.text):
                amount = float(m.group("amount").replace(",", ""))
                line_start = page.text.rfind("\n", 0, m.start()) + 1
                line_end = page.text.find("\n", m.end())
                quote = squash(page.text[line_start : line_end if line_end >= 0 else None])
                return amount, page.number, quote
    return None


def own_license(doc: Document) -> OwnLicense | None:
    """The licence's royalty per user (and entity fee, where stated), or None if not stated."""
    user = _first(doc, PER_USER)
    if user is None or not PLAUSIBLE_PER_USER[0] <= user[0] <= PLAUSIBLE_PER_USER[1]:
        return None
    entity = _first(doc, [ENTITY])
    return OwnLicense(
        per_user=user[0],
        entity_fee=entity[0] if entity else None,
        page=user[1],
        quote=user[2],
    )
