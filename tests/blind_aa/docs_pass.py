"""blind_aa: documents whose label is pass_through (the vendor bills a separate CPT/AMA fee)."""
from docs_common import boiler, fee, make, std_terms


def p_ehr_orderform_sum():
    V = "Calloway Ridge Health Systems, Inc."
    C = "Dunmore Internal Medicine Associates, P.C."
    b = [("title", "MASTER SUBSCRIPTION AGREEMENT"),
         ("sub", "Calloway Ridge Health Systems, Inc.  |  Agreement No. CRH-MSA-24117"),
         ("p", "This Master Subscription Agreement (the \"Agreement\") is made as of March 3, 2025 "
               "(the \"Effective Date\") between Calloway Ridge Health Systems, Inc., a Delaware "
               "corporation with offices at 4100 Fenwick Parkway, Suite 300, Columbus, Ohio 43215 "
               "(\"Calloway Ridge\"), and Dunmore Internal Medicine Associates, P.C., 88 Ashby Road, "
               "Dublin, Ohio 43017 (\"Customer\")."),
         ("h", "1. Definitions"),
         ("p", "\"Services\" means the hosted electronic health record, practice management and patient "
               "portal services listed in an Order Form. \"Order Form\" means an ordering document signed "
               "by both parties that references this Agreement. \"Licensed User\" means each individual who "
               "accesses the Services, or who relies on output of the Services to perform his or her job, "
               "including physicians, mid-level clinicians, nurses, coders, billers and front-desk staff."),
         ("h", "2. Subscription"),
         ("p", "Subject to this Agreement, Calloway Ridge grants Customer a non-exclusive, non-transferable "
               "right during the Subscription Term to access and use the Services for its internal business "
               "purposes in the United States. Subscription fees are charged per Provider per month as shown "
               "in the Order Form, where \"Provider\" means a physician or other clinician who bills under his "
               "or her own NPI."),
         ("h", "3. Third-Party Content"),
         ("p", "3.1 The Services contain Current Procedural Terminology (CPT) content, which is owned by the "
               "American Medical Association (\"AMA\"). Calloway Ridge holds a distribution license from the "
               "AMA and sublicenses CPT content to Customer on the terms of Exhibit B."),
         ("p", "3.2 The AMA charges Calloway Ridge a royalty for every Licensed User. Customer shall pay "
               "Calloway Ridge the CPT royalty pass-through and the associated processing charge stated in "
               "the Order Form for each Licensed User for each calendar year. These amounts are separate "
               "from, and are not included in, the subscription fees."),
         ("p", "3.3 Customer shall report its Licensed User count each December and whenever it adds "
               "Licensed Users. Calloway Ridge may report Customer's name and user count to the AMA."),
         ]
    bb, n = boiler(4, "Calloway Ridge", "Customer", "the State of Ohio",
                   [("pay", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("sig", [("CALLOWAY RIDGE HEALTH SYSTEMS, INC.", "Teresa Vance", "VP, Commercial Operations", "March 3, 2025"),
                   ("DUNMORE INTERNAL MEDICINE ASSOCIATES, P.C.", "Dr. Alan Pruitt", "Managing Partner", "March 3, 2025")]),
          ("newpage",),
          ("title", "ORDER FORM No. 1"),
          ("kv", [("Customer", C), ("Order Date", "March 3, 2025"),
                  ("Subscription Term", "36 months from the Go-Live Date"),
                  ("Providers", "6"), ("Licensed Users (initial count)", "24")]),
          ("table", [["Item", "Unit", "Qty", "List price", "Discount", "Net price", "Extended (annual)"],
                     ["EHR + PM subscription", "per Provider per month", "6", "$389.00", "15%", "$330.65", "$23,806.80"],
                     ["Patient portal and reminders", "per location per month", "2", "$75.00", "0%", "$75.00", "$1,800.00"],
                     ["CPT royalty pass-through (note 1)", "per Licensed User per year", "24", "$18.50", "-", "$18.50", "$444.00"],
                     ["AMA processing charge (note 1)", "per Licensed User per year", "24", "$1.50", "-", "$1.50", "$36.00"],
                     ["Implementation and data conversion", "one-time", "1", "$6,000.00", "25%", "$4,500.00", "$4,500.00"],
                     ["Remote training", "per session", "8", "$175.00", "0%", "$175.00", "$1,400.00"],
                     ["Estimated first-year total", "", "", "", "", "", "$31,986.80"]],
           {"widths": [3.2, 2.4, 0.7, 1.3, 1.1, 1.3, 1.6], "bold_last": True, "size": 8}),
          ("fn", ["Note 1. The CPT royalty and the processing charge are billed together on the first invoice "
                  "of each calendar year for the Licensed Users then reported, and pro rata for Licensed Users "
                  "added during the year. They are not discounted and are not part of the subscription fee.",
                  "Note 2. Subscription fees are fixed for the first 12 months and may then rise by no more than "
                  "4% on each anniversary of the Go-Live Date.",
                  "Note 3. Prices exclude applicable sales tax."]),
          ("h2", "Exhibit B - CPT End-User Terms (summary)"),
          ("p", "Customer may use CPT content only inside the Services, only for internal purposes in the United "
                "States, and may not publish, sell or make it available to any other legal entity, including "
                "affiliates. The sublicense ends if Calloway Ridge's agreement with the AMA ends, unless the AMA "
                "consents otherwise. CPT is provided \"as is\". CPT copyright 2024 American Medical Association. "
                "All rights reserved. The AMA does not directly or indirectly practice medicine or dispense "
                "medical services."),
          ("sig", [("Accepted for Calloway Ridge", "Teresa Vance", "VP, Commercial Operations", "March 3, 2025"),
                   ("Accepted for Customer", "Dr. Alan Pruitt", "Managing Partner", "March 3, 2025")])]
    return make("p_ehr_orderform_sum", V, "pass_through", fee(20.0, "user", "year"),
                "EHR master agreement with an order form whose price table lists a CPT royalty pass-through of "
                "$18.50 and an AMA processing charge of $1.50 per Licensed User per year (sum $20.00), beside "
                "per-provider subscription, set-up and training prices.",
                b, family="Helvetica", size=9, header="Calloway Ridge Health Systems, Inc. - Confidential")


def p_therapy_amend():
    V = "Bramblewood Therapy Software LLC"
    C = "Clearview Counseling Collective, PLLC"
    b = [("title", "Bramblewood Therapy Software LLC"),
         ("sub", "Terms of Service for Group Practices - with Order Form and Amendment No. 1"),
         ("p", "These Terms of Service govern the use of the Bramblewood practice platform (scheduling, "
               "notes, billing and telehealth) by Clearview Counseling Collective, PLLC (\"Practice\"). By "
               "signing the Order Form below, Practice agrees to these Terms. Bramblewood Therapy Software LLC "
               "is a Colorado limited liability company at 1710 Wynkoop Street, Denver, Colorado 80202 "
               "(\"Bramblewood\", \"we\" or \"us\")."),
         ("h", "1. Accounts and Clinicians"),
         ("p", "Practice will designate an account owner. Each clinician who sees clients and documents "
               "sessions in the platform needs a clinician seat. Administrative staff seats are included at "
               "no charge up to three per location."),
         ("h", "2. CPT Codes"),
         ("p", "Our billing and documentation tools show CPT codes, which are copyrighted by the American Medical "
               "Association. The AMA charges us a royalty for each clinician who uses them, and we recover it "
               "through a separate line on your invoice called the \"CPT Licence Fee\". The CPT Licence Fee is "
               "set out in the Order Form, is charged for every clinician seat active at any time in a calendar "
               "year, and is not refundable if a clinician leaves part-way through the year. Private-pay-only "
               "clinicians are not exempt, because codes appear in notes and superbills."),
         ]
    bb, n = boiler(3, "Bramblewood", "Practice", "the State of Colorado",
                   [("pay", 1), ("priv", 0), ("warr", 1), ("liab", 2), ("term", 1), ("gen", 1)])
    b += bb
    b += [("newpage",),
          ("title", "ORDER FORM"),
          ("kv", [("Practice", C + ", 2300 Pearl Street, Boulder, Colorado 80302"),
                  ("Start date", "February 1, 2025"), ("Billing", "Monthly, by ACH")]),
          ("table", [["Section", "Item", "Price"],
                     ["1", "Clinician seat (Group plan)", "$69.00 per clinician per month"],
                     ["1", "Telehealth add-on", "$15.00 per clinician per month"],
                     ["1", "Insurance claims (unlimited)", "$25.00 per clinician per month"],
                     ["2", "CPT Licence Fee", "$19.00 per clinician per calendar year"],
                     ["3", "Onboarding and data import", "$350.00 one-time"]],
           {"widths": [1, 5, 4]}),
          ("p", "Initial clinician count: 11. Seats may be added or removed at any time; the CPT Licence Fee "
                "follows Section 2 of the Terms."),
          ("sig", [("BRAMBLEWOOD THERAPY SOFTWARE LLC", "Jonah Ellery", "Director of Sales", "January 20, 2025"),
                   ("CLEARVIEW COUNSELING COLLECTIVE, PLLC", "Marisol Ortega, LPC", "Owner", "January 21, 2025")]),
          ("rule",),
          ("title", "AMENDMENT No. 1 TO ORDER FORM"),
          ("p", "This Amendment No. 1 is dated November 14, 2025 and amends the Order Form between Bramblewood "
                "Therapy Software LLC and Clearview Counseling Collective, PLLC dated January 21, 2025."),
          ("p", "1. The AMA has increased the royalty it charges us for 2026. Accordingly, the line in Section 2 "
                "of the Order Form is deleted and replaced with: \"CPT Licence Fee: $21.00 per clinician per "
                "calendar year\", effective for calendar year 2026 and later years until amended again."),
          ("p", "2. The Telehealth add-on is reduced to $12.00 per clinician per month from January 1, 2026."),
          ("p", "3. All other terms of the Order Form and the Terms of Service remain unchanged. If this "
                "Amendment conflicts with the Order Form, this Amendment governs."),
          ("sig", [("BRAMBLEWOOD THERAPY SOFTWARE LLC", "Jonah Ellery", "Director of Sales", "November 14, 2025"),
                   ("CLEARVIEW COUNSELING COLLECTIVE, PLLC", "Marisol Ortega, LPC", "Owner", "November 18, 2025")])]
    return make("p_therapy_amend", V, "pass_through", fee(21.0, "provider", "year"),
                "Therapy-practice terms, order form and Amendment No. 1: the CPT Licence Fee of $19.00 per "
                "clinician per calendar year is replaced by $21.00 per clinician per calendar year.",
                b, family="Times", size=10, footer="Bramblewood Therapy Software LLC - Group Terms v4.2")


def p_renewal_location():
    V = "Harrowgate Practice Solutions, Inc."
    b = [("title", "RENEWAL QUOTATION"),
         ("sub", "Quote HPS-Q-88213  |  Issued September 9, 2025  |  Valid until October 31, 2025"),
         ("kv", [("Vendor", "Harrowgate Practice Solutions, Inc., 55 Commerce Way, Nashville, Tennessee 37203"),
                 ("Customer", "Bellmont Pediatrics Group, PLLC (4 locations)"),
                 ("Agreement", "Practice Services Agreement dated December 1, 2022"),
                 ("Current term", "December 1, 2024 - November 30, 2025"),
                 ("Renewal term", "December 1, 2025 - November 30, 2026")]),
         ("p", "Thank you for being a Harrowgate customer. The table compares the prices you pay in the current "
               "term with the prices for the renewal term. Prices apply for the renewal term once this "
               "quotation is signed by both parties, and replace the corresponding prices for the current term."),
         ("table", [["Line", "Item", "Unit", "Current term", "Renewal term", "Qty", "Renewal extended"],
                    ["1", "Practice management platform", "per location per month", "$410.00", "$425.00", "4", "$20,400.00"],
                    ["2", "Clinical documentation", "per provider per month", "$180.00", "$180.00", "13", "$28,080.00"],
                    ["3", "CPT content licence (see note A)", "per location per year", "$96.00", "$102.00", "4", "$408.00"],
                    ["4", "Clearinghouse connectivity", "per location per month", "$55.00", "$55.00", "4", "$2,640.00"],
                    ["5", "Annual ICD-10-CM and HCPCS table refresh", "per location per year", "$0.00", "$0.00", "4", "$0.00"],
                    ["", "Renewal term total", "", "", "", "", "$51,528.00"]],
          {"widths": [0.6, 3.2, 2.2, 1.3, 1.3, 0.6, 1.6], "bold_last": True, "size": 8}),
         ("fn", ["Note A. Line 3 recovers the royalty that the American Medical Association charges Harrowgate "
                 "for CPT content used at each of your locations. It is billed annually in advance with the "
                 "first invoice of each term. Under Section 6.4 of the Agreement, increases to line 3 are capped "
                 "at 7% for any renewal term.",
                 "Note B. ICD-10-CM and HCPCS Level II tables are public code sets; Harrowgate does not charge for "
                 "them.",
                 "Note C. Line 2 is counted on rendering providers active on the first day of each month."]),
         ("h", "Terms"),
         ("p", "All other terms of the Agreement continue. Payment terms: net 30. Prices exclude sales tax. "
               "If Customer does not sign by the validity date, the Agreement renews on its existing terms "
               "except that Harrowgate may apply list prices to lines 1 and 2."),
         ("p", "Questions: renewals@harrowgate.example or (615) 555-0143."),
         ("sig", [("HARROWGATE PRACTICE SOLUTIONS, INC.", "Celia Brandt", "Renewals Manager", "September 9, 2025"),
                  ("ACCEPTED: BELLMONT PEDIATRICS GROUP, PLLC", "Owen Radley", "Practice Administrator", "October 2, 2025")])]
    b += std_terms("Practice Services Agreement (December 1, 2022) - extract", "Harrowgate", "Customer",
                   "the State of Tennessee", [("pay", 0), ("conf", 0), ("priv", 0), ("liab", 0), ("term", 0)],
                   extra=[("h", "6. Prices on Renewal"),
                          ("p", "6.1 Harrowgate will issue a renewal quotation at least sixty (60) days before each "
                                "renewal. 6.2 Prices in a signed renewal quotation replace earlier prices for the "
                                "items it lists. 6.3 Unsigned quotations do not change prices except as stated in "
                                "the quotation. 6.4 The charge for CPT content licensed per location may not rise "
                                "by more than seven percent (7%) from one term to the next.")], n0=7)
    return make("p_renewal_location", V, "pass_through", fee(102.0, "location", "year"),
                "Signed renewal quotation comparing current and renewal prices; the CPT content licence line "
                "rises from $96.00 to $102.00 per location per year for the renewal term, with a 7% cap note.",
                b, family="Helvetica", size=9.5)


def p_email_billing():
    V = "Quillfeather Revenue Partners, LLC"
    b = [("title", "Printed e-mail thread"),
         ("sub", "Subject: CPT licence charge on your monthly statement"),
         ("email", {"from": "Dana Whitcombe <dwhitcombe@quillfeather.example>",
                    "to": "Rick Ansel <office@stonebrookortho.example>",
                    "date": "Monday, March 3, 2025 9:12 AM", "subject": "CPT licence charge on your monthly statement"}),
         ("p", "Hi Rick,"),
         ("p", "As discussed on our quarterly call, the coding platform we use to work your claims now "
               "requires a paid CPT licence for each rendering provider whose claims we code. Under section "
               "4 of our Billing Services Agreement (pass-through costs) we will add this to your monthly "
               "statement starting with the April statement. The charge will be $2.00 per rendering provider "
               "per month, on top of our 6.25% collection fee."),
         ("p", "Best, Dana"),
         ("email", {"from": "Rick Ansel <office@stonebrookortho.example>",
                    "to": "Dana Whitcombe <dwhitcombe@quillfeather.example>",
                    "date": "Wednesday, March 5, 2025 4:47 PM", "subject": "RE: CPT licence charge on your monthly statement"}),
         ("p", "Dana - is this per provider or per user? We have 9 providers but 14 front-office and billing "
               "staff who log into the portal. Also, do you charge this for the two PAs who bill incident-to?"),
         ("email", {"from": "Dana Whitcombe <dwhitcombe@quillfeather.example>",
                    "to": "Rick Ansel <office@stonebrookortho.example>",
                    "cc": "Accounts <accounts@quillfeather.example>",
                    "date": "Friday, March 7, 2025 11:03 AM", "subject": "RE: RE: CPT licence charge on your monthly statement"}),
         ("p", "Rick,"),
         ("p", "Correction to my first note: the figure I gave left out the processing cost our platform adds. "
               "The charge will be $2.25 per rendering provider per month, and that is the amount that will "
               "appear on your statements from April onward. It is per rendering provider only; your "
               "front-office and billing staff are not counted. PAs who bill incident-to under a physician's "
               "NPI are not separate rendering providers, so for now that is 9 x $2.25 = $20.25 a month."),
         ("p", "Please treat this e-mail as our written notice under section 4 of the Agreement."),
         ("p", "Thanks, Dana Whitcombe | Client Services Director | Quillfeather Revenue Partners, LLC | "
               "300 Harbor Drive, Suite 12, Tampa, Florida 33602"),
         ("rule",),
         ("small", "Attached for reference: extract from Billing Services Agreement between Quillfeather Revenue "
                   "Partners, LLC (\"Billing Company\") and Stonebrook Orthopedic Clinic, P.A. (\"Provider\"), "
                   "dated June 1, 2023."),
         ("small", "4. Pass-Through Costs. In addition to the Collection Fee, Provider shall reimburse Billing "
                   "Company for postage, patient statement printing, payer enrollment charges and any licence "
                   "charge imposed on Billing Company by a third party for content used to code or submit "
                   "Provider's claims, in each case as notified to Provider in writing (e-mail sufficing) at "
                   "least twenty (20) days in advance."),
         ("small", "5. Collection Fee. Provider shall pay Billing Company 6.25% of net collections received in each "
                   "month on claims submitted by Billing Company, invoiced monthly in arrears.")]
    return make("p_email_billing", V, "pass_through", fee(2.25, "provider", "month"),
                "E-mail thread with a billing company: the first message quotes a CPT licence charge of $2.00 per "
                "rendering provider per month, and the latest message corrects it to $2.25 per rendering provider "
                "per month.",
                b, family="Courier", size=9)


def p_clearinghouse_defined():
    V = "Tidewater Claims Exchange, Inc."
    C = "Provider"
    b = [("title", "CLEARINGHOUSE SERVICES AGREEMENT"),
         ("p", "This Clearinghouse Services Agreement is entered into as of July 1, 2025 by Tidewater Claims "
               "Exchange, Inc., a Virginia corporation, 1200 Waterside Drive, Norfolk, Virginia 23510 "
               "(\"Clearinghouse\"), and the health care provider organization identified on the signature page "
               "(\"Provider\")."),
         ("h", "1. Definitions"),
         ("p", "1.1 \"Provider\" means the physician practice or other health care organization that signs this "
               "Agreement, together with the clinicians who bill through its tax identification number. "
               "\"Provider Account\" means the single account set up for Provider on the Clearinghouse portal."),
         ("p", "1.2 \"Transactions\" means claims (837P/837I), eligibility inquiries (270/271), claim status "
               "inquiries (276/277) and electronic remittance advice (835) exchanged through the Services."),
         ("p", "1.3 \"Code Content Surcharge\" means the charge set out in item B-4 of Schedule B, which "
               "Clearinghouse collects from Provider to recover the royalty that Clearinghouse owes the American "
               "Medical Association for CPT content used by the claim-scrubbing edits applied to Provider's "
               "Transactions."),
         ("p", "1.4 \"Payer\" means any health plan, government program or other entity to which Transactions "
               "are directed."),
         ("h", "2. Services"),
         ("p", "Clearinghouse will receive Transactions from Provider's practice management system, edit them "
               "for format and payer-specific rules, translate them into the HIPAA standard formats, transmit "
               "them to Payers and return acknowledgements, reports and remittance data. Clearinghouse will "
               "maintain payer connections and will give Provider notice of payer enrollment requirements."),
         ("h", "3. Provider Obligations"),
         ("p", "Provider is responsible for the accuracy and completeness of the data it submits, for obtaining "
               "payer enrollment, and for the coding decisions reflected in its claims. Provider will keep its "
               "portal credentials secure and will promptly disable credentials of departing staff."),
         ("h", "4. Fees"),
         ("p", "Provider shall pay the fees in Schedule B. Transaction fees are invoiced monthly in arrears. "
               "Recurring monthly fees are invoiced in advance. Annual charges are invoiced on the first invoice "
               "following each anniversary of the Effective Date."),
         ]
    bb, n = boiler(5, "Clearinghouse", "Provider", "the Commonwealth of Virginia",
                   [("conf", 1), ("priv", 0), ("warr", 1), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("newpage",),
          ("title", "SCHEDULE B - FEES"),
          ("table", [["Item", "Description", "Fee", "Billing"],
                     ["B-1", "Account enrollment and payer set-up", "$250.00", "one-time"],
                     ["B-2", "Professional claims (837P)", "$0.29 per claim", "monthly in arrears"],
                     ["B-3", "ERA and eligibility bundle", "$35.00 per month", "monthly in advance"],
                     ["B-4", "Code Content Surcharge", "$145.00 per Provider Account", "each contract year"],
                     ["B-5", "Paper claim drop-to-print", "$0.65 per claim", "monthly in arrears"],
                     ["B-6", "Custom payer edit build", "$120.00 per hour", "as incurred"]],
           {"widths": [0.8, 4, 2.8, 2]}),
          ("p", "Item B-4 is a single charge for the Provider Account regardless of how many clinicians bill "
                "through it. Items B-2 and B-5 are charged per claim file line submitted. Clearinghouse may "
                "change items B-2, B-3 and B-5 on sixty (60) days' notice; item B-4 changes only if the AMA "
                "changes the royalty it charges Clearinghouse."),
          ("sig", [("TIDEWATER CLAIMS EXCHANGE, INC.", "Harold Quince", "Chief Operating Officer", "July 1, 2025"),
                   ("PROVIDER: Seaview Family Practice, LLC", "Nadia Forsythe", "Office Manager", "June 27, 2025")])]
    return make("p_clearinghouse_defined", V, "pass_through", fee(145.0, "organization", "year"),
                "Clearinghouse agreement in which 'Provider' is the practice; the defined 'Code Content "
                "Surcharge' (CPT royalty recovery) is priced pages later in Schedule B at $145.00 per Provider "
                "Account each contract year.",
                b, family="Times", size=10)


def p_uk_words():
    V = "Ashcombe Clinical Software Ltd"
    b = [("title", "SOFTWARE LICENCE AND SERVICES AGREEMENT"),
         ("sub", "Ashcombe Clinical Software Ltd - Agreement reference ACS/US/0419"),
         ("p", "THIS AGREEMENT is dated 14 April 2025 and is made BETWEEN: (1) ASHCOMBE CLINICAL SOFTWARE LTD, "
               "a company incorporated in England and Wales (company number 09876543) whose registered office is "
               "at 21 Queen Square, Bristol BS1 4ND (the \"Supplier\"); and (2) LAKESHORE ORTHOPAEDIC "
               "ASSOCIATES, P.C., a professional corporation organised under the laws of the State of Illinois, "
               "of 600 North Lake Shore Drive, Chicago, Illinois 60611 (the \"Customer\")."),
         ("h", "BACKGROUND"),
         ("p", "(A) The Supplier develops an outpatient orthopaedic records system (the \"System\") which it "
               "supplies to clinics in the United Kingdom and the United States. (B) The Customer wishes to use "
               "the System at its clinics in Illinois on the terms of this Agreement."),
         ("h", "1. Interpretation"),
         ("p", "In this Agreement: \"Authorised User\" means an employee or contractor of the Customer who is "
               "given access credentials to the System, or who uses reports generated by it in the course of "
               "their duties; \"Licence Year\" means each period of twelve months beginning on the Go-Live Date "
               "or an anniversary of it; \"CPT\" means the Current Procedural Terminology code set published by "
               "the American Medical Association (the \"AMA\")."),
         ("h", "2. Licence"),
         ("p", "2.1 The Supplier grants the Customer a non-exclusive, non-transferable licence for the Term to "
               "use the System for its internal business purposes at the clinics listed in Schedule 1."),
         ("p", "2.2 The System displays CPT descriptors in its procedure picker and charge capture screens. The "
               "Supplier holds a distribution licence from the AMA and sub-licenses CPT to the Customer solely "
               "for use within the System in the United States."),
         ("h", "3. Charges"),
         ("p", "3.1 The Customer shall pay the subscription charges set out in Schedule 2 quarterly in advance."),
         ("p", "3.2 In addition to the subscription charges, and in respect of each Authorised User, the Customer "
               "shall pay the Supplier a CPT sub-licence charge of thirty-seven United States dollars and fifty "
               "cents for each Licence Year. The Supplier accounts for that charge to the AMA. The CPT sub-licence "
               "charge is invoiced at the start of each Licence Year on the number of Authorised Users then "
               "registered, with a further invoice for any Authorised User added during the Licence Year."),
         ("p", "3.3 All charges are exclusive of any sales or use tax, which the Customer shall pay in addition."),
         ]
    bb, n = boiler(4, "the Supplier", "the Customer", "England and Wales",
                   [("conf", 2), ("priv", 1), ("warr", 2), ("liab", 1), ("term", 2), ("gen", 2)], spelling="uk")
    b += bb
    b += [("h", "SCHEDULE 2 - SUBSCRIPTION CHARGES"),
          ("table", [["Element", "Basis", "Charge (USD)"],
                     ["System subscription", "per Authorised User per month", "$42.00"],
                     ["Imaging viewer", "per clinic per month", "$150.00"],
                     ["Implementation", "fixed fee", "$7,800.00"]],
           {"widths": [4, 4, 2]}),
          ("p", "The CPT sub-licence charge is dealt with in clause 3.2 and is not shown in this Schedule."),
          ("sig", [("Signed for and on behalf of ASHCOMBE CLINICAL SOFTWARE LTD", "Imogen Pascoe", "Director", "14 April 2025"),
                   ("Signed for and on behalf of LAKESHORE ORTHOPAEDIC ASSOCIATES, P.C.", "Dr. Kevin Moravec", "President", "14 April 2025")])]
    return make("p_uk_words", V, "pass_through", fee(37.5, "user", "year"),
                "English-law licence agreement with a US clinic; clause 3.2 charges a CPT sub-licence charge, "
                "stated only in words, of thirty-seven dollars and fifty cents per Authorised User per Licence Year.",
                b, family="Times", size=10, pagesize="a4")


def p_po_onetime():
    V = "Kettering Lane Diagnostics Software, Inc."
    b = [("title", "PURCHASE ORDER"),
         ("sub", "PO Number PFM-2025-0317  |  Date: May 12, 2025"),
         ("kv", [("Buyer", "Pinecrest Family Medicine, PLLC, 9 Timber Court, Bend, Oregon 97701"),
                 ("Seller", "Kettering Lane Diagnostics Software, Inc., 480 Sandhill Road, Boise, Idaho 83702"),
                 ("Ship to / Sites", "Bend Main Clinic; Redmond Clinic; Sisters Walk-In"),
                 ("Payment terms", "Net 45"), ("Quote reference", "KLD-QT-5520")]),
         ("table", [["Line", "Description", "Qty", "Unit price", "Amount"],
                    ["1", "Point-of-care charge capture application, perpetual licence", "3 sites", "$2,400.00", "$7,200.00"],
                    ["2", "Lab analyzer interface (HL7), installation", "3 sites", "$1,150.00", "$3,450.00"],
                    ["3", "CPT code descriptor content licence - single payment per site", "3 sites", "$89.00", "$267.00"],
                    ["4", "Annual software maintenance (20% of line 1)", "1", "$1,440.00", "$1,440.00"],
                    ["5", "On-site go-live support (2 days)", "2", "$950.00", "$1,900.00"],
                    ["", "PURCHASE ORDER TOTAL", "", "", "$14,257.00"]],
          {"widths": [0.6, 5.4, 1, 1.4, 1.4], "bold_last": True}),
         ("p", "Line 3 note (per Seller's quotation): The descriptor content licence is a one-time charge for each "
               "site. It covers Seller's sublicence of the American Medical Association's CPT descriptors embedded "
               "in the version of the application delivered under this PO, and is not repeated unless Buyer "
               "purchases a new major version."),
         ("h", "Buyer's Standard Terms (summary)"),
         ("p", "1. This PO is an offer and is accepted only on Buyer's terms; Seller's acknowledgement or "
               "performance constitutes acceptance. 2. Prices are firm. 3. Seller warrants that goods and "
               "software conform to specifications for twelve months. 4. Seller shall maintain commercial "
               "general liability insurance of at least $1,000,000 per occurrence. 5. Seller shall sign Buyer's "
               "Business Associate Agreement before accessing protected health information. 6. Invoices must "
               "quote the PO number. 7. Oregon law governs."),
         ("rule",),
         ("h", "SELLER ACKNOWLEDGEMENT"),
         ("p", "Kettering Lane Diagnostics Software, Inc. accepts Purchase Order PFM-2025-0317 in full, including "
               "line 3 as a one-time charge of $89.00 per site, with delivery of licence keys within ten (10) "
               "business days."),
         ("sig", [("KETTERING LANE DIAGNOSTICS SOFTWARE, INC.", "Paul Okafor", "Contracts Administrator", "May 14, 2025"),
                  ("PINECREST FAMILY MEDICINE, PLLC (Buyer)", "Gina Halvorsen", "Operations Director", "May 12, 2025")])]
    b += std_terms("Seller's Software Licence Terms (incorporated by the acknowledgement)", "Seller", "Buyer",
                   "the State of Idaho", [("ip", 1), ("supp", 1), ("warr", 0), ("liab", 2), ("conf", 0), ("gen", 1)],
                   intro="Where these terms conflict with Buyer's Standard Terms on a matter other than price, these "
                         "terms govern the software licence.")
    return make("p_po_onetime", V, "pass_through", fee(89.0, "location", "one_time"),
                "Practice-issued purchase order accepted by the vendor; line 3 is a CPT descriptor content licence "
                "billed as a single payment of $89.00 per site, among licence, interface, maintenance and support lines.",
                b, family="Helvetica", size=9.5)


def p_no_unit():
    V = "Marlow Peak Software Corp."
    b = [("title", "Marlow Peak Software Corp."),
         ("sub", "Service Order and Standard Terms - Small Practice Edition"),
         ("kv", [("Customer", "Hillcrest Dermatology, LLC"), ("Address", "19 Granite Street, Manchester, New Hampshire 03101"),
                 ("Service Order No.", "MP-SO-30077"), ("Order date", "August 4, 2025"),
                 ("Initial term", "12 months from activation")]),
         ("table", [["#", "Description", "Charge", "Frequency"],
                    ["1", "Dermatology EHR, Small Practice Edition (up to 3 clinicians)", "$740.00", "monthly"],
                    ["2", "Photo management and body mapping", "$95.00", "monthly"],
                    ["3", "AMA CPT royalty recovery (see note 3)", "$60.00", "annually"],
                    ["4", "Activation and template set-up", "$1,250.00", "once"],
                    ["5", "Additional clinician beyond 3", "$210.00", "monthly, each"]],
          {"widths": [0.5, 5.5, 1.5, 1.8]}),
         ("fn", ["1. Charges are in U.S. dollars and exclude tax.",
                 "2. Line 5 applies only if Customer activates a fourth or later clinician.",
                 "3. Line 3 recovers royalties that the American Medical Association charges Marlow Peak for CPT "
                 "codes and descriptions displayed in the EHR. It is charged each year on the activation "
                 "anniversary and may change if the AMA changes its royalty."]),
         ("h", "Standard Terms"),
         ("p", "1. Use. Customer may use the service for its own patients and business only. Marlow Peak hosts "
               "the service and applies updates, including annual code-set updates, without additional charge."),
         ("p", "2. CPT content. CPT is a registered trademark of the American Medical Association. Customer's "
               "right to use CPT content is a sublicence from Marlow Peak, is limited to use inside the service, "
               "and ends when this Service Order ends or if Marlow Peak's agreement with the AMA ends."),
         ]
    bb, n = boiler(3, "Marlow Peak", "Customer", "the State of New Hampshire",
                   [("pay", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 2), ("term", 1), ("gen", 1)])
    b += bb
    b += [("sig", [("MARLOW PEAK SOFTWARE CORP.", "Serena Holt", "Account Executive", "August 4, 2025"),
                   ("HILLCREST DERMATOLOGY, LLC", "Dr. Nina Castellano", "Owner", "August 5, 2025")])]
    return make("p_no_unit", V, "pass_through", fee(60.0, None, "year"),
                "Service order whose line 3 'AMA CPT royalty recovery' is $60.00 charged annually; the document "
                "never says per what (user, clinician, location or account), so the unit is null.",
                b, family="Helvetica", size=9.5)


def p_no_period():
    V = "Fennimore Health Technologies, Inc."
    C = "Customer"
    b = [("title", "FENNIMORE HEALTH TECHNOLOGIES, INC."),
         ("sub", "Subscription Agreement for Urgent Care Centers"),
         ("p", "This Subscription Agreement is entered into on June 16, 2025 between Fennimore Health "
               "Technologies, Inc., 2 Riverside Plaza, Omaha, Nebraska 68102 (\"Fennimore\"), and QuickCare "
               "Urgent Clinics of the Plains, LLC (\"Customer\")."),
         ("h", "1. Services"),
         ("p", "Fennimore provides a cloud platform for urgent care centers covering patient check-in, "
               "documentation, coding, claims and patient payments (the \"Platform\")."),
         ("h", "2. Subscription Fees"),
         ("p", "Customer shall pay a platform fee of $1,150.00 per center per month, plus $260.00 per provider "
               "per month for each provider with active credentials. \"Provider\" means a physician, physician "
               "assistant or nurse practitioner who documents encounters in the Platform."),
         ("h", "3. CPT Licence Fee"),
         ("p", "3.1 The Platform includes CPT codes and descriptors, which are the copyrighted work of the "
               "American Medical Association. Fennimore sublicenses that content to Customer through its own "
               "agreement with the AMA."),
         ("p", "3.2 Customer shall pay Fennimore a CPT licence fee of $24.00 per provider. The CPT licence fee "
               "is charged on the first invoice issued after the provider's credentials are activated and is "
               "shown as a separate line on that invoice. It is non-refundable."),
         ("p", "3.3 Fennimore will supply, on request, the list of providers for whom the CPT licence fee has "
               "been charged."),
         ]
    bb, n = boiler(4, "Fennimore", "Customer", "the State of Nebraska",
                   [("pay", 0), ("supp", 0), ("conf", 0), ("priv", 0), ("warr", 1), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("sig", [("FENNIMORE HEALTH TECHNOLOGIES, INC.", "Marcus Lyle", "Chief Revenue Officer", "June 16, 2025"),
                   ("QUICKCARE URGENT CLINICS OF THE PLAINS, LLC", "Tamsin Roe", "Chief Executive Officer", "June 16, 2025")])]
    return make("p_no_period", V, "pass_through", fee(24.0, "provider", None),
                "Urgent-care subscription agreement: clause 3.2 charges a CPT licence fee of $24.00 per provider "
                "on the invoice after activation, with no period stated (the per-provider monthly platform fee is "
                "a subscription price, not the CPT fee).",
                b, family="Times", size=10)


def p_rule_noamount():
    V = "Oakhurst Medical Billing Software, Inc."
    b = [("title", "END USER AGREEMENT AND ORDER"),
         ("sub", "Oakhurst Medical Billing Software, Inc."),
         ("p", "This End User Agreement is between Oakhurst Medical Billing Software, Inc., 77 Peachtree Center "
               "Avenue, Atlanta, Georgia 30303 (\"Oakhurst\"), and Magnolia Gastroenterology, P.C. (\"End User\"), "
               "and takes effect on the date of the last signature below."),
         ("h", "1. Licence"),
         ("p", "Oakhurst licenses End User to install and use the Oakhurst Billing desktop application and its "
               "connected cloud services on the number of workstations stated in the Order below."),
         ("h", "2. Maintenance"),
         ("p", "Annual maintenance includes bug fixes, payer form updates and the yearly code-set update "
               "package, which contains CPT, HCPCS Level II and ICD-10-CM tables."),
         ("h", "3. CPT Content and Royalty Reimbursement"),
         ("p", "3.1 CPT codes, descriptions and other data are copyright of the American Medical Association. "
               "Oakhurst distributes CPT under an agreement with the AMA that requires Oakhurst to pay a royalty "
               "for each person who uses CPT content through Oakhurst products."),
         ("p", "3.2 End User shall reimburse Oakhurst, at cost and without mark-up, for the royalty that Oakhurst "
               "pays the AMA for each of End User's users in each calendar year. The amount per user is the "
               "AMA's published rate for the year concerned. Oakhurst will invoice the reimbursement once a year "
               "with the code-set update package, based on End User's user count as of December 1."),
         ("p", "3.3 End User consents to Oakhurst reporting End User's name and user count to the AMA for royalty "
               "purposes, and acknowledges that the AMA may audit such counts."),
         ]
    bb, n = boiler(4, "Oakhurst", "End User", "the State of Georgia",
                   [("pay", 0), ("conf", 1), ("warr", 0), ("liab", 0), ("gen", 1)])
    b += bb
    b += [("h", "ORDER"),
          ("table", [["Item", "Qty", "Price", "Notes"],
                     ["Oakhurst Billing workstation licence", "7", "$1,295.00 each", "perpetual"],
                     ["Annual maintenance", "7", "$259.00 each", "per year"],
                     ["Electronic statements", "-", "$0.42 per statement", "monthly in arrears"],
                     ["CPT royalty reimbursement", "-", "at cost", "see Section 3.2"],
                     ["Installation and training", "1", "$1,800.00", "one-time"]],
           {"widths": [4, 1, 2.5, 2.5]}),
          ("sig", [("OAKHURST MEDICAL BILLING SOFTWARE, INC.", "Reginald Tate", "Sales Director", "February 10, 2025"),
                   ("MAGNOLIA GASTROENTEROLOGY, P.C.", "Lorraine Beck", "Business Manager", "February 12, 2025")])]
    return make("p_rule_noamount", V, "pass_through", None,
                "Billing software agreement under which the end user reimburses, at cost, the per-user AMA CPT "
                "royalty each calendar year; the order lists it as 'at cost' and no amount is ever stated, so "
                "cpt_fee is null.",
                b, family="Helvetica", size=9.5)


def p_ipa_recharge():
    V = "Prairie Valley Physicians IPA, Inc."
    b = [("title", "PARTICIPATION AGREEMENT"),
         ("sub", "Prairie Valley Physicians IPA, Inc. - Shared Technology Program"),
         ("p", "This Participation Agreement is made as of January 1, 2025 between Prairie Valley Physicians IPA, "
               "Inc., a Kansas not-for-profit corporation (the \"IPA\"), and Sunflower Family Physicians, P.A. "
               "(the \"Participating Practice\")."),
         ("h", "1. Purpose"),
         ("p", "The IPA contracts with health plans on behalf of independent physicians and operates a shared "
               "technology program through which Participating Practices use a common electronic health record "
               "and practice management platform licensed by the IPA from its technology vendor (the "
               "\"Platform\")."),
         ("h", "2. Technology Program"),
         ("p", "2.1 The IPA will provide the Participating Practice with access to the Platform, help-desk "
               "support, quality reporting and the analytics needed for value-based contracts."),
         ("p", "2.2 The IPA pays the vendor's subscription charges for the Platform. The Participating Practice "
               "contributes to those charges through the Technology Assessment in Schedule A."),
         ("p", "2.3 CPT. The Platform contains CPT content of the American Medical Association. The IPA holds the "
               "sublicence from the vendor for all Participating Practices and pays the vendor's CPT charges on "
               "their behalf, then recharges each Participating Practice the CPT Sublicence Recharge in Schedule A "
               "for each of its Participating Physicians. The IPA does not add any margin to the recharge."),
         ("h", "3. Distributions and Set-off"),
         ("p", "The IPA distributes shared-savings and quality incentive payments quarterly. The IPA may deduct "
               "from any distribution the Technology Assessment, the CPT Sublicence Recharge and any other amount "
               "the Participating Practice owes the IPA, and will show each deduction on the distribution statement."),
         ("h", "4. Credentialing and Compliance"),
         ("p", "Each Participating Physician must meet the IPA's credentialing standards, maintain hospital "
               "privileges where required by a health plan contract, and comply with the IPA's utilization "
               "management and quality programs."),
         ]
    bb, n = boiler(5, "the IPA", "the Participating Practice", "the State of Kansas",
                   [("conf", 0), ("priv", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("newpage",),
          ("title", "SCHEDULE A - TECHNOLOGY CHARGES (2025 PLAN YEAR)"),
          ("table", [["Charge", "Amount", "Basis", "When"],
                     ["Technology Assessment", "$310.00", "per Participating Physician per month", "deducted quarterly"],
                     ["CPT Sublicence Recharge", "$19.25", "per Participating Physician per calendar year", "deducted from Q1 distribution"],
                     ["Data warehouse feed", "$0.00", "included", "-"],
                     ["New physician onboarding", "$400.00", "per physician, once", "on credentialing"]],
           {"widths": [3, 1.5, 4, 2.5]}),
          ("p", "The IPA's Board may revise this Schedule for a future Plan Year on sixty (60) days' notice."),
          ("sig", [("PRAIRIE VALLEY PHYSICIANS IPA, INC.", "Dr. Helen Strand", "Executive Director", "December 12, 2024"),
                   ("SUNFLOWER FAMILY PHYSICIANS, P.A.", "Dr. Curtis Wahl", "President", "December 18, 2024")])]
    return make("p_ipa_recharge", V, "pass_through", fee(19.25, "provider", "year"),
                "IPA participation agreement: the IPA pays the platform vendor's CPT charges for members but "
                "recharges a CPT Sublicence Recharge of $19.25 per Participating Physician per calendar year "
                "(Schedule A), so the practice pays a separate CPT fee.",
                b, family="Times", size=10)


def p_dense_monthly():
    V = "Silverline Ambulatory Cloud, Inc."
    b = [("title", "ORDER FORM AND PRICING SCHEDULE"),
         ("sub", "Silverline Ambulatory Cloud, Inc. - Order SAC-2025-1180 - Effective September 1, 2025"),
         ("kv", [("Customer", "Harbor Point Multispecialty Group, LLC, 1 Marina Boulevard, San Leandro, California 94577"),
                 ("Users (named)", "42"), ("Term", "24 months")]),
         ("table", [["Ref", "Service", "Unit", "Year 1 list", "Year 1 net", "Year 2 net", "Qty", "Year 1 monthly"],
                    ["S1", "Ambulatory EHR", "per user per month", "$165.00", "$145.00", "$152.00", "42", "$6,090.00"],
                    ["S2", "Revenue cycle workspace", "per user per month", "$60.00", "$48.00", "$50.00", "18", "$864.00"],
                    ["S3", "AMA content fee (CPT)", "per user per month", "$1.65", "$1.65", "$1.65", "42", "$69.30"],
                    ["S4", "e-Prescribing incl. EPCS", "per prescriber per month", "$30.00", "$25.00", "$25.00", "14", "$350.00"],
                    ["S5", "ICD-10-CM / HCPCS Level II tables", "per organization", "$0.00", "$0.00", "$0.00", "1", "$0.00"],
                    ["", "Total monthly recurring (Year 1)", "", "", "", "", "", "$7,373.30"]],
          {"widths": [0.6, 2.8, 2.0, 1.1, 1.1, 1.1, 0.6, 1.4], "bold_last": True, "size": 7.5}),
         ("table", [["Ref", "One-time service", "Price"],
                    ["T1", "Implementation and workflow design", "$18,500.00"],
                    ["T2", "Interface: reference laboratory (bidirectional)", "$4,200.00"],
                    ["T3", "Historical data migration", "$6,750.00"]],
          {"widths": [0.6, 6, 2]}),
         ("h2", "Pricing notes"),
         ("small", "A. Net prices reflect a multi-year commitment. If Customer terminates for convenience in "
                   "Year 1, the difference between list and net for S1 and S2 becomes payable."),
         ("small", "B. S3 is a pass-through of the royalty the American Medical Association charges Silverline for "
                   "CPT content, plus Silverline's cost of reporting. It is billed monthly with S1 for every named "
                   "user, whether or not the user codes. It is not discounted and is not part of S1."),
         ("small", "C. S5 code sets are public domain federal works and are supplied free of charge."),
         ("small", "D. Named users may not share credentials. Added users are billed from the first day of the "
                   "month after activation."),
         ("h2", "Order terms"),
         ("small", "1. This Order Form is governed by Silverline's Cloud Services Agreement v7 (the \"CSA\"). "
                   "Capitalised terms have the meanings in the CSA. If this Order Form conflicts with the CSA, this "
                   "Order Form governs for the services ordered here."),
         ("small", "2. Invoices are issued monthly in advance and are payable within thirty (30) days."),
         ("small", "3. Year 2 prices take effect on the first anniversary of the Effective Date without further "
                   "notice."),
         ("small", "4. Customer's administrator must accept the CPT end-user terms in the application before "
                   "users are activated. Those terms limit CPT use to Customer's internal purposes in the United "
                   "States, prohibit redistribution to affiliates or other entities, and end when Silverline's AMA "
                   "agreement ends unless the AMA agrees otherwise."),
         ("small", "5. Silverline will provide 99.9% monthly availability for S1 with the service credits in the "
                   "CSA. Support is available 24x7 for Severity 1 issues."),
         ("small", "6. Customer's data remains Customer's property. On expiry Customer may export data for 60 days."),
         ("small", "7. Price holds in this Order Form expire if not signed by August 29, 2025."),
         ("sig", [("SILVERLINE AMBULATORY CLOUD, INC.", "Priya Nandakumar", "Regional VP", "August 22, 2025"),
                  ("HARBOR POINT MULTISPECIALTY GROUP, LLC", "Ben Castellanos", "CFO", "August 27, 2025")])]
    b += std_terms("Cloud Services Agreement v7 - key provisions", "Silverline", "Customer", "the State of California",
                   [("conf", 1), ("priv", 0), ("ip", 0), ("warr", 0), ("liab", 0), ("term", 1), ("gen", 1)],
                   intro="Reproduced from the CSA for convenience. Section numbers are those of this extract.")
    return make("p_dense_monthly", V, "pass_through", fee(1.65, "user", "month"),
                "Dense two-year order form with list/net/year-2 columns; row S3 'AMA content fee (CPT)' is $1.65 "
                "per user per month in every column, next to per-user EHR prices and a monthly total.",
                b, family="Helvetica", size=9)


def p_footnote():
    V = "Coldbrook Rehab Systems, Inc."
    b = [("title", "COLDBROOK REHAB SYSTEMS, INC."),
         ("sub", "Outpatient Therapy Platform - Proposal and Order Acceptance"),
         ("kv", [("Prepared for", "Riverbend Physical Therapy & Sports Rehab, Inc."),
                 ("Locations", "Riverbend East, Riverbend West"), ("Rendering providers", "8 PTs, 2 PTAs, 1 OT"),
                 ("Proposal date", "April 28, 2025")]),
         ("p", "Coldbrook Rehab Systems, Inc. (\"Coldbrook\") gives outpatient rehab practices documentation with built-in Medicare progress-report "
               "and plan-of-care tracking, 8-minute-rule unit calculation, scheduling, billing and a home-exercise "
               "program library. This proposal becomes an order when signed below and is governed by the "
               "Coldbrook Customer Agreement attached as Part 2."),
         ("table", [["Item", "Price", "Basis"],
                    ["Platform subscription", "$99.00", "per rendering provider per month"],
                    ["Front-desk and billing seats", "$0.00", "unlimited"],
                    ["Home exercise program library", "$49.00", "per location per month"],
                    ["CPT\u00ae code set access*", "see note *", "see note *"],
                    ["Claims and ERA (clearinghouse)", "$0.25", "per claim"],
                    ["Onboarding and template build", "$1,500.00", "one-time"]],
          {"widths": [4, 2, 4]}),
         ("fn", ["* CPT\u00ae code set access is billed at $17.50 per rendering provider per calendar year plus a $1.00 "
                 "administrative charge per rendering provider, both collected on the January invoice (pro rata in "
                 "the first year). The $17.50 is the royalty the American Medical Association charges Coldbrook; the "
                 "AMA has historically raised it by about $0.50 a year and Coldbrook will pass on any increase with "
                 "30 days' notice. Front-desk and billing seats are not charged.",
                 "Prices exclude tax. Proposal valid for 30 days."]),
         ("sig", [("COLDBROOK REHAB SYSTEMS, INC.", "Lydia Marsh", "Account Executive", "April 28, 2025"),
                  ("RIVERBEND PHYSICAL THERAPY & SPORTS REHAB, INC.", "Sam Okonkwo, PT, DPT", "Owner", "May 2, 2025")]),
         ("newpage",),
         ("title", "Part 2 - Coldbrook Customer Agreement (extract)"),
         ("p", "1. Licence to the platform. Coldbrook grants Customer a non-exclusive right to use the platform for "
               "its internal purposes during the subscription term. Customer is responsible for all activity under "
               "its users' credentials."),
         ("p", "2. CPT content. CPT content is licensed to Coldbrook by the American Medical Association and "
               "sublicensed to Customer for use in the platform only. Customer may not copy CPT content out of "
               "the platform, provide it to another entity, or use it after the subscription ends. Fee schedules, "
               "relative value units, conversion factors and related components are not assigned by the AMA, are "
               "not part of CPT, and the AMA is not recommending their use."),
         ]
    bb, n = boiler(3, "Coldbrook", "Customer", "the State of Wisconsin",
                   [("pay", 1), ("supp", 1), ("priv", 0), ("warr", 1), ("liab", 0), ("term", 1), ("gen", 1)])
    b += bb
    return make("p_footnote", V, "pass_through", fee(18.5, "provider", "year"),
                "Rehab-therapy proposal whose table row 'CPT code set access*' points to a footnote: $17.50 AMA "
                "royalty plus $1.00 administrative charge per rendering provider per calendar year (sum $18.50), "
                "with an expected yearly increase.",
                b, family="Helvetica", size=9.5)


def p_letter_change():
    V = "Northway Clinical Cloud, Inc."
    b = [("title", "NORTHWAY CLINICAL CLOUD, INC."),
         ("sub", "Client Services Agreement (2022) - with Notice of Change dated October 1, 2025"),
         ("p", "PART A - CLIENT SERVICES AGREEMENT. This Client Services Agreement is effective as of November 1, "
               "2022 between Northway Clinical Cloud, Inc., 901 Fifth Avenue, Seattle, Washington 98164 "
               "(\"Northway\"), and Cascade Neurology Partners, PLLC (\"Client\")."),
         ("h", "1. Services and Fees"),
         ("p", "1.1 Northway provides its neurology EHR, EEG report integration and billing services (the "
               "\"Services\") for the monthly Subscription Fees in the Fee Exhibit: $495 per clinician per month "
               "and $65 per support-staff user per month."),
         ("p", "1.2 The Subscription Fees include the royalties for CPT content that Northway pays to the American "
               "Medical Association under Northway's distribution agreement, and Client will not be invoiced "
               "separately for CPT content during the Initial Term."),
         ("p", "1.3 Northway may change its fees for any Renewal Term by written notice given at least sixty (60) "
               "days before the Renewal Term begins. A notice under this Section 1.3 amends this Agreement from "
               "the date it states unless Client terminates before that date."),
         ("h", "2. Term"),
         ("p", "The Initial Term is thirty-eight (38) months from the Effective Date, ending December 31, 2025. "
               "The Agreement then renews for one-year Renewal Terms."),
         ]
    bb, n = boiler(3, "Northway", "Client", "the State of Washington",
                   [("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("gen", 0)])
    b += bb
    b += [("sig", [("NORTHWAY CLINICAL CLOUD, INC.", "Derek Sato", "General Counsel", "October 28, 2022"),
                   ("CASCADE NEUROLOGY PARTNERS, PLLC", "Dr. Ingrid Solberg", "Managing Member", "October 31, 2022")]),
          ("newpage",),
          ("pl", "Northway Clinical Cloud, Inc.\n901 Fifth Avenue, Seattle, Washington 98164"),
          ("pl", "October 1, 2025"),
          ("pl", "Cascade Neurology Partners, PLLC - Attention: Dr. Ingrid Solberg, Managing Member"),
          ("h", "Notice of change to CPT licensing charges under Section 1.3"),
          ("p", "Dear Dr. Solberg,"),
          ("p", "The American Medical Association has changed the royalty terms under which EHR vendors distribute "
                "CPT content, and Northway will no longer absorb the royalty within its Subscription Fees. This "
                "letter is Northway's notice under Section 1.3 of the Client Services Agreement."),
          ("p", "With effect from January 1, 2026, Section 1.2 of the Agreement is replaced as follows: \"Client "
                "shall pay Northway a CPT royalty pass-through of $22.00 per licensed user per year, invoiced each "
                "January for all users with active credentials, in addition to the Subscription Fees.\" A licensed "
                "user is anyone with active credentials, clinical or not."),
          ("p", "For comparison only: if a practice licenses CPT directly from the AMA for internal use, the AMA's "
                "published 2025 terms are an entity fee plus $18.50 per user per year, per application. A direct "
                "licence would not remove the need for Northway's CPT pass-through, because Northway must still "
                "report your users under its distribution agreement."),
          ("p", "Your Subscription Fees are otherwise unchanged for 2026. If you do not wish to continue on these "
                "terms you may terminate before January 1, 2026 by written notice to contracts@northway.example."),
          ("p", "Sincerely,"),
          ("pl", "Derek Sato, General Counsel, Northway Clinical Cloud, Inc.")]
    return make("p_letter_change", V, "pass_through", fee(22.0, "user", "year"),
                "2022 services agreement saying CPT royalties are included, followed by a 2025 notice letter "
                "under the agreement's change clause that replaces it with a CPT pass-through of $22.00 per "
                "licensed user per year (an AMA direct price is quoted only for comparison).",
                b, family="Times", size=10)


def p_whitelabel_org():
    V = "Maple Corridor Health Tech Inc."
    b = [("title", "RESELLER CUSTOMER AGREEMENT"),
         ("sub", "Maple Corridor Health Tech Inc. - white-label practice platform \"MC Practice\""),
         ("p", "This agreement is made on March 17, 2025 between Maple Corridor Health Tech Inc., a corporation "
               "incorporated under the Business Corporations Act (Ontario), 250 Front Street West, Toronto, "
               "Ontario M5V 3G5 (\"Maple Corridor\"), and Northern Lakes Podiatry Group, LLC, of Duluth, "
               "Minnesota (the \"Customer\")."),
         ("h", "1. The platform"),
         ("p", "MC Practice is a white-label edition of a practice management and EHR platform developed and "
               "hosted in the United States by Stonebridge Informatics, LLC (the \"Platform Owner\"). Maple "
               "Corridor is an authorized reseller of the Platform Owner and provides the Customer's contract, "
               "first-line support, training and invoicing. The Platform Owner's end-user terms, attached as "
               "Appendix 1, apply to the Customer's use of the platform."),
         ("h", "2. CPT licence"),
         ("p", "2.1 The Platform Owner holds a distribution licence from the American Medical Association for "
               "the CPT content in the platform, and extends a sublicence to the customers of its authorized "
               "resellers under Appendix 1."),
         ("p", "2.2 The Platform Owner charges Maple Corridor a CPT royalty for each customer entity, and Maple "
               "Corridor invoices it to the Customer as the \"Annual CPT Licence (Practice Entity)\" shown in "
               "the Price Schedule. It is one charge for the Customer as a legal entity, covering all of the "
               "Customer's users of MC Practice at the locations listed in the Price Schedule."),
         ("h", "3. Prices and currency"),
         ("p", "All prices are in United States dollars. Canadian GST/HST does not apply to services supplied to "
               "the Customer in the United States. Maple Corridor invoices monthly in advance except where the "
               "Price Schedule says otherwise."),
         ]
    bb, n = boiler(4, "Maple Corridor", "the Customer", "the Province of Ontario",
                   [("supp", 1), ("conf", 2), ("priv", 2), ("liab", 2), ("term", 1), ("gen", 1)], spelling="ca")
    b += bb
    b += [("h", "PRICE SCHEDULE"),
          ("table", [["Item", "Price (USD)", "Basis"],
                     ["MC Practice subscription", "$189.00", "per provider per month"],
                     ["Additional location", "$40.00", "per location per month"],
                     ["Annual CPT Licence (Practice Entity)", "$385.00", "per Customer entity per year"],
                     ["Onboarding (remote)", "$900.00", "once"],
                     ["Statement printing and mailing", "$0.78", "per statement"]],
           {"widths": [4.5, 2, 3.5]}),
          ("p", "Locations: Duluth (main), Hermantown, Cloquet. Providers at signing: 5."),
          ("small", "Appendix 1 (Platform Owner end-user terms) is supplied separately and forms part of this agreement."),
          ("sig", [("MAPLE CORRIDOR HEALTH TECH INC.", "Genevieve Tremblay", "President", "March 17, 2025"),
                   ("NORTHERN LAKES PODIATRY GROUP, LLC", "Dr. Erik Lindqvist", "Managing Partner", "March 19, 2025")])]
    return make("p_whitelabel_org", V, "pass_through", fee(385.0, "organization", "year"),
                "Canadian reseller's white-label agreement: the platform owner's AMA sublicence is passed to the "
                "customer and the reseller bills an 'Annual CPT Licence (Practice Entity)' of $385.00 per customer "
                "entity per year.",
                b, family="Helvetica", size=9.5)


DOCS = [p_ehr_orderform_sum, p_therapy_amend, p_renewal_location, p_email_billing, p_clearinghouse_defined,
        p_uk_words, p_po_onetime, p_no_unit, p_no_period, p_rule_noamount, p_ipa_recharge, p_dense_monthly,
        p_footnote, p_letter_change, p_whitelabel_org]
