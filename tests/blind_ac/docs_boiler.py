"""Shared surrounding text (boilerplate) for the blind_ac documents.

Each helper returns a list of layout blocks. `v` picks one of several wordings so that the
documents do not all read alike. Party names are passed in; nothing here is about CPT.
"""


def num(n):
    return str(n).split()[-1]


def art(n, title):
    return ("h", "%s. %s" % (n, title) if n else title)


def email(frm, to, date, subj, paras, cc=None):
    lines = ["From: " + frm, "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines += ["Date: " + date, "Subject: " + subj]
    out = [("rule",), ("meta", lines)]
    out += [("p", p) for p in paras]
    return out


def payment(n, v, vs, cs, days=30, uk=False):
    cur = "pounds sterling" if uk else "US dollars"
    if v == 0:
        return [art(n, "Fees and Payment"),
                ("p", "%s will invoice %s for the fees set out in the applicable Order Form. Unless the "
                      "Order Form says otherwise, invoices are payable within %d days of the invoice date in %s."
                 % (vs, cs, days, cur), "%s.1" % num(n)),
                ("p", "Amounts not paid when due bear interest at the lesser of one percent per month and the "
                      "highest rate permitted by law. %s may suspend access to the Services on fifteen days' "
                      "written notice if an undisputed invoice remains unpaid." % vs, "%s.2" % num(n)),
                ("p", "Fees are exclusive of sales, use, value added and similar taxes, which %s will pay "
                      "except for taxes on %s's net income." % (cs, vs), "%s.3" % num(n))]
    if v == 1:
        return [art(n, "Payment Terms"),
                ("p", "%s shall pay each invoice in full, without set-off, within %d days after receipt. "
                      "A good-faith dispute must be raised in writing before the due date, with reasonable detail, "
                      "and the undisputed balance paid on time." % (cs, days), "%s.1" % num(n)),
                ("p", "Late payments accrue a charge of 1.5%% per month. %s may recover reasonable collection "
                      "costs, including attorneys' fees, for amounts more than sixty days overdue." % vs, "%s.2" % num(n)),
                ("p", "All fees are stated and payable in %s and exclude applicable taxes." % cur, "%s.3" % num(n))]
    return [art(n, "Invoicing"),
            ("p", "Recurring charges are invoiced in advance and one-off charges on completion, in each case "
                  "by electronic invoice to the billing contact named by %s. Payment is due %d days from "
                  "the date of invoice." % (cs, days), "%s.1" % num(n)),
            ("p", "If %s pays by card or bank debit it authorises %s to collect each invoice on its due date. "
                  "Failed collections may attract a reasonable administrative charge." % (cs, vs), "%s.2" % num(n))]


def term(n, v, vs, cs, years=3):
    if v == 0:
        return [art(n, "Term and Termination"),
                ("p", "This Agreement begins on the Effective Date and continues for an initial term of %d years. "
                      "It then renews for successive one-year terms unless either party gives notice of "
                      "non-renewal at least ninety days before the end of the current term." % years, "%s.1" % num(n)),
                ("p", "Either party may terminate this Agreement if the other commits a material breach and fails "
                      "to cure it within thirty days after written notice describing it.", "%s.2" % num(n)),
                ("p", "On termination %s will, for sixty days, make %s's data available for export in a "
                      "standard electronic format, after which it may delete that data." % (vs, cs), "%s.3" % num(n))]
    if v == 1:
        return [art(n, "Duration"),
                ("p", "The Initial Term is %d years from the Go-Live Date. Each Renewal Term lasts twelve months. "
                      "Either party may elect not to renew by written notice given no later than sixty days before "
                      "the current term ends." % years, "%s.1" % num(n)),
                ("p", "%s may terminate for convenience on one hundred twenty days' notice, subject to payment of "
                      "the fees that would have fallen due during the remainder of the then-current term."
                 % cs, "%s.2" % num(n)),
                ("p", "Sections dealing with confidentiality, payment of accrued fees, limitation of liability and "
                      "indemnity survive termination.", "%s.3" % num(n))]
    return [art(n, "Term"),
            ("p", "The term of this Agreement commences on the date last signed below and shall continue until "
                  "terminated by either party upon not less than ninety (90) days' prior written notice, or "
                  "forthwith upon the insolvency, receivership or assignment for the benefit of creditors of the "
                  "other party.", "%s.1" % num(n))]


def conf(n, v, a="each party"):
    if v == 0:
        return [art(n, "Confidentiality"),
                ("p", "Each party will hold the other's Confidential Information in confidence, use it only to "
                      "perform or receive the Services, and disclose it only to personnel and advisers who need to "
                      "know it and are bound by similar duties. These duties last for five years after "
                      "termination, and for trade secrets for as long as they remain trade secrets.", "%s.1" % num(n)),
                ("p", "Information is not Confidential Information if it is or becomes public through no fault of "
                      "the recipient, was lawfully known to the recipient beforehand, or is independently "
                      "developed without use of the discloser's information.", "%s.2" % num(n))]
    return [art(n, "Confidential Information"),
            ("p", "Neither party shall, without the prior written consent of the other, disclose to any third "
                  "person any non-public business, technical or financial information of the other obtained "
                  "under this Agreement, save as required by law or court order, in which case the disclosing "
                  "party shall give prompt notice so that a protective order may be sought.", "%s.1" % num(n))]


def hipaa(n, v, vs, cs):
    if v == 0:
        return [art(n, "Protected Health Information"),
                ("p", "To the extent %s creates, receives, maintains or transmits protected health information on "
                      "behalf of %s, the parties' Business Associate Agreement governs that information and "
                      "prevails over any inconsistent term of this Agreement." % (vs, cs), "%s.1" % num(n)),
                ("p", "%s will maintain administrative, physical and technical safeguards consistent with the HIPAA "
                      "Security Rule and will report any breach of unsecured protected health information without "
                      "unreasonable delay and in any event within ten business days of discovery." % vs, "%s.2" % num(n))]
    return [art(n, "Privacy and Security"),
            ("p", "%s shall comply with the Health Insurance Portability and Accountability Act of 1996 and its "
                  "implementing regulations in handling patient information, shall encrypt such information in "
                  "transit and at rest, and shall execute %s's standard form of business associate agreement."
             % (vs, cs), "%s.1" % num(n))]


def warranty(n, v, vs):
    if v == 0:
        return [art(n, "Warranties and Disclaimers"),
                ("p", "%s warrants that the Services will perform materially in accordance with the Documentation. "
                      "If they do not, %s will use reasonable efforts to correct the non-conformity and, if it "
                      "cannot do so within a reasonable time, either party may terminate the affected Order Form "
                      "and %s will refund prepaid fees for the unused period." % (vs, vs, vs), "%s.1" % num(n)),
                ("p", "EXCEPT AS EXPRESSLY STATED ABOVE, THE SERVICES ARE PROVIDED AS IS AND %s DISCLAIMS ALL "
                      "IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE. CLINICAL "
                      "DECISIONS REMAIN THE SOLE RESPONSIBILITY OF THE TREATING CLINICIAN." % vs.upper(), "%s.2" % num(n))]
    if v == 1:
        return [art(n, "Warranty"),
                ("p", "%s warrants that it has the right to enter into this Agreement and that the Software, as "
                      "delivered, will be free of viruses and other malicious code. No other warranty, express or "
                      "implied, is given, and all warranties of merchantability, fitness for purpose and "
                      "non-infringement are excluded to the fullest extent permitted by law." % vs, "%s.1" % num(n))]
    return [art(n, "Representations"),
            ("p", "Each party represents that it is duly organized and in good standing, that the person signing "
                  "for it is authorized to do so, and that its performance will not breach any other agreement "
                  "by which it is bound.", "%s.1" % num(n)),
            ("p", "Codes, edits and payer rules supplied with the Services are offered as an aid only. The "
                  "customer remains responsible for the accuracy of every claim it submits.", "%s.2" % num(n))]


def liability(n, v, months=12):
    if v == 0:
        return [art(n, "Limitation of Liability"),
                ("p", "NEITHER PARTY IS LIABLE FOR INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES, OR FOR "
                      "LOST PROFITS OR REVENUE, EVEN IF ADVISED OF THEIR POSSIBILITY. EACH PARTY'S TOTAL LIABILITY "
                      "ARISING OUT OF THIS AGREEMENT IS LIMITED TO THE FEES PAID OR PAYABLE IN THE %d MONTHS BEFORE "
                      "THE EVENT GIVING RISE TO THE CLAIM. THESE LIMITS DO NOT APPLY TO BREACH OF CONFIDENTIALITY "
                      "OR TO A PARTY'S INDEMNITY OBLIGATIONS." % months, "%s.1" % num(n))]
    return [art(n, "Liability"),
            ("p", "The aggregate liability of either party under or in connection with this Agreement, whether in "
                  "contract, tort (including negligence) or otherwise, shall not exceed the total charges paid in "
                  "the %d months preceding the claim. Nothing in this Agreement limits liability for death or "
                  "personal injury caused by negligence, or for fraud." % months, "%s.1" % num(n))]


def indemnity(n, vs, cs):
    return [art(n, "Indemnification"),
            ("p", "%s will defend %s against any third-party claim that the Services, as provided, infringe a "
                  "United States patent, copyright or trademark, and will pay resulting damages and costs finally "
                  "awarded, provided %s gives prompt notice, reasonable cooperation and sole control of the "
                  "defence." % (vs, cs, cs), "%s.1" % num(n)),
            ("p", "%s will defend %s against claims arising from %s's clinical use of the Services or from "
                  "data %s supplies." % (cs, vs, cs, cs), "%s.2" % num(n))]


def support(n, v, vs):
    if v == 0:
        return [art(n, "Support and Availability"),
                ("p", "%s will provide telephone and ticket support from 7:00 a.m. to 7:00 p.m. Central Time on "
                      "business days and will use commercially reasonable efforts to make the hosted Services "
                      "available 99.5%% of each calendar month, excluding scheduled maintenance announced at least "
                      "48 hours in advance." % vs, "%s.1" % num(n)),
                ("p", "Annual code-set updates, payer list changes and regulatory updates are delivered as part of "
                      "routine maintenance releases.", "%s.2" % num(n))]
    return [art(n, "Maintenance"),
            ("p", "Maintenance comprises error correction, patches and new releases made generally available to "
                  "%s's customers. Priority 1 incidents receive a response within two hours, around the clock."
             % vs, "%s.1" % num(n))]


def law(n, v, place):
    if v == 0:
        return [art(n, "General"),
                ("p", "This Agreement is governed by the laws of the State of %s, without regard to its conflict of "
                      "laws rules. The state and federal courts located in %s have exclusive jurisdiction." % (place, place),
                 "%s.1" % num(n)),
                ("p", "Neither party may assign this Agreement without the other's consent, except to a successor to "
                      "substantially all of its business. Notices must be in writing and are effective on receipt. "
                      "If any provision is held unenforceable, the rest remains in effect. Failure to enforce a "
                      "provision is not a waiver.", "%s.2" % num(n))]
    if v == 1:
        return [art(n, "Miscellaneous"),
                ("p", "Governing law: %s. Force majeure: neither party is liable for delay caused by events beyond its "
                      "reasonable control, other than payment obligations. Independent contractors: nothing here "
                      "creates a partnership, agency or joint venture. Counterparts: this Agreement may be signed in "
                      "counterparts and by electronic signature." % place, "%s.1" % num(n))]
    return [art(n, "Governing Law and Jurisdiction"),
            ("p", "This Agreement and any dispute or claim arising out of it shall be governed by the law of %s, and "
                  "the parties submit to the exclusive jurisdiction of its courts." % place, "%s.1" % num(n)),
            ("p", "No variation of this Agreement is effective unless in writing and signed by authorised "
                  "representatives of both parties.", "%s.2" % num(n))]


def entire(n, extra=""):
    return [("p", "This Agreement, together with its exhibits, schedules and Order Forms, is the entire agreement "
                  "of the parties on its subject and supersedes all prior proposals and understandings." + extra,
             "%s" % n)]


def fee(amount, unit, period):
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


def mk(key, vendor, coverage, cpt_fee, description, blocks, **kw):
    d = {"key": key, "vendor": vendor, "coverage": coverage, "cpt_fee": cpt_fee,
         "description": description, "blocks": blocks}
    d.update(kw)
    return d
