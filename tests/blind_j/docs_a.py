"""Documents, part A: pass_through. All names invented; all wording original."""
from boiler import boil

DOCS = []


def D(key, cov, vendor, fee, desc, font, ruled, lines):
    DOCS.append(dict(key=key, cov=cov, vendor=vendor, fee=fee, desc=desc, font=font,
                     ruled=ruled, lines=lines))


# ---------------------------------------------------------------- P1 web FAQ
D("p01", "pass_through", "Lumenor Health, Inc.", (21.0, "provider", "year"),
  "Help-centre FAQ: annual AMA fee of $21 per clinician ($19 royalty + $2 processing)",
  "Helvetica", True, [
      "S:help.lumenor.example / Billing & Account / Fees",
      "T:Understanding the yearly AMA CPT charge",
      "S:Lumenor Health, Inc. - Help Center - updated 6 January 2025",
      "Lumenor gives every account access to CPT(R) procedure codes, which are owned by the American "
      "Medical Association. The AMA requires software companies that display these codes to pay it a "
      "royalty, so Lumenor Health, Inc. adds a once-a-year CPT charge to your account.",
      "Q:How much is the charge?",
      "For each clinician on your account the yearly charge is $21.00. That figure is made up of the "
      "$19.00 royalty the AMA bills us and a $2.00 processing amount that covers our administration.",
      "Q:When does it appear?",
      "It is added to the first invoice you receive in January. Clinicians who join later in the year "
      "are charged on the next monthly invoice after they are activated.",
      "Q:Does my front-desk staff count?",
      "No. Schedulers, billers and office managers are not charged; only clinicians who are set up to "
      "document or bill sessions are counted.",
      "Q:Can I pay the AMA myself instead?",
      "Not for use inside Lumenor. The AMA bills us for our platform, and we collect the royalty from "
      "customers on its behalf.",
      "Q:Is sales tax added?",
      "At present no tax is applied to the CPT charge. If tax rules change we will let you know in "
      "advance.",
      "S:CPT is a registered trademark of the American Medical Association.",
  ])

# ---------------------------------------------------------------- P2 MSA
D("p02", "pass_through", "Brightwater Clinical Systems LLC", (18.5, "user", "year"),
  "EHR master subscription agreement; section 7.3 CPT content fee $18.50 per Authorized User per year",
  "Times-Roman", True, [
      "T:MASTER SUBSCRIPTION AGREEMENT",
      "S:Agreement No. BCS-2291",
      "This Master Subscription Agreement is entered into as of March 3, 2025 between Brightwater "
      "Clinical Systems LLC, a Delaware limited liability company (\"Brightwater\"), and Old Mill Family "
      "Medicine, P.C. (\"Subscriber\").",
      "H:1. Definitions",
      "\"Authorized User\" means an individual employee or contractor of Subscriber to whom Brightwater "
      "has issued a login. \"Services\" means the hosted electronic health record and practice "
      "management application described in the Order Form.",
      "H:2. Access to the Services",
      "Brightwater grants Subscriber a non-exclusive right, during the Term, for its Authorized Users to "
      "use the Services for Subscriber's internal business purposes in the United States.",
      "H:3. Subscriber Obligations",
      "Subscriber is responsible for the accuracy of data entered by its Authorized Users and for "
      "keeping login credentials secret. Logins may not be shared.",
  ] + boil("num", 4, [0, 1, 2]) + [
      "H:7. Fees and Payment",
      "7.1 Subscription Fees. Subscriber will pay the subscription fees stated in the Order Form, "
      "monthly in advance.",
      "7.2 Late Payment. Amounts unpaid thirty days after the invoice date accrue interest at one "
      "percent per month.",
      "7.3 CPT Content Fee. The Services display Current Procedural Terminology content licensed by "
      "Brightwater from the American Medical Association. In addition to the subscription fees, "
      "Subscriber shall pay a CPT content fee of $18.50 for each Authorized User per calendar year, "
      "invoiced each January and prorated for Authorized Users added during the year.",
      "7.4 Taxes. Fees exclude taxes, which Subscriber will pay except for taxes on Brightwater's income.",
  ] + boil("num", 8, [3, 4, 5]) + [
      "SIG:Brightwater Clinical Systems LLC|Old Mill Family Medicine, P.C.",
  ])

# ---------------------------------------------------------------- P3 order form multi-row
D("p03", "pass_through", "Cobaltline Software Corp.", (1.75, "user", "month"),
  "Order form with per-provider subscription rows (trap) and a CPT royalty row of $1.75 per named user per month",
  "Helvetica", True, [
      "T:ORDER FORM",
      "S:Cobaltline Software Corp. | 400 Harbor Loop, Suite 12, Tacoma, WA | Quote ref CSC-Q-7781",
      "|Customer|Bayside Podiatry Group, PLLC",
      "|Order date|February 14, 2025",
      "|Initial term|36 months from go-live",
      "H:Recurring charges",
      "|Item|Qty|Unit price|Billing|Extended",
      "|Cobaltline PM + EHR subscription (per provider)|4|$249.00|monthly|$996.00",
      "|Additional staff logins|9|$25.00|monthly|$225.00",
      "|Patient portal|1|$60.00|monthly|$60.00",
      "|AMA CPT royalty pass-through (per named user)|13|$1.75|monthly|$22.75",
      "H:One-time charges",
      "|Item|Qty|Unit price|Extended",
      "|Implementation and data conversion|1|$2,400.00|$2,400.00",
      "|Remote training (hours)|10|$95.00|$950.00",
      "H:Notes",
      "1. The CPT royalty line reflects the per-user royalty that Cobaltline remits to the American "
      "Medical Association for CPT content in the software. It is charged for every named user with "
      "a login, providers and staff alike.",
      "2. This Order Form is governed by the Cobaltline Customer Terms in effect on the order date.",
      "3. Prices are valid for 30 days from the quote date.",
      "SIG:Cobaltline Software Corp.|Bayside Podiatry Group, PLLC",
  ])

# ---------------------------------------------------------------- P4 amendment
D("p04", "pass_through", "Harrowgate Medical Technologies, Inc.", (19.5, "provider", "year"),
  "Amendment No. 2 raising CPT fee from $17 to $19.50 per provider per year; old fee quoted (trap)",
  "Times-Roman", False, [
      "T:AMENDMENT NO. 2 TO SOFTWARE LICENSE AND SERVICES AGREEMENT",
      "This Amendment No. 2 (the \"Amendment\") is made effective as of January 1, 2025 (the "
      "\"Amendment Effective Date\") by and between Harrowgate Medical Technologies, Inc. "
      "(\"Licensor\") and Cedar Point Orthopaedics, LLC (\"Licensee\"), and amends the Software "
      "License and Services Agreement between them dated May 1, 2021 (the \"Agreement\").",
      "H:Recitals",
      "A. Section 6.5 of the Agreement currently reads: \"Licensee shall reimburse Licensor for AMA "
      "royalties on CPT content at the rate of $17.00 per Provider per year.\"",
      "B. The American Medical Association has increased the royalty it charges Licensor, and the "
      "parties wish to update the rate.",
      "H:Agreement",
      "1. Section 6.5 of the Agreement is deleted in its entirety and replaced with the following: "
      "\"6.5 CPT Royalty Reimbursement. Licensee shall reimburse Licensor for AMA royalties on CPT "
      "content at the rate of $19.50 per Provider per year, billed annually in advance. Licensor may "
      "adjust this rate on sixty (60) days' written notice to reflect changes in the royalty charged "
      "by the AMA.\"",
      "2. \"Provider\" has the meaning in the Agreement: each physician, physician assistant or nurse "
      "practitioner who renders services documented in the Software.",
      "3. Except as amended here, the Agreement remains in full force and effect. If this Amendment "
      "conflicts with the Agreement, this Amendment controls.",
      "4. This Amendment may be signed in counterparts and electronically.",
      "SIG:Harrowgate Medical Technologies, Inc.|Cedar Point Orthopaedics, LLC",
  ])

# ---------------------------------------------------------------- P5 fee change letter
D("p05", "pass_through", "Quillfeather EHR, LLC", (22.0, "provider", "year"),
  "Fee-change letter: CPT fee rises from $20 to $22 per rendering provider annually, effective with this invoice",
  "Times-Roman", False, [
      "S:Quillfeather EHR, LLC  -  1180 Granite Avenue  -  Boise, ID 83702",
      "S:February 3, 2025",
      "Dr. Naomi Feld\nFeld Counseling Associates\n22 Poplar Street\nNampa, ID 83651",
      "Re: Change to the annual CPT licence charge - Account 40-1177",
      "Dear Dr. Feld,",
      "Thank you for choosing Quillfeather for your charting and claims. We are writing about the "
      "annual charge we collect for the use of CPT codes, which the American Medical Association "
      "licenses to us and which we in turn make available to you.",
      "Until now that charge has been $20.00 per rendering provider per year. Because the AMA raised "
      "the royalty it bills us, the charge is now $22.00 per rendering provider per year, and the new "
      "amount applies starting with the invoice enclosed with this letter. Everything else about your "
      "subscription stays the same.",
      "Your account currently has three rendering providers, so the CPT line on the enclosed invoice "
      "is $66.00. Providers you add later this year will be charged when they are activated.",
      "If you have questions, please reply to billing@quillfeather.example or call our billing team.",
      "Sincerely,",
      "Marta Olsen\nDirector, Customer Billing\nQuillfeather EHR, LLC",
  ])

# ---------------------------------------------------------------- P6 invoice
D("p06", "pass_through", "Ridgeway Practice Cloud, Inc.", (64.0, "location", "year"),
  "Multi-row invoice: per-user subscription rows (trap) and a CPT/AMA licence line of $64 per location for 2025",
  "Helvetica", True, [
      "T:INVOICE",
      "S:Ridgeway Practice Cloud, Inc. - Remit to: PO Box 5521, Columbus, OH 43216",
      "|Invoice no.|RPC-2025-000418",
      "|Invoice date|January 6, 2025",
      "|Bill to|Maple Hollow Pediatrics, Inc., 9 Fairview Road, Dublin, OH",
      "|Terms|Net 30",
      "H:Charges",
      "|Description|Period|Qty|Rate|Amount",
      "|Practice Cloud subscription - clinical user|Jan 2025|6|$89.00|$534.00",
      "|Practice Cloud subscription - admin user|Jan 2025|3|$39.00|$117.00",
      "|Electronic claims (batch)|Dec 2024|412|$0.29|$119.48",
      "|CPT/AMA license - calendar 2025 (per clinic location)|2025|2|$64.00|$128.00",
      "|Text reminders|Dec 2024|830|$0.03|$24.90",
      "|Subtotal|||||$923.38",
      "|Sales tax (subscription only)|||||$39.06",
      "|Total due|||||$962.44",
      "H:Messages",
      "The CPT/AMA license line is charged once a year for each clinic location on the account and "
      "covers Ridgeway's royalty to the American Medical Association for CPT content. Questions about "
      "this invoice: ar@ridgewaycloud.example.",
  ])

# ---------------------------------------------------------------- P7 billing notice web, per practice
D("p07", "pass_through", "Tandem Rehab Software LLC", (48.0, "organization", "year"),
  "Web billing notice: new AMA CPT fee of $48 per practice account per year",
  "Helvetica", False, [
      "S:tandemrehab.example/notices/2025-cpt",
      "T:Billing notice: AMA CPT access fee",
      "S:Posted by Tandem Rehab Software LLC - Account & Billing",
      "Starting with the 2025 billing year, Tandem Rehab Software LLC will collect an annual fee for "
      "access to CPT(R) codes in Tandem. The American Medical Association owns CPT and charges us a "
      "royalty for making the codes available in our therapy documentation and billing tools.",
      "H:What it costs",
      "The fee is a flat $48.00 per practice account per year, no matter how many therapists or staff "
      "use the account. Multi-clinic groups that run several clinics under one Tandem account pay it "
      "once.",
      "H:When it is billed",
      "It is added to your renewal invoice. Accounts that renew monthly will see it on the January "
      "invoice.",
      "H:What you need to do",
      "Nothing. The fee is collected automatically using the payment method on file. You do not need "
      "to contact the AMA.",
      "S:CPT is a registered trademark of the American Medical Association.",
  ])

# ---------------------------------------------------------------- P8 EULA + order form schedule
D("p08", "pass_through", "Northmere Data Services, Inc.", (14.0, "user", "year"),
  "End-user terms: End User must obtain a CPT licence and pay the fee in the Order Form; schedule sets $14 per user per year sold by vendor",
  "Times-Roman", True, [
      "S:northmere.example/legal/cpt-end-user-terms",
      "T:Northmere CPT End User Terms",
      "S:Northmere Data Services, Inc. - version 2025.1",
      "These terms apply to any customer (\"End User\") of Northmere Data Services, Inc. "
      "(\"Northmere\") whose subscription includes Current Procedural Terminology (\"CPT\") content. "
      "Northmere distributes CPT under a license from the American Medical Association (\"AMA\").",
      "1. License. End User must obtain a license to use CPT in the Northmere product and pay the "
      "applicable license fee as set out in the Order Form. On payment, Northmere grants End User a "
      "non-exclusive, non-transferable sublicense to use CPT solely for End User's internal purposes.",
      "2. Restrictions. End User may not copy, sell, distribute or create derivative works of CPT, or "
      "use it outside the United States.",
      "3. Counting. The fee is calculated on each individual who is able to view or use CPT in the "
      "product, whether or not that individual uses it in a given month.",
      "4. Notices. CPT only copyright 2024 American Medical Association. All rights reserved. Fee "
      "schedules, relative value units, conversion factors and/or related components are not assigned "
      "by the AMA. The AMA does not directly or indirectly practice medicine or dispense medical "
      "services.",
      "5. U.S. Government Rights. CPT is commercial technical data developed exclusively at private "
      "expense; government use is subject to the restrictions in FAR and DFARS as applicable.",
      "H:Order Form Schedule - CPT License Fee",
      "|License|Basis|Fee",
      "|CPT end-user license (via Northmere)|per user, per contract year|$14.00",
      "|Minimum|per account|5 users",
  ])

# ---------------------------------------------------------------- P9 web help, split royalty + handling
D("p09", "pass_through", "Pellucid Therapy Systems Corp.", (21.5, "provider", "year"),
  "Help article: $18.50 AMA royalty plus $3.00 handling per practitioner per year (sum 21.50)",
  "Helvetica", True, [
      "S:support.pellucid.example > Subscriptions > Charges explained",
      "T:What is the CPT royalty on my statement?",
      "S:Pellucid Therapy Systems Corp.",
      "Each year your Pellucid statement includes a charge for the CPT codes used in notes, superbills "
      "and claims. The codes belong to the American Medical Association, which charges us a royalty "
      "for every practitioner who uses them through our system.",
      "H:The breakdown",
      "|Component|Amount|Basis",
      "|AMA royalty|$18.50|per practitioner, per year",
      "|Pellucid handling charge|$3.00|per practitioner, per year",
      "The two components are billed together as a single line on your statement.",
      "H:Who is a practitioner?",
      "Anyone on your account marked as a licensed practitioner: therapists, psychologists, counselors "
      "and supervisors who sign notes. Interns who do not have their own caseload are not counted.",
      "H:Can I remove a practitioner?",
      "You can deactivate a practitioner at any time, but the royalty for the current year is not "
      "refunded once billed.",
  ])

# ---------------------------------------------------------------- P10 billing service, Provider = practice
D("p10", "pass_through", "Sablefield Revenue Partners, Inc.", (250.0, "organization", "year"),
  "Billing-service agreement where 'Provider' is the practice; Company passes through $250 per Provider (entity) per year for the CPT licence in its billing platform",
  "Times-Roman", False, [
      "T:REVENUE CYCLE SERVICES AGREEMENT",
      "This Revenue Cycle Services Agreement is between Sablefield Revenue Partners, Inc., a Texas "
      "corporation (the \"Company\"), and Lone Oak Cardiology Associates, P.A. (the \"Provider\"). "
      "The Provider is a medical group practice; the Company provides billing and collection services.",
      "ARTICLE 1 - SERVICES",
      "1.1 The Company will prepare and submit the Provider's professional claims, post payments, work "
      "denials and follow up on unpaid balances, using the Company's billing platform.",
      "1.2 The Provider remains responsible for the accuracy of its clinical documentation and for "
      "selecting the diagnosis and procedure codes that support each claim.",
      "ARTICLE 2 - COMPENSATION",
      "2.1 The Provider will pay the Company 5.5% of net collections received each month.",
      "2.2 CPT License. The Company's billing platform contains CPT codes and descriptors licensed to "
      "the Company by the American Medical Association. The Provider shall reimburse the Company for "
      "the CPT license attributable to the Provider at a flat rate of $250.00 per Provider per year, "
      "covering all of the Provider's physicians and staff under its tax identification number. This "
      "amount is separate from and in addition to the percentage in Section 2.1.",
      "2.3 Invoices are due within fifteen (15) days.",
      "ARTICLE 3 - RECORDS",
      "3.1 The Company will keep claim records for at least seven years and give the Provider access on "
      "reasonable request.",
  ] + boil("article", 4, [0, 2, 4, 5]) + [
      "SIG:Sablefield Revenue Partners, Inc.|Lone Oak Cardiology Associates, P.A.",
  ])
