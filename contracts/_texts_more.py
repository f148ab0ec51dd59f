"""Sample contracts, part 2: other coverage values, fee units and the code-set traps."""

from __future__ import annotations

from _boilerplate import CONFIDENTIALITY, GENERAL, LIABILITY, PRIVACY, WARRANTY, section
from _render import Theme
from _spec import Contract, join, terms

# --------------------------------------------------------------------------------------------
# Ashgrove: vendor covers CPT, shown as an "Included ($0.00)" line in the pricing table.
# Also the source of the password-protected copy.
# --------------------------------------------------------------------------------------------

ASHGROVE_USER = (
    '"User" means a natural person who is authorized by Customer to use the Service and to whom '
    "Company has issued a user ID."
)

ASHGROVE_TEXT = join(
    """
= SOFTWARE SERVICES AGREEMENT

== Ashgrove Billing Cloud

This Software Services Agreement ("Agreement") is entered into between Ashgrove Medical Billing
Co., a Georgia corporation ("Company"), and the organization that signs the Agreement as customer
("Customer"), effective as of September 1, 2025 (the "Effective Date").

# 1. Definitions

"Service" means Company's hosted medical billing software, Ashgrove Billing Cloud, including
claim scrubbing, electronic remittance posting, patient statements and reporting.
""",
    ASHGROVE_USER,
    """
"Documentation" means the online help and specifications Company makes available for the Service.

# 2. The Service

**2.1 Provision.** Company will make the Service available to Customer's Users through a web
browser, twenty-four hours a day, seven days a week, except for scheduled maintenance announced at
least forty-eight hours in advance and performed outside 6:00 a.m. to 9:00 p.m. Eastern Time.

**2.2 Use.** Customer may use the Service only for its own billing operations and in accordance
with the Documentation. User IDs are personal and may not be shared.

**2.3 Code Content.** The Service includes CPT codes and descriptors, HCPCS Level II codes and
ICD-10-CM diagnosis codes for claim preparation and editing.

# 3. Fees

Customer shall pay the fees in the Pricing Schedule below ("Service Fees"), monthly in advance.
Invoices are due within fifteen (15) days of the invoice date.

## Pricing Schedule

|~ 4 | 2 | 2 |
| Service component | Unit | Monthly price |
| Ashgrove Billing Cloud | per User | $59.00 |
| Clearinghouse connectivity | per rendering provider | $25.00 |
| AMA CPT royalty | per User | Included ($0.00) |
| Onboarding and payer enrolment | per organization | $0.00 (waived) |

# 4. CPT License

**4.1 Distribution Rights.** Company is an AMA-authorized distributor of CPT and grants Customer a
non-exclusive sublicense to use CPT in the Service. The royalty for CPT content is included in
the Service Fees; as the Pricing Schedule shows, Company charges no separate amount for it.

**4.2 Single Entity.** The sublicense extends only to Customer as a single legal entity and not to
its affiliates, subsidiaries, management services organizations or any other legal entity, each
of which must obtain its own license.

**4.3 Certification.** Within thirty (30) days after each anniversary of the Effective Date,
Customer shall certify to Company in writing the number of Users who accessed the Service during
the preceding year.

> Fee schedules, relative value units, conversion factors and/or related components are not
> assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA
> does not directly or indirectly practice medicine or dispense medical services.

# 5. Term and Renewal

This Agreement begins on the Effective Date and continues for an initial term of one (1) year. It
then renews automatically for further one-year terms. Either party may prevent renewal by written
notice given at least thirty (30) days before the renewal date.
""",
    section(PRIVACY, "data", 6, "Company", "Customer"),
    section(CONFIDENTIALITY, "short", 7, "Company", "Customer"),
    section(WARRANTY, "conformance", 8, "Company", "Customer"),
    section(LIABILITY, "twelve_months", 9, "Company", "Customer"),
    section(GENERAL, "long", 10, "Company", "Customer", "Georgia"),
    """
@sig ASHGROVE MEDICAL BILLING CO. || CUSTOMER
""",
)

ASHGROVE = Contract(
    file="ashgrove_billing_terms.pdf",
    description=(
        "Vendor covers CPT: an 'AMA CPT royalty | Included ($0.00)' pricing line (cpt_fee null); "
        "$59 per-user monthly service fee is not CPT; single-entity restriction."
    ),
    title="Software Services Agreement - Ashgrove Medical Billing Co.",
    text=ASHGROVE_TEXT,
    theme=Theme(
        body_font="Times-Roman",
        size=10.5,
        leading=13.5,
        footer="Ashgrove Medical Billing Co. - Software Services Agreement",
    ),
    terms=terms(
        "Ashgrove Medical Billing Co.",
        "vendor_covers",
        ama_notice=True,
        code_sets=("CPT", "HCPCS", "ICD-10"),
        flags=("no_affiliate_use", "user_reporting"),
        user_definition=ASHGROVE_USER,
        effective_date="2025-09-01",
        initial_term_months=12,
        auto_renews=True,
        notice_days=30,
    ),
)

# --------------------------------------------------------------------------------------------
# Tidewater: clearinghouse that names ICD-10-CM and HCPCS Level II only; no CPT at all.
# --------------------------------------------------------------------------------------------

TIDEWATER_TEXT = join(
    """
= CLEARINGHOUSE SERVICES AGREEMENT

This Clearinghouse Services Agreement (the "Agreement") is made and entered into as of July 1,
2025 by and between Tidewater Claims Network, Inc., a Virginia corporation ("Tidewater"), and the
health care provider organization identified in the Enrollment Form ("Submitter").

# 1. Services

**1.1 Transactions.** Tidewater will receive Submitter's electronic health care claims, edit them,
translate them into the HIPAA-standard ASC X12 837 format where necessary and forward them to the
payers Submitter designates, and will return payer acknowledgments, claim status responses and
electronic remittance advice (ASC X12 835) to Submitter.

**1.2 Claim Editing.** Tidewater's front-end edits check each claim against payer-specific rules
and against the current ICD-10-CM diagnosis code set and the HCPCS Level II code set published by
the Centers for Medicare & Medicaid Services. Tidewater loads each quarterly release of those
federal code sets at no charge to Submitter.

**1.3 Enrollment.** Tidewater will help Submitter complete payer enrollment for electronic claims
and remittances. Payer approval times are outside Tidewater's control.

# 2. Submitter Obligations

Submitter shall (a) submit only claims for services actually rendered and documented; (b) ensure
that all codes, charges and patient information on its claims are accurate; (c) maintain the
connectivity and software needed to exchange files with Tidewater; and (d) review rejection
reports daily and correct rejected claims promptly.

# 3. Fees

**3.1 Monthly Fee.** Submitter shall pay a claims processing fee of $35.00 per provider per month
for each rendering provider enrolled with Tidewater, which includes unlimited professional claims.

**3.2 Transaction Fees.** Real-time eligibility and claim status inquiries are charged at $0.29 per
inquiry. Paper claims printed and mailed by Tidewater are charged at $0.85 per claim plus postage.

**3.3 Setup.** A one-time account setup fee of $199.00 is payable with the first invoice.

**3.4 Payment.** Fees are invoiced monthly in arrears and are due within twenty (20) days.

# 4. Term

The initial term of this Agreement is twelve (12) months from the date first written above (the
"Initial Term"). After the Initial Term, this Agreement continues for consecutive renewal periods
of twelve (12) months each unless either party gives the other not less than sixty (60) days'
prior written notice of termination before the end of the then-current period.

# 5. Data and Records

Tidewater will retain claim files and reports for seven (7) years and will provide copies to
Submitter on request at its then-current research rates. Tidewater is a health care
clearinghouse under HIPAA and will protect the privacy and security of the protected health
information it processes.
""",
    section(CONFIDENTIALITY, "short", 6, "Tidewater", "Submitter"),
    section(WARRANTY, "workmanlike", 7, "Tidewater", "Submitter"),
    section(LIABILITY, "double", 8, "Tidewater", "Submitter"),
    section(GENERAL, "short", 9, "Tidewater", "Submitter", "Virginia"),
    """
@sig TIDEWATER CLAIMS NETWORK, INC. || SUBMITTER
""",
)

TIDEWATER = Contract(
    file="tidewater_clearinghouse_icd_hcpcs.pdf",
    description=(
        "Clearinghouse naming only ICD-10-CM and HCPCS Level II (no CPT): not_addressed; the $35 "
        "per-provider monthly fee is a claims fee, not a CPT fee."
    ),
    title="Clearinghouse Services Agreement - Tidewater Claims Network, Inc.",
    text=TIDEWATER_TEXT,
    theme=Theme(body_font="Times-Roman", footer="Tidewater Claims Network - CSA 2025"),
    terms=terms(
        "Tidewater Claims Network, Inc.",
        "not_addressed",
        code_sets=("HCPCS", "ICD-10"),
        effective_date="2025-07-01",
        initial_term_months=12,
        auto_renews=True,
        notice_days=60,
    ),
)

# --------------------------------------------------------------------------------------------
# Ivorycrest: dental practice software that licenses CDT from the ADA (not CPT).
# --------------------------------------------------------------------------------------------

IVORYCREST_USER = (
    '"Authorized User" means a dentist, hygienist, dental assistant or office staff member of '
    "Practice who is assigned a login to the Software."
)

IVORYCREST_TEXT = join(
    """
= DENTAL PRACTICE SOFTWARE SUBSCRIPTION AGREEMENT

This Subscription Agreement (the "Agreement") is between Ivorycrest Dental Software, Inc., an
Arizona corporation ("Ivorycrest"), and the dental practice that accepts it ("Practice"). This
Agreement becomes effective on the date Practice accepts Ivorycrest's order confirmation.

# 1. Definitions

"Software" means Ivorycrest's hosted dental practice management and charting software, including
scheduling, perio charting, treatment planning, imaging integration and insurance claims.
""",
    IVORYCREST_USER,
    """
"Operatory" means a treatment room in which the Software is used at chairside.

"CDT" means the Current Dental Terminology code set published by the American Dental Association
("ADA").

# 2. Subscription

Ivorycrest grants Practice a non-exclusive right for its Authorized Users to use the Software
during the term for Practice's dental practice. Practice shall not permit anyone other than its
Authorized Users to access the Software.

# 3. Fees

**3.1 Subscription.** The subscription fee is $59.00 per Operatory per month, with a minimum of
three Operatories, billed monthly in advance.

**3.2 CDT Content Fee.** Ivorycrest licenses CDT from the ADA and includes the current CDT codes
and descriptors in the Software. Practice shall pay an annual CDT content fee of $45.00 per
Practice, which Ivorycrest remits to the ADA after deducting its handling costs.

**3.3 Claims.** Electronic dental claims are included. Attachments sent through Ivorycrest's
attachment service are charged at $0.40 each.

# 4. Dental Codes

**4.1 CDT Sublicense.** Ivorycrest grants Practice a sublicense to use CDT within the Software for
Practice's own patient records and dental claims. Practice shall not copy CDT out of the Software
or distribute it to anyone else.

**4.2 ADA Rights.** The ADA is a third-party beneficiary of Section 4.1 and may enforce it.

**4.3 Medical Cross-Coding.** For dental procedures billed to medical plans, the Software suggests
ICD-10-CM diagnosis codes from the public code files.

> CDT © 2024 American Dental Association. All rights reserved. Current Dental Terminology and CDT
> are trademarks of the American Dental Association.

# 5. Term

The initial term is twelve (12) months from the effective date of this Agreement. The Agreement
then automatically renews for additional twelve (12) month periods unless Practice or Ivorycrest
gives written notice of non-renewal at least thirty (30) days before the end of the current
period.

# 6. Data

Practice owns its patient records. Ivorycrest will host them in the United States, back them up
nightly and return them to Practice in a standard format within thirty (30) days after the
Agreement ends. Ivorycrest acts as Practice's business associate under HIPAA.
""",
    section(CONFIDENTIALITY, "plain", 7, "Ivorycrest", "Practice"),
    section(WARRANTY, "conformance", 8, "Ivorycrest", "Practice"),
    section(LIABILITY, "twelve_months", 9, "Ivorycrest", "Practice"),
    section(GENERAL, "short", 10, "Ivorycrest", "Practice", "Arizona"),
    """
@sig IVORYCREST DENTAL SOFTWARE, INC. || PRACTICE
""",
)

IVORYCREST = Contract(
    file="ivorycrest_dental_cdt.pdf",
    description=(
        "Dental software licensing CDT from the ADA, with an ADA content fee and ADA notice: CDT "
        "is not CPT, so CPT coverage is not_addressed and there is no CPT fee."
    ),
    title="Dental Practice Software Subscription Agreement - Ivorycrest Dental Software, Inc.",
    text=IVORYCREST_TEXT,
    theme=Theme(
        body_font="Helvetica",
        size=9.5,
        leading=12.5,
        justify=False,
        footer="Ivorycrest Dental Software, Inc.",
    ),
    terms=terms(
        "Ivorycrest Dental Software, Inc.",
        "not_addressed",
        code_sets=("CDT", "ICD-10"),
        user_definition=IVORYCREST_USER,
        initial_term_months=12,
        auto_renews=True,
        notice_days=30,
    ),
)

# --------------------------------------------------------------------------------------------
# Lakemont: CPT is mentioned but who pays is left open; a CMS point-and-click agreement that
# only covers CMS programs.
# --------------------------------------------------------------------------------------------

LAKEMONT_USER = (
    '"Named User" means one identified individual to whom Customer assigns a unique login (a '
    '"Seat") to the Service.'
)

LAKEMONT_TEXT = join(
    """
= ELIGIBILITY AND CLAIM STATUS SERVICE TERMS

These Service Terms govern the eligibility verification and claim status service (the "Service")
provided by Lakemont Health Data LLC, a Minnesota limited liability company ("Lakemont"), to the
customer named in the accompanying order ("Customer"). The Service Terms are effective as of
October 1, 2025.

# 1. Definitions
""",
    LAKEMONT_USER,
    """
"Payer Response" means eligibility, benefit and claim status information returned by a health
plan or government program in response to an inquiry sent through the Service.

# 2. The Service

**2.1 Inquiries.** The Service lets Named Users send real-time and batch eligibility and claim
status inquiries to more than 900 health plans and to Medicare and Medicaid programs, and view
and export the Payer Responses.

**2.2 Payer Content.** Payer Responses may include CPT and HCPCS codes and descriptions supplied
by payers. Lakemont displays that content as received and does not edit it.

**2.3 Medicare Access.** Medicare eligibility information is obtained through systems operated by
Medicare Administrative Contractors on behalf of the Centers for Medicare & Medicaid Services
(CMS). Before a Named User can view Medicare Payer Responses, the Named User must accept the CMS
End User/Point and Click Agreement presented on screen. That agreement covers the use of CPT in
CMS programs only.

# 3. Fees

**3.1 Subscription.** Customer shall pay $89.00 per Seat per month for the Service, which
includes 2,000 inquiries per month across all Seats.

**3.2 Additional Inquiries.** Inquiries beyond the monthly allowance are charged at $0.12 each.

**3.3 Third-Party Content.** Additional charges for third-party content, including code sets such
as CPT, may apply as Lakemont determines from time to time.

**3.4 Billing.** Lakemont invoices monthly. Invoices are due on receipt.

# 4. Term

The initial term is twelve (12) months from the effective date of these Service Terms. The
Service Terms renew automatically for successive twelve (12) month terms unless either party
notifies the other of non-renewal at least thirty (30) days in advance.

# 5. Acceptable Use

Customer shall send inquiries only for patients who have scheduled or received services from
Customer, shall not use the Service to build a payer directory or to resell Payer Responses, and
shall keep Payer Responses confidential as protected health information.
""",
    section(CONFIDENTIALITY, "short", 6, "Lakemont", "Customer"),
    section(WARRANTY, "workmanlike", 7, "Lakemont", "Customer"),
    section(LIABILITY, "double", 8, "Lakemont", "Customer"),
    section(GENERAL, "short", 9, "Lakemont", "Customer", "Minnesota"),
    """
@sig LAKEMONT HEALTH DATA LLC || CUSTOMER
""",
)

LAKEMONT = Contract(
    file="lakemont_eligibility_unclear.pdf",
    description=(
        "CPT named but who pays left open ('additional charges for third-party content, "
        "including code sets such as CPT, may apply'): unclear; CMS point-and-click agreement "
        "covers CMS programs only; $89 per-seat monthly subscription is not CPT."
    ),
    title="Eligibility and Claim Status Service Terms - Lakemont Health Data LLC",
    text=LAKEMONT_TEXT,
    theme=Theme(
        body_font="Times-Roman",
        size=10,
        leading=13,
        footer="Lakemont Health Data LLC - Service Terms",
    ),
    terms=terms(
        "Lakemont Health Data LLC",
        "unclear",
        code_sets=("CPT", "HCPCS"),
        user_definition=LAKEMONT_USER,
        effective_date="2025-10-01",
        initial_term_months=12,
        auto_renews=True,
        notice_days=30,
    ),
)

# --------------------------------------------------------------------------------------------
# Oakhaven: customer must hold its own AMA license and uploads its own CPT content.
# --------------------------------------------------------------------------------------------

OAKHAVEN_USER = (
    '"Platform User" means any individual who logs in to the Platform, views its dashboards or '
    "receives exports generated by the Platform on Client's behalf."
)

OAKHAVEN_TEXT = join(
    """
= PLATFORM SUBSCRIPTION AGREEMENT

== Oakhaven Coding Intelligence

This Platform Subscription Agreement (this "Agreement"), effective as of May 15, 2025, is
concluded between Oakhaven Analytics Inc., a Massachusetts corporation ("Oakhaven"), and the
health care organization named in the Statement of Work ("Client").

# 1. Definitions

"Platform" means Oakhaven's hosted coding analytics, denial prediction and documentation
improvement platform, with its algorithms, dashboards and application programming interfaces.
""",
    OAKHAVEN_USER,
    """
"Client Content" means all data, files, code tables and fee schedules that Client or its
Platform Users load into the Platform.

"Site" means a facility or clinic of Client whose encounter data is processed by the Platform.

# 2. Subscription and Services

**2.1 Access.** Oakhaven grants Client a non-exclusive, non-transferable right during the term to
access the Platform and to permit its Platform Users to use it for Client's internal revenue
integrity work.

**2.2 Professional Services.** Oakhaven will perform the onboarding, data mapping and model
calibration services described in the Statement of Work on a time-and-materials basis at the
rates stated there.

# 3. Fees

The platform fee is $1,950.00 per Site per month, invoiced quarterly in advance. Professional
services are invoiced monthly in arrears. Invoices are due within forty-five (45) days.

# 4. CPT Licensing

**4.1 No CPT License.** The Platform is delivered without CPT content, and nothing in this
Agreement grants Client any right to use CPT. Client shall obtain and maintain, at its own cost, a
license from the American Medical Association or an AMA-authorized distributor that covers every
Platform User who uses CPT in connection with the Platform.

**4.2 Client-Loaded Codes.** Client will load its own CPT code descriptors, charge data and payer
fee schedules into the Platform through Oakhaven's data import tools as Client Content, and Client
alone is responsible for the licensing of that content.

**4.3 Indemnity.** Client shall indemnify, defend and hold harmless Oakhaven from any claim,
audit finding or demand by the American Medical Association or any other licensor arising from
Client's failure to hold sufficient CPT licenses for its Platform Users.

**4.4 Other Code Sets.** The Platform includes the public ICD-10-CM and ICD-10-PCS code files,
which Oakhaven refreshes each fiscal year.

# 5. Term and Renewal

The initial term of this Agreement is eighteen (18) months from its effective date. It will renew
automatically for successive renewal terms of twelve (12) months unless either party notifies the
other in writing at least ninety (90) days before the expiry of the current term that it does not
wish to renew.
""",
    section(PRIVACY, "baa", 6, "Oakhaven", "Client"),
    section(CONFIDENTIALITY, "formal", 7, "Oakhaven", "Client"),
    section(WARRANTY, "conformance", 8, "Oakhaven", "Client"),
    section(LIABILITY, "double", 9, "Oakhaven", "Client"),
    section(GENERAL, "long", 10, "Oakhaven", "Client", "Massachusetts"),
    """
@sig OAKHAVEN ANALYTICS INC. || CLIENT
""",
)

OAKHAVEN = Contract(
    file="oakhaven_customer_license.pdf",
    description=(
        "Customer must license CPT itself and loads its own CPT descriptors; customer indemnifies "
        "the vendor for licensing shortfalls; $1,950 per-site monthly platform fee is not CPT."
    ),
    title="Platform Subscription Agreement - Oakhaven Analytics Inc.",
    text=OAKHAVEN_TEXT,
    theme=Theme(
        body_font="Times-Roman",
        heading_font="Times-Bold",
        size=10.5,
        leading=14,
        footer="Oakhaven Analytics Inc. | Platform Subscription Agreement",
    ),
    terms=terms(
        "Oakhaven Analytics Inc.",
        "customer_must_license",
        code_sets=("CPT", "ICD-10"),
        flags=("customer_supplied_codes", "licensing_indemnity"),
        user_definition=OAKHAVEN_USER,
        effective_date="2025-05-15",
        initial_term_months=18,
        auto_renews=True,
        notice_days=90,
    ),
)

# --------------------------------------------------------------------------------------------
# Rivermark: mobile charge capture; practice loads its own CPT (HCPCS Level I) codes.
# --------------------------------------------------------------------------------------------

RIVERMARK_TEXT = join(
    """
= CHARGE CAPTURE APP SUBSCRIPTION TERMS

These Subscription Terms (the "Terms") are an agreement between Rivermark Coding Tools LLC, a
Tennessee limited liability company ("Rivermark"), and the medical practice that subscribes to the
Rivermark ChargeCard app ("Practice").

# 1. The App

ChargeCard lets physicians and other practitioners capture charges at the point of care on a
phone or tablet, attach diagnoses, and send the charges to Practice's billing system through a
secure interface. ChargeCard includes a searchable ICD-10-CM diagnosis list.

# 2. Price

The subscription price is $39.00 per provider per month, billed to Practice's card on file on the
first day of each month. Interfaces to billing systems other than those listed on Rivermark's
website are quoted separately.

# 3. Procedure Codes

**3.1 No CPT Content.** Rivermark does not distribute CPT. ChargeCard ships with an empty
procedure code library.

**3.2 Practice's Codes.** Practice loads its own CPT® (HCPCS Level I) codes and descriptors into
ChargeCard from a file that Practice obtains under its own license, and may edit them at any time.

**3.3 Practice's License.** Practice represents that it holds, and will keep in force while it
uses ChargeCard, a valid CPT license from the American Medical Association or an AMA-authorized
distributor for every person who uses ChargeCard.

**3.4 Hold Harmless.** Practice will defend and hold harmless Rivermark against any claim or
audit asserting that Practice or any of its users lacked a required CPT license, and will pay any
resulting royalties, fees and costs.

> CPT® is a registered trademark of the American Medical Association, which is not affiliated
> with Rivermark and has not endorsed ChargeCard.

# 4. Term and Cancellation

The initial term is one (1) month and renews automatically for successive one-month terms until
either party cancels on thirty (30) days' notice. Rivermark does not refund partial months.

# 5. Privacy

Rivermark encrypts charge data on the device and in transit, deletes it from the device once the
billing system confirms receipt, and signs a Business Associate Agreement with every Practice.
""",
    section(WARRANTY, "as_is", 6, "Rivermark", "Practice"),
    section(LIABILITY, "minimal", 7, "Rivermark", "Practice"),
    section(GENERAL, "short", 8, "Rivermark", "Practice", "Tennessee"),
)

RIVERMARK = Contract(
    file="rivermark_own_codes.pdf",
    description=(
        "Customer must license CPT and loads its own CPT (HCPCS Level I) codes; hold-harmless for "
        "missing licenses; $39 per-provider monthly app price is not CPT; 'HCPCS Level I' is CPT."
    ),
    title="ChargeCard Subscription Terms - Rivermark Coding Tools LLC",
    text=RIVERMARK_TEXT,
    theme=Theme(
        body_font="Helvetica",
        size=10,
        leading=13.5,
        justify=False,
        footer="Rivermark Coding Tools LLC - ChargeCard Terms",
    ),
    terms=terms(
        "Rivermark Coding Tools LLC",
        "customer_must_license",
        ama_notice=True,
        code_sets=("CPT", "ICD-10"),
        flags=("customer_supplied_codes", "licensing_indemnity"),
        initial_term_months=1,
        auto_renews=True,
        notice_days=30,
    ),
)

# --------------------------------------------------------------------------------------------
# Greenfield: pass-through CPT fee per user per month (USD 1.55/user/month), with true-up.
# --------------------------------------------------------------------------------------------

GREENFIELD_USER = (
    '"User" means each individual, including each provider and each member of your staff, who '
    "accesses the Platform or relies on claims, reports or other output generated by the Platform."
)

GREENFIELD_TEXT = join(
    """
= CLOUD SERVICES TERMS

== Greenfield Clinical Cloud, Inc.

These Cloud Services Terms (the "Terms") form a binding agreement between Greenfield Clinical
Cloud, Inc., a California corporation ("Greenfield", "we", "us" or "our"), and the organization
that accepts them ("Customer", "you" or "your"). The Terms are effective as of August 1, 2025.

# 1. Definitions

"Platform" means our cloud-based electronic health record, including charting, e-prescribing,
problem lists coded in SNOMED CT, ICD-10-CM diagnosis search and the billing module.
""",
    GREENFIELD_USER,
    """
"Provider" means a licensed practitioner who documents encounters in the Platform.

# 2. Using the Platform

We will provide the Platform to you under these Terms. You are responsible for your Users and for
keeping their credentials secure. You will not use the Platform to store data that you are not
allowed to store or to send unsolicited messages.

# 3. Prices

**3.1 Subscription.** Platform subscription: USD 210/provider/month.

**3.2 CPT content.** The billing module uses CPT codes and descriptors that we sublicense from the
American Medical Association. Our AMA CPT content fee is USD 1.55/user/month, billed with the
subscription and shown as a separate line on each invoice.

**3.3 Reporting.** You will report to us, by the fifth day of each month, the number of Users
active in the prior month, and you agree that we may give your organization's name and User count
to the AMA.

**3.4 Added Users.** Users added during a calendar month are charged the full monthly CPT content
fee for that month, and we reconcile the difference on the next invoice.

> CPT copyright 2025 American Medical Association. All rights reserved.

# 4. Term

These Terms start on their effective date and have an initial term of twelve (12) months. They
then renew automatically for further twelve-month terms unless you or we give notice of
non-renewal no fewer than seventy-five (75) days before the end of the current term.

# 5. Service Levels

We aim for 99.9% monthly availability, excluding scheduled maintenance. If we miss that target in
any month, you may claim a credit of five percent (5%) of that month's subscription fees for
each full percentage point below the target, up to fifty percent (50%).
""",
    section(PRIVACY, "data", 6, "Greenfield", "Customer"),
    section(CONFIDENTIALITY, "plain", 7, "Greenfield", "Customer"),
    section(WARRANTY, "conformance", 8, "Greenfield", "Customer"),
    section(LIABILITY, "twelve_months", 9, "Greenfield", "Customer"),
    section(GENERAL, "long", 10, "Greenfield", "Customer", "California"),
)

GREENFIELD = Contract(
    file="greenfield_per_user_month.pdf",
    description=(
        "Pass-through CPT fee written 'USD 1.55/user/month', with monthly user reporting, consent "
        "to disclosure to the AMA and a true-up; USD 210/provider/month subscription is not CPT."
    ),
    title="Cloud Services Terms - Greenfield Clinical Cloud, Inc.",
    text=GREENFIELD_TEXT,
    theme=Theme(
        body_font="Helvetica",
        heading_font="Helvetica-Bold",
        size=9.5,
        leading=12.5,
        header="Greenfield Clinical Cloud, Inc.",
        footer="Cloud Services Terms",
    ),
    terms=terms(
        "Greenfield Clinical Cloud, Inc.",
        "pass_through",
        fee=(1.55, "user", "month"),
        ama_notice=True,
        code_sets=("CPT", "ICD-10", "SNOMED"),
        flags=("user_reporting", "true_up"),
        user_definition=GREENFIELD_USER,
        effective_date="2025-08-01",
        initial_term_months=12,
        auto_renews=True,
        notice_days=75,
    ),
)

# --------------------------------------------------------------------------------------------
# Juniper Ridge: perpetual desktop licence with a one-time CPT fee per practice.
# --------------------------------------------------------------------------------------------

JUNIPER_TEXT = join(
    """
= SOFTWARE LICENSE AGREEMENT

== Juniper Ridge Medical Software, Inc. - JRM Office 2026

This Software License Agreement (this "Agreement") is effective as of November 3, 2025 and is
made by Juniper Ridge Medical Software, Inc., an Oregon corporation ("Licensor"), in favour of
the medical practice named in the License Certificate ("Licensee").

# 1. Grant of License

Licensor grants Licensee a perpetual, non-exclusive, non-transferable license to install and use
JRM Office 2026 (the "Software") on the number of workstations stated in the License Certificate,
for Licensee's own practice. The Software is licensed, not sold.

# 2. Fees

**2.1 Software License Fee.** Licensee shall pay a one-time license fee of $3,400.00 per
workstation.

**2.2 CPT Data License.** The Software includes a CPT data file that Licensor distributes under
its agreement with the American Medical Association. For that data file Licensee shall pay a
one-time CPT license fee of $275.00 per Practice, due with the software license fee.

**2.3 Maintenance.** Optional annual maintenance, which provides telephone support and software
fixes, is priced at eighteen percent (18%) of the software license fees per year.

# 3. CPT Terms

**3.1 Use.** Licensee may use the CPT data file only within the Software and only for Licensee's
internal purposes. Licensee shall not export, publish or resell CPT content.

**3.2 Duration.** Licensee's CPT rights continue only for so long as Licensor's distribution
agreement with the American Medical Association remains in force. If that agreement ends,
Licensee must stop using the CPT data file, although its license to the rest of the Software
continues.

> The AMA does not directly or indirectly practice medicine or dispense medical services. CPT is a
> registered trademark of the American Medical Association.

# 4. Installation and Support

Licensee is responsible for installing the Software on workstations that meet Licensor's
published requirements. Licensor will provide telephone support for installation for ninety (90)
days after delivery, and afterwards under maintenance.

# 5. Termination

Licensor may terminate this Agreement if Licensee breaches Section 1 or Section 3 and fails to
cure the breach within thirty (30) days after notice. On termination Licensee shall uninstall the
Software and destroy all copies.
""",
    section(CONFIDENTIALITY, "short", 6, "Licensor", "Licensee"),
    section(WARRANTY, "as_is", 7, "Licensor", "Licensee"),
    section(LIABILITY, "minimal", 8, "Licensor", "Licensee"),
    section(GENERAL, "short", 9, "Licensor", "Licensee", "Oregon"),
    """
@sig JUNIPER RIDGE MEDICAL SOFTWARE, INC. || LICENSEE

## License Certificate

|~ 3 | 5 |
| Item | Detail |
| Licensee | Cascade Valley Pediatrics, LLC |
| Product | JRM Office 2026, desktop edition |
| Workstations | 4 |
| Software license fee | $13,600.00 (4 x $3,400.00), one-time |
| CPT license fee | $275.00 per Practice, one-time |
""",
)

JUNIPER = Contract(
    file="juniper_one_time_fee.pdf",
    description=(
        "Perpetual desktop licence with a one-time CPT license fee of $275.00 per Practice "
        "(organization, one_time); the $3,400 per-workstation licence fee is not CPT."
    ),
    title="Software License Agreement - Juniper Ridge Medical Software, Inc.",
    text=JUNIPER_TEXT,
    theme=Theme(
        body_font="Times-Roman",
        size=10.5,
        leading=13.5,
        footer="JRM Office 2026 - Software License Agreement",
    ),
    terms=terms(
        "Juniper Ridge Medical Software, Inc.",
        "pass_through",
        fee=(275.0, "organization", "one_time"),
        ama_notice=True,
        code_sets=("CPT",),
        flags=("sublicense_ends_with_vendor_license",),
        effective_date="2025-11-03",
    ),
)

# --------------------------------------------------------------------------------------------
# Pinecrest: telehealth platform with no code sets at all.
# --------------------------------------------------------------------------------------------

PINECREST_USER = (
    '"Authorized User" means a clinician or staff member of Practice who has been assigned a Seat.'
)

PINECREST_TEXT = join(
    """
= TELEHEALTH PLATFORM AGREEMENT

This Telehealth Platform Agreement ("Agreement") is effective as of January 15, 2025 between
Pinecrest Virtual Care, Inc., a Delaware corporation ("Pinecrest"), and the practice identified
in the signature block below ("Practice").

# 1. Definitions

"Platform" means Pinecrest's video visit, virtual waiting room, secure messaging and online
scheduling service, including its mobile apps.

"Seat" means a named login to the Platform.
""",
    PINECREST_USER,
    """
# 2. Platform Access

Pinecrest will make the Platform available to Practice's Authorized Users and to their patients.
Patients do not need a Seat. Practice is responsible for verifying the identity of its patients
and for obtaining any consent to telehealth that applicable law requires.

# 3. Fees

**3.1 Seats.** Practice shall pay $64.00 per Seat per month. Seats may be added at any time and
are billed from the day they are added.

**3.2 Text Messages.** Appointment reminders by text message are included up to 500 messages per
Seat per month and are charged at $0.02 per message above that allowance.

# 4. Clinical Responsibility

Practice and its clinicians are solely responsible for all clinical decisions, documentation and
billing for telehealth visits. Pinecrest does not provide medical services, coding advice or
billing services.

# 5. Term

The initial term of this Agreement is twelve (12) months. The Agreement renews automatically for
renewal terms of twelve (12) months unless a party gives written notice of non-renewal at least
thirty (30) days before the end of the then-current term.
""",
    section(PRIVACY, "baa", 6, "Pinecrest", "Practice"),
    section(CONFIDENTIALITY, "short", 7, "Pinecrest", "Practice"),
    section(WARRANTY, "conformance", 8, "Pinecrest", "Practice"),
    section(LIABILITY, "double", 9, "Pinecrest", "Practice"),
    section(GENERAL, "long", 10, "Pinecrest", "Practice", "Delaware"),
    """
@sig PINECREST VIRTUAL CARE, INC. || PRACTICE
""",
)

PINECREST = Contract(
    file="pinecrest_telehealth_no_codes.pdf",
    description=(
        "Telehealth platform that names no code set at all: not_addressed; the $64 per-seat "
        "monthly price is a subscription, not a CPT fee."
    ),
    title="Telehealth Platform Agreement - Pinecrest Virtual Care, Inc.",
    text=PINECREST_TEXT,
    theme=Theme(
        body_font="Helvetica",
        size=10,
        leading=13,
        justify=False,
        footer="Pinecrest Virtual Care, Inc. - Telehealth Platform Agreement",
    ),
    terms=terms(
        "Pinecrest Virtual Care, Inc.",
        "not_addressed",
        user_definition=PINECREST_USER,
        effective_date="2025-01-15",
        initial_term_months=12,
        auto_renews=True,
        notice_days=30,
    ),
)

CONTRACTS = [
    ASHGROVE,
    TIDEWATER,
    IVORYCREST,
    LAKEMONT,
    OAKHAVEN,
    RIVERMARK,
    GREENFIELD,
    JUNIPER,
    PINECREST,
]
