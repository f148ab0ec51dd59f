"""blind_l content, part B: pass-through documents (fee shapes 11-18) and two vendor-covers documents."""


def pt(amount, unit, period):
    return {"coverage": "pass_through",
            "cpt_fee": {"amount": float(amount), "unit": unit, "period": period}}


def cov(c):
    return {"coverage": c, "cpt_fee": None}


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_billing_service_period_not_stated",
    "vendor": "Ostrander Medical Billing Partners, LLC",
    "description": "Billing-service agreement: Client reimburses the Company's AMA CPT licence at $16.00 per rendering provider, with no period stated anywhere; the 5.5% collections fee is a trap.",
    "label": pt(16.00, "provider", None),
    "font": "Times", "size": 10.5,
    "header": "Ostrander Medical Billing Partners, LLC - Billing Services Agreement",
    "blocks": [
        ("title", "BILLING SERVICES AGREEMENT"),
        ("pj", "This Billing Services Agreement (\"Agreement\") is entered into as of August 18, 2025 by Ostrander Medical "
               "Billing Partners, LLC, a Georgia limited liability company (\"Company\"), and Peachtree Hollow "
               "Neurology, P.C. (\"Client\")."),
        ("h", "1. Services"),
        ("pj", "Company will prepare and submit Client's professional claims, post payments, work denials and follow up "
               "on unpaid balances, using Company's own practice management system (the \"System\"). Client remains "
               "responsible for the accuracy of its clinical documentation and code selection."),
        ("h", "2. Compensation"),
        ("cl", "2.1", "Service fee. Client shall pay Company five and one-half percent (5.5%) of Net Collections. The "
                      "service fee is invoiced monthly, by the tenth day of the following month."),
        ("cl", "2.2", "CPT license. The System contains CPT codes and descriptors that Company licenses from the "
                      "American Medical Association. Client shall reimburse Company for the AMA CPT license "
                      "attributable to Client at the rate of $16.00 per rendering provider. This reimbursement is "
                      "invoiced separately from the service fee."),
        ("cl", "2.3", "Out-of-pocket costs. Postage for paper claims and patient statements is passed through at cost."),
        ("h", "3. Client responsibilities"),
        ("pj", "Client shall deliver encounter information within three business days of each date of service and "
               "shall promptly forward all payer correspondence it receives."),
        ("h", "4. Term"),
        ("pj", "This Agreement has an initial term of two years and renews for one-year terms unless either party gives "
               "ninety days' written notice of non-renewal."),
        ("h", "5. Business associate terms"),
        ("pj", "The Business Associate Agreement attached as Exhibit A is incorporated into this Agreement."),
        ("sp", 10),
        ("table", [
            ["OSTRANDER MEDICAL BILLING PARTNERS, LLC", "PEACHTREE HOLLOW NEUROLOGY, P.C."],
            ["By: Delphine Ostrander, Managing Member", "By: Farid Haddad, M.D., President"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_amendment_two_raises_fee",
    "vendor": "Vantablue Health Software, Inc.",
    "description": "Amendment No. 2 replaces the $18.00 CPT Sublicense Fee with $19.50 per Provider per year from January 1, 2026; superseded fee and the Amendment No. 1 subscription price are traps.",
    "label": pt(19.50, "provider", "year"),
    "font": "Times", "size": 11,
    "header": "Vantablue Health Software, Inc. - Amendment No. 2",
    "blocks": [
        ("title", "AMENDMENT NO. 2 TO SUBSCRIPTION AGREEMENT"),
        ("pj", "This Amendment No. 2 (\"Amendment\") is made as of November 20, 2025 between Vantablue Health Software, "
               "Inc. (\"Vantablue\") and Kettle Moraine Family Physicians, S.C. (\"Customer\") and amends the "
               "Subscription Agreement between them dated April 2, 2023, as previously amended by Amendment No. 1 "
               "dated May 1, 2024 (together, the \"Agreement\")."),
        ("h", "Recitals"),
        ("cl", "A.", "Amendment No. 1 set the Subscription Fee at $310.00 per Provider per month."),
        ("cl", "B.", "Section 5.4 of the Agreement provides that Customer pays a CPT Sublicense Fee of $18.00 per "
                     "Provider per year, reimbursing the royalty Vantablue pays the American Medical Association."),
        ("cl", "C.", "The American Medical Association has increased the royalty it charges Vantablue, and the parties "
                     "wish to amend Section 5.4 accordingly."),
        ("h", "Agreement"),
        ("cl", "1.", "Effective January 1, 2026, Section 5.4 of the Agreement is amended by deleting \"$18.00\" and "
                     "inserting \"$19.50\" in its place."),
        ("cl", "2.", "The Subscription Fee is not changed by this Amendment."),
        ("cl", "3.", "Except as amended by this Amendment, the Agreement continues in full force and effect. If this "
                     "Amendment and the Agreement conflict, this Amendment controls."),
        ("cl", "4.", "This Amendment may be signed in counterparts and by electronic signature."),
        ("sp", 14),
        ("table", [
            ["VANTABLUE HEALTH SOFTWARE, INC.", "KETTLE MORAINE FAMILY PHYSICIANS, S.C."],
            ["By: /s/ Priya Raman", "By: /s/ Gerald Stoltz"],
            ["Title: VP, Customer Contracts", "Title: Administrator"],
            ["Date: November 20, 2025", "Date: November 24, 2025"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_renewal_notice_moves_to_monthly",
    "vendor": "Greywing Therapy Platforms, Inc.",
    "description": "Renewal notice: the AMA CPT fee moves from $20.00 per user once a year to $1.70 per user on each monthly invoice from the March 2026 renewal; superseded annual fee and the subscription increase are traps.",
    "label": pt(1.70, "user", "month"),
    "font": "Helvetica", "size": 10,
    "footer": "Greywing Therapy Platforms, Inc. - 300 Alder Court, Madison, WI 53703 - renewals@greywing.example",
    "blocks": [
        ("mono", ["From:    Greywing Renewals <renewals@greywing.example>",
                  "To:      office@northlakecounseling.example",
                  "Date:    January 15, 2026",
                  "Subject: Your Greywing plan renews on March 1, 2026 - what changes"]),
        ("hr",),
        ("p", "Hello Northlake Counseling Collective,"),
        ("p", "Your Greywing Group plan renews automatically on <b>March 1, 2026</b> for another twelve months. Two "
              "things change at renewal:"),
        ("cl", "1.", "<b>Subscription.</b> The price goes from $69 to $74 per clinician per month. This is our first "
                     "price change since 2023."),
        ("cl", "2.", "<b>AMA CPT fee.</b> Until now we billed the American Medical Association's CPT fee once a year, "
                     "at $20.00 per user, on your January invoice. Starting with this renewal that once-a-year charge "
                     "ends. Instead, the AMA CPT fee will be added to each monthly invoice at $1.70 per user."),
        ("p", "The AMA CPT fee covers the royalty Greywing pays the AMA so your team can pick CPT codes in notes and "
              "superbills. It is billed in addition to the subscription."),
        ("p", "Nothing else about your plan changes. If you don't want to renew, reply before February 14, 2026 and we "
              "will close your account at the end of the current term."),
        ("p", "Thanks for being with us,"),
        ("p", "The Greywing Renewals Team<br/>Greywing Therapy Platforms, Inc."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_billing_service_provider_is_practice_sum",
    "vendor": "Copperline Billing Services, LLC",
    "description": "Billing-service agreement where 'Provider' is the practice: Provider reimburses the $18.50 AMA royalty plus a $3.00 administrative charge per Provider Clinician per calendar year (sum 21.50); 6% fee is a trap.",
    "label": pt(21.50, "provider", "year"),
    "font": "Times", "size": 10.5,
    "header": "Copperline Billing Services, LLC - Revenue Cycle Services Agreement",
    "blocks": [
        ("title", "REVENUE CYCLE SERVICES AGREEMENT"),
        ("pj", "This Agreement is between Copperline Billing Services, LLC (\"Copperline\") and Aster Valley Cardiology, "
               "P.C. (\"Provider\"), and is effective October 1, 2025."),
        ("h", "1. Definitions"),
        ("cl", "1.1", "\"Provider Clinician\" means each physician or non-physician practitioner who renders services "
                      "billed under Provider's tax identification number."),
        ("cl", "1.2", "\"Platform\" means the practice management and coding software Copperline uses to perform the "
                      "Services and to which Provider's staff are given read-only access."),
        ("h", "2. Services"),
        ("pj", "Copperline shall code from Provider's documentation, submit claims, post remittances and pursue denials "
               "and patient balances in accordance with Schedule 1."),
        ("h", "3. Fees"),
        ("cl", "3.1", "Provider shall pay Copperline six percent (6%) of collections received on claims submitted by "
                      "Copperline, invoiced monthly."),
        ("cl", "3.2", "The Platform contains CPT content that Copperline sublicenses under its agreement with the "
                      "American Medical Association. For each Provider Clinician, Provider shall reimburse the "
                      "royalty cost of $18.50 per calendar year, together with an administrative charge of $3.00 per "
                      "Provider Clinician per calendar year for royalty reporting."),
        ("cl", "3.3", "Amounts under Section 3.2 are invoiced in January, or in the month a Provider Clinician is added."),
        ("h", "4. Provider obligations"),
        ("pj", "Provider shall supply complete documentation, keep credentialing current with payers and notify "
               "Copperline within five days when a Provider Clinician joins or leaves."),
        ("h", "5. Term"),
        ("pj", "The term is three years. Provider may terminate for convenience on 120 days' notice after the first "
               "anniversary."),
        ("sp", 10),
        ("table", [
            ["COPPERLINE BILLING SERVICES, LLC", "ASTER VALLEY CARDIOLOGY, P.C."],
            ["By: Howard Leung, President", "By: Beatriz Salcedo, M.D."],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_clearinghouse_surcharge_per_account_month",
    "vendor": "Meridale Claims Exchange, Inc.",
    "description": "Clearinghouse agreement ('Provider' = practice): CPT Content Surcharge of $6.00 per month for each Submitter Account; per-claim and ERA prices are traps.",
    "label": pt(6.00, "organization", "month"),
    "font": "Helvetica", "size": 9.5,
    "footer": "Meridale Claims Exchange, Inc. - Clearinghouse Services Agreement - Form MCE-CSA-2025",
    "blocks": [
        ("title", "CLEARINGHOUSE SERVICES AGREEMENT"),
        ("p", "Meridale Claims Exchange, Inc. (\"Meridale\") and Aldous Road Family Practice, LLC (\"Provider\") agree "
              "as follows, effective December 1, 2025."),
        ("cl", "1.", "Services. Meridale will receive Provider's claim files, edit them, forward them to payers, and return "
                     "payer acknowledgements and electronic remittance advice (ERA)."),
        ("cl", "2.", "Submitter Account. Meridale will open one Submitter Account for Provider. All of Provider's "
                     "locations and billing staff submit through that account."),
        ("cl", "3.", "Provider Data. Provider is responsible for the accuracy of the data it submits."),
        ("h", "Fee schedule"),
        ("table", [
            ["Service", "Charge"],
            ["Professional claims (837P)", "$0.29 per claim"],
            ["Claim status inquiries", "$0.10 per inquiry"],
            ["ERA (835) retrieval and posting file", "Included"],
            ["CPT Content Surcharge (see Section 7)", "$6.00 per month for each Submitter Account"],
            ["Paper claim conversion", "$0.45 per page"],
        ], {"ruled": True, "widths": [3.2, 3.0]}),
        ("cl", "7.", "CPT content. Meridale's claim scrubber displays CPT descriptors and edit messages that Meridale "
                     "licenses from the American Medical Association. The CPT Content Surcharge recovers the associated "
                     "royalty and is billed in addition to the transaction charges."),
        ("cl", "8.", "Invoices. Meridale invoices monthly in arrears by ACH debit."),
        ("cl", "9.", "Term. Month to month; either party may terminate on 30 days' notice."),
        ("sp", 8),
        ("kv", [["Meridale Claims Exchange, Inc.", "By: Naomi Feld, Director of Provider Services"],
                ["Aldous Road Family Practice, LLC", "By: Kyle Brannigan, Office Manager"]], [2.2, 3.2]),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_invoice_annual_line_with_credit",
    "vendor": "Lumenfield Practice Cloud, Inc.",
    "description": "Invoice: 'AMA CPT annual licence, calendar 2026' at $19.25 per user; monthly subscription, a credit at the superseded 2025 rate and totals are traps.",
    "label": pt(19.25, "user", "year"),
    "font": "Helvetica", "size": 10,
    "footer": "Lumenfield Practice Cloud, Inc. - Remit to: PO Box 4410, Boise, ID 83704 - billing@lumenfield.example",
    "blocks": [
        ("ltitle", "INVOICE"),
        ("kv", [["From", "Lumenfield Practice Cloud, Inc."],
                ["Bill to", "Cedar Hollow Physical Therapy, LLC, 77 Orchard Row, Nampa, ID 83651"],
                ["Invoice no.", "INV-260114"],
                ["Invoice date", "January 2, 2026"],
                ["Terms", "Net 15"]], [1, 3.4]),
        ("table", [
            ["Description", "Qty", "Rate", "Amount"],
            ["Lumenfield Cloud subscription - January 2026 (per user per month)", "3", "$129.00", "$387.00"],
            ["AMA CPT annual licence - calendar 2026 (per user)", "3", "$19.25", "$57.75"],
            ["HCPCS Level II annual update", "1", "$0.00", "$0.00"],
            ["Credit - 2025 AMA CPT licence charged twice for one user last year", "1", "-$18.75", "-$18.75"],
            ["Sales tax", "", "", "$0.00"],
            ["Total due", "", "", "$426.00"],
        ], {"ruled": False, "widths": [4.2, 0.6, 1.0, 1.1], "total_line": True}),
        ("h", "Notes"),
        ("bul", ["The AMA CPT annual licence is the American Medical Association's royalty for CPT codes used in "
                 "Lumenfield, which we collect from each customer once a year for every user on the account.",
                 "The credit reverses a 2025 charge made at the 2025 rate.",
                 "Pay online at pay.lumenfield.example or by ACH using the remittance details above."]),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_fee_sentence_split_across_page_break",
    "vendor": "Saltmarsh Medical Informatics, Ltd.",
    "description": "Licence agreement whose CPT fee sentence starts at the foot of page 1 and finishes on page 2: $17.75 per Authorized User per year.",
    "label": pt(17.75, "user", "year"),
    "font": "Times", "size": 11,
    "header": "Saltmarsh Medical Informatics, Ltd. - Software Licence and Support Agreement",
    "blocks": [
        ("title", "SOFTWARE LICENCE AND SUPPORT AGREEMENT"),
        ("pj", "Between Saltmarsh Medical Informatics, Ltd., a Delaware corporation (\"Saltmarsh\"), and Brightkeel "
               "Gastroenterology Associates, LLP (\"Customer\"), dated July 7, 2025."),
        ("h", "1. Licence"),
        ("pj", "Saltmarsh grants Customer a non-exclusive, non-transferable licence to install and use the Saltmarsh "
               "Endoscopy Reporting software (the \"Software\") on Customer's servers for Customer's internal purposes."),
        ("h", "2. Authorized Users"),
        ("pj", "\"Authorized User\" means an individual employee or contractor of Customer who is issued a login to the "
               "Software. Customer shall keep a current list of Authorized Users and provide it to Saltmarsh on request."),
        ("h", "3. Support"),
        ("pj", "Saltmarsh will provide telephone and e-mail support during business hours and will deliver updates, "
               "including annual code set updates, as they become generally available."),
        ("h", "4. Licence and Support Fees"),
        ("pj", "The perpetual licence fee is $38,000, payable on installation. Annual support is eighteen percent (18%) "
               "of the licence fee, payable in advance on each anniversary of installation."),
        ("h", "5. Warranty"),
        ("pj", "For ninety days after installation Saltmarsh warrants that the Software will perform substantially in "
               "accordance with its documentation."),
        ("h", "6. Confidentiality"),
        ("pj", "Each party shall protect the other's confidential information with at least reasonable care and "
               "shall use it only to perform this Agreement. These obligations survive for three years after "
               "termination, and indefinitely for patient information."),
        ("h", "6A. Installation and Acceptance"),
        ("pj", "Saltmarsh will install the Software remotely within twenty business days after Customer makes its "
               "servers available. Customer will test the Software against the acceptance criteria in the "
               "documentation within fifteen business days; the Software is accepted when those criteria are met or "
               "when Customer first uses it to report a live procedure, whichever is earlier."),
        ("h", "6B. Customer Responsibilities"),
        ("pj", "Customer shall maintain the server environment described in the documentation and keep backups of "
               "its database."),
        ("h", "7. CPT Content"),
        ("cl", "7.1", "The Software contains CPT codes and descriptors of the American Medical Association (\"AMA\")."),
        ("cl", "7.2", "Saltmarsh, as a distributor authorized by the AMA, grants Customer a sublicence to use that CPT "
                      "content within the Software only."),
        ("cl", "7.3", "CPT Licence Fee. In consideration of the sublicence in Section 7.2, Customer shall pay Saltmarsh "
                      "a CPT licence fee in the amount of"),
        ("pb",),
        ("cl", "", "seventeen dollars and seventy-five cents ($17.75) per Authorized User per year, invoiced each January "
               "and in addition to the support fee."),
        ("cl", "7.4", "Customer consents to Saltmarsh reporting Customer's name and Authorized User count to the AMA."),
        ("h", "8. Limitation of Liability"),
        ("pj", "Neither party is liable for indirect or consequential damages. Saltmarsh's total liability is limited "
               "to the fees paid in the twelve months before the claim."),
        ("h", "9. General"),
        ("pj", "This Agreement is governed by the laws of the State of Delaware and is the entire agreement of the parties."),
        ("sp", 12),
        ("table", [
            ["SALTMARSH MEDICAL INFORMATICS, LTD.", "BRIGHTKEEL GASTROENTEROLOGY ASSOCIATES, LLP"],
            ["By: Oona Castellanos, COO", "By: Martin Ekwueme, M.D., Partner"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_double_negative_royalty_invoiced",
    "vendor": "Kestrelbrook Solutions, Inc.",
    "description": "Double negative ('Nothing ... shall be construed as relieving Licensee of ... the CPT Royalty') plus a relative clause: the CPT Royalty is invoiced at $18.90 per Provider per annum.",
    "label": pt(18.90, "provider", "year"),
    "font": "Helvetica", "size": 10,
    "footer": "Kestrelbrook Solutions, Inc. - End User Licence Agreement - v2025.2",
    "blocks": [
        ("title", "END USER LICENCE AGREEMENT"),
        ("p", "Kestrelbrook Solutions, Inc. (\"Kestrelbrook\") - Licensee: Ridgeline Sports Medicine, PLLC (\"Licensee\")"),
        ("h", "8. CPT"),
        ("cl", "8.1", "Kestrelbrook holds a distribution agreement with the American Medical Association (\"AMA\") and "
                      "sublicenses CPT to Licensee for use inside the Software."),
        ("cl", "8.2", "Nothing in this Agreement shall be construed as relieving Licensee of its obligation to pay the "
                      "CPT Royalty. The CPT Royalty, which Kestrelbrook remits to the AMA on Licensee's behalf, shall be "
                      "invoiced by Kestrelbrook at $18.90 per Provider per annum."),
        ("cl", "8.3", "Licensee is not required to obtain a separate licence from the AMA for its use of CPT within the "
                      "Software."),
        ("cl", "8.4", "\"Provider\" in this Section 8 means a licensed practitioner of Licensee who bills under his or "
                      "her own NPI using the Software."),
        ("cl", "8.5", "The CPT Royalty is not included in the Licence Fee of $7,200 per year or in any implementation fee."),
        ("h", "9. Required notices"),
        ("small", "CPT only (c) 2025 American Medical Association. All rights reserved. The AMA does not directly or "
                  "indirectly practice medicine or dispense medical services. Fee schedules, relative value units, "
                  "conversion factors and/or related components are not assigned by the AMA, are not part of CPT, and "
                  "the AMA is not recommending their use."),
        ("small", "U.S. Government rights: CPT is commercial technical data developed exclusively at private expense by "
                  "the AMA; applicable FAR/DFARS restrictions apply to use by the Government."),
        ("h", "10. Acceptance"),
        ("p", "By clicking \"I agree\" the individual accepting this Agreement confirms that he or she is authorized to "
              "bind Licensee."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_plain_sublicense_royalty_included",
    "vendor": "Harrowgate EHR, LLC",
    "description": "Plainly written EHR terms: Harrowgate is an AMA distributor, grants a sublicense, pays the royalty and includes it in the subscription with no separate CPT charge.",
    "label": cov("vendor_covers"),
    "font": "Helvetica", "size": 10.5,
    "footer": "Harrowgate EHR, LLC - Customer Terms - harrowgate.example/terms",
    "blocks": [
        ("ltitle", "Harrowgate EHR - Customer Terms"),
        ("p", "These terms are between Harrowgate EHR, LLC (\"Harrowgate\", \"we\") and the practice that signs up "
              "(\"you\"). They are written to be read, so we have kept them short."),
        ("h", "1. Your subscription"),
        ("p", "You pay $350 per provider per month. That price covers the EHR, the patient portal, e-prescribing and "
              "standard support."),
        ("h", "2. CPT codes"),
        ("bul", ["Harrowgate is an authorized distributor of CPT under a license agreement with the American Medical "
                 "Association (AMA).",
                 "We grant you a limited, non-exclusive, non-transferable sublicense to use CPT inside Harrowgate for "
                 "your practice in the United States.",
                 "We pay the AMA royalty for all of your users. The royalty is included in your subscription price. "
                 "There is no separate CPT charge, now or at renewal.",
                 "You don't need your own AMA license to use CPT in Harrowgate."]),
        ("h", "3. Rules that come with CPT"),
        ("p", "You may not copy CPT out of Harrowgate for resale, share it with another company, or make it public. "
              "If our agreement with the AMA ends, your sublicense ends too unless you have licensed CPT from the AMA "
              "directly."),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved. CPT is a registered "
                  "trademark of the American Medical Association."),
        ("h", "4. Cancelling"),
        ("p", "You can cancel at the end of any month with 30 days' notice. We'll give you an export of your data."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_proposal_table_included_row",
    "vendor": "Pinecrest Ledger Technologies, Inc.",
    "description": "Ruled proposal table: 'CPT code set license (AMA) - Included' row beside per-user and per-provider seat prices; footnote says no separate AMA charge.",
    "label": cov("vendor_covers"),
    "font": "Times", "size": 11,
    "footer": "Pinecrest Ledger Technologies, Inc. - Proposal for Westbury Allergy & Asthma Center, P.C.",
    "blocks": [
        ("ltitle", "Pinecrest Ledger Technologies, Inc."),
        ("p", "<b>Pricing proposal</b> for Westbury Allergy &amp; Asthma Center, P.C. - November 7, 2025"),
        ("table", [
            ["Component", "Price", "Notes"],
            ["Pinecrest PM seat", "$65.00 per user / month", "billing, scheduling, front desk"],
            ["Pinecrest EHR seat", "$189.00 per provider / month", "includes e-prescribing"],
            ["CPT\u00ae code set license (AMA)", "Included *", "for all PM and EHR seats"],
            ["CDT code set", "Not applicable", "medical practice"],
            ["Clearinghouse connection", "$95.00 per month", "unlimited 837P claims"],
            ["Data migration", "$3,200.00 one-time", "from current system"],
        ], {"ruled": True, "widths": [2.3, 2.0, 2.3]}),
        ("small", "* Included means the AMA royalty for CPT is built into the seat prices and paid by Pinecrest Ledger "
                  "Technologies, Inc. under its distribution agreement with the AMA. No separate AMA or CPT charge "
                  "will be invoiced."),
        ("h", "Assumptions"),
        ("bul", ["4 providers and 9 PM users at go-live.",
                 "36-month initial term; seat prices fixed for the term.",
                 "Prices exclude taxes."]),
        ("p", "Contact: Graham Osei, Account Executive, graham.osei@pinecrestledger.example"),
    ],
})
