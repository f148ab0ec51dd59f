"""blind_z documents labelled not_addressed or unclear."""

DOCS = []

# ---------------------------------------------------------------- not_addressed

# N1 -- dental CDT-only pricing page with an ADA CDT fee
DOCS.append(dict(
    key="na-dental-toothwell",
    vendor="Toothwell Dental Cloud, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Dental practice-software pricing page whose only code-set fee is an ADA CDT licence charge "
                "per dentist; CPT is never mentioned.",
    theme="pricing",
    header="Toothwell",
    header_right="Pricing for dental offices",
    footer="Toothwell Dental Cloud, Inc. | toothwell.example | All prices in USD",
    blocks=[
        ("title", "Pricing that fits your chairs"),
        ("sub", "Cloud charting, imaging, scheduling and claims for general and specialty dental offices."),
        ("table", ["", "Starter", "Growth", "Group"], [
            ["Price", "$289 / month", "$449 / month", "$399 per location / month"],
            ["Dentists included", "1", "up to 3", "unlimited"],
            ["Hygiene & perio charting", "Yes", "Yes", "Yes"],
            ["Imaging bridge (sensors, pano)", "1 operatory", "All operatories", "All operatories"],
            ["Dental claims & attachments", "Yes", "Yes", "Yes"],
            ["Multi-location reporting", "-", "-", "Yes"],
        ], (0.34, 0.2, 0.2, 0.26)),
        ("h", "Code set fees"),
        ("p", "Procedure codes in Toothwell come from Current Dental Terminology (CDT), which is owned by the "
              "American Dental Association. We pass the ADA's CDT licence charge through at $6.00 per dentist "
              "per month, shown on your invoice as \"CDT licence\". ICD-10-CM diagnosis codes, used on some "
              "medical-dental claims, are public and free."),
        ("h", "One-time costs"),
        ("table", ["Item", "Price"], [
            ["Data conversion from another dental system", "$995"],
            ["Remote training (6 hours)", "$600"],
            ["Sensor and imaging set-up", "$250 per operatory"],
        ], (0.65, 0.35)),
        ("h", "Good to know"),
        ("bullets", ["Month-to-month on Starter and Growth; Group plans are annual.",
                     "Unlimited staff logins on all plans.",
                     "Patient texting included: 2,000 messages per month, then $0.02 each."]),
        ("small", "CDT is a registered trademark of the American Dental Association. Toothwell Dental Cloud, "
                  "Inc., 88 Enamel Court, Molar Bay, FL 33602."),
    ],
))

# N2 -- invoice for a reminder tool, no CPT at all
DOCS.append(dict(
    key="na-invoice-chimebell",
    vendor="Chimebell Patient Messaging, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    description="Invoice from a patient-reminder messaging vendor with per-user, per-message and set-up "
                "charges and no mention of CPT at all.",
    theme="invoice",
    header="CHIMEBELL PATIENT MESSAGING",
    header_right="Invoice CB-2026-00412",
    footer="Chimebell Patient Messaging, LLC - 14 Belfry Lane, Chime Hill, TN 37203 - billing@chimebell.example",
    blocks=[
        ("title", "Invoice"),
        ("kv", [("Invoice", "CB-2026-00412"), ("Date", "1 March 2026"), ("Period", "February 2026 usage"),
                ("Bill to", "Crestline Allergy Clinic, PLLC, 910 Ridge Road, Knoxburgh, TN 37919"),
                ("Terms", "Due on receipt")]),
        ("table", ["Description", "Qty", "Unit price", "Amount"], [
            ["Chimebell Reminders - staff user (monthly)", "6", "$14.00", "$84.00"],
            ["SMS reminders sent", "3,912", "$0.025", "$97.80"],
            ["Voice reminders sent", "204", "$0.06", "$12.24"],
            ["Two-way chat inbox add-on (monthly)", "1", "$29.00", "$29.00"],
            ["Integration set-up - PM scheduling feed (one-time)", "1", "$350.00", "$350.00"],
        ], (0.56, 0.12, 0.14, 0.18)),
        ("kv", [("Subtotal", "$573.04"), ("Promotional credit", "-$50.00"), ("**Total due**", "**$523.04**")],
         (0.72, 0.28)),
        ("h", "Account notes"),
        ("bullets", ["Your confirmation rate in February was 81% (up from 74% in January).",
                     "Carrier surcharges for SMS are included in the per-message price.",
                     "The integration set-up fee is charged once; your scheduling feed went live on 12 February."]),
        ("small", "Pay online at pay.chimebell.example or by ACH to the account on file. Chimebell Patient "
                  "Messaging, LLC is not a covered entity; see our BAA for details."),
    ],
))

# N3 -- release notes: CPT only as a feature
DOCS.append(dict(
    key="na-release-greyfriars",
    vendor="Greyfriars EHR, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="EHR release notes mentioning CPT only as product features (code search, modifier "
                "handling, crosswalk reports) with nothing about licensing or fees.",
    theme="help",
    header="Greyfriars EHR",
    header_right="Release notes 2026.2",
    footer="Greyfriars EHR, Inc. | Release notes are also available in the in-app What's New panel",
    blocks=[
        ("title", "Release 2026.2"),
        ("sub", "Deployed to production 26 February 2026"),
        ("h", "Coding and charges"),
        ("bullets", [
            "CPT code search now matches on partial descriptions and common abbreviations (for example, "
            "\"I&D\" or \"EKG\").",
            "Modifiers 59, XE, XS, XP and XU are suggested when two procedures on the same claim usually need "
            "one.",
            "The charge-review screen highlights CPT codes whose units exceed the payer's daily maximum.",
            "New report: CPT-to-ICD-10 pairing by provider, for internal coding audits.",
        ]),
        ("h", "Clinical"),
        ("bullets", ["Growth charts now include the 2022 CDC extended BMI curves.",
                     "Medication reconciliation shows the last fill date when pharmacy data is available.",
                     "Order sets can be shared between locations."]),
        ("h", "Patient portal"),
        ("bullets", ["Patients can choose a preferred pharmacy during online check-in.",
                     "Balance reminders link directly to payment."]),
        ("h", "Administration"),
        ("bullets", ["Role templates for scribes and medical assistants.",
                     "Audit log export now includes IP address and device type."]),
        ("h", "Resolved issues"),
        ("bullets", ["Fixed slow loading of the schedule for users with more than 12 columns.",
                     "Fixed incorrect place-of-service defaults for telehealth visits.",
                     "Fixed an error when printing immunization records with lot numbers over 20 characters."]),
        ("small", "Greyfriars EHR, Inc., 2 Cloister Walk, Abbeyton, MI 48104. Questions: "
                  "support@greyfriars.example"),
    ],
))

# N4 -- newsletter where "CPT" means Care Pathway Templates, with a "CPT library licence" price
DOCS.append(dict(
    key="na-newsletter-lumenfield",
    vendor="Lumenfield Care Navigation, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Customer newsletter in which \"CPT\" is defined as the vendor's Care Pathway Templates and "
                "a \"CPT library licence\" is priced, so the AMA code set is never involved.",
    theme="news",
    header="Lumenfield Notes",
    header_right="Winter 2026",
    footer="Lumenfield Care Navigation, Inc. - newsletter for care-management teams",
    blocks=[
        ("title", "Lumenfield Notes - Winter 2026"),
        ("sub", "For care coordinators, nurse navigators and population-health leads"),
        ("h", "CPT library: 40 new pathways"),
        ("p", "Our Care Pathway Templates (CPTs, as most of you call them) are step-by-step outreach plans for "
              "chronic conditions - who to call, when, and what to ask. This winter we added 40 new CPTs, "
              "including post-discharge heart-failure follow-up, prenatal depression screening and "
              "asthma-action-plan refreshers."),
        ("p", "The CPT library licence is now bundled differently: instead of $15 per coordinator per month, "
              "it is a flat $240 per care team per month, with unlimited coordinators. Teams on annual plans "
              "switch automatically at renewal."),
        ("h", "Tip: retire pathways you don't use"),
        ("p", "Archived CPTs stop appearing in coordinators' task lists but keep their history. Go to Library > "
              "My pathways > Archive. Teams that trim unused pathways see fewer missed tasks."),
        ("h", "Customer story"),
        ("p", "Harrow Valley Health Partners cut 30-day readmissions for heart-failure patients by 18% in "
              "nine months after adopting three cardiology CPTs and weekly huddles."),
        ("h", "Coming in spring"),
        ("bullets", ["Spanish and Vietnamese patient scripts for all CPTs",
                     "Risk scores refreshed nightly from claims feeds",
                     "A mobile view for field nurses"]),
        ("small", "Lumenfield Care Navigation, Inc., 700 Beacon Row, Lumen City, MN 55401. Manage your "
                  "subscription at lumenfield.example/preferences."),
    ],
))

# N5 -- HCPCS Level II / ICD-10 only product with a HCPCS update fee
DOCS.append(dict(
    key="na-dme-mossgiel",
    vendor="Mossgiel DME Software, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Order form for a durable-medical-equipment billing product that uses only HCPCS Level II and "
                "ICD-10-CM codes and charges a HCPCS update fee; CPT licensing is not dealt with.",
    theme="form",
    header="Mossgiel DME Software",
    header_right="Order Form MDS-0907",
    footer="Mossgiel DME Software, Inc. - 19 Tannery Road, Mossgiel, KS 66044",
    blocks=[
        ("title", "Order Form MDS-0907"),
        ("kv", [("Customer", "Prairie Mobility Supply, LLC"), ("Date", "11 November 2025"),
                ("Term", "12 months, renewing annually")]),
        ("p", "Mossgiel DME Billing is built for suppliers of durable medical equipment, prosthetics, orthotics "
              "and supplies. Items are billed with HCPCS Level II codes (for example E0601 or L3908) and "
              "ICD-10-CM diagnoses."),
        ("check", [(True, "Mossgiel DME Billing - per user, per month", "$85.00 x 4"),
                   (True, "HCPCS Level II quarterly update service - per location, per year", "$60.00 x 1"),
                   (True, "ICD-10-CM annual update", "$0.00"),
                   (False, "Delivery-route planning module - per month", "$45.00"),
                   (True, "Data conversion from spreadsheet records (one-time)", "$400.00"),
                   (False, "Proof-of-delivery tablet app - per device, per month", "$12.00")]),
        ("p", "The HCPCS Level II update service covers loading the quarterly government files, refreshing "
              "the fee schedule for each DMEPOS competitive-bidding area and updating modifier rules."),
        ("h", "Terms"),
        ("numbered", ["Fees are billed monthly, except the update service, which is billed annually in advance.",
                      "Either party may end the order at the end of a term on 30 days' notice.",
                      "Customer data remains Customer's; export is available at any time."]),
        ("kv", [("Mossgiel DME Software, Inc.", "Fiona Dalgleish, Sales"),
                ("Prairie Mobility Supply, LLC", "Aaron Whitfield, Owner")], (0.45, 0.55)),
    ],
))

# N6 -- scheduling app terms with a bare trademark attribution line
DOCS.append(dict(
    key="na-terms-kettleby",
    vendor="Kettleby Online Booking, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Terms of use for an online-booking app whose only CPT reference is a bare trademark "
                "attribution line in its trademarks section.",
    theme="terms",
    header="Kettleby Online Booking",
    header_right="Terms of Use",
    footer="Kettleby Online Booking, Inc. - terms@kettleby.example",
    blocks=[
        ("title", "Terms of Use"),
        ("sub", "Last updated 2 October 2025"),
        ("p", "These terms apply to clinics (\"you\") that use Kettleby to let patients book appointments "
              "online, and to Kettleby Online Booking, Inc. (\"Kettleby\", \"we\")."),
        ("h", "1. Your account"),
        ("p", "You must give accurate information about your clinic and keep your booking rules, availability "
              "and cancellation policies up to date. You are responsible for everything done under your "
              "account."),
        ("h", "2. Patients"),
        ("p", "Patients who book through Kettleby agree to our patient terms. You decide whether to accept a "
              "booking. We send confirmation and reminder messages on your behalf."),
        ("h", "3. Fees"),
        ("p", "The Basic plan costs $59 per month per location. The Plus plan costs $99 per month per "
              "location and adds waitlists and deposits. Card processing for deposits is 2.9% + $0.30 per "
              "transaction."),
        ("h", "4. Visit types"),
        ("p", "You may label visit types with any internal codes you use, such as billing codes, so that "
              "bookings flow into your practice-management system correctly. Kettleby does not check or "
              "validate those codes."),
        ("h", "5. Acceptable use"),
        ("p", "Do not use Kettleby to send marketing messages without consent, to collect more patient "
              "information than you need, or to impersonate another clinic."),
        ("h", "6. Trademarks"),
        ("p", "Kettleby and the Kettleby logo are trademarks of Kettleby Online Booking, Inc. Other names "
              "shown in the service belong to their owners. CPT is a registered trademark of the American "
              "Medical Association."),
        ("h", "7. Liability"),
        ("p", "Kettleby is not liable for missed appointments or for clinical decisions. Our total liability is "
              "limited to the fees you paid in the previous three months."),
        ("h", "8. Changes"),
        ("p", "We will tell you by email at least 30 days before material changes to these terms."),
    ],
))

# N7 -- e-mail thread about interface fees; CPT only as data in a charge file
DOCS.append(dict(
    key="na-email-stonemoor",
    vendor="Stonemoor Interfaces, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    description="E-mail thread with an interface vendor about set-up and maintenance fees for a charge "
                "interface, where CPT codes appear only as fields in the data feed.",
    theme="email",
    header="Mail thread",
    header_right="2 messages",
    footer="Printed by j.kowalczyk@elmcourtortho.example",
    blocks=[
        ("title", "RE: Charge interface quote"),
        ("email", [("From", "Oren Blackwood <oblackwood@stonemoor.example>"),
                   ("To", "Joanna Kowalczyk <j.kowalczyk@elmcourtortho.example>"),
                   ("Date", "Tue, 20 Jan 2026 10:22 -0500"), ("Subject", "RE: Charge interface quote")],
         ["Hi Joanna,",
          "Here is the revised quote for the HL7 charge interface from your surgery-center system into your "
          "practice-management system:",
          "- Interface build and testing: $3,400 one-time (down from $3,900 because we can reuse your ADT "
          "feed mapping).",
          "- Monthly maintenance and monitoring: $110.",
          "- Change requests after go-live: $145 per hour, first 4 hours free.",
          "The DFT^P03 messages will carry the CPT code, modifiers, units, ICD-10-CM pointers and the "
          "rendering NPI for each charge, exactly as your surgery-center system sends them. We don't "
          "transform or look up codes; the feed passes them through as data.",
          "Best regards,",
          "Oren Blackwood, Integration Engineer, Stonemoor Interfaces, LLC"]),
        ("email", [("From", "Joanna Kowalczyk <j.kowalczyk@elmcourtortho.example>"),
                   ("To", "Oren Blackwood <oblackwood@stonemoor.example>"),
                   ("Date", "Fri, 16 Jan 2026 15:04 -0500"), ("Subject", "Charge interface quote")],
         ["Hi Oren, the first quote came in above our budget. Is there anything you can do on the build fee? "
          "Also, please confirm which fields will come across for each charge - our billers need the codes, "
          "modifiers and units at minimum.",
          "Thanks, Joanna Kowalczyk, IT Manager, Elm Court Orthopaedics"]),
        ("rule",),
        ("small", "Stonemoor Interfaces, LLC, 31 Granite Mill Road, Stonemoor, NH 03301."),
    ],
))

# N8 -- support chat about a denial; CPT as claim data only
DOCS.append(dict(
    key="na-chat-cloverdale",
    vendor="Cloverdale Billing Software, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Support-chat transcript about a denied claim where CPT codes and modifiers are discussed "
                "only as claim data, with no licensing or fee content.",
    theme="chat",
    header="Cloverdale Support",
    header_right="Chat #88-20417",
    footer="Cloverdale Billing Software, Inc. | support hours 7 a.m. - 7 p.m. Central",
    blocks=[
        ("title", "Chat transcript"),
        ("kv", [("Date", "Wed 4 Feb 2026"), ("Customer", "Luis Ortega, Biller, Redstone Family Clinic"),
                ("Agent", "Hannah (Claims Support)")]),
        ("chat", [
            ("11:40", "Luis", "Hi, a claim for 99214 plus 20610 got denied by one payer - CO-97. Can you see "
                              "why?"),
            ("11:41", "Hannah", "Hi Luis, let me pull it up. Claim 55102-B, date of service 22 January?"),
            ("11:41", "Luis", "That's the one."),
            ("11:43", "Hannah", "CO-97 means the payer bundled the visit into the procedure. The E/M line "
                                "went out without modifier 25. Your template for joint injections doesn't add "
                                "it automatically."),
            ("11:44", "Luis", "Can I fix and resend from Cloverdale?"),
            ("11:45", "Hannah", "Yes. Open the claim, add modifier 25 to the 99214 line, make sure the note "
                                "supports a separate E/M, then choose Corrected Claim (frequency code 7)."),
            ("11:46", "Luis", "Done. Can the template add 25 in the future?"),
            ("11:47", "Hannah", "You can set a rule under Setup > Claim rules: when an E/M code and a "
                                "procedure code are on the same claim, prompt for 25. It prompts rather than "
                                "adding it, so the provider still decides."),
            ("11:48", "Luis", "Perfect, thanks."),
            ("11:48", "Hannah", "Glad to help! The corrected claim will go out in the 2 p.m. batch."),
        ]),
        ("rule",),
        ("small", "Cloverdale Billing Software, Inc., 600 Meadow Parkway, Clover Springs, MO 65806."),
    ],
))

# N9 -- onboarding checklist for an intake-forms vendor; CPT as mapping data only
DOCS.append(dict(
    key="na-onboard-parkgate",
    vendor="Parkgate Intake, Inc.",
    coverage="not_addressed",
    cpt_fee=None,
    description="Onboarding checklist for a patient intake-forms vendor that asks the practice to map visit "
                "types to the CPT codes already in its own PM system, without any licensing wording.",
    theme="help",
    header="Parkgate Intake",
    header_right="Onboarding checklist",
    footer="Parkgate Intake, Inc. | success@parkgate.example",
    blocks=[
        ("title", "Getting started with Parkgate"),
        ("p", "Parkgate sends digital intake forms to patients before their visit and files the answers into "
              "your EHR. Here is what we need from you."),
        ("h", "Step 1 - Connect"),
        ("check", [(False, "Approve the Parkgate connection in your EHR's app marketplace", "You"),
                   (False, "Send us the name of your EHR admin", "You"),
                   (False, "We test the connection with three dummy patients", "Parkgate")]),
        ("h", "Step 2 - Forms"),
        ("check", [(False, "Choose from our library: demographics, insurance, consent, PHQ-9, GAD-7, "
                           "medical history", "You"),
                   (False, "Upload any custom forms (PDF or Word) for us to rebuild", "You"),
                   (False, "We build and send forms for your review within 5 business days", "Parkgate")]),
        ("h", "Step 3 - Visit types"),
        ("check", [(False, "List your visit types (new patient, follow-up, annual physical, telehealth)", "You"),
                   (False, "For each, tell us the CPT code your PM system uses for it (e.g., 99203, 99213, "
                           "99396) so we send the right form bundle", "You"),
                   (False, "We set the rules: which forms go with which visit type", "Parkgate")]),
        ("h", "Step 4 - Go live"),
        ("check", [(False, "Pick a start date; forms go out 72 hours before each appointment", "You"),
                   (False, "Staff training (30 minutes, remote, included)", "Parkgate")]),
        ("h", "Your plan"),
        ("p", "Parkgate Standard: $3.00 per provider per day of clinic sessions, capped at $199 per provider "
              "per month. Custom form builds beyond five: $75 each."),
        ("small", "Parkgate Intake, Inc., 12 Gatehouse Square, Parkgate, NC 27601."),
    ],
))

# N10 -- credentialing service slides; no CPT at all; "Provider" is the clinician
DOCS.append(dict(
    key="na-slides-foxley",
    vendor="Foxley Credentialing Services, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    description="Slide-style handout from a credentialing service with per-provider fees and no mention of "
                "CPT at all.",
    theme="slides",
    header="Foxley Credentialing Services",
    header_right="Service overview",
    footer="Foxley Credentialing Services, LLC - foxley.example",
    blocks=[
        ("title", "Credentialing without the chase"),
        ("bullets", ["We enrol each Provider (your physicians, NPs, PAs, therapists) with commercial payers, "
                     "Medicare and Medicaid",
                     "CAQH profiles kept current and re-attested every 120 days",
                     "Licence, DEA and board expirations tracked with 90-day alerts",
                     "Hospital privileging packets prepared on request"]),
        ("pagebreak",),
        ("title", "Fees"),
        ("table", ["Service", "Fee"], [
            ["Initial enrolment, per Provider per payer", "$175 one-time"],
            ["Maintenance, per Provider", "$65 per month"],
            ["Revalidation (Medicare / Medicaid)", "Included in maintenance"],
            ["Rush enrolment (5 business days to submission)", "$95 extra"],
        ], (0.62, 0.38)),
        ("bullets", ["No set-up fee for groups of 5+ Providers", "Cancel with 30 days' notice"]),
        ("pagebreak",),
        ("title", "How we work with you"),
        ("bullets", ["Week 1: document collection portal opened for each Provider",
                     "Weeks 2-3: applications submitted; status board updated daily",
                     "Ongoing: monthly report of effective dates and pending items",
                     "Contact: hello@foxley.example - Foxley Credentialing Services, LLC"]),
    ],
))

# ---------------------------------------------------------------- unclear

# U1 -- pricing page: third-party content fees may apply
DOCS.append(dict(
    key="unc-pricing-cresswell",
    vendor="Cresswell Care Platform, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Pricing page whose footnote says CPT content is provided under licence from the AMA and "
                "that fees for third-party content may apply, without saying whether or what the practice pays.",
    theme="pricing",
    header="Cresswell",
    header_right="Pricing",
    footer="Cresswell Care Platform, Inc. | cresswell.example/pricing",
    blocks=[
        ("title", "Pick the plan that grows with you"),
        ("table", ["", "Core", "Plus", "Premier"], [
            ["Per provider / month", "$180", "$260", "$340"],
            ["Charting & e-prescribing", "Yes", "Yes", "Yes"],
            ["CPT\u00b9 / ICD-10 coding assistant", "Yes", "Yes", "Yes"],
            ["Claims & remittance", "-", "Yes", "Yes"],
            ["Revenue analytics", "-", "-", "Yes"],
            ["Staff logins", "3 per provider", "5 per provider", "Unlimited"],
        ], (0.34, 0.22, 0.22, 0.22)),
        ("h", "One-time"),
        ("table", ["Item", "Price"], [["Implementation", "$1,500 per practice"],
                                       ["Data migration", "$800"],
                                       ["Additional training day", "$900"]], (0.6, 0.4)),
        ("h", "FAQ"),
        ("qa", "Do prices include taxes?", "No. Sales tax is added where required."),
        ("qa", "Are there long-term contracts?", "Plans are annual with monthly billing. Premier can be "
                                                  "signed for 36 months at a 6% discount."),
        ("notes", ["\u00b9 CPT\u00ae content is provided under licence from the American Medical Association. "
                   "Fees for third-party content may apply.",
                   "Prices shown are list prices in US dollars and may change."]),
        ("small", "Cresswell Care Platform, Inc., 1450 Watercress Way, Cresswell, OR 97426."),
    ],
))

# U2 -- EULA notices only (AMA copyright, FARS/DFARS, AMA does not practice medicine), nothing on who pays
DOCS.append(dict(
    key="unc-eula-ivybridge",
    vendor="Ivybridge Coding Tools, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Software licence excerpt carrying only the AMA copyright, fee-schedule, FARS/DFARS and "
                "\"AMA does not practice medicine\" notices for CPT, with no sublicence grant and nothing on "
                "who pays.",
    theme="terms",
    header="Ivybridge Coding Tools",
    header_right="End User Licence - excerpt",
    footer="Ivybridge Coding Tools, Inc. - 8 Holly Court, Ivybridge, VA 22901",
    blocks=[
        ("title", "Ivybridge Encoder - End User Licence Agreement (excerpt)"),
        ("p", "This excerpt reproduces Sections 1, 2, 9 and 14 of the Ivybridge Encoder End User Licence "
              "Agreement, version 11. Other sections are omitted."),
        ("h", "1. Licence"),
        ("p", "Ivybridge Coding Tools, Inc. (\"Ivybridge\") grants Licensee a non-exclusive, non-transferable "
              "licence to install and use the Ivybridge Encoder software (the \"Software\") on the number of "
              "workstations stated in Licensee's order, for Licensee's internal coding and billing work."),
        ("h", "2. Restrictions"),
        ("p", "Licensee shall not copy the Software except for one backup, reverse engineer it, rent or lend "
              "it, or remove any notice from it."),
        ("h", "9. Warranty"),
        ("p", "Ivybridge warrants for 90 days that the Software will perform substantially as described in the "
              "user guide. Licensee's sole remedy is correction or replacement."),
        ("h", "14. Notices regarding code sets"),
        ("p", "CPT only copyright 2025 American Medical Association. All rights reserved."),
        ("p", "Fee schedules, relative value units, conversion factors and/or related components are not "
              "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA "
              "does not directly or indirectly practice medicine or dispense medical services. The AMA assumes "
              "no liability for data contained or not contained herein."),
        ("p", "U.S. Government End Users: CPT is commercial technical data, which was developed exclusively at "
              "private expense by the American Medical Association. Applicable FARS/DFARS restrictions apply "
              "to government use."),
        ("p", "CPT is a registered trademark of the American Medical Association. ICD-10-CM content is derived "
              "from public files of the National Center for Health Statistics."),
    ],
))

# U3 -- body says included, exhibit lists a pass-through; no precedence clause
DOCS.append(dict(
    key="unc-conflict-ballardpoint",
    vendor="Ballard Point Health IT, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Service order whose body says the CPT licence is included in the subscription while its "
                "fee exhibit lists a $16 per-provider yearly CPT pass-through, with no order-of-precedence "
                "clause to settle the conflict.",
    theme="form",
    header="Ballard Point Health IT",
    header_right="Service Order BP-5521",
    footer="Ballard Point Health IT, Inc. - 2 Lighthouse Pier, Ballard Point, WA 98107",
    blocks=[
        ("title", "Service Order BP-5521"),
        ("kv", [("Client", "Harbor Light Pediatrics, PLLC"), ("Order date", "9 December 2025"),
                ("Service start", "1 January 2026"), ("Term", "12 months")]),
        ("h", "1. Services"),
        ("p", "Ballard Point will provide the Ballard Point EHR and practice-management services for 6 "
              "providers and 14 staff users, with hosting, backups, upgrades and help-desk support."),
        ("h", "2. Code sets"),
        ("p", "The services include CPT\u00ae, ICD-10-CM and HCPCS Level II code sets, updated annually. The "
              "CPT licence is included in the subscription."),
        ("h", "3. Fees"),
        ("p", "Client will pay the fees in Exhibit B. Recurring fees are invoiced monthly in advance; annual "
              "items are invoiced in January."),
        ("h", "4. Other terms"),
        ("p", "This Service Order is subject to the Ballard Point General Terms, which Client has reviewed. "
              "Either party may end this order at the end of the term on 60 days' notice."),
        ("kv", [("Ballard Point Health IT, Inc.", "Megan Sorensen, Account Executive"),
                ("Harbor Light Pediatrics, PLLC", "Dr. Paul Whitaker, Managing Member")], (0.45, 0.55)),
        ("pagebreak",),
        ("h", "Exhibit B - Fee Schedule"),
        ("table", ["Item", "Basis", "Fee"], [
            ["EHR + PM subscription", "per provider per month", "$325.00"],
            ["Staff users", "per user per month", "$20.00"],
            ["CPT pass-through", "per provider per year", "$16.00"],
            ["Implementation", "one-time", "$3,000.00"],
            ["Immunization registry interface", "one-time", "$900.00"],
        ], (0.4, 0.35, 0.25)),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# U4 -- e-mail thread; vendor never says who pays
DOCS.append(dict(
    key="unc-email-netherby",
    vendor="Netherby EHR, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="E-mail thread in which the practice asks directly who pays the AMA CPT royalty and the "
                "vendor's latest reply only says licensing follows AMA requirements and the details will be "
                "in the agreement.",
    theme="email",
    header="Printed conversation",
    header_right="3 messages",
    footer="Printed 3 Nov 2025",
    blocks=[
        ("title", "RE: Questions before we sign"),
        ("email", [("From", "Colin Ashworth <cashworth@netherby.example>"),
                   ("To", "Dr. Ruth Emsley <remsley@moorsidefp.example>"),
                   ("Date", "Mon, 3 Nov 2025 09:30 -0600"), ("Subject", "RE: Questions before we sign")],
         ["Dr. Emsley,",
          "Thanks for your patience. On the CPT point: Netherby handles CPT licensing in line with the AMA's "
          "requirements for EHR vendors, and the specifics will be set out in your subscription agreement "
          "when legal sends it over. I'd rather not quote anything that legal hasn't approved.",
          "On your other questions: yes, the portal is included; yes, we can migrate five years of "
          "documents; and the training plan is attached.",
          "Colin Ashworth, Sales, Netherby EHR, Inc."]),
        ("email", [("From", "Dr. Ruth Emsley <remsley@moorsidefp.example>"),
                   ("To", "Colin Ashworth <cashworth@netherby.example>"),
                   ("Date", "Thu, 30 Oct 2025 18:02 -0600"), ("Subject", "RE: Questions before we sign")],
         ["Colin, following up. I really do need an answer on the CPT question: will you charge us for the "
          "AMA royalty, or will we have to buy a licence from the AMA, or is it included? Our old vendor "
          "surprised us with a charge and I don't want that again.",
          "Ruth"]),
        ("email", [("From", "Dr. Ruth Emsley <remsley@moorsidefp.example>"),
                   ("To", "Colin Ashworth <cashworth@netherby.example>"),
                   ("Date", "Mon, 27 Oct 2025 12:15 -0600"), ("Subject", "Questions before we sign")],
         ["Hi Colin, a few questions before we sign: (1) Who pays for the AMA's CPT licence? (2) Is the "
          "patient portal included? (3) Can you migrate our scanned documents? (4) What does training look "
          "like?",
          "Dr. Ruth Emsley, Moorside Family Practice"]),
        ("rule",),
        ("small", "Netherby EHR, Inc., 41 Fellside Road, Netherby, CO 80521."),
    ],
))

# U5 -- support chat; agent cannot say
DOCS.append(dict(
    key="unc-chat-gorsefield",
    vendor="Gorsefield Practice Manager, LLC",
    coverage="unclear",
    cpt_fee=None,
    description="Support-chat transcript in which the agent says a CPT licence is needed but cannot say "
                "whether the vendor will charge for it, leaving it to the billing team at renewal.",
    theme="chat",
    header="Gorsefield Live Help",
    header_right="Ticket GF-41877",
    footer="Gorsefield Practice Manager, LLC | help.gorsefield.example",
    blocks=[
        ("title", "Live help transcript"),
        ("kv", [("Date", "Fri 12 Dec 2025"), ("Customer", "Tessa Morland, Office Manager, Brookside "
                                                           "Counseling Collective"),
                ("Agent", "Devon (Tier 1 Support)")]),
        ("chat", [
            ("15:02", "Tessa", "Hi - other practices I know are getting AMA/CPT fees from their software. Will "
                               "Gorsefield charge us one in 2026?"),
            ("15:03", "Devon", "Hi Tessa! Thanks for asking. CPT codes in Gorsefield do need to be covered by "
                               "an AMA licence - that's an AMA rule."),
            ("15:04", "Tessa", "Sure, but who pays? You or us?"),
            ("15:05", "Devon", "I honestly don't have that information. Any CPT-related charges are set by our "
                               "billing team at renewal, and I can't see your renewal terms from here."),
            ("15:05", "Tessa", "Can you at least tell me if it's per clinician?"),
            ("15:06", "Devon", "I'm sorry, I can't confirm how it would be calculated or whether there will be "
                               "a charge at all. I've opened a ticket for the billing team to contact you."),
            ("15:07", "Tessa", "OK. Our renewal is in February."),
            ("15:07", "Devon", "Noted on the ticket. You should hear back within 3 business days."),
        ]),
        ("rule",),
        ("small", "Gorsefield Practice Manager, LLC, 9 Heather Lane, Gorsefield, NE 68502. Plans from $36 per "
                  "user per month."),
    ],
))

# U6 -- questionnaire that defers to an order form not provided
DOCS.append(dict(
    key="unc-questionnaire-rookwood",
    vendor="Rookwood Health Platforms, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Procurement-questionnaire answers that mention an AMA distribution agreement but, asked who "
                "pays the CPT royalty, defer to an order form that is not part of the response.",
    theme="quest",
    header="RFI Response - Practice Management Platform",
    header_right="Rookwood Health Platforms",
    footer="Rookwood Health Platforms, Inc. - response for Tri-Valley Physicians Network",
    blocks=[
        ("title", "Request for information - vendor response"),
        ("kv", [("Requester", "Tri-Valley Physicians Network, IPA"), ("Vendor", "Rookwood Health Platforms, Inc."),
                ("Submitted", "7 October 2025")]),
        ("table", ["Item", "Question", "Response"], [
            ["4.1", "Which code sets does the platform use?", "CPT\u00ae, ICD-10-CM, HCPCS Level II, NDC, "
                                                             "CARC/RARC."],
            ["4.2", "Does the vendor have an agreement with the AMA for CPT?", "Yes, Rookwood has a "
                                                                              "distribution agreement with "
                                                                              "the AMA."],
            ["4.3", "Who pays the AMA royalty for network practices' users?",
             "CPT licensing terms for each practice are governed by our AMA distribution agreement and the "
             "applicable Order Form."],
            ["4.4", "Please list any CPT-related charges.", "See the applicable Order Form."],
            ["4.5", "Are there fees for ICD-10-CM or HCPCS?", "No."],
        ], (0.08, 0.4, 0.52)),
        ("h", "Commercial summary"),
        ("bullets", ["Subscription: $240-$310 per provider per month depending on module mix.",
                     "Network discount: 8% for 50+ providers across participating practices.",
                     "Implementation: $2,000 per practice; interfaces quoted separately.",
                     "Order Forms are issued to each participating practice after selection."]),
        ("small", "This response is not an offer. CPT is a registered trademark of the American Medical "
                  "Association. Rookwood Health Platforms, Inc., 300 Sparrow Street, Rookwood, IN 46204."),
    ],
))

# U7 -- release notes: depending on your contract an AMA fee may apply
DOCS.append(dict(
    key="unc-release-elmstead",
    vendor="Elmstead Software, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Release notes for the CPT annual update saying that, depending on the customer's contract, "
                "an AMA licence fee may apply, without saying who pays or how much.",
    theme="help",
    header="Elmstead Chart",
    header_right="Release notes 22.1",
    footer="Elmstead Software, Inc. | community.elmstead.example",
    blocks=[
        ("title", "Release 22.1 - annual code update"),
        ("sub", "Available 1 January 2026"),
        ("h", "CPT\u00ae 2026"),
        ("p", "The 2026 CPT code set is now available in charge entry, order entry and the superbill designer. "
              "New remote-monitoring and digital-health codes are mapped to the relevant templates. Depending "
              "on your contract, an AMA licence fee may apply to CPT content. Contact your account "
              "representative with questions."),
        ("h", "Also in this release"),
        ("bullets", ["E/M calculator updated for 2026 guidance on split/shared visits.",
                     "New fields for social-determinants screening (Z codes).",
                     "Eligibility responses now show deductible remaining for in-network and out-of-network.",
                     "Superbill designer: drag to reorder sections."]),
        ("h", "Fixes"),
        ("bullets", ["Fixed duplicate charges when a visit was reopened and signed twice.",
                     "Fixed missing rendering NPI on some secondary claims."]),
        ("h", "Upgrade notes"),
        ("p", "Cloud customers are upgraded automatically overnight. Hosted customers will receive a "
              "maintenance-window notice."),
        ("small", "CPT is a registered trademark of the American Medical Association. Elmstead Software, Inc., "
                  "18 Elm Row, Elmstead, MA 01060."),
    ],
))

# U8 -- renewal notice: third-party content charges (including CPT, if applicable) itemized on invoice
DOCS.append(dict(
    key="unc-renewal-bramwell",
    vendor="Bramwell Clinical Cloud, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Renewal notice saying third-party content charges, including CPT if applicable, will be "
                "itemized on the invoice, while its renewal table has no CPT line.",
    theme="letter",
    header="Bramwell Clinical Cloud",
    header_right="Renewal confirmation",
    footer="Bramwell Clinical Cloud, Inc. - 6 Bramble Court, Bramwell, WV 25301",
    blocks=[
        ("title", "Renewal confirmation"),
        ("kv", [("Customer", "Sycamore Ridge Family Health, PLLC"), ("Renewal effective", "1 February 2026"),
                ("Term", "12 months")]),
        ("p", "Dear Sycamore Ridge team,"),
        ("p", "Thank you for renewing with Bramwell. Your renewed subscription is summarized below."),
        ("table", ["Item", "Quantity", "Monthly fee"], [
            ["Bramwell Clinical - provider licence", "5", "$1,395.00"],
            ["Bramwell Clinical - staff licence", "12", "$300.00"],
            ["Telehealth add-on", "5", "$125.00"],
            ["Monthly total", "", "$1,820.00"],
        ], (0.55, 0.2, 0.25)),
        ("p", "Third-party content charges (including CPT\u00ae, if applicable) will be itemized on your "
              "invoice."),
        ("h", "What's new for renewing customers"),
        ("bullets", ["Free upgrade to the new scheduling engine.",
                     "Two complimentary seats for our spring coding webinar series.",
                     "Expanded support hours on Saturdays, 9 a.m. - 1 p.m. Eastern."]),
        ("p", "If you have questions about this confirmation, contact accounts@bramwell.example."),
        ("p", "Warm regards,"),
        ("p", "Evan Tremaine, Customer Accounts, Bramwell Clinical Cloud, Inc."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# U9 -- newsletter: reviewing what AMA enforcement means; details to follow
DOCS.append(dict(
    key="unc-newsletter-marlowvale",
    vendor="Marlow Vale Health Software, Inc.",
    coverage="unclear",
    cpt_fee=None,
    description="Customer newsletter noting the AMA's stepped-up CPT licence enforcement and saying the vendor "
                "is reviewing what it means for customers, with details to follow.",
    theme="news",
    header="Marlow Vale Monthly",
    header_right="November 2025",
    footer="Marlow Vale Health Software, Inc. - customer newsletter",
    blocks=[
        ("title", "Marlow Vale Monthly"),
        ("sub", "Product news and practice tips for Marlow Vale customers"),
        ("h", "Industry watch: CPT licensing"),
        ("p", "You may have seen news that the American Medical Association is stepping up enforcement of "
              "licensing for CPT\u00ae codes used in practice software, and that some EHR vendors have started "
              "showing AMA fees on invoices. Several of you have asked what this means for Marlow Vale."),
        ("p", "The honest answer is that we are still working through it with the AMA. We're reviewing our "
              "agreements and what, if anything, changes for customers, and we will share details before your "
              "next renewal. Until then, there is nothing you need to do."),
        ("h", "Product update: faster month-end"),
        ("p", "The month-end close report now runs in under a minute for most practices, and you can schedule "
              "it to email your accountant automatically on the first business day of each month."),
        ("h", "Tip of the month: clean up your payer list"),
        ("p", "Inactive payers clutter the claim screen. Go to Setup > Payers, filter by \"no claims in 12 "
              "months\", and archive. Archived payers keep their history."),
        ("h", "Events"),
        ("bullets", ["2 December - webinar: year-end checklist for billing teams",
                     "9 December - office hours with our product team",
                     "14 January - webinar: what's new in the 2026 code sets"]),
        ("small", "Marlow Vale Health Software, Inc., 120 Riverside Mews, Marlow Vale, CT 06790. Update your "
                  "preferences at marlowvale.example/email."),
    ],
))

# U10 -- meeting notes: vendor vague; action item to get confirmation
DOCS.append(dict(
    key="unc-notes-heathcote",
    vendor="Heathcote EHR Corp.",
    coverage="unclear",
    cpt_fee=None,
    description="Practice's meeting notes recording that the vendor said CPT licensing is 'covered "
                "somewhere' without saying whether it is included or billed, with an open action item to "
                "get written confirmation.",
    theme="memo",
    header="MEETING NOTES",
    header_right="Elmhurst Sports Medicine",
    footer="Internal - prepared by K. Abara",
    blocks=[
        ("title", "Demo + Q&A: Heathcote EHR"),
        ("kv", [("Date", "Tue 18 Nov 2025, 10:00-11:15"),
                ("Present", "Elmhurst: Kemi Abara (administrator), Dr. Sean Lowry, Pat Fennimore (billing). "
                            "Heathcote EHR Corp.: Natalie Greer (sales), Raj Sethi (sales engineer)"),
                ("Purpose", "Second demo; commercial questions")]),
        ("h", "Demo"),
        ("bullets", ["Sports-med templates good; PT referral workflow better than current system.",
                     "Imaging viewer embedded - Dr. Lowry liked it.",
                     "Charge capture from the note is one click; CPT and ICD-10 suggested from the note text."]),
        ("h", "Commercial"),
        ("bullets", ["Quoted $365/provider/month, 4 providers; staff logins included.",
                     "Implementation $4,000; waived if signed by 31 Dec (Natalie to confirm in writing).",
                     "Pat asked about the AMA/CPT licence. Natalie: \"it's covered somewhere in the "
                     "agreement.\" Raj wasn't sure whether that means it's in the price or billed "
                     "separately. No number given.",
                     "Interfaces: lab $1,200 one-time; PACS included."]),
        ("h", "Action items"),
        ("numbered", ["Natalie to send written answer: is the CPT licence included in the subscription or "
                      "charged separately, and if so how much? (due 25 Nov)",
                      "Kemi to request the full agreement draft.",
                      "Pat to list current CPT costs from our old vendor for comparison."]),
        ("small", "Circulated to attendees only."),
    ],
))
