"""Which code sets need a license (data/codesets.toml), and what that means for one contract."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from .models import ContractTerms


@cache
def code_sets() -> list[dict[str, Any]]:
    """Every code set: code, name, steward, licensed (bool), note."""
    text = resources.files("cptcompare").joinpath("data/codesets.toml").read_text("utf-8")
    return tomllib.loads(text)["sets"]


def _by_code() -> dict[str, dict[str, Any]]:
    return {s["code"]: s for s in code_sets()}


def notes_for(terms: ContractTerms) -> list[str]:
    """Plain sentences about the code sets a contract names or charges for."""
    facts = _by_code()
    notes = []
    for code in terms.code_sets:
        fact = facts.get(code)
        if fact and fact["licensed"] and code != "CPT":
            notes.append(f"{fact['name']}: licensed by the {fact['steward']}. {fact['note']}")
    for charge in terms.code_set_fees:
        fact = facts[charge.id]
        notes.append(
            f"This contract charges for {fact['name']} (page {charge.page}). {fact['note']} "
            "Ask the vendor what the charge pays for."
        )
    return notes
