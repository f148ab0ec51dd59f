"""Issue 13's decision tools on real PDFs and a real database: the application kind and title
read from the text, sign-off and what a re-read or a correction does to it, the history of who
did what, the plan across applications (hand-worked totals) and the vendor follow-up."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import update

from cptcompare import PracticeProfile, compare
from cptcompare.intake import submit
from cptcompare.questions import contract_words, mailto
from cptcompare.store import open_store
from cptcompare.store.history import to_csv
from cptcompare.store.schema import analyses

from .helpers import CONTRACTS, analyze, run_cli
from .pdfgen import pdf_from_text
from .store_fixtures import BACKENDS, database_url

EHR = pdf_from_text(
    "ELECTRONIC HEALTH RECORD SUBSCRIPTION AGREEMENT",
    'This Agreement is between Alderbank Health Records, Inc. ("Vendor") and the practice named below '
    '("Customer"), effective January 1, 2026.',
    "Vendor provides its cloud electronic health record, including charting and e-prescribing.",
    "The subscription fees include the AMA license for CPT codes and descriptions shown in the Service; "
    "Vendor pays all AMA royalties and Customer owes no separate CPT fee.",
)
PM = pdf_from_text(
    "PRACTICE MANAGEMENT SOFTWARE AGREEMENT",
    'This Agreement is between Birchway Practice Systems LLC ("Birchway") and the practice named below '
    '("Client"), effective February 1, 2026.',
    "Birchway provides practice management software for scheduling, registration and claims.",
    "Birchway is required by the American Medical Association to collect a CPT license fee of $20.00 per "
    "provider per year, invoiced to Client each January.",
)
CLEARINGHOUSE = pdf_from_text(
    "CLEARINGHOUSE SERVICES AGREEMENT",
    'This Agreement is between Copperline Claims Exchange, Inc. ("Copperline") and the practice named '
    'below ("Practice"), effective March 1, 2026.',
    "Copperline submits electronic claims and eligibility inquiries on Practice's behalf.",
    "Copperline does not license CPT to Practice. Practice shall obtain and maintain its own license from "
    "the American Medical Association for any use of CPT codes, at its own expense.",
)
MERIDIAN = (CONTRACTS / "meridian_pm_agreement.pdf").read_bytes()
LAKEMONT = (CONTRACTS / "lakemont_eligibility_unclear.pdf").read_bytes()


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    opened = open_store(url=database_url(request.param, tmp_path))
    yield opened
    opened.close()


# --- what the text says -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("bluepeak_ehr_msa.pdf", "ehr"),
        ("meridian_pm_agreement.pdf", "practice_management"),
        ("tidewater_clearinghouse_icd_hcpcs.pdf", "clearinghouse"),
        ("ashgrove_billing_terms.pdf", "billing_service"),
        ("cedarline_billing_amended.pdf", "billing_service"),
        ("pinecrest_telehealth_no_codes.pdf", "telehealth"),
        ("rivermark_own_codes.pdf", "coding_tool"),
    ],
)
def test_the_application_kind_is_read_from_the_contract_with_its_words(name, kind):
    app = analyze((CONTRACTS / name).read_bytes()).terms.application
    assert app.kind == kind
    assert app.page == 1 and app.quote  # the words that decided it, to show beside the guess


def test_a_contract_that_names_no_kind_of_application_is_other():
    terms = analyze(pdf_from_text("Acme Widgets, Inc. agrees to deliver widgets.")).terms
    assert terms.application.kind == "other" and terms.application.quote is None


def test_the_contract_is_named_by_its_title_and_date_not_its_file_name():
    terms = analyze((CONTRACTS / "bluepeak_ehr_msa.pdf").read_bytes()).terms
    assert contract_words(terms, "bluepeak_ehr_msa.pdf") == "Master Subscription Agreement dated 1 March 2025"
    untitled = analyze(pdf_from_text("We will charge you for the software.")).terms
    assert contract_words(untitled, "scan 3.pdf") == "scan 3.pdf"


def test_the_mailto_link_opens_the_question_in_a_mail_program():
    terms = analyze((CONTRACTS / "pinecrest_telehealth_no_codes.pdf").read_bytes()).terms
    link = mailto(terms, contract_words(terms, "x.pdf"), "Main Street Family Practice")
    query = parse_qs(urlsplit(link).query)
    assert link.startswith("mailto:?")
    assert "Telehealth Platform Agreement dated 15 January 2025" in query["subject"][0]
    assert "for Main Street Family Practice:" in query["body"][0] and "AMA license" in query["body"][0]


# --- sign-off ------------------------------------------------------------------------------------


def _read(store, data: bytes, name: str, workspace: str | None = None) -> str:
    outcomes, _ = submit(store, workspace, [(name, data)], "Ann (manager)")
    sha = outcomes[0].sha256
    store.library.run(sha)
    return sha


def _state(store, sha: str):
    return store.verifications.states({sha: store.library.effective_terms(sha)})[sha]


def test_a_contract_is_to_review_until_someone_signs_it_off(store):
    sha = _read(store, MERIDIAN, "meridian.pdf")
    assert _state(store, sha).state == "to_review" and _state(store, sha).by is None
    store.verifications.verify(sha, store.library.effective_terms(sha), "Dana (billing lead)")
    state = _state(store, sha)
    assert state.state == "verified" and state.by == "Dana (billing lead)"
    assert state.words.startswith("Verified by Dana (billing lead) on ")
    with pytest.raises(ValueError, match="name"):
        store.verifications.verify(sha, store.library.effective_terms(sha), "   ")


def test_a_correction_after_sign_off_returns_it_to_review_saying_what_changed(store):
    sha = _read(store, MERIDIAN, "meridian.pdf")
    store.verifications.verify(sha, store.library.effective_terms(sha), "Dana")
    store.library.correct(sha, "coverage", "vendor_covers", "Amendment 1", "Lee")
    state = _state(store, sha)
    assert state.state == "to_review"
    assert state.changed == [
        "Who pays for CPT was “Vendor charges a separate CPT fee” when verified, "
        "now “Vendor covers CPT in its price”."
    ]
    store.verifications.verify(sha, store.library.effective_terms(sha), "Dana")  # checked again
    assert _state(store, sha).state == "verified"


def test_a_re_read_that_changes_a_verified_value_unverifies_it(store):
    sha = _read(store, LAKEMONT, "lakemont.pdf")
    real = store.library.result(sha)
    earlier = real.model_copy(deep=True)  # as an earlier reading had it: the vendor covers CPT
    earlier.terms.coverage = "vendor_covers"
    with store.engine.begin() as conn:
        conn.execute(
            update(analyses).where(analyses.c.sha256 == sha).values(result=earlier.model_dump_json())
        )
    store.verifications.verify(sha, store.library.effective_terms(sha), "Dana")
    assert _state(store, sha).state == "verified"
    store.library.reanalyze(sha, who="Lee")
    state = _state(store, sha)
    assert state.state == "to_review"
    assert "now “CPT mentioned, but who pays is unclear”" in state.words
    unverified = store.history.events(sha=sha, actions=["unverified"])
    assert len(unverified) == 1 and "Who pays for CPT was “Vendor covers CPT" in unverified[0].detail
    store.library.reanalyze(sha)  # the same reading again: nothing new to say
    assert len(store.history.events(sha=sha, actions=["unverified"])) == 1


# --- history -------------------------------------------------------------------------------------


def test_the_history_records_each_action_with_who_and_what(store):
    workspace = store.catalog.create_workspace("Main Street").id
    sha = _read(store, MERIDIAN, "meridian.pdf", workspace)
    submit(store, workspace, [("notes.txt", b"not a pdf")], "Ann (manager)")
    store.catalog.remove_from_workspace(workspace, sha, "Ann (manager)")
    store.catalog.add_to_workspace(workspace, sha, "Ann (manager)")
    store.library.requeue(sha, "Lee", workspace)
    store.library.run(sha)
    store.library.correct(sha, "vendor", "Meridian PS", "letterhead", "Lee", workspace)
    store.verifications.verify(sha, store.library.effective_terms(sha), "Dana", workspace)
    store.history.add("export", "Dana", workspace, None, "CSV")
    events = store.history.events(workspace, contracts=[sha])
    assert [e.action for e in reversed(events)] == [
        "upload", "refused", "remove", "put_back", "reread", "correct", "verify", "export",
    ]  # fmt: skip
    assert [e.who for e in reversed(events)][:3] == ["Ann (manager)"] * 3
    assert events[2].detail.startswith("Vendor: Meridian Practice Solutions LLC → Meridian PS (letterhead)")
    assert [e.action for e in store.history.events(workspace, actions=["correct", "verify"])] == [
        "verify",
        "correct",
    ]
    assert {e.sha256 for e in store.history.events(sha=sha)} == {sha}  # one contract's history
    other = store.catalog.create_workspace("Elsewhere").id
    assert store.history.events(other, contracts=[]) == []  # another workspace sees none of it
    rows = list(csv.reader(io.StringIO(to_csv(events, {sha: "meridian.pdf"}).decode("utf-8-sig"))))
    assert rows[0] == ["When (UTC)", "Who", "What", "Contract", "Detail"]
    assert rows[1][1:4] == ["Dana", "Exported", ""] and rows[2][2:4] == ["Verified", "meridian.pdf"]


def test_history_and_sign_offs_travel_with_a_library_export(store, tmp_path):
    from cptcompare.store import export_library, import_library

    sha = _read(store, MERIDIAN, "meridian.pdf")
    store.verifications.verify(sha, store.library.effective_terms(sha), "Dana")
    export_library(store.engine, tmp_path / "lib.zip")
    fresh = open_store(url=f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        added = import_library(fresh.engine, tmp_path / "lib.zip")
        assert added["verifications"] == 1 and added["events"] == len(store.history.events())
        assert fresh.verifications.latest([sha])[sha].author == "Dana"
    finally:
        fresh.close()


# --- the plan across applications ----------------------------------------------------------------


def test_one_plan_across_an_ehr_that_covers_a_pm_that_charges_and_a_clearinghouse_that_does_not():
    results = [analyze(d, n) for d, n in ((EHR, "ehr.pdf"), (PM, "pm.pdf"), (CLEARINGHOUSE, "ch.pdf"))]
    profile = PracticeProfile(providers={"physicians": 3})  # 12 users by the AMA's 4 per physician
    plan = compare(results, profile, 2026).plan
    # Direct license for one application in 2026: $82.50 + 12 x $18.50 = $304.50.
    assert [(line.kind, line.status, line.annual_cost) for line in plan.lines] == [
        ("clearinghouse", "left_to_practice", Decimal("304.50")),
        ("ehr", "covered", Decimal("0.00")),
        ("practice_management", "charged", Decimal("60.00")),  # $20 x 3 providers
    ]
    assert plan.total_annual == Decimal("364.50")  # 0 + 60 + 304.50
    assert plan.all_direct == Decimal("913.50")  # 3 applications x 304.50
    assert plan.licenses_needed == 1 and plan.open_count == 0
    assert plan.words.startswith("Cheapest compliant plan: ")
    assert (
        "License CPT for Copperline Claims Exchange, Inc. directly from the AMA ($304.50 a year)"
        in plan.words
    )
    assert "$364.50 a year for CPT across 3 applications" in plan.words


def test_the_plan_does_not_count_what_it_does_not_know():
    results = [analyze(EHR, "ehr.pdf"), analyze(LAKEMONT, "lakemont.pdf")]
    plan = compare(results, PracticeProfile(providers={"physicians": 1}), 2026).plan
    assert plan.open_count == 1 and plan.total_annual == Decimal("0.00")
    assert "Not counted yet: ask Lakemont Health Data LLC who pays for CPT and how much." in plan.words


def test_compare_json_gives_application_verified_needs_review_and_the_plan(tmp_path):
    paths = []
    for name, data in (("ehr.pdf", EHR), ("pm.pdf", PM), ("ch.pdf", CLEARINGHOUSE)):
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    done = run_cli("compare", "--json", "--providers", "3", "--year", "2026", *paths, data_dir=tmp_path / "d")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    first = out["contracts"][0]
    assert first["application"]["kind"] == "ehr" and first["application"]["quote"]
    assert first["verified"] is False and first["verification"] is None  # no library: no sign-offs
    assert {"needs_review", "review_reasons"} <= set(first)
    assert out["plan"]["total_annual"] == 364.5 and out["plan"]["licenses_needed"] == 1
    assert not (tmp_path / "d" / "cptcompare.db").exists()  # asking made no database


def test_compare_json_reports_sign_offs_made_in_the_library(tmp_path):
    (tmp_path / "pm.pdf").write_bytes(PM)
    store = open_store(url=f"sqlite:///{tmp_path / 'd' / 'cptcompare.db'}")
    try:
        sha = _read(store, PM, "pm.pdf")
        store.verifications.verify(sha, store.library.effective_terms(sha), "Dana")
    finally:
        store.close()
    done = run_cli("compare", "--json", tmp_path / "pm.pdf", data_dir=tmp_path / "d")
    row = json.loads(done.stdout)["contracts"][0]
    assert row["verified"] is True and row["verification"]["by"] == "Dana"


AMA_LICENSE = pdf_from_text(
    "CPT INTERNAL USE LICENSE AGREEMENT",
    'This Agreement is between the American Medical Association ("AMA") and Hillcrest Family Medicine, '
    'P.C. ("Licensee"), effective January 1, 2026.',
    "AMA grants Licensee a non-exclusive license to use CPT internally for its own billing.",
    "Licensee shall pay AMA an annual entity fee of $90.00 and a royalty of $19.25 per User.",
)


def test_the_practices_own_ama_license_supplies_the_direct_figures():
    own = analyze(AMA_LICENSE, "ama-license.pdf")
    assert own.terms.ama_license and own.terms.own_license.per_user == 19.25
    results = [own, analyze(CLEARINGHOUSE, "ch.pdf")]
    comparison = compare(results, PracticeProfile(providers={"physicians": 3}), 2026)
    assert comparison.schedule.name == "Your AMA license (ama-license.pdf)"
    assert comparison.direct.annual_cost == Decimal("321.00")  # 90.00 + 12 users x 19.25
    assert [line.kind for line in comparison.plan.lines] == ["clearinghouse"]  # not an application
    assert "from your own AMA license (ama-license.pdf)" in comparison.plan.words


def test_the_evidence_close_up_is_the_highlighted_part_of_the_page_at_full_sharpness():
    from io import BytesIO

    from PIL import Image

    from cptcompare.pageimage import SCALE, close_up, render

    data = (CONTRACTS / "greenfield_per_user_month.pdf").read_bytes()
    terms = analyze(data).terms
    boxes = [f.box for f in terms.findings if f.field == "cpt_fee" and f.box]
    page_png = render(data, 1, boxes)
    page, near = Image.open(BytesIO(page_png)), Image.open(BytesIO(close_up(page_png, boxes)))
    assert page.width == round(612 * SCALE) and SCALE >= 2  # sharp on a 2x screen
    assert near.width < page.width and near.height < page.height / 3  # just the words, larger
    marked = sum(
        1 for px in near.convert("RGB").getdata() if px[0] > 200 and 150 < px[1] < 240 and px[2] < 140
    )
    assert marked > 100  # the highlight is in it
    assert close_up(page_png, []) is None
