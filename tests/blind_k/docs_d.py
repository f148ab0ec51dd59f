from boiler import (B, C, FN, H1, H2, H3, HR, KV, MONO, N, P, PB, Q, R, SIG, SP, T,
                    confidentiality, hipaa, law, liability, misc, payment, support, term, warranty)

DOCS = []

# ------------------------------------------------------------------ SOW with one-time CPT activation fee
DOCS.append(dict(
    key="sow-pinecrest-activation",
    theme="legal_sans",
    title="Pinecrest Charting Statement of Work No. 1",
    vendor="Pinecrest Charting Company, Inc.",
    coverage="pass_through",
    fee=(395.00, "organization", "one_time"),
    desc="Implementation statement of work with a one-time 'CPT code set activation and sublicense' fee of "
         "$395.00 per organization; other one-time services and the hourly training rate are traps.",
    footer="Pinecrest Charting Company, Inc. - SOW No. 1 under MSA dated 2025-09-02",
    blocks=[
        H1("Statement of Work No. 1 \u2014 Implementation"),
        KV([("Under", "Master Services Agreement dated September 2, 2025 between Pinecrest Charting Company, Inc. "
                      "(\"Pinecrest\") and Harbor Springs Family Health, P.C. (\"Customer\")"),
            ("SOW date", "September 2, 2025"),
            ("Project window", "September 15 \u2013 December 12, 2025"),
            ("Pinecrest lead", "Janelle Okwu, Implementation Manager")]),
        H3("1. Scope"),
        P("Pinecrest will implement the Pinecrest Charting ambulatory EHR for Customer's single clinic and its seven "
          "clinicians, covering: project management; build of templates for family medicine and women's health; "
          "conversion of demographics, problem lists, medications, allergies and immunizations from Customer's "
          "prior system; an HL7 results interface with Customer's reference laboratory; loading of code sets; and "
          "training of clinicians and staff."),
        H3("2. Deliverables and milestones"),
        T([["Milestone", "Target date", "Acceptance"],
           ["Kick-off and project plan", "Sep 19, 2025", "Plan signed by Customer"],
           ["Template build complete", "Oct 24, 2025", "Customer walkthrough"],
           ["Data conversion validated", "Nov 14, 2025", "Sample audit of 50 charts"],
           ["Lab interface live in test", "Nov 21, 2025", "10 test results received"],
           ["Go-live", "Dec 8, 2025", "Clinic seeing patients on Pinecrest"]],
          widths=[0.42, 0.22, 0.36], small=True),
        H3("3. Fees (one-time)"),
        T([["Service", "Fee"],
           ["Project management", "$3,000.00"],
           ["Template build", "$2,200.00"],
           ["Data conversion", "$1,850.00"],
           ["Laboratory interface", "$2,400.00"],
           ["CPT\u00ae code set activation and sublicense (one-time, per organization)", "$395.00"],
           ["Training, 8 hours remote at $150.00 per hour", "$1,200.00"],
           ["Total", "$11,045.00"]],
          widths=[0.75, 0.25], right=(1,), boldlast=True),
        P("The CPT activation fee is charged once, when Pinecrest loads the American Medical Association's CPT data "
          "file into Customer's environment and issues the end-user sublicense set out in Exhibit C to the MSA. "
          "Annual CPT updates after go-live are delivered under the maintenance terms of the MSA without a "
          "separate charge."),
        H3("4. Payment"),
        P("Fees are invoiced 40% on signature, 40% on validation of data conversion, and 20% at go-live, each "
          "payable within thirty days. Travel is not expected; if Customer requests on-site support, reasonable "
          "travel expenses will be billed at cost with prior approval."),
        H3("5. Assumptions and change control"),
        P("Customer will provide a project lead with decision authority, timely access to its prior vendor's data "
          "extract and a test environment at its laboratory. Changes to scope will be documented in a change "
          "order signed by both parties before work begins."),
        SIG(("PINECREST CHARTING COMPANY, INC.", None), ("HARBOR SPRINGS FAMILY HEALTH, P.C.", None)),
    ]))

# ------------------------------------------------------------------ FAQ: "it depends on your plan"
DOCS.append(dict(
    key="faq-maplefold-depends",
    theme="web",
    title="Maplefold Help - Is the AMA CPT fee included?",
    vendor="Maplefold Therapy Cloud, LLC",
    coverage="unclear",
    fee=None,
    desc="Help-centre FAQ saying whether the AMA CPT fee is included 'depends' on plan and contract and to ask "
         "the account manager; amount 'set out in your order form' if it applies; who pays is left open.",
    footer="help.maplefold.example \u00b7 Billing",
    blocks=[
        P("<font size='8' color='#555555'>Maplefold Help  |  Billing  |  Fees and charges</font>"),
        H1("Is the AMA CPT\u00ae fee included in my subscription?"),
        Q("Why is everyone talking about an AMA fee?",
          "The American Medical Association owns the CPT codes used for billing therapy services and charges a "
          "royalty when they are used in software. How that royalty reaches the AMA differs from one software "
          "company to another."),
        Q("So is it included with Maplefold?",
          "It depends. Some Maplefold plans, and some contracts signed before 2024, include it; others don't. "
          "Because it varies by account, we can't give a single answer here. Your account manager can tell you "
          "which applies to your practice."),
        Q("How much is it if it applies?",
          "Where a separate charge applies, the amount is set out in your order form."),
        Q("Can I see it in the app?",
          "Not yet. We're adding a line to the Billing page that will show whether your plan includes CPT "
          "licensing. It's planned for a future release."),
        Q("Does it apply to my interns and supervisees?",
          "Ask your account manager. The answer depends on how your contract counts users."),
        Q("What about other code sets?",
          "ICD-10-CM diagnosis codes are free to use. HCPCS Level II codes are also published by the government."),
        HR(),
        P("Still have questions? Email accounts@maplefold.example or call (503) 555-0107, Monday to Friday, 6 a.m. to "
          "5 p.m. Pacific."),
        FN("Maplefold Therapy Cloud, LLC \u00b7 1500 NW Raleigh Street, Portland, OR 97209. CPT is a registered "
           "trademark of the American Medical Association."),
    ]))

# ------------------------------------------------------------------ encoder licence: sublicense grant, no CPT fee anywhere
DOCS.append(dict(
    key="encoder-oakhurst-sublicense",
    theme="legal",
    title="Oakhurst Encoder Software License Agreement",
    vendor="Oakhurst Coding Tools, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Coding-encoder licence: Oakhurst grants a sublicense to CPT as incorporated in the software, with AMA "
         "notices, and no CPT fee anywhere (only the per-coder annual licence fee); vendor covers.",
    hf_font="Times-Roman",
    footer="Oakhurst Coding Tools, Inc. - ESLA 2026",
    blocks=[
        C("<b>ENCODER SOFTWARE LICENSE AGREEMENT</b>"),
        P("This Encoder Software License Agreement is made as of January 2, 2026 between <b>Oakhurst Coding Tools, "
          "Inc.</b>, an Oregon corporation (\"Licensor\"), and <b>Cascade Ridge Surgical Partners, LLC</b> "
          "(\"Licensee\")."),
        H3("1. Grant"),
        P("Licensor grants Licensee, for the License Term stated in Exhibit A, a non-exclusive, non-transferable "
          "license for the named coders listed in Exhibit A (\"Authorized Users\") to use the Oakhurst Encoder "
          "Professional web application (the \"Software\") to assign and validate procedure and diagnosis codes for "
          "Licensee's own claims."),
        H3("2. Third-Party Content"),
        N("2.1", "The Software incorporates Current Procedural Terminology (\"CPT\"), which Licensor distributes "
                 "under license from the American Medical Association (\"AMA\"). Subject to this Agreement, Licensor "
                 "hereby grants Licensee a non-exclusive, non-transferable, non-sublicensable sublicense to use CPT "
                 "solely as incorporated in the Software, by its Authorized Users, for Licensee's internal business "
                 "purposes in the United States."),
        N("2.2", "Licensee shall not copy CPT out of the Software except in claims and reports the Software "
                 "produces, and shall not remove any copyright notice."),
        N("2.3", "CPT only \u00a9 2025 American Medical Association. All rights reserved. Fee schedules, relative "
                 "value units, conversion factors and related components are not assigned by the AMA. The AMA does "
                 "not directly or indirectly practice medicine. Government users: CPT is commercial technical data "
                 "that the AMA paid to develop itself, and FARS/DFARS limits apply to any use by a federal agency."),
        N("2.4", "The sublicense in Section 2.1 ends automatically if Licensor's agreement with the AMA ends. "
                 "Licensor will give Licensee prompt notice of any such event."),
        H3("3. Fees"),
        P("Licensee shall pay the annual License Fee stated in Exhibit A, in advance. Code set updates released "
          "during the License Term are provided at no additional charge."),
        *warranty("4", "Licensor", "Licensee", variant=0),
        *liability("5", "Licensor", "Licensee", variant=0),
        *confidentiality("6", "Licensor", "Licensee", variant=2),
        *law("7", state="Oregon", variant=2),
        H2("Exhibit A"),
        T([["Item", "Detail"],
           ["License Term", "January 1, 2026 \u2013 December 31, 2026"],
           ["Authorized Users", "5 named coders (listed in the account portal)"],
           ["License Fee", "$3,250.00 per year for up to 5 named coders"],
           ["Additional named coder", "$520.00 per year"],
           ["Annual code set updates (CPT, ICD-10-CM/PCS, HCPCS II, NCCI edits)", "included"]],
          widths=[0.5, 0.5]),
        SIG(("OAKHURST CODING TOOLS, INC.", None), ("CASCADE RIDGE SURGICAL PARTNERS, LLC", None)),
    ]))

# ------------------------------------------------------------------ billing service; practice = "Provider"; no period
DOCS.append(dict(
    key="billing-ridgeback-rendering",
    theme="legal",
    title="Ridgeback Revenue Partners Medical Billing Services Agreement",
    vendor="Ridgeback Revenue Partners, LLC",
    coverage="pass_through",
    fee=(18.50, "provider", None),
    desc="Billing-services agreement (practice = 'Provider', vendor = 'Company'): CPT license charge of $18.50 per "
         "rendering provider, remitted to the AMA; no period stated (period null); 5.5% fee is a trap.",
    hf_font="Times-Roman",
    footer="Ridgeback Revenue Partners, LLC - MBSA",
    blocks=[
        C("<b>MEDICAL BILLING SERVICES AGREEMENT</b>"),
        P("This Medical Billing Services Agreement (the \"Agreement\") is made and entered into as of May 5, 2025, by "
          "and between Ridgeback Revenue Partners, LLC, a Tennessee limited liability company (\"Company\"), and "
          "Lakeview Cardiology Group, P.C., a Tennessee professional corporation (\"Provider\")."),
        H3("Recitals"),
        P("Provider is a physician practice furnishing cardiology services. Company is in the business of providing "
          "billing, collection and related services to physician practices using Company's proprietary billing "
          "platform. Provider desires to engage Company, and Company desires to be engaged, on the terms set forth "
          "below."),
        H3("1. Services"),
        P("Company shall (a) enter charges from documentation supplied by Provider; (b) review the coding of "
          "evaluation and management and procedural services and query Provider where documentation does not "
          "support the code selected; (c) submit claims electronically; (d) post payments; (e) pursue denials and "
          "underpayments; and (f) deliver monthly reports, all through Company's billing platform."),
        H3("2. Provider Obligations"),
        P("Provider shall supply complete documentation within two business days after each date of service, shall "
          "maintain its payer enrollments, and shall promptly forward to Company any correspondence received from "
          "payers or patients concerning billed services."),
        H3("3. Compensation"),
        N("3.1", "<i>Percentage Fee.</i> Provider shall pay Company five and one-half percent (5.5%) of all amounts "
                 "collected on claims submitted by Company, invoiced monthly."),
        N("3.2", "<i>Code Set Licensing.</i> Company's billing platform contains CPT\u00ae content licensed from the "
                 "American Medical Association. Company will invoice Provider a CPT license charge of $18.50 per "
                 "rendering provider whose services are billed through the platform, and will remit that amount to "
                 "the American Medical Association. This charge is separate from, and in addition to, the percentage "
                 "fee in Section 3.1."),
        N("3.3", "<i>Pass-through Costs.</i> Postage for paper claims and patient statements is billed at cost."),
        *hipaa("4", "Company", "Provider", variant=0),
        *term("5", "Company", "Provider", variant=0, months=12),
        H3("6. Transition"),
        P("Upon expiration or termination, Company shall continue to work claims with dates of service before the "
          "termination date for ninety (90) days, for the same percentage fee, and shall then deliver Provider's "
          "open accounts receivable in electronic form."),
        *liability("7", "Company", "Provider", variant=0),
        *law("8", state="Tennessee", variant=2),
        SIG(("RIDGEBACK REVENUE PARTNERS, LLC", None), ("LAKEVIEW CARDIOLOGY GROUP, P.C.", None)),
    ]))

# ------------------------------------------------------------------ amendment: vendor stops covering; customer must license
DOCS.append(dict(
    key="amendment4-calloway-distribution-ends",
    theme="legal_sans",
    title="Fourth Amendment - Calloway Health Software License Agreement",
    vendor="Calloway Health Software, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Fourth amendment (effective 2026-01-01): Calloway's AMA distribution licence ends, the clause that put "
         "CPT royalties inside the fees is deleted and Customer must obtain its own AMA licence; $1.25 price cut is a trap.",
    footer="Calloway Health Software, Inc. - Fourth Amendment",
    blocks=[
        H1("Fourth Amendment to Software License and Services Agreement"),
        P("This Fourth Amendment is entered into on October 6, 2025, to be effective January 1, 2026 (the "
          "\"Fourth Amendment Effective Date\"), between <b>Calloway Health Software, Inc.</b> (\"Calloway\") and "
          "<b>Meadowlark Rheumatology, PLLC</b> (\"Customer\"), and amends the Software License and Services "
          "Agreement between them dated April 1, 2019, as previously amended (the \"Agreement\")."),
        H3("Background"),
        P("(A) Section 9 of the Agreement provides that the fees paid by Customer include the royalties due to the "
          "American Medical Association (\"AMA\") for the CPT content supplied in the Software. (B) Calloway's "
          "distribution license with the AMA expires on December 31, 2025 and Calloway has elected not to renew it. "
          "(C) The parties wish to provide for Customer's continued use of CPT in the Software."),
        H3("Amendments"),
        N("1.", "<b>Section 9 replaced.</b> Section 9 of the Agreement is deleted and replaced with the following: "
                "\u201c<i>9. CPT Content.</i> From the Fourth Amendment Effective Date, Calloway does not supply CPT "
                "content. Customer shall, before that date, obtain its own license from the AMA covering all Users of "
                "the Software, shall maintain that license for each annual release, and shall load the CPT data files "
                "supplied to it under that license into the Software. Calloway has no responsibility for royalties "
                "payable to the AMA for Customer's use of CPT.\u201d"),
        N("2.", "<b>Import utility.</b> Calloway will provide its CPT import utility and one hour of remote assistance "
                "with the first import at no charge."),
        N("3.", "<b>Fee adjustment.</b> To reflect the removal of CPT content, the per-user subscription fee in "
                "Exhibit B is reduced by $1.25 per User per month, from $71.25 to $70.00, with effect from the Fourth "
                "Amendment Effective Date."),
        N("4.", "<b>Existing CPT content.</b> Calloway will remove the 2025 CPT descriptors supplied under its "
                "distribution license from Customer's environment on January 1, 2026. Code numbers on historical "
                "claims are not affected."),
        N("5.", "<b>Representations.</b> Customer will confirm to Calloway in writing, before January 1, 2026, the "
                "number of Users covered by its AMA license."),
        N("6.", "<b>General.</b> All other terms of the Agreement remain in effect. If this Fourth Amendment and the "
                "Agreement conflict, this Fourth Amendment prevails."),
        *misc("7", variant=0),
        SIG(("CALLOWAY HEALTH SOFTWARE, INC.", None), ("MEADOWLARK RHEUMATOLOGY, PLLC", None)),
    ]))

# ------------------------------------------------------------------ CPT = Continuous Performance Test
DOCS.append(dict(
    key="psychometrics-northlake-cpt-test",
    theme="modern",
    title="Northlake Psychometrics Assessment Platform License",
    vendor="Northlake Psychometrics, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Licence for an attention-testing platform where 'CPT' is defined as the Continuous Performance Test; "
         "the 'CPT site license' fee per location per year is a trap; no AMA code licensing at all.",
    footer="Northlake Psychometrics, Inc. - Platform License PL-4",
    blocks=[
        H1("Assessment Platform License"),
        P("<b>Northlake Psychometrics, Inc.</b> (\"Northlake\") \u00b7 2700 University Avenue SE, Minneapolis, MN "
          "55414<br/>Licensee: <b>Bright Horizons Developmental Pediatrics, P.A.</b> \u00b7 Effective: August 11, "
          "2025"),
        H3("1. Definitions"),
        P("\"<b>CPT</b>\" means the Northlake Continuous Performance Test, a computer-administered test of sustained "
          "attention and impulsivity for ages 6 and older, including its stimuli, norms and scoring algorithms. "
          "\"Administration\" means one completed session of the CPT by one examinee. \"Qualified User\" means a "
          "licensed psychologist, physician or other professional who meets Northlake's qualification level C."),
        H3("2. License"),
        P("Northlake grants Licensee a non-exclusive license for its Qualified Users to administer the CPT and "
          "generate score reports through the Northlake web platform, at the locations listed in the Order, for "
          "clinical assessment of Licensee's own patients."),
        H3("3. Fees"),
        T([["Item", "Fee"],
           ["CPT site license", "$1,200.00 per location per year"],
           ["CPT Administrations (pay as you go)", "$6.50 each"],
           ["CPT Administrations bundle", "$550.00 per 100"],
           ["Interpretive report add-on", "$3.00 per report"],
           ["Parent and teacher rating scales", "$2.25 per form"]], widths=[0.55, 0.45]),
        P("Unused bundled Administrations expire 24 months after purchase. Site license fees are invoiced annually "
          "in advance; Administrations are prepaid."),
        H3("4. Test security"),
        P("Licensee shall not disclose CPT stimuli, item order or scoring rules, shall not allow unqualified staff to "
          "interpret results, and shall administer the CPT only under the conditions in the technical manual. "
          "Examinee results belong to Licensee; Northlake may use de-identified results to maintain norms."),
        H3("5. Norms and updates"),
        P("Northlake may update the CPT norms and scoring software from time to time. Licensee may continue to view "
          "reports generated under earlier norms."),
        *hipaa("6", "Northlake", "Licensee", variant=0),
        *term("7", "Northlake", "Licensee", variant=1),
        *liability("8", "Northlake", "Licensee", variant=1),
        *law("9", state="Minnesota", variant=0),
    ]))

# ------------------------------------------------------------------ double negative, vendor covers
DOCS.append(dict(
    key="terms-prairiesky-double-negative",
    theme="legal",
    title="Prairie Sky Medical Records Subscription Terms",
    vendor="Prairie Sky Medical Records, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Subscription terms with a double-negative clause: nothing requires the Customer to get an AMA licence, "
         "no CPT fee beyond the Subscription Fees, which include all AMA royalties; vendor covers.",
    hf_font="Times-Roman",
    footer="Prairie Sky Medical Records, Inc. - Subscription Terms rev. 2025-04",
    blocks=[
        C("<b>PRAIRIE SKY MEDICAL RECORDS</b><br/>SUBSCRIPTION TERMS"),
        P("These Subscription Terms (\"Terms\") govern each order form (an \"Order\") under which a customer "
          "(\"Customer\") subscribes to the hosted medical records service (the \"Service\") of Prairie Sky Medical "
          "Records, Inc., a South Dakota corporation (\"Prairie Sky\"). An Order and these Terms together form the "
          "agreement between the parties (the \"Agreement\")."),
        H3("1. The Service"),
        P("Prairie Sky shall host and operate the Service, perform backups, apply updates and provide support as "
          "described in the Documentation. Customer may permit its employees and contractors to use the Service "
          "for Customer's patients."),
        H3("2. Subscription Fees"),
        P("Customer shall pay the subscription fees stated in the Order (the \"Subscription Fees\"), which for the "
          "standard plan are $249.00 per Provider per month with unlimited staff logins. Subscription Fees are "
          "invoiced monthly in advance."),
        *payment("", "Prairie Sky", "Customer", variant=0),
        H3("3. Content Licensed to Prairie Sky"),
        N("3.1", "The Service contains CPT\u00ae, a work of the American Medical Association (\"AMA\"), which Prairie "
                 "Sky makes available under a distribution agreement with the AMA."),
        N("3.2", "Nothing in the Agreement shall be construed as requiring Customer to obtain any license from the "
                 "AMA for CPT content accessed through the Service, and Customer shall not be charged any fee for "
                 "such content other than the Subscription Fees, which are inclusive of all royalties owed to the "
                 "AMA."),
        N("3.3", "Prairie Sky shall not invoice Customer for CPT royalties unless the parties first sign an "
                 "amendment that expressly provides for such a charge. No Order shall be read as containing such a "
                 "provision by implication."),
        N("3.4", "CPT only \u00a9 2025 American Medical Association. All rights reserved. Customer's use of CPT is "
                 "limited to use within the Service."),
        *confidentiality("4", "Prairie Sky", "Customer", variant=0),
        *hipaa("5", "Prairie Sky", "Customer", variant=1),
        *term("6", "Prairie Sky", "Customer", variant=0, months=36),
        *warranty("7", "Prairie Sky", "Customer", variant=0),
        *liability("8", "Prairie Sky", "Customer", variant=0),
        *law("9", state="South Dakota", variant=0),
    ]))

# ------------------------------------------------------------------ clearinghouse, per provider NPI per month
DOCS.append(dict(
    key="clearinghouse-crossbeam-npi",
    theme="modern",
    title="Crossbeam Claims Exchange Submitter Services Agreement",
    vendor="Crossbeam Claims Exchange, Inc.",
    coverage="pass_through",
    fee=(2.00, "provider", "month"),
    desc="Clearinghouse submitter agreement: 'AMA CPT pass-through' of $2.00 per Provider NPI per month for CPT "
         "descriptors shown in the claim scrubber; $35 monthly access and per-claim fees are traps.",
    footer="Crossbeam Claims Exchange, Inc. - SSA 2025.2",
    blocks=[
        H1("Submitter Services Agreement"),
        P("This agreement is between <b>Crossbeam Claims Exchange, Inc.</b> (\"Crossbeam\") and the health care "
          "organization named on the signature page (\"Submitter\"), and starts on the date Crossbeam activates "
          "Submitter's account (the \"Activation Date\")."),
        H3("1. Services"),
        P("Crossbeam will transmit Submitter's 837P and 837I claims to payers, return 277CA acknowledgments and 835 "
          "remittances, run 270/271 eligibility checks and 276/277 status inquiries, and provide the Crossbeam "
          "web portal, including its claim scrubber and code look-up."),
        H3("2. Enrollment of Providers"),
        P("Submitter will list on the enrollment form each rendering provider (identified by individual NPI) whose "
          "claims it will send through Crossbeam (each, a \"Provider NPI\"), and will update the list within ten "
          "days of any change."),
        H3("3. Fees"),
        T([["Fee", "Amount", "Billed"],
           ["Monthly access (per Submitter)", "$35.00", "monthly in advance"],
           ["Electronic claims", "unlimited for commercial and government payers", "\u2014"],
           ["Drop-to-paper claims", "$0.25 per claim plus postage", "monthly in arrears"],
           ["ERA and acknowledgments", "included", "\u2014"],
           ["AMA CPT\u00ae pass-through", "$2.00 per Provider NPI", "monthly in advance"]],
          widths=[0.36, 0.38, 0.26]),
        P("The CPT pass-through applies because Crossbeam's claim scrubber and code look-up display CPT descriptors "
          "licensed from the American Medical Association. It is billed with the monthly access fee for each "
          "Provider NPI enrolled on the first day of the month. Crossbeam may change the pass-through on 30 days' "
          "notice if the AMA changes its royalty."),
        H3("4. Submitter responsibilities"),
        P("Submitter is responsible for the accuracy of every transaction it sends, for obtaining any payer "
          "enrollment needed, and for keeping its own records of claims submitted. Crossbeam's acceptance reports "
          "are not proof that a payer received a claim."),
        H3("5. Trading partner rules"),
        P("Submitter agrees to the payer-specific trading partner terms that Crossbeam passes on, as updated from "
          "time to time, and to use the HIPAA standard transaction formats."),
        *hipaa("6", "Crossbeam", "Submitter", variant=0),
        *term("7", "Crossbeam", "Submitter", variant=1),
        *liability("8", "Crossbeam", "Submitter", variant=1),
        *law("9", state="Missouri", variant=0),
        SIG(("CROSSBEAM CLAIMS EXCHANGE, INC.", None), ("SUBMITTER", None)),
    ]))

# ------------------------------------------------------------------ AMA notices only, no grant, no fee
DOCS.append(dict(
    key="eula-saltmarsh-notices-only",
    theme="legal_sans",
    title="Saltmarsh Clinical Software End User License Agreement",
    vendor="Saltmarsh Clinical Software, Inc.",
    coverage="unclear",
    fee=None,
    desc="EULA containing only AMA-required notices (CPT copyright line, RVU disclaimer, FARS/DFARS, 'does not "
         "practice medicine') with no sublicense grant, no fee and no customer duty; who pays is left open.",
    footer="Saltmarsh Clinical Software, Inc. - EULA 6.0",
    blocks=[
        H1("End User License Agreement"),
        P("This End User License Agreement (\"EULA\") is between <b>Saltmarsh Clinical Software, Inc.</b> "
          "(\"Saltmarsh\") and the organization that has purchased a subscription to Saltmarsh Chart through an "
          "order with Saltmarsh or an authorized reseller (\"Customer\"). It applies to every user who signs in "
          "under Customer's account."),
        H3("1. License"),
        P("Saltmarsh grants Customer a limited, revocable, non-exclusive, non-transferable license to use Saltmarsh "
          "Chart during the subscription term, for Customer's internal clinical and administrative purposes, in "
          "accordance with the documentation."),
        H3("2. Restrictions"),
        P("Customer shall not (a) copy or modify the software, (b) access it to build a competing product, (c) "
          "circumvent usage limits or security controls, or (d) permit anyone other than its workforce to use it."),
        H3("3. Usage information"),
        P("The software transmits technical usage information (version, feature use, error logs) to Saltmarsh to "
          "support and improve the product. It does not transmit patient information for that purpose."),
        H3("4. Notices regarding CPT"),
        N("4.1", "CPT only \u00a9 2025 American Medical Association. All rights reserved. CPT is a registered "
                 "trademark of the American Medical Association."),
        N("4.2", "Fee schedules, relative value units, conversion factors and/or related components are not assigned "
                 "by the AMA; they are outside CPT and the AMA does not endorse them. The AMA does not directly or "
                 "indirectly practice medicine, and bears no responsibility for what CPT contains or leaves out."),
        N("4.3", "U.S. Government Rights. The CPT content in Saltmarsh Chart is commercial technical data, built by "
                 "the American Medical Association at its own expense. A federal agency may use it only within the "
                 "limits that the applicable FARS/DFARS clauses set."),
        *warranty("5", "Saltmarsh", "Customer", variant=0),
        *liability("6", "Saltmarsh", "Customer", variant=0),
        H3("7. Termination"),
        P("This EULA ends when Customer's subscription ends, or earlier if Customer breaches Section 2 and does not "
          "cure the breach within ten days after notice. Sections 4 through 8 survive."),
        *law("8", state="Massachusetts", variant=2),
    ]))

# ------------------------------------------------------------------ casual e-mail: bring your own CPT
DOCS.append(dict(
    key="email-tidereach-own-fee-schedule",
    theme="email",
    title="CPT licence question from Tuesday",
    vendor="Tidereach Rehab Systems LLC",
    coverage="customer_must_license",
    fee=None,
    desc="Casual vendor e-mail: Tidereach does not resell CPT; the clinic uploaded its own fee schedule with CPT "
         "codes, so it must get its own AMA (or reseller) licence for each staff member.",
    blocks=[
        KV([("From", "Jess Romero &lt;jess@tidereach.example&gt;"),
            ("To", "Sam Okonkwo &lt;sam@baysidept.example&gt;"),
            ("Date", "Wed, 14 Jan 2026 11:37 -0800"),
            ("Subject", "CPT licence question from Tuesday")]),
        HR(),
        P("Hey Sam,"),
        P("Following up on the question you asked at the end of Tuesday's training \u2014 sorry it took me a day, I "
          "wanted to check with our compliance person first."),
        P("We don't resell CPT, so there's no AMA line on your Tidereach bill and there won't be one. The flip side "
          "is that the fee schedule you uploaded last week (the spreadsheet with your CPT codes and descriptions) "
          "is your content, not ours. The AMA's rule is that if you bring CPT into a system yourself, each person "
          "using it in that system needs to be licensed. So you'll want to get a licence from the AMA, or from one "
          "of their authorized resellers, that covers your team in Tidereach \u2014 I think you said six people "
          "including the front desk."),
        P("A couple of practical notes:"),
        B(["Your Tidereach price doesn't change either way \u2014 still $49 per therapist per month, front-desk "
           "logins free.",
           "If you'd rather not hold CPT descriptions at all, you can re-upload the fee schedule with code numbers "
           "only. I'd still check with the AMA whether that's enough for your situation; I'm not the right person "
           "to promise that.",
           "ICD-10 codes in your plan of care are fine \u2014 those are free."]),
        P("Happy to jump on a call if it's easier.<br/>Jess"),
        P("Jess Romero \u2014 Onboarding Specialist<br/>Tidereach Rehab Systems LLC<br/>610 Marina Way, Suite B, "
          "Richmond, CA 94804"),
    ]))
