"""Generate small real PDFs for edge-case tests (reportlab), so no test needs a mocked parser."""

from __future__ import annotations

import io
import zlib
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


def scan_of(data: bytes, dpi: int = 200, turn: Image.Transpose | None = None) -> bytes:
    """An image-only PDF of ``data``: each page rendered (greyscale) at ``dpi``, turned if asked,
    and saved as a picture of the same size in points; no text layer, as from a scanner."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        images = [
            pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))
        ]
    finally:
        pdf.close()
    if turn is not None:
        images = [image.transpose(turn) for image in images]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
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


# --- PDFs written object by object, for hostile and broken files (no PDF library involved) ------

MEDIABOX = b"/MediaBox [0 0 612 792]"
HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
# Four ruled lines: enough for pdf.py to hand the page to pdfplumber when it also names a CPT fee.
RULES = b"0.5 w 72 300 m 540 300 l S 72 280 m 540 280 l S 72 260 m 540 260 l S 72 240 m 540 240 l S"


def pdf_stream(data: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    """The body of a stream object; ``data`` is Flate-compressed unless compress is False."""
    if compress:
        data, extra = zlib.compress(data), b"/Filter /FlateDecode " + extra
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def text_ops(lines: Sequence[str], size: float = 11, leading: float = 14, top: float = 740) -> bytes:
    """Content-stream operators showing ``lines`` in font /F1, one under the other from ``top``."""
    shown = b" T*\n".join(b"(%s) Tj" % _pdf_string(line) for line in lines)
    return b"BT /F1 %g Tf %g TL 72 %g Td\n%s\nET" % (size, leading, top, shown)


def _pdf_string(text: str) -> bytes:
    raw = text.encode("latin-1", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(objects: Sequence[bytes], trailer: bytes = b"/Root 1 0 R", xref: bool = True) -> bytes:
    """A PDF file whose object n is ``objects[n - 1]``, with a correct cross-reference table
    unless xref is False. ``trailer`` is the inside of the trailer dictionary (/Size is added);
    ``%XREF%`` in it becomes the table's own offset (for a /Prev that loops)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = trailer.replace(b"%XREF%", b"%d" % start)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, start)
    return bytes(out)


def page_objects(
    contents: Sequence[bytes], page_extra: bytes = MEDIABOX, font: bytes = HELVETICA
) -> list[bytes]:
    """Objects of a one-page PDF: 1 catalog, 2 page tree, 3 the page, 4 its font /F1, then its
    content streams (object bodies) from 5 on. Callers may append more objects after those."""
    refs = b" ".join(b"%d 0 R" % (5 + i) for i in range(len(contents)))
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R %s /Resources << /Font << /F1 4 0 R >> >> /Contents [%s] >>"
        % (page_extra, refs),
        font,
        *contents,
    ]


def fee_page_pdf(*lines: str, page_extra: bytes = MEDIABOX) -> bytes:
    """One page of text with ruled lines under it: a page pdfplumber reads if it names a CPT fee."""
    return write_pdf(page_objects([pdf_stream(text_ops(lines) + b"\n" + RULES)], page_extra))


def zeros_bomb(gigabytes: float) -> bytes:
    """Flate data that inflates to ``gigabytes`` GB of zero bytes, itself Flate-compressed once
    more (a stream with /Filter [/FlateDecode /FlateDecode]): a few KB on disk. Written block by
    block with the checksum worked out, so it takes milliseconds, not gigabytes of compressing."""
    chunk_size = 1 << 20
    chunks = int(gigabytes * 1024)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflate.compress(bytes(chunk_size)) + deflate.flush(zlib.Z_FULL_FLUSH)
    size = chunks * chunk_size
    adler = ((size % 65521) << 16) | 1  # Adler-32 of `size` zero bytes: a = 1, b = size mod 65521
    inner = b"\x78\xda" + block * chunks + deflate.flush(zlib.Z_FINISH) + adler.to_bytes(4, "big")
    return zlib.compress(inner, 9)


def bomb_pdf(gigabytes: float, *lines: str) -> bytes:
    """A fee page (``lines`` over ruled lines) whose second content stream inflates to GBs."""
    text = pdf_stream(text_ops(lines) + b"\n" + RULES)
    bomb = pdf_stream(zeros_bomb(gigabytes), b"/Filter [/FlateDecode /FlateDecode] ", compress=False)
    return write_pdf(page_objects([text, bomb]))


def giant_page_pdf(chars: int, *lines: str) -> bytes:
    """One ruled page holding about ``chars`` characters of small print, then ``lines``: all of it
    inside the page (PDFium leaves out text drawn off the page)."""
    sentence = "The Customer shall pay all fees when due and keep its records. "
    line = sentence * (2961 // len(sentence))  # 3,000 characters at 0.3 pt fill 450 pt of width
    rows = [line] * max(1, (chars - sum(map(len, lines))) // len(line)) + list(lines)
    top = 20 + 1.4 * len(rows)
    return write_pdf(
        page_objects([pdf_stream(text_ops(rows, size=0.3, leading=1.4, top=top) + b"\n" + RULES)])
    )


def to_unicode_font_pdf(content: bytes, mapping: dict[int, str]) -> bytes:
    """A page in Helvetica whose ToUnicode map sends each one-byte code in ``mapping`` to the
    given UTF-16 hex (e.g. {0x80: "D800"}: a lone surrogate), for text PDFium reads as such."""
    pairs = b"\n".join(b"<%02X> <%s>" % (code, hex_.encode()) for code, hex_ in mapping.items())
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hostile def "
        b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"%d beginbfchar\n%s\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
        % (len(mapping), pairs)
    )
    font = HELVETICA[:-2] + b"/ToUnicode 6 0 R >>"
    return write_pdf([*page_objects([pdf_stream(content)], font=font), pdf_stream(cmap)])


def clause_pdf(item: dict) -> bytes:
    """One clause of a corpus as a one-page PDF: preamble, paragraphs, then its table, if any."""
    style = STYLES["Normal"]
    story: list = []
    for block in [item.get("preamble") or "", *item["text"].split("\n\n")]:
        if block.strip():
            story += [Paragraph(escape(block.strip()).replace("\n", "<br/>"), style), Spacer(1, 6)]
    if item.get("table"):
        rows = [[Paragraph(escape(c), style) for c in row] for row in item["table"]]
        table = Table(rows)
        table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")])
        story.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter, invariant=1).build(story)
    return out.getvalue()
