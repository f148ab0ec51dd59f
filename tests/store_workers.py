"""Code that runs in other processes during the store's concurrency test (importable by spawn)."""

from __future__ import annotations

from cptcompare.store import open_store

from .pdfgen import pdf_from_text

FILES_EACH = 3
CORRECTIONS_EACH = 5


def contract(worker: int, n: int) -> bytes:
    return pdf_from_text(
        f'Worker{worker} Health Systems, Inc. ("Vendor") contract {n}.',
        f"The CPT license fee is ${10 + worker}.{n:02d} per provider per year.",
    )


def hammer(url: str, worker: int) -> dict[str, list]:
    """Add files, analyze them and write corrections, as fast as possible."""
    store = open_store(url=url)
    shas, notes = [], []
    for n in range(FILES_EACH):
        stored = store.library.add(contract(worker, n), f"w{worker}-{n}.pdf", who=f"worker {worker}")
        store.library.run(stored.sha256)
        shas.append(stored.sha256)
    for k in range(CORRECTIONS_EACH):
        note = f"worker {worker} correction {k}"
        store.library.correct(shas[k % FILES_EACH], "vendor", f"Vendor {worker}-{k}", note=note)
        notes.append(note)
    store.close()
    return {"shas": shas, "notes": notes}
