"""The store: everything kept between sessions, in one database (see schema.py).

store = open_store(settings)     # migrates the schema, then store.library (and its .queue),
                                 # store.catalog, store.views, store.batches, store.history
                                 # (who did what) and store.verifications (sign-offs)
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from ..config import Limits, Settings
from .archive import ArchiveError, export_library, import_library
from .batches import Batches, BatchFile, BatchProgress, summary
from .catalog import Catalog, Workspace
from .db import make_engine, migrate
from .history import ACTIONS, Event, History
from .library import Correction, Library, Stored
from .queue import Claim, Queue
from .unlocks import Unlocks, load_key
from .verify import Verifications
from .views import Entry, Views

__all__ = [
    "ACTIONS",
    "ArchiveError",
    "BatchFile",
    "BatchProgress",
    "Batches",
    "Claim",
    "Queue",
    "Catalog",
    "Correction",
    "Entry",
    "Event",
    "History",
    "Library",
    "Store",
    "Stored",
    "Unlocks",
    "Verifications",
    "Views",
    "Workspace",
    "export_library",
    "import_library",
    "open_store",
    "summary",
]


@dataclass
class Store:
    engine: Engine
    library: Library
    catalog: Catalog
    views: Views
    batches: Batches
    unlocks: Unlocks
    history: History
    verifications: Verifications

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    settings: Settings | None = None, limits: Limits | None = None, url: str | None = None
) -> Store:
    settings = settings or Settings()
    engine = make_engine(url or settings.database)
    migrate(engine)
    unlocks = Unlocks(engine, load_key(settings.unlock_key, settings.data_dir))
    history = History(engine)
    library = Library(engine, limits, settings.lease_seconds, unlocks, history)
    return Store(
        engine,
        library,
        Catalog(engine, history),
        Views(engine),
        Batches(engine),
        unlocks,
        history,
        Verifications(engine, history),
    )
