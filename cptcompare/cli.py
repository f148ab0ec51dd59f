"""Command line: ``python -m cptcompare analyze [--json] [--password PW] PATH...``.

A thin shell over the library: it reads files, calls analyze_bytes, prints JSON or a table.
Exit status: 0 every file ok; 1 some file has status error (the others are still analyzed);
2 usage (bad arguments, a path that is not a readable file).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .analysis import analyze_bytes
from .cache import ResultCache
from .config import Limits, Settings
from .models import COVERAGE_WORDS, AnalysisResult, Fee

EXIT_OK, EXIT_SOME_ERRORS, EXIT_USAGE = 0, 1, 2
UNIT_WORDS = {"user": "user", "provider": "provider", "location": "location", "organization": "organization"}
PERIOD_WORDS = {"year": "a year", "month": "a month", "one_time": "one time"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m cptcompare", description="Read vendor contracts for CPT licensing terms."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser("analyze", help="analyze contract PDFs")
    analyze.add_argument("paths", metavar="PATH", nargs="+", type=Path, help="contract PDF files")
    analyze.add_argument("--json", action="store_true", help="print one JSON array, one object per PATH")
    analyze.add_argument("--password", metavar="PW", help="password for protected PDFs")
    analyze.add_argument("--no-cache", action="store_true", help="analyze again even if seen before")
    return parser


def describe_fee(fee: Fee | None) -> str:
    if fee is None:
        return "-"
    unit = f" per {UNIT_WORDS[fee.unit]}" if fee.unit else ""
    period = f" {PERIOD_WORDS[fee.period]}" if fee.period else ""
    return f"${fee.amount:,.2f}{unit}{period}"


def _row(r: AnalysisResult) -> list[str]:
    if r.status == "error" or r.terms is None:
        return [r.file, "error", "-", r.error.message if r.error else "-", "-", "-"]
    t = r.terms
    page = next((f.page for f in t.findings if f.field == "coverage" and f.page), None)
    return [
        r.file,
        "ok",
        t.vendor or "(not stated)",
        COVERAGE_WORDS[t.coverage],
        describe_fee(t.cpt_fee),
        str(page or "-"),
    ]


def format_table(results: list[AnalysisResult]) -> str:
    rows = [["File", "Status", "Vendor", "Coverage", "CPT fee", "Page"]] + [_row(r) for r in results]
    widths = [min(max(len(row[i]) for row in rows), 60) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell[:60].ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _check_paths(paths: list[Path]) -> str | None:
    for p in paths:
        if not p.is_file():
            return f"{p}: no such file (or it is a folder)."
    return None


def analyze_command(args: argparse.Namespace) -> int:
    problem = _check_paths(args.paths)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    settings, limits = Settings(), Limits()
    cache = None if args.no_cache or not settings.cache else ResultCache(settings.cache_dir)
    results = [analyze_bytes(p.read_bytes(), str(p), limits, args.password, cache) for p in args.paths]
    if args.json:
        print(
            json.dumps([r.model_dump(mode="json", exclude={"extractor_version"}) for r in results], indent=2)
        )
    else:
        print(format_table(results))
    return EXIT_SOME_ERRORS if any(r.status == "error" for r in results) else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    return analyze_command(args)
