"""The AMA-required notice, the code sets a contract names, and its definition of a user."""

from __future__ import annotations

from .. import phrases
from ..models import Document, Finding
from .evidence import finding
from .sentences import Sentences

CODE_SETS = ("CDT", "CPT", "HCPCS", "ICD-10", "LOINC", "SNOMED")


def extract_ama_notice(doc: Document, sentences: Sentences) -> Finding:
    for s, m in sentences.find(*phrases.search_list("ama_notice", "patterns")):
        return finding(doc, "ama_notice", True, s, m.start(), confidence=0.95)
    return Finding(field="ama_notice", value=False, stated=False, confidence=0.8)


def extract_code_sets(doc: Document, sentences: Sentences) -> tuple[list[str], list[Finding]]:
    """Sorted names of the code sets the text names, each with its first mention."""
    found: list[Finding] = []
    for name in CODE_SETS:
        hit = next(sentences.find(*phrases.search_list("code_sets", name)), None)
        if hit:
            found.append(finding(doc, f"code_set:{name}", True, hit[0], hit[1].start(), confidence=0.95))
    return sorted(f.field.split(":", 1)[1] for f in found), found


def extract_user_definition(doc: Document, sentences: Sentences) -> Finding:
    for s, m in sentences.find(*phrases.search_list("user_definition", "patterns")):
        if m:
            f = finding(doc, "user_definition", None, s, m.start(), confidence=0.85)
            return f.model_copy(update={"value": f.quote})
    return Finding.not_stated("user_definition")
