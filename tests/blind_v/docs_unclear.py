from common import D
from boiler import clauses

DOCS = []

# U1 draft TBD -----------------------------------------------------------------
V = "Brookhaven Ortho Systems, Inc."
DOCS.append(D("u01_draft_tbd", V, "unclear", None,
    "Draft order form whose CPT licence row reads 'TBD' with a bracketed note that sales must confirm whether the AMA royalty is included or billed separately.",
    [("title", "DRAFT - FOR DISCUSSION ONLY"),
     ("sub", "Brookhaven Ortho Systems, Inc. - Order Form (draft 2, 20 February 2026)"),
     ("p", "Brookhaven Ortho Systems, Inc., 801 Keel Street, Mystic, CT 06355. Customer: Thames River Orthopaedic and Sports Medicine, LLC."),
     ("table", [["Item", "Qty", "Price"],
                ["Brookhaven Ortho EHR - surgeon", "6", "$410 per surgeon per month"],
                ["Brookhaven Ortho EHR - PA / NP", "4", "$260 per user per month"],
                ["Imaging (PACS) connector", "1", "$350 per month"],
                ["AMA CPT licence", "10", "TBD"],
                ["Implementation", "1", "$12,000 one time"]], {"ruled": True, "widths": [3, 0.7, 2.5]}),
     ("p", "[<i>Note to draft - J. Ferris: Sales to confirm whether the AMA royalty is included in the subscription or billed separately, and at what rate. Do not send to customer until resolved.</i>]"),
     ("h", "Terms"),
     ("num", [("1.", "This Order Form is subject to the Brookhaven Master Subscription Agreement."),
              ("2.", "Subscription prices are fixed for the initial 36-month term."),
              ("3.", "Customer will receive a final version of this Order Form for signature.")])],
    header="Brookhaven Ortho Systems, Inc. - DRAFT Order Form", footer="DRAFT 2 - not an offer"))

# U2 draft alternatives -----------------------------------------------------------
V = "Marlpit Behavioral Software Inc."
DOCS.append(D("u02_draft_options", V, "unclear", None,
    "Draft behavioural-health licence with two bracketed, unselected alternatives for CPT (vendor bears the royalty vs customer reimburses $18 per user per year).",
    [("title", "SOFTWARE LICENCE AGREEMENT"),
     ("sub", "[DRAFT v0.3 - Marlpit comments 11 Feb 2026 - subject to contract]"),
     ("p", "Parties: Marlpit Behavioral Software Inc., 5 Chalk Pit Lane, Lexington, KY 40507 (\"Marlpit\") and Bluegrass Recovery Network, Inc. (\"Customer\")."),
     ("h", "1. Licence"),
     ("p", "Marlpit grants Customer a licence to use Marlpit Recovery EHR for its outpatient and residential programmes."),
     ("h", "2. Fees"),
     ("num", [("2.1", "Customer shall pay $58 per user per month."),
              ("2.2", "[<b>Option A</b>: Marlpit shall bear all royalties payable to the American Medical Association for CPT content in the Software, and the fees in clause 2.1 include them.]"),
              ("", "[<b>Option B</b>: Customer shall reimburse Marlpit for the AMA CPT royalty at $18.00 per user per year, invoiced each January.]"),
              ("", "[<i>Drafting note: commercial team to choose A or B. Customer has asked for A; Marlpit finance prefers B.</i>]"),
              ("2.3", "Fees may be increased annually by no more than 4%.")]),
     ("h", "3. General"),
     ("num", clauses(3, "Marlpit", "Customer", [0, 1, 2, 4, 7, 11], state="Kentucky", years="three"))],
    header="Marlpit Behavioral Software Inc. - DRAFT v0.3", footer="Subject to contract - privileged and confidential"))

# U3 conflicting exhibit no precedence -----------------------------------------------
V = "Orchard Lane Podiatry Systems LLC"
DOCS.append(D("u03_conflict_exhibit", V, "unclear", None,
    "Podiatry agreement whose body says fees include the AMA royalty while Exhibit B lists an AMA CPT royalty of $20 per user per year; there is no order-of-precedence clause.",
    [("title", "Orchard Lane Podiatry Systems LLC"),
     ("sub", "Subscription Agreement"),
     ("p", "This agreement is between Orchard Lane Podiatry Systems LLC, 27 Pippin Road, Hood River, OR 97031 (\"Orchard Lane\") and Columbia Gorge Foot Clinic, P.C. (\"Clinic\")."),
     ("num", [("1.", "<b>Service.</b> Orchard Lane provides its podiatry EHR and billing service as described in Exhibit A."),
              ("2.", "<b>Fees.</b> Clinic pays the fees in Exhibit B. The fees include the royalty payable to the American Medical Association for CPT codes in the service, and Orchard Lane is responsible for paying it."),
              ("3.", "<b>Payment.</b> Invoices are due in 30 days.")]),
     ("num", clauses(4, "Orchard Lane", "Clinic", [0, 1, 4, 7, 11, 12], state="Oregon", years="two")),
     ("break",),
     ("h", "Exhibit A - Service description"),
     ("p", "Podiatry charting with foot diagrams, diabetic foot exam templates, DME dispensing, claims and patient statements."),
     ("h", "Exhibit B - Fees"),
     ("table", [["Fee", "Amount"],
                ["Subscription", "$179 per user per month"],
                ["AMA CPT royalty", "$20.00 per user per year"],
                ["Statement printing", "$0.70 per statement"],
                ["Onboarding", "$750 one time"]], {"ruled": True, "widths": [2.5, 2.5]}),
     ("sig", ["Orchard Lane Podiatry Systems LLC", "Columbia Gorge Foot Clinic, P.C."])],
    header="Orchard Lane Podiatry Systems LLC - Subscription Agreement", footer="OLPS-SA-0412"))

# U4 question not answered -----------------------------------------------------------
V = "Cresthaven Telemedicine, Inc."
DOCS.append(D("u04_email_unanswered", V, "unclear", None,
    "E-mail thread where the practice asks who pays for the CPT licence and the vendor's latest reply answers other questions and says legal will get back on CPT.",
    [("title", "E-mail thread (printed)"),
     ("mono", "From:    Tessa Lindqvist <tlindqvist@cresthaven.example>\nTo:      Raymond Obi <robi@prairiewindpeds.example>\nDate:    Thursday 5 March 2026, 2:18 PM\nSubject: RE: Cresthaven contract questions"),
     ("p", "Hi Raymond, answers in order: (1) Yes, the $45 per clinician per month price is locked for 24 months. (2) Interpreter services are $1.90 per minute and billed to the practice. (3) On CPT, I honestly don't know whether that's on us or on you - I've asked our legal team and will come back to you next week. (4) Go-live can be 1 April if we have the signed contract by 15 March."),
     ("p", "Tessa Lindqvist, Partnerships, Cresthaven Telemedicine, Inc."),
     ("mono", "-----Original message-----\nFrom:    Raymond Obi <robi@prairiewindpeds.example>\nDate:    Wednesday 4 March 2026, 10:05 AM\nSubject: Cresthaven contract questions"),
     ("p", "Hi Tessa, before we sign, four questions: (1) Is the price fixed? (2) How are interpreters charged? (3) Your visit notes show CPT codes and descriptions. Does Cresthaven pay the AMA for that, or do we need our own licence, or will you bill us for it? The contract doesn't say. (4) Earliest go-live? Thanks, Raymond Obi, Practice Manager, Prairie Wind Pediatrics")],
    header="Cresthaven Telemedicine, Inc. - correspondence", footer="Printed 6 March 2026"))

# U5 FAQ depends on plan --------------------------------------------------------------
V = "Driftwood Practice Cloud, Inc."
DOCS.append(D("u05_faq_depends", V, "unclear", None,
    "Vendor FAQ saying whether the AMA CPT fee is included or billed depends on the customer's contract, without identifying the reader's plan or giving a rule.",
    [("title", "Driftwood Practice Cloud, Inc."),
     ("sub", "Frequently asked questions - AMA CPT fees"),
     ("h", "Why are some practices talking about AMA fees?"),
     ("p", "The American Medical Association owns CPT and requires a licence for its use in software. Software companies handle this in different ways."),
     ("h", "Is the AMA CPT fee included in my Driftwood subscription?"),
     ("p", "It depends on your contract. Some Driftwood agreements include CPT in the subscription, some bill an annual CPT line item, and some customers who came to us through acquisitions hold their own AMA licence. Your account manager can tell you which arrangement applies to you."),
     ("h", "How much is the CPT line item where it applies?"),
     ("p", "It follows the rate in the relevant agreement and may differ between customers."),
     ("h", "Will this change in 2026?"),
     ("p", "We are reviewing all arrangements and expect to publish a single policy later in the year."),
     ("h", "What do Driftwood plans cost?"),
     ("p", "Driftwood Essentials is $99 per user per month; Driftwood Complete is $149 per user per month."),
     ("p", "Driftwood Practice Cloud, Inc. - 90 Jetty Road, Newport, RI 02840 - support@driftwoodpc.example")],
    size=10.5, header="Driftwood Practice Cloud, Inc. - Help Center", footer="help.driftwoodpc.example/ama"))

# U6 both boxes ticked ------------------------------------------------------------------
V = "Saltmarsh Anesthesia Software LLC"
DOCS.append(D("u06_both_boxes", V, "unclear", None,
    "Master terms make CPT treatment depend on which order-form box is marked, and the order form marks both 'Included' and 'Pass-through' (rate blank), with no rule to resolve it.",
    [("title", "Saltmarsh Anesthesia Software LLC"),
     ("sub", "Master Terms (extract) and Order Form SAS-1029"),
     ("p", "Saltmarsh Anesthesia Software LLC, 3 Cordgrass Court, Wilmington, DE 19801 (\"Saltmarsh\")."),
     ("h", "Master Terms, Section 6 - CPT content"),
     ("num", [("6.1", "Where the Order Form marks CPT as \"Included\", Saltmarsh supplies the CPT licence as part of the subscription at no extra charge."),
              ("6.2", "Where the Order Form marks CPT as \"Pass-through\", Customer pays the AMA royalty at the rate shown in the Order Form."),
              ("6.3", "Where the Order Form marks neither, Customer must license CPT directly from the American Medical Association.")]),
     ("h", "Order Form SAS-1029"),
     ("table", [["Customer", "Delmarva Anesthesia Group, P.A."],
                ["Products", "Saltmarsh AIMS and Saltmarsh Charge Capture"],
                ["Users", "26 (anesthesiologists and CRNAs)"],
                ["Subscription", "$132 per user per month"],
                ["CPT content", "[X] Included     [X] Pass-through at $_____ per ________"],
                ["Term", "36 months from 1 May 2026"]], {"ruled": True, "header": False, "widths": [1.4, 4]}),
     ("p", "Signed for Saltmarsh: K. Abernethy, VP Sales. Signed for Customer: L. Moreau, Administrator. Date: 18 March 2026."),
     ("sig", ["Saltmarsh Anesthesia Software LLC", "Delmarva Anesthesia Group, P.A."])],
    header="Saltmarsh Anesthesia Software LLC", footer="Order Form SAS-1029"))

# U7 renewal TBD decision -----------------------------------------------------------------
V = "Greywacke Rehab Cloud, Inc."
DOCS.append(D("u07_renewal_undecided", V, "unclear", None,
    "Renewal notice stating the vendor has not yet decided whether the 2026 AMA CPT royalty will be absorbed or passed through; subscription increase and cap are the hard negatives.",
    [("title", "Renewal notice - 2026"),
     ("p", "Greywacke Rehab Cloud, Inc. - 400 Slate Quarry Road, Rutland, VT 05701 - accounts@greywacke.example"),
     ("p", "Customer: Green Mountain Physical Therapy and Hand Clinic, Inc. - Contract GRC-556"),
     ("p", "Your contract renews on 1 July 2026 for one year."),
     ("table", [["Item", "Now", "From 1 July 2026"],
                ["Therapist seat (per user per month)", "$72.00", "$74.88"],
                ["Support staff seat (per user per month)", "$24.00", "$24.96"],
                ["Telehealth add-on (per clinic per month)", "$60.00", "$60.00"],
                ["AMA CPT royalty", "Not charged", "To be determined"]], {"ruled": False, "widths": [3.4, 1.2, 1.6]}),
     ("p", "The 4% seat increase is within the cap in Section 8 of your contract."),
     ("p", "<b>About the AMA CPT royalty.</b> Our licence arrangements with the American Medical Association are being renegotiated. We have not yet decided whether Greywacke will continue to absorb the CPT royalty from 1 July or pass it through to customers, or at what rate. We will write to you before 1 June with our decision."),
     ("p", "If you do not want to renew, tell us in writing by 1 June 2026.")],
    header="Greywacke Rehab Cloud, Inc. - Renewal Notice", footer="RN-GRC-556"))

# U8 internal conflict -----------------------------------------------------------------------
V = "Lindenhall Chiropractic Software, Inc."
DOCS.append(D("u08_internal_conflict", V, "unclear", None,
    "Chiropractic licence in which clause 4.2 says the vendor pays the AMA royalty while clause 9.3 requires the customer to obtain its own AMA licence; no precedence rule.",
    [("title", "LICENSE AGREEMENT"),
     ("p", "Lindenhall Chiropractic Software, Inc., 16 Linden Row, Frederick, MD 21701 (\"Licensor\") and Catoctin Chiropractic Center, LLC (\"Licensee\")."),
     ("h", "1. Grant"),
     ("p", "Licensor grants Licensee a non-exclusive licence to use the Lindenhall ChiroNotes software for Licensee's clinic."),
     ("h", "4. Fees"),
     ("num", [("4.1", "Licensee pays $115 per doctor per month."),
              ("4.2", "Licensor pays the American Medical Association the royalty for CPT codes and descriptors used in ChiroNotes. No separate CPT fee applies.")]),
     ("h", "5. Support"),
     ("p", "Licensor provides support and updates, including annual code set updates, during the term."),
     ("num", clauses(6, "Licensor", "Licensee", [1, 3, 4], state="Maryland", years="two")),
     ("h", "9. Licensee obligations"),
     ("num", [("9.1", "Licensee shall keep its hardware and browsers at the supported versions."),
              ("9.2", "Licensee shall ensure each user has a unique log-in."),
              ("9.3", "Licensee shall obtain, at its own expense, a licence from the American Medical Association for the use of CPT by its personnel within ChiroNotes, and shall keep it in force throughout the term.")]),
     ("num", clauses(10, "Licensor", "Licensee", [7, 11, 12], state="Maryland", years="two")),
     ("sig", ["Lindenhall Chiropractic Software, Inc.", "Catoctin Chiropractic Center, LLC"])],
    font="times", header="Lindenhall Chiropractic Software, Inc. - License Agreement", footer="LCS-LA-0734"))

# U9 amendment deletes, replacement to be agreed -------------------------------------------
V = "Palisade Dermatology Informatics, Inc."
DOCS.append(D("u09_amend_to_agree", V, "unclear", None,
    "Amendment deleting the original CPT royalty clause and saying replacement CPT terms are to be agreed in writing later, leaving CPT responsibility open.",
    [("title", "AMENDMENT NO. 1"),
     ("p", "Palisade Dermatology Informatics, Inc., 250 Cliffside Avenue, Fort Lee, NJ 07024 (\"Palisade\") and Hudson Heights Dermatology, P.C. (\"Client\") amend their Services Agreement dated April 1, 2024 (\"Agreement\") as follows, effective January 1, 2026."),
     ("num", [("1.", "Section 7.2 of the Agreement (CPT royalty of $17.50 per user per year payable by Client) is deleted."),
              ("2.", "The parties will negotiate in good faith and agree in writing replacement terms on the licensing of CPT content in the Services, including which party is responsible for obtaining and paying for any licence from the American Medical Association. Until then, the parties reserve their positions."),
              ("3.", "Section 4.1 is amended so that the subscription fee is $205 per provider per month."),
              ("4.", "The Mohs mapping module is added at no charge."),
              ("5.", "All other provisions of the Agreement remain in effect.")]),
     ("sig", ["Palisade Dermatology Informatics, Inc.", "Hudson Heights Dermatology, P.C."])],
    header="Palisade Dermatology Informatics, Inc. - Amendment No. 1", footer="PDI-SA-2024-19-A1"))

# U10 letter open question ---------------------------------------------------------------------
V = "Kingfisher Valley MSO, LLC"
DOCS.append(D("u10_letter_open", V, "unclear", None,
    "Hospital-affiliated MSO letter noting the expired agreement had the MSO paying for CPT, the new agreement is silent, and the question is deferred to the next quarterly review.",
    [("p", "Kingfisher Valley MSO, LLC<br/>1 Riverside Medical Plaza, Suite 300<br/>Chillicothe, OH 45601"),
     ("p", "April 3, 2026"),
     ("p", "Dr. Samuel Reyes<br/>Scioto Valley Cardiology, Inc."),
     ("p", "<b>Re: Follow-up to our March operating committee meeting</b>"),
     ("p", "Dear Dr. Reyes,"),
     ("p", "Thank you for meeting with us on March 27. This letter records where we landed on the points you raised about the new Services Agreement that took effect on January 1."),
     ("num", [("1.", "<b>Staffing.</b> The MSO will add a second prior-authorisation specialist for your practice from May 1."),
              ("2.", "<b>Reporting.</b> Monthly dashboards will now include denial rates by payer."),
              ("3.", "<b>CPT licensing.</b> Under the 2021 agreement, which expired on December 31, the MSO paid the AMA licence for CPT in the shared EHR. The new Services Agreement does not address CPT licensing. The MSO has not agreed to continue paying it, and we have not asked your practice to pay it or to obtain its own licence. The committee agreed this question remains open and will be taken up at the next quarterly review in July."),
              ("4.", "<b>Fees.</b> The management fee remains $3,100 per physician per month.")]),
     ("p", "Please let me know if this does not match your notes."),
     ("p", "Sincerely,"),
     ("p", "Grace Whitfield<br/>Executive Director<br/>Kingfisher Valley MSO, LLC")],
    font="times", size=10.5, header="Kingfisher Valley MSO, LLC", footer="Operating committee follow-up"))
