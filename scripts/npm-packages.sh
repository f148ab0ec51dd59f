#!/usr/bin/env bash
# npm packages the tests use, at exact versions, installed only when missing:
#   scripts/npm-packages.sh [PREFIX]    axe-core (tests/test_accessibility.py) into PREFIX,
#                                       default $CPTCOMPARE_NPM_PREFIX or .cache/npm
# Without npm, or without the registry (offline), it installs nothing and says so; the
# accessibility test then says why it is skipped. Nothing is run from these packages here: the
# test reads axe.min.js into the browser page.
set -uo pipefail

prefix="${1:-${CPTCOMPARE_NPM_PREFIX:-.cache/npm}}"
packages=(axe-core@4.14.1)

missing=()
for spec in "${packages[@]}"; do
    name="${spec%@*}" version="${spec##*@}"
    grep -q "\"version\": \"$version\"" "$prefix/node_modules/$name/package.json" 2>/dev/null || missing+=("$spec")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v npm >/dev/null; then
    echo "npm is not installed: the accessibility test needs ${missing[*]} (install Node.js with npm)." >&2
    exit 0
fi
mkdir -p "$prefix"
echo "Installing ${missing[*]} (npm) into $prefix…" >&2
if ! npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
    --fetch-retries=1 "${missing[@]}" >/dev/null 2>&1; then
    echo "Could not install ${missing[*]} from the npm registry (offline?): the accessibility test will be skipped." >&2
fi
exit 0
