"""Unclear documents (9)."""
from common import bp, bps, doc, fee

DOCS = []
A = DOCS.append

# ---------------------------------------------------------------- U1 MSA: Content Fees "may apply"
V, C = "Licensor", "Customer"
A(doc("un_msa_content_fee_may", "Windrose Clinical Software, Inc.", "unclear", None,
 "MSA defines 'Content Fee' and says Content Fees for Third-Party Content, including CPT, 'may apply' and 'may be charged'; the order form has no content-fee line and nothing says who bears the AMA royalty.",
 [("title", "MASTER SUBSCRIPTION AGREEMENT"),
  ("p", "<b>Windrose Clinical Software, Inc.</b> (\"Licensor\") and <b>Cottonwood Springs Medical Clinic, P.A.</b> (\"Customer\") enter into this Master Subscription Agreement as of February 24, 2025."),
  ("h", "1. Definitions"),
  ("cl", "1.1", "\"Content Fee\" means any fee that the owner of Third-Party Content requires in connection with its distribution or use."),
  ("cl", "1.2", "\"Order Form\" means an order for the Services signed by both parties."),
  ("cl", "1.3", "\"Services\" means Licensor's hosted EHR and practice management services."),
  ("cl", "1.4", "\"Third-Party Content\" means content owned by third parties and made available through the Services, including Current Procedural Terminology (\"CPT\") of the American Medical Association, drug reference data and clinical guidelines."),
  ("h", "2. Subscription"),
  ("p", "Licensor will provide the Services described in each Order Form to Customer during the subscription term."),
  ("h", "3. Third-Party Content"),
  ("cl", "3.1", "Third-Party Content is made available subject to the terms required by its owners, which Licensor will provide on request."),
  ("cl", "3.2", "Content Fees for Third-Party Content, including CPT, may apply. Where a Content Fee is required, it may be charged in accordance with Licensor's policies as updated from time to time."),
  ("cl", "3.3", "Customer shall not copy Third-Party Content out of the Services."),
 ] + bps(["payment", "term", "termination", "support", "data", "confid", "baa", "warranty", "liability", "law", "misc"], 4, V, C) + [
  ("pb",),
  ("title", "ORDER FORM WCS-2025-118"),
  ("tbl", [["Item", "Qty", "Price (USD)"],
           ["Windrose EHR + PM", "4 providers", "299.00 per provider per month"],
           ["Patient portal", "1", "included"],
           ["Implementation", "1", "2,900.00 one-time"],
           ["Lab interface", "1", "1,200.00 one-time"]], [0.45, 0.2, 0.35]),
  ("sig", ["Windrose Clinical Software, Inc.", "Cottonwood Springs Medical Clinic, P.A."]),
 ], font="Helvetica", size="letter", ref="WCS-MSA"))

# ---------------------------------------------------------------- U2 Conflict: body included vs exhibit fee, no precedence
V, C = "Vendor", "Customer"
A(doc("un_conflict_no_precedence", "Pinehurst Health IT, LLC", "unclear", None,
 "Section 5.3 says the CPT royalty is included in the subscription fee and not charged separately, while Exhibit B lists an AMA CPT royalty of 18.50 per provider per year billed separately; no order-of-precedence clause resolves the conflict.",
 [("title", "EHR SUBSCRIPTION AGREEMENT"),
  ("p", "Between <b>Pinehurst Health IT, LLC</b> (\"Vendor\") and <b>Sandhills Internal Medicine, PLLC</b> (\"Customer\"), dated March 31, 2025."),
  ("h", "1. Subscription"),
  ("p", "Vendor provides its EHR service to Customer for the term in Exhibit A."),
  ("h", "5. Fees"),
  ("cl", "5.1", "Customer shall pay the fees in Exhibit B."),
  ("cl", "5.2", "Fees are payable monthly in advance."),
  ("cl", "5.3", "The EHR service includes Current Procedural Terminology (CPT) content distributed by Vendor under its licence from the American Medical Association. The CPT royalty is included in the subscription fee, and Vendor will not charge Customer separately for it."),
 ] + bps(["term", "termination", "data", "confid", "baa", "warranty", "liability", "law", "misc"], 6, V, C) + [
  ("h", "EXHIBIT A - TERM"),
  ("p", "Initial term: 36 months from April 1, 2025."),
  ("h", "EXHIBIT B - FEES"),
  ("tbl", [["Fee", "Basis", "Amount (USD)"],
           ["EHR subscription", "per provider per month", "315.00"],
           ["AMA CPT royalty", "per provider per year, billed separately", "18.50"],
           ["Implementation", "one-time", "3,000.00"]], [0.40, 0.40, 0.20]),
  ("sig", ["Pinehurst Health IT, LLC", "Sandhills Internal Medicine, PLLC"]),
 ], font="Times", size="letter", ref="PHIT-ESA"))

# ---------------------------------------------------------------- U3 Order form TBD
A(doc("un_orderform_tbd", "Aldergrove Medical Cloud Inc.", "unclear", None,
 "Quote with an 'AMA CPT licence fee' row marked 'TBD - pending AMA confirmation; may be included in subscription'; the rest of the quote and terms do not settle whether any CPT fee will be charged.",
 [("title", "QUOTATION"),
  ("sub", "Aldergrove Medical Cloud Inc.  -  Quote AMC-Q-3302  -  issued December 2, 2025"),
  ("p", "Prepared for: Juniper Flats Rural Health Clinic. Quote valid for 30 days."),
  ("pre",
   "Line  Description                          Qty   Unit price    Basis\n"
   " 1    Aldergrove EHR subscription             3     $289.00    per provider / month\n"
   " 2    Aldergrove billing module               3      $79.00    per provider / month\n"
   " 3    Implementation                          1   $2,400.00    one-time\n"
   " 4    AMA CPT licence fee                     3         TBD    see note 2\n"
   " 5    Clearinghouse claims                   --       $0.31    per claim\n"),
  ("h", "Notes"),
  ("cl", "1.", "This quotation becomes binding when signed by both parties and is subject to the Aldergrove Cloud Terms."),
  ("cl", "2.", "Line 4 is TBD pending confirmation from the American Medical Association of the royalty arrangements for 2026. The fee may be included in the subscription or may be invoiced separately; Aldergrove will advise Customer once confirmed."),
  ("cl", "3.", "Pricing excludes applicable taxes."),
  ("h", "Extract from the Aldergrove Cloud Terms"),
  ("p", "<b>7. Licensed content.</b> The services contain content licensed from third parties, including CPT codes of the American Medical Association. Customer's use of that content is subject to the terms those third parties require."),
  ("p", "<b>8. Payment.</b> Invoices are payable within thirty days. Recurring fees are billed monthly in advance."),
  ("sig", ["Aldergrove Medical Cloud Inc.", "Juniper Flats Rural Health Clinic"]),
 ], font="Courier", size="letter", ref="AMC-Q-3302"))

# ---------------------------------------------------------------- U4 E-mail thread, undecided
A(doc("un_email_thread_undecided", "Kingfisher EHR Solutions, Inc.", "unclear", None,
 "Printed e-mail thread attached to a renewal: the practice asks who pays the AMA CPT royalty; the vendor says legal is still deciding whether it will be absorbed or passed through, and the thread ends without an answer.",
 [("title", "EXHIBIT 3 - CORRESPONDENCE"),
  ("sub", "Attached to Renewal Order KF-R-2025-44 between Kingfisher EHR Solutions, Inc. and Magnolia Bend Family Practice"),
  ("p", "<b>From:</b> Teresa Villanueva, Practice Manager, Magnolia Bend Family Practice<br/><b>To:</b> Owen Pritchard, Account Executive, Kingfisher EHR Solutions, Inc.<br/><b>Date:</b> October 6, 2025 9:12 AM<br/><b>Subject:</b> Renewal - AMA fee question"),
  ("p", "Hi Owen, before we sign the renewal I need to know about the AMA/CPT fee. Another practice on Kingfisher told me they were billed about $20 per provider this year. Our renewal quote doesn't show anything like that. Are we going to be charged, or is it included in the subscription? We have 6 providers and about 20 staff. Thanks, Teresa"),
  ("p", "<b>From:</b> Owen Pritchard<br/><b>To:</b> Teresa Villanueva<br/><b>Date:</b> October 7, 2025 4:40 PM<br/><b>Subject:</b> RE: Renewal - AMA fee question"),
  ("p", "Hi Teresa, good question. Kingfisher does distribute the CPT codes in our product under an agreement with the AMA. For 2026, our finance and legal teams are still deciding whether we will absorb the royalty in the subscription or pass it through as a separate line like some customers saw this year. I don't want to promise either way until that decision is made. I'll circle back. Owen"),
  ("p", "<b>From:</b> Teresa Villanueva<br/><b>To:</b> Owen Pritchard<br/><b>Date:</b> October 20, 2025 8:03 AM<br/><b>Subject:</b> RE: RE: Renewal - AMA fee question"),
  ("p", "Owen, any update? Our board meets next week and I need to budget for this. If there is a fee, is it per provider or per user? Teresa"),
  ("p", "<b>From:</b> Owen Pritchard<br/><b>To:</b> Teresa Villanueva<br/><b>Date:</b> October 21, 2025 11:27 AM<br/><b>Subject:</b> RE: RE: RE: Renewal - AMA fee question"),
  ("p", "Teresa, still no final decision, sorry. If there is a charge it could be per provider or per user depending on how the AMA counts for 2026. Let's get the renewal signed so your pricing is locked, and we'll sort out the CPT piece separately once leadership decides. Owen"),
  ("sp", 8),
  ("small", "Renewal Order KF-R-2025-44 (summary): subscription $305.00 per provider per month for 24 months from January 1, 2026; no other recurring charges listed. The Renewal Order states that the correspondence in Exhibit 3 is attached for reference."),
 ], font="Helvetica", size="letter", ref="KF-R-2025-44 Exhibit 3"))

# ---------------------------------------------------------------- U5 Two-column: "as the parties may later agree"
A(doc("un_twocol_later_agree", "Bramblewood Systems LLC", "unclear", None,
 "Two-column terms: a CPT licence is required and 'shall be obtained by Customer or by Bramblewood, as the parties may later agree in writing'; no such agreement is included and no fee or payer is stated.",
 [("title", "BRAMBLEWOOD SYSTEMS LLC"),
  ("sub", "Practice Platform Terms - Version 2.3"),
  ("p", "These terms govern the Practice Platform that Bramblewood Systems LLC (\"Bramblewood\") provides to a customer practice (\"Customer\") under a signed order."),
  ("h", "1. Platform"),
  ("p", "The Practice Platform provides scheduling, documentation, charge entry, claims and reporting for outpatient practices."),
  ("h", "2. Orders"),
  ("p", "Each order states the modules, the number of providers and the fees. Orders are governed by these terms."),
  ("h", "3. Code content"),
  ("p", "3.1 Charge entry uses procedure codes from the Current Procedural Terminology (CPT) code set of the American Medical Association."),
  ("p", "3.2 A licence is required for the use of CPT in the Practice Platform. That licence shall be obtained by Customer or by Bramblewood, as the parties may later agree in writing, and the cost of the licence shall be borne as so agreed."),
  ("p", "3.3 Until such agreement is reached, the CPT tables are made available to Customer on an interim basis."),
  ("h", "4. Fees"),
  ("p", "Fees are set out in each order and are billed monthly. Bramblewood may increase fees annually on sixty days' notice."),
  ("h", "5. Data"),
  ("p", "Customer owns its data. Bramblewood processes it under the business associate agreement in the order."),
  ("h", "6. Support"),
  ("p", "Support is available by phone and ticket on business days. Critical issues are answered within two hours."),
  ("h", "7. Term and termination"),
  ("p", "Orders run for their stated term and renew annually. Either party may terminate for uncured material breach after thirty days' notice."),
  ("h", "8. Liability"),
  ("p", "Neither party is liable for indirect damages. Bramblewood's liability is limited to fees paid in the prior twelve months."),
  ("h", "9. General"),
  ("p", "North Carolina law governs. These terms and the orders are the entire agreement. Bramblewood Systems LLC, 400 Fayetteville Street, Raleigh, NC 27601."),
 ], font="Times", size="A4", cols=2, ref="Bramblewood Terms 2.3"))

# ---------------------------------------------------------------- U6 Amendment referring to undefined CPT fee
V, C = "Company", "Client"
A(doc("un_amendment_undefined_fee", "Tamarack Practice Software, Inc.", "unclear", None,
 "Amendment says 'the CPT fee, if any, described in Section 6' will be invoiced annually, but the quoted Section 6 says only that CPT licensing will be addressed in a future Order Form, and none is attached; no fee or payer is fixed.",
 [("title", "FIRST AMENDMENT TO SOFTWARE SERVICES AGREEMENT"),
  ("p", "This First Amendment is dated August 4, 2025 and is between <b>Tamarack Practice Software, Inc.</b> (\"Company\") and <b>Aspen Ridge Orthopaedic Clinic, LLC</b> (\"Client\")."),
  ("h", "1. Background"),
  ("p", "The parties signed a Software Services Agreement dated January 13, 2025 (the \"Agreement\"). Section 6 of the Agreement reads in full: \"6. CPT. The Services display CPT codes of the American Medical Association. Licensing of CPT for Client's use of the Services will be addressed in a future Order Form.\""),
  ("h", "2. Changes"),
  ("cl", "2.1", "Section 4.1 of the Agreement is amended to increase the number of provider subscriptions from 5 to 7 at the existing price of $279.00 per provider per month."),
  ("cl", "2.2", "Section 4 of the Agreement is amended by adding: \"4.5 The CPT fee, if any, described in Section 6 shall be invoiced annually.\""),
  ("cl", "2.3", "The Client's billing contact is changed to accounts@aspenridge.example."),
  ("h", "3. Effect"),
  ("p", "All other terms of the Agreement remain unchanged. No Order Form addressing CPT has been signed as of the date of this Amendment."),
  ("sig", ["Tamarack Practice Software, Inc.", "Aspen Ridge Orthopaedic Clinic, LLC"]),
 ], font="Helvetica", size="A4", ref="TPS First Amendment"))

# ---------------------------------------------------------------- U7 Billing service, good-faith discussion
V, C = "Agency", "Practice"
A(doc("un_billing_good_faith", "Clearwater Claims Management, Inc.", "unclear", None,
 "Billing-agency agreement: the parties acknowledge that a CPT licence is needed for the Practice's use of the agency portal and agree to discuss in good faith which party bears its cost; nothing decides it.",
 [("title", "BILLING AGENCY AGREEMENT"),
  ("p", "This Billing Agency Agreement is made as of September 2, 2025 between <b>Clearwater Claims Management, Inc.</b> (\"Agency\") and <b>Willow Bend Podiatry, P.C.</b> (\"Practice\")."),
  ("h", "1. Services"),
  ("p", "Agency will provide claim preparation, submission, posting, follow-up and reporting services for Practice using Agency's billing platform and web portal."),
  ("h", "2. Fees"),
  ("p", "Practice pays Agency 6.25% of net collections, invoiced monthly, with a monthly minimum of $600.00."),
  ("h", "3. Code Licensing"),
  ("cl", "3.1", "The billing platform and portal display CPT codes and descriptors of the American Medical Association."),
  ("cl", "3.2", "The parties acknowledge that a licence for CPT is required for Practice's personnel who use the portal. Within sixty (60) days after the effective date, the parties will discuss in good faith which party will obtain that licence and which party will bear its cost, and will record any agreement in writing."),
 ] + bps(["term", "termination", "confid", "baa", "compliance", "records", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Clearwater Claims Management, Inc.", "Willow Bend Podiatry, P.C."]),
 ], font="Times", size="letter", ref="CCM-BAA"))

# ---------------------------------------------------------------- U8 Telehealth, royalties "may be charged"
V, C = "Platform", "Customer"
A(doc("un_telehealth_may_charge", "Brightwater Telemed Corp.", "unclear", None,
 "Telehealth terms: CPT content is provided subject to AMA licence terms and 'applicable royalties may be charged'; no amount, no line item and no statement of who ultimately bears them.",
 [("title", "TELEMEDICINE PLATFORM TERMS"),
  ("sub", "Brightwater Telemed Corp."),
  ("p", "These terms apply between Brightwater Telemed Corp. (\"Platform\") and the practice that signs a Brightwater subscription (\"Customer\")."),
  ("h", "1. Services"),
  ("p", "Platform provides video visits, e-visits, a visit-note editor with code lookups, and export of visit notes to Customer's record system."),
  ("h", "2. Code lookups"),
  ("cl", "2.1", "The visit-note editor includes lookups for ICD-10-CM and for CPT codes. CPT content is provided subject to the licence terms of the American Medical Association, which Customer accepts by using the lookups."),
  ("cl", "2.2", "Applicable royalties may be charged."),
  ("h", "3. Subscription"),
  ("p", "Customer pays the subscription fee in its subscription order, currently $99.00 per clinician per month, plus $0.45 per completed visit."),
 ] + bps(["payment", "term", "termination", "baa", "security", "confid", "warranty", "liability", "law", "misc"], 4, V, C) + [
 ], font="Helvetica", size="letter", ref="BTC Terms 2025"))

# ---------------------------------------------------------------- U9 Conflict between body sections, precedence clause doesn't reach it
V, C = "Supplier", "Customer"
A(doc("un_conflict_precedence_irrelevant", "Hawthorne Ridge Informatics, Inc.", "unclear", None,
 "Section 9.2 requires Customer to obtain its own CPT licence, while Schedule 1 (part of the Terms) says CPT royalties are included in the subscription; the only precedence clause ranks Order Forms over Terms and does not resolve this conflict.",
 [("title", "SUPPLY AND SUBSCRIPTION TERMS"),
  ("p", "These Terms are between <b>Hawthorne Ridge Informatics, Inc.</b> (\"Supplier\") and <b>Lakeside Pulmonary and Sleep Medicine, P.C.</b> (\"Customer\"), effective June 16, 2025."),
  ("h", "1. Structure"),
  ("cl", "1.1", "These Terms consist of Sections 1 to 16 and Schedules 1 to 3, all of which form part of these Terms."),
  ("cl", "1.2", "Each Order Form signed by the parties incorporates these Terms. If an Order Form conflicts with these Terms, the Order Form prevails for the products on that Order Form."),
  ("h", "2. Subscription"),
  ("p", "Supplier provides the Hawthorne pulmonary EHR and sleep-study reporting modules to Customer."),
 ] + bps(["payment", "term", "termination", "support", "data", "confid"], 3, V, C) + [
  ("h", "9. Code Sets"),
  ("cl", "9.1", "ICD-10-CM and HCPCS Level II tables are supplied without charge."),
  ("cl", "9.2", "Customer shall obtain, at its own cost, a licence from the American Medical Association for Current Procedural Terminology (CPT) covering its users of the Hawthorne modules."),
 ] + bps(["baa", "warranty", "liability", "law", "notices", "misc"], 10, V, C) + [
  ("pb",),
  ("h", "SCHEDULE 1 - SUBSCRIPTION INCLUSIONS"),
  ("p", "The subscription includes: hosting; support; quarterly updates; sleep-study report templates; spirometry device interfaces; and CPT content, the royalties for which are included in the subscription fee."),
  ("h", "SCHEDULE 2 - SERVICE LEVELS"),
  ("p", "Availability target 99.5% per month; critical-issue response within one hour."),
  ("h", "SCHEDULE 3 - ORDER FORM TEMPLATE"),
  ("p", "[Product] [Quantity] [Fee] [Term]"),
  ("h", "ORDER FORM HR-0616"),
  ("tbl", [["Product", "Quantity", "Fee (USD)"],
           ["Hawthorne Pulmonary EHR", "4 physicians", "340.00 per physician per month"],
           ["Sleep-study reporting", "1 lab", "450.00 per month"]], [0.45, 0.2, 0.35]),
  ("sig", ["Hawthorne Ridge Informatics, Inc.", "Lakeside Pulmonary and Sleep Medicine, P.C."]),
 ], font="Times", size="A4", ref="HRI Terms"))


from common import baa, sla

def _extend(key, extra):
    for d in DOCS:
        if d["key"] == key:
            d["blocks"] = d["blocks"] + extra
            return
    raise KeyError(key)

_extend("un_twocol_later_agree", [("pb",)] + sla("Bramblewood", "Customer") + baa("Bramblewood", "Customer", pb=False))
_extend("un_msa_content_fee_may", baa("Licensor", "Customer", "EXHIBIT B - BUSINESS ASSOCIATE ADDENDUM"))
