"""blind_ad documents, part 4: CPT licensing absent, or mentioned but left open."""
from docs_common import (ama_notices, confidentiality, general, hipaa, liability,
                         term_termination, warranty)

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ===================== CPT licensing not dealt with ========================
add(
    key="credentialing_services_agreement",
    vendor="Verity Credentialing Services, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    description="Credentialing and payer-enrollment services agreement with per-provider fees that never mentions "
                "CPT or any code-set licence.",
    font="Times", size=10.2, footer="Verity Credentialing Services  |  Services Agreement",
    blocks=[
        ("title", "Credentialing Services Agreement"),
        ("p", "This Agreement is made on February 24, 2025 between <b>Verity Credentialing Services, LLC</b> "
              "(\"Verity\") and <b>Lowcountry Behavioral Associates, LLC</b> (\"Practice\")."),
        ("h", "1. Services"),
        ("p", "Verity will (a) gather and verify each enrolled clinician's licences, board certifications, "
              "education, work history, malpractice coverage and claims history; (b) complete and maintain the "
              "clinician's profile in the industry-wide credentialing databank; (c) prepare and track payer "
              "enrollment applications for the payers the Practice selects; and (d) monitor expiration dates and "
              "re-attestation deadlines, with reminders sent sixty and thirty days in advance."),
        ("h", "2. Fees"),
        ("table", [
            ["Service", "Fee"],
            ["Initial credentialing and up to 6 payer applications", "$650 per clinician"],
            ["Each additional payer application", "$95"],
            ["Re-credentialing", "$150 per clinician per cycle"],
            ["Ongoing monitoring and databank upkeep", "$35 per clinician per month"],
            ["Expedited processing", "$200 per application"],
        ], {"widths": [6, 3]}),
        ("h", "3. Practice Responsibilities"),
        ("bullets", [
            "Provide complete, accurate information and signed attestations within five business days of request.",
            "Tell Verity promptly of any disciplinary action, malpractice claim or change in licensure.",
            "Keep each clinician's NPI record current.",
        ]),
        ("h", "4. No Guarantee"),
        ("p", "Payers decide whether and when to enroll a clinician. Verity does not guarantee approval, "
              "effective dates or reimbursement rates."),
    ] + confidentiality("Verity", "Practice") + hipaa("Verity", "Practice")
      + term_termination("one (1) year", "thirty (30) days") + general("South Carolina") + [
        ("sig", [("Verity Credentialing Services, LLC", "Monique Delacroix", "Owner"),
                 ("Lowcountry Behavioral Associates, LLC", "Dr. Ethan Pryor", "Clinical Director")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="chart_audit_engagement_codes",
    vendor="Precision Chart Review, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    description="Coding-audit engagement in which 'Provider' is the practice; CPT codes, E/M levels and modifiers "
                "appear many times as the audit subject, but no CPT licence term appears.",
    font="Helvetica", size=9.2, footer="Precision Chart Review  |  Statement of Work 25-031",
    blocks=[
        ("letterhead", "Precision Chart Review, LLC", ["Independent coding and documentation audits",
                                                       "audits@precisionchart.example"]),
        ("title", "Statement of Work 25-031: External Coding Audit"),
        ("kv", [("Provider", "Valley Oak Internal Medicine, P.C."), ("Audit period", "Dates of service Jan 1 - Jun 30, 2025"),
                ("Auditors", "Two certified professional coders"), ("Fee", "$3,900 fixed, plus $30 per additional record")]),
        ("h", "1. Sample"),
        ("p", "Precision will audit 10 records for each of Provider's six physicians and two nurse practitioners "
              "(80 records). The sample will be weighted toward office visits reported with CPT codes 99214 and "
              "99215, new patient visits 99204 and 99205, annual wellness and preventive visits billed on the same "
              "day as a problem-oriented visit, and prolonged service code 99417."),
        ("h", "2. What we check"),
        ("bullets", [
            "Whether the level of medical decision making or total time documented supports the E/M code billed.",
            "Use of modifier 25 on E/M services reported with minor procedures such as 11102 or 20610.",
            "Correct reporting of chronic care management (99490, 99439) and transitional care (99495, 99496).",
            "Linkage of ICD-10-CM codes to each CPT code on the claim, including risk-adjustment diagnoses.",
            "Use of modifier 59 or the X-modifiers on procedure pairs subject to national edits.",
        ]),
        ("h", "3. Scoring"),
        ("p", "Each record is scored as supported, over-coded or under-coded for each line. Provider-level "
              "accuracy below 85% triggers a focused re-review of 10 further records at no extra charge."),
        ("h", "4. Deliverables"),
        ("p", "A summary report with accuracy by provider and by code family; a line-by-line worksheet; and a "
              "60-minute education webinar on the most frequent findings, including CPT 2025 changes affecting "
              "Provider's specialty."),
        ("h", "5. Timeline"),
        ("p", "Records due from Provider by August 15; report delivered within 20 business days of receiving all "
              "records."),
        ("h", "6. Terms"),
        ("p", "This Statement of Work is issued under the Master Consulting Agreement dated March 3, 2024. "
              "Findings are advice; Provider remains responsible for claims it submits and for any refunds owed "
              "to payers."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="dental_pm_cdt_only",
    vendor="Enamel Office Systems, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Dental practice-management subscription terms covering only CDT dental codes under a licence from their owner, "
                "with a $49 per-location CDT content fee; no CPT at all.",
    font="Helvetica", size=9.2, footer="Enamel Office  |  Subscription Terms  |  EOS-ST-2025",
    blocks=[
        ("title", "Enamel Office Subscription Terms"),
        ("p", "These terms govern subscriptions to Enamel Office, the dental practice management system of "
              "<b>Enamel Office Systems, Inc.</b> (\"Enamel\"), by dental practices (\"Practice\")."),
        ("h", "1. The service"),
        ("p", "Enamel Office provides charting, perio charting, treatment planning, scheduling, dental claim "
              "submission, insurance estimates, patient financing links and recall reminders."),
        ("h", "2. Fees"),
        ("table", [
            ["Item", "Fee"],
            ["Enamel Office, per location", "$289 per month"],
            ["Each additional operatory beyond six", "$15 per month"],
            ["CDT content fee", "$49 per location per year"],
            ["Imaging bridge", "$39 per month"],
            ["Data conversion", "$995 one time"],
        ], {"widths": [6, 3]}),
        ("h", "3. Dental procedure codes"),
        ("p", "Enamel Office contains the Code on Dental Procedures and Nomenclature (CDT), copyrighted by the "
              "national dental association that publishes it and used under a licence from that owner. The yearly CDT "
              "content fee covers the owner's charge and the annual code update, which is installed automatically each January. "
              "Practice may use CDT content only inside Enamel Office and only for its own patients."),
        ("h", "4. Insurance estimates"),
        ("p", "Estimates are based on the plan information the Practice enters and on payer data feeds; they are "
              "not a guarantee of payment."),
        ("h", "5. Data"),
        ("p", "Practice owns its patient records. Enamel stores them in U.S. data centres and will provide a full "
              "export on request at the end of the subscription."),
        ("h", "6. Term"),
        ("p", "Subscriptions renew monthly. Either side may end the subscription with 30 days' notice."),
        ("tiny", "Support: help@enameloffice.example"),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="dme_billing_hcpcs_icd_only",
    vendor="Durable Supply Billing Software, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="DME supplier billing-software order terms built only on HCPCS Level II and ICD-10-CM, with a $19 "
                "per-user data-edition fee for those code files and a statement that no CPT content is included.",
    font="Times", size=10, footer="Durable Supply Billing Software  |  Order Terms",
    blocks=[
        ("letterhead", "Durable Supply Billing Software, Inc.", ["Billing software for DME, orthotics and medical supply companies",
                                                                 "orders@durablesupplybilling.example"]),
        ("title", "Order Terms"),
        ("p", "Customer: Prairie Mobility & Oxygen, LLC.  Order date: May 19, 2025."),
        ("h", "1. Products ordered"),
        ("table", [
            ["Product", "Basis", "Fee"],
            ["DSB Core (intake, delivery tickets, rentals, claims)", "per user per month", "$79.00"],
            ["CMN and written order tracking", "per company per month", "$60.00"],
            ["HCPCS Level II and ICD-10-CM data edition", "per user per year", "$19.00"],
            ["Competitive bidding area lookups", "included", "$0.00"],
        ], {"widths": [5, 2.5, 1.5], "right": [2]}),
        ("h", "2. Code data"),
        ("p", "DSB uses HCPCS Level II codes (for example E0601, K0001 and the L-code orthotics series) together "
              "with modifiers such as RR, NU and KX, and ICD-10-CM diagnosis codes. The data edition fee pays for "
              "our formatted, annotated edition of those public code sets, including rental-cap logic, fee "
              "schedule pricing by state and quarterly updates."),
        ("p", "DSB is not designed for physician or professional services and no CPT content is included in the "
              "product."),
        ("h", "3. Payment"),
        ("p", "Monthly fees are billed in advance; the data edition fee is billed with the first invoice and on "
              "each anniversary."),
        ("h", "4. Other terms"),
        ("p", "The DSB Customer Agreement applies. Customer is responsible for its own supplier standards, "
              "accreditation and documentation."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="trainer_staffing_cpt_other_meaning",
    vendor="Coreform Wellness Staffing, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    description="Staffing agreement for a physical-therapy clinic's wellness gym in which 'CPT' means Certified "
                "Personal Trainer, billed per hour; nothing about procedure codes or licences.",
    font="Helvetica", size=9.5, footer="Coreform Wellness Staffing  |  Placement Agreement",
    blocks=[
        ("title", "Trainer Placement Agreement"),
        ("p", "<b>Coreform Wellness Staffing, LLC</b> (\"Coreform\") will place fitness staff at the post-rehab "
              "wellness gym operated by <b>Lakeview Spine & Sports Therapy, Inc.</b> (\"Client\")."),
        ("h", "1. Definitions"),
        ("p", "\"CPT\" means a Certified Personal Trainer holding a current nationally accredited personal "
              "training certification and current CPR/AED certification. \"Shift\" means a scheduled block of at "
              "least three hours."),
        ("h", "2. Placement"),
        ("p", "Coreform will supply one CPT for the weekday evening shifts (4:00-8:00 p.m.) and one CPT for "
              "Saturday mornings. Each CPT will run small-group conditioning classes for discharged therapy "
              "patients and gym members, and will follow Client's written protocols. A CPT will not perform or "
              "bill therapy services and will refer any member reporting pain or new symptoms to Client's "
              "licensed therapists."),
        ("h", "3. Rates"),
        ("table", [
            ["Role", "Bill rate"],
            ["CPT, standard shift", "$38.00 per hour"],
            ["CPT, holiday shift", "$57.00 per hour"],
            ["Lead CPT (program design)", "$52.00 per hour"],
            ["Conversion fee if Client hires a CPT directly", "15% of first-year salary"],
        ], {"widths": [6, 3]}),
        ("h", "4. Employment"),
        ("p", "Each CPT is Coreform's employee. Coreform pays wages, payroll taxes and workers' compensation and "
              "carries general and professional liability insurance of $1 million per occurrence."),
        ("h", "5. Term"),
        ("p", "This Agreement runs month to month and may be ended by either party on fourteen days' notice."),
        ("sig", [("Coreform Wellness Staffing, LLC", "Bianca Thorsen", "Operations Manager"),
                 ("Lakeview Spine & Sports Therapy, Inc.", "Marcus Villanueva, PT", "Clinic Director")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="payment_terms_trademark_line",
    vendor="Tillpoint Patient Payments, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Patient-payment processing merchant terms whose only CPT mention is a footer trademark "
                "attribution line.",
    font="Helvetica", size=8.8, footer="Tillpoint Merchant Terms  |  v3.1  |  CPT is a registered trademark of the American Medical Association.",
    blocks=[
        ("title", "Tillpoint Merchant Terms for Healthcare Practices"),
        ("p", "These Merchant Terms apply to practices (\"Merchant\") using the card, ACH and text-to-pay services "
              "of <b>Tillpoint Patient Payments, Inc.</b> (\"Tillpoint\")."),
        ("h", "1. Services"),
        ("p", "Tillpoint provides a card terminal, an online payment page, text-to-pay links, saved cards on file "
              "with patient consent, payment plans and daily deposit reporting. Itemized receipts show the date "
              "of service, the practice's service description and the amount."),
        ("h", "2. Pricing"),
        ("table", [
            ["Item", "Price"],
            ["Card transactions", "2.69% + $0.15"],
            ["ACH transactions", "$0.50 each"],
            ["Text-to-pay link", "$0.05 each"],
            ["Terminal rental", "$15 per month"],
            ["Chargeback", "$20 each"],
        ], {"widths": [6, 3]}),
        ("h", "3. Deposits"),
        ("p", "Funds are deposited to Merchant's bank account two business days after settlement. Tillpoint may "
              "hold funds where it suspects fraud or excessive chargebacks."),
        ("h", "4. Card network rules"),
        ("p", "Merchant will follow card network rules, display refund policies to patients, and not impose "
              "surcharges where state law forbids them."),
        ("h", "5. Security"),
        ("p", "Tillpoint is PCI DSS Level 1 compliant. Merchant must not store full card numbers outside Tillpoint."),
        ("h", "6. Termination"),
        ("p", "Either party may end these terms with thirty days' notice. Tillpoint may end them immediately for "
              "fraud or a violation of network rules."),
        ("small", "Merchant support: merchants@tillpoint.example"),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="lab_client_handbook_test_codes",
    vendor="Bellwether Reference Lab, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    description="Reference-lab client handbook excerpt listing CPT codes as data in a test directory with a coding "
                "disclaimer; no licence or fee for CPT is discussed.",
    font="Helvetica", size=9, footer="Bellwether Client Services Handbook  |  Chapter 3  |  2025",
    blocks=[
        ("letterhead", "Bellwether Reference Lab, LLC", ["Client Services Handbook", "clientservices@bellwetherlab.example"]),
        ("title", "Chapter 3 - Ordering and Test Directory"),
        ("h", "3.1 Ordering"),
        ("p", "Orders may be placed on the paper requisition, through the Bellwether web portal, or by interface "
              "from your EHR. Each order must include two patient identifiers, the ordering provider's name and "
              "NPI, diagnosis codes supporting medical necessity, and the date and time of collection."),
        ("h", "3.2 About the codes in this directory"),
        ("p", "The CPT codes shown below are provided for your information and reflect how Bellwether bills each "
              "test. Coding can differ by payer. The ordering provider is responsible for ordering tests that are "
              "medically necessary, and questions about coding should be directed to the payer."),
        ("h", "3.3 Selected tests"),
        ("table", [
            ["Test", "Code", "CPT code(s)", "Specimen", "Turnaround"],
            ["Comprehensive metabolic panel", "CMP14", "80053", "Serum, SST", "Same day"],
            ["Lipid panel", "LIPID", "80061", "Serum, SST", "Same day"],
            ["Hemoglobin A1c", "HBA1C", "83036", "Whole blood, EDTA tube", "Same day"],
            ["TSH with reflex to free T4", "TSHR", "84443 (84439 if reflexed)", "Serum, SST", "1 day"],
            ["Urine culture", "UCULT", "87086", "Urine, gray", "2-3 days"],
            ["Vitamin D, 25-hydroxy", "VITD", "82306", "Serum, SST", "1-2 days"],
            ["Chlamydia/gonorrhea NAAT", "CTNG", "87491, 87591", "Urine or swab", "1-2 days"],
        ], {"widths": [3.2, 1.1, 2.2, 2, 1.3]}),
        ("h", "3.4 Advance Beneficiary Notices"),
        ("p", "For Medicare patients, obtain a signed ABN before collection when a test may not meet coverage "
              "rules for the diagnosis given. Bellwether's portal flags tests with frequency limits."),
        ("h", "3.5 Supplies"),
        ("p", "Collection supplies are provided free for Bellwether testing only and may be ordered through the "
              "portal."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="pm_proposal_cpt_features",
    vendor="Trellis Practice Software, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Practice-management proposal that lists CPT lookup, CPT-to-ICD linking and CPT-based scrubbing only "
                "as features beside a per-provider monthly price, with no CPT licence term.",
    font="Times", size=10.5, footer="Trellis Practice Software  |  Proposal for Meadowlark Podiatry",
    blocks=[
        ("letterhead", "Trellis Practice Software, Inc.", ["Proposal prepared for Meadowlark Podiatry Group, LLC",
                                                           "July 22, 2025"]),
        ("title", "Proposal: Trellis PM for Meadowlark Podiatry"),
        ("h", "Why Trellis"),
        ("p", "Meadowlark's three podiatrists and two offices need faster charge entry, cleaner claims, and better "
              "visibility into denials for routine foot care and DME. Trellis was built for specialty practices "
              "exactly like yours."),
        ("h", "Key features"),
        ("bullets", [
            "Fast CPT lookup by code, keyword or favourite list, with podiatry favourites pre-built.",
            "CPT-to-ICD linking on the charge screen so each procedure carries its supporting diagnosis.",
            "Claim scrubbing that catches CPT and modifier combinations payers reject (for example routine foot "
            "care without the Q-modifiers).",
            "Denial dashboard grouped by payer, CPT code and reason.",
            "Patient statements, text reminders and online payments.",
        ]),
        ("h", "Investment"),
        ("table", [
            ["Item", "Price"],
            ["Trellis PM subscription", "$145 per provider per month"],
            ["Integrated clearinghouse", "included"],
            ["Implementation and data conversion", "$2,500 one time"],
            ["Training (two remote sessions)", "included"],
        ], {"widths": [6, 3]}),
        ("h", "Timeline"),
        ("p", "Kick-off within two weeks of signature; go-live about six weeks later, after a parallel billing week."),
        ("h", "Next steps"),
        ("p", "Sign the attached order form and return it to your Trellis representative, Olivia Brennan, at "
              "obrennan@trellispractice.example."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="billing_company_monthly_statement",
    vendor="Copperleaf Billing Company, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    description="Medical-billing company monthly invoice and account statement with a percentage fee and a table "
                "of collections by CPT code category; CPT appears only as reporting data.",
    font="Courier", size=8.8, footer="Copperleaf Billing Company  |  Statement 2025-09  |  Acct CBC-118",
    blocks=[
        ("letterhead", "Copperleaf Billing Company, LLC", ["Invoice and Account Statement - September 2025",
                                                           "ar@copperleafbilling.example"]),
        ("kv", [("Client", "Silverline Allergy & Asthma, P.C."), ("Account", "CBC-118"),
                ("Invoice date", "October 6, 2025"), ("Due", "October 26, 2025")]),
        ("h", "Charges"),
        ("table", [
            ["Description", "Basis", "Amount"],
            ["Billing service fee", "6.0% x $84,215.40 net collections", "$5,052.92"],
            ["Patient statements mailed", "412 x $0.65", "$267.80"],
            ["Payer enrollment (2 new payers)", "2 x $90.00", "$180.00"],
            ["Prior balance", "", "$0.00"],
            ["Total due", "", "$5,500.72"],
        ], {"widths": [3.5, 4, 1.8], "right": [2], "bold_rows": [5]}),
        ("h", "Collections by service category"),
        ("table", [
            ["Category (CPT range)", "Claims", "Charges", "Collections"],
            ["Office visits (99202-99215)", "1,184", "$196,330.00", "$52,604.11"],
            ["Allergy testing (95004, 95024)", "214", "$61,910.00", "$17,250.38"],
            ["Immunotherapy (95115-95165)", "903", "$28,444.00", "$11,208.70"],
            ["Pulmonary function (94010, 94060)", "97", "$9,120.00", "$3,152.21"],
            ["Total", "2,398", "$295,804.00", "$84,215.40"],
        ], {"widths": [4, 1.3, 2, 2], "right": [1, 2, 3], "bold_rows": [5]}),
        ("h", "Account notes"),
        ("bullets", [
            "Denial rate for 95165 units fell from 6.1% to 2.3% after the units-per-vial correction.",
            "Two payers changed their modifier 25 policy in September; affected claims were reprocessed.",
            "Days in A/R: 31.4 (August: 33.0).",
        ]),
        ("p", "Please remit by ACH to the account on file or by check payable to Copperleaf Billing Company, LLC."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="chiro_renewal_letter_features",
    vendor="Spinewise Software, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Chiropractic software renewal letter announcing a 4% price increase and new coding features for "
                "CPT modifiers and timed therapy units, with no CPT licence term.",
    font="Times", size=11, footer="Spinewise Software, Inc.  |  Renewal notice",
    blocks=[
        ("letterhead", "Spinewise Software, Inc.", ["1155 Riverside Avenue, Jacksonville, FL 32204", "renewals@spinewise.example"]),
        ("p", "September 30, 2025"),
        ("p", "Dr. Camila Bright<br/>Bright Path Chiropractic, LLC<br/>88 Coquina Way<br/>St. Augustine, FL 32080"),
        ("p", "Dear Dr. Bright,"),
        ("p", "Your Spinewise subscription renews on November 1, 2025. We want to tell you what's new and what's "
              "changing."),
        ("p", "<b>New this year.</b> Spinewise now prompts for the AT modifier on active treatment for Medicare "
              "patients, suggests modifier 59 or XS when an extraspinal manipulation (98943) is billed with spinal "
              "regions (98940-98942), and calculates units for timed therapy codes such as 97110, 97112 and 97140 "
              "from the minutes your staff record, following the eight-minute rule. The superbill designer also "
              "lets you reorder CPT codes by how often you use them."),
        ("p", "<b>Price.</b> Your subscription will increase by 4%, from $179 to $186 per month for your office, "
              "and each additional provider will be $52 per month (was $50). This is our first increase in three "
              "years."),
        ("p", "<b>Nothing to do.</b> Your renewal is automatic. To change your plan, call us at (904) 555-0119 "
              "before October 25."),
        ("p", "Thank you for being a Spinewise office."),
        ("p", "Warm regards,<br/>Theo Lindgren<br/>Customer Success Lead"),
    ],
)

# ======================== CPT licensing left open ==========================
add(
    key="ehr_order_form_thirdparty_may_apply",
    vendor="Cedarline EHR, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="EHR order form saying fees for third-party content, including CPT and other code sets, 'may apply' "
                "and will be quoted separately if applicable, leaving open whether and by whom the CPT royalty is "
                "paid.",
    font="Helvetica", size=9, footer="Cedarline EHR  |  Order Form  |  CL-OF-3390",
    blocks=[
        ("letterhead", "Cedarline EHR, Inc.", ["Order Form CL-OF-3390", "orders@cedarlineehr.example"]),
        ("kv", [("Customer", "Highmark Hills Urgent Care, LLC"), ("Sites", "2"), ("Providers", "9"),
                ("Initial term", "36 months"), ("Effective date", "March 1, 2025")]),
        ("h", "Fees"),
        ("table", [
            ["Item", "Basis", "Fee"],
            ["Cedarline EHR subscription", "per provider per month", "$325.00"],
            ["Front-desk and billing users", "per user per month", "$25.00"],
            ["Implementation", "one time", "$9,000.00"],
            ["Lab interface (one reference lab)", "one time", "$2,800.00"],
            ["e-Prescribing", "included", "$0.00"],
        ], {"widths": [4.5, 3, 1.5], "right": [2]}),
        ("h", "Additional terms"),
        ("numbered", [
            "Subscription fees begin on the go-live date or ninety days after the effective date, whichever is "
            "earlier.",
            "Fees for third-party content, including CPT\u00ae and other code sets, drug databases and patient "
            "education materials, may apply and will be quoted separately if applicable.",
            "Cedarline may increase recurring fees by up to 5% at each anniversary after the first year.",
            "This Order Form is governed by the Cedarline Master Subscription Agreement.",
        ]),
        ("sig", [("Cedarline EHR, Inc.", "Paloma Riggs", "Account Director"),
                 ("Highmark Hills Urgent Care, LLC", "Dr. Andre Whitcomb", "Medical Director")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="eula_ama_notices_only",
    vendor="Alder Point Software, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Practice-software EULA that carries the AMA copyright, fee-schedule, 'does not practice medicine' "
                "and FARS/DFARS notices but contains no sublicence grant and says nothing about who pays for CPT.",
    font="Times", size=9.8, footer="Alder Point Software  |  End User Licence Agreement  |  APS-EULA-12",
    blocks=[
        ("title", "End User Licence Agreement"),
        ("p", "PLEASE READ THIS AGREEMENT BEFORE INSTALLING OR USING ALDER POINT PRACTICE SUITE. BY INSTALLING OR "
              "USING IT, YOU AGREE TO BE BOUND BY THIS AGREEMENT."),
        ("h", "1. Parties"),
        ("p", "This Agreement is between <b>Alder Point Software, Inc.</b> (\"Alder Point\") and the practice or "
              "person installing the software (\"Licensee\")."),
        ("h", "2. Licence"),
        ("p", "Alder Point grants Licensee a non-exclusive, non-transferable licence to install Alder Point "
              "Practice Suite on the number of workstations for which Licensee has paid the licence fee, and to "
              "use it for Licensee's internal practice management, scheduling and billing."),
        ("h", "3. Restrictions"),
        ("p", "Licensee may not copy the software except for backup, reverse engineer it, rent it, or remove any "
              "proprietary notice."),
        ("h", "4. Maintenance"),
        ("p", "Maintenance, including updates and telephone support, is available under a separate maintenance "
              "plan at Alder Point's then-current rates."),
        ("h", "5. Warranty"),
        ("p", "Alder Point warrants that the media is free from defects for ninety days. OTHERWISE THE SOFTWARE IS "
              "PROVIDED AS IS."),
        ("h", "6. Limitation of Liability"),
        ("p", "ALDER POINT'S LIABILITY IS LIMITED TO THE LICENCE FEE PAID."),
        ("h", "7. Third-Party Notices"),
    ] + ama_notices(2025, "full") + [
        ("h", "8. General"),
        ("p", "This Agreement is governed by the laws of the State of Wisconsin and is the entire agreement about "
              "the software."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="rehab_cloud_body_exhibit_conflict",
    vendor="Pinnacle Rehab Cloud, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Rehab software agreement whose body says Subscription Fees include the CPT royalty while Exhibit B "
                "lists an AMA CPT royalty of $18.00 per provider per year, with no order-of-precedence clause to "
                "settle the conflict.",
    font="Helvetica", size=9.2, footer="Pinnacle Rehab Cloud  |  Subscription Agreement  |  PRC-SA-0410",
    blocks=[
        ("title", "Subscription Agreement"),
        ("p", "This Subscription Agreement is made on April 10, 2025 between <b>Pinnacle Rehab Cloud, Inc.</b> "
              "(\"Pinnacle\") and <b>Eastgate Hand & Upper Extremity Therapy, LLC</b> (\"Customer\")."),
        ("h", "1. Service"),
        ("p", "Pinnacle provides its hosted therapy documentation, scheduling and billing platform, including "
              "outcome measures, functional reporting and a home exercise portal."),
        ("h", "2. Users"),
        ("p", "Customer may permit its therapists, assistants and office staff to use the platform under "
              "individual log-ins."),
        ("h", "3. Customer Data"),
        ("p", "Customer owns its data. Pinnacle may use de-identified aggregate data to improve the service."),
        ("h", "4. Support"),
        ("p", "Pinnacle will provide support by phone and chat from 7 a.m. to 7 p.m. Central time on business days."),
        ("h", "5. Fees"),
        ("p", "5.1 Customer will pay the fees in Exhibit B."),
        ("p", "5.2 The Subscription Fees include the royalty for the CPT content in the platform, which Pinnacle "
              "distributes under its licence from the American Medical Association."),
        ("p", "5.3 Fees are invoiced monthly in advance and are due within thirty days."),
        ("h", "6. Term"),
        ("p", "The term is twenty-four months and renews for twelve-month terms unless either party gives sixty "
              "days' notice."),
    ] + hipaa("Pinnacle", "Customer") + liability("Pinnacle") + general("Missouri", extra=[
        "Entire agreement. This Agreement, including its Exhibits, is the parties' entire agreement on its "
        "subject and replaces all prior proposals."]) + [
        ("sig", [("Pinnacle Rehab Cloud, Inc.", "Desmond Achebe", "Chief Revenue Officer"),
                 ("Eastgate Hand & Upper Extremity Therapy, LLC", "Fiona Caldwell, OTR/L, CHT", "Owner")]),
        ("pagebreak",),
        ("title", "Exhibit B - Fee Schedule"),
        ("table", [
            ["Fee", "Basis", "Amount"],
            ["Subscription Fee", "per provider per month", "$89.00"],
            ["Office staff log-in", "per user per month", "$15.00"],
            ["AMA CPT royalty", "per provider per year", "$18.00"],
            ["Outcome measures library", "per clinic per month", "$20.00"],
            ["Onboarding", "one time", "$600.00"],
        ], {"widths": [3.5, 3.5, 2], "right": [2]}),
        ("p", "Customer's initial order: 5 providers and 2 office staff log-ins."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="chiro_quote_schedule_missing",
    vendor="Alignright Chiropractic Systems, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Chiropractic software quote whose CPT royalty line only says 'see Schedule C', and Schedule C is "
                "left blank pending confirmation, so neither the payer nor the amount is stated.",
    font="Helvetica", size=9.3, footer="Alignright Chiropractic Systems  |  Quote AR-8812",
    blocks=[
        ("letterhead", "Alignright Chiropractic Systems, Inc.", ["Quote AR-8812  |  October 2, 2025",
                                                                 "sales@alignright.example"]),
        ("kv", [("Prepared for", "Cornerstone Chiropractic & Wellness, LLC"), ("Doctors", "3"),
                ("Offices", "1"), ("Term", "12 months")]),
        ("table", [
            ["Item", "Price"],
            ["Alignright Pro, first doctor", "$169 per month"],
            ["Additional doctor (x2)", "$59 per month each"],
            ["Digital intake kiosk", "$29 per month"],
            ["CPT royalty", "see Schedule C"],
            ["Set-up and template import", "$249 one time"],
        ], {"widths": [6, 3]}),
        ("h", "Notes"),
        ("bullets", [
            "Prices are valid for 30 days.",
            "Monthly items start on the go-live date.",
            "Alignright's Customer Terms apply.",
        ]),
        ("sig", [("Alignright Chiropractic Systems, Inc.", "Peyton Marsh", "Sales Consultant"),
                 ("Cornerstone Chiropractic & Wellness, LLC", "Dr. Omar Haddad", "Owner")]),
        ("pagebreak",),
        ("title", "Schedule C - CPT Content"),
        ("p", "[Intentionally left blank pending confirmation of AMA terms. To be provided before go-live.]"),
        ("tiny", "CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="telemedicine_policy_page_subject_to",
    vendor="Wavecrest Telemedicine, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Telemedicine platform billing policy page saying CPT codes in the platform are 'subject to the "
                "AMA's licensing terms' without saying who holds the licence or pays for it.",
    font="Helvetica", size=9.5, footer="Wavecrest Policies  |  Billing and Coding Policy",
    blocks=[
        ("letterhead", "Wavecrest Telemedicine", ["Policy Center", "policies.wavecrest.example"]),
        ("title", "Billing and Coding Policy"),
        ("small", "Effective August 1, 2025. Applies to all Wavecrest clinician accounts."),
        ("h", "Purpose"),
        ("p", "This policy explains how visit information in Wavecrest supports billing by clinicians and their "
              "practices. Wavecrest Telemedicine, Inc. does not bill payers for clinicians' services."),
        ("h", "Visit coding"),
        ("p", "At the end of a visit the clinician can select a visit code, add the telehealth place-of-service and "
              "modifier required by the patient's payer, and attach diagnosis codes. Wavecrest's suggestions are "
              "based on visit length and the documentation entered, and the clinician must confirm every code."),
        ("h", "Code sets"),
        ("p", "Wavecrest uses ICD-10-CM for diagnoses and CPT for visit and procedure codes. Use of CPT codes "
              "within the platform is subject to the AMA's licensing terms."),
        ("h", "Exports"),
        ("p", "Visit summaries can be exported as PDF superbills or sent to a connected practice management "
              "system. The practice is responsible for claim submission and for the accuracy of coded claims."),
        ("h", "Fees for clinicians"),
        ("p", "Wavecrest's subscription fee is $65 per clinician per month. Payment processing for patient "
              "self-pay visits is 3.1% per transaction."),
        ("h", "Questions"),
        ("p", "Write to billing-policy@wavecrest.example."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="clearinghouse_reserves_right_to_charge",
    vendor="Tandem Claims Hub, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Clearinghouse service terms that display CPT descriptors in claim edits and reserve the right to "
                "introduce charges relating to third-party code sets such as CPT on notice, without saying whether "
                "any charge applies or who holds the licence.",
    font="Times", size=10, footer="Tandem Claims Hub  |  Service Terms  |  TCH-ST-6",
    blocks=[
        ("title", "Tandem Claims Hub - Service Terms"),
        ("p", "These Service Terms apply to practices and billing services (\"Subscriber\") that use the claims, "
              "eligibility and remittance services of <b>Tandem Claims Hub, Inc.</b> (\"Tandem\")."),
        ("h", "1. Services"),
        ("p", "Tandem routes professional claims to more than 2,000 payers, applies front-end edits before "
              "release, shows rejected lines with the procedure code and its descriptor, and delivers 835 "
              "remittance files."),
        ("h", "2. Fees"),
        ("table", [
            ["Plan", "Monthly fee", "Included claims"],
            ["Starter", "$59", "300"],
            ["Standard", "$119", "1,000"],
            ["Volume", "$249", "unlimited"],
        ], {"widths": [3, 3, 3]}),
        ("p", "Claims beyond the included amount are $0.18 each. Eligibility checks are $0.09 each."),
        ("h", "3. Third-Party Content"),
        ("p", "Edits and descriptors shown in the service draw on code sets published by third parties, "
              "including CPT. Tandem may introduce charges relating to third-party code sets on sixty days' "
              "written notice to Subscriber."),
        ("h", "4. Subscriber obligations"),
        ("p", "Subscriber is responsible for the accuracy of claims and for payer enrollment. Subscriber will not "
              "use the service to submit claims for services not rendered."),
    ] + hipaa("Tandem", "Subscriber") + liability("Tandem") + term_termination("one (1) year", "thirty (30) days")
      + general("Tennessee"),
)

# ---------------------------------------------------------------------------
add(
    key="practice_systems_email_disregard",
    vendor="Ferncliff Practice Systems, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="E-mail thread in which a vendor rep first says the CPT royalty is included, but the latest message "
                "asks the practice to disregard that and says it is not yet known how CPT will be handled for its "
                "plan.",
    font="Helvetica", size=9.3, footer="Mail export  |  Ferncliff support ticket 77120",
    blocks=[
        ("title", "Ticket 77120 - CPT licence question"),
        ("email", [("From", "Graham Pelletier <gpelletier@ferncliffps.example>"),
                   ("To", "Nadia Rahimi <nrahimi@oakhavenneuro.example>"),
                   ("Date", "Thu, Oct 16, 2025 11:38 AM"),
                   ("Subject", "RE: RE: CPT licence question")],
         ["Hi Nadia,",
          "I owe you a correction. Please disregard what I wrote on Monday about the CPT royalty being included in "
          "your subscription. That is true for our Enterprise tier, but your practice is on the Essentials tier, "
          "and I don't yet know how the AMA royalty will be handled for Essentials customers in 2026. Our "
          "licensing team is reviewing it and I'll come back to you once there is an answer.",
          "Sorry for the confusion,",
          "Graham Pelletier, Account Manager, Ferncliff Practice Systems, Inc."]),
        ("email", [("From", "Nadia Rahimi <nrahimi@oakhavenneuro.example>"),
                   ("To", "Graham Pelletier <gpelletier@ferncliffps.example>"),
                   ("Date", "Tue, Oct 14, 2025 8:15 AM"),
                   ("Subject", "RE: CPT licence question")],
         ["Great, thank you. So we won't need to buy anything from the AMA for the 2026 audit? Our compliance "
          "officer wants it in writing."]),
        ("email", [("From", "Graham Pelletier <gpelletier@ferncliffps.example>"),
                   ("To", "Nadia Rahimi <nrahimi@oakhavenneuro.example>"),
                   ("Date", "Mon, Oct 13, 2025 4:50 PM"),
                   ("Subject", "RE: CPT licence question")],
         ["Hi Nadia - yes, the CPT royalty is included in your Ferncliff subscription, there's nothing extra to "
          "pay and nothing you need to buy separately.",
          "Graham"]),
        ("email", [("From", "Nadia Rahimi <nrahimi@oakhavenneuro.example>"),
                   ("To", "Ferncliff Support <support@ferncliffps.example>"),
                   ("Date", "Mon, Oct 13, 2025 9:02 AM"),
                   ("Subject", "CPT licence question")],
         ["Hello, our neurology group (4 physicians, 13 staff) is preparing for a compliance review. Do we need "
          "our own CPT licence for Ferncliff, or is it covered by what we pay you ($210 per provider per month)?",
          "Nadia Rahimi, Practice Manager, Oakhaven Neurology Associates"]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="anesthesia_proposal_cpt_tbd",
    vendor="Plexus Anesthesia Revenue Group, LLC",
    coverage="unclear",
    cpt_fee=None,
    description="Anesthesia revenue-cycle proposal whose pricing table lists 'CPT licensing' as TBD, to be discussed, "
                "beside a percentage fee and one-time charges.",
    font="Times", size=10.5, footer="Plexus Anesthesia Revenue Group  |  Proposal",
    blocks=[
        ("letterhead", "Plexus Anesthesia Revenue Group, LLC", ["Proposal for Riverside Anesthesia Care, P.C.",
                                                                "Submitted August 27, 2025"]),
        ("title", "Anesthesia Revenue Cycle Proposal"),
        ("h", "Executive summary"),
        ("p", "Riverside Anesthesia Care covers four hospitals and two surgery centres with 22 anesthesiologists "
              "and 41 CRNAs. Plexus proposes to take over charge capture, coding, claims and A/R follow-up, with "
              "a target of a 3-point improvement in net collection rate within the first year."),
        ("h", "Scope"),
        ("bullets", [
            "Abstraction of anesthesia records and assignment of anesthesia and pain procedure codes.",
            "Medical direction and concurrency review with QK, QX, QY and QZ modifiers.",
            "Claims, posting, denials, appeals and patient billing.",
            "Monthly dashboard including units per case and payer mix.",
        ]),
        ("h", "Pricing"),
        ("table", [
            ["Component", "Proposed fee"],
            ["Revenue cycle services", "5.1% of net collections"],
            ["Transition and legacy A/R work-down", "4.0% of legacy collections"],
            ["Interface build (per facility system)", "$2,000 one time"],
            ["CPT licensing", "TBD - to be discussed"],
        ], {"widths": [5.5, 3.5]}),
        ("h", "Assumptions"),
        ("p", "Pricing assumes electronic delivery of anesthesia records from each facility and a 36-month term. "
              "Final terms will be set out in a Billing Services Agreement."),
        ("p", "Contact: Simone Achterberg, Vice President, Client Development, sachterberg@plexusarg.example"),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="codebook_reseller_invoice",
    vendor="Ledger & Quill Medical Books, LLC",
    coverage="unclear",
    cpt_fee=None,
    description="Coding-book reseller invoice for printed code books and digital access where digital CPT content is "
                "said to be subject to the publisher's end-user terms 'and any applicable licence fees', with no "
                "statement of who pays.",
    font="Courier", size=8.8, footer="Ledger & Quill Medical Books  |  Invoice LQ-104455",
    blocks=[
        ("letterhead", "Ledger & Quill Medical Books, LLC", ["Invoice LQ-104455", "orders@ledgerquill.example"]),
        ("kv", [("Sold to", "Foothill Rheumatology Clinic, PLLC"), ("Invoice date", "December 2, 2025"),
                ("Terms", "Net 30"), ("PO", "FRC-2026-BOOKS")]),
        ("table", [
            ["Qty", "Item", "Unit", "Amount"],
            ["2", "Procedure coding professional edition 2026 (spiral)", "$129.95", "$259.90"],
            ["2", "ICD-10-CM expert edition 2026", "$94.95", "$189.90"],
            ["1", "HCPCS Level II professional edition 2026", "$89.95", "$89.95"],
            ["3", "Digital code look-up access, 12 months (single user)", "$59.00", "$177.00"],
            ["", "Shipping", "", "$18.00"],
            ["", "Total", "", "$734.75"],
        ], {"widths": [0.6, 5.2, 1.3, 1.4], "right": [2, 3], "bold_rows": [6]}),
        ("h", "Notes"),
        ("numbered", [
            "Printed books ship from our warehouse within two business days.",
            "Digital access codes are e-mailed to the purchasing contact.",
            "Digital access to CPT content is subject to the publisher's end-user terms and any applicable "
            "licence fees.",
            "Returns of unopened books accepted within 30 days.",
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="dental_medical_may_require_licence",
    vendor="Oralis Practice Suite, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Dental-plus-medical software brochure stating that the medical billing module uses CPT codes and "
                "that 'an additional licence may be required' for CPT content, without saying from whom or who "
                "pays.",
    font="Helvetica", size=9.5, footer="Oralis Practice Suite  |  Medical Billing Module  |  Product sheet",
    blocks=[
        ("letterhead", "Oralis Practice Suite, Inc.", ["Dental practice software with medical billing built in",
                                                       "www.oralis.example"]),
        ("title", "Medical Billing Module"),
        ("p", "More dental practices are billing medical insurance for oral appliance therapy, frenectomies, "
              "biopsies, trauma and implant-related surgery. The Oralis Medical Billing Module puts medical claims "
              "next to dental claims in the same patient ledger."),
        ("h", "Highlights"),
        ("bullets", [
            "CMS-1500 claims created from the same treatment plan as the dental claim.",
            "CDT-to-CPT crosswalk suggestions for common procedures.",
            "ICD-10-CM diagnosis search with dental favourites.",
            "Medical pre-authorization tracking and letters of medical necessity.",
        ]),
        ("h", "Pricing"),
        ("table", [
            ["Item", "Price"],
            ["Medical Billing Module", "$129 per office per month"],
            ["Medical claim submission", "$0.35 per claim"],
            ["Training (two sessions)", "$300 one time"],
            ["CDT annual update", "included with Oralis support"],
        ], {"widths": [6, 3]}),
        ("h", "Licensing note"),
        ("p", "The Medical Billing Module uses CPT codes. An additional licence may be required for CPT content; "
              "please contact your Oralis account manager for details."),
        ("tiny", "CPT is a registered trademark of the American Medical Association."),
    ],
)
