"""Shared boilerplate for the blind_y documents. Every generator returns a list of layout blocks.

Names: v = short name of the vendor party (e.g. "Vendor", "the Licensor"), c = short name of the
customer party. Sentences here never touch CPT licensing; the CPT terms live in the docs_* modules.
"""


def cap(s):
    return s[0].upper() + s[1:]


def _roman(r):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50}
    tot = 0
    for a, b in zip(r, r[1:] + " "):
        v = vals[a]
        tot += -v if b != " " and vals[b] > v else v
    return tot


def sec(n, title, subs, style="dec", head="h"):
    """A numbered section: heading "n. Title" and sub-clauses n.1, n.2 ... or (a), (b) ..."""
    out = [(head, "%s. %s" % (n, title) if n else title)]
    num = n
    if isinstance(n, str) and n.startswith("ARTICLE "):
        num = _roman(n.split()[1])
    i = -1
    for s in subs:
        if isinstance(s, tuple):  # (label, text, level)
            out.append(("cl",) + s)
            continue
        i += 1
        if style == "dec":
            lab = "%s.%d" % (num, i + 1)
        elif style == "alpha":
            lab = "(%s)" % "abcdefghijklmnopqrstuvwxyz"[i]
        else:
            lab = "%d." % (i + 1)
        out.append(("cl", lab, s, 0))
    return out


def confidentiality(n, v, c, var=0, style="dec"):
    if var == 0:
        subs = [
            "Each party (the \"Recipient\") shall hold in confidence all non-public information disclosed by the other "
            "party (the \"Discloser\") that is marked as confidential or that a reasonable person would understand to be "
            "confidential, and shall use it only to perform or receive the Services.",
            "The obligations in this Section do not apply to information that the Recipient can show was already known "
            "to it without restriction, is or becomes public through no fault of the Recipient, is received from a third "
            "party entitled to disclose it, or is developed independently without use of the Discloser's information.",
            "The Recipient may disclose confidential information where required by law or court order, provided that it "
            "gives the Discloser prompt notice (where lawful) and reasonable help in seeking a protective order.",
            "These obligations survive for three (3) years after this Agreement ends, and for trade secrets for so long "
            "as they remain trade secrets.",
        ]
        return sec(n, "Confidentiality", subs, style)
    if var == 1:
        subs = [
            "Each party undertakes that it shall not at any time during the term of this Agreement, or for a period of "
            "five years after its termination, disclose to any person any confidential information concerning the "
            "business, affairs, clients or suppliers of the other party, save as permitted by this clause.",
            "Each party may disclose the other party's confidential information to its employees, officers, "
            "professional advisers and subcontractors who need to know it for the purpose of exercising its rights or "
            "performing its obligations, provided always that it shall procure that such persons comply with this clause.",
            "Nothing in this clause shall prevent disclosure required by law, by any governmental or regulatory "
            "authority or by a court of competent jurisdiction.",
        ]
        return sec(n, "Confidentiality", subs, style)
    subs = [
        "%s and %s each agree to protect the other's Confidential Information with at least the degree of care it uses "
        "for its own information of like kind, and never less than reasonable care." % (cap(v), c),
        "Confidential Information excludes Protected Health Information, which is governed solely by the Business "
        "Associate Agreement between the parties.",
        "On written request following termination, each party will return or destroy the other's Confidential "
        "Information, save for copies retained in routine back-up systems, which remain subject to this Section.",
    ]
    return sec(n, "Confidential Information", subs, style)


def warranty(n, v, c, var=0, style="dec"):
    if var == 0:
        subs = [
            "%s warrants that the Services will be performed in a professional and workmanlike manner consistent with "
            "generally accepted industry standards." % cap(v),
            "%s warrants that the Software will perform materially in accordance with the Documentation. %s's sole "
            "remedy for breach of this warranty is re-performance or correction of the nonconforming Services, or, if "
            "%s cannot do so within thirty (30) days, termination and a refund of prepaid fees for the affected "
            "period." % (cap(v), cap(c), v),
            "EXCEPT AS EXPRESSLY SET OUT IN THIS AGREEMENT, THE SERVICES ARE PROVIDED \"AS IS\" AND EACH PARTY "
            "DISCLAIMS ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING WARRANTIES OF MERCHANTABILITY, FITNESS FOR A "
            "PARTICULAR PURPOSE AND NON-INFRINGEMENT.",
        ]
        return sec(n, "Warranties and Disclaimers", subs, style)
    if var == 1:
        subs = [
            "The Licensor warrants that for a period of ninety days from the Commencement Date the Software will "
            "perform substantially in accordance with its documentation.",
            "The Licensee acknowledges that the Software has not been developed to meet its individual requirements "
            "and that it is therefore the Licensee's responsibility to ensure that the facilities and functions of the "
            "Software meet those requirements.",
            "All other conditions, warranties or other terms which might have effect between the parties or be implied "
            "or incorporated into this Agreement, whether by statute, common law or otherwise, are hereby excluded to "
            "the fullest extent permitted by law.",
        ]
        return sec(n, "Warranties", subs, style)
    subs = [
        "Each party represents that it is duly organised, validly existing and in good standing, and that it has full "
        "power and authority to enter into and perform this Agreement.",
        "%s represents that it is not excluded from participation in any federal health care program and will notify "
        "%s within five (5) business days if it becomes so excluded." % (cap(v), c),
        "%s makes no warranty that the Services will result in any particular level of reimbursement from any payer." %
        cap(v),
    ]
    return sec(n, "Representations", subs, style)


def liability(n, v, c, var=0, style="dec"):
    if var == 0:
        subs = [
            "IN NO EVENT WILL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE "
            "DAMAGES, OR FOR LOST PROFITS OR LOST DATA, HOWEVER CAUSED, EVEN IF ADVISED OF THEIR POSSIBILITY.",
            "EACH PARTY'S AGGREGATE LIABILITY ARISING OUT OF THIS AGREEMENT SHALL NOT EXCEED THE FEES PAID OR PAYABLE BY "
            "%s IN THE TWELVE (12) MONTHS BEFORE THE EVENT GIVING RISE TO THE CLAIM." % c.upper(),
            "The limits in this Section do not apply to a party's indemnification obligations, to breach of "
            "confidentiality, or to amounts owed for Services rendered.",
        ]
        return sec(n, "Limitation of Liability", subs, style)
    if var == 1:
        subs = [
            "Nothing in this Agreement limits or excludes the liability of either party for death or personal injury "
            "caused by its negligence, or for fraud or fraudulent misrepresentation.",
            "Subject to the preceding sub-clause, the Licensor shall not in any circumstances be liable, whether in "
            "tort (including for negligence or breach of statutory duty), contract, misrepresentation or otherwise, for "
            "any loss of profits, loss of business, depletion of goodwill or any indirect or consequential loss.",
            "The Licensor's total aggregate liability in contract, tort, misrepresentation or otherwise arising in "
            "connection with this Agreement shall be limited to the total Licence Fees paid during the twelve months "
            "immediately preceding the date on which the claim arose.",
        ]
        return sec(n, "Limitation of Liability", subs, style)
    subs = [
        "To the maximum extent permitted by law, and subject to any non-excludable rights under consumer protection "
        "legislation, the liability of the Supplier for breach of any guarantee that cannot be excluded is limited, at "
        "the Supplier's option, to resupplying the services or paying the cost of having them resupplied.",
        "Neither party is liable to the other for any consequential loss, however arising.",
    ]
    return sec(n, "Liability", subs, style)


def term(n, v, c, var=0, style="dec", years=3):
    words = {1: "one (1)", 2: "two (2)", 3: "three (3)", 5: "five (5)"}[years]
    if var == 0:
        subs = [
            "This Agreement begins on the Effective Date and continues for an initial term of %s years (the \"Initial "
            "Term\"). It then renews automatically for successive one-year terms unless either party gives written notice "
            "of non-renewal at least ninety (90) days before the end of the then-current term." % words,
            "Either party may terminate this Agreement on written notice if the other party materially breaches it and "
            "fails to cure the breach within thirty (30) days after receiving notice describing it.",
            "On termination, %s will make %s's data available for export in a standard format for sixty (60) days, after "
            "which %s may delete it in accordance with its retention policies." % (v, c, v),
        ]
        return sec(n, "Term and Termination", subs, style)
    if var == 1:
        subs = [
            "This Agreement shall commence on the Commencement Date and shall continue for the Initial Period and "
            "thereafter until terminated by either party giving not less than three months' written notice.",
            "Either party may terminate this Agreement with immediate effect by giving written notice to the other party "
            "if the other party commits a material breach which is irremediable or, if remediable, is not remedied "
            "within thirty days of being notified in writing to do so, or if the other party suspends payment of its "
            "debts or becomes subject to any insolvency proceeding.",
            "Any provision of this Agreement that expressly or by implication is intended to come into or continue in "
            "force on or after termination shall remain in full force and effect.",
        ]
        return sec(n, "Term and Termination", subs, style)
    subs = [
        "The term of this Agreement is %s years from the Effective Date." % words,
        "Either party may end this Agreement without cause on one hundred twenty (120) days' written notice.",
        "Termination does not relieve %s of the obligation to pay fees accrued before the termination date." % c,
    ]
    return sec(n, "Term", subs, style)


def general(n, v, c, var=0, style="dec", law="the State of Delaware"):
    if var == 0:
        subs = [
            "Governing law. This Agreement is governed by the laws of %s, without regard to its conflict-of-laws "
            "rules." % law,
            "Notices. Notices must be in writing and are effective when delivered by hand, by courier with proof of "
            "delivery, or by e-mail with confirmation of receipt, to the addresses set out on the signature page.",
            "Assignment. Neither party may assign this Agreement without the other's prior written consent, except to a "
            "successor to all or substantially all of its business to which this Agreement relates.",
            "Entire agreement. This Agreement, including its exhibits and each Order Form, is the entire agreement of "
            "the parties on its subject matter and supersedes all prior proposals and understandings.",
            "Counterparts. This Agreement may be signed in counterparts, including by electronic signature, each of "
            "which is an original and all of which together are one instrument.",
        ]
        return sec(n, "General", subs, style)
    if var == 1:
        subs = [
            "This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and "
            "construed in accordance with %s, and the parties irrevocably submit to the exclusive jurisdiction of its "
            "courts." % law,
            "No variation of this Agreement shall be effective unless it is in writing and signed by the parties (or "
            "their authorised representatives).",
            "A person who is not a party to this Agreement shall not have any rights to enforce any of its terms, save "
            "as expressly provided in this Agreement.",
            "If any provision or part-provision of this Agreement is or becomes invalid, illegal or unenforceable, it "
            "shall be deemed modified to the minimum extent necessary to make it valid, legal and enforceable.",
        ]
        return sec(n, "General", subs, style)
    subs = [
        "Independent contractors. The parties are independent contractors; nothing in this Agreement creates a "
        "partnership, joint venture or agency.",
        "Force majeure. Neither party is liable for delay caused by events beyond its reasonable control, other than "
        "payment obligations, provided it uses reasonable efforts to resume performance.",
        "Waiver. A failure to enforce any provision is not a waiver of the right to enforce it later.",
        "Law. The laws of %s govern this Agreement." % law,
    ]
    return sec(n, "Miscellaneous", subs, style)


def hipaa(n, v, c, style="dec"):
    subs = [
        "To the extent %s creates, receives, maintains or transmits Protected Health Information on behalf of %s, the "
        "parties shall comply with the Business Associate Agreement attached as, or incorporated by reference into, "
        "this Agreement." % (v, c),
        "%s shall implement administrative, physical and technical safeguards that reasonably and appropriately "
        "protect the confidentiality, integrity and availability of electronic Protected Health Information." % cap(v),
        "%s shall report to %s any Security Incident or Breach of Unsecured Protected Health Information of which it "
        "becomes aware without unreasonable delay and in any event within ten (10) business days of discovery." % (
            cap(v), c),
    ]
    return sec(n, "Privacy and Security", subs, style)


def payment(n, v, c, var=0, style="dec", days=30):
    if var == 0:
        subs = [
            "%s will invoice the Fees as set out in the applicable Order Form. Invoices are payable within %d days of the "
            "invoice date, in United States dollars." % (cap(v), days),
            "Late amounts bear interest at the lesser of one percent (1%%) per month and the highest rate permitted by "
            "law. %s may suspend the Services on ten (10) days' written notice if any undisputed amount is more than "
            "forty-five (45) days overdue." % cap(v),
            "Fees exclude sales, use, value-added and similar taxes, which %s will pay except for taxes on %s's net "
            "income." % (c, v),
        ]
        return sec(n, "Invoicing and Payment", subs, style)
    subs = [
        "All sums payable under this Agreement are exclusive of any applicable sales or goods and services tax, which "
        "shall be added at the prevailing rate.",
        "The Licensee shall pay each invoice submitted by the Licensor within %d days of receipt to a bank account "
        "nominated in writing by the Licensor." % days,
        "If the Licensee fails to make any payment due by the due date, then, without limiting the Licensor's remedies, "
        "the Licensee shall pay interest on the overdue amount at the rate of four per cent per annum above the base "
        "lending rate from time to time.",
    ]
    return sec(n, "Payment", subs, style)


def support(n, v, c, style="dec"):
    subs = [
        "%s will provide telephone and e-mail support from 7:00 a.m. to 7:00 p.m. Central Time on business days, and "
        "will use commercially reasonable efforts to respond to Priority 1 incidents within one (1) hour." % cap(v),
        "%s will make the hosted Services available at least 99.5%% of each calendar month, excluding scheduled "
        "maintenance announced at least forty-eight (48) hours in advance." % cap(v),
        "If availability falls below that level, %s may claim a service credit of five percent (5%%) of that month's "
        "subscription fee for each full percentage point of shortfall, up to fifty percent (50%%)." % c,
    ]
    return sec(n, "Support and Service Levels", subs, style)


def baa_core(start, ce="Covered Entity", ba="Business Associate"):
    """Core business associate obligations, numbered from `start`; returns (blocks, next_number)."""
    n = start
    out = []
    out += sec(n, "Definitions", [
        "Terms used but not defined in this Agreement have the meanings given in the HIPAA Rules, 45 C.F.R. Parts 160 "
        "and 164, including Breach, Designated Record Set, Individual, Protected Health Information (\"PHI\"), "
        "Required by Law, Secretary, Security Incident, Subcontractor and Unsecured PHI.",
    ])
    n += 1
    out += sec(n, "Obligations of %s" % ba, [
        "%s shall not use or disclose PHI other than as permitted by this Agreement or as Required by Law." % ba,
        "%s shall use appropriate safeguards, and comply with Subpart C of 45 C.F.R. Part 164 with respect to "
        "electronic PHI, to prevent use or disclosure of PHI other than as provided for by this Agreement." % ba,
        "%s shall report to %s any use or disclosure not provided for by this Agreement, including any Breach of "
        "Unsecured PHI and any Security Incident of which it becomes aware, within five (5) business days of "
        "discovery." % (ba, ce),
        "%s shall ensure that any Subcontractor that creates, receives, maintains or transmits PHI on its behalf "
        "agrees in writing to the same restrictions, conditions and requirements." % ba,
        "%s shall make its internal practices, books and records relating to PHI available to the Secretary for "
        "purposes of determining compliance with the HIPAA Rules." % ba,
    ])
    n += 1
    out += sec(n, "Term and Termination", [
        "This Agreement remains in effect for so long as %s provides services to %s." % (ba, ce),
        "%s may terminate this Agreement if %s violates a material term and does not cure the violation within "
        "thirty (30) days after written notice." % (ce, ba),
        "On termination, %s shall return or destroy all PHI or, if that is infeasible, extend the protections of "
        "this Agreement to the PHI retained." % ba,
    ])
    return out, n + 1
