"""blind_ac documents whose label is unclear (CPT licensing is referred to but who pays is left open)."""
import docs_boiler as B
from docs_boiler import mk

UN = "unclear"


def un_a():
    v, vs, c, cs = "Coralbay Health Cloud, Inc.", "Provider", "Pelican Shores Internal Medicine, LLC", "Customer"
    blocks = [
        ("title", "CLOUD SERVICES AGREEMENT"),
        ("meta", ["Coralbay Health Cloud, Inc., 1 Brickell Key Drive, Miami, Florida 33131",
                  "Customer: Pelican Shores Internal Medicine, LLC, 210 Gulf Boulevard, Clearwater, Florida 33767",
                  "Effective Date: June 2, 2025"]),
        ("p", "This Cloud Services Agreement is between Coralbay Health Cloud, Inc. (\"Provider\") and the Customer "
              "named above."),
        B.art("1", "Definitions"),
        ("p", "\"Services\" means the Coralbay EHR, PM and revenue-cycle services listed in the Order Form. "
              "\"Third-Party Content\" means content owned by third parties and made available through the Services, "
              "including drug databases, clinical decision support rules and code sets such as CPT. \"User\" means an "
              "individual authorised by Customer.", "1.1"),
        B.art("2", "Services"),
        ("p", "Provider will provide the Services in accordance with the Documentation.", "2.1"),
        ("p", "Third-Party Content is licensed by Provider from its owners and is subject to the owners' terms, which "
              "Provider will make available on request.", "2.2"),
        B.art("3", "Fees"),
        ("p", "Customer pays the fees in the Order Form.", "3.1"),
        ("p", "Fees for Third-Party Content may apply and may change when the content owners change their terms.", "3.2"),
        ("p", "Provider may revise fees on renewal with 60 days' notice.", "3.3"),
    ]
    blocks += B.payment("4", 0, vs, cs)
    blocks += B.hipaa("5", 0, vs, cs)
    blocks += B.warranty("6", 0, vs)
    blocks += B.liability("7", 0)
    blocks += B.term("8", 0, vs, cs, years=3)
    blocks += B.law("9", 0, "Florida")
    blocks += [("sig", [(v, "Isabel Cordero", "VP Sales"), (c, "Martin Alcott, MD", "Managing Member")]),
               ("h", "Order Form"),
               ("table", [["Service", "Qty", "Fee"],
                          ["Coralbay EHR + PM", "5 providers", "$315.00 per provider per month"],
                          ["Revenue-cycle service", "1", "4.5% of collections"],
                          ["Patient portal", "1", "included"],
                          ["Implementation", "1", "$3,000.00 one time"]], [0.45, 0.2, 0.35])]
    return mk("un_a", v, UN, None,
              "A cloud EHR agreement that names CPT as licensed Third-Party Content and says only that fees for "
              "Third-Party Content 'may apply', with no CPT amount or statement of who bears the royalty.",
              blocks, font="helv", header="Coralbay Health Cloud - Cloud Services Agreement")


def un_b():
    v, c = "Eastfield Practice Solutions, Inc.", "Licensee"
    AMA = ("CPT only copyright 2025 American Medical Association. All rights reserved. Fee schedules, relative "
           "value units, conversion factors and related components are not assigned by the AMA, are not part of "
           "CPT, and the AMA is not recommending their use. The AMA does not directly or indirectly practice "
           "medicine or dispense medical services. The AMA assumes no liability for data contained or not "
           "contained herein.")
    blocks = [
        ("title", "EASTFIELD PM - TERMS OF USE"),
        ("subtitle", "Version 7.0, effective July 1, 2025"),
        ("p", "These Terms of Use govern access to the Eastfield PM practice management service provided by %s "
              "(\"Eastfield\") to the practice that has subscribed to it (\"Licensee\") and to its authorised users." % v),
        ("h", "1. Access and accounts"),
        ("p", "1.1 Licensee's administrator creates user accounts. Each user must keep credentials confidential. "
              "1.2 Eastfield may suspend an account that is being used in breach of these Terms."),
        ("h", "2. Acceptable use"),
        ("p", "2.1 Users may not upload malicious code, attempt to access other customers' data, or use the service "
              "to send unsolicited messages. 2.2 Users may not scrape or export content in bulk except through the "
              "export tools Eastfield provides."),
        ("h", "3. Subscription charges"),
        ("p", "3.1 Licensee pays the subscription charges shown in its account, monthly in advance. 3.2 Charges are "
              "per active provider and include unlimited staff users."),
        ("h", "4. Data"),
        ("p", "4.1 Licensee's data belongs to Licensee. 4.2 Eastfield acts as Licensee's business associate. "
              "4.3 Eastfield keeps backups for 35 days."),
        ("h", "5. Proprietary notices"),
        ("p", "5.1 The service displays codes and descriptions from several code sets. Licensee must not remove or "
              "obscure any notice shown with them."),
        ("p", "5.2 " + AMA),
        ("p", "5.3 U.S. Government End Users. CPT is commercial technical data developed exclusively at private "
              "expense by the American Medical Association. U.S. Government rights to use, modify, reproduce, release "
              "or disclose CPT are limited as provided in the applicable FAR and DFARS restricted-rights clauses."),
        ("p", "5.4 CPT is a registered trademark of the American Medical Association."),
        ("h", "6. Disclaimers and liability"),
        ("p", "6.1 The service is provided as is. Eastfield does not warrant that any claim will be paid. 6.2 "
              "Eastfield's total liability is limited to the charges paid in the prior three months."),
        ("h", "7. Changes to these Terms"),
        ("p", "Eastfield may update these Terms on 30 days' notice shown in the service. Continued use after that "
              "means acceptance."),
        ("h", "8. Law"),
        ("p", "Ohio law governs. Contact: legal@eastfieldpm.example."),
        ("meta", ["Eastfield Practice Solutions, Inc., 250 Civic Center Drive, Columbus, Ohio 43215"]),
    ]
    return mk("un_b", v, UN, None,
              "Practice-management terms of use that carry the AMA copyright notice, the AMA-does-not-practice-"
              "medicine disclaimer and a FAR/DFARS clause but grant no sublicence and say nothing about who pays "
              "for CPT.",
              blocks, font="helv")


def un_c():
    v, vs, c, cs = "Wrenfield Medical Systems, Inc.", "Wrenfield", "Golden Gate Sports Medicine, Inc.", "Customer"
    blocks = [
        ("title", "SUBSCRIPTION AGREEMENT"),
        ("meta", ["Wrenfield Medical Systems, Inc., 400 Capitol Mall, Sacramento, California 95814",
                  "Customer: Golden Gate Sports Medicine, Inc., 3 Embarcadero Center, San Francisco, California 94111",
                  "Effective Date: August 18, 2025"]),
        B.art("1", "Definitions"),
        ("p", "\"Subscription Fees\" means the recurring fees for the Platform. \"Platform\" means Wrenfield's "
              "orthopedic and sports-medicine EHR, imaging viewer and billing software. \"User\" means an individual "
              "with Platform credentials.", "1.1"),
        B.art("2", "Access"),
        ("p", "Wrenfield grants Customer and its Users the right to access the Platform during the term.", "2.1"),
        B.art("3", "Code content"),
        ("p", "The Platform includes CPT content licensed by Wrenfield from the American Medical Association. CPT "
              "royalties are included in the Subscription Fees.", "3.1"),
        B.art("4", "Fees"),
        ("p", "Customer pays the fees set out in Exhibit B, monthly unless Exhibit B says otherwise.", "4.1"),
    ]
    blocks += B.payment("5", 1, vs, cs)
    blocks += B.hipaa("6", 0, vs, cs)
    blocks += B.conf("7", 0)
    blocks += B.liability("8", 0)
    blocks += B.term("9", 0, vs, cs, years=3)
    blocks += [B.art("10", "General"),
               ("p", "California law governs. This Agreement, with its Exhibits, is the entire agreement of the parties "
                     "and supersedes all proposals. Amendments must be in writing and signed by both parties.", "10.1")]
    blocks += [("sig", [(v, "Arjun Mehta", "Chief Commercial Officer"), (c, "Kelly Brandt, MD", "CEO")]),
               ("h", "Exhibit A - Implementation Plan"),
               ("p", "Discovery (2 weeks), build (4 weeks), training (1 week), go-live (1 week). Imaging viewer "
                     "connects to Customer's existing PACS."),
               ("h", "Exhibit B - Fees"),
               ("table", [["Item", "Basis", "Fee"],
                          ["Platform subscription - physician", "per physician per month", "$375.00"],
                          ["Platform subscription - athletic trainer / PT", "per User per month", "$60.00"],
                          ["CPT licence", "per User per year", "$18.00"],
                          ["Implementation", "fixed", "$6,500.00"]], [0.45, 0.35, 0.2]),
               ("note", "Exhibit B prepared July 2025 for an expected 6 physicians and 14 other Users.")]
    return mk("un_c", v, UN, None,
              "A subscription agreement whose body says CPT royalties are included in the subscription fees while "
              "Exhibit B lists a CPT licence at $18.00 per User per year; there is no order-of-precedence clause, "
              "so who pays is left in conflict.",
              blocks, font="times", header="Wrenfield Medical Systems - Subscription Agreement")


def un_d():
    v, vs, c, cs = "Lanternfish Software Co.", "Lanternfish", "Oak Bluff Women's Care, P.C.", "Customer"
    blocks = [
        ("title", "MASTER AGREEMENT"),
        ("meta", ["Lanternfish Software Co., 88 Front Street, Portsmouth, New Hampshire 03801",
                  "Customer: Oak Bluff Women's Care, P.C., 17 Circuit Avenue, Oak Bluffs, Massachusetts 02557",
                  "Effective Date: September 9, 2025"]),
        B.art("1", "Structure"),
        ("p", "This Master Agreement consists of these terms and the following addenda: Addendum 1 (Pricing), "
              "Addendum 2 (Business Associate Agreement) and Addendum 3 (CPT Licensing).", "1.1"),
        B.art("2", "Services"),
        ("p", "Lanternfish provides its obstetrics and gynecology EHR, prenatal flowsheets, ultrasound reporting and "
              "billing software as a hosted service.", "2.1"),
        B.art("3", "CPT"),
        ("p", "The billing and charting modules use CPT codes and descriptors. The terms on which CPT is licensed for "
              "Customer's Users, including any fees and which party bears them, will be set out in Addendum 3, to be "
              "agreed by the parties before go-live.", "3.1"),
    ]
    blocks += B.payment("4", 2, vs, cs)
    blocks += B.conf("5", 1)
    blocks += B.liability("6", 0)
    blocks += B.term("7", 1, vs, cs, years=3)
    blocks += B.law("8", 0, "New Hampshire")
    blocks += [("sig", [(v, "Sean Callahan", "President"), (c, "Dr. Abigail Reyes", "President")]),
               ("h", "Addendum 1 - Pricing"),
               ("table", [["Item", "Fee"],
                          ["OB/GYN EHR and billing", "$280.00 per provider per month"],
                          ["Ultrasound reporting", "$75.00 per sonographer per month"],
                          ["Implementation", "$2,800.00"]], [0.6, 0.4]),
               ("h", "Addendum 2 - Business Associate Agreement"),
               ("p", "Executed separately on the Effective Date."),
               ("h", "Addendum 3 - CPT Licensing"),
               ("p", "[To be provided. Not attached at signature.]")]
    return mk("un_d", v, UN, None,
              "A master agreement that defers CPT licensing terms, including fees and who bears them, to an "
              "Addendum 3 that is marked 'to be provided' and not attached.",
              blocks, font="helv", header="Lanternfish Software Co. - Master Agreement")


def un_e():
    v, c = "Bluebonnet Clinical Software, LLC", "Pecan Grove Speech and Language Therapy, PLLC"
    E = B.email
    blocks = [
        ("title", "Subscription Confirmation"),
        ("meta", ["Bluebonnet Clinical Software, LLC, 600 Congress Avenue, Suite 200, Austin, Texas 78701",
                  "Customer: Pecan Grove Speech and Language Therapy, PLLC, 1200 Pecan Street, San Antonio, Texas 78205",
                  "Confirmation BCS-55120, dated November 3, 2025"]),
        ("table", [["Item", "Qty", "Price"],
                   ["Bluebonnet Therapy EHR", "8 therapists", "$54.00 per therapist per month"],
                   ["Billing and claims", "1", "$110.00 per month"],
                   ["Data import", "1", "$400.00 one time"]], [0.5, 0.2, 0.3]),
        ("p", "This confirmation is issued under the Bluebonnet Terms of Service. Questions about AMA CPT charges are "
              "addressed in the correspondence below, which forms part of this confirmation."),
        ("h", "Correspondence"),
    ]
    blocks += E("Rosa Delgado <rdelgado@pecangrovetherapy.example>",
                "Evan Pryor <evan.pryor@bluebonnetclinical.example>", "October 20, 2025 10:15 AM",
                "AMA fee?",
                ["Evan, another practice told us their therapy software started charging an AMA fee for CPT codes. "
                 "Will Bluebonnet charge us one? Rosa"])
    blocks += E("Evan Pryor <evan.pryor@bluebonnetclinical.example>",
                "Rosa Delgado <rdelgado@pecangrovetherapy.example>", "October 21, 2025 2:02 PM",
                "RE: AMA fee?",
                ["Hi Rosa - no, the CPT royalty is covered in your subscription. Evan"])
    blocks += E("Evan Pryor <evan.pryor@bluebonnetclinical.example>",
                "Rosa Delgado <rdelgado@pecangrovetherapy.example>", "October 30, 2025 5:48 PM",
                "RE: RE: AMA fee? - correction",
                ["Hi Rosa,",
                 "I need to walk back what I said on the 21st. Our licensing team has told me that our agreement with "
                 "the AMA is being renegotiated for 2026 and they have not yet decided whether the AMA royalty will "
                 "stay inside the subscription or be billed to practices separately. Please don't rely on my earlier "
                 "email. I will let you know as soon as there is a decision; until then I can't tell you either way.",
                 "Sorry for the confusion, Evan"])
    blocks += [("rule",),
               ("h", "Bluebonnet Terms of Service - key points"),
               ("p", "Month-to-month subscription, cancellable with 30 days' notice. Bluebonnet is the customer's "
                     "business associate. Liability is limited to three months' fees. Texas law applies.")]
    return mk("un_e", v, UN, None,
              "A subscription confirmation with an e-mail thread in which the vendor first says the CPT royalty is "
              "covered and then, in the latest e-mail, withdraws that and says it is undecided whether the AMA "
              "royalty will be billed separately.",
              blocks, font="helv")


def un_f():
    v, c, m = "Harrowgate Health Networks, Inc.", "Mill Creek Family Physicians, P.C.", "Commonwealth Physician Alliance, LLC"
    blocks = [
        ("title", "NETWORK SERVICES AGREEMENT"),
        ("p", "This Network Services Agreement dated January 12, 2026 is among %s (\"Vendor\"), %s (the \"Alliance\"), a "
              "group purchasing organization for independent practices, and %s (the \"Practice\")." % (v, m, c)),
        ("h", "Section 1. Background"),
        ("p", "The Alliance negotiated a group price for Vendor's EHR and practice management platform on behalf of "
              "its member practices. The Practice is a member and is purchasing at the group price."),
        ("h", "Section 2. Services"),
        ("p", "Vendor will provide the platform, including charting, e-prescribing, scheduling, charge capture and "
              "claims, to the Practice."),
        ("h", "Section 3. Pricing"),
        ("table", [["Item", "Group price"],
                   ["Platform, per provider", "$245.00 per month"],
                   ["Platform, per additional staff user above 5", "$15.00 per month"],
                   ["Implementation", "$1,500.00 one time (paid by the Alliance)"]], [0.55, 0.45]),
        ("h", "Section 4. Code set licensing"),
        ("p", "4.1 The platform uses CPT codes and descriptors in charge capture and claims. 4.2 The Vendor, the "
              "Alliance and the Practice shall cooperate to ensure that appropriate licensing of CPT is in place for "
              "the Practice's users before go-live, and any of them may be asked to provide user counts to the "
              "American Medical Association for that purpose. 4.3 The Alliance's group price sheet does not address "
              "CPT licensing."),
        ("h", "Section 5. Privacy and security"),
        ("p", "Vendor is the Practice's business associate. The Alliance receives only de-identified utilisation "
              "reports."),
        ("h", "Section 6. Term"),
        ("p", "Three years. If the Practice leaves the Alliance, it may continue at Vendor's list prices."),
        ("h", "Section 7. General"),
        ("p", "Virginia law governs. Each party's liability is limited to the amounts it has paid or received under "
              "this Agreement in the prior 12 months."),
        ("sig", [(v, "Deborah Lang", "SVP Sales"), (m, "Curtis Fenwick", "Executive Director"),
                 (c, "Maya Srinivasan, MD", "President")]),
    ]
    return mk("un_f", v, UN, None,
              "A three-party network agreement (vendor, group purchasing alliance, practice) saying only that the "
              "parties will cooperate to ensure appropriate CPT licensing is in place, without saying who holds the "
              "licence or who pays.",
              blocks, font="helv")


def un_g():
    v, vs, c, cs = "Stormcrest Software Corporation", "Stormcrest", "Highpoint Cardiothoracic Surgeons, P.A.", "Customer"
    blocks = [
        ("title", "SOFTWARE SUBSCRIPTION AGREEMENT"),
        ("p", "THIS SOFTWARE SUBSCRIPTION AGREEMENT (hereinafter the \"Agreement\") is entered into as of the fifteenth "
              "day of May, 2025, by and between %s, a Minnesota corporation (hereinafter \"Stormcrest\"), and %s, a "
              "Minnesota professional association (hereinafter \"Customer\")." % (v, c)),
        ("h", "ARTICLE I - DEFINITIONS"),
        ("p", "1.1 \"Licensors\" shall mean the persons from whom Stormcrest licenses content incorporated in the "
              "Software, including without limitation the American Medical Association in respect of CPT. 1.2 "
              "\"Software\" shall mean Stormcrest's surgical practice management suite. 1.3 \"Royalties\" shall mean "
              "amounts payable to Licensors for content incorporated in the Software."),
        ("h", "ARTICLE II - SUBSCRIPTION"),
        ("p", "2.1 Stormcrest hereby grants Customer a subscription to use the Software for the term hereof, upon "
              "payment of the fees set forth in Schedule 1."),
        ("h", "ARTICLE III - ROYALTIES"),
        ("p", "3.1 Stormcrest reserves the right, should any Licensor so require, to pass through to Customer all or "
              "part of the Royalties attributable to Customer's use of the Software, at such rates and on such terms "
              "as Stormcrest may hereafter notify to Customer."),
        ("p", "3.2 As of the date hereof, Stormcrest has not given any notice under Section 3.1."),
        ("h", "ARTICLE IV - TERM"),
        ("p", "4.1 The term hereof shall be three (3) years from the date first above written, renewable by mutual "
              "written agreement."),
        ("h", "ARTICLE V - WARRANTY AND LIMITATION"),
        ("p", "5.1 Stormcrest warrants that the Software shall perform substantially in accordance with its "
              "documentation. ALL OTHER WARRANTIES ARE DISCLAIMED. 5.2 Stormcrest's liability shall in no event exceed "
              "the fees paid hereunder in the preceding twelve (12) months."),
        ("h", "ARTICLE VI - MISCELLANEOUS"),
        ("p", "6.1 This Agreement shall be governed by the laws of the State of Minnesota. 6.2 Notices shall be in "
              "writing and delivered to the addresses below."),
        ("sig", [(v, "Gunnar Eklund", "President"), (c, "Theodore Vance, MD", "President")]),
        ("h", "SCHEDULE 1 - FEES"),
        ("table", [["Item", "Fee"],
                   ["Surgical PM suite, per surgeon", "$495.00 per month"],
                   ["OR block scheduling module", "$150.00 per month"],
                   ["Installation and training", "$3,750.00 one time"]], [0.6, 0.4]),
        ("meta", ["Stormcrest Software Corporation, 80 South Eighth Street, Minneapolis, Minnesota 55402",
                  "Highpoint Cardiothoracic Surgeons, P.A., 920 East 28th Street, Minneapolis, Minnesota 55407"]),
    ]
    return mk("un_g", v, UN, None,
              "An old-style subscription agreement in which the vendor only reserves the right to pass through "
              "AMA CPT royalties should its licensors require, at rates to be notified, and confirms no such "
              "notice has been given, so who bears the royalty is left open.",
              blocks, font="times")


def un_h():
    v, vs, c, cs = "Marshfield Lane Technologies, Inc.", "Marshfield Lane", "Kettle River Pediatrics, P.A.", "Customer"
    blocks = [
        ("title", "SERVICES AGREEMENT"),
        ("meta", ["Marshfield Lane Technologies, Inc., 10 Grand Avenue, Saint Paul, Minnesota 55105",
                  "Customer: Kettle River Pediatrics, P.A., 300 Main Street, Hinckley, Minnesota 55037",
                  "Effective Date: February 1, 2024"]),
        B.art("1", "Definitions"),
        ("p", "\"Provider\" means a physician or nurse practitioner of Customer. \"Platform\" means Marshfield Lane's "
              "pediatric EHR and billing software.", "1.1"),
        B.art("2", "Platform"),
        ("p", "Marshfield Lane will provide the Platform in accordance with the documentation.", "2.1"),
        B.art("3", "Fees"),
        ("p", "Customer pays $265.00 per Provider per month.", "3.1"),
        ("p", "Customer pays a CPT licence fee of $20.00 per Provider per year, invoiced each February, for the CPT "
              "content Marshfield Lane distributes under its licence from the American Medical Association.", "3.2"),
    ]
    blocks += B.payment("4", 0, vs, cs)
    blocks += B.hipaa("5", 1, vs, cs)
    blocks += B.term("6", 0, vs, cs, years=3)
    blocks += B.law("7", 0, "Minnesota")
    blocks += [("sig", [(v, "Joanna Pruitt", "CEO"), (c, "Samuel Greer, MD", "President")]),
               ("pb",),
               ("title", "AMENDMENT NO. 1"),
               ("p", "Dated January 15, 2026, between Marshfield Lane Technologies, Inc. and Kettle River Pediatrics, "
                     "P.A., amending the Services Agreement dated February 1, 2024."),
               ("p", "Section 3.2 of the Agreement is deleted in its entirety, effective immediately. The parties intend "
                     "to agree revised terms for CPT licensing, which will be documented in a further amendment. No "
                     "such terms have been agreed as of the date of this Amendment.", "1. CPT licence fee."),
               ("p", "The per-Provider fee in Section 3.1 increases to $275.00 per Provider per month from March 1, "
                     "2026.", "2. Platform fee."),
               ("p", "All other terms remain in force. This Amendment controls over the Agreement.", "3. General."),
               ("sig", [(v, "Joanna Pruitt", "CEO"), (c, "Samuel Greer, MD", "President")])]
    return mk("un_h", v, UN, None,
              "A services agreement that charged a $20.00 per-Provider yearly CPT licence fee, whose later Amendment "
              "No. 1 deletes that clause and leaves CPT licensing terms to be agreed, so the current position is open.",
              blocks, font="helv", header="Marshfield Lane Technologies - Services Agreement")


def un_i():
    v, c = "Ironbridge Health Software, Inc.", "Willowmere Rheumatology & Infusion, LLC"
    blocks = [
        ("title", "ORDER FORM"),
        ("meta", ["Ironbridge Health Software, Inc., 55 Water Street, Pittsburgh, Pennsylvania 15222",
                  "Customer: Willowmere Rheumatology & Infusion, LLC, 8 Willowmere Court, Wilmington, Delaware 19803",
                  "Order IHS-2025-771   Date: December 1, 2025   Term: 36 months"]),
        ("h", "Section 1 - Recurring fees"),
        ("table", [["Product", "Unit", "List", "Discount", "Net"],
                   ["Ironbridge EHR", "per provider / month", "$340.00", "15%", "$289.00"],
                   ["Infusion chair scheduling", "per chair / month", "$25.00", "0%", "$25.00"],
                   ["Specialty pharmacy hub", "per month", "$200.00", "50%", "$100.00"],
                   ["CPT licence (if applicable)", "per AMA schedule", "TBD", "-", "TBD"]],
         [0.34, 0.22, 0.14, 0.14, 0.16]),
        ("note", "The CPT licence line will be confirmed once Ironbridge completes its annual licensing review. Whether "
                 "any amount applies to this Customer has not been determined."),
        ("h", "Section 2 - One-time fees"),
        ("table", [["Item", "Fee"],
                   ["Implementation", "$5,500.00"],
                   ["Infusion pump interface", "$1,800.00"],
                   ["Training (3 days remote)", "$1,350.00"]], [0.6, 0.4]),
        ("h", "Section 3 - Terms"),
        ("p", "This Order Form is governed by the Ironbridge Master Subscription Agreement dated December 1, 2025. "
              "The Master Subscription Agreement does not contain any provision on CPT licensing. Fees are billed "
              "monthly in advance from go-live. Prices are fixed for the first 12 months and may then rise by no more "
              "than 4% a year."),
        ("sig", [(v, "Gordon Elliott", "Account Executive"), (c, "Amara Nwosu, MD", "Managing Member")]),
        ("h", "Section 4 - Implementation milestones"),
        ("bul", ["Kick-off within 15 business days of signature.",
                 "Template build and infusion workflow design: weeks 2 to 6.",
                 "Pump interface testing: weeks 6 to 8.",
                 "Go-live target: 12 weeks from kick-off."]),
    ]
    return mk("un_i", v, UN, None,
              "An order form with a 'CPT licence (if applicable)' line priced 'TBD' per AMA schedule and a note "
              "that it has not been determined whether any amount applies, while the master agreement is silent "
              "on CPT.",
              blocks, font="helv")


def un_j():
    v, c = "Pennant Row Software Ltd", "Sun Valley Urgent Care, LLC"
    blocks = [
        ("title", "SUBSCRIPTION TERMS"),
        ("p", "These terms are dated 20 October 2025 and are agreed between %s, a company incorporated in England and "
              "Wales (company number 10203040), whose registered office is at 7 Pennant Row, Manchester M2 3DE (the "
              "\"Supplier\"), and %s, of 400 Sun Valley Road, Ketchum, Idaho 83340, United States (the \"Customer\")."
         % (v, c)),
        ("h", "1. Interpretation"),
        ("p", "1.1 \"Service\" means the Supplier's QueueWise urgent-care triage, patient flow and coding-assist "
              "service. \"Licensed Content\" means content the Supplier licenses from third parties and makes "
              "available in the Service, including CPT codes supplied by the American Medical Association and "
              "drug-interaction data."),
        ("h", "2. Service"),
        ("p", "2.1 The Supplier shall provide the Service to the Customer's three urgent-care sites. 2.2 Coding-assist "
              "suggests evaluation and management levels and procedure codes for the clinician's approval."),
        ("h", "3. Licensed Content"),
        ("p", "3.1 The Customer's use of Licensed Content is subject to the terms of the relevant licensors."),
        ("p", "3.2 The Supplier's licensors (including the American Medical Association) may require additional "
              "licence fees for certain content. The Supplier will notify the Customer if this occurs."),
        ("h", "4. Charges"),
        ("table", [["Element", "Charge (USD)"],
                   ["QueueWise, per site", "$900.00 per month"],
                   ["Coding-assist, per clinician", "$40.00 per month"],
                   ["Set-up", "$2,000.00 one-off"]], [0.6, 0.4]),
        ("p", "4.1 Charges are invoiced monthly in advance and payable within 30 days."),
        ("h", "5. Data"),
        ("p", "5.1 Patient data is hosted in the United States. The Supplier shall sign the Customer's business "
              "associate agreement."),
        ("h", "6. Liability"),
        ("p", "6.1 Nothing limits liability for fraud or for death or personal injury caused by negligence. 6.2 "
              "Otherwise liability is limited to the charges paid in the 12 months before the claim."),
        ("h", "7. Law"),
        ("p", "7.1 The law of England and Wales governs and the English courts have exclusive jurisdiction."),
        ("sig", [(v, "Harriet Ainsworth", "Director"), (c, "Colin Bradshaw, DO", "Medical Director")]),
    ]
    return mk("un_j", v, UN, None,
              "English-law subscription terms between a UK supplier and an Idaho urgent-care group that say only "
              "that licensors including the AMA 'may require additional licence fees', without saying whether the "
              "supplier or the customer would pay them.",
              blocks, font="times", paper="a4")


DOCS = [un_a, un_b, un_c, un_d, un_e, un_f, un_g, un_h, un_i, un_j]
