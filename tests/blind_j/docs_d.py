"""Documents, part D: customer_must_license, not_addressed, unclear."""
from boiler import boil
from docs_a import D

# ================================================================ customer_must_license
D("c01", "customer_must_license", "Stonewick Software, Inc.", None,
  "Software licence: customer solely responsible for obtaining and maintaining its own AMA CPT licence",
  "Times-Roman", True, [
      "T:SOFTWARE SUBSCRIPTION AGREEMENT",
      "S:Stonewick Software, Inc. (\"Vendor\") and Parkside Nephrology Associates (\"Customer\")",
  ] + boil("section", 1, [0, 1]) + [
      "H:Section 3 - Third-Party Code Sets",
      "3.1 The software allows Customer to record procedure codes on encounters and claims. Vendor "
      "does not supply CPT content and does not hold a license to distribute it.",
      "3.2 Customer is solely responsible for obtaining, and keeping in effect throughout the Term, a "
      "license from the American Medical Association covering every individual who uses CPT codes in "
      "the software, and for paying all fees and royalties due under that license.",
      "3.3 Customer will indemnify Vendor against any claim by the AMA arising from Customer's failure "
      "to hold such a license.",
      "H:Section 4 - Fees",
      "Customer will pay the subscription fee of $210 per provider per month stated in the Order Form.",
  ] + boil("section", 5, [3, 4, 5]) + [
      "SIG:Stonewick Software, Inc.|Parkside Nephrology Associates",
  ])

D("c02", "customer_must_license", "Pinecrest Coding Apps LLC", None,
  "Web FAQ: product ships without CPT descriptors; customers import their own AMA-licensed CPT file",
  "Helvetica", True, [
      "S:pinecrestapps.example/help/cpt-import",
      "T:Importing your CPT file",
      "S:Pinecrest Coding Apps LLC - Help",
      "Pinecrest ChargeCapture does not come with CPT(R) descriptions. To use CPT in the app you "
      "import the annual data file yourself.",
      "Q:Where do I get the file?",
      "Your practice must purchase a license and the CPT data file from the American Medical "
      "Association (or one of its authorized resellers). The license must cover every person at your "
      "practice who will see or use CPT in Pinecrest.",
      "Q:Does Pinecrest charge for CPT?",
      "No, and we do not provide it. Our subscription covers the app only. Whatever you pay for CPT is "
      "paid to the AMA or its reseller under your own license.",
      "Q:How do I import?",
      "- Go to Settings > Code Tables > Import",
      "- Choose the CPT file in tab-delimited format",
      "- Confirm the license year when prompted",
  ])

D("c03", "customer_must_license", "Ravenmoor EHR, Inc.", None,
  "Web notice: AMA named a separate authorized distributor (Codexa Data Services) that will license and bill customers directly; vendor does not charge",
  "Helvetica", False, [
      "S:ravenmoor.example/news/cpt-licensing-2025",
      "T:About CPT licensing for Ravenmoor customers",
      "S:Ravenmoor EHR, Inc. - Customer notice",
      "1. CPT codes are owned by the American Medical Association, and every practice that uses them "
      "needs a license from the AMA or a distributor the AMA has authorized.",
      "2. Ravenmoor EHR, Inc. does not charge for CPT and is not the licensing party for your practice.",
      "3. The AMA has told us that, from 2025, the authorized distributor for Ravenmoor customers is "
      "Codexa Data Services, LLC. Codexa will contact your practice, set up your license and bill you "
      "directly.",
      "4. The amount is set by the AMA and Codexa, not by Ravenmoor, and is usually based on the number "
      "of users at your practice.",
      "5. Questions about the license terms or the invoice should go to Codexa or to the AMA.",
  ])

D("c04", "customer_must_license", "Elmstead Analytics Corp.", None,
  "Contract: practice already holds an AMA internal-use licence; vendor will not sublicense CPT and charges no CPT fee; customer must keep its licence",
  "Times-Roman", False, [
      "T:DATA SERVICES AGREEMENT",
      "This Data Services Agreement is entered into by Elmstead Analytics Corp. (\"Elmstead\") and "
      "Unity Health Partners Medical Group, Inc. (\"Client\").",
      "Recitals. Client operates a multi-specialty medical group. Client holds a current internal use "
      "license from the American Medical Association for CPT, covering its employees.",
      "1. Services. Elmstead will provide the revenue analytics dashboards and benchmarking reports "
      "described in Exhibit 1, using claim data extracted from Client's systems.",
      "2. CPT. Because Client is licensed directly by the AMA, Elmstead will not sublicense CPT to "
      "Client and will charge no CPT royalty. Client shall keep its AMA license in force for all users "
      "of the reports, and shall extend it to any additional users, for as long as it uses the "
      "services. Client will notify Elmstead if its AMA license lapses, and Elmstead may suspend "
      "CPT-based reports until it is restored.",
      "3. Fees. Client will pay $4,200 per month for the services.",
  ] + boil("num", 4, [0, 1, 2, 4, 5]) + [
      "SIG:Elmstead Analytics Corp.|Unity Health Partners Medical Group, Inc.",
  ])

D("c05", "customer_must_license", "American Medical Association", None,
  "The document is itself an AMA internal-use CPT licence signed by the practice (AMA is the licensor)",
  "Times-Roman", True, [
      "T:CPT(R) INTERNAL USE LICENSE AGREEMENT",
      "S:License No. IU-2025-004712",
      "This Internal Use License Agreement is between the American Medical Association, an Illinois "
      "not-for-profit corporation (\"AMA\"), and Brookline Valley Medical Group, LLC (\"Licensee\").",
      "1. Grant. AMA grants Licensee a non-exclusive, non-transferable license to use CPT content "
      "internally, within Licensee's legal entity in the United States, in the applications listed in "
      "Schedule A.",
      "2. Users. Licensee will count users as individuals who access CPT content or rely on it or its "
      "output to do their work, and will report the count annually.",
      "3. Royalties. Licensee will pay the entity fee and the per-user royalty in Schedule A each "
      "calendar year.",
      "4. Restrictions. Licensee may not distribute CPT outside its legal entity or to affiliates.",
      "5. Audit. AMA may audit Licensee's user counts once per year on reasonable notice.",
      "6. Term. One calendar year, renewing on payment of the following year's royalties.",
      "H:Schedule A",
      "|Application|Users|Fee",
      "|EHR (Clinic system)|38|$18.50 per user",
      "|Practice management|14|$18.50 per user",
      "|Entity fee|-|$82.50",
      "SIG:American Medical Association|Brookline Valley Medical Group, LLC",
  ])

D("c06", "customer_must_license", "Heronsgate Systems, LLC", None,
  "Web end-user terms: vendor does not supply CPT; end user must get its own licence from the AMA",
  "Times-Roman", False, [
      "S:heronsgate.example/eula",
      "T:Heronsgate Scheduler - End User Terms",
      "S:Heronsgate Systems, LLC",
      "A. Scope. These terms govern use of the Heronsgate Scheduler and Superbill Builder.",
      "B. Codes. The Superbill Builder lets you add your own procedure codes to superbill templates. "
      "Heronsgate Systems, LLC does not provide CPT content and has no license to distribute it.",
      "C. Your License. If you add CPT codes or descriptions, you must first obtain a license from the "
      "American Medical Association that covers your use in this product, and you are responsible for "
      "all related fees.",
      "D. Trademarks. CPT is a registered trademark of the American Medical Association.",
      "E. Support. Support is available by email on business days.",
      "F. Changes. We may update these terms on 30 days' notice.",
  ])

D("c07", "customer_must_license", "Quarrybank Medical Software, Inc.", None,
  "Order form CPT election: customer chose to license CPT directly from the AMA; the $18/user vendor option was not chosen (trap)",
  "Helvetica", True, [
      "T:ORDER FORM",
      "S:Quarrybank Medical Software, Inc. - Order QMS-2025-118",
      "|Customer|Fairhaven Eye Physicians, P.C.",
      "|Start date|October 1, 2025",
      "|Item|Qty|Monthly",
      "|Quarrybank Ophthalmology EHR, per provider|6|$380.00",
      "|Optical inventory|1|$75.00",
      "H:CPT licensing (choose one)",
      "|Choice|Description|Selected",
      "|A|Quarrybank sublicenses CPT at $18.00 per user per year, invoiced annually|No",
      "|B|Customer licenses CPT directly from the AMA for all users of the EHR; Quarrybank charges nothing for CPT|Yes",
      "Where choice B is selected, the Customer must keep its AMA license current and provide evidence "
      "of it on request.",
      "SIG:Quarrybank Medical Software, Inc.|Fairhaven Eye Physicians, P.C.",
  ])

D("c08", "customer_must_license", "Lakeshore Revenue Cycle Services, Inc.", None,
  "Billing-service agreement ('Provider' = practice): Provider must obtain at its own expense all code-set licences incl. CPT from the AMA for its systems",
  "Times-Roman", False, [
      "T:BILLING AND COLLECTION SERVICES AGREEMENT",
      "This Agreement is between Lakeshore Revenue Cycle Services, Inc. (\"Lakeshore\") and Prairie "
      "Wind Anesthesia Group, LLC (\"Provider\").",
      "1. Services. Lakeshore will submit Provider's claims and follow up on them, working inside "
      "Provider's own practice management system through remote access.",
      "2. Provider Systems and Licenses. Provider shall obtain and maintain, at its own expense, all "
      "software and content licenses needed for Lakeshore to work in Provider's systems, including a "
      "license from the American Medical Association for CPT covering Provider's staff and Lakeshore's "
      "personnel who use CPT in those systems.",
      "3. Compensation. Provider pays Lakeshore 4.75% of collections, plus $3.00 per paper claim.",
      "4. Reports. Lakeshore will send month-end reports of charges, payments, adjustments and aging.",
  ] + boil("num", 5, [0, 1, 2, 4, 5]) + [
      "SIG:Lakeshore Revenue Cycle Services, Inc.|Prairie Wind Anesthesia Group, LLC",
  ])

D("c09", "customer_must_license", "Wexcombe Health Software, LLC", None,
  "Letter: vendor stopped distributing CPT from January 1, 2025; customers must license from the AMA directly (earlier $17 fee discontinued)",
  "Times-Roman", False, [
      "S:Wexcombe Health Software, LLC - 300 Mill Race Road - Lancaster, PA 17601",
      "S:March 10, 2025",
      "Office Manager\nCloverdale Family Dentistry & Medicine\n14 Orchard Lane\nLititz, PA 17543",
      "Re: CPT licensing for your Wexcombe system",
      "Dear Office Manager,",
      "Until the end of 2024 Wexcombe collected a CPT fee of $17.00 per user per year and paid it to "
      "the American Medical Association. Our distribution agreement with the AMA ended on December 31, "
      "2024, and we did not renew it.",
      "As of January 1, 2025, Wexcombe no longer provides a CPT sublicense. To keep using CPT codes in "
      "Wexcombe, your practice must license CPT directly from the AMA, for each person who uses the "
      "codes in our system. You will not see the $17.00 fee on our invoices again.",
      "Information on applying is available on the AMA's website. Our support team can give you a "
      "count of active users on your account to help with your application.",
      "Sincerely,",
      "Carl Whitfield\nVice President, Operations\nWexcombe Health Software, LLC",
  ])

D("c10", "customer_must_license", "Orchard Vale Systems, Inc.", None,
  "Amendment shifts CPT from vendor-included to customer's own AMA licence; original inclusion clause quoted (trap)",
  "Helvetica", False, [
      "T:AMENDMENT TWO",
      "S:to the Orchard Vale Services Agreement dated June 1, 2022",
      "Parties: Orchard Vale Systems, Inc. (\"OVS\") and Tri-County Pulmonary Associates, P.A. "
      "(\"Customer\"). Effective date of this amendment: July 1, 2025.",
      "1. Section 8.2 of the Agreement, which reads \"OVS includes the AMA royalty for CPT in the "
      "Subscription Fee\", is deleted.",
      "2. New Section 8.2: \"Customer shall obtain its own license for CPT from the American Medical "
      "Association covering all of Customer's users of the Services, and shall pay the AMA directly. "
      "OVS will not sublicense CPT to Customer.\"",
      "3. In recognition of this change the Subscription Fee is reduced by 2% from the effective date.",
      "4. All other terms are unchanged. This amendment prevails over the Agreement.",
      "SIG:Orchard Vale Systems, Inc.|Tri-County Pulmonary Associates, P.A.",
  ])

D("c11", "customer_must_license", "Bellcourt Data Labs, Inc.", None,
  "Web terms for analytics upload service: customer uploads its own CPT data and must hold its own AMA licence",
  "Helvetica", True, [
      "S:bellcourt.example/terms/customer-data",
      "T:Customer Data and Code Sets",
      "S:Bellcourt Data Labs, Inc. - Service Terms, section 6",
      "6.1 Customer Data. You may upload claim and encounter files to the Bellcourt service for "
      "analysis. You keep all rights in your data.",
      "6.2 Code Sets in Your Uploads. Your files may contain CPT codes and descriptions. Bellcourt does "
      "not provide, distribute or sublicense CPT. If you upload CPT content, you must hold your own "
      "license from the American Medical Association that covers every user of the service at your "
      "organization, and you are responsible for the royalty.",
      "6.3 Free Code Sets. ICD-10-CM and HCPCS Level II tables published by federal agencies are "
      "provided in the service for reference.",
      "6.4 Deletion. Uploaded files are deleted 90 days after your subscription ends.",
  ])

# ================================================================ not_addressed
D("n01", "not_addressed", "Cardinal Row Software, Inc.", None,
  "EHR agreement where CPT appears only as a billing feature (superbill entry); no licensing terms",
  "Times-Roman", True, [
      "T:CLOUD EHR SUBSCRIPTION AGREEMENT",
      "S:Cardinal Row Software, Inc. (\"Cardinal Row\") and Laurel Creek Pediatrics, LLC (\"Practice\")",
      "H:1. The Service",
      "Cardinal Row will provide its cloud EHR, which includes scheduling, charting, e-prescribing, "
      "superbills with CPT and ICD-10 code entry, claim creation and patient statements.",
      "H:2. Implementation",
      "Cardinal Row will configure the templates listed in the Statement of Work and train up to five "
      "Practice staff members.",
      "H:3. Fees",
      "Practice pays $279 per provider per month, plus $0.30 per electronic claim.",
  ] + boil("num", 4, [0, 1, 2, 3, 4, 5, 7]) + [
      "SIG:Cardinal Row Software, Inc.|Laurel Creek Pediatrics, LLC",
  ])

D("n02", "not_addressed", "Velmont Health Apps, LLC", None,
  "Web feature page with AMA copyright notice in the footer only",
  "Helvetica", False, [
      "S:velmont.example/features/billing",
      "T:Billing that keeps up with you",
      "S:Velmont Health Apps, LLC",
      "Create claims straight from the visit note. Velmont suggests CPT and ICD-10 codes from what you "
      "document, checks modifiers, and flags missing information before the claim leaves.",
      "- One-click superbills",
      "- Real-time eligibility checks",
      "- Denial worklists sorted by dollar value",
      "- Patient payment links by text and email",
      "Practices on Velmont report getting paid an average of nine days faster in their first year.",
      "Book a demo to see it with your own fee schedule.",
      "S:CPT copyright 2024 American Medical Association. All rights reserved. CPT is a registered trademark of the AMA.",
  ])

D("n03", "not_addressed", "Brightsmile Dental Cloud, Inc.", None,
  "Dental pricing page: CDT (ADA) licence fee of $12 per user per year; CDT-only, not CPT (trap)",
  "Helvetica", True, [
      "S:brightsmile.example/pricing",
      "T:Brightsmile pricing",
      "S:Brightsmile Dental Cloud, Inc.",
      "|Plan|Per chair / month|Includes",
      "|Solo|$199|1-2 chairs, charting, imaging bridge",
      "|Group|$179|3+ chairs, multi-location reporting",
      "Q:What is the CDT fee on my invoice?",
      "Dental procedure codes (CDT) are owned by the American Dental Association. The ADA requires us to "
      "collect a CDT license fee of $12 per user per year, billed each January.",
      "Q:Do I need anything else for codes?",
      "Brightsmile is built for general and specialty dentistry and uses CDT codes for procedures and "
      "claims.",
      "S:CDT is a registered trademark of the American Dental Association.",
  ])

D("n04", "not_addressed", "Norcastle Coding Data, LLC", None,
  "Web billing notice: annual code-set update fee for ICD-10-CM and HCPCS Level II only, $15 per user (flag-worthy, not CPT)",
  "Helvetica", False, [
      "S:norcastle.example/notices/code-update-fee",
      "T:2025 code-set update fee",
      "S:Norcastle Coding Data, LLC - Billing notice",
      "Each October we load the new ICD-10-CM diagnosis tables, and each quarter we load the HCPCS "
      "Level II updates. To cover this work Norcastle Coding Data, LLC charges an annual code-set update "
      "fee of $15.00 per user, billed on your October invoice.",
      "The fee covers ICD-10-CM and HCPCS Level II content only. Norcastle's products do not contain "
      "procedure terminology from any other source.",
      "If you have fewer than three users, the fee is waived.",
  ])

D("n05", "not_addressed", "Swiftpath Payments, Inc.", None,
  "Payments agreement where 'CPT' means Cost Per Transaction ($0.25); not CPT codes (trap)",
  "Times-Roman", True, [
      "T:PATIENT PAYMENTS SERVICES AGREEMENT",
      "S:Swiftpath Payments, Inc. (\"Swiftpath\") and Oak Terrace Dermatology, PLLC (\"Merchant\")",
      "1. Definitions. \"CPT\" means cost per transaction, the flat amount Swiftpath charges for each "
      "card or ACH payment it processes for Merchant. \"Portal\" means Swiftpath's online patient "
      "payment page.",
      "2. Services. Swiftpath will process patient card and bank payments through the Portal, card "
      "terminals and text-to-pay links, and deposit funds to Merchant's account within two business "
      "days.",
      "3. Pricing.",
      "|Charge|Amount",
      "|CPT (each approved transaction)|$0.25",
      "|Card processing|2.65% of the amount",
      "|Monthly platform fee|$29.00",
      "|Chargeback|$15.00 each",
      "4. Chargebacks. Merchant is responsible for chargebacks and will cooperate in disputes.",
  ] + boil("num", 5, [0, 1, 4, 5]) + [
      "SIG:Swiftpath Payments, Inc.|Oak Terrace Dermatology, PLLC",
  ])

D("n06", "not_addressed", "Hollins Ridge Networks, LLC", None,
  "IT managed-services agreement for a clinic; no CPT at all",
  "Helvetica", False, [
      "T:MANAGED IT SERVICES AGREEMENT",
      "S:Hollins Ridge Networks, LLC and Fox Run Internal Medicine, P.C.",
      "1. Services. Hollins Ridge will monitor and maintain the clinic's network, firewalls, Wi-Fi, "
      "workstations and printers, apply security patches monthly, and run nightly backups of the "
      "file server.",
      "2. Help Desk. Staff may call or email the help desk from 7 a.m. to 7 p.m. on weekdays. Urgent "
      "outages are answered within one hour.",
      "3. Fees. $1,150 per month for up to 25 devices, plus $40 per additional device.",
      "4. Hardware. Equipment bought through Hollins Ridge carries the manufacturer's warranty only.",
  ] + boil("num", 5, [0, 1, 2, 4, 5, 6]) + [
      "SIG:Hollins Ridge Networks, LLC|Fox Run Internal Medicine, P.C.",
  ])

D("n07", "not_addressed", "Dunmore Transcription Services, Inc.", None,
  "Transcription invoice with a CPT trademark attribution line only",
  "Helvetica", True, [
      "T:INVOICE",
      "S:Dunmore Transcription Services, Inc. - 88 Quay Street, Portland, ME",
      "|Invoice|DTS-7734|Date|May 31, 2025",
      "|Client|Seaview Gastroenterology, P.A.",
      "|Service|Lines|Rate|Amount",
      "|Clinic note transcription|14,220|$0.11|$1,564.20",
      "|Operative reports, priority|1,960|$0.15|$294.00",
      "|Coding abstract (CPT/ICD-10) add-on|118 reports|$2.50|$295.00",
      "|Total|||$2,153.20",
      "Payment due in 30 days. Thank you for your business.",
      "S:CPT is a registered trademark of the American Medical Association.",
  ])

D("n08", "not_addressed", "Arcwell Rehab Supply Co.", None,
  "Equipment rental order where CPT means Cold Pressure Therapy unit; not CPT codes (trap)",
  "Helvetica", True, [
      "T:Rental Order Confirmation",
      "S:Arcwell Rehab Supply Co. - Order AR-55108",
      "|Ship to|Summit Peak Orthopedics, 210 Ridge Road, Provo, UT",
      "|Rental start|June 2, 2025",
      "|Item|Qty|Rate|Period",
      "|CPT-400 Cold Pressure Therapy unit|3|$45.00|per unit per month",
      "|CPT knee wrap (single patient)|20|$18.00|each, purchase",
      "|Delivery and setup|1|$60.00|one time",
      "\"CPT\" in this order refers to Arcwell's Cold Pressure Therapy product line. Units are serviced "
      "every six months at no charge. Damage beyond normal wear is billed at repair cost.",
  ])

D("n09", "not_addressed", "Lindenfield Telehealth, Inc.", None,
  "Telehealth platform terms that mention CPT codes for billing and carry an AMA copyright notice, but allocate no licensing",
  "Times-Roman", False, [
      "T:TELEHEALTH PLATFORM TERMS",
      "S:Lindenfield Telehealth, Inc. - for clinic customers",
      "1. Platform. Lindenfield provides video visits, a virtual waiting room and visit summaries.",
      "2. Visit Coding. After each visit the platform shows the telehealth CPT codes and place-of-"
      "service codes commonly used by payers, so the clinician can pick the right code for the claim. "
      "Clinicians remain responsible for code selection.",
      "3. Fees. $49 per clinician per month; no per-visit charge.",
      "4. Availability. We aim for 99.9% monthly uptime.",
      "5. Notices. CPT only copyright 2024 American Medical Association. All rights reserved.",
  ] + boil("num", 6, [1, 2, 4, 5]))

# ================================================================ unclear
D("u01", "unclear", "Blackthorn Medical Systems, Inc.", None,
  "Contract: 'fees for third-party content, including CPT, may apply' without saying who charges or how much",
  "Times-Roman", True, [
      "T:BLACKTHORN CUSTOMER AGREEMENT",
      "S:Blackthorn Medical Systems, Inc. and Silver Lake Urology, PLLC",
  ] + boil("num", 1, [0, 1, 2]) + [
      "H:4. Fees",
      "4.1 Customer pays the fees stated in each Order Form.",
      "4.2 Third-Party Content. The services include content from third parties, including CPT codes "
      "from the American Medical Association. Fees for third-party content, including CPT, may apply "
      "and may change from time to time.",
      "4.3 Fees are payable within thirty days of invoice.",
  ] + boil("num", 5, [3, 4, 5]) + [
      "SIG:Blackthorn Medical Systems, Inc.|Silver Lake Urology, PLLC",
  ])

D("u02", "unclear", "Mistral Care Software, LLC", None,
  "Web FAQ: vendor reviewing AMA requirements; CPT licensing arrangements to be determined",
  "Helvetica", False, [
      "S:mistralcare.example/help/ama-cpt",
      "T:AMA and CPT codes - what we know so far",
      "S:Mistral Care Software, LLC",
      "Several customers have asked whether the AMA's CPT licensing requirements affect Mistral Care.",
      "Q:Will I be charged for CPT?",
      "We are still reviewing the AMA's requirements with our legal team. We have not yet decided how "
      "CPT licensing will be handled for Mistral Care customers, and we will post an update here "
      "before anything changes.",
      "Q:Do I need to contact the AMA?",
      "We cannot advise on that yet. We expect to share more details later this year.",
      "Q:Is my use of codes today affected?",
      "You can keep using Mistral Care as normal while we work through this.",
  ])

D("u03", "unclear", "Copperleaf Clinical, Inc.", None,
  "Contradiction without precedence: general terms say CPT royalty included; order form says customer must license from AMA",
  "Helvetica", True, [
      "T:Copperleaf Clinical - General Terms",
      "S:Copperleaf Clinical, Inc. (\"Copperleaf\") and Westbrook Neurology Group (\"Customer\")",
      "1. Services. Copperleaf provides the hosted neurology EHR and EEG reporting module.",
      "2. Content. Copperleaf includes the AMA royalty for CPT content in the subscription price.",
      "3. Fees. As stated in the Order Form.",
  ] + boil("num", 4, [0, 1, 4]) + [
      "H:Order Form 2025-07",
      "|Item|Qty|Price",
      "|Neurology EHR, per provider per month|4|$295.00",
      "|EEG reporting module|1|$150.00 per month",
      "Additional terms: Customer must obtain its own CPT license from the American Medical "
      "Association for all users of the EHR.",
      "SIG:Copperleaf Clinical, Inc.|Westbrook Neurology Group",
  ])

D("u04", "unclear", "Silverbirch EHR Co.", None,
  "Email: CPT licensing may be handled by vendor or by practice depending on setup; to be discussed",
  "Courier", False, [
      "S:From: Tom Reyes <treyes@silverbirch.example>",
      "S:To: Amy Lund <alund@northshoreobgyn.example>",
      "S:Date: 2 Jun 2025 16:20",
      "S:Subject: Follow-up: your questions before signing",
      "Hi Amy,",
      "Answers to your list:",
      "1) Data migration - yes, we can bring over five years of visit history.",
      "2) Lab interface - LabCorp and Quest are both live.",
      "3) CPT licensing - this one depends on your setup. For some clients we handle the AMA side, for "
      "others the practice does it themselves, and sometimes there is a charge and sometimes not. I "
      "would rather go over it with our contracts team on Thursday's call than guess.",
      "4) Training - 12 hours of remote sessions are included.",
      "Talk soon,\nTom\nSilverbirch EHR Co.",
  ])

D("u05", "unclear", "Thornbury Health Platforms, Inc.", None,
  "Order form: 'CPT licence - see Schedule C'; Schedule C says terms to be provided later",
  "Helvetica", True, [
      "T:ORDER FORM",
      "S:Thornbury Health Platforms, Inc. - Order THP-6620",
      "|Customer|Lakeview Family Health Center",
      "|Term|12 months from July 1, 2025",
      "|Item|Qty|Price",
      "|Thornbury EHR, per user per month|15|$99.00",
      "|Patient portal|1|$80.00 per month",
      "|CPT license|-|See Schedule C",
      "H:Schedule C - CPT License",
      "[Terms to be provided by Thornbury prior to go-live.]",
      "Note: The CPT row is a placeholder pending Thornbury's review of its arrangements with the "
      "American Medical Association.",
      "SIG:Thornbury Health Platforms, Inc.|Lakeview Family Health Center",
  ])

D("u06", "unclear", "Kingsmoor Software Group, LLC", None,
  "Contract: parties will cooperate on CPT compliance; responsibility for AMA royalties to be agreed separately",
  "Times-Roman", False, [
      "T:SOFTWARE SERVICES AGREEMENT",
      "S:Kingsmoor Software Group, LLC (\"Supplier\") / Redwood Hills Cardiology, P.C. (\"Client\")",
  ] + boil("dotzero", 1, [0, 1, 2]) + [
      "H:4.0 Code Sets",
      "4.1 The services use standard code sets including ICD-10-CM, HCPCS and CPT.",
      "4.2 The parties shall cooperate in good faith to ensure that use of CPT in the services "
      "complies with the American Medical Association's licensing requirements. Responsibility for "
      "any royalties payable to the AMA shall be agreed by the parties in a separate writing.",
  ] + boil("dotzero", 5, [3, 4, 5]) + [
      "SIG:Kingsmoor Software Group, LLC|Redwood Hills Cardiology, P.C.",
  ])

D("u07", "unclear", "Alderbrook Cloud, Inc.", None,
  "Web terms: CPT content may be subject to additional licence terms and fees from the AMA or its distributors (no party named)",
  "Helvetica", False, [
      "S:alderbrook.example/legal/third-party",
      "T:Third-Party Materials",
      "S:Alderbrook Cloud, Inc. - Terms of Service, section 11",
      "11.1 The service may display materials owned by others, including code sets and drug "
      "databases.",
      "11.2 CPT content may be subject to additional license terms and fees set by the American Medical "
      "Association or its distributors.",
      "11.3 Third-party materials are provided as is, and Alderbrook does not warrant their accuracy.",
      "11.4 We may remove third-party materials if our right to provide them ends.",
  ])

D("u08", "unclear", "Redfern Practice Systems, Inc.", None,
  "Web billing notice: a CPT fee 'may be assessed'; pricing under review, amount and payer to follow",
  "Helvetica", True, [
      "S:redfern.example/billing-updates",
      "T:Billing updates for 2026",
      "S:Redfern Practice Systems, Inc.",
      "|Topic|Status",
      "|Subscription prices|No change for 2026",
      "|Claims pricing|No change",
      "|AMA / CPT|Under review",
      "About AMA / CPT: we are discussing licensing for CPT content with the American Medical "
      "Association. A CPT fee may be assessed in 2026, or licensing may need to be handled in another "
      "way. The amount and how it would be billed, if at all, will follow in a later notice.",
  ])
