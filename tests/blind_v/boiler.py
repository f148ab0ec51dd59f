"""Generic filler clauses (no coding-content or licensing-fee terms) to give documents realistic bulk."""

_POOL = [
    ("Term", "This agreement starts on the Effective Date and runs for an initial period of {years} years. It renews automatically for further one-year periods unless either party gives at least sixty days' written notice before the end of the then-current period."),
    ("Confidentiality", "Each party will keep the other's non-public business information confidential, use it only for the purposes of this agreement and disclose it only to personnel and advisers who need to know it and are bound by similar duties."),
    ("Protected health information", "Where {v} creates, receives, maintains or transmits protected health information on behalf of {c}, the parties' business associate agreement applies and prevails over this document on matters of privacy and security."),
    ("Warranties", "{v} warrants that the services will be performed with reasonable skill and care by suitably qualified staff. Except as stated in this clause, all other warranties, express or implied, are excluded to the fullest extent permitted by law."),
    ("Limitation of liability", "Neither party is liable for indirect, special or consequential loss, or for loss of profits or data. Each party's total liability in any contract year is capped at the amounts paid or payable under this agreement in the twelve months before the claim arose, except for breaches of confidentiality or indemnity obligations."),
    ("Support", "{v} provides telephone and e-mail support during normal business hours, Monday to Friday, excluding public holidays. Priority-one incidents will be acknowledged within two business hours."),
    ("Data and backups", "{c} owns all patient and practice data entered into the system. {v} backs up hosted data daily, keeps backups in at least two geographically separate facilities, and will return data in a commonly used format on request at the end of the term."),
    ("Termination", "Either party may end this agreement on written notice if the other commits a material breach and fails to remedy it within thirty days after receiving notice describing the breach in reasonable detail."),
    ("Assignment", "Neither party may assign this agreement without the other's prior written consent, not to be unreasonably withheld, except to a successor to all or substantially all of its business."),
    ("Notices", "Notices must be in writing and delivered by hand, by courier or by e-mail with confirmation of receipt to the addresses set out on the first page, or to any other address a party notifies."),
    ("Force majeure", "Neither party is responsible for delay or failure caused by events beyond its reasonable control, including utility outages, natural disasters, epidemics and acts of government, provided it uses reasonable efforts to resume performance."),
    ("Governing law", "This agreement is governed by the laws of the State of {state}, and the parties submit to the non-exclusive jurisdiction of its courts."),
    ("Entire agreement", "This document, together with any schedules and order documents referred to in it, is the whole agreement between the parties about its subject matter and replaces earlier proposals and discussions."),
    ("Insurance", "{v} will maintain professional indemnity and cyber liability insurance of not less than two million dollars per claim for the term and for two years afterwards."),
    ("Non-solicitation", "During the term and for twelve months afterwards, neither party will actively solicit for employment any employee of the other who was directly involved in the services."),
]


def clauses(start, v, c, pick, state="Oregon", years="three", style="dot"):
    """Return numbered clauses [(num, text)] beginning at number `start`.
    pick: list of indices into the pool. style 'dot' -> '7.', 'paren' -> '(7)', 'sec' -> 'Section 7.'"""
    out = []
    n = start
    for i in pick:
        head, body = _POOL[i]
        body = body.format(v=v, c=c, state=state, years=years)
        if style == "paren":
            num = "(%d)" % n
        elif style == "sec":
            num = "Sec. %d" % n
        else:
            num = "%d." % n
        out.append((num, "<b>%s.</b> %s" % (head, body)))
        n += 1
    return out
