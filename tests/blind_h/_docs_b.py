"""Documents in which the vendor's price includes the CPT licence (vendor pays the AMA)."""
from _common import doc, number, sections, web_chrome, web_footer

# ---------------------------------------------------------------- V01 web EULA, royalties included
V = "Wrenfield Behavioral Software, LLC"
doc("v01", "vendor_covers", V,
    "Web end-user terms for CPT content: AMA-style sublicence grant plus an explicit statement that AMA royalties are paid by the Company and included in subscription fees.",
    [("small", "wrenfield.com/legal/ama-cpt-terms"),
     ("title", "AMA CPT\u00ae End User Terms"),
     ("subtitle", "Applies to all Wrenfield subscriptions. Last revised January 2, 2025."),
     ("num", "1.", "Wrenfield Behavioral Software, LLC (the \"Company\") uses content from Current Procedural "
                   "Terminology (\"CPT\"), which is copyrighted by the American Medical Association (\"AMA\"). CPT\u00ae "
                   "is a registered trademark of the AMA."),
     ("num", "2.", "As a party to a license agreement with the AMA, the Company is authorized to grant you "
                   "(\"Customer\") a limited, non-exclusive, non-transferable, non-sublicensable license to use CPT "
                   "content in the Company's products, solely for Customer's internal use within the United States."),
     ("num", "3.", "The royalties payable to the AMA for Customer's use of CPT content are paid by the Company and "
                   "are included in Customer's subscription fees. No separate CPT or AMA fee is charged to Customer."),
     ("num", "4.", "The sublicense ends automatically if the Company's agreement with the AMA ends, unless the AMA "
                   "consents in writing or Customer enters into a license directly with the AMA. Continued delivery "
                   "of updated CPT content depends on that agreement continuing."),
     ("num", "5.", "Customer may not make CPT content publicly available, translate it, create derivative works from "
                   "it, or transfer, sell, lease or license it or the Company's products to any other party, "
                   "including a subsidiary, affiliate or other legal entity."),
     ("num", "6.", "To the extent permitted by law, Customer uses CPT content at its own risk, and it is provided "
                   "\"as is\" without any warranty. The AMA does not directly or indirectly practice medicine or "
                   "dispense medical services. Fee schedules, relative value units, conversion factors and related "
                   "components are not assigned by the AMA, are not part of CPT, and the AMA does not recommend "
                   "their use. The CPT content does not replace the AMA's official CPT publications or guidelines."),
     ("num", "7.", "Customer must keep all AMA copyright and trademark notices on any CPT content it prints or "
                   "displays."),
     ("num", "8.", "U.S. Government rights in CPT are limited as described in the applicable FAR and DFARS clauses; "
                   "CPT is commercial technical data developed exclusively at private expense by the AMA."),
     ("num", "9.", "Customer agrees that the AMA is a third-party beneficiary of these terms and may enforce them."),
     ("sp", 6),
     ("small", "CPT copyright 2024 American Medical Association. All rights reserved."),
     ("small", "\u00a9 2025 Wrenfield Behavioral Software, LLC  \u00b7  Terms of Service  \u00b7  Privacy  \u00b7  BAA"),
     ], font="Times", size=10.4, accent="#3d2c5e", pagenum="")

# ---------------------------------------------------------------- V02 FAQ: no AMA fee
V = "Clover Bay EHR, Inc."
doc("v02", "vendor_covers", V,
    "Help-centre FAQ: 'Will Clover Bay add an AMA CPT fee?' - No; vendor pays the AMA royalty out of the subscription.",
    web_chrome("help.cloverbay.com", ["Account and billing", "Fees and charges"], "Updated June 2025") + [
        ("title", "AMA CPT\u00ae fees and Clover Bay"),
        ("p", "You may have read that some EHR companies now add an annual \"AMA fee\" to practices' bills. Here is "
              "how it works at Clover Bay EHR, Inc. (\"Clover Bay\")."),
        ("qa", "Will Clover Bay add an AMA CPT fee to my bill?",
         "No. Clover Bay pays the AMA's CPT royalty for every user on our platform out of your subscription price. "
         "There is no separate line for it, and we have no plans to add one."),
        ("qa", "Do I need my own license from the AMA to use CPT codes in Clover Bay?",
         "No. Clover Bay is an AMA-authorized distributor, and your subscription includes a sublicense to use CPT "
         "inside Clover Bay."),
        ("qa", "Does that cover my other software too?",
         "No. The AMA licenses each product separately. If you also use a separate billing service or coding tool, "
         "ask that vendor how it handles CPT."),
        ("qa", "Who counts as a user?",
         "The AMA counts anyone who uses CPT content or relies on it to do their job. Because we pay for all users, "
         "you do not need to track this for Clover Bay."),
        ("qa", "Do I pay anything for ICD-10 or HCPCS updates?",
         "No. Those code sets are published free by the federal government and load automatically."),
        ("qa", "Why does my statement show \"Content\" as $0.00?",
         "That line lists licensed content included in your plan (CPT, drug data and patient handouts) so you can "
         "see it is covered."),
    ] + web_footer(V), font="Helvetica", size=10, accent="#2e7d32", pagenum="")

# ---------------------------------------------------------------- V03 MSA Licensor/Licensee, royalties borne by Licensor
V = "Halcyon Medical Informatics Corp."
L, C, PR = "Licensor", "Licensee", "Software"
secs = sections([
    ("Definitions", [
        "\"CPT Content\" means the Current Procedural Terminology codes, descriptors and related data of the "
        "American Medical Association (\"AMA\") incorporated in the Software. \"License Fees\" means the fees "
        "stated in the Order. \"Software\" means Licensor's Halcyon Ambulatory Suite, including updates."]),
    ("License", ["Licensor grants Licensee a non-exclusive, non-transferable license during the Term to use the "
                 "Software for its internal operations at the locations listed in the Order."]),
    "training", "support:1", "payment:0", "term:0", "confidentiality:0",
    ("CPT Content", [
        "Licensor represents that it holds a distribution license from the AMA permitting it to include CPT Content "
        "in the Software and to sublicense its use to Licensee, and Licensor hereby grants such sublicense for "
        "Licensee's internal use in the United States.",
        "All royalties and other amounts due to the AMA in connection with Licensee's use of CPT Content within the "
        "Software are the responsibility of Licensor and are included in the License Fees. Licensee shall have no "
        "obligation to pay any separate fee for CPT Content.",
        "Licensee shall keep the AMA notices displayed in the Software and shall not export CPT Content for use "
        "outside the Software."]),
    "hipaa:0", "warranty:0", "indemnity:0", "liability:1", "law:1", "entire:0",
], L, C, PR)
doc("v03", "vendor_covers", V,
    "Software licence agreement (Licensor/Licensee): Licensor holds an AMA distribution licence; all AMA royalties are Licensor's responsibility and included in the License Fees.",
    [("ctitle", "SOFTWARE LICENSE AGREEMENT"),
     ("p", "This Software License Agreement is entered into on July 15, 2024 by <b>Halcyon Medical Informatics "
           "Corp.</b>, 900 Innovation Way, Minneapolis, MN 55401 (\"Licensor\"), and <b>North Shore Podiatry "
           "Associates, Ltd.</b> (\"Licensee\")."),
     ] + number(secs, "dotted") + [
        ("sig", [["HALCYON MEDICAL INFORMATICS CORP.", ("By", "______________"), ("Name", "Erik Lindqvist"),
                  ("Title", "SVP Sales")],
                 ["NORTH SHORE PODIATRY ASSOCIATES, LTD.", ("By", "______________"), ("Name", "Joan Ferraro, DPM"),
                  ("Title", "Owner")]]),
    ], font="Times", size=9.8, footer="Halcyon Medical Informatics Corp. \u2014 License Agreement")

# ---------------------------------------------------------------- V04 invoice with $0.00 included CPT line
V = "Juniper Row Health, Inc."
doc("v04", "vendor_covers", V,
    "Invoice with an 'AMA CPT license (2025) - included - $0.00' row among paid rows; note says CPT licensing is included in the subscription.",
    [("title", "Invoice"),
     ("p", "<b>Juniper Row Health, Inc.</b>  \u00b7  77 Juniper Row, Nashville, TN 37203  \u00b7  ar@juniperrow.com"),
     ("kv", [("Invoice #", "JRH-250114"), ("Date", "January 14, 2025"), ("Due", "February 13, 2025"),
             ("Customer", "Music City Family Practice, PLLC"), ("Plan", "Juniper Row Complete \u2014 annual")]),
     ("table", [["Item", "Qty", "Rate", "Amount"],
                ["Juniper Row Complete \u2014 provider subscription (annual)", "5", "$3,480.00", "$17,400.00"],
                ["Additional staff logins (annual)", "9", "$240.00", "$2,160.00"],
                ["AMA CPT\u00ae license (2025) \u2014 providers", "5", "included", "$0.00"],
                ["Online patient payments \u2014 setup", "1", "$0.00", "$0.00"],
                ["Telehealth add-on (annual)", "5", "$300.00", "$1,500.00"],
                ["", "", "Total", "$21,060.00"]],
      {"widths": [0.55, 0.08, 0.17, 0.2], "right": [1, 2, 3], "ruled": "grid", "bold_last": True}),
     ("p", "CPT licensing is included in your Juniper Row subscription: Juniper Row Health pays the American Medical "
           "Association's royalty for all providers and staff on your account. The line above is shown for your "
           "records only."),
     ("p", "Pay online at pay.juniperrow.com or by check to Juniper Row Health, Inc., Dept. 4410, Nashville, TN 37203."),
     ], font="Helvetica", size=9.6, accent="#4a6741", footer="Juniper Row Health, Inc.")

# ---------------------------------------------------------------- V05 pricing page, everything included
V = "Northstar Practice Cloud LLC"
doc("v05", "vendor_covers", V,
    "Pricing page with per-provider subscription plans (not CPT fees); code sets row says CPT included and footnote says no AMA pass-through, vendor pays the royalty.",
    [("small", "northstarpractice.com/pricing"),
     ("title", "One price. Everything included."),
     ("p", "No setup fees, no per-claim fees and no surprise code-set charges. Choose monthly or annual billing."),
     ("table", [["", "Essentials", "Professional", "Multi-site"],
                ["Per provider, per month", "$149", "$219", "$249"],
                ["Staff users", "Unlimited", "Unlimited", "Unlimited"],
                ["EHR and e-prescribing", "\u2713", "\u2713", "\u2713"],
                ["Billing and claims", "\u2713", "\u2713", "\u2713"],
                ["Code sets: CPT\u00ae, ICD-10-CM, HCPCS", "Included\u2020", "Included\u2020", "Included\u2020"],
                ["Patient payments", "2.9% + 30\u00a2", "2.7% + 30\u00a2", "2.5% + 30\u00a2"],
                ["Multi-location reporting", "\u2014", "\u2014", "\u2713"]],
      {"widths": [0.34, 0.22, 0.22, 0.22], "ruled": "grid", "head_bg": "#dfe7f5"}),
     ("small", "\u2020 No AMA pass-through fees. Northstar Practice Cloud LLC pays the American Medical Association's "
               "royalty for CPT\u00ae on every plan, for every user, as part of your subscription."),
     ("h", "Frequently asked"),
     ("qa", "Is there a contract?", "Monthly plans can be cancelled with 30 days' notice. Annual plans save 10%."),
     ("qa", "Do you charge for data migration?", "One standard migration is free on Professional and Multi-site."),
     ("qa", "Will you add an AMA fee later?", "No. The CPT royalty is our cost, not yours."),
     ("small", "Prices in USD exclude taxes. CPT is a registered trademark of the American Medical Association."),
     ], font="Helvetica", size=9.8, accent="#14213d", pagenum="")

# ---------------------------------------------------------------- V06 Company/Member, passive voice
V = "Ashgrove Physician Network Services, Inc."
Co, Me, PR = "the Company", "Member", "Shared System"
secs = sections([
    ("Definitions", [
        "\"Member\" means a physician practice admitted to the Ashgrove network that signs this Agreement. "
        "\"Shared System\" means the practice management and EHR platform hosted by the Company for Members. "
        "\"Member Services Fee\" means the monthly fee in Schedule 1."]),
    ("Services to Members", [
        "The Company shall provide each Member with access to the Shared System, centralized credentialing, "
        "payer-contract administration and group purchasing, as described in Schedule 2."]),
    ("Member Services Fee", [
        "Member shall pay the Member Services Fee of $640.00 per physician per month, invoiced monthly in arrears."]),
    ("Licensed Content", [
        "The Shared System contains Current Procedural Terminology (CPT\u00ae) content of the American Medical "
        "Association, made available to Members under the Company's distribution license with the AMA.",
        "Royalties owed to the AMA in respect of the CPT content embedded in the Shared System shall be borne by "
        "the Company and are reflected in the Member Services Fee. No further amount in respect of CPT shall be "
        "invoiced to a Member.",
        "Member shall use CPT content only within the Shared System and only for its own patients."]),
    "term:1", "confidentiality:1", "hipaa:1", "liability:1", "termination:1", "law:2",
], "the Company", Me, PR)
doc("v06", "vendor_covers", V,
    "Network services agreement ('the Company'/'Member'); passive voice: AMA royalties for CPT 'shall be borne by the Company and are reflected in the Member Services Fee'.",
    [("ctitle", "MEMBER PARTICIPATION AND SERVICES AGREEMENT"),
     ("p", "This Agreement is made on September 30, 2024 between <b>Ashgrove Physician Network Services, Inc.</b>, a "
           "Texas corporation (\"the Company\"), and <b>Bluebonnet Pediatrics, P.A.</b> (\"Member\")."),
     ] + number(secs, "inline") + [
        ("sig", [["ASHGROVE PHYSICIAN NETWORK SERVICES, INC.", ("By", "/s/ Leticia Ramos"), ("Title", "President")],
                 ["BLUEBONNET PEDIATRICS, P.A.", ("By", "/s/ Aaron Feld, MD"), ("Title", "Managing Physician")]]),
    ], font="Times", size=10.3)

# ---------------------------------------------------------------- V07 amendment deleting a pass-through
V = "Brookhollow Software Group, Inc."
doc("v07", "vendor_covers", V,
    "Amendment deleting the $18.00 per provider CPT pass-through clause; from 1 Jan 2025 the vendor bears all AMA royalties (old fee still visible in recitals).",
    [("ctitle", "FIRST AMENDMENT TO SOFTWARE SUBSCRIPTION AGREEMENT"),
     ("p", "This First Amendment is made effective January 1, 2025 (the \"Amendment Effective Date\") between "
           "<b>Brookhollow Software Group, Inc.</b> (\"Vendor\") and <b>Mesa Verde Rheumatology, LLC</b> (\"Customer\")."),
     ("h2", "Background"),
     ("p", "Vendor and Customer are parties to a Software Subscription Agreement dated August 1, 2022 (the "
           "\"Agreement\"). Section 4.6 of the Agreement (CPT Pass-Through Fee) requires Customer to pay Vendor "
           "$18.00 per provider per year for CPT royalties. Vendor has renegotiated its distribution terms with the "
           "American Medical Association and has agreed to stop passing that royalty through."),
     ("h2", "Agreement"),
     ("num", "1.", "Section 4.6 of the Agreement is deleted in its entirety."),
     ("num", "2.", "A new Section 4.6 is inserted: \"4.6 <i>CPT Royalties.</i> From the Amendment Effective Date, Vendor "
                   "shall bear all royalties payable to the American Medical Association for CPT content made "
                   "available to Customer in the Software. Such royalties are included in the Subscription Fees, and "
                   "Vendor shall not invoice Customer for them.\""),
     ("num", "3.", "CPT pass-through fees invoiced for calendar year 2024 and earlier remain payable. No CPT "
                   "pass-through fee will be invoiced for 2025 or any later year."),
     ("num", "4.", "All other terms of the Agreement remain in full force. In the event of conflict, this Amendment "
                   "controls."),
     ("sig", [["BROOKHOLLOW SOFTWARE GROUP, INC.", ("By", "______________"), ("Name", "Claire Dunmore"),
               ("Title", "Chief Operating Officer"), ("Date", "December 18, 2024")],
              ["MESA VERDE RHEUMATOLOGY, LLC", ("By", "______________"), ("Name", "Victor Alonso, MD"),
               ("Title", "Managing Member"), ("Date", "December 20, 2024")]]),
     ], font="Times", size=10.6)

# ---------------------------------------------------------------- V08 email: built into per-provider subscription
V = "Saltmarsh Digital Health, Inc."
doc("v08", "vendor_covers", V,
    "E-mail thread: vendor says there is no separate CPT charge, the royalty is built into the $299 per provider per month subscription (per-provider subscription is not a CPT fee).",
    [("title", "Fwd: CPT licensing question before we sign"),
     ("email", [("From", "Nadia Petrov &lt;npetrov@coastalspine.net&gt;"), ("To", "Dr. Jonah Ellery"),
                ("Date", "Thu, 6 Mar 2025 08:12"), ("Subject", "Fwd: CPT licensing question before we sign")],
      ["Jonah \u2014 see Saltmarsh's answer below. Sounds like we're covered for CPT with them. \u2014 Nadia"]),
     ("email", [("From", "Owen Castillo &lt;ocastillo@saltmarshhealth.com&gt;"),
                ("To", "Nadia Petrov &lt;npetrov@coastalspine.net&gt;"),
                ("Date", "Wed, 5 Mar 2025 17:48"), ("Subject", "RE: CPT licensing question before we sign")],
      ["Hi Nadia,",
       "No separate CPT charge with us. Saltmarsh Digital Health, Inc. is an AMA-authorized distributor, and the "
       "AMA royalty for everyone on your account \u2014 providers and staff \u2014 is built into your subscription of "
       "$299 per provider per month. You won't see an AMA line on any invoice, and you don't need your own AMA "
       "license for Saltmarsh. Section 11 of our Subscription Agreement says the same thing.",
       "The only caveat is that our license covers Saltmarsh only. If you keep your current clearinghouse portal, "
       "check with them separately.",
       "Happy to walk Dr. Ellery through it.",
       "Owen Castillo<br/>Senior Account Executive, Saltmarsh Digital Health, Inc.<br/>(843) 555-0127"]),
     ("email", [("From", "Nadia Petrov &lt;npetrov@coastalspine.net&gt;"), ("To", "Owen Castillo"),
                ("Date", "Wed, 5 Mar 2025 14:30"), ("Subject", "CPT licensing question before we sign")],
      ["Hi Owen,",
       "Before we sign \u2014 our current EHR started charging us an AMA fee per user last year. Will Saltmarsh do "
       "the same? Do we need to buy a CPT license anywhere for your system?",
       "Thanks,<br/>Nadia Petrov<br/>Office Manager, Coastal Spine and Sports Medicine"]),
     ], font="Helvetica", size=9.8, accent="#333333")

# ---------------------------------------------------------------- V09 renewal quote with Included row
V = "Evergreen Summit Medical Software, LLC"
doc("v09", "vendor_covers", V,
    "Renewal quote with seat rows at $65 per user per month (subscription) and a 'CPT/AMA content royalty - Included' row.",
    [("title", "Renewal Quote"),
     ("kv", [("Vendor", "Evergreen Summit Medical Software, LLC, 4100 Summit Ave, Spokane, WA 99201"),
             ("Customer", "Inland Northwest ENT, PLLC"), ("Quote", "ES-RQ-2025-2290"),
             ("Renewal period", "July 1, 2025 \u2013 June 30, 2026"), ("Quote expires", "June 15, 2025")]),
     ("table", [["Line", "Description", "Qty", "Unit", "Annual"],
                ["1", "Evergreen EHR seat", "14", "$65.00 / user / month", "$10,920.00"],
                ["2", "Evergreen PM seat", "6", "$40.00 / user / month", "$2,880.00"],
                ["3", "CPT\u00ae / AMA content royalty", "20", "\u2014", "Included"],
                ["4", "Audiology module", "1", "$1,200.00 / year", "$1,200.00"],
                ["5", "Premium support (4-hour response)", "1", "$1,800.00 / year", "$1,800.00"],
                ["", "", "", "Annual total", "$16,800.00"]],
      {"widths": [0.07, 0.38, 0.07, 0.26, 0.22], "right": [2, 4], "ruled": "grid", "bold_last": True}),
     ("h2", "Notes"),
     ("bullets", ["Seat prices held at 2024\u201325 levels for customers renewing before June 15.",
                  "Line 3: Evergreen Summit holds an AMA distribution license; the royalty for all users is included "
                  "in seat prices at no additional charge.",
                  "Renewal is governed by your existing Evergreen Subscription Agreement."]),
     ("p", "Prepared by Hannah Kowalski, Renewals Manager  \u00b7  renewals@evergreensummit.com"),
     ], font="Helvetica", size=9.6, accent="#1b4332")

# ---------------------------------------------------------------- V10 clearinghouse, "Provider" = practice, sublicense free
V = "ClaimStream Exchange, Inc."
Ch, Pv, PR = "ClaimStream", "Provider", "Portal"
secs = sections([
    ("Definitions", [
        "\"Provider\" means the health care practice identified on the Enrollment Form, together with its "
        "individual rendering clinicians. \"Portal\" means ClaimStream's web-based claim entry, scrubbing and "
        "status application. \"Transactions\" means claims, eligibility requests, claim status inquiries and "
        "remittance files exchanged through the Portal."]),
    ("Clearinghouse Services", [
        "ClaimStream will receive Provider's Transactions, edit them against payer rules, convert them to the "
        "standard formats required by HIPAA, and forward them to payers, returning acknowledgments and "
        "remittances to Provider."]),
    ("Fees", ["Provider shall pay $99.00 per month for up to 600 claims and $0.18 for each additional claim, plus "
              "the enrollment fee on the Enrollment Form."]),
    ("CPT Content", [
        "The Portal includes Current Procedural Terminology (CPT\u00ae) codes and descriptors of the American Medical "
        "Association (\"AMA\") for claim preparation and editing. ClaimStream is party to a distribution agreement "
        "with the AMA and grants Provider a non-exclusive, non-transferable sublicense to use CPT content within "
        "the Portal during the Term, at no additional cost to Provider. The associated royalty is paid by "
        "ClaimStream.",
        "Provider shall not copy CPT content out of the Portal or allow persons other than its own workforce to "
        "access it."]),
    ("Provider Obligations", [
        "Provider is responsible for the accuracy of Transactions, for obtaining payer enrollment, and for "
        "maintaining current credentials for its users."]),
    "term:2", "hipaa:1", "liability:1", "law:2",
], Ch, Pv, PR)
doc("v10", "vendor_covers", V,
    "Clearinghouse services agreement where 'Provider' means the practice; clearinghouse grants a CPT sublicence at no additional cost and pays the royalty.",
    [("ctitle", "CLEARINGHOUSE SERVICES AGREEMENT"),
     ("p", "This Clearinghouse Services Agreement is between <b>ClaimStream Exchange, Inc.</b> (\"ClaimStream\") and "
           "the Provider named on the Enrollment Form signed on April 2, 2025, <b>Red Rock Physical Therapy, LLC</b> "
           "(\"Provider\")."),
     ] + number(secs, "section") + [
        ("sig", [["CLAIMSTREAM EXCHANGE, INC.", ("By", "electronically accepted"), ("Date", "04/02/2025")],
                 ["PROVIDER: RED ROCK PHYSICAL THERAPY, LLC", ("By", "Samantha Ortega, DPT"), ("Date", "04/02/2025")]]),
    ], font="Helvetica", size=9.6, accent="#004e64", footer="ClaimStream Exchange, Inc. \u2014 Clearinghouse Services Agreement")

# ---------------------------------------------------------------- V11 side letter waiving a scheduled CPT fee
V = "Foxglove Health Technologies, Inc."
doc("v11", "vendor_covers", V,
    "Side letter in which the vendor waives the scheduled CPT royalty pass-through ($18.00 per provider per year) and absorbs the AMA royalty for as long as the agreement is in effect.",
    [("p", "<b>FOXGLOVE HEALTH TECHNOLOGIES, INC.</b><br/>250 Research Drive, Durham, NC 27709"),
     ("p", "March 14, 2025"),
     ("p", "Blue Ridge Cardiology Associates, P.A.<br/>Attn: Dr. Samuel Whitaker, President<br/>12 Vista Lane, "
           "Asheville, NC 28801"),
     ("p", "<b>Side Letter \u2014 Master Subscription Agreement dated March 14, 2025</b>"),
     ("p", "Dear Dr. Whitaker,"),
     ("j", "In consideration of Blue Ridge Cardiology Associates, P.A. (\"Customer\") entering into a five-year "
           "Initial Term under the Master Subscription Agreement of today's date (the \"Agreement\"), Foxglove "
           "Health Technologies, Inc. (\"Foxglove\") agrees as follows:"),
     ("num", "1.", "Item 6 of Schedule 2 to the Agreement (\"CPT Royalty Pass-Through \u2014 $18.00 per provider per "
                   "year\") is waived. Foxglove will absorb the royalty payable to the American Medical Association "
                   "for CPT\u00ae content used by Customer in the Foxglove platform, and no CPT fee will be invoiced to "
                   "Customer, for as long as the Agreement remains in effect, including any renewal."),
     ("num", "2.", "The sublicense of CPT content described in Section 12 of the Agreement is unaffected."),
     ("num", "3.", "This letter forms part of the Agreement and prevails over Schedule 2 to the extent of any "
                   "inconsistency. Its terms are Confidential Information of Foxglove."),
     ("p", "Very truly yours,"),
     ("p", "/s/ Rebecca Holm<br/>Rebecca Holm, Chief Commercial Officer<br/>Foxglove Health Technologies, Inc."),
     ("p", "Acknowledged and agreed: Blue Ridge Cardiology Associates, P.A.<br/>By: /s/ Samuel Whitaker, MD    "
           "Date: March 14, 2025"),
     ], font="Times", size=11, pagenum="")

# ---------------------------------------------------------------- V12 notice: no longer charging the AMA fee
V = "Kestrel Notes, Inc."
doc("v12", "vendor_covers", V,
    "Customer notice: from 1 Jan 2026 the vendor will no longer add the $18.50 AMA fee and will cover the royalty itself (fee amount visible but discontinued).",
    [("small", "From the Kestrel Notes blog  \u00b7  Product and billing updates  \u00b7  November 3, 2025"),
     ("title", "We're dropping the AMA fee"),
     ("p", "For the past three years, Kestrel Notes, Inc. has added an annual AMA fee of $18.50 per clinician to "
           "your first invoice of the year. It was the royalty the American Medical Association charges us for "
           "making CPT\u00ae codes available in Kestrel."),
     ("p", "<b>Starting January 1, 2026, we will no longer add that fee.</b> We will keep paying the AMA's royalty "
           "for every clinician on Kestrel, but from now on we will cover it ourselves as part of your subscription."),
     ("h2", "What this means for you"),
     ("bullets", ["Your January 2026 invoice will not include an AMA line.",
                  "Your subscription price does not change.",
                  "You still have full access to current CPT codes in notes, superbills and claims.",
                  "You do not need a license from the AMA to use CPT in Kestrel."]),
     ("h2", "Why now?"),
     ("p", "Practices told us the separate fee was confusing and felt like a surprise each January. We agree. "
           "Simple pricing is better for everyone."),
     ("p", "Questions? Our support team is in the app chat seven days a week."),
     ("p", "\u2014 Maya Brooks, Co-founder"),
     ("small", "Kestrel Notes, Inc., 1 Pine Street, Burlington, VT 05401. CPT is a registered trademark of the American "
               "Medical Association."),
     ], font="Helvetica", size=10.4, accent="#b5651d", pagenum="")

# ---------------------------------------------------------------- V13 long MSA, s.17.4 inclusive of royalties
V = "Larchmont Health Systems Corporation"
Vd, Cl, PR = "Vendor", "Client", "Solution"
secs = sections([
    ("Definitions", [
        "\"Affiliate\" means an entity controlling, controlled by or under common control with a party. "
        "\"Authorized User\" means an employee or contractor of Client authorized to use the Solution. "
        "\"Client Data\" means data entered into the Solution by or for Client. \"Fees\" means the amounts in "
        "an Order. \"Solution\" means Vendor's Larchmont ambulatory EHR, PM and patient engagement applications."]),
    ("Orders", ["Client may purchase subscriptions by signing Orders. Each Order is governed by this Agreement."]),
    ("Access Rights", ["Vendor grants Client a non-exclusive, non-transferable right for its Authorized Users to "
                       "access the Solution during the Term for Client's internal purposes."]),
    "aup", "training", "support:0", "data:0", "hipaa:0", "confidentiality:0", "ip:0",
    ("Security", ["Vendor maintains a written information security program consistent with industry standards, "
                  "including encryption of Client Data in transit and at rest and annual SOC 2 Type II audits."]),
    "warranty:0", "indemnity:0", "liability:0", "insurance:0", "term:0",
    ("Fees and Taxes", [
        "Client shall pay the Fees set forth in each Order.",
        "Fees are exclusive of taxes. Client shall pay all sales, use and similar taxes other than taxes on "
        "Vendor's income.",
        "Vendor may increase Fees on renewal by no more than the CPI-U increase for the prior twelve months plus "
        "two percent.",
        "The Fees are inclusive of all royalties due to third-party content licensors for content embedded in the "
        "Solution, including royalties due to the American Medical Association in respect of CPT\u00ae codes and "
        "descriptors. Vendor, as an AMA-authorized distributor, sublicenses CPT to Client for use within the "
        "Solution."]),
    "termination:0", "force:0", "law:1", "notices:0", "assignment:0", "entire:0",
], Vd, Cl, PR)
doc("v13", "vendor_covers", V,
    "Long MSA (Vendor/Client) with about 24 sections; section 17.4 says the Fees are inclusive of all third-party royalties including the AMA's for CPT.",
    [("ctitle", "MASTER SOFTWARE AND SERVICES AGREEMENT"),
     ("p", "This Master Software and Services Agreement (the \"Agreement\") is entered into as of January 20, 2025 by "
           "and between <b>Larchmont Health Systems Corporation</b>, a New York corporation (\"Vendor\"), and "
           "<b>Hudson Valley Primary Care Partners, PLLC</b> (\"Client\")."),
     ] + number(secs, "dotted") + [
        ("sig", [["LARCHMONT HEALTH SYSTEMS CORPORATION", ("By", "______________"), ("Name", "Daniel Okonkwo"),
                  ("Title", "Chief Executive Officer")],
                 ["HUDSON VALLEY PRIMARY CARE PARTNERS, PLLC", ("By", "______________"), ("Name", "Laura Chen, DO"),
                  ("Title", "Managing Partner")]]),
    ], font="Times", size=8.9, margin=0.75, footer="Larchmont Health Systems Corporation \u2014 MSSA \u2014 Confidential")

# ---------------------------------------------------------------- V14 help-centre article with hedge on reporting
V = "Marigold Therapy Systems, Inc."
doc("v14", "vendor_covers", V,
    "Help-centre article: no own CPT licence needed; vendor's AMA distribution agreement and subscription cover all staff; hedge only about reporting user counts 'to the extent the AMA requires'.",
    web_chrome("support.marigoldtherapy.com", ["Getting started", "Compliance"], "Updated 2 weeks ago") + [
        ("title", "Do I need my own CPT\u00ae license to use Marigold?"),
        ("p", "<b>No.</b> Marigold Therapy Systems, Inc. maintains a distribution agreement with the American Medical "
              "Association (AMA). Your Marigold subscription covers the use of CPT codes by everyone on your "
              "account \u2014 clinicians, billers, front-desk staff and supervisors."),
        ("h2", "Will I see an AMA charge?"),
        ("p", "No. We pay the AMA's royalty ourselves. You will not see an AMA, CPT or content line on your invoice."),
        ("h2", "What information do you share with the AMA?"),
        ("p", "To the extent the AMA requires, we report aggregate user counts for our customer base. We never share "
              "patient data, and we do not share your practice's name unless the AMA asks to audit our reports."),
        ("h2", "What if I also use another system?"),
        ("p", "Our agreement covers CPT inside Marigold only. If you export codes into a separate billing system, "
              "that system needs its own CPT arrangement."),
        ("h2", "Where are the AMA's terms?"),
        ("p", "The AMA's end-user terms are part of the Marigold Terms of Service, Section 15."),
    ] + web_footer(V, ["Related: Which code sets are included?  \u00b7  Exporting superbills"]),
    font="Helvetica", size=10.2, accent="#c77d00", pagenum="")

# ---------------------------------------------------------------- V15 AMA end-user terms page: grant only, no fee anywhere
V = "Osprey Lane Software, LLC"
doc("v15", "vendor_covers", V,
    "AMA-style end-user terms page with a sublicence grant by the vendor as AMA licensee and the usual AMA notices, and no fee mentioned anywhere (per DOMAIN: grant with no fee = vendor covers, low confidence).",
    [("small", "ospreylane.com/ama-terms"),
     ("title", "End User Terms for CPT\u00ae Content"),
     ("p", "These terms apply to anyone who uses the Osprey Lane practice management application (the \"Product\") "
           "published by Osprey Lane Software, LLC (\"Osprey Lane\")."),
     ("num", "1.", "The Product includes CPT\u00ae content, which is copyrighted by the American Medical Association "
                   "(\"AMA\"). CPT is a registered trademark of the AMA."),
     ("num", "2.", "Osprey Lane, as a party to a license agreement with the AMA, grants you a limited, non-exclusive, "
                   "non-transferable license to use CPT content in the Product for your internal purposes within the "
                   "United States."),
     ("num", "3.", "This license terminates if Osprey Lane's agreement with the AMA terminates, unless the AMA consents "
                   "or you obtain a license directly from the AMA."),
     ("num", "4.", "You may not publish, distribute outside the Product, translate or create derivative works from CPT "
                   "content, or make it available to any other legal entity, including an affiliate."),
     ("num", "5.", "CPT content is provided \"as is\". The AMA does not directly or indirectly practice medicine or "
                   "dispense medical services. The AMA assumes no liability for data contained or not contained in "
                   "CPT. Fee schedules, relative value units, conversion factors and/or related components are not "
                   "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use."),
     ("num", "6.", "Applicable FARS/DFARS restrictions apply to government use."),
     ("num", "7.", "The AMA is a third-party beneficiary of these terms."),
     ("sp", 6),
     ("small", "CPT copyright 2025 American Medical Association. All rights reserved."),
     ("small", "Osprey Lane Software, LLC  \u00b7  Tampa, Florida  \u00b7  Questions: legal@ospreylane.com"),
     ], font="Helvetica", size=10.4, accent="#2b4162", pagenum="")

# ---------------------------------------------------------------- V16 fee tied to a plan the customer does not have
V = "Pelican Bay Medical Software, Inc."
doc("v16", "vendor_covers", V,
    "Order form for the Essentials plan with the plan terms attached: CPT is included on all plans; an extra $22 per provider CPT coding-engine royalty applies only to the Revenue Plus plan, which this customer did not order.",
    [("title", "Order Form PB-25-3306"),
     ("kv", [("Vendor", "Pelican Bay Medical Software, Inc., 400 Gulf Boulevard, Clearwater, FL 33767"),
             ("Customer", "Suncoast Podiatry Group, LLC"), ("Plan", "Essentials"),
             ("Start date", "June 1, 2025"), ("Term", "24 months")]),
     ("table", [["Item", "Qty", "Price", "Billing"],
                ["Pelican Bay Essentials \u2014 provider", "4", "$189.00 / provider / month", "monthly"],
                ["Additional staff users", "6", "$15.00 / user / month", "monthly"],
                ["Data migration", "1", "$1,500.00", "one-time"]],
      {"widths": [0.42, 0.08, 0.32, 0.18], "ruled": "grid"}),
     ("p", "This Order Form is governed by the Pelican Bay Subscription Terms and the Plan Terms below."),
     ("h", "Plan Terms (excerpt)"),
     ("h2", "A. Plans"),
     ("p", "Pelican Bay offers two plans. <b>Essentials</b> includes scheduling, charting, e-prescribing and claims. "
           "<b>Revenue Plus</b> adds the automated coding engine, denial analytics and payer contract modeling."),
     ("h2", "B. CPT\u00ae content"),
     ("p", "CPT\u00ae content is included in all plans under Pelican Bay's distribution license with the American "
           "Medical Association, and the royalty for it is part of the plan price. Customers on the Revenue Plus plan, "
           "whose coding engine reproduces CPT descriptors and guidelines, pay an additional CPT coding-engine royalty "
           "of $22.00 per provider per year."),
     ("h2", "C. Changing plans"),
     ("p", "Customers may upgrade at any time; the upgrade takes effect on the first day of the following month and "
           "any plan-specific charges begin then."),
     ("sig", [["PELICAN BAY MEDICAL SOFTWARE, INC.", ("By", "/s/ Curtis Lowell"), ("Title", "Sales Manager")],
              ["SUNCOAST PODIATRY GROUP, LLC", ("By", "/s/ Dana Whitley, DPM"), ("Title", "Owner")]]),
     ], font="Helvetica", size=9.8, accent="#00577a")
