#!/usr/bin/env bash
# Debian packages the app and its tests use, installed only when missing.
#   scripts/system-packages.sh run    Tesseract OCR (reads scanned contracts)
#   scripts/system-packages.sh test   the above, plus Chromium for the browser tests
# Without apt-get or root it installs nothing and says what to install by hand; the app still
# runs (scans then get a "needs OCR" message) and the browser tests say why they cannot run.
set -uo pipefail

packages=(tesseract-ocr tesseract-ocr-eng)
[[ "${1:-run}" == "test" ]] && packages+=(chromium)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "Please install these with your system's package manager: ${missing[*]}" >&2
    exit 0
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
        echo "Not root: to install them run  sudo apt-get install -y ${missing[*]}" >&2
        exit 0
    fi
fi
echo "Installing ${missing[*]} (Debian packages)…" >&2
if ! { $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null ||
    { $sudo apt-get update >/dev/null && $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }; }; then
    echo "Could not install ${missing[*]}; install them by hand to enable OCR and browser tests." >&2
fi
exit 0
