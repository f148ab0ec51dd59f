"""Documents that do not decide CPT licensing."""
import sys

sys.dont_write_bytecode = True

from common import Kit, fee, flat, inch


# ---------------------------------------------------------------------------
def na_cdt_dental():
    v = "Kelderman Dental Systems, Inc."
    k = Kit("sans", size=9.3, justify=True)
    s = flat(
        k.letterhead("Kelderman Dental Systems", [
            "Kelderman Dental Systems, Inc. - 2700 Portage Avenue, Suite 14, "
            "Amberly Junction, Iowa - contracts@kelderman.example"]),
        k.h2("Dental Practice Software Subscription - Key Terms"),
        k.kv([("Practice", "Bright Harbor Family Dentistry, PLLC"),
              ("Locations", "3"), ("Dentists / hygienists", "5 / 7"),
              ("Start date", "1 February 2026"),
              ("Term", "36 months")]),
        k.sp(4),
        k.h3("1. What is included"),
        k.p("Scheduling, perio and restorative charting, treatment planning, "
            "imaging integration, insurance estimation, dental claims (ADA "
            "2024 claim form and 837D), patient texting and online forms."),
        k.h3("2. Fees"),
        k.table([
            ["Item", "Basis", "Fee"],
            ["Kelderman Cloud subscription", "per location per month",
             "$429.00"],
            ["Additional provider beyond 6 per location",
             "per provider per month", "$59.00"],
            ["CDT code licence", "per location per year", "$45.00"],
            ["Electronic dental claims", "per claim", "$0.30"],
            ["Data conversion from prior system", "one-time", "$1,950.00"],
        ], widths=[2.9 * inch, 2.1 * inch, 1.4 * inch], ruled="grid",
            right_cols=(2,)),
        k.sp(4),
        k.h3("3. Dental procedure codes"),
        k.p("Kelderman includes the Code on Dental Procedures and Nomenclature "
            "(the CDT Code) in the software under its commercial licence from "
            "the American Dental Association. The CDT code licence fee above "
            "passes through the ADA's royalty and Kelderman's cost of loading "
            "the annual update, and is invoiced each January for each "
            "location. The practice may not export the CDT Code from the "
            "software or publish code descriptors outside patient documents."),
        k.p("Diagnosis codes (ICD-10-CM) for medical cross-coding are loaded "
            "from the public CMS release at no charge."),
        k.h3("4. Price changes"),
        k.p("The subscription is fixed for the first 12 months and may then "
            "increase by up to 5% per year. The CDT code licence fee may change "
            "if the ADA changes its royalty."),
        k.h3("5. Other terms"),
        k.p("The Kelderman Subscription Terms (version 2025-06) apply, "
            "including the Business Associate Agreement. Either party may end "
            "the subscription at the end of the term on 60 days' notice."),
        k.small("CDT is a registered trademark of the American Dental "
                "Association. Current Dental Terminology copyright 2025 "
                "American Dental Association. All rights reserved."),
        k.sig(["Kelderman Dental Systems, Inc.", "_____________________",
               "Joost Kelderman, Sales Director"],
              ["Bright Harbor Family Dentistry, PLLC", "_____________________",
               "Dr. Rosalind Vermeulen, DDS"]),
    )
    return dict(
        key="na_cdt_dental", vendor=v, coverage="not_addressed", fee=None,
        kit=k, story=s, title="Dental Practice Software Subscription",
        footer="Kelderman Dental Systems",
        description="Dental software key terms that pass through a $45 per "
        "location CDT (ADA) code licence; CDT is not CPT and the document "
        "never mentions CPT, so CPT licensing is not addressed.")


# ---------------------------------------------------------------------------
def na_icd_hcpcs():
    v = "Brookstone Code Reference, Inc."
    k = Kit("serif", size=10)
    s = flat(
        k.letterhead("Brookstone Code Reference", [
            "Brookstone Code Reference, Inc. - 9 Millbank Terrace, Corrigan, "
            "Kentucky - subscriptions@brookstonecode.example"]),
        k.h2("Subscription Confirmation"),
        k.p("Subscriber: <b>Tri-County Home Health &amp; Hospice, Inc.</b><br/>"
            "Confirmation no. BCR-77310 - 2 January 2026"),
        k.p("Thank you for renewing your Brookstone subscription. This "
            "confirmation, together with the Brookstone Subscriber Terms, sets "
            "out what you have ordered."),
        k.table([
            ["Product", "Users", "Price per user", "Annual"],
            ["Brookstone ICD-10-CM Navigator (diagnosis lookup, "
             "guidelines, coding clinic index)", "8", "$19.00 / year",
             "$152.00"],
            ["Brookstone HCPCS Level II Navigator (DME, supplies, drugs)", "8",
             "$21.50 / year", "$172.00"],
            ["OASIS and PDGM grouper add-on", "8", "$40.00 / year", "$320.00"],
            ["Total", "", "", "$644.00"],
        ], widths=[3.3 * inch, 0.6 * inch, 1.3 * inch, 1.2 * inch],
            ruled="lines", right_cols=(1, 2, 3), total_rows=1),
        k.sp(6),
        k.h3("About your content"),
        k.p("The ICD-10-CM and HCPCS Level II code sets are published by the "
            "federal government. Your subscription pays for Brookstone's "
            "editorial layer: plain-language notes, guideline links, "
            "crosswalks to PDGM clinical groups, quarterly update alerts and "
            "the search tools. Each user has a named login; logins may not be "
            "shared."),
        k.h3("Renewal and price changes"),
        k.p("Your subscription renews each January. We may change per-user "
            "prices on 60 days' notice; for 2027 we expect increases of no more "
            "than $1.00 per user per product."),
        k.h3("Cancellation"),
        k.p("You may cancel within 30 days of renewal for a full refund. After "
            "30 days, subscriptions are non-refundable."),
        k.p("Questions? Contact your account manager, Leticia Fairbanks, at "
            "lfairbanks@brookstonecode.example."),
    )
    return dict(
        key="na_icd_hcpcs", vendor=v, coverage="not_addressed", fee=None,
        kit=k, story=s, title="Subscription Confirmation",
        footer="Brookstone Code Reference", numbers=False,
        description="Coding-reference subscription confirmation charging per "
        "user per year for ICD-10-CM and HCPCS Level II products only; no "
        "CPT content or CPT licensing is involved.")


# ---------------------------------------------------------------------------
def na_cpt_feature():
    v = "Abernethy Medical Billing Software, Inc."
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("SOFTWARE SUBSCRIPTION AGREEMENT", center=True),
        k.center("Abernethy Medical Billing Software, Inc. - AbBill Pro"),
        k.sp(4),
        k.p("This Agreement is between Abernethy Medical Billing Software, "
            "Inc. (\"Abernethy\") and Clearview Ear, Nose &amp; Throat, P.C. "
            "(\"Customer\"), effective 15 January 2026."),
        k.h3("1. Product description"),
        k.p("AbBill Pro is a hosted practice management system. Its features "
            "include:"),
        k.bullets([
            "Charge entry supporting CPT, HCPCS and ICD-10-CM codes, up to four "
            "modifiers per line, and units of service.",
            "Fee schedule management with multiple payer-specific schedules "
            "and automatic contractual adjustments.",
            "A claim scrubber applying NCCI procedure-to-procedure and "
            "medically unlikely edits before claims are released.",
            "Electronic claim submission (837P), remittance posting (835) and "
            "eligibility (270/271) through Abernethy's clearinghouse partner.",
            "Patient statements, payment plans and online bill pay.",
            "Reports: charges and collections by CPT code, provider, location "
            "and payer; A/R aging; denial analysis.",
        ]),
        k.h3("2. Fees"),
        k.p("2.1 Subscription: $245 per provider per month. 2.2 Clearinghouse: "
            "included up to 400 claims per provider per month, then $0.20 per "
            "claim. 2.3 Statements: $0.49 each. 2.4 Fees are invoiced monthly "
            "and may increase by up to 5% on each anniversary."),
        k.h3("3. Customer responsibilities"),
        k.p("Customer is responsible for the accuracy of all codes, charges "
            "and patient data it enters, for maintaining its payer enrollments "
            "and for reviewing scrubber warnings before releasing claims."),
        k.h3("4. Support"),
        k.p("Support is provided from 8 a.m. to 6 p.m. Central Time on business "
            "days. Regulatory updates to scrubber edits are released "
            "quarterly."),
        k.h3("5. Data"),
        k.p("Customer owns its data. Abernethy will provide a full export in "
            "CSV format on termination."),
        k.h3("6. Term"),
        k.p("Twenty-four months, then month to month. Either party may "
            "terminate at the end of the initial term on sixty days' notice."),
        k.h3("7. Limitation of liability"),
        k.p("Abernethy is not responsible for claim denials or payer "
            "decisions. Its liability is limited to three months' fees."),
        k.h3("8. General"),
        k.p("Texas law governs. This Agreement and the Business Associate "
            "Agreement are the entire agreement."),
        k.sig(["ABERNETHY MEDICAL BILLING SOFTWARE, INC.", "By: ______________",
               "Colm Abernethy, President"],
              ["CLEARVIEW EAR, NOSE &amp; THROAT, P.C.", "By: ______________",
               "Dr. Fatima Qureshi, Managing Physician"]),
    )
    return dict(
        key="na_cpt_feature", vendor=v, coverage="not_addressed", fee=None,
        kit=k, story=s, title="Software Subscription Agreement",
        footer="Abernethy - AbBill Pro Subscription Agreement",
        description="PM subscription agreement that mentions CPT only as a "
        "charge-entry, scrubber and reporting feature and says nothing about "
        "who licenses it.")


# ---------------------------------------------------------------------------
def na_copyright_notice():
    v = "Lakemont Patient Connect, Inc."
    k = Kit("sans", size=9, justify=True)
    s = flat(
        k.h1("Lakemont Patient Connect - Practice Services Agreement"),
        k.small("Between Lakemont Patient Connect, Inc. (\"Lakemont\") and Dover "
                "Ridge Internal Medicine Associates, LLC (\"Practice\"). "
                "Effective 1 December 2025."),
        k.hr(),
        k.h3("1. Services"),
        k.p("Lakemont will provide a branded patient portal for Practice, "
            "including secure messaging, appointment requests, online "
            "check-in, visit summaries, statements and online payments, and "
            "will integrate it with Practice's EHR through a standard HL7 "
            "and FHIR interface."),
        k.h3("2. Fees"),
        k.table([
            ["Item", "Fee"],
            ["Portal platform", "$249 per month"],
            ["Online payments", "2.9% + $0.30 per transaction"],
            ["Text reminders", "$0.015 per message"],
            ["Interface setup", "$1,500 one-time"],
        ], widths=[3.0 * inch, 3.4 * inch], ruled="lines"),
        k.sp(4),
        k.h3("3. Practice responsibilities"),
        k.p("Practice will designate a portal administrator, approve patient "
            "enrolment rules, respond to patient messages within the time "
            "Practice publishes to patients, and review visit summaries before "
            "release."),
        k.h3("4. Patient terms"),
        k.p("Patients accept Lakemont's Patient Terms of Use when they enrol. "
            "Practice may add its own notices. Lakemont will display Practice's "
            "notice of privacy practices on the enrolment page."),
        k.h3("5. Privacy and security"),
        k.p("Lakemont is Practice's business associate. Data is encrypted in "
            "transit and at rest, and multi-factor authentication is available "
            "to patients and required for Practice staff."),
        k.h3("6. Service levels"),
        k.p("Lakemont targets 99.9% monthly availability. If availability falls "
            "below 99.5%, Practice receives a credit of 10% of that month's "
            "platform fee."),
        k.h3("7. Term and termination"),
        k.p("Twelve months, renewing for twelve-month periods. Either party may "
            "give notice of non-renewal sixty days before the end of a term."),
        k.h3("8. General"),
        k.p("Minnesota law governs. Notices: legal@lakemont.example."),
        k.sig(["Lakemont Patient Connect, Inc.", "__________________",
               "Tessa Lindqvist-Moore, COO"],
              ["Dover Ridge Internal Medicine Associates, LLC",
               "__________________", "Harold Beaumont, Practice Manager"]),
        k.sp(20),
        k.hr(thick=0.3),
        k.small("Visit summaries may display procedure codes. CPT copyright "
                "2025 American Medical Association. All rights reserved."),
    )
    return dict(
        key="na_copyright_notice", vendor=v, coverage="not_addressed",
        fee=None, kit=k, story=s, title="Practice Services Agreement",
        footer="Lakemont Patient Connect",
        description="Patient-portal services agreement whose only CPT "
        "reference is a bare AMA copyright notice in the footer; nothing "
        "decides who licenses or pays for CPT.")


# ---------------------------------------------------------------------------
def na_billing_invoice():
    v = "Garrow Finch Billing Company"
    k = Kit("sans", size=9)
    s = flat(
        k.table([["<b>Garrow Finch Billing Company</b><br/>Medical billing and "
                  "coding services<br/>508 Selwyn Avenue, Bradwell, New Jersey"
                  "<br/>ar@garrowfinch.example",
                  "<b>STATEMENT OF SERVICES</b><br/>No. GF-2025-1107<br/>"
                  "Period: November 2025<br/>Issued: 5 December 2025<br/>Due: "
                  "20 December 2025"]],
                widths=[3.6 * inch, 3.1 * inch], ruled="none", header=False),
        k.hr(),
        k.p("<b>Client:</b> Alderbrook Sports Medicine, P.C. - Attn. Janelle "
            "Whitford"),
        k.table([
            ["Service", "Basis", "Qty", "Rate", "Amount"],
            ["Billing services - percentage of net collections",
             "Nov net collections $61,420.18", "", "6.0%", "$3,685.21"],
            ["Paper claims", "per claim", "14", "$1.10", "$15.40"],
            ["Patient statements", "per statement", "322", "$0.52", "$167.44"],
            ["Coding review - E/M leveling audit (CPT 99212-99215)",
             "per chart", "14", "$9.00", "$126.00"],
            ["Credentialing - 1 new payer application", "per application", "1",
             "$175.00", "$175.00"],
            ["Total due", "", "", "", "$4,169.05"],
        ], widths=[2.6 * inch, 1.8 * inch, 0.5 * inch, 0.8 * inch,
                   1.0 * inch], ruled="grid", right_cols=(2, 3, 4),
            total_rows=1),
        k.sp(6),
        k.h3("Month at a glance"),
        k.table([
            ["Claims submitted", "1,046"], ["First-pass acceptance", "97.8%"],
            ["Denials worked", "61"], ["A/R over 90 days", "8.4%"],
        ], widths=[2.5 * inch, 1.5 * inch], ruled="none", header=False),
        k.sp(6),
        k.small("The percentage fee applies to payments posted in the period on "
                "claims we submitted, net of refunds. The E/M audit sampled "
                "14 established-patient visits; findings are in the attached "
                "audit summary. Please pay by ACH to the account on your "
                "service agreement or by cheque payable to Garrow Finch Billing "
                "Company."),
    )
    return dict(
        key="na_billing_invoice", vendor=v, coverage="not_addressed", fee=None,
        kit=k, story=s, title="Statement of Services GF-2025-1107",
        footer="Garrow Finch Billing Company",
        description="Billing-service monthly statement with percentage, "
        "per-claim, statement and coding-audit charges; CPT appears only as "
        "a description of audited visit codes and no licence fee or term is "
        "stated.")


# ---------------------------------------------------------------------------
def na_erx():
    v = "Scriptwell Networks, Inc."
    k = Kit("sans", size=9.3, justify=True)
    s = flat(
        k.h1("Scriptwell e-Prescribing Services Agreement"),
        k.small("Scriptwell Networks, Inc. - certified electronic prescribing "
                "network - agreements@scriptwell.example"),
        k.hr(),
        k.p("This agreement is between Scriptwell Networks, Inc. "
            "(\"Scriptwell\") and <b>Mossgiel Pain Management Clinic, LLC</b> "
            "(\"Client\"), effective 15 November 2025."),
        k.h3("1. Services"),
        k.p("Scriptwell provides standalone electronic prescribing for "
            "prescribers who are not using an integrated EHR prescribing "
            "module: new prescriptions, renewals, change requests, "
            "cancellations, medication history, formulary and benefit checks, "
            "and electronic prescribing of controlled substances (EPCS) with "
            "two-factor authentication."),
        k.h3("2. Drug content"),
        k.p("Drug names, NDC identifiers, dosing and interaction checking come "
            "from a commercial drug knowledge base that Scriptwell licenses. "
            "The cost of that content is included in the prescriber fee."),
        k.h3("3. Fees"),
        k.table([
            ["Item", "Fee"],
            ["Prescriber subscription", "$29.00 per prescriber per month"],
            ["EPCS identity proofing", "$45.00 per prescriber, one-time"],
            ["Hard token (optional)", "$35.00 each"],
            ["Prescription drug monitoring program lookup", "Included"],
        ], widths=[3.2 * inch, 3.2 * inch], ruled="grid"),
        k.sp(4),
        k.h3("4. Client obligations"),
        k.p("Client will ensure each prescriber holds a current DEA "
            "registration and state licence, completes identity proofing, and "
            "protects authentication credentials. Client will comply with 21 "
            "C.F.R. Part 1311 for EPCS access controls."),
        k.h3("5. Network and pharmacies"),
        k.p("Scriptwell routes prescriptions to pharmacies through a national "
            "network. Scriptwell is not responsible for a pharmacy's failure to "
            "process a prescription it has received."),
        k.h3("6. Term"),
        k.p("Month to month. Client may cancel on 30 days' notice."),
        k.h3("7. Liability"),
        k.p("Prescribing decisions are solely those of the prescriber. "
            "Scriptwell's liability is limited to fees paid in the prior six "
            "months."),
        k.sig(["Scriptwell Networks, Inc.", "________________",
               "Anton Vukovic, Director of Partnerships"],
              ["Mossgiel Pain Management Clinic, LLC", "________________",
               "Dr. Lorna Faulkner, Medical Director"]),
    )
    return dict(
        key="na_erx", vendor=v, coverage="not_addressed", fee=None, kit=k,
        story=s, title="e-Prescribing Services Agreement",
        footer="Scriptwell Networks",
        description="Standalone e-prescribing agreement with per-prescriber "
        "and drug-content terms; CPT is never mentioned, so CPT licensing is "
        "not addressed.")


# ---------------------------------------------------------------------------
def na_telehealth_visitcodes():
    v = "Halcyon Bridge Telemedicine, LLC"
    k = Kit("serif", size=10)
    s = flat(
        k.letterhead("Halcyon Bridge Telemedicine", [
            "Halcyon Bridge Telemedicine, LLC - partners@halcyonbridge.example"]),
        k.h2("Telehealth Partnership Order"),
        k.kv([("Partner practice", "Sweetwater Rural Health Clinic, Inc."),
              ("Service", "After-hours virtual urgent care staffed by Halcyon "
               "clinicians, plus a video platform for the practice's own "
               "clinicians"),
              ("Start", "5 January 2026")]),
        k.sp(4),
        k.h3("Pricing"),
        k.table([
            ["", "Price"],
            ["Video platform for practice clinicians",
             "$35 per clinician per month"],
            ["After-hours visits by Halcyon clinicians", "$38 per visit"],
            ["Interpreter services", "$1.80 per minute"],
            ["Launch kit (signage, patient cards, web widget)", "$250 once"],
        ], widths=[3.5 * inch, 2.9 * inch], ruled="lines"),
        k.sp(4),
        k.h3("Billing for visits"),
        k.p("For visits by the practice's own clinicians, the platform "
            "produces a visit record listing the visit length, the place of "
            "service (02 or 10), and suggested CPT codes and modifiers (95, "
            "93) that the practice's billing team can review before claiming. "
            "For after-hours visits by Halcyon clinicians, Halcyon bills the "
            "patient's insurer directly under its own group NPI and the "
            "practice does not claim for those visits."),
        k.h3("Records"),
        k.p("Visit notes are sent to the practice's EHR by secure direct "
            "message within one hour of each visit."),
        k.h3("Term"),
        k.p("Twelve months. Either party may end the arrangement on 60 days' "
            "notice."),
        k.p("This order is governed by the Halcyon Bridge Partner Terms."),
        k.sig(["Halcyon Bridge Telemedicine, LLC", "___________________",
               "Ines Carvalho, Partnerships"],
              ["Sweetwater Rural Health Clinic, Inc.", "___________________",
               "Wallace Teague, CEO"]),
    )
    return dict(
        key="na_telehealth_visitcodes", vendor=v, coverage="not_addressed",
        fee=None, kit=k, story=s, title="Telehealth Partnership Order",
        footer="Halcyon Bridge Telemedicine",
        description="Telehealth order in which the platform suggests CPT codes "
        "and modifiers for the practice's claims, but nothing says who "
        "licenses CPT; the per-clinician and per-visit prices are not CPT "
        "fees.")


# ---------------------------------------------------------------------------
def na_bh_trademark():
    v = "Tidewell Counseling Apps, Inc."
    k = Kit("sans", size=9.5)
    s = flat(
        k.small("tidewell.example/pricing"),
        k.h1("Simple pricing for counselling practices"),
        k.p("Tidewell Counseling Apps, Inc. makes scheduling, notes and "
            "superbills for therapists. Every plan includes unlimited clients "
            "and free onboarding."),
        k.table([
            ["", "Solo", "Team", "Clinic"],
            ["Price", "$39 / month", "$29 per clinician / month",
             "$25 per clinician / month"],
            ["Clinicians", "1", "2 to 9", "10+"],
            ["Scheduling and reminders", "Yes", "Yes", "Yes"],
            ["Progress notes and treatment plans", "Yes", "Yes", "Yes"],
            ["Superbills with CPT and ICD-10 codes", "Yes", "Yes", "Yes"],
            ["Insurance claims (837P)", "$0.35 per claim", "$0.30 per claim",
             "$0.25 per claim"],
            ["Group therapy notes", "-", "Yes", "Yes"],
            ["Supervisor co-signing", "-", "Yes", "Yes"],
        ], widths=[2.4 * inch, 1.2 * inch, 1.55 * inch, 1.55 * inch],
            ruled="grid"),
        k.sp(6),
        k.h2("Questions"),
        k.p("<b>What's a superbill?</b> A receipt your client can submit to "
            "their insurer for out-of-network reimbursement. Tidewell fills in "
            "the session's CPT code (for example 90834 or 90837), diagnosis "
            "codes, your NPI and licence number."),
        k.p("<b>Can I change plans?</b> Yes, at any time. Changes take effect "
            "on your next billing date."),
        k.p("<b>Is there a contract?</b> No. Plans are month to month and you "
            "can cancel from your account settings."),
        k.p("<b>Do you offer discounts?</b> Annual billing saves two months. "
            "Group practices with more than 25 clinicians can ask for a "
            "quote."),
        k.p("<b>Is Tidewell HIPAA compliant?</b> Yes. We sign a business "
            "associate agreement with every practice, encrypt all data and "
            "require two-factor authentication."),
        k.hr(),
        k.small("Prices in US dollars, excluding tax. CPT&reg; is a registered "
                "trademark of the American Medical Association. Tidewell "
                "Counseling Apps, Inc., 40 Larch Quay, Suite 2, Pell Harbour, "
                "Maine."),
    )
    return dict(
        key="na_bh_trademark", vendor=v, coverage="not_addressed", fee=None,
        kit=k, story=s, title="Tidewell pricing", footer="Tidewell",
        description="Counselling-app pricing page that lists superbills with "
        "CPT codes as a feature and carries a CPT trademark line only; "
        "per-clinician and per-claim prices are subscriptions, not CPT fees.")


# ---------------------------------------------------------------------------
def na_renewal():
    v = "Osgood Imaging Informatics, Inc."
    k = Kit("serif", size=10.5)
    s = flat(
        k.letterhead("Osgood Imaging Informatics, Inc.", [
            "3 Courtland Plaza, Suite 800, Weymouth Ferry, Massachusetts",
            "accounts@osgoodimaging.example"]),
        k.p("November 24, 2025"),
        k.p("Ms. Priscilla Haverford<br/>Administrator<br/>Seabrook Radiology "
            "Associates, P.C.<br/>12 Tolland Street<br/>Weymouth Ferry, "
            "Massachusetts"),
        k.p("<b>Re: Annual renewal of your Osgood RIS and reporting "
            "subscription</b>"),
        k.p("Dear Ms. Haverford,"),
        k.p("Your subscription renews on January 1, 2026. As provided in "
            "Section 4.3 of your Subscription Agreement, prices for the "
            "renewal year increase by 4%. Your renewal will be:"),
        k.table([
            ["Item", "2025", "2026"],
            ["RIS and structured reporting, per radiologist per month",
             "$610.00", "$634.40"],
            ["Technologist and front-desk seats, per user per month", "$79.00",
             "$82.16"],
            ["Speech recognition, per radiologist per month", "$120.00",
             "$124.80"],
            ["Critical results notification module", "$300.00", "$312.00"],
        ], widths=[3.6 * inch, 1.3 * inch, 1.3 * inch], ruled="lines",
            right_cols=(1, 2)),
        k.sp(6),
        k.p("Maintenance continues to include quarterly releases, regulatory "
            "updates, ICD-10-CM and HCPCS annual code updates, and 24x7 support "
            "for system-down events."),
        k.p("If you would like to add seats or discuss a multi-year renewal "
            "at a fixed price, please contact me before December 15. "
            "Otherwise, no action is needed and your subscription will renew "
            "automatically."),
        k.p("Thank you for your continued partnership."),
        k.p("Sincerely,<br/><br/>Jerome Castellano<br/>Client Accounts Manager"
            "<br/>Osgood Imaging Informatics, Inc."),
    )
    return dict(
        key="na_renewal", vendor=v, coverage="not_addressed", fee=None, kit=k,
        story=s, title="Annual renewal", footer="Osgood Imaging Informatics",
        numbers=False,
        description="Radiology software renewal letter with a 4% seat and "
        "module price increase and ICD-10/HCPCS updates; CPT is never "
        "mentioned.")


# ---------------------------------------------------------------------------
def na_lab_affiliate():
    v = "Harlan Valley Medical Center"
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("OUTREACH LABORATORY SERVICES AGREEMENT", center=True),
        k.p("This Agreement is made as of February 1, 2026 between Harlan "
            "Valley Medical Center, a Kentucky nonprofit corporation "
            "(\"Hospital\"), and Coalbrook Primary Care, PLLC (\"Practice\")."),
        k.h3("1. Laboratory services"),
        k.p("Hospital's outreach laboratory will perform clinical laboratory "
            "testing on specimens collected by Practice, provide courier "
            "pickup twice daily, and supply specimen collection materials at "
            "no charge."),
        k.h3("2. Ordering and results interface"),
        k.p("2.1 Hospital will build and maintain a bidirectional interface "
            "between its laboratory information system and Practice's EHR. "
            "Orders and results will be exchanged using LOINC test codes and, "
            "for microbiology organisms, SNOMED CT concepts, which Hospital "
            "uses under the National Library of Medicine's UMLS licence. 2.2 "
            "Hospital will bear the cost of the interface. The value of the "
            "interface is limited to items used solely to transmit orders and "
            "results, consistent with 42 C.F.R. 411.351."),
        k.h3("3. Billing"),
        k.p("3.1 Hospital will bill patients and their insurers directly for "
            "testing. Practice will supply complete demographic, insurance and "
            "diagnosis information (ICD-10-CM) with each order. 3.2 For "
            "patients without coverage whom Practice elects to bill directly, "
            "Hospital will invoice Practice at the client fee schedule in "
            "Exhibit A, which Hospital may update annually."),
        k.h3("4. No inducement"),
        k.p("Nothing in this Agreement requires Practice to refer any test to "
            "Hospital. Hospital will not provide Practice with any item or "
            "service other than those necessary to collect, transport and "
            "report specimens."),
        k.h3("5. Term"),
        k.p("One year, renewing automatically. Either party may terminate on "
            "ninety days' notice."),
        k.h3("6. Privacy"),
        k.p("Each party is a covered entity and will safeguard protected "
            "health information as required by HIPAA."),
        k.sig(["HARLAN VALLEY MEDICAL CENTER", "By: __________________",
               "Darnell Whitaker, Director, Laboratory Outreach"],
              ["COALBROOK PRIMARY CARE, PLLC", "By: __________________",
               "Joanna Redfern, M.D."]),
    )
    return dict(
        key="na_lab_affiliate", vendor=v, coverage="not_addressed", fee=None,
        kit=k, story=s, title="Outreach Laboratory Services Agreement",
        footer="Harlan Valley Medical Center - Outreach Laboratory",
        description="Hospital outreach-lab agreement covering a LOINC and "
        "SNOMED CT results interface and ICD-10-CM diagnoses; CPT is never "
        "mentioned, so CPT licensing is not addressed.")


DOCS = [na_cdt_dental, na_icd_hcpcs, na_cpt_feature, na_copyright_notice,
        na_billing_invoice, na_erx, na_telehealth_visitcodes, na_bh_trademark,
        na_renewal, na_lab_affiliate]
