"""Documents whose vendor charges the practice a separate CPT/AMA fee (pass_through)."""
from _bi_boiler import (confidentiality, general, hipaa, liability, payment, support, term,
                        warranty)


def P(t):
    return ("p", t)


def H(t):
    return ("h", t)


def ps(texts):
    return [P(t) for t in texts]


def numbered(prefix, title, texts):
    out = [H(f"{prefix} {title}")]
    for i, t in enumerate(texts, 1):
        out.append(P(f"{prefix.rstrip('.')}.{i} {t}"))
    return out


DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- P01 help-centre FAQ
doc(key="p01_quillfeather_faq", coverage="pass_through", fee=(21.0, "provider", "year"),
    vendor="Quillfeather Health, Inc.", kind="web",
    description="Help-centre FAQ: annual AMA fee of $21 per clinician ($18.50 royalty + $2.50 "
                "processing); trap: royalty and processing must be summed.",
    theme={"family": "sans", "header": "help.quillfeather.example/hc/articles/ama-fee",
           "header_right": "Quillfeather Help Center", "page_numbers": "{n}",
           "footer": "\u00a9 2025 Quillfeather Health, Inc.  |  Terms  |  Privacy  |  Status"},
    blocks=[
        ("small", "Help Center > Billing & your account > Fees and charges"),
        ("title", "The annual AMA fee for CPT\u00ae codes: common questions"),
        ("subtitle", "Updated 2 months ago \u00b7 4 min read"),
        P("Quillfeather gives you built-in access to CPT\u00ae (Current Procedural Terminology) "
          "codes, which are owned and maintained by the American Medical Association (AMA). The "
          "AMA charges software companies a royalty for every clinician who can use CPT codes "
          "inside their product, so once a year we add an AMA fee for each clinician on your "
          "account. This article explains how the fee works."),
        H("How much is the AMA fee?"),
        P("For the 2025 calendar year the fee is **$21 per clinician**. That amount is made up "
          "of the AMA's $18.50 royalty and a $2.50 processing charge that covers the cost of "
          "counting, reporting and paying the royalty to the AMA on your behalf."),
        H("When will I be charged?"),
        P("The fee appears on the first invoice you receive after January 1. If you add a "
          "clinician later in the year, that clinician's fee is charged on your next invoice "
          "after they are added. The fee is not prorated for partial years."),
        H("Who counts as a clinician?"),
        P("Any team member with a Clinician or Supervisor role, whether or not they see clients "
          "every week. Team members with only Scheduler, Biller or Practice Admin roles are not "
          "counted, because they cannot create notes or superbills."),
        H("Can I pay the AMA myself instead?"),
        P("Not for use inside Quillfeather. The AMA licenses CPT to us as a distributor, and "
          "under that arrangement we are required to collect the royalty for each clinician who "
          "has access. If your group already holds an AMA licence for another system, it does not "
          "extend to Quillfeather, because the AMA licenses CPT on a per-product basis."),
        H("I only see private-pay clients. Do I still pay?"),
        P("Yes. CPT codes appear in progress notes, superbills and client statements as well as "
          "insurance claims, so the fee applies to every clinician account whether or not you "
          "bill insurance."),
        H("Will I be charged sales tax on the fee?"),
        P("We don't currently charge tax on the AMA fee. If tax rules in your state change, "
          "we'll let you know before applying it."),
        H("Does the amount change from year to year?"),
        P("The AMA has generally raised its royalty by about fifty cents a year. We'll e-mail "
          "account owners at least 30 days before any change takes effect."),
        ("hr",),
        ("small", "Was this article helpful?  Yes / No  \u00b7  Related: Understanding your "
                  "invoice \u00b7 Adding and removing clinicians \u00b7 CPT\u00ae End User "
                  "Terms"),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ---------------------------------------------------------------- P02 MSA per authorized user
V, C = "Harborview", "Customer"
doc(key="p02_harborview_msa", coverage="pass_through", fee=(18.5, "user", "year"),
    vendor="Harborview Clinical Software LLC", kind="contract",
    description="Master subscription agreement; Section 3.3 adds a CPT royalty of $18.50 per "
                "Authorized User per calendar year on top of subscription fees.",
    theme={"family": "serif", "size": 10, "lead": 12.8, "justify": True,
           "header": "Harborview Clinical Software LLC \u2014 Master Subscription Agreement",
           "footer": "HCS-MSA rev. 2024-09", "page_numbers": "Page {n}", "title_align": "center",
           "accent": "#000000"},
    blocks=[
        ("title", "MASTER SUBSCRIPTION AGREEMENT"),
        ("subtitle", "Agreement No. HCS-24-1187"),
        P("This Master Subscription Agreement (the \"Agreement\") is entered into as of October "
          "1, 2024 (the \"Effective Date\") between **Harborview Clinical Software LLC**, a "
          "Washington limited liability company with offices at 1900 Alaskan Way, Suite 410, "
          "Seattle, WA 98101 (\"Harborview\"), and **Riverbend Family Medicine, P.C.**, an Oregon "
          "professional corporation (\"Customer\")."),
        H("1. Definitions"),
        P("1.1 \"Authorized User\" means an individual employee or contractor of Customer to "
          "whom Harborview issues unique log-in credentials for the Service, whether or not that "
          "individual is a licensed health care professional."),
        P("1.2 \"Service\" means Harborview's hosted electronic health record and practice "
          "management application, together with the Documentation, as described in an Order."),
        P("1.3 \"Order\" means an ordering document signed by both parties that refers to this "
          "Agreement and states the subscription quantities and Subscription Fees."),
        H("2. Subscription"),
        P("2.1 Subject to this Agreement, Harborview grants Customer a non-exclusive, "
          "non-transferable right during the Subscription Term for its Authorized Users to "
          "access and use the Service for Customer's internal business purposes in the United "
          "States."),
        P("2.2 Customer is responsible for all activity under its Authorized Users' credentials "
          "and will not permit credentials to be shared."),
        H("3. Fees and Payment"),
        P("3.1 Subscription Fees. Customer shall pay the Subscription Fees set out in each Order."),
        P("3.2 Invoicing. " + payment(0, V, C)[0] + " " + payment(0, V, C)[1]),
        P("3.3 Third-Party Content Fees. The Service contains Current Procedural Terminology "
          "(CPT\u00ae) content, which Harborview distributes under a licence from the American "
          "Medical Association (\"AMA\"). In addition to the Subscription Fees, Customer shall "
          "pay Harborview a CPT royalty of $18.50 per Authorized User per calendar year. "
          "Harborview will invoice the CPT royalty each January based on the number of "
          "Authorized Users active on January 1, and will invoice Authorized Users added during "
          "the year in the month after they are added. The CPT royalty is not prorated and is "
          "not refundable."),
        P("3.4 Taxes. " + payment(0, V, C)[2]),
        H("4. Term and Renewal"),
        *ps(["4.1 " + term(0, V, C)[0], "4.2 " + term(0, V, C)[1]]),
        H("5. Confidentiality"),
        *ps(["5.1 " + confidentiality(0, V, C)[0], "5.2 " + confidentiality(0, V, C)[1]]),
        H("6. Support and Availability"),
        *ps(["6.1 " + support(0, V, C)[0], "6.2 " + support(0, V, C)[1]]),
        H("7. Warranties"),
        *ps(["7.1 " + warranty(0, V, C)[0], "7.2 " + warranty(0, V, C)[1]]),
        H("8. Limitation of Liability"),
        *ps(liability(0, V, C)),
        H("9. Privacy"),
        *ps(hipaa(0, V, C)),
        H("10. General"),
        *ps(general(0, V, C, "Washington")),
        ("sig", [("HARBORVIEW CLINICAL SOFTWARE LLC", "Evan R. Solberg", "VP, Customer Contracts"),
                 ("RIVERBEND FAMILY MEDICINE, P.C.", "Anita Kowalczyk, MD", "President")]),
        ("sp", 10),
        ("h", "Schedule A \u2014 CPT\u00ae End User Notices"),
        P("CPT only copyright 2024 American Medical Association. All rights reserved. Fee "
          "schedules, relative value units, conversion factors and/or related components are not "
          "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. "
          "The AMA does not directly or indirectly practice medicine or dispense medical "
          "services. The AMA assumes no liability for data contained or not contained herein."),
        P("Customer may not publish CPT content, create derivative works from it, or make it "
          "available to any affiliate or other legal entity. Customer's right to use CPT content "
          "through the Service ends if Harborview's agreement with the AMA ends, unless Customer "
          "enters into a licence directly with the AMA."),
    ])


# ---------------------------------------------------------------- P03 order form
doc(key="p03_meridianpines_order", coverage="pass_through", fee=(24.0, "provider", "year"),
    vendor="Meridian Pines Health Technologies, Inc.", kind="order",
    description="Order form: EHR subscription $129/provider/month (not a CPT fee) plus an "
                "'AMA CPT content fee' of $24 per provider, annual.",
    theme={"family": "sans", "size": 9, "lead": 11.6, "table_style": "zebra",
           "accent": "#0b5d4b", "header": "Meridian Pines Health Technologies, Inc.",
           "header_right": "ORDER FORM MP-2025-0417", "page_numbers": "{n} / 2"},
    blocks=[
        ("title", "Order Form"),
        ("subtitle", "Meridian Pines Health Technologies, Inc. \u00b7 780 Foothill Blvd, Boise, "
                     "ID 83702 \u00b7 orders@meridianpines.example"),
        ("kv", [("Order number", "MP-2025-0417"),
                ("Customer", "Cedar Hollow Pediatrics, PLLC"),
                ("Bill-to contact", "Renee Oduya, Practice Administrator"),
                ("Service start date", "February 1, 2025"),
                ("Initial subscription term", "36 months"),
                ("Governing terms", "Meridian Pines Subscription Terms v4.2 (the \"Terms\")")]),
        ("tbl", [["Product / service", "Qty", "Unit", "Unit price", "Billing", "Extended"],
                 ["Meridian EHR Cloud \u2014 clinical + practice management subscription", "5",
                  "Provider", "$129.00", "Monthly", "$645.00"],
                 ["Patient portal & online intake", "1", "Practice", "$75.00", "Monthly",
                  "$75.00"],
                 ["e-Prescribing incl. EPCS", "5", "Provider", "$22.00", "Monthly", "$110.00"],
                 ["Implementation, training & data conversion", "1", "Project", "$2,400.00",
                  "One-time", "$2,400.00"],
                 ["AMA CPT\u00ae content fee", "5", "Provider", "$24.00", "Annual", "$120.00"]],
         {"widths": [40, 7, 11, 13, 11, 13]}),
        ("kv", [("Monthly recurring total", "$830.00"),
                ("Annual recurring total", "$120.00"),
                ("One-time total", "$2,400.00 (50% due on signature, 50% at go-live)")]),
        H("Notes to this Order"),
        ("num", [
            "The AMA CPT content fee is the royalty that Meridian Pines remits to the American "
            "Medical Association for the CPT\u00ae codes and descriptors embedded in Meridian EHR "
            "Cloud, together with Meridian Pines' cost of administering it. It is billed annually "
            "in advance with the first invoice of each service year for every provider on the "
            "account.",
            "Providers added during a service year are billed the AMA CPT content fee on the next "
            "monthly invoice.",
            "Monthly fees begin on the service start date regardless of go-live.",
            "Pricing in this Order is valid if signed on or before January 15, 2025."]),
        ("pb",),
        H("Acceptance"),
        P("By signing below, Customer orders the products and services listed above under the "
          "Terms, which are incorporated by reference. If this Order and the Terms conflict, this "
          "Order controls for the products listed in it."),
        ("sig", [("Meridian Pines Health Technologies, Inc.", "Jonah Petrakis", "Regional Sales "
                  "Director"),
                 ("Cedar Hollow Pediatrics, PLLC", "Renee Oduya", "Practice Administrator")]),
        ("sp", 12),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ---------------------------------------------------------------- P04 invoice royalty + processing
doc(key="p04_tidewater_invoice", coverage="pass_through", fee=(20.0, "provider", "year"),
    vendor="Tidewater PracticeWorks, Inc.", kind="invoice",
    description="Multi-row invoice: CPT royalty $18.50 + processing $1.50 per provider, annual "
                "(sum $20); subscription and statement lines are not CPT fees.",
    theme={"family": "sans", "size": 9, "lead": 11.5, "table_style": "lines",
           "header": "Tidewater PracticeWorks, Inc.", "header_right": "INVOICE TPW-118204",
           "page_numbers": ""},
    blocks=[
        ("title", "INVOICE"),
        ("kv", [("From", "Tidewater PracticeWorks, Inc., 55 Harbor Square, Norfolk, VA 23510"),
                ("Invoice no.", "TPW-118204"),
                ("Invoice date", "January 6, 2025"),
                ("Terms", "Net 30 \u2014 due February 5, 2025"),
                ("Bill to", "Northgate Orthopaedic Associates, LLC, Attn: Accounts Payable, "
                            "2200 Ridge Road, Suite 3, Richmond, VA 23229"),
                ("Account", "NGO-0042")]),
        ("tbl", [["Description", "Period", "Qty", "Rate (USD)", "Amount (USD)"],
                 ["PracticeWorks PM \u2014 subscription, per provider", "Jan 2025", "6", "95.00",
                  "570.00"],
                 ["Electronic claims & ERA \u2014 unlimited", "Jan 2025", "1", "150.00",
                  "150.00"],
                 ["CPT\u00ae royalty \u2014 American Medical Association (annual, per provider)",
                  "CY 2025", "6", "18.50", "111.00"],
                 ["CPT\u00ae licence processing fee (annual, per provider)", "CY 2025", "6",
                  "1.50", "9.00"],
                 ["Patient statements \u2014 print & mail", "Dec 2024", "412", "0.68", "280.16"],
                 ["Credit \u2014 service level, Nov 2024 outage", "", "1", "-45.00", "-45.00"]],
         {"widths": [46, 12, 7, 13, 14]}),
        ("tbl", [["", ""], ["Subtotal", "1,075.16"], ["Sales tax", "0.00"],
                 ["Total due", "USD 1,075.16"]],
         {"header": False, "style": "plain", "widths": [70, 30]}),
        H("Notes"),
        P("Annual CPT\u00ae charges appear on the first invoice of each calendar year. Providers "
          "added after January are billed on the following month's invoice. Tidewater "
          "PracticeWorks remits the royalty portion to the American Medical Association under "
          "its distribution licence; the processing fee covers user reporting and remittance."),
        P("Pay online at pay.tidewaterpw.example or by ACH to Coastal Commerce Bank, routing "
          "051000000, account ending 7731. Please quote the invoice number with your payment."),
        ("small", "Questions about this invoice? billing@tidewaterpw.example \u00b7 "
                  "(757) 555-0148"),
    ])


# ---------------------------------------------------------------- P05 amendment changes fee
doc(key="p05_copperleaf_amend2", coverage="pass_through", fee=(19.0, "user", "year"),
    vendor="Copperleaf Medical Systems Corporation", kind="amendment",
    description="Amendment No. 2 replaces the $17.50 per Named User CPT royalty with $19.00 "
                "per Named User per year from 2025; trap: old fee still quoted in recitals.",
    theme={"family": "serif", "size": 10.5, "lead": 13.4, "justify": True,
           "title_align": "center", "accent": "#000000",
           "footer": "Copperleaf / Maple Terrace \u2014 Amendment No. 2",
           "page_numbers": "- {n} -"},
    blocks=[
        ("title", "AMENDMENT NO. 2"),
        ("center", "to the Software License and Services Agreement dated March 3, 2022"),
        ("sp", 6),
        P("This Amendment No. 2 (this \"Amendment\") is made effective as of January 1, 2025 "
          "(the \"Amendment Effective Date\") by and between **Copperleaf Medical Systems "
          "Corporation**, a Colorado corporation (\"Copperleaf\"), and **Maple Terrace "
          "Dermatology, P.A.** (\"Client\")."),
        H("Recitals"),
        P("A. Copperleaf and Client are parties to a Software License and Services Agreement "
          "dated March 3, 2022, as amended by Amendment No. 1 dated February 1, 2023 (together, "
          "the \"Agreement\")."),
        P("B. Section 5.4 of the Agreement currently requires Client to pay a CPT Royalty of "
          "$17.50 per Named User per year."),
        P("C. The American Medical Association has increased the royalty it charges Copperleaf "
          "for CPT\u00ae content distributed in the Licensed Software, and the parties wish to "
          "amend the Agreement as set out below."),
        P("NOW, THEREFORE, in consideration of the mutual promises below, the parties agree as "
          "follows:"),
        H("1. Amendment of Section 5.4"),
        P("Section 5.4 of the Agreement is deleted in its entirety and replaced with the "
          "following:"),
        ("pi", "\"5.4 CPT Royalty. For each Contract Year beginning on or after January 1, 2025, "
               "Client shall pay Copperleaf a CPT Royalty of $19.00 per Named User per year, "
               "invoiced annually in advance on the first invoice of the Contract Year. The CPT "
               "Royalty reimburses Copperleaf for the royalties it owes the American Medical "
               "Association for CPT content in the Licensed Software and for Copperleaf's "
               "administration of those royalties. Named Users added during a Contract Year "
               "shall be invoiced the full annual CPT Royalty in the month following their "
               "addition.\""),
        H("2. Named User True-Up"),
        P("Copperleaf may, not more than once per Contract Year and on fifteen (15) days' prior "
          "notice, review Client's Named User records. If the review shows more Named Users than "
          "were invoiced, Client shall pay the CPT Royalty for the difference within thirty (30) "
          "days of invoice."),
        H("3. Fee Summary"),
        ("tbl", [["Fee", "Before Amendment Effective Date", "From Amendment Effective Date"],
                 ["CPT Royalty (Section 5.4)", "$17.50 per Named User per year",
                  "$19.00 per Named User per year"],
                 ["Annual Support Fee (Section 5.2)", "Unchanged", "Unchanged"]],
         {"style": "box", "widths": [34, 33, 33]}),
        H("4. Miscellaneous"),
        P("Capitalised terms not defined in this Amendment have the meanings given in the "
          "Agreement. Except as expressly modified by this Amendment, the Agreement remains "
          "unchanged and in full force and effect. In the event of any conflict between this "
          "Amendment and the Agreement, this Amendment controls. This Amendment may be signed in "
          "counterparts, including by electronic signature."),
        ("sig", [("COPPERLEAF MEDICAL SYSTEMS CORPORATION", "Lydia M. Farrow", "Chief Financial "
                  "Officer"),
                 ("MAPLE TERRACE DERMATOLOGY, P.A.", "Rohan Desai, MD", "Managing Partner")]),
    ])


# ---------------------------------------------------------------- P06 fee change notice
doc(key="p06_lakeshore_notice", coverage="pass_through", fee=(19.5, "provider", "year"),
    vendor="Lakeshore Billing Cloud, LLC", kind="web",
    description="Billing notice: CPT licence fee rises from $19.00 to $19.50 per rendering "
                "provider per year ($18.50 AMA + $1.00 admin) from January 2025.",
    theme={"family": "sans", "size": 9.8, "lead": 13, "accent": "#14507a",
           "header": "Lakeshore Billing Cloud \u2014 Account notices",
           "footer": "Lakeshore Billing Cloud, LLC \u00b7 4410 N. Lakeshore Dr., Chicago, IL 60640",
           "page_numbers": ""},
    blocks=[
        ("small", "Account notice \u00b7 Posted November 12, 2024 \u00b7 Sent to account owners "
                  "and billing contacts"),
        ("title", "Your 2025 CPT\u00ae licence fee"),
        P("Hello from the Lakeshore billing team,"),
        P("Each year we collect a licence fee for the CPT\u00ae codes used in Lakeshore, on "
          "behalf of the American Medical Association (AMA), for every rendering provider on your "
          "account. For 2024 your account was charged $19.00 per rendering provider: the AMA's "
          "$18.00 royalty plus our $1.00 administrative fee."),
        P("The AMA has raised its royalty for 2025 to $18.50. **Starting with your January 2025 "
          "invoice, the CPT licence fee will be $19.50 per rendering provider per year.** Our "
          "administrative fee stays at $1.00."),
        ("tbl", [["Per rendering provider, per year", "2024", "2025"],
                 ["AMA royalty", "$18.00", "$18.50"],
                 ["Lakeshore administrative fee", "$1.00", "$1.00"],
                 ["Total CPT licence fee", "$19.00", "$19.50"]],
         {"style": "lines", "widths": [50, 25, 25]}),
        H("Who is a rendering provider?"),
        P("Anyone listed as the rendering provider on at least one claim or superbill in "
          "Lakeshore during the calendar year. If a provider leaves your practice, deactivate "
          "their profile before January 1 so they aren't counted for the new year."),
        H("Do I need to do anything?"),
        P("No. The fee will be charged to your payment method on file with your January invoice. "
          "If you add a rendering provider later in 2025, the fee for that provider will be "
          "added to your next monthly invoice."),
        H("Why can't I buy the licence from the AMA directly?"),
        P("The AMA licenses CPT separately for each software product. Because Lakeshore includes "
          "CPT content, the AMA requires us to report and pay for the providers who use it, and we "
          "pass that cost through to you."),
        P("Questions? Reply to this notice or contact billing@lakeshorebilling.example."),
        P("\u2014 The Lakeshore Billing Cloud team"),
    ])


# ---------------------------------------------------------------- P07 pricing page per location / month
doc(key="p07_orchardline_pricing", coverage="pass_through", fee=(6.5, "location", "month"),
    vendor="Orchardline Health, Inc.", kind="web",
    description="Pricing page: plans priced per location per month (not CPT fees) plus a CPT "
                "licensing surcharge of $6.50 per location per month on every plan.",
    theme={"family": "sans", "size": 9.5, "lead": 12.5, "table_style": "zebra",
           "accent": "#7a3e0b", "header": "orchardline.example/pricing",
           "header_right": "Orchardline PM \u2014 Pricing",
           "footer": "\u00a9 2025 Orchardline Health, Inc. All prices in USD.",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "Pricing that grows with your practice"),
        P("Every plan includes scheduling, charge capture, claims, ERA posting and patient "
          "statements. Prices are per practice location, billed monthly. No setup fees on annual "
          "commitments."),
        ("tbl", [["", "Essentials", "Growth", "Multi-site"],
                 ["Price per location / month", "$189", "$289", "$349"],
                 ["Providers per location", "Up to 3", "Up to 10", "Unlimited"],
                 ["Claims & eligibility", "Included", "Included", "Included"],
                 ["Patient text reminders", "500 / month", "Unlimited", "Unlimited"],
                 ["Custom reporting", "\u2014", "Included", "Included"],
                 ["Dedicated success manager", "\u2014", "\u2014", "Included"]],
         {"widths": [34, 22, 22, 22]}),
        H("Add-ons and pass-through charges"),
        ("tbl", [["Item", "Price", "Applies to"],
                 ["Online patient payments", "2.9% + $0.30 per transaction", "Optional"],
                 ["Paper claims printing", "$0.55 per claim", "Optional"],
                 ["CPT\u00ae licensing surcharge", "$6.50 per location / month",
                  "All plans, every location"]],
         {"style": "lines", "widths": [40, 35, 25]}),
        H("Frequently asked"),
        ("h2", "What is the CPT licensing surcharge?"),
        P("CPT\u00ae codes and descriptions are copyrighted by the American Medical Association. "
          "Orchardline is an authorized distributor of CPT content, and the AMA charges us a "
          "royalty for the CPT content used at each of your locations. Rather than fold it into "
          "the plan price, we show it as its own line: $6.50 per location per month, billed with "
          "your subscription."),
        ("h2", "Can I switch plans later?"),
        P("Yes. Upgrades take effect immediately and are prorated; downgrades take effect at the "
          "start of your next billing month."),
        ("h2", "Is there a contract?"),
        P("Month-to-month plans can be cancelled with 30 days' notice. Annual plans receive two "
          "months free and waive the onboarding fee."),
        ("small", "CPT is a registered trademark of the American Medical Association. Prices "
                  "effective March 1, 2025 and subject to change."),
    ])


# ---------------------------------------------------------------- P08 quote one-time per site
doc(key="p08_ridgefield_quote", coverage="pass_through", fee=(145.0, "location", "one_time"),
    vendor="Ridgefield Coding Solutions, Inc.", kind="quote",
    description="Quote for perpetual coding software with a one-time CPT content licence of "
                "$145 per site; later CPT releases folded into maintenance.",
    theme={"family": "serif", "size": 10, "lead": 12.8, "table_style": "grid",
           "header": "Ridgefield Coding Solutions, Inc.", "header_right": "Quotation Q-24-3381",
           "page_numbers": "Page {n}"},
    blocks=[
        ("title", "Quotation"),
        ("kv", [("Quotation no.", "Q-24-3381"),
                ("Date", "November 18, 2024"),
                ("Valid until", "December 18, 2024"),
                ("Prepared for", "Stillwater Cardiology Group, P.A. \u2014 attn. Helen Marsh, "
                                 "Revenue Cycle Manager"),
                ("Prepared by", "Tomas Verhoeven, Account Manager, Ridgefield Coding Solutions, "
                                "Inc., 12 Commerce Park, Danbury, CT 06810")]),
        P("Thank you for your interest in Ridgefield CodeDesk. This quotation covers an "
          "on-premises installation at one site (Stillwater Cardiology, 4100 Lakeview Pkwy, "
          "Suite 200)."),
        ("tbl", [["Item", "Description", "Qty", "Price"],
                 ["RCD-PERP", "CodeDesk perpetual software licence, one site, up to 8 "
                              "concurrent workstations", "1", "$3,950.00"],
                 ["RCD-CPT", "CPT\u00ae content licence (AMA) \u2014 one-time charge per site; "
                             "covers the 2025 CPT data release delivered with the software", "1",
                  "$145.00"],
                 ["RCD-MNT", "Annual maintenance & content updates, year 1", "1", "$790.00"],
                 ["RCD-TRN", "Remote training, 2 sessions x 2 hours", "1", "$300.00"],
                 ["", "**Total (excluding tax)**", "", "**$5,185.00**"]],
         {"widths": [12, 62, 8, 18]}),
        H("Terms of this quotation"),
        ("num", [
            "The CPT content licence is a one-time charge for each site at which CodeDesk is "
            "installed. It licenses the CPT release shipped with the software under Ridgefield's "
            "distribution agreement with the American Medical Association.",
            "Subsequent annual CPT releases are delivered under Annual Maintenance, whose price "
            "includes the associated AMA royalty for the licensed site.",
            "Annual maintenance renews each year at the then-current rate unless cancelled in "
            "writing 30 days before the anniversary.",
            "Payment: 100% of software and content licence on order; maintenance invoiced on "
            "installation; net 30.",
            "Prices exclude applicable sales tax. Shipping of installation media, if requested, "
            "is billed at cost.",
            "This quotation is subject to Ridgefield's Software Licence Terms (RCS-SLT-2023), "
            "available on request."]),
        H("Acceptance"),
        P("To accept, sign and return this quotation or issue a purchase order referencing "
          "Q-24-3381."),
        ("sig", [("Stillwater Cardiology Group, P.A.", "", "")]),
    ])


# ---------------------------------------------------------------- P09 per organisation
V, C = "Supplier", "Customer"
doc(key="p09_bluestem_pm_agreement", coverage="pass_through", fee=(225.0, "organization", "year"),
    vendor="Bluestem Revenue Systems, LLC", kind="contract",
    description="PM software agreement; AMA Distribution Fee of $225 per practice entity "
                "(tax ID) per contract year; subscription per provider is separate.",
    theme={"family": "sans", "size": 9.4, "lead": 12.2, "head_upper": True,
           "header": "Bluestem Revenue Systems, LLC", "header_right": "Subscription Agreement",
           "footer": "Confidential", "page_numbers": "Page {n}", "accent": "#2d4a1e"},
    blocks=[
        ("title", "Practice Management Software Subscription Agreement"),
        P("This Agreement is made on January 10, 2025 between **Bluestem Revenue Systems, LLC**, "
          "a Kansas limited liability company (\"Supplier\"), and **Bayside Internal Medicine "
          "Associates, LLC** (\"Customer\")."),
        H("Section 1. Services"),
        P("Supplier will provide Customer with access to the Bluestem PM hosted practice "
          "management system, including scheduling, registration, charge entry, electronic "
          "claims, remittance posting and reporting, for the providers listed in Schedule 1."),
        H("Section 2. Fees"),
        P("2.1 Subscription. Customer shall pay a subscription fee of $165.00 per provider per "
          "month for each provider listed in Schedule 1, as updated from time to time."),
        P("2.2 Onboarding. A one-time onboarding fee of $1,200.00 is payable on signature."),
        P("2.3 AMA Distribution Fee. Supplier distributes CPT\u00ae content within Bluestem PM "
          "under its distribution licence with the American Medical Association. Customer shall "
          "pay an AMA Distribution Fee of $225.00 per practice entity, identified by federal tax "
          "identification number, for each contract year. Supplier will invoice the AMA "
          "Distribution Fee on the Effective Date and on each anniversary of it. If Customer "
          "operates more than one tax identification number through the Service, the fee applies "
          "separately to each."),
        P("2.4 " + payment(1, V, C)[0]),
        P("2.5 " + payment(1, V, C)[1]),
        H("Section 3. Term"),
        *ps(term(3, V, C)),
        H("Section 4. Customer Responsibilities"),
        P("Customer is responsible for the accuracy of the demographic, insurance and charge "
          "information entered in the Service, and for maintaining current provider enrolment "
          "with each payer."),
        *ps(warranty(1, V, C)),
        H("Section 5. Confidentiality and Data"),
        *ps(confidentiality(1, V, C)),
        *ps(hipaa(1, V, C)),
        H("Section 6. Support"),
        *ps(support(1, V, C)),
        H("Section 7. Liability"),
        *ps(liability(1, V, C)),
        H("Section 8. General"),
        *ps(general(1, V, C, "Kansas")),
        ("sig", [("Bluestem Revenue Systems, LLC", "Carla Whitten", "Managing Member"),
                 ("Bayside Internal Medicine Associates, LLC", "Samuel Iriarte, MD",
                  "Member")]),
        ("h2", "Schedule 1 \u2014 Providers and Entities"),
        ("tbl", [["Entity (TIN)", "Providers", "Monthly subscription"],
                 ["Bayside Internal Medicine Associates, LLC (TIN ending 4471)", "4",
                  "$660.00"]], {"style": "lines", "widths": [55, 15, 30]}),
    ])


# ---------------------------------------------------------------- P10 fee in words
V, C = "Licensor", "Licensee"
doc(key="p10_pellucid_license", coverage="pass_through", fee=(22.0, "user", "year"),
    vendor="Pellucid Systems Group, Inc.", kind="contract",
    description="Licensor/Licensee software licence; annual CPT royalty stated only in words "
                "('twenty-two dollars') for each Named User.",
    theme={"family": "serif", "size": 10.2, "lead": 13, "justify": True, "head_upper": True,
           "title_align": "center", "accent": "#000000", "page_numbers": "{n}",
           "footer": "PSG Form L-7 (2023)"},
    blocks=[
        ("title", "SOFTWARE LICENSE AGREEMENT"),
        P("THIS SOFTWARE LICENSE AGREEMENT (the \"Agreement\") is entered into as of the 2nd day "
          "of December, 2024, by and between PELLUCID SYSTEMS GROUP, INC., a Minnesota "
          "corporation (\"Licensor\"), and HIGHLAND WOMEN'S HEALTH, PLLC, a Minnesota "
          "professional limited liability company (\"Licensee\")."),
        P("Pellucid Systems Group, Inc. is referred to herein as Licensor."),
        H("Article I \u2014 Definitions"),
        P("1.1 \"Licensed Programs\" means the computer programs in object-code form identified "
          "in Exhibit A, including all updates furnished by Licensor hereunder."),
        P("1.2 \"Named User\" means a specifically identified individual authorized by Licensee "
          "to access the Licensed Programs, each of whom shall have a unique user identifier."),
        H("Article II \u2014 Grant of License"),
        P("2.1 Subject to the terms and conditions hereof, Licensor grants to Licensee a "
          "non-exclusive, non-transferable license to use the Licensed Programs solely for "
          "Licensee's internal business purposes at the sites listed in Exhibit A."),
        P("2.2 Licensee shall not sublicense, rent, lease, reverse engineer or otherwise attempt "
          "to derive the source code of the Licensed Programs."),
        H("Article III \u2014 Term"),
        *ps(["3.1 " + term(2, V, C)[0], "3.2 " + term(2, V, C)[1]]),
        H("Article IV \u2014 Fees"),
        P("4.1 Licensee shall pay the License Fees and Maintenance Fees set forth in Exhibit A."),
        P("4.2 In addition to the fees described in Section 4.1, Licensee shall pay to Licensor, "
          "for each Named User, an annual royalty of twenty-two dollars in respect of the "
          "Current Procedural Terminology (CPT\u00ae) content incorporated in the Licensed "
          "Programs, which royalty Licensor shall account for and remit to the American Medical "
          "Association in accordance with Licensor's distribution agreement. Such royalty shall "
          "be invoiced in advance on each anniversary of the Effective Date, based upon the "
          "number of Named Users then authorized."),
        P("4.3 " + payment(3, V, C)[0]),
        P("4.4 " + payment(3, V, C)[1]),
        H("Article V \u2014 Confidentiality"),
        *ps(confidentiality(2, V, C)),
        H("Article VI \u2014 Warranty; Limitation of Liability"),
        *ps(warranty(0, V, C)),
        *ps(liability(2, V, C)),
        H("Article VII \u2014 Miscellaneous"),
        *ps(general(2, V, C, "Minnesota")),
        P("IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorized "
          "representatives as of the date first written above."),
        ("sig", [("PELLUCID SYSTEMS GROUP, INC.", "Gordon Halvorsen", "President"),
                 ("HIGHLAND WOMEN'S HEALTH, PLLC", "Mirela Novak, MD", "Chief Executive")]),
    ])


# ---------------------------------------------------------------- P11 table with units in header
doc(key="p11_kestrel_feeschedule", coverage="pass_through", fee=(19.25, "provider", "year"),
    vendor="Kestrel Behavioral Health Software, LLC", kind="web",
    description="Help-centre fee schedule; unit only in the table header ('USD per licensed "
                "clinician'); AMA royalty 18.50 + administration 0.75 = 19.25; monthly "
                "subscription table is a trap.",
    theme={"family": "sans", "size": 9.5, "lead": 12.4, "accent": "#4b2a6b",
           "header": "Kestrel Support \u203a Billing \u203a 2025 fee schedule",
           "footer": "Kestrel Behavioral Health Software, LLC", "page_numbers": "{n}"},
    blocks=[
        ("title", "2025 fee schedule"),
        ("small", "Article ID 3302 \u00b7 Last reviewed January 2, 2025"),
        P("This page lists everything that can appear on a Kestrel invoice. Kestrel Behavioral "
          "Health Software, LLC bills subscriptions monthly and certain licence charges once a "
          "year."),
        H("Monthly subscription"),
        ("tbl", [["Plan", "USD per clinician per month", "Notes"],
                 ["Solo", "59.00", "One clinician, unlimited clients"],
                 ["Group (2\u201319 clinicians)", "49.00", "Supervisor co-signing included"],
                 ["Enterprise (20+)", "Quoted", "Volume pricing and SSO"]],
         {"style": "lines", "widths": [35, 30, 35]}),
        H("Annual licence charges"),
        P("Billed on your first invoice of each calendar year, and when a clinician is added "
          "during the year."),
        ("tbl", [["Item", "Who it applies to", "Annual fee, USD per licensed clinician"],
                 ["AMA CPT\u00ae royalty", "Every clinician with CPT code access", "18.50"],
                 ["Royalty administration", "Every clinician with CPT code access", "0.75"],
                 ["DSM crosswalk content", "Optional add-on", "0.00 (free in 2025)"]],
         {"style": "grid", "widths": [30, 40, 30]}),
        H("Other charges"),
        ("bul", ["Paper claim printing: $0.45 per claim.",
                 "Fax-to-chart: $10 per month per fax number.",
                 "Data export after cancellation: free for 60 days, then $150 per export."]),
        H("Why does Kestrel charge an AMA royalty?"),
        P("The American Medical Association owns CPT and licenses it to software companies that "
          "embed it. Kestrel pays the AMA for each clinician who can use CPT codes in Kestrel, "
          "and collects that royalty, with a small administration charge, from the practice."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ---------------------------------------------------------------- P12 EULA 'must obtain' sold by vendor
doc(key="p12_amberfield_eula_order", coverage="pass_through", fee=(27.0, "provider", "year"),
    vendor="Amberfield Systems, Inc.", kind="contract",
    description="Coding-update EULA: 'End User must obtain a licence ... and pay the fee in the "
                "Order Form'; attached order sells it at $27 per Provider per year (vendor sells "
                "the licence, so pass-through).",
    theme={"family": "sans", "size": 9, "lead": 11.6, "justify": True,
           "header": "Amberfield Systems, Inc.", "header_right": "CPT Coding Update File EULA",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "End-User License Agreement \u2014 Amberfield Coding Update File (CPT\u00ae)"),
        P("IMPORTANT \u2014 READ CAREFULLY. This End-User License Agreement (\"EULA\") is a legal "
          "contract between you, the practice or entity identified on the Order Form (\"End "
          "User\"), and Amberfield Systems, Inc. (\"Amberfield\") for the Amberfield Coding "
          "Update File, which contains the American Medical Association's Current Procedural "
          "Terminology (\"CPT Content\"). This EULA is separate from the Master Agreement between "
          "End User and Amberfield for Amberfield software."),
        P("BY SIGNING THE ORDER FORM, CLICKING \"ACCEPT\" OR INSTALLING THE CODING UPDATE FILE, "
          "END USER AGREES TO THIS EULA."),
        H("1. License terms"),
        P("1.1 End User must obtain a license to the CPT Content for every Provider who "
          "documents or bills medical services with Amberfield software, and shall pay for each "
          "such license the fee stated in the Order Form. Licenses are held per named Provider; "
          "concurrent use is not permitted."),
        P("1.2 \"Provider\" means a physician, nurse practitioner, physician assistant or other "
          "practitioner who renders services billed through Amberfield software."),
        P("1.3 Amberfield, as a party to a distribution agreement with the American Medical "
          "Association, grants End User a non-exclusive, non-transferable license to use the CPT "
          "Content, as installed in Amberfield software, for End User's internal use in the "
          "United States, for the number of Providers licensed on the Order Form."),
        H("2. Restrictions"),
        P("End User shall not copy, publish, sell or distribute CPT Content; create derivative "
          "works of it; or make it available to any affiliate or other legal entity. End User "
          "shall keep the AMA copyright notices intact."),
        H("3. Term"),
        P("Each license runs for the calendar year of the CPT release and renews each January 1 "
          "for the Providers then active, unless End User reduces its Provider count in writing "
          "before December 1."),
        H("4. Disclaimers"),
        P("CPT Content is provided \"as is\". The AMA does not directly or indirectly practice "
          "medicine or dispense medical services. Fee schedules, relative value units, conversion "
          "factors and/or related components are not assigned by the AMA, are not part of CPT, "
          "and the AMA is not recommending their use. U.S. Government rights are limited as "
          "provided in FAR 52.227-14 and DFARS 252.227-7015."),
        ("pb",),
        ("title", "Order Form \u2014 Coding Update File"),
        ("kv", [("End User", "Elm Street Podiatry, P.C."),
                ("Master Agreement", "Amberfield Master Agreement no. AMB-MA-2291"),
                ("License year", "Calendar year 2025")]),
        ("tbl", [["Item", "Unit", "Qty", "Annual fee per unit", "Total"],
                 ["Amberfield Coding Update File \u2014 CPT\u00ae license", "Provider", "4",
                  "$27.00", "$108.00"],
                 ["ICD-10-CM / HCPCS Level II update (public code sets)", "Practice", "1",
                  "$0.00", "$0.00"]],
         {"style": "grid", "widths": [40, 12, 8, 20, 20]}),
        P("The CPT license fee is invoiced annually in advance with the January invoice."),
        ("sig", [("Amberfield Systems, Inc.", "Beatriz Quintero", "Contracts Manager"),
                 ("Elm Street Podiatry, P.C.", "Owen Gallagher, DPM", "Owner")]),
    ])


# ---------------------------------------------------------------- P13 clearinghouse, Provider = practice, no period
V, C = "Clearinghouse", "Provider"
doc(key="p13_claimbridge_edi", coverage="pass_through", fee=(32.0, "provider", None),
    vendor="ClaimBridge Exchange, Inc.", kind="contract",
    description="Clearinghouse agreement where 'Provider' is the practice; AMA CPT distribution "
                "fee of $32 per enrolled Rendering Practitioner, period not stated.",
    theme={"family": "serif", "size": 10, "lead": 12.8, "header": "ClaimBridge Exchange, Inc.",
           "header_right": "EDI Services Agreement", "page_numbers": "Page {n}",
           "footer": "CBX-EDI-2024.2"},
    blocks=[
        ("title", "Electronic Data Interchange Services Agreement"),
        P("This EDI Services Agreement is between **ClaimBridge Exchange, Inc.**, a Tennessee "
          "corporation (\"Clearinghouse\"), and the health care provider identified on the "
          "signature page (\"Provider\")."),
        H("1. Services"),
        P("Clearinghouse will receive Provider's professional claims in ANSI X12 837P format or "
          "from Provider's practice management system, edit them against payer and code-set "
          "rules, forward them to payers, and return acknowledgements, eligibility responses and "
          "electronic remittance advice (835) to Provider."),
        H("2. Provider Obligations"),
        P("Provider is responsible for the accuracy and completeness of the data it submits, for "
          "obtaining any payer enrolment required for electronic submission, and for retaining "
          "source documentation as required by law."),
        H("3. CPT Content"),
        P("Clearinghouse's claim-editing tools include CPT\u00ae content licensed by "
          "Clearinghouse from the American Medical Association. Provider shall reimburse "
          "Clearinghouse the AMA CPT distribution fee shown in Schedule A for each Rendering "
          "Practitioner enrolled under Provider's account. \"Rendering Practitioner\" means each "
          "individual practitioner whose NPI appears as rendering provider on claims submitted "
          "through the Services."),
        H("4. Fees and Payment"),
        *ps(payment(2, V, C)),
        H("5. Term"),
        *ps(term(1, V, C)),
        H("6. Confidentiality and Security"),
        *ps(hipaa(1, V, C)),
        H("7. Limitation of Liability"),
        *ps(liability(1, V, C)),
        H("8. General"),
        *ps(general(1, V, C, "Tennessee")),
        ("sig", [("ClaimBridge Exchange, Inc.", "Darnell Booker", "Director, Provider Services"),
                 ("Provider: Highland Women's Health, PLLC", "Mirela Novak, MD",
                  "Chief Executive")]),
        ("h", "Schedule A \u2014 Fees"),
        ("tbl", [["Service", "One-time", "Monthly"],
                 ["Account setup and payer enrolment", "$250.00", "\u2014"],
                 ["Claims & ERA bundle, per billing NPI (first 500 claims)", "\u2014", "$65.00"],
                 ["Real-time eligibility, per billing NPI", "\u2014", "$20.00"]],
         {"style": "grid", "widths": [60, 20, 20]}),
        P("Other charges:"),
        ("bul", ["Claims above the bundle: $0.29 per claim.",
                 "Paper claims converted to electronic: $0.45 per claim.",
                 "AMA CPT\u00ae distribution fee: $32.00 per enrolled Rendering Practitioner."]),
    ])


# ---------------------------------------------------------------- P14 billing service, Provider = practice, monthly
V, C = "Company", "Provider"
doc(key="p14_summitridge_billing", coverage="pass_through", fee=(7.5, "provider", "month"),
    vendor="Summit Ridge Medical Billing, LLC", kind="contract",
    description="Billing-service agreement ('Provider' = the practice); percentage fee plus a "
                "CPT licensing charge of $7.50 per month per physician.",
    theme={"family": "sans", "size": 9.6, "lead": 12.6, "header": "Summit Ridge Medical "
           "Billing, LLC", "page_numbers": "Page {n}", "accent": "#5a1e1e"},
    blocks=[
        ("title", "Medical Billing Services Agreement"),
        P("This Medical Billing Services Agreement (\"Agreement\") is made as of February 3, 2025 "
          "between Summit Ridge Medical Billing, LLC, a Utah limited liability company "
          "(\"Company\"), and Fairmont ENT Specialists, P.A. (\"Provider\")."),
        H("1. Engagement"),
        P("Provider engages Company to perform the billing and collection services described in "
          "Exhibit 1 for professional services rendered by Provider's physicians and advanced "
          "practice clinicians. Company will act in Provider's name and under Provider's payer "
          "enrolments."),
        H("2. Provider Responsibilities"),
        P("Provider will deliver complete encounter documentation and charge information within "
          "three business days of each date of service, will assign or approve the procedure and "
          "diagnosis codes for each encounter, and will promptly forward all payer "
          "correspondence. Provider remains responsible for the accuracy of its coding."),
        H("3. Compensation"),
        P("3.1 Provider shall pay Company six and one-half percent (6.5%) of Net Collections "
          "each month. \"Net Collections\" means payments received on Provider's accounts, less "
          "refunds and recoupments."),
        P("3.2 Software and Code Sets. Company performs the Services on its licensed practice "
          "management platform. Because that platform includes CPT\u00ae content licensed from "
          "the American Medical Association, Company will add to Provider's monthly statement a "
          "CPT licensing charge of $7.50 per month for each physician of Provider whose services "
          "are billed through the platform."),
        P("3.3 " + payment(0, V, C)[0]),
        H("4. Term and Termination"),
        *ps(term(0, V, C)),
        P("Following termination Company will continue to work accounts with dates of service "
          "before the termination date for ninety (90) days, and the compensation in Section 3.1 "
          "will apply to collections on those accounts."),
        H("5. Compliance"),
        P("Company will not knowingly submit any claim that is false or fraudulent, and will "
          "maintain a compliance program consistent with OIG guidance for third-party billing "
          "companies."),
        *ps(hipaa(0, V, C)),
        H("6. Confidentiality"),
        *ps(confidentiality(0, V, C)[:1]),
        H("7. Liability and Insurance"),
        P("Company shall maintain errors and omissions insurance of at least $1,000,000 per "
          "claim. " + liability(1, V, C)[0]),
        H("8. Miscellaneous"),
        *ps(general(2, V, C, "Utah")),
        ("sig", [("Summit Ridge Medical Billing, LLC", "Keisha Morland", "Managing Director"),
                 ("Fairmont ENT Specialists, P.A.", "Jorge Almeida, MD", "President")]),
    ])


# ---------------------------------------------------------------- P15 email thread
doc(key="p15_glenmoor_email", coverage="pass_through", fee=(19.75, "user", "year"),
    vendor="Glenmoor Health IT, Inc.", kind="email",
    description="E-mail thread: account executive confirms AMA pass-through of $19.75 per user "
                "per year ($18.50 + $1.25); trap: the practice's own guess of $18 in the first "
                "message.",
    theme={"family": "sans", "size": 9.6, "lead": 12.4, "page_numbers": "{n}",
           "header": "Mail \u2014 Priya Castellanos \u2014 RE: CPT line on our renewal quote"},
    blocks=[
        ("title", "RE: CPT line on our renewal quote"),
        ("kv", [("From", "Marcus Oyelaran <m.oyelaran@glenmoorhit.example>"),
                ("To", "Priya Castellanos <pcastellanos@elmstreetpodiatry.example>"),
                ("Cc", "renewals@glenmoorhit.example"),
                ("Date", "Tue, 21 Jan 2025 10:14")]),
        P("Hi Priya,"),
        P("Thanks for the quick reply. Confirming the numbers for you: the AMA pass-through for "
          "2025 is **$19.75 per user per year**, which is the AMA's $18.50 royalty plus our $1.25 "
          "admin charge. It will show as its own line on your renewal invoice, separate from the "
          "subscription."),
        P("On who counts: for Glenmoor Chart a \"user\" is anyone with a login, not just the "
          "doctors, since front desk and billing staff also work with the codes. Your account has "
          "11 active logins today, so the line would be 11 x $19.75 = $217.25. If you deactivate "
          "anyone before the renewal date they won't be counted."),
        P("Happy to jump on a call if that helps."),
        P("Best,\nMarcus"),
        ("small", "Marcus Oyelaran | Account Executive | Glenmoor Health IT, Inc. | "
                  "(608) 555-0192"),
        ("hr",),
        ("kv", [("From", "Priya Castellanos <pcastellanos@elmstreetpodiatry.example>"),
                ("To", "Marcus Oyelaran <m.oyelaran@glenmoorhit.example>"),
                ("Date", "Mon, 20 Jan 2025 16:52"),
                ("Subject", "CPT line on our renewal quote")]),
        P("Hi Marcus,"),
        P("Our renewal quote has a new line called \"AMA CPT pass-through\". I thought the CPT "
          "licence was part of our subscription? Someone in my practice managers' group said it's "
          "usually around $18 a head. Can you confirm what we'll actually be charged, and whether "
          "it's per provider or per user? We have three podiatrists and eight staff."),
        P("Thanks,\nPriya"),
        ("small", "Priya Castellanos, Office Manager, Elm Street Podiatry, P.C."),
        ("hr",),
        ("kv", [("From", "renewals@glenmoorhit.example"),
                ("To", "Priya Castellanos"),
                ("Date", "Fri, 17 Jan 2025 09:00"),
                ("Subject", "Your Glenmoor renewal quote Q-55910")]),
        P("Your renewal quote for the term starting March 1, 2025 is attached. Summary: Glenmoor "
          "Chart subscription (3 providers) $1,155.00/month; AMA CPT pass-through (per user, "
          "annual) 11 x $19.75; Glenmoor Health IT, Inc. standard terms apply."),
    ])


# ---------------------------------------------------------------- P16 renewal notice per location
doc(key="p16_cinderbrook_renewal", coverage="pass_through", fee=(48.0, "location", "year"),
    vendor="Cinderbrook Medical Software Co.", kind="renewal",
    description="Renewal notice: subscription per location plus 'CPT licence pass-through "
                "(AMA)' of $48 per location per year.",
    theme={"family": "serif", "size": 10, "lead": 12.8, "table_style": "box",
           "header": "Cinderbrook Medical Software Co.", "header_right": "Renewal Notice",
           "page_numbers": ""},
    blocks=[
        ("title", "Renewal Notice"),
        ("kv", [("Customer", "Granite Peak Urgent Care, LLC"),
                ("Contract", "CB-00871 (Urgent Care Suite)"),
                ("Current term ends", "March 31, 2025"),
                ("Renewal term", "April 1, 2025 \u2013 March 31, 2026"),
                ("Notice date", "January 15, 2025")]),
        P("Dear Dr. Whitcombe,"),
        P("Your Cinderbrook Urgent Care Suite agreement will renew automatically on April 1, 2025 "
          "for a further twelve months unless we receive written notice of non-renewal by "
          "January 31, 2025 (60 days before the end of the current term). The renewal charges "
          "for your four clinic locations are:"),
        ("tbl", [["Item", "Qty", "Unit price", "Annual amount"],
                 ["Urgent Care Suite subscription (per location)", "4", "$7,800.00",
                  "$31,200.00"],
                 ["CPT\u00ae licence pass-through (AMA), per location", "4", "$48.00",
                  "$192.00"],
                 ["Premium support (24 x 7)", "1", "$1,500.00", "$1,500.00"],
                 ["Renewal total", "", "", "$32,892.00"]],
         {"widths": [50, 8, 20, 22]}),
        P("The CPT licence pass-through is the royalty Cinderbrook pays the American Medical "
          "Association for the CPT content used at each licensed location, charged to you at "
          "cost. It is invoiced once per renewal term together with the first quarterly "
          "subscription invoice."),
        P("The subscription price reflects the 3% annual adjustment permitted by Section 4.2 of "
          "your agreement. If you plan to open or close a location during the renewal term, "
          "please let us know so we can adjust both the subscription and the pass-through."),
        P("Sincerely,"),
        P("Alana Fitzroy\nClient Renewals, Cinderbrook Medical Software Co.\n"
          "88 Mill Race Road, Lowell, MA 01852 \u00b7 (978) 555-0110"),
    ])


# ---------------------------------------------------------------- P17 help article per seat
doc(key="p17_vantageloop_help", coverage="pass_through", fee=(20.0, "user", "year"),
    vendor="Vantage Loop Health, Inc.", kind="web",
    description="Help article: $20 per seat per year for CPT access; seat subscription "
                "$49/seat/month is not a CPT fee.",
    theme={"family": "sans", "size": 10, "lead": 13.2, "accent": "#0a4f8f",
           "header": "Vantage Loop Help", "header_right": "support.vantageloop.example",
           "footer": "Vantage Loop Health, Inc. \u00b7 Austin, Texas", "page_numbers": "{n}"},
    blocks=[
        ("title", "Why is there an \"AMA CPT\" line on my invoice?"),
        ("small", "Billing \u00b7 Written by the Vantage Loop Support Team"),
        P("If you reviewed your January invoice and spotted a new line labelled **AMA CPT "
          "access**, here's what it is and how it's calculated."),
        H("The short version"),
        P("Starting in 2025, Vantage Loop charges **$20 per seat per year** for access to "
          "CPT\u00ae codes in the app. This is separate from your regular subscription of $49 per "
          "seat per month, which hasn't changed."),
        H("Why the charge?"),
        P("CPT codes are created and owned by the American Medical Association (AMA). Software "
          "that includes CPT has to be licensed by the AMA, and the AMA charges a royalty for "
          "each person who uses the codes. We've absorbed that cost in past years, but with the "
          "AMA's current rates and reporting rules we now pass it through."),
        H("What's a seat?"),
        P("A seat is any named login on your account \u2014 clinicians, coders, front-desk staff "
          "and managers all count, because each of them can see or work with CPT codes. "
          "Read-only auditor accounts count as well."),
        H("When is it billed?"),
        P("Once a year, on the first invoice after January 1, for every seat active on that "
          "date. Seats added later are charged the full $20 on the next invoice."),
        H("Can I opt out?"),
        P("Not if you use Vantage Loop's charting or billing features, because both display CPT "
          "codes. Accounts that only use our scheduling module can contact support to be "
          "reviewed."),
        ("small", "CPT is a registered trademark of the American Medical Association. Related "
                  "articles: Adding seats \u00b7 Reading your invoice \u00b7 Payment methods"),
    ])


# ---------------------------------------------------------------- P18 contradiction with precedence
doc(key="p18_silverbirch_msa_order", coverage="pass_through", fee=(18.0, "provider", "year"),
    vendor="Silverbirch Clinical, Inc.", kind="contract",
    description="MSA says fees include code-set royalties 'unless an Order Form states "
                "otherwise'; Order Form adds AMA CPT royalty $18 per provider per year and "
                "precedence clause gives the Order Form control over fees.",
    theme={"family": "sans", "size": 9.2, "lead": 12, "justify": True,
           "header": "Silverbirch Clinical, Inc.", "header_right": "MSA (excerpt) and Order "
           "Form No. 3", "page_numbers": "Page {n}", "accent": "#333333"},
    blocks=[
        ("title", "Master Services Agreement \u2014 Excerpt"),
        ("small", "Between Silverbirch Clinical, Inc. (\"Silverbirch\") and Lakeview Behavioral "
                  "Health Group, Inc. (\"Customer\"), dated May 1, 2023. Only the sections "
                  "relevant to fees are reproduced."),
        H("4. Fees"),
        P("4.1 Customer shall pay the Fees set out in each Order Form. Unless an Order Form "
          "states otherwise, the Fees include all royalties for third-party code sets embedded in "
          "the Services, including CPT\u00ae."),
        P("4.2 " + payment(1, "Silverbirch", "Customer")[0]),
        P("4.3 " + payment(1, "Silverbirch", "Customer")[1]),
        H("12. General"),
        P("12.4 Order of Precedence. In the event of a conflict between this Agreement and an "
          "Order Form, the Order Form shall control as to fees, quantities and subscription "
          "terms, and this Agreement shall control in all other respects."),
        P("12.5 " + general(0, "Silverbirch", "Customer", "New York")[1]),
        ("hr",),
        ("title", "Order Form No. 3"),
        ("kv", [("Customer", "Lakeview Behavioral Health Group, Inc."),
                ("Order start date", "July 1, 2025"),
                ("Order term", "24 months"),
                ("Agreement", "Master Services Agreement dated May 1, 2023")]),
        ("tbl", [["Line", "Description", "Qty", "Price", "Frequency"],
                 ["1", "Silverbirch BH Platform \u2014 provider licence", "14", "$139.00 / "
                  "provider", "Monthly"],
                 ["2", "Group therapy & telehealth module", "1", "$250.00", "Monthly"],
                 ["3", "AMA CPT\u00ae royalty", "14", "$18.00 / provider", "Annually, in "
                  "advance"],
                 ["4", "Data migration from prior EHR", "1", "$3,000.00", "One-time"]],
         {"style": "grid", "widths": [7, 45, 8, 22, 18]}),
        H("Special terms"),
        ("num", ["Line 3 is a separate charge for the royalty payable to the American Medical "
                 "Association for CPT content in the Services and is not included in Line 1.",
                 "Providers added during the order term are charged Line 1 from activation and "
                 "Line 3 on the next annual invoice date.",
                 "Customer may reduce Line 1 quantities by up to 10% at each anniversary."]),
        ("sig", [("Silverbirch Clinical, Inc.", "Naomi Achterberg", "Director of Sales Operations"),
                 ("Lakeview Behavioral Health Group, Inc.", "Curtis Ambrose", "Chief Operating "
                  "Officer")]),
    ])


# ---------------------------------------------------------------- P19 plan comparison + order
doc(key="p19_fernhollow_plan_order", coverage="pass_through", fee=(19.0, "provider", "year"),
    vendor="Fernhollow Health Systems, LLC", kind="order",
    description="Order form selecting the Professional plan; appendix plan table shows CPT "
                "licence 'Add $19/provider/yr' on Starter and Professional, 'Included' on "
                "Enterprise.",
    theme={"family": "sans", "size": 9.4, "lead": 12.2, "table_style": "grid",
           "accent": "#1d5c63", "header": "Fernhollow Health Systems, LLC",
           "header_right": "Subscription Order", "page_numbers": "Page {n} of 2"},
    blocks=[
        ("title", "Subscription Order"),
        ("kv", [("Customer", "Sunfield Physical Therapy, LLC"),
                ("Address", "310 Orchard Street, Fort Collins, CO 80521"),
                ("Order date", "April 9, 2025"),
                ("Term", "12 months from activation, renewing annually")]),
        H("1. Plan selection"),
        ("tbl", [["", "Plan", "Price per provider / month"],
                 ["[ ]", "Starter", "$79"],
                 ["[X]", "Professional", "$119"],
                 ["[ ]", "Enterprise", "$169"]],
         {"style": "lines", "widths": [8, 52, 40]}),
        ("kv", [("Number of providers", "6"),
                ("Monthly subscription", "6 x $119 = $714.00")]),
        H("2. Plan features and charges"),
        P("Features and additional charges for each plan are shown in Appendix 1, which forms "
          "part of this Order. Charges shown in Appendix 1 for the selected plan apply to this "
          "Order."),
        H("3. Payment"),
        *ps(payment(2, "Fernhollow", "Customer")),
        H("4. Terms"),
        P("This Order is governed by the Fernhollow Customer Agreement published at "
          "fernhollow.example/legal on the order date."),
        ("sig", [("Fernhollow Health Systems, LLC", "Imani Roberts", "Sales"),
                 ("Sunfield Physical Therapy, LLC", "Greg Tanaka, DPT", "Owner")]),
        ("pb",),
        ("title", "Appendix 1 \u2014 Plan comparison"),
        ("tbl", [["Feature / charge", "Starter", "Professional", "Enterprise"],
                 ["Scheduling, documentation, billing", "Yes", "Yes", "Yes"],
                 ["Home exercise programs", "\u2014", "Yes", "Yes"],
                 ["Outcomes reporting (MIPS)", "\u2014", "Yes", "Yes"],
                 ["API access", "\u2014", "\u2014", "Yes"],
                 ["CPT\u00ae licence (AMA)", "Add $19/provider/yr", "Add $19/provider/yr",
                  "Included"],
                 ["Onboarding", "Self-guided", "2 live sessions", "Dedicated specialist"]],
         {"widths": [34, 22, 22, 22]}),
        ("small", "The CPT\u00ae licence charge is billed annually on the activation anniversary "
                  "for each provider on the account and covers the AMA royalty for CPT content in "
                  "Fernhollow. CPT is a registered trademark of the American Medical "
                  "Association."),
    ])


# ---------------------------------------------------------------- P20 letter: user proxy per physician
doc(key="p20_halcyon_letter", coverage="pass_through", fee=(74.0, "provider", "year"),
    vendor="Halcyon Practice Systems, Inc.", kind="letter",
    description="Letter: from 2025 an AMA CPT licence charge of $74 per physician per year "
                "(4 proxy users x $18.50); judgement: charged per physician, so provider unit.",
    theme={"family": "serif", "size": 10.8, "lead": 14, "page_numbers": "",
           "header": "HALCYON PRACTICE SYSTEMS, INC.  \u00b7  600 Market Street, Suite 1200, "
                     "Wilmington, DE 19801"},
    blocks=[
        ("right", "October 2, 2024"),
        P("Bayshore Gastroenterology, P.A.\nAttn: Practice Administrator\n1450 Causeway Blvd., "
          "Suite 210\nClearwater, FL 33756"),
        P("**Re: CPT\u00ae licensing charges beginning with the 2025 contract year \u2014 "
          "Agreement HPS-3318**"),
        P("Dear Practice Administrator:"),
        P("Halcyon Practice Systems, Inc. (\"Halcyon\") distributes the American Medical "
          "Association's CPT\u00ae code set within the Halcyon EHR and practice management "
          "system under a distribution licence with the AMA. Following the AMA's recent review of "
          "that licence, the AMA now requires Halcyon to report users for ambulatory EHR and "
          "practice management customers under its User Proxy Model, which assumes four users "
          "for each physician, the physician included."),
        P("Until now Halcyon has absorbed the CPT royalty within your subscription. Under Section "
          "6.5 of your agreement, which permits Halcyon to pass through changes in third-party "
          "royalties on ninety days' notice, **beginning January 1, 2025 your invoices will include "
          "an AMA CPT licence charge of $74.00 per physician per year.** That figure equals four "
          "proxy users at the AMA's 2025 rate of $18.50 per user. Halcyon adds no margin to this "
          "charge."),
        P("For your practice, with seven physicians on the account, the 2025 charge will be "
          "$518.00, billed on your January invoice. Physicians added during the year will be "
          "billed on the following invoice. Your subscription fees are unchanged."),
        P("If you believe your practice has fewer than four CPT users per physician, the AMA "
          "allows a practice to document its actual user count; please contact your account "
          "manager and we will submit the information to the AMA on your behalf. Please note that "
          "the AMA may ask Halcyon to identify customers and user counts as part of its royalty "
          "reporting."),
        P("We appreciate your partnership and are sorry for the added cost."),
        P("Sincerely,"),
        P("Raymond Okafor\nVice President, Client Services\nHalcyon Practice Systems, Inc."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ---------------------------------------------------------------- P21 end-user terms page with notices + fee
doc(key="p21_oakharrow_terms", coverage="pass_through", fee=(18.0, "user", "year"),
    vendor="Oakharrow Software, LLC", kind="web",
    description="CPT end-user terms web page with full AMA notices and sublicence, yet a CPT "
                "royalty of $16 + $2 processing per Authorized User per year (sum $18).",
    theme={"family": "serif", "size": 9.8, "lead": 12.6, "justify": True,
           "header": "oakharrow.example/legal/cpt-end-user-terms",
           "footer": "Oakharrow Software, LLC \u2014 Legal", "page_numbers": "{n}"},
    blocks=[
        ("title", "CPT\u00ae End User Terms"),
        ("small", "Last updated: December 1, 2024"),
        P("These terms apply to every customer (\"you\") of Oakharrow Software, LLC "
          "(\"Oakharrow\", \"we\") whose subscription includes access to Current Procedural "
          "Terminology (\"CPT\") content. They supplement our Terms of Service."),
        H("1. Ownership"),
        P("CPT is copyrighted by the American Medical Association (\"AMA\"). CPT\u00ae is a "
          "registered trademark of the AMA. CPT only copyright 2024 American Medical "
          "Association. All rights reserved."),
        H("2. Your licence"),
        P("Oakharrow, as a party to a licence agreement with the AMA, grants you a limited, "
          "non-exclusive, non-transferable, non-sublicensable licence to use CPT content in the "
          "Oakharrow platform solely for your internal use within the United States. This "
          "licence ends automatically if our agreement with the AMA ends, unless the AMA consents "
          "or you obtain a licence directly from the AMA."),
        H("3. Restrictions"),
        P("You may not make CPT content publicly available, create derivative works, translate "
          "it, or transfer, sell, lease or licence it to any other party, including an affiliate "
          "or other legal entity."),
        H("4. Disclaimers"),
        P("CPT content is provided \"as is\" without warranty of any kind. The AMA does not "
          "directly or indirectly practice medicine or dispense medical services. Fee schedules, "
          "relative value units, conversion factors and/or related components are not assigned "
          "by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA "
          "assumes no liability for data contained or not contained herein."),
        H("5. Fees"),
        P("Your use of CPT content in the Oakharrow platform is subject to a CPT royalty of "
          "$16.00 per Authorized User per year, plus a processing charge of $2.00 per Authorized "
          "User per year. Both are billed to your account each January, and for Authorized Users "
          "added during the year, on the next monthly invoice. \"Authorized User\" has the "
          "meaning given in our Terms of Service."),
        H("6. U.S. Government rights"),
        P("CPT is commercial technical data developed exclusively at private expense by the AMA. "
          "U.S. Government rights to use, modify, reproduce, release, perform, display or "
          "disclose it are limited to those in FAR 52.227-14 (Data Rights \u2014 General) and "
          "DFARS 252.227-7015 (Technical Data \u2014 Commercial Items), as applicable."),
        H("7. Third-party beneficiary and reporting"),
        P("The AMA is a third-party beneficiary of these terms. You agree that Oakharrow may "
          "report to the AMA the number of Authorized Users on your account."),
    ])


# ---------------------------------------------------------------- P22 ToS, fee amount not stated
doc(key="p22_elmstead_tos", coverage="pass_through", fee=None,
    vendor="Elmstead Care Software, Inc.", kind="web",
    description="Terms of service: vendor collects the AMA-set CPT royalty per rendering "
                "provider each year plus a processing charge, amount only 'shown on the Billing "
                "page' (no amount, so cpt_fee null).",
    theme={"family": "sans", "size": 9.4, "lead": 12.3, "head_upper": True,
           "header": "Elmstead \u2014 Terms of Service", "footer": "Elmstead Care Software, Inc.",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "Terms of Service"),
        ("small", "Effective March 15, 2025"),
        P("These Terms of Service govern your use of the Elmstead clinical documentation and "
          "billing service (the \"Services\") provided by Elmstead Care Software, Inc. "
          "(\"Elmstead\", \"we\", \"us\"). By creating an account you agree to these terms on "
          "behalf of your practice (\"you\")."),
        H("1. Accounts"),
        P("You must provide accurate account information and keep your log-in credentials "
          "secure. Each user must have their own log-in. You are responsible for the activity of "
          "users on your account."),
        H("2. Subscription fees"),
        P("You will pay the subscription fees for the plan you select, in advance, by card or "
          "ACH. We may change plan prices on 30 days' notice; changes apply from your next "
          "billing period."),
        H("3. Code set royalties"),
        P("The Services include CPT\u00ae content licensed by Elmstead from the American Medical "
          "Association. Once a year we charge you the CPT royalty set by the AMA for each "
          "rendering provider on your account, together with a processing charge. The current "
          "amounts are displayed on the Billing page of your account and on your invoice. ICD-10 "
          "and HCPCS Level II code sets are included in the Services without a separate charge."),
        H("4. Acceptable use"),
        P("You will not misuse the Services, attempt to access them other than through the "
          "interfaces we provide, or use them to store content you do not have the right to "
          "store."),
        H("5. Your data"),
        P("You own your practice data. We process it to provide the Services and as described in "
          "our Business Associate Agreement and Privacy Notice. You can export your data at any "
          "time while your account is active and for 30 days after cancellation."),
        H("6. Cancellation"),
        P("You may cancel at any time; cancellation takes effect at the end of the current "
          "billing period. Annual charges, including code set royalties, are not refunded."),
        H("7. Disclaimers and liability"),
        P("The Services are provided \"as is\". To the extent permitted by law, our total "
          "liability is limited to the fees you paid in the three months before the claim."),
        H("8. Changes"),
        P("We may update these terms. If a change is material we will notify you by e-mail at "
          "least 30 days before it takes effect."),
    ])
