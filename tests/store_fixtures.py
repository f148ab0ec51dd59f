"""Store fixtures: the same tests run against SQLite and against a real PostgreSQL server.

PostgreSQL tests need CPTCOMPARE_TEST_DATABASE_URL (CI sets it; `make postgres` starts a local
server and prints it); without it they are skipped, saying so.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from cptcompare.store import open_store
from cptcompare.store.schema import metadata

PG_URL = os.environ.get("CPTCOMPARE_TEST_DATABASE_URL")
NO_PG = "no PostgreSQL server: set CPTCOMPARE_TEST_DATABASE_URL (run `make postgres` to start one)"
# In CI a missing server is a failure, not a skip: CI must exercise PostgreSQL.
IN_CI = os.environ.get("CI") == "true"
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=[] if IN_CI else pytest.mark.skipif(not PG_URL, reason=NO_PG)),
]


def wipe_postgres(url: str) -> None:
    """A clean database for each test: drop every table (the next open migrates again)."""
    store = open_store(url=url)
    with store.engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    store.close()


def database_url(backend: str, tmp_path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    assert PG_URL, NO_PG
    wipe_postgres(PG_URL)
    return PG_URL
