"""Documents in which the vendor's price includes the CPT licence."""
import sys

sys.dont_write_bytecode = True

from common import Kit, fee, flat, inch


# ---------------------------------------------------------------------------
def vc_eula_included():
    v = "Corvane Systems, Inc."
    k = Kit("sans", size=8.6, justify=True)
    s = flat(
        k.h1("Corvane Chart - End User License Agreement"),
        k.small("Version 2025.3 - presented at first log-in and on each major "
                "release"),
        k.p("PLEASE READ THIS END USER LICENSE AGREEMENT (\"EULA\") CAREFULLY. "
            "BY CLICKING \"ACCEPT\" OR BY USING CORVANE CHART YOU AGREE, FOR "
            "YOURSELF AND FOR THE ORGANIZATION THAT PROVIDED YOUR ACCOUNT "
            "(\"SUBSCRIBER\"), TO BE BOUND BY THIS EULA. IF YOU DO NOT AGREE, "
            "CLICK \"DECLINE\" AND DO NOT USE THE SOFTWARE."),
        k.h3("1. Parties and scope"),
        k.p("This EULA is between you and Corvane Systems, Inc. (\"Corvane\"). "
            "It governs your individual use of Corvane Chart, a hosted "
            "ambulatory EHR (the \"Software\"). Your organization's "
            "subscription, fees and service levels are governed by its "
            "Subscription Agreement with Corvane; this EULA does not change "
            "that agreement except where it says so."),
        k.h3("2. License"),
        k.p("Corvane grants you a personal, non-exclusive, non-transferable, "
            "revocable license to use the Software while your account is "
            "active, only for Subscriber's internal purposes in the United "
            "States. You must keep your credentials confidential and must not "
            "let anyone else use them."),
        k.h3("3. Restrictions"),
        k.p("You may not copy, modify, decompile or reverse engineer the "
            "Software; use it to provide services to anyone other than "
            "Subscriber; remove proprietary notices; or attempt to bypass "
            "access controls or audit logs."),
        k.h3("4. CPT content"),
        k.p("4.1 The Software contains Current Procedural Terminology (\"CPT\") "
            "codes, descriptors and related content owned by the American "
            "Medical Association (\"AMA\"). Corvane is a party to a license "
            "agreement with the AMA that authorizes Corvane to sublicense CPT "
            "to its customers. Corvane hereby grants you, as an authorized "
            "user of Subscriber, a limited, non-exclusive, non-transferable "
            "sublicense to use CPT only as embedded in the Software, for "
            "Subscriber's internal use in the United States."),
        k.p("4.2 All royalties owed to the AMA for your use and Subscriber's "
            "use of CPT through the Software are paid by Corvane and are "
            "included in the subscription fees Subscriber pays Corvane. Neither "
            "you nor Subscriber will be invoiced separately for CPT content "
            "delivered in the Software."),
        k.p("4.3 If Subscriber imports its own code libraries, fee schedules "
            "or CPT data files into the Software from another source, "
            "Subscriber is responsible for licensing that imported content; "
            "the sublicense in Section 4.1 covers only the CPT content that "
            "Corvane supplies."),
        k.p("4.4 You may not publish, distribute, translate or create "
            "derivative works of CPT, or make it available to any other "
            "person or legal entity, including any affiliate of Subscriber."),
        k.p("4.5 CPT is provided \"as is\" without warranty of any kind, and "
            "your use of it is at your own risk. The AMA does not practise "
            "medicine or dispense medical services. Fee schedules, relative "
            "value units, conversion factors and similar components are not "
            "assigned by the AMA and are not part of CPT. CPT does not replace "
            "the AMA's own publications or other coding references, and the "
            "AMA is not liable for any consequence of your use of it."),
        k.p("4.6 CPT is commercial technical data developed exclusively at "
            "private expense by the AMA. Any use by the U.S. Government is "
            "subject to the restrictions in the applicable FAR and DFARS "
            "clauses for commercial technical data and software."),
        k.p("4.7 The sublicense in Section 4.1 ends automatically if Corvane's "
            "license with the AMA ends, unless the AMA consents to its "
            "continuation or Subscriber enters into a license directly with "
            "the AMA. The AMA is a third-party beneficiary of this Section 4."),
        k.p("4.8 CPT copyright 2025 American Medical Association. All rights "
            "reserved. CPT is a registered trademark of the American Medical "
            "Association."),
        k.h3("5. Clinical judgment"),
        k.p("The Software supports, but does not replace, professional "
            "judgment. Decision-support alerts, order sets and drug "
            "interaction checks may be incomplete. You are responsible for all "
            "clinical decisions."),
        k.h3("6. Privacy and monitoring"),
        k.p("Corvane logs access to records and may review logs to protect "
            "patients and the Software. Protected health information is "
            "handled under Subscriber's Business Associate Agreement with "
            "Corvane."),
        k.h3("7. Disclaimer and limitation"),
        k.p("EXCEPT AS STATED IN SUBSCRIBER'S SUBSCRIPTION AGREEMENT, THE "
            "SOFTWARE IS PROVIDED \"AS IS\". CORVANE IS NOT LIABLE TO YOU "
            "PERSONALLY FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES."),
        k.h3("8. Termination"),
        k.p("Your license ends when your account is deactivated or when "
            "Subscriber's agreement with Corvane ends. Sections 3, 4.4 to 4.6 "
            "and 7 survive."),
        k.h3("9. General"),
        k.p("This EULA is governed by the laws of the State of Texas. Questions "
            "about this EULA may be sent to legal@corvane.example."),
    )
    return dict(
        key="vc_eula_included", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="Corvane Chart EULA",
        footer="Corvane Systems, Inc. - EULA 2025.3",
        description="Click-through EHR EULA that sublicenses CPT and states "
        "that all AMA royalties are paid by the vendor and included in the "
        "subscription; the clause about imported code libraries is a "
        "condition that does not apply to the embedded content.")


# ---------------------------------------------------------------------------
def vc_order_included():
    v = "Halloway Urgent Care Software, Inc."
    k = Kit("sans", size=9)
    s = flat(
        k.letterhead("HALLOWAY", ["Halloway Urgent Care Software, Inc.  -  "
                                  "600 Brisk Lane, Denholm, Arizona  -  "
                                  "orders@halloway.example"]),
        k.table([["<b>Order Form HUC-2025-771</b>", ""],
                 ["Customer", "Saltmarsh Urgent Care Partners, LLC (4 centers)"],
                 ["Ship/Bill to", "1409 Dunmore Highway, Suite B, Gilder, "
                  "Arizona"],
                 ["Order date", "20 August 2025"],
                 ["Subscription term", "24 months from the Service Start Date"]],
                widths=[1.5 * inch, 5.2 * inch], ruled="none", header=False),
        k.sp(6),
        k.table([
            ["Product / service", "Metric", "Qty", "Price", "Monthly"],
            ["Halloway UC EHR + PM", "provider / month", "14", "$399.00",
             "$5,586.00"],
            ["Occupational medicine module", "center / month", "2", "$150.00",
             "$300.00"],
            ["AMA CPT&reg; content license", "-", "-", "Included", "$0.00"],
            ["ICD-10-CM / HCPCS Level II code sets", "-", "-",
             "Included (public)", "$0.00"],
            ["Clearinghouse claims", "per claim", "usage", "$0.35", "usage"],
            ["Lab interface, bidirectional", "one-time", "2", "$1,500.00",
             "-"],
            ["Go-live support (on site, 3 days)", "one-time", "1", "$4,200.00",
             "-"],
            ["Total monthly recurring", "", "", "", "$5,886.00"],
        ], widths=[2.6 * inch, 1.2 * inch, 0.6 * inch, 1.2 * inch,
                   1.1 * inch], ruled="grid", right_cols=(3, 4),
            total_rows=1),
        k.sp(6),
        k.h3("Order notes"),
        k.bullets([
            "Provider = each physician, NP or PA with a rendering profile. "
            "Scribes, MAs, front desk and billing staff have unlimited free "
            "logins.",
            "CPT royalties for all of Customer's users are paid by Halloway "
            "under its distribution license with the American Medical "
            "Association. No separate CPT or AMA charge will be invoiced "
            "during the term of this Order Form.",
            "Claims are invoiced monthly in arrears at the per-claim price.",
            "Provider counts may be increased at any time and take effect on "
            "the next invoice.",
            "Prices held for the 24-month term; renewal increases are capped at "
            "5% per year.",
        ], kind="num"),
        k.p("This Order Form is subject to the Halloway Subscription Terms "
            "dated 1 May 2025. In case of conflict, this Order Form controls."),
        k.sig(["Halloway Urgent Care Software, Inc.", "Signature: ___________",
               "Name/Title: Devon Harket, VP Sales"],
              ["Saltmarsh Urgent Care Partners, LLC", "Signature: ___________",
               "Name/Title: Rosa Villanueva, CFO"]),
    )
    return dict(
        key="vc_order_included", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="Order Form HUC-2025-771",
        footer="Halloway - Order Form",
        description="Urgent-care order form with an 'AMA CPT content license "
        "- Included / $0.00' row and a note that the vendor pays CPT royalties "
        "with no separate charge; per-provider and per-claim prices are "
        "distractors.")


# ---------------------------------------------------------------------------
def vc_saas_dist():
    v = "Penrose Oncology Informatics, Inc."
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("PENROSE ONCOLOGY INFORMATICS, INC.", center=True),
        k.center("<b>Software-as-a-Service Agreement</b>"),
        k.center("Customer: Windermere Hematology &amp; Oncology Associates, "
                 "P.C.  -  Agreement Date: 30 September 2025"),
        k.sp(6),
        k.p("This Agreement is made between Penrose Oncology Informatics, "
            "Inc., a Delaware corporation (\"Provider\"), and the customer named "
            "above (\"Customer\")."),
        k.h3("1. Definitions"),
        k.p("1.1 \"Authorized User\" means an employee or contractor of "
            "Customer who has been issued credentials. 1.2 \"Code Sets\" means "
            "the medical terminologies and classifications made available in "
            "the Service, including CPT, ICD-10-CM, HCPCS Level II, LOINC, "
            "RxNorm and SNOMED CT. 1.3 \"Service\" means Provider's oncology EHR, "
            "regimen library, infusion scheduling and charge capture "
            "application."),
        k.h3("2. Provision of the Service"),
        k.p("Provider will make the Service available to Customer's Authorized "
            "Users during the Term in accordance with this Agreement and the "
            "Documentation, and will provide updates to the regimen library "
            "and Code Sets as they are released."),
        k.h3("3. Customer Obligations"),
        k.p("Customer shall use the Service in compliance with applicable law, "
            "shall be responsible for the accuracy of all data it enters, and "
            "shall maintain reasonable security over its own devices and "
            "networks."),
        k.h3("4. Fees"),
        k.p("4.1 Customer shall pay $210.00 per Authorized User per month for "
            "the Service, invoiced quarterly in advance, subject to a minimum "
            "of 25 Authorized Users. 4.2 Implementation services are billed at "
            "the fixed fee stated in the Statement of Work. 4.3 Fees are "
            "exclusive of taxes. 4.4 Beginning in the second year of the Term, "
            "Provider may adjust fees annually by the lesser of 4% or the change "
            "in CPI-U."),
        k.h3("5. Code Sets"),
        k.p("5.1 <i>CPT.</i> Provider holds a distribution license from the "
            "American Medical Association (\"AMA\") for Current Procedural "
            "Terminology (\"CPT\"). Provider grants Customer a non-exclusive, "
            "non-transferable sublicense to use CPT within the Service for its "
            "internal purposes, subject to the end-user terms in Exhibit D."),
        k.p("5.2 <i>Royalties.</i> Provider is responsible for all royalties due "
            "to the AMA in respect of Customer's Authorized Users' use of CPT "
            "within the Service. Those royalties are reflected in the fees in "
            "Section 4.1, and Provider will not charge Customer any additional "
            "amount for CPT during the Term."),
        k.p("5.3 <i>Reporting and consent.</i> Customer shall provide such "
            "information about its Authorized Users as Provider reasonably "
            "requires for its royalty reporting to the AMA, and consents to "
            "Provider disclosing Customer's name and Authorized User count to "
            "the AMA for that purpose."),
        k.p("5.4 <i>Other Code Sets.</i> SNOMED CT is made available under the "
            "National Library of Medicine's UMLS license terms; LOINC under "
            "the Regenstrief license; ICD-10-CM and HCPCS Level II are public "
            "federal files. None carries a charge to Customer."),
        k.p("5.5 <i>Continuity.</i> If Provider's agreement with the AMA ends, "
            "Provider will give Customer at least ninety days' notice and will "
            "either obtain a replacement distribution arrangement at its own "
            "cost or permit Customer to terminate this Agreement without "
            "penalty."),
        k.h3("6. Term and Termination"),
        k.p("The Term begins on the Agreement Date and continues for thirty-six "
            "months. Either party may terminate for material breach that "
            "remains uncured thirty days after written notice."),
        k.h3("7. Warranties; Disclaimers"),
        k.p("Provider warrants that the Service will perform materially in "
            "accordance with the Documentation. Regimen content is reviewed by "
            "Provider's pharmacists but must be verified by Customer's "
            "clinicians before use. Except as stated, the Service and Code "
            "Sets are provided without warranty."),
        k.h3("8. Liability"),
        k.p("Neither party's liability shall exceed the fees paid in the "
            "twelve months preceding the claim, except for breaches of "
            "confidentiality and indemnity obligations."),
        k.h3("9. General"),
        k.p("This Agreement is governed by the law of the State of Illinois. "
            "Exhibits A through D are incorporated. Amendments must be in "
            "writing and signed by both parties."),
        k.sig(["PENROSE ONCOLOGY INFORMATICS, INC.", "By: ________________",
               "Anika Sorensen, General Counsel"],
              ["WINDERMERE HEMATOLOGY &amp; ONCOLOGY ASSOCIATES, P.C.",
               "By: ________________", "Bartholomew Ekwueme, M.D., President"]),
    )
    return dict(
        key="vc_saas_dist", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="Software-as-a-Service Agreement",
        footer="Penrose Oncology Informatics - SaaS Agreement",
        description="Oncology SaaS agreement in which the vendor is defined as "
        "'Provider'; its Code Sets section grants a CPT sublicence and makes "
        "Provider (the vendor) responsible for all AMA royalties within the "
        "$210 per-user monthly fee, with no additional CPT charge.")


# ---------------------------------------------------------------------------
def vc_faq():
    v = "Wexcombe Pediatric Systems, Inc."
    k = Kit("sans", size=9.5)
    s = flat(
        k.small("support.wexcombe.example  /  Account &amp; Billing"),
        k.h1("Do I have to pay an AMA or CPT fee with Wexcombe?"),
        k.small("Last reviewed: 6 October 2025 - Wexcombe Pediatric Systems, "
                "Inc."),
        k.hr(),
        k.p("<b>Short answer: no.</b> Several EHR companies have started "
            "adding a separate \"AMA fee\" to their invoices. Wexcombe has not, "
            "and we have no plans to."),
        k.h2("Why not?"),
        k.p("CPT codes belong to the American Medical Association, and any "
            "software that includes them needs a distribution licence from the "
            "AMA. Wexcombe has held one since 2014. The royalty we pay the AMA "
            "for your practice's users is built into your Wexcombe "
            "subscription price. You will not see a CPT or AMA line on your "
            "invoice."),
        k.h2("Does this cover my whole team?"),
        k.p("Yes, for Wexcombe. Pediatricians, nurse practitioners, nurses, "
            "MAs, coders, billers and front-desk staff who use Wexcombe are all "
            "covered by our licence at no extra charge."),
        k.h2("I got a letter saying every user needs an AMA licence. Is that "
             "about Wexcombe?"),
        k.p("The AMA licenses CPT separately for each software product. If "
            "your practice also uses a separate clearinghouse, a billing "
            "company's own software, or a coding tool that isn't part of "
            "Wexcombe, that product needs its own licence, and its vendor may "
            "charge for it. Ask the vendor who sent the letter which product "
            "it is about."),
        k.h2("Should I buy a licence from the AMA directly?"),
        k.p("Not for Wexcombe. The AMA's internal-use licence is meant for "
            "organisations that load CPT into their own systems. For "
            "reference, the AMA lists that licence at an entity fee plus "
            "$18.50 per user for the 2026 release; you don't need it to use "
            "CPT in Wexcombe."),
        k.h2("Will this change when my contract renews?"),
        k.p("Your subscription price can change at renewal as described in "
            "your agreement, but CPT stays included. If that ever changed, we "
            "would tell you in writing before your renewal date and it would "
            "require an amendment to your agreement."),
        k.h2("What about ICD-10 and vaccine codes?"),
        k.p("ICD-10-CM, HCPCS Level II and CVX vaccine codes are public code "
            "sets and are also included."),
        k.hr(),
        k.small("Was this article helpful?  Yes / No  -  Still have questions? "
                "Open a ticket at support.wexcombe.example or email "
                "billing@wexcombe.example."),
    )
    return dict(
        key="vc_faq", vendor=v, coverage="vendor_covers", fee=None, kit=k,
        story=s, title="Do I have to pay an AMA or CPT fee?",
        footer="Wexcombe Support Center",
        description="Pediatric EHR help article stating that the vendor's AMA "
        "distribution royalty is built into the subscription and no CPT line "
        "is invoiced; the AMA direct price and other vendors' products are "
        "context only.")


# ---------------------------------------------------------------------------
def vc_email():
    v = "Delacorte Ambulatory Cloud, Inc."
    k = Kit("sans", size=9.5)
    s = flat(
        k.email_head("Imani Castellanos &lt;icastellanos@delacorte.example&gt;",
                     "Frank Oyelaran &lt;frank@thornfieldcardio.example&gt;",
                     "Thu, 16 Oct 2025 09:14",
                     "RE: CPT licensing letter - do we owe anything?",
                     cc="Delacorte Contracts &lt;contracts@delacorte.example&gt;"),
        k.p("Frank,"),
        k.p("I checked this with our contracts team before replying so you "
            "have a definite answer."),
        k.p("You don't owe anything extra to us or to the AMA for CPT in "
            "Delacorte. Delacorte Ambulatory Cloud, Inc. is an AMA-authorised "
            "distributor, and the royalty for every Thornfield user of our "
            "platform is included in your subscription. Section 11.2 of your "
            "Master Agreement says this, and it's why there has never been a "
            "CPT line on your invoices. There is no separate CPT charge and "
            "none is planned for your current term."),
        k.p("The letter you forwarded is from your clearinghouse, not from us. "
            "Their $1.25 per provider per month charge is for CPT content in "
            "their claim-editing tool, which is a separate product with its "
            "own licence. I can't advise on whether their charge is correct, "
            "but it doesn't relate to Delacorte."),
        k.p("If you'd like this confirmation on letterhead for your auditors, "
            "let me know and I'll have it signed."),
        k.p("Regards,<br/>Imani Castellanos<br/>Senior Account Manager<br/>"
            "Delacorte Ambulatory Cloud, Inc."),
        k.hr(thick=0.3),
        k.email_head("Frank Oyelaran &lt;frank@thornfieldcardio.example&gt;",
                     "Imani Castellanos &lt;icastellanos@delacorte.example&gt;",
                     "Wed, 15 Oct 2025 17:48",
                     "CPT licensing letter - do we owe anything?"),
        k.p("Hi Imani,"),
        k.p("We received the attached notice saying that \"each user who "
            "accesses CPT codes must be licensed\" and that we will be charged "
            "$1.25 per provider per month starting in January. We have 11 "
            "providers and about 40 staff on Delacorte. Are we going to be "
            "billed for CPT by you as well? Our board wants to know our total "
            "exposure before the budget meeting on the 24th."),
        k.p("Thanks,<br/>Frank Oyelaran<br/>Director of Finance, Thornfield "
            "Cardiology Group, P.C."),
    )
    return dict(
        key="vc_email", vendor=v, coverage="vendor_covers", fee=None, kit=k,
        story=s, title="RE: CPT licensing letter", footer="",
        description="Account manager e-mail confirming, after checking with "
        "contracts, that CPT royalties are included in the subscription with "
        "no separate charge; the $1.25 per provider monthly fee belongs to a "
        "different vendor (the clearinghouse).")


# ---------------------------------------------------------------------------
def vc_hospital_affiliate():
    v = "Saint Aldric Health Network"
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("COMMUNITY CONNECT AFFILIATE AGREEMENT", center=True),
        k.center("Electronic Health Record Access for Independent Practices"),
        k.sp(4),
        k.p("This Community Connect Affiliate Agreement (\"Agreement\") is made "
            "effective January 1, 2026 between <b>Saint Aldric Health "
            "Network</b>, an Ohio nonprofit corporation (\"Health System\"), and "
            "<b>Brookfield Valley Family Physicians, Inc.</b>, an Ohio "
            "professional corporation (\"Affiliate\")."),
        k.h3("Recitals"),
        k.p("Health System licenses an enterprise electronic health record "
            "system (the \"EHR\") from a third-party developer (the "
            "\"Developer\") and, to improve care coordination in its "
            "community, makes a hosted instance of the EHR available to "
            "independent practices on the terms permitted by 42 C.F.R. "
            "411.357(w) and 42 C.F.R. 1001.952(y)."),
        k.h3("Article 1 - Access to the EHR"),
        k.p("1.1 Health System will provide Affiliate's physicians and staff "
            "(\"Affiliate Users\") with access to the EHR, including ambulatory "
            "documentation, e-prescribing, results routing, patient portal and "
            "professional billing modules. 1.2 Affiliate Users shall comply "
            "with Health System's security, privacy and acceptable-use "
            "policies. 1.3 Health System will provide training and tier-one "
            "support through its Community Connect service desk."),
        k.h3("Article 2 - Contribution by Affiliate"),
        k.p("2.1 Affiliate shall pay Health System fifteen percent (15%) of "
            "Health System's reasonable cost of the donated items and services, "
            "as calculated in Exhibit A. For calendar year 2026 the Affiliate "
            "contribution is $375.00 per Affiliate physician per month and a "
            "one-time implementation contribution of $6,800.00. 2.2 The "
            "contribution is not conditioned on, and does not take into "
            "account, the volume or value of referrals or other business "
            "between the parties."),
        k.h3("Article 3 - Third-Party Content"),
        k.p("3.1 The EHR includes third-party content licensed to Health "
            "System, including Current Procedural Terminology (\"CPT\") of the "
            "American Medical Association, a drug knowledge base, and clinical "
            "decision-support content. 3.2 Health System's enterprise license "
            "for the EHR includes the right to extend CPT content to Affiliate "
            "Users within the hosted instance. Health System shall pay all "
            "royalties attributable to Affiliate Users' access to CPT content "
            "in the EHR, and such royalties form part of the cost already "
            "reflected in Exhibit A. Affiliate shall not be charged any "
            "separate amount for CPT."),
        k.p("3.3 Affiliate shall comply with the end-user terms for CPT "
            "attached as Exhibit C, which prohibit copying or distributing CPT "
            "outside the EHR and use of CPT by any entity other than "
            "Affiliate. 3.4 If Affiliate uses any other software (for example "
            "a separate billing service's system) in which CPT appears, "
            "Affiliate is responsible for that software's licensing."),
        k.h3("Article 4 - Privacy and Security"),
        k.p("The parties are each covered entities and participate in an "
            "organized health care arrangement for the limited purposes "
            "described in Exhibit B. Each party shall implement the safeguards "
            "required by 45 C.F.R. Part 164, Subpart C."),
        k.h3("Article 5 - Term and Termination"),
        k.p("5.1 The initial term is three years. 5.2 Either party may "
            "terminate on one hundred eighty days' written notice. 5.3 On "
            "termination Health System will provide Affiliate with a copy of "
            "its patient records in a standard electronic format."),
        k.h3("Article 6 - No Referral Requirement"),
        k.p("Nothing in this Agreement requires Affiliate to refer patients to "
            "Health System or restricts Affiliate from using any other "
            "hospital, laboratory or imaging provider."),
        k.h3("Article 7 - General"),
        k.p("This Agreement is governed by Ohio law. It, together with its "
            "Exhibits, is the entire agreement of the parties regarding its "
            "subject matter. The Exhibits are: A - Cost Allocation; B - Data "
            "Sharing; C - CPT End-User Terms."),
        k.sig(["SAINT ALDRIC HEALTH NETWORK", "By: ____________________",
               "Marisol Vandermeer, Vice President, Physician Relations"],
              ["BROOKFIELD VALLEY FAMILY PHYSICIANS, INC.",
               "By: ____________________", "Owen Nakashima, M.D., President"]),
        k.pb(),
        k.h2("Exhibit A - Cost Allocation (Calendar Year 2026)"),
        k.p("Health System's cost of the donated items and services is "
            "calculated per Affiliate physician per month from the following "
            "components. Affiliate's contribution is fifteen percent of the "
            "total, rounded to the nearest dollar."),
        k.table([
            ["Cost component", "Per physician per month"],
            ["EHR software licence and hosting allocation", "$1,430.00"],
            ["Third-party content licences (drug knowledge base, code sets, "
             "decision support)", "$210.00"],
            ["Interfaces, security tools and identity management", "$360.00"],
            ["Community Connect service desk and training", "$500.00"],
            ["Total cost", "$2,500.00"],
            ["Affiliate contribution (15%)", "$375.00"],
        ], widths=[4.4 * inch, 2.0 * inch], ruled="grid", right_cols=(1,),
            total_rows=2),
        k.sp(4),
        k.p("The one-time implementation contribution of $6,800.00 is fifteen "
            "percent of Health System's estimated implementation cost of "
            "$45,333.33 (build, data conversion, device configuration and "
            "go-live support). Health System will recalculate the cost "
            "components each October for the following calendar year and "
            "will give Affiliate at least sixty days' notice of any change in "
            "the contribution."),
        k.h2("Exhibit C - CPT End-User Terms"),
        k.bullets([
            "CPT is the copyrighted work of the American Medical Association "
            "and is made available to Affiliate Users only within the hosted "
            "EHR.",
            "Affiliate may not copy, download, publish or distribute CPT, "
            "create derivative works of it, or make it available to any "
            "person other than Affiliate Users or to any other legal entity.",
            "CPT is provided as is, without warranty. The AMA does not "
            "practise medicine and does not assign fee schedules, relative "
            "value units or conversion factors.",
            "Affiliate's right to use CPT ends when this Agreement ends or "
            "when Health System's licence for the EHR content ends.",
            "CPT copyright 2025 American Medical Association. All rights "
            "reserved.",
        ], kind="num"),
    )
    return dict(
        key="vc_hospital_affiliate", vendor=v, coverage="vendor_covers",
        fee=None, kit=k, story=s, title="Community Connect Affiliate Agreement",
        footer="Saint Aldric Health Network - Community Connect",
        description="Health-system EHR donation agreement in which the health "
        "system pays all CPT royalties for affiliate users as part of the "
        "cost already allocated, with no separate CPT charge; the $375 "
        "per-physician monthly contribution is not a CPT fee.")


# ---------------------------------------------------------------------------
def vc_telehealth_neg():
    v = "Parallax Virtual Care, Inc."
    k = Kit("sans", size=9.3)
    s = flat(
        k.letterhead("Parallax Virtual Care", ["Clinic Platform Terms - "
                                               "Summary of Commercial Terms"]),
        k.p("These commercial terms apply to <b>Ridgeline Behavioral Health "
            "Collective, PLLC</b> (\"You\") under the Parallax Clinic Platform "
            "Agreement accepted on 4 November 2025. Parallax Virtual Care, "
            "Inc. (\"Parallax\") provides the video visit, scheduling, intake "
            "and visit-summary services described below."),
        k.h3("1. Pricing"),
        k.table([
            ["Component", "Price"],
            ["Platform access (up to 10 clinicians)", "$0 per month"],
            ["Completed video visit", "$4.50 per visit"],
            ["Interpreter add-on (per minute)", "$1.95 per minute"],
            ["E-fax (outbound)", "$0.07 per page"],
        ], widths=[4.0 * inch, 2.4 * inch], ruled="lines"),
        k.sp(4),
        k.p("A visit is \"completed\" when both parties have been connected "
            "for at least three minutes. Visits are invoiced monthly in "
            "arrears."),
        k.h3("2. Visit summaries and codes"),
        k.p("At the end of each visit, Parallax prepares a visit summary and a "
            "draft superbill that suggests CPT&reg; codes and telehealth "
            "modifiers for the clinician to confirm. Parallax maintains a "
            "distribution licence with the American Medical Association for "
            "this CPT content, and the royalty for Your clinicians' use is "
            "included in the per-visit price above. <b>There is no separate "
            "CPT charge</b>, and Parallax does not bill a CPT licence, AMA fee "
            "or code-set fee of any kind."),
        k.p("Your clinicians remain responsible for the codes they submit to "
            "payers. Parallax does not bill payers on Your behalf."),
        k.h3("3. CPT end-user conditions"),
        k.bullets([
            "Use CPT content only within Parallax and only for Your own "
            "patients.",
            "Do not export code descriptions into other systems except as part "
            "of a superbill or claim for a specific patient.",
            "CPT is provided as is. The AMA does not practise medicine and does "
            "not set fee schedules or relative values.",
            "CPT copyright 2025 American Medical Association. All rights "
            "reserved.",
        ]),
        k.h3("4. Changes"),
        k.p("Parallax may change per-visit pricing on 60 days' notice. If You "
            "do not accept a change You may terminate before it takes effect. "
            "Any change to how CPT is licensed to You would require Your "
            "written agreement."),
        k.small("Parallax Virtual Care, Inc. - 1 Harbinger Plaza, Floor 9, "
                "Calloway, California - care-partners@parallax.example"),
    )
    return dict(
        key="vc_telehealth_neg", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="Parallax commercial terms",
        footer="Parallax Virtual Care - Commercial Terms",
        description="Telehealth commercial terms stating that the vendor's "
        "AMA licence royalty is included in the $4.50 per-visit price and "
        "that there is no separate CPT charge of any kind.")


# ---------------------------------------------------------------------------
def vc_coding_edu():
    v = "Lindqvist Coding Academy, LLC"
    k = Kit("serif", size=10)
    s = flat(
        k.letterhead("Lindqvist Coding Academy", ["Group Enrollment Agreement "
                                                  "- Professional Fee Coding "
                                                  "Bootcamp"]),
        k.kv([("Organization", "Harrow Creek Multispecialty Clinic, S.C."),
              ("Cohort", "Spring 2026, 12 weeks online, starts 9 February "
               "2026"),
              ("Enrollees", "5 coders (names in Attachment 1)"),
              ("Tuition", "$695.00 per enrollee; total $3,475.00"),
              ("Invoice", "due 15 January 2026")]),
        k.sp(6),
        k.h3("1. Course content"),
        k.p("The bootcamp covers evaluation and management leveling, surgical "
            "package rules, modifiers, NCCI edits, and documentation audits. "
            "Enrollees work through graded exercises in the Academy's online "
            "workbook, which contains current CPT&reg; codes, descriptors and "
            "guidelines alongside ICD-10-CM and HCPCS Level II."),
        k.h3("2. Licensed materials"),
        k.p("The CPT content in the workbook and practice exams is used under "
            "Lindqvist Coding Academy, LLC's agreement with the American "
            "Medical Association. Tuition includes each enrollee's licence to "
            "use that content for the length of the course and for ninety days "
            "of review access afterwards. The Academy reports enrollees to the "
            "AMA and pays the applicable royalty itself; your organization "
            "pays nothing beyond tuition for it."),
        k.p("The workbook licence is personal to each enrollee and does not "
            "extend to your organization's own EHR, encoder or billing system. "
            "Enrollees may not download, print for distribution, or copy CPT "
            "content from the workbook."),
        k.h3("3. Codebooks"),
        k.p("Enrollees need their own current-year CPT Professional codebook "
            "for the proctored final exam. Codebooks are not supplied and are "
            "not part of tuition."),
        k.h3("4. Attendance, exams and certificates"),
        k.p("Enrollees who complete 80% of live sessions and pass the final "
            "exam with at least 70% receive a certificate of completion worth "
            "24 continuing education units. One retake is included."),
        k.h3("5. Substitutions and refunds"),
        k.p("You may substitute an enrollee up to the start date. Refunds are "
            "100% until 14 days before the start date and 50% until the end of "
            "week two; none after that."),
        k.h3("6. General"),
        k.p("This agreement is governed by Minnesota law. Questions: "
            "groups@lindqvistcoding.example."),
        k.sig(["Lindqvist Coding Academy, LLC", "______________________",
               "Sigrid Lindqvist, CPC, Director"],
              ["Harrow Creek Multispecialty Clinic, S.C.",
               "______________________", "Tobias Mwangi, Revenue Cycle Manager"]),
    )
    return dict(
        key="vc_coding_edu", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="Group Enrollment Agreement",
        footer="Lindqvist Coding Academy", numbers=False,
        description="Coding-course enrollment agreement in which tuition "
        "includes each enrollee's licence to the CPT content in the workbook "
        "and the academy pays the AMA royalty itself; the $695 tuition is not "
        "a CPT fee and codebooks are bought separately.")


# ---------------------------------------------------------------------------
def vc_renewal_absorb():
    v = "Cressida Medical Records, Inc."
    k = Kit("sans", size=9.8)
    s = flat(
        k.letterhead("Cressida Medical Records", [
            "Cressida Medical Records, Inc.  |  2200 Winslow Park Drive, "
            "Ostend Heights, Michigan  |  renewals@cressida.example"]),
        k.p("10 November 2025"),
        k.p("Kendra Billingsley, Practice Manager<br/>Ashwell Allergy &amp; "
            "Asthma Center, P.C.<br/>48 Crane Hollow Road<br/>Verbena, Michigan"),
        k.p("<b>Your renewal: 1 January 2026 - 31 December 2026</b>"),
        k.p("Dear Kendra,"),
        k.p("Your Cressida subscription renews on 1 January. Here is what "
            "your renewal looks like and what has changed."),
        k.table([
            ["", "2025", "2026"],
            ["Cressida EHR, per provider per month", "$289.00", "$299.00"],
            ["Patient portal, per practice per month", "$79.00", "$79.00"],
            ["Allergy immunotherapy module, per month", "$60.00", "$60.00"],
            ["AMA CPT&reg; licence", "Included", "Included"],
            ["Your providers", "6", "6"],
            ["Estimated monthly total", "$1,873.00", "$1,933.00"],
        ], widths=[3.4 * inch, 1.4 * inch, 1.4 * inch], ruled="grid",
            right_cols=(1, 2), total_rows=1),
        k.sp(6),
        k.p("<b>Why the provider price is changing.</b> The per-provider price "
            "rises by $10.00 (about 3.5%), in line with the renewal cap in your "
            "agreement, to cover increased hosting and security costs."),
        k.p("<b>About the AMA fee.</b> You may have heard that the American "
            "Medical Association raised its CPT royalty for 2026, and that "
            "some EHR vendors are now passing that royalty on to practices. "
            "Cressida is absorbing the increase. CPT remains included in your "
            "Cressida subscription, as it always has been, and you will not "
            "see an AMA or CPT line on your invoices."),
        k.p("<b>What you need to do.</b> Nothing, unless you want to change "
            "your plan. To add providers or end the subscription at renewal, "
            "reply to this letter or email renewals@cressida.example by 1 "
            "December 2025."),
        k.p("Thank you for being a Cressida customer."),
        k.p("Sincerely,<br/><br/>Martin Oyelowo-Price<br/>Renewals Team Lead, "
            "Cressida Medical Records, Inc."),
    )
    return dict(
        key="vc_renewal_absorb", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="Your renewal", footer="Cressida Medical Records",
        numbers=False,
        description="Renewal letter showing the AMA CPT licence as 'Included' "
        "for 2025 and 2026 and stating the vendor absorbs the AMA royalty "
        "increase; the $10 per-provider subscription rise is a distractor.")


# ---------------------------------------------------------------------------
def vc_amend_included():
    v = "Kingsway Ortho Systems, Inc."
    k = Kit("serif", size=10.5, justify=True)
    s = flat(
        k.h1("AMENDMENT NO. 1", center=True),
        k.center("to the Software Subscription Agreement dated April 1, 2024"),
        k.sp(6),
        k.p("This Amendment No. 1 is made as of December 1, 2025 between "
            "Kingsway Ortho Systems, Inc. (\"Kingsway\") and Hollister Bone "
            "&amp; Joint Institute, PLLC (\"Customer\")."),
        k.p("1. <b>Background.</b> Section 6.2 of the Agreement (\"CPT "
            "Pass-Through Fee\") currently requires Customer to pay a CPT "
            "pass-through fee of $19.00 per Provider per calendar year in "
            "respect of the AMA royalty for CPT content in the Kingsway "
            "software. In connection with Customer's early renewal under "
            "Section 2 of this Amendment, Kingsway has agreed to include that "
            "royalty in its subscription pricing."),
        k.p("2. <b>Early renewal.</b> The Term is extended to March 31, 2029. "
            "The Subscription Fee for the extended Term is $342.00 per Provider "
            "per month, fixed until March 31, 2027 and thereafter subject to "
            "Section 5.4 of the Agreement."),
        k.p("3. <b>Section 6.2 deleted and replaced.</b> Effective January 1, "
            "2026, Section 6.2 is deleted and replaced with:"),
        k.pi("\"6.2 CPT Royalties. Kingsway holds a distribution license from "
             "the American Medical Association and sublicenses CPT content to "
             "Customer under Exhibit E. All royalties payable to the AMA for "
             "Customer's use of CPT within the Software are included in the "
             "Subscription Fee. Kingsway shall not invoice Customer any "
             "separate CPT, AMA or code-set fee for any period beginning on or "
             "after January 1, 2026.\""),
        k.p("4. <b>2025 fee.</b> The CPT pass-through fee invoiced in January "
            "2025 for calendar year 2025 remains payable and is not refunded."),
        k.p("5. <b>No other changes.</b> Except as stated in this Amendment, "
            "the Agreement is unchanged and remains in effect. If this "
            "Amendment and the Agreement conflict, this Amendment governs."),
        k.sig(["KINGSWAY ORTHO SYSTEMS, INC.", "By: ______________________",
               "Name: Lorraine Petrossian", "Title: Chief Revenue Officer"],
              ["HOLLISTER BONE &amp; JOINT INSTITUTE, PLLC",
               "By: ______________________", "Name: Desmond Achebe, M.D.",
               "Title: Managing Member"]),
    )
    return dict(
        key="vc_amend_included", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="Amendment No. 1", footer="Kingsway / Hollister",
        description="Amendment that deletes a $19.00 per-Provider CPT "
        "pass-through fee and replaces it, from 1 January 2026, with CPT "
        "royalties included in the subscription fee; the old fee no longer "
        "applies.")


# ---------------------------------------------------------------------------
def vc_precedence_body():
    v = "Marchetti Cardiology Software, Inc."
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("CARDIOVASCULAR INFORMATION SYSTEM LICENSE AGREEMENT", center=True),
        k.center("Marchetti Cardiology Software, Inc. and Oxbow Heart &amp; "
                 "Vascular, P.A."),
        k.sp(4),
        k.p("<b>1. Parties.</b> This Agreement is between Marchetti Cardiology "
            "Software, Inc. (\"Marchetti\") and Oxbow Heart &amp; Vascular, P.A. "
            "(\"Client\"), effective October 1, 2025."),
        k.p("<b>2. Order of precedence.</b> This Agreement consists of these "
            "terms and Exhibits A (Pricing), B (Support) and C (Business "
            "Associate Agreement). In the event of any conflict or "
            "inconsistency between the body of this Agreement and any Exhibit, "
            "the body of this Agreement shall control, except that Exhibit C "
            "controls on matters of protected health information."),
        k.p("<b>3. License.</b> Marchetti grants Client a non-exclusive, "
            "non-transferable license for Client's users to use the "
            "cardiovascular information system, including echocardiography and "
            "cath lab reporting, device clinic and charge capture modules "
            "(the \"System\"), for Client's internal use."),
        k.p("<b>4. Fees.</b> Client shall pay the fees in Exhibit A. Fees are "
            "payable within thirty days of invoice."),
        k.p("<b>5. CPT content.</b> The charge capture module contains CPT "
            "codes and descriptors of the American Medical Association. "
            "Marchetti is an AMA-authorized distributor and sublicenses CPT to "
            "Client for use within the System under the end-user terms in "
            "Section 12. Marchetti pays the AMA royalty for Client's users "
            "and the license fees in Exhibit A are inclusive of it; no "
            "separate fee for CPT content is payable by Client."),
        k.p("<b>6. Support.</b> Marchetti will provide support and updates as "
            "described in Exhibit B, including annual CPT, ICD-10-CM and HCPCS "
            "updates and reporting-template changes required by national "
            "registries."),
        k.p("<b>7. Client responsibilities.</b> Client will provide hardware "
            "meeting the published specifications, modality connectivity and "
            "a named system administrator."),
        k.p("<b>8. Confidentiality.</b> Each party will protect the other's "
            "confidential information and use it only for this Agreement."),
        k.p("<b>9. Warranty.</b> The System will perform materially in "
            "accordance with its documentation for one year after go-live."),
        k.p("<b>10. Liability.</b> Liability is limited to the license fees "
            "paid in the prior twelve months."),
        k.p("<b>11. Term.</b> Five years from go-live, renewable by mutual "
            "agreement."),
        k.p("<b>12. CPT end-user terms.</b> Client may use CPT only within the "
            "System and may not copy, distribute or make it available to any "
            "other entity. CPT is supplied as is. The AMA does not practise "
            "medicine and does not assign relative value units or fee "
            "schedules. CPT copyright 2025 American Medical Association. All "
            "rights reserved."),
        k.sig(["MARCHETTI CARDIOLOGY SOFTWARE, INC.", "By: ________________",
               "Luca Marchetti, CEO"],
              ["OXBOW HEART &amp; VASCULAR, P.A.", "By: ________________",
               "Anjali Rao, M.D., President"]),
        k.pb(),
        k.h2("EXHIBIT A - PRICING"),
        k.table([
            ["Item", "Quantity", "Price", "Total"],
            ["CVIS perpetual license - echo and cath reporting", "1 site",
             "$68,000.00", "$68,000.00"],
            ["Device clinic module", "1", "$9,500.00", "$9,500.00"],
            ["Charge capture module", "1", "$7,200.00", "$7,200.00"],
            ["CPT license fee", "22 users", "$18.00 / user / yr", "$396.00"],
            ["Annual support (20% of license)", "1", "$16,940.00",
             "$16,940.00"],
            ["Implementation", "fixed fee", "$24,000.00", "$24,000.00"],
        ], widths=[2.7 * inch, 1.0 * inch, 1.4 * inch, 1.3 * inch],
            ruled="grid", right_cols=(2, 3)),
        k.sp(4),
        k.small("Pricing prepared from Marchetti standard price book 2025-Q2. "
                "License fees invoiced 50% on signature and 50% on go-live. "
                "Support begins at go-live and is invoiced annually."),
    )
    return dict(
        key="vc_precedence_body", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="CVIS License Agreement",
        footer="Marchetti / Oxbow - License Agreement",
        description="Cardiology system licence whose body says the vendor "
        "pays the AMA royalty with no separate CPT fee, while the pricing "
        "exhibit lists a $18.00 per-user CPT license fee; the "
        "order-of-precedence clause makes the body control.")


# ---------------------------------------------------------------------------
def vc_british():
    v = "Pemberton Lowe Analytics Ltd"
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.letterhead("Pemberton Lowe Analytics", [
            "Pemberton Lowe Analytics Ltd  -  Registered in England and Wales, "
            "company no. 09987123  -  3 Ferrier Yard, Dunholt, DH9 4QX",
            "contracts@pembertonlowe.example"], rule=True),
        k.h2("Schedule 4 - Licensed Content and Charges"),
        k.p("This Schedule forms part of the Subscription Agreement dated 12 "
            "September 2025 between Pemberton Lowe Analytics Ltd (the "
            "\"Supplier\") and Ferncastle Physician Partners, LLC, a Delaware "
            "limited liability company (the \"Customer\")."),
        k.h3("1. Licensed Content"),
        k.p("1.1 The Supplier's revenue-integrity analytics platform "
            "(\"Insight\") analyses the Customer's professional claims and "
            "remittance data and presents findings organised by procedure. To "
            "do so, Insight displays Current Procedural Terminology (\"CPT\") "
            "codes and descriptors, which are the copyright of the American "
            "Medical Association (\"AMA\")."),
        k.p("1.2 The Supplier is party to a distribution licence with the AMA "
            "and grants the Customer a non-exclusive, non-transferable "
            "sub-licence to use CPT within Insight for the Customer's internal "
            "business purposes in the United States, on the end-user terms "
            "set out in paragraph 4."),
        k.h3("2. Charges"),
        k.p("2.1 The Subscription Charges are USD 2,950 per month for up to "
            "forty Authorised Users, and USD 55 per month for each additional "
            "Authorised User, invoiced quarterly in advance."),
        k.p("2.2 The royalty payable to the AMA in respect of the Customer's "
            "Authorised Users is borne by the Supplier and is included in the "
            "Subscription Charges. No separate charge is made to the Customer "
            "for CPT, whether as a licence fee, royalty recovery or "
            "administration charge."),
        k.p("2.3 The Subscription Charges may be increased on each anniversary "
            "of the Start Date by no more than the greater of 3% and the "
            "change in the US Consumer Price Index over the preceding twelve "
            "months."),
        k.h3("3. Reporting to the AMA"),
        k.p("The Customer shall notify the Supplier of the number of "
            "Authorised Users on request and agrees that the Supplier may "
            "disclose that number and the Customer's name to the AMA in its "
            "royalty reports."),
        k.h3("4. End-user terms"),
        k.p("4.1 The Customer shall not copy, publish, translate or distribute "
            "CPT, nor make it available to any subsidiary, affiliate or other "
            "organisation. 4.2 CPT is provided \"as is\". The AMA does not "
            "practise medicine or dispense medical services and does not "
            "assign fee schedules, relative value units or conversion "
            "factors. 4.3 The sub-licence terminates automatically if the "
            "Supplier's licence from the AMA terminates, unless the Customer "
            "has entered into a licence directly with the AMA. 4.4 CPT "
            "copyright 2025 American Medical Association. All rights "
            "reserved."),
        k.h3("5. Other content"),
        k.p("ICD-10-CM and HCPCS Level II code descriptions are sourced from "
            "the public files of the US Centers for Medicare &amp; Medicaid "
            "Services and carry no licence charge."),
        k.sig(["Signed for and on behalf of Pemberton Lowe Analytics Ltd",
               "______________________", "Harriet Pemberton-Lowe, Director"],
              ["Signed for and on behalf of Ferncastle Physician Partners, LLC",
               "______________________", "Dr. Raymond Adeyemi, Chief "
               "Executive"]),
    )
    return dict(
        key="vc_british", vendor=v, coverage="vendor_covers", fee=None, kit=k,
        story=s, title="Schedule 4 - Licensed Content and Charges",
        footer="Pemberton Lowe Analytics Ltd - Schedule 4", paper="a4",
        description="British-spelling schedule from a UK analytics supplier "
        "stating that the AMA royalty is borne by the supplier and included "
        "in the subscription, with no separate CPT charge of any kind.")


# ---------------------------------------------------------------------------
def vc_dental_medical():
    v = "Ostrowe OMS Software, Inc."
    k = Kit("sans", size=9.2)
    s = flat(
        k.letterhead("Ostrowe OMS", ["Ostrowe OMS Software, Inc. - Oral &amp; "
                                     "Maxillofacial Surgery Practice "
                                     "Management"]),
        k.h2("Pricing Schedule and Code Licence Terms"),
        k.p("Client: Belvedere Oral Surgery &amp; Dental Implant Center, "
            "P.C.  |  Locations: 2  |  Surgeons: 4  |  Effective: 1 January "
            "2026"),
        k.table([
            ["Item", "Basis", "Price"],
            ["Ostrowe OMS PM + charting", "per surgeon / month", "$365.00"],
            ["Anesthesia record module", "per location / month", "$90.00"],
            ["Imaging bridge (CBCT / pano)", "per location / month", "$40.00"],
            ["CDT&reg; code licence (ADA)", "per location / year", "$60.00"],
            ["CPT&reg; content (AMA)", "-", "Included"],
            ["Dual (medical/dental) claim submission", "per claim", "$0.32"],
        ], widths=[3.1 * inch, 1.8 * inch, 1.5 * inch], ruled="grid",
            right_cols=(2,)),
        k.sp(6),
        k.h3("Code licence terms"),
        k.p("<b>Dental codes.</b> Ostrowe distributes the Code on Dental "
            "Procedures and Nomenclature (CDT) under a commercial licence from "
            "the American Dental Association. The CDT code licence line above "
            "is charged for each location each January."),
        k.p("<b>Medical codes.</b> Oral surgery practices bill many procedures "
            "to medical insurance. Ostrowe OMS therefore includes the American "
            "Medical Association's CPT codes and descriptors. Ostrowe pays the "
            "AMA royalty for all of Client's users under its distribution "
            "agreement, and that royalty is included in the per-surgeon price. "
            "No CPT fee is charged to Client."),
        k.p("<b>Public code sets.</b> ICD-10-CM and HCPCS Level II (including "
            "the D-codes that CMS publishes from CDT by arrangement with the "
            "ADA) are maintained in the system at no additional charge."),
        k.h3("Billing"),
        k.p("Monthly items are billed in advance. Annual items are billed each "
            "January. Claims are billed monthly in arrears. Prices are fixed "
            "for 2026 and 2027."),
        k.h3("End-user notices"),
        k.small("CDT is a registered trademark of the American Dental "
                "Association; Current Dental Terminology copyright 2025 "
                "American Dental Association. CPT copyright 2025 American "
                "Medical Association. All rights reserved. Use of CPT and CDT "
                "is limited to Client's internal use within Ostrowe OMS."),
        k.sig(["Ostrowe OMS Software, Inc.", "______________________",
               "Paulina Reyes-Ostrowe, President"],
              ["Belvedere Oral Surgery &amp; Dental Implant Center, P.C.",
               "______________________", "Dr. Kwame Asante, DDS, MD"]),
    )
    return dict(
        key="vc_dental_medical", vendor=v, coverage="vendor_covers", fee=None,
        kit=k, story=s, title="Pricing Schedule and Code Licence Terms",
        footer="Ostrowe OMS Software",
        description="Oral-surgery pricing schedule that charges a $60 per "
        "location CDT (ADA) licence but lists CPT content as 'Included' and "
        "says the vendor pays the AMA royalty; the CDT fee is not a CPT fee.")


DOCS = [vc_eula_included, vc_order_included, vc_saas_dist, vc_faq, vc_email,
        vc_hospital_affiliate, vc_telehealth_neg, vc_coding_edu,
        vc_renewal_absorb, vc_amend_included, vc_precedence_body, vc_british,
        vc_dental_medical]
