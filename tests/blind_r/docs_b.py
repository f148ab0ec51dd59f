"""blind_r documents, part B."""
from common import (TITLE, SUB, H, P, SMALL, B, N, T, KV, M, F, SIG, PB, SP, HR, CENTER,
                    US, UK, FORMAL, clauses)
from docs_a import D, fee

DOCS = []

# ---------------------------------------------------------------------------
pv1 = {"V": "Halcyon Bay", "C": "you", "state": "Oregon", "venue": "Portland, Oregon"}
DOCS.append(D(
    "vc_halcyon_eula", "vendor_covers", "Halcyon Bay EHR, Inc.", None,
    "EULA with a CPT sublicense from a vendor that is party to an AMA licence and states that all AMA royalties for "
    "the customer's use are included in the Subscription Fees and will not be billed separately.",
    [
        TITLE("Halcyon Bay End User License Agreement"),
        SUB("Version 7.0 \u00b7 effective January 1, 2025"),
        P("This End User License Agreement (\"EULA\") is between Halcyon Bay EHR, Inc., an Oregon corporation "
          "(\"Halcyon Bay\", \"we\", \"us\"), and the practice or other organization that has subscribed to the "
          "Halcyon Bay electronic health record service (\"you\"). It applies to everyone who uses the software "
          "under your subscription. By clicking \"I accept\" or using the software you agree to this EULA."),
        H("1. License"),
        P("We grant you a non-exclusive, non-transferable right, during your subscription, to let your authorized "
          "personnel use the Halcyon Bay software and related documentation (the \"Software\") for your internal "
          "health care operations in the United States. You may not resell, sublicense, rent, reverse engineer or "
          "copy the Software, or use it to provide services to other organizations."),
        H("2. Third-party content in the Software"),
        P("2.1 <b>CPT.</b> The Software includes content from Current Procedural Terminology (\"CPT\"), which is "
          "copyrighted by the American Medical Association (\"AMA\"). CPT is a registered trademark of the AMA."),
        P("2.2 Halcyon Bay is a party to a license agreement with the AMA. Under it, we grant you a limited, "
          "non-exclusive, non-transferable, non-sublicensable license to use CPT content in the Software solely "
          "for your internal use in the United States. This sublicense ends automatically if our agreement with the "
          "AMA ends, unless the AMA consents otherwise or you enter into a direct license with the AMA."),
        P("2.3 <b>Royalties.</b> We pay all royalties owed to the AMA for your use of CPT content in the Software. "
          "Those royalties are included in your Subscription Fees, and we will not invoice you for them separately "
          "or add any CPT, AMA or code-set charge to your account during your subscription."),
        P("2.4 You may not publish or distribute CPT content, create derivative works of it, or make it available to "
          "any affiliate or other legal entity. Use of CPT content outside the United States is not permitted."),
        P("2.5 CPT content is provided \"as is\", and its use is at your own risk. The AMA does not practice "
          "medicine or provide medical services, and it does not assign fee schedules, relative value units or "
          "conversion factors, which are not part of CPT. The AMA is a third-party beneficiary of this Section 2 and "
          "is not liable for any consequence of your use of CPT content."),
        P("2.6 <b>U.S. Government users.</b> CPT is commercial technical data developed exclusively at private "
          "expense. Rights of U.S. Government users are limited to those in this EULA and the applicable federal "
          "acquisition regulations."),
        H("3. Your responsibilities"),
        P("You are responsible for who you allow to use the Software, for keeping passwords secure, and for the "
          "accuracy of what your personnel enter. Coding and clinical decisions remain yours."),
        H("4. Fees"),
        P("You pay the Subscription Fees in your order, monthly or annually as the order says. We may change "
          "Subscription Fees at renewal on sixty (60) days' notice."),
    ] + clauses(US, ["data", "hipaa", "liab", "term", "law"], 5, pv1) + [
        SMALL("Halcyon Bay EHR, Inc. \u00b7 2200 NW Raleigh Street, Portland, OR 97210 \u00b7 legal@halcyonbay.example"),
    ], font="Times", size=10, footer="Halcyon Bay EHR, Inc. \u2014 EULA v7.0"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_vantor_order", "vendor_covers", "Vantor Medical Cloud LLC", None,
    "Vantor order form (ruled) whose CPT line reads 'Included' at $0.00 for all 18 Users, with a note that Vantor "
    "remits AMA royalties and will invoice no CPT charge during the term.",
    [
        TITLE("Vantor \u2014 Order Form"),
        KV([
            ["Order number", "VMC-OF-11873"],
            ["Provider of services", "Vantor Medical Cloud LLC (\"Vantor\"), 75 Congress Street, Austin, TX 78701"],
            ["Customer", "Pecan Valley Family Clinic, PA"],
            ["Subscription Term", "April 1, 2025 \u2013 March 31, 2027 (24 months)"],
            ["Terms", "Vantor Cloud Services Terms (online version dated October 2024)"],
        ], widths=(1.7, 4.8)),
        T([
            ["SKU", "Description", "Qty", "Unit", "Unit price", "Monthly total"],
            ["V-EHR-PRO", "Vantor EHR Professional", "6", "Provider", "$279.00", "$1,674.00"],
            ["V-USR", "Clinical and office staff users", "12", "User", "$29.00", "$348.00"],
            ["V-RCM", "Revenue cycle module", "6", "Provider", "$99.00", "$594.00"],
            ["V-CPT", "CPT\u00ae content license (AMA) for all Users", "18", "User", "$0.00", "Included"],
            ["V-ERX", "e-Prescribing incl. EPCS", "6", "Provider", "$19.00", "$114.00"],
            ["", "<b>Total monthly recurring</b>", "", "", "", "<b>$2,730.00</b>"],
            ["V-IMP", "Implementation (one time)", "1", "Project", "$3,800.00", "$3,800.00 once"],
        ], widths=[0.9, 2.6, 0.5, 0.8, 0.9, 1.1], right=(2, 4, 5)),
        H("Notes"),
        N(["Users means each named individual with a Vantor login under this Order: here, 6 providers and 12 staff.",
           "Vantor is an AMA-authorized distributor. Vantor remits the AMA royalty for all Users under this Order, "
           "including Users added during the Subscription Term, and no CPT charge will be invoiced to Customer "
           "during the Subscription Term.",
           "Recurring fees are billed monthly in advance. Implementation is billed 50% on signature and 50% at "
           "go-live.",
           "Monthly recurring fees may increase at renewal by no more than 4%."]),
        SIG([("Vantor Medical Cloud LLC", "Carla Estrada", "Sales Director", "March 18, 2025"),
             ("Pecan Valley Family Clinic, PA", "Dr. Luis Benavides", "Owner", "March 20, 2025")]),
    ], font="Helvetica", size=9.5, footer="Vantor Medical Cloud LLC \u00b7 Order VMC-OF-11873"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_juniper_help", "vendor_covers", "Juniper Ledger Health, Inc.", None,
    "JuniperPM help article: no AMA/CPT fee is charged because Juniper holds an AMA distribution license and pays "
    "the royalty out of the subscription; the AMA's direct prices and other EHRs' ~$20 fees are only for "
    "comparison.",
    [
        SMALL("JuniperPM Support \u203a Account and billing"),
        TITLE("Does JuniperPM charge an AMA or CPT\u00ae fee?"),
        SUB("Updated January 6, 2025"),
        P("<b>Short answer: no.</b> You will not see an AMA, CPT or code-set line on your JuniperPM invoice."),
        H("Why are other practices talking about an AMA fee?"),
        P("Over the last few years a number of EHR and practice management companies have started adding an annual "
          "charge, often around $20 per clinician, to recover the royalty the American Medical Association charges "
          "for use of CPT codes. That is a business decision each company makes. It isn't something the AMA bills "
          "practices for directly when they use CPT inside a vendor's software."),
        H("So who pays the AMA for CPT in JuniperPM?"),
        P("We do. Juniper Ledger Health, Inc. holds a distribution license with the AMA. Each year we report the "
          "users of CPT in JuniperPM and pay the royalty for every user on every customer account. That cost is "
          "built into your subscription price and we have no plans to itemize it."),
        H("Do I need my own license from the AMA?"),
        P("Not for JuniperPM. Your JuniperPM subscription includes a sublicense to the CPT content in the product, "
          "on the terms in section 9 of our Terms of Service."),
        P("You might need one for other tools. If you used CPT in a system that doesn't include it \u2014 say a "
          "home-built spreadsheet or a reporting database \u2014 you would license it separately. For reference "
          "only, the AMA's published internal-use pricing for 2025 is an organization fee (it was $82.50 in 2024) "
          "plus $18.50 per user."),
        H("Does my JuniperPM sublicense cover my other software?"),
        P("No. CPT licensing is per application. Your clearinghouse or a separate billing service has its own "
          "arrangement with the AMA or a distributor."),
        H("Who counts as a user?"),
        P("Anyone on your account who uses CPT in JuniperPM or depends on it to do their job \u2014 providers, "
          "coders, billers, front desk. You don't have to count them for us; we report them from your account's "
          "user list."),
        HR(),
        SMALL("JuniperPM is a product of Juniper Ledger Health, Inc., 500 Tower Street, Suite 210, Raleigh, NC 27601. "
              "CPT is a registered trademark of the American Medical Association. This article is general "
              "information and does not modify your agreement with us."),
    ], font="Helvetica", size=10, footer="support.juniperpm.example/hc/articles/ama-fee"))

# ---------------------------------------------------------------------------
pv4 = {"V": "Licensor", "C": "Licensee", "VP": "Licensor's", "CP": "Licensee's", "state": "Illinois"}
DOCS.append(D(
    "vc_ostrander_formal", "vendor_covers", "Ostrander Clinical Data Corporation", None,
    "Formal WITNESSETH licence: Licensor, an AMA distribution licensee, sublicenses CPT and covenants to bear all "
    "AMA royalties for its own account without charge to Licensee, whose fees are stated as inclusive.",
    [
        CENTER("SOFTWARE LICENSE AND SUPPORT AGREEMENT"),
        P("THIS AGREEMENT is made as of the fifteenth day of January, 2025, BY AND BETWEEN: OSTRANDER CLINICAL DATA "
          "CORPORATION, an Illinois corporation, with offices at 180 North LaSalle Street, Chicago, Illinois 60601 "
          "(hereinafter referred to as \"Licensor\"); AND WHITCOMBE VALLEY MEDICAL GROUP, INC., an Indiana "
          "professional corporation, with offices at 45 Courthouse Square, Valparaiso, Indiana 46383 (hereinafter "
          "referred to as \"Licensee\")."),
        CENTER("WITNESSETH"),
        P("WHEREAS, Licensor is the owner of a certain computer software product known as ClinData Practice "
          "Manager (hereinafter the \"Software\"); and"),
        P("WHEREAS, Licensor is the holder of a distribution license granted by the American Medical Association "
          "(hereinafter the \"AMA\"), pursuant to which Licensor is permitted to furnish the AMA's Current Procedural "
          "Terminology (hereinafter \"CPT\") within the Software to its licensees; and"),
        P("WHEREAS, Licensee wishes to license the Software for use in its medical practice;"),
        P("NOW, THEREFORE, in consideration of the mutual promises hereinafter set forth, the parties agree as "
          "follows:"),
        P("<b>1. GRANT.</b> Licensor hereby grants unto Licensee, and Licensee hereby accepts, a non-exclusive and "
          "non-transferable license to install and use the Software at Licensee's facilities, for Licensee's "
          "internal purposes only, for the term hereof."),
        P("<b>2. CPT.</b> (a) Licensor hereby grants unto Licensee a sublicense to use CPT solely as embodied in the "
          "Software, within the United States, for Licensee's internal purposes, upon the terms which the AMA requires "
          "Licensor to extend to its licensees, which terms are annexed hereto as Schedule C and incorporated herein "
          "by reference. (b) Licensor shall bear and pay, for its own account and without charge or reimbursement of "
          "any kind from Licensee, all royalties and other sums which are or may become due to the AMA by reason of "
          "the use of CPT by Licensee and its personnel within the Software. (c) Licensee shall not be required to "
          "procure any license directly from the AMA in respect of such use."),
        P("<b>3. FEES.</b> In consideration of the rights herein granted, Licensee shall pay unto Licensor the license "
          "fee and annual support fees set forth in Schedule B, which fees are inclusive of all sums payable in "
          "respect of the CPT sublicense granted in Section 2. The annual support fee may be increased upon each "
          "anniversary of the date hereof by a percentage not exceeding the increase in the Consumer Price Index "
          "for All Urban Consumers during the preceding year."),
        P("<b>4. SUPPORT.</b> During the term hereof and subject to payment of the support fees, Licensor shall "
          "furnish Licensee with updates to the Software, including the annual release of CPT, and with telephone "
          "support during Licensor's ordinary business hours."),
    ] + clauses(FORMAL, ["conf", "warr", "liab", "term", "law", "misc"], 5, pv4) + [
        P("IN WITNESS WHEREOF, the parties hereto have executed this Agreement by their duly authorized "
          "representatives on the date first above written."),
        SIG([("Ostrander Clinical Data Corporation", "Harold J. Mertz", "President", "January 15, 2025"),
             ("Whitcombe Valley Medical Group, Inc.", "Anita Ruiz, M.D.", "Chief Executive Officer", "January 15, 2025")]),
        SP(8),
        CENTER("SCHEDULE B \u2014 FEES"),
        T([
            ["Item", "Amount"],
            ["Perpetual license fee, 12 concurrent sessions", "$38,000.00 (one time)"],
            ["Annual support and updates, first year", "$6,840.00"],
            ["Installation and training", "$4,500.00 (one time)"],
        ], widths=[4, 2.2], right=(1,)),
    ], font="Times", size=10, paper="A4", footer="Ostrander Clinical Data Corporation / Whitcombe Valley Medical Group"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_meadowlark_renewal", "vendor_covers", "Meadowlark Health Technologies, LLC", None,
    "Renewal notice announcing a 4% subscription increase (under a 6% cap) and stating that the AMA CPT royalty "
    "remains included in the subscription with no separate AMA line.",
    [
        P("<b>Meadowlark</b> \u00b7 Meadowlark Health Technologies, LLC<br/>1010 Prairie Avenue, Omaha, NE 68102"),
        SP(4),
        P("February 3, 2025"),
        P("Cornerstone Podiatry Group<br/>Attn: Rebecca Hall, Office Manager<br/>2900 South 84th Street, Lincoln, NE "
          "68506"),
        P("<b>Your Meadowlark renewal \u2014 contract ML-20331 \u2014 renews April 1, 2025</b>"),
        P("Dear Rebecca,"),
        P("Your Meadowlark agreement renews on April 1, 2025 for a twelve-month term. Your agreement limits our annual "
          "increase to 6%; this year we are raising subscription prices by 4%. Your new pricing is:"),
        T([
            ["Item", "Qty", "Current monthly", "From April 1, 2025"],
            ["Meadowlark EHR + PM, per provider", "4", "$300.00", "$312.00"],
            ["Staff users, per user", "9", "$25.00", "$26.00"],
            ["Online payments", "1", "$49.00", "$49.00"],
            ["<b>Monthly total</b>", "", "<b>$1,474.00</b>", "<b>$1,531.00</b>"],
        ], widths=[3, 0.6, 1.4, 1.5], right=(1, 2, 3)),
        P("<b>About the AMA CPT\u00ae fee.</b> Several practices have asked whether they will start seeing an AMA fee, "
          "as some other systems now charge. You won't. Meadowlark pays the American Medical Association's royalty "
          "for CPT use for all of your users, and it remains included in your subscription. There is no separate AMA "
          "or CPT line on your invoices this year or under this renewal."),
        P("<b>What else changes?</b> Nothing. Your support level, uptime commitment and data terms stay the same."),
        P("If you'd like to adjust your user count or talk through options, contact your account manager, Jared "
          "Kowalski, at jkowalski@meadowlarkhealth.example, before March 1."),
        P("Thank you for choosing Meadowlark,"),
        P("The Meadowlark Customer Team"),
        SMALL("Meadowlark Health Technologies, LLC. CPT is a registered trademark of the American Medical "
              "Association. Prices exclude applicable taxes."),
    ], font="Helvetica", size=10.5, footer="Meadowlark renewal notice \u00b7 ML-20331"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_tidychart_bullets", "vendor_covers", "Saltmarsh Software, Inc.", None,
    "TidyChart 'what's included' sheet: the price includes the AMA CPT license for every user (royalty paid by "
    "TidyChart); excluded items are per-claim clearinghouse fees, the ADA CDT license for the dental add-on, and "
    "other services.",
    [
        TITLE("TidyChart: what your price includes"),
        SUB("For practices signing the TidyChart Subscription Agreement from January 1, 2025"),
        P("TidyChart is priced per provider per month: $245 on the Core plan and $325 on the Complete plan. We want "
          "you to know exactly what that price covers and what it doesn't."),
        H("Included in your per-provider price"),
        B(["Cloud hosting in two U.S. data centers, encrypted backups every four hours, and a 99.7% uptime commitment.",
           "Unlimited staff logins for your practice.",
           "Scheduling, charting, e-prescribing (including EPCS) and a patient portal.",
           "Annual code updates for ICD-10-CM, HCPCS Level II and CPT\u00ae.",
           "The AMA license for CPT\u00ae content for every user on your account. TidyChart pays the American Medical "
           "Association's royalty directly; there is no CPT or AMA line on your invoice.",
           "Phone, chat and e-mail support, and a named onboarding specialist for your first 90 days.",
           "Two data exports a year in standard formats."]),
        H("Not included (charged separately if you use them)"),
        B(["Clearinghouse transactions: $0.30 per claim and $0.10 per eligibility check.",
           "Paper patient statements: $0.79 each, including postage.",
           "ADA CDT\u00ae license for the dental charting add-on: $12 per user per year, passed through to the "
           "American Dental Association.",
           "Custom interfaces to labs or hospital systems: quoted per project.",
           "Data conversion from your previous system: $1,500 flat, or quoted for complex migrations.",
           "On-site training: $1,200 per day plus travel."]),
        H("Price changes"),
        P("Your per-provider price is fixed for your first 24 months. After that, increases are limited to 5% a year "
          "and we give you 60 days' notice."),
        HR(),
        SMALL("TidyChart is a trademark of Saltmarsh Software, Inc., 88 Marsh Landing Parkway, Charleston, SC 29412. "
              "CPT is a registered trademark of the American Medical Association. CDT is a registered trademark of "
              "the American Dental Association. This sheet summarizes the TidyChart Subscription Agreement, which "
              "governs if there is any difference."),
    ], font="Helvetica", size=10.5, footer="TidyChart \u00b7 Pricing inclusions 2025"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_everly_email", "vendor_covers", "Everly Rhodes Health IT, Inc.", None,
    "E-mail from the Everly account manager: no AMA fee will be billed because Everly is an AMA-authorized "
    "distributor and the royalty for all 9 users is built into the subscription; the billing service's own "
    "system is licensed separately.",
    [
        M("From:    Kayla Brennan <kbrennan@everlyhealth.example>\n"
          "To:      Tom Gallagher <tgallagher@northshoreent.example>\n"
          "Date:    Thu, 6 Mar 2025 09:17:55 -0500\n"
          "Subject: RE: Do we owe an AMA fee for Everly?"),
        HR(),
        P("Hi Tom,"),
        P("Short answer: no, you won't see an AMA fee from us."),
        P("Everly is an AMA-authorized distributor of CPT, and the royalty for all 9 of your users is built into "
          "your per-provider subscription. We report your users to the AMA and pay the royalty ourselves, so there's "
          "nothing extra for North Shore ENT to pay or sign for CPT in Everly. The CPT terms your users agree to "
          "when they first log in are just the AMA's standard end-user conditions; they don't carry a fee."),
        P("On the note from your billing service: I suspect they were thinking of their own system. CPT licensing is "
          "per application, so if they work your claims in their own practice management software, that software "
          "needs its own coverage, and that's between them and their vendor. It doesn't change anything on the "
          "Everly side."),
        P("Your renewal in June is on the same terms, and the 3% increase cap in your agreement still applies to "
          "the subscription."),
        P("Thanks,<br/>Kayla"),
        P("Kayla Brennan<br/>Senior Account Manager \u2014 Everly<br/>Everly Rhodes Health IT, Inc. | 40 Summer "
          "Street, Boston, MA 02110"),
        HR(),
        M("-----Original Message-----\n"
          "From: Tom Gallagher\n"
          "Sent: Wednesday, March 5, 2025 4:51 PM\n"
          "Subject: Do we owe an AMA fee for Everly?"),
        P("Kayla, our billing company says \"everyone needs an AMA license for CPT\" and that we should expect a "
          "charge per user. Are we going to get a bill from Everly or from the AMA for this? \u2014 Tom (Practice "
          "Administrator, North Shore ENT Associates)"),
    ], font="Helvetica", size=10, footer="Printed from mail client \u2014 North Shore ENT"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_pennine_uk", "vendor_covers", "Pennine Health Informatics Ltd", None,
    "British-drafted licence: the Supplier holds an AMA distribution licence, and clause 7.3 says the AMA licence "
    "fee for each Authorised User (defined in clause 1) is included in the Charges with no separate charge.",
    [
        TITLE("Pennine Clinic Cloud"),
        SUB("Licence and Services Agreement \u2014 United States edition"),
        P("THIS AGREEMENT is dated 3 March 2025 and is made between (1) <b>Pennine Health Informatics Ltd</b>, "
          "incorporated in England and Wales with company number 11223344, whose registered office is at 2 "
          "Wharf Street, Leeds LS2 7EQ (the \"Supplier\"); and (2) <b>Ridgeline Rheumatology Associates, LLC</b>, a "
          "Minnesota limited liability company (the \"Customer\")."),
        H("1. Definitions"),
        P("In this Agreement: \"Authorised User\" means an individual employed or engaged by the Customer whom the "
          "Customer has authorised to access the Service and to whom the Supplier has issued a personal user "
          "account, each such individual counting as one Authorised User whether or not he or she accesses the "
          "Service in any period; \"Charges\" means the charges set out in Schedule 1; \"CPT\" means the Current "
          "Procedural Terminology code set published by the American Medical Association (the \"AMA\"); "
          "\"Service\" means the Pennine Clinic Cloud scheduling, records and billing service; \"Contract Year\" means "
          "each period of twelve months from the Commencement Date."),
        H("2. Supply of the Service"),
        P("2.1 The Supplier shall provide the Service to the Customer for the use of its Authorised Users from the "
          "Commencement Date stated in Schedule 1."),
        P("2.2 The Customer shall not permit any person other than an Authorised User to access the Service, nor "
          "allow any Authorised User's account to be used by anyone else."),
        H("3. Customer obligations"),
        P("3.1 The Customer shall co-operate with the Supplier in all matters relating to the Service, provide "
          "accurate information, and remain responsible for all clinical and coding decisions of its personnel."),
        H("4. Service levels"),
        P("4.1 " + UK["support"][1]),
        H("5. Data protection"),
        P("5.1 " + UK["data"][1]),
        H("6. Confidentiality"),
        P("6.1 " + UK["conf"][1]),
        H("7. CPT content"),
        P("7.1 The Service contains CPT. The Supplier holds a distribution licence from the AMA which permits it to "
          "grant sub-licences of CPT to its customers."),
        P("7.2 The Supplier grants the Customer a non-exclusive, non-transferable sub-licence for its Authorised "
          "Users to use CPT as contained in the Service, for the Customer's internal purposes in the United States "
          "only, on the AMA terms set out in Schedule 3. The sub-licence ends if the Supplier's licence from the AMA "
          "ends, in which case the Supplier shall notify the Customer promptly."),
        P("7.3 The licence fee payable to the AMA in respect of each Authorised User is included in the Charges, and "
          "the Supplier shall not levy any separate or additional charge on the Customer in respect of CPT or the "
          "sub-licence in clause 7.2."),
        H("8. Charges"),
        P("8.1 The Customer shall pay the Charges monthly in advance. The Supplier may review the Charges once in "
          "each Contract Year after the first, on giving not less than sixty days' notice, provided that no increase "
          "shall exceed five per cent."),
        H("9. Limitation of liability"),
        P("9.1 " + UK["liab"][1]),
        H("10. Duration and termination"),
        P("10.1 " + UK["term"][1]),
        H("11. General"),
        P("11.1 " + UK["entire"][1] + " 11.2 This Agreement is governed by the laws of the State of Minnesota."),
        SIG([("Pennine Health Informatics Ltd", "Gareth Holroyd", "Director", "3 March 2025"),
             ("Ridgeline Rheumatology Associates, LLC", "Dr. Karin Lindqvist", "Managing Partner", "3 March 2025")]),
        CENTER("SCHEDULE 1 \u2014 CHARGES"),
        T([
            ["Item", "Basis", "Charge (USD)"],
            ["Pennine Clinic Cloud, full suite", "per Authorised User per month", "$64.00"],
            ["Claims gateway", "per claim", "$0.29"],
            ["Onboarding", "one-off", "$2,250.00"],
        ], widths=[2.8, 2.4, 1.3], right=(2,)),
    ], font="Helvetica", size=9.5, paper="A4", footer="Pennine Health Informatics Ltd \u2014 Licence and Services Agreement (US)"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_caldwell_amend", "vendor_covers", "Caldwell Summit Software, Inc.", None,
    "Amendment that replaces Section 4.6 (which had Client reimburse AMA royalties at $18 per provider per year) "
    "with a sentence making Caldwell pay all AMA royalties and not invoice Client for them.",
    [
        CENTER("FIRST AMENDMENT TO LICENSE AND SERVICES AGREEMENT"),
        P("This First Amendment (\"Amendment\") is made effective January 1, 2025 (the \"Amendment Effective Date\") "
          "between Caldwell Summit Software, Inc., a Utah corporation (\"Caldwell\"), and Wasatch Spine and Pain "
          "Center, LLC (\"Client\"), and amends the License and Services Agreement between them dated March 1, 2023 "
          "(the \"Agreement\")."),
        H("Recitals"),
        P("Section 4.6 of the Agreement presently requires Client to reimburse Caldwell for royalties payable to the "
          "American Medical Association for CPT content in the Caldwell software, at $18.00 per provider per year. "
          "In connection with Client's three-year renewal under Order No. 4, the parties have agreed that Caldwell "
          "will bear those royalties instead."),
        H("Amendment"),
        P("1. Section 4.6 of the Agreement is deleted in its entirety and replaced with the following:"),
        P("<i>\"4.6 CPT Royalties. Caldwell shall pay all royalties due to the American Medical Association in "
          "respect of Client's use of CPT content in the Software and shall not invoice Client for them.\"</i>"),
        P("2. Any invoice issued for CPT royalties for a period beginning on or after the Amendment Effective Date "
          "is void. Amounts invoiced for periods before that date remain payable."),
        P("3. All other terms of the Agreement remain in full force and effect. If there is a conflict between this "
          "Amendment and the Agreement, this Amendment controls."),
        SIG([("Caldwell Summit Software, Inc.", "Brent Larsen", "Chief Revenue Officer", "December 18, 2024"),
             ("Wasatch Spine and Pain Center, LLC", "Dr. Alisha Green", "Medical Director", "December 20, 2024")]),
    ], font="Times", size=11, footer="Caldwell Summit Software, Inc. \u2014 First Amendment (CSS-LSA-2023-077)"))

# ---------------------------------------------------------------------------
pv10 = {"V": "Company", "C": "Client", "state": "Kansas", "venue": "Wichita, Kansas"}
DOCS.append(D(
    "vc_bluestem_billing", "vendor_covers", "Bluestem Billing Associates, LLC", None,
    "Billing-service agreement ('Client' is the practice): Company works in its own PM system under its own CPT "
    "license covering its staff and Client's portal users, and its 6.25% fee is inclusive of all code-set "
    "licensing with no CPT charge to Client.",
    [
        TITLE("Billing Services Agreement"),
        P("This Billing Services Agreement is entered into on May 12, 2025 between Bluestem Billing Associates, LLC "
          "(\"Company\") and Flint Hills Pediatric Therapy, P.A. (\"Client\")."),
        H("1. What Company will do"),
        B(["Review Client's visit documentation and assign diagnosis and procedure codes, subject to Client's review.",
           "Create and submit claims, post payments, and work denials and unpaid claims.",
           "Send patient statements and answer patient billing calls.",
           "Provide a monthly report package and a live dashboard in the Bluestem Client Portal."]),
        H("2. Systems"),
        P("2.1 Company performs the services in its own practice management system. Client's staff do not need a "
          "separate billing system and will use the Bluestem Client Portal to upload documents and review reports, "
          "which show procedure codes and descriptions."),
        P("2.2 Company holds a CPT\u00ae license from an AMA-authorized distributor for its practice management system "
          "and the Client Portal. That license covers Company's staff and Client's personnel who use the Client "
          "Portal. Client does not need to obtain any CPT license for the services under this Agreement, and "
          "Company will not charge Client for CPT licensing."),
        H("3. Fees"),
        P("3.1 Client will pay Company 6.25% of all amounts collected on claims Company submits, invoiced monthly. "
          "This fee is inclusive of all code-set licensing costs, clearinghouse charges and statement postage."),
        P("3.2 Credentialing and payer enrollment services, if requested, are billed at $150 per payer per provider."),
        H("4. Client responsibilities"),
        P("Client will send complete documentation within two business days of each visit, review codes flagged by "
          "Company, and tell Company promptly about changes to providers, locations or payer contracts."),
    ] + clauses(US, ["hipaa", "conf", "liab", "term", "law", "entire"], 5, pv10) + [
        SIG([("Bluestem Billing Associates, LLC", "Ronda Petersen", "Owner", "May 12, 2025"),
             ("Flint Hills Pediatric Therapy, P.A.", "Jacob Whitt, PT", "Clinic Director", "May 12, 2025")]),
    ], font="Helvetica", size=10, footer="Bluestem Billing Associates, LLC \u2014 Billing Services Agreement"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_corbel_invoice", "vendor_covers", "Corbel Health Systems, Inc.", None,
    "Invoice that itemizes the 2025 AMA CPT royalty for 8 users at $18.50 and then credits it in full as included "
    "in the Enterprise plan, netting $0, with a note that Corbel pays the AMA royalty.",
    [
        TITLE("Corbel Health Systems, Inc."),
        P("Invoice \u00b7 Corbel Enterprise<br/>610 Research Drive, Ann Arbor, MI 48108 \u00b7 ar@corbelhealth.example"),
        KV([
            ["Invoice", "CHS-2025-000913"],
            ["Date", "January 2, 2025"],
            ["Customer", "Huron Valley Allergy and Asthma, PLC \u2014 account HVAA-1"],
            ["Period", "January 1 \u2013 January 31, 2025"],
            ["Due", "February 1, 2025"],
        ], widths=(1.2, 5.3)),
        T([
            ["Line", "Description", "Qty", "Rate", "Amount"],
            ["1", "Corbel Enterprise plan \u2014 monthly subscription (up to 10 users)", "1", "$2,150.00", "$2,150.00"],
            ["2", "Additional storage, per 100 GB", "2", "$40.00", "$80.00"],
            ["3", "AMA CPT\u00ae royalty, calendar year 2025, per user", "8", "$18.50", "$148.00"],
            ["4", "CPT\u00ae royalty \u2014 included in Enterprise plan (credit)", "1", "($148.00)", "($148.00)"],
            ["5", "Interface: allergy lab results (HL7), monthly", "1", "$125.00", "$125.00"],
            ["", "<b>Total</b>", "", "", "<b>$2,355.00</b>"],
        ], widths=[0.5, 3.9, 0.5, 0.9, 1.0], right=(2, 3, 4)),
        H("Notes"),
        P("Lines 3 and 4: Corbel pays the American Medical Association the CPT royalty for every user on Enterprise "
          "accounts. We show the royalty for transparency because the AMA bases it on your user count; it is credited "
          "in full and you do not pay it. Practices on Corbel Essentials are billed the royalty at the line 3 rate."),
        P("Your Enterprise subscription rate is fixed through December 31, 2026 under Order CHS-ORD-5521."),
        SMALL("Please pay by ACH or check payable to Corbel Health Systems, Inc. CPT is a registered trademark of the "
              "American Medical Association."),
    ], font="Helvetica", size=10, footer="Corbel Health Systems, Inc. \u00b7 Invoice CHS-2025-000913"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "vc_lumen_grid", "vendor_covers", "Lumen Ridge Technologies, Inc.", None,
    "LumenChart pricing grid: the CPT row reads 'Included' in every tier, with a footnote that the AMA royalty is "
    "paid by LumenChart; the only extra charges are e-prescribing, clearinghouse and other add-ons.",
    [
        TITLE("LumenChart pricing"),
        SUB("Simple per-provider pricing for independent practices \u00b7 2025"),
        T([
            ["Feature", "Solo", "Practice", "Multi-site"],
            ["Price (per provider per month)", "$179", "$239", "$299"],
            ["Minimum term", "Monthly", "12 months", "24 months"],
            ["Staff users", "3", "Unlimited", "Unlimited"],
            ["Scheduling, charting, billing", "Yes", "Yes", "Yes"],
            ["e-Prescribing (EPCS)", "+$25 / provider / mo", "Included", "Included"],
            ["Clearinghouse claims", "$0.32 each", "$0.25 each", "$0.20 each"],
            ["Code sets: ICD-10-CM, HCPCS II, CPT\u00ae \u2020", "Included", "Included", "Included"],
            ["Lab and imaging interfaces", "\u2014", "2 included", "5 included"],
            ["Onboarding", "$500", "$1,250", "$2,500"],
        ], widths=[2.6, 1.5, 1.5, 1.5], zebra=True),
        F("\u2020 LumenChart pays the American Medical Association's royalty for CPT content for all users on your "
          "account. No AMA or CPT fee is added to your invoice."),
        H("Add-ons"),
        B(["Patient texting: $59 per location per month.",
           "Revenue cycle service (we work your claims): 4.5% of collections.",
           "Extra data export beyond two per year: $250 each."]),
        P("Prices are in US dollars and exclude taxes. Annual plans may increase by no more than 5% at renewal."),
        SMALL("LumenChart is offered by Lumen Ridge Technologies, Inc., 77 Canyon Road, Santa Fe, NM 87501. "
              "CPT is a registered trademark of the American Medical Association."),
    ], font="Helvetica", size=10, footer="lumenchart.example/pricing"))

# ---------------------------------------------------------------------------
pv13 = {"V": "Granite Harbor", "C": "Provider", "state": "New Hampshire", "venue": "Concord, New Hampshire"}
DOCS.append(D(
    "vc_graniteharbor_clearing", "vendor_covers", "Granite Harbor Clearinghouse, LLC", None,
    "Clearinghouse agreement where the practice is 'Provider': Granite Harbor, an AMA-authorized distributor, "
    "sublicenses CPT in its claim editor and states the royalty is included in the transaction fees with no "
    "separate CPT charge.",
    [
        CENTER("CLEARINGHOUSE SERVICES AGREEMENT"),
        P("This Clearinghouse Services Agreement is made between Granite Harbor Clearinghouse, LLC, a New Hampshire "
          "limited liability company (\"Granite Harbor\"), and the health care practice identified on the signature "
          "page (\"Provider\"), effective on the date Provider signs."),
        H("1. Services"),
        P("1.1 Granite Harbor will accept Provider's claims and related transactions, edit them against payer rules "
          "and standard code sets, translate them into the formats payers require, transmit them, and return "
          "acknowledgments, reports and remittance data to Provider."),
        P("1.2 Granite Harbor's online claim editor and code-lookup tool (the \"Editor\") let Provider's staff look "
          "up and correct procedure and diagnosis codes before submission."),
        H("2. CPT content"),
        P("2.1 The Editor contains CPT\u00ae content owned by the American Medical Association. Granite Harbor is an "
          "AMA-authorized distributor and grants Provider a non-exclusive, non-transferable sublicense to use that "
          "content within the Editor for Provider's own claims in the United States."),
        P("2.2 The royalty due to the AMA for Provider's use of the Editor is included in the transaction fees in "
          "Schedule 1. No separate CPT charge applies to Provider."),
        P("2.3 Provider may not extract CPT content from the Editor or use it for any other purpose."),
        H("3. Provider responsibilities"),
        P("Provider is responsible for the accuracy of claim data, for its payer enrollments, and for ensuring that "
          "only its workforce members use its Granite Harbor account."),
    ] + clauses(US, ["hipaa", "conf", "liab", "term", "law"], 4, pv13) + [
        SIG([("Granite Harbor Clearinghouse, LLC", "Philip Moreau", "President", "June 2, 2025"),
             ("Provider: White Mountain Physical Medicine, PLLC", "Sarah Quimby", "Business Manager", "June 4, 2025")]),
        CENTER("SCHEDULE 1 \u2014 TRANSACTION FEES"),
        T([
            ["Transaction", "Fee"],
            ["Professional or institutional claim", "$0.29 per claim"],
            ["Eligibility request", "$0.11 per request"],
            ["Claim status request", "$0.09 per request"],
            ["Remittance (835) delivery", "No charge"],
            ["Monthly account fee", "$25.00 per billing tax ID"],
        ], widths=[3.5, 2.5]),
    ], font="Times", size=10.5, footer="Granite Harbor Clearinghouse, LLC \u2014 Clearinghouse Services Agreement"))
