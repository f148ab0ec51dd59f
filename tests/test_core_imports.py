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
