"""blind_l content, part C: vendor-covers documents."""


def cov(c):
    return {"coverage": c, "cpt_fee": None}


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_faq_we_absorb_royalty",
    "vendor": "Bramblewood Health Apps, Inc.",
    "description": "Casual FAQ: Bramblewood pays the AMA CPT royalty itself and does not pass it on; users need no AMA licence for use inside the app; the $18-$20 other-vendor figure is a trap.",
    "label": cov("vendor_covers"),
    "font": "Helvetica", "size": 10.5,
    "footer": "Bramblewood Health Apps, Inc. - support.bramblewood.example - Article 2291",
    "blocks": [
        ("ltitle", "AMA fees and CPT codes: do we charge you?"),
        ("small", "Last reviewed February 2, 2026 by the Bramblewood support team"),
        ("p", "Short answer: <b>no</b>. Longer answers below."),
        ("h", "I heard other EHRs are adding an AMA fee. Is Bramblewood doing that?"),
        ("p", "No. A number of companies now add a yearly line of around $18 to $20 per clinician for the American "
              "Medical Association's CPT royalty. Bramblewood Health Apps, Inc. pays that royalty to the AMA itself, "
              "and we have decided not to pass it on to you. It's part of what your subscription already pays for."),
        ("h", "Do I need my own AMA license to pick CPT codes in Bramblewood?"),
        ("p", "Not for Bramblewood. Your use of CPT inside the app is covered by our distribution agreement with the AMA. "
              "If you also use CPT in another system, such as a separate billing service or a coding book, that "
              "vendor's own terms apply there."),
        ("h", "Will this change at renewal?"),
        ("p", "We have no plans to change it. If that ever changed, we would tell you at least 90 days before any "
              "renewal where it would apply, and you could leave without penalty."),
        ("h", "Who counts as a user?"),
        ("p", "It doesn't matter for billing. Add as many front-desk and billing logins as you need; they are free on "
              "every plan."),
        ("h", "Where are the AMA notices?"),
        ("p", "In the app under Help > Legal. They include the AMA's copyright statement and its disclaimers."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_amendment_deletes_pass_through",
    "vendor": "Thistledown Software, Inc.",
    "description": "Amendment No. 1 (effective March 1, 2026) deletes the $18.00 per-provider CPT Pass-Through Fee and makes Thistledown pay all AMA royalties, with a pro-rata credit; the old fee is superseded.",
    "label": cov("vendor_covers"),
    "font": "Times", "size": 11,
    "header": "Thistledown Software, Inc. - Amendment No. 1 to Master Agreement TS-0942",
    "blocks": [
        ("title", "AMENDMENT NO. 1"),
        ("subtitle", "to the Master Agreement dated June 12, 2024 (the \"Agreement\") between Thistledown Software, Inc. "
                     "(\"Thistledown\") and Cobalt Mesa Pain Management, PLLC (\"Customer\")"),
        ("pj", "WHEREAS, Section 9.3 of the Agreement requires Customer to pay a CPT Pass-Through Fee of $18.00 per "
               "Provider per year to reimburse Thistledown for royalties owed to the American Medical Association "
               "(\"AMA\"); and"),
        ("pj", "WHEREAS, Thistledown has agreed to absorb those royalties going forward;"),
        ("pj", "NOW, THEREFORE, the parties agree as follows:"),
        ("cl", "1.", "Effective March 1, 2026, Section 9.3 of the Agreement is deleted in its entirety and replaced with "
                     "the following:"),
        ("pj", "<i>\"9.3 CPT Royalties. Thistledown shall pay all royalties due to the AMA in respect of Customer's use "
               "of CPT within the Software. No CPT fee, surcharge or pass-through shall be charged to Customer.\"</i>"),
        ("cl", "2.", "Thistledown will credit, on Customer's next invoice, the portion of any 2026 CPT Pass-Through Fee "
                     "already invoiced that relates to the period after February 28, 2026."),
        ("cl", "3.", "All other terms of the Agreement remain unchanged. If this Amendment conflicts with the Agreement, "
                     "this Amendment governs."),
        ("sp", 14),
        ("table", [
            ["THISTLEDOWN SOFTWARE, INC.", "COBALT MESA PAIN MANAGEMENT, PLLC"],
            ["By: /s/ Wendell Apostol", "By: /s/ Irene Vukovic"],
            ["Title: Chief Revenue Officer", "Title: Practice Administrator"],
            ["Date: February 10, 2026", "Date: February 12, 2026"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_double_negative_no_royalty_required",
    "vendor": "Orrin Valley Systems Corporation",
    "description": "Formal licence: 'Nothing ... shall be construed as requiring Customer to obtain a license from the AMA, or to pay any royalty'; all royalties borne by Orrin Valley.",
    "label": cov("vendor_covers"),
    "font": "Times", "size": 10.5,
    "header": "Orrin Valley Systems Corporation - Software License Agreement No. OV-3318",
    "blocks": [
        ("title", "SOFTWARE LICENSE AGREEMENT"),
        ("pj", "This Software License Agreement is entered into on September 2, 2025 by Orrin Valley Systems Corporation, "
               "a Minnesota corporation (\"Orrin Valley\"), and Lindqvist Pediatric Associates, P.A. (\"Customer\")."),
        ("h", "Article 3 - Licensed Programs"),
        ("cl", "3.1", "Orrin Valley grants Customer a non-exclusive license to use the Licensed Programs listed in "
                      "Schedule A for Customer's internal operations."),
        ("cl", "3.2", "The Licensed Programs incorporate the CPT code set of the American Medical Association (\"AMA\"), "
                      "which Orrin Valley distributes under a license agreement with the AMA."),
        ("h", "Article 4 - Fees"),
        ("cl", "4.1", "Customer shall pay the annual License Fee of $46,500 and the Maintenance Fee stated in Schedule A."),
        ("cl", "4.2", "Nothing in this Agreement shall be construed as requiring Customer to obtain a license from the "
                      "AMA, or to pay any royalty or fee to Orrin Valley or to the AMA, for Customer's use of CPT within "
                      "the Licensed Programs. All such royalties are borne by Orrin Valley."),
        ("cl", "4.3", "The Fees are not subject to any surcharge, pass-through or adjustment on account of CPT."),
        ("h", "Article 5 - Restrictions"),
        ("pj", "Customer shall not distribute CPT outside the Licensed Programs, create derivative works of it, or "
               "permit its use by any other legal entity."),
        ("h", "Article 11 - Notices required by the AMA"),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved. Fee schedules, relative "
                  "value units, conversion factors and/or related components are not assigned by the AMA, are not part "
                  "of CPT, and the AMA is not recommending their use. The AMA does not directly or indirectly practice "
                  "medicine or dispense medical services."),
        ("sp", 10),
        ("table", [
            ["ORRIN VALLEY SYSTEMS CORPORATION", "LINDQVIST PEDIATRIC ASSOCIATES, P.A."],
            ["By: Harriet Orrin, General Counsel", "By: Sven Lindqvist, M.D."],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_billing_company_bears_licence_cost",
    "vendor": "Redfern Revenue Cycle Partners, LLC",
    "description": "Billing-service agreement ('Provider' = the practice): Redfern obtains and maintains all AMA CPT licences for its systems at its sole cost and will not charge Provider; 4.9% fee is a trap.",
    "label": cov("vendor_covers"),
    "font": "Courier", "size": 9.5,
    "footer": "REDFERN REVENUE CYCLE PARTNERS, LLC - MEDICAL BILLING AGREEMENT - RRCP-MBA-7",
    "blocks": [
        ("ltitle", "MEDICAL BILLING AGREEMENT"),
        ("p", "PARTIES: Redfern Revenue Cycle Partners, LLC (\"Redfern\") and Lakeshore Podiatry Associates, P.C. "
              "(\"Provider\"). EFFECTIVE DATE: January 1, 2026."),
        ("hr",),
        ("cl", "1.", "ENGAGEMENT. Provider engages Redfern to perform coding review, charge entry, claim submission, "
                     "payment posting and accounts receivable follow-up for Provider's professional services."),
        ("cl", "2.", "SYSTEMS. Redfern performs the Services on practice management and coding systems that Redfern "
                     "selects, hosts and controls. Provider's staff receive view-only access to reports."),
        ("cl", "3.", "CODE SET LICENSES. Redfern shall obtain and maintain, at its sole cost and expense, all licenses "
                     "required from the American Medical Association for use of CPT in the systems Redfern uses to "
                     "perform the Services, including Provider's view-only access, and shall not charge Provider for "
                     "them."),
        ("cl", "4.", "FEES. Provider shall pay Redfern 4.9% of net collections on claims Redfern submits, invoiced "
                     "monthly. Patient statement postage is billed at cost."),
        ("cl", "5.", "PROVIDER DUTIES. Provider is responsible for the accuracy and completeness of its documentation "
                     "and for final code selection."),
        ("cl", "6.", "HIPAA. The parties' Business Associate Agreement is attached as Exhibit 1."),
        ("cl", "7.", "TERM. Twelve months, renewing month to month thereafter. Either party may terminate on sixty "
                     "days' notice."),
        ("sp", 8),
        ("p", "REDFERN REVENUE CYCLE PARTNERS, LLC    By: Marisol Ibarra, CEO"),
        ("p", "LAKESHORE PODIATRY ASSOCIATES, P.C.    By: Dr. Quentin Abara"),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_price_list_zero_cpt_row",
    "vendor": "Calloway-Minter Health IT, Inc.",
    "description": "Unruled 2026 price list: 'AMA CPT royalty $0.00 (paid by Calloway-Minter)'; the drug database, EHR and fax prices are traps.",
    "label": cov("vendor_covers"),
    "font": "Helvetica", "size": 10,
    "footer": "Calloway-Minter Health IT, Inc. - 2026 List Prices - effective January 1, 2026",
    "blocks": [
        ("ltitle", "2026 List Prices"),
        ("p", "Calloway-Minter Health IT, Inc. - ambulatory EHR for independent practices"),
        ("table", [
            ["Item", "Price", "Basis"],
            ["Core EHR (charting, orders, results, portal)", "$299.00", "per provider per month"],
            ["Practice management add-on", "$99.00", "per provider per month"],
            ["AMA CPT royalty", "$0.00", "paid by Calloway-Minter"],
            ["ICD-10-CM and HCPCS Level II updates", "$0.00", "government code sets"],
            ["Drug and allergy database (third-party)", "$12.00", "per provider per month"],
            ["Cloud fax", "$25.00", "per month, 500 pages"],
        ], {"ruled": False, "widths": [3.4, 1.0, 2.2]}),
        ("h", "How we handle CPT"),
        ("p", "Calloway-Minter is a distributor of CPT under an agreement with the American Medical Association. The "
              "royalty the AMA charges for each of your users is paid by Calloway-Minter and is not billed to you, "
              "which is why the CPT row shows $0.00."),
        ("h", "Other terms"),
        ("bul", ["Minimum term 12 months.", "Prices exclude applicable taxes.",
                 "The drug and allergy database is licensed from its publisher and its price may change with 60 days' notice."]),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_renewal_email_fee_dropped",
    "vendor": "Dovecote Clinic Software, Inc.",
    "description": "Renewal e-mail: the former $19.00 per-provider AMA CPT fee ends with the April 2026 renewal; Dovecote will pay the royalty and it is included in the unchanged subscription.",
    "label": cov("vendor_covers"),
    "font": "Helvetica", "size": 10.5,
    "footer": "Dovecote Clinic Software, Inc. - 12 Weir Street, Providence, RI 02903",
    "blocks": [
        ("mono", ["From:    Dovecote Billing <billing@dovecote.example>",
                  "To:      manager@harborviewent.example",
                  "Date:    February 3, 2026",
                  "Subject: Your 2026 renewal - one fewer line item"]),
        ("hr",),
        ("p", "Hi Marguerite,"),
        ("p", "Harborview ENT Associates' Dovecote subscription renews on <b>April 1, 2026</b>, and we have some good "
              "news about it."),
        ("p", "In 2024 and 2025 you saw an \"AMA CPT fee\" of $19.00 per provider on your January invoice. That fee "
              "ends with this renewal. From April 1, 2026, Dovecote Clinic Software, Inc. will pay the American "
              "Medical Association's royalty for your providers' use of CPT, and it is included in your subscription "
              "price, which stays at $210 per provider per month."),
        ("p", "You don't need to do anything. The renewal paperwork attached reflects the change in section 4, which "
              "now reads: \"Fees include all royalties payable to the American Medical Association for CPT used in "
              "the Service.\""),
        ("p", "If you have questions, just reply to this e-mail."),
        ("p", "Best,<br/>Anh Tran<br/>Billing Operations, Dovecote Clinic Software, Inc."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_exhibit_controls_over_body",
    "vendor": "Ambersmith Medical Systems, LLC",
    "description": "Body puts third-party licences (including CPT) on Customer, but Exhibit B grants a CPT sublicense with royalties included and paid by Ambersmith, and the precedence clause makes the Exhibit control.",
    "label": cov("vendor_covers"),
    "font": "Times", "size": 10.5,
    "header": "Ambersmith Medical Systems, LLC - System Agreement",
    "blocks": [
        ("title", "SYSTEM AGREEMENT"),
        ("pj", "This System Agreement is made on October 6, 2025 between Ambersmith Medical Systems, LLC "
               "(\"Ambersmith\") and Fairhaven Oncology Group, P.C. (\"Customer\")."),
        ("h", "3. Use of the System"),
        ("cl", "3.1", "Ambersmith will host the Ambersmith oncology EHR (the \"System\") and make it available to "
                      "Customer's personnel."),
        ("cl", "3.5", "Customer is responsible for obtaining any third-party licenses required for its use of the "
                      "System, including any license for CPT."),
        ("h", "6. Fees"),
        ("pj", "Customer shall pay the Fees in Exhibit A: $540 per provider per month and $45 per non-provider user "
               "per month."),
        ("h", "14. Miscellaneous"),
        ("cl", "14.1", "Entire agreement. This Agreement and its Exhibits are the entire agreement of the parties."),
        ("cl", "14.2", "Precedence. In the event of a conflict between the body of this Agreement and an Exhibit, the "
                       "Exhibit controls as to its subject matter."),
        ("pb",),
        ("title", "EXHIBIT B - CPT SUBLICENSE"),
        ("cl", "B1.", "Ambersmith is a distributor authorized by the American Medical Association (\"AMA\") to "
                      "sublicense CPT for use in the System."),
        ("cl", "B2.", "Ambersmith grants Customer a non-exclusive, non-transferable sublicense to use CPT within the "
                      "System for Customer's internal purposes in the United States."),
        ("cl", "B3.", "The royalties associated with this sublicense are included in the Fees and are paid to the AMA "
                      "by Ambersmith. Customer is not required to obtain a separate CPT license for use of the System."),
        ("cl", "B4.", "The sublicense ends if Ambersmith's agreement with the AMA ends, unless the AMA consents "
                      "otherwise or Customer enters into a direct license with the AMA."),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved."),
        ("sp", 8),
        ("table", [
            ["AMBERSMITH MEDICAL SYSTEMS, LLC", "FAIRHAVEN ONCOLOGY GROUP, P.C."],
            ["By: Colette Ambersmith, Manager", "By: Rahul Menon, M.D., CEO"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_clearinghouse_royalty_in_claim_fee",
    "vendor": "Northgate EDI Services, Inc.",
    "description": "Clearinghouse agreement ('Provider' = practice): Northgate holds an AMA distribution licence and the royalty is part of the $0.32 per-claim fee; Provider is not billed separately for CPT.",
    "label": cov("vendor_covers"),
    "font": "Courier", "size": 9,
    "footer": "Northgate EDI Services, Inc. - Provider Enrollment and Services Agreement",
    "blocks": [
        ("title", "PROVIDER ENROLLMENT AND SERVICES AGREEMENT"),
        ("p", "Northgate EDI Services, Inc. (\"Northgate\") - Enrolling provider: Sunfield Behavioral Health, LLC "
              "(\"Provider\") - NPI 1790000000 (group)"),
        ("h", "1. What Northgate does"),
        ("p", "Northgate accepts claim files from Provider's practice management system, checks them against payer "
              "edits, sends them to payers and returns acknowledgements and remittance files to Provider."),
        ("h", "2. Charges"),
        ("table", [
            ["Transaction", "Charge"],
            ["Claim (837P), any payer", "$0.32 per claim"],
            ["Eligibility (270/271)", "$0.15 per request"],
            ["Remittance (835)", "no charge"],
            ["Monthly minimum", "$25.00"],
        ], {"ruled": True, "widths": [3, 3]}),
        ("h", "3. CPT"),
        ("p", "Northgate's claim-editing portal shows CPT descriptors next to each service line. Northgate holds a "
              "distribution license from the American Medical Association for that content. The royalty is part of "
              "the per-claim charge: Provider will not be billed separately for CPT and does not need its own license "
              "for its use of the Northgate portal."),
        ("h", "4. Provider's responsibilities"),
        ("bul", ["Keep payer enrollments current.", "Send only claims for services actually rendered.",
                 "Protect portal credentials and remove departed staff promptly."]),
        ("h", "5. Term"),
        ("p", "This Agreement continues until terminated by either party on thirty days' written notice."),
        ("sp", 6),
        ("kv", [["Northgate EDI Services, Inc.", "Accepted electronically on November 18, 2025"],
                ["Sunfield Behavioral Health, LLC", "Accepted by: Corinne Okafor, Billing Lead"]], [2.2, 3.2]),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_relative_clause_with_unused_import_condition",
    "vendor": "Wrenfield Digital Health, Inc.",
    "description": "Relative clause says the CPT royalty is paid by Wrenfield out of the Subscription Fee and not separately invoiced; a conditional makes Customer responsible only if it elects to import its own code sets instead.",
    "label": cov("vendor_covers"),
    "font": "Times", "size": 11,
    "header": "Wrenfield Digital Health, Inc. - Platform Terms, Part 5",
    "blocks": [
        ("title", "PART 5 - CLINICAL CONTENT"),
        ("pj", "These terms apply to Daybreak Community Clinic, Inc. (\"Customer\") under its Platform Agreement with "
               "Wrenfield Digital Health, Inc. (\"Wrenfield\") dated January 20, 2026."),
        ("cl", "5.1", "Supplied content. The Platform is supplied with the current release of the CPT code set of the "
                      "American Medical Association (\"AMA\"), which Wrenfield distributes as an AMA-authorized "
                      "distributor, together with ICD-10-CM and HCPCS Level II."),
        ("cl", "5.2", "Royalty. The CPT royalty, which is paid to the AMA by Wrenfield out of the Subscription Fee, is "
                      "not separately invoiced to Customer."),
        ("cl", "5.3", "Imported code sets. If Customer elects to import its own code sets in place of the CPT content "
                      "supplied by Wrenfield, Customer shall be responsible for licensing the imported content, and "
                      "Section 5.2 shall not apply to it. Customer has not made that election as of the date above."),
        ("cl", "5.4", "Updates. Wrenfield loads each annual CPT release before its effective date."),
        ("cl", "5.5", "Restrictions. Customer shall not extract CPT content from the Platform or make it available to "
                      "any other legal entity."),
        ("cl", "5.6", "Reporting. Wrenfield may report Customer's name and user count to the AMA."),
        ("sp", 6),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved. The AMA does not directly "
                  "or indirectly practice medicine or dispense medical services."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_sublicense_no_additional_consideration",
    "vendor": "Sablecourt Coding Solutions, LLC",
    "description": "Encoder subscription: Sablecourt, an AMA licensee, grants a CPT sublicense for no consideration beyond the Subscription Fee; no CPT fee anywhere; the $1,200 per-coder price is a trap.",
    "label": cov("vendor_covers"),
    "font": "Courier", "size": 9.5,
    "footer": "SABLECOURT CODING SOLUTIONS, LLC - ENCODER SUBSCRIPTION TERMS - REV 11/2025",
    "blocks": [
        ("ltitle", "ENCODER SUBSCRIPTION TERMS"),
        ("p", "VENDOR: Sablecourt Coding Solutions, LLC (\"Sablecourt\")"),
        ("p", "SUBSCRIBER: Red Alder Surgical Specialists, PLLC (\"Subscriber\")"),
        ("hr",),
        ("cl", "1.", "SUBSCRIPTION. Sablecourt provides Subscriber with web access to the Sablecourt Encoder for the "
                     "number of coder seats in the Order. SUBSCRIPTION FEE: $1,200.00 per coder seat per year."),
        ("cl", "2.", "CPT SUBLICENSE. Sablecourt, as a party to a license agreement with the American Medical "
                     "Association, grants Subscriber, for no consideration beyond the Subscription Fee stated in the "
                     "Order, a non-exclusive, non-transferable sublicense to use the CPT content in the Encoder for "
                     "Subscriber's internal coding within the United States."),
        ("cl", "3.", "RESTRICTIONS. Subscriber shall not publish, resell or create derivative works of CPT content, "
                     "or make it available to any affiliate or other legal entity."),
        ("cl", "4.", "TERMINATION OF SUBLICENSE. The sublicense ends automatically if Sablecourt's agreement with the "
                     "AMA ends, unless Subscriber has entered into a direct license with the AMA."),
        ("cl", "5.", "SEATS. A coder seat is one named individual. Seats may be reassigned once per quarter."),
        ("cl", "6.", "NOTICES."),
        ("small", "CPT only (c) 2025 American Medical Association. All rights reserved. Fee schedules, relative value "
                  "units, conversion factors and/or related components are not assigned by the AMA, are not part of "
                  "CPT, and the AMA is not recommending their use. The AMA does not directly or indirectly practice "
                  "medicine or dispense medical services. The AMA assumes no liability for data contained or not "
                  "contained herein."),
    ],
})
