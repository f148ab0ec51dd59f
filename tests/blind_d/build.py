#!/usr/bin/env python3
"""Blind test set D for CPT Compare.

Deterministic: writes every PDF and labels.json into the folder holding this script.
Run with:  .venv/bin/python build.py
All parties, products and people are fictional. Text written for this set.
"""
import json
import math
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
ITAL = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}


def esc(t):
    return t.replace("&", "&amp;")


class Kit:
    def __init__(self, font="Helvetica", size=9.5, accent="#1f3a5f"):
        self.font = font
        self.bold = BOLD[font]
        self.ital = ITAL[font]
        self.accent = colors.HexColor(accent)
        lead = size * 1.32
        self.body = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=5)
        self.small = ParagraphStyle("small", fontName=font, fontSize=size - 1.6, leading=(size - 1.6) * 1.3, spaceAfter=3)
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=size - 0.8, leading=(size - 0.8) * 1.25)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=self.bold)
        self.cellr = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.h1s = ParagraphStyle("h1", fontName=self.bold, fontSize=size + 5, leading=(size + 5) * 1.2,
                                  spaceAfter=8, textColor=self.accent)
        self.h1c = ParagraphStyle("h1c", parent=self.h1s, alignment=TA_CENTER)
        self.h2s = ParagraphStyle("h2", fontName=self.bold, fontSize=size + 1.2, leading=(size + 1.2) * 1.25,
                                  spaceBefore=6, spaceAfter=4)
        self.center = ParagraphStyle("ctr", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("rgt", parent=self.body, alignment=TA_RIGHT)
        self.bul = ParagraphStyle("bul", parent=self.body, leftIndent=14, bulletIndent=4, spaceAfter=3)

    def h1(self, t, center=False):
        return Paragraph(esc(t), self.h1c if center else self.h1s)

    def h2(self, t):
        return Paragraph(esc(t), self.h2s)

    def p(self, t):
        return Paragraph(esc(t), self.body)

    def sm(self, t):
        return Paragraph(esc(t), self.small)

    def c(self, t):
        return Paragraph(esc(t), self.center)

    def r(self, t):
        return Paragraph(esc(t), self.right)

    def bl(self, items, mark="\u2022"):
        return [Paragraph(esc(i), self.bul, bulletText=mark) for i in items]

    def sp(self, h=8):
        return Spacer(1, h)

    def pb(self):
        return PageBreak()

    def table(self, rows, widths=None, ruled=True, header=True, right_cols=(), zebra=False, bold_last=False):
        data = []
        for ri, row in enumerate(rows):
            out = []
            for ci, cellv in enumerate(row):
                if header and ri == 0 or bold_last and ri == len(rows) - 1:
                    st = self.cellb
                elif ci in right_cols:
                    st = self.cellr
                else:
                    st = self.cell
                out.append(Paragraph(esc(str(cellv)), st))
            data.append(out)
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if ruled:
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777"))]
            if header:
                cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0"))]
        else:
            if header:
                cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.8, self.accent)]
        if zebra:
            for i in range(1, len(rows)):
                if i % 2 == 0:
                    cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4")))
        t.setStyle(TableStyle(cmds))
        return t

    def sig(self, left, right, lname="", rname="", ltitle="", rtitle="", date_l="", date_r=""):
        rows = [[left, right],
                ["By: ______________________________", "By: ______________________________"],
                ["Name: " + lname, "Name: " + rname],
                ["Title: " + ltitle, "Title: " + rtitle],
                ["Date: " + date_l, "Date: " + date_r]]
        return KeepTogether([self.sp(10), self.table(rows, widths=[252, 252], ruled=False, header=True)])


def fee(amount, unit, period):
    return {"amount": float(amount), "currency": "USD", "unit": unit, "period": period}


DOCS = []


def doc(vendor, coverage, cpt_fee=None, desc="", ama=False, font="Helvetica", size=9.5,
        header=None, footer=None, accent="#1f3a5f", title=""):
    def wrap(fn):
        DOCS.append(dict(fn=fn, vendor=vendor, coverage=coverage, fee=cpt_fee, desc=desc, ama=ama,
                         font=font, size=size, header=header, footer=footer, accent=accent, title=title))
        return fn
    return wrap


# ---------------------------------------------------------------- shared clause text
def ama_notices(k, who="Company", year="2025", style=0, you="Customer"):
    """AMA-required end-user language, several wordings of the same required points."""
    if style == 0:
        return [
            k.p(f"CPT only copyright {year} American Medical Association. All rights reserved."),
            k.p("Fee schedules, relative value units, conversion factors and/or related components are not "
                "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does "
                "not directly or indirectly practice medicine or dispense medical services. The AMA assumes no "
                "liability for data contained or not contained herein."),
            k.p("U.S. Government End Users. CPT is commercial technical data, which was developed exclusively at "
                "private expense by the American Medical Association. The rights of the U.S. Government in CPT are "
                "limited to those stated in FAR 52.227-14 (Data Rights - General) and DFARS 252.227-7015 (Technical "
                "Data - Commercial Items), as applicable."),
        ]
    if style == 1:
        return [
            k.p(f"(a) CPT is copyrighted by the American Medical Association. CPT only copyright {year} American "
                "Medical Association. All rights reserved. CPT\u00ae is a registered trademark of the American "
                "Medical Association."),
            k.p(f"(b) {you} may not publish, sell, lease or otherwise distribute the CPT content, or make it "
                "available to any subsidiary, affiliate or other legal entity, and may not create derivative works "
                "of it."),
            k.p("(c) The CPT content is provided \u201cas is\u201d. The AMA does not directly or indirectly practice "
                "medicine or dispense medical services. Fee schedules, relative value units, conversion factors "
                "and/or related components are not assigned by the AMA, are not part of CPT, and the AMA is not "
                "recommending their use."),
            k.p("(d) This product includes CPT, which is commercial technical data developed exclusively at private "
                "expense by the American Medical Association, 330 North Wabash Avenue, Chicago, Illinois 60611. U.S. "
                "Government rights are limited as provided in FAR 52.227-14 and DFARS 252.227-7015(b)(2), as "
                "applicable, for any use by or on behalf of the government."),
            k.p("(e) The AMA is a third-party beneficiary of these provisions and may enforce them directly."),
        ]
    return [
        k.p("Notices required by the American Medical Association. "
            f"CPT only copyright {year} American Medical Association. All rights reserved. The AMA assumes no "
            "liability for data contained or not contained herein; it does not directly or indirectly practice "
            "medicine or dispense medical services. Fee schedules, relative value units, conversion factors and/or "
            "related components are not assigned by the AMA, are not part of CPT, and the AMA is not recommending "
            "their use. Government rights in CPT are those set out in FAR 52.227-14 and DFARS 252.227-7015, as "
            "applicable."),
    ]


def sublicense(k, who, you, style=0):
    if style == 0:
        return k.p(f"{who}, as a party to a license agreement with the American Medical Association (the "
                   f"\u201cAMA Agreement\u201d), grants {you} a limited, non-exclusive, non-transferable, "
                   f"non-sublicensable license to use CPT content solely within the Software, for {you}'s internal "
                   f"use within the United States. The sublicense ends automatically if the AMA Agreement ends, "
                   f"unless the AMA consents in writing or {you} enters into a direct license with the AMA.")
    return k.p(f"Because {who} holds a distribution license from the AMA, {you} receives, through {who}, a "
               f"non-exclusive right to view and use the CPT codes and descriptors embedded in the product for "
               f"its own internal business purposes in the United States. Updated CPT content depends on {who}'s "
               f"continuing agreement with the AMA.")


BOILER = {
    "term": ("Term and Termination",
             "This Agreement starts on the Effective Date and runs for the Initial Term shown in the Order Form, "
             "then renews for successive twelve-month periods unless either party gives notice of non-renewal at "
             "least sixty (60) days before the end of the then-current term. Either party may end this Agreement "
             "if the other materially breaches it and does not cure within thirty (30) days after written notice. "
             "After termination {B} will have sixty (60) days to export its data."),
    "conf": ("Confidentiality",
             "Each party will protect the other's Confidential Information with at least the care it uses for "
             "its own similar information, and never less than reasonable care, and will use it only to perform "
             "or receive the Services. These duties last for three (3) years after termination, and indefinitely "
             "for trade secrets."),
    "phi": ("Protected Health Information",
            "Where {A} creates, receives, maintains or transmits protected health information for {B}, the "
            "Business Associate Agreement signed by the parties controls, and in a conflict between that agreement "
            "and this one, the Business Associate Agreement prevails as to protected health information."),
    "warr": ("Warranties and Disclaimer",
             "{A} warrants that the Services will perform materially as described in the Documentation. {B}'s "
             "exclusive remedy for breach of this warranty is re-performance or, failing that, a refund of prepaid "
             "fees for the affected Services. EXCEPT AS STATED IN THIS SECTION, THE SERVICES ARE PROVIDED \u201cAS "
             "IS\u201d AND ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, ARE DISCLAIMED."),
    "liab": ("Limitation of Liability",
             "Neither party is liable for indirect, incidental, special or consequential damages, or for lost "
             "profits, even if advised of the possibility. Each party's total liability under this Agreement is "
             "limited to the fees paid or payable by {B} in the twelve (12) months before the claim arose, except "
             "for breach of confidentiality, indemnity obligations, or {B}'s payment obligations."),
    "law": ("Governing Law",
            "This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of "
            "law rules. The parties submit to the exclusive jurisdiction of the state and federal courts located "
            "in Wilmington, Delaware."),
    "notice": ("Notices",
               "Notices must be in writing and are effective on receipt when delivered by hand, by a national "
               "courier, or by email with confirmation, to the addresses in the Order Form."),
    "misc": ("General",
             "Neither party may assign this Agreement without the other's consent, except to a successor to "
             "substantially all of its business. This Agreement, with its Order Forms and exhibits, is the entire "
             "agreement on its subject. A waiver must be in writing. If a provision is unenforceable, the rest "
             "remains in effect."),
    "susp": ("Suspension",
             "{A} may suspend access if an undisputed invoice is more than forty-five (45) days past due, after "
             "giving ten (10) days' written notice."),
    "data": ("Customer Data",
             "As between the parties, {B} owns its data. {A} may use de-identified and aggregated data to operate "
             "and improve the Services, consistent with applicable law."),
}


def boiler(k, A, B, start, keys):
    out = []
    n = start
    for key in keys:
        title, text = BOILER[key]
        out.append(k.h2(f"{n}. {title}"))
        out.append(k.p(text.format(A=A, B=B)))
        n += 1
    return out


# ====================================================================== PASS-THROUGH
@doc("Harborview Clinical Software, Inc.", "pass_through", fee(21.00, "provider", "year"),
     "Help-centre FAQ (we/you); $18.50 AMA royalty + $2.50 processing per clinician per year; subscription and AMA direct rate are distractors",
     footer="help.harborviewclinical.example / Billing & account")
def d_harborview(k):
    s = [k.sm("Help Center  \u203a  Billing & account  \u203a  Fees"),
         k.h1("The CPT\u00ae licence charge on your bill: questions and answers"),
         k.sm("Updated November 14, 2025 \u00b7 6 min read"),
         k.h2("Why is there a new line called \u201cCPT licence\u201d?"),
         k.p("The CPT code set belongs to the American Medical Association. Our charting and claims screens show "
             "CPT codes and their descriptions, and the AMA requires us, as a licensed distributor, to pay it a "
             "royalty for every clinician who works with them. Starting with the 2026 code year we recover that "
             "royalty from the practices that use it instead of absorbing it."),
         k.h2("How much will I pay?"),
         k.p("The charge is <b>$21.00 per clinician per year</b>. It has two parts: $18.50 is the royalty the AMA "
             "sets, and $2.50 pays for our reporting to the AMA and for processing. We bill it once a year, on "
             "your first invoice dated in January. A clinician added later in the year is billed on the next "
             "invoice after they are added."),
         k.h2("Who counts as a clinician?"),
         k.p("Anyone set up in your account with a rendering NPI. Front-desk staff, billers and practice managers "
             "do not add to the count in our system."),
         k.h2("Does my subscription change?"),
         k.p("No. Essentials stays at $64 per clinician per month and Complete at $92 per clinician per month. "
             "The CPT licence line is separate from, and in addition to, those prices."),
         k.h2("Could I buy a licence from the AMA myself instead?"),
         k.p("You can ask the AMA about an internal-use licence. Its published terms for 2025 are an entity fee "
             "plus $18.50 for each user, and the AMA counts everyone who relies on the codes, not only "
             "clinicians, so for most of our customers buying direct costs more. If you already hold a direct "
             "licence that covers our product, send a copy to billing and we will take the charge off your "
             "account."),
         k.h2("Is sales tax added?"),
         k.p("Not at present. If the tax treatment changes we will tell you before it appears on an invoice."),
         k.h2("Will the amount go up?"),
         k.p("The AMA has historically raised its royalty by about fifty cents a year. We will post any change "
             "here at least thirty days before it is billed."),
         k.sp(14),
         k.sm("\u00a9 2025 Harborview Clinical Software, Inc. All rights reserved. CPT is a registered trademark of "
              "the American Medical Association.")]
    return s


@doc("Quillfeather Health Systems LLC", "pass_through", fee(19.75, "user", "year"),
     "Order form with ruled price table; CPT sublicense line $19.75 per Authorized User per year among subscription, estimate and one-time lines",
     font="Times-Roman", size=10, footer="Quillfeather Health Systems LLC  |  Order Form QF-2025-0417  |  Confidential")
def d_quillfeather(k):
    rows = [["Item", "Qty", "Unit", "Unit price", "Annual amount"],
            ["Quillfeather PM Professional - subscription", "4", "provider / month", "$145.00", "$6,960.00"],
            ["Patient statements, print and mail (estimate)", "3,000", "statement", "$0.62", "$1,860.00"],
            ["AMA CPT\u00ae End-User Sublicense", "14", "Authorized User / year", "$19.75", "$276.50"],
            ["Implementation and data conversion", "1", "one-time", "$2,500.00", "$2,500.00"],
            ["First-year total", "", "", "", "$11,596.50"]]
    s = [k.h1("ORDER FORM"),
         k.p("Order Form No. QF-2025-0417 \u00b7 Effective Date: December 1, 2025"),
         k.table([["Vendor", "Customer"],
                  ["Quillfeather Health Systems LLC<br/>2200 Orchard Gate Parkway, Suite 400<br/>Columbus, OH 43215",
                   "Lakeside Pediatric Associates, PLLC<br/>85 Shoreline Drive<br/>Sandusky, OH 44870"]],
                 widths=[252, 252], ruled=True),
         k.sp(),
         k.p("This Order Form is issued under, and governed by, the Quillfeather Master Subscription Terms "
             "(v. 7.2) (the \u201cTerms\u201d). Initial Term: thirty-six (36) months from the Effective Date."),
         k.h2("1. Fees"),
         k.table(rows, widths=[196, 44, 100, 70, 94], ruled=True, right_cols=(1, 3, 4), bold_last=True),
         k.sp(6),
         k.h2("2. Notes"),
         k.p("(a) Statement volume is an estimate only; actual volume is billed monthly in arrears at the unit "
             "price shown."),
         k.p("(b) The AMA CPT\u00ae End-User Sublicense is billed annually in advance. The quantity is the number of "
             "Authorized Users, counted under the AMA's definition of a user: each individual who accesses CPT "
             "content in the Services or relies on output that contains it. Customer will report additions within "
             "thirty (30) days; additional Authorized Users are billed pro rata for the balance of the year."),
         k.p("(c) Quillfeather may adjust the sublicense unit price at renewal to reflect changes in the royalty "
             "rate set by the AMA. Subscription fees increase by 3% at the start of each renewal year."),
         k.p("(d) Payment terms: net 30. Prices exclude applicable taxes."),
         k.h2("3. Signatures"),
         k.sig("Quillfeather Health Systems LLC", "Lakeside Pediatric Associates, PLLC",
               "Dana Whitcombe", "Dr. Priya Ramaswamy", "VP, Sales Operations", "Managing Partner")]
    return s


@doc("Bramblecrest Therapy Cloud, Inc.", "pass_through", fee(19.50, "provider", "year"),
     "Invoice with separate AMA royalty ($18.50) and processing ($1.00) lines per therapist for the calendar year",
     font="Courier", size=9)
def d_bramblecrest(k):
    rows = [["Description", "Qty", "Rate", "Amount"],
            ["Bramblecrest Practice subscription - January 2026 (therapist seats)", "6", "49.00", "294.00"],
            ["AMA CPT\u00ae royalty - calendar year 2026 (per therapist)", "6", "18.50", "111.00"],
            ["CPT\u00ae processing fee - calendar year 2026 (per therapist)", "6", "1.00", "6.00"],
            ["Online payment convenience fee", "1", "0.00", "0.00"],
            ["", "", "Subtotal", "411.00"],
            ["", "", "Sales tax", "0.00"],
            ["", "", "TOTAL DUE (USD)", "411.00"]]
    s = [k.h1("Bramblecrest Therapy Cloud, Inc."),
         k.sm("1180 Aspen Row, Boulder, CO 80302  \u00b7  billing@bramblecrest.example"),
         k.sp(10),
         k.h2("INVOICE"),
         k.table([["Invoice no.", "BTC-88213"], ["Invoice date", "January 6, 2026"], ["Due date", "February 5, 2026"],
                  ["Account", "Northside Speech & Occupational Therapy LLC (acct 40-1172)"]],
                 widths=[110, 394], ruled=False, header=False),
         k.sp(10),
         k.table(rows, widths=[300, 40, 80, 84], ruled=False, right_cols=(1, 2, 3)),
         k.sp(12),
         k.p("About the AMA lines: CPT\u00ae codes belong to the American Medical Association, which charges us a "
             "royalty for every therapist who uses them in our software. We bill that royalty, and a processing "
             "fee, once each year on the first invoice in January for every therapist whose CPT\u00ae access is "
             "turned on. Therapists you add during the year appear on the next monthly invoice."),
         k.p("Questions about this invoice? Reply to the email it came with or call 303-555-0148."),
         k.sp(8),
         k.sm("CPT is a registered trademark of the American Medical Association.")]
    return s


@doc("Osprey Ridge Medical Technologies Corp.", "pass_through", fee(20.00, "provider", "year"),
     "Master agreement; 'CPT Pass-Through Fee' defined on p1, amount $20.00 per Rendering Clinician per Contract Year in Exhibit B; $1.00 escalator cap is a distractor; 'Provider' is the vendor",
     font="Times-Roman", size=9.8, footer="Osprey Ridge Medical Technologies Corp. - Master Subscription Agreement - Rev. 2025-09")
def d_osprey(k):
    A, B = "Provider", "Client"
    s = [k.h1("MASTER SUBSCRIPTION AGREEMENT", center=True),
         k.p("This Master Subscription Agreement (the \u201cAgreement\u201d) is entered into as of October 1, 2025 "
             "(the \u201cEffective Date\u201d) by and between Osprey Ridge Medical Technologies Corp., a Delaware "
             "corporation (\u201cProvider\u201d), and Granite Falls Family Physicians, LLP (\u201cClient\u201d)."),
         k.h2("1. Definitions"),
         k.p("\u201cAMA\u201d means the American Medical Association."),
         k.p("\u201cContract Year\u201d means each consecutive twelve-month period beginning on the Effective Date "
             "or an anniversary of it."),
         k.p("\u201cCPT Pass-Through Fee\u201d means the fee described in Part 3 of Exhibit B, which Provider "
             "charges to recover the royalties it must pay to the AMA for CPT content made available to Client "
             "through the Services."),
         k.p("\u201cRendering Clinician\u201d means each physician, nurse practitioner, physician assistant or "
             "other licensed professional who is set up in the Services to document or bill encounters."),
         k.p("\u201cServices\u201d means Provider's hosted electronic health record and practice management "
             "services described in Exhibit A."),
         k.h2("2. Access to the Services"),
         k.p("Provider grants Client a non-exclusive, non-transferable right during the term to access and use "
             "the Services for Client's internal business purposes, for the number of Rendering Clinicians paid "
             "for under Exhibit B."),
         k.h2("3. CPT Content"),
         sublicense(k, "Provider", "Client", 0),
         k.h2("4. Client Responsibilities"),
         k.p("Client is responsible for the accuracy of information it enters, for the conduct of its users, "
             "and for keeping login credentials confidential."),
         k.h2("5. Support"),
         k.p("Provider will give telephone and online support from 7:00 a.m. to 7:00 p.m. Central time on "
             "business days, and will respond to Severity 1 issues within one hour, at all times."),
         k.h2("6. Fees and Payment"),
         k.p("6.1 Client will pay the fees in Exhibit B. Subscription fees are invoiced monthly in advance."),
         k.p("6.2 Invoices are due thirty (30) days from the invoice date. Late amounts bear interest at 1% a "
             "month or the highest lawful rate, if lower."),
         k.p("6.3 Subscription fees may increase at each renewal by no more than four percent (4%)."),
         k.p("6.4 Client shall pay the CPT Pass-Through Fee annually in advance for each Rendering Clinician. "
             "Provider may adjust the CPT Pass-Through Fee on sixty (60) days' notice if the AMA changes its "
             "royalty, but no increase within a single Contract Year may exceed $1.00 per Rendering Clinician."),
         k.p("6.5 All fees exclude taxes, which Client will pay except for taxes on Provider's income.")]
    s += boiler(k, A, B, 7, ["term", "conf", "phi", "warr", "liab", "law", "misc"])
    s += [k.pb(), k.h1("EXHIBIT A - SERVICES"),
          k.bl(["Osprey Ridge EHR (ambulatory), including e-prescribing and patient portal",
                "Osprey Ridge PM, including scheduling, eligibility and claims",
                "Hosting, back-up and disaster recovery in U.S. data centers",
                "Quarterly code-set updates (ICD-10-CM, HCPCS Level II and CPT)"]),
          k.sp(10),
          k.h1("EXHIBIT B - FEES"),
          k.h2("Part 1 - Subscription"),
          k.table([["Service", "Fee", "Billing"],
                   ["EHR + PM bundle", "$210.00 per Rendering Clinician per month", "monthly in advance"],
                   ["Patient portal", "included", "-"],
                   ["Additional non-clinical user logins", "$25.00 per login per month", "monthly in advance"]],
                  widths=[170, 200, 134]),
          k.h2("Part 2 - Professional Services"),
          k.p("Implementation, data migration and training: $4,000.00, one time, invoiced on the Effective Date."),
          k.h2("Part 3 - CPT Pass-Through Fee"),
          k.p("$20.00 per Rendering Clinician per Contract Year, made up of the AMA royalty of $18.50 and a "
              "Provider administrative charge of $1.50. Billed with the first invoice of each Contract Year and "
              "pro-rated for Rendering Clinicians added mid-year."),
          k.sig("Osprey Ridge Medical Technologies Corp.", "Granite Falls Family Physicians, LLP",
                "Martin Okafor", "Elaine Sutter, MD", "Chief Revenue Officer", "Partner")]
    return s


@doc("Larkspur EHR Solutions, Inc.", "pass_through", fee(19.25, "provider", "year"),
     "Amendment replacing the old $18.00 CPT Content Fee with $18.50 + $0.75 administrative fee per Provider per year",
     font="Times-Roman", size=10.2)
def d_larkspur(k):
    s = [k.h1("AMENDMENT NO. 2 TO SOFTWARE LICENSE AND SERVICES AGREEMENT", center=True),
         k.p("This Amendment No. 2 (this \u201cAmendment\u201d) is made effective as of January 1, 2026 (the "
             "\u201cAmendment Effective Date\u201d) between Larkspur EHR Solutions, Inc. (\u201cLarkspur\u201d) "
             "and Canyon Creek Orthopedics, P.A. (\u201cCustomer\u201d)."),
         k.h2("Recitals"),
         k.p("A. Larkspur and Customer are parties to a Software License and Services Agreement dated March 1, "
             "2022, as amended by Amendment No. 1 dated January 15, 2024 (together, the \u201cAgreement\u201d)."),
         k.p("B. Amendment No. 1 added Section 4.3 to the Agreement, under which Customer pays a CPT Content Fee "
             "of Eighteen Dollars ($18.00) per Provider per year."),
         k.p("C. The American Medical Association has revised its royalty, and the parties wish to restate "
             "Section 4.3 accordingly."),
         k.h2("Agreement"),
         k.p("1. <b>Section 4.3 replaced.</b> Section 4.3 of the Agreement is deleted in its entirety and "
             "replaced with the following:"),
         k.p("\u201c4.3 CPT Content Fee. For each Contract Year beginning on or after January 1, 2026, Customer "
             "shall pay Larkspur an annual CPT Content Fee of Eighteen Dollars and Fifty Cents ($18.50) per "
             "Provider, together with an administrative fee of Seventy-Five Cents ($0.75) per Provider. Both "
             "amounts are invoiced in January of each Contract Year, based on the number of Providers active on "
             "January 1, with a true-up in July for Providers added after that date.\u201d"),
         k.p("2. <b>Definition.</b> For purposes of Section 4.3, \u201cProvider\u201d means a physician, nurse "
             "practitioner or physician assistant who renders billable services documented in the Software."),
         k.p("3. <b>Subscription pricing.</b> Schedule A pricing is unchanged: the Larkspur Ortho subscription "
             "remains $189.00 per Provider per month."),
         k.p("4. <b>No other changes.</b> Except as stated in this Amendment, the Agreement remains in full force "
             "and effect. Capitalized terms not defined here have the meanings given in the Agreement. In a "
             "conflict between this Amendment and the Agreement, this Amendment controls."),
         k.p("5. <b>Counterparts.</b> This Amendment may be signed in counterparts and by electronic signature."),
         k.sig("Larkspur EHR Solutions, Inc.", "Canyon Creek Orthopedics, P.A.", "Rebecca Liu", "Thomas Avery",
               "Director, Contracts", "Practice Administrator", "Dec. 9, 2025", "Dec. 12, 2025")]
    return s


@doc("Tidewater Practice Systems, L.P.", "pass_through", fee(19.50, "user", "year"),
     "Renewal letter; $19.50 per named user per year already including $1.00 handling; subscription and $234 budget estimate are distractors",
     font="Times-Roman", size=10.5)
def d_tidewater(k):
    s = [k.r("<b>Tidewater Practice Systems, L.P.</b><br/>400 Harbor Light Road<br/>Norfolk, VA 23510"),
         k.sp(10),
         k.p("October 2, 2025"),
         k.p("Ms. Andrea Holloway<br/>Practice Administrator<br/>Bayside Internal Medicine<br/>712 Granby Street<br/>"
             "Norfolk, VA 23510"),
         k.p("Re: Your 2026 renewal - account TPS-20931"),
         k.p("Dear Ms. Holloway,"),
         k.p("Your Tidewater licence renews on January 1, 2026. Thank you for another year with us."),
         k.p("The good news first: the annual subscription for your three-physician plan stays at $2,340, the "
             "same as this year."),
         k.p("There is one change. The American Medical Association owns the CPT\u00ae codes that appear in "
             "Tidewater, and it now requires distributors like us to collect its licence fee from each practice. "
             "Beginning with this renewal, we will bill $19.50 a year for each named user who has access to CPT "
             "codes in Tidewater. That amount already includes our $1.00 handling charge; nothing else is added "
             "to it."),
         k.p("Who is a named user? Anyone with their own Tidewater login who looks up, selects or reviews codes, "
             "or works from reports that contain them. The AMA's own rule of thumb is about four users per "
             "physician, so a practice of your size should budget roughly $234 for 2026. Your January invoice "
             "will use the actual number of active logins on December 31."),
         k.p("If you have questions, call your account manager, Luis Ferreira, at 757-555-0117."),
         k.p("Sincerely,"),
         k.sp(16),
         k.p("Gordon Pruitt<br/>Director of Client Services<br/>Tidewater Practice Systems, L.P."),
         k.sp(10),
         k.sm("CPT is a registered trademark of the American Medical Association.")]
    return s


@doc("Cinderpath Health, Inc.", "pass_through", fee(1.75, "provider", "month"),
     "Pricing page with unruled plan table; CPT licence add-on $1.75 per clinician per month; plan prices, per-claim fee and '~$21 a year' are distractors",
     footer="cinderpath.example/pricing")
def d_cinderpath(k):
    s = [k.h1("Simple pricing for independent practices", center=True),
         k.c("No setup fees. Cancel any time. Every plan includes unlimited patients."),
         k.sp(10),
         k.table([["Plan", "Price", "Best for"],
                  ["Starter", "$49 / clinician / month", "Solo clinicians, self-pay"],
                  ["Group", "$89 / clinician / month", "Group practices billing insurance"],
                  ["Enterprise", "Talk to us", "20+ clinicians, multiple sites"]],
                 widths=[110, 170, 224], ruled=False),
         k.sp(8),
         k.sm("Annual plans save 15%. Prices in USD."),
         k.h2("Add-ons"),
         k.table([["Add-on", "Price", ""],
                  ["Cloud fax", "$15 / month per account", ""],
                  ["Claims clearinghouse", "$0.30 per claim", "ERA included"],
                  ["CPT\u00ae code licence", "$1.75 / clinician / month",
                   "Required if you bill insurance with CPT codes. The fee is set by the AMA and collected by us; "
                   "it includes a small processing charge."],
                  ["Extra storage", "$10 / month per 100 GB", ""]],
                 widths=[130, 150, 224], ruled=False),
         k.sp(6),
         k.sm("The CPT code licence works out to about $21 a year per clinician."),
         k.h2("Frequently asked"),
         k.p("<b>Do self-pay clinicians need the CPT licence?</b> Only if they use CPT codes on superbills or "
             "claims. You can switch it off per clinician in Settings."),
         k.p("<b>Can I pay the AMA instead?</b> The AMA charges software companies for the codes in their "
             "software, so the fee is collected through us."),
         k.sp(12),
         k.sm("\u00a9 2025 Cinderpath Health, Inc. CPT is a registered trademark of the American Medical Association.")]
    return s


@doc("Meridian Claims Partners LLC", "pass_through", fee(20.50, "provider", "year"),
     "Billing-service agreement where 'Provider' is the practice; practice reimburses AMA royalty $18.50 + $2.00 processing per physician per annum; % of collections is a distractor",
     font="Times-Roman", size=9.8, footer="Meridian Claims Partners LLC - Billing Services Agreement")
def d_meridian(k):
    A, B = "Billing Company", "Provider"
    s = [k.h1("BILLING SERVICES AGREEMENT", center=True),
         k.p("This Billing Services Agreement is made as of August 1, 2025 between Meridian Claims Partners LLC, "
             "a Georgia limited liability company (\u201cBilling Company\u201d), and Harlow Internal Medicine "
             "Group, P.C. (\u201cProvider\u201d)."),
         k.h2("1. Engagement"),
         k.p("Provider engages Billing Company to prepare and submit professional claims, post payments, work "
             "denials and follow up on unpaid accounts for services rendered by Provider's physicians. Provider "
             "remains responsible for the accuracy of its documentation and for the codes it selects or "
             "approves."),
         k.h2("2. Provider Obligations"),
         k.p("Provider will deliver charge information within three (3) business days of the date of service, "
             "will keep its payer enrollments current, and will tell Billing Company promptly of any refund "
             "request or audit."),
         k.h2("3. Compensation"),
         k.p("3.1 Provider shall pay Billing Company five and three-quarters percent (5.75%) of Net Collections "
             "each month, subject to a minimum monthly fee of $450.00."),
         k.p("3.2 \u201cNet Collections\u201d means payments received on Provider's accounts during the month, "
             "less refunds and recoupments."),
         k.h2("4. Code Sets and Licensed Content"),
         k.p("4.1 Billing Company performs the services on its own coding and claims platform. The platform "
             "contains CPT\u00ae content that Billing Company licenses from the American Medical Association "
             "under a distribution agreement, and Provider's physicians and staff are given read access to it for "
             "charge review."),
         k.p("4.2 Provider shall reimburse Billing Company for the AMA royalties attributable to Provider's use "
             "of the platform at the rate of Eighteen Dollars and Fifty Cents ($18.50) per physician per annum, "
             "plus a processing charge of Two Dollars ($2.00) per physician per annum. These amounts are invoiced "
             "each January, separately from the fees in Section 3."),
         k.p("4.3 ICD-10-CM and HCPCS Level II code sets are public and carry no charge under this Agreement.")]
    s += boiler(k, A, B, 5, ["phi", "conf", "term", "liab", "law", "notice"])
    s += [k.sig("Meridian Claims Partners LLC", "Harlow Internal Medicine Group, P.C.", "Celeste Moreau",
                "Dr. Nathan Harlow", "Managing Member", "President")]
    return s


@doc("ClearSpan EDI Services, Inc.", "pass_through", fee(95.00, "organization", "year"),
     "Clearinghouse submitter agreement with fee schedule; CPT Content Access Fee $95 per enrolled TIN per year; per-claim and eligibility fees are distractors",
     footer="ClearSpan EDI Services, Inc. - Submitter Agreement - Schedule 1")
def d_clearspan(k):
    s = [k.h1("Submitter Agreement"),
         k.p("Between ClearSpan EDI Services, Inc. (\u201cClearSpan\u201d, \u201cwe\u201d) and the healthcare "
             "provider organization named on the enrollment form (\u201cSubmitter\u201d, \u201cyou\u201d)."),
         k.h2("1. What we do"),
         k.p("We receive your claims in X12 837 or CSV format, check them against payer and code-set edits, route "
             "them to payers, and return acknowledgements and remittance files to you."),
         k.h2("2. Your part"),
         k.p("You are responsible for the content of the claims you send, including the accuracy of codes, "
             "patient data and provider identifiers, and for keeping your enrollment information up to date."),
         k.h2("3. Claim scrubber and code descriptions"),
         k.p("Our claim scrubber shows CPT\u00ae code descriptors next to each edit so your staff can correct "
             "claims before release. Those descriptors are used under our distribution license from the "
             "American Medical Association, which charges us a royalty for each organization that uses the "
             "scrubber. We recover that royalty through the CPT Content Access Fee in Schedule 1."),
         k.h2("4. Fees"),
         k.p("You will pay the fees in Schedule 1. We invoice monthly, except for annual fees, which we invoice "
             "in the month your enrollment begins and on each anniversary."),
         k.h2("5. Term"),
         k.p("This agreement continues until either of us ends it on thirty (30) days' written notice."),
         k.h2("Schedule 1 - Fees"),
         k.table([["Service", "Fee"],
                  ["Enrollment and payer setup", "No charge"],
                  ["Professional claims (837P)", "$0.29 per claim"],
                  ["Electronic remittance (835)", "Included"],
                  ["Real-time eligibility (270/271)", "$0.10 per transaction"],
                  ["Paper claim drop-to-print", "$0.85 per claim"],
                  ["CPT\u00ae Content Access Fee", "$95.00 per enrolled Tax Identification Number per year"]],
                 widths=[230, 274], ruled=True),
         k.sp(6),
         k.sm("Minimum monthly billing $25.00. Fees exclude taxes. CPT is a registered trademark of the American "
              "Medical Association.")]
    return s


@doc("Lumenbridge Telehealth, Inc.", "pass_through", fee(1.80, "provider", "month"),
     "Telehealth terms of service; CPT licence fee applies only if the Visit Coding add-on is enabled: $1.80 per provider per month (amount in words)",
     footer="Lumenbridge Telehealth, Inc. - Terms of Service - effective 2025-07-01")
def d_lumenbridge(k):
    s = [k.h1("Lumenbridge Terms of Service"),
         k.sm("Effective July 1, 2025"),
         k.p("These terms are an agreement between Lumenbridge Telehealth, Inc. (\u201cLumenbridge\u201d, "
             "\u201cwe\u201d, \u201cus\u201d) and the practice that signs up for an account (\u201cyou\u201d)."),
         k.h2("1. The service"),
         k.p("Lumenbridge gives your providers a secure video room, a waiting room, intake forms, visit notes "
             "and patient payments. We are not a healthcare provider and do not give medical advice."),
         k.h2("2. Your account"),
         k.p("You choose who gets a login. Each provider on your account is billed at the plan price. Keep "
             "passwords private; you are responsible for activity under your logins."),
         k.h2("3. Plans and payment"),
         k.p("The Practice plan is $39 per provider per month, billed monthly to the card on file. Patient "
             "payment processing costs 2.9% plus $0.30 per transaction."),
         k.h2("4. Privacy"),
         k.p("We handle protected health information as your business associate under the Business Associate "
             "Agreement that forms part of these terms."),
         k.h2("5. Acceptable use"),
         k.p("Don't use Lumenbridge to record patients without consent, to send spam, or to break the law."),
         k.h2("6. Availability"),
         k.p("We aim for 99.9% monthly uptime and will post maintenance windows in advance."),
         k.h2("7. Changes"),
         k.p("We may change these terms with thirty days' notice by email."),
         k.h2("8. Visit Coding add-on"),
         k.p("8.1 Visit Coding is optional. If you enable it, Lumenbridge suggests CPT\u00ae and ICD-10-CM codes "
             "from the visit note for the provider to accept or change."),
         k.p("8.2 The CPT content in Visit Coding is licensed to us by the American Medical Association. If you "
             "enable Visit Coding, you will pay a CPT licence fee of one dollar and eighty cents ($1.80) per "
             "provider per month for each provider on your account, for every month the add-on is on. This fee "
             "is in addition to your plan price."),
         k.p("8.3 If you never enable Visit Coding, no CPT licence fee applies."),
         k.h2("9. Ending your account"),
         k.p("You can cancel at any time from Settings; cancellation takes effect at the end of the current "
             "billing month. You can download your visit notes for ninety days afterward."),
         k.h2("10. Liability"),
         k.p("Our total liability is limited to what you paid us in the twelve months before the claim."),
         k.sp(8)] + ama_notices(k, year="2025", style=2)
    return s


@doc("Northgate Diagnostics Connect, LLC", "pass_through", fee(48.00, "location", "year"),
     "Lab-interface services agreement; CPT content fee $48 per Client site per year; interface and per-result fees are distractors",
     font="Times-Roman", size=9.8, footer="Northgate Diagnostics Connect, LLC - Laboratory Interface Services Agreement")
def d_northgate(k):
    A, B = "Northgate", "Client"
    s = [k.h1("LABORATORY INTERFACE SERVICES AGREEMENT", center=True),
         k.p("This Agreement is between Northgate Diagnostics Connect, LLC (\u201cNorthgate\u201d) and Elmhurst "
             "Multispecialty Clinic, S.C. (\u201cClient\u201d), effective September 15, 2025."),
         k.h2("1. Services"),
         k.p("Northgate will build, test and maintain a bidirectional interface between Client's EHR and the "
             "reference laboratories listed in Attachment 1, so that Client's staff can place electronic orders "
             "and receive results into the patient chart."),
         k.h2("2. Order Compendium"),
         k.p("2.1 Northgate maintains an electronic order compendium for each laboratory. Each orderable test "
             "in the compendium is mapped to its LOINC result codes and to the CPT\u00ae codes the laboratory "
             "bills for it, so that Client can see expected charges and satisfy payer medical-necessity checks "
             "at the point of ordering."),
         k.p("2.2 The CPT codes and descriptors in the compendium are licensed to Northgate by the American "
             "Medical Association. Client may use them only within the interface and only for its own internal "
             "purposes."),
         k.h2("3. Fees"),
         k.p("3.1 Interface fee: $250.00 per month per laboratory interface."),
         k.p("3.2 Result delivery: $0.04 per result message beyond 20,000 messages in a month."),
         k.p("3.3 CPT content fee: Client shall pay a CPT content fee of $48.00 per Client site per year, "
             "representing the AMA royalty and Northgate's cost of administering it. A \u201cClient site\u201d is "
             "each physical location from which Client places orders through the interface. The fee is invoiced "
             "each October for the following twelve months."),
         k.p("3.4 Northgate may raise the fees in Sections 3.1 and 3.2 once per year by no more than the change "
             "in CPI-U.")]
    s += boiler(k, A, B, 4, ["phi", "term", "warr", "liab", "law"])
    s += [k.h2("Attachment 1 - Laboratories"),
          k.bl(["Great Lakes Reference Laboratory (interface live)",
                "Prairie Pathology Associates (interface in build)"]),
          k.sig("Northgate Diagnostics Connect, LLC", "Elmhurst Multispecialty Clinic, S.C.", "Ravi Chandran",
                "Monica Estes", "General Manager", "Chief Operating Officer")]
    return s


@doc("Stonebrook Software Group, Inc.", "pass_through", fee(22.00, "provider", "year"),
     "EULA with AMA-required clauses saying End User must obtain a CPT licence and pay the fee in the Order Form; attached order form lists $22 per Provider per year",
     font="Helvetica", size=9, footer="Stonebrook Software Group, Inc. - CPT End User License Agreement")
def d_stonebrook(k):
    s = [k.h1("END USER LICENSE AGREEMENT FOR CPT\u00ae CONTENT"),
         k.p("IMPORTANT - READ CAREFULLY. This End User License Agreement (\u201cEULA\u201d) is a contract between "
             "you, the practice or individual that uses Stonebrook software (\u201cEnd User\u201d), and Stonebrook "
             "Software Group, Inc. (\u201cStonebrook\u201d). It governs the Current Procedural Terminology "
             "content (\u201cCPT\u201d) contained in Stonebrook PM Suite. This EULA is separate from, and in "
             "addition to, your Stonebrook Master Agreement."),
         k.p("BY SIGNING THE ORDER FORM OR USING CPT IN THE SOFTWARE, END USER AGREES TO THIS EULA."),
         k.h2("1. License and fee"),
         k.p("1.1 End User must obtain a license to CPT for each Provider who uses Stonebrook software to bill "
             "for medical services, and must pay the applicable fee set out in the Order Form. CPT is not "
             "licensed on a concurrent-use basis."),
         k.p("1.2 \u201cProvider\u201d means a physician or other practitioner whose services are billed using the "
             "software, whether or not that person personally logs in."),
         k.p("1.3 Upon payment of the fee, Stonebrook, as a party to a distribution license with the American "
             "Medical Association (\u201cAMA\u201d), grants End User a non-exclusive, non-transferable license to "
             "use CPT within the software for End User's internal use in the United States."),
         k.h2("2. Restrictions"),
         k.p("End User shall not copy, publish, distribute or sublicense CPT, shall not make CPT available to "
             "any other legal entity, including affiliates, and shall not remove any notice. End User will not "
             "use CPT outside the United States."),
         k.h2("3. Reporting"),
         k.p("End User shall report to Stonebrook, by January 15 of each year, the number of Providers for the "
             "coming year, and consents to Stonebrook reporting End User's name and Provider count to the AMA. "
             "The AMA may audit compliance with this EULA."),
         k.h2("4. Termination"),
         k.p("This EULA ends when the Master Agreement ends, or automatically if Stonebrook's agreement with "
             "the AMA ends, unless End User obtains a direct license from the AMA."),
         k.h2("5. AMA notices")] + ama_notices(k, year="2025", style=1, you="End User")
    s += [k.h2("6. Disclaimer"),
          k.p("CPT IS PROVIDED \u201cAS IS\u201d WITHOUT WARRANTY OF ANY KIND. NEITHER STONEBROOK NOR THE AMA IS "
              "LIABLE FOR ANY CLAIM ARISING FROM USE OR INABILITY TO USE CPT."),
          k.pb(),
          k.h1("ORDER FORM SO-55128 (excerpt)"),
          k.p("Customer: Piedmont Valley Neurology, PLLC \u00b7 Order date: November 20, 2025 \u00b7 Term: 24 months"),
          k.table([["Product / service", "Unit", "Billing", "Price"],
                   ["Stonebrook PM Suite", "per Provider", "monthly", "$175.00"],
                   ["Stonebrook Claims Connect", "per claim", "monthly in arrears", "$0.32"],
                   ["CPT\u00ae End User License", "per Provider", "annual", "$22.00"],
                   ["Onsite training (2 days)", "per engagement", "one-time", "$900.00"]],
                  widths=[190, 90, 110, 114], ruled=True, right_cols=(3,)),
          k.sp(6),
          k.p("Quantity: 5 Providers. Estimated first-year value: $11,570.00 plus claim volume."),
          k.sig("Stonebrook Software Group, Inc.", "Piedmont Valley Neurology, PLLC", "Alicia Brandt",
                "Samuel Greer", "Account Executive", "Office Manager")]
    return s


@doc("Pinecrest Behavioral EHR, LLC", "pass_through", fee(20.00, "provider", "year"),
     "Customer guide; AMA royalty $18.50 per clinician on page 1, $1.50 processing fee per clinician on page 2, billed yearly; facts split across pages",
     footer="Pinecrest Behavioral EHR, LLC - Your 2026 account charges")
def d_pinecrest(k):
    s = [k.h1("Your 2026 account charges, explained"),
         k.p("This guide walks through every charge you may see from Pinecrest in 2026. Keep it with your "
             "subscription paperwork."),
         k.h2("Your subscription"),
         k.p("Pinecrest Solo is $39 per month for one clinician. Pinecrest Team is $59 per clinician per month, "
             "with group scheduling and supervisor co-signature. Both are billed monthly on the day you signed "
             "up."),
         k.h2("Text reminders"),
         k.p("Your first 300 reminders a month are free. After that they cost three cents each."),
         k.h2("Insurance claims"),
         k.p("Electronic claims are included on Team. On Solo they are $0.25 each."),
         k.h2("The AMA royalty"),
         k.p("Therapists, counselors and psychologists use CPT\u00ae codes such as psychotherapy and assessment "
             "codes to bill insurance. Those codes are owned by the American Medical Association, which charges "
             "a royalty for each clinician who uses them in software. For the 2026 code year, the AMA royalty is "
             "$18.50 for each clinician."),
         k.p("Clinicians who never use CPT codes - for example, coaches on a self-pay-only account - can be "
             "excluded; turn off \u201cCPT access\u201d on their profile before December 15."),
         k.h2("Taxes"),
         k.p("Sales tax is added where we are required to collect it."),
         k.pb(),
         k.h2("How the royalty shows up on your bill"),
         k.p("We pass the royalty through to you at cost, plus a processing fee. For each clinician's royalty we "
             "add a processing fee of $1.50, which covers user reporting to the AMA and payment handling."),
         k.p("Both amounts are billed together, once a year, on your first invoice dated in January. If you add "
             "a clinician with CPT access later in the year, we bill that clinician's royalty and processing fee "
             "on your next invoice. We don't refund the royalty if a clinician leaves mid-year, because the AMA "
             "doesn't refund us."),
         k.h2("Comparing with other options"),
         k.p("Some practices ask whether buying a licence directly from the AMA would be cheaper. The AMA's "
             "internal-use licence is priced per entity plus per user, and it counts non-clinical staff who rely "
             "on the codes too. For a typical three-clinician practice, going through us costs less."),
         k.h2("Questions"),
         k.p("Write to accounts@pinecrest-ehr.example. We answer within one business day."),
         k.sp(10),
         k.sm("Pinecrest Behavioral EHR, LLC \u00b7 CPT is a registered trademark of the American Medical "
              "Association.")]
    return s


@doc("Redwater Analytics Corp.", "pass_through", fee(21.00, "user", "year"),
     "Side letter lowering the CPT Royalty Recovery Fee from $24 to $21 per Authorized User per year; $25 cap remains as a distractor",
     font="Times-Roman", size=10.5)
def d_redwater(k):
    s = [k.p("<b>REDWATER ANALYTICS CORP.</b><br/>One Riverside Plaza, 14th Floor<br/>Portland, OR 97204"),
         k.sp(8),
         k.p("November 18, 2025"),
         k.p("Bellmont Cardiology Associates, LLC<br/>Attn: Chief Financial Officer<br/>2100 Summit Avenue<br/>"
             "Tacoma, WA 98402"),
         k.p("<b>Re: Analytics Services Agreement dated June 10, 2024 (the \u201cAgreement\u201d) - CPT Royalty "
             "Recovery Fee</b>"),
         k.p("Ladies and Gentlemen:"),
         k.p("This letter records an agreement between Redwater Analytics Corp. (\u201cRedwater\u201d) and "
             "Bellmont Cardiology Associates, LLC (\u201cClient\u201d) that modifies the Agreement. Capitalized "
             "terms have the meanings given in the Agreement."),
         k.p("1. Section 5.6 of the Agreement sets the CPT Royalty Recovery Fee at $24.00 per Authorized User per "
             "year and permits Redwater to increase it each year, up to a cap of $25.00 per Authorized User per "
             "year."),
         k.p("2. Following our recent discussions, Redwater agrees that, effective January 1, 2026 and for the "
             "remainder of the Initial Term, the CPT Royalty Recovery Fee shall be $21.00 per Authorized User per "
             "year. The cap in Section 5.6 continues to apply to any later increase."),
         k.p("3. Redwater will issue a credit for the difference on any 2026 CPT Royalty Recovery Fee already "
             "invoiced at the former rate."),
         k.p("4. Nothing in this letter changes the Platform Fee, which remains $14,400 per year, or any other "
             "term of the Agreement."),
         k.p("Please countersign below to confirm Client's agreement. This letter may be signed "
             "electronically."),
         k.p("Very truly yours,"),
         k.sp(14),
         k.p("Karen Osei<br/>General Counsel, Redwater Analytics Corp."),
         k.sp(12),
         k.p("Agreed and accepted: Bellmont Cardiology Associates, LLC"),
         k.p("By: ______________________  Name: Gregory Bellmont, MD   Title: Managing Member   Date: __________")]
    return s


@doc("Ashgrove Coding Intelligence, Inc.", "pass_through", fee(20.75, "user", "year"),
     "Coding-tool quote with per coder seat lines: $18.50 AMA royalty pass-through + $2.25 royalty processing per seat per year; tool subscription and quote total are distractors",
     footer="Ashgrove Coding Intelligence, Inc. - Quote Q-4471 - valid 60 days")
def d_ashgrove(k):
    s = [k.h1("Quote Q-4471"),
         k.p("<b>Ashgrove Coding Intelligence, Inc.</b> \u00b7 900 Commerce Street, Suite 1200, Nashville, TN 37203"),
         k.p("Prepared for: Cumberland Surgical Group, PLLC \u00b7 Date: December 3, 2025 \u00b7 Valid until: "
             "February 1, 2026"),
         k.h2("What you're buying"),
         k.p("CodeSense Pro, our computer-assisted coding workspace for professional-fee coders: CPT\u00ae and "
             "ICD-10-CM code search, NCCI edits, modifier guidance and audit trails."),
         k.table([["Line", "Description", "Qty", "Price per coder seat / year", "Extended"],
                  ["1", "CodeSense Pro subscription", "7", "$1,140.00", "$7,980.00"],
                  ["2", "AMA royalty pass-through (CPT content)", "7", "$18.50", "$129.50"],
                  ["3", "Royalty processing", "7", "$2.25", "$15.75"],
                  ["4", "Payer policy library (optional, not included in total)", "7", "$180.00", "-"],
                  ["", "Quote total (year 1)", "", "", "$8,125.25"]],
                 widths=[30, 200, 34, 130, 110], ruled=True, right_cols=(2, 3, 4), bold_last=True),
         k.sp(6),
         k.h2("Terms"),
         k.bl(["A coder seat is assigned to one named individual and may be reassigned no more than once per "
               "quarter.",
               "Lines 2 and 3 are required for every seat. The AMA charges us a royalty for each person who uses "
               "CPT content in CodeSense, and we pass it through at cost with a processing charge.",
               "Pricing for years 2 and 3 increases 5% on line 1 only.",
               "This quote is subject to the Ashgrove Subscription Terms at ashgrove.example/terms."]),
         k.sp(10),
         k.p("Accepted by Cumberland Surgical Group, PLLC:  __________________________   Date: ___________")]
    return s


@doc("Wrenfield Medical Billing Software, Inc.", "pass_through", None,
     "Subscription terms: vendor collects the per-provider AMA royalty as invoiced each January but states no amount anywhere; subscription price is a distractor",
     font="Times-Roman", size=9.8, footer="Wrenfield Medical Billing Software, Inc. - Subscription Terms")
def d_wrenfield(k):
    A, B = "Wrenfield", "Customer"
    s = [k.h1("SUBSCRIPTION TERMS", center=True),
         k.p("These Subscription Terms govern access to the Wrenfield billing platform provided by Wrenfield "
             "Medical Billing Software, Inc. (\u201cWrenfield\u201d) to the customer named in the signed quote "
             "(\u201cCustomer\u201d)."),
         k.h2("1. Subscription"),
         k.p("Wrenfield will make the platform available to Customer's authorized personnel for the subscription "
             "term. The subscription fee is $79.00 per provider per month, as stated in the quote."),
         k.h2("2. Implementation"),
         k.p("Wrenfield will load Customer's payer list, fee schedules and open accounts receivable, and will "
             "train up to five staff members remotely."),
         k.h2("3. Customer Responsibilities"),
         k.p("Customer will review claims before release and will maintain accurate provider enrollment data."),
         k.h2("4. Availability"),
         k.p("Wrenfield targets availability of 99.5% each calendar month, excluding scheduled maintenance."),
         k.h2("5. Security"),
         k.p("Wrenfield encrypts data in transit and at rest and maintains a SOC 2 Type II report, available "
             "under a non-disclosure agreement."),
         k.h2("6. Fees"),
         k.p("6.1 Subscription fees are billed monthly in advance."),
         k.p("6.2 Clearinghouse charges are billed monthly in arrears at the rates in the quote."),
         k.p("6.3 Invoices are due within thirty (30) days."),
         k.p("6.4 <b>AMA CPT Fees.</b> Wrenfield is required by its agreement with the American Medical "
             "Association to collect a royalty for each provider whose services are billed using CPT content in "
             "the platform. Wrenfield collects this royalty on the AMA's behalf, and Customer shall pay it as "
             "invoiced by Wrenfield each January. The royalty is set by the AMA and may change from year to "
             "year; Wrenfield will notify Customer of the current amount before it is billed."),
         k.p("6.5 Fees do not include taxes.")]
    s += boiler(k, A, B, 7, ["phi", "conf", "term", "liab", "misc"])
    s += ama_notices(k, year="2025", style=0)
    return s


@doc("Silverline Rehab Software Co.", "pass_through", fee(20.25, "provider", "year"),
     "Unruled quote whose column header gives unit and period (annual price per therapist): $18.50 AMA royalty + $1.75 processing; quote total for 8 therapists is a distractor",
     font="Helvetica", size=9.6)
def d_silverline(k):
    s = [k.h1("Silverline Rehab Software Co."),
         k.sm("Outpatient therapy documentation & billing \u00b7 Grand Rapids, Michigan"),
         k.sp(6),
         k.h2("Proposal for Lakeshore Physical Therapy & Sports Rehab"),
         k.p("Thanks for taking the time to walk us through your clinic. Here's what we recommend for your eight "
             "therapists."),
         k.table([["Item", "Annual price per therapist"],
                  ["Therapy EMR Core (documentation, scheduling, billing)", "$540.00"],
                  ["CPT\u00ae licence - AMA royalty", "$18.50"],
                  ["CPT\u00ae licence - processing", "$1.75"],
                  ["Home exercise program library", "included"],
                  ["Total per therapist", "$560.25"]],
                 widths=[340, 164], ruled=False, right_cols=(1,), bold_last=True),
         k.sp(8),
         k.p("Total for 8 therapists: $4,482.00 per year. Implementation is free for clinics that sign before "
             "January 31."),
         k.h2("Why is there a CPT licence line?"),
         k.p("Therapy billing runs on CPT codes - 97110, 97140 and so on - and the American Medical Association "
             "requires software companies to collect its royalty for each therapist who bills with them. We show "
             "it separately so you can see exactly what goes to the AMA and what we keep for processing."),
         k.h2("Next steps"),
         k.bl(["Sign and return this proposal.", "We'll send the Silverline Customer Agreement for signature.",
               "Your onboarding specialist will schedule data migration."]),
         k.sp(10),
         k.p("Prepared by Jordan Vance, Silverline Rehab Software Co. \u00b7 jordan.vance@silverline.example"),
         k.p("Accepted: ____________________________  Date: ____________")]
    return s


@doc("Kestrel Point Solutions, LLC", "pass_through", fee(1.65, "user", "month"),
     "MSA fee exhibit; CPT Content Charge in words and figures $1.65 per Named User per month; subscription and 3% escalator are distractors",
     font="Times-Roman", size=9.8, footer="Kestrel Point Solutions, LLC - Master Services Agreement - Exhibit C")
def d_kestrel(k):
    A, B = "Kestrel", "Customer"
    s = [k.h1("MASTER SERVICES AGREEMENT", center=True),
         k.p("This Master Services Agreement is made as of November 1, 2025 between Kestrel Point Solutions, LLC "
             "(\u201cKestrel\u201d) and Riverbend Urgent Care Centers, Inc. (\u201cCustomer\u201d)."),
         k.h2("1. Definitions"),
         k.p("\u201cNamed User\u201d means an individual to whom Customer assigns a unique login to the Platform. "
             "Logins may not be shared."),
         k.p("\u201cPlatform\u201d means Kestrel's urgent-care charting, coding and billing software."),
         k.h2("2. Use of the Platform"),
         k.p("Kestrel grants Customer a non-exclusive right for its Named Users to use the Platform during the "
             "term for Customer's internal operations."),
         k.h2("3. Third-Party Content"),
         k.p("The Platform includes CPT\u00ae content licensed by Kestrel from the American Medical Association. "
             "Customer's right to use that content is subject to the end-user terms in Exhibit D and to payment "
             "of the CPT Content Charge in Exhibit C."),
         k.h2("4. Fees"),
         k.p("Customer will pay the fees in Exhibit C. Kestrel may increase Subscription Fees by up to three "
             "percent (3%) at each anniversary.")]
    s += boiler(k, A, B, 5, ["phi", "conf", "term", "warr", "liab", "law", "notice", "misc"])
    s += [k.pb(), k.h1("EXHIBIT C - FEES"),
          k.p("C-1. <b>Subscription Fees.</b> Ninety-five dollars ($95.00) per Named User per month, billed monthly "
              "in advance."),
          k.p("C-2. <b>Implementation.</b> Seven thousand five hundred dollars ($7,500.00), payable on signature."),
          k.p("C-3. <b>CPT Content Charge.</b> Customer shall pay a CPT Content Charge of one dollar and sixty-five "
              "cents ($1.65) per Named User per month, billed monthly in arrears together with the Subscription "
              "Fees. The CPT Content Charge is not subject to the annual increase in Section 4 but may be "
              "adjusted to reflect any change in the AMA's royalty rate."),
          k.p("C-4. <b>Interfaces.</b> Each additional HL7 interface: $300.00 per month."),
          k.h1("EXHIBIT D - CPT END-USER TERMS")] + ama_notices(k, year="2025", style=1)
    s += [k.sig("Kestrel Point Solutions, LLC", "Riverbend Urgent Care Centers, Inc.", "Hannah Kim",
                "Derek Solano", "President", "Chief Executive Officer")]
    return s


@doc("Juniper Lane Health IT, Inc.", "pass_through", fee(240.00, "organization", "year"),
     "Pricing FAQ; one flat CPT licence fee of $240 per practice account per year; 'under $20 per user' comparison and plan prices are distractors",
     footer="Juniper Lane Health IT, Inc. - Pricing FAQ")
def d_juniper(k):
    s = [k.h1("Pricing FAQ"),
         k.sm("Juniper Lane Health IT, Inc. \u00b7 last reviewed September 2025"),
         k.h2("What does Juniper Lane cost?"),
         k.p("Our all-in-one EHR and practice management plan is $299 per month for up to three providers, plus "
             "$79 per month for each additional provider."),
         k.h2("Is there a charge for CPT\u00ae codes?"),
         k.p("Yes. The American Medical Association licenses the CPT codes in our software and charges us a "
             "royalty, which we pass on to our customers. Rather than count heads, we charge one flat CPT "
             "licence fee per practice account: $240 per year, whatever your headcount, billed each January."),
         k.p("At typical staffing levels that works out to less than $20 per user, which compares well with the "
             "per-user charges other systems use."),
         k.h2("Does a multi-location practice pay more than once?"),
         k.p("No. If all of your locations are on one practice account under one tax ID, you pay the fee once. "
             "Separately owned practices each need their own account."),
         k.h2("What about ICD-10 and HCPCS?"),
         k.p("ICD-10-CM and HCPCS Level II are published by the federal government and are free. We never "
             "charge for them."),
         k.h2("Are there setup fees?"),
         k.p("A one-time onboarding fee of $750 covers data migration and four hours of live training."),
         k.sp(12),
         k.sm("CPT is a registered trademark of the American Medical Association.")]
    return s


# ====================================================================== VENDOR COVERS
@doc("Maplewood Charting, Inc.", "vendor_covers", None,
     "Help-centre FAQ: vendor is an AMA distributor and pays the royalty out of the subscription; competitor ~$20 charge and AMA direct rate are distractors",
     footer="support.maplewoodcharting.example")
def d_maplewood(k):
    s = [k.sm("Support \u203a Account & billing"),
         k.h1("Do I need to pay an AMA fee for CPT\u00ae codes?"),
         k.p("<b>Short answer: no.</b>"),
         k.p("Maplewood Charting, Inc. holds a distribution license from the American Medical Association. We "
             "report our users to the AMA and pay the royalty it charges for CPT content ourselves, out of the "
             "subscription you already pay. You won't see a separate CPT or AMA line on your Maplewood invoice, "
             "now or at renewal."),
         k.h2("I got an email from another vendor saying I owe an AMA fee. Is that about you?"),
         k.p("No. Each product that contains CPT needs its own license, so your clearinghouse or another "
             "system may charge you for the codes in their product. Several EHR vendors now add about $20 per "
             "clinician per year. That is their decision; it has nothing to do with your Maplewood account."),
         k.h2("Should I buy a license directly from the AMA?"),
         k.p("Not for Maplewood. Your use of CPT inside Maplewood is already licensed through us. For "
             "reference, the AMA's internal-use licence is priced at an entity fee plus $18.50 per user for the "
             "2025 release, but you do not need one to use our software."),
         k.h2("Who counts as a user?"),
         k.p("You don't need to count. We report user numbers to the AMA from our own records."),
         k.h2("Can I still see the AMA's terms?"),
         k.p("Yes. The AMA's end-user terms are in Settings \u203a Legal \u203a Third-party notices. They limit use "
             "of CPT to your own practice in the United States and forbid copying the code set out of the "
             "product."),
         k.sp(10),
         k.sm("Was this article helpful?  Yes \u00b7 No"),
         k.sm("CPT is a registered trademark of the American Medical Association. \u00a9 2025 Maplewood Charting, "
              "Inc.")]
    return s


@doc("Granite Peak Medical Software, Inc.", "vendor_covers", None,
     "EULA (Licensor/Licensee) with sublicense grant and statement that all AMA royalties are included in the Subscription Fees and paid by Licensor",
     font="Times-Roman", size=9.6, footer="Granite Peak Medical Software, Inc. - End User License Agreement v4")
def d_granitepeak(k):
    s = [k.h1("END USER LICENSE AGREEMENT", center=True),
         k.p("This End User License Agreement (\u201cEULA\u201d) is between Granite Peak Medical Software, Inc. "
             "(\u201cLicensor\u201d) and the entity identified on the applicable order (\u201cLicensee\u201d). It "
             "applies to the Granite Peak Ambulatory Suite and all updates (the \u201cSoftware\u201d)."),
         k.h2("1. License Grant"),
         k.p("Subject to this EULA and payment of the Subscription Fees, Licensor grants Licensee a non-exclusive, "
             "non-transferable license for its Authorized Users to use the Software for Licensee's internal "
             "business purposes during the subscription term."),
         k.h2("2. Restrictions"),
         k.p("Licensee shall not reverse engineer, resell or sublicense the Software, use it to provide service "
             "bureau services, or allow anyone other than Authorized Users to access it."),
         k.h2("3. CPT Content"),
         k.p("3.1 The Software contains Current Procedural Terminology (\u201cCPT\u201d), which is copyrighted by "
             "the American Medical Association (\u201cAMA\u201d)."),
         sublicense(k, "Licensor", "Licensee", 0),
         k.p("3.3 All royalties payable to the AMA for Licensee's use of CPT content in the Software are included "
             "in the Subscription Fees. Licensor shall be responsible for reporting Licensee's users to the AMA "
             "and for paying those royalties, and no separate charge for CPT will be made to Licensee."),
         k.p("3.4 Licensee shall not make CPT content available to any affiliate or other legal entity and "
             "shall not remove or alter any AMA notice."),
         k.p("3.5 The following notices apply:")] + ama_notices(k, year="2025", style=0)
    s += [k.h2("4. Ownership"),
          k.p("Licensor and its licensors retain all rights in the Software and the CPT content not expressly "
              "granted in this EULA."),
          k.h2("5. Warranty Disclaimer"),
          k.p("EXCEPT AS EXPRESSLY STATED IN LICENSEE'S SUBSCRIPTION AGREEMENT, THE SOFTWARE AND ALL CONTENT ARE "
              "PROVIDED \u201cAS IS\u201d."),
          k.h2("6. Term"),
          k.p("This EULA lasts as long as Licensee's subscription. Sections 3.4, 4 and 5 survive termination."),
          k.h2("7. Governing Law"),
          k.p("This EULA is governed by the laws of the State of Colorado.")]
    return s


@doc("Bluejay Practice Management, LLC", "vendor_covers", None,
     "Order form with ruled table showing 'AMA CPT royalty - Included - $0.00' beside priced subscription lines",
     footer="Bluejay Practice Management, LLC - Order Form BJ-7710")
def d_bluejay(k):
    s = [k.h1("Order Form BJ-7710"),
         k.table([["Seller", "Bluejay Practice Management, LLC, 55 Meeting House Lane, Hartford, CT 06103"],
                  ["Buyer", "Brookfield Allergy & Asthma, P.C., 18 Federal Road, Brookfield, CT 06804"],
                  ["Order date", "October 28, 2025"], ["Subscription term", "12 months, auto-renewing"]],
                 widths=[110, 394], ruled=True, header=False),
         k.sp(8),
         k.table([["Description", "Qty", "Unit", "Unit price", "Monthly total"],
                  ["Bluejay PM - provider licence", "3", "provider / month", "$160.00", "$480.00"],
                  ["Bluejay PM - staff logins", "7", "login / month", "$20.00", "$140.00"],
                  ["Eligibility & claims bundle", "1", "account / month", "$99.00", "$99.00"],
                  ["AMA CPT\u00ae royalty", "3", "provider / year", "Included", "$0.00"],
                  ["Monthly recurring total", "", "", "", "$719.00"]],
                 widths=[170, 40, 104, 80, 110], ruled=True, right_cols=(1, 3, 4), bold_last=True),
         k.sp(6),
         k.h2("Notes"),
         k.bl(["The AMA royalty for CPT\u00ae content in Bluejay PM is paid by Bluejay as an authorized CPT "
               "distributor and is included in the provider licence price.",
               "One-time setup: $1,200.00, invoiced on signature.",
               "Prices are fixed for the first term; renewal pricing may increase by up to 5%.",
               "This order is governed by the Bluejay Customer Terms at bluejaypm.example/terms."]),
         k.sig("Bluejay Practice Management, LLC", "Brookfield Allergy & Asthma, P.C.", "Owen Garrity",
               "Dr. Lena Kowalczyk", "Sales Director", "Owner")]
    return s


@doc("Crescent Valley Systems, Inc.", "vendor_covers", None,
     "Master agreement (Vendor/Customer) with negation: Vendor will not pass through AMA royalties and bears all CPT licensing cost; 4% escalator is a distractor",
     font="Times-Roman", size=9.8, footer="Crescent Valley Systems, Inc. - Master License Agreement")
def d_crescent(k):
    A, B = "Vendor", "Customer"
    s = [k.h1("MASTER LICENSE AGREEMENT", center=True),
         k.p("Crescent Valley Systems, Inc. (\u201cVendor\u201d) and Sierra Foothills Medical Group, Inc. "
             "(\u201cCustomer\u201d) enter into this Master License Agreement as of July 1, 2025."),
         k.h2("1. Definitions"),
         k.p("\u201cLicensed Software\u201d means the Crescent Valley EHR and PM applications listed in Schedule 1. "
             "\u201cCode Sets\u201d means ICD-10-CM, HCPCS Level II, CPT and any other coding systems included in "
             "the Licensed Software. \u201cAMA\u201d means the American Medical Association."),
         k.h2("2. License"),
         k.p("Vendor grants Customer a non-exclusive, non-transferable license to use the Licensed Software at "
             "Customer's locations for its internal purposes."),
         k.h2("3. Code Sets"),
         k.p("3.1 Vendor represents that it holds, and will maintain throughout the term, a distribution license "
             "from the AMA permitting it to include CPT in the Licensed Software and to sublicense CPT to "
             "Customer on the terms required by the AMA."),
         k.p("3.2 Vendor will not pass through to Customer, whether as a separate line item, surcharge or "
             "otherwise, any royalty or fee that Vendor owes to the AMA for CPT. Vendor bears all costs of "
             "licensing CPT for Customer's use of the Licensed Software."),
         k.p("3.3 Vendor will deliver annual Code Set updates before January 1 of each year."),
         k.p("3.4 Vendor shall indemnify Customer against any claim by the AMA that Customer's use of CPT within "
             "the Licensed Software, in accordance with this Agreement, infringes the AMA's rights."),
         k.h2("4. Fees"),
         k.p("Customer shall pay the license and maintenance fees in Schedule 1. Maintenance fees may increase by "
             "up to four percent (4%) per year.")]
    s += boiler(k, A, B, 5, ["phi", "conf", "term", "warr", "liab", "law", "misc"])
    s += [k.pb(), k.h1("SCHEDULE 1"),
          k.table([["Item", "Fee"],
                   ["Perpetual license, Crescent Valley EHR (12 providers)", "$54,000.00 one-time"],
                   ["Annual maintenance and code-set updates", "$10,800.00 per year"],
                   ["Hosting (optional)", "$1,100.00 per month"]],
                  widths=[300, 204], ruled=True),
          k.sig("Crescent Valley Systems, Inc.", "Sierra Foothills Medical Group, Inc.", "Victor Almeida",
                "Janet Cho", "Chief Executive Officer", "Chief Financial Officer")]
    return s


@doc("Hollowell Health Data, Inc.", "vendor_covers", None,
     "Invoice with a 'CPT licence - AMA royalty (included in subscription) 0.00' line",
     font="Helvetica", size=9)
def d_hollowell(k):
    s = [k.table([["Hollowell Health Data, Inc.", "INVOICE"],
                  ["77 Canal Street, Lowell, MA 01852", "No. HHD-2026-00419"],
                  ["accounts@hollowell.example", "Date: January 2, 2026"]],
                 widths=[300, 204], ruled=False, header=True),
         k.sp(12),
         k.p("<b>Bill to:</b> Merrimack Family Practice, LLC, 410 Pawtucket Boulevard, Lowell, MA 01854"),
         k.p("<b>Service period:</b> January 1 - January 31, 2026 \u00b7 <b>Terms:</b> Net 15"),
         k.table([["Description", "Qty", "Unit price", "Amount"],
                  ["Hollowell EHR subscription (provider)", "4", "$185.00", "$740.00"],
                  ["Hollowell patient portal", "1", "$60.00", "$60.00"],
                  ["CPT\u00ae licence - AMA royalty (included in subscription)", "4", "$0.00", "$0.00"],
                  ["ICD-10-CM / HCPCS Level II updates", "1", "$0.00", "$0.00"],
                  ["Subtotal", "", "", "$800.00"],
                  ["Massachusetts sales tax", "", "", "$0.00"],
                  ["Amount due", "", "", "$800.00"]],
                 widths=[270, 40, 90, 104], ruled=True, right_cols=(1, 2, 3), bold_last=True),
         k.sp(10),
         k.p("Hollowell is an authorized CPT\u00ae distributor. The royalty the AMA charges for CPT content in "
             "Hollowell EHR is paid by Hollowell and is already part of your subscription price; the $0.00 line "
             "is shown for your records."),
         k.sp(6),
         k.sm("Pay online at pay.hollowell.example or by ACH to the account on your statement. CPT is a registered "
              "trademark of the American Medical Association.")]
    return s


@doc("Fairhaven Clinical Systems, LLC", "vendor_covers", None,
     "Renewal letter: 'we will not' charge a separate AMA fee; royalty stays inside subscription; competitors' ~$20 fee and 3.5% price increase are distractors",
     font="Times-Roman", size=10.5)
def d_fairhaven(k):
    s = [k.c("<b>FAIRHAVEN CLINICAL SYSTEMS, LLC</b>"),
         k.c("12 Wharf Street \u00b7 New Bedford, MA 02740 \u00b7 508-555-0190"),
         k.sp(12),
         k.p("September 30, 2025"),
         k.p("To our clients,"),
         k.p("Your Fairhaven subscription comes up for renewal on January 1. Three things to know:"),
         k.p("<b>1. Pricing.</b> Subscription prices rise 3.5% for 2026, our first increase in two years. Your "
             "renewal quote shows the exact figure."),
         k.p("<b>2. The AMA fee question.</b> Many of you have heard that other systems now charge a separate "
             "AMA fee of around $20 per clinician for CPT\u00ae codes. Fairhaven will not. We are licensed by "
             "the American Medical Association to distribute CPT, we pay the royalty, and it stays inside your "
             "subscription as it always has. There is no CPT line on your renewal, and there won't be one during "
             "your 2026 term."),
         k.p("<b>3. New features.</b> The 2026 release adds prior-authorization tracking and a redesigned "
             "patient statement."),
         k.p("Thank you for trusting Fairhaven with your practice."),
         k.sp(12),
         k.p("Warm regards,"),
         k.sp(14),
         k.p("Miriam Castellano<br/>Founder and CEO<br/>Fairhaven Clinical Systems, LLC")]
    return s


@doc("Summit Revenue Cycle Group, Inc.", "vendor_covers", None,
     "Billing-service agreement where 'Provider' is the practice; Billing Company holds AMA distribution licence, bears all CPT royalties and will not charge them; % of collections is a distractor",
     font="Times-Roman", size=9.8, footer="Summit Revenue Cycle Group, Inc. - Revenue Cycle Services Agreement")
def d_summit(k):
    A, B = "Billing Company", "Provider"
    s = [k.h1("REVENUE CYCLE SERVICES AGREEMENT", center=True),
         k.p("This Agreement is entered into as of May 1, 2025 by Summit Revenue Cycle Group, Inc. "
             "(\u201cBilling Company\u201d) and Alpine Dermatology Associates, PLLC (\u201cProvider\u201d)."),
         k.h2("1. Services"),
         k.p("Billing Company will perform charge entry, coding review, claim submission, payment posting, "
             "denial management and patient statement services for Provider, using Billing Company's own "
             "practice management and coding systems (the \u201cSummit Systems\u201d). Provider's staff will "
             "have access to the Summit Systems to review charges and reports."),
         k.h2("2. Fees"),
         k.p("Provider shall pay Billing Company 4.9% of collections received on claims submitted by Billing "
             "Company, invoiced monthly. Patient statements are billed at $0.55 each."),
         k.h2("3. Coding Content"),
         k.p("3.1 The Summit Systems contain CPT\u00ae content. Billing Company holds a distribution license "
             "from the American Medical Association and sublicenses CPT to Provider solely for Provider's use "
             "of the Summit Systems under this Agreement."),
         k.p("3.2 Billing Company shall bear all royalties owed to the AMA arising from the use of CPT in the "
             "Summit Systems by Billing Company or by Provider's personnel, and shall not charge such royalties "
             "to Provider in any form."),
         k.p("3.3 Provider shall not copy CPT content out of the Summit Systems or make it available to any "
             "other entity.")]
    s += boiler(k, A, B, 4, ["phi", "conf", "term", "liab", "law", "notice"])
    s += [k.sig("Summit Revenue Cycle Group, Inc.", "Alpine Dermatology Associates, PLLC", "Bradley Nunes",
                "Dr. Keiko Arai", "President", "Managing Partner")]
    return s


@doc("Brightwater Virtual Care, Inc.", "vendor_covers", None,
     "Telehealth terms of service (we/you): CPT content in visit-coding tool is licensed and paid for by the vendor and not charged to the practice; visit fees are distractors",
     footer="Brightwater Virtual Care, Inc. - Practice Terms")
def d_brightwater(k):
    s = [k.h1("Practice Terms"),
         k.p("These terms apply when a medical practice (\u201cyou\u201d) uses the Brightwater platform provided "
             "by Brightwater Virtual Care, Inc. (\u201cBrightwater\u201d, \u201cwe\u201d)."),
         k.h2("1. What you get"),
         k.p("Video visits, secure messaging, e-prescribing, and a visit-coding tool that proposes CPT\u00ae and "
             "ICD-10-CM codes from the visit summary."),
         k.h2("2. Pricing"),
         k.p("You pay $29 per clinician per month, plus $2.00 per completed video visit over 200 visits a month. "
             "Messaging is unlimited."),
         k.h2("3. Codes in the visit-coding tool"),
         k.p("The CPT content in the visit-coding tool is licensed by us from the American Medical Association. "
             "The royalty is paid by us and is not charged to you. You may use the codes only within Brightwater "
             "and only for your own practice."),
         k.h2("4. Clinical responsibility"),
         k.p("Code suggestions are aids. The clinician decides which codes to submit and is responsible for the "
             "claim."),
         k.h2("5. Privacy and security"),
         k.p("We are your business associate under HIPAA and sign a Business Associate Agreement with every "
             "practice."),
         k.h2("6. Cancellation"),
         k.p("Cancel any time with 30 days' notice. We don't charge early-termination fees."),
         k.h2("7. Notices")] + ama_notices(k, year="2025", style=2)
    s += [k.sp(8), k.sm("\u00a9 2025 Brightwater Virtual Care, Inc.")]
    return s


@doc("Thornbury Health Informatics, Inc.", "vendor_covers", None,
     "Subscription agreement with a full AMA sublicense grant and required notices, and a fee schedule listing only subscription and services fees; no CPT fee anywhere",
     font="Times-Roman", size=9.8, footer="Thornbury Health Informatics, Inc. - Subscription Agreement")
def d_thornbury(k):
    A, B = "Thornbury", "Subscriber"
    s = [k.h1("SUBSCRIPTION AGREEMENT", center=True),
         k.p("This Subscription Agreement is between Thornbury Health Informatics, Inc. (\u201cThornbury\u201d) "
             "and Willow Creek Pediatrics, P.A. (\u201cSubscriber\u201d), effective February 1, 2026."),
         k.h2("1. Subscription"),
         k.p("Thornbury will provide Subscriber with access to the Thornbury Pediatric EHR, including "
             "immunization forecasting, growth charts and well-child templates, for the Subscription Term."),
         k.h2("2. Third-Party Code Sets"),
         k.p("2.1 <b>CPT.</b> Thornbury is a party to a distribution license agreement with the American Medical "
             "Association. Thornbury grants Subscriber a limited, non-exclusive, non-transferable, "
             "non-sublicensable license to use the CPT content in the Thornbury Pediatric EHR solely for "
             "Subscriber's internal use in the United States. The sublicense terminates if Thornbury's agreement "
             "with the AMA terminates, unless the AMA agrees otherwise in writing or Subscriber enters into a "
             "direct license with the AMA."),
         k.p("2.2 Subscriber shall not make CPT content available to any subsidiary, affiliate or other legal "
             "entity, shall not create derivative works of it, and shall not remove any AMA notice."),
         k.p("2.3 <b>Other code sets.</b> ICD-10-CM, HCPCS Level II, CVX and LOINC are supplied as published by "
             "their stewards."),
         k.p("2.4 <b>Required notices.</b>")] + ama_notices(k, year="2025", style=0)
    s += boiler(k, A, B, 3, ["phi", "conf", "term", "warr", "liab"])
    s += [k.pb(), k.h1("FEE SCHEDULE"),
          k.table([["Item", "Fee", "Billing"],
                   ["Thornbury Pediatric EHR", "$229.00 per provider per month", "monthly in advance"],
                   ["Additional staff logins", "no charge", "-"],
                   ["Immunization registry interface", "$1,500.00 one-time", "on go-live"],
                   ["Implementation and training", "$3,200.00 one-time", "on signature"],
                   ["After-hours support add-on", "$150.00 per month", "monthly in advance"]],
                  widths=[180, 190, 134], ruled=True),
          k.sp(6),
          k.p("Fees are fixed for the first twenty-four months. No other fees apply unless agreed in a signed "
              "amendment."),
          k.sig("Thornbury Health Informatics, Inc.", "Willow Creek Pediatrics, P.A.", "Patrick Ellery",
                "Dr. Simone Achebe", "VP, Customer Success", "President")]
    return s


@doc("Oakhurst Medical Cloud, Inc.", "vendor_covers", None,
     "Amendment deleting the earlier $19 per provider per year CPT Fee; royalty now included in the Subscription Fee with no separate charge",
     font="Times-Roman", size=10.2)
def d_oakhurst(k):
    s = [k.h1("AMENDMENT NO. 1", center=True),
         k.c("to the Cloud Services Agreement dated April 1, 2024"),
         k.sp(6),
         k.p("This Amendment No. 1 is entered into as of December 15, 2025 (the \u201cAmendment Effective "
             "Date\u201d) by Oakhurst Medical Cloud, Inc. (\u201cOakhurst\u201d) and Laurel Heights Primary Care, "
             "PLLC (\u201cClient\u201d)."),
         k.p("WHEREAS, Section 5.2 of the Cloud Services Agreement (the \u201cAgreement\u201d) requires Client to "
             "pay a CPT Fee of $19.00 per provider per year to reimburse Oakhurst for royalties payable to the "
             "American Medical Association; and"),
         k.p("WHEREAS, Client has agreed to extend the term of the Agreement, and in return Oakhurst has agreed "
             "to stop charging the CPT Fee;"),
         k.p("NOW, THEREFORE, the parties agree as follows:"),
         k.p("1. <b>Deletion of CPT Fee.</b> Section 5.2 of the Agreement is deleted in its entirety."),
         k.p("2. <b>CPT royalties.</b> A new Section 5.2 is added: \u201c5.2 CPT Royalties. From the Amendment "
             "Effective Date, all royalties payable to the American Medical Association for Client's use of CPT "
             "content in the Services are included in the Subscription Fee. Oakhurst shall pay those royalties "
             "and shall not charge Client any separate CPT fee.\u201d"),
         k.p("3. <b>Extension.</b> The Initial Term is extended to March 31, 2029."),
         k.p("4. <b>Subscription Fee.</b> The Subscription Fee remains $199.00 per provider per month through "
             "March 31, 2027 and then increases by 3% on each April 1."),
         k.p("5. <b>Credit.</b> Oakhurst will credit Client for any CPT Fee already invoiced for periods after "
             "the Amendment Effective Date."),
         k.p("6. <b>Effect.</b> Except as amended here, the Agreement is unchanged and continues in full force."),
         k.sig("Oakhurst Medical Cloud, Inc.", "Laurel Heights Primary Care, PLLC", "Irene Vasquez",
               "Dr. Colin McBride", "Chief Operating Officer", "Managing Physician")]
    return s


@doc("Parallax Health Analytics LLC", "vendor_covers", None,
     "Analytics platform licence (Licensor/Licensee): Licensor's AMA distribution licence, royalty borne by Licensor and reflected in the platform fee; $600 per user platform fee is a subscription price, not a CPT fee",
     font="Helvetica", size=9.2, footer="Parallax Health Analytics LLC - Platform License Agreement")
def d_parallax(k):
    A, B = "Licensor", "Licensee"
    s = [k.h1("PLATFORM LICENSE AGREEMENT"),
         k.p("Parallax Health Analytics LLC (\u201cLicensor\u201d) and Tri-County Orthopaedic Partners, LLC "
             "(\u201cLicensee\u201d) agree as follows, effective January 1, 2026."),
         k.h2("1. Platform"),
         k.p("Licensor provides a hosted analytics platform that ingests Licensee's claims and remittance data and "
             "produces productivity, payer-mix, denial and benchmarking dashboards (the \u201cPlatform\u201d)."),
         k.h2("2. Authorized Users"),
         k.p("Licensee may designate up to twenty (20) Authorized Users. Each Authorized User must be an employee "
             "or contractor of Licensee."),
         k.h2("3. Platform Fee"),
         k.p("Licensee shall pay a Platform Fee of $600.00 per Authorized User per year, invoiced annually in "
             "advance, plus a one-time onboarding fee of $5,000.00."),
         k.h2("4. CPT in Reports"),
         k.p("4.1 The Platform displays CPT\u00ae codes and descriptors in dashboards, drill-downs and exports. "
             "Licensor holds a distribution license from the American Medical Association for that purpose and "
             "grants Licensee a non-exclusive sublicense to view and use that CPT content within the Platform for "
             "internal analysis."),
         k.p("4.2 The royalty due to the AMA for Licensee's Authorized Users is borne by Licensor and is "
             "reflected in the Platform Fee. Licensor will not invoice Licensee separately for it."),
         k.p("4.3 Licensee consents to Licensor reporting the number of Authorized Users to the AMA.")]
    s += boiler(k, A, B, 5, ["data", "phi", "conf", "term", "liab", "law"])
    s += ama_notices(k, year="2025", style=2)
    s += [k.sig("Parallax Health Analytics LLC", "Tri-County Orthopaedic Partners, LLC", "Aaron Whitfield",
                "Linda Marchetti", "Managing Director", "Executive Director")]
    return s


@doc("Ironbridge Claims Exchange, Inc.", "vendor_covers", None,
     "Clearinghouse services agreement: clearinghouse fees include any AMA royalties for CPT descriptors shown in claim edits; per-claim fees are distractors",
     footer="Ironbridge Claims Exchange, Inc. - Clearinghouse Services Agreement")
def d_ironbridge(k):
    s = [k.h1("Clearinghouse Services Agreement"),
         k.p("Ironbridge Claims Exchange, Inc. (\u201cIronbridge\u201d) will provide electronic claims services "
             "to Oak Lawn Podiatry Group, Ltd. (\u201cClient\u201d) on these terms, effective August 18, 2025."),
         k.h2("1. Services"),
         k.bl(["Professional claim submission (837P) to more than 2,000 payers",
               "Claim scrubbing with payer-specific and NCCI edits",
               "Electronic remittance advice (835) and payer reports",
               "Eligibility and claim status inquiries"]),
         k.h2("2. Fees"),
         k.table([["Service", "Fee"],
                  ["Monthly access", "$89.00 per billing NPI"],
                  ["Claims", "$0.22 per claim over 500 per month"],
                  ["Eligibility", "included"],
                  ["Paper claims", "$0.80 per claim"]],
                 widths=[200, 304], ruled=True),
         k.h2("3. CPT content in edits"),
         k.p("Claim edits returned to Client show CPT\u00ae code descriptors. Ironbridge uses that content under "
             "its own license from the American Medical Association. Ironbridge's clearinghouse fees include any "
             "royalties owed to the AMA for that content; Client will not be billed for CPT separately."),
         k.h2("4. Client responsibilities"),
         k.p("Client is responsible for the content and accuracy of claims, for obtaining payer enrollment, and "
             "for reviewing rejections promptly."),
         k.h2("5. Term"),
         k.p("Twelve months, renewing monthly thereafter. Either party may terminate on 30 days' notice after the "
             "first twelve months."),
         k.h2("6. HIPAA"),
         k.p("Ironbridge acts as a health care clearinghouse and as Client's business associate."),
         k.sig("Ironbridge Claims Exchange, Inc.", "Oak Lawn Podiatry Group, Ltd.", "Sandra Pike",
               "Dr. Marcus Feld", "VP Operations", "President")]
    return s


@doc("Westmarch Software Partners, Inc.", "vendor_covers", None,
     "Side letter confirming the vendor, as an authorized CPT distributor, pays the AMA royalty for the customer's users and will invoice no CPT fee during the term",
     font="Times-Roman", size=10.5)
def d_westmarch(k):
    s = [k.p("<b>Westmarch Software Partners, Inc.</b><br/>3300 Elm Street, Suite 600<br/>Dallas, TX 75226"),
         k.sp(8),
         k.p("January 12, 2026"),
         k.p("Trinity Heart & Vascular, P.A.<br/>Attention: Director of Revenue Cycle<br/>1401 Pennsylvania Avenue<br/>"
             "Fort Worth, TX 76104"),
         k.p("<b>Re: Software Subscription Agreement dated February 1, 2025 - CPT licensing</b>"),
         k.p("Dear Ms. Delgado,"),
         k.p("You asked us to confirm in writing how CPT\u00ae licensing works under your Software Subscription "
             "Agreement, after several of your physicians received notices from other vendors about AMA fees."),
         k.p("We confirm that Westmarch Software Partners, Inc. is an authorized CPT distributor under a "
             "license agreement with the American Medical Association. Westmarch reports your users and pays the "
             "AMA royalty for them. No CPT fee or AMA surcharge will be invoiced to Trinity Heart & Vascular, "
             "P.A. during the Term of the Agreement, including any renewal term on the current pricing."),
         k.p("This letter forms part of the Agreement. If the Agreement and this letter conflict on CPT "
             "licensing, this letter controls."),
         k.p("Sincerely,"),
         k.sp(14),
         k.p("Philip Brandon<br/>Vice President and General Counsel<br/>Westmarch Software Partners, Inc."),
         k.sp(12),
         k.p("Acknowledged: Trinity Heart & Vascular, P.A.  By: ____________________  Date: ____________")]
    return s


@doc("Coralstone Laboratory Systems, Inc.", "vendor_covers", None,
     "Lab-interface agreement: CPT codes in the test compendium are provided under the vendor's AMA distribution licence at no charge to Client; interface fees are distractors",
     font="Helvetica", size=9.4, footer="Coralstone Laboratory Systems, Inc. - Outreach Connectivity Agreement")
def d_coralstone(k):
    A, B = "Coralstone", "Client"
    s = [k.h1("OUTREACH CONNECTIVITY AGREEMENT"),
         k.p("Parties: Coralstone Laboratory Systems, Inc. (\u201cCoralstone\u201d) and Seaside Women's Health "
             "Center, LLC (\u201cClient\u201d). Effective Date: June 2, 2025."),
         k.h2("1. Purpose"),
         k.p("Coralstone provides the web ordering portal and EHR interface through which Client orders tests "
             "from Coralstone's partner laboratories and receives results."),
         k.h2("2. Test Compendium"),
         k.p("2.1 The portal includes a test compendium listing each orderable test with its specimen "
             "requirements, LOINC codes and associated CPT\u00ae codes."),
         k.p("2.2 The CPT codes within the test compendium are provided under Coralstone's distribution license "
             "with the American Medical Association, at no charge to Client. Client may use them only for "
             "ordering and billing review within its own practice."),
         k.h2("3. Fees"),
         k.p("3.1 Portal access: no charge for up to 25 users."),
         k.p("3.2 Bidirectional EHR interface: $3,500 one-time build fee, then $175 per month."),
         k.p("3.3 Supplies and courier: as set out in the laboratory's own client services agreement.")]
    s += boiler(k, A, B, 4, ["phi", "term", "liab", "law"])
    s += ama_notices(k, year="2025", style=0)
    s += [k.sig("Coralstone Laboratory Systems, Inc.", "Seaside Women's Health Center, LLC", "Grace Holm",
                "Teresa Quintero", "Director, Outreach", "Practice Manager")]
    return s


# ====================================================================== CUSTOMER MUST LICENSE
@doc("Halcyon Scheduling Software, Inc.", "customer_must_license", None,
     "SaaS master agreement: Company supplies no CPT; Customer must obtain and maintain its own AMA licence at its own expense; AMA direct rate quoted for reference is a distractor",
     font="Times-Roman", size=9.8, footer="Halcyon Scheduling Software, Inc. - SaaS Agreement")
def d_halcyon(k):
    A, B = "Company", "Customer"
    s = [k.h1("SOFTWARE-AS-A-SERVICE AGREEMENT", center=True),
         k.p("This Agreement is between Halcyon Scheduling Software, Inc. (\u201cCompany\u201d) and Pacific Crest "
             "ENT Associates, Inc. (\u201cCustomer\u201d), effective October 6, 2025."),
         k.h2("1. Service"),
         k.p("Company provides a hosted scheduling, intake and patient-balance collection service (the "
             "\u201cService\u201d). Customer may configure visit types, charge items and superbill templates."),
         k.h2("2. Fees"),
         k.p("Customer shall pay $350.00 per month for up to 15 users and $18.00 per month for each additional "
             "user, plus payment processing at the rates in the Order Form."),
         k.h2("3. Customer Content; Code Sets"),
         k.p("3.1 Company does not provide, license or distribute CPT\u00ae or any other proprietary code set. The "
             "Service contains no CPT content when delivered."),
         k.p("3.2 If Customer enters or uploads CPT codes or descriptors into the Service, for example in "
             "charge items or superbill templates, Customer shall obtain and maintain, at its own expense, any "
             "license required from the American Medical Association for all of its users, and shall be "
             "responsible for any royalties due."),
         k.p("3.3 For reference only, the AMA's published internal-use rate for the 2025 release is an entity fee "
             "plus $18.50 per user. Company makes no representation about the fees the AMA will charge Customer."),
         k.p("3.4 Customer shall indemnify Company against claims arising from Customer Content, including any "
             "claim by the AMA relating to CPT content Customer loads into the Service.")]
    s += boiler(k, A, B, 4, ["phi", "data", "conf", "term", "warr", "liab", "law", "misc"])
    s += [k.sig("Halcyon Scheduling Software, Inc.", "Pacific Crest ENT Associates, Inc.", "Nora Lindqvist",
                "Dr. Howard Pham", "Head of Sales", "President")]
    return s


@doc("Vantage Charge Capture, LLC", "customer_must_license", None,
     "Charge-capture tool terms: Client uploads its own fee schedules with CPT codes and represents it holds a valid AMA (or distributor) licence; per-user fee is a subscription price",
     footer="Vantage Charge Capture, LLC - Terms of Use")
def d_vantage(k):
    s = [k.h1("Vantage Charge Capture - Terms of Use"),
         k.p("These terms apply to the Vantage mobile and web charge-capture application provided by Vantage "
             "Charge Capture, LLC (\u201cVantage\u201d) to hospitalist and surgical groups (each, a "
             "\u201cClient\u201d)."),
         k.h2("1. How Vantage works"),
         k.p("Physicians record inpatient and procedural charges on their phones. Vantage routes the charges to "
             "the Client's billing system each night."),
         k.h2("2. Code lists"),
         k.p("2.1 Vantage ships with no procedure code content. Each Client uploads its own charge master or pick "
             "lists, which normally include CPT\u00ae codes and short descriptors."),
         k.p("2.2 By uploading any CPT content, Client represents and warrants that Client, and each of its users "
             "who will see that content in Vantage, is covered by a valid license from the American Medical "
             "Association or from an authorized CPT distributor, and that the license permits use in Vantage. "
             "Client is responsible for any royalty due for that use."),
         k.p("2.3 Vantage will remove any code list on request of the AMA or if Client cannot show a valid "
             "license."),
         k.h2("3. Subscription"),
         k.p("The subscription fee is $45 per physician user per month, billed quarterly. There is no setup fee."),
         k.h2("4. Data"),
         k.p("Client owns its charge data. Vantage processes protected health information only as Client's "
             "business associate."),
         k.h2("5. Termination"),
         k.p("Either party may end the subscription at the end of any quarter with 30 days' notice."),
         k.sp(8),
         k.sm("CPT is a registered trademark of the American Medical Association. \u00a9 2025 Vantage Charge "
              "Capture, LLC.")]
    return s


@doc("American Medical Association", "customer_must_license", None,
     "AMA internal-use licence signed directly by the practice (Licensee); royalty schedule entity fee + per-user amounts are the AMA's direct price, not a vendor fee",
     ama=True, font="Times-Roman", size=9.6, footer="AMA CPT\u00ae Internal Use License Agreement - Licensee copy")
def d_ama_full(k):
    s = [k.h1("CPT\u00ae INTERNAL USE LICENSE AGREEMENT", center=True),
         k.c("Agreement No. IUL-25-30417"),
         k.p("This Internal Use License Agreement (\u201cAgreement\u201d) is entered into between the American "
             "Medical Association, an Illinois not-for-profit corporation with offices at 330 North Wabash "
             "Avenue, Chicago, Illinois 60611 (\u201cAMA\u201d), and Ridgeview Family Medicine, P.C., 240 Mill "
             "Road, Harrisburg, Pennsylvania 17110 (\u201cLicensee\u201d), effective January 1, 2025."),
         k.h2("1. Definitions"),
         k.p("1.1 \u201cLicensed Content\u201d means the electronic data files of the AMA's Current Procedural "
             "Terminology (CPT\u00ae) Standard for each annual release during the Term."),
         k.p("1.2 \u201cUser\u201d means an individual who (a) accesses, uses or manipulates the Licensed Content; "
             "(b) uses an application containing the Licensed Content to produce output that could not be "
             "produced without it; or (c) makes use of such output. Users are counted individually, not "
             "concurrently."),
         k.p("1.3 \u201cApplication\u201d means each software system listed in Exhibit B in which Licensee uses "
             "the Licensed Content."),
         k.h2("2. License Grant"),
         k.p("AMA grants Licensee a non-exclusive, non-transferable license to use the Licensed Content in the "
             "Applications, solely for Licensee's internal business purposes in the United States, by the "
             "number of Users for which royalties have been paid."),
         k.h2("3. Restrictions"),
         k.p("Licensee shall not distribute, sublicense, sell or publish the Licensed Content, shall not make it "
             "available to any affiliate or other legal entity, and shall not use it in any product or service "
             "provided to third parties. Licensee shall keep all AMA copyright and trademark notices intact."),
         k.h2("4. Royalties"),
         k.p("4.1 Licensee shall pay AMA the royalties set out in Exhibit A for each annual release, based on the "
             "number of Users reported."),
         k.p("4.2 Royalties are due within thirty (30) days of AMA's invoice. Royalties are non-refundable."),
         k.h2("5. Reports and Audit"),
         k.p("5.1 By January 31 of each year Licensee shall report to AMA, through the AMA royalties portal, the "
             "maximum number of Users in each Application during the prior year and its estimate for the current "
             "year."),
         k.p("5.2 AMA or its designee may audit Licensee's records once per year on thirty (30) days' notice. If "
             "an audit shows underreporting of more than five percent, Licensee shall pay the shortfall and the "
             "reasonable cost of the audit."),
         k.h2("6. Term and Termination"),
         k.p("This Agreement runs for one year and renews annually for each new release unless either party "
             "gives ninety (90) days' written notice. AMA may terminate on thirty (30) days' notice for "
             "Licensee's uncured breach. On termination Licensee shall stop using the Licensed Content."),
         k.h2("7. Disclaimer"),
         k.p("THE LICENSED CONTENT IS PROVIDED \u201cAS IS\u201d. AMA DOES NOT DIRECTLY OR INDIRECTLY PRACTICE "
             "MEDICINE OR DISPENSE MEDICAL SERVICES. Fee schedules, relative value units, conversion factors and/or "
             "related components are not assigned by the AMA, are not part of CPT, and the AMA is not "
             "recommending their use."),
         k.h2("8. Government Rights"),
         k.p("The Licensed Content is commercial technical data developed exclusively at private expense. U.S. "
             "Government rights are limited as provided in FAR 52.227-14 and DFARS 252.227-7015."),
         k.h2("9. General"),
         k.p("This Agreement is governed by Illinois law. It is the entire agreement of the parties on its "
             "subject and may be amended only in writing signed by both."),
         k.pb(),
         k.h1("EXHIBIT A - ROYALTY SCHEDULE"),
         k.table([["Licensed Content", "Annual release 2025", "Annual release 2026"],
                  ["CPT\u00ae Standard", "Entity fee of $82.50 plus $18.50 for each User",
                   "Then-current entity fee plus $18.50 for each User"],
                  ["CPT\u00ae Relative Value Units (not licensed)", "-", "-"]],
                 widths=[170, 167, 167], ruled=True),
         k.sp(6),
         k.p("Licensee's initial User report: 14 Users across all Applications. Royalty for the 2025 release: "
             "$82.50 + (14 \u00d7 $18.50) = $341.50."),
         k.h1("EXHIBIT B - APPLICATIONS"),
         k.bl(["In-house billing spreadsheet and charge-entry workbook (Licensee-maintained)",
               "Referral and prior-authorization log (Licensee-maintained)"]),
         k.sig("American Medical Association", "Ridgeview Family Medicine, P.C.", "", "Allison Barnes",
               "Director, CPT Intellectual Property Services", "Practice Manager")]
    return s


@doc("American Medical Association", "customer_must_license", None,
     "Short AMA internal-use licence order confirmation and terms issued to a practice (direct licence); computed royalty total is the AMA's direct charge, not a vendor CPT fee",
     ama=True, font="Helvetica", size=9.2, footer="American Medical Association - CPT\u00ae Licensing - Order Confirmation")
def d_ama_short(k):
    s = [k.h1("CPT\u00ae Internal Use License - Order Confirmation and License Terms"),
         k.table([["Licensor", "American Medical Association, AMA Plaza, 330 N. Wabash Ave., Chicago, IL 60611"],
                  ["Licensee", "Sycamore Women's Health, LLC, 9 Linden Court, Overland Park, KS 66210"],
                  ["Order", "IU-2026-118204"], ["License period", "CPT 2026 annual release (Jan 1 - Dec 31, 2026)"],
                  ["Licensed use", "Internal use only, United States"]],
                 widths=[110, 394], ruled=True, header=False),
         k.sp(8),
         k.h2("Royalty calculation"),
         k.table([["Component", "Basis", "Amount"],
                  ["Entity fee", "per legal entity", "$82.50"],
                  ["User royalty", "23 Users \u00d7 $18.50", "$425.50"],
                  ["Total royalty due", "", "$508.00"]],
                 widths=[170, 200, 134], ruled=True, right_cols=(2,), bold_last=True),
         k.sp(6),
         k.p("Payment is due within 30 days of this confirmation. The entity fee shown is the entity fee in effect "
             "for the 2026 release."),
         k.h2("License terms"),
         k.p("1. The American Medical Association (\u201cAMA\u201d) grants the Licensee named above a "
             "non-exclusive, non-transferable license to use the CPT Standard data file for the license period, "
             "for internal use by the number of Users shown, within the United States."),
         k.p("2. A User is each individual who accesses the CPT content, uses a system containing it to produce "
             "output, or relies on that output. Users are named individuals, not concurrent seats. Licensee will "
             "report any increase in Users within 30 days and pay the additional user royalty."),
         k.p("3. This license covers only the systems Licensee identified in its application: its in-house "
             "practice spreadsheet and its document-management coding index. It does not license CPT content "
             "supplied to Licensee by any software vendor, which remains subject to that vendor's agreement with "
             "the AMA."),
         k.p("4. Licensee may not distribute the CPT content, provide it to affiliates or other entities, or use "
             "it outside the United States."),
         k.p("5. The AMA may audit Licensee's compliance once per year on reasonable notice."),
         k.p("6. CPT only copyright 2025 American Medical Association. All rights reserved. The AMA does not "
             "directly or indirectly practice medicine or dispense medical services."),
         k.sp(8),
         k.p("Accepted for Licensee: ______________________  Name: Dr. Rachel Odum  Title: Owner  Date: ________")]
    return s


@doc("Keystone Medical Billing Associates, LLC", "customer_must_license", None,
     "Billing-service agreement where 'Provider' is the practice; Provider must secure its own CPT licence; billing company's services include no sublicense; percentage fee is a distractor",
     font="Times-Roman", size=9.8, footer="Keystone Medical Billing Associates, LLC - Medical Billing Agreement")
def d_keystone(k):
    A, B = "Billing Company", "Provider"
    s = [k.h1("MEDICAL BILLING AGREEMENT", center=True),
         k.p("Keystone Medical Billing Associates, LLC (\u201cBilling Company\u201d) and Lehigh Valley "
             "Gastroenterology, P.C. (\u201cProvider\u201d) agree as follows, effective March 1, 2025."),
         k.h2("1. Services"),
         k.p("Billing Company will submit Provider's claims from Provider's own practice management system, to "
             "which Provider will grant Billing Company's staff remote access, and will post payments and follow "
             "up on denials."),
         k.h2("2. Compensation"),
         k.p("Provider shall pay 6% of net collections monthly. Credentialing work is billed at $95 per hour."),
         k.h2("3. Systems and Code Sets"),
         k.p("3.1 Billing Company does not supply software to Provider. All coding is performed in Provider's "
             "systems."),
         k.p("3.2 Provider shall be responsible for securing and maintaining, at its own cost, the licenses "
             "required for CPT\u00ae content used in its systems, whether from the American Medical Association "
             "directly or from its software vendor, and for covering Billing Company's personnel who access CPT in "
             "those systems as Users. Billing Company's services do not include a sublicense of CPT."),
         k.p("3.3 Provider shall indemnify Billing Company for any claim by the AMA arising from Provider's "
             "failure to maintain those licenses.")]
    s += boiler(k, A, B, 4, ["phi", "conf", "term", "liab", "law", "notice", "misc"])
    s += [k.sig("Keystone Medical Billing Associates, LLC", "Lehigh Valley Gastroenterology, P.C.",
                "Theresa Kowalski", "Dr. Anil Mehta", "Owner", "President")]
    return s


@doc("Lodestar Practice Tools, Inc.", "customer_must_license", None,
     "Software EULA (Licensor/Licensee): software contains no CPT; Licensee enters codes and must obtain licences for all users from the AMA; perpetual licence price is a distractor",
     font="Courier", size=8.8, footer="Lodestar Practice Tools, Inc. - EULA")
def d_lodestar(k):
    s = [k.h1("LODESTAR SUPERBILL DESIGNER - END USER LICENSE AGREEMENT"),
         k.p("This End User License Agreement is between Lodestar Practice Tools, Inc. (\u201cLicensor\u201d) and "
             "the person or entity installing the software (\u201cLicensee\u201d)."),
         k.p("1. LICENSE. Licensor grants Licensee a perpetual, non-exclusive license to install the Lodestar "
             "Superbill Designer on up to five workstations, upon payment of the one-time license fee of $495 per "
             "workstation. Annual updates and support are $99 per workstation."),
         k.p("2. NO CODE CONTENT. The software is a forms designer. It does not contain CPT\u00ae codes, "
             "descriptors or any other code set content. Licensor is not a distributor of CPT."),
         k.p("3. LICENSEE'S CODES. Licensee may type or import procedure codes into its superbill templates. "
             "Licensee acknowledges that CPT is copyrighted by the American Medical Association, and that if "
             "Licensee enters CPT content, Licensee must obtain a license from the AMA covering all of its users "
             "and pay any royalty the AMA requires. Licensor has no responsibility for Licensee's CPT "
             "licensing."),
         k.p("4. RESTRICTIONS. Licensee may not rent, lend or resell the software or remove its license key "
             "protection."),
         k.p("5. WARRANTY. Licensor warrants that the media is free of defects for 90 days. OTHERWISE THE "
             "SOFTWARE IS PROVIDED AS IS."),
         k.p("6. LIMITATION. LICENSOR'S LIABILITY IS LIMITED TO THE LICENSE FEE PAID."),
         k.p("7. LAW. This agreement is governed by the laws of the State of Minnesota."),
         k.sp(8),
         k.p("Lodestar Practice Tools, Inc. \u00b7 Duluth, Minnesota")]
    return s


@doc("Pathway Transaction Services, Inc.", "customer_must_license", None,
     "Clearinghouse agreement: Submitter responsible for licences to code sets (CPT) used in its claims; clearinghouse does not sublicense CPT; per-claim fees are distractors",
     footer="Pathway Transaction Services, Inc. - EDI Services Agreement")
def d_pathway(k):
    A, B = "Pathway", "Submitter"
    s = [k.h1("EDI Services Agreement"),
         k.p("Pathway Transaction Services, Inc. (\u201cPathway\u201d) and Blue Ridge Chiropractic Center, LLC "
             "(\u201cSubmitter\u201d) enter into this agreement on September 2, 2025."),
         k.h2("1. Services"),
         k.p("Pathway will accept claim files generated by Submitter's practice management system, format them "
             "to HIPAA X12 standards, transmit them to payers, and return acknowledgements and remittances."),
         k.h2("2. Fees"),
         k.p("$65.00 per month per billing provider, including up to 400 claims; additional claims $0.18 each."),
         k.h2("3. Code Sets"),
         k.p("3.1 Pathway passes through the codes that appear in Submitter's claim files. Pathway does not "
             "display, look up or edit CPT\u00ae descriptors and does not sublicense CPT to Submitter."),
         k.p("3.2 Submitter is responsible for having appropriate licenses for all proprietary code sets used in "
             "its claims and systems, including CPT, which must be licensed from the American Medical "
             "Association or an authorized distributor.")]
    s += boiler(k, A, B, 4, ["phi", "term", "warr", "liab", "law"])
    s += [k.sig("Pathway Transaction Services, Inc.", "Blue Ridge Chiropractic Center, LLC", "Evan Thorpe",
                "Dr. Kelsey Rhoads", "Director of Sales", "Owner")]
    return s


@doc("Northwind Outcomes Analytics, Inc.", "customer_must_license", None,
     "Analytics services agreement: Client supplies data with CPT codes and must ensure it and each Authorized User hold an AMA licence; vendor has no distribution licence; AMA direct rate is a distractor",
     font="Times-Roman", size=9.8, footer="Northwind Outcomes Analytics, Inc. - Data Services Agreement")
def d_northwind(k):
    A, B = "Vendor", "Client"
    s = [k.h1("DATA SERVICES AGREEMENT", center=True),
         k.p("Northwind Outcomes Analytics, Inc. (\u201cVendor\u201d) and Great Plains Oncology Associates, P.C. "
             "(\u201cClient\u201d), effective November 10, 2025."),
         k.h2("1. Services"),
         k.p("Vendor will load Client's monthly claims and EHR extracts into its analytics warehouse and deliver "
             "quality-measure, utilization and value-based-care dashboards."),
         k.h2("2. Fees"),
         k.p("Annual services fee: $36,000, invoiced quarterly in advance. Custom reports: $175 per hour."),
         k.h2("3. Client Data; CPT"),
         k.p("3.1 Client's extracts will contain CPT\u00ae codes, and the dashboards display those codes. Vendor "
             "does not hold a distribution license from the American Medical Association and supplies no CPT "
             "descriptors of its own."),
         k.p("3.2 Client shall ensure that Client, and each of its Authorized Users who views CPT content in the "
             "dashboards, is licensed by the AMA for that use, and Client shall pay any royalties the AMA "
             "requires. Vendor's fees do not include any CPT royalty."),
         k.p("3.3 The AMA currently publishes an internal-use rate of an entity fee plus $18.50 per user. That "
             "figure is provided for Client's planning only and is payable, if at all, to the AMA.")]
    s += boiler(k, A, B, 4, ["data", "phi", "conf", "term", "liab", "law"])
    s += [k.sig("Northwind Outcomes Analytics, Inc.", "Great Plains Oncology Associates, P.C.", "Marisol Vega",
                "Dr. Henrik Lund", "Chief Executive Officer", "Medical Director")]
    return s


@doc("Tandem Therapy Notes, LLC", "customer_must_license", None,
     "FAQ with a trap: 'no AMA fee from us' because the product ships without CPT; users import their own code list and must license it directly from the AMA",
     footer="Tandem Therapy Notes, LLC - Help")
def d_tandem(k):
    s = [k.h1("Tandem Therapy Notes - billing codes FAQ"),
         k.h2("Do you charge an AMA or CPT\u00ae fee?"),
         k.p("No, we don't charge one. That's because Tandem doesn't ship with CPT codes at all. Our notes and "
             "superbills start with an empty service list."),
         k.h2("So how do I bill insurance?"),
         k.p("You add your own service codes under Settings \u203a Services. Most therapists enter a handful of "
             "codes, like 90834 or 90837, with their own descriptions."),
         k.h2("Do I need a licence for those codes?"),
         k.p("Yes. The American Medical Association owns CPT. If you type or import CPT codes into Tandem, you "
             "are responsible for licensing them, and you'll need to get that licence directly from the AMA (its "
             "internal-use licence). We can't sell you one, because we aren't a CPT distributor."),
         k.h2("What does Tandem cost?"),
         k.p("$24 per therapist per month, or $240 per therapist per year if you pay annually."),
         k.h2("What about ICD-10 codes?"),
         k.p("ICD-10-CM diagnosis codes are free federal code sets, and we include the full list."),
         k.sp(10),
         k.sm("\u00a9 2025 Tandem Therapy Notes, LLC. CPT is a registered trademark of the American Medical "
              "Association.")]
    return s


@doc("Cobaltline Telemedicine, Inc.", "customer_must_license", None,
     "Telehealth services agreement where 'Provider' is the vendor and 'Practice' the customer; Practice must obtain any CPT licence; per-visit fees are distractors",
     font="Times-Roman", size=9.8, footer="Cobaltline Telemedicine, Inc. - Services Agreement")
def d_cobaltline(k):
    A, B = "Provider", "Practice"
    s = [k.h1("TELEMEDICINE PLATFORM SERVICES AGREEMENT", center=True),
         k.p("This Agreement is between Cobaltline Telemedicine, Inc. (\u201cProvider\u201d) and Heartland "
             "Rural Health Clinic, LLC (\u201cPractice\u201d), effective July 7, 2025. In this Agreement, "
             "\u201cProvider\u201d refers to the platform company and not to any clinician."),
         k.h2("1. Platform"),
         k.p("Provider will make its video-visit, scheduling and remote-monitoring platform available to "
             "Practice's clinicians and staff."),
         k.h2("2. Fees"),
         k.p("$450 per month platform fee, plus $3.50 per completed video visit and $12 per enrolled "
             "remote-monitoring patient per month."),
         k.h2("3. Documentation and Coding"),
         k.p("3.1 The platform offers free-text visit documentation and a configurable billing summary. Provider "
             "does not supply CPT\u00ae codes or descriptors."),
         k.p("3.2 Practice may add its own procedure codes to the billing summary. Practice shall obtain, and is "
             "solely responsible for, any license required by the American Medical Association for CPT content "
             "used on the platform by Practice's personnel, and for any associated royalties."),
         k.p("3.3 Practice is responsible for the accuracy of all codes submitted to payers.")]
    s += boiler(k, A, B, 4, ["phi", "conf", "term", "liab", "law", "misc"])
    s += [k.sig("Cobaltline Telemedicine, Inc.", "Heartland Rural Health Clinic, LLC", "Jared Nakamura",
                "Beth Ann Colby", "Chief Commercial Officer", "Administrator")]
    return s


@doc("Harrowgate Health Software, Inc.", "customer_must_license", None,
     "Order form where the CPT Module (priced $20 per provider per year) is marked Declined and Customer elects to supply CPT under its own AMA licence; declined price is a distractor",
     footer="Harrowgate Health Software, Inc. - Order Form HG-3390")
def d_harrowgate(k):
    s = [k.h1("Order Form HG-3390"),
         k.p("Harrowgate Health Software, Inc. (\u201cHarrowgate\u201d) \u00b7 Customer: Mesa Verde Community "
             "Physicians, Inc. (\u201cCustomer\u201d) \u00b7 Date: November 4, 2025"),
         k.table([["Product", "Unit", "Price", "Selected"],
                  ["Harrowgate PM Cloud", "per provider / month", "$139.00", "Yes (9 providers)"],
                  ["Harrowgate Reporting Pack", "per account / month", "$75.00", "Yes"],
                  ["CPT\u00ae Module (AMA-licensed CPT content and annual updates)", "per provider / year",
                   "$20.00", "DECLINED"],
                  ["Data conversion", "one-time", "$3,000.00", "Yes"]],
                 widths=[220, 110, 74, 100], ruled=True, right_cols=(2,)),
         k.sp(6),
         k.h2("Customer License Option"),
         k.p("Customer has declined the CPT\u00ae Module and elects the Customer License Option. Under this "
             "option:"),
         k.bl(["Harrowgate will not load CPT content into Customer's environment and will not sublicense CPT to "
               "Customer.",
               "Customer will import its own CPT code file and descriptors, and represents that it holds, and will "
               "maintain for the term, a direct internal-use license from the American Medical Association that "
               "covers every user of Harrowgate PM Cloud.",
               "Customer will provide a copy of its AMA license on request and will notify Harrowgate if it lapses.",
               "Customer may add the CPT Module later at the list price then in effect."]),
         k.p("This Order Form is governed by the Harrowgate Subscription Agreement between the parties."),
         k.sig("Harrowgate Health Software, Inc.", "Mesa Verde Community Physicians, Inc.", "Diane Foley",
               "Ramon Ortega", "Account Director", "Chief Financial Officer")]
    return s


@doc("Aldergrove Systems Corp.", "customer_must_license", None,
     "Amendment ending the vendor's CPT sublicense because its AMA distribution agreement ends; Customer must obtain a direct AMA licence from the transition date; former 'included' status is a distractor",
     font="Times-Roman", size=10)
def d_aldergrove(k):
    s = [k.h1("AMENDMENT NO. 3 TO MASTER AGREEMENT", center=True),
         k.p("Aldergrove Systems Corp. (\u201cAldergrove\u201d) and Northern Lakes Pulmonary Clinic, S.C. "
             "(\u201cCustomer\u201d) amend their Master Agreement dated September 1, 2021 (the "
             "\u201cAgreement\u201d) as follows, effective January 20, 2026."),
         k.h2("Background"),
         k.p("Section 8 of the Agreement provides that CPT\u00ae content is sublicensed to Customer by Aldergrove "
             "and that its royalty is included in the maintenance fee. Aldergrove's distribution agreement with "
             "the American Medical Association will end on February 28, 2026, and Aldergrove will not renew it."),
         k.h2("Terms"),
         k.p("1. <b>End of sublicense.</b> Effective March 1, 2026 (the \u201cTransition Date\u201d), the "
             "sublicense of CPT content in Section 8 ends, and Section 8.2 (royalty included in maintenance fee) "
             "is deleted."),
         k.p("2. <b>Customer license.</b> From the Transition Date, Customer must obtain and maintain its own "
             "license to CPT directly from the AMA, covering all of Customer's users of the Aldergrove software, "
             "and must pay the AMA any royalties due. Aldergrove will continue to deliver the software's code "
             "tables in a format that allows Customer to load CPT data files it licenses from the AMA."),
         k.p("3. <b>Maintenance fee.</b> Because Aldergrove no longer bears the royalty, the annual maintenance "
             "fee is reduced from $14,200 to $13,650 from the Transition Date."),
         k.p("4. <b>Cooperation.</b> Aldergrove will provide Customer with the user counts it reported to the AMA "
             "for the 2025 release to help Customer complete its own license application."),
         k.p("5. <b>No other change.</b> All other terms of the Agreement remain in effect."),
         k.sig("Aldergrove Systems Corp.", "Northern Lakes Pulmonary Clinic, S.C.", "William Strand",
               "Dr. Olga Petrenko", "Vice President, Legal", "President")]
    return s


@doc("Bayside Reference Lab Link, LLC", "customer_must_license", None,
     "Lab connectivity participation agreement: each Participating Practice is responsible for its own CPT licensing; vendor gives no sublicense",
     footer="Bayside Reference Lab Link, LLC - Participation Agreement")
def d_bayside(k):
    s = [k.h1("Participation Agreement"),
         k.p("Bayside Reference Lab Link, LLC (\u201cLab Link\u201d) operates an order-and-result network "
             "connecting community practices with Bayside Reference Laboratory. This agreement sets the terms on "
             "which Harbor Point Family Health, PLLC (the \u201cParticipating Practice\u201d) joins the network."),
         k.h2("1. Network services"),
         k.p("Lab Link provides an electronic order form, result delivery to the practice's EHR, and a result "
             "archive searchable for seven years."),
         k.h2("2. Cost"),
         k.p("Participation is free to practices that send at least 100 requisitions a month. Otherwise the fee "
             "is $120 per month."),
         k.h2("3. Codes"),
         k.p("3.1 Requisitions carry diagnosis codes (ICD-10-CM) and the laboratory's own test numbers. Where the "
             "practice's EHR adds CPT\u00ae codes to an order or to its charge capture, it does so from the "
             "practice's own systems."),
         k.p("3.2 Each Participating Practice is responsible for its own CPT licensing, whether directly with the "
             "American Medical Association or through its EHR vendor. Lab Link does not sublicense CPT and does "
             "not pay any CPT royalty on a practice's behalf."),
         k.h2("4. Privacy"),
         k.p("Lab Link and the Participating Practice will each comply with HIPAA. Lab Link signs a business "
             "associate agreement on request."),
         k.h2("5. Ending participation"),
         k.p("Either side may end participation on 60 days' notice."),
         k.sig("Bayside Reference Lab Link, LLC", "Harbor Point Family Health, PLLC", "Colette Dumas",
               "Dr. Ian Whitaker", "Network Director", "Medical Director")]
    return s


@doc("Quarry Hill Reimbursement Advisors, LLC", "customer_must_license", None,
     "Consulting engagement letter for a fee-schedule analysis tool: Client represents it holds a current AMA internal-use licence covering all report viewers; consulting fees are distractors",
     font="Times-Roman", size=10.2)
def d_quarryhill(k):
    s = [k.p("<b>QUARRY HILL REIMBURSEMENT ADVISORS, LLC</b><br/>50 Granite Street, Suite 3<br/>Barre, VT 05641"),
         k.sp(8),
         k.p("December 1, 2025"),
         k.p("Green Mountain Surgical Associates, P.C.<br/>Attn: Chief Executive Officer"),
         k.p("<b>Engagement letter - payer contract and fee schedule review</b>"),
         k.p("Thank you for selecting Quarry Hill. This letter confirms the scope and terms of our engagement."),
         k.p("<b>Scope.</b> We will model your top twelve commercial payer fee schedules against Medicare, "
             "identify underpaid services, and give your team six months of access to our FeeLens workbook, which "
             "shows your CPT\u00ae-level rates and variances."),
         k.p("<b>Fees.</b> A fixed fee of $18,500, payable half on signature and half on delivery of the final "
             "report, plus $2,000 for each additional payer."),
         k.p("<b>CPT content.</b> FeeLens is populated only with the CPT codes that appear in your own payer fee "
             "schedules and claims data. Quarry Hill does not license CPT from the American Medical Association "
             "for distribution. By signing, you represent that Green Mountain Surgical Associates, P.C. holds a "
             "current AMA internal-use license (or an equivalent license from an authorized distributor) that "
             "covers everyone on your team who will view FeeLens reports, and you agree to keep it in force "
             "during the engagement."),
         k.p("<b>Confidentiality.</b> We will keep your payer contracts and rates confidential and use them only "
             "for this engagement."),
         k.p("If this letter reflects our understanding, please sign and return a copy."),
         k.p("Sincerely,"),
         k.sp(12),
         k.p("Daniel Moreau, Principal, Quarry Hill Reimbursement Advisors, LLC"),
         k.sp(10),
         k.p("Accepted: Green Mountain Surgical Associates, P.C.  By: _________________  Date: ________")]
    return s


@doc("Lakemont Reimbursement Tools, Inc.", "customer_must_license", None,
     "Fee-lookup tool terms quoting a CMS End User/Point and Click licence, which covers CMS programs only; any other use (commercial payers) requires Customer's own AMA licence",
     footer="Lakemont Reimbursement Tools, Inc. - FeeFinder Terms")
def d_lakemont(k):
    s = [k.h1("FeeFinder Terms of Use"),
         k.p("FeeFinder is a Medicare fee-schedule lookup tool published by Lakemont Reimbursement Tools, Inc. "
             "(\u201cLakemont\u201d). These terms apply to the practice that subscribes (\u201cCustomer\u201d)."),
         k.h2("1. Subscription"),
         k.p("FeeFinder costs $29 per month per practice, for unlimited lookups by up to ten staff."),
         k.h2("2. Where the code descriptions come from"),
         k.p("FeeFinder displays CPT\u00ae short descriptors exactly as they appear in the public Medicare "
             "physician fee schedule files. Lakemont does not hold a distribution license from the American "
             "Medical Association. Those descriptors are shown to you under the terms of the CMS End User/Point "
             "and Click Agreement, reproduced below, which you accept by using FeeFinder."),
         k.h2("3. Use outside CMS programs"),
         k.p("The CMS agreement limits use of CPT to Medicare, Medicaid and other programs administered by CMS. "
             "If Customer uses CPT content viewed in FeeFinder for any other purpose - for example, to set or "
             "review commercial payer rates - Customer must obtain its own license from the AMA for that use. "
             "Lakemont does not provide that license and does not collect any AMA royalty."),
         k.h2("4. CMS End User/Point and Click Agreement (summary of key terms)"),
         k.p("CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All "
             "rights reserved. CPT is a registered trademark of the AMA. You, your employees and agents are "
             "authorized to use CPT only as contained in the authorized materials, internally within your "
             "organization within the United States, and only in programs administered by the Centers for "
             "Medicare & Medicaid Services. Any other use requires a license obtained from the AMA. Applicable "
             "FARS/DFARS restrictions apply to government use. The AMA does not directly or indirectly practice "
             "medicine or dispense medical services."),
         k.h2("5. Accuracy"),
         k.p("Rates are refreshed within ten business days of each CMS release. Always confirm against your MAC "
             "before relying on a figure."),
         k.sp(8),
         k.sm("\u00a9 2025 Lakemont Reimbursement Tools, Inc.")]
    return s


# ====================================================================== NOT ADDRESSED
@doc("Gumtree Dental Software, Inc.", "not_addressed", None,
     "Dental PM licence dealing only with CDT (ADA) with a per-site CDT content fee; never mentions CPT",
     font="Times-Roman", size=9.8, footer="Gumtree Dental Software, Inc. - License and Support Agreement")
def d_gumtree(k):
    A, B = "Gumtree", "Practice"
    s = [k.h1("LICENSE AND SUPPORT AGREEMENT", center=True),
         k.p("Gumtree Dental Software, Inc. (\u201cGumtree\u201d) and Bright Smiles Family Dentistry, PLLC "
             "(\u201cPractice\u201d), effective April 1, 2025."),
         k.h2("1. Software"),
         k.p("Gumtree licenses to Practice its dental practice management system, including charting, "
             "perio charting, treatment planning, imaging bridge and insurance claims on the ADA Dental Claim "
             "Form."),
         k.h2("2. Fees"),
         k.p("Support and updates: $329 per month per location. Additional operatory workstations: $25 per "
             "month each."),
         k.h2("3. Dental procedure codes"),
         k.p("3.1 The software contains the Code on Dental Procedures and Nomenclature (the CDT Code), "
             "copyright American Dental Association (\u201cADA\u201d). Gumtree licenses the CDT Code from the ADA "
             "and provides annual updates each January."),
         k.p("3.2 Practice shall pay a CDT content fee of $12.00 per End-User Site per year, invoiced with the "
             "January support invoice. Practice will report each separate office location that uses the "
             "software."),
         k.p("3.3 Practice may not copy the CDT Code out of the software or provide it to others. CDT is a "
             "registered trademark of the ADA.")]
    s += boiler(k, A, B, 4, ["phi", "term", "warr", "liab", "law"])
    s += [k.sig("Gumtree Dental Software, Inc.", "Bright Smiles Family Dentistry, PLLC", "Lorraine Tate",
                "Dr. Kevin Osei", "Sales Manager", "Owner")]
    return s


@doc("Rivermark Payments, LLC", "not_addressed", None,
     "Patient-payment processing agreement where 'CPT' means Cost Per Transaction ($0.25); no AMA or procedure-code content",
     footer="Rivermark Payments, LLC - Merchant Services Agreement")
def d_rivermark(k):
    s = [k.h1("Merchant Services Agreement - Healthcare"),
         k.p("Rivermark Payments, LLC (\u201cRivermark\u201d) will process card and ACH payments for Cedar Ridge "
             "Orthodontics & Pediatrics, PLLC (\u201cMerchant\u201d) on these terms."),
         k.h2("1. Definitions"),
         k.p("\u201cCost Per Transaction\u201d or \u201cCPT\u201d means the fixed fee charged on each authorized "
             "card or ACH transaction, in addition to the discount rate."),
         k.p("\u201cDiscount Rate\u201d means the percentage of each card sale retained by Rivermark."),
         k.h2("2. Pricing"),
         k.table([["Item", "Rate"],
                  ["Discount Rate - Visa, Mastercard, Discover", "2.65%"],
                  ["Discount Rate - American Express", "3.10%"],
                  ["CPT - card", "$0.25 per transaction"],
                  ["CPT - ACH", "$0.40 per transaction"],
                  ["Monthly gateway fee", "$15.00"],
                  ["Chargeback fee", "$20.00 per chargeback"]],
                 widths=[250, 254], ruled=True),
         k.p("The CPT applies to approved, declined and refunded transactions alike. Rivermark may change the CPT "
             "on thirty days' notice."),
         k.h2("3. Settlement"),
         k.p("Funds settle to Merchant's account in two business days."),
         k.h2("4. Patient data"),
         k.p("Rivermark stores card data in a PCI DSS Level 1 vault and receives only the minimum patient "
             "information needed to match payments to statements."),
         k.h2("5. Term"),
         k.p("Thirty-six months; renews annually. Early termination fee: $295."),
         k.sig("Rivermark Payments, LLC", "Cedar Ridge Orthodontics & Pediatrics, PLLC", "Alan Pierce",
               "Sofia Grant", "Relationship Manager", "Office Manager")]
    return s


@doc("Sunfield Hosting Services, Inc.", "not_addressed", None,
     "Hosting/colocation agreement for a practice's servers; no code sets or CPT at all",
     font="Times-Roman", size=9.8, footer="Sunfield Hosting Services, Inc. - Hosting Agreement")
def d_sunfield(k):
    A, B = "Sunfield", "Customer"
    s = [k.h1("MANAGED HOSTING AGREEMENT", center=True),
         k.p("Sunfield Hosting Services, Inc. (\u201cSunfield\u201d) and Prairie Rose Medical Clinic, P.C. "
             "(\u201cCustomer\u201d), effective August 1, 2025."),
         k.h2("1. Services"),
         k.p("Sunfield will host Customer's practice servers in its Tier III data center, provide managed "
             "backups with thirty-day retention, patch the operating systems monthly, and monitor the servers "
             "around the clock."),
         k.h2("2. Service Levels"),
         k.p("Network availability 99.95% monthly. Credits of 5% of the monthly fee for each full hour below "
             "target, up to 50%."),
         k.h2("3. Fees"),
         k.p("Managed hosting: $1,250 per month for two virtual servers. Additional storage: $0.12 per GB per "
             "month. Onboarding: $1,800 one-time.")]
    s += boiler(k, A, B, 4, ["phi", "conf", "term", "liab", "law", "notice", "misc"])
    s += [k.sig("Sunfield Hosting Services, Inc.", "Prairie Rose Medical Clinic, P.C.", "Gina Alvarez",
                "Dr. Paul Whitman", "Account Manager", "President")]
    return s


@doc("Nightowl Medical Answering, LLC", "not_addressed", None,
     "After-hours answering service agreement; per-minute pricing; no CPT or code sets",
     font="Helvetica", size=9.6)
def d_nightowl(k):
    s = [k.h1("Service Agreement - After-Hours Answering"),
         k.p("Nightowl Medical Answering, LLC (\u201cNightowl\u201d) will answer calls for Clearwater Pediatric "
             "Partners, P.A. (\u201cClient\u201d) outside office hours."),
         k.h2("What we'll do"),
         k.bl(["Answer within three rings, 24/7/365, using Client's approved script.",
               "Page the on-call clinician for urgent calls; log non-urgent messages to Client's portal.",
               "Record all calls and keep recordings for two years."]),
         k.h2("Pricing"),
         k.table([["Plan", "Included", "Price"],
                  ["Base plan", "300 minutes per month", "$195.00 per month"],
                  ["Additional minutes", "-", "$0.95 per minute"],
                  ["Holiday coverage", "-", "included"],
                  ["Secure texting to on-call", "-", "$25.00 per month"]],
                 widths=[160, 170, 174], ruled=False),
         k.h2("Terms"),
         k.p("Month-to-month; either party may cancel with 30 days' notice. Nightowl signs a business associate "
             "agreement with every medical client."),
         k.sig("Nightowl Medical Answering, LLC", "Clearwater Pediatric Partners, P.A.", "Dolores Baptiste",
               "Ken Yamada", "Owner", "Practice Administrator")]
    return s


@doc("Prairie Signal EHR, Inc.", "not_addressed", None,
     "EHR subscription agreement listing free federal code sets (ICD-10-CM, HCPCS Level II, SNOMED CT, LOINC) and never dealing with CPT licensing",
     font="Times-Roman", size=9.8, footer="Prairie Signal EHR, Inc. - Subscription Agreement")
def d_prairiesignal(k):
    A, B = "Prairie Signal", "Customer"
    s = [k.h1("SUBSCRIPTION AGREEMENT", center=True),
         k.p("Prairie Signal EHR, Inc. (\u201cPrairie Signal\u201d) and Badlands Community Health Clinic "
             "(\u201cCustomer\u201d), effective March 15, 2025."),
         k.h2("1. Subscription"),
         k.p("Prairie Signal provides its certified ambulatory EHR, including problem lists, e-prescribing, lab "
             "results and clinical quality measure reporting."),
         k.h2("2. Terminologies"),
         k.p("2.1 The EHR includes ICD-10-CM, HCPCS Level II, SNOMED CT (US Edition), LOINC, RxNorm and CVX, "
             "each as published by its steward. ICD-10-CM and HCPCS Level II are works of the United States "
             "government and are provided without charge. SNOMED CT is provided under the UMLS Metathesaurus "
             "License of the National Library of Medicine. LOINC is provided under the Regenstrief LOINC "
             "license."),
         k.p("2.2 Prairie Signal updates these terminologies at least twice a year."),
         k.h2("3. Fees"),
         k.p("$7,800 per year for up to six providers, plus $1,100 per year for each additional provider. "
             "Interfaces are quoted separately.")]
    s += boiler(k, A, B, 4, ["phi", "data", "conf", "term", "warr", "liab", "law"])
    s += [k.sig("Prairie Signal EHR, Inc.", "Badlands Community Health Clinic", "Travis Olen", "Maria Redcloud",
                "Chief Executive Officer", "Executive Director")]
    return s


@doc("Mindful Path Training Institute, LLC", "not_addressed", None,
     "Clinical training agreement where 'CPT' means Cognitive Processing Therapy; $350 per clinician training fee is not a code licence",
     footer="Mindful Path Training Institute, LLC - Training Services Agreement")
def d_mindfulpath(k):
    s = [k.h1("Training Services Agreement"),
         k.p("Mindful Path Training Institute, LLC (\u201cInstitute\u201d) will train clinicians of Stillwater "
             "Counseling Group, LLC (\u201cGroup\u201d) in Cognitive Processing Therapy (\u201cCPT\u201d), an "
             "evidence-based treatment for post-traumatic stress disorder."),
         k.h2("1. Program"),
         k.bl(["Two-day live virtual CPT workshop (14 contact hours).",
               "Twelve weekly one-hour CPT consultation calls in groups of up to six clinicians.",
               "Review of two recorded CPT sessions per clinician toward provider-status eligibility."]),
         k.h2("2. Fees"),
         k.p("The fee is $350 per clinician for the workshop and $900 per clinician for the consultation "
             "series, invoiced before the workshop. Continuing-education certificates are included."),
         k.h2("3. Materials"),
         k.p("Each participant receives the CPT therapist manual and worksheets for clinical use with their own "
             "patients. The materials may not be reproduced for training others."),
         k.h2("4. Cancellation"),
         k.p("Full refund if cancelled 21 days before the workshop; 50% thereafter."),
         k.sig("Mindful Path Training Institute, LLC", "Stillwater Counseling Group, LLC", "Dr. Naomi Berg",
               "Carla Jennings, LCSW", "Training Director", "Clinical Director")]
    return s


@doc("Copperleaf IT Managed Services, Inc.", "not_addressed", None,
     "IT managed-services agreement for a practice (help desk, security); per-device pricing; no CPT",
     font="Helvetica", size=9.4, footer="Copperleaf IT Managed Services, Inc. - MSA and Schedule")
def d_copperleaf(k):
    A, B = "Copperleaf", "Client"
    s = [k.h1("MANAGED IT SERVICES AGREEMENT"),
         k.p("Copperleaf IT Managed Services, Inc. (\u201cCopperleaf\u201d) and Riverside Podiatry & Wound Care, "
             "LLC (\u201cClient\u201d), effective May 5, 2025."),
         k.h2("1. Scope"),
         k.bl(["Unlimited remote help desk for Client's staff, 7 a.m. to 7 p.m.",
               "Endpoint protection, patching and encrypted backup for workstations and servers.",
               "Firewall management and quarterly HIPAA security risk review.",
               "Vendor liaison with Client's EHR, phone and internet providers."]),
         k.h2("2. Pricing"),
         k.table([["Service", "Unit", "Monthly"],
                  ["Managed workstation", "per device", "$115.00"],
                  ["Managed server", "per server", "$295.00"],
                  ["Microsoft 365 Business Premium", "per user", "$22.00"],
                  ["Onsite visit (beyond 2 per month)", "per hour", "$150.00"]],
                 widths=[220, 120, 164], ruled=True, right_cols=(2,))]
    s += boiler(k, A, B, 3, ["phi", "term", "liab", "law", "misc"])
    s += [k.sig("Copperleaf IT Managed Services, Inc.", "Riverside Podiatry & Wound Care, LLC", "Sean Gallagher",
                "Dr. Amara Nwosu", "Service Delivery Manager", "Owner")]
    return s


@doc("Clearvoice Transcription, Inc.", "not_addressed", None,
     "Medical transcription services agreement; per-line pricing; mentions only ICD-10 diagnosis wording, not CPT",
     font="Times-Roman", size=10)
def d_clearvoice(k):
    s = [k.h1("TRANSCRIPTION SERVICES AGREEMENT", center=True),
         k.p("Clearvoice Transcription, Inc. (\u201cClearvoice\u201d) will transcribe dictation for Summit View "
             "Neurology, P.C. (\u201cPractice\u201d)."),
         k.p("1. <b>Turnaround.</b> Routine notes within 24 hours; STAT within 4 hours."),
         k.p("2. <b>Pricing.</b> $0.11 per 65-character line, including spaces. STAT work: $0.16 per line. "
             "Minimum monthly charge: $200."),
         k.p("3. <b>Accuracy.</b> Clearvoice targets 98% accuracy, measured monthly on a random sample of 30 "
             "reports. Transcriptionists flag any diagnosis they cannot match to the provider's ICD-10 problem "
             "list."),
         k.p("4. <b>Delivery.</b> Reports are returned into Practice's EHR through the dictation interface."),
         k.p("5. <b>Privacy.</b> Clearvoice will comply with its business associate agreement with Practice, "
             "and all transcriptionists are U.S.-based."),
         k.p("6. <b>Term.</b> Twelve months, renewing monthly; 30 days' notice to end."),
         k.sig("Clearvoice Transcription, Inc.", "Summit View Neurology, P.C.", "Ellen Marsh", "Dr. Victor Hale",
               "Operations Director", "Medical Director")]
    return s


@doc("Molarlink Claims, Inc.", "not_addressed", None,
     "Dental clearinghouse agreement with ADA claim form and CDT references; no CPT",
     footer="Molarlink Claims, Inc. - Dental EDI Agreement")
def d_molarlink(k):
    s = [k.h1("Dental EDI Agreement"),
         k.p("Molarlink Claims, Inc. (\u201cMolarlink\u201d) will transmit dental claims and attachments for "
             "Evergreen Dental Group, P.S. (\u201cOffice\u201d)."),
         k.h2("1. Transactions"),
         k.p("837D dental claims, 835 remittances, eligibility, and radiograph and narrative attachments."),
         k.h2("2. Codes"),
         k.p("Claims use procedure codes from the Code on Dental Procedures and Nomenclature (CDT), which the "
             "Office's practice management software supplies under that software vendor's license from the "
             "American Dental Association. Molarlink validates code format only."),
         k.h2("3. Fees"),
         k.table([["Service", "Fee"], ["Unlimited claims and ERA", "$59.00 per month per office"],
                  ["Attachments", "$1.25 per attachment"], ["Paper claims", "$0.70 per claim"]],
                 widths=[240, 264], ruled=True),
         k.h2("4. Term"),
         k.p("Month to month. Cancel with 30 days' notice."),
         k.sig("Molarlink Claims, Inc.", "Evergreen Dental Group, P.S.", "Janelle Ruiz", "Dr. Oscar Lindgren",
               "Customer Success Lead", "Owner")]
    return s


@doc("Beaconwell Patient Messaging, LLC", "not_addressed", None,
     "Patient-messaging pricing sheet where 'CPT' is cost per text ($0.018); no procedure codes or AMA",
     footer="Beaconwell Patient Messaging, LLC - Pricing Sheet")
def d_beaconwell(k):
    s = [k.h1("Beaconwell pricing sheet"),
         k.p("Appointment reminders, recalls and two-way texting for medical practices, by Beaconwell Patient "
             "Messaging, LLC."),
         k.table([["Tier", "Monthly platform fee", "CPT (cost per text)"],
                  ["Essentials (up to 2,000 texts)", "$49", "$0.025"],
                  ["Growth (up to 10,000 texts)", "$129", "$0.018"],
                  ["Network (unlimited)", "$349", "$0.012"]],
                 widths=[200, 150, 154], ruled=False),
         k.sp(6),
         k.p("CPT is charged on every outbound segment. Inbound texts are free. Voice calls are $0.04 per "
             "minute."),
         k.h2("Good to know"),
         k.bl(["Integrates with most EHR schedules through our standard HL7 SIU feed.",
               "Messages never include diagnosis or treatment details.",
               "Month-to-month; no setup fee."]),
         k.sp(8),
         k.sm("Prices effective January 1, 2026. Beaconwell Patient Messaging, LLC, Fargo, North Dakota.")]
    return s


@doc("Tallbrook Credentialing Services, LLC", "not_addressed", None,
     "Provider-credentialing services agreement (payer enrollment, CAQH); per-provider fees are not CPT fees; no CPT",
     font="Times-Roman", size=10)
def d_tallbrook(k):
    s = [k.h1("CREDENTIALING SERVICES AGREEMENT", center=True),
         k.p("Tallbrook Credentialing Services, LLC (\u201cTallbrook\u201d) and Ozark Valley Physical Medicine, "
             "PLLC (\u201cClient\u201d) agree as follows, effective June 1, 2025."),
         k.p("1. <b>Services.</b> Tallbrook will prepare and submit payer enrollment applications, maintain CAQH "
             "profiles, track license and DEA expirations, and handle revalidations for Client's providers."),
         k.p("2. <b>Fees.</b> Initial enrollment: $250 per provider per payer. Maintenance: $45 per provider per "
             "month. Rush applications: $100 surcharge."),
         k.p("3. <b>Client duties.</b> Client will supply accurate provider information and sign attestations "
             "promptly."),
         k.p("4. <b>No guarantee.</b> Payers decide enrollment; Tallbrook does not guarantee approval or "
             "timelines."),
         k.p("5. <b>Term.</b> One year, renewing automatically; 60 days' notice to end."),
         k.sig("Tallbrook Credentialing Services, LLC", "Ozark Valley Physical Medicine, PLLC", "Regina Fox",
               "Dr. Carl Jensen", "Managing Member", "Owner")]
    return s


# ====================================================================== UNCLEAR
@doc("Foxglove Medical Records, Inc.", "unclear", None,
     "Terms whose only CPT content is the AMA-required notices (copyright, FARS/DFARS, does-not-practice-medicine); no grant, no fee, nothing on who pays",
     font="Times-Roman", size=9.8, footer="Foxglove Medical Records, Inc. - Terms and Notices")
def d_foxglove(k):
    A, B = "Foxglove", "Customer"
    s = [k.h1("TERMS OF SERVICE AND NOTICES", center=True),
         k.p("These terms govern the Foxglove records platform provided by Foxglove Medical Records, Inc. "
             "(\u201cFoxglove\u201d) to the practice that subscribes (\u201cCustomer\u201d)."),
         k.h2("1. Service"),
         k.p("Foxglove provides a cloud EHR with charting, orders, superbills and a patient portal."),
         k.h2("2. Fees"),
         k.p("Fees are stated in the Customer's subscription quote and are billed monthly.")]
    s += boiler(k, A, B, 3, ["phi", "conf", "term", "warr", "liab", "law"])
    s += [k.h2("9. Third-Party Notices"),
          k.p("The following notices are included at the request of the owners of content displayed in the "
              "platform.")] + ama_notices(k, year="2025", style=0)
    s += [k.p("LOINC\u00ae is a registered trademark of Regenstrief Institute, Inc. SNOMED CT\u00ae is a registered "
              "trademark of SNOMED International.")]
    return s


@doc("Sablewood Health Technologies, Inc.", "unclear", None,
     "Master agreement: CPT in the product and 'fees for third-party content, including code sets, may apply as set out in an Order Form'; no order form or amount given",
     font="Times-Roman", size=9.8, footer="Sablewood Health Technologies, Inc. - Master Agreement")
def d_sablewood(k):
    A, B = "Sablewood", "Customer"
    s = [k.h1("MASTER AGREEMENT", center=True),
         k.p("Sablewood Health Technologies, Inc. (\u201cSablewood\u201d) and the customer identified in an Order "
             "Form (\u201cCustomer\u201d)."),
         k.h2("1. Orders"),
         k.p("Customer may purchase subscriptions and services through Order Forms. Each Order Form is governed "
             "by this Agreement."),
         k.h2("2. Third-Party Content"),
         k.p("2.1 The Services include content owned by third parties, including CPT\u00ae codes and descriptors "
             "owned by the American Medical Association, drug databases and clinical reference content "
             "(\u201cThird-Party Content\u201d)."),
         k.p("2.2 Third-Party Content is subject to the terms its owners require. Fees for Third-Party Content, "
             "including code sets, may apply as set out in an Order Form, and may change when the owner changes "
             "its charges."),
         k.h2("3. Fees"),
         k.p("Customer will pay the fees in each Order Form within 30 days of invoice.")]
    s += boiler(k, A, B, 4, ["phi", "conf", "term", "warr", "liab", "law", "misc"])
    return s


@doc("Greyfield Practice Cloud, LLC", "unclear", None,
     "FAQ saying the vendor is still reviewing the AMA's requirements and will tell customers if any CPT fee applies; competitor fees are distractors",
     footer="Greyfield Practice Cloud, LLC - Help Center")
def d_greyfield(k):
    s = [k.h1("AMA / CPT\u00ae fee - what we know so far"),
         k.sm("Posted October 20, 2025 by the Greyfield Practice Cloud, LLC billing team"),
         k.p("A number of you have asked whether Greyfield will start charging an AMA fee for CPT codes, after "
             "seeing charges of $18 to $25 per clinician from other software companies."),
         k.h2("Are you going to charge an AMA fee?"),
         k.p("We don't know yet. We are reviewing the American Medical Association's licensing requirements for "
             "our product with our counsel, and we have not decided how any royalty will be handled."),
         k.h2("When will I hear?"),
         k.p("We'll email every account owner at least 60 days before any change to your invoice. Nothing "
             "changes on your current bill."),
         k.h2("Do I need to buy something from the AMA?"),
         k.p("Please hold off until we've published our decision. We'll include guidance in that email."),
         k.h2("Does this affect my plan price?"),
         k.p("Your plan price of $69 per provider per month is locked until your renewal date."),
         k.sp(10),
         k.sm("CPT is a registered trademark of the American Medical Association.")]
    return s


@doc("Ambercrest Billing Software, Inc.", "unclear", None,
     "Order form with a 'Third-Party Content Fees (CPT) - TBD' line and a note that amounts will be confirmed later; other lines priced",
     footer="Ambercrest Billing Software, Inc. - Order Form AB-2291")
def d_ambercrest(k):
    s = [k.h1("Order Form AB-2291"),
         k.p("Vendor: Ambercrest Billing Software, Inc. \u00b7 Customer: Westbrook Rheumatology, LLC \u00b7 "
             "Effective: January 1, 2026 \u00b7 Term: 12 months"),
         k.table([["Item", "Unit", "Price"],
                  ["Ambercrest Billing - provider subscription", "per provider / month", "$119.00"],
                  ["Ambercrest Billing - additional biller login", "per login / month", "$35.00"],
                  ["Patient statements", "per statement", "$0.58"],
                  ["Third-Party Content Fees (CPT\u00ae)", "TBD", "TBD"],
                  ["Onboarding", "one-time", "$1,500.00"]],
                 widths=[240, 140, 124], ruled=True, right_cols=(2,)),
         k.sp(6),
         k.h2("Notes"),
         k.bl(["Quantities: 6 providers; 3 additional biller logins.",
               "Third-Party Content Fees: Ambercrest's product displays CPT\u00ae codes and descriptors. Any charges "
               "relating to that content, and who bears them, will be confirmed in writing after Ambercrest "
               "completes its annual review with the content owner.",
               "This order is governed by the Ambercrest Customer Agreement."]),
         k.sig("Ambercrest Billing Software, Inc.", "Westbrook Rheumatology, LLC", "Hector Ruiz", "Pamela Stone",
               "Account Executive", "Practice Administrator")]
    return s


@doc("Mistral Point EHR, Inc.", "unclear", None,
     "Agreement with conflicting clauses: subscription fees 'include all third-party content royalties' but a later section makes Customer responsible for AMA CPT licence fees; no amount",
     font="Times-Roman", size=9.8, footer="Mistral Point EHR, Inc. - Customer Agreement")
def d_mistral(k):
    A, B = "Mistral Point", "Customer"
    s = [k.h1("CUSTOMER AGREEMENT", center=True),
         k.p("Mistral Point EHR, Inc. (\u201cMistral Point\u201d) and Harbor Oaks Family Medicine, LLC "
             "(\u201cCustomer\u201d), effective September 1, 2025."),
         k.h2("1. Services"),
         k.p("Mistral Point provides its cloud EHR and billing services, including CPT\u00ae, ICD-10-CM and "
             "HCPCS Level II code sets."),
         k.h2("2. Subscription Fees"),
         k.p("2.1 Customer will pay $175 per provider per month."),
         k.p("2.2 Subscription Fees include hosting, support, upgrades and all third-party content royalties.")]
    s += boiler(k, A, B, 3, ["phi", "conf", "term", "warr", "liab"])
    s += [k.h2("8. Code Sets"),
          k.p("8.1 CPT is a registered trademark of the American Medical Association."),
          k.p("8.2 Customer is responsible for any license fees required by the American Medical Association for "
              "its users' access to CPT content in the Services, as invoiced from time to time."),
          k.p("8.3 Customer shall not export CPT content from the Services.")]
    s += boiler(k, A, B, 9, ["law", "misc"])
    s += [k.sig("Mistral Point EHR, Inc.", "Harbor Oaks Family Medicine, LLC", "Kyle Brennan", "Dr. Ana Silva",
                "VP Sales", "Owner")]
    return s


@doc("Windrose Clinical Software, Inc.", "unclear", None,
     "Renewal letter: AMA has changed its rules, 'a fee may apply' depending on user count, account manager will follow up; subscription increase is a distractor",
     font="Times-Roman", size=10.5)
def d_windrose(k):
    s = [k.p("<b>Windrose Clinical Software, Inc.</b><br/>88 Lighthouse Road, Portsmouth, NH 03801"),
         k.sp(8),
         k.p("November 3, 2025"),
         k.p("Dear Windrose customer,"),
         k.p("Your Windrose subscription will renew on January 1, 2026 at $2,760 for the year, a 4% increase "
             "over 2025."),
         k.p("We also want to let you know that the American Medical Association has changed the way it "
             "licenses CPT\u00ae codes used in software like ours. Depending on the number of users in your "
             "practice, a CPT licensing fee may apply in 2026. We are still working through the details with the "
             "AMA, and your account manager will contact you before the end of the year to discuss what this "
             "means for your practice."),
         k.p("No action is needed from you right now."),
         k.p("Thank you for being a Windrose customer."),
         k.sp(12),
         k.p("Sincerely,"),
         k.sp(12),
         k.p("The Windrose Customer Team<br/>Windrose Clinical Software, Inc.")]
    return s


@doc("Larchmont Revenue Partners, LLC", "unclear", None,
     "Billing-service agreement where 'Provider' is the practice; parties will 'cooperate in good faith to determine responsibility' for any AMA CPT licensing fees",
     font="Times-Roman", size=9.8, footer="Larchmont Revenue Partners, LLC - Billing Services Agreement")
def d_larchmont(k):
    A, B = "Billing Company", "Provider"
    s = [k.h1("BILLING SERVICES AGREEMENT", center=True),
         k.p("Larchmont Revenue Partners, LLC (\u201cBilling Company\u201d) and Westchester Sleep Medicine, P.C. "
             "(\u201cProvider\u201d), effective October 1, 2025."),
         k.h2("1. Services"),
         k.p("Billing Company will code, submit and follow up on Provider's professional claims using Billing "
             "Company's billing platform, to which Provider's staff will have view access."),
         k.h2("2. Fees"),
         k.p("Provider shall pay 5.5% of monthly collections, with a minimum of $600 per month."),
         k.h2("3. Code Sets"),
         k.p("3.1 Billing Company's platform uses CPT\u00ae codes, which are owned by the American Medical "
             "Association."),
         k.p("3.2 If the AMA requires a license fee or royalty for CPT content used in connection with the "
             "services, Billing Company and Provider shall cooperate in good faith to determine responsibility "
             "for that fee.")]
    s += boiler(k, A, B, 4, ["phi", "conf", "term", "liab", "law"])
    s += [k.sig("Larchmont Revenue Partners, LLC", "Westchester Sleep Medicine, P.C.", "Robert Chen",
                "Dr. Faith Adeyemi", "Managing Partner", "President")]
    return s


@doc("Heronsgate Coding Tools, Inc.", "unclear", None,
     "Coding-tool price list: product displays CPT codes and descriptors; only a trademark line plus 'prices exclude third-party content charges, if any'; per-seat subscription is a distractor",
     footer="Heronsgate Coding Tools, Inc. - 2026 Price List")
def d_heronsgate(k):
    s = [k.h1("2026 Price List"),
         k.p("Heronsgate Coding Tools, Inc. \u00b7 Code lookup and claim-edit tools for physician practices"),
         k.table([["Product", "What it does", "Price"],
                  ["CodeCompass", "CPT\u00ae and ICD-10-CM code search with full descriptors and crosswalks",
                   "$399 per seat per year"],
                  ["EditCheck", "NCCI and MUE edit checks before claim release", "$249 per seat per year"],
                  ["Bundle", "CodeCompass + EditCheck", "$579 per seat per year"]],
                 widths=[100, 270, 134], ruled=True),
         k.sp(6),
         k.p("Volume discounts: 10% off for 10 or more seats; 15% for 25 or more."),
         k.p("Prices exclude taxes and third-party content charges, if any."),
         k.h2("Ordering"),
         k.p("Email sales@heronsgate.example or order online. Seats are named and may be reassigned twice a "
             "year."),
         k.sp(10),
         k.sm("CPT is a registered trademark of the American Medical Association.")]
    return s


# ====================================================================== BUILD
WORDS = ["acorn", "anvil", "atlas", "badge", "bamboo", "barley", "basin", "bison", "bolt", "cabin", "cactus",
         "candle", "canoe", "canvas", "cargo", "cello", "chalk", "cipher", "clover", "cobble", "comet", "compass",
         "cotton", "crane", "cricket", "delta", "denim", "domino", "dove", "drum", "easel", "echo", "ember",
         "falcon", "fennel", "fig", "flint", "fossil", "garnet", "gazebo", "geyser", "ginger", "glade", "gong",
         "gravel", "hammock", "hazel", "helix", "hinge", "igloo", "indigo", "ivory", "jasper", "jigsaw", "kayak",
         "kettle", "kiwi", "ladder", "lagoon", "lemon", "lilac", "lotus", "magnet", "mango", "marble", "meadow",
         "mesa", "mint", "mosaic", "nectar", "nickel", "nutmeg", "oasis", "olive", "onyx", "orchid", "otter"]


def flatten(items):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):
            out.extend(flatten(it))
        else:
            out.append(it)
    return out


def main():
    n = len(DOCS)
    step = next(a for a in (29, 31, 37, 41, 43, 47) if math.gcd(a, n) == 1)
    vendors_lc = " ".join(d["vendor"].lower() for d in DOCS)
    words = [w for w in WORDS if w not in vendors_lc]
    assert len(words) >= n, "not enough neutral words"
    labels = {}
    order = []
    for i, d in enumerate(DOCS):
        num = (i * step) % n + 1
        fname = f"d{num:02d}_{words[num - 1]}.pdf"
        order.append((num, fname, d))
    for num, fname, d in sorted(order, key=lambda t: t[0]):
        k = Kit(d["font"], d["size"], d["accent"])
        story = flatten(d["fn"](k))
        path = os.path.join(OUT, fname)
        header, footer = d["header"], d["footer"]

        def deco(c, docobj, k=k, header=header, footer=footer):
            c.saveState()
            c.setFont(k.font, 7)
            c.setFillColor(colors.HexColor("#555555"))
            if header:
                c.drawString(54, 760, header)
            if footer:
                c.drawString(54, 28, footer)
            c.drawRightString(558, 28, f"Page {docobj.page}")
            c.restoreState()

        pdf = SimpleDocTemplate(path, pagesize=letter, leftMargin=54, rightMargin=54, topMargin=56,
                                bottomMargin=50, invariant=1, title="", author="", subject="", creator="",
                                producer="")
        pdf.build(story, onFirstPage=deco, onLaterPages=deco)
        terms = {"vendor": d["vendor"], "coverage": d["coverage"], "cpt_fee": d["fee"]}
        if d["ama"]:
            terms["ama_license"] = True
        labels[fname] = {"description": d["desc"], "status": "ok", "terms": terms}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"contracts": labels}, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(labels)} PDFs and labels.json to {OUT}")


if __name__ == "__main__":
    main()
