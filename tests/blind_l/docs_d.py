"""blind_l content, part D: one vendor-covers document and customer-must-license documents."""


def cov(c):
    return {"coverage": c, "cpt_fee": None}


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "vc_sales_email_answer_no_ama_line",
    "vendor": "Halcyon Ridge Health, Inc.",
    "description": "Account executive's e-mail: Halcyon Ridge pays the CPT royalty for every user, the quote has no AMA line and none will be added; the AMA's direct $18.50 per user figure is quoted only for comparison.",
    "label": cov("vendor_covers"),
    "font": "Helvetica", "size": 10.5,
    "footer": "Halcyon Ridge Health, Inc. - 5400 Canyon Crest Drive, Austin, TX 78746",
    "blocks": [
        ("mono", ["From:    Theo Marsh <theo.marsh@halcyonridge.example>",
                  "To:      Dana Whitcombe <dwhitcombe@bluestemortho.example>",
                  "Date:    December 9, 2025 4:12 PM",
                  "Subject: RE: Quote Q-5521 - AMA license question"]),
        ("hr",),
        ("p", "Hi Dana,"),
        ("p", "Great question, and you're right that there's no AMA line on quote Q-5521. That's because there isn't "
              "one: Halcyon Ridge Health, Inc. pays the CPT royalty to the AMA for every user on our platform, and it "
              "is included in the subscription. That has been true since we launched and it applies for your whole "
              "three-year term."),
        ("p", "The $18.50 per user figure you found online is what the AMA charges an organization that licenses CPT "
              "directly for its own systems. You don't need to do that for Halcyon Ridge; your team's use of CPT "
              "inside our platform is covered under our agreement with the AMA."),
        ("p", "So the quote total stands: $4,680 per month for 12 providers, plus the one-time $6,000 implementation "
              "fee. I've asked legal to add a sentence to your order form confirming that no CPT or AMA fee will be "
              "charged, so it's in writing."),
        ("p", "Talk soon,<br/>Theo"),
        ("p", "Theo Marsh | Senior Account Executive | Halcyon Ridge Health, Inc."),
        ("hr",),
        ("small", "-----Original Message----- From: Dana Whitcombe. Sent: December 9, 2025 11:03 AM. "
                  "Our current EHR bills us about $20 per provider every January for the AMA. I don't see that on your "
                  "quote. Is it coming later, or do we have to buy the license ourselves?"),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_practice_signs_ama_internal_use_licence",
    "vendor": "American Medical Association",
    "description": "The practice's own CPT internal-use licence order schedule with the AMA (entity fee plus $18.50 per user): the practice licenses CPT directly, so customer_must_license; royalty amounts are not a vendor pass-through.",
    "label": cov("customer_must_license"),
    "font": "Times", "size": 10.5,
    "header": "American Medical Association - CPT Intellectual Property Services",
    "blocks": [
        ("title", "CPT\u00ae INTERNAL USE LICENSE - ORDER SCHEDULE"),
        ("subtitle", "Issued under the Internal Use License Agreement between the American Medical Association "
                     "(\"AMA\") and the Licensee named below"),
        ("kv", [["Licensee", "Brightwater Internal Medicine Associates, LLC"],
                ["Licensee address", "410 Gannon Avenue, Suite 2, Toledo, OH 43604"],
                ["Licensed content", "CPT Standard data file, 2026 annual release"],
                ["Licensed application", "Licensee's in-house charge capture and reporting database (\"BIMA Charge DB\")"],
                ["Licensing model", "Counting Users"],
                ["Reported Users", "14"],
                ["Term", "January 1, 2026 - December 31, 2026"]], [1.5, 3.6]),
        ("h", "Royalty"),
        ("pj", "For the 2026 release the royalty is the then-current entity fee plus $18.50 for each User. Licensee "
               "shall pay the royalty to the AMA within thirty days of the AMA's invoice and shall report any increase "
               "in Users within thirty days of its occurrence."),
        ("h", "Key terms (summary)"),
        ("cl", "1.", "The license is for Licensee's internal use only, in the licensed application named above, within "
                     "the United States. Each additional application requires its own license."),
        ("cl", "2.", "A User is each individual who accesses CPT in the licensed application or relies on its output to "
                     "do his or her work; Users are counted by named individual, not by concurrent session."),
        ("cl", "3.", "Licensee shall not distribute CPT to any other legal entity, including affiliates."),
        ("cl", "4.", "The AMA may audit Licensee's User counts once per year on reasonable notice."),
        ("cl", "5.", "This Order Schedule does not license CPT for use in any vendor product; Licensee's vendors are "
                     "responsible for their own distribution rights."),
        ("sp", 12),
        ("table", [
            ["AMERICAN MEDICAL ASSOCIATION", "BRIGHTWATER INTERNAL MEDICINE ASSOCIATES, LLC"],
            ["By: CPT Intellectual Property Services", "By: Harold Pike, Practice Manager"],
            ["Date: December 15, 2025", "Date: December 18, 2025"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_software_terms_provider_is_vendor",
    "vendor": "Foxglove Clinical Software, Inc.",
    "description": "Software subscription where 'Provider' means the vendor: Provider does not supply CPT and Customer must obtain, at its expense, an AMA (or distributor) licence covering every user.",
    "label": cov("customer_must_license"),
    "font": "Helvetica", "size": 10,
    "footer": "Foxglove Clinical Software, Inc. - Subscription Terms - FCS-ST-2025",
    "blocks": [
        ("title", "SUBSCRIPTION TERMS"),
        ("p", "These Subscription Terms are between Foxglove Clinical Software, Inc. (\"Provider\") and the customer "
              "identified in the Order, here Ellery Park Physical Medicine, PLLC (\"Customer\")."),
        ("h", "1. Definitions"),
        ("cl", "1.1", "\"Service\" means Provider's hosted clinical documentation and billing application."),
        ("cl", "1.2", "\"User\" means an individual authorized by Customer to access the Service."),
        ("h", "2. Access"),
        ("p", "Provider grants Customer a non-exclusive right to access the Service for the number of Users in the Order."),
        ("h", "3. Procedure codes"),
        ("cl", "3.1", "Provider does not supply CPT content. The Service includes fields and charge tables into which "
                      "Customer may enter procedure codes and descriptions."),
        ("cl", "3.2", "Customer shall obtain and keep in force, at Customer's expense, a license from the American "
                      "Medical Association, or from a distributor authorized by it, covering every User who uses CPT "
                      "within the Service, and shall give Provider evidence of that license on request."),
        ("cl", "3.3", "Provider is not responsible for any royalty owed to the American Medical Association for CPT "
                      "entered into the Service by Customer."),
        ("h", "4. Fees"),
        ("p", "Customer pays $95 per User per month as stated in the Order. Fees are invoiced monthly."),
        ("h", "5. Term"),
        ("p", "Annual term, renewing automatically unless either party gives 60 days' notice."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_platform_ships_without_cpt_customer_loads",
    "vendor": "Marrowby Data Works, LLC",
    "description": "Analytics platform ships with no CPT; Customer must load a CPT data file it has licensed from the AMA; vendor is not a distributor and collects no royalty.",
    "label": cov("customer_must_license"),
    "font": "Times", "size": 11,
    "header": "Marrowby Data Works, LLC - Statement of Work No. 3",
    "blocks": [
        ("title", "STATEMENT OF WORK No. 3"),
        ("subtitle", "Fee Schedule Analytics Platform - Hearthstone Medical Partners, LLC"),
        ("pj", "This Statement of Work is issued under the Master Services Agreement dated March 3, 2025 between "
               "Marrowby Data Works, LLC (\"Marrowby\") and Hearthstone Medical Partners, LLC (\"Customer\")."),
        ("h", "1. Deliverables"),
        ("bul", ["Deployment of the Marrowby fee schedule analytics platform in Customer's cloud tenant.",
                 "Payer contract modeling for Customer's top twelve payers.",
                 "Quarterly reimbursement variance reports."]),
        ("h", "2. Code content"),
        ("pj", "The platform is delivered without any CPT content. To use procedure-level features, Customer must load a "
               "CPT data file that Customer has licensed from the American Medical Association for use in the platform. "
               "Marrowby is not an AMA distributor, does not sublicense CPT and does not collect any royalty for it."),
        ("pj", "Customer's CPT license must cover every Customer employee and contractor who views procedure-level "
               "reports. Marrowby personnel will handle CPT content only as Customer's contractor under Customer's "
               "license."),
        ("h", "3. Fees"),
        ("kv", [["Platform deployment", "$18,000 fixed fee"],
                ["Contract modeling", "$210 per hour, estimated 80 hours"],
                ["Quarterly reports", "$2,400 per quarter"]], [2, 3]),
        ("h", "4. Schedule"),
        ("pj", "Deployment within six weeks after Customer confirms that its CPT data file has been loaded."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_billing_service_provider_warrants_licence",
    "vendor": "Stillwater Claims Management, LLC",
    "description": "Billing-service agreement ('Provider' = practice): Provider represents it holds and will keep a current AMA CPT licence that extends to Stillwater's use on its behalf; Stillwater bears no royalty.",
    "label": cov("customer_must_license"),
    "font": "Times", "size": 10.5,
    "header": "Stillwater Claims Management, LLC - Billing and Collection Services Agreement",
    "blocks": [
        ("title", "BILLING AND COLLECTION SERVICES AGREEMENT"),
        ("pj", "Stillwater Claims Management, LLC (\"Stillwater\") and Osprey Point Anesthesia Group, P.A. "
               "(\"Provider\") enter into this Agreement effective November 1, 2025."),
        ("h", "1. Services"),
        ("pj", "Stillwater will work in Provider's own practice management system, to which Provider grants Stillwater "
               "remote access, to submit claims, post payments and pursue denials."),
        ("h", "2. Provider's representations"),
        ("cl", "2.1", "Provider represents and warrants that it holds, and will maintain throughout the Term, a current "
                      "license from the American Medical Association for CPT that extends to use of CPT by Stillwater "
                      "personnel on Provider's behalf in Provider's systems."),
        ("cl", "2.2", "Provider shall pay any royalty owed to the American Medical Association in connection with that "
                      "license, including royalties attributable to Stillwater personnel counted as users."),
        ("cl", "2.3", "Stillwater shall have no responsibility for any royalty or license fee owed to the American "
                      "Medical Association."),
        ("h", "3. Fees"),
        ("pj", "Provider shall pay Stillwater $4.10 per claim submitted and 3% of patient-balance collections."),
        ("h", "4. Term"),
        ("pj", "One year, renewing for successive one-year periods unless either party gives sixty days' notice."),
        ("sp", 10),
        ("table", [
            ["STILLWATER CLAIMS MANAGEMENT, LLC", "OSPREY POINT ANESTHESIA GROUP, P.A."],
            ["By: Benedict Ngata, Managing Director", "By: Lorraine Fiske, CRNA, Administrator"],
        ], {"ruled": False, "header": False}),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_passive_voice_must_be_obtained",
    "vendor": "Ironbridge Health Records, Inc.",
    "description": "Terse passive-voice clause: no CPT licence is granted; one must be obtained by Client directly from the AMA and any royalty is to be paid by Client.",
    "label": cov("customer_must_license"),
    "font": "Courier", "size": 9.5,
    "footer": "IRONBRIDGE HEALTH RECORDS, INC. - TERMS OF SERVICE - SCHEDULE 4",
    "blocks": [
        ("ltitle", "SCHEDULE 4 - CODE SETS"),
        ("p", "Applies to: Summit Glen Family Health, LLC (\"Client\")"),
        ("p", "Service supplier: Ironbridge Health Records, Inc. (\"Ironbridge\")"),
        ("hr",),
        ("cl", "4.1", "ICD-10-CM and HCPCS Level II are loaded by Ironbridge from the CMS releases and are updated "
                      "each year at no charge."),
        ("cl", "4.2", "A license to use CPT is not granted by this Agreement. Such a license must be obtained by Client "
                      "directly from the American Medical Association, and any royalty under it is to be paid by Client."),
        ("cl", "4.3", "CPT codes and descriptors are to be loaded into the Client's charge master by Client from the "
                      "data file supplied to Client by the AMA under that license."),
        ("cl", "4.4", "Ironbridge does not verify Client's user count and is not party to Client's license with the AMA."),
        ("cl", "4.5", "LOINC and SNOMED CT content is provided under the free terms of their publishers."),
        ("hr",),
        ("p", "SUBSCRIPTION: $260.00 PER PROVIDER PER MONTH. SEE ORDER FORM."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_double_negative_not_requiring",
    "vendor": "Lattimore Systems, Inc.",
    "description": "Double negative: 'Nothing ... shall be construed as not requiring Customer to hold, at its own expense, a valid license from the AMA'; Lattimore does not sublicense CPT.",
    "label": cov("customer_must_license"),
    "font": "Helvetica", "size": 10,
    "footer": "Lattimore Systems, Inc. - Services Agreement - Article 7",
    "blocks": [
        ("title", "SERVICES AGREEMENT - ARTICLE 7"),
        ("p", "Lattimore Systems, Inc. (\"Lattimore\") / Juniper Flats Rural Health Clinic, Inc. (\"Customer\") - "
              "Agreement dated June 30, 2025"),
        ("h", "7. Intellectual property in code sets"),
        ("cl", "7.1", "The Services display procedure and diagnosis codes that Customer selects from reference tables "
                      "Customer maintains in the Services."),
        ("cl", "7.2", "Nothing in this Agreement shall be construed as not requiring Customer to hold, at its own expense, "
                      "a valid license from the American Medical Association for each User of CPT in the Services."),
        ("cl", "7.3", "Lattimore is not a distributor of CPT, does not sublicense CPT to Customer and pays no royalty to "
                      "the American Medical Association in respect of Customer."),
        ("cl", "7.4", "Customer shall indemnify Lattimore against claims arising from Customer's failure to hold the "
                      "license referred to in Section 7.2."),
        ("h", "8. Fees"),
        ("p", "The Services Fee is $1,875 per month for up to ten Users and $140 per month for each additional User."),
        ("h", "9. Term"),
        ("p", "Three years from the go-live date."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_side_letter_vendor_stops_distributing",
    "vendor": "Gannet Bay Software, LLC",
    "description": "Countersigned side letter: vendor's AMA distribution agreement ends Dec 31, 2025; from Jan 1, 2026 the old 'fees include the CPT royalty' clause is replaced and Customer must obtain its own CPT licence.",
    "label": cov("customer_must_license"),
    "font": "Times", "size": 11,
    "header": "Gannet Bay Software, LLC - 85 Wharf Street, Portsmouth, NH 03801",
    "blocks": [
        ("ltitle", "Gannet Bay Software, LLC"),
        ("p", "November 28, 2025"),
        ("p", "Seabright Eye Physicians, P.C.<br/>Attn: Dr. Yuki Tanabe, President<br/>1400 Lafayette Road<br/>"
              "Portsmouth, NH 03801"),
        ("p", "<b>Re: Side letter to the License and Services Agreement dated February 14, 2022 (the \"Agreement\") - "
              "CPT licensing from January 1, 2026</b>"),
        ("p", "Dear Dr. Tanabe,"),
        ("pj", "As we discussed, Section 6.1 of the Agreement says that Gannet Bay's fees include the royalty for CPT "
               "payable to the American Medical Association (\"AMA\"). Our distribution agreement with the AMA expires "
               "on December 31, 2025 and we are not renewing it. This letter records what the parties have agreed as "
               "a result, and once countersigned it amends the Agreement."),
        ("cl", "1.", "With effect from January 1, 2026, Section 6.1 of the Agreement is deleted and replaced with:"),
        ("pj", "<i>\"6.1 CPT. From January 1, 2026, Customer shall obtain its own license to CPT from the AMA or another "
               "distributor authorized by the AMA for all Users of the Software. Gannet Bay does not sublicense CPT and "
               "will not collect or pay any CPT royalty.\"</i>"),
        ("cl", "2.", "Gannet Bay's fees are reduced by four percent (4%) from January 1, 2026 in recognition of the change."),
        ("cl", "3.", "Gannet Bay will continue to provide the software tools Customer uses to import its licensed CPT "
                     "data file."),
        ("cl", "4.", "All other terms of the Agreement are unchanged."),
        ("p", "Please countersign below and return a copy to us."),
        ("p", "Sincerely,<br/>/s/ Nils Ferreira<br/>Managing Member, Gannet Bay Software, LLC"),
        ("sp", 6),
        ("p", "AGREED AND ACCEPTED: Seabright Eye Physicians, P.C.  By: /s/ Yuki Tanabe, President  Date: December 2, 2025"),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_faq_not_a_distributor",
    "vendor": "Tidewell Practice Tools, Inc.",
    "description": "FAQ: Tidewell is not an AMA distributor, cannot sell or include a CPT licence; every practice using CPT in Tidewell needs its own AMA licence; the AMA's $18.50 per user rate is quoted as a guide only.",
    "label": cov("customer_must_license"),
    "font": "Helvetica", "size": 10.5,
    "footer": "Tidewell Practice Tools, Inc. - Knowledge Base - KB-0117",
    "blocks": [
        ("ltitle", "CPT licensing and Tidewell: your questions"),
        ("small", "Knowledge base article KB-0117 - applies to Tidewell Scheduler, Tidewell Superbill and Tidewell Ledger"),
        ("h", "Q. Can I pay Tidewell for my CPT license?"),
        ("p", "A. No. Tidewell Practice Tools, Inc. is not an AMA distributor, so we can't sell you a CPT license or "
              "include one in your plan."),
        ("h", "Q. So who has to get the license?"),
        ("p", "A. You do. Every practice that uses CPT codes in Tidewell needs its own license from the American Medical "
              "Association (or from another company the AMA authorizes), covering each person on your team who works "
              "with the codes."),
        ("h", "Q. Roughly what does that cost?"),
        ("p", "A. As a guide, the AMA lists its internal-use royalty for 2025 and 2026 as an entity fee plus $18.50 per "
              "user. The AMA sets and collects that amount; Tidewell never sees it."),
        ("h", "Q. Why doesn't my Tidewell plan come with codes already?"),
        ("p", "A. Tidewell ships with empty code lists. Your team adds the codes you use, which is why the license has "
              "to be yours."),
        ("h", "Q. Does this apply to ICD-10?"),
        ("p", "A. The CMS release of ICD-10-CM is a free government file, and Tidewell loads it for you."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_user_entered_codes_each_user_licensed",
    "vendor": "Crestfall Analytics, Inc.",
    "description": "Chargemaster tool ships with no code content; users type or upload their own CPT codes, so the practice must license each user from the AMA and pay it.",
    "label": cov("customer_must_license"),
    "font": "Times", "size": 11,
    "header": "Crestfall Analytics, Inc. - Crestfall Chargemaster - Product Terms",
    "blocks": [
        ("title", "CRESTFALL CHARGEMASTER - PRODUCT TERMS"),
        ("pj", "These Product Terms supplement the Crestfall Analytics, Inc. (\"Crestfall\") Customer Agreement for "
               "Valleyview Ambulatory Surgery Center, LLC (\"you\")."),
        ("h", "1. What the product does"),
        ("pj", "Crestfall Chargemaster keeps your charge descriptions, prices and payer-specific rates in one place and "
               "checks them against your remittance data."),
        ("h", "2. Code content"),
        ("pj", "Crestfall Chargemaster ships with no code content. Your users type or upload their own CPT codes and "
               "descriptions. Under the AMA's rules, when CPT is entered into a product by its users, each of those "
               "users needs a CPT license. You are responsible for obtaining that license from the American Medical "
               "Association and for paying the AMA for it. Crestfall does not sublicense CPT, does not report users to "
               "the AMA and does not charge for CPT."),
        ("h", "3. Price"),
        ("pj", "$14,400 per year per facility, including up to fifteen named users. Additional named users are $480 per "
               "user per year."),
        ("h", "4. Data"),
        ("pj", "You own your charge data. Crestfall uses it only to provide the product."),
    ],
})
