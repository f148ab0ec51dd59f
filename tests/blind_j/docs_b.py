"""Documents, part B: more pass_through."""
from boiler import boil
from docs_a import D

# ---------------------------------------------------------------- P11 email
D("p11", "pass_through", "Kestrel Point Health Software, Inc.", (6.0, "user", "month"),
  "Email from account manager: CPT line on the renewal is $6 per user per month",
  "Courier", False, [
      "S:From: Dana Whitcombe <dwhitcombe@kestrelpoint.example>",
      "S:To: office@hillcrestent.example",
      "S:Date: Tue, 11 Mar 2025 09:42",
      "S:Subject: RE: question about the new line on our renewal",
      "Hi Joanne,",
      "Thanks for the call this morning. To confirm what we discussed: the new line on your renewal "
      "labelled \"CPT codes\" is the AMA licence for the procedure codes built into our system. It is "
      "$6.00 per user per month, and it applies to every login on the account, including your front "
      "desk and billing staff. For your 8 logins that is $48.00 a month.",
      "Your subscription price itself has not changed. If you remove logins that are no longer used, "
      "the CPT line drops with them from the next month.",
      "Happy to walk through it again if that helps.",
      "Dana Whitcombe\nAccount Manager\nKestrel Point Health Software, Inc.\n(503) 555-0148",
      "S:-----Original Message-----",
      "S:From: Joanne Ruiz. Sent: Mon, 10 Mar 2025. Subject: question about the new line on our renewal",
      "Hi Dana, we noticed a CPT line on the renewal quote and nobody here knows what it is. Can you "
      "explain before we sign? Thanks, Joanne - Hillcrest ENT",
  ])

# ---------------------------------------------------------------- P12 renewal notice
D("p12", "pass_through", "Oakhurst MedWorks LLC", (20.0, "provider", "year"),
  "Renewal notice table with per-provider subscription (trap) and AMA CPT content fee of $20 per provider",
  "Helvetica", True, [
      "T:Subscription Renewal Notice",
      "S:Oakhurst MedWorks LLC  |  renewals@oakhurst.example",
      "|Account|Riverbend Internal Medicine, PLLC",
      "|Current term ends|April 30, 2025",
      "|Renewal term|May 1, 2025 - April 30, 2026",
      "Your subscription will renew automatically on the terms below unless you tell us otherwise "
      "before April 1, 2025.",
      "|Renewal item|Units|Unit price|Annual total",
      "|MedWorks Core (per provider, per year)|12|$3,120.00|$37,440.00",
      "|Lab interfaces|2|$900.00|$1,800.00",
      "|AMA CPT content fee (per provider, per year)|12|$20.00|$240.00",
      "|Annual renewal total|||$39,480.00",
      "The AMA CPT content fee is the amount Oakhurst MedWorks LLC charges to recover the royalty owed "
      "to the American Medical Association for CPT codes inside MedWorks. It is shown separately and "
      "is not discounted.",
      "To make changes, contact your customer success manager or reply to this notice.",
  ])

# ---------------------------------------------------------------- P13 conditional default pass-through
D("p13", "pass_through", "Meridale Systems, Inc.", (19.0, "user", "year"),
  "Order form with CPT election: customer chose to license CPT through the vendor at $19 per user per year (the direct-licence option not chosen)",
  "Helvetica", True, [
      "T:Meridale Order Form - Clinical Suite",
      "S:Meridale Systems, Inc. / Order MS-55012",
      "|Customer|Greenfield Allergy & Asthma, LLC",
      "|Effective date|July 1, 2025",
      "|Users|10 named users",
      "H:Section A - Subscription",
      "|Product|Qty|Monthly fee",
      "|Meridale Clinical Suite (named user)|10|$119.00",
      "|e-Prescribing|3|$30.00",
      "H:Section B - CPT Licensing Election",
      "CPT content in the Clinical Suite is licensed from the American Medical Association. The "
      "Customer must be licensed for CPT in one of the two ways below. Mark one box.",
      "|Option|Election",
      "|(1) Customer licenses CPT through Meridale. Meridale invoices a CPT license fee of $19.00 per named user per year.|[X] selected",
      "|(2) Customer holds its own current AMA internal-use license and gives Meridale a copy before go-live; no CPT fee is charged by Meridale.|[ ] not selected",
      "If no box is marked, option (1) applies.",
      "H:Section C - Terms",
      "This Order Form is governed by the Meridale Master Terms. Fees in Section B are invoiced each "
      "contract year in advance.",
      "SIG:Meridale Systems, Inc.|Greenfield Allergy & Asthma, LLC",
  ])

# ---------------------------------------------------------------- P14 contradiction with precedence (order form wins)
D("p14", "pass_through", "Greyfriars Health IT, Inc.", (2.0, "provider", "month"),
  "MSA says CPT included, but the Order Form (which prevails by precedence clause) charges a CPT royalty of $2 per provider per month",
  "Times-Roman", True, [
      "T:GREYFRIARS CLOUD SERVICES AGREEMENT",
      "S:Between Greyfriars Health IT, Inc. (\"Greyfriars\") and Southport Women's Health, P.A. (\"Client\")",
      "Section 1. Order of Precedence",
      "This Agreement consists of these general terms and each Order Form signed by both parties. If an "
      "Order Form conflicts with these general terms, the Order Form governs for the services it "
      "covers.",
      "Section 2. Services",
      "Greyfriars will host and support the cloud EHR described in each Order Form and make it "
      "available 99.5% of the time each month, excluding scheduled maintenance.",
      "Section 3. Third-Party Content",
      "The services include code sets from third parties, including CPT from the American Medical "
      "Association. Unless an Order Form states otherwise, the cost of this content is included in the "
      "subscription fees.",
  ] + boil("section", 4, [0, 1, 4]) + [
      "PB",
      "T:ORDER FORM No. 1",
      "S:Under the Greyfriars Cloud Services Agreement",
      "|Service|Quantity|Price",
      "|Cloud EHR subscription|5 providers|$310.00 per provider per month",
      "|CPT royalty (AMA)|5 providers|$2.00 per provider per month",
      "|Onboarding|one time|$1,500.00",
      "Special terms: The CPT royalty line above is charged in addition to the subscription and "
      "replaces the inclusion described in Section 3 of the general terms.",
      "SIG:Greyfriars Health IT, Inc.|Southport Women's Health, P.A.",
  ])

# ---------------------------------------------------------------- P15 web pricing page
D("p15", "pass_through", "Cindervale Inc.", (24.0, "provider", "year"),
  "Web pricing page: per-user plan prices (trap) with a footnote AMA CPT fee of $24 per provider per year",
  "Helvetica", True, [
      "S:cindervale.example/pricing",
      "T:Simple pricing for growing practices",
      "S:Cindervale Inc. - plans billed monthly or yearly",
      "|Plan|Starter|Team|Enterprise",
      "|Price|$59 / user / month|$89 / user / month|Contact sales",
      "|Charting & scheduling|Yes|Yes|Yes",
      "|Claims & ERA|-|Yes|Yes",
      "|Custom templates|-|Yes|Yes",
      "|Dedicated success manager|-|-|Yes",
      "All plans include unlimited patients, secure messaging and standard support.",
      "H:Frequently asked",
      "Q:Are there any other charges?",
      "One. Because our software contains CPT(R) codes owned by the American Medical Association, an "
      "annual AMA CPT licensing fee of $24 per provider applies on every plan. It is billed separately "
      "from your plan once a year.",
      "Q:Can I switch plans?",
      "Yes, upgrades take effect immediately and downgrades at the end of the billing period.",
      "S:* Prices in USD. Taxes may apply. CPT is a registered trademark of the American Medical Association.",
  ])

# ---------------------------------------------------------------- P16 clearinghouse, Provider = practice, per location per month
D("p16", "pass_through", "ClaimBridge Exchange Services, LLC", (9.5, "location", "month"),
  "Clearinghouse agreement ('Provider' = the practice) with a CPT code-editing licence charge of $9.50 per service location per month",
  "Times-Roman", False, [
      "T:ELECTRONIC CLAIMS CLEARINGHOUSE AGREEMENT",
      "This Agreement is made between ClaimBridge Exchange Services, LLC (\"Clearinghouse\") and "
      "Northgate Urgent Care, Inc. (\"Provider\"), a health care provider that submits claims to payers.",
      "1. Transactions. Clearinghouse will receive Provider's claim files, edit them against payer "
      "rules, convert them to the HIPAA standard format and forward them to payers, and return "
      "acknowledgments and remittance files to Provider.",
      "2. Provider Responsibilities. Provider is responsible for the content of its claims, including "
      "the correctness of codes, and for maintaining its enrollment with each payer.",
      "3. Fees.",
      "3.1 Provider will pay the per-claim and per-remittance fees listed in Exhibit A.",
      "3.2 Code Editing Content. Clearinghouse's claim scrubber uses CPT codes and descriptions licensed "
      "from the American Medical Association. Clearinghouse passes the associated royalty through to "
      "Provider as a CPT license charge of $9.50 per Provider service location per month, shown on the "
      "monthly statement.",
      "4. Security. Each party will maintain administrative, physical and technical safeguards suitable "
      "for electronic protected health information.",
      "5. Term. One year, renewing annually unless either party gives 90 days' notice.",
      "H:Exhibit A - Fee Schedule",
      "|Item|Fee",
      "|Professional claim (837P)|$0.32 each",
      "|Remittance (835)|$0.10 each",
      "|Eligibility inquiry (270/271)|$0.12 each",
      "|CPT license charge|$9.50 per service location per month",
      "SIG:ClaimBridge Exchange Services, LLC|Northgate Urgent Care, Inc.",
  ])

# ---------------------------------------------------------------- P17 invoice, royalty + processing rows
D("p17", "pass_through", "Willowmere Behavioral EHR, Inc.", (19.5, "provider", "year"),
  "Invoice with separate CPT royalty ($18.50) and processing ($1.00) rows per provider: sum $19.50",
  "Helvetica", False, [
      "T:Statement of Account",
      "S:Willowmere Behavioral EHR, Inc. - billing@willowmere.example",
      "|Customer|Harbor Light Counseling Center|Statement|WB-88213",
      "|Date|January 2, 2025|Due|February 1, 2025",
      "|Line|Description|Qty|Unit|Amount",
      "|1|Willowmere Plus - monthly subscription (per clinician)|5|$74.00|$370.00",
      "|2|AMA CPT code license 2025 - royalty collected for AMA (per provider)|5|$18.50|$92.50",
      "|3|AMA CPT code license 2025 - processing fee (per provider)|5|$1.00|$5.00",
      "|4|Insurance claims submitted|96|$0.25|$24.00",
      "|||Total||$491.50",
      "Lines 2 and 3 are billed once per calendar year for each provider who renders services recorded "
      "in Willowmere. Lines 1 and 4 are billed monthly.",
  ])

# ---------------------------------------------------------------- P18 web FAQ monthly
D("p18", "pass_through", "Trellisoft Health, Inc.", (1.6, "provider", "month"),
  "Web FAQ: CPT royalty of $1.60 per clinician per month added to subscription",
  "Helvetica", True, [
      "S:trellisoft.example/support/billing/cpt-royalty",
      "T:Why did my monthly bill go up by $1.60 per clinician?",
      "S:Trellisoft Health, Inc. Support",
      "Trellisoft now shows CPT procedure descriptions in notes and claims. The American Medical "
      "Association licenses those descriptions to us and charges a royalty for each clinician, and we "
      "pass that cost on as a separate monthly line.",
      "- Amount: $1.60 per clinician per month",
      "- Who counts: each clinician with an active schedule in Trellisoft",
      "- Billing: added to your regular monthly invoice as \"CPT royalty\"",
      "- Staff without a schedule (billers, front desk) are not counted",
      "If you believe a clinician was counted in error, open a ticket from the Billing page and we will "
      "review it within two business days.",
  ])

# ---------------------------------------------------------------- P19 contract, words, per site annually
D("p19", "pass_through", "Ironbridge Diagnostics Software, Inc.", (85.0, "location", "year"),
  "Imaging-center software licence; CPT code royalty 'eighty-five dollars ($85.00) per Site annually'",
  "Times-Roman", True, [
      "T:SOFTWARE LICENSE AGREEMENT",
      "S:Ironbridge Diagnostics Software, Inc. - Radiology Workflow Suite",
      "This Software License Agreement (\"Agreement\") is entered into by Ironbridge Diagnostics "
      "Software, Inc. (\"Ironbridge\") and Clearwater Imaging Partners, LLC (\"Licensee\").",
  ] + boil("dotzero", 1, [0, 1]) + [
      "H:3.0 License Fees",
      "3.1 Licensee shall pay the perpetual license fee and annual maintenance fee set out in "
      "Schedule 1.",
      "3.2 CPT Code Royalty. The Software's charge capture module contains CPT codes licensed by "
      "Ironbridge from the American Medical Association. Licensee shall pay Ironbridge a CPT code "
      "royalty of eighty-five dollars ($85.00) per Site annually, where \"Site\" means each physical "
      "imaging center at which the Software is used.",
      "3.3 Ironbridge may change the CPT code royalty once per year on written notice if the AMA "
      "changes its royalty.",
  ] + boil("dotzero", 4, [3, 4, 5, 7]) + [
      "H:Schedule 1",
      "|Fee|Amount",
      "|Perpetual license (3 Sites)|$48,000.00",
      "|Annual maintenance|18% of license fee",
      "|CPT code royalty|$85.00 per Site per year",
      "SIG:Ironbridge Diagnostics Software, Inc.|Clearwater Imaging Partners, LLC",
  ])
