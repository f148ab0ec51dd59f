"""Who is who: the contract's parties and defined labels resolved to roles before any rule runs.

A role is ``vendor``, ``practice`` or ``ama``. The labels a contract defines in its preamble
(``Acme Health Software, Inc. ("Acme")``, ``the customer named below ("Client")``) are read
first; labels it does not define take their usual role from data/parties.toml. "Provider" is
the practice in billing-service and clearinghouse contracts and the vendor elsewhere: it takes
the role the other party's label leaves open, else the one the kind of contract gives it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

from .. import phrases
from .sentences import Sentences
from .vendor import QUOTES, entity_rx

HEAD_PAGES = 3
HEAD_SENTENCES = 400  # the parties are defined at the top, however long the first pages are
NAME_GAP = 120  # characters between a legal name and the label it is given
DEFINED = re.compile(
    rf"\(\s*(?:hereinafter\s+|each\s+a\s+|individually\s+)?(?:(?:referred\s+to\s+|called\s+)?as\s+)?"
    rf"(?:the\s+)?[{QUOTES}](?P<label>[A-Z][A-Za-z ]{{0,30}}?)[{QUOTES}]",
)
ACRONYM_LETTERS = (2, 6)
ADJACENT = re.compile(r"[^()\"“”;]{0,100}", re.S)  # a name and its label: no other party between
ANOTHER_PARTY = re.compile(r"\b(?:and|between|with|to|by)\b", re.I)
MEANS = re.compile(
    rf"[{QUOTES}](?P<label>[A-Z][A-Za-z ]{{0,30}}?)[{QUOTES}]\s+(?:means|shall\s+mean|refers\s+to)\s+"
    r"(?P<rest>[A-Z].{3,120})"
)
BRAND_OF = re.compile(
    r"\b(?P<brand>[A-Z][\w-]{2,30})(?:®|™)?\s+is\s+(?:a\s+(?:registered\s+)?trademark\s+of|offered\s+by|"
    r"a\s+product\s+of|provided\s+by|(?:developed|operated|published)\s+by)\s+(?P<owner>[^.;]{3,80})"
)
CONNECTIVES = {"and", "of", "the", "&", "for"}
FORM_FIELD = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z ]{2,25}?)\s*:?\s+(?P<name>[A-Z].{3,120})$")


@cache
def lexicon() -> dict:
    return tomllib.loads(resources.files("cptcompare").joinpath("data/parties.toml").read_text("utf-8"))


def _words(kind: str) -> frozenset[str]:
    return frozenset(lexicon()["labels"][kind])


@cache
def _rx(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon()["provider"][key]), re.I)


def default_role(label: str) -> str | None:
    low = label.lower().strip()
    for role in ("vendor", "practice", "ama", "third"):
        if low in _words(role):
            return role
    return None


@dataclass
class Roles:
    """Labels (lowercase) to roles for one document, and a pattern that finds any of them."""

    labels: dict[str, str] = field(default_factory=dict)
    provider: str = "vendor"

    def role_of(self, mention: str, question: bool = False) -> str | None:
        low = re.sub(r"[\x27\u2019]s$", "", mention.lower().strip())
        if question and low in lexicon()["labels"]["question_practice"]:
            return "practice"
        if low in self.labels:
            return self.labels[low]
        if low in _words("ambiguous"):
            return self.provider
        return default_role(low)

    @cached_property
    def mention_rx(self) -> re.Pattern[str]:
        names = set(self.labels) | _words("vendor") | _words("practice") | _words("ama") | _words("ambiguous")
        names |= _words("third")
        names |= set(lexicon()["labels"]["question_practice"])
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?:[\x27\u2019]s)?(?![\w-])", re.I)


def _practice_like(name: str) -> bool:
    return bool(_rx("practice_name").search(name))


def _is_party_label(label: str, name: str | None) -> bool:
    """A role word ("Client", "Provider") or a short name of the entity just before it ("Acme")."""
    low = label.lower()
    if default_role(low) or low in _words("ambiguous"):
        return True
    return bool(name) and (low.split()[0] in name.lower() or _acronym_of(label, name))


def _acronym_of(label: str, name: str) -> bool:
    """ "MSO" for Cedar Hollow Management Services Organization, LLC: initials of its words."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w&-]*", name) if not _is_suffix(w))
    return label.isupper() and ACRONYM_LETTERS[0] <= len(label) <= ACRONYM_LETTERS[1] and label in initials


def _definitions(sentences: Sentences) -> list[tuple[str, str | None]]:
    """(label, the legal name it stands for or None), from the first pages."""
    out = []
    for s in sentences[:HEAD_SENTENCES]:
        if s.page > HEAD_PAGES:
            break
        for m in DEFINED.finditer(s.text):
            label = m.group("label").strip()
            window = s.text[max(0, m.start() - NAME_GAP) : m.start()]
            before = list(entity_rx().finditer(window))
            name = before[-1].group("name") if before else None
            gap = window[before[-1].end() :] if before else ""
            if before and (not ADJACENT.fullmatch(gap) or ANOTHER_PARTY.search(gap)):
                name = None  # the name before belongs to another party ("X Inc. and the customer")
            if _is_party_label(label, name):
                out.append((label, name))
        means = MEANS.search(s.text)  # '"Provider" means Ridgeline Practice Management Services, Inc.'
        if (
            means
            and (named := entity_rx().match(means.group("rest")))
            and _is_party_label(means.group("label"), named.group("name"))
        ):
            out.append((means.group("label"), named.group("name")))
        form = FORM_FIELD.match(s.text)
        if form and default_role(form.group("label")) and entity_rx().match(form.group("name")):
            out.append((form.group("label"), form.group("name")))
    return out


def _role_for(label: str, name: str | None, vendor: str | None) -> str | None:
    if name and vendor and (name in vendor or vendor in name):
        return "vendor"
    role = default_role(label)
    if role is not None and label.lower() not in _words("ambiguous"):
        return role
    if name and _practice_like(name):
        return "practice"
    if name:
        return "vendor" if vendor is None else "practice"
    return None


def _provider_role(roles: dict[str, str], text: str, labels_defined: bool) -> str:
    """ "Provider" takes the role no other party's label has taken; else the contract kind decides."""
    if roles.get("provider"):
        return roles["provider"]
    taken = {r for label, r in roles.items() if label not in ("we", "you")}
    if "vendor" in taken and "practice" not in taken:
        return "practice"
    if "practice" in taken and "vendor" not in taken:
        return "vendor"
    if _rx("practice_contract").search(text[:20000]):
        return "practice"
    return "vendor" if labels_defined else "unknown"  # nothing says who "Provider" is


def _brands(text: str, vendor: str) -> list[str]:
    """The vendor's product names used as its name ("TidyChart is a trademark of Saltmarsh
    Software, Inc."; "LumenChart is offered by Lumen Ridge Technologies, Inc.")."""
    name = vendor.rstrip(".").lower()  # the owner's words stop at a full stop: "Saltmarsh Software, Inc"
    return [m.group("brand") for m in BRAND_OF.finditer(text) if name in m.group("owner").lower()]


def _is_suffix(word: str) -> bool:
    """A legal-entity ending ("Inc", "LLC", "Co"), its full stop cut off by the word split."""
    return bool(_suffix().fullmatch(word) or _suffix().fullmatch(word + "."))


@cache
def _suffix() -> re.Pattern[str]:
    return re.compile("|".join(phrases.section("vendor", "suffixes")), re.I)


def _initials(text: str, vendor: str) -> list[str]:
    """The vendor's name shortened to initials and used as its name: "VN Telehealth" for
    Velasquez Nakamura Telehealth, Inc.; "NCS" for Northgate Claims Services, LLC."""
    words = [w for w in re.findall(r"[A-Z][\w&-]*", vendor) if not _is_suffix(w)]
    short = []
    for cut in range(2, len(words) + 1):
        initials = "".join(w[0] for w in words[:cut])
        if cut < len(words) or len(initials) >= 3:  # "AB" alone is too common a pair of letters
            short.append(" ".join([initials, *words[cut:]]))
    return [name for name in short if re.search(rf"\b{re.escape(name)}\b", text)]


def _short_names(text: str, vendor: str) -> list[str]:
    """The vendor's name cut short and used as its name: "Harrow and Pike" for Harrow and Pike
    Software Ltd. (its first words, two or more, not ending in "and" or "of")."""
    words = [w for w in vendor.replace(",", " ").split() if not _is_suffix(w)]
    cuts = [" ".join(words[:n]) for n in range(2, len(words) + 1)]
    return [
        c
        for c in cuts
        if c.split()[-1].lower() not in CONNECTIVES and re.search(rf"\b{re.escape(c)}\b", text)
    ]


def resolve_roles(sentences: Sentences, vendor: str | None) -> Roles:
    """The document's roles: its own defined labels first, then the usual ones."""
    labels: dict[str, str] = {}
    for label, name in _definitions(sentences):
        role = _role_for(label, name, vendor)
        if role and label.lower() not in labels:
            labels[label.lower()] = role
    if vendor:
        labels.setdefault(vendor.lower(), "vendor")
        found = _brands(sentences.text, vendor) + _initials(sentences.text, vendor)
        for brand in found + _short_names(sentences.text, vendor):
            labels.setdefault(brand.lower(), "vendor")
        short = vendor.split()[0].strip(",").lower()
        if short not in _words("vendor") | _words("practice") | _words("ambiguous"):
            labels.setdefault(short, "vendor")
    defined = bool(labels) and any(r == "practice" for r in labels.values())
    return Roles(
        labels=labels, provider=_provider_role(labels, sentences.text, defined or vendor is not None)
    )
