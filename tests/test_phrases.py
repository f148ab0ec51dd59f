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
    for path, text in _strings(phrases.data()):
        if path[-1] not in skip and path[0] != "keywords":
            re.compile(text, phrases.FLAGS)


def _sample_sentences():
    for name, truth in labels().items():
        if truth["status"] == "ok" and not truth.get("text_version"):  # a scan says what its text says
            data = (CONTRACTS / name).read_bytes()
            with open_pdf(data, "x", Limits(), truth.get("password")) as handle:
                yield from split_sentences(handle.read_text())


SENTENCES = list(_sample_sentences())
PATTERN_OF = {
    "vendor.suffixes": entity_rx(),
    "coverage.any_context": re.compile(
        "|".join(
            p
            for g in phrases.section("coverage", "signals")
            if g.get("context") == "any"
            for p in g["patterns"]
        ),
        phrases.FLAGS,
    ),
}


@pytest.mark.parametrize("key", sorted(phrases.section("keywords")))
def test_keywords_hold_in_every_matching_sample_sentence(key):
    rx = PATTERN_OF.get(key) or phrases.pattern(*key.split("."))
    words = phrases.section("keywords")[key]
    matched = [s.text for s in SENTENCES if rx.search(s.text)]
    starts_a_word = [re.compile(rf"(?<![^\W_]){re.escape(w)}") for w in words]  # as Sentences.containing
    assert all(any(rx.search(text.lower()) for rx in starts_a_word) for text in matched)
