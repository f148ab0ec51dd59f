#!/usr/bin/env python
"""Deterministic builder for blind test set F (CPT Compare).

Run:  .venv/bin/python build.py
Writes the PDFs and labels.json next to this file. No randomness: the file order is a
fixed permutation derived from md5 of each document key.
"""
import hashlib
import json
import os

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
SS = getSampleStyleSheet()
BODY = ParagraphStyle("b", parent=SS["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=8, leading=10)
MONO = ParagraphStyle("m", parent=BODY, fontName="Courier", fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=18)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=14)
H3 = ParagraphStyle("h3", parent=SS["Heading3"], fontName="Helvetica-Bold", fontSize=10, leading=12.5)
CELL = ParagraphStyle("c", parent=BODY, fontSize=8.5, leading=10.5)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def P(t, st=BODY):
    return Paragraph(t, st)


def H(t, lvl=2):
    return Paragraph(t, {1: H1, 2: H2, 3: H3}[lvl])


def SP(h=6):
    return Spacer(1, h)


def BL(items):
    return [P("&bull; " + i) for i in items]


def T(rows, widths=None, ruled=True, header=True, mono=False):
    st = MONO if mono else CELL
    data = [[c if not isinstance(c, str) else Paragraph(c, st) for c in r] for r in rows]
    t = Table(data, colWidths=widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee"))]
    else:
        if header:
            cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    t.setStyle(TableStyle(cmds))
    return t


def LH(name, lines):
    return [P("<b>%s</b>" % esc(name), ParagraphStyle("lh", parent=BODY, fontSize=12, leading=15)),
            P("<br/>".join(lines), SMALL), SP(10)]


BOILER = [
    ("Confidentiality", "Each party shall hold the other party's Confidential Information in confidence using at least the degree of care it uses to protect its own information of like kind, and in no event less than reasonable care. Confidential Information does not include information that is or becomes public through no fault of the receiving party."),
    ("Warranties", "Each party represents that it has full power and authority to enter into this Agreement. EXCEPT AS EXPRESSLY STATED, THE SERVICES ARE PROVIDED \"AS IS\" AND ALL IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE, ARE DISCLAIMED."),
    ("Limitation of Liability", "Neither party shall be liable for indirect, incidental, special or consequential damages. Each party's aggregate liability shall not exceed the fees paid or payable in the twelve (12) months preceding the event giving rise to the claim."),
    ("Term and Termination", "Either party may terminate this Agreement upon thirty (30) days' written notice if the other party materially breaches it and fails to cure within that period. Upon termination Customer may export its data for sixty (60) days."),
    ("HIPAA", "To the extent Vendor creates, receives, maintains or transmits protected health information on Customer's behalf, the parties shall comply with the Business Associate Agreement attached as an exhibit."),
    ("Governing Law", "This Agreement is governed by the laws of the State of Delaware without regard to its conflict of laws principles."),
    ("Notices", "Notices must be in writing and delivered by courier or certified mail to the addresses set out on the signature page, or by email with confirmation of receipt."),
]


def boiler(start=10, n=7, names=None):
    out = []
    for i, (h, t) in enumerate(BOILER[:n]):
        if names:
            t = t.replace("Vendor", names[0]).replace("Customer", names[1])
        out += [P("<b>%d. %s.</b> %s" % (start + i, h, t)), SP(4)]
    return out


AMA_NOTICE = ("CPT only copyright 2025 American Medical Association. All rights reserved. Fee schedules, relative value units, "
              "conversion factors and/or related components are not assigned by the AMA, are not part of CPT, and the AMA is "
              "not recommending their use. The AMA does not directly or indirectly practice medicine or dispense medical "
              "services. The AMA assumes no liability for data contained or not contained herein.")
FARS = ("U.S. Government End Users. CPT is commercial technical data, which was developed exclusively at private expense by the "
        "American Medical Association. The rights of the U.S. Government in CPT are limited as set out in FAR 52.227-14 "
        "(Data Rights - General) and DFARS 252.227-7015 (Technical Data - Commercial Items), as applicable.")


def sig(a, b):
    return [SP(14), T([["<b>%s</b>" % esc(a), "<b>%s</b>" % esc(b)],
                       ["By: ______________________", "By: ______________________"],
                       ["Name / Title:", "Name / Title:"], ["Date:", "Date:"]],
                      widths=[3.2 * inch, 3.2 * inch], ruled=False, header=False)]


DOCS = []


def doc(key, vendor, coverage, desc, fee=None, ama=False):
    def deco(fn):
        DOCS.append(dict(key=key, vendor=vendor, coverage=coverage, desc=desc, fee=fee, ama=ama, fn=fn))
        return fn
    return deco


def fee(a, unit, period):
    return {"amount": float(a), "currency": "USD", "unit": unit, "period": period}

# ============================ PASS THROUGH ============================

V = "BrightChart Health, Inc."
@doc("p01", V, "pass_through", "EHR help-centre FAQ: $18.50 AMA + $1.50 processing per clinician per year", fee(20, "provider", "year"))
def _(v):
    return LH(v, ["Help Center  |  Billing & Account"]) + [
        H("CPT&reg; Codes and the AMA Licensing Fee: Frequently Asked Questions", 1),
        P("Last updated: October 2, 2025"),
        H("Why is there a new line on my invoice?", 3),
        P("The American Medical Association (AMA) owns the copyright in CPT&reg; codes. Like other EHR and practice management companies, BrightChart is required to collect a royalty for CPT on behalf of the AMA for every clinician who can use CPT codes in the platform."),
        H("How much is it?", 3),
        P("For 2026 the charge is $20.00 per clinician per calendar year. That amount is made up of the AMA royalty of $18.50 and a $1.50 processing fee that covers our reporting and remittance costs. The charge is not pro-rated."),
        H("Will my front-desk staff and billers be charged?", 3),
        P("No. We only count clinicians with an active clinical license profile. Administrative users, schedulers and billers are not charged."),
        H("Can I pay the AMA directly instead?", 3),
        P("For use inside BrightChart, no. An AMA internal-use license (which the AMA prices at an entity fee plus a per-user amount) does not extend to our software, so the fee must be collected through us."),
        H("When will I be billed?", 3),
        P("The fee appears on your first invoice of each year. Clinicians added later in the year are billed on the next monthly invoice."),
        H("Is this charge taxed?", 3),
        P("Sales tax is not currently applied to the CPT fee."),
        SP(10), P("CPT is a registered trademark of the American Medical Association.", SMALL)]

V = "Lakeview Therapy Software LLC"
@doc("p02", V, "pass_through", "Announcement email: $1.50/month AMA royalty + $0.25/month processing per user", fee(1.75, "user", "month"))
def _(v):
    return [P("<b>From:</b> Lakeview Billing Team &lt;billing@lakeviewtherapy.example&gt;<br/><b>To:</b> Account Owners<br/><b>Subject:</b> Upcoming change: CPT&reg; licensing charge on your monthly statement<br/><b>Date:</b> July 14, 2025", MONO), SP(12),
            P("Hello,"),
            P("We're writing to let you know about a change to your monthly Lakeview statement beginning with the September 2025 billing cycle."),
            P("The American Medical Association has asked software companies that display CPT&reg; codes to remit a royalty for each person who uses them. Rather than billing you a lump sum once a year, Lakeview Therapy Software LLC will spread the charge across your monthly invoices."),
            P("<b>What you'll see:</b> a line labelled \"AMA CPT License\" at $1.50 per user per month, and a line labelled \"CPT admin processing\" at $0.25 per user per month. Only users with access to the Billing or Superbill modules are counted."),
            P("Your subscription price of $59 per user per month is not changing, and the 10% annual-prepay discount still applies to the subscription (it does not apply to the CPT lines)."),
            P("If you'd like to reduce the count, an account owner can remove Billing access from any user under Settings &rarr; Team before the 25th of the month."),
            P("Thanks for being part of Lakeview,"), P("The Lakeview Billing Team"), SP(20),
            P("Lakeview Therapy Software LLC &middot; 410 Shoreline Dr, Madison, WI &middot; You are receiving this operational message because you are an account owner.", SMALL)]

V = "Meridian PM Systems Corp."
@doc("p03", V, "pass_through", "Ruled invoice: AMA CPT license line 5 x $19.00 per provider annual; subscription distractor", fee(19, "provider", "year"))
def _(v):
    return LH(v, ["2200 Commerce Pkwy, Suite 300, Tulsa, OK 74133", "accounts@meridianpm.example  |  (918) 555-0142"]) + [
        H("INVOICE", 1),
        T([["Invoice #", "MPM-2026-00418", "Invoice date", "01/05/2026"],
           ["Bill to", "Riverside Family Medicine PLLC", "Due date", "02/04/2026"],
           ["Account", "RFM-0091", "Terms", "Net 30"]], widths=[1 * inch, 2.4 * inch, 1.1 * inch, 1.4 * inch], header=False), SP(12),
        T([["Description", "Qty (providers)", "Unit price", "Amount"],
           ["Meridian PM Professional subscription, January 2026", "5", "$249.00", "$1,245.00"],
           ["Claims scrubbing add-on, January 2026", "5", "$35.00", "$175.00"],
           ["AMA CPT&reg; License Fee - calendar year 2026 (annual)", "5", "$19.00", "$95.00"],
           ["Patient statement printing (per statement)", "412", "$0.62", "$255.44"],
           ["", "", "<b>Subtotal</b>", "$1,770.44"],
           ["", "", "Tax (0%)", "$0.00"],
           ["", "", "<b>Total due</b>", "<b>$1,770.44</b>"]],
          widths=[3.3 * inch, 1.1 * inch, 1 * inch, 1 * inch]), SP(10),
        P("The AMA CPT License Fee is billed once per year for each active provider and is passed through to the American Medical Association under Meridian's distribution agreement. It is non-refundable."),
        P("Please remit by ACH to the account shown on your portal. Questions? accounts@meridianpm.example", SMALL)]

V = "Cobalt Ridge Software, Inc."
@doc("p04", V, "pass_through", "Order form, fee in words: twenty-two dollars per authorized user per calendar year", fee(22, "user", "year"))
def _(v):
    return LH(v, ["ORDER FORM No. CR-7731"]) + [
        T([["Customer", "Hillcrest Orthopedic Associates, P.A."], ["Order Start Date", "March 1, 2026"], ["Initial Term", "36 months"],
           ["Products", "Cobalt PM Cloud; Cobalt Coding Assist"]], widths=[1.6 * inch, 4.6 * inch], header=False), SP(10),
        H("1. Subscription Fees", 3),
        T([["Item", "Authorized Users", "Monthly fee per user", "Monthly total"],
           ["Cobalt PM Cloud", "14", "$85.00", "$1,190.00"],
           ["Cobalt Coding Assist", "4", "$40.00", "$160.00"]], widths=[2 * inch, 1.3 * inch, 1.5 * inch, 1.4 * inch]), SP(8),
        H("2. Third-Party Content", 3),
        P("Cobalt Coding Assist contains CPT&reg; content licensed to Cobalt Ridge Software, Inc. by the American Medical Association. In addition to the Subscription Fees, Customer shall pay a CPT content license fee of twenty-two dollars ($22.00) for each Authorized User per calendar year, invoiced each January for the Authorized Users then enabled, and on a pro-rata-free basis for Authorized Users added during the year. The CPT content license fee is subject to change if the AMA changes its royalty."),
        H("3. Implementation", 3),
        P("One-time implementation and data conversion: $4,500.00, payable on signature. Training beyond eight (8) hours is billed at $150 per hour."),
        H("4. Price Protection", 3),
        P("Subscription fees will not increase during the Initial Term by more than 4% per year."),
        P("This Order Form is governed by the Cobalt Ridge Master Subscription Agreement."),
    ] + sig(v, "Hillcrest Orthopedic Associates, P.A.")

V = "Harborline Clinical Systems, Inc."
@doc("p05", V, "pass_through", "MSA with defined term CPT Pass-Through Fee = $18.00 royalty + $2.50 admin per Named User per Subscription Year", fee(20.5, "user", "year"))
def _(v):
    return [H("MASTER SOFTWARE SUBSCRIPTION AGREEMENT", 1),
            P("This Master Software Subscription Agreement (\"Agreement\") is entered into by Harborline Clinical Systems, Inc., a Massachusetts corporation (\"Harborline\"), and the customer identified on the signature page (\"Customer\")."),
            H("1. Definitions", 2),
            P("<b>\"AMA\"</b> means the American Medical Association."),
            P("<b>\"CPT Content\"</b> means the Current Procedural Terminology code set, descriptors and guidelines, as published by the AMA, to the extent embedded in the Services."),
            P("<b>\"CPT Pass-Through Fee\"</b> means the royalty payable to the AMA for each Named User's access to CPT Content (currently $18.00) plus Harborline's administrative charge of $2.50, in each case per Named User per Subscription Year."),
            P("<b>\"Named User\"</b> means an individual employee or contractor of Customer who is issued credentials to the Services. Named User credentials may not be shared."),
            P("<b>\"Subscription Year\"</b> means each twelve-month period beginning on the Effective Date or an anniversary of it."),
            H("2. Services", 2),
            P("Harborline will make the Services described in each Order available to Customer's Named Users during the Subscription Term, subject to this Agreement."),
            H("3. CPT Content", 2),
            P("3.1 Harborline grants Customer a non-exclusive, non-transferable sublicense to use CPT Content solely within the Services for Customer's internal purposes. 3.2 Customer shall pay the CPT Pass-Through Fee for all Named Users enabled at any time during a Subscription Year. 3.3 Harborline will report Named User counts to the AMA, and Customer consents to Harborline identifying Customer to the AMA for that purpose. 3.4 The AMA is a third-party beneficiary of this Section 3."),
            PageBreak(),
            H("4. Fees and Payment", 2),
            P("4.1 Subscription fees are set out in the applicable Order. 4.2 The CPT Pass-Through Fee is invoiced annually in advance and is in addition to subscription fees. 4.3 Late amounts accrue interest at 1% per month. 4.4 Harborline may increase subscription fees on renewal by up to 6%."),
        ] + boiler(5, 7, ("Harborline", "Customer")) + [P(AMA_NOTICE, SMALL)] + sig(v, "Customer")

V = "Pinecrest Health Technologies LLC"
@doc("p06", V, "pass_through", "Amendment No. 2 replaces $17.00 CPT fee with $19.50 per provider per year", fee(19.5, "provider", "year"))
def _(v):
    return [H("AMENDMENT No. 2 TO SOFTWARE LICENSE AND SERVICES AGREEMENT", 1),
            P("This Amendment No. 2 (\"Amendment\") is made effective as of January 1, 2026 between Pinecrest Health Technologies LLC (\"Pinecrest\") and Lakes Region Pediatrics, P.C. (\"Client\"), and amends the Software License and Services Agreement dated April 3, 2022, as amended by Amendment No. 1 dated June 9, 2023 (together, the \"Agreement\")."),
            H("Recitals", 3),
            P("A. Section 6.4 of the Agreement, as amended by Amendment No. 1, provides that Client shall pay a CPT license fee of $17.00 per provider per year."),
            P("B. The American Medical Association has increased the royalty payable by Pinecrest, and the parties wish to update the fee."),
            H("Amendment", 3),
            P("1. Section 6.4 of the Agreement is deleted in its entirety and replaced with the following:"),
            P("<i>\"6.4 CPT License Fee. Client shall pay Pinecrest a CPT license fee of $19.50 per provider per year, which amount includes Pinecrest's processing charge. The fee is invoiced each January for each provider with an active rendering profile.\"</i>"),
            P("2. Exhibit B (Fee Schedule) is amended by deleting the line \"CPT license fee - $17.00 / provider / year\" and inserting \"CPT license fee - $19.50 / provider / year\"."),
            P("3. Except as expressly modified by this Amendment, the Agreement remains in full force and effect. In the event of conflict, this Amendment controls."),
        ] + sig(v, "Lakes Region Pediatrics, P.C.")

V = "Stonebridge Practice Solutions, Inc."
@doc("p07", V, "pass_through", "Letter: CPT fee rises from $20 to $21 per location per year from 2026", fee(21, "location", "year"))
def _(v):
    return LH(v, ["88 Foundry Street, Lowell, MA 01852"]) + [
        P("November 3, 2025"), SP(6),
        P("Dr. Anita Rao<br/>Practice Administrator<br/>Granite Valley Dermatology<br/>12 Elm Court<br/>Nashua, NH 03060"), SP(8),
        P("<b>Re: Annual CPT&reg; licensing charge - change effective January 1, 2026</b>"),
        P("Dear Dr. Rao,"),
        P("Under Section 8 of your Stonebridge Services Agreement, Stonebridge collects a CPT licensing charge for each clinic location that uses the Stonebridge coding and claims modules, and remits the royalty portion to the American Medical Association."),
        P("Beginning January 1, 2026, the charge will increase from $20.00 to $21.00 per location per year. The new amount includes our handling cost. Your account currently has three (3) locations, so your January 2026 invoice will show a CPT licensing charge of $63.00."),
        P("No other terms of your agreement are affected by this change, and your monthly service fee of $1,850 remains the same."),
        P("If you close or add a location, please let your account manager know so that we can adjust the count."),
        P("Sincerely,"), SP(16), P("Marcus Bell<br/>Director, Client Finance<br/>Stonebridge Practice Solutions, Inc.")]

V = "Apex Revenue Partners LLC"
@doc("p08", V, "pass_through", "Billing-service agreement (Provider = practice): company bills $24 CPT license per rendering provider per year", fee(24, "provider", "year"))
def _(v):
    return [H("MEDICAL BILLING SERVICES AGREEMENT", 1),
            P("This Medical Billing Services Agreement is made between Apex Revenue Partners LLC, a Florida limited liability company (\"Company\"), and North Bay Cardiology Group, P.A. (\"Provider\")."),
            H("1. Services", 2),
            P("Company will perform charge entry, claim submission, payment posting, denial management and patient statement services for Provider using Company's billing platform."),
            H("2. Compensation", 2),
            P("2.1 Provider shall pay Company 5.5% of net collections received during each calendar month."),
            P("2.2 <b>Code set licensing.</b> Company's billing platform contains CPT&reg; codes licensed from the American Medical Association. Company will invoice Provider, and Provider shall pay, a CPT license charge of $24.00 per year for each rendering provider whose claims are processed by Company. This charge covers the AMA royalty and Company's cost of administering the license and is billed in January."),
            P("2.3 Credentialing services, if requested, are billed at $95 per payer application."),
            H("3. Provider Responsibilities", 2),
            P("Provider shall furnish complete and accurate documentation, demographics and coding for each encounter, and shall remain responsible for the accuracy of codes assigned by its clinicians."),
            H("4. Term", 2),
            P("The initial term is one (1) year and renews automatically for successive one-year terms unless either party gives ninety (90) days' written notice."),
        ] + boiler(5, 4, ("Company", "Provider")) + sig(v, "North Bay Cardiology Group, P.A.")

V = "Clearwater EHR Co."
@doc("p09", V, "pass_through", "Pricing page, three plan columns; footnote AMA CPT licence $20 per user per year on every plan; AMA-direct comparison distractor", fee(20, "user", "year"))
def _(v):
    return [H("Clearwater EHR Pricing", 1), P("Simple plans for independent practices. Prices in USD."), SP(6),
            T([["", "Essentials", "Practice", "Enterprise"],
               ["Price per user / month (billed annually)", "$69", "$119", "$179"],
               ["Price per user / month (billed monthly)", "$79", "$135", "$199"],
               ["e-Prescribing", "Included", "Included", "Included"],
               ["Claims & ERA", "-", "Included", "Included"],
               ["Patient portal", "Basic", "Full", "Full"],
               ["AMA CPT&reg; license*", "Yes*", "Yes*", "Yes*"]],
              widths=[2.6 * inch, 1.2 * inch, 1.2 * inch, 1.2 * inch]), SP(8),
            P("* <b>AMA CPT&reg; license:</b> billed separately on every plan at $20 per user per year, collected by Clearwater EHR Co. on behalf of the American Medical Association. It is not included in the per-user plan prices above."),
            P("Wondering how that compares? For reference, the AMA lists its own internal-use license at an entity fee plus $18.50 per user for 2026; that license does not cover use within Clearwater."),
            P("Volume discounts start at 25 users. Annual plans renew with a maximum 5% increase.", SMALL)]

V = "Northgate Medical Software, Inc."
@doc("p10", V, "pass_through", "Subscription terms: customer pays annual AMA CPT license fee as invoiced by vendor, no amount stated", None)
def _(v):
    return [H("Northgate Cloud Subscription Terms", 1),
            P("These Subscription Terms govern access to Northgate Cloud PM and EHR provided by Northgate Medical Software, Inc. (\"Northgate\") to the subscribing practice (\"Customer\")."),
            H("1. Access", 2), P("Northgate grants Customer a non-exclusive right to access the Services for its internal business operations during the subscription term."),
            H("2. Fees", 2),
            P("2.1 Customer shall pay the subscription fees stated in its order. 2.2 <b>AMA CPT fee.</b> The Services include CPT&reg; content distributed by Northgate under license from the American Medical Association. Customer shall pay the annual AMA CPT license fee for each user with access to CPT content, as invoiced by Northgate in January of each year. Northgate will publish the current-year amount in its billing portal before invoicing. 2.3 All fees are exclusive of taxes."),
            H("3. CPT Terms", 2),
            P("Customer's use of CPT is limited to use within the Services. Customer may not publish, distribute or create derivative works of CPT. " + AMA_NOTICE),
            P(FARS),
        ] + boiler(4, 6, ("Northgate", "Customer"))

V = "Redwood Clinic Cloud, Inc."
@doc("p11", V, "pass_through", "Quote: CPT content fee $150 per practice (TIN) per year; subscription and implementation distractors", fee(150, "organization", "year"))
def _(v):
    return LH(v, ["SALES QUOTATION  Q-55120", "Valid until: February 28, 2026"]) + [
        P("Prepared for: Sierra Foothills Internal Medicine (TIN 94-*****12)"), SP(6),
        T([["Line", "Description", "Qty", "List", "Discount", "Net annual"],
           ["1", "Redwood Clinic Cloud - Provider license (annual)", "3", "$3,600.00", "10%", "$9,720.00"],
           ["2", "Redwood Clinic Cloud - Staff license (annual)", "9", "$600.00", "10%", "$4,860.00"],
           ["3", "CPT&reg; content fee (per practice / TIN, annual)", "1", "$150.00", "0%", "$150.00"],
           ["4", "Implementation (one-time)", "1", "$2,500.00", "20%", "$2,000.00"],
           ["", "", "", "", "<b>Year 1 total</b>", "<b>$16,730.00</b>"]],
          widths=[0.4 * inch, 2.6 * inch, 0.4 * inch, 0.9 * inch, 0.8 * inch, 1.1 * inch], ruled=False), SP(10),
        P("Line 3 is the royalty for CPT&reg; content passed through from the American Medical Association, including Redwood's processing cost. It is charged once per year for each practice entity (tax ID), regardless of user count."),
        P("Estimated 3-year total cost of ownership: $46,940 (assumes 3% annual escalation on lines 1-2)."),
        P("Accepted by: ____________________   Date: ________", SMALL)]

V = "TeleVista Health Inc."
@doc("p12", V, "pass_through", "Telehealth platform terms: $1.60 per provider per month CPT fee including $0.10 processing", fee(1.6, "provider", "month"))
def _(v):
    return [H("TeleVista Platform Agreement - Schedule 2: Fees", 1),
            P("This Schedule forms part of the Platform Agreement between TeleVista Health Inc. (\"TeleVista\") and the Practice."),
            T([["Fee", "Amount", "Basis"],
               ["Platform fee", "$89.00", "per provider per month"],
               ["Visit fee (after 200 visits / month)", "$1.25", "per completed visit"],
               ["CPT code licensing fee", "$1.60", "per provider per month"],
               ["SMS reminders", "$0.02", "per message"]], widths=[2.5 * inch, 1 * inch, 2.5 * inch]), SP(8),
            P("<b>Notes.</b> (a) TeleVista's visit documentation and superbill features display CPT&reg; codes that TeleVista licenses from the American Medical Association. The CPT code licensing fee is the amount TeleVista collects for that license; it includes a $0.10 processing fee and is not a TeleVista service charge. (b) Providers who are deactivated before the first day of a month are not charged for that month. (c) The platform fee may be adjusted on 60 days' notice, no more than once per year."),
            P("<b>Not included.</b> Interpreter services, e-prescribing of controlled substances (EPCS) tokens and state licensure support are quoted separately.")]

V = "Summit Rehab Software LLC"
@doc("p13", V, "pass_through", "Renewal notice: CPT royalty $18.50 + processing $1.00 as separate lines per therapist per year", fee(19.5, "provider", "year"))
def _(v):
    return LH(v, ["RENEWAL NOTICE"]) + [
        P("Account: Bluewater Physical Therapy, LLC &nbsp;&nbsp; Renewal date: April 1, 2026 &nbsp;&nbsp; Term: 12 months"), SP(6),
        P("Your Summit Rehab subscription will renew automatically on the date above. Here is what your renewal will include:"),
        T([["Item", "Therapists", "Rate", "Annual amount"],
           ["Summit Rehab Clinic subscription", "3", "$1,188.00", "$3,564.00"],
           ["Home Exercise Program add-on", "3", "$120.00", "$360.00"],
           ["CPT&reg; royalty pass-through (AMA)", "3", "$18.50", "$55.50"],
           ["CPT&reg; processing", "3", "$1.00", "$3.00"],
           ["", "", "Renewal total", "$3,982.50"]], widths=[2.8 * inch, 1 * inch, 1.1 * inch, 1.3 * inch]), SP(8),
        P("Rates are per therapist for the 12-month term. The subscription rate reflects a 3% increase over your current term, as allowed by your agreement."),
        P("To change the number of therapists or cancel, contact renewals@summitrehab.example at least 30 days before your renewal date."),
        P("Summit Rehab Software LLC, 500 Canyon Rd, Boise, ID 83702", SMALL)]

V = "Keystone Medical Informatics, Inc."
@doc("p14", V, "pass_through", "Proposal with cap and estimate distractors: CPT license fee $19 per user per year", fee(19, "user", "year"))
def _(v):
    return [H("Proposal: Keystone PM + Analytics for Allegheny Women's Health", 1),
            P("Submitted by Keystone Medical Informatics, Inc. - January 12, 2026"),
            H("Investment summary", 2),
            T([["Component", "Year 1", "Year 2 (est.)", "Year 3 (est.)"],
               ["Keystone PM subscription (22 users)", "$31,680", "$32,947", "$34,265"],
               ["Analytics dashboards", "$6,000", "$6,000", "$6,000"],
               ["CPT license fee (22 users)", "$418", "$429", "$440"],
               ["Total", "$38,098", "$39,376", "$40,705"]], widths=[2.8 * inch, 1.1 * inch, 1.1 * inch, 1.1 * inch]), SP(8),
            H("About the CPT license fee", 3),
            P("Keystone distributes CPT&reg; under an agreement with the American Medical Association. The CPT license fee is $19 per user per year, inclusive of processing, and is charged for each user who can view or select CPT codes. Years 2 and 3 are estimates only; under our standard terms the CPT license fee will not increase by more than 5% in any year."),
            H("Assumptions", 3),
            P("Estimates assume 22 users throughout. Additional users are $120 per month each. Pricing valid 60 days.")]

V = "Bayside Coding Tools LLC"
@doc("p15", V, "pass_through", "Coding software license: one-time CPT data file fee of $60 per site", fee(60, "location", "one_time"))
def _(v):
    return [H("Bayside CodeDesk - Perpetual License Order", 1),
            P("Licensor: Bayside Coding Tools LLC. Licensee: Cedar Hollow Surgical Center."),
            T([["Item", "Sites", "Price", "Extended"],
               ["CodeDesk perpetual license", "2", "$2,400.00", "$4,800.00"],
               ["Annual maintenance (20%)", "2", "$480.00", "$960.00"],
               ["CPT&reg; data file license fee (one-time)", "2", "$60.00", "$120.00"]], widths=[2.8 * inch, 0.8 * inch, 1.1 * inch, 1.2 * inch]), SP(8),
            P("The CPT data file license fee is a one-time charge per site, covering the AMA royalty and Bayside's handling, for the CPT edition current at delivery. Bayside installs the CPT data file; Licensee may not load CPT content from other sources into CodeDesk."),
            P("Subsequent annual CPT editions are delivered under the maintenance plan and are quoted separately each year when the AMA releases them."),
            P(AMA_NOTICE, SMALL)]

V = "Willowbrook Behavioral Systems, Inc."
@doc("p16", V, "pass_through", "Fee schedule table where unit and period appear only in column header: CPT fee $21.00 per clinician / yr", fee(21, "provider", "year"))
def _(v):
    return [H("Exhibit A - Fee Schedule", 1),
            P("to the Services Agreement between Willowbrook Behavioral Systems, Inc. and Harmony Counseling Collective"), SP(6),
            T([["Plan", "Monthly subscription", "Setup (one-time)", "CPT fee (per clinician / yr)"],
               ["Solo", "$49.00", "$0.00", "$21.00"],
               ["Group (2-10 clinicians)", "$45.00 per clinician", "$250.00", "$21.00"],
               ["Group (11+)", "Custom", "Custom", "$21.00"]], widths=[1.6 * inch, 1.6 * inch, 1.2 * inch, 1.8 * inch]), SP(8),
            P("The CPT fee is collected on behalf of the American Medical Association for the use of CPT&reg; codes in notes, superbills and claims and is invoiced with the first subscription invoice of each year."),
            P("Harmony Counseling Collective has selected the Group (2-10 clinicians) plan.")]

V = "ClaimPath Exchange, Inc."
@doc("p17", V, "pass_through", "Clearinghouse EULA (End User must license, pay fee per Order Form) + Order Form: $18.50 + $2.00 processing per provider annually", fee(20.5, "provider", "year"))
def _(v):
    return [H("ClaimPath Exchange End User Terms", 1),
            P("These terms apply to each practice (\"End User\") that submits claims through ClaimPath Exchange, Inc. (\"ClaimPath\")."),
            H("5. Code Sets", 2),
            P("5.1 Claims submitted through ClaimPath may contain CPT&reg; codes. End User must obtain a license to use CPT from the American Medical Association or an authorized distributor and pay the applicable fee as set forth in the Order Form. ClaimPath is an authorized distributor and offers the AMA CPT End User License described in the Order Form."),
            P("5.2 " + AMA_NOTICE),
            P("5.3 ICD-10-CM and HCPCS Level II code sets are public and no license fee applies to them."),
            PageBreak(),
            H("ORDER FORM - ClaimPath Exchange", 1),
            T([["Service", "Rate", "Unit"],
               ["Professional claims (837P)", "$0.29", "per claim"],
               ["ERA (835) retrieval", "Included", ""],
               ["Eligibility (270/271)", "$0.12", "per transaction"],
               ["AMA CPT End User License", "$18.50", "per provider, annually"],
               ["CPT license processing", "$2.00", "per provider, annually"]], widths=[2.8 * inch, 1 * inch, 2 * inch]), SP(8),
            P("End User: Prairie Sky Family Clinic. Providers: 4. By signing, End User elects the AMA CPT End User License offered by ClaimPath.")] + sig(v, "Prairie Sky Family Clinic")

V = "Granite Lab Connect LLC"
@doc("p18", V, "pass_through", "Lab ordering portal: CPT content fee $15.00 per authorized user, period not stated", fee(15, "user", None))
def _(v):
    return [H("Granite Lab Connect - Client Portal Terms", 1),
            P("Granite Lab Connect LLC (\"Granite\") provides an online ordering and results portal to physician clients."),
            H("1. Portal access", 3), P("Each Authorized User receives a login. Authorized Users must be employees or contractors of the client practice."),
            H("2. Charges", 3),
            P("Use of the portal for ordering and results is free of charge. The portal's billing-export feature displays CPT&reg; codes for ordered tests; clients that enable the billing-export feature pay a CPT content fee of $15.00 per Authorized User with billing-export access, which Granite remits (less processing) to the American Medical Association."),
            H("3. Results", 3), P("Results are delivered electronically. Critical values are also called to the ordering provider."),
            H("4. Supplies", 3), P("Specimen collection supplies are provided at no charge for tests performed by Granite.")]

# ============================ VENDOR COVERS ============================

V = "Oakmont Health Software, Inc."
@doc("v01", V, "vendor_covers", "EULA with CPT sublicense grant and statement that royalties are included in subscription fees", None)
def _(v):
    return [H("Oakmont End User License Agreement", 1),
            P("This End User License Agreement is between Oakmont Health Software, Inc. (\"Oakmont\") and the licensed practice (\"Licensee\")."),
            H("1. License", 2), P("Oakmont grants Licensee a non-exclusive, non-transferable license to use the Oakmont software for its internal operations."),
            H("2. CPT Sublicense", 2),
            P("2.1 Oakmont is party to a license agreement with the American Medical Association under which Oakmont may distribute CPT&reg; content within the software. Oakmont grants Licensee a non-exclusive, non-transferable sublicense to use CPT solely within the software, in the United States, for Licensee's internal purposes."),
            P("2.2 All royalties owed to the AMA for Licensee's use of CPT within the software are included in the subscription fees. Oakmont will not invoice Licensee separately for CPT."),
            P("2.3 This sublicense ends automatically if Oakmont's agreement with the AMA ends; Oakmont will give Licensee reasonable notice in that event."),
            P("2.4 " + AMA_NOTICE), P("2.5 " + FARS),
        ] + boiler(3, 7, ("Oakmont", "Licensee"))

V = "Juniper Practice Cloud LLC"
@doc("v02", V, "vendor_covers", "FAQ: no AMA fee, vendor pays royalty; competitor $20/user distractor", None)
def _(v):
    return [H("Juniper FAQ: Do I have to pay an AMA fee for CPT codes?", 1),
            P("<b>Short answer: no.</b>"),
            P("We've had a lot of questions since other EHRs began adding AMA fees to their invoices. Juniper Practice Cloud LLC holds a distribution license from the American Medical Association, and we pay the AMA royalty for every Juniper user ourselves. It's built into your plan price."),
            H("I heard some systems charge $20 per user. Will Juniper start doing that?", 3),
            P("We can't speak for other companies. We have no plans to add a CPT line to your invoice, and your agreement with us does not permit one."),
            H("Does my Juniper license cover my other software?", 3),
            P("No. CPT licenses are per product. If you also use a separate clearinghouse or coding tool, check with that vendor."),
            H("What about ICD-10 and HCPCS Level II?", 3),
            P("Those code sets are published by the federal government and don't require a license."),
            SP(8), P("CPT is a registered trademark of the American Medical Association.", SMALL)]

V = "Silverline Medical Billing Software Inc."
@doc("v03", V, "vendor_covers", "Invoice with CPT License line Included $0.00", None)
def _(v):
    return LH(v, ["Remit to: PO Box 4471, Columbus, OH 43215"]) + [
        H("Invoice SL-88213", 2),
        P("Customer: Maple Street Podiatry &nbsp;&nbsp; Period: February 2026 &nbsp;&nbsp; Due: March 10, 2026"), SP(6),
        T([["Item", "Qty", "Rate", "Amount"],
           ["Silverline Biller seat", "3", "$95.00", "$285.00"],
           ["Silverline Provider seat", "2", "$150.00", "$300.00"],
           ["CPT&reg; License (AMA)", "5", "Included", "$0.00"],
           ["ERA enrollment (one-time)", "2", "$25.00", "$50.00"],
           ["", "", "Total", "$635.00"]], widths=[2.8 * inch, 0.6 * inch, 1.1 * inch, 1.1 * inch], ruled=False), SP(10),
        P("The AMA royalty for CPT&reg; content used in Silverline is paid by Silverline Medical Billing Software Inc. and included in seat pricing. No CPT charge is made to customers."),
        P("Thank you for your business.", SMALL)]

V = "Maplewood EHR Corporation"
@doc("v04", V, "vendor_covers", "Announcement: vendor will absorb AMA fee, not pass it through; $18.50 AMA royalty distractor", None)
def _(v):
    return [P("<b>Subject:</b> Our decision on the AMA CPT&reg; royalty<br/><b>From:</b> Maplewood EHR Corporation &lt;news@maplewoodehr.example&gt;<br/><b>Date:</b> September 30, 2025", MONO), SP(10),
            P("Dear Maplewood customer,"),
            P("You may have read that the American Medical Association's royalty for CPT&reg; is $18.50 per user for 2026, and that many EHR companies are passing that cost to their practices, often with a processing fee added."),
            P("We want to be direct: <b>Maplewood will not pass the AMA royalty through to you.</b> Maplewood EHR Corporation is an AMA-licensed distributor, and from January 1, 2026 we will absorb the royalty for every user on every plan. You will not see an AMA or CPT line on your invoice, and your subscription price is not going up because of this."),
            P("Your Maplewood agreement already contains the CPT sublicense terms the AMA requires. No action is needed on your part."),
            P("With thanks,<br/>Dana Whitfield, CEO")]

V = "Crescent Health Systems, Inc."
@doc("v05", V, "vendor_covers", "MSA with definitions: Licensed Content includes CPT; Schedule B fees include all third-party content royalties", None)
def _(v):
    return [H("MASTER AGREEMENT", 1),
            P("Between Crescent Health Systems, Inc. (\"Crescent\") and Coastal Plains Medical Group, LLC (\"Client\")."),
            H("Article 1 - Definitions", 2),
            P("\"Licensed Content\" means third-party content embedded in the Solution, including the CPT&reg; code set of the American Medical Association, First Databank drug data, and the CMS HCPCS Level II file."),
            P("\"Solution\" means Crescent's hosted practice management and EHR software described in Schedule A."),
            P("\"Fees\" means the amounts set out in Schedule B."),
            H("Article 2 - Licensed Content", 2),
            P("2.1 Crescent represents that it holds all distribution licenses required to provide the Licensed Content to Client within the Solution, including a distribution license from the AMA. 2.2 Crescent sublicenses the Licensed Content to Client for use within the Solution only. 2.3 The Fees include all royalties and license fees payable to third parties for the Licensed Content, and Crescent shall not charge Client any additional amount for Licensed Content during the Term."),
            H("Article 3 - Fees", 2), P("Client shall pay the Fees monthly in advance."),
        ] + boiler(4, 5, ("Crescent", "Client")) + [PageBreak(),
            H("Schedule B - Fees", 2),
            T([["Module", "Unit", "Monthly fee"],
               ["Practice management", "per provider", "$310.00"],
               ["EHR", "per provider", "$390.00"],
               ["Additional staff login", "per user", "$25.00"],
               ["Licensed Content", "-", "Included in the above"]], widths=[2.5 * inch, 1.5 * inch, 1.8 * inch]), SP(6),
            P("Fees increase by CPI-U on each anniversary, capped at 4%.")] + sig(v, "Coastal Plains Medical Group, LLC")

V = "Trident Billing Services LLC"
@doc("v06", V, "vendor_covers", "Billing-company agreement (Provider = practice): company maintains CPT licenses at its own expense", None)
def _(v):
    return [H("REVENUE CYCLE SERVICES AGREEMENT", 1),
            P("Trident Billing Services LLC (\"Trident\") and Valley Oak Urgent Care, Inc. (\"Provider\") agree as follows."),
            H("1. Services", 2), P("Trident will code, submit and follow up on Provider's professional claims using Trident's own billing and coding systems."),
            H("2. Fees", 2), P("Provider shall pay Trident 6% of collections. There are no setup fees. Out-of-scope projects (e.g., historical A/R cleanup) are billed at $65 per hour."),
            H("3. Systems and Licenses", 2),
            P("Trident, at its own expense, shall maintain all software licenses and code set licenses needed to perform the Services, including licenses to use CPT&reg; from the American Medical Association. Provider shall have no obligation to license CPT for Trident's systems and will not be charged for CPT. Provider's own EHR, if any, is outside this Agreement."),
            H("4. Provider Obligations", 2), P("Provider will deliver complete encounter documentation within 72 hours of each visit."),
        ] + boiler(5, 4, ("Trident", "Provider")) + sig(v, "Valley Oak Urgent Care, Inc.")

V = "Elmstead Clinical Software, Inc."
@doc("v07", V, "vendor_covers", "Amendment removes $19 per provider CPT fee; vendor bears royalty going forward", None)
def _(v):
    return [H("AMENDMENT No. 1", 1),
            P("to the Subscription Agreement dated May 1, 2024 between Elmstead Clinical Software, Inc. (\"Elmstead\") and Southside Neurology Associates (\"Customer\")."),
            P("Effective Date of Amendment: February 1, 2026"),
            P("1. <b>CPT Fee.</b> Section 5.3 of the Agreement, which required Customer to pay a CPT fee of $19.00 per provider per year, is deleted. From the Effective Date of this Amendment, Elmstead shall bear the AMA royalty for Customer's use of CPT&reg; within the Subscription Services, and no CPT fee shall be charged to Customer."),
            P("2. <b>Credit.</b> Elmstead will credit Customer for the CPT fee invoiced in January 2026 ($133.00 for 7 providers) on the next invoice."),
            P("3. <b>Sublicense.</b> Section 5.1 (CPT sublicense) remains in effect."),
            P("4. All other terms remain unchanged.")] + sig(v, "Southside Neurology Associates")

V = "Ironwood Health Informatics LLC"
@doc("v08", V, "vendor_covers", "Side letter waiving the CPT fee in Section 4.3 for the term; vendor pays royalties", None)
def _(v):
    return LH(v, ["1400 Market St, Denver, CO 80202"]) + [
        P("December 18, 2025"),
        P("Ms. Carla Jimenez, CFO<br/>Front Range Pulmonary, P.C."), SP(6),
        P("<b>Side Letter re: Subscription Agreement No. IW-2231</b>"),
        P("Dear Ms. Jimenez,"),
        P("This letter confirms a commercial concession agreed during our negotiations. Notwithstanding Section 4.3 of the Subscription Agreement (CPT License Fee) and the amount shown in Exhibit 1, Ironwood Health Informatics LLC waives the CPT License Fee for the entire Initial Term and any renewal term, and will itself pay all royalties due to the American Medical Association for your users' access to CPT&reg; in the Ironwood platform."),
        P("The sublicense in Section 4.1 and the AMA end-user terms in Section 4.2 continue to apply. This letter forms part of the Subscription Agreement and prevails over any inconsistent term."),
        P("Please countersign below to confirm."), P("Yours sincerely,<br/>Owen Pratt, VP Sales")] + sig(v, "Front Range Pulmonary, P.C.")

V = "Nimbus Therapy Notes Inc."
@doc("v09", V, "vendor_covers", "Pricing page: all plans include CPT licensing, no AMA fee", None)
def _(v):
    return [H("Plans & Pricing", 1), P("Nimbus Therapy Notes Inc. - documentation and billing for therapists"), SP(4),
            T([["", "Starter", "Group", "Clinic"],
               ["Monthly, per clinician", "$39", "$55", "$65"],
               ["Telehealth", "-", "Included", "Included"],
               ["Insurance claims", "$0.25 / claim", "Unlimited", "Unlimited"],
               ["CPT&reg; code licensing", "Included", "Included", "Included"]], widths=[2.2 * inch, 1.3 * inch, 1.3 * inch, 1.3 * inch], ruled=False), SP(8),
            P("<b>No AMA fee, ever.</b> Nimbus pays the American Medical Association royalty for CPT&reg; codes on your behalf. Unlike many EHRs, we don't add a per-clinician CPT charge to your bill."),
            P("Prices exclude applicable sales tax. Annual billing saves 15%.", SMALL)]

V = "CodeSmith Analytics Corp."
@doc("v10", V, "vendor_covers", "Coding-tool EULA: sublicense grant, AMA clauses, license fee in Order includes the AMA royalty", None)
def _(v):
    return [H("CodeSmith Encoder - End User License", 1),
            P("Licensor: CodeSmith Analytics Corp. (\"CodeSmith\")."),
            P("1. <b>Grant.</b> CodeSmith grants the End User a non-exclusive, non-transferable, revocable license to use the CodeSmith Encoder, including the CPT&reg; content distributed in it under CodeSmith's agreement with the American Medical Association, for End User's internal coding purposes only."),
            P("2. <b>Fees.</b> The license fee stated in the Order is the only fee payable for the Encoder and includes the royalty due to the AMA for End User's Authorized Users. CodeSmith pays the AMA directly."),
            P("3. <b>Authorized Users.</b> End User may permit up to the number of Authorized Users stated in the Order. Each Authorized User must be a named individual."),
            P("4. <b>Restrictions.</b> End User shall not copy, distribute, sublicense or create derivative works of CPT, nor use it in any product offered to third parties."),
            P("5. <b>Reporting.</b> End User consents to CodeSmith reporting the number of Authorized Users to the AMA."),
            P("6. <b>AMA terms.</b> " + AMA_NOTICE + " " + FARS),
            P("7. <b>Termination.</b> This license terminates if End User breaches Section 4 or if CodeSmith's agreement with the AMA terminates.")]

V = "Larkspur Health Technologies, Inc."
@doc("v11", V, "vendor_covers", "Renewal notice: CPT license fee waived/included; 3% subscription escalation distractor", None)
def _(v):
    return LH(v, ["Customer Success - Renewals"]) + [
        H("Your 2026 renewal summary", 2),
        P("Account: Oak Ridge Family Practice &nbsp; Renewal: June 1, 2026"),
        T([["Item", "Current", "Renewal", "Change"],
           ["Larkspur EHR (6 providers)", "$27,360", "$28,181", "+3%"],
           ["Larkspur PM (14 users)", "$10,080", "$10,382", "+3%"],
           ["CPT&reg; license fee", "Included", "Included", "-"],
           ["Total", "$37,440", "$38,563", ""]], widths=[2.6 * inch, 1.2 * inch, 1.2 * inch, 0.8 * inch]), SP(8),
        P("As in prior years, Larkspur Health Technologies, Inc. pays the AMA royalty for CPT&reg; content in Larkspur EHR and PM; there is no separate CPT license fee on your account."),
        P("The 3% increase applies to subscription lines under Section 7.2 of your agreement.")]

V = "Beacon Diagnostics Laboratories, LLC"
@doc("v12", V, "vendor_covers", "Lab portal agreement: lab is AMA-authorized distributor; CPT in portal sublicensed at no charge", None)
def _(v):
    return [H("Physician Client Services Agreement", 1),
            P("Beacon Diagnostics Laboratories, LLC (\"Lab\") provides clinical laboratory testing and the Beacon Link ordering portal to the physician practice signing below (\"Client\")."),
            H("1. Testing", 3), P("Lab will perform tests ordered by Client's authorized providers in accordance with Lab's test menu and specimen requirements."),
            H("2. Beacon Link Portal", 3),
            P("2.1 The portal displays CPT&reg; codes associated with tests for Client's reference and for Client's billing of any professional component. 2.2 Lab is authorized by the American Medical Association to distribute CPT within the portal and sublicenses CPT to Client for use within the portal at no charge. Lab bears all AMA royalties for portal users. 2.3 The sublicense does not extend to Client's own EHR or billing system."),
            H("3. Billing", 3), P("Lab bills patients' insurers directly for tests. Client-billed tests are invoiced monthly at the Client Fee Schedule."),
            P(AMA_NOTICE, SMALL)] + sig(v, "Client")

V = "CareBridge Virtual Health, Inc."
@doc("v13", V, "vendor_covers", "Telehealth platform fee includes all code-set licences incl. CPT; no separate fee", None)
def _(v):
    return [H("CareBridge Provider Platform Terms", 1),
            P("CareBridge Virtual Health, Inc. (\"CareBridge\") offers a virtual-visit platform to medical groups (each, a \"Group\")."),
            H("4. Fees", 2),
            P("4.1 The Group pays a Platform Fee of $129 per provider per month. 4.2 The Platform Fee includes the licenses for all code sets the platform uses, including CPT&reg; (licensed by CareBridge from the American Medical Association). No separate or additional fee is charged for CPT or any other code set. 4.3 Interpreter minutes are billed at $1.95 per minute."),
            H("5. Content", 2),
            P("CPT content is sublicensed to the Group for use within the platform only. " + AMA_NOTICE),
            H("6. Clinical responsibility", 2),
            P("The Group and its providers are solely responsible for clinical decisions and for the codes they select.")]

V = "Evergreen Rural Health IT LLC"
@doc("v14", V, "vendor_covers", "Quote: no AMA CPT pass-through fee applies; AMA direct price comparison distractor", None)
def _(v):
    return LH(v, ["QUOTE #ER-2026-017"]) + [
        P("For: Twin Rivers Critical Access Clinic &nbsp;&nbsp; Date: January 20, 2026"),
        T([["Description", "Qty", "Unit", "Price", "Total"],
           ["Evergreen PM/EHR subscription", "12", "user/mo", "$72.00", "$10,368.00 / yr"],
           ["Hosting & backup", "1", "site/mo", "$150.00", "$1,800.00 / yr"],
           ["Training (remote)", "10", "hour", "$110.00", "$1,100.00"]], widths=[2.3 * inch, 0.5 * inch, 0.8 * inch, 0.9 * inch, 1.4 * inch]), SP(8),
        P("<b>CPT&reg;:</b> No AMA CPT pass-through fee applies to this quote. Evergreen Rural Health IT LLC is an AMA distributor and the royalty is included in the subscription price. (For comparison only: licensing CPT directly from the AMA would cost an entity fee plus $18.50 per user, and would not cover Evergreen.)"),
        P("Quote valid 45 days.", SMALL)]

# ============================ CUSTOMER MUST LICENSE ============================

V = "American Medical Association"
@doc("c01", V, "customer_must_license", "AMA internal-use CPT licence agreement signed by the practice", None, ama=True)
def _(v):
    return [H("CPT&reg; INTERNAL USE LICENSE AGREEMENT", 1),
            P("This Internal Use License Agreement (\"Agreement\") is between the American Medical Association, an Illinois not-for-profit corporation (\"AMA\"), and the organization identified below (\"Licensee\")."),
            P("Licensee: Cascade Pediatric Partners, PLLC &nbsp;&nbsp; Term: January 1, 2026 - December 31, 2026"),
            H("1. Definitions", 2),
            P("1.1 \"Licensed Product\" means the CPT code set (Current Procedural Terminology), in the electronic format(s) selected by Licensee. 1.2 \"User\" means an individual who (a) accesses, uses or manipulates the Licensed Product, (b) uses a program that includes the Licensed Product to produce output that could not exist without it, or (c) makes use of such output. 1.3 \"Internal Use\" means use by Licensee's employees and contractors solely for Licensee's own business operations."),
            H("2. Grant", 2),
            P("AMA grants Licensee a non-exclusive, non-transferable license to use the Licensed Product for Internal Use by the number of Users reported in Exhibit A. Licensee shall not distribute, sublicense or make the Licensed Product available to any third party, including affiliates that are separate legal entities."),
            H("3. Royalties", 2),
            P("Licensee shall pay the entity fee and the per-User royalty set out in Exhibit A for each Term. Licensee shall report any increase in the number of Users within thirty (30) days and pay the additional royalty."),
            H("4. Audit", 2),
            P("AMA may, on thirty (30) days' notice, audit Licensee's records relating to User counts once per calendar year."),
            PageBreak(),
            H("5. Restrictions and Notices", 2),
            P("Licensee shall include the AMA copyright notice on any internal reports that reproduce CPT descriptors. " + AMA_NOTICE),
            H("6. Term and Termination", 2),
            P("This Agreement renews for successive one-year Terms upon payment of the then-current royalties. AMA may terminate on thirty (30) days' notice for uncured breach."),
            H("Exhibit A - Users and Royalties", 2),
            T([["Item", "Quantity", "Rate", "Amount"],
               ["Entity fee", "1", "$82.50", "$82.50"],
               ["Users", "26", "$18.50", "$481.00"],
               ["Total for Term", "", "", "$563.50"]], widths=[2.2 * inch, 1 * inch, 1 * inch, 1.2 * inch]),
        ] + sig(v, "Cascade Pediatric Partners, PLLC")

V = "Foxglove Systems Inc."
@doc("c02", V, "customer_must_license", "EULA: vendor does not provide CPT licence; customer must obtain its own from AMA", None)
def _(v):
    return [H("Foxglove Scheduler & Charge Capture - License Terms", 1),
            P("Foxglove Systems Inc. (\"Foxglove\") licenses its software to the customer (\"Customer\") on these terms."),
            P("1. <b>Use.</b> Customer may install and use the software on devices it controls for its own operations."),
            P("2. <b>Fees.</b> Customer pays the annual license fee in the quote: $1,200 per location per year."),
            P("3. <b>Third-party code sets.</b> The software can store and display CPT&reg; codes, but Foxglove does not distribute CPT and does not hold a distribution license from the American Medical Association. Customer must obtain and maintain its own license to use CPT from the AMA (or from another AMA-authorized distributor) covering every person who uses CPT in the software, and is responsible for all fees to the AMA. Foxglove's fees do not include any CPT royalty."),
            P("4. <b>Support.</b> Support is available Monday-Friday, 8am-6pm Central."),
            P("5. <b>Warranty.</b> Foxglove warrants the software will perform substantially as documented for 90 days."),
            P("CPT is a registered trademark of the American Medical Association.", SMALL)]

V = "Tidewater Analytics LLC"
@doc("c03", V, "customer_must_license", "Analytics SaaS: customer uploads its own CPT content and warrants it holds AMA licence", None)
def _(v):
    return [H("Tidewater Revenue Insights - Data Services Agreement", 1),
            P("Between Tidewater Analytics LLC (\"Tidewater\") and Blue Heron Anesthesia Group (\"Client\")."),
            H("1. Services", 2), P("Tidewater provides dashboards and benchmarking on Client's charge and remittance data."),
            H("2. Client Data", 2),
            P("2.1 Client will upload charge files, fee schedules and the code descriptions Client uses, including CPT&reg; codes and descriptors. Tidewater does not supply CPT content. 2.2 Client represents and warrants that it holds, and will maintain throughout the Term, a valid license from the American Medical Association (or an authorized distributor) permitting every Client user of the Services to use the CPT content Client uploads. 2.3 Client shall indemnify Tidewater for any claim arising from Client's failure to hold such license."),
            H("3. Fees", 2), P("Client pays $2,750 per month for up to 15 dashboard users, plus $95 per additional user per month."),
        ] + boiler(4, 5, ("Tidewater", "Client"))

V = "MedRoute Clearinghouse Inc."
@doc("c04", V, "customer_must_license", "Clearinghouse agreement (Provider = practice): Provider responsible for any CPT licence", None)
def _(v):
    return [H("ELECTRONIC CLAIMS SERVICES AGREEMENT", 1),
            P("MedRoute Clearinghouse Inc. (\"MedRoute\") and Laurel Hills Family Medicine, LLC (\"Provider\")."),
            H("1. Services", 2), P("MedRoute will receive Provider's claims in ANSI X12 837 format, edit them, and forward them to payers; and will return payer responses."),
            H("2. Fees", 2),
            T([["Service", "Fee"], ["Setup", "$0"], ["Claims", "$0.32 per claim"], ["Paper claims (print & mail)", "$0.75 per claim"], ["Minimum monthly", "$40"]], widths=[3 * inch, 2 * inch], ruled=False),
            H("3. Provider Responsibilities", 2),
            P("3.1 Provider is responsible for the content and coding of its claims. 3.2 MedRoute passes through the codes Provider submits and does not supply code sets. Provider is responsible for obtaining, at its own cost, any license required for the use of CPT&reg; in its practice management system and claims, whether from the American Medical Association or an authorized distributor. 3.3 Provider shall keep its payer enrollments current."),
            H("4. Term", 2), P("One year, auto-renewing. Either party may terminate on 60 days' notice."),
        ] + sig(v, "Laurel Hills Family Medicine, LLC")

V = "Quillpoint Practice Software LLC"
@doc("c05", V, "customer_must_license", "FAQ: vendor not an AMA distributor; license CPT directly from AMA; AMA $18.50/user distractor", None)
def _(v):
    return [H("Quillpoint Knowledge Base: CPT licensing", 1),
            H("Does Quillpoint include a CPT license?", 3),
            P("No. Quillpoint Practice Software LLC is not an AMA distributor. Quillpoint ships with ICD-10-CM and HCPCS Level II (public code sets) but CPT&reg; descriptions are not bundled."),
            H("So what do I need to do?", 3),
            P("If you want CPT descriptors in Quillpoint, you'll need your own license. Most practices take an internal-use license directly from the American Medical Association; for 2026 the AMA charges an entity fee plus $18.50 per user. Once licensed, import the AMA data file under Admin &rarr; Code Sets."),
            H("Can I use codes without descriptors?", 3),
            P("You can enter five-digit codes on claims, but please review the AMA's terms with your compliance advisor."),
            H("Will Quillpoint bill me for it?", 3),
            P("No. We don't collect or remit anything to the AMA.")]

V = "Northstar RCM Group, Inc."
@doc("c06", V, "customer_must_license", "RCM agreement (Provider = billing company): Client must maintain its own CPT licences", None)
def _(v):
    return [H("RCM SERVICES AGREEMENT", 1),
            P("Northstar RCM Group, Inc. (\"Provider\") will provide revenue cycle services to Summit Ridge Orthopaedics, LLC (\"Client\") on the terms below."),
            H("1. Scope", 2), P("Provider will work Client's claims within Client's own practice management system, to which Client will give Provider's staff remote access."),
            H("2. Compensation", 2), P("Client pays Provider 4.75% of collections, with a minimum of $3,000 per month."),
            H("3. Systems and Licenses", 2),
            P("3.1 Client shall provide and maintain, at Client's expense, all software and data licenses needed for Provider to perform the Services in Client's systems, including CPT&reg; licenses from the American Medical Association (directly or through Client's software vendor) covering Provider's staff as Client users. 3.2 Provider does not furnish CPT and will not pay any CPT royalty."),
            H("4. Compliance", 2), P("Each party shall comply with HIPAA and applicable billing laws."),
        ] + boiler(5, 3, ("Provider", "Client")) + sig(v, "Summit Ridge Orthopaedics, LLC")

V = "Bluestem Medical Software Corp."
@doc("c07", V, "customer_must_license", "Amendment: vendor's AMA distribution agreement ends; from 2026 customer must license CPT directly", None)
def _(v):
    return [H("AMENDMENT TO LICENSE AGREEMENT", 1),
            P("Bluestem Medical Software Corp. (\"Bluestem\") and Heartland Rheumatology, P.C. (\"Licensee\") amend their License Agreement dated August 1, 2021 as follows, effective January 1, 2026."),
            P("1. <b>Background.</b> Under Section 9 of the License Agreement, Bluestem sublicensed CPT&reg; to Licensee and the royalty was included in Bluestem's fees. Bluestem's distribution agreement with the American Medical Association expires on December 31, 2025 and will not be renewed."),
            P("2. <b>Replacement of Section 9.</b> Section 9 is replaced with: \"9. CPT. Bluestem does not distribute CPT. Licensee shall obtain, at its own expense, a license from the AMA or another AMA-authorized distributor for all of its users of CPT in the Software, and shall load the licensed CPT data file into the Software. Bluestem's fees do not include any CPT royalty.\""),
            P("3. <b>Fee adjustment.</b> In consideration, Bluestem reduces the annual maintenance fee from $9,400 to $9,100."),
            P("4. Otherwise the License Agreement is unchanged.")] + sig(v, "Heartland Rheumatology, P.C.")

V = "Aspen Grove Health IT, Inc."
@doc("c08", V, "customer_must_license", "Order form: CPT license not included, customer-supplied", None)
def _(v):
    return LH(v, ["ORDER FORM AG-4410"]) + [
        P("Customer: Pine Bluff Cardiology Associates"),
        T([["#", "Product / service", "Qty", "Unit price", "Term price"],
           ["1", "Aspen Grove Charge Router (per provider / yr)", "6", "$1,800.00", "$10,800.00"],
           ["2", "Interface to Customer EHR (one-time)", "1", "$3,500.00", "$3,500.00"],
           ["3", "CPT&reg; license", "-", "Not included - customer-supplied", "-"]], widths=[0.3 * inch, 2.8 * inch, 0.5 * inch, 1.5 * inch, 1.1 * inch]), SP(8),
        P("Note to line 3: Aspen Grove does not sublicense CPT. Customer will use CPT under its own AMA license (direct or through its EHR vendor, if that license extends to third-party applications), and confirms it has such a license before go-live."),
        P("Payment terms: annual in advance. Governed by the Aspen Grove Terms of Service.")]

V = "Cedar Valley Systems LLC"
@doc("c09", V, "customer_must_license", "Letter: CPT sublicense will not renew; practice must obtain AMA or other distributor licence", None)
def _(v):
    return LH(v, ["Compliance Office"]) + [
        P("October 15, 2025"), P("To: All Cedar Valley PM customers"), SP(6),
        P("<b>Important: changes to CPT&reg; content in Cedar Valley PM</b>"),
        P("Cedar Valley Systems LLC will discontinue distributing CPT content with Cedar Valley PM at the end of 2025. Your CPT sublicense under Section 12 of your agreement will not renew on January 1, 2026."),
        P("From that date, to continue using CPT codes and descriptors in Cedar Valley PM, your practice must hold its own license: either an internal-use license from the American Medical Association or a license from another AMA-authorized distributor. Cedar Valley will not collect any CPT fee and will not remit royalties to the AMA for you."),
        P("Your Cedar Valley subscription fees remain unchanged. A step-by-step guide to importing a licensed CPT file is available in the customer portal."),
        P("Regards,<br/>Priya Natarajan, Compliance Officer")]

V = "Precision Code Works Inc."
@doc("c10", V, "customer_must_license", "Coding tool requires CPT data file the licensee must license separately", None)
def _(v):
    return [H("Precision Code Works - Software License and Subscription", 1),
            P("Vendor: Precision Code Works Inc. (\"PCW\")"),
            T([["Edition", "Annual subscription", "Includes"],
               ["Coder", "$499 per named user", "ICD-10-CM/PCS, HCPCS II, NCCI edits, MUE tables"],
               ["Coder Pro", "$799 per named user", "Coder + payer policy library"]], widths=[1.2 * inch, 1.8 * inch, 3.2 * inch]), SP(8),
            P("<b>CPT data.</b> The software requires a CPT&reg; data file to display CPT codes and descriptors. The CPT data file is not included in either edition. Licensee must license the CPT data file separately from the American Medical Association or an AMA-authorized distributor for each named user and install it using the PCW Content Loader. PCW does not sell CPT licenses."),
            P("<b>Named users.</b> Subscriptions are per named user and may be reassigned no more than twice a year.")]

V = "HealthLink Video Visits LLC"
@doc("c11", V, "customer_must_license", "Telehealth terms: practice solely responsible for licences for code sets incl. CPT", None)
def _(v):
    return [H("HealthLink Video Visits - Terms of Service for Practices", 1),
            P("HealthLink Video Visits LLC (\"HealthLink\") provides secure video visits and visit notes."),
            P("<b>1. Service.</b> HealthLink hosts video sessions and a visit-note template. Practices may add their own billing codes to templates."),
            P("<b>2. Price.</b> $35 per provider per month; unlimited visits."),
            P("<b>3. Code sets.</b> HealthLink does not provide or license any code set. If the Practice enters CPT&reg; codes or descriptors into its templates or notes, the Practice is solely responsible for holding licenses from the American Medical Association covering all of its users, and for all associated fees."),
            P("<b>4. Privacy.</b> HealthLink signs a Business Associate Agreement with each Practice."),
            P("<b>5. Availability.</b> HealthLink targets 99.9% monthly availability.")]

V = "Sterling Point Health Systems, Inc."
@doc("c12", V, "customer_must_license", "Master agreement schedule lists AMA CPT licence as excluded item for customer to procure", None)
def _(v):
    return [H("SOFTWARE AND SERVICES AGREEMENT", 1),
            P("Sterling Point Health Systems, Inc. (\"Sterling Point\") and Mountain View Women's Clinic, PLLC (\"Customer\")."),
            H("1. Definitions", 2),
            P("\"Deliverables\" means the software, interfaces and services listed in Schedule 1. \"Excluded Items\" means the items listed in Schedule 1, Part C, which Sterling Point does not provide."),
            H("2. Delivery", 2), P("Sterling Point will deliver the Deliverables according to the project plan."),
            H("3. Customer Responsibilities", 2), P("Customer shall procure the Excluded Items at its own cost before go-live."),
        ] + boiler(4, 6, ("Sterling Point", "Customer")) + [PageBreak(),
            H("Schedule 1", 2),
            P("<b>Part A - Software</b>: Sterling Point PM and EHR, 8 provider licenses, 20 staff licenses."),
            P("<b>Part B - Fees</b>: License $64,000 one-time; maintenance 18% per year; implementation $22,000."),
            P("<b>Part C - Excluded Items</b>"),
            T([["Excluded item", "Responsible party"],
               ["Workstations, printers and scanners", "Customer"],
               ["AMA CPT&reg; license for all users of the Software", "Customer (to procure from the AMA or an authorized distributor)"],
               ["Drug database subscription", "Customer"],
               ["Payer enrollment", "Customer"]], widths=[3 * inch, 3.2 * inch])] + sig(v, "Mountain View Women's Clinic, PLLC")

V = "OpenLedger Clinic Software Co."
@doc("c13", V, "customer_must_license", "Pricing page: CPT not included, import your licensed CPT file", None)
def _(v):
    return [H("OpenLedger Clinic - Pricing", 1),
            P("Open, affordable practice management from OpenLedger Clinic Software Co."),
            T([["Tier", "Community", "Hosted", "Hosted Plus"],
               ["Price", "Free (self-hosted)", "$29 / user / month", "$49 / user / month"],
               ["ICD-10-CM & HCPCS II", "Included", "Included", "Included"],
               ["CPT&reg;", "Bring your own", "Bring your own", "Bring your own"]], widths=[1.6 * inch, 1.5 * inch, 1.5 * inch, 1.5 * inch]), SP(8),
            P("<b>About CPT:</b> CPT is owned by the American Medical Association and cannot be bundled with OpenLedger. On every tier you import your own licensed CPT file; your practice must license it from the AMA or an authorized distributor. OpenLedger does not charge or collect any CPT fee.")]

# ============================ NOT ADDRESSED ============================

V = "BrightSmile Dental Software Inc."
@doc("n01", V, "not_addressed", "Dental PM agreement with CDT licence fee only; no CPT", None)
def _(v):
    return [H("BrightSmile Dental PM - Subscription Agreement", 1),
            P("BrightSmile Dental Software Inc. (\"BrightSmile\") and Lakeside Family Dentistry (\"Practice\")."),
            P("1. <b>Subscription.</b> $299 per location per month for up to 6 operatories."),
            P("2. <b>CDT.</b> The software includes Current Dental Terminology (CDT) codes licensed from the American Dental Association. Practice shall pay a CDT license fee of $12 per user per year. CDT is &copy; American Dental Association. All rights reserved."),
            P("3. <b>Imaging bridge.</b> Included for supported sensors."),
            P("4. <b>Claims.</b> Dental claims (837D) are $0.40 each."),
            P("5. <b>Term.</b> 24 months, then month-to-month.")]

V = "Ridgeway Cloud Hosting LLC"
@doc("n02", V, "not_addressed", "Hosting SLA where CPT means Certified Performance Test", None)
def _(v):
    return [H("Managed Hosting Service Level Agreement", 1),
            P("Provider of hosting: Ridgeway Cloud Hosting LLC (\"Ridgeway\"). Customer: Eastgate Medical Billing, Inc."),
            H("1. Definitions", 2),
            P("\"CPT\" or \"Certified Performance Test\" means the load and failover test Ridgeway performs on Customer's environment each quarter, with results certified by Ridgeway's engineering lead."),
            H("2. Availability", 2), P("Ridgeway targets 99.95% monthly uptime. Service credits: 5% of monthly fee per 0.1% below target, capped at 30%."),
            H("3. CPT", 2), P("Ridgeway will perform a CPT each quarter and deliver a CPT report within 10 business days. A failed CPT triggers a remediation plan within 5 business days. An extra CPT on request costs $750."),
            H("4. Fees", 2), P("$2,400 per month for the dedicated environment; bandwidth overage $0.05/GB."),
            H("5. Backups", 2), P("Daily encrypted backups retained 35 days.")]

V = "Appointly Scheduling Inc."
@doc("n03", V, "not_addressed", "Online scheduling SaaS terms with no CPT or code sets", None)
def _(v):
    return [H("Appointly for Clinics - Terms of Service", 1),
            P("These terms are between Appointly Scheduling Inc. (\"Appointly\") and the clinic that subscribes (\"you\")."),
            P("<b>Plans.</b> Basic $25/month per calendar; Pro $45/month per calendar with SMS reminders and waitlists."),
            P("<b>Your content.</b> You own patient names, appointment types and notes you enter. Appointly processes them to provide the service."),
            P("<b>Acceptable use.</b> Don't send marketing messages through reminders without patient consent."),
            P("<b>Payment.</b> Card on file, billed monthly. No refunds for partial months."),
            P("<b>Cancellation.</b> Cancel anytime from Settings."),
        ] + boiler(1, 5, ("Appointly", "you"))

V = "Centers for Medicare & Medicaid Services"
@doc("n04", V, "not_addressed", "CMS end user point-and-click licence: CPT use in CMS programs only, not a vendor product", None)
def _(v):
    return [H("END USER / POINT AND CLICK AGREEMENT: CPT", 1),
            P("Centers for Medicare &amp; Medicaid Services - Medicare Physician Fee Schedule Look-Up Tool"),
            P("CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved. Applicable FARS/DFARS apply."),
            P("You, your employees and agents are authorized to use CPT only as contained in the following authorized materials of CMS internally within your organization within the United States for the sole use by yourself, employees and agents. Use is limited to use in Medicare, Medicaid or other programs administered by the Centers for Medicare &amp; Medicaid Services (CMS). You agree to take all necessary steps to insure that your employees and agents abide by the terms of this agreement."),
            P("Any use not authorized herein is prohibited, including by way of illustration and not by way of limitation, making copies of CPT for resale and/or license, transferring copies of CPT to any party not bound by this agreement, creating any modified or derivative work of CPT, or making any commercial use of CPT. License to use CPT for any use not authorized herein must be obtained through the AMA, CPT Intellectual Property Services, AMA Plaza, 330 N. Wabash Ave., Suite 39300, Chicago, IL 60611-5885."),
            P("Applicable FARS/DFARS restrictions apply to government use. Fee schedules, relative value units, conversion factors and/or related components are not assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does not directly or indirectly practice medicine or dispense medical services."),
            P("This agreement will terminate upon notice if you violate its terms. The AMA is a third-party beneficiary to this agreement."),
            SP(10), T([["ACCEPT", "DO NOT ACCEPT"]], widths=[1.5 * inch, 1.5 * inch], header=False)]

V = "Atlas Reference Data LLC"
@doc("n05", V, "not_addressed", "ICD-10-CM / HCPCS II reference subscription; no CPT", None)
def _(v):
    return [H("Atlas Code Reference - Subscription Order", 1),
            P("Seller: Atlas Reference Data LLC. Buyer: Greenfield Coding Services."),
            T([["Product", "Seats", "Price / seat / yr", "Total"],
               ["ICD-10-CM & ICD-10-PCS browser", "8", "$21.50", "$172.00"],
               ["HCPCS Level II browser", "8", "$19.00", "$152.00"],
               ["NDC crosswalk", "8", "$9.00", "$72.00"]], widths=[2.6 * inch, 0.8 * inch, 1.4 * inch, 1 * inch]), SP(8),
            P("ICD-10-CM/PCS and HCPCS Level II source files are published by CDC and CMS and are in the public domain; Atlas's prices are for its indexing, search and annotation tools. Seats are per named user.")]

V = "Keyline Managed IT Services, Inc."
@doc("n06", V, "not_addressed", "Managed IT services agreement for a practice; no code sets", None)
def _(v):
    return [H("Managed IT Services Agreement", 1),
            P("Keyline Managed IT Services, Inc. (\"Keyline\") will support the IT environment of Brookside Internal Medicine (\"Client\")."),
            T([["Service", "Monthly"], ["Help desk, 18 users", "$1,620"], ["Server monitoring (2)", "$300"], ["Firewall management", "$150"], ["Backup & DR", "$275"]], widths=[3 * inch, 1.5 * inch]), SP(8),
            P("Response times: critical 1 hour, high 4 hours, normal next business day. Projects are quoted separately at $140 per hour."),
            P("Keyline does not license or support clinical applications; Client's EHR vendor remains responsible for the EHR."),
        ] + boiler(1, 4, ("Keyline", "Client"))

V = "VisitNow Telemedicine LLC"
@doc("n07", V, "not_addressed", "Telemedicine staffing agreement, no CPT licensing", None)
def _(v):
    return [H("Telemedicine Coverage Agreement", 1),
            P("VisitNow Telemedicine LLC (\"VisitNow\") will provide after-hours virtual physician coverage to Meadowbrook Pediatrics (\"Practice\")."),
            P("1. Coverage: 6pm-8am weekdays, all day weekends."),
            P("2. Fee: $6,500 per month flat, plus $45 per consult above 150 consults per month."),
            P("3. Documentation: VisitNow physicians document in Practice's portal; Practice bills payers for the visits under its own billing arrangements."),
            P("4. Credentialing: VisitNow physicians hold licenses in the Practice's state."),
            P("5. Insurance: VisitNow maintains malpractice coverage of $1M/$3M.")]

V = "Prairie Health Records Inc."
@doc("n08", V, "not_addressed", "EHR subscription invoice without any CPT line; $19/user/month distractor", None)
def _(v):
    return LH(v, ["Invoice PHR-20260301-044"]) + [
        P("Customer: Sunflower Family Clinic &nbsp;&nbsp; Billing period: March 2026"),
        T([["Description", "Qty", "Rate", "Amount"],
           ["Prairie EHR - clinician", "4", "$249.00 / user / month", "$996.00"],
           ["Prairie EHR - staff", "11", "$19.00 / user / month", "$209.00"],
           ["Lab interface", "1", "$75.00 / month", "$75.00"],
           ["", "", "Total", "$1,280.00"]], widths=[2.4 * inch, 0.6 * inch, 1.8 * inch, 1 * inch]), SP(8),
        P("Payment due within 30 days. Pay online at billing.prairiehealth.example.", SMALL)]

V = "AirWell Respiratory Staffing LLC"
@doc("n09", V, "not_addressed", "Respiratory staffing contract where CPT means chest physiotherapy", None)
def _(v):
    return [H("Respiratory Therapy Staffing Agreement", 1),
            P("AirWell Respiratory Staffing LLC (\"AirWell\") will supply respiratory therapists to Lakeshore Pulmonary Rehab Clinic (\"Clinic\")."),
            P("1. <b>Services.</b> Therapists will deliver nebulizer treatments, incentive spirometry and chest physiotherapy (\"CPT\") as ordered by Clinic physicians."),
            P("2. <b>Rates.</b> $68 per therapist hour; overtime 1.5x. CPT sessions requiring two therapists are billed at both therapists' hourly rates."),
            P("3. <b>Competency.</b> AirWell certifies each therapist's CPT competency annually."),
            P("4. <b>Supervision.</b> Clinic physicians retain clinical supervision."),
            P("5. <b>Term.</b> Twelve months.")]

V = "Coastal Dental Cloud Corp."
@doc("n10", V, "not_addressed", "Dental cloud EULA: CDT sublicense and ADA notices only", None)
def _(v):
    return [H("Coastal Dental Cloud - End User License", 1),
            P("Coastal Dental Cloud Corp. (\"Coastal\") licenses its cloud dental charting and billing software."),
            P("1. <b>CDT sublicense.</b> Coastal is licensed by the American Dental Association to distribute Current Dental Terminology (CDT). Coastal sublicenses CDT to the practice for use within the software. The royalty is included in the subscription."),
            P("2. <b>Notice.</b> CDT is &copy; American Dental Association. All rights reserved. The ADA does not practice dentistry."),
            P("3. <b>Subscription.</b> $189 per provider per month."),
            P("4. <b>Medical cross-coding.</b> Not supported.")]

V = "PayCove Patient Payments, Inc."
@doc("n11", V, "not_addressed", "Patient payment processing agreement; no CPT", None)
def _(v):
    return [H("Merchant Services Agreement - Patient Payments", 1),
            P("PayCove Patient Payments, Inc. (\"PayCove\") will process card and ACH payments for Harbor View Orthopedics (\"Merchant\")."),
            T([["Fee", "Rate"], ["Card-present", "2.49% + $0.10"], ["Card-not-present", "2.89% + $0.25"], ["ACH", "$0.45"], ["Monthly platform", "$29"], ["Chargeback", "$15"]], widths=[2.5 * inch, 2 * inch], ruled=False), SP(8),
            P("Settlement: next business day. PCI DSS compliance is PayCove's responsibility for hosted payment pages."),
            P("Text-to-pay messages are sent in the patient's preferred language.")]

# ============================ UNCLEAR ============================

V = "Horizon Practice Suite Inc."
@doc("u01", V, "unclear", "Terms: fees for third-party content, including CPT, may apply", None)
def _(v):
    return [H("Horizon Practice Suite - General Terms", 1),
            P("Horizon Practice Suite Inc. (\"Horizon\")."),
            P("6.1 Customer shall pay the subscription fees set out in the Order."),
            P("6.2 The Services may incorporate third-party content, including CPT&reg; codes of the American Medical Association, drug data and payer rules. Additional fees for third-party content may apply, as communicated by Horizon from time to time."),
            P("6.3 Fees are non-refundable except as stated."),
            P("7.1 Customer shall use third-party content only within the Services."),
            P("7.2 Horizon may suspend the Services for non-payment after 15 days' notice.")]

V = "Glenview Medical Software LLC"
@doc("u02", V, "unclear", "EULA with AMA copyright, FARS/DFARS and disclaimer notices only; no grant or fee statement", None)
def _(v):
    return [H("Glenview PM - End User Terms", 1),
            P("Glenview Medical Software LLC provides Glenview PM to medical practices."),
            P("1. <b>Use.</b> The practice may use Glenview PM for its own billing and scheduling."),
            P("2. <b>Fees.</b> Per the practice's order: $110 per provider per month."),
            P("3. <b>Notices.</b> " + AMA_NOTICE),
            P("4. <b>Government users.</b> " + FARS),
            P("5. <b>Restrictions.</b> The practice may not reverse engineer the software."),
            P("6. <b>Support.</b> Email support, response within one business day.")]

V = "Riverbend Health Apps Inc."
@doc("u03", V, "unclear", "Email: reviewing AMA licensing changes, details to follow", None)
def _(v):
    return [P("<b>From:</b> Riverbend Health Apps Inc. &lt;updates@riverbend.example&gt;<br/><b>Subject:</b> A note about CPT&reg; licensing<br/><b>Date:</b> August 4, 2025", MONO), SP(10),
            P("Hi there,"),
            P("Some of you have asked whether the American Medical Association's CPT&reg; licensing requirements will affect your Riverbend subscription, after hearing that other vendors have begun charging an AMA fee."),
            P("We're reviewing our agreements and the AMA's guidance now. We haven't made any decision yet about whether, or how, any CPT licensing cost might be reflected in your account. We'll share details with at least 60 days' notice before anything changes."),
            P("In the meantime there's nothing you need to do."),
            P("Thanks,<br/>The Riverbend team")]

V = "Copperfield EHR Solutions Corp."
@doc("u04", V, "unclear", "Agreement: customer pays third-party code-set fees if and as required; who collects left open", None)
def _(v):
    return [H("Copperfield EHR Subscription Agreement (excerpt)", 1),
            P("Copperfield EHR Solutions Corp. (\"Copperfield\") and the Customer."),
            P("9.1 <b>Code sets.</b> The Services use standard code sets, including ICD-10-CM, HCPCS and CPT&reg;."),
            P("9.2 Customer shall pay any applicable license fees for third-party code sets if and as required by the owner of the code set. The parties will cooperate in good faith to determine the arrangements for any such fees."),
            P("9.3 Copperfield makes no representation as to whether any code set owner will require a license fee in connection with the Services."),
            P("10.1 <b>Fees.</b> Subscription fees are $425 per provider per month, subject to annual increase of up to 5%.")]

V = "Sagebrush Billing Software LLC"
@doc("u05", V, "unclear", "Billing software terms with CPT trademark attribution only; who pays unaddressed", None)
def _(v):
    return [H("Sagebrush Biller - Customer Agreement", 1),
            P("Sagebrush Billing Software LLC (\"Sagebrush\") licenses Sagebrush Biller to the Customer."),
            P("1. <b>Features.</b> Charge entry with CPT&reg; and ICD-10 code lookup, claim scrubbing, and ERA posting. Code tables are updated annually when new CPT codes are released."),
            P("2. <b>Fees.</b> $79 per user per month. Annual prepayment: $850 per user."),
            P("3. <b>Data.</b> Customer owns its data."),
            P("4. <b>Trademarks.</b> CPT is a registered trademark of the American Medical Association. ICD-10 is a trademark of the World Health Organization."),
            P("5. <b>Term.</b> Monthly; cancel with 30 days' notice.")]

V = "Lighthouse Medical Systems, Inc."
@doc("u06", V, "unclear", "Quote: CPT licensing to be confirmed, may or may not apply", None)
def _(v):
    return LH(v, ["QUOTE LMS-3390"]) + [
        P("Prepared for: Bayfront Gastroenterology"),
        T([["Item", "Qty", "Price", "Total"],
           ["Lighthouse PM (per provider / month)", "5", "$275.00", "$1,375.00 / mo"],
           ["Endoscopy documentation module", "1", "$400.00", "$400.00 / mo"],
           ["CPT&reg; licensing", "TBD", "TBD", "TBD"]], widths=[2.8 * inch, 0.6 * inch, 1.2 * inch, 1.3 * inch]), SP(8),
        P("* CPT licensing: to be confirmed by our licensing team after contract signature. Depending on the final configuration, a CPT-related charge may or may not apply, or the practice may be asked to provide its own arrangements."),
        P("Quote valid 30 days.", SMALL)]

V = "Thornbury Health Cloud LLC"
@doc("u07", V, "unclear", "Terms: vendor reserves right to pass through any AMA royalties; no current fee or inclusion stated", None)
def _(v):
    return [H("Thornbury Health Cloud - Subscription Terms", 1),
            P("Thornbury Health Cloud LLC (\"Thornbury\")."),
            P("4.1 Subscriber pays the fees in its Order Form."),
            P("4.2 Thornbury reserves the right to pass through to Subscriber, on not less than 30 days' notice, any royalties that the American Medical Association or other content owners may require in respect of CPT&reg; or other content in the Services."),
            P("4.3 Thornbury may change fees at renewal."),
            P("5.1 CPT is a registered trademark of the American Medical Association."),
            P("6.1 Subscriber data is hosted in the United States.")]

V = "Parkside Clinical Systems Inc."
@doc("u08", V, "unclear", "Compliance bulletin: AMA requires CPT licensing; contact account manager to confirm your status", None)
def _(v):
    return [H("Parkside Compliance Bulletin - Q3 2025", 1),
            P("From Parkside Clinical Systems Inc."),
            H("CPT&reg; licensing: what you should know", 2),
            P("The American Medical Association requires that anyone who uses CPT content hold a license, either directly or through an authorized distributor. The AMA counts users broadly: anyone who relies on CPT-based output to do their job may be a user."),
            P("Licensing arrangements differ between Parkside products and contract versions. Please contact your account manager to confirm how CPT licensing applies to your Parkside agreement."),
            H("Other updates", 2),
            P("2026 CPT code updates will be loaded in December. The ICD-10-CM FY2026 update was applied October 1."),
            P(AMA_NOTICE, SMALL)]


WORDS = ["amber", "basil", "cinder", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kestrel",
         "lumen", "marble", "nectar", "onyx", "pebble", "quartz", "russet", "saffron", "tundra", "umber", "velvet",
         "willow", "xenon", "yarrow", "zephyr", "acorn", "birch", "coral", "dune", "elm", "fern", "glacier", "heron",
         "iris", "jade", "kelp", "lotus", "moss", "nimbus", "opal", "pine", "quill", "reed", "sable", "thistle",
         "upland", "vale", "wren", "yew", "zinnia", "alder", "brook", "cedar", "drift", "egret", "flint", "grove",
         "hazel", "inlet", "jasper", "knoll", "larch", "meadow", "north", "orchid", "prairie", "quarry", "ridge", "slate"]


def main():
    order = sorted(DOCS, key=lambda d: hashlib.md5(("blind_f:" + d["key"]).encode()).hexdigest())
    for f in os.listdir(OUT):
        if f.endswith(".pdf"):
            os.remove(os.path.join(OUT, f))
    labels = {"contracts": {}}
    for i, d in enumerate(order, 1):
        name = "f%02d_%s.pdf" % (i, WORDS[i - 1])
        path = os.path.join(OUT, name)
        pdf = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                                topMargin=0.8 * inch, bottomMargin=0.8 * inch, title="Document", author="", creator="", subject="")
        pdf.build(d["fn"](d["vendor"]))
        terms = {"vendor": d["vendor"], "coverage": d["coverage"], "cpt_fee": d["fee"]}
        if d["ama"]:
            terms["ama_license"] = True
        labels["contracts"][name] = {"description": d["desc"], "status": "ok", "terms": terms}
    with open(os.path.join(OUT, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote", len(order), "pdfs")


if __name__ == "__main__":
    main()
