"""Shared helpers for the blind_h builder: label records and ordinary contract boilerplate.

The boilerplate here never mentions CPT, code sets or third-party content, so it can
surround any CPT clause without changing what a document says about CPT.
"""

import re

DOCS = []

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}


def fee(amount, unit, period, currency="USD"):
    return {"amount": float(amount), "currency": currency, "unit": unit, "period": period}


def doc(key, cov, vendor, desc, blocks, fee_=None, **layout):
    assert cov in COVERAGES, key
    if cov != "pass_through":
        assert fee_ is None, key
    DOCS.append(dict(key=key, cov=cov, vendor=vendor, desc=desc, blocks=blocks, fee=fee_, layout=layout))


# ------------------------------------------------------------------ boilerplate
def _bp(V, C, P):
    """Return {name: [variant0, variant1, ...]}, each variant (heading, [paragraphs])."""
    return {
        "term": [
            ("Term and Renewal", [
                "This Agreement begins on the Effective Date and continues for an initial term of thirty-six (36) "
                "months (the \"Initial Term\"). It then renews automatically for successive twelve (12) month "
                "periods (each a \"Renewal Term\") unless either party gives written notice of non-renewal at least "
                "sixty (60) days before the end of the term then in effect."]),
            ("Term", [
                "The Initial Term is stated in the Order Form. Unless a party tells the other in writing, no later "
                "than ninety (90) days before the Initial Term or any Renewal Term expires, that it does not wish "
                "to renew, this Agreement renews for a further term of one (1) year at %s's then-current list "
                "prices, which may not rise by more than seven percent (7%%) over the prior term." % V]),
            ("Duration", [
                "Subscriptions run for twelve months from the Go-Live Date and renew for like periods. %s may "
                "cancel a Renewal Term by written notice given at least thirty (30) days before it starts." % C]),
        ],
        "payment": [
            ("Payment Terms", [
                "%s shall pay each undisputed invoice within thirty (30) days after the invoice date. Overdue "
                "amounts accrue interest at the lesser of one and one-half percent (1.5%%) per month and the highest "
                "rate allowed by law. All amounts are stated in U.S. dollars and are exclusive of sales, use, "
                "excise and similar taxes, which %s shall pay, other than taxes on %s's net income." % (C, C, V)]),
            ("Invoicing and Payment", [
                "Unless the Order Form provides otherwise, %s invoices recurring fees annually in advance and "
                "one-time fees on signature. Invoices are payable net forty-five (45) days.",
                "If an undisputed amount remains unpaid more than sixty (60) days after it falls due, %s may, on "
                "fifteen (15) days' written notice, suspend access to the %s until payment is received. "
                "Suspension does not relieve %s of its payment obligations." % (V, P, C)]),
            ("Payment", [
                "Fees are payable monthly in advance by ACH debit or credit card on file. %s may change the "
                "payment method on thirty days' notice. Disputed charges must be raised in writing within sixty "
                "(60) days of the statement date or are deemed accepted." % C]),
        ],
        "confidentiality": [
            ("Confidentiality", [
                "Each party (the \"Recipient\") shall hold the other party's Confidential Information in confidence, "
                "use it only to perform or receive the benefit of this Agreement, and disclose it only to employees, "
                "contractors and advisers who need to know it and are bound by duties of confidentiality at least "
                "as protective as these. The obligations in this Section survive for five (5) years after "
                "termination, and for trade secrets for as long as they remain trade secrets.",
                "Confidential Information does not include information that is or becomes public through no fault "
                "of the Recipient, was lawfully known to the Recipient before disclosure, is independently "
                "developed, or is received from a third party without a duty of confidence."]),
            ("Confidential Information", [
                "Neither party will disclose the other's non-public business, technical or financial information "
                "except as this Agreement permits or as required by law, and then only after giving the other "
                "party prompt notice where lawful so that it may seek a protective order. Pricing in any Order "
                "Form is %s's Confidential Information." % V]),
        ],
        "support": [
            ("Support and Maintenance", [
                "%s will provide telephone, chat and e-mail support during Business Hours (8:00 a.m. to 7:00 p.m. "
                "Eastern, Monday through Friday, excluding %s holidays). %s will use commercially reasonable "
                "efforts to acknowledge Severity 1 incidents within one (1) hour and to provide a workaround or "
                "fix within eight (8) hours." % (V, V, V),
                "Maintenance includes corrections, patches and new releases that %s makes generally available to "
                "its customers at no additional charge." % V]),
            ("Service Levels", [
                "%s will make the %s available 99.5%% of the time in each calendar month, excluding scheduled "
                "maintenance announced at least forty-eight (48) hours in advance. If availability falls below "
                "that level, %s may request a service credit equal to five percent (5%%) of that month's "
                "subscription fees for each full percentage point of shortfall, up to fifty percent (50%%)." % (V, P, C)]),
        ],
        "warranty": [
            ("Warranties", [
                "%s warrants that the %s will perform materially in accordance with the Documentation during the "
                "Term. %s's sole remedy for breach of this warranty is for %s to use reasonable efforts to correct "
                "the nonconformity or, failing that, to terminate the affected subscription and refund prepaid fees "
                "for the remaining period." % (V, P, C, V),
                "EXCEPT AS STATED IN THIS SECTION, THE %s IS PROVIDED \"AS IS\" AND EACH PARTY DISCLAIMS ALL "
                "OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR "
                "PURPOSE." % P.upper()]),
            ("Representations", [
                "Each party represents that it is duly organized, has authority to enter into this Agreement, and "
                "that doing so does not breach any other agreement binding on it. %s remains solely responsible "
                "for all clinical decisions and for the accuracy of claims it submits." % C]),
        ],
        "liability": [
            ("Limitation of Liability", [
                "EXCEPT FOR A PARTY'S INDEMNITY OBLIGATIONS AND BREACH OF CONFIDENTIALITY, NEITHER PARTY WILL BE "
                "LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST "
                "PROFITS OR REVENUE, EVEN IF ADVISED OF THEIR POSSIBILITY. EACH PARTY'S AGGREGATE LIABILITY UNDER "
                "THIS AGREEMENT WILL NOT EXCEED THE FEES PAID OR PAYABLE BY %s IN THE TWELVE (12) MONTHS BEFORE "
                "THE EVENT GIVING RISE TO THE CLAIM." % C.upper()]),
            ("Limits on Liability", [
                "In no event shall %s be liable for loss of data, business interruption or any indirect or "
                "consequential loss. %s's total liability, whether in contract, tort or otherwise, is capped at "
                "the amounts %s paid during the six months preceding the claim." % (V, V, C)]),
        ],
        "indemnity": [
            ("Indemnification", [
                "%s will defend %s against any third-party claim alleging that the %s, as delivered, infringes a "
                "United States patent, copyright or trademark, and will pay damages finally awarded or agreed in "
                "settlement, provided %s promptly notifies %s, gives %s sole control of the defense and "
                "reasonably cooperates." % (V, C, P, C, V, V),
                "%s will defend and indemnify %s against claims arising from %s's data, its use of the %s in "
                "breach of this Agreement, or its violation of law." % (C, V, C, P)]),
            ("Indemnity", [
                "Each party shall indemnify the other against third-party losses to the extent caused by its gross "
                "negligence or wilful misconduct, subject to the limitations of liability in this Agreement."]),
        ],
        "hipaa": [
            ("Protected Health Information", [
                "The parties shall comply with the Business Associate Agreement attached as Exhibit A, which "
                "governs %s's creation, receipt, maintenance and transmission of protected health information on "
                "behalf of %s." % (V, C)]),
            ("HIPAA", [
                "%s will act as a business associate of %s and will safeguard protected health information in "
                "accordance with 45 C.F.R. Parts 160 and 164 and the business associate terms incorporated by "
                "reference into this Agreement." % (V, C)]),
        ],
        "termination": [
            ("Termination", [
                "Either party may terminate this Agreement on written notice if the other party materially breaches "
                "it and fails to cure the breach within thirty (30) days after receiving notice describing it, or "
                "becomes the subject of a bankruptcy or insolvency proceeding that is not dismissed within sixty "
                "(60) days.",
                "On termination, %s will make %s Data available for export in a standard electronic format for "
                "sixty (60) days, after which %s may delete it, except as law requires it to be retained." % (V, C, V)]),
            ("Termination for Cause", [
                "A party may end this Agreement immediately by notice if the other commits a material breach that "
                "is incapable of remedy, or fails to remedy a remediable breach within thirty days of notice. Fees "
                "for the remainder of the then-current term become due on termination by %s for convenience." % C]),
        ],
        "ip": [
            ("Ownership", [
                "%s and its licensors retain all right, title and interest in the %s, the Documentation and all "
                "improvements to them. %s retains ownership of %s Data. No rights are granted except as expressly "
                "stated." % (V, P, C, C)]),
            ("Intellectual Property", [
                "As between the parties, the %s and all related software, know-how and documentation are the "
                "property of %s. %s shall not reverse engineer, decompile or create derivative works of the %s or "
                "permit any third party to do so." % (P, V, C, P)]),
        ],
        "law": [
            ("Governing Law", ["This Agreement is governed by the laws of the State of Delaware, without regard to "
                               "its conflict-of-laws rules. The state and federal courts located in New Castle "
                               "County, Delaware have exclusive jurisdiction."]),
            ("Governing Law and Venue", ["The laws of the State of Illinois govern this Agreement. Any action shall "
                                         "be brought only in the state or federal courts sitting in Cook County, "
                                         "Illinois, and each party consents to their jurisdiction."]),
            ("Law", ["This Agreement is construed under the laws of the State of Texas. The parties waive trial by "
                     "jury to the fullest extent permitted by law."]),
            ("Choice of Law", ["This Agreement shall be governed by the laws of the Commonwealth of Massachusetts."]),
        ],
        "notices": [
            ("Notices", ["Notices must be in writing and delivered by hand, by nationally recognized overnight "
                         "courier, or by e-mail with confirmation of receipt, to the addresses set out in the Order "
                         "Form or later designated by notice. Notices are effective on receipt."]),
            ("Notice", ["All legal notices shall be sent to the addresses on the signature page, with a copy by "
                        "e-mail. Routine operational communications may be given through the %s." % P]),
        ],
        "assignment": [
            ("Assignment", ["Neither party may assign this Agreement without the other's prior written consent, "
                            "which shall not be unreasonably withheld, except that either party may assign it "
                            "without consent to a successor in a merger, acquisition or sale of substantially all "
                            "of its assets."]),
        ],
        "force": [
            ("Force Majeure", ["Neither party is liable for delay or failure to perform (other than payment "
                               "obligations) caused by events beyond its reasonable control, including natural "
                               "disasters, epidemics, acts of government, labor disputes and failures of public "
                               "utilities or telecommunications networks."]),
        ],
        "entire": [
            ("Entire Agreement", ["This Agreement, including its exhibits and each Order Form, is the entire "
                                  "agreement of the parties about its subject matter and supersedes all prior "
                                  "proposals, understandings and agreements. Any amendment must be in writing and "
                                  "signed by both parties."]),
            ("Miscellaneous", ["If any provision is held unenforceable, the rest remains in effect. A waiver of "
                               "one breach is not a waiver of any other. This Agreement may be signed in "
                               "counterparts and by electronic signature, each of which is an original."]),
        ],
        "insurance": [
            ("Insurance", ["%s shall maintain, at its own cost, commercial general liability insurance of at least "
                           "$1,000,000 per occurrence, technology errors and omissions insurance of at least "
                           "$2,000,000, and cyber liability insurance of at least $2,000,000, and will provide "
                           "certificates of insurance on request." % V]),
        ],
        "nonsolicit": [
            ("Non-Solicitation", ["During the Term and for twelve (12) months afterwards, neither party will "
                                  "solicit for employment any employee of the other who was directly involved in "
                                  "the performance of this Agreement, save through general advertisements."]),
        ],
        "independent": [
            ("Relationship of the Parties", ["The parties are independent contractors. Nothing in this Agreement "
                                             "creates a partnership, joint venture, agency or employment "
                                             "relationship."]),
        ],
        "aup": [
            ("Acceptable Use", ["%s shall ensure that its Authorized Users keep their credentials confidential, do "
                                "not share logins, and use the %s only for %s's internal business purposes and in "
                                "compliance with applicable law." % (C, P, C)]),
        ],
        "training": [
            ("Implementation and Training", ["%s will provide the implementation services described in the Order "
                                             "Form, including data conversion from one legacy system, two remote "
                                             "training sessions for up to ten staff, and go-live support for five "
                                             "business days." % V]),
        ],
        "survival": [
            ("Survival", ["Sections dealing with payment, confidentiality, ownership, limitation of liability, "
                          "indemnification and governing law survive expiry or termination."]),
        ],
        "data": [
            ("Customer Data", ["%s grants %s a limited licence to host, copy and process %s Data solely to provide "
                               "the %s. %s may use de-identified, aggregated data to operate and improve its "
                               "services, provided no individual or %s can be identified." % (C, V, C, P, V, C)]),
        ],
    }


def _cap(para):
    return re.sub(r"(^|[.!?]\s+)the ", lambda m: m.group(1) + "The ", para)


def bp(name, V, C, P, variant=0):
    variants = _bp(V, C, P)[name]
    head, paras = variants[variant % len(variants)]
    return head, [_cap(p) for p in paras]


def sections(items, V, C, P, seed=0):
    """items: names of boilerplate sections or (heading, [paras]) tuples. Returns (heading, paras) list."""
    out = []
    for i, it in enumerate(items):
        if isinstance(it, str):
            name, _, var = it.partition(":")
            v = int(var) if var else seed + i
            out.append(bp(name, V, C, P, v))
        else:
            out.append(it)
    return out


def number(secs, style="dotted", start=1):
    """Turn (heading, [paras]) sections into blocks in one of several numbering styles."""
    blocks = []
    for n, (head, paras) in enumerate(secs, start):
        if style == "dotted":
            blocks.append(("h2", "%d. %s" % (n, head.upper())))
            if len(paras) == 1:
                blocks.append(("j", paras[0]))
            else:
                for k, para in enumerate(paras, 1):
                    blocks.append(("num", "%d.%d" % (n, k), para))
        elif style == "article":
            blocks.append(("h", "ARTICLE %d \u2014 %s" % (n, head.upper())))
            for k, para in enumerate(paras, 1):
                blocks.append(("num", "%d.%d" % (n, k), para))
        elif style == "inline":
            blocks.append(("j", "<b>%d. %s.</b> %s" % (n, head, paras[0])))
            for para in paras[1:]:
                blocks.append(("j", para))
        elif style == "section":
            blocks.append(("h2", "Section %d. %s" % (n, head)))
            if len(paras) == 1:
                blocks.append(("j", paras[0]))
            else:
                for k, para in enumerate(paras):
                    blocks.append(("num", "(%s)" % "abcdefghij"[k], para))
        elif style == "plain":
            blocks.append(("h2", head))
            for para in paras:
                blocks.append(("j", para))
        else:
            raise ValueError(style)
    return blocks


def web_chrome(site, crumbs, updated=None):
    """Top-of-page lines of a help-centre article."""
    out = [("small", "%s  \u203a  %s" % (site, "  \u203a  ".join(crumbs)))]
    if updated:
        out.append(("small", updated))
    return out


def web_footer(company, extra=None):
    out = [("sp", 8), ("small", "Was this article helpful?   Yes   No"),
           ("small", "Have more questions? Submit a request")]
    if extra:
        out += [("small", e) for e in extra]
    out.append(("small", "\u00a9 2025 %s. All rights reserved.  Privacy  |  Terms  |  Status" % company))
    return out
