"""Shared helpers and general boilerplate for the blind_aa documents.

Nothing in here mentions CPT, the AMA or code sets: every CPT term is written in the
document that carries it, so the label of a document depends only on its own module text.
"""


def fee(amount, unit, period):
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


def make(key, vendor, coverage, cpt_fee, description, blocks, **layout):
    d = {"key": key, "vendor": vendor, "coverage": coverage, "cpt_fee": cpt_fee,
         "description": description, "blocks": blocks}
    d.update(layout)
    return d


def _sp(text, spelling):
    """Crude British/Canadian spelling for boilerplate."""
    import re
    if spelling == "us":
        return text
    pairs = [(r"\blicense\b", "licence"), (r"\blicenses\b", "licences"),
             (r"\bLicense\b", "Licence"), (r"\bhonor", "honour"), (r"\bfavor", "favour")]
    if spelling == "uk":
        pairs += [(r"authoriz", "authoris"), (r"organiz", "organis"), (r"Organiz", "Organis"),
                  (r"utiliz", "utilis"), (r"recogniz", "recognis")]
    for a, b in pairs:
        text = re.sub(a, b, text)
    return text


def sp_blocks(blocks, spelling):
    out = []
    for b in blocks:
        if b[0] in ("p", "pl", "small", "h", "h2"):
            out.append((b[0], _sp(b[1], spelling)))
        elif b[0] == "bullets":
            out.append((b[0], [_sp(x, spelling) for x in b[1]]))
        else:
            out.append(b)
    return out


# ---------------------------------------------------------------- clauses
# each returns a list of blocks; n is the section number, V/C the short party names

def confidentiality(n, V, C, variant=0):
    if variant == 0:
        body = ("Each party may receive non-public information of the other in the course of "
                "this Agreement. The receiving party will use that information only to perform "
                "or receive the Services, will protect it with at least the care it gives its own "
                "similar information, and will disclose it only to personnel and advisers who need "
                "it and are bound by comparable duties. These duties do not cover information that "
                "is or becomes public through no fault of the receiving party, was already known to "
                "it, or is independently developed.")
    elif variant == 1:
        body = ("%s and %s each agree to hold the other's Confidential Information in confidence "
                "for the term of this Agreement and for three (3) years afterwards, except trade "
                "secrets, which are protected for as long as they remain trade secrets. Disclosure "
                "compelled by law or court order is permitted if the disclosing party gives prompt "
                "notice, where lawful, so that the owner may seek a protective order." % (V, C))
    else:
        body = ("Neither party shall disclose the terms of this Agreement, pricing, product "
                "roadmaps, security reports or patient information received from the other "
                "party, save to its professional advisers, insurers and prospective acquirers "
                "under a duty of confidence, or as required by a regulator.")
    return [("h", "%d. Confidentiality" % n), ("p", body)]


def privacy(n, V, C, variant=0):
    if variant == 0:
        body = ("To the extent %s creates, receives, maintains or transmits protected health "
                "information on behalf of %s, the parties' Business Associate Agreement governs "
                "that information and prevails over this Agreement on any question of privacy or "
                "security. %s will notify %s of a breach of unsecured protected health information "
                "without unreasonable delay and in any event within the period the Business "
                "Associate Agreement states." % (V, C, V, C))
    elif variant == 1:
        body = ("%s will process personal data only on %s's documented instructions. Where "
                "patient data of United States residents is processed, the parties will comply "
                "with HIPAA and will sign a business associate agreement; where data of United "
                "Kingdom residents is processed, the UK GDPR and the Data Protection Act 2018 "
                "apply and the data processing schedule forms part of this Agreement." % (V, C))
    else:
        body = ("%s shall maintain administrative, physical and technical safeguards that meet "
                "or exceed the HIPAA Security Rule and, for any personal information of Canadian "
                "residents, the Personal Information Protection and Electronic Documents Act. "
                "Hosting takes place in data centres located in the United States unless the "
                "Order Form says otherwise." % V)
    return [("h", "%d. Privacy and Security" % n), ("p", body)]


def term_termination(n, V, C, variant=0, months=36):
    if variant == 0:
        body = ("This Agreement begins on the Effective Date and continues for an initial term of "
                "%d months. It then renews for successive twelve-month terms unless either party "
                "gives written notice of non-renewal at least sixty (60) days before the end of the "
                "current term. Either party may terminate for a material breach that remains "
                "uncured thirty (30) days after written notice describing it." % months)
    elif variant == 1:
        body = ("The Initial Term is stated in the Order Form. Thereafter the Agreement renews "
                "automatically for Renewal Terms of one (1) year. %s may suspend access on ten "
                "(10) days' notice if undisputed invoices remain unpaid for more than forty-five "
                "(45) days. On expiry or termination %s may export its data in a standard format "
                "for ninety (90) days, after which %s may delete it." % (V, C, V))
    else:
        body = ("Either party may end this Agreement by giving not less than three (3) months' "
                "written notice, such notice not to expire before the first anniversary of the "
                "Go-Live Date. Either party may end it at once by notice if the other becomes "
                "insolvent, has a receiver or administrator appointed, or commits a material breach "
                "which is not remedied within thirty (30) days of a notice requiring remedy.")
    return [("h", "%d. Term and Termination" % n), ("p", body)]


def warranty(n, V, C, variant=0):
    if variant == 0:
        body = ("%s warrants that the Services will perform materially as described in the "
                "Documentation. %s's sole remedy for breach of this warranty is re-performance or, "
                "if %s cannot correct the failure within a reasonable time, termination of the "
                "affected Service and a refund of prepaid fees for the remaining period. EXCEPT AS "
                "STATED IN THIS SECTION, THE SERVICES ARE PROVIDED \"AS IS\" AND ALL OTHER "
                "WARRANTIES, EXPRESS OR IMPLIED, INCLUDING MERCHANTABILITY AND FITNESS FOR A "
                "PARTICULAR PURPOSE, ARE DISCLAIMED." % (V, C, V))
    elif variant == 1:
        body = ("The software is a tool to support clinical and administrative staff and does not "
                "replace professional judgment. %s remains solely responsible for patient care, "
                "for the accuracy of claims it submits and for its compliance with payer rules. "
                "%s does not warrant that the software will be error-free or that every payer "
                "will accept every transaction." % (C, V))
    else:
        body = ("All conditions, warranties and terms implied by statute or common law are "
                "excluded to the fullest extent permitted by law. Nothing in this Agreement limits "
                "liability for death or personal injury caused by negligence, or for fraud.")
    return [("h", "%d. Warranties" % n), ("p", body)]


def liability(n, V, C, variant=0):
    if variant == 0:
        body = ("NEITHER PARTY WILL BE LIABLE FOR INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL "
                "DAMAGES, OR FOR LOST PROFITS OR REVENUE, EVEN IF ADVISED OF THEIR POSSIBILITY. "
                "EACH PARTY'S TOTAL LIABILITY ARISING OUT OF THIS AGREEMENT IS LIMITED TO THE FEES "
                "PAID OR PAYABLE IN THE TWELVE (12) MONTHS BEFORE THE EVENT GIVING RISE TO THE "
                "CLAIM. THESE LIMITS DO NOT APPLY TO A PARTY'S INDEMNITY OBLIGATIONS OR TO BREACH "
                "OF CONFIDENTIALITY.")
    elif variant == 1:
        body = ("%s's aggregate liability in each Contract Year shall not exceed an amount equal "
                "to one hundred and twenty-five per cent (125%%) of the charges paid by %s in that "
                "Contract Year. Neither party is liable for loss of profit, loss of goodwill, or "
                "any indirect or consequential loss." % (V, C))
    else:
        body = ("In no event shall either party be liable to the other for punitive or exemplary "
                "damages. The aggregate liability of %s under or in connection with this Agreement "
                "shall be limited to the amount of fees actually received by %s from %s during "
                "the six (6) months preceding the claim." % (V, V, C))
    return [("h", "%d. Limitation of Liability" % n), ("p", body)]


def payment(n, V, C, variant=0):
    if variant == 0:
        body = ("Fees are stated in the Order Form and are payable in U.S. dollars within thirty "
                "(30) days of the invoice date. Recurring fees are invoiced in advance; usage-based "
                "fees are invoiced monthly in arrears. Late amounts bear interest at the lesser of "
                "1.5%% per month or the highest lawful rate. Fees exclude sales, use and similar "
                "taxes, which %s will pay except taxes on %s's income." % (C, V))
    elif variant == 1:
        body = ("%s will charge the payment card or bank account on file on each billing date. "
                "If a charge is declined, %s will retry it and may suspend the account after "
                "fifteen (15) days. Fee increases for a Renewal Term will be notified at least "
                "forty-five (45) days before the renewal date." % (V, V))
    else:
        body = ("Invoices are due for payment within thirty (30) days of receipt. All sums are "
                "exclusive of any applicable sales tax, VAT or GST/HST, which shall be added where "
                "applicable. %s may not withhold or set off sums except amounts disputed in good "
                "faith and notified in writing before the due date." % C)
    return [("h", "%d. Fees and Payment" % n), ("p", body)]


def support(n, V, C, variant=0):
    if variant == 0:
        body = ("%s provides telephone and portal support from 8:00 a.m. to 8:00 p.m. Eastern "
                "time on business days, with an after-hours line for Severity 1 incidents. Target "
                "availability of the hosted Services is 99.5%% per calendar month, excluding "
                "scheduled maintenance announced at least forty-eight (48) hours ahead. Service "
                "credits, where due, are the sole remedy for missing the target." % V)
    else:
        body = ("Support requests may be raised through the help centre or by telephone. "
                "Priority 1 faults receive a response within one (1) hour and Priority 2 faults "
                "within four (4) business hours. Releases and updates are applied to the hosted "
                "environment without additional charge.")
    return [("h", "%d. Support and Availability" % n), ("p", body)]


def general(n, law, variant=0):
    if variant == 0:
        body = ("This Agreement is governed by the laws of %s, without regard to conflict-of-law "
                "rules. Neither party may assign it without the other's consent, except to a "
                "successor in a merger or sale of substantially all of its assets. Notices must be "
                "in writing and are effective on receipt. If any provision is unenforceable, the "
                "rest remains in effect. This Agreement, with its Order Forms and exhibits, is the "
                "entire agreement of the parties on its subject." % law)
    elif variant == 1:
        body = ("Neither party is liable for delay caused by events beyond its reasonable "
                "control. Waiver of one breach is not a waiver of another. The parties are "
                "independent contractors. This Agreement may be signed in counterparts and by "
                "electronic signature. It is governed by the laws of %s, and the courts located "
                "there have exclusive jurisdiction." % law)
    else:
        body = ("This Agreement and any dispute arising from it shall be governed by the law of "
                "%s. A person who is not a party has no right to enforce any term of it, save as "
                "expressly stated. No variation is effective unless in writing and signed by both "
                "parties." % law)
    return [("h", "%d. General" % n), ("p", body)]


def ip(n, V, C, variant=0):
    if variant == 0:
        body = ("%s and its licensors own the software, the Documentation and all improvements to "
                "them. %s owns its patient data and grants %s a limited right to use that data to "
                "provide the Services, to maintain security and, in de-identified form, to improve "
                "the Services." % (V, C, V))
    else:
        body = ("All intellectual property rights in the platform remain with %s. %s shall not "
                "copy, modify, reverse engineer or frame the platform, nor permit any third party "
                "to do so, nor use the platform to provide bureau services to third parties." % (V, C))
    return [("h", "%d. Intellectual Property" % n), ("p", body)]


CLAUSES = {"conf": confidentiality, "priv": privacy, "term": term_termination,
           "warr": warranty, "liab": liability, "pay": payment, "supp": support, "ip": ip}


def boiler(n0, V, C, law, picks, spelling="us"):
    """picks: list of (name, variant). Returns blocks numbered from n0, and the next number."""
    out = []
    n = n0
    for name, var in picks:
        if name == "gen":
            out += general(n, law, var)
        else:
            out += CLAUSES[name](n, V, C, var)
        n += 1
    return sp_blocks(out, spelling), n


def std_terms(title, V, C, law, picks, spelling="us", n0=1, intro=None, extra=None):
    """A page of attached standard terms laid out in two columns."""
    out = [("twocol",), ("h", title)]
    if intro:
        out.append(("small", intro))
    if extra:
        out += extra
        n0 += 0
    bb, n = boiler(n0, V, C, law, picks, spelling)
    return out + bb
