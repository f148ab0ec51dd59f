"""vendor_covers documents: the vendor bears the AMA royalty; no separate CPT charge."""
from xlayout import boiler

DOCS = []

V = "Pinecrest EHR, Inc."
DOCS.append(dict(
    key="v01_faq_no_fee", vendor=V, coverage="vendor_covers", fee=None,
    desc="Knowledge-base article stating the vendor pays the AMA royalty under its distribution agreement and builds it into the subscription, with no AMA fee line; other vendors' fees are mentioned only for comparison.",
    font="sans", footer="Pinecrest EHR Knowledge Base | kb.pinecrest-ehr.example",
    blocks=[
        ("sub", "Knowledge Base / Billing questions"),
        ("title", "Does Pinecrest charge an AMA or CPT fee?"),
        ("p", "<b>Short answer: no.</b> Pinecrest EHR, Inc. holds a distribution licence from the American Medical "
              "Association for the CPT\u00ae codes and descriptors shown in the product. The royalty we owe the AMA under "
              "that agreement is paid by Pinecrest and is already built into your subscription price."),
        ("h", "Why are other practices talking about an AMA fee?"),
        ("p", "Some software companies have started passing the AMA royalty through to their customers, often around "
              "$18 to $22 per clinician each year. We have chosen not to do that. You will not see an AMA, CPT or "
              "content line on a Pinecrest invoice."),
        ("h", "Do I need to buy a CPT licence from the AMA to use Pinecrest?"),
        ("p", "Not for use inside Pinecrest. Your users are covered by our licence while they use CPT within the "
              "software. If you copy CPT into other systems or publications, that use is outside our licence."),
        ("h", "What does my subscription cost?"),
        ("p", "Plans start at $65 per provider per month. Pricing is shown on your order form and does not change "
              "because of CPT licensing."),
        ("small", "Was this article helpful? Contact support@pinecrest-ehr.example with further questions."),
    ]))

V = "Stonebridge Health Cloud LLC"
DOCS.append(dict(
    key="v02_pricing_included", vendor=V, coverage="vendor_covers", fee=None,
    desc="Pricing page whose per-user plan prices carry a footnote that CPT and ICD-10 content licensing is included at no added cost; the per-user prices are subscription fees, not CPT fees.",
    font="sans", footer="stonebridge-cloud.example/plans",
    blocks=[
        ("title", "Plans and Pricing"),
        ("sub", "Stonebridge Health Cloud LLC"),
        ("table", [["", "Essentials", "Practice", "Network"],
                   ["Price per user per month*", "$69", "$89", "$119"],
                   ["Scheduling and intake", "Yes", "Yes", "Yes"],
                   ["Charting and e-prescribing", "Yes", "Yes", "Yes"],
                   ["Coding assistant with CPT\u00ae and ICD-10-CM content\u00b9", "-", "Yes", "Yes"],
                   ["Multi-site dashboards", "-", "-", "Yes"]],
         {"ruled": True, "widths": [0.4, 0.2, 0.2, 0.2]}),
        ("small", "* Billed monthly. Annual prepayment receives one month free."),
        ("small", "\u00b9 Licensing for CPT content is included in the plan price. Stonebridge pays the American Medical "
                  "Association royalty for all users; there is no separate CPT or AMA charge."),
        ("h", "Add-ons"),
        ("ul", ["Electronic claims: $0.25 per claim", "Text reminders: $20 per location per month",
                "Custom interface: quoted per project"]),
    ]))

V = "Ashgrove Medical Systems Corporation"
blocks = [
    ("title", "SOFTWARE AS A SERVICE AGREEMENT"),
    ("p", "This Software as a Service Agreement is entered into by Ashgrove Medical Systems Corporation (\"Ashgrove\") "
          "and the customer named in the signed Order (\"Customer\")."),
    ("h", "1. SERVICES"),
    ("p", "Ashgrove will provide Customer with access to the Ashgrove Clinical Suite, a hosted electronic health record "
          "and practice management service, for the number of users stated in the Order."),
    ("h", "2. FEES"),
    ("p", "Customer will pay the subscription fees stated in the Order. Subscription fees are billed monthly in advance."),
]
blocks += boiler(3, "Ashgrove", "Customer", picks=[0, 1, 2, 3, 15, 16, 7, 8, 17, 18], caps=True)
blocks += [
    ("h", "13. AMA CPT CONTENT"),
    ("la", ["The Clinical Suite includes Current Procedural Terminology (\"CPT\") owned by the American Medical "
            "Association (\"AMA\"). Ashgrove has obtained a licence from the AMA that permits it to distribute CPT to "
            "Customer as part of the services.",
            "All royalties and other amounts payable to the AMA for Customer's use of CPT within the services are paid "
            "by Ashgrove and are included in the subscription fees. Ashgrove will not invoice Customer separately for CPT.",
            "Customer's use of CPT is limited to use within the services, in the United States, for Customer's internal "
            "purposes, and is subject to the AMA end-user terms in the documentation."]),
]
blocks += boiler(14, "Ashgrove", "Customer", picks=[4, 5, 19, 10, 11, 20, 21, 22, 23, 12, 13, 24, 14], caps=True)
DOCS.append(dict(
    key="v03_saas_section", vendor=V, coverage="vendor_covers", fee=None,
    desc="Multi-page SaaS agreement whose Section 13, among unrelated boilerplate, says the vendor pays all AMA royalties and includes them in the subscription fees.",
    font="serif", footer="Ashgrove Medical Systems Corporation - SaaS Agreement", blocks=blocks))

V = "Redwood Coding and Billing Group, Inc."
blocks = [
    ("title", "Medical Billing and Coding Services Agreement"),
    ("p", "This Agreement is between <b>Redwood Coding and Billing Group, Inc.</b> (\"Company\") and <b>Alpine Meadow "
          "Family Practice, LLC</b> (\"Provider\"). As used here, \"Provider\" means the medical practice receiving the "
          "services, including its physicians and other licensed clinicians."),
    ("h", "Article 1 - Services"),
    ("p", "Company will review Provider's documentation, assign procedure and diagnosis codes, prepare and submit "
          "claims, and work denials and appeals."),
    ("h", "Article 2 - Compensation"),
    ("p", "Provider will pay Company 7% of amounts collected on claims Company submits, plus $3.50 per coded encounter "
          "for coding-only services."),
    ("h", "Article 3 - Code Sets and Licences"),
    ("p", "Company maintains, at its own expense, all licences to Current Procedural Terminology and other code sets "
          "that Company needs to perform the services, including its licence from the American Medical Association. "
          "Provider will not be charged any royalty or fee for CPT\u00ae in connection with the services, and the "
          "compensation in Article 2 is the only amount owed to Company."),
]
blocks += boiler(4, "Company", "Provider", picks=[0, 1, 2, 16, 3, 4, 5, 17, 20, 12, 13, 14], numbered=True)
DOCS.append(dict(
    key="v04_billing_provider_practice", vendor=V, coverage="vendor_covers", fee=None,
    desc="Billing/coding services agreement (where 'Provider' means the practice) in which the billing company keeps its AMA CPT licence at its own expense and charges no CPT fee.",
    font="sans", footer="Redwood Coding and Billing Group, Inc.", blocks=blocks))

V = "Foxglove Practice Solutions LLC"
DOCS.append(dict(
    key="v05_invoice_zero", vendor=V, coverage="vendor_covers", fee=None,
    desc="Invoice with a line 'AMA CPT licence - included in subscription' at $0.00; the vendor states it pays the royalty.",
    font="sans", footer="Foxglove Practice Solutions LLC - Invoice",
    blocks=[
        ("title", "Invoice FPS-118204"),
        ("kv", [("From", V + ", 2200 Orchard Parkway, Cedar Fork, OH 43999"),
                ("Bill to", "Brookline Podiatry Center, Inc."), ("Date", "January 2, 2026"), ("Due", "February 1, 2026")]),
        ("table", [["Description", "Qty", "Rate", "Amount"],
                   ["FoxPM subscription, per provider, January 2026", "4", "$115.00", "$460.00"],
                   ["AMA CPT\u00ae licence, 2026 - included in subscription", "4", "$0.00", "$0.00"],
                   ["Claims clearinghouse bundle", "1", "$60.00", "$60.00"],
                   ["", "", "Total", "$520.00"]],
         {"ruled": True, "widths": [0.55, 0.1, 0.15, 0.2], "boldlast": True}),
        ("p", "<b>Note:</b> Foxglove pays the American Medical Association royalty for CPT content used in FoxPM. The "
              "$0.00 line is shown for your records only; no CPT fee is charged."),
    ]))

V = "Marigold Health Technologies, Inc."
DOCS.append(dict(
    key="v06_letter_absorb", vendor=V, coverage="vendor_covers", fee=None,
    desc="Customer letter saying the vendor will absorb the 2026 AMA CPT royalty itself and invoices will not change.",
    font="serif", footer="Marigold Health Technologies, Inc.",
    blocks=[
        ("p", "Marigold Health Technologies, Inc.<br/>77 Foundry Street<br/>Millbrook, WI 53999"),
        ("p", "December 3, 2025"),
        ("p", "To our customers:"),
        ("title", "Our approach to the AMA's CPT royalty"),
        ("p", "Many of you have asked whether Marigold will follow other health IT companies in adding an AMA fee to "
              "your bills. The American Medical Association charges software distributors a royalty for CPT\u00ae codes "
              "used in their products, and that royalty rose again for 2026."),
        ("p", "We want to be direct: Marigold will absorb the 2026 CPT royalty. It is our cost under our agreement with "
              "the AMA, and it remains part of the price you already pay. Your invoices will not include a CPT, AMA or "
              "licensing surcharge."),
        ("p", "Your subscription renewal may still reflect the standard annual price adjustment described in your "
              "agreement (capped at 3%), which is unrelated to CPT."),
        ("p", "Thank you for your trust.<br/><br/>Renata Okonkwo-Hale<br/>Chief Executive Officer"),
    ]))

V = "Heron Point Software, Inc."
DOCS.append(dict(
    key="v07_email_withdrawn", vendor=V, coverage="vendor_covers", fee=None,
    desc="E-mail thread in which an earlier vendor message announced a $19 per provider AMA fee, but the latest message withdraws it and says the vendor will absorb the royalty.",
    font="sans", footer="Heron Point Software, Inc. - customer correspondence",
    blocks=[
        ("title", "Fwd: AMA fee on 2026 invoices"),
        ("email", "Gareth Ambrose &lt;gambrose@heronpoint.example&gt;", "Office Manager &lt;office@willowcreekpeds.example&gt;",
         "Jan 6, 2026, 10:15 AM", "RE: AMA fee on 2026 invoices",
         ["Good morning,",
          "Following customer feedback, Heron Point Software, Inc. has withdrawn the AMA fee announced in December. "
          "We will absorb the American Medical Association royalty for CPT\u00ae ourselves. No AMA fee will be charged to "
          "your practice in 2026, and any amount already billed will be credited on your February invoice.",
          "Regards,<br/>Gareth Ambrose, Customer Success"]),
        ("email", "Office Manager &lt;office@willowcreekpeds.example&gt;", "Gareth Ambrose &lt;gambrose@heronpoint.example&gt;",
         "Dec 19, 2025, 3:02 PM", "AMA fee on 2026 invoices",
         ["Gareth, we were surprised by the notice below. Five providers at $19 each is not much, but we were never told "
          "about this when we signed. Can you explain?"]),
        ("email", "Heron Point Notifications &lt;noreply@heronpoint.example&gt;", "All customers",
         "Dec 12, 2025, 8:00 AM", "Notice: AMA fee on 2026 invoices",
         ["Beginning January 2026, Heron Point will add an AMA fee of $19.00 per provider per year to collect the "
          "royalty the AMA charges for CPT codes in our software."]),
    ]))

V = "Granite Bay Clinical LLC"
DOCS.append(dict(
    key="v08_amendment_delete", vendor=V, coverage="vendor_covers", fee=None,
    desc="Amendment deleting the original $18.00 per provider per year CPT pass-through and stating that subscription fees now include the CPT licence; the old fee is superseded.",
    font="serif", footer="Granite Bay Clinical LLC - Amendment No. 1",
    blocks=[
        ("title", "FIRST AMENDMENT TO MASTER SERVICES AGREEMENT"),
        ("p", "This First Amendment is made effective January 1, 2026 between Granite Bay Clinical LLC (\"Vendor\") and "
              "Oak Terrace Neurology, P.C. (\"Customer\") to the Master Services Agreement dated April 2, 2023 (the \"MSA\")."),
        ("ol", ["<b>Deletion of CPT pass-through.</b> Section 5.3 of the MSA, under which Customer reimbursed Vendor "
                "$18.00 per provider per year for the American Medical Association's CPT\u00ae royalty, is deleted in its "
                "entirety.",
                "<b>New Section 5.3.</b> Section 5.3 is replaced with: \"The subscription fees include Vendor's licence "
                "from the AMA for CPT content made available through the services. Vendor is responsible for all "
                "royalties owed to the AMA for that content and will not charge Customer for them.\"",
                "<b>Subscription fees.</b> Exhibit B is amended to increase the monthly subscription fee from $240.00 to "
                "$242.00 per provider.",
                "<b>Precedence.</b> Where this Amendment conflicts with the MSA, this Amendment governs. All other terms "
                "of the MSA remain unchanged."]),
        ("sp", 10),
        ("p", "GRANITE BAY CLINICAL LLC - By: Tomas Reyes-Whitfield, President"),
        ("p", "OAK TERRACE NEUROLOGY, P.C. - By: Dr. Ingrid Salvesen, Medical Director"),
    ]))

V = "Cobblestone Medical Software Co."
DOCS.append(dict(
    key="v09_order_included_comparison", vendor=V, coverage="vendor_covers", fee=None,
    desc="Order form listing 'CPT licence (AMA)' as included in the subscription fee; the AMA's own direct end-user price is quoted only for comparison.",
    font="sans", footer="Cobblestone Medical Software Co. - Order Form",
    blocks=[
        ("title", "ORDER FORM CM-2026-044"),
        ("kv", [("Vendor", V), ("Customer", "Riverside Sleep Clinic, LLC"), ("Effective", "March 1, 2026"),
                ("Term", "24 months")]),
        ("table", [["Item", "Units", "Price", "Notes"],
                   ["Cobblestone EHR, named users", "9", "$92.00 per user per month", ""],
                   ["Sleep study module", "1", "$300.00 per month", ""],
                   ["CPT\u00ae licence (AMA)", "9", "Included", "Included in Subscription Fee"],
                   ["Implementation", "1", "$2,750.00 one-time", ""]],
         {"ruled": False, "widths": [0.34, 0.1, 0.28, 0.28]}),
        ("p", "<b>CPT licensing.</b> Cobblestone distributes CPT under its own agreement with the American Medical "
              "Association and pays the related royalties. For comparison only: a practice licensing CPT directly from "
              "the AMA for internal use would typically pay roughly $20 per user per year plus an entity fee. No such "
              "amount is payable under this Order."),
        ("p", "Customer signature: ____________________    Date: ____________"),
    ]))

V = "Summit Valley Technology Partners, Inc."
blocks = [
    ("title", "PRACTICE MANAGEMENT SOFTWARE RESALE AND SUPPORT AGREEMENT"),
    ("p", "Summit Valley Technology Partners, Inc. (\"Reseller\") is an authorized reseller of the ClearPath PM software "
          "published by a third-party publisher (\"Publisher\"). This Agreement governs Reseller's supply of ClearPath PM "
          "to Bramblewood Internal Medicine, LLC (\"End Customer\")."),
    ("h", "1. Supply and Support"),
    ("p", "Reseller will supply subscriptions to ClearPath PM, perform installation and configuration, and provide "
          "first-line support during business hours."),
    ("h", "2. Pricing"),
    ("p", "End Customer will pay Reseller $135.00 per provider per month for ClearPath PM, and $95.00 per hour for "
          "on-site services."),
    ("h", "3. Code Set Content"),
    ("p", "ClearPath PM contains CPT\u00ae content of the American Medical Association. Reseller, through its agreement "
          "with Publisher, pays all royalties owed to the AMA for End Customer's use of that content. No CPT or AMA fee "
          "will be charged to End Customer, and End Customer need not obtain a separate CPT licence for use within "
          "ClearPath PM."),
]
blocks += boiler(4, "Reseller", "End Customer", picks=[0, 1, 8, 11, 13])
DOCS.append(dict(
    key="v10_resale_reseller_pays", vendor=V, coverage="vendor_covers", fee=None,
    desc="Practice-management resale agreement in which the reseller, via its publisher agreement, pays all AMA royalties and charges the end customer no CPT fee.",
    font="serif", footer="Summit Valley Technology Partners, Inc. - Resale Agreement", blocks=blocks))

V = "Lakeshore Imaging Informatics, Inc."
DOCS.append(dict(
    key="v11_radiology_portal", vendor=V, coverage="vendor_covers", fee=None,
    desc="Radiology ordering portal terms stating that CPT content shown in the portal is licensed by the vendor from the AMA at the vendor's cost with no charge to referring practices.",
    font="sans", footer="Lakeshore Imaging Informatics, Inc. - Portal Terms of Use",
    blocks=[
        ("title", "REFERRING PRACTICE PORTAL - TERMS OF USE"),
        ("p", "These Terms apply to physicians and staff of referring practices who use the imaging order and results "
              "portal operated by Lakeshore Imaging Informatics, Inc. (\"Lakeshore\")."),
        ("h", "1. ACCESS"),
        ("p", "Lakeshore issues individual logins to staff approved by the referring practice. Logins may not be shared."),
        ("h", "2. ORDERING AND RESULTS"),
        ("p", "The portal lets you place imaging orders, attach clinical indications, view reports and images, and "
              "download results to your EHR."),
        ("h", "3. PROCEDURE CODE CONTENT"),
        ("p", "Order screens show CPT\u00ae procedure codes and descriptions. This content is licensed by Lakeshore from the "
              "American Medical Association at Lakeshore's cost. Referring practices are not charged for portal access or "
              "for CPT content, and their use of CPT within the portal is covered by Lakeshore's licence."),
        ("h", "4. PRIVACY"),
        ("p", "Patient information in the portal is handled under HIPAA and Lakeshore's Notice of Privacy Practices."),
        ("h", "5. CHANGES"),
        ("p", "Lakeshore may update these Terms by posting a revised version; continued use means acceptance."),
    ]))

V = "Thistle Creek Health Systems LLC"
DOCS.append(dict(
    key="v12_renewal_increase", vendor=V, coverage="vendor_covers", fee=None,
    desc="Renewal notice with a 3% price increase (5% cap) that confirms CPT licensing remains included at no additional charge; the increase is not a CPT fee.",
    font="sans", footer="Thistle Creek Health Systems LLC - Renewal",
    blocks=[
        ("title", "Subscription Renewal Notice"),
        ("kv", [("Company", V), ("Customer", "Northwind Chiropractic Group"), ("Renewal Date", "April 1, 2026"),
                ("Current Term Ends", "March 31, 2026")]),
        ("table", [["Item", "Current", "Renewal"],
                   ["ThistleChart, per provider per month", "$84.00", "$86.52"],
                   ["Online scheduling, per location per month", "$30.00", "$30.90"],
                   ["CPT\u00ae licensing", "Included", "Included"]],
         {"ruled": True, "widths": [0.5, 0.25, 0.25]}),
        ("p", "Your renewal prices reflect the 3% annual adjustment permitted by your agreement, which caps yearly increases "
              "at 5%."),
        ("p", "CPT licensing remains included at no additional charge. Thistle Creek continues to pay the American "
              "Medical Association royalty for CPT content in ThistleChart."),
        ("p", "No action is needed to renew. To change your plan, contact renewals@thistlecreek.example before March 1, 2026."),
    ]))

V = "Wrenfield Software Group, Inc."
DOCS.append(dict(
    key="v13_release_notes_covered", vendor=V, coverage="vendor_covers", fee=None,
    desc="Release notes for a 2026 code update stating the AMA licence for CPT is covered by the vendor and no AMA fee is charged.",
    font="mono", footer="Wrenfield Software Group, Inc. - What's new",
    blocks=[
        ("title", "What's New in WrenChart 2026.1"),
        ("small", "Wrenfield Software Group, Inc. - January 2, 2026"),
        ("h", "Code sets"),
        ("ul", ["CPT\u00ae 2026 annual update loaded: new, revised and deleted codes are active for dates of service on or "
                "after January 1, 2026.",
                "ICD-10-CM FY2026 codes were loaded in October and remain current.",
                "Deleted codes now display a warning when added to a superbill."]),
        ("h", "Licensing reminder"),
        ("p", "As in prior years, the AMA licence for the CPT code set is covered by Wrenfield as part of your WrenChart "
              "subscription. There is no AMA fee, and nothing changes on your invoice."),
        ("h", "Other improvements"),
        ("ul", ["Dark mode for the schedule view.", "Bulk re-send of failed claims.", "New audit log filter for user logins."]),
    ]))
