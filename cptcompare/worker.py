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
"""

from __future__ import annotations

import faulthandler
import importlib
import multiprocessing as mp
import pickle
import re
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import errors
from .config import Limits

MB = 1024 * 1024
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
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))

    def alarm(signum: int, frame: object) -> None:
        raise _OutOfTime

    signal.signal(signal.SIGALRM, alarm)
    # Again every tenth of a second: an alarm that lands in a finalizer (__del__) is ignored by
    # Python, so a single one could be lost.
    signal.setitimer(signal.ITIMER_REAL, limits.timeout_seconds, ALARM_REPEAT_SECONDS)
    return memory


def _attempt(func: Callable[..., Any], args: tuple, memory: int) -> Outcome:
    try:
        return ("ok", func(*args))
    except errors.InputError as exc:
        return ("input_error", (type(exc).__name__, exc.message))
    except MemoryError:
        return ("memory", None)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as an unreadable file
        return ("memory" if _near_memory_limit(memory) else "crash", f"{type(exc).__name__}: {exc}")


def _outcome(func: Callable[..., Any], args: tuple, limits: Limits) -> Outcome:
    """Run func under the limits, in this (child) process; never raises."""
    memory = _limit_self(limits)
    try:
        return _attempt(func, args, memory)
    except _OutOfTime:
        return ("input_error", ("ParseTimeoutError", _timeout(limits).message))
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


def _timeout(limits: Limits) -> errors.ParseTimeoutError:
    why = f"reading it took longer than {limits.timeout_seconds:g} seconds"
    return errors.ParseTimeoutError(TOO_COMPLEX.format(why=why))


def _killed() -> errors.TooLargeError:
    return errors.TooLargeError(TOO_COMPLEX.format(why="the reader ran out of memory or time"))


def _forked_child(conn: Any, func: Callable[..., Any], args: tuple, limits: Limits) -> None:
    try:
        conn.send(_outcome(func, args, limits))
    finally:
        conn.close()


def _run_forked(func: Callable[..., Any], args: tuple, limits: Limits) -> Any:
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_forked_child, args=(send, func, args, limits), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(limits.timeout_seconds + GRACE_SECONDS):
            raise _timeout(limits)
        kind, payload = receive.recv()
    except EOFError:
        raise _killed() from None
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()
    return _result(kind, payload)


def _run_subprocess(func: Callable[..., Any], args: tuple, limits: Limits) -> Any:
    job = pickle.dumps((f"{func.__module__}:{func.__qualname__}", args, limits))
    proc = subprocess.Popen(
        [sys.executable, "-m", "cptcompare.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        out, _ = proc.communicate(job, timeout=limits.timeout_seconds + STARTUP_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise _timeout(limits) from None
    if proc.returncode != 0 or not out:
        raise _killed()
    return _result(*pickle.loads(out))


def run_limited(func: Callable[..., Any], args: tuple, limits: Limits) -> Any:
    """func(*args) in a child process under ``limits``; typed errors come back as themselves."""
    if threading.active_count() == 1:
        return _run_forked(func, args, limits)
    return _run_subprocess(func, args, limits)


def _serve_one() -> None:
    """Child side of _run_subprocess: one job from stdin, its outcome to stdout."""
    target, args, limits = pickle.load(sys.stdin.buffer)
    module, _, name = target.partition(":")
    func = getattr(importlib.import_module(module), name)
    sys.stdout.buffer.write(pickle.dumps(_outcome(func, args, limits)))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _serve_one()
