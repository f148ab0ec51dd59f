"""The long sample: an enterprise agreement of 80+ pages with its CPT terms in the middle.

The main agreement and Schedule C (the CPT sublicense) are written out; the other schedules are
generated from the facts in _longform_data.py with a seeded random.Random, so the text varies
from module to module but is the same on every build.
"""

from __future__ import annotations

import random

from _longform_data import (
    CLINIC_AREAS,
    CLINIC_SERVICES,
    CONVERSION,
    GLOSSARY,
    INTERFACES,
    MILESTONES,
    MODULES,
    PHASES,
    RACI,
    REGULATIONS,
    SECURITY_DOMAINS,
    SEVERITIES,
    STREETS,
    TRAINING_FORMATS,
)
from _render import Theme
from _spec import Contract, join, terms

VENDOR = "Stonebridge Health Technologies Corporation"

USER_DEFINITION = (
    '"Authorized User" means any individual who accesses or uses the Licensed Software, or any '
    "output of the Licensed Software, in the course of work performed for Health System, "
    "including physicians, non-physician practitioners, coders, billers, schedulers and "
    "front-desk staff."
)

COVER = """
= ENTERPRISE LICENSE AND SERVICES AGREEMENT

== Agreement No. SHT-ELSA-2025-0031

This Enterprise License and Services Agreement (the "Agreement") is made by and between
Stonebridge Health Technologies Corporation, a Delaware corporation with its principal place of
business at 700 Commerce Parkway, Nashville, Tennessee 37203 ("Supplier"), and Riverbend
Physician Partners, P.A., a Tennessee professional association with its principal place of
business at 2100 West End Avenue, Nashville, Tennessee 37203 ("Health System").

|~ 2 | 5 |
| Cover sheet | |
| Effective Date | January 1, 2025 |
| Initial Term | Sixty (60) months from the Effective Date |
| Renewal | Successive twelve (12) month renewal terms, as set out in Article 10 |
| Non-renewal notice | One hundred twenty (120) days before the end of the then-current term |
| Licensed Software | Stonebridge Enterprise Ambulatory Suite, modules listed in Schedule A |
| Licensed Affiliates | Riverbend Ambulatory Surgery Center, LLC; Riverbend Imaging, LLC |
| Supplier notices | General Counsel, 700 Commerce Parkway, Nashville, TN 37203 |
| Health System notices | Chief Legal Officer, 2100 West End Avenue, Nashville, TN 37203 |

## Contents

|~ 1 | 5 |
| Part | Title |
| Articles 1-31 | Main terms |
| Schedule A | Licensed Software and Modules |
| Schedule B | Fees and Payment Schedule |
| Schedule C | Third-Party Content and CPT Sublicense |
| Schedule D | Implementation Statement of Work |
| Schedule E | Service Level Agreement |
| Schedule F | Support and Maintenance |
| Schedule G | Information Security Requirements |
| Schedule H | Business Associate Agreement |
| Schedule I | Interfaces |
| Schedule J | Business Continuity and Disaster Recovery |
| Schedule K | Acceptable Use Policy |
| Schedule L | Insurance Requirements |
| Schedule M | Regulatory Responsibility Matrix |
| Exhibits 1-4 | Change Order, Acceptance Certificate, Key Personnel, Training Curriculum |
| Exhibits 5-7 | Clinic Locations, Data Conversion Specifications, Security Questionnaire |
| Exhibits 8-11 | Officer's Certificate, Disaster Recovery Test Report, Glossary, Milestones |

@pagebreak
"""

DEFINITIONS = [
    '"Acceptance" means Health System\'s written confirmation, in the form of Exhibit 2, that a '
    "Deliverable or module meets its acceptance criteria.",
    '"Affiliate" means any entity that controls, is controlled by or is under common control with '
    "a party, where control means the power to direct its management and policies.",
    USER_DEFINITION,
    '"Business Day" means any day other than a Saturday, Sunday or federal holiday in the United '
    "States.",
    '"Change Order" means a written document in the form of Exhibit 1 that changes the scope, '
    "schedule or fees of any Services.",
    '"Contract Year" means each period of twelve months beginning on the Effective Date or on an '
    "anniversary of it.",
    '"Deliverable" means any document, configuration, interface, report or other item that '
    "Supplier is required to deliver under a Statement of Work.",
    '"Documentation" means the user manuals, release notes, technical specifications and online '
    "help that Supplier makes available for the Licensed Software.",
    '"Go-Live" means the first use of a module of the Licensed Software in production for patient '
    "care or billing at any clinic.",
    '"Health System Data" means all data, including protected health information, that Health '
    "System or its Authorized Users enter into, upload to or create with the Licensed Software.",
    '"Hosting Services" means Supplier\'s hosting of the Licensed Software in its data centres, as '
    "described in Schedule E and Schedule J.",
    '"Licensed Software" means the software modules listed in Schedule A, in object code, with '
    "all updates, upgrades and Documentation Supplier provides under this Agreement.",
    '"Professional Services" means implementation, training, consulting and other services '
    "described in Schedule D or in a Change Order.",
    '"Service Levels" means the performance standards set out in Schedule E.',
    '"Services" means the Hosting Services, the support and maintenance in Schedule F and the '
    "Professional Services.",
    '"Third-Party Content" means code sets, drug databases, clinical content and other materials '
    "that Supplier licenses from third parties and includes in the Licensed Software.",
]

MAIN_TERMS = """
# Article 1. Definitions

Capitalized terms used in this Agreement have the meanings given in this Article 1 or where they
first appear in quotation marks. Headings are for convenience only. The words "including" and
"includes" mean including without limitation.

{definitions}

# Article 2. Structure and Order of Precedence

**2.1 Documents.** This Agreement consists of these main terms, the Schedules and the Exhibits,
each of which is incorporated by reference. Change Orders signed by both parties form part of
this Agreement from the date of their signature.

**2.2 Precedence.** If documents conflict, the following order applies: (a) Schedule H (Business
Associate Agreement); (b) Schedule C (Third-Party Content and CPT Sublicense); (c) these main
terms; (d) the other Schedules; (e) Change Orders; and (f) the Exhibits. A Change Order prevails
over an earlier document only where it identifies the provision it changes.

# Article 3. License

**3.1 Grant.** Subject to this Agreement, Supplier grants Health System a non-exclusive,
non-transferable license during the term to use the Licensed Software, and to permit its
Authorized Users to use it, for the internal business purposes of Health System and of the
Licensed Affiliates named on the Cover Sheet, except as Schedule C provides for Third-Party
Content.

**3.2 Restrictions.** Health System shall not (a) sell, lease, sublicense or provide the Licensed
Software as a service bureau for third parties; (b) modify, decompile or reverse engineer it; (c)
remove any proprietary notice; or (d) use it in violation of law or of the Acceptable Use Policy
in Schedule K.

**3.3 Environments.** Supplier shall provide one production environment, one test environment and
one training environment. Additional environments may be ordered by Change Order at the rates in
Schedule B.

**3.4 Reservation.** All rights not expressly granted are reserved to Supplier and its licensors.

# Article 4. Licensed Affiliates

Health System may permit the Licensed Affiliates named on the Cover Sheet to use the Licensed
Software under this Agreement, provided that Health System remains responsible for their
compliance. Health System may add an Affiliate by written notice, subject to the fees in Schedule
B. This Article 4 does not apply to Third-Party Content to the extent Schedule C provides
otherwise.

# Article 5. Third-Party Content

The Licensed Software includes Third-Party Content. Health System's rights in Third-Party Content
are those set out in Schedule C, and Health System shall comply with the terms there. Supplier
warrants that it has the rights needed to include the Third-Party Content in the Licensed
Software and to grant the rights stated in Schedule C.

# Article 6. Implementation

**6.1 Statement of Work.** Supplier shall perform the implementation in accordance with Schedule D
and the project plan approved under it.

**6.2 Health System Responsibilities.** Health System shall perform the tasks assigned to it in
Schedule D, provide timely decisions and reasonable access to its personnel, facilities and
systems, and ensure that its third-party vendors cooperate with Supplier as reasonably required.

**6.3 Delays.** If a party's failure to perform its obligations delays the other, the affected
dates are extended by the period of delay, and the parties shall agree any resulting changes by
Change Order.

**6.4 Change Control.** Either party may request changes to the scope of Professional Services.
Supplier shall respond within ten (10) Business Days with an assessment of the effect on
schedule and fees. No change is binding until a Change Order is signed.

# Article 7. Acceptance

**7.1 Testing.** Each Deliverable and module is subject to acceptance testing under the criteria
in Schedule A and Schedule D. Health System shall complete testing within the period stated in
the project plan, or if none is stated, within fifteen (15) Business Days after delivery.

**7.2 Rejection.** If a Deliverable fails its acceptance criteria, Health System shall describe
the failure in writing. Supplier shall correct it and redeliver it within fifteen (15) Business
Days, after which the testing process repeats.

**7.3 Deemed Acceptance.** A module is deemed accepted if Health System uses it in production for
thirty (30) consecutive days without giving notice of a Severity 1 or Severity 2 defect.

# Article 8. Service Levels and Support

Supplier shall meet the Service Levels in Schedule E and provide support and maintenance under
Schedule F. Service credits are Health System's remedy for a failure to meet a Service Level,
except that repeated failures described in Schedule E entitle Health System to terminate under
Article 10.

# Article 9. Fees, Invoicing and Taxes

**9.1 Fees.** Health System shall pay the fees in Schedule B and, for Third-Party Content, the
fees in Schedule C.

**9.2 Invoices.** Supplier shall invoice recurring fees annually in advance unless Schedule B
states otherwise, and Professional Services monthly in arrears. Each invoice shall identify the
fees by type and period and, for time-based services, the hours worked by role.

**9.3 Payment.** Health System shall pay undisputed amounts within forty-five (45) days of
receiving a correct invoice. Health System may withhold amounts it disputes in good faith, if it
notifies Supplier of the dispute in writing before the due date.

**9.4 Taxes.** Fees exclude sales, use and similar taxes, which Health System shall pay unless it
provides a valid exemption certificate. Each party is responsible for taxes on its own income.

**9.5 Expenses.** Travel expenses are reimbursable only if pre-approved in writing and incurred
in accordance with Health System's travel policy.

# Article 10. Term and Termination

**10.1 Term.** This Agreement begins on the Effective Date and continues for an initial term of
sixty (60) months. Thereafter it renews automatically for successive renewal terms of twelve (12)
months each unless either party gives written notice of non-renewal at least one hundred twenty
(120) days before the end of the then-current term.

**10.2 Termination for Cause.** Either party may terminate this Agreement by written notice if
the other party materially breaches it and fails to cure the breach within forty-five (45) days
after receiving notice of it, or immediately if the other party becomes insolvent or makes an
assignment for the benefit of creditors.

**10.3 Chronic Service Level Failure.** Health System may terminate this Agreement on sixty (60)
days' written notice if Supplier fails the availability Service Level in any three months of a
rolling twelve-month period.

**10.4 Effect.** Termination does not relieve Health System of its duty to pay fees for Services
performed before the termination date. Articles 12, 14, 15, 17, 18 and 31 and any other
provisions that by their nature should survive, survive termination.

# Article 11. Transition Assistance

On expiry or termination, and for up to twelve (12) months afterwards at Health System's request,
Supplier shall continue to provide the Licensed Software and Services on the terms of this
Agreement, and shall provide reasonable assistance with the orderly transfer of Health System
Data to Health System or its new supplier, at the Professional Services rates in Schedule B.

# Article 12. Health System Data

**12.1 Ownership.** Health System owns all Health System Data. Supplier may use Health System
Data only to perform this Agreement and as Schedule H permits.

**12.2 De-identified Data.** Supplier may create de-identified data in accordance with the HIPAA
Privacy Rule and use it to improve its products, but shall not sell it or attempt to re-identify
any individual.

**12.3 Return.** On request and at the end of the transition period, Supplier shall deliver all
Health System Data in a documented, non-proprietary format and shall then delete it as Schedule G
provides.

# Article 13. Security and Privacy

Supplier shall comply with Schedule G and Schedule H. Supplier shall promptly notify Health
System of any security incident as required by those Schedules, and shall not relocate Health
System Data outside the United States.

# Article 14. Confidentiality

**14.1 Obligations.** Each party shall hold the other's Confidential Information in confidence,
use it only for this Agreement and disclose it only to its personnel, Affiliates, auditors and
advisers who need to know it and are bound by obligations of confidentiality. "Confidential
Information" means non-public information disclosed by a party that is marked confidential or
would reasonably be understood to be confidential, including the terms of this Agreement.

**14.2 Exceptions.** These obligations do not apply to information that is or becomes public
without breach, that the recipient knew or independently developed, or that it received from a
third party without restriction. A recipient may disclose Confidential Information as required by
law after giving the discloser notice where lawful.

**14.3 Duration.** These obligations last for five (5) years after this Agreement ends and, for
trade secrets and protected health information, for as long as the law protects them.

# Article 15. Intellectual Property

Supplier and its licensors own the Licensed Software, the Documentation and all improvements to
them. Health System owns its Health System Data and any reports it creates. Supplier grants
Health System a perpetual license to use, for its internal purposes, any Deliverable documents
prepared specifically for Health System.

# Article 16. Warranties

**16.1 Software.** Supplier warrants that the Licensed Software will perform materially in
accordance with the Documentation during the term.

**16.2 Services.** Supplier warrants that the Services will be performed in a professional manner
by qualified personnel in accordance with generally accepted industry standards.

**16.3 Compliance.** Supplier warrants that the Licensed Software will enable Health System to
meet the certification criteria of the ONC Health IT Certification Program that apply to the
modules licensed, and that Supplier will maintain that certification during the term.

**16.4 Disclaimer.** EXCEPT AS STATED IN THIS AGREEMENT, SUPPLIER MAKES NO WARRANTIES, EXPRESS OR
IMPLIED, INCLUDING ANY IMPLIED WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.
THE LICENSED SOFTWARE SUPPORTS, BUT DOES NOT REPLACE, THE PROFESSIONAL JUDGMENT OF HEALTH
SYSTEM'S CLINICIANS.

# Article 17. Indemnification

**17.1 By Supplier.** Supplier shall defend Health System against any third-party claim that the
Licensed Software infringes any patent, copyright or trademark or misappropriates any trade
secret, and shall pay any resulting damages finally awarded or agreed in settlement.

**17.2 By Health System.** Health System shall defend Supplier against third-party claims arising
from Health System's clinical decisions or from its use of the Licensed Software in breach of
this Agreement, and shall pay any resulting damages finally awarded or agreed in settlement.
Schedule C contains an additional indemnity concerning Third-Party Content.

**17.3 Procedure.** The indemnified party shall notify the indemnifying party promptly, give it
control of the defence and settlement, and cooperate at its expense. No settlement that admits
fault on behalf of the indemnified party may be made without its consent.

# Article 18. Limitation of Liability

**18.1 Exclusion.** Neither party is liable for lost profits or for indirect, incidental, special
or consequential damages, even if advised of their possibility.

**18.2 Cap.** Each party's aggregate liability under this Agreement is limited to the fees paid
and payable in the twenty-four (24) months preceding the event giving rise to the claim.

**18.3 Exclusions from the Cap.** The limits in this Article 18 do not apply to a party's
indemnity obligations, to breach of Article 14 or Schedule H, or to a party's gross negligence or
wilful misconduct.

# Article 19. Insurance

Supplier shall maintain the insurance described in Schedule L throughout the term and for three
(3) years afterwards, and shall provide certificates of insurance on request.

# Article 20. Records and Audit

Supplier shall keep complete and accurate records relating to the fees charged and the Services
performed for at least six (6) years. Health System, or an independent auditor it appoints, may
audit those records once per Contract Year on thirty (30) days' notice. If an audit reveals an
overcharge, Supplier shall refund it within thirty (30) days.

# Article 21. Dispute Resolution

**21.1 Escalation.** The parties shall first try to resolve any dispute through their project
managers and then through the Steering Committee. If the dispute is not resolved within thirty
(30) days after it is escalated to the Steering Committee, either party may refer it to
non-binding mediation in Nashville, Tennessee.

**21.2 Litigation.** If mediation does not resolve the dispute within sixty (60) days, either
party may bring proceedings in the state or federal courts located in Davidson County,
Tennessee, which have exclusive jurisdiction.

**21.3 Continued Performance.** Each party shall continue to perform its obligations while a
dispute is being resolved, and Supplier shall not suspend the Services because of a fee dispute
that Health System has raised in good faith.

# Article 22. Governance

The parties shall form a Steering Committee of three senior representatives each, which shall
meet monthly during implementation and quarterly afterwards to review performance, risks, the
product roadmap and any disputes. Each party shall appoint a relationship manager responsible
for day-to-day coordination.

# Article 23. Personnel

Supplier shall assign the Key Personnel listed in Exhibit 3 and shall not remove them during
implementation except for death, disability, resignation or termination for cause. Supplier shall
replace any individual whom Health System reasonably asks to be removed. All Supplier personnel
working on site shall comply with Health System's policies on conduct, safety and
confidentiality.

# Article 24. Subcontractors

Supplier may use subcontractors to perform the Services, provided that it remains responsible
for them, binds them in writing to obligations consistent with this Agreement, and, for any
subcontractor with access to Health System Data, obtains Health System's prior written approval.

# Article 25. Compliance with Laws

Each party shall comply with all laws applicable to its performance. Supplier represents that
neither it nor any of its personnel is excluded from participation in any federal health care
program, and shall notify Health System immediately if that changes. Nothing in this Agreement
requires or rewards the referral of patients or business between the parties.

# Article 26. Source Code Escrow

**26.1 Deposit.** Within sixty (60) days after the Effective Date Supplier shall deposit the
source code of the Licensed Software, with build instructions and the names of the tools needed
to compile it, with an independent escrow agent under a three-party escrow agreement, and shall
update the deposit within thirty (30) days after each major release.

**26.2 Release Conditions.** Health System may obtain the deposit if Supplier ceases to do
business in the ordinary course, becomes subject to bankruptcy proceedings that are not dismissed
within sixty (60) days, or stops supporting the Licensed Software without a successor assuming
its obligations.

**26.3 Use.** Health System may use released source code only to support and maintain the
Licensed Software for its own internal purposes for the remainder of the term and any
transition period.

# Article 27. Product Roadmap

Supplier shall brief the Steering Committee at least twice per Contract Year on its product
roadmap for the Licensed Software. Health System may submit enhancement requests through
Supplier's customer portal, and Supplier will tell Health System within sixty (60) days whether it
plans to include each request in a future release. Supplier shall not remove a material function
of a licensed module without providing a functionally equivalent replacement at no additional
charge.

# Article 28. Accessibility

Supplier shall ensure that the patient-facing parts of the Licensed Software conform to the Web
Content Accessibility Guidelines 2.1 at level AA and shall correct reported non-conformities
within the resolution times for Severity 3 issues in Schedule F. Supplier shall provide a current
accessibility conformance report on request.

# Article 29. Publicity

Neither party shall use the other's name or marks in any press release, advertisement or customer
list without the other's prior written consent, except that Supplier may state in confidence to
prospective customers that Health System is a customer.

# Article 30. Non-Solicitation

During implementation and for twelve (12) months after Go-Live, neither party shall knowingly
solicit for employment any employee of the other party who was directly involved in the
implementation, except through general advertisements not targeted at those employees.

# Article 31. General

**31.1 Governing Law.** This Agreement is governed by the laws of the State of Tennessee, without
regard to its conflict-of-laws principles.

**31.2 Notices.** Notices must be in writing and sent to the addresses on the Cover Sheet by hand,
by recognized courier or by certified mail. Notices are effective on receipt.

**31.3 Assignment.** Neither party may assign this Agreement without the other's prior written
consent, except to a successor to all or substantially all of its business that agrees in writing
to be bound.

**31.4 Force Majeure.** Neither party is liable for failure or delay caused by events beyond its
reasonable control, provided that Supplier's business continuity obligations in Schedule J
continue to apply.

**31.5 Entire Agreement.** This Agreement is the entire agreement between the parties about its
subject matter and supersedes all prior agreements, proposals and representations. It may be
amended only in a writing signed by both parties.

**31.6 Counterparts.** This Agreement may be executed in counterparts and by electronic
signature, each of which is an original and all of which together are one instrument.

IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly
authorized representatives.

@sig STONEBRIDGE HEALTH TECHNOLOGIES CORPORATION || RIVERBEND PHYSICIAN PARTNERS, P.A.

@pagebreak
"""

SCHEDULE_B = """
# Schedule B - Fees and Payment Schedule

**B.1 Recurring Fees.** The recurring fees are set out below. The Platform Fee covers the
Licensed Software, the Hosting Services and support and maintenance under Schedule F.

|~ 4 | 3 | 2 | 2 |
| Fee | Unit | Billing | Amount |
| Platform Fee | per Authorized User | monthly | $95.00 |
| Additional environment | per environment | monthly | $1,800.00 |
| Licensed Affiliate fee | per Licensed Affiliate | annually | $6,000.00 |
| CPT Sublicense Fee | per Authorized User | annually | As set out in Schedule C |

**B.2 One-Time Fees.** Health System shall pay the following one-time fees on the milestones
shown.

|~ 4 | 3 | 2 |
| Fee | Milestone | Amount |
| Implementation, first instalment | Signature of this Agreement | $62,000.00 |
| Implementation, second instalment | Acceptance of the Build phase | $62,000.00 |
| Implementation, final instalment | Go-Live of all modules | $61,000.00 |
| Interface development | Acceptance of each interface | $6,500.00 per interface |

**B.3 Professional Services Rates.** Services outside Schedule D are charged at the hourly rates
below, which are fixed for the first two Contract Years and may afterwards be increased by no
more than three percent (3%) per Contract Year.

|~ 4 | 2 |
| Role | Hourly rate |
| Engagement director | $265.00 |
| Project manager | $210.00 |
| Application consultant | $185.00 |
| Integration engineer | $195.00 |
| Trainer | $150.00 |

**B.4 Platform Fee Adjustments.** From the third Contract Year, Supplier may increase the Platform
Fee once per Contract Year by no more than the lesser of four percent (4%) and the change in the
Consumer Price Index for All Urban Consumers over the preceding twelve months.

**B.5 Counting Authorized Users for the Platform Fee.** The Platform Fee is charged for the
highest number of Authorized Users with active accounts in each month, as shown by the Licensed
Software's account report.

@pagebreak
"""

SCHEDULE_C = """
# Schedule C - Third-Party Content and CPT Sublicense

**C.1 Purpose.** This Schedule sets out Health System's rights in, and its obligations concerning,
the Third-Party Content included in the Licensed Software, in particular Current Procedural
Terminology ("CPT"), which is also known as HCPCS Level I and is owned by the American Medical
Association ("AMA").

**C.2 Supplier's Distribution Agreement.** Supplier distributes CPT under a distribution license
agreement with the AMA (the "AMA Agreement").

**C.3 Sublicense.** Subject to this Schedule and to payment of the CPT Sublicense Fee, Supplier
grants Health System a non-exclusive, non-transferable, revocable sublicense for its Authorized
Users to use CPT, as embedded in the Licensed Software, solely for Health System's internal
purposes. Health System may print or download CPT only in reports, claims and records that the
Licensed Software produces in its ordinary operation.

**C.4 CPT Sublicense Fee.** The AMA royalty is not part of the Platform Fee. Health System shall
pay Supplier an annual CPT Sublicense Fee of $21.00 per Authorized User, invoiced at the start of
each Contract Year on the number of Authorized Users in the most recent report under Section C.6.

**C.5 Royalty Changes.** Supplier may increase the CPT Sublicense Fee with effect from January 1 of
any year by the amount of any increase in the per-user royalty that the AMA charges Supplier,
together with a proportionate increase in Supplier's administrative charge, on sixty (60) days'
written notice.

**C.6 Reporting.** Within thirty (30) days after the end of each Contract Year, Health System shall
deliver to Supplier a report, certified by an officer, stating the number of Authorized Users
during that year. Health System consents to Supplier disclosing Health System's name, address and
reported Authorized User count to the AMA.

**C.7 True-Up.** Authorized Users added during a Contract Year are reconciled twice a year, on June
30 and December 31. Health System shall pay the CPT Sublicense Fee for each added Authorized User
pro rata from the month in which that person was given access.

**C.8 Affiliates and Other Entities.** Despite Article 4, the sublicense in Section C.3 is granted
to Health System alone. It does not extend to any Licensed Affiliate, other Affiliate, joint
venture or other legal entity, each of which must obtain its own license to CPT.

**C.9 AMA Rights.** The AMA is an express third-party beneficiary of this Schedule C. The AMA or
its designee may, on thirty (30) days' notice and not more than once per year, audit Health
System's records of its use of CPT and its Authorized User counts.

**C.10 Term of the Sublicense.** The sublicense in Section C.3 is co-terminous with the AMA
Agreement and ends automatically if the AMA Agreement ends, even if this Agreement continues.
Supplier shall give Health System as much notice as it reasonably can of any such event.

**C.11 Indemnity.** Health System shall indemnify Supplier against all royalties, penalties, costs
and reasonable attorneys' fees arising from use of CPT through the Licensed Software by persons
who were not reported as Authorized Users under Section C.6.

**C.12 Other Code Sets.** The Licensed Software also includes the ICD-10-CM and ICD-10-PCS code
sets and the HCPCS Level II code set, which are published by federal agencies; LOINC, which is
used under the license of the Regenstrief Institute; and SNOMED CT, which is used under the UMLS
Metathesaurus License of the National Library of Medicine. No separate fee applies to those code
sets.

**C.13 Required Notices.** CPT five-digit codes, descriptions and other data only are copyright
2025 American Medical Association. All rights reserved. CPT is a registered trademark of the
American Medical Association. Fee schedules, relative value units, conversion factors and/or
related components are not assigned by the AMA, are not part of CPT, and the AMA is not
recommending their use. The AMA does not directly or indirectly practice medicine or dispense
medical services. The AMA assumes no liability for data contained or not contained herein.

**C.14 U.S. Government Rights.** CPT is commercial technical data developed exclusively at
private expense by the American Medical Association. Use by U.S. Government agencies is subject to
the limited rights restrictions of DFARS 252.227-7015(b)(2) and DFARS 227.7202 for Department of
Defense procurements and of FAR 52.227-14 and FAR 52.227-19 for other federal procurements, and
to any applicable agency FAR Supplements.

@pagebreak
"""

OVERVIEWS = [
    "{name} supports {purpose}. It is used mainly by {users} and is delivered as part of the "
    "Licensed Software without a separate installation.",
    "The {name} module is designed for {purpose}. Health System expects {users} to be its main "
    "users, and access is governed by the role-based security model described in Schedule G.",
    "Supplier shall deliver {name} for {purpose}. During the Build phase of Schedule D the module "
    "will be configured for {users}, following the designs approved in the Design phase.",
    "{name} gives Health System a single workflow for {purpose}, shared across all clinics, so "
    "that {users} follow the same steps wherever they work.",
]

CONFIGURATION = [
    "Supplier will lead the configuration workshops for {name} and document each decision in the "
    "design workbook. Health System will appoint a subject-matter expert with authority to approve "
    "the design and make that person available for at least eight hours a week during the Design "
    "and Build phases.",
    "Health System is responsible for supplying the reference data that {name} needs, including "
    "{data}, in the templates Supplier provides. Supplier will validate the data, report errors "
    "within five Business Days and load corrected data before integrated testing begins.",
    "Configuration of {name} will start from Supplier's recommended baseline for ambulatory "
    "organizations of Health System's size. Departures from the baseline must be approved by the "
    "Steering Committee if they add more than five days of effort.",
]

ACCEPTANCE = [
    "{name} will be accepted when the agreed test scripts have been executed in the test "
    "environment with no open Severity 1 or Severity 2 defects and no more than {n} open "
    "Severity 3 defects, as recorded in an Acceptance Certificate in the form of Exhibit 2.",
    "Acceptance testing of {name} will use at least {n} scenarios drawn from Health System's own "
    "workflows. Defects will be classified under Schedule F and corrected within the times set "
    "out there before the module is presented for Acceptance again.",
    "For {name}, Health System's super users will run end-to-end scenarios covering at least {n} "
    "typical days of clinic activity. The module passes when every scenario completes without a "
    "Severity 1 or Severity 2 defect.",
]

REPORTING = [
    "Standard reports for {name} cover {reports}. Health System may build further reports with "
    "the Analytics and Dashboards module.",
    "The module includes standard reports on {reports}, which can be scheduled for automatic "
    "distribution to managers.",
    "Health System's managers will be able to monitor {reports} from a dashboard refreshed each "
    "night, with drill-down to individual records subject to their security role.",
]

INTEGRATION = [
    "{name} depends on the interfaces in Schedule I that carry its data. If any of them is not "
    "accepted by Go-Live, Supplier will document a manual workaround and Health System will staff "
    "it until the interface is accepted.",
    "{name} shares its data with the other modules in real time through the common patient "
    "database, so no internal interface is needed between them. Data leaving the Licensed "
    "Software for other systems is sent only through the interfaces listed in Schedule I.",
    "Events in {name} can trigger notifications to other modules and to external systems. "
    "Health System will decide in the Design phase which events are enabled, and Supplier will "
    "document them in the design workbook.",
]

SECURITY_ROLES = [
    "Access to {name} is controlled by security roles. Supplier will deliver role templates for "
    "{users}, and Health System's security administrators will assign roles to Authorized Users "
    "and review the assignments at least quarterly.",
    "{name} records every view, change and print of patient information in the audit trail "
    "described in Schedule G. Health System's privacy officer may run audit reports by user, by "
    "patient or by date range.",
    "Health System may restrict {name} functions by clinic, department or role. The records of "
    "employees and of patients who ask for extra confidentiality may be restricted further with "
    "break-the-glass controls.",
]

TRAINING = [
    "Training for {name} is described in Exhibit 4. Supplier will also provide tip sheets and "
    "short videos for {users}, which Health System may adapt and publish on its intranet.",
    "Supplier will certify at least two Health System trainers for {name} before end-user "
    "training begins and will attend the first end-user session to support them.",
    "Super users for {name} will receive additional training on troubleshooting, reporting and "
    "the configuration changes they may make without Supplier's help.",
]

CONVERSION_NOTES = [
    "Supplier will convert the {data} that {name} needs from Health System's legacy systems, "
    "using the specifications in Exhibit 6, and will provide reconciliation reports that compare "
    "record counts and control totals before and after each conversion run.",
    "No historical transactions will be converted into {name}. Legacy history will remain "
    "available to {users} in read-only form, or as imaged documents linked to the patient record, "
    "for at least seven years.",
    "Health System will build the {data} for {name} in a spreadsheet that Supplier provides, and "
    "Supplier will load it with its data loading tools at least twice before Go-Live: once for "
    "integrated testing and once for the final cutover.",
]

PHASE_NOTES = [
    "Supplier's project manager will publish a weekly status report during this phase showing "
    "progress against plan, risks, issues and decisions needed.",
    "Both parties' project managers will review the phase exit criteria with the Steering "
    "Committee before the next phase starts.",
    "Any change to the duration of this phase requires a Change Order if it moves the Go-Live "
    "date.",
]


def module_section(index: int, module: tuple, rng: random.Random) -> str:
    name, purpose, users, data, features, reports = module
    facts = {
        "name": name,
        "purpose": purpose,
        "users": users,
        "data": data,
        "reports": reports,
        "n": rng.choice([5, 8, 10, 12, 15, 20]),
    }
    items = "\n\n".join(f"({chr(97 + i)}) {feature};" for i, feature in enumerate(features))
    rows = "\n".join(
        f"| {feature[0].upper()}{feature[1:]} | {rng.choice(['Supplier', 'Health System'])} | "
        f"{rng.choice(['Design', 'Build', 'Build', 'Test'])} |"
        for feature in features
    )
    return f"""
## A.{index} {name}

{rng.choice(OVERVIEWS).format(**facts)}

**Functional scope.** At a minimum, {name} shall provide:

{items[:-1]}.

**Configuration.** {rng.choice(CONFIGURATION).format(**facts)}

**Acceptance.** {rng.choice(ACCEPTANCE).format(**facts)}

**Reporting.** {rng.choice(REPORTING).format(**facts)}

**Integration.** {rng.choice(INTEGRATION).format(**facts)}

**Security.** {rng.choice(SECURITY_ROLES).format(**facts)}

**Training.** {rng.choice(TRAINING).format(**facts)}

**Data.** {rng.choice(CONVERSION_NOTES).format(**facts)}

|~ 5 | 2 | 1 |
| Configuration item | Responsible | Phase |
{rows}
"""


def schedule_a(rng: random.Random) -> str:
    intro = """
# Schedule A - Licensed Software and Modules

This Schedule describes the modules of the Stonebridge Enterprise Ambulatory Suite licensed under
the Agreement, the functions each must provide, how each will be configured and how each will be
accepted. The descriptions are minimum requirements; the Documentation describes additional
functions. Where a module depends on an interface, the interface is listed in Schedule I.
"""
    sections = [module_section(i, m, rng) for i, m in enumerate(MODULES, start=1)]
    return join(intro, *sections, "@pagebreak")


def schedule_d(rng: random.Random) -> str:
    parts = [
        """
# Schedule D - Implementation Statement of Work

**D.1 Approach.** Supplier will implement the Licensed Software in the seven phases described
below, for all clinics at once, with a single Go-Live. The target Go-Live date will be fixed in the
integrated project plan approved at the end of the Initiate phase.

**D.2 Phases.** Each phase has the duration, activities and Deliverables stated below. Durations
are estimates and may be adjusted by the Steering Committee without a Change Order if the
Go-Live date does not move.
"""
    ]
    for number, (phase, duration, text, deliverables) in enumerate(PHASES, start=1):
        rows = "\n".join(
            f"| {d} | {rng.choice(['Supplier', 'Supplier', 'Joint'])} |" for d in deliverables
        )
        parts.append(f"""
## D.2.{number} {phase} (estimated {duration})

{text} {rng.choice(PHASE_NOTES)}

**Entry criteria.** The {phase} phase starts when the Deliverables of the previous phase have been
accepted or the Steering Committee has approved a plan to complete them in parallel, and when the
staff both parties have named for the phase are available.

**Exit criteria.** The {phase} phase ends when every Deliverable listed below has been accepted,
no Severity 1 or Severity 2 issue attributable to the phase remains open, and the project
managers have updated the risk and issue log.

|~ 5 | 2 |
| Deliverable | Prepared by |
{rows}
""")
    raci = "\n".join(f"| {task} | {s} | {h} |" for task, s, h in RACI)
    parts.append(f"""
**D.3 Responsibilities.** The matrix below allocates responsibility for the main activities
(R: responsible; A: accountable; C: consulted; I: informed).

|~ 5 | 1 | 1 |
| Activity | Supplier | Health System |
{raci}

**D.4 Data Conversion.** Supplier will convert patient demographics, insurance, guarantors, future
appointments, allergies, medications, problems, immunizations and open patient balances from
Health System's legacy systems. Historical clinical documents will be loaded as images linked to
the patient record. Health System will provide extracts in the formats agreed in the Design
phase and will validate a sample of at least five hundred converted records in each rehearsal.

**D.5 Assumptions.** The fees in Schedule B assume one legacy practice management system, one
legacy electronic record system, no more than thirty-six interfaces and training of no more than
nine hundred end users. Material departures from these assumptions will be addressed by Change
Order.

@pagebreak
""")
    return join(*parts)


def schedule_e() -> str:
    rows = "\n".join(
        f"| {name} | {'99.95%' if i % 4 == 0 else '99.9%'} | Calendar month | "
        f"{'10%' if i % 4 == 0 else '5%'} of monthly Platform Fee |"
        for i, (name, *_rest) in enumerate(MODULES)
    )
    return f"""
# Schedule E - Service Level Agreement

**E.1 Availability.** Supplier shall make each module of the Licensed Software available in
production for at least the percentage of each calendar month shown below, excluding scheduled
maintenance performed within the windows in Schedule F.

|~ 4 | 2 | 2 | 3 |
| Module | Availability target | Measurement period | Service credit per missed target |
{rows}

**E.2 Response Time.** Ninety-five percent (95%) of screen transitions measured by Supplier's
monitoring tools shall complete within two seconds, and ninety-nine percent (99%) within four
seconds, in each calendar month, measured at the boundary of Supplier's hosting network.

**E.3 Measurement.** Supplier shall measure availability every minute using synthetic
transactions from at least two locations. A module is unavailable when a synthetic transaction
fails in two consecutive measurements.

**E.4 Reporting.** Supplier shall publish a service level report by the tenth Business Day of each
month, showing performance against each Service Level, the root cause of each failure and the
service credits due.

**E.5 Service Credits.** Service credits are applied to the next invoice. Total credits in a
month shall not exceed twenty-five percent (25%) of the Platform Fee for that month. Service
credits are a price adjustment reflecting reduced value and not a penalty.

**E.6 Worked Example.** If the Claims Management module is available for 99.7% of a calendar
month against a target of 99.9%, Supplier has missed one target and a credit of five percent (5%)
of that month's Platform Fee applies. If in the same month the Patient Portal is available for
99.85% against a target of 99.95%, a further credit of ten percent (10%) applies, for a total
credit of fifteen percent (15%), which is below the monthly cap.

**E.7 Exclusions.** A failure does not count against a Service Level to the extent it is caused
by Health System's network or equipment, by actions of Health System in breach of the Agreement,
or by a force majeure event for which Supplier's disaster recovery obligations have been met.

@pagebreak
"""


def schedule_f() -> str:
    rows = "\n".join(f"| {s} | {d} | {r} | {t} |" for s, d, r, t in SEVERITIES)
    return f"""
# Schedule F - Support and Maintenance

**F.1 Support Channels.** Supplier shall provide support by telephone and through its web portal
twenty-four hours a day, seven days a week for Severity 1 issues, and from 7:00 a.m. to 7:00 p.m.
Central Time on Business Days for other issues. Health System may designate up to twenty named
support contacts.

**F.2 Severity Levels.** Supplier shall classify each issue reported by Health System according to
the table below and shall respond to and resolve it within the stated times. Health System may
challenge a classification through the escalation process in Section F.4.

|~ 2 | 6 | 2 | 2 |
| Severity | Definition | Response | Target resolution |
{rows}

**F.3 Updates and Upgrades.** Supplier shall provide all updates, fixes and new versions of the
Licensed Software that it makes generally available to its customers, at no additional charge.
Regulatory updates required by federal programmes will be delivered before their compliance
dates. Supplier will publish release notes at least thirty (30) days before each major release.

**F.4 Escalation.** If an issue is not resolved within its target time, Health System may escalate
it to Supplier's support manager, then to its director of client services, and then to its chief
operating officer. Supplier shall assign a named owner to every escalated issue and provide
updates at least daily for Severity 1 and Severity 2 issues.

**F.5 Maintenance Windows.** Scheduled maintenance may be performed on Sundays between 1:00 a.m.
and 5:00 a.m. Central Time. Supplier shall give at least seven (7) days' notice of maintenance
that will make any module unavailable, and shall not schedule more than eight hours of such
maintenance in a month.

**F.6 Health System Support Desk.** Health System shall provide first-line support to its
Authorized Users, including password resets, basic navigation questions and triage of issues
before they are reported to Supplier.

@pagebreak
"""


def schedule_g() -> str:
    parts = [
        """
# Schedule G - Information Security Requirements

This Schedule states the minimum security controls Supplier shall maintain for the Licensed
Software, the Hosting Services and any system that stores or processes Health System Data.
Supplier may improve these controls at any time but shall not reduce them during the term.
"""
    ]
    for d, (domain, requirements) in enumerate(SECURITY_DOMAINS, start=1):
        paragraphs = "\n\n".join(
            f"**G.{d}.{r}** {req}" for r, req in enumerate(requirements, start=1)
        )
        parts.append(f"## G.{d} {domain}\n\n{paragraphs}")
    parts.append("""
**G.12 Evidence.** On request, and not more than once per Contract Year except after a security
incident, Supplier shall complete Health System's security questionnaire and provide evidence of
its compliance with this Schedule, including policies, test results and remediation plans.

@pagebreak
""")
    return join(*parts)


SCHEDULE_H = """
# Schedule H - Business Associate Agreement

**H.1 Definitions.** Terms used but not defined in this Schedule have the meanings given in the
Health Insurance Portability and Accountability Act of 1996 and its implementing regulations,
including the Privacy, Security, Breach Notification and Enforcement Rules at 45 C.F.R. Parts 160
and 164 ("HIPAA"). "PHI" means protected health information that Supplier creates, receives,
maintains or transmits on behalf of Health System.

**H.2 Permitted Uses.** Supplier may use and disclose PHI only to perform the Services, as required
by law, and for its proper management and administration as permitted by 45 C.F.R. 164.504(e).

**H.3 Safeguards.** Supplier shall use appropriate safeguards, and comply with the Security Rule
with respect to electronic PHI, to prevent use or disclosure of PHI other than as this Schedule
permits.

**H.4 Reporting.** Supplier shall report to Health System any use or disclosure of PHI not
permitted by this Schedule, any security incident and any breach of unsecured PHI, without
unreasonable delay and in no case later than five (5) Business Days after discovery, with the
information required by 45 C.F.R. 164.410.

**H.5 Subcontractors.** Supplier shall ensure that any subcontractor that creates, receives,
maintains or transmits PHI on its behalf agrees in writing to the same restrictions and
conditions that apply to Supplier.

**H.6 Access and Amendment.** Supplier shall make PHI in a designated record set available to
Health System within ten (10) Business Days of a request so that Health System can meet its
obligations under 45 C.F.R. 164.524 and 164.526.

**H.7 Accounting.** Supplier shall document disclosures of PHI and provide the information Health
System needs to give an accounting of disclosures under 45 C.F.R. 164.528.

**H.8 Books and Records.** Supplier shall make its internal practices, books and records relating
to PHI available to the Secretary of Health and Human Services for purposes of determining
compliance with HIPAA.

**H.9 Minimum Necessary.** Supplier shall request, use and disclose only the minimum PHI necessary
for the purpose of the request, use or disclosure.

**H.10 Term and Termination.** This Schedule remains in effect while Supplier holds PHI. Health
System may terminate the Agreement if Supplier violates a material term of this Schedule and does
not cure the violation within thirty (30) days of notice.

**H.11 Return or Destruction.** At the end of the Agreement Supplier shall return or destroy all
PHI. If return or destruction is infeasible, Supplier shall extend the protections of this
Schedule to the PHI and limit further uses and disclosures to those purposes that make return or
destruction infeasible.

**H.12 Interpretation.** Any ambiguity in this Schedule shall be resolved to permit compliance with
HIPAA. This Schedule is amended automatically to the extent required by any change in HIPAA.

@pagebreak
"""


def schedule_i() -> str:
    rows = "\n".join(
        f"| I-{n:02d} | {area} | {system} | {direction} | {standard} | {content} |"
        for n, (area, system, direction, standard, content) in enumerate(INTERFACES, start=1)
    )
    rng = random.Random(7)
    volumes = "\n".join(
        f"| I-{n:02d} | {system} | {(avg := rng.randrange(50, 12000, 25)):,} | "
        f"{max(10, avg // rng.choice([6, 8, 10])):,} |"
        for n, (_area, system, *_rest) in enumerate(INTERFACES, start=1)
    )
    return f"""
# Schedule I - Interfaces

**I.1 Scope.** Supplier shall build, test and support the interfaces listed below. Interfaces
marked as bidirectional count as one interface for the fee in Schedule B. Health System is
responsible for obtaining the cooperation of the counterpart systems' vendors.

|~ 1 | 2 | 3 | 2 | 3 | 4 |
| ID | Area | Counterpart | Direction | Standard | Content |
{rows}

**I.2 Specifications.** For each interface Supplier will prepare a specification covering message
structure, triggers, field mappings, code mappings, error handling and volumes, for Health
System's approval during the Design phase.

**I.3 Monitoring.** Supplier shall monitor the interfaces hosted in its environment around the
clock and notify Health System's integration team within thirty minutes of any interface that has
stopped processing messages for more than fifteen minutes.

**I.4 Volumes.** The expected volumes below are used to size the interface engine and to test
performance. Supplier shall notify Health System if actual volumes exceed twice the expected peak
for more than five consecutive Business Days.

|~ 1 | 4 | 2 | 2 |
| ID | Counterpart | Average messages per day | Peak per hour |
{volumes}

**I.5 Changes.** Changes to an interface required because Health System replaces or upgrades a
counterpart system are charged as new interface development unless the change takes less than
eight hours of effort.

@pagebreak
"""


SCHEDULE_J_TO_L = """
# Schedule J - Business Continuity and Disaster Recovery

**J.1 Objectives.** Supplier shall be able to restore the production environment at a secondary
data centre with a recovery point objective of fifteen (15) minutes and a recovery time objective
of four (4) hours after declaring a disaster.

**J.2 Secondary Site.** The secondary data centre shall be at least two hundred and fifty miles
from the primary data centre, in a different power grid and seismic zone, and shall hold a
continuously replicated copy of Health System Data.

**J.3 Testing.** Supplier shall test failover to the secondary site at least once per Contract
Year, invite Health System to observe, and share the results with a plan to correct any
shortfall within sixty (60) days.

**J.4 Read-Only Access.** Supplier shall provide a read-only copy of key clinical information,
refreshed at least hourly, that Health System can use in its clinics if the Licensed Software is
unavailable for more than one hour.

**J.5 Pandemic and Workforce Planning.** Supplier shall maintain plans to continue support and
hosting operations if a large share of its workforce is unavailable, including remote working
and cross-training of critical roles.

# Schedule K - Acceptable Use Policy

Health System shall ensure that its Authorized Users do not (a) share credentials or let another
person use their session; (b) access patient records except as needed for their job; (c) upload
malicious code or attempt to probe, scan or test the vulnerability of the Hosting Services; (d)
interfere with other customers' use of the Hosting Services; (e) use automated tools to extract
data except through interfaces and reports Supplier provides; or (f) use the Licensed Software to
send unsolicited marketing messages.

Supplier may suspend an individual Authorized User's access if it reasonably believes that the
user is violating this policy and that the violation threatens the security or availability of
the Hosting Services. Supplier shall notify Health System immediately of any suspension and
restore access as soon as the threat is removed.

# Schedule L - Insurance Requirements

Supplier shall maintain, with insurers rated A- VII or better by A.M. Best, at least the following
insurance, and shall name Health System as an additional insured on the general liability
policy.

|~ 4 | 3 |
| Coverage | Minimum limits |
| Commercial general liability | $1,000,000 per occurrence; $2,000,000 aggregate |
| Technology errors and omissions | $5,000,000 per claim and aggregate |
| Cyber and privacy liability | $10,000,000 per claim and aggregate |
| Workers' compensation | Statutory limits |
| Employer's liability | $1,000,000 per accident |
| Umbrella liability | $5,000,000 |

@pagebreak
"""

EXHIBITS_1_TO_3 = """
# Exhibit 1 - Form of Change Order

|~ 2 | 5 |
| Change Order | |
| Change Order number | ______________________ |
| Date requested | ______________________ |
| Requested by | ______________________ |
| Description of change | ______________________ |
| Reason for change | ______________________ |
| Effect on schedule | ______________________ |
| Effect on fees | ______________________ |
| Effect on Service Levels | ______________________ |

This Change Order amends the Agreement only as stated above. All other terms remain in effect.

@sig STONEBRIDGE HEALTH TECHNOLOGIES CORPORATION || RIVERBEND PHYSICIAN PARTNERS, P.A.

@pagebreak

# Exhibit 2 - Form of Acceptance Certificate

|~ 2 | 5 |
| Acceptance Certificate | |
| Deliverable or module | ______________________ |
| Acceptance criteria reference | ______________________ |
| Test period | ______________________ |
| Open defects by severity | ______________________ |
| Conditions of acceptance | ______________________ |

Health System confirms that the Deliverable or module identified above meets its acceptance
criteria, subject to any conditions stated. Acceptance does not waive Supplier's warranties.

@sig STONEBRIDGE HEALTH TECHNOLOGIES CORPORATION || RIVERBEND PHYSICIAN PARTNERS, P.A.

@pagebreak

# Exhibit 3 - Key Personnel

|~ 3 | 3 | 4 |
| Role | Name | Commitment |
| Engagement director | To be named at signature | 20% through Go-Live |
| Project manager | To be named at signature | 100% through Stabilize |
| Clinical lead | To be named at signature | 100% through Activate |
| Revenue cycle lead | To be named at signature | 100% through Activate |
| Integration lead | To be named at signature | 100% through Test |
| Training lead | To be named at signature | 100% during Train and Activate |

@pagebreak
"""


def exhibit_4(rng: random.Random) -> str:
    rows = []
    for name, _purpose, users, *_rest in MODULES:
        hours = rng.choice([1, 2, 2, 3, 4, 6])
        rows.append(
            f"| {name} essentials | {users[0].upper()}{users[1:]} | {hours} hours | "
            f"{rng.choice(TRAINING_FORMATS)} |"
        )
        if rng.random() < 0.5:
            rows.append(
                f"| {name} for super users | Super users | {hours + 4} hours | Hands-on lab |"
            )
    return join(
        """
# Exhibit 4 - Training Curriculum

Supplier will provide the courses below in the Train phase. Health System's trainers will
deliver end-user courses after completing Supplier's trainer certification. Course materials may
be copied and adapted by Health System for its internal training.
""",
        "|~ 4 | 4 | 1.5 | 2.5 |\n| Course | Audience | Length | Format |\n" + "\n".join(rows),
    )


def schedule_m() -> str:
    rows = "\n".join(f"| {law} | {where} | {who} |" for law, where, who in REGULATIONS)
    return f"""
# Schedule M - Regulatory Responsibility Matrix

**M.1 Purpose.** The matrix below records which party is primarily responsible for the functions
of the Licensed Software that support compliance with the laws and programmes listed. It does not
shift responsibility for compliance with any law from the party on which the law places it.

|~ 5 | 3 | 2 |
| Law or programme | Where addressed | Primary responsibility |
{rows}

**M.2 Regulatory Changes.** Supplier shall monitor changes in federal law affecting the Licensed
Software and deliver the changes needed for the Licensed Software to support compliance before
the date on which they take effect, as part of the updates in Schedule F. If a change in state
law requires a change to the Licensed Software that Supplier does not make generally available,
the parties will agree its scope and fee by Change Order.

@pagebreak
"""


STATUSES = ["Existing", "Existing", "Existing", "Opening in Contract Year 2"]


def exhibit_5(rng: random.Random) -> str:
    rows = []
    for area in CLINIC_AREAS:
        for service in rng.sample(CLINIC_SERVICES, 2):
            street = rng.choice(STREETS)
            rows.append(
                f"| C-{len(rows) + 1:03d} | Riverbend {service} - {area} | "
                f"{rng.randint(100, 4999)} {street}, {area}, Tennessee | "
                f"{rng.choice(STATUSES)} |"
            )
    table = "|~ 1 | 3 | 4 | 2 |\n| No. | Clinic | Address | Status |\n" + "\n".join(rows)
    return join(
        """
# Exhibit 5 - Clinic Locations

The Licensed Software will be implemented at the clinics listed below. Health System may add or
close clinics by written notice; clinics added after Go-Live will be implemented under a Change
Order at the rates in Schedule B.
""",
        table,
        "@pagebreak",
    )


def exhibit_6() -> str:
    parts = [
        """
# Exhibit 6 - Data Conversion Specifications

This Exhibit summarizes, for each data object converted under Section D.4, its legacy source and
the main fields, transformations and whether the field is required for a record to load. The
detailed field mappings will be completed in the Design phase.
"""
    ]
    for number, (obj, source, fields) in enumerate(CONVERSION, start=1):
        rows = "\n".join(f"| {field} | {how} | {req} |" for field, how, req in fields)
        parts.append(f"""
## 6.{number} {obj}

Source: {source}. Records that fail a required field are written to an exception report for
Health System to correct in the legacy system before the next conversion rehearsal.

|~ 3 | 4 | 1 |
| Field | Transformation | Required |
{rows}
""")
    parts.append("@pagebreak")
    return join(*parts)


EXHIBITS_8_AND_9 = """
# Exhibit 8 - Form of Officer's Certificate of Authorized Users

To: Stonebridge Health Technologies Corporation

The undersigned, an officer of Riverbend Physician Partners, P.A., certifies under Section C.6 of
Schedule C to the Enterprise License and Services Agreement No. SHT-ELSA-2025-0031 that:

(a) the number of Authorized Users during the Contract Year ending ______________ was ______;

(b) the number stated in paragraph (a) includes every individual who accessed or used the
Licensed Software, or any output of it, in the course of work performed for Health System; and

(c) the records supporting this certificate will be kept for at least six (6) years.

@sig RIVERBEND PHYSICIAN PARTNERS, P.A.

@pagebreak

# Exhibit 9 - Form of Disaster Recovery Test Report

|~ 2 | 5 |
| Disaster recovery test report | |
| Test date | ______________________ |
| Scenario tested | ______________________ |
| Time disaster declared | ______________________ |
| Time service restored | ______________________ |
| Data loss measured | ______________________ |
| Objectives met | ______________________ |
| Issues found | ______________________ |
| Corrective actions and owners | ______________________ |
| Health System observer | ______________________ |

Supplier shall deliver this report within ten (10) Business Days after each test under Section
J.3.

@pagebreak
"""


def exhibit_7() -> str:
    parts = [
        """
# Exhibit 7 - Security Questionnaire

Supplier shall answer the following questions in writing each Contract Year under Section G.12,
attaching evidence where indicated. The questions follow the structure of Schedule G.
"""
    ]
    for d, (domain, requirements) in enumerate(SECURITY_DOMAINS, start=1):
        questions = "\n\n".join(
            f"**Q{d}.{r}** Describe how Supplier ensures that it "
            f"{req.removeprefix('Supplier shall ').rstrip('.')}, and state what evidence it can "
            "provide."
            for r, req in enumerate(requirements, start=1)
        )
        parts.append(f"## {domain}\n\n{questions}")
    parts.append("@pagebreak")
    return join(*parts)


def exhibit_11() -> str:
    rows = "\n".join(
        f"| M-{n:02d} | {name} | {phase} | Week {week} |"
        for n, (name, phase, week) in enumerate(MILESTONES, start=1)
    )
    readiness = "\n".join(
        f"| {module[0]} | Design workbook, test scripts, trained super users | Week {36 + n % 3} |"
        for n, module in enumerate(MODULES)
    )
    return f"""
# Exhibit 11 - Integrated Project Milestones

The milestones below are measured in weeks from the project kick-off. They will be converted to
calendar dates in the integrated project plan approved at the end of the Initiate phase. A
milestone is met when its Deliverables are accepted under Article 7.

|~ 1 | 5 | 2 | 2 |
| No. | Milestone | Phase | Target |
{rows}

**Module readiness.** Each module must meet the readiness conditions below before the Go-Live
readiness assessment.

|~ 3 | 5 | 2 |
| Module | Readiness conditions | Target |
{readiness}

[End of Agreement]
"""


def exhibit_10() -> str:
    rows = "\n\n".join(f"**{term}.** {meaning}" for term, meaning in GLOSSARY)
    return f"""
# Exhibit 10 - Glossary of Technical Terms

The following technical terms are used in the Schedules. They are explanatory only and do not
limit the definitions in Article 1.

{rows}

@pagebreak
"""


def build_text() -> str:
    rng = random.Random(20250101)
    main = MAIN_TERMS.format(definitions="\n\n".join(DEFINITIONS))
    return join(
        COVER,
        main,
        schedule_a(rng),
        SCHEDULE_B,
        SCHEDULE_C,
        schedule_d(rng),
        schedule_e(),
        schedule_f(),
        schedule_g(),
        SCHEDULE_H,
        schedule_i(),
        SCHEDULE_J_TO_L,
        schedule_m(),
        EXHIBITS_1_TO_3,
        exhibit_4(rng),
        "@pagebreak",
        exhibit_5(rng),
        exhibit_6(),
        exhibit_7(),
        EXHIBITS_8_AND_9,
        exhibit_10(),
        exhibit_11(),
    )


STONEBRIDGE = Contract(
    file="stonebridge_enterprise_long.pdf",
    description=(
        "Long enterprise agreement (80+ pages) whose CPT terms sit in Schedule C in the middle: "
        "pass-through $21.00 per Authorized User per year with most risk clauses; the $95 "
        "per-user monthly Platform Fee is not CPT."
    ),
    title="Enterprise License and Services Agreement - Stonebridge Health Technologies",
    text=build_text(),
    theme=Theme(
        body_font="Times-Roman",
        heading_font="Times-Bold",
        size=11.5,
        leading=15,
        header="Stonebridge Health Technologies Corporation - Confidential",
        footer="Enterprise License and Services Agreement No. SHT-ELSA-2025-0031",
    ),
    terms=terms(
        VENDOR,
        "pass_through",
        fee=(21.0, "user", "year"),
        ama_notice=True,
        code_sets=("CPT", "HCPCS", "ICD-10", "LOINC", "SNOMED"),
        flags=(
            "user_reporting",
            "ama_third_party_rights",
            "sublicense_ends_with_vendor_license",
            "no_affiliate_use",
            "fee_escalation",
            "true_up",
            "licensing_indemnity",
        ),
        user_definition=USER_DEFINITION,
        effective_date="2025-01-01",
        initial_term_months=60,
        auto_renews=True,
        notice_days=120,
    ),
)
