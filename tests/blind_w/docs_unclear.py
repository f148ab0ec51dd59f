"""unclear documents."""
from layout import D

UN = "unclear"


def docs():
    out = []

    v = "Greystone Medical Cloud, Inc."
    out.append(D("un-draft-orderform-tbd", v, UN, None,
        "Draft order form whose 'AMA CPT licence fee' row shows TBD for both basis and price, so whether and how much the practice pays for CPT is left open.",
        "DRAFT Order Form",
        [
            ("letterhead", v, "DRAFT - FOR DISCUSSION ONLY - NOT AN OFFER", "14 Slate Quarry Road, Greystone, NY 13999"),
            ("h1", "Order Form (Draft v0.3)"),
            ("kv", [("Customer", "Finger Lakes Otolaryngology, P.C."), ("Prepared", "January 8, 2026"), ("Status", "Pending customer review")]),
            ("table", [
                ["Item", "Basis", "Price"],
                ["Greystone ENT Suite", "Per provider per month", "$355.00"],
                ["Audiology module", "Per location per month", "$120.00"],
                ["AMA CPT licence fee", "TBD", "TBD"],
                ["Implementation", "One-time", "$4,500.00"],
            ], {"ruled": True, "widths": [2.6, 2.2, 1.5]}),
            ("small", "Open items: CPT line to be confirmed by Greystone finance. Draft pricing valid for discussion purposes only."),
        ], footer="Greystone Medical Cloud, Inc. - DRAFT"))

    v = "Hawthorne Clinical Data, LLC"
    out.append(D("un-draft-bracketed-alternatives", v, UN, None,
        "Draft master agreement with two bracketed alternative CPT clauses (vendor bears royalties vs. $20.00 per user per year pass-through) and a drafting note that the choice is unresolved.",
        "Master Agreement - Draft",
        [
            ("letterhead", v, "Master Subscription Agreement - Draft of December 3, 2025", "Privileged and confidential - subject to negotiation"),
            ("p", "Parties: Hawthorne Clinical Data, LLC (\"Vendor\") and Sandhill Crane Family Medicine, P.A. (\"Customer\")."),
            ("h2", "4. Fees"),
            ("p", "4.1 Customer will pay the subscription fees in the Order Form, currently $142 per user per month."),
            ("p", "4.2 <i>CPT royalties.</i> [ALTERNATIVE A: Vendor shall bear all royalties payable to the American Medical Association for CPT content in the Services, and no CPT fee shall be charged to Customer.] [ALTERNATIVE B: Customer shall pay Vendor a CPT royalty pass-through of $20.00 per user per year, invoiced annually.]"),
            ("small", "[Drafting note: Commercial team to confirm which alternative applies. Customer has not yet responded. Delete the alternative not chosen before signature.]"),
            ("p", "4.3 Invoices are due within thirty days."),
            ("boiler", "Vendor", "Customer", 5, 6, 0),
        ], footer="Hawthorne Clinical Data, LLC - DRAFT"))

    v = "Inverlochy Health Systems, Inc."
    out.append(D("un-conflict-exhibit-no-precedence", v, UN, None,
        "Agreement whose body says the vendor pays AMA royalties and charges nothing for CPT, while its Fee Exhibit lists a $20.00 per user per year CPT licence pass-through, with no order-of-precedence rule.",
        "Software Services Agreement with Exhibit B",
        [
            ("letterhead", v, "5 Glen Arden Way, Inverlochy, WV 25999", "contracts@inverlochy-hs.example"),
            ("h1", "Software Services Agreement"),
            ("p", "Between Inverlochy Health Systems, Inc. (\"Vendor\") and Kanawha Valley Nephrology, PLLC (\"Customer\"), effective January 1, 2026."),
            ("h2", "1. Services"),
            ("p", "Vendor will provide its hosted nephrology EHR and billing application, as described in Exhibit A."),
            ("h2", "2. Fees"),
            ("p", "Customer will pay the fees set out in Exhibit B."),
            ("boiler", "Vendor", "Customer", 3, 12, 0),
            ("h2", "15. CPT Content"),
            ("p", "The application contains CPT, copyright American Medical Association. Vendor pays all royalties owed to the AMA for CPT content used by Customer, and no fee for CPT is charged to Customer."),
            ("boiler", "Vendor", "Customer", 16, 10, 12),
            ("pb",),
            ("h2", "Exhibit B - Fees"),
            ("table", [
                ["Fee", "Amount", "Basis"],
                ["Subscription", "$165.00", "Per user per month"],
                ["Dialysis unit interface", "$250.00", "Per interface per month"],
                ["CPT licence pass-through", "$20.00", "Per user per year"],
            ], {"ruled": True, "widths": [2.4, 1.3, 2.6]}),
            ("sig", [("<b>Inverlochy Health Systems, Inc.</b><br/>/s/ Fiona Gallacher", "<b>Kanawha Valley Nephrology, PLLC</b><br/>/s/ Dr. Hector Molina")]),
        ], footer="Inverlochy Health Systems, Inc."))

    v = "Jessamine Health Tech, LLC"
    out.append(D("un-email-question-unanswered", v, UN, None,
        "E-mail chain in which the practice asks twice who pays the AMA CPT licence and the vendor replies only about go-live and training, leaving the question unanswered.",
        "RE: Go-live and CPT",
        [
            ("letterhead", v, "Printed e-mail thread", ""),
            ("email", {"from": "Oren Blakely &lt;oblakely@bluestem-gi.example&gt;", "to": "Hannah Ruiz &lt;hruiz@jessamine-ht.example&gt;", "date": "Mar 2, 2026 09:30", "subject": "Go-live and CPT"}, [
                "Hannah, two things before we sign: (1) can we move go-live to May 4? (2) Who pays for the AMA CPT licence - is it in your subscription, do you bill it separately, or do we need our own licence from the AMA?"]),
            ("email", {"from": "Hannah Ruiz", "to": "Oren Blakely", "date": "Mar 2, 2026 16:05", "subject": "RE: Go-live and CPT"}, [
                "Hi Oren, May 4 works. I've booked the trainers for April 27 to May 1, and I'll send the data-migration checklist this week."]),
            ("email", {"from": "Oren Blakely", "to": "Hannah Ruiz", "date": "Mar 5, 2026 11:18", "subject": "RE: Go-live and CPT"}, [
                "Thanks. Still waiting on the CPT question - please let me know before we countersign."]),
            ("email", {"from": "Hannah Ruiz", "to": "Oren Blakely", "date": "Mar 5, 2026 17:42", "subject": "RE: Go-live and CPT"}, [
                "Checklist attached. Jessamine Health Tech's standard order form is also attached for signature."]),
        ], footer="Printed e-mail"))

    v = "Kittredge Software Partners, Inc."
    out.append(D("un-proposal-tbd-implementation", v, UN, None,
        "Proposal stating that CPT licensing will be determined during implementation depending on final user counts and the licensing model, with no commitment either way.",
        "Proposal",
        [
            ("letterhead", v, "400 Prospect Square, Kittredge, CO 80899", "proposals@kittredge-sp.example"),
            ("h1", "Proposal: Practice Management Replacement"),
            ("p", "Prepared for Pikes Summit Anesthesia Group, P.C. on October 20, 2025."),
            ("h2", "Investment summary"),
            ("table", [
                ["Component", "Price"],
                ["Kittredge Anesthesia PM, per anesthesia provider per month", "$240.00"],
                ["Implementation and data conversion", "$12,000.00 one-time"],
                ["Interface to hospital ADT feed", "$3,500.00 one-time"],
            ], {"ruled": True, "widths": [4.2, 2.1]}),
            ("h2", "Assumptions"),
            ("bullets", ["Pricing assumes 22 anesthesia providers and 6 billing staff.", "CPT licensing: to be determined during implementation, based on final user counts and the licensing model the parties select.", "Hardware is supplied by the customer."]),
            ("p", "This proposal is not a contract. Final terms will be set out in a signed agreement."),
        ], footer="Kittredge Software Partners, Inc."))

    v = "Lockwood Practice Systems, LLC"
    out.append(D("un-may-apply", v, UN, None,
        "Terms of service saying third-party content fees, including AMA fees for CPT, 'may apply' and will be addressed separately, without saying whether or by whom they are paid.",
        "Terms of Service",
        [
            ("web", "lockwoodps.example/terms"),
            ("letterhead", v, "Terms of Service", "Effective February 1, 2026"),
            ("p", "These Terms govern the use of Lockwood Practice Systems software by subscribing practices (\"you\") and Lockwood Practice Systems, LLC (\"Lockwood\")."),
            ("h2", "1. Plans and pricing"),
            ("p", "The Essentials plan is $69 per user per month; the Complete plan is $99 per user per month. Annual plans receive a 10 percent discount."),
            ("h2", "2. Third-party content"),
            ("p", "The software may display content owned by third parties, including CPT codes from the American Medical Association. Third-party content fees, including AMA fees for CPT, may apply and, if applicable, will be addressed with you separately."),
            ("h2", "3. Payment"),
            ("p", "Fees are charged in advance to your payment method on file."),
            ("boiler", "Lockwood", "you", 4, 5, 3),
        ], footer="Lockwood Practice Systems, LLC"))

    v = "Marchbank Health Software, Inc."
    out.append(D("un-renewal-under-review", v, UN, None,
        "Renewal notice stating that CPT licensing for the renewal term is under review and will be covered in a separate letter that is not part of the document.",
        "Renewal notice",
        [
            ("letterhead", v, "90 Cannery Row, Marchbank, CA 95999", "renewals@marchbank-hs.example"),
            ("p", "October 28, 2025"),
            ("p", "Sonoma Ridge Pulmonary Associates, Inc.<br/>Attn: Practice Administrator"),
            ("h1", "Notice of renewal"),
            ("p", "Your Marchbank PM subscription renews on January 1, 2026 for twelve months at $188 per provider per month (currently $182), an increase within the 4 percent cap in your agreement."),
            ("p", "<b>CPT licensing.</b> Arrangements for the AMA CPT licence for the renewal term are under review following changes to our agreement with the American Medical Association. We will write to you separately about this before the renewal date."),
            ("p", "If you have questions about your renewal, please contact your account manager."),
            ("p", "Marchbank Health Software, Inc."),
        ], footer="Marchbank Health Software, Inc."))

    v = "Netherby Clinical Software, Inc."
    out.append(D("un-addendum-to-be-agreed", v, UN, None,
        "Agreement that leaves responsibility for CPT licensing to a 'CPT Addendum to be agreed by the parties', which is not attached or otherwise described.",
        "License and Services Agreement",
        [
            ("letterhead", v, "2 Fenland Court, Netherby, MN 56999", "contracts@netherby-cs.example"),
            ("h1", "License and Services Agreement"),
            ("p", "Between Netherby Clinical Software, Inc. (\"Netherby\") and Red River Valley Oncology, P.A. (\"Customer\"), effective March 1, 2026."),
            ("h2", "1. License"),
            ("p", "Netherby licenses its oncology documentation and charge-capture software to Customer for use by Customer's personnel."),
            ("h2", "2. Fees"),
            ("p", "License fee: $54,000 per year. Support is included. Professional services are billed at $185 per hour."),
            ("h2", "3. CPT"),
            ("p", "The software is designed to display CPT codes and descriptors. Responsibility for licensing CPT from the American Medical Association, and for any associated fees, shall be as set out in a CPT Addendum to be agreed by the parties."),
            ("boiler", "Netherby", "Customer", 4, 7, 5),
            ("sig", [("<b>Netherby Clinical Software, Inc.</b><br/>/s/ Kristof Nyberg", "<b>Red River Valley Oncology, P.A.</b><br/>/s/ Dr. Anya Reed")]),
        ], footer="Netherby Clinical Software, Inc."))

    v = "Oxley Medical Data Corp."
    out.append(D("un-internal-contradiction", v, UN, None,
        "Agreement that says in Section 4.2 the customer must obtain its own CPT licence from the AMA but in Section 24.6 that the subscription includes a CPT sublicence paid for by the vendor, with no precedence rule.",
        "Subscription Agreement",
        [
            ("letterhead", v, "70 Bridgewater Terrace, Oxley, MO 64999", "legal@oxley-md.example"),
            ("h1", "Subscription Agreement"),
            ("p", "Between Oxley Medical Data Corp. (\"Vendor\") and Ozark Plateau Family Practice, LLC (\"Customer\"), effective April 15, 2026."),
            ("h2", "4. Customer Obligations"),
            ("p", "4.1 Customer will use the Services only for its own patients. 4.2 Customer shall obtain and maintain its own licence from the American Medical Association for any use of CPT codes and descriptors in the Services. 4.3 Customer will keep its user list current."),
            ("h2", "5. Fees"),
            ("p", "Customer will pay $118.00 per user per month, invoiced monthly."),
            ("boiler", "Vendor", "Customer", 6, 18, 0),
            ("h2", "24. Miscellaneous"),
            ("p", "24.5 Vendor may update the Services from time to time. 24.6 The subscription includes a sublicence of CPT content, and Vendor pays the AMA royalty for Customer's users. 24.7 Headings are for convenience only."),
            ("sig", [("<b>Oxley Medical Data Corp.</b><br/>/s/ Preston Kale", "<b>Ozark Plateau Family Practice, LLC</b><br/>/s/ Dr. Mabel Iverson")]),
        ], footer="Oxley Medical Data Corp."))

    v = "Prescott Row Software, Inc."
    out.append(D("un-welcome-depends-on-plan", v, UN, None,
        "Welcome letter to a named practice saying the AMA CPT fee is either included or billed at $19.50 per user per year depending on the plan, without identifying the practice's plan.",
        "Welcome letter",
        [
            ("letterhead", v, "15 Mercantile Row, Prescott Springs, AZ 86999", "welcome@prescottrow.example"),
            ("p", "February 17, 2026"),
            ("p", "Welcome, Verde Valley Behavioral Health, PLLC!"),
            ("h1", "Getting started with Prescott Row"),
            ("p", "Thank you for choosing Prescott Row. Your account administrator can now invite users and configure appointment types."),
            ("h2", "About the AMA CPT fee"),
            ("p", "Depending on your plan, the AMA CPT fee is either included in your subscription or billed separately at $19.50 per user per year. Your account manager can confirm which applies to your practice."),
            ("h2", "Next steps"),
            ("numbered", ["Invite your users from Settings, then Team.", "Connect your clearinghouse account.", "Book your onboarding call."]),
            ("p", "Warm regards,<br/>The Onboarding Team, Prescott Row Software, Inc."),
        ], footer="Prescott Row Software, Inc."))

    return out
