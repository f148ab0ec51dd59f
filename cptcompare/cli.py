"""Command line, a thin shell over the library.

    python -m cptcompare analyze [--json] [--password PW] PATH...
    python -m cptcompare compare [--json] [--users N] [--providers N] [--locations N]
                                 [--applications N] [--year Y] [--escalation E]
                                 [--schedule NAME] PATH...
    python -m cptcompare renewals [--json] [--ics FILE] [--as-of YYYY-MM-DD] [--password PW] PATH...
    python -m cptcompare schedule NAME --entity-fee X --per-user Y [--year Y] [--note TEXT]
    python -m cptcompare library add|list|export|import ...   (see librarycli.py)

`compare --json` prints the Comparison (models.py): per contract, among its keys, ``markup``:
{"ama_royalty", "vendor_addition", "percent", "unit": "user|provider", "period": "year|month",
"stated_split", "basis", ...} (money per unit per period as the fee is stated; percent of the
royalty; a per-provider fee against the AMA's estimate of users per physician), or null with
``markup_reason``, a plain sentence saying why the fee cannot be split (see markup.py).

`renewals --json` prints one object: {"as_of": "YYYY-MM-DD", "contracts": [...], "unreadable":
[{"file", "error": {"code", "message"}}]}, the contracts next notice deadline first, then those
without one. Each contract: {"file", "sha256", "vendor", "effective_date", "term_end",
"notice_deadline" (each {"date": ISO | null, "calculated": bool, "how": words | null, "reason":
why there is no date | null, "sources": [{"field", "page", "quote"}]}), "initial_term_months",
"renews" (true | false | null: not stated), "renewal_term_months", "notice_days", "missed_deadline"
(ISO, this term's deadline where it has passed), "days_left", "notice_soon" (within 90 days),
"ended", "clauses": [{"field", "page", "quote"}], "escalation": {"field", "page", "quote"} | null}.
`--ics FILE` also writes the notice deadlines as a calendar file, one all-day event each.

Exit status: 0 every file ok; 1 some file has status error (the others are still analyzed);
2 usage (bad arguments, a path that is not a readable file).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from . import librarycli

if TYPE_CHECKING:  # each command loads what it uses, when it runs: a cache hit loads no schema
    from .models import AnalysisResult, FeeSchedule, PracticeProfile

EXIT_OK, EXIT_SOME_ERRORS, EXIT_USAGE = 0, 1, 2


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _dollars(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().lstrip("$").replace(",", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount of money") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError("must be an amount of 0 or more")
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD") from None


def _files_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", metavar="PATH", nargs="+", type=Path, help="contract PDF files")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--password", metavar="PW", help="password for protected PDFs")
    parser.add_argument("--no-cache", action="store_true", help="analyze again even if seen before")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m cptcompare", description="Read vendor contracts for CPT licensing terms."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    librarycli.add_parser(sub)
    save = sub.add_parser("schedule", help="save your own AMA fee figures under a name")
    save.add_argument("name", help="a name for these figures")
    save.add_argument("--entity-fee", type=_dollars, required=True, help="yearly fee per entity, USD")
    save.add_argument("--per-user", type=_dollars, required=True, help="yearly fee per user, USD")
    save.add_argument("--year", type=int, help="the year the figures are for")
    save.add_argument("--note", default="", help="where the figures come from")
    _files_options(sub.add_parser("analyze", help="analyze contract PDFs"))
    comp = sub.add_parser("compare", help="what CPT costs this practice, vendor by vendor and direct")
    _files_options(comp)
    comp.add_argument("--users", type=_count, help="people who count as CPT users (wins over the estimate)")
    comp.add_argument("--providers", type=_count, help="physicians and other providers")
    comp.add_argument("--locations", type=_count, default=1, help="practice locations (default 1)")
    comp.add_argument("--applications", type=_count, default=1, help="applications that use CPT (default 1)")
    comp.add_argument("--year", type=int, help="year of the AMA fee schedule (default this year)")
    comp.add_argument(
        "--schedule",
        metavar="NAME",
        help="use a saved fee schedule or a named scenario (e.g. '2016 forum quote') instead of the AMA's",
    )
    comp.add_argument(
        "--escalation",
        choices=["none", "vendor_claim"],
        default="none",
        help="AMA fee rise in the projection: none, or +$0.50 per user a year as vendors claim",
    )
    dates = sub.add_parser("renewals", help="each contract's term, renewal and last day to give notice")
    _files_options(dates)
    dates.add_argument(
        "--ics", metavar="FILE", type=Path, help="also write the notice deadlines to a calendar file"
    )
    dates.add_argument(
        "--as-of", type=_day, help="count days left from this date, YYYY-MM-DD (default today)"
    )
    return parser


def _check_paths(args: argparse.Namespace) -> str | None:
    for p in args.paths:
        if not p.is_file():
            return f"{p}: no such file (or it is a folder)."
    ics = getattr(args, "ics", None)
    if ics is not None and (ics.is_dir() or not ics.parent.is_dir()):
        return f"{ics}: cannot write the calendar file there (no such folder, or it is a folder)."
    return None


def _analyze_all(args: argparse.Namespace) -> list[AnalysisResult]:
    from .analysis import analyze_bytes
    from .cache import ResultCache
    from .config import Limits, Settings
    from .textreport import scan_progress

    settings, limits = Settings(), Limits()
    cache = None if args.no_cache or not settings.cache else ResultCache(settings.cache_dir)
    return [
        analyze_bytes(p.read_bytes(), str(p), limits, args.password, cache, progress=scan_progress(str(p)))
        for p in args.paths
    ]


def _answered_from_cache(args: argparse.Namespace) -> list[dict] | None:
    """``analyze --json`` of files that are all in the cache: their kept JSON as the ordinary
    way prints it, read without pydantic or the PDF libraries (a hit costs a few milliseconds,
    loading those costs a quarter second); None if any file is not there (then the ordinary way
    reads them all, the kept ones from the cache)."""
    from .cache import ResultCache, folder_from_environment, sha256_of
    from .version import EXTRACTOR_VERSION

    folder = folder_from_environment()
    if args.command != "analyze" or not args.json or args.no_cache or folder is None:
        return None
    cache, answers = ResultCache(folder), []
    for path in args.paths:
        kept = cache.stored(sha256_of(path.read_bytes()), EXTRACTOR_VERSION)
        if kept is None:
            return None
        del kept["extractor_version"]
        answers.append(kept | {"file": str(path)})
    return answers


def _exit_status(results: list[AnalysisResult]) -> int:
    return EXIT_SOME_ERRORS if any(r.status == "error" for r in results) else EXIT_OK


def analyze_command(args: argparse.Namespace, results: list[AnalysisResult]) -> None:
    if args.json:
        dumped = [r.model_dump(mode="json", exclude={"extractor_version"}) for r in results]
        print(json.dumps(dumped, indent=2))
    else:
        from .textreport import analysis_table

        print(analysis_table(results))


def profile_from(args: argparse.Namespace) -> PracticeProfile:
    from .models import PracticeProfile

    providers = args.providers if args.providers is not None else (0 if args.users is not None else 1)
    return PracticeProfile(
        providers={"physicians": providers},
        locations=args.locations,
        applications=args.applications,
        users=args.users,
    )


def _named_schedule(name: str) -> FeeSchedule | None:
    from . import ama
    from .config import Settings

    scenario = next((s for s in ama.scenarios() if s.name.lower() == name.lower()), None)
    if scenario:
        return scenario
    from .store import open_store  # the database loads only for the commands that use it

    store = open_store(Settings())
    try:
        return store.catalog.schedule(name)
    finally:
        store.close()


def _signoffs(results: list[AnalysisResult]) -> dict:
    """Sign-offs made in the app for these files, where the library holds them (its database
    exists); otherwise every reading is unverified."""
    from .config import Settings

    settings = Settings()
    if settings.database_url is None and not (settings.data_dir / "cptcompare.db").is_file():
        return {}
    from .store import open_store  # the database loads only where there is one

    store = open_store(settings)
    try:
        terms = {r.sha256: store.library.effective_terms(r.sha256) or r.terms for r in results if r.terms}
        return store.verifications.states(terms)
    finally:
        store.close()


def compare_command(args: argparse.Namespace, results: list[AnalysisResult]) -> None:
    from .comparison import compare
    from .textreport import comparison_text

    schedule = _named_schedule(args.schedule) if args.schedule else None
    profile = profile_from(args)
    comparison = compare(results, profile, args.year, args.escalation, schedule, _signoffs(results))
    if args.users is None and args.providers is None:
        comparison.direct.assumptions.insert(
            0, "No practice size given: 1 provider assumed (use --providers or --users)."
        )
    if args.json:
        print(comparison.model_dump_json(indent=2))
    else:
        print(comparison_text(comparison))


def renewals_command(args: argparse.Namespace, results: list[AnalysisResult]) -> None:
    from .ics import deadline_count, to_ics
    from .renewals import renewal_dates
    from .textreport import renewals_text

    dates = renewal_dates(results, args.as_of or date.today())
    if args.ics is not None:
        args.ics.write_bytes(to_ics(dates))
        count = deadline_count(dates)
        print(f"Wrote {count} notice deadline(s) to {args.ics}.", file=sys.stderr)
    if args.json:
        print(dates.model_dump_json(indent=2))
    else:
        print(renewals_text(dates))


COMMANDS = {"analyze": analyze_command, "compare": compare_command, "renewals": renewals_command}


def schedule_command(args: argparse.Namespace) -> int:
    from .config import Settings
    from .models import FeeSchedule

    schedule = FeeSchedule(
        name=args.name,
        kind="custom",
        year=args.year,
        entity_fee=args.entity_fee,
        per_user=args.per_user,
        source="entered by you",
        note=args.note,
    )
    from .store import open_store  # the database loads only for the commands that use it

    store = open_store(Settings())
    try:
        store.catalog.save_schedule(schedule)
    finally:
        store.close()
    print(f"Saved '{args.name}': ${args.entity_fee} a year plus ${args.per_user} per user a year.")
    return EXIT_OK


def _missing_schedule(args: argparse.Namespace) -> str | None:
    if args.command == "compare" and args.schedule and _named_schedule(args.schedule) is None:
        return f"no saved fee schedule or scenario is called '{args.schedule}'."
    return None


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    if args.command == "schedule":
        return schedule_command(args)
    if args.command == "library":
        return librarycli.library_command(args)
    problem = _check_paths(args) or _missing_schedule(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    answers = _answered_from_cache(args)
    if answers is not None:
        print(json.dumps(answers, indent=2))
        return EXIT_OK
    results = _analyze_all(args)
    COMMANDS[args.command](args, results)
    return _exit_status(results)
