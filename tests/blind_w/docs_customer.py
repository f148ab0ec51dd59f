"""customer_must_license documents."""
from layout import D

CM = "customer_must_license"


def docs():
    out = []

    v = "Harrowgate Software Labs, Inc."
    out.append(D("cm-eula-no-cpt", v, CM, None,
        "End-user licence stating the software ships without CPT, grants no CPT rights, and makes the licensee solely responsible for obtaining any AMA licence needed to use CPT with it.",
        "End User Licence Terms",
        [
            ("letterhead", v, "SuperBill Studio - End User Licence Terms", "Rev. 7, effective January 1, 2026"),
            ("p", "These terms govern use of SuperBill Studio by the licensed practice (\"Licensee\"). SuperBill Studio is published by Harrowgate Software Labs, Inc. (\"Harrowgate\")."),
            ("h2", "1. Grant"),
            ("p", "Harrowgate grants Licensee a non-exclusive licence to install SuperBill Studio on up to the number of workstations purchased."),
            ("h2", "2. Code Sets"),
            ("p", "2.1 SuperBill Studio lets Licensee build encounter forms using code sets that Licensee loads. Harrowgate supplies ICD-10-CM tables, which are in the public domain."),
            ("p", "2.2 SuperBill Studio does not include CPT, and Harrowgate grants no rights in CPT. CPT is owned by the American Medical Association. Licensee is solely responsible for obtaining, from the AMA or a distributor the AMA has authorised, any licence needed to load, view or print CPT codes and descriptors with SuperBill Studio, and for paying any fees for that licence."),
            ("h2", "3. Fees"),
            ("p", "The licence fee is $349 per workstation, payable once. Optional annual updates are $89 per workstation per year."),
            ("boiler", "Harrowgate", "Licensee", 4, 5, 2),
        ], footer="Harrowgate Software Labs, Inc."))

    v = "Wrenfield Health Systems, LLC"
    out.append(D("cm-orderform-footnote", v, CM, None,
        "Order form with per-user subscription lines whose asterisked footnote says CPT code sets are not included and the customer must license CPT directly from the AMA or an AMA-authorised distributor.",
        "Order Form WHS-2291",
        [
            ("letterhead", v, "14 Linden Commons, Marlow Ridge, NJ 08999", "sales@wrenfield-hs.example"),
            ("h1", "Order Form WHS-2291"),
            ("kv", [("Customer", "Palisade Sleep Medicine, LLC"), ("Effective", "January 20, 2026"), ("Term", "12 months, auto-renewing")]),
            ("table", [
                ["Item", "Users", "Per user per month", "Monthly"],
                ["Wrenfield Billing Workspace*", "7", "$82.00", "$574.00"],
                ["Sleep study documentation templates", "3", "$25.00", "$75.00"],
                ["Total", "", "", "$649.00"],
            ], {"ruled": True, "widths": [2.9, 0.6, 1.5, 1.3], "bold_last": True}),
            ("small", "* Code content: ICD-10-CM and HCPCS Level II tables are included. CPT code sets are not included in any Wrenfield product. Customer must license CPT directly from the American Medical Association or an AMA-authorized distributor and load the licensed data file using the import tool. Wrenfield does not sublicense CPT and does not invoice CPT fees."),
            ("sig", [("<b>Wrenfield Health Systems, LLC</b><br/>/s/ Tobias Lenhart", "<b>Palisade Sleep Medicine, LLC</b><br/>/s/ Dr. Mei-Lin Castellanos")]),
        ], footer="Wrenfield Health Systems, LLC"))

    v = "Stonebridge Medical Billing Group, Inc."
    out.append(D("cm-billing-service-client", v, CM, None,
        "Billing-service agreement in which the practice ('Client') represents it holds and will keep its own AMA CPT licence covering its staff, and the billing company neither sublicenses CPT nor collects fees for it.",
        "Revenue Cycle Services Agreement",
        [
            ("letterhead", v, "250 Granite Row, Suite 5, Harlan Springs, KY 40999", "clientservices@stonebridge-mbg.example"),
            ("h1", "Revenue Cycle Services Agreement"),
            ("p", "This Agreement is between Stonebridge Medical Billing Group, Inc. (\"Company\") and Bluegrass Ambulatory Surgery Physicians, PLLC (\"Client\"), effective May 1, 2026."),
            ("h2", "1. Services"),
            ("p", "Company will provide charge entry, claim submission, payment posting, denial management and monthly reporting for Client's professional services."),
            ("h2", "2. Fees"),
            ("p", "Client will pay Company 5.75 percent of net collections, with a monthly minimum of $1,500. Credentialing support is $250 per payer application."),
            ("h2", "3. Client Responsibilities"),
            ("p", "3.1 Client will provide complete and timely encounter documentation. 3.2 Client remains responsible for code selection on its claims. 3.3 <i>CPT licensing.</i> Client represents that it holds, and will keep in force during the term, its own licence from the American Medical Association (or an AMA-authorised distributor) covering use of CPT by Client's physicians and staff, including when they view charges in Company's client portal. Company does not sublicense CPT to Client and does not collect any CPT or AMA fee from Client."),
            ("boiler", "Company", "Client", 4, 14, 0),
            ("sig", [("<b>Stonebridge Medical Billing Group, Inc.</b><br/>/s/ Elaine Mercer, President", "<b>Bluegrass Ambulatory Surgery Physicians, PLLC</b><br/>/s/ Dr. Harold Pruitt")]),
        ], footer="Stonebridge Medical Billing Group - RCS Agreement"))

    v = "Calloway Exchange Services, Inc."
    out.append(D("cm-clearinghouse-own-license", v, CM, None,
        "Clearinghouse enrolment terms requiring the submitter to procure its own CPT licence from the AMA, with CPT descriptors shown in the editor only once the submitter records its licence details.",
        "Submitter Enrolment Terms",
        [
            ("letterhead", v, "Submitter Enrolment Terms", "19 Depot Street, Farrow Junction, IA 50999 - enroll@calloway-x.example"),
            ("p", "These terms apply to each practice or billing entity (\"Submitter\") that enrols with Calloway Exchange Services, Inc. (\"Calloway\") to transmit claims and receive payer responses."),
            ("h2", "1. Transactions and fees"),
            ("table", [
                ["Transaction", "Fee"],
                ["Professional claim (837P)", "$0.25 each"],
                ["Eligibility (270/271)", "$0.08 each"],
                ["Electronic remittance (835)", "Included"],
                ["Monthly account fee", "$40.00 per Submitter"],
            ], {"ruled": False, "widths": [3.5, 2.5]}),
            ("h2", "2. Code set content"),
            ("p", "Calloway's claim editor validates codes on each claim. Calloway does not distribute CPT. Submitter is responsible for procuring its own licence from the American Medical Association for any use of CPT codes and descriptors, including use in the claim editor. The editor shows CPT descriptors only after Submitter records its AMA licence details in account settings; otherwise only the codes submitted by Submitter are displayed."),
            ("h2", "3. Submitter obligations"),
            ("p", "Submitter is responsible for the accuracy of data it sends, for its payer enrolments and for protecting its credentials."),
        ], footer="Calloway Exchange Services, Inc."))

    v = "Fenwick Lane Software, Inc."
    out.append(D("cm-kb-load-your-file", v, CM, None,
        "Knowledge-base article explaining that the vendor does not ship CPT and the practice must buy its CPT data file and licence from the AMA or an authorised distributor and import it; the AMA's price is mentioned but set by the AMA.",
        "How to load your CPT data file",
        [
            ("web", "help.fenwicklane.example/articles/load-cpt-file"),
            ("letterhead", v, "Help Articles", ""),
            ("h1", "Loading your CPT data file"),
            ("p", "Fenwick Practice Manager does not come with CPT codes. The American Medical Association owns CPT and licenses it to each practice. Fenwick Lane Software, Inc. is not an AMA distributor, so your practice needs to obtain its own licence and data file."),
            ("h2", "Step 1 - Get a licence"),
            ("p", "Buy a CPT end-user licence and data file directly from the AMA or from an AMA-authorised distributor. Pricing is set by the AMA or the distributor, not by Fenwick; at the time of writing the AMA's direct licence is about $20 per user per year. Fenwick does not bill you for it."),
            ("h2", "Step 2 - Download the data file"),
            ("p", "Download the tab-delimited long-descriptor file that comes with your licence."),
            ("h2", "Step 3 - Import"),
            ("numbered", ["Open Admin, then Code Sets, then Import.", "Choose 'CPT (licensed file)' and select the file.", "Enter your licence number when prompted and select Import."]),
            ("p", "Repeat each year when the AMA releases its annual update."),
        ], footer="Fenwick Lane Software, Inc. - Help"))

    v = "Ostrander Health Apps, LLC"
    out.append(D("cm-email-buy-direct", v, CM, None,
        "E-mail exchange in which the vendor explains it does not sublicense or bill for CPT and the practice needs its own licence from the AMA or an authorised distributor; the practice confirms it will buy one.",
        "Re: Will we be billed the AMA fee?",
        [
            ("letterhead", v, "Printed correspondence", ""),
            ("email", {"from": "Rosalind Achebe &lt;radmin@meadowlarkcounseling.example&gt;", "to": "support@ostrander-apps.example", "date": "Feb 2, 2026 10:15", "subject": "Will we be billed the AMA fee?"}, [
                "Hello, other therapists tell me their EHR adds an AMA CPT fee every January. Will Ostrander add that to our invoice?"]),
            ("email", {"from": "Theo Lindgren &lt;support@ostrander-apps.example&gt;", "to": "Rosalind Achebe", "date": "Feb 2, 2026 14:40", "subject": "RE: Will we be billed the AMA fee?"}, [
                "Hi Rosalind, no - we won't bill you for CPT, because Ostrander Health Apps, LLC does not sublicense CPT at all. Our session-note app lets you type the code, but the licence to use CPT has to come from the American Medical Association directly or from one of its authorised distributors (Meridale Code Services is one many of our customers use).",
                "Your practice will need to hold that licence itself. Our terms of service, section 9, say the same thing."]),
            ("email", {"from": "Rosalind Achebe", "to": "Theo Lindgren", "date": "Feb 3, 2026 09:02", "subject": "RE: Will we be billed the AMA fee?"}, [
                "Understood, thanks. We'll purchase a licence for our four clinicians directly."]),
        ], footer="Printed correspondence"))

    v = "Blackthorn Clinical Platforms, Inc."
    out.append(D("cm-msa-customer-supplied-exhibit", v, CM, None,
        "Master agreement that treats 'Customer-Supplied Content' as the customer's responsibility and, in an exhibit on a later page, lists CPT as customer-supplied content that the customer must license from the AMA itself.",
        "Master Agreement with Exhibit C",
        [
            ("letterhead", v, "410 Tidewater Court, Eastport Landing, MD 21999", "legal@blackthorn-cp.example"),
            ("h1", "Master Agreement"),
            ("p", "Between Blackthorn Clinical Platforms, Inc. (\"Blackthorn\") and Chesapeake Hand and Upper Extremity Center, P.A. (\"Customer\"), effective March 15, 2026."),
            ("h2", "1. Definitions"),
            ("p", "\"Customer-Supplied Content\" means data, code sets, templates and other material that Customer loads into the platform, including the items listed in Exhibit C. \"Platform\" means Blackthorn's hosted documentation and billing software."),
            ("h2", "2. Customer-Supplied Content"),
            ("p", "Customer is responsible for obtaining all rights and licences needed to load and use Customer-Supplied Content in the Platform and for paying any associated fees. Blackthorn has no responsibility for third-party licences covering Customer-Supplied Content."),
            ("boiler", "Blackthorn", "Customer", 3, 22, 4),
            ("pb",),
            ("h2", "Exhibit C - Customer-Supplied Content"),
            ("table", [
                ["Item", "Source", "Licence responsibility"],
                ["CPT codes and descriptors", "American Medical Association", "Customer obtains its own licence from the AMA or an AMA-authorised distributor"],
                ["Practice fee schedule", "Customer", "Customer"],
                ["Custom note templates", "Customer", "Customer"],
            ], {"ruled": True, "widths": [1.9, 1.9, 2.5]}),
            ("sig", [("<b>Blackthorn Clinical Platforms, Inc.</b><br/>/s/ Alma Petrakis", "<b>Chesapeake Hand and Upper Extremity Center, P.A.</b><br/>/s/ Dr. Conrad Weiss")]),
        ], footer="Blackthorn Clinical Platforms - Master Agreement"))

    v = "Quarry Hill Medical Software, Inc."
    out.append(D("cm-renewal-reminder-own-license", v, CM, None,
        "Renewal notice with a capped price increase reminding the practice that CPT is not part of the renewal because, under its agreement, it licenses CPT directly from the AMA and must renew that licence separately.",
        "Renewal notice",
        [
            ("letterhead", v, "70 Flint Ridge Road, Quarry Hill, MA 01999", "renewals@quarryhill-ms.example"),
            ("p", "November 10, 2025"),
            ("p", "Hartwell Family Medicine, P.C.<br/>Attn: Simon Ekwueme, Office Manager"),
            ("h1", "Renewal of your Quarry Hill subscription"),
            ("p", "Your subscription renews on January 1, 2026. Your new price will be $2,184.00 per month, a 4 percent increase, which is below the 6 percent cap in your agreement."),
            ("h2", "Reminder about CPT"),
            ("p", "Your renewal does not include CPT. As set out in Section 8.2 of your agreement, Hartwell Family Medicine licenses CPT directly from the American Medical Association, and Quarry Hill does not provide or charge for CPT. Please make sure your practice's AMA licence is renewed for 2026 so that your users can continue to load the annual CPT update."),
            ("p", "Regards,<br/>Quarry Hill Medical Software, Inc., Renewals"),
        ], footer="Quarry Hill Medical Software, Inc."))

    v = "Eastmere Health Technologies Corp."
    out.append(D("cm-amendment-stops-distribution", v, CM, None,
        "Amendment under which, from its effective date, the vendor stops distributing CPT (previously included) and the customer must obtain its own CPT licence from the AMA or an authorised distributor, with a subscription reduction.",
        "Amendment No. 3",
        [
            ("letterhead", v, "2 Harbor Bank Plaza, Eastmere, RI 02999", "contracts@eastmere-ht.example"),
            ("h1", "Amendment No. 3 to Software Services Agreement"),
            ("p", "Parties: Eastmere Health Technologies Corp. (\"Eastmere\") and Narragansett Vascular Associates, Inc. (\"Customer\"). Amendment Effective Date: July 1, 2026."),
            ("p", "1. <b>Background.</b> Section 5.1 of the Agreement provided that Eastmere's subscription included a sublicence of CPT and that Eastmere paid the related AMA royalties. Eastmere's distribution agreement with the American Medical Association ends on June 30, 2026."),
            ("p", "2. <b>Replacement of Section 5.1.</b> Section 5.1 is replaced as follows: \"5.1 From July 1, 2026, Eastmere does not distribute or sublicense CPT. Customer must obtain its own licence to use CPT from the AMA or an AMA-authorised distributor before loading CPT into the Services, and Customer is responsible for all fees for that licence.\""),
            ("p", "3. <b>Fee adjustment.</b> The subscription fee is reduced from $128.00 to $126.00 per user per month from July 1, 2026."),
            ("p", "4. <b>Precedence.</b> This Amendment prevails over any inconsistent term of the Agreement or an earlier amendment."),
            ("sig", [("<b>Eastmere Health Technologies Corp.</b><br/>/s/ Naomi Strand", "<b>Narragansett Vascular Associates, Inc.</b><br/>/s/ Dr. Luis Ferreira")]),
        ], footer="Eastmere Health Technologies Corp. - Amendment No. 3"))

    v = "Juniper Hollow Practice Systems, Inc."
    out.append(D("cm-proposal-responsibility-matrix", v, CM, None,
        "Implementation proposal whose responsibility matrix assigns the CPT licence to the customer, to be obtained directly from the AMA before go-live, while pricing lists only vendor services.",
        "Implementation Proposal",
        [
            ("letterhead", v, "805 Canyon Gate Drive, Red Mesa, AZ 85999", "proposals@juniperhollow.example"),
            ("h1", "Implementation Proposal for Saguaro Spine and Pain, PLLC"),
            ("p", "Prepared September 30, 2025. This proposal describes the deployment of Juniper Hollow PM for three locations."),
            ("h2", "Pricing"),
            ("table", [
                ["Item", "Price"],
                ["Juniper Hollow PM, per location per month", "$690.00"],
                ["Implementation (fixed)", "$8,500.00"],
                ["Go-live on-site support, per day", "$1,200.00"],
            ], {"ruled": True, "widths": [4.3, 2.0]}),
            ("h2", "Responsibility matrix"),
            ("table", [
                ["Task", "Juniper Hollow", "Customer"],
                ["Configure fee schedules", "Lead", "Provide data"],
                ["Payer enrolment for electronic claims", "Assist", "Lead"],
                ["CPT licence", "-", "Obtain directly from the AMA before go-live; Juniper Hollow does not supply CPT"],
                ["Staff training", "Lead", "Attend"],
            ], {"ruled": True, "widths": [2.2, 1.3, 2.8]}),
            ("p", "Go-live is scheduled eight weeks after signature, subject to the customer completing the items it leads."),
        ], footer="Juniper Hollow Practice Systems, Inc."))

    v = "Kingsmead Software Resellers, Inc."
    out.append(D("cm-reseller-end-user-licenses", v, CM, None,
        "Reseller contract for practice-management software stating that neither the reseller nor the publisher provides CPT and that the practice (End User) must obtain its CPT licence directly from the AMA.",
        "Reseller Sales Agreement",
        [
            ("letterhead", v, "Value-added reseller - 33 Market Cross, Ellington Bay, MI 49999", "sales@kingsmead-sr.example"),
            ("h1", "Software Sales and Support Agreement"),
            ("p", "This Agreement is between Kingsmead Software Resellers, Inc. (\"Kingsmead\") and Great Lakes Cardiology Partners, P.C. (\"End User\"). Kingsmead resells ClinicDesk PM, published by Harlow Beck Software Ltd. (\"Publisher\")."),
            ("h2", "1. Products"),
            ("p", "Kingsmead will deliver ClinicDesk PM for eighteen concurrent users, with hardware sizing and installation services."),
            ("h2", "2. Price"),
            ("p", "Software: $21,600 one-time. Installation: $4,000. Annual support: $4,320 per year, payable to Kingsmead."),
            ("h2", "3. Code Sets"),
            ("p", "ClinicDesk PM can display CPT codes and descriptors once they are loaded. Neither Kingsmead nor Publisher provides CPT or any licence to use it. End User must obtain its CPT licence directly from the American Medical Association and is responsible for the associated fees."),
            ("boiler", "Kingsmead", "End User", 4, 5, 5),
            ("sig", [("<b>Kingsmead Software Resellers, Inc.</b><br/>/s/ Wendell Aguirre", "<b>Great Lakes Cardiology Partners, P.C.</b><br/>/s/ Dr. Ingrid Solberg")]),
        ], footer="Kingsmead Software Resellers, Inc."))

    v = "Ellery Medical Systems, Inc."
    out.append(D("cm-letter-distribution-ending", v, CM, None,
        "Customer letter announcing that from January 1, 2026 the vendor will no longer include CPT and each practice must obtain its own licence from the AMA or an AMA-authorised distributor.",
        "Notice of change in CPT licensing",
        [
            ("letterhead", v, "120 Lantern Hill, Ellery Falls, NY 12999", "notices@ellery-ms.example"),
            ("p", "September 1, 2025"),
            ("p", "To: All Ellery Office customers"),
            ("h1", "Important change: CPT licensing from January 1, 2026"),
            ("p", "For many years Ellery Medical Systems, Inc. has included CPT content in Ellery Office under its own agreement with the American Medical Association. That agreement will not be renewed when it expires on December 31, 2025."),
            ("p", "From January 1, 2026, Ellery will no longer include or sublicense CPT. Each practice must obtain its own licence to use CPT, either directly from the AMA or from an AMA-authorised distributor, and load the licensed CPT file into Ellery Office. Ellery will not charge for CPT, and your subscription price does not change."),
            ("p", "Our help article 'Importing a licensed CPT file' explains the steps. Please have your licence in place before December 15, 2025 so the 2026 codes can be loaded before January claims."),
            ("p", "Sincerely,<br/>Howard Quist, President, Ellery Medical Systems, Inc."),
        ], footer="Ellery Medical Systems, Inc."))

    return out
