"""unclear documents: only the AMA notice, or the payer of CPT is left open or contradictory."""
from xlayout import boiler

NOTICE = ("CPT only copyright 2025 American Medical Association. All rights reserved. Fee schedules, relative value "
          "units, conversion factors and related components are not assigned by the AMA, are not part of CPT, and the "
          "AMA does not directly or indirectly practice medicine or dispense medical services. The AMA assumes no "
          "liability for data contained or not contained herein.")
GOVT = ("U.S. Government End Users. CPT is commercial technical data developed exclusively at private expense by the "
        "American Medical Association. Use by the U.S. Government is subject to the restrictions of FAR 52.227-14 (Data "
        "Rights - General) and DFARS 252.227-7015 (Technical Data - Commercial Items), as applicable.")

DOCS = []

V = "Vantage Rock Software, Inc."
blocks = [
    ("title", "VANTAGE ROCK END USER LICENSE"),
    ("p", "Vantage Rock Software, Inc. (\"Vantage Rock\") licenses the VR Practice application to the customer that "
          "accepts these terms (\"Customer\")."),
    ("h", "1. GRANT"),
    ("p", "Customer may use VR Practice for its internal operations for the subscription term stated in its order."),
    ("h", "2. FEES"),
    ("p", "Customer will pay the subscription fees in its order."),
]
blocks += boiler(3, "Vantage Rock", "Customer", picks=[0, 1, 15, 3, 4, 5, 19, 13, 14], caps=True)
blocks += [("h", "12. NOTICES REGARDING THIRD-PARTY CONTENT"), ("p", NOTICE), ("p", GOVT)]
DOCS.append(dict(
    key="u01_eula_notice_only", vendor=V, coverage="unclear", fee=None,
    desc="EULA whose only CPT content is the AMA copyright notice and FAR/DFARS government-rights clause, suggesting a sublicence without saying who pays.",
    font="sans", footer="Vantage Rock Software, Inc.", blocks=blocks))

V = "Willowbank Health Systems LLC"
DOCS.append(dict(
    key="u02_draft_alternatives", vendor=V, coverage="unclear", fee=None,
    desc="Draft order form that offers two bracketed alternatives for CPT (included, or a $19 per provider per year pass-through) marked TBD, with no choice made.",
    font="sans", footer="DRAFT - Willowbank Health Systems LLC - not for signature",
    blocks=[
        ("title", "DRAFT ORDER FORM - FOR DISCUSSION"),
        ("kv", [("Vendor", V), ("Customer", "Glenmore Rheumatology, P.C."), ("Draft", "v0.3, circulated March 4, 2026")]),
        ("table", [["Item", "Price"],
                   ["WillowEHR, per provider per month", "$125.00"],
                   ["Patient portal", "Included"],
                   ["CPT\u00ae licence (AMA)", "[ALT A: Included in subscription] [ALT B: $19.00 per provider per year pass-through] - TBD"]],
         {"ruled": True, "widths": [0.45, 0.55]}),
        ("p", "<i>Drafting note: Sales and Finance to confirm which CPT alternative applies before this form is finalized.</i>"),
        ("p", "Signature blocks intentionally omitted from draft."),
    ]))

V = "Yarrow Medical Software, Inc."
blocks = [
    ("title", "SOFTWARE SUBSCRIPTION AGREEMENT"),
    ("p", "Between Yarrow Medical Software, Inc. (\"Yarrow\") and Tanglewood Surgical Associates, LLC (\"Customer\")."),
    ("h", "1. Services"),
    ("p", "Yarrow will host and support YarrowPM for Customer's providers and staff."),
    ("h", "2. CPT Content"),
    ("p", "Yarrow is licensed by the American Medical Association to distribute CPT\u00ae within YarrowPM and pays all "
          "royalties owed to the AMA for that distribution."),
]
blocks += boiler(3, "Yarrow", "Customer", picks=[0, 1, 16, 4, 5, 8, 20, 13, 14])
blocks += [
    ("h", "EXHIBIT C - PRICING"),
    ("table", [["Item", "Fee"],
               ["YarrowPM subscription", "$110.00 per provider per month"],
               ["AMA CPT fee", "$20.00 per provider per year"],
               ["Interface setup", "$1,800.00 one-time"]],
     {"ruled": True, "widths": [0.5, 0.5]}),
]
DOCS.append(dict(
    key="u03_conflict_exhibit", vendor=V, coverage="unclear", fee=None,
    desc="Agreement body says the vendor pays all AMA royalties while Exhibit C lists a $20 per provider per year AMA CPT fee; there is no order-of-precedence clause.",
    font="serif", footer="Yarrow Medical Software, Inc.", blocks=blocks))

V = "Zinnia Clinical Data LLC"
DOCS.append(dict(
    key="u04_email_unanswered", vendor=V, coverage="unclear", fee=None,
    desc="E-mail thread where the practice asks who pays the AMA CPT licence and the vendor's replies discuss other topics without answering.",
    font="sans", footer="Zinnia Clinical Data LLC - correspondence",
    blocks=[
        ("title", "Re: Contract questions before signing"),
        ("email", "Leah Brandt &lt;lbrandt@zinnia.example&gt;", "Omar Castellanos &lt;ocastellanos@fieldstonefm.example&gt;",
         "Mar 10, 2026, 5:45 PM", "RE: Contract questions before signing",
         ["Hi Omar, the go-live date of May 4 works. Training will be two remote sessions. I've attached the updated "
          "implementation plan. Let me know if the data migration scope looks right.",
          "Leah Brandt, Zinnia Clinical Data LLC"]),
        ("email", "Omar Castellanos &lt;ocastellanos@fieldstonefm.example&gt;", "Leah Brandt &lt;lbrandt@zinnia.example&gt;",
         "Mar 10, 2026, 9:30 AM", "RE: Contract questions before signing",
         ["Thanks. Still need an answer on question 2 - who pays the AMA for CPT? Do we license it ourselves, or do you "
          "bill us, or is it included?"]),
        ("email", "Leah Brandt &lt;lbrandt@zinnia.example&gt;", "Omar Castellanos &lt;ocastellanos@fieldstonefm.example&gt;",
         "Mar 9, 2026, 3:10 PM", "RE: Contract questions before signing",
         ["On question 1: yes, the subscription is $85 per user per month. On question 3: data is hosted in U.S. data centers."]),
        ("email", "Omar Castellanos &lt;ocastellanos@fieldstonefm.example&gt;", "Leah Brandt &lt;lbrandt@zinnia.example&gt;",
         "Mar 9, 2026, 10:02 AM", "Contract questions before signing",
         ["Leah, three questions from Fieldstone Family Medicine: (1) price per user? (2) who pays the AMA licence for CPT "
          "codes in your system? (3) where is data hosted?"]),
    ]))

V = "Alderney Health Tech, Inc."
DOCS.append(dict(
    key="u05_order_tbd", vendor=V, coverage="unclear", fee=None,
    desc="Order form stating CPT licensing responsibility and cost are 'to be determined prior to go-live'.",
    font="serif", footer="Alderney Health Tech, Inc. - Order Form",
    blocks=[
        ("title", "ORDER FORM AHT-7702"),
        ("kv", [("Vendor", V), ("Customer", "Pine Hollow Cardiology Group"), ("Effective Date", "April 15, 2026")]),
        ("table", [["Item", "Fee"],
                   ["AlderneyEHR licence, 12 users", "$1,140.00 per month"],
                   ["Cardiology device interfaces", "$4,500.00 one-time"],
                   ["CPT\u00ae licensing", "To be determined prior to go-live"]],
         {"ruled": False, "widths": [0.5, 0.5]}),
        ("p", "<b>Special Terms.</b> The parties will agree in writing before go-live whether CPT content will be supplied by "
              "Alderney or licensed by Customer, and any associated cost."),
    ]))

V = "Birchwood Clinical Software Corp."
DOCS.append(dict(
    key="u06_faq_evaluating", vendor=V, coverage="unclear", fee=None,
    desc="FAQ saying the vendor is still evaluating its AMA agreement and will share details about any AMA fee later; no decision is stated.",
    font="sans", footer="Birchwood Clinical Software Corp. - Help",
    blocks=[
        ("title", "AMA fee questions"),
        ("p", "<b>Will Birchwood charge an AMA fee in 2026?</b><br/>We are reviewing our agreement with the American Medical "
              "Association and how the CPT\u00ae royalty will be handled. We have not made a decision and will share "
              "details before any change affects your account."),
        ("p", "<b>Do I need my own CPT licence?</b><br/>We'll address this in the same update."),
        ("p", "<b>What if I'm asked by an auditor?</b><br/>Contact compliance@birchwood.example and we will respond."),
        ("p", "<b>Is my subscription price changing?</b><br/>Your plan price of $74 per provider per month is locked through "
              "your current term."),
    ]))

V = "Crestline Physician Systems, Inc."
blocks = [
    ("title", "TERMS OF SERVICE"),
    ("sub", "Crestline Physician Systems, Inc."),
    ("p", "These Terms govern use of the Crestline practice platform by the subscribing practice (\"Subscriber\") and its users."),
]
blocks += boiler(1, "Crestline", "Subscriber", picks=list(range(25)), caps=False)
blocks += [("h", "26. Required Notices"), ("p", NOTICE), ("p", GOVT),
           ("p", "CPT is a registered trademark of the American Medical Association.")]
DOCS.append(dict(
    key="u07_terms_notice_long", vendor=V, coverage="unclear", fee=None,
    desc="Long terms of service whose only CPT content is the AMA copyright notice, government-rights clause and trademark line.",
    font="serif", footer="Crestline Physician Systems, Inc. - Terms of Service", blocks=blocks))

V = "Driftwood Medical Cloud LLC"
blocks = [
    ("title", "CLOUD SERVICES AGREEMENT"),
    ("p", "Driftwood Medical Cloud LLC (\"Driftwood\") and Elm Harbor Primary Care, PLLC (\"Customer\") agree as follows."),
    ("h", "1. Services"),
    ("p", "Driftwood will provide its hosted EHR and billing service."),
    ("h", "2. Code Sets"),
    ("p", "Customer shall obtain its own licence to CPT\u00ae from the American Medical Association for all users."),
]
blocks += boiler(3, "Driftwood", "Customer", picks=[1, 3, 4, 13])
blocks += [
    ("h", "8. Fees"),
    ("p", "Customer will pay $98.00 per user per month. The fees include all third-party content licences, including CPT, "
          "and no other amounts are payable for content."),
]
DOCS.append(dict(
    key="u08_internal_contradiction", vendor=V, coverage="unclear", fee=None,
    desc="Agreement that says in Section 4 the customer must license CPT itself and in Section 9 that fees include CPT licences, with no precedence rule.",
    font="sans", footer="Driftwood Medical Cloud LLC", blocks=blocks))

V = "Eastgate Billing Technologies, Inc."
DOCS.append(dict(
    key="u09_invoice_pending", vendor=V, coverage="unclear", fee=None,
    desc="Invoice with an 'AMA CPT licence' line marked pending, whose applicability and amount are expressly to be determined; nothing is charged or explained.",
    font="sans", footer="Eastgate Billing Technologies, Inc. - Invoice",
    blocks=[
        ("title", "INVOICE EBT-55210"),
        ("kv", [("From", V), ("Bill To", "Laurel Springs Urology"), ("Date", "January 8, 2026")]),
        ("table", [["Description", "Qty", "Amount"],
                   ["Eastgate PM hosted service, January 2026", "1", "$1,260.00"],
                   ["AMA CPT\u00ae licence - pending", "-", "TBD"],
                   ["Statement processing", "640", "$352.00"],
                   ["Total (excluding pending items)", "", "$1,612.00"]],
         {"ruled": True, "widths": [0.6, 0.15, 0.25], "boldlast": True}),
        ("small", "Pending items are not included in the total. Whether the AMA CPT licence item applies to your account, and its amount, are to be determined."),
    ]))

V = "Fernhill Rehab Software LLC"
DOCS.append(dict(
    key="u10_letter_notice", vendor=V, coverage="unclear", fee=None,
    desc="Customer welcome letter whose only CPT content is the AMA copyright notice, which implies a sublicence without stating who pays.",
    font="serif", footer="Fernhill Rehab Software LLC",
    blocks=[
        ("p", "Fernhill Rehab Software LLC<br/>310 Canal Street, Port Ainsley, OR 97999"),
        ("p", "February 2, 2026"),
        ("p", "Welcome to FernRehab!"),
        ("p", "Your account is ready. Your administrator can invite therapists from Settings &gt; Team. Training webinars "
              "run every Tuesday at noon Pacific, and our support team is available at help@fernhill.example."),
        ("p", "Your subscription is $62 per therapist per month, billed on the first of each month."),
        ("p", "We look forward to working with you.<br/>The Fernhill team"),
        ("hr",),
        ("small", NOTICE),
    ]))
