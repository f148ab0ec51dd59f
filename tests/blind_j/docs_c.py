"""Documents, part C: vendor_covers."""
from boiler import boil
from docs_a import D

D("v01", "vendor_covers", "Palisade EHR, Inc.", None,
  "Help-centre FAQ: no extra CPT charge; subscription includes the licence and the vendor pays the AMA",
  "Helvetica", False, [
      "S:help.palisade.example / Account questions",
      "T:Do I have to pay anything extra for CPT codes?",
      "S:Palisade EHR, Inc. Knowledge Base",
      "Short answer: no.",
      "Palisade EHR, Inc. is licensed by the American Medical Association to include CPT(R) codes in "
      "our software. The royalty we owe the AMA for your users is already part of your Palisade "
      "subscription, and we pay it ourselves. You will not see a separate CPT or AMA line on your "
      "invoice.",
      "Q:Some of my colleagues are being charged by their EHR. Why not me?",
      "Vendors handle the AMA royalty in different ways. We chose to build it into our price.",
      "Q:Do I need my own license from the AMA to use codes in Palisade?",
      "Not for Palisade. Our license covers use of CPT inside Palisade. If you use CPT in other "
      "software or publications, check with those providers.",
      "Q:Will this change?",
      "We will give at least 90 days' notice before any change to how CPT is priced.",
  ])

D("v02", "vendor_covers", "Larkspur Clinical Software, LLC", None,
  "MSA: vendor is party to an AMA distribution licence and royalties are included in the subscription fees",
  "Times-Roman", True, [
      "T:MASTER SERVICES AGREEMENT",
      "S:Larkspur Clinical Software, LLC and Westhaven Gastroenterology, P.C.",
      "This Master Services Agreement (\"MSA\") governs the Customer's use of the Larkspur platform. "
      "\"Larkspur\" means Larkspur Clinical Software, LLC. \"Customer\" means Westhaven "
      "Gastroenterology, P.C.",
      "H:Article 1 - Scope",
      "Larkspur will provide the hosted clinical documentation, order entry and billing modules listed "
      "in the Statement of Work, together with support and upgrades.",
      "H:Article 2 - Fees",
      "Customer will pay the subscription fees in the Statement of Work. Fees are fixed for the initial "
      "term and may rise by no more than 4% at each renewal.",
      "H:Article 3 - Licensed Content",
      "3.1 Larkspur is party to a distribution license agreement with the American Medical Association "
      "under which it may provide CPT content to its customers. Larkspur sublicenses CPT to Customer "
      "for use within the platform only.",
      "3.2 All royalties owed to the AMA for Customer's use of CPT within the platform are included in "
      "the subscription fees and will be paid by Larkspur. Customer owes no separate fee for CPT.",
      "3.3 Customer will not extract CPT content from the platform for use elsewhere.",
  ] + boil("article", 4, [0, 1, 3, 4, 5]) + [
      "SIG:Larkspur Clinical Software, LLC|Westhaven Gastroenterology, P.C.",
  ])

D("v03", "vendor_covers", "Bramblecote Systems Corp.", None,
  "Order form with per-user subscription prices (trap) and a 'CPT content licence - Included - $0.00' row",
  "Helvetica", True, [
      "T:Bramblecote Quote & Order",
      "S:Bramblecote Systems Corp. - Quote BSC-3320 - valid until June 30, 2025",
      "|Prepared for|Elk River Dermatology, LLC",
      "|Contract term|24 months",
      "|Product / service|Qty|Unit|Monthly|Notes",
      "|Bramblecote Chart - full user|7|per user|$145.00|",
      "|Bramblecote Chart - read-only user|4|per user|$20.00|",
      "|CPT(R) content licence (AMA)|11|per user|$0.00|Included",
      "|ICD-10-CM and HCPCS code tables|1|per account|$0.00|Included",
      "|Dermatology image module|1|per account|$180.00|",
      "Bramblecote Systems Corp. holds a distribution licence from the American Medical Association and "
      "bears the royalty for CPT content in Bramblecote Chart; the CPT line is listed at no charge for "
      "reference only.",
      "Signature below accepts this quote under the Bramblecote Subscription Terms.",
      "SIG:Bramblecote Systems Corp.|Elk River Dermatology, LLC",
  ])

D("v04", "vendor_covers", "Foxhollow Health Data, Inc.", None,
  "Amendment deletes the earlier $18 CPT pass-through fee; vendor now bears all AMA royalties",
  "Times-Roman", False, [
      "T:FIRST AMENDMENT TO SUBSCRIPTION AGREEMENT",
      "This First Amendment is entered into as of September 1, 2025 by Foxhollow Health Data, Inc. "
      "(\"Foxhollow\") and Pinegate Primary Care Group, LLC (\"Customer\").",
      "Background. Under Section 5.4 of the Subscription Agreement dated October 15, 2023, Customer "
      "pays Foxhollow a CPT pass-through fee of $18.00 per provider per year. As part of the renewal "
      "negotiated this year, the parties have agreed to remove that fee.",
      "1. Deletion. Section 5.4 (CPT Pass-Through Fee) of the Subscription Agreement is deleted as of "
      "the date of this Amendment.",
      "2. New Section 5.4. The following is added as Section 5.4: \"CPT Royalties. Foxhollow shall "
      "bear all royalties payable to the American Medical Association for CPT content provided in the "
      "Services. No CPT fee will be charged to Customer.\"",
      "3. Credit. Foxhollow will credit Customer, on the next invoice, the unused portion of any CPT "
      "pass-through fee already paid for 2025.",
      "4. Other terms. All other terms of the Subscription Agreement continue unchanged. This Amendment "
      "prevails over the Subscription Agreement where they conflict.",
      "SIG:Foxhollow Health Data, Inc.|Pinegate Primary Care Group, LLC",
  ])

D("v05", "vendor_covers", "Sunnybank Practice Solutions, LLC", None,
  "Letter: vendor will absorb the AMA fee; the former $18 per-provider line is discontinued",
  "Times-Roman", False, [
      "S:Sunnybank Practice Solutions, LLC",
      "S:75 Commerce Park Drive, Greenville, SC 29607",
      "S:November 18, 2024",
      "To our valued customers,",
      "Over the past two years you have seen an annual line on your January invoice for the AMA CPT "
      "license, most recently $18.00 per provider. Many of you told us this charge was confusing and "
      "hard to budget for.",
      "We have listened. Beginning with the 2025 license year, Sunnybank will absorb the American "
      "Medical Association's CPT royalty for all customers as part of the standard subscription. Your "
      "January 2025 invoice, and every invoice after it, will not include a CPT or AMA charge, and your "
      "subscription price is not increasing to make up for it.",
      "Our license with the AMA remains in place, so your use of CPT codes in Sunnybank stays fully "
      "licensed. No action is needed from you.",
      "Thank you for being a Sunnybank customer.",
      "Warm regards,",
      "Priya Natarajan\nChief Executive Officer\nSunnybank Practice Solutions, LLC",
  ])

D("v06", "vendor_covers", "Hawthorne Ridge Software, Inc.", None,
  "End-user licence with an express CPT sublicense grant, AMA notices, and a statement of no additional charge",
  "Times-Roman", True, [
      "T:END USER LICENSE AGREEMENT",
      "S:Hawthorne Ridge Software, Inc. - ChartWell Desktop 9",
      "This End User License Agreement is between Hawthorne Ridge Software, Inc. (\"Hawthorne\") and "
      "the organization that has purchased a ChartWell subscription (\"you\").",
      "1. Grant. Hawthorne grants you a non-exclusive, non-transferable license to install and use "
      "ChartWell on computers you control for your internal clinical and billing operations.",
      "2. CPT Sublicense. ChartWell contains Current Procedural Terminology (CPT) licensed to Hawthorne "
      "by the American Medical Association. Hawthorne grants you a non-exclusive, non-transferable "
      "sublicense to use the CPT content in ChartWell for your internal use in the United States. "
      "This sublicense is provided at no additional charge beyond your ChartWell subscription.",
      "3. Restrictions. You may not publish, sell, or distribute CPT content, nor make derivative "
      "works of it, and you may not remove proprietary notices.",
      "4. AMA Notices. CPT only copyright 2024 American Medical Association. All rights reserved. "
      "Fee schedules, relative value units, conversion factors and/or related components are not "
      "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA "
      "does not directly or indirectly practice medicine or dispense medical services. The AMA assumes "
      "no liability for data contained or not contained herein.",
      "5. U.S. Government End Users. CPT is commercial technical data; rights of U.S. Government users "
      "are limited as provided in FAR 52.227-14 and DFARS 252.227-7015.",
      "6. Termination. This license ends automatically if your subscription ends. The CPT sublicense "
      "also ends if Hawthorne's license from the AMA ends.",
      "7. Warranty disclaimer. ChartWell is provided as described in its documentation and otherwise "
      "as is.",
  ])

D("v07", "vendor_covers", "Corvid Lane Technologies, Inc.", None,
  "Contradiction settled: order form lists a $17/user AMA fee, but the MSA CPT section expressly controls over any Order Form and says vendor pays all AMA royalties",
  "Helvetica", True, [
      "T:CORVID LANE SUBSCRIPTION TERMS",
      "S:Corvid Lane Technologies, Inc. (\"Corvid Lane\") / Customer: Meadowlark Sports Medicine, LLC",
      "H:1. Structure",
      "These terms apply to every Order Form. Except where a section of these terms says it controls, "
      "an Order Form prevails over these terms.",
      "H:2. Services and Support",
      "Corvid Lane provides the hosted practice management application and standard support during "
      "business hours.",
      "H:3. Fees",
      "Customer pays the fees in the Order Form monthly in advance.",
      "H:4. CPT Royalties",
      "Corvid Lane distributes CPT under its license from the American Medical Association. Corvid Lane "
      "is solely responsible for all royalties owed to the AMA for Customer's use of CPT in the "
      "application and will not charge Customer for them. This Section 4 controls over any conflicting "
      "term in any Order Form.",
  ] + boil("num", 5, [1, 4, 5]) + [
      "H:Order Form CL-1904",
      "|Item|Qty|Price",
      "|Practice management, per user per month|6|$95.00",
      "|AMA CPT fee, per user per year|6|$17.00",
      "|Clearinghouse connection|1|$50.00 per month",
      "SIG:Corvid Lane Technologies, Inc.|Meadowlark Sports Medicine, LLC",
  ])

D("v08", "vendor_covers", "Summit Ledger Billing Group, LLC", None,
  "Billing-service agreement ('Provider' = practice); billing company uses its own AMA-licensed software and bears all code-set licence costs",
  "Times-Roman", False, [
      "T:MEDICAL BILLING SERVICES AGREEMENT",
      "Parties: Summit Ledger Billing Group, LLC (\"Billing Company\") and Aspen Grove Family Practice, "
      "PLLC (\"Provider\").",
      "1. Engagement. Provider engages Billing Company to perform coding review, claim submission, "
      "payment posting and accounts receivable follow-up for Provider's professional services.",
      "2. Systems. Billing Company will perform the services on its own practice management and coding "
      "software. Provider will give Billing Company remote access to its EHR to obtain documentation.",
      "3. Code Sets. Billing Company holds the licenses needed for the code sets used in its own "
      "software, including CPT under a license from the American Medical Association, and bears all "
      "royalties and license costs for that software. These costs are included in the fee in Section 4 "
      "and will not be billed to Provider.",
      "4. Fee. Provider will pay Billing Company 6% of collections on claims Billing Company submits.",
      "5. Provider's Duties. Provider will supply complete and timely documentation and will promptly "
      "answer coding queries.",
      "6. Compliance. Billing Company will not submit a claim it knows to be false, and each party will "
      "cooperate with payer audits.",
  ] + boil("num", 7, [0, 2, 4, 6]) + [
      "SIG:Summit Ledger Billing Group, LLC|Aspen Grove Family Practice, PLLC",
  ])

D("v09", "vendor_covers", "Ferncastle Claims Network, Inc.", None,
  "Clearinghouse web FAQ: CPT lookup in the portal is AMA-licensed and its cost is included in the per-claim fee",
  "Helvetica", False, [
      "S:ferncastle.example/faq/code-lookup",
      "T:Code lookup and code set licensing - FAQ",
      "S:Ferncastle Claims Network, Inc.",
      "Q:Does the Ferncastle portal show CPT descriptions?",
      "Yes. When you key or correct a claim in the portal, you can search CPT codes by number or "
      "keyword and see the full descriptor.",
      "Q:Is there a license charge for that?",
      "No separate charge. Ferncastle licenses the CPT content from the American Medical Association, "
      "and the royalty is built into the per-claim fee you already pay. We report and pay it to the AMA "
      "ourselves.",
      "Q:What about ICD-10 and HCPCS?",
      "ICD-10-CM and HCPCS Level II tables are published by the federal government and are included at "
      "no cost.",
      "Q:Does this license my practice management system too?",
      "No. Our license covers the Ferncastle portal only.",
  ])

D("v10", "vendor_covers", "Marigold Health Systems, Inc.", None,
  "Quote: 'CPT/HCPCS code content (AMA licensed) - Included', other per-seat rows priced",
  "Helvetica", True, [
      "T:PROPOSAL AND PRICE QUOTE",
      "S:Marigold Health Systems, Inc. - Quote MHS-10442 - March 21, 2025",
      "|Prepared for|Blue Heron Surgical Associates",
      "|Sales contact|Ron Alvarez",
      "H:Software",
      "|Line|Description|Seats|Price per seat / month|Total / month",
      "|1|Marigold Surgical EHR|9|$160.00|$1,440.00",
      "|2|Marigold ASC scheduling|3|$45.00|$135.00",
      "|3|CPT/HCPCS code content (AMA licensed)|12|Included|$0.00",
      "H:Services",
      "|Line|Description|Price",
      "|4|Implementation (fixed fee)|$6,500.00",
      "|5|Go-live support (3 days on site)|$3,600.00",
      "Line 3: the American Medical Association royalty for CPT content is paid by Marigold Health "
      "Systems, Inc. and is included in the seat prices above.",
      "This quote is valid for 45 days and is subject to the Marigold Master Agreement.",
  ])

D("v11", "vendor_covers", "Tidewater Charting Co.", None,
  "Renewal notice: subscription price continues to include CPT royalties payable to the AMA",
  "Helvetica", False, [
      "T:Your 2025-2026 renewal",
      "S:Tidewater Charting Co. - Customer Success",
      "Account: Sandpiper Chiropractic, LLC\nRenewal date: August 1, 2025\nTerm: 12 months",
      "|Item|2024-25|2025-26",
      "|Tidewater Chiro, 4 providers|$4,560.00|$4,740.00",
      "|Online intake forms|$360.00|$360.00",
      "|Total|$4,920.00|$5,100.00",
      "What's changing: a 4% increase in the provider subscription, the first since 2022.",
      "What isn't: as in prior years, your subscription price continues to include the CPT royalties "
      "Tidewater Charting Co. pays to the American Medical Association. There is no separate CPT fee.",
      "Your renewal will process automatically on the card on file. Reply to this notice if you "
      "would like to change your plan.",
  ])

D("v12", "vendor_covers", "Amberlight Software, LLC", None,
  "Support email: no need for own AMA licence; vendor's AMA distribution licence covers all users at no extra cost",
  "Courier", False, [
      "S:From: Amberlight Support <support@amberlight.example>",
      "S:To: Ken Morales <kmorales@coastalpt.example>",
      "S:Date: 28 Apr 2025 14:05",
      "S:Subject: Ticket #55291 - Do we need an AMA license?",
      "Hello Ken,",
      "Thanks for reaching out. Your practice does not need to buy its own AMA license to use the CPT "
      "codes inside Amberlight. Amberlight Software, LLC holds a distribution license with the American "
      "Medical Association, and it covers every user on your account, therapists and office staff, at "
      "no extra cost to you. The royalty is part of what we pay the AMA each year.",
      "The letter you received from another company relates to their software, not ours; you may want "
      "to ask them how they handle it.",
      "Let us know if there is anything else we can help with.",
      "Best,\nLeah\nAmberlight Support Team",
  ])

D("v13", "vendor_covers", "Glenrock Informatics, Inc.", None,
  "Web end-user terms with AMA notices and a statement that subscription fees include the AMA royalty",
  "Times-Roman", True, [
      "S:glenrock.example/legal/terms#cpt",
      "T:Glenrock Terms of Service - Part 9: CPT Content",
      "S:Glenrock Informatics, Inc. - last updated April 2, 2025",
      "9.1 The Glenrock service contains Current Procedural Terminology (\"CPT\"), which is developed "
      "and copyrighted by the American Medical Association (\"AMA\"). Glenrock Informatics, Inc. "
      "distributes CPT under a license from the AMA.",
      "9.2 Licensee's subscription fees include the royalty payable to the AMA for Licensee's users "
      "of CPT within the service. Glenrock is responsible for reporting users and paying that royalty.",
      "9.3 Licensee's use of CPT is limited to its internal purposes within the service. Licensee may "
      "not sublicense, sell or redistribute CPT.",
      "9.4 CPT only copyright 2024 American Medical Association. All rights reserved. The AMA does not "
      "directly or indirectly practice medicine or dispense medical services. Fee schedules, relative "
      "value units, conversion factors and/or related components are not assigned by the AMA.",
      "9.5 U.S. Government Rights. This product includes CPT, which is commercial technical data "
      "and/or computer databases developed exclusively at private expense by the AMA. Government rights "
      "are limited as provided in FAR and DFARS.",
      "9.6 The AMA is a third-party beneficiary of this Part 9.",
  ])
