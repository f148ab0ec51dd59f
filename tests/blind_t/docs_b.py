"""blind_t documents, group B: vendor's price includes the CPT licence (vendor_covers)."""
import sys

sys.dont_write_bytecode = True

from common import (boiler_confidentiality, boiler_hipaa, boiler_law,
                    boiler_liability, boiler_misc, boiler_term, doc, sig)

DOCS = []


def add(d):
    DOCS.append(d)
    return d


# B1 -- dense EULA, vendor is called "Provider"; clause buried in third-party content
V = "Halvorsen Medical Software, Inc."
add(doc(
    "vc_dense_eula_provider_vendor", V, "vendor_covers", None,
    "Dense end-user licence in which the software vendor is called \"Provider\" and, deep in "
    "an article on third-party content, states that it pays the AMA royalty for the "
    "subscriber's users and that the royalty is included in the Subscription Fees; the $79 "
    "per-user monthly price is the subscription, not a CPT fee.",
    [
        ("center", "<b>HALVORSEN CLINIC SUITE<br/>END USER LICENSE AND SUBSCRIPTION AGREEMENT</b>"),
        ("small", "READ CAREFULLY. THIS AGREEMENT IS BETWEEN %s (\"PROVIDER\") AND THE ENTITY "
                  "IDENTIFIED ON THE ORDER (\"SUBSCRIBER\"). BY SIGNING THE ORDER OR USING THE "
                  "SOFTWARE, SUBSCRIBER AGREES TO THESE TERMS. IF SUBSCRIBER DOES NOT AGREE, IT "
                  "MUST NOT USE THE SOFTWARE." % V.upper()),
        ("h2", "1. Definitions"),
        ("p", "\"Authorized User\" means an employee or individual contractor of Subscriber "
              "whom Subscriber permits to use the Software. \"Documentation\" means Provider's "
              "user guides and release notes. \"Fees\" means the Subscription Fees and any "
              "Services Fees stated in an Order. \"Order\" means an ordering document signed by "
              "both parties. \"Software\" means the Halvorsen Clinic Suite, in object code, "
              "hosted by Provider, including updates. \"Third-Party Content\" means data, code "
              "sets, drug databases, clinical rules and other content owned by persons other "
              "than Provider and included in the Software."),
        ("h2", "2. License grant and restrictions"),
        ("p", "2.1 Subject to payment of the Fees, Provider grants Subscriber a non-exclusive, "
              "non-transferable, non-sublicensable right during the Subscription Term for "
              "Authorized Users to access and use the Software for Subscriber's internal "
              "business operations in the United States. 2.2 Subscriber shall not, and shall not "
              "permit anyone to: copy, frame or mirror the Software; modify, translate or make "
              "derivative works of it; decompile or reverse engineer it except as law expressly "
              "permits; rent, lease or provide it as a service bureau; remove proprietary "
              "notices; or access it to build a competing product. 2.3 Provider may suspend "
              "access that threatens the security or integrity of the Software, with notice as "
              "soon as practicable."),
        ("h2", "3. Subscriber responsibilities"),
        ("p", "Subscriber is responsible for its Authorized Users, for the accuracy of data "
              "they enter, for clinical decisions made using the Software, for its own internet "
              "connectivity and devices, and for maintaining its own professional licences and "
              "payer enrollments. Subscriber shall promptly notify Provider of any unauthorized "
              "use of credentials."),
        ("h2", "4. Fees"),
        ("p", "4.1 Subscription Fees are seventy-nine dollars ($79.00) per Authorized User per "
              "month unless an Order states otherwise, invoiced monthly in advance. 4.2 Provider "
              "may change the Subscription Fees on the anniversary of the Order by giving sixty "
              "days' notice; increases shall not exceed six percent in any year. 4.3 Fees are "
              "exclusive of taxes. 4.4 Unpaid amounts more than thirty days overdue bear a late "
              "charge of one and one-half percent per month, and Provider may suspend access "
              "after ten days' further notice."),
        ("h2", "5. Support and service levels"),
        ("p", "Provider will provide telephone and ticket support from 7:00 a.m. to 8:00 p.m. "
              "Central time on business days, and will use commercially reasonable efforts to "
              "achieve 99.7% monthly availability, excluding scheduled maintenance. Service "
              "credits are Subscriber's sole remedy for unavailability."),
        ("h2", "6. Data"),
        ("p", "6.1 Subscriber owns its data. Provider will process it only to provide the "
              "Software and as required by law. 6.2 " + boiler_hipaa(1) + " 6.3 On expiry "
              "Provider will provide an export of Subscriber's data in a standard format on "
              "request made within sixty days."),
        ("h2", "7. Warranties and disclaimers"),
        ("p", "Provider warrants that the Software will perform materially as described in the "
              "Documentation. OTHERWISE THE SOFTWARE IS PROVIDED \"AS IS\". PROVIDER DOES NOT "
              "WARRANT THAT IT IS ERROR-FREE OR THAT THIRD-PARTY CONTENT IS COMPLETE OR CURRENT. "
              "THE SOFTWARE DOES NOT PROVIDE MEDICAL ADVICE."),
        ("h2", "8. Intellectual property"),
        ("p", "Provider and its licensors own the Software, the Documentation and Third-Party "
              "Content. No rights are granted except as expressly stated. Suggestions Subscriber "
              "provides may be used by Provider without obligation."),
        ("h2", "9. Confidentiality"),
        ("p", boiler_confidentiality("Provider", "Subscriber", 1)),
        ("h2", "10. Indemnification"),
        ("p", "Provider shall defend Subscriber against third-party claims that the Software "
              "infringes intellectual property rights and pay resulting judgments and "
              "settlements, except to the extent a claim arises from Subscriber's modifications "
              "or combinations. If the Software becomes subject to such a claim Provider may "
              "modify it, procure continued rights, or terminate and refund prepaid Fees."),
        ("h2", "11. Limitation of liability"),
        ("p", boiler_liability(0)),
        ("h2", "12. Term"),
        ("p", boiler_term(0)),
        ("h2", "13. Export, government users"),
        ("p", "Subscriber shall comply with U.S. export laws. The Software and Documentation "
              "are commercial computer software and commercial computer software documentation, "
              "and U.S. Government rights are only those granted to all other end users."),
        ("h2", "14. Third-Party Content"),
        ("p", "14.1 Third-Party Content is licensed to Subscriber on the terms its owners "
              "require, which are summarized in this Section and prevail over Section 2 as to "
              "that content. 14.2 Drug and allergy content is licensed from Provider's clinical "
              "content supplier and may be used only within the Software. 14.3 The Software "
              "includes Current Procedural Terminology (CPT&reg;) codes, descriptions and other "
              "data owned by the American Medical Association (\"AMA\"). Provider is party to a "
              "distribution license agreement with the AMA and sublicenses CPT to Subscriber "
              "for internal use by Authorized Users within the Software only. The royalty "
              "payable to the AMA in respect of Subscriber's Authorized Users is borne by "
              "Provider and is included in the Subscription Fees; Provider shall make no "
              "separate or additional charge to Subscriber for CPT during the Subscription "
              "Term or any renewal. 14.4 Subscriber shall not copy CPT out of the Software, "
              "publish it, or make it available to any affiliate or other legal entity. The "
              "sublicense in Section 14.3 ends if Provider's agreement with the AMA ends, unless "
              "the AMA consents otherwise or Subscriber obtains a direct license. CPT only "
              "copyright 2025 American Medical Association. All rights reserved. The AMA does "
              "not directly or indirectly practice medicine or dispense medical services. "
              "14.5 ICD-10-CM and HCPCS Level II code sets are public domain works of the U.S. "
              "Government and are supplied without charge."),
        ("h2", "15. General"),
        ("p", boiler_law("Minnesota", 0) + " " + boiler_misc(0) + " " + boiler_misc(1)),
        ("small", "Halvorsen Medical Software, Inc. &middot; 5120 Tamarack Loop, Suite 40, "
                  "Granholm Lakes, MN 55990 &middot; legal@halvorsenmed.example"),
    ],
    family="times", size=8.5, justify=True, footer="Halvorsen Clinic Suite EULA rev. 11/2025",
    page_label="{n}"))


# B2 -- order form, zebra table, CPT row $0.00 included ------------------------
V = "Penrose Digital Health Corp."
add(doc(
    "vc_order_zero_row", V, "vendor_covers", None,
    "Order form with a zebra-striped price table in which the AMA CPT code set licence row is "
    "$0.00 and marked included, with a note that the vendor pays the AMA royalty; the "
    "per-provider subscription and the per-claim clearinghouse price are not CPT fees.",
    [
        ("title", "Penrose Digital Health"),
        ("subtitle", "Order Form &middot; Renewal and Expansion &middot; PDH-ORD-55102"),
        ("kv", [("Vendor", V + ", 225 Gantry Row, Millbrook Point, NC 27990"),
                ("Customer", "Tallowmere Pediatric Associates, P.A."),
                ("Start date", "1 April 2026"),
                ("Term", "24 months"),
                ("Customer contact", "Oyelaran Fitch, Director of Operations")]),
        ("table", [
            ["Product / service", "Quantity", "Unit", "Price", "Notes"],
            ["Penrose EHR, pediatric edition", "7", "provider / month", "$349.00", "See Note 1"],
            ["Penrose PM and billing", "7", "provider / month", "$119.00", ""],
            ["CPT&reg; code set licence (AMA)", "9", "users", "$0.00",
             "Included in subscription; see Note 3"],
            ["ICD-10-CM / HCPCS Level II updates", "all", "users", "$0.00", "Included"],
            ["Vaccine registry interface", "1", "practice / month", "$65.00", ""],
            ["Claims clearinghouse", "est. 1,900", "per claim", "$0.24", "Billed in arrears"],
            ["Onboarding for new providers", "2", "one-time", "$750.00", ""],
        ], {"style": "zebra", "widths": [2.4, 0.8, 1.2, 0.8, 1.8], "right": [3]}),
        ("h2", "Notes"),
        ("num", [
            "Provider counts are based on rendering providers with a National Provider "
            "Identifier. Non-provider staff log-ins are unlimited.",
            "Subscription prices are fixed for the term. Clearinghouse pricing may change on 60 "
            "days' notice.",
            "Penrose is an authorized distributor of CPT under an agreement with the American "
            "Medical Association. Penrose pays the AMA royalty for every user of CPT in the "
            "Penrose EHR and PM, and that royalty is part of the subscription prices above. The "
            "user quantity on the CPT row is shown because Penrose reports user counts to the "
            "AMA; it does not create a charge.",
            "This Order Form is governed by the Penrose Customer Agreement dated 1 April 2024.",
        ]),
        ("small", "CPT is a registered trademark of the American Medical Association."),
        sig(V, "Tallowmere Pediatric Associates, P.A.", ("Sunniva Albright", "Contracts Manager"),
            ("Oyelaran Fitch", "Director of Operations")),
    ],
    family="helv", size=9.5, title_align="center", footer="PDH-ORD-55102"))


# B3 -- chatty FAQ; vendor covers, mentions others' fees for comparison --------
V = "Sprocketwell Health, Inc."
add(doc(
    "vc_chatty_faq", V, "vendor_covers", None,
    "Very plain, chatty FAQ post in which the vendor says it pays the AMA royalty itself as "
    "part of every plan and will not add an AMA fee line; other vendors' $20 fees and the "
    "$99 plan price are mentioned only as context.",
    [
        ("title", "\"Do you charge an AMA fee?\" (and other stuff people keep asking us)"),
        ("small", "Posted by the team at Sprocketwell &middot; 9 February 2026"),
        ("p", "A bunch of you have emailed after hearing from friends that their EHR just "
              "added a yearly \"AMA fee\" of twenty-ish dollars per clinician. Fair question. "
              "Here's the deal for Sprocketwell, in plain English."),
        ("h2", "So do you charge one?"),
        ("p", "Nope. We don't, and we're not planning to."),
        ("h2", "But the AMA does charge for CPT codes, right?"),
        ("p", "Right. The American Medical Association owns CPT, and any app that shows CPT "
              "codes has to pay them a royalty for each person using it. We have a licence "
              "with the AMA and we pay that royalty ourselves. It's baked into your plan price. "
              "You won't see a separate line for it, now or at renewal."),
        ("h2", "What does my plan cost then?"),
        ("p", "Same as before: $99 per clinician per month on Standard, $139 on Plus. That's "
              "the whole thing for software. Card fees for patient payments are separate and "
              "come from our payments partner."),
        ("h2", "Why are other companies charging it?"),
        ("p", "We can't speak for them. Some pass the royalty straight through, often with a "
              "processing charge on top. We decided it's simpler to just include it."),
        ("h2", "Do my front desk people count?"),
        ("p", "For the AMA's counting, yes, anyone who works with the codes counts as a user. "
              "We report those numbers to the AMA and pay for them. You don't need to do "
              "anything."),
        ("h2", "Do I need my own AMA licence for Sprocketwell?"),
        ("p", "No. Our licence covers you inside Sprocketwell. If you use other software that "
              "shows CPT codes, that's between you and that company."),
        ("h2", "Where's this written down?"),
        ("p", "Section 8 of our Terms of Service (sprocketwell.example/terms) says the same "
              "thing in lawyer-speak: the AMA royalty for your use of CPT inside Sprocketwell is "
              "included in your subscription fee. The company behind all this is %s, in case "
              "your accountant asks." % V),
        ("hr",),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
    family="helv", size=10.5, footer="sprocketwell.example/blog/ama-fee", page_label=""))


# B4 -- double negative ------------------------------------------------------
V = "Calloway-Briggs Health Data, LLC"
add(doc(
    "vc_double_negative", V, "vendor_covers", None,
    "Subscription terms whose CPT clause is phrased as a double negative (nothing shall be "
    "construed as not including the AMA royalties within the Fees) followed by a promise "
    "not to invoice any such royalty, so the vendor covers CPT.",
    [
        ("title", "Calloway-Briggs Health Data"),
        ("subtitle", "Schedule C to the Subscription Agreement: Coding and Reference Content"),
        ("p", "This Schedule is part of the Subscription Agreement between <b>%s</b> "
              "(\"Vendor\") and Dunleavy Spine &amp; Pain Institute, LLC (\"Customer\") dated "
              "12 January 2026. Capitalized terms have the meanings given in the Subscription "
              "Agreement." % V),
        ("h2", "C.1 Content included"),
        ("p", "The Platform includes the following reference content (\"Content\"): (a) CPT "
              "codes, descriptors, modifiers and guidelines of the American Medical "
              "Association (\"CPT Content\"); (b) HCPCS Level II codes; (c) ICD-10-CM and "
              "ICD-10-PCS code sets; (d) National Correct Coding Initiative edits; and (e) "
              "Vendor's own payer rule library."),
        ("h2", "C.2 Vendor's licence"),
        ("p", "Vendor represents that it is, and throughout the Term will remain, an "
              "authorized distributor of CPT Content under a written agreement with the "
              "American Medical Association, and that the sublicence granted in C.3 is "
              "permitted by that agreement."),
        ("h2", "C.3 Sublicence"),
        ("p", "Vendor grants Customer a non-exclusive, non-transferable sublicence for its "
              "Users to use CPT Content within the Platform for Customer's internal purposes in "
              "the United States. Customer shall not extract, publish, sell or provide CPT "
              "Content to any third party or affiliate."),
        ("h2", "C.4 Royalties"),
        ("p", "Nothing in the Subscription Agreement, any Order or this Schedule shall be "
              "construed as not including, within the Fees, the royalties payable to the "
              "American Medical Association for Customer's use of CPT Content, and Vendor shall "
              "not invoice Customer for any such royalty, whether as a separate line item, a "
              "surcharge or an adjustment to the Fees. Vendor shall not be relieved of this "
              "obligation by any change in the royalty the AMA charges Vendor."),
        ("h2", "C.5 Reporting"),
        ("p", "Customer shall, on reasonable request and no more than twice a year, confirm to "
              "Vendor the number of individuals who use the Platform, so that Vendor can report "
              "to the AMA. Customer consents to Vendor disclosing Customer's name and user count "
              "to the AMA for that purpose only."),
        ("h2", "C.6 Disclaimers required by the AMA"),
        ("small", "CPT is provided \"as is\" without warranty of any kind. The AMA does not "
                  "directly or indirectly practice medicine or dispense medical services. The "
                  "AMA assumes no liability for data contained or not contained in CPT. Fee "
                  "schedules, relative value units, conversion factors and related components "
                  "are not assigned by the AMA and are not part of CPT. CPT only copyright 2025 "
                  "American Medical Association. All rights reserved."),
        ("h2", "C.7 Other Content"),
        ("p", "HCPCS Level II, ICD-10 and NCCI edits are supplied as published by federal "
              "agencies. Vendor's payer rule library is Vendor's confidential information. "
              "Vendor may update any Content at any time to reflect official releases."),
        ("p", "Agreed by the parties as part of the Subscription Agreement."),
        sig(V, "Dunleavy Spine &amp; Pain Institute, LLC", ("Harlan Oduya", "Chief Revenue Officer"),
            ("Mireille Castanet", "Administrator")),
    ],
    family="times", size=10.5, justify=True, footer="Calloway-Briggs - Schedule C (Coding Content)"))


# B5 -- clearinghouse agreement; Provider = practice; royalty inside transaction fees
V = "Tidewell Claims Exchange, Inc."
add(doc(
    "vc_clearinghouse_included", V, "vendor_covers", None,
    "Clearinghouse services agreement in which the practice is \"Provider\"; per-claim, ERA "
    "and eligibility prices are transaction fees, and a code-content clause says the "
    "clearinghouse's AMA licence covers Provider's portal users with the royalty included in "
    "those fees and no separate CPT billing.",
    [
        ("title", "Clearinghouse Services Agreement"),
        ("p", "Between <b>%s</b> (\"Clearinghouse\"), 910 Sluice Gate Drive, Ardmoor, TN "
              "37990, and the health care provider signing below (\"Provider\")." % V),
        ("h", "1. Services"),
        ("p", "Clearinghouse will receive Provider's claims in ANSI X12 837 format or through "
              "its web portal, edit them against payer-specific rules, forward them to payers, "
              "return acknowledgments and reports, and deliver electronic remittance advice "
              "(835) and eligibility responses (271). Clearinghouse acts as Provider's "
              "clearinghouse within the meaning of HIPAA."),
        ("h", "2. Provider obligations"),
        ("p", "Provider shall ensure that claims it submits are accurate and supported by "
              "documentation, shall complete payer enrollment forms needed for electronic "
              "transactions, and shall keep its portal credentials secure."),
        ("h", "3. Fees"),
        ("table", [
            ["Transaction", "Price", "Minimum"],
            ["Professional claim (837P), any payer", "$0.29 per claim", "$45.00 per month"],
            ["Institutional claim (837I)", "$0.39 per claim", "none"],
            ["Electronic remittance (835)", "$0.10 per remittance file", "none"],
            ["Real-time eligibility (270/271)", "$0.15 per inquiry", "none"],
            ["Paper claim drop-to-print", "$0.85 per claim", "none"],
            ["Portal access", "included", "unlimited users"],
        ], {"style": "grid", "widths": [3, 1.8, 1.6]}),
        ("p", "Fees are invoiced monthly in arrears and debited by ACH on the fifteenth."),
        ("h", "4. Code content"),
        ("p", "Clearinghouse's claim editor and portal display CPT codes and descriptors owned "
              "by the American Medical Association, together with HCPCS Level II and ICD-10-CM "
              "codes. Clearinghouse holds a distribution licence from the AMA that covers "
              "Provider's individual users of the portal and claim editor. The AMA royalty for "
              "those users is included in the transaction fees in Section 3, and Clearinghouse "
              "will not bill Provider separately for CPT. The licence covers use within "
              "Clearinghouse's services only; it does not extend to Provider's practice "
              "management or EHR software from other suppliers."),
        ("h", "5. Term and termination"),
        ("p", boiler_term(1)),
        ("h", "6. Privacy and security"),
        ("p", boiler_hipaa(2)),
        ("h", "7. Limitation of liability"),
        ("p", boiler_liability(2)),
        ("h", "8. General"),
        ("p", boiler_law("Tennessee", 0) + " " + boiler_misc(1)),
        sig(V, "Provider: Ravensworth Internal Medicine Group, PLLC",
            ("Cordelia Amunategui", "VP, Provider Services"), ("Dr. Ines Wakefield", "Owner")),
    ],
    family="helv", size=9.5, heading="bold", footer="Tidewell Claims Exchange - CSA-2026"))


# B6 -- side letter waiving an earlier pass-through ------------------------------
V = "Merriweather Ochoa Systems, Inc."
add(doc(
    "vc_side_letter_waiver", V, "vendor_covers", None,
    "Side letter that waives the $18.00 per user per year CPT Content Fee of an earlier order "
    "form from 1 March 2026 and states that the vendor will bear the AMA royalty itself, so "
    "the current term is vendor_covers.",
    [
        ("p", "<b>%s</b><br/>1800 Pell Street<br/>Sorrento Flats, CA 94990" % V),
        ("p", "24 February 2026"),
        ("p", "By e-mail and courier<br/>Anneliese Brightwater-Moss<br/>Chief Executive<br/>"
              "Coldharbour Community Health Center, Inc.<br/>44 Dray Lane<br/>Sorrento Flats, "
              "CA 94992"),
        ("p", "<b>Side letter: CPT Content Fee under Order Form 3</b>"),
        ("p", "Dear Ms. Brightwater-Moss,"),
        ("p", "This letter records what we agreed on our call of 19 February."),
        ("p", "Under Order Form 3 dated 2 May 2024 (the \"Order\"), line 4, your organization "
              "currently pays a \"CPT Content Fee\" of $18.00 per user per year, which we have "
              "been collecting to cover the royalty we owe the American Medical Association for "
              "CPT codes in the Merriweather Ochoa EHR."),
        ("p", "With effect from 1 March 2026, and for the rest of the term of the Order and any "
              "renewal of it, that fee is waived. We will bear the AMA royalty for your users "
              "ourselves as part of the subscription fees you already pay, and we will not "
              "invoice you for CPT in any form. Line 4 of the Order is deleted. The 2026 CPT "
              "Content Fee you paid in January will be credited pro rata against your April "
              "invoice."),
        ("p", "You will still need to confirm your user count to us each January so that we can "
              "report it to the AMA, as Section 9.4 of our Master Agreement requires. Nothing "
              "else in the Order or the Master Agreement changes."),
        ("p", "Please countersign below to confirm that this letter reflects our agreement."),
        ("p", "Yours sincerely,"),
        ("p", "Teodora Villaseñor<br/>Senior Vice President, Client Relations<br/>%s" % V),
        ("hr",),
        ("p", "Agreed for Coldharbour Community Health Center, Inc.<br/><br/>"
              "Signature: ______________________ Name: Anneliese Brightwater-Moss "
              "Date: ____________"),
    ],
    family="times", size=11, footer=""))


# B7 -- hospital affiliate EHR access agreement ---------------------------------
V = "Saint Aldric Regional Medical Center, Inc."
add(doc(
    "vc_hospital_affiliate", V, "vendor_covers", None,
    "Hospital community-connect agreement in which the hospital extends its EHR instance to "
    "an affiliated practice and states that its enterprise agreement covers the CPT "
    "sublicence for affiliate users at the hospital's cost; the $150 per-provider monthly "
    "access fee contains no CPT component.",
    [
        ("center", "<b>COMMUNITY CONNECT ELECTRONIC HEALTH RECORD ACCESS AGREEMENT</b>"),
        ("p", "This Agreement is made as of 1 May 2026 between <b>%s</b>, a nonprofit "
              "corporation (\"Hospital\"), and Vireo Hollow Family Practice, P.C. "
              "(\"Affiliate\")." % V),
        ("p", "<b>Recitals.</b> Hospital licenses an enterprise electronic health record "
              "system from a commercial supplier (the \"EHR Supplier\") and operates a single "
              "instance of it (the \"Hospital Instance\"). Hospital wishes to make the Hospital "
              "Instance available to independent community physicians to promote coordinated "
              "care, on terms intended to satisfy the electronic health records exception and "
              "safe harbor under federal law."),
        ("h2", "1. Access"),
        ("p", "Hospital will give Affiliate's physicians and staff (\"Affiliate Users\") "
              "access to the ambulatory modules of the Hospital Instance, including "
              "scheduling, documentation, orders, results and professional billing. Access is "
              "not conditioned on referrals, and Affiliate may refer patients to any "
              "facility."),
        ("h2", "2. Access Fee"),
        ("p", "Affiliate shall pay Hospital the Access Fee set out in Exhibit A, which "
              "represents at least fifteen percent of Hospital's cost of providing access, as "
              "federal law requires. Hospital will not finance or forgive any part of the "
              "Access Fee."),
        ("h2", "3. Third-party licences"),
        ("p", "3.1 The Hospital Instance contains content licensed by the EHR Supplier from "
              "third parties, including CPT codes and descriptors of the American Medical "
              "Association. Hospital's enterprise agreement with the EHR Supplier includes the "
              "CPT distribution sublicence for every user of the Hospital Instance, including "
              "Affiliate Users."),
        ("p", "3.2 Hospital bears the cost of that sublicence for Affiliate Users as part of "
              "its cost of providing access. The Access Fee in Exhibit A contains no component "
              "for CPT, and Hospital will not charge Affiliate for CPT separately. Affiliate "
              "Users shall comply with the CPT end user terms displayed at log-in."),
        ("p", "3.3 Affiliate shall give Hospital, by 10 January each year, a list of its "
              "Affiliate Users so that Hospital can meet its reporting obligations to the EHR "
              "Supplier."),
        ("h2", "4. Privacy, security and records"),
        ("p", boiler_hipaa(0) + " Affiliate remains the owner of its patients' records for "
              "purposes of state law and may obtain a copy on termination."),
        ("h2", "5. Term"),
        ("p", boiler_term(2)),
        ("h2", "6. General"),
        ("p", boiler_law("Ohio", 1) + " " + boiler_misc(0)),
        ("h2", "Exhibit A. Access Fee"),
        ("table", [["Component", "Amount"],
                   ["Per Affiliate physician or advanced practice clinician, per month", "$150.00"],
                   ["Per Affiliate non-clinician user, per month", "$0.00"],
                   ["One-time implementation contribution", "$2,400.00"]],
         {"style": "lines", "widths": [4.5, 1.2], "right": [1]}),
        sig(V, "Vireo Hollow Family Practice, P.C.", ("Bartholomew Quaye", "Chief Information Officer"),
            ("Dr. Lucinda Farrow", "President")),
    ],
    family="times", size=10, justify=True, footer="Saint Aldric Community Connect Agreement"))


# B8 -- MSO services agreement; management fee inclusive of CPT royalty ----------
V = "Okonkwo-Reyes Management Services, LLC"
add(doc(
    "vc_mso_inclusive_fee", V, "vendor_covers", None,
    "Management services agreement in which the MSO supplies the practice's PM and EHR "
    "systems and states that its management fee includes all software and content licence "
    "costs, expressly including the AMA royalty for CPT, with no separate licence fee; the "
    "6% of collections and $2,000 monthly amounts are the management fee.",
    [
        ("title", "Management Services Agreement"),
        ("p", "This Management Services Agreement (\"Agreement\") is between <b>%s</b> "
              "(\"MSO\") and Delacorte Valley Orthopaedics, P.C. (\"Practice\"), effective 1 "
              "June 2026." % V),
        ("h2", "Article 1. Engagement"),
        ("p", "Practice engages MSO as its exclusive manager of non-clinical business "
              "operations. Practice retains sole authority over all clinical matters, "
              "including diagnosis, treatment, coding judgments, referrals and the hiring of "
              "licensed professionals. MSO shall not interfere with the independent medical "
              "judgment of Practice's physicians."),
        ("h2", "Article 2. Services"),
        ("p", "MSO shall provide: (a) billing and collection; (b) payer contracting support; "
              "(c) human resources administration for non-clinical staff; (d) accounting and "
              "financial reporting; (e) facilities and purchasing; and (f) the information "
              "systems described in Article 3."),
        ("h2", "Article 3. Practice Systems"),
        ("p", "3.1 MSO shall furnish, host and support a practice management system, an "
              "electronic health record system and a patient engagement platform (the "
              "\"Practice Systems\"), licensed by MSO from its suppliers for use by Practice. "
              "3.2 The Practice Systems include CPT codes and descriptors of the American "
              "Medical Association, licensed to MSO's suppliers under their distribution "
              "agreements with the AMA and sublicensed through MSO to Practice for internal use "
              "only."),
        ("h2", "Article 4. Management Fee"),
        ("p", "4.1 Practice shall pay MSO a management fee equal to six percent (6%) of "
              "Practice's net collections plus two thousand dollars ($2,000) per month (the "
              "\"Management Fee\"), which the parties have determined to be consistent with fair "
              "market value for the Services."),
        ("p", "4.2 The Management Fee is inclusive of all software, hosting and content "
              "licence costs MSO incurs in providing the Practice Systems, including the "
              "royalty payable to the AMA for CPT content used by Practice's personnel. MSO "
              "shall not charge Practice any separate licence, royalty or content fee for the "
              "Practice Systems."),
        ("p", "4.3 The Management Fee shall be reconciled quarterly against actual net "
              "collections and is payable within fifteen days of each reconciliation."),
        ("h2", "Article 5. Records and compliance"),
        ("p", boiler_hipaa(1) + " MSO shall maintain a compliance program and shall cooperate "
              "with any audit of Practice by a payer or governmental authority."),
        ("h2", "Article 6. Term and termination"),
        ("p", boiler_term(0)),
        ("h2", "Article 7. Miscellaneous"),
        ("p", boiler_liability(1) + " " + boiler_law("Arizona", 2)),
        sig(V, "Delacorte Valley Orthopaedics, P.C.", ("Chidinma Okonkwo-Reyes", "Managing Member"),
            ("Dr. Raymond Ashcombe", "President")),
    ],
    family="helv", size=9.5, heading="bold", justify=True, footer="MSA - Okonkwo-Reyes / Delacorte Valley"))


# B9 -- support e-mail; AMA direct price quoted only for comparison --------------
V = "Fairmount Lark Health Apps, Inc."
add(doc(
    "vc_support_email_ama_compare", V, "vendor_covers", None,
    "Support e-mail replying to a practice that found the AMA's direct internal-use prices "
    "online: the vendor says the practice's plan includes CPT licensing, that it is an AMA "
    "distributor paying the royalty for the practice's users, and that the AMA prices apply "
    "only to direct licensees.",
    [
        ("mail", [("From", "Support - Fairmount Lark &lt;help@fairmountlark.example&gt;"),
                  ("To", "Gwendolyn Pryce-Adair &lt;gpa@harrowfieldent.example&gt;"),
                  ("Date", "Thu, 22 January 2026 11:42 -0700"),
                  ("Subject", "Re: Ticket #48813 - Do we owe the AMA $18.50 per person?")]),
        ("p", "Hello Gwendolyn,"),
        ("p", "Thanks for reaching out, and good question, since a lot of practices are seeing "
              "those AMA numbers this month."),
        ("p", "The figures you found on the AMA's site (an entity fee plus $18.50 per user per "
              "year) are the prices the AMA charges organizations that license CPT directly "
              "from it for their own internal systems. They don't apply to your use of CPT "
              "inside our product."),
        ("p", "Your practice is on the Professional plan, and the Professional plan includes "
              "CPT licensing. Fairmount Lark is an AMA-authorized distributor: we hold the "
              "licence, we count your users, and we pay the AMA royalty for them out of your "
              "subscription. There's no CPT line on your invoice and there won't be one. You "
              "don't need to buy anything from the AMA for Fairmount Lark."),
        ("p", "Two small caveats so nothing surprises you later:"),
        ("bul", ["Our licence only covers CPT inside Fairmount Lark. If your audiology "
                 "equipment software or your billing company's system shows CPT codes, ask "
                 "those vendors how they handle it.",
                 "Once a year we'll ask your admin to confirm your user list. It's used for the "
                 "AMA report and nothing else."]),
        ("p", "If you'd like this in writing from our contracts team, reply here and I'll have "
              "them send you a letter referencing Section 6.3 of your subscription terms."),
        ("p", "Warmly,<br/>Tomasz Ekwueme<br/>Customer Support, %s" % V),
        ("hr",),
        ("small", "Original message, 21 January 2026, from Gwendolyn Pryce-Adair, Office Manager, "
                  "Harrowfield ENT Associates: \"I saw on the AMA website that CPT licences cost "
                  "$82.50 for the organization and $18.50 per user. We have 11 staff. Do we need "
                  "to buy this for your software, or is it in our subscription?\""),
    ],
    family="helv", size=10, page_label="", footer="Ticket #48813"))


# B10 -- exhibit conflicts with body, order of precedence: body prevails -------
V = "Quintero Hale Software, Inc."
add(doc(
    "vc_exhibit_conflict_body_prevails", V, "vendor_covers", None,
    "Software agreement whose body says AMA royalties are included in the fees while Exhibit B "
    "lists a CPT licence at $19.00 per user per year; an order-of-precedence clause makes the "
    "body prevail over the exhibits, so the vendor covers CPT.",
    [
        ("title", "Software Subscription Agreement"),
        ("p", "<b>%s</b> (\"QHS\") and Lanternfield Urgent Care, LLC (\"Client\") agree as "
              "follows, effective 15 March 2026." % V),
        ("h2", "1. Order of precedence"),
        ("p", "This Agreement consists of these terms (the \"body\") and Exhibit A (Service "
              "Description), Exhibit B (Price List) and Exhibit C (Business Associate "
              "Agreement). If the body and an Exhibit conflict, the body prevails, except that "
              "Exhibit C prevails on the handling of protected health information."),
        ("h2", "2. Subscription"),
        ("p", "QHS grants Client a subscription for its named users to use the QHS Urgent Care "
              "platform described in Exhibit A for Client's internal operations."),
        ("h2", "3. Fees"),
        ("p", "3.1 Client shall pay the subscription fees in Exhibit B. 3.2 The platform "
              "contains CPT codes and descriptors owned by the American Medical Association, "
              "which QHS sublicenses to Client under its distribution agreement with the AMA. "
              "Royalties payable to the AMA for Client's named users are included in the "
              "subscription fees, and QHS shall not charge Client any separate amount for CPT. "
              "3.3 Invoices are due within thirty days."),
        ("h2", "4. Client obligations"),
        ("p", "Client shall keep its named-user roster current and shall not permit shared "
              "log-ins. Client shall not copy CPT content out of the platform or make it "
              "available to any other entity."),
        ("h2", "5. Warranty, liability, term"),
        ("p", "QHS warrants that the platform will perform substantially as described in "
              "Exhibit A. " + boiler_liability(2) + " " + boiler_term(1)),
        ("h2", "6. General"),
        ("p", boiler_law("Colorado", 0) + " " + boiler_misc(2)),
        sig(V, "Lanternfield Urgent Care, LLC", ("Esperanza Quintero-Hale", "President"),
            ("Mattias Oberlin", "Chief Executive Officer")),
        ("pb",),
        ("h2", "Exhibit B. Price List"),
        ("table", [
            ["Item", "Unit", "Price", "Billing"],
            ["QHS Urgent Care platform", "named user / month", "$62.00", "Monthly"],
            ["Occupational health module", "site / month", "$180.00", "Monthly"],
            ["CPT&reg; licence", "user / year", "$19.00", "Annually"],
            ["Kiosk check-in", "kiosk / month", "$45.00", "Monthly"],
            ["Implementation", "one-time", "$6,000.00", "On signature"],
        ], {"style": "grid", "widths": [2.6, 1.6, 1.0, 1.2], "right": [2]}),
        ("small", "Exhibit B was prepared from QHS's standard 2025 price book and is attached "
                  "for reference to the unit prices."),
        ("h2", "Exhibit A. Service Description (summary)"),
        ("p", "Registration and triage, provider documentation, e-prescribing, in-house lab "
              "and radiology orders, charge capture with CPT and ICD-10 code selection, claims "
              "submission through QHS's clearinghouse partner, and patient-payment tools."),
    ],
    family="helv", size=10, footer="QHS / Lanternfield - Software Subscription Agreement"))


# B11 -- Canadian spelling; licensor holds AMA licence at its own cost ----------
V = "Laurentide Clinical Software Inc."
add(doc(
    "vc_canadian_licensor", V, "vendor_covers", None,
    "Canadian-spelling licence agreement from a Canadian vendor selling the US edition of its "
    "software, stating that the licensor holds the AMA distribution licence at its own cost "
    "and that CPT licence fees are included in the subscription fee with no separate CPT fee; "
    "provincial fee codes are unrelated.",
    [
        ("title", "Laurentide Clinical Software Inc."),
        ("subtitle", "Licence and Services Agreement &mdash; United States Edition"),
        ("p", "This agreement is between <b>%s</b>, a corporation incorporated under the laws "
              "of Canada with its head office at 610 rue Tessier, Suite 1200, Val-Mirande, "
              "Quebec (the \"Licensor\"), and the practice named in the Order (the "
              "\"Licensee\")." % V),
        ("h2", "1. Editions"),
        ("p", "The Licensor publishes a Canadian Edition of its software, which supports "
              "provincial fee codes and billing to provincial health insurance plans, and a "
              "United States Edition (the \"Software\"), which supports CPT, HCPCS Level II "
              "and ICD-10-CM coding and claims to American payers. This agreement covers the "
              "United States Edition only."),
        ("h2", "2. Licence"),
        ("p", "The Licensor grants the Licensee a non-exclusive, non-transferable licence to "
              "use the Software, hosted in the Licensor's data centre in the United States, for "
              "the Licensee's internal practice operations. The licence extends to the "
              "Licensee's employees and individual contractors whom the Licensee authorizes."),
        ("h2", "3. Subscription fee"),
        ("p", "The subscription fee is USD 88.00 per authorized user per month, payable "
              "monthly by pre-authorized debit or cheque. Fees are quoted in US dollars and are "
              "not adjusted for exchange-rate movements."),
        ("h2", "4. Coding content"),
        ("p", "4.1 The Software contains CPT codes and descriptors owned by the American "
              "Medical Association. The Licensor holds, at its own cost, a distribution licence "
              "from the American Medical Association for CPT content in the United States "
              "Edition, and grants the Licensee a sub-licence for internal use only."),
        ("p", "4.2 Licence fees and royalties for CPT are included in the subscription fee. No "
              "separate CPT fee is payable by the Licensee, and the Licensor will not add one "
              "during the term or on renewal."),
        ("p", "4.3 The Licensee shall display the American Medical Association's copyright "
              "notice on any printed report that reproduces CPT descriptors, and shall not "
              "remove any notice from the Software."),
        ("h2", "5. Support"),
        ("p", "Support is available in English and French from 8 h to 20 h Eastern time, "
              "Monday to Friday, excluding statutory holidays in Quebec. Critical issues are "
              "acknowledged within one hour."),
        ("h2", "6. Privacy"),
        ("p", "The Licensor will handle patient information in compliance with United States "
              "federal privacy law as the Licensee's business associate, and will not transfer "
              "it out of the United States. Personal information of the Licensee's staff is "
              "handled in accordance with the Licensor's privacy policy, which complies with "
              "Canadian federal privacy legislation."),
        ("h2", "7. Limitation of liability"),
        ("p", boiler_liability(1)),
        ("h2", "8. Governing law"),
        ("p", "This agreement is governed by the laws of the State of New York. The parties "
              "have requested that this agreement be drawn up in English. Les parties ont exigé "
              "que la présente convention soit rédigée en anglais."),
        sig(V, "Licensee", ("Geneviève Arsenault-Pike", "Directrice, ventes internationales"),
            ("", "")),
    ],
    family="times", size=10.5, justify=True, footer="Laurentide - US Edition Licence and Services Agreement"))


# B12 -- reference laboratory agreement; lab portal CPT licence at no cost ------
V = "Blackmoor Reference Laboratories, Inc."
add(doc(
    "vc_reference_lab_portal", V, "vendor_covers", None,
    "Reference laboratory client-services agreement whose client-bill price list quotes CPT "
    "code numbers per test and whose portal clause says the laboratory licenses CPT for "
    "display in its ordering portal under its own AMA agreement and does not charge the "
    "client for it; per-test prices are not CPT fees.",
    [
        ("title", "Client Services Agreement"),
        ("subtitle", "Outreach laboratory testing and web ordering portal"),
        ("p", "Parties: <b>%s</b> (\"Laboratory\"), a CLIA-certified clinical laboratory, and "
              "Pemberly Oaks Internal Medicine, LLC (\"Client\"). Effective 1 February 2026." % V),
        ("h2", "1. Testing services"),
        ("p", "Laboratory will perform the clinical laboratory tests ordered by Client's "
              "authorized practitioners, provide courier pick-up twice daily on business days, "
              "and report results through the portal and, where interfaced, to Client's EHR. "
              "Laboratory bills patients and their insurers directly for tests covered by "
              "insurance, except tests Client elects to have billed to Client (\"Client-Bill "
              "Tests\")."),
        ("h2", "2. Client-bill prices"),
        ("table", [
            ["Test", "CPT code(s)", "Client price"],
            ["Comprehensive metabolic panel", "80053", "$9.75"],
            ["Complete blood count with differential", "85025", "$6.40"],
            ["Lipid panel", "80061", "$8.90"],
            ["Hemoglobin A1c", "83036", "$7.25"],
            ["TSH", "84443", "$10.50"],
            ["Urinalysis with microscopy", "81001", "$4.10"],
        ], {"style": "lines", "widths": [3.2, 1.3, 1.2], "right": [2]}),
        ("p", "Client-Bill Tests are invoiced monthly, per test performed, and are payable "
              "within thirty days. Client shall not mark up Client-Bill Tests to patients "
              "except as state law permits. Prices are reviewed each January and will not be "
              "below fair market value."),
        ("h2", "3. Web ordering portal"),
        ("p", "3.1 Laboratory provides Client with access to its web ordering and results "
              "portal at no charge. The portal displays CPT codes alongside test names so that "
              "practitioners can check medical-necessity rules before ordering. 3.2 Laboratory "
              "licenses CPT content for display in the portal under its own agreement with the "
              "American Medical Association, and does not charge Client for that licence or "
              "for any royalty. Client's users may use CPT in the portal only to order tests "
              "from Laboratory and review results."),
        ("h2", "4. Compliance"),
        ("p", "Nothing in this Agreement requires Client to refer tests to Laboratory. "
              "Laboratory provides no items of value to Client other than those reasonably "
              "necessary to order tests and receive results. " + boiler_hipaa(2)),
        ("h2", "5. Term"),
        ("p", boiler_term(1)),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved."),
        sig(V, "Pemberly Oaks Internal Medicine, LLC", ("Aurelio Banerjee", "VP, Outreach"),
            ("Dr. Hana Lindqvist-Moore", "Managing Member")),
    ],
    family="times", size=10, footer="Blackmoor Reference Laboratories - Client Services Agreement"))


# B13 -- sublicence grant + AMA notices, no CPT fee anywhere, entire consideration
V = "Ingersoll Finch Medical Software, LLC"
add(doc(
    "vc_sublicence_no_fee", V, "vendor_covers", None,
    "Licence terms that grant a CPT sublicence with the AMA-required notices while Schedule A "
    "lists only subscription and service fees and states they are the entire consideration "
    "for the product and its content, so no CPT fee is charged and the vendor covers CPT.",
    [
        ("title", "Ingersoll Finch Medical Software"),
        ("subtitle", "Product Licence Terms &mdash; IF Charge Capture"),
        ("p", "These terms are between <b>%s</b> (\"IFMS\") and the licensee named on the "
              "signature page (\"Licensee\")." % V),
        ("h2", "1. Licence"),
        ("p", "IFMS grants Licensee a non-exclusive, non-transferable licence, for the term in "
              "Schedule A, to use IF Charge Capture (the \"Product\") through IFMS's hosted "
              "service for Licensee's internal use in the United States."),
        ("h2", "2. CPT content"),
        ("p", "2.1 The Product includes CPT codes, descriptors and related content from the "
              "American Medical Association (\"AMA\"). IFMS is licensed by the AMA to "
              "distribute that content in the Product and hereby grants Licensee a "
              "non-exclusive, non-transferable sublicence to use it within the Product, "
              "solely for Licensee's internal purposes. 2.2 The sublicence terminates "
              "automatically upon termination of IFMS's agreement with the AMA unless the AMA "
              "consents in writing to its continuation or Licensee enters into a direct "
              "licence with the AMA. 2.3 Licensee is prohibited from publishing, distributing "
              "via the Internet or otherwise, creating derivative works of, transferring, "
              "selling, leasing or sublicensing the CPT content, or making it available to any "
              "unauthorized party, including a subsidiary or affiliate. 2.4 The AMA is a "
              "third-party beneficiary of this Section 2."),
        ("h2", "3. Required notices"),
        ("p", "CPT only copyright 2025 American Medical Association. All rights reserved. CPT "
              "is a registered trademark of the AMA. Fee schedules, relative value units, "
              "conversion factors and related components are not assigned by the AMA, are not "
              "part of CPT, and the AMA is not recommending their use. The AMA does not "
              "directly or indirectly practice medicine or dispense medical services. The AMA "
              "assumes no liability for data contained or not contained herein. U.S. "
              "Government Rights: this product includes CPT, which is commercial technical "
              "data and commercial computer software developed exclusively at private expense "
              "by the AMA; government rights are as set out in FAR 52.227-14 and DFARS "
              "252.227-7015 and 227.7202, as applicable."),
        ("h2", "4. Fees"),
        ("p", "Licensee shall pay the fees in Schedule A. The fees in Schedule A are the "
              "entire consideration payable for the Product, including all content in it, and "
              "IFMS shall not invoice any other amount for the Product or its content during "
              "the term."),
        ("h2", "5. Other terms"),
        ("p", boiler_liability(0) + " " + boiler_term(1) + " " + boiler_law("Wisconsin", 0)),
        ("h2", "Schedule A. Term and Fees"),
        ("table", [
            ["Item", "Basis", "Fee"],
            ["IF Charge Capture, hosted", "per provider per month", "$89.00"],
            ["Mobile charge entry app", "per provider per month", "$15.00"],
            ["Set-up and training", "one-time", "$1,250.00"],
        ], {"style": "box", "widths": [2.8, 2.2, 1.2], "right": [2]}),
        ("p", "Term: 36 months from 1 April 2026. Fees are invoiced monthly in advance."),
        sig(V, "Licensee: Quillon Ridge Gastroenterology, PLLC",
            ("Beatriz Ingersoll-Finch", "Manager"), ("Dr. Samir Oyelowo", "Partner")),
    ],
    family="helv", size=9.5, justify=True, heading="underline",
    footer="IFMS Product Licence Terms - IF Charge Capture"))
