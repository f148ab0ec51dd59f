"""Documents in which the vendor covers the CPT licence (vendor_covers)."""
from _bi_boiler import (confidentiality, general, hipaa, liability, payment, support, term,
                        warranty)


def P(t):
    return ("p", t)


def H(t):
    return ("h", t)


def ps(texts):
    return [P(t) for t in texts]


DOCS = []


def doc(**kw):
    DOCS.append(kw)


AMA_DISCLAIMER = ("The AMA does not directly or indirectly practice medicine or dispense medical "
                  "services. Fee schedules, relative value units, conversion factors and/or "
                  "related components are not assigned by the AMA, are not part of CPT, and the "
                  "AMA is not recommending their use. The AMA assumes no liability for data "
                  "contained or not contained herein.")

GOV_RIGHTS = ("U.S. Government End Users. CPT is commercial technical data, which was developed "
              "exclusively at private expense by the American Medical Association, 330 North "
              "Wabash Avenue, Chicago, Illinois 60611. Rights of the U.S. Government to use CPT "
              "are limited to those set out in FAR 52.227-14 and DFARS 252.227-7015(b)(2), as "
              "applicable, and any use by the Government is subject to those provisions.")


# ---------------------------------------------------------------- V01 EULA web page, royalties included
doc(key="v01_lanternfish_eula", coverage="vendor_covers", fee=None,
    vendor="Lanternfish Health, Inc.", kind="web",
    description="CPT end-user licence web page: sublicence grant and statement that AMA "
                "royalties are paid by the vendor and included in subscription fees.",
    theme={"family": "serif", "size": 9.8, "lead": 12.6, "justify": True,
           "header": "lanternfish.example/legal/cpt", "header_right": "Legal \u2014 CPT\u00ae "
           "End User License", "footer": "Lanternfish Health, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("title", "CPT\u00ae Content \u2014 End User License Terms"),
        ("small", "Applies to: Lanternfish Chart, Lanternfish Bill, Lanternfish Portal. Version "
                  "2025.1"),
        P("1. Lanternfish Health, Inc. (\"Lanternfish\") uses content from Current Procedural "
          "Terminology (\"CPT\"), which is copyrighted by the American Medical Association "
          "(\"AMA\"). CPT\u00ae is a registered trademark of the AMA."),
        P("2. Lanternfish holds a license agreement with the AMA that allows it to sublicense CPT "
          "content. Under it, Lanternfish grants each customer (\"Customer\") a limited, "
          "non-exclusive, non-transferable, non-sublicensable license to use CPT content inside "
          "Lanternfish products, for Customer's own internal use in the United States only. This sublicense ends automatically "
          "if Lanternfish's agreement with the AMA ends, unless the AMA gives its prior written "
          "consent or Customer enters into a direct license with the AMA."),
        P("3. All royalties payable to the AMA for Customer's use of CPT content within "
          "Lanternfish products are paid by Lanternfish and are included in Customer's "
          "subscription fees. Lanternfish does not charge a separate CPT or AMA fee."),
        P("4. Lanternfish can deliver new CPT releases only while its agreement with the AMA "
          "remains in effect."),
        P("5. Customer shall not make CPT content publicly available, create derivative works of "
          "it (including translations), or transfer, sell, lease or license it to any "
          "unauthorized party, including a subsidiary, affiliate or other legal entity."),
        P("6. So far as the law allows, Customer uses CPT content at its own risk; neither "
          "Lanternfish nor the AMA gives any warranty for it, and it is supplied \"as is\". "
          + AMA_DISCLAIMER),
        P("7. CPT content does not replace the AMA's Current Procedural Terminology book or other "
          "appropriate coding authority. Coding guidance in CPT should be used only as guidance."),
        P("8. " + GOV_RIGHTS),
        P("9. Customer agrees that the AMA is a third-party beneficiary of these terms and may "
          "enforce them directly. Lanternfish may report aggregate user counts to the AMA as its "
          "license requires."),
        P("10. CPT only copyright 2024 American Medical Association. All rights reserved."),
        ("hr",),
        ("small", "Questions about these terms: legal@lanternfish.example. Lanternfish Health, "
                  "Inc., 2 Seaport Lane, Boston, MA 02210."),
    ])


# ---------------------------------------------------------------- V02 MSA with content partner
V, C = "Vendor", "Client"
doc(key="v02_greystone_services", coverage="vendor_covers", fee=None,
    vendor="Greystone EHR Partners, LLC", kind="contract",
    description="Software services agreement: CPT supplied by a content partner (an "
                "AMA-authorised distributor); vendor pays all royalties, included in monthly fee.",
    theme={"family": "sans", "size": 9.3, "lead": 12.2, "header": "Greystone EHR Partners, LLC",
           "header_right": "Software Services Agreement", "page_numbers": "Page {n}",
           "accent": "#3b3b3b"},
    blocks=[
        ("title", "Software Services Agreement"),
        P("This Software Services Agreement (\"Agreement\") is entered into on August 19, 2024 by "
          "**Greystone EHR Partners, LLC** (\"Vendor\"), with its principal office at 400 "
          "Riverfront Drive, Little Rock, AR 72201, and **Prairie Rose Counseling Center, LLC** "
          "(\"Client\")."),
        H("1. The System"),
        P("Vendor will host and make available to Client the Greystone behavioral health EHR, "
          "including clinical documentation, treatment plans, scheduling, billing and the client "
          "portal (the \"System\"), for the clinicians listed in Exhibit A."),
        H("2. Fees"),
        P("2.1 Client shall pay a Monthly Service Fee of $72.00 per active clinician, plus the "
          "one-time implementation fee stated in Exhibit A."),
        *ps(["2.2 " + t for t in payment(0, V, C)[:1]]),
        *ps(["2.3 " + t for t in payment(0, V, C)[2:]]),
        H("3. Term"),
        *ps(term(1, V, C)),
        H("4. Support"),
        *ps(support(0, V, C)[:1]),
        H("5. Confidentiality; HIPAA"),
        *ps(confidentiality(1, V, C)),
        H("6. Licensed Content"),
        P("6.1 The System includes CPT\u00ae codes and descriptors supplied to Vendor by its "
          "content partner, Lexicode Data Services, LLC, an AMA-authorized distributor."),
        P("6.2 Vendor is responsible for all royalties and fees owed to Lexicode Data Services, "
          "LLC and to the American Medical Association for Client's use of CPT content within the "
          "System, and those amounts are included in the Monthly Service Fee. Client will not be "
          "invoiced separately for CPT content."),
        P("6.3 Client's right to use CPT content is subject to the end-user terms in Exhibit B. If "
          "Vendor's arrangement with Lexicode Data Services, LLC ends, Vendor will give Client at "
          "least ninety (90) days' notice and will use reasonable efforts to substitute an "
          "equivalent licensed source on the same terms."),
        H("7. Warranties and Liability"),
        *ps(warranty(1, V, C)),
        *ps(liability(0, V, C)),
        H("8. General"),
        *ps(general(0, V, C, "Arkansas")),
        ("sig", [("Greystone EHR Partners, LLC", "Wade Pennington", "Chief Executive Officer"),
                 ("Prairie Rose Counseling Center, LLC", "Leah Brightwater, LCSW",
                  "Clinical Director")]),
        ("h2", "Exhibit B \u2014 CPT End-User Terms (summary)"),
        P("CPT only copyright 2024 American Medical Association. All rights reserved. Client may "
          "use CPT content only within the System, for internal purposes in the United States, and "
          "may not copy, distribute or create derivative works of it. " + AMA_DISCLAIMER),
    ])


# ---------------------------------------------------------------- V03 order form $0 line
doc(key="v03_bramblewood_order", coverage="vendor_covers", fee=None,
    vendor="Bramblewood Medical Systems, Inc.", kind="order",
    description="Order form with a CPT code set licence line at $0.00 'included in "
                "subscription'; per-provider subscription is not a CPT fee.",
    theme={"family": "sans", "size": 9.2, "lead": 11.8, "table_style": "grid",
           "accent": "#6b4a12", "header": "Bramblewood Medical Systems, Inc.",
           "header_right": "Sales Order SO-77120", "page_numbers": ""},
    blocks=[
        ("title", "Sales Order"),
        ("kv", [("Sales order", "SO-77120"),
                ("Date", "June 2, 2025"),
                ("Customer", "Oak Valley Chiropractic, P.C."),
                ("Ship/Service address", "92 Main Street, Keene, NH 03431"),
                ("Sales representative", "Corinne Lasalle")]),
        ("tbl", [["SKU", "Description", "Qty", "Unit", "Unit price", "Monthly total"],
                 ["BW-EHR-PRO", "Bramblewood EHR Pro subscription", "3", "Provider", "$310.00",
                  "$930.00"],
                 ["BW-CPT", "CPT\u00ae code set licence (AMA royalty)", "3", "Provider", "$0.00",
                  "Included in subscription"],
                 ["BW-ICD", "ICD-10-CM & HCPCS Level II updates", "1", "Practice", "$0.00",
                  "Included"],
                 ["BW-RCM", "Claims clearinghouse connection", "1", "Practice", "$99.00",
                  "$99.00"],
                 ["BW-IMP", "Implementation (one-time)", "1", "Project", "$1,850.00",
                  "Billed once"]],
         {"widths": [12, 34, 6, 11, 13, 24]}),
        ("kv", [("Total monthly recurring", "$1,029.00"),
                ("One-time", "$1,850.00")]),
        H("Order terms"),
        ("num", [
            "Bramblewood is an AMA-authorized distributor. The royalty for CPT\u00ae content in "
            "Bramblewood EHR Pro is part of the subscription price shown above; line BW-CPT is "
            "listed for your records only.",
            "Subscription term: 36 months from the service start date; renews for 12-month "
            "periods unless either party gives 60 days' written notice.",
            "This Sales Order is subject to the Bramblewood Customer Terms, version 7.",
            "Prices exclude applicable taxes."]),
        ("sig", [("Bramblewood Medical Systems, Inc.", "Corinne Lasalle", "Account Executive"),
                 ("Oak Valley Chiropractic, P.C.", "Dana Whitlow, DC", "Owner")]),
    ])


# ---------------------------------------------------------------- V04 pricing page, included
doc(key="v04_marigold_pricing", coverage="vendor_covers", fee=None,
    vendor="Marigold Charting, Inc.", kind="web",
    description="Pricing page: $89 per provider per month subscription; CPT licence 'on us', no "
                "AMA surcharge; FAQ confirms vendor pays AMA royalty.",
    theme={"family": "sans", "size": 10, "lead": 13, "accent": "#b8860b",
           "header": "marigoldcharting.example/pricing", "page_numbers": "{n}",
           "footer": "\u00a9 2025 Marigold Charting, Inc. \u00b7 Made in Portland, Maine"},
    blocks=[
        ("title", "One plan. Everything included."),
        P("**$89 per provider / month**, billed monthly. Save 15% with annual billing. Support "
          "staff logins are free."),
        H("What's included"),
        ("bul", ["Charting templates for primary care, pediatrics and women's health",
                 "Scheduling, reminders and online booking",
                 "Claims, eligibility checks and ERA posting",
                 "Patient portal and secure messaging",
                 "Current-year CPT\u00ae, ICD-10-CM and HCPCS code sets \u2014 the AMA licence "
                 "for CPT is on us, with no per-user surcharge",
                 "Unlimited data export, any time"]),
        H("What's not included"),
        ("bul", ["Paper claims and printed statements ($0.60 each)",
                 "Custom interfaces to labs or hospital systems (quoted)"]),
        H("Questions"),
        ("h2", "Do you charge an AMA or CPT fee?"),
        P("No. Marigold pays the American Medical Association's royalty for the CPT\u00ae content "
          "in Marigold for every user on your account. It's included in your subscription, and "
          "it won't show up as a separate line on your invoice."),
        ("h2", "Are there setup fees?"),
        P("Not for practices of up to five providers. Larger groups get a fixed-price onboarding "
          "quote."),
        ("h2", "Can I cancel?"),
        P("Monthly plans cancel at the end of the month. Annual plans can be cancelled with a "
          "prorated refund of unused full months."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ---------------------------------------------------------------- V05 FAQ, other systems trap
doc(key="v05_pinecrest_faq", coverage="vendor_covers", fee=None,
    vendor="Pinecrest Therapy Cloud, Inc.", kind="web",
    description="Help-centre FAQ: no separate CPT licence needed, royalty included in plan "
                "price; trap: notes that other systems (clearinghouse, billing software) may need "
                "their own.",
    theme={"family": "sans", "size": 9.8, "lead": 12.8, "accent": "#1f5f3a",
           "header": "Pinecrest Help Center", "header_right": "help.pinecrest.example",
           "footer": "Pinecrest Therapy Cloud, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("title", "Do I need my own CPT\u00ae licence to use Pinecrest?"),
        ("small", "Account & billing \u00b7 Updated January 2025"),
        P("Short answer: **no**. Pinecrest Therapy Cloud, Inc. holds a distribution licence from "
          "the American Medical Association (AMA), and the royalty for everyone on your Pinecrest "
          "account is included in your plan price. You won't be billed an AMA fee by Pinecrest."),
        H("Why do I keep hearing about AMA fees?"),
        P("CPT codes are owned by the AMA, and every product that contains them has to be "
          "licensed. Some software companies pass the AMA's royalty on to their customers as a "
          "separate annual charge. Pinecrest has chosen to include it in the subscription."),
        H("Does Pinecrest's licence cover other programs I use?"),
        P("No. The AMA licenses CPT product by product, so our licence covers CPT content inside "
          "Pinecrest only. If you also use a separate clearinghouse, billing service or coding "
          "tool, ask that company how CPT is licensed in its product."),
        H("What about my staff?"),
        P("Everyone with a Pinecrest login \u2014 clinicians, interns, billers and schedulers "
          "\u2014 is covered under our licence at no extra cost."),
        H("Do I need to accept any terms?"),
        P("Yes. Our CPT End User Terms, which the AMA requires, appear when you first sign in. "
          "They limit CPT use to your own practice inside Pinecrest and include the AMA's "
          "copyright notice and disclaimers."),
        ("small", "CPT is a registered trademark of the American Medical Association. Was this "
                  "helpful? 412 people found this helpful."),
    ])


# ---------------------------------------------------------------- V06 letter confirming
doc(key="v06_ashdown_letter", coverage="vendor_covers", fee=None,
    vendor="Ashdown Clinical Informatics, Inc.", kind="letter",
    description="Vendor letter answering a practice query: vendor pays the AMA royalty for all "
                "users, no separate charge now or at renewal; mentions aggregate user reporting.",
    theme={"family": "serif", "size": 10.8, "lead": 14,
           "header": "ASHDOWN CLINICAL INFORMATICS, INC.",
           "header_right": "1 Kendall Square, Building 300, Cambridge, MA 02139",
           "page_numbers": ""},
    blocks=[
        ("right", "May 21, 2025"),
        P("Ms. Teresa Valdivia\nPractice Manager\nWillow Creek Speech & Language Clinic, LLC\n"
          "77 Creekside Drive\nAsheville, NC 28803"),
        P("**Re: Your inquiry of May 14, 2025 regarding CPT\u00ae licensing \u2014 AshdownEHR "
          "Subscription Agreement No. ACI-2207**"),
        P("Dear Ms. Valdivia:"),
        P("Thank you for your letter asking whether your practice needs to purchase a licence "
          "for CPT\u00ae codes from the American Medical Association, and whether Ashdown intends "
          "to add an AMA fee to your invoices."),
        P("We confirm that Ashdown Clinical Informatics, Inc. is an AMA-authorized distributor of "
          "CPT content. Ashdown pays the AMA the royalty for all users of AshdownEHR at your "
          "practice, and that cost is already reflected in your subscription fees. You will not "
          "see a separate AMA or CPT charge on your invoices during the current term or any "
          "renewal term under your agreement, and you do not need a separate licence from the AMA "
          "to use CPT within AshdownEHR."),
        P("Two points may be useful for your records. First, under our agreement with the AMA we "
          "report aggregate user numbers; we do not provide your practice's name unless the AMA "
          "requests it in an audit. Second, our licence covers CPT use inside AshdownEHR only. If "
          "your practice uses CPT in other software, that software needs its own licensing "
          "arrangement."),
        P("Please do not hesitate to contact me if you have further questions."),
        P("Yours sincerely,"),
        P("Philippa Grant\nGeneral Counsel\nAshdown Clinical Informatics, Inc."),
        ("small", "cc: Account file ACI-2207"),
    ])


# ---------------------------------------------------------------- V07 amendment removes fee
doc(key="v07_thornbury_amend", coverage="vendor_covers", fee=None,
    vendor="Thornbury Health Software, LLC", kind="amendment",
    description="First amendment: vendor absorbs AMA CPT royalty from March 1, 2025 and deletes "
                "the former $18 per provider CPT Content Fee; trap: old fee still quoted.",
    theme={"family": "serif", "size": 10.5, "lead": 13.4, "justify": True,
           "title_align": "center", "accent": "#000000", "page_numbers": "{n}",
           "footer": "Thornbury Health Software, LLC \u2014 First Amendment"},
    blocks=[
        ("title", "FIRST AMENDMENT TO SUBSCRIPTION AGREEMENT"),
        P("This First Amendment (\"Amendment\") is entered into as of February 10, 2025 by "
          "**Thornbury Health Software, LLC** (\"Thornbury\") and **Kingsley Family Health "
          "Center, Inc.** (\"Customer\"), and amends the Subscription Agreement between them "
          "dated September 1, 2023 (the \"Agreement\")."),
        H("Background"),
        P("Schedule B of the Agreement provides for a CPT Content Fee of $18.00 per Provider per "
          "year, payable by Customer in addition to the Subscription Fees. Thornbury has agreed "
          "to discontinue that fee in connection with Customer's renewal."),
        H("Agreement"),
        P("1. **Royalties borne by Thornbury.** Effective March 1, 2025 (the \"Amendment "
          "Date\"), Thornbury shall bear the full cost of the royalties owed to the American "
          "Medical Association for CPT\u00ae content in the Subscription Services."),
        P("2. **Deletion of fee.** The line item \"CPT Content Fee\" in Schedule B is deleted. "
          "Thornbury shall not invoice Customer for any CPT Content Fee for any period beginning "
          "on or after the Amendment Date. Any CPT Content Fee prepaid by Customer for such a "
          "period shall be credited against Customer's next invoice."),
        P("3. **End-user terms.** Customer's use of CPT content remains subject to the CPT "
          "end-user terms in Schedule D of the Agreement, which are not changed by this "
          "Amendment."),
        P("4. **Renewal.** The current Subscription Term is extended to August 31, 2028. The "
          "Subscription Fees in Schedule B remain unchanged for the extended term."),
        P("5. **Effect.** Except as set out above, the Agreement continues unchanged. If this "
          "Amendment conflicts with the Agreement, this Amendment governs."),
        ("sig", [("THORNBURY HEALTH SOFTWARE, LLC", "Martin Ebersole", "Chief Revenue Officer"),
                 ("KINGSLEY FAMILY HEALTH CENTER, INC.", "Abena Mensah", "Executive Director")]),
    ])


# ---------------------------------------------------------------- V08 clearinghouse bears royalties, Provider = practice
V, C = "Keystone", "Provider"
doc(key="v08_keystone_clearinghouse", coverage="vendor_covers", fee=None,
    vendor="Keystone Claims Network, Inc.", kind="contract",
    description="Clearinghouse agreement ('Provider' = the practice): clearinghouse bears all "
                "AMA royalties for CPT in its tools; no CPT fee added.",
    theme={"family": "sans", "size": 9.3, "lead": 12.1, "head_upper": True,
           "header": "Keystone Claims Network, Inc. \u2014 Clearinghouse Services Agreement",
           "page_numbers": "Page {n}", "accent": "#003366"},
    blocks=[
        ("title", "Clearinghouse Services Agreement"),
        P("Keystone Claims Network, Inc., a Pennsylvania corporation (\"Keystone\"), and the "
          "health care provider named below (\"Provider\") agree as follows."),
        ("kv", [("Provider", "Sunfield Physical Therapy, LLC"),
                ("Billing NPI", "1902837465"),
                ("Effective Date", "March 1, 2025")]),
        H("1. Services"),
        P("Keystone will transmit Provider's electronic claims to payers, return payer "
          "acknowledgements and remittance files, and provide claim scrubbing, eligibility "
          "verification and claim-status tools through the Keystone portal."),
        H("2. Fees"),
        P("Provider will pay the fees in Exhibit A: $0.32 per claim transmitted, $25.00 per month "
          "for electronic remittance retrieval, and $15.00 per month per billing NPI for "
          "eligibility tools. " + payment(2, V, C)[0]),
        H("3. Provider Responsibilities"),
        P("Provider is responsible for the content of every claim, for maintaining payer "
          "enrolments, and for reviewing rejections in a timely manner."),
        H("4. Term"),
        *ps(term(3, V, C)),
        H("5. HIPAA"),
        *ps(hipaa(1, V, C)),
        H("6. Liability"),
        *ps(liability(1, V, C)),
        H("7. Code Sets"),
        P("7.1 Keystone's claim scrubber and eligibility tools contain CPT\u00ae content licensed "
          "by Keystone from the American Medical Association. Keystone bears all royalties due to "
          "the AMA in respect of that content. The fees in Exhibit A are the only charges payable "
          "by Provider for the Services, and no CPT or AMA fee will be added."),
        P("7.2 Provider's use of CPT content in the Keystone portal is limited to Provider's "
          "internal billing operations. CPT only copyright 2024 American Medical Association. All "
          "rights reserved."),
        H("8. General"),
        *ps(general(1, V, C, "Pennsylvania")),
        ("sig", [("Keystone Claims Network, Inc.", "Heather Lindqvist", "VP, Network Services"),
                 ("Sunfield Physical Therapy, LLC", "Greg Tanaka, DPT", "Owner")]),
    ])


# ---------------------------------------------------------------- V09 billing company maintains licences
V, C = "Redfern", "Practice"
doc(key="v09_redfern_rcm", coverage="vendor_covers", fee=None,
    vendor="Redfern Revenue Partners, LLC", kind="contract",
    description="Revenue-cycle (billing company) agreement: billing company maintains AMA "
                "licences for CPT on its platform at its own expense, including practice "
                "view-only users.",
    theme={"family": "serif", "size": 10, "lead": 12.9, "justify": True,
           "header": "Redfern Revenue Partners, LLC", "header_right": "RCM Services Agreement",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "Revenue Cycle Management Services Agreement"),
        P("Redfern Revenue Partners, LLC (\"Redfern\") and Harborlight Pain Management, LLC "
          "(\"Practice\") enter into this Agreement effective April 1, 2025."),
        H("Article 1. Services"),
        P("1.1 Redfern will provide coding review, charge entry, claim submission, denial "
          "management, payment posting and patient statement services for Practice's "
          "professional services, as described in Exhibit A."),
        P("1.2 Practice will provide complete and timely documentation and will make its "
          "physicians reasonably available to answer coding queries."),
        H("Article 2. Compensation"),
        P("2.1 Practice shall pay Redfern five and three-quarters percent (5.75%) of Net "
          "Collections, invoiced monthly in arrears, subject to a minimum monthly fee of "
          "$1,500.00."),
        *ps(["2.2 " + payment(1, V, C)[0]]),
        H("Article 3. Term"),
        *ps(["3.1 " + term(0, V, C)[0], "3.2 " + term(0, V, C)[1]]),
        H("Article 4. Compliance"),
        P("4.1 Redfern shall maintain a compliance program, shall not pay or accept any "
          "remuneration in violation of the federal Anti-Kickback Statute, and shall promptly "
          "report any identified overpayment to Practice."),
        *ps(["4.2 " + hipaa(0, V, C)[0]]),
        H("Article 5. Systems"),
        P("5.1 Redfern performs the Services on its own billing and coding platform. Practice "
          "staff designated by Practice will receive view-only access to reports and account "
          "status."),
        P("5.2 Software and Licensed Code Sets. Redfern maintains, at its own expense, all "
          "licences from the American Medical Association required for use of CPT\u00ae in that "
          "platform by Redfern personnel and by Practice users given view access under Section "
          "5.1. No part of those costs will be charged to Practice."),
        H("Article 6. Confidentiality; Liability"),
        *ps(confidentiality(0, V, C)[:1]),
        *ps(liability(0, V, C)),
        H("Article 7. General"),
        *ps(general(2, V, C, "Arizona")),
        ("sig", [("Redfern Revenue Partners, LLC", "Simone Castellano", "Managing Partner"),
                 ("Harborlight Pain Management, LLC", "Victor Haddad, MD", "Medical Director")]),
    ])


# ---------------------------------------------------------------- V10 invoice: royalty shown then credited
doc(key="v10_wrenfield_invoice", coverage="vendor_covers", fee=None,
    vendor="Wrenfield Health Technologies, Inc.", kind="invoice",
    description="Invoice shows an AMA CPT royalty line (7 users x $18.50) and an equal credit "
                "'absorbed by Wrenfield'; net CPT charge $0.",
    theme={"family": "mono", "size": 8.8, "lead": 11.2, "table_style": "plain",
           "header": "Wrenfield Health Technologies, Inc.", "page_numbers": ""},
    blocks=[
        ("title", "INVOICE WHT-2025-00931"),
        ("kv", [("Seller", "Wrenfield Health Technologies, Inc., 3000 Research Blvd, Columbus, "
                           "OH 43215"),
                ("Customer", "Maple Terrace Dermatology, P.A."),
                ("Invoice date", "January 2, 2025"),
                ("Due date", "February 1, 2025"),
                ("Agreement", "Wrenfield Subscription Agreement dated June 1, 2023")]),
        ("tbl", [["Description", "Qty", "Rate", "Amount"],
                 ["Wrenfield Derm EHR - subscription (Jan 2025), per user", "7", "165.00",
                  "1,155.00"],
                 ["Image storage - 500 GB tier (Jan 2025)", "1", "60.00", "60.00"],
                 ["AMA CPT(R) royalty, calendar year 2025, per user", "7", "18.50", "129.50"],
                 ["Less: CPT royalty absorbed by Wrenfield (Agreement s. 8.2)", "7", "-18.50",
                  "-129.50"],
                 ["", "", "TOTAL USD", "1,215.00"]],
         {"header": True, "style": "lines", "widths": [58, 8, 14, 20]}),
        P("Note: Under Section 8.2 of your agreement, Wrenfield pays the American Medical "
          "Association's royalty for CPT content used in Wrenfield Derm EHR. The royalty is shown "
          "for transparency and fully credited; no CPT amount is payable by you."),
        P("Remit to: Wrenfield Health Technologies, Inc., P.O. Box 71120, Columbus, OH 43271. "
          "ACH details on request. Questions: ar@wrenfield.example."),
    ])


# ---------------------------------------------------------------- V11 TBD in order, MSA prevails
doc(key="v11_hollowell_msa_order", coverage="vendor_covers", fee=None,
    vendor="Hollowell Systems, Inc.", kind="contract",
    description="Order Form says 'CPT licence fee: TBD' but the MSA (which prevails unless the "
                "order names the section it overrides) says the vendor bears all AMA royalties.",
    theme={"family": "sans", "size": 9.2, "lead": 11.9, "justify": True,
           "header": "Hollowell Systems, Inc.", "header_right": "MSA and Order Form",
           "page_numbers": "Page {n}", "accent": "#4a4a8a"},
    blocks=[
        ("title", "Master Software Agreement"),
        P("This Master Software Agreement is made as of November 4, 2024 between Hollowell "
          "Systems, Inc., an Ohio corporation (\"Hollowell\"), and Northgate Orthopaedic "
          "Associates, LLC (\"Customer\")."),
        H("1. Orders"),
        P("Customer may order subscriptions and services by signing Order Forms. Each Order Form "
          "is governed by this Agreement."),
        H("5. Fees"),
        P("5.1 Customer shall pay the fees stated in each Order Form."),
        P("5.2 " + payment(0, "Hollowell", "Customer")[0]),
        P("5.6 CPT Royalties. Hollowell is an authorized distributor of the American Medical "
          "Association's CPT\u00ae code set. Notwithstanding anything to the contrary in any "
          "Order Form, Hollowell shall bear all royalties payable to the AMA for CPT content "
          "made available to Customer through the Hollowell products and shall not charge "
          "Customer any fee for CPT content."),
        H("9. Term"),
        *ps(term(0, "Hollowell", "Customer")),
        H("14. Miscellaneous"),
        P("14.1 " + general(0, "Hollowell", "Customer", "Ohio")[0]),
        P("14.2 Order of Precedence. If there is any conflict between this Agreement and an "
          "Order Form, this Agreement prevails, except where the Order Form expressly identifies "
          "the Section of this Agreement that it modifies."),
        ("hr",),
        ("title", "Order Form HSI-OF-5521"),
        ("kv", [("Customer", "Northgate Orthopaedic Associates, LLC"),
                ("Start date", "December 1, 2024"),
                ("Term", "36 months")]),
        ("tbl", [["Item", "Quantity", "Fee"],
                 ["Hollowell Ortho EHR subscription", "9 providers", "$240.00 per provider per "
                  "month"],
                 ["Hollowell PACS viewer", "1 site", "$400.00 per month"],
                 ["CPT\u00ae licence fee", "9 providers", "TBD"],
                 ["Implementation", "1", "$6,500.00 one-time"]],
         {"style": "grid", "widths": [45, 20, 35]}),
        P("Pricing notes: Subscription fees are fixed for the initial 36-month term. Travel for "
          "on-site go-live support is billed at cost."),
        ("sig", [("Hollowell Systems, Inc.", "Brent Mahoney", "VP Sales"),
                 ("Northgate Orthopaedic Associates, LLC", "Lauren Pike", "Chief Administrative "
                  "Officer")]),
    ])


# ---------------------------------------------------------------- V12 terms page sublicence only, no fee
doc(key="v12_quarrylane_content_terms", coverage="vendor_covers", fee=None,
    vendor="Quarry Lane Software, Inc.", kind="web",
    description="Third-party content terms page: distribution licence and sublicence grant with "
                "AMA notices, no fee anywhere and no explicit 'included' statement "
                "(vendor_covers by sublicence grant; lower confidence).",
    theme={"family": "serif", "size": 9.8, "lead": 12.5, "justify": True,
           "header": "quarrylane.example/legal/third-party-content",
           "footer": "Quarry Lane Software, Inc. \u2014 Licensed Third-Party Content Terms",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "Licensed Third-Party Content Terms"),
        ("small", "These terms form part of your Quarry Lane Customer Agreement. Last revised "
                  "October 2024."),
        H("A. CPT\u00ae"),
        P("A.1 Quarry Lane Software, Inc. (\"Quarry Lane\") is a party to a distribution licence "
          "agreement with the American Medical Association (\"AMA\") for Current Procedural "
          "Terminology (\"CPT\")."),
        P("A.2 Subject to these terms, Quarry Lane grants you a limited, non-exclusive, "
          "non-transferable, non-sublicensable licence to use CPT content as incorporated in the "
          "Quarry Lane products, solely for your internal use within the United States, by the "
          "individuals authorized to use your Quarry Lane account."),
        P("A.3 You may not publish, distribute or create derivative works of CPT content, or "
          "make it available to any affiliate or other legal entity. Your licence ends if Quarry "
          "Lane's agreement with the AMA ends, unless you obtain a licence directly from the AMA."),
        P("A.4 " + AMA_DISCLAIMER),
        P("A.5 " + GOV_RIGHTS),
        P("A.6 CPT only copyright 2024 American Medical Association. All rights reserved. CPT is "
          "a registered trademark of the AMA."),
        H("B. ICD-10-CM and HCPCS Level II"),
        P("ICD-10-CM and HCPCS Level II code sets are works of the United States Government, "
          "published by the National Center for Health Statistics and the Centers for Medicare & "
          "Medicaid Services, and are included in the Quarry Lane products without restriction."),
        H("C. Drug database"),
        P("Medication content is supplied by a third-party drug knowledge base provider under "
          "Quarry Lane's licence and may be used only within the Quarry Lane products for patient "
          "care."),
        H("D. Changes"),
        P("Quarry Lane may update these terms when a content licensor changes its requirements. "
          "We will post the updated terms and notify account administrators."),
    ])


# ---------------------------------------------------------------- V13 email: bundled
doc(key="v13_birchmont_email", coverage="vendor_covers", fee=None,
    vendor="Birchmont Health Cloud, Inc.", kind="email",
    description="E-mail thread: vendor rep states CPT is bundled in the $145/provider/month "
                "subscription and vendor pays the AMA; no separate CPT line (subscription price is "
                "a trap).",
    theme={"family": "mono", "size": 8.8, "lead": 11.2, "page_numbers": "{n}"},
    blocks=[
        ("mono",
         "From:    Jaime Ruiz-Talbot <jaime.rt@birchmonthealth.example>\n"
         "To:      Colette Ambrose <cambrose@bayshoregi.example>\n"
         "Date:    Wed, 5 Mar 2025 14:03:11 -0500\n"
         "Subject: Re: Are you going to start charging an AMA fee?\n"),
        ("p", "Hi Colette,"),
        ("p", "Good question, and no. CPT is bundled into your per-provider subscription "
              "($145/provider/month) and Birchmont Health Cloud pays the AMA royalty out of that. "
              "There's no separate CPT or AMA line on your invoices, and we don't plan to add one "
              "at renewal. Section 7.3 of your subscription agreement says the same thing: "
              "royalties for CPT content are Birchmont's responsibility."),
        ("p", "The articles you saw are about other EHR vendors who pass the royalty through. "
              "Our CPT end-user terms (the AMA's standard wording) are in Schedule C if your "
              "compliance team wants to see them."),
        ("p", "Cheers,\nJaime Ruiz-Talbot\nCustomer Success Manager | Birchmont Health Cloud, Inc."),
        ("hr",),
        ("mono",
         "From:    Colette Ambrose <cambrose@bayshoregi.example>\n"
         "To:      Jaime Ruiz-Talbot <jaime.rt@birchmonthealth.example>\n"
         "Date:    Wed, 5 Mar 2025 09:41:52 -0500\n"
         "Subject: Are you going to start charging an AMA fee?\n"),
        ("p", "Hi Jaime \u2014 a colleague's therapy practice just got hit with a $20-per-"
              "clinician AMA fee from their EHR. Are we going to see something like that from "
              "Birchmont? We're budgeting for next year and I'd rather know now. We have 7 "
              "physicians and about 20 staff logins."),
        ("p", "Thanks,\nColette Ambrose, Practice Administrator\nBayshore Gastroenterology, P.A."),
    ])


# ---------------------------------------------------------------- V14 encoder quote, included
doc(key="v14_coderidge_quote", coverage="vendor_covers", fee=None,
    vendor="Coderidge Publishing, LLC", kind="quote",
    description="Quote for an online encoder: $249 per named user per year subscription (not a "
                "CPT fee); AMA royalty for CPT included in the subscription price.",
    theme={"family": "sans", "size": 9.4, "lead": 12.1, "table_style": "lines",
           "accent": "#5b2c83", "header": "Coderidge Publishing, LLC",
           "header_right": "Quote CR-10488", "page_numbers": ""},
    blocks=[
        ("title", "Subscription Quote"),
        ("kv", [("Quote", "CR-10488"),
                ("Issued", "September 30, 2025"),
                ("Customer", "Riverbend Family Medicine, P.C. \u2014 coding department"),
                ("Contact", "Maya Lindgren, CPC, Coding Supervisor")]),
        ("tbl", [["Product", "Users", "Price per named user / year", "Annual total"],
                 ["Coderidge Encoder Online \u2014 Professional", "3", "$249.00", "$747.00"],
                 ["Coderidge Audit Toolkit add-on", "1", "$180.00", "$180.00"],
                 ["Multi-year discount (3-year commitment, 8%)", "", "", "-$74.16"],
                 ["Annual total", "", "", "$852.84"]],
         {"widths": [46, 10, 24, 20]}),
        H("What's included"),
        ("bul", ["CPT\u00ae, HCPCS Level II and ICD-10-CM/PCS code sets, with quarterly and annual "
                 "updates",
                 "Coding guidance articles, NCCI edits and modifier look-ups",
                 "Unlimited searches and saved code lists"]),
        H("Licensing"),
        P("Coderidge Publishing, LLC distributes CPT content under its licence agreement with the "
          "American Medical Association. The AMA royalty for CPT content is included in the "
          "subscription price above; no separate licence or fee is required for use of CPT within "
          "Coderidge Encoder Online by the named users on this quote. Each named user must have "
          "an individual log-in; log-ins may not be shared."),
        H("Terms"),
        ("bul", ["Quote valid for 30 days.",
                 "Annual subscription, invoiced in advance; net 30.",
                 "Named users may be reassigned once per quarter.",
                 "Subject to the Coderidge Subscriber Agreement."]),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])
