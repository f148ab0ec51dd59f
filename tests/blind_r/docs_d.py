"""blind_r documents, part D."""
from common import (TITLE, SUB, H, P, SMALL, B, N, T, KV, M, F, SIG, PB, SP, HR, CENTER,
                    US, UK, FORMAL, clauses)
from docs_a import D, fee

DOCS = []

# =========================== not_addressed ==================================
DOCS.append(D(
    "na_parkhurst_order", "not_addressed", "Parkhurst EHR Solutions, Inc.", None,
    "Unruled order form with per-user subscription, implementation and interface fees; CPT appears only as a "
    "feature ('CPT and ICD-10 code search'); nothing about who licenses CPT.",
    [
        TITLE("Parkhurst EHR \u2014 Order"),
        P("Parkhurst EHR Solutions, Inc. \u00b7 225 West Wacker Drive, Chicago, IL 60606"),
        KV([
            ["Customer", "Lincoln Square Internal Medicine, S.C."],
            ["Order ID", "PKH-7730"],
            ["Start date", "June 1, 2025"],
            ["Term", "24 months, then month to month"],
        ], widths=(1.2, 5.3)),
        T([
            ["Product", "Users", "Monthly", "Notes"],
            ["Parkhurst EHR Essentials", "9", "$1,035.00", "$115 per user per month"],
            ["Parkhurst Billing", "4", "$260.00", "$65 per user per month"],
            ["Lab interface (Quest, LabCorp)", "\u2014", "$120.00", "Bidirectional"],
            ["Implementation", "\u2014", "$2,800.00 once", "Remote, 6 weeks"],
        ], ruled=False, widths=[2.7, 0.7, 1.3, 2.0], right=(2,)),
        H("What's in Parkhurst EHR Essentials"),
        B(["Charting templates for primary care and chronic care management",
           "CPT\u00ae and ICD-10 code search with practice favorites and superbill builder",
           "e-Prescribing and medication history",
           "Patient portal with secure messaging and online bill pay",
           "Quality measure dashboards (MIPS)"]),
        H("What's in Parkhurst Billing"),
        B(["Claim scrubbing and electronic submission through Parkhurst's clearinghouse partner",
           "Electronic remittance posting",
           "Patient statements (printing and postage billed at cost)"]),
        H("Terms"),
        P("This Order is governed by the Parkhurst Subscription Terms posted at parkhurst-ehr.example/terms. Monthly "
          "fees are charged to the card or bank account on file on the first of each month. Users may be added at "
          "any time at the per-user price above; reductions take effect at the next renewal."),
        SIG([("Lincoln Square Internal Medicine, S.C.", "Dr. Ruth Abernathy", "President", "May 14, 2025"),
             ("Parkhurst EHR Solutions, Inc.", "Kevin Moy", "Account Executive", "May 15, 2025")]),
        SMALL("CPT is a registered trademark of the American Medical Association."),
    ], font="Helvetica", size=10, footer="Parkhurst EHR Solutions, Inc. \u00b7 Order PKH-7730"))

# ---------------------------------------------------------------------------
pn2 = {"V": "Ember Lane", "C": "Customer", "state": "Washington", "venue": "Seattle, Washington"}
DOCS.append(D(
    "na_emberlane_notice", "not_addressed", "Ember Lane Software, LLC", None,
    "Software licence whose only CPT content is a third-party notices section with the AMA copyright line and "
    "trademark attribution; no grant, fee or obligation about CPT licensing.",
    [
        TITLE("Ember Lane Practice Suite"),
        SUB("Software License Terms \u00b7 Ember Lane Software, LLC \u00b7 rev. 2025.1"),
        P("These terms govern the Customer's use of the Ember Lane Practice Suite (the \"Software\") under any order "
          "accepted by Ember Lane Software, LLC (\"Ember Lane\")."),
        H("1. License"),
        P("Ember Lane grants the Customer a non-exclusive, non-transferable license, for the term of its order, to "
          "use the Software for its internal operations. The Customer may not resell, sublicense or make the Software "
          "available to third parties."),
        H("2. Fees"),
        P("The Customer shall pay the subscription fees in its order, annually in advance. Ember Lane may change "
          "fees for a renewal term on 60 days' notice."),
    ] + clauses(US, ["accounts", "data", "hipaa", "conf", "warr", "liab", "term", "law", "entire"], 3, pn2) + [
        H("12. Third-party notices"),
        P("The Software includes components and content from third parties, which are identified below together with "
          "the notices their owners require."),
        B(["PDF rendering library: used under the BSD 3-clause license. Copyright holders retain all rights.",
           "Drug database: First Drug Data, Inc. Used with permission.",
           "CPT only \u00a9 2024 American Medical Association. All rights reserved. CPT is a registered trademark of the "
           "American Medical Association.",
           "Maps and geocoding: \u00a9 OpenMap contributors."]),
    ], font="Times", size=10.5, footer="Ember Lane Software, LLC \u2014 License Terms 2025.1"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "na_silverpine_acronym", "not_addressed", "Silverpine Claims Network, Inc.", None,
    "Claims network agreement where 'CPT' is defined as Cost Per Transaction and 'AMA' as Annual Maintenance "
    "Agreement; neither refers to the American Medical Association's code set, so CPT licensing is not addressed.",
    [
        TITLE("Silverpine Claims Network"),
        SUB("Participation Agreement and Pricing Terms"),
        P("This agreement is between Silverpine Claims Network, Inc. (\"Silverpine\") and Blue Mesa Chiropractic, "
          "LLC (\"Member\"), effective August 1, 2025."),
        H("1. Definitions"),
        B(["<b>\"CPT\"</b> means Cost Per Transaction: the unit price Silverpine charges for each transaction type "
           "listed in Section 4.",
           "<b>\"AMA\"</b> means the Annual Maintenance Agreement under which Silverpine maintains the Member's "
           "on-premises gateway appliance, as described in Section 5.",
           "<b>\"Transaction\"</b> means one claim, one eligibility request, one claim status request or one "
           "remittance file.",
           "<b>\"Gateway\"</b> means the Silverpine appliance installed at the Member's office."]),
        H("2. Services"),
        P("Silverpine will route Member's claims and other transactions to payers through the Gateway, apply "
          "format and payer edits, and return payer responses. Member is responsible for the correctness of the "
          "procedure and diagnosis codes on its claims."),
        H("3. Member obligations"),
        P("Member will keep the Gateway on a secure network, apply security updates Silverpine provides within ten "
          "days, and use the network only for its own claims."),
        H("4. CPT pricing"),
        T([
            ["Transaction", "CPT"],
            ["Professional claim", "$0.26"],
            ["Eligibility request", "$0.12"],
            ["Claim status request", "$0.08"],
            ["Remittance file", "$0.00"],
        ], widths=[3.5, 1.5], right=(1,)),
        P("CPT rates are fixed for the first twelve months and may then be increased by up to 5% on 60 days' "
          "notice. CPT charges are billed monthly in arrears."),
        H("5. AMA fee"),
        P("The AMA fee is $1,200.00 per year, billed on each anniversary of the Gateway installation. It covers "
          "hardware replacement, firmware updates and next-business-day on-site service for the Gateway. Member may "
          "cancel the AMA on 30 days' notice, in which case Silverpine will maintain the Gateway at its standard "
          "time-and-materials rates."),
        H("6. General"),
        P("This agreement is governed by the laws of New Mexico. Either party may terminate it on 90 days' written "
          "notice. Silverpine's business associate agreement with Member applies to all protected health "
          "information processed under this agreement."),
        SIG([("Silverpine Claims Network, Inc.", "Rosa Delgado", "Member Services Director", "July 22, 2025"),
             ("Blue Mesa Chiropractic, LLC", "Dr. Aaron Pike", "Owner", "July 24, 2025")]),
    ], font="Helvetica", size=10.5, footer="Silverpine Claims Network, Inc. \u00b7 Participation Agreement"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "na_orchard_icd", "not_addressed", "Orchard Code Services, Inc.", None,
    "Code-update service order charging $12 per provider per year for ICD-10-CM/PCS updates with HCPCS Level II "
    "included; it never deals with CPT, so the per-provider fee is not a CPT fee.",
    [
        TITLE("Code Set Update Service \u2014 Order Confirmation"),
        P("Orchard Code Services, Inc. \u00b7 90 Orchard Hill Road, Hartford, CT 06103 \u00b7 orders@orchardcode.example"),
        KV([
            ["Customer", "Farmington Valley Urology, LLC"],
            ["Confirmation", "OCS-2025-4471"],
            ["Service year", "October 1, 2025 \u2013 September 30, 2026"],
        ], widths=(1.3, 5.2)),
        P("Thank you for renewing the Orchard Code Set Update Service. This confirmation sets out what you'll "
          "receive and what you'll pay."),
        T([
            ["Update", "Delivered", "Price"],
            ["ICD-10-CM annual update (diagnoses)", "September, effective October 1", "$12.00 per provider per year"],
            ["ICD-10-PCS annual update (inpatient procedures)", "September, effective October 1", "Included with ICD-10-CM"],
            ["HCPCS Level II quarterly updates (supplies, drugs, DME)", "January, April, July, October", "Included"],
            ["Payer crosswalk tables (Medicare NCCI edits)", "Quarterly", "$150.00 per year, flat"],
        ], widths=[2.9, 2.0, 1.8]),
        P("<b>Your total:</b> 8 providers \u00d7 $12.00 = $96.00, plus crosswalk tables $150.00, for a total of "
          "$246.00 for the service year."),
        P("The ICD-10 and HCPCS Level II files we deliver are built from the public releases of the Centers for "
          "Medicare &amp; Medicaid Services and the National Center for Health Statistics. Our fee covers formatting, "
          "validation and delivery into your practice management system's import format."),
        P("Updates are loaded by your system administrator using the instructions e-mailed with each release. If "
          "you'd like Orchard to load them remotely, that service is $75 per release."),
        SMALL("Orchard Code Services, Inc. is not affiliated with CMS or NCHS."),
    ], font="Helvetica", size=10.5, footer="Orchard Code Services, Inc. \u00b7 OCS-2025-4471"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "na_smilecrest_dental", "not_addressed", "Smilecrest Dental Systems, LLC", None,
    "Dental software subscription passing through the ADA CDT licence fee; CPT appears only as a medical "
    "cross-coding feature, and nothing addresses who licenses CPT.",
    [
        TITLE("Smilecrest Subscription Summary"),
        SUB("Smilecrest Dental Systems, LLC \u00b7 for Brightsmile Family Dentistry, PLLC"),
        P("Thank you for choosing Smilecrest. This summary forms part of your Smilecrest Subscription Agreement."),
        H("Monthly subscription"),
        T([
            ["Item", "Qty", "Monthly"],
            ["Smilecrest Cloud, per dentist", "3", "$597.00"],
            ["Hygienist and staff users", "8", "$160.00"],
            ["Digital imaging bridge", "1", "$75.00"],
            ["<b>Monthly total</b>", "", "<b>$832.00</b>"],
        ], widths=[3.6, 0.8, 1.4], right=(1, 2)),
        H("Annual charges"),
        B(["<b>ADA CDT\u00ae code licence:</b> $11.50 per user per year (11 users: $126.50), billed each January. "
           "The American Dental Association owns the CDT codes used for dental procedures and claims, and Smilecrest "
           "passes this licence fee through at cost.",
           "<b>Annual software update and hosting renewal:</b> included in the monthly subscription."]),
        H("Features you'll use most"),
        B(["Perio charting, treatment planning and patient financing estimates",
           "Dental claims (837D) with attachments",
           "Medical cross-coding: converts CDT procedures to CPT\u00ae and ICD-10-CM for medical claims such as sleep "
           "apnea appliances and oral surgery",
           "Automated recall and appointment reminders"]),
        H("Terms"),
        P("Your subscription renews each year unless you give 30 days' notice. Monthly fees may increase by up to 5% "
          "at renewal. Per-claim fees for our clearinghouse partner are $0.28 per claim."),
        SMALL("CDT is a registered trademark of the American Dental Association. CPT is a registered trademark of the "
              "American Medical Association. Smilecrest Dental Systems, LLC, 44 Harbor Point Road, Tampa, FL 33602."),
    ], font="Helvetica", size=10.5, footer="Smilecrest Dental Systems, LLC"))

# ---------------------------------------------------------------------------
pn6 = {"V": "Harbourline", "C": "Provider", "state": "Maryland", "venue": "Baltimore, Maryland"}
DOCS.append(D(
    "na_harbourline_clearing", "not_addressed", "Harbourline Exchange, Inc.", None,
    "Clearinghouse agreement ('Provider' is the practice) with per-claim and monthly fees; its scrubber "
    "'validates CPT/HCPCS codes' as a feature, but no clause deals with CPT licensing.",
    [
        TITLE("Harbourline Exchange \u2014 Clearinghouse Agreement"),
        P("Harbourline Exchange, Inc. (\"Harbourline\") and Patapsco Internal Medicine, LLC (\"Provider\") agree to "
          "the following terms, effective March 15, 2025."),
        H("1. Services"),
        B(["Submission of professional claims to more than 4,000 payers",
           "Claim scrubbing that validates CPT/HCPCS and ICD-10 codes, modifiers, NPIs and payer-specific rules "
           "before submission",
           "Real-time eligibility and claim status",
           "Electronic remittance advice and payer reports",
           "Secondary claim automation"]),
        H("2. Fees"),
        T([
            ["Service", "Fee"],
            ["Claims", "$0.22 per claim, or unlimited for $129 per month per billing NPI"],
            ["Eligibility and claim status", "$0.09 per transaction"],
            ["Remittance advice", "Included"],
            ["Paper claims to non-electronic payers", "$0.60 per claim"],
            ["Enrollment services", "$25 per payer enrollment"],
        ], widths=[2.4, 4.2]),
        P("Provider selects per-claim or unlimited pricing on its enrollment form and may change once per quarter."),
    ] + clauses(US, ["hipaa", "conf", "warr", "liab", "term", "law", "entire"], 3, pn6) + [
        SIG([("Harbourline Exchange, Inc.", "Denise Carrow", "Director, Provider Relations", "March 10, 2025"),
             ("Patapsco Internal Medicine, LLC", "Omar Haddad", "Practice Manager", "March 12, 2025")]),
    ], font="Helvetica", size=10, footer="Harbourline Exchange, Inc. \u2014 Clearinghouse Agreement"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "na_mosaic_invoice", "not_addressed", "Mosaic Peak Health, Inc.", None,
    "Invoice with subscription, implementation, e-prescribing, clearinghouse and a 'coding assistant (CPT/ICD "
    "suggestions)' add-on; the add-on is a product feature, not a CPT licence fee, and licensing is not addressed.",
    [
        TITLE("Mosaic Peak Health, Inc."),
        P("INVOICE MP-10-55291<br/>Date: October 1, 2025 \u00b7 Due: October 31, 2025<br/>"
          "Bill to: Aspen Grove Pediatrics, PC, 1480 Pearl Street, Boulder, CO 80302"),
        T([
            ["Description", "Qty", "Unit", "Amount"],
            ["Mosaic Clinical subscription, October 2025", "5", "$260.00", "$1,300.00"],
            ["Mosaic Clinical staff seats, October 2025", "10", "$30.00", "$300.00"],
            ["Coding assistant (CPT/ICD suggestions) add-on, October 2025", "5", "$40.00", "$200.00"],
            ["e-Prescribing, October 2025", "5", "$12.00", "$60.00"],
            ["Clearinghouse claims, September 2025", "1,036", "$0.30", "$310.80"],
            ["Implementation, milestone 3 of 3 (go-live)", "1", "$1,250.00", "$1,250.00"],
            ["Credit: service outage September 9 (SLA)", "1", "($80.00)", "($80.00)"],
            ["", "", "<b>Total</b>", "<b>$3,340.80</b>"],
        ], widths=[3.9, 0.6, 1.0, 1.1], right=(1, 2, 3)),
        P("The coding assistant reviews each note and suggests procedure and diagnosis codes for the provider to "
          "accept or reject. It is billed per provider per month and can be cancelled at any time."),
        P("Pay online at pay.mosaicpeak.example or by ACH to Mosaic Peak Health, Inc., account ending 2290."),
        SMALL("Questions? billing@mosaicpeak.example \u00b7 (720) 555-0114"),
    ], font="Courier", size=9.5, footer="Mosaic Peak Health, Inc. \u00b7 MP-10-55291"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "na_windrow_renewal", "not_addressed", "Windrow Medical Software, Inc.", None,
    "Renewal notice with a capped price increase and totals; it mentions only that the 2026 CPT code update will be "
    "loaded in December, which is a feature, not licensing.",
    [
        P("<b>Windrow Medical Software, Inc.</b><br/>600 Main Street, Suite 400, Cedar Falls, IA 50613"),
        P("October 15, 2025"),
        P("Prairie Lakes Family Practice<br/>Attn: Janet Olson, Practice Manager"),
        P("<b>Renewal notice \u2014 Windrow PM/EHR \u2014 agreement WMS-3317</b>"),
        P("Dear Janet,"),
        P("Your Windrow agreement renews on January 1, 2026 for one year. Under Section 6.2 of your agreement, annual "
          "increases are capped at the lesser of 6% or CPI plus 2%. For 2026 the increase is 4.5%."),
        T([
            ["", "2025", "2026"],
            ["Windrow PM/EHR, 7 providers", "$2,380.00 / month", "$2,487.10 / month"],
            ["Staff users (15)", "$375.00 / month", "$391.88 / month"],
            ["Clearinghouse, unlimited claims", "$199.00 / month", "$199.00 / month (no change)"],
            ["<b>Annual total</b>", "<b>$35,448.00</b>", "<b>$36,935.76</b>"],
        ], ruled=False, widths=[2.8, 1.8, 2.2], right=(1, 2)),
        P("<b>Coming in December:</b> we'll load the 2026 CPT\u00ae, ICD-10-CM and HCPCS code updates into your system "
          "during the December 13 maintenance window so your team can bill 2026 dates of service from January 1. "
          "We'll send release notes the week before."),
        P("<b>No action is needed</b> to renew. To change your user count, let us know by December 1."),
        P("Thank you,<br/>Paul Jennings<br/>Customer Success, Windrow Medical Software, Inc."),
    ], font="Times", size=11, footer="Windrow Medical Software, Inc."))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "na_ardent_baa", "not_addressed", "Ardent Cloud Health, LLC", None,
    "Business associate agreement listing CPT codes only as an example of PHI data elements; it has no term on "
    "CPT licensing.",
    [
        CENTER("BUSINESS ASSOCIATE AGREEMENT"),
        P("This Business Associate Agreement (\"BAA\") is entered into by Ardent Cloud Health, LLC (\"Business "
          "Associate\") and Sunrise Geriatric Medicine, P.C. (\"Covered Entity\") and is effective on the date of the "
          "parties' Services Agreement."),
        H("1. Definitions"),
        P("Terms used but not defined in this BAA have the meanings given in the HIPAA Rules (45 C.F.R. Parts 160 and "
          "164). \"Protected Health Information\" or \"PHI\" includes, among other things, patient demographics, "
          "diagnoses, procedure codes such as CPT and HCPCS codes, dates of service, and claim and payment data that "
          "Business Associate creates, receives, maintains or transmits for Covered Entity."),
        H("2. Obligations of Business Associate"),
        N(["Not use or disclose PHI other than as permitted by this BAA or required by law.",
           "Use appropriate administrative, physical and technical safeguards, and comply with Subpart C of 45 C.F.R. "
           "Part 164 for electronic PHI.",
           "Report to Covered Entity any use or disclosure not permitted by this BAA, including any Breach of "
           "Unsecured PHI, without unreasonable delay and in no case later than ten (10) business days after "
           "discovery.",
           "Ensure that subcontractors that handle PHI agree in writing to the same restrictions.",
           "Make PHI available for access and amendment, and provide an accounting of disclosures, as required by "
           "45 C.F.R. 164.524, 164.526 and 164.528.",
           "Make its internal practices and records available to the Secretary of HHS for determining compliance.",
           "At termination, return or destroy all PHI if feasible, or extend these protections to any PHI retained."]),
        H("3. Permitted uses"),
        P("Business Associate may use PHI to perform the services in the Services Agreement, for its proper "
          "management and administration, and to provide data aggregation services to Covered Entity. Business "
          "Associate may de-identify PHI in accordance with 45 C.F.R. 164.514."),
        H("4. Obligations of Covered Entity"),
        P("Covered Entity will notify Business Associate of any limitation in its notice of privacy practices, and "
          "of any restriction it agrees to, that may affect Business Associate's use or disclosure of PHI."),
        H("5. Term and termination"),
        P("This BAA lasts as long as the Services Agreement. Covered Entity may terminate the Services Agreement if "
          "Business Associate materially breaches this BAA and does not cure the breach within thirty (30) days."),
        H("6. Miscellaneous"),
        P("This BAA prevails over the Services Agreement on any matter concerning PHI. Any ambiguity will be "
          "resolved to permit compliance with the HIPAA Rules."),
        SIG([("Ardent Cloud Health, LLC", "Vanessa Cho", "Privacy Officer", "January 3, 2025"),
             ("Sunrise Geriatric Medicine, P.C.", "Dr. Harold Kimura", "President", "January 6, 2025")]),
    ], font="Times", size=10.5, footer="Ardent Cloud Health, LLC \u2014 Business Associate Agreement"))

# =============================== unclear ====================================
DOCS.append(D(
    "un_foxglove_uk", "unclear", "Foxglove Systems Ltd", None,
    "British-drafted terms: the Charges exclude third-party content, and 'fees for third-party content, including "
    "CPT codes owned by the AMA, may apply' and will be notified, without saying who charges them or whether they "
    "apply.",
    [
        TITLE("Foxglove Clinic Desk"),
        SUB("Customer Terms \u2014 North America \u2014 issue 4"),
        P("These terms apply between <b>Foxglove Systems Ltd</b>, registered in Scotland (SC612345), 21 Rose Street, "
          "Edinburgh EH2 2PR (\"Foxglove\" or the \"Supplier\") and the organisation named in the Order Form (the \"Customer\")."),
        H("1. Definitions"),
        P("\"Charges\" means the subscription charges in the Order Form. \"Service\" means Foxglove Clinic Desk, the "
          "hosted scheduling, clinical notes and billing software. \"Third-Party Content\" means data, code sets, "
          "reference content and other materials in the Service that are owned by persons other than Foxglove."),
        H("2. Provision of the Service"),
        P("2.1 Foxglove shall make the Service available to the Customer's authorised users from the date in the "
          "Order Form. 2.2 The Customer shall be responsible for its users' acts and omissions and for keeping "
          "login details secure."),
        H("3. Third-Party Content"),
        P("3.1 The Service includes Third-Party Content, including the CPT\u00ae procedure codes owned by the American "
          "Medical Association (the \"AMA\"). Third-Party Content is provided subject to any terms its owner "
          "requires, which Foxglove may notify to the Customer from time to time."),
        P("3.2 The Charges do not include Third-Party Content unless the Order Form says otherwise. Fees for "
          "Third-Party Content, including CPT codes owned by the AMA, may apply and will be notified to the "
          "Customer."),
        H("4. Charges and payment"),
        P("4.1 The Customer shall pay the Charges quarterly in advance within thirty days of invoice. 4.2 Foxglove may "
          "increase the Charges once a year on sixty days' notice; any increase shall not exceed 5%. 4.3 All sums "
          "are payable in US dollars."),
        H("5. Data protection"),
        P("5.1 " + UK["data"][1]),
        H("6. Confidentiality"),
        P("6.1 " + UK["conf"][1]),
        H("7. Limitation of liability"),
        P("7.1 " + UK["liab"][1]),
        H("8. Duration and termination"),
        P("8.1 " + UK["term"][1]),
        H("9. General"),
        P("9.1 " + UK["entire"][1] + " 9.2 " + UK["variation"][1] + " 9.3 These terms are governed by Scots law."),
        HR(),
        SMALL("Order Form reference FOX-NA-2291 (Kittredge Family Health, Inc.): 12 users at USD 48 per user per "
              "month. Order Form contains no other items."),
    ], font="Helvetica", size=10, paper="A4", footer="Foxglove Systems Ltd \u2014 Customer Terms NA issue 4"))

# ---------------------------------------------------------------------------
pu2 = {"V": "Beacon Hollow", "C": "Customer", "state": "Michigan", "venue": "Grand Rapids, Michigan"}
DOCS.append(D(
    "un_beaconhollow_conflict", "unclear", "Beacon Hollow Health, Inc.", None,
    "Section 4.1 says Subscription Fees include all content licences including CPT, while Exhibit B lists an 'AMA "
    "CPT license' billed annually 'per AMA schedule'; there is no order-of-precedence clause, so who pays is "
    "genuinely open.",
    [
        CENTER("BEACON HOLLOW HEALTH, INC."),
        CENTER("Subscription Services Agreement"),
        P("This Subscription Services Agreement (\"Agreement\") is made on February 20, 2025 between Beacon Hollow "
          "Health, Inc. (\"Beacon Hollow\") and Thornapple Valley Medical Clinic, P.C. (\"Customer\")."),
        H("1. Services"),
        P("1.1 Beacon Hollow will provide its hosted EHR and practice management service (the \"Service\") to "
          "Customer's users as described in Exhibit A. 1.2 Beacon Hollow will provide implementation, training and "
          "support as described in Exhibit A."),
        H("2. Customer Responsibilities"),
        P("2.1 Customer will designate a project lead, provide timely decisions during implementation, and ensure "
          "that its users complete training before go-live."),
    ] + clauses(US, ["accounts", "data"], 3, pu2) + [
        H("4. Fees"),
        P("4.1 Customer will pay the fees in Exhibit B. The Subscription Fees include all content licenses required "
          "to use the Service, including the CPT\u00ae code set, drug database and clinical decision support "
          "content."),
        P("4.2 Fees are invoiced as set out in Exhibit B and are due within thirty (30) days."),
    ] + clauses(US, ["hipaa", "conf", "warr", "liab", "term", "law", "entire"], 5, pu2) + [
        SIG([("Beacon Hollow Health, Inc.", "Marc Tisdale", "Vice President, Sales", "February 20, 2025"),
             ("Thornapple Valley Medical Clinic, P.C.", "Dr. Elaine Porter", "President", "February 20, 2025")]),
        PB(),
        CENTER("EXHIBIT B \u2014 FEES"),
        T([
            ["Fee", "Amount", "Billing"],
            ["Subscription Fees: EHR and PM, per provider", "$285.00 per month", "Monthly in advance"],
            ["Subscription Fees: staff users", "$30.00 per user per month", "Monthly in advance"],
            ["AMA CPT\u00ae license", "Per AMA schedule", "Annually"],
            ["Implementation", "$5,000.00", "50% on signature, 50% at go-live"],
            ["Custom reports", "$150.00 per hour", "As incurred"],
        ], widths=[2.8, 1.9, 1.9]),
    ], font="Times", size=10.5, footer="Beacon Hollow Health, Inc. \u2014 Subscription Services Agreement"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "un_tamarind_email", "unclear", "Tamarind Practice Cloud, LLC", None,
    "E-mail thread in which the vendor rep says she does not know whether the AMA royalty is in the plan price or "
    "billed separately (it may depend on the contract version) and the practice's CFO only believes it is "
    "included; nothing is decided.",
    [
        M("From:    Lena Ortiz <lortiz@tamarindcloud.example>\n"
          "To:      Greg Sutter <gsutter@pinecrestfm.example>\n"
          "Date:    Wed, 19 Feb 2025 15:22:03 -0700\n"
          "Subject: RE: RE: AMA royalty - included or not?"),
        HR(),
        P("Hi Greg,"),
        P("I'm sorry this is taking a while. I honestly don't know yet whether the AMA royalty is built into your plan "
          "price or billed separately. It seems to depend on which version of our customer agreement you signed \u2014 "
          "the 2021 paper version and the current online version read differently \u2014 and our billing team is "
          "pulling your file to check. Neither of them has been able to tell me which one governs your account."),
        P("I also asked whether we'd be changing the approach for 2026, and that hasn't been decided either. I'll come "
          "back to you as soon as I hear something definite. Until then please don't treat anything I've said as "
          "final."),
        P("Lena Ortiz<br/>Account Manager, Tamarind Practice Cloud, LLC"),
        HR(),
        M("From:    Greg Sutter\n"
          "Sent:    Tue, 18 Feb 2025 09:40\n"
          "Subject: RE: AMA royalty - included or not?"),
        P("Lena \u2014 following up. Our CFO is fairly sure the royalty is included because we've never seen a line for "
          "it, but our new billing manager says Tamarind's website mentions a per-user AMA charge. Which is it? We're "
          "budgeting for next year and need a yes or no. Greg"),
        HR(),
        M("From:    Lena Ortiz\n"
          "Sent:    Fri, 7 Feb 2025 11:02\n"
          "Subject: RE: AMA royalty - included or not?"),
        P("Hi Greg, great question \u2014 let me check with billing and get back to you. Lena"),
        HR(),
        M("From:    Greg Sutter\n"
          "Sent:    Thu, 6 Feb 2025 17:15\n"
          "Subject: AMA royalty - included or not?"),
        P("Hi Lena, does our Tamarind subscription include the AMA CPT royalty, or will we be billed for it "
          "separately? We have 16 users. Thanks, Greg Sutter, Administrator, Pinecrest Family Medicine"),
    ], font="Helvetica", size=10, footer="Printed from webmail \u2014 Pinecrest Family Medicine"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "un_clearbrook_order", "unclear", "Clearbrook Medical Solutions, Inc.", None,
    "Ruled order form whose 'CPT licensing' line reads TBD, with a note that whether CPT will be Clearbrook-supplied "
    "or covered by the customer's own AMA licence is to be determined before go-live.",
    [
        TITLE("Clearbrook \u2014 Order Form"),
        KV([
            ["Vendor", "Clearbrook Medical Solutions, Inc., 5 Clearbrook Plaza, Hartford, CT 06106"],
            ["Customer", "Mystic River Cardiology Group, LLC"],
            ["Order No.", "CMS-ORD-2025-0388"],
            ["Expected go-live", "September 2025"],
        ], widths=(1.2, 5.3)),
        T([
            ["Line", "Item", "Qty", "Unit price", "Term total"],
            ["1", "Clearbrook Cardiology EHR, per provider per month (36 months)", "8", "$340.00", "$97,920.00"],
            ["2", "Staff users, per user per month (36 months)", "20", "$32.00", "$23,040.00"],
            ["3", "Echo and ECG device interfaces", "4", "$2,000.00", "$8,000.00"],
            ["4", "Implementation and training", "1", "$12,000.00", "$12,000.00"],
            ["5", "CPT\u00ae licensing", "TBD", "TBD", "TBD"],
            ["", "<b>Total (lines 1\u20134)</b>", "", "", "<b>$140,960.00</b>"],
        ], widths=[0.5, 3.4, 0.6, 1.0, 1.2], right=(2, 3, 4)),
        H("Notes"),
        N(["Line 5: responsibility for CPT licensing (Clearbrook-supplied, or Customer's own AMA license) to be "
           "determined by the parties before go-live.",
           "Recurring fees begin on go-live and are billed monthly in advance.",
           "This Order Form is subject to the Clearbrook Master Agreement signed by the parties on June 30, 2025."]),
        SIG([("Clearbrook Medical Solutions, Inc.", "Dennis Yao", "Regional Sales Director", "July 2, 2025"),
             ("Mystic River Cardiology Group, LLC", "Dr. Farah Qureshi", "Managing Partner", "July 3, 2025")]),
    ], font="Helvetica", size=9.5, footer="Clearbrook Medical Solutions, Inc. \u00b7 CMS-ORD-2025-0388"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "un_rowanfield_amend", "unclear", "Rowanfield Health Software Corp.", None,
    "Amendment that suspends Section 6.4 (CPT royalties) and commits the parties only to negotiate in good faith "
    "who bears the AMA royalty; the allocation is left unresolved.",
    [
        CENTER("AMENDMENT NO. 3 TO MASTER SUBSCRIPTION AGREEMENT"),
        P("This Amendment No. 3 is entered into as of August 29, 2025 by Rowanfield Health Software Corp. "
          "(\"Rowanfield\") and Lakeshore Behavioral Medicine, PLLC (\"Client\") and amends the Master Subscription "
          "Agreement between them dated October 1, 2022 (the \"Agreement\")."),
        P("1. <b>Section 6.4.</b> Section 6.4 of the Agreement (CPT Royalties) is suspended with effect from the date "
          "of this Amendment. The parties shall negotiate in good faith, no later than ninety (90) days before "
          "January 1, 2026, the allocation between them of royalties payable to the American Medical Association "
          "for Client's use of CPT\u00ae content in the Rowanfield platform, and shall record any agreement reached in "
          "a further written amendment."),
        P("2. <b>Status of royalties pending agreement.</b> Until a further amendment is signed, neither party shall be "
          "deemed to have waived any position regarding the allocation of such royalties."),
        P("3. <b>Telehealth seats.</b> Exhibit A is amended to add twelve (12) telehealth seats at $18.00 per seat per "
          "month, effective September 1, 2025."),
        P("4. <b>Effect.</b> Except as set out above, the Agreement continues unchanged."),
        SIG([("Rowanfield Health Software Corp.", "Ingrid Sorensen", "General Counsel", "August 29, 2025"),
             ("Lakeshore Behavioral Medicine, PLLC", "Dr. Marcus Hale", "Managing Member", "August 29, 2025")]),
    ], font="Times", size=11.5, footer="Rowanfield Health Software Corp. \u2014 Amendment No. 3"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "un_wren_help", "unclear", "Wrenfield Apps, Inc.", None,
    "Wren Practice help article: depending on plan and sign-up date the AMA fee 'may be included' in the "
    "subscription or billed separately; readers are told to ask their account manager, so the article leaves it "
    "open.",
    [
        SMALL("Wren Practice Help \u203a Plans and billing"),
        TITLE("Will I be charged an AMA fee for CPT\u00ae codes?"),
        SUB("Updated March 2025"),
        P("Wren Practice gives you access to CPT codes, which are owned by the American Medical Association. The AMA "
          "charges a royalty for their use in software like ours."),
        H("Is the royalty part of my subscription?"),
        P("It depends. Depending on your plan and when you signed up, the AMA fee may be included in your "
          "subscription or may be billed separately. Some older plans were sold with the royalty included; some "
          "newer plans are not. Plan terms also change from time to time."),
        H("How can I tell which applies to me?"),
        P("Your account manager can confirm how your account is set up. You can also review your order form, but "
          "not every order form mentions it."),
        H("If it is billed, how much is it?"),
        P("We follow the AMA's pricing, which changes from year to year. Your account manager can give you the "
          "current figure."),
        H("Can I use my own AMA license instead?"),
        P("Possibly. Contact us and we'll look at your situation."),
        HR(),
        SMALL("Wren Practice is a product of Wrenfield Apps, Inc., 16 Elm Street, Burlington, VT 05401. CPT is a "
              "registered trademark of the American Medical Association."),
    ], font="Helvetica", size=11, footer="help.wrenpractice.example"))

# ---------------------------------------------------------------------------
pu7 = {"V": "Licensor", "C": "Licensee", "VP": "Licensor's", "CP": "Licensee's", "state": "New York"}
DOCS.append(D(
    "un_moorgate_formal", "unclear", "Moorgate Clinical Informatics Corporation", None,
    "Formal agreement: CPT use is acknowledged to require an AMA licence and Licensor 'may' furnish CPT content, but "
    "royalties 'shall be borne as the parties may hereafter agree'; nobody is assigned the cost.",
    [
        CENTER("SOFTWARE LICENSE AGREEMENT"),
        P("THIS SOFTWARE LICENSE AGREEMENT is made and entered into this 2nd day of May, 2025, by and between MOORGATE "
          "CLINICAL INFORMATICS CORPORATION, a New York corporation (hereinafter \"Licensor\"), and ST. BRENDAN "
          "MEDICAL ASSOCIATES, P.C., a New York professional service corporation (hereinafter \"Licensee\")."),
        CENTER("WITNESSETH:"),
        P("WHEREAS, Licensor has developed and is the owner of certain software for the management of physician "
          "practices, known as Moorgate Practice (hereinafter the \"Software\"); and WHEREAS, Licensee desires to "
          "obtain a license to use the Software upon the terms and conditions hereinafter set forth;"),
        P("NOW, THEREFORE, in consideration of the premises and the mutual covenants herein contained, the parties "
          "hereto agree as follows:"),
        P("<b>1. LICENSE.</b> Licensor hereby grants unto Licensee a non-exclusive, non-transferable license to use the "
          "Software for the internal purposes of Licensee's medical practice during the term hereof."),
        P("<b>2. FEES.</b> Licensee shall pay unto Licensor the license fees and annual maintenance fees set forth in "
          "Schedule A hereto, in the manner and at the times therein provided."),
        P("<b>3. CPT.</b> (a) Licensee acknowledges that the use of the Current Procedural Terminology of the American "
          "Medical Association (\"CPT\") is subject to license from the American Medical Association. (b) Licensor "
          "may furnish CPT content with the Software. (c) Any royalties or fees in respect of CPT shall be borne as "
          "the parties may hereafter agree."),
        P("<b>4. MAINTENANCE.</b> Subject to payment of the annual maintenance fee, Licensor shall furnish Licensee with "
          "corrections, updates and telephone support."),
    ] + clauses(FORMAL, ["conf", "warr", "liab", "term", "law", "misc"], 5, pu7) + [
        P("IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of the day and year first above "
          "written."),
        SIG([("Moorgate Clinical Informatics Corporation", "Lionel Ashby", "President", "May 2, 2025"),
             ("St. Brendan Medical Associates, P.C.", "Dr. Siobhan Keane", "President", "May 2, 2025")]),
        CENTER("SCHEDULE A"),
        T([
            ["Fee", "Amount"],
            ["License fee (up to 25 users)", "$29,500.00, payable on execution"],
            ["Annual maintenance", "$5,310.00, payable on each anniversary"],
        ], widths=[3, 3]),
    ], font="Times", size=10.5, footer="Moorgate Clinical Informatics Corporation \u2014 Software License Agreement"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "un_sundial_quote", "unclear", "Sundial EHR Company", None,
    "Signed quote offering two mutually exclusive CPT options (Sundial-supplied licence at $19 per user per year, or "
    "customer's own AMA licence) with neither box ticked, so who licenses and pays is open.",
    [
        TITLE("Sundial EHR \u2014 Quote"),
        KV([
            ["Quote", "SD-Q-7710, valid 45 days from January 20, 2025"],
            ["From", "Sundial EHR Company, 1900 Sunset Boulevard, Suite 300, Los Angeles, CA 90026"],
            ["For", "Echo Park Community Pediatrics, a Medical Corporation"],
        ], widths=(0.9, 5.6)),
        T([
            ["Item", "Qty", "Price", "Annual"],
            ["Sundial EHR, per provider per month", "4", "$225.00", "$10,800.00"],
            ["Staff logins, per login per month", "8", "$20.00", "$1,920.00"],
            ["Setup and data migration (one time)", "1", "$1,900.00", "$1,900.00"],
            ["<b>Total, first year</b>", "", "", "<b>$14,620.00</b>"],
        ], widths=[3.6, 0.6, 1.1, 1.3], right=(1, 2, 3)),
        H("CPT\u00ae content \u2014 choose one"),
        T([
            ["Select", "Option", "Price"],
            ["[\u00a0\u00a0\u00a0]", "Option A: Sundial supplies CPT content under its AMA distribution license", "$19.00 per user per year"],
            ["[\u00a0\u00a0\u00a0]", "Option B: Customer uses its own AMA license and loads its own CPT file", "$0.00"],
        ], widths=[0.7, 4.3, 1.6]),
        P("Pricing excludes sales tax. Recurring fees are billed monthly. This quote is subject to the Sundial "
          "Customer Agreement."),
        H("Customer acceptance"),
        SIG([("Echo Park Community Pediatrics", "Rosa Villanueva", "Clinic Administrator", "February 4, 2025")]),
    ], font="Helvetica", size=10, footer="Sundial EHR Company \u00b7 SD-Q-7710"))

# ---------------------------------------------------------------------------
pu9 = {"V": "Greyhaven", "C": "Customer", "state": "Wisconsin", "venue": "Milwaukee, Wisconsin"}
DOCS.append(D(
    "un_greyhaven_draft", "unclear", "Greyhaven Health Technologies, Inc.", None,
    "Draft agreement ('DRAFT 3 - for discussion') whose CPT clause holds two bracketed alternatives (Greyhaven pays "
    "vs. Customer reimburses at $[__] per user) and a drafting note that the point is unresolved.",
    [
        SMALL("DRAFT 3 \u2014 FOR DISCUSSION PURPOSES ONLY \u2014 NOT AN OFFER \u2014 circulated March 12, 2025"),
        CENTER("SOFTWARE SUBSCRIPTION AGREEMENT"),
        P("This Software Subscription Agreement (\"Agreement\") is entered into as of [__________], 2025 between "
          "Greyhaven Health Technologies, Inc., a Wisconsin corporation (\"Greyhaven\"), and Kettle Moraine Family "
          "Care, S.C. (\"Customer\")."),
        H("1. Subscription"),
        P("1.1 Greyhaven will provide Customer with access to the Greyhaven Practice platform (the \"Platform\") for "
          "the number of users in the Order. 1.2 \"User\" means an individual to whom Customer issues a Platform "
          "login."),
        H("2. Fees"),
        P("2.1 Customer will pay the Subscription Fees in the Order monthly in advance."),
        P("2.2 <b>CPT royalties.</b> [Greyhaven shall pay all royalties due to the American Medical Association for "
          "Customer's use of CPT\u00ae content in the Platform, and such royalties are included in the Subscription "
          "Fees.] [Customer shall reimburse Greyhaven for royalties due to the American Medical Association at "
          "$[____] per User per year, invoiced each January.]"),
        P("<i>[DRAFTING NOTE \u2014 JK (Greyhaven legal): business team to confirm which alternative applies. "
          "Customer's counsel has asked for the first alternative; sales has not approved. Leave both in until "
          "resolved.]</i>"),
        P("2.3 Subscription Fees may increase at each renewal by no more than [4]% [CPI + 1%]."),
    ] + clauses(US, ["accounts", "hipaa", "conf", "warr", "liab", "term", "law"], 3, pu9) + [
        SIG([("Greyhaven Health Technologies, Inc.", "[__________]", "[__________]", "[__________]"),
             ("Kettle Moraine Family Care, S.C.", "[__________]", "[__________]", "[__________]")]),
        SMALL("Greyhaven draft ref. GHT-SSA-KMFC-v3. Comments to jkessler@greyhavenhealth.example."),
    ], font="Times", size=10.5, footer="DRAFT 3 \u2014 Greyhaven / Kettle Moraine \u2014 privileged and confidential"))
