"""Renewal and notice deadlines (renewals.py, ics.py): the date logic (month ends, leap years,
roll-forward of renewals, a notice deadline already passed, missing pieces), a generated contract
through the `renewals` command (--json and --ics, read back with icalendar), the Renewals page
(AppTest, real database) and Compare's 90-day flag."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta

import icalendar
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from cptcompare import Settings, compare, open_store, renewal_dates, to_ics
from cptcompare.intake import submit
from cptcompare.models import AnalysisResult, ContractDates, ContractTerms, Finding, Flag, PracticeProfile
from cptcompare.renewals import add_months, periods, renewal

from .helpers import ROOT, analyze, run_cli
from .pdfgen import pdf_from_pages, pdf_from_text

AS_OF = date(2026, 11, 20)
VENDOR = "Acme Health Software, Inc."
NOTICE = (
    "Thereafter this Agreement renews automatically for successive twelve (12) month terms unless either "
    "party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term."
)
ESCALATION = (
    "If the AMA increases the royalty, Vendor may raise the CPT license fee by the amount of the increase."
)


def contract_pdf(effective: str = "January 31, 2024", vendor: str = VENDOR, notice: str = NOTICE) -> bytes:
    """A two-page contract: effective date, CPT fee and its escalation on page 1; term, renewal and
    notice on page 2."""
    return pdf_from_pages(
        [
            [
                f'Software Services Agreement between {vendor} ("Vendor") and Main Street Family Practice '
                '("Customer").',
                f"This Agreement is effective as of {effective}.",
                f"Vendor charges a CPT license fee of $18.00 per user per year. {ESCALATION}",
            ],
            [f"The initial term of this Agreement is twelve (12) months. {notice}"],
        ]
    )


UNDATED = pdf_from_text(
    'Quietwater Coding LLC ("Vendor") includes the AMA CPT license in its subscription fees.'
)


def _result(
    effective: str | None = "2025-01-15",
    initial: int | None = 12,
    renews: bool | None = True,
    renewal_months: int | None = 12,
    notice: int | None = 30,
    vendor: str = "Vendor A",
    flags: list[Flag] | None = None,
) -> AnalysisResult:
    """A contract read with these dates, each stated on page 2 in words of its own."""
    values = {
        "effective_date": effective,
        "initial_term_months": initial,
        "auto_renews": renews,
        "renewal_term_months": renewal_months,
        "notice_days": notice,
    }
    findings = [
        Finding(field=k, value=v, page=2, quote=f"The {k} clause.", confidence=0.8)
        if v is not None
        else Finding.not_stated(k)
        for k, v in values.items()
    ]
    terms = ContractTerms(
        vendor=vendor,
        coverage="vendor_covers",
        cpt_fee=None,
        ama_notice=False,
        code_sets=["CPT"],
        dates=ContractDates(**values),
        findings=findings,
        flags=flags or [],
    )
    return AnalysisResult(
        file=f"{vendor}.pdf", sha256=vendor.encode().hex().ljust(64, "0"), status="ok", terms=terms
    )


# --- date logic -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # a shorter month: its last day
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),  # counted from the start: the 29th comes back
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2025, 11, 15), 3, date(2026, 2, 15)),  # over a year end
        (date(2025, 3, 1), 36, date(2028, 3, 1)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_months_last(start, months, expected):
    assert add_months(start, months) == expected


def test_term_ends_the_day_before_its_anniversary_in_a_leap_year():
    r = renewal(_result(effective="2025-03-01", initial=36, notice=90), date(2026, 12, 2))
    assert r.term_end.date == "2028-02-29" and r.term_end.calculated
    assert r.notice_deadline.date == "2027-12-01"  # 90 days before 29 February 2028
    assert r.days_left == 364 and not r.notice_soon
    assert r.effective_date.date == "2025-03-01" and not r.effective_date.calculated


def test_auto_renewal_rolls_the_term_forward_past_the_as_of_date():
    r = renewal(_result(), date(2026, 12, 2))
    assert r.term_end.date == "2027-01-14"  # 15 Jan 2025 + 12 months, renewed once
    assert "renewed once for 12 months" in r.term_end.how
    assert [s.field for s in r.term_end.sources] == [
        "effective_date",
        "initial_term_months",
        "auto_renews",
        "renewal_term_months",
    ]
    assert (r.notice_deadline.date, r.days_left, r.notice_soon) == ("2026-12-15", 13, True)
    assert r.notice_deadline.sources[0].field == "notice_days" and r.notice_deadline.sources[0].page == 2


def test_renewals_count_from_the_effective_date_not_from_the_last_renewal():
    """31 January + 1 month is 28 February; chained, the next would be 28 March, not 31 March."""
    r = renewal(_result(effective="2025-01-31", initial=1, renewal_months=1, notice=None), date(2025, 4, 15))
    assert r.term_end.date == "2025-04-29"  # the term from 31 March ends the day before 30 April
    assert [(p.start.isoformat(), p.end.isoformat(), p.kind) for p in periods(r)] == [
        ("2025-01-31", "2025-02-27", "initial"),
        ("2025-02-28", "2025-03-30", "renewal"),
        ("2025-03-31", "2025-04-29", "renewal"),
        ("2025-04-30", "2025-05-30", "next"),
    ]


def test_leap_day_start_renews_on_the_last_day_of_february():
    r = renewal(_result(effective="2024-02-29", notice=30), date(2027, 6, 1))
    assert r.term_end.date == "2028-02-28"  # the term from 28 Feb 2027 ends before 29 Feb 2028
    assert r.notice_deadline.date == "2028-01-29"


def test_a_passed_notice_deadline_gives_the_next_terms():
    r = renewal(_result(), date(2026, 12, 20))  # this term's deadline was 15 December 2026
    assert r.term_end.date == "2027-01-14"
    assert r.missed_deadline == "2026-12-15"
    assert r.notice_deadline.date == "2027-12-15"  # 30 days before the next term ends, 14 Jan 2028
    assert r.days_left == 360
    assert "too late for this term" in r.notice_deadline.how


def test_a_notice_longer_than_a_renewal_term_finds_a_deadline_still_to_come():
    r = renewal(_result(initial=1, renewal_months=1, notice=45), date(2026, 12, 2))
    assert r.notice_deadline.date is not None and date.fromisoformat(r.notice_deadline.date) >= date(
        2026, 12, 2
    )
    assert r.days_left >= 0 and r.missed_deadline is not None


@pytest.mark.parametrize(
    ("renews", "renewal_months", "says"),
    [
        (True, None, "Too late for this term: the last day to give notice was 15 December 2026"),
        (None, None, "before the term ends on 14 January 2027 was 15 December 2026"),
    ],
)
def test_a_passed_deadline_without_a_next_one_says_why(renews, renewal_months, says):
    r = renewal(_result(initial=24, renews=renews, renewal_months=renewal_months), date(2026, 12, 20))
    assert r.term_end.date == "2027-01-14"  # a 24-month term from 15 January 2025
    assert r.notice_deadline.date is None and says in r.notice_deadline.reason
    assert r.missed_deadline == "2026-12-15" and r.days_left is None


def test_a_contract_that_does_not_renew_needs_no_notice_and_ends():
    running = renewal(_result(renews=False, renewal_months=None, initial=36), date(2026, 12, 2))
    assert running.term_end.date == "2028-01-14" and running.notice_deadline.date is None
    assert "does not renew automatically" in running.notice_deadline.reason and not running.ended
    over = renewal(_result(renews=False, renewal_months=None), date(2026, 12, 2))
    assert over.ended and "ended on 14 January 2026" in over.notice_deadline.reason


@pytest.mark.parametrize(
    ("changes", "term_reason"),
    [
        ({"effective": None}, "effective date was not found"),
        ({"initial": None}, "length of the initial term was not found"),
        ({"renewal_months": None}, "length of a renewal term was not found"),
        ({"renews": None}, "does not say whether it renews"),
    ],
)
def test_missing_pieces_give_no_date_and_a_plain_reason(changes, term_reason):
    r = renewal(_result(**changes), date(2026, 12, 2))
    assert r.term_end.date is None and term_reason in r.term_end.reason
    assert r.notice_deadline.date is None and r.notice_deadline.reason
    assert r.days_left is None and not r.notice_soon and periods(r) == []


def test_missing_notice_period_keeps_the_term_end():
    r = renewal(_result(notice=None), date(2026, 12, 2))
    assert r.term_end.date == "2027-01-14"
    assert r.notice_deadline.date is None and "notice period was not found" in r.notice_deadline.reason


def test_dates_past_the_calendar_give_a_reason_not_a_crash():
    r = renewal(_result(effective="9999-06-01"), date(2026, 12, 2))
    assert r.term_end.date is None and "too far" in r.term_end.reason


def test_next_deadlines_first_then_those_without():
    results = [
        _result(vendor="No dates", effective=None),
        _result(vendor="Later", effective="2025-06-01"),
        _result(vendor="Sooner", effective="2025-01-15"),
        _result(vendor="Ends", renews=False, renewal_months=None, initial=36),
    ]
    rs = renewal_dates(results, date(2026, 12, 2))
    assert [r.vendor for r in rs.contracts] == ["Sooner", "Later", "Ends", "No dates"]
    assert rs.as_of == "2026-12-02"


def test_the_cpt_fee_escalation_clause_comes_beside_the_renewal():
    flag = Flag(id="fee_escalation", label="The CPT fee can rise", page=5, quote="Fees may increase yearly.")
    other = Flag(id="true_up", label="True-up", page=3, quote="True-up annually.")
    r = renewal(_result(flags=[other, flag]), date(2026, 12, 2))
    assert (r.escalation.page, r.escalation.quote) == (5, "Fees may increase yearly.")
    assert renewal(_result(), date(2026, 12, 2)).escalation is None


# --- the calendar file ------------------------------------------------------------------------


def _events(data: bytes) -> list:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_calendar_has_one_all_day_event_per_deadline_with_the_clause():
    results = [
        _result(vendor="Sooner"),
        _result(vendor="No dates", effective=None),
        _result(vendor="Later, Inc.", effective="2025-06-01"),
    ]
    rs = renewal_dates(results, date(2026, 12, 2))
    data = to_ics(rs)
    events = _events(data)
    assert len(events) == 2  # the contract without dates has no event
    first = events[0]
    assert first.decoded("dtstart") == date(2026, 12, 15)  # a date: an all-day event
    assert first.decoded("dtend") == date(2026, 12, 16)
    assert str(first["summary"]) == "Last day to give notice: Sooner"
    description = str(first["description"])
    assert "Contract: Sooner.pdf (Sooner)" in description
    assert "Clause (page 2): “The notice_days clause.”" in description
    assert "renewing on 15 January 2027" in description
    assert str(events[1]["summary"]) == "Last day to give notice: Later, Inc."  # the comma kept
    assert to_ics(rs) == data  # the same contracts on the same day: the same file
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == 2 and all(u.endswith("@cptcompare") for u in uids)
    [alarm] = first.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(days=14)


def test_calendar_text_from_a_contract_is_plain_text():
    vendor = "Evil\x07 Co; DESCRIPTION:hacked\nEND:VEVENT\nBEGIN:VEVENT"
    [event] = _events(to_ics(renewal_dates([_result(vendor=vendor)], date(2026, 12, 2))))
    assert (
        str(event["summary"])
        == "Last day to give notice: Evil Co; DESCRIPTION:hacked END:VEVENT BEGIN:VEVENT"
    )


# --- a real contract through the command line -------------------------------------------------


@pytest.fixture
def contract_files(tmp_path):
    dated, undated = tmp_path / "acme.pdf", tmp_path / "quietwater.pdf"
    dated.write_bytes(contract_pdf())
    undated.write_bytes(UNDATED)
    return dated, undated


def test_renewals_command_json_and_calendar(contract_files, tmp_path):
    dated, undated = contract_files
    ics = tmp_path / "deadlines.ics"
    proc = run_cli("renewals", "--json", "--ics", ics, "--as-of", AS_OF.isoformat(), undated, dated)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["as_of"] == "2026-11-20" and out["unreadable"] == []
    first, second = out["contracts"]  # the deadline first, though given second
    assert (first["file"], first["vendor"]) == (str(dated), VENDOR)
    assert first["effective_date"]["date"] == "2024-01-31" and not first["effective_date"]["calculated"]
    assert first["effective_date"]["sources"][0]["page"] == 1
    # 31 Jan 2024 + 12 months, renewed once: the term from 31 Jan 2026 ends on 30 Jan 2027
    assert first["term_end"] | {"how": None, "sources": None} == {
        "date": "2027-01-30",
        "calculated": True,
        "how": None,
        "reason": None,
        "sources": None,
    }
    deadline = first["notice_deadline"]
    assert (deadline["date"], deadline["calculated"], first["days_left"], first["notice_soon"]) == (
        "2026-12-01",
        True,
        11,
        True,
    )
    assert deadline["sources"][0]["page"] == 2 and "sixty (60) days" in deadline["sources"][0]["quote"]
    assert (first["renews"], first["renewal_term_months"], first["notice_days"]) == (True, 12, 60)
    assert first["escalation"]["quote"] == ESCALATION and first["escalation"]["page"] == 1
    assert second["notice_deadline"]["date"] is None and second["notice_deadline"]["reason"]
    assert "Wrote 1 notice deadline(s)" in proc.stderr
    [event] = _events(ics.read_bytes())
    assert event.decoded("dtstart") == date(2026, 12, 1)
    assert VENDOR in str(event["summary"]) and "sixty (60) days" in str(event["description"])
    assert str(dated) in str(event["description"])


def test_renewals_command_table_marks_calculated_dates(contract_files):
    dated, undated = contract_files
    proc = run_cli("renewals", "--as-of", AS_OF.isoformat(), dated, undated)
    assert proc.returncode == 0, proc.stderr
    assert "1 Dec 2026 (calculated)" in proc.stdout and "30 Jan 2027 (calculated)" in proc.stdout
    assert "11 (soon)" in proc.stdout
    assert "The CPT fee can rise (p. 1)" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--as-of", "2026-13-01"], "not a date"),
        (["--ics", "/no/such/folder/x.ics"], "cannot write the calendar file"),
    ],
)
def test_renewals_command_usage_errors_exit_two(contract_files, args, says):
    proc = run_cli("renewals", *args, contract_files[0])
    assert proc.returncode == 2 and says in proc.stderr
    assert "Traceback" not in proc.stderr


def test_renewals_command_lists_an_unreadable_file_and_exits_one(contract_files, tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"not a PDF at all")
    proc = run_cli("renewals", "--json", bad, contract_files[0])
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert [u["error"]["code"] for u in out["unreadable"]] == ["not_pdf"]
    assert len(out["contracts"]) == 1


def test_compare_rows_carry_the_deadline_and_flag_it_within_90_days():
    result = analyze(contract_pdf(), "acme.pdf")
    profile = PracticeProfile(providers={"physicians": 2})
    [row] = compare([result], profile, year=2026, as_of=AS_OF).contracts
    assert (row.notice_deadline, row.notice_days_left, row.notice_soon) == ("2026-12-01", 11, True)
    [row] = compare([result], profile, year=2026, as_of=date(2026, 9, 2)).contracts
    assert (row.notice_days_left, row.notice_soon) == (90, True)  # 90 days still counts
    [row] = compare([result], profile, year=2026, as_of=date(2026, 9, 1)).contracts
    assert (row.notice_days_left, row.notice_soon) == (91, False)


# --- the pages (AppTest, a real database) -----------------------------------------------------


@pytest.fixture(scope="module")
def _app_data(tmp_path_factory):
    st.cache_resource.clear()
    st.cache_data.clear()
    yield tmp_path_factory.mktemp("renewals-app")
    from pages.common import readers

    readers().stop()  # this module's readers; the next module's app gets its own
    st.cache_resource.clear()


@pytest.fixture
def app_env(_app_data, monkeypatch):
    """The module's data folder (every page test shares its database), no samples."""
    monkeypatch.setenv("CPTCOMPARE_DATA_DIR", str(_app_data))
    monkeypatch.setenv("CPTCOMPARE_SAMPLES_ON_FIRST_RUN", "false")
    monkeypatch.setenv("STREAMLIT_CLIENT_SHOW_ERROR_DETAILS", "full")


def _workspace(name: str, files: list[tuple[str, bytes]]) -> str:
    """A workspace with these files, each read now (in this thread, through the real queue)."""
    store = open_store(Settings())
    try:
        existing = store.catalog.workspace_named(name)
        if existing:
            return existing.id
        workspace = store.catalog.create_workspace(name).id
        outcomes, _ = submit(store, workspace, files)
        for outcome in outcomes:
            end = time.monotonic() + 120
            while store.library.run(outcome.sha256, name=outcome.name) is None:
                assert time.monotonic() < end, "the file was never read"
                time.sleep(0.2)
        return workspace
    finally:
        store.close()


def _page(page: str, workspace: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["w"] = workspace
    at.switch_page(page)
    return at.run()


def _renewals(workspace: str, as_of: date = AS_OF) -> AppTest:
    at = _page("pages/renewals.py", workspace)
    at.date_input(key="renewals_as_of").set_value(as_of).run()
    assert not at.exception
    return at


TWO = [("quietwater.pdf", UNDATED), ("acme.pdf", contract_pdf())]


@pytest.mark.usefixtures("app_env")
def test_renewals_page_lists_next_deadlines_first_with_their_clauses():
    workspace = _workspace("Renewals", TWO)
    at = _renewals(workspace)
    table = at.dataframe[0].value
    assert list(table["Vendor"]) == [VENDOR, "Quietwater Coding LLC"]
    acme = table.iloc[0]
    assert acme["Last day to give notice"] == "⚠ 1 Dec 2026 (calculated)"
    assert acme["Days left"] == "11 days"
    assert acme["Current term ends"] == "30 Jan 2027 (calculated)"
    assert acme["Renews"] == "yes, 12 months at a time" and acme["Notice"] == "60 days"
    assert acme["Effective date"] == "31 Jan 2024"  # stated, not calculated
    assert acme["Clause behind the deadline"].startswith("p. 2: “")
    assert "sixty (60) days" in acme["Clause behind the deadline"]
    assert acme["CPT fee can rise"] == f"p. 1: “{ESCALATION}”"
    assert acme["File"] == "acme.pdf"
    quiet = table.iloc[1]
    assert (
        quiet["Last day to give notice"] == "not known"
        and "effective date" in quiet["Clause behind the deadline"]
    )
    assert "Act soon" in at.warning[0].value and "1 December 2026" in at.warning[0].value
    [button] = at.get("download_button")
    assert "notice deadline for your calendar (.ics)" in button.proto.label
    assert len(at.get("plotly_chart")) == 1
    assert any("Not drawn" in c.value and "Quietwater Coding LLC" in c.value for c in at.caption)
    texts = [t.value for t in at.text]
    assert f"p. 1: “{ESCALATION}”" in texts  # beside the renewal, as plain text


@pytest.mark.usefixtures("app_env")
def test_renewals_page_counts_from_the_chosen_date():
    workspace = _workspace("Renewals", TWO)
    at = _renewals(workspace, date(2026, 12, 20))  # the deadline of 1 Dec 2026 has passed
    acme = at.dataframe[0].value.iloc[0]
    assert acme["Last day to give notice"] == "1 Dec 2027 (calculated)"  # the next term's
    assert acme["Days left"] == "346 days"
    assert not at.warning


@pytest.mark.usefixtures("app_env")
def test_renewals_page_empty_workspace_offers_a_way_on():
    store = open_store(Settings())
    empty = store.catalog.create_workspace("Nothing yet").id
    store.close()
    at = _page("pages/renewals.py", empty)
    assert not at.exception
    assert "no contracts yet" in at.info[0].value
    assert at.button(key="renewals_add_samples").label.startswith("Add the")
    assert not at.get("download_button")


@pytest.mark.usefixtures("app_env")
def test_renewals_page_says_when_no_dates_are_found():
    workspace = _workspace("No dates", [("quietwater.pdf", UNDATED)])
    at = _renewals(workspace)
    assert any("No dates found" in i.value for i in at.info)
    assert not at.get("download_button")
    assert any("No notice deadline to put in a calendar yet" in c.value for c in at.caption)
    assert len(at.dataframe[0].value) == 1  # the row still says what is missing


@pytest.mark.usefixtures("app_env")
def test_renewals_page_shows_contract_text_as_text():
    hostile = "[Click here](https://evil.example) <b>bold</b> **now**"
    notice = NOTICE.replace(" unless", f" {hostile} unless")
    workspace = _workspace("Hostile", [("hostile.pdf", contract_pdf(notice=notice))])
    at = _renewals(workspace)
    assert any(hostile in t.value for t in at.text)  # st.text: shown as written
    assert not any("evil.example" in m.value and "\\" not in m.value for m in at.markdown)


@pytest.mark.usefixtures("app_env")
def test_compare_flags_a_notice_deadline_within_90_days():
    today = date.today()
    start = add_months(today, -12) + timedelta(days=100)  # ends in ~100 days: notice (60) in ~40
    workspace = _workspace("Soon", [("acme-soon.pdf", contract_pdf(f"{start:%B} {start.day}, {start.year}"))])
    at = _page("pages/compare.py", workspace)
    assert not at.exception
    flags = at.dataframe[0].value.set_index("Vendor").loc[VENDOR, "Risk flags"]
    assert flags.startswith("⚠ Last day to give notice")
    assert any("Notice deadlines within 90 days" in w.value.replace("\\", "") for w in at.warning)
