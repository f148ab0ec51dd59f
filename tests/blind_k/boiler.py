"""Block constructors and ordinary contract sections for the blind_k test set.

Documents (docs_*.py) are lists of blocks. A block is a plain tuple; build.py renders it.
The ordinary sections below (term, payment, confidentiality ...) never mention CPT, code
sets or content licensing, so they cannot change a document's label; they only make each
document read like a real one. Several wordings exist for each so that documents differ.
"""


# ---------------------------------------------------------------- block constructors
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t, **kw):
    return ("p", t, kw)


def N(num, t):
    """Numbered clause with hanging number."""
    return ("n", num, t)


def B(items):
    return ("bullets", list(items))


def T(rows, ruled=True, widths=None, header=True, small=False, right=(), boldlast=False):
    return ("table", rows, dict(ruled=ruled, widths=widths, header=header, small=small,
                                right=tuple(right), boldlast=boldlast))


def Q(q, a):
    return ("qa", q, a)


def FN(t):
    return ("fn", t)


def KV(pairs, mono=False):
    return ("kv", list(pairs), mono)


def SP(h=6):
    return ("sp", h)


def HR():
    return ("hr",)


def SIG(left, right):
    """left/right: (party label, printed name or None)."""
    return ("sig", left, right)


def MONO(t):
    return ("mono", t)


def C(t):
    return ("center", t)


def R(t):
    return ("right", t)


def PB():
    return ("pagebreak",)


# ---------------------------------------------------------------- ordinary sections
def _head(num, title):
    return f"{num}. {title}" if num else title


def term(num, v, c, variant=0, months=36):
    if variant == 0:
        return [H3(_head(num, "Term and Termination")),
                P(f"This Agreement begins on the Effective Date and continues for an initial term of {months} months "
                  f"(the \"Initial Term\"). It then renews automatically for successive periods of twelve (12) months "
                  f"unless either party gives the other written notice of non-renewal at least sixty (60) days before "
                  f"the end of the term then in effect. Either party may terminate this Agreement if the other party "
                  f"materially breaches it and fails to cure the breach within thirty (30) days after receiving written "
                  f"notice describing it.")]
    if variant == 1:
        return [H3(_head(num, "How long this lasts")),
                P(f"The subscription runs from the start date on your order until the end of the subscription period "
                  f"shown there, and then rolls over for another year unless you tell us, or we tell you, at least "
                  f"30 days before it ends. If {c} stops paying, {v} may suspend access after giving 10 days' notice. "
                  f"When the agreement ends, {v} will keep {c}'s data available for export for 90 days and will then "
                  f"delete it, except where the law requires it to be kept longer.")]
    return [H3(_head(num, "Duration; Termination; Effect")),
            P(f"Unless sooner terminated in accordance with its terms, this Agreement shall remain in force for "
              f"{months} months from the Effective Date and shall thereafter be extended for consecutive renewal terms "
              f"of one (1) year each, save that either party may elect not to extend by written notice delivered no "
              f"fewer than ninety (90) days prior to the expiry of the then-current term. Upon any expiry or "
              f"termination, all rights of access granted to {c} shall cease, {c} shall pay all amounts accrued "
              f"through the date of termination, and those provisions which by their nature are intended to survive "
              f"(including those concerning confidentiality, limitation of liability and payment) shall survive.")]


def payment(num, v, c, variant=0):
    if variant == 0:
        return [H3(_head(num, "Invoicing and Payment")),
                P(f"{v} will invoice {c} in advance for recurring fees and in arrears for usage-based fees. Invoices are "
                  f"due within thirty (30) days of the invoice date. Overdue amounts bear interest at the lesser of one "
                  f"and one-half percent (1.5%) per month and the maximum rate permitted by law. Fees are exclusive of "
                  f"sales, use, excise and similar taxes, which {c} shall pay, other than taxes on {v}'s net income.")]
    if variant == 1:
        return [H3(_head(num, "Paying us")),
                P(f"You authorize {v} to charge the card or bank account on file on each billing date. If a payment "
                  f"fails we will retry it and let you know; if it is still unpaid after 15 days we may limit your "
                  f"account to read-only access until the balance is cleared. Amounts are in U.S. dollars and are "
                  f"not refundable unless these terms say otherwise.")]
    return [H3(_head(num, "Payment Terms")),
            P(f"All sums payable hereunder shall be paid in United States dollars, without set-off or deduction, "
              f"within forty-five (45) days after {c}'s receipt of a correct invoice. {c} may withhold, in good faith, "
              f"any amount reasonably disputed, provided that it notifies {v} in writing of the nature of the dispute "
              f"before the due date and pays all undisputed amounts when due. The parties shall use reasonable efforts "
              f"to resolve any such dispute within thirty (30) days.")]


def confidentiality(num, v, c, variant=0):
    if variant == 0:
        return [H3(_head(num, "Confidentiality")),
                P("Each party may receive non-public information of the other that is marked or reasonably understood "
                  "to be confidential (\"Confidential Information\"). The receiving party shall use the disclosing "
                  "party's Confidential Information only to perform or receive the services under this Agreement, "
                  "shall protect it with at least reasonable care, and shall disclose it only to employees and "
                  "contractors who need to know it and are bound by duties of confidence no less protective. These "
                  "duties do not apply to information that is or becomes public through no fault of the receiving "
                  "party, was already lawfully known to it, or is independently developed.")]
    if variant == 1:
        return [H3(_head(num, "Keeping things confidential")),
                P(f"Pricing, product roadmaps and anything else either of us shares in confidence stays between us. "
                  f"We each use the other's confidential information only for this relationship and protect it the "
                  f"way we protect our own. If a court or regulator orders disclosure, the party ordered will give "
                  f"the other prompt notice (where allowed) so it can seek protection.")]
    return [H3(_head(num, "Non-Disclosure")),
            P(f"Neither {v} nor {c} shall, during the term of this Agreement or for three (3) years thereafter, "
              f"disclose to any third party the terms of this Agreement or any business, technical or financial "
              f"information of the other party obtained in connection herewith, except (a) to its attorneys, "
              f"accountants and financing sources under a duty of confidentiality, (b) as required by law, or (c) with "
              f"the prior written consent of the other party. Protected health information is governed by the "
              f"business associate terms and not by this Section.")]


def hipaa(num, v, c, variant=0):
    if variant == 0:
        return [H3(_head(num, "Protected Health Information")),
                P(f"To the extent {v} creates, receives, maintains or transmits protected health information on behalf "
                  f"of {c}, {v} acts as {c}'s business associate and the parties' Business Associate Agreement, which "
                  f"is incorporated by reference, governs that information. In the event of conflict between this "
                  f"Agreement and the Business Associate Agreement regarding protected health information, the "
                  f"Business Associate Agreement controls.")]
    return [H3(_head(num, "HIPAA")),
            P(f"{v} will comply with the HIPAA Privacy, Security and Breach Notification Rules as they apply to "
              f"business associates, will report any breach of unsecured protected health information to {c} without "
              f"unreasonable delay and in any event within ten (10) business days after discovery, and will return or "
              f"destroy protected health information when this Agreement ends, where feasible.")]


def warranty(num, v, c, variant=0):
    if variant == 0:
        return [H3(_head(num, "Warranties and Disclaimer")),
                P(f"{v} warrants that the services will perform materially in accordance with the documentation. "
                  f"{c}'s exclusive remedy for breach of this warranty is for {v} to correct the non-conformity or, if "
                  f"it cannot do so within a reasonable time, to refund the prepaid fees for the affected service for "
                  f"the remainder of the term. EXCEPT AS EXPRESSLY STATED IN THIS AGREEMENT, THE SERVICES ARE PROVIDED "
                  f"\"AS IS\" AND EACH PARTY DISCLAIMS ALL IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY AND FITNESS "
                  f"FOR A PARTICULAR PURPOSE. {v} does not practise medicine; clinical decisions remain the sole "
                  f"responsibility of {c} and its clinicians.")]
    return [H3(_head(num, "No other promises")),
            P("Apart from what is written here, the service is provided as it is and as available. We don't promise "
              "that it will be uninterrupted or error-free, and we aren't responsible for the accuracy of claims, "
              "codes or documentation that you or your staff enter. Payer rules change often; checking that a claim "
              "is correct before it is sent is your responsibility.")]


def liability(num, v, c, variant=0):
    if variant == 0:
        return [H3(_head(num, "Limitation of Liability")),
                P("EXCEPT FOR A PARTY'S INDEMNIFICATION OBLIGATIONS OR BREACH OF CONFIDENTIALITY, NEITHER PARTY SHALL "
                  "BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST "
                  "PROFITS OR REVENUE, AND EACH PARTY'S AGGREGATE LIABILITY ARISING OUT OF THIS AGREEMENT SHALL NOT "
                  "EXCEED THE FEES PAID OR PAYABLE BY CUSTOMER IN THE TWELVE (12) MONTHS PRECEDING THE EVENT GIVING "
                  "RISE TO THE CLAIM.")]
    return [H3(_head(num, "Liability Cap")),
            P(f"{v}'s total liability to {c} for all claims of any kind relating to this Agreement, whether in contract, "
              f"tort or otherwise, is limited to the amount {c} paid {v} during the six (6) months before the claim "
              f"arose. Neither party is liable for lost profits, loss of data that could have been prevented by "
              f"reasonable backups, or any indirect or consequential loss.")]


def law(num, state="Delaware", variant=0):
    if variant == 0:
        return [H3(_head(num, "Governing Law")),
                P(f"This Agreement is governed by the laws of the State of {state}, without regard to its conflict of "
                  f"laws rules. The state and federal courts located in {state} have exclusive jurisdiction over any "
                  f"dispute arising out of it, and each party consents to their jurisdiction.")]
    if variant == 1:
        return [H3(_head(num, "Disputes")),
                P(f"Before starting any proceeding, the parties will try for thirty days to settle a dispute through "
                  f"discussions between senior managers. Disputes that are not settled will be decided by binding "
                  f"arbitration administered by the American Arbitration Association under its Commercial Rules, "
                  f"seated in {state}. The laws of {state} apply.")]
    return [H3(_head(num, "Miscellaneous")),
            P(f"This Agreement is governed by the laws of {state}. Neither party may assign it without the other's "
              f"consent, except to a successor to substantially all of its business. Notices must be in writing and "
              f"are effective on receipt. If any provision is held unenforceable, the remainder continues in effect. "
              f"This Agreement, with its exhibits and any order forms, is the parties' entire agreement on its subject "
              f"and supersedes prior proposals.")]


def misc(num, variant=0):
    if variant == 0:
        return [H3(_head(num, "General")),
                P("Neither party is liable for delay caused by events beyond its reasonable control. No waiver is "
                  "effective unless in writing. The parties are independent contractors. This Agreement may be signed "
                  "in counterparts, including by electronic signature, each of which is an original and all of which "
                  "together are one instrument.")]
    return [H3(_head(num, "Entire Agreement; Amendments")),
            P("This document, together with the documents it refers to, sets out everything the parties have agreed "
              "about its subject. It can be changed only by a written amendment signed by authorized representatives "
              "of both parties; purchase order terms and click-through terms presented by either party have no "
              "effect.")]


def support(num, v, c, variant=0):
    if variant == 0:
        return [H3(_head(num, "Support and Availability")),
                P(f"{v} will provide telephone and ticket support from 7:00 a.m. to 7:00 p.m. Central Time on business "
                  f"days and will use commercially reasonable efforts to make the hosted service available 99.5% of "
                  f"each calendar month, excluding scheduled maintenance announced at least 48 hours ahead. If "
                  f"availability falls below that level, {c} may request a service credit of 5% of that month's "
                  f"recurring fees for each full percentage point of shortfall, up to 25%.")]
    return [H3(_head(num, "Help when you need it")),
            P("Chat and email support are included with every plan. Phone support is available on business days. "
              "Updates and new features are released to all accounts automatically; we'll tell you about anything "
              "that changes how you work before it ships.")]
