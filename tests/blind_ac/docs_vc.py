"""blind_ac documents whose label is vendor_covers (the AMA royalty is inside the vendor's price)."""
import docs_boiler as B
from docs_boiler import mk

VC = "vendor_covers"

AMA_NOTICE = ("CPT only copyright 2025 American Medical Association. All rights reserved. Fee schedules, relative "
              "value units, conversion factors and related components are not assigned by the AMA, are not part of "
              "CPT, and the AMA is not recommending their use. The AMA does not directly or indirectly practice "
              "medicine or dispense medical services and assumes no liability for data contained or not contained "
              "herein. CPT is a registered trademark of the American Medical Association.")


def vc_a():
    v, vs, c, cs = "Larkfield Health Technologies, Inc.", "Larkfield", "Stonegate Women's Health, PLLC", "Customer"
    blocks = [
        ("title", "Larkfield Cloud EHR Subscription Agreement"),
        ("p", "This agreement is between %s (\"Larkfield\", \"we\", \"us\") and %s (\"Customer\", \"you\"). It takes "
              "effect on the date in the Order Summary at the end of this document." % (v, c)),
        ("h", "1. Words we use"),
        ("p", "\"Service\" means Larkfield Cloud EHR, including obstetric flowsheets, scheduling, billing and the "
              "patient app. \"Provider Seat\" means access for one physician, midwife or nurse practitioner. \"Staff "
              "Seat\" means access for one non-provider team member. \"Third-Party Content\" means content we license "
              "from others and make available in the Service, such as drug data, patient education material and the "
              "CPT and ICD-10-CM code sets."),
        ("h", "2. Using the Service"),
        ("p", "You may use the Service for your practice's own patients in the United States. Don't try to copy the "
              "Service, reverse-engineer it, or extract Third-Party Content in bulk."),
        ("h", "3. Third-Party Content"),
        ("p", "3.1 Larkfield is party to a distribution licence agreement with the American Medical Association for "
              "the CPT content in the Service, and we grant you a sublicence to use that content inside the Service "
              "during your subscription."),
        ("p", "3.2 The royalties for CPT content are included in your subscription fees. We will not invoice you "
              "separately for CPT, and we do not add an AMA fee, a code-set fee or a processing charge."),
        ("p", "3.3 When we report user numbers to the American Medical Association we will report only aggregate "
              "counts and will not disclose your patients' information."),
        ("h", "4. Fees"),
        ("p", "You pay the subscription fees in the Order Summary monthly in advance. We may change them at renewal "
              "with 60 days' notice."),
        ("h", "5. Your data"),
        ("p", "You own your data. We are your business associate and will protect your patients' information as our "
              "Business Associate Agreement requires. You can export your data at any time."),
        ("h", "6. Availability and support"),
        ("p", "We aim for 99.9% uptime, measured monthly. Support is included and is available 24 hours a day for "
              "urgent issues at support@larkfieldhealth.example."),
        ("h", "7. Responsibility"),
        ("p", "The Service helps you document care; it does not make clinical decisions. Our total liability to you in "
              "any year is limited to the fees you paid us in that year."),
        ("h", "8. Ending the agreement"),
        ("p", "Your subscription runs for 12 months and renews automatically. You may cancel at the end of any term "
              "by telling us at least 30 days before renewal."),
        ("h", "Order Summary"),
        ("table", [["Item", "Quantity", "Price"],
                   ["Provider Seat", "4", "$299.00 per Provider Seat per month"],
                   ["Staff Seat", "8", "$35.00 per Staff Seat per month"],
                   ["Ultrasound image link", "1", "$150.00 per month"],
                   ["Data migration", "1", "$1,750.00 one time"]], [0.4, 0.15, 0.45]),
        ("meta", ["Customer: " + c + ", 1010 Gateway Boulevard, Fargo, North Dakota 58103",
                  "Start date: October 1, 2025. Governing law: Delaware."]),
        ("note", AMA_NOTICE),
        ("sig", [(v, "Rachel Imbert", "VP Sales"), (c, "Grace Adeyemi, MD", "Owner")]),
    ]
    return mk("vc_a", v, VC, None,
              "A plain-English EHR subscription agreement in which the vendor states it holds an AMA distribution "
              "licence, sublicenses CPT and includes the CPT royalties in the subscription fees with no separate "
              "charge; the per-Provider-Seat subscription price is a distractor.",
              blocks, font="helv")


def vc_b():
    v, vs, c, cs = "Fairhaven Medical Software, LLC", "Fairhaven", "Crescent Valley ENT, P.C.", "Customer"
    blocks = [
        ("title", "SUBSCRIPTION AND SERVICES AGREEMENT"),
        ("meta", ["Fairhaven Medical Software, LLC, 75 State Street, Boston, Massachusetts 02109",
                  "Crescent Valley ENT, P.C., 520 Valley Road, Hartford, Connecticut 06106",
                  "Effective Date: July 1, 2023"]),
        B.art("1", "Definitions"),
        ("p", "\"CPT Fee\" means the fee for CPT content described in Section 4.5. \"User\" means an individual "
              "authorised to access the Platform. \"Platform\" means Fairhaven's ENT-specific EHR, audiology and "
              "billing software.", "1.1"),
        B.art("2", "Platform Access"),
        ("p", "Fairhaven grants Customer a non-exclusive right for its Users to access the Platform during the term "
              "for Customer's internal business purposes.", "2.1"),
        B.art("4", "Fees"),
        ("p", "Subscription fees are set out in Schedule B and invoiced monthly.", "4.1"),
        ("p", "Professional services are charged at the rates in Schedule B.", "4.2"),
        ("p", "The Platform contains CPT content that Fairhaven distributes under a licence from the American Medical "
              "Association.", "4.4"),
        ("p", "Customer shall pay the CPT Fee shown in Schedule B for each User, annually in advance.", "4.5"),
    ]
    blocks += B.payment("5", 0, vs, cs)
    blocks += B.conf("6", 1)
    blocks += B.warranty("7", 0, vs)
    blocks += B.liability("8", 0)
    blocks += B.term("9", 1, vs, cs, years=3)
    blocks += B.law("10", 0, "Massachusetts")
    blocks += [("sig", [(v, "Owen Gallagher", "Managing Director"), (c, "Nina Halvorsen, MD", "President")]),
               ("h", "Schedule B - Fees"),
               ("table", [["Fee", "Amount", "Basis"],
                          ["Platform subscription", "$210.00", "per provider per month"],
                          ["Audiology module", "$40.00", "per audiologist per month"],
                          ["CPT Fee", "$18.00", "per User per year"],
                          ["Professional services", "$175.00", "per hour"]], [0.4, 0.2, 0.4]),
               ("pb",),
               ("title", "AMENDMENT NO. 1 TO SUBSCRIPTION AND SERVICES AGREEMENT"),
               ("p", "This Amendment No. 1 (the \"Amendment\") is made on December 9, 2024 between Fairhaven Medical "
                     "Software, LLC and Crescent Valley ENT, P.C. and amends the Subscription and Services Agreement "
                     "dated July 1, 2023 (the \"Agreement\")."),
               ("p", "Effective January 1, 2025, Fairhaven will absorb the royalty payable to the American Medical "
                     "Association for CPT content used by Customer's Users. Accordingly:", "1. CPT royalty."),
               ("ip", "(a) Section 4.5 of the Agreement is deleted;"),
               ("ip", "(b) the CPT Fee line in Schedule B is amended to read \"CPT Fee - $0.00 - included in Platform "
                      "subscription\"; and"),
               ("ip", "(c) Fairhaven will not invoice Customer for any CPT Fee, AMA royalty or similar charge for 2025 "
                      "or any later year of the term, including any renewal term."),
               ("p", "The CPT Fee invoiced for 2024 has been paid and is not refundable.", "2. Prior year."),
               ("p", "Except as set out above, the Agreement is unchanged. If there is any conflict between this "
                     "Amendment and the Agreement, this Amendment prevails.", "3. No other changes."),
               ("sig", [(v, "Owen Gallagher", "Managing Director"), (c, "Nina Halvorsen, MD", "President")])]
    return mk("vc_b", v, VC, None,
              "A subscription agreement that originally charged an $18.00 per-user yearly CPT Fee, replaced by "
              "Amendment No. 1 under which the vendor absorbs the AMA royalty from 2025 and the CPT Fee line "
              "becomes $0.00, so the current terms are vendor-covered.",
              blocks, font="times", header="Fairhaven Medical Software - Subscription and Services Agreement")


def vc_c():
    v, c = "Harrow Lane Systems, Inc.", "Beacon Street Chiropractic, P.C."
    blocks = [
        ("title", "ORDER FORM"),
        ("meta", ["Harrow Lane Systems, Inc. | 45 Innovation Drive, Burlington, Vermont 05401 | sales@harrowlane.example",
                  "Order No. HL-24-3317      Date: 18 March 2025",
                  "Bill to: Beacon Street Chiropractic, P.C., 212 Beacon Street, Providence, Rhode Island 02906"]),
        ("h", "Subscription - AdjustPro Chiropractic EHR"),
        ("table", [["Line", "Description", "Qty", "Unit price", "Extended"],
                   ["1", "AdjustPro EHR, chiropractor licence (monthly)", "3", "$119.00", "$357.00"],
                   ["2", "AdjustPro front-desk licence (monthly)", "2", "$29.00", "$58.00"],
                   ["3", "CPT content licence (AMA) - included", "5", "$0.00", "$0.00"],
                   ["4", "ICD-10-CM code library", "5", "$0.00", "$0.00"],
                   ["5", "Insurance billing and claims (monthly)", "1", "$89.00", "$89.00"],
                   ["", "Monthly recurring total", "", "", "$504.00"]],
         [0.07, 0.48, 0.08, 0.17, 0.2]),
        ("h", "One-time charges"),
        ("table", [["Line", "Description", "Qty", "Unit price", "Extended"],
                   ["6", "Set-up and configuration", "1", "$1,500.00", "$1,500.00"],
                   ["7", "Remote training (half-day sessions)", "2", "$300.00", "$600.00"],
                   ["8", "X-ray viewer interface", "1", "$850.00", "$850.00"],
                   ["", "One-time total", "", "", "$2,950.00"]],
         [0.07, 0.48, 0.08, 0.17, 0.2]),
        ("h", "Order terms"),
        ("p", "1. This Order Form is governed by the Harrow Lane Customer Agreement accepted by Customer on 18 March "
              "2025. 2. The subscription term is 12 months from activation and renews automatically. 3. Line 3 "
              "reflects the CPT content Harrow Lane distributes under its licence from the American Medical "
              "Association; the royalty for it is part of lines 1 and 2 and is shown at $0.00 for transparency. "
              "4. Prices exclude sales tax. 5. Payment by card on file monthly in advance."),
        ("sig", [(v, "Lucas Brennan", "Sales Manager"), (c, "Dr. Hannah Okafor, DC", "Owner")]),
        ("pb",),
        ("h", "Harrow Lane Customer Agreement - extract of key terms"),
        ("p", "Harrow Lane provides AdjustPro as a hosted service. Customer's licences are named and may not be "
              "shared. Customer owns its data; Harrow Lane is its business associate.", "Service."),
        ("p", "Customer may use the code libraries in AdjustPro only within AdjustPro and only for its own patients. "
              "The libraries are refreshed each year as part of the subscription.", "Code libraries."),
        ("p", "Harrow Lane warrants that AdjustPro will perform substantially as described in its user guide. "
              "Liability is limited to the fees paid in the preceding twelve months.", "Warranty and liability."),
        ("p", "Vermont law governs. Disputes go first to senior executives for 30 days, then to the courts of "
              "Chittenden County, Vermont.", "Law and disputes."),
    ]
    return mk("vc_c", v, VC, None,
              "An order form whose CPT content licence line is priced at $0.00 and stated as included in the "
              "licence fees, beside set-up, training and interface charges and per-licence subscription prices "
              "that are not CPT fees.",
              blocks, font="helv", footer="Order HL-24-3317")


def vc_d():
    v = "Granite Arch Software Corp."
    blocks = [
        ("title", "END USER LICENSE AGREEMENT"),
        ("subtitle", "CodeDesk Professional Coding Software"),
        ("p", "IMPORTANT: READ CAREFULLY. This End User License Agreement (\"EULA\") is a legal agreement between you, "
              "the individual or entity installing or using CodeDesk (\"End User\"), and %s (\"Granite Arch\"). By "
              "clicking \"I accept\", installing or using CodeDesk you agree to this EULA. If you do not agree, do "
              "not install or use CodeDesk." % v),
        ("h", "1. Licence to the software"),
        ("p", "Granite Arch grants End User a non-exclusive, non-transferable licence to use CodeDesk for the term of "
              "End User's subscription, on the number of workstations for which End User has subscribed, solely for "
              "End User's internal coding, charge review and audit work."),
        ("h", "2. Sublicence of CPT content"),
        ("p", "2.1 CodeDesk includes Current Procedural Terminology (\"CPT\") content owned by the American Medical "
              "Association (\"AMA\"), which Granite Arch distributes under a licence agreement with the AMA. Granite "
              "Arch grants End User a non-exclusive, non-transferable sublicence to use the CPT content solely as "
              "incorporated in CodeDesk, for End User's internal use in the United States."),
        ("p", "2.2 End User may not (a) make copies of CPT content other than printouts of reasonable portions for "
              "internal use, (b) sell, distribute or sublicense CPT content, (c) create derivative works of it, or "
              "(d) remove any copyright or trademark notice."),
        ("p", "2.3 End User acknowledges that the AMA is a third-party beneficiary of this Section 2, that the "
              "sublicence ends if Granite Arch's licence from the AMA ends, and that Granite Arch may be required to "
              "give the AMA information on End User's use for audit purposes."),
        ("p", "2.4 End User's use of CPT content is limited to individuals it has authorised; each such individual "
              "counts as a user for the AMA's purposes."),
        ("h", "3. Notices required by the AMA"),
        ("p", AMA_NOTICE),
        ("p", "U.S. Government rights: CPT is commercial technical data developed exclusively at private expense by "
              "the American Medical Association. The provisions of FAR 52.227-14 and DFARS 252.227-7015 as they relate "
              "to restricted rights apply to U.S. Government use of CPT, and government users receive only the "
              "rights granted in this EULA."),
        ("p", "The AMA disclaims all express or implied warranties regarding CPT, including fitness for a particular "
              "purpose and merchantability, and the AMA's liability for any claim relating to CPT is excluded."),
        ("h", "4. Updates"),
        ("p", "While End User's subscription is current, Granite Arch delivers quarterly content updates and the "
              "annual CPT release, normally in December for use from January 1."),
        ("h", "5. Ownership"),
        ("p", "CodeDesk is licensed, not sold. Granite Arch and its licensors keep all rights not expressly granted."),
        ("h", "6. Warranty disclaimer"),
        ("p", "CODEDESK AND ALL CONTENT ARE PROVIDED \"AS IS\". GRANITE ARCH DOES NOT WARRANT THAT CODEDESK WILL BE "
              "ERROR-FREE OR THAT ANY CODE IT SUGGESTS WILL BE ACCEPTED BY A PAYER. END USER IS RESPONSIBLE FOR "
              "ALL CODING DECISIONS."),
        ("h", "7. Limitation of liability"),
        ("p", "IN NO EVENT WILL GRANITE ARCH BE LIABLE FOR LOST REVENUE, CLAIM DENIALS, PENALTIES OR CONSEQUENTIAL "
              "DAMAGES. GRANITE ARCH'S TOTAL LIABILITY WILL NOT EXCEED THE AMOUNT END USER PAID FOR CODEDESK IN THE "
              "TWELVE MONTHS BEFORE THE CLAIM."),
        ("h", "8. Termination"),
        ("p", "This EULA ends automatically if End User breaches it or its subscription ends. On termination End "
              "User must uninstall CodeDesk and delete all CPT content obtained through it."),
        ("h", "9. General"),
        ("p", "This EULA is governed by the laws of the State of Illinois. It is the entire agreement about its "
              "subject and may be changed only in a writing signed by Granite Arch. Contact: "
              "legal@granitearch.example."),
        ("meta", ["Granite Arch Software Corp., 233 Wacker Drive, Suite 4100, Chicago, Illinois 60606",
                  "EULA version 2025.1"]),
    ]
    return mk("vc_d", v, VC, None,
              "A click-through EULA for coding software that grants the end user a sublicence of CPT under the "
              "vendor's AMA distribution licence, with the AMA-required notices and government-rights clause, and "
              "no CPT fee anywhere in the document.",
              blocks, font="times")


def vc_e():
    v, c = "Clearpath Claims Exchange, Inc.", "Hillcrest Neurology Associates, LLC"
    blocks = [
        ("title", "CLEARINGHOUSE SERVICES AGREEMENT"),
        ("p", "This Clearinghouse Services Agreement is entered into as of May 5, 2025 between %s (\"Clearinghouse\"), "
              "with its principal office at 8400 Normandale Lake Boulevard, Bloomington, Minnesota 55437, and %s "
              "(\"Provider\"), a medical practice located at 4500 Hillcrest Drive, Omaha, Nebraska 68114." % (v, c)),
        B.art("1", "Definitions"),
        ("p", "\"Transactions\" means claims (837P), remittances (835), eligibility inquiries (270/271) and claim "
              "status inquiries (276/277) that Provider sends or receives through the Clearinghouse portal. "
              "\"Edits\" means the claim-scrubbing rules Clearinghouse applies before forwarding a claim to a payer. "
              "\"Provider\" includes Provider's employed and contracted clinicians and billing staff acting for it.",
         "1.1"),
        B.art("2", "Services"),
        ("p", "Clearinghouse will receive Provider's claims, apply Edits, translate claims into payer-specific "
              "formats and forward them, and return payer responses and remittances to Provider.", "2.1"),
        ("p", "Clearinghouse will process enrolment paperwork for electronic remittance with up to 25 payers at no "
              "charge.", "2.2"),
        B.art("3", "Code content used by Clearinghouse"),
        ("p", "The Edits and the code look-up screens in the portal use CPT content. Clearinghouse maintains a "
              "distribution licence from the American Medical Association covering that content and grants Provider "
              "a sublicence to view it within the portal.", "3.1"),
        ("p", "The royalty for the CPT content is included in the Transaction Fees. Provider will not be charged "
              "any separate AMA, CPT or content fee by Clearinghouse.", "3.2"),
        ("p", "This sublicence covers the Clearinghouse portal only. It does not extend to CPT content in Provider's "
              "own practice management or EHR systems.", "3.3"),
        B.art("4", "Fees"),
        ("table", [["Service", "Fee"],
                   ["Professional claim (837P)", "$0.29 per claim"],
                   ["Electronic remittance (835)", "$0.10 per remittance"],
                   ["Eligibility inquiry", "$0.15 per inquiry"],
                   ["Paper claim drop-to-print", "$0.65 per claim"],
                   ["Monthly minimum", "$95.00"]], [0.6, 0.4]),
        ("p", "Fees are billed monthly in arrears. Clearinghouse may change fees on 90 days' notice, no more than once "
              "in any twelve months.", "4.2"),
        B.art("5", "Provider Responsibilities"),
        ("p", "Provider is responsible for the content and accuracy of its claims, for maintaining its payer "
              "enrolments, and for reviewing rejection reports daily.", "5.1"),
    ]
    blocks += B.hipaa("6", 0, "Clearinghouse", "Provider")
    blocks += B.term("7", 0, "Clearinghouse", "Provider", years=1)
    blocks += B.law("8", 1, "Minnesota")
    blocks += [("sig", [(v, "Benjamin Thorne", "VP, Provider Solutions"), (c, "Sofia Alvarez", "Practice Administrator")])]
    return mk("vc_e", v, VC, None,
              "A clearinghouse agreement in which 'Provider' is the practice; the clearinghouse holds an AMA "
              "distribution licence for CPT in its edits and portal and includes the royalty in its per-claim "
              "transaction fees, with no separate CPT charge.",
              blocks, font="helv", header="Clearpath Claims Exchange - Clearinghouse Services Agreement")


def vc_f():
    v, vs, c, cs = "Lindenmoor Software, Inc.", "Lindenmoor", "Sable Creek Oncology, P.C.", "Customer"
    blocks = [
        ("title", "MASTER TERMS"),
        ("subtitle", "Lindenmoor Oncology Suite"),
        ("meta", ["Lindenmoor Software, Inc., 1 Research Court, Rockville, Maryland 20850",
                  "Customer: Sable Creek Oncology, P.C., 700 Sable Creek Road, Richmond, Virginia 23229",
                  "Effective Date: January 1, 2025"]),
        B.art("1", "Structure and Precedence"),
        ("p", "This agreement consists of these Master Terms, Exhibit A (Products), Exhibit B (Service Levels), "
              "Exhibit C (Pricing Worksheet) and any Order Form.", "1.1"),
        ("p", "In the event of any conflict or inconsistency, these Master Terms prevail over the Exhibits, and the "
              "Exhibits prevail over any Order Form, unless a provision of a lower-ranking document expressly states "
              "that it overrides a numbered section of these Master Terms.", "1.2"),
        B.art("2", "Definitions"),
        ("p", "\"License Fees\" means the recurring fees for the Products. \"Products\" means the Lindenmoor Oncology "
              "EHR, chemotherapy regimen library, infusion scheduling and oncology billing modules. \"User\" means a "
              "named individual with access to a Product.", "2.1"),
        B.art("3", "Licence"),
        ("p", "Lindenmoor grants Customer a non-exclusive licence for its Users to use the Products during the term "
              "for Customer's internal operations.", "3.1"),
        B.art("4", "Fees"),
        ("p", "Customer pays the License Fees quarterly in advance.", "4.1"),
        ("p", "The Products include CPT content that Lindenmoor distributes under its licence from the American "
              "Medical Association. There is no separate charge for CPT content; its royalty is included in the "
              "License Fees.", "4.2"),
        ("p", "Implementation services are billed as incurred at the rates in Exhibit C.", "4.3"),
    ]
    blocks += B.conf("5", 0)
    blocks += B.hipaa("6", 1, vs, cs)
    blocks += B.warranty("7", 0, vs)
    blocks += B.liability("8", 0)
    blocks += B.term("9", 0, vs, cs, years=5)
    blocks += B.law("10", 0, "Maryland")
    blocks += [("sig", [(v, "Judith Kessler", "EVP, Commercial"), (c, "Raymond Oduya, MD", "Chief Executive Officer")]),
               ("pb",),
               ("h", "Exhibit A - Products"),
               ("p", "Oncology EHR; Regimen Library (updated monthly); Infusion Scheduling; Oncology Billing with drug "
                     "waste tracking and J-code support; Patient Portal."),
               ("h", "Exhibit B - Service Levels"),
               ("p", "Availability 99.8% monthly. Severity 1 response within 30 minutes, 24x7. Credits of 3% of the "
                     "monthly License Fees per 0.2% shortfall, capped at 15%."),
               ("h", "Exhibit C - Pricing Worksheet"),
               ("table", [["Item", "Qty", "Unit price", "Annual"],
                          ["Oncology Suite licence - physician", "8", "$4,800.00 per year", "$38,400.00"],
                          ["Oncology Suite licence - other User", "42", "$600.00 per year", "$25,200.00"],
                          ["AMA CPT licence", "50", "$16.00 per User per year", "$800.00"],
                          ["Implementation (estimate)", "1", "$185.00 per hour", "$22,200.00"]],
                [0.42, 0.08, 0.28, 0.22]),
               ("note", "Worksheet prepared by Lindenmoor sales on November 20, 2024 for budgeting. Quantities are "
                        "estimates.")]
    return mk("vc_f", v, VC, None,
              "Master Terms that say the CPT royalty is included in the License Fees, conflicting with an Exhibit C "
              "pricing worksheet that lists an AMA CPT licence at $16.00 per User per year; the precedence clause "
              "makes the Master Terms prevail over exhibits, so the vendor covers CPT.",
              blocks, font="times", header="Lindenmoor Software - Master Terms")


def vc_g():
    v, vs, c, cs = "Tidewater Integrated Care Systems, Inc.", "Tidewater", "Coastal Plain Community Health Center, Inc.", "Center"
    blocks = [
        ("title", "INTEGRATED MEDICAL AND DENTAL EHR AGREEMENT"),
        ("meta", ["Tidewater Integrated Care Systems, Inc. (\"Tidewater\"), 150 Granby Street, Norfolk, Virginia 23510",
                  "Coastal Plain Community Health Center, Inc. (the \"Center\"), 41 Church Street, Wilmington, North Carolina 28401",
                  "Effective Date: February 3, 2025"]),
        B.art("1", "Definitions"),
        ("p", "\"Medical Module\" means Tidewater's ambulatory EHR and practice management software used for "
              "medical, behavioral health and pharmacy services. \"Dental Module\" means Tidewater's dental charting, "
              "treatment planning and dental billing software. \"User\" means a named individual with access to "
              "either module.", "1.1"),
        ("p", "\"CPT\" means the AMA's Current Procedural Terminology. \"CDT\" means the Code on Dental Procedures "
              "and Nomenclature published by the American Dental Association.", "1.2"),
        B.art("2", "Code Sets"),
        ("p", "The Medical Module includes CPT. Tidewater is an AMA-authorised distributor of CPT and sublicenses it "
              "to the Center for use within the Medical Module. The CPT royalty is included in the Medical Module "
              "subscription fee; the Center pays nothing further for CPT.", "2.1"),
        ("p", "The Dental Module includes CDT, which is licensed from the American Dental Association. The CDT "
              "licence fee shown in Schedule 1 is charged separately for each Dental Module User.", "2.2"),
        ("p", "ICD-10-CM, HCPCS Level II and the CMS fee schedules are supplied in both modules without charge.", "2.3"),
        B.art("3", "Sliding-fee and grant reporting"),
        ("p", "Both modules support the Center's sliding-fee discount programme and produce UDS reports. Tidewater "
              "will deliver UDS table updates each year before the reporting deadline.", "3.1"),
    ]
    blocks += B.payment("4", 1, vs, "the Center")
    blocks += B.hipaa("5", 0, vs, "the Center")
    blocks += B.liability("6", 1)
    blocks += B.term("7", 0, vs, "the Center", years=3)
    blocks += B.law("8", 0, "Virginia")
    blocks += [("sig", [(v, "Cheryl Whitaker", "President"), (c, "Reginald Bost", "Chief Executive Officer")]),
               ("h", "Schedule 1 - Fees"),
               ("table", [["Item", "Basis", "Fee"],
                          ["Medical Module subscription (CPT included)", "per medical provider per month", "$260.00"],
                          ["Dental Module subscription", "per dentist or hygienist per month", "$180.00"],
                          ["CDT licence fee (ADA)", "per Dental Module User per year", "$12.00"],
                          ["Behavioral health add-on", "per therapist per month", "$45.00"],
                          ["Implementation", "fixed", "$14,500.00"]], [0.45, 0.35, 0.2]),
               ("note", "The Center expects 22 medical providers, 6 dental providers and 31 Dental Module Users at go-live.")]
    return mk("vc_g", v, VC, None,
              "A combined medical-dental EHR agreement in which the CPT royalty is included in the Medical Module "
              "fee under the vendor's AMA distributor sublicence, while the separate $12 per-user CDT licence fee "
              "for the Dental Module is a dental (ADA) charge, not a CPT fee.",
              blocks, font="times")


def vc_h():
    v, c = "Bramblewood Health IT, Inc.", "Northfield Pain & Spine, LLC"
    blocks = [
        ("title", "ORDER FORM NO. 2"),
        ("meta", ["Supplier: Bramblewood Health IT, Inc., 2800 Ninth Avenue, Nashville, Tennessee 37203",
                  "Customer: Northfield Pain & Spine, LLC, 77 Commerce Drive, Northfield, Illinois 60093",
                  "Under Master Subscription Agreement dated April 1, 2024. Order date: January 10, 2025."]),
        ("table", [["Item", "Quantity", "Price", "Billing"],
                   ["Bramblewood EHR - procedural specialty edition", "7 providers", "$349.00 per provider", "monthly"],
                   ["ASC scheduling add-on", "1", "$400.00", "monthly"],
                   ["CPT Royalty pass-through", "7 providers", "$19.00 per provider", "annually"],
                   ["Prior-authorization automation", "7 providers", "$30.00 per provider", "monthly"]],
         [0.42, 0.16, 0.24, 0.18]),
        ("p", "This Order Form is subject to the Master Subscription Agreement. Terms not defined here have the "
              "meanings given there."),
        ("sig", [(v, "Patrick Lowry", "Account Director"), (c, "Ahmed Karimi, MD", "Managing Member")]),
        ("pb",),
        ("meta", ["BRAMBLEWOOD HEALTH IT, INC.", "2800 Ninth Avenue, Nashville, Tennessee 37203",
                  "finance@bramblewood.example", "", "February 14, 2025", "",
                  "Ahmed Karimi, MD, Managing Member", "Northfield Pain & Spine, LLC",
                  "77 Commerce Drive, Northfield, Illinois 60093"]),
        ("p", "Order Form No. 2 - CPT Royalty", "Re:"),
        ("p", "Dear Dr. Karimi,"),
        ("p", "Thank you for meeting with us on February 6. As discussed, and in recognition of Northfield's decision "
              "to extend its subscription to a five-year term, Bramblewood has agreed to change how the CPT royalty "
              "is handled under Order Form No. 2."),
        ("p", "With effect from the date of Order Form No. 2, Bramblewood will bear the royalty payable to the "
              "American Medical Association for CPT content used by Northfield in Bramblewood EHR for the entire "
              "term, including renewals. The \"CPT Royalty pass-through\" line of Order Form No. 2 is waived and "
              "no CPT royalty will be invoiced. If the CPT Royalty has already been invoiced for 2025 it will be "
              "credited in full on your next invoice."),
        ("p", "All other lines of Order Form No. 2 remain as signed. This letter amends Order Form No. 2 and, once "
              "countersigned, forms part of it."),
        ("p", "Sincerely,"),
        ("sig", [(v, "Diane Shumate", "Chief Financial Officer"), (c, "Ahmed Karimi, MD", "Managing Member (accepted)")]),
    ]
    return mk("vc_h", v, VC, None,
              "An order form listing a $19.00 per-provider annual CPT Royalty pass-through, followed by a later "
              "countersigned side letter in which the vendor bears the AMA royalty for the whole term and waives "
              "that line, so the current terms are vendor-covered.",
              blocks, font="helv")


def vc_i():
    v, c = "Wexcombe Clinical Ltd", "Prairie Rose Family Clinic, P.C."
    blocks = [
        ("title", "SOFTWARE SUBSCRIPTION AGREEMENT"),
        ("p", "THIS AGREEMENT is dated 3 March 2025 and is made BETWEEN (1) %s, a company incorporated in England and "
              "Wales with company number 09876543, whose registered office is at 14 Queen Square, Bristol BS1 4NT "
              "(the \"Supplier\"); and (2) %s, a professional corporation organised in the State of Kansas, of 1800 "
              "Prairie Avenue, Wichita, Kansas 67203 (the \"Customer\")." % (v, c)),
        ("h", "BACKGROUND"),
        ("p", "(A) The Supplier has developed CodeSense, a cloud service that reviews clinical notes and suggests "
              "procedure and diagnosis codes for United States medical practices. (B) The Customer wishes to "
              "subscribe to CodeSense on the terms of this agreement."),
        ("h", "1. Interpretation"),
        ("p", "1.1 In this agreement: \"Authorised Users\" means those employees of the Customer who are authorised "
              "to use CodeSense; \"Charges\" means the charges set out in Schedule 1; \"Licensed Code Content\" means "
              "the CPT code set and any other code set the Supplier licenses from a third party and makes available "
              "in CodeSense; and \"Subscription Term\" means 24 months from the date of this agreement."),
        ("p", "1.2 References to clauses and Schedules are to the clauses of and Schedules to this agreement."),
        ("h", "2. Subscription"),
        ("p", "2.1 The Supplier grants the Customer a non-exclusive, non-transferable right to permit the Authorised "
              "Users to use CodeSense during the Subscription Term solely for the Customer's internal business "
              "operations."),
        ("p", "2.2 The Customer shall not access CodeSense in order to build a competing product, nor make CodeSense "
              "available to any third party."),
        ("h", "3. Licensed Code Content"),
        ("p", "3.1 The Supplier holds a distribution licence from the American Medical Association for the CPT code "
              "set and sub-licenses it to the Customer for use within CodeSense only."),
        ("p", "3.2 All royalties due to the American Medical Association in respect of the Customer's use of CPT "
              "within CodeSense are paid by the Supplier and are included in the Charges."),
        ("p", "3.3 The Customer shall display the notices the American Medical Association requires on any printed "
              "output containing CPT descriptors."),
        ("h", "4. Charges and payment"),
        ("p", "4.1 The Customer shall pay the Charges in United States dollars quarterly in advance within 30 days of "
              "the date of each invoice. 4.2 Interest on late payments accrues at 4% a year above the Bank of "
              "England base rate. 4.3 The Charges are exclusive of any sales or use tax, which the Customer shall pay."),
        ("h", "5. Data protection"),
        ("p", "5.1 The parties acknowledge that protected health information of the Customer's patients is subject to "
              "HIPAA. The Supplier shall process it only in data centres located in the United States and shall "
              "enter into the business associate agreement set out in Schedule 2."),
        ("h", "6. Limitation of liability"),
        ("p", "6.1 Nothing in this agreement limits liability for death or personal injury caused by negligence, or "
              "for fraud. 6.2 Subject to clause 6.1, the Supplier's total aggregate liability shall not exceed the "
              "Charges paid in the 12 months preceding the claim."),
        ("h", "7. Governing law"),
        ("p", "7.1 This agreement and any dispute arising out of it shall be governed by the law of England and "
              "Wales, and the courts of England shall have exclusive jurisdiction, save that either party may seek "
              "injunctive relief in any court of competent jurisdiction."),
        ("h", "Schedule 1 - Charges"),
        ("table", [["Element", "Charge (USD)"],
                   ["CodeSense subscription, per Authorised User", "$85.00 per month"],
                   ["Onboarding and EHR connection", "$2,000.00 one-off"],
                   ["Coding audit reports (optional)", "$250.00 per report"]], [0.6, 0.4]),
        ("h", "Schedule 2 - Business Associate Agreement"),
        ("p", "The parties' business associate agreement in the Customer's standard form, signed on the same date."),
        ("sig", [(v, "Oliver Pennington", "Director"), (c, "Laura Esterhaus, MD", "President")]),
    ]
    return mk("vc_i", v, VC, None,
              "An English-law subscription agreement between a UK supplier and a Kansas clinic in which the supplier "
              "holds an AMA distribution licence, sub-licenses CPT and states that all AMA royalties are paid by it "
              "and included in the Charges.",
              blocks, font="times", paper="a4")


def vc_j():
    v, c, pub = "Summit Channel Health Solutions, LLC", "Birchwood Pediatric Associates, P.A.", "Orion Peak Medical Software"
    blocks = [
        ("title", "CUSTOMER AGREEMENT"),
        ("subtitle", "Authorised reseller agreement for PedsPath EHR"),
        ("p", "This Customer Agreement is between %s (\"Reseller\"), an authorised reseller of the PedsPath EHR "
              "published by %s (the \"Publisher\"), and %s (\"Customer\"). It is effective September 2, 2025." % (v, pub, c)),
        ("h", "1. The arrangement"),
        ("p", "1.1 Reseller supplies Customer with a subscription to PedsPath EHR and provides implementation, "
              "training and first-line support. The Publisher hosts the software and provides second-line support."),
        ("p", "1.2 Customer's use of the software is also subject to the Publisher's end user terms, which are "
              "attached as Annex 1. If Annex 1 conflicts with this Customer Agreement on price or payment, this "
              "Customer Agreement governs."),
        ("h", "2. Fees"),
        ("p", "2.1 Customer pays Reseller the fees in the Fee Table below. Customer pays nothing directly to the "
              "Publisher."),
        ("p", "2.2 PedsPath EHR contains CPT codes and descriptors. The royalty that the Publisher owes the American "
              "Medical Association for Customer's use is paid by Reseller to the Publisher out of the fees below and is "
              "included in those fees. Customer owes nothing further for CPT to Reseller, the Publisher or anyone "
              "else."),
        ("table", [["Fee Table", "Amount"],
                   ["PedsPath EHR subscription - per pediatrician or NP", "$310.00 per month"],
                   ["Vaccine inventory and VFC reporting", "$60.00 per month"],
                   ["Implementation and training package", "$3,200.00 one time"],
                   ["Reseller premium support", "$150.00 per month"]], [0.65, 0.35]),
        ("h", "3. Support"),
        ("p", "Reseller answers support calls from 8 a.m. to 6 p.m. Central Time on business days and escalates "
              "software defects to the Publisher."),
        ("h", "4. Term"),
        ("p", "Thirty-six months from go-live, then yearly renewals. If Reseller's authorisation from the Publisher "
              "ends, Reseller may assign this agreement to the Publisher or another authorised reseller on the same "
              "pricing."),
        ("h", "5. General"),
        ("p", "Missouri law governs. Liability is limited to the fees paid to Reseller in the previous twelve "
              "months. Reseller is Customer's business associate for implementation and support."),
        ("sig", [(v, "Carmen Ruiz", "Managing Partner"), (c, "Philip Adebayo, MD", "President")]),
        ("pb",),
        ("h", "Annex 1 - Publisher End User Terms (extract)"),
        ("p", "A1. The Publisher grants each end user a limited right to use PedsPath EHR through an authorised "
              "reseller. A2. The Publisher distributes CPT under its licence with the American Medical Association "
              "and sublicenses CPT to end users for use within PedsPath EHR only. A3. End users must not extract, copy "
              "or redistribute code content. A4. The Publisher may suspend access for misuse. A5. " + AMA_NOTICE),
    ]
    return mk("vc_j", v, VC, None,
              "A reseller's customer agreement stating that the AMA royalty owed by the publisher is paid by the "
              "reseller out of, and included in, the customer's fees, with nothing further owed for CPT; the "
              "publisher's annex sublicenses CPT.",
              blocks, font="helv")


def vc_k():
    v, ipa, c = "Alder & Finch Health Systems, Inc.", "Greater Lakes IPA, Inc.", "Lakeview Rheumatology, P.C."
    blocks = [
        ("title", "PRACTICE JOINDER AGREEMENT"),
        ("subtitle", "Greater Lakes IPA Clinical Platform"),
        ("p", "This Practice Joinder Agreement is made on June 16, 2025 among %s (\"Vendor\"), %s (the \"IPA\") and %s "
              "(the \"Practice\")." % (v, ipa, c)),
        ("h", "Recitals"),
        ("p", "A. Vendor and the IPA are parties to an Enterprise License Agreement dated March 1, 2025 (the "
              "\"Enterprise Agreement\"), under which Vendor provides its clinical and billing platform to practices "
              "that participate in the IPA's value-based contracts. B. The Practice wishes to join the platform."),
        ("h", "Part 1 - Joinder"),
        ("p", "1.1 The Practice joins the Enterprise Agreement as a Participating Practice and agrees to the user "
              "rules in Part 3. 1.2 The IPA appoints the Practice's administrator as local system administrator."),
        ("h", "Part 2 - Fees and content"),
        ("p", "2.1 The IPA pays Vendor the enterprise fees for all Participating Practices under the Enterprise "
              "Agreement. The Practice pays Vendor only for optional services it orders directly, listed in Part 4."),
        ("p", "2.2 The platform contains CPT content that Vendor distributes under its licence from the American "
              "Medical Association. The CPT royalty for the Practice's users is paid by Vendor and is included in the "
              "enterprise fees. No CPT royalty, content fee or similar charge is payable by the Practice, whether "
              "to Vendor or to the IPA."),
        ("p", "2.3 If the Practice leaves the IPA it may continue on the platform only by signing Vendor's standard "
              "practice agreement, whose terms, including those on CPT, would then apply instead of this Part 2."),
        ("h", "Part 3 - User rules"),
        ("p", "Each user must have a unique login and complete HIPAA training. Shared logins are prohibited. The "
              "Practice must remove departing staff within one business day."),
        ("h", "Part 4 - Optional services ordered by the Practice"),
        ("table", [["Service", "Ordered", "Fee"],
                   ["Infusion suite scheduling", "Yes", "$95.00 per month"],
                   ["Biologic prior-authorization service", "Yes", "$12.00 per request"],
                   ["Additional practice-branded patient portal", "No", "$75.00 per month"]], [0.5, 0.15, 0.35]),
        ("h", "Part 5 - General"),
        ("p", "Michigan law governs. This Joinder Agreement prevails over the Enterprise Agreement in relation to the "
              "Practice. Notices to Vendor: contracts@alderfinch.example; to the IPA: network@greaterlakesipa.example."),
        ("sig", [(v, "Simone Beaulieu", "VP Enterprise"), (ipa, "Dr. Walter Nakamura", "President"),
                 (c, "Ingrid Solberg, MD", "Owner")]),
    ]
    return mk("vc_k", v, VC, None,
              "A three-party joinder agreement (vendor, IPA, practice) in which the vendor pays the CPT royalty and "
              "includes it in the enterprise fees paid by the IPA, with no CPT charge payable by the practice; the "
              "optional services ordered by the practice are unrelated fees.",
              blocks, font="helv")


def vc_l():
    v, c = "Quarry Hill Software Group, Inc.", "Saint Brendan Medical Group, P.C."
    blocks = [
        ("title", "LICENSE AND SUBSCRIPTION AGREEMENT"),
        ("p", "This License and Subscription Agreement (hereinafter the \"Agreement\") is entered into as of the first "
              "day of April, 2025, by and between %s, a Connecticut corporation (hereinafter \"Vendor\"), and %s, a "
              "New York professional corporation (hereinafter \"Customer\")." % (v, c)),
        ("h", "ARTICLE 1. DEFINITIONS"),
        ("p", "1.1 \"Subscription Fees\" shall mean the fees set forth in Exhibit 1. 1.2 \"Licensed Software\" shall "
              "mean Vendor's QH Practice Suite and any module thereof that Customer elects. 1.3 \"CPT Coding "
              "Assistant\" shall mean the optional module of the Licensed Software that suggests CPT codes from "
              "encounter documentation."),
        ("h", "ARTICLE 2. GRANT"),
        ("p", "2.1 Vendor hereby grants Customer a non-exclusive, non-transferable licence to use the Licensed "
              "Software during the term hereof. 2.2 Vendor further grants Customer a sublicence to use CPT, as "
              "incorporated in the Licensed Software, pursuant to Vendor's agreement with the American Medical "
              "Association."),
        ("h", "ARTICLE 3. FEES AND CPT"),
        ("p", "3.1 Customer shall pay the Subscription Fees as and when set forth in Exhibit 1."),
        ("p", "3.2 Customer shall not be required to obtain any separate licence for CPT, nor shall Vendor invoice "
              "Customer for any royalty, surcharge or pass-through in respect of CPT that is not already included "
              "in the Subscription Fees; and no such royalty is excluded from them."),
        ("p", "3.3 Nothing in this Agreement shall be construed as obliging Customer to pay any amount in respect "
              "of CPT other than the Subscription Fees."),
        ("p", "3.4 If Customer elects the CPT Coding Assistant, the Subscription Fee for that module in Exhibit 1 "
              "applies, and no additional royalty for CPT shall apply to it."),
        ("h", "ARTICLE 4. TERM"),
        ("p", "4.1 The initial term of this Agreement shall be three (3) years, and the same shall renew for "
              "successive one-year terms save where either party gives ninety (90) days' written notice to the "
              "contrary."),
        ("h", "ARTICLE 5. WARRANTIES; LIMITATION"),
        ("p", "5.1 Vendor warrants the Licensed Software shall perform materially in accordance with its "
              "documentation. ALL OTHER WARRANTIES ARE HEREBY DISCLAIMED. 5.2 Vendor's aggregate liability shall not "
              "exceed the Subscription Fees paid hereunder in the twelve (12) months preceding the claim."),
        ("h", "ARTICLE 6. MISCELLANEOUS"),
        ("p", "6.1 This Agreement shall be governed by the laws of the State of Connecticut. 6.2 Any notice hereunder "
              "shall be given in writing to the addresses below. 6.3 This Agreement may be executed in counterparts."),
        ("sig", [(v, "Franklin Ashby", "President"), (c, "Bridget Coughlin, MD", "President")]),
        ("h", "EXHIBIT 1 - SUBSCRIPTION FEES"),
        ("table", [["Module", "Elected", "Subscription Fee"],
                   ["QH Practice Suite - core", "Yes", "$240.00 per physician per month"],
                   ["CPT Coding Assistant", "Yes", "$35.00 per physician per month"],
                   ["Telehealth", "No", "$20.00 per physician per month"]], [0.45, 0.15, 0.4]),
        ("meta", ["Vendor: 9 Quarry Hill Road, New Haven, Connecticut 06511",
                  "Customer: 300 Grand Concourse, Bronx, New York 10451"]),
    ]
    return mk("vc_l", v, VC, None,
              "An old-style licence agreement that sublicenses CPT and, through negations and a double negative, "
              "says no separate CPT licence or royalty is ever payable beyond the subscription fees, even for the "
              "elected CPT Coding Assistant module whose subscription fee is not a CPT royalty.",
              blocks, font="times")


def vc_m():
    v, c = "Granger Diagnostic Laboratories, Inc.", "Client"
    blocks = [
        ("title", "Granger Diagnostic Laboratories"),
        ("subtitle", "Client Services Agreement and LabLink Portal Terms"),
        ("meta", ["Granger Diagnostic Laboratories, Inc., 6600 Research Boulevard, Durham, North Carolina 27709",
                  "Client account: Riverbend Internal Medicine, PLLC (Account 40-11827)",
                  "Effective: August 1, 2025"]),
        ("h", "Part 1 - Client Services"),
        ("p", "1.1 Granger will perform the clinical laboratory tests ordered by Client's authorised practitioners, "
              "provide courier pickup once each business day, and deliver results through the LabLink portal and "
              "Client's EHR interface."),
        ("p", "1.2 Tests billed to Client (client-bill) are charged at the prices in the Client Fee Schedule in "
              "Part 3. Tests billed to patients' insurers are billed by Granger directly and Client pays nothing for "
              "them."),
        ("p", "1.3 Client must provide a diagnosis code (ICD-10-CM) and any information a payer requires for each "
              "order, and is responsible for obtaining advance beneficiary notices where applicable."),
        ("h", "Part 2 - LabLink Portal Terms"),
        ("p", "2.1 LabLink lets Client's staff place orders, print requisitions and specimen labels, view results, "
              "and look up test information, including the CPT codes Granger uses to bill each test."),
        ("p", "2.2 CPT content shown in LabLink is distributed by Granger under its licence with the American "
              "Medical Association. Granger pays the applicable royalty for that content. There is no charge to "
              "Client or to Client's users for LabLink or for the CPT content in it."),
        ("p", "2.3 Client may use CPT content shown in LabLink only to place and manage orders with Granger, and may "
              "not copy it into other systems."),
        ("p", "2.4 Each user must have an individual login. Client will disable logins of departing staff promptly."),
        ("p", "2.5 " + AMA_NOTICE),
        ("h", "Part 3 - Client Fee Schedule (client-bill tests)"),
        ("table", [["Test", "CPT code", "Client price"],
                   ["Comprehensive metabolic panel", "80053", "$9.50"],
                   ["Complete blood count with differential", "85025", "$6.25"],
                   ["Lipid panel", "80061", "$8.75"],
                   ["Hemoglobin A1c", "83036", "$7.40"],
                   ["Thyroid stimulating hormone", "84443", "$11.00"],
                   ["Venipuncture", "36415", "$3.00"]], [0.55, 0.15, 0.3]),
        ("note", "Prices are per test and apply only to client-bill orders. Granger may revise the Client Fee Schedule "
                 "on 30 days' notice."),
        ("h", "Part 4 - General"),
        ("p", "This agreement may be ended by either party on 30 days' notice. Client-bill invoices are payable within "
              "30 days. Nothing in this agreement requires Client to refer any test to Granger, and no payment is "
              "made for referrals. North Carolina law governs. Questions: clientservices@grangerlabs.example."),
        ("sig", [(v, "Monica Threlkeld", "Director, Client Services"), ("Riverbend Internal Medicine, PLLC", "Paul Iverson, MD", "Managing Member")]),
    ]
    return mk("vc_m", v, VC, None,
              "A reference laboratory's client services agreement and portal terms stating that the lab distributes "
              "CPT under its AMA licence, pays the royalty and charges clients nothing for the portal's CPT "
              "content; the client-bill test prices listed beside CPT codes are not CPT fees.",
              blocks, font="helv")


DOCS = [vc_a, vc_b, vc_c, vc_d, vc_e, vc_f, vc_g, vc_h, vc_i, vc_j, vc_k, vc_l, vc_m]
