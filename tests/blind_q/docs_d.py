# -*- coding: utf-8 -*-
"""Unclear documents (9): CPT licensing is raised but who pays is left open."""
from common import COOKIE_1, COOKIE_2, COOKIE_3, web

DOCS = []

# U1 -- EULA: sublicense plus "fees for third-party content may apply"
DOCS.append(dict(
    key="un_eula_kingfisher", word="clickthrough", font="Times", page="letter",
    title="Kingfisher Cloud Terms of Use",
    desc="Click-through terms grant a CPT sublicense but say only that fees for third-party content, including CPT, 'may apply' and will be communicated if applicable; no fee or inclusion stated; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Kingfisher Health Software, Inc."),
    blocks=[
        ("h1", "Kingfisher Cloud: Terms of Use"),
        ("small", "Effective May 1, 2025 · You must accept these Terms to continue."),
        ("p", "These Terms of Use are between Kingfisher Health Software, Inc. (\"Kingfisher\") and the customer organisation "
              "(\"Member\"), meaning the member practice whose administrator accepts them."),
        ("h3", "1. Service"),
        ("p", "Kingfisher provides a hosted EHR and practice management service (the \"Service\") on a subscription basis. "
              "Subscription fees are shown in Member's account and are billed monthly."),
        ("h3", "2. Third-Party Content"),
        ("p", "2.1 The Service makes available content owned by third parties, including CPT (owned by the American Medical "
              "Association), drug databases and clinical decision support rules (\"Third-Party Content\")."),
        ("p", "2.2 Subject to these Terms, Kingfisher grants Member a limited, non-transferable sublicense to use CPT as "
              "included in the Service, for Member's internal purposes only."),
        ("p", "2.3 Fees for Third-Party Content, including CPT, may apply. If applicable, such fees will be communicated to "
              "Member and may change from time to time at the direction of the content owner."),
        ("p", "2.4 Member shall comply with any end-user terms required by the owner of Third-Party Content, as posted in the "
              "Service's Help menu."),
        ("h3", "3. Member Data"),
        ("p", "Member retains all rights in Member Data. Kingfisher will process Member Data only to provide the Service "
              "and as permitted by the Business Associate Agreement."),
        ("h3", "4. Suspension"),
        ("p", "Kingfisher may suspend the Service if invoices remain unpaid 30 days after notice."),
        ("h3", "5. Disclaimer; Limitation"),
        ("p", "Third-Party Content is provided as is. Kingfisher's total liability is limited to fees paid in the prior six months."),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved.    [ I accept ]"),
    ]))

# U2 -- email, undecided
DOCS.append(dict(
    key="un_mail_lowmoor", header=('Valley Oak Pediatrics Mail', 'RE: RE: AMA royalty for 2026?'), pagenum="%d", word="followup", font="Helvetica", page="A4",
    title="RE: RE: AMA royalty for 2026?",
    desc="E-mail thread: the vendor says it is still deciding whether to pass the AMA royalty through for 2026 or keep it in the subscription, and the latest reply still has no decision; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Lowmoor Practice Systems, LLC"),
    blocks=[
        ("email", [("From", "Jordan Pike <jpike@lowmoor.example>"),
                   ("To", "Carla Medina <cmedina@valleyoakpeds.example>"),
                   ("Date", "Tue, Dec 2, 2025 3:48 PM"),
                   ("Subject", "RE: RE: AMA royalty for 2026?")]),
        ("p", "Hi Carla, sorry, still no decision. Leadership pushed the pricing review to the January meeting. I know that's not "
              "helpful for your budget. Your current agreement doesn't say either way, so until we decide I can't promise you "
              "whether it will be a separate line or stay inside the subscription. I'll write as soon as I hear. Jordan"),
        ("email", [("From", "Carla Medina <cmedina@valleyoakpeds.example>"),
                   ("To", "Jordan Pike <jpike@lowmoor.example>"),
                   ("Date", "Mon, Dec 1, 2025 9:02 AM"),
                   ("Subject", "RE: AMA royalty for 2026?")]),
        ("quote", ["Hi Jordan, checking back on this. Our board approves the 2026 budget on the 15th. Is there any update?"]),
        ("pb",),
        ("email", [("From", "Jordan Pike <jpike@lowmoor.example>"),
                   ("To", "Carla Medina <cmedina@valleyoakpeds.example>"),
                   ("Date", "Thu, Oct 30, 2025 11:15 AM"),
                   ("Subject", "RE: AMA royalty for 2026?")]),
        ("quote", ["Hi Carla, good question. Lowmoor Practice Systems, LLC does pay the AMA for CPT in our software. For 2026 we are "
                   "still working out whether we keep absorbing that or pass it through to practices the way some other vendors "
                   "do. I expect a decision in November and will let you know.",
                   "Jordan Pike, Customer Success, Lowmoor"]),
        ("email", [("From", "Carla Medina <cmedina@valleyoakpeds.example>"),
                   ("To", "success@lowmoor.example"),
                   ("Date", "Wed, Oct 29, 2025 4:30 PM"),
                   ("Subject", "AMA royalty for 2026?")]),
        ("quote", ["Hello, we've heard the AMA charges a royalty per user for CPT codes. Will Lowmoor be adding that to our invoice "
                   "next year? We have 3 providers and 9 staff. Carla Medina, Valley Oak Pediatrics"]),
    ]))

# U3 -- order form with TBD CPT line
DOCS.append(dict(
    key="un_order_millbrook", word="orderform", font="Helvetica", page="letter",
    title="Millbrook Order Form OF-2207",
    desc="Order form whose CPT line reads 'TBD' with a note that Millbrook will later confirm whether a separate CPT fee applies or is included in the subscription; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Millbrook Medical Cloud, Inc."),
    blocks=[
        ("h1", "Order Form OF-2207"),
        ("kv", [("Provider of services", "Millbrook Medical Cloud, Inc., 300 Depot Street, Concord, NH 03300"),
                ("Customer", "Merrimack Valley Neurology, PLLC"), ("Order date", "September 8, 2025"),
                ("Subscription term", "36 months from go-live"), ("Billing frequency", "Monthly in advance")]),
        ("table", [["Item", "Qty", "Price", "Monthly"],
                   ["Millbrook EHR + PM, per provider", "4", "$425.00", "$1,700.00"],
                   ["Staff users (first 12 included)", "12", "$0.00", "$0.00"],
                   ["EEG reporting module", "1", "$150.00", "$150.00"],
                   ["CPT licence fee", "TBD", "TBD", "TBD (see note 2)"],
                   ["Implementation (one time)", "1", "$4,800.00", "billed at signing"],
                   ["Monthly recurring total (excluding TBD items)", "", "", "$1,850.00"]],
         {"ruled": True, "widths": [0.5, 0.1, 0.18, 0.22], "bold_last": True}),
        ("h3", "Notes"),
        ("ol", ["Prices are fixed for the first twelve months, then may increase by up to 5% per year.",
                "CPT licence fee: Millbrook is reviewing its arrangements with the American Medical Association for 2026. "
                "Millbrook will confirm before go-live whether a separate CPT licence fee will apply to this order or whether CPT "
                "access will be included in the subscription price. No amount is agreed at the date of this Order Form.",
                "This Order Form is governed by the Millbrook Master Subscription Agreement."]),
        ("sig", ["MILLBROOK MEDICAL CLOUD, INC.", "________________________", "Brian Doucette, Sales Director"],
                ["MERRIMACK VALLEY NEUROLOGY, PLLC", "________________________", "Dr. Ellen Marsh, Managing Partner"]),
    ]))

# U4 -- conflicting clauses without precedence
DOCS.append(dict(
    key="un_msa_northgate", word="msa", font="Times", page="letter",
    title="Northgate Master Subscription Agreement (excerpt)",
    desc="Master agreement excerpt: section 5.3 says subscription fees include all third-party royalties including CPT, while Exhibit C says the customer pays an AMA CPT end-user fee per user as invoiced; the conflict clause only calls for good-faith discussion; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Northgate Clinical Systems, Inc."),
    blocks=[
        ("h1", "Master Subscription Agreement (excerpt)"),
        ("p", "Between Northgate Clinical Systems, Inc. (\"Company\") and Westbrook Multispecialty Group, LLC (\"Customer\"). "
              "Sections 1 through 4 and 7 through 14 are omitted from this excerpt."),
        ("h3", "5. Fees"),
        ("p", "5.1 Customer shall pay the Subscription Fees stated in each Order, monthly in advance."),
        ("p", "5.2 Company may increase Subscription Fees at each renewal by no more than the percentage change in CPI-U over "
              "the prior twelve months plus two percent."),
        ("p", "5.3 Subscription Fees are inclusive of all royalties and license fees payable to third parties for content "
              "embedded in the Service, including CPT content licensed from the American Medical Association."),
        ("p", "5.4 Taxes are additional and are Customer's responsibility, excluding taxes on Company's income."),
        ("h3", "6. Order of Documents"),
        ("p", "This Agreement consists of these terms, the Exhibits and each Order. If there is any inconsistency between these "
              "terms and an Exhibit, the parties shall discuss the inconsistency in good faith and seek to agree on an amendment."),
        ("pb",),
        ("h2", "Exhibit C: Third-Party Content Terms"),
        ("p", "C.1 CPT. The Service contains CPT, which is copyright of the American Medical Association. Company grants "
              "Customer a non-exclusive sublicense to use CPT in the Service for Customer's internal use."),
        ("p", "C.2 Customer shall pay Company the AMA CPT end-user fee for each user with access to CPT in the Service, as "
              "invoiced by Company annually."),
        ("p", "C.3 Customer shall not remove AMA notices, distribute CPT outside the Service, or permit use by any entity that "
              "is not a party to this Agreement."),
        ("p", "C.4 The sublicense terminates automatically if Company's agreement with the AMA ends."),
        ("h2", "Exhibit D: Service Levels"),
        ("p", "Company targets 99.9% monthly availability, excluding scheduled maintenance. Service credits are Customer's sole "
              "remedy for availability shortfalls."),
        ("sig", ["NORTHGATE CLINICAL SYSTEMS, INC.", "By: _______________", "Title: Chief Revenue Officer"],
                ["WESTBROOK MULTISPECIALTY GROUP, LLC", "By: _______________", "Title: Chief Executive Officer"]),
    ]))

# U5 -- pricing page: "AMA fees may apply"
DOCS.append(dict(
    key="un_pricing_osprey", word="planspricing", font="Helvetica", page="letter",
    title="Osprey Valley EHR plans",
    **web("https://ospreyvalleyehr.example/plans", "Plans | Osprey Valley EHR", "6/25/25, 8:22 PM"),
    desc="Pricing grid marks the CPT code library as available on all plans with an asterisk that only says 'AMA licensing fees may apply'; no amount, no statement of inclusion; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Osprey Valley EHR, LLC"),
    blocks=[
        ("banner", COOKIE_1),
        ("crumbs", "Home  /  Plans"),
        ("h1", "Find the right plan"),
        ("table", [["", "Basic", "Plus", "Premier"],
                   ["Per provider / month", "$99", "$169", "$249"],
                   ["Clinical notes & templates", "\u2713", "\u2713", "\u2713"],
                   ["CPT\u00ae & ICD-10 code library*", "\u2713", "\u2713", "\u2713"],
                   ["Claims & ERA", "\u2014", "\u2713", "\u2713"],
                   ["Patient payments", "2.9% + 30\u00a2", "2.7% + 30\u00a2", "2.5% + 30\u00a2"],
                   ["Analytics dashboards", "\u2014", "\u2014", "\u2713"],
                   ["Onboarding", "Self-serve", "Guided", "White-glove"]],
         {"ruled": True, "widths": [0.37, 0.21, 0.21, 0.21]}),
        ("small", "* AMA licensing fees may apply."),
        ("h2", "Common questions"),
        ("h3", "Is there a free trial?"),
        ("p", "Yes, 14 days on Basic or Plus. No card needed."),
        ("h3", "Do you charge for staff accounts?"),
        ("p", "No. Billers, schedulers and front-desk staff are free on all plans."),
        ("h3", "Can I cancel any time?"),
        ("p", "Monthly plans can be cancelled at any time. Annual plans can be cancelled at renewal."),
        ("small", "Osprey Valley EHR, LLC · 1 Heron Way, Boise, ID 83700 · CPT is a registered trademark of the American Medical Association."),
    ]))

# U6 -- billing service: responsibility to be determined by mutual agreement
DOCS.append(dict(
    key="un_billing_primrose", word="rcmagreement", font="Times", page="letter",
    title="Primrose Revenue Cycle Services Agreement",
    desc="Billing-service agreement (Provider = practice): Provider's staff use the billing company's CPT-containing portal, but responsibility for any AMA licence fees 'shall be determined by mutual written agreement', which is not part of the document; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Primrose Revenue Cycle Services, LLC"),
    blocks=[
        ("h1", "Revenue Cycle Services Agreement"),
        ("p", "This Agreement is made on June 16, 2025 between Primrose Revenue Cycle Services, LLC (\"Primrose\") and Desert "
              "Bloom Family Health, PLLC (\"Provider\")."),
        ("h3", "1. Services"),
        ("p", "Primrose will perform charge entry, coding review, claim submission, payment posting, denial management and "
              "patient balance follow-up for Provider's professional services."),
        ("h3", "2. Primrose Portal"),
        ("p", "Primrose will give up to ten of Provider's staff access to the Primrose Portal, where they can review coded "
              "charges (including CPT codes and descriptors), approve claims and view reports."),
        ("h3", "3. Compensation"),
        ("p", "Provider shall pay Primrose 6% of collections, invoiced monthly, with a minimum monthly fee of $950."),
        ("h3", "4. Code Set Licensing"),
        ("p", "4.1 The parties acknowledge that use of CPT by Provider's staff in the Primrose Portal may require a license from "
              "the American Medical Association."),
        ("p", "4.2 Responsibility for obtaining any such license, and for any AMA licensing fees associated with Provider's use "
              "of CPT in the Primrose Portal, shall be determined by mutual written agreement of the parties."),
        ("pb",),
        ("h3", "5. Provider Obligations"),
        ("p", "Provider shall deliver complete documentation for each encounter within 72 hours and shall maintain its payer "
              "enrollments."),
        ("h3", "6. Term"),
        ("p", "Twelve months, renewing automatically for further twelve-month terms unless terminated on sixty days' notice."),
        ("h3", "7. Entire Agreement"),
        ("p", "This Agreement and its Business Associate Addendum are the entire agreement of the parties on their subject matter."),
        ("sig", ["PRIMROSE REVENUE CYCLE SERVICES, LLC", "By: ______________", "Ivan Castellanos, President"],
                ["DESERT BLOOM FAMILY HEALTH, PLLC (Provider)", "By: ______________", "Dr. Naomi Brooks, Owner"]),
    ]))

# U7 -- help article: depends on your contract
DOCS.append(dict(
    key="un_kb_quailridge", word="supportarticle", font="Helvetica", page="A4",
    title="Will I be charged for CPT codes?",
    **web("https://support.quailridgeapps.example/hc/articles/360-cpt-charges", "Will I be charged for CPT codes? - Quailridge Support", "3/27/25, 10:40 AM"),
    desc="Help article says some Quailridge contracts include the CPT royalty and others bill it separately, and tells the reader to ask their account manager; it does not say which applies; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Quailridge Health Apps, Inc."),
    blocks=[
        ("banner", COOKIE_2),
        ("crumbs", "Quailridge Support  >  Billing  >  Charges & invoices"),
        ("h1", "Will I be charged for CPT codes?"),
        ("small", "Updated March 2025"),
        ("p", "CPT codes are owned by the American Medical Association, which charges Quailridge Health Apps, Inc. a royalty for "
              "CPT content inside our apps."),
        ("h2", "Does that mean I pay extra?"),
        ("p", "It depends on your contract. Quailridge customers are on several generations of agreements. Some include the "
              "AMA royalty in the subscription price. Others allow us to bill the royalty as a separate line, and some older "
              "agreements are silent on it. We are not able to tell from this page which applies to your account."),
        ("h2", "How do I find out?"),
        ("ul", ["Check your order form or renewal quote for any line that mentions CPT or AMA.",
                "Contact your account manager, who can review your agreement.",
                "If you joined through a reseller, your reseller's terms may apply instead."]),
        ("h2", "If a charge applies, how much is it?"),
        ("p", "Where a separate charge applies, the amount follows the AMA's royalty schedule and your agreement. Your account "
              "manager can confirm it."),
        ("hr",),
        ("h3", "Related articles"),
        ("ul", ["Reading your Quailridge invoice", "Updating payment details", "Annual code set updates"]),
        ("p", "Was this article helpful?   Yes (14)   No (37)"),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# U8 -- letter: evaluating options
DOCS.append(dict(
    key="un_letter_rookwood", word="announcement", font="Times", page="letter",
    title="Rookwood: upcoming AMA royalty changes",
    desc="Letter announcing the AMA's new royalty schedule for next year and saying Rookwood is evaluating whether to pass the cost through or absorb it, with a decision promised later; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Rookwood Medical Software, Inc."),
    blocks=[
        ("p", "Rookwood Medical Software, Inc.\n1800 Foundry Lane\nCincinnati, OH 45200"),
        ("sp", 6),
        ("p", "August 29, 2025"),
        ("p", "Dear Rookwood Customer,"),
        ("p", "**Upcoming changes to AMA CPT royalties**"),
        ("p", "The American Medical Association has told its CPT distributors, including Rookwood, that a revised royalty "
              "schedule will take effect for the 2026 licence year. Under the revised schedule the royalty is counted per user, "
              "and the AMA expects vendors to report user counts more often than before."),
        ("p", "We are still evaluating how to respond. The options under review include continuing to absorb the royalty within "
              "your subscription, passing some or all of it through as a separate annual charge, or a combination that depends on "
              "your plan. No decision has been made, and nothing in your invoice will change until we write to you again."),
        ("p", "We expect to share our decision by November 15, 2025, at least 45 days before any change would take effect. "
              "If you have questions in the meantime, please contact your Customer Success Manager."),
        ("p", "Thank you for your patience,"),
        ("p", "Gloria Fenwick\nVice President, Customer Experience\nRookwood Medical Software, Inc."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# U9 -- onboarding checklist: responsible party TBD
DOCS.append(dict(
    key="un_onboard_silverlake", word="golive", font="Courier", page="A4", size=9,
    title="Silverlake onboarding tracker",
    desc="Onboarding tracker where the 'CPT licence' row has responsible party 'TBD' and a note that Sales must still confirm whether it is covered by the subscription or must be supplied by the client; unclear.",
    label=dict(coverage="unclear", fee=None, vendor="Silverlake Health Partners, Inc."),
    blocks=[
        ("mono", "SILVERLAKE HEALTH PARTNERS, INC. - ONBOARDING TRACKER\nCLIENT: MOUNTAIN ASH PULMONARY & SLEEP   PROJECT: SL-0719\nLAST UPDATED: 10/06/2025 BY K. DUARTE (PROJECT MANAGER)"),
        ("sp", 6),
        ("table", [["ID", "ITEM", "OWNER", "STATUS", "NOTES"],
                   ["01", "CONTRACT + BAA", "CLIENT", "DONE", "SIGNED 09/12"],
                   ["02", "PROVIDER ROSTER", "CLIENT", "DONE", "6 PROVIDERS"],
                   ["03", "SLEEP STUDY INTERFACE", "SILVERLAKE", "IN PROG", "VENDOR TEST 10/20"],
                   ["04", "CPT LICENCE", "TBD", "OPEN", "SALES TO CONFIRM WHETHER COVERED BY SUBSCRIPTION OR CLIENT MUST SUPPLY OWN AMA LICENCE. NOT IN SOW."],
                   ["05", "FEE SCHEDULE LOAD", "SILVERLAKE", "BLOCKED", "WAITING ON 04"],
                   ["06", "PAYER ENROLLMENT", "CLIENT", "IN PROG", "3 OF 7 APPROVED"],
                   ["07", "TRAINING", "BOTH", "SCHED", "11/03-11/05"],
                   ["08", "GO-LIVE", "BOTH", "SCHED", "11/17"]],
         {"ruled": "lines", "widths": [0.06, 0.24, 0.14, 0.12, 0.44], "shade": False}),
        ("mono", "RISKS:\n- ITEM 04 MAY DELAY FEE SCHEDULE LOAD AND GO-LIVE.\n- CLIENT ASKED FOR WRITTEN ANSWER ON CPT COST BEFORE 10/31."),
        ("sp", 6),
        ("mono", "NEXT CALL: 10/13/2025 2:00 PM MT"),
        ("small", "Confidential. Prepared by Silverlake Health Partners, Inc. for the client named above."),
    ]))
