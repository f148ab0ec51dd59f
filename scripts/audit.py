"""make audit: the pinned dependencies (requirements.txt, requirements-dev.txt, and everything
they pull in) against PyPI's vulnerability data, with pip-audit.

pip-audit resolves the whole tree and asks PyPI about each exact version
(/pypi/NAME/VERSION/json). Where that answer is missing (some mirrors serve only the project
page, /pypi/NAME/json, whose vulnerabilities are those of the latest release), a package pinned
at its latest release is checked from the project page; any other is listed as not checked.

Exit status: 0 every package checked, no known vulnerability; 1 vulnerabilities found (listed,
with the versions that fix them); 2 the audit itself failed (pip-audit's message is shown);
3 PyPI's vulnerability data could not be reached for some or all packages, and none of those
checked has a known vulnerability: the audit is incomplete, and says which packages it missed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ["requirements.txt", "requirements-dev.txt"]
PYPI = "https://pypi.org/pypi/{name}/json"  # the data pip-audit's "pypi" service reads
FOUND, FAILED, UNREACHABLE = 1, 2, 3


def project_page(name: str) -> dict | None:
    """PyPI's JSON page of a project (its latest release and that release's vulnerabilities)."""
    try:
        with urllib.request.urlopen(PYPI.format(name=name), timeout=20) as answer:
            return json.load(answer)
    except (urllib.error.URLError, OSError, ValueError):
        return None


def run_pip_audit(report: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env.get("PIP_CERT") and not env.get("REQUESTS_CA_BUNDLE"):
        env["REQUESTS_CA_BUNDLE"] = env["PIP_CERT"]  # the CA bundle pip is set up with, for requests too
    command = [sys.executable, "-m", "pip_audit", "--vulnerability-service", "pypi"]
    command += ["--progress-spinner", "off", "--format", "json", "--output", str(report)]
    command += [arg for name in REQUIREMENTS for arg in ("-r", name)]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)


def from_project_page(dep: dict) -> str | None:
    """Fill dep["vulns"] from the project page if dep is pinned at the latest release; else say
    why it stays unchecked."""
    version = re.search(r"\(([^()\s]+)\)$", dep["skip_reason"])  # "... streamlit (1.67.0)"
    if version is None:
        return dep["skip_reason"]
    dep["version"] = version.group(1)
    page = project_page(dep["name"])
    if page is None:
        return "PyPI did not answer"
    latest = page.get("info", {}).get("version")
    if latest != dep["version"]:
        return f"no data for this version here (the latest release is {latest})"
    dep["vulns"] = [
        {"id": v["id"], "aliases": v.get("aliases") or [], "fix_versions": v.get("fixed_in") or []}
        for v in page.get("vulnerabilities") or []
        if not v.get("withdrawn")
    ]
    return None


def pinned_in(name: str) -> str:
    """Which requirements file pins this package directly, if any."""
    key = name.lower().replace("_", "-").replace(".", "-")
    for file in REQUIREMENTS:
        for line in (ROOT / file).read_text().splitlines():
            spec = line.split("#")[0].split("==")[0].split("[")[0].strip().lower()
            if spec.replace("_", "-").replace(".", "-") == key:
                return file
    return "pulled in by a pinned package"


def audit() -> tuple[list[dict], list[tuple[dict, str]]] | str:
    """(packages checked, packages not checked with why), or pip-audit's error."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "audit.json"
        done = run_pip_audit(report)
        if not report.exists():
            return f"exit {done.returncode}: {done.stderr.strip()}"
        deps = json.loads(report.read_text()).get("dependencies", [])
    checked, missed = [], []
    for dep in deps:
        why = from_project_page(dep) if dep.get("skip_reason") else None
        (missed.append((dep, why)) if why else checked.append(dep))
    return checked, missed


def show(dep: dict) -> None:
    for vuln in dep["vulns"]:
        fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
        aliases = f" ({', '.join(vuln['aliases'])})" if vuln.get("aliases") else ""
        where = f"{dep['name']} {dep['version']} [{pinned_in(dep['name'])}]"
        print(f"  {where}: {vuln['id']}{aliases}; fixed in {fixed}")


def main() -> int:
    if project_page("pip-audit") is None:
        where = PYPI.format(name="...")
        print(f"audit: PyPI's vulnerability data ({where}) cannot be reached; nothing was checked.")
        return UNREACHABLE
    outcome = audit()
    if isinstance(outcome, str):
        print(f"audit: pip-audit failed, nothing was checked ({outcome})")
        return FAILED
    checked, missed = outcome
    vulnerable = [d for d in checked if d.get("vulns")]
    print(f"audit: {len(checked) + len(missed)} packages ({', '.join(REQUIREMENTS)} and what they pull in)")
    for dep in vulnerable:
        show(dep)
    for dep, why in missed:
        print(f"  not checked: {dep['name']} {dep['version']} [{pinned_in(dep['name'])}]: {why}")
    found = f"{len(vulnerable)} with known vulnerabilities"
    print(f"audit: {len(checked)} checked, {found}; {len(missed)} not checked.")
    if vulnerable:
        return FOUND
    if missed:
        print(
            f"audit: INCOMPLETE: PyPI's vulnerability data for {len(missed)} of the pinned versions "
            "cannot be reached from here; run `make audit` where pypi.org answers in full."
        )
        return UNREACHABLE
    print("audit: no known vulnerabilities.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
