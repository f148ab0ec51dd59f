"""Vendor-covers documents (13)."""
from common import bp, bps, doc, fee

DOCS = []
A = DOCS.append

# ---------------------------------------------------------------- V1 MSA with defs, royalties included, buried 7.4(b)(ii)
V, C = "Licensor", "Licensee"
A(doc("vc_msa_defs_included", "Marrowstone Health Technologies, Inc.", "vendor_covers", None,
 "MSA defines 'Third-Party Content' (including CPT) and 'Content Royalties'; clause 7.4(b)(ii), pages later, says Licensor pays all Content Royalties and they are included in the Subscription Fees with no separate charge.",
 [("title", "MASTER LICENSE AND SERVICES AGREEMENT"),
  ("p", "This Master License and Services Agreement is entered into by <b>Marrowstone Health Technologies, Inc.</b>, a Washington corporation (\"Licensor\"), and <b>Puget Sound Allergy and Asthma, PLLC</b> (\"Licensee\"), effective March 17, 2025."),
  ("h", "1. Definitions"),
  ("cl", "1.1", "\"Affiliate\" means an entity that controls, is controlled by or is under common control with a party."),
  ("cl", "1.2", "\"Content Royalties\" means royalties, per-user charges and other amounts payable to the owner of any Third-Party Content for its distribution to or use by Licensee."),
  ("cl", "1.3", "\"Licensed Products\" means the software and hosted services listed in a Schedule."),
  ("cl", "1.4", "\"Schedule\" means a schedule signed by both parties that lists Licensed Products, quantities and Subscription Fees."),
  ("cl", "1.5", "\"Subscription Fees\" means the recurring fees stated in a Schedule."),
  ("cl", "1.6", "\"Third-Party Content\" means content owned by third parties and embedded in the Licensed Products, including Current Procedural Terminology (\"CPT\") owned by the American Medical Association (\"AMA\"), drug interaction data, and patient education materials."),
  ("cl", "1.7", "\"User\" means an individual authorised by Licensee to access a Licensed Product."),
  ("h", "2. Licence Grant"),
  ("cl", "2.1", "Licensor grants Licensee a non-exclusive, non-transferable licence, during the term of each Schedule, for its Users to use the Licensed Products for Licensee's internal business purposes within the United States."),
  ("cl", "2.2", "Licensee may not permit its Affiliates to use the Licensed Products unless they are listed in a Schedule."),
  ("h", "3. Implementation"),
  ("p", "Licensor will perform implementation services under a statement of work. Licensee will provide timely decisions, access to its personnel and the practice data needed for system build."),
 ] + bps(["support", "data", "security", "baa"], 4, V, C) + [
  ("h", "7. Third-Party Content"),
  ("cl", "7.1", "Licensor has entered into agreements with the owners of the Third-Party Content that permit Licensor to distribute it within the Licensed Products."),
  ("cl", "7.2", "Licensee shall use Third-Party Content only within the Licensed Products and shall not remove proprietary notices from it."),
  ("cl", "7.3", "Third-Party Content is provided for reference; Licensee's clinicians remain responsible for clinical and coding judgement."),
  ("cl", "7.4", "(a) <i>CPT.</i> Licensor is party to a distribution license agreement with the AMA and grants Licensee a sublicense to use CPT within the Licensed Products for Licensee's internal use. The sublicense terminates if Licensor's agreement with the AMA terminates, unless Licensee obtains a direct licence from the AMA. (b) <i>Royalties.</i> (i) Licensee shall give Licensor such User counts as Licensor reasonably requests to report to the owners of Third-Party Content. (ii) Licensor shall pay all Content Royalties, including those due to the AMA for CPT, and the Subscription Fees include them; no Content Royalty will be invoiced to Licensee as a separate charge."),
  ("h", "8. Fees"),
  ("cl", "8.1", "Licensee shall pay the Subscription Fees and services fees set out in each Schedule."),
  ("cl", "8.2", "Subscription Fees may be increased at each renewal by up to the greater of 3% or the CPI-U increase for the preceding year."),
 ] + bps(["payment", "term", "termination", "confid", "warranty", "liability", "indemnity", "law", "notices", "misc"], 9, V, C) + [
  ("sig", ["Marrowstone Health Technologies, Inc.", "Puget Sound Allergy and Asthma, PLLC"]),
 ], font="Times", size="letter", ref="MHT-MLSA-0317"))

# ---------------------------------------------------------------- V2 Order form with $0 CPT line
A(doc("vc_orderform_zero_line", "Pellucid Charting LLC", "vendor_covers", None,
 "Order form with several priced rows (subscription, implementation, e-prescribing, per-claim fees); the 'AMA CPT royalty' row is 0.00 'included in subscription' and a note says Pellucid pays the AMA.",
 [("title", "ORDER FORM"),
  ("sub", "Pellucid Charting LLC  -  880 Harrow Avenue, Columbus, OH 43215  -  sales@pellucid.example"),
  ("pre",
   "Order No.      PC-25-0093                  Order Date   January 21, 2025\n"
   "Customer       Olentangy Sports Medicine, Inc.\n"
   "Billing        Annual in advance           Term         36 months\n"
   "\n"
   "Item                                      Qty   Unit Price   Basis                 Annual\n"
   "Pellucid EHR - Provider seat                5    $3,480.00   per provider/year   $17,400.00\n"
   "Pellucid EHR - Staff seat                  11      $420.00   per seat/year        $4,620.00\n"
   "E-prescribing (incl. controlled)            5      included   --                      $0.00\n"
   "AMA CPT royalty                            16        $0.00   included in subs        $0.00\n"
   "Claims via partner clearinghouse           --        $0.27   per claim             usage\n"
   "Implementation (remote)                     1    $4,250.00   one-time             $4,250.00\n"
   "Annual price escalator                     --         3.5%   from year 2              --\n"
   "\n"
   "Year-1 total (excluding usage)                                                  $26,270.00\n"),
  ("h", "Order notes"),
  ("cl", "1.", "This Order Form is governed by the Pellucid Subscription Terms at the version in effect on the Order Date."),
  ("cl", "2.", "The Pellucid EHR includes Current Procedural Terminology (CPT) codes and descriptors of the American Medical Association. Pellucid Charting LLC is an AMA-authorised distributor and pays the royalty owed to the AMA for Customer's provider and staff seats; the royalty is included in the seat prices above and will not be invoiced separately during the Term or any renewal."),
  ("cl", "3.", "Per-claim charges are billed monthly in arrears by Pellucid on behalf of its clearinghouse partner."),
  ("cl", "4.", "The annual price escalator applies to seat prices from the first anniversary."),
  ("cl", "5.", "Additional seats may be added at the unit prices above, prorated to the next anniversary."),
  ("sig", ["Pellucid Charting LLC", "Olentangy Sports Medicine, Inc."]),
 ], font="Helvetica", size="letter", ref="PC-25-0093"))

# ---------------------------------------------------------------- V3 Two-column EULA, sublicense grant, vendor bears royalties
A(doc("vc_twocol_eula_bears", "Saltgrass Software Cooperative", "vendor_covers", None,
 "Two-column end-user licence: Company sublicenses CPT under its AMA agreement and states that it bears all royalties owed to the AMA for Member's use; no CPT fee appears anywhere.",
 [("title", "END USER LICENSE AGREEMENT"),
  ("sub", "Saltgrass Software Cooperative - CoopChart"),
  ("p", "This End User License Agreement (\"EULA\") is between Saltgrass Software Cooperative (\"Company\") and the member practice that installs or accesses CoopChart (\"Member\"). Member's membership agreement with the cooperative remains separate."),
  ("h", "1. Grant"),
  ("p", "Company grants Member a non-exclusive, non-transferable licence to use CoopChart for Member's internal clinical and administrative purposes during Member's membership in good standing."),
  ("h", "2. Restrictions"),
  ("p", "Member shall not copy, modify, sublicense or distribute CoopChart; shall not reverse engineer it except as the law expressly permits; and shall not use it to provide services to non-members."),
  ("h", "3. Membership dues"),
  ("p", "CoopChart is made available as a benefit of membership. Member's annual dues, set by the cooperative's board, are the only charge for CoopChart. Optional services such as data conversion are quoted separately."),
  ("h", "4. CPT content"),
  ("p", "4.1 CoopChart contains Current Procedural Terminology (CPT), which is copyrighted by the American Medical Association (AMA). CPT is a registered trademark of the AMA."),
  ("p", "4.2 Company, as a party to a licence agreement with the AMA, grants Member a limited, non-exclusive, non-transferable sublicence to use CPT within CoopChart solely for Member's internal use in the United States. The sublicence ends when Company's agreement with the AMA ends, unless the AMA consents otherwise or Member takes a licence directly from the AMA."),
  ("p", "4.3 Company bears all royalties owed to the AMA in respect of Member's use of CPT in CoopChart. Those royalties are met from the cooperative's general funds."),
  ("p", "4.4 Member shall not make CPT publicly available, create derivative works of it, or provide it to any other entity, including an affiliate."),
  ("p", "4.5 CPT is provided as is. The AMA does not practise medicine or dispense medical services, and fee schedules and relative values are not part of CPT."),
  ("p", "4.6 Use of CPT by the U.S. Government is subject to the restricted-rights provisions of the applicable federal acquisition regulations."),
  ("h", "5. Updates"),
  ("p", "Company releases updates quarterly, including annual code updates in December. Member must install updates within sixty days of release to keep support."),
  ("h", "6. Warranty"),
  ("p", "Company will correct reproducible defects reported by Member. Otherwise CoopChart is provided without warranty to the extent the law allows."),
  ("h", "7. Liability"),
  ("p", "Company is not liable for indirect damages. Its aggregate liability is limited to one year's dues paid by Member."),
  ("h", "8. Term"),
  ("p", "This EULA lasts while Member remains a member. It ends automatically when membership ends, and Member must then stop using CoopChart, subject to a ninety-day read-only period for record retrieval."),
  ("h", "9. General"),
  ("p", "Vermont law governs. This EULA is the entire agreement about CoopChart. Saltgrass Software Cooperative, 14 Depot Square, Montpelier, VT 05602."),
 ], font="Helvetica", size="A4", cols=2, ref="CoopChart EULA 6"))

# ---------------------------------------------------------------- V4 Vendor covers, direct AMA prices quoted for comparison
A(doc("vc_faq_direct_comparison", "Juniper Row Health, Inc.", "vendor_covers", None,
 "Customer notice/FAQ incorporated into the subscription terms: Juniper Row pays the AMA royalty and includes it in the subscription; AMA direct prices (82.50 + 18.50 per user) appear only for comparison.",
 [("title", "CPT Licensing - Customer Notice"),
  ("sub", "Juniper Row Health, Inc. - incorporated into the Juniper Row Subscription Terms as Appendix 4 (rev. February 2025)"),
  ("h", "Why this notice?"),
  ("p", "Many practices have heard that the American Medical Association (AMA) is asking software users to pay for CPT codes. This appendix explains how CPT is handled in the Juniper Row platform and what, if anything, your practice must do."),
  ("h", "Who owns CPT?"),
  ("p", "Current Procedural Terminology is owned by the AMA. Any organisation that uses CPT in software needs a licence, either from the AMA or from a software company that is an AMA-authorised distributor."),
  ("h", "Is Juniper Row an authorised distributor?"),
  ("p", "Yes. Juniper Row Health, Inc. holds a distribution licence from the AMA covering the CPT content in our platform, and your subscription includes a sublicence to use it for your practice's internal purposes."),
  ("h", "Will we be charged a CPT fee?"),
  ("p", "No. Juniper Row pays the royalty owed to the AMA for every user of your account. The cost is included in your subscription price and will not appear as a separate line on your invoice, now or at renewal."),
  ("h", "What would a direct licence from the AMA cost?"),
  ("p", "For comparison only: the AMA's internal-use licence has been priced at an entity fee (the AMA stated $82.50 for 2024) plus a per-user royalty of $18.50 for 2025. You do not need a direct licence to use CPT within Juniper Row."),
  ("h", "Does this cover our other systems?"),
  ("p", "No. CPT licences are granted per application. If your practice uses CPT in a separate billing system or clearinghouse, check with that vendor."),
  ("h", "Do ICD-10 and HCPCS need a licence?"),
  ("p", "ICD-10-CM and HCPCS Level II files published by the federal government are free to use. Our platform includes them at no charge."),
  ("h", "Will you tell the AMA about us?"),
  ("p", "Our AMA agreement requires us to report user counts. We report totals and may disclose your practice's name if the AMA audits our reporting. The Subscription Terms permit this disclosure."),
  ("h", "Restrictions"),
  ("p", "You may not copy CPT out of the platform, publish it or share it with another legal entity, including an affiliate. The sublicence ends if our agreement with the AMA ends, unless you license CPT directly."),
  ("p", "Juniper Row Health, Inc., 500 Larimer Street, Denver, CO 80202 - compliance@juniperrow.example"),
 ], font="Times", size="letter", ref="JRH Subscription Terms, Appendix 4"))

# ---------------------------------------------------------------- V5 Billing service, company maintains licences at its sole expense
V, C = "Company", "Client"
A(doc("vc_billing_service_own_expense", "Saltmarsh Billing Group, Inc.", "vendor_covers", None,
 "Billing-service agreement: Company maintains at its sole expense all CPT licences needed for the Services, and Client staff using the portal are covered under Company's licence at no additional charge.",
 [("title", "REVENUE CYCLE MANAGEMENT AGREEMENT"),
  ("p", "Saltmarsh Billing Group, Inc. (\"Company\") and Low Country Pediatric Partners, LLC (\"Client\") agree as follows, effective August 1, 2025."),
  ("h", "1. Engagement"),
  ("p", "Client engages Company to provide coding review, claim submission, payment posting, denial management and patient statement services for Client's professional services (the \"Services\")."),
  ("h", "2. Systems"),
  ("cl", "2.1", "Company performs the Services on its own practice management and coding platform (the \"Company Platform\"). Client personnel may use a web portal to view claims, upload documents and run reports."),
  ("cl", "2.2", "Company shall obtain and maintain, at its sole expense, all licences to code sets and reference content required to perform the Services, including the licence for Current Procedural Terminology (CPT) from the American Medical Association. Client personnel who use the portal are covered under Company's licence at no additional charge to Client."),
  ("cl", "2.3", "Client remains responsible for licences for its own electronic health record and any other system not supplied by Company."),
  ("h", "3. Fees"),
  ("cl", "3.1", "Client shall pay Company 5.5% of collections on claims worked by Company, invoiced monthly."),
  ("cl", "3.2", "Patient statements are charged at $0.68 per statement mailed. Coding audits requested by Client are charged at $95.00 per hour."),
  ("cl", "3.3", "No other fee is payable for the Services unless agreed in writing."),
 ] + bps(["term", "termination", "confid", "baa", "compliance", "records", "insurance", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Saltmarsh Billing Group, Inc.", "Low Country Pediatric Partners, LLC"]),
 ], font="Helvetica", size="letter", ref="SBG-RCM-0801"))

# ---------------------------------------------------------------- V6 Amendment deleting the pass-through fee
V, C = "Vendor", "Practice"
A(doc("vc_amendment_absorbs", "Ironweed Medical Systems, Inc.", "vendor_covers", None,
 "Amendment No. 1 deletes the original 18.00-per-provider CPT royalty fee and states that from January 1, 2025 Vendor absorbs the AMA royalty within the subscription; the amended position is vendor covers.",
 [("title", "AMENDMENT NO. 1"),
  ("sub", "to the EHR Subscription Agreement dated May 10, 2023 between Ironweed Medical Systems, Inc. and Bear Creek Family Practice, P.C."),
  ("p", "This Amendment No. 1 is dated November 18, 2024 and is effective January 1, 2025 (the \"Amendment Effective Date\"). <b>Ironweed Medical Systems, Inc.</b> (\"Vendor\") and <b>Bear Creek Family Practice, P.C.</b> (\"Practice\") agree to amend the EHR Subscription Agreement (the \"Agreement\") as set out below."),
  ("h", "1. Background"),
  ("p", "Section 4.6 of the Agreement currently provides: \"Practice shall pay a CPT royalty fee of $18.00 per Provider per year, invoiced each January.\" In connection with the renewal described in Section 3 of this Amendment, the parties have agreed that Vendor will absorb that cost."),
  ("h", "2. CPT Royalty"),
  ("cl", "2.1", "Section 4.6 of the Agreement is deleted in its entirety with effect from the Amendment Effective Date."),
  ("cl", "2.2", "A new Section 4.6 is inserted: \"4.6 CPT Content. Vendor shall pay, without charge to Practice, all royalties owed to the American Medical Association for Practice's use of CPT content in the Services. Those royalties are included in the Subscription Fees.\""),
  ("cl", "2.3", "Any CPT royalty fee invoiced for periods before the Amendment Effective Date remains payable. No CPT royalty fee will be invoiced for any period on or after the Amendment Effective Date."),
  ("h", "3. Renewal"),
  ("p", "The term of the Agreement is extended to December 31, 2027. The Subscription Fee for each Provider is increased from $325.00 to $339.00 per month from the Amendment Effective Date, and will remain fixed through December 31, 2027."),
  ("h", "4. Other Terms"),
  ("p", "Except as set out in this Amendment, the Agreement is unchanged. In the event of conflict, this Amendment controls."),
  ("sig", ["Ironweed Medical Systems, Inc.", "Bear Creek Family Practice, P.C."]),
 ], font="Times", size="letter", ref="IMS Amendment 1"))

# ---------------------------------------------------------------- V7 Double negative, vendor covers
V, C = "Vendor", "Subscriber"
A(doc("vc_double_negative", "Kittiwake Systems Corporation", "vendor_covers", None,
 "Subscription terms with a double negative: AMA royalties 'are not excluded from' the fees and Subscriber shall at no time be invoiced for or liable to reimburse them; Vendor sublicenses CPT.",
 [("title", "SUBSCRIPTION TERMS AND CONDITIONS"),
  ("sub", "Kittiwake Systems Corporation - KittiwakePM"),
  ("p", "These Subscription Terms apply to each order for KittiwakePM accepted by Kittiwake Systems Corporation (\"Vendor\") from a medical practice (\"Subscriber\")."),
  ("h", "1. Subscription"),
  ("p", "Vendor grants Subscriber the right to access KittiwakePM during the subscription period for Subscriber's internal operations."),
  ("h", "2. Fees"),
  ("cl", "2.1", "Subscriber shall pay the fees stated in the order (the \"Fees\")."),
  ("cl", "2.2", "Fees are payable monthly in advance and are exclusive of taxes."),
  ("cl", "2.3", "Fees for optional services, such as custom report development and on-site training, are quoted separately."),
  ("h", "3. Code Content"),
  ("cl", "3.1", "KittiwakePM contains CPT codes and descriptors, which are copyrighted by the American Medical Association (\"AMA\"). Vendor is party to a licence agreement with the AMA and grants Subscriber a non-transferable sublicence to use that content within KittiwakePM only."),
  ("cl", "3.2", "Royalties payable to the AMA for Subscriber's use are not excluded from the Fees. At no time shall Subscriber be invoiced for, or be liable to reimburse Vendor for, any royalty owed to the AMA, and Vendor shall not add any such royalty to any order, renewal or invoice."),
  ("cl", "3.3", "Subscriber shall not provide CPT content to any third party and shall not remove any AMA copyright notice."),
 ] + bps(["term", "termination", "data", "confid", "baa", "warranty", "liability", "law", "misc"], 4, V, C) + [
 ], font="Courier", size="A4", ref="KPM-T&C 2025"))

# ---------------------------------------------------------------- V8 Two-column telehealth, per-visit trap
A(doc("vc_twocol_telehealth", "Palisade Virtual Care, Inc.", "vendor_covers", None,
 "Two-column telehealth terms: the platform includes CPT lookups and Palisade pays the AMA royalty with no charge to the Group; the 0.49 per-visit fee is a transaction fee, not a CPT fee.",
 [("title", "PALISADE VIRTUAL CARE"),
  ("sub", "Group Services Terms - Palisade Virtual Care, Inc."),
  ("p", "These terms govern the telehealth services that Palisade Virtual Care, Inc. (\"Palisade\") provides to a physician group (\"Group\") that signs a Palisade service order."),
  ("h", "1. Services"),
  ("p", "Palisade provides browser and app video visits, asynchronous e-visits, a patient intake workflow, visit documentation templates and a visit summary that can be sent to the Group's electronic record by direct messaging."),
  ("h", "2. Charges"),
  ("p", "2.1 Group pays a platform fee of $129.00 per clinician per month."),
  ("p", "2.2 Group pays a visit fee of $0.49 for each completed video visit and $0.25 for each completed e-visit. Visit fees are transaction charges that cover network and video infrastructure costs."),
  ("p", "2.3 Text-message reminders are included up to 1,000 per month; above that, $0.02 per message."),
  ("h", "3. Coding lookups"),
  ("p", "3.1 The visit documentation templates include lookups for ICD-10-CM diagnoses and for CPT procedure and evaluation and management codes so that clinicians can attach codes to the visit summary."),
  ("p", "3.2 Palisade distributes CPT under an agreement with the American Medical Association and grants Group a sublicence to use it within the Palisade services. Palisade pays the royalty due to the AMA for Group's clinicians and staff; no charge for CPT is made to Group under the service order or these terms."),
  ("p", "3.3 Group shall not extract CPT content from the services."),
  ("h", "4. Clinical responsibility"),
  ("p", "Group's clinicians are solely responsible for their clinical decisions, for determining that a telehealth visit is appropriate, and for complying with licensure rules in the patient's location."),
  ("h", "5. Privacy"),
  ("p", "Palisade acts as Group's business associate. The business associate agreement accepted with the service order applies to all patient information."),
  ("h", "6. Term"),
  ("p", "The initial term is twelve months and renews monthly thereafter. Either party may end the renewal period with thirty days' notice."),
  ("h", "7. Liability"),
  ("p", "Neither party is liable for indirect damages. Palisade's liability is capped at the fees paid in the prior twelve months."),
  ("h", "8. General"),
  ("p", "California law governs. Palisade Virtual Care, Inc., 1 Embarcadero Plaza, Suite 900, San Francisco, CA 94111."),
 ], font="Helvetica", size="letter", cols=2, ref="PVC Group Terms v3"))

# ---------------------------------------------------------------- V9 Lab compendium, lab pays
V, C = "Laboratory", "Client"
A(doc("vc_lab_compendium", "Ashgrove Diagnostics Laboratory, LLC", "vendor_covers", None,
 "Lab electronic-ordering agreement: the laboratory has obtained and pays for the licence to display CPT in its compendium and ordering portal, and no fee is payable by Client.",
 [("title", "ELECTRONIC ORDERING SERVICES AGREEMENT"),
  ("p", "This Agreement is made on February 3, 2025 between <b>Ashgrove Diagnostics Laboratory, LLC</b> (\"Laboratory\") and <b>Kettle River Medical Clinic</b> (\"Client\")."),
  ("h", "1. Ordering Tools"),
  ("cl", "1.1", "Laboratory will supply Client, without charge, with access to the Ashgrove Connect ordering portal, a specimen label printer on loan, and an HL7 results interface to Client's electronic health record."),
  ("cl", "1.2", "The Ashgrove Connect test compendium shows, for each test, the test name, specimen requirements, LOINC codes and the CPT codes under which Laboratory bills the test."),
  ("h", "2. Code Content"),
  ("cl", "2.1", "CPT is copyrighted by the American Medical Association. Laboratory has obtained, and pays for, the licence needed to display CPT codes and descriptors in the compendium and in Ashgrove Connect, including for Client's users. No fee is payable by Client for that content."),
  ("cl", "2.2", "Client shall use the compendium only to order tests from Laboratory and shall not copy the CPT content for any other purpose."),
  ("h", "3. Equipment"),
  ("p", "Loaned equipment remains Laboratory's property and must be returned on termination. Client will use it only for specimens sent to Laboratory."),
  ("h", "4. No Inducement"),
  ("p", "The ordering tools are provided only to facilitate ordering and reporting of Laboratory's tests and have no independent value to Client. Client will not use them for any other purpose."),
 ] + bps(["term", "termination", "baa", "confid", "compliance", "liability", "law", "misc"], 5, V, C) + [
  ("sig", ["Ashgrove Diagnostics Laboratory, LLC", "Kettle River Medical Clinic"]),
 ], font="Times", size="A4", ref="ADL-EOSA-25"))

# ---------------------------------------------------------------- V10 Exhibit overrides general body clause (precedence)
V, C = "Licensor", "Customer"
A(doc("vc_exhibit_precedence", "Brackenfield Software Holdings, Inc.", "vendor_covers", None,
 "Body says Customer pays any third-party content fees stated in an Order Form; Exhibit D (CPT Sublicense) says Licensor pays all AMA royalties and no CPT fee is charged; Section 15.2 gives Exhibits precedence; the order form has no CPT fee.",
 [("title", "LICENSE AND SUBSCRIPTION AGREEMENT"),
  ("p", "Between <b>Brackenfield Software Holdings, Inc.</b> (\"Licensor\") and <b>Hollins Gap Orthopedics, P.C.</b> (\"Customer\"), effective May 5, 2025."),
  ("h", "1. Definitions"),
  ("p", "\"Third-Party Content\" means data, code sets and reference content owned by third parties and made available with the Software. \"Exhibits\" means Exhibits A to D attached hereto. \"Order Form\" means Exhibit A and any later order signed by the parties."),
  ("h", "2. License"),
  ("p", "Licensor grants Customer a non-exclusive licence to use the Software for Customer's internal purposes during the term."),
  ("h", "3. Third-Party Content"),
  ("cl", "3.1", "Customer's use of Third-Party Content is subject to any terms required by its owner and set out in an Exhibit."),
  ("cl", "3.2", "Customer shall pay any fees for Third-Party Content stated in an Order Form."),
 ] + bps(["payment", "support", "data", "confid", "baa", "warranty", "liability", "indemnity", "term", "termination", "law"], 4, V, C) + [
  ("h", "15. Interpretation"),
  ("cl", "15.1", "This Agreement includes its Exhibits."),
  ("cl", "15.2", "If a provision of an Exhibit conflicts with a provision of the body of this Agreement, the provision of the Exhibit prevails."),
  ("pb",),
  ("h", "EXHIBIT A - ORDER FORM"),
  ("tbl", [["Item", "Quantity", "Fee (USD)"],
           ["Brackenfield Ortho PM/EHR", "7 providers", "395.00 per provider per month"],
           ["Imaging viewer integration", "1", "2,000.00 one-time"],
           ["Training (remote, 16 hours)", "1", "1,600.00 one-time"]], [0.45, 0.20, 0.35]),
  ("h", "EXHIBIT D - CPT SUBLICENSE TERMS"),
  ("cl", "D.1", "The Software contains Current Procedural Terminology (CPT) content of the American Medical Association (AMA). Licensor, as an AMA-authorised distributor, grants Customer a non-exclusive sublicence to use CPT within the Software for internal purposes in the United States."),
  ("cl", "D.2", "Licensor pays all royalties due to the AMA for Customer's use of CPT. No fee is charged to Customer for CPT, whether under an Order Form or otherwise."),
  ("cl", "D.3", "Customer shall not distribute CPT to any third party and consents to Licensor reporting its user count to the AMA."),
  ("sig", ["Brackenfield Software Holdings, Inc.", "Hollins Gap Orthopedics, P.C."]),
 ], font="Helvetica", size="letter", ref="BSH-LSA-HGO"))

# ---------------------------------------------------------------- V11 Reseller, fees include royalty
V, C = "Reseller", "Client"
A(doc("vc_reseller_included", "Foxtail Health Partners LLC", "vendor_covers", None,
 "White-label reseller agreement with a practice: the Reseller's all-inclusive per-provider fee includes the CPT content royalty, which the Reseller remits to the platform owner; no separate CPT charge.",
 [("title", "CLIENT SERVICES AGREEMENT"),
  ("sub", "Foxtail Health Partners LLC - Foxtail OneChart (powered by a third-party platform)"),
  ("p", "This Client Services Agreement is between <b>Foxtail Health Partners LLC</b> (\"Reseller\") and <b>Minnehaha Creek Internal Medicine, P.A.</b> (\"Client\"), effective June 1, 2025."),
  ("h", "1. White-Label Platform"),
  ("p", "Foxtail OneChart is a private-label edition of an electronic health record platform that Reseller licenses from its platform partner (the \"Platform Partner\"). Reseller configures, brands and supports Foxtail OneChart and is Client's sole point of contact. The Platform Partner is not a party to this Agreement."),
  ("h", "2. All-Inclusive Fee"),
  ("cl", "2.1", "Client shall pay Reseller an all-inclusive fee of $349.00 per provider per month (the \"Service Fee\")."),
  ("cl", "2.2", "The Service Fee includes hosting, support, upgrades, e-prescribing, the patient portal and all content licensed by Reseller or the Platform Partner for use in Foxtail OneChart, including the royalty for Current Procedural Terminology (CPT) content of the American Medical Association. Reseller remits that royalty to the Platform Partner, which accounts for it to the AMA. No separate charge for CPT will be made to Client."),
  ("cl", "2.3", "Reseller may increase the Service Fee once per year by up to 4% on sixty days' notice."),
  ("h", "3. Content Terms"),
  ("p", "Client receives, through Reseller, a sublicence to use CPT within Foxtail OneChart only. Client shall not extract CPT or provide it to any other entity. The sublicence ends if the Platform Partner's AMA distribution agreement ends and no replacement arrangement is made."),
 ] + bps(["term", "termination", "support", "data", "confid", "baa", "warranty", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Foxtail Health Partners LLC", "Minnehaha Creek Internal Medicine, P.A."]),
 ], font="Times", size="letter", ref="FHP-CSA-2025"))

# ---------------------------------------------------------------- V12 Order form footnote: includes royalty; yearly increase trap
A(doc("vc_orderform_footnote_included", "Larchmont Clinical Cloud, Inc.", "vendor_covers", None,
 "Renewal order form with yearly increases and a cap on subscription prices; the footnote on the provider licence line says it includes the AMA CPT royalty with no separate CPT charge.",
 [("title", "RENEWAL ORDER"),
  ("sub", "Larchmont Clinical Cloud, Inc.  |  Renewal Order LCC-R-7740  |  Dated September 30, 2025"),
  ("p", "<b>Customer:</b> Westchester Hand and Upper Extremity Surgeons, LLP<br/><b>Renewal Term:</b> January 1, 2026 to December 31, 2028<br/><b>Governing agreement:</b> Larchmont Cloud Services Agreement dated December 1, 2022"),
  ("tbl", [["Service", "Qty", "2026", "2027", "2028"],
           ["Larchmont EHR provider licence *", "9", "$4,140.00", "$4,305.60", "$4,477.82"],
           ["Larchmont EHR staff licence", "22", "$540.00", "$561.60", "$584.06"],
           ["Surgical scheduling module", "1", "$2,400.00", "$2,496.00", "$2,595.84"],
           ["Patient texting (per 1,000 messages)", "usage", "$18.00", "$18.00", "$18.00"]], [0.40, 0.10, 0.16, 0.17, 0.17]),
  ("p", "Prices shown are per unit per year, except the usage item, which is per 1,000 messages. Year-over-year increases are 4.0% and will not exceed that figure during the Renewal Term."),
  ("fn", "* Each provider licence includes the royalty payable to the American Medical Association for CPT content used by that provider and the staff assigned to that provider. There is no separate CPT charge. Larchmont Clinical Cloud, Inc. remains an AMA-authorised distributor for the Renewal Term."),
  ("h", "Renewal terms"),
  ("cl", "1.", "All terms of the governing agreement continue to apply to the Renewal Term."),
  ("cl", "2.", "Additional licences added during the Renewal Term are priced at the then-applicable annual price, prorated by month."),
  ("cl", "3.", "Customer may reduce the staff licence count by up to 10% at each anniversary."),
  ("sig", ["Larchmont Clinical Cloud, Inc.", "Westchester Hand and Upper Extremity Surgeons, LLP"]),
 ], font="Helvetica", size="A4", ref="LCC-R-7740"))

# ---------------------------------------------------------------- V13 Passive voice, Provider = vendor
V, C = "Provider", "Customer"
A(doc("vc_passive_provider_vendor", "Ravensworth Data Services, Inc.", "vendor_covers", None,
 "Hosted services agreement where 'Provider' is the vendor: in passive voice, all AMA royalties for CPT content furnished through the Service are paid by Provider and reflected in the Service Fee.",
 [("title", "HOSTED APPLICATION SERVICES AGREEMENT"),
  ("p", "This Agreement is between <b>Ravensworth Data Services, Inc.</b> (\"Provider\") and <b>Shenandoah Valley Gastroenterology, Ltd.</b> (\"Customer\"). In this Agreement \"Provider\" always refers to Ravensworth Data Services, Inc. and never to a health care provider; Customer's clinicians are called \"Clinicians\"."),
  ("h", "1. Service"),
  ("p", "Provider hosts and operates the Ravensworth GI practice management and endoscopy documentation application (the \"Service\") for Customer."),
  ("h", "2. Service Fee"),
  ("p", "A monthly Service Fee of $310.00 per Clinician is charged to Customer. The Service Fee is invoiced in advance and is fixed for the first twenty-four months."),
  ("h", "3. Licensed Code Content"),
  ("cl", "3.1", "Current Procedural Terminology (CPT) content is furnished through the Service under a distribution licence granted to Provider by the American Medical Association (AMA). A sublicence to use that content within the Service is hereby granted to Customer."),
  ("cl", "3.2", "All royalties payable to the AMA in respect of CPT content furnished through the Service are paid by Provider and are reflected in the Service Fee. No such royalty is invoiced to Customer."),
  ("cl", "3.3", "CPT content may not be copied from the Service or disclosed to any other entity."),
 ] + bps(["term", "termination", "support", "data", "security", "confid", "baa", "warranty", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Ravensworth Data Services, Inc.", "Shenandoah Valley Gastroenterology, Ltd."]),
 ], font="Times", size="letter", ref="RDS-HASA-2025"))


from common import baa, sla

def _extend(key, extra):
    for d in DOCS:
        if d["key"] == key:
            d["blocks"] = d["blocks"] + extra
            return
    raise KeyError(key)

_extend("vc_twocol_eula_bears", baa("Company", "Member", "APPENDIX - BUSINESS ASSOCIATE TERMS"))
_extend("vc_twocol_telehealth", baa("Palisade", "Group"))
_extend("vc_msa_defs_included", [("pb",)] + sla("Licensor", "Licensee", "SCHEDULE 2 - SERVICE LEVELS"))
