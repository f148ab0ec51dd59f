"""customer_must_license documents: the practice must license CPT from the AMA itself."""
from xlayout import boiler

DOCS = []

V = "Alder Creek Informatics, Inc."
blocks = [
    ("title", "END USER LICENCE AGREEMENT - ALDER CREEK CODING WORKBENCH"),
    ("p", "This Agreement is between Alder Creek Informatics, Inc. (\"Alder Creek\") and the licensee identified on the "
          "order (\"Licensee\")."),
    ("h", "1. Licence"),
    ("p", "Alder Creek grants Licensee a non-exclusive, non-transferable licence to use the Coding Workbench for its "
          "internal coding and charge-review work in the United States."),
    ("h", "2. Third-Party Code Sets"),
    ("la", ["The Coding Workbench is delivered without CPT\u00ae content. Alder Creek does not distribute or sublicense "
            "Current Procedural Terminology.",
            "Licensee must obtain and keep in force its own licence for CPT directly from the American Medical "
            "Association, or from a distributor authorized by the AMA, covering every user who will view CPT in the "
            "Coding Workbench. Licensee bears all fees for that licence.",
            "Alder Creek will enable the CPT import function only after Licensee provides a copy of its current AMA "
            "licence or distributor confirmation, and may disable it if the licence lapses."]),
    ("h", "3. Fees"),
    ("p", "Licensee will pay $45.00 per user per month for the Coding Workbench. These fees cover the software only."),
]
blocks += boiler(4, "Alder Creek", "Licensee", picks=[1, 3, 4, 13])
DOCS.append(dict(
    key="c01_eula_own_license", vendor=V, coverage="customer_must_license", fee=None,
    desc="EULA stating the software ships without CPT, the vendor does not sublicense it, and the licensee must obtain its own CPT licence from the AMA or an AMA-authorized distributor.",
    font="sans", footer="Alder Creek Informatics, Inc. - EULA", blocks=blocks))

V = "Copperline Revenue Cycle LLC"
blocks = [
    ("title", "BILLING SERVICES AGREEMENT"),
    ("p", "This Agreement is between Copperline Revenue Cycle LLC (\"Provider\") and Eastbrook Gastroenterology, P.C. "
          "(\"Client\"). \"Provider\" means Copperline as the provider of billing services."),
    ("h", "1. SERVICES"),
    ("p", "Provider will bill Client's professional claims using Client's own practice management system, to which "
          "Client will give Provider remote access."),
    ("h", "2. FEES"),
    ("p", "Client will pay Provider 6% of net collections and $250.00 per month for reporting."),
    ("h", "3. SOFTWARE AND LICENCES"),
    ("p", "Client is responsible for obtaining, at Client's expense, every licence required for the software and code "
          "sets used in Client's system, including any licence required from the American Medical Association for use "
          "of CPT\u00ae by Client's personnel and by Provider's staff working in Client's system. Provider does not "
          "furnish, sublicense or pay for CPT."),
]
blocks += boiler(4, "Provider", "Client", picks=[0, 1, 2, 4, 12, 13], caps=True)
DOCS.append(dict(
    key="c02_billing_client_licenses", vendor=V, coverage="customer_must_license", fee=None,
    desc="Billing-services agreement ('Provider' = the billing company) making the client obtain at its own expense any AMA licence for CPT used in the client's own system.",
    font="serif", footer="Copperline Revenue Cycle LLC - Billing Services Agreement", blocks=blocks))

V = "Gullwing Data Systems, Inc."
DOCS.append(dict(
    key="c03_faq_bring_own", vendor=V, coverage="customer_must_license", fee=None,
    desc="Support FAQ saying the vendor cannot sell or sublicense CPT and customers must buy a CPT licence from the AMA or an authorized distributor and load the file themselves; the AMA price is mentioned as information.",
    font="sans", footer="Gullwing Data Systems support | support.gullwing.example",
    blocks=[
        ("title", "CPT\u00ae codes in Gullwing Charge Master - FAQ"),
        ("p", "<b>Q. Does Gullwing include CPT codes?</b><br/>A. No. Gullwing Data Systems, Inc. is not an AMA "
              "distributor. Charge Master ships with an empty procedure code table."),
        ("p", "<b>Q. Can I buy a CPT licence from you?</b><br/>A. We can't sell or sublicense CPT. You need to obtain your "
              "licence directly from the American Medical Association or an AMA-authorized distributor."),
        ("p", "<b>Q. What will it cost?</b><br/>A. That's between you and the AMA or the distributor. Practices tell us "
              "the AMA's internal-use rate is about $20 per user per year plus an annual entity fee, but check the "
              "current AMA schedule."),
        ("p", "<b>Q. How do I load my licensed file?</b><br/>A. Go to Settings &gt; Code Tables &gt; Import and select the "
              "data file you received from your licensor. You will be asked to confirm that your organization holds a "
              "current CPT licence."),
        ("p", "<b>Q. Will Gullwing add an AMA fee to my invoice?</b><br/>A. No. Because we don't supply CPT, we don't "
              "collect anything for it."),
    ]))

V = "Prairie Sky Laboratory Services, LLC"
DOCS.append(dict(
    key="c04_lab_portal", vendor=V, coverage="customer_must_license", fee=None,
    desc="Laboratory ordering-portal terms requiring the client practice to hold its own valid CPT licence from the AMA because the lab does not sublicense CPT.",
    font="serif", footer="Prairie Sky Laboratory Services, LLC - Client Portal Terms",
    blocks=[
        ("title", "CLIENT PORTAL AND ELECTRONIC ORDERING TERMS"),
        ("p", "Prairie Sky Laboratory Services, LLC (\"Laboratory\") offers its client physicians and practices (each a "
              "\"Client\") an internet portal for test ordering, specimen tracking and results."),
        ("h", "A. Eligibility"),
        ("p", "Only Clients with an active laboratory account and a signed Business Associate Agreement may use the portal."),
        ("h", "B. Test Menu and Codes"),
        ("p", "The portal can display procedure codes next to each orderable test when Client's own code library is "
              "linked. Laboratory does not sublicense CPT\u00ae. Client represents that it holds, and will maintain, a valid "
              "licence from the American Medical Association covering its users' access to CPT, and Client is solely "
              "responsible for any fees for that licence."),
        ("h", "C. Pricing"),
        ("p", "Portal access is provided without charge. Tests are billed according to Client's laboratory fee schedule."),
        ("h", "D. Termination"),
        ("p", "Laboratory may suspend portal access if Client's account is closed or these terms are breached."),
    ]))

V = "Bellwether Clinical Apps LLC"
DOCS.append(dict(
    key="c05_order_not_included", vendor=V, coverage="customer_must_license", fee=None,
    desc="Order form marking CPT content 'Not included - Customer to license directly from the AMA'; the one-time code import service fee next to it is not a CPT licence fee.",
    font="sans", footer="Bellwether Clinical Apps LLC - Order",
    blocks=[
        ("title", "Order Summary"),
        ("kv", [("Vendor", V), ("Customer", "Coral Bend Pain Management, LLC"), ("Order", "BCA-3381"),
                ("Start", "May 1, 2026")]),
        ("table", [["Item", "Price"],
                   ["Bellwether Charge Capture app, 5 users", "$55.00 per user per month"],
                   ["Code set import service (customer-supplied files)", "$250.00 one-time"],
                   ["CPT\u00ae content", "Not included \u2020"],
                   ["ICD-10-CM content", "Included"]],
         {"ruled": True, "widths": [0.6, 0.4]}),
        ("small", "\u2020 Customer to license CPT directly from the American Medical Association or an AMA-authorized "
                  "distributor. Bellwether will import Customer's licensed file using the code set import service."),
        ("p", "This Order is governed by the Bellwether Terms of Service."),
    ]))

V = "Dunmore Health Software, Inc."
DOCS.append(dict(
    key="c06_letter_stop_distributing", vendor=V, coverage="customer_must_license", fee=None,
    desc="Letter announcing that from the 2026 renewal the vendor stops distributing CPT and ends its $17.50 CPT fee, so customers must license CPT directly from the AMA; the old pass-through is superseded.",
    font="serif", footer="Dunmore Health Software, Inc.",
    blocks=[
        ("p", "Dunmore Health Software, Inc.<br/>1450 Quarry Lane, Ashbury, MN 55999"),
        ("p", "October 20, 2025"),
        ("title", "Important change to CPT\u00ae content in DunmoreEHR"),
        ("p", "Dear Customer,"),
        ("p", "Until now, Dunmore has distributed CPT codes under its own agreement with the American Medical Association "
              "and billed you a CPT fee of $17.50 per provider per year."),
        ("p", "That arrangement ends with your first renewal on or after January 1, 2026. From that date Dunmore will no "
              "longer distribute CPT content, and the $17.50 CPT fee will no longer be charged. To continue using CPT "
              "codes in DunmoreEHR, your practice must obtain its own CPT licence directly from the AMA or an "
              "AMA-authorized distributor and upload the licensed data file in Administration &gt; Code Sets."),
        ("p", "Your licence will be between your practice and the AMA (or the distributor); Dunmore will not be a party "
              "to it and will not collect fees for it."),
        ("p", "Sincerely,<br/>Customer Operations<br/>Dunmore Health Software, Inc."),
    ]))

V = "Elmstead Medical Technologies LLC"
DOCS.append(dict(
    key="c07_email_confirmed", vendor=V, coverage="customer_must_license", fee=None,
    desc="E-mail thread in which the vendor first guesses CPT may be included, then in its latest message confirms with legal that the practice needs its own AMA licence.",
    font="sans", footer="Elmstead Medical Technologies LLC - correspondence",
    blocks=[
        ("title", "CPT licence question"),
        ("email", "Joan Pettigrew &lt;jpettigrew@elmstead.example&gt;", "Marcus Oyelaran &lt;moyelaran@harborlightent.example&gt;",
         "Wed, Feb 4, 2026 1:55 PM", "RE: CPT licence question",
         ["Marcus,",
          "I checked with our legal team, and I need to correct what I said yesterday. Elmstead Medical Technologies LLC "
          "does not have rights to sublicense CPT\u00ae to customers. Your practice needs its own CPT licence from the "
          "American Medical Association (or an AMA-authorized distributor) before we turn on the CPT library in your "
          "ENT module. We won't be billing you for CPT.",
          "Joan Pettigrew, Implementation Lead"]),
        ("email", "Joan Pettigrew &lt;jpettigrew@elmstead.example&gt;", "Marcus Oyelaran &lt;moyelaran@harborlightent.example&gt;",
         "Tue, Feb 3, 2026 4:20 PM", "RE: CPT licence question",
         ["I believe CPT may be included with the subscription, but let me confirm."]),
        ("email", "Marcus Oyelaran &lt;moyelaran@harborlightent.example&gt;", "Joan Pettigrew &lt;jpettigrew@elmstead.example&gt;",
         "Tue, Feb 3, 2026 9:12 AM", "CPT licence question",
         ["Hi Joan, before go-live: do we pay you for CPT, or is it included, or something else? - Marcus, Harbor Light ENT"]),
    ]))

V = "Fairhaven Systems Group, Inc."
DOCS.append(dict(
    key="c08_amendment_remove", vendor=V, coverage="customer_must_license", fee=None,
    desc="Amendment removing the vendor's supply of CPT content and requiring the customer to license CPT directly from the AMA; it overrides the original agreement.",
    font="serif", footer="Fairhaven Systems Group, Inc. - Amendment",
    blocks=[
        ("title", "AMENDMENT NO. 3 TO LICENSE AND SERVICES AGREEMENT"),
        ("p", "Fairhaven Systems Group, Inc. (\"Fairhaven\") and Maple Row Medical Group, LLP (\"Customer\") agree as "
              "follows, effective July 1, 2026, to amend their License and Services Agreement dated September 9, 2021 (the "
              "\"Agreement\")."),
        ("ol", ["Section 4.2 of the Agreement, which provided that Fairhaven would supply CPT\u00ae content with the "
                "software, is deleted.",
                "New Section 4.2: \"Customer shall obtain and maintain, directly from the American Medical Association or "
                "its authorized distributor and at Customer's own cost, a licence for CPT sufficient for all of "
                "Customer's users. Fairhaven does not provide or sublicense CPT.\"",
                "Customer shall provide evidence of its CPT licence on request.",
                "This Amendment controls over any conflicting term of the Agreement. All other terms are unchanged."]),
        ("sp", 10),
        ("p", "FAIRHAVEN SYSTEMS GROUP, INC. By: Elena Marchetti, General Counsel"),
        ("p", "MAPLE ROW MEDICAL GROUP, LLP By: Dr. Samuel Achterberg, Managing Partner"),
    ]))

V = "Hollowbrook Claims Exchange, Inc."
blocks = [
    ("title", "CLEARINGHOUSE SUBMITTER AGREEMENT"),
    ("p", "This Agreement is between Hollowbrook Claims Exchange, Inc. (\"Clearinghouse\") and the health care provider "
          "or billing entity enrolling as a submitter (\"Submitter\")."),
    ("h", "1. Transaction Services"),
    ("p", "Clearinghouse will receive Submitter's electronic claims, validate them against payer rules, forward them to "
          "payers, and return acknowledgments and remittance files."),
    ("h", "2. Fees"),
    ("p", "Submitter will pay $0.32 per claim transmitted and $15.00 per month per tax identification number."),
    ("h", "3. Code Sets"),
    ("p", "Clearinghouse does not supply CPT\u00ae codes or descriptors. Submitter is solely responsible for obtaining "
          "licences for every code set it uses, including a licence for CPT from the American Medical Association for "
          "use in Submitter's practice management or billing system."),
]
blocks += boiler(4, "Clearinghouse", "Submitter", picks=[0, 1, 2, 16, 3, 4, 5, 10, 12, 13, 14])
DOCS.append(dict(
    key="c09_clearinghouse_submitter", vendor=V, coverage="customer_must_license", fee=None,
    desc="Clearinghouse submitter agreement stating the clearinghouse supplies no CPT and the submitter must obtain its own CPT licence from the AMA.",
    font="sans", footer="Hollowbrook Claims Exchange, Inc. - Submitter Agreement", blocks=blocks))

V = "Juniper Hill Health IT, LLC"
blocks = [
    ("title", "TERMS OF USE"),
    ("sub", "Juniper Hill Health IT, LLC - JuniperOne Practice Platform"),
    ("p", "These Terms of Use govern access to JuniperOne by the subscribing organization (\"Subscriber\") and its users."),
]
blocks += boiler(1, "Juniper Hill", "Subscriber", picks=[0, 15, 1, 2, 16, 17, 3, 4, 5, 6, 7, 18], caps=True)
blocks += [
    ("h", "13. THIRD-PARTY CONTENT"),
    ("p", "JuniperOne can display licensed third-party content, including Current Procedural Terminology. CPT\u00ae is "
          "owned by the American Medical Association and is not licensed to Subscriber by Juniper Hill. Before any user "
          "may view CPT in JuniperOne, Subscriber must procure its own licence directly from the AMA or an "
          "AMA-authorized distributor, pay all fees for it, and comply with its terms. Juniper Hill has no obligation to "
          "pay or collect any amount to or for the AMA."),
]
blocks += boiler(14, "Juniper Hill", "Subscriber", picks=[8, 19, 9, 10, 20, 11, 12, 21, 22, 23, 13, 24, 14], caps=True)
DOCS.append(dict(
    key="c10_terms_long", vendor=V, coverage="customer_must_license", fee=None,
    desc="Multi-page terms of use whose Section 13, among boilerplate, requires the subscriber to procure its own CPT licence from the AMA or an authorized distributor.",
    font="serif", footer="Juniper Hill Health IT, LLC - Terms of Use", blocks=blocks))

V = "Kingsmere Software Distribution, Inc."
blocks = [
    ("title", "Reseller Agreement for Practice Management Software"),
    ("p", "Kingsmere Software Distribution, Inc. (\"Reseller\") resells the TallyPM practice management application to "
          "Westfield Family Dentistry and Medicine, P.A. (\"End Customer\")."),
    ("h", "1. Products"),
    ("p", "Reseller will deliver TallyPM subscriptions and the optional statement-processing module."),
    ("h", "2. Prices"),
    ("p", "$98.00 per provider per month; statement processing at $0.55 per statement."),
    ("h", "3. CPT\u00ae"),
    ("p", "Reseller does not supply the CPT code set and has no right to sublicense it. End Customer must license CPT "
          "directly from the American Medical Association or an AMA-authorized distributor and must provide proof of "
          "that licence to Reseller before CPT data files are loaded."),
]
blocks += boiler(4, "Reseller", "End Customer", picks=[0, 1, 4, 11, 13])
DOCS.append(dict(
    key="c11_resale_customer", vendor=V, coverage="customer_must_license", fee=None,
    desc="Practice-management resale agreement in which the reseller does not supply CPT and the end customer must license it directly from the AMA or an authorized distributor.",
    font="sans", footer="Kingsmere Software Distribution, Inc.", blocks=blocks))

V = "Lanternfish Medical Software Corp."
DOCS.append(dict(
    key="c12_renewal_negation", vendor=V, coverage="customer_must_license", fee=None,
    desc="Renewal notice saying the vendor does not charge for CPT because its AMA agreement does not cover customers, who must license CPT from the AMA themselves.",
    font="sans", footer="Lanternfish Medical Software Corp. - Renewal Notice",
    blocks=[
        ("title", "Renewal Notice - LanternChart"),
        ("kv", [("From", V), ("To", "Silver Birch Counseling Center"), ("Renewal Term", "June 1, 2026 - May 31, 2027"),
                ("Renewal Price", "$2,940.00 per year (7 users)")]),
        ("p", "Thank you for another year with LanternChart. Your subscription will renew automatically at the price above."),
        ("p", "<b>A note about CPT\u00ae.</b> Lanternfish does not charge you for CPT codes and does not add an AMA fee. "
              "That is not because CPT is included: our agreement with the American Medical Association does not cover "
              "your organization's use. If your clinicians use CPT codes in LanternChart, your organization must license "
              "CPT itself from the AMA or an AMA-authorized distributor."),
        ("p", "Questions? renewals@lanternfish.example"),
    ]))
