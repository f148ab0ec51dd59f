"""Render contract texts written in a tiny markup into PDFs with reportlab's platypus.

Markup (blocks are separated by blank lines; lines inside a block are joined with spaces):

    = Title                     document title (centred, large)
    == Subtitle                 line under the title (centred)
    # 1. Heading                numbered section heading
    ## Sub-heading              smaller heading
    (a) text                    indented paragraph
    : text                      quoted (indented) paragraph, e.g. replacement text in an amendment
    > text                      small print (notices, footnotes)
    | a | b | c |               table row; consecutive rows form one table, the first is bold;
    |~ 3 | 1 | 1 |              optional first line: relative column widths
    @pagebreak                  start a new page
    @framebreak                 move to the next frame (two-column layouts)
    @fill N                     fill the frame so that only N body lines fit below it
    @sig LEFT || RIGHT          signature block; "//" separates lines inside one side
    anything else               body paragraph; **bold** is allowed inline
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

BOLD = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold"}


@dataclass(frozen=True)
class Theme:
    """Look of one contract: fonts, sizes, margins and running header/footer."""

    body_font: str = "Times-Roman"
    heading_font: str = "Helvetica-Bold"
    size: float = 10.0
    leading: float = 13.0
    justify: bool = True
    margin: float = inch
    header: str = ""
    footer: str = ""
    columns: int = 1
    title_band: float = 1.45 * inch  # height of the full-width title band (two columns only)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    indent: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def make_styles(theme: Theme) -> Styles:
    bold = BOLD.get(theme.body_font, theme.body_font)
    body = ParagraphStyle(
        "body",
        fontName=theme.body_font,
        fontSize=theme.size,
        leading=theme.leading,
        alignment=TA_JUSTIFY if theme.justify else TA_LEFT,
        spaceBefore=0,
        spaceAfter=theme.leading * 0.5,
    )
    small_size = theme.size - 1.5
    return Styles(
        title=ParagraphStyle(
            "title",
            fontName=theme.heading_font,
            fontSize=theme.size + 6,
            leading=theme.size + 9,
            alignment=TA_CENTER,
            spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=body,
            alignment=TA_CENTER,
            spaceAfter=theme.leading,
        ),
        h1=ParagraphStyle(
            "h1",
            fontName=theme.heading_font,
            fontSize=theme.size + 1,
            leading=theme.leading + 1,
            spaceBefore=theme.leading * 0.6,
            spaceAfter=theme.leading * 0.35,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=theme.size,
            leading=theme.leading,
            spaceBefore=2,
            spaceAfter=2,
            keepWithNext=1,
        ),
        body=body,
        indent=ParagraphStyle("indent", parent=body, leftIndent=0.3 * inch),
        small=ParagraphStyle(
            "small",
            parent=body,
            fontSize=small_size,
            leading=small_size + 2.5,
        ),
        cell=ParagraphStyle(
            "cell",
            parent=body,
            fontSize=theme.size - 1,
            leading=theme.size + 1.5,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        cell_bold=ParagraphStyle(
            "cell_bold",
            parent=body,
            fontName=bold,
            fontSize=theme.size - 1,
            leading=theme.size + 1.5,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
    )


class FillTo(Flowable):
    """Take all the room left in the frame except `lines` lines of body text.

    Used to make a chosen paragraph start near the foot of a page, so that a key sentence
    is split by the page break.
    """

    def __init__(self, lines: int, leading: float) -> None:
        super().__init__()
        self.lines = lines
        self.leading = leading
        self._height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._height = max(0.0, avail_height - self.lines * self.leading - 1.0)
        return avail_width, self._height

    def draw(self) -> None:
        return None


def markup(text: str) -> str:
    """Escape XML specials and turn **bold** into <b>bold</b>."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)


def split_blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def table_flowable(lines: list[str], styles: Styles, width: float) -> Table:
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
    weights = None
    if rows[0][0].startswith("~"):
        weights = [float(rows[0][0][1:])] + [float(w) for w in rows[0][1:]]
        rows = rows[1:]
    ncols = max(len(row) for row in rows)
    weights = weights or [1.0] * ncols
    col_widths = [width * w / sum(weights) for w in weights]
    data = [
        [Paragraph(markup(cell), styles.cell_bold if r == 0 else styles.cell) for cell in row]
        for r, row in enumerate(rows)
    ]
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def signature_flowable(spec: str, styles: Styles, width: float) -> Table:
    sides = [side.strip().split("//") for side in spec.split("||")]
    lines = [
        "By: ______________________________",
        "Name: ____________________________",
        "Title: _____________________________",
        "Date: _____________________________",
    ]
    rows = []
    depth = max(len(side) for side in sides)
    for i in range(depth):
        rows.append(
            [Paragraph(markup(s[i].strip()) if i < len(s) else "", styles.cell_bold) for s in sides]
        )
    for line in lines:
        rows.append([Paragraph(line, styles.cell) for _ in sides])
    table = Table(rows, colWidths=[width / len(sides)] * len(sides), hAlign="LEFT")
    table.setStyle(TableStyle([("TOPPADDING", (0, depth), (-1, -1), 9)]))
    return table


def directive(line: str, styles: Styles, width: float) -> list[Flowable]:
    name, _, arg = line[1:].partition(" ")
    if name == "pagebreak":
        return [PageBreak()]
    if name == "framebreak":
        return [FrameBreak()]
    if name == "fill":
        return [FillTo(int(arg), styles.body.leading)]
    if name == "sig":
        return [Spacer(1, 8), signature_flowable(arg, styles, width)]
    if name == "spacer":
        return [Spacer(1, float(arg))]
    if name == "template":
        return [NextPageTemplate(arg)]
    raise ValueError(f"unknown directive {line!r}")


def block_flowables(block: list[str], styles: Styles, width: float) -> list[Flowable]:
    first = block[0]
    if first.startswith("|"):
        return [table_flowable(block, styles, width), Spacer(1, styles.body.leading * 0.6)]
    if first.startswith("@"):
        return [f for line in block for f in directive(line, styles, width)]
    if first.startswith(">"):
        text = " ".join(line.lstrip(">").strip() for line in block)
        return [Paragraph(markup(text), styles.small)]
    text = " ".join(block)
    for prefix, style in (
        ("== ", styles.subtitle),
        ("= ", styles.title),
        ("## ", styles.h2),
        ("# ", styles.h1),
    ):
        if text.startswith(prefix):
            return [Paragraph(markup(text[len(prefix) :]), style)]
    if text.startswith(": "):
        return [Paragraph(markup(text[2:]), styles.indent)]
    if re.match(r"^\([a-z0-9ivx]+\) ", text):
        return [Paragraph(markup(text), styles.indent)]
    return [Paragraph(markup(text), styles.body)]


def flowables(text: str, theme: Theme) -> list[Flowable]:
    styles = make_styles(theme)
    width = column_width(theme)
    return [f for block in split_blocks(text) for f in block_flowables(block, styles, width)]


def column_width(theme: Theme) -> float:
    usable = LETTER[0] - 2 * theme.margin
    if theme.columns == 1:
        return usable
    return (usable - 0.3 * inch) / theme.columns


def page_decorator(theme: Theme):
    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(theme.body_font, 7.5)
        width, height = LETTER
        if theme.header:
            canvas.drawString(theme.margin, height - theme.margin * 0.55, theme.header)
        footer = f"{theme.footer}    Page {canvas.getPageNumber()}".strip()
        canvas.drawCentredString(width / 2, theme.margin * 0.45, footer)
        canvas.restoreState()

    return decorate


def column_frames(theme: Theme, top: float, prefix: str) -> list[Frame]:
    width = column_width(theme)
    gap = 0.3 * inch
    return [
        Frame(
            theme.margin + i * (width + gap),
            theme.margin,
            width,
            top - theme.margin,
            id=f"{prefix}{i}",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        for i in range(theme.columns)
    ]


def page_templates(theme: Theme) -> list[PageTemplate]:
    width, height = LETTER
    decorate = page_decorator(theme)
    top = height - theme.margin
    if theme.columns == 1:
        frame = Frame(
            theme.margin,
            theme.margin,
            width - 2 * theme.margin,
            top - theme.margin,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return [PageTemplate(id="plain", frames=[frame], onPage=decorate)]
    band = Frame(
        theme.margin,
        top - theme.title_band,
        width - 2 * theme.margin,
        theme.title_band,
        id="band",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    first = [band, *column_frames(theme, top - theme.title_band - 6, "first")]
    return [
        PageTemplate(id="first", frames=first, onPage=decorate, autoNextPageTemplate="cols"),
        PageTemplate(id="cols", frames=column_frames(theme, top, "col"), onPage=decorate),
    ]


def build_pdf(path, text: str, theme: Theme, *, title: str, author: str, encrypt=None) -> None:
    """Write one contract PDF; the output is byte-for-byte repeatable (invariant=1)."""
    doc = BaseDocTemplate(
        str(path),
        pagesize=LETTER,
        leftMargin=theme.margin,
        rightMargin=theme.margin,
        topMargin=theme.margin,
        bottomMargin=theme.margin,
        title=title,
        author=author,
        subject="Sample vendor contract (fictional) for CPT Compare",
        creator="CPT Compare contracts/build.py",
        invariant=1,
        encrypt=encrypt,
    )
    doc.addPageTemplates(page_templates(theme))
    doc.build(flowables(text, theme))
