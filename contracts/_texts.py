"""Sample contracts, part 1: EHR and practice-management agreements with CPT terms."""

from __future__ import annotations

from _boilerplate import CONFIDENTIALITY, GENERAL, LIABILITY, PRIVACY, WARRANTY, section
from _render import Theme
from _spec import Contract, join, terms

# --------------------------------------------------------------------------------------------
# Bluepeak: vendor covers CPT (AMA-authorized distributor, sublicense, royalty included);
# a $149 per-user monthly SUBSCRIPTION price that is not a CPT fee.
# --------------------------------------------------------------------------------------------

BLUEPEAK_USER = (
    '"Authorized User" means an individual employee, contractor or clinician of Customer whom '
    "Customer authorizes to access the Subscription Services and to whom Vendor issues unique "
    "login credentials."
)

BLUEPEAK_TEXT = join(
    """
= MASTER SUBSCRIPTION AGREEMENT

== Bluepeak Clinical Cloud | Agreement No. BHS-MSA-2025-0412

This Master Subscription Agreement (the "Agreement") is entered into by and between Bluepeak
Health Systems, Inc., a Delaware corporation with offices at 1200 Larkin Avenue, Suite 400,
Minneapolis, Minnesota 55401 ("Vendor"), and the customer identified in the Order Form
("Customer"). This Agreement is effective as of March 1, 2025 (the "Effective Date"). Vendor and
Customer are each a "Party" and together the "Parties".

# 1. Definitions

Capitalized terms have the meanings given below or where they first appear in quotation marks.

"Affiliate" means any entity that directly or indirectly controls, is controlled by, or is under
common control with a Party, where "control" means ownership of more than fifty percent of the
voting interests of the entity.
""",
    BLUEPEAK_USER,
    """
"Customer Data" means all data, including protected health information, that Customer or its
Authorized Users enter into or generate with the Subscription Services.

"Documentation" means Vendor's then-current user guides, help pages and release notes for the
Subscription Services.

"Order Form" means an ordering document signed by both Parties that references this Agreement
and specifies the Subscription Services, quantities and fees.

"Subscription Services" means Vendor's hosted electronic health record and practice management
platform known as Bluepeak Clinical Cloud, including the updates and enhancements Vendor makes
generally available to its customers.

"Third-Party Content" means content that third parties license to Vendor and that is embedded in
the Subscription Services, including CPT content, ICD-10-CM diagnosis codes, LOINC laboratory
codes and SNOMED CT clinical terms.

# 2. Subscription Services

**2.1 Access.** Subject to this Agreement and payment of the fees, Vendor grants Customer a
non-exclusive, non-transferable right during the Subscription Term for its Authorized Users to
access and use the Subscription Services for Customer's internal business purposes.

**2.2 Restrictions.** Customer shall not (a) resell, rent or time-share the Subscription
Services; (b) decompile or reverse engineer any part of them; (c) use them to build a competing
product; or (d) remove or obscure any proprietary notice.

**2.3 Credentials.** Each login credential may be used only by the Authorized User to whom it is
issued and may not be shared. Customer is responsible for the acts and omissions of its
Authorized Users as if they were its own.

**2.4 Support.** Vendor will provide support under its standard support policy, including
telephone and web support from 7:00 a.m. to 7:00 p.m. Central Time on business days and
around-the-clock response to outages of the production environment.

# 3. Fees and Payment

**3.1 Subscription Fees.** Customer shall pay the subscription fees stated in the Order Form (the
"Subscription Fees"). Unless the Order Form states otherwise, the Subscription Fees are $149.00
per Authorized User per month, billed monthly in advance.

**3.2 Implementation.** Customer shall pay a one-time implementation fee of $2,500.00 when the
first Order Form is signed. The fee covers system configuration, two remote training sessions and
the migration of patient demographics from one legacy system.

**3.3 Payment Terms.** Invoices are due within thirty (30) days of the invoice date. Undisputed
amounts not paid when due bear interest at the lesser of one percent (1%) per month or the highest
rate the law permits.

**3.4 Taxes.** Fees exclude taxes. Customer shall pay all sales, use, value-added and similar
taxes, other than taxes on Vendor's net income.

# 4. Term and Termination

**4.1 Term.** The initial term of this Agreement is thirty-six (36) months beginning on the
Effective Date (the "Initial Term"). Thereafter this Agreement renews automatically for
successive one-year terms (each a "Renewal Term") unless either Party gives the other at least
ninety (90) days' notice of non-renewal before the end of the then-current term. The Initial
Term and all Renewal Terms are the "Subscription Term".

**4.2 Termination for Cause.** Either Party may terminate this Agreement if the other Party
materially breaches it and fails to cure the breach within thirty (30) days after receiving
written notice describing it.

**4.3 Effect of Termination.** When this Agreement ends, Customer's right to access the
Subscription Services ends. For sixty (60) days afterwards Vendor will make Customer Data
available for export in a standard, machine-readable format.
""",
    section(CONFIDENTIALITY, "formal", 5, "Vendor", "Customer"),
    section(PRIVACY, "baa", 6, "Vendor", "Customer"),
    """
# 7. CPT Content

**7.1 Vendor's AMA License.** Vendor is party to a license agreement with the American Medical
Association ("AMA") under which Vendor is an authorized distributor of Current Procedural
Terminology ("CPT") content in the Subscription Services.

**7.2 Sublicense.** Vendor grants Customer a non-exclusive, non-transferable, non-sublicensable
sublicense for its Authorized Users to use the CPT content embedded in the Subscription Services
solely for Customer's internal business purposes during the Subscription Term.

**7.3 Royalties Included.** All royalties due to the AMA for Customer's use of CPT content within
the Subscription Services are included in the Subscription Fees. Vendor does not charge Customer
a separate CPT license fee.

**7.4 Restrictions.** Customer may not make the CPT content, or any report or file that contains
it, available to any Affiliate or to any other legal entity; each such entity must obtain its
own license. Customer shall not copy, publish or create derivative works of the CPT content
except as the ordinary operation of the Subscription Services permits.

**7.5 Duration of Sublicense.** The sublicense in Section 7.2 terminates automatically if
Vendor's license agreement with the AMA expires or is terminated. Vendor will notify Customer
promptly of any such event and will use reasonable efforts to help Customer obtain a replacement
license.

**7.6 Third-Party Beneficiary.** The AMA is an intended third-party beneficiary of this Section 7
and may enforce it directly against Customer.

**7.7 Notices.** CPT only © 2025 American Medical Association. All rights reserved. Fee
schedules, relative value units, conversion factors and/or related components are not assigned
by the AMA, are not part of CPT, and the AMA is not recommending their use.

# 8. Intellectual Property

Vendor and its licensors own all rights in the Subscription Services, the Documentation and the
Third-Party Content. Customer owns the Customer Data. Customer grants Vendor a limited license to
host, copy and process Customer Data only as needed to provide the Subscription Services. If
Customer gives Vendor suggestions, Vendor may use them without obligation.
""",
    section(WARRANTY, "conformance", 9, "Vendor", "Customer"),
    """
# 10. Indemnification

**10.1 By Vendor.** Vendor shall defend Customer against any third-party claim alleging that the
Subscription Services, as provided by Vendor, infringe a United States patent, copyright or
trademark, and shall pay the damages and costs finally awarded against Customer on that claim.

**10.2 Procedure.** The indemnified Party shall give prompt written notice of the claim, allow
the indemnifying Party to control the defence and settlement, and cooperate reasonably at the
indemnifying Party's expense.
""",
    section(LIABILITY, "twelve_months", 11, "Vendor", "Customer"),
    section(GENERAL, "long", 12, "Vendor", "Customer", "Minnesota"),
    """
IN WITNESS WHEREOF, the Parties have executed this Agreement by their authorized representatives.

@sig BLUEPEAK HEALTH SYSTEMS, INC. || CUSTOMER
""",
)

BLUEPEAK = Contract(
    file="bluepeak_ehr_msa.pdf",
    description=(
        "Vendor covers CPT: AMA-authorized distributor, sublicense, royalty included in the "
        "subscription; the $149 per-user monthly subscription price is not a CPT fee."
    ),
    title="Master Subscription Agreement - Bluepeak Health Systems, Inc.",
    text=BLUEPEAK_TEXT,
    theme=Theme(footer="Bluepeak Health Systems, Inc. | MSA v4.1 | Confidential"),
    terms=terms(
        "Bluepeak Health Systems, Inc.",
        "vendor_covers",
        ama_notice=True,
        code_sets=("CPT", "ICD-10", "LOINC", "SNOMED"),
        flags=("ama_third_party_rights", "sublicense_ends_with_vendor_license", "no_affiliate_use"),
        user_definition=BLUEPEAK_USER,
        effective_date="2025-03-01",
        initial_term_months=36,
        auto_renews=True,
        notice_days=90,
    ),
)

# --------------------------------------------------------------------------------------------
# Meridian: pass-through CPT fee split into AMA royalty + processing fee (18.50 + 1.50 = 20).
# Also the source of the scanned sample.
# --------------------------------------------------------------------------------------------

MERIDIAN_TEXT = join(
    """
= PRACTICE MANAGEMENT SERVICES AGREEMENT

== Meridian Practice Solutions LLC

This Practice Management Services Agreement ("Agreement") is made between Meridian Practice
Solutions LLC, an Ohio limited liability company whose principal office is at 85 East Gay Street,
Columbus, Ohio 43215 ("Meridian"), and the physician practice that signs below ("Client"). The
Agreement takes effect on the date on which it has been signed by both parties.

# 1. Background and Scope

Meridian provides a cloud-based practice management system known as MeridianPM for scheduling,
patient registration, charge entry, claim submission and accounts receivable follow-up. Client
wishes to use MeridianPM for the clinicians of its practice, and Meridian is willing to provide
it, on the terms below.

# 2. Definitions

"Clinician" means each physician, nurse practitioner, physician assistant, therapist or other
licensed practitioner whose services are scheduled or billed through MeridianPM.

"Services" means MeridianPM, its related support and any implementation work described in a
schedule attached to this Agreement.

"Code Content" means the CPT® procedure codes and descriptors, ICD-10-CM diagnosis codes and
HCPCS Level II codes that MeridianPM displays, searches and validates.

# 3. Fees

**3.1 Service Fee.** Client shall pay a service fee of $299.00 per Clinician per month for access
to MeridianPM, invoiced monthly in arrears based on the Clinicians active during the month.

**3.2 CPT License Fee.** Meridian distributes CPT under a license from the American Medical
Association ("AMA") and passes the AMA's charge through to Client. The annual CPT license fee is
the $18.50 AMA royalty plus a $1.50 processing fee per clinician per year, invoiced each January
for every Clinician active on Client's account.

**3.3 Changes to the CPT License Fee.** The AMA sets its royalty each year. If the AMA increases
the royalty, Meridian may raise the CPT license fee by the amount of the increase on thirty (30)
days' written notice to Client.

**3.4 Payment.** Client shall pay each invoice within thirty (30) days of its date by ACH
transfer. Meridian may suspend the Services if any undisputed amount remains unpaid fifteen (15)
days after Meridian gives written notice that it is overdue.

# 4. CPT Sublicense and Reporting

**4.1 Grant.** Subject to payment of the CPT license fee, Meridian grants Client a non-exclusive,
non-transferable sublicense to use the CPT content in MeridianPM for Client's internal scheduling,
charge entry and billing.

**4.2 Reporting to the AMA.** Meridian reports to the AMA the number of Clinicians for whom the
CPT license fee has been paid. Client consents to Meridian disclosing Client's name, address and
Clinician count to the AMA for that purpose.

> CPT® is a registered trademark of the American Medical Association. CPT five-digit codes,
> descriptions and other data only are copyright 2024 American Medical Association. All rights
> reserved.

# 5. Term

This Agreement has an initial term of two (2) years. Thereafter, this Agreement shall renew for
additional one (1) year periods unless either party provides written notice of non-renewal at
least sixty (60) days before the end of the then-current term. Either party may terminate this
Agreement for the other's material breach that remains uncured thirty (30) days after written
notice.
""",
    section(CONFIDENTIALITY, "short", 6, "Meridian", "Client"),
    section(WARRANTY, "workmanlike", 7, "Meridian", "Client"),
    section(LIABILITY, "double", 8, "Meridian", "Client"),
    section(GENERAL, "short", 9, "Meridian", "Client", "Ohio"),
    """
@sig MERIDIAN PRACTICE SOLUTIONS LLC || CLIENT
""",
)

MERIDIAN = Contract(
    file="meridian_pm_agreement.pdf",
    description=(
        "Pass-through CPT fee split into an $18.50 AMA royalty plus a $1.50 processing fee per "
        "clinician per year (20.00); the $299 per-clinician monthly service fee is not CPT."
    ),
    title="Practice Management Services Agreement - Meridian Practice Solutions LLC",
    text=MERIDIAN_TEXT,
    theme=Theme(
        body_font="Helvetica",
        size=9.5,
        leading=12.5,
        justify=False,
        footer="MeridianPM Services Agreement (rev. 2025-01)",
    ),
    terms=terms(
        "Meridian Practice Solutions LLC",
        "pass_through",
        fee=(20.0, "provider", "year"),
        ama_notice=True,
        code_sets=("CPT", "HCPCS", "ICD-10"),
        flags=("user_reporting", "fee_escalation"),
        initial_term_months=24,
        auto_renews=True,
        notice_days=60,
    ),
)

# --------------------------------------------------------------------------------------------
# Cedarline: billing service; CPT fee $17 per provider per year, raised to $19 by Amendment No. 1
# on the last pages.
# --------------------------------------------------------------------------------------------

CEDARLINE_TEXT = join(
    """
= REVENUE CYCLE SERVICES AGREEMENT

This Revenue Cycle Services Agreement (this "Agreement") is effective as of February 1, 2025
(the "Effective Date") and is between Cedarline Revenue Partners, Inc., a Texas corporation
("Company"), and the medical practice named on the signature page ("Practice").

# 1. Services

Company will provide the revenue cycle services described in Exhibit A, including charge entry,
coding review, electronic claim submission, payment posting, denial management and patient
statements (the "Services"), using Company's proprietary billing platform (the "Platform").
Practice will have read-only access to the Platform for reporting.

# 2. Definitions

"Provider" means each physician or non-physician practitioner who renders services that Company
bills for Practice under Practice's tax identification number.

"Contract Year" means each twelve-month period beginning on the Effective Date or on an
anniversary of it.

"Net Collections" means all payments received on Practice's accounts for services billed by
Company, less refunds and recoupments.

"Code Sets" means the CPT, HCPCS and ICD-10-CM code sets used to code and bill Practice's claims.

# 3. Compensation

**3.1 Service Fee.** Practice shall pay Company four and one-half percent (4.5%) of Net
Collections each month, subject to a minimum monthly service fee of $750.00.

**3.2 CPT Fee.** Because the Platform contains CPT content that Company licenses from the
American Medical Association, Practice shall pay Company a CPT fee of $17.00 per Provider per
year (the "CPT Fee"), invoiced at the start of each Contract Year for the Providers then
enrolled.

**3.3 Added Providers.** Providers enrolled after the start of a Contract Year are invoiced the
CPT Fee, pro-rated by month, at the next quarterly true-up.

**3.4 Invoices.** Company will invoice Practice monthly. Payment is due within twenty (20) days
of the invoice date.

# 4. Practice Responsibilities

Practice shall supply complete and accurate demographic, insurance and encounter information
within three (3) business days of each date of service; review and sign off on coding queries;
forward all payer correspondence to Company; and keep its payer enrolments current. Practice
remains responsible for the medical necessity and documentation of every service billed.

# 5. Term and Termination

**5.1 Term.** The initial term of this Agreement is one (1) year from the Effective Date. This
Agreement shall automatically renew for successive twelve (12) month terms unless either party
gives written notice of non-renewal at least forty-five (45) days before the end of the current
term.

**5.2 Transition.** After termination Company will continue to work claims submitted before the
termination date for ninety (90) days at the Service Fee, unless Practice directs otherwise.
""",
    section(PRIVACY, "baa", 6, "Company", "Practice"),
    section(CONFIDENTIALITY, "formal", 7, "Company", "Practice"),
    section(WARRANTY, "workmanlike", 8, "Company", "Practice"),
    section(LIABILITY, "twelve_months", 9, "Company", "Practice"),
    section(GENERAL, "long", 10, "Company", "Practice", "Texas"),
    """
@sig CEDARLINE REVENUE PARTNERS, INC. || PRACTICE

@pagebreak

## Exhibit A - Services

|~ 3 | 5 |
| Service | Description |
| Charge entry | Entry of charges from encounter forms or superbills within two business days. |
| Coding review | Review of provider-selected codes against documentation on a sample basis. |
| Claim submission | Electronic submission of clean claims daily through Company's clearinghouse. |
| Payment posting | Posting of electronic and paper remittances within three business days. |
| Denial management | Work-up and appeal of denials within payer deadlines. |
| Patient statements | Monthly statements and a patient billing help line during business hours. |

@pagebreak

= AMENDMENT NO. 1

== to the Revenue Cycle Services Agreement

This Amendment No. 1 (this "Amendment") is entered into as of December 1, 2025 by Cedarline
Revenue Partners, Inc. ("Company") and Practice, and amends the Revenue Cycle Services Agreement
effective February 1, 2025 between them (the "Agreement"). Capitalized terms used and not defined
in this Amendment have the meanings given in the Agreement.

**1. CPT Fee.** Section 3.2 of the Agreement is deleted in its entirety and replaced with the
following:

: 3.2 CPT Fee. Because the Platform contains CPT content that Company licenses from the American
Medical Association, Practice shall pay Company a CPT fee of $19.00 per Provider per year (the
"CPT Fee"), invoiced at the start of each Contract Year for the Providers then enrolled.

**2. Timing.** The amended CPT Fee applies to invoices issued on or after January 1, 2026. No
adjustment will be made to CPT Fees invoiced before that date.

**3. Future Adjustments.** Beginning in 2027, Company may adjust the CPT Fee once per Contract
Year to reflect any change in the royalty that the American Medical Association charges Company,
on sixty (60) days' written notice to Practice.

**4. No Other Changes.** Except as expressly amended by this Amendment, the Agreement remains
unchanged and in full force and effect. If this Amendment conflicts with the Agreement, this
Amendment controls.

@sig CEDARLINE REVENUE PARTNERS, INC. || PRACTICE
""",
)

CEDARLINE = Contract(
    file="cedarline_billing_amended.pdf",
    description=(
        "Pass-through CPT fee of $17.00 per provider per year, replaced by Amendment No. 1 on the "
        "last pages with $19.00 per provider per year (the label holds the amended amount)."
    ),
    title="Revenue Cycle Services Agreement and Amendment No. 1 - Cedarline Revenue Partners",
    text=CEDARLINE_TEXT,
    theme=Theme(footer="Cedarline Revenue Partners, Inc. - Confidential"),
    terms=terms(
        "Cedarline Revenue Partners, Inc.",
        "pass_through",
        fee=(19.0, "provider", "year"),
        code_sets=("CPT", "HCPCS", "ICD-10"),
        flags=("true_up", "fee_escalation"),
        effective_date="2025-02-01",
        initial_term_months=12,
        auto_renews=True,
        notice_days=45,
    ),
)

# --------------------------------------------------------------------------------------------
# Harborview: the CPT fee is only in the Order Form table; the prose points at it.
# --------------------------------------------------------------------------------------------

HARBORVIEW_USER = (
    '"User" means any individual who accesses the Subscription Services under Customer\'s '
    "account, including providers, billers, coders and front-office staff."
)

HARBORVIEW_TEXT = join(
    """
= ORDER FORM

== Harborview Clinical Software Corp. | Order No. HCS-2025-1187

This Order Form is issued by Harborview Clinical Software Corp., a North Carolina corporation
("Harborview"), to the customer named below ("Customer"), and is governed by the Harborview
Subscription Terms that follow it. Together the Order Form and the Subscription Terms form the
agreement between Harborview and Customer.

|~ 2 | 5 |
| Order details | |
| Customer | Lakeshore Family Medicine, P.C. |
| Billing contact | Practice Administrator, 410 Harbor Street, Wilmington, NC 28401 |
| Effective Date | April 15, 2025 |
| Initial Term | 24 months from the Effective Date |
| Renewal | Automatic renewal for successive 12-month terms |
| Non-renewal notice | 60 days before the end of the then-current term |
| Licensed quantity | 6 providers |

## Fees

|~ 4 | 2 | 1.5 | 1.5 |
| Item | Unit | Billing | Price |
| Harborview PM subscription | per provider | monthly | $325.00 |
| Harborview EHR add-on | per provider | monthly | $175.00 |
| AMA CPT license fee | per provider | annual | $19.00 |
| Implementation and data conversion | per organization | one-time | $4,800.00 |
| Patient statement processing | per statement | as used | $0.62 |

Prices exclude applicable taxes. Monthly items are billed in advance on the first day of each
month; annual items are billed on the Effective Date and on each anniversary of it.

@sig HARBORVIEW CLINICAL SOFTWARE CORP. || LAKESHORE FAMILY MEDICINE, P.C.

@pagebreak

= HARBORVIEW SUBSCRIPTION TERMS

# 1. Definitions
""",
    HARBORVIEW_USER,
    """
"Subscription Services" means Harborview's hosted practice management and electronic health
record applications identified in the Order Form, with their documentation.

"Provider" means a physician, nurse practitioner, physician assistant or other practitioner who
bills under Customer's account.

# 2. Use of the Subscription Services

Harborview grants Customer a non-exclusive, non-transferable right for its Users to use the
Subscription Services during the term for Customer's internal operations. Customer shall keep
passwords confidential, shall not allow Users to share logins and shall promptly disable the
access of any User who leaves its workforce.

# 3. Fees

Customer shall pay the fees in the Order Form. Invoices are payable within thirty (30) days.
Harborview may suspend access to the Subscription Services if an invoice remains unpaid for more
than forty-five (45) days after its due date and Harborview has given Customer ten (10) days'
warning.

# 4. Current Procedural Terminology

**4.1 License.** Harborview is licensed by the American Medical Association ("AMA") to
distribute Current Procedural Terminology (CPT) within the Subscription Services, and grants
Customer a sublicense to use CPT as displayed in the Subscription Services for Customer's own
internal purposes.

**4.2 Fee.** In addition to the subscription fees, Customer shall pay the CPT license fee set out
in the Order Form. Harborview remits the AMA's royalty from that fee.

**4.3 Annual Report.** Each January, Customer shall report to Harborview the number of Providers
and Users with access to the Subscription Services on the last day of the preceding year, and
Harborview will use that report in its royalty statements to the AMA.

**4.4 Notice.** CPT copyright 2024 American Medical Association. All rights reserved. CPT is a
registered trademark of the American Medical Association.

# 5. Diagnosis Coding

The Subscription Services include ICD-10-CM diagnosis code lookups based on the public code
files released by the Centers for Medicare & Medicaid Services and the National Center for Health
Statistics, which Harborview loads each October.

# 6. Term

The term, renewal and notice periods are those stated in the Order Form. Either party may
terminate the agreement if the other fails to cure a material breach within thirty (30) days of
written notice. On termination Harborview will provide a full export of Customer's data within
thirty (30) days of Customer's request.
""",
    section(PRIVACY, "data", 7, "Harborview", "Customer"),
    section(CONFIDENTIALITY, "plain", 8, "Harborview", "Customer"),
    section(WARRANTY, "conformance", 9, "Harborview", "Customer"),
    section(LIABILITY, "double", 10, "Harborview", "Customer"),
    section(GENERAL, "short", 11, "Harborview", "Customer", "North Carolina"),
)

HARBORVIEW = Contract(
    file="harborview_order_form.pdf",
    description=(
        "CPT fee only in an Order Form table row (AMA CPT license fee | per provider | annual | "
        "$19.00); the prose only refers to the fee set out in the Order Form."
    ),
    title="Order Form and Subscription Terms - Harborview Clinical Software Corp.",
    text=HARBORVIEW_TEXT,
    theme=Theme(
        body_font="Helvetica",
        size=9.5,
        leading=12.5,
        margin=0.9 * 72,
        header="Harborview Clinical Software Corp.",
        footer="Order No. HCS-2025-1187",
    ),
    terms=terms(
        "Harborview Clinical Software Corp.",
        "pass_through",
        fee=(19.0, "provider", "year"),
        ama_notice=True,
        code_sets=("CPT", "ICD-10"),
        flags=("user_reporting",),
        user_definition=HARBORVIEW_USER,
        effective_date="2025-04-15",
        initial_term_months=24,
        auto_renews=True,
        notice_days=60,
    ),
)

# --------------------------------------------------------------------------------------------
# Quillfield: two-column EULA; vendor covers CPT at no separate charge; full AMA notices.
# --------------------------------------------------------------------------------------------

QUILLFIELD_USER = (
    '"User" means each person you allow to use the Software, whether or not that person logs '
    "in personally, including anyone who relies on notes, reports or claims the Software "
    "produces."
)

QUILLFIELD_TEXT = join(
    """
= QUILLFIELD CHARTNOTE END USER LICENSE AGREEMENT

== Quillfield Software, Inc. - desktop and mobile editions, version 9

> PLEASE READ THIS AGREEMENT CAREFULLY. BY CLICKING "I ACCEPT", OR BY INSTALLING OR USING THE
> SOFTWARE, YOU AGREE TO BE BOUND BY IT. IF YOU DO NOT AGREE, DO NOT INSTALL OR USE THE SOFTWARE.

@framebreak

This End User License Agreement ("EULA") is a contract between you, the medical practice that
installs or uses the Software ("you"), and Quillfield Software, Inc., a Washington corporation
("Quillfield", "we" or "us").

# 1. Definitions

"Software" means our ChartNote clinical documentation application, in object code, with its
updates, templates and online help.
""",
    QUILLFIELD_USER,
    """
"CPT" means the Current Procedural Terminology code set published by the American Medical
Association ("AMA").

"Order Confirmation" means the confirmation we send you that lists the editions and number of
licenses you bought.

# 2. Your License

We grant you a non-exclusive, non-transferable license to install and use the Software for your
practice's own purposes, on the number of devices shown in your Order Confirmation, while you
keep paying the license fees shown there. You may make one backup copy.

# 3. What You May Not Do

You may not (a) copy the Software except as this EULA allows; (b) rent, lease, lend or host the
Software for others; (c) reverse engineer, decompile or disassemble it except where the law
expressly allows this despite this limitation; (d) remove our notices; or (e) use the Software
in breach of any law.

# 4. CPT in the Software

**4.1 Our AMA license.** We hold a distribution license from the AMA that lets us include CPT in
the Software. We grant you a limited, non-exclusive, non-transferable sublicense to use CPT in
the Software for your internal purposes, at no separate charge; the AMA royalty is part of the
license fees you pay us.

**4.2 Limits.** You may not sell, publish, distribute or create derivative works of CPT, or use
it outside the Software.

**4.3 Information we share.** You agree that we may give the AMA your name and the number of
your Users so that we can report our royalties accurately, and you will tell us within thirty
days if your number of Users changes.

**4.4 AMA rights.** The AMA is a third-party beneficiary of this Section 4. The AMA may audit
your use of CPT, directly or through us, on reasonable notice and during normal business hours.

**4.5 If our AMA license ends.** If our agreement with the AMA ends, your right to use CPT in the
Software ends with it. We will tell you, and you may then obtain CPT from the AMA or another
authorized distributor.

**4.6 U.S. Government rights.** CPT is commercial technical data, developed exclusively at
private expense by the American Medical Association, 330 North Wabash Avenue, Chicago, Illinois
60611. U.S. Government rights to use, modify, reproduce, release, perform, display or disclose
these technical data and/or computer data bases and/or computer software and/or computer
software documentation are subject to the limited rights restrictions of DFARS
252.227-7015(b)(2) (November 1995) and/or subject to the restrictions of DFARS 227.7202-1(a)
(June 1995) and DFARS 227.7202-3(a) (June 1995), as applicable for U.S. Department of Defense
procurements, and the limited rights restrictions of FAR 52.227-14 (December 2007) and/or subject
to the restricted rights provisions of FAR 52.227-14 (December 2007) and FAR 52.227-19 (December
2007), as applicable, and any applicable agency FAR Supplements, for non-Department of Defense
Federal procurements.

**4.7 AMA disclaimers.** CPT is provided "as is" without warranty of any kind, either expressed
or implied. The AMA does not directly or indirectly practice medicine or dispense medical
services. The AMA assumes no liability for data contained or not contained herein. The
responsibility for the content of this product is with Quillfield, and no endorsement by the AMA
is intended or implied.

> CPT only copyright 2025 American Medical Association. All rights reserved. CPT® is a
> registered trademark of the American Medical Association.

# 5. Fees

You will pay the license and support fees shown in your Order Confirmation. Fees are
non-refundable except as this EULA states. Support renewals are invoiced in advance.

# 6. Ending this EULA

This EULA starts when you accept it and continues until it is ended. You may end it at any time
by uninstalling the Software. We may end it if you breach it and do not fix the breach within
fifteen (15) days of our notice. When it ends you must stop using the Software and delete every
copy.

# 7. Your Data

The Software stores notes and patient information on your devices and, if you turn on sync, in
our hosted service. We treat data in our hosted service as protected health information under
our Business Associate Agreement, which you accept together with this EULA.
""",
    section(CONFIDENTIALITY, "plain", 8, "Quillfield", "you"),
    section(WARRANTY, "as_is", 9, "Quillfield", "you"),
    section(LIABILITY, "minimal", 10, "Quillfield", "you"),
    """
# 11. General

This EULA is governed by the laws of the State of Washington, and the courts in King County,
Washington, have exclusive jurisdiction. If any part of this EULA cannot be enforced, the rest
stays in effect. You may not transfer this EULA without our written consent. This EULA, your
Order Confirmation and our Business Associate Agreement are the whole agreement between us about
the Software.

Questions? Write to Quillfield Software, Inc., Legal Department, 2200 Western Avenue, Seattle,
Washington 98121.
""",
)

QUILLFIELD = Contract(
    file="quillfield_eula_two_column.pdf",
    description=(
        "Two-column EULA (we/you wording): vendor covers CPT at no separate charge; full AMA "
        "notice set incl. FARS/DFARS; AMA audit and third-party rights; sublicense ends with "
        "vendor's AMA license."
    ),
    title="ChartNote End User License Agreement - Quillfield Software, Inc.",
    text=QUILLFIELD_TEXT,
    theme=Theme(
        body_font="Helvetica",
        heading_font="Helvetica-Bold",
        size=8.5,
        leading=10.5,
        margin=0.7 * 72,
        columns=2,
        title_band=1.2 * 72,
        footer="Quillfield ChartNote EULA v9.0",
    ),
    terms=terms(
        "Quillfield Software, Inc.",
        "vendor_covers",
        ama_notice=True,
        code_sets=("CPT",),
        flags=(
            "user_reporting",
            "ama_third_party_rights",
            "sublicense_ends_with_vendor_license",
        ),
        user_definition=QUILLFIELD_USER,
    ),
)

# --------------------------------------------------------------------------------------------
# Northgate: the CPT fee sentence crosses a page break; per-location annual fee; the vendor is
# called "Provider" (not a fee unit).
# --------------------------------------------------------------------------------------------

NORTHGATE_TEXT = join(
    """
= SOFTWARE LICENSE AND SERVICES AGREEMENT

== Northgate Clinic Systems, Inc. - UrgentTrack Suite

This Software License and Services Agreement (this "Agreement") is effective as of June 1, 2025
(the "Effective Date") by and between Northgate Clinic Systems, Inc., a Colorado corporation
("Provider"), and the urgent care organization executing this Agreement ("Customer").

# 1. Definitions

**1.1** "Affiliate" means an entity controlling, controlled by or under common control with
Customer.

**1.2** "Location" means a physical clinic site operated by Customer at which the Licensed
Software is used, as listed in Schedule 1, as updated by written notice from time to time.

**1.3** "Licensed Software" means Provider's UrgentTrack registration, triage, charting, charge
capture and billing applications, together with the interfaces and documentation Provider
supplies.

**1.4** "Contract Year" means each successive twelve-month period beginning on the Effective
Date.

# 2. License Grant

**2.1 Grant.** Provider grants Customer a non-exclusive, non-transferable license, during the
term, to use the Licensed Software at the Locations for Customer's internal business purposes.

**2.2 Restrictions.** Customer shall not sublicense, rent or distribute the Licensed Software,
permit any third party to use it except Customer's contractors acting on Customer's behalf, or
attempt to discover its source code.

# 3. Implementation

Provider will implement the Licensed Software at each Location under the implementation plan in
Schedule 2. Customer will provide a project lead, access to its facilities and network, and
timely decisions on configuration questions. Go-live at each Location requires Customer's
written acceptance, which Customer will not unreasonably withhold after the acceptance tests in
Schedule 2 have been passed.

# 4. License Fees and Support Fees

**4.1 License Fees.** Customer shall pay the monthly license fees for each Location shown in
Schedule 1, which are currently $1,150.00 per Location per month.

**4.2 Support Fees.** Support and maintenance are included in the license fees. Optional on-site
training is charged at $1,400.00 per day plus reasonable travel expenses.

**4.3 Invoicing.** Provider invoices monthly in advance. Customer shall pay within thirty (30)
days. Amounts disputed in good faith may be withheld while the parties resolve the dispute.

# 5. CPT Content

**5.1 Sublicense.** The Licensed Software contains CPT code descriptors that Provider
distributes under its agreement with the American Medical Association ("AMA"). Provider grants
Customer a sublicense to use that content within the Licensed Software at the Locations. The
sublicense is granted only to Customer and may not be used by any Affiliate or other legal
entity, even one that shares Customer's Locations. Customer's contractors may use the content
only while acting for Customer at a Location. Provider may suspend the sublicense for any Location
at which the content is used in breach of this Section 5.

@fill 2

**5.2 CPT Royalty Fee.** The AMA royalty for Customer's use of CPT is not included in the license
fees. In consideration of the sublicense granted in Section 5.1, Customer shall pay Provider a CPT
Royalty Fee of $240.00 per Location annually, invoiced in advance on the Effective Date and on
each anniversary of it.

**5.3 Royalty Changes.** The CPT Royalty Fee may be increased on any anniversary of the Effective
Date to reflect any increase in the royalties the AMA charges Provider, and Provider will show
the increase separately on its invoice.

> CPT only © 2025 American Medical Association. All rights reserved.

# 6. Coding Support

The Licensed Software also supports HCPCS Level II supply and drug codes and ICD-10-CM diagnosis
codes for claims. Provider loads the public releases of those code sets each quarter at no
charge.

# 7. Term

The term of this Agreement is three (3) years from the Effective Date. This Agreement will not
renew automatically; any renewal requires a written amendment signed by both parties. Either
party may terminate this Agreement if the other party commits a material breach and does not
cure it within thirty (30) days after written notice.
""",
    section(CONFIDENTIALITY, "formal", 8, "Provider", "Customer"),
    section(PRIVACY, "data", 9, "Provider", "Customer"),
    section(WARRANTY, "conformance", 10, "Provider", "Customer"),
    section(LIABILITY, "twelve_months", 11, "Provider", "Customer"),
    section(GENERAL, "long", 12, "Provider", "Customer", "Colorado"),
    """
@sig NORTHGATE CLINIC SYSTEMS, INC. || CUSTOMER

@pagebreak

## Schedule 1 - Locations and License Fees

|~ 3 | 4 | 2 |
| Location | Address | Monthly license fee |
| Northgate Urgent Care - Central | 1450 Grant Street, Denver, CO 80203 | $1,150.00 |
| Northgate Urgent Care - Highlands | 3300 West 32nd Avenue, Denver, CO 80211 | $1,150.00 |
| Northgate Urgent Care - Aurora | 15200 East Iliff Avenue, Aurora, CO 80014 | $1,150.00 |

## Schedule 2 - Implementation Plan

|~ 1 | 5 | 2 |
| Phase | Activities | Duration |
| 1 | Kick-off, workflow review and configuration workshops | 3 weeks |
| 2 | Build, interface testing and data conversion rehearsal | 5 weeks |
| 3 | End-user training and acceptance testing | 2 weeks |
| 4 | Go-live support at each Location | 1 week per Location |
""",
)

NORTHGATE = Contract(
    file="northgate_page_break.pdf",
    description=(
        "The CPT fee sentence ($240.00 per Location annually) starts at the foot of one page and "
        'ends on the next; the vendor is defined as "Provider", which is not the fee unit.'
    ),
    title="Software License and Services Agreement - Northgate Clinic Systems, Inc.",
    text=NORTHGATE_TEXT,
    theme=Theme(footer="Northgate Clinic Systems, Inc. | UrgentTrack SLSA"),
    terms=terms(
        "Northgate Clinic Systems, Inc.",
        "pass_through",
        fee=(240.0, "location", "year"),
        ama_notice=True,
        code_sets=("CPT", "HCPCS", "ICD-10"),
        flags=("no_affiliate_use", "fee_escalation"),
        effective_date="2025-06-01",
        initial_term_months=36,
        auto_renews=False,
    ),
)

CONTRACTS = [BLUEPEAK, MERIDIAN, CEDARLINE, HARBORVIEW, QUILLFIELD, NORTHGATE]
