"""blind_l content, part F: one not-addressed document and the unclear documents."""


def cov(c):
    return {"coverage": c, "cpt_fee": None}


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_dental_clearinghouse_cdt_notice",
    "vendor": "Enamel Exchange Clearinghouse, Inc.",
    "description": "Dental claims clearinghouse terms with an ADA CDT point-and-click style licence and per-claim fees; dental CDT only, no CPT.",
    "label": cov("not_addressed"),
    "font": "Helvetica", "size": 9.5,
    "footer": "Enamel Exchange Clearinghouse, Inc. - Dental Submitter Terms",
    "blocks": [
        ("title", "DENTAL SUBMITTER TERMS"),
        ("p", "Enamel Exchange Clearinghouse, Inc. (\"Enamel Exchange\") - Submitter: Willowcreek Pediatric Dentistry, "
              "P.C. (\"Submitter\") - accepted online January 27, 2026"),
        ("h", "1. Service"),
        ("p", "Enamel Exchange transmits Submitter's electronic dental claims (837D), attachments and eligibility "
              "requests to dental payers and returns payer responses."),
        ("h", "2. Fees"),
        ("table", [
            ["Transaction", "Fee"],
            ["Dental claim (837D)", "$0.35 per claim"],
            ["Claim attachment (x-ray, perio chart, narrative)", "$0.90 per attachment"],
            ["Eligibility (270/271)", "$0.12 per request"],
            ["Monthly account fee", "$19.00"],
        ], {"ruled": True, "widths": [3.6, 2.4]}),
        ("h", "3. Current Dental Terminology"),
        ("p", "Claim forms, edit messages and code look-ups in the Enamel Exchange portal contain Current Dental "
              "Terminology (CDT), which is copyright of the American Dental Association (ADA). By accepting these "
              "terms, Submitter, its employees and agents may use CDT only as contained in the portal and only for "
              "Submitter's internal use in the United States. Submitter may not copy CDT for resale, create derivative "
              "works of it or make it available to any party not bound by these terms."),
        ("p", "The ADA does not directly or indirectly practice dentistry or dispense dental services, and assumes no "
              "liability for data contained or not contained in the portal."),
        ("small", "Current Dental Terminology (c) 2025 American Dental Association. All rights reserved. CDT is a "
                  "registered trademark of the ADA."),
        ("h", "4. Submitter obligations"),
        ("p", "Submitter is responsible for the accuracy of the claims it sends and for keeping its payer enrollments "
              "current."),
        ("h", "5. Term"),
        ("p", "These terms continue until either party closes the account on thirty days' notice."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_bare_ama_notice_only",
    "vendor": "Starling Creek EHR, Inc.",
    "description": "EHR terms whose product uses CPT (superbills, charge capture) but carry only the AMA copyright/disclaimer/government-rights notice, with nothing about who licenses or pays for CPT.",
    "label": cov("unclear"),
    "font": "Times", "size": 10.5,
    "header": "Starling Creek EHR, Inc. - Terms of Service",
    "blocks": [
        ("title", "TERMS OF SERVICE"),
        ("pj", "These Terms of Service govern the use of the Starling Creek EHR service (the \"Service\") by Tamarind "
               "Street Family Medicine, P.C. (\"Customer\"). The Service is provided by Starling Creek EHR, Inc. "
               "(\"Starling Creek\")."),
        ("h", "1. Description of the Service"),
        ("pj", "The Service provides clinical documentation, e-prescribing, a superbill builder with CPT procedure codes "
               "and ICD-10-CM diagnosis codes, charge capture and export of claims to Customer's clearinghouse."),
        ("h", "2. Fees"),
        ("pj", "Customer shall pay $199 per provider per month, invoiced monthly in advance. Starling Creek may change "
               "its prices at renewal on sixty days' notice."),
        ("h", "3. Customer data"),
        ("pj", "Customer owns its data. Starling Creek processes it only to provide the Service and as permitted by "
               "the parties' Business Associate Agreement."),
        ("h", "4. Acceptable use"),
        ("pj", "Customer shall not attempt to gain unauthorized access to the Service, interfere with its operation or "
               "use it to send unsolicited messages."),
        ("h", "5. Third-party notices"),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved. CPT is a registered "
                  "trademark of the American Medical Association."),
        ("small", "Fee schedules, relative value units, conversion factors and/or related components are not assigned "
                  "by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does not "
                  "directly or indirectly practice medicine or dispense medical services. The AMA assumes no liability "
                  "for data contained or not contained herein."),
        ("small", "U.S. Government End Users. CPT is commercial technical data, which was developed exclusively at "
                  "private expense by the American Medical Association. Applicable FARS/DFARS restrictions apply to "
                  "use by the U.S. Government."),
        ("h", "6. Warranty disclaimer"),
        ("pj", "EXCEPT AS EXPRESSLY STATED, THE SERVICE IS PROVIDED \"AS IS\"."),
        ("h", "7. Term"),
        ("pj", "One year, renewing automatically for one-year terms unless either party gives sixty days' notice."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_third_party_content_fees_may_apply",
    "vendor": "Parkside Cloud Health, Inc.",
    "description": "SaaS terms: third-party content 'which may include' CPT is subject to its owner's terms and 'additional fees ... may apply'; no order or amount in the document, so who pays cannot be determined.",
    "label": cov("unclear"),
    "font": "Helvetica", "size": 10,
    "footer": "Parkside Cloud Health, Inc. - Master Subscription Terms - Section 9",
    "blocks": [
        ("title", "MASTER SUBSCRIPTION TERMS - SECTION 9"),
        ("p", "Parkside Cloud Health, Inc. (\"Provider\") - applicable to Granary Row Medical Clinic, LLC "
              "(\"Subscriber\") under its subscription beginning December 1, 2025"),
        ("h", "9. Third-Party Content"),
        ("cl", "9.1", "The Services may make available content owned by third parties (\"Third-Party Content\"), which "
                      "may include the CPT code set of the American Medical Association, drug databases and clinical "
                      "decision support rules."),
        ("cl", "9.2", "Third-Party Content is made available subject to the terms its owner requires, which Provider "
                      "may post in the Services from time to time."),
        ("cl", "9.3", "Additional fees for Third-Party Content may apply. If they do, they will be described in an Order "
                      "or on Provider's website."),
        ("cl", "9.4", "Provider may add, replace or withdraw Third-Party Content on notice if its arrangement with the "
                      "content owner changes."),
        ("h", "10. Fees"),
        ("cl", "10.1", "Subscriber pays the subscription fees in its Order: currently $245 per provider per month."),
        ("cl", "10.2", "Fees are exclusive of taxes."),
        ("h", "11. Support"),
        ("p", "Standard support is included. Premium support is $500 per month."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_body_vs_exhibit_no_precedence",
    "vendor": "Ravensworth Medical Software, LLC",
    "description": "Body says the subscription includes the CPT royalty with no separate charge, but Exhibit A lists a CPT sublicense pass-through of $19.00 per provider per year; no order-of-precedence clause resolves the conflict.",
    "label": cov("unclear"),
    "font": "Times", "size": 10.5,
    "header": "Ravensworth Medical Software, LLC - Subscription Agreement",
    "blocks": [
        ("title", "SUBSCRIPTION AGREEMENT"),
        ("pj", "This Subscription Agreement is entered into on August 4, 2025 by Ravensworth Medical Software, LLC "
               "(\"Ravensworth\") and Hollowbrook Rheumatology Associates, PLLC (\"Customer\")."),
        ("h", "2. Subscription"),
        ("pj", "Ravensworth will provide Customer with access to the Ravensworth EHR and practice management service "
               "(the \"Service\") for the providers and users listed in Exhibit A."),
        ("h", "6. CPT"),
        ("cl", "6.1", "Ravensworth distributes CPT within the Service under a license from the American Medical "
                      "Association and sublicenses it to Customer for internal use."),
        ("cl", "6.2", "The Subscription Fees include the royalty Ravensworth pays to the American Medical Association "
                      "for CPT. No separate CPT charge applies."),
        ("h", "7. Payment"),
        ("pj", "Customer shall pay the amounts set out in Exhibit A. Invoices are due within thirty days."),
        ("h", "12. Entire agreement"),
        ("pj", "This Agreement, including its Exhibits, is the entire agreement between the parties and supersedes all "
               "prior proposals."),
        ("pb",),
        ("title", "EXHIBIT A - PRICE SCHEDULE"),
        ("table", [
            ["Item", "Quantity", "Price"],
            ["Subscription Fee - provider", "5", "$315.00 per provider per month"],
            ["Subscription Fee - staff user", "11", "$40.00 per user per month"],
            ["CPT sublicense pass-through", "5", "$19.00 per provider per year"],
            ["Implementation", "1", "$7,500.00 one-time"],
        ], {"ruled": True, "widths": [2.6, 1.0, 2.6]}),
        ("sp", 10),
        ("table", [
            ["RAVENSWORTH MEDICAL SOFTWARE, LLC", "HOLLOWBROOK RHEUMATOLOGY ASSOCIATES, PLLC"],
            ["By: Simone Achterberg, CEO", "By: Dr. Paul Okonkwo, Managing Member"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_faq_depends_on_plan",
    "vendor": "Mosswood Practice Apps, Inc.",
    "description": "FAQ says whether the AMA CPT royalty is included or billed yearly depends on the customer's plan and sign-up date, without saying which applies to whom; no amount.",
    "label": cov("unclear"),
    "font": "Helvetica", "size": 10.5,
    "footer": "Mosswood Practice Apps, Inc. - help.mosswood.example",
    "blocks": [
        ("ltitle", "Is the AMA fee part of my Mosswood plan?"),
        ("small", "Help article - Billing and plans - updated November 2025"),
        ("h", "The short version"),
        ("p", "It depends on your plan and on when you signed up. Mosswood Practice Apps, Inc. has sold several plans "
              "over the years, and they don't all treat the American Medical Association's CPT royalty the same way."),
        ("h", "What are the possibilities?"),
        ("bul", ["On some plans the royalty is bundled into the plan price.",
                 "On others it is billed once a year as a separate line.",
                 "A few older agreements were written before the AMA changed how it counts users, and those are being "
                 "reviewed one by one."]),
        ("h", "How do I find out which applies to me?"),
        ("p", "Your signed order form controls. If you can't find it, ask your account manager, who can confirm "
              "what your agreement says."),
        ("h", "Do I need my own AMA license?"),
        ("p", "That depends on the same things. Your account manager can tell you."),
        ("h", "Will my price change?"),
        ("p", "We'll always give you notice before any change to what you pay."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_email_rep_still_checking",
    "vendor": "Bluehaven Systems, Inc.",
    "description": "E-mail thread: practice asks whether it needs its own AMA licence, whether Bluehaven covers it, or whether it will be billed; the rep does not know and is checking.",
    "label": cov("unclear"),
    "font": "Courier", "size": 9.5,
    "footer": "Bluehaven Systems, Inc. - 2200 Ferry Street, Eugene, OR 97401",
    "blocks": [
        ("mono", ["From:    Caleb Rourke <crourke@bluehaven.example>",
                  "To:      Imani Fletcher <ifletcher@oldmillpeds.example>",
                  "Date:    Tue, 13 Jan 2026 09:41",
                  "Subject: RE: CPT license - who handles it?"]),
        ("hr",),
        ("p", "Hi Imani,"),
        ("p", "Thanks for flagging this. Honestly, I don't know offhand. Our master agreement with Old Mill Pediatrics "
              "doesn't spell out who holds the AMA license for the CPT codes in Bluehaven, and how we've handled it "
              "has varied with the age of the contract."),
        ("p", "I've asked our contracts team to pull your file. I'll come back to you by the end of next week with a "
              "definite answer on whether Bluehaven covers it, bills it, or whether you need your own license."),
        ("p", "Caleb Rourke<br/>Client Success Manager, Bluehaven Systems, Inc."),
        ("hr",),
        ("mono", ["From:    Imani Fletcher",
                  "Sent:    Mon, 12 Jan 2026 16:05",
                  "Subject: CPT license - who handles it?"]),
        ("p", "Hi Caleb - our auditor asked whether we have a CPT license for Bluehaven. Do we need our own from the AMA, "
              "does Bluehaven already cover it, or will you bill us for it? Our invoices only show the $2,150 monthly "
              "subscription. Thanks, Imani (Practice Manager, Old Mill Pediatrics)"),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_good_faith_negotiation_clause",
    "vendor": "Quarrytown Health Data, LLC",
    "description": "Platform agreement acknowledges AMA royalties may be owed for CPT shown in the platform and leaves who bears them to a future good-faith negotiation.",
    "label": cov("unclear"),
    "font": "Times", "size": 11,
    "header": "Quarrytown Health Data, LLC - Data Platform Agreement",
    "blocks": [
        ("title", "DATA PLATFORM AGREEMENT"),
        ("pj", "Quarrytown Health Data, LLC (\"Quarrytown\") and Larkspur Multispecialty Group, LLP (\"Client\") enter "
               "into this Agreement on September 15, 2025 (the \"Effective Date\")."),
        ("h", "1. Platform"),
        ("pj", "Quarrytown will provide Client with a hosted analytics platform that combines Client's claims, "
               "scheduling and documentation data and displays utilization dashboards by procedure, provider and payer."),
        ("h", "2. Fees"),
        ("pj", "Client shall pay a platform fee of $6,250 per month and a one-time onboarding fee of $12,000."),
        ("h", "3. Code content"),
        ("cl", "3.1", "The dashboards display CPT codes and descriptors alongside Client's data."),
        ("cl", "3.2", "The parties acknowledge that royalties may be owed to the American Medical Association in "
                      "connection with the CPT content displayed in the Platform. The parties shall negotiate in good "
                      "faith, within ninety days after the Effective Date, which party will bear any such royalties and "
                      "how users will be reported."),
        ("cl", "3.3", "Until the parties reach agreement under Section 3.2, neither party waives any position."),
        ("h", "4. Data ownership"),
        ("pj", "Client owns Client data. Quarrytown owns the Platform and its aggregate, de-identified benchmarks."),
        ("h", "5. Term"),
        ("pj", "Two years from the Effective Date."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_acknowledgement_only",
    "vendor": "Elmstead Clinical Platforms, Inc.",
    "description": "Platform contains CPT and Customer 'acknowledges' that use of CPT requires a licence from the AMA or an authorized distributor, but nothing says who holds or pays for it.",
    "label": cov("unclear"),
    "font": "Helvetica", "size": 10,
    "footer": "Elmstead Clinical Platforms, Inc. - Order Terms",
    "blocks": [
        ("title", "ORDER TERMS"),
        ("p", "Elmstead Clinical Platforms, Inc. (\"Elmstead\") - Customer: Stonegate Urology Partners, P.C. - "
              "Order ECP-40817 - dated October 27, 2025"),
        ("h", "1. Products ordered"),
        ("table", [
            ["Product", "Quantity", "Price"],
            ["Elmstead Urology EHR", "8 providers", "$289.00 per provider per month"],
            ["Elmstead Charge Review", "4 coders", "$75.00 per coder per month"],
            ["Interface - imaging", "1", "$2,000.00 one-time"],
        ], {"ruled": True, "widths": [2.6, 1.4, 2.4]}),
        ("h", "2. Content"),
        ("cl", "2.1", "The products contain CPT codes and descriptors, ICD-10-CM and HCPCS Level II content."),
        ("cl", "2.2", "Customer acknowledges that CPT is copyrighted by the American Medical Association and that use "
                      "of CPT requires a license from the American Medical Association or a distributor it authorizes."),
        ("cl", "2.3", "Customer shall display the AMA copyright notice on any printed report that contains CPT."),
        ("h", "3. Payment"),
        ("p", "Monthly fees are invoiced in advance; one-time fees on signature. Net 30."),
        ("h", "4. Term"),
        ("p", "36 months from go-live."),
        ("small", "CPT only (c) 2025 American Medical Association. All rights reserved."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_conditional_on_unknown_renewal",
    "vendor": "Ashcombe Software, Inc.",
    "description": "Amendment dated Nov 2025 makes coverage depend on whether Ashcombe's AMA distribution agreement is renewed by Dec 31, 2025 (vendor covers) or not (customer must license); the outcome is not stated.",
    "label": cov("unclear"),
    "font": "Times", "size": 11,
    "header": "Ashcombe Software, Inc. - Amendment No. 4",
    "blocks": [
        ("title", "AMENDMENT No. 4"),
        ("pj", "This Amendment No. 4 is made on November 12, 2025 between Ashcombe Software, Inc. (\"Ashcombe\") and "
               "Fennimore Valley Orthopedics, LLC (\"Customer\") to the Software Services Agreement dated July 1, 2021 "
               "(the \"Agreement\")."),
        ("h", "Background"),
        ("pj", "Section 6 of the Agreement provides that Ashcombe's fees include the royalties payable to the American "
               "Medical Association (\"AMA\") for CPT used in the Software. Ashcombe's distribution agreement with the "
               "AMA is being renegotiated."),
        ("h", "Amendment"),
        ("cl", "1.", "If Ashcombe's distribution agreement with the AMA is renewed on or before December 31, 2025, Section "
                     "6 of the Agreement remains in effect without change."),
        ("cl", "2.", "If it is not renewed by that date, then from January 1, 2026 Customer shall obtain its own license "
                     "to CPT from the AMA or another authorized distributor, and Section 6 shall no longer apply."),
        ("cl", "3.", "Ashcombe will notify Customer in writing which of paragraphs 1 and 2 applies."),
        ("cl", "4.", "All other terms of the Agreement are unchanged."),
        ("sp", 12),
        ("table", [
            ["ASHCOMBE SOFTWARE, INC.", "FENNIMORE VALLEY ORTHOPEDICS, LLC"],
            ["By: /s/ Lucinda Ashcombe, President", "By: /s/ Derek Tollefson, COO"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "uc_order_form_tbd_row",
    "vendor": "Tinworth Medical Systems, Inc.",
    "description": "Order form table row 'CPT licence (AMA) - TBD', with a note that responsibility for the licence and any charge will be confirmed before go-live; other rows are software prices.",
    "label": cov("unclear"),
    "font": "Courier", "size": 9.5,
    "footer": "TINWORTH MEDICAL SYSTEMS, INC. - ORDER FORM TMS-0925-66",
    "blocks": [
        ("ltitle", "ORDER FORM TMS-0925-66"),
        ("p", "VENDOR: Tinworth Medical Systems, Inc.    CUSTOMER: Bayberry Lane Cardiology, PC"),
        ("p", "DATE: September 25, 2025    TERM: 24 months from go-live"),
        ("table", [
            ["Item", "Qty", "Price"],
            ["Tinworth Cardiology EHR", "6 providers", "$330.00 / provider / month"],
            ["Tinworth Billing Desk", "5 users", "$58.00 / user / month"],
            ["Holter and echo interface", "1", "$3,400.00 one-time"],
            ["CPT licence (AMA)", "-", "TBD - see Note 4"],
        ], {"ruled": True, "widths": [2.6, 1.3, 2.5]}),
        ("cl", "1.", "Monthly fees are billed in advance from go-live."),
        ("cl", "2.", "Interface fee is billed at signature."),
        ("cl", "3.", "Prices exclude tax."),
        ("cl", "4.", "Responsibility for the AMA licence for CPT and any related charge will be confirmed by Tinworth "
                     "in writing before go-live."),
        ("sp", 8),
        ("p", "CUSTOMER SIGNATURE: ____________________    TINWORTH SIGNATURE: ____________________"),
    ],
})
