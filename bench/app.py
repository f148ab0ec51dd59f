"""make bench, the dashboard at scale: Compare, Contracts and Contract detail with 50, 200, 1,000
and 2,000 contracts in one workspace, timed with Streamlit's AppTest in this one run.

The workspace lives in a real SQLite database in a fresh data folder. The sample contracts (the
password-protected one left out) are read once by the library; then the workspace is grown to
each size with copies of them, each made a distinct file by a trailing PDF comment and stored
like an upload, its analysis recorded as the sample's (the reading queue would give the same
result; reading 2,000 files would take most of an hour). For each size, a fresh session:

- Compare, rerun: the page run again with nothing changed (a click elsewhere, a sidebar refresh),
  its first chart ("Per contract") shown: nothing is worked out again, only drawn and sent;
- Compare, figures changed: the number of providers changed (the comparison, its rows and the
  chart shown are worked out again, nothing else should be);
- Contracts, rerun, and Contract detail, rerun: those pages run again with nothing changed.

Each figure is the median and the worst of RERUNS reruns, in milliseconds; below the table, how
each median grows from the smallest size (its multiple of the 50-contract median, beside the
multiple of contracts), and the targets: Compare rerun under 100 ms at 200 contracts, under 400 ms
at 2,000. The machine's load average at the start and at the end says how busy it was.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZES = (50, 200, 1000, 2000)
RERUNS = 15
TARGETS_MS = {200: 100, 2000: 400}  # Compare rerun, median
COLUMNS = ("compare", "compare_changed", "contracts", "detail")
LABELS = {
    "compare": "Compare, rerun",
    "compare_changed": "Compare, figures changed",
    "contracts": "Contracts, rerun",
    "detail": "Contract detail, rerun",
}


def samples() -> list[tuple[str, bytes]]:
    paths = [p for p in sorted((ROOT / "contracts").glob("*.pdf")) if "protected" not in p.name]
    return [(p.name, p.read_bytes()) for p in paths]


def read_samples(store) -> list[tuple[str, bytes, dict]]:
    """Each sample stored and read once by the library: (name, bytes, its analysis as JSON)."""
    out = []
    for name, data in samples():
        stored = store.library.add(data, name)
        result = store.library.run(stored.sha256, name=name)
        out.append((name, data, json.loads(result.model_dump_json())))
    return out


def grow(store, workspace: str, read: list[tuple[str, bytes, dict]], start: int, stop: int) -> None:
    """Copies start..stop-1 of the samples stored in the workspace, each with its analysis."""
    from sqlalchemy import update

    from cptcompare.store.schema import analyses

    with store.engine.begin() as conn:
        for i in range(start, stop):
            name, data, result = read[i % len(read)]
            stored = store.library.add_in(
                conn, data + f"\n% copy {i}\n".encode(), f"{i:04d}-{name}", workspace=workspace
            )
            store.catalog.add_in(conn, workspace, stored.sha256)
            kept = json.dumps(result | {"sha256": stored.sha256, "file": stored.display_name})
            conn.execute(
                update(analyses)
                .where(analyses.c.sha256 == stored.sha256)
                .values(status="ok", result=kept, updated_at=datetime.now(UTC))
            )


def _timed(step) -> float:
    started = time.perf_counter()
    step()
    return (time.perf_counter() - started) * 1000


class PageFailed(Exception):
    """A page showed an exception instead of its content."""


def _check(at, page: str) -> None:
    if at.exception:
        raise PageFailed(f"{page}: {at.exception[0].message.splitlines()[0]}")


def time_pages(workspace: str, contracts: int) -> dict[str, tuple[float, float]]:
    """(median, worst) milliseconds of each kind of rerun, in a fresh session."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.query_params["w"] = workspace
    at.run()
    _check(at, "Compare")
    assert len(at.dataframe[0].value) == contracts + 1, "every contract and the AMA row"
    times: dict[str, list[float]] = {c: [] for c in COLUMNS}
    for i in range(RERUNS):
        times["compare"].append(_timed(at.run))
        figures = at.number_input(key="providers").set_value(6 + i)  # figures not seen before
        times["compare_changed"].append(_timed(figures.run))
    _check(at, "Compare")
    for column, page in (("contracts", "pages/contracts.py"), ("detail", "pages/detail.py")):
        at.switch_page(page).run()
        _check(at, page)
        times[column] = [_timed(at.run) for _ in range(RERUNS)]
        _check(at, page)
    return {c: (statistics.median(v), max(v)) for c, v in times.items()}


def _row_line(n: int, row: dict[str, tuple[float, float]] | str) -> str:
    if isinstance(row, str):
        return f"{n:>10}  failed: {row}"
    return f"{n:>10} " + " ".join(f"{row[c][0]:>18.0f} / {row[c][1]:>5.0f}" for c in COLUMNS)


def summary(rows: dict[int, dict[str, tuple[float, float]] | str]) -> list[str]:
    """How each figure grows with the contracts (medians, as multiples of the smallest size's),
    and the targets."""
    good = {n: row for n, row in rows.items() if not isinstance(row, str)}
    lines = []
    if len(good) > 1:
        small = min(good)
        sizes = " : ".join(f"{n / small:g}" for n in good)
        lines.append(f"growth, as multiples of the {small}-contract figure (contracts {sizes}):")
        for c in COLUMNS:
            curve = " : ".join(f"{good[n][c][0] / good[small][c][0]:.1f}" for n in good)
            lines.append(f"  {LABELS[c]:26} {curve}")
    for n, target in TARGETS_MS.items():
        if n in good:
            median = good[n]["compare"][0]
            verdict = "within" if median < target else "OVER"
            lines.append(f"Compare rerun at {n}: median {median:.0f} ms, {verdict} the {target} ms target")
        elif n in rows:
            lines.append(f"Compare rerun at {n}: the page failed, OVER the {target} ms target")
    return lines


def measure(sizes: tuple[int, ...]) -> dict[int, dict[str, tuple[float, float]] | str]:
    """Each size's figures (or why its pages failed), printed as they come."""
    from cptcompare import Settings, open_store

    store = open_store(Settings())
    workspace = store.catalog.create_workspace("Bench practice").id
    read, rows, have = read_samples(store), {}, 0
    print(f"Dashboard at scale (AppTest, one workspace; ms, median / worst of {RERUNS} reruns):")
    print(f"{'contracts':>10} " + " ".join(f"{LABELS[c]:>26}" for c in COLUMNS), flush=True)
    for n in sizes:
        grow(store, workspace, read, have, n)
        have = n
        try:
            rows[n] = time_pages(workspace, n)
        except PageFailed as exc:
            rows[n] = str(exc)
        print(_row_line(n, rows[n]), flush=True)
    store.close()
    return rows


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main(sizes: tuple[int, ...] = SIZES) -> None:
    loads = [_load()]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CPTCOMPARE_DATA_DIR"] = tmp
        os.environ["CPTCOMPARE_SAMPLES_ON_FIRST_RUN"] = "false"
        os.environ["STREAMLIT_CLIENT_SHOW_ERROR_DETAILS"] = "full"  # a failing page says why
        rows = measure(sizes)
    loads.append(_load())
    print("\n".join(summary(rows)))
    print(
        f"{os.cpu_count()} cores; load average (1, 5, 15 min) {loads[0]} at the start, {loads[1]} at the end "
        "(a busy machine slows every column and widens the gap between median and worst)."
    )
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    table = {
        n: row
        if isinstance(row, str)
        else {c: {"median_ms": round(m, 1), "worst_ms": round(w, 1)} for c, (m, w) in row.items()}
        for n, row in rows.items()
    }
    (out / "app.json").write_text(json.dumps(table, indent=2) + "\n")


if __name__ == "__main__":
    main(tuple(int(n) for n in sys.argv[1:]) or SIZES)  # sizes may be given, e.g. for a quick look
