"""Run one parse in a child process with limits on wall-clock time, CPU time and memory.

A PDF can be built to make a parser run for minutes or eat gigabytes. The child process
takes that risk: if it runs out of time it is killed and the caller gets ParseTimeoutError;
if it runs out of memory it dies and the caller gets TooLargeError. Either way the calling
process (the CLI, or the app serving other people) carries on.
"""

from __future__ import annotations

import faulthandler
import multiprocessing as mp
import re
import resource
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import errors
from .config import Limits

MB = 1024 * 1024
TOO_COMPLEX = (
    "This PDF is too complex to read safely ({why}). "
    "Ask the vendor for a simpler copy (for example, printed again to PDF)."
)


def _context() -> mp.context.BaseContext:
    """fork is fast and safe while only one thread runs (the CLI); otherwise forkserver."""
    return mp.get_context("fork" if threading.active_count() == 1 else "forkserver")


def _near_memory_limit(limit: int) -> bool:
    """Did this process come close to its address-space limit? (Native libraries that run out
    of memory fail with their own errors, not MemoryError.)"""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return False
    peak = re.search(r"^VmPeak:\s+(\d+) kB", status, re.M)
    return bool(peak) and int(peak.group(1)) * 1024 > 0.9 * limit


def _child(conn: Any, func: Callable[..., Any], args: tuple, limits: Limits) -> None:
    faulthandler.disable()  # a child killed by its own limits is expected, not a crash report
    memory = limits.max_memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(limits.timeout_seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    try:
        conn.send(("ok", func(*args)))
    except errors.InputError as exc:
        conn.send(("input_error", (type(exc).__name__, exc.message)))
    except MemoryError:
        conn.send(("memory", None))
    except Exception as exc:  # noqa: BLE001 - reported to the parent as an unreadable file
        kind = "memory" if _near_memory_limit(memory) else "crash"
        conn.send((kind, f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _raise_for(kind: str, payload: Any) -> None:
    if kind == "input_error":
        name, message = payload
        raise getattr(errors, name)(message)
    if kind == "memory":
        raise errors.TooLargeError(TOO_COMPLEX.format(why="it needs more memory than allowed"))
    raise errors.CorruptPdfError(
        "This PDF could not be read: its contents are damaged or use features we cannot "
        "process. Ask the vendor for a fresh copy."
    )


def run_limited(func: Callable[..., Any], args: tuple, limits: Limits) -> Any:
    """func(*args) in a child process under ``limits``; typed errors come back as themselves."""
    ctx = _context()
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, func, args, limits), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(limits.timeout_seconds):
            raise errors.ParseTimeoutError(
                TOO_COMPLEX.format(why=f"reading it took longer than {limits.timeout_seconds:g} seconds")
            )
        kind, payload = receive.recv()
    except EOFError:
        child.join(5)
        raise errors.TooLargeError(TOO_COMPLEX.format(why="the reader ran out of memory or time")) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()
    if kind == "ok":
        return payload
    _raise_for(kind, payload)
