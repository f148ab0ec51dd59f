"""Passwords of protected contracts, kept so that everyone with access sees the unlocked
contract's pages (and a re-read can open it), never in clear: each is encrypted with Fernet
(AES-128-CBC + HMAC-SHA256) under a key that is not in the database. The key is
CPTCOMPARE_UNLOCK_KEY where set (every app instance sharing a PostgreSQL database needs the same
one), else a key file made on first use in the data folder, readable by its owner only. A
database copied without the key holds no usable password.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import Engine, delete, insert, select

from .queue import now
from .schema import unlocks

KEY_FILE = "unlock.key"


def load_key(configured: str | None, data_dir: Path) -> bytes:
    """The configured key, else the data folder's key file (made on first use, mode 0600)."""
    if configured:
        return configured.encode()
    path = data_dir / KEY_FILE
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(Fernet.generate_key())
    return path.read_bytes().strip()


class Unlocks:
    def __init__(self, engine: Engine, key: bytes) -> None:
        self.engine = engine
        self._fernet = Fernet(key)

    def put(self, sha: str, password: str) -> None:
        token = self._fernet.encrypt(password.encode()).decode()
        with self.engine.begin() as conn:
            conn.execute(delete(unlocks).where(unlocks.c.sha256 == sha))
            conn.execute(insert(unlocks).values(sha256=sha, token=token, created_at=now()))

    def get(self, sha: str) -> str | None:
        """The password that opened this file, or None (none kept, or kept under another key)."""
        with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            token = conn.execute(select(unlocks.c.token).where(unlocks.c.sha256 == sha)).scalar()
        if token is None:
            return None
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            return None
