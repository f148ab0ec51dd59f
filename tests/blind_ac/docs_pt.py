"""blind_ac documents whose label is pass_through (the vendor charges a separate CPT / AMA fee)."""
import docs_boiler as B
from docs_boiler import fee, mk

PT = "pass_through"


def pt_a():
    v, vs, c, cs = "Quillmark Behavioral Software, Inc.", "Quillmark", "Harborview Counseling Associates, PLLC", "Customer"
    blocks = [
        ("title", "SUBSCRIPTION AGREEMENT"),
        ("subtitle", "Quillmark Practice Cloud for Behavioral Health"),
        ("p", "This Subscription Agreement is made as of February 1, 2025 (the Effective Date) between %s, a Delaware "
              "corporation with offices at 2200 Larkspur Avenue, Suite 410, Madison, Wisconsin 53703 (\"Quillmark\"), "
              "and %s, 88 Pier Street, Portland, Maine 04101 (\"Customer\")." % (v, c)),
        B.art("Article 1", "Definitions"),
        ("p", "means the yearly charge described in Section 4.3 and priced in Exhibit B, which Quillmark collects to "
              "cover the royalty the American Medical Association charges for CPT content made available in the "
              "Service, together with Quillmark's cost of administering it.", "\"AMA Fee\""),
        ("p", "means each individual licensed to provide therapy or counseling services whose sessions are "
              "documented, coded or billed in the Service, whether or not that person ever logs in.", "\"Clinician\""),
        ("p", "means Current Procedural Terminology codes, descriptors and related guidelines published by the "
              "American Medical Association.", "\"CPT\""),
        ("p", "means Quillmark Practice Cloud, its scheduling, notes, billing and client-portal features, and any "
              "add-on listed in an Order Form.", "\"Service\""),
        ("p", "means an individual login issued to Customer's staff, such as an office manager or biller.",
         "\"Staff Login\""),
        B.art("Article 2", "Access to the Service"),
        ("p", "Quillmark grants Customer a non-exclusive, non-transferable right during the Term to access and use the "
              "Service for its internal business purposes in the United States. Customer is responsible for the "
              "acts of anyone using its credentials.", "2.1"),
        ("p", "Customer may not resell the Service, use it to provide a service bureau, or copy any content "
              "from it (including code descriptors) into another system.", "2.2"),
        B.art("Article 3", "Customer Responsibilities"),
        ("p", "Customer will keep its list of Clinicians and Staff Logins current in the account settings, so that "
              "fees that depend on headcount are calculated correctly.", "3.1"),
        B.art("Article 4", "Fees"),
        ("p", "Customer pays the monthly subscription price for each Clinician and each Staff Login shown in "
              "Exhibit B.", "4.1"),
        ("p", "One-time onboarding charges are invoiced on the Effective Date.", "4.2"),
        ("p", "For each calendar year in which a Clinician is active in the Service, Customer will pay the AMA Fee "
              "for that Clinician. The AMA Fee is billed on Customer's first invoice of the calendar year. A "
              "Clinician added during the year is billed on the next monthly invoice; the AMA Fee is not prorated "
              "and is not refunded if a Clinician leaves.", "4.3"),
        ("p", "If the American Medical Association raises its royalty, Quillmark may raise the royalty component "
              "of the AMA Fee by the same amount on sixty days' notice. Any other increase to the AMA Fee is "
              "capped at $0.50 per Clinician per year.", "4.4"),
    ]
    blocks += B.payment("Article 5", 2, vs, cs)
    blocks += B.hipaa("Article 6", 0, vs, cs)
    blocks += B.conf("Article 7", 0)
    blocks += B.warranty("Article 8", 0, vs)
    blocks += B.liability("Article 9", 0)
    blocks += B.term("Article 10", 0, vs, cs, years=1)
    blocks += B.law("Article 11", 1, "Wisconsin")
    blocks += [("sig", [(v, "Dana Ferreira", "VP, Customer Operations"), (c, "Malcolm Osei, LCSW", "Managing Partner")]),
               ("h", "Exhibit A - Service Description"),
               ("p", "The Service includes appointment scheduling, progress-note templates, treatment plans, superbills, "
                     "electronic claims through Quillmark's clearinghouse partner, eligibility checks, a client portal "
                     "and secure video. Code pick-lists for diagnoses (ICD-10-CM) and procedures (CPT) are built into "
                     "the notes and billing screens."),
               ("h", "Exhibit B - Pricing"),
               ("table", [["Item", "Basis", "Price"],
                          ["Practice Cloud - Group plan", "per Clinician per month", "$69.00"],
                          ["Staff Login", "per Staff Login per month", "$15.00"],
                          ["Secure video add-on", "per Clinician per month", "$10.00"],
                          ["AMA Fee - CPT royalty component", "per Clinician per calendar year", "$19.00"],
                          ["AMA Fee - processing component", "per Clinician per calendar year", "$1.50"],
                          ["Onboarding and data import", "one time", "$250.00"]],
                [0.46, 0.34, 0.2]),
               ("note", "Customer is enrolling 7 Clinicians and 2 Staff Logins. Staff Logins are not charged the AMA "
                        "Fee. Prices exclude sales tax where applicable."),
               ("h", "Exhibit C - Support"),
               ("p", "Support is available by chat and e-mail at help@quillmark.example from 8 a.m. to 8 p.m. Eastern "
                     "Time on weekdays. Planned maintenance takes place on Sunday mornings and is announced in the "
                     "Service at least two days ahead.")]
    return mk("pt_a", v, PT, fee(20.50, "provider", "year"),
              "A behavioral-health subscription agreement whose body makes the Customer pay an annual AMA Fee per "
              "Clinician and whose Exhibit B prices it as a $19.00 CPT royalty plus a $1.50 processing component, "
              "so the practice pays $20.50 per clinician per year beside a $69 per-clinician monthly subscription.",
              blocks, font="helv", header="Quillmark Subscription Agreement", footer="Confidential")


def pt_b():
    v, vs, c, cs = "Stonebridge Health Software, Inc.", "Licensor", "Red Oak Family Medicine, P.A.", "Customer"
    blocks = [
        ("title", "MASTER LICENSE AND SERVICES AGREEMENT"),
        ("meta", ["Agreement No. SHS-MLSA-0417", "Licensor: " + v + ", 1400 Commerce Parkway, Plano, Texas 75024",
                  "Customer: " + c + ", 310 Elm Street, Tyler, Texas 75701", "Effective Date: June 1, 2024"]),
        B.art("1", "Definitions"),
        ("p", "\"Code Set Content\" means the CPT, HCPCS Level II and ICD-10-CM code sets as loaded into the Software.", "1.1"),
        ("p", "\"Exhibit A\" means the price schedule attached to this Agreement, as amended from time to time.", "1.2"),
        ("p", "\"Software\" means the Corbel practice management application, including its scheduling, "
              "registration, charge entry, claims and reporting modules.", "1.3"),
        ("p", "\"User\" means a named individual whom Customer authorises to access the Software, including "
              "physicians, mid-level practitioners, coders, billers, front-desk and other staff. Logins may not be "
              "shared.", "1.4"),
        B.art("2", "License Grant"),
        ("p", "Subject to payment of the fees in Exhibit A, Licensor grants Customer a non-exclusive, "
              "non-transferable licence for its Users to use the Software for Customer's internal operations "
              "during the term.", "2.1"),
        B.art("3", "Implementation"),
        ("p", "Licensor will install, configure and train Customer on the Software according to the project plan "
              "agreed at kick-off. Customer will provide a project lead and timely access to its staff and "
              "historical data.", "3.1"),
        B.art("4", "Code Set Content"),
        ("p", "Licensor will load current Code Set Content at go-live and deliver each annual update before "
              "January 1.", "4.1"),
        ("p", "CPT is licensed from the American Medical Association per User. Customer shall purchase the CPT Code "
              "Subscription for every User at the price in Exhibit A, item 4, and shall report any increase in "
              "its number of Users within thirty days so that additional subscriptions can be invoiced. Staff of Customer's "
              "affiliate, Red Oak Urgent Care, LLC, who use the Software count as Users of Customer.", "4.2"),
        ("p", "HCPCS Level II and ICD-10-CM are public code sets and are supplied without a separate charge.", "4.3"),
    ]
    blocks += B.payment("5", 1, vs, cs)
    blocks += B.support("6", 1, vs)
    blocks += B.conf("7", 0)
    blocks += B.warranty("8", 1, vs)
    blocks += B.liability("9", 0)
    blocks += B.term("10", 1, vs, cs)
    blocks += B.law("11", 0, "Texas")
    blocks += [("sig", [(v, "Graham Pruitt", "Chief Revenue Officer"), (c, "Lorraine Vasquez, MD", "President")]),
               ("h", "Exhibit A - Price Schedule"),
               ("table", [["Item", "Description", "Basis", "Year 1", "Year 2", "Year 3"],
                          ["1", "Corbel PM subscription", "per User per month", "$95.00", "$98.00", "$101.00"],
                          ["2", "Implementation and training", "one time", "$3,500.00", "-", "-"],
                          ["3", "Clearinghouse connectivity", "per claim", "$0.35", "$0.35", "$0.37"],
                          ["4", "CPT Code Subscription", "per User per year", "$18.00", "$18.00", "$18.00"],
                          ["5", "ICD-10-CM / HCPCS Level II updates", "per year", "included", "included", "included"]],
                [0.06, 0.32, 0.2, 0.14, 0.14, 0.14]),
               ("note", "Customer's initial count is 14 Users. Year 1 runs from the Effective Date. Item 4 is invoiced "
                        "annually in advance; all other recurring items monthly."),
               ("pb",),
               ("title", "AMENDMENT NO. 1"),
               ("subtitle", "to Master License and Services Agreement No. SHS-MLSA-0417"),
               ("p", "This Amendment No. 1 is entered into as of March 3, 2025 by %s and %s." % (v, c)),
               ("p", "The American Medical Association has notified Licensor of a change to the royalty it charges "
                     "for CPT content distributed in practice management products, and the parties wish to reflect "
                     "that change.", "Background."),
               ("p", "Exhibit A, item 4 is amended so that the CPT Code Subscription is priced at $21.00 per User per "
                     "year for Year 2 and each later year of the term. This price replaces the amounts previously "
                     "shown for item 4 in Years 2 and 3.", "1. Amendment of item 4."),
               ("p", "Item 1 pricing is unchanged. For the avoidance of doubt, the yearly increase in item 1 is "
                     "unrelated to the CPT Code Subscription.", "2. Other items."),
               ("p", "Except as amended here, the Agreement continues in full force. If this Amendment conflicts with "
                     "the Agreement, this Amendment controls.", "3. Effect."),
               ("sig", [(v, "Graham Pruitt", "Chief Revenue Officer"), (c, "Lorraine Vasquez, MD", "President")])]
    return mk("pt_b", v, PT, fee(21.00, "user", "year"),
              "A practice-management licence whose body requires a CPT Code Subscription per User at Exhibit A, "
              "item 4 ($18.00 per user per year in a three-year table), later replaced by Amendment No. 1 with "
              "$21.00 per user per year.",
              blocks, font="times", header="Stonebridge Health Software - MLSA SHS-MLSA-0417")


def pt_c():
    v, vs, c, cs = "Tessellate Health, Inc.", "Tessellate", "Summit Ridge Urgent Care, LLC", "Customer"
    blocks = [
        ("title", "Tessellate Platform General Terms"),
        ("subtitle", "Version 6.2 - applies to each Order Form that references it"),
        ("h", "1. How these terms work"),
        ("p", "These General Terms apply to every Order Form that %s (\"Tessellate\", \"we\") and a customer "
              "(\"you\") sign. Each Order Form, together with these terms, forms a separate contract." % v),
        ("h", "2. Your subscription"),
        ("p", "You may use the Tessellate urgent-care platform (registration, triage, charting, coding, billing, "
              "occupational-health workflows and reporting) at the Locations listed in your Order Form. A "
              "Location is a physical clinic site operating under its own street address."),
        ("p", "Adding a Location requires a new Order Form or a signed change order."),
        ("h", "3. Fees"),
        ("p", "3.1 You pay the fees in your Order Form monthly in advance."),
        ("p", "3.2 Fees are fixed for the initial subscription term. After that we may increase them on renewal by up "
              "to 5% a year."),
        ("p", "3.3 You are responsible for taxes other than taxes on our income."),
        ("p", "3.4 Subscription Fees include all third-party content embedded in the platform, including clinical "
              "reference material, drug databases and code sets."),
        ("h", "4. Data and security"),
        ("p", "You own your patient and business data. We process it only to provide the platform and as our "
              "Business Associate Agreement with you allows. We keep encrypted backups in two US regions and test "
              "restores quarterly."),
        ("h", "5. Service levels"),
        ("p", "We target 99.9% monthly availability. If we miss that target you may claim a service credit of 5% of "
              "that month's platform fee for each full 0.1% of shortfall, up to 25%."),
        ("h", "6. Warranties and liability"),
        ("p", "We warrant the platform will work substantially as documented. Apart from that, and to the extent the "
              "law allows, we give no other warranties. Each party's liability is capped at the fees paid in the "
              "prior twelve months, except for confidentiality breaches, indemnities and fees owed."),
        ("h", "7. Term and ending the contract"),
        ("p", "The subscription term is in your Order Form and renews for twelve months at a time unless either of us "
              "gives sixty days' notice. Either of us may end an Order Form for an uncured material breach."),
        ("h", "12. Interpretation"),
        ("p", "12.1 Headings are for convenience only. 12.2 \"Including\" means including without limitation."),
        ("p", "12.3 If an Order Form conflicts with these General Terms, the Order Form controls for that order. "
              "Otherwise these General Terms control."),
        ("pb",),
        ("title", "ORDER FORM TH-2025-0931"),
        ("meta", ["Customer: " + c + ", 4100 Foothill Boulevard, Boise, Idaho 83706",
                  "Supplier: " + v + ", 77 Canal Street, 5th Floor, Denver, Colorado 80202",
                  "Subscription start: April 1, 2025   Initial term: 36 months",
                  "Locations: Boise - Foothill; Boise - Overland; Meridian; Nampa (4 Locations)"]),
        ("table", [["Item", "Unit", "List (monthly)", "Discount", "Net (monthly)"],
                   ["Urgent-care platform subscription", "per Location", "$1,450.00", "10%", "$1,305.00"],
                   ["CPT Content Charge (note 1)", "per Location", "$8.00", "25%", "$6.00"],
                   ["e-Prescribing incl. EPCS", "per prescriber", "$30.00", "0%", "$30.00"],
                   ["ICD-10-CM and HCPCS Level II libraries", "per Location", "$0.00", "-", "$0.00"],
                   ["Occupational health module", "per Location", "$250.00", "20%", "$200.00"],
                   ["Estimated monthly total (4 Locations, 11 prescribers)", "", "", "", "$6,374.00"]],
         [0.4, 0.15, 0.16, 0.12, 0.17]),
        ("note", "Note 1. The CPT Content Charge recovers the royalty the American Medical Association charges us for "
                 "CPT codes and descriptors used by your staff at each Location. It is billed monthly with the "
                 "platform subscription and is payable for every Location on this Order Form."),
        ("note", "Note 2. One-time implementation of $9,800.00 is invoiced on signature and is not included in the "
                 "monthly total."),
        ("p", "This Order Form is governed by the Tessellate Platform General Terms v6.2."),
        ("sig", [(v, "Priya Raman", "Director of Sales"), (c, "Derek Holm", "Chief Operating Officer")]),
    ]
    return mk("pt_c", v, PT, fee(6.00, "location", "month"),
              "General Terms that say subscription fees include embedded code sets, followed by an Order Form "
              "that lists a CPT Content Charge at a net $6.00 per Location per month (list $8.00 less 25%); the "
              "precedence clause makes the Order Form control, so it is a pass-through.",
              blocks, font="helv", header="Tessellate Health", footer="TH-2025-0931")


def pt_d():
    v, vs, c, cs = "Halvorsen Medical Data Corporation", "Halvorsen", "Natarajan Gastroenterology, P.C.", "Client"
    blocks = [
        ("title", "SOFTWARE LICENSE AND STATEMENT OF WORK"),
        ("subtitle", "ClaimSure PM version 9 - on-premises perpetual licence"),
        ("meta", ["Between " + v + " (\"Halvorsen\"), 9 Foundry Lane, Worcester, Massachusetts 01608",
                  "and " + c + " (\"Client\"), 1200 Route 9, Suite 3, Albany, New York 12205",
                  "Dated: September 15, 2024"]),
        ("h", "Part 1 - Licence Terms"),
        ("p", "Halvorsen grants Client a perpetual, non-exclusive licence to install ClaimSure PM version 9 on "
              "servers that Client controls at one site, for use by up to 12 concurrent sessions. Source code is "
              "not licensed.", "1.1 Grant."),
        ("p", "The perpetual licence fee is $18,000.00, payable 50% on signature and 50% on go-live.", "1.2 Licence fee."),
        ("p", "First-year support is included; support renews annually at 20% of the licence fee.", "1.3 Support."),
        ("p", "ClaimSure PM contains third-party content supplied under the terms of Part 3.", "1.4 Third-party content."),
        ("h", "Part 2 - Statement of Work"),
        ("table", [["Milestone", "Deliverable", "Fee"],
                   ["M1 Kick-off", "Project plan, server specification", "included"],
                   ["M2 Installation", "Software installed on Client servers", "included"],
                   ["M3 Data conversion", "Patient demographics and open A/R from legacy system", "$1,800.00"],
                   ["M4 Interfaces", "HL7 interface to Client's EHR (ADT and charges)", "$2,500.00"],
                   ["M5 Training", "Two days on site, up to 10 staff", "$1,200.00"],
                   ["M6 Go-live", "Cut-over and first claims run", "included"]],
         [0.2, 0.58, 0.22]),
        ("p", "Travel is billed at cost. Change requests are priced at $165.00 per hour."),
        ("h", "Part 3 - Third-Party Content"),
        ("p", "ClaimSure PM is delivered with the CPT code set for the current year, which Halvorsen distributes under "
              "its licence from the American Medical Association. Client may use that CPT content only inside "
              "ClaimSure PM and only at the licensed site.", "3.1"),
        ("p", "Client will pay Halvorsen a CPT Licence Charge of $275.00 for Client's account. The CPT Licence Charge "
              "is a single, one-time charge payable with the M2 invoice; it is not repeated when support is "
              "renewed.", "3.2"),
        ("p", "For reference only: Client told Halvorsen that it had been quoted an AMA internal-use licence at an "
              "entity fee of $82.50 plus $18.50 per user per year. Client has chosen to obtain CPT content through "
              "Halvorsen instead, and nothing in this Agreement obliges Client to take an AMA licence.", "3.3"),
        ("p", "ICD-10-CM and HCPCS Level II tables are public-domain files and carry no charge.", "3.4"),
        ("h", "Part 4 - General Terms"),
        ("p", "Halvorsen warrants that the software will perform materially as documented for ninety days after "
              "go-live. Halvorsen's liability is limited to the fees paid under this Agreement. Either party may "
              "terminate for uncured material breach on thirty days' notice. Massachusetts law governs."),
        ("sig", [(v, "Erik Halvorsen", "President"), (c, "Priya Natarajan, MD", "Owner")]),
        ("note", "Questions about this SOW: projects@halvorsen-md.example"),
    ]
    return mk("pt_d", v, PT, fee(275.00, "organization", "one_time"),
              "An on-premises licence and SOW whose third-party content part makes the client pay a single, "
              "one-time $275.00 CPT Licence Charge for its account; an AMA direct quote, conversion, interface and "
              "training fees appear only as distractors.",
              blocks, font="times", header="Halvorsen Medical Data Corporation")


def pt_e():
    v, c = "Abernathy & Crowe Medical Systems, Inc.", "The Whitcombe Orthopaedic Clinic, P.C."
    blocks = [
        ("title", "SOFTWARE LICENSE AGREEMENT"),
        ("p", "THIS SOFTWARE LICENSE AGREEMENT (hereinafter the \"Agreement\") is made and entered into this "
              "twelfth day of November, 2024, by and between %s, a corporation organized under the laws of the "
              "Commonwealth of Virginia (hereinafter \"Licensor\"), and %s, a professional corporation of the State "
              "of North Carolina (hereinafter \"Licensee\")." % (v, c)),
        ("h", "WITNESSETH:"),
        ("p", "WHEREAS, Licensor is the owner of a certain computer program known as OrthoLedger, used for the "
              "scheduling, documentation and billing of orthopaedic services; and"),
        ("p", "WHEREAS, Licensor is a party to an agreement with the American Medical Association whereby Licensor "
              "may distribute the Current Procedural Terminology within OrthoLedger; and"),
        ("p", "WHEREAS, Licensee desires to obtain, and Licensor is willing to grant, a licence to use OrthoLedger upon "
              "the terms hereinafter set forth;"),
        ("p", "NOW, THEREFORE, in consideration of the mutual covenants herein contained, and for other good and "
              "valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the parties "
              "hereto agree as follows:"),
        ("h", "ARTICLE I - DEFINITIONS"),
        ("p", "Section 1.01. \"Program\" shall mean OrthoLedger in object code form, together with all updates "
              "furnished by Licensor hereunder."),
        ("p", "Section 1.02. \"Rendering Provider\" shall mean each physician, physician assistant, nurse practitioner "
              "or physical therapist employed or engaged by Licensee in whose name services are documented or "
              "billed by means of the Program."),
        ("p", "Section 1.03. \"CPT\" shall mean the Current Procedural Terminology, a work of the American Medical "
              "Association, in the edition current from time to time."),
        ("h", "ARTICLE II - GRANT OF LICENSE"),
        ("p", "Section 2.01. Licensor hereby grants unto Licensee a non-exclusive and non-assignable licence to use "
              "the Program at Licensee's offices within the State of North Carolina, and a sublicence to use such "
              "portions of CPT as are contained therein, solely for Licensee's own internal purposes."),
        ("p", "Section 2.02. Licensee shall not sell, lease, lend or otherwise make the Program or CPT available to "
              "any other person, firm or corporation."),
        ("h", "ARTICLE III - LICENSE FEES"),
        ("p", "Section 3.01. In consideration of the licence granted in Section 2.01, Licensee shall pay unto Licensor "
              "a monthly licence fee of four hundred twenty-five dollars (US$425.00) for each Rendering Provider."),
        ("p", "Section 3.02. Licensee shall further pay the installation and training charges set forth in "
              "Schedule 1 hereto."),
        ("h", "ARTICLE IV - ROYALTIES FOR CODE CONTENT"),
        ("p", "Section 4.01. Licensee shall pay unto Licensor, for each Rendering Provider, the sum of seventeen "
              "dollars and fifty cents (US$17.50) in each calendar year, being the royalty remitted by Licensor to "
              "the American Medical Association in respect of CPT, together with a handling charge of one dollar "
              "(US$1.00) per Rendering Provider per calendar year."),
        ("p", "Section 4.02. The sums due under Section 4.01 shall be invoiced in the month of January of each year "
              "and shall be due and payable within thirty (30) days thereafter. No part thereof shall be refundable "
              "in the event a Rendering Provider shall depart from Licensee's employ."),
        ("p", "Section 4.03. Nothing contained in Article III shall be deemed to include any sum in respect of CPT, "
              "the same being payable solely under this Article IV."),
        ("h", "ARTICLE V - TERM"),
        ("p", "Section 5.01. This Agreement shall continue in force for a period of three (3) years from the date first "
              "above written and thereafter from year to year, unless and until terminated by either party upon "
              "ninety (90) days' prior written notice."),
        ("h", "ARTICLE VI - WARRANTY AND LIMITATION"),
        ("p", "Section 6.01. Licensor warrants that the Program shall substantially conform to its user manual for a "
              "period of ninety (90) days. THE FOREGOING IS IN LIEU OF ALL OTHER WARRANTIES, EXPRESS OR IMPLIED. IN NO "
              "EVENT SHALL LICENSOR BE LIABLE FOR CONSEQUENTIAL DAMAGES, AND LICENSOR'S AGGREGATE LIABILITY SHALL NOT "
              "EXCEED THE FEES PAID HEREUNDER IN THE TWELVE (12) MONTHS PRECEDING THE CLAIM."),
        ("h", "ARTICLE VII - MISCELLANEOUS"),
        ("p", "Section 7.01. This Agreement shall be governed by and construed in accordance with the laws of the "
              "Commonwealth of Virginia. Section 7.02. All notices hereunder shall be in writing and delivered by "
              "hand, by certified mail, return receipt requested, or by recognised overnight courier to the "
              "addresses set forth beneath the signatures below. Section 7.03. This Agreement constitutes the whole "
              "agreement between the parties and may be amended only by a writing signed by both."),
        ("p", "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed by their duly "
              "authorised officers as of the day and year first above written."),
        ("sig", [(v, "Thaddeus Crowe", "President"), (c, "Margaret Whitcombe, MD", "President")]),
        ("h", "SCHEDULE 1 - INSTALLATION AND TRAINING"),
        ("table", [["Service", "Charge"],
                   ["Installation and configuration", "$2,400.00"],
                   ["Training (per day, on site)", "$950.00"],
                   ["Conversion of legacy ledger", "$1,100.00"]], [0.7, 0.3]),
    ]
    return mk("pt_e", v, PT, fee(18.50, "provider", "year"),
              "An old-style software licence (witnesseth, hereinafter) whose Article IV charges, in words and "
              "figures, a CPT royalty of seventeen dollars fifty cents plus a one-dollar handling charge per "
              "Rendering Provider per calendar year, i.e. $18.50 per provider per year.",
              blocks, font="times", header="OrthoLedger Software License Agreement")


def pt_f():
    v, c = "Maplecrest Clinical Software Inc.", "Lakeshore Podiatry Group, LLC"
    blocks = [
        ("title", "Services Agreement"),
        ("meta", ["Maplecrest Clinical Software Inc., 25 Adelaide Street East, Suite 1600, Toronto, Ontario M5C 3A1, Canada",
                  "Customer: Lakeshore Podiatry Group, LLC, 640 North Shore Drive, Milwaukee, Wisconsin 53202, USA",
                  "Agreement date: 14 January 2025"]),
        ("h", "Part A - Terms"),
        ("p", "Maplecrest provides the StrideChart podiatry EHR and billing service to the Customer on the terms of "
              "this Agreement, which consists of these Terms, the Pricing Schedule in Part B and the Data "
              "Processing Terms in Part C.", "A1. Scope."),
        ("p", "\"Licensed User\" means an individual to whom the Customer issues StrideChart credentials. Each "
              "Licensed User must have a unique login.", "A2. Users."),
        ("p", "The service includes code libraries used in charting and billing. The CPT content in StrideChart is "
              "distributed by Maplecrest under a licence from the American Medical Association and may be used only "
              "within StrideChart by Licensed Users in the United States.", "A3. Code content."),
        ("p", "The Customer pays the fees in the Pricing Schedule. All amounts are in United States dollars. "
              "Recurring fees are billed monthly unless the Pricing Schedule states another billing basis.", "A4. Fees."),
        ("p", "Maplecrest stores Customer data in data centres in the United States and will not move it out of the "
              "United States without the Customer's consent.", "A5. Hosting."),
        ("p", "Either party may end this Agreement on ninety days' notice after the first anniversary. Maplecrest's "
              "liability is limited to twelve months' fees.", "A6. Ending the Agreement."),
        ("p", "This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada "
              "applicable there, except that HIPAA obligations are governed by United States federal law.",
         "A7. Law."),
        ("h", "Part B - Pricing Schedule"),
        ("table", [["Module", "Fee", "Basis"],
                   ["StrideChart EHR and billing", "$55.00", "per Licensed User per month"],
                   ["Patient reminders (SMS)", "$0.04", "per message"],
                   ["Orthotics lab ordering interface", "$1,500.00", "one-time set-up"],
                   ["CPT content licence (3)", "see note 3", "see note 3"],
                   ["ICD-10-CM library", "no charge", "-"]],
         [0.45, 0.2, 0.35]),
        ("note", "(1) Prices exclude any US state sales tax. (2) Canadian HST is not charged to customers located outside "
                 "Canada. (3) The CPT content licence is charged at $24.00 per Licensed User per annum, invoiced on "
                 "each anniversary of the Agreement date, and is in addition to the monthly module fee."),
        ("h", "Part C - Data Processing Terms"),
        ("p", "Maplecrest processes protected health information only on the Customer's documented instructions and "
              "under the Business Associate Agreement signed with this Agreement. Maplecrest's personnel are "
              "trained in privacy annually and its subprocessors are listed at trust.maplecrest.example."),
        ("p", "Maplecrest will notify the Customer of a security incident affecting Customer data within 72 hours "
              "of confirming it, and will cooperate with any notification the Customer must make."),
        ("sig", [(v, "Anne-Marie Tremblay", "Chief Executive Officer"), (c, "Jerome Kowalczyk, DPM", "Managing Member")]),
    ]
    return mk("pt_f", v, PT, fee(24.00, "user", "year"),
              "A Canadian vendor's services agreement with a US podiatry group whose pricing table row for the CPT "
              "content licence points to a footnote charging $24.00 per Licensed User per annum, in addition to "
              "the $55 per-user monthly module fee.",
              blocks, font="helv", header="Maplecrest Clinical Software Inc. - Services Agreement")


def pt_g():
    v, c = "Ridgeline Rehab Systems, LLC", "Bayside Physical Therapy, Inc."
    E = B.email
    blocks = [
        ("title", "ORDER CONFIRMATION"),
        ("meta", ["Ridgeline Rehab Systems, LLC, 300 West Main Street, Suite 12, Boise, Idaho 83702",
                  "Customer: Bayside Physical Therapy, Inc., 19 Harbor Road, Annapolis, Maryland 21401",
                  "Order reference RRS-OC-88213   Date: October 10, 2024"]),
        ("table", [["Line", "Description", "Qty", "Price"],
                   ["1", "Ridgeline PT Suite - documentation, scheduling, billing", "9 therapists", "$59.00 per therapist per month"],
                   ["2", "Front-desk and billing logins", "3", "$12.00 per login per month"],
                   ["3", "Home exercise program library", "1", "included"],
                   ["4", "AMA CPT fee", "9 therapists", "as agreed in the correspondence below"],
                   ["5", "Onboarding", "1", "$600.00 one time"]],
         [0.07, 0.5, 0.15, 0.28]),
        ("p", "This order is placed under the Ridgeline Customer Terms dated July 1, 2024, which Customer has "
              "accepted online. Ridgeline's Customer Terms provide that pricing agreed in writing by Ridgeline's "
              "account team forms part of the order."),
        ("h", "Correspondence (most recent first)"),
    ]
    blocks += E("Tomas Lindqvist <tomas.lindqvist@ridgelinerehab.example>",
                "Carla Mendes <cmendes@baysidept.example>", "October 9, 2024 4:12 PM",
                "RE: RE: AMA CPT fee on our order",
                ["Hi Carla,",
                 "Thanks for your patience. I have confirmed with our finance team that we can bring the AMA CPT fee "
                 "down. The revised charge is $19.50 per therapist per year, and that figure includes our processing "
                 "charge - there is nothing on top of it. This replaces the $22.00 figure in my October 2 email and "
                 "is what line 4 of your order confirmation means.",
                 "It is billed each January for every therapist active on your account. Front-desk and billing logins "
                 "are not charged the fee.",
                 "Best, Tomas"])
    blocks += E("Carla Mendes <cmendes@baysidept.example>",
                "Tomas Lindqvist <tomas.lindqvist@ridgelinerehab.example>", "October 5, 2024 9:40 AM",
                "RE: AMA CPT fee on our order",
                ["Tomas, $22 a therapist is higher than we expected. Our current system charges us less than that "
                 "for the same thing. Is there any flexibility before we sign? Carla"])
    blocks += E("Tomas Lindqvist <tomas.lindqvist@ridgelinerehab.example>",
                "Carla Mendes <cmendes@baysidept.example>", "October 2, 2024 11:03 AM",
                "AMA CPT fee on our order",
                ["Hi Carla,",
                 "As promised on our call, here is how the AMA fee works at Ridgeline. The American Medical "
                 "Association charges us a royalty for the CPT codes inside Ridgeline PT Suite, and we collect it "
                 "from each practice. For your nine therapists the fee will be $22.00 per therapist per year. Your "
                 "subscription price of $59.00 per therapist per month does not include it.",
                 "Let me know if you have questions.",
                 "Tomas Lindqvist, Account Executive, Ridgeline Rehab Systems"])
    blocks += [("rule",),
               ("note", "Ridgeline Rehab Systems, LLC - accounts@ridgelinerehab.example - www.ridgelinerehab.example")]
    return mk("pt_g", v, PT, fee(19.50, "provider", "year"),
              "An order confirmation whose AMA CPT fee line points to an attached e-mail thread; the latest e-mail "
              "(October 9) revises the earlier $22.00 to $19.50 per therapist per year, processing included.",
              blocks, font="helv", footer="RRS-OC-88213")


def pt_h():
    v, vs, c, cs = "Northgate Billing Technologies, Inc.", "Northgate", "Cedar Hollow Pediatrics, PLLC", "Client"
    blocks = [
        ("title", "Northgate Billing Cloud - Client Agreement"),
        ("meta", ["Northgate Billing Technologies, Inc., 500 Grant Street, Suite 2900, Pittsburgh, Pennsylvania 15219",
                  "Client: Cedar Hollow Pediatrics, PLLC, 2 Orchard Way, Morgantown, West Virginia 26505",
                  "Effective: January 6, 2025"]),
        ("h", "Section 1. Definitions"),
        ("p", "\"Billing Cloud\" means Northgate's hosted charge-entry, claims, remittance and patient-statement "
              "software. \"Enabled Content\" means optional content libraries switched on for Client's account, "
              "listed in Schedule 1. \"Practice Users\" means Client's personnel with Billing Cloud credentials."),
        ("h", "Section 2. The Service"),
        ("p", "2.1 Northgate will provide Billing Cloud to Client in accordance with this Agreement and the "
              "documentation. 2.2 Client may switch Enabled Content on or off by notice to Northgate's support desk; "
              "changes take effect at the start of the next month."),
        ("h", "Section 3. Charges"),
        ("p", "3.1 Client pays a platform fee of 3.9% of net collections posted through Billing Cloud each month, with "
              "a minimum of $450.00 per month."),
        ("p", "3.2 Charges for Enabled Content are set out in Schedule 1 and are in addition to the platform fee."),
        ("p", "3.3 Patient statements are charged at $0.62 per statement mailed."),
    ]
    blocks += B.hipaa("Section 4", 1, vs, cs)
    blocks += B.conf("Section 5", 1)
    blocks += B.warranty("Section 6", 2, vs)
    blocks += B.liability("Section 7", 0)
    blocks += B.term("Section 8", 0, vs, cs, years=2)
    blocks += B.law("Section 9", 0, "Pennsylvania")
    blocks += [("sig", [(v, "Keith Donnelly", "General Manager"), (c, "Rosa Albright, MD", "Managing Member")]),
               ("pb",),
               ("h", "Schedule 1 - Enabled Content"),
               ("table", [["Library", "Status", "Charge", "Quantity"],
                          ["Payer rules and edits", "On", "included in platform fee", "-"],
                          ["ICD-10-CM diagnosis library", "On", "no charge", "-"],
                          ["CPT procedure library", "On", "CPT royalty charge of $38.00 annually", "as reported to the AMA"],
                          ["Dental (CDT) library", "Off", "$12.00 per month if switched on", "-"]],
                [0.3, 0.1, 0.35, 0.25]),
               ("note", "The CPT royalty charge is added to the January invoice in each year in which the CPT procedure "
                        "library is On at any time. It is not prorated. The dental library is not used by Client."),
               ("h", "Schedule 2 - Service Contacts"),
               ("p", "Support: support@northgatebilling.example. Account manager: Ines Carvalho, "
                     "icarvalho@northgatebilling.example. Escalations: the General Manager named above.")]
    return mk("pt_h", v, PT, fee(38.00, None, "year"),
              "A billing-cloud client agreement whose Enabled Content schedule charges a CPT royalty of $38.00 "
              "annually while the CPT library is on, with the quantity left 'as reported to the AMA', so no unit "
              "is ever stated; the CDT library price and collections percentage are distractors.",
              blocks, font="helv", header="Northgate Billing Cloud - Client Agreement")


def pt_i():
    v, vs, c, cs = "Velora Health Systems, Inc.", "Velora", "Pinehurst Allergy & Asthma, P.A.", "Practice"
    blocks = [
        ("title", "VELORA ALLERGY EHR - PROPOSAL AND AGREEMENT"),
        ("meta", ["Prepared for Pinehurst Allergy & Asthma, P.A., 155 Magnolia Drive, Pinehurst, North Carolina 28374",
                  "Prepared by Velora Health Systems, Inc., 801 Warehouse Row, Charlotte, North Carolina 28203",
                  "Proposal date: May 20, 2025. Valid for 60 days."]),
        ("h", "1. What you are buying"),
        ("p", "Velora Allergy EHR: allergy and immunotherapy charting, vial mixing and shot logs, scheduling, "
              "e-prescribing, billing and a patient portal, hosted by Velora. Five providers and nine staff members "
              "will use the system."),
        ("h", "2. Subscription"),
        ("table", [["Subscription", "Price"],
                   ["Provider licence (physicians, PAs, NPs)", "$325.00 per provider per month"],
                   ["Staff licence", "$45.00 per user per month"],
                   ["Patient portal", "$99.00 per month for the practice"]], [0.55, 0.45]),
        ("h", "3. Additional charges"),
        ("bul", ["Set-up and configuration: $500.00, one-time.",
                 "Data migration from the practice's current EHR: $1,200.00, one-time.",
                 "Additional training beyond the included four sessions: $95.00 per hour.",
                 "CPT Licence Fee: $3.25 per user.",
                 "Spirometry device interface: $750.00 per device."]),
        ("p", "The CPT Licence Fee is Velora's charge for the CPT content licensed by Velora from the American Medical "
              "Association and used in the system. It applies to every provider and staff licence on the account."),
        ("h", "4. Terms"),
        ("p", "4.1 Acceptance of this proposal by signature below forms an agreement on Velora's Standard Terms of "
              "Service version 3, which are incorporated by reference and available at www.velorahealth.example/terms."),
        ("p", "4.2 Subscription charges begin on the go-live date. The initial term is 24 months and renews for "
              "12-month periods unless either party gives 60 days' notice."),
        ("p", "4.3 Velora may adjust subscription prices on renewal by no more than the change in the Consumer Price "
              "Index over the prior year."),
        ("p", "4.4 The practice may add licences at any time at the prices above; licences may be reduced only at "
              "renewal."),
        ("h", "5. Implementation timeline"),
        ("p", "Week 1: kick-off and configuration. Weeks 2-4: build of templates and extract mixing formulas. "
              "Week 5: training. Week 6: go-live with on-site support for two days."),
        ("sig", [(v, "Morgan Achebe", "Account Executive"), (c, "Samuel Oyelaran, MD", "President")]),
        ("note", "Questions: sales@velorahealth.example"),
    ]
    return mk("pt_i", v, PT, fee(3.25, "user", None),
              "A proposal-agreement whose additional-charges list includes a CPT Licence Fee of $3.25 per user "
              "for CPT content Velora licenses from the AMA, without ever saying how often it is charged; monthly "
              "provider and staff licence prices and one-time fees are distractors.",
              blocks, font="helv")


def pt_j():
    v, vs, c, cs = "Ashgrove Clinical Cloud, Inc.", "Ashgrove", "Meridian Dermatology Partners, P.C.", "Customer"
    blocks = [
        ("title", "MASTER SUBSCRIPTION AGREEMENT"),
        ("meta", ["Ashgrove Clinical Cloud, Inc. (\"Ashgrove\"), 1900 Market Street, 8th Floor, Philadelphia, Pennsylvania 19103",
                  "Meridian Dermatology Partners, P.C. (\"Customer\"), 45 Franklin Turnpike, Ridgewood, New Jersey 07450",
                  "Effective Date: August 1, 2025"]),
        B.art("1", "Definitions"),
        ("p", "\"AMA\" means the American Medical Association. \"CPT\" means the AMA's Current Procedural "
              "Terminology. \"Royalty Year\" means a calendar year. \"User\" has the meaning the AMA gives it in its "
              "licensing terms for electronic health record products, as communicated to Customer by Ashgrove from "
              "time to time. \"Subscription Fees\" means the fees in an Order Form for access to the Platform.",
         "1.1"),
        B.art("2", "Platform"),
        ("p", "Ashgrove will make its dermatology EHR and practice management platform, including pathology "
              "tracking, photo management and cosmetic point-of-sale, available to Customer.", "2.1"),
        B.art("3", "Fees"),
        ("p", "Customer will pay the Subscription Fees in each Order Form. Subscription Fees do not include the CPT "
              "royalty.", "3.1"),
        ("p", "Customer will reimburse Ashgrove for the CPT royalty that Ashgrove owes the AMA in respect of "
              "Customer's Users for each Royalty Year. The reimbursement is calculated at the per-User rate the AMA "
              "publishes for that Royalty Year, multiplied by the number of Users Ashgrove reports to the AMA for "
              "Customer, and is invoiced annually in arrears with no mark-up.", "3.2"),
        ("p", "Ashgrove will give Customer a copy of the User count it intends to report at least thirty days before "
              "reporting it. Customer consents to Ashgrove disclosing its name and User count to the AMA.", "3.3"),
    ]
    blocks += B.payment("4", 0, vs, cs)
    blocks += B.hipaa("5", 0, vs, cs)
    blocks += B.conf("6", 0)
    blocks += B.indemnity("7", vs, cs)
    blocks += B.liability("8", 0)
    blocks += B.term("9", 0, vs, cs, years=3)
    blocks += B.law("10", 0, "Pennsylvania")
    blocks += [("sig", [(v, "Helen Marchetti", "Chief Financial Officer"), (c, "Vikram Desai, MD", "Managing Partner")]),
               ("h", "Order Form 1"),
               ("table", [["Product", "Quantity", "Monthly fee"],
                          ["Ashgrove Derm Platform - provider seat", "6", "$399.00 each"],
                          ["Ashgrove Derm Platform - support-staff seat", "18", "$39.00 each"],
                          ["Photo storage (per 500 GB)", "1", "$80.00"]],
                [0.55, 0.15, 0.3]),
               ("note", "One-time implementation: $4,500.00. The CPT royalty reimbursement under Section 3.2 is billed "
                        "separately and is not shown on this Order Form.")]
    return mk("pt_j", v, PT, None,
              "A master subscription agreement that makes the customer reimburse the vendor's CPT royalty per "
              "User at the AMA's published rate each year, invoiced by the vendor, but never states an amount; "
              "it is a pass-through stated only as a rule, so cpt_fee is null.",
              blocks, font="times", header="Ashgrove Clinical Cloud - Master Subscription Agreement")


def pt_k():
    v, vs, c, cs = "Brightline MedTech, Inc.", "Brightline", "Greenfield Cardiology Associates, LLC", "Customer"
    blocks = [
        ("title", "Brightline Suite Order Form and Product Terms"),
        ("meta", ["Brightline MedTech, Inc., 600 Congress Avenue, Suite 1400, Austin, Texas 78701",
                  "Customer: Greenfield Cardiology Associates, LLC, 3300 Medical Parkway, Knoxville, Tennessee 37920",
                  "Order date: July 7, 2025   Term: 24 months from the Start Date"]),
        ("h", "Section A - Products ordered"),
        ("table", [["Product", "Ordered?", "Quantity", "Price"],
                   ["Brightline Engage (reminders, two-way texting, reputation)", "Yes", "1 practice", "$349.00 per month"],
                   ["Brightline Intake (digital forms, kiosks)", "Yes", "3 kiosks", "$60.00 per kiosk per month"],
                   ["Brightline Charge Capture (optional module)", "Yes", "6 providers", "$79.00 per provider per month"],
                   ["Brightline Analytics", "No", "-", "$500.00 per month"]],
         [0.44, 0.12, 0.16, 0.28]),
        ("p", "Provider in this Order Form means a physician or advanced practice clinician of the Customer who "
              "captures charges in Brightline Charge Capture."),
        ("h", "Section B - Product Terms"),
        ("h2", "B.1 Brightline Engage and Brightline Intake"),
        ("p", "Engage and Intake handle patient communications and registration forms. They do not contain any "
              "procedure or diagnosis code sets and no content licence applies to them. Message volumes above "
              "5,000 texts per month are billed at $0.02 per message."),
        ("h2", "B.2 Brightline Charge Capture"),
        ("p", "Charge Capture lets clinicians record procedures at the point of care, including in hospitals and "
              "cath labs, and sends charges to the Customer's practice management system. It contains CPT codes and "
              "descriptors distributed by Brightline under its licence from the American Medical Association."),
        ("p", "If the Customer orders Charge Capture, the Customer also pays a CPT content fee of $2.10 per Provider "
              "per month for each Provider with access to Charge Capture. The CPT content fee is shown separately on "
              "the monthly invoice and is not included in the $79.00 module price."),
        ("p", "If the Customer does not order Charge Capture, no CPT content fee is payable for any other "
              "Brightline product."),
        ("h2", "B.3 Brightline Analytics"),
        ("p", "Analytics dashboards report on appointment volumes and collections. Analytics has not been ordered."),
        ("h", "Section C - General"),
        ("p", "C.1 This Order Form is governed by the Brightline Master Terms (version 2025-03). Product Terms in "
              "Section B prevail over the Master Terms for the product concerned."),
        ("p", "C.2 Fees are billed monthly in advance starting on the Start Date, which is the date the Customer's "
              "accounts are provisioned."),
        ("p", "C.3 Prices are fixed for the Term. Brightline may change the CPT content fee only to reflect a change "
              "in the royalty charged by the American Medical Association, on sixty days' notice."),
        ("sig", [(v, "Nadia Petrov", "Regional Vice President"), (c, "Arthur Bellweather, MD", "Managing Partner")]),
        ("note", "Brightline MedTech, Inc. - orders@brightlinemed.example"),
    ]
    return mk("pt_k", v, PT, fee(2.10, "provider", "month"),
              "A multi-product order form in which the optional Charge Capture module, marked as ordered, carries "
              "a CPT content fee of $2.10 per Provider per month, while the ordered Engage and Intake products "
              "carry no CPT content.",
              blocks, font="helv")


def pt_l():
    v, vs, c, cs = "Osprey Point Software, Inc.", "Osprey", "Willow Creek Internal Medicine, P.A.", "Customer"
    blocks = [
        ("title", "SOFTWARE-AS-A-SERVICE AGREEMENT"),
        ("meta", ["Osprey Point Software, Inc. (\"Osprey\"), 410 Harbor Boulevard, Tampa, Florida 33602",
                  "Willow Creek Internal Medicine, P.A. (\"Customer\"), 77 Willow Creek Parkway, Orlando, Florida 32801",
                  "Effective Date: March 1, 2022"]),
        B.art("1", "Definitions"),
        ("p", "\"User\" means any individual who logs in to the Service under Customer's account. \"Service\" means "
              "Osprey's hosted EHR and practice management software. \"Subscription Fees\" means the fees in "
              "Schedule A.", "1.1"),
        B.art("5", "Fees"),
        ("p", "Customer pays the Subscription Fees monthly in advance.", "5.1"),
        ("p", "Implementation fees are payable as set out in Schedule A.", "5.2"),
        ("p", "Osprey may increase Subscription Fees on each anniversary by up to 4%.", "5.3"),
        ("p", "The Subscription Fees include the royalty for CPT content licensed by Osprey from the American Medical "
              "Association and made available in the Service.", "5.4"),
    ]
    blocks += B.hipaa("6", 0, vs, cs)
    blocks += B.conf("7", 0)
    blocks += B.liability("8", 1)
    blocks += B.term("9", 0, vs, cs, years=3)
    blocks += B.law("10", 0, "Florida")
    blocks += [("sig", [(v, "Leonard Fitch", "CEO"), (c, "Amelia Sorensen, MD", "President")]),
               ("h", "Schedule A - Fees"),
               ("table", [["Item", "Fee"],
                          ["EHR + PM subscription", "$289.00 per provider per month"],
                          ["Additional User (non-provider)", "$25.00 per User per month"],
                          ["Implementation", "$2,000.00"]], [0.5, 0.5]),
               ("pb",),
               ("title", "AMENDMENT NO. 1"),
               ("p", "Dated June 12, 2023. Osprey and Customer agree that Customer's second office at 12 Lake Nona "
                     "Boulevard is added to the Service from July 1, 2023, with a location set-up fee of $400.00 and "
                     "no change to the per-provider Subscription Fees. All other terms remain unchanged."),
               ("sig", [(v, "Leonard Fitch", "CEO"), (c, "Amelia Sorensen, MD", "President")]),
               ("title", "AMENDMENT NO. 2"),
               ("p", "Dated November 4, 2024. This Amendment No. 2 amends the Software-as-a-Service Agreement between "
                     "Osprey Point Software, Inc. and Willow Creek Internal Medicine, P.A. dated March 1, 2022."),
               ("p", "Section 5.4 is deleted and replaced with: \"5.4 CPT Royalty Fee. Effective January 1, 2025, "
                     "Customer shall pay Osprey a CPT Royalty Fee of $18.50 per User per calendar year, together with a "
                     "processing fee of $1.50 per User per calendar year. The CPT Royalty Fee and processing fee are "
                     "invoiced each January based on the Users active on January 1, with Users added later in the year "
                     "invoiced in the following month.\"", "1."),
               ("p", "The Subscription Fees in Schedule A are not changed by this Amendment.", "2."),
               ("p", "This Amendment prevails over the Agreement and Amendment No. 1 to the extent of any conflict.", "3."),
               ("sig", [(v, "Leonard Fitch", "CEO"), (c, "Amelia Sorensen, MD", "President")])]
    return mk("pt_l", v, PT, fee(20.00, "user", "year"),
              "A 2022 SaaS agreement that included the CPT royalty in the subscription fees, replaced by Amendment "
              "No. 2 (November 2024) with a CPT Royalty Fee of $18.50 plus a $1.50 processing fee per User per "
              "calendar year, so $20.00 per user per year from 2025.",
              blocks, font="times", header="Osprey Point Software - SaaS Agreement")


def pt_m():
    v, c, m = "Keystone Clinical Networks, Inc.", "Oakmont Family Practice, P.C.", "Tri-County Physician Services, LLC"
    blocks = [
        ("title", "PARTICIPATION AGREEMENT"),
        ("subtitle", "Keystone Network EHR Program for Tri-County Physician Services Member Practices"),
        ("p", "This Participation Agreement is among %s (\"Keystone\"), %s, a management services organization (the "
              "\"MSO\"), and %s (the \"Participating Practice\"), and is effective April 1, 2025." % (v, m, c)),
        ("h", "Article 1 - Definitions"),
        ("p", "\"Enterprise Agreement\" means the agreement between Keystone and the MSO dated January 15, 2025 under "
              "which Keystone hosts a shared EHR instance for the MSO's member practices.", "1.1"),
        ("p", "\"Participating Physician\" means each physician (MD or DO) employed by or contracted to the "
              "Participating Practice who documents encounters in the shared instance.", "1.2"),
        ("p", "\"Code Set Access Fee\" means $96.00 per Participating Physician per Contract Year. It represents the "
              "CPT royalty Keystone pays the American Medical Association for the Participating Practice, estimated "
              "on the AMA's proxy of four users for each physician, and Keystone's cost of reporting it.", "1.3"),
        ("p", "\"Contract Year\" means each twelve-month period beginning April 1.", "1.4"),
        ("p", "\"Platform Fees\" means the hosting and licence fees for the shared instance payable under the "
              "Enterprise Agreement.", "1.5"),
        ("h", "Article 2 - Participation"),
        ("p", "The Participating Practice joins the shared instance and agrees to the acceptable-use, security and "
              "data-sharing rules in Schedule 1. The MSO will administer user accounts for the Participating "
              "Practice.", "2.1"),
        ("p", "The Participating Practice may withdraw at the end of any Contract Year on ninety days' notice to "
              "Keystone and the MSO.", "2.2"),
        ("h", "Article 3 - Who pays what"),
        ("p", "The MSO pays the Platform Fees for all member practices under the Enterprise Agreement. The "
              "Participating Practice does not pay Platform Fees to Keystone.", "3.1"),
        ("p", "Other charges payable by the Participating Practice are listed in Schedule 3.", "3.2"),
        ("h", "Article 4 - Data"),
        ("p", "Patient records in the shared instance are segregated by practice. The MSO may access a practice's "
              "records only for management services the practice has authorised in its management services "
              "agreement with the MSO, and Keystone acts as business associate to each practice.", "4.1"),
        ("h", "Article 5 - General"),
        ("p", "Pennsylvania law governs this Agreement. If this Agreement conflicts with the Enterprise Agreement on a "
              "matter affecting the Participating Practice, this Agreement controls as to the Participating "
              "Practice.", "5.1"),
        ("sig", [(v, "Caroline Baptiste", "SVP, Networks"), (m, "Howard Ng", "Executive Director"),
                 (c, "Teresa Lindgren, DO", "President")]),
        ("pb",),
        ("h", "Schedule 1 - Acceptable Use and Security"),
        ("p", "Users must complete security training before receiving credentials, must not share passwords and "
              "must use multi-factor authentication. Keystone logs access to patient records and will provide audit "
              "reports to the Participating Practice on request."),
        ("h", "Schedule 2 - Onboarding"),
        ("p", "Keystone will migrate up to three years of clinical history from the Participating Practice's prior "
              "system. Migration is paid by the MSO. Training is delivered online in four two-hour sessions."),
        ("h", "Schedule 3 - Charges Payable by the Participating Practice"),
        ("table", [["Charge", "Amount", "Payable to", "When"],
                   ["Code Set Access Fee", "as defined in Section 1.3", "Keystone", "each Contract Year, in advance"],
                   ["Lab interface (optional, not ordered)", "$1,200.00 one time", "Keystone", "on order"],
                   ["Management services fee", "per MSO agreement", "MSO", "monthly"]],
         [0.3, 0.26, 0.18, 0.26]),
        ("note", "The Participating Practice has five Participating Physicians at the Effective Date. The Code Set Access "
                 "Fee is payable directly to Keystone; the MSO does not pay it on the Participating Practice's behalf."),
    ]
    return mk("pt_m", v, PT, fee(96.00, "provider", "year"),
              "A three-party participation agreement (vendor, MSO, practice) where the MSO pays the platform fees "
              "but Schedule 3 makes the practice pay the Code Set Access Fee, defined pages earlier as $96.00 per "
              "Participating Physician per Contract Year for the CPT royalty.",
              blocks, font="times", header="Keystone Network EHR Program - Participation Agreement")


def pt_n():
    v, vs, c, cs = "Cobalt Ridge Systems, Inc.", "Provider", "Highland Sleep Center, LLC", "Customer"
    blocks = [
        ("title", "Cobalt Ridge Subscription Terms"),
        ("p", "These terms apply between Cobalt Ridge Systems, Inc. (\"Provider\") and the customer named below (\"Customer\")."),
        ("meta", ["Cobalt Ridge Systems, Inc., 120 South Sixth Street, Minneapolis, Minnesota 55402",
                  "Customer: Highland Sleep Center, LLC, 920 Ridgeview Road, Sioux Falls, South Dakota 57105",
                  "Terms effective: September 1, 2025"]),
        ("h", "1. Seats"),
        ("p", "The service is licensed by Seat. A Seat is one named person - clinician, sleep technologist, scorer, "
              "scheduler or biller - who can sign in. Seats cannot be shared or rotated among staff."),
        ("h", "2. What the service does"),
        ("p", "Provider's SleepOps service covers referral intake, scheduling of in-lab and home sleep tests, device "
              "tracking, study scoring workflow, interpretation reports, DME hand-offs and billing."),
        ("h", "3. Prices"),
        ("p", "Prices are in the Pricing Attachment. The Pricing Attachment also lists the CPT royalty recovery "
              "described in section 4."),
        ("h", "4. CPT royalty recovery"),
        ("p", "SleepOps includes CPT codes and descriptors, which Provider licenses from the American Medical "
              "Association. Provider recovers the associated royalty from customers as a separate monthly line "
              "item per Seat, as shown in the Pricing Attachment. The recovery is not part of the Seat subscription "
              "price and is not discounted."),
        ("h", "5. Billing"),
        ("p", "Provider bills monthly in arrears for the Seats active in the month. Payment is by ACH within 20 "
              "days of invoice."),
        ("h", "6. Security and privacy"),
        ("p", "SleepOps is hosted in SOC 2 Type II audited data centres. Provider signs a business associate "
              "agreement with every customer and encrypts data in transit and at rest."),
        ("h", "7. Ending the subscription"),
        ("p", "Customer may cancel with 30 days' notice after the first twelve months. Provider will provide a "
              "full export of Customer's data in CSV and PDF form on request within 30 days of cancellation."),
        ("h", "8. Law"),
        ("p", "Minnesota law governs these terms."),
        ("h", "Pricing Attachment"),
        ("table", [["Line", "Basis", "Monthly price"],
                   ["SleepOps Seat subscription", "per Seat", "$140.00"],
                   ["Home sleep test device tracking", "per device", "$6.00"],
                   ["CPT royalty recovery", "per Seat", "$1.55"],
                   ["CPT administration charge", "per Seat", "$0.20"],
                   ["Integration with scoring software", "one time", "$2,000.00 (not monthly)"]],
         [0.5, 0.2, 0.3]),
        ("note", "Customer starts with 11 Seats. Sleep tests billed with HCPCS Level II G-codes are supported at no "
                 "additional charge."),
        ("sig", [(v, "Jonah Whitfield", "Head of Sales"), (c, "Priyanka Bose, MD", "Medical Director")]),
    ]
    return mk("pt_n", v, PT, fee(1.75, "user", "month"),
              "Plain-English subscription terms whose pricing attachment charges a CPT royalty recovery of $1.55 "
              "plus a CPT administration charge of $0.20 per Seat per month, i.e. $1.75 per user per month beside "
              "a $140 Seat subscription.",
              blocks, font="helv")


def pt_o():
    v, c = "Keel & Anchor Revenue Partners, Inc.", "Elena Marsh Psychiatry, PLLC"
    blocks = [
        ("title", "MEDICAL BILLING SERVICES AGREEMENT"),
        ("p", "This Medical Billing Services Agreement is entered into on December 2, 2024 between %s, a Georgia "
              "corporation (\"Company\"), and %s, a New York professional limited liability company (\"Provider\")."
         % (v, c)),
        ("h", "1. Engagement"),
        ("p", "Provider engages Company to perform coding review, claim preparation and submission, payment posting, "
              "denial management and patient-statement services for professional services rendered by Provider's "
              "clinicians. Company performs these services in its own billing platform, which Company licenses from a "
              "third-party software publisher.", "1.1"),
        ("p", "Provider remains responsible for the accuracy of the clinical documentation and for the codes its "
              "clinicians select. Company may query, but will not change, a code without Provider's approval.", "1.2"),
        ("h", "2. Company's Fee"),
        ("p", "Provider shall pay Company six and one-half percent (6.5%) of all amounts collected on claims "
              "submitted by Company, calculated monthly.", "2.1"),
        ("p", "A one-time onboarding fee of $750.00 is payable on signature.", "2.2"),
        ("h", "3. Code Set Licence Charge"),
        ("p", "Company's billing platform contains CPT codes and descriptors, licensed to Company's software "
              "publisher by the American Medical Association, which Company must use to prepare Provider's claims. "
              "The publisher charges Company for CPT use on each client account.", "3.1"),
        ("p", "Provider shall reimburse Company an annual CPT licence charge of three hundred eighty-five dollars "
              "($385.00) for Provider's account, invoiced each January and payable within thirty days. The charge "
              "is the same whatever the number of Provider's clinicians and is in addition to the percentage fee in "
              "Section 2.1.", "3.2"),
        ("h", "4. Provider's Obligations"),
        ("p", "Provider shall supply encounter documentation within three business days of each date of service, "
              "keep Company informed of payer enrolment changes, and forward all payer correspondence.", "4.1"),
        ("h", "5. Records and Compliance"),
        ("p", "Company shall comply with HIPAA as Provider's business associate and shall maintain billing records for "
              "seven years. Company shall not bill any payer in Company's own name.", "5.1"),
        ("h", "6. Term and Termination"),
        ("p", "This Agreement runs for one year and renews automatically for one-year periods. Either party may "
              "terminate on sixty days' written notice. After termination Company will continue to work claims "
              "submitted before termination for ninety days at the rate in Section 2.1.", "6.1"),
        ("h", "7. General"),
        ("p", "Georgia law governs. Company's liability for billing errors is limited to re-performing the affected "
              "services and to the fees received for them. Notices go to the addresses below or by e-mail to "
              "contracts@keelanchor.example.", "7.1"),
        ("sig", [(v, "Marcus Delacroix", "President"), (c, "Elena Marsh, MD", "Managing Member")]),
        ("meta", ["Company: 1100 Peachtree Street NE, Suite 800, Atlanta, Georgia 30309",
                  "Provider: 250 West 57th Street, Suite 1502, New York, New York 10107"]),
    ]
    return mk("pt_o", v, PT, fee(385.00, "organization", "year"),
              "A billing-services agreement in which 'Provider' is the practice; Section 3 makes Provider reimburse "
              "an annual CPT licence charge of $385.00 for its account regardless of clinician count, besides the "
              "6.5% collections fee.",
              blocks, font="times")


DOCS = [pt_a, pt_b, pt_c, pt_d, pt_e, pt_f, pt_g, pt_h, pt_i, pt_j, pt_k, pt_l, pt_m, pt_n, pt_o]
