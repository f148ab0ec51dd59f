"""The `library` command: keep contracts in the database, list them, export and import them::

python -m cptcompare library add [--workspace NAME] [--by WHO] [--password PW] PATH...
python -m cptcompare library list [--json]
python -m cptcompare library reanalyze
python -m cptcompare library export FILE.zip
python -m cptcompare library import FILE.zip
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store (SQLAlchemy, Alembic) and the schema load only when a library command runs
    from .store import Store

EXIT_OK, EXIT_SOME_ERRORS, EXIT_USAGE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    library = sub.add_parser("library", help="keep contracts in the database")
    verbs = library.add_subparsers(dest="verb", required=True)
    add = verbs.add_parser("add", help="store and analyze contract PDFs")
    add.add_argument("paths", metavar="PATH", nargs="+", type=Path)
    add.add_argument("--workspace", metavar="NAME", help="put them in this workspace (made if new)")
    add.add_argument("--by", metavar="WHO", help="who is uploading")
    add.add_argument("--password", metavar="PW", help="password for protected PDFs")
    listing = verbs.add_parser("list", help="list stored contracts")
    listing.add_argument("--json", action="store_true")
    verbs.add_parser("reanalyze", help="read again every contract the current extractor has not read")
    verbs.add_parser("export", help="write everything to one zip file").add_argument("file", type=Path)
    verbs.add_parser("import", help="add what an export holds").add_argument("file", type=Path)


def _say(text: str) -> None:
    print(text, flush=True)  # flushed: a line printed is a write acknowledged


def _add(store: Store, args: argparse.Namespace) -> int:
    from .config import Settings
    from .models import COVERAGE_WORDS
    from .textreport import scan_progress

    missing = [p for p in args.paths if not p.is_file()]
    if missing:
        print(f"error: {missing[0]}: no such file (or it is a folder).", file=sys.stderr)
        return EXIT_USAGE
    leftovers = store.library.pending()  # work a killed run (or a stopped server) left behind
    workspace = None
    if args.workspace:
        workspace = store.catalog.workspace_named(args.workspace) or store.catalog.create_workspace(
            args.workspace
        )
    names = {}
    for path in args.paths:
        stored = store.library.add(path.read_bytes(), path.name, args.by, workspace.id if workspace else None)
        if workspace:
            store.catalog.add_to_workspace(workspace.id, stored.sha256)
        seen = f" (already uploaded as {stored.duplicate_of})" if stored.duplicate_of else ""
        _say(f"stored {stored.display_name} {stored.sha256}{seen}")
        names.setdefault(stored.sha256, stored.display_name)
    _read_all(store, leftovers, list(names), Settings().reader_count)
    status = EXIT_OK
    for sha, name in names.items():
        result = store.library.result(sha)
        if args.password and result is not None and result.error and result.error.code == "encrypted":
            result = store.library.run(sha, args.password, name, scan_progress(name))
        if result is None or result.status == "error":
            status = EXIT_SOME_ERRORS
            _say(
                f"{name}: could not be read: {result.error.message if result and result.error else 'unknown'}"
            )
        else:
            _say(f"{name}: {COVERAGE_WORDS[result.terms.coverage]}")
    return status


def _read_all(store: Store, leftovers: list[str], shas: list[str], readers: int) -> None:
    """Read everything waiting, this run's files and leftovers, with every core (the queue's
    readers, as in the app: other processes sharing the database share the work)."""
    from .readers import Readers, wait_for

    pool = Readers(store.library, readers).start()
    try:
        for sha in leftovers:
            if wait_for(store.library, [sha]):
                _say(f"finished earlier upload {sha[:12]}: {store.library.result(sha).status}")
        wait_for(store.library, [*shas, *store.library.pending()])
    finally:
        pool.stop()


def _list(store: Store, args: argparse.Namespace) -> int:
    from .textreport import table

    rows = store.library.uploads()
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
        return EXIT_OK
    cells = [
        [
            r["display_name"],
            r["sha256"][:12],
            r["status"] or "-",
            str(r["uploaded_by"] or "-"),
            str(r["uploaded_at"])[:19],
        ]
        for r in rows
    ]
    print(
        table([["File", "SHA-256", "Status", "By", "Uploaded"], *cells]) if cells else "The library is empty."
    )
    return EXIT_OK


def _reanalyze(store: Store, args: argparse.Namespace) -> int:
    results = store.library.reanalyze_outdated()
    flagged = sum(
        c.needs_review for sha in {r.sha256 for r in results} for c in store.library.corrections(sha)
    )
    print(f"Read {len(results)} contracts again; {flagged} corrections need a second look.")
    return EXIT_SOME_ERRORS if any(r.status == "error" for r in results) else EXIT_OK


def _export(store: Store, args: argparse.Namespace) -> int:
    from .store import export_library

    count = export_library(store.engine, args.file)
    print(f"Exported {count} PDFs and their data to {args.file}.")
    return EXIT_OK


def _import(store: Store, args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"error: {args.file}: no such file.", file=sys.stderr)
        return EXIT_USAGE
    from .store import ArchiveError, import_library

    try:
        added = import_library(store.engine, args.file)
    except ArchiveError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_SOME_ERRORS
    print("Imported: " + ", ".join(f"{n} {name}" for name, n in added.items()) + ".")
    return EXIT_OK


def library_command(args: argparse.Namespace) -> int:
    from .config import Limits, Settings
    from .store import open_store

    store = open_store(Settings(), Limits())
    try:
        verbs = {"add": _add, "list": _list, "reanalyze": _reanalyze, "export": _export, "import": _import}
        verb = verbs[args.verb]
        return verb(store, args)
    finally:
        store.close()
