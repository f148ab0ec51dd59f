"""Background readers: threads of one process (the app server, or the `library add` command)
that take jobs from the reading queue (store/queue.py) and read each file in the limited child
process (worker.py), until stopped. They belong to the process, not to any browser session, so
reading goes on whatever the people using the app do; several processes sharing one database
share the work, a claim at a time.

    readers = Readers(store.library, count=4).start()
    readers.wake()          # something was queued: look now rather than at the next poll
    readers.stop()
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from .store.library import Library

POLL_SECONDS = 1.0  # an idle reader looks at the queue this often (jobs from other processes)
RETRY_SECONDS = 5.0  # after the database failed to answer
log = logging.getLogger(__name__)


class Readers:
    def __init__(self, library: Library, count: int = 1, poll_seconds: float = POLL_SECONDS) -> None:
        self.library = library
        self.count = max(1, count)
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self.read = 0  # files this process has read

    def start(self) -> Readers:
        for n in range(self.count):
            thread = threading.Thread(target=self._loop, name=f"cptcompare-reader-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        """Stop after the reads under way (each ends within its time limit)."""
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            if not self._one():
                self._wake.wait(self.poll_seconds)
                self._wake.clear()

    def _one(self) -> bool:
        """Read the next waiting file; False when there was none (or the database failed)."""
        try:
            claim = self.library.queue.claim()
            if claim is None:
                return False
            self.library.read(claim)
            self.read += 1
            return True
        except Exception:
            log.exception("reader failed; retrying in %s s", RETRY_SECONDS)
            self._stop.wait(RETRY_SECONDS)
            return False


def wait_for(library: Library, shas: Iterable[str], timeout: float | None = None, poll: float = 0.2) -> bool:
    """Block until every one of these files has been read (ok or error); False on timeout."""
    left, end = set(shas), None if timeout is None else time.monotonic() + timeout
    while left:
        left = {sha for sha in left if library.result(sha) is None}
        if left and end is not None and time.monotonic() > end:
            return False
        if left:
            time.sleep(poll)
    return True
