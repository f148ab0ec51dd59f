from boiler import (B, C, FN, H1, H2, H3, HR, KV, MONO, N, P, PB, Q, R, SIG, SP, T,
                    confidentiality, hipaa, law, liability, misc, payment, support, term, warranty)

DOCS = []

# ------------------------------------------------------------------ e-mail from account manager, per user per month
DOCS.append(dict(
    key="email-brightwater-new-line",
    theme="email",
    title="RE: Questions about the new line on your October invoice",
    vendor="Brightwater Clinical Cloud, Inc.",
    coverage="pass_through",
    fee=(1.75, "user", "month"),
    desc="Account manager e-mail: new 'AMA CPT License' invoice line of $1.75 per user per month; the $62 "
         "subscription and the AMA direct price ($18.50/user/yr) quoted for comparison are traps.",
    blocks=[
        KV([("From:", "Dana Okafor &lt;dokafor@brightwaterclinical.example&gt;"),
            ("To:", "Lisa Tran &lt;ltran@sunvalleyfamilyclinic.example&gt;"),
            ("Cc:", "billing@brightwaterclinical.example"),
            ("Date:", "Tue, 9 Sep 2025 10:14:22 -0700"),
            ("Subject:", "RE: Questions about the new line on your October invoice")]),
        HR(),
        P("Hi Lisa,"),
        P("Thanks for the call yesterday \u2014 here's the summary in writing, as promised, so you can share it with "
          "Dr. Mendez."),
        P("Starting with the October 1 invoice you'll see a new line called <b>AMA CPT License</b>. It's <b>$1.75 per "
          "user per month</b>, charged for every active login on your account. You have 11 active logins today, so "
          "that line will read $19.25 for October. It covers the royalty the AMA charges us for having CPT codes "
          "inside the product, which until now we've absorbed; from October we're passing it through."),
        P("On your other questions:"),
        B(["<b>Your subscription isn't changing.</b> It stays at $62 per user per month through the end of your "
           "current term (June 2026).",
           "<b>Per user, not per provider.</b> The AMA counts everyone who works with the codes, so it's every login "
           "\u2014 your 3 physicians and your 8 staff.",
           "<b>ICD-10 has no charge.</b> Those codes come from CMS and are free to use, so there's no line for them.",
           "<b>Buying from the AMA directly</b> would mean paying the AMA's entity fee plus $18.50 a year per user, but "
           "that licence wouldn't cover use inside Brightwater, so it wouldn't replace this line.",
           "<b>Inactive users.</b> If you deactivate a login before the 25th of a month, it drops off the next "
           "invoice."]),
        P("The formal notice is the addendum I attached (Brightwater Fee Addendum 2025-3). Nothing to sign \u2014 it "
          "takes effect under section 5.2 of your subscription agreement \u2014 but let me know if the practice owner "
          "would like a call with our billing team."),
        P("Best,<br/>Dana"),
        P("<b>Dana Okafor</b> | Senior Account Manager<br/>Brightwater Clinical Cloud, Inc.<br/>"
          "2200 Harbor Blvd, Suite 410, Costa Mesa, CA 92626<br/>(714) 555-0186"),
        HR(),
        MONO("-----Original Message-----\n"
             "From: Lisa Tran\n"
             "Sent: Monday, September 8, 2025 4:41 PM\n"
             "Subject: Questions about the new line on your October invoice\n\n"
             "Hi Dana, we got the notice about an AMA charge starting in\n"
             "October. Is it per provider or per person? We have 3 docs\n"
             "and 8 staff. And does this change our monthly price?\n"
             "Thanks - Lisa, Practice Manager, Sun Valley Family Clinic"),
    ]))

# ------------------------------------------------------------------ FAQ, vendor covers; AMA direct price trap
DOCS.append(dict(
    key="kb-marigold-own-licence",
    theme="web",
    title="Marigold Knowledge Base - Do I need my own CPT licence?",
    vendor="Marigold Clinic Software, LLC",
    coverage="vendor_covers",
    fee=None,
    desc="Knowledge-base Q&A: Marigold holds an AMA distribution licence and pays the royalty for every user out "
         "of the subscription; AMA direct pricing (entity fee + $18.50/user) is mentioned only for outside use.",
    footer="Marigold Knowledge Base - article 2207",
    blocks=[
        P("<font size='8' color='#555555'>Knowledge Base  /  Account &amp; billing  /  Article 2207</font>"),
        H1("Do I need my own CPT\u00ae licence to use Marigold?"),
        P("Short answer: <b>no</b>, not for anything you do inside Marigold. Longer answers below."),
        Q("Some colleagues say their EHR has started adding an AMA fee. Will Marigold?",
          "No. Marigold Clinic Software, LLC holds a distribution licence from the American Medical Association, and "
          "we pay the AMA's royalty for every user in your account out of the subscription you already pay. You "
          "won't see a separate AMA or CPT line on a Marigold invoice."),
        Q("Do I have to buy CPT from the AMA?",
          "Not for use inside Marigold. If you also use CPT somewhere else \u2014 a spreadsheet of fee schedules, a "
          "different billing tool, printed code books \u2014 that use needs its own licence, because licences are "
          "per product. For reference only, the AMA's own internal-use licence is priced at an entity fee plus "
          "$18.50 per user per year."),
        Q("Who counts as a user, and do I have to report anything?",
          "The AMA counts everyone who works with CPT or relies on output that contains it, so that includes front "
          "desk and billing staff. We take the count from your active logins and report it to the AMA ourselves. "
          "You don't have to do anything."),
        Q("What if Marigold ever stops being a distributor?",
          "Our agreements with the AMA renew every year. If that ever changed, we'd tell account owners at least 90 "
          "days ahead and explain the options. Section 8 of the Marigold Subscription Terms covers this."),
        Q("Does the same apply to ICD-10 and HCPCS?",
          "ICD-10-CM and HCPCS Level II are published by the federal government and can be used without a licence "
          "fee. Marigold includes the current files at no extra cost."),
        Q("Where are the legal terms?",
          "The CPT end-user terms are Exhibit B to the Marigold Subscription Terms. They include the AMA's copyright "
          "notice and the U.S. Government rights clause."),
        HR(),
        FN("Marigold Clinic Software, LLC \u00b7 88 Fountain Square, Suite 12, Cincinnati, OH 45202 \u00b7 "
           "CPT is a registered trademark of the American Medical Association."),
    ]))

# ------------------------------------------------------------------ order form, CPT "see note 3" - to be agreed
DOCS.append(dict(
    key="orderform-redfern-note3",
    theme="modern",
    title="Redfern Health Platforms Order Form RHP-0932",
    vendor="Redfern Health Platforms, LLC",
    coverage="unclear",
    fee=None,
    desc="Order form with an 'AMA CPT licensing - see Note 3' row; Note 3 defers who handles and pays for CPT "
         "licensing to a later agreement before go-live, so who pays is left open.",
    header="Redfern Health Platforms, LLC  |  Order Form RHP-0932",
    blocks=[
        H1("Order Form RHP-0932"),
        KV([("Vendor", "Redfern Health Platforms, LLC, 640 West Hubbard, Chicago, IL 60654"),
            ("Customer", "Lakeside Behavioral Health Associates, S.C."),
            ("Effective", "Upon countersignature; target go-live November 3, 2025"),
            ("Term", "24 months from go-live")]),
        T([["Line", "Description", "Fee", "Frequency"],
           ["1", "Redfern Practice Platform \u2014 clinician seats (12)", "$84.00 per seat", "monthly"],
           ["2", "Administrative seats (5)", "$25.00 per seat", "monthly"],
           ["3", "Telehealth video, unlimited sessions", "$150.00", "monthly"],
           ["4", "AMA CPT\u00ae licensing", "see Note 3", "see Note 3"],
           ["5", "Implementation package (remote)", "$3,900.00", "one-time"],
           ["6", "Data migration from legacy system", "$1,250.00", "one-time"]],
          widths=[0.08, 0.52, 0.22, 0.18]),
        H3("Notes"),
        N("1.", "Seat counts may be increased at any time at the listed rates and decreased only at a renewal."),
        N("2.", "Telehealth includes recording storage for 30 days; longer retention is available at extra cost."),
        N("3.", "The parties will agree in writing, before go-live, how licensing of the American Medical "
                "Association's CPT content for Customer's users will be handled and at whose cost. Until that "
                "agreement is signed, Line 4 carries no amount."),
        N("4.", "Implementation fees are invoiced 50% on signature and 50% at go-live."),
        H3("Terms"),
        P("This Order Form is governed by the Redfern Platform Terms (version 3.2) found at the address Redfern "
          "provides on signature, which are incorporated by reference. Fees are payable in U.S. dollars within "
          "thirty days of invoice. Prices are exclusive of taxes. Unless either party gives notice at least sixty "
          "days before the end of the Term, this Order Form renews for successive twelve-month periods at "
          "Redfern's then-current rates, which will not exceed the prior year's rates by more than 6%."),
        *confidentiality("", "Redfern", "Customer", variant=1),
        SIG(("REDFERN HEALTH PLATFORMS, LLC", None), ("LAKESIDE BEHAVIORAL HEALTH ASSOCIATES, S.C.", None)),
    ]))

# ------------------------------------------------------------------ invoice, per organization per year
DOCS.append(dict(
    key="invoice-northgale-jan",
    theme="mono",
    title="Northgale Revenue Software Invoice NRS-118842",
    vendor="Northgale Revenue Software, LLC",
    coverage="pass_through",
    fee=(240.00, "organization", "year"),
    desc="Monthly invoice with a 'CPT code set license - annual, per organization' line of $240.00; per-user PM "
         "subscription, claims bundle and $0 ICD-10 line are traps.",
    blocks=[
        P("<b>NORTHGALE REVENUE SOFTWARE, LLC</b><br/>5120 Commerce Loop, Suite 200<br/>Omaha, NE 68137"),
        R("<b>INVOICE</b><br/>No. NRS-118842"),
        KV([("Bill to:", "Harmon Valley Pediatrics, LLC<br/>301 Orchard Lane, Lincoln, NE 68510"),
            ("Account:", "HVP-0057"),
            ("Invoice date:", "01/05/2026"),
            ("Terms:", "Net 30"),
            ("Due date:", "02/04/2026")], mono=True),
        T([["Description", "Period", "Qty", "Rate", "Amount"],
           ["PM Suite - Standard (per user)", "Jan 2026", "6", "45.00", "270.00"],
           ["Electronic claims bundle (500)", "Jan 2026", "1", "89.00", "89.00"],
           ["CPT code set license - annual, per organization", "2026", "1", "240.00", "240.00"],
           ["ICD-10-CM annual update", "2026", "1", "0.00", "0.00"],
           ["Patient statements (per statement)", "Dec 2025", "312", "0.62", "193.44"],
           ["", "", "", "Subtotal", "792.44"],
           ["", "", "", "Sales tax", "0.00"],
           ["", "", "", "TOTAL DUE (USD)", "792.44"]],
          widths=[0.42, 0.12, 0.08, 0.18, 0.20], right=(2, 3, 4), boldlast=True),
        P("NOTES"),
        P("1. The CPT code set license is charged once per calendar year for each organization (federal tax ID) and "
          "covers all users of Northgale PM under that tax ID for the year. Northgale collects it for the American "
          "Medical Association under Northgale's distribution agreement."),
        P("2. Patient statements are billed in arrears for statements mailed in the prior month."),
        P("3. Late payments are subject to a 1.5% monthly finance charge. Accounts more than 60 days past due may be "
          "suspended."),
        HR(),
        P("REMIT TO: Northgale Revenue Software, LLC, PO Box 34410, Omaha, NE 68134<br/>"
          "ACH: First Prairie Bank, routing on request - reference the invoice number<br/>"
          "Questions: billing@northgalerev.example or (402) 555-0143"),
        C("Thank you for your business."),
    ]))

# ------------------------------------------------------------------ FAQ, customer imports own CPT
DOCS.append(dict(
    key="support-larkspur-import",
    theme="web",
    title="Larkspur Support - Can I use CPT codes in Larkspur?",
    vendor="Larkspur Scheduling Software, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Scheduling-software support page: Larkspur supplies no CPT; customers import their own codes and must "
         "be licensed by the AMA or a distributor; AMA internal-use price is quoted only for reference.",
    footer="support.larkspur.example/articles/billing-codes",
    blocks=[
        P("<font size='8' color='#555555'>Larkspur Support  \u00bb  Setting up  \u00bb  Billing codes</font>"),
        H1("Can I use CPT\u00ae codes in Larkspur?"),
        P("Larkspur is a scheduling and intake tool. Many practices like to tag each appointment type with the "
          "procedure code they'll bill, so the code flows to their billing system. Here's how that works and what "
          "you need to know about licensing."),
        Q("Does Larkspur come with CPT codes?",
          "No. You can attach a procedure code and a short description to any appointment type, but Larkspur "
          "doesn't supply CPT codes or their descriptors, and we don't hold a licence from the AMA to distribute "
          "them."),
        Q("So how do I get codes in?",
          "Import your own list (Settings \u00bb Appointment types \u00bb Import CSV) or type them in. Because you're "
          "the one bringing CPT content into Larkspur, the AMA expects every person who works with it in Larkspur "
          "to be covered by a licence that <b>your practice</b> obtains \u2014 from the AMA directly or from an "
          "authorized distributor."),
        Q("What does that cost?",
          "That's between you and whoever licenses you. For orientation, the AMA's published internal-use rate for "
          "2025 was its entity fee plus $18.50 per user per year; check the AMA's website for the current figures. "
          "Larkspur itself charges nothing for importing or storing codes."),
        Q("My billing system already has CPT. Doesn't that cover me?",
          "Usually not. A licence that comes with another product covers use in that product. Ask the vendor of "
          "the other system, or the AMA, if you're not sure."),
        Q("What about ICD-10 codes?",
          "ICD-10-CM is published by the U.S. government and can be imported and used without a licence fee."),
        Q("How much is Larkspur?",
          "Plans start at $29 per staff login per month. See the pricing page for current plans."),
        HR(),
        FN("Larkspur Scheduling Software, Inc. \u00b7 2 Mill Street, Burlington, VT 05401. CPT is a registered "
           "trademark of the American Medical Association. This article is general information, not legal advice."),
    ]))

# ------------------------------------------------------------------ MSA, CPT only as a billing feature
DOCS.append(dict(
    key="msa-hollowbrook-feature-only",
    theme="legal_sans",
    title="Hollowbrook Medical Systems Master Subscription Agreement",
    vendor="Hollowbrook Medical Systems, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="EHR/PM master subscription agreement that mentions CPT only as product functionality (code search, "
         "superbill builder, claim scrubbing); no clause deals with CPT licensing or royalties.",
    footer="Hollowbrook Medical Systems, Inc. - MSA (2025-02)",
    blocks=[
        H1("Master Subscription Agreement"),
        P("This Master Subscription Agreement is made on February 18, 2025 between Hollowbrook Medical Systems, Inc., "
          "a Wisconsin corporation (\"Hollowbrook\"), and Kettle Moraine Family Physicians, S.C. (\"Customer\")."),
        H3("1. Subscription"),
        P("Hollowbrook grants Customer, during the Subscription Term, a non-exclusive right for its Authorized Users to "
          "access and use the Hollowbrook Ambulatory Suite (the \"Suite\") as described in Exhibit A, solely for "
          "Customer's internal operations."),
        H3("2. Fees"),
        P("Customer shall pay a subscription fee of $395.00 per Provider per month and $30.00 per non-provider "
          "Authorized User per month, together with the one-time implementation fee of $6,500.00. Subscription fees "
          "may increase by up to 4% at each renewal."),
        *payment("", "Hollowbrook", "Customer", variant=2),
        *support("3", "Hollowbrook", "Customer", variant=0),
        *confidentiality("4", "Hollowbrook", "Customer", variant=0),
        *hipaa("5", "Hollowbrook", "Customer", variant=1),
        *term("6", "Hollowbrook", "Customer", variant=0, months=36),
        *liability("7", "Hollowbrook", "Customer", variant=0),
        *law("8", state="Wisconsin", variant=0),
        H2("Exhibit A \u2014 Functional Description"),
        B(["Clinical charting with specialty templates, problem lists, medication and allergy reconciliation;",
           "e-prescribing, including controlled substances, and formulary checking;",
           "charge capture with CPT and ICD-10-CM code search, favorites lists and modifier prompts;",
           "superbill builder and encounter forms by visit type;",
           "claim scrubbing against payer-specific rules before electronic submission;",
           "ERA auto-posting, denial work queues and patient statements;",
           "scheduling, recalls, patient portal and two-way texting;",
           "standard reports and a quality-measure dashboard."]),
        SIG(("HOLLOWBROOK MEDICAL SYSTEMS, INC.", None), ("KETTLE MORAINE FAMILY PHYSICIANS, S.C.", None)),
    ]))

# ------------------------------------------------------------------ amendment removing pass-through -> vendor covers
DOCS.append(dict(
    key="amendment3-westbrook-royalty-removed",
    theme="legal",
    title="Amendment No. 3 - Westbrook Software Services Agreement",
    vendor="Westbrook Ambulatory Systems, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Amendment No. 3 (effective 2025-07-01) deletes the $18.00/provider/year CPT Fee and states Westbrook "
         "bears all AMA royalties inside the subscription; the old fee, pro-rata credit and 2% increase are traps.",
    hf_font="Times-Roman",
    footer="Westbrook Ambulatory Systems, Inc. - Amendment No. 3",
    blocks=[
        C("<b>AMENDMENT NO. 3</b><br/>to the<br/><b>WESTBROOK SOFTWARE SERVICES AGREEMENT</b>"),
        SP(6),
        KV([("Amendment date", "June 12, 2025"),
            ("Effective date", "July 1, 2025"),
            ("Parties", "Westbrook Ambulatory Systems, Inc. (\"Westbrook\") and Coastal Gastroenterology Associates, "
                        "LLC (\"Customer\")"),
            ("Agreement", "Westbrook Software Services Agreement dated February 1, 2020, as amended by Amendment "
                          "No. 1 (March 15, 2021) and Amendment No. 2 (January 1, 2023)")]),
        H3("Background"),
        P("Amendment No. 2 added Section 4.3 to the Agreement, under which Customer pays a CPT Fee of $18.00 per "
          "Provider per year. Westbrook has agreed to stop charging that fee. The parties therefore agree as "
          "follows."),
        H3("Agreed terms"),
        N("1.", "<b>Deletion.</b> Section 4.3 of the Agreement (CPT Fee), as added by Amendment No. 2, is deleted with "
                "effect from the Effective Date."),
        N("2.", "<b>New Section 4.3.</b> The following is inserted as Section 4.3: \u201c<i>4.3 CPT Royalties.</i> "
                "Westbrook shall bear all royalties payable to the American Medical Association in respect of "
                "Customer's use of CPT content within the Licensed Software. Those royalties are included in the "
                "Subscription Fees, and Westbrook shall not invoice Customer any separate fee or charge for CPT.\u201d"),
        N("3.", "<b>Credit.</b> The CPT Fee invoiced in January 2025 covered the whole of calendar year 2025. "
                "Westbrook will credit Customer $9.00 per Provider, being the portion relating to July 1 through "
                "December 31, 2025, on the next invoice after the Effective Date."),
        N("4.", "<b>Subscription Fees.</b> The Subscription Fee in Schedule 1 is increased by two percent (2%), from "
                "$404.00 to $412.00 per Provider per month, with effect from the Effective Date."),
        N("5.", "<b>End-user terms.</b> The CPT end-user terms in Schedule 3 continue to apply to Customer's use of "
                "CPT. Customer's sublicense continues for so long as the Agreement is in force."),
        N("6.", "<b>No other changes.</b> Except as set out in this Amendment, the Agreement continues unchanged. "
                "References in the Agreement to \u201cthis Agreement\u201d include this Amendment."),
        N("7.", "<b>Execution.</b> This Amendment may be signed electronically and in counterparts."),
        SIG(("WESTBROOK AMBULATORY SYSTEMS, INC.", "Priya Raman, VP Contracts"),
            ("COASTAL GASTROENTEROLOGY ASSOCIATES, LLC", None)),
    ]))

# ------------------------------------------------------------------ vendor called "Provider"; fee in words, per clinician/yr
DOCS.append(dict(
    key="subscription-orchardrow-provider-vendor",
    theme="legal",
    title="Orchard Row Software Subscription Agreement",
    vendor="Orchard Row Software, Inc.",
    coverage="pass_through",
    fee=(22.00, "provider", "year"),
    desc="Software subscription in which the vendor is called 'Provider' and the practice 'Subscriber': a CPT "
         "Sublicense Fee of twenty-two dollars per Named Clinician per Contract Year (defined terms used later).",
    hf_font="Times-Roman",
    footer="Orchard Row Software, Inc. - Subscription Agreement ORS-SA-2025",
    blocks=[
        C("<b>SOFTWARE SUBSCRIPTION AGREEMENT</b>"),
        P("This Software Subscription Agreement (the \"Agreement\") is entered into as of August 1, 2025 between "
          "<b>Orchard Row Software, Inc.</b>, a Delaware corporation (\"Provider\"), and <b>Wexford Hills Medical "
          "Group, P.A.</b> (\"Subscriber\")."),
        H3("1. Definitions"),
        N("1.1", "\"Platform\" means Provider's hosted practice management and clinical documentation software known "
                 "as Orchard Row, including updates Provider makes generally available."),
        N("1.2", "\"Named Clinician\" means each physician, nurse practitioner, physician assistant or other licensed "
                 "practitioner whose services are documented or billed through the Platform, whether or not that "
                 "person logs in."),
        N("1.3", "\"Contract Year\" means each successive twelve-month period beginning on the Effective Date."),
        N("1.4", "\"Licensed Content\" means content owned by third parties and incorporated in the Platform, "
                 "including the Current Procedural Terminology (\"CPT\") of the American Medical Association (\"AMA\")."),
        H3("2. Access"),
        P("Provider shall make the Platform available to Subscriber and its personnel during the Term, and Subscriber "
          "may use it solely for its internal business purposes in the United States."),
        H3("3. Fees"),
        N("3.1", "<i>Subscription Fees.</i> Subscriber shall pay the Subscription Fees set out in Schedule 1, which are "
                 "charged per Named Clinician per month."),
        N("3.2", "<i>CPT Sublicense Fee.</i> In addition to the Subscription Fees, Subscriber shall pay Provider a CPT "
                 "Sublicense Fee of twenty-two dollars (US$22.00) per Named Clinician for each Contract Year, payable "
                 "in advance with the first invoice of that Contract Year. Named Clinicians added during a Contract "
                 "Year shall be charged the full fee on the following invoice. Provider remits the royalty component "
                 "of that fee to the AMA under Provider's distribution license."),
        N("3.3", "<i>Taxes.</i> Fees exclude taxes, which Subscriber shall pay other than taxes on Provider's income."),
        H3("4. Licensed Content"),
        N("4.1", "Provider grants Subscriber a non-exclusive, non-transferable sublicense to use CPT solely as embedded "
                 "in the Platform, for internal purposes, during the Term."),
        N("4.2", "Subscriber shall not copy, distribute or create derivative works of CPT, and shall not make CPT "
                 "available to any affiliate or other legal entity. The sublicense ends if Provider's agreement with "
                 "the AMA ends, in which case Provider will refund any unused portion of the CPT Sublicense Fee."),
        N("4.3", "CPT only \u00a9 2025 American Medical Association. All rights reserved. U.S. Government rights in CPT "
                 "are limited as provided in the applicable FAR and DFARS provisions."),
        *confidentiality("5", "Provider", "Subscriber", variant=0),
        *term("6", "Provider", "Subscriber", variant=2, months=24),
        *liability("7", "Provider", "Subscriber", variant=0),
        *law("8", state="Delaware", variant=0),
        H3("Schedule 1 \u2014 Subscription Fees"),
        T([["Component", "Fee"],
           ["Orchard Row Platform", "$310.00 per Named Clinician per month"],
           ["Additional non-clinical logins", "included"],
           ["Clearinghouse connectivity", "$45.00 per month"]], widths=[0.5, 0.5]),
        SIG(("ORCHARD ROW SOFTWARE, INC.", None), ("WEXFORD HILLS MEDICAL GROUP, P.A.", None)),
    ]))

# ------------------------------------------------------------------ e-mail, rep is unsure
DOCS.append(dict(
    key="email-sandpiper-checking",
    theme="email",
    title="Re: AMA fee?",
    vendor="Sandpiper Practice Systems, Inc.",
    coverage="unclear",
    fee=None,
    desc="Sales rep e-mail answering a practice's question about the AMA CPT fee: rep does not know whether the "
         "royalty is in the subscription or billed separately and is checking with legal; left open.",
    blocks=[
        KV([("From", "Kevin Alvarez &lt;kalvarez@sandpiperps.example&gt;"),
            ("To", "Tom Whitaker &lt;tom@ridgewayfootankle.example&gt;"),
            ("Date", "Thu, 20 Nov 2025 15:02 -0500"),
            ("Subject", "Re: AMA fee?")]),
        HR(),
        P("Hi Tom,"),
        P("Great question, and I'd rather give you the right answer than a fast one, so bear with me."),
        P("Our standard subscription agreement has a section on third-party content, and CPT is mentioned in our "
          "end-user terms, but I don't see anything on your order form that says either way whether the AMA royalty "
          "is already in your subscription or would be billed to you separately. I've asked our contracts team to "
          "confirm how your account is set up and whether anything changes at your renewal in March."),
        P("I expect to hear back by Friday of next week and will forward whatever they send me. In the meantime, "
          "nothing new is being added to your December invoice."),
        P("On your other two questions:"),
        B(["The podiatry template pack is included in your plan; I've asked support to turn it on.",
           "The extra location would be $180 a month for the location license, with no setup fee if we add it "
           "before January 15."]),
        P("Thanks,<br/>Kevin"),
        P("Kevin Alvarez<br/>Account Executive, Sandpiper Practice Systems, Inc.<br/>"
          "400 Peachtree Industrial Blvd, Suite 220, Suwanee, GA 30024"),
        HR(),
        MONO("On Wed, Nov 19, 2025 at 9:47 AM Tom Whitaker wrote:\n"
             "> Kevin - a colleague's EHR just started charging an AMA\n"
             "> fee for CPT codes. Are we going to get that too, or is it\n"
             "> covered by what we already pay you? Also, can you turn on\n"
             "> the podiatry templates, and what would a 2nd location cost?\n"
             "> Tom Whitaker, Administrator, Ridgeway Foot & Ankle"),
    ]))

# ------------------------------------------------------------------ vendor called "Provider"; client must license
DOCS.append(dict(
    key="dsma-ironbridge-analytics",
    theme="legal_sans",
    title="Ironbridge Data Services Master Agreement",
    vendor="Ironbridge Data Services, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Analytics platform master agreement where the vendor is 'Provider' and the practice 'Client': Provider "
         "does not distribute CPT; Client is solely responsible for any AMA licence its users need.",
    footer="Ironbridge Data Services, Inc. - DSMA v2.4",
    blocks=[
        H1("Data Services Master Agreement"),
        P("This Data Services Master Agreement (\"Agreement\") is made effective October 1, 2025 between "
          "<b>Ironbridge Data Services, Inc.</b>, a Texas corporation (\"Provider\"), and <b>Bluebonnet Physician "
          "Partners, PLLC</b> (\"Client\")."),
        H3("1. Services"),
        P("Provider operates a hosted analytics platform (the \"Platform\") that ingests claims, remittance and "
          "scheduling data extracted from Client's practice management system and produces dashboards and reports "
          "on revenue, productivity, payer performance and coding patterns. Provider will configure the data feeds "
          "described in the Statement of Work and will refresh Client's data nightly."),
        H3("2. Client Data"),
        P("As between the parties, Client owns all data it provides (\"Client Data\"). Client grants Provider a "
          "limited license to host, process and display Client Data solely to provide the Services, and to create "
          "de-identified aggregate benchmarks in accordance with the Business Associate Agreement."),
        H3("3. Fees"),
        P("Client shall pay a platform fee of $1,150.00 per month for up to twenty-five (25) Client users and $40.00 "
          "per additional user per month, plus the one-time onboarding fee in the Statement of Work."),
        *payment("", "Provider", "Client", variant=0),
        H3("4. Code Sets"),
        N("4.1", "Provider does not distribute, and this Agreement does not license, the Current Procedural "
                 "Terminology (\"CPT\") or any other code set owned by the American Medical Association (\"AMA\")."),
        N("4.2", "Client acknowledges that Client Data may contain CPT codes and descriptors and that the Platform "
                 "will display them in reports. Client is solely responsible for obtaining and paying for any "
                 "license from the AMA required for Client's users to access CPT through the Platform and its "
                 "reports, and shall provide evidence of such license on Provider's reasonable request."),
        N("4.3", "If Client does not hold such a license, Provider may suppress CPT descriptors from the Platform, "
                 "showing code numbers only, until Client confirms that it does."),
        *confidentiality("5", "Provider", "Client", variant=0),
        *hipaa("6", "Provider", "Client", variant=0),
        *term("7", "Provider", "Client", variant=0, months=24),
        *liability("8", "Provider", "Client", variant=0),
        *law("9", state="Texas", variant=1),
        SIG(("IRONBRIDGE DATA SERVICES, INC.", None), ("BLUEBONNET PHYSICIAN PARTNERS, PLLC", None)),
    ]))
