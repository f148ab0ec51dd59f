"""The store, on SQLite and on PostgreSQL: uploads kept before parsing, analyses by extractor
version, corrections with history and review, profiles, schedules, workspaces, export/import."""

import zipfile
from decimal import Decimal

import pytest
from sqlalchemy import update

from cptcompare import FeeSchedule, PracticeProfile
from cptcompare.store import ArchiveError, export_library, import_library, library, open_store, queue
from cptcompare.store.schema import corrections

from .helpers import CONTRACTS
from .pdfgen import pdf_from_text
from .store_fixtures import BACKENDS, database_url

MERIDIAN = (CONTRACTS / "meridian_pm_agreement.pdf").read_bytes()


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    opened = open_store(url=database_url(request.param, tmp_path))
    yield opened
    opened.close()


def test_upload_is_kept_before_any_parsing(store):
    stored = store.library.add(MERIDIAN, "meridian.pdf", who="alice")
    assert store.library.original(stored.sha256) == MERIDIAN
    assert store.library.pending() == [stored.sha256]
    assert store.library.result(stored.sha256) is None
    [row] = store.library.uploads()
    assert (row["display_name"], row["uploaded_by"], row["status"]) == ("meridian.pdf", "alice", "pending")


def test_run_records_the_result_by_extractor_version(store):
    stored = store.library.add(MERIDIAN, "meridian.pdf")
    result = store.library.run(stored.sha256)
    assert result.terms.cpt_fee.amount == 20.0
    assert store.library.pending() == []
    assert store.library.result(stored.sha256).terms.vendor == "Meridian Practice Solutions LLC"


def test_duplicate_is_recognized_with_its_first_name(store):
    store.library.add(MERIDIAN, "meridian.pdf")
    again = store.library.add(MERIDIAN, "copy of meridian.pdf")
    assert again.duplicate_of == "meridian.pdf"
    assert len(store.library.uploads()) == 2


def test_unreadable_file_keeps_its_error(store):
    stored = store.library.add(b"%PDF-1.4 broken", "broken.pdf")
    result = store.library.run(stored.sha256)
    assert result.status == "error" and result.error.code == "corrupt"
    assert store.library.result(stored.sha256).error.code == "corrupt"


def test_file_names_are_display_text_only(store):
    hostile = "../../etc/passwd\x00<b>\u202eevil\ud800.pdf"
    stored = store.library.add(MERIDIAN, hostile)
    assert "\x00" not in stored.display_name and "\ud800" not in stored.display_name
    assert store.library.uploads()[0]["display_name"] == stored.display_name


def test_a_killed_parse_stays_pending_and_is_retried(store):
    stored = store.library.add(MERIDIAN, "meridian.pdf")
    store.library.queue.claim(stored.sha256, lease_seconds=0)  # a read started, its reader killed
    assert store.library.pending() == [stored.sha256]  # once the lease has run out
    [result] = store.library.run_pending()
    assert result.status == "ok"


def test_a_file_that_keeps_killing_the_parser_is_given_up(store):
    stored = store.library.add(MERIDIAN, "meridian.pdf")
    for _ in range(library.MAX_ATTEMPTS):
        store.library.queue.claim(stored.sha256, lease_seconds=0)
    [result] = store.library.run_pending()
    assert result.status == "error" and "will not be tried again" in result.error.message
    assert store.library.pending() == []


def test_corrections_keep_their_history_and_the_latest_wins(store):
    sha = store.library.add(MERIDIAN, "meridian.pdf").sha256
    store.library.run(sha)
    store.library.correct(sha, "vendor", "Meridian PS", note="short name", author="bo")
    store.library.correct(
        sha, "cpt_fee", {"amount": 21.0, "currency": "USD", "unit": "provider", "period": "year"}
    )
    store.library.correct(sha, "vendor", "Meridian Practice Solutions, LLC", author="cy")
    history = store.library.corrections(sha)
    assert [c.field for c in history] == ["vendor", "cpt_fee", "vendor"]
    assert history[0].old_value == "Meridian Practice Solutions LLC"
    assert history[2].old_value == "Meridian PS"
    terms = store.library.effective_terms(sha)
    assert terms.vendor == "Meridian Practice Solutions, LLC"
    assert terms.cpt_fee.amount == 21.0


def test_only_known_fields_can_be_corrected(store):
    sha = store.library.add(MERIDIAN, "meridian.pdf").sha256
    with pytest.raises(ValueError, match="cannot be corrected"):
        store.library.correct(sha, "sha256", "x")


def test_reanalysis_flags_corrections_whose_value_changed(store, monkeypatch):
    monkeypatch.setattr(library, "EXTRACTOR_VERSION", "old")
    monkeypatch.setattr(queue, "EXTRACTOR_VERSION", "old")
    sha = store.library.add(MERIDIAN, "meridian.pdf").sha256
    store.library.run(sha)
    store.library.correct(sha, "vendor", "Meridian PS")  # made against the old extraction
    store.library.correct(sha, "ama_notice", False)
    with store.engine.begin() as conn:  # as if the old extractor had read no AMA notice
        conn.execute(update(corrections).where(corrections.c.field == "ama_notice").values(old_value="false"))
    monkeypatch.undo()
    assert store.library.outdated() == [sha]
    store.library.reanalyze_outdated()
    review = {c.field: c.needs_review for c in store.library.corrections(sha)}
    assert review == {"vendor": False, "ama_notice": True}
    assert store.library.effective_terms(sha).vendor == "Meridian PS"


def test_profiles_and_schedules_by_name(store):
    catalog = store.catalog
    catalog.save_profile("Main office", PracticeProfile(providers={"physicians": 5}, locations=2))
    catalog.save_profile("Main office", PracticeProfile(providers={"physicians": 6}))
    assert catalog.profile("Main office").provider_count == 6
    catalog.save_schedule(FeeSchedule(name="Our quote", entity_fee=Decimal("90"), per_user=Decimal("19.25")))
    assert catalog.schedule("Our quote").per_user == Decimal("19.25")
    assert catalog.schedule("Our quote").kind == "custom"
    assert (catalog.profile_names(), catalog.schedule_names()) == (["Main office"], ["Our quote"])
    assert catalog.profile("nobody") is None


def test_workspaces_have_unguessable_ids_and_soft_removal(store):
    catalog = store.catalog
    sha = store.library.add(MERIDIAN, "meridian.pdf").sha256
    workspace = catalog.create_workspace("North clinic", profile_name="Main office")
    assert len(workspace.id) >= 22  # 16 random bytes, URL-safe
    assert workspace.id != catalog.create_workspace("North clinic").id
    catalog.add_to_workspace(workspace.id, sha)
    catalog.remove_from_workspace(workspace.id, sha)
    assert catalog.contracts_in(workspace.id) == []
    catalog.add_to_workspace(workspace.id, sha)  # undo
    assert catalog.contracts_in(workspace.id) == [sha]
    catalog.set_workspace_profile(workspace.id, "Branch office")
    assert catalog.workspace(workspace.id).profile_name == "Branch office"
    assert [w.name for w in catalog.workspaces()] == ["North clinic", "North clinic"]
    catalog.delete_workspace(workspace.id)
    assert catalog.workspace(workspace.id) is None
    catalog.restore_workspace(workspace.id)
    assert catalog.workspace(workspace.id).name == "North clinic"


def test_export_and_import_rebuild_the_library(store, tmp_path):
    sha = store.library.add(MERIDIAN, "meridian.pdf", who="alice").sha256
    store.library.run(sha)
    store.library.correct(sha, "vendor", "Meridian PS", author="bo")
    workspace = store.catalog.create_workspace("Main")
    store.catalog.add_to_workspace(workspace.id, sha)
    store.catalog.save_profile("Main", PracticeProfile(providers={"physicians": 3}))
    archive = tmp_path / "export.zip"
    assert export_library(store.engine, archive) == 1
    other = open_store(url=f"sqlite:///{tmp_path / 'other.db'}")
    added = import_library(other.engine, archive)
    assert added["files"] == 1 and added["corrections"] == 1
    assert other.library.effective_terms(sha).vendor == "Meridian PS"
    assert other.catalog.contracts_in(workspace.id) == [sha]
    assert other.catalog.profile("Main").provider_count == 3
    assert set(import_library(other.engine, archive).values()) == {0}  # twice changes nothing
    other.close()


def test_damaged_export_is_refused(store, tmp_path):
    archive = tmp_path / "export.zip"
    store.library.add(MERIDIAN, "meridian.pdf")
    export_library(store.engine, archive)
    with zipfile.ZipFile(archive, "a") as z:
        z.writestr("files/" + "0" * 64 + ".pdf", pdf_from_text("not what the name says"))
    with pytest.raises(ArchiveError, match="does not match"):
        import_library(store.engine, archive)
    (tmp_path / "junk.zip").write_bytes(b"junk")
    with pytest.raises(ArchiveError, match="not a CPT Compare library export"):
        import_library(store.engine, tmp_path / "junk.zip")


def test_protected_file_waits_for_its_password(store):
    locked = pdf_from_text("The CPT license fee is $19.00 per provider per year.", encrypt="pw1")
    sha = store.library.add(locked, "locked.pdf").sha256
    assert store.library.run(sha).error.code == "encrypted"
    assert store.library.pending() == []  # not retried blindly at every start
    assert store.library.run(sha, password="pw1").terms.cpt_fee.amount == 19.0
