# -*- coding: utf-8 -*-
"""Pass-through documents (18): the practice pays the vendor a separate CPT/AMA fee."""
from common import COOKIE_1, COOKIE_2, COOKIE_3, web

DOCS = []

# P1 -- KB article, fee split across sections (royalty / processing / unit / period in different places)
DOCS.append(dict(
    key="pt_kb_brightmoor", word="helpcenter", font="Helvetica", page="letter",
    title="Understanding the AMA line on your statement",
    **web("https://help.brightmoorhealth.example/hc/en-us/articles/5512-ama-line", "Understanding the AMA line on your statement | Brightmoor Help Center"),
    desc="Help-centre article: Brightmoor adds an annual AMA charge of $18.50 royalty plus $1.50 handling for each clinician, stated in separate sections; pass-through of $20 per provider per year.",
    label=dict(coverage="pass_through", fee=(20.0, "provider", "year"), vendor="Brightmoor Health Systems, Inc."),
    blocks=[
        ("banner", COOKIE_1),
        ("crumbs", "Brightmoor Help Center  >  Account & Billing  >  Statements and Payments"),
        ("h1", "Understanding the AMA line on your statement"),
        ("small", "Updated 2 months ago  ·  4 min read  ·  Was this article helpful? Yes / No"),
        ("p", "If you opened your January statement and noticed a line labelled **AMA CPT Content**, this article "
              "explains where it comes from. The short version: Brightmoor Health Systems, Inc. (\"Brightmoor\", \"we\") "
              "embeds the American Medical Association's Current Procedural Terminology inside the charting and "
              "superbill screens, and the AMA requires a royalty for that content."),
        ("h2", "In this article"),
        ("ul", ["What is the royalty?", "Who is counted?", "When is it billed?", "What about my subscription price?",
                "Related articles"]),
        ("h2", "What is the royalty?"),
        ("p", "The AMA sets the royalty it charges software companies for every person who relies on CPT inside "
              "their product. For the current licence year that royalty is $18.50. We send it to the AMA unchanged."),
        ("p", "We also add a handling charge of $1.50 to cover payment processing, reporting our counts to the AMA "
              "and the compliance paperwork. We do not add anything else to the AMA amount."),
        ("h2", "Who is counted?"),
        ("p", "Your front-desk staff, schedulers and billers are not counted on your statement. The charge is "
              "applied per clinician: every clinician profile that is marked active and can sign a note or appear as "
              "rendering on a claim. If your practice has six clinicians, you will see a quantity of six."),
        ("p", "Interns and supervisees who have their own clinician profile are counted like any other clinician."),
        ("h2", "When is it billed?"),
        ("p", "The charge covers one calendar year of access. It is collected once, on the first statement you "
              "receive after January 1, using your card or bank account on file. A clinician added in, say, June "
              "appears on the next statement and is not charged again until the following January."),
        ("h2", "What about my subscription price?"),
        ("p", "Your subscription (Solo $79/month, Group $59/month per seat) is unchanged. The AMA line is in "
              "addition to the subscription and is shown separately so you can see exactly what goes to the AMA."),
        ("p", "Prefer to license CPT directly from the AMA? Unfortunately the AMA licenses our embedded content "
              "through us, so the charge cannot be waived for clinicians who use Brightmoor."),
        ("hr",),
        ("h3", "Related articles"),
        ("ul", ["Updating the card on file", "Reading your monthly statement", "Adding or deactivating a clinician",
                "ICD-10 and HCPCS updates: what changes each October"]),
        ("small", "© 2025 Brightmoor Health Systems, Inc.  ·  Privacy  ·  Terms  ·  Status  ·  Submit a request"),
    ]))

# P2 -- email thread, latest reply corrects unit and amount
DOCS.append(dict(
    key="pt_mail_calloway", header=('Mail - Renee Alvarado - Outlook', 'RE: RE: AMA charge question [Case #118204]'), pagenum="%d", word="thread", font="Helvetica", page="letter",
    title="RE: AMA charge question",
    desc="Support e-mail thread: an agent first says $18 per user; the latest reply corrects this to $18.50 royalty plus $1.00 processing per rendering provider per calendar year; pass-through $19.50 per provider per year.",
    label=dict(coverage="pass_through", fee=(19.5, "provider", "year"), vendor="Calloway Practice Cloud LLC"),
    blocks=[
        ("email", [("From", "Dana Whitcomb <dana.whitcomb@callowaycloud.example>"),
                   ("To", "Office Manager <office@lakeshorepeds.example>"),
                   ("Date", "Thursday, November 6, 2025 4:41 PM"),
                   ("Subject", "RE: RE: AMA charge question [Case #118204]")]),
        ("p", "Hi Renee,"),
        ("p", "I need to correct what my colleague Marcus wrote below, and I apologise for the confusion. Our "
              "billing team confirmed this afternoon that the AMA charge is **not** counted per login. It is "
              "counted only for rendering providers, so your four physicians and two nurse practitioners would be "
              "six, not the fourteen logins Marcus counted."),
        ("p", "The amount in Marcus's note was also last year's number. For the coming year the AMA royalty is "
              "$18.50 and we add a $1.00 processing fee on top of that for each rendering provider."),
        ("p", "It is billed once for the calendar year on your January invoice. Nothing changes on your monthly "
              "subscription."),
        ("p", "Thanks,\nDana Whitcomb\nBilling Specialist, Calloway Practice Cloud LLC\nsupport line 555-0142"),
        ("email", [("From", "Renee Alvarado <office@lakeshorepeds.example>"),
                   ("To", "Support <support@callowaycloud.example>"),
                   ("Date", "Thursday, November 6, 2025 10:02 AM"),
                   ("Subject", "RE: AMA charge question [Case #118204]")]),
        ("quote", ["Marcus, thanks. Fourteen seems like a lot, since our front desk never picks codes. Can you double "
                   "check? Also is the $18 per year or per month?", "Renee"]),
        ("pb",),
        ("email", [("From", "Marcus Lee <marcus.lee@callowaycloud.example>"),
                   ("To", "Renee Alvarado <office@lakeshorepeds.example>"),
                   ("Date", "Wednesday, November 5, 2025 3:15 PM"),
                   ("Subject", "RE: AMA charge question [Case #118204]")]),
        ("quote", ["Hi Renee, yes, the AMA charge applies to everyone who logs in, so for your account that is 14 users "
                   "at $18 each. Let me know if you have other questions!", "Marcus | Calloway Support"]),
        ("email", [("From", "Renee Alvarado <office@lakeshorepeds.example>"),
                   ("To", "Support <support@callowaycloud.example>"),
                   ("Date", "Wednesday, November 5, 2025 9:20 AM"),
                   ("Subject", "AMA charge question")]),
        ("quote", ["Hello, we got a notice that there will be an AMA charge on our account starting next year. "
                   "How is it calculated? We have 14 staff logins in total. Lakeshore Pediatrics, account 40-2291."]),
        ("small", "This message and any attachments may contain confidential information. If you received it in error, "
                  "please delete it and notify the sender."),
    ]))

# P3 -- invoice with ruled line-item table
DOCS.append(dict(
    key="pt_inv_dunmore", word="invoice", font="Helvetica", page="letter",
    title="Invoice INV-2025-00817",
    desc="Ruled invoice: subscription seats, clearinghouse claims, and a separate 'AMA CPT Content License, calendar year 2025' line at $21.00 per provider for 4 providers; pass-through $21 per provider per year.",
    label=dict(coverage="pass_through", fee=(21.0, "provider", "year"), vendor="Dunmore Clinical Software, Inc."),
    blocks=[
        ("h1", "INVOICE"),
        ("kv", [("From", "Dunmore Clinical Software, Inc., 400 Quarry Road, Suite 12, Fairview, OH 44000, billing@dunmoreclinical.example"),
                ("Bill to", "Hillcrest Orthopedic Associates, 88 Canal St, Fairview, OH 44001"),
                ("Invoice no.", "INV-2025-00817"), ("Invoice date", "January 3, 2025"),
                ("Terms", "Net 30"), ("Account", "HOA-1177")]),
        ("table", [["Item", "Description", "Qty", "Unit price", "Amount"],
                   ["DCS-PM-SEAT", "Practice management subscription, per user, January 2025", "9", "$65.00", "$585.00"],
                   ["DCS-EHR-PROV", "EHR subscription, per provider, January 2025", "4", "$249.00", "$996.00"],
                   ["DCS-CLM", "Electronic claims, December 2024 (per claim)", "1,212", "$0.18", "$218.16"],
                   ["DCS-AMA-25", "AMA CPT Content License, calendar year 2025 (per provider, billed annually)", "4", "$21.00", "$84.00"],
                   ["DCS-ICD", "ICD-10-CM / HCPCS Level II annual update", "1", "$0.00", "$0.00"],
                   ["", "Subtotal", "", "", "$1,883.16"],
                   ["", "Sales tax (not applicable to AMA line)", "", "", "$0.00"],
                   ["", "TOTAL DUE", "", "", "$1,883.16"]],
         {"ruled": True, "widths": [0.15, 0.47, 0.1, 0.13, 0.15], "bold_last": True}),
        ("h3", "Notes"),
        ("ul", ["The AMA CPT Content License line recovers the royalty the American Medical Association charges us for "
                "CPT content used in the EHR and PM modules. It is billed each January for the providers active on your account.",
                "Claims are billed in arrears. Subscriptions are billed in advance.",
                "Questions about this invoice: billing@dunmoreclinical.example. Please include the invoice number."]),
        ("small", "CPT is a registered trademark of the American Medical Association. Remit to: Dunmore Clinical Software, Inc., "
                  "PO Box 7710, Fairview, OH 44000. ACH details on request."),
    ]))

# P4 -- renewal quote, unruled, per location per year
DOCS.append(dict(
    key="pt_quote_eastvale", word="renewal", font="Times", page="letter",
    title="Renewal Quote Q-31907",
    desc="Unruled renewal quote: besides subscription and support lines, a 'CPT code set royalty (AMA) per practice location, annual' of $95.00 for 3 locations; pass-through $95 per location per year.",
    label=dict(coverage="pass_through", fee=(95.0, "location", "year"), vendor="Eastvale MedTech Corporation"),
    blocks=[
        ("h1", "Renewal Quote"),
        ("p", "Eastvale MedTech Corporation  ·  1200 Harbor Point Blvd  ·  Tacoma, WA 98400  ·  renewals@eastvalemed.example"),
        ("kv", [("Quote", "Q-31907"), ("Prepared for", "Sound Family Medicine Group, PLLC"),
                ("Renewal term", "April 1, 2026 through March 31, 2027"), ("Valid until", "March 15, 2026"),
                ("Prepared by", "Lauren Tse, Account Executive")]),
        ("table", [["Line", "Description", "Qty", "Unit", "Annual"],
                   ["1", "EastvalePM Professional, named users", "22", "$540.00 / user / yr", "$11,880.00"],
                   ["2", "Premium support (business hours + 2 after-hours calls per month)", "1", "$1,800.00", "$1,800.00"],
                   ["3", "Patient statements module", "1", "$960.00", "$960.00"],
                   ["4", "CPT code set royalty (AMA), per practice location, annual", "3", "$95.00", "$285.00"],
                   ["5", "Renewal discount (multi-year loyalty)", "", "", "($700.00)"],
                   ["", "Total annual renewal", "", "", "$14,225.00"]],
         {"ruled": False, "widths": [0.07, 0.5, 0.08, 0.2, 0.15], "bold_last": True}),
        ("h3", "Terms of this quote"),
        ("ol", ["Subscription prices on lines 1 through 3 may increase by up to 4% at each renewal. This quote reflects a 3% increase over the prior term.",
                "Line 4 is set by reference to the royalty the American Medical Association charges Eastvale for each practice location that uses CPT content in EastvalePM, and is billed for each location listed in your account. It is not discounted.",
                "Implementation and data conversion for any new location are quoted separately.",
                "Acceptance of this quote renews the Master Subscription Agreement dated April 1, 2023 on its existing terms."]),
        ("sp", 8),
        ("sig", ["Accepted for Sound Family Medicine Group, PLLC", "", "Signature: ______________________", "Name / title: ___________________", "Date: __________"],
                ["Eastvale MedTech Corporation", "", "Signature: ______________________", "Lauren Tse, Account Executive"]),
    ]))

# P5 -- letter announcing next-year fee, amounts in words
DOCS.append(dict(
    key="pt_letter_quillfeather", word="notice", font="Times", page="letter",
    title="Notice of 2026 AMA CPT fee",
    desc="Letter announcing that from January 1, 2026 the annual AMA CPT licence charge rises from eighteen to nineteen dollars per user, amounts in words; pass-through $19 per user per year.",
    label=dict(coverage="pass_through", fee=(19.0, "user", "year"), vendor="Quillfeather Software LLC"),
    blocks=[
        ("p", "Quillfeather Software LLC\n2300 Mill Race Lane\nBoulder, CO 80300\nclientcare@quillfeather.example"),
        ("sp", 10),
        ("p", "September 22, 2025"),
        ("p", "Dr. Anika Rosen\nRosen Dermatology, P.C.\n41 Elm Court\nLongmont, CO 80500"),
        ("sp", 6),
        ("p", "**Re: Change to the annual AMA CPT licence charge beginning with the 2026 licence year**"),
        ("p", "Dear Dr. Rosen,"),
        ("p", "As you know, each person at your practice who works with the CPT code content in Quillfeather's "
              "charting and billing tools must be covered by a licence from the American Medical Association. "
              "Quillfeather obtains that coverage on your behalf and recovers the cost through the separate CPT "
              "licence charge that appears on your account each January."),
        ("p", "The AMA has notified its distributors that the per-user royalty will increase for 2026. Accordingly, "
              "beginning January 1, 2026, the CPT licence charge will be nineteen dollars for each user on your "
              "account, billed once per year. For 2025 the charge was eighteen dollars per user. We have not added "
              "any processing or handling amount to the new figure."),
        ("p", "Your account currently lists seven users. Unless you tell us otherwise before December 1, 2025, "
              "your January invoice will show seven users at the new rate. If you deactivate a user before that date "
              "they will not be included."),
        ("p", "Nothing else about your subscription changes. Your monthly subscription of three hundred forty-nine "
              "dollars and the terms of your Services Agreement remain the same."),
        ("p", "If you have questions, please reply to this letter or contact Client Care."),
        ("p", "Sincerely,"),
        ("p", "Maribel Ochoa\nDirector, Client Care\nQuillfeather Software LLC"),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# P6 -- pricing page grid, CPT as add-on per provider per month, in footnote
DOCS.append(dict(
    key="pt_pricing_fernhollow", word="pricing", font="Helvetica", page="A4",
    title="Plans & Pricing | Fernhollow",
    **web("https://www.fernhollow.example/pricing", "Plans & Pricing | Fernhollow", "11/2/25, 2:37 PM"),
    desc="Pricing page grid: CPT code access listed as 'Add-on (2)' on every plan; footnote 2 sets the AMA CPT licence add-on at $2.00 per provider per month; pass-through $2 per provider per month.",
    label=dict(coverage="pass_through", fee=(2.0, "provider", "month"), vendor="Fernhollow Systems, Inc."),
    blocks=[
        ("banner", COOKIE_2),
        ("crumbs", "Home  /  Product  /  Pricing"),
        ("h1", "Simple plans for practices of every size"),
        ("p", "All prices are per provider per month, billed monthly. Save 10% with annual billing. "
              "No setup fee on Starter or Practice plans."),
        ("table", [["Feature", "Starter  $89", "Practice  $149", "Enterprise  $219"],
                   ["Charting & templates", "\u2713", "\u2713", "\u2713"],
                   ["e-Prescribing (incl. EPCS)", "\u2713", "\u2713", "\u2713"],
                   ["ICD-10-CM diagnosis search", "Included", "Included", "Included"],
                   ["CPT\u00ae code access (1)(2)", "Add-on (2)", "Add-on (2)", "Add-on (2)"],
                   ["Claims & ERA", "\u2014", "\u2713", "\u2713"],
                   ["Patient portal", "\u2014", "\u2713", "\u2713"],
                   ["Custom reports", "\u2014", "\u2014", "\u2713"],
                   ["Dedicated success manager", "\u2014", "\u2014", "\u2713"],
                   ["Onboarding", "Self-guided", "2 sessions", "Full implementation ($1,500 one-time)"]],
         {"ruled": True, "widths": [0.34, 0.2, 0.2, 0.26]}),
        ("h2", "Frequently asked"),
        ("h3", "Is there a contract?"),
        ("p", "Starter and Practice are month to month. Enterprise is an annual agreement."),
        ("h3", "Can I add non-provider staff?"),
        ("p", "Yes. Front-desk and billing staff logins are free on every plan."),
        ("hr",),
        ("small", "(1) CPT is a registered trademark of the American Medical Association. CPT content is provided under "
                  "Fernhollow's distribution agreement with the AMA and the end-user terms shown at sign-up."),
        ("small", "(2) The AMA CPT licence add-on is required for any provider who documents or bills with CPT codes in "
                  "Fernhollow. It costs $2.00 per provider per month and is added to your monthly bill alongside the "
                  "plan price. It is a pass-through of the AMA royalty and is not discounted by annual billing."),
        ("small", "Prices in USD. Taxes extra where applicable. Fernhollow Systems, Inc., 19 Lantern Way, Asheville, NC 28800."),
    ]))

# P7 -- click-through EULA, vendor sells the CPT licence, amount on Order Form (not stated)
DOCS.append(dict(
    key="pt_eula_glenrock", word="eula", font="Times", page="letter",
    title="End User Licence Terms",
    desc="Click-through EULA: End User must obtain the CPT sublicense from Glenrock and pay Glenrock the CPT Content Fee stated in the Order Form, separate from subscription fees; pass-through with no amount stated.",
    label=dict(coverage="pass_through", fee=None, vendor="Glenrock Health Informatics, LLC"),
    blocks=[
        ("h1", "Glenrock Cloud EHR: End User Licence Terms"),
        ("small", "Version 7.2, effective July 1, 2025. By clicking \"I Agree\" you accept these terms on behalf of the organisation you represent."),
        ("p", "These End User Licence Terms (the \"Terms\") are between Glenrock Health Informatics, LLC (\"Glenrock\" or \"Licensor\") "
              "and the organisation identified in the Order Form (\"End User\")."),
        ("h3", "1. Licence to the Software"),
        ("p", "Subject to these Terms and payment of the Subscription Fees, Licensor grants End User a non-exclusive, "
              "non-transferable right during the Subscription Term to access the Software for End User's internal business "
              "purposes in the United States."),
        ("h3", "2. Third-Party Content"),
        ("p", "2.1 The Software contains Current Procedural Terminology (\"CPT\"), which is owned by the American Medical "
              "Association (\"AMA\"). End User may not use CPT content in the Software unless End User has obtained a "
              "sublicense for such content from Licensor, which Licensor offers under its distribution agreement with the AMA."),
        ("p", "2.2 End User shall obtain the CPT sublicense from Licensor for each Authorized User and shall pay Licensor "
              "the CPT Content Fee set out in the Order Form. The CPT Content Fee is separate from, and in addition to, the "
              "Subscription Fees, and may be adjusted annually to reflect changes in the royalty charged by the AMA."),
        ("p", "2.3 End User's use of CPT is limited to the Software and to End User's internal use. End User shall not "
              "publish, distribute or create derivative works from CPT content. The AMA is a third-party beneficiary of this Section 2."),
        ("p", "2.4 Licensor shall report the number of Authorized Users to the AMA as required by its distribution agreement, "
              "and End User consents to the disclosure of its name and user count for that purpose."),
        ("pb",),
        ("h3", "3. Fees and Payment"),
        ("p", "End User shall pay all fees in the Order Form within thirty (30) days of invoice. Late amounts bear interest "
              "at one percent (1%) per month or the maximum lawful rate, if lower."),
        ("h3", "4. Term and Termination"),
        ("p", "These Terms continue for the Subscription Term. The CPT sublicense in Section 2 ends automatically when these "
              "Terms end or when Licensor's agreement with the AMA ends, whichever is earlier."),
        ("h3", "5. Disclaimers"),
        ("p", "THE SOFTWARE AND ALL THIRD-PARTY CONTENT ARE PROVIDED \"AS IS\". The AMA does not practise medicine or "
              "provide medical services, directly or indirectly. The AMA does not assign fee schedules, relative value units, "
              "conversion factors or related components."),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved.  [ I Agree ]   [ Cancel ]"),
    ]))

# P8 -- billing service agreement, Provider = practice, royalty + admin in different sections
DOCS.append(dict(
    key="pt_billing_harrowgate", word="services", font="Times", page="letter",
    title="Medical Billing Services Agreement",
    desc="Billing-service agreement where 'Provider' is the practice: Provider reimburses the billing company for the AMA royalty ($18.50) and a $2.50 administrative charge per rendering clinician per calendar year, in separate sections; pass-through $21 per provider per year.",
    label=dict(coverage="pass_through", fee=(21.0, "provider", "year"), vendor="Harrowgate Revenue Partners LLC"),
    blocks=[
        ("h1", "Medical Billing Services Agreement"),
        ("p", "This Agreement is entered into as of February 1, 2025 between Harrowgate Revenue Partners LLC, a Georgia "
              "limited liability company (\"Billing Company\"), and Magnolia Internal Medicine, LLC (\"Provider\")."),
        ("h3", "1. Definitions"),
        ("p", "\"Clinician\" means each physician, nurse practitioner or physician assistant employed or contracted by "
              "Provider whose services are billed under this Agreement. \"Platform\" means the Billing Company's web-based "
              "charge entry and reporting system made available to Provider. \"Collections\" means amounts actually received "
              "on claims submitted by Billing Company."),
        ("h3", "2. Services"),
        ("p", "Billing Company shall (a) enter charges from Provider's encounter forms; (b) submit claims to payers through "
              "its clearinghouse; (c) post payments and denials; and (d) provide monthly aging and collection reports."),
        ("h3", "3. Compensation"),
        ("p", "3.1 Provider shall pay Billing Company six and one-half percent (6.5%) of Collections each month."),
        ("p", "3.2 There is no separate charge for clearinghouse submission, which Billing Company bears."),
        ("p", "3.3 Provider shall also pay the Code Content Charge described in Section 6."),
        ("h3", "4. Provider Responsibilities"),
        ("p", "Provider is responsible for the accuracy of clinical documentation and for the selection of procedure and "
              "diagnosis codes by its Clinicians. Provider shall deliver encounter information within five business days."),
        ("h3", "5. Term"),
        ("p", "The initial term is one year and renews for successive one-year terms unless either party gives sixty days' notice."),
        ("pb",),
        ("h3", "6. CPT Content in the Platform"),
        ("p", "6.1 The Platform displays CPT codes and descriptors licensed by Billing Company from the American Medical "
              "Association. Provider's access to that content requires an end-user licence for each Clinician."),
        ("p", "6.2 Billing Company will procure that licence and Provider shall reimburse Billing Company for it at cost. "
              "At the date of this Agreement the AMA royalty is $18.50."),
        ("p", "6.3 In addition, Billing Company charges an administrative fee of $2.50 to cover reporting and record-keeping "
              "for the licence."),
        ("p", "6.4 The amounts in 6.2 and 6.3 together form the \"Code Content Charge\". It is assessed for each Clinician "
              "listed on Provider's account and is invoiced once for each calendar year, in January, or on activation for a "
              "Clinician added during the year."),
        ("h3", "7. Confidentiality; HIPAA"),
        ("p", "The parties shall enter into the Business Associate Agreement attached as Exhibit A."),
        ("sig", ["HARROWGATE REVENUE PARTNERS LLC", "By: ____________________", "Name: Colin Barrett", "Title: Managing Member"],
                ["MAGNOLIA INTERNAL MEDICINE, LLC (Provider)", "By: ____________________", "Name: Dr. Priya Natarajan", "Title: President"]),
    ]))

# P9 -- clearinghouse agreement, per-claim fees (trap) + flat annual CPT sublicense fee per enrolled practice
DOCS.append(dict(
    key="pt_clearing_ironbridge", word="clearinghouse", font="Helvetica", page="letter",
    title="Clearinghouse Services Agreement - Schedule of Fees",
    desc="Clearinghouse agreement (Provider = practice): per-claim and eligibility fees plus an 'Annual CPT Sublicense Fee' of $125.00 per enrolled Provider organization, billed each year; pass-through $125 per organization per year.",
    label=dict(coverage="pass_through", fee=(125.0, "organization", "year"), vendor="Ironbridge Claims Exchange, Inc."),
    blocks=[
        ("h1", "Clearinghouse Services Agreement"),
        ("p", "Between **Ironbridge Claims Exchange, Inc.** (\"Clearinghouse\") and the health care provider organisation "
              "named on the Enrollment Form (\"Provider\"). Effective on the date Clearinghouse accepts the Enrollment Form."),
        ("h3", "1. Services"),
        ("p", "Clearinghouse will receive claim files from Provider or Provider's practice management system, edit them "
              "against payer rules, convert them to the HIPAA standard transaction format and forward them to payers. "
              "Clearinghouse will return payer acknowledgements, remittance files (835) and claim status responses."),
        ("h3", "2. Provider Obligations"),
        ("p", "Provider is responsible for the content of claims and for obtaining any payer enrollments. Provider shall "
              "not submit claims for any entity other than itself and the rendering clinicians listed on the Enrollment Form."),
        ("h3", "3. Code Editing Content"),
        ("p", "Clearinghouse's claim scrubber displays CPT descriptors and modifier guidance to Provider's users in the "
              "Ironbridge web portal. Clearinghouse is authorised by the American Medical Association to distribute CPT "
              "for this purpose and grants Provider a sublicense for internal use in the portal only. Provider shall pay "
              "the Annual CPT Sublicense Fee in Schedule A."),
        ("h3", "4. Fees"),
        ("p", "Provider shall pay the fees in Schedule A. Clearinghouse may change per-transaction fees on sixty days' notice."),
        ("pb",),
        ("h2", "Schedule A: Fees"),
        ("table", [["Service", "Fee", "Basis"],
                   ["Enrollment / setup", "$150.00", "one time, per Provider"],
                   ["Professional claim (837P)", "$0.29", "per claim"],
                   ["Institutional claim (837I)", "$0.35", "per claim"],
                   ["Eligibility inquiry (270/271)", "$0.12", "per inquiry"],
                   ["ERA (835) delivery", "$0.00", "included"],
                   ["Paper claim drop-to-print", "$0.65", "per claim plus postage"],
                   ["Annual CPT Sublicense Fee", "$125.00", "per enrolled Provider organisation, each contract year (covers all of Provider's portal users)"],
                   ["Monthly minimum", "$35.00", "per month if transaction fees are lower"]],
         {"ruled": "lines", "widths": [0.38, 0.14, 0.48]}),
        ("p", "The Annual CPT Sublicense Fee is invoiced on the first invoice of each contract year and is not pro-rated."),
        ("small", "CPT is a registered trademark of the American Medical Association. Ironbridge Claims Exchange, Inc., "
                  "500 Commerce Plaza, Suite 900, Nashville, TN 37200. enroll@ironbridgeclaims.example"),
    ]))

# P10 -- onboarding checklist, one-time per-user CPT fee
DOCS.append(dict(
    key="pt_onboard_juniper", word="checklist", font="Helvetica", page="A4",
    title="Go-Live Checklist",
    desc="Onboarding checklist: step 6 asks the practice to approve a one-time CPT content activation charge of $45 per named user billed by Juniper Lane at go-live; pass-through $45 per user one-time.",
    label=dict(coverage="pass_through", fee=(45.0, "user", "one_time"), vendor="Juniper Lane EHR Co."),
    blocks=[
        ("h1", "Your Go-Live Checklist"),
        ("p", "Juniper Lane EHR Co.  |  Implementation Services  |  implementation@juniperlane.example"),
        ("kv", [("Practice", "Brookside Women's Health"), ("Implementation lead", "Tomas Ferreira"),
                ("Target go-live", "Monday, March 2, 2026"), ("Plan", "Juniper Complete, 11 named users")]),
        ("h2", "Before kickoff"),
        ("check", [(True, "1. Sign the Subscription Order and Business Associate Agreement."),
                   (True, "2. Send us your provider roster (NPI, taxonomy, DEA where applicable)."),
                   (True, "3. Nominate a practice super-user.")]),
        ("h2", "Two to four weeks before go-live"),
        ("check", [(False, "4. Complete payer enrollment for electronic claims (allow 10-15 business days)."),
                   (False, "5. Approve your fee schedule import file."),
                   (False, "6. Approve the CPT content activation charge. The American Medical Association requires every "
                           "named user with access to CPT codes in Juniper to be licensed. We activate that licence for you "
                           "and bill a one-time charge of $45 for each named user, added to your first invoice. There is no "
                           "yearly renewal of this charge during your current subscription term; users added later are "
                           "charged on activation."),
                   (False, "7. Schedule provider template-building sessions (2 x 90 minutes).")]),
        ("h2", "Go-live week"),
        ("check", [(False, "8. Complete end-user training (recorded sessions available)."),
                   (False, "9. Run a test claim to each of your top five payers."),
                   (False, "10. Confirm patient portal invitations are switched on.")]),
        ("h2", "After go-live"),
        ("check", [(False, "11. 30-day check-in with your Customer Success Manager."),
                   (False, "12. Review the first month's rejection report.")]),
        ("small", "Subscription fees are set out in your Subscription Order. Implementation fee ($2,400) was invoiced at signing. "
                  "CPT is a registered trademark of the American Medical Association."),
    ]))

# P11 -- release notes, separate AMA line item from next invoice, amount not stated
DOCS.append(dict(
    key="pt_release_kestrel", word="releasenotes", font="Helvetica", page="letter",
    title="Release Notes 24.3",
    **web("https://docs.kestrelpoint.example/release-notes/24-3", "Release Notes 24.3 - Kestrel Point Docs", "3/18/25, 8:05 AM"),
    desc="Release notes: among feature changes, a new separate 'AMA CPT License' line item will be charged on invoices for each active rendering provider at the AMA's current royalty; pass-through, amount not stated.",
    label=dict(coverage="pass_through", fee=None, vendor="Kestrel Point Software, Inc."),
    blocks=[
        ("banner", COOKIE_3),
        ("crumbs", "Docs  >  What's New  >  2025 releases  >  24.3"),
        ("h1", "Release Notes: Kestrel Practice 24.3"),
        ("small", "Released March 17, 2025  ·  Applies to cloud tenants on the Standard and Plus editions"),
        ("h2", "New"),
        ("ul", ["**Batch eligibility.** Run eligibility for the next day's schedule in one click from the Appointments board.",
                "**Modifier hints.** When a CPT code is commonly billed with a modifier (for example 25 or 59), the charge screen now shows a hint.",
                "**Statement designer.** Add your logo and a custom message to patient statements."]),
        ("h2", "Changed"),
        ("ul", ["The Reports menu is now grouped into Financial, Clinical and Operational.",
                "Password rules now require 12 characters for new passwords.",
                "**Billing: new AMA CPT License line.** Starting with invoices issued on or after April 1, 2025, your Kestrel "
                "invoice will include a separate line item named \"AMA CPT License\". This line recovers the royalty the "
                "American Medical Association charges Kestrel Point Software, Inc. for CPT content in Kestrel Practice. "
                "It is charged for each active rendering provider at the AMA's then-current royalty and will be shown as its "
                "own line, apart from your subscription."]),
        ("h2", "Fixed"),
        ("ul", ["Secondary claims no longer drop the COB segment when the primary paid zero.",
                "The ICD-10 search no longer returns deleted codes after the October update.",
                "Fixed a time-zone error on appointment reminders for Arizona practices."]),
        ("h2", "Known issues"),
        ("ul", ["Exporting the Provider Productivity report to Excel can time out for date ranges over 18 months."]),
        ("hr",),
        ("small", "Related: 24.2 release notes  ·  Understanding your invoice  ·  Managing rendering providers"),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# P12 -- plain-English you/we terms, amount in words
DOCS.append(dict(
    key="pt_terms_larkspur", word="terms", font="Helvetica", page="letter",
    title="Larkspur Terms of Service (plain-English)",
    desc="Plain-English 'you/we' terms: we charge you a separate CPT code fee of twenty-two dollars and fifty cents for each practitioner once a year, on top of the plan; pass-through $22.50 per provider per year (amount in words).",
    label=dict(coverage="pass_through", fee=(22.5, "provider", "year"), vendor="Larkspur Therapy Notes, Inc."),
    blocks=[
        ("h1", "Terms of Service, in plain English"),
        ("p", "These terms are a contract between you (the practice or solo practitioner who signs up) and us, "
              "Larkspur Therapy Notes, Inc. We have tried to write them the way we would explain them across a desk."),
        ("h3", "What you get"),
        ("p", "You get access to Larkspur's notes, scheduling, client portal and insurance billing tools for as long as your "
              "plan is active. We keep the service running, back up your data and fix things when they break."),
        ("h3", "What you pay"),
        ("p", "You pay for your plan monthly. Your plan price depends on how many practitioners you add and is shown on "
              "your Billing page. You can change plans at any time and we pro-rate the difference."),
        ("h3", "Codes from the AMA"),
        ("p", "Our insurance and superbill tools show CPT codes. Those codes belong to the American Medical Association, and "
              "the AMA makes us pay for every practitioner who uses them in Larkspur. We don't build that cost into your "
              "plan price. Instead, we charge you a separate CPT code fee of twenty-two dollars and fifty cents for each "
              "practitioner on your account, once a year, on your first bill after January 1. Practitioners added later in the "
              "year are charged on the next bill. We keep a little of that amount to cover our costs; the rest goes to the AMA."),
        ("p", "If a practitioner never bills insurance and never uses CPT codes in notes, you can switch off their code access "
              "before January 1 and we will not charge you for them."),
        ("h3", "Your data"),
        ("p", "Your clinical records are yours. We use them only to run the service for you, as described in our Privacy Notice "
              "and our Business Associate Agreement."),
        ("h3", "Ending things"),
        ("p", "You can cancel at any time. We will keep your data available for export for 90 days after you cancel. The yearly "
              "CPT code fee is not refunded if you cancel part-way through the year."),
        ("h3", "The legal bits"),
        ("p", "The service is provided as is. Our total liability to you is limited to what you paid us in the last twelve months. "
              "These terms are governed by the laws of the State of Oregon."),
        ("small", "Last updated August 4, 2025. Larkspur Therapy Notes, Inc., 77 Alder St, Portland, OR 97200. legal@larkspurnotes.example"),
    ]))

# P13 -- order form with amendment changing fee; label = amended fee
DOCS.append(dict(
    key="pt_amend_marrowfield", word="amendment", font="Times", page="letter",
    title="Amendment No. 2 to Order Form",
    desc="Amendment No. 2 replaces the order form's CPT licence fee of $18.00 per user per year with twenty-four dollars per provider per year; label is the amended pass-through of $24 per provider per year.",
    label=dict(coverage="pass_through", fee=(24.0, "provider", "year"), vendor="Marrowfield Medical Systems, LLC"),
    blocks=[
        ("h1", "Amendment No. 2 to Order Form MMS-0412"),
        ("p", "This Amendment No. 2 (\"Amendment\") is made effective as of January 1, 2026 between Marrowfield Medical Systems, "
              "LLC (\"Marrowfield\") and Cascade Valley Cardiology, P.S. (\"Client\") and amends Order Form MMS-0412 dated "
              "March 1, 2024, as previously amended by Amendment No. 1 dated September 9, 2024 (together, the \"Order Form\")."),
        ("h3", "Background"),
        ("p", "Section 4 of the Order Form currently provides: \"CPT License Fee: $18.00 per user per year, payable annually in "
              "advance, for each user with access to CPT content in the Marrowfield system.\" The parties wish to change both the "
              "basis and the amount of that fee. Amendment No. 1 added the Cardiac Device Clinic module and is not affected."),
        ("h3", "Agreed changes"),
        ("ol", ["Section 4 of the Order Form is deleted and replaced with the following: \"CPT License Fee: twenty-four dollars "
                "($24.00) per Provider per year, payable annually in advance. 'Provider' means each physician and each advanced "
                "practice clinician listed in Client's account. Non-provider users are not charged a CPT License Fee.\"",
                "Marrowfield will credit against the first 2026 invoice any CPT License Fee already invoiced for 2026 under the "
                "prior per-user basis.",
                "The subscription fees in Section 3 of the Order Form ($1,150.00 per Provider per month) are unchanged.",
                "Except as amended here, the Order Form remains in full force. If this Amendment conflicts with the Order Form, "
                "this Amendment controls."]),
        ("sig", ["MARROWFIELD MEDICAL SYSTEMS, LLC", "By: /s/ Helen Voss", "Helen Voss, VP Contracts", "Date: December 12, 2025"],
                ["CASCADE VALLEY CARDIOLOGY, P.S.", "By: /s/ Raymond Okafor", "Raymond Okafor, Practice Administrator", "Date: December 15, 2025"]),
    ]))

# P14 -- KB article, fee parts scattered, unit = user (billing role logins)
DOCS.append(dict(
    key="pt_kb_northwind", word="article", font="Helvetica", page="letter",
    title="AMA CPT fees: what to expect",
    **web("https://support.northwindrehab.example/articles/ama-cpt-fees", "AMA CPT fees: what to expect - Northwind Support", "1/9/25, 11:48 AM"),
    desc="Knowledge-base article: $17.50 AMA royalty and a $1.00 processing fee in separate sections, charged for every staff login with CPT access (not only therapists), once each January; pass-through $18.50 per user per year.",
    label=dict(coverage="pass_through", fee=(18.5, "user", "year"), vendor="Northwind Rehab Software, Inc."),
    blocks=[
        ("banner", COOKIE_1),
        ("crumbs", "Northwind Support  ›  Billing & Subscription  ›  Fees"),
        ("h1", "AMA CPT fees: what to expect"),
        ("small", "Written by the Northwind Billing Team · Updated January 2025"),
        ("p", "Northwind Rehab Software, Inc. includes the American Medical Association's CPT code set in the Treatment "
              "Notes, Daily Billing and Plan of Care modules. The AMA charges a royalty for this content, and we collect "
              "it from each clinic on the AMA's behalf."),
        ("h2", "How much is it?"),
        ("p", "For the 2025 licence year the AMA royalty is $17.50. This amount is set by the AMA, not by Northwind, and has "
              "historically risen by about fifty cents a year."),
        ("h2", "Who counts?"),
        ("p", "Here is where clinics are often surprised. The AMA counts anyone who works with CPT content, not only the "
              "treating therapists. In Northwind, a license holder is every staff login that has the Billing or Clinical "
              "role switched on, including PTAs, aides who enter charges, and office staff who post visits. Logins with the "
              "Scheduling-only role are not counted."),
        ("h2", "Is there anything on top?"),
        ("p", "Yes: a $1.00 processing fee per license holder, which covers card fees and the quarterly reporting we file "
              "with the AMA."),
        ("h2", "When will I see it?"),
        ("p", "The charge appears on the invoice Northwind issues in January and covers January through December. If you add a "
              "license holder mid-year, they will be added to your next monthly invoice for the rest of that year at the full amount."),
        ("h2", "Can I opt out?"),
        ("p", "Only by removing the Billing and Clinical roles from a login. Without those roles the user cannot view codes."),
        ("hr",),
        ("h3", "Related articles"),
        ("ul", ["Roles and permissions explained", "How your subscription is calculated", "Sales tax on Northwind invoices",
                "What's new in the 2025 CPT code set"]),
    ]))

# P15 -- Courier invoice without rules, flat practice-wide annual CPT fee
DOCS.append(dict(
    key="pt_inv_oakhurst", word="statement", font="Courier", page="letter", size=9,
    title="Oakhurst Statement 2025-0117",
    desc="Courier-printed invoice without rules: per-claim fees, HCPCS II at no charge, and a practice-wide 'AMA CPT content license 01/01/2025-12/31/2025' line of 350.00; pass-through $350 per organization per year.",
    label=dict(coverage="pass_through", fee=(350.0, "organization", "year"), vendor="Oakhurst Billing Technologies Inc."),
    blocks=[
        ("mono", "OAKHURST BILLING TECHNOLOGIES INC.\n1450 RIVER BEND PKWY  STE 300\nAUSTIN TX 78700\nAR@OAKHURSTBT.EXAMPLE"),
        ("sp", 6),
        ("mono", "STATEMENT NO: 2025-0117          DATE: 01/07/2025\nCUSTOMER:     PECAN GROVE PEDIATRICS PA (ACCT 55-018)\nPERIOD:       JANUARY 2025          DUE: 02/06/2025"),
        ("sp", 6),
        ("table", [["CODE", "DESCRIPTION", "QTY", "RATE", "AMOUNT"],
                   ["OBT-SUB", "OAKHURST PM SUBSCRIPTION - JAN 2025", "1", "1,250.00", "1,250.00"],
                   ["OBT-USR", "ADDITIONAL USERS OVER 10", "3", "45.00", "135.00"],
                   ["OBT-837", "CLAIMS SUBMITTED DEC 2024", "884", "0.22", "194.48"],
                   ["OBT-ELG", "ELIGIBILITY CHECKS DEC 2024", "1,310", "0.08", "104.80"],
                   ["OBT-CPT", "AMA CPT CONTENT LICENSE, PRACTICE-WIDE", "1", "350.00", "350.00"],
                   ["", "  COVERS 01/01/2025-12/31/2025, ALL USERS", "", "", ""],
                   ["OBT-HCP", "HCPCS LEVEL II FILE (CMS) - NO CHARGE", "1", "0.00", "0.00"],
                   ["", "", "", "TOTAL", "2,034.28"]],
         {"ruled": False, "header": True, "widths": [0.12, 0.5, 0.1, 0.13, 0.15], "shade": False}),
        ("mono", "PREVIOUS BALANCE        0.00\nPAYMENTS RECEIVED       0.00\nAMOUNT DUE          2,034.28"),
        ("sp", 8),
        ("mono", "NOTE: THE OBT-CPT LINE IS A FLAT ANNUAL FEE FOR YOUR WHOLE PRACTICE\nFOR CPT CONTENT SUPPLIED BY OAKHURST UNDER ITS AMA DISTRIBUTION\nLICENSE. IT IS BILLED ONCE EACH JANUARY AND DOES NOT DEPEND ON\nHEADCOUNT.\nCPT IS A REGISTERED TRADEMARK OF THE AMERICAN MEDICAL ASSOCIATION."),
        ("sp", 6),
        ("small", "Oakhurst Billing Technologies Inc. - Federal Tax ID on request - Questions: 512-555-0190"),
        ("mono", "PLEASE DETACH AND RETURN WITH PAYMENT  - - - - - - - - - - - - - -\nACCT 55-018   STATEMENT 2025-0117   AMOUNT DUE 2,034.28"),
    ]))

# P16 -- email, amount in words, unit and period in different sentences, per location per month
DOCS.append(dict(
    key="pt_mail_pinecrest", header=('Summit Spine Care Mail', 'Fw: CPT charge on statement'), pagenum="%d", word="email", font="Times", page="A4",
    title="Fw: CPT charge on statement",
    desc="Forwarded e-mail: the vendor explains the new CPT line is three dollars, charged for each clinic location, on every monthly statement; pass-through $3 per location per month (amount in words, parts in different sentences).",
    label=dict(coverage="pass_through", fee=(3.0, "location", "month"), vendor="Pinecrest Chiropractic Cloud, LLC"),
    blocks=[
        ("email", [("From", "Gwen Harlow <gwen@summitspinecare.example>"),
                   ("To", "Dr. Paul Kim <pkim@summitspinecare.example>"),
                   ("Date", "Tue, 14 Oct 2025 08:03"),
                   ("Subject", "Fw: CPT charge on statement")]),
        ("p", "Paul, forwarding the answer from Pinecrest about the new line on our statement. So it's small, but it's "
              "there for both offices. I'll add it to the budget sheet. -- Gwen"),
        ("email", [("From", "Pinecrest Client Services <clients@pinecrestchiro.example>"),
                   ("To", "Gwen Harlow <gwen@summitspinecare.example>"),
                   ("Date", "Mon, 13 Oct 2025 17:26"),
                   ("Subject", "RE: CPT charge on statement")]),
        ("quote", ["Hello Gwen,",
                   "Thank you for reaching out. The line you are asking about, \"CPT Content - AMA\", is new as of this "
                   "month's statement. Pinecrest Chiropractic Cloud, LLC is an authorised distributor of the AMA's CPT codes, "
                   "and the AMA requires us to pay a royalty for clinics that use the codes in our software. Rather than "
                   "raise everyone's subscription, we show that cost as its own line.",
                   "The charge is three dollars. It is calculated for each clinic location on your account, not for each "
                   "doctor or staff member, so Summit Spine Care's two locations appear as a quantity of two.",
                   "You will see it on every monthly statement going forward, alongside your subscription and any claim fees.",
                   "Kind regards,\nJoanna Pruitt\nPinecrest Client Services"]),
        ("email", [("From", "Gwen Harlow <gwen@summitspinecare.example>"),
                   ("To", "clients@pinecrestchiro.example"),
                   ("Date", "Mon, 13 Oct 2025 09:11"),
                   ("Subject", "CPT charge on statement")]),
        ("quote", ["Hi, our October statement has a new line called CPT Content - AMA with a quantity of 2. What is it, and "
                   "is it going to be there every month? We already pay $129 a month per doctor. Thanks, Gwen Harlow, office "
                   "manager, Summit Spine Care"]),
    ]))

# P17 -- renewal quote with history, escalation note and totals; current term fee
DOCS.append(dict(
    key="pt_quote_quarryhill", word="quote", font="Helvetica", page="letter",
    title="Quarry Hill Renewal Proposal 2026",
    desc="Renewal proposal for 2026: 'CPT License Pass-Through' at $19.50 per user per year (2025 was $19.00, increases expected), with subscription escalator cap and totals as distractors; pass-through $19.50 per user per year.",
    label=dict(coverage="pass_through", fee=(19.5, "user", "year"), vendor="Quarry Hill Health IT, Inc."),
    blocks=[
        ("h1", "Renewal Proposal: Calendar Year 2026"),
        ("kv", [("Vendor", "Quarry Hill Health IT, Inc., 60 Granite Row, Barre, VT 05600"),
                ("Customer", "Green Mountain Family Practice, Inc."),
                ("Proposal", "RP-2026-044, issued October 20, 2025"),
                ("Term", "January 1 to December 31, 2026")]),
        ("h2", "1. Pricing summary"),
        ("table", [["Item", "2025 (current)", "2026 (proposed)", "Qty", "2026 annual"],
                   ["QH Chart + PM, per named user / month", "$72.00", "$74.88", "18", "$16,174.08"],
                   ["Lab interface (2 vendors)", "$1,200.00 / yr", "$1,200.00 / yr", "1", "$1,200.00"],
                   ["CPT License Pass-Through, per named user / yr", "$19.00", "$19.50", "18", "$351.00"],
                   ["Total", "", "", "", "$17,725.08"]],
         {"ruled": True, "widths": [0.36, 0.16, 0.17, 0.08, 0.23], "bold_last": True}),
        ("h2", "2. Notes on pricing"),
        ("ul", ["The subscription rate reflects the 4% annual escalator in your agreement. Your agreement caps escalation at 5% per year.",
                "The CPT License Pass-Through is billed separately from the subscription on the January invoice. It passes through the "
                "royalty that the American Medical Association charges Quarry Hill for CPT content in QH Chart, together with a small "
                "administration amount. The AMA has indicated that its royalty may continue to rise by about $0.50 per year; any later "
                "change will be notified before the year it applies to.",
                "If your user count changes, the CPT pass-through follows the named-user count on January 1."]),
        ("pb",),
        ("h2", "3. Acceptance"),
        ("p", "Sign and return by December 1, 2025 to lock 2026 pricing. Unsigned renewals continue on the same terms at the proposed rates."),
        ("sig", ["Green Mountain Family Practice, Inc.", "Signature: ____________", "Date: ____________"],
                ["Quarry Hill Health IT, Inc.", "Signature: ____________", "Nora Beaulieu, Renewals"]),
    ]))

# P18 -- dental+medical quote: CDT fee per location (trap) and CPT fee per provider
DOCS.append(dict(
    key="pt_quote_riverbend", word="proposal", font="Times", page="A4",
    title="Riverbend Subscription Proposal",
    desc="Quote for an oral-surgery practice with two code-licence lines: an ADA CDT fee per location (not CPT) and an AMA CPT licence fee of $15.75 per provider per year; pass-through $15.75 per provider per year.",
    label=dict(coverage="pass_through", fee=(15.75, "provider", "year"), vendor="Riverbend Dental & Medical Software, Inc."),
    blocks=[
        ("h1", "Subscription Proposal"),
        ("p", "Riverbend Dental & Medical Software, Inc.\n3100 Tidewater Drive, Norfolk, VA 23500\nsales@riverbendsoftware.example"),
        ("kv", [("Prepared for", "Coastal Oral & Maxillofacial Surgery, LLC"), ("Date", "June 2, 2025"),
                ("Locations", "2 (Norfolk, Chesapeake)"), ("Providers", "5 surgeons; 1 anesthesiologist")]),
        ("table", [["Description", "Basis", "Price", "Qty", "Annual"],
                   ["Riverbend OMS Suite subscription", "per provider / month", "$310.00", "6", "$22,320.00"],
                   ["Imaging bridge", "per location / month", "$40.00", "2", "$960.00"],
                   ["ADA CDT code licence (dental procedure codes)", "per location / year", "$48.00", "2", "$96.00"],
                   ["AMA CPT code licence (medical procedure codes)", "per provider / year", "$15.75", "6", "$94.50"],
                   ["Data migration from prior system", "one time", "$3,500.00", "1", "$3,500.00"],
                   ["First-year total", "", "", "", "$26,970.50"]],
         {"ruled": "lines", "widths": [0.36, 0.2, 0.13, 0.08, 0.23], "bold_last": True}),
        ("h3", "Explanatory notes"),
        ("p", "Oral surgery practices bill dental plans with CDT codes and medical plans with CPT codes. The two code sets are "
              "owned by different organisations, the American Dental Association and the American Medical Association, and each "
              "charges Riverbend a royalty for content delivered in the Suite. Riverbend bills both royalties to you as separate "
              "annual lines so that your subscription price stays the same whether or not you bill medical plans."),
        ("p", "Both code licence lines are invoiced each year on the anniversary of go-live. ICD-10-CM diagnosis codes are "
              "included at no charge."),
        ("p", "This proposal is valid for 60 days and is subject to Riverbend's Subscription Terms."),
    ]))
