"""vendor_covers documents."""
from layout import D

VC = "vendor_covers"


def docs():
    out = []

    v = "Osprey Point Software, Inc."
    out.append(D("vc-faq-included", v, VC, None,
        "Vendor FAQ page stating that the AMA CPT licence is already included in the per-provider subscription and that the vendor pays the royalty itself; the $119 per provider price is a subscription price, not a CPT fee.",
        "CadenceEHR Billing FAQ",
        [
            ("web", "support.ospreypoint.example/hc/cadence-billing-faq"),
            ("letterhead", v, "CadenceEHR Support Center", ""),
            ("h1", "Billing and pricing FAQ"),
            ("h2", "What does CadenceEHR cost?"),
            ("p", "The Standard plan is $119 per provider per month, billed monthly. The Plus plan, which adds the patient app and automated reminders, is $149 per provider per month."),
            ("h2", "Will I see a separate AMA or CPT fee?"),
            ("p", "No. Some software companies bill the AMA's CPT royalty as a separate line. We don't. The cost of the AMA CPT licence is built into your subscription price, and Osprey Point pays the royalty to the American Medical Association directly."),
            ("h2", "Do I need to buy my own CPT licence?"),
            ("p", "Not for use inside CadenceEHR. While your subscription is active, every user in your account is covered by our licence from the AMA. If you use CPT outside CadenceEHR, for example in your own spreadsheets or another program, that use is not covered."),
            ("h2", "Are there any set-up fees?"),
            ("p", "Data migration is $750 per practice if you want us to import your old patient demographics. Everything else is self-service."),
            ("small", "CPT is a registered trademark of the American Medical Association. Osprey Point Software, Inc., 48 Heron Cove Drive, Seabright Landing, FL 32999."),
        ], footer="Osprey Point Software - Support Center"))

    v = "Fairhaven Medical Software LLC"
    out.append(D("vc-orderform-included-zero", v, VC, None,
        "Order form whose ruled line-item table shows an 'AMA CPT content licence' row marked Included at $0.00 for nine users, with a note that the royalty is paid by the vendor.",
        "Order Form FMS-1187",
        [
            ("letterhead", v, "220 Old Post Road, Greenbank Hollow, CT 06499", "orders@fairhaven-ms.example"),
            ("h1", "Order Form FMS-1187"),
            ("kv", [("Customer", "Shoreline Allergy and Asthma, LLC"), ("Term", "24 months"), ("Start", "March 1, 2026")]),
            ("table", [
                ["Product / service", "Qty", "Unit price per month", "Monthly total"],
                ["Fairhaven Clinic Suite, named user", "9", "$98.00", "$882.00"],
                ["AMA CPT content licence", "9", "Included", "$0.00"],
                ["Immunisation registry interface", "1", "$45.00", "$45.00"],
                ["Monthly total", "", "", "$927.00"],
            ], {"ruled": True, "widths": [2.8, 0.5, 1.6, 1.4], "bold_last": True}),
            ("small", "The AMA CPT content licence is provided under Fairhaven's distribution licence with the American Medical Association. Fairhaven pays the associated royalty; no CPT charge will be invoiced to Customer during the term."),
            ("p", "One-time implementation fee: $1,250.00, invoiced at signature."),
            ("sig", [("<b>Fairhaven Medical Software LLC</b><br/>/s/ Simone Achterberg", "<b>Shoreline Allergy and Asthma, LLC</b><br/>/s/ Dr. Raymond Kessel")]),
        ], footer="Fairhaven Medical Software LLC - Order Form"))

    v = "Cinderford Health Data Corp."
    out.append(D("vc-eula-sublicense", v, VC, None,
        "End-user licence whose CPT section states the vendor holds an AMA distribution licence, sublicenses CPT to the licensee and pays all AMA royalties at no extra charge, alongside the usual AMA restrictions.",
        "End User License Agreement",
        [
            ("letterhead", v, "End User License Agreement - CodeSmart Charge Capture", ""),
            ("p", "This End User License Agreement (\"EULA\") is between Cinderford Health Data Corp. (\"Cinderford\") and the practice that installs or accesses CodeSmart Charge Capture (\"Licensee\")."),
            ("h2", "1. License"),
            ("p", "Cinderford grants Licensee a non-transferable, non-exclusive licence to use CodeSmart for Licensee's internal operations in the United States during the subscription term."),
            ("h2", "2. CPT Content"),
            ("p", "2.1 CodeSmart contains Current Procedural Terminology (CPT), copyright American Medical Association. All rights reserved. CPT is a registered trademark of the AMA."),
            ("p", "2.2 Cinderford holds a distribution licence from the AMA and, through this EULA, grants Licensee a sublicence to use CPT solely within CodeSmart. Cinderford is responsible for all royalties and usage reports owed to the AMA for Licensee's use of CPT through CodeSmart, and no additional fee is charged to Licensee for that sublicence."),
            ("p", "2.3 Licensee may not copy CPT out of CodeSmart, create derivative works of it, publish it, or distribute it to anyone outside Licensee's organisation. Fee schedules, relative value units and related listings are not part of CPT, and the AMA does not practise medicine or dispense medical services."),
            ("p", "2.4 The AMA is a third-party beneficiary of this Section 2. Use of CPT by United States Government agencies is subject to the restricted-rights provisions that apply to commercial technical data."),
            ("h2", "3. Fees"),
            ("p", "Licensee pays the subscription fees in its order. Subscription fees may rise at renewal on sixty days' notice."),
            ("boiler", "Cinderford", "Licensee", 4, 6, 2),
        ], footer="Cinderford Health Data Corp. - EULA"))

    v = "Marrowstone Systems, Inc."
    out.append(D("vc-email-newest-first", v, VC, None,
        "E-mail chain (newest first) in which an earlier message warned of a $19 per user per year CPT royalty, but the latest message from the vendor confirms the CPT licence stays included and no such line will be added.",
        "FW: CPT royalty line",
        [
            ("letterhead", v, "Printed e-mail conversation (newest message first)", ""),
            ("email", {"from": "Leah Fontaine &lt;lfontaine@marrowstone.example&gt;", "to": "Gordon Pike &lt;gpike@saltcreekfp.example&gt;", "date": "Thu, Jan 22, 2026 4:51 PM", "subject": "RE: CPT royalty line"}, [
                "Gordon, confirming the final position after review with our finance and legal teams: the CPT licence remains included in your Marrowstone subscription for the whole of your current agreement and any renewal. We will not add the $19 per user per year royalty line I mentioned on January 6. Marrowstone Systems, Inc. will continue to pay the AMA royalty itself.",
                "Apologies for the confusion. - Leah"]),
            ("email", {"from": "Gordon Pike", "to": "Leah Fontaine", "date": "Fri, Jan 9, 2026 10:12 AM", "subject": "RE: CPT royalty line"}, [
                "Leah, our agreement says all content licences are included. Please explain why we'd now pay extra for CPT."]),
            ("email", {"from": "Leah Fontaine", "to": "Gordon Pike", "date": "Tue, Jan 6, 2026 2:30 PM", "subject": "CPT royalty line"}, [
                "Hi Gordon, heads-up that starting with the February invoice we plan to add an AMA CPT royalty of $19 per user per year to all accounts, including Salt Creek Family Practice."]),
        ], footer="Printed e-mail"))

    v = "Thornbury Clinical Systems, Inc."
    out.append(D("vc-price-letter-absorbed", v, VC, None,
        "Price-change letter raising the per-user subscription from $95 to $99 per month while stating that the vendor continues to pay the AMA CPT royalty itself and no CPT line will appear on invoices.",
        "Price adjustment letter",
        [
            ("letterhead", v, "5 Weaver's Yard, Alton Brook, NH 03899", "customercare@thornbury-cs.example"),
            ("p", "October 15, 2025"),
            ("p", "To our practice customers,"),
            ("h1", "A change to your subscription price"),
            ("p", "Beginning with invoices dated on or after January 1, 2026, the Thornbury Chart subscription will be $99 per user per month, up from $95. This is the first increase in three years and is within the annual adjustment limit in your agreement."),
            ("p", "We know many of you have read about the American Medical Association raising the CPT royalty that software companies pay. We want to be clear: Thornbury continues to pay that royalty ourselves. The CPT licence remains part of your subscription, and you will not see a separate CPT or AMA charge on your invoice."),
            ("p", "Your other charges, including interfaces and storage, are unchanged. If you have questions, please contact your customer success manager."),
            ("p", "With thanks,<br/>Maren Voss<br/>Chief Customer Officer<br/>Thornbury Clinical Systems, Inc."),
        ], footer="Thornbury Clinical Systems, Inc."))

    v = "Havelock Medical Informatics LLC"
    out.append(D("vc-amendment-deletes-passthrough", v, VC, None,
        "Amendment deleting the agreement's earlier CPT royalty pass-through clause ($19.00 per user per year) and providing that the vendor bears all AMA royalties with no CPT fee invoiced.",
        "Amendment No. 1",
        [
            ("letterhead", v, "31 Cotton Exchange, Riverbend Park, TN 37499", "legal@havelock-mi.example"),
            ("h1", "Amendment No. 1 to Subscription Agreement"),
            ("p", "Parties: Havelock Medical Informatics LLC (\"Vendor\") and Cumberland Gap Family Health, PLLC (\"Customer\"). Agreement amended: Subscription Agreement dated August 1, 2024 (the \"Agreement\"). Amendment Effective Date: January 1, 2026."),
            ("p", "1. <b>Deletion of CPT pass-through.</b> Section 4.3 of the Agreement (CPT Royalty Pass-Through), which required Customer to pay $19.00 per user per year, is deleted in its entirety as of the Amendment Effective Date."),
            ("p", "2. <b>AMA royalties.</b> From the Amendment Effective Date, Vendor shall bear all royalties and reporting obligations owed to the American Medical Association for CPT content furnished through the Services, and no CPT fee shall be invoiced to Customer."),
            ("p", "3. <b>Prior charges.</b> CPT pass-through amounts invoiced for periods before the Amendment Effective Date remain payable."),
            ("p", "4. <b>Subscription fee.</b> In consideration of the above, the subscription fee increases from $112.00 to $116.00 per user per month."),
            ("p", "5. <b>Effect.</b> All other terms of the Agreement remain unchanged. In case of conflict, this Amendment prevails."),
            ("sig", [("<b>Havelock Medical Informatics LLC</b><br/>/s/ Terrell Boaz, CEO", "<b>Cumberland Gap Family Health, PLLC</b><br/>/s/ Nadia Rusk, Practice Director")]),
        ], footer="Havelock Medical Informatics LLC - Amendment No. 1"))

    v = "Aldergrove Health Cloud, Inc."
    out.append(D("vc-msa-provider-is-vendor", v, VC, None,
        "Master agreement in which 'Provider' means the software vendor; a clause on the third page says Provider maintains the AMA CPT licence at its own expense and Client is charged nothing for CPT content.",
        "Platform Services Agreement",
        [
            ("letterhead", v, "1 Cedar Exchange, Suite 900, Bellhaven, OR 97499", "legal@aldergrove-hc.example"),
            ("h1", "Platform Services Agreement"),
            ("p", "This Platform Services Agreement is entered into on February 10, 2026 by Aldergrove Health Cloud, Inc. (\"Provider\"), a provider of hosted clinical software, and Willamette Rheumatology Clinic, LLC (\"Client\")."),
            ("h2", "1. Platform"),
            ("p", "Provider will host and operate the Aldergrove platform and make it available to Client's authorised users. Client is responsible for its users' conduct and for the clinical content they enter."),
            ("h2", "2. Fees"),
            ("p", "Client will pay the platform fee of $2,950.00 per month for up to fifteen users, plus $175.00 per month for each additional user."),
            ("boiler", "Provider", "Client", 3, 28, 0),
            ("h2", "31. Third-Party Content"),
            ("p", "31.1 The platform includes CPT codes and descriptors owned by the American Medical Association, together with public code sets such as ICD-10-CM."),
            ("p", "31.2 Provider has obtained, and will maintain at its own expense throughout the term, the licence from the AMA needed to distribute CPT within the platform, including payment of all royalties the AMA charges for Client's users. Client will not be charged any fee for CPT content."),
            ("p", "31.3 Client will comply with the AMA end-user terms presented in the platform."),
            ("boiler", "Provider", "Client", 32, 4, 28),
            ("sig", [("<b>Aldergrove Health Cloud, Inc.</b><br/>/s/ Benedikt Marsh, CFO", "<b>Willamette Rheumatology Clinic, LLC</b><br/>/s/ Dr. Farah Quintero")]),
        ], footer="Aldergrove Health Cloud - Platform Services Agreement"))

    v = "Penrose Valley EHR Co."
    out.append(D("vc-invoice-asterisk", v, VC, None,
        "Monthly invoice with a $0.00 'Coding content (CPT*, ICD-10-CM)' line and an asterisked footnote saying the AMA CPT licence is included in the subscription and paid by the vendor.",
        "Invoice PV-40219",
        [
            ("letterhead", v, "88 Millstream Way, Penrose Valley, KS 66999", "accounts@penrosevalley-ehr.example"),
            ("h1", "Invoice PV-40219"),
            ("kv", [("Bill to", "Prairie Wind Pediatrics, P.A."), ("Invoice date", "March 1, 2026"), ("Period", "March 2026"), ("Due", "March 31, 2026")]),
            ("table", [
                ["Description", "Qty", "Unit", "Amount"],
                ["Penrose EHR subscription, per user per month", "14", "$135.00", "$1,890.00"],
                ["Coding content (CPT*, ICD-10-CM)", "14", "$0.00", "$0.00"],
                ["SMS appointment reminders", "1,220", "$0.03", "$36.60"],
                ["Balance due", "", "", "$1,926.60"],
            ], {"ruled": True, "widths": [3.4, 0.7, 1.0, 1.2], "bold_last": True}),
            ("small", "* The AMA CPT licence is included in your subscription. Penrose Valley EHR Co. pays the royalty to the American Medical Association; there is no separate CPT charge. CPT is a registered trademark of the AMA."),
        ], footer="Penrose Valley EHR Co."))

    v = "Lindqvist Practice Technologies, Inc."
    out.append(D("vc-kb-covered-ama-comparison", v, VC, None,
        "Knowledge-base article saying the vendor's AMA licence covers all active users at no additional cost; the roughly $20 per user per year AMA direct price is quoted only for comparison.",
        "KB 3021: CPT descriptors and licensing",
        [
            ("web", "kb.lindqvist-pt.example/3021"),
            ("letterhead", v, "Knowledge Base", "Article 3021"),
            ("h1", "Why do I see full CPT descriptions, and do I need a licence?"),
            ("p", "When you search for a procedure in the charge screen, Lindqvist PM shows the CPT code together with its full AMA descriptor. CPT is owned and copyrighted by the American Medical Association, and any software that displays it must be licensed."),
            ("h2", "Is my practice covered?"),
            ("p", "Yes. Lindqvist Practice Technologies holds a distribution licence from the AMA that covers every active user in your practice while you subscribe. We pay the AMA royalty for those users ourselves, at no additional cost to you, and it does not appear on your invoice."),
            ("h2", "What does a licence cost if I bought it myself?"),
            ("p", "For context only: the AMA's direct end-user licence for a single user is currently about $20 per user per year. You do not need to buy one to use CPT inside Lindqvist PM."),
            ("h2", "Related"),
            ("bullets", ["KB 3019: Annual code updates and when they load", "KB 3044: Exporting charge reports"]),
        ], footer="Lindqvist Practice Technologies, Inc. - Knowledge Base"))

    v = "Summit Ridge Health Plan Services, Inc."
    out.append(D("vc-payer-portal-clickthrough", v, VC, None,
        "Payer portal click-through terms, where 'Provider' means the practice user, stating that CPT in the portal is used under the operator's own AMA licence, fees paid by the operator, with no charge to providers.",
        "Provider Portal Terms of Use",
        [
            ("web", "providers.summitridge-hps.example/terms"),
            ("letterhead", v, "Provider Portal - Terms of Use", "Click-through acknowledgement, printed for records"),
            ("p", "These terms apply to physicians, practices and their staff (each a \"Provider\") who use the Summit Ridge provider portal, operated by Summit Ridge Health Plan Services, Inc. (the \"Operator\"), to check eligibility, submit prior authorisation requests and view fee schedules."),
            ("h2", "1. Access"),
            ("p", "Each Provider user must have individual credentials and must not share them."),
            ("h2", "2. CPT Content"),
            ("p", "The portal shows CPT codes and descriptors. CPT is copyright American Medical Association; all rights reserved. The Operator uses CPT in the portal under a licence the Operator holds from the AMA, and the Operator pays all fees due to the AMA for that use. No fee is charged to Providers for access to CPT content through the portal. Providers may use CPT from the portal only for their dealings with the health plan and may not copy or redistribute it."),
            ("h2", "3. Fee Schedules"),
            ("p", "Allowed amounts shown in the portal are the health plan's fee schedule and are not set by the AMA."),
            ("h2", "4. Acceptance"),
            ("p", "By selecting \"I Accept\", the user agrees to these terms on behalf of themselves and their practice."),
            ("mono", "[X] I Accept    User: mbenavides    Practice: Alder Point Surgical Associates    Accepted: 2026-02-03"),
        ], footer="Summit Ridge Health Plan Services, Inc. - Portal Terms"))

    v = "Brackenridge Software Group, Inc."
    out.append(D("vc-conflict-order-form-prevails", v, VC, None,
        "Master agreement whose body refers to a $20.00 per user per year CPT pass-through, but the signed Order Form says the AMA royalty is included and the agreement says an Order Form controls in a conflict.",
        "MSA excerpt and Order Form",
        [
            ("letterhead", v, "600 Ironworks Avenue, Steel Ferry, PA 15999", "contracts@brackenridge-sg.example"),
            ("h1", "Master Software Agreement (excerpt)"),
            ("p", "<b>1.3 Order of precedence.</b> If an Order Form conflicts with this Agreement, the Order Form controls for the products and services on that Order Form."),
            ("p", "<b>6.4 CPT royalty.</b> Customer will pay the CPT royalty pass-through listed in the Fee Schedule, currently $20.00 per user per year, to reimburse Brackenridge for royalties owed to the American Medical Association."),
            ("p", "<b>6.5 Invoicing.</b> Brackenridge invoices annually in advance unless an Order Form states otherwise."),
            ("rule",),
            ("h1", "Order Form BSG-7710"),
            ("kv", [("Customer", "Three Rivers Gastroenterology, LLC"), ("Order date", "December 12, 2025"), ("Term", "January 1, 2026 - December 31, 2028")]),
            ("table", [
                ["Item", "Qty", "Annual price"],
                ["Brackenridge PM Enterprise, per user per year", "20", "$1,440.00 each"],
                ["Endoscopy documentation module", "1", "$3,000.00"],
            ], {"ruled": True, "widths": [3.7, 0.6, 2.0]}),
            ("p", "<b>Special terms.</b> The AMA CPT royalty is included in the Subscription Fee for this Order. Brackenridge will not invoice a CPT pass-through under Section 6.4 of the Agreement for any product on this Order Form."),
            ("sig", [("<b>Brackenridge Software Group, Inc.</b><br/>/s/ Carla Demski", "<b>Three Rivers Gastroenterology, LLC</b><br/>/s/ Dr. Victor Anand")]),
        ], footer="Brackenridge Software Group, Inc."))

    v = "Galloway Digital Health, LLC"
    out.append(D("vc-ticket-billed-in-error", v, VC, None,
        "Support ticket in which the vendor agrees a CPT royalty invoice line was billed in error, issues a credit and confirms the AMA CPT licence is included in the subscription under the customer's agreement.",
        "Support ticket #58104",
        [
            ("letterhead", v, "Customer Support - Ticket Export", ""),
            ("kv", [("Ticket", "#58104"), ("Subject", "Unexpected CPT royalty on January invoice"), ("Requester", "Imogen Farrow, Clearwater Eye Associates, P.C."), ("Status", "Solved"), ("Priority", "Normal")]),
            ("email", {"from": "Imogen Farrow", "date": "Jan 14, 2026 09:22", "subject": "Unexpected CPT royalty on January invoice"}, [
                "Our January invoice (GDH-2026-0112) has a line 'CPT royalty - 8 users x $21.00 = $168.00'. Section 3.2 of our agreement says the CPT licence is included. Can you check?"]),
            ("email", {"from": "Marcus Odhiambo (Galloway Billing Support)", "date": "Jan 14, 2026 15:47", "subject": "RE: Unexpected CPT royalty on January invoice"}, [
                "Hi Imogen, you are right and I'm sorry for the error. Your agreement includes the AMA CPT licence in the subscription price, and Galloway Digital Health pays the AMA royalty for your users. The CPT royalty line was added in error by a billing rule meant for a different plan.",
                "I have issued credit memo CM-3381 for $168.00 and removed the rule from your account, so it will not recur for the rest of your term."]),
            ("email", {"from": "Imogen Farrow", "date": "Jan 15, 2026 08:03", "subject": "RE: Unexpected CPT royalty on January invoice"}, ["Thank you, credit received."]),
        ], footer="Galloway Digital Health, LLC - Support"))

    return out
