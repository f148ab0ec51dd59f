"""The phrase data: every pattern compiles, and the speed keywords never hide a match."""

import re

import pytest

from cptcompare import Limits, phrases
from cptcompare.extract.sentences import split_sentences
from cptcompare.extract.vendor import entity_rx
from cptcompare.pdf import open_pdf

from .helpers import CONTRACTS, labels


def _strings(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value, path)
    elif isinstance(node, str):
        yield path, node


def test_every_pattern_compiles():
    skip = {"label", "note", "class", "context"}
    literal = {("focus", "words"), ("focus", "part_words")}  # plain substrings, not patterns
    for path, text in _strings(phrases.data()):
        if path[-1] not in skip and path[0] != "keywords" and tuple(path[:2]) not in literal:
            re.compile(text, phrases.FLAGS)


def _sample_sentences():
    for name, truth in labels().items():
        if truth["status"] == "ok" and not truth.get("text_version"):  # a scan says what its text says
            data = (CONTRACTS / name).read_bytes()
            with open_pdf(data, "x", Limits(), truth.get("password")) as handle:
                yield from split_sentences(handle.read_text())


SENTENCES = list(_sample_sentences())
PATTERN_OF = {"vendor.suffixes": entity_rx()}


@pytest.mark.parametrize("key", sorted(phrases.section("keywords")))
def test_keywords_hold_in_every_matching_sample_sentence(key):
    rx = PATTERN_OF.get(key) or phrases.pattern(*key.split("."))
    words = phrases.section("keywords")[key]
    matched = [s.text for s in SENTENCES if rx.search(s.text)]
    starts_a_word = [re.compile(rf"(?<![^\W_]){re.escape(w)}") for w in words]  # as Sentences.containing
    assert all(any(rx.search(text.lower()) for rx in starts_a_word) for text in matched)


def test_every_act_pattern_compiles_and_every_act_has_outcomes():
    from cptcompare.extract.lexicon import acts, lexicon, words

    for key in lexicon()["words"]:
        if key != "source":
            words(key)
    for act in acts():
        assert act.outcomes, act.id
        for table in act.outcomes.values():
            for coverage, weight in table.values():
                assert coverage in {
                    "vendor_covers",
                    "pass_through",
                    "customer_must_license",
                    "unclear",
                    "distributor",
                    "vendor_pays",
                }
                assert 0 < weight <= 6


def _clause_documents():
    import json

    from .pdfgen import clause_pdf

    items = json.loads((CONTRACTS.parent / "tests" / "clauses" / "part2.json").read_text("utf-8"))
    for item in items[::4]:
        with open_pdf(clause_pdf(item), "x", Limits()) as handle:
            yield handle.read_text()


def test_reading_only_candidate_sentences_hides_no_statement():
    """Speed: statements are read only in sentences that can hold one (CPT named, a CPT
    section, the sentence after). On every sample and a quarter of the clause corpus that must
    find exactly what reading every sentence finds."""
    from cptcompare.extract import extract_vendor
    from cptcompare.extract.parties import resolve_roles
    from cptcompare.extract.statements import read_statements

    docs = [
        open_pdf((CONTRACTS / n).read_bytes(), "x", Limits(), t.get("password"))
        for n, t in labels().items()
        if t["status"] == "ok" and not t.get("text_version")
    ]
    texts = []
    for handle in docs:
        with handle as h:
            texts.append(h.read_text())
    for doc in [*texts, *_clause_documents()]:
        sentences = split_sentences(doc)
        roles = resolve_roles(sentences, extract_vendor(doc, sentences).value)
        fast = [(s.act, s.at, s.sentence.index) for s in read_statements(sentences, roles)]
        full = [
            (s.act, s.at, s.sentence.index)
            for s in read_statements(split_sentences(doc), roles, everywhere=True)
        ]
        assert fast == full
