"""Build the sample vendor contracts (PDF) and their ground truth, contracts/labels.json.

Run from the project root:

    .venv/bin/python contracts/build.py

Every vendor is fictional. The texts and the expected terms live side by side in _texts.py,
_texts_more.py and _longform.py; _render.py turns the texts into PDFs with reportlab. Besides
the text contracts the script derives two files from them: an image-only "scan" (no text layer,
read with OCR, so labelled with the terms of its text version) and a password-protected copy.
Output is deterministic: reportlab runs with invariant=1, images are encoded with fixed settings
and nothing depends on the clock or on randomness.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

import _longform
import _texts
import _texts_more
from _render import build_pdf
from _spec import Contract

HERE = Path(__file__).resolve().parent
PASSWORD = "practice2026"
OWNER_PASSWORD = "cptcompare-samples-owner"
SCAN_SOURCE = "meridian_pm_agreement.pdf"
PROTECTED_SOURCE = "ashgrove_billing_terms.pdf"
SCAN_DPI = 150
SCAN_SKEW = (0.3, -0.2, 0.15, -0.35)  # degrees per page, cycled: a slightly crooked feeder
SCAN_GREY_LEVELS = 8  # posterized greyscale keeps the image-only file small


def all_contracts() -> list[Contract]:
    return [*_texts.CONTRACTS, *_texts_more.CONTRACTS, _longform.STONEBRIDGE]


def render(contract: Contract, path: Path, encrypt: StandardEncryption | None = None) -> None:
    build_pdf(
        path,
        contract.text,
        contract.theme,
        title=contract.title,
        author=contract.terms["vendor"],
        encrypt=encrypt,
    )


def page_count(path: Path, password: str | None = None) -> int:
    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        return len(pdf)
    finally:
        pdf.close()


def posterize(value: int) -> int:
    step = 256 // SCAN_GREY_LEVELS
    return 255 if value >= 250 else (value // step) * step + step // 2


def scanned_pages(source: Path) -> list[Image.Image]:
    """Render each page to a greyscale image, slightly skewed like a sheet-fed scan."""
    pdf = pdfium.PdfDocument(str(source))
    pages = []
    try:
        for index in range(len(pdf)):
            bitmap = pdf[index].render(scale=SCAN_DPI / 72, grayscale=True)
            image = bitmap.to_pil().convert("L")
            skew = SCAN_SKEW[index % len(SCAN_SKEW)]
            image = image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
            pages.append(image.point(posterize))
    finally:
        pdf.close()
    return pages


def write_scan(source: Path, target: Path) -> None:
    """An image-only PDF: every page is one picture, there is no text layer at all."""
    canvas = Canvas(str(target), pagesize=LETTER, invariant=1, pageCompression=1)
    canvas.setTitle(f"Scan of {source.name}")
    canvas.setCreator("CPT Compare contracts/build.py (simulated scanner)")
    for image in scanned_pages(source):
        canvas.drawImage(ImageReader(image), 0, 0, width=LETTER[0], height=LETTER[1])
        canvas.showPage()
    canvas.save()


def ok_label(contract: Contract, pages: int, password: str | None = None) -> dict:
    return {
        "description": contract.description,
        "status": "ok",
        "error_code": None,
        "password": password,
        "pages": pages,
        "terms": contract.terms,
    }


def build_all(out: Path) -> dict[str, dict]:
    labels: dict[str, dict] = {}
    by_file = {}
    for contract in all_contracts():
        path = out / contract.file
        render(contract, path)
        labels[contract.file] = ok_label(contract, page_count(path))
        by_file[contract.file] = contract

    original = by_file[PROTECTED_SOURCE]
    protected = original.file.replace(".pdf", "_protected.pdf")
    encrypt = StandardEncryption(PASSWORD, ownerPassword=OWNER_PASSWORD, strength=128)
    render(original, out / protected, encrypt=encrypt)
    labels[protected] = ok_label(original, page_count(out / protected, PASSWORD), PASSWORD)
    labels[protected]["description"] = (
        f"Password-protected copy of {PROTECTED_SOURCE} (RC4 128-bit, user password "
        f"{PASSWORD!r}); without the password it must fail with error code 'encrypted'."
    )

    scanned = f"scanned_{SCAN_SOURCE}"
    write_scan(out / SCAN_SOURCE, out / scanned)
    labels[scanned] = {
        **ok_label(by_file[SCAN_SOURCE], page_count(out / scanned)),
        "description": (
            f"Image-only scan of {SCAN_SOURCE} (greyscale, {SCAN_DPI} dpi, slightly skewed): no "
            "text layer; read with OCR it gives the same terms as its text version."
        ),
        "text_version": SCAN_SOURCE,
    }
    return dict(sorted(labels.items()))


def main() -> None:
    rl_config.useA85 = 0  # binary (Flate) streams: smaller files, same content
    labels = build_all(HERE)
    document = {
        "_about": (
            "Ground truth for the sample contracts, in the CLI's JSON terms (see "
            "../shared/DESIGN.md)."
        ),
        "contracts": labels,
    }
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    (HERE / "labels.json").write_text(text, encoding="utf-8")
    for name, label in labels.items():
        print(f"{label['pages']:4d}  {label['status']:5s}  {name}")


if __name__ == "__main__":
    main()
