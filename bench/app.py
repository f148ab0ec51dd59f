"""How fast the Compare page reruns with 200 contracts in the workspace (target: under 300 ms).

Builds a library of 200 distinct PDFs (the samples, each made unique by a trailing PDF comment,
so each is stored and read on its own), then times AppTest reruns of the Compare page: a plain
rerun, and a rerun after the practice size changes (the comparison is worked out again).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CONTRACTS = 200
RERUNS = 15
TARGET_MS = 300


def build_library(workspace_name: str) -> str:
    from cptcompare import Settings, open_store

    store = open_store(Settings())
    workspace = store.catalog.create_workspace(workspace_name).id
    samples = [p for p in sorted((ROOT / "contracts").glob("*.pdf")) if "protected" not in p.name]
    for i in range(CONTRACTS):
        source = samples[i % len(samples)]
        data = source.read_bytes() + f"\n% copy {i}\n".encode()
        stored = store.library.add(data, f"{i:03d}-{source.name}")
        store.catalog.add_to_workspace(workspace, stored.sha256)
        store.library.run(stored.sha256, name=stored.display_name)
    store.close()
    return workspace


def time_reruns(workspace: str) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.query_params["w"] = workspace
    at.run()
    assert not at.exception, at.exception
    assert len(at.dataframe[0].value) == CONTRACTS + 1, "every contract and the AMA row"
    plain, changed = [], []
    for i in range(RERUNS):
        started = time.perf_counter()
        at.run()
        plain.append(time.perf_counter() - started)
        started = time.perf_counter()
        at.number_input(key="providers").set_value(5 + i % 4).run()
        changed.append(time.perf_counter() - started)
    return {
        "rerun_median_ms": round(statistics.median(plain) * 1000, 1),
        "rerun_max_ms": round(max(plain) * 1000, 1),
        "changed_median_ms": round(statistics.median(changed) * 1000, 1),
        "changed_max_ms": round(max(changed) * 1000, 1),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CPTCOMPARE_DATA_DIR"] = tmp
        started = time.perf_counter()
        workspace = build_library("Bench practice")
        built = time.perf_counter() - started
        result = time_reruns(workspace)
    print(f"Compare page, {CONTRACTS} contracts (library built and read in {built:.0f} s), AppTest:")
    print(f"  rerun:                  median {result['rerun_median_ms']} ms, max {result['rerun_max_ms']} ms")
    print(
        f"  rerun, practice changed: median {result['changed_median_ms']} ms, "
        f"max {result['changed_max_ms']} ms"
    )
    verdict = "within" if result["changed_median_ms"] < TARGET_MS else "OVER"
    print(f"  {verdict} the {TARGET_MS} ms target")


if __name__ == "__main__":
    main()
