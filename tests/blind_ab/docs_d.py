"""blind_ab documents, part D: CPT licensing not addressed, or left unclear."""

DOCS = []

# ===========================================================================
# not_addressed
# ===========================================================================
DOCS.append(dict(
    key="na_dental_cdt_pricing",
    vendor="Bayleaf Dental Software, Inc.",
    coverage="not_addressed", fee=None,
    desc="Dental practice software pricing page whose only code-set fee is a yearly CDT update charge under "
         "an ADA licence; CPT does not appear at all.",
    style="pricing", brand="Bayleaf Dental", nav="Pricing \u00b7 Demo",
    site="bayleafdental.example/pricing",
    footer="\u00a9 2025 Bayleaf Dental Software, Inc. \u00b7 CDT is a registered trademark of the American Dental Association",
    title="Bayleaf Dental pricing",
    blocks=[
        ("h1", "Bayleaf Dental pricing"),
        ("p", "Charting, imaging, scheduling and insurance claims for general and specialty dental "
              "offices. Priced per office, with unlimited users."),
        ("table", [["Plan", "Price", "Includes"],
                   ["Chairside", "$279 per office / month", "Charting, perio, scheduling, patient texts"],
                   ["Chairside + Claims", "$349 per office / month", "Everything above plus e-claims and ERA"],
                   ["Multi-office", "Custom", "Central reporting and shared patient base"]],
         {"widths": [1.7, 2, 3.2]}),
        ("h2", "Other charges"),
        ("table", [["Item", "Price"],
                   ["CDT code set annual update", "$89 per office per year"],
                   ["Imaging bridge (per sensor brand)", "$400 one time"],
                   ["Data conversion", "$650 one time"],
                   ["Extra training", "$75 per hour"]], {"widths": [4, 2.5]}),
        ("h2", "Why is there a CDT update charge?"),
        ("p", "The dental procedure codes (CDT) are published by the American Dental Association, which "
              "licenses them to software companies. Each year we load the new CDT codes, update your fee "
              "schedules and insurance plan tables, and cover the ADA licence for your office. The update "
              "charge covers that work."),
        ("h2", "Do you support medical cross-coding?"),
        ("p", "Not at this time. Bayleaf submits dental claims on the ADA claim form and its electronic "
              "equivalent only."),
        ("small", "Talk to us: hello@bayleafdental.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_superbill_howto",
    vendor="Larchmont Health Tools, Inc.",
    coverage="not_addressed", fee=None,
    desc="How-to help article on adding CPT codes to superbill templates; CPT appears only as a product "
         "feature and licensing is never mentioned.",
    style="help", brand="Larchmont Help", nav="Billing > Superbills",
    site="help.larchmont.example/superbills/add-codes",
    footer="Larchmont Health Tools, Inc. \u00b7 help.larchmont.example",
    title="Adding procedure codes to a superbill template",
    blocks=[
        ("h1", "Adding procedure codes to a superbill template"),
        ("small", "Billing \u00b7 Superbills \u00b7 3 min read"),
        ("p", "Superbill templates let you tick the services you provided at the end of a visit instead of "
              "typing codes. Each template can hold up to 60 CPT codes, grouped into sections."),
        ("h2", "Before you start"),
        ("ul", ["You need the <b>Billing Admin</b> role.",
                "Make sure the codes you want are on your fee schedule; codes without a price show a "
                "warning on the superbill."]),
        ("h2", "Steps"),
        ("ol", ["Go to <b>Billing > Superbill templates</b> and open the template you want to change.",
                "Click <b>Add section</b> and give it a name, for example <i>Office visits</i>.",
                "In the section, click <b>Add code</b>, search by number or description, and select the "
                "CPT code. Repeat for each code.",
                "Drag codes to change their order. The most-used codes should go at the top.",
                "Optional: add default modifiers (for example 25) or default units to a code.",
                "Click <b>Save</b>. The change applies to visits created after you save."]),
        ("h2", "Tips"),
        ("ul", ["Keep templates short. Providers are faster with 15 to 20 well-chosen codes.",
                "Create separate templates for new and established patients.",
                "Review templates every January, when CPT codes are added, revised or deleted."]),
        ("h2", "Troubleshooting"),
        ("p", "<b>A code shows as inactive.</b> It was deleted in the current year's update. Replace it with "
              "its successor code and remove the old one."),
        ("p", "<b>The template won't save.</b> Each section needs at least one code. Delete empty sections "
              "and try again."),
        ("small", "Still stuck? Contact support@larchmont.example or call 1-855-555-0107."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_cpt_cognitive_processing",
    vendor="Kinfolk Behavioral Apps, Inc.",
    coverage="not_addressed", fee=None,
    desc="Product page for a trauma-therapy worksheet app where 'CPT' means Cognitive Processing Therapy, "
         "not procedure codes, next to a per-clinician monthly price.",
    style="listing", brand="Kinfolk Behavioral", nav="Apps > Trauma care",
    site="kinfolkapps.example/cpt-companion",
    footer="\u00a9 2025 Kinfolk Behavioral Apps, Inc. \u00b7 For use by licensed clinicians and their clients",
    title="CPT Companion",
    blocks=[
        ("h1", "CPT Companion"),
        ("p", "<b>Worksheets, reminders and progress tracking for Cognitive Processing Therapy (CPT).</b>"),
        ("p", "CPT is a structured, evidence-based therapy for post-traumatic stress that usually runs over "
              "twelve sessions. CPT Companion helps clinicians deliver it consistently and helps clients "
              "stay on track with practice assignments between sessions."),
        ("h2", "For clinicians"),
        ("ul", ["Session-by-session outlines for all twelve CPT sessions",
                "Assign impact statements and worksheets to clients with one tap",
                "See completed worksheets before the session starts",
                "Track PCL-5 and PHQ-9 scores over the course of treatment"]),
        ("h2", "For clients"),
        ("ul", ["ABC and challenging-questions worksheets with examples",
                "Gentle reminders for practice assignments",
                "Private journal that the client chooses whether to share"]),
        ("h2", "Pricing"),
        ("table", [["Plan", "Price"],
                   ["Clinician", "$14 per clinician per month, unlimited clients"],
                   ["Training programs", "Volume pricing for clinics that train cohorts in CPT"],
                   ["Clients", "Always free"]], {"widths": [2, 4.5]}),
        ("h2", "Clinical note"),
        ("p", "CPT Companion supports, but does not replace, training and consultation in Cognitive "
              "Processing Therapy. Clinicians should complete an approved CPT workshop before using it with "
              "clients."),
        ("small", "Questions: team@kinfolkapps.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_icd_hcpcs_lookup_app",
    vendor="Morrow Coding Tools, LLC",
    coverage="not_addressed", fee=None,
    desc="App listing for an ICD-10-CM and HCPCS Level II lookup tool that charges for HCPCS updates and "
         "says it contains no CPT codes; CPT licensing is not dealt with.",
    style="listing", brand="App Marketplace", nav="Medical > Reference",
    site="apps.marketplace.example/quickcode-icd-hcpcs",
    footer="Developer: Morrow Coding Tools, LLC \u00b7 Contains no CPT content",
    title="QuickCode ICD-10 and HCPCS",
    blocks=[
        ("h1", "QuickCode: ICD-10 & HCPCS"),
        ("small", "Morrow Coding Tools, LLC \u00b7 Reference \u00b7 4.7 stars \u00b7 Offline capable"),
        ("p", "Fast, offline lookup of ICD-10-CM diagnosis codes and HCPCS Level II supply and drug codes. "
              "Built for coders, billers and students who want answers in two taps."),
        ("h2", "What's inside"),
        ("ul", ["The full ICD-10-CM tabular list and index, with includes and excludes notes",
                "HCPCS Level II codes with long and short descriptors",
                "Favorites, recent searches and notes you can export",
                "No CPT codes. QuickCode covers ICD-10-CM and HCPCS Level II only."]),
        ("h2", "Pricing"),
        ("table", [["Option", "Price"],
                   ["Download", "Free, with ICD-10-CM"],
                   ["HCPCS Level II pack", "$6.99 one time"],
                   ["Annual HCPCS update", "$19.00 per year (optional)"]], {"widths": [2.5, 4]}),
        ("h2", "Sources"),
        ("p", "Code content comes from the public files released by the federal government each year. "
              "QuickCode is not affiliated with or endorsed by any government agency."),
        ("h2", "Privacy"),
        ("p", "The app collects no patient information and works without an account."),
        ("small", "Support: apps@morrowcoding.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_telehealth_tos_trademark",
    vendor="Sunfield Virtual Care, Inc.",
    coverage="not_addressed", fee=None,
    desc="Telehealth platform terms where CPT appears only as a billing feature of visit summaries and in a "
         "bare trademark attribution line; nothing about licensing or who pays.",
    style="tos", title="Sunfield Clinician Terms of Service",
    footer="Sunfield Virtual Care, Inc. \u00b7 Clinician Terms \u00b7 CPT is a registered trademark of the American Medical Association.",
    blocks=[
        ("h1", "Sunfield Clinician Terms of Service"),
        ("p", "Effective August 1, 2025. These terms govern use of the Sunfield platform by clinicians and "
              "practices (\"you\") and are offered by Sunfield Virtual Care, Inc. (\"Sunfield\")."),
        ("h3", "1. The platform"),
        ("p", "Sunfield provides browser and mobile video visits, a virtual waiting room, intake forms and "
              "visit summaries. Visit summaries list the diagnosis codes and CPT codes you select so that "
              "your billing team can enter the charge."),
        ("h3", "2. Your professional obligations"),
        ("p", "You are responsible for holding the licences to practice required in the state where each "
              "patient is located, for obtaining informed consent to telehealth, and for the clinical care "
              "you provide."),
        ("h3", "3. Fees"),
        ("p", "$59 per clinician per month, or $0.95 per completed visit on the pay-as-you-go plan. Fees are "
              "charged to the card on file and are not refundable."),
        ("h3", "4. Recording"),
        ("p", "Sunfield does not record visits. You must not record visits without the patient's written "
              "consent and compliance with applicable law."),
        ("h3", "5. Emergencies"),
        ("p", "The platform is not for emergencies. Direct patients to call 911 or go to the nearest "
              "emergency department."),
        ("h3", "6. Privacy"),
        ("p", "Sunfield acts as your business associate. Our Business Associate Agreement is incorporated "
              "into these terms."),
        ("h3", "7. Suspension"),
        ("p", "We may suspend accounts that are used unlawfully or that put patients at risk."),
        ("h3", "8. Limitation of liability"),
        ("p", "To the extent the law allows, Sunfield's liability is limited to the fees you paid in the "
              "prior six months."),
        ("h3", "9. Contact"),
        ("p", "legal@sunfieldcare.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_secure_fax_tos",
    vendor="Pennant Secure Fax, Inc.",
    coverage="not_addressed", fee=None,
    desc="Terms of service for a HIPAA e-fax service with per-line and per-page pricing; CPT is never mentioned.",
    style="tos", title="Pennant Secure Fax Terms of Service",
    footer="Pennant Secure Fax, Inc. \u00b7 Terms of Service \u00b7 Rev. March 2025",
    blocks=[
        ("h1", "Pennant Secure Fax \u2014 Terms of Service"),
        ("p", "These terms are between Pennant Secure Fax, Inc. (\"Pennant\") and the healthcare "
              "organization that opens an account (\"Customer\")."),
        ("p", "<b>1. Service.</b> Pennant provides encrypted cloud fax numbers, web and email delivery of "
              "inbound faxes, and outbound faxing from the web, email or an API."),
        ("p", "<b>2. Plans.</b> Clinic plan: $24 per fax line per month, 500 pages included, then $0.06 per "
              "page. Enterprise plan: custom. Number porting: $15 one time per number."),
        ("p", "<b>3. Acceptable use.</b> Customer will not send unsolicited advertising faxes and will "
              "comply with telephone consumer protection laws."),
        ("p", "<b>4. Protected health information.</b> Pennant is Customer's business associate. Faxes are "
              "encrypted in transit and at rest and retained for the period Customer selects, up to seven years."),
        ("p", "<b>5. Delivery.</b> Fax delivery depends on the receiving machine and the telephone network. "
              "Pennant retries failed transmissions up to five times."),
        ("p", "<b>6. Audit logs.</b> Administrators can export logs of every sent and received fax."),
        ("p", "<b>7. Billing.</b> Charges are billed monthly in advance, with overage billed in arrears. "
              "Disputes must be raised within 60 days of the invoice."),
        ("p", "<b>8. Termination.</b> Either party may terminate on 30 days' notice. Customer may port its "
              "numbers out at any time."),
        ("p", "<b>9. Warranty disclaimer.</b> Except as stated in these terms, the service is provided as is."),
        ("p", "<b>10. Governing law.</b> These terms are governed by the laws of the State of Georgia."),
        ("small", "Questions: accounts@pennantfax.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_payer_portal_prior_auth",
    vendor="Clearbrook Health Plan Services, Inc.",
    coverage="not_addressed", fee=None,
    desc="Payer portal terms for prior-authorization requests where the practice ('Provider') enters CPT "
         "codes as request data; there is no CPT licensing term or notice.",
    style="portal", brand="Clearbrook Provider Portal", nav="Prior authorization > Terms of use",
    site="providers.clearbrookplan.example/prior-auth/terms",
    footer="Clearbrook Health Plan Services, Inc. \u00b7 Provider Portal Terms of Use",
    title="Prior authorization portal terms of use",
    blocks=[
        ("h1", "Prior authorization portal \u2014 terms of use"),
        ("p", "These terms apply to participating and non-participating health care providers and their "
              "staff (each a \"Provider\") who use the Clearbrook Provider Portal to request prior "
              "authorization for members of health plans administered by Clearbrook Health Plan Services, "
              "Inc. (\"Clearbrook\")."),
        ("h2", "Submitting a request"),
        ("ol", ["Search for the member by ID and date of birth.",
                "Enter the requested service: the CPT or HCPCS code, number of units and the planned date.",
                "Enter the ICD-10-CM diagnosis codes that support the request.",
                "Attach clinical notes. Requests without notes may be pended for up to 3 business days.",
                "Submit and note the reference number."]),
        ("h2", "Decisions"),
        ("p", "Standard requests are decided within 7 calendar days and urgent requests within 72 hours. An "
              "approval is not a guarantee of payment; claims are paid according to the member's benefits "
              "and eligibility on the date of service."),
        ("h2", "Accuracy"),
        ("p", "The Provider is responsible for the accuracy of the codes and clinical information submitted. "
              "Authorization applies only to the codes and units approved."),
        ("h2", "Access"),
        ("p", "Each staff member must have an individual login. The Provider's portal administrator must "
              "remove access for staff who leave."),
        ("h2", "Cost"),
        ("p", "There is no charge to Providers for using the portal."),
        ("small", "Provider services: 1-800-555-0175 \u00b7 portalhelp@clearbrookplan.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_forum_modifier_denials",
    vendor="Westmarch Billing Software, Inc.",
    coverage="not_addressed", fee=None,
    desc="User-forum thread about claim denials for an office-visit CPT code with modifier 25; CPT codes "
         "appear only as billing data and licensing is never raised.",
    style="forum", brand="Westmarch Users Group", nav="Forums > Claims & denials",
    site="users.westmarch.example/claims/denials-modifier-25",
    footer="Westmarch Users Group \u00b7 hosted by Westmarch Billing Software, Inc.",
    title="Denials for 99214 with modifier 25",
    blocks=[
        ("h1", "Denials for 99214 with modifier 25 on same day as injection"),
        ("small", "Claims & denials \u00b7 5 replies"),
        ("post", {"author": "lisa_b_coder", "role": "Member", "date": "Mar 18, 2025"}),
        ("p", "Since February one commercial payer keeps denying our E/M visit (99214-25) when billed "
              "with a joint injection (20610) on the same day. Denial reason says the E/M is included in "
              "the procedure. Documentation clearly shows a separate problem was addressed. Anyone else?"),
        ("post", {"author": "ray_pm_ortho", "role": "Member", "date": "Mar 18, 2025"}),
        ("p", "Same here. We started putting the separate diagnosis first on the E/M line and linking only "
              "the joint diagnosis to the injection. Helped with about half the denials."),
        ("post", {"author": "Bea (Westmarch)", "role": "Staff", "date": "Mar 19, 2025"}),
        ("p", "Thanks for the details. Two things you can do in Westmarch: first, open <b>Claim Rules</b> "
              "and add a rule that warns when 25 is used without a second diagnosis pointer. Second, the "
              "<b>Denials by Code</b> report now filters by modifier, so you can measure how often this "
              "payer denies it. Payer policy questions are best raised with the payer's provider relations "
              "team."),
        ("post", {"author": "lisa_b_coder", "role": "Member", "date": "Mar 20, 2025"}),
        ("p", "The claim rule is a great idea, set it up this morning. Appealing the February claims with "
              "the notes attached."),
        ("post", {"author": "ray_pm_ortho", "role": "Member", "date": "Apr 2, 2025"}),
        ("p", "Update: payer reversed 11 of 14 on appeal for us."),
        ("hr",),
        ("small", "Do not post patient identifiers. Product questions: help@westmarch.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_welcome_reminder_service",
    vendor="Hollyhock Patient Messaging, Inc.",
    coverage="not_addressed", fee=None,
    desc="Welcome letter for an appointment-reminder service with per-location pricing and set-up fees; "
         "procedure codes and CPT are not mentioned.",
    style="letter", title="Welcome to Hollyhock",
    footer="Hollyhock Patient Messaging, Inc. \u00b7 start@hollyhock.example",
    blocks=[
        ("p", "<b>Hollyhock Patient Messaging, Inc.</b><br/>500 Signal Hill Road<br/>Carver Point, NC 27590"),
        ("sp", 8),
        ("p", "January 12, 2026"),
        ("p", "Dear Ms. Delacroix,"),
        ("p", "Welcome to Hollyhock, and thank you for signing up Seaview Dermatology's two locations. "
              "Here's what to expect over the next two weeks."),
        ("h3", "Your plan"),
        ("table", [["Item", "Price"],
                   ["Reminders and two-way texting", "$89 per location per month"],
                   ["Online review requests", "$25 per location per month"],
                   ["Set-up and scheduling-system connection", "$199 one time"]], {"widths": [4, 2.5]}),
        ("h3", "Getting started"),
        ("ol", ["Approve the connection to your scheduling system from the link in our next email.",
                "Choose when reminders go out: we recommend 3 days and 2 hours before.",
                "Review the message templates and add your office phone number and parking notes.",
                "Send a test reminder to yourself."]),
        ("h3", "Good to know"),
        ("ul", ["Patients can reply C to confirm or R to ask for a call back.",
                "Messages never include diagnoses or visit reasons.",
                "Opt-out requests are honoured automatically."]),
        ("p", "Your onboarding contact is Jamal Whitaker (jamal@hollyhock.example). He'll check in after "
              "your first week of reminders."),
        ("sig", ["Welcome aboard,", "", "The Hollyhock Team"]),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="na_interface_fee_schedule",
    vendor="Redfern Integration Services, Inc.",
    coverage="not_addressed", fee=None,
    desc="Interface-services fee schedule with lab and imaging interface fees and an hourly CPT-to-test "
         "mapping service; CPT appears only as data being mapped, not licensing.",
    style="pricing", brand="Redfern Integration Services", nav="Rate card 2025",
    site="redfernintegration.example/rates",
    footer="Redfern Integration Services, Inc. \u00b7 Rate card effective April 1, 2025",
    title="Redfern rate card",
    blocks=[
        ("h1", "Rate card"),
        ("p", "Redfern builds and supports HL7 and FHIR interfaces between practice systems, labs, imaging "
              "centers and hospitals. Prices below are for standard projects; complex work is quoted."),
        ("table", [["Service", "Price"],
                   ["Lab orders and results interface (HL7 ORM/ORU)", "$1,500 per interface"],
                   ["Imaging orders and reports interface", "$1,800 per interface"],
                   ["Demographics feed (ADT)", "$900 per interface"],
                   ["Orderable test and CPT mapping", "$40 per hour"],
                   ["ICD-10 diagnosis crosswalk review", "$40 per hour"],
                   ["Interface monitoring and support", "$65 per interface per month"],
                   ["After-hours go-live support", "$95 per hour"]], {"widths": [4, 2.5]}),
        ("h2", "About test and code mapping"),
        ("p", "When a lab interface goes live, each orderable test in your EHR must match the lab's test "
              "number, and the CPT codes the lab bills for that test should match what your staff expect "
              "to see. Our analysts compare the two compendiums, flag mismatches and give you a sign-off "
              "worksheet. Most single-lab projects take 6 to 10 hours."),
        ("h2", "Terms"),
        ("ul", ["50% of interface fees are due at kick-off, 50% at go-live.",
                "Hourly work is billed monthly in 15-minute increments.",
                "Vendor fees charged by your EHR or the lab for their side of an interface are not included."]),
        ("small", "Request a quote: projects@redfernintegration.example"),
    ]))

# ===========================================================================
# unclear
# ===========================================================================
DOCS.append(dict(
    key="uc_pricing_thirdparty_may_apply",
    vendor="Highmoor Health Cloud, Inc.",
    coverage="unclear", fee=None,
    desc="Pricing page listing CPT code search as a feature with fine print that third-party content fees "
         "such as code-set licensing may apply, without saying who pays for CPT.",
    style="pricing", brand="Highmoor", nav="Pricing",
    site="highmoorhealth.example/pricing",
    footer="\u00a9 2025 Highmoor Health Cloud, Inc.",
    title="Highmoor pricing",
    blocks=[
        ("h1", "Pricing that grows with your practice"),
        ("table", [["", "Core", "Pro"],
                   ["Price", "$119 per provider / month", "$179 per provider / month"],
                   ["Charting and e-prescribing", "Yes", "Yes"],
                   ["CPT\u00ae and ICD-10 code search", "Yes", "Yes"],
                   ["Billing and claims", "-", "Yes"],
                   ["Patient portal", "Yes", "Yes"],
                   ["Custom templates", "5", "Unlimited"]], {"widths": [2.6, 2, 2]}),
        ("h2", "Add-ons"),
        ("ul", ["Telehealth: $20 per provider per month",
                "Lab interface: $950 one time per lab",
                "Extra storage: $10 per 100 GB per month"]),
        ("h2", "FAQ"),
        ("h3", "Are there set-up fees?"),
        ("p", "Core has none. Pro includes a guided set-up for a one-time $750."),
        ("h3", "Do you require a contract?"),
        ("p", "No. Both plans are month to month."),
        ("hr",),
        ("small", "Fine print: Prices are per provider per month and exclude applicable taxes. Third-party "
                  "content fees, such as fees for code-set licensing, may apply. Promotional prices are "
                  "valid for new customers for the first 12 months."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_eula_notices_only",
    vendor="Calloway Point Software, Inc.",
    coverage="unclear", fee=None,
    desc="Software licence terms carrying only the AMA copyright, fee-schedule, FARS/DFARS and 'does not "
         "practice medicine' notices for CPT, with no grant and nothing about who pays.",
    style="tos", title="Calloway Point Software License Terms",
    footer="Calloway Point Software, Inc. \u00b7 Software License Terms \u00b7 v5.1",
    blocks=[
        ("h1", "Calloway Point Software License Terms"),
        ("p", "These terms govern the licence of Calloway Point Clinical (the \"Software\") by Calloway "
              "Point Software, Inc. (\"Calloway Point\") to the licensed practice (\"Licensee\")."),
        ("h3", "1. Licence"),
        ("p", "Calloway Point grants Licensee a non-exclusive, non-transferable licence to install and use "
              "the Software on the number of workstations listed in Licensee's quote, for Licensee's own "
              "practice."),
        ("h3", "2. Restrictions"),
        ("p", "Licensee will not reverse engineer, resell or rent the Software, or use it to provide "
              "services to other practices."),
        ("h3", "3. Maintenance"),
        ("p", "Annual maintenance, if purchased, includes updates, fixes and telephone support. Maintenance "
              "is 20% of the licence fee per year."),
        ("h3", "4. Warranty"),
        ("p", "For 90 days after delivery the Software will perform substantially as described in its "
              "documentation. Licensee's sole remedy is repair or replacement."),
        ("h3", "5. Third-party notices"),
        ("p", "5.1 The Software contains open-source components listed in the file NOTICES.txt."),
        ("p", "5.2 CPT\u00ae. CPT only copyright 2025 American Medical Association. All rights reserved. "
              "Fee schedules, relative value units, conversion factors and/or related components are not "
              "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA "
              "does not directly or indirectly practice medicine or dispense medical services. The AMA "
              "assumes no liability for data contained or not contained herein. Applicable FARS/DFARS "
              "restrictions apply to government use."),
        ("h3", "6. Limitation of liability"),
        ("p", "Calloway Point's liability is limited to the licence fee paid."),
        ("h3", "7. Governing law"),
        ("p", "These terms are governed by the laws of the Commonwealth of Pennsylvania."),
        ("small", "Calloway Point Software, Inc. \u00b7 licensing@callowaypoint.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_body_exhibit_conflict",
    vendor="Merriwether Systems, Inc.",
    coverage="unclear", fee=None,
    desc="Service terms whose body says fees include the AMA CPT royalty while the fee-schedule exhibit "
         "lists a CPT licence fee of $18 per user per year, with no order-of-precedence clause to settle it.",
    style="tos", title="Merriwether Service Terms and Exhibit B",
    footer="Merriwether Systems, Inc. \u00b7 Service Terms with Exhibit B (Fee Schedule)",
    blocks=[
        ("h1", "Merriwether Service Terms"),
        ("p", "Between Merriwether Systems, Inc. (\"Merriwether\") and the practice named on the signature "
              "page (\"Client\")."),
        ("h3", "1. Services"),
        ("p", "Merriwether provides its hosted practice-management and EHR service (the \"Service\") to "
              "Client's authorized users."),
        ("h3", "2. Users"),
        ("p", "Client will assign each user a unique login and keep the user list current."),
        ("h3", "3. Fees"),
        ("p", "3.1 Client will pay the fees set out in Exhibit B."),
        ("p", "3.2 The subscription fees include all royalties for third-party content in the Service, "
              "including the royalty payable to the American Medical Association for CPT\u00ae codes."),
        ("p", "3.3 Fees are invoiced monthly and payable within 30 days."),
        ("h3", "4. Data"),
        ("p", "Client owns Client data. Merriwether will return it in a standard format within 30 days after "
              "termination on request."),
        ("h3", "5. Term"),
        ("p", "The initial term is 36 months and renews for 12-month terms unless either party gives 90 "
              "days' notice."),
        ("h3", "6. General"),
        ("p", "These terms, with their exhibits, are the entire agreement between the parties on their "
              "subject matter. They may be changed only in a writing signed by both parties."),
        ("pb",),
        ("h1", "Exhibit B \u2014 Fee Schedule"),
        ("table", [["Item", "Fee"],
                   ["Subscription, per user", "$72.00 per user per month"],
                   ["CPT licence fee", "$18.00 per user per year"],
                   ["Implementation", "$3,500 one time"],
                   ["Additional training", "$110 per hour"],
                   ["Custom report development", "$150 per hour"]], {"widths": [3, 3]}),
        ("p", "Fees in this Exhibit B are fixed for the initial term, except the CPT licence fee, which may "
              "change once per year."),
        ("sp", 8),
        ("table", [["Client: Harrowgate Pulmonary Associates", "Merriwether Systems, Inc."],
                   ["By: Dr. Imogen Pratt", "By: Calvin Osei"],
                   ["Date: July 21, 2025", "Date: July 22, 2025"]], {"widths": [3, 3], "head": False}),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_help_depends_on_contract",
    vendor="Trailhead Clinical Software, Inc.",
    coverage="unclear", fee=None,
    desc="Help article answering whether customers pay for CPT with 'it depends on your agreement' and "
         "pointing to the order form or account manager, leaving who pays open.",
    style="help", brand="Trailhead Support", nav="Account > Billing questions",
    site="support.trailheadclinical.example/billing/cpt",
    footer="Trailhead Clinical Software, Inc. \u00b7 support.trailheadclinical.example",
    title="Will I be charged for CPT codes?",
    blocks=[
        ("h1", "Will I be charged for CPT\u00ae codes?"),
        ("small", "Account \u00b7 Billing questions \u00b7 Updated October 2025"),
        ("p", "CPT codes are owned by the American Medical Association, and their use in software has to "
              "be licensed. How that works for your practice depends on the agreement you signed with "
              "Trailhead."),
        ("h2", "Short answer"),
        ("p", "It depends on your agreement. Some Trailhead plans have included CPT licensing, some have "
              "not, and terms have changed over the years. We can't tell from this article which applies "
              "to you."),
        ("h2", "Where can I check?"),
        ("ul", ["Look at your most recent order form or renewal quote for any line mentioning CPT, AMA or "
                "third-party content.",
                "Check your invoices for a line with one of those names.",
                "Ask your account manager, or open a ticket with the subject <i>CPT licensing</i>."]),
        ("h2", "Does this affect ICD-10 codes?"),
        ("p", "No. ICD-10-CM and HCPCS Level II are free federal code sets and are updated in Trailhead "
              "without charge."),
        ("h2", "Related"),
        ("ul", ["How to download your invoices", "Understanding your renewal quote",
                "Updating billing contacts"]),
        ("small", "Need help? billing@trailheadclinical.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_forum_pending_decision",
    vendor="Copperleaf EHR, Inc.",
    coverage="unclear", fee=None,
    desc="Forum thread in which customers ask about a 2026 AMA fee and the latest staff reply says no "
         "decision has been made on whether there will be a separate charge.",
    style="forum", brand="Copperleaf Community", nav="Announcements & questions",
    site="community.copperleaf.example/t/2026-ama-fee/1920",
    footer="Copperleaf Community \u00b7 Copperleaf EHR, Inc. \u00b7 Staff posts are marked",
    title="Will Copperleaf charge an AMA fee in 2026?",
    blocks=[
        ("h1", "Will Copperleaf charge an AMA fee in 2026?"),
        ("small", "Announcements & questions \u00b7 7 replies \u00b7 Open"),
        ("post", {"author": "nbarros_practicemgr", "role": "Member", "date": "Oct 2, 2025"}),
        ("p", "A colleague on another EHR just got a notice of a $20 per clinician AMA fee for next year. "
              "Is Copperleaf planning the same thing? I need to finalise our 2026 budget this month."),
        ("post", {"author": "pt_owner_grace", "role": "Member", "date": "Oct 3, 2025"}),
        ("p", "Following. We have 14 clinicians so it matters for us too."),
        ("post", {"author": "Devon (Copperleaf)", "role": "Staff", "date": "Oct 6, 2025"}),
        ("p", "Thanks for asking, everyone. The AMA licenses the CPT codes in Copperleaf and we know this is "
              "on a lot of minds. I've passed the question to our finance team and will post here as soon "
              "as I have an answer."),
        ("post", {"author": "nbarros_practicemgr", "role": "Member", "date": "Oct 20, 2025"}),
        ("p", "Any news? Budget is due Friday."),
        ("post", {"author": "Devon (Copperleaf)", "role": "Staff", "date": "Oct 21, 2025"}),
        ("p", "Not yet, sorry. We're still in discussions with the AMA about how the royalty will be handled "
              "for 2026, and no decision has been made on whether there will be a separate charge to "
              "customers. I'll update this thread as soon as there's a decision."),
        ("post", {"author": "pt_owner_grace", "role": "Member", "date": "Oct 22, 2025"}),
        ("p", "We're budgeting for it just in case."),
        ("hr",),
        ("small", "Community guidelines apply. For account-specific questions contact "
                  "support@copperleaf.example."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_tos_conditional_module",
    vendor="Northgate Medical Software, Inc.",
    coverage="unclear", fee=None,
    desc="Terms of service saying that if the customer elects the CPT module, CPT licensing terms and fees "
         "in the applicable order form apply; no order form is included, so who pays is left open.",
    style="tos", title="Northgate Cloud Terms of Service",
    footer="Northgate Medical Software, Inc. \u00b7 Cloud Terms of Service \u00b7 2025.2",
    blocks=[
        ("h1", "Northgate Cloud Terms of Service"),
        ("p", "These terms apply to every customer of Northgate Cloud, the hosted clinical and billing "
              "platform of Northgate Medical Software, Inc. (\"Northgate\"). \"Customer\" means the "
              "organization named in an Order Form."),
        ("h3", "1. Order Forms"),
        ("p", "Each Order Form lists the modules, quantities and fees Customer has purchased and is "
              "governed by these terms."),
        ("h3", "2. Modules"),
        ("p", "2.1 Northgate Cloud is offered as a core module (scheduling, documentation, patient "
              "messaging) and optional modules, including Billing, Analytics and the CPT Module."),
        ("p", "2.2 <b>CPT Module.</b> The CPT Module adds CPT\u00ae codes and descriptors to charge capture "
              "and claims. If Customer elects the CPT Module, the CPT content licensing terms and any "
              "associated fees set out in the applicable Order Form will apply."),
        ("h3", "3. Fees"),
        ("p", "3.1 Customer will pay the fees in each Order Form. Subscription fees are per user per month "
              "unless the Order Form says otherwise."),
        ("p", "3.2 Northgate may increase subscription fees at renewal by no more than 5%."),
        ("h3", "4. Support"),
        ("p", "Standard support is included. Premium support with a named engineer is available for an "
              "additional fee."),
        ("h3", "5. Data protection"),
        ("p", "Northgate processes protected health information under the Business Associate Agreement "
              "attached to the first Order Form."),
        ("h3", "6. Term"),
        ("p", "Order Forms run for the term stated in them and renew automatically for 12 months unless "
              "either party gives 60 days' notice."),
        ("h3", "7. Miscellaneous"),
        ("p", "Notices to Northgate go to legal@northgatemed.example. These terms are governed by the laws "
              "of the State of Minnesota."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_clearinghouse_faq_varies",
    vendor="Fieldstone Claims Services, Inc.",
    coverage="unclear", fee=None,
    desc="Clearinghouse FAQ saying CPT licensing requirements vary by customer and may result in additional "
         "charges, referring to the account representative, with no statement of who pays.",
    style="help", brand="Fieldstone Claims", nav="Support > FAQ",
    site="fieldstoneclaims.example/support/faq",
    footer="Fieldstone Claims Services, Inc. \u00b7 support@fieldstoneclaims.example",
    title="Fieldstone FAQ",
    blocks=[
        ("h1", "Frequently asked questions"),
        ("h2", "What does Fieldstone cost?"),
        ("p", "Most practices choose the flat plan: $129 per month for up to 1,000 claims, then $0.15 per "
              "claim. Eligibility checks and remittances are included."),
        ("h2", "How long does payer enrollment take?"),
        ("p", "Most commercial payers take 5 to 10 business days. Some government payers take up to 30 days."),
        ("h2", "Does my monthly fee cover CPT\u00ae licensing?"),
        ("p", "CPT codes are owned by the American Medical Association. CPT licensing requirements differ "
              "from customer to customer depending on how you use our claim editor and reports, and may "
              "result in additional charges. Your account representative can explain what applies to your "
              "account."),
        ("h2", "Can I upload claims from any practice-management system?"),
        ("p", "Yes, if it produces standard 837 files. We also accept CSV uploads for small practices."),
        ("h2", "What happens to rejected claims?"),
        ("p", "They appear in your work queue with the payer's message in plain language. Fix and resubmit "
              "without leaving the page."),
        ("h2", "How do I cancel?"),
        ("p", "Give 30 days' notice by email. There is no cancellation fee."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_email_sales_tbd",
    vendor="Rowanberry Health Systems, Inc.",
    coverage="unclear", fee=None,
    desc="Sales e-mail thread quoting subscription and implementation prices, where the latest reply says a "
         "CPT licensing charge may apply but pricing is not yet known.",
    style="email", title="RE: Quote for Rowanberry EHR",
    footer="Rowanberry Health Systems, Inc. \u00b7 sales@rowanberry.example",
    blocks=[
        ("email", {"from": "Evan Marsh <emarsh@rowanberry.example>",
                   "to": "Dr. Lucia Ferraro <lferraro@ferrarofamilymed.example>",
                   "date": "Wednesday, September 24, 2025 5:05 PM",
                   "subject": "RE: RE: Quote for Rowanberry EHR"}),
        ("p", "Hi Dr. Ferraro,"),
        ("p", "Good question about CPT. Honestly, I'm not sure yet. There may be a CPT licensing charge on "
              "top of the subscription starting next year, but I don't have pricing or details on how it "
              "would be counted. I've asked our finance team and will come back to you as soon as they "
              "confirm. Everything else in the quote stands."),
        ("p", "Thanks,<br/>Evan Marsh, Account Executive, Rowanberry Health Systems, Inc."),
        ("hr",),
        ("email", {"from": "Dr. Lucia Ferraro <lferraro@ferrarofamilymed.example>",
                   "to": "Evan Marsh <emarsh@rowanberry.example>",
                   "date": "Wednesday, September 24, 2025 11:40 AM",
                   "subject": "RE: Quote for Rowanberry EHR"}),
        ("p", "Thanks Evan. Before I sign: is there any separate fee for CPT codes? Our current vendor "
              "started charging one and I'd like to know up front."),
        ("hr",),
        ("email", {"from": "Evan Marsh <emarsh@rowanberry.example>",
                   "to": "Dr. Lucia Ferraro <lferraro@ferrarofamilymed.example>",
                   "date": "Monday, September 22, 2025 2:12 PM",
                   "subject": "Quote for Rowanberry EHR"}),
        ("p", "Dr. Ferraro, as promised, here is your quote:"),
        ("table", [["Item", "Price"],
                   ["Rowanberry EHR + PM, 3 providers", "$79 per provider per month"],
                   ["Implementation", "$900 one time"],
                   ["Interface to Coastal Labs", "$600 one time"],
                   ["Training", "Included (4 sessions)"]], {"widths": [3.5, 3]}),
        ("p", "The quote is valid until October 31. Let me know if you have any questions."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_app_listing_footnote",
    vendor="Silverbirch Mobile Health, LLC",
    coverage="unclear", fee=None,
    desc="App listing offering CPT code lookup with a footnote that CPT content is subject to AMA licensing "
         "terms and additional fees may apply, without saying who pays or how much.",
    style="listing", brand="App Marketplace", nav="Medical > Billing",
    site="apps.marketplace.example/pocketbiller",
    footer="Developer: Silverbirch Mobile Health, LLC",
    title="PocketBiller",
    blocks=[
        ("h1", "PocketBiller"),
        ("small", "Silverbirch Mobile Health, LLC \u00b7 Medical \u00b7 4.2 stars (388 ratings)"),
        ("p", "Capture charges at the bedside or in the clinic hallway. PocketBiller lets physicians log "
              "encounters on their phone and send them straight to the billing office."),
        ("h2", "Features"),
        ("ul", ["Includes CPT\u00ae code lookup *",
                "ICD-10-CM diagnosis search with favorites",
                "Hospital rounding lists and consult tracking",
                "Export to CSV or send to your billing office by secure link"]),
        ("h2", "Pricing"),
        ("p", "Free for 30 days, then $24.99 per month per physician, or $249 per year."),
        ("small", "* CPT content is subject to the American Medical Association's licensing terms. "
                  "Additional fees may apply."),
        ("h2", "What's new"),
        ("ul", ["Dark mode", "Faster search on older phones", "Shared lists for group practices"]),
        ("h2", "Information"),
        ("kv", [("Seller", "Silverbirch Mobile Health, LLC"), ("Category", "Medical"),
                ("Support", "support@silverbirchmobile.example")]),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="uc_yearend_letter_may_pass",
    vendor="Everpine Practice Systems, Inc.",
    coverage="unclear", fee=None,
    desc="Year-end letter saying the AMA royalty terms are changing and the company may pass some or all of "
         "the cost to practices next year, with details to come, leaving who pays open.",
    style="letter", title="Looking ahead to 2026",
    footer="Everpine Practice Systems, Inc. \u00b7 1 Timberline Plaza, Suite 900, Redwood Flats, CA 95990",
    blocks=[
        ("p", "<b>Everpine Practice Systems, Inc.</b><br/>1 Timberline Plaza, Suite 900<br/>Redwood Flats, "
              "CA 95990"),
        ("sp", 8),
        ("p", "September 30, 2025"),
        ("p", "Dear Everpine customer,"),
        ("p", "As we plan for 2026, we want to share a few updates early."),
        ("h3", "Subscription pricing"),
        ("p", "Your Everpine subscription will remain at $149 per provider per month through 2026. Add-on "
              "pricing for telehealth and patient payments is also unchanged."),
        ("h3", "CPT\u00ae royalties"),
        ("p", "The American Medical Association has told software companies that the royalty terms for "
              "CPT codes used in products like Everpine are changing for 2026. We are still working out what "
              "this means. We may pass some or all of the additional cost through to practices next year, "
              "or we may not; no decision has been made. We will publish the details, including any amount, "
              "by November 15."),
        ("h3", "New features"),
        ("ul", ["Automatic prior-authorization status checks for the largest payers",
                "A redesigned patient statement with QR-code payment",
                "Bulk fee-schedule updates from a spreadsheet"]),
        ("p", "Thank you for being part of the Everpine community."),
        ("sig", ["Sincerely,", "", "Daniel Hargrove", "Chief Operating Officer",
                 "Everpine Practice Systems, Inc."]),
    ]))
