"""Ordinary contract clauses (no CPT content) used around the CPT terms.

Every function takes a variant number and the party labels, and returns a list of
paragraph strings.  None of these texts mentions CPT, the AMA, code-set licences or
third-party content fees, and none contains an order-of-precedence rule.
"""


def payment(v, V, C):
    opts = [
        [f"{V} will invoice {C} monthly in advance. Each invoice is payable within thirty (30) "
         f"days of its date by ACH transfer or another method {V} accepts in writing.",
         f"Amounts not paid when due accrue a late charge of one and one-half percent (1.5%) per "
         f"month, or the highest rate permitted by law if lower. If any undisputed amount remains "
         f"unpaid forty-five (45) days after its due date, {V} may suspend access on ten (10) "
         f"days' written notice until the account is brought current.",
         f"Fees are stated exclusive of sales, use and similar taxes, which {C} will pay except "
         f"for taxes on {V}'s net income."],
        [f"Payment terms are net 30. {C} may withhold an amount it disputes in good faith by "
         f"notifying {V} in writing, with reasonable detail, before the due date; the parties "
         f"will work to resolve the dispute within thirty days.",
         f"{V} may increase recurring fees at renewal by giving at least sixty (60) days' "
         f"written notice; any single increase will not exceed five percent (5%) of the fees "
         f"for the prior term.",
         f"All fees are in United States dollars and, except as expressly stated in this "
         f"Agreement, are non-cancellable and non-refundable."],
        [f"{C} authorises {V} to charge the payment card or bank account on file for recurring "
         f"fees on each billing date. If a charge is declined, {V} will notify {C} and retry "
         f"the charge within five business days.",
         f"{C} is responsible for any applicable taxes, duties and government charges, other "
         f"than taxes based on {V}'s income, property or employees."],
        [f"Invoices shall be issued quarterly in advance and shall be due and payable within "
         f"thirty (30) days after receipt. Past-due sums shall bear interest at the lesser of "
         f"one percent (1%) per month and the maximum rate allowed by applicable law.",
         f"{C} shall reimburse {V} for reasonable, pre-approved travel expenses incurred in "
         f"providing on-site services, at cost and without mark-up."],
    ]
    return opts[v % len(opts)]


def term(v, V, C):
    opts = [
        [f"This Agreement starts on the Effective Date and continues for an initial term of "
         f"thirty-six (36) months. It then renews automatically for successive twelve (12) "
         f"month renewal terms unless either party gives written notice of non-renewal at least "
         f"sixty (60) days before the end of the current term.",
         f"Either party may terminate this Agreement if the other party materially breaches it "
         f"and fails to cure the breach within thirty (30) days after receiving written notice "
         f"describing it."],
        [f"The initial term is twelve (12) months from the Go-Live Date. The Agreement renews "
         f"for additional twelve-month terms unless either party notifies the other in writing "
         f"at least ninety (90) days before the renewal date.",
         f"On expiry or termination, {V} will make {C}'s data available for export in a "
         f"standard electronic format for sixty (60) days, after which {V} may delete it in "
         f"accordance with its retention policy."],
        [f"The term of this Agreement shall commence on the Effective Date and shall continue "
         f"until the expiration of the last Subscription Term under any order, unless earlier "
         f"terminated as provided herein.",
         f"Either party may terminate this Agreement immediately upon written notice if the "
         f"other party becomes insolvent, makes a general assignment for the benefit of "
         f"creditors, or becomes the subject of any bankruptcy proceeding that is not dismissed "
         f"within sixty (60) days."],
        [f"Initial term: 24 months. Renewal: automatic, 12 months at a time, unless cancelled "
         f"in writing 30 days or more before renewal.",
         f"{C} may terminate for convenience on ninety (90) days' written notice by paying the "
         f"recurring fees that would have been due for the remainder of the then-current term."],
    ]
    return opts[v % len(opts)]


def confidentiality(v, V, C):
    opts = [
        [f"Each party will keep the other party's Confidential Information in confidence, use "
         f"it only to perform or receive the Services, and disclose it only to its employees "
         f"and contractors who need to know it and are bound by obligations at least as "
         f"protective as these.",
         "These obligations do not apply to information that is or becomes public through no "
         "fault of the receiving party, was known to the receiving party without restriction "
         "before disclosure, or is independently developed without use of the disclosing "
         "party's information."],
        [f"\"Confidential Information\" means all non-public business, technical and financial "
         f"information disclosed by one party to the other, including the terms of this "
         f"Agreement and pricing. The receiving party shall protect Confidential Information "
         f"using at least reasonable care and shall return or destroy it on request.",
         f"Protected health information is governed by the Business Associate Agreement "
         f"between {V} and {C}, which controls over this Section as to such information."],
        [f"Neither party shall disclose the other's confidential information except as required "
         f"by law, in which case the party compelled to disclose shall give prompt notice (where "
         f"lawful) so that the other party may seek a protective order."],
    ]
    return opts[v % len(opts)]


def support(v, V, C):
    opts = [
        [f"{V} will provide telephone and e-mail support from 8:00 a.m. to 8:00 p.m. Eastern "
         f"Time on business days, and will use commercially reasonable efforts to make the "
         f"hosted service available 99.5% of each calendar month, excluding scheduled "
         f"maintenance announced at least 48 hours in advance.",
         f"Priority 1 issues (system down for all users) will receive an initial response "
         f"within one hour; Priority 2 within four business hours; all others within one "
         f"business day."],
        [f"Support is provided through {V}'s online ticket portal. {V} will apply regulatory "
         f"and maintenance updates to the hosted environment at no additional charge.",
         f"If monthly availability falls below 99.0%, {C} may request a service credit of five "
         f"percent (5%) of that month's recurring fees for each full percentage point below the "
         f"target, up to a maximum of twenty-five percent (25%). Service credits are {C}'s "
         f"sole remedy for unavailability."],
        [f"Maintenance includes corrections, patches and new releases that {V} makes generally "
         f"available to its customers, and remote assistance during normal business hours. "
         f"Custom development, data clean-up and on-site visits are billed at {V}'s then-current "
         f"professional services rates."],
    ]
    return opts[v % len(opts)]


def warranty(v, V, C):
    opts = [
        [f"{V} warrants that the Services will perform materially in accordance with the "
         f"Documentation. {C}'s exclusive remedy for breach of this warranty is for {V} to "
         f"correct the non-conformity or, if it cannot do so within a reasonable time, to "
         f"refund the prepaid fees for the affected Services.",
         "EXCEPT AS EXPRESSLY STATED IN THIS AGREEMENT, THE SERVICES ARE PROVIDED \"AS IS\" AND "
         "EACH PARTY DISCLAIMS ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING WARRANTIES "
         "OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE."],
        [f"{C} remains solely responsible for all clinical decisions and for the accuracy of "
         f"the codes and charges it submits to payers. The software is a tool to assist "
         f"{C}'s staff and does not provide medical, legal or billing advice."],
    ]
    return opts[v % len(opts)]


def liability(v, V, C):
    opts = [
        ["IN NO EVENT WILL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, "
         "CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST PROFITS OR REVENUE, EVEN IF ADVISED OF "
         "THEIR POSSIBILITY.",
         "EACH PARTY'S TOTAL LIABILITY ARISING OUT OF THIS AGREEMENT WILL NOT EXCEED THE FEES "
         "PAID OR PAYABLE BY CUSTOMER IN THE TWELVE (12) MONTHS BEFORE THE EVENT GIVING RISE TO "
         "THE CLAIM. THESE LIMITS DO NOT APPLY TO BREACH OF CONFIDENTIALITY OR TO A PARTY'S "
         "INDEMNIFICATION OBLIGATIONS."],
        [f"{V}'s aggregate liability under this Agreement, whether in contract, tort or "
         f"otherwise, shall be limited to the amounts actually paid by {C} to {V} during the "
         f"six (6) months immediately preceding the claim. Neither party shall be liable for "
         f"loss of data, business interruption, or any consequential loss."],
        [f"{V} shall defend {C} against any third-party claim that the software, as delivered, "
         f"infringes a United States patent, copyright or trade secret, and shall pay any "
         f"resulting damages finally awarded, provided {C} gives prompt notice and reasonable "
         f"cooperation.",
         "Except for the indemnity above, neither party's liability will exceed one times the "
         "annual fees, and neither party will be liable for lost profits or indirect damages."],
    ]
    return opts[v % len(opts)]


def general(v, V, C, state="Delaware"):
    opts = [
        [f"This Agreement is governed by the laws of the State of {state}, without regard to "
         f"its conflict-of-laws rules. Neither party may assign this Agreement without the "
         f"other's consent, except to a successor to substantially all of its business. "
         f"Notices must be in writing and sent to the addresses on the signature page.",
         "This Agreement, together with its schedules and exhibits, is the entire agreement of "
         "the parties on its subject matter and supersedes all prior proposals and "
         "understandings. It may be amended only in a writing signed by both parties."],
        [f"Governing law: {state}. Force majeure: neither party is liable for delay caused by "
         f"events beyond its reasonable control, other than payment obligations. Independent "
         f"contractors: nothing in this Agreement creates a partnership or agency. "
         f"Counterparts and electronic signatures are permitted."],
        [f"This Agreement shall be construed in accordance with the laws of the State of "
         f"{state}. Any waiver must be in writing. If any provision is held unenforceable, "
         f"the remainder shall continue in effect. Sections that by their nature should survive "
         f"termination shall survive."],
    ]
    return opts[v % len(opts)]


def hipaa(v, V, C):
    opts = [
        [f"The parties will enter into, and comply with, a Business Associate Agreement that "
         f"meets the requirements of 45 C.F.R. Parts 160 and 164 before {V} receives any "
         f"protected health information of {C}."],
        [f"{V} shall implement administrative, physical and technical safeguards that "
         f"reasonably and appropriately protect the confidentiality, integrity and availability "
         f"of electronic protected health information it creates, receives, maintains or "
         f"transmits on behalf of {C}, and shall report any security incident of which it "
         f"becomes aware without unreasonable delay."],
    ]
    return opts[v % len(opts)]
