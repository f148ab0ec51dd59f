"""blind_l content, part A: pass-through documents (fee shapes 1-10)."""


def pt(amount, unit, period):
    return {"coverage": "pass_through",
            "cpt_fee": {"amount": float(amount), "unit": unit, "period": period}}


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_faq_clinician_royalty_plus_handling",
    "vendor": "Tallowmere Health, Inc.",
    "description": "Help-centre FAQ: vendor bills the AMA royalty $18.50 plus a $1.25 handling charge per clinician each calendar year (sum 19.75); AMA direct price, subscription prices and the yearly +$0.50 are traps.",
    "label": pt(19.75, "provider", "year"),
    "font": "Helvetica", "size": 10,
    "header": "Tallowmere Notes Help Center  >  Billing  >  Charges on your statement",
    "footer": "Tallowmere Notes is a product of Tallowmere Health, Inc.  help.tallowmere.example",
    "blocks": [
        ("ltitle", "That \"AMA CPT access\" line on your statement"),
        ("small", "Updated January 6, 2026  -  4 min read  -  Written by the Tallowmere billing team"),
        ("p", "Every January some of you write in about a line labeled <b>AMA CPT access</b>. Here is what it is, "
              "who it applies to and what we do with the money. Tallowmere Notes is published by Tallowmere Health, Inc."),
        ("h", "Why is there a new line on my January statement?"),
        ("p", "The American Medical Association owns CPT, the procedure code set you pick from when you close a note "
              "or build a claim. Because Tallowmere shows CPT codes and their descriptions on those screens, the AMA "
              "charges us a royalty for each clinician who can select a code. We don't spread that royalty across "
              "everyone's subscription; instead it goes on the statement of the practice whose clinicians use it."),
        ("h", "How much is it this year?"),
        ("p", "For calendar year 2026 the royalty the AMA collects from us is $18.50 for each clinician. On top of "
              "that we add $1.25 per clinician, which covers card processing and the usage report we have to file "
              "with the AMA. The two amounts are shown together on a single line."),
        ("h", "Is it per practice or per clinician?"),
        ("p", "Per clinician. Anyone set up as a treating clinician on your account at any point during the year is "
              "counted once. Front-desk, scheduler and billing-only logins are not counted, and a clinician who "
              "leaves in March is not charged again if they come back in October."),
        ("h", "Will it go up next year?"),
        ("p", "Probably a little. The AMA has tended to raise its royalty by about fifty cents a year. We will update "
              "this article with the 2027 figure before it appears on any statement."),
        ("h", "Can I buy a license straight from the AMA instead?"),
        ("p", "You can license CPT from the AMA for your own internal systems. For comparison, the AMA's published "
              "internal-use rate is an entity fee (listed at $82.50 for 2024) plus $18.50 for each user. A direct "
              "license doesn't remove the line in Tallowmere, though: our agreement with the AMA requires us to "
              "report and pay for everyone who uses CPT inside our product."),
        ("h", "Is this part of my subscription?"),
        ("p", "No. Your subscription ($59 per clinician per month on Solo, $49 per clinician per month on Group) is "
              "billed separately and does not include the AMA CPT access line."),
        ("h", "Will I be charged sales tax on it?"),
        ("p", "Not at present. If that changes in your state we'll tell you before the next statement."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_order_form_named_user_monthly_row",
    "vendor": "Corvane Practice Systems, LLC",
    "description": "Order form table: CPT Content License row at $2.00 per named user per month, next to a $84 per-user software row and an 'Included' HCPCS/ICD-10 row.",
    "label": pt(2.00, "user", "month"),
    "font": "Helvetica", "size": 9.5,
    "footer": "Corvane Practice Systems, LLC - 1180 Wexler Parkway, Suite 300, Omaha, NE 68102 - corvane.example",
    "blocks": [
        ("ltitle", "CORVANE PRACTICE SYSTEMS, LLC"),
        ("p", "<b>ORDER FORM</b>  No. CPS-2026-0418"),
        ("kv", [["Customer", "Harlan Street Pediatrics, PLLC"],
                ["Billing contact", "Renata Oyelaran, Practice Administrator"],
                ["Order effective date", "February 1, 2026"],
                ["Initial term", "36 months from the effective date"],
                ["Provider", "Corvane Practice Systems, LLC (\"Provider\")"],
                ["Governing terms", "Provider's Master Subscription Terms v7 (the \"Terms\")"]]),
        ("table", [
            ["Item", "Qty", "Billing unit", "Unit price", "Monthly extended"],
            ["Corvane PM Cloud - Professional Edition", "9", "named user / month", "$84.00", "$756.00"],
            ["Corvane Patient Statements", "1", "practice / month", "$45.00", "$45.00"],
            ["CPT\u00ae Content License (AMA royalty pass-through)", "9", "named user / month", "$2.00", "$18.00"],
            ["HCPCS Level II and ICD-10-CM code files", "9", "named user / month", "Included", "$0.00"],
            ["Implementation and data conversion", "1", "one-time", "$2,500.00", "-"],
            ["Total monthly recurring", "", "", "", "$819.00"],
        ], {"ruled": True, "widths": [3.2, 0.6, 1.6, 1.1, 1.3]}),
        ("h", "Order notes"),
        ("cl", "1.", "Recurring fees are invoiced monthly in advance. The implementation fee is invoiced on signature."),
        ("cl", "2.", "The CPT Content License line reimburses Provider for the royalty that Provider, as a distributor "
                     "authorized by the American Medical Association, owes for each named user who can access CPT in "
                     "Corvane PM Cloud. Provider may adjust that rate once per calendar year, on 60 days' written notice, "
                     "to track the rate the AMA charges Provider."),
        ("cl", "3.", "Named users may be added at any time at the unit prices shown and are prorated for the first month."),
        ("cl", "4.", "Prices exclude applicable taxes."),
        ("sp", 10),
        ("table", [
            ["Corvane Practice Systems, LLC", "Harlan Street Pediatrics, PLLC"],
            ["By: ______________________", "By: ______________________"],
            ["Name: Tobias Greer, VP Sales", "Name: Renata Oyelaran"],
            ["Date: January 22, 2026", "Date: January 23, 2026"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_defined_term_priced_in_schedule_b",
    "vendor": "Hollis & Brandt Medical Software Corp.",
    "description": "Subscription agreement defines the CPT Pass-Through Fee on page 1 and prices it in Schedule B on page 2 at US$21.00 per Licensed Provider per Contract Year; subscription price and $1.00 cap are traps.",
    "label": pt(21.00, "provider", "year"),
    "font": "Times", "size": 10.5,
    "header": "Hollis & Brandt Medical Software Corp. - Master Software Subscription Agreement - H&B-MSSA-2025",
    "blocks": [
        ("title", "MASTER SOFTWARE SUBSCRIPTION AGREEMENT"),
        ("subtitle", "between Hollis &amp; Brandt Medical Software Corp. (\"H&amp;B\") and "
                     "Greywater Orthopaedic Associates, P.A. (\"Customer\")"),
        ("h", "1. Definitions"),
        ("cl", "1.1", "\"Contract Year\" means each successive twelve-month period beginning on the Go-Live Date."),
        ("cl", "1.2", "\"CPT Content\" means the Current Procedural Terminology codes, descriptors and related "
                      "material of the American Medical Association (\"AMA\") as embedded in the Software."),
        ("cl", "1.3", "\"CPT Pass-Through Fee\" means the fee, in the amount stated in Schedule B, that Customer pays "
                      "in respect of each Licensed Provider for the sublicense of CPT Content under Section 6."),
        ("cl", "1.4", "\"Licensed Provider\" means each physician, physician assistant or nurse practitioner who "
                      "documents encounters or submits charges in the Software."),
        ("cl", "1.5", "\"Subscription Fee\" means the fee for access to the Software stated in Schedule B."),
        ("h", "2. Subscription"),
        ("p", "H&amp;B grants Customer, for the Term, a non-exclusive, non-transferable right to access the Software "
              "for Customer's internal business purposes in the United States, subject to this Agreement."),
        ("h", "6. CPT Content"),
        ("cl", "6.1", "H&amp;B is a party to a distribution license agreement with the AMA under which it may sublicense "
                      "CPT Content to its customers. H&amp;B hereby grants Customer a limited, non-exclusive, "
                      "non-transferable sublicense to use CPT Content solely within the Software."),
        ("cl", "6.2", "In consideration of the sublicense in Section 6.1, Customer shall pay the CPT Pass-Through Fee "
                      "for each Licensed Provider. The CPT Pass-Through Fee is separate from, and in addition to, the "
                      "Subscription Fee."),
        ("cl", "6.3", "Customer shall not make CPT Content available to any other legal entity, including an affiliate."),
        ("h", "7. Invoicing"),
        ("p", "H&amp;B invoices the Subscription Fee monthly in advance and the CPT Pass-Through Fee once at the start of "
              "each Contract Year, adjusted for Licensed Providers added during the year. Invoices are due within "
              "thirty days."),
        ("pb",),
        ("title", "SCHEDULE B - FEES"),
        ("table", [
            ["Fee", "Amount", "Basis"],
            ["Subscription Fee", "$425.00", "per Licensed Provider per month"],
            ["CPT Pass-Through Fee", "US$21.00", "per Licensed Provider per Contract Year"],
            ["Laboratory interface (each)", "$1,200.00", "one-time"],
            ["Training beyond the included 12 hours", "$140.00", "per hour"],
        ], {"ruled": True, "widths": [2.4, 1.2, 2.8]}),
        ("h", "Adjustments"),
        ("cl", "B.1", "H&amp;B may increase the Subscription Fee by up to four percent (4%) at the start of each Contract "
                      "Year after the first."),
        ("cl", "B.2", "The CPT Pass-Through Fee may be changed only to reflect a change in the royalty the AMA charges "
                      "H&amp;B, and shall not increase by more than $1.00 in any Contract Year."),
        ("sp", 14),
        ("table", [
            ["HOLLIS & BRANDT MEDICAL SOFTWARE CORP.", "GREYWATER ORTHOPAEDIC ASSOCIATES, P.A."],
            ["By: /s/ Miriam Hollis", "By: /s/ Dr. Anand Kapoor"],
            ["Title: President", "Title: Managing Partner"],
            ["Date: October 14, 2025", "Date: October 20, 2025"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_exhibit_overrides_body_per_location",
    "vendor": "Siltstone Clinical Cloud, Inc.",
    "description": "Body says fees include all code sets, but Exhibit C (which controls under the precedence clause) carves out CPT: $70 royalty + $4 administration per Service Location per year (sum 74).",
    "label": pt(74.00, "location", "year"),
    "font": "Helvetica", "size": 9.5,
    "footer": "Siltstone Clinical Cloud, Inc. - Cloud Services Agreement - Rev. 2025-09",
    "blocks": [
        ("title", "CLOUD SERVICES AGREEMENT"),
        ("p", "This Cloud Services Agreement is made on September 30, 2025 between <b>Siltstone Clinical Cloud, Inc.</b>, "
              "a Colorado corporation (\"Siltstone\"), and <b>Two Rivers Urgent Care Group, LLC</b> (\"Customer\")."),
        ("h", "4. Fees"),
        ("cl", "4.1", "Customer shall pay the Subscription Fees stated in the Order for each Service Location."),
        ("cl", "4.2", "The Subscription Fees include all code sets and reference content made available in the Services."),
        ("cl", "4.3", "\"Service Location\" means each physical clinic address at which Customer's personnel use the "
                      "Services. Customer currently operates four Service Locations."),
        ("h", "9. Term and Termination"),
        ("p", "The initial term is three years. Either party may terminate for material breach not cured within thirty "
              "days after written notice."),
        ("h", "12. General"),
        ("cl", "12.1", "This Agreement, the Order and the Exhibits are the entire agreement of the parties."),
        ("cl", "12.4", "Order of precedence. If this Agreement and an Exhibit conflict, the Exhibit controls."),
        ("pb",),
        ("title", "EXHIBIT C - CPT ROYALTY RECOVERY"),
        ("cl", "C.1", "Siltstone sublicenses the American Medical Association's CPT code set to Customer for use within "
                      "the Services under Siltstone's distribution agreement with the AMA."),
        ("cl", "C.2", "Notwithstanding Section 4.2, the royalty payable to the AMA for CPT is not included in the "
                      "Subscription Fees. For each Service Location Customer shall pay Siltstone an annual CPT royalty "
                      "charge of $70.00, plus an administration fee of $4.00, both invoiced each January for the "
                      "calendar year."),
        ("cl", "C.3", "A Service Location opened during a calendar year is charged in full for that year; no refund is "
                      "given for a Service Location closed during a year."),
        ("sp", 10),
        ("table", [
            ["SILTSTONE CLINICAL CLOUD, INC.", "TWO RIVERS URGENT CARE GROUP, LLC"],
            ["By: Ellen Marchetti, CFO", "By: Curtis Vandermeer, CEO"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_quote_footnote_per_tin",
    "vendor": "Ferncastle Revenue Technologies, LLC",
    "description": "Price quote: 'CPT royalty recovery' $95.00 per year, with a footnote saying it is charged once per federal Tax Identification Number (organization); other rows are software and per-transaction prices.",
    "label": pt(95.00, "organization", "year"),
    "font": "Helvetica", "size": 10,
    "footer": "Ferncastle Revenue Technologies, LLC - 2 Harbor Lane, Portland, ME 04101 - quotes@ferncastle.example",
    "blocks": [
        ("ltitle", "Ferncastle Revenue Technologies, LLC"),
        ("p", "<b>Quotation Q-26-0173</b>  -  prepared January 12, 2026  -  valid 45 days"),
        ("p", "Prepared for: Dunmore Creek Medical Group, PC (Attn: Lillian Crouse, Revenue Cycle Director)"),
        ("table", [
            ["Description", "Price", "Billed"],
            ["RCM Workbench license (up to 20 seats)", "$1,150.00", "monthly"],
            ["Real-time eligibility checks", "$0.18", "per transaction"],
            ["CPT\u00ae royalty recovery (1)", "$95.00", "per year"],
            ["Patient payment portal", "$0.00", "bundled with Workbench"],
            ["Onboarding (remote)", "$1,800.00", "once"],
        ], {"ruled": False, "widths": [3.6, 1.2, 1.8]}),
        ("small", "(1) Charged once for each federal Tax Identification Number under which claims are billed through the "
                  "Workbench. The amount recovers the royalty Ferncastle remits to the American Medical Association for "
                  "the CPT content displayed in the Workbench; it is not a Ferncastle license fee."),
        ("small", "(2) Prices exclude sales tax. Transaction prices are reviewed annually."),
        ("h", "Acceptance"),
        ("p", "Sign below and return to quotes@ferncastle.example to accept this quotation under the Ferncastle Master "
              "Services Terms referenced in it."),
        ("sp", 10),
        ("kv", [["For Dunmore Creek Medical Group, PC", "______________________  Date ________"],
                ["For Ferncastle Revenue Technologies, LLC", "______________________  Date ________"]], [2.2, 2.6]),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_one_time_release_fee_desktop",
    "vendor": "Mordant Coding Press, Inc.",
    "description": "Desktop coding reference purchase terms: a one-time CPT 2026 data licence of $39.00 per named user collected for the AMA; software price per workstation and free ICD-10/HCPCS tables are traps.",
    "label": pt(39.00, "user", "one_time"),
    "font": "Courier", "size": 9,
    "footer": "MORDANT CODING PRESS, INC. / 44 TANNERY ROW / DAYTON OH 45402",
    "blocks": [
        ("ltitle", "CODESPRITE 2026 DESKTOP EDITION"),
        ("p", "PURCHASE AND LICENCE TERMS -- Mordant Coding Press, Inc. (\"Mordant\")"),
        ("hr",),
        ("cl", "1.", "PRODUCT. CodeSprite 2026 Desktop Edition is a stand-alone coding reference installed on a single "
                     "workstation. It contains the 2026 annual release of the American Medical Association's CPT code "
                     "set and does not receive later releases."),
        ("cl", "2.", "SOFTWARE PRICE. $249.00 per workstation, payable at purchase. Site bundles of five workstations "
                     "are $1,095.00."),
        ("cl", "3.", "CPT DATA LICENCE. Mordant distributes the CPT content under an agreement with the AMA. In "
                     "addition to the software price, the purchaser pays a one-time charge of $39.00 for each named "
                     "user who will use CodeSprite, collected by Mordant at purchase and remitted to the AMA. This "
                     "charge is not renewed; it covers the 2026 release for the life of the edition."),
        ("cl", "4.", "OTHER CODE SETS. The ICD-10-CM and HCPCS Level II tables in CodeSprite are public government "
                     "code sets and are included at no charge."),
        ("cl", "5.", "LATER RELEASES. To use a later CPT release the purchaser buys that year's edition; the CPT data "
                     "licence charge then applies again for that edition."),
        ("cl", "6.", "NAMED USERS. A named user is an individual identified by name at purchase. Named users may not be "
                     "shared or rotated."),
        ("cl", "7.", "RETURNS. Unopened media may be returned within 30 days for a refund of the software price. "
                     "Once installed, the CPT data licence charge is not refundable."),
        ("sp", 6),
        ("p", "CPT only (c) 2025 American Medical Association. All rights reserved."),
        ("p", "ORDER SUMMARY (EXAMPLE): 1 workstation x $249.00 + 2 named users x $39.00 = $327.00"),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_amount_in_words_only",
    "vendor": "Quillfeather EHR, Inc.",
    "description": "Formal sublicense clause prices the CPT sublicense fee only in words: twenty-two dollars per Authorized User for each year of the Term; the $299 per-provider subscription is a trap.",
    "label": pt(22.00, "user", "year"),
    "font": "Times", "size": 11,
    "header": "Quillfeather EHR, Inc. - Subscription Agreement - Article 8",
    "blocks": [
        ("title", "ARTICLE 8 - CODE SETS AND THIRD-PARTY CONTENT"),
        ("pj", "This Article forms part of the Subscription Agreement dated November 3, 2025 between Quillfeather EHR, Inc. "
               "(\"Quillfeather\") and Marlow Heights Internal Medicine, LLC (\"Licensee\"). Capitalized terms not "
               "defined here have the meanings given in Article 1."),
        ("cl", "8.1", "Authorized Users. \"Authorized User\" means each individual to whom Licensee issues credentials "
                      "for the Platform, whether clinician or staff."),
        ("cl", "8.2", "Sublicense. Quillfeather holds a license from the American Medical Association permitting it to "
                      "distribute CPT within the Platform and grants Licensee a non-exclusive, non-transferable "
                      "sublicense to use CPT, solely within the Platform, for Licensee's internal purposes."),
        ("cl", "8.3", "Sublicense Fee. Licensee shall pay Quillfeather, in respect of each Authorized User, a CPT "
                      "sublicense fee of twenty-two dollars for each year of the Term, which fee reimburses the royalty "
                      "Quillfeather remits to the American Medical Association and is payable in addition to the "
                      "Subscription Fee."),
        ("cl", "8.4", "Subscription Fee. The Subscription Fee remains as stated in the Order Form, namely $299.00 per "
                      "Provider per month, and is unaffected by this Article."),
        ("cl", "8.5", "Other Code Sets. ICD-10-CM, HCPCS Level II and LOINC content is supplied without additional charge."),
        ("cl", "8.6", "Reporting. Licensee consents to Quillfeather reporting its name and its number of Authorized "
                      "Users to the American Medical Association."),
        ("cl", "8.7", "Termination. The sublicense ends automatically if Quillfeather's agreement with the American "
                      "Medical Association ends, unless Licensee has by then entered into a direct license with the "
                      "American Medical Association."),
        ("sp", 6),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved. Fee schedules, relative "
                  "value units, conversion factors and/or related components are not assigned by the AMA, are not part "
                  "of CPT, and the AMA is not recommending their use."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_unit_only_in_table_header",
    "vendor": "Brackwater Systems Group, Inc.",
    "description": "Fee table whose header alone says 'Annual fees - per provider'; the AMA CPT royalty pass-through row is $19.00; the ICD-10-CM data row ($21.50) and platform row are traps.",
    "label": pt(19.00, "provider", "year"),
    "font": "Helvetica", "size": 10,
    "footer": "Brackwater Systems Group, Inc. - Proposal P-7731 - Confidential",
    "blocks": [
        ("ltitle", "Proposal P-7731: Brackwater EHR + PM"),
        ("p", "Prepared by Brackwater Systems Group, Inc. for Solano Bend Women's Health, A Medical Corporation. "
              "Date: December 1, 2025."),
        ("h", "1. Scope"),
        ("p", "Cloud-hosted Brackwater EHR and practice management for two clinics, with e-prescribing, patient portal "
              "and claims submission through Brackwater's clearinghouse partner. Go-live is planned for March 2026."),
        ("h", "2. Fees"),
        ("table", [
            ["Annual fees - per provider", "Amount"],
            ["Brackwater EHR + PM platform", "$3,480.00"],
            ["AMA CPT\u00ae royalty pass-through", "$19.00"],
            ["AMA ICD-10-CM data edition (optional; declined by Customer)", "$21.50"],
            ["Electronic prescribing of controlled substances", "$180.00"],
        ], {"ruled": True, "widths": [4.6, 1.4]}),
        ("p", "The practice currently has seven providers. Implementation is quoted separately in Section 4."),
        ("h", "3. Code sets"),
        ("p", "Brackwater is an AMA-authorized distributor of CPT. The pass-through row in the table above is the AMA "
              "royalty Brackwater pays for the practice's use of CPT in the platform, passed on at cost. HCPCS Level II "
              "and the CMS release of ICD-10-CM are built into the platform at no charge."),
        ("h", "4. Implementation"),
        ("p", "Implementation, data migration and on-site training: $14,500.00, payable 50% at signature and 50% at go-live."),
        ("h", "5. Validity"),
        ("p", "This proposal is valid for 60 days. It becomes binding only when incorporated into a signed Brackwater "
              "Customer Agreement."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_unit_in_billing_sentence",
    "vendor": "Ninebark Software, L.L.C.",
    "description": "Terse schedule of charges lists 'CPT licence charge $1.75/mo'; the unit (each Named User) comes only from the following billing sentence; the flat platform fee and per-claim price are traps.",
    "label": pt(1.75, "user", "month"),
    "font": "Courier", "size": 9.5,
    "footer": "NINEBARK SOFTWARE, L.L.C. - SCHEDULE OF CHARGES - FORM NB-SC-12",
    "blocks": [
        ("ltitle", "SCHEDULE OF CHARGES"),
        ("p", "Account: Pell City Family Chiropractic, LLC    Vendor: Ninebark Software, L.L.C.    Effective: 01/01/2026"),
        ("hr",),
        ("mono", ["Platform access ............ $1,450.00/mo  (flat; up to 25 seats)",
                  "CPT licence charge ......... $1.75/mo",
                  "Document storage ........... $0.00 up to 200 GB",
                  "Claims over 2,000/mo ....... $0.22 each",
                  "Paper statements ........... $0.61 each, postage included"]),
        ("hr",),
        ("p", "BILLING. Recurring charges are invoiced monthly in arrears. Except for Platform access, which is a flat "
              "amount, each recurring charge is assessed for every Named User enabled on the account on the first "
              "day of the month."),
        ("p", "CPT. The CPT licence charge passes through the royalty Ninebark owes the American Medical Association, "
              "as an authorized distributor, for use of CPT codes and descriptors inside Ninebark. It is not a "
              "Ninebark fee and Ninebark keeps no margin on it."),
        ("p", "NAMED USER. A Named User is a person with their own login. Logins may not be shared."),
        ("p", "CHANGES. Ninebark may change the charges in this schedule on 30 days' notice. A change to the CPT licence "
              "charge will only follow a change in the AMA's rate."),
        ("p", "CPT is a registered trademark of the American Medical Association."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "pt_annual_fee_unit_not_stated",
    "vendor": "Pellucid Charting Co.",
    "description": "Welcome letter: 'CPT Content Fee' of $24.00 annually passing through the AMA royalty, with a quantity reconciled at true-up but no unit stated anywhere; monthly subscription is a trap.",
    "label": pt(24.00, None, "year"),
    "font": "Times", "size": 11,
    "footer": "Pellucid Charting Co. - 900 Linnet Street, Burlington, VT 05401 - accounts@pellucid.example",
    "blocks": [
        ("ltitle", "Pellucid Charting Co."),
        ("p", "January 9, 2026"),
        ("p", "Dr. Theodora Wynn<br/>Wynn Dermatology &amp; Skin Surgery, PLLC<br/>18 Cooper Mill Road<br/>Essex, VT 05452"),
        ("p", "Dear Dr. Wynn,"),
        ("pj", "Welcome to Pellucid. This letter summarizes what will appear on your invoices during your first year "
               "so that nothing comes as a surprise."),
        ("h", "Your charges"),
        ("bul", ["<b>Pellucid Charting subscription</b> - $165.00 per month, invoiced on the first of each month.",
                 "<b>Onboarding</b> - $600.00, invoiced once with your first monthly invoice.",
                 "<b>CPT Content Fee</b> - $24.00 annually, invoiced each January. The quantity is reconciled at the "
                 "annual true-up in December."]),
        ("h", "About the CPT Content Fee"),
        ("pj", "Pellucid distributes the American Medical Association's CPT codes and descriptors inside the charting "
               "screens under a license from the AMA. The CPT Content Fee passes the AMA's royalty through to you; "
               "Pellucid does not add a margin."),
        ("h", "Questions"),
        ("pj", "Write to accounts@pellucid.example or call us at 802-555-0148. We are glad you chose Pellucid."),
        ("p", "Warm regards,"),
        ("p", "Jonah Abernathy<br/>Customer Accounts<br/>Pellucid Charting Co."),
    ],
})
