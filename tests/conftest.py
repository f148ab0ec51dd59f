from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder: no test reads another's cache."""
    monkeypatch.setenv("CPTCOMPARE_DATA_DIR", str(tmp_path / "data"))
