#!/usr/bin/env python
"""Blind test set B for CPT Compare.

Deterministic: run with .venv/bin/python build.py
Writes every PDF and labels.json into the folder that holds this script.
All company names are fictional. Wording is original, modelled on the *kind*
of material vendors publish (help-centre FAQs, pricing pages, end-user terms,
clearinghouse enrolment terms, billing-company agreements, letters).
"""
import json
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Preformatted,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE_W, PAGE_H = letter


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    """Small builder around platypus. One instance per PDF."""

    def __init__(self, fname, font="Helvetica", size=10, header=None, footer=None,
                 columns=1, title=None, lead=None):
        self.fname = fname
        self.font = font
        self.bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
                     "Courier": "Courier-Bold"}[font]
        self.italic = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
                       "Courier": "Courier-Oblique"}[font]
        self.size = size
        self.header = header
        self.footer = footer
        self.columns = columns
        self.title = title or fname
        self.story = []
        lead = lead or size * 1.3
        self.s_body = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead,
                                     spaceAfter=size * 0.55)
        self.s_small = ParagraphStyle("small", parent=self.s_body, fontSize=size - 1.5,
                                      leading=(size - 1.5) * 1.3)
        self.s_h1 = ParagraphStyle("h1", parent=self.s_body, fontName=self.bold,
                                   fontSize=size + 5, leading=(size + 5) * 1.25,
                                   spaceAfter=size * 0.7)
        self.s_h1c = ParagraphStyle("h1c", parent=self.s_h1, alignment=TA_CENTER)
        self.s_h2 = ParagraphStyle("h2", parent=self.s_body, fontName=self.bold,
                                   fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                                   spaceBefore=size * 0.5, spaceAfter=size * 0.35)
        self.s_h2c = ParagraphStyle("h2c", parent=self.s_h2, alignment=TA_CENTER)
        self.s_q = ParagraphStyle("q", parent=self.s_body, fontName=self.bold,
                                  spaceBefore=size * 0.5, spaceAfter=size * 0.25)
        self.s_cell = ParagraphStyle("cell", parent=self.s_body, fontSize=size - 1,
                                     leading=(size - 1) * 1.25, spaceAfter=0)
        self.s_cellb = ParagraphStyle("cellb", parent=self.s_cell, fontName=self.bold)
        self.s_right = ParagraphStyle("right", parent=self.s_body, alignment=TA_RIGHT)
        self.s_center = ParagraphStyle("center", parent=self.s_body, alignment=TA_CENTER)
        self.s_bullet = ParagraphStyle("bullet", parent=self.s_body, leftIndent=16,
                                       bulletIndent=5, spaceAfter=size * 0.3)
        self.s_indent = ParagraphStyle("indent", parent=self.s_body, leftIndent=22)

    # ---- flowables -------------------------------------------------------
    def h1(self, t, center=False):
        self.story.append(Paragraph(esc(t), self.s_h1c if center else self.s_h1))

    def h2(self, t, center=False):
        self.story.append(Paragraph(esc(t), self.s_h2c if center else self.s_h2))

    def p(self, t, raw=False, style=None):
        self.story.append(Paragraph(t if raw else esc(t), style or self.s_body))

    def ind(self, t):
        self.p(t, style=self.s_indent)

    def small(self, t):
        self.p(t, style=self.s_small)

    def right(self, t):
        self.p(t, style=self.s_right)

    def center(self, t):
        self.p(t, style=self.s_center)

    def q(self, t):
        self.p(t, style=self.s_q)

    def clause(self, head, text):
        """Numbered clause with bold run-in heading."""
        self.story.append(Paragraph("<b>%s</b> %s" % (esc(head), esc(text)), self.s_body))

    def bullets(self, items, char="\u2022"):
        for it in items:
            self.story.append(Paragraph(esc(it), self.s_bullet, bulletText=char))

    def sp(self, h=6):
        self.story.append(Spacer(1, h))

    def pb(self):
        self.story.append(PageBreak())

    def fb(self):
        self.story.append(FrameBreak())

    def pre(self, text, size=None):
        st = ParagraphStyle("pre", fontName="Courier", fontSize=size or self.size - 1,
                            leading=(size or self.size - 1) * 1.35)
        self.story.append(Preformatted(text, st))
        self.sp(6)

    def table(self, rows, widths=None, ruled=True, head=True, zebra=False, bold_last=False):
        data = []
        for i, r in enumerate(rows):
            st = self.s_cellb if (head and i == 0) or (bold_last and i == len(rows) - 1) \
                else self.s_cell
            data.append([Paragraph(esc(str(c)), st) for c in r])
        t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if head else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if ruled:
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
            if head:
                cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee"))]
        if zebra:
            for i in range(1, len(rows)):
                if i % 2 == 0:
                    cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4")))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)
        self.sp(8)

    def sig(self, left, right, date_line=True):
        """Signature block: left and right are party names (exactly as in text)."""
        def block(name):
            lines = ["<b>%s</b>" % esc(name), "", "By: ______________________________",
                     "Name: ____________________________", "Title: _____________________________"]
            if date_line:
                lines.append("Date: _____________________________")
            return Paragraph("<br/>".join(lines), self.s_cell)
        t = Table([[block(left), block(right)]], colWidths=[3.2 * inch, 3.2 * inch],
                  hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 10)]))
        self.story.append(t)
        self.sp(8)

    def checkbox(self, checked, label):
        self.p("[%s] %s" % ("X" if checked else "  ", label), style=self.s_indent)

    # ---- rendering ------------------------------------------------------
    def _decorate(self, canv, doc):
        canv.saveState()
        canv.setFont(self.font, 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        if self.header:
            canv.drawString(0.75 * inch, PAGE_H - 0.5 * inch, self.header)
            canv.setStrokeColor(colors.HexColor("#aaaaaa"))
            canv.line(0.75 * inch, PAGE_H - 0.56 * inch, PAGE_W - 0.75 * inch,
                      PAGE_H - 0.56 * inch)
        if self.footer:
            canv.drawString(0.75 * inch, 0.45 * inch, self.footer)
        canv.drawRightString(PAGE_W - 0.75 * inch, 0.45 * inch, "Page %d" % doc.page)
        canv.restoreState()

    def build(self):
        public = PUBLIC_NAME[self.fname]
        path = os.path.join(HERE, public)
        self.title = public
        doc = BaseDocTemplate(path, pagesize=letter, leftMargin=0.75 * inch,
                              rightMargin=0.75 * inch, topMargin=0.8 * inch,
                              bottomMargin=0.8 * inch, title=self.title,
                              author="", subject="", creator="", producer="",
                              invariant=1)
        lm, bm = doc.leftMargin, doc.bottomMargin
        w, h = doc.width, doc.height
        if self.columns == 1:
            doc.addPageTemplates([PageTemplate("one", [Frame(lm, bm, w, h, id="f")],
                                               onPage=self._decorate)])
            story = self.story
        else:
            gap = 0.25 * inch
            cw = (w - gap) / 2
            top_h = 1.05 * inch
            first = [Frame(lm, bm + h - top_h, w, top_h, id="top"),
                     Frame(lm, bm, cw, h - top_h, id="l1"),
                     Frame(lm + cw + gap, bm, cw, h - top_h, id="r1")]
            later = [Frame(lm, bm, cw, h, id="l"), Frame(lm + cw + gap, bm, cw, h, id="r")]
            doc.addPageTemplates([PageTemplate("first", first, onPage=self._decorate),
                                  PageTemplate("later", later, onPage=self._decorate)])
            story = [NextPageTemplate("later")] + self.story
        doc.build(story)
        return path


# ---------------------------------------------------------------------------
# Boilerplate (unrelated to CPT) used to pad documents realistically.
# ---------------------------------------------------------------------------

def bp_confidentiality(d, n, a="either party", b="the other party"):
    d.clause("%s Confidentiality." % n,
             "Each party may disclose to %s non-public business, technical or financial "
             "information. The receiving party shall use such information only to perform "
             "under this Agreement, shall protect it with at least the care it uses for its "
             "own information of like kind (and never less than reasonable care), and shall "
             "return or destroy it on request. Information that is or becomes public without "
             "fault of the receiving party, or that is independently developed, is excluded. "
             "These obligations survive for three (3) years after termination, and "
             "indefinitely for trade secrets." % b)


def bp_liability(d, n, months=12):
    d.clause("%s Limitation of Liability." % n,
             "EXCEPT FOR BREACH OF CONFIDENTIALITY, INDEMNIFICATION OBLIGATIONS OR AMOUNTS "
             "DUE FOR SERVICES RENDERED, NEITHER PARTY SHALL BE LIABLE FOR ANY INDIRECT, "
             "INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST PROFITS OR "
             "LOST DATA, HOWEVER CAUSED. EACH PARTY'S AGGREGATE LIABILITY SHALL NOT EXCEED "
             "THE AMOUNTS PAID OR PAYABLE UNDER THIS AGREEMENT IN THE %d MONTHS PRECEDING "
             "THE EVENT GIVING RISE TO THE CLAIM." % months)


def bp_law(d, n, state):
    d.clause("%s Governing Law; Venue." % n,
             "This Agreement is governed by the laws of the State of %s, without regard to "
             "its conflict-of-laws rules. The state and federal courts located in %s shall "
             "have exclusive jurisdiction over any dispute arising under it, and each party "
             "consents to the personal jurisdiction of those courts." % (state, state))


def bp_term(d, n, years=3, notice=60):
    d.clause("%s Term and Renewal." % n,
             "The initial term begins on the Effective Date and continues for %d years. "
             "Thereafter it renews automatically for successive one-year periods unless "
             "either party gives written notice of non-renewal at least %d days before the "
             "end of the then-current term. Either party may terminate for material breach "
             "not cured within thirty (30) days after written notice." % (years, notice))


def bp_hipaa(d, n, vendor_short):
    d.clause("%s HIPAA." % n,
             "To the extent %s creates, receives, maintains or transmits protected health "
             "information on behalf of the practice, the parties' Business Associate "
             "Agreement governs, and in the event of conflict on that subject it controls "
             "over this Agreement." % vendor_short)


def bp_support(d, n, hours="7:00 a.m. to 7:00 p.m. Central Time"):
    d.clause("%s Support." % n,
             "Support is available by telephone and ticket on business days from %s. "
             "Critical issues (system unavailable for all users) receive an initial response "
             "within two (2) hours; high-priority issues within one business day; all other "
             "requests within three business days. Scheduled maintenance is performed "
             "outside business hours with at least 48 hours' notice." % hours)


def bp_warranty(d, n):
    d.clause("%s Warranty; Disclaimer." % n,
             "The service will perform materially in accordance with its documentation. As "
             "the sole remedy for breach of this warranty, the provider of the service will "
             "use commercially reasonable efforts to correct the non-conformity or, failing "
             "that, refund prepaid fees for the affected period. EXCEPT AS STATED ABOVE, THE "
             "SERVICE IS PROVIDED AS IS AND ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, "
             "INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE, ARE DISCLAIMED.")


def bp_force(d, n):
    d.clause("%s Force Majeure." % n,
             "Neither party is liable for delay or failure caused by events beyond its "
             "reasonable control, including acts of God, fire, flood, epidemic, war, "
             "terrorism, labor disputes (other than its own workforce), utility or internet "
             "failures and acts of government, provided it gives prompt notice and resumes "
             "performance as soon as practicable. Payment obligations are not excused.")


def bp_notices(d, n):
    d.clause("%s Notices." % n,
             "Notices must be in writing and delivered by hand, by nationally recognized "
             "overnight courier or by certified mail to the address on the signature page "
             "(or as later designated). Notices are effective on receipt. Routine operational "
             "notices may be sent by e-mail to the administrator of record.")


def bp_assign(d, n):
    d.clause("%s Assignment; Entire Agreement." % n,
             "Neither party may assign this Agreement without the other's written consent, "
             "except to a successor in a merger or sale of substantially all of its assets. "
             "This Agreement, with its schedules and exhibits, is the parties' entire "
             "agreement on its subject and supersedes prior proposals. Amendments must be in "
             "a writing signed by both parties.")


def bp_taxes(d, n):
    d.clause("%s Taxes." % n,
             "Fees are exclusive of sales, use, excise and similar taxes, which the paying "
             "party shall bear (excluding taxes on the other party's net income). Undisputed "
             "invoices are due thirty (30) days after the invoice date; late amounts bear "
             "interest at the lesser of 1.0% per month or the maximum lawful rate.")


def bp_data(d, n):
    d.clause("%s Customer Data." % n,
             "As between the parties, the practice owns all patient, financial and "
             "operational data it enters or uploads. Within thirty (30) days after "
             "termination, and on written request, an export of that data will be made "
             "available in a commonly used electronic format, after which it may be deleted "
             "from production systems in accordance with the retention schedule.")


def ama_notice_block(d, n=None, year=2025, include_gov=True, include_disclaimer=True):
    """AMA-style notices written in our own words."""
    if n:
        d.h2(n)
    d.p("CPT only copyright %d American Medical Association. All rights reserved. CPT is "
        "a registered trademark of the American Medical Association." % year)
    if include_disclaimer:
        d.p("Fee schedules, relative value units, conversion factors and/or related "
            "components are not assigned by the AMA, are not part of CPT, and the AMA is not "
            "recommending their use. The AMA does not directly or indirectly practice "
            "medicine or dispense medical services. The AMA assumes no liability for data "
            "contained or not contained in the product.")
    if include_gov:
        d.p("U.S. Government End Users. CPT is commercial technical data developed "
            "exclusively at private expense by the American Medical Association. Rights of "
            "the U.S. Government to use, modify, reproduce, release, perform, display or "
            "disclose CPT are limited to those granted under the applicable FARS/DFARS "
            "clauses for commercial technical data and commercial computer software.")


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------

DOCS = []


def doc(fname, vendor, coverage, fee=None, description="", ama_license=False):
    def deco(fn):
        DOCS.append(dict(fname=fname, vendor=vendor, coverage=coverage, fee=fee,
                         description=description, ama_license=ama_license, fn=fn))
        return fn
    return deco


def fee(amount, unit, period):
    return {"amount": float(amount), "currency": "USD", "unit": unit, "period": period}


# ===========================================================================
# PASS-THROUGH
# ===========================================================================

V = "Lumenwell Practice Software, Inc."


@doc("pt01_lumenwell_help_ama_fee.pdf", V, "pass_through", fee(20.0, "provider", "year"),
     "Help-centre FAQ (behavioural-health EHR): $18.50 AMA royalty + $1.50 processing per "
     "clinician per year; $64/clinician/month subscription and '+$0.50 a year' are traps")
def _pt01(V=V):
    d = Doc("pt01_lumenwell_help_ama_fee.pdf", header="Lumenwell Help Center  >  Billing & subscription  >  Fees and charges",
            footer="\u00a9 2026 %s  |  Terms of Service  |  Privacy  |  Status" % V)
    d.h1("Understanding the annual AMA fee")
    d.small("Updated November 3, 2025  \u00b7  6 min read  \u00b7  Applies to: Solo, Group and Group Plus plans")
    d.p("Lumenwell gives you access to CPT\u00ae codes in progress notes, superbills and "
        "insurance claims. CPT codes are created and owned by the American Medical "
        "Association (AMA), and the AMA charges a royalty for each clinician who has access "
        "to them through software like ours. To keep the codes available in your account, "
        "Lumenwell adds a yearly AMA fee to your bill. This article explains how the fee is "
        "worked out and when you will see it.")
    d.q("Why am I being charged an AMA fee?")
    d.p("Because CPT codes are built into Lumenwell, the AMA bills us a royalty for every "
        "clinician on the platform. We pass that royalty on to the accounts that use it, "
        "together with a small charge for the work of counting, reporting and remitting it.")
    d.q("How much is the fee?")
    d.p("For the 2026 code year the AMA fee is $20.00 per clinician. That amount is made up "
        "of the AMA royalty of $18.50 and a processing fee of $1.50.")
    d.q("Is the fee charged per practice or per clinician?")
    d.p("Per clinician. Every team member who holds a clinician role on your account on the "
        "billing date counts once, whether they see two clients a month or forty a week. "
        "Billers, schedulers and practice managers who do not hold a clinician role are not "
        "charged.")
    d.q("When will I be charged?")
    d.p("The AMA fee is billed once a year on your first invoice dated in January. If you "
        "add a clinician later in the year, the fee for that clinician appears on your next "
        "monthly invoice. The fee is not prorated.")
    d.q("Is this part of my subscription price?")
    d.p("No. Your subscription is priced separately. On the Group plan, for example, each "
        "clinician seat is $64 per month and each practice-manager seat is $29 per month; "
        "neither price includes the AMA fee.")
    d.q("Will the fee go up?")
    d.p("The AMA sets its royalty each year. Historically it has risen by about $0.50 a "
        "year, and we expect similar increases going forward. We will email the account "
        "owner at least 30 days before any change takes effect.")
    d.q("Can I pay the AMA directly instead?")
    d.p("Not for your use of Lumenwell. CPT licences are specific to each application, so "
        "a licence you hold for another system does not cover the codes inside Lumenwell, "
        "and the AMA looks to us to report and pay for the clinicians who use our platform.")
    d.q("I don't bill insurance. Will I still be charged?")
    d.p("Yes. CPT codes are available in every clinician's notes and superbills whether or "
        "not you submit claims, so every clinician is counted.")
    d.q("Is sales tax charged on the AMA fee?")
    d.p("We do not currently charge tax on the AMA fee. That may change if tax rules in "
        "your state change.")
    d.sp(8)
    d.small("Was this article helpful?  Yes  No   \u00b7   Related: Adding and removing team "
            "members; Reading your invoice; Subscription plans compared")
    d.build()


V = "Brightpath ABA Systems LLC"


@doc("pt02_brightpath_rendering_provider_licences.pdf", V, "pass_through",
     fee(19.0, "provider", "year"),
     "Knowledge-base article (ABA therapy PM): each rendering provider needs a paid CPT "
     "licence for the year: $18.00 AMA + $1.00 processing")
def _pt02(V=V):
    d = Doc("pt02_brightpath_rendering_provider_licences.pdf",
            header="Brightpath Knowledge Base  /  Organization settings  /  Subscription",
            footer="%s  \u00b7  1180 Commerce Loop, Suite 300, Boise, ID 83706  \u00b7  \u00a9 2025" % V)
    d.h1("Managing CPT\u00ae licenses for rendering providers")
    d.h2("Overview")
    d.p("Practice management and EHR companies are now expected to collect yearly license "
        "fees for Current Procedural Terminology (CPT\u00ae) codes and pass them to the "
        "American Medical Association (AMA). To meet that requirement, any staff member who "
        "will be listed as a Rendering Provider on invoices or claims in Brightpath must "
        "hold a paid CPT license for the current calendar year.")
    d.p("A staff member's CPT license runs to December 31. It renews automatically on "
        "January 1 as long as the staff member is active and CPT Code Access is switched on "
        "in their staff profile.")
    d.h2("What does a license cost?")
    d.p("Each rendering provider license costs $19.00 for the year. Of that, $18.00 is the "
        "AMA royalty and $1.00 is a processing charge that covers our reporting to the AMA. "
        "The charge is made to the card or bank account on file when the license is first "
        "activated and on each January 1 renewal.")
    d.h2("Who needs a license?")
    d.bullets([
        "BCBAs, BCaBAs and licensed clinicians who are entered as the Rendering Provider on "
        "any session, invoice or claim.",
        "RBTs and technicians who only record session data and are never billed as the "
        "rendering provider do not need a license.",
        "Administrators, schedulers and billing staff do not need a license of their own "
        "in Brightpath.",
    ])
    d.h2("View your organization's CPT licenses")
    d.bullets([
        "Go to the Organization tab and open Manage Subscription.",
        "Under CPT Licenses, choose the year you want to review.",
        "A list of providers and the date each license was purchased appears. Select a "
        "name to open that staff member's details.",
    ], char="1.")
    d.h2("Turn off CPT access for a staff member")
    d.p("Open the staff member's profile and set CPT Code Access to Off. They can still use "
        "CPT codes until December 31 of the year already paid for, but the license will not "
        "renew on January 1. Turning access back on later in the year starts a new paid "
        "license on that date.")
    d.h2("Related articles")
    d.bullets(["CPT codes and AMA fees: frequently asked questions",
               "End User terms for AMA CPT content",
               "Updating payment methods"])
    d.build()


V = "Corvane Health Technologies, Inc."


@doc("pt03_corvane_2026_fee_letter.pdf", V, "pass_through", fee(21.25, "user", "year"),
     "Vendor letter announcing the coming year's CPT content fee: 2025 $20.75 per named "
     "user replaced by $21.25 for 2026; an estimated total is a trap")
def _pt03(V=V):
    d = Doc("pt03_corvane_2026_fee_letter.pdf", font="Times-Roman", size=11,
            footer="%s  \u00b7  2200 Riverside Parkway, Suite 900, Columbus, OH 43215  \u00b7  corvane.example" % V)
    d.p("<b>CORVANE</b><br/>%s" % esc(V), raw=True)
    d.sp(10)
    d.p("October 15, 2025")
    d.p("Practice Administrator<br/>Elm Street Family Medicine, P.A.<br/>410 Elm Street<br/>"
        "Marietta, OH 45750", raw=True)
    d.p("<b>Re: CPT\u00ae content fee for calendar year 2026 - Account 100-4471</b>", raw=True)
    d.p("Dear Practice Administrator,")
    d.p("We are writing, as we do each autumn, to let you know the amount of the CPT content "
        "fee that applies to your account for the coming calendar year. Under Section 7.3 of "
        "your Master Subscription Agreement, Corvane collects a yearly fee for each named "
        "user who can access CPT codes in Corvane PM and Corvane Chart, and remits the "
        "American Medical Association's royalty from that fee.")
    d.p("For calendar year 2025 the CPT content fee was $20.75 per named user. The AMA has now "
        "confirmed its royalty for the 2026 release, and the CPT content fee for calendar "
        "year 2026 will be $21.25 per named user. This replaces the 2025 amount in full. "
        "Nothing else in your agreement changes.")
    d.p("The 2026 fee will be invoiced in January 2026 based on the number of named users "
        "active on your account on December 31, 2025. Users added during 2026 are invoiced "
        "the full-year fee in the month they are added. Our records show 14 named users on "
        "your account today, which would mean an estimated CPT content charge of $297.50 for "
        "2026; your actual invoice will reflect your year-end count.")
    d.p("As a reminder, the AMA counts as a user anyone who works with CPT codes in the "
        "system, including front-desk staff who schedule visits with procedure codes, coders "
        "and billers, and anyone who runs reports that contain codes. If you would like to "
        "review your named-user list before year end, your account administrator can do so "
        "under Settings > Users > Licensing.")
    d.p("Thank you for being a Corvane customer. Please contact your Customer Success "
        "Manager or billing@corvane.example with any questions.")
    d.p("Sincerely,")
    d.sp(14)
    d.p("Dana Whitlock<br/>Director, Billing Operations<br/>%s" % esc(V), raw=True)
    d.build()


V = "Halvorsen Clinical Software Corp."


@doc("pt04_halvorsen_code_royalty_definition.pdf", V, "pass_through",
     fee(20.5, "user", "year"),
     "MSA where a defined term 'Code Royalty' ($18.50 AMA + $2.00 administration) carries "
     "the fee; Schedule A applies it per Authorized User per Contract Year")
def _pt04(V=V):
    C = "Westbrook Orthopaedic Associates, PLLC"
    d = Doc("pt04_halvorsen_code_royalty_definition.pdf", font="Times-Roman", size=10.5,
            header="%s - Master License and Services Agreement - Confidential" % V)
    d.h1("MASTER LICENSE AND SERVICES AGREEMENT", center=True)
    d.p("This Master License and Services Agreement (the \"Agreement\") is entered into as of "
        "February 1, 2026 (the \"Effective Date\") by and between %s, a Minnesota corporation "
        "(\"Licensor\"), and %s, a Wisconsin professional limited liability company "
        "(\"Customer\")." % (V, C))
    d.h2("1. DEFINITIONS")
    d.p("In this Agreement the following capitalised terms have the meanings below.")
    d.ind("1.1 \"AMA\" means the American Medical Association.")
    d.ind("1.2 \"Authorized User\" means an individual employee or contractor of Customer "
          "to whom Licensor issues a unique login credential for the Software, whether or "
          "not that individual is a licensed health care professional.")
    d.ind("1.3 \"Code Royalty\" means, for each Contract Year, the sum of (a) the royalty "
          "charged to Licensor by the AMA for each Authorized User's access to CPT Content, "
          "which at the Effective Date is eighteen dollars and fifty cents ($18.50), and (b) "
          "an administration charge of two dollars ($2.00) retained by Licensor for "
          "counting, reporting and remitting that royalty.")
    d.ind("1.4 \"Contract Year\" means each successive twelve-month period beginning on the "
          "Effective Date or an anniversary of it.")
    d.ind("1.5 \"CPT Content\" means the Current Procedural Terminology codes, descriptors "
          "and guidelines published by the AMA, as incorporated in the Software.")
    d.ind("1.6 \"Software\" means Licensor's hosted orthopaedic EHR and practice management "
          "application known as Halvorsen Ortho, with the modules listed in Schedule A.")
    d.ind("1.7 \"Subscription Fee\" means the fee stated in Schedule A for access to the "
          "Software, which does not include the Code Royalty.")
    d.h2("2. LICENSE")
    d.p("2.1 Subject to this Agreement, Licensor grants Customer a non-exclusive, "
        "non-transferable right during the Term for its Authorized Users to access and use "
        "the Software in the United States for Customer's internal business purposes.")
    d.p("2.2 Licensor is party to a distribution agreement with the AMA and grants Customer a "
        "limited, non-transferable sublicense to use CPT Content solely within the Software "
        "for Customer's internal purposes. The sublicense ends automatically if Licensor's "
        "agreement with the AMA ends, unless Customer obtains a licence directly from the "
        "AMA. Customer shall not make CPT Content available to any affiliate or other legal "
        "entity.")
    d.h2("3. FEES AND PAYMENT")
    d.p("3.1 Customer shall pay the Subscription Fee, the Code Royalty and the other fees "
        "in Schedule A. Licensor may adjust the Code Royalty once per Contract Year to "
        "reflect a change in the AMA's royalty, on at least sixty (60) days' written notice.")
    d.p("3.2 Customer shall report its Authorized User count on request and consents to "
        "Licensor reporting that count, and Customer's name, to the AMA.")
    bp_taxes(d, "3.3")
    d.h2("4. GENERAL")
    bp_confidentiality(d, "4.1")
    bp_liability(d, "4.2")
    bp_term(d, "4.3", years=3, notice=90)
    bp_law(d, "4.4", "Minnesota")
    bp_assign(d, "4.5")
    d.sig(V, C)
    d.pb()
    d.h2("SCHEDULE A - FEES", center=True)
    d.table([
        ["Item", "Charge", "Basis"],
        ["Subscription Fee - Halvorsen Ortho (EHR + PM)", "$210.00", "per Authorized User per month"],
        ["Imaging viewer module", "$95.00", "per location per month"],
        ["Implementation and data migration", "$6,500.00", "one time, due at signing"],
        ["On-site training (optional)", "$1,400.00", "per day"],
    ], widths=[3.2 * inch, 1.1 * inch, 2.5 * inch])
    d.p("Code Royalty. In addition to the Subscription Fee, Customer shall pay the Code "
        "Royalty for each Authorized User for each Contract Year, invoiced annually in "
        "advance on the Effective Date and each anniversary, with a true-up for Authorized "
        "Users added during the Contract Year invoiced in the following month.")
    d.p("Subscription Fees increase by three percent (3%) at the start of each Contract Year "
        "after the first.")
    d.build()


V = "Tamarind Systems LLC"


@doc("pt05_tamarind_order_form_annual_column.pdf", V, "pass_through",
     fee(96.0, "location", "year"),
     "Ruled order-form table; CPT line in the middle priced per location with its period "
     "only in the 'Annual fee' column header; extended total $288 is a trap")
def _pt05(V=V):
    C = "Crescent Valley Pediatrics, Inc."
    d = Doc("pt05_tamarind_order_form_annual_column.pdf", size=9.5,
            footer="%s  |  Order Form TS-2025-0418  |  Subject to the Tamarind Master Terms v4.2" % V)
    d.h1("ORDER FORM  TS-2025-0418")
    d.table([
        ["Vendor", V],
        ["Customer", C],
        ["Billing address", "77 Orchard Row, Suite B, Fresno, CA 93711"],
        ["Order Effective Date", "January 1, 2026"],
        ["Order Term", "36 months"],
        ["Locations", "Fresno - Orchard Row; Clovis - Herndon Ave; Madera - Main St"],
    ], widths=[1.6 * inch, 5.2 * inch], head=False)
    d.h2("Recurring fees")
    d.table([
        ["Line", "Description", "Basis", "Qty", "Annual fee (USD)", "Extended (USD)"],
        ["1", "Tamarind PM Core (scheduling, charge entry, A/R)", "per provider", "9", "1,140.00", "10,260.00"],
        ["2", "Eligibility and claim status", "per provider", "9", "180.00", "1,620.00"],
        ["3", "CPT\u00ae code set licence (AMA pass-through)", "per location", "3", "96.00", "288.00"],
        ["4", "Patient statements (up to 5,000 per location)", "per location", "3", "240.00", "720.00"],
        ["5", "Hosting, backup and disaster recovery", "per organization", "1", "1,800.00", "1,800.00"],
        ["", "Total recurring", "", "", "", "14,688.00"],
    ], widths=[0.4 * inch, 2.6 * inch, 1.0 * inch, 0.4 * inch, 1.1 * inch, 1.1 * inch],
        bold_last=True)
    d.h2("One-time fees")
    d.table([
        ["Description", "Amount (USD)"],
        ["Implementation and configuration", "4,500.00"],
        ["Data conversion from prior PM system", "2,000.00"],
        ["Remote training (8 sessions)", "1,200.00"],
    ], widths=[4.5 * inch, 1.5 * inch])
    d.h2("Notes")
    d.bullets([
        "Recurring fees are invoiced in advance on the Order Effective Date and on each "
        "anniversary of it. One-time fees are invoiced on signature.",
        "Line 3 is collected on behalf of the American Medical Association for the CPT "
        "content embedded in Tamarind PM Core and is remitted to the AMA net of Tamarind's "
        "processing cost. Line 3 is not subject to discount and is adjusted if the AMA "
        "changes its royalty.",
        "Adding a location adds Lines 3 and 4 for that location from the month it goes live.",
        "Prices exclude applicable taxes.",
    ])
    d.p("By signing, Customer orders the items above subject to the Tamarind Master Terms "
        "v4.2, which are incorporated by reference.")
    d.sig(V, C)
    d.build()


V = "Northgate PM Solutions, Inc."


@doc("pt06_northgate_unruled_rate_card.pdf", V, "pass_through",
     fee(1.75, "provider", "month"),
     "Unruled, space-aligned rate card (monospace): 'CPT license pass-through (AMA) per "
     "provider $1.75' under a MONTHLY RATE header; $149 PM subscription is a trap")
def _pt06(V=V):
    C = "Harbor Point Cardiology Group, LLC"
    d = Doc("pt06_northgate_unruled_rate_card.pdf",
            header="%s  -  Service Schedule 2 to Customer Agreement NG-3318" % V)
    d.h1("SERVICE SCHEDULE 2 - RATES")
    d.p("This Service Schedule 2 forms part of the Customer Agreement NG-3318 dated "
        "September 9, 2025 between %s (\"Northgate\") and %s (\"Customer\"). Capitalised "
        "terms not defined here have the meanings in the Customer Agreement." % (V, C))
    d.h2("A. Recurring services")
    d.pre(
        "SERVICE                                UNIT              MONTHLY RATE\n"
        "\n"
        "Practice management subscription       per provider          $149.00\n"
        "Clearinghouse (unlimited claims)       per provider           $35.00\n"
        "CPT license pass-through (AMA)         per provider            $1.75\n"
        "ePrescribing incl. EPCS                per prescriber         $25.00\n"
        "Patient portal and online payments     per location           $60.00\n"
        "Additional non-provider logins         per login               $0.00\n")
    d.p("Provider means each physician, nurse practitioner or physician assistant whose NPI "
        "is entered as rendering provider in the system in the month. Recurring services "
        "are billed monthly in arrears based on the highest count during the month.")
    d.h2("B. Notes on the CPT license pass-through")
    d.p("Northgate distributes CPT content under its agreement with the American Medical "
        "Association. The pass-through recovers the AMA royalty and Northgate's cost of "
        "reporting it; it is not discountable and is excluded from any promotional credit.")
    d.h2("C. Professional services")
    d.pre(
        "SERVICE                                UNIT              RATE\n"
        "\n"
        "Implementation                         per project         $3,900.00\n"
        "Custom report development              per hour             $165.00\n"
        "After-hours go-live support            per hour             $210.00\n")
    d.h2("D. Other terms")
    bp_support(d, "D.1")
    bp_taxes(d, "D.2")
    d.p("Rates in Section A are fixed for the first twelve (12) months and may then increase "
        "by no more than five percent (5%) per year on sixty days' notice.")
    d.build()


V = "Rivermark Health IT, Inc."


@doc("pt07_rivermark_second_amendment.pdf", V, "pass_through",
     fee(22.0, "provider", "year"),
     "Second Amendment replacing Section 6.4: CPT Licence Fee lowered from $27.00 to "
     "$22.00 per Provider per Contract Year; the old amount stays in the recitals")
def _pt07(V=V):
    C = "Sunnyvale Internal Medicine Group, Inc."
    d = Doc("pt07_rivermark_second_amendment.pdf", font="Times-Roman", size=11,
            header="Rivermark / Sunnyvale IMG - Second Amendment")
    d.h1("SECOND AMENDMENT TO SOFTWARE SUBSCRIPTION AGREEMENT", center=True)
    d.p("This Second Amendment (the \"Amendment\") is made effective January 1, 2026 (the "
        "\"Amendment Effective Date\") between %s (\"Rivermark\") and %s (\"Customer\")." % (V, C))
    d.h2("RECITALS")
    d.p("A. Rivermark and Customer are parties to a Software Subscription Agreement dated "
        "March 1, 2023, as amended by a First Amendment dated August 14, 2024 that added the "
        "telehealth module (together, the \"Agreement\").")
    d.p("B. Section 6.4 of the Agreement currently requires Customer to pay a CPT Licence Fee "
        "of twenty-seven dollars ($27.00) per Provider per Contract Year.")
    d.p("C. Rivermark has renegotiated its distribution terms with the American Medical "
        "Association and the parties wish to reduce the CPT Licence Fee accordingly.")
    d.h2("AGREEMENT")
    d.p("1. Section 6.4 of the Agreement is deleted in its entirety and replaced with the "
        "following:")
    d.ind("\"6.4 CPT Licence Fee. For the CPT content licensed to Customer through the "
          "Software, Customer shall pay Rivermark a CPT Licence Fee of twenty-two dollars "
          "($22.00) per Provider per Contract Year, which consists of the royalty payable to "
          "the AMA and Rivermark's administrative cost of collecting and reporting it. The "
          "CPT Licence Fee is invoiced with the first invoice of each Contract Year, based on "
          "the number of Providers active on that date, and for Providers added later, with "
          "the next monthly invoice.\"")
    d.p("2. In Exhibit B (Fees), the line \"CPT Licence Fee - $27.00 per Provider per year\" "
        "is replaced with \"CPT Licence Fee - $22.00 per Provider per year\".")
    d.p("3. The reduced fee applies to Contract Years beginning on or after the Amendment "
        "Effective Date. No credit is due for amounts invoiced before that date.")
    d.p("4. \"Provider\" continues to have the meaning in Section 1.12 of the Agreement "
        "(each physician and advanced practice clinician credentialed in the Software).")
    d.p("5. Except as expressly modified by this Amendment, the Agreement remains in full "
        "force and effect. In the event of conflict between this Amendment and the "
        "Agreement, this Amendment controls. This Amendment may be signed in counterparts "
        "and by electronic signature.")
    d.sp(10)
    d.p("IN WITNESS WHEREOF, the parties have executed this Amendment as of the Amendment "
        "Effective Date.")
    d.sig(V, C)
    d.build()


V = "Quillfeather Medical Records, Inc."


@doc("pt08_quillfeather_amounts_in_words.pdf", V, "pass_through",
     fee(112.0, "organization", "year"),
     "Services agreement with every amount in words only: a yearly CPT licence charge of "
     "one hundred twelve dollars for the Practice as a whole")
def _pt08(V=V):
    C = "Bellmont Rheumatology, P.C."
    d = Doc("pt08_quillfeather_amounts_in_words.pdf", font="Times-Roman", size=11,
            footer="%s - Records Services Agreement" % V)
    d.h1("RECORDS SERVICES AGREEMENT", center=True)
    d.p("THIS AGREEMENT is made on the twentieth day of November, two thousand twenty-five, "
        "between %s, a Delaware corporation having its office at 9 Quarry Hill Road, "
        "Burlington, Vermont (\"Quillfeather\"), and %s, a New York professional "
        "corporation (the \"Practice\")." % (V, C))
    d.h2("1. Services")
    d.p("Quillfeather shall provide the Practice with its hosted electronic record and "
        "billing service, known as Quillfeather Clinic, for use by the physicians and staff "
        "of the Practice at its offices in the State of New York, together with the help "
        "desk and upgrades described in the Service Description.")
    d.h2("2. Subscription")
    d.p("The Practice shall pay a subscription of four hundred dollars for each physician "
        "for each calendar month, and a further fifty dollars for each calendar month for "
        "each member of staff who is not a physician, in each case payable monthly in "
        "advance.")
    d.h2("3. CPT content")
    d.p("Quillfeather Clinic contains the Current Procedural Terminology published by the "
        "American Medical Association. Quillfeather holds a distribution licence from the "
        "American Medical Association and permits the Practice to use that content within "
        "Quillfeather Clinic for the Practice's own internal purposes. In consideration of "
        "that permission the Practice shall further pay, once in each calendar year, a CPT "
        "licence charge of one hundred twelve dollars for the Practice as a whole, "
        "irrespective of the number of physicians or staff using the service, which charge "
        "Quillfeather shall remit, after deducting its reasonable handling cost, to the "
        "American Medical Association.")
    d.h2("4. Setting-up")
    d.p("The Practice shall pay a setting-up fee of two thousand five hundred dollars on "
        "signature of this Agreement, which is not refundable.")
    d.h2("5. Other terms")
    bp_confidentiality(d, "5.1")
    bp_hipaa(d, "5.2", "Quillfeather")
    bp_liability(d, "5.3")
    bp_law(d, "5.4", "New York")
    bp_force(d, "5.5")
    d.sig(V, C)
    d.build()


V = "Stellarcode Coding Tools Inc."


@doc("pt09_stellarcode_desktop_encoder.pdf", V, "pass_through",
     fee(45.0, "user", "one_time"),
     "Encoder licence terms: perpetual desktop licence for one code edition with a CPT "
     "content royalty of $45.00 per named user payable once on activation")
def _pt09(V=V):
    d = Doc("pt09_stellarcode_desktop_encoder.pdf",
            header="Stellarcode Coder Desktop 2026 - Licence Terms and Price List",
            footer="\u00a9 2025 %s, 55 Canal Street, Providence, RI 02903" % V)
    d.h1("Stellarcode Coder Desktop 2026 Edition")
    d.p("Licence terms and price list for physician practices, coding companies and "
        "billing services. These terms are between %s (\"Stellarcode\") and the customer "
        "named on the purchase confirmation (\"Customer\")." % V)
    d.h2("1. What you are buying")
    d.p("Coder Desktop is an encoder and code-lookup tool installed on the Customer's own "
        "workstations. The 2026 Edition contains the 2026 code sets, coding guidance, "
        "modifier and edit checks and a crosswalk viewer. It is licensed per named user, as "
        "a perpetual licence for the 2026 Edition. It does not update to later editions; a "
        "later edition is a new purchase.")
    d.h2("2. Price list (per named user)")
    d.table([
        ["Item", "Price", "When payable"],
        ["Coder Desktop 2026 Edition - software licence", "$395.00", "once, at purchase"],
        ["CPT\u00ae content royalty (AMA)", "$45.00", "once, on activation"],
        ["Optional support plan (telephone and e-mail)", "$89.00", "per year"],
        ["Network install package (10+ users)", "$600.00", "once per site"],
    ], widths=[3.6 * inch, 1.0 * inch, 1.9 * inch])
    d.p("The CPT content royalty is Stellarcode's charge for the sublicence of the American "
        "Medical Association's CPT content contained in the 2026 Edition, and recovers the "
        "royalty that Stellarcode pays the AMA for each named user. It is payable once for "
        "each named user when that user's licence key is activated. No further CPT charge "
        "applies to that user for the 2026 Edition.")
    d.h2("3. Named users")
    d.p("A named user is an identified individual who installs or uses Coder Desktop. "
        "Licence keys may not be shared. A named user licence may be moved to a replacement "
        "employee once every ninety days; moving a licence does not require a new CPT "
        "content royalty.")
    d.h2("4. CPT terms")
    d.p("Stellarcode is party to a distribution agreement with the AMA. Customer may use CPT "
        "content only within Coder Desktop and only for its internal purposes in the "
        "United States, and may not copy, publish or create derivative works from it.")
    ama_notice_block(d, year=2025, include_gov=True, include_disclaimer=False)
    d.h2("5. General")
    bp_warranty(d, "5.1")
    bp_liability(d, "5.2")
    bp_law(d, "5.3", "Rhode Island")
    d.build()


V = "Pemberton Cloud Health, LLC"


@doc("pt10_pemberton_coding_module_elected.pdf", V, "pass_through",
     fee(19.5, "provider", "year"),
     "Condition: 'should Subscriber elect the Coding Module, an AMA fee of $19.50 per "
     "Practitioner per annum'; the Order Form ticks the Coding Module")
def _pt10(V=V):
    C = "Tri-County Podiatry Associates, LLC"
    d = Doc("pt10_pemberton_coding_module_elected.pdf",
            header="%s - Subscription Agreement and Order Form" % V)
    d.h1("SUBSCRIPTION AGREEMENT")
    d.p("This Subscription Agreement is between %s (\"Pemberton\") and the subscriber named in "
        "the Order Form (\"Subscriber\"). It takes effect on the date the Order Form is "
        "signed by both parties." % V)
    d.h2("1. Service")
    d.p("1.1 Pemberton provides the Pemberton Cloud platform (scheduling, documentation, "
        "patient intake and reporting) and any optional modules that Subscriber elects on "
        "an Order Form.")
    d.p("1.2 Practitioner means each physician, podiatrist, nurse practitioner or other "
        "clinician for whom Subscriber maintains a practitioner profile in the service.")
    d.h2("2. Fees")
    d.p("2.1 Subscriber shall pay the Subscription Fees in the Order Form monthly in "
        "advance.")
    d.p("2.2 Optional modules are charged at the rates in the Order Form from the month in "
        "which they are enabled.")
    d.h2("3. Third-party content")
    d.p("3.1 The core platform does not display procedure codes. Procedure code content is "
        "delivered only through the optional Coding Module.")
    d.p("3.2 Coding Module. Should Subscriber elect the Coding Module on an Order Form, "
        "Subscriber shall pay, in addition to the Subscription Fees, an AMA fee of $19.50 "
        "per Practitioner per annum in respect of the CPT\u00ae content that Pemberton makes "
        "available through the Coding Module under its licence from the American Medical "
        "Association, invoiced each January (or, in the first year, when the Coding Module "
        "is enabled).")
    d.p("3.3 Subscriber shall not remove CPT content from the service or use it in any "
        "other system.")
    d.h2("4. General")
    bp_data(d, "4.1")
    bp_liability(d, "4.2")
    bp_term(d, "4.3", years=1, notice=30)
    bp_law(d, "4.4", "Colorado")
    d.pb()
    d.h1("ORDER FORM PC-88120")
    d.table([
        ["Subscriber", C],
        ["Practitioners", "6"],
        ["Start date", "December 1, 2025"],
        ["Term", "12 months, renewing"],
    ], widths=[1.6 * inch, 5.0 * inch], head=False)
    d.h2("Platform")
    d.table([
        ["Item", "Rate"],
        ["Pemberton Cloud platform", "$119.00 per Practitioner per month"],
        ["Additional staff logins", "$15.00 per login per month"],
    ], widths=[3.3 * inch, 3.3 * inch])
    d.h2("Optional modules (tick to elect)")
    d.checkbox(True, "Coding Module - CPT\u00ae / HCPCS code lookup, charge capture and claim "
               "scrubber - $39.00 per Practitioner per month")
    d.checkbox(False, "Patient Payments Module - $49.00 per location per month")
    d.checkbox(True, "Reminders Module - $0.06 per text message")
    d.checkbox(False, "Analytics Module - $150.00 per month")
    d.sp(8)
    d.sig(V, C)
    d.build()


V = "ClaimBridge Exchange, Inc."


@doc("pt11_claimbridge_enrollment_terms.pdf", V, "pass_through",
     fee(2.0, "organization", "month"),
     "Clearinghouse enrolment terms where 'Provider' is the practice: CPT Content Fee "
     "$2.00 per month per enrolled Tax Identification Number for web claim entry; "
     "per-claim fees are a trap")
def _pt11(V=V):
    C = "Oakridge Physical Therapy, PLLC"
    d = Doc("pt11_claimbridge_enrollment_terms.pdf", size=9.5,
            header="ClaimBridge Exchange - Provider Enrollment Terms (rev. 2025-07)",
            footer="%s  |  EDI Services  |  800 Market Street, Chattanooga, TN 37402" % V)
    d.h1("Provider Enrollment Terms")
    d.p("These Provider Enrollment Terms (\"Terms\") apply when a health care provider "
        "enrolls for electronic claim and remittance services with %s (\"ClaimBridge\"). In "
        "these Terms, \"Provider\" means the physician, group practice or other health care "
        "provider organization named on the Enrollment Form, and includes its employees and "
        "agents acting on its behalf." % V)
    d.h2("1. Enrollment")
    d.p("1.1 Provider shall complete an Enrollment Form for each Tax Identification Number "
        "(\"TIN\") under which it submits claims. ClaimBridge will submit payer enrollment "
        "requests for electronic claims (837P/837I), electronic remittance (835) and "
        "eligibility (270/271) for the payers Provider selects.")
    d.p("1.2 Provider authorizes ClaimBridge to act as its billing agent solely for the "
        "transmission of transactions and not for coding, billing judgement or collection.")
    d.h2("2. Provider responsibilities")
    d.p("Provider is solely responsible for the accuracy of all claim content, for "
        "compliance with payer rules and for retaining source documentation. Provider shall "
        "keep its credentials confidential and notify ClaimBridge of any unauthorized use.")
    d.h2("3. Fees")
    d.table([
        ["Service", "Fee"],
        ["Professional claims (837P)", "$0.29 per claim"],
        ["Electronic remittance (835)", "$0.00"],
        ["Real-time eligibility", "$0.12 per inquiry"],
        ["Paper claim drop-to-print", "$0.65 per claim"],
        ["Monthly minimum", "$25.00 per TIN"],
    ], widths=[3.4 * inch, 3.0 * inch])
    d.h2("4. Code set content")
    d.p("4.1 Where Provider submits claims by keying them into ClaimBridge's web claim entry "
        "screens, those screens display CPT\u00ae codes and descriptors, which ClaimBridge "
        "sublicenses to Provider under its distribution agreement with the American Medical "
        "Association. For that content Provider shall pay ClaimBridge a CPT Content Fee of "
        "$2.00 per month for each TIN enrolled for web claim entry. The CPT Content Fee is "
        "not a per-claim charge and is billed with the monthly statement.")
    d.p("4.2 Where Provider only uploads claim files created in its own practice management "
        "system, no CPT Content Fee applies, and Provider's licence for that system governs.")
    d.h2("5. General")
    bp_hipaa(d, "5.1", "ClaimBridge")
    bp_liability(d, "5.2")
    bp_law(d, "5.3", "Tennessee")
    d.pb()
    d.h1("ENROLLMENT FORM")
    d.table([
        ["Provider legal name", C],
        ["TIN", "XX-XXX4417"],
        ["Group NPI", "1XXXXXX902"],
        ["Rendering providers", "5 physical therapists"],
        ["Submission method", "[X] Web claim entry    [ ] File upload from PM system"],
        ["Payers", "Medicare Part B (JJ), BlueCross BlueShield of Tennessee, Cigna, UHC"],
        ["Start date", "January 5, 2026"],
    ], widths=[1.8 * inch, 4.8 * inch], head=False)
    d.p("By signing, Provider accepts the Provider Enrollment Terms above.")
    d.sig(V, C)
    d.build()


V = "Meridian Revenue Partners, LLC"


@doc("pt12_meridian_billing_services.pdf", V, "pass_through",
     fee(21.0, "provider", "year"),
     "Billing-company agreement where 'Provider' is the practice: Company invoices the AMA "
     "CPT royalty $18.50 plus $2.50 handling per billing clinician each January; 6.5% of "
     "collections is a trap")
def _pt12(V=V):
    C = "Lakeview Counseling Group, PC"
    d = Doc("pt12_meridian_billing_services.pdf", font="Times-Roman", size=10.5,
            header="Meridian Revenue Partners - Billing Services Agreement")
    d.h1("BILLING SERVICES AGREEMENT", center=True)
    d.p("This Billing Services Agreement is entered into as of October 1, 2025 by and between "
        "%s, a Georgia limited liability company (\"Company\"), and %s, a Georgia "
        "professional corporation (\"Provider\")." % (V, C))
    d.h2("1. Engagement")
    d.p("1.1 Provider engages Company to perform the billing and collection services in "
        "Exhibit 1 for professional services rendered by Provider's clinicians (the "
        "\"Billing Clinicians\"). Company does not assign codes; Provider's clinicians "
        "select procedure and diagnosis codes, and Company reviews them for completeness "
        "before submission.")
    d.p("1.2 Company performs the services using its own practice management system, "
        "MeridianPM, in which Provider's Billing Clinicians and office staff enter "
        "appointments and charges.")
    d.h2("2. Compensation")
    d.p("2.1 Provider shall pay Company six and one-half percent (6.5%) of Net Collections "
        "each month. Net Collections means payments received on Provider's accounts less "
        "refunds and recoupments.")
    d.p("2.2 Patient statements are charged at $0.85 per statement mailed.")
    d.h2("3. CPT licensing")
    d.p("3.1 MeridianPM contains CPT\u00ae content licensed to Company by the American "
        "Medical Association. Company sublicenses that content to Provider for use within "
        "MeridianPM only.")
    d.p("3.2 Company will invoice Provider each January for the AMA CPT end-user royalty at "
        "$18.50 per Billing Clinician, plus a handling charge of $2.50 per Billing Clinician, "
        "based on the Billing Clinicians active on January 1. Billing Clinicians who join "
        "during the year are invoiced the same amounts in the following month. These "
        "amounts are in addition to, and are not part of, the compensation in Section 2.")
    d.p("3.3 Provider consents to Company reporting Provider's name and user counts to the "
        "AMA as required by Company's distribution agreement.")
    d.h2("4. Provider obligations")
    d.p("Provider shall deliver complete charge and demographic information within three "
        "business days of service, shall forward all correspondence from payers, and "
        "remains responsible for the accuracy of the codes its clinicians select.")
    d.h2("5. General")
    bp_hipaa(d, "5.1", "Company")
    bp_confidentiality(d, "5.2")
    bp_term(d, "5.3", years=2, notice=90)
    bp_liability(d, "5.4")
    bp_law(d, "5.5", "Georgia")
    d.sig(V, C)
    d.build()


V = "Harborlight EHR, Inc."


@doc("pt13_harborlight_faq_no_amount.pdf", V, "pass_through", None,
     "FAQ: vendor collects the AMA licensing fee per active provider on the first invoice "
     "each year, but no amount is stated anywhere (fee null)")
def _pt13(V=V):
    d = Doc("pt13_harborlight_faq_no_amount.pdf",
            header="support.harborlight.example  >  Billing  >  AMA CPT codes",
            footer="Copyright 2025 %s. Harborlight is a registered trademark of %s." % (V, V))
    d.h1("CPT\u00ae codes and American Medical Association fees - FAQ")
    d.p("The American Medical Association (AMA) owns the rights to CPT\u00ae (Current "
        "Procedural Terminology) codes and requires licensing fees for each health care "
        "provider who uses them. Like other practice management and EHR companies, "
        "Harborlight is required to collect these licensing fees once a year on behalf of "
        "the AMA.")
    d.q("How much is the fee?")
    d.p("The amount is set by the AMA for each calendar year and may change from year to "
        "year. The current amount is shown as a separate line on your invoice and under "
        "Billing > Subscription > AMA licensing in your Harborlight account.")
    d.q("When is the fee billed?")
    d.p("Providers who use CPT codes are billed on the first invoice of each year. If a new "
        "provider joins your practice during the year and uses CPT codes, the fee for that "
        "provider appears on your next invoice.")
    d.q("Do I pay for providers who are not using CPT codes?")
    d.p("No. Providers who have not used and will not use CPT codes during the calendar "
        "year are not charged. Harborlight treats any user who has attached a CPT code to a "
        "service, note or claim during the year as a provider for this purpose.")
    d.q("Can I pay the AMA directly?")
    d.p("No. The AMA charges EHR companies for the use of CPT codes in their software, so "
        "we collect the fee from you on the AMA's behalf.")
    d.q("Will I be charged sales tax on the fee?")
    d.p("Not at present. Tax may apply in future if the rules in your state change.")
    d.q("Will the fee go up next year?")
    d.p("We will let you know ahead of time about any change the AMA makes to its fee.")
    d.q("I use another billing tool too. Does paying Harborlight cover it?")
    d.p("No. The AMA licenses CPT codes separately for each software product, so each "
        "product you use is responsible for its own licensing.")
    d.small("Still have questions? Contact Harborlight Support from the Help menu in your "
            "account.")
    d.build()


V = "Cadence Notes, Inc."


@doc("pt14_cadence_pricing_page.pdf", V, "pass_through", fee(1.6, "user", "month"),
     "Pricing web page: plan prices per user per month, plus 'AMA CPT royalty $1.60 per "
     "user per month'; the AMA direct price in a footnote is a trap")
def _pt14(V=V):
    d = Doc("pt14_cadence_pricing_page.pdf",
            header="cadencenotes.example/pricing",
            footer="\u00a9 2026 %s  \u00b7  Pricing in USD  \u00b7  Prices subject to change" % V)
    d.h1("Simple pricing for growing practices", center=True)
    d.center("Every plan includes unlimited clients, secure messaging and a 30-day free trial.")
    d.table([
        ["", "Solo", "Team", "Clinic"],
        ["Price", "$39 per user / month", "$59 per user / month", "$79 per user / month"],
        ["Users", "1", "2-15", "16+"],
        ["Notes and scheduling", "Yes", "Yes", "Yes"],
        ["Insurance billing and claims", "-", "Yes", "Yes"],
        ["Superbills with CPT\u00ae and ICD-10 codes", "Yes", "Yes", "Yes"],
        ["Dedicated success manager", "-", "-", "Yes"],
    ], widths=[2.2 * inch, 1.5 * inch, 1.5 * inch, 1.5 * inch])
    d.h2("Add-ons and pass-through charges")
    d.table([
        ["Item", "Price"],
        ["Telehealth", "$10 per user / month"],
        ["Text reminders", "$0.05 per message"],
        ["AMA CPT\u00ae royalty*", "$1.60 per user / month"],
        ["Claim submission", "Included on Team and Clinic"],
    ], widths=[3.0 * inch, 3.0 * inch])
    d.small("* CPT codes are owned by the American Medical Association. Cadence distributes "
            "them under a licence from the AMA and collects the AMA's royalty, plus a small "
            "processing amount, as a separate line on your monthly invoice for every user on "
            "any plan. It is not discounted with annual billing.")
    d.h2("Frequently asked questions")
    d.q("Why not license CPT directly from the AMA?")
    d.p("You can license CPT for your own internal systems directly from the AMA, which "
        "publishes its own rates (for 2025, an entity fee plus $18.50 for each user per "
        "year). A direct licence does not cover the codes that Cadence distributes inside "
        "its software, so the Cadence royalty line still applies.")
    d.q("Do you offer annual billing?")
    d.p("Yes. Pay annually and save 15% on your plan price. Add-ons and the AMA CPT royalty "
        "are billed monthly.")
    d.q("Can I change plans?")
    d.p("Upgrade at any time; downgrades take effect at the end of your billing period.")
    d.build()


V = "Kestrel Rehab Software Co."


@doc("pt15_kestrel_two_column_terms.pdf", V, "pass_through",
     fee(21.5, "provider", "year"),
     "Two-column terms of service (rehab/PT): AMA Royalty $18.50 plus Processing Fee $3.00 "
     "per Licensed Therapist per Subscription Year, in separate run-in paragraphs")
def _pt15(V=V):
    C = "the Customer identified in the Order"
    d = Doc("pt15_kestrel_two_column_terms.pdf", size=8.5, columns=2,
            footer="%s  -  Terms of Service  -  Version 6 (effective January 1, 2026)" % V)
    d.h1("KESTREL TERMS OF SERVICE", center=True)
    d.center("These Terms govern the Kestrel rehab EMR and billing service provided by %s "
             "(\"Kestrel\") to %s (\"Customer\")." % (V, C))
    d.fb()
    d.h2("1. The Service")
    d.p("Kestrel provides a hosted documentation, scheduling and billing service for "
        "physical, occupational and speech therapy practices. Kestrel may improve the "
        "service from time to time but will not materially reduce its core functionality "
        "during a Subscription Year.")
    d.h2("2. Accounts")
    d.p("Customer shall designate an administrator who manages user accounts. Each user "
        "must have a unique login. A \"Licensed Therapist\" is each therapist or therapy "
        "assistant whose account can sign notes or be named as rendering provider.")
    d.h2("3. Subscription Year")
    d.p("A Subscription Year is each twelve-month period beginning on the start date in the "
        "Order or an anniversary of it.")
    d.h2("4. Subscription Fees")
    d.p("Customer shall pay the per-therapist monthly subscription fees stated in the Order, "
        "monthly in advance by card or ACH.")
    d.h2("5. Acceptable Use")
    d.p("Customer shall not use the service to store content unrelated to patient care, "
        "attempt to probe its security, or resell access to third parties.")
    d.h2("6. Data")
    d.p("Customer owns its data. Kestrel processes it only to provide the service and as "
        "the Business Associate Agreement permits.")
    d.h2("7. Availability")
    d.p("Kestrel targets 99.7% monthly availability excluding scheduled maintenance and "
        "will credit 5% of the monthly fee for each full 0.5% shortfall.")
    d.h2("8. CPT Content")
    d.p("The service contains CPT\u00ae codes and descriptors licensed by the American "
        "Medical Association to Kestrel. Kestrel grants Customer a non-transferable "
        "sublicense to use that content within the service for Customer's internal use in "
        "the United States.")
    d.h2("9. CPT Charges")
    d.p("9.1 AMA Royalty. $18.50 per Licensed Therapist per Subscription Year.")
    d.p("9.2 Processing Fee. $3.00 per Licensed Therapist per Subscription Year, covering "
        "Kestrel's cost of counting users and reporting and paying the AMA.")
    d.p("9.3 Both charges are invoiced at the start of each Subscription Year and for "
        "therapists added later, in the month added. Neither is refundable if a therapist "
        "leaves during the year.")
    d.h2("10. Changes to Charges")
    d.p("Kestrel may change subscription fees at renewal on sixty days' notice and may pass "
        "through any change in the AMA Royalty at the start of a Subscription Year.")
    d.h2("11. Warranty")
    d.p("Kestrel warrants the service will perform materially as documented. Otherwise the "
        "service is provided as is.")
    d.h2("12. Liability")
    d.p("Neither party is liable for indirect or consequential loss. Each party's total "
        "liability is capped at the fees paid in the prior twelve months.")
    d.h2("13. Termination")
    d.p("Either party may terminate for uncured material breach on thirty days' notice. "
        "Customer may export its data for sixty days after termination.")
    d.h2("14. Law")
    d.p("These Terms are governed by the laws of the State of Oregon.")
    d.build()


V = "Ashdown Medical Systems, L.P."


@doc("pt16_ashdown_long_provisos.pdf", V, "pass_through",
     fee(19.75, "provider", "year"),
     "One very long sentence with many provisos: $19.75 per Physician per calendar year "
     "(royalty + cost of collection); a $24 cap and prior-year history are traps")
def _pt16(V=V):
    C = "Greenfield Surgical Associates, S.C."
    d = Doc("pt16_ashdown_long_provisos.pdf", font="Times-Roman", size=10.5,
            header="Ashdown Medical Systems, L.P. - Licence Agreement - Part C")
    d.h1("LICENCE AGREEMENT - PART C: CODE SET PROVISIONS", center=True)
    d.p("This Part C supplements the Licence Agreement dated the first day of December 2025 "
        "between %s (the \"Licensor\") and %s (the \"Licensee\") and, save where the context "
        "otherwise requires, words defined in Part A bear the same meanings here." % (V, C))
    d.h2("C.1 Procedural terminology")
    d.p("C.1.1 Inasmuch as the System incorporates, and the Licensee and its Physicians will "
        "in the ordinary course of using the System view, select, transmit and report upon, "
        "the procedural terminology known as Current Procedural Terminology, which is the "
        "copyright work of the American Medical Association (the \"AMA\") and which the "
        "Licensor is authorised to distribute by an agreement with the AMA that is in force "
        "at the date of this Part C, the Licensee shall, in consideration of the sublicence "
        "granted in C.1.2 and in addition to (and not in diminution of) the Licence Fees "
        "payable under Part B, pay to the Licensor, on or before the thirty-first day of "
        "January in each calendar year during the Term (or, in the case of any Physician "
        "first given access to the System after that date, within thirty days after the "
        "date of such access), a sum equal to nineteen dollars and seventy-five cents "
        "($19.75) per Physician per calendar year, which sum comprises the royalty that the "
        "Licensor is obliged to remit to the AMA in respect of each such Physician together "
        "with the Licensor's reasonable cost of collection and reporting; provided always "
        "that no such sum shall be payable in respect of any Physician whose access to the "
        "System has been withdrawn before the first day of the calendar year concerned; and "
        "provided further that, where the AMA alters the royalty it charges the Licensor, "
        "the Licensor may, by not less than sixty days' written notice expiring on the first "
        "day of a calendar year, vary the said sum by the amount of that alteration, save "
        "that the said sum shall not in any calendar year exceed twenty-four dollars "
        "($24.00) per Physician without the Licensee's prior written consent; and provided "
        "further still that nothing in this C.1.1 shall oblige the Licensor to refund any "
        "part of the said sum in respect of a Physician who ceases to have access during a "
        "calendar year.")
    d.p("C.1.2 Subject to payment of the sums in C.1.1, the Licensor grants the Licensee a "
        "non-exclusive, non-transferable sublicence, which shall terminate upon termination "
        "of the Licensor's agreement with the AMA unless the AMA consents otherwise or the "
        "Licensee enters into a licence directly with the AMA, to use the said terminology "
        "within the System, and only within the System, for the Licensee's internal "
        "purposes within the United States, and the Licensee shall not (nor permit any "
        "affiliate, subsidiary or other legal entity, however designated, to) copy, "
        "publish, translate or create derivative works from it.")
    d.p("C.1.3 For the avoidance of doubt the sum payable for the calendar year 2025 under "
        "the Licensor's former standard terms, being eighteen dollars and fifty cents per "
        "Physician, is superseded by C.1.1 for all calendar years beginning on or after the "
        "first day of January 2026.")
    d.p("C.1.4 \"Physician\" means each physician, podiatrist and advanced practice "
        "clinician whom the Licensee enrols in the System as a rendering provider.")
    d.h2("C.2 Other code sets")
    d.p("The ICD-10-CM and HCPCS Level II code sets included in the System are published by "
        "agencies of the United States Government and no charge is made for them.")
    d.h2("C.3 Miscellaneous")
    bp_notices(d, "C.3.1")
    bp_force(d, "C.3.2")
    d.sig(V, C)
    d.build()


V = "VistaConnect Telehealth, Inc."


@doc("pt17_vistaconnect_telehealth_terms.pdf", V, "pass_through",
     fee(22.0, "location", "year"),
     "Telehealth platform terms: Clinic Plan superbills carry an annual CPT licence fee of "
     "$22.00 per clinic location; $1.10 per-visit fee and seat prices are traps")
def _pt17(V=V):
    d = Doc("pt17_vistaconnect_telehealth_terms.pdf", size=9.5,
            header="VistaConnect - Clinic Plan Terms",
            footer="%s, 1500 Harbor Boulevard, Suite 12, San Diego, CA 92101" % V)
    d.h1("VistaConnect Clinic Plan - Terms of Service")
    d.small("Last updated September 30, 2025")
    d.p("These Clinic Plan Terms apply to clinics that subscribe to the VistaConnect Clinic "
        "Plan. They supplement the VistaConnect Terms of Use. \"We\", \"us\" and "
        "\"VistaConnect\" mean %s; \"you\" means the clinic organization that subscribes." % V)
    d.h2("1. What the Clinic Plan includes")
    d.bullets([
        "Video visits with waiting room, screen sharing and interpreter join-in.",
        "Online scheduling and intake forms.",
        "Visit documentation templates and superbills that show CPT\u00ae procedure codes "
        "and ICD-10-CM diagnosis codes.",
        "Card payments and payment links.",
    ])
    d.h2("2. Prices")
    d.table([
        ["Charge", "Amount"],
        ["Clinician seat", "$45 per clinician per month"],
        ["Front-desk seat", "$15 per seat per month"],
        ["Completed video visit", "$1.10 per visit"],
        ["CPT licence fee", "$22.00 per clinic location per year"],
    ], widths=[2.8 * inch, 3.6 * inch])
    d.p("A clinic location is each physical address you list in Settings > Locations. "
        "Virtual-only practices count as one location.")
    d.h2("3. CPT\u00ae codes")
    d.p("The superbill feature uses CPT codes owned by the American Medical Association "
        "(AMA). We distribute CPT under a licence from the AMA and sublicense it to you for "
        "use within VistaConnect only. The CPT licence fee recovers the royalty we pay the "
        "AMA and our administration cost. It is charged once a year on your subscription "
        "anniversary, and for new locations when they are added.")
    d.h2("4. Your responsibilities")
    d.p("You are responsible for the clinical care you provide, for confirming that "
        "telehealth services are appropriate and permitted in the patient's state, and for "
        "the codes you choose on superbills.")
    d.h2("5. Cancellation")
    d.p("You may cancel at any time; seats end at the close of the current month. The CPT "
        "licence fee is not refunded on cancellation.")
    d.h2("6. Other terms")
    bp_hipaa(d, "6.1", "VistaConnect")
    bp_liability(d, "6.2")
    bp_law(d, "6.3", "California")
    d.build()


V = "Blue Heron Clinical, Inc."


@doc("pt18_blueheron_exhibit_c.pdf", V, "pass_through", fee(24.0, "user", "year"),
     "MSA body refers CPT fees to Exhibit C after a signature page; Exhibit C sets a CPT "
     "Sublicence Fee of twenty-four dollars per Authorized User per Subscription Year")
def _pt18(V=V):
    C = "Pioneer Valley Women's Health, LLC"
    d = Doc("pt18_blueheron_exhibit_c.pdf", font="Times-Roman", size=10.5,
            header="Blue Heron Clinical - Master Subscription Agreement")
    d.h1("MASTER SUBSCRIPTION AGREEMENT", center=True)
    d.p("This Master Subscription Agreement (\"Agreement\") is made as of January 15, 2026 "
        "between %s, a Massachusetts corporation (\"Blue Heron\"), and %s (\"Customer\")." % (V, C))
    d.h2("1. Subscription")
    d.p("Blue Heron grants Customer a right for its Authorized Users to use the Blue Heron "
        "OB/GYN EHR and practice management service (the \"Service\") during the Term. An "
        "\"Authorized User\" is an individual to whom Customer assigns a login.")
    d.h2("2. Fees")
    d.p("2.1 Customer shall pay the Subscription Fees in Exhibit A.")
    d.p("2.2 The Service includes CPT\u00ae content. The terms of, and the fees for, the "
        "sublicence of that content are set out in Exhibit C.")
    bp_taxes(d, "2.3")
    d.h2("3. Term")
    bp_term(d, "3.1", years=3, notice=60)
    d.h2("4. General")
    bp_confidentiality(d, "4.1")
    bp_warranty(d, "4.2")
    bp_liability(d, "4.3")
    bp_law(d, "4.4", "Massachusetts")
    bp_assign(d, "4.5")
    d.pb()
    d.h2("SIGNATURE PAGE", center=True)
    d.p("IN WITNESS WHEREOF, the parties have caused this Agreement, including Exhibits A, "
        "B and C, to be executed by their duly authorised representatives.")
    d.sig(V, C)
    d.p("Exhibit A - Subscription Fees<br/>Exhibit B - Business Associate Agreement<br/>"
        "Exhibit C - CPT Sublicence and Fee", raw=True)
    d.pb()
    d.h2("EXHIBIT A - SUBSCRIPTION FEES", center=True)
    d.table([
        ["Item", "Fee"],
        ["Service - provider users", "$299 per provider user per month"],
        ["Service - staff users", "$49 per staff user per month"],
        ["Implementation", "$5,000 one time"],
    ], widths=[3.0 * inch, 3.4 * inch])
    d.h2("EXHIBIT C - CPT SUBLICENCE AND FEE", center=True)
    d.p("C1. Blue Heron is party to a licence agreement with the American Medical "
        "Association (\"AMA\") and grants Customer a limited, non-exclusive, non-transferable "
        "sublicence to use CPT content within the Service solely for Customer's internal use "
        "in the United States.")
    d.p("C2. CPT Sublicence Fee. Customer shall pay twenty-four dollars ($24.00) per "
        "Authorized User per Subscription Year, invoiced in advance. Subscription Year means "
        "each twelve-month period from the Effective Date.")
    d.p("C3. Customer consents to Blue Heron reporting its name and Authorized User count to "
        "the AMA. The AMA is a third-party beneficiary of this Exhibit C.")
    d.p("C4. The sublicence terminates if Blue Heron's agreement with the AMA terminates, "
        "unless Customer has entered into a licence directly with the AMA.")
    ama_notice_block(d, year=2025, include_gov=True, include_disclaimer=True)
    d.build()


# ===========================================================================
# VENDOR COVERS
# ===========================================================================

V = "Sandpiper Therapy Software, LLC"


@doc("vc01_sandpiper_ama_end_user_terms.pdf", V, "vendor_covers", None,
     "End-user terms page with the AMA-required clauses: vendor as party to an AMA licence "
     "grants a CPT sublicence; no CPT fee anywhere")
def _vc01(V=V):
    d = Doc("vc01_sandpiper_ama_end_user_terms.pdf", size=9.5,
            header="Sandpiper  |  Legal  |  AMA CPT End User Terms",
            footer="\u00a9 2025 %s, a Therapy Cloud Holdings company. All rights reserved." % V)
    d.h1("End User Terms for AMA CPT\u00ae Content")
    d.p("These terms apply to every customer of the Sandpiper therapy practice platform "
        "(\"Customer\") and form part of Customer's subscription agreement with %s (the "
        "\"Company\")." % V)
    d.p("1. The Company's products use content from Current Procedural Terminology, Fourth "
        "Edition (\"CPT\"), which is copyrighted by the American Medical Association "
        "(\"AMA\"). CPT\u00ae is a registered trademark of the AMA.")
    d.p("2. The Company, as a party to a license agreement with the AMA, is authorized to "
        "grant Customer a limited, non-exclusive, non-transferable, non-sublicensable "
        "license to use CPT content in the Company's products for Customer's internal use "
        "within the United States. This sublicense ends automatically if the Company's "
        "agreement with the AMA ends, unless the AMA consents in writing or Customer enters "
        "into a license directly with the AMA.")
    d.p("3. Delivery of updated CPT content in the Company's products depends on the "
        "Company's continuing relationship with the AMA.")
    d.p("4. Customer may not make CPT content publicly available, create derivative works "
        "(including translations), or transfer, sell, lease or license the Company's "
        "products or any portion of CPT content to any unauthorized party, including a "
        "subsidiary, affiliate or other legal entity.")
    d.p("5. To the extent the law allows, Customer uses CPT content at its own risk and it "
        "is provided as is, without warranty of any kind. The AMA does not directly or "
        "indirectly practice medicine or dispense medical services. Fee schedules, relative "
        "value units, conversion factors and/or related components are not assigned by the "
        "AMA, are not part of CPT, and the AMA is not recommending their use. CPT content "
        "does not replace the AMA's CPT print publication or other official CPT "
        "publications.")
    d.p("6. Customer must keep the AMA's copyright notices and trademark markings on all "
        "copies of CPT content it is permitted to make.")
    d.p("7. The AMA is a third-party beneficiary of these terms with respect to CPT content.")
    d.p("8. Customer consents to the Company releasing Customer's name and the number of "
        "Customer's users to the AMA as required by the Company's agreement with the AMA.")
    d.p("9. These terms survive termination of the Customer's subscription for as long as "
        "Customer retains any copy of CPT content.")
    d.p("10. Customer may not use CPT content outside the United States.")
    d.p("11. U.S. Government rights in CPT are limited to those in FARS 52.227-14 (Data "
        "Rights - General) and DFARS 252.227-7015 (Technical Data - Commercial Items), as "
        "applicable.")
    d.p("12. The AMA's sole responsibility is to replace defective media, if any. The AMA "
        "disclaims liability for consequences arising from use, non-use or interpretation "
        "of CPT content.")
    d.h2("Questions")
    d.p("Contact legal@sandpiper.example. For help using codes in your notes and claims, "
        "see the Billing section of the Sandpiper Help Center.")
    d.build()


V = "Orchard Lane Health, Inc."


@doc("vc02_orchardlane_faq_no_ama_fee.pdf", V, "vendor_covers", None,
     "Help FAQ: 'we do not charge an AMA fee'; vendor holds a distribution licence and pays "
     "the royalty itself; subscription price and a competitor's ~$20 fee are traps")
def _vc02(V=V):
    d = Doc("vc02_orchardlane_faq_no_ama_fee.pdf",
            header="Orchard Lane Help  \u203a  Account & billing  \u203a  CPT codes",
            footer="\u00a9 2026 %s  \u00b7  help.orchardlane.example" % V)
    d.h1("Do you charge an AMA fee for CPT\u00ae codes?")
    d.small("Updated January 8, 2026")
    d.p("Short answer: no. Several practice-management and EHR companies have started adding "
        "a yearly American Medical Association fee to their invoices, typically around $20 "
        "per clinician per year. Orchard Lane does not.")
    d.q("How can you include CPT codes without charging for them?")
    d.p("Orchard Lane holds a distribution licence from the AMA. We report our user counts to "
        "the AMA and pay the royalty for every clinician and staff member on your account "
        "ourselves. The cost is built into your subscription price, and we do not add it to "
        "your invoice as a separate line.")
    d.q("What does my subscription cost?")
    d.p("Orchard Lane Essentials is $89 per clinician per month and Orchard Lane Complete is "
        "$129 per clinician per month. Admin and billing seats are free on both plans. Those "
        "prices are all you pay for CPT access.")
    d.q("Will this change?")
    d.p("We have no plans to add a separate AMA charge. If that ever changed we would give "
        "you at least 90 days' notice and the right to cancel without penalty.")
    d.q("Do I need my own licence from the AMA?")
    d.p("Not for using CPT codes inside Orchard Lane. Licensing is per application, so if "
        "your practice uses other software that contains CPT codes, check with that vendor.")
    d.q("Where can I read the licence terms?")
    d.p("The AMA's end-user terms for CPT content are in Settings > Legal > Third-party "
        "terms, and are part of your subscription agreement.")
    d.build()


V = "Greystone Practice Systems, Inc."


@doc("vc03_greystone_amendment_now_included.pdf", V, "vendor_covers", None,
     "Third Amendment deleting a $20.00 per Provider CPT pass-through and making CPT "
     "royalties included in Subscription Fees; the old fee stays in the recital")
def _vc03(V=V):
    C = "Cedar Bluff Family Health Center, Inc."
    d = Doc("vc03_greystone_amendment_now_included.pdf", font="Times-Roman", size=11,
            header="Greystone / Cedar Bluff - Third Amendment")
    d.h1("THIRD AMENDMENT TO MASTER AGREEMENT", center=True)
    d.p("This Third Amendment is entered into as of December 1, 2025 by %s (\"Greystone\") "
        "and %s (\"Client\") and amends the Master Agreement between them dated June 30, "
        "2022 (as previously amended, the \"Agreement\")." % (V, C))
    d.p("WHEREAS, Section 5.2 of the Agreement provides for a CPT Pass-Through Fee of "
        "twenty dollars ($20.00) per Provider per year; and")
    d.p("WHEREAS, in connection with Client's renewal for a further three-year term, the "
        "parties wish to eliminate that fee;")
    d.p("NOW, THEREFORE, the parties agree as follows:")
    d.p("1. Section 5.2. Section 5.2 of the Agreement is deleted and replaced with: \"5.2 "
        "CPT Royalties. All royalties payable to the American Medical Association for CPT "
        "content made available to Client through the Licensed Products are included in the "
        "Subscription Fees. Greystone shall not invoice any separate CPT, AMA or code-set "
        "charge.\"")
    d.p("2. Schedule 2. The row \"CPT Pass-Through Fee\" is deleted from Schedule 2 (Fees).")
    d.p("3. Effective date. Paragraphs 1 and 2 apply from January 1, 2026. The CPT "
        "Pass-Through Fee invoiced for 2025 remains payable.")
    d.p("4. Renewal. The Term is extended to December 31, 2028. Subscription Fees for 2026 "
        "are as set out in the renewal quote dated November 12, 2025.")
    d.p("5. Effect. Except as amended here, the Agreement is unchanged and remains in "
        "full force. This Amendment controls over any inconsistent term of the Agreement.")
    d.sig(V, C)
    d.build()


V = "Lattice Point Software LLC"


@doc("vc04_latticepoint_quote_cpt_zero.pdf", V, "vendor_covers", None,
     "Quote table with a 'CPT content licence (AMA) - Included - $0.00' row among priced "
     "lines; per-user subscription prices are traps")
def _vc04(V=V):
    C = "Summit Ridge Urgent Care, LLC"
    d = Doc("vc04_latticepoint_quote_cpt_zero.pdf", size=9.5,
            footer="%s  \u00b7  Quote Q-20417  \u00b7  Valid until February 28, 2026" % V)
    d.h1("QUOTE Q-20417")
    d.p("Prepared for %s by %s. This quote becomes an Order when signed by the customer and "
        "countersigned by Lattice Point." % (C, V))
    d.table([
        ["#", "Product", "Unit", "Qty", "Unit price (annual)", "Amount"],
        ["1", "Lattice UC - EHR and PM", "per user", "22", "$1,020.00", "$22,440.00"],
        ["2", "Kiosk check-in", "per location", "2", "$900.00", "$1,800.00"],
        ["3", "CPT\u00ae content licence (AMA)", "per user", "22", "Included", "$0.00"],
        ["4", "Occupational medicine add-on", "per location", "2", "$1,500.00", "$3,000.00"],
        ["5", "Interfaces (lab, radiology)", "per interface", "2", "$1,200.00", "$2,400.00"],
        ["", "Annual total", "", "", "", "$29,640.00"],
    ], widths=[0.3 * inch, 2.3 * inch, 0.9 * inch, 0.4 * inch, 1.3 * inch, 1.0 * inch],
        bold_last=True)
    d.h2("Terms")
    d.bullets([
        "Line 3: Lattice Point is an authorized distributor of CPT content. The AMA royalty "
        "for each user is paid by Lattice Point and is included in line 1. The customer "
        "receives a sublicense under the Lattice Point End User Terms.",
        "Annual amounts are invoiced in advance. Additional users are added at the line 1 "
        "unit price, prorated to the anniversary.",
        "One-time implementation of $7,500 is quoted separately on Q-20417-S.",
        "Prices exclude tax.",
    ])
    d.sig(V, C)
    d.build()


V = "Codewise Reference Corp."


@doc("vc05_codewise_encoder_subscription.pdf", V, "vendor_covers", None,
     "Encoder/coding-reference subscription: Subscription Fee includes all AMA royalties for "
     "CPT content for the Named Users; $1,295 per named user per year is a trap")
def _vc05(V=V):
    C = "Allied Coding Services, Inc."
    d = Doc("vc05_codewise_encoder_subscription.pdf",
            header="Codewise Reference - Subscription Terms for Codewise Pro",
            footer="%s  \u00b7  300 Lakeview Drive, Madison, WI 53703" % V)
    d.h1("Codewise Pro Subscription Terms")
    d.p("These Subscription Terms are between %s (\"Codewise\") and %s (\"Subscriber\"), "
        "and apply to the Codewise Pro web encoder and coding reference library "
        "(\"Codewise Pro\") ordered by Subscriber." % (V, C))
    d.h2("1. Subscription")
    d.p("1.1 Codewise grants Subscriber a non-exclusive, non-transferable right for the "
        "number of Named Users in the Order to access Codewise Pro during the Subscription "
        "Term. A Named User is an identified individual who is assigned a personal login; "
        "logins may not be shared or used concurrently.")
    d.p("1.2 Codewise Pro includes CPT\u00ae, ICD-10-CM, ICD-10-PCS and HCPCS Level II code "
        "sets, coding guidelines, NCCI edits, LCD/NCD references and Codewise's proprietary "
        "coding tips.")
    d.h2("2. Fees")
    d.p("2.1 The Subscription Fee is $1,295 per Named User per year, payable annually in "
        "advance. Volume pricing in the Order applies to 25 or more Named Users.")
    d.p("2.2 The Subscription Fee includes all royalties payable to the American Medical "
        "Association for the CPT content in Codewise Pro for the number of Named Users in "
        "the Order. Codewise shall not charge Subscriber any additional amount for CPT "
        "content.")
    d.h2("3. CPT sublicense")
    d.p("Codewise is party to a distribution license agreement with the AMA and sublicenses "
        "CPT content to Subscriber for use within Codewise Pro for Subscriber's internal "
        "purposes, including coding performed for Subscriber's own clients. Subscriber "
        "shall not download, export or republish CPT content except as coding output on "
        "claims and abstracts.")
    ama_notice_block(d, year=2025)
    d.h2("4. General")
    bp_liability(d, "4.1")
    bp_term(d, "4.2", years=1, notice=30)
    bp_law(d, "4.3", "Wisconsin")
    d.build()


V = "Prairie Diagnostic Laboratories, Inc."


@doc("vc06_prairie_lab_interface.pdf", V, "vendor_covers", None,
     "Lab services and order-interface agreement: the laboratory furnishes CPT codes in its "
     "electronic order catalog at its own expense, with no charge to Client")
def _vc06(V=V):
    C = "Meadowbrook Internal Medicine, P.C."
    d = Doc("vc06_prairie_lab_interface.pdf", font="Times-Roman", size=10.5,
            header="Prairie Diagnostic Laboratories - Laboratory Services and Interface Agreement")
    d.h1("LABORATORY SERVICES AND INTERFACE AGREEMENT", center=True)
    d.p("This Agreement is between %s (\"Laboratory\") and %s (\"Client\") and is effective "
        "as of November 3, 2025." % (V, C))
    d.h2("1. Laboratory services")
    d.p("Laboratory shall perform clinical laboratory testing ordered by Client's "
        "practitioners, provide courier pickup on business days, and report results "
        "electronically. Laboratory bills patients and payers directly for testing except "
        "where Client elects client billing for particular tests.")
    d.h2("2. Interface")
    d.p("2.1 Laboratory shall provide, at no charge, a bidirectional HL7 interface between "
        "its laboratory information system and Client's EHR, and a web order portal for use "
        "when the interface is unavailable.")
    d.p("2.2 The electronic order catalog supplied through the interface and the portal "
        "lists each orderable test with its Laboratory test number, specimen requirements "
        "and the CPT\u00ae code or codes Laboratory expects to bill.")
    d.h2("3. CPT content")
    d.p("The CPT codes and descriptors in the order catalog are furnished by Laboratory "
        "under Laboratory's own licence from the American Medical Association, and "
        "Laboratory bears the royalty for that use at its own expense. No fee is charged "
        "to Client for CPT content in the order catalog or the portal. Client may use the "
        "catalog only to place orders with Laboratory.")
    d.h2("4. Compliance")
    d.p("Nothing in this Agreement requires Client to refer tests to Laboratory. No "
        "remuneration is provided to Client for referrals. The interface is provided only "
        "for the transmission of orders to and results from Laboratory and has no "
        "independent value to Client.")
    d.h2("5. General")
    bp_hipaa(d, "5.1", "Laboratory")
    bp_term(d, "5.2", years=1, notice=30)
    bp_law(d, "5.3", "Nebraska")
    d.sig(V, C)
    d.build()


V = "Summit Claims Management, Inc."


@doc("vc07_summit_billing_company_bears_licences.pdf", V, "vendor_covers", None,
     "Billing-company agreement where 'Provider' is the practice: Company maintains all "
     "code-set licences (incl. CPT) for its billing system at its sole cost, not passed "
     "through; percentage fee is a trap")
def _vc07(V=V):
    C = "Riverbend Anesthesia Partners, P.A."
    d = Doc("vc07_summit_billing_company_bears_licences.pdf", font="Times-Roman", size=10.5,
            header="Summit Claims Management - Revenue Cycle Services Agreement")
    d.h1("REVENUE CYCLE SERVICES AGREEMENT", center=True)
    d.p("This Agreement is made as of January 1, 2026 between %s (\"Company\") and %s "
        "(\"Provider\"). Provider is a group of anesthesiologists and CRNAs; Company is a "
        "medical billing company." % (V, C))
    d.h2("1. Services")
    d.p("Company shall provide coding of anesthesia records by certified coders, charge "
        "entry, claim submission, payment posting, denial management and patient "
        "statements for Provider's professional services, using Company's billing system "
        "(the \"Billing System\"). Provider's personnel receive read-only access to the "
        "Billing System for reporting.")
    d.h2("2. Service Fee")
    d.p("Provider shall pay Company a Service Fee equal to 5.75% of Collections each month, "
        "subject to a minimum of $3,500 per month.")
    d.h2("3. Licences and code sets")
    d.p("3.1 Company shall obtain and maintain, at Company's sole cost, all licences "
        "required for the Billing System and the code sets used in performing the "
        "Services, including the AMA's Current Procedural Terminology (CPT\u00ae), the ASA "
        "Relative Value Guide and any commercial editing content. Those costs are included "
        "in the Service Fee and shall not be passed through to Provider, including for "
        "Provider personnel with read-only access.")
    d.p("3.2 Company shall flow down to Provider any end-user terms the AMA requires for "
        "Provider's read-only access.")
    d.h2("4. Provider obligations")
    d.p("Provider shall deliver anesthesia records, time documentation and demographic "
        "information within two business days of service and shall respond to coding "
        "queries within five business days.")
    d.h2("5. General")
    bp_hipaa(d, "5.1", "Company")
    bp_confidentiality(d, "5.2")
    bp_term(d, "5.3", years=2, notice=120)
    bp_law(d, "5.4", "Texas")
    d.sig(V, C)
    d.build()


V = "Brookfield Chart Systems, Inc."


@doc("vc08_brookfield_letter_fee_absorbed.pdf", V, "vendor_covers", None,
     "Vendor letter: from 2026 Brookfield absorbs the AMA royalty; the $19.00 per provider "
     "CPT fee billed in 2024-2025 will no longer be charged")
def _vc08(V=V):
    d = Doc("vc08_brookfield_letter_fee_absorbed.pdf", font="Times-Roman", size=11,
            footer="%s  |  40 Commerce Square, Hartford, CT 06103  |  brookfieldchart.example" % V)
    d.p("<b>BROOKFIELD CHART</b>", raw=True)
    d.sp(6)
    d.p("November 20, 2025")
    d.p("To all Brookfield Chart customers")
    d.p("<b>Subject: No more separate AMA CPT fee starting in 2026</b>", raw=True)
    d.p("Dear Customer,")
    d.p("In 2024 and 2025 your Brookfield Chart invoices included a separate line for the "
        "American Medical Association CPT\u00ae fee of $19.00 per provider per year. We heard "
        "clearly that practices dislike surprise pass-through charges.")
    d.p("Beginning January 1, 2026, Brookfield Chart Systems will absorb the AMA royalty for "
        "CPT codes in Brookfield Chart. The CPT fee will not appear on your January 2026 "
        "invoice or on any later invoice, and your subscription price is not changing as a "
        "result. Brookfield remains an AMA-authorized distributor, and your use of CPT codes "
        "in Brookfield Chart continues under the CPT end-user terms in your agreement.")
    d.p("This letter amends the fee schedule of your Brookfield Chart Subscription Agreement "
        "by deleting the \"AMA CPT fee\" line with effect from January 1, 2026. All other "
        "terms remain the same.")
    d.p("Thank you for choosing Brookfield Chart.")
    d.p("Sincerely,")
    d.sp(12)
    d.p("Marcus Oyelaran<br/>Chief Customer Officer<br/>%s" % esc(V), raw=True)
    d.build()


V = "Wexford Digital Health, Inc."


@doc("vc09_wexford_negated_pass_through.pdf", V, "vendor_covers", None,
     "MSA negation: Licensor shall not charge any separate fee, surcharge or pass-through "
     "for CPT; all AMA royalties are Licensor's sole responsibility")
def _vc09(V=V):
    C = "Northshore Neurology Associates, LLC"
    d = Doc("vc09_wexford_negated_pass_through.pdf", font="Times-Roman", size=10.5,
            header="Wexford Digital Health - Master Software License and Services Agreement")
    d.h1("MASTER SOFTWARE LICENSE AND SERVICES AGREEMENT", center=True)
    d.p("Between %s (\"Licensor\") and %s (\"Customer\"), effective March 1, 2026." % (V, C))
    d.h2("1. Scope")
    d.p("Licensor shall provide the Wexford Neuro EHR, practice management and EEG "
        "documentation services described in the Order (the \"Services\").")
    d.h2("2. Fees")
    d.p("2.1 Customer shall pay the fees in the Order. The fees in the Order are the only "
        "amounts payable by Customer for the Services.")
    d.p("2.2 Third-party content. The Services include CPT\u00ae content of the American "
        "Medical Association (\"AMA\") which Licensor distributes under its agreement with "
        "the AMA. Licensor shall not charge Customer any separate fee, surcharge, "
        "pass-through or processing charge for CPT content, whether per user, per provider, "
        "per location or otherwise, and all royalties owed to the AMA in connection with "
        "the Services are Licensor's sole responsibility.")
    d.p("2.3 Licensor may increase Order fees at renewal by not more than four percent (4%).")
    d.h2("3. Sublicense")
    d.p("Licensor grants Customer a non-exclusive, non-transferable sublicense to use CPT "
        "content within the Services for Customer's internal purposes in the United "
        "States. The sublicense ends if Licensor's AMA agreement ends, in which case "
        "Licensor shall notify Customer promptly and Customer may terminate this Agreement "
        "without penalty.")
    d.h2("4. Warranties")
    d.p("Licensor warrants that it holds, and will maintain during the Term, a distribution "
        "license from the AMA sufficient for Customer's use of CPT content in the Services, "
        "and shall indemnify Customer against claims by the AMA arising from any breach of "
        "this warranty.")
    d.h2("5. General")
    bp_confidentiality(d, "5.1")
    bp_liability(d, "5.2")
    bp_term(d, "5.3", years=5, notice=180)
    bp_law(d, "5.4", "Illinois")
    d.sig(V, C)
    d.build()


V = "Tidewater Informatics Corporation"


@doc("vc10_tidewater_definitions_inclusive.pdf", V, "vendor_covers", None,
     "Definitions carry the answer: 'Content Royalties' (incl. AMA CPT) are borne by "
     "Tidewater and 'Fees' are inclusive of all Content Royalties")
def _vc10(V=V):
    C = "Bayview Pulmonary & Sleep Medicine, P.C."
    d = Doc("vc10_tidewater_definitions_inclusive.pdf", font="Times-Roman", size=10.5,
            header="Tidewater Informatics - Subscription Agreement")
    d.h1("SUBSCRIPTION AGREEMENT", center=True)
    d.p("This Subscription Agreement is entered into on December 10, 2025 between %s, a "
        "Virginia corporation (\"Tidewater\"), and %s (\"Subscriber\")." % (V, C))
    d.h2("ARTICLE 1 - DEFINITIONS")
    d.ind("\"Content\" means the third-party code sets, reference data and clinical content "
          "that Tidewater makes available in the Platform, including Current Procedural "
          "Terminology (\"CPT\") published by the American Medical Association (\"AMA\"), "
          "drug data and sleep-study scoring references.")
    d.ind("\"Content Royalties\" means all royalties, license fees and other amounts "
          "payable to the owners or distributors of Content, including the AMA, in respect "
          "of Subscriber's and its Users' access to Content, all of which Tidewater shall "
          "bear.")
    d.ind("\"Fees\" means the amounts set out in the Order, which are inclusive of all "
          "Content Royalties.")
    d.ind("\"Platform\" means Tidewater's hosted pulmonary and sleep medicine EHR, "
          "including its billing, scheduling and device-integration components.")
    d.ind("\"Users\" means Subscriber's employees and contractors who are given access to "
          "the Platform.")
    d.h2("ARTICLE 2 - ACCESS")
    d.p("2.1 Tidewater grants Subscriber, for its Users, a non-exclusive right to access the "
        "Platform and Content during the Term for Subscriber's internal purposes.")
    d.p("2.2 CPT content is sublicensed to Subscriber under Tidewater's distribution "
        "agreement with the AMA on the end-user terms in Attachment 2.")
    d.h2("ARTICLE 3 - PAYMENT")
    d.p("3.1 Subscriber shall pay the Fees quarterly in advance.")
    d.p("3.2 No amount other than the Fees shall be payable for the Platform or the Content.")
    d.h2("ARTICLE 4 - GENERAL")
    bp_data(d, "4.1")
    bp_support(d, "4.2", hours="8:00 a.m. to 8:00 p.m. Eastern Time")
    bp_liability(d, "4.3")
    bp_law(d, "4.4", "Virginia")
    d.sig(V, C)
    d.build()


V = "Mosswood Systems, Inc."


@doc("vc11_mosswood_provider_is_vendor.pdf", V, "vendor_covers", None,
     "Contract where 'Provider' is the software vendor: Provider is an authorized CPT "
     "distributor and the AMA royalties are included in the Fees of Schedule 1")
def _vc11(V=V):
    C = "Harlan Family Clinic, LLC"
    d = Doc("vc11_mosswood_provider_is_vendor.pdf", size=10,
            header="Mosswood Systems - Software Services Agreement")
    d.h1("SOFTWARE SERVICES AGREEMENT")
    d.p("This Software Services Agreement is entered into between %s, a North Carolina "
        "corporation (\"Provider\"), and %s, a North Carolina limited liability company "
        "(\"Client\"). Provider supplies software; Client is a medical practice." % (V, C))
    d.h2("1. Services")
    d.p("Provider shall host and make available to Client the Mosswood Ambulatory EHR and "
        "practice management application, with the modules in Schedule 1, and provide the "
        "support described in Schedule 2.")
    d.h2("2. CPT")
    d.p("2.1 Provider is an authorized distributor of CPT\u00ae content under a license from "
        "the American Medical Association and grants Client a sublicense to use CPT "
        "content within the application for Client's internal use.")
    d.p("2.2 The royalties payable to the AMA for Client's use of CPT content are included "
        "in the Fees set out in Schedule 1. Provider will not charge a separate amount for "
        "CPT content.")
    d.h2("3. Client obligations")
    d.p("Client shall use the application only for its own patients, shall not allow any "
        "other legal entity to use it, and shall keep user credentials confidential.")
    d.h2("4. General")
    bp_confidentiality(d, "4.1")
    bp_warranty(d, "4.2")
    bp_liability(d, "4.3")
    bp_law(d, "4.4", "North Carolina")
    d.sig(V, C)
    d.h2("SCHEDULE 1 - MODULES AND FEES")
    d.table([
        ["Module", "Fee"],
        ["Ambulatory EHR + PM (up to 6 providers)", "$1,150.00 per month"],
        ["Patient portal", "Included"],
        ["Clearinghouse connectivity", "$180.00 per month"],
        ["Additional provider beyond 6", "$175.00 per provider per month"],
    ], widths=[3.5 * inch, 2.8 * inch])
    d.build()


V = "VirtuCare Telemedicine LLC"


@doc("vc12_virtucare_telehealth_faq.pdf", V, "vendor_covers", None,
     "Telehealth help article: CPT codes in visit summaries and superbills are provided "
     "under VirtuCare's AMA distribution licence at no additional cost")
def _vc12(V=V):
    d = Doc("vc12_virtucare_telehealth_faq.pdf",
            header="VirtuCare for Clinicians  >  Help  >  Billing and coding",
            footer="VirtuCare is a service of %s  \u00b7  \u00a9 2026" % V)
    d.h1("Coding your telehealth visits in VirtuCare")
    d.p("VirtuCare suggests CPT\u00ae codes for each completed visit based on the visit type "
        "and duration you record, and lets you add modifiers 95 or 93 and place-of-service "
        "codes 02 or 10 before you generate the superbill.")
    d.q("Is there a charge for using CPT codes?")
    d.p("No. The CPT codes and descriptions that appear in your visit summaries and "
        "superbills are provided under VirtuCare's distribution licence with the American "
        "Medical Association at no additional cost to you. We pay the AMA royalty for every "
        "clinician on our platform.")
    d.q("What do I pay for VirtuCare?")
    d.p("Your clinician membership ($49 per month, or $490 per year) and, if you use "
        "VirtuCare Payments, the card processing rate of 2.9% + $0.30 per transaction.")
    d.q("Can I send claims from VirtuCare?")
    d.p("VirtuCare produces superbills and a claim-ready export; claims are sent through "
        "your own billing software or clearinghouse. Those systems have their own CPT "
        "licensing terms.")
    d.q("Which telehealth codes does VirtuCare suggest?")
    d.p("Suggestions follow the rules you select in Settings > Coding (Medicare, Medicaid in "
        "your state or commercial). Always confirm codes with the payer's current policy.")
    d.build()


V = "Clearwater Billing Cloud, Inc."


@doc("vc13_clearwater_pricing_ama_comparison.pdf", V, "vendor_covers", None,
     "Pricing page: 'CPT codes included - no AMA fee'; the AMA's direct internal-use price "
     "quoted for comparison is a trap")
def _vc13(V=V):
    d = Doc("vc13_clearwater_pricing_ama_comparison.pdf",
            header="clearwaterbilling.example/pricing",
            footer="\u00a9 2026 %s. CPT is a registered trademark of the American Medical Association." % V)
    d.h1("Pricing that doesn't hide anything", center=True)
    d.table([
        ["Plan", "Price", "Best for"],
        ["Starter", "$69 per provider / month", "Solo and two-provider offices"],
        ["Practice", "$99 per provider / month", "Groups up to 20 providers"],
        ["Enterprise", "Custom", "Multi-specialty and billing companies"],
    ], widths=[1.4 * inch, 2.2 * inch, 3.0 * inch])
    d.h2("Always included")
    d.bullets([
        "Unlimited claims and ERAs through our clearinghouse",
        "Eligibility checks",
        "CPT\u00ae, ICD-10-CM and HCPCS code sets, updated every year - no AMA fee",
        "Unlimited staff logins",
    ])
    d.h2("What about the AMA fee other vendors charge?")
    d.p("Clearwater is an AMA-authorized distributor and pays the CPT royalty for all of "
        "your users out of your plan price. You will never see an AMA, CPT or code-set line "
        "on a Clearwater invoice.")
    d.p("For comparison: if a practice licensed CPT directly from the AMA for its own "
        "internal systems, the AMA's published 2026 rate is its entity fee plus $18.50 for "
        "each user, and the AMA generally estimates about four users per physician. For a "
        "five-physician group that is roughly $82.50 (the last entity fee the AMA published) + "
        "20 x $18.50 = $452.50 a year, for one application.")
    d.h2("FAQ")
    d.q("Is there a setup fee?")
    d.p("Starter and Practice plans have no setup fee. Data migration is quoted separately.")
    d.q("Do you have contracts?")
    d.p("Month-to-month, or save 10% with an annual commitment.")
    d.build()


V = "Foxglove EHR Corp."


@doc("vc14_foxglove_included_with_future_option.pdf", V, "vendor_covers", None,
     "MSA: CPT royalties included in Subscription Fees; a future right to propose an "
     "adjustment only if the AMA raises its royalty by more than 15% (not exercised)")
def _vc14(V=V):
    C = "Clearview Eye Physicians, P.C."
    d = Doc("vc14_foxglove_included_with_future_option.pdf", font="Times-Roman", size=10.5,
            header="Foxglove EHR - Master Subscription Agreement")
    d.h1("MASTER SUBSCRIPTION AGREEMENT", center=True)
    d.p("This Agreement is made on January 20, 2026 between %s (\"Foxglove\") and %s "
        "(\"Customer\")." % (V, C))
    d.h2("1. Subscription")
    d.p("Foxglove shall provide its ophthalmology EHR, optical inventory and practice "
        "management service to Customer's Users during the Term for the Subscription Fees "
        "set out in the Order.")
    d.h2("2. CPT content")
    d.p("2.1 Foxglove is party to a license agreement with the American Medical Association "
        "(\"AMA\") and sublicenses CPT\u00ae content to Customer for use within the service.")
    d.p("2.2 Royalties payable to the AMA for Customer's use of CPT content are included in "
        "the Subscription Fees.")
    d.p("2.3 If, during the Term, the AMA increases the per-user royalty it charges Foxglove "
        "by more than fifteen percent (15%) over the prior calendar year, Foxglove may, by "
        "at least ninety (90) days' written notice, propose a separate charge to recover the "
        "increase. Customer may reject the proposal by terminating this Agreement on the "
        "date the charge would take effect, without early-termination fees. Unless and "
        "until such a charge is agreed, no separate CPT charge applies.")
    d.h2("3. Fees")
    d.p("Subscription Fees: $325 per provider per month and $40 per optical staff user per "
        "month, invoiced monthly in advance.")
    d.h2("4. General")
    bp_confidentiality(d, "4.1")
    bp_liability(d, "4.2")
    bp_term(d, "4.3", years=3, notice=90)
    bp_law(d, "4.4", "Florida")
    d.sig(V, C)
    d.build()



V = "Amberfield Medical Cloud, Inc."


@doc("vc15_amberfield_addon_not_purchased.pdf", V, "vendor_covers", None,
     "Order where CPT in the core platform is sublicensed at no extra charge; a $1.50 per "
     "user per month CPT surcharge applies only to an Advanced Coding add-on that is NOT "
     "purchased (trap)")
def _vc15(V=V):
    C = "Stonebridge Primary Care, PLLC"
    d = Doc("vc15_amberfield_addon_not_purchased.pdf", size=10,
            header="Amberfield Medical Cloud - Order Form AMC-5512",
            footer="%s  |  Order Form AMC-5512  |  Governed by the Amberfield Subscription Terms" % V)
    d.h1("ORDER FORM AMC-5512")
    d.p("Vendor: %s (\"Amberfield\")   Customer: %s   Start date: March 1, 2026   "
        "Term: 24 months" % (V, C))
    d.h2("1. Products ordered")
    d.table([
        ["Product", "Ordered", "Price"],
        ["Amberfield Core EHR/PM", "Yes - 11 users", "$175 per user per month"],
        ["Patient Engagement bundle", "Yes", "$220 per month"],
        ["Advanced Coding add-on (encoder, CCI edits, coding analytics)", "No", "$45 per user per month"],
        ["Revenue Intelligence dashboards", "No", "$300 per month"],
    ], widths=[3.3 * inch, 1.4 * inch, 1.8 * inch])
    d.h2("2. CPT\u00ae content")
    d.p("2.1 Core. Amberfield Core includes CPT codes and short descriptors for charge entry "
        "and claims. Amberfield is an AMA-authorized distributor; the AMA royalty for that "
        "content is paid by Amberfield and is included in the Core price. Customer receives "
        "a sublicense under the end-user terms in the Amberfield Subscription Terms.")
    d.p("2.2 Advanced Coding add-on. The add-on contains the full CPT descriptor set and "
        "guidelines, for which the AMA charges an additional royalty. If the add-on is "
        "ordered, a CPT content surcharge of $1.50 per add-on user per month applies in "
        "addition to the add-on price. The add-on is not ordered under this Order Form.")
    d.h2("3. Other terms")
    d.p("Fees are invoiced monthly in advance. Prices are fixed for the Term. Additional "
        "Core users may be added at the price above.")
    d.sig(V, C)
    d.build()

# ===========================================================================
# CUSTOMER MUST LICENSE
# ===========================================================================

V = "American Medical Association"


@doc("cml01_ama_internal_use_licence.pdf", V, "customer_must_license", None,
     "An AMA internal-use licence the practice signs with the AMA itself (entity fee + "
     "$18.50 per user royalty): practice licenses CPT directly", ama_license=True)
def _cml01(V=V):
    C = "Ridgeback Family Practice, P.C."
    d = Doc("cml01_ama_internal_use_licence.pdf", font="Times-Roman", size=10,
            header="American Medical Association - Internal Use License Agreement - CPT Standard",
            footer="American Medical Association, AMA Plaza, 330 N. Wabash Ave., Chicago, IL 60611")
    d.h1("INTERNAL USE LICENSE AGREEMENT", center=True)
    d.center("Current Procedural Terminology (CPT\u00ae) Standard Data File")
    d.p("This Internal Use License Agreement (\"Agreement\") is between the %s, an Illinois "
        "not-for-profit corporation (\"AMA\"), and %s, a Kansas professional corporation "
        "(\"Licensee\"), and is effective January 1, 2026." % (V, C))
    d.h2("1. Grant")
    d.p("1.1 The AMA grants Licensee a non-exclusive, non-transferable license to install "
        "the Licensed Content in Licensee's internal systems identified in Appendix A and "
        "to permit Users to use it for Licensee's internal business purposes in the United "
        "States during the Term.")
    d.p("1.2 \"Licensed Content\" means the CPT Standard Data File for the annual release "
        "identified in Appendix A. \"User\" means each individual who accesses, uses or "
        "manipulates the Licensed Content, who uses a system containing it to produce output "
        "that could not exist without it, or who uses such output in the course of their "
        "work.")
    d.h2("2. Restrictions")
    d.p("Licensee shall not distribute, sublicense, publish or make the Licensed Content "
        "available to any third party, including affiliates, and shall not create "
        "derivative works except internal fee schedules and reports.")
    d.h2("3. Royalties and reporting")
    d.p("3.1 Licensee shall pay the AMA the royalty in Appendix A for each annual release "
        "licensed.")
    d.p("3.2 Licensee shall report its number of Users on the AMA's royalty portal by the "
        "date stated in the AMA's invoice each year and shall pay any additional royalty "
        "for Users added during the year with its next report.")
    d.h2("4. Audit")
    d.p("The AMA or its designee may, on thirty days' notice and not more than once a year, "
        "audit Licensee's records of Users. If an audit reveals under-reporting of more than "
        "five percent, Licensee shall pay the shortfall and the reasonable cost of the "
        "audit.")
    d.h2("5. Term")
    d.p("This Agreement continues for one annual release and renews for each later release "
        "on payment of the applicable royalty, unless either party gives sixty days' notice.")
    d.h2("6. Notices and disclaimers")
    d.p("The Licensed Content is provided as is. The AMA does not practice medicine. Fee "
        "schedules, relative value units and conversion factors are not part of CPT.")
    d.h2("APPENDIX A", center=True)
    d.table([
        ["Item", "Detail"],
        ["Licensed Content", "CPT Standard Data File, 2026 annual release"],
        ["Licensee systems", "Internal charge master and fee-schedule spreadsheets; "
                             "in-house reporting database"],
        ["Reported Users", "12"],
        ["Royalty", "Then-current entity fee plus $18.50 per User"],
    ], widths=[1.8 * inch, 4.8 * inch])
    d.sig(V, C)
    d.build()


V = "Lakeshore Government Health Administrators, LLC"


@doc("cml02_lakeshore_mac_point_and_click.pdf", V, "customer_must_license", None,
     "Medicare contractor portal point-and-click CPT licence: use limited to CMS programs; "
     "any other use must be licensed from the AMA")
def _cml02(V=V):
    d = Doc("cml02_lakeshore_mac_point_and_click.pdf", size=9.5,
            header="Lakeshore Medicare Portal - Licenses and Notices",
            footer="%s, a CMS Medicare Administrative Contractor  |  Jurisdiction 9 Part B" % V)
    d.h1("License for Use of Current Procedural Terminology (CPT)")
    d.h2("End User / Point and Click Agreement")
    d.p("Before you enter the Lakeshore Medicare Portal, which displays fee schedules, "
        "coverage articles and claim information that contain CPT codes and descriptors, "
        "you must accept this agreement. By selecting I ACCEPT you agree to these terms on "
        "behalf of yourself and the provider organization you represent. This portal is "
        "operated by %s under contract with the Centers for Medicare & Medicaid Services "
        "(CMS)." % V)
    d.p("CPT codes, descriptions and other data only are copyright 2025 American Medical "
        "Association (AMA). All rights reserved. CPT is a registered trademark of the AMA.")
    d.p("1. You, your employees and agents may use CPT only as it appears in the portal, "
        "our fee schedules, bulletins and related materials, internally within your "
        "organization in the United States, and only for Medicare, Medicaid or other "
        "programs administered by CMS. You will take all steps necessary to make sure your "
        "employees and agents comply with this agreement.")
    d.p("2. Any use not authorized here is prohibited, including copying CPT for resale or "
        "license, transferring it to anyone not bound by this agreement, creating modified "
        "or derivative works of CPT, or any commercial use. A license for any use not "
        "authorized here must be obtained from the AMA, CPT Intellectual Property Services.")
    d.p("3. The CPT content in the portal does not license its use in your practice "
        "management, EHR or billing software; those products require their own license "
        "from the AMA or an authorized distributor.")
    d.p("4. CPT is commercial technical data developed at private expense by the AMA. U.S. "
        "Government rights in it are limited as stated in the applicable FARS/DFARS "
        "provisions.")
    d.p("5. The AMA disclaims responsibility for any consequences of using or not using the "
        "information, and fee schedules and relative value units are not assigned by the "
        "AMA. CMS and Lakeshore disclaim responsibility for any liability attributable to "
        "end-user use of CPT.")
    d.p("6. This agreement ends automatically if you breach it. On termination you must "
        "destroy any CPT content you have copied.")
    d.sp(8)
    d.p("[ I ACCEPT ]        [ I DO NOT ACCEPT ]")
    d.h2("Other notices")
    d.p("Current Dental Terminology (CDT) in this portal is copyright the American Dental "
        "Association and is subject to a separate point-and-click agreement. The National "
        "Uniform Billing Committee codes on the institutional claim screens are the "
        "copyright of the American Hospital Association.")
    d.build()


V = "Pinecrest Cloud EHR, Inc."


@doc("cml03_pinecrest_faq_other_distributor.pdf", V, "customer_must_license", None,
     "FAQ: vendor charges nothing for CPT and is not the distributor; the AMA designated "
     "another distributor from which customers must obtain their licence; the AMA's "
     "$18.50 x 4-users-per-physician estimate is not the vendor's fee")
def _cml03(V=V):
    d = Doc("cml03_pinecrest_faq_other_distributor.pdf",
            header="Pinecrest Blog  \u00b7  Customer notices",
            footer="\u00a9 2026 %s  |  pinecrest.example" % V)
    d.h1("CPT\u00ae license FAQ for Pinecrest customers")
    d.p("Thank you for using Pinecrest. Some of our customers have received letters about "
        "licensing CPT codes, and we want to set out the facts as we understand them.")
    d.bullets([
        "CPT is created and maintained by the American Medical Association (AMA), which "
        "holds copyright and trademark rights in it and governs how CPT codes may be used.",
        "Any person or organization using CPT codes needs a license from the AMA or an "
        "AMA-authorized distributor. This is not specific to Pinecrest.",
        "Pinecrest does not charge its customers for access to or use of CPT codes.",
        "The AMA has told Pinecrest that, beginning with the 2026 release, the authorized "
        "distributor for Pinecrest customers is Vantage Code Licensing Co. Each practice "
        "must obtain its CPT license from that distributor (or directly from the AMA).",
        "Pinecrest has no role in setting the terms of CPT licenses, including their price.",
    ], char="\u2022")
    d.q("What will the license cost?")
    d.p("Questions about price should go to the distributor or the AMA. As we understand it, "
        "the annual fee is worked out by multiplying a practice's number of users by the "
        "AMA's per-user rate ($18.50 for 2026), and the AMA estimates about four users per "
        "physician, physician included. If your practice has fewer users, the amount may "
        "be adjusted.")
    d.q("What happens if I don't get a license?")
    d.p("Pinecrest cannot advise you on that. Please contact the distributor or the AMA's "
        "CPT licensing team.")
    d.q("Will Pinecrest keep showing CPT codes?")
    d.p("Yes. CPT codes remain available in the charting and billing features, and your "
        "practice is responsible for holding a current license for its users.")
    d.build()


V = "Hollis Data Works, Inc."


@doc("cml04_hollis_customer_loads_cpt.pdf", V, "customer_must_license", None,
     "Analytics/charge-master platform with no built-in CPT: customer uploads its own code "
     "tables and must license CPT from the AMA at its expense")
def _cml04(V=V):
    C = "Lakeside Multispecialty Clinic, S.C."
    d = Doc("cml04_hollis_customer_loads_cpt.pdf", size=10,
            header="Hollis Data Works - Platform Agreement")
    d.h1("PLATFORM AGREEMENT")
    d.p("Between %s (\"Hollis\") and %s (\"Customer\"), effective February 2, 2026." % (V, C))
    d.h2("1. Platform")
    d.p("Hollis provides a hosted charge-master, fee-schedule modelling and payer-contract "
        "analytics platform (the \"Platform\").")
    d.h2("2. Customer Content")
    d.p("2.1 The Platform does not include CPT\u00ae, CDT or other proprietary code sets. "
        "Customer may upload its own fee schedules, charge masters and code tables, "
        "including CPT codes and descriptors (\"Customer Content\").")
    d.p("2.2 Customer is solely responsible for obtaining and maintaining, at its own "
        "expense, a license from the American Medical Association (or an AMA-authorized "
        "distributor) covering all Users who access CPT content in the Platform, and for "
        "reporting those Users as that license requires. Hollis does not distribute CPT "
        "and grants no rights in it.")
    d.p("2.3 Customer shall indemnify Hollis against any claim that Customer Content "
        "infringes a third party's rights.")
    d.h2("3. Fees")
    d.p("Platform fee: $2,400 per month for up to 25 Users; $70 per additional User per "
        "month.")
    d.h2("4. General")
    bp_data(d, "4.1")
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "Wisconsin")
    d.sig(V, C)
    d.build()


V = "Everline Scheduling Software, Inc."


@doc("cml05_everline_not_responsible_negation.pdf", V, "customer_must_license", None,
     "Negation: 'Company shall not be responsible for obtaining any licence to CPT on "
     "Client's behalf'; Client must obtain its own from the AMA or a distributor")
def _cml05(V=V):
    C = "Westfield Chiropractic & Wellness, LLC"
    d = Doc("cml05_everline_not_responsible_negation.pdf", font="Times-Roman", size=10.5,
            header="Everline - Client Services Agreement")
    d.h1("CLIENT SERVICES AGREEMENT", center=True)
    d.p("This Agreement is made between %s (\"Company\") and %s (\"Client\")." % (V, C))
    d.h2("1. Services")
    d.p("Company provides online scheduling, patient reminders and a charge-capture screen "
        "on which Client's staff may select procedure codes from a code list that Client "
        "maintains.")
    d.h2("2. Code sets")
    d.p("2.1 Company shall not be responsible for obtaining any licence to CPT\u00ae on "
        "Client's behalf, and nothing in this Agreement grants Client any right in CPT.")
    d.p("2.2 Client shall obtain and maintain, at its own cost, such licence from the "
        "American Medical Association or an AMA-authorized distributor as its use of CPT in "
        "the Services requires, and shall ensure that every user who selects or views CPT "
        "codes in the Services is covered.")
    d.p("2.3 Company's fees do not include any amount for CPT.")
    d.h2("3. Fees")
    d.p("Client shall pay $189 per month per location plus $0.04 per reminder message "
        "sent.")
    d.h2("4. General")
    bp_confidentiality(d, "4.1")
    bp_term(d, "4.2", years=1, notice=30)
    bp_law(d, "4.3", "Arizona")
    d.sig(V, C)
    d.build()


V = "Statewide EDI Services, Inc."


@doc("cml06_statewide_clearinghouse_provider_licences.pdf", V, "customer_must_license", None,
     "Clearinghouse enrolment where 'Provider' is the practice: Provider represents it holds "
     "licences for every proprietary code set it submits; clearinghouse licenses no CPT")
def _cml06(V=V):
    C = "Pine Hollow Pediatrics, P.A."
    d = Doc("cml06_statewide_clearinghouse_provider_licences.pdf", size=9.5,
            header="Statewide EDI Services - Submitter Agreement",
            footer="%s  |  EDI Enrollment Department  |  Jackson, MS" % V)
    d.h1("SUBMITTER AGREEMENT AND ENROLLMENT")
    d.p("This Submitter Agreement is between %s (\"Clearinghouse\") and the health care "
        "provider identified below (\"Provider\")." % V)
    d.h2("1. Services")
    d.p("Clearinghouse receives claim files created in Provider's practice management "
        "system, validates them against HIPAA X12 standards and payer companion guides, "
        "and forwards them to payers. Clearinghouse returns acknowledgements, rejections and "
        "remittance files.")
    d.h2("2. Code sets")
    d.p("2.1 Provider represents and warrants that it holds, and shall maintain during the "
        "term, valid licences to all proprietary code sets contained in the transactions it "
        "submits, including CPT\u00ae of the American Medical Association, and that those "
        "licences cover each of its users.")
    d.p("2.2 Clearinghouse transmits codes only as data elements within transactions. "
        "Clearinghouse does not license, distribute or display CPT content to Provider, and "
        "no fee paid to Clearinghouse includes any amount for such a licence.")
    d.h2("3. Fees")
    d.table([
        ["Transaction", "Fee"],
        ["837P claim", "$0.25"],
        ["835 remittance", "$0.10"],
        ["Claim status inquiry", "$0.08"],
    ], widths=[3.0 * inch, 2.0 * inch])
    d.h2("4. General")
    bp_hipaa(d, "4.1", "Clearinghouse")
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "Mississippi")
    d.h2("Enrollment")
    d.table([["Provider", C], ["TIN", "XX-XXX0931"], ["PM system", "Third-party PM (vendor on file)"]],
            widths=[1.6 * inch, 5.0 * inch], head=False)
    d.sig(V, C)
    d.build()


V = "Linden Billing Associates, LLC"


@doc("cml07_linden_rcm_practice_maintains_licence.pdf", V, "customer_must_license", None,
     "RCM agreement working in the practice's own PM system: Practice maintains at its "
     "expense the CPT licence for that system, including Company staff who access it")
def _cml07(V=V):
    C = "Glenwood Orthopedic Surgeons, P.C."
    d = Doc("cml07_linden_rcm_practice_maintains_licence.pdf", font="Times-Roman", size=10.5,
            header="Linden Billing Associates - Medical Billing Agreement")
    d.h1("MEDICAL BILLING AGREEMENT", center=True)
    d.p("This Agreement is between %s (\"Company\") and %s (\"Practice\"), effective "
        "January 1, 2026." % (V, C))
    d.h2("1. Services")
    d.p("Company shall perform charge entry, claim follow-up, payment posting, denial "
        "appeals and patient-balance outreach for Practice. Company shall work in Practice's "
        "practice management system (the \"Practice System\") using logins issued by "
        "Practice.")
    d.h2("2. Systems and licences")
    d.p("2.1 Practice shall provide and maintain the Practice System, including, at "
        "Practice's expense, the licence for CPT\u00ae content in the Practice System. "
        "Practice shall ensure that licence covers Company personnel who access the "
        "Practice System, and shall include them in any user count reported to the "
        "Practice System vendor or the AMA.")
    d.p("2.2 Company provides no software and no CPT content under this Agreement.")
    d.h2("3. Compensation")
    d.p("Practice shall pay Company 4.9% of net collections received on accounts Company "
        "works, invoiced monthly.")
    d.h2("4. General")
    bp_hipaa(d, "4.1", "Company")
    bp_confidentiality(d, "4.2")
    bp_term(d, "4.3", years=2, notice=90)
    bp_law(d, "4.4", "Ohio")
    d.sig(V, C)
    d.build()


V = "Marigold Systems Inc."


@doc("cml08_marigold_eula_license_directly.pdf", V, "customer_must_license", None,
     "EULA: Marigold does not distribute CPT; where the software displays CPT the End User "
     "must obtain a licence directly from the AMA and pay the AMA's royalty")
def _cml08(V=V):
    d = Doc("cml08_marigold_eula_license_directly.pdf", size=9,
            header="MARIGOLD CHARTING - END USER LICENSE AGREEMENT",
            footer="%s  |  EULA version 2025.2" % V)
    d.h1("END USER LICENSE AGREEMENT")
    d.p("PLEASE READ THIS AGREEMENT BEFORE INSTALLING OR USING THE SOFTWARE. BY CLICKING "
        "\"ACCEPT\" OR USING THE SOFTWARE YOU AGREE TO BE BOUND BY IT. This End User License "
        "Agreement is between %s (\"Marigold\") and the person or entity that installs or "
        "uses the software (\"End User\")." % V)
    d.h2("1. License")
    d.p("Marigold grants End User a non-exclusive, non-transferable license to install the "
        "Marigold Charting desktop application on the number of workstations for which End "
        "User has paid, for End User's internal use.")
    d.h2("2. Restrictions")
    d.p("End User shall not reverse engineer, decompile, rent, lease or lend the software, "
        "remove proprietary notices or use the software to provide service-bureau "
        "services.")
    d.h2("3. Third-party code sets")
    d.p("3.1 Marigold does not distribute CPT\u00ae content and holds no distribution license "
        "from the American Medical Association (\"AMA\"). The software can display CPT "
        "codes only from a code file that End User imports.")
    d.p("3.2 Where the software displays CPT codes, End User must obtain a license directly "
        "from the AMA and pay the AMA's applicable royalty for each of its users. Marigold "
        "collects no fee for CPT and is not responsible for End User's compliance.")
    d.p("3.3 ICD-10-CM tables published by the U.S. Government are pre-loaded and may be "
        "used without charge.")
    d.h2("4. Updates")
    d.p("Updates are provided to End Users with an active maintenance plan.")
    d.h2("5. Warranty")
    d.p("FOR NINETY DAYS FROM DELIVERY THE MEDIA WILL BE FREE OF DEFECTS. OTHERWISE THE "
        "SOFTWARE IS PROVIDED AS IS.")
    d.h2("6. Limitation of liability")
    d.p("MARIGOLD'S TOTAL LIABILITY SHALL NOT EXCEED THE LICENSE FEE PAID.")
    d.h2("7. Termination")
    d.p("This license terminates automatically if End User breaches it. On termination End "
        "User shall uninstall the software.")
    d.h2("8. Governing law")
    d.p("This Agreement is governed by the laws of the State of Utah.")
    d.build()


V = "Cobalt Ridge Technologies, LLC"


@doc("cml09_cobaltridge_long_sentences.pdf", V, "customer_must_license", None,
     "Very long proviso-laden sentence placing the CPT licence and royalty on the Customer, "
     "with vendor collecting nothing; a referenced $18.50 AMA rate is a trap")
def _cml09(V=V):
    C = "Maple Grove Endocrinology, PLLC"
    d = Doc("cml09_cobaltridge_long_sentences.pdf", font="Times-Roman", size=10.5,
            header="Cobalt Ridge Technologies - Software Licence - Schedule 4")
    d.h1("SCHEDULE 4 - PROPRIETARY CODE SETS", center=True)
    d.p("This Schedule 4 forms part of the Software Licence between %s (the \"Supplier\") "
        "and %s (the \"Customer\") dated the fifth day of January 2026." % (V, C))
    d.p("4.1 Notwithstanding that the Software is capable of storing, displaying and "
        "transmitting procedure codes, and notwithstanding any statement in any proposal, "
        "demonstration or marketing material of the Supplier to the effect that the "
        "Software \"supports CPT\", the Customer acknowledges and agrees that the Supplier "
        "does not hold, and shall not be taken to have granted the Customer any rights "
        "under, any licence of the Current Procedural Terminology from the American Medical "
        "Association (the \"AMA\"), and accordingly that the Customer shall, before any of "
        "its personnel first views, selects or reports any such code by means of the "
        "Software, and thereafter for so long as any of them continues to do so, obtain and "
        "maintain in its own name and at its own cost a licence from the AMA or from a "
        "distributor authorised by the AMA which is sufficient for the number of its users "
        "(as the AMA defines users from time to time, which definition the Customer "
        "acknowledges may extend to persons who merely rely on reports containing such "
        "codes), and shall pay to the AMA or that distributor, and not to the Supplier, "
        "every royalty falling due under that licence, whether the royalty is stated by "
        "reference to the AMA's per-user rate (which the parties understand to be eighteen "
        "dollars and fifty cents for the 2026 release) or otherwise; provided that, if the "
        "Customer so requests in writing, the Supplier shall provide such reasonable "
        "technical assistance in loading the Customer's licensed CPT data file as is "
        "described in the Services Schedule, at the Supplier's then-current hourly rates; "
        "and provided further that the Supplier shall have no liability of any kind to the "
        "Customer or any third party arising out of the Customer's failure to hold or "
        "maintain such a licence.")
    d.p("4.2 The Customer shall indemnify the Supplier against all claims, costs and "
        "expenses (including reasonable legal fees) arising from any claim by the AMA that "
        "the Customer's use of CPT in the Software was unlicensed.")
    d.p("4.3 For the avoidance of doubt, the Licence Fees in Schedule 2 contain no amount "
        "for CPT, and the Supplier shall not invoice any amount for CPT.")
    d.p("4.4 The Software includes the ICD-10-CM and HCPCS Level II code sets as published "
        "by the Centers for Medicare & Medicaid Services without charge.")
    d.sig(V, C)
    d.build()


V = "Keystone Reference Lab Services, Inc."


@doc("cml10_keystone_lab_client_licenses_cpt.pdf", V, "customer_must_license", None,
     "Lab interface terms: order catalog carries lab test numbers only; any CPT codes the "
     "client maps or displays in its EHR are the client's own licensed content")
def _cml10(V=V):
    C = "Brookside Family Medicine, LLC"
    d = Doc("cml10_keystone_lab_client_licenses_cpt.pdf", size=10,
            header="Keystone Reference Lab - EHR Interface Terms for Clients")
    d.h1("EHR Interface Terms for Clients")
    d.p("These terms govern the laboratory results and orders interface that %s "
        "(\"Keystone\") makes available to %s (\"Client\")." % (V, C))
    d.h2("1. Interface")
    d.p("Keystone provides an HL7 v2.5.1 orders and results interface, a test compendium "
        "file and interface support during business hours. Keystone does not charge Client "
        "for the interface.")
    d.h2("2. Test compendium")
    d.p("2.1 The compendium lists Keystone test numbers, test names, LOINC result codes and "
        "specimen requirements. It does not contain CPT\u00ae codes or descriptors.")
    d.p("2.2 If Client maps compendium entries to CPT codes in its EHR or billing system, or "
        "displays CPT codes alongside Keystone orders, those CPT codes are Client's own "
        "content. Client is responsible for holding a licence to CPT, from the American "
        "Medical Association or through its EHR vendor, that covers that use.")
    d.h2("3. Client responsibilities")
    d.p("Client shall ensure orders include required patient demographics, diagnosis codes "
        "supporting medical necessity and ordering provider NPI.")
    d.h2("4. General")
    bp_hipaa(d, "4.1", "Keystone")
    bp_law(d, "4.2", "Pennsylvania")
    d.build()


V = "Juniper Grove Software, Inc."


@doc("cml11_junipergrove_amendment_stop_distributing.pdf", V, "customer_must_license", None,
     "Amendment switching from 'CPT included' to customer licensing: vendor ceases to "
     "distribute CPT from 2026 and the customer must license and load its own file")
def _cml11(V=V):
    C = "Alpine Valley Medical Group, Inc."
    d = Doc("cml11_junipergrove_amendment_stop_distributing.pdf", font="Times-Roman", size=11,
            header="Juniper Grove Software - Amendment No. 4")
    d.h1("AMENDMENT NO. 4 TO LICENSE AGREEMENT", center=True)
    d.p("This Amendment No. 4 is entered into as of October 31, 2025 between %s (\"Vendor\") "
        "and %s (\"Customer\") to amend the License Agreement dated April 1, 2019 (the "
        "\"Agreement\")." % (V, C))
    d.p("1. Background. Section 8.1 of the Agreement currently provides that CPT\u00ae "
        "content is included in the Software and that its royalty is included in the "
        "annual maintenance fee. Vendor has elected not to renew its distribution agreement "
        "with the American Medical Association after the 2025 release.")
    d.p("2. Amendment. Section 8.1 is deleted and replaced with: \"8.1 CPT. Beginning with "
        "the 2026 release, Vendor does not distribute CPT content. Customer shall obtain, "
        "at its own expense, a license for CPT from the American Medical Association or "
        "another AMA-authorized distributor covering all of its users of the Software, and "
        "shall load the licensed CPT data file into the Software using the import utility. "
        "Vendor shall remove the 2025 CPT content from the Software on or before March 31, "
        "2026.\"")
    d.p("3. Maintenance fee. The annual maintenance fee remains $14,200 and is not reduced.")
    d.p("4. No other change. Except as set out above, the Agreement continues unchanged.")
    d.sig(V, C)
    d.build()


V = "Saltmarsh Health Apps, LLC"


@doc("cml12_saltmarsh_two_column_terms.pdf", V, "customer_must_license", None,
     "Two-column app terms: the app lets clinicians key their own procedure codes; user "
     "must have its own AMA or distributor licence for any CPT entered")
def _cml12(V=V):
    d = Doc("cml12_saltmarsh_two_column_terms.pdf", size=8.5, columns=2,
            footer="%s  \u00b7  Terms for Professional Users  \u00b7  rev. 2025-11" % V)
    d.h1("SALTMARSH PRO - TERMS FOR PROFESSIONAL USERS", center=True)
    d.center("These terms are an agreement between %s (\"Saltmarsh\") and the practice or "
             "clinician who subscribes to Saltmarsh Pro (\"you\")." % V)
    d.fb()
    d.h2("1. The app")
    d.p("Saltmarsh Pro is a mobile and web app for home-visit clinicians: route planning, "
        "visit notes, photos, e-signatures and a visit log that exports to your billing "
        "system.")
    d.h2("2. Subscription")
    d.p("Saltmarsh Pro costs $24.99 per clinician per month, billed through the app store or "
        "by card. You may cancel at any time.")
    d.h2("3. Your content")
    d.p("You own your notes and data. You grant us the rights we need to host and back them "
        "up.")
    d.h2("4. Procedure codes")
    d.p("4.1 Saltmarsh Pro does not contain any code set. The visit log has a free-text "
        "\"procedure code\" field, and you may also upload your own code list.")
    d.p("4.2 If you enter or upload CPT\u00ae codes or descriptors, you must hold your own "
        "licence for CPT from the American Medical Association or an authorized "
        "distributor that covers each user of Saltmarsh Pro in your practice. Saltmarsh "
        "does not supply or license CPT.")
    d.h2("5. Privacy and HIPAA")
    d.p("Our Business Associate Agreement applies to protected health information you store "
        "in the app.")
    d.h2("6. Acceptable use")
    d.p("Do not share logins, upload malware or use the app for anything unlawful.")
    d.h2("7. Availability")
    d.p("We aim for 99.5% uptime and schedule maintenance overnight.")
    d.h2("8. Disclaimers")
    d.p("The app is a documentation tool and does not give clinical advice.")
    d.h2("9. Liability")
    d.p("Our total liability is limited to the fees you paid in the last twelve months.")
    d.h2("10. Changes")
    d.p("We may update these terms on 30 days' notice in the app.")
    d.h2("11. Payments and refunds")
    d.p("Fees are charged in advance each month. We do not refund partial months, except "
        "where the law requires it. Failed payments are retried three times over ten days, "
        "after which your account becomes read-only until payment is made.")
    d.h2("12. Integrations")
    d.p("The visit-log export works with the billing and EHR systems listed in the app. "
        "Those systems are governed by their own terms, and we are not responsible for "
        "changes their vendors make that affect the export.")
    d.h2("13. Security")
    d.p("We encrypt data in transit and at rest, require multi-factor sign-in for "
        "administrators and keep audit logs of access to patient records for six years. "
        "You must tell us promptly if you suspect a login has been compromised.")
    d.h2("14. Suspension")
    d.p("We may suspend access to protect the service or other users, for example where an "
        "account is sending malware or is under attack. We will tell you why and restore "
        "access as soon as the risk is resolved.")
    d.h2("15. Termination and export")
    d.p("You may close your account at any time from Settings. For sixty days after "
        "closure you can export your notes and visit logs as PDF and CSV files; after that "
        "we delete them from production systems, and from backups within a further ninety "
        "days.")
    d.h2("16. Disputes")
    d.p("Before filing a claim, each party agrees to try to resolve the dispute informally "
        "for thirty days. Disputes that are not resolved are decided by binding arbitration "
        "in Charleston, South Carolina, except that either party may seek injunctive relief "
        "in court to protect its intellectual property.")
    d.h2("17. Law")
    d.p("South Carolina law governs these terms.")
    d.h2("18. Contact")
    d.p("Questions about these terms can be sent to legal@saltmarsh.example or by mail to "
        "Saltmarsh Health Apps, 12 Bay Street, Beaufort, SC 29902.")
    d.build()


V = "Trellis Implementation Group, Inc."


@doc("cml13_trellis_unruled_responsibility_matrix.pdf", V, "customer_must_license", None,
     "Implementation SOW with an unruled responsibility matrix: 'Obtain CPT licence (AMA or "
     "distributor)' marked Client; Trellis only assists with loading")
def _cml13(V=V):
    C = "Horizon Behavioral Health Services, Inc."
    d = Doc("cml13_trellis_unruled_responsibility_matrix.pdf", size=10,
            header="Trellis Implementation Group - Statement of Work TIG-2026-07")
    d.h1("STATEMENT OF WORK TIG-2026-07")
    d.p("This Statement of Work is issued under the Consulting Services Agreement between %s "
        "(\"Trellis\") and %s (\"Client\") for Client's migration to a new practice "
        "management and EHR system selected by Client (the \"New System\")." % (V, C))
    d.h2("1. Scope")
    d.p("Trellis will project-manage the migration, map Client's legacy data, build "
        "templates and train Client's staff. Trellis does not resell software or content.")
    d.h2("2. Responsibility matrix")
    d.table([
        ["Task", "Trellis", "Client"],
        ["Project plan and weekly status", "Responsible", "Consulted"],
        ["Select and contract with New System vendor", "Advises", "Responsible"],
        ["Obtain CPT\u00ae licence (AMA or authorized distributor) for all users", "-", "Responsible"],
        ["Load Client's licensed CPT data file", "Assists", "Responsible"],
        ["Map legacy fee schedule", "Responsible", "Approves"],
        ["Build note templates", "Responsible", "Approves"],
        ["End-user training", "Responsible", "Attends"],
        ["Go-live approval", "Recommends", "Responsible"],
    ], widths=[3.8 * inch, 1.3 * inch, 1.3 * inch], ruled=False)
    d.h2("3. Fees")
    d.p("Fixed fee of $38,500, invoiced in four milestone payments; travel billed at cost.")
    d.h2("4. Assumptions")
    d.bullets([
        "Client's New System vendor has confirmed that customers supply their own CPT "
        "licence and data file.",
        "Client will name a project lead with authority to approve design decisions.",
        "Delays caused by Client's licensing or vendor contracting extend the timeline.",
    ])
    d.sig(V, C)
    d.build()


V = "Redfern Analytics, Inc."


@doc("cml14_redfern_analytics_ama_rate_quoted.pdf", V, "customer_must_license", None,
     "Analytics subscription: Customer must hold its own CPT licence; the AMA internal-use "
     "rate quoted 'for budgeting' is not a vendor fee")
def _cml14(V=V):
    C = "Silverlake Gastroenterology, LLC"
    d = Doc("cml14_redfern_analytics_ama_rate_quoted.pdf", size=10,
            header="Redfern Analytics - Order and Terms")
    d.h1("REDFERN PRACTICE ANALYTICS - ORDER AND TERMS")
    d.p("Vendor: %s. Customer: %s. Order date: January 12, 2026." % (V, C))
    d.table([
        ["Item", "Fee"],
        ["Practice Analytics subscription", "$850 per month"],
        ["Benchmark add-on", "$200 per month"],
        ["Onboarding", "$1,500 one time"],
    ], widths=[3.4 * inch, 2.8 * inch])
    d.h2("Terms")
    d.p("1. Redfern ingests Customer's claims and remittance data and presents productivity, "
        "denial and payer-mix dashboards.")
    d.p("2. Dashboards display the CPT\u00ae codes contained in Customer's own data. Redfern "
        "does not distribute CPT content. Customer must hold its own licence for CPT, "
        "covering the users who view Redfern dashboards, from the American Medical "
        "Association or an authorized distributor.")
    d.p("3. For budgeting only: the AMA's published internal-use royalty for the 2026 "
        "release is the AMA's then-current entity fee plus $18.50 per user. Redfern does not "
        "collect this amount and does not guarantee it.")
    d.p("4. Customer data remains Customer's property and is deleted ninety days after "
        "termination.")
    bp_liability(d, "5.")
    bp_law(d, "6.", "Minnesota")
    d.sig(V, C)
    d.build()


# ===========================================================================
# NOT ADDRESSED
# ===========================================================================

V = "Bayside Dental Systems, Inc."


@doc("na01_bayside_dental_cdt_only.pdf", V, "not_addressed", None,
     "Dental PM licence dealing only with CDT (ADA) and a CDT content fee; no CPT at all")
def _na01(V=V):
    C = "Harbor Smiles Family Dentistry, P.C."
    d = Doc("na01_bayside_dental_cdt_only.pdf", size=10,
            header="Bayside Dental Systems - Software License and Support Agreement")
    d.h1("SOFTWARE LICENSE AND SUPPORT AGREEMENT")
    d.p("Between %s (\"Bayside\") and %s (\"Practice\"), effective January 1, 2026." % (V, C))
    d.h2("1. Software")
    d.p("Bayside licenses its dental practice management software, Bayside Chairside, for "
        "scheduling, perio and restorative charting, treatment plans, imaging bridges and "
        "dental claims on the ADA Dental Claim Form.")
    d.h2("2. Dental procedure codes")
    d.p("2.1 Bayside Chairside contains the Code on Dental Procedures and Nomenclature "
        "(Current Dental Terminology, \"CDT\"), copyright the American Dental Association "
        "(\"ADA\"), which Bayside distributes under a license from the ADA.")
    d.p("2.2 Practice shall pay a CDT content fee of $12.00 per operatory per year, which "
        "Bayside remits to the ADA after deducting its administration cost.")
    d.p("2.3 Bayside Chairside does not support medical claim forms or medical procedure "
        "coding.")
    d.h2("3. Fees")
    d.table([
        ["Item", "Fee"],
        ["Bayside Chairside license", "$325 per month (up to 6 operatories)"],
        ["Additional operatory", "$35 per month"],
        ["Electronic dental claims", "$0.35 per claim"],
    ], widths=[3.0 * inch, 3.4 * inch])
    d.h2("4. General")
    bp_support(d, "4.1")
    bp_hipaa(d, "4.2", "Bayside")
    bp_liability(d, "4.3")
    bp_law(d, "4.4", "Washington")
    d.sig(V, C)
    d.build()


V = "Resilience Training Institute, LLC"


@doc("na02_resilience_cpt_therapy_training.pdf", V, "not_addressed", None,
     "'CPT' means Cognitive Processing Therapy: a clinician training and materials licence "
     "with a per-clinician fee; no CPT code set")
def _na02(V=V):
    C = "Northwoods Trauma Recovery Center, Inc."
    d = Doc("na02_resilience_cpt_therapy_training.pdf", size=10,
            header="Resilience Training Institute - CPT Training and Materials License")
    d.h1("CPT TRAINING AND MATERIALS LICENSE AGREEMENT")
    d.p("This Agreement is between %s (the \"Institute\") and %s (the \"Organization\")." % (V, C))
    d.h2("1. Definitions")
    d.p("\"CPT\" means Cognitive Processing Therapy, a manualized, evidence-based "
        "psychotherapy for post-traumatic stress disorder. \"Materials\" means the "
        "Institute's CPT workshop slides, worksheets, session checklists and fidelity "
        "rating forms.")
    d.h2("2. Training")
    d.p("The Institute will deliver a two-day CPT workshop for up to 20 clinicians, followed "
        "by twelve weekly consultation calls over six months.")
    d.h2("3. License to Materials")
    d.p("The Institute grants the Organization a non-exclusive license to reproduce the "
        "Materials for use with its own clients by clinicians who completed the workshop.")
    d.h2("4. Fees")
    d.table([
        ["Item", "Fee"],
        ["CPT workshop and consultation", "$450 per clinician"],
        ["CPT Materials license", "$75 per clinician per year"],
        ["Fidelity review of recorded sessions", "$120 per session"],
    ], widths=[3.2 * inch, 3.0 * inch])
    d.h2("5. General")
    d.p("The Institute does not provide clinical supervision and is not responsible for "
        "clinical decisions. Materials may not be sold or posted publicly.")
    bp_law(d, "6.", "Michigan")
    d.sig(V, C)
    d.build()


V = "NeuroMetric Assessments, Inc."


@doc("na03_neurometric_continuous_performance_test.pdf", V, "not_addressed", None,
     "'CPT' means Continuous Performance Test (attention assessment software) with "
     "per-administration fees; no procedure code set")
def _na03(V=V):
    d = Doc("na03_neurometric_continuous_performance_test.pdf", size=10,
            header="NeuroMetric Assessments - Software License and Pricing",
            footer="\u00a9 2025 %s  |  Qualified-user assessment products" % V)
    d.h1("NeuroMetric CPT-5 Online - License Terms")
    d.p("The NeuroMetric CPT-5 (Continuous Performance Test, fifth edition) is a "
        "computerized assessment of sustained attention and impulsivity for ages 6 and up. "
        "These terms apply to clinics licensing CPT-5 Online from %s." % V)
    d.h2("1. Qualified users")
    d.p("CPT-5 may be administered only under the supervision of a licensed psychologist, "
        "physician or other professional qualified to interpret psychological tests.")
    d.h2("2. Pricing")
    d.table([
        ["Item", "Price"],
        ["CPT-5 Online platform license", "$350 per clinic per year"],
        ["CPT-5 administration and report", "$3.50 per administration"],
        ["CPT-5 interpretive training (recorded)", "$95 per clinician"],
    ], widths=[3.2 * inch, 3.0 * inch])
    d.h2("3. Test security")
    d.p("Clinics shall not disclose test stimuli, scoring algorithms or normative tables and "
        "shall not allow examinees to practise the test.")
    d.h2("4. Data")
    d.p("Scores are stored in the NeuroMetric portal for seven years and may be exported as "
        "PDF reports.")
    bp_liability(d, "5.")
    bp_law(d, "6.", "New Jersey")
    d.build()


V = "Greenleaf Diagnostics Coding, LLC"


@doc("na04_greenleaf_icd10_content_fee.pdf", V, "not_addressed", None,
     "Diagnosis-coding tool that charges an ICD-10-CM content fee of $21.50 per user per "
     "year; CPT never mentioned")
def _na04(V=V):
    C = "Sterling Hospitalist Group, PLLC"
    d = Doc("na04_greenleaf_icd10_content_fee.pdf", size=10,
            header="Greenleaf Diagnostics Coding - Subscription Order")
    d.h1("SUBSCRIPTION ORDER - GREENLEAF DX")
    d.p("Vendor: %s. Customer: %s." % (V, C))
    d.p("Greenleaf Dx is a diagnosis-coding assistant that suggests ICD-10-CM codes from "
        "clinical documentation and checks specificity, laterality and combination-code "
        "rules.")
    d.table([
        ["Item", "Basis", "Fee"],
        ["Greenleaf Dx subscription", "per user per month", "$42.00"],
        ["ICD-10-CM content fee (publisher edition)", "per user per year", "$21.50"],
        ["HCC risk-adjustment pack", "per user per month", "$15.00"],
    ], widths=[3.0 * inch, 1.8 * inch, 1.4 * inch])
    d.p("The ICD-10-CM content fee covers the publisher's annotated edition and index that "
        "Greenleaf Dx uses, including coding tips and guideline cross-references.")
    d.h2("Terms")
    bp_term(d, "1.", years=1, notice=30)
    bp_liability(d, "2.")
    bp_law(d, "3.", "Kentucky")
    d.sig(V, C)
    d.build()


V = "Crestline DME Software, Inc."


@doc("na05_crestline_hcpcs_level_ii_fee.pdf", V, "not_addressed", None,
     "DME supplier billing software charging a HCPCS Level II content fee of $19 per user "
     "per year; no CPT")
def _na05(V=V):
    C = "Mountain States Medical Supply, LLC"
    d = Doc("na05_crestline_hcpcs_level_ii_fee.pdf", size=10,
            header="Crestline DME Software - License Agreement")
    d.h1("LICENSE AGREEMENT")
    d.p("Between %s (\"Crestline\") and %s (\"Supplier\"), a DMEPOS supplier." % (V, C))
    d.h2("1. Software")
    d.p("Crestline licenses its DMEPOS billing software for intake, delivery tickets, "
        "certificates of medical necessity, rental cycles and Medicare DME MAC claims.")
    d.h2("2. Content")
    d.p("2.1 The software includes a HCPCS Level II code library with modifiers, "
        "DME MAC policy articles and pricing for each quarter.")
    d.p("2.2 Supplier shall pay a HCPCS Level II content fee of $19.00 per user per year for "
        "the annotated publisher edition of the HCPCS Level II code set.")
    d.h2("3. Fees")
    d.p("License: $175 per user per month. Claims: $0.22 per claim.")
    d.h2("4. General")
    bp_support(d, "4.1")
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "Utah")
    d.sig(V, C)
    d.build()


V = "Nimbus Front Office, Inc."


@doc("na06_nimbus_cpt_feature_only.pdf", V, "not_addressed", None,
     "Product sheet and order where CPT appears only as a feature ('CPT and ICD-10 lookup "
     "on superbills'); licensing never discussed")
def _na06(V=V):
    C = "Willow Creek Family Practice, LLC"
    d = Doc("na06_nimbus_cpt_feature_only.pdf", size=10,
            header="Nimbus Front Office - Order Form and Product Description")
    d.h1("Nimbus Front Office - Order Form")
    d.p("Vendor: %s  |  Customer: %s  |  Start: February 1, 2026" % (V, C))
    d.h2("What's included")
    d.bullets([
        "Online booking with insurance card capture",
        "Automated reminders by text and e-mail",
        "Eligibility checks before each visit",
        "Superbill builder with CPT and ICD-10 code lookup and favourites lists",
        "Copay collection and card-on-file",
        "Daily front-desk dashboard",
    ])
    d.h2("Pricing")
    d.table([
        ["Item", "Price"],
        ["Nimbus Front Office", "$249 per location per month"],
        ["Eligibility checks", "$0.15 per check"],
        ["Text reminders", "Included up to 2,000 per month"],
    ], widths=[3.0 * inch, 3.4 * inch])
    d.h2("Terms")
    d.p("This order is governed by the Nimbus Terms of Service. Month-to-month; cancel with "
        "30 days' notice. Prices exclude taxes.")
    bp_hipaa(d, "1.", "Nimbus")
    bp_data(d, "2.")
    d.sig(V, C)
    d.build()


V = "Chimewell Patient Messaging, Inc."


@doc("na07_chimewell_messaging_no_codes.pdf", V, "not_addressed", None,
     "Patient-messaging SaaS agreement with no code sets at all")
def _na07(V=V):
    C = "Lakeland Dermatology Associates, P.A."
    d = Doc("na07_chimewell_messaging_no_codes.pdf", font="Times-Roman", size=10.5,
            header="Chimewell - Services Agreement")
    d.h1("SERVICES AGREEMENT", center=True)
    d.p("This Services Agreement is between %s (\"Chimewell\") and %s (\"Customer\")." % (V, C))
    d.h2("1. Services")
    d.p("Chimewell provides two-way patient texting, appointment reminders, recall "
        "campaigns, review requests and a shared inbox, integrated with Customer's "
        "scheduling system through a read-only connector.")
    d.h2("2. Consent and messaging rules")
    d.p("Customer is responsible for obtaining patient consent to receive messages and for "
        "honouring opt-outs. Chimewell processes STOP requests automatically and observes "
        "quiet hours.")
    d.h2("3. Fees")
    d.p("Customer shall pay $299 per month per location, including 3,000 messages; "
        "additional messages are $0.03 each.")
    d.h2("4. General")
    bp_hipaa(d, "4.1", "Chimewell")
    bp_confidentiality(d, "4.2")
    bp_warranty(d, "4.3")
    bp_liability(d, "4.4")
    bp_term(d, "4.5", years=1, notice=30)
    bp_law(d, "4.6", "Florida")
    d.sig(V, C)
    d.build()


V = "Ironbridge Managed IT, LLC"


@doc("na08_ironbridge_managed_it.pdf", V, "not_addressed", None,
     "Managed IT services for a medical practice (helpdesk, backups, devices); no CPT")
def _na08(V=V):
    C = "Parkside Pediatrics, PLLC"
    d = Doc("na08_ironbridge_managed_it.pdf", size=10,
            header="Ironbridge Managed IT - Managed Services Agreement")
    d.h1("MANAGED SERVICES AGREEMENT")
    d.p("Between %s (\"Ironbridge\") and %s (\"Client\")." % (V, C))
    d.h2("1. Services")
    d.bullets([
        "Helpdesk for up to 35 users, business hours, with after-hours emergency line",
        "Patch management, endpoint protection and e-mail filtering",
        "Nightly encrypted backups with quarterly restore tests",
        "Network and firewall management for two offices",
        "Third-party vendor coordination, including Client's EHR and PM vendors",
    ])
    d.h2("2. Fees")
    d.table([
        ["Item", "Fee"],
        ["Managed services", "$135 per user per month"],
        ["Onboarding", "$2,500 one time"],
        ["Project work", "$150 per hour"],
    ], widths=[3.0 * inch, 3.4 * inch])
    d.h2("3. Software licences")
    d.p("Client remains responsible for licences to the operating systems, office software "
        "and clinical applications it uses, except the security tools Ironbridge supplies "
        "as part of the managed services.")
    d.h2("4. General")
    bp_hipaa(d, "4.1", "Ironbridge")
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "Indiana")
    d.sig(V, C)
    d.build()


V = "Helix Analyzer Leasing Corp."


@doc("na09_helix_reagent_rental_cost_per_test.pdf", V, "not_addressed", None,
     "Reagent-rental agreement for a lab analyzer where 'CPT' means cost per test ($2.85 per "
     "reportable result); no procedure code set")
def _na09(V=V):
    C = "Valley Oaks Medical Clinic, Inc."
    d = Doc("na09_helix_reagent_rental_cost_per_test.pdf", font="Times-Roman", size=10.5,
            header="Helix Analyzer Leasing - Reagent Rental Agreement")
    d.h1("REAGENT RENTAL AGREEMENT", center=True)
    d.p("This Reagent Rental Agreement is between %s (\"Helix\") and %s (\"Customer\")." % (V, C))
    d.h2("1. Equipment")
    d.p("Helix places one Helix C-220 chemistry analyzer and one Helix H-90 hematology "
        "analyzer at Customer's in-office laboratory at no separate equipment charge.")
    d.h2("2. Pricing on a cost-per-test basis")
    d.p("2.1 In this Agreement, \"CPT\" means cost per test, the all-inclusive price for "
        "reagents, calibrators, controls, consumables, service and equipment use per "
        "patient reportable result.")
    d.table([
        ["Panel / assay", "CPT (cost per test)"],
        ["Basic metabolic panel", "$2.85 per reportable result"],
        ["Lipid panel", "$3.40 per reportable result"],
        ["CBC with differential", "$1.95 per reportable result"],
        ["Hemoglobin A1c", "$4.10 per reportable result"],
    ], widths=[3.0 * inch, 3.2 * inch])
    d.p("2.2 Customer commits to a minimum of 1,200 reportable results per month. If volume "
        "falls below the minimum for three consecutive months, the CPT for each assay "
        "increases by 15%.")
    d.h2("3. Service")
    d.p("Helix provides preventive maintenance twice yearly and on-site repair within one "
        "business day.")
    d.h2("4. General")
    bp_term(d, "4.1", years=5, notice=90)
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "California")
    d.sig(V, C)
    d.build()


V = "Molarline Claims Network, LLC"


@doc("na10_molarline_dental_clearinghouse.pdf", V, "not_addressed", None,
     "Dental claims clearinghouse enrolment (ADA claim form, CDT codes); medical claims not "
     "processed; no CPT")
def _na10(V=V):
    d = Doc("na10_molarline_dental_clearinghouse.pdf", size=9.5,
            header="Molarline - Dental Office Enrollment Terms",
            footer="%s  |  Dental EDI" % V)
    d.h1("Dental Office Enrollment Terms")
    d.p("These terms apply to dental offices that enroll with %s (\"Molarline\") to send "
        "dental claims and attachments electronically." % V)
    d.h2("1. Services")
    d.p("Molarline accepts 837D dental claims from the office's dental practice management "
        "software, edits them, forwards them to dental payers and returns reports and "
        "835 remittances. Molarline also transmits radiograph and periodontal-chart "
        "attachments.")
    d.h2("2. Scope")
    d.p("Molarline does not process medical (837P or 837I) claims. Offices that bill medical "
        "plans for oral surgery must use a medical clearinghouse.")
    d.h2("3. Codes")
    d.p("Claims must use CDT codes as reported on the ADA Dental Claim Form. The office is "
        "responsible for the codes it submits through its practice management software.")
    d.h2("4. Fees")
    d.table([
        ["Service", "Fee"],
        ["Unlimited dental claims", "$49 per month per office"],
        ["Attachments", "$1.25 per attachment"],
        ["Real-time eligibility", "Included"],
    ], widths=[3.0 * inch, 3.0 * inch])
    d.h2("5. General")
    bp_hipaa(d, "5.1", "Molarline")
    bp_law(d, "5.2", "Georgia")
    d.build()


V = "Apex Pharmacy Staffing, Inc."


@doc("na11_apex_staffing_certified_pharmacy_technician.pdf", V, "not_addressed", None,
     "Staffing agreement where 'CPT' means certified pharmacy technician; hourly bill "
     "rates; no code set")
def _na11(V=V):
    C = "Riverside Infusion and Specialty Clinic, LLC"
    d = Doc("na11_apex_staffing_certified_pharmacy_technician.pdf", size=10,
            header="Apex Pharmacy Staffing - Client Staffing Agreement")
    d.h1("CLIENT STAFFING AGREEMENT")
    d.p("Between %s (\"Apex\") and %s (\"Client\")." % (V, C))
    d.h2("1. Placements")
    d.p("Apex will place pharmacists and certified pharmacy technicians (each a \"CPT\") at "
        "Client's infusion pharmacy on temporary and temp-to-hire assignments. Each CPT "
        "holds a current national pharmacy technician certification and state registration.")
    d.h2("2. Bill rates")
    d.table([
        ["Role", "Regular rate", "Overtime rate"],
        ["Pharmacist", "$92.00 per hour", "$138.00 per hour"],
        ["CPT - sterile compounding", "$41.00 per hour", "$61.50 per hour"],
        ["CPT - general", "$34.50 per hour", "$51.75 per hour"],
    ], widths=[2.6 * inch, 1.8 * inch, 1.8 * inch])
    d.p("A conversion fee of 18% of first-year base salary applies if Client hires a CPT "
        "directly within 520 hours of assignment.")
    d.h2("3. Client responsibilities")
    d.p("Client shall provide orientation, supervision by a licensed pharmacist, and a safe "
        "workplace, and shall verify timesheets weekly.")
    d.h2("4. General")
    bp_confidentiality(d, "4.1")
    bp_law(d, "4.2", "Missouri")
    d.sig(V, C)
    d.build()


V = "Meshwork Interop Labs, Inc."


@doc("na12_meshwork_interop_free_terminologies.pdf", V, "not_addressed", None,
     "Interoperability engine terms covering LOINC, SNOMED CT, ICD-10 and RxNorm (all free "
     "licences); CPT not mentioned")
def _na12(V=V):
    C = "Eastgate Community Health Network, Inc."
    d = Doc("na12_meshwork_interop_free_terminologies.pdf", size=10,
            header="Meshwork Interop Labs - Integration Engine Subscription")
    d.h1("INTEGRATION ENGINE SUBSCRIPTION TERMS")
    d.p("Between %s (\"Meshwork\") and %s (\"Customer\")." % (V, C))
    d.h2("1. Service")
    d.p("Meshwork provides a hosted integration engine that routes HL7 v2, C-CDA and FHIR "
        "R4 messages between Customer's systems, health information exchanges and public "
        "health registries.")
    d.h2("2. Terminology services")
    d.p("2.1 The terminology service maps local codes to LOINC, SNOMED CT, ICD-10-CM and "
        "RxNorm.")
    d.p("2.2 LOINC is used under Regenstrief's free licence; SNOMED CT and RxNorm are used "
        "under the National Library of Medicine's UMLS licence, which is free for use in the "
        "United States; ICD-10-CM is a U.S. Government publication. Customer shall accept "
        "the UMLS licence terms through its own UMLS account if it downloads those files.")
    d.h2("3. Fees")
    d.p("$3,100 per month for up to 40 interfaces; $60 per additional interface per month.")
    d.h2("4. General")
    bp_support(d, "4.1")
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "Massachusetts")
    d.sig(V, C)
    d.build()


# ===========================================================================
# UNCLEAR
# ===========================================================================

V = "Ferncastle Medical Software, Inc."


@doc("un01_ferncastle_notices_only.pdf", V, "unclear", None,
     "Subscription terms whose only CPT content is the AMA notice block (copyright line, "
     "FARS/DFARS, 'AMA does not practice medicine'); no grant, no fee, no allocation")
def _un01(V=V):
    C = "Kingsbury Internal Medicine, LLC"
    d = Doc("un01_ferncastle_notices_only.pdf", size=10,
            header="Ferncastle Medical Software - Subscription Terms")
    d.h1("SUBSCRIPTION TERMS")
    d.p("These Subscription Terms are between %s (\"Ferncastle\") and %s (\"Customer\") and "
        "govern Customer's subscription to Ferncastle Clinic." % (V, C))
    d.h2("1. Subscription")
    d.p("Ferncastle Clinic is a hosted EHR with scheduling, documentation, e-prescribing, "
        "charge capture and claims. Customer's subscription fees are set out in the Order.")
    d.h2("2. Customer obligations")
    d.p("Customer is responsible for its users' conduct, for the accuracy of information "
        "entered, and for clinical decisions.")
    d.h2("3. General")
    bp_data(d, "3.1")
    bp_warranty(d, "3.2")
    bp_liability(d, "3.3")
    bp_term(d, "3.4", years=1, notice=30)
    bp_law(d, "3.5", "Tennessee")
    d.h2("4. Notices regarding third-party content")
    ama_notice_block(d, year=2025)
    d.p("ICD-10-CM is published by the National Center for Health Statistics. NDC data is "
        "published by the U.S. Food and Drug Administration.")
    d.sig(V, C)
    d.build()


V = "Quarry Hill Health Software LLC"


@doc("un02_quarryhill_third_party_fees_may_apply.pdf", V, "unclear", None,
     "MSA: 'third-party content, including code sets such as CPT, may be subject to "
     "additional fees charged by Vendor or the content owner' - who pays left open")
def _un02(V=V):
    C = "Elmhurst Sports Medicine, P.C."
    d = Doc("un02_quarryhill_third_party_fees_may_apply.pdf", font="Times-Roman", size=10.5,
            header="Quarry Hill Health Software - Master Services Agreement")
    d.h1("MASTER SERVICES AGREEMENT", center=True)
    d.p("Between %s (\"Vendor\") and %s (\"Client\"), effective December 15, 2025." % (V, C))
    d.h2("1. Services")
    d.p("Vendor provides its sports-medicine EHR and billing platform and related support "
        "(the \"Services\") for the fees in each Order.")
    d.h2("2. Fees")
    d.p("2.1 Client shall pay the fees in each Order.")
    d.p("2.2 Third-party content. The Services contain third-party content, including code "
        "sets such as CPT\u00ae, drug databases and imaging references. Third-party content "
        "may be subject to additional fees charged by Vendor or by the content owner, and "
        "to the content owner's terms, as updated from time to time.")
    d.h2("3. Orders")
    d.p("Order No. 1 covers the EHR and billing platform at $240 per provider per month and "
        "implementation at $4,000.")
    d.h2("4. General")
    bp_confidentiality(d, "4.1")
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "New York")
    d.sig(V, C)
    d.build()


V = "Thornbury Clinical Cloud, Inc."


@doc("un03_thornbury_third_party_terms_not_attached.pdf", V, "unclear", None,
     "CPT listed as Third-Party Content 'subject to the Third-Party Terms' at a URL that is "
     "not attached; nothing says who pays")
def _un03(V=V):
    C = "Riverside Nephrology Associates, P.A."
    d = Doc("un03_thornbury_third_party_terms_not_attached.pdf", size=10,
            header="Thornbury Clinical Cloud - Customer Agreement")
    d.h1("CUSTOMER AGREEMENT")
    d.p("Between %s (\"Thornbury\") and %s (\"Customer\")." % (V, C))
    d.h2("1. Definitions")
    d.p("\"Third-Party Content\" means content licensed to Thornbury by third parties and "
        "made available in the Service, including CPT\u00ae, First Databank drug data and "
        "dialysis-unit reference tables.")
    d.p("\"Third-Party Terms\" means the terms published at thornbury.example/legal/"
        "third-party, as updated from time to time.")
    d.h2("2. Third-Party Content")
    d.p("Customer's use of Third-Party Content is subject to the Third-Party Terms. "
        "Thornbury makes no warranty regarding Third-Party Content.")
    d.h2("3. Fees")
    d.p("Service fee: $3,900 per month for up to 12 providers. Dialysis unit interface: "
        "$450 per unit per month.")
    d.h2("4. General")
    bp_hipaa(d, "4.1", "Thornbury")
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "Texas")
    d.sig(V, C)
    d.build()


V = "Wrenfield Software Group, Inc."


@doc("un04_wrenfield_faq_reviewing_requirements.pdf", V, "unclear", None,
     "Help FAQ: vendor is 'reviewing' the AMA's requirements; a CPT charge may come in "
     "future with notice; nothing decided now")
def _un04(V=V):
    d = Doc("un04_wrenfield_faq_reviewing_requirements.pdf",
            header="Wrenfield Community  >  Announcements  >  AMA CPT licensing",
            footer="\u00a9 2026 %s  \u00b7  Community guidelines  \u00b7  Privacy" % V)
    d.h1("AMA CPT\u00ae licensing: what we know so far")
    d.small("Posted by Wrenfield Team  \u00b7  January 14, 2026  \u00b7  Pinned")
    d.p("A number of you have asked whether Wrenfield will start charging the AMA CPT fee "
        "that some other practice-management systems now add to invoices.")
    d.q("Are you charging an AMA fee now?")
    d.p("Not at this time. No AMA or CPT line appears on your Wrenfield invoice today.")
    d.q("Will you charge one in future?")
    d.p("We are reviewing the AMA's licensing requirements with our counsel and with the "
        "AMA. Depending on the outcome, some or all customers may be asked to pay a "
        "CPT-related charge in future, or we may be able to continue without one. If any "
        "charge is introduced, we will give at least 60 days' notice before it takes "
        "effect.")
    d.q("Do I need my own licence from the AMA in the meantime?")
    d.p("We can't give legal advice. If you are unsure whether your practice needs its own "
        "licence, contact the AMA's CPT licensing team.")
    d.q("Where can I follow updates?")
    d.p("Subscribe to this thread. We'll post here first.")
    d.sp(6)
    d.small("42 replies  \u00b7  118 followers")
    d.build()


V = "Ostrander Billing Software, LLC"


@doc("un05_ostrander_trademark_line_only.pdf", V, "unclear", None,
     "Billing software agreement with CPT in the feature list and only a trademark "
     "attribution line ('CPT is a registered trademark of the AMA'); licensing never "
     "allocated")
def _un05(V=V):
    C = "Copper Canyon Pain Management, PLLC"
    d = Doc("un05_ostrander_trademark_line_only.pdf", size=10,
            header="Ostrander Billing Software - License and Services Agreement",
            footer="CPT is a registered trademark of the American Medical Association.")
    d.h1("LICENSE AND SERVICES AGREEMENT")
    d.p("Between %s (\"Ostrander\") and %s (\"Licensee\")." % (V, C))
    d.h2("1. Software")
    d.p("Ostrander licenses Ostrander Bill, a practice billing application providing charge "
        "entry with CPT code and modifier validation, claim scrubbing, ERA posting, "
        "denial work lists and A/R reporting by CPT code and payer.")
    d.h2("2. Fees")
    d.table([
        ["Item", "Fee"],
        ["Ostrander Bill license", "$450 per month per TIN"],
        ["User logins", "$25 per login per month"],
        ["Claims", "$0.30 per claim"],
    ], widths=[3.0 * inch, 3.4 * inch])
    d.h2("3. General")
    bp_support(d, "3.1")
    bp_liability(d, "3.2")
    bp_term(d, "3.3", years=2, notice=60)
    bp_law(d, "3.4", "Arizona")
    d.sig(V, C)
    d.build()


V = "Delmont Health Systems, Inc."


@doc("un06_delmont_letter_evaluating.pdf", V, "unclear", None,
     "Vendor letter: the AMA has contacted Delmont about royalties; Delmont is evaluating "
     "whether to pass them through; pricing 'to be communicated'")
def _un06(V=V):
    d = Doc("un06_delmont_letter_evaluating.pdf", font="Times-Roman", size=11,
            footer="%s  |  1 Tower Place, Suite 1800, Omaha, NE 68102" % V)
    d.p("<b>DELMONT HEALTH SYSTEMS</b>", raw=True)
    d.sp(6)
    d.p("December 2, 2025")
    d.p("Dear Delmont customer,")
    d.p("<b>Re: American Medical Association licensing of CPT\u00ae codes</b>", raw=True)
    d.p("The American Medical Association has contacted Delmont about the royalties that "
        "apply to CPT codes used in Delmont PM and Delmont EHR. We want you to hear about "
        "this from us first.")
    d.p("We are evaluating several options, including absorbing these royalties, passing "
        "some or all of them through to customers, or asking customers to license CPT "
        "codes directly. No decision has been made, and nothing changes on your invoice "
        "today. Any pricing change will be communicated at least 60 days in advance, and "
        "we will answer questions on our customer webinar on January 15, 2026.")
    d.p("Thank you for your patience while we work through this.")
    d.p("Sincerely,")
    d.sp(10)
    d.p("Priya Raman<br/>Vice President, Customer Experience<br/>%s" % esc(V), raw=True)
    d.build()


V = "Parkway EDI Exchange, Inc."


@doc("un07_parkway_clearinghouse_each_party.pdf", V, "unclear", None,
     "Clearinghouse terms ('Provider' = practice): 'each party shall obtain the licences "
     "required for its own activities' with CPT codes displayed in claim-correction "
     "screens; allocation left open")
def _un07(V=V):
    C = "Greenway Family Physicians, P.A."
    d = Doc("un07_parkway_clearinghouse_each_party.pdf", size=9.5,
            header="Parkway EDI Exchange - Provider Services Agreement",
            footer="%s  |  Provider Services" % V)
    d.h1("PROVIDER SERVICES AGREEMENT")
    d.p("This Agreement is between %s (\"Parkway\") and %s (\"Provider\"). Provider is the "
        "health care practice using Parkway's claim services." % (V, C))
    d.h2("1. Services")
    d.p("Parkway accepts claims from Provider's systems, returns rejections in its online "
        "claim-correction screens (which display CPT\u00ae codes, descriptors and modifiers "
        "for editing), forwards corrected claims to payers and returns remittances.")
    d.h2("2. Licences")
    d.p("Each party shall obtain and maintain the licences required by applicable law and "
        "by the owners of any proprietary content for its own activities under this "
        "Agreement, including licences to code sets such as CPT.")
    d.h2("3. Fees")
    d.p("Provider shall pay $110 per month per TIN for unlimited claims and remittances.")
    d.h2("4. General")
    bp_hipaa(d, "4.1", "Parkway")
    bp_liability(d, "4.2")
    bp_law(d, "4.3", "North Carolina")
    d.sig(V, C)
    d.build()


V = "Calloway Practice Technologies, Inc."


@doc("un08_calloway_content_fee_if_any.pdf", V, "unclear", None,
     "Master terms grant a CPT sublicence 'subject to payment of the applicable Content "
     "Fee, if any, set out in an Order Form'; no Order Form is included")
def _un08(V=V):
    d = Doc("un08_calloway_content_fee_if_any.pdf", size=9.5,
            header="Calloway Practice Technologies - Master Terms (Order Forms issued separately)",
            footer="%s  |  Master Terms v7.1" % V)
    d.h1("MASTER TERMS")
    d.p("These Master Terms apply to every Order Form signed between %s (\"Calloway\") and "
        "a customer (\"Customer\"). Each Order Form, with these Master Terms, is a separate "
        "agreement." % V)
    d.h2("1. Order Forms")
    d.p("Order Forms state the products, quantities, fees and term. If an Order Form "
        "conflicts with these Master Terms, the Order Form controls.")
    d.h2("2. CPT content")
    d.p("2.1 Calloway is party to a distribution agreement with the American Medical "
        "Association. Subject to payment of the applicable Content Fee, if any, set out in "
        "an Order Form, Calloway grants Customer a non-exclusive, non-transferable "
        "sublicence to use CPT\u00ae content within the Calloway products listed in that "
        "Order Form.")
    d.p("2.2 The sublicence terminates with Calloway's agreement with the AMA unless Customer "
        "obtains a licence directly from the AMA.")
    ama_notice_block(d, year=2025, include_gov=True, include_disclaimer=False)
    d.h2("3. General")
    bp_taxes(d, "3.1")
    bp_warranty(d, "3.2")
    bp_liability(d, "3.3")
    bp_law(d, "3.4", "Kansas")
    d.build()


V = "Hartwell Revenue Services, LLC"


@doc("un09_hartwell_rcm_costs_to_be_agreed.pdf", V, "unclear", None,
     "RCM agreement: costs of code-set licences incl. CPT 'shall be allocated as the parties "
     "may agree in writing from time to time'; no allocation made")
def _un09(V=V):
    C = "Brightwater Cardiology Associates, LLC"
    d = Doc("un09_hartwell_rcm_costs_to_be_agreed.pdf", font="Times-Roman", size=10.5,
            header="Hartwell Revenue Services - Revenue Cycle Management Agreement")
    d.h1("REVENUE CYCLE MANAGEMENT AGREEMENT", center=True)
    d.p("Between %s (\"Hartwell\") and %s (the \"Practice\"), effective February 1, 2026." % (V, C))
    d.h2("1. Services")
    d.p("Hartwell shall provide coding review, charge entry, claim submission, denial "
        "management and patient billing for the Practice, using the practice management "
        "platform that Hartwell hosts for its clients (the \"Platform\").")
    d.h2("2. Compensation")
    d.p("The Practice shall pay 5.5% of net collections monthly.")
    d.h2("3. Licences")
    d.p("3.1 The Platform contains CPT\u00ae content. The costs of any licences to code sets, "
        "including CPT, required for the Services or for the Practice's access to the "
        "Platform shall be allocated between the parties as they may agree in writing from "
        "time to time.")
    d.p("3.2 Each party shall comply with any end-user terms the content owners require.")
    d.h2("4. General")
    bp_hipaa(d, "4.1", "Hartwell")
    bp_confidentiality(d, "4.2")
    bp_term(d, "4.3", years=3, notice=90)
    bp_law(d, "4.4", "Maryland")
    d.sig(V, C)
    d.build()


# ===========================================================================
# main
# ===========================================================================

PUBLIC_NAME = {}


def slug(vendor):
    return "".join(ch for ch in vendor.split()[0].lower() if ch.isalnum())


def assign_public_names():
    """Neutral file names (no hint of the label): b<NN>_<vendor word>.pdf, numbered in
    alphabetical order of the vendor word so the order says nothing about coverage."""
    items = sorted(DOCS, key=lambda it: slug(it["vendor"]))
    for i, it in enumerate(items, 1):
        PUBLIC_NAME[it["fname"]] = "b%02d_%s.pdf" % (i, slug(it["vendor"]))
    assert len(set(PUBLIC_NAME.values())) == len(DOCS)


def main():
    assign_public_names()
    for f in os.listdir(HERE):
        if f.endswith(".pdf"):
            os.remove(os.path.join(HERE, f))
    labels = {"contracts": {}}
    for item in DOCS:
        item["fn"]()
        terms = {"vendor": item["vendor"], "coverage": item["coverage"],
                 "cpt_fee": item["fee"]}
        if item["ama_license"]:
            terms["ama_license"] = True
        labels["contracts"][PUBLIC_NAME[item["fname"]]] = {
            "description": item["description"],
            "status": "ok",
            "terms": terms,
        }
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d PDFs and labels.json" % len(DOCS))


if __name__ == "__main__":
    main()
