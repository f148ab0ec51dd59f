"""Reusable boilerplate for the blind_ad documents (all text invented).

Each helper returns a list of layout blocks.  The wording varies with the
arguments so that documents built from it do not read identically.
"""


def confidentiality(a, b, years=3, heading="Confidentiality"):
    return [
        ("h", heading),
        ("p", "Each of %s and %s may receive non-public business, technical or financial information "
              "from the other. The receiving party will use that information only to perform or enjoy the "
              "benefit of this agreement, will protect it with at least the care it gives its own similar "
              "information (and never less than reasonable care), and will disclose it only to personnel and "
              "advisers who need it and are bound by comparable duties. These duties last for %d years after "
              "the agreement ends, and indefinitely for trade secrets. Information that is public through no "
              "fault of the receiving party, already known to it, independently developed, or rightfully "
              "received from a third party is not covered." % (a, b, years)),
    ]


def hipaa(vendor_short, client_short, heading="Protected Health Information"):
    return [
        ("h", heading),
        ("p", "To the extent %s creates, receives, maintains or transmits protected health information on "
              "behalf of %s, it does so as a business associate, and the parties' Business Associate "
              "Agreement governs. If the Business Associate Agreement and this document conflict on the "
              "handling of protected health information, the Business Associate Agreement controls on that "
              "point only." % (vendor_short, client_short)),
    ]


def liability(vendor_short, cap_text="the fees paid or payable in the twelve months before the claim arose"):
    return [
        ("h", "Limitation of Liability"),
        ("p", "EXCEPT FOR A PARTY'S INDEMNITY OBLIGATIONS OR ITS BREACH OF CONFIDENTIALITY, NEITHER PARTY IS "
              "LIABLE FOR LOST PROFITS, LOST REVENUE, LOSS OF DATA OR ANY INDIRECT, SPECIAL, INCIDENTAL OR "
              "CONSEQUENTIAL DAMAGES, EVEN IF TOLD THEY WERE POSSIBLE. %s'S TOTAL LIABILITY ARISING OUT OF "
              "THIS AGREEMENT WILL NOT EXCEED %s." % (vendor_short.upper(), cap_text.upper())),
    ]


def warranty(vendor_short):
    return [
        ("h", "Warranties and Disclaimer"),
        ("p", "%s warrants that the services will perform materially as described in the current user "
              "documentation. The client's exclusive remedy for a breach of this warranty is correction of "
              "the non-conformity or, if correction is not commercially reasonable, termination of the affected "
              "service and a refund of prepaid, unused fees. OTHER THAN AS STATED HERE, THE SERVICES ARE "
              "PROVIDED WITHOUT WARRANTIES OF ANY KIND, AND ALL IMPLIED WARRANTIES OF MERCHANTABILITY, "
              "FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT ARE DISCLAIMED. Clinical and coding "
              "decisions remain the responsibility of the client's licensed professionals." % vendor_short),
    ]


def term_termination(initial="twelve (12) months", notice="sixty (60) days", renew="successive one-year terms"):
    return [
        ("h", "Term and Termination"),
        ("p", "The initial term is %s from the effective date. Afterwards the agreement renews for %s "
              "unless either party gives written notice of non-renewal at least %s before the end of the "
              "current term. Either party may terminate for a material breach that remains uncured thirty "
              "days after written notice describing it. On termination the client may export its data in a "
              "standard format for sixty days, after which the vendor may delete it in line with its "
              "retention policy." % (initial, renew, notice)),
    ]


def general(state, extra=None):
    items = [
        "Governing law. This agreement is governed by the laws of the State of %s, without regard to its "
        "conflict-of-laws rules." % state,
        "Assignment. Neither party may assign this agreement without the other's written consent, except to a "
        "successor to substantially all of its business that agrees in writing to be bound.",
        "Notices. Notices must be in writing and are effective when delivered by hand, by courier, or by e-mail "
        "with confirmation of receipt to the addresses on the signature page.",
        "Force majeure. Neither party is responsible for delay caused by events beyond its reasonable control, "
        "other than a failure to pay money owed.",
        "Severability; waiver. A provision found unenforceable will be limited to the minimum extent needed, and "
        "the rest stays in effect. A failure to enforce a provision is not a waiver of it.",
    ]
    if extra:
        items.extend(extra)
    return [("h", "General Provisions"), ("numbered", items)]


def ama_notices(year, style="full"):
    """Paraphrased versions of the notices AMA distributors usually carry."""
    blocks = [
        ("p", "CPT only copyright %d American Medical Association. All rights reserved. CPT is a registered "
              "trademark of the American Medical Association." % year),
    ]
    if style == "full":
        blocks += [
            ("p", "Fee schedules, relative value units, conversion factors and related components are not "
                  "assigned by the AMA, are not part of CPT, and the AMA does not recommend their use. The AMA "
                  "does not directly or indirectly practice medicine or dispense medical services, and assumes "
                  "no liability for data contained or not contained in this product."),
            ("p", "U.S. Government rights: this product is provided with the rights described for commercial "
                  "technical data and commercial computer software in the applicable Federal Acquisition "
                  "Regulation (FAR) and Defense Federal Acquisition Regulation Supplement (DFARS) provisions, "
                  "and no greater rights."),
        ]
    return blocks


def indemnity(vendor_short, client_short):
    return [
        ("h", "Indemnification"),
        ("p", "%s will defend %s against any third-party claim that the services, as delivered, infringe a United "
              "States patent, copyright or trademark, and will pay the resulting damages and costs finally awarded "
              "or agreed in settlement. %s will defend %s against third-party claims arising from information it "
              "supplies or from its personnel's misuse of the services. The indemnified party must give prompt "
              "notice, allow the indemnifying party to control the defence, and cooperate at the indemnifying "
              "party's expense." % (vendor_short, client_short, client_short, vendor_short)),
    ]


def records_audit(vendor_short, years=6):
    return [
        ("h", "Records and Audit"),
        ("p", "%s will keep complete records of the work it performs and of amounts invoiced for at least %d years, "
              "or longer where a payer contract or law requires. On thirty days' written notice, and no more than "
              "once in any twelve-month period, the client or its independent auditor may review those records "
              "during normal business hours. Government agencies may review records as the law allows." %
              (vendor_short, years)),
    ]


def insurance(vendor_short):
    return [
        ("h", "Insurance"),
        ("p", "%s will maintain, with insurers rated A- or better, commercial general liability insurance of at "
              "least $1,000,000 per occurrence, errors and omissions (professional) liability insurance of at "
              "least $2,000,000 per claim, cyber liability insurance of at least $3,000,000, and workers' "
              "compensation as required by law, and will provide certificates on request." % vendor_short),
    ]


def dispute_resolution(state, city):
    return [
        ("h", "Dispute Resolution"),
        ("p", "The parties will first try to resolve any dispute through discussions between senior executives for "
              "thirty days. A dispute not resolved that way will be settled by binding arbitration in %s, %s, "
              "before a single arbitrator under the commercial rules of a recognized arbitration provider. Either "
              "party may seek injunctive relief in court to protect its confidential information or intellectual "
              "property." % (city, state)),
    ]


def service_levels(rows=None):
    rows = rows or [
        ["Measure", "Target", "Remedy if missed"],
        ["Claims submitted after complete documentation", "within 2 business days", "fee credit of 1% of monthly fee"],
        ["Payments posted after receipt", "within 2 business days", "fee credit of 1% of monthly fee"],
        ["Denials worked after receipt", "within 5 business days", "corrective action plan"],
        ["Client inquiries answered", "within 1 business day", "escalation to account director"],
        ["Platform availability (monthly)", "99.5%", "service credit per schedule"],
    ]
    return [("h", "Service Levels"), ("table", rows, {"widths": [4, 2.5, 3]})]
