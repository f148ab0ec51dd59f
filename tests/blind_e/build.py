#!/usr/bin/env python3
"""Blind test set E for CPT Compare.

Writes every PDF of the set and labels.json into the folder holding this script.
Deterministic: reportlab invariant mode, no randomness, a fixed file order.
Run with:  .venv/bin/python build.py

All vendors, practices, people, addresses and products are fictional.  The only real
organisations named are the AMA, the ADA, CMS and the code-set stewards.
"""
import hashlib
import json
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

_AMP = re.compile(r"&(?!(amp|lt|gt|quot|nbsp|#\d+);)")


def esc(s):
    """Escape bare ampersands; keep the small markup set (<b>, <i>, <br/>, <font>, <u>)."""
    return _AMP.sub("&amp;", s)


class Theme:
    """Look of one document: fonts, sizes, colours, margins, columns, running heads."""

    def __init__(self, family="helv", size=10.0, lead=None, accent="#1f3a5f", page=letter,
                 margins=(0.85, 0.85, 0.9, 0.9), cols=1, justify=False, header=None,
                 footer=None, page_numbers=True, rule_color="#888888", head_family=None,
                 title_size=None, zebra="#eef2f6"):
        self.family = family
        self.f, self.fb, self.fi = FAMILIES[family]
        hf = FAMILIES[head_family or family]
        self.hf, self.hfb = hf[0], hf[1]
        self.size = size
        self.lead = lead or size * 1.28
        self.accent = colors.HexColor(accent)
        self.page = page
        self.margins = [m * inch for m in margins]  # left, right, top, bottom
        self.cols = cols
        self.justify = justify
        self.header = header
        self.footer = footer
        self.page_numbers = page_numbers
        self.rule = colors.HexColor(rule_color)
        self.zebra = colors.HexColor(zebra)
        self.title_size = title_size or size + 7
        self.width = page[0] - self.margins[0] - self.margins[1]
        self.colw = (self.width - 0.3 * inch * (cols - 1)) / cols
        self._styles = {}

    # ---- styles -------------------------------------------------------------
    def st(self, name, **kw):
        key = (name, tuple(sorted(kw.items())))
        if key not in self._styles:
            base = dict(fontName=self.f, fontSize=self.size, leading=self.lead,
                        alignment=TA_JUSTIFY if self.justify else TA_LEFT, spaceAfter=self.size * 0.55)
            base.update(kw)
            self._styles[key] = ParagraphStyle(name + str(len(self._styles)), **base)
        return self._styles[key]

    # ---- flowables ----------------------------------------------------------
    def title(self, text, size=None, align=TA_LEFT, color=None, space=8):
        s = size or self.title_size
        return Paragraph(esc(text), self.st("title", fontName=self.hfb, fontSize=s, leading=s * 1.2,
                                            alignment=align, textColor=color or self.accent,
                                            spaceAfter=space))

    def h(self, text, level=1, color=None, align=TA_LEFT):
        s = {1: self.size + 3, 2: self.size + 1, 3: self.size}[level]
        return Paragraph(esc(text), self.st("h%d" % level, fontName=self.hfb, fontSize=s, leading=s * 1.25,
                                            textColor=color or (self.accent if level < 3 else colors.black),
                                            spaceBefore=s * 0.7, spaceAfter=s * 0.35, alignment=align))

    def p(self, text, size=None, align=None, indent=0, bold=False, italic=False, color=None, after=None):
        s = size or self.size
        kw = dict(fontSize=s, leading=s * 1.28, leftIndent=indent)
        if align is not None:
            kw["alignment"] = align
        if bold:
            kw["fontName"] = self.fb
        if italic:
            kw["fontName"] = self.fi
        if color:
            kw["textColor"] = colors.HexColor(color)
        if after is not None:
            kw["spaceAfter"] = after
        return Paragraph(esc(text), self.st("p", **kw))

    def small(self, text, **kw):
        return self.p(text, size=self.size - 2, **kw)

    def bullets(self, items, numbered=False, indent=14, start=1, bullet=None, size=None):
        out = []
        s = size or self.size
        for i, it in enumerate(items):
            mark = ("%d." % (i + start)) if numbered else (bullet or "\u2022")
            st = self.st("li", fontSize=s, leading=s * 1.28, leftIndent=indent + 6, bulletIndent=indent - 8,
                         spaceAfter=s * 0.3)
            out.append(Paragraph(esc(it), st, bulletText=mark))
        return out

    def sp(self, h=6):
        return Spacer(1, h)

    def hr(self, color=None, width=0.6):
        t = Table([[""]], colWidths=[self.colw], rowHeights=[4])
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), width, color or self.rule)]))
        return t

    def cell(self, v, bold=False, size=None, align=TA_LEFT, color=None):
        if not isinstance(v, str):
            return v
        s = size or self.size - 1
        kw = dict(fontSize=s, leading=s * 1.22, spaceAfter=0, alignment=align,
                  fontName=self.fb if bold else self.f)
        if color:
            kw["textColor"] = color
        return Paragraph(esc(v), self.st("cell", **kw))

    def table(self, rows, widths=None, style="ruled", header=True, right=(), size=None, bold_last=False,
              head_bg=None, head_fg=None, pad=3):
        """rows of strings; widths as fractions of the column width; style ruled|grid|plain|zebra|lines."""
        ncol = max(len(r) for r in rows)
        if widths is None:
            widths = [1.0 / ncol] * ncol
        cw = [w * self.colw for w in widths]
        data = []
        for ri, r in enumerate(rows):
            line = []
            for ci, v in enumerate(r):
                is_head = header and ri == 0
                al = TA_RIGHT if ci in right else TA_LEFT
                fg = None
                if is_head and style in ("ruled", "zebra", "grid") and head_fg is not False:
                    fg = colors.white
                bold = is_head or (bold_last and ri == len(rows) - 1)
                line.append(self.cell(v, bold=bold, size=size, align=al, color=fg))
            while len(line) < ncol:
                line.append("")
            data.append(line)
        t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if style == "ruled":
            cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, self.rule), ("BOX", (0, 0), (-1, -1), 0.6, self.rule)]
            if header:
                cmds += [("BACKGROUND", (0, 0), (-1, 0), head_bg or self.accent)]
        elif style == "grid":
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, self.rule)]
            if header:
                cmds += [("BACKGROUND", (0, 0), (-1, 0), head_bg or self.accent)]
        elif style == "zebra":
            for i in range(1 if header else 0, len(data)):
                if i % 2 == 0:
                    cmds.append(("BACKGROUND", (0, i), (-1, i), self.zebra))
            if header:
                cmds += [("BACKGROUND", (0, 0), (-1, 0), head_bg or self.accent)]
        elif style == "lines":
            if header:
                cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black)]
            cmds += [("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black)]
        # "plain": no rules at all
        if bold_last and style != "plain":
            cmds.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
        t.setStyle(TableStyle(cmds))
        return t

    def kv(self, pairs, key_w=0.18, size=None):
        rows = [[self.cell(k, bold=True, size=size), self.cell(v, size=size)] for k, v in pairs]
        t = Table(rows, colWidths=[key_w * self.colw, (1 - key_w) * self.colw])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    def sig(self, left, right):
        """Signature block; left/right are (party, name, title) tuples."""
        def block(party, name, title):
            return [self.cell("<b>%s</b>" % party), self.cell("By: ______________________________"),
                    self.cell("Name: %s" % name), self.cell("Title: %s" % title), self.cell("Date: ____________")]
        a, b = block(*left), block(*right)
        t = Table([[x, y] for x, y in zip(a, b)], colWidths=[self.colw / 2] * 2)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        return KeepTogether([Spacer(1, 10), t])

    def letterhead(self, name, lines, right=None):
        left = [self.cell("<b>%s</b>" % name, size=self.size + 4, color=self.accent)]
        left += [self.cell(x, size=self.size - 2) for x in lines]
        rt = [self.cell(x, size=self.size - 2, align=TA_RIGHT) for x in (right or [])]
        while len(rt) < len(left):
            rt.append("")
        while len(left) < len(rt):
            left.append("")
        t = Table([[a, b] for a, b in zip(left, rt)], colWidths=[self.colw * 0.62, self.colw * 0.38])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, -1), (-1, -1), 1.2, self.accent)]))
        return t

    def box(self, flowables, bg="#f4f4f0", border=None):
        t = Table([[flowables]], colWidths=[self.colw])
        cmds = [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
        if border:
            cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)))
        t.setStyle(TableStyle(cmds))
        return t


def render(path, theme, story, title):
    t = theme
    pw, ph = t.page
    l, r, top, bot = t.margins

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(t.f, 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        if t.header:
            canv.drawString(l, ph - top + 18, t.header)
        if t.footer:
            canv.drawString(l, bot - 24, t.footer)
        if t.page_numbers:
            canv.drawRightString(pw - r, bot - 24, "Page %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=t.page, leftMargin=l, rightMargin=r, topMargin=top,
                          bottomMargin=bot, title=title, author="", subject="", creator="",
                          invariant=1)
    frames = []
    for i in range(t.cols):
        x = l + i * (t.colw + 0.3 * inch)
        frames.append(Frame(x, bot, t.colw, ph - top - bot, id="c%d" % i, leftPadding=0, rightPadding=0,
                            topPadding=0, bottomPadding=0))
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    doc.build(story)


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
DOCS = []


def doc(theme, vendor, coverage, description, fee=None, ama_license=False, title=""):
    """Decorator: registers a document builder with its label."""
    def wrap(fn):
        DOCS.append(dict(fn=fn, theme=theme, vendor=vendor, coverage=coverage, description=description,
                         fee=fee, ama_license=ama_license, title=title or fn.__name__))
        return fn
    return wrap


def fee(amount, unit, period):
    return {"amount": float(amount), "currency": "USD", "unit": unit, "period": period}


# ---------------------------------------------------------------------------
# Shared boilerplate (written for this set; varied so documents do not all read alike)
# ---------------------------------------------------------------------------
def bp_confidentiality(t, a="Vendor", b="Customer", n="9"):
    return [t.h("%s. Confidentiality" % n, 2),
            t.p("Each party may receive non-public information of the other that is marked confidential or that a "
                "reasonable person would understand to be confidential (\"Confidential Information\"). The receiving "
                "party will use it only to perform or receive the Services, will protect it with at least the care it "
                "uses for its own similar information, and will not disclose it except to its personnel and advisers "
                "who need to know it and are bound by duties no less protective. These duties do not cover information "
                "that is or becomes public through no fault of the receiving party, that was lawfully known to it "
                "beforehand, or that is independently developed. Protected health information is governed by the "
                "Business Associate Agreement and not by this Section.")]


def bp_liability(t, a="Vendor", n="11", cap="the fees paid or payable by Customer in the twelve (12) months before the claim"):
    return [t.h("%s. Limitation of Liability" % n, 2),
            t.p("EXCEPT FOR A PARTY'S INDEMNITY OBLIGATIONS AND BREACH OF CONFIDENTIALITY, NEITHER PARTY WILL BE LIABLE "
                "FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST PROFITS OR "
                "REVENUE, HOWEVER CAUSED. EACH PARTY'S AGGREGATE LIABILITY ARISING OUT OF THIS AGREEMENT SHALL NOT "
                "EXCEED %s." % cap.upper())]


def bp_term(t, n="12", years="three (3)", notice="ninety (90)"):
    return [t.h("%s. Term and Termination" % n, 2),
            t.p("The initial term begins on the Effective Date and continues for %s years (the \"Initial Term\"). "
                "Afterwards the Agreement renews for successive one-year periods unless either party gives notice of "
                "non-renewal at least %s days before the end of the then-current term. Either party may terminate for "
                "a material breach that remains uncured thirty (30) days after written notice describing it. On "
                "expiry or termination the Customer may export its data in a standard format for sixty (60) days, "
                "after which the Vendor may delete it in accordance with its retention policy." % (years, notice))]


def bp_general(t, n="14", state="Delaware"):
    return [t.h("%s. General" % n, 2),
            t.p("This Agreement is governed by the laws of the State of %s without regard to its conflict-of-laws "
                "rules. Neither party may assign it without the other's consent, except to a successor to "
                "substantially all of its business. Notices must be in writing and are effective on receipt. If any "
                "provision is held unenforceable, the remainder stays in effect. This Agreement, with its schedules "
                "and each Order Form, is the entire agreement of the parties on its subject and supersedes prior "
                "proposals and understandings. No waiver is effective unless in writing." % state)]


def bp_hipaa(t, n="8"):
    return [t.h("%s. Privacy and Security" % n, 2),
            t.p("The parties will comply with HIPAA, the HITECH Act and their implementing regulations as they apply "
                "to each of them. The Business Associate Agreement attached as an exhibit forms part of this "
                "Agreement. The Vendor maintains administrative, physical and technical safeguards appropriate to the "
                "nature of the data, including encryption in transit and at rest, role-based access and annual "
                "third-party penetration testing, and will report a Breach of Unsecured PHI without unreasonable "
                "delay and in any event within the period the Business Associate Agreement requires.")]


def bp_warranty(t, n="10", a="Vendor"):
    return [t.h("%s. Warranties and Disclaimers" % n, 2),
            t.p("%s warrants that the Services will perform materially as described in the Documentation and that it "
                "will perform professional services in a workmanlike manner. Customer's sole remedy for breach of this "
                "warranty is re-performance or, if that fails, a pro-rata refund of prepaid fees for the affected "
                "Services. EXCEPT AS STATED IN THIS SECTION, THE SERVICES ARE PROVIDED \"AS IS\" AND EACH PARTY "
                "DISCLAIMS ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING MERCHANTABILITY, FITNESS FOR A "
                "PARTICULAR PURPOSE AND NON-INFRINGEMENT. Clinical decisions remain the sole responsibility of "
                "Customer's licensed professionals." % a)]


def ama_notices(t, year="2025", size=None, heading=True):
    """AMA-required end-user notices, in this set's own wording."""
    out = []
    if heading:
        out.append(t.h("AMA Notices", 3))
    items = [
        "CPT only copyright %s American Medical Association. All rights reserved. CPT is a registered trademark "
        "of the American Medical Association." % year,
        "Fee schedules, relative value units, conversion factors and/or related components are not assigned by "
        "the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does not directly or "
        "indirectly practice medicine or dispense medical services. The AMA assumes no liability for data "
        "contained or not contained herein.",
        "U.S. Government End Users. CPT is commercial technical data developed exclusively at private expense by "
        "the American Medical Association, 330 North Wabash Avenue, Chicago, Illinois 60611. Rights of the U.S. "
        "Government to use, modify, reproduce, release, perform, display or disclose it are limited as provided "
        "in FAR 52.227-14 (Data Rights - General) and DFARS 252.227-7015 (Technical Data - Commercial Items), as "
        "applicable, for U.S. Department of Defense procurements, and the limited rights restrictions of FAR "
        "52.227-14 for all other federal procurements.",
    ]
    for it in items:
        out.append(t.p(it, size=size or t.size - 1))
    return out


# ===========================================================================
# PASS-THROUGH documents
# ===========================================================================

@doc(Theme("helv", 10, accent="#2d6a4f", header="help.larkspurnotes.example / Billing & Account / Fees",
           footer="Larkspur Health Software, Inc. - Help Center article 4471"),
     "Larkspur Health Software, Inc.", "pass_through",
     "Help-centre FAQ; AMA royalty 18.50 per clinician per calendar year in one answer, 1.75 processing added in a later answer; direct-AMA figure is a distractor",
     fee=fee(20.25, "provider", "year"), title="Understanding the annual AMA fee")
def p_larkspur(t):
    s = [t.small("Help Center  >  Billing & Account  >  Fees and taxes", color="#666666"),
         t.title("Understanding the annual AMA fee on your Larkspur invoice"),
         t.small("Updated 3 weeks ago  |  8 min read  |  Applies to: Solo, Group and Clinic plans", color="#666666"),
         t.p("Larkspur Notes gives your team the full CPT\u00ae code set inside notes, superbills and claims. Those "
             "codes belong to the American Medical Association, which charges every software company a royalty for "
             "each clinician who can use them. Rather than raise every plan price, we bill that royalty separately "
             "once a year so you only pay for clinicians who actually need codes."),
         t.h("In this article", 3)]
    s += t.bullets(["Why does my invoice show an AMA line?", "How much is it?", "Who counts?",
                    "Is there anything on top of the royalty?", "Can I pay the AMA myself?", "What if a clinician leaves?"])
    s += [t.h("Why does my invoice show an AMA line?", 2),
          t.p("Because Larkspur Health Software, Inc. distributes CPT under a licence from the AMA, we report our "
              "clinician counts to the AMA and remit the royalty on your behalf. The AMA line is that royalty; it is "
              "not a Larkspur subscription charge and it does not change your plan."),
          t.h("How much is it?", 2),
          t.p("For the current calendar year the AMA royalty is <b>$18.50 for each clinician</b>. It is charged once, "
              "on the first invoice we issue after January 1, and it covers that clinician until December 31. "
              "Historically the AMA has moved its rate by around fifty cents a year; if it does so again we will tell "
              "you in advance, and nothing changes mid-year."),
          t.h("Who counts?", 2),
          t.p("Any team member set up as a rendering clinician (the person whose name goes on the claim or "
              "superbill) during the year. Schedulers, billers and practice owners who are not clinicians do not "
              "add to the count in Larkspur, even though the AMA may treat them as users of other systems you run."),
          t.h("Is there anything on top of the royalty?", 2),
          t.p("Yes, a small one. Collecting, reconciling and reporting the royalty to the AMA costs us real money, "
              "so each clinician's AMA line carries a <b>processing fee of $1.75</b>. You will see the royalty and "
              "the processing fee as two lines on the same invoice; together they are the whole annual AMA-related "
              "amount for that clinician. We do not mark up the royalty itself."),
          PageBreak(),
          t.h("Can I pay the AMA myself?", 2),
          t.p("Not for your use of Larkspur. The AMA bills us as the distributor, so the royalty has to come through "
              "us. Some practices ask whether a direct licence would be cheaper. An internal-use licence bought from "
              "the AMA is priced per legal entity plus a per-user amount (recently an entity fee of about $82.50 plus "
              "$18.50 per user), and it only covers the products it names, so for most small practices it costs "
              "more, not less. We mention it only so you can compare; it is not something we sell."),
          t.h("What if a clinician leaves or joins mid-year?", 2),
          t.p("Royalties are annual and are not refunded if a clinician leaves. If you add a clinician in, say, "
              "April, the royalty and processing fee for that person appear on your next monthly invoice and are not "
              "pro-rated."),
          t.h("Taxes", 2),
          t.p("We do not currently charge sales tax on the AMA line. That may change if state rules change."),
          t.sp(8),
          t.box([t.p("<b>Example.</b> A group with three clinicians on the Group plan ($79 per clinician per month) "
                     "sees a January invoice with 3 x $79.00 subscription, 3 x $18.50 AMA royalty and 3 x $1.75 "
                     "processing. The subscription continues monthly; the two AMA lines do not recur until next "
                     "January.")]),
          t.sp(8),
          t.small("Was this article helpful?  Yes / No     |     Related: Changing your plan; Adding a clinician; "
                  "Reading your invoice")]
    return s


@doc(Theme("helv", 10.5, accent="#333333", page_numbers=False),
     "Quillfeather EHR LLC", "pass_through",
     "Announcement e-mail; fee written in words and figures per rendering provider per calendar year; last year's fee and monthly subscription are distractors",
     fee=fee(21.00, "provider", "year"), title="Notice of AMA CPT charge")
def p_quillfeather(t):
    s = [t.kv([("From:", "Quillfeather Billing Team &lt;billing@quillfeather.example&gt;"),
               ("To:", "Office Manager, Harbor Street Internal Medicine"),
               ("Date:", "Tuesday, November 18, 2025 9:02 AM"),
               ("Subject:", "Heads-up: your January invoice and the AMA CPT charge")]),
         t.hr(), t.sp(6),
         t.p("Hello from Quillfeather,"),
         t.p("We are writing a little earlier than usual because a few of you were surprised last January, and "
             "we would rather nobody was this time."),
         t.p("As you may know, Quillfeather EHR LLC is an authorized distributor of the American Medical "
             "Association's CPT\u00ae code set, and the AMA requires us to pay it a royalty for each rendering "
             "provider who bills through our system. We do not absorb that royalty into your subscription. Instead, "
             "starting with the January 2026 invoice, you will see a separate line called <b>\"AMA CPT License\"</b> "
             "of <b>twenty-one dollars ($21.00) per rendering provider</b>, charged once for the whole 2026 "
             "calendar year. That single figure already contains the AMA's royalty and our cost of collecting and "
             "reporting it; there is no separate processing line this year."),
         t.p("A few things that are <i>not</i> changing:"),
         ]
    s += t.bullets(["Your subscription stays at $89 per provider per month on the Essentials tier (or whatever your "
                    "order says), billed monthly as today.",
                    "Support staff, billers and front-desk users do not add to the AMA count in Quillfeather.",
                    "If a provider only does cash-pay visits and never uses a CPT code during 2026, you can switch "
                    "their 'CPT access' toggle off before December 20 and they will not be billed."])
    s += [t.p("For comparison, the same line was $20.00 per provider on this year's invoice. The change reflects "
              "the AMA's royalty increase, not ours."),
          t.p("If you have questions, reply to this e-mail or open a ticket under Billing > AMA in the app. We know "
              "nobody enjoys a new line on an invoice and we appreciate your patience."),
          t.p("Warm regards,<br/>Dana Whitlock<br/>Customer Finance, Quillfeather"),
          t.sp(10), t.hr(),
          t.small("Quillfeather EHR LLC  |  2200 Lantern Way, Suite 410, Boise, ID 83702  |  You are receiving this "
                  "service message because you are an account administrator. CPT is a registered trademark of the "
                  "American Medical Association.", color="#777777")]
    return s


@doc(Theme("helv", 9.5, accent="#0b4f6c", header="ORDER FORM  Q-2025-03318", footer="Brightwater Clinical Systems Corp. - Confidential"),
     "Brightwater Clinical Systems Corp.", "pass_through",
     "Order form, ruled multi-column table; CPT line per named user annual; subscription per user per month and totals are distractors",
     fee=fee(22.00, "user", "year"), title="Order Form")
def p_brightwater(t):
    s = [t.letterhead("Brightwater Clinical Systems Corp.", ["900 Quay Street, Floor 6", "Portland, ME 04101",
                                                               "orders@brightwater-clinical.example"],
                      ["Order Form No. Q-2025-03318", "Issued: 14 October 2025", "Valid until: 30 November 2025"]),
         t.sp(10),
         t.kv([("Customer", "Casco Bay Orthopedics, P.A."), ("Bill to", "Accounts Payable, 41 Fore Street, Portland, ME 04101"),
               ("Master Agreement", "Brightwater Subscription Terms v7, dated 2 January 2023"),
               ("Service start", "1 January 2026"), ("Term", "36 months")], key_w=0.22),
         t.sp(10),
         t.h("A. Recurring charges", 2),
         t.table([["Item", "Description", "Qty", "Unit price", "Billing", "Annual amount"],
                  ["BW-EHR-PRO", "Brightwater EHR Professional, per named user", "12", "$65.00", "Monthly", "$9,360.00"],
                  ["BW-PM-CORE", "Practice management and claims", "12", "$30.00", "Monthly", "$4,320.00"],
                  ["BW-CPT-AMA", "AMA CPT\u00ae content licence, per named user (processing included)", "12", "$22.00", "Annual", "$264.00"],
                  ["BW-ERX", "Electronic prescribing, per prescriber", "5", "$12.00", "Monthly", "$720.00"],
                  ["BW-PORTAL", "Patient portal, per location", "2", "$40.00", "Monthly", "$960.00"],
                  ["", "Total recurring (Year 1)", "", "", "", "$15,624.00"]],
                 widths=[0.13, 0.37, 0.07, 0.13, 0.12, 0.18], style="ruled", right=(2, 3, 5), bold_last=True),
         t.sp(8),
         t.h("B. One-time charges", 2),
         t.table([["Item", "Description", "Qty", "Unit price", "Amount"],
                  ["BW-IMP", "Implementation and data migration", "1", "$7,500.00", "$7,500.00"],
                  ["BW-TRN", "Remote training, per session", "6", "$250.00", "$1,500.00"],
                  ["", "Total one-time", "", "", "$9,000.00"]],
                 widths=[0.13, 0.45, 0.08, 0.16, 0.18], style="ruled", right=(2, 3, 4), bold_last=True),
         t.sp(10),
         t.h("C. Special terms", 2)]
    s += t.bullets([
        "Recurring subscription prices are fixed for the first 12 months and may then increase by no more than 4% per "
        "renewal year. The escalator does not apply to BW-CPT-AMA, which tracks the AMA's published royalty.",
        "BW-CPT-AMA is invoiced each January for every named user active on January 1, and pro-rata never applies. "
        "Users added later in the year are invoiced on the following monthly invoice at the then-current annual rate.",
        "Named users may not be shared. A named user is any individual given a login, whether clinician or staff.",
        "Customer consents to Brightwater reporting its name and named-user count to the American Medical "
        "Association as Brightwater's distribution licence requires.",
        "Payment terms: net 30. Prices exclude applicable taxes.",
    ], numbered=True)
    s += [t.sp(6), t.p("This Order Form is governed by the Master Agreement identified above. In a conflict, this "
                       "Order Form controls for the items it lists."),
          t.sig(("Brightwater Clinical Systems Corp.", "Martin Ocampo", "VP, Sales Operations"),
                ("Casco Bay Orthopedics, P.A.", "Helen Marsh, MD", "Managing Partner"))]
    return s


@doc(Theme("courier", 9, accent="#000000", page_numbers=False, margins=(0.8, 0.8, 0.8, 0.8)),
     "Tidewell Practice Solutions, LLC", "pass_through",
     "Invoice, unruled monospace table; AMA royalty 18.50 and processing 2.00 per rendering provider on separate lines for the calendar year; subscription lines and balance are distractors",
     fee=fee(20.50, "provider", "year"), title="Invoice INV-0098812")
def p_tidewell(t):
    s = [t.p("<b>TIDEWELL PRACTICE SOLUTIONS, LLC</b>", size=12),
         t.p("PO Box 7731  Savannah GA 31416   Tel (912) 555-0148", size=8.5),
         t.sp(6),
         t.p("<b>INVOICE</b>   INV-0098812", size=11),
         t.table([["Invoice date", "Due date", "Account", "Terms"],
                  ["01/05/2026", "02/04/2026", "TPS-22871", "Net 30"]],
                 widths=[0.25] * 4, style="plain", size=8.5),
         t.sp(4),
         t.p("Bill to: Marsh Creek Pediatrics PLLC, 18 Oglethorpe Ave, Savannah GA 31401", size=8.5),
         t.sp(8),
         t.table([["Description", "Period", "Qty", "Rate", "Amount"],
                  ["Tidewell PM Cloud - provider subscription", "Jan 2026", "4", "149.00", "596.00"],
                  ["Tidewell PM Cloud - staff logins", "Jan 2026", "9", "15.00", "135.00"],
                  ["Clearinghouse claims bundle (up to 1,500)", "Jan 2026", "1", "110.00", "110.00"],
                  ["AMA CPT royalty - rendering providers", "CY 2026", "4", "18.50", "74.00"],
                  ["CPT license processing fee - rendering providers", "CY 2026", "4", "2.00", "8.00"],
                  ["Paper statements (postage)", "Dec 2025", "212", "0.68", "144.16"],
                  ["Credit: service outage 12/09/2025", "", "", "", "-25.00"]],
                 widths=[0.46, 0.13, 0.08, 0.13, 0.2], style="lines", right=(2, 3, 4), size=8.5),
         t.sp(4),
         t.table([["", "Subtotal", "1,042.16"], ["", "Tax", "0.00"], ["", "Previous balance", "0.00"],
                  ["", "AMOUNT DUE (USD)", "1,042.16"]],
                 widths=[0.5, 0.3, 0.2], style="plain", header=False, right=(2,), size=8.5, bold_last=True),
         t.sp(10),
         t.p("Notes", bold=True, size=8.5),
         t.p("1. The AMA CPT royalty is billed once per calendar year for each provider who renders services billed "
             "through Tidewell PM Cloud and is remitted to the American Medical Association under Tidewell's "
             "distribution agreement. The processing fee covers reporting and remittance. Neither amount is "
             "refundable.", size=8),
         t.p("2. Providers added after this invoice will be charged the royalty and processing fee on the next "
             "monthly invoice.", size=8),
         t.p("3. Please remit to Tidewell Practice Solutions, LLC. Card payments incur a 2.9% convenience fee.", size=8),
         t.sp(6),
         t.p("Thank you for your business.", italic=True, size=8.5)]
    return s


@doc(Theme("times", 10.5, accent="#000000", justify=True, header="Marrow & Finch - Master Subscription Agreement",
           margins=(1.0, 1.0, 1.0, 1.0)),
     "Marrow & Finch Health Technologies, Inc.", "pass_through",
     "Master agreement; defined term 'CPT Pass-Through Fee' in definitions, amount per Authorized User per month only in Schedule B on a later page; escalator cap and liability cap are distractors",
     fee=fee(1.75, "user", "month"), title="Master Subscription Agreement")
def p_marrow(t):
    V, C = "M&amp;F", "Subscriber"
    s = [t.title("MASTER SUBSCRIPTION AGREEMENT", align=TA_CENTER, color=colors.black, size=15),
         t.p("This Master Subscription Agreement (the \"Agreement\") is made as of February 1, 2026 (the "
             "\"Effective Date\") between <b>Marrow &amp; Finch Health Technologies, Inc.</b>, a Delaware corporation "
             "with offices at 77 Cordage Park, Plymouth, Massachusetts 02360 (\"M&amp;F\"), and <b>Old Colony "
             "Dermatology Associates, LLC</b>, a Massachusetts limited liability company (\"Subscriber\")."),
         t.h("1. Definitions", 2),
         t.p("Capitalised terms have the meanings below or where they are first used in quotation marks."),
         ]
    defs = [
        ("\"Authorized User\"", "means an individual whom Subscriber permits to log in to the Platform under a "
         "unique credential, whether a physician, advanced practice clinician, coder, biller, scheduler or other "
         "member of staff. Credentials may not be shared, and an Authorized User remains one until Subscriber "
         "deactivates the credential."),
        ("\"CPT Content\"", "means the Current Procedural Terminology code set, descriptors and related data "
         "published by the American Medical Association (\"AMA\") as embedded in the Platform."),
        ("\"CPT Pass-Through Fee\"", "means the fee stated in item 7 of Schedule B, which represents the royalty "
         "that the AMA charges M&amp;F for Subscriber's access to CPT Content together with M&amp;F's "
         "administrative charge for collecting and reporting it."),
        ("\"Order\"", "means an ordering document signed by both parties that refers to this Agreement."),
        ("\"Platform\"", "means M&amp;F's hosted dermatology EHR, practice management and imaging software, "
         "including updates, as described in the Documentation."),
        ("\"Subscription Fees\"", "means the fees in items 1 to 6 of Schedule B and in any Order, excluding the "
         "CPT Pass-Through Fee."),
    ]
    for k, v in defs:
        s.append(t.p("<b>%s</b> %s" % (k, v), indent=12))
    s += [t.h("2. Access to the Platform", 2),
          t.p("Subject to this Agreement and payment of the fees, M&amp;F grants Subscriber a non-exclusive, "
              "non-transferable right during the Term for its Authorized Users to access and use the Platform for "
              "Subscriber's internal business purposes in the United States. Subscriber is responsible for its "
              "Authorized Users' compliance with this Agreement and for keeping credentials secure."),
          t.h("3. CPT Content", 2),
          t.p("3.1 M&amp;F is party to a distribution licence with the AMA and, under it, grants Subscriber a "
              "limited, non-exclusive, non-transferable sublicence to use CPT Content solely within the Platform "
              "for Subscriber's internal purposes. The sublicence ends automatically if M&amp;F's licence with the "
              "AMA ends, unless Subscriber then obtains a licence directly from the AMA."),
          t.p("3.2 Subscriber shall pay the CPT Pass-Through Fee for each Authorized User. The CPT Pass-Through "
              "Fee is separate from, and in addition to, the Subscription Fees. M&amp;F may adjust it on written "
              "notice to reflect any change in the royalty the AMA charges M&amp;F, and no such adjustment counts "
              "toward the limit on increases in Section 5.3."),
          t.p("3.3 Subscriber agrees that M&amp;F may disclose Subscriber's name and Authorized User counts to the "
              "AMA, and that the AMA is an intended third-party beneficiary of this Section 3 with the right to "
              "enforce it."),
          t.p("3.4 Subscriber shall not publish, distribute or create derivative works of CPT Content, nor make it "
              "available to any affiliate or other legal entity."),
          t.h("4. Subscriber Obligations", 2),
          t.p("Subscriber will (a) provide accurate information for claims and records; (b) maintain the hardware, "
              "browsers and connectivity listed in the Documentation; (c) not attempt to reverse engineer, probe or "
              "overload the Platform; and (d) promptly notify M&amp;F of any unauthorised access it becomes aware "
              "of."),
          t.h("5. Fees and Payment", 2),
          t.p("5.1 Subscriber shall pay the fees in Schedule B and in each Order. Monthly fees are invoiced in "
              "advance on the first day of each month and are due within thirty (30) days."),
          t.p("5.2 Authorized User counts are measured on the first day of each month. Increases during a month "
              "are charged from the following month."),
          t.p("5.3 After the first Contract Year, M&amp;F may increase the Subscription Fees once per Contract Year "
              "on sixty (60) days' notice, by no more than the lesser of five percent (5%) and the change in CPI-U "
              "for the preceding twelve months."),
          t.p("5.4 Late amounts bear interest at one percent (1%) per month or the highest lawful rate, if less. "
              "M&amp;F may suspend access for amounts more than forty-five (45) days overdue after ten (10) days' "
              "notice.")]
    s += bp_hipaa(t, "6") + bp_confidentiality(t, n="7") + bp_warranty(t, n="8", a="M&amp;F")
    s += bp_liability(t, n="9") + bp_term(t, n="10", years="three (3)") + bp_general(t, n="11", state="Massachusetts")
    s += [PageBreak(),
          t.h("SCHEDULE B - FEES", 1, color=colors.black, align=TA_CENTER),
          t.p("All amounts in United States dollars. Items 1 to 6 are Subscription Fees."),
          t.table([["Item", "Description", "Basis", "Fee"],
                   ["1", "Platform - dermatology EHR and PM", "per provider per month", "$395.00"],
                   ["2", "Additional Authorized Users beyond 3 per provider", "per Authorized User per month", "$25.00"],
                   ["3", "Imaging module (dermoscopy, 1 TB)", "per location per month", "$150.00"],
                   ["4", "Clearinghouse connectivity", "per provider per month", "$35.00"],
                   ["5", "Patient messaging (SMS)", "per message", "$0.03"],
                   ["6", "Onboarding and data conversion", "one time", "$4,800.00"],
                   ["7", "CPT Pass-Through Fee", "per Authorized User per month", "$1.75"]],
                  widths=[0.08, 0.5, 0.27, 0.15], style="grid", right=(3,), head_bg=colors.HexColor("#444444")),
          t.sp(8),
          t.p("Estimated first-year fees for Subscriber, on four providers, fourteen Authorized Users and one "
              "location, are approximately $28,100, of which the CPT Pass-Through Fee accounts for about $294. This "
              "estimate is for budgeting only; invoices follow actual counts."),
          t.sp(10),
          t.sig(("Marrow &amp; Finch Health Technologies, Inc.", "Priya Raman", "Chief Revenue Officer"),
                ("Old Colony Dermatology Associates, LLC", "Thomas Gale, MD", "Manager"))]
    return s


@doc(Theme("times", 11, accent="#000000", justify=True, page_numbers=True, footer="Amendment No. 2 - Corvane / Lakeshore"),
     "Corvane Systems, Inc.", "pass_through",
     "Amendment replacing the CPT licence fee: old 19.00 per provider per year struck, 20.50 per provider per year in force from 2026",
     fee=fee(20.50, "provider", "year"), title="Amendment No. 2")
def p_corvane(t):
    s = [t.title("AMENDMENT NO. 2 TO SOFTWARE SERVICES AGREEMENT", align=TA_CENTER, color=colors.black, size=13),
         t.p("This Amendment No. 2 (\"Amendment\") is entered into as of December 1, 2025 (the \"Amendment "
             "Effective Date\") by and between <b>Corvane Systems, Inc.</b>, an Ohio corporation (\"Corvane\"), and "
             "<b>Lakeshore Family Medicine, P.C.</b> (\"Client\"), and amends the Software Services Agreement "
             "between them dated April 9, 2022, as previously amended by Amendment No. 1 dated March 3, 2024 (as "
             "amended, the \"Agreement\")."),
         t.h("Recitals", 3),
         t.p("A. Section 6.4 of the Agreement requires Client to pay Corvane a fee for the sublicence of CPT "
             "content that Corvane obtains from the American Medical Association and makes available in the "
             "Corvane Ambulatory Suite."),
         t.p("B. The AMA has notified its distributors of an increase in its royalty effective with the 2026 "
             "annual release, and the parties wish to reflect that increase and make certain other changes."),
         t.p("NOW, THEREFORE, the parties agree as follows:"),
         t.p("<b>1. CPT Licence Fee.</b> Section 6.4(b) of the Agreement is deleted and replaced with the "
             "following:"),
         t.p("\"(b) Client shall pay Corvane a CPT Licence Fee for each Provider. Through December 31, 2025 the "
             "CPT Licence Fee is Nineteen Dollars ($19.00) per Provider per calendar year. For the calendar year "
             "beginning January 1, 2026 and each calendar year after it, until changed by written amendment, the "
             "CPT Licence Fee is Twenty Dollars and Fifty Cents ($20.50) per Provider per calendar year, inclusive "
             "of Corvane's processing charge. The CPT Licence Fee is invoiced in January for each Provider then "
             "active, and in the month of activation for any Provider added later.\"", indent=18),
         t.p("<b>2. Definition of Provider.</b> For the avoidance of doubt, \"Provider\" has the meaning given in "
             "Section 1 of the Agreement, namely a physician, nurse practitioner or physician assistant who "
             "renders services billed under Client's tax identification number through the Corvane Ambulatory "
             "Suite. Non-billing staff are not Providers."),
         t.p("<b>3. Interface Fees.</b> Schedule A, line 14 (Laboratory interface) is amended to read $1,250.00 one "
             "time per new interface, and the monthly maintenance fee of $95.00 per interface is unchanged."),
         t.p("<b>4. Renewal.</b> The current renewal term is extended through March 31, 2028. The annual increase "
             "limit in Section 6.7 (three percent) continues to apply to Subscription Fees only and does not "
             "apply to the CPT Licence Fee."),
         t.p("<b>5. Effect.</b> Except as expressly amended by this Amendment, the Agreement remains in full "
             "force and effect. In the event of any conflict between this Amendment and the Agreement, this "
             "Amendment controls. Capitalized terms not defined here have the meanings given in the Agreement. "
             "This Amendment may be signed in counterparts and by electronic signature."),
         t.sig(("Corvane Systems, Inc.", "Gregory Lindqvist", "Director, Contracts"),
               ("Lakeshore Family Medicine, P.C.", "Anita Borowski", "Practice Administrator"))]
    return s


@doc(Theme("helv", 10, accent="#7a3e00", header="RENEWAL NOTICE", page_numbers=False),
     "Pinecrest Billing Technologies LLC", "pass_through",
     "Renewal notice letter; 2025 CPT charge 19.50 replaced for 2026 by 20.00 per provider (18.50 royalty + 1.50 processing); renewal totals and subscription increase are distractors",
     fee=fee(20.00, "provider", "year"), title="Renewal notice")
def p_pinecrest(t):
    s = [t.letterhead("Pinecrest Billing Technologies LLC", ["4800 Ridgeview Parkway, Suite 200",
                                                              "Asheville, NC 28803"],
                      ["Account PBT-10442", "October 30, 2025"]),
         t.sp(12),
         t.p("Blue Ridge Podiatry Group, PA<br/>Attn: Kelly Fairbanks, Office Manager<br/>112 Merrimon Avenue<br/>"
             "Asheville, NC 28801"),
         t.p("<b>Re: Renewal of your PineTrack PM subscription for 2026</b>"),
         t.p("Dear Ms. Fairbanks,"),
         t.p("Your PineTrack PM subscription renews automatically on January 1, 2026 for another twelve months. "
             "Nothing is required from you unless you wish to change your plan, and we are grateful for another "
             "year together. This letter sets out what will change on your renewal invoice."),
         t.h("Subscription", 3),
         t.p("The provider subscription moves from $210.00 to $218.00 per provider per month under the 4% renewal "
             "adjustment in your agreement. Your five providers and eleven staff logins carry over unchanged."),
         t.h("AMA CPT\u00ae licence", 3),
         t.p("On your 2025 invoices the annual CPT licence charge was $19.50 per provider, which was the AMA's "
             "$18.00 royalty plus our $1.50 processing fee. The AMA has set its royalty for the 2026 release at "
             "$18.50. Our processing fee stays at $1.50. Your 2026 CPT licence charge will therefore be "
             "<b>$20.00 per provider</b> for the year, billed once on the January invoice."),
         t.h("Your estimated renewal invoice", 3),
         t.table([["", "Qty", "Rate", "Amount"],
                  ["Provider subscription (January)", "5", "$218.00", "$1,090.00"],
                  ["Staff logins (January)", "11", "$20.00", "$220.00"],
                  ["CPT licence 2026 (annual)", "5", "$20.00", "$100.00"],
                  ["Estimated January total", "", "", "$1,410.00"]],
                 widths=[0.52, 0.12, 0.16, 0.2], style="lines", right=(1, 2, 3), bold_last=True),
         t.sp(6),
         t.p("Estimated twelve-month contract value: $15,820.00 (subscription and logins for twelve months plus the "
             "annual CPT licence). Actual amounts follow your counts at each invoice date."),
         t.p("If you would like to review your plan, call your account manager, Luis Medeiros, at (828) 555-0190 "
             "before December 1."),
         t.p("Sincerely,"),
         t.p("Renee Castellanos<br/>Renewals Desk<br/>Pinecrest Billing Technologies LLC")]
    return s


@doc(Theme("helv", 9.5, accent="#5b2a86", header="sorrelwood.example/pricing", page_numbers=False,
           footer="Printed from sorrelwood.example - prices shown in USD"),
     "Sorrelwood Software, Inc.", "pass_through",
     "Web pricing page printout; three plan columns with subscription prices; CPT fee only in an asterisked footnote: 18.50 per clinician plus 1.50 handling per year",
     fee=fee(20.00, "provider", "year"), title="Pricing - Sorrelwood")
def p_sorrelwood(t):
    s = [t.title("Simple pricing for therapy practices", size=18),
         t.p("Every plan includes scheduling, notes, insurance claims, the client portal and unlimited support. "
             "Pay monthly or save 15% when you pay yearly.*"),
         t.sp(4),
         t.table([["", "Solo", "Group", "Clinic"],
                  ["Monthly price", "$59 per clinician", "$74 per clinician", "$92 per clinician"],
                  ["Billed yearly", "$50 per clinician", "$63 per clinician", "$78 per clinician"],
                  ["Clinicians", "1", "2 - 15", "16+"],
                  ["Admin / biller seats", "1 free", "3 free, then $10/mo", "Unlimited"],
                  ["Insurance claims", "Unlimited", "Unlimited", "Unlimited"],
                  ["Telehealth", "Included", "Included", "Included"],
                  ["Outcome measures library", "\u2014", "Included", "Included"],
                  ["Dedicated success manager", "\u2014", "\u2014", "Included"],
                  ["AMA CPT\u00ae fee**", "Applies", "Applies", "Applies"]],
                 widths=[0.28, 0.24, 0.24, 0.24], style="zebra"),
         t.sp(10),
         t.h("Frequently asked", 2),
         t.p("<b>Is there a setup fee?</b> No. Data import from your old system is free on Group and Clinic; on "
             "Solo it is a one-time $99."),
         t.p("<b>Can I switch plans?</b> Yes, at any time. Upgrades take effect immediately; downgrades at the end "
             "of the billing period."),
         t.p("<b>Do you offer a free trial?</b> Thirty days, no card required."),
         t.p("<b>How does Sorrelwood compare on price?</b> Practices moving from the two largest therapy EHRs "
             "tell us they paid $69 to $99 per clinician per month before add-ons. We would rather you compared "
             "total cost than headline price, which is why we spell out the AMA fee below."),
         t.sp(10), t.hr(), t.sp(4),
         t.small("* Yearly billing is paid in advance for twelve months and is non-refundable after 30 days."),
         t.small("** The American Medical Association charges a royalty for access to CPT\u00ae codes. Sorrelwood "
                 "passes that royalty through at cost, currently $18.50 per clinician each calendar year, and adds a "
                 "$1.50 handling charge per clinician to cover collection and reporting. It is billed each January "
                 "(or when you add a clinician) and appears as its own line on your invoice. Admin and biller seats "
                 "are not charged the AMA fee in Sorrelwood."),
         t.small("Sorrelwood Software, Inc. is an AMA-authorized distributor of CPT content. CPT is a registered "
                 "trademark of the American Medical Association.")]
    return s


@doc(Theme("helv", 10, accent="#00506e", justify=True, header="Haloway Telehealth, Inc. - Platform Services Agreement"),
     "Haloway Telehealth, Inc.", "pass_through",
     "Telehealth platform agreement; CPT royalty reimbursed per Location per contract year, amount in words; adjustment cap and per-visit fees are distractors",
     fee=fee(112.00, "location", "year"), title="Platform Services Agreement")
def p_haloway(t):
    s = [t.title("PLATFORM SERVICES AGREEMENT"),
         t.p("This Platform Services Agreement is between Haloway Telehealth, Inc., a California corporation "
             "(\"Company\"), and the healthcare organization identified on the signature page (\"Customer\"). It "
             "takes effect on the date of the last signature."),
         t.h("1. The Platform", 2),
         t.p("Company will provide Customer with access to its virtual-visit platform, including video visits, "
             "asynchronous messaging, e-intake forms, a visit documentation module and a billing export that "
             "assigns codes to completed visits (the \"Platform\"). Customer may deploy the Platform at each "
             "physical clinic listed in Exhibit 1 (each, a \"Location\"); clinicians who conduct visits from home "
             "are attributed to the Location at which they are rostered."),
         t.h("2. Fees", 2),
         t.p("2.1 <i>Platform fees.</i> Customer shall pay a platform fee of $1,450 per Location per month and a "
             "visit fee of $2.10 per completed video visit over 600 visits per Location per month."),
         t.p("2.2 <i>Implementation.</i> A one-time implementation fee of $3,000 per Location is due on signature."),
         t.p("2.3 <i>Code content.</i> The documentation module and the billing export contain CPT\u00ae codes and "
             "descriptors that Company licenses from the American Medical Association under a distribution "
             "agreement requiring Company to pay the AMA a royalty calculated by reference to Customer's clinics. "
             "Customer shall reimburse Company for that royalty, being one hundred twelve dollars ($112.00) per "
             "Location per contract year, which amount includes Company's cost of administering it. Company will "
             "invoice this reimbursement annually in advance together with the first platform fee of each contract "
             "year."),
         t.p("2.4 <i>Adjustments.</i> If the AMA changes the royalty, Company may adjust the amount in Section 2.3 "
             "on thirty (30) days' written notice, provided that no single adjustment exceeds ten percent (10%). "
             "Platform fees may increase at renewal by no more than 6%."),
         t.p("2.5 <i>Taxes.</i> Fees exclude sales, use and similar taxes, which Customer shall pay other than "
             "taxes on Company's net income."),
         t.h("3. Customer Responsibilities", 2),
         t.p("Customer is responsible for the licensure, credentialing and supervision of its clinicians; for "
             "obtaining patient consent to telehealth where required; for the accuracy of codes finally submitted "
             "on claims; and for compliance with payer telehealth policies, including place-of-service and "
             "modifier rules."),
         t.h("4. Use of CPT Content", 2),
         t.p("Customer may use CPT content only within the Platform, for its own internal purposes in the United "
             "States, and shall not copy, distribute or create derivative works from it. Customer acknowledges "
             "that Company's right to provide CPT content depends on Company's agreement with the AMA.")]
    s += ama_notices(t, "2025", heading=False)
    s += bp_hipaa(t, "5") + bp_confidentiality(t, n="6") + bp_liability(t, n="7") + bp_term(t, n="8", years="two (2)")
    s += bp_general(t, n="9", state="California")
    s += [t.h("Exhibit 1 - Locations", 2),
          t.table([["Location", "Address", "Go-live"],
                   ["Mesa Verde Urgent Care - North", "1180 Alameda Blvd, Santa Rosa, CA", "March 2026"],
                   ["Mesa Verde Urgent Care - South", "402 Petaluma Hill Rd, Santa Rosa, CA", "March 2026"],
                   ["Mesa Verde Occupational Health", "77 Industrial Way, Windsor, CA", "May 2026"]],
                  widths=[0.36, 0.44, 0.2], style="ruled"),
          t.sig(("Haloway Telehealth, Inc.", "Joanna Park", "General Counsel"),
                ("Mesa Verde Medical Group, Inc.", "Raul Esquivel", "Chief Operating Officer"))]
    return s


@doc(Theme("times", 10.5, accent="#1b1b1b", justify=True, footer="Summit Ridge Revenue Partners - Billing Services Agreement"),
     "Summit Ridge Revenue Partners, LLC", "pass_through",
     "Billing-service agreement where 'Provider' is the practice; CPT Content Fee 2.00 per month per Rendering Clinician; percentage of collections and minimum are distractors",
     fee=fee(2.00, "provider", "month"), title="Billing Services Agreement")
def p_summit(t):
    s = [t.title("BILLING SERVICES AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("THIS AGREEMENT is made on January 12, 2026 by and between <b>Summit Ridge Revenue Partners, LLC</b>, "
             "a Colorado limited liability company (\"Billing Company\"), and <b>Front Range Sports Medicine, "
             "PLLC</b> (\"Provider\"). Billing Company and Provider are each a \"Party\"."),
         t.h("Article 1. Engagement", 2),
         t.p("1.1 Provider engages Billing Company to perform the revenue cycle services in Exhibit A, including "
             "charge entry from Provider's encounter documentation, claim scrubbing and submission, payment "
             "posting, denial management, patient statements and monthly reporting (the \"Services\")."),
         t.p("1.2 Billing Company will perform the Services using its licensed practice management and claims "
             "platform (the \"System\"), to which Provider's clinicians and staff will be given read access for "
             "reporting and to which Provider's clinicians will submit charges. Provider remains responsible for "
             "the clinical documentation and for the final selection of codes reported for its services."),
         t.h("Article 2. Compensation", 2),
         t.p("2.1 <i>Service fee.</i> Provider shall pay Billing Company five and one-half percent (5.5%) of Net "
             "Collections each month, subject to a minimum monthly fee of $1,200."),
         t.p("2.2 <i>Statements.</i> Patient statements are billed at cost of postage plus $0.35 per statement."),
         t.p("2.3 <i>CPT content.</i> The System contains CPT codes and descriptions under a sublicence that "
             "Billing Company holds through its platform vendor, which is an AMA-authorized distributor. The AMA "
             "royalty for Provider's clinicians is passed through to Provider. Accordingly, Provider shall pay "
             "Billing Company a CPT Content Fee for each Rendering Clinician enrolled in the System during any "
             "part of a month."),
         t.p("2.4 <i>Amount.</i> The CPT Content Fee is two dollars ($2.00) per month for each Rendering Clinician "
             "and is added to the monthly invoice. Billing Company does not retain any margin on it beyond its "
             "own reasonable cost of collection, which is included in that amount."),
         t.p("2.5 \"Rendering Clinician\" means each physician, physician assistant, nurse practitioner, athletic "
             "trainer or physical therapist whose services are billed under Provider's NPI or TIN through the "
             "System."),
         t.p("2.6 <i>Invoices.</i> Billing Company will invoice by the tenth (10th) day of each month for the "
             "prior month. Invoices are due in fifteen (15) days. Billing Company may deduct undisputed fees from "
             "funds it holds only with Provider's written authorization."),
         t.h("Article 3. Provider Responsibilities", 2),
         t.p("Provider shall deliver complete encounter information within three business days of the date of "
             "service; maintain its own payer enrollments; promptly forward correspondence, refunds requests and "
             "payer audits; and retain final authority over write-offs exceeding $500 per account."),
         t.h("Article 4. Compliance", 2),
         t.p("Each Party shall comply with applicable federal and state law, including the False Claims Act, the "
             "Anti-Kickback Statute and HIPAA. Billing Company shall not submit a claim it knows to be false and "
             "shall report to Provider any suspected overpayment within five business days of identifying it. "
             "Provider is responsible for repaying overpayments.")]
    s += bp_confidentiality(t, n="Article 5") + bp_liability(t, n="Article 6", cap="the fees paid to Billing Company in the six (6) months preceding the claim")
    s += bp_term(t, n="Article 7", years="two (2)", notice="sixty (60)") + bp_general(t, n="Article 8", state="Colorado")
    s += [t.sig(("Summit Ridge Revenue Partners, LLC", "Carla Vance", "Managing Member"),
                ("Front Range Sports Medicine, PLLC", "Ethan Brooks, MD", "President"))]
    return s


@doc(Theme("helv", 9, accent="#8b1e3f", header="Ardent Claims Exchange - Schedule of Fees", page_numbers=True),
     "Ardent Claims Exchange, Inc.", "pass_through",
     "Clearinghouse fee schedule; CPT/HCPCS library royalty pass-through 45.00 per TIN per year in one row among transaction fees",
     fee=fee(45.00, "organization", "year"), title="Schedule of Fees")
def p_ardent(t):
    s = [t.letterhead("Ardent Claims Exchange, Inc.", ["EDI clearinghouse services", "1 Meridian Plaza, Suite 1500, Indianapolis, IN 46204"],
                      ["Schedule of Fees", "Version 2026.1", "Effective January 1, 2026"]),
         t.sp(8),
         t.p("This Schedule forms part of the Clearinghouse Services Agreement between Ardent Claims Exchange, "
             "Inc. (\"Ardent\") and the Submitter named below. Fees are in US dollars and billed monthly in arrears "
             "unless the Frequency column says otherwise."),
         t.kv([("Submitter", "Wabash Valley Cardiology, LLC"), ("Submitter ID", "ACX-77120"),
               ("Tax IDs enrolled", "1 (one)")], key_w=0.2),
         t.sp(6),
         t.table([["Code", "Service", "Unit", "Frequency", "Price"],
                  ["T100", "Professional claims (837P), first 2,000", "per claim", "monthly", "$0.27"],
                  ["T101", "Professional claims (837P), over 2,000", "per claim", "monthly", "$0.21"],
                  ["T200", "Electronic remittance (835)", "per payer file", "monthly", "$0.00"],
                  ["T300", "Eligibility (270/271), real time", "per inquiry", "monthly", "$0.12"],
                  ["T310", "Claim status (276/277)", "per inquiry", "monthly", "$0.10"],
                  ["T400", "Paper claim drop-to-print", "per claim", "monthly", "$0.89"],
                  ["T500", "Secondary claim crossover", "per claim", "monthly", "$0.35"],
                  ["L100", "CPT\u00ae / HCPCS code library for claim scrubbing (AMA royalty pass-through, incl. admin)", "per Tax ID", "annually", "$45.00"],
                  ["S100", "Monthly platform minimum", "per Submitter", "monthly", "$75.00"],
                  ["S200", "Additional user IDs above 5", "per user", "monthly", "$8.00"],
                  ["S300", "Enrollment with a new payer", "per payer", "one time", "$25.00"]],
                 widths=[0.08, 0.48, 0.15, 0.13, 0.16], style="ruled", right=(4,), size=8.5),
         t.sp(8),
         t.h("Notes to the Schedule", 3)]
    s += t.bullets([
        "Volume tiers reset on the first day of each month and are counted across all Tax IDs of the Submitter.",
        "L100 is billed in January for each Tax ID enrolled on January 1, and on enrollment for any Tax ID added "
        "later. It covers the scrubbing engine's CPT and HCPCS tables for that Tax ID for the calendar year. It is "
        "not pro-rated.",
        "Ardent does not charge for HCPCS Level II or ICD-10-CM content, which are federal code sets; the L100 "
        "price relates only to the AMA's CPT royalty, which Ardent remits to the AMA.",
        "The monthly platform minimum (S100) is reduced by transaction fees billed in the same month.",
        "Ardent may change transaction prices on sixty (60) days' notice, not more than once in any twelve months.",
    ], numbered=True)
    s += [t.sp(6),
          t.p("Estimated monthly charges at the Submitter's stated volume of 3,100 claims: approximately $840 per "
              "month, excluding annual items."),
          t.sp(12),
          t.table([["For Ardent Claims Exchange, Inc.", "For the Submitter"],
                   ["Signature: ____________________", "Signature: ____________________"],
                   ["Name: Owen Petrakis", "Name: Linda Chao"],
                   ["Title: Director, Client Services", "Title: Revenue Cycle Manager"]],
                  widths=[0.5, 0.5], style="plain", header=False)]
    return s


@doc(Theme("helv", 9.5, accent="#264653", header="Keelson Medical Software - Quotation KMS-Q-58120", footer="Keelson Medical Software, Inc. | Quotation valid 45 days"),
     "Keelson Medical Software, Inc.", "pass_through",
     "Quotation; page 1 table shows AMA CPT royalty 18.50 per user per year referencing note 3; note 3 on page 2 adds 2.50 processing per user; direct-AMA comparison and 3-year total are distractors",
     fee=fee(21.00, "user", "year"), title="Quotation")
def p_keelson(t):
    s = [t.letterhead("Keelson Medical Software, Inc.", ["Harbor Tech Center, 15 Wharf Road", "Baltimore, MD 21230"],
                      ["QUOTATION", "KMS-Q-58120", "Prepared 2 December 2025"]),
         t.sp(10),
         t.kv([("Prepared for", "Chesapeake Gastroenterology Partners, LLC"), ("Contact", "Maureen Tilly, CFO"),
               ("Sales rep", "Devin Achebe"), ("Products", "Keelson GI EHR, Keelson PM, Endoscopy reporting")], key_w=0.2),
         t.sp(10),
         t.h("Pricing summary", 2),
         t.table([["#", "Item", "Qty", "Unit", "Price", "Year 1"],
                  ["1", "Keelson GI EHR subscription", "9", "provider / month", "$340.00", "$36,720.00"],
                  ["2", "Keelson PM with claims", "9", "provider / month", "$120.00", "$12,960.00"],
                  ["3", "Endoscopy reporting module", "2", "suite / month", "$400.00", "$9,600.00"],
                  ["4", "Staff user licences", "31", "user / month", "$18.00", "$6,696.00"],
                  ["5", "AMA CPT\u00ae royalty (see note 3)", "40", "user / year", "$18.50", "$740.00"],
                  ["6", "Implementation, data migration, training", "1", "one time", "$14,500.00", "$14,500.00"],
                  ["", "Year 1 total", "", "", "", "$81,216.00"]],
                 widths=[0.05, 0.37, 0.07, 0.17, 0.15, 0.19], style="ruled", right=(2, 4, 5), bold_last=True),
         t.sp(8),
         t.p("Three-year estimated investment (years 2 and 3 at current prices, before escalation): $214,648. "
             "Prices for items 1 to 4 may increase by up to 3.5% each renewal year."),
         t.p("User count for item 5 is 9 providers plus 31 staff, because Keelson counts every named login that "
             "can reach CPT content, as the AMA's user definition requires."),
         PageBreak(),
         t.h("Notes", 2)]
    s += t.bullets([
        "Subscription items are billed monthly in advance starting on the go-live date, which is expected to be "
        "1 April 2026. Implementation is billed 50% on signature and 50% at go-live.",
        "Providers means physicians, CRNAs and advanced practice providers who document in Keelson GI EHR.",
        "Item 5 is the royalty the American Medical Association charges Keelson, as its authorized distributor, "
        "for each user of CPT content, and is passed through without mark-up. A processing fee of $2.50 per user "
        "is added to each item 5 line to cover reporting and remittance, so each user's annual CPT charge is the "
        "royalty plus that processing fee. Item 5 is billed each January for the calendar year; users added "
        "mid-year are billed when added.",
        "For comparison only: if the practice licensed CPT directly from the AMA for internal use, the AMA would "
        "charge an entity fee plus $18.50 per user, and that licence would still have to name each product. "
        "Keelson does not sell or administer direct AMA licences.",
        "Taxes, if any, are extra. Quotation valid for 45 days.",
    ], numbered=True)
    s += [t.sp(6), t.h("Acceptance", 3),
          t.p("Signing below accepts this quotation under the Keelson Master Terms (rev. 2025-06) available at "
              "keelson.example/terms."),
          t.sig(("Keelson Medical Software, Inc.", "Devin Achebe", "Account Executive"),
                ("Chesapeake Gastroenterology Partners, LLC", "Maureen Tilly", "Chief Financial Officer"))]
    return s


@doc(Theme("times", 9.5, accent="#000000", justify=True, cols=2, header="OXBOW CLINICAL INFORMATICS - END USER LICENSE AGREEMENT",
           margins=(0.7, 0.7, 0.8, 0.8)),
     "Oxbow Clinical Informatics, LLC", "pass_through",
     "Two-column EULA with AMA-required clauses; 'End User must obtain a license and pay the fee in the Order Form'; attached order form states the fee in words per Provider billed annually",
     fee=fee(19.50, "provider", "year"), title="End User License Agreement")
def p_oxbow(t):
    s = [t.title("END USER LICENSE AGREEMENT", size=13, color=colors.black),
         t.p("IMPORTANT - READ CAREFULLY. This End User License Agreement (\"EULA\") is a contract between you, the "
             "individual or single entity that licenses the software (\"End User\"), and Oxbow Clinical "
             "Informatics, LLC (\"Oxbow\"), for the Oxbow Chart and Oxbow Bill software, its code tables and "
             "documentation (the \"Software\"). By installing, accessing or using the Software you accept this "
             "EULA. If you do not accept it, do not use the Software."),
         t.h("1. Licence grant", 3),
         t.p("Oxbow grants End User a non-exclusive, non-transferable licence to use the Software in the United "
             "States for End User's internal business purposes for the term of End User's Order Form."),
         t.h("2. Restrictions", 3),
         t.p("End User shall not sublicense, rent, lease or lend the Software; reverse engineer it except as "
             "law expressly permits; remove proprietary notices; or use it to provide service-bureau services to "
             "third parties."),
         t.h("3. CPT content", 3),
         t.p("3.1 The Software contains Current Procedural Terminology (\"CPT\") content owned by the American "
             "Medical Association (\"AMA\"). Oxbow is authorized by the AMA to distribute CPT content to its end "
             "users on the terms of this Section."),
         t.p("3.2 End User must obtain a license to the CPT content in the Software for each Provider who uses "
             "the Software to document or bill for services, and pay the applicable fee as set forth in the Order "
             "Form. CPT content is licensed on a named, not a concurrent, basis. \"Provider\" means a licensed "
             "clinician who renders and bills services through the Software."),
         t.p("3.3 End User's licence to CPT content is limited to use within the Software for End User's "
             "internal purposes. End User shall not publish, distribute, or make CPT content available to any "
             "unauthorized party, including a subsidiary, affiliate or other legal entity."),
         t.p("3.4 The provision of updated CPT content depends on Oxbow's continuing agreement with the AMA. If "
             "that agreement ends, End User's licence to CPT content in the Software ends unless End User licenses "
             "CPT directly from the AMA."),
         t.p("3.5 End User's use of CPT content is at End User's sole risk and CPT content is provided \"as "
             "is\". The AMA is a third-party beneficiary of this Section 3.")]
    s += ama_notices(t, "2025", heading=False)
    s += [t.h("4. Support and updates", 3),
          t.p("Oxbow provides support and updates as described in the Order Form. Annual code table updates are "
              "delivered by December 15 for the following calendar year."),
          t.h("5. Warranty disclaimer", 3),
          t.p("EXCEPT AS STATED IN THE ORDER FORM, THE SOFTWARE IS PROVIDED \"AS IS\" WITHOUT WARRANTY OF ANY "
              "KIND. OXBOW DOES NOT WARRANT THAT CODES OR EDITS WILL RESULT IN PAYMENT OF ANY CLAIM."),
          t.h("6. Limitation of liability", 3),
          t.p("OXBOW'S TOTAL LIABILITY SHALL NOT EXCEED THE LICENCE FEES PAID IN THE TWELVE MONTHS BEFORE THE "
              "CLAIM. NEITHER PARTY IS LIABLE FOR INDIRECT OR CONSEQUENTIAL DAMAGES."),
          t.h("7. Termination", 3),
          t.p("This EULA ends when the Order Form ends, or earlier if End User breaches it and does not cure "
              "within thirty days of notice. On termination End User shall stop using the Software and CPT "
              "content in it."),
          t.h("8. General", 3),
          t.p("This EULA is governed by Wisconsin law. It and the Order Form are the entire agreement on their "
              "subject."),
          PageBreak(),
          t.title("ORDER FORM", size=12, color=colors.black),
          t.kv([("End User", "Driftless Family Clinic, S.C."), ("Order no.", "OX-4419"), ("Start", "January 1, 2026"),
                ("Term", "Three years")], key_w=0.3, size=8.5),
          t.sp(6),
          t.p("<b>Software fees.</b> Oxbow Chart and Oxbow Bill: three hundred ten dollars ($310.00) per Provider per "
              "month. Additional non-provider users: no charge up to ten; eleven dollars per user per month "
              "thereafter."),
          t.p("<b>CPT License (EULA Section 3.2).</b> Nineteen dollars and fifty cents per Provider, billed annually "
              "in January, including Oxbow's administrative charge. Providers added during the year are billed on "
              "activation."),
          t.p("<b>Implementation.</b> Six thousand two hundred dollars, one time."),
          t.p("<b>Providers at start.</b> Six (6)."),
          t.p("<b>Escalation.</b> Software fees increase by three percent (3%) on each anniversary."),
          t.sp(6),
          t.p("Accepted for Driftless Family Clinic, S.C.: ____________________   Date: ________"),
          t.p("Accepted for Oxbow Clinical Informatics, LLC: ____________________   Date: ________")]
    return s


@doc(Theme("helv", 10.5, accent="#3a5a40", header="Greyfield Support  >  Account & Billing"),
     "Greyfield Health Apps, Inc.", "pass_through",
     "Support FAQ; vendor collects the AMA CPT fee per clinician annually on the AMA's behalf but no amount is ever stated; only a 0.50 historical increase is mentioned",
     fee=None, title="AMA CPT fee - FAQ")
def p_greyfield(t):
    s = [t.title("The AMA CPT\u00ae fee: your questions answered", size=16),
         t.small("Greyfield Health Apps, Inc.  |  Support article  |  Last reviewed January 2026", color="#555555"),
         t.sp(4)]
    qa = [
        ("What is this charge?", "The American Medical Association owns the CPT\u00ae code set that Greyfield uses "
         "on superbills, claims and progress notes. The AMA requires companies like ours to collect a licensing "
         "fee every year from each practice, for each clinician who uses CPT codes, and to send it on to the AMA. "
         "We collect that fee on the AMA's behalf."),
        ("How much is it?", "The amount is set each year by the AMA, not by us, and it is the amount shown on the "
         "AMA line of your first invoice of the year. Historically the AMA has raised its fee by about fifty cents "
         "a year, and we expect that pattern to continue, but we will tell you before any change."),
        ("Who is charged?", "Each clinician who appears as the rendering clinician on at least one appointment, "
         "note or claim in the calendar year. Clinicians who never use a CPT code in the year are not charged."),
        ("When is it charged?", "On the first invoice of each calendar year, to the card or bank account on file. "
         "If a new clinician joins in, say, June and uses CPT codes, the fee for that clinician appears on the "
         "following invoice."),
        ("Can I pay the AMA directly instead?", "No. The AMA bills EHR companies for their customers' use of CPT "
         "codes, so we must collect it through your Greyfield account."),
        ("Is sales tax charged?", "Not at present, though that could change if tax rules change."),
        ("I use another billing tool too. Do I pay twice?", "Each software company licenses CPT separately for "
         "its own product, so another vendor may also charge you. We have no visibility of other vendors' fees."),
        ("Can I opt a clinician out?", "Yes. An owner can switch off 'CPT code access' for a clinician before "
         "December 31. That clinician will then be unable to select CPT codes the following year."),
    ]
    for q, a in qa:
        s += [t.p("<b>Q. %s</b>" % q, after=2), t.p(a, indent=12)]
    s += [t.sp(8), t.small("Still need help? Chat with us from the Help menu, Monday to Friday, 7am to 7pm "
                           "Central. CPT is a registered trademark of the American Medical Association.")]
    return s


@doc(Theme("times", 10, accent="#14213d", justify=True, header="Meridian Reference Laboratories - Client Services Agreement"),
     "Meridian Reference Laboratories, Inc.", "pass_through",
     "Reference-lab client services agreement; lab's ordering portal shows CPT codes; CPT content pass-through 1.25 per ordering physician per month in an exhibit; test prices and courier fees are distractors",
     fee=fee(1.25, "provider", "month"), title="Client Services Agreement")
def p_meridian(t):
    s = [t.title("CLIENT SERVICES AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("Between <b>Meridian Reference Laboratories, Inc.</b>, a CLIA-certified clinical laboratory (\"Meridian\" "
             "or \"Laboratory\"), and <b>Prairie Hills Women's Health, P.C.</b> (\"Client\"). Effective March 1, 2026."),
         t.h("1. Services", 2),
         t.p("Meridian will perform the clinical laboratory tests Client orders, provide specimen collection "
             "supplies, arrange courier pick-up on business days, and report results through MeridianLink, its "
             "web ordering and results portal, and through an HL7 interface to Client's EHR where one is in place."),
         t.h("2. Ordering Portal", 2),
         t.p("2.1 MeridianLink displays Meridian's test compendium with the CPT\u00ae codes that Meridian expects to "
             "bill for each test, to help Client's ordering physicians with advance beneficiary notices and "
             "client-bill pricing. These codes are supplied for information; the codes billed will be those that "
             "apply to the tests actually performed."),
         t.p("2.2 Meridian provides CPT content in MeridianLink under its distribution agreement with the "
             "American Medical Association. Client shall pay the CPT content pass-through set out in Exhibit B "
             "for each of its ordering physicians who holds a MeridianLink account."),
         t.h("3. Billing", 2),
         t.p("3.1 Meridian will bill third-party payers and patients directly for tests, except tests Client "
             "elects to have billed to Client (\"client-bill tests\"), which are invoiced monthly at the Exhibit B "
             "prices."),
         t.p("3.2 Client shall provide complete demographic, insurance and diagnosis information with each "
             "order. Meridian is not responsible for denials caused by missing or inaccurate order information."),
         t.h("4. Compliance", 2),
         t.p("Client-bill prices are not conditioned on referrals of Medicare or Medicaid business, and Meridian "
             "will not provide Client with free items or services other than those permitted under the Stark "
             "exceptions and the Anti-Kickback safe harbors, such as specimen supplies used solely for Meridian "
             "tests.")]
    s += bp_hipaa(t, "5") + bp_term(t, n="6", years="two (2)", notice="sixty (60)") + bp_general(t, n="7", state="Nebraska")
    s += [CondPageBreak(3 * inch),
          t.h("Exhibit B - Client Pricing", 2),
          t.table([["Test / item", "CPT", "Client price"],
                   ["Comprehensive metabolic panel", "80053", "$9.40"],
                   ["CBC with differential", "85025", "$6.15"],
                   ["Lipid panel", "80061", "$8.90"],
                   ["TSH", "84443", "$11.25"],
                   ["Hemoglobin A1c", "83036", "$7.80"],
                   ["Liquid-based Pap, imaged", "88175", "$28.00"],
                   ["Chlamydia/gonorrhea NAAT", "87491/87591", "$32.00"],
                   ["Courier, additional stop", "\u2014", "$15.00 per stop"]],
                  widths=[0.55, 0.2, 0.25], style="lines", right=(2,)),
          t.sp(6),
          t.p("<b>CPT content pass-through.</b> $1.25 per ordering physician per month, billed on the monthly "
              "client-bill invoice for each physician with an active MeridianLink account at any time in the "
              "month. The amount reflects the royalty Meridian pays the AMA for portal users plus Meridian's "
              "administrative cost, and will change only if the AMA royalty changes."),
          t.p("Client-bill prices are reviewed annually and may change on thirty days' notice."),
          t.sig(("Meridian Reference Laboratories, Inc.", "Sandra Oyelaran", "VP, Outreach"),
                ("Prairie Hills Women's Health, P.C.", "Karen Lutz, MD", "President"))]
    return s


@doc(Theme("helv", 10, accent="#ff7f11", head_family="helv", header="Lanternfish Coding Tools Corp. - Subscription Proposal",
           footer="CodeLantern is a trademark of Lanternfish Coding Tools Corp."),
     "Lanternfish Coding Tools Corp.", "pass_through",
     "Encoder subscription proposal; seat subscription per month, separate AMA CPT content royalty 19.00 per seat annually with processing included; direct-AMA and competitor prices are distractors",
     fee=fee(19.00, "user", "year"), title="CodeLantern proposal")
def p_lanternfish(t):
    s = [t.title("CodeLantern Encoder & Edits", size=18, color=colors.HexColor("#1d3557")),
         t.p("Proposal for <b>Granite State Anesthesia Billing Co-op</b> (12 coder seats)", size=11),
         t.sp(6),
         t.h("What you get", 2)]
    s += t.bullets(["Code search across CPT\u00ae, HCPCS Level II and ICD-10-CM/PCS with crosswalks and guidelines",
                    "NCCI and MUE edits, payer-specific anesthesia crosswalks and base units",
                    "Audit trail and coder productivity reports",
                    "Single sign-on and unlimited read-only auditor access"])
    s += [t.h("Your price", 2),
          t.table([["", "Per seat", "Seats", "Annual"],
                   ["CodeLantern Professional (billed monthly at $39 per seat)", "$468.00", "12", "$5,616.00"],
                   ["Anesthesia crosswalk add-on", "$60.00", "12", "$720.00"],
                   ["AMA CPT\u00ae content royalty (billed separately)", "$19.00", "12", "$228.00"],
                   ["Proposal total", "", "", "$6,564.00"]],
                  widths=[0.55, 0.15, 0.1, 0.2], style="zebra", right=(1, 2, 3), bold_last=True),
          t.sp(6),
          t.p("The AMA content royalty is charged once a year per seat, on a separate invoice in January, because "
              "we are required to report and pay the American Medical Association for every person who can view "
              "CPT descriptors in CodeLantern. Our processing is included in the $19.00; there is nothing else to "
              "add. ICD-10 and HCPCS Level II are public code sets and carry no content charge."),
          t.h("How this compares", 2),
          t.p("Two competing encoders we are often compared with list at $52 and $58 per seat per month with CPT "
              "content bundled. If your co-op licensed CPT directly from the AMA it would pay an entity fee plus "
              "$18.50 per user, and would still need an encoder. We show these figures as market context only."),
          t.h("Terms", 2),
          t.p("Twelve-month term, renewing annually. Seat prices are held for the first two renewals; thereafter "
              "they may rise by up to 5% a year. Seats can be added at any time and are pro-rated monthly; the AMA "
              "royalty for added seats is billed in full on the next invoice. Proposal valid to January 31, 2026."),
          t.sp(10),
          t.p("Questions? Nadia Korsakova, Senior Account Manager, Lanternfish Coding Tools Corp., 55 Canal Street, "
              "Manchester, NH 03101.", size=9)]
    return s


@doc(Theme("helv", 9.5, accent="#6a994e", cols=2, page_numbers=False, margins=(0.65, 0.65, 0.7, 0.7)),
     "Bramblecote EHR Co.", "pass_through",
     "Two-column product brochure; price table whose column header says 'per clinician, per year'; AMA royalty 18.50 and processing 1.00 as separate rows; platform price is a distractor",
     fee=fee(19.50, "provider", "year"), title="Bramblecote brochure")
def p_bramblecote(t):
    s = [t.title("Bramblecote for rural clinics", size=17),
         t.p("Charting, scheduling and billing built for clinics where one person does three jobs.", italic=True),
         t.h("Why clinics switch", 2)]
    s += t.bullets(["Works on the slow connections most rural clinics live with, with offline charting that syncs "
                    "when the line comes back.",
                    "Rural Health Clinic and FQHC encounter billing out of the box, including the wrap-around "
                    "reconciliation your cost report needs.",
                    "One login for the front desk, the nurse and the provider, with role-based screens.",
                    "Onboarding in four weeks with a named trainer, not a ticket queue."])
    s += [t.h("What clinics say", 2),
          t.p("\"We went live on a Monday and sent claims on Wednesday. Our old system took a quarter to get "
              "there.\" - Practice manager, three-provider clinic in the Ozarks", italic=True),
          t.p("\"The price sheet was the first one I didn't need a lawyer to read.\" - Owner, family medicine", italic=True),
          t.h("Straightforward pricing", 2),
          t.p("Everything is priced per clinician. Staff logins are free."),
          t.table([["Item", "Per clinician, per year"],
                   ["Bramblecote platform (EHR, PM, portal)", "$2,940.00"],
                   ["Claims and eligibility", "Included"],
                   ["AMA CPT\u00ae royalty", "$18.50"],
                   ["AMA royalty processing", "$1.00"],
                   ["Interfaces (lab, imaging)", "Quoted"]],
                  widths=[0.62, 0.38], style="ruled", right=(1,)),
          t.sp(4),
          t.small("Platform price is billed monthly ($245 per clinician per month). The AMA royalty and its "
                  "processing charge are billed together each January. Bramblecote is an AMA-authorized CPT "
                  "distributor and remits the royalty to the AMA."),
          t.h("Implementation", 2),
          t.p("A one-time onboarding fee of $1,500 per clinic covers data conversion from most major systems, "
              "four weeks of remote training and two go-live days on site."),
          t.h("Ask us", 2),
          t.p("Bramblecote EHR Co.<br/>210 Depot Street, Fayetteville, AR 72701<br/>(479) 555-0122<br/>"
              "hello@bramblecote.example"),
          t.small("CPT is a registered trademark of the American Medical Association. Prices current for the "
                  "2026 calendar year.")]
    return s


@doc(Theme("times", 10.5, accent="#22333b", page_numbers=False),
     "Willowmere Systems Inc.", "pass_through",
     "Renewal notice; CPT licence surcharge 1.60 per named user per month; annual total for 14 users and subscription changes are distractors",
     fee=fee(1.60, "user", "month"), title="Renewal confirmation")
def p_willowmere(t):
    s = [t.letterhead("Willowmere Systems Inc.", ["Accounts & Renewals", "3 Ferry Landing, Burlington, VT 05401"],
                      ["Renewal confirmation", "Ref. WSR-2026-0117", "December 9, 2025"]),
         t.sp(12),
         t.p("To: Champlain Valley Chiropractic, PLC - Attn. Dr. Sam Ortiz"),
         t.p("Thank you for renewing Willowmere Practice Suite. This letter confirms the terms that apply from "
             "January 1, 2026 through December 31, 2026 and replaces the renewal quote we sent on November 3."),
         t.table([["Component", "Basis", "2025", "2026"],
                  ["Practice Suite licence", "per named user per month", "$42.00", "$44.00"],
                  ["Document scanning", "per location per month", "$25.00", "$25.00"],
                  ["CPT licence surcharge", "per named user per month", "$1.55", "$1.60"],
                  ["Hosting and backup", "per account per month", "$60.00", "$60.00"]],
                  widths=[0.34, 0.34, 0.16, 0.16], style="grid", right=(2, 3), head_bg=colors.HexColor("#22333b")),
         t.sp(8),
         t.p("The CPT licence surcharge is the amount Willowmere collects for the American Medical "
             "Association's royalty on CPT\u00ae content in the Practice Suite, together with our handling cost. It "
             "applies to every named user because the AMA counts everyone who relies on CPT codes to do their job, "
             "including front-desk and billing staff."),
         t.p("Based on your current fourteen named users, the CPT licence surcharge will come to $268.80 for the "
             "year, and your total 2026 commitment is estimated at $8,680.80. These are estimates; each monthly "
             "invoice follows your actual named-user count on the first of the month."),
         t.p("The 2026 licence price reflects the 5% cap in your agreement; we applied 4.8%. The CPT licence "
             "surcharge is outside that cap and follows the AMA's rate."),
         t.p("Nothing further is needed from you. If anything here is not what you expected, reply by December "
             "31 and we will put it right."),
         t.p("With thanks,"),
         t.p("Moira Kincaid<br/>Renewals Manager, Willowmere Systems Inc.")]
    return s


@doc(Theme("helv", 9.5, accent="#003f5c", justify=True, header="Cobaltline Analytics - Statement of Work No. 1"),
     "Cobaltline Analytics, LLC", "pass_through",
     "Analytics statement of work; one-time CPT historical-data licence fee 250 per Practice plus 15 processing; monthly analytics fee and estimate are distractors",
     fee=fee(265.00, "organization", "one_time"), title="Statement of Work No. 1")
def p_cobaltline(t):
    s = [t.title("STATEMENT OF WORK No. 1"),
         t.p("Under the Analytics Services Agreement dated September 2, 2025 between <b>Cobaltline Analytics, LLC</b> "
             "(\"Cobaltline\") and <b>Tri-County Urology Associates, P.C.</b> (the \"Practice\")."),
         t.h("1. Purpose", 2),
         t.p("Cobaltline will load five years of the Practice's historical claims and remittance data into the "
             "Cobaltline Insight platform and build dashboards for payer mix, denial trends, provider productivity "
             "(wRVUs) and procedure-level margin."),
         t.h("2. Deliverables", 2)]
    s += t.bullets(["Data extraction from the Practice's PM system (read-only connection)",
                    "Normalization and de-duplication of 2021-2025 claims, including mapping of historical "
                    "procedure codes to current CPT\u00ae descriptors so that older claims display current "
                    "terminology",
                    "Eight standard dashboards and up to three custom dashboards",
                    "Two training sessions for up to ten Practice users"])
    s += [t.h("3. Timeline", 2),
          t.p("Kick-off within ten business days of signature; dashboards delivered within ten weeks of receipt of "
              "complete data."),
          t.h("4. Fees", 2),
          t.table([["Fee", "Amount", "When"],
                   ["Historical data load and mapping", "$6,800.00", "50% at kick-off, 50% on delivery"],
                   ["Custom dashboards (up to 3)", "$1,200.00 each", "On delivery"],
                   ["Insight platform subscription", "$690.00 per month", "Monthly from go-live"],
                   ["CPT historical-data licence", "$250.00", "At kick-off"],
                   ["CPT licence processing", "$15.00", "At kick-off"]],
                  widths=[0.42, 0.24, 0.34], style="ruled"),
          t.sp(6),
          t.p("4.1 The CPT historical-data licence is a one-time fee charged once per Practice (that is, per legal "
              "entity, regardless of how many tax identification numbers or locations it has) for the AMA royalty "
              "Cobaltline incurs on the current CPT descriptors it attaches to the Practice's historical claims. "
              "Cobaltline remits it to the American Medical Association and charges the processing fee for doing "
              "so. It is not repeated for later data refreshes under this SOW."),
          t.p("4.2 Ongoing display of CPT descriptors in the Insight platform after go-live is covered by the "
              "CPT terms in Section 7 of the Agreement and is not part of this SOW."),
          t.p("4.3 Estimated total for this SOW, assuming three custom dashboards and twelve months of "
              "subscription: $18,945.00."),
          t.h("5. Assumptions", 2),
          t.p("The Practice will provide data access within five business days of kick-off and a single point of "
              "contact with authority to approve mappings. Delays caused by the Practice may extend the timeline "
              "and, beyond thirty days, may be billed at $175 per hour."),
          t.sig(("Cobaltline Analytics, LLC", "Ben Adeyemi", "Director of Delivery"),
                ("Tri-County Urology Associates, P.C.", "Gloria Henning", "Practice Executive"))]
    return s


# ===========================================================================
# VENDOR COVERS documents
# ===========================================================================

@doc(Theme("times", 10, accent="#000000", justify=True, header="Halcyon Practice Software - End User Terms",
           margins=(0.9, 0.9, 0.9, 0.9)),
     "Halcyon Practice Software, Inc.", "vendor_covers",
     "EULA; vendor is party to an AMA licence and grants sublicence; states AMA royalties are included in Subscription Fees and no separate CPT charge is invoiced",
     title="End User Terms")
def v_halcyon(t):
    s = [t.title("END USER TERMS OF SERVICE", align=TA_CENTER, color=colors.black, size=14),
         t.p("These End User Terms (\"Terms\") apply to every person and organization that accesses Halcyon PM, "
             "Halcyon Chart and related services (the \"Services\") provided by <b>Halcyon Practice Software, "
             "Inc.</b> (\"Halcyon\", \"we\", \"us\"). \"You\" means the practice that subscribes and each of its "
             "authorized users."),
         t.h("1. Accounts", 2),
         t.p("You must keep login credentials confidential and make sure each user has an individual login. You "
             "are responsible for activity under your accounts."),
         t.h("2. Subscription Fees", 2),
         t.p("You will pay the subscription fees in your order (\"Subscription Fees\"), monthly in advance. "
             "Subscription Fees cover the Services, hosting, support, standard interfaces and all code-set "
             "content we include in the Services, as described in Section 5."),
         t.h("3. Acceptable Use", 2),
         t.p("You will not use the Services to store unlawful material, to send unsolicited messages, to attempt "
             "to access another customer's data, or in a way that degrades the Services for others."),
         t.h("4. Your Data", 2),
         t.p("You own your data. We process it only to provide the Services and as the Business Associate "
             "Agreement allows. On termination we make your data available for export for ninety days."),
         t.h("5. Code Sets and CPT\u00ae Content", 2),
         t.p("5.1 The Services include Current Procedural Terminology (CPT) content of the American Medical "
             "Association (\"AMA\"), together with ICD-10-CM, HCPCS Level II and other public code sets."),
         t.p("5.2 Halcyon, as a party to a license agreement with the AMA, grants you a limited, non-exclusive, "
             "non-transferable, non-sublicensable license to use CPT content within the Services solely for your "
             "internal use in the United States. This license ends automatically if Halcyon's agreement with the "
             "AMA ends, unless the AMA consents otherwise or you obtain a direct license from the AMA."),
         t.p("5.3 All royalties payable to the AMA for your users' access to CPT content in the Services are "
             "paid by Halcyon and are included in your Subscription Fees. Halcyon will not invoice you a "
             "separate CPT, AMA or code-set licensing charge for the Services during the term of your order."),
         t.p("5.4 You may not publish, distribute, sell or make CPT content available to any party outside your "
             "organization, including affiliates, or create derivative works of it. The AMA is a third-party "
             "beneficiary of this Section 5."),
         t.p("5.5 You consent to Halcyon reporting to the AMA the number of users with access to CPT content, "
             "without identifying patients.")]
    s += ama_notices(t, "2025")
    s += bp_warranty(t, n="6", a="Halcyon") + bp_liability(t, n="7") + bp_term(t, n="8", years="one (1)", notice="sixty (60)")
    s += bp_general(t, n="9", state="Tennessee")
    return s


@doc(Theme("helv", 9.5, accent="#2a9d8f", header="Redfern Medical Systems LLC - Order Form RMS-2291", footer="Redfern Medical Systems LLC"),
     "Redfern Medical Systems LLC", "vendor_covers",
     "Order form, gridded table; CPT content licence line priced $0.00 'Included'; other per-user prices and total are distractors",
     title="Order Form")
def v_redfern(t):
    s = [t.letterhead("Redfern Medical Systems LLC", ["1450 Commerce Park Drive", "Reno, NV 89502"],
                      ["ORDER FORM RMS-2291", "Date: 2025-11-21"]),
         t.sp(8),
         t.kv([("Customer", "High Desert Allergy & Asthma, Ltd."), ("Site count", "2"),
               ("Users", "6 providers, 17 staff"), ("Start date", "2026-01-15"), ("Term", "24 months")], key_w=0.2),
         t.sp(8),
         t.table([["SKU", "Product / service", "Qty", "List", "Discount", "Net unit", "Term total"],
                  ["RF-EHR", "Redfern EHR, provider licence (monthly)", "6", "$299.00", "10%", "$269.10", "$38,750.40"],
                  ["RF-STAFF", "Staff user licence (monthly)", "17", "$22.00", "0%", "$22.00", "$8,976.00"],
                  ["RF-ALG", "Allergy immunotherapy module (monthly)", "1", "$180.00", "0%", "$180.00", "$4,320.00"],
                  ["RF-CPT", "AMA CPT\u00ae content licence, all users", "23", "$0.00", "\u2014", "Included", "$0.00"],
                  ["RF-ICD", "ICD-10-CM / HCPCS II content", "23", "$0.00", "\u2014", "Included", "$0.00"],
                  ["RF-IMPL", "Implementation (one time)", "1", "$5,400.00", "25%", "$4,050.00", "$4,050.00"],
                  ["", "Order total", "", "", "", "", "$56,096.40"]],
                 widths=[0.1, 0.32, 0.06, 0.12, 0.1, 0.13, 0.17], style="grid", right=(2, 3, 5, 6), size=8.5, bold_last=True),
         t.sp(8),
         t.h("Terms specific to this order", 3)]
    s += t.bullets([
        "RF-CPT: Redfern is an AMA-authorized distributor. The royalty for CPT content used in Redfern products by "
        "Customer's users is paid by Redfern and is included in the licence prices above; no separate CPT charge "
        "will be invoiced during the Term.",
        "Customer's use of CPT content is subject to the CPT end-user terms in Redfern's Customer Agreement, "
        "Exhibit C, including the AMA notices and restrictions set out there.",
        "Provider licence discount applies for the initial Term only. Renewal pricing is at the then-current list "
        "price, less any renewal discount agreed in writing.",
        "Invoices are issued monthly in advance; implementation is invoiced on signature.",
    ])
    s += [t.sp(8),
          t.p("This Order Form is subject to the Redfern Customer Agreement (version 4.2). Signed for and on "
              "behalf of each party by its authorized representative."),
          t.sig(("Redfern Medical Systems LLC", "Alicia Moreno", "Sales Director"),
                ("High Desert Allergy &amp; Asthma, Ltd.", "Victor Hale, MD", "Owner"))]
    return s


@doc(Theme("helv", 10.5, accent="#e76f51", header="Ashgrove Help  /  Billing  /  Codes and licensing"),
     "Ashgrove Cloud EHR, Inc.", "vendor_covers",
     "Help-centre FAQ; vendor holds AMA distribution licence and pays royalty for every user as part of subscription; mentions that other vendors may charge and the direct-AMA price",
     title="Do I need a CPT licence?")
def v_ashgrove(t):
    s = [t.title("Do I need my own CPT\u00ae licence to use Ashgrove?", size=16),
         t.small("Ashgrove Cloud EHR, Inc.  -  Knowledge base  -  Article KB-2208", color="#666666"),
         t.p("<b>Short answer: no, not for Ashgrove.</b>"),
         t.p("Ashgrove holds a distribution licence from the American Medical Association for the CPT codes and "
             "descriptors built into Ashgrove. We report our user counts to the AMA and pay the royalty for every "
             "one of your users ourselves. That cost is already part of your Ashgrove subscription, so you will "
             "not see an AMA or CPT line on your Ashgrove invoice, this year or at renewal."),
         t.h("Why are other practices being charged?", 2),
         t.p("Some EHR and billing companies pass the AMA's royalty on to their customers as a separate annual "
             "fee, often around twenty dollars per clinician. That is their decision; the AMA does not require "
             "it. We chose to keep one all-inclusive price."),
         t.h("Does Ashgrove's licence cover my other systems?", 2),
         t.p("No. CPT licences are granted product by product. If your clearinghouse, billing service or coding "
             "software shows CPT codes, that vendor needs its own arrangement with the AMA and may charge you for "
             "it. Check their terms or ask them."),
         t.h("I got a letter from the AMA. What do I do?", 2),
         t.p("Send it to support and we will confirm to the AMA that your use of Ashgrove is licensed through us. "
             "If the letter concerns another product, you will need to deal with that vendor or with the AMA "
             "directly."),
         t.h("What would a direct licence cost, out of interest?", 2),
         t.p("The AMA publishes internal-use royalty rates: for recent releases an entity fee (it was $82.50 for "
             "2024) plus $18.50 per user. You do not need one for Ashgrove."),
         t.h("Where are the AMA's terms?", 2),
         t.p("The CPT end-user terms you agreed to are in Section 12 of the Ashgrove Subscriber Agreement, "
             "including the notice that CPT is copyright the American Medical Association and that fee "
             "schedules and relative value units are not assigned by the AMA."),
         t.sp(8),
         t.small("Did this answer your question?  Contact support from the ? menu in Ashgrove.")]
    return s


@doc(Theme("times", 10.5, accent="#000000", justify=True, page=A4, header="Northgate HIS - Licence and Services Agreement",
           margins=(1.0, 1.0, 1.0, 1.0)),
     "Northgate Health Information Systems, Inc.", "vendor_covers",
     "Master licence agreement with definitions and schedules; CPT sublicence grant, AMA notices and FARS/DFARS, no CPT fee anywhere; fee schedule lists only software fees",
     title="Licence and Services Agreement")
def v_northgate(t):
    s = [t.title("LICENCE AND SERVICES AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("This Agreement is dated 5 January 2026 and is made between (1) <b>Northgate Health Information "
             "Systems, Inc.</b>, a Minnesota corporation (\"Licensor\"), and (2) <b>St. Croix Valley Clinic, "
             "P.A.</b>, a Wisconsin professional association (\"Licensee\")."),
         t.h("1. Interpretation", 2),
         t.p("1.1 In this Agreement:"),
         ]
    for k, v in [("\"Code Content\"", "means CPT, ICD-10-CM, ICD-10-PCS, HCPCS Level II, NDC and any other "
                  "classification or terminology data incorporated in the Software;"),
                 ("\"CPT\"", "means the Current Procedural Terminology of the American Medical Association (the "
                  "\"AMA\"), including codes, descriptors, modifiers, guidelines and related data;"),
                 ("\"Documentation\"", "means the user guides and release notes Licensor makes available;"),
                 ("\"Fees\"", "means the fees in Schedule 2;"),
                 ("\"Software\"", "means Licensor's NorthChart EHR and NorthBill practice management software "
                  "in object code, including Code Content and Updates;"),
                 ("\"Updates\"", "means corrections, enhancements and annual Code Content releases that Licensor "
                  "makes generally available.")]:
        s.append(t.p("%s %s" % (k, v), indent=14))
    s += [t.p("1.2 Headings do not affect interpretation. \"Including\" means including without limitation."),
          t.h("2. Licence", 2),
          t.p("2.1 Licensor grants Licensee a non-exclusive, non-transferable licence for the Term to install and "
              "use the Software on the hardware and at the sites listed in Schedule 1 for Licensee's internal "
              "business purposes."),
          t.p("2.2 Licensee shall not copy the Software except for reasonable back-up, nor modify, decompile or "
              "make it available to any third party."),
          t.h("3. CPT", 2),
          t.p("3.1 Licensor is party to a licence agreement with the AMA under which it is authorized to "
              "distribute CPT in the Software. Licensor hereby grants Licensee a limited, non-exclusive, "
              "non-transferable sublicence to use CPT in the Software, solely for Licensee's internal use within "
              "the United States, for the Term."),
          t.p("3.2 Licensee shall not (a) make CPT publicly available; (b) create derivative works of CPT, "
              "including translations; (c) transfer, sell, lease or license CPT, or a copy or portion of it, to "
              "any unauthorized party, including any subsidiary, affiliate or other legal entity, however "
              "designated; or (d) remove any proprietary notice."),
          t.p("3.3 The sublicence in Section 3.1 terminates automatically if Licensor's agreement with the AMA "
              "terminates, unless the AMA gives its prior written consent or Licensee enters into a direct "
              "licence with the AMA. The supply of updated CPT depends on a continuing relationship between "
              "Licensor and the AMA."),
          t.p("3.4 Licensee uses CPT at its own risk; CPT is provided \"as is\" without warranty of any kind. "
              "The AMA is a third-party beneficiary of this Section 3 and may enforce it directly.")]
    s += ama_notices(t, "2025", heading=False)
    s += [t.h("4. Support", 2),
          t.p("Licensor will provide telephone and web support between 7:00 a.m. and 7:00 p.m. Central Time on "
              "business days, and Updates, in accordance with Schedule 3. Priority 1 incidents receive a response "
              "within one hour.")]
    s += bp_hipaa(t, "5") + bp_confidentiality(t, a="Licensor", b="Licensee", n="6") + bp_warranty(t, n="7", a="Licensor")
    s += bp_liability(t, n="8") + bp_term(t, n="9", years="five (5)", notice="one hundred eighty (180)")
    s += bp_general(t, n="10", state="Minnesota")
    s += [PageBreak(),
          t.h("Schedule 1 - Sites and Hardware", 2),
          t.table([["Site", "Address", "Workstations"],
                   ["Main clinic", "1021 Riverside Avenue, Hudson, WI", "38"],
                   ["Satellite clinic", "400 Main Street, River Falls, WI", "12"]],
                  widths=[0.3, 0.5, 0.2], style="lines"),
          t.h("Schedule 2 - Fees", 2),
          t.table([["Fee", "Amount", "Payable"],
                   ["Perpetual-term software licence, 14 providers", "$112,000.00", "40% on signature, 60% at go-live"],
                   ["Annual maintenance and Updates (20% of licence)", "$22,400.00 per year", "Annually in advance"],
                   ["Installation and configuration", "$18,500.00", "At go-live"],
                   ["Additional provider licence", "$8,000.00 each", "On order"],
                   ["Hourly professional services", "$210.00 per hour", "Monthly in arrears"]],
                  widths=[0.46, 0.24, 0.3], style="lines"),
          t.p("Maintenance increases by not more than 4% per year after the fifth anniversary."),
          t.h("Schedule 3 - Support Levels", 2),
          t.table([["Priority", "Definition", "Response"],
                   ["P1", "System down or patient safety risk", "1 hour"],
                   ["P2", "Major function impaired, no workaround", "4 hours"],
                   ["P3", "Minor issue or question", "1 business day"]],
                  widths=[0.15, 0.6, 0.25], style="lines"),
          t.sig(("Northgate Health Information Systems, Inc.", "Karl Swenson", "Chief Financial Officer"),
                ("St. Croix Valley Clinic, P.A.", "Mary Olufsen", "Administrator"))]
    return s


@doc(Theme("times", 10.5, accent="#2b2d42", justify=True, footer="Clearbrook Medical Billing Group - Services Agreement"),
     "Clearbrook Medical Billing Group, Inc.", "vendor_covers",
     "Billing-service agreement where 'Provider' is the billing company; Provider maintains its own CPT licence at its sole cost and Client need not license CPT for the Services",
     title="Medical Billing Services Agreement")
def v_clearbrook(t):
    s = [t.title("MEDICAL BILLING SERVICES AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("This Agreement is entered into on January 20, 2026 between <b>Clearbrook Medical Billing Group, "
             "Inc.</b> (\"Provider\"), which provides revenue cycle management services, and <b>Lowcountry "
             "Neurology, LLC</b> (\"Client\"), a medical practice."),
         t.h("1. Services", 2),
         t.p("Provider shall perform professional coding, charge entry, claim submission, payment posting, "
             "denial and appeal management and patient billing for Client, using Provider's own practice "
             "management and coding systems (the \"Provider Systems\"). Client's staff will receive web access to "
             "Provider's reporting portal."),
         t.h("2. Coding", 2),
         t.p("2.1 Provider's certified coders shall assign CPT\u00ae, HCPCS and ICD-10-CM codes from Client's "
             "documentation. Client's physicians remain responsible for the accuracy and completeness of their "
             "documentation and shall respond to coder queries within two business days."),
         t.p("2.2 Provider maintains, at Provider's sole cost, a licence from the American Medical Association "
             "(or through an AMA-authorized distributor) for the CPT content used in the Provider Systems and in "
             "the reporting portal, covering Provider's personnel and Client's portal users. Client is not "
             "required to obtain or pay for a CPT licence in order to receive the Services or use the portal, "
             "and Provider shall not charge Client for CPT licensing. This Section does not cover any software "
             "Client licenses from others."),
         t.h("3. Fees", 2),
         t.p("3.1 Client shall pay Provider six percent (6%) of monthly Net Collections on claims Provider "
             "submits, and four percent (4%) on legacy accounts receivable Provider works during the first ninety "
             "days."),
         t.p("3.2 Credentialing of new physicians is charged at $450 per physician per payer panel."),
         t.p("3.3 Fees are invoiced monthly and due within twenty days."),
         t.h("4. Client Obligations", 2),
         t.p("Client shall provide encounter documentation and demographic data within three business days of "
             "service, forward all payer correspondence, maintain its own payer contracts and enrollments, and "
             "make refund decisions on credit balances."),
         t.h("5. Compliance Program", 2),
         t.p("Provider maintains a compliance program consistent with the OIG Compliance Program Guidance for "
             "Third-Party Medical Billing Companies, including annual coder audits with a minimum accuracy target "
             "of 95%. Results will be shared with Client on request.")]
    s += bp_confidentiality(t, n="6") + bp_liability(t, n="7", cap="the fees paid to Provider in the twelve (12) months preceding the claim")
    s += bp_term(t, n="8", years="two (2)", notice="ninety (90)") + bp_general(t, n="9", state="South Carolina")
    s += [t.sig(("Clearbrook Medical Billing Group, Inc.", "Renata Philips", "President"),
                ("Lowcountry Neurology, LLC", "Aaron Feld, MD", "Managing Member"))]
    return s


@doc(Theme("helv", 10.5, accent="#444444", page_numbers=False),
     "Fennimore Health, Inc.", "vendor_covers",
     "Announcement e-mail; vendor will absorb the AMA royalty from 2026 and no longer pass it through; the previous 19.50 per clinician charge and competitor charges are distractors",
     title="We're absorbing the AMA fee")
def v_fennimore(t):
    s = [t.kv([("From:", "Fennimore Health &lt;news@fennimorehealth.example&gt;"),
               ("To:", "All Fennimore account owners"),
               ("Sent:", "December 2, 2025"),
               ("Subject:", "No AMA CPT fee on your 2026 invoices")]),
         t.hr(), t.sp(8),
         t.p("Hi there,"),
         t.p("For the last three years you have seen an \"AMA CPT fee\" on your January invoice. Last January it "
             "was $19.50 per clinician: the American Medical Association's royalty plus our processing charge."),
         t.p("<b>Starting with the 2026 license year, that line is gone.</b> Fennimore Health, Inc. will pay the "
             "AMA's CPT royalty for all of your clinicians and staff ourselves, and we will not pass it through "
             "to you in any other form. Your subscription price does not go up because of this change."),
         t.p("Why now? Many of you told us the fee was confusing, especially when other tools you use charge "
             "something similar. We would rather carry that cost than have you reconcile another line item."),
         t.h("What this means for you", 3)]
    s += t.bullets(["No AMA or CPT line on the January 2026 invoice or after, for as long as your Fennimore "
                    "subscription is active.",
                    "You don't need a separate AMA licence for Fennimore. Fennimore remains an AMA-authorized "
                    "distributor and your CPT use inside Fennimore is covered by our end-user terms.",
                    "Other vendors (your clearinghouse or a standalone coding tool, for example) license CPT "
                    "separately and may still charge you; some charge $20 or more per clinician.",
                    "If you prepaid the 2026 AMA fee on an annual plan, we will credit it on your next invoice."])
    s += [t.p("Thanks for being with us,"),
          t.p("Jordan Elsworth<br/>CEO, Fennimore Health"),
          t.sp(10), t.hr(),
          t.small("Fennimore Health, Inc., 600 Congress Avenue, Austin, TX 78701. CPT is a registered trademark of "
                  "the American Medical Association.", color="#777777")]
    return s


@doc(Theme("times", 11, accent="#000000", justify=True, footer="Stonebridge EMR Corporation - Third Amendment"),
     "Stonebridge EMR Corporation", "vendor_covers",
     "Amendment deleting the prior CPT pass-through fee of 19.00 per provider per year; vendor bears the AMA royalty from the amendment date",
     title="Third Amendment")
def v_stonebridge(t):
    s = [t.title("THIRD AMENDMENT TO SUBSCRIPTION AGREEMENT", align=TA_CENTER, color=colors.black, size=13),
         t.p("This Third Amendment is made effective as of January 1, 2026 between <b>Stonebridge EMR "
             "Corporation</b> (\"Stonebridge\") and <b>Sandhills Internal Medicine, P.A.</b> (\"Customer\") to "
             "the Subscription Agreement dated June 1, 2021, as amended (the \"Agreement\")."),
         t.p("<b>Background.</b> Section 4.3 of the Agreement, added by the First Amendment, requires Customer to "
             "pay a CPT Pass-Through Fee of nineteen dollars ($19.00) per Provider per year. As part of the "
             "renewal negotiated in October 2025, Stonebridge has agreed to bear that cost itself."),
         t.p("The parties agree:"),
         t.p("1. <b>Deletion.</b> Section 4.3 of the Agreement (CPT Pass-Through Fee) is deleted in its entirety "
             "with effect from January 1, 2026. Stonebridge shall not invoice any CPT Pass-Through Fee, AMA "
             "royalty or similar charge for any period on or after that date."),
         t.p("2. <b>Royalty.</b> Stonebridge shall pay, at its own expense, all royalties due to the American "
             "Medical Association in respect of Customer's use of CPT content in the Stonebridge Ambulatory "
             "platform, and the Subscription Fees in Schedule A are inclusive of that royalty. Section 9 (CPT "
             "End-User Terms), under which Stonebridge sublicenses CPT content to Customer, is unchanged."),
         t.p("3. <b>Pricing.</b> Schedule A is replaced by the Schedule A attached to this Amendment, which "
             "increases the Provider subscription from $365 to $379 per Provider per month for the renewal term "
             "of January 1, 2026 to December 31, 2028."),
         t.p("4. <b>Fees already invoiced.</b> The CPT Pass-Through Fee invoiced for calendar year 2025 remains "
             "payable and is not refundable."),
         t.p("5. <b>Miscellaneous.</b> Except as amended here, the Agreement continues unchanged. This Amendment "
             "prevails over any conflicting term of the Agreement."),
         t.sp(6),
         t.h("Schedule A (replacement)", 3),
         t.table([["Service", "Basis", "Price"],
                  ["Stonebridge Ambulatory (EHR + PM)", "per Provider per month", "$379.00"],
                  ["Non-provider users", "first 40", "included"],
                  ["Non-provider users above 40", "per user per month", "$9.00"],
                  ["Patient engagement bundle", "per location per month", "$120.00"]],
                 widths=[0.45, 0.35, 0.2], style="lines", right=(2,)),
         t.sig(("Stonebridge EMR Corporation", "Felicia Grant", "SVP, Customer Contracts"),
               ("Sandhills Internal Medicine, P.A.", "Howard Pike, MD", "President"))]
    return s


@doc(Theme("helv", 9, accent="#5f0f40", page_numbers=False, margins=(0.75, 0.75, 0.75, 0.75)),
     "Tamarind Health Systems, LLC", "vendor_covers",
     "Invoice; AMA CPT royalty line for 6 clinicians offset by an equal 'included in your plan' credit, net zero, with a note that the plan includes the royalty",
     title="Invoice 2026-000417")
def v_tamarind(t):
    s = [t.letterhead("Tamarind Health Systems, LLC", ["8 Banyan Court, Tampa, FL 33602", "billing@tamarind.example"],
                      ["INVOICE 2026-000417", "Date: January 2, 2026", "Due: February 1, 2026"]),
         t.sp(8),
         t.kv([("Customer", "Gulfside Behavioral Health Collective"), ("Plan", "Tamarind Complete (annual, prepaid)"),
               ("Account", "TH-30551")], key_w=0.18),
         t.sp(8),
         t.table([["Description", "Qty", "Unit", "Amount"],
                  ["Tamarind Complete - clinician licence, 2026", "6", "$1,740.00", "$10,440.00"],
                  ["Admin seats, 2026", "4", "$0.00", "$0.00"],
                  ["Group therapy scheduling add-on, 2026", "1", "$360.00", "$360.00"],
                  ["AMA CPT\u00ae royalty, license year 2026 (clinicians)", "6", "$18.50", "$111.00"],
                  ["Less: AMA royalty included in Tamarind Complete", "6", "($18.50)", "($111.00)"],
                  ["Prepayment discount (5%)", "", "", "($540.00)"]],
                 widths=[0.55, 0.1, 0.15, 0.2], style="zebra", right=(1, 2, 3)),
         t.sp(4),
         t.table([["", "Total due", "$10,260.00"]], widths=[0.5, 0.3, 0.2], style="plain", header=False, right=(2,),
                 bold_last=True),
         t.sp(10),
         t.box([t.p("<b>About the AMA line.</b> The American Medical Association charges Tamarind a royalty for "
                    "each clinician who can use CPT codes. On the Complete plan Tamarind pays that royalty for you, "
                    "so it is shown and then fully credited; you owe nothing for it. Customers on the Basic plan "
                    "are charged the royalty plus a processing fee; that does not apply to this account.", size=8.5)]),
         t.sp(8),
         t.p("Pay online at pay.tamarind.example or by ACH to the account on your welcome letter. Questions: "
             "(813) 555-0177.", size=8.5)]
    return s


@doc(Theme("helv", 10, accent="#3d5a80", justify=True, header="Brightline Virtual Care - Terms of Service for Clinical Organizations"),
     "Brightline Virtual Care, Inc.", "vendor_covers",
     "Telehealth terms of service; CPT lookup in visit notes licensed by Company from the AMA with royalty costs borne by Company; per-visit and per-seat prices are distractors",
     title="Terms of Service")
def v_brightline(t):
    s = [t.title("Terms of Service for Clinical Organizations"),
         t.small("Effective September 1, 2025", color="#666666"),
         t.p("These Terms govern access by a clinical organization (\"Organization\") and its clinicians and staff "
             "to the Brightline virtual care platform operated by Brightline Virtual Care, Inc. (\"Brightline\", "
             "\"Company\")."),
         t.h("1. Platform", 2),
         t.p("Brightline provides video and audio visits, secure messaging, e-consent, a visit note with a "
             "coding assistant, and claims export. Organization chooses its plan in the online checkout or in a "
             "signed order."),
         t.h("2. Pricing", 2),
         t.p("Plans are priced per clinician seat per month ($49 Starter, $89 Pro) plus, on the Starter plan, "
             "$1.50 per completed visit over 100 per seat per month. Staff seats are free."),
         t.h("3. Coding assistant and CPT\u00ae", 2),
         t.p("3.1 The coding assistant suggests CPT and ICD-10-CM codes for each visit note. CPT content is "
             "licensed by Company from the American Medical Association, and Company sublicenses it to "
             "Organization for use within the platform only."),
         t.p("3.2 Company bears all royalty costs payable to the AMA for use of CPT content in the platform by "
             "Organization's clinicians and staff. Those costs are reflected in the plan prices in Section 2 and "
             "are not charged separately."),
         t.p("3.3 Code suggestions are aids only. The clinician is responsible for the codes finally selected "
             "and billed."),
         t.p("3.4 Organization shall not export or republish CPT descriptors outside the platform, except on "
             "claims and patient statements in the ordinary course."),
         t.h("4. Clinical responsibility", 2),
         t.p("Brightline does not practice medicine. Organization and its clinicians are solely responsible for "
             "clinical judgment, licensure in the patient's state, prescribing, and emergency escalation."),
         t.h("5. Payment", 2),
         t.p("Charges are billed monthly to the card on file or invoiced for annual plans. Prices may change on "
             "thirty days' notice; Organization may cancel before the change takes effect.")]
    s += bp_hipaa(t, "6") + bp_liability(t, n="7") + bp_general(t, n="8", state="New York")
    return s


@doc(Theme("times", 10, accent="#1d3557", justify=True, footer="Hollis Valley Diagnostics, LLC - Client Agreement"),
     "Hollis Valley Diagnostics, LLC", "vendor_covers",
     "Laboratory client agreement; lab holds the licence needed to show CPT codes in its compendium and portal and no fee is payable by client for such display; test prices are distractors",
     title="Laboratory Client Agreement")
def v_hollis(t):
    s = [t.title("LABORATORY CLIENT AGREEMENT", align=TA_CENTER, color=colors.black, size=13),
         t.p("This Laboratory Client Agreement is made between <b>Hollis Valley Diagnostics, LLC</b> (the "
             "\"Laboratory\") and <b>Kettle River Family Practice, PLLC</b> (\"Client\") effective February 15, "
             "2026."),
         t.p("<b>1. Testing.</b> The Laboratory will perform clinical laboratory, anatomic pathology and "
             "molecular testing ordered by Client's authorized practitioners and will report results by secure "
             "web portal (\"HVD Connect\"), fax, or interface."),
         t.p("<b>2. Orders.</b> Client will submit orders through HVD Connect or its EHR interface with the "
             "information required for billing. The Laboratory may refuse or delay testing if required "
             "information is missing."),
         t.p("<b>3. Compendium and codes.</b> HVD Connect and the Laboratory's printed compendium show, for each "
             "test, the CPT\u00ae codes under which the Laboratory expects to bill. The Laboratory holds the "
             "licence from the American Medical Association required to display CPT codes and descriptors in its "
             "compendium and in HVD Connect for its clients' use, and no fee is payable by Client for that "
             "display or for Client's users' access to it. Client may not copy the compendium's CPT content "
             "into other systems."),
         t.p("<b>4. Billing.</b> The Laboratory will bill Medicare, Medicaid and contracted commercial payers "
             "directly. Client-bill testing is invoiced monthly at the prices in Attachment 1."),
         t.p("<b>5. Supplies.</b> The Laboratory will furnish specimen collection supplies solely for specimens "
             "sent to the Laboratory. Client will not use them for any other purpose."),
         t.p("<b>6. Courier.</b> Courier pick-up is provided once each business day at no charge; additional "
             "stat pick-ups are $25 each."),
         t.p("<b>7. Term.</b> One year, renewing automatically; either party may terminate on sixty days' "
             "notice."),
         t.p("<b>8. Compliance.</b> Nothing in this Agreement requires, or is conditioned on, the referral of "
             "any patient or business to the Laboratory. Client-bill prices are not below the Laboratory's "
             "costs."),
         t.sp(4),
         t.h("Attachment 1 - Client-bill prices", 3),
         t.table([["Test", "Price"],
                  ["Basic metabolic panel", "$7.25"], ["Hepatic function panel", "$8.10"],
                  ["Urinalysis, automated with microscopy", "$4.40"], ["Vitamin D, 25-hydroxy", "$19.00"],
                  ["Surgical pathology, level IV", "$62.00"]],
                 widths=[0.75, 0.25], style="lines", right=(1,)),
         t.sig(("Hollis Valley Diagnostics, LLC", "Irene Castillo", "Laboratory Director"),
               ("Kettle River Family Practice, PLLC", "Owen Marsh, DO", "Owner"))]
    return s


@doc(Theme("helv", 9.5, accent="#0f4c5c", header="Glasswing Coding Solutions - 2026 Price List"),
     "Glasswing Coding Solutions, Inc.", "vendor_covers",
     "Encoder price list; footnote says per-seat price includes the AMA content royalty for each named user; direct-AMA comparison and competitor per-seat surcharge are distractors",
     title="2026 Price List")
def v_glasswing(t):
    s = [t.title("Glasswing Encoder - 2026 Price List", size=16),
         t.p("For physician practices, billing companies and ambulatory surgery centers."),
         t.table([["Edition", "Who it is for", "Price per named user*", "Minimum"],
                  ["Essentials", "Coders in single-specialty practices", "$34 / month", "3 users"],
                  ["Professional", "Multi-specialty coding teams; includes edits", "$49 / month", "3 users"],
                  ["Audit", "Compliance and auditing staff; adds audit workflow", "$64 / month", "2 users"],
                  ["Read-only", "Physicians and managers reviewing coded encounters", "$12 / month", "none"]],
                 widths=[0.16, 0.44, 0.22, 0.18], style="ruled"),
         t.sp(6),
         t.small("* Each price includes the American Medical Association's content royalty for CPT\u00ae for that "
                 "named user. Glasswing Coding Solutions, Inc. is an AMA-authorized distributor and pays the "
                 "royalty directly; there is no separate CPT, AMA or content line on a Glasswing invoice."),
         t.h("Add-ons", 2),
         t.table([["Add-on", "Price"],
                  ["Payer policy library (Medicare LCD/NCD and 40 commercial payers)", "$9 per user per month"],
                  ["Single sign-on (SAML)", "$150 per month per organization"],
                  ["Annual on-site training day", "$1,800 plus travel"]],
                 widths=[0.7, 0.3], style="lines"),
         t.h("Why our price looks different", 2),
         t.p("Several encoders advertise a lower monthly price and then add an annual CPT royalty of roughly "
             "$19 to $22 per user at renewal. Others expect you to hold a direct internal-use licence from the "
             "AMA, which for 2025 was quoted to one of our customers as the AMA entity fee plus $18.50 per user. "
             "We prefer one number."),
         t.h("Terms", 2)]
    s += t.bullets(["Annual agreement, billed monthly or annually in advance (annual billing saves 8%).",
                    "Named users may be reassigned no more than once per quarter.",
                    "Prices held for 2026; 2027 prices will be published by November 1, 2026.",
                    "All prices in USD, excluding taxes."])
    return s


@doc(Theme("helv", 10, accent="#6d597a", header="juniperlane.example/pricing", page_numbers=False),
     "Juniper Lane Software, LLC", "vendor_covers",
     "Pricing page; all-in per provider price explicitly includes CPT, ICD-10 and HCPCS content licences ('we pay the AMA'); setup fee and competitor comparison are distractors",
     title="Pricing - Juniper Lane")
def v_juniper(t):
    s = [t.title("One price. Everything included.", size=20),
         t.p("Juniper Lane is the all-in-one EHR and billing platform for independent specialty practices.", size=11),
         t.table([["", "Juniper Lane All-In"],
                  ["Price", "$149 per provider per month, billed monthly"],
                  ["Staff users", "Unlimited, no charge"],
                  ["Claims, ERA, eligibility", "Unlimited, included"],
                  ["e-Prescribing incl. EPCS", "Included"],
                  ["Code sets", "CPT\u00ae, ICD-10-CM, HCPCS Level II included - we pay the AMA so you don't have to"],
                  ["Setup", "$0 for practices up to 5 providers; $499 one time above that"],
                  ["Contract", "Month to month, cancel any time"]],
                 widths=[0.3, 0.7], style="zebra"),
         t.sp(8),
         t.h("No surprise fees", 2),
         t.p("Lots of EHRs now add an annual \"AMA fee\" per clinician on top of the subscription. We don't. "
             "Juniper Lane Software, LLC holds a distribution licence with the American Medical Association and "
             "the CPT royalty for every user in your practice is part of the $149. If the AMA's rate goes up, "
             "that's our problem, not yours."),
         t.h("Compare", 2),
         t.table([["", "Juniper Lane", "Typical competitor"],
                  ["Subscription", "$149 / provider / month", "$129 - $199 / provider / month"],
                  ["Clearinghouse", "Included", "$0.25 - $0.40 per claim"],
                  ["AMA CPT fee", "Included", "$20 - $25 / clinician / year"],
                  ["Staff logins", "Unlimited", "$15 - $35 / user / month"]],
                 widths=[0.3, 0.3, 0.4], style="ruled"),
         t.sp(6),
         t.small("Competitor ranges are based on published price lists reviewed in 2025 and are provided for "
                 "illustration. CPT is a registered trademark of the American Medical Association.")]
    return s


@doc(Theme("times", 11, accent="#000000", page_numbers=False),
     "Osprey Point Technologies, Inc.", "vendor_covers",
     "Side letter confirming the CPT royalty is included in the per-provider subscription and will not be invoiced separately during the Initial Term; future right to revisit after Initial Term",
     title="Side letter")
def v_osprey(t):
    s = [t.letterhead("Osprey Point Technologies, Inc.", ["Legal Department", "250 Harbor Drive, Suite 900",
                                                           "San Diego, CA 92101"]),
         t.sp(14),
         t.p("February 6, 2026"),
         t.p("Coronado Eye Institute, A Medical Corporation<br/>Attention: Phillip Nakamura, Chief Executive "
             "Officer<br/>1340 Orange Avenue<br/>Coronado, CA 92118"),
         t.p("<b>Re: Letter Agreement - CPT royalties under the OspreyEyes Subscription Agreement dated January "
             "30, 2026</b>"),
         t.p("Dear Mr. Nakamura:"),
         t.p("Further to our call of February 3 and your counsel's e-mail of February 4, this letter records our "
             "agreement on a point the Subscription Agreement does not spell out."),
         t.p("1. The per-provider subscription fee in Order Form No. 1 ($420 per Provider per month) includes "
             "the royalty that Osprey Point Technologies, Inc. (\"Osprey\") pays to the American Medical "
             "Association for CPT\u00ae content used by your providers and staff within OspreyEyes. Osprey will not "
             "invoice that royalty, or any processing or handling charge relating to it, separately during the "
             "Initial Term."),
         t.p("2. Osprey represents that it is, and during the Initial Term will remain, an AMA-authorized "
             "distributor of CPT content, and that the end-user terms in Exhibit D of the Subscription Agreement "
             "are the only CPT terms that apply to you."),
         t.p("3. If Osprey proposes to charge separately for CPT royalties in any renewal term, it will say so in "
             "its renewal proposal at least one hundred twenty (120) days before the end of the Initial Term, and "
             "no such charge will apply unless you accept it in writing."),
         t.p("4. This letter forms part of the Subscription Agreement and prevails over it to the extent of any "
             "inconsistency."),
         t.p("Please countersign below to confirm your agreement."),
         t.p("Sincerely,"),
         t.p("Rachel Ibarra<br/>Associate General Counsel<br/>Osprey Point Technologies, Inc."),
         t.sp(16),
         t.p("Agreed and accepted:<br/>Coronado Eye Institute, A Medical Corporation<br/><br/>"
             "By: ____________________________  Date: ______________")]
    return s


@doc(Theme("helv", 9.5, accent="#1b4332", justify=True, header="Kestrel Revenue Intelligence, Inc. - Platform Agreement"),
     "Kestrel Revenue Intelligence, Inc.", "vendor_covers",
     "RCM analytics platform agreement where 'Provider' is the vendor; Provider obtains and maintains at its own expense all AMA licences for CPT content embedded in the Platform; platform fee tiers are distractors",
     title="Platform Agreement")
def v_kestrel(t):
    s = [t.title("REVENUE INTELLIGENCE PLATFORM AGREEMENT"),
         t.p("Between <b>Kestrel Revenue Intelligence, Inc.</b>, a Georgia corporation (\"Provider\"), and the "
             "medical group identified in the Order (\"Client\")."),
         t.h("1. Definitions", 2)]
    for k, v in [("Platform", "Provider's hosted denial-prediction, underpayment detection and revenue analytics "
                  "service, including embedded reference content."),
                 ("Reference Content", "code sets, fee schedules and payer rules embedded in the Platform, "
                  "including CPT\u00ae content of the American Medical Association, HCPCS Level II, ICD-10-CM and CMS "
                  "fee schedules."),
                 ("Client Data", "claims, remittance and related data Client submits."),
                 ("Authorized User", "an employee or contractor of Client given credentials.")]:
        s.append(t.p("<b>\"%s\"</b> means %s" % (k, v), indent=12))
    s += [t.h("2. Access", 2),
          t.p("Provider grants Client and its Authorized Users a non-exclusive right to use the Platform during "
              "the Term for Client's internal revenue cycle purposes."),
          t.h("3. Reference Content", 2),
          t.p("3.1 Provider shall obtain and maintain, at its own expense, all licences required from the AMA "
              "and other owners for Reference Content embedded in the Platform, including any royalty "
              "calculated by reference to Client's Authorized Users, and Provider shall not pass any such "
              "royalty on to Client."),
          t.p("3.2 Client's use of CPT content is limited to use within the Platform and is subject to the "
              "AMA end-user provisions in Exhibit A, which Client accepts."),
          t.p("3.3 Client Data may contain CPT codes that Client assigned in its own systems. Client's licences "
              "for those systems are outside this Agreement."),
          t.h("4. Fees", 2),
          t.table([["Tier", "Annual net patient revenue analysed", "Platform fee"],
                   ["A", "up to $10 million", "$2,100 per month"],
                   ["B", "$10 - 40 million", "$4,600 per month"],
                   ["C", "over $40 million", "0.12% of revenue analysed, billed monthly"]],
                  widths=[0.1, 0.55, 0.35], style="ruled"),
          t.p("Fees increase by 3% on each anniversary of the Effective Date. Implementation is $9,000 one time."),
          t.h("5. Data", 2),
          t.p("Provider may use de-identified Client Data to improve its models, in accordance with the Business "
              "Associate Agreement and HIPAA's de-identification standard.")]
    s += bp_confidentiality(t, n="6") + bp_liability(t, n="7") + bp_term(t, n="8", years="three (3)") + bp_general(t, n="9", state="Georgia")
    s += [t.h("Exhibit A - AMA End-User Provisions", 2),
          t.p("Client shall not publish, distribute or create derivative works of CPT content, nor make it "
              "available to any affiliate or other legal entity. Use of CPT content is at Client's risk and it is "
              "provided \"as is\". Client's right to CPT content ends if Provider's licence from the AMA ends, "
              "unless Client licenses CPT directly.")]
    s += ama_notices(t, "2025", heading=False)
    return s


# ===========================================================================
# CUSTOMER MUST LICENSE documents
# ===========================================================================

@doc(Theme("times", 10, accent="#000000", justify=True, header="AMERICAN MEDICAL ASSOCIATION - INTERNAL USE LICENSE AGREEMENT",
           margins=(1.0, 1.0, 1.0, 1.0)),
     "American Medical Association", "customer_must_license",
     "AMA internal-use licence signed by the practice itself, with royalty exhibit (entity fee plus per-user royalty); the practice licenses CPT directly",
     ama_license=True, title="Internal Use License Agreement")
def c_ama_internal(t):
    s = [t.title("INTERNAL USE LICENSE AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("Agreement No. IUL-2026-118204", align=TA_CENTER),
         t.p("This Internal Use License Agreement (the \"Agreement\") is entered into by and between the "
             "<b>American Medical Association</b>, an Illinois not-for-profit corporation with its principal place "
             "of business at AMA Plaza, 330 North Wabash Avenue, Suite 39300, Chicago, Illinois 60611 (\"AMA\"), "
             "and <b>Bluestem Pediatric Associates, LLC</b>, 2201 Prairie Star Parkway, Lenexa, Kansas 66219 "
             "(\"Licensee\"), effective January 1, 2026 (the \"Effective Date\")."),
         t.h("1. Definitions", 2),
         t.p("1.1 \"Licensed Content\" means the data files of Current Procedural Terminology (\"CPT\") listed in "
             "Exhibit A, in the annual release(s) identified there, including codes, descriptors and related "
             "guidelines."),
         t.p("1.2 \"User\" means an individual who (a) accesses, uses or manipulates Licensed Content; (b) uses a "
             "system that contains Licensed Content to produce output that could not be produced without it; or "
             "(c) makes use of such output. Users are counted individually and not on a concurrent basis."),
         t.p("1.3 \"Licensed System\" means each internal software application identified in Exhibit B into which "
             "Licensee loads or in which it uses Licensed Content."),
         t.h("2. Grant of License", 2),
         t.p("2.1 Subject to the terms of this Agreement, AMA grants Licensee a non-exclusive, non-transferable "
             "license during the Term to install Licensed Content in the Licensed Systems and to permit its Users "
             "to use it solely for Licensee's internal business purposes within the United States."),
         t.p("2.2 Licensee shall not distribute, sublicense, sell, publish or otherwise make Licensed Content "
             "available to any third party, including any affiliate, parent, subsidiary or other legal entity, "
             "and shall not use it in any product or service provided to others."),
         t.p("2.3 This Agreement does not license any software application. A vendor that distributes an "
             "application containing CPT requires its own distribution license from AMA."),
         t.h("3. Royalties and Reporting", 2),
         t.p("3.1 Licensee shall pay AMA the royalties set out in Exhibit A for each annual release of Licensed "
             "Content it uses. Royalties are due within thirty (30) days of AMA's invoice."),
         t.p("3.2 Licensee shall report its User count for each Licensed System on AMA's royalty portal by "
             "January 31 of each year and shall report any increase in Users of more than ten percent within "
             "thirty days. Additional royalties for increased Users are due on AMA's invoice."),
         t.p("3.3 Licensee shall keep accurate records of Users and Licensed Systems for three years. AMA or its "
             "designee may audit those records once a year on thirty days' notice. If an audit reveals an "
             "underpayment of more than five percent, Licensee shall reimburse AMA's reasonable audit costs."),
         t.h("4. Proprietary Rights and Notices", 2),
         t.p("4.1 Licensee acknowledges that AMA owns the copyright in CPT and that CPT is a registered "
             "trademark of the AMA. Licensee shall reproduce the notice \"CPT copyright 2025 American Medical "
             "Association. All rights reserved.\" on any internal screen or report that displays CPT descriptors."),
         t.p("4.2 Fee schedules, relative value units, conversion factors and related components are not "
             "assigned by AMA, are not part of CPT, and AMA does not recommend their use."),
         t.h("5. Disclaimer; Limitation of Liability", 2),
         t.p("LICENSED CONTENT IS PROVIDED \"AS IS\" WITHOUT WARRANTY OF ANY KIND. AMA'S TOTAL LIABILITY UNDER "
             "THIS AGREEMENT SHALL NOT EXCEED THE ROYALTIES PAID BY LICENSEE IN THE TWELVE MONTHS PRECEDING THE "
             "CLAIM."),
         t.h("6. Term and Termination", 2),
         t.p("This Agreement continues for one year from the Effective Date and renews for successive one-year "
             "terms on Licensee's payment of the royalty for the next annual release. Either party may terminate "
             "on ninety days' notice before a renewal, or for an uncured material breach. On termination Licensee "
             "shall delete Licensed Content from all Licensed Systems, except as archived in historical records."),
         t.h("7. General", 2),
         t.p("This Agreement is governed by Illinois law. Licensee may not assign it without AMA's written "
             "consent. It is the entire agreement of the parties on its subject."),
         PageBreak(),
         t.h("Exhibit A - Licensed Content and Royalties", 2),
         t.table([["Licensed Content", "Annual release", "Royalty"],
                  ["CPT Standard data file", "2026", "Then-current Entity Fee plus $18.50 for each User"],
                  ["CPT Relative Value Units (optional)", "2026", "Not licensed"],
                  ["AMA's version of HCPCS Level II (optional)", "2026", "Not licensed"]],
                 widths=[0.4, 0.2, 0.4], style="grid", head_bg=colors.HexColor("#555555")),
         t.sp(6),
         t.p("For reference only, the Entity Fee for the 2024 annual release was $82.50. Licensee's reported "
             "User count at signature is 22 (5 physicians, 3 nurse practitioners and 14 staff), giving an "
             "estimated royalty for the 2026 release of the then-current Entity Fee plus $407.00."),
         t.h("Exhibit B - Licensed Systems", 2),
         t.table([["System", "Purpose", "Users"],
                  ["In-house charge master and fee-schedule database", "Charge capture and pricing", "9"],
                  ["Internal coding reference spreadsheet set", "Coding audit and education", "22"]],
                 widths=[0.45, 0.35, 0.2], style="grid", head_bg=colors.HexColor("#555555")),
         t.sp(10),
         t.sig(("American Medical Association", "_________________", "CPT Intellectual Property Services"),
               ("Bluestem Pediatric Associates, LLC", "Corinne Walsh", "Practice Administrator"))]
    return s


@doc(Theme("helv", 9.5, accent="#33415c", justify=True, header="Tollgate EDI Services, Inc. - Clearinghouse Services Agreement"),
     "Tollgate EDI Services, Inc.", "customer_must_license",
     "Clearinghouse agreement; Customer solely responsible for licences for CPT codes it submits and Clearinghouse grants no CPT licence; transaction fees are distractors",
     title="Clearinghouse Services Agreement")
def c_tollgate(t):
    s = [t.title("CLEARINGHOUSE SERVICES AGREEMENT"),
         t.p("This Agreement is between Tollgate EDI Services, Inc. (\"Clearinghouse\") and the healthcare provider "
             "organization that signs the enrollment form (\"Customer\")."),
         t.h("1. Services", 2),
         t.p("Clearinghouse will receive Customer's claims and other transactions in the formats in the "
             "Companion Guide, edit them for HIPAA X12 compliance and payer-specific requirements, translate them "
             "as necessary, and route them to payers; and will return acknowledgements, reports and remittance "
             "files to Customer."),
         t.h("2. Customer Responsibilities", 2),
         t.p("2.1 Customer is responsible for the content of each transaction it submits, including the "
             "accuracy of patient, provider, diagnosis and procedure information."),
         t.p("2.2 Customer is solely responsible for obtaining and paying for any licence required for its use "
             "of code sets in the transactions it prepares and submits, including CPT\u00ae codes of the American "
             "Medical Association. Clearinghouse does not license CPT to Customer, does not supply CPT "
             "descriptors, and its editing rules check only the format and validity of codes Customer supplies."),
         t.p("2.3 Customer shall obtain any payer enrollment and trading partner agreements required for "
             "electronic submission."),
         t.h("3. Fees", 2),
         t.table([["Service", "Fee"],
                  ["Enrollment, per Tax ID", "$150 one time"],
                  ["Professional claims", "$0.29 per claim"],
                  ["Institutional claims", "$0.45 per claim"],
                  ["Remittance (835)", "$0.05 per remittance advice"],
                  ["Eligibility (270/271)", "$0.15 per inquiry"],
                  ["Monthly minimum", "$50"]],
                 widths=[0.65, 0.35], style="ruled"),
         t.p("Clearinghouse may change fees on sixty (60) days' notice. Fees are billed monthly in arrears and "
             "due in twenty (20) days."),
         t.h("4. Data and Security", 2),
         t.p("Clearinghouse acts as a business associate and, where it converts non-standard transactions, as a "
             "healthcare clearinghouse under HIPAA. It will keep transaction data for seven years and protect it "
             "with safeguards required by the Security Rule.")]
    s += bp_warranty(t, n="5", a="Clearinghouse") + bp_liability(t, n="6") + bp_term(t, n="7", years="one (1)", notice="thirty (30)")
    s += bp_general(t, n="8", state="Ohio")
    return s


@doc(Theme("helv", 10, accent="#9a031e", header="Beacon Hill Practice Software - Software License", page=A4),
     "Beacon Hill Practice Software, Inc.", "customer_must_license",
     "PM software licence; software ships without CPT content and customer may load CPT only if it holds its own AMA or distributor licence; AMA trademark line is attribution only",
     title="Software License Agreement")
def c_beaconhill(t):
    s = [t.title("SOFTWARE LICENSE AGREEMENT - BEACON PM 9"),
         t.p("Beacon Hill Practice Software, Inc. (\"Beacon Hill\") licenses Beacon PM 9 (the \"Software\") to "
             "the licensee named on the invoice (\"Licensee\") on these terms."),
         t.h("1. License", 2),
         t.p("Beacon Hill grants Licensee a perpetual, non-exclusive, non-transferable license to install the "
             "Software on one server and the number of workstations paid for, for Licensee's internal use."),
         t.h("2. Code tables", 2),
         t.p("2.1 The Software is delivered with empty procedure tables. It includes ICD-10-CM, ICD-10-PCS and "
             "HCPCS Level II tables taken from the public files published by CMS and CDC. It does not include "
             "CPT\u00ae codes or descriptors."),
         t.p("2.2 Licensee may import CPT codes and descriptors into the Software only if Licensee holds, for "
             "every individual who will use them in the Software, a valid license from the American Medical "
             "Association or from an AMA-authorized distributor. Licensee is responsible for obtaining that "
             "license and paying any royalty due. Beacon Hill does not sell CPT content, does not report "
             "Licensee's users to the AMA and gives no assurance about any CPT file Licensee imports."),
         t.p("2.3 Licensee shall indemnify Beacon Hill against any claim by the AMA arising from CPT content "
             "imported into the Software by or for Licensee."),
         t.h("3. Fees", 2),
         t.p("License fee: $4,950 for the server and five workstations; $390 per additional workstation. "
             "Annual maintenance: 18% of license fees, which includes software updates and the annual public code "
             "table refresh. The CPT import utility is included at no charge but is usable only with a file "
             "Licensee is licensed to use."),
         t.h("4. Support", 2),
         t.p("Support is available by phone and e-mail from 8 a.m. to 6 p.m. Eastern, Monday to Friday, to "
             "Licensees current on maintenance."),
         t.h("5. Warranty", 2),
         t.p("Beacon Hill warrants for ninety days that the Software will substantially conform to its manual. "
             "Otherwise the Software is provided as is."),
         t.h("6. Limitation", 2),
         t.p("Beacon Hill's liability is limited to the license fees paid."),
         t.h("7. General", 2),
         t.p("Massachusetts law governs this Agreement."),
         t.sp(10),
         t.small("CPT is a registered trademark of the American Medical Association. ICD-10-CM and HCPCS Level II "
                 "are public domain code sets maintained by the U.S. government.")]
    return s


@doc(Theme("times", 10.5, accent="#000000", justify=True, footer="Redwing Medical Billing, LLC - Billing Agreement"),
     "Redwing Medical Billing, LLC", "customer_must_license",
     "Billing-company agreement where 'Provider' is the practice; Provider represents it holds and will maintain at its expense a CPT licence for its PM system, which Billing Company uses; fees are distractors",
     title="Billing Agreement")
def c_redwing(t):
    s = [t.title("MEDICAL BILLING AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("This Agreement is made as of March 1, 2026 between <b>Redwing Medical Billing, LLC</b> (\"Billing "
             "Company\") and <b>Cumberland Gap Family Physicians, PLLC</b> (\"Provider\")."),
         t.p("<b>1. Appointment.</b> Provider appoints Billing Company to perform billing and collection services "
             "for professional services rendered by Provider's physicians and practitioners."),
         t.p("<b>2. Systems.</b> Billing Company will perform the services remotely within Provider's own "
             "practice management system, currently MedLoom PM, to which Provider will give Billing Company's "
             "staff user accounts. Billing Company does not supply software to Provider."),
         t.p("<b>3. Code sets.</b> Provider represents that it holds, and covenants that it will maintain at "
             "Provider's own expense throughout the term, a current licence to use CPT\u00ae in its practice "
             "management system that covers all individuals who use it, including Billing Company's staff while "
             "working on Provider's account. Provider will provide evidence of that licence to Billing Company "
             "on request. Billing Company's fees do not include any amount for CPT licensing."),
         t.p("<b>4. Billing Company duties.</b> Billing Company will enter charges from superbills, submit "
             "claims, post payments, work denials, send patient statements and prepare monthly reports. Billing "
             "Company will not alter a code chosen by a physician without the physician's approval."),
         t.p("<b>5. Provider duties.</b> Provider will deliver superbills within two business days, keep payer "
             "enrollments current, and handle refunds and overpayment repayments."),
         t.p("<b>6. Compensation.</b> Provider will pay Billing Company 7% of net collections each month, with a "
             "minimum of $900 per month. Statements are billed at $0.55 each."),
         t.p("<b>7. Records.</b> All records remain Provider's property. Billing Company will return them on "
             "termination."),
         t.p("<b>8. Compliance.</b> Each party will comply with HIPAA, the False Claims Act and payer rules. The "
             "parties' Business Associate Agreement is incorporated by reference."),
         t.p("<b>9. Term.</b> One year, renewing automatically. Either party may terminate on sixty days' written "
             "notice, or on ten days' notice for breach not cured."),
         t.p("<b>10. Liability.</b> Billing Company's liability is limited to the fees received in the six months "
             "before the claim, except for its own fraud or wilful misconduct."),
         t.p("<b>11. Law.</b> Kentucky law governs."),
         t.sig(("Redwing Medical Billing, LLC", "Tammy Asher", "Owner"),
               ("Cumberland Gap Family Physicians, PLLC", "Luke Rowan, MD", "Managing Member"))]
    return s


@doc(Theme("helv", 9, accent="#003049", cols=2, justify=True, header="Aldermoor Software Corporation - EULA v5",
           margins=(0.7, 0.7, 0.8, 0.8)),
     "Aldermoor Software Corporation", "customer_must_license",
     "Two-column EULA carrying AMA copyright notice, fee-schedule disclaimer and FARS/DFARS clause, yet stating Licensor does not sublicense CPT and Licensee must obtain its own licence",
     title="End-User License Agreement")
def c_aldermoor(t):
    s = [t.title("END-USER LICENSE AGREEMENT", size=12, color=colors.black),
         t.p("Aldermoor Software Corporation (\"Licensor\") licenses the Aldermoor Scheduler & Charge Capture "
             "application (the \"Application\") to you (\"Licensee\") under this EULA."),
         t.h("1. Grant", 3),
         t.p("Licensor grants Licensee a non-exclusive, non-transferable, revocable licence to use the "
             "Application during the subscription term for its internal business purposes."),
         t.h("2. Third-party code sets", 3),
         t.p("2.1 The Application can display procedure codes and descriptors held in Licensee's charge master. "
             "Licensor does not hold a distribution licence from the American Medical Association and does not "
             "sublicense CPT to Licensee."),
         t.p("2.2 Licensee must obtain its own licence for CPT from the AMA or an AMA-authorized distributor "
             "covering every user of the Application, and must pay any royalty due. Licensee warrants that it "
             "has done so before loading CPT content and will keep that licence in force."),
         t.p("2.3 Because the Application may show CPT content that Licensee loads, Licensor reproduces the "
             "notices below, which the AMA asks to accompany any display of CPT. Their presence does not mean "
             "that Licensor licenses CPT."),
         ]
    s += ama_notices(t, "2025", heading=False, size=8.5)
    s += [t.h("3. Fees", 3),
          t.p("Subscription: $29 per user per month, billed annually. Implementation: $1,200 one time."),
          t.h("4. Restrictions", 3),
          t.p("Licensee shall not copy, modify, reverse engineer or sublicense the Application, or use it on "
              "behalf of third parties."),
          t.h("5. Data", 3),
          t.p("Licensee owns its data. Licensor processes it only to provide the Application and under the "
              "Business Associate Agreement."),
          t.h("6. Disclaimer", 3),
          t.p("THE APPLICATION IS PROVIDED \"AS IS\". LICENSOR DISCLAIMS ALL IMPLIED WARRANTIES."),
          t.h("7. Liability", 3),
          t.p("LICENSOR'S LIABILITY IS LIMITED TO FEES PAID IN THE PRIOR TWELVE MONTHS."),
          t.h("8. Indemnity", 3),
          t.p("Licensee shall indemnify Licensor against claims arising from content Licensee loads into the "
              "Application, including any claim by the AMA that such content is unlicensed."),
          t.h("9. Termination", 3),
          t.p("This EULA ends with the subscription term or on uncured breach."),
          t.h("10. General", 3),
          t.p("Washington law governs. This EULA is the entire agreement on its subject.")]
    return s


@doc(Theme("helv", 10.5, accent="#555555", page_numbers=False),
     "Cinderford Health IT, Inc.", "customer_must_license",
     "E-mail notice; vendor ceases to be an AMA distributor and stops collecting its former 19 fee; customers must obtain a CPT licence from the AMA or another authorized distributor; direct-AMA price mentioned",
     title="Change to CPT licensing")
def c_cinderford(t):
    s = [t.kv([("From:", "Cinderford Client Success &lt;success@cinderford.example&gt;"),
               ("To:", "Practice administrators - Cinderford Chart"),
               ("Date:", "Monday, October 6, 2025"),
               ("Subject:", "Important: change to CPT licensing for 2026 - action needed")]),
         t.hr(), t.sp(8),
         t.p("Dear Cinderford Chart customer,"),
         t.p("We are writing to let you know about a change that needs action from you before January 1, 2026."),
         t.p("Until now, Cinderford Health IT, Inc. has been an authorized distributor of the American Medical "
             "Association's CPT\u00ae code set and has collected an annual CPT fee from you ($19 per provider in "
             "2025). Our distribution agreement with the AMA ends on December 31, 2025 and will not be renewed."),
         t.p("<b>What this means:</b>"),
         ]
    s += t.bullets(["From January 1, 2026 Cinderford will no longer collect a CPT fee, and will no longer "
                    "sublicense CPT to you.",
                    "To keep using CPT codes in Cinderford Chart, your practice must obtain a CPT license directly "
                    "from the AMA (an internal use license) or from another AMA-authorized distributor, covering "
                    "each person who uses CPT in Cinderford Chart.",
                    "Once licensed, you can load the 2026 CPT file using Settings > Code Tables > Import. Our "
                    "support team can help with the import, but cannot supply the file.",
                    "ICD-10-CM and HCPCS Level II updates will continue to be delivered automatically at no charge."])
    s += [t.p("For planning, the AMA's published internal-use rate for 2025 and 2026 releases is an entity fee "
              "plus $18.50 per user. The AMA counts as a user anyone who relies on CPT to do their job, not only "
              "providers, so please count carefully."),
          t.p("We know this adds a step for you, and we are sorry for it. A short guide and a recorded webinar "
              "are in the Cinderford Community under 'CPT 2026'."),
          t.p("Sincerely,<br/>The Cinderford Client Success Team"),
          t.sp(10), t.hr(),
          t.small("Cinderford Health IT, Inc., 14 Mill Race Road, Dayton, OH 45402.", color="#777777")]
    return s


@doc(Theme("helv", 10, accent="#4361ee", header="Parallax Health Analytics - Customer FAQ"),
     "Parallax Health Analytics, Inc.", "customer_must_license",
     "Analytics vendor FAQ; dashboards display CPT from customer-uploaded data; customer must hold its own CPT licence covering dashboard users; per-seat analytics price is a distractor",
     title="Code sets and licensing FAQ")
def c_parallax(t):
    s = [t.title("Code sets and licensing: customer FAQ", size=16),
         t.small("Parallax Health Analytics, Inc.  |  Applies to Parallax Pulse and Parallax Benchmarks", color="#666666"),
         t.sp(4)]
    qa = [("Does Parallax include CPT\u00ae descriptors?",
           "Parallax dashboards show the procedure codes and descriptions contained in the claim and charge files "
           "you upload. We do not add CPT content of our own and we are not an AMA distributor."),
          ("So who needs a licence?",
           "Because the CPT content comes from your data and your users rely on it to do their jobs, the AMA "
           "treats it as your use. Your organization must hold a CPT licence, either directly from the AMA or "
           "through an AMA-authorized distributor, that covers each person who views CPT descriptors in "
           "Parallax. Your subscription agreement (Section 6.2) makes this your responsibility."),
          ("My EHR vendor already charges me an AMA fee. Doesn't that cover Parallax?",
           "Usually not. CPT licences are granted per application, and a licence your EHR vendor sublicenses "
           "normally covers only that EHR. Ask the AMA or your distributor whether your licence can name "
           "Parallax as an additional system."),
          ("Can we hide descriptors and show codes only?",
           "Yes. An administrator can switch dashboards to codes-only display. The AMA's position is that codes "
           "relied on for work still count as use, so this does not by itself remove the need for a licence."),
          ("What does Parallax cost?",
           "Pulse is $95 per analyst seat per month; Benchmarks adds $2,400 per year per organization. Neither "
           "price includes any code-set licence."),
          ("Will Parallax report our users to the AMA?",
           "No. We do not report to the AMA on your behalf. You report under your own licence.")]
    for q, a in qa:
        s += [t.h(q, 3), t.p(a)]
    s += [t.sp(6), t.small("CPT is a registered trademark of the American Medical Association. This FAQ summarises "
                           "and does not change the Parallax Subscription Agreement.")]
    return s


@doc(Theme("helv", 9, accent="#283618", header="Harrowgate Systems - Order Schedule HS-7730", footer="Harrowgate Systems, Inc."),
     "Harrowgate Systems, Inc.", "customer_must_license",
     "Order schedule where the optional CPT content sublicence (21.00 per user per year) is marked DECLINED; the clause then requires the customer to license CPT directly; the declined price is a distractor",
     title="Order Schedule")
def c_harrowgate(t):
    s = [t.letterhead("Harrowgate Systems, Inc.", ["Enterprise practice software", "3100 Innovation Blvd, Raleigh, NC 27606"],
                      ["ORDER SCHEDULE HS-7730", "Date: 11/14/2025"]),
         t.sp(8),
         t.kv([("Customer", "Piedmont Multispecialty Group, P.A."), ("Entities", "1 (one) legal entity, 6 locations"),
               ("Users", "48 providers, 190 staff"), ("Start", "01/01/2026")], key_w=0.17),
         t.sp(8),
         t.h("Core subscription", 3),
         t.table([["Line", "Description", "Qty", "Price", "Per", "Status"],
                  ["1", "Harrowgate EHR Enterprise", "48", "$410.00", "provider / month", "Ordered"],
                  ["2", "Harrowgate RCM with clearinghouse", "48", "$165.00", "provider / month", "Ordered"],
                  ["3", "Staff access", "190", "$14.00", "user / month", "Ordered"],
                  ["4", "Analytics Workbench", "6", "$300.00", "location / month", "Ordered"]],
                 widths=[0.06, 0.4, 0.08, 0.12, 0.2, 0.14], style="ruled", right=(2, 3)),
         t.sp(6),
         t.h("Optional items", 3),
         t.table([["Line", "Description", "Qty", "Price", "Per", "Status"],
                  ["5", "CPT\u00ae Content Sublicence (AMA royalty + processing)", "238", "$21.00", "user / year", "DECLINED"],
                  ["6", "Patient kiosk hardware", "6", "$2,100.00", "one time", "DECLINED"],
                  ["7", "After-hours support", "1", "$800.00", "month", "Ordered"]],
                 widths=[0.06, 0.4, 0.08, 0.12, 0.2, 0.14], style="ruled", right=(2, 3)),
         t.sp(8),
         t.h("Special conditions", 3)]
    s += t.bullets([
        "<b>CPT content.</b> Customer has declined line 5. Customer represents and warrants that it holds, and will "
        "maintain throughout the Term, a licence to CPT from the American Medical Association or another "
        "AMA-authorized distributor that covers Customer's use of CPT in the Harrowgate products and all of "
        "Customer's users of them. Customer will load its licensed CPT file using the Harrowgate code import "
        "tool. Harrowgate will not supply CPT content, and Customer shall indemnify Harrowgate against any claim "
        "arising from Customer's CPT licensing.",
        "Customer may add line 5 at any time by written change order, effective from the following January 1.",
        "Subscription prices increase by 3% on each anniversary of the start date.",
        "Estimated first-year subscription value: $394,320. Estimate only.",
    ], numbered=True)
    s += [t.sig(("Harrowgate Systems, Inc.", "Joel Peterson", "Regional Vice President"),
                ("Piedmont Multispecialty Group, P.A.", "Sharon Diggs", "Chief Information Officer"))]
    return s


@doc(Theme("helv", 10, accent="#5e548e", justify=True, header="Vireo Telemedicine - Service Terms"),
     "Vireo Telemedicine, LLC", "customer_must_license",
     "Telehealth service terms; Company provides no CPT content; any CPT codes customer's clinicians enter are customer's responsibility to license",
     title="Service Terms")
def c_vireo(t):
    s = [t.title("Vireo Telemedicine Service Terms"),
         t.p("These Service Terms apply to organizations that subscribe to Vireo, a video visit and virtual waiting "
             "room service provided by Vireo Telemedicine, LLC (\"Company\")."),
         t.h("1. Service", 2),
         t.p("Vireo provides scheduled and on-demand video visits, a virtual waiting room, screen sharing, "
             "interpreter dial-in and a simple visit summary. Vireo is not an EHR and does not submit claims."),
         t.h("2. Visit summaries and codes", 2),
         t.p("The visit summary has free-text fields where clinicians may type diagnosis and procedure codes for "
             "export to the customer's EHR. Company provides no CPT\u00ae content, code lists or descriptors. Any "
             "CPT codes or descriptors entered, uploaded or pasted into Vireo by Customer's users are Customer's "
             "responsibility, and Customer must hold the licence the American Medical Association requires for "
             "that use, for all of its users of Vireo."),
         t.h("3. Fees", 2),
         t.p("Vireo costs $35 per clinician per month, or $29 per clinician per month on annual billing. "
             "Interpreter minutes are billed at $1.95 per minute."),
         t.h("4. Clinician responsibilities", 2),
         t.p("Clinicians must be licensed in the state where the patient is located, must verify patient "
             "identity and must have an emergency plan for each visit."),
         t.h("5. Privacy", 2),
         t.p("Vireo is HIPAA-compliant and signs a Business Associate Agreement with each Customer. Video is "
             "encrypted end to end and is not recorded unless Customer enables recording.")]
    s += bp_liability(t, n="6") + bp_general(t, n="7", state="Oregon")
    return s


@doc(Theme("times", 10.5, accent="#000000", justify=True, header="Quarry Lane Health Systems - Master Services Agreement",
           margins=(1.0, 1.0, 1.0, 1.0)),
     "Quarry Lane Health Systems, Inc.", "customer_must_license",
     "Master services agreement; defined term 'Third-Party Code Sets' includes CPT in definitions; a later schedule obliges Customer to procure licences to Third-Party Code Sets at its cost",
     title="Master Services Agreement")
def c_quarrylane(t):
    s = [t.title("MASTER SERVICES AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("This Master Services Agreement (\"MSA\") is entered into as of April 1, 2026 between <b>Quarry Lane "
             "Health Systems, Inc.</b> (\"Vendor\") and <b>Granite Ridge Orthopaedic Surgeons, P.C.</b> "
             "(\"Customer\")."),
         t.h("1. Definitions", 2)]
    for k, v in [("\"Customer Materials\"", "means data, content and third-party items Customer provides or is "
                  "required by this MSA to provide for use with the Services."),
                 ("\"Services\"", "means the hosted practice management, surgical scheduling and ASC billing "
                  "services described in an Order."),
                 ("\"Third-Party Code Sets\"", "means CPT\u00ae (owned by the American Medical Association), "
                  "UB-04 data specifications (owned by the American Hospital Association) and any other "
                  "proprietary code set that Customer elects to use in the Services. HCPCS Level II and ICD-10 are "
                  "not Third-Party Code Sets."),
                 ("\"Order\"", "means an order for Services signed by both parties.")]:
        s.append(t.p("%s %s" % (k, v), indent=14))
    s += [t.h("2. Services", 2),
          t.p("Vendor will provide the Services in accordance with this MSA, each Order and the Service Level "
              "Schedule. Vendor may update the Services provided it does not materially reduce their "
              "functionality."),
          t.h("3. Customer Materials", 2),
          t.p("Customer is responsible for Customer Materials and for obtaining all rights needed for Vendor to "
              "host and process them. Customer's obligations regarding Third-Party Code Sets are set out in "
              "Schedule C."),
          t.h("4. Fees", 2),
          t.p("Customer shall pay the fees in each Order. Unless an Order says otherwise, fees are invoiced "
              "monthly in advance and due in thirty days, and may be increased on each anniversary by up to 4%.")]
    s += bp_hipaa(t, "5") + bp_confidentiality(t, n="6") + bp_warranty(t, n="7") + bp_liability(t, n="8")
    s += bp_term(t, n="9", years="three (3)") + bp_general(t, n="10", state="New Hampshire")
    s += [PageBreak(),
          t.h("SCHEDULE C - THIRD-PARTY CODE SETS", 2, color=colors.black, align=TA_CENTER),
          t.p("C.1 The Services contain tables and edits that operate on procedure codes but do not include the "
              "text of any Third-Party Code Set. Customer shall procure, at its own cost, and maintain during the "
              "Term, licences to each Third-Party Code Set it uses in the Services, sufficient for all of its "
              "users of the Services, from the owner of that code set or an authorized distributor."),
          t.p("C.2 Customer shall load its licensed CPT data file through the code maintenance utility each "
              "year. Vendor may, at Customer's request, perform the load as a professional service at its "
              "standard hourly rate of $185, but Vendor does not thereby license CPT to Customer."),
          t.p("C.3 Customer shall provide Vendor with written confirmation of its CPT licence on request, and "
              "shall indemnify Vendor against third-party claims arising from Customer's failure to hold a "
              "required licence."),
          t.p("C.4 Vendor will display the copyright notices that the owners of Third-Party Code Sets require."),
          t.sig(("Quarry Lane Health Systems, Inc.", "Daniel Cho", "Chief Executive Officer"),
                ("Granite Ridge Orthopaedic Surgeons, P.C.", "Beth Arnason", "Executive Director"))]
    return s


@doc(Theme("times", 11, accent="#000000", justify=True, footer="Marlowe Clinical Software - Amendment 4"),
     "Marlowe Clinical Software, LLC", "customer_must_license",
     "Amendment ending vendor's collection of the CPT Fee (20.00 per provider per year) from March 2026; customer must obtain its own AMA licence thereafter",
     title="Amendment 4")
def c_marlowe(t):
    s = [t.title("AMENDMENT 4 TO LICENSE AND SUPPORT AGREEMENT", align=TA_CENTER, color=colors.black, size=13),
         t.p("Parties: <b>Marlowe Clinical Software, LLC</b> (\"Vendor\") and <b>Bayou Teche Family Health, "
             "APMC</b> (\"Customer\"). Amendment date: January 15, 2026."),
         t.p("The parties amend the License and Support Agreement dated August 1, 2019 (the \"Agreement\") as "
             "follows:"),
         t.p("1. <b>End of CPT sublicence.</b> Vendor's distribution agreement with the American Medical "
             "Association ends on February 28, 2026. Effective March 1, 2026, Section 7 of the Agreement (CPT "
             "Sublicense) and Section 8.5 (CPT Fee of $20.00 per Provider per year) are deleted, and Vendor will "
             "cease to collect the CPT Fee."),
         t.p("2. <b>Customer licence.</b> From March 1, 2026, Customer shall obtain and maintain its own licence "
             "to use CPT in the Marlowe software, directly from the AMA or from another AMA-authorized "
             "distributor, covering all of Customer's users, and shall pay all royalties due under it. Vendor "
             "will provide a tool for Customer to load its licensed CPT file."),
         t.p("3. <b>Refund.</b> Vendor will refund 10/12 of the CPT Fee paid for calendar year 2026, that is "
             "$16.67 per Provider, as a credit on the March 2026 invoice."),
         t.p("4. <b>Support fee.</b> The annual support fee in Schedule 1 remains $11,400 for 2026."),
         t.p("5. <b>No other changes.</b> The Agreement otherwise remains in effect. In case of conflict, this "
             "Amendment controls."),
         t.sig(("Marlowe Clinical Software, LLC", "Peter Guidry", "Managing Director"),
               ("Bayou Teche Family Health, APMC", "Claire Thibodeaux", "Administrator"))]
    return s


@doc(Theme("courier", 9.5, accent="#000000", header="SEXTANT CODING LABS :: CODEWELL TOOLKIT :: LICENSE"),
     "Sextant Coding Labs, Inc.", "customer_must_license",
     "Plain-text style licence for a coding tool that imports the customer's own CPT file; customer must hold an AMA licence for that file; tool subscription price is a distractor",
     title="CodeWell Toolkit License")
def c_sextant(t):
    s = [t.p("CODEWELL TOOLKIT - SOFTWARE LICENSE AND SUBSCRIPTION TERMS", bold=True),
         t.p("Version 3.2 / last updated 2025-09-15"),
         t.p("These terms are between Sextant Coding Labs, Inc. (\"Sextant\") and the customer that buys a "
             "CodeWell subscription (\"Customer\")."),
         t.p("1. WHAT CODEWELL IS. CodeWell is a desktop and browser toolkit for coding auditors. It compares "
             "coded encounters against documentation templates, flags modifier conflicts and produces audit "
             "worksheets."),
         t.p("2. CODE FILES. CodeWell does not contain any CPT(R) codes or descriptors. To use the CPT features, "
             "Customer imports a CPT data file. Customer may only import a CPT data file that Customer is "
             "licensed to use for this purpose, and Customer is responsible for holding, for each CodeWell "
             "user, a CPT licence from the American Medical Association (or an authorized distributor) that "
             "permits use of the file in CodeWell. Sextant does not sell, sublicense or distribute CPT and does "
             "not pay any royalty to the AMA for Customer's use."),
         t.p("3. PUBLIC CODE SETS. CodeWell ships with ICD-10-CM and HCPCS Level II tables from CMS public "
             "files."),
         t.p("4. SUBSCRIPTION. $540 per user per year, payable in advance. Team plans of 10 users or more: $480 "
             "per user per year."),
         t.p("5. RESTRICTIONS. No reverse engineering, resale, or use to provide services to third parties "
             "without a service-bureau add-on."),
         t.p("6. WARRANTY. 30-day money back. Otherwise AS IS."),
         t.p("7. LIABILITY. Limited to fees paid in the last 12 months."),
         t.p("8. LAW. Commonwealth of Pennsylvania."),
         t.sp(8),
         t.p("CPT is a registered trademark of the American Medical Association.")]
    return s


@doc(Theme("helv", 9.5, accent="#774936", justify=True, footer="Ironbark Revenue Cycle Services, LLC - Portal Terms"),
     "Ironbark Revenue Cycle Services, LLC", "customer_must_license",
     "RCM / lab-billing services contract; client shall obtain CPT licences from the AMA for all its personnel who use the portal and evidence them on request; contingency fee is a distractor",
     title="Revenue Cycle Services Agreement")
def c_ironbark(t):
    s = [t.title("REVENUE CYCLE SERVICES AGREEMENT (LABORATORY)"),
         t.p("Ironbark Revenue Cycle Services, LLC (\"Ironbark\") and Sawtooth Pathology Consultants, PLLC "
             "(\"Client\") agree as follows, effective May 1, 2026."),
         t.h("1. Services", 2),
         t.p("Ironbark will provide billing, coding validation, claims submission, appeals and patient billing "
             "for Client's anatomic and clinical pathology services, working in Client's laboratory information "
             "system and billing database (the \"Client Systems\"), and will provide a web portal (the "
             "\"Portal\") that shows Client's claims, codes and remittances in real time."),
         t.h("2. Code set licensing", 2),
         t.p("2.1 The Portal displays CPT\u00ae codes and descriptors drawn from the Client Systems. Ironbark does "
             "not license CPT to Client."),
         t.p("2.2 Client shall obtain CPT licences from the American Medical Association for all of its personnel "
             "who use the Portal or the Client Systems, and for Ironbark personnel while they work in the Client "
             "Systems, and shall provide evidence of such licences on request. Client bears the cost of those "
             "licences."),
         t.p("2.3 If Client fails to maintain the licences required by Section 2.2, Ironbark may suspend Portal "
             "access until Client does so."),
         t.h("3. Compensation", 2),
         t.p("3.1 Client shall pay Ironbark 4.75% of net collections on professional claims and 3.9% on "
             "technical and global claims, billed monthly."),
         t.p("3.2 Client-bill invoicing to referring physicians is charged at $1.10 per invoice."),
         t.p("3.3 Ironbark's fees are not based on the volume or value of referrals."),
         t.h("4. Client obligations", 2),
         t.p("Client will supply requisitions, pathology reports and insurance information within two days of "
             "accessioning, and will decide all write-offs over $250.")]
    s += bp_confidentiality(t, n="5") + bp_liability(t, n="6") + bp_term(t, n="7", years="two (2)") + bp_general(t, n="8", state="Idaho")
    s += [t.sig(("Ironbark Revenue Cycle Services, LLC", "Miriam Dale", "Chief Operating Officer"),
                ("Sawtooth Pathology Consultants, PLLC", "Ivan Petrov, MD", "Medical Director"))]
    return s


@doc(Theme("helv", 10, accent="#3c1642", header="Thornbury Medical Software - Customer Bulletin 2025-11", page_numbers=False),
     "Thornbury Medical Software, Inc.", "customer_must_license",
     "Customer bulletin; vendor's AMA licence covers only its own staff; practices must buy CPT licences from the AMA or a distributor for users of Thornbury products; direct-AMA price is a distractor",
     title="Customer Bulletin")
def c_thornbury(t):
    s = [t.title("Customer Bulletin 2025-11: CPT\u00ae licensing and your practice", size=15),
         t.small("Thornbury Medical Software, Inc.  -  November 12, 2025", color="#666666"),
         t.p("Several customers have received letters from the American Medical Association asking how their "
             "staff are licensed to use CPT codes in Thornbury Practice. This bulletin explains our position."),
         t.h("Our licence", 2),
         t.p("Thornbury holds a licence from the AMA that covers our own employees' use of CPT to develop, test "
             "and support our software. It is not a distribution licence, and it does not extend to your "
             "practice or your users."),
         t.h("Your licence", 2),
         t.p("Thornbury Practice comes with a CPT import utility but no CPT content. Each customer must license "
             "CPT for its own users of Thornbury Practice, either directly from the AMA or through an "
             "AMA-authorized distributor, and load the licensed file. This has always been the position under "
             "Section 5.4 of our Customer License Agreement, which says the customer is responsible for "
             "licensing any third-party code sets it loads."),
         t.h("What it might cost", 2),
         t.p("The AMA's published internal-use royalty for the 2025 and 2026 releases is the entity fee plus "
             "$18.50 per user. For a practice with 3 physicians and 9 staff that is the entity fee plus $222.00 "
             "a year. Distributors set their own prices. Thornbury does not receive any part of these fees."),
         t.h("What to tell the AMA", 2),
         t.p("Reply to the AMA with the number of people who use CPT in Thornbury Practice and the source of "
             "your CPT file. If you are unsure how many users you have, our support team can send you a report "
             "of active logins."),
         t.sp(8),
         t.small("This bulletin is for information and does not amend your agreement. CPT is a registered "
                 "trademark of the American Medical Association.")]
    return s


# ===========================================================================
# NOT ADDRESSED documents
# ===========================================================================

@doc(Theme("helv", 9.5, accent="#0077b6", justify=True, header="Pearlgate Dental Systems - Subscription Terms"),
     "Pearlgate Dental Systems, Inc.", "not_addressed",
     "Dental practice software terms; licenses CDT from the ADA with a per-location CDT content fee; CPT never mentioned",
     title="Subscription Terms")
def n_pearlgate(t):
    s = [t.title("Pearlgate Dental Cloud - Subscription Terms"),
         t.p("These terms apply between Pearlgate Dental Systems, Inc. (\"Pearlgate\") and the dental practice "
             "subscribing to Pearlgate Dental Cloud (\"Practice\")."),
         t.h("1. Service", 2),
         t.p("Pearlgate Dental Cloud provides charting (including perio and tooth charts), imaging integration, "
             "scheduling, treatment planning, insurance claims on the ADA Dental Claim Form and electronic "
             "attachments."),
         t.h("2. Fees", 2),
         t.table([["Item", "Fee"],
                  ["Subscription, first dentist", "$349 per month"],
                  ["Each additional dentist or hygienist column", "$89 per month"],
                  ["Imaging bridge", "$40 per operatory per month"],
                  ["CDT content fee (see Section 4)", "$10 per location per month"],
                  ["Data conversion", "$1,500 one time"]],
                 widths=[0.65, 0.35], style="ruled"),
         t.h("3. Insurance claims", 2),
         t.p("Claims are sent through Pearlgate's clearinghouse partner at no extra charge for up to 800 claims "
             "per location per month; attachments are $0.45 each."),
         t.h("4. Current Dental Terminology", 2),
         t.p("4.1 Pearlgate Dental Cloud includes the Code on Dental Procedures and Nomenclature (CDT), which is "
             "copyright the American Dental Association (ADA). Pearlgate is licensed by the ADA to include CDT "
             "in the service and grants Practice a limited right to use it within the service."),
         t.p("4.2 The ADA licence requires Pearlgate to report each End-User Site. Practice shall tell Pearlgate "
             "of each office location at which the service is used, including part-time offices and mobile "
             "units. The CDT content fee is charged per reported location."),
         t.p("4.3 Practice may not copy CDT out of the service or publish it. CDT is a registered trademark of the "
             "ADA."),
         t.h("5. Medical codes", 2),
         t.p("ICD-10-CM diagnosis codes are available for medical cross-coding claims and are drawn from the "
             "public CDC file.")]
    s += bp_hipaa(t, "6") + bp_liability(t, n="7") + bp_term(t, n="8", years="one (1)", notice="thirty (30)")
    s += bp_general(t, n="9", state="Arizona")
    return s


@doc(Theme("helv", 9.5, accent="#495057", header="Axiom Reagent Leasing Corp. - Reagent Rental Agreement"),
     "Axiom Reagent Leasing Corp.", "not_addressed",
     "Lab analyzer reagent-rental agreement where 'CPT' means cost per test; no AMA or procedure-code licensing",
     title="Reagent Rental Agreement")
def n_axiom(t):
    s = [t.title("REAGENT RENTAL AND COST-PER-TEST AGREEMENT"),
         t.p("Between Axiom Reagent Leasing Corp. (\"Axiom\") and Sunflower Internal Medicine, P.A. (\"Customer\"), "
             "for the placement of a chemistry analyzer in Customer's in-office laboratory."),
         t.h("1. Definitions", 2),
         t.p("\"CPT\" or \"Cost Per Test\" means the all-inclusive price per reportable patient result set out in "
             "Schedule 1, covering reagents, calibrators, controls, consumables, service and the use of the "
             "Equipment. \"Reportable Result\" means a patient result released to the chart; repeats, controls "
             "and calibrations are not Reportable Results."),
         t.h("2. Equipment", 2),
         t.p("Axiom will place one Axiom AX-350 chemistry analyzer and one AX-LYTE electrolyte module (the "
             "\"Equipment\") at Customer's laboratory at no separate rental charge. Title remains with Axiom."),
         t.h("3. Pricing", 2),
         t.p("Customer will pay the CPT for each Reportable Result as set out in Schedule 1, invoiced monthly "
             "from the analyzer's result counts. If Reportable Results in any quarter fall below the minimum "
             "volume of 4,500, Customer will pay a shortfall charge equal to the difference multiplied by the "
             "lowest CPT."),
         t.h("Schedule 1 - CPT pricing", 3),
         t.table([["Assay panel", "CPT (cost per test)"],
                  ["Basic metabolic panel", "$2.85"],
                  ["Comprehensive metabolic panel", "$4.10"],
                  ["Lipid panel", "$3.40"],
                  ["Hemoglobin A1c", "$3.95"],
                  ["Single analyte (any)", "$0.72"]],
                 widths=[0.6, 0.4], style="ruled", right=(1,)),
         t.p("CPT pricing is fixed for the first 24 months and then may be adjusted annually by not more than "
             "the increase in the Producer Price Index for in-vitro diagnostic substances."),
         t.h("4. Service", 2),
         t.p("Axiom will provide preventive maintenance twice a year and on-site repair within one business day. "
             "Customer will perform daily maintenance per the operator manual."),
         t.h("5. Regulatory", 2),
         t.p("Customer holds a CLIA certificate of compliance for moderate-complexity testing and is responsible "
             "for proficiency testing, personnel qualifications and billing for tests it performs."),
         t.h("6. Term", 2),
         t.p("Sixty months from installation. Early termination by Customer requires payment of 60% of the "
             "minimum volume charges for the remaining term.")]
    s += bp_general(t, n="7", state="Kansas")
    return s


@doc(Theme("times", 10.5, accent="#000000", page_numbers=False, header="Heartland Benefit Administrators - Provider Portal"),
     "Heartland Benefit Administrators, LLC", "not_addressed",
     "Medicare contractor portal licence: CMS-style End User/Point and Click Agreement for CPT in contractor materials, limited to CMS programs; says nothing about any vendor's software",
     title="License for Use of CPT")
def n_heartland(t):
    s = [t.p("Heartland Benefit Administrators, LLC  |  Medicare Administrative Contractor, Jurisdiction 19 "
             "(fictional)  |  HBA Provider Portal", size=8.5, color="#555555"),
         t.hr(), t.sp(6),
         t.title("LICENSES AND NOTICES", size=14, color=colors.black),
         t.h("License for Use of Current Procedural Terminology, Fourth Edition (\"CPT\")", 2, color=colors.black),
         t.p("<b>End User/Point and Click Agreement.</b> CPT codes, descriptions and other data only are "
             "copyright 2025 American Medical Association (AMA). All Rights Reserved. CPT is a trademark of the "
             "AMA."),
         t.p("By clicking \"I Accept\" you agree that you, your employees and your agents may use CPT only as "
             "contained in the materials Heartland Benefit Administrators, LLC publishes in the HBA Provider "
             "Portal, including fee schedule look-ups, local coverage articles, bulletins and claim status "
             "screens, and only internally within your organization in the United States. Such use is limited "
             "to use in Medicare, Medicaid or other programs administered by the Centers for Medicare &amp; "
             "Medicaid Services (CMS). You agree to take all necessary steps to ensure that your employees and "
             "agents abide by these terms."),
         t.p("Any other use is prohibited, including making copies of CPT for resale or licence, transferring "
             "copies to any party not bound by this agreement, creating any modified or derivative work of CPT, "
             "and any commercial use of CPT. A licence to use CPT for any purpose not authorized here must be "
             "obtained through the AMA, CPT Intellectual Property Services, 330 North Wabash Avenue, Chicago, "
             "Illinois 60611."),
         t.p("Applicable FARS/DFARS restrictions apply to government use. CPT is commercial technical data "
             "developed exclusively at private expense by the AMA."),
         t.p("AMA DISCLAIMER OF WARRANTIES AND LIABILITIES. CPT is provided \"as is\" without warranty of any "
             "kind. Given what CPT is, the AMA states that it does not handle or process dental codes. The AMA does not directly or indirectly practice medicine or dispense medical services. "
             "Fee schedules, relative value units, conversion factors and related components are not assigned "
             "by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA assumes no "
             "liability for data contained or not contained herein."),
         t.p("CMS DISCLAIMER. The scope of this licence is determined by the AMA, the copyright holder. Questions "
             "about the licence or the use of CPT should be addressed to the AMA. CMS and Heartland Benefit "
             "Administrators, LLC disclaim responsibility for any liability arising from the use or non-use of "
             "CPT information."),
         t.h("License for Use of Current Dental Terminology (\"CDT\")", 2, color=colors.black),
         t.p("Dental codes shown in portal materials are copyright the American Dental Association and are "
             "licensed on similar point-and-click terms for use in CMS programs only."),
         t.sp(10),
         t.table([["[  I Accept  ]", "[  I Do Not Accept  ]"]], widths=[0.5, 0.5], style="plain", header=False)]
    return s


@doc(Theme("helv", 10, accent="#2f3e46", justify=True, footer="Larchmont Managed IT, Inc. - Managed Services Agreement"),
     "Larchmont Managed IT, Inc.", "not_addressed",
     "Managed IT services agreement for a medical office (network, backup, help desk); no code sets or CPT at all",
     title="Managed Services Agreement")
def n_larchmont(t):
    s = [t.title("MANAGED SERVICES AGREEMENT"),
         t.p("This Agreement is between Larchmont Managed IT, Inc. (\"MSP\") and Westchester Ear, Nose &amp; "
             "Throat, PLLC (\"Client\"), effective January 1, 2026."),
         t.h("1. Covered services", 2)]
    s += t.bullets(["24x7 monitoring of servers, firewalls and switches listed in Exhibit A",
                    "Help desk for Client staff, 7 a.m. to 8 p.m. weekdays, with after-hours emergency line",
                    "Patch management for Windows endpoints and servers, monthly",
                    "Managed backup with daily off-site copies retained 90 days, and quarterly restore tests",
                    "Endpoint detection and response on up to 45 devices",
                    "Microsoft 365 administration, including mailbox and licence management",
                    "Quarterly business reviews and an annual HIPAA security risk assessment"])
    s += [t.h("2. Exclusions", 2),
          t.p("Line-of-business applications such as Client's EHR and PACS are supported only to the extent of "
              "coordinating with the application vendor. Hardware, software licences and third-party "
              "subscriptions are not included and are quoted separately."),
          t.h("3. Fees", 2),
          t.table([["Service", "Quantity", "Monthly"],
                   ["Per-user support", "38 users x $85", "$3,230.00"],
                   ["Server management", "3 x $150", "$450.00"],
                   ["Backup storage (2 TB)", "1", "$240.00"],
                   ["Total monthly", "", "$3,920.00"]],
                  widths=[0.45, 0.3, 0.25], style="ruled", right=(2,), bold_last=True),
          t.p("Project work is billed at $165 per hour. Fees increase 3% annually."),
          t.h("4. Service levels", 2),
          t.p("Critical incidents: response within 30 minutes, 24x7. High: 2 hours. Normal: next business day. "
              "Service credits of 5% of the monthly fee apply for each month in which critical response targets "
              "are missed more than twice.")]
    s += bp_hipaa(t, "5") + bp_liability(t, n="6") + bp_term(t, n="7", years="three (3)", notice="sixty (60)")
    s += bp_general(t, n="8", state="New York")
    return s


@doc(Theme("helv", 10, accent="#ef476f", header="Chimebell Patient Messaging - Pricing & Terms", page_numbers=False),
     "Chimebell Patient Messaging, Inc.", "not_addressed",
     "Patient reminder / texting service pricing and terms; per-message and per-location prices; no code sets or CPT at all",
     title="Chimebell pricing")
def n_chimebell(t):
    s = [t.title("Chimebell: fewer no-shows, less phone tag", size=18),
         t.p("Automated appointment reminders, two-way texting, waitlist fill and review requests for medical and "
             "dental offices."),
         t.table([["Plan", "Price", "Includes"],
                  ["Starter", "$129 / location / month", "1,000 texts, reminders, confirmations"],
                  ["Growth", "$219 / location / month", "3,000 texts, two-way inbox, waitlist fill"],
                  ["Network", "Custom", "Multi-location, API, SSO"]],
                 widths=[0.2, 0.3, 0.5], style="zebra"),
         t.sp(6),
         t.p("Extra texts are $0.015 each. Voice reminders are $0.06 per call. Setup is free with a 12-month "
             "agreement, otherwise $300 per location."),
         t.h("Terms in brief", 2)]
    s += t.bullets(["Month-to-month after the first 12 months; 30 days' notice to cancel.",
                    "We sign a Business Associate Agreement with every customer.",
                    "Message content templates are reviewed for TCPA compliance; you are responsible for "
                    "obtaining patient consent to texts.",
                    "Integrations with most EHRs read appointment data only; we never write to your chart.",
                    "Uptime target 99.9%; credits of 10% of the monthly fee if missed.",
                    "Chimebell Patient Messaging, Inc. may change prices on 60 days' notice."])
    s += [t.h("Frequently asked", 2),
          t.p("<b>Do patients pay anything?</b> No. Standard carrier message rates may apply on their plan."),
          t.p("<b>Can we use our own number?</b> Yes, we can text-enable your existing landline at no charge.")]
    return s


@doc(Theme("times", 10.5, accent="#000000", justify=True, footer="Foxhollow Billing Associates - Services Agreement"),
     "Foxhollow Billing Associates, LLC", "not_addressed",
     "Billing-service agreement that discusses CPT code assignment, audits and coding accuracy but never CPT licensing or who pays for it",
     title="Billing Services Agreement")
def n_foxhollow(t):
    s = [t.title("BILLING AND CODING SERVICES AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("Foxhollow Billing Associates, LLC (\"Foxhollow\") and Blue Heron Pain Management, P.A. (\"Practice\") "
             "agree as follows, effective June 1, 2026."),
         t.h("1. Coding services", 2),
         t.p("1.1 Foxhollow's certified coders will review each encounter note and assign CPT\u00ae procedure "
             "codes, modifiers and ICD-10-CM diagnosis codes, and will query the rendering physician when "
             "documentation does not support the level of service or the procedure billed."),
         t.p("1.2 Foxhollow will maintain a coding accuracy rate of at least 96% measured by quarterly external "
             "audit of 30 randomly selected encounters per physician. If accuracy falls below that rate in two "
             "consecutive quarters, Practice may terminate on thirty days' notice."),
         t.p("1.3 Foxhollow will update its coding guidance each January to reflect annual CPT and ICD-10-CM "
             "changes and the Medicare physician fee schedule final rule, and will brief Practice's physicians "
             "on changes affecting interventional pain procedures."),
         t.h("2. Billing services", 2),
         t.p("Foxhollow will enter charges in Practice's practice management system, submit claims, post "
             "payments, appeal denials and send patient statements."),
         t.h("3. Fees", 2),
         t.p("Practice shall pay Foxhollow 6.25% of net collections, plus $4.00 per encounter coded from a "
             "procedure note, billed monthly."),
         t.h("4. Practice obligations", 2),
         t.p("Practice will provide timely access to its EHR and practice management system, complete "
             "documentation within 48 hours of service, and respond to coding queries within two business "
             "days. Practice retains final responsibility for the codes submitted under its providers' NPIs."),
         t.h("5. Compliance", 2),
         t.p("Foxhollow maintains a compliance plan based on OIG guidance for third-party billing companies. "
             "Neither party will knowingly submit a claim that is false or that upcodes a service.")]
    s += bp_confidentiality(t, n="6") + bp_liability(t, n="7") + bp_term(t, n="8", years="two (2)", notice="sixty (60)")
    s += bp_general(t, n="9", state="Florida")
    s += [t.sig(("Foxhollow Billing Associates, LLC", "Yvonne Castle", "Managing Partner"),
                ("Blue Heron Pain Management, P.A.", "Samir Haddad, MD", "President"))]
    return s


@doc(Theme("helv", 10, accent="#386641", header="Pillarwood Staffing Partners - Client Rate Agreement", page_numbers=False),
     "Pillarwood Staffing Partners, LLC", "not_addressed",
     "Healthcare staffing rate agreement where 'CPT' means Certified Pharmacy Technician; hourly bill rates only; no AMA or code-set licensing",
     title="Client Rate Agreement")
def n_pillarwood(t):
    s = [t.letterhead("Pillarwood Staffing Partners, LLC", ["Healthcare staffing", "910 Elm Street, Manchester, NH 03101"],
                      ["Client Rate Agreement", "CRA-2026-044"]),
         t.sp(10),
         t.p("Client: Merrimack Valley Infusion &amp; Specialty Pharmacy Clinic, LLC"),
         t.p("This Rate Agreement sets the bill rates for temporary and temp-to-hire personnel that Pillarwood "
             "Staffing Partners, LLC (\"Pillarwood\") places with Client under the Master Staffing Agreement."),
         t.table([["Role", "Abbrev.", "Regular / hr", "Overtime / hr", "Conversion fee"],
                  ["Registered Nurse, infusion", "RN", "$78.00", "$117.00", "18% of salary"],
                  ["Licensed Practical Nurse", "LPN", "$49.00", "$73.50", "15% of salary"],
                  ["Certified Pharmacy Technician", "CPT", "$38.00", "$57.00", "12% of salary"],
                  ["Medical Assistant, certified", "CMA", "$31.00", "$46.50", "12% of salary"],
                  ["Patient Access Representative", "PAR", "$26.00", "$39.00", "10% of salary"]],
                 widths=[0.34, 0.11, 0.17, 0.18, 0.2], style="ruled", right=(2, 3)),
         t.sp(8),
         t.h("Conditions", 3)]
    s += t.bullets(["All CPT candidates hold PTCB or ExCPT certification and a current state pharmacy "
                    "technician registration, verified by Pillarwood before the first shift.",
                    "Overtime applies over 40 hours per week or as state law requires. Holiday shifts bill at 1.5x.",
                    "Minimum assignment length is four weeks; a CPT or CMA released without cause in the first "
                    "week is billed for 24 hours.",
                    "Conversion fees are waived after 520 hours worked on assignment.",
                    "Rates are fixed through December 31, 2026."])
    s += [t.sp(6), t.p("Accepted: ______________________ (Client)     ______________________ (Pillarwood)")]
    return s


@doc(Theme("helv", 9.5, accent="#9c6644", justify=True, header="Tenpenny Diagnostics Software - DxAssist Order Terms"),
     "Tenpenny Diagnostics Software, Inc.", "not_addressed",
     "Diagnosis-coding add-on (ICD-10-CM, HCPCS II public files, SNOMED mapping); discusses which code sets are free; CPT is never mentioned",
     title="DxAssist Order Terms")
def n_tenpenny(t):
    s = [t.title("DxAssist - Order Terms"),
         t.p("DxAssist is a diagnosis-coding assistant from Tenpenny Diagnostics Software, Inc. (\"Tenpenny\") that "
             "plugs into your EHR's problem list and assessment screens. These terms apply to each DxAssist "
             "order."),
         t.h("Content included", 2),
         t.table([["Content", "Source", "Licence"],
                  ["ICD-10-CM diagnosis codes and index", "CDC / NCHS public file", "Public; no fee"],
                  ["HCPCS Level II codes (for supply look-ups)", "CMS public file", "Public; no fee"],
                  ["SNOMED CT to ICD-10-CM map", "National Library of Medicine", "UMLS licence held by Tenpenny; free in the US"],
                  ["Hierarchical condition category flags", "CMS risk adjustment model", "Public; no fee"],
                  ["Tenpenny clinical synonyms", "Tenpenny", "Included in subscription"]],
                 widths=[0.4, 0.3, 0.3], style="ruled", size=8.5),
         t.sp(6),
         t.p("DxAssist does not provide procedure codes and does not read or write procedure or charge data."),
         t.h("Pricing", 2),
         t.p("$14 per prescribing clinician per month, minimum five clinicians. HCC gap reports are $2 per "
             "attributed patient per year for practices in risk contracts."),
         t.h("Your responsibilities", 2),
         t.p("Clinicians choose the final diagnosis; DxAssist suggestions are not clinical advice. You are "
             "responsible for the accuracy of diagnoses submitted on claims and to risk-adjustment programs."),
         t.h("Term", 2),
         t.p("Twelve months, renewing annually unless cancelled 30 days before renewal. Prices may increase by "
             "up to 5% at renewal.")]
    s += bp_hipaa(t, "Privacy") + bp_liability(t, n="Liability")
    return s


@doc(Theme("times", 10, accent="#000000", justify=True, header="Rxanthem Networks, Inc. - e-Prescribing Subscriber Agreement"),
     "Rxanthem Networks, Inc.", "not_addressed",
     "E-prescribing subscriber agreement (EPCS, drug database, NDC, formulary); medication content licences discussed, no CPT",
     title="e-Prescribing Subscriber Agreement")
def n_rxanthem(t):
    s = [t.title("E-PRESCRIBING SUBSCRIBER AGREEMENT", align=TA_CENTER, color=colors.black, size=13),
         t.p("This Agreement is between Rxanthem Networks, Inc. (\"Rxanthem\") and the prescriber or practice "
             "that subscribes to Rxanthem eRx (\"Subscriber\")."),
         t.h("1. Service", 2),
         t.p("Rxanthem eRx lets Subscriber's prescribers send new prescriptions, renewals and cancellations to "
             "pharmacies, check formulary and benefit information, view medication history, and prescribe "
             "controlled substances electronically (EPCS) with two-factor authentication."),
         t.h("2. Drug content", 2),
         t.p("The service uses a drug knowledge base licensed by Rxanthem from a third-party compendium publisher, "
             "including drug names, NDC codes, dosing, interactions and allergy classes. Rxanthem's licence covers "
             "Subscriber's use within the service, and the cost is included in the subscription. NDC codes are "
             "public data published by the FDA."),
         t.h("3. EPCS", 2),
         t.p("Each prescriber of controlled substances must complete identity proofing and logical access "
             "control as required by 21 CFR Part 1311. Rxanthem's EPCS module is certified by a DEA-approved "
             "auditor."),
         t.h("4. Fees", 2),
         t.table([["Item", "Fee"],
                  ["eRx subscription", "$29 per prescriber per month"],
                  ["EPCS add-on", "$10 per prescriber per month"],
                  ["Identity proofing", "$35 per prescriber, one time"],
                  ["Hard token replacement", "$25 each"]],
                 widths=[0.6, 0.4], style="lines"),
         t.h("5. Subscriber obligations", 2),
         t.p("Subscriber is responsible for prescribing decisions, for verifying pharmacy selection, and for "
             "keeping prescriber credentials and tokens secure.")]
    s += bp_hipaa(t, "6") + bp_liability(t, n="7") + bp_term(t, n="8", years="one (1)", notice="thirty (30)")
    s += bp_general(t, n="9", state="Illinois")
    return s


@doc(Theme("helv", 10, accent="#3a0ca3", justify=True, footer="Calloway Credentialing Services, Inc."),
     "Calloway Credentialing Services, Inc.", "not_addressed",
     "Provider credentialing and payer enrollment services agreement; per-provider per-payer fees; nothing about CPT",
     title="Credentialing Services Agreement")
def n_calloway(t):
    s = [t.title("CREDENTIALING AND ENROLLMENT SERVICES AGREEMENT", size=14),
         t.p("Calloway Credentialing Services, Inc. (\"Calloway\") will credential and enroll the physicians and "
             "practitioners of Magnolia Women's Care, PLLC (\"Client\") with the payers Client selects."),
         t.h("1. Services", 2)]
    s += t.bullets(["CAQH ProView profile creation, attestation and quarterly re-attestation",
                    "Medicare enrollment and revalidation through PECOS; Medicaid enrollment",
                    "Commercial payer applications and follow-up until a participation effective date is issued",
                    "Hospital privileging packets, on request",
                    "Expiry tracking for licences, DEA registrations, board certifications and malpractice cover"])
    s += [t.h("2. Fees", 2),
          t.table([["Service", "Fee"],
                   ["Initial enrollment, per practitioner per payer", "$175"],
                   ["Re-credentialing, per practitioner per payer", "$95"],
                   ["Ongoing maintenance, per practitioner", "$60 per month"],
                   ["Group (Type 2 NPI) enrollment, per payer", "$250"]],
                  widths=[0.7, 0.3], style="ruled"),
          t.p("Payer application fees, if any, are passed through at cost."),
          t.h("3. Client obligations", 2),
          t.p("Client will provide complete and accurate practitioner information and sign applications promptly. "
              "Calloway is not responsible for payer delays or for payer decisions to decline participation."),
          t.h("4. Term", 2),
          t.p("Twelve months, renewing monthly thereafter; either party may terminate on thirty days' notice.")]
    s += bp_confidentiality(t, n="5") + bp_liability(t, n="6") + bp_general(t, n="7", state="Mississippi")
    return s


@doc(Theme("helv", 9.5, accent="#006d77", justify=True, header="Waypoint Interop - Interface Services Agreement"),
     "Waypoint Interop, Inc.", "not_addressed",
     "Lab results interface / integration engine agreement; discusses LOINC and SNOMED CT licensing (free) and HL7; CPT never mentioned",
     title="Interface Services Agreement")
def n_waypoint(t):
    s = [t.title("INTERFACE SERVICES AGREEMENT"),
         t.p("Waypoint Interop, Inc. (\"Waypoint\") will build and operate interfaces between the EHR of Clearwater "
             "Nephrology Associates, P.A. (\"Client\") and Client's reference laboratories, hospitals and health "
             "information exchange."),
         t.h("1. Interfaces", 2),
         t.table([["Interface", "Type", "Build fee", "Monthly"],
                  ["Reference lab A - orders and results", "HL7 v2 ORM/ORU", "$2,500", "$125"],
                  ["Reference lab B - results only", "HL7 v2 ORU", "$1,800", "$95"],
                  ["Regional HIE", "C-CDA / Direct", "$3,200", "$150"],
                  ["Dialysis unit ADT feed", "HL7 v2 ADT", "$1,500", "$75"]],
                 widths=[0.4, 0.24, 0.16, 0.2], style="ruled", right=(2, 3)),
         t.h("2. Terminology", 2),
         t.p("2.1 Waypoint will map local laboratory test codes to LOINC. LOINC is made available by the "
             "Regenstrief Institute under a free licence that Client accepts by using the mapped results."),
         t.p("2.2 Where the HIE requires SNOMED CT for problems or results, Waypoint will use SNOMED CT under its "
             "UMLS licence from the National Library of Medicine, which is free of charge for use in the United "
             "States."),
         t.p("2.3 Waypoint does not supply or charge for any other terminology; mapping tables Waypoint creates "
             "belong to Client."),
         t.h("3. Service levels", 2),
         t.p("Interfaces are monitored 24x7. Queued messages will be alerted within 15 minutes and interfaces "
             "restored within four hours for priority 1 failures."),
         t.h("4. Fees", 2),
         t.p("Build fees are due 50% on order and 50% at go-live. Monthly fees start at go-live and increase 3% "
             "annually. Changes requested after sign-off are billed at $150 per hour.")]
    s += bp_hipaa(t, "5") + bp_liability(t, n="6") + bp_term(t, n="7", years="three (3)") + bp_general(t, n="8", state="Florida")
    return s


# ===========================================================================
# UNCLEAR documents
# ===========================================================================

@doc(Theme("helv", 9.5, accent="#264653", justify=True, header="Saltmarsh Health Cloud - Customer Agreement"),
     "Saltmarsh Health Cloud, Inc.", "unclear",
     "Customer agreement; says fees for third-party content including CPT may apply as set out in an Order Form, but no order form or amount is present and no statement of who holds the licence",
     title="Customer Agreement")
def u_saltmarsh(t):
    s = [t.title("SALTMARSH CUSTOMER AGREEMENT"),
         t.p("This Customer Agreement governs the Saltmarsh Health Cloud services ordered by the customer "
             "(\"Customer\") from Saltmarsh Health Cloud, Inc. (\"Saltmarsh\")."),
         t.h("1. Services and Orders", 2),
         t.p("Saltmarsh will provide the subscription services described in each order form signed by the "
             "parties (an \"Order Form\"). Each Order Form is governed by this Agreement."),
         t.h("2. Fees", 2),
         t.p("2.1 Customer will pay the fees stated in each Order Form. Unless stated otherwise, fees are "
             "invoiced annually in advance and are non-cancellable."),
         t.p("2.2 <i>Third-party content.</i> Certain services include content owned by third parties, such as "
             "code sets, drug databases and clinical reference material, including CPT\u00ae. Fees for third-party "
             "content may apply and, where they do, will be set out in the applicable Order Form or notified to "
             "Customer before they take effect. Third-party content is subject to any end-user terms its owner "
             "requires, which Saltmarsh will make available on request."),
         t.p("2.3 Saltmarsh may increase fees at renewal by giving at least sixty (60) days' notice."),
         t.h("3. Customer Responsibilities", 2),
         t.p("Customer is responsible for its users, for the accuracy of data it enters, and for using the "
             "services in compliance with law, including payer rules and HIPAA."),
         t.h("4. Intellectual Property", 2),
         t.p("Saltmarsh and its licensors own the services and all content they provide. Customer owns Customer "
             "Data. No rights are granted except as expressly set out in this Agreement.")]
    s += bp_hipaa(t, "5") + bp_confidentiality(t, n="6") + bp_warranty(t, n="7", a="Saltmarsh")
    s += bp_liability(t, n="8") + bp_term(t, n="9", years="one (1)", notice="sixty (60)") + bp_general(t, n="10", state="Washington")
    return s


@doc(Theme("times", 9.5, accent="#000000", justify=True, cols=2, header="Ember Ridge Medical Software - Legal Notices",
           margins=(0.7, 0.7, 0.8, 0.8)),
     "Ember Ridge Medical Software, Inc.", "unclear",
     "Software legal-notices page with AMA copyright notice, fee-schedule disclaimer, FARS/DFARS and CPT use restrictions only; nothing on who holds or pays for the licence",
     title="Legal Notices")
def u_emberridge(t):
    s = [t.title("LEGAL NOTICES AND THIRD-PARTY TERMS", size=12, color=colors.black),
         t.p("Ember Ridge Chart and Ember Ridge Billing (the \"Software\") are products of Ember Ridge Medical "
             "Software, Inc. This page collects the notices and terms that third-party content owners require "
             "to accompany the Software. It is displayed under Help > About > Legal."),
         t.h("Open-source components", 3),
         t.p("The Software includes open-source components under the MIT, BSD and Apache 2.0 licences. A list of "
             "components and their licences is available in the installation folder under /licenses."),
         t.h("Current Procedural Terminology (CPT\u00ae)", 3)]
    s += ama_notices(t, "2025", heading=False, size=8.5)
    s += [t.p("Use of CPT in the Software is restricted to the user's internal purposes in the United States. "
              "Users shall not copy, distribute, sublicense or create derivative works of CPT, or make it "
              "available to any affiliate or other legal entity.", size=8.5),
          t.p("The AMA is a third-party beneficiary of these CPT provisions.", size=8.5),
          t.h("ICD-10-CM and HCPCS Level II", 3),
          t.p("ICD-10-CM is maintained by the National Center for Health Statistics and HCPCS Level II by CMS. "
              "Both are public domain.", size=8.5),
          t.h("Drug information", 3),
          t.p("Drug data is provided by a licensed third-party compendium and is intended to supplement, not "
              "replace, the knowledge and judgment of healthcare professionals.", size=8.5),
          t.h("Trademarks", 3),
          t.p("Ember Ridge is a trademark of Ember Ridge Medical Software, Inc. Other marks belong to their "
              "owners.", size=8.5)]
    return s


@doc(Theme("helv", 10.5, accent="#555555", page_numbers=False),
     "Gullwing PM, LLC", "unclear",
     "Customer e-mail: vendor is 'evaluating' the AMA's licensing changes and says some customers may see a charge later; no decision, no amount",
     title="AMA licensing update")
def u_gullwing(t):
    s = [t.kv([("From:", "Gullwing PM Support &lt;support@gullwingpm.example&gt;"),
               ("To:", "Lisa Trang, Evergreen Physical Therapy"),
               ("Date:", "Thu, Sep 25, 2025 at 4:41 PM"),
               ("Subject:", "RE: [Ticket #88123] AMA letter about CPT codes")]),
         t.hr(), t.sp(8),
         t.p("Hi Lisa,"),
         t.p("Thanks for forwarding the AMA's letter, and sorry for the slow reply."),
         t.p("You're not the only one. Over the summer the AMA contacted a number of practice-management "
             "vendors, us included, about how CPT codes are licensed to end users. We're still working through "
             "what that means with our legal team and with the AMA, and honestly we don't have a final answer "
             "yet about how it will work for customers."),
         t.p("What I can tell you:"),
         ]
    s += t.bullets(["Nothing changes on your Gullwing invoice right now.",
                    "Some customers may see a CPT-related charge in the future, or may be asked to confirm how "
                    "they're licensed; we haven't decided which approach we'll take, or when.",
                    "We'll give at least 60 days' notice before any change, by e-mail to account owners."])
    s += [t.p("In the meantime, if the AMA asks you for a response by a deadline, you can tell them you use "
              "Gullwing PM and that Gullwing is in discussions with the AMA. If they need anything from us, "
              "they can contact our compliance team at compliance@gullwingpm.example."),
          t.p("I'll leave this ticket open and update it as soon as I hear more."),
          t.p("Best,<br/>Marcus<br/>Gullwing PM Support"),
          t.sp(10), t.hr(),
          t.small("Gullwing PM, LLC  |  Support hours 8-6 Pacific  |  Reply above this line to add to ticket #88123",
                  color="#777777"),
          t.sp(6),
          t.small("&gt; On Sep 22, 2025, Lisa Trang wrote: We got a letter from the American Medical Association "
                  "saying everyone who uses CPT codes needs a license and asking how many users we have. Do we "
                  "need to buy something? I thought this was part of our Gullwing subscription.", color="#555555")]
    return s


@doc(Theme("times", 10.5, accent="#000000", justify=True, header="Tarnhelm Systems Corp. - Subscription Agreement"),
     "Tarnhelm Systems Corp.", "unclear",
     "Subscription agreement giving the vendor the option each contract year to include the AMA royalty in subscription fees or invoice it separately at cost, with no election or amount in the document",
     title="Subscription Agreement")
def u_tarnhelm(t):
    s = [t.title("SUBSCRIPTION AGREEMENT", align=TA_CENTER, color=colors.black, size=14),
         t.p("This Subscription Agreement is between Tarnhelm Systems Corp. (\"Tarnhelm\") and Bitterroot "
             "Surgical Associates, PLLC (\"Customer\"), effective July 1, 2026."),
         t.h("1. Subscription", 2),
         t.p("Tarnhelm grants Customer the right to access the Tarnhelm Surgical Suite (EHR, ASC scheduling, "
             "PM and billing) for the number of providers and users in the Order, during the Term."),
         t.h("2. Fees", 2),
         t.p("2.1 Customer shall pay the Subscription Fees in the Order: currently $460 per provider per month and "
             "$16 per non-provider user per month."),
         t.p("2.2 Subscription Fees may increase on each anniversary by the greater of 3% and CPI-U, capped at 7%."),
         t.h("3. CPT Content", 2),
         t.p("3.1 The Tarnhelm Surgical Suite includes CPT\u00ae content that Tarnhelm distributes under an "
             "agreement with the American Medical Association. Customer's use of CPT content is subject to the "
             "end-user terms in Exhibit C."),
         t.p("3.2 Royalties payable to the AMA for Customer's use of CPT content may, at Tarnhelm's election for "
             "each Contract Year, either be included in the Subscription Fees or be invoiced to Customer "
             "separately at Tarnhelm's cost. Tarnhelm will notify Customer of its election before the start of "
             "each Contract Year."),
         t.p("3.3 Customer shall provide Tarnhelm with accurate user counts on request so that Tarnhelm can "
             "report to the AMA."),
         t.h("4. Support", 2),
         t.p("Tarnhelm provides support 24x7 for priority 1 issues and during business hours otherwise, and "
             "delivers annual code updates before January 1.")]
    s += bp_hipaa(t, "5") + bp_confidentiality(t, n="6") + bp_liability(t, n="7") + bp_term(t, n="8", years="three (3)")
    s += bp_general(t, n="9", state="Montana")
    s += [t.h("Exhibit C - CPT End-User Terms", 2),
          t.p("Customer shall use CPT content only within the Tarnhelm Surgical Suite for its internal purposes "
              "and shall not distribute it or make it available to any other legal entity. The AMA is a "
              "third-party beneficiary of these terms.")]
    s += ama_notices(t, "2025", heading=False)
    return s


@doc(Theme("helv", 10, accent="#6a4c93", page_numbers=False),
     "Heronsgate Medical Technologies, Inc.", "unclear",
     "Renewal letter; says vendor's right to distribute CPT depends on its AMA agreement, that terms are under renegotiation and the parties may need to agree how any royalty is borne; no decision or amount",
     title="Renewal letter")
def u_heronsgate(t):
    s = [t.letterhead("Heronsgate Medical Technologies, Inc.", ["41 Cathedral Square", "Providence, RI 02903"],
                      ["Renewal notice", "November 24, 2025"]),
         t.sp(12),
         t.p("Narragansett Bay Cardiology, Inc.<br/>Attn: Practice Administrator"),
         t.p("<b>Renewal of HeronCare Cardiology Suite - term beginning February 1, 2026</b>"),
         t.p("Dear Administrator,"),
         t.p("Your HeronCare subscription will renew on February 1, 2026 for twelve months at $515 per physician "
             "per month (up from $499, under the 3.2% adjustment in your agreement). Your echo and nuclear "
             "reporting modules renew at their current prices."),
         t.p("We also want to be transparent about one open item. HeronCare includes CPT\u00ae codes and "
             "descriptors, which we distribute under an agreement with the American Medical Association. That "
             "agreement is up for renewal and its financial terms are being renegotiated. Your right to use CPT "
             "in HeronCare depends on that agreement, and your subscription agreement does not say which of us "
             "bears any royalty the AMA may charge for your users once the new terms take effect."),
         t.p("Once our discussions with the AMA conclude, we may need to agree with you how any such royalty is "
             "to be borne. We are not proposing a charge at this time, and we will not add one without writing "
             "to you first."),
         t.p("No action is needed to renew. If you have questions, your account manager, Teresa Gomes, can be "
             "reached at (401) 555-0133."),
         t.p("Kind regards,"),
         t.p("Alan Whitcombe<br/>VP, Customer Success<br/>Heronsgate Medical Technologies, Inc.")]
    return s


@doc(Theme("helv", 9.5, accent="#1d3557", header="Lodestar Claims Network - Payer Connectivity Terms"),
     "Lodestar Claims Network, LLC", "unclear",
     "Clearinghouse connectivity terms; states CPT is proprietary to the AMA and that its use 'may require a license', without saying who must hold or pay for it",
     title="Payer Connectivity Terms")
def u_lodestar(t):
    s = [t.title("Payer Connectivity Terms"),
         t.p("These terms apply to submitters using Lodestar Claims Network, LLC (\"Lodestar\") to exchange HIPAA "
             "transactions with payers."),
         t.h("1. Connectivity", 2),
         t.p("Lodestar provides connections to more than 2,800 payers for claims, remittance, eligibility and "
             "claim status. Payer lists are updated weekly on the Lodestar portal."),
         t.h("2. Claim editing", 2),
         t.p("Lodestar's front-end edits check claims for X12 syntax, required data elements, valid code values "
             "and payer-specific rules before release. Edits that reference procedure codes use CPT\u00ae and "
             "HCPCS tables maintained by Lodestar."),
         t.h("3. Code sets", 2),
         t.p("CPT codes and descriptions are proprietary to the American Medical Association. Use of CPT may "
             "require a license. ICD-10-CM and HCPCS Level II are maintained by the federal government."),
         t.h("4. Pricing", 2),
         t.table([["Plan", "Monthly", "Included claims", "Overage"],
                  ["Basic", "$65", "500", "$0.25 per claim"],
                  ["Standard", "$140", "1,500", "$0.20 per claim"],
                  ["Plus", "$290", "4,000", "$0.16 per claim"]],
                 widths=[0.25, 0.2, 0.25, 0.3], style="ruled"),
         t.p("ERAs and eligibility are included on Standard and Plus. Paper claim conversion is $0.85 per claim."),
         t.h("5. Submitter responsibilities", 2),
         t.p("Submitter is responsible for the accuracy of submitted data and for resolving payer rejections. "
             "Lodestar is not responsible for payer adjudication."),
         t.h("6. Term", 2),
         t.p("Month to month. Either party may cancel with 30 days' notice.")]
    s += bp_liability(t, n="7")
    return s


@doc(Theme("helv", 9.5, accent="#b5838d", header="Copperbeech Clinical - Budgetary Quote", footer="Copperbeech Clinical, Inc. | Budgetary quote, not an offer"),
     "Copperbeech Clinical, Inc.", "unclear",
     "Budgetary quote; CPT licensing line says to be confirmed whether customer's existing AMA licence will be relied on or a sublicence is needed, pricing if any TBC; other lines priced",
     title="Budgetary Quote")
def u_copperbeech(t):
    s = [t.letterhead("Copperbeech Clinical, Inc.", ["Sales Engineering", "600 Bank Street, New London, CT 06320"],
                      ["BUDGETARY QUOTE", "CBQ-1187", "January 8, 2026"]),
         t.sp(10),
         t.p("Prepared for: Thames Valley Urgent Care Network, LLC - 9 sites, 34 providers, approx. 120 staff"),
         t.table([["Component", "Basis", "Budget price", "Notes"],
                  ["Copperbeech UC (EHR + PM)", "per provider / month", "$289.00", "Includes kiosk check-in"],
                  ["Occupational medicine module", "per site / month", "$175.00", "Optional; 3 sites"],
                  ["Clearinghouse", "per claim", "$0.22", "Est. 14,000 claims / month"],
                  ["Implementation", "one time", "$46,000.00", "Includes 2 go-live waves"],
                  ["CPT\u00ae content licensing", "TBC", "TBC", "See note 2"]],
                 widths=[0.3, 0.22, 0.18, 0.3], style="grid", size=8.5),
         t.sp(8),
         t.h("Notes", 3)]
    s += t.bullets([
        "This is a budgetary quote for planning and is not an offer. Final pricing will be set in an Order Form.",
        "CPT licensing: Thames Valley's RFP response says the network already holds a licence from the American "
        "Medical Association for its current systems. Please confirm with your account executive whether that "
        "licence will be relied upon for Copperbeech UC or whether a sublicence through Copperbeech is needed. "
        "Pricing, if any, will be confirmed once this is settled.",
        "Budget total excluding note 2 items, first year: approximately $207,000.",
        "Prices valid for 90 days from the date of this quote.",
    ], numbered=True)
    s += [t.sp(8), t.p("Questions: Erin Walsh, Sales Engineer, Copperbeech Clinical, Inc.")]
    return s


@doc(Theme("times", 11, accent="#000000", page_numbers=False),
     "Mistral Health Networks, Inc.", "unclear",
     "Side letter; parties agree to discuss in good faith how any AMA CPT royalty for 2026 will be allocated; no allocation agreed",
     title="Side letter")
def u_mistral(t):
    s = [t.letterhead("Mistral Health Networks, Inc.", ["Office of the General Counsel", "1900 Wynkoop Street, Denver, CO 80202"]),
         t.sp(14),
         t.p("December 18, 2025"),
         t.p("Pikes Peak Primary Care Partners, LLC<br/>Attention: Dr. Renee Okafor, Managing Partner"),
         t.p("<b>Re: Side Letter to the Mistral Network Services Agreement dated December 15, 2025</b>"),
         t.p("Dear Dr. Okafor:"),
         t.p("This side letter records two matters discussed during negotiation of the Agreement."),
         t.p("1. <b>Go-live credits.</b> If go-live for all four clinics has not occurred by May 31, 2026 for "
             "reasons within Mistral's control, Mistral will credit one month's platform fees ($11,600) for each "
             "full month of delay, up to three months."),
         t.p("2. <b>CPT royalty.</b> The Agreement does not address the royalty, if any, that the American Medical "
             "Association may assess in respect of your users' access to CPT\u00ae content in the Mistral "
             "platform for 2026. The parties will discuss in good faith how any such royalty will be allocated "
             "between them and will record any agreement in a written amendment. Until then, neither party "
             "waives any position on the question."),
         t.p("3. This letter is confidential and forms part of the Agreement."),
         t.p("Please sign and return a copy to confirm."),
         t.p("Yours sincerely,"),
         t.p("Howard Lim<br/>Deputy General Counsel<br/>Mistral Health Networks, Inc."),
         t.sp(16),
         t.p("Acknowledged and agreed: Pikes Peak Primary Care Partners, LLC<br/><br/>"
             "By: ____________________________  Name: Renee Okafor, MD  Date: __________")]
    return s


# ===========================================================================
# Build
# ===========================================================================
WORDS = [
    "apron", "bucket", "carton", "drawer", "easel", "funnel", "goblet", "hinge", "inkpot", "jigsaw", "kettle",
    "ladle", "mitten", "napkin", "oilcan", "padlock", "quiver", "ribbon", "saucer", "teapot", "umbrella",
    "vase", "wallet", "yoyo", "zipper", "abacus", "bobbin", "crayon", "doily", "eraser", "flask", "gadget",
    "hammock", "icicle", "jersey", "kazoo", "marble", "needle", "ottoman", "pillow", "rocker", "spindle",
    "thimble", "tumbler", "vessel", "whistle", "yardstick", "zither", "anvil", "basket", "chisel", "dial",
    "envelope", "fiddle", "griddle", "harp", "inkwell", "jug", "keyring", "lamp", "mallet", "nozzle", "oar",
    "pulley", "rake", "sieve", "trowel", "ukulele",
]


def main():
    n = len(DOCS)
    assert n <= len(WORDS), n
    for w in WORDS:  # a file name must not echo any vendor's name
        assert not any(w in d["vendor"].lower() for d in DOCS), w
    # fixed shuffle: authoring order is grouped by label, so sort by a salted digest of the vendor name
    order = sorted(DOCS, key=lambda d: hashlib.sha256(("blind-e/" + d["vendor"]).encode()).hexdigest())
    labels = {"contracts": {}}
    for pos, d in enumerate(order):
        name = "e%02d_%s.pdf" % (pos + 1, WORDS[pos])
        path = os.path.join(HERE, name)
        render(path, d["theme"], d["fn"](d["theme"]), d["title"])
        terms = {"vendor": d["vendor"], "coverage": d["coverage"], "cpt_fee": d["fee"]}
        if d["ama_license"]:
            terms["ama_license"] = True
        labels["contracts"][name] = {"description": d["description"], "status": "ok", "terms": terms}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=False)
        fh.write("\n")
    counts = {}
    for d in DOCS:
        counts[d["coverage"]] = counts.get(d["coverage"], 0) + 1
    print("wrote %d PDFs; %s" % (n, counts))


def verify():
    """Every PDF opens, has 1-4 pages and real text, and contains its label's vendor string."""
    import pypdfium2 as pdfium
    labels = json.load(open(os.path.join(HERE, "labels.json")))["contracts"]
    pdfs = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf"))
    assert set(pdfs) == set(labels), "PDF files and labels differ"
    assert len(pdfs) >= 64, len(pdfs)
    for f in pdfs:
        pdf = pdfium.PdfDocument(os.path.join(HERE, f))
        n = len(pdf)
        text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(n))
        text = re.sub(r"\s+", " ", text)
        assert 1 <= n <= 4, (f, n)
        assert len(text) > 300, (f, len(text))
        assert labels[f]["terms"]["vendor"] in text, (f, labels[f]["terms"]["vendor"])
        pdf.close()
    print("verified %d PDFs: open, 1-4 pages, text present, vendor string found" % len(pdfs))


if __name__ == "__main__":
    main()
    verify()
