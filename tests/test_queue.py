"""The reading queue on SQLite and PostgreSQL: jobs claimed atomically by readers in several
processes (no file read twice), leases a stopped reader loses, and a restart that resumes."""

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import pytest
from sqlalchemy import select

from cptcompare.readers import Readers, wait_for
from cptcompare.store import open_store
from cptcompare.store.schema import analyses

from .helpers import ROOT
from .pdfgen import pdf_from_pages, pdf_from_text
from .store_fixtures import BACKENDS, database_url
from .store_workers import contract, drain

FILES = 8
LEASE = 2.0


def _attempts(store) -> dict[str, tuple[str, int]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(analyses.c.sha256, analyses.c.status, analyses.c.attempts)).all()
    return {sha: (status, attempts) for sha, status, attempts in rows}


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_app_processes_share_one_queue_without_reading_a_file_twice(backend, tmp_path):
    url = database_url(backend, tmp_path)
    store = open_store(url=url)
    shas = {
        store.library.add(contract(w, n), f"c{w}-{n}.pdf").sha256 for w in range(2) for n in range(FILES // 2)
    }
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=spawn) as pool:
        read = list(pool.map(drain, [url, url]))
    assert sum(read) == FILES  # each file read by exactly one reader of one process
    assert _attempts(store) == {sha: ("ok", 1) for sha in shas}  # claimed once each
    store.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_claim_is_taken_once_and_a_lapsed_lease_is_taken_over(backend, tmp_path):
    store = open_store(url=database_url(backend, tmp_path))
    sha = store.library.add(pdf_from_text("The CPT fee is $19 per user per year."), "a.pdf").sha256
    first = store.library.queue.claim(lease_seconds=60)
    assert first.sha256 == sha and store.library.queue.claim() is None  # held: nobody else gets it
    assert store.library.run(sha) is None  # not even a direct run
    assert store.library.queue.renew(first)
    other = store.library.add(pdf_from_text("The CPT fee is $20 per user per year."), "b.pdf").sha256
    dead = store.library.queue.claim(other, lease_seconds=0)  # its reader stops at once
    takeover = store.library.queue.claim()
    assert takeover.sha256 == other and takeover.attempt == 2
    assert not store.library.queue.renew(dead)  # the stopped reader lost it
    store.close()


def _start_reader(url: str, data_dir) -> subprocess.Popen:
    env = dict(os.environ, CPTCOMPARE_DATA_DIR=str(data_dir), CPTCOMPARE_LEASE_SECONDS=str(LEASE))
    code = f"from tests.store_workers import read_forever; read_forever({url!r})"
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, start_new_session=True)


def _status(store, sha: str) -> str:
    return _attempts(store)[sha][0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_server_killed_mid_read_is_resumed_on_restart(backend, tmp_path):
    url = database_url(backend, tmp_path)
    store = open_store(url=url)
    slow = pdf_from_pages([["The CPT license fee is $19 per provider per year. " * 20] * 6] * 60)
    sha = store.library.add(slow, "slow.pdf").sha256
    server = _start_reader(url, tmp_path / "data")
    end = time.monotonic() + 60
    while _status(store, sha) != "reading" and time.monotonic() < end:
        time.sleep(0.05)
    assert _status(store, sha) == "reading"
    os.killpg(server.pid, signal.SIGKILL)  # the server dies mid-read
    server.wait()
    assert _status(store, sha) == "reading" and store.library.result(sha) is None  # kept, not lost
    restarted = open_store(url=url)  # the next start of the server
    restarted.library.queue.lease_seconds = LEASE
    pool = Readers(restarted.library, 1, poll_seconds=0.1).start()
    try:
        assert wait_for(restarted.library, [sha], timeout=120)
    finally:
        pool.stop()
    assert _attempts(restarted) == {sha: ("ok", 2)}  # read again once the dead reader's lease ran out
    assert restarted.library.result(sha).terms.cpt_fee.amount == 19.0
    restarted.close()
    store.close()


def test_batch_end_message_counts_each_outcome(tmp_path):
    from cptcompare.intake import submit
    from cptcompare.store import summary

    store = open_store(url=database_url("sqlite", tmp_path))
    good = [(f"c{n}.pdf", contract(1, n)) for n in range(3)]
    locked = ("locked.pdf", pdf_from_text("The CPT fee is $19 per user per year.", encrypt="pw"))
    files = [*good, locked, ("letter.pdf", b"Dear customer, an e-mail saved as .pdf")]
    workspace = store.catalog.create_workspace("North").id
    outcomes, batch = submit(store, workspace, files)
    assert [o.level for o in outcomes] == ["success"] * 4 + ["error"]
    assert store.batches.active(workspace).total == 5
    pool = Readers(store.library, 2, poll_seconds=0.1).start()
    try:
        assert wait_for(store.library, [o.sha256 for o in outcomes if o.sha256], timeout=120)
    finally:
        pool.stop()
    progress = store.batches.progress([batch])[batch]
    assert progress.done and store.batches.active(workspace) is None
    assert summary(progress) == "3 contracts read; 1 needs its password; 1 is not a PDF."
    store.close()


def test_upload_notice_never_names_another_workspaces_file(tmp_path):
    from cptcompare.intake import submit

    store = open_store(url=database_url("sqlite", tmp_path))
    north, south = (store.catalog.create_workspace(n).id for n in ("North", "South"))
    data = contract(2, 0)
    submit(store, north, [("north-secret-name.pdf", data)])
    [theirs], _ = submit(store, south, [("ours.pdf", data)])
    assert "north-secret-name" not in theirs.message and theirs.level == "success"
    [again], _ = submit(store, south, [("ours again.pdf", data)])
    assert "already uploaded" in again.message and "as ours.pdf" in again.message
    assert [e.name for e in store.views.entries(south)] == ["ours.pdf"]
    store.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_first_workspace_and_its_samples_are_created_and_queued_together(backend, tmp_path):
    """The first start's samples once stopped half-way when the visitor clicked away: the
    workspace is now created with every sample queued in the same transaction."""
    from cptcompare.intake import first_workspace

    store = open_store(url=database_url(backend, tmp_path))
    samples = sorted((ROOT / "contracts").glob("*.pdf"))
    files = [(p.name, p.read_bytes()) for p in samples]
    workspace, outcomes, batch = first_workspace(store, "Sample practice", files)
    assert [w.id for w in store.catalog.workspaces()] == [workspace]
    assert len(store.views.entries(workspace)) == len(samples) == len(outcomes)
    assert store.batches.active(workspace).total == len(samples)
    store.close()
