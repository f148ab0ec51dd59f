"""blind_n documents, part D (10 documents)."""

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------
add(
    key="d_amendment_new_fee",
    vendor="Palisade EHR Corporation",
    coverage="pass_through",
    fee=(19.00, "user", "year"),
    desc="Amendment No. 2 (signed Oct 2025, effective Jan 1, 2026) raises the CPT Sublicense Fee from $17.50 to $19.00 per Named User per year; label the fee in force.",
    font="times",
    size=10.2,
    running="Palisade EHR Corporation — Amendment No. 2",
    blocks=[
        ("title", "AMENDMENT NO. 2"),
        ("sub", "to the Subscription Agreement dated April 1, 2023"),
        ("p", "This Amendment No. 2 is entered into on October 6, 2025 by <b>Palisade EHR Corporation</b>, a Washington corporation (\"Palisade\"), and Northgate Allergy & Asthma Clinic, P.A. (\"Customer\")."),
        ("h", "Background"),
        ("p", "Under Section 5.4 of the Subscription Agreement (the \"Agreement\"), Customer pays Palisade a CPT Sublicense Fee of $17.50 per Named User per year, invoiced each January, in respect of the CPT® content Palisade sublicenses to Customer under its distribution agreement with the American Medical Association. The AMA has increased its royalty for the 2026 code year, and Palisade's processing costs have risen."),
        ("h", "Amendments"),
        ("ol", [
            ("1.", "Effective January 1, 2026, Section 5.4 of the Agreement is amended by replacing \"$17.50\" with \"$19.00\". Section 5.4, as amended, therefore requires Customer to pay a CPT Sublicense Fee of $19.00 per Named User per year."),
            ("2.", "Effective January 1, 2026, the Subscription Fee in Schedule 1 for the Palisade Allergy Suite is increased from $265.00 to $279.00 per Provider per month."),
            ("3.", "The renewal term of the Agreement is extended to March 31, 2028."),
            ("4.", "Palisade will give Customer at least sixty (60) days' notice of any further change in the CPT Sublicense Fee, which may be made only to reflect a change in the royalty charged by the AMA."),
            ("5.", "All other terms of the Agreement remain unchanged. Capitalized terms have the meanings given in the Agreement."),
        ]),
        ("h", "Illustration (non-binding)"),
        ("table", [
            ["", "2025", "From Jan 1, 2026"],
            ["CPT Sublicense Fee (per Named User per year)", "$17.50", "$19.00"],
            ["Named Users reported by Customer", "11", "11"],
            ["Annual CPT Sublicense Fee", "$192.50", "$209.00"],
        ], {"widths": [0.56, 0.2, 0.24], "right": [1, 2]}),
        ("sig", [
            ("<b>PALISADE EHR CORPORATION</b><br/>By: ______________________<br/>Name: Lionel Hart<br/>Title: Director, Contracts",
             "<b>NORTHGATE ALLERGY & ASTHMA CLINIC, P.A.</b><br/>By: ______________________<br/>Name: Dr. Priya Raman<br/>Title: Medical Director"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_renewal_notice_increase",
    vendor="Tidewater Therapy Cloud, Inc.",
    coverage="pass_through",
    fee=(20.00, "provider", "year"),
    desc="Renewal notice: annual CPT charge per clinician for 2026 is $20.00 ($18.50 AMA royalty + $1.50 processing; was $19.50); plan price increase of 3.5% is not the CPT fee.",
    font="helv",
    running="Tidewater Therapy Cloud, Inc. — Renewal Notice",
    blocks=[
        ("right", "Tidewater Therapy Cloud, Inc.<br/>820 Seawall Boulevard<br/>Galveston, TX 77550"),
        ("p", "November 12, 2025"),
        ("p", "Ms. Carla Jennings, Office Manager<br/>Gulfside Speech & Occupational Therapy, PLLC<br/>118 Palmetto Street, League City, TX 77573"),
        ("p", "<b>Re: Renewal of your Tidewater subscription — account TW-33810</b>"),
        ("p", "Dear Ms. Jennings,"),
        ("p", "Thank you for being a Tidewater customer. Your subscription renews automatically on February 1, 2026 for another twelve months. This letter sets out what will change."),
        ("h", "1. Plan price"),
        ("p", "Your Clinic plan price will rise by 3.5%, from $58.00 to $60.03 per clinician per month. This is the first increase since 2023 and is within the renewal cap in your agreement."),
        ("h", "2. Annual AMA CPT® charge"),
        ("p", "As in previous years, we will pass through the royalty that the American Medical Association charges us for CPT codes used in Tidewater. For the 2026 code year the AMA royalty component rises from $18.00 to $18.50, while our processing component stays at $1.50. Your annual CPT charge per clinician for 2026 will therefore be $20.00 (it was $19.50 for 2025). It will be billed on your first invoice of 2026, for each clinician on your account on that date."),
        ("h", "3. What is not changing"),
        ("ul", [
            "Unlimited non-clinician staff logins remain free and are not counted for the CPT charge.",
            "ICD-10-CM and HCPCS Level II updates remain included at no cost.",
            "Your support plan and data-storage allowance are unchanged.",
        ]),
        ("h", "4. If you do not want to renew"),
        ("p", "Please tell us in writing by January 2, 2026 (30 days before renewal). You can export your records at any time from Settings › Data Export."),
        ("p", "If you have questions, contact your customer success manager, Owen Pratt, at owen.pratt@tidewatertherapy.example."),
        ("p", "Sincerely,<br/><br/>Jill Navarro<br/>Director of Customer Accounts<br/>Tidewater Therapy Cloud, Inc."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_exhibit_controls_header_unit",
    vendor="Cobaltline Medical Software, Inc.",
    coverage="pass_through",
    fee=(21.00, "provider", "year"),
    desc="MSA body says fees include all third-party royalties, but Exhibit C (which controls under the precedence clause) has a CPT royalty pass-through row of 21.00; unit and period appear only in that table's header row ('Annual fees' | 'USD per licensed provider').",
    font="times",
    size=10,
    running="Cobaltline Medical Software, Inc. — Master Subscription Agreement (excerpt) and Exhibit C",
    blocks=[
        ("title", "MASTER SUBSCRIPTION AGREEMENT"),
        ("sub", "Cobaltline Medical Software, Inc. and Redwood Coast Dermatology, Inc. — dated August 25, 2025 (excerpt)"),
        ("h", "3. Fees"),
        ("p", "3.1 Customer shall pay the fees set out in the Exhibits for the Cobaltline platform, including the EHR, practice management and patient engagement modules that Customer has ordered."),
        ("p", "3.2 The Subscription Fees include hosting, maintenance, support, regulatory updates and all third-party content royalties."),
        ("p", "3.3 Cobaltline invoices monthly fees in advance and annual fees each January. Payment is due within thirty (30) days."),
        ("h", "9. Content"),
        ("p", "9.1 The platform contains CPT® content that Cobaltline distributes under a license from the American Medical Association. Customer may use that content only within the platform."),
        ("h", "14. Miscellaneous"),
        ("p", "14.1 <i>Notices.</i> Notices must be in writing and sent to the addresses on the signature page."),
        ("p", "14.2 <i>Assignment.</i> Neither party may assign this Agreement without the other's consent, except to a successor to substantially all of its business."),
        ("p", "14.3 <i>Order of precedence.</i> In the event of any conflict between the body of this Agreement and any Exhibit, the Exhibit shall control."),
        ("pb",),
        ("title", "EXHIBIT C — RECURRING FEES"),
        ("sub", "Redwood Coast Dermatology, Inc. — 5 licensed providers, 2 locations"),
        ("p", "<b>Table C-1</b>"),
        ("table", [
            ["Monthly fees", "USD per licensed provider"],
            ["EHR and PM subscription", "365.00"],
            ["Patient engagement module", "40.00"],
            ["Dermatology image management", "55.00"],
        ], {"widths": [0.7, 0.3], "right": [1]}),
        ("p", "<b>Table C-2</b>"),
        ("table", [
            ["Annual fees", "USD per licensed provider"],
            ["AMA CPT® royalty (pass-through)", "21.00"],
            ["Regulatory reporting package (MIPS)", "120.00"],
        ], {"widths": [0.7, 0.3], "right": [1]}),
        ("p", "<b>Table C-3</b>"),
        ("table", [
            ["Fee item", "Amount", "Basis"],
            ["Second location set-up", "1,500.00", "one-time"],
            ["HCPCS Level II and ICD-10-CM updates", "0.00", "—"],
        ], {"widths": [0.5, 0.2, 0.3], "right": [1]}),
        ("p", "Fees in Table C-2 are invoiced each January for the calendar year, and on the first invoice after a provider is added."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_renewal_still_included",
    vendor="Lumen Physio Software, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Physiotherapy software renewal notice: price rises 3% to $72/therapist/month; the vendor includes the AMA CPT royalty in the subscription and pays the AMA itself; no separate CPT line.",
    font="helv",
    running="Lumen Physio Software, Inc. — Renewal confirmation",
    blocks=[
        ("title", "Your Lumen renewal"),
        ("p", "<b>Lumen Physio Software, Inc.</b> · 3900 Riverside Drive, Suite 210, Spokane, WA 99201"),
        ("kv", [
            ("Customer", "Northshore Sports Physical Therapy, LLC"),
            ("Account", "LPS-7719"),
            ("Current term ends", "March 31, 2026"),
            ("Renewal term", "April 1, 2026 – March 31, 2027"),
        ], [0.25, 0.75]),
        ("h", "Renewal pricing"),
        ("table", [
            ["", "Current", "From April 1, 2026"],
            ["Lumen Clinic subscription (per therapist, per month)", "$69.90", "$72.00"],
            ["Front-desk and billing seats", "included", "included"],
            ["Home exercise program app", "$15.00 / month", "$15.00 / month"],
            ["Therapists on account", "6", "6"],
        ], {"widths": [0.5, 0.22, 0.28], "right": [1, 2]}),
        ("h", "About the AMA CPT® royalty"),
        ("p", "Some customers have asked about the AMA royalty for CPT codes that a number of other therapy systems now bill as a separate yearly charge. At Lumen that royalty is included in your subscription, and Lumen pays it to the American Medical Association directly. There is no separate CPT line on your invoice, and that is not changing at this renewal."),
        ("p", "ICD-10-CM and HCPCS Level II updates are free federal data and remain included too."),
        ("h", "What you need to do"),
        ("p", "Nothing, if you want to continue. Your renewal will process automatically on April 1, 2026. If you would like to change the number of therapists or cancel, reply before March 1, 2026."),
        ("p", "Thank you for working with us,<br/>The Lumen Accounts Team<br/>accounts@lumenphysio.example"),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_sublicense_no_fee",
    vendor="Westbrook Clinical Informatics, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="EULA with a CPT sublicence grant from an AMA distributor and a pricing exhibit with no CPT fee, stating the listed fees are the only fees for the software and its embedded content.",
    font="times",
    size=10,
    running="Westbrook Clinical Informatics, Inc. — End User License Agreement",
    blocks=[
        ("title", "END USER LICENSE AGREEMENT"),
        ("sub", "Westbrook Ambulatory Suite"),
        ("p", "This End User License Agreement (\"EULA\") is between <b>Westbrook Clinical Informatics, Inc.</b> (\"Westbrook\") and the customer named in the Pricing Exhibit (\"Customer\")."),
        ("h", "1. License"),
        ("p", "Westbrook grants Customer a non-exclusive, non-transferable license to use the Westbrook Ambulatory Suite (the \"Software\") as hosted by Westbrook, for Customer's internal clinical and business purposes."),
        ("h", "6. CPT® Sublicense"),
        ("p", "6.1 Westbrook is party to a distribution license agreement with the American Medical Association (\"AMA\") for Current Procedural Terminology (\"CPT\")."),
        ("p", "6.2 Westbrook grants Customer a non-exclusive, non-transferable sublicense to use CPT solely as embedded in the Software, by Customer's personnel in the United States, for Customer's internal purposes. Customer may not sublicense, sell or distribute CPT, or copy it other than as incidental to normal use of the Software."),
        ("p", "6.3 Customer shall keep the AMA's copyright notices on any printouts that display CPT. The AMA is a third-party beneficiary of this Section 6."),
        ("p", "6.4 If Westbrook's agreement with the AMA ends, this sublicense ends at the same time and Westbrook will notify Customer promptly."),
        ("h", "7. Fees"),
        ("p", "7.1 Customer shall pay the fees in the Pricing Exhibit. The fees in the Pricing Exhibit are the only fees payable for the Software and the content embedded in it."),
        ("p", "7.2 Westbrook may adjust fees at renewal on ninety days' notice."),
        ("h", "Pricing Exhibit"),
        ("kv", [("Customer", "Maple Grove Family Practice, LLC"), ("Start date", "December 1, 2025")], [0.2, 0.8]),
        ("table", [
            ["Item", "Fee"],
            ["Software subscription", "$265 per provider per month"],
            ["Lab interface (bidirectional)", "$1,500 one-time + $35 per month"],
            ["Training beyond go-live", "$120 per hour"],
            ["Data conversion", "$2,000 one-time"],
        ], {"widths": [0.5, 0.5]}),
        ("small", "CPT only © 2025 American Medical Association. All rights reserved. The AMA does not directly or indirectly practice medicine or dispense medical services."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_encoder_royalty_included",
    vendor="Precisa Coding Tools, LLC",
    coverage="vendor_covers",
    fee=None,
    desc="Encoder subscription order: $1,240 per Named User per year 'includes the AMA royalty for CPT content'; the optional $19 AMA HCPCS Level II edition add-on is not a CPT fee.",
    font="helv",
    running="Precisa Coding Tools, LLC — Subscription Order PCT-25-2210",
    blocks=[
        ("title", "Subscription Order PCT-25-2210"),
        ("kv", [
            ("Vendor", "Precisa Coding Tools, LLC, 500 Congress Avenue, Floor 9, Austin, TX 78701"),
            ("Customer", "Hill Country Surgical Associates, P.A."),
            ("Product", "Precisa Encoder — Professional Fee edition"),
            ("Term", "January 1, 2026 – December 31, 2026"),
        ], [0.18, 0.82]),
        ("table", [
            ["Item", "Qty", "Unit price (per year)", "Amount"],
            ["Precisa Encoder subscription (per Named User)", "4", "$1,240.00", "$4,960.00"],
            ["Optional: AMA edition HCPCS Level II content (per Named User)", "4", "$19.00", "$76.00"],
            ["Coding Clinic and guideline library", "1", "Included", "$0.00"],
            ["Total", "", "", "$5,036.00"],
        ], {"widths": [0.52, 0.08, 0.2, 0.2], "right": [1, 2, 3], "boldlast": True}),
        ("h", "Terms specific to this Order"),
        ("ol", [
            ("1.", "<b>CPT content.</b> The subscription price includes the AMA royalty for CPT® content for each Named User in this Order. Precisa pays that royalty to the American Medical Association under its distribution agreement; Customer does not need a separate CPT license to use the Encoder."),
            ("2.", "<b>Named Users.</b> Each Named User is an individual. If Customer's Named Users exceed the quantity ordered, Precisa will invoice the additional subscriptions pro rata for the remainder of the term."),
            ("3.", "<b>HCPCS Level II.</b> The optional line is the AMA's annotated edition of HCPCS Level II. The underlying HCPCS Level II codes published by CMS are available in the Encoder without that option."),
            ("4.", "<b>ICD-10.</b> ICD-10-CM and ICD-10-PCS content is included at no charge."),
            ("5.", "<b>Governing terms.</b> This Order is subject to the Precisa Subscription Terms (2025 edition)."),
        ]),
        ("sig", [
            ("Precisa Coding Tools, LLC<br/>By: ______________________",
             "Hill Country Surgical Associates, P.A.<br/>By: ______________________"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_email_designated_distributor",
    vendor="Calloway Medical Records, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Vendor notice e-mail: Calloway does not charge for CPT; each practice must obtain its CPT licence from the AMA's designated distributor (Quarry Point) or directly from the AMA.",
    font="courier",
    size=9.4,
    running="Calloway customer notice",
    blocks=[
        ("mono", "From:    Calloway Customer Notices <notices@callowaymr.example>\nTo:      Practice Administrators\nDate:    Wed, 29 Oct 2025 10:00:00 -0700\nSubject: Important: CPT licensing for the 2026 code year"),
        ("rule",),
        ("p", "Dear Practice Administrator,"),
        ("p", "We are writing to let you know about a change that the American Medical Association (AMA) has made to how CPT® licences are provided to practices that use Calloway."),
        ("p", "Beginning with the 2026 code year, the AMA has designated Quarry Point Content Services, Inc. as the authorized CPT distributor for Calloway users. Calloway Medical Records, Inc. is not a party to those licences, does not charge you for CPT, and is not able to collect CPT licence fees on the AMA's behalf."),
        ("p", "<b>What this means for your practice:</b>"),
        ("ul", [
            "Each practice using CPT codes in Calloway must obtain its own CPT licence, either from Quarry Point or directly from the AMA.",
            "Quarry Point will contact the practice administrator on file with a quote based on your number of users.",
            "Questions about pricing or the licence terms should go to Quarry Point or the AMA, not to Calloway support.",
        ]),
        ("p", "<b>What is not changing:</b> your Calloway subscription price, features and support. CPT codes will remain available in Calloway; the licence to use them is simply provided by a different party."),
        ("p", "We know this is an extra step, and we're sorry for the inconvenience. Our FAQ at calloway.example/cpt2026 has more detail."),
        ("p", "Sincerely,<br/>Customer Operations<br/>Calloway Medical Records, Inc."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_telecom",
    vendor="Clearline Telecom Services, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Hosted phone and e-fax service agreement for a dermatology practice (per-seat and per-line fees); nothing about CPT codes or AMA licensing.",
    font="helv",
    running="Clearline Telecom Services, Inc. — Service Order",
    blocks=[
        ("title", "Hosted Voice and Fax — Service Order"),
        ("kv", [
            ("Provider of service", "Clearline Telecom Services, Inc., 12 Commerce Way, Nashua, NH 03060"),
            ("Customer", "Maple Street Dermatology, PLLC"),
            ("Service address", "415 Maple Street, Concord, NH 03301"),
            ("Order date", "January 27, 2026"),
        ], [0.25, 0.75]),
        ("table", [
            ["Service", "Qty", "Monthly", "One-time"],
            ["Cloud PBX seat (desk phone or softphone)", "14", "$24.00 each", "—"],
            ["HIPAA-compliant e-fax line", "3", "$12.00 each", "—"],
            ["Auto-attendant and call queues", "1", "$20.00", "—"],
            ["Call recording with 1-year retention", "14", "$4.00 each", "—"],
            ["Desk phones (purchase)", "10", "—", "$139.00 each"],
            ["Number porting", "6", "—", "$15.00 each"],
        ], {"widths": [0.46, 0.1, 0.2, 0.24]}),
        ("h", "Service terms"),
        ("ol", [
            ("1.", "Term: 36 months from activation. Month-to-month thereafter at the then-current rates."),
            ("2.", "Clearline will sign a business associate agreement covering fax images and call recordings that contain protected health information."),
            ("3.", "E-911: Customer must register the physical location of each seat and update it when phones move."),
            ("4.", "Service credit of 1/30 of the monthly fee for each full day of outage not caused by Customer."),
            ("5.", "Taxes, E-911 fees and regulatory recovery fees are billed in addition to the prices above."),
            ("6.", "Early termination: 50% of the remaining monthly charges for the term."),
        ]),
        ("sig", [
            ("Clearline Telecom Services, Inc.<br/>By: ______________________",
             "Maple Street Dermatology, PLLC<br/>By: ______________________"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_answering_service",
    vendor="Nightingale Answering Service, LLC",
    coverage="not_addressed",
    fee=None,
    desc="After-hours answering-service agreement for a pediatric practice (per-minute, per-call and per-provider on-call schedule fees); CPT licensing is not dealt with.",
    font="times",
    size=10.3,
    running="Nightingale Answering Service, LLC — Service Agreement",
    blocks=[
        ("title", "AFTER-HOURS ANSWERING SERVICE AGREEMENT"),
        ("p", "<b>Nightingale Answering Service, LLC</b> (\"Nightingale\") will answer telephone calls for Briarwood Pediatrics, P.C. (the \"Practice\") outside office hours on the terms below, effective December 1, 2025."),
        ("h", "1. Call Handling"),
        ("p", "Nightingale operators will answer calls within four rings using the Practice's approved script, take messages, triage urgent calls to the on-call clinician by phone and secure text, and direct emergencies to 911. Non-urgent messages are delivered to the Practice portal by 7:30 a.m. each business day."),
        ("h", "2. Charges"),
        ("table", [
            ["Charge", "Rate"],
            ["Monthly base fee (includes 300 minutes)", "$145.00"],
            ["Additional operator minutes", "$0.95 per minute"],
            ["Urgent patch to on-call clinician", "$1.50 per call"],
            ["On-call schedule management", "$15.00 per provider per month"],
            ["Holiday coverage surcharge", "$25.00 per holiday"],
        ], {"widths": [0.6, 0.4]}),
        ("h", "3. Practice Responsibilities"),
        ("p", "The Practice will keep its on-call schedule current in Nightingale's portal, approve scripts in writing, and notify Nightingale of any change in office hours at least 48 hours in advance."),
        ("h", "4. Records"),
        ("p", "Nightingale keeps call recordings and message logs for seven years and will provide copies on request within five business days. Nightingale is a business associate of the Practice."),
        ("h", "5. Term"),
        ("p", "Month to month. Either party may terminate on thirty (30) days' written notice."),
        ("sig", [
            ("NIGHTINGALE ANSWERING SERVICE, LLC<br/>By: ______________________",
             "BRIARWOOD PEDIATRICS, P.C.<br/>By: ______________________"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="d_coding_eula_notices_only",
    vendor="Ledgerstone Coding Solutions, Inc.",
    coverage="unclear",
    fee=None,
    desc="Coding-audit tool EULA that displays CPT and carries only the AMA-required notices (copyright, disclaimer, U.S. Government rights); no sublicence grant, no statement who holds or pays for the licence.",
    font="helv",
    size=9.3,
    running="Ledgerstone Coding Solutions, Inc. — AuditLens End User License Agreement",
    blocks=[
        ("title", "AuditLens — End User License Agreement"),
        ("small", "Ledgerstone Coding Solutions, Inc. · EULA version 3.0 · 2025"),
        ("h", "1. Scope"),
        ("p", "This EULA governs use of AuditLens, a hosted coding-audit tool that samples encounters from a practice's billing data, compares the billed procedure and diagnosis codes with the documentation, and produces audit scorecards."),
        ("h", "2. Subscription"),
        ("p", "The organisation named in the order (\"End User\") may permit its employees to use AuditLens during the subscription term. The subscription fee is $2,400 per year per practice site, plus $85 per auditor account per month."),
        ("h", "3. Data"),
        ("p", "End User uploads or connects encounter data. Ledgerstone processes that data only to provide AuditLens and as End User's business associate."),
        ("h", "4. Licensed Content and Notices"),
        ("p", "4.1 AuditLens displays CPT® codes and descriptors, ICD-10-CM codes and HCPCS Level II codes in audit worksheets and reports."),
        ("p", "4.2 End User acknowledges that CPT is copyrighted by the American Medical Association and shall not remove or alter any copyright notice in AuditLens outputs."),
        ("p", "4.3 CPT only © 2025 American Medical Association. All rights reserved. Fee schedules, relative value units, conversion factors and/or related components are not assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does not directly or indirectly practice medicine or dispense medical services. The AMA assumes no liability for data contained or not contained herein."),
        ("p", "4.4 U.S. Government End Users. CPT is commercial technical data developed exclusively at private expense by the American Medical Association. Use by U.S. Government end users is subject to the applicable FAR/DFARS restrictions."),
        ("h", "5. Restrictions"),
        ("p", "End User may not resell AuditLens outputs as a service to third parties, or attempt to extract code tables from AuditLens."),
        ("h", "6. Disclaimer"),
        ("p", "Audit findings are opinions of the software and its users. End User remains responsible for all codes it reports to payers."),
        ("h", "7. Term"),
        ("p", "This EULA continues for the subscription term and ends automatically when the subscription ends."),
    ],
)
