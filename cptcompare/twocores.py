"""One list of work on both cores: this process and a forked helper share it out.

PDFium reads one page at a time and is not safe to call from two threads, so a long PDF's pages
are shared between this process and a copy of it (fork), which has the same open document. This
process takes items from the front, the helper from the back, one at a time, until they meet;
so a busy core simply does fewer of them, and this process can first do other work of its own
(``meanwhile``) while the helper has already begun. The helper sends what it did back through a
pipe. The results are exactly those of doing it all here: anything the helper did not send back
whole (it failed, or was killed) is done here, so the worst case is the serial time and a fork.

The helper is in this process's process group, so whatever ends the parse (its time limit, its
memory limit) ends the helper too; it is killed as well once this process stops waiting for it.
"""

from __future__ import annotations

import contextlib
import mmap
import multiprocessing as mp
import os
import pickle
import signal
import struct
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
BOUNDS = "qq"  # the next item from the front, and one past the next from the back


def can_fork() -> bool:
    """A fork is safe only while this process runs one thread (a lock another thread holds
    would stay locked in the copy), and pays only with a second core."""
    return hasattr(os, "fork") and threading.active_count() == 1 and (os.cpu_count() or 1) >= 2


class _Share:
    """Which items are still to do, in memory both processes see, under one lock."""

    def __init__(self, count: int) -> None:
        self.lock = mp.get_context("fork").Lock()
        self.bounds = mmap.mmap(-1, struct.calcsize(BOUNDS))  # shared with the fork
        struct.pack_into(BOUNDS, self.bounds, 0, 0, count)

    def take(self, from_back: bool) -> int | None:
        with self.lock:
            front, back = struct.unpack_from(BOUNDS, self.bounds)
            if front >= back:
                return None
            front, back, item = (front, back - 1, back - 1) if from_back else (front + 1, back, front)
            struct.pack_into(BOUNDS, self.bounds, 0, front, back)
            return item


def map_items(
    func: Callable[[int], T], count: int, at_least: int, meanwhile: Callable[[], Any] | None = None
) -> list[T]:
    """``[func(i) for i in range(count)]``: on both cores from ``at_least`` items on (where a
    fork is safe), else here alone. ``meanwhile()``, if given, runs here first either way."""
    if count >= at_least and can_fork():
        return _map_in_two(func, count, meanwhile)
    if meanwhile:
        meanwhile()
    return [func(i) for i in range(count)]


def _map_in_two(func: Callable[[int], T], count: int, meanwhile: Callable[[], Any] | None) -> list[T]:
    """Shared with a forked helper; ``meanwhile()`` runs here first, while the helper starts."""
    share = _Share(count)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _helper(func, share, write_end)
    os.close(write_end)
    try:
        if meanwhile:
            meanwhile()
        done = dict(_work(func, share, from_back=False))
        done.update(_received(read_end))
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return [done[i] if i in done else func(i) for i in range(count)]


def _work(func: Callable[[int], T], share: _Share, from_back: bool) -> list[tuple[int, T]]:
    out = []
    while (item := share.take(from_back)) is not None:
        out.append((item, func(item)))
    return out


def _helper(func: Callable[[int], T], share: _Share, write_end: int) -> None:
    """The forked helper: items from the back, pickled into the pipe, then out at once."""
    status = 1
    try:
        done = _work(func, share, from_back=True)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
        status = 0
    finally:
        os._exit(status)  # never the parent's exit handlers, finalizers or test runner


def _received(read_end: int) -> dict[int, Any]:
    """What the helper sent; nothing if it did not finish (its items are then done here)."""
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    try:
        return dict(pickle.loads(payload))
    except Exception:  # noqa: BLE001 - cut short or empty: the helper did not finish
        return {}
