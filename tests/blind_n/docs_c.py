"""blind_n documents, part C (10 documents)."""

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------
add(
    key="c_amount_in_words",
    vendor="Harrowgate Clinical Systems, L.P.",
    coverage="pass_through",
    fee=(20.00, "user", "year"),
    desc="Formal licence schedule with amounts in words only: CPT content royalty of eighteen dollars fifty cents plus an administration charge of one dollar fifty cents, each per Named User per Contract Year = $20.00 per user per year.",
    font="times",
    size=10.2,
    running="Harrowgate Clinical Systems, L.P. — Licence Agreement — Schedule 3",
    blocks=[
        ("title", "SCHEDULE 3"),
        ("sub", "Licensed Content and Charges"),
        ("p", "This Schedule 3 forms part of the Software Licence Agreement dated the ninth day of September, 2025 (the \"Agreement\") between <b>Harrowgate Clinical Systems, L.P.</b>, a Delaware limited partnership (\"Harrowgate\"), and Eastgate Cardiovascular Consultants, P.C. (the \"Licensee\"). Words defined in the Agreement have the same meaning in this Schedule."),
        ("h", "Part A — Subscription Charge"),
        ("p", "A1. The Licensee shall pay a Subscription Charge of four hundred and ten dollars for each Practitioner for each calendar month, payable monthly in advance."),
        ("p", "A2. The Subscription Charge is payable for every Practitioner holding credentials on the first day of the month, whether or not that Practitioner documents any encounter in that month."),
        ("h", "Part B — CPT Content"),
        ("p", "B1. Harrowgate distributes the Current Procedural Terminology (CPT®) content embedded in the Software under a distribution licence from the American Medical Association and, by Clause 8.1 of the Agreement, sublicenses that content to the Licensee."),
        ("p", "B2. In consideration of that sublicence the Licensee shall pay to Harrowgate, for each Named User and in respect of each Contract Year, a content royalty of eighteen dollars and fifty cents, together with an administration charge of one dollar and fifty cents for each such Named User, both payable annually in advance on the first day of the Contract Year."),
        ("p", "B3. \"Named User\" means each individual to whom the Licensee has issued credentials that allow access to CPT content in the Software, including physicians, advanced practice clinicians, nurses, coders, billing staff and reception staff."),
        ("p", "B4. Where the number of Named Users increases during a Contract Year, the Licensee shall pay the charges in paragraph B2 for each additional Named User within thirty days of Harrowgate's invoice. No refund is made for Named Users removed."),
        ("p", "B5. The content royalty in paragraph B2 may be varied by Harrowgate on not less than sixty days' written notice to reflect a variation in the royalty charged by the American Medical Association. The administration charge shall not be increased during the Initial Term."),
        ("h", "Part C — Other Code Sets"),
        ("p", "C1. No charge is made for HCPCS Level II or ICD-10-CM content, which is derived from public federal files. The optional drug interaction module is charged separately under Schedule 4 at seven dollars per Practitioner per month."),
        ("h", "Part D — Taxes"),
        ("p", "D1. All charges in this Schedule are exclusive of any sales, use or similar tax, which the Licensee shall pay in addition."),
        ("sp", 6),
        ("p", "SIGNED for and on behalf of Harrowgate Clinical Systems, L.P. by its general partner ______________________"),
        ("p", "SIGNED for and on behalf of Eastgate Cardiovascular Consultants, P.C. ______________________"),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_one_time_desktop",
    vendor="Codewright Publishing Co.",
    coverage="pass_through",
    fee=(35.00, "user", "one_time"),
    desc="Desktop superbill/coding product licence: CPT 2026 content licence of $35.00 per user charged once at purchase (does not renew); the $189 software price is not the CPT fee.",
    font="helv",
    running="Codewright Publishing Co. — Superbill Studio 2026 Desktop Edition",
    blocks=[
        ("title", "Superbill Studio 2026 — Desktop Edition"),
        ("sub", "Order confirmation and licence summary"),
        ("kv", [
            ("Publisher", "Codewright Publishing Co., 77 Printers Row, Suite 5, St. Louis, MO 63101"),
            ("Customer", "Lindenwood Allergy Clinic, LLC"),
            ("Order", "CW-260204-5531, placed February 4, 2026"),
            ("Licensed users", "3"),
        ], [0.22, 0.78]),
        ("table", [
            ["Item", "Qty", "Price", "Amount"],
            ["Superbill Studio 2026 software licence (per workstation, perpetual)", "2", "$189.00", "$378.00"],
            ["CPT® 2026 content licence (per user)", "3", "$35.00", "$105.00"],
            ["Printed quick-reference guide", "1", "$24.00", "$24.00"],
            ["Order total", "", "", "$507.00"],
        ], {"widths": [0.58, 0.1, 0.14, 0.18], "right": [1, 2, 3], "boldlast": True}),
        ("h", "About the CPT content licence"),
        ("p", "Superbill Studio contains CPT® codes and descriptors from the 2026 code year, which Codewright distributes under a licence from the American Medical Association. The CPT content licence is charged once, at purchase, for each person who will use the software. It covers the 2026 code set for the life of this edition and does not renew; there is no annual charge. Later code years are available only by buying a later edition."),
        ("p", "Each user is a named individual. Adding a user later costs the same one-time amount per user for the edition purchased."),
        ("h", "Licence terms (summary)"),
        ("ul", [
            "The software licence is perpetual for the workstations purchased.",
            "You may print superbills and encounter forms for use in your own practice.",
            "You may not copy the code tables into other software or share them with another organisation.",
            "Technical support by e-mail is included for twelve months from purchase.",
        ]),
        ("small", "CPT only © 2025 American Medical Association. All rights reserved. Fee schedules, relative value units, conversion factors and/or related components are not assigned by the AMA, are not part of CPT, and the AMA is not recommending their use."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_invoice_line",
    vendor="Northbeam Practice Solutions, Inc.",
    coverage="pass_through",
    fee=(19.50, "provider", "year"),
    desc="Invoice with a line 'AMA CPT annual license, calendar year 2026 — 7 providers @ $19.50'; the $19.00 credit for 2025 over-billing, the subscription and the totals are not the fee in force.",
    font="helv",
    running="Northbeam Practice Solutions, Inc. — Invoice NB-260114-0932",
    blocks=[
        ("title", "INVOICE"),
        ("kv", [
            ("Invoice number", "NB-260114-0932"),
            ("Invoice date", "January 14, 2026"),
            ("Due date", "February 13, 2026"),
            ("Bill to", "Riverbend Family Health, LLC, 301 Water Street, Marietta, OH 45750"),
            ("Account", "RFH-00417"),
        ], [0.25, 0.75]),
        ("table", [
            ["Description", "Qty", "Rate", "Amount"],
            ["Northbeam PM subscription — January 2026 (per provider)", "7", "$145.00", "$1,015.00"],
            ["Clearinghouse bundle — January 2026", "1", "$89.00", "$89.00"],
            ["AMA CPT® annual license, calendar year 2026 (per rendering provider)", "7", "$19.50", "$136.50"],
            ["Credit — 2025 AMA CPT license billed for departed provider (Dr. Ames)", "1", "($19.00)", "($19.00)"],
            ["Subtotal", "", "", "$1,221.50"],
            ["Sales tax 6% (subscription and clearinghouse only)", "", "", "$66.24"],
            ["Amount due", "", "", "$1,287.74"],
        ], {"widths": [0.58, 0.08, 0.16, 0.18], "right": [1, 2, 3], "boldlast": True}),
        ("h", "Notes"),
        ("ol", [
            ("1.", "The AMA CPT license line is billed once a year, on the first invoice of January, for each rendering provider on your account. It passes through the royalty the American Medical Association charges Northbeam for CPT content in Northbeam PM. The 2026 rate is $19.50 per provider (2025: $19.00)."),
            ("2.", "Providers added later in 2026 will be billed the 2026 rate on the next monthly invoice."),
            ("3.", "Please pay by ACH to the account shown on your portal, or by card at pay.northbeam.example. Questions: billing@northbeam.example."),
        ]),
        ("sp", 10),
        ("small", "Northbeam Practice Solutions, Inc. · 45 Signal Hill Road, Columbus, OH 43215 · Federal EIN 31-5550184. CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_email_absorb",
    vendor="Marlowe Practice Software Co.",
    coverage="vendor_covers",
    fee=None,
    desc="Customer e-mail from the vendor's CEO: Marlowe holds an AMA distribution licence and pays the royalty itself out of the subscription; no CPT charge will be added (the ~$20 figure is other vendors').",
    font="courier",
    size=9.5,
    running="Marlowe customer bulletin",
    blocks=[
        ("mono", "From:    Ellen Marlowe <ellen@marlowe-software.example>\nTo:      All Marlowe customers\nDate:    Mon, 22 Sep 2025 08:15:00 -0400\nSubject: No AMA fee from Marlowe"),
        ("rule",),
        ("p", "Hello everyone,"),
        ("p", "Over the past month several of you have forwarded us notices from other software companies announcing a new yearly \"AMA fee\" of around $20 per clinician for CPT® codes, and asked whether Marlowe will be doing the same."),
        ("p", "The short answer is no."),
        ("p", "Marlowe Practice Software Co. has held a distribution license from the American Medical Association since 2017. Under that license we pay the AMA a royalty for every person who uses CPT codes in Marlowe, and we pay it ourselves, out of the subscription you already pay us. We are not going to add a CPT line to your invoice, and your subscription price is not going up because of it."),
        ("p", "A couple of related points:"),
        ("ul", [
            "You do not need to buy a separate CPT license from the AMA to use CPT inside Marlowe.",
            "Our license covers Marlowe only. If you also use a separate billing service or coding tool, ask that vendor how they handle CPT.",
            "Please keep your user list tidy (deactivate people who leave). We report user counts to the AMA each year and accurate numbers help us keep prices stable.",
        ]),
        ("p", "If you have any questions, just reply to this e-mail or call the support line."),
        ("p", "Warm regards,<br/>Ellen Marlowe<br/>Founder & CEO, Marlowe Practice Software Co."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_amendment_deletes_fee",
    vendor="Oakhaven Systems, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Amendment No. 3 (Nov 18, 2025): deletes the $18.00/provider/year CPT License Fee from Jan 1, 2026 and replaces it with a clause that Oakhaven pays the AMA royalties, included in subscription fees.",
    font="times",
    size=10.2,
    running="Oakhaven Systems, Inc. — Amendment No. 3",
    blocks=[
        ("title", "AMENDMENT NO. 3 TO MASTER SUBSCRIPTION AGREEMENT"),
        ("p", "This Amendment No. 3 (\"Amendment\") is made as of November 18, 2025 between <b>Oakhaven Systems, Inc.</b> (\"Oakhaven\") and Pelham Valley Urology, P.C. (\"Customer\") and amends the Master Subscription Agreement between them dated February 1, 2022, as previously amended (the \"Agreement\")."),
        ("h", "Recitals"),
        ("p", "A. Section 4.3 of the Agreement (<i>CPT License Fee</i>) currently requires Customer to pay Oakhaven a CPT License Fee of $18.00 per Provider per year."),
        ("p", "B. The parties wish to remove that fee and to record that the royalties for CPT content will be borne by Oakhaven."),
        ("h", "Agreed Terms"),
        ("ol", [
            ("1.", "<b>Deletion.</b> Effective January 1, 2026, Section 4.3 of the Agreement is deleted in its entirety."),
            ("2.", "<b>New Section 4.3.</b> Effective January 1, 2026, the following is inserted as Section 4.3: \"<i>CPT Royalties.</i> Oakhaven shall pay all royalties owed to the American Medical Association for CPT content used by Customer within the Oakhaven Platform. Such royalties are included in the Subscription Fees and will not be separately invoiced to Customer.\""),
            ("3.", "<b>Prior periods.</b> The CPT License Fee invoiced for calendar year 2025 remains payable in accordance with its terms. No CPT License Fee will be invoiced for 2026 or any later year."),
            ("4.", "<b>Subscription Fees.</b> Effective January 1, 2026, the Subscription Fee in Exhibit A is changed from $398.00 to $412.00 per Provider per month."),
            ("5.", "<b>No other changes.</b> Except as set out in this Amendment, the Agreement remains in full force and effect. If this Amendment conflicts with the Agreement, this Amendment controls."),
        ]),
        ("sig", [
            ("<b>OAKHAVEN SYSTEMS, INC.</b><br/>By: /s/ Gregory Almeida<br/>Title: General Counsel<br/>Date: November 18, 2025",
             "<b>PELHAM VALLEY UROLOGY, P.C.</b><br/>By: /s/ Dr. Iris Mendel<br/>Title: President<br/>Date: November 20, 2025"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_encoder_import_own_file",
    vendor="Scriptorium Code Tools, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Coding/encoder tool licence: product ships without CPT; licensee must license the AMA CPT data file itself and import it; vendor neither sells nor pays for CPT.",
    font="helv",
    running="Scriptorium Code Tools, Inc. — End User License Agreement",
    blocks=[
        ("title", "Scriptorium Encoder Pro — End User License Agreement"),
        ("small", "Version 2025.2 · Scriptorium Code Tools, Inc., 1400 Fenwick Avenue, Minneapolis, MN 55403"),
        ("h", "1. Grant"),
        ("p", "Scriptorium grants the organisation that purchased the Product (\"Licensee\") a non-exclusive licence for the number of Named Users in the order to use Scriptorium Encoder Pro for coding, edit checking and documentation review within Licensee's own organisation."),
        ("h", "2. Fees"),
        ("p", "The annual subscription fee is $599.00 per Named User per year, payable in advance. A Named User may not be reassigned more than once per quarter."),
        ("h", "3. Content"),
        ("p", "3.1 <b>Included content.</b> The Product includes ICD-10-CM and ICD-10-PCS tables, HCPCS Level II codes, NCCI edit tables and Medicare fee schedule data, all prepared from public federal sources."),
        ("p", "3.2 <b>CPT content is not included.</b> The Product is shipped without CPT® content. To enable CPT lookup and edits, Licensee must license the CPT data file from the American Medical Association (or an AMA-authorized reseller) and load it using the Data Loader utility. Scriptorium does not sell, sublicense or pay for CPT content, and the fees in Section 2 do not include any amount for it."),
        ("p", "3.3 Licensee is responsible for ensuring that its CPT licence covers every Named User who can view CPT content after it has been loaded, and for loading each annual CPT update."),
        ("h", "4. Restrictions"),
        ("p", "Licensee shall not reverse engineer the Product, make it available to third parties, or use it to provide coding services to other organisations without a service bureau licence."),
        ("h", "5. Warranty and liability"),
        ("p", "Coding suggestions are aids only. Licensee is solely responsible for the codes it reports. Scriptorium's liability is limited to the fees paid in the preceding twelve months."),
        ("h", "6. Term"),
        ("p", "This EULA continues while Licensee's subscription is current. On expiry, the Product stops working and Licensee must delete it, including any loaded CPT data."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_faq_not_distributor",
    vendor="Verity Behavioral EHR, LLC",
    coverage="customer_must_license",
    fee=None,
    desc="Behavioural-health EHR FAQ: vendor is not an AMA distributor, subscription does not include CPT, practice needs its own AMA licence (AMA rate quoted for information only; vendor collects nothing).",
    font="helv",
    running="verity-ehr.example/help/cpt-licence",
    blocks=[
        ("title", "Do I need a CPT licence to use Verity?"),
        ("small", "Verity Behavioral EHR, LLC · Help article · Updated November 3, 2025"),
        ("sp", 4),
        ("qa", "Short answer",
         "Yes. If your practice uses CPT® codes in Verity, your practice needs its own CPT licence. Verity is not an AMA-authorized distributor, so a Verity subscription does not include a CPT licence and we are not able to sell you one."),
        ("qa", "Why doesn't Verity just include it?",
         "Verity does not ship with any CPT content. The service-code list in Settings › Billing Codes is empty until you add the codes you use. Because you, not Verity, are putting CPT codes into the system, the American Medical Association expects your organisation to be licensed for them."),
        ("qa", "Where do I get the licence?",
         "From the AMA directly (an internal use licence) or from an AMA-authorized distributor. Search for \"CPT internal use license\" on the AMA's website."),
        ("qa", "How much does it cost?",
         "The AMA sets the price, not Verity. For the 2025 and 2026 code years the AMA's internal-use rate is its entity fee plus $18.50 per user. Verity does not collect this amount, add anything to it, or see your licence fees."),
        ("qa", "Who counts as a user?",
         "The AMA counts everyone who works with CPT codes or relies on them in their job, which usually includes clinicians, billers and front-desk staff, not just the people who sign notes."),
        ("qa", "Is ICD-10 the same?",
         "No. ICD-10-CM is a free federal code set and Verity includes it at no charge."),
        ("qa", "What is the Verity subscription price?",
         "$54 per clinician per month on the Practice plan, or $44 per clinician per month billed annually. Neither price includes a CPT licence."),
        ("sp", 6),
        ("small", "CPT is a registered trademark of the American Medical Association. This article is general information and not legal advice."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_ehr_no_cpt_mention",
    vendor="Sequoia Chart Systems, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Hosted EHR subscription terms covering fees, uptime, ICD-10-CM/HCPCS Level II updates and SNOMED CT, but never mentioning CPT or the AMA: CPT licensing not addressed.",
    font="times",
    size=10,
    running="Sequoia Chart Systems, Inc. — Hosted Services Terms",
    blocks=[
        ("title", "HOSTED SERVICES TERMS"),
        ("p", "These Hosted Services Terms apply to each order placed by a medical practice (\"Client\") with <b>Sequoia Chart Systems, Inc.</b> (\"Sequoia\") for the Sequoia Chart ambulatory electronic health record."),
        ("h", "1. Service Levels"),
        ("p", "Sequoia will make the hosted service available 99.7% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance. If availability falls below that level, Client will receive a credit of 5% of that month's subscription fee for each full 0.5% shortfall, up to 25%."),
        ("h", "2. Fees"),
        ("table", [
            ["Item", "Fee"],
            ["Sequoia Chart subscription", "$310 per provider per month"],
            ["Additional non-provider staff logins", "no charge"],
            ["Lab and imaging interfaces", "$1,200 one-time each, plus $40 per month"],
            ["Data archive after termination", "$150 per month"],
        ], {"widths": [0.5, 0.5]}),
        ("h", "3. Content Updates"),
        ("p", "3.1 Sequoia loads the annual ICD-10-CM update before October 1 of each year and the quarterly HCPCS Level II updates published by CMS, at no additional charge."),
        ("p", "3.2 Problem lists use SNOMED CT concepts made available through the National Library of Medicine; laboratory results are mapped to LOINC."),
        ("h", "4. Data Ownership"),
        ("p", "Client owns its patient data. On termination Sequoia will provide a full export in standard formats (CCDA and CSV) within thirty days of request."),
        ("h", "5. Security"),
        ("p", "Sequoia maintains a SOC 2 Type II report, encrypts data at rest and in transit, and will notify Client of any security incident involving Client data within 48 hours of discovery."),
        ("h", "6. Fee Changes"),
        ("p", "Sequoia may change fees at renewal on ninety days' notice. Increases may not exceed 5% in any twelve-month period."),
        ("h", "7. Term"),
        ("p", "Each order has an initial term of 36 months and renews for 12-month terms unless either party gives 90 days' notice."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_third_party_may_apply",
    vendor="Bellweather Practice Cloud, LLC",
    coverage="unclear",
    fee=None,
    desc="PM cloud terms of service: third-party content 'which may include CPT codes' is subject to the owner's terms and 'fees for Third-Party Content may apply'; no fee set and no statement who pays.",
    font="helv",
    size=9.3,
    running="Bellweather Practice Cloud, LLC — Terms of Service",
    blocks=[
        ("title", "Terms of Service"),
        ("small", "Bellweather Practice Cloud, LLC · Last revised July 1, 2025"),
        ("h", "1. Your Account"),
        ("p", "You must be authorized to act for the practice that subscribes (\"Customer\"). Customer is responsible for everything done under its account and must keep credentials confidential."),
        ("h", "2. Subscription and Payment"),
        ("p", "Plans are billed monthly in advance at the rates shown on Customer's plan page (currently $89 per user per month for Practice Pro). We may change plan prices on 30 days' notice. Fees are non-refundable except where required by law."),
        ("h", "3. Acceptable Use"),
        ("p", "Customer may not use the Services to store data unrelated to its practice, to send unsolicited messages, or to attempt to access other customers' data."),
        ("h", "4. Patient Data"),
        ("p", "Customer owns its patient data. Bellweather processes it as Customer's business associate under the BAA incorporated into these Terms."),
        ("h", "9. Third-Party Content"),
        ("p", "9.1 The Services incorporate content owned by third parties (\"Third-Party Content\"), which may include CPT® codes and descriptors of the American Medical Association, drug and allergy data, and payer rules."),
        ("p", "9.2 Use of Third-Party Content is subject to the terms required by its owner, which Bellweather will make available on request. Fees for Third-Party Content may apply. Bellweather will notify Customer of any such fees before they are charged."),
        ("p", "9.3 Third-Party Content is provided as is. Bellweather is not responsible for its accuracy or completeness."),
        ("h", "10. Suspension"),
        ("p", "We may suspend the Services if an invoice is more than 30 days overdue, after giving 10 days' notice."),
        ("h", "11. Limitation of Liability"),
        ("p", "Bellweather's total liability is limited to the amounts Customer paid in the 12 months before the claim. Neither party is liable for indirect or consequential damages."),
        ("h", "12. Changes"),
        ("p", "We may update these Terms. Material changes take effect 30 days after notice. Continued use after that date means you accept them."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="c_faq_depends_on_plan",
    vendor="Cinder Valley Health Software, Inc.",
    coverage="unclear",
    fee=None,
    desc="Vendor FAQ: whether the AMA CPT royalty is bundled or billed as a separate annual line 'depends on your agreement'; the page does not say which applies, so who pays is undetermined.",
    font="helv",
    running="support.cindervalley.example › Account & Billing",
    blocks=[
        ("small", "Support › Account & Billing"),
        ("title", "AMA CPT® royalty — how it appears on your account"),
        ("small", "Cinder Valley Health Software, Inc. · Article CV-1043 · Updated February 2, 2026"),
        ("sp", 4),
        ("qa", "Is the AMA CPT royalty included in my subscription?",
         "It depends on your agreement. Some Cinder Valley customers have the AMA royalty bundled into their subscription price. Others, mostly practices on agreements signed before 2023, see a separate annual line for it. Your account manager can tell you which arrangement applies to your practice."),
        ("qa", "How can I tell from my invoice?",
         "Not always easily. Bundled accounts have no CPT line at all. Some legacy accounts show the royalty on the January invoice only, so a February or later invoice may not show it even if your agreement has one."),
        ("qa", "Can I switch from one arrangement to the other?",
         "Possibly, at renewal. Ask your account manager for a quote."),
        ("qa", "Do I need my own licence from the AMA?",
         "Customers using CPT codes inside Cinder Valley are covered by Cinder Valley's AMA distribution arrangements, in whichever of the two ways described above applies to their account."),
        ("qa", "What about ICD-10 and HCPCS Level II?",
         "Both are free federal code sets and are updated automatically at no charge."),
        ("qa", "Who do I contact?",
         "Your account manager, or accounts@cindervalley.example. Please have your customer number ready."),
        ("sp", 8),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
)
