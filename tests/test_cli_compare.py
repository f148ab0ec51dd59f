"""The compare and schedule commands: JSON shape, figures worked out by hand, exit codes."""

import json

import pytest

from .helpers import CONTRACTS, run_cli
from .pdfgen import pdf_from_text


def run(*args, data_dir):
    return run_cli(*args, data_dir=data_dir)


@pytest.fixture
def contract(tmp_path):
    path = tmp_path / "monthly.pdf"
    path.write_bytes(
        pdf_from_text('Greenleaf EHR, Inc. ("Vendor") charges an AMA CPT fee of $1.55 per user per month.')
    )
    return path


def compare_json(*args, data_dir):
    proc = run("compare", "--json", *args, data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_shape_and_figures_for_2024(contract, tmp_path):
    out = compare_json("--users", 20, "--year", 2024, contract, data_dir=tmp_path)
    assert {"year", "schedule", "direct", "contracts"} <= set(out)
    assert out["year"] == 2024
    direct = out["direct"]
    assert {"users", "entity_fee", "per_user", "annual_cost", "assumptions"} <= set(direct)
    assert (direct["users"], direct["entity_fee"], direct["per_user"], direct["annual_cost"]) == (
        20,
        82.5,
        18.0,
        442.5,
    )
    [row] = out["contracts"]
    keys = {
        "file",
        "vendor",
        "coverage",
        "cpt_fee",
        "annual_cpt_cost",
        "direct_annual_cost",
        "difference",
        "flags",
        "advice",
    }
    assert keys <= set(row)
    assert (row["vendor"], row["coverage"], row["annual_cpt_cost"]) == (
        "Greenleaf EHR, Inc.",
        "pass_through",
        372.0,
    )
    assert (row["direct_annual_cost"], row["difference"]) == (442.5, -70.5)


def test_2026_lists_the_entity_fee_assumption(contract, tmp_path):
    direct = compare_json("--users", 20, "--year", 2026, contract, data_dir=tmp_path)["direct"]
    assert direct["annual_cost"] == 452.5
    assert any("entity fee" in a and "assumed" in a for a in direct["assumptions"])


def test_providers_alone_mean_four_users_each(contract, tmp_path):
    out = compare_json("--providers", 5, "--year", 2026, contract, data_dir=tmp_path)
    assert out["direct"]["users"] == 20
    assert any("Estimate" in a for a in out["direct"]["assumptions"])
    assert out["contracts"][0]["annual_cpt_cost"] == 372.0


def test_users_win_over_the_proxy(contract, tmp_path):
    assert compare_json("--providers", 5, "--users", 12, contract, data_dir=tmp_path)["direct"]["users"] == 12


def test_readable_table(contract, tmp_path):
    proc = run("compare", "--providers", 5, "--year", 2026, contract, data_dir=tmp_path)
    assert proc.returncode == 0
    assert "AMA (direct license)" in proc.stdout and "$372.00" in proc.stdout and "$452.50" in proc.stdout


def test_saved_schedule_and_scenario(contract, tmp_path):
    saved = run("schedule", "Our quote", "--entity-fee", "100", "--per-user", "$20.00", data_dir=tmp_path)
    assert saved.returncode == 0, saved.stderr
    ours = compare_json("--users", 10, "--schedule", "Our quote", contract, data_dir=tmp_path)
    assert (ours["schedule"]["kind"], ours["direct"]["annual_cost"]) == ("custom", 300.0)
    forum = compare_json("--users", 10, "--schedule", "2016 forum quote", contract, data_dir=tmp_path)
    assert forum["direct"]["annual_cost"] == 625.0


@pytest.mark.parametrize(
    "args",
    [
        ["compare", "--users", "-3", "x.pdf"],
        ["compare", "--schedule", "nobody saved this", "CONTRACT"],
        ["schedule", "Bad", "--entity-fee", "lots", "--per-user", "1"],
    ],
)
def test_usage_errors(args, contract, tmp_path):
    proc = run(*[str(contract) if a == "CONTRACT" else a for a in args], data_dir=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_unreadable_file_exits_one(contract, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"nope")
    proc = run("compare", "--json", contract, bad, data_dir=tmp_path)
    assert proc.returncode == 1
    assert "bad.pdf" in json.loads(proc.stdout)["unreadable"][0]


def test_five_physician_practice_over_the_samples(tmp_path):
    pdfs = sorted(CONTRACTS.glob("*.pdf"))
    proc = run(
        "compare",
        "--json",
        "--providers",
        5,
        "--year",
        2026,
        "--password",
        "practice2026",
        *pdfs,
        data_dir=tmp_path,
    )
    out = json.loads(proc.stdout)
    rows = {r["file"].rsplit("/", 1)[-1]: r for r in out["contracts"]}
    assert rows["meridian_pm_agreement.pdf"]["annual_cpt_cost"] == 100.0  # $20 x 5 providers
    assert rows["greenfield_per_user_month.pdf"]["annual_cpt_cost"] == 372.0  # $1.55 x 12 x 20 users
    assert rows["bluepeak_ehr_msa.pdf"]["annual_cpt_cost"] == 0.0
    assert rows["oakhaven_customer_license.pdf"]["annual_cpt_cost"] == 452.5
    assert rows["lakemont_eligibility_unclear.pdf"]["annual_cpt_cost"] is None
