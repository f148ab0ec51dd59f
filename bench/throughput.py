"""Contracts per minute through the reading queue: one reader against one per core, same run.

The samples (the password-protected one left out) are repeated to COPIES files, each made
unique by a trailing PDF comment so each is stored and read on its own (no cache hit). For
each reader count a fresh SQLite store gets all of them queued, then Readers (readers.py) read
the queue, each file in its limited child process, as the app server and `library add` do; the
wall time from the start of the readers to the last result gives contracts per minute.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
COPIES = 36


def files() -> list[tuple[str, bytes]]:
    samples = [p for p in sorted((ROOT / "contracts").glob("*.pdf")) if "protected" not in p.name]
    out = []
    for i in range(COPIES):
        source = samples[i % len(samples)]
        out.append((f"{i:03d}-{source.name}", source.read_bytes() + f"\n% copy {i}\n".encode()))
    return out


def per_minute(readers: int, batch: list[tuple[str, bytes]]) -> dict:
    from cptcompare import Settings, open_store
    from cptcompare.readers import Readers, wait_for

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), cache=False)
        store = open_store(settings)
        shas = [store.library.add(data, name).sha256 for name, data in batch]
        started = time.perf_counter()
        pool = Readers(store.library, readers, poll_seconds=0.05).start()
        try:
            assert wait_for(store.library, shas, timeout=3600, poll=0.05), "the readers did not finish"
        finally:
            pool.stop()
        seconds = time.perf_counter() - started
        ok = sum(store.library.result(s).status == "ok" for s in shas)
        store.close()
    return {
        "readers": readers,
        "files": len(shas),
        "ok": ok,
        "seconds": round(seconds, 1),
        "per_minute": round(len(shas) / seconds * 60, 1),
    }


def main() -> None:
    batch = files()
    cores = os.cpu_count() or 1
    one, every = per_minute(1, batch), per_minute(cores, batch)
    ratio = round(every["per_minute"] / one["per_minute"], 2)
    for row in (one, every):
        print(
            f"queue, {row['readers']} reader(s): {row['files']} contracts ({row['ok']} read ok) in "
            f"{row['seconds']} s = {row['per_minute']} contracts per minute"
        )
    print(f"queue: {cores} readers (all cores) read {ratio}x as many contracts per minute as 1 reader")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "throughput.json").write_text(json.dumps({"one": one, "all": every, "ratio": ratio}, indent=2))


if __name__ == "__main__":
    main()
