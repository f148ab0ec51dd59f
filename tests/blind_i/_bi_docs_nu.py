"""Documents that do not address CPT licensing (not_addressed) or leave it open (unclear)."""
from _bi_boiler import (confidentiality, general, hipaa, liability, payment, support, term,
                        warranty)


def P(t):
    return ("p", t)


def H(t):
    return ("h", t)


def ps(texts):
    return [P(t) for t in texts]


DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ================================================================ NOT ADDRESSED

# ---------------------------------------------------------------- N01 EHR agreement, CPT as feature only
V, C = "Brookhaven", "Practice"
doc(key="n01_brookhaven_subscription", coverage="not_addressed", fee=None,
    vendor="Brookhaven Clinical Apps, LLC", kind="contract",
    description="EHR subscription agreement mentioning CPT only as a feature (code look-up on "
                "superbills); no licensing terms.",
    theme={"family": "sans", "size": 9.5, "lead": 12.4, "header": "Brookhaven Clinical Apps, LLC",
           "header_right": "Subscription Agreement", "page_numbers": "Page {n}",
           "accent": "#264653"},
    blocks=[
        ("title", "EHR Subscription Agreement"),
        P("This EHR Subscription Agreement is between Brookhaven Clinical Apps, LLC "
          "(\"Brookhaven\") and Cedar Hollow Pediatrics, PLLC (\"Practice\"), effective September "
          "1, 2025."),
        H("1. Subscription"),
        P("Brookhaven grants Practice a subscription to the Brookhaven Pediatric EHR for the "
          "number of providers listed in the Order, including the following features:"),
        ("bul", ["well-child templates with immunization forecasting and VIS tracking;",
                 "superbills with CPT\u00ae and ICD-10 code look-up, favourite-code lists and "
                 "modifier prompts;",
                 "growth charts, developmental screening tools and school forms;",
                 "e-prescribing and lab ordering interfaces;",
                 "a parent portal with secure messaging and bill pay."]),
        H("2. Fees"),
        P("Practice shall pay $199.00 per provider per month. " + payment(0, V, C)[0]),
        P(payment(0, V, C)[2]),
        H("3. Term and Renewal"),
        *ps(term(0, V, C)),
        H("4. Implementation"),
        P("Brookhaven will configure the EHR, migrate up to three years of demographic and "
          "immunization data from Practice's prior system, and provide eight hours of remote "
          "training."),
        H("5. Support"),
        *ps(support(0, V, C)),
        H("6. Confidentiality and HIPAA"),
        *ps(confidentiality(1, V, C)),
        H("7. Warranties; Limitation of Liability"),
        *ps(warranty(1, V, C)),
        *ps(liability(0, V, C)),
        H("8. General"),
        *ps(general(0, V, C, "Vermont")),
        ("sig", [("Brookhaven Clinical Apps, LLC", "Ingrid Solheim", "Managing Member"),
                 ("Cedar Hollow Pediatrics, PLLC", "Renee Oduya", "Practice Administrator")]),
    ])


# ---------------------------------------------------------------- N02 legal notices page, copyright only
doc(key="n02_sandpiper_notices", coverage="not_addressed", fee=None,
    vendor="Sandpiper Medical Software, Inc.", kind="web",
    description="Legal notices / trademarks web page with the AMA copyright line and trademark "
                "attribution only; no licensing or fee terms.",
    theme={"family": "sans", "size": 9.4, "lead": 12.2, "header": "sandpipermed.example/legal",
           "footer": "Sandpiper Medical Software, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("title", "Legal notices"),
        H("Copyright"),
        P("\u00a9 2025 Sandpiper Medical Software, Inc. All rights reserved. The Sandpiper "
          "software, documentation and website content are protected by United States and "
          "international copyright laws."),
        H("Trademarks"),
        P("Sandpiper, Sandpiper PM and the sandpiper logo are trademarks of Sandpiper Medical "
          "Software, Inc. Other names may be trademarks of their respective owners."),
        H("Third-party notices"),
        P("CPT copyright 2024 American Medical Association. All rights reserved. CPT\u00ae is a "
          "registered trademark of the American Medical Association."),
        P("Portions of the software are licensed under open-source licences. A list of "
          "open-source components and their licences is available in the software under Help "
          "\u203a About \u203a Open source."),
        H("Website terms"),
        P("Information on this website is provided for general information only and may change "
          "without notice. Links to third-party sites are provided for convenience; Sandpiper is "
          "not responsible for their content."),
        H("Accessibility"),
        P("We aim to meet WCAG 2.1 AA. If you have difficulty using any part of this website, "
          "contact accessibility@sandpipermed.example."),
        H("Contact"),
        P("Sandpiper Medical Software, Inc., 900 Dune Road, Myrtle Beach, SC 29577."),
    ])


# ---------------------------------------------------------------- N03 ICD-10/HCPCS update service pricing
doc(key="n03_cedarline_codeupdates", coverage="not_addressed", fee=None,
    vendor="Cedarline Code Services, LLC", kind="web",
    description="Product/pricing page for an ICD-10-CM/PCS and HCPCS Level II update file at $129 "
                "per user per year; no CPT at all (trap: code-set licence fee that is not CPT).",
    theme={"family": "sans", "size": 9.8, "lead": 12.8, "accent": "#2e6b30",
           "header": "Cedarline Code Services \u2014 Products", "page_numbers": "{n}",
           "footer": "Cedarline Code Services, LLC \u00b7 Omaha, Nebraska"},
    blocks=[
        ("title", "Cedarline Code Update Service"),
        P("Keep your practice management and EHR tables current without manual data entry. "
          "Cedarline delivers ready-to-import files for the federal diagnosis and supply code "
          "sets every time they change."),
        H("What you get"),
        ("bul", ["ICD-10-CM and ICD-10-PCS annual (October 1) and April updates",
                 "HCPCS Level II quarterly updates, including new, revised and deleted codes",
                 "Short and long descriptors, effective and termination dates",
                 "Import layouts for 40+ common PM and EHR systems",
                 "E-mail alerts when a new release is published"]),
        H("Pricing"),
        ("tbl", [["Subscription", "Price", "Billing"],
                 ["Code Update Service \u2014 licence per user", "$129 per user per year",
                  "Annual, in advance"],
                 ["Site licence (up to 25 users)", "$1,950 per site per year", "Annual"],
                 ["Custom import layout", "$350 one-time", "On order"]],
         {"style": "lines", "widths": [45, 30, 25]}),
        H("About the code sets"),
        P("ICD-10-CM is maintained by the National Center for Health Statistics and ICD-10-PCS "
          "and HCPCS Level II by the Centers for Medicare & Medicaid Services. The underlying code "
          "sets are published by the federal government; Cedarline's subscription fee covers "
          "formatting, validation, import layouts and delivery."),
        H("Terms"),
        P("Subscriptions renew automatically each year unless cancelled 30 days before renewal. "
          "Files may be used only by the licensed users or site. Cedarline Code Services, LLC "
          "Subscriber Terms apply."),
    ])


# ---------------------------------------------------------------- N04 dental CDT-only EULA
doc(key="n04_pearlstone_cdt_eula", coverage="not_addressed", fee=None,
    vendor="Pearlstone Dental Software, Inc.", kind="web",
    description="Dental software end-user terms passing through an ADA CDT licence fee of $14 "
                "per dentist per year; CDT is not CPT (trap).",
    theme={"family": "serif", "size": 9.8, "lead": 12.6, "justify": True,
           "header": "Pearlstone Dental \u2014 CDT End User Terms",
           "footer": "Pearlstone Dental Software, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("title", "Current Dental Terminology (CDT) \u2014 End User Terms"),
        ("small", "Applies to Pearlstone Chairside and Pearlstone Cloud. Updated January 2025."),
        P("1. Pearlstone Dental Software, Inc. (\"Pearlstone\") includes in its software the Code "
          "on Dental Procedures and Nomenclature contained in Current Dental Terminology "
          "(\"CDT\"), which is copyrighted by the American Dental Association (\"ADA\"). CDT is a "
          "registered trademark of the ADA. CDT copyright 2024 American Dental Association. All "
          "rights reserved."),
        P("2. Under its commercial licence from the ADA, Pearlstone grants your practice a "
          "limited, non-exclusive, non-transferable right to use CDT as contained in the "
          "Pearlstone software, solely for your internal use at the end-user sites you report to "
          "Pearlstone."),
        P("3. CDT licence fee. The ADA charges Pearlstone a royalty for each dentist using CDT in "
          "Pearlstone. Pearlstone passes this through as a CDT licence fee of $14.00 per dentist "
          "per year, billed each January. Hygienists and front-office staff are not counted."),
        P("4. End-user sites. You must tell Pearlstone the number and location of every office "
          "at which the software is used, including satellite and mobile offices, and notify us "
          "within 30 days if that changes."),
        P("5. You may not copy, distribute or modify CDT, or use it outside the Pearlstone "
          "software. The ADA disclaims all warranties regarding CDT and is not liable for its "
          "use."),
        P("6. Medical procedure coding is not part of Pearlstone. Practices that perform medical "
          "cross-coding should use a separate medical billing product."),
    ])


# ---------------------------------------------------------------- N05 'CPT' = Care Plan Tracker
doc(key="n05_vireo_careplan_order", coverage="not_addressed", fee=None,
    vendor="Vireo Health Analytics, Inc.", kind="order",
    description="Order form where 'CPT' means the vendor's Care Plan Tracker module, licensed "
                "at $12 per user per month (trap: not Current Procedural Terminology).",
    theme={"family": "sans", "size": 9.3, "lead": 12, "table_style": "grid",
           "accent": "#2a6f97", "header": "Vireo Health Analytics, Inc.",
           "header_right": "Order VHA-3390", "page_numbers": "{n}"},
    blocks=[
        ("title", "Order Form"),
        ("kv", [("Order", "VHA-3390"),
                ("Customer", "Bayside Internal Medicine Associates, LLC"),
                ("Start", "July 1, 2025"),
                ("Term", "12 months")]),
        P("In this Order, \"CPT\" means Vireo's Care Plan Tracker module, which lets care "
          "managers build chronic-care plans, assign tasks and track patient goals between "
          "visits."),
        ("tbl", [["Module", "Qty", "Price", "Billing"],
                 ["Vireo Population Health \u2014 platform", "1 practice", "$600.00", "Monthly"],
                 ["CPT (Care Plan Tracker) licence", "5 users", "$12.00 per user", "Monthly"],
                 ["Remote patient monitoring dashboard", "1", "$150.00", "Monthly"],
                 ["Onboarding", "1", "$1,200.00", "One-time"]],
         {"widths": [46, 14, 22, 18]}),
        H("Terms"),
        ("num", ["CPT licences are named-user licences and may be reassigned when a care manager "
                 "leaves the practice.",
                 "Care plan templates created by Customer remain Customer's property.",
                 "The platform imports problem lists and visit history from Customer's EHR "
                 "through the existing interface.",
                 "This Order is governed by the Vireo Master Services Agreement dated March 1, "
                 "2024."]),
        H("Payment"),
        *ps(payment(0, "Vireo", "Customer")[:1]),
        ("sig", [("Vireo Health Analytics, Inc.", "Marisol Quintanilla", "VP, Customer Growth"),
                 ("Bayside Internal Medicine Associates, LLC", "Samuel Iriarte, MD", "Member")]),
    ])


# ---------------------------------------------------------------- N06 'CPT' = cost per transaction
doc(key="n06_harborpoint_merchant", coverage="not_addressed", fee=None,
    vendor="Harbor Point Payments, LLC", kind="contract",
    description="Merchant payment-processing agreement for a clinic where 'CPT' means cost per "
                "transaction (trap).",
    theme={"family": "sans", "size": 9.2, "lead": 11.8, "justify": True,
           "header": "Harbor Point Payments, LLC \u2014 Merchant Processing Agreement",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "Merchant Processing Agreement \u2014 Healthcare"),
        P("This Merchant Processing Agreement is made between Harbor Point Payments, LLC "
          "(\"Harbor Point\") and Fairmont ENT Specialists, P.A. (\"Merchant\")."),
        H("1. Definitions"),
        P("\"CPT\" means cost per transaction, the fixed processing charge applied to each "
          "authorised card or ACH transaction, in addition to the percentage discount rate."),
        P("\"Card Brands\" means Visa, Mastercard, Discover and American Express."),
        H("2. Services"),
        P("Harbor Point will provide card-present terminals for Merchant's front desk, an online "
          "patient payment page, recurring payment plans and card-on-file storage compliant with "
          "PCI DSS."),
        H("3. Pricing"),
        ("tbl", [["Item", "Rate"],
                 ["Discount rate, credit and debit", "2.49%"],
                 ["CPT \u2014 card transactions", "$0.15 per transaction"],
                 ["CPT \u2014 ACH / e-check", "$0.25 per transaction"],
                 ["Terminal rental", "$18.00 per terminal per month"],
                 ["Chargeback fee", "$20.00 per chargeback"],
                 ["Monthly minimum", "$25.00"]],
         {"style": "lines", "widths": [60, 40]}),
        H("4. Settlement"),
        P("Funds are settled to Merchant's designated bank account on the next business day. "
          "Harbor Point may hold reserves if chargebacks exceed 1% of monthly volume."),
        H("5. Term"),
        *ps(term(3, "Harbor Point", "Merchant")),
        H("6. Data Security"),
        P("Merchant shall not store full card numbers outside Harbor Point's vault and shall "
          "complete an annual PCI self-assessment questionnaire."),
        H("7. Liability"),
        *ps(liability(1, "Harbor Point", "Merchant")),
        H("8. General"),
        *ps(general(1, "Harbor Point", "Merchant", "Florida")),
        ("sig", [("Harbor Point Payments, LLC", "Trevor Llewellyn", "Merchant Services Manager"),
                 ("Fairmont ENT Specialists, P.A.", "Jorge Almeida, MD", "President")]),
    ])


# ---------------------------------------------------------------- N07 Medicare point-and-click
doc(key="n07_mac_point_click", coverage="not_addressed", fee=None,
    vendor="Heartland Plains Medicare Services, LLC", kind="web",
    description="Medicare contractor 'End User/Point and Click' CPT licence for its own "
                "fee-schedule look-ups; limited to CMS programs, says nothing about any vendor "
                "product (judgement: not_addressed).",
    theme={"family": "serif", "size": 9.8, "lead": 12.6, "justify": True,
           "header": "Heartland Plains Medicare Services \u2014 Jurisdiction P Part B",
           "footer": "Heartland Plains Medicare Services, LLC, a CMS Medicare Administrative "
                     "Contractor", "page_numbers": "{n}"},
    blocks=[
        ("title", "License for Use of Current Procedural Terminology (CPT)"),
        ("subtitle", "End User / Point and Click Agreement \u2014 required before using the Part B "
                     "fee schedule look-up"),
        P("CPT codes, descriptions and other data only are copyright 2024 American Medical "
          "Association (AMA). All rights reserved. CPT is a registered trademark of the AMA."),
        P("You, your employees and agents may use CPT only as contained in the following "
          "materials published by Heartland Plains Medicare Services, LLC: the Part B fee "
          "schedule look-up, local coverage articles, provider bulletins and related "
          "educational materials, solely for internal use within your organization in the "
          "United States. Use is limited to Medicare, Medicaid and other programs administered "
          "by the Centers for Medicare & Medicaid Services (CMS). You are responsible for making "
          "sure your employees and agents follow these terms."),
        P("Other uses are not permitted \u2014 for example, reselling or licensing copies of CPT, "
          "passing copies to anyone who has not accepted this agreement, making modified or "
          "derivative versions, or any commercial exploitation. For any other use you need a "
          "licence from the AMA's CPT Intellectual Property Services."),
        P("This product includes CPT, which is commercial technical data developed exclusively at "
          "private expense by the AMA. U.S. Government rights are limited as provided in FAR "
          "52.227-14 and DFARS 252.227-7015."),
        P("The AMA disclaims responsibility for any consequences or liability attributable to or "
          "related to any use of the information contained in these materials. Fee schedules, "
          "relative value units, conversion factors and related components are not assigned by "
          "the AMA. The AMA does not directly or indirectly practice medicine or dispense medical "
          "services."),
        P("CMS disclaims responsibility for any liability attributable to the end user's use of "
          "the CPT content. This agreement will terminate upon notice if you violate its terms."),
        ("tbl", [["", ""], ["[ I Accept ]", "[ I Do Not Accept ]"]],
         {"header": False, "style": "plain", "widths": [50, 50]}),
        ("small", "Heartland Plains Medicare Services, LLC serves Medicare providers in the "
                  "jurisdiction under contract with CMS. This page is not a CMS publication."),
    ])


# ---------------------------------------------------------------- N08 BAA no CPT
V, C = "Business Associate", "Covered Entity"
doc(key="n08_evergreen_baa", coverage="not_addressed", fee=None,
    vendor="Evergreen Transcription Services, Inc.", kind="contract",
    description="Business associate agreement with a transcription company; no CPT content at "
                "all.",
    theme={"family": "serif", "size": 10, "lead": 12.8, "justify": True,
           "header": "Evergreen Transcription Services, Inc. \u2014 Business Associate Agreement",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "Business Associate Agreement"),
        P("This Business Associate Agreement (\"BAA\") is entered into by Oak Valley "
          "Chiropractic, P.C. (\"Covered Entity\") and Evergreen Transcription Services, Inc. "
          "(\"Business Associate\"), effective January 1, 2025, in connection with the medical "
          "transcription services Business Associate provides to Covered Entity."),
        H("1. Permitted uses and disclosures"),
        P("Business Associate may use and disclose protected health information (\"PHI\") only "
          "to perform transcription, formatting and delivery of dictated notes for Covered "
          "Entity, or as required by law."),
        H("2. Safeguards"),
        *ps(hipaa(1, V, C)),
        H("3. Reporting"),
        P("Business Associate shall report to Covered Entity any use or disclosure of PHI not "
          "permitted by this BAA, and any breach of unsecured PHI, within five (5) business days "
          "of discovery, with the information required by 45 C.F.R. 164.410."),
        H("4. Subcontractors"),
        P("Business Associate shall ensure that any subcontractor that creates, receives, "
          "maintains or transmits PHI on its behalf agrees in writing to the same restrictions "
          "and conditions."),
        H("5. Individual rights"),
        P("Business Associate shall make PHI available for access, amendment and accounting of "
          "disclosures as required by 45 C.F.R. 164.524, 164.526 and 164.528, within ten (10) "
          "business days of Covered Entity's request."),
        H("6. Term and termination"),
        P("This BAA remains in effect while Business Associate holds PHI of Covered Entity. "
          "Covered Entity may terminate the underlying services if Business Associate materially "
          "breaches this BAA and does not cure within thirty (30) days. On termination, Business "
          "Associate shall return or destroy all PHI."),
        H("7. Miscellaneous"),
        *ps(general(2, V, C, "New Hampshire")),
        ("sig", [("Oak Valley Chiropractic, P.C.", "Dana Whitlow, DC", "Owner"),
                 ("Evergreen Transcription Services, Inc.", "Lorraine Baptiste", "Compliance "
                  "Officer")]),
    ])


# ---------------------------------------------------------------- N09 telehealth terms, clinician picks codes
doc(key="n09_brightwater_telehealth_terms", coverage="not_addressed", fee=None,
    vendor="Brightwater Telehealth, Inc.", kind="web",
    description="Telehealth platform terms for clinicians: visit summaries show CPT and ICD-10 "
                "codes chosen by the clinician; no licensing terms.",
    theme={"family": "sans", "size": 9.5, "lead": 12.4, "header": "Brightwater \u2014 Clinician "
           "Terms of Use", "footer": "Brightwater Telehealth, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("title", "Clinician Terms of Use"),
        ("small", "Last updated February 2025"),
        P("These terms apply to licensed clinicians and practices (\"you\") who use the "
          "Brightwater Telehealth platform provided by Brightwater Telehealth, Inc. "
          "(\"Brightwater\", \"we\") to conduct video visits with patients."),
        H("1. Eligibility"),
        P("You must hold an active, unrestricted licence in each state where your patients are "
          "located during a visit, and must keep your credentials current in your Brightwater "
          "profile."),
        H("2. Visits and documentation"),
        P("The platform lets you schedule, conduct and document video and audio-only visits. "
          "After each visit you can generate a visit summary, which shows the visit length, the "
          "CPT\u00ae and ICD-10 codes you select and your note, and export it to your EHR or "
          "billing service. You are responsible for selecting codes that accurately reflect the "
          "services you provide and for meeting payer telehealth requirements."),
        H("3. Fees"),
        P("Solo clinicians pay $39 per month; group practices pay $29 per clinician per month. "
          "Patients are never charged by Brightwater."),
        H("4. Clinical responsibility"),
        P("Brightwater does not practise medicine. You remain solely responsible for your "
          "clinical judgement, prescribing and patient follow-up."),
        H("5. Privacy"),
        P("Brightwater acts as your business associate under HIPAA. Our Business Associate "
          "Agreement is incorporated into these terms."),
        H("6. Suspension"),
        P("We may suspend your account if we reasonably believe you are using the platform "
          "unlawfully or in a way that endangers patients."),
        H("7. Changes and termination"),
        P("You may close your account at any time. We may change these terms on 30 days' "
          "notice."),
    ])


# ---------------------------------------------------------------- N10 SNOMED/LOINC terminology service
V, C = "Terrace", "Subscriber"
doc(key="n10_terrace_terminology", coverage="not_addressed", fee=None,
    vendor="Terrace Terminology Services, Inc.", kind="contract",
    description="Terminology-server agreement covering SNOMED CT (UMLS) and LOINC only; code-set "
                "licensing discussed but CPT never mentioned.",
    theme={"family": "sans", "size": 9.3, "lead": 12, "head_upper": True,
           "header": "Terrace Terminology Services, Inc.", "header_right": "Subscription "
           "Agreement", "page_numbers": "{n}"},
    blocks=[
        ("title", "Terminology Server Subscription Agreement"),
        P("Terrace Terminology Services, Inc. (\"Terrace\") and Granite Peak Urgent Care, LLC "
          "(\"Subscriber\") agree as follows, effective May 1, 2025."),
        H("1. Service"),
        P("Terrace provides a hosted FHIR terminology server offering look-up, validation and "
          "value-set expansion for the clinical terminologies listed in Section 3, for use by "
          "Subscriber's EHR and analytics applications."),
        H("2. Fees"),
        P("Subscriber shall pay $450.00 per month for up to 2 million API calls and $0.10 per "
          "thousand calls above that volume. " + payment(0, V, C)[0]),
        H("3. Terminologies"),
        P("3.1 SNOMED CT. SNOMED CT content is made available under the National Library of "
          "Medicine's UMLS Metathesaurus licence, which is free of charge for use in the United "
          "States. Subscriber shall maintain its own UMLS licence account and shall comply with "
          "its terms."),
        P("3.2 LOINC. LOINC content is used under the Regenstrief Institute's LOINC licence, which "
          "is free of charge. Subscriber shall retain the LOINC copyright notice in any display."),
        P("3.3 RxNorm. RxNorm is provided by the National Library of Medicine and may be used "
          "without charge subject to the UMLS licence."),
        H("4. Term"),
        *ps(term(1, V, C)[:1]),
        H("5. Service levels"),
        *ps(support(1, V, C)),
        H("6. Liability"),
        *ps(liability(0, V, C)),
        H("7. General"),
        *ps(general(1, V, C, "Colorado")),
        ("sig", [("Terrace Terminology Services, Inc.", "Oliver Brandt", "Chief Technology "
                  "Officer"),
                 ("Granite Peak Urgent Care, LLC", "Nadia Ferreira", "Operations Manager")]),
    ])


# ---------------------------------------------------------------- N11 pricing page, trademark only
doc(key="n11_goldcrest_pricing", coverage="not_addressed", fee=None,
    vendor="Goldcrest Billing Software, Inc.", kind="web",
    description="PM pricing page listing 'CPT and ICD-10 code search' as a feature plus a plain "
                "trademark line; no licensing terms.",
    theme={"family": "sans", "size": 9.8, "lead": 12.8, "table_style": "zebra",
           "accent": "#8c6d1f", "header": "goldcrestbilling.example/pricing",
           "footer": "\u00a9 2025 Goldcrest Billing Software, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("title", "Billing software priced for small practices"),
        P("Goldcrest helps independent practices get claims out the door clean and paid fast. "
          "Choose the plan that fits your claim volume."),
        ("tbl", [["", "Lite", "Standard", "Plus"],
                 ["Monthly price", "$99", "$199", "$329"],
                 ["Claims per month", "150", "600", "Unlimited"],
                 ["CPT\u00ae and ICD-10 code search", "Yes", "Yes", "Yes"],
                 ["Claim scrubbing & payer edits", "Basic", "Advanced", "Advanced"],
                 ["ERA auto-posting", "\u2014", "Yes", "Yes"],
                 ["Patient statements", "\u2014", "Yes", "Yes"],
                 ["A/R follow-up worklists", "\u2014", "\u2014", "Yes"]],
         {"widths": [34, 22, 22, 22]}),
        H("Every plan includes"),
        ("bul", ["Free onboarding call and data import from a CSV or your old system",
                 "Phone and chat support on weekdays",
                 "Secure cloud hosting with daily backups"]),
        H("Frequently asked questions"),
        ("h2", "Is there a long-term contract?"),
        P("No. All plans are month-to-month and you can change or cancel at any time."),
        ("h2", "Do you offer discounts?"),
        P("Pay annually and get 10% off. Practices in their first year get a further 10% off for "
          "six months."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ================================================================ UNCLEAR

# ---------------------------------------------------------------- U01 MSA 'may apply'
V, C = "Alderpoint", "Customer"
doc(key="u01_alderpoint_msa", coverage="unclear", fee=None,
    vendor="Alderpoint Health Systems, Inc.", kind="contract",
    description="MSA: fees for third-party content including CPT 'may apply and will be "
                "communicated separately'; no amount or commitment either way.",
    theme={"family": "serif", "size": 10, "lead": 12.8, "justify": True,
           "header": "Alderpoint Health Systems, Inc.", "header_right": "Master Services "
           "Agreement", "page_numbers": "Page {n}"},
    blocks=[
        ("title", "Master Services Agreement"),
        P("This Master Services Agreement is entered into as of June 30, 2025 by Alderpoint "
          "Health Systems, Inc. (\"Alderpoint\") and Highland Women's Health, PLLC "
          "(\"Customer\")."),
        H("1. Services"),
        P("Alderpoint will provide the Alderpoint OB/GYN EHR and practice management services "
          "described in each Statement of Work, including prenatal flowsheets, ultrasound "
          "integration and billing."),
        H("2. Fees"),
        P("2.1 Customer shall pay the fees set out in each Statement of Work."),
        P("2.2 Third-Party Content. The services incorporate content licensed from third "
          "parties, including CPT\u00ae codes licensed from the American Medical Association and "
          "drug information from a commercial compendium. Fees for third-party content may apply "
          "and will be communicated to Customer separately."),
        *ps(["2.3 " + t for t in payment(1, V, C)[:2]]),
        H("3. Term"),
        *ps(term(0, V, C)),
        H("4. Confidentiality"),
        *ps(confidentiality(0, V, C)),
        H("5. Support"),
        *ps(support(2, V, C)),
        H("6. Warranties; Liability"),
        *ps(warranty(0, V, C)),
        *ps(liability(0, V, C)),
        H("7. General"),
        *ps(general(0, V, C, "California")),
        ("sig", [("Alderpoint Health Systems, Inc.", "Felix Romano", "VP, Legal"),
                 ("Highland Women's Health, PLLC", "Mirela Novak, MD", "Chief Executive")]),
    ])


# ---------------------------------------------------------------- U02 order form TBD
doc(key="u02_saltmarsh_order", coverage="unclear", fee=None,
    vendor="Saltmarsh Medical Technologies, LLC", kind="order",
    description="Order form with 'AMA CPT licence fee: TBD, to be confirmed when the AMA "
                "publishes rates' and no statement of who bears it.",
    theme={"family": "sans", "size": 9.2, "lead": 11.8, "table_style": "grid",
           "accent": "#355c7d", "header": "Saltmarsh Medical Technologies, LLC",
           "header_right": "Quote / Order SMT-8812", "page_numbers": "{n}"},
    blocks=[
        ("title", "Quote and Order"),
        ("kv", [("Reference", "SMT-8812"),
                ("Customer", "Elm Street Podiatry, P.C."),
                ("Date", "October 21, 2025"),
                ("Start", "January 1, 2026")]),
        ("tbl", [["Line", "Description", "Qty", "Price", "Frequency"],
                 ["1", "Saltmarsh PodiatryPM subscription", "3 providers", "$175.00 each",
                  "Monthly"],
                 ["2", "Orthotics lab integration", "1", "$45.00", "Monthly"],
                 ["3", "AMA CPT\u00ae licence fee", "TBD", "TBD", "TBD"],
                 ["4", "Go-live training", "1", "$600.00", "One-time"]],
         {"widths": [7, 43, 15, 17, 18]}),
        H("Notes"),
        ("num", ["Line 3: to be confirmed upon the American Medical Association's release of "
                 "its 2026 royalty rates. Saltmarsh will advise Customer of the treatment of "
                 "this line before the start date.",
                 "Lines 1 and 2 are fixed for the first 24 months.",
                 "This quote is valid for 45 days and is subject to the Saltmarsh Customer "
                 "Terms."]),
        ("sig", [("Saltmarsh Medical Technologies, LLC", "Quinn Delacroix", "Account Manager"),
                 ("Elm Street Podiatry, P.C.", "Owen Gallagher, DPM", "Owner")]),
    ])


# ---------------------------------------------------------------- U03 email evaluating options
doc(key="u03_hearthstone_email", coverage="unclear", fee=None,
    vendor="Hearthstone EHR, Inc.", kind="email",
    description="E-mail: vendor is 'evaluating options' for CPT licensing (bundle it, pass it "
                "through, or customers license directly); decision promised later.",
    theme={"family": "sans", "size": 9.6, "lead": 12.5, "page_numbers": "{n}",
           "header": "Printed from webmail \u2014 Bayside Internal Medicine Associates"},
    blocks=[
        ("kv", [("From", "Hearthstone Customer Communications <news@hearthstoneehr.example>"),
                ("To", "admin@baysideim.example"),
                ("Date", "April 3, 2025"),
                ("Subject", "Update on CPT\u00ae licensing for Hearthstone customers")]),
        P("Dear Hearthstone customer,"),
        P("Several of you have asked whether Hearthstone will begin charging for CPT\u00ae codes, "
          "as some other EHR companies have. We want to be transparent about where things stand."),
        P("The American Medical Association has asked all EHR vendors to review how CPT content "
          "in their products is licensed. Hearthstone EHR, Inc. is evaluating its options with "
          "the AMA. Depending on the outcome, we may continue to include CPT licensing in your "
          "subscription, introduce a separate annual CPT fee, or ask practices to license CPT "
          "directly from the AMA. No decision has been made."),
        P("We expect to share our decision by the end of the third quarter, and nothing will "
          "change on your invoices before we do. Whatever the outcome, we'll give at least 90 "
          "days' notice before any change takes effect."),
        P("Thank you for your patience,"),
        P("The Hearthstone team\nHearthstone EHR, Inc., 1200 Prairie Avenue, Des Moines, IA 50309"),
        ("hr",),
        ("kv", [("From", "Samuel Iriarte <siriarte@baysideim.example>"),
                ("To", "Office team"),
                ("Date", "April 3, 2025"),
                ("Subject", "FW: Update on CPT licensing")]),
        P("FYI \u2014 nothing to budget yet. Let's revisit in October when they announce. Sam"),
    ])


# ---------------------------------------------------------------- U04 contradiction without precedence
V, C = "Mossbank", "Customer"
doc(key="u04_mossbank_contradiction", coverage="unclear", fee=None,
    vendor="Mossbank Clinical Systems, Inc.", kind="contract",
    description="Agreement whose Section 4.4 says fees include all CPT royalties while Schedule 2 "
                "lists a CPT royalty pass-through of $18.50 per user; no precedence rule.",
    theme={"family": "sans", "size": 9.3, "lead": 12.1, "justify": True,
           "header": "Mossbank Clinical Systems, Inc.", "header_right": "Subscription Agreement",
           "page_numbers": "Page {n}", "accent": "#3d5a40"},
    blocks=[
        ("title", "Subscription Agreement"),
        P("This Subscription Agreement is made as of February 14, 2025 between Mossbank Clinical "
          "Systems, Inc. (\"Mossbank\") and Maple Terrace Dermatology, P.A. (\"Customer\")."),
        H("1. Subscription"),
        P("Mossbank will provide Customer with the Mossbank Derm EHR, practice management and "
          "patient photography modules for the users listed in Schedule 1."),
        H("2. Term"),
        *ps(term(3, V, C)),
        H("3. Support"),
        *ps(support(0, V, C)[:1]),
        H("4. Fees"),
        P("4.1 Customer shall pay the fees in Schedule 2."),
        P("4.2 " + payment(0, V, C)[0]),
        P("4.3 " + payment(0, V, C)[2]),
        P("4.4 Content royalties. The Subscription Fees include all royalties for CPT\u00ae "
          "content and other licensed code sets in the Mossbank products."),
        H("5. Confidentiality"),
        *ps(confidentiality(0, V, C)[:1]),
        H("6. Liability"),
        *ps(liability(0, V, C)),
        H("7. General"),
        *ps(general(1, V, C, "Missouri")),
        P("The Schedules are part of this Agreement."),
        ("sig", [("Mossbank Clinical Systems, Inc.", "Eleanor Voss", "Chief Commercial Officer"),
                 ("Maple Terrace Dermatology, P.A.", "Rohan Desai, MD", "Managing Partner")]),
        ("h", "Schedule 2 \u2014 Fees"),
        ("tbl", [["Fee", "Amount", "Billing"],
                 ["Subscription \u2014 Derm EHR + PM", "$210.00 per user per month", "Monthly"],
                 ["Patient photography module", "$95.00 per location per month", "Monthly"],
                 ["CPT\u00ae royalty pass-through (AMA)", "$18.50 per user per year", "Annually "
                  "in January"],
                 ["Implementation", "$4,000.00", "One-time"]],
         {"style": "grid", "widths": [40, 35, 25]}),
    ])


# ---------------------------------------------------------------- U05 condition with missing facts
V, C = "Rookwood", "Customer"
doc(key="u05_rookwood_condition", coverage="unclear", fee=None,
    vendor="Rookwood Software Partners, LLC", kind="contract",
    description="Agreement: CPT royalty included for practices of 10 or fewer providers, "
                "otherwise customer must take an AMA internal-use licence; provider count not "
                "stated anywhere.",
    theme={"family": "serif", "size": 10, "lead": 12.8, "justify": True,
           "header": "Rookwood Software Partners, LLC", "page_numbers": "{n}"},
    blocks=[
        ("title", "Software Subscription Terms"),
        P("These Software Subscription Terms govern the subscription of the customer named in "
          "the accompanying order (\"Customer\") to the Rookwood Practice Suite provided by "
          "Rookwood Software Partners, LLC (\"Rookwood\")."),
        H("1. Subscription and users"),
        P("Rookwood grants Customer a subscription for the providers and staff users identified "
          "in the order. Customer may add users at any time at the rates in the order."),
        H("2. Fees and payment"),
        *ps(payment(1, V, C)),
        H("3. CPT content"),
        P("3.1 The Rookwood Practice Suite includes CPT\u00ae content that Rookwood distributes "
          "under a licence from the American Medical Association."),
        P("3.2 For a Customer with ten (10) or fewer rendering providers, the royalty for CPT "
          "content is included in the subscription fees. A Customer with more than ten (10) "
          "rendering providers shall obtain its own internal-use licence for CPT from the AMA "
          "and provide Rookwood with evidence of it before go-live."),
        H("4. Term"),
        *ps(term(2, V, C)),
        H("5. Confidentiality"),
        *ps(confidentiality(2, V, C)),
        H("6. Liability"),
        *ps(liability(1, V, C)),
        H("7. General"),
        *ps(general(2, V, C, "Kentucky")),
        ("hr",),
        ("small", "Customer: Stillwater Cardiology Group, P.A. Order reference: RSP-2025-118 "
                  "(order schedule not attached). Accepted electronically on March 3, 2025."),
    ])


# ---------------------------------------------------------------- U06 help article depends on plan/region
doc(key="u06_nimbuspeak_help", coverage="unclear", fee=None,
    vendor="Nimbus Peak Health, Inc.", kind="web",
    description="Help article: some customers 'may be billed' an AMA fee depending on plan and "
                "region; contact account manager; no amount or rule.",
    theme={"family": "sans", "size": 10, "lead": 13, "accent": "#3a506b",
           "header": "Nimbus Peak Support", "header_right": "support.nimbuspeak.example",
           "footer": "Nimbus Peak Health, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("title", "Will I be charged an AMA fee for CPT\u00ae codes?"),
        ("small", "Billing FAQ \u00b7 Updated 5 days ago"),
        P("CPT\u00ae codes are owned by the American Medical Association (AMA), and software that "
          "includes them must be licensed. How the AMA's royalty is handled for your Nimbus Peak "
          "account depends on your plan, the date your contract started and, for some "
          "multi-state groups, the region your account is managed from."),
        P("Some customers may be billed an annual AMA fee. Others have CPT licensing included in "
          "their subscription. If your invoices do not currently show an AMA fee, that may change "
          "at renewal."),
        H("How do I find out what applies to me?"),
        P("Contact your account manager or open a billing ticket from the Help menu. Please have "
          "your contract number ready."),
        H("Is this fee set by Nimbus Peak?"),
        P("The royalty rate is set by the AMA. Nimbus Peak may add a processing charge where a fee "
          "applies."),
        H("Related articles"),
        ("bul", ["Understanding your invoice", "Changing your plan", "Tax on Nimbus Peak "
                 "invoices"]),
    ])


# ---------------------------------------------------------------- U07 options, none selected
doc(key="u07_eastgate_options", coverage="unclear", fee=None,
    vendor="Eastgate Medical Software, Inc.", kind="order",
    description="Order form offering Option A (vendor-supplied CPT, $20 per provider per year) or "
                "Option B (customer's own AMA licence); neither box ticked.",
    theme={"family": "sans", "size": 9.3, "lead": 12, "table_style": "box",
           "header": "Eastgate Medical Software, Inc.", "header_right": "Order Form EMS-6290",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "Order Form"),
        ("kv", [("Order", "EMS-6290"),
                ("Customer", "Kingsley Family Health Center, Inc."),
                ("Order date", "August 28, 2025"),
                ("Initial term", "36 months")]),
        ("tbl", [["Item", "Qty", "Price"],
                 ["Eastgate Community Health EHR \u2014 per provider per month", "12", "$155.00"],
                 ["Sliding-fee and grant reporting module \u2014 per month", "1", "$220.00"],
                 ["Implementation and UDS configuration \u2014 one-time", "1", "$9,800.00"]],
         {"widths": [60, 10, 30]}),
        H("CPT\u00ae content \u2014 select one"),
        ("tbl", [["Select", "Option", "Charge"],
                 ["[   ]", "Option A \u2014 Eastgate-supplied CPT content under Eastgate's AMA "
                          "distribution licence", "$20.00 per provider per year"],
                 ["[   ]", "Option B \u2014 Customer supplies CPT content under its own AMA "
                          "licence and loads it into the EHR", "No Eastgate charge"]],
         {"style": "grid", "widths": [10, 60, 30]}),
        P("Customer must select one option. If Option B is selected, Customer shall provide "
          "evidence of its AMA licence before go-live."),
        H("Other terms"),
        ("bul", ["Subject to the Eastgate Master Agreement (version 2025).",
                 "Pricing valid for 60 days from the order date.",
                 "Provider count may be increased at any time at the same per-provider rate."]),
        ("sig", [("Eastgate Medical Software, Inc.", "Paulette Grimaldi", "Sales Director"),
                 ("Kingsley Family Health Center, Inc.", "Abena Mensah", "Executive Director")]),
    ])


# ---------------------------------------------------------------- U08 billing notice additional charges may apply
doc(key="u08_whitlock_notice", coverage="unclear", fee=None,
    vendor="Whitlock Practice Solutions, Inc.", kind="web",
    description="Account billing notice: AMA has changed CPT licensing and 'additional charges "
                "may apply' in 2026; no amount, unit or decision.",
    theme={"family": "serif", "size": 10.2, "lead": 13.2, "accent": "#5e3023",
           "header": "Whitlock Customer Portal \u2014 Notices",
           "footer": "Whitlock Practice Solutions, Inc.", "page_numbers": ""},
    blocks=[
        ("small", "Notice W-2025-14 \u00b7 Posted October 6, 2025 \u00b7 Category: Billing"),
        ("title", "Upcoming changes to CPT\u00ae licensing"),
        P("The American Medical Association has notified Whitlock Practice Solutions, Inc. of "
          "changes to the way CPT\u00ae content is licensed in practice management software, "
          "taking effect with the 2026 CPT release."),
        P("We are reviewing the new terms. Additional charges related to CPT licensing may apply "
          "to your account in 2026. If they do, we will post the details here and e-mail your "
          "billing contact before anything is invoiced."),
        H("What this means for you today"),
        ("bul", ["There is no change to your current invoices.",
                 "You do not need to contact the AMA at this time.",
                 "Your Whitlock agreement and subscription pricing are otherwise unchanged."]),
        P("Thank you for being a Whitlock customer."),
    ])
