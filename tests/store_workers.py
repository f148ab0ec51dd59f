"""Code that runs in other processes during the store's concurrency test (importable by spawn)."""

from __future__ import annotations

import time

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


def drain(url: str, readers: int = 2) -> int:
    """An app process's readers on a shared queue: read until nothing waits; how many it read."""
    from cptcompare.readers import Readers

    store = open_store(url=url)
    pool = Readers(store.library, readers, poll_seconds=0.1).start()
    try:
        while store.library.pending() or _reading(store):
            time.sleep(0.1)
    finally:
        pool.stop()
        store.close()
    return pool.read


def _reading(store) -> bool:
    from sqlalchemy import func, select

    from cptcompare.store.schema import analyses

    with store.engine.connect() as conn:
        return bool(conn.execute(select(func.count()).where(analyses.c.status == "reading")).scalar())


def read_forever(url: str) -> None:
    """A server's reader, run until killed (the restart test kills it mid-read)."""
    from cptcompare.readers import Readers

    store = open_store(url=url)
    Readers(store.library, 1, poll_seconds=0.1).start()
    while True:
        time.sleep(1)
