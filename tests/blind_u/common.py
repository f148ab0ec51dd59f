"""Layout helpers shared by the blind_u document modules.

Everything here is deterministic: reportlab runs in invariant mode, only the
built-in Type 1 fonts are used, and nothing depends on time or randomness.
"""
import io
import re
import sys

sys.dont_write_bytecode = True

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

FAMILIES = {
    "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "serif": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "mono": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

_AMP = re.compile(r"&(?![a-zA-Z]+;|#\d+;)")


def esc(text):
    """Escape bare ampersands so that paragraph markup stays valid."""
    return _AMP.sub("&amp;", text)


class Kit:
    """A small vocabulary of flowables in one typographic family."""

    def __init__(self, family="sans", size=9.5, lead=None, justify=False,
                 accent=colors.HexColor("#1f3a5f")):
        self.family = family
        self.font, self.bold, self.ital = FAMILIES[family]
        self.size = size
        self.lead = lead or round(size * 1.32, 2)
        self.accent = accent
        align = TA_JUSTIFY if justify else TA_LEFT
        self.st = {
            "p": ParagraphStyle("p", fontName=self.font, fontSize=size,
                                leading=self.lead, alignment=align,
                                spaceAfter=size * 0.55),
            "pi": ParagraphStyle("pi", fontName=self.font, fontSize=size,
                                 leading=self.lead, alignment=align,
                                 leftIndent=18, spaceAfter=size * 0.45),
            "small": ParagraphStyle("small", fontName=self.font,
                                    fontSize=size - 1.6,
                                    leading=(size - 1.6) * 1.3,
                                    spaceAfter=3),
            "cell": ParagraphStyle("cell", fontName=self.font,
                                   fontSize=size - 0.8,
                                   leading=(size - 0.8) * 1.25),
            "cellr": ParagraphStyle("cellr", fontName=self.font,
                                    fontSize=size - 0.8,
                                    leading=(size - 0.8) * 1.25,
                                    alignment=TA_RIGHT),
            "cellb": ParagraphStyle("cellb", fontName=self.bold,
                                    fontSize=size - 0.8,
                                    leading=(size - 0.8) * 1.25),
            "cellbr": ParagraphStyle("cellbr", fontName=self.bold,
                                     fontSize=size - 0.8,
                                     leading=(size - 0.8) * 1.25,
                                     alignment=TA_RIGHT),
            "h1": ParagraphStyle("h1", fontName=self.bold, fontSize=size + 6,
                                 leading=(size + 6) * 1.2, spaceAfter=8,
                                 textColor=accent),
            "h1c": ParagraphStyle("h1c", fontName=self.bold,
                                  fontSize=size + 4, leading=(size + 4) * 1.25,
                                  spaceAfter=8, alignment=TA_CENTER),
            "h2": ParagraphStyle("h2", fontName=self.bold, fontSize=size + 2,
                                 leading=(size + 2) * 1.25, spaceBefore=6,
                                 spaceAfter=4, textColor=accent,
                                 keepWithNext=1),
            "h3": ParagraphStyle("h3", fontName=self.bold, fontSize=size,
                                 leading=self.lead, spaceBefore=4,
                                 spaceAfter=2, keepWithNext=1),
            "center": ParagraphStyle("center", fontName=self.font,
                                     fontSize=size, leading=self.lead,
                                     alignment=TA_CENTER, spaceAfter=4),
            "right": ParagraphStyle("right", fontName=self.font,
                                    fontSize=size, leading=self.lead,
                                    alignment=TA_RIGHT, spaceAfter=4),
            "mono": ParagraphStyle("mono", fontName="Courier",
                                   fontSize=size - 0.5,
                                   leading=(size - 0.5) * 1.3, spaceAfter=4),
        }

    # -- text ---------------------------------------------------------------
    def p(self, text, style="p", **kw):
        st = self.st[style]
        if kw:
            st = ParagraphStyle(style + "x", parent=st, **kw)
        return Paragraph(esc(text), st)

    def pi(self, text):
        return self.p(text, "pi")

    def small(self, text):
        return self.p(text, "small")

    def h1(self, text, center=False):
        return self.p(text, "h1c" if center else "h1")

    def h2(self, text):
        return self.p(text, "h2")

    def h3(self, text):
        return self.p(text, "h3")

    def center(self, text):
        return self.p(text, "center")

    def right(self, text):
        return self.p(text, "right")

    def clause(self, num, title, text):
        """Numbered clause with a run-in bold caption."""
        head = "<b>%s</b> " % num if num else ""
        if title:
            head += "<b>%s.</b> " % title
        return self.p(head + text)

    def bullets(self, items, kind="bullet", indent=14):
        out = []
        for i, item in enumerate(items):
            if kind == "bullet":
                mark = "&bull;"
            elif kind == "num":
                mark = "%d." % (i + 1)
            elif kind == "alpha":
                mark = "(%s)" % "abcdefghijklmnop"[i]
            elif kind == "roman":
                mark = "(%s)" % ["i", "ii", "iii", "iv", "v", "vi", "vii",
                                 "viii", "ix", "x"][i]
            else:
                mark = kind
            st = ParagraphStyle("b%d" % indent, parent=self.st["p"],
                                leftIndent=indent + 12, firstLineIndent=0,
                                bulletIndent=indent, spaceAfter=2.5)
            out.append(Paragraph("<bullet>%s</bullet>%s" % (mark, esc(item)),
                                 st))
        out.append(Spacer(1, 3))
        return out

    def sp(self, h=6):
        return Spacer(1, h)

    def hr(self, width="100%", thick=0.6, color=colors.grey, space=4):
        return HRFlowable(width=width, thickness=thick, color=color,
                          spaceBefore=space, spaceAfter=space)

    def pb(self):
        return PageBreak()

    def cond(self, h):
        return CondPageBreak(h)

    def keep(self, items):
        return KeepTogether(items)

    # -- tables -------------------------------------------------------------
    def _cell(self, v, right=False, bold=False):
        if isinstance(v, (Paragraph, Table)):
            return v
        if v is None:
            v = ""
        if bold:
            st = "cellbr" if right else "cellb"
        else:
            st = "cellr" if right else "cell"
        return Paragraph(esc(str(v)), self.st[st])

    def table(self, rows, widths=None, ruled="grid", header=True,
              right_cols=(), shade=True, total_rows=0, valign="TOP",
              pad=3.5):
        """rows: list of lists of str. ruled: grid | lines | none | box."""
        data = []
        for ri, row in enumerate(rows):
            is_head = header and ri == 0
            is_total = total_rows and ri >= len(rows) - total_rows
            data.append([
                self._cell(v, right=(ci in right_cols) and not is_head,
                           bold=bool(is_head or is_total))
                for ci, v in enumerate(row)])
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.7)]
        if ruled == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
        elif ruled == "box":
            cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
            if header:
                cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
        elif ruled == "lines":
            if header:
                cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black))
                cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
            cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black))
            for ri in range(1 if header else 0, len(rows) - 1):
                cmds.append(("LINEBELOW", (0, ri), (-1, ri), 0.25,
                             colors.lightgrey))
        if header and shade and ruled in ("grid", "box", "lines"):
            cmds.append(("BACKGROUND", (0, 0), (-1, 0),
                         colors.HexColor("#e6eaf0")))
        if total_rows and ruled != "none":
            cmds.append(("LINEABOVE", (0, len(rows) - total_rows), (-1,
                         len(rows) - total_rows), 0.8, colors.black))
        t.setStyle(TableStyle(cmds))
        return t

    def kv(self, pairs, widths=(1.6 * inch, 4.9 * inch), ruled="none"):
        """Label / value pairs without a header row."""
        return self.table([[("<b>%s</b>" % a) if a else "", b]
                           for a, b in pairs], widths=widths, ruled=ruled,
                          header=False, pad=2)

    def sig(self, left, right, widths=(3.25 * inch, 3.25 * inch)):
        """Two signature columns; each side a list of lines."""
        def col(lines):
            out = []
            for ln in lines:
                out.append(self._cell(ln))
            return out
        n = max(len(left), len(right))
        left = left + [""] * (n - len(left))
        right = right + [""] * (n - len(right))
        rows = [[self._cell(a), self._cell(b)] for a, b in zip(left, right)]
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        return KeepTogether([Spacer(1, 6), t])

    def email_head(self, frm, to, date, subject, cc=None):
        pairs = [("From:", frm), ("To:", to)]
        if cc:
            pairs.append(("Cc:", cc))
        pairs += [("Date:", date), ("Subject:", subject)]
        return [self.kv(pairs, widths=(0.8 * inch, 5.7 * inch)),
                self.hr(thick=0.4)]

    def letterhead(self, name, lines, align="left", rule=True):
        st = "h1c" if align == "center" else "h1"
        out = [self.p(name, st, spaceAfter=1)]
        sub = "center" if align == "center" else "small"
        for ln in lines:
            out.append(self.p(ln, sub, spaceAfter=0))
        if rule:
            out.append(self.hr(thick=1.2, color=self.accent, space=6))
        return out


class Page:
    """Header/footer painter for SimpleDocTemplate callbacks."""

    def __init__(self, kit, header=None, footer=None, numbers=True,
                 number_fmt="Page %d"):
        self.kit = kit
        self.header = header
        self.footer = footer
        self.numbers = numbers
        self.number_fmt = number_fmt

    def __call__(self, canv, doc):
        canv.saveState()
        w, h = doc.pagesize
        canv.setFont(self.kit.font, 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        if self.header:
            canv.drawString(doc.leftMargin, h - doc.topMargin + 18,
                            self.header)
        if self.footer:
            canv.drawString(doc.leftMargin, doc.bottomMargin - 22,
                            self.footer)
        if self.numbers:
            canv.drawRightString(w - doc.rightMargin, doc.bottomMargin - 22,
                                 self.number_fmt % canv.getPageNumber())
        canv.restoreState()


def render(spec):
    """Render one document spec to PDF bytes."""
    kit = spec["kit"]
    story = spec["story"]
    pagesize = A4 if spec.get("paper") == "a4" else LETTER
    buf = io.BytesIO()
    margin = spec.get("margin", 0.9 * inch)
    doc = SimpleDocTemplate(
        buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
        topMargin=spec.get("top", 0.85 * inch),
        bottomMargin=spec.get("bottom", 0.85 * inch),
        title=spec.get("title", ""), author=spec.get("author", ""),
        subject="", creator="", keywords="")
    painter = Page(kit, header=spec.get("header"), footer=spec.get("footer"),
                   numbers=spec.get("numbers", True),
                   number_fmt=spec.get("number_fmt", "Page %d"))
    doc.build(list(story), onFirstPage=painter, onLaterPages=painter)
    return buf.getvalue()


def flat(*parts):
    """Flatten nested lists of flowables."""
    out = []
    for part in parts:
        if isinstance(part, (list, tuple)):
            out.extend(flat(*part))
        elif part is not None:
            out.append(part)
    return out


def fee(amount, unit, period, currency="USD"):
    return {"amount": amount, "currency": currency, "unit": unit,
            "period": period}


__all__ = ["Kit", "render", "flat", "fee", "inch", "mm", "colors", "esc"]
