"""Block helpers and reusable neutral boilerplate for the blind_r test set.

Every text here was written for this set. Boilerplate clauses are deliberately
neutral: they never mention code sets, licences of content, or fees, so that
they cannot change any document's label.
"""


# ---- block constructors -------------------------------------------------
def TITLE(t):
    return ("title", t)


def SUB(t):
    return ("sub", t)


def H(t):
    return ("h", t)


def P(t):
    return ("p", t)


def SMALL(t):
    return ("small", t)


def B(items):
    return ("bullets", list(items))


def N(items):
    return ("numbered", list(items))


def T(rows, ruled=True, widths=None, header=True, right=(), zebra=False):
    return ("table", {"rows": rows, "ruled": ruled, "widths": widths,
                      "header": header, "right": tuple(right), "zebra": zebra})


def KV(rows, widths=(1.6, 4.9)):
    return ("kv", {"rows": rows, "widths": widths})


def M(t):
    return ("mono", t)


def F(t):
    return ("foot", t)


def SIG(parties):
    """parties: list of (party line, name, title, date)"""
    return ("sig", list(parties))


def PB():
    return ("pagebreak", None)


def SP(n=8):
    return ("space", n)


def HR():
    return ("rule", None)


def CENTER(t):
    return ("center", t)


# ---- neutral boilerplate -------------------------------------------------
US = {
    "conf": ("Confidentiality",
             "Each party may receive non-public business, technical or financial information from the other "
             "(\"Confidential Information\"). The receiving party will protect the other party's Confidential "
             "Information with at least the care it gives its own information of a similar kind, and never less "
             "than reasonable care; will use it only to perform or enforce this Agreement; and will share it only "
             "with employees, contractors and advisers who need it for that purpose and are bound by duties at "
             "least as protective. Information that is or becomes public through no fault of the receiving party, "
             "that the receiving party already knew, developed on its own, or obtained lawfully from a third party "
             "is not Confidential Information. These duties continue for three years after this Agreement ends; "
             "trade secrets and protected health information stay protected for as long as the law allows."),
    "warr": ("Warranties",
             "{V} warrants that the Service will perform in material conformity with its then-current "
             "Documentation. If it does not, {C} must notify {V} in writing with enough detail to reproduce the "
             "problem, and {V} will use commercially reasonable efforts to correct it. If {V} cannot correct a "
             "material non-conformity within thirty (30) days, either party may terminate the affected order and "
             "{V} will refund prepaid amounts for the unused part of the term. These remedies are exclusive. "
             "EXCEPT AS STATED IN THIS SECTION, THE SERVICE IS PROVIDED WITHOUT OTHER WARRANTIES OF ANY KIND, "
             "WHETHER EXPRESS, IMPLIED OR STATUTORY, INCLUDING WARRANTIES OF MERCHANTABILITY, FITNESS FOR A "
             "PARTICULAR PURPOSE AND NON-INFRINGEMENT."),
    "clin": ("Clinical and Billing Judgment",
             "The Service is a tool for {CP} staff. It does not give medical, legal or coding advice and does not "
             "replace the professional judgment of {CP} clinicians and billing personnel, who remain solely "
             "responsible for diagnosis, treatment, documentation and the accuracy of every claim submitted in "
             "{CP} name."),
    "liab": ("Limitation of Liability",
             "NEITHER PARTY WILL BE LIABLE FOR INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY OR CONSEQUENTIAL DAMAGES, OR "
             "FOR LOST PROFITS, REVENUE OR DATA, EVEN IF TOLD THEY WERE POSSIBLE. EACH PARTY'S TOTAL LIABILITY "
             "ARISING OUT OF THIS AGREEMENT WILL NOT EXCEED THE AMOUNTS PAID AND PAYABLE BY {CU} IN THE TWELVE "
             "(12) MONTHS BEFORE THE EVENT GIVING RISE TO THE CLAIM. THESE LIMITS DO NOT APPLY TO {CUP} PAYMENT "
             "OBLIGATIONS, TO EITHER PARTY'S INDEMNITY OBLIGATIONS, OR TO A BREACH OF CONFIDENTIALITY."),
    "term": ("Term and Termination",
             "This Agreement starts on the Effective Date and runs for the initial term stated in the first Order "
             "(the \"Initial Term\"). It then renews for successive one-year periods unless either party gives "
             "written notice of non-renewal at least sixty (60) days before the end of the current term. Either "
             "party may terminate this Agreement if the other materially breaches it and fails to cure the breach "
             "within thirty (30) days after written notice. After termination {V} will keep {CP} data available "
             "for export for sixty (60) days and will then delete it, except copies it must keep by law."),
    "hipaa": ("Protected Health Information",
              "The parties will sign {VP} standard Business Associate Agreement, which governs {VP} handling of "
              "protected health information and prevails over this Agreement on that subject. {V} will use and "
              "disclose protected health information only to provide the Service, as the Business Associate "
              "Agreement permits, or as required by law."),
    "data": ("Customer Data",
             "As between the parties, {C} owns all data it or its users enter into the Service. {C} grants {V} a "
             "limited right to host, process and back up that data solely to provide and support the Service. {V} "
             "may compile de-identified, aggregated statistics about use of the Service, provided that no patient, "
             "individual user or {C} can be identified from them."),
    "accounts": ("User Accounts",
                 "{C} will issue each of its users a separate login. Logins belong to one named person and may not be "
                 "shared. {C} is responsible for its users' compliance with this Agreement, for keeping credentials "
                 "confidential, and for promptly disabling the login of anyone who leaves its workforce."),
    "pay": ("Invoices and Payment",
            "Unless an Order says otherwise, {V} invoices recurring charges in advance and usage charges monthly in "
            "arrears. Invoices are due thirty (30) days after the invoice date. Amounts not paid when due bear "
            "interest at the lesser of one percent (1%) per month or the highest rate the law allows. If an "
            "undisputed amount remains unpaid for fifteen (15) days after {V} sends a past-due notice, {V} may "
            "suspend the Service until payment is received. Amounts are stated exclusive of sales, use and similar "
            "taxes, which {C} will pay unless it provides a valid exemption certificate."),
    "force": ("Force Majeure",
              "Neither party is responsible for a delay or failure to perform (other than a payment obligation) "
              "caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of "
              "government, labor disputes not involving its own employees, or failures of public utilities or "
              "networks, provided it uses reasonable efforts to resume performance."),
    "assign": ("Assignment",
               "Neither party may assign this Agreement without the other party's prior written consent, which will "
               "not be unreasonably withheld, except that either party may assign it without consent to a successor "
               "to all or substantially all of its business or assets to which this Agreement relates."),
    "entire": ("Entire Agreement",
               "This Agreement, together with each Order and the Business Associate Agreement, is the parties' "
               "complete understanding on its subject and replaces all earlier proposals and discussions. It may be "
               "changed only by a written amendment signed by both parties. A waiver on one occasion is not a waiver "
               "on any other occasion."),
    "law": ("Governing Law",
            "This Agreement is governed by the laws of the State of {state}, without regard to its conflict-of-laws "
            "rules. Each party submits to the exclusive jurisdiction of the state and federal courts located in "
            "{venue} for any dispute arising out of this Agreement."),
    "indem": ("Indemnification",
              "{V} will defend {C} against any third-party claim that the Service, as provided by {V}, infringes a "
              "United States patent, copyright or trademark, and will pay the damages and costs finally awarded or "
              "agreed in settlement. {C} will defend {V} against third-party claims arising from {CP} data or from "
              "care delivered by {CP} clinicians. The indemnified party must give prompt notice, reasonable "
              "cooperation and control of the defense to the indemnifying party."),
    "support": ("Support and Availability",
                "{V} provides telephone and web support from 7:00 a.m. to 7:00 p.m. Central Time on business days, "
                "with an on-call engineer for outages at all other times. {V} targets availability of 99.5% each "
                "calendar month, excluding scheduled maintenance announced at least 48 hours in advance. If "
                "availability falls below that target in any month, {C} may request a service credit equal to five "
                "percent (5%) of that month's recurring charges for each full percentage point of shortfall, up to "
                "twenty-five percent (25%)."),
    "insur": ("Insurance",
              "During the term {V} will carry commercial general liability insurance of at least $1,000,000 per "
              "occurrence, technology errors and omissions insurance of at least $2,000,000, and cyber liability "
              "insurance of at least $2,000,000, and will provide certificates on request."),
    "indep": ("Relationship of the Parties",
              "The parties are independent contractors. Nothing in this Agreement creates a partnership, joint "
              "venture, agency or employment relationship, and neither party may bind the other."),
    "notice": ("Notices",
               "Legal notices must be in writing and are effective when delivered by hand, by recognized overnight "
               "courier, or by e-mail with confirmation of receipt, to the addresses on the signature page or later "
               "designated in writing. Routine operational messages may be sent through the Service."),
}

UK = {
    "conf": ("Confidentiality",
             "Each party shall keep confidential all information of a confidential nature disclosed to it by the "
             "other in connection with this Agreement, shall use it only for the purposes of this Agreement, and "
             "shall not disclose it except to its employees, officers and professional advisers who need to know it "
             "and are subject to equivalent obligations, or where disclosure is required by law or by a competent "
             "regulator. This clause shall survive termination for a period of five years."),
    "liab": ("Limitation of liability",
             "Nothing in this Agreement limits liability for death or personal injury caused by negligence, for "
             "fraud, or for any other liability that cannot lawfully be limited. Subject to that, neither party shall "
             "be liable for any loss of profit, revenue, goodwill or anticipated savings, or for any indirect or "
             "consequential loss, and each party's total aggregate liability in each Contract Year shall not exceed "
             "the Charges paid and payable in that Contract Year."),
    "term": ("Duration and termination",
             "This Agreement shall commence on the Service Start Date and continue for the Initial Period stated in "
             "the Order and thereafter for successive periods of twelve months unless either party gives not less "
             "than three months' written notice to expire at the end of the then-current period. Either party may "
             "terminate this Agreement with immediate effect by written notice if the other commits a material "
             "breach which, if remediable, is not remedied within thirty days of being notified of it, or if the "
             "other becomes insolvent."),
    "data": ("Data protection and HIPAA",
             "Where the Supplier processes protected health information on behalf of the Customer, it does so as a "
             "business associate under the Business Associate Agreement signed by the parties, and the Supplier "
             "shall implement appropriate technical and organisational measures to protect that information against "
             "unauthorised or unlawful processing and against accidental loss, destruction or damage."),
    "support": ("Service levels",
                "The Supplier shall use reasonable endeavours to make the Service available 99.5% of the time in each "
                "calendar month, measured in US Eastern time and excluding planned maintenance notified at least two "
                "days in advance. Support is available by telephone and e-mail between 08:00 and 20:00 US Eastern "
                "time on business days."),
    "variation": ("Variation and waiver",
                  "No variation of this Agreement shall be effective unless it is in writing and signed by an "
                  "authorised signatory of each party. No failure or delay in exercising any right shall operate as a "
                  "waiver of it."),
    "entire": ("Entire agreement",
               "This Agreement constitutes the entire agreement between the parties and supersedes all previous "
               "arrangements, understandings and agreements between them relating to its subject matter. Each party "
               "acknowledges that it has not relied on any statement or representation that is not set out in this "
               "Agreement."),
    "force": ("Events beyond reasonable control",
              "Neither party shall be in breach of this Agreement nor liable for delay in performing, or failure to "
              "perform, any of its obligations (other than payment) if such delay or failure results from events, "
              "circumstances or causes beyond its reasonable control."),
}

FORMAL = {
    "conf": ("CONFIDENTIALITY",
             "Each party hereto (the \"Recipient\") shall hold in strict confidence all proprietary and confidential "
             "information of the other party (the \"Discloser\") which the Recipient may acquire in the course of the "
             "performance hereof, and shall not disclose the same to any person other than those of its officers, "
             "employees and agents having a need to know the same for the purposes hereof, nor use the same for any "
             "purpose other than the performance of its obligations hereunder. The foregoing shall not extend to "
             "information which is or hereafter becomes publicly available other than by breach hereof, or which is "
             "rightfully received by the Recipient from a third party without restriction."),
    "warr": ("WARRANTY; DISCLAIMER",
             "{V} warrants to {C} that the Software shall, for a period of ninety (90) days following delivery, "
             "perform substantially in accordance with the Documentation. {VP} sole obligation, and {CP} exclusive "
             "remedy, in the event of any breach of the foregoing warranty shall be the correction or replacement of "
             "the non-conforming Software. SAVE AS EXPRESSLY SET FORTH HEREIN, {VU} MAKES NO WARRANTIES, EXPRESS OR "
             "IMPLIED, AND HEREBY DISCLAIMS ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR "
             "PURPOSE."),
    "liab": ("LIMITATION OF LIABILITY",
             "IN NO EVENT SHALL EITHER PARTY BE LIABLE TO THE OTHER FOR ANY SPECIAL, INDIRECT, INCIDENTAL OR "
             "CONSEQUENTIAL DAMAGES OF ANY KIND WHATSOEVER, HOWSOEVER ARISING, AND THE AGGREGATE LIABILITY OF {VU} "
             "HEREUNDER SHALL IN NO EVENT EXCEED THE SUMS ACTUALLY PAID BY {CU} HEREUNDER DURING THE TWELVE (12) "
             "MONTHS PRECEDING THE EVENT GIVING RISE TO SUCH LIABILITY."),
    "term": ("TERM AND TERMINATION",
             "The term of this Agreement shall commence upon the Effective Date and shall continue for a period of "
             "three (3) years (the \"Initial Term\"), whereupon it shall renew automatically for successive terms of "
             "one (1) year each, unless either party shall give written notice of its intention not to renew not less "
             "than ninety (90) days prior to the expiration of the then-current term. Either party may terminate this "
             "Agreement upon written notice in the event the other party shall breach any material provision hereof "
             "and shall fail to cure such breach within thirty (30) days following receipt of notice thereof."),
    "law": ("GOVERNING LAW",
            "This Agreement shall be governed by and construed in accordance with the laws of the State of {state}, "
            "without giving effect to the principles of conflicts of law thereof."),
    "misc": ("MISCELLANEOUS",
             "This Agreement, inclusive of the Schedules annexed hereto, constitutes the entire agreement of the "
             "parties with respect to the subject matter hereof and supersedes all prior and contemporaneous "
             "understandings. No modification hereof shall be binding unless reduced to writing and executed by duly "
             "authorized officers of both parties. The headings herein are for convenience of reference only and "
             "shall not affect the interpretation hereof. This Agreement may be executed in counterparts, each of "
             "which shall be deemed an original."),
}


def clauses(lib, keys, start, p, runin=True, prefix=""):
    """Return numbered clause blocks. p supplies V, C (and optional state, venue)."""
    q = dict(p)
    q.setdefault("state", "Delaware")
    q.setdefault("venue", "Wilmington, Delaware")
    q["VU"] = q["V"].upper()
    q["CU"] = q["C"].upper()
    q.setdefault("VP", q["V"] + "'s")
    q.setdefault("CP", "your" if q["C"] == "you" else q["C"] + "'s")
    q.setdefault("CUP", q["CP"].upper())
    out = []
    n = start
    for k in keys:
        title, text = lib[k]
        text = text.format(**q)
        if q["C"] == "you":
            for a, b in (("all data it or its users", "all data you or your users"), ("you grants", "you grant"),
                         ("individual user or you can", "individual user or your organization can"), ("you owns", "you own"), ("you is ", "you are "), ("you has ", "you have "),
                         ("you will pay", "you will pay"), ("its users", "your users"), ("it or your users", "you or your users"),
                         ("you uses", "you use"), ("you provides", "you provide")):
                text = text.replace(a, b)
            text = text.replace(". you ", ". You ")
            if text.startswith("you "):
                text = "Y" + text[1:]
        num = "%s%d" % (prefix, n)
        if runin:
            out.append(P("<b>%s. %s.</b> %s" % (num, title, text)))
        else:
            out.append(H("%s. %s" % (num, title)))
            out.append(P(text))
        n += 1
    return out
