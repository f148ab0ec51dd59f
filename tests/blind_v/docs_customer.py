from common import D
from boiler import clauses

DOCS = []

# C1 ambulance software --------------------------------------------------------
V = "Sagebrush EMS Software, Inc."
DOCS.append(D("c01_ambulance_sw", V, "customer_must_license", None,
    "Ambulance ePCR and billing software licence stating the vendor does not license CPT; the agency must obtain and pay for its own AMA licence and load the descriptor file itself.",
    [("title", "SOFTWARE LICENSE AND SUPPORT AGREEMENT"),
     ("p", "Sagebrush EMS Software, Inc., 620 Rimrock Road, Billings, MT 59102 (\"Sagebrush\") and Yellowstone Valley Ambulance Service, Inc. (\"Agency\")."),
     ("h", "1. Software"),
     ("p", "Sagebrush licenses to Agency its TrailRun ePCR and TrailRun Billing applications for use on Agency's own servers and field tablets."),
     ("h", "2. Fees"),
     ("p", "Perpetual licence fee: $18,400, payable on installation. Annual support: 20% of the licence fee, payable each anniversary. Field tablet licences: $240 per tablet."),
     ("h", "3. Procedure code content"),
     ("num", [("3.1", "TrailRun Billing ships with HCPCS Level II ambulance codes and modifiers. It does not include CPT codes or descriptors, and Sagebrush does not license or sublicense CPT to Agency."),
              ("3.2", "If Agency wishes to use CPT in TrailRun Billing (for example for paramedic intercept or interfacility procedures), Agency must obtain its own licence for the CPT data file directly from the American Medical Association or an AMA-authorised distributor, pay all fees for it, and import the file using the TrailRun content loader."),
              ("3.3", "Agency is solely responsible for complying with the terms of its CPT licence. Sagebrush will not audit or report Agency's CPT use.")]),
     ("h", "4. General"),
     ("num", clauses(4, "Sagebrush", "Agency", [3, 4, 5, 7, 11, 12], state="Montana", years="five")),
     ("sig", ["Sagebrush EMS Software, Inc.", "Yellowstone Valley Ambulance Service, Inc."])],
    header="Sagebrush EMS Software, Inc. - Software License and Support Agreement", footer="SES-LSA-2026-07"))

# C2 Medicaid portal -----------------------------------------------------------
V = "Northgate Fiscal Services LLC"
DOCS.append(D("c02_medicaid_portal", V, "customer_must_license", None,
    "Medicaid provider-portal terms of use run by a fiscal agent: the portal shows codes without CPT descriptors and any provider needing descriptors must license them from the AMA itself.",
    [("title", "Medicaid Provider Web Portal - Terms of Use"),
     ("p", "The Medicaid Provider Web Portal is operated by Northgate Fiscal Services LLC (\"Northgate\") as fiscal agent for the Department of Medical Assistance Programs (\"Department\"). Northgate is at 55 Capitol View Drive, Suite 800. By logging in you agree to these terms on behalf of yourself and the enrolled provider you represent."),
     ("h", "1. Permitted use"),
     ("p", "You may use the Portal to check member eligibility, submit and correct claims, view remittance advice and download fee schedules for the enrolled provider you represent."),
     ("h", "2. Security"),
     ("p", "Each user must have an individual log-in. Sharing log-ins is prohibited and may result in suspension of the provider's portal access."),
     ("h", "3. Procedure codes"),
     ("num", [("3.1", "Fee schedules and claim screens in the Portal list procedure codes by number only. CPT descriptors are not displayed."),
              ("3.2", "Neither the Department nor Northgate licenses CPT to Portal users. Providers and billing agents that need CPT codes and descriptors for their own billing systems or staff must obtain a licence from the American Medical Association, or an AMA-authorised distributor, at their own expense."),
              ("3.3", "CPT is a registered trademark of the American Medical Association. HCPCS Level II codes are maintained by the federal government and may be used without licence.")]),
     ("h", "4. No fees"),
     ("p", "There is no charge for Portal access. Electronic claims submitted through the Portal are free of transaction fees."),
     ("h", "5. Monitoring"),
     ("p", "Portal activity is logged and may be reviewed by the Department, Northgate or program-integrity contractors. Misuse may be referred for investigation."),
     ("h", "6. Changes"),
     ("p", "These terms may change at any time. The version in force is the one shown at log-in.")],
    size=10.5, header="Medicaid Provider Web Portal - Northgate Fiscal Services LLC", footer="Portal Terms of Use v7.1"))

# C3 derm BYO licence -----------------------------------------------------------
V = "Halcyon Skin Systems, Inc."
DOCS.append(D("c03_derm_byol", V, "customer_must_license", None,
    "Dermatology PM agreement requiring the client to hold its own current CPT licence from the AMA or an authorised distributor, upload the data file and show evidence on request.",
    [("title", "Halcyon Skin Systems, Inc."),
     ("sub", "Client Services Agreement - DermaFlow PM"),
     ("p", "Halcyon Skin Systems, Inc. (\"Halcyon\"), 2400 Cactus Wren Boulevard, Scottsdale, AZ 85251, and Saguaro Dermatology and Mohs Surgery, PLLC (\"Client\") agree:"),
     ("num", [("1.", "<b>Service.</b> Halcyon hosts DermaFlow PM, including scheduling, charge entry, claims and patient statements, for Client's three offices."),
              ("2.", "<b>Fees.</b> $1,450 per office per month plus $3.10 per claim submitted. Fees are reviewed annually and may increase by up to 5%."),
              ("3.", "<b>Bring your own CPT licence.</b>"),
              ("3.1", "Halcyon does not supply CPT content and has no licence from the American Medical Association that extends to Client."),
              ("3.2", "Client shall obtain and keep current, at its own cost, a licence for the CPT data file from the AMA or an AMA-authorised distributor covering every Client user who sees CPT in DermaFlow PM, and shall upload each year's file through the content manager."),
              ("3.3", "On request, Client shall give Halcyon written evidence of its CPT licence. Halcyon may disable CPT descriptor display if Client cannot do so."),
              ("4.", "<b>Dermatopathology interface.</b> The pathology lab interface is charged at $150 per month per laboratory connection.")]),
     ("num", clauses(5, "Halcyon", "Client", [0, 2, 4, 7, 11], state="Arizona", years="three")),
     ("sig", ["Halcyon Skin Systems, Inc.", "Saguaro Dermatology and Mohs Surgery, PLLC"])],
    header="Halcyon Skin Systems, Inc. - Client Services Agreement", footer="HSS-CSA-0288"))

# C4 encoder excluding CPT ------------------------------------------------------
V = "Quayside Code Tools LLC"
DOCS.append(D("c04_encoder_excl", V, "customer_must_license", None,
    "Encoder subscription priced per user per month that includes ICD-10-CM and HCPCS but excludes CPT; the subscriber must buy a CPT data-file licence from the AMA and enter the key.",
    [("title", "Quayside Code Tools LLC - Subscription Terms"),
     ("p", "Quayside Code Tools LLC, 14 Chandlery Wharf, Baltimore, MD 21231 (\"Quayside\") offers the Quayside Encoder and Quayside Edit Checker to physician practices and billing companies (\"Subscriber\")."),
     ("h", "Plans"),
     ("table", [["Plan", "Price", "Code sets included"],
                ["Encoder Basic", "$29 per user per month", "ICD-10-CM, HCPCS Level II"],
                ["Encoder Pro", "$44 per user per month", "ICD-10-CM, ICD-10-PCS, HCPCS Level II, NCCI edits"],
                ["Edit Checker add-on", "$15 per user per month", "Payer edit libraries"]], {"ruled": False, "widths": [1.6, 2, 3.4]}),
     ("h", "CPT"),
     ("p", "No Quayside plan includes CPT. The encoder can search CPT codes and descriptors only after Subscriber buys a CPT data file licence directly from the American Medical Association and enters its licence key under Settings > Content. Subscriber pays the AMA directly and is responsible for licensing enough users. Quayside does not sell, resell or sublicense CPT and receives no part of the AMA's fee."),
     ("h", "Billing"),
     ("p", "Plans are billed monthly in advance to a card on file. Annual billing saves two months."),
     ("h", "Cancellation"),
     ("p", "Cancel at any time before the next billing date from the account page. No refunds for part months."),
     ("h", "Liability"),
     ("p", "Quayside's code content is for reference. Subscriber is responsible for the codes it submits to payers. Quayside's liability is limited to fees paid in the previous three months.")],
    header="Quayside Code Tools LLC", footer="quaysidecodetools.example/terms"))

# C5 telehealth FAQ -----------------------------------------------------------
V = "Lumen Bridge Virtual Care, Inc."
DOCS.append(D("c05_telehealth_faq", V, "customer_must_license", None,
    "Telehealth platform FAQ answering that each practice must hold its own CPT licence with the AMA; the AMA's roughly $20 per user per year price is paid to the AMA, not to the vendor.",
    [("title", "Lumen Bridge Virtual Care, Inc. - Practice FAQ"),
     ("h", "Does Lumen Bridge include CPT codes?"),
     ("p", "Our visit-summary screen has a field where clinicians can pick a CPT code for the visit from the practice's own CPT list. We do not supply the CPT list ourselves."),
     ("h", "Does Lumen Bridge pay for the CPT licence?"),
     ("p", "No. Our agreement with the American Medical Association does not allow us to sublicense CPT to practices. Each practice using the CPT field must hold its own CPT licence from the AMA or an AMA-authorised distributor and load its CPT file into Lumen Bridge."),
     ("h", "What will that cost?"),
     ("p", "You pay the AMA (or its distributor) directly, at their prices. At the time of writing the AMA's published end-user rate is about $20 per user per year. Lumen Bridge does not collect this fee, does not invoice it and receives none of it."),
     ("h", "What does Lumen Bridge itself cost?"),
     ("p", "$49 per clinician per month, or $490 per clinician per year if paid annually. Front-desk users are free."),
     ("h", "What if we don't have a CPT licence?"),
     ("p", "Leave the CPT field switched off in Admin > Coding. Visit summaries will still export with ICD-10 diagnosis codes, which do not require a licence."),
     ("h", "Where can I read the full terms?"),
     ("p", "Section 9 of the Lumen Bridge Practice Agreement repeats these points. Lumen Bridge Virtual Care, Inc., 180 Canal Street, Suite 5, Providence, RI 02903.")],
    size=10.5, header="Lumen Bridge Virtual Care, Inc. - Help", footer="help.lumenbridge.example/faq/cpt"))

# C6 British style, Provider = vendor ---------------------------------------------
V = "Brackenfield Podiatry Software Ltd"
DOCS.append(D("c06_uk_provider_vendor", V, "customer_must_license", None,
    "British-style numbered terms in which 'the Provider' is the software company; the Customer (a US podiatry practice) must at its own cost procure a CPT licence from the AMA because the Provider supplies none.",
    [("title", "BRACKENFIELD PODIATRY SOFTWARE LTD"),
     ("sub", "Terms and Conditions of Supply to Customers in the United States of America"),
     ("p", "Brackenfield Podiatry Software Ltd, a company registered in England and Wales (company number 09917342), whose registered office is at Unit 4, Mill Race Yard, Kendal LA9 4TR (\"the Provider\")."),
     ("h", "1. Interpretation"),
     ("num", [("1.1", "\"Customer\" means the podiatry practice named in the Order."),
              ("1.2", "\"Provider\" means Brackenfield Podiatry Software Ltd and does not refer to any podiatrist or healthcare professional."),
              ("1.3", "\"CPT\" means the Current Procedural Terminology published by the American Medical Association (\"AMA\").")]),
     ("h", "2. Supply of the Software"),
     ("num", [("2.1", "The Provider shall supply the FootNote clinical and billing software in accordance with the Order."),
              ("2.2", "The Software is configured for United States billing and accepts code tables supplied by the Customer.")]),
     ("h", "3. Customer's obligations"),
     ("num", [("3.1", "The Customer shall provide accurate practice and user information."),
              ("3.2", "The Customer shall ensure that its users keep passwords confidential."),
              ("3.3", "The Customer shall comply with all laws applicable to its practice, including payer billing rules."),
              ("3.4", "The Customer shall, at its own cost, procure and maintain for the duration of the Contract a licence from the AMA (or a distributor authorised by the AMA) sufficient for all of its users to use CPT within the Software. The Provider does not supply CPT, holds no licence to distribute it and shall have no liability for the Customer's failure to hold such a licence.")]),
     ("h", "4. Charges"),
     ("num", [("4.1", "The Charges are as set out in the Order and are payable quarterly in advance in US dollars."),
              ("4.2", "The Provider may increase the Charges on each anniversary by not more than the percentage increase in the UK Retail Prices Index over the preceding twelve months.")]),
     ("h", "5. General"),
     ("num", clauses(5, "the Provider", "the Customer", [1, 4, 7, 8, 9, 10], state="New York", years="two"))],
    pagesize="a4", font="times", header="Brackenfield Podiatry Software Ltd - Terms and Conditions (US)", footer="BPS/T&amp;C/US/2026".replace("&amp;", "and")))

# C7 amendment to customer licence -------------------------------------------------
V = "Tern Island Rehab Systems LLC"
DOCS.append(D("c07_amend_to_customer", V, "customer_must_license", None,
    "Amendment ending the vendor's former $18 per user per year CPT pass-through and requiring the customer to license CPT directly from the AMA or an authorised distributor from 2026.",
    [("title", "AMENDMENT TO MASTER SERVICES AGREEMENT"),
     ("p", "Parties: <b>Tern Island Rehab Systems LLC</b>, 7 Breakwater Lane, Charleston, SC 29401 (\"Tern Island\") and <b>Lowcountry Hand and Physical Therapy, Inc.</b> (\"Customer\"). This Amendment changes the Master Services Agreement dated October 2, 2021 (\"MSA\")."),
     ("h", "Why this amendment"),
     ("p", "Until now Tern Island has passed through to Customer an AMA CPT royalty of $18.00 per user per year under Section 4.5 of the MSA. Tern Island's distribution licence with the American Medical Association ends on December 31, 2025 and will not be renewed."),
     ("h", "Changes"),
     ("num", [("1.", "Section 4.5 of the MSA is deleted with effect from January 1, 2026. Tern Island will issue no further CPT royalty invoices, and any royalty prepaid for 2026 will be refunded."),
              ("2.", "A new Section 4.5 is added: \"4.5 CPT. From January 1, 2026, Customer shall license CPT codes and descriptors for use in the Services directly from the American Medical Association or an AMA-authorised distributor, and shall pay all fees for that licence. Tern Island does not provide, distribute or sublicense CPT.\""),
              ("3.", "Tern Island will keep the CPT import tool available so that Customer can load its licensed file."),
              ("4.", "Everything else in the MSA stays the same. If this Amendment and the MSA conflict, this Amendment governs.")]),
     ("sig", ["Tern Island Rehab Systems LLC", "Lowcountry Hand and Physical Therapy, Inc."])],
    header="Tern Island Rehab Systems LLC - Amendment to MSA", footer="TIRS-MSA-0091-A3"))

# C8 email thread ----------------------------------------------------------------
V = "Mossgiel Practice Software, Inc."
DOCS.append(D("c08_email_direct", V, "customer_must_license", None,
    "E-mail thread where the vendor first proposed billing $20 per user for CPT but the latest message says its AMA licence does not cover the on-premise edition, so the clinic must license directly from the AMA and the line is removed.",
    [("title", "Correspondence - on-premise licence quote"),
     ("mono", "From:    Alasdair Frew <afrew@mossgiel.example>\nTo:      Dr. Nadia Okafor <nokafor@okaforpain.example>\nDate:    Wednesday 14 January 2026, 5:02 PM\nSubject: RE: RE: Mossgiel Server edition - CPT"),
     ("p", "Dr. Okafor, an update after speaking with our licensing team. Our AMA licence covers only the hosted edition of Mossgiel. It does not let us distribute CPT with the Server edition you are buying, so we cannot bill you for CPT after all. Your clinic will need to license CPT directly from the AMA (or one of its authorised distributors) and load the file during installation. I have removed the CPT line from quote MPS-Q-2209; the revised quote is attached and is the one to sign."),
     ("p", "Alasdair Frew, Licensing and Contracts, Mossgiel Practice Software, Inc., 60 Thistle Hill Road, Asheville, NC 28801"),
     ("mono", "-----Original message-----\nFrom:    Dr. Nadia Okafor <nokafor@okaforpain.example>\nDate:    Tuesday 13 January 2026, 8:45 AM"),
     ("p", "Thanks, that's simpler for us than dealing with the AMA. Please go ahead and include it."),
     ("mono", "-----Original message-----\nFrom:    Alasdair Frew <afrew@mossgiel.example>\nDate:    Monday 12 January 2026, 4:10 PM"),
     ("p", "Dr. Okafor, yes, we can add the CPT licence to your order. It would be $20 per user per year, billed with annual maintenance. Alasdair"),
     ("mono", "-----Original message-----\nFrom:    Dr. Nadia Okafor <nokafor@okaforpain.example>\nDate:    Monday 12 January 2026, 9:30 AM"),
     ("p", "Hello, we are a four-physician pain management clinic. Does the Server edition come with CPT, and if so how is it charged? Nadia Okafor, MD")],
    header="Mossgiel Practice Software, Inc. - correspondence", footer="Quote file MPS-Q-2209"))

# C9 anesthesia billing service ------------------------------------------------------
V = "Copperline Anesthesia Revenue Group, Inc."
DOCS.append(D("c09_anes_billing_portal", V, "customer_must_license", None,
    "Anaesthesia billing-service agreement: the company's AMA licence covers only its own coders; practice staff using CPT in the client portal must be licensed by the practice directly with the AMA.",
    [("title", "ANESTHESIA BILLING SERVICES AGREEMENT"),
     ("p", "This agreement is between Copperline Anesthesia Revenue Group, Inc., 1120 Smelter Avenue, Butte, MT 59701 (\"Copperline\") and Big Sky Anesthesia Associates, PLLC (\"Group\")."),
     ("h", "1. Services"),
     ("p", "Copperline will abstract anesthesia records, calculate base and time units, code and submit claims, post payments and follow up on denials."),
     ("h", "2. Fees"),
     ("p", "Group pays 5.25% of net collections monthly. Copperline absorbs its own software, clearinghouse and staff costs."),
     ("h", "3. CPT"),
     ("num", [("3.1", "Copperline holds a CPT licence from the American Medical Association for its own coding staff. That licence does not extend to Group or Group's personnel."),
              ("3.2", "The Copperline client portal lets Group staff look up CPT anesthesia codes and descriptors on claims. Any Group employee or contractor who uses that feature must be covered by a CPT licence that Group obtains directly from the AMA or an AMA-authorised distributor, at Group's cost. Copperline will not charge, collect or pass through any CPT fee."),
              ("3.3", "Until Group confirms in writing that it holds such a licence, Copperline will show Group users code numbers only, without descriptors.")]),
     ("h", "4. General"),
     ("num", clauses(4, "Copperline", "Group", [0, 1, 2, 4, 7, 11], state="Montana", years="three")),
     ("sig", ["Copperline Anesthesia Revenue Group, Inc.", "Big Sky Anesthesia Associates, PLLC"])],
    header="Copperline Anesthesia Revenue Group, Inc. - Billing Services Agreement", footer="CARG-ABSA-044"))

# C10 ophthalmology, Provider = practice ------------------------------------------------
V = "Sightline Data Corp."
DOCS.append(D("c10_ophth_provider_practice", V, "customer_must_license", None,
    "Ophthalmology analytics licence where 'Provider' means the practice; Provider must secure and pay for an AMA or distributor CPT licence for each user, the vendor supplying no CPT.",
    [("title", "SIGHTLINE DATA CORP. - LICENSE TERMS"),
     ("p", "These terms govern the licence of the Sightline Retina Analytics platform by <b>Sightline Data Corp.</b>, 45 Iris Court, Ann Arbor, MI 48104 (\"Sightline\") to the ophthalmology practice identified in the Order (\"<b>Provider</b>\"). In these terms, \"Provider\" means that practice, including its physicians and staff."),
     ("num", [("1.", "<b>Grant.</b> Sightline grants Provider a non-exclusive licence to use the platform for quality reporting, injection tracking and billing analytics."),
              ("2.", "<b>Fees.</b> Provider pays the annual platform fee in the Order, which is $7,200 per practice per year for up to ten physicians."),
              ("3.", "<b>Code content.</b> The platform groups procedures by CPT code. Sightline does not supply CPT descriptors and has no right to sublicense CPT. <b>Provider is responsible for securing, and paying for, a licence from the American Medical Association or an AMA-authorised distributor for each Provider user who views CPT in the platform.</b> Sightline may ask Provider to confirm it holds that licence."),
              ("4.", "<b>Data.</b> Provider authorises Sightline to process de-identified data to produce benchmark reports, which Sightline may share with other customers only in aggregated form.")]),
     ("num", clauses(5, "Sightline", "Provider", [1, 2, 4, 7, 11, 12], state="Michigan", years="two"))],
    header="Sightline Data Corp. - License Terms", footer="SDC-LT-2026"))

# C11 chiropractic reseller -----------------------------------------------------------
V = "Keystone Chiro Solutions Inc."
DOCS.append(D("c11_chiro_reseller", V, "customer_must_license", None,
    "Chiropractic software reseller quote and terms stating the reseller does not sublicense CPT and the clinic must buy its licence from an AMA-authorised distributor.",
    [("title", "Keystone Chiro Solutions Inc."),
     ("sub", "Quotation and Reseller Terms - Quote KCS-3310"),
     ("p", "Keystone Chiro Solutions Inc., 212 Market Street, Harrisburg, PA 17101, is an independent reseller of AdjustPro clinic software."),
     ("p", "Prepared for: Susquehanna Spine and Wellness Center, LLC"),
     ("table", [["Item", "Qty", "Price"],
                ["AdjustPro licence (per doctor)", "2", "$1,900.00 each"],
                ["AdjustPro front desk licence", "3", "$450.00 each"],
                ["Installation and training (on site, 2 days)", "1", "$1,600.00"],
                ["Annual maintenance (18% of licences)", "1", "$927.00"]], {"ruled": True, "widths": [3.5, 0.7, 1.6]}),
     ("h", "Reseller terms"),
     ("num", [("1.", "Software licences are granted by the AdjustPro publisher under its end-user licence. Keystone provides installation, training and first-line support."),
              ("2.", "CPT codes. AdjustPro has a CPT code table that must be loaded by the clinic. Neither Keystone nor the publisher sublicenses CPT. The clinic must purchase a CPT licence from an AMA-authorised distributor (or from the American Medical Association itself) and is responsible for its cost. Keystone can help load the file once the clinic has it."),
              ("3.", "Prices are valid for 45 days. Maintenance renews annually and may increase by up to 5%."),
              ("4.", "Payment: 50% with order, balance on installation.")])],
    header="Keystone Chiro Solutions Inc. - Quote KCS-3310", footer="Reseller terms v2"))

# C12 MSO two-column ---------------------------------------------------------------
V = "Riverbend Physician Services Organization, LLC"
DOCS.append(D("c12_mso_twocol", V, "customer_must_license", None,
    "Two-column MSO participation agreement: the MSO's CPT licence covers only MSO staff, and each participating practice must hold its own AMA CPT licence for its users.",
    [("title", "PRACTICE PARTICIPATION AGREEMENT"),
     ("p", "Riverbend Physician Services Organization, LLC (\"MSO\"), 900 Levee Road, Baton Rouge, LA 70802, affiliated with Riverbend General Hospital, and the physician practice signing below (\"Participating Practice\")."),
     ("h", "1. Services offered"),
     ("p", "MSO offers Participating Practices access to a shared EHR and practice management platform, centralised billing office, group purchasing and compliance training."),
     ("h", "2. Fees"),
     ("p", "Participating Practice pays a platform fee of $540 per provider per month and, if it uses the central billing office, 4.5% of collections."),
     ("h", "3. Licences for coded content"),
     ("num", [("3.1", "MSO licenses CPT from the American Medical Association for MSO's own billing office employees only."),
              ("3.2", "Each Participating Practice shall obtain and maintain, at its own expense, its own CPT licence from the AMA or an AMA-authorised distributor for all of its personnel who access CPT in the shared platform, and shall give MSO a copy of its licence certificate each January."),
              ("3.3", "MSO does not sublicense CPT and will not invoice Participating Practices for CPT.")]),
     ("h", "4. Compliance"),
     ("p", "Fees are fair market value and do not vary with the volume or value of referrals to Riverbend General Hospital."),
     ("h", "5. General"),
     ("num", clauses(5, "MSO", "Participating Practice", [0, 1, 2, 7, 11], state="Louisiana", years="three")),
     ("sig", ["Riverbend Physician Services Organization, LLC", "Participating Practice"])],
    columns=2, size=9, header="Riverbend Physician Services Organization, LLC", footer="PPA-RPSO-2026"))
