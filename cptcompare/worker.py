"""Run one parse in a child process with limits on wall-clock time, CPU time and memory.

A PDF can be built to make a parser run for minutes or eat gigabytes. The child process
takes that risk: if it runs out of time it is killed and the caller gets ParseTimeoutError;
if it runs out of memory it dies and the caller gets TooLargeError. Either way the calling
process (the CLI, or the app serving other people) carries on.

Two ways to start the child: while the caller runs a single thread (the CLI) it is forked,
which costs milliseconds. A caller with threads (the app) must not fork (a lock held by another
thread would stay locked in the child), and multiprocessing's spawn and forkserver re-import
the caller's main module in every child; so it starts ``python -m cptcompare.worker``, which
reads the job from its stdin and writes the outcome to its stdout.

Either way the child can report progress before its outcome (scanned pages read with OCR, which
take seconds each): each report reaches the caller's callback in the calling thread, and raises
the time limit to ``limits.time_budget(total)`` in the child and in the parent alike. The child
leads a process group of its own, so whatever it started (Tesseract) ends with it.
"""

from __future__ import annotations

import contextlib
import faulthandler
import importlib
import multiprocessing as mp
import os
import pickle
import queue
import re
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import errors
from .config import Limits
from .models import Progress

MB = 1024 * 1024
PACKAGE_HOME = str(Path(__file__).resolve().parent.parent)  # the folder that holds cptcompare/
STARTUP_SECONDS = 10.0  # allowance for a fresh interpreter to start, on top of the time limit
ALARM_REPEAT_SECONDS = 0.1
GRACE_SECONDS = 2.0  # the child's own alarm fires first; the parent kills it after this much more
TOO_COMPLEX = (
    "This PDF is too complex to read safely ({why}). "
    "Ask the vendor for a simpler copy (for example, printed again to PDF)."
)
UNREADABLE = (
    "This PDF could not be read: its contents are damaged or use features we cannot process. "
    "Ask the vendor for a fresh copy."
)
Outcome = tuple[str, Any]  # ("ok", value) | ("input_error", (class name, message)) | ("memory"|"crash", text)
# Before its outcome a child may send ("progress", (done, total)) messages.
Send = Callable[[Outcome], None]
Receive = Callable[[float], Outcome | None]  # the next message, or None after so many seconds


def _near_memory_limit(limit: int) -> bool:
    """Did this process come close to its address-space limit? (Native libraries that run out
    of memory fail with their own errors, not MemoryError.)"""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return False
    peak = re.search(r"^VmPeak:\s+(\d+) kB", status, re.M)
    return bool(peak) and int(peak.group(1)) * 1024 > 0.9 * limit


class _OutOfTime(BaseException):
    """Raised by the alarm. A BaseException, so no `except Exception` in a library on the way up
    (pdfplumber's, pydantic's, ours) can swallow it and let a slow parse run on."""


def _limit_self(limits: Limits) -> int:
    """Limit this (child) process: address space, CPU time, and an alarm at the time limit."""
    faulthandler.disable()  # a child killed by its own limits is expected, not a crash report
    memory = limits.max_memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(limits.timeout_seconds) + 1
    most = int(limits.time_budget(limits.max_ocr_pages)) + 1  # the soft limit may grow to this
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, most))

    def alarm(signum: int, frame: object) -> None:
        raise _OutOfTime

    signal.signal(signal.SIGALRM, alarm)
    # Again every tenth of a second: an alarm that lands in a finalizer (__del__) is ignored by
    # Python, so a single one could be lost.
    signal.setitimer(signal.ITIMER_REAL, limits.timeout_seconds, ALARM_REPEAT_SECONDS)
    return memory


class _Reporter:
    """Child side of progress: sends each report to the parent and grows the time limit to the
    budget for the work announced."""

    def __init__(self, send: Send, limits: Limits) -> None:
        self.send, self.limits = send, limits
        self.started = time.monotonic()
        self.budget = limits.timeout_seconds

    def __call__(self, done: int, total: int) -> None:
        budget = self.limits.time_budget(total)
        if budget > self.budget:
            self.budget = budget
            left = max(budget - (time.monotonic() - self.started), ALARM_REPEAT_SECONDS)
            signal.setitimer(signal.ITIMER_REAL, left, ALARM_REPEAT_SECONDS)
            most = resource.getrlimit(resource.RLIMIT_CPU)[1]
            resource.setrlimit(resource.RLIMIT_CPU, (min(int(budget) + 1, most), most))
        self.send(("progress", (done, total)))


def _attempt(func: Callable[..., Any], args: tuple, kwargs: dict[str, Any], memory: int) -> Outcome:
    try:
        return ("ok", func(*args, **kwargs))
    except errors.InputError as exc:
        return ("input_error", (type(exc).__name__, exc.message))
    except MemoryError:
        return ("memory", None)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as an unreadable file
        return ("memory" if _near_memory_limit(memory) else "crash", f"{type(exc).__name__}: {exc}")


def _outcome(func: Callable[..., Any], args: tuple, limits: Limits, send: Send | None = None) -> Outcome:
    """Run func under the limits, in this (child) process; never raises. With ``send``, func
    gets a ``progress`` keyword whose reports go through it."""
    memory = _limit_self(limits)
    reporter = _Reporter(send, limits) if send else None
    try:
        return _attempt(func, args, {"progress": reporter} if reporter else {}, memory)
    except _OutOfTime:
        seconds = reporter.budget if reporter else limits.timeout_seconds
        return ("input_error", ("ParseTimeoutError", _timeout(seconds).message))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _result(kind: str, payload: Any) -> Any:
    if kind == "ok":
        return payload
    if kind == "input_error":
        name, message = payload
        raise getattr(errors, name)(message)
    if kind == "memory":
        raise errors.TooLargeError(TOO_COMPLEX.format(why="it needs more memory than allowed"))
    raise errors.CorruptPdfError(UNREADABLE)


def _timeout(seconds: float) -> errors.ParseTimeoutError:
    why = f"reading it took longer than {seconds:g} seconds"
    return errors.ParseTimeoutError(TOO_COMPLEX.format(why=why))


def _killed() -> errors.TooLargeError:
    return errors.TooLargeError(TOO_COMPLEX.format(why="the reader ran out of memory or time"))


def _collect(receive: Receive, limits: Limits, progress: Progress | None, slack: float) -> Outcome:
    """The child's outcome, passing its progress reports on; the time limit grows as they say."""
    started, budget = time.monotonic(), limits.timeout_seconds
    while True:
        message = receive(started + budget + slack - time.monotonic())
        if message is None:
            raise _timeout(budget)
        kind, payload = message
        if kind != "progress":
            return kind, payload
        budget = max(budget, limits.time_budget(payload[1]))
        if progress:
            progress(*payload)


def _end_group(pid: int) -> None:
    """Kill a child's process group (the child and what it started), before the child is reaped."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _forked_child(conn: Any, func: Callable[..., Any], args: tuple, limits: Limits, reports: bool) -> None:
    os.setpgid(0, 0)
    try:
        conn.send(_outcome(func, args, limits, conn.send if reports else None))
    finally:
        conn.close()


def _run_forked(func: Callable[..., Any], args: tuple, limits: Limits, progress: Progress | None) -> Any:
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(
        target=_forked_child, args=(send, func, args, limits, progress is not None), daemon=True
    )
    child.start()
    send.close()

    def next_message(seconds: float) -> Outcome | None:
        return receive.recv() if receive.poll(max(seconds, 0)) else None

    try:
        kind, payload = _collect(next_message, limits, progress, GRACE_SECONDS)
    except EOFError:
        raise _killed() from None
    finally:
        _end_group(child.pid)
        child.kill()
        child.join(5)
        receive.close()
    return _result(kind, payload)


def _pump(proc: subprocess.Popen, job: bytes, messages: queue.Queue) -> None:
    """Thread: the job to the child's stdin, then each message from its stdout; None at the end."""
    try:
        proc.stdin.write(job)
        proc.stdin.close()
        while True:
            messages.put(pickle.load(proc.stdout))
    except Exception:  # noqa: BLE001 - end of stream, a dead child or a garbled message: the child ended
        messages.put(None)


def _child_env() -> dict[str, str]:
    """The caller's environment, with this package importable from whatever folder the caller
    runs in (``python -m`` looks in the working folder first, and the package is not installed)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (PACKAGE_HOME, env.get("PYTHONPATH")) if p)
    return env


def _run_subprocess(func: Callable[..., Any], args: tuple, limits: Limits, progress: Progress | None) -> Any:
    job = pickle.dumps((f"{func.__module__}:{func.__qualname__}", args, limits, progress is not None))
    proc = subprocess.Popen(
        [sys.executable, "-m", "cptcompare.worker"],
        env=_child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, for _end_group
    )
    messages: queue.Queue = queue.Queue()
    pump = threading.Thread(target=_pump, args=(proc, job, messages), daemon=True)
    pump.start()

    def next_message(seconds: float) -> Outcome | None:
        try:
            message = messages.get(timeout=max(seconds, 0.001))
        except queue.Empty:
            return None
        if message is None:
            raise EOFError
        return message

    try:
        kind, payload = _collect(next_message, limits, progress, STARTUP_SECONDS)
    except EOFError:
        raise _killed() from None
    finally:
        _end_group(proc.pid)
        proc.kill()
        proc.wait()
        pump.join(5)
        proc.stdout.close()
    return _result(kind, payload)


def run_limited(
    func: Callable[..., Any], args: tuple, limits: Limits, progress: Progress | None = None
) -> Any:
    """func(*args) in a child process under ``limits``; typed errors come back as themselves.

    With ``progress``, func is called with a ``progress`` keyword too: a callable (done, total)
    whose reports reach ``progress`` here, in the calling thread, and raise the time limit to
    ``limits.time_budget(total)``.
    """
    if threading.active_count() == 1:
        return _run_forked(func, args, limits, progress)
    return _run_subprocess(func, args, limits, progress)


def _serve_one() -> None:
    """Child side of _run_subprocess: one job from stdin, its outcome to stdout."""
    target, args, limits, reports = pickle.load(sys.stdin.buffer)
    module, _, name = target.partition(":")
    func = getattr(importlib.import_module(module), name)

    def send(message: Outcome) -> None:
        sys.stdout.buffer.write(pickle.dumps(message))
        sys.stdout.buffer.flush()

    send(_outcome(func, args, limits, send if reports else None))


if __name__ == "__main__":
    _serve_one()
