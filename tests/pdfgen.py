"""Generate small real PDFs for edge-case tests (reportlab), so no test needs a mocked parser."""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

STYLES = getSampleStyleSheet()


def _paragraph(text: str) -> Paragraph:
    return Paragraph(escape(text), STYLES["Normal"])


def pdf_from_pages(pages: Sequence[Sequence[str]], encrypt: str | None = None) -> bytes:
    """One PDF page per list of paragraphs."""
    story: list = []
    for i, paragraphs in enumerate(pages):
        if i:
            story.append(PageBreak())
        for p in paragraphs:
            story += [_paragraph(p), Spacer(1, 6)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter, invariant=1, encrypt=encrypt).build(story)
    return out.getvalue()


def pdf_from_text(*paragraphs: str, encrypt: str | None = None) -> bytes:
    return pdf_from_pages([paragraphs], encrypt=encrypt)


def pdf_with_table(before: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """Paragraphs, then a ruled table (first row is the header)."""
    story: list = [_paragraph(p) for p in before]
    table = Table([list(r) for r in rows])
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")])
    story.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter, invariant=1).build(story)
    return out.getvalue()


def pdf_lines_at_page_end(first_page: Sequence[str], tail: str, second_page: Sequence[str]) -> bytes:
    """Two pages drawn line by line, with running header and footer, ``tail`` ending page 1."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter, invariant=1)
    for number, lines in enumerate([list(first_page) + [tail], list(second_page)], start=1):
        c.setFont("Helvetica", 9)
        c.drawString(inch, 10.5 * inch, "Acme Master Agreement - Confidential")
        c.drawString(4 * inch, 0.5 * inch, f"Page {number} of 2")
        c.setFont("Helvetica", 11)
        y = 10 * inch
        for line in lines:
            c.drawString(inch, y, line)
            y -= 14
        c.showPage()
    c.save()
    return out.getvalue()


def image_only_pdf(pages: int = 1) -> bytes:
    """A 'scan': each page is one picture of text, with no text layer."""
    picture = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(picture)
    for i in range(30):
        draw.text(
            (80, 80 + i * 30), f"Section {i}. The CPT license fee is set out in the Order Form.", fill=0
        )
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter, invariant=1)
    for _ in range(pages):
        c.drawImage(ImageReader(picture), 0, 0, width=letter[0], height=letter[1])
        c.showPage()
    c.save()
    return out.getvalue()


def drawings_only_pdf() -> bytes:
    """Pages with vector shapes only: no text, no pictures."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter, invariant=1)
    for i in range(20):
        c.rect(inch, inch + i * 20, 5 * inch, 10, fill=1)
    c.showPage()
    c.save()
    return out.getvalue()


def blank_pages_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=letter, invariant=1)
    for i in range(pages):
        c.drawString(inch, inch, f"Page {i + 1} says hello to the reader.")
        c.showPage()
    c.save()
    return out.getvalue()
