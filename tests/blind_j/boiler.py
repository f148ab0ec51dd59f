"""Ordinary contract sections (own wording) placed around the CPT terms."""

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]

SECTIONS = [
    ("Term and Termination",
     "The initial term begins on the Effective Date and runs for the period shown in the Order Form. "
     "It renews for successive one-year periods unless either party gives written notice of non-renewal "
     "at least sixty (60) days before the end of the then-current term. Either party may end this "
     "Agreement if the other party materially breaches it and fails to cure within thirty (30) days "
     "after receiving written notice describing the breach."),
    ("Confidentiality",
     "Each party will protect the other party's Confidential Information with at least the care it "
     "uses for its own information of a similar kind, and never less than reasonable care. Confidential "
     "Information may be disclosed only to employees and contractors who need it for this Agreement "
     "and who are bound by duties of confidence no weaker than these."),
    ("Protected Health Information",
     "To the extent the services involve protected health information, the parties' Business Associate "
     "Agreement governs its use and disclosure and prevails over this Agreement on that subject."),
    ("Warranties and Disclaimers",
     "The services will perform materially as described in the Documentation. Except as stated in this "
     "Agreement, the services are provided as is, and all other warranties, express or implied, "
     "including merchantability and fitness for a particular purpose, are disclaimed to the extent "
     "the law allows."),
    ("Limitation of Liability",
     "Neither party is liable for indirect, incidental, special or consequential damages, or for lost "
     "profits or revenue. Each party's total liability arising out of this Agreement is limited to the "
     "fees paid or payable in the twelve (12) months before the event giving rise to the claim."),
    ("Governing Law",
     "This Agreement is governed by the laws of the state named in the Order Form, without regard to "
     "its conflict-of-laws rules. The parties consent to the courts located in that state."),
    ("Notices",
     "Notices must be in writing and are effective when delivered by hand, by a national courier, or by "
     "email with confirmation of receipt, to the addresses given on the signature page."),
    ("Entire Agreement",
     "This Agreement, together with its exhibits and each Order Form, is the whole agreement of the "
     "parties on its subject and replaces all earlier proposals and understandings. Changes must be in "
     "a writing signed by both parties."),
]


def heading(style, n, title):
    if style == "num":
        return "H:%d. %s" % (n, title)
    if style == "section":
        return "H:Section %d - %s" % (n, title)
    if style == "article":
        return "H:ARTICLE %s  %s" % (ROMAN[n - 1], title.upper())
    if style == "dotzero":
        return "H:%d.0 %s" % (n, title)
    return "H:%s" % title


def boil(style, start, picks):
    """Return markup lines for the chosen boilerplate sections (indices into SECTIONS)."""
    out = []
    n = start
    for i in picks:
        t, body = SECTIONS[i]
        out.append(heading(style, n, t))
        out.append(body)
        n += 1
    return out
