"""blind_t documents, group E: the document leaves CPT genuinely undecided (unclear)."""
import sys

sys.dont_write_bytecode = True

from common import (boiler_confidentiality, boiler_hipaa, boiler_law,
                    boiler_liability, boiler_misc, boiler_term, doc, sig)

DOCS = []


def add(d):
    DOCS.append(d)
    return d


# E1 -- "fees for third-party content may apply" -------------------------------
V = "Brennan Cho Clinical Software, Inc."
add(doc(
    "uc_may_apply", V, "unclear", None,
    "Online terms of service that list CPT among the embedded reference content but say only "
    "that fees for third-party content, including code sets, may apply and will be "
    "communicated separately, without saying whether the vendor holds or pays for a CPT "
    "licence.",
    [
        ("title", "Terms of Service"),
        ("small", "BC Clinic Cloud &middot; provided by %s &middot; last revised 1 December 2025" % V),
        ("h2", "1. Accepting these terms"),
        ("p", "By creating an account or clicking \"I agree\", the practice (\"you\") accepts "
              "these terms on behalf of itself and its users. If you do not agree, do not use "
              "the service."),
        ("h2", "2. The service"),
        ("p", "BC Clinic Cloud is a web-based charting, scheduling and billing service for "
              "independent practices. We may add, change or retire features, and will give 30 "
              "days' notice before removing a feature you are paying for."),
        ("h2", "3. Plans and fees"),
        ("p", "3.1 Plans are priced per provider per month as shown on the pricing page when "
              "you subscribe; the Starter plan is $129 and the Practice plan is $219. 3.2 We "
              "bill your card monthly in advance. 3.3 Prices may change on 60 days' notice. "
              "3.4 Fees exclude taxes."),
        ("h2", "4. Reference content"),
        ("p", "4.1 The service embeds reference content from third parties, including CPT "
              "codes and descriptors of the American Medical Association, HCPCS Level II and "
              "ICD-10-CM code sets, a drug database and drug-interaction rules (together, "
              "\"Third-Party Content\"). 4.2 Third-Party Content is provided for use within the "
              "service only and may be subject to additional terms from its owners, which we "
              "will display in the service. 4.3 Fees for Third-Party Content, including medical "
              "code sets licensed from their publishers, may apply and will be communicated "
              "separately."),
        ("h2", "5. Your data"),
        ("p", "You own your data. We use it only to run the service for you and as the law "
              "requires. " + boiler_hipaa(0)),
        ("h2", "6. Acceptable use"),
        ("p", "Do not share logins, attempt to break the service's security, upload malware, or "
              "use the service for anything unlawful."),
        ("h2", "7. Disclaimers and liability"),
        ("p", "THE SERVICE IS PROVIDED \"AS IS\". " + boiler_liability(0)),
        ("h2", "8. Ending your subscription"),
        ("p", "You can cancel at any time; cancellation takes effect at the end of the billing "
              "month. We will keep your data available for export for 90 days."),
        ("h2", "9. Legal"),
        ("p", boiler_law("Oregon", 0)),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
    family="helv", size=9.5, footer="bcclinic.example/terms", page_label="{n}"))


# E2 -- draft with bracketed alternatives not chosen ----------------------------
V = "Stroud Amari Health Technologies, Inc."
add(doc(
    "uc_bracketed_draft", V, "unclear", None,
    "Negotiation draft with two bracketed alternatives for the CPT clause, one including the "
    "AMA royalty in the fees and one charging a CPT Content Fee with the amount left blank or "
    "bracketed, plus drafting notes showing neither option has been chosen.",
    [
        ("center", "<b>DRAFT 3 &mdash; 11 FEBRUARY 2026 &mdash; FOR DISCUSSION ONLY &mdash; NOT AN "
                   "OFFER</b>"),
        ("center", "Privileged and confidential &middot; Subject to contract"),
        ("title", "Software as a Service Agreement"),
        ("p", "between <b>%s</b> (\"Vendor\") and [Ellerslie Hand &amp; Upper Extremity "
              "Center, P.C.] (\"Customer\")" % V),
        ("h2", "1. Services"),
        ("p", "Vendor will provide the Stroud Amari orthopaedic EHR and practice management "
              "service (the \"Service\") to Customer's [named users] [providers] for the term "
              "in Section 9."),
        ("h2", "2. Fees"),
        ("p", "2.1 Customer shall pay Vendor [$285] [$265] per provider per month, invoiced "
              "[monthly] [quarterly] in advance. 2.2 Fees are fixed for [24] [36] months and "
              "may then increase by no more than [3%] [CPI] per year."),
        ("h2", "3. CPT content"),
        ("p", "3.1 The Service incorporates CPT codes and descriptors owned by the American "
              "Medical Association (\"AMA\"), which Vendor sublicenses to Customer for "
              "internal use within the Service."),
        ("p", "3.2 [<b>ALT 1:</b> The royalties payable by Vendor to the AMA for Customer's "
              "users are included in the Fees in Section 2, and Vendor shall not charge "
              "Customer separately for CPT.]"),
        ("p", "[<b>ALT 2:</b> In addition to the Fees, Customer shall pay a CPT Content Fee of "
              "$[____] per [user] [provider] per year, which Vendor shall remit to the AMA "
              "net of an administration charge not exceeding $[2.00].]"),
        ("box", "<b>Drafting note (Vendor counsel, 9 Feb):</b> Vendor's commercial team is "
                "still confirming with the AMA whether the 2026 royalty can be absorbed at the "
                "proposed price. Keep both alternatives until pricing sign-off.<br/>"
                "<b>Drafting note (Customer counsel, 11 Feb):</b> Customer's position is ALT 1. "
                "If ALT 2 is pursued, Customer needs the amount before it can respond."),
        ("h2", "4. Customer obligations"),
        ("p", "Customer shall maintain an accurate roster of [users] [providers] and provide it "
              "to Vendor [annually] [on request]."),
        ("h2", "5. [Reserved]"),
        ("h2", "6. Confidentiality"),
        ("p", boiler_confidentiality("Vendor", "Customer", 0)),
        ("h2", "7. Limitation of liability"),
        ("p", "[" + boiler_liability(0) + "] [Customer to revert on cap.]"),
        ("h2", "8. [Data / BAA: Customer form to be attached]"),
        ("h2", "9. Term"),
        ("p", "[36] months from the [Effective Date] [go-live date]."),
        ("small", "Draft for discussion. No agreement shall exist until the parties sign a "
                  "final version."),
    ],
    family="times", size=10.5, footer="DRAFT 3 - SAAS AGREEMENT - STROUD AMARI / [CUSTOMER]"))


# E3 -- exhibit conflicts with body, no precedence clause -------------------------
V = "Thorvald Morrow Software, LLC"
add(doc(
    "uc_exhibit_conflict_no_precedence", V, "unclear", None,
    "Subscription agreement whose body says the fees include all royalties payable to the AMA "
    "while Exhibit C lists a CPT licence fee of $19.50 per user per year, with no "
    "order-of-precedence clause to resolve the conflict, so coverage is unclear.",
    [
        ("title", "Subscription Agreement"),
        ("p", "This Subscription Agreement is made on 2 March 2026 between <b>%s</b> "
              "(\"TMS\") and Ravenhill Obstetrics &amp; Gynecology, P.A. (\"Customer\")." % V),
        ("h2", "1. Subscription"),
        ("p", "TMS will provide Customer with its hosted women's health EHR (the \"Service\") "
              "for the number of users in Exhibit C."),
        ("h2", "2. Support"),
        ("p", "TMS provides business-hours support and 24x7 emergency support for outages."),
        ("h2", "3. Customer responsibilities"),
        ("p", "Customer is responsible for its users' conduct, for the accuracy of its data and "
              "for its clinical decisions."),
        ("h2", "4. Fees"),
        ("p", "4.1 Customer shall pay the fees described in Exhibit C. 4.2 The Service contains "
              "CPT codes licensed from the American Medical Association. The fees include all "
              "royalties payable to the AMA in respect of Customer's use of the Service. 4.3 "
              "Invoices are payable within thirty days."),
        ("h2", "5. Term"),
        ("p", boiler_term(0)),
        ("h2", "6. Liability"),
        ("p", boiler_liability(2)),
        ("h2", "7. Entire agreement"),
        ("p", "This Agreement, including its Exhibits A through D, is the entire agreement of "
              "the parties about its subject matter and supersedes all prior proposals, "
              "whether oral or written. It may be amended only in a writing signed by both "
              "parties."),
        ("h2", "8. General"),
        ("p", boiler_law("Virginia", 0) + " " + boiler_misc(1)),
        sig(V, "Ravenhill Obstetrics &amp; Gynecology, P.A.", ("Linnea Thorvald-Morrow", "CEO"),
            ("Dr. Hollis Adebayo", "Managing Partner")),
        ("pb",),
        ("h2", "Exhibit C. Fees"),
        ("table", [
            ["Description", "Quantity", "Unit price", "Frequency"],
            ["Women's health EHR subscription", "22 users", "$61.00 per user", "Monthly"],
            ["Fetal monitoring interface", "1", "$240.00", "Monthly"],
            ["CPT licence fee", "22 users", "$19.50 per user", "Annually"],
            ["Ultrasound image archive, 1 TB", "1", "$150.00", "Monthly"],
            ["Implementation", "1", "$5,200.00", "One-time"],
        ], {"style": "grid", "widths": [2.6, 1.0, 1.5, 1.0]}),
        ("p", "Annual items are invoiced on the Effective Date and each anniversary."),
        ("h2", "Exhibit D. Service levels"),
        ("p", "Target availability 99.5% per month; credits of 5% of the monthly subscription "
              "fee for each full percentage point below target."),
    ],
    family="helv", size=10, footer="TMS / Ravenhill - Subscription Agreement"))


# E4 -- order form with "CPT licence (if applicable) TBD" -------------------------
V = "Okafor Lindgren Medical Software, Inc."
add(doc(
    "uc_order_tbd_if_applicable", V, "unclear", None,
    "Order form whose CPT licence row reads \"if applicable\" with the price \"TBD\" pending "
    "review, and whose notes say only that the vendor will advise whether a separate CPT "
    "charge applies, so it is not decided whether the vendor or the practice pays.",
    [
        ("title", "Order Form OLM-3381"),
        ("kv", [("Vendor", V), ("Customer", "Tamberlane Sleep Diagnostics, LLC"),
                ("Date", "19 February 2026"), ("Term", "36 months")]),
        ("table", [
            ["Item", "Unit", "Qty", "Price", "Billing"],
            ["Sleep lab documentation and scoring suite", "per provider / month", "3", "$310.00",
             "Monthly"],
            ["Home sleep test device management", "per device / month", "12", "$9.00", "Monthly"],
            ["Billing and claims module", "per provider / month", "3", "$95.00", "Monthly"],
            ["CPT&reg; licence (if applicable)", "per provider", "3", "TBD", "TBD"],
            ["Set-up and scoring template build", "one-time", "1", "$3,900.00", "On signature"],
        ], {"style": "lines", "widths": [2.8, 1.4, 0.5, 0.9, 1.0], "right": [2, 3]}),
        ("h2", "Notes"),
        ("num", [
            "Items marked TBD are under review. OLM's finance team is reviewing the AMA's 2026 "
            "distribution terms and will advise Customer in writing whether a separate CPT "
            "charge applies to this order and, if so, the amount.",
            "Until OLM advises, no amount will be invoiced for the TBD line.",
            "This Order Form is subject to the OLM General Terms, which do not otherwise "
            "address CPT.",
        ]),
        sig(V, "Tamberlane Sleep Diagnostics, LLC", ("Chukwuma Lindgren", "Sales Director"),
            ("Elspeth Marlow-Diaz", "Lab Director")),
    ],
    family="helv", size=9.5, footer="OLM-3381"))


# E5 -- e-mail thread left unresolved --------------------------------------------
V = "Whitlock Ames Health Cloud, Inc."
add(doc(
    "uc_email_thread_unresolved", V, "unclear", None,
    "E-mail thread in which a sales rep first believes CPT licensing is included, then reports "
    "that finance says it depends on the plan tier and promises to revert, so the document "
    "leaves open who pays for CPT.",
    [
        ("mail", [("From", "Sorcha Whitlock &lt;swhitlock@whitlockames.example&gt;"),
                  ("To", "Bram Oyelaran &lt;bram@copperfieldortho.example&gt;"),
                  ("Date", "Wed, 15 April 2026 17:22 -0400"),
                  ("Subject", "RE: RE: CPT licensing - included or not?")]),
        ("p", "Hi Bram,"),
        ("p", "Quick update, and an apology for the back-and-forth. I checked with our finance "
              "team and it turns out it depends on which tier you end up on. Some of our tiers "
              "include the AMA royalty and some don't, and there's been a change for new "
              "contracts this year that I wasn't aware of. I don't want to tell you the wrong "
              "thing twice, so I've asked them to confirm in writing for your specific quote. "
              "I'll revert as soon as I have it, hopefully by the end of next week."),
        ("p", "In the meantime please don't rely on my earlier note."),
        ("p", "Sorcha Whitlock<br/>Account Executive, %s" % V),
        ("hr",),
        ("mail", [("From", "Bram Oyelaran"), ("To", "Sorcha Whitlock"),
                  ("Date", "Tue, 14 April 2026 10:03 -0400"),
                  ("Subject", "RE: CPT licensing - included or not?")]),
        ("p", "Thanks Sorcha. So there's nothing extra for CPT? Our board wants that in writing "
              "before we sign. - Bram"),
        ("hr",),
        ("mail", [("From", "Sorcha Whitlock"), ("To", "Bram Oyelaran"),
                  ("Date", "Mon, 13 April 2026 16:40 -0400"),
                  ("Subject", "RE: CPT licensing - included or not?")]),
        ("p", "Hi Bram, I believe CPT licensing is included in the subscription, but let me "
              "confirm with finance and get back to you. The quote you have (Q-WA-7719, $72 per "
              "user per month for 18 users) is still valid until 30 April. - Sorcha"),
        ("hr",),
        ("mail", [("From", "Bram Oyelaran, Practice Administrator, Copperfield Orthopedic "
                           "Group, LLC"), ("To", "Sorcha Whitlock"),
                  ("Date", "Mon, 13 April 2026 09:15 -0400"),
                  ("Subject", "CPT licensing - included or not?")]),
        ("p", "Sorcha, our previous vendor charged us an AMA fee every year. Is CPT licensing "
              "included in your price, or will we get a separate bill? - Bram"),
    ],
    family="helv", size=10, page_label="", footer="Printed 16/04/2026 from Copperfield Orthopedic Group mail"))


# E6 -- two-column dense terms with conflicting sections, no precedence ---------------
V = "Gallardo Pryce Systems, Inc."
add(doc(
    "uc_conflicting_sections_twocol", V, "unclear", None,
    "Dense two-column service terms in which one section says the company pays all AMA "
    "royalties for CPT content and a later section makes the customer responsible for "
    "obtaining, at its cost, all licences for third-party code sets including CPT, with no "
    "clause saying which prevails.",
    [
        ("title", "Gallardo Pryce Systems, Inc."),
        ("p", "<b>Practice Cloud Service Terms</b> &middot; Version 4.0 &middot; effective 1 "
              "January 2026. These terms govern each order for the Practice Cloud service "
              "between %s (\"Company\") and the customer named in the order (\"Customer\")." % V),
        ("fb",),
        ("h2", "1. Definitions"),
        ("p", "\"Service\" means Company's hosted Practice Cloud application, including "
              "scheduling, documentation, billing and reporting. \"Users\" means individuals "
              "authorized by Customer to use the Service. \"Content\" means reference data "
              "embedded in the Service, including code sets and drug data. \"Order\" means an "
              "order form signed by both parties."),
        ("h2", "2. Access"),
        ("p", "Company grants Customer a non-exclusive right for its Users to access the "
              "Service during the term of each Order. Customer shall not resell, sublicense or "
              "provide the Service to third parties, or access it to build a competing "
              "service."),
        ("h2", "3. Customer obligations"),
        ("p", "Customer is responsible for User conduct, credentials, the accuracy of data and "
              "all clinical and coding decisions."),
        ("h2", "4. Fees"),
        ("p", "4.1 Customer shall pay the fees in each Order, which are stated per User per "
              "month. 4.2 Fees are invoiced monthly in advance and due in 30 days. 4.3 Company "
              "may increase fees on each anniversary by up to 5%."),
        ("h2", "5. Content"),
        ("p", "5.1 The Service contains CPT codes and descriptors owned by the American "
              "Medical Association (\"AMA\"), HCPCS Level II and ICD-10-CM codes, and drug data "
              "from Company's supplier. 5.2 Company pays all royalties due to the AMA for CPT "
              "content embedded in the Service. 5.3 Content is provided for use within the "
              "Service only. 5.4 CPT only copyright 2025 American Medical Association. All "
              "rights reserved."),
        ("h2", "6. Data"),
        ("p", "Customer owns Customer data. " + boiler_hipaa(1)),
        ("h2", "7. Availability"),
        ("p", "Company targets 99.6% monthly availability excluding planned maintenance. "
              "Credits are the sole remedy."),
        ("h2", "8. Warranties"),
        ("p", "Company warrants the Service will perform materially as documented. Otherwise "
              "the Service is provided as is."),
        ("h2", "9. Confidentiality"),
        ("p", boiler_confidentiality("Company", "Customer", 0)),
        ("h2", "10. Indemnity"),
        ("p", "Company will defend Customer against claims that the Service infringes a third "
              "party's United States intellectual property rights."),
        ("h2", "11. Compliance and licences"),
        ("p", "11.1 Each party shall comply with laws applicable to it. 11.2 Customer shall "
              "obtain any consents needed for Company to process Customer data. 11.3 Customer "
              "shall not export the Service in breach of export law. 11.4 Customer is "
              "responsible for obtaining, at its own cost, all licences for third-party code "
              "sets used with the Service, including CPT, and for ensuring that each User is "
              "covered by such a licence."),
        ("h2", "12. Liability"),
        ("p", boiler_liability(0)),
        ("h2", "13. Term"),
        ("p", boiler_term(1)),
        ("h2", "14. General"),
        ("p", boiler_law("Nevada", 0) + " " + boiler_misc(0) + " " + boiler_misc(2)),
    ],
    family="times", size=8.5, layout="two_col", hdr_h=0.85, justify=True,
    footer="Gallardo Pryce Practice Cloud Service Terms v4.0"))


# E7 -- options offered with neither box ticked ----------------------------------
V = "Vandermeer Quist Health, Inc."
add(doc(
    "uc_checkbox_options_unticked", V, "unclear", None,
    "Order form offering two CPT options, licence included in the Enterprise tier or a $1.50 "
    "per user per month add-on, with neither box ticked and the tier left blank, so no CPT "
    "arrangement has been chosen.",
    [
        ("title", "Vandermeer Quist Health &mdash; Subscription Order"),
        ("kv", [("Vendor", V + ", 3 Gatehouse Square, Brennock, DE 19990"),
                ("Customer", "Juniper Row Community Clinic, Inc."),
                ("Order date", "____________________"),
                ("Tier", "____________________ (Professional or Enterprise)")]),
        ("h2", "Section A. Subscription"),
        ("table", [
            ["Tier", "Price", "Includes"],
            ["Professional", "$58 per user per month", "EHR, PM, patient portal"],
            ["Enterprise", "$74 per user per month",
             "Professional plus population health and custom reporting"],
        ], {"style": "grid", "widths": [1.3, 1.8, 3.3]}),
        ("h2", "Section B. CPT&reg; licensing (select one)"),
        ("p", "[ &nbsp; ] <b>Option 1.</b> CPT licence included. Available with the Enterprise "
              "tier only. VQH pays the AMA royalty for all of Customer's users."),
        ("p", "[ &nbsp; ] <b>Option 2.</b> CPT licence add-on: $1.50 per user per month, billed "
              "with the subscription. Required with the Professional tier unless Customer "
              "holds its own AMA licence."),
        ("p", "[ &nbsp; ] <b>Option 3.</b> Customer holds its own CPT licence from the AMA or "
              "another authorized distributor. Customer to attach evidence of licence."),
        ("h2", "Section C. Users"),
        ("p", "Estimated named users: 34. VQH will true up to the actual user count quarterly."),
        ("h2", "Section D. Signature"),
        ("p", "The signatory confirms the selections above. Orders without a selection in "
              "Section B will be returned for completion."),
        sig(V, "Juniper Row Community Clinic, Inc.", ("", ""), ("", "")),
    ],
    family="helv", size=10, footer="VQH Subscription Order - form SO-12"))


# E8 -- renewal letter: "a CPT charge may be applied" ----------------------------
V = "Fenwick Adeyemi Software, Inc."
add(doc(
    "uc_renewal_may_be_applied", V, "unclear", None,
    "Renewal letter stating that AMA royalty terms are under review and that a CPT charge may "
    "be applied to the account during 2026 with notice, without saying whether the current "
    "price includes CPT or what any charge would be.",
    [
        ("p", "<b>%s</b><br/>240 Millrace Court &middot; Hollenbeck, KS 66990" % V),
        ("p", "2 December 2025"),
        ("p", "To the account owner<br/>Stonebridge Counseling Collective, PLLC"),
        ("p", "<b>Your 2026 renewal</b>"),
        ("p", "Thank you for another year with FA Notes. Your subscription renews on 1 January "
              "2026 at the same price as this year: $39 per clinician per month, with unlimited "
              "admin seats."),
        ("p", "We also want to give you early notice of something outside our control. The "
              "American Medical Association has told software companies that its royalty "
              "terms for CPT codes are under review for 2026. Depending on the outcome, a CPT "
              "charge may be applied to your account during 2026. If that happens, we will "
              "give you at least 30 days' notice and explain the amount before it appears on "
              "an invoice."),
        ("p", "There is nothing you need to do now. If you have questions, reply to this letter "
              "or write to renewals@fanotes.example."),
        ("p", "With thanks,<br/>Abimbola Fenwick-Adeyemi<br/>Co-founder"),
    ],
    family="times", size=11.5, footer="", page_label=""))


# E9 -- no representation + reserved right to pass through -----------------------
V = "Brightling Webb Care Platforms, LLC"
add(doc(
    "uc_reserve_right_no_rep", V, "unclear", None,
    "Platform terms that say the company does not currently invoice separately for CPT, makes "
    "no representation that it holds a CPT licence on the customer's behalf or that royalties "
    "are in the subscription fee, and reserves the right to pass through any AMA royalty in "
    "future, leaving coverage undecided.",
    [
        ("title", "Brightling Webb Care Platforms"),
        ("subtitle", "Customer Terms &mdash; Remote Patient Monitoring and Billing Platform"),
        ("p", "These Customer Terms are between <b>%s</b> (\"Company\") and the practice that "
              "signs the order (\"Customer\")." % V),
        ("h2", "1. Platform"),
        ("p", "Company provides connected devices, a clinician dashboard and a monthly billing "
              "worksheet that summarizes device days and interactive minutes for each patient."),
        ("h2", "2. Fees"),
        ("p", "2.1 Platform subscription: $45 per enrolled patient per month, including device "
              "and cellular data. 2.2 Clinician dashboard seats are free."),
        ("h2", "3. Codes on the billing worksheet"),
        ("p", "3.1 The monthly billing worksheet shows, next to each patient, the CPT codes "
              "that Customer's billing rules in the platform associate with the recorded "
              "activity. 3.2 Company does not currently invoice Customer separately for CPT. "
              "3.3 Nothing in these Terms represents that Company holds a licence to CPT on "
              "Customer's behalf or that any royalty payable to the American Medical "
              "Association is reflected in the subscription fee. 3.4 Company reserves the right "
              "to pass through to Customer any royalty the American Medical Association may in "
              "future assess in respect of Customer's users, on 60 days' notice."),
        ("h2", "4. Clinical and billing responsibility"),
        ("p", "Customer decides which patients to enroll, reviews the data, and is solely "
              "responsible for the claims it submits."),
        ("h2", "5. General"),
        ("p", boiler_hipaa(2) + " " + boiler_liability(1) + " " + boiler_term(1)),
        sig(V, "Customer", ("Rowena Brightling", "Chief Executive"), ("", "")),
    ],
    family="helv", size=10, heading="bold", footer="BWCP Customer Terms 2026"))


# E10 -- MSO term sheet: agree to agree ----------------------------------------
V = "Harcourt Ilves Management Services, LLC"
add(doc(
    "uc_mso_term_sheet_agree_to_agree", V, "unclear", None,
    "Non-binding MSO term sheet that puts the practice systems on the MSO but says only that "
    "the parties will negotiate in good faith how CPT licensing costs are allocated before "
    "go-live, so nothing is decided.",
    [
        ("center", "<b>TERM SHEET &mdash; MANAGEMENT SERVICES ARRANGEMENT</b>"),
        ("center", "Non-binding except for the paragraphs marked \"Binding\""),
        ("table", [
            ["Term", "Proposal"],
            ["Parties", "%s (\"MSO\") and Norcastle Vascular Surgeons, P.A. (\"Practice\")" % V],
            ["Services", "Revenue cycle, payer contracting support, HR and payroll "
                         "administration, purchasing, compliance program support, IT"],
            ["Practice Systems", "MSO to provide and host the EHR and PM systems on its "
                                 "enterprise platform, replacing Practice's current systems "
                                 "by the Go-Live Date"],
            ["Go-Live Date", "Targeted 1 September 2026"],
            ["Management fee", "5.75% of net collections, plus pass-through of direct costs "
                               "listed in a schedule to be agreed"],
            ["Third-party content", "The parties shall negotiate in good faith the "
                                    "allocation of CPT licensing costs for the Practice Systems "
                                    "before the Go-Live Date."],
            ["Clinical control", "Practice retains exclusive control of clinical matters and "
                                 "coding judgments"],
            ["Term", "Five years, renewing for two-year terms"],
            ["Exclusivity (Binding)", "Practice will not negotiate with another MSO for 60 days "
                                      "after signature"],
            ["Confidentiality (Binding)", "Each party keeps the other's information "
                                          "confidential"],
            ["Definitive agreement", "To be drafted by MSO's counsel within 30 days"],
        ], {"style": "grid", "widths": [1.6, 4.8]}),
        ("p", "Signed to indicate the parties' current intentions only. Except for the "
              "paragraphs marked Binding, this term sheet creates no legal obligation."),
        sig(V, "Norcastle Vascular Surgeons, P.A.", ("Aino Ilves", "Managing Director"),
            ("Dr. Cormac Delahunty", "President")),
    ],
    family="times", size=10.5, footer="Term Sheet - Harcourt Ilves / Norcastle Vascular"))


# E11 -- amendment suspending an earlier CPT fee pending agreement ------------------
V = "Kittredge Eastman Health Systems, Inc."
add(doc(
    "uc_amendment_fee_suspended", V, "unclear", None,
    "Amendment that suspends the original CPT Fee of $18.00 per user per year pending the "
    "vendor's discussions with the AMA and says the parties will agree a revised CPT "
    "arrangement later, so the current allocation of the CPT cost is undecided.",
    [
        ("title", "Amendment No. 3"),
        ("p", "to the Master Services Agreement dated 20 October 2022 between <b>%s</b> "
              "(\"KEHS\") and Pellbrook Ear, Nose &amp; Throat, P.C. (\"Client\")." % V),
        ("p", "Amendment effective date: 1 January 2026."),
        ("h2", "1. Background"),
        ("p", "Order Form 1 under the Agreement includes, at line 6, a \"CPT Fee\" of $18.00 per "
              "user per year, charged to recover the royalty KEHS pays the American Medical "
              "Association for CPT content in the KEHS ENT system. KEHS is in discussions with "
              "the AMA about the structure of its distribution agreement for 2026 onward."),
        ("h2", "2. Suspension"),
        ("p", "With effect from the amendment effective date, the CPT Fee at line 6 of Order "
              "Form 1 is suspended pending conclusion of those discussions. During the "
              "suspension no CPT Fee will be invoiced. Nothing in this Amendment waives the CPT "
              "Fee or any replacement charge."),
        ("h2", "3. Revised arrangement"),
        ("p", "The parties will agree a revised CPT arrangement in a further amendment by 30 "
              "June 2026. If they do not, either party may refer the matter to the dispute "
              "resolution procedure in Section 18 of the Agreement."),
        ("h2", "4. Everything else"),
        ("p", "All other terms of the Agreement and Order Form 1 remain in effect, including "
              "the subscription fee of $64.00 per user per month."),
        sig(V, "Pellbrook Ear, Nose &amp; Throat, P.C.", ("Marisa Kittredge-Eastman", "President"),
            ("Dr. Tobias Okeke", "Managing Physician")),
    ],
    family="times", size=11, footer="KEHS Amendment No. 3"))
