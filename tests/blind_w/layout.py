"""Shared layout helpers for the blind_w test set.

A document is a dict with keys: key, vendor, coverage, fee, description,
title, blocks.  Blocks are small tuples interpreted by ``render``:

  ("letterhead", name, address_line, extra_line)
  ("h1", text) ("h2", text) ("p", text) ("small", text) ("mono", text)
  ("bullets", [text, ...]) ("numbered", [text, ...])
  ("table", rows, {"ruled": bool, "widths": [...], "header": bool, "bold_last": bool})
  ("email", {"from":..,"to":..,"date":..,"subject":..}, [paragraphs])
  ("sig", [(left_label, right_label), ...])
  ("kv", [(label, value), ...])
  ("sp", points) ("pb",) ("rule",) ("web", url_text)
  ("boiler", party_a, party_b, start_number, count)
"""
import io

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

_ss = getSampleStyleSheet()
BODY = ParagraphStyle("b", parent=_ss["Normal"], fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=6)
SANS = ParagraphStyle("s", parent=BODY, fontName="Helvetica", fontSize=9.5, leading=12.5)
SMALL = ParagraphStyle("sm", parent=BODY, fontName="Helvetica", fontSize=7.5, leading=9.5, spaceAfter=4)
MONO = ParagraphStyle("m", parent=BODY, fontName="Courier", fontSize=8.5, leading=10.5)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8, spaceBefore=4)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceAfter=4, spaceBefore=6)
LH1 = ParagraphStyle("lh1", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=0)
LH2 = ParagraphStyle("lh2", parent=BODY, fontName="Helvetica", fontSize=8, leading=10, alignment=TA_CENTER, spaceAfter=0)
CELL = ParagraphStyle("c", parent=SANS, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="Helvetica-Bold")
WEB = ParagraphStyle("w", parent=SMALL, fontName="Courier", textColor=colors.grey)

# Generic boilerplate clauses used to pad agreements so that the CPT terms
# can sit deep in the document.  Deliberately silent on code-set licensing and
# on precedence between documents.
BOILER = [
    ("Confidentiality", "Each party will keep in confidence the non-public information of the other that it receives under this agreement, will use it only to perform or receive the services, and will share it only with personnel and advisers who need it and who are bound by similar duties. These duties last for three years after the agreement ends, and indefinitely for trade secrets and protected health information."),
    ("Protected Health Information", "To the extent {a} creates, receives, maintains or transmits protected health information on behalf of {b}, the parties' business associate agreement governs that activity. {a} will use reasonable administrative, physical and technical safeguards and will report any security incident it discovers without unreasonable delay."),
    ("Warranties", "{a} warrants that the services will perform materially as described in the current user documentation. {b}'s sole remedy for a breach of this warranty is re-performance or, if {a} cannot correct the failure within thirty days, termination of the affected service and a refund of prepaid fees for the unused period. All other warranties, express or implied, are disclaimed to the extent the law allows."),
    ("Limitation of Liability", "Neither party is liable for lost profits, lost revenue or indirect, incidental or consequential damages. Except for breaches of confidentiality and indemnity obligations, each party's total liability is capped at the fees paid or payable in the twelve months before the event giving rise to the claim."),
    ("Term and Termination", "The initial term is stated on the applicable order. Thereafter the agreement renews for successive one-year periods unless either party gives notice of non-renewal at least sixty days before the renewal date. Either party may terminate for material breach not cured within thirty days of written notice."),
    ("Data Return", "On expiry or termination, {a} will make {b}'s data available for export in a commonly used format for sixty days, after which {a} may delete it in line with its retention schedule, except where retention is required by law."),
    ("Indemnity", "{a} will defend {b} against third-party claims that the services, as delivered, infringe a United States patent, copyright or trademark, and will pay any resulting damages finally awarded, provided {b} gives prompt notice, reasonable cooperation and control of the defence."),
    ("Taxes", "Fees exclude sales, use, value-added and similar taxes, which {b} will pay when applicable, other than taxes on {a}'s net income."),
    ("Assignment", "Neither party may assign this agreement without the other's consent, which will not be unreasonably withheld, except to a successor in a merger or sale of substantially all of the relevant business."),
    ("Notices", "Notices must be in writing and are effective when delivered by hand, by recognised courier or by e-mail with confirmation of receipt to the addresses the parties designate for that purpose."),
    ("Force Majeure", "Neither party is responsible for delay caused by events beyond its reasonable control, such as natural disasters, utility or network failures outside its systems, labour disputes or acts of government, provided it uses reasonable efforts to resume performance."),
    ("Governing Law", "This agreement is governed by the laws of the state in which {b}'s principal office is located, without regard to its conflict-of-laws rules. The courts of that state have exclusive jurisdiction."),
    ("Entire Agreement", "This agreement, together with its orders and attachments, is the parties' complete understanding on its subject and replaces earlier proposals and discussions. Amendments must be in writing and signed by both parties."),
    ("Independent Contractors", "The parties are independent contractors. Nothing in this agreement creates a partnership, joint venture, agency or employment relationship."),
    ("Service Levels", "{a} targets monthly availability of 99.5 percent, excluding scheduled maintenance announced at least forty-eight hours in advance. If availability falls below target in a month, {b} may request a service credit of five percent of that month's subscription charge for each full percentage point of shortfall, up to twenty-five percent."),
    ("Support", "Standard support is available by ticket and telephone on business days between 8:00 a.m. and 6:00 p.m. in {b}'s time zone. Critical incidents may be reported at any time through the after-hours line."),
    ("Audit of Use", "{a} may review system records to confirm that the number of active accounts matches the quantities ordered. Any excess use will be invoiced at the rates then in effect."),
    ("Suspension", "{a} may suspend access on ten days' notice if undisputed invoices remain unpaid for more than forty-five days after their due date, and will restore access promptly once the balance is paid."),
    ("Implementation", "{a} will carry out the implementation activities described in the applicable order according to a project plan agreed at kickoff. {b} will name a project lead with authority to make decisions, will provide timely access to its staff, data and systems, and will complete the tasks assigned to it in the plan. Delays caused by {b} may extend the schedule and, where they require additional work, may be charged at {a}'s standard hourly rates after written notice."),
    ("Acceptance", "Each deliverable identified in a project plan as subject to acceptance will be deemed accepted unless {b} gives written notice of a material nonconformity within ten business days after delivery, describing the nonconformity in enough detail for {a} to reproduce it. {a} will correct reported nonconformities and redeliver, and the acceptance period will restart for the corrected items only."),
    ("Change Control", "Either party may request a change to the scope of services. {a} will respond with a written estimate of the impact on fees, schedule and resources. No change is binding until both parties sign a change request, and until then each party continues to perform under the existing scope."),
    ("Insurance", "During the term {a} will maintain commercial general liability insurance of at least one million dollars per occurrence, professional and technology errors and omissions insurance of at least two million dollars per claim, and cyber liability insurance of at least two million dollars per claim, each with insurers rated A- or better, and will provide certificates on request."),
    ("Security Program", "{a} will maintain a written information security program that includes risk assessment, role-based access controls, multi-factor authentication for administrative access, encryption of data in transit and at rest, vulnerability management, logging and monitoring, and annual workforce training. {a} will have the program assessed by an independent auditor each year and will share a summary of the results on request."),
    ("Business Continuity", "{a} will maintain and test at least annually a business continuity and disaster recovery plan for the hosted services, with a recovery time objective of twelve hours and a recovery point objective of one hour, and will store backups in a geographically separate facility."),
    ("Subcontractors", "{a} may use subcontractors to perform part of the services, provided it remains responsible for their performance and binds them to confidentiality and data protection obligations at least as protective as those in this agreement. On request {a} will identify subcontractors that host {b}'s data."),
    ("Non-Solicitation", "During the term and for twelve months afterwards, neither party will knowingly solicit for employment any employee of the other who was directly involved in the services, except through general advertisements not targeted at those employees."),
    ("Publicity", "Neither party will use the other's name or logo in marketing materials without prior written consent, except that {a} may list {b} as a customer in confidential presentations to prospective customers."),
    ("Dispute Resolution", "Before starting litigation, the parties will try in good faith to resolve any dispute through discussions between senior executives for at least thirty days. Either party may seek urgent injunctive relief at any time to protect its confidential information or intellectual property."),
    ("Records and Access", "{a} will keep accurate records of the services performed and charges invoiced for at least six years, and will make records relating to the services available to governmental authorities to the extent required by applicable health care laws."),
    ("Exclusion Screening", "Each party represents that neither it nor any of its personnel performing under this agreement is excluded from participation in any federal health care program, and will notify the other promptly if that changes."),
    ("Severability and Waiver", "If any provision is held unenforceable, it will be enforced to the maximum extent permitted and the remaining provisions will continue in effect. A failure to enforce a provision is not a waiver of the right to enforce it later."),
    ("Counterparts", "This agreement may be signed in counterparts and by electronic signature, each of which is an original and all of which together form one instrument."),
    ("Survival", "Provisions that by their nature should survive expiry or termination, including those on payment of accrued fees, confidentiality, limitation of liability, indemnity and data return, will survive."),
    ("Compliance with Laws", "Each party will comply with laws that apply to its performance under this agreement, including health information privacy and security laws, anti-kickback and self-referral laws, and export control regulations."),
]


def _p(text, style=BODY):
    return Paragraph(text, style)


def boiler_flowables(a, b, start, count, offset=0):
    out = []
    for i in range(count):
        head, body = BOILER[(offset + i) % len(BOILER)]
        out.append(_p("<b>%d. %s.</b> %s" % (start + i, head, body.format(a=a, b=b))))
    return out


def _table(rows, opts):
    ruled = opts.get("ruled", True)
    header = opts.get("header", True)
    data = []
    for ri, row in enumerate(rows):
        st = CELLB if (header and ri == 0) or (opts.get("bold_last") and ri == len(rows) - 1) else CELL
        data.append([Paragraph(str(c), st) for c in row])
    widths = opts.get("widths")
    if widths:
        widths = [w * inch for w in widths]
    t = Table(data, colWidths=widths, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if ruled:
        style += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))]
    else:
        if header:
            style += [("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
    t.setStyle(TableStyle(style))
    return t


def flowables(blocks):
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "letterhead":
            out.append(_p(blk[1], LH1))
            for extra in blk[2:]:
                if extra:
                    out.append(_p(extra, LH2))
            out.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=4, spaceAfter=8))
        elif kind == "h1":
            out.append(_p(blk[1], H1))
        elif kind == "h2":
            out.append(_p(blk[1], H2))
        elif kind == "p":
            out.append(_p(blk[1]))
        elif kind == "sans":
            out.append(_p(blk[1], SANS))
        elif kind == "small":
            out.append(_p(blk[1], SMALL))
        elif kind == "mono":
            out.append(_p(blk[1], MONO))
        elif kind == "web":
            out.append(_p(blk[1], WEB))
        elif kind in ("bullets", "numbered"):
            items = [ListItem(_p(t, SANS), leftIndent=14) for t in blk[1]]
            if kind == "bullets":
                out.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14, bulletFontName="Helvetica"))
            else:
                out.append(ListFlowable(items, bulletType="1", leftIndent=16, bulletFontName="Helvetica", bulletFontSize=9))
            out.append(Spacer(1, 4))
        elif kind == "table":
            opts = blk[2] if len(blk) > 2 else {}
            out.append(_table(blk[1], opts))
            out.append(Spacer(1, 8))
        elif kind == "kv":
            rows = [[Paragraph("<b>%s</b>" % k, CELL), Paragraph(v, CELL)] for k, v in blk[1]]
            t = Table(rows, colWidths=[1.6 * inch, 4.9 * inch], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            out.append(t)
            out.append(Spacer(1, 8))
        elif kind == "email":
            hdr, paras = blk[1], blk[2]
            head = []
            for lab in ("from", "to", "cc", "date", "subject"):
                if lab in hdr:
                    head.append(_p("<b>%s:</b> %s" % (lab.capitalize(), hdr[lab]), MONO))
            body = [_p(t, SANS) for t in paras]
            out.append(HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceBefore=4, spaceAfter=4))
            out.append(KeepTogether(head))
            out.extend(body)
        elif kind == "sig":
            rows = []
            for left, right in blk[1]:
                rows.append([Paragraph(left, CELL), Paragraph(right, CELL)])
            t = Table(rows, colWidths=[3.2 * inch, 3.2 * inch], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
            out.append(Spacer(1, 8))
            out.append(t)
        elif kind == "sp":
            out.append(Spacer(1, blk[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "rule":
            out.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey, spaceBefore=4, spaceAfter=6))
        elif kind == "boiler":
            a, b, start, count = blk[1:5]
            offset = blk[5] if len(blk) > 5 else 0
            out.extend(boiler_flowables(a, b, start, count, offset))
        else:
            raise ValueError("unknown block %r" % (kind,))
    return out


def render(doc):
    buf = io.BytesIO()
    footer = doc.get("footer", "")

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(0.9 * inch, 0.5 * inch, footer)
        canvas.drawRightString(LETTER[0] - 0.9 * inch, 0.5 * inch, "Page %d" % d.page)
        canvas.restoreState()

    sd = SimpleDocTemplate(
        buf,
        pagesize=LETTER,
        leftMargin=0.9 * inch,
        rightMargin=0.9 * inch,
        topMargin=0.8 * inch,
        bottomMargin=0.8 * inch,
        title=doc.get("title", ""),
        author="",
        subject="",
        creator="",
        producer="",
    )
    sd.build(flowables(doc["blocks"]), onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def fee(amount, unit, period):
    return {"amount": float(amount), "currency": "USD", "unit": unit, "period": period}


def D(key, vendor, coverage, cpt_fee, description, title, blocks, footer=""):
    return {
        "key": key,
        "vendor": vendor,
        "coverage": coverage,
        "fee": cpt_fee,
        "description": description,
        "title": title,
        "blocks": blocks,
        "footer": footer,
    }
