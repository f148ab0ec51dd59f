"""Shared helpers and generic (non-CPT) boilerplate for the blind_p test set.

All text here is original wording written for this test set.
Block types understood by build.py:
  ("title", text) ("sub", text) ("h", text) ("p", text) ("cl", num, text)
  ("tbl", rows, widths_or_None) ("pre", text) ("fn", text) ("pb",) ("sp", pts)
  ("sig", [left_party, right_party]) ("small", text)
"""

BOILER = {
"term": ("Term and Renewal",
 "This Agreement starts on the Effective Date and runs for the Initial Term stated in the first Order Form. "
 "Afterwards it renews for successive twelve-month periods unless either party gives written notice of "
 "non-renewal at least sixty (60) days before the end of the then-current term. Renewal pricing is governed "
 "by the Order Form in effect at the time of renewal."),
"termination": ("Termination",
 "Either party may terminate this Agreement if the other party materially breaches it and does not cure the "
 "breach within thirty (30) days after receiving written notice describing it. {V} may suspend access, "
 "after notice, while any undisputed invoice remains unpaid for more than forty-five (45) days. Upon "
 "termination, all licences granted under this Agreement end, and each party shall return or destroy the "
 "other party's Confidential Information, except as retention is required by law."),
"confid": ("Confidentiality",
 "Each party will protect the non-public information of the other party that is marked or reasonably "
 "understood to be confidential (\"Confidential Information\") with at least the care it uses for its own "
 "similar information, and never with less than reasonable care. Confidential Information may be disclosed "
 "only to employees, contractors and advisers who need it for this Agreement and who are bound by duties of "
 "confidence at least as protective as these. These obligations do not apply to information that is public "
 "through no fault of the recipient, was already lawfully known to it, or is independently developed."),
"baa": ("Protected Health Information",
 "To the extent {V} creates, receives, maintains or transmits protected health information on behalf of "
 "{C}, the parties shall comply with the business associate addendum attached to or referenced in the Order "
 "Form, which is incorporated by reference. If that addendum and this Agreement conflict on the handling of "
 "protected health information, the addendum controls on that subject."),
"warranty": ("Limited Warranty; Disclaimer",
 "{V} warrants that the Service will perform materially in accordance with the Documentation during the "
 "term. {C}'s exclusive remedy for breach of this warranty is correction of the non-conformity or, if "
 "correction is not commercially practicable, termination of the affected Order Form and a refund of prepaid "
 "fees for the unused period. EXCEPT AS EXPRESSLY STATED IN THIS SECTION, THE SERVICE IS PROVIDED WITHOUT "
 "WARRANTIES OF ANY KIND, WHETHER EXPRESS, IMPLIED OR STATUTORY, INCLUDING WARRANTIES OF MERCHANTABILITY, "
 "FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT. Clinical decisions remain the sole responsibility of "
 "{C}'s licensed professionals."),
"liability": ("Limitation of Liability",
 "NEITHER PARTY WILL BE LIABLE FOR INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR "
 "LOST PROFITS OR REVENUE, EVEN IF ADVISED OF THEIR POSSIBILITY. EACH PARTY'S TOTAL LIABILITY ARISING OUT OF "
 "THIS AGREEMENT WILL NOT EXCEED THE FEES PAID OR PAYABLE BY {C} IN THE TWELVE (12) MONTHS BEFORE THE EVENT "
 "GIVING RISE TO THE CLAIM. These limits do not apply to a party's indemnity obligations or to breach of its "
 "confidentiality obligations."),
"indemnity": ("Intellectual Property Indemnity",
 "{V} will defend {C} against any third-party claim that the Service, as delivered by {V}, infringes a "
 "United States patent, copyright or trademark, and will pay damages and costs finally awarded or agreed in "
 "settlement. This obligation does not cover claims caused by {C}'s data, by combinations with items not "
 "supplied by {V}, or by modifications not made by {V}. {C} must give prompt notice of the claim, "
 "reasonable cooperation and sole control of the defence."),
"law": ("Governing Law; Disputes",
 "This Agreement is governed by the laws of the State named in the Order Form, without regard to its "
 "conflict-of-laws rules. The parties will first try to resolve any dispute through discussions between "
 "senior managers for thirty (30) days. Either party may then bring proceedings in the state or federal "
 "courts located in that State, and each party consents to their jurisdiction."),
"notices": ("Notices",
 "Notices under this Agreement must be in writing and are effective when delivered by hand, by recognised "
 "courier or by e-mail with confirmation of transmission, to the addresses set out on the signature page or "
 "later designated by notice. Routine operational communications may be sent through the Service's "
 "administrator console."),
"assign": ("Assignment",
 "Neither party may assign this Agreement without the other party's prior written consent, which will not "
 "be unreasonably withheld, except that either party may assign it without consent to a successor to all or "
 "substantially all of its business or assets to which this Agreement relates. Any other attempted "
 "assignment is void."),
"force": ("Force Majeure",
 "Neither party is responsible for delay or failure caused by events beyond its reasonable control, such as "
 "natural disasters, acts of government, labour disputes not involving its own employees, or failures of "
 "public utilities or the internet, provided it uses reasonable efforts to resume performance. Payment "
 "obligations are not excused by this Section."),
"misc": ("General",
 "This Agreement, together with its Order Forms, exhibits and addenda, is the complete agreement of the "
 "parties on its subject matter and supersedes prior proposals and discussions. It may be amended only in a "
 "writing signed by both parties. If any provision is held unenforceable, the rest remains in effect. A "
 "waiver of one breach is not a waiver of any other. This Agreement may be signed in counterparts, "
 "including by electronic signature."),
"support": ("Support and Service Levels",
 "{V} will provide telephone and ticket support during business hours (8:00 a.m. to 6:00 p.m. Eastern, "
 "Monday to Friday, excluding federal holidays) and will use commercially reasonable efforts to make the "
 "Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at "
 "least forty-eight hours in advance. If availability falls below that level, {C} may request a service "
 "credit equal to five percent (5%) of that month's subscription fee for each full percentage point of "
 "shortfall, up to fifty percent (50%)."),
"data": ("Customer Data",
 "As between the parties, {C} owns all data that it or its users enter into the Service (\"Customer "
 "Data\"). {V} may use Customer Data only to provide and support the Service and as required by law, and "
 "may create de-identified, aggregated statistics that do not identify {C} or any patient. For thirty "
 "(30) days after termination, {V} will make Customer Data available for export in a commonly used format, "
 "after which it may delete it."),
"security": ("Security",
 "{V} maintains administrative, physical and technical safeguards designed to protect Customer Data, "
 "including encryption in transit and at rest, role-based access controls, logging, and annual third-party "
 "penetration testing. {V} will notify {C} without unreasonable delay, and in any case within the period "
 "required by law, after confirming a security incident affecting Customer Data."),
"payment": ("Invoices and Payment",
 "Unless an Order Form states otherwise, invoices are issued annually in advance and are due within thirty "
 "(30) days of the invoice date. Overdue amounts bear interest at the lesser of one percent (1%) per month "
 "or the highest lawful rate. Fees exclude sales, use and similar taxes, which {C} will pay except for taxes "
 "on {V}'s income. {C} may withhold an amount disputed in good faith if it gives written notice of the "
 "dispute before the due date."),
"oss": ("Third-Party Software Components",
 "The Service incorporates certain open-source libraries and commercial software components, a list of "
 "which is available on request. Such components are licensed to {C} under the terms of their respective "
 "licences to the extent those terms are required to be passed through, and otherwise under this "
 "Agreement. Nothing in those licences restricts {C}'s rights under this Agreement."),
"insurance": ("Insurance",
 "During the term, {V} will carry commercial general liability insurance, technology errors and omissions "
 "insurance and cyber liability insurance, each with limits of not less than two million dollars "
 "($2,000,000) per claim, and will provide certificates of insurance on written request."),
"nonsolicit": ("Non-Solicitation",
 "During the term and for twelve (12) months afterwards, neither party will knowingly solicit for "
 "employment any employee of the other party who was directly involved in performing this Agreement. "
 "General advertisements not targeted at the other party's staff are not solicitation."),
"compliance": ("Compliance; Excluded Persons",
 "Each party will comply with the laws that apply to its performance under this Agreement. Each party "
 "represents that neither it nor any of its personnel performing under this Agreement is excluded from "
 "participation in any federal health care program, and will notify the other party promptly if that "
 "changes."),
"training": ("Implementation and Training",
 "{V} will provide the implementation services and training hours described in the Order Form. Additional "
 "training is available at {V}'s then-current professional services rates. {C} will designate a project "
 "lead, make its personnel reasonably available and supply accurate practice set-up information, including "
 "provider identifiers, locations and payer enrolments."),
"acceptable": ("Acceptable Use",
 "{C} will not, and will not permit anyone to: (a) resell or make the Service available to any third party "
 "except as expressly permitted; (b) reverse engineer or copy the Service; (c) interfere with its operation "
 "or security; (d) use it to store or transmit unlawful material; or (e) access it to build a competing "
 "product. {C} is responsible for its users' compliance with this Section and for keeping credentials "
 "secure."),
"feedback": ("Feedback",
 "If {C} provides suggestions or feedback about the Service, {V} may use them without restriction or "
 "obligation, provided that {V} does not identify {C} as their source without consent."),
"export": ("Export; Location of Use",
 "{C} will not export or permit access to the Service from outside the United States except as permitted "
 "by applicable export laws and by the Documentation. Offshore support by {V} personnel, if any, is subject "
 "to the restrictions stated in the business associate addendum."),
"records": ("Records and Audit",
 "Each party will keep accurate books and records relating to the fees payable under this Agreement for at "
 "least three (3) years. Upon thirty (30) days' notice and not more than once per year, either party may "
 "have those records reviewed by an independent accountant bound by confidentiality, at the requesting "
 "party's cost, unless the review reveals an error of more than five percent (5%) in the reviewing party's "
 "disfavour."),
}


def bp(key, num, V, C, style="h"):
    """Return blocks for a generic clause numbered `num` with party names substituted."""
    title, text = BOILER[key]
    text = text.replace("{V}", V).replace("{C}", C)
    if style == "h":
        return [("h", f"{num}. {title}"), ("p", text)]
    return [("cl", f"{num}.", f"<b>{title}.</b> {text}")]


def bps(keys, start, V, C, style="h"):
    out = []
    n = start
    for k in keys:
        out += bp(k, n, V, C, style)
        n += 1
    return out


def doc(key, vendor, coverage, fee, desc, blocks, font="Helvetica", size="letter", cols=1, ref=None):
    return dict(key=key, vendor=vendor, coverage=coverage, fee=fee, desc=desc, blocks=blocks,
                font=font, size=size, cols=cols, ref=ref or "")


def fee(amount, unit, period):
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


def baa(V, C, title="BUSINESS ASSOCIATE ADDENDUM", pb=True):
    """A generic business associate addendum (original wording), used to give documents realistic bulk."""
    paras = [
        ("1. Scope", "This Addendum applies whenever {V} creates, receives, maintains or transmits protected health "
         "information (\"PHI\") for or on behalf of {C}. Terms used but not defined here have the meanings given in "
         "the HIPAA Rules at 45 C.F.R. Parts 160 and 164."),
        ("2. Permitted uses", "{V} may use and disclose PHI only to perform its obligations under the Agreement, for its "
         "proper management and administration, to carry out its legal responsibilities, and as required by law. "
         "{V} will limit its uses and disclosures to the minimum necessary."),
        ("3. Safeguards", "{V} will implement administrative, physical and technical safeguards that comply with the "
         "Security Rule for electronic PHI and will otherwise use appropriate safeguards to prevent uses or "
         "disclosures not permitted by this Addendum."),
        ("4. Reporting", "{V} will report to {C} any use or disclosure not permitted by this Addendum, any security "
         "incident of which it becomes aware, and any breach of unsecured PHI, in the last case within ten (10) "
         "business days after discovery, with the information {C} needs to meet its own notice obligations. Pings, "
         "port scans and other unsuccessful attempts are reported in aggregate on request."),
        ("5. Subcontractors", "{V} will require each subcontractor that handles PHI to agree in writing to restrictions "
         "and conditions at least as strict as those in this Addendum."),
        ("6. Individual rights", "{V} will make PHI in a designated record set available to {C} for access and "
         "amendment requests, and will keep the information needed for an accounting of disclosures, within the "
         "time frames that allow {C} to respond under the Privacy Rule."),
        ("7. Books and records", "{V} will make its internal practices, books and records relating to PHI available to "
         "the Secretary of Health and Human Services for determining compliance with the HIPAA Rules."),
        ("8. Term and return", "This Addendum lasts as long as {V} holds PHI. On termination of the Agreement, {V} will "
         "return or destroy PHI where feasible; where not feasible, the protections of this Addendum continue for as "
         "long as {V} retains it."),
        ("9. Interpretation", "Any ambiguity in this Addendum will be resolved in favour of a meaning that permits "
         "compliance with the HIPAA Rules. This Addendum does not create rights for any third party."),
    ]
    out = [("pb",)] if pb else []
    out.append(("h", title))
    for t, x in paras:
        out.append(("p", "<b>%s.</b> %s" % (t.split(". ", 1)[1], x.replace("{V}", V).replace("{C}", C))))
    return out


def sla(V, C, title="SCHEDULE - SERVICE LEVELS AND SUPPORT"):
    rows = [["Severity", "Description", "Response", "Target resolution"],
            ["1 - Critical", "Service unavailable or patient-safety risk", "1 hour", "8 hours"],
            ["2 - High", "Major function impaired, no workaround", "4 hours", "2 business days"],
            ["3 - Medium", "Function impaired, workaround exists", "1 business day", "10 business days"],
            ["4 - Low", "Questions, cosmetic issues, enhancement requests", "2 business days", "next release"]]
    return [("h", title),
            ("p", "%s will classify each support request reported by %s using the table below. Response times run "
                  "from the time the request is logged in the support portal or by telephone." % (V, C)),
            ("tbl", rows, [0.17, 0.43, 0.18, 0.22]),
            ("p", "Scheduled maintenance is performed outside 7:00 a.m. to 7:00 p.m. local time on business days. "
                  "Emergency maintenance may be performed at any time with as much notice as practicable. Service "
                  "credits are %s's sole remedy for failure to meet availability commitments." % C)]
