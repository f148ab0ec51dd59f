"""Documents that leave CPT licensing genuinely undecided."""
import sys

sys.dont_write_bytecode = True

from common import Kit, fee, flat, inch


# ---------------------------------------------------------------------------
def un_may_apply():
    v = "Brackenridge Cloud EHR, Inc."
    k = Kit("sans", size=9)
    s = flat(
        k.letterhead("Brackenridge Cloud EHR", [
            "Brackenridge Cloud EHR, Inc. - 18 Pemberly Way, Suite 500, "
            "Ansel Park, North Carolina - sales@brackenridge.example"]),
        k.table([["<b>QUOTE</b> BCE-Q-11842", "Date: 28 October 2025"],
                 ["Prepared for: Fairmount Neurology Group, PLLC",
                  "Expires: 27 December 2025"],
                 ["Attention: Corinne Delacroix, Practice Manager",
                  "Rep: Hunter Ellsworth"]],
                widths=[4.0 * inch, 2.7 * inch], ruled="none", header=False),
        k.sp(6),
        k.table([
            ["Description", "Qty", "Unit price", "Monthly"],
            ["Brackenridge EHR - Specialty (neurology content pack)", "7",
             "$349.00", "$2,443.00"],
            ["EEG / EMG reporting templates", "1", "$95.00", "$95.00"],
            ["Revenue cycle module", "7", "$110.00", "$770.00"],
            ["Patient engagement suite", "1", "$199.00", "$199.00"],
            ["Monthly subtotal", "", "", "$3,507.00"],
        ], widths=[3.7 * inch, 0.6 * inch, 1.1 * inch, 1.3 * inch],
            ruled="lines", right_cols=(1, 2, 3), total_rows=1),
        k.sp(4),
        k.table([
            ["One-time", "Amount"],
            ["Implementation and template build", "$6,500.00"],
            ["Data migration (up to 10 years)", "$3,200.00"],
        ], widths=[5.4 * inch, 1.3 * inch], ruled="lines", right_cols=(1,)),
        k.sp(6),
        k.h3("Quote notes"),
        k.bullets([
            "Unit prices are per provider unless otherwise stated.",
            "Fees for third-party content, including CPT&reg; code sets and "
            "drug databases, may apply and will be invoiced if applicable.",
            "Clearinghouse transaction fees are billed by the clearinghouse "
            "directly.",
            "Subscription term is 36 months; monthly fees may increase by up to "
            "5% at each anniversary.",
            "Taxes are not included.",
        ], kind="*"),
        k.p("This quote is subject to the Brackenridge Subscription Agreement. "
            "Signing below converts this quote into an order."),
        k.sig(["Accepted: Fairmount Neurology Group, PLLC",
               "Signature __________________", "Corinne Delacroix"],
              ["Brackenridge Cloud EHR, Inc.", "Signature __________________",
               "Hunter Ellsworth, Account Executive"]),
    )
    return dict(
        key="un_may_apply", vendor=v, coverage="unclear", fee=None, kit=k,
        story=s, title="Quote BCE-Q-11842", footer="Brackenridge Cloud EHR",
        description="EHR quote whose only CPT term is a note that third-party "
        "content fees, including CPT code sets, 'may apply' and will be "
        "invoiced if applicable; whether anything is charged, or who "
        "licenses CPT, is left open.")


# ---------------------------------------------------------------------------
def un_options_unchosen():
    v = "Ellery Practice Cloud, Inc."
    k = Kit("sans", size=9.2)
    box = "[&nbsp;&nbsp;]"
    s = flat(
        k.letterhead("Ellery Practice Cloud", [
            "Ellery Practice Cloud, Inc. - 61 Garnock Street, Halstead Mill, "
            "Indiana - orders@ellery.example"]),
        k.h2("Order Form EPC-2026-0087"),
        k.kv([("Customer", "Cottonwood Creek Family Health, P.C."),
              ("Providers / users", "5 providers, 17 users"),
              ("Start", "1 February 2026"), ("Term", "24 months")]),
        k.sp(6),
        k.h3("Section A - Subscription"),
        k.table([
            ["Item", "Metric", "Price"],
            ["Ellery PM + EHR", "per provider per month", "$289.00"],
            ["Additional staff users (beyond 3 per provider)",
             "per user per month", "$15.00"],
            ["Patient portal", "per practice per month", "$99.00"],
        ], widths=[3.2 * inch, 2.0 * inch, 1.3 * inch], ruled="grid",
            right_cols=(2,)),
        k.sp(6),
        k.h3("Section B - CPT&reg; licensing option (select one)"),
        k.p("The Ellery platform displays CPT codes and descriptors. Customer "
            "must choose how CPT is licensed for its users:"),
        k.p("%s <b>Option 1 - Ellery sublicence.</b> Ellery sublicenses CPT "
            "under its AMA distribution agreement. Customer pays a CPT "
            "sublicence fee of $1.50 per user per month, billed with the "
            "subscription." % box, "pi"),
        k.p("%s <b>Option 2 - Customer licence.</b> Customer licenses CPT "
            "directly from the AMA or another authorised distributor and "
            "provides evidence of that licence before go-live. No CPT fee is "
            "charged by Ellery." % box, "pi"),
        k.small("If no option is selected, the parties will confirm the option "
                "in writing before go-live."),
        k.sp(4),
        k.h3("Section C - Implementation"),
        k.p("Implementation fee $3,900, invoiced on signature. Go-live is "
            "targeted for the first week of February 2026."),
        k.h3("Section D - Terms"),
        k.p("This Order Form is governed by the Ellery Master Subscription "
            "Agreement. Prices exclude taxes."),
        k.sig(["Cottonwood Creek Family Health, P.C.", "Signed: /s/ Alma "
               "Reinholt", "Alma Reinholt, Administrator - 12 Dec 2025"],
              ["Ellery Practice Cloud, Inc.", "Signed: /s/ Jonah Whitcombe",
               "Jonah Whitcombe, Sales Manager - 12 Dec 2025"]),
    )
    return dict(
        key="un_options_unchosen", vendor=v, coverage="unclear", fee=None,
        kit=k, story=s, title="Order Form EPC-2026-0087",
        footer="Ellery Practice Cloud - Order Form",
        description="Signed order form offering two CPT licensing options (a "
        "$1.50 per user monthly vendor sublicence or the customer's own "
        "licence) with neither box ticked and confirmation deferred, so the "
        "document does not decide.")


# ---------------------------------------------------------------------------
def un_conflict_noprec():
    v = "Harcourt Wynn Medical Software, Inc."
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("MASTER LICENSE AND SERVICES AGREEMENT", center=True),
        k.center("Harcourt Wynn Medical Software, Inc. - Linden Hills "
                 "Urology, P.A."),
        k.sp(4),
        k.p("This Master License and Services Agreement (\"Agreement\") is "
            "dated September 15, 2025 and is made between Harcourt Wynn "
            "Medical Software, Inc. (\"HWMS\") and Linden Hills Urology, P.A. "
            "(\"Client\")."),
        k.h3("1. Definitions"),
        k.p("\"Software\" means HWMS's urology EHR and practice management "
            "software. \"User\" means any individual authorized by Client to "
            "use the Software. \"Exhibits\" means the exhibits attached to "
            "this Agreement."),
        k.h3("2. License"),
        k.p("HWMS grants Client a non-exclusive license for its Users to use "
            "the Software for Client's internal operations."),
        k.h3("3. Fees"),
        k.p("Client shall pay the fees set out in Exhibit B. Invoices are due "
            "within thirty days."),
        k.h3("4. Third-Party Content"),
        k.p("4.1 The Software includes CPT codes and descriptors of the "
            "American Medical Association. HWMS is an AMA-authorized "
            "distributor and sublicenses CPT to Client for use within the "
            "Software. 4.2 HWMS's fees include all royalties for CPT payable "
            "to the AMA in respect of Client's Users, and no separate charge "
            "for CPT will be made. 4.3 Client shall comply with the CPT "
            "end-user terms in Exhibit C."),
        k.h3("5. Support"),
        k.p("HWMS will provide support and maintenance as described in "
            "Exhibit A, including annual code updates."),
        k.h3("6. Confidentiality; HIPAA"),
        k.p("Each party shall keep the other's confidential information "
            "confidential. HWMS shall comply with the Business Associate "
            "Agreement in Exhibit D."),
        k.h3("7. Term"),
        k.p("Three years from the go-live date, renewing annually thereafter "
            "unless either party gives ninety days' notice."),
        k.h3("8. Liability"),
        k.p("Each party's liability is limited to the fees paid in the twelve "
            "months preceding the claim."),
        k.h3("9. Entire Agreement"),
        k.p("This Agreement, including its Exhibits, is the entire agreement "
            "between the parties on its subject and supersedes all prior "
            "proposals. If the parties identify any inconsistency among the "
            "documents that make up this Agreement, they shall discuss it in "
            "good faith."),
        k.sig(["HARCOURT WYNN MEDICAL SOFTWARE, INC.", "By: ________________",
               "Evelyn Harcourt-Wynn, CEO"],
              ["LINDEN HILLS UROLOGY, P.A.", "By: ________________",
               "Dr. Terrence Okafor, President"]),
        k.pb(),
        k.h2("EXHIBIT B - FEES"),
        k.table([
            ["Fee", "Basis", "Amount"],
            ["Software subscription", "per provider per month", "$318.00"],
            ["Additional User licenses", "per User per month", "$22.00"],
            ["CPT license fee", "per User per year", "$19.00"],
            ["Interface: lab and imaging", "one-time", "$2,750.00"],
            ["Implementation", "fixed fee", "$7,500.00"],
        ], widths=[2.6 * inch, 2.4 * inch, 1.4 * inch], ruled="grid",
            right_cols=(2,)),
        k.sp(4),
        k.small("Annual fees are invoiced on the go-live date and each "
                "anniversary. Monthly fees are invoiced in advance."),
    )
    return dict(
        key="un_conflict_noprec", vendor=v, coverage="unclear", fee=None,
        kit=k, story=s, title="Master License and Services Agreement",
        footer="HWMS / Linden Hills - Master License and Services Agreement",
        description="Agreement whose body says fees include all CPT royalties "
        "with no separate charge while Exhibit B lists a $19 per-User yearly "
        "CPT license fee, and no order-of-precedence clause resolves the "
        "conflict (only a promise to discuss).")


# ---------------------------------------------------------------------------
def un_tbd():
    v = "Tremaine Health Systems, Inc."
    k = Kit("sans", size=9)
    s = flat(
        k.letterhead("Tremaine Health Systems", [
            "Tremaine Health Systems, Inc. - 2 Ostler Square, Brightwater, "
            "Nevada - proposals@tremaine.example"]),
        k.h2("Budgetary Proposal - Ambulatory EHR Replacement"),
        k.p("Prepared for <b>Sagebrush Multispecialty Group, LLC</b> (22 "
            "providers, 4 locations) - Proposal TH-BP-3390, 1 December 2025"),
        k.table([
            ["Component", "Metric", "Price", "Status"],
            ["Tremaine Ambulatory EHR", "per provider / month", "$410.00",
             "Firm"],
            ["Tremaine PM and billing", "per provider / month", "$140.00",
             "Firm"],
            ["Population health dashboards", "per practice / month",
             "$650.00", "Firm"],
            ["AMA CPT&reg; licence", "TBD", "TBD", "Pending"],
            ["Clearinghouse", "per claim", "$0.27", "Indicative"],
            ["Implementation", "fixed fee", "$48,000.00", "Firm"],
        ], widths=[2.5 * inch, 1.6 * inch, 1.2 * inch, 1.4 * inch],
            ruled="grid", right_cols=(2,)),
        k.sp(6),
        k.h3("Notes on pending items"),
        k.p("<b>AMA CPT licence.</b> Tremaine is reviewing its licensing "
            "arrangements with the AMA for the 2026 release. Whether a "
            "separate CPT charge will apply to Sagebrush's configuration, and "
            "if so at what rate and on what basis, is to be determined during "
            "implementation scoping. Depending on that review, CPT may be "
            "included in the subscription, passed through, or licensed by "
            "Sagebrush directly."),
        k.p("<b>Clearinghouse.</b> Indicative only; final per-claim pricing "
            "depends on payer mix."),
        k.h3("Validity"),
        k.p("This is a budgetary proposal and not an offer. Firm items are "
            "held for 60 days. A binding order will be prepared after scoping."),
        k.p("Contact: Nadia Petrosyan, Enterprise Sales Director - "
            "npetrosyan@tremaine.example"),
    )
    return dict(
        key="un_tbd", vendor=v, coverage="unclear", fee=None, kit=k, story=s,
        title="Budgetary Proposal TH-BP-3390", footer="Tremaine Health Systems",
        description="Budgetary EHR proposal listing the AMA CPT licence as "
        "'TBD / Pending' and saying CPT may be included, passed through or "
        "licensed by the customer depending on a later review.")


# ---------------------------------------------------------------------------
def un_hedged_email():
    v = "Copperline EHR, Inc."
    k = Kit("sans", size=9.5)
    s = flat(
        k.email_head("Bryce Tallman &lt;btallman@copperline.example&gt;",
                     "Gloria Estrada &lt;gestrada@mesaverdeortho.example&gt;",
                     "Mon, 3 Nov 2025 15:37",
                     "RE: AMA / CPT fees for next year"),
        k.p("Hi Gloria,"),
        k.p("Great to hear from you. Honestly, I'm not 100% sure on this one. "
            "I believe CPT is probably covered under your Enterprise plan, "
            "since I don't remember seeing a separate line for it on Mesa "
            "Verde's order. But some of our customers on older contracts do "
            "get billed an AMA pass-through, and I know our licensing "
            "arrangement was being looked at this year."),
        k.p("Let me check with our contracts team and get back to you by the "
            "end of next week with a definite answer. I'd rather not give you "
            "a number for your budget until I've confirmed."),
        k.p("Thanks for your patience,<br/>Bryce Tallman<br/>Client Success "
            "Manager, Copperline EHR, Inc."),
        k.hr(thick=0.3),
        k.email_head("Gloria Estrada &lt;gestrada@mesaverdeortho.example&gt;",
                     "Bryce Tallman &lt;btallman@copperline.example&gt;",
                     "Mon, 3 Nov 2025 09:12", "AMA / CPT fees for next year"),
        k.p("Hi Bryce,"),
        k.p("We're building the 2026 budget. I keep reading that EHR vendors "
            "are passing the AMA's CPT royalty through to practices, around "
            "$18-20 per provider. Will Copperline charge us anything for CPT "
            "next year? We have 9 surgeons and about 35 staff users."),
        k.p("Thanks,<br/>Gloria Estrada<br/>Practice Administrator, Mesa Verde "
            "Orthopedics &amp; Sports Medicine, P.C."),
    )
    return dict(
        key="un_hedged_email", vendor=v, coverage="unclear", fee=None, kit=k,
        story=s, title="RE: AMA / CPT fees for next year", footer="",
        description="Hedged account-manager e-mail ('I believe CPT is "
        "probably covered... let me check') that promises an answer later; "
        "the $18-20 range is the practice's own hearsay.")


# ---------------------------------------------------------------------------
def un_renewal_review_uk():
    v = "Ashby Sterling Health Software Ltd"
    k = Kit("serif", size=10.5)
    s = flat(
        k.letterhead("Ashby Sterling Health Software", [
            "Ashby Sterling Health Software Ltd - 14 Chandos Mews, Kettleby, "
            "KB4 7RT - renewals@ashbysterling.example"]),
        k.p("17 November 2025"),
        k.p("Mr Declan Fairweather<br/>Chief Operating Officer<br/>Westmarch "
            "Dermatology Partners, LLC<br/>300 Corliss Avenue, Suite 12<br/>"
            "Hanford Pines, Connecticut"),
        k.p("<b>Your 2026 renewal - DermaSuite licence</b>"),
        k.p("Dear Mr Fairweather,"),
        k.p("Your DermaSuite licence is due to renew on 1 January 2026 for a "
            "further twelve months. Your renewal quotation is enclosed and "
            "shows your subscription charges for 2026, which rise by 3% in "
            "line with your agreement, to USD 262.65 per clinician per month."),
        k.p("We should also let you know about a matter that is not yet "
            "settled. The American Medical Association has revised its "
            "distributor programme for the CPT&reg; code set from the 2026 "
            "release. We are currently reviewing, with our advisers, whether a "
            "separate CPT licence charge will apply to customers in the United "
            "States from 2026, and how any such charge would be calculated. "
            "Your renewal quotation does not yet reflect any CPT licence "
            "charge."),
        k.p("We will write to you again before any change takes effect, and "
            "no CPT charge will be invoiced without that further notice. In "
            "the meantime, please do not hesitate to contact me if you would "
            "like to discuss the renewal."),
        k.p("Yours sincerely,"),
        k.sp(14),
        k.p("Philippa Ashby<br/>Head of Customer Accounts<br/>Ashby Sterling "
            "Health Software Ltd"),
        k.small("Enclosure: Renewal quotation AS-RQ-2026-0419"),
    )
    return dict(
        key="un_renewal_review_uk", vendor=v, coverage="unclear", fee=None,
        kit=k, story=s, title="Your 2026 renewal",
        footer="Ashby Sterling Health Software Ltd", paper="a4", numbers=False,
        description="British-spelling renewal letter saying the vendor is "
        "still reviewing whether a separate CPT licence charge will apply "
        "from 2026; the 3% subscription rise is a distractor and nothing is "
        "decided.")


# ---------------------------------------------------------------------------
def un_sow_blank():
    v = "Pelloquin Medical Billing, LLC"
    k = Kit("sans", size=9.2, justify=True)
    s = flat(
        k.h1("Billing Services Agreement"),
        k.p("Between <b>Pelloquin Medical Billing, LLC</b> (\"Pelloquin\") and "
            "<b>Hartwell Cardiology Associates, P.C.</b> (\"Client\"). "
            "Effective 1 January 2026."),
        k.h3("1. Services"),
        k.p("Pelloquin will provide the revenue cycle services described in "
            "the Statement of Work (\"SOW\") attached as Schedule 1, using "
            "either Pelloquin's billing platform or Client's practice "
            "management system, as the SOW specifies."),
        k.h3("2. Fees"),
        k.p("Client will pay the fees in the SOW. Unless the SOW states "
            "otherwise, fees are invoiced monthly and payable within 15 days."),
        k.h3("3. Systems and code-set licences"),
        k.p("Responsibility for software licences and for licences to code "
            "sets, including the AMA's CPT, shall be allocated between the "
            "parties in the SOW. Each party shall comply with the licence "
            "terms applicable to the code sets it uses."),
        k.h3("4. Compliance"),
        k.p("Pelloquin will maintain a compliance program and will sign "
            "Client's Business Associate Agreement. Client retains "
            "responsibility for the accuracy of its documentation and code "
            "selection."),
        k.h3("5. Term"),
        k.p("Two years, renewing annually unless either party gives 90 days' "
            "notice."),
        k.sig(["Pelloquin Medical Billing, LLC", "_________________",
               "Andre Pelloquin, Managing Member"],
              ["Hartwell Cardiology Associates, P.C.", "_________________",
               "Dr. Miriam Oyelaran-Stokes, President"]),
        k.sp(10),
        k.h2("Schedule 1 - Statement of Work"),
        k.table([
            ["Item", "Detail"],
            ["Services", "Charge entry, claims, payment posting, denials, "
             "patient statements, monthly reporting"],
            ["Billing platform", "__________________________"],
            ["Fee", "5.9% of net collections; minimum $1,500 per month"],
            ["Statements", "$0.50 per statement"],
            ["Code-set licences (CPT)", "__________________________"],
            ["Start date", "1 January 2026"],
        ], widths=[1.9 * inch, 4.6 * inch], ruled="grid"),
        k.sp(4),
        k.small("Blank items to be completed by the parties before the start "
                "date."),
    )
    return dict(
        key="un_sow_blank", vendor=v, coverage="unclear", fee=None, kit=k,
        story=s, title="Billing Services Agreement",
        footer="Pelloquin / Hartwell - Billing Services Agreement",
        description="Billing-services agreement that defers CPT licence "
        "responsibility to the SOW, whose 'Code-set licences (CPT)' and "
        "platform rows are left blank, so nothing is decided.")


# ---------------------------------------------------------------------------
def un_tobeagreed_clearinghouse():
    v = "Interlace Claims Network, Inc."
    k = Kit("serif", size=10)
    s = flat(
        k.h1("Interlace Claims Network - Submitter Agreement", center=True),
        k.p("This Submitter Agreement is between Interlace Claims Network, "
            "Inc. (\"Interlace\") and <b>Kingfisher Bay Pediatrics, LLC</b> "
            "(\"Submitter\"), dated 8 December 2025."),
        k.h3("1. Services"),
        k.p("Interlace will provide claim submission, remittance, eligibility "
            "and claim status services, together with the Interlace Claim "
            "Editor and Eligibility Workbench web modules."),
        k.h3("2. Fees"),
        k.table([
            ["Service", "Fee"],
            ["Claims", "$0.26 per claim"],
            ["ERA", "$0.04 per remittance"],
            ["Eligibility Workbench", "$25 per provider per month"],
            ["Claim Editor", "$30 per provider per month"],
        ], widths=[3.2 * inch, 3.2 * inch], ruled="lines"),
        k.sp(4),
        k.h3("3. Code content"),
        k.p("The Claim Editor and Eligibility Workbench display CPT codes and "
            "descriptors when presenting edits and benefit information. The "
            "parties will agree in writing before go-live which party is "
            "responsible for licensing that CPT content and for any related "
            "royalty. Until that written agreement is signed, nothing in this "
            "Agreement grants a licence to CPT or obliges either party to pay "
            "for one."),
        k.h3("4. Submitter obligations"),
        k.p("Submitter will transmit only accurate claims for services "
            "actually rendered and will review rejections promptly."),
        k.h3("5. Term"),
        k.p("Month to month; either party may terminate on 30 days' notice."),
        k.h3("6. HIPAA"),
        k.p("Interlace will act as a health care clearinghouse and business "
            "associate of Submitter."),
        k.sig(["INTERLACE CLAIMS NETWORK, INC.", "By: ________________",
               "Rohan Desai, Director of Provider Services"],
              ["KINGFISHER BAY PEDIATRICS, LLC", "By: ________________",
               "Dr. Abigail Thorsen, Managing Member"]),
    )
    return dict(
        key="un_tobeagreed_clearinghouse", vendor=v, coverage="unclear",
        fee=None, kit=k, story=s, title="Submitter Agreement",
        footer="Interlace Claims Network - Submitter Agreement",
        description="Clearinghouse submitter agreement stating the parties "
        "will agree later which of them licenses the CPT content shown in "
        "its modules; per-claim and per-provider module fees are not CPT "
        "fees.")


# ---------------------------------------------------------------------------
def un_faq_plans():
    v = "Bellweather Therapy Cloud, Inc."
    k = Kit("sans", size=9.5)
    s = flat(
        k.small("Bellweather Help Center  /  Plans &amp; Billing"),
        k.h1("Is CPT included in my Bellweather plan?"),
        k.small("Bellweather Therapy Cloud, Inc. - updated 21 October 2025"),
        k.hr(),
        k.p("It depends on your plan and when you signed up. CPT&reg; codes "
            "are owned by the American Medical Association, and how your "
            "account is licensed for them has changed over time."),
        k.table([
            ["Plan", "CPT access"],
            ["Essentials (signed up from March 2024)",
             "Available with the CPT add-on"],
            ["Professional (signed up from March 2024)",
             "See your order form"],
            ["Group and Enterprise", "Set in your contract"],
            ["Legacy plans (before March 2024)", "Contact your account manager"],
        ], widths=[3.0 * inch, 3.6 * inch], ruled="grid"),
        k.sp(6),
        k.h2("What does the CPT add-on cost?"),
        k.p("For most Essentials accounts the add-on is listed at $2 per "
            "provider per month, but promotional and bundled pricing has been "
            "offered at various times, so the price on your own invoice or "
            "order form is the one that applies."),
        k.h2("Can I use my own CPT licence instead?"),
        k.p("Some practices that already hold a licence from the AMA have "
            "asked to use it with Bellweather. We are working out how to "
            "support this and will update this article."),
        k.h2("How do I find out what applies to me?"),
        k.p("Check the Billing page in Settings, or contact your account "
            "manager. We are happy to confirm in writing."),
        k.hr(),
        k.small("Related: Understanding your invoice - Adding providers - "
                "Bellweather plan comparison"),
    )
    return dict(
        key="un_faq_plans", vendor=v, coverage="unclear", fee=None, kit=k,
        story=s, title="Is CPT included in my plan?",
        footer="Bellweather Help Center",
        description="Help article saying CPT coverage depends on the "
        "practice's plan, order form or contract and pointing elsewhere for "
        "the answer; the $2 add-on is a list price for some plans only, so "
        "the document does not decide.")


# ---------------------------------------------------------------------------
def un_side_letter_dispute():
    v = "Delvecchio Ambulatory Systems, Inc."
    k = Kit("serif", size=10.5, justify=True)
    s = flat(
        k.letterhead("Delvecchio Ambulatory Systems, Inc.", [
            "1 Renfrew Plaza, Suite 1400, Castle Ormond, New York - "
            "legal@delvecchio.example"]),
        k.p("January 12, 2026"),
        k.p("<b>VIA EMAIL</b><br/>Ms. Loretta Quansah, General Counsel<br/>"
            "Sunnyvale Heights Medical Group, P.C."),
        k.p("<b>Re: Side Letter regarding CPT License Fee - Order Form No. 3</b>"),
        k.p("Dear Ms. Quansah:"),
        k.p("This letter records the parties' understanding following our "
            "call of January 8."),
        k.p("1. Order Form No. 3 dated October 1, 2024 lists a \"CPT License "
            "Fee\" of $1.25 per user per month. Section 9.2 of the Master "
            "Agreement dated June 30, 2023 states that Delvecchio's "
            "subscription fees include all royalties for third-party code "
            "content."),
        k.p("2. Sunnyvale Heights' position is that Section 9.2 governs and "
            "that no CPT License Fee is payable. Delvecchio's position is "
            "that Order Form No. 3, as the later and more specific document, "
            "governs, and that the fee is payable. The Master Agreement does "
            "not contain an order-of-precedence clause, and the parties have "
            "not resolved this question."),
        k.p("3. Pending resolution, Delvecchio will not invoice the CPT "
            "License Fee, and Sunnyvale Heights will not seek credit for CPT "
            "License Fees already paid. Nothing in this letter is an admission "
            "by either party, and each party reserves all of its rights and "
            "arguments."),
        k.p("4. The parties will meet again by March 31, 2026. If they reach "
            "agreement, it will be recorded in a written amendment."),
        k.p("Please countersign below to confirm Sunnyvale Heights' agreement "
            "to these interim arrangements."),
        k.p("Sincerely,<br/><br/>Vincent Delvecchio<br/>Senior Counsel, "
            "Delvecchio Ambulatory Systems, Inc."),
        k.sp(8),
        k.p("Acknowledged and agreed:<br/>SUNNYVALE HEIGHTS MEDICAL GROUP, "
            "P.C.<br/><br/>By: ______________________<br/>Loretta Quansah, "
            "General Counsel"),
    )
    return dict(
        key="un_side_letter_dispute", vendor=v, coverage="unclear", fee=None,
        kit=k, story=s, title="Side Letter - CPT License Fee",
        footer="Delvecchio Ambulatory Systems", numbers=False,
        description="Side letter recording an unresolved dispute over whether "
        "a $1.25 per user monthly CPT License Fee or an 'all royalties "
        "included' clause governs, with invoicing suspended and rights "
        "reserved.")


DOCS = [un_may_apply, un_options_unchosen, un_conflict_noprec, un_tbd,
        un_hedged_email, un_renewal_review_uk, un_sow_blank,
        un_tobeagreed_clearinghouse, un_faq_plans, un_side_letter_dispute]
