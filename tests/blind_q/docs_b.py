# -*- coding: utf-8 -*-
"""Vendor-covers documents (13): the vendor's price includes the CPT licence."""
from common import COOKIE_1, COOKIE_2, COOKIE_3, web

DOCS = []

# V1 -- KB article: do I need to pay the AMA? No.
DOCS.append(dict(
    key="vc_kb_saltmarsh", word="faq", font="Helvetica", page="letter",
    title="Do I need to pay the AMA for CPT codes?",
    **web("https://help.saltmarshehr.example/kb/cpt-licensing", "Do I need to pay the AMA for CPT codes? | Saltmarsh Knowledge Base", "5/6/25, 3:20 PM"),
    desc="Knowledge-base article: Saltmarsh holds an AMA distribution licence and the royalty is built into the subscription; no separate CPT charge; vendor covers (other-system licences mentioned only as a caveat).",
    label=dict(coverage="vendor_covers", fee=None, vendor="Saltmarsh EHR, Inc."),
    blocks=[
        ("banner", COOKIE_2),
        ("crumbs", "Knowledge Base  »  Billing  »  Codes & Compliance"),
        ("h1", "Do I need to pay the AMA for CPT codes?"),
        ("small", "Article KB-0921 · Audience: practice owners, office managers"),
        ("p", "Several EHR companies have begun adding an \"AMA fee\" to their invoices, and a number of Saltmarsh customers "
              "have asked whether one is coming. Here is our answer."),
        ("h2", "Short answer"),
        ("p", "No. Saltmarsh EHR, Inc. is a licensed CPT distributor under an agreement with the American Medical "
              "Association. We pay the AMA's royalty for every one of your users out of the subscription you already pay. "
              "You will not see a CPT or AMA line on your Saltmarsh invoice, and we do not plan to add one during your "
              "current subscription term."),
        ("h2", "What does that cover?"),
        ("p", "It covers CPT codes and descriptors as they appear anywhere inside Saltmarsh: the superbill, charge capture, "
              "order sets, reports and the claims we send through our integrated clearinghouse."),
        ("h2", "What doesn't it cover?"),
        ("p", "It does not cover other software your practice uses. If your billing company or a separate reporting tool shows "
              "CPT content, that product needs its own coverage, and you should ask that vendor how it handles the royalty."),
        ("h2", "Why do other vendors charge for this?"),
        ("p", "The AMA charges distributors a royalty for each user. Some vendors choose to show it as a separate line. "
              "We decided to keep one all-in price."),
        ("h2", "Do I have to accept anything?"),
        ("p", "Yes. The AMA requires that end users accept its end-user terms, which are included in the Saltmarsh Subscriber "
              "Agreement at section 11. There is no separate charge for accepting them."),
        ("hr",),
        ("h3", "Related articles"),
        ("ul", ["Annual code set updates: CPT in January, ICD-10 in October", "What is included in my subscription?",
                "How to read your Saltmarsh invoice"]),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# V2 -- invoice with $0.00 included line
DOCS.append(dict(
    key="vc_inv_tamarack", word="bill", font="Helvetica", page="letter",
    title="Tamarack invoice 10-44871",
    desc="Ruled invoice: subscription and implementation lines, with 'AMA CPT end-user license 2025 - included in subscription' at $0.00; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Tamarack Practice Solutions, LLC"),
    blocks=[
        ("h1", "Tamarack Practice Solutions, LLC"),
        ("p", "808 Aspen Ridge Drive · Bozeman, MT 59700 · accounts@tamarackps.example"),
        ("hr",),
        ("kv", [("Invoice", "10-44871"), ("Date", "January 2, 2025"), ("Customer", "Big Sky Podiatry, PLLC"),
                ("Customer ID", "BSP-203"), ("Payment terms", "Due on receipt (auto-pay)")]),
        ("table", [["Description", "Period", "Qty", "Rate", "Amount"],
                   ["Tamarack PM + EHR Bundle (per provider)", "Jan 2025", "3", "$399.00", "$1,197.00"],
                   ["Additional staff users", "Jan 2025", "5", "$25.00", "$125.00"],
                   ["AMA CPT end-user license, 2025 - included in subscription", "Jan-Dec 2025", "8", "$0.00", "$0.00"],
                   ["Implementation, installment 3 of 3", "", "1", "$800.00", "$800.00"],
                   ["Clearinghouse claims (Dec 2024)", "Dec 2024", "402", "$0.20", "$80.40"],
                   ["Total", "", "", "", "$2,202.40"]],
         {"ruled": True, "widths": [0.42, 0.15, 0.08, 0.15, 0.2], "bold_last": True}),
        ("p", "**About the CPT line.** Tamarack is licensed by the American Medical Association to distribute CPT. The AMA "
              "royalty for each of your users is paid by Tamarack and is part of the bundle price; the line is shown at $0.00 "
              "so that your records show the licence is in place for the year."),
        ("small", "Thank you for your business. Auto-pay will charge your card ending 4412 on January 5, 2025."),
    ]))

# V3 -- click-through EULA with sublicense and royalties included
DOCS.append(dict(
    key="vc_eula_umberwood", word="license", font="Times", page="letter",
    title="Umberwood End User License Agreement",
    desc="Click-through EULA: grants a CPT sublicense and states the Subscription Fees include all royalties payable to the AMA, with no CPT fee anywhere; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Umberwood Software Corporation"),
    blocks=[
        ("h1", "End User License Agreement"),
        ("small", "Please read before clicking ACCEPT. Version 2025.1"),
        ("p", "This End User License Agreement (\"EULA\") is between Umberwood Software Corporation (\"Provider\") and the "
              "entity accepting it (\"Subscriber\"). It governs Subscriber's use of Umberwood ClinicSuite (the \"Product\")."),
        ("h3", "1. Grant"),
        ("p", "Provider grants Subscriber a non-exclusive, non-transferable, non-sublicensable right to use the Product during "
              "the subscription term for Subscriber's internal operations."),
        ("h3", "2. Licensed Code Content"),
        ("p", "2.1 The Product includes Current Procedural Terminology (CPT), a work of the American Medical Association "
              "(\"AMA\"). Provider is party to a distribution license agreement with the AMA. Provider grants Subscriber and its "
              "authorized users a non-exclusive, non-transferable sublicense to use CPT solely as contained in the Product and "
              "solely for Subscriber's internal use within the United States."),
        ("p", "2.2 The Subscription Fees include all royalties payable to the AMA for CPT content used by Subscriber's "
              "authorized users in the Product. Provider shall not invoice Subscriber separately for CPT content."),
        ("p", "2.3 Subscriber shall not (a) copy CPT content out of the Product except in printouts incidental to patient care "
              "or billing; (b) distribute CPT content to any third party; or (c) remove any copyright notice. Use by affiliates "
              "or other legal entities requires their own acceptance of this EULA."),
        ("p", "2.4 U.S. Government end users: the AMA created CPT entirely with its own funds, and government end users "
              "receive only the limited rights set out in the FAR and DFARS clauses that apply to them."),
        ("h3", "3. Fees"),
        ("p", "Subscriber shall pay the Subscription Fees in its order. Fees are due monthly in advance and are non-refundable "
              "except as stated in Section 8."),
        ("pb",),
        ("h3", "4. Warranties and Disclaimer"),
        ("p", "Provider warrants that it holds the rights needed to grant the licenses in Sections 1 and 2. Otherwise the Product "
              "is provided \"as is\". The AMA disclaims responsibility for any consequences of using CPT."),
        ("h3", "5. Termination"),
        ("p", "The sublicense in Section 2 ends when this EULA ends. If Provider's agreement with the AMA ends, Provider will give "
              "Subscriber notice and may substitute code content from another authorized source at no additional charge."),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved.   [ ACCEPT ]   [ DECLINE ]"),
    ]))

# V4 -- email thread, sales rep says maybe a fee; latest reply from billing corrects: absorbed
DOCS.append(dict(
    key="vc_mail_vantage", header=('Riverstone ENT Mail - Print', 'RE: Quote follow-up - AMA fee?'), pagenum="%d", word="correspondence", font="Helvetica", page="letter",
    title="RE: Quote follow-up - AMA fee?",
    desc="E-mail thread: a sales rep first says an AMA fee of about $18 per user 'will probably' be added; the latest reply from the vendor's billing manager corrects this: the royalty is absorbed in the subscription and no separate CPT charge will be billed; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Vantage Hollow Health, Inc."),
    blocks=[
        ("email", [("From", "Sofia Brandt <sbrandt@vantagehollow.example>"),
                   ("To", "Keith Morrow <kmorrow@riverstoneent.example>"),
                   ("Cc", "Tyler Nash <tnash@vantagehollow.example>"),
                   ("Date", "Friday, August 15, 2025 11:30 AM"),
                   ("Subject", "RE: Quote follow-up - AMA fee?")]),
        ("p", "Keith,"),
        ("p", "I manage billing operations at Vantage Hollow Health, Inc. and want to set the record straight on Tyler's note from "
              "yesterday. We do pay the AMA a royalty for CPT content in our platform, but that cost is absorbed in your "
              "subscription. You will not be billed a separate AMA or CPT charge, now or at renewal, under the quote you "
              "received (Q-7781). Tyler was thinking of a competitor's pricing."),
        ("p", "The figure he mentioned ($18 per user) is roughly what the AMA charges us. It is not a number you will see on "
              "any Vantage invoice."),
        ("p", "Best regards,\nSofia Brandt\nManager, Billing Operations"),
        ("pb",),
        ("email", [("From", "Tyler Nash <tnash@vantagehollow.example>"),
                   ("To", "Keith Morrow <kmorrow@riverstoneent.example>"),
                   ("Date", "Thursday, August 14, 2025 5:02 PM"),
                   ("Subject", "RE: Quote follow-up - AMA fee?")]),
        ("quote", ["Hi Keith, good question. I believe there will probably be an AMA fee added on top, something like $18 per "
                   "user per year, but let me confirm with our billing team. Talk soon, Tyler"]),
        ("email", [("From", "Keith Morrow <kmorrow@riverstoneent.example>"),
                   ("To", "Tyler Nash <tnash@vantagehollow.example>"),
                   ("Date", "Thursday, August 14, 2025 2:47 PM"),
                   ("Subject", "Quote follow-up - AMA fee?")]),
        ("quote", ["Tyler, thanks for the quote. Before I take it to our partners: another ENT group told us their EHR added an "
                   "\"AMA fee\" last year. Is that going to be on top of the $289 per provider? We have 6 providers and about 20 "
                   "staff. -- Keith Morrow, Administrator, Riverstone ENT"]),
        ("small", "Vantage Hollow Health, Inc. · 200 Foundry St, Lowell, MA 01850"),
    ]))

# V5 -- pricing grid: CPT included; add-ons for HCPCS DME and CDT
DOCS.append(dict(
    key="vc_pricing_willowmere", word="plans", font="Helvetica", page="A4",
    title="Compare plans | Willowmere",
    **web("https://willowmereclinical.example/compare-plans", "Compare plans | Willowmere", "7/30/25, 10:02 AM"),
    desc="Pricing page comparison grid: CPT code library 'Included' on all plans with a footnote that AMA royalties are paid by Willowmere and built into plan prices; the add-ons are a DME/HCPCS module and a CDT dental module (not CPT); vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Willowmere Clinical, Inc."),
    blocks=[
        ("banner", COOKIE_3),
        ("crumbs", "Willowmere  ›  Pricing  ›  Compare plans"),
        ("h1", "Compare plans"),
        ("p", "Per provider, per month. Annual plans billed yearly in advance."),
        ("table", [["", "Essentials", "Growth", "Multi-site"],
                   ["Price", "$119", "$179", "$229"],
                   ["Charting, e-Rx, labs", "\u2713", "\u2713", "\u2713"],
                   ["CPT\u00ae code library*", "Included", "Included", "Included"],
                   ["ICD-10-CM search", "Included", "Included", "Included"],
                   ["Integrated claims", "\u2014", "\u2713", "\u2713"],
                   ["DME / HCPCS Level II supply module", "Add-on $9/mo", "Add-on $9/mo", "\u2713"],
                   ["Dental charting with CDT codes", "Add-on $15/mo", "Add-on $15/mo", "Add-on $15/mo"],
                   ["Multi-location reporting", "\u2014", "\u2014", "\u2713"]],
         {"ruled": True, "widths": [0.37, 0.21, 0.21, 0.21]}),
        ("small", "* CPT content is provided under Willowmere's distribution license with the American Medical Association. "
                  "The AMA royalty for every user of your account is paid by Willowmere Clinical, Inc. and is built into the "
                  "plan prices above; there is no separate AMA or CPT charge. The CDT add-on includes the American Dental "
                  "Association's royalty for dental codes."),
        ("h2", "Questions"),
        ("h3", "Do staff users cost extra?"),
        ("p", "Up to three non-provider users per provider are free. Beyond that, $10 per user per month."),
        ("h3", "Is there an implementation fee?"),
        ("p", "Essentials: none. Growth and Multi-site: $750 one-time per location, waived on 3-year agreements."),
        ("small", "Prices exclude applicable taxes. CPT is a registered trademark of the American Medical Association. "
                  "CDT is a registered trademark of the American Dental Association."),
    ]))

# V6 -- clearinghouse agreement, Provider = practice; royalty in per-claim fees
DOCS.append(dict(
    key="vc_clearing_yarrow", word="submitter", font="Times", page="letter",
    title="Yarrow Creek Submitter Agreement",
    desc="Clearinghouse submitter agreement (Provider = practice): Clearinghouse is an AMA-authorized distributor, grants a CPT sublicense, and its per-claim fees include the royalty with no separate CPT charge to Provider; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Yarrow Creek Clearinghouse, LLC"),
    blocks=[
        ("h1", "Electronic Submitter Agreement"),
        ("p", "This Agreement is between Yarrow Creek Clearinghouse, LLC (\"Clearinghouse\") and the physician, group or other "
              "health care provider that signs below (\"Provider\")."),
        ("h3", "1. Appointment"),
        ("p", "Provider appoints Clearinghouse as its agent to transmit claims and receive remittance and status information "
              "from payers on Provider's behalf."),
        ("h3", "2. Provider's Duties"),
        ("p", "Provider shall (a) submit only claims for services actually rendered; (b) keep its user credentials secure; "
              "(c) remain responsible for its coding choices; and (d) notify Clearinghouse of any change in its tax "
              "identification number or NPI."),
        ("h3", "3. Code Sets in the Portal"),
        ("p", "3.1 The Yarrow Creek portal displays CPT codes and descriptions in claim-correction and denial-management "
              "screens. Clearinghouse is an authorized distributor of CPT under a license from the American Medical "
              "Association and hereby grants Provider a limited sublicense to view and use that content inside the portal "
              "for Provider's internal billing."),
        ("p", "3.2 The transaction fees in Exhibit 1 include the royalty owed to the AMA for Provider's users of the portal. "
              "Provider owes no separate fee for CPT content."),
        ("p", "3.3 ICD-10-CM and HCPCS Level II codes in the portal are public federal code sets."),
        ("pb",),
        ("h3", "4. Fees"),
        ("p", "Exhibit 1: professional claims $0.24 each; institutional claims $0.31 each; real-time eligibility $0.10 each; "
              "ERA enrollment $0.00; monthly minimum $25.00. Fees may change on 60 days' written notice."),
        ("h3", "5. Term"),
        ("p", "Either party may end this Agreement on 30 days' written notice."),
        ("h3", "6. Miscellaneous"),
        ("p", "This Agreement, with the Business Associate Addendum, is the entire agreement between the parties regarding its "
              "subject matter. Virginia law governs."),
        ("sig", ["YARROW CREEK CLEARINGHOUSE, LLC", "By: __________________", "Title: Director of Provider Services"],
                ["PROVIDER: Shenandoah Pediatric Partners, PC", "By: __________________", "NPI: 1234567890"]),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved. CPT is a registered trademark of the AMA."),
    ]))

# V7 -- billing service: billing company's own coder licences at its cost; Provider = practice
DOCS.append(dict(
    key="vc_billing_ashgrove", word="agreement", font="Times", page="A4",
    title="Revenue Cycle Services Agreement",
    desc="Billing-service agreement (Group = practice): the billing company uses CPT under its own AMA licence, including for reports it shares with Group, at its own cost and states no CPT charge will be passed to Group; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Ashgrove Medical Billing Group, Inc."),
    blocks=[
        ("h1", "Revenue Cycle Services Agreement"),
        ("p", "Parties: Ashgrove Medical Billing Group, Inc. (\"Ashgrove\") and Prairie Wind Urgent Care, LLC (\"Group\"). "
              "Effective date: May 1, 2025."),
        ("h3", "1. Scope"),
        ("p", "Ashgrove will perform coding review, charge entry, claim submission, payment posting, denial follow-up and "
              "patient statement services for Group's professional claims. Ashgrove's staff will work in Ashgrove's own "
              "billing system and will receive encounter documentation from Group's EHR by secure export."),
        ("h3", "2. Fees"),
        ("p", "2.1 Group shall pay Ashgrove five percent (5%) of net collections received in each calendar month, with a "
              "minimum monthly fee of one thousand two hundred dollars ($1,200)."),
        ("p", "2.2 A one-time onboarding fee of $2,000 is payable on signature."),
        ("p", "2.3 Patient statements are billed at $0.85 per statement mailed."),
        ("h3", "3. Code Licences"),
        ("p", "3.1 Ashgrove holds a license from the American Medical Association covering use of CPT by Ashgrove's coders "
              "and billers in Ashgrove's billing system and in the reports Ashgrove provides to Group, including the "
              "read-only reporting portal Ashgrove makes available to Group's staff."),
        ("p", "3.2 The cost of that license is borne by Ashgrove and is included in the fees in Section 2. Ashgrove will not "
              "pass any CPT or AMA charge through to Group."),
        ("p", "3.3 This Section does not extend to Group's own EHR or practice management software, which remain "
              "Group's responsibility with its own vendors."),
        ("pb",),
        ("h3", "4. Group Duties"),
        ("p", "Group shall supply complete documentation within three business days of each encounter and respond to coding "
              "queries within five business days."),
        ("h3", "5. Term and Termination"),
        ("p", "Initial term two years. Either party may terminate for convenience on ninety days' notice after the first year."),
        ("sig", ["ASHGROVE MEDICAL BILLING GROUP, INC.", "By: ______________", "Lena Ortiz, CEO"],
                ["PRAIRIE WIND URGENT CARE, LLC", "By: ______________", "Dr. Samuel Reyes, Managing Member"]),
    ]))

# V8 -- letter announcing AMA increase, vendor absorbs; amounts in words
DOCS.append(dict(
    key="vc_letter_birchfield", word="letter", font="Times", page="letter",
    title="Birchfield: 2026 AMA royalty",
    desc="Letter announcing the AMA's per-user royalty rises to eighteen dollars fifty for 2026, and that Birchfield will keep absorbing it inside the subscription with no separate charge; vendor covers despite the fee being described.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Birchfield Health Software, Inc."),
    blocks=[
        ("p", "BIRCHFIELD HEALTH SOFTWARE, INC.\n55 Cooper Mill Road · Knoxville, TN 37900"),
        ("sp", 8),
        ("p", "October 1, 2025"),
        ("p", "To: All Birchfield practice administrators"),
        ("p", "**Subject: The AMA's 2026 CPT royalty and your Birchfield subscription**"),
        ("p", "Dear Administrator,"),
        ("p", "Each autumn the American Medical Association publishes the royalty it will charge software companies for CPT "
              "content in the following year. For 2026 the AMA has set that royalty at eighteen dollars and fifty cents for "
              "each user, fifty cents more than this year."),
        ("p", "We know many of you have seen other vendors add this amount to their invoices. Birchfield will not. As in "
              "previous years, Birchfield pays the AMA royalty for all of your users out of the subscription fees you already "
              "pay, and your invoice will not carry any separate AMA or CPT line in 2026."),
        ("p", "Your subscription price for 2026 will change only as described in your agreement's annual adjustment clause, "
              "which limits any increase to three percent. Your renewal notice, sent separately, shows the exact amount."),
        ("p", "You do not need to do anything. Your users remain covered by Birchfield's sublicense under the end-user terms you "
              "accepted at sign-up."),
        ("p", "With thanks for your continued trust,"),
        ("p", "Harold Jennings\nChief Customer Officer\nBirchfield Health Software, Inc."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# V9 -- release notes mentioning CPT sublicense included in maintenance
DOCS.append(dict(
    key="vc_release_cobblestone", word="changelog", font="Courier", page="letter", size=9,
    title="Cobblestone PM 2026.1 release notes",
    desc="Release notes for an on-premise PM system: 2026 CPT code set loaded; notes that the CPT sublicense remains included in the annual maintenance fee at no additional cost; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Cobblestone PM, Inc."),
    blocks=[
        ("h2", "Cobblestone PM 2026.1 - Release Notes"),
        ("mono", "Build 2026.1.0.412   Released 12/08/2025   Server + workstation update\nPublisher: Cobblestone PM, Inc., 9 Kiln Street, Dayton OH 45400"),
        ("h3", "CODE SETS"),
        ("ul", ["2026 CPT code set loaded (new, revised and deleted codes effective 01/01/2026).",
                "HCPCS Level II January quarterly file from CMS loaded.",
                "ICD-10-CM codes are unchanged in this build (next update in the October release).",
                "Licensing reminder: your CPT sublicense from Cobblestone continues to be included in your annual maintenance "
                "fee at no additional cost. Cobblestone remits the AMA royalty; no action is needed by your site."]),
        ("h3", "ENHANCEMENTS"),
        ("ul", ["Charge entry: new column for units override on timed codes.",
                "Statements: option to suppress zero-balance statements.",
                "Scheduler: colour coding by appointment type can be copied between providers."]),
        ("h3", "FIXES"),
        ("ul", ["CR-8812 Aging report totals did not match when filtered by location.",
                "CR-8820 Workstation update failed when Windows user profile path contained a space.",
                "CR-8831 Crash when printing the day sheet with more than 400 visits."]),
        ("h3", "INSTALL NOTES"),
        ("mono", "1. Back up the database before installing.\n2. Run SERVERUPD.EXE on the server first, then WSUPD.EXE on each\n   workstation.\n3. Restart the Cobblestone Service."),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved."),
    ]))

# V10 -- onboarding checklist: CPT covered; only click-through to accept
DOCS.append(dict(
    key="vc_onboard_driftwood", word="onboarding", font="Helvetica", page="letter",
    title="Driftwood onboarding checklist",
    desc="Onboarding checklist: the CPT licensing item says there is nothing to pay; Driftwood's AMA distribution agreement covers all users at no extra charge, only the AMA end-user terms must be accepted at first login; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Driftwood Health Systems, LLC"),
    blocks=[
        ("h1", "Welcome to Driftwood: onboarding checklist"),
        ("p", "Prepared by Driftwood Health Systems, LLC for **Tidewater Behavioral Associates**. Keep this list handy; "
              "your onboarding coordinator will tick items off on your weekly call."),
        ("table", [["#", "Task", "Owner", "Status"],
                   ["1", "Sign Subscription Agreement and BAA", "Practice", "Done"],
                   ["2", "Pay implementation fee ($1,250)", "Practice", "Done"],
                   ["3", "Provide staff list with roles (provider / biller / front desk)", "Practice", "Done"],
                   ["4", "Configure locations, rooms and appointment types", "Driftwood", "In progress"],
                   ["5", "CPT licensing: nothing to buy. Driftwood's AMA distribution agreement covers every user on your "
                         "account at no extra charge. Each user will be asked to accept the AMA end-user terms on first login.",
                    "Driftwood / each user", "Open"],
                   ["6", "Import fee schedule and payer list", "Driftwood", "Open"],
                   ["7", "Clearinghouse enrollment (EDI, ERA)", "Practice", "Open"],
                   ["8", "Staff training: 3 live sessions", "Both", "Open"],
                   ["9", "Go-live and first-week hypercare", "Both", "Open"]],
         {"ruled": True, "widths": [0.05, 0.6, 0.2, 0.15]}),
        ("h3", "Tips"),
        ("ul", ["Enrollment with payers can take up to three weeks; start item 7 early.",
                "Your subscription is $159 per provider per month; staff users are free.",
                "Questions: onboarding@driftwoodhealth.example."]),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# V11 -- renewal quote with escalator, ICD-10 update line (trap), price includes AMA royalties
DOCS.append(dict(
    key="vc_quote_elmstead", word="renewalquote", font="Helvetica", page="A4",
    title="Elmstead renewal quote",
    desc="Renewal quote with a 5% escalator cap, totals and an 'ICD-10-CM update service' line; a note states the licence prices include AMA CPT royalties and no separate CPT charge applies; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Elmstead Medical Software, Inc."),
    blocks=[
        ("h1", "Renewal Quote R-5521"),
        ("kv", [("From", "Elmstead Medical Software, Inc., 14 Beacon Wharf, Portland, ME 04100"),
                ("To", "Casco Bay Orthopedics, P.A."), ("Term", "July 1, 2025 - June 30, 2026"), ("Quote date", "May 5, 2025")]),
        ("table", [["Item", "Qty", "Unit price", "Extended"],
                   ["Elmstead Ortho EHR licence, per provider per year", "7", "$3,360.00", "$23,520.00"],
                   ["Staff licences, per user per year", "16", "$288.00", "$4,608.00"],
                   ["ICD-10-CM update service, annual", "1", "$150.00", "$150.00"],
                   ["PT/OT module", "1", "$1,900.00", "$1,900.00"],
                   ["Annual total", "", "", "$30,178.00"]],
         {"ruled": "lines", "widths": [0.52, 0.1, 0.18, 0.2], "bold_last": True}),
        ("h3", "Conditions"),
        ("ol", ["Prices include a 4% increase over the prior term. Your agreement caps annual increases at 5%.",
                "Provider and staff licence prices include the royalties Elmstead pays to the American Medical Association for "
                "CPT content. No separate CPT or AMA charge applies to this renewal.",
                "The ICD-10-CM update service covers Elmstead's work loading the October code update and mapping tables; the "
                "ICD-10-CM code set itself is published free of charge by the federal government.",
                "Quote valid 45 days."]),
        ("sig", ["Accepted: Casco Bay Orthopedics, P.A.", "______________________", "Date: ________"],
                ["Elmstead Medical Software, Inc.", "______________________", "Diane Poirier, Account Manager"]),
    ]))

# V12 -- plain-English you/we terms, AMA direct prices for comparison
DOCS.append(dict(
    key="vc_terms_foxglove", word="plainterms", font="Helvetica", page="letter",
    title="Foxglove: the deal, plainly",
    desc="Plain-English terms: we are an AMA distributor and your plan price already includes the CPT royalty; cites what a direct AMA licence would cost only for comparison; vendor covers.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Foxglove Practice Apps, Inc."),
    blocks=[
        ("h1", "The deal, plainly"),
        ("p", "This page is part of your agreement with Foxglove Practice Apps, Inc. (\"we\", \"us\"). \"You\" means the "
              "practice that signs up and everyone you invite to your account."),
        ("h3", "1. What you pay"),
        ("p", "One price per clinician per month, shown on your plan page. Staff who are not clinicians are free. "
              "Card processing for patient payments is 2.9% + 30 cents per transaction."),
        ("h3", "2. CPT codes"),
        ("p", "Our billing screens use CPT codes, which belong to the American Medical Association. We have a distribution "
              "agreement with the AMA, and the royalty for you and your team is already inside your plan price. We don't add "
              "an AMA fee to your bill."),
        ("p", "Why mention it at all? Because people ask. If you went to the AMA directly for an internal-use licence, the AMA's "
              "published 2025 price is an entity fee (it was $82.50 in 2024) plus $18.50 for each user, every year, for each "
              "application. With us you don't need one for Foxglove."),
        ("p", "You do need to follow the AMA's end-user rules: use the codes only for your own practice, don't copy them "
              "into other products, and keep the copyright notices in place."),
        ("h3", "3. Your data"),
        ("p", "It's yours. We process it only to run Foxglove for you. See our Business Associate Agreement."),
        ("h3", "4. Changes"),
        ("p", "We can change plan prices with 60 days' notice. If we ever stop including the AMA royalty in the plan price, we "
              "will tell you at least 90 days ahead and you may cancel without penalty."),
        ("h3", "5. Leaving"),
        ("p", "Cancel whenever you like. Export your data for 60 days after you leave."),
        ("small", "Effective June 1, 2025. Foxglove Practice Apps, Inc., 301 Lark Street, Albany, NY 12200. "
                  "CPT is a registered trademark of the American Medical Association."),
    ]))

# V13 -- Medicare contractor portal terms, point-and-click licence with no charge
DOCS.append(dict(
    key="vc_portal_granitestate", word="portal", font="Times", page="letter",
    title="Provider Portal Terms of Use - Granite State Medicare Services",
    **web("https://portal.granitestatemedicare.example/terms", "Provider Portal Terms of Use", "4/22/25, 1:14 PM"),
    desc="Medicare contractor provider-portal terms with a point-and-click CPT licence for the contractor's own materials, stated to be at no charge to the user; vendor (the contractor) covers for the portal; other uses need an AMA licence.",
    label=dict(coverage="vendor_covers", fee=None, vendor="Granite State Medicare Services, LLC"),
    blocks=[
        ("crumbs", "Home  >  Provider Portal  >  Terms of Use"),
        ("h1", "Provider Portal Terms of Use"),
        ("p", "Granite State Medicare Services, LLC (\"the Contractor\") administers Medicare Part B claims under contract "
              "with the Centers for Medicare & Medicaid Services (CMS). These terms apply to everyone who logs in to the "
              "Contractor's provider portal."),
        ("h3", "Access"),
        ("p", "Access is limited to enrolled providers, suppliers and their authorised staff and billing agents. You must not "
              "share credentials. Activity is logged and may be monitored."),
        ("h3", "Licence for use of CPT in portal materials"),
        ("p", "CPT codes, descriptions and other data are copyright of the American Medical Association. CPT is a trademark "
              "of the AMA. When you click to accept these terms, you and the staff and agents working for you receive permission to "
              "use the CPT content that appears in the Contractor's portal screens, fee schedule look-ups, newsletters and "
              "similar materials. That permission is for internal use inside your organisation in the United States, and only "
              "for work under Medicare, Medicaid or other programs run by CMS."),
        ("p", "There is no charge to you for this licence; it is provided under arrangements between CMS and the AMA."),
        ("p", "Any other use, including copying CPT for resale, creating derivative works, or using CPT in your own software, "
              "requires a separate licence from the AMA. The AMA does not practise medicine or provide medical services, "
              "directly or indirectly, and accepts no liability for data in these materials."),
        ("h3", "Government rights"),
        ("p", "The AMA developed CPT entirely at its own expense. Federal government users have only the limited rights "
              "described in the applicable FAR and DFARS clauses."),
        ("h3", "Acceptance"),
        ("p", "By selecting \"I Accept\" you agree to these terms on behalf of yourself and your organisation. If you do not "
              "agree, select \"I Decline\" and you will be returned to the home page."),
        ("small", "[ I Accept ]   [ I Decline ]     Privacy  |  Accessibility  |  FOIA  |  CMS.gov"),
    ]))
