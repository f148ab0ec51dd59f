"""The core library never imports streamlit (DESIGN.md)."""

import re
import subprocess
import sys

from .helpers import ROOT

CORE = [
    "cptcompare",
    "cptcompare.cli",
    "cptcompare.analysis",
    "cptcompare.pdf",
    "cptcompare.extract",
    "cptcompare.worker",
]


def test_core_imports_without_streamlit():
    code = f"import sys; import {', '.join(CORE)}; print('streamlit' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "False"


def test_no_core_module_names_streamlit():
    offenders = [
        p.name
        for p in (ROOT / "cptcompare").rglob("*.py")
        if re.search(r"^\s*(?:import|from)\s+streamlit", p.read_text("utf-8"), re.M)
    ]
    assert offenders == []


def test_cli_start_stays_light():
    """Starting the CLI loads no database or layout library: they cost a quarter second and
    only some commands need them (a regression once made every `analyze` pay for them)."""
    heavy = ("sqlalchemy", "alembic", "psycopg", "pdfplumber", "streamlit")
    code = f"import sys, cptcompare.cli; print([m for m in {heavy!r} if m in sys.modules])"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "[]"
