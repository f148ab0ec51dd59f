"""Many writers at once, and writers killed mid-write: nothing locked, nothing lost, nothing torn."""

import contextlib
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import pytest
from sqlalchemy import text

from cptcompare.store import open_store

from .helpers import ROOT
from .pdfgen import pdf_from_pages
from .store_fixtures import BACKENDS, database_url
from .store_workers import CORRECTIONS_EACH, FILES_EACH, hammer

PROCESSES = 8
KILLS = 20
LEASE = 2.0  # seconds a killed reader's claim holds before the next run takes the job over


@pytest.mark.parametrize("backend", BACKENDS)
def test_eight_processes_writing_at_once_lose_nothing(backend, tmp_path):
    url = database_url(backend, tmp_path)
    open_store(url=url).close()  # schema in place before the crowd arrives
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(PROCESSES, mp_context=spawn) as pool:
        outcomes = list(pool.map(hammer, [url] * PROCESSES, range(PROCESSES)))  # raises on any error
    store = open_store(url=url)
    stored = {u["sha256"] for u in store.library.uploads()}
    assert stored == {sha for o in outcomes for sha in o["shas"]}
    assert len(stored) == PROCESSES * FILES_EACH
    assert all(u["status"] == "ok" for u in store.library.uploads())
    notes = {c.note for sha in stored for c in store.library.corrections(sha)}
    assert notes == {n for o in outcomes for n in o["notes"]}
    assert len(notes) == PROCESSES * CORRECTIONS_EACH
    store.close()


def _integrity(store) -> None:
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        orphans = (
            "SELECT count(*) FROM uploads u LEFT JOIN blobs b ON b.sha256 = u.sha256 WHERE b.sha256 IS NULL"
        )
        assert conn.execute(text(orphans)).scalar() == 0
        unanalyzed = "SELECT count(*) FROM uploads u LEFT JOIN analyses a ON a.sha256 = u.sha256 WHERE a.sha256 IS NULL"
        assert conn.execute(text(unanalyzed)).scalar() == 0


def _slow_contract(n: int) -> bytes:
    """A contract that takes about a second to read, so kills land before, during and after."""
    clause = f"Contract {n}. The CPT license fee is $19 per provider per year. " * 20
    return pdf_from_pages([[clause] * 6] * 40)


def _start_add(path, url, data_dir) -> subprocess.Popen:
    env = dict(os.environ, CPTCOMPARE_DATABASE_URL=url, CPTCOMPARE_DATA_DIR=str(data_dir))
    env["CPTCOMPARE_LEASE_SECONDS"] = str(LEASE)
    return subprocess.Popen(
        [sys.executable, "-m", "cptcompare", "library", "add", str(path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )


def _kill_at(proc: subprocess.Popen, seconds: float) -> None:
    """Kill the command's process group ``seconds`` after its start; one that has ended by then
    (a kill after the end) is not waited for any longer."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=seconds)
    with contextlib.suppress(ProcessLookupError):  # ended, and nothing of it left
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.parametrize("backend", BACKENDS)
def test_library_add_killed_at_random_moments(backend, tmp_path):
    url = database_url(backend, tmp_path)
    open_store(url=url).close()
    chance = random.Random(20261126)
    acknowledged: set[str] = set()
    for n in range(KILLS):
        path = tmp_path / f"contract-{n}.pdf"
        path.write_bytes(
            pdf_from_pages([[f"Contract {n}. The CPT license fee is $19 per provider per year."]] * 40)
        )
        proc = _start_add(path, url, tmp_path / "data")
        _kill_at(proc, chance.uniform(0.1, 3.0))
        out, _ = proc.communicate()
        acknowledged |= {line.split()[-1] for line in out.splitlines() if line.startswith("stored ")}
        store = open_store(url=url)
        _integrity(store)
        uploads = store.library.uploads()
        statuses = {u["sha256"]: u["status"] for u in uploads}
        assert acknowledged <= set(statuses)  # every acknowledged upload is there
        # A killed one waits, never torn; one whose reader was killed three times may already be
        # given up, with its reason (on a loaded machine the kills land inside reads more often).
        waiting = {
            u["status"] for u in uploads if "will not be tried again" not in (u["error_message"] or "")
        }
        assert waiting <= {"pending", "reading", "ok"}
        store.close()
    time.sleep(LEASE)  # the last killed reader's lease runs out
    final = _start_add(tmp_path / "contract-0.pdf", url, tmp_path / "data")  # the next start
    final.communicate(timeout=300)
    store = open_store(url=url)
    assert store.library.pending() == []
    # A file whose reader was killed three times (here by the test) is given up with its reason,
    # never lost; the others are all read.
    given_up = [u for u in store.library.uploads() if u["status"] != "ok"]
    assert all("will not be tried again" in u["error_message"] for u in given_up)
    assert len(given_up) <= 2
    store.close()
