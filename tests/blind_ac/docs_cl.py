"""blind_ac documents whose label is customer_must_license (the practice must hold or load its own CPT licence)."""
import docs_boiler as B
from docs_boiler import mk

CL = "customer_must_license"


def cl_a():
    v, vs, c, cs = "Juniper Lane Health, Inc.", "Juniper Lane", "Bright Horizons Behavioral Group, LLC", "Customer"
    blocks = [
        ("title", "Juniper Lane Platform Agreement"),
        ("meta", ["Juniper Lane Health, Inc., 1 Ferry Building, Suite 255, San Francisco, California 94111",
                  "Customer: Bright Horizons Behavioral Group, LLC, 88 Colfax Avenue, Denver, Colorado 80203",
                  "Effective: April 14, 2025"]),
        ("h", "1. Definitions"),
        ("p", "\"Platform\" means Juniper Lane's telehealth, intake, scheduling and claims-submission software. "
              "\"User\" means an individual to whom Customer gives a Platform login. \"Code Sets\" means the "
              "procedure, diagnosis and modifier code sets that Customer uses in the Platform, including CPT, "
              "ICD-10-CM and HCPCS Level II."),
        ("h", "2. Access"),
        ("p", "Juniper Lane will make the Platform available to Customer's Users in accordance with this agreement "
              "and the Platform documentation."),
        ("h", "3. Code Sets"),
        ("p", "3.1 The Platform lets Users pick procedure and diagnosis codes from lists that Customer maintains in its "
              "account settings. Juniper Lane ships the Platform with ICD-10-CM and HCPCS Level II lists (both public "
              "code sets) and does not distribute CPT."),
        ("p", "3.2 Customer is responsible for obtaining and keeping in force its own licence to CPT, from the "
              "American Medical Association or another authorised distributor, covering every User who views, "
              "enters or relies on CPT codes in the Platform. Juniper Lane's fees do not include any CPT royalty."),
        ("p", "3.3 Customer will indemnify Juniper Lane against any claim by the American Medical Association that "
              "arises from CPT content Customer enters into the Platform without a licence."),
        ("h", "4. Fees"),
        ("table", [["Item", "Price"],
                   ["Platform - clinician User", "$49.00 per User per month"],
                   ["Platform - administrative User", "$19.00 per User per month"],
                   ["Claims submission", "$0.25 per claim"],
                   ["Account set-up", "$300.00 one time"]], [0.55, 0.45]),
        ("p", "Fees are charged monthly to Customer's card on file. Juniper Lane may change prices with 45 days' "
              "notice, effective at the next renewal."),
        ("h", "5. Privacy"),
        ("p", "Juniper Lane is Customer's business associate and will handle protected health information under the "
              "Business Associate Agreement accepted with this agreement. Video sessions are end-to-end encrypted "
              "and are not recorded unless Customer turns recording on."),
        ("h", "6. Liability"),
        ("p", "Juniper Lane's total liability is limited to the fees Customer paid in the 12 months before the claim. "
              "Neither party is liable for indirect or consequential losses."),
        ("h", "7. Term"),
        ("p", "Month to month. Either party may cancel with 30 days' notice."),
        ("h", "8. Law"),
        ("p", "California law governs this agreement."),
        ("sig", [(v, "Tara Whitlock", "Head of Partnerships"), (c, "Gabriel Moreno, PsyD", "Clinical Director")]),
    ]
    return mk("cl_a", v, CL, None,
              "A telehealth platform agreement stating the vendor does not distribute CPT and the customer must "
              "hold its own CPT licence from the AMA or another authorised distributor for every user; the "
              "per-user platform prices are not CPT fees.",
              blocks, font="helv")


def cl_b():
    v, vs, c, cs = "Cinderford Systems, Inc.", "Cinderford", "Ashbury Surgical Associates, P.C.", "Client"
    blocks = [
        ("title", "SYSTEM LICENSE AGREEMENT"),
        ("meta", ["Cinderford Systems, Inc., 4 Technology Park Drive, Westford, Massachusetts 01886",
                  "Client: Ashbury Surgical Associates, P.C., 90 Hospital Hill Road, Manchester, New Hampshire 03103",
                  "Date: October 1, 2024"]),
        B.art("1", "Definitions"),
        ("p", "\"System\" means Cinderford's SurgiLedger practice management software in object code. \"Procedure "
              "Master\" means the table in the System that holds procedure codes, descriptions and charge amounts. "
              "\"Client Content\" means data supplied or loaded by Client, including any code set files.", "1.1"),
        B.art("2", "Licence"),
        ("p", "Cinderford grants Client a non-exclusive perpetual licence to use the System at Client's offices.", "2.1"),
        B.art("3", "Procedure Master and code content"),
        ("p", "The System is delivered with an empty Procedure Master. Cinderford does not supply CPT codes or "
              "descriptors and is not a distributor of CPT.", "3.1"),
        ("p", "Client shall load its own CPT content into the Procedure Master, using a CPT data file that Client has "
              "licensed from the American Medical Association or from an AMA-authorised distributor, and shall keep "
              "that licence current for all individuals who use the System. Client bears all royalties for that "
              "licence.", "3.2"),
        ("p", "At Client's request Cinderford will run the import of Client's licensed file under the Statement of "
              "Work. Running the import does not make Cinderford a licensor of CPT.", "3.3"),
    ]
    blocks += B.payment("4", 1, vs, cs)
    blocks += B.support("5", 1, vs)
    blocks += B.warranty("6", 1, vs)
    blocks += B.liability("7", 0)
    blocks += B.law("8", 0, "Massachusetts")
    blocks += [("sig", [(v, "Douglas Farrow", "President"), (c, "Evelyn Marchand, MD", "Managing Partner")]),
               ("pb",),
               ("h", "Statement of Work No. 1"),
               ("table", [["Task", "Description", "Fee"],
                          ["1", "Installation on Client server", "$1,200.00"],
                          ["2", "Import of Client-supplied CPT data file into Procedure Master (professional services)", "$450.00"],
                          ["3", "Import of ICD-10-CM and HCPCS Level II public files", "$150.00"],
                          ["4", "Fee schedule set-up (up to 6 payers)", "$900.00"],
                          ["5", "Training, 2 days remote", "$1,000.00"]], [0.08, 0.67, 0.25]),
               ("note", "Task 2 is a service fee for Cinderford's time. It is not a licence fee and does not include any "
                        "CPT content or royalty. Client must deliver its licensed file before Task 2 begins."),
               ("p", "System licence fee: $9,500.00. Annual maintenance: $1,900.00, first year included.")]
    return mk("cl_b", v, CL, None,
              "A system licence for practice-management software shipped with an empty procedure master, in which "
              "the client must load CPT from a file it licenses from the AMA or an authorised distributor; the "
              "SOW's $450 import service is not a CPT fee.",
              blocks, font="times", header="Cinderford Systems - System License Agreement")


def cl_c():
    v, c = "American Medical Association", "Westbrook Orthopedic Group, LLC"
    blocks = [
        ("title", "CPT INTERNAL USE LICENSE AGREEMENT"),
        ("p", "This CPT Internal Use License Agreement (the \"License\") is made between the American Medical "
              "Association, an Illinois not-for-profit corporation with offices in Chicago, Illinois (the \"AMA\"), "
              "and %s, 2100 Westbrook Boulevard, Columbus, Ohio 43215 (the \"Licensee\"), effective January 1, 2025." % c),
        ("h", "1. Licensed Product and Use"),
        ("p", "1.1 The AMA grants Licensee a non-exclusive, non-transferable licence to use CPT content (codes, "
              "descriptors and guidelines) internally in the applications listed in Schedule A, for Licensee's own "
              "business operations, during the term."),
        ("p", "1.2 Licensee may not distribute CPT content to third parties, embed it in products for sale, or use "
              "it in any application not listed in Schedule A. A separate licence is needed for each application."),
        ("p", "1.3 Users. A \"User\" is an individual who accesses CPT content in a listed application, or who uses "
              "output from that application that relies on CPT content to perform his or her job. Users are counted "
              "individually, not concurrently."),
        ("h", "2. Royalties and Reporting"),
        ("p", "2.1 Licensee shall pay the AMA, for each calendar year, an entity fee and a per-User royalty at the "
              "rates in Schedule B."),
        ("p", "2.2 Licensee shall report its User count by application each year through the AMA's royalty portal "
              "by January 31 and shall report increases of more than ten percent within thirty days."),
        ("p", "2.3 The AMA may audit Licensee's User counts once a year on reasonable notice."),
        ("h", "3. Notices"),
        ("p", "Licensee shall reproduce the AMA's copyright notice on any printed report that displays CPT "
              "descriptors: \"CPT copyright 2025 American Medical Association. All rights reserved.\""),
        ("h", "4. Term"),
        ("p", "This License runs for one calendar year and renews each January 1 on payment of the royalties for the "
              "new year."),
        ("h", "5. General"),
        ("p", "This License is governed by Illinois law. It is the entire agreement between the AMA and Licensee on "
              "its subject."),
        ("h", "Schedule A - Applications"),
        ("table", [["Application", "Type", "Reported Users"],
                   ["In-house charge audit database", "internal reporting", "6"],
                   ["Orthopedic implant cost tracking spreadsheet tool", "internal reporting", "4"]],
         [0.5, 0.3, 0.2]),
        ("h", "Schedule B - 2025 Royalties"),
        ("table", [["Component", "Rate"],
                   ["Entity fee", "$82.50 per application per year"],
                   ["Per-User royalty", "$18.50 per User per year"]], [0.5, 0.5]),
        ("sig", [(v, "(authorised signatory)", "CPT licensing"), (c, "Marianne Osterberg", "Chief Financial Officer")]),
    ]
    return mk("cl_c", v, CL, None,
              "A CPT internal-use licence that the practice signs directly with the AMA for two in-house "
              "applications, with the AMA's entity fee and per-user royalty; a direct AMA licence means the "
              "practice licenses CPT itself, so there is no vendor pass-through fee.",
              blocks, font="times")


def cl_d():
    v, vs, c, cs = "Ravenscroft Medical Informatics, Inc.", "Ravenscroft", "Silver Maple Urology, P.C.", "Customer"
    blocks = [
        ("title", "MASTER SOFTWARE AGREEMENT"),
        ("meta", ["Ravenscroft Medical Informatics, Inc., 700 Technology Way, Madison, Wisconsin 53717",
                  "Silver Maple Urology, P.C., 3000 Maple Avenue, Evanston, Illinois 60201",
                  "Effective Date: May 1, 2023"]),
        B.art("1", "Definitions"),
        ("p", "\"Software\" means Ravenscroft's UroTrack EHR and PM. \"CPT Content\" means CPT codes and descriptors "
              "made available in the Software. \"User\" means a named individual with access.", "1.1"),
        B.art("2", "Licence"),
        ("p", "Ravenscroft grants Customer a non-exclusive licence for its Users to use the Software during the term.", "2.1"),
        B.art("3", "CPT Content"),
        ("p", "Ravenscroft distributes CPT Content under an agreement with the American Medical Association and "
              "includes the royalty in the annual licence fee.", "3.1"),
    ]
    blocks += B.payment("4", 0, vs, cs)
    blocks += B.conf("5", 0)
    blocks += B.term("6", 0, vs, cs, years=5)
    blocks += B.law("7", 1, "Wisconsin")
    blocks += [("sig", [(v, "Nathaniel Greer", "CEO"), (c, "Lydia Chan, MD", "President")]),
               ("h", "Schedule 1 - Fees"),
               ("table", [["Item", "Fee"],
                          ["UroTrack annual licence", "$3,600.00 per physician per year"],
                          ["Lithotripsy scheduling add-on", "$900.00 per year"],
                          ["Support", "included"]], [0.5, 0.5]),
               ("pb",),
               ("title", "AMENDMENT NO. 3"),
               ("p", "Dated September 22, 2025, between Ravenscroft Medical Informatics, Inc. and Silver Maple "
                     "Urology, P.C., amending the Master Software Agreement dated May 1, 2023."),
               ("p", "Ravenscroft's distribution agreement with the American Medical Association will not be renewed "
                     "after December 31, 2025. From January 1, 2026 Ravenscroft will no longer distribute CPT Content "
                     "and the Software will read CPT codes and descriptors from a file supplied by Customer.",
                "1. Background."),
               ("p", "Section 3.1 is deleted and replaced with: \"3.1 From January 1, 2026, Customer shall obtain and "
                     "maintain, at its own cost, a licence for CPT directly from the American Medical Association (or "
                     "from another AMA-authorised distributor) covering all Users of the Software, and shall load the "
                     "licensed CPT data file into the Software each year. Ravenscroft does not sublicense CPT and its "
                     "fees do not include any CPT royalty.\"", "2. Replacement of Section 3.1."),
               ("p", "In recognition of this change, the UroTrack annual licence fee is reduced by $40.00 per physician "
                     "per year from January 1, 2026.", "3. Fee adjustment."),
               ("p", "This Amendment prevails over the Agreement and earlier amendments where they conflict.", "4. Precedence."),
               ("sig", [(v, "Nathaniel Greer", "CEO"), (c, "Lydia Chan, MD", "President")])]
    return mk("cl_d", v, CL, None,
              "A 2023 software agreement in which the vendor included the CPT royalty, replaced by Amendment No. 3 "
              "(2025): from 2026 the vendor stops distributing CPT and the customer must license CPT directly from "
              "the AMA or another distributor and load the file itself.",
              blocks, font="times", header="Ravenscroft Medical Informatics - Master Software Agreement")


def cl_e():
    v, c = "Pinnacle Peak Billing Group, LLC", "Desert Bloom Family Medicine, PLLC"
    blocks = [
        ("title", "REVENUE CYCLE SERVICES AGREEMENT"),
        ("p", "This Revenue Cycle Services Agreement is made effective March 1, 2025 by and between %s, an Arizona "
              "limited liability company (\"Company\"), and %s, an Arizona professional limited liability company "
              "(\"Provider\")." % (v, c)),
        ("h", "1. Services"),
        ("p", "1.1 Company will provide charge entry, claim submission, payment posting, denial follow-up, credentialing "
              "maintenance and monthly reporting for Provider."),
        ("p", "1.2 Company will perform the services by logging in to Provider's own practice management system, "
              "currently licensed by Provider from its software vendor. Company does not supply billing software "
              "to Provider under this Agreement."),
        ("h", "2. Compensation"),
        ("p", "2.1 Provider shall pay Company a fee equal to 5.75% of net collections each month, with a minimum "
              "monthly fee of $1,000.00. 2.2 Credentialing of new clinicians is charged at $250.00 per clinician per "
              "payer."),
        ("h", "3. Systems and Licences"),
        ("p", "3.1 Provider shall furnish Company's staff with logins to Provider's practice management system and "
              "clearinghouse account."),
        ("p", "3.2 Provider shall maintain, at its own expense, all licences needed for Provider's systems and for "
              "Company's use of them on Provider's behalf, including the licence to CPT content required by the "
              "American Medical Association for each individual, whether Provider's employee or Company's, who uses "
              "CPT in those systems. Company's fees do not include any CPT licence or royalty."),
        ("p", "3.3 Company staff who access Provider's systems will be reported to Provider monthly so that Provider "
              "can include them in its CPT user count."),
        ("h", "4. Provider Responsibilities"),
        ("p", "Provider shall code its own services, supply complete documentation, and respond to Company's coding "
              "queries within two business days."),
        ("h", "5. Compliance"),
        ("p", "Company shall act as Provider's business associate and comply with HIPAA. Company shall not share in "
              "any payment for referrals and shall not bill in its own name."),
        ("h", "6. Term"),
        ("p", "One year, renewing automatically, terminable by either party on 60 days' written notice."),
        ("h", "7. General"),
        ("p", "Arizona law governs. Company's liability is limited to the fees paid in the prior six months. "
              "Notices: Company at 4400 North Scottsdale Road, Scottsdale, Arizona 85251; Provider at 1200 East "
              "Bloom Road, Tempe, Arizona 85281."),
        ("sig", [(v, "Kendra Yazzie", "Managing Member"), (c, "Omar Haddad, MD", "Managing Member")]),
    ]
    return mk("cl_e", v, CL, None,
              "A revenue-cycle services agreement where 'Provider' is the practice and the billing company works in "
              "the practice's own system; Provider must maintain at its own expense the CPT licence for everyone, "
              "including the company's staff, who uses CPT there.",
              blocks, font="times")


def cl_f():
    v, vs, c, cs = "Foxglove Data Systems, Inc.", "Foxglove", "Twin Oaks Wound Care Clinic, LLC", "Customer"
    blocks = [
        ("title", "Foxglove WoundWorks - Order and Module Election"),
        ("meta", ["Foxglove Data Systems, Inc., 18 Innovation Boulevard, Raleigh, North Carolina 27606",
                  "Customer: Twin Oaks Wound Care Clinic, LLC, 450 Oak Lane, Columbia, South Carolina 29201",
                  "Order date: June 30, 2025"]),
        ("h", "1. Core subscription"),
        ("table", [["Item", "Quantity", "Price"],
                   ["WoundWorks documentation and imaging", "5 clinicians", "$185.00 per clinician per month"],
                   ["Scheduling and registration", "4 staff users", "$25.00 per user per month"],
                   ["Hyperbaric treatment log", "1 clinic", "$120.00 per month"]], [0.45, 0.2, 0.35]),
        ("h", "2. Optional modules"),
        ("table", [["Module", "Elected?", "Price if elected"],
                   ["CPT Content Module (AMA-licensed CPT codes and descriptors, annual updates)", "No", "$2.50 per user per month"],
                   ["Billing and claims", "Yes", "$95.00 per clinic per month"],
                   ["Patient photo app", "Yes", "included"]], [0.55, 0.15, 0.3]),
        ("h", "3. Module terms"),
        ("p", "3.1 If Customer elects the CPT Content Module, Foxglove sublicenses CPT under its agreement with the "
              "American Medical Association and charges the price shown above."),
        ("p", "3.2 Customer has not elected the CPT Content Module. The billing and claims module therefore contains "
              "no CPT descriptors from Foxglove; Customer maintains its own procedure list in the module's charge "
              "master."),
        ("p", "3.3 Customer acknowledges that any CPT codes and descriptors it enters or uploads into WoundWorks must "
              "be licensed by Customer itself, from the American Medical Association or another authorised "
              "distributor, for every user who works with them. Foxglove does not license CPT to Customer under this "
              "order."),
        ("p", "3.4 Customer may elect the CPT Content Module later by signing a change order; the module terms in 3.1 "
              "would then replace 3.3 from the change order date."),
        ("h", "4. General"),
        ("p", "This order is governed by the Foxglove Subscription Terms version 4.1. Term: 36 months. Implementation "
              "fee: $3,000.00 on signature. Prices exclude tax. Order contact: orders@foxglovedata.example."),
        ("sig", [(v, "Brandon Kessler", "Sales Director"), (c, "Lucia Ferraro, DPM", "Owner")]),
    ]
    return mk("cl_f", v, CL, None,
              "An order form whose optional CPT Content Module ($2.50 per user per month) was not elected; the "
              "customer acknowledges it must license any CPT it enters from the AMA or another distributor, so "
              "the module price is a conditional distractor.",
              blocks, font="helv")


def cl_g():
    v, c = "Hartwell Digital Health Ltd", "Canyon Gate Cardiology, PLLC"
    blocks = [
        ("title", "SERVICES AGREEMENT"),
        ("subtitle", "Hartwell Insight - practice performance analytics"),
        ("p", "This agreement is dated 9 June 2025 and is between %s, a company registered in England and Wales "
              "(number 11223344) whose registered office is at 3 Whitehall Quay, Leeds LS1 4HR (the \"Supplier\"), "
              "and %s, of 5600 Canyon Gate Drive, Phoenix, Arizona 85018, United States (the \"Customer\")." % (v, c)),
        ("h", "1. Definitions and interpretation"),
        ("p", "1.1 \"Services\" means the Hartwell Insight dashboards, benchmarking and scheduled reports. \"Customer "
              "Data\" means the appointment, charge and remittance extracts the Customer uploads. \"Third-Party Code "
              "Sets\" means any coding system owned by a third party, including the CPT code set of the American "
              "Medical Association."),
        ("h", "2. Services"),
        ("p", "2.1 The Supplier shall provide the Services with reasonable skill and care. 2.2 Reports group charges "
              "by the procedure codes present in the Customer Data."),
        ("h", "3. Third-Party Code Sets"),
        ("p", "3.1 The Supplier does not hold a licence to distribute CPT and does not supply CPT descriptors. Code "
              "descriptions shown in the Services are those contained in the Customer Data."),
        ("p", "3.2 The Customer shall procure and maintain, at its own cost, its own licence for any CPT content "
              "used with the Services, whether from the American Medical Association or an authorised distributor, "
              "covering all of the Customer's personnel who use the Services."),
        ("h", "4. Charges"),
        ("p", "4.1 The Customer shall pay a subscription charge of USD 1,150 per month for up to 12 named users, and "
              "USD 60 per month for each further named user. 4.2 Benchmarking against the Supplier's peer database "
              "is included. 4.3 Invoices are payable within 30 days in United States dollars."),
        ("h", "5. Data protection"),
        ("p", "5.1 The Supplier shall host Customer Data in the United States only and shall comply with the business "
              "associate agreement signed by the parties. 5.2 The Supplier shall not use Customer Data for any "
              "purpose other than providing the Services, except in de-identified, aggregated form for benchmarking."),
        ("h", "6. Liability"),
        ("p", "6.1 Nothing in this agreement limits liability for fraud or for death or personal injury caused by "
              "negligence. 6.2 Otherwise each party's total liability shall not exceed the charges paid in the "
              "12 months before the claim."),
        ("h", "7. Term and termination"),
        ("p", "7.1 Initial term of 12 months, continuing until terminated by either party on 3 months' written "
              "notice."),
        ("h", "8. Governing law"),
        ("p", "8.1 This agreement is governed by the law of England and Wales and the parties submit to the exclusive "
              "jurisdiction of the courts of England and Wales."),
        ("sig", [(v, "Imogen Barraclough", "Managing Director"), (c, "Victor Almeida, MD", "Managing Partner")]),
    ]
    return mk("cl_g", v, CL, None,
              "An English-law analytics services agreement whose UK supplier does not distribute CPT and requires "
              "the US practice to procure and maintain its own CPT licence for all users of the service.",
              blocks, font="times", paper="a4")


def cl_h():
    v, vs, c, cs = "Evermoor Software, LLC", "Evermoor", "Ironwood Gastroenterology Associates, P.A.", "Practice"
    blocks = [
        ("title", "EVERMOOR EHR AGREEMENT"),
        ("meta", ["Evermoor Software, LLC, 2525 Ponce de Leon Boulevard, Coral Gables, Florida 33134",
                  "Practice: Ironwood Gastroenterology Associates, P.A., 800 Ironwood Drive, Jacksonville, Florida 32216",
                  "Effective: November 1, 2025"]),
        ("h", "Part 1 - General terms"),
        ("p", "1.1 Evermoor provides its endoscopy-ready EHR, procedure reporting and PM software as a hosted service."),
        ("p", "1.2 The Practice may use the service only for its own patients and staff."),
        ("p", "1.3 Evermoor will keep the service available 99.7% of each month, excluding announced maintenance."),
        ("h", "Part 2 - Code sets"),
        ("p", "2.1 Evermoor supplies ICD-10-CM, HCPCS Level II and LOINC content, which are available without licence "
              "fees in the United States."),
        ("p", "2.2 Evermoor is not an AMA-authorised distributor of CPT. The Practice must obtain its own CPT licence "
              "and upload its licensed CPT file through the code-set manager. Until it does, procedure codes can be "
              "entered only as numbers without descriptors."),
        ("p", "2.3 For the Practice's planning only: Evermoor understands that the AMA's 2025 internal-use terms are "
              "an entity fee plus $18.50 per user per year. Evermoor does not collect, invoice or remit any amount "
              "for CPT, and the Practice deals with the AMA (or its chosen distributor) directly."),
        ("h", "Part 3 - Fees"),
        ("table", [["Item", "Year 1", "Year 2", "Year 3"],
                   ["EHR + PM, per physician per month", "$450.00", "$465.00", "$480.00"],
                   ["Endoscopy image capture, per suite per month", "$200.00", "$200.00", "$200.00"],
                   ["Pathology interface (one time)", "$2,200.00", "-", "-"],
                   ["ICD-10-CM / HCPCS Level II content", "no charge", "no charge", "no charge"]],
         [0.46, 0.18, 0.18, 0.18]),
        ("note", "The Practice has 9 physicians and 3 procedure suites. Year 2 and Year 3 prices reflect the agreed 3.3% "
                 "annual increase."),
        ("h", "Part 4 - Other terms"),
        ("p", "Term of 36 months. Florida law. Liability capped at 12 months' fees. Evermoor is the Practice's business "
              "associate."),
        ("sig", [(v, "Rafael Quintero", "Managing Member"), (c, "Susan Bergstrom, MD", "President")]),
    ]
    return mk("cl_h", v, CL, None,
              "A hosted GI EHR agreement in which the vendor is not an AMA-authorised distributor and the practice "
              "must obtain its own CPT licence and upload the file; an AMA internal-use price is quoted only for "
              "planning and the three-year subscription prices are not CPT fees.",
              blocks, font="helv")


def cl_i():
    v, c = "Bluestem Claims Network, Inc.", "Foxhollow Physical Medicine, P.C."
    blocks = [
        ("title", "ELECTRONIC DATA INTERCHANGE SERVICES AGREEMENT"),
        ("p", "This Agreement is made as of July 21, 2025 between %s (\"Bluestem\") and %s (\"Customer\")." % (v, c)),
        B.art("1", "Definitions"),
        ("p", "\"Portal\" means Bluestem's web portal for claim entry, status and remittance viewing. \"Users\" means "
              "Customer's personnel with Portal credentials. \"Transactions\" means HIPAA standard transactions "
              "exchanged through Bluestem.", "1.1"),
        B.art("2", "Services"),
        ("p", "Bluestem will transmit Customer's claims and eligibility requests to payers and return responses, "
              "reports and remittances.", "2.1"),
        ("p", "Customer may key claims directly into the Portal or upload claim files from its practice management "
              "system.", "2.2"),
        B.art("3", "Code sets"),
        ("p", "Bluestem does not sublicense CPT. The Portal displays procedure codes only as Customer enters or "
              "uploads them and does not contain CPT descriptors.", "3.1"),
        ("p", "Customer represents and warrants that it holds, and will maintain throughout the term, a valid licence "
              "to CPT from the American Medical Association or another authorised distributor covering all Users "
              "who enter, view or rely on CPT codes in the Portal.", "3.2"),
        ("p", "Customer shall defend and indemnify Bluestem against any claim arising from Customer's use of CPT "
              "without an adequate licence.", "3.3"),
        B.art("4", "Fees"),
        ("table", [["Transaction", "Fee"],
                   ["Claim (professional)", "$0.32"],
                   ["Eligibility (270/271)", "$0.12"],
                   ["Claim status (276/277)", "$0.08"],
                   ["Portal access", "$10.00 per User per month"]], [0.6, 0.4]),
    ]
    blocks += B.hipaa("5", 0, "Bluestem", "Customer")
    blocks += B.liability("6", 0)
    blocks += B.term("7", 0, "Bluestem", "Customer", years=1)
    blocks += B.law("8", 0, "Kansas")
    blocks += [("sig", [(v, "Harold Lindqvist", "President"), (c, "Monique Arceneaux, DO", "Owner")])]
    return mk("cl_i", v, CL, None,
              "An EDI clearinghouse agreement in which the clearinghouse does not sublicense CPT and the customer "
              "warrants that it holds its own CPT licence from the AMA or another distributor for all portal users; "
              "the per-user portal fee is not a CPT fee.",
              blocks, font="helv", header="Bluestem Claims Network - EDI Services Agreement")


def cl_j():
    v, c = "Meadowlark Analytics Corp.", "Grand Prairie Anesthesia Partners, PLLC"
    blocks = [
        ("title", "MASTER SERVICES AGREEMENT"),
        ("meta", ["Meadowlark Analytics Corp., 1055 West Hastings Street, Suite 900, Vancouver, British Columbia V6E 2E9, Canada",
                  "Customer: Grand Prairie Anesthesia Partners, PLLC, 2400 Prairie Parkway, Dallas, Texas 75201, USA",
                  "Effective Date: February 17, 2025"]),
        ("h", "Article 1 - Definitions"),
        ("p", "1.1 \"Customer Data\" means claims, case logs and remittance data that Customer or its billing agent "
              "uploads to the Platform, including any procedure codes it contains. 1.2 \"Platform\" means Meadowlark's "
              "anesthesia productivity and payer-mix analytics service. 1.3 \"Fees\" means the fees in Schedule A."),
        ("h", "Article 2 - Services"),
        ("p", "2.1 Meadowlark will ingest Customer Data nightly and provide dashboards on case volume, base and time "
              "units, payer mix and provider productivity. 2.2 Meadowlark may use de-identified data to improve its "
              "models."),
        ("h", "Article 3 - Customer Data and code sets"),
        ("p", "3.1 Customer Data remains Customer's property. 3.2 Meadowlark does not supply CPT codes, descriptors "
              "or anesthesia crosswalks. Any CPT content in Customer Data is Customer's responsibility, and Customer "
              "is solely responsible for obtaining the licences required to use CPT in the Platform, including a CPT "
              "licence from the American Medical Association or an authorised distributor for each of its users. "
              "3.3 ASA relative values, if used, must likewise be licensed by Customer."),
        ("h", "Article 4 - Fees"),
        ("p", "4.1 Fees are in United States dollars and are payable monthly. 4.2 No Canadian GST or HST applies to "
              "services supplied to Customer in the United States."),
        ("h", "Article 5 - Privacy"),
        ("p", "5.1 Meadowlark will store Customer Data only in the United States and act as Customer's business "
              "associate. 5.2 Meadowlark complies with applicable Canadian privacy law for its own operations."),
        ("h", "Article 6 - Liability and term"),
        ("p", "6.1 Liability capped at 12 months' Fees. 6.2 Term 24 months, then month to month, terminable on 60 "
              "days' notice."),
        ("h", "Article 7 - Law"),
        ("p", "7.1 This Agreement is governed by the laws of the Province of British Columbia and the federal laws of "
              "Canada applicable therein."),
        ("h", "Schedule A - Fees"),
        ("table", [["Service", "Fee"],
                   ["Platform subscription (up to 40 anesthesia providers)", "$2,400.00 per month"],
                   ["Each additional provider", "$55.00 per provider per month"],
                   ["Historical data load (3 years)", "$3,500.00 one time"]], [0.6, 0.4]),
        ("sig", [(v, "Kiran Dhaliwal", "Chief Executive Officer"), (c, "Bradley Nguyen, MD", "Managing Partner")]),
    ]
    return mk("cl_j", v, CL, None,
              "A Canadian analytics vendor's master services agreement in which the vendor supplies no CPT content "
              "and the US anesthesia group is solely responsible for licensing CPT from the AMA or an authorised "
              "distributor for each user.",
              blocks, font="helv")


def cl_k():
    v, c = "Copperline Health Partners, LLC", "Sunrise Valley Pediatric Dentistry and Medicine, P.C."
    blocks = [
        ("title", "RESELLER CUSTOMER AGREEMENT"),
        ("p", "This agreement, effective October 6, 2025, is between %s (\"Reseller\"), an authorised reseller of the "
              "ClinicFlow practice management system, and %s (\"Customer\")." % (v, c)),
        ("h", "1. Supply"),
        ("p", "Reseller will provide Customer with ClinicFlow subscriptions, implementation, training and first-line "
              "support. ClinicFlow's publisher hosts the system and its end user terms apply to Customer's use."),
        ("h", "2. Fees"),
        ("table", [["Item", "Fee"],
                   ["ClinicFlow PM - per billing user", "$65.00 per month"],
                   ["ClinicFlow PM - per scheduling user", "$22.00 per month"],
                   ["Implementation and data conversion", "$2,750.00 one time"],
                   ["On-site training day", "$800.00 per day"]], [0.6, 0.4]),
        ("h", "3. Procedure code content"),
        ("p", "3.1 ClinicFlow as supplied by Reseller does not include CPT content. Neither Reseller nor the publisher "
              "sublicenses CPT to Customer under this agreement, and the fees above include no CPT royalty."),
        ("p", "3.2 Customer must obtain a CPT licence directly from the American Medical Association or from an "
              "AMA-authorised distributor of its choice, and load its licensed CPT file into ClinicFlow's fee "
              "schedule tables. Reseller will show Customer how to do so during training."),
        ("p", "3.3 ClinicFlow includes CDT code support for Customer's dental services; CDT content must also be "
              "licensed by Customer from the American Dental Association."),
        ("h", "4. Support"),
        ("p", "Reseller provides telephone support on business days. The publisher provides hosting, backups and "
              "software defect fixes."),
        ("h", "5. Term and general"),
        ("p", "Two years, renewing annually. Oregon law governs. Reseller's liability is limited to the fees paid to "
              "it in the prior twelve months. Contact: support@copperlinehealth.example."),
        ("sig", [(v, "Janelle Whitcomb", "Owner"), (c, "Henry Takahashi, DDS, MD", "President")]),
    ]
    return mk("cl_k", v, CL, None,
              "A reseller customer agreement in which neither the reseller nor the publisher sublicenses CPT and "
              "the customer must obtain its own CPT licence from the AMA or another distributor and load the file; "
              "a CDT licence requirement and per-user subscription fees are distractors.",
              blocks, font="helv")


def cl_l():
    v, c = "Thornbury Computing Services, Inc.", "Dr. Harold P. Winslow, M.D., P.A."
    blocks = [
        ("title", "COMPUTER SOFTWARE LICENSE AGREEMENT"),
        ("p", "THIS AGREEMENT, made and entered into this 2nd day of January, 2025, by and between %s, a Delaware "
              "corporation, hereinafter referred to as \"Licensor\", and %s, a Texas professional association, "
              "hereinafter referred to as \"Licensee\"." % (v, c)),
        ("h", "WITNESSETH"),
        ("p", "WHEREAS, Licensor has developed and owns a medical billing program known as MediBill III; and WHEREAS, "
              "Licensee desires to use the said program in the conduct of its medical practice; NOW, THEREFORE, in "
              "consideration of the premises and the mutual promises hereinafter set forth, the parties agree as "
              "follows:"),
        ("p", "1. GRANT. Licensor hereby grants to Licensee a non-exclusive, non-transferable licence to use MediBill "
              "III upon a single computer system located at Licensee's office at 1412 Main Street, Galveston, Texas "
              "77550."),
        ("p", "2. FEE. Licensee shall pay Licensor a licence fee of Six Thousand Dollars ($6,000.00) upon execution "
              "hereof, and an annual maintenance fee of One Thousand Two Hundred Dollars ($1,200.00) commencing upon "
              "the first anniversary hereof."),
        ("p", "3. CODING MATERIALS. The said program is furnished without procedure code content. Licensee shall, at "
              "its sole cost and expense, procure and maintain in full force a licence from the American Medical "
              "Association, or from a distributor authorised by the said Association, for the Current Procedural "
              "Terminology, and shall enter or import the same into the program. Licensor shall have no liability "
              "whatsoever for Licensee's failure so to do, and Licensee shall hold Licensor harmless therefrom."),
        ("p", "4. OWNERSHIP. Title to the program and all copies thereof shall at all times remain with Licensor."),
        ("p", "5. WARRANTY. Licensor warrants that the program shall perform substantially in accordance with its "
              "manual for ninety (90) days from installation. THIS WARRANTY IS IN LIEU OF ALL OTHER WARRANTIES, "
              "EXPRESS OR IMPLIED."),
        ("p", "6. LIMITATION. In no event shall Licensor be liable for any loss of revenue, denied claims or other "
              "consequential damages, howsoever arising."),
        ("p", "7. TERMINATION. This licence shall terminate forthwith upon any breach by Licensee not remedied within "
              "thirty (30) days after written notice thereof."),
        ("p", "8. GOVERNING LAW. This Agreement shall be governed by the laws of the State of Texas."),
        ("p", "9. ENTIRE AGREEMENT. This instrument contains the entire agreement of the parties and may not be "
              "modified save by a writing signed by both."),
        ("p", "IN WITNESS WHEREOF, the parties have hereunto set their hands the day and year first above written."),
        ("sig", [(v, "Cornelius Thornbury", "President"), (c, "Harold P. Winslow, M.D.", "President")]),
    ]
    return mk("cl_l", v, CL, None,
              "An old-fashioned software licence (witnesseth, hereinafter) in which the program is furnished without "
              "procedure codes and the licensee must, at its sole cost, procure a CPT licence from the AMA or an "
              "authorised distributor and enter the codes itself.",
              blocks, font="courier", size=9.5)


DOCS = [cl_a, cl_b, cl_c, cl_d, cl_e, cl_f, cl_g, cl_h, cl_i, cl_j, cl_k, cl_l]
