"""Shared reportlab layout helper for the blind_x test set (built-in fonts only)."""
import io

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable, ListFlowable, ListItem, PageBreak, Paragraph,
    SimpleDocTemplate, Spacer, Table, TableStyle,
)

FAMILIES = {
    "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "serif": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "mono": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def _styles(family, size):
    reg, bold, ital = FAMILIES[family]
    s = {}
    s["p"] = ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.32,
                            spaceAfter=size * 0.55)
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=size - 2,
                                leading=(size - 2) * 1.3, textColor=colors.HexColor("#333333"))
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 7,
                                leading=(size + 7) * 1.2, spaceAfter=size * 0.6)
    s["sub"] = ParagraphStyle("sub", fontName=ital, fontSize=size, leading=size * 1.3,
                              textColor=colors.HexColor("#444444"), spaceAfter=size)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=size + 1.5,
                            leading=(size + 1.5) * 1.25, spaceBefore=size * 0.6,
                            spaceAfter=size * 0.35)
    s["cell"] = ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["mono"] = ParagraphStyle("mono", fontName="Courier", fontSize=size - 1,
                               leading=(size - 1) * 1.3)
    return s, reg, bold


def render(doc):
    """Render a document dict to PDF bytes."""
    family = doc.get("font", "sans")
    size = doc.get("size", 10)
    st, reg, bold = _styles(family, size)
    footer = doc.get("footer", "")
    buf = io.BytesIO()
    tpl = SimpleDocTemplate(
        buf, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
        topMargin=0.8 * inch, bottomMargin=0.8 * inch,
        title=doc.get("title", ""), author=doc.get("author", ""), subject="", creator="",
        producer="", keywords="",
    )

    def on_page(canv, d):
        canv.saveState()
        canv.setFont(reg, 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        if footer:
            canv.drawString(0.9 * inch, 0.5 * inch, footer)
        canv.drawRightString(letter[0] - 0.9 * inch, 0.5 * inch, "Page %d" % d.page)
        canv.restoreState()

    story = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind in ("p", "small", "title", "sub", "h"):
            story.append(Paragraph(b[1], st[kind]))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                                    spaceBefore=4, spaceAfter=6))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind in ("ol", "ul", "la"):
            items = [ListItem(Paragraph(t, st["p"]), leftIndent=18) for t in b[1]]
            if kind == "ul":
                lf = ListFlowable(items, bulletType="bullet", start="-", leftIndent=18,
                                  bulletFontName=reg, bulletFontSize=size)
            else:
                lf = ListFlowable(items, bulletType="1" if kind == "ol" else "a",
                                  leftIndent=18, bulletFontName=reg, bulletFontSize=size,
                                  bulletFormat="%s." if kind == "ol" else "(%s)")
            story.append(lf)
            story.append(Spacer(1, 4))
        elif kind == "table":
            rows = b[1]
            opt = b[2] if len(b) > 2 else {}
            ruled = opt.get("ruled", True)
            header = opt.get("header", True)
            data = []
            for i, r in enumerate(rows):
                sty = st["cellb"] if (header and i == 0) or (opt.get("boldlast") and i == len(rows) - 1) else st["cell"]
                data.append([Paragraph(str(c), sty) for c in r])
            width = letter[0] - 1.8 * inch
            widths = opt.get("widths")
            if widths:
                widths = [w * width for w in widths]
            t = Table(data, colWidths=widths, hAlign="LEFT")
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if ruled:
                cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
                if header:
                    cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
            elif header:
                cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "kv":
            data = [[Paragraph(k, st["cellb"]), Paragraph(v, st["cell"])] for k, v in b[1]]
            width = letter[0] - 1.8 * inch
            t = Table(data, colWidths=[0.32 * width, 0.68 * width], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "email":
            _, frm, to, date, subj, body = b
            for lab, val in (("From", frm), ("To", to), ("Date", date), ("Subject", subj)):
                story.append(Paragraph("<b>%s:</b> %s" % (lab, val), st["mono"]))
            story.append(Spacer(1, 5))
            for para in body:
                story.append(Paragraph(para, st["p"]))
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey,
                                    spaceBefore=2, spaceAfter=8))
        else:
            raise ValueError("unknown block %r" % kind)
    tpl.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Generic contract boilerplate (no code-set content), numbered from `start`.
# ---------------------------------------------------------------------------
_BOILER = [
    ("Term and Termination",
     "This Agreement begins on the Effective Date and continues for the Initial Term shown on the "
     "Order. It then renews for successive twelve-month periods unless either party gives written "
     "notice of non-renewal at least sixty days before the end of the then-current term. Either party "
     "may terminate for material breach that remains uncured thirty days after written notice."),
    ("Confidentiality",
     "Each party will hold the other party's non-public business, technical and financial "
     "information in confidence, use it only to perform under this Agreement, and disclose it only "
     "to personnel and advisers who need to know it and are bound by duties at least as protective. "
     "These duties survive for three years after termination, and indefinitely for trade secrets."),
    ("Protected Health Information",
     "To the extent {v} creates, receives, maintains or transmits protected health information on "
     "behalf of {c}, the parties' Business Associate Agreement governs, and it controls over this "
     "Agreement on any matter concerning the privacy or security of that information."),
    ("Warranties and Disclaimer",
     "{v} warrants that the services will perform materially as described in the current "
     "documentation. Except for that warranty, the services are provided as is, and {v} disclaims all "
     "implied warranties, including merchantability, fitness for a particular purpose and "
     "non-infringement. {c} remains solely responsible for clinical judgment and for the accuracy of "
     "all claims it submits."),
    ("Limitation of Liability",
     "Neither party is liable for indirect, incidental, special, consequential or punitive damages, "
     "or for lost profits or revenue, however caused. Each party's total liability arising out of this "
     "Agreement will not exceed the amounts paid or payable by {c} in the twelve months before the "
     "event giving rise to the claim. These limits do not apply to breaches of confidentiality or to "
     "indemnification obligations."),
    ("Indemnification",
     "{v} will defend {c} against any third-party claim alleging that the services, as delivered, "
     "infringe a United States patent, copyright or trademark, and will pay any resulting judgment or "
     "approved settlement. {c} will defend {v} against claims arising from {c}'s data, its billing "
     "practices or its use of the services in violation of law."),
    ("Data Ownership and Return",
     "As between the parties, {c} owns all patient and practice data entered into the services. "
     "Within forty-five days after termination, {v} will make an export of that data available in a "
     "commonly used electronic format, after which {v} may delete it in accordance with its retention "
     "schedule."),
    ("Support and Availability",
     "{v} will use commercially reasonable efforts to make the hosted services available 99.5 "
     "percent of each calendar month, excluding scheduled maintenance announced at least forty-eight "
     "hours in advance. Support requests may be opened through the customer portal on business days "
     "between 8:00 a.m. and 6:00 p.m. Central Time."),
    ("Payment Terms",
     "Invoices are due within thirty days of the invoice date. Overdue amounts bear interest at the "
     "lesser of one percent per month or the highest rate permitted by law. {v} may suspend access on "
     "fifteen days' notice if undisputed amounts remain unpaid. Amounts are exclusive of sales, use and "
     "similar taxes, which {c} will pay."),
    ("Insurance",
     "During the term, {v} will maintain commercial general liability, professional errors and "
     "omissions, and cyber liability coverage with limits of not less than two million dollars per "
     "claim, and will furnish certificates of insurance on request."),
    ("Force Majeure",
     "Neither party is responsible for a delay or failure caused by events beyond its reasonable "
     "control, such as natural disasters, utility or carrier outages, epidemics, labor disputes or "
     "acts of government, provided it gives prompt notice and uses reasonable efforts to resume "
     "performance. Payment obligations are not excused."),
    ("Assignment",
     "Neither party may assign this Agreement without the other party's prior written consent, except "
     "to a successor in a merger or sale of substantially all of its assets or business to which this "
     "Agreement relates, on written notice."),
    ("Notices",
     "Notices must be in writing and are effective when delivered by hand, by national courier, or "
     "by e-mail with confirmation of receipt, to the addresses on the signature page or later "
     "designated by notice."),
    ("Governing Law",
     "This Agreement is governed by the laws of the state in which {v} has its principal office, "
     "without regard to conflict-of-laws rules. The parties submit to the exclusive jurisdiction of "
     "the state and federal courts located there."),
    ("Miscellaneous",
     "The parties are independent contractors. A waiver of any provision is effective only in "
     "writing. If any provision is held unenforceable, the remainder continues in effect. This "
     "Agreement may be signed in counterparts, including by electronic signature, each of which is an "
     "original."),
]

_BOILER += [
    ("Acceptable Use",
     "{c} will not, and will not permit anyone to, reverse engineer the services, probe or circumvent security "
     "controls, upload malicious code, use the services to send unsolicited messages, or access the services to build "
     "a competing product. {v} may suspend any login used in violation of this section."),
    ("Security Program",
     "{v} maintains administrative, physical and technical safeguards designed to protect the services and {c}'s data, "
     "including encryption of data in transit and at rest, role-based access controls, annual penetration testing and "
     "an incident response plan. {v} will notify {c} without unreasonable delay after confirming a security incident "
     "affecting {c}'s data."),
    ("Subcontractors",
     "{v} may use subcontractors and hosting providers to perform the services, remains responsible for their "
     "performance, and will bind any subcontractor that handles protected health information to written terms at least "
     "as protective as those in the Business Associate Agreement."),
    ("Audit and Records",
     "Each party will keep accurate records relating to its performance under this Agreement for six years. On thirty "
     "days' written notice and no more than once in any twelve-month period, {c} may review {v}'s independent audit "
     "reports concerning the services."),
    ("Beta Features",
     "{v} may offer features identified as beta, preview or pilot. Such features are optional, may be changed or "
     "withdrawn at any time, are provided without warranty, and are excluded from any availability commitment."),
    ("Dispute Resolution",
     "Before starting litigation, the parties will try in good faith to resolve any dispute through discussions between "
     "executives with authority to settle it. If the dispute is not resolved within thirty days, either party may "
     "pursue any remedy available at law or in equity. Either party may seek injunctive relief at any time to protect "
     "its confidential information or intellectual property."),
    ("Non-Solicitation",
     "During the term and for twelve months afterward, neither party will knowingly solicit for employment any employee "
     "of the other party who was materially involved in the services, except through general advertisements not "
     "targeted at that party's employees."),
    ("Publicity",
     "Neither party will use the other party's name or logo in marketing materials without prior written approval, "
     "except that {v} may list {c} as a customer in confidential bid responses."),
    ("Export and Offshore Access",
     "{v} will not store {c}'s data outside the United States or permit access to it from outside the United States "
     "without {c}'s prior written consent. Each party will comply with applicable export control laws."),
    ("Survival",
     "Provisions that by their nature should survive termination, including those concerning confidentiality, payment of "
     "accrued amounts, limitation of liability, indemnification and data return, survive any termination or expiration "
     "of this Agreement."),
]


def boiler(start, vendor_label, customer_label, picks=None, caps=False, numbered=True):
    """Return heading/paragraph blocks of unrelated boilerplate."""
    out = []
    items = _BOILER if picks is None else [_BOILER[i] for i in picks]
    for i, (head, body) in enumerate(items):
        h = head.upper() if caps else head
        if numbered:
            h = "%d. %s" % (start + i, h)
        out.append(("h", h))
        out.append(("p", body.format(v=vendor_label, c=customer_label)))
    return out
