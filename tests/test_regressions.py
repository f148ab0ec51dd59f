"""One test per bug, named after what broke; each reproduces the wording that broke the engine."""

from .helpers import finding, terms_of
from .pdfgen import clause_pdf, pdf_from_pages, pdf_from_text, pdf_lines_at_page_end, pdf_with_table


def test_written_out_amount_does_not_hide_the_fee_name():
    terms = terms_of(
        pdf_from_text(
            "Vellora Health, Inc. is party to a distribution license with the AMA.",
            "For each Prescriber, Customer shall pay every year, in addition to the Service Fees: (a) eighteen dollars "
            "and fifty cents ($18.50), which is remitted to the AMA as its royalty; and (b) a handling charge of one "
            "dollar and twenty-five cents ($1.25), which we keep for reporting.",
        )
    )
    assert (terms.coverage, terms.cpt_fee.amount, terms.cpt_fee.unit) == ("pass_through", 19.75, "provider")


def test_vendor_name_with_a_lowercase_brand_word():
    terms = terms_of(
        pdf_from_text(
            'This Agreement is made between Vellora eRx Solutions, Inc. ("Vellora") and the practice.'
        )
    )
    assert terms.vendor == "Vellora eRx Solutions, Inc."


def test_order_form_field_label_is_not_part_of_the_vendor_name():
    terms = terms_of(
        pdf_from_text("Vendor Tallowmere Health Systems, Inc., 2200 Calloway Street, Madison, WI")
    )
    assert terms.vendor == "Tallowmere Health Systems, Inc."


def test_negated_separate_cpt_charge_is_not_a_pass_through():
    terms = terms_of(
        pdf_from_text(
            "We have signed a distribution agreement with the AMA and sublicense CPT to you.",
            "You will not see a separate CPT charge on your invoice.",
        )
    )
    assert terms.coverage == "vendor_covers"


def test_fee_named_by_a_defined_term_without_saying_cpt():
    terms = terms_of(
        pdf_from_text(
            '"Code Set Charges" means the charges for the CPT content made available through the Platform.',
            "Code Set Charges: USD 18.00 per Authorized User per Contract Year.",
        )
    )
    assert (terms.coverage, terms.cpt_fee.amount, terms.cpt_fee.unit) == ("pass_through", 18.0, "user")


def test_bare_figures_in_a_priced_table_row():
    data = pdf_with_table(
        ["Order Form"],
        [
            ["#", "Item", "Unit", "Billing", "Qty", "Unit price (USD)"],
            ["4", "AMA CPT content license", "per practice", "one-time", "1", "240.00"],
        ],
    )
    fee = terms_of(data).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (240.0, "organization", "one_time")


def test_vendor_that_is_not_a_distributor_leaves_licensing_to_the_customer():
    terms = terms_of(
        pdf_from_text(
            "The Licensor is not a distributor of CPT and holds no licence from the AMA permitting it to sub-license CPT."
        )
    )
    assert terms.coverage == "customer_must_license"


def test_many_distributor_mentions_do_not_outvote_a_stated_fee():
    mentions = [
        f"Section {i}. Supplier's License Agreement with the AMA governs CPT content." for i in range(8)
    ]
    terms = terms_of(
        pdf_from_text(
            *mentions, "Customer shall pay an annual CPT Sublicense Fee of $21.00 per Authorized User."
        )
    )
    assert (terms.coverage, terms.cpt_fee.amount) == ("pass_through", 21.0)


def test_all_caps_test_does_not_break_sentences_of_lowercase_lines():
    # IGNORECASE once made every line of plain words look like a heading.
    terms = terms_of(
        pdf_from_text(
            "These Terms have an initial term of twelve (12) months and then renew automatically for further "
            "twelve-month terms unless you or we give notice of non-renewal no fewer than seventy-five (75) days before the end."
        )
    )
    assert (terms.dates.auto_renews, terms.dates.notice_days) == (True, 75)


def test_coverage_evidence_is_the_clause_not_its_heading():
    terms = terms_of(
        pdf_from_text(
            "7.3 Royalties Included.",
            "All royalties due to the AMA for Customer's use of CPT content within the Subscription Services "
            "are included in the Subscription Fees.",
        )
    )
    coverage = next(f for f in terms.findings if f.field == "coverage")
    assert terms.coverage == "vendor_covers"
    assert coverage.quote.startswith("All royalties due to the AMA")


def test_dot_leaders_do_not_split_a_fee_line():
    fee = terms_of(pdf_from_text("Fees.", "CPT Content Fee .......... $3.00/provider/mo")).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (3.0, "provider", "month")


def test_practice_wide_license_is_per_organization():
    fee = terms_of(pdf_from_text("The practice-wide AMA CPT license is billed at $1,200 annually.")).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (1200.0, "organization", "year")


def test_fees_inclusive_of_cpt_royalties_mean_the_vendor_covers():
    text = "Vendor's fees are inclusive of all third-party license fees, including AMA CPT royalties."
    assert terms_of(pdf_from_text(text)).coverage == "vendor_covers"


def test_licensee_secures_its_own_cpt_license():
    text = "Licensee shall secure its own CPT license; Licensor provides no CPT content."
    assert terms_of(pdf_from_text(text)).coverage == "customer_must_license"


def test_faq_answer_states_the_amount_in_the_next_sentence():
    data = pdf_from_text(
        "Q: Why is there an AMA fee on my invoice?",
        "A: We collect the AMA's CPT royalty on its behalf. It is $20 per clinician per year.",
    )
    terms = terms_of(data)
    assert (terms.coverage, terms.cpt_fee.amount, terms.cpt_fee.unit) == ("pass_through", 20.0, "provider")
    assert (
        next(f for f in terms.findings if f.field == "cpt_fee").quote == "It is $20 per clinician per year."
    )


def test_order_form_fields_item_quantity_price():
    text = "Item: AMA CPT Royalty. Quantity: 10 users. Unit Price: $15.00. Term: 12 months."
    fee = terms_of(pdf_from_text(text)).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (15.0, "user", "year")


def test_fifth_probe_round_coverage_phrasings():
    cases = {
        "No. Your subscription covers the AMA license for CPT codes used in the app.": "vendor_covers",
        "CPT codes are not supplied with the software. You must purchase CPT from the AMA.": "customer_must_license",
        "Royalties for AMA content will be billed as applicable.": "unclear",
    }
    for text, coverage in cases.items():
        assert terms_of(pdf_from_text(text)).coverage == coverage, text


def test_an_unticked_options_later_sentences_are_not_terms():
    terms = terms_of(
        pdf_from_text(
            "Section B - CPT licensing option (select one)",
            "[ ] Option 1 - Vendor sublicence. Orvale sublicenses CPT under its AMA distribution agreement. "
            "Customer pays a CPT sublicence fee of $1.50 per user per month.",
            "[ ] Option 2 - Customer licence. Customer licenses CPT directly from the AMA. "
            "No CPT fee is charged by Orvale.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("unclear", None)


def test_a_checklists_unticked_to_do_still_states_the_terms_after_it():
    terms = terms_of(
        pdf_from_text(
            "[ ] 6. Approve the CPT content activation charge. We activate the AMA licence for you and "
            "bill a one-time charge of $45 for each named user, added to your first invoice.",
        )
    )
    assert (terms.coverage, terms.cpt_fee.amount, terms.cpt_fee.unit) == ("pass_through", 45.0, "user")


def test_reviewing_whether_a_cpt_charge_applies_with_an_aside_is_still_open():
    terms = terms_of(
        pdf_from_text(
            "We are currently reviewing, with our advisers, whether a separate CPT licence charge will apply "
            "to customers from 2026.",
            "No CPT charge will be invoiced without further notice.",
        )
    )
    assert terms.coverage == "unclear"


def test_a_hedged_guess_that_cpt_is_covered_is_not_a_verdict():
    terms = terms_of(
        pdf_from_text(
            "I believe CPT is probably covered under your Enterprise plan; let me check with our contracts team.",
            "I keep reading that EHR vendors are passing the AMA's CPT royalty through, around $18 per provider.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("unclear", None)


def test_a_notice_the_practice_received_from_someone_else_is_not_this_contracts_term():
    terms = terms_of(
        pdf_from_text(
            "We received a notice from our clearinghouse saying that we will be charged $1.25 per provider per "
            "month for CPT starting in January.",
            "Reply: Orvale Health, Inc. is an AMA-authorised distributor and the CPT royalty for your users is "
            "included in your subscription.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_recital_of_what_the_agreement_has_provided_is_not_the_amended_term():
    terms = terms_of(
        pdf_from_text(
            "Amendment No. 2",
            "A. Under Section 9.1 of the Agreement, Orvale has sublicensed CPT content to Customer, with the AMA "
            "royalty included in the subscription fees.",
            "1. Orvale does not supply or sublicense CPT. Customer shall obtain its own license to CPT directly "
            "from the AMA.",
            "2. Orvale will provide, at no charge, up to four hours of remote assistance with Customer's first "
            "CPT import.",
        )
    )
    assert terms.coverage == "customer_must_license"


def test_an_email_threads_latest_message_decides_though_it_is_printed_first():
    terms = terms_of(
        pdf_from_text(
            "From: Jonah Reyes <jonah@orvale.example>",
            "Date: Monday 9 March 2026, 10:22 AM",
            "Hi Maria, the $19 per user per year CPT fee Devon mentioned applies only to our legacy Classic "
            "plan. On your plan the AMA licence for CPT is included in the subscription.",
            "-----Original message-----",
            "From: Devon Price <devon@orvale.example>",
            "Date: Friday 6 March 2026, 1:07 PM",
            "Hi Maria - yes, there is an AMA CPT fee of $19 per user per year on top of the subscription.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_fee_sentence_cut_by_a_page_break_keeps_its_unit():
    data = pdf_lines_at_page_end(
        ["4.3 AMA licence pass-through. Orvale Billing holds a distribution licence for CPT and passes the"],
        "end-user royalty through to the Agency at $85.00 per billing",
        ["location per year. A billing location is each base whose runs are billed separately."],
    )
    terms = terms_of(data)
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (85.0, "location", "year")


def test_a_one_off_fee_in_us_dollars_under_a_cpt_clause_title():
    terms = terms_of(
        pdf_from_text(
            "2.2 The Software contains CPT content, sublicensed under Orvale's distribution agreement with the AMA.",
            "3.2 CPT establishment fee. In addition, the Customer must pay a one-off fee of US$250.00 per "
            "Customer organisation on signing this Agreement.",
        )
    )
    fee = terms.cpt_fee
    assert (terms.coverage, fee.amount, fee.unit, fee.period) == (
        "pass_through",
        250.0,
        "organization",
        "one_time",
    )


def test_a_renewal_tables_new_column_is_the_fee_going_forward():
    data = pdf_with_table(
        ["Renewal notice from Orvale Health, Inc."],
        [
            ["Item", "Current", "From 1 June 2026"],
            ["Platform subscription (per location per month)", "$640.00", "$672.00"],
            ["AMA CPT pass-through (per location per month)", "$5.00", "$5.25"],
        ],
    )
    assert terms_of(data).cpt_fee.amount == 5.25


def test_a_question_on_cpt_licensing_left_open_at_a_meeting_is_unclear():
    terms = terms_of(
        pdf_from_text(
            "3. CPT licensing.",
            "Under the 2021 agreement, which expired on December 31, the MSO paid the AMA licence for CPT.",
            "The new Services Agreement does not address CPT licensing.",
            "The committee agreed this question remains open and will be taken up at the next quarterly review.",
        )
    )
    assert terms.coverage == "unclear"


def test_a_draft_note_asking_whether_the_royalty_is_included_is_no_zero_fee_line():
    terms = terms_of(
        pdf_from_text(
            "Draft order form. AMA CPT licence: TBD.",
            "[Note to draft: Sales to confirm whether the AMA royalty is included in the subscription or "
            "billed separately, and at what rate.]",
        )
    )
    assert terms.coverage == "unclear"


def test_a_drafts_bracketed_alternatives_fee_is_not_charged():
    terms = terms_of(
        pdf_from_text(
            "2.2 [Option A: Orvale shall bear all royalties payable to the American Medical Association for CPT "
            "content in the Software, and the fees in clause 2.1 include them.]",
            "[Option B: Customer shall reimburse Orvale for the AMA CPT royalty at $18.00 per user per year.]",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("unclear", None)


def test_an_amount_in_words_of_united_states_dollars():
    terms = terms_of(
        pdf_from_text(
            "4.3 LICENSEE shall pay to LICENSOR the CPT ROYALTY, being the sum of twenty-one United States "
            "dollars for each AUTHORIZED USER for each CONTRACT YEAR, which LICENSOR shall remit to the AMA.",
        )
    )
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (21.0, "user", "year")


def test_for_the_practice_it_will_be_names_the_cpt_fee_of_the_sentence_before():
    terms = terms_of(
        pdf_from_text(
            "Under our reseller agreement, the CPT royalty is billed separately and is not part of the subscription.",
            "For Northfield it will be $18.50 per user per year for each of your 22 users, invoiced each January.",
        )
    )
    assert (terms.coverage, terms.cpt_fee.amount, terms.cpt_fee.unit) == ("pass_through", 18.5, "user")


def test_another_feature_included_in_every_plan_is_not_cpt_in_the_price():
    terms = terms_of(
        pdf_from_text(
            "Dear Dr. Lane,",
            "The 2026 CPT and ICD-10-CM code updates were loaded into every account on January 1, and "
            "text-message reminders are now included in every plan.",
            "From 1 April 2026 the subscription rises by 4% to $62.40 per user per month.",
        )
    )
    assert terms.coverage == "not_addressed"


def test_a_body_saying_the_vendor_pays_against_a_fee_exhibit_with_no_precedence_is_unclear():
    terms = terms_of(
        pdf_from_pages(
            [
                [
                    "Master Agreement between Orvale Health, Inc. (Vendor) and the Customer.",
                    "1. Term. This Agreement runs for three years from the Effective Date.",
                    "2. Support. Vendor provides support on business days.",
                    "Vendor pays all royalties owed to the AMA for CPT content used by Customer, and no fee for CPT "
                    "is charged to Customer.",
                ],
                ["Exhibit B - Fees", "CPT licence pass-through: $20.00 per user per year."],
            ]
        )
    )
    assert terms.coverage == "unclear"


def test_an_unruled_fee_table_reads_row_by_row_under_its_header():
    lines = [
        "Sorrel Data, Inc. clearinghouse fee schedule.",
        "",
        "Service Monthly charge per location Notes",
        "Claims clearinghouse access $89.00 Unlimited electronic professional claims",
        "Real-time eligibility $25.00 Up to 800 inquiries per location",
        "CPT licence pass-through (AMA) $7.50 Applies while the coding module is enabled",
        "Remittance posting (835) $15.00",
    ]
    fee = terms_of(clause_pdf({"text": "\n".join(lines)})).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (7.5, "location", "month")


def test_a_withdrawn_fee_in_the_latest_message_of_a_thread_printed_newest_first():
    terms = terms_of(
        pdf_from_text(
            "Printed e-mail conversation (newest message first) From: Leah Fontaine <leah@orvale.example> "
            "To: Gordon Pike <gordon@saltcreek.example>",
            "Gordon, the CPT licence remains included in your Orvale subscription. We will not add the $19 per "
            "user per year royalty line I mentioned.",
            "From: Leah Fontaine",
            "Hi Gordon, from February we plan to add an AMA CPT royalty of $19 per user per year to all accounts.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_portal_operator_that_pays_the_fees_due_to_the_ama_covers_cpt():
    terms = terms_of(
        pdf_from_text(
            'These terms apply to physicians and practices (each a "Provider") who use the portal operated by '
            'Summit Vale Health Plan Services, Inc. (the "Operator").',
            "2. CPT Content",
            "The Operator uses CPT in the portal under a licence the Operator holds from the AMA, and the "
            "Operator pays all fees due to the AMA for that use.",
        )
    )
    assert terms.coverage == "vendor_covers"


def test_bracketed_alternatives_run_on_after_a_clause_title_are_still_alternatives():
    terms = terms_of(
        pdf_from_text(
            "4.2 CPT royalties. [ALTERNATIVE A: Vendor shall bear all royalties payable to the American Medical "
            "Association for CPT content, and no CPT fee shall be charged to Customer.] [ALTERNATIVE B: Customer "
            "shall pay Vendor a CPT royalty of $20.00 per user per year.]",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("unclear", None)


def test_depending_on_your_plan_included_or_billed_is_unclear():
    terms = terms_of(
        pdf_from_text(
            "Welcome to Orvale Health, Inc.",
            "Depending on your plan, the AMA CPT fee is either included in your subscription or billed "
            "separately at $19.50 per user per year.",
        )
    )
    assert terms.coverage == "unclear"


def test_a_software_licence_fee_per_workstation_is_not_the_cpt_fee():
    terms = terms_of(
        pdf_from_text(
            "2.2 SuperBill Studio does not include CPT, and Orvale grants no rights in CPT. Licensee is solely "
            "responsible for obtaining from the AMA any licence needed to use CPT with it, and for paying any "
            "fees for that licence.",
            "The licence fee is $349 per workstation, payable once.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("customer_must_license", None)


def test_the_ama_as_subject_of_charges_is_not_the_vendor_charging():
    terms = terms_of(
        pdf_from_text(
            "The American Medical Association charges software distributors a royalty for CPT codes used in "
            "their products, and that royalty rose again for 2026.",
            "We want to be direct: Orvale Health, Inc. will absorb the 2026 CPT royalty.",
            "Your invoices will not include a CPT, AMA or licensing surcharge.",
        )
    )
    assert terms.coverage == "vendor_covers"


def test_one_negation_over_a_list_of_verbs():
    terms = terms_of(
        pdf_from_text(
            'This Billing Services Agreement is between Orvale Billing, LLC ("Provider") and the Client.',
            "Provider does not furnish, sublicense or pay for CPT.",
        )
    )
    assert terms.coverage == "customer_must_license"


def test_a_may_in_a_clause_before_a_firm_duty_does_not_soften_it():
    terms = terms_of(
        pdf_from_text(
            "Before any user may view CPT in OrvaleOne, Subscriber must procure its own licence directly from the "
            "AMA or an AMA-authorized distributor and pay all fees for it.",
        )
    )
    assert terms.coverage == "customer_must_license"


def test_cpt_codes_on_superbills_supplied_by_the_practice_are_its_coding_not_a_code_set():
    terms = terms_of(
        pdf_from_text(
            "Orvale Billing, LLC will perform charge entry from superbills and encounter forms, including CPT "
            "procedure codes, modifiers and ICD-10-CM diagnosis codes supplied by Practice.",
        )
    )
    assert terms.coverage == "not_addressed"


def test_a_renewal_charge_after_a_sentence_saying_the_cpt_licence_will_be_billed():
    terms = terms_of(
        pdf_from_text(
            "Dear Practice Administrator,",
            "Your organization's CPT licence, which Harrow and Pike provides under its agreement with the AMA, "
            "expires on December 31, 2025. To keep CPT codes available, the renewal will be billed automatically.",
            "Renewal charge: three hundred ten dollars ($310.00) for your organization for the 2026 licence year.",
            "Harrow and Pike Software Ltd.",
        )
    )
    fee = terms.cpt_fee
    assert (terms.coverage, fee.amount, fee.unit, fee.period) == (
        "pass_through",
        310.0,
        "organization",
        "year",
    )


def test_a_plans_price_beside_cpt_coding_tools_is_not_the_cpt_fee():
    data = pdf_with_table(
        ["Orvale Clinical Cloud, Inc. pricing"],
        [
            ["Plan", "Price per provider per month", "What's included"],
            ["Starter", "$49", "Scheduling, patient portal"],
            ["Professional", "$99", "Everything in Starter, plus CPT/ICD-10 coding tools"],
        ],
    )
    text = pdf_from_text(
        "An AMA CPT content fee of $1.75 per provider per month is added to the Professional plan and shown as "
        "its own line on your invoice."
    )
    assert terms_of(data).cpt_fee is None
    assert terms_of(text).cpt_fee.amount == 1.75


def test_an_amendment_replacing_the_rate_of_a_section_that_recitals_say_is_the_cpt_royalty():
    terms = terms_of(
        pdf_from_text(
            "AMENDMENT NO. 2 TO SOFTWARE SERVICES AGREEMENT",
            "A. Section 6.4 of the Agreement requires Practice to reimburse Orvale for the royalty charged by the "
            "American Medical Association for CPT content, at $17.50 per provider per year.",
            "B. The AMA has increased the royalty it charges Orvale, and the parties wish to update Section 6.4.",
            "AGREEMENT",
            "1. Amendment of Section 6.4. Effective January 1, 2026, the rate in Section 6.4 is deleted and "
            "replaced with nineteen dollars ($19.00) per provider per year.",
            "2. Subscription fees. The monthly subscription fees in Exhibit A are not changed by this Amendment.",
        )
    )
    fee = terms.cpt_fee
    assert (terms.coverage, fee.amount, fee.unit, fee.period) == ("pass_through", 19.0, "provider", "year")


def test_services_that_may_include_cpt_code_search_say_nothing_of_licensing():
    terms = terms_of(
        pdf_from_text(
            "Orvale will provide the subscription services described in each Order, which may include scheduling, "
            "charge capture with CPT and HCPCS code search, and claims management.",
        )
    )
    assert terms.coverage == "not_addressed"


def test_a_note_under_the_table_gives_the_period_of_the_fees_column():
    lines = [
        "Orvale Therapy Systems, Inc. order form",
        "",
        "Item Per Clinician Per Practice Notes",
        "Orvale Documentation $59.00 - All clinicians",
        "CPT code licence (AMA) $1.60 - Required if Billing module used",
        "Home exercise library - $35.00",
        "Patient portal - $49.00",
        "Onboarding package - $1,200.00 One-time",
        "Total recurring $827.40",
        "",
        "Amounts in the Per Clinician column recur monthly and are billed in advance for every active clinician.",
    ]
    fee = terms_of(clause_pdf({"text": "\n".join(lines)})).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (1.6, "provider", "month")


def test_a_fee_per_subscription_year_is_not_a_subscription_price():
    data = pdf_with_table(
        ["Schedule B - Fees Outside the Subscription"],
        [
            ["Item", "Metric", "Fee"],
            ["CPT Content Fee", "per Authorized User per Subscription Year", "$21.00"],
            ["Additional sandbox environment", "per month", "$200.00"],
        ],
    )
    fee = terms_of(data).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (21.0, "user", "year")


def test_a_cpt_fee_for_customers_on_another_plan_is_not_this_practices_fee():
    terms = terms_of(
        pdf_from_text(
            "Order Form. Plan: Standard. Standard provider seat: $150.00 per provider per month.",
            "CPT content is included in every plan under the vendor's distribution license with the American "
            "Medical Association.",
            "Customers on the Analytics Premier plan, whose coding assistant reproduces CPT descriptors, pay an "
            "additional CPT royalty of $21.00 per provider per year.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_baa_precedence_clause_does_not_settle_a_cpt_conflict_between_body_and_exhibit():
    lines = [
        "Master Subscription Agreement",
        "5. Fees",
        "5.1 Customer shall pay the fees in Exhibit B.",
        "5.2 The CPT royalty is included in the subscription fee, and Vendor will not charge Customer separately for it.",
        "9. Business associate terms",
        "The parties' business associate addendum is incorporated by reference. If that addendum and this Agreement",
        "conflict on the handling of protected health information, the addendum controls on that subject.",
        "",
        "EXHIBIT B - FEES",
        "Item Amount",
        "EHR subscription per provider per month 310.00",
        "AMA CPT royalty per provider per year, billed separately 18.50",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert terms.coverage == "unclear"


def test_a_reference_to_an_exhibit_wrapped_onto_its_own_line_does_not_start_the_exhibit():
    lines = [
        "Subscription Agreement",
        'This Subscription Agreement is made on 2 March 2026 between Orvale Software, LLC ("Vendor") and the',
        'practice named below ("Customer"). It sets out the terms on which Vendor provides its hosted service.',
        "1. Subscription",
        'Vendor will provide Customer with its hosted EHR service (the "Service") for the number of users in',
        "Exhibit C.",
        "4. Fees",
        "4.1 Customer shall pay the fees described in Exhibit C. 4.2 The Service contains CPT codes licensed from the",
        "American Medical Association. The fees include all royalties payable to the AMA for Customer's use of the",
        "Service.",
        "",
        "Exhibit C. Fees",
        "Description Quantity Unit price Frequency",
        "EHR subscription 12 users $61.00 per user Monthly",
        "CPT licence fee 12 users $19.50 per user Annually",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert terms.coverage == "unclear"


def test_a_line_total_for_two_locations_is_not_the_per_location_cpt_fee():
    lines = [
        "Quote Q-7781 for a two-location practice. Options marked [X] are included in this quote.",
        "[X] Practice management subscription (per provider, monthly) $199.00 x 6 providers",
        "[X] AMA CPT code licence, pass-through at the AMA royalty plus handling, per practice location, billed annually",
        "$310.00 x 2",
        "Summary",
        "Monthly recurring (subscription) $1,194.00",
        "Annual recurring (CPT licence, 2 locations) $620.00",
    ]
    fee = terms_of(clause_pdf({"text": "\n".join(lines)})).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (310.0, "location", "year")


def test_a_defined_charge_whose_next_sentence_says_it_is_for_cpt_is_the_cpt_fee():
    terms = terms_of(
        pdf_from_text(
            "Renewal notice. Words we use in this notice:",
            '"Content Access Charge" means nineteen dollars and seventy-five cents (US$19.75) per Named User for '
            "each renewal year. It is the charge we collect from you for the American Medical Association's CPT "
            "content in the platform, and we remit the royalty portion to the AMA.",
        )
    )
    fee = terms.cpt_fee
    assert (terms.coverage, fee.amount, fee.unit, fee.period) == ("pass_through", 19.75, "user", "year")


def test_a_direct_ama_rate_quoted_not_as_a_charge_is_not_the_fee_and_the_host_pays_for_the_licence():
    terms = terms_of(
        pdf_from_text(
            'This Access Agreement is made by Kestrelwood Health System, Inc. ("Health System") and Ardley Family '
            'Medicine, LLC ("Practice").',
            "2.2 Health System has procured, and will pay for, the CPT licence that covers Practice's users under "
            "Health System's agreement with its EHR supplier, which is an AMA-authorised distributor. Practice will "
            "not be charged for that licence.",
            "2.3 For reference only, and not as a charge under this Agreement: if Practice were to license CPT "
            "directly from the AMA, the AMA's published internal-use rate is the entity fee plus $18.50 per user.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_priced_row_ending_in_its_unit_does_not_run_into_the_trademark_line_below():
    lines = [
        "Proposal for Sunbelt Family Care. 1. Overview: an ambulatory EHR with charge capture and CPT code search.",
        "2. Pricing",
        "Package Includes Price",
        "EHR + Revenue Core charting plus claims, remittance posting and patient statements $165 per user per month",
        "Portal Plus Online scheduling, intake forms and online bill pay for patients $60 per location per month",
        "CPT is a registered trademark of the American Medical Association.",
        "3. Key Terms. The term is 36 months from go-live.",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert (terms.coverage, terms.cpt_fee) == ("not_addressed", None)


def test_which_party_pays_for_a_licence_left_to_be_agreed_is_asked_not_said():
    terms = terms_of(
        pdf_from_text(
            "Amendment No. 2. 1. Section 8.4 (CPT royalty) of the Agreement is deleted.",
            "2. The parties will negotiate in good faith and agree in writing replacement terms on the licensing of "
            "CPT content, including which party is responsible for obtaining and paying for any licence from the AMA.",
        )
    )
    assert terms.coverage == "unclear"


def test_a_side_letters_flat_fee_notwithstanding_the_per_user_fee_is_the_fee():
    terms = terms_of(
        pdf_from_text(
            "Re: Side Letter to Master Software Agreement - CPT Royalty Fee",
            "1. Background. Section 8.2 of the Agreement and Item 6 of Order Form No. 1 provide for a CPT Royalty Fee "
            "of $19.00 per Named User per Contract Year.",
            "2. Flat fee. Notwithstanding Section 8.2 of the Agreement, for the 2025 and 2026 Contract Years the CPT "
            "Royalty Fee shall be a flat amount of $350.00 per Contract Year for Customer's organization as a whole, "
            "irrespective of the number of Named Users.",
        )
    )
    fee = terms.cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (350.0, "organization", "year")


def test_a_fee_for_the_whole_client_is_counted_per_organization_not_per_user():
    for words in (
        "Client shall pay an annual CPT code set access fee of US $125.00 for Client's organization, irrespective "
        "of the number of NPIs enrolled.",
        "Item 4. CPT Sub-licence Fee: USD 125.00 each year for the Licensee, covering all of its Authorised Users.",
    ):
        fee = terms_of(pdf_from_text("Fee schedule.", words)).cpt_fee
        assert (fee.amount, fee.unit, fee.period) == (125.0, "organization", "year"), words


def test_sums_payable_to_the_ama_borne_by_the_licensor_within_the_licence_fee_are_covered():
    terms = terms_of(
        pdf_from_text(
            "6.1 The Licensor shall procure and maintain a distribution licence from the AMA sufficient to permit "
            "the Licensee to use the CPT Content as part of the Software.",
            "6.2 All royalties, charges and other sums payable to the AMA in respect of such use shall be borne by "
            "the Licensor and are comprised within the Licence Fee, and the Licensor shall not seek to recover any "
            "of them from the Licensee.",
        )
    )
    assert terms.coverage == "vendor_covers"


def test_an_amendment_leaving_whether_a_royalty_is_payable_to_a_later_agreement_is_unclear():
    terms = terms_of(
        pdf_from_text(
            "Amendment No. 3. 2.1 With effect from 1 January 2026, Section 5.4 of the Agreement is deleted.",
            "2.2 The parties will address the licensing of CPT content, including whether any royalty is payable by "
            "Customer and in what amount, in a separate written agreement.",
            "2.3 Nothing in this Amendment shall be read as a waiver by Vendor of any right to recover such royalty, "
            "or as an agreement by Customer to pay it.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("unclear", None)


def test_a_royalty_included_or_invoiced_at_the_vendors_election_each_year_is_unclear():
    terms = terms_of(
        pdf_from_text(
            "3.2 Royalties payable to the AMA for Customer's use of CPT content may, at Vendor's election for each "
            "Contract Year, either be included in the Subscription Fees or be invoiced to Customer separately at "
            "Vendor's cost.",
        )
    )
    assert terms.coverage == "unclear"


def test_cpt_content_contained_in_the_platform_does_not_make_its_rate_a_platform_fee():
    terms = terms_of(
        pdf_from_text(
            '"Provider" means the medical practice that engages Company for billing services.',
            "4.3 Provider shall also reimburse Company for the licence charge attributable to the CPT content "
            "contained in the Platform, at the rate of $4.25 per Provider Location for each calendar month.",
        )
    )
    fee = terms.cpt_fee
    assert (terms.coverage, fee.amount, fee.unit, fee.period) == ("pass_through", 4.25, "location", "month")


def test_cpt_as_the_initials_of_another_product_is_not_the_code_set():
    terms = terms_of(
        pdf_from_text(
            "Winter newsletter. Our Care Pathway Templates (CPTs, as most of you call them) are step-by-step outreach "
            "plans for chronic conditions.",
            "The CPT library licence is now bundled differently: instead of $15 per coordinator per month, it is a "
            "flat $240 per care team per year.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("not_addressed", None)


def test_a_charge_the_latest_message_says_to_disregard_is_not_the_fee():
    terms = terms_of(
        pdf_from_text(
            "From: Dana Ruiz <dana@vendor.example> Date: 12 November 2025 Subject: RE: CPT charge",
            "Our leadership has decided that we will absorb the AMA royalty for CPT content for all customers. We "
            "will pay the AMA directly under our distribution agreement. Please disregard the $18-per-provider "
            "charge I described earlier.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_royalty_baked_into_the_seat_price_beside_what_a_colleague_said_the_ama_charges():
    terms = terms_of(
        pdf_from_text(
            "Chat transcript. Customer: A colleague told me the AMA charges $18.50 a user for CPT. Do we owe that?",
            "Agent: We're an AMA-licensed distributor and the royalty is baked into your per-seat price ($72 per "
            "seat per month on your plan).",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_note_about_the_cpt_lines_gives_their_period():
    lines = [
        "Invoice HPS-2026-0118 for January 2026",
        "Description Qty Unit price Amount",
        "PM clinician seat, monthly 3 $79.00 $237.00",
        "AMA CPT royalty (per rendering provider) 3 $18.50 $55.50",
        "CPT licence processing fee (per rendering provider) 3 $1.50 $4.50",
        "Total due $297.00",
        "About the AMA CPT lines",
        "The two CPT lines appear once per code-set licence period, on the first invoice of the year.",
    ]
    fee = terms_of(clause_pdf({"text": "\n".join(lines)})).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (20.0, "provider", "year")


def test_an_action_item_asking_whether_cpt_is_included_is_a_question_with_its_due_date():
    terms = terms_of(
        pdf_from_text(
            "Meeting notes, 18 November. The vendor said CPT licensing is covered somewhere.",
            "Actions: 1. Natalie to send written answer: is the CPT licence included in the subscription or charged "
            "separately, and if so how much? (due 25 Nov)",
        )
    )
    assert terms.coverage == "unclear"


def test_codes_that_need_to_be_covered_by_an_ama_licence_say_no_one_must_license():
    terms = terms_of(
        pdf_from_text(
            "Chat transcript. Agent: CPT codes in the platform do need to be covered by an AMA licence - that's an "
            "AMA rule. I can't tell you whether we'll charge for it; billing will confirm at renewal.",
        )
    )
    assert terms.coverage == "unclear"


def test_a_royalty_passed_through_beside_an_exemption_for_practices_with_their_own_licence():
    terms = terms_of(
        pdf_from_text(
            "Release notes. From this release, Orchard Software, Inc. distributes CPT content under its own agreement "
            "with the American Medical Association.",
            "As part of that agreement we will pass the AMA's royalty through to you at cost for each active "
            "provider. Practices that already hold their own AMA licence can send us a copy to be exempted.",
        )
    )
    assert terms.coverage == "pass_through"


def test_cpt_provided_under_licence_from_the_ama_with_fees_that_may_apply_is_unclear():
    terms = terms_of(
        pdf_from_text(
            "Pricing. Essentials $89 per clinician per month.",
            "Footnotes: CPT content is provided under licence from the American Medical Association. Fees for "
            "third-party content may apply.",
        )
    )
    assert terms.coverage == "unclear"


def test_cpt_charges_left_to_an_order_form_that_is_not_there_are_unclear():
    terms = terms_of(
        pdf_from_text(
            "Questionnaire response. 4.2 Yes, the vendor has a distribution agreement with the AMA.",
            "4.3 Who pays the AMA royalty? CPT licensing terms for each practice are governed by our AMA distribution "
            "agreement and the applicable Order Form.",
            "4.4 Please list any CPT-related charges. See the applicable Order Form.",
        )
    )
    assert terms.coverage == "unclear"


def test_a_processing_fee_on_the_row_after_the_royalty_is_added_in_the_same_column():
    lines = [
        "Renewal quote for the 2026 contract year",
        "Licensing pass-throughs",
        "Item Qty Unit price Period Total",
        "CPT royalty (American Medical Association), per licensed user 14 $18.50 annual $259.00",
        "Collection & reporting fee, per licensed user 14 $3.00 annual $42.00",
        "Card processing for patient payments 2.7% + $0.30 per transaction",
        "Total for 2026 renewal term $16,213.00",
    ]
    fee = terms_of(clause_pdf({"text": "\n".join(lines)})).cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (21.5, "user", "year")


def test_a_help_page_that_states_the_total_of_royalty_and_add_on_charges_the_total():
    terms = terms_of(
        pdf_from_text(
            "What is this charge? Every software company that shows CPT codes pays the AMA a royalty for each "
            "person who uses them. How much is it?",
            "For calendar year 2026 the royalty the AMA charges us is $18.50 per rendering clinician. We add $2.50 "
            "to cover card processing and the usage reports we file. So the line on your invoice is $21.00.",
        )
    )
    fee = terms.cpt_fee
    assert (fee.amount, fee.unit, fee.period) == (21.0, "provider", "year")


def test_an_icd_and_hcpcs_tool_that_contains_no_cpt_does_not_address_cpt():
    terms = terms_of(
        pdf_from_text(
            "QuickCode: ICD-10-CM and HCPCS Level II lookup. Developer: Morrow Coding Tools, LLC. Contains no CPT "
            "content.",
            "HCPCS Level II updates are $4.99 a quarter.",
        )
    )
    assert terms.coverage == "not_addressed"


def test_cpt_codes_a_clinician_selects_for_a_visit_summary_are_coding_not_a_code_set_to_load():
    terms = terms_of(
        pdf_from_text(
            "Telehealth platform terms. Visit summaries list the diagnosis codes and CPT codes you select so that "
            "your billing team can enter the charge.",
            "CPT is a registered trademark of the American Medical Association.",
        )
    )
    assert terms.coverage == "not_addressed"


def test_renewal_rows_with_two_price_columns_each_stay_their_own_row():
    lines = [
        "Renewal order. The renewal column replaces the current column in full once signed.",
        "Item Current (2025) Renewal (2026) Change",
        "Clinician subscription, per clinician per month, for every licensed clinician $74.00 $79.00 +$5.00",
        "Measurement-based care add-on, per clinician per month, for enrolled clinicians $12.00 $12.00 -",
        "AMA fee (CPT royalty), per clinician per year $20.00 $0.00 - included in subscription",
        "Client text reminders, per message sent through the patient messaging service $0.04 $0.04 -",
        "No separate AMA fee will be charged for 2026 or later years.",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_future_invoices_that_will_not_include_a_cpt_charge_are_no_charge():
    terms = terms_of(
        pdf_from_text(
            "Credit memo CM-1182. This credit reverses line 3 of invoice 20417 (CPT licence pass-through, 12 users "
            "at $19.00, $228.00), billed in error. Under Section 4.2 of your agreement the CPT royalty is included.",
            "Future invoices will not include a CPT charge.",
        )
    )
    assert terms.coverage == "vendor_covers"


def test_an_mso_known_by_its_initials_pays_for_cpt_whoever_charges_the_royalty():
    terms = terms_of(
        pdf_from_text(
            'This Agreement is between Cedar Hollow Management Services Organization, LLC ("MSO") and Lone Oak '
            'Primary Care Associates, PLLC ("Practice").',
            "MSO shall obtain and pay for all CPT licences and royalties required for Practice's physicians to use "
            "the MSO Platform, whether those royalties are charged by the platform vendors or directly by the AMA.",
        )
    )
    assert terms.coverage == "vendor_covers"


def test_a_negation_over_an_aside_reaches_the_separate_royalty_after_it():
    terms = terms_of(
        pdf_from_text(
            "Vendor holds a distribution licence from the AMA and sublicenses CPT content to Customer.",
            "Vendor shall not invoice, and shall not be entitled to invoice, any separate royalty, surcharge or "
            "pass-through for CPT content.",
        )
    )
    assert terms.coverage == "vendor_covers"


def test_the_charge_in_an_e_mail_is_the_one_its_subject_names():
    terms = terms_of(
        pdf_from_text(
            "From: Dana Whitcombe <dana@billing.example> To: Rick Ansel <office@ortho.example>",
            "Date: Friday, March 7, 2025 11:03 AM",
            "Subject: RE: CPT licence charge on your monthly statement Rick,",
            "Correction to my first note: the figure I gave left out the processing cost our platform adds.",
            "The charge will be $2.25 per rendering provider per month, and that is the amount that will appear on "
            "your statements from April onward.",
        )
    )
    fee = terms.cpt_fee
    assert (terms.coverage, fee.amount, fee.unit, fee.period) == ("pass_through", 2.25, "provider", "month")


def test_an_english_plc_is_the_supplier_and_the_licensee_must_procure_its_own_licence():
    terms = terms_of(
        pdf_from_text(
            "These Framework Terms are entered into between Wolverton Digital Health plc, a company registered in "
            'England and Wales (the "Supplier"), and Evergreen Vascular Surgeons, PLLC (the "Licensee").',
            "3.2 The Supplier does not hold a CPT distribution licence and does not provide CPT content. The Licensee "
            "shall procure and maintain, at its own cost, a licence from the AMA that covers all of its Users.",
        )
    )
    assert (terms.vendor, terms.coverage) == ("Wolverton Digital Health plc", "customer_must_license")


def test_no_cpt_charge_on_an_order_from_a_seller_that_does_not_sublicense_cpt_is_no_coverage():
    terms = terms_of(
        pdf_from_text(
            "Purchase order PO-7731, accepted by Seller on the conditions below.",
            "2. Buyer shall load CPT codes into the app only under a CPT licence held by Buyer, from the American "
            "Medical Association or from an authorized distributor.",
            "3. Seller does not sublicense CPT and no CPT charge is included in or added to this order.",
        )
    )
    assert terms.coverage == "customer_must_license"


def test_the_amas_internal_use_terms_quoted_for_comparison_are_not_the_vendors_fee():
    terms = terms_of(
        pdf_from_text(
            'Code-set schedule to the agreement between Redfern Practice Systems, Inc. ("Redfern") and the Client. '
            "Redfern is an AMA-authorized distributor of CPT. Redfern sublicenses CPT to Client "
            "for use in the PM system and pays the AMA the per-user royalty for all of Client's users itself.",
            "For comparison only: for 2025 the AMA's published internal-use terms were an entity fee plus $18.50 per "
            "user, per application. A practice licensing directly, with 30 users, would therefore pay about $637.50 "
            "a year for this one application.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_price_row_under_a_bullet_about_cpt_frequency_edits_is_not_a_cpt_fee():
    lines = [
        "Order for the Primary Care Suite",
        "• Superbill builder: practices create superbills with their most-used codes and modifiers",
        "• Claims scrubber with payer-specific CPT frequency edits",
        "Prices",
        "Item Price Basis",
        "Primary Care Suite $310.00 per provider per month",
        "ICD-10-CM annual update service $60.00 per year",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert (terms.coverage, terms.cpt_fee) == ("not_addressed", None)


def test_a_corrected_amount_after_the_figure_it_corrects_is_the_fee():
    terms = terms_of(
        pdf_from_text(
            "Billing notice from Tern Harbor Health Software, Inc. to the practice.",
            "Last week our support desk said the CPT licence charge for 2026 would be $26 per provider. "
            "That figure came from an old price sheet. The correct amount is $23.75 per provider per year.",
        )
    )
    assert terms.coverage == "pass_through"
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (23.75, "provider", "year")


def test_a_fee_another_ehr_charges_is_not_this_vendors_fee():
    terms = terms_of(
        pdf_from_text(
            "Customer forum, Larkspur Clinical Cloud, Inc. Thread: AMA fee next year?",
            "Member post: A friend's clinic on a different EHR was sent a $19 per provider AMA licence fee for 2026. "
            "Will Larkspur do the same?",
            "Staff reply: Our pricing team has not yet decided whether any separate CPT charge will apply to "
            "customers next year. We will post here once a decision has been made.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("unclear", None)


def test_use_of_cpt_that_has_to_be_licensed_says_no_one_must_license():
    terms = terms_of(
        pdf_from_text(
            "Help article from Quillon Health Systems, Inc.: Am I charged for CPT codes?",
            "CPT codes belong to the American Medical Association, and their use in software has to be licensed. "
            "How that works for you depends on the agreement you signed.",
        )
    )
    assert terms.coverage == "unclear"


def test_a_royalty_whose_allocation_the_board_will_determine_leaves_who_pays_open():
    terms = terms_of(
        pdf_from_text(
            "Technology schedule of the Brookmere Physicians Association (the 'Association') for its members. "
            "The platform is supplied by Halden Cloud Health, Inc.",
            "4.1 The platform holds CPT content of the American Medical Association, for which the vendor charges a "
            "royalty for each user.",
            "4.2 The Board may resolve, for any Plan Year, to pay those CPT royalties out of Association funds for "
            "all members. Failing such a resolution, the allocation of CPT royalties for that Plan Year shall be "
            "determined by the Board and announced to members.",
            "4.3 The Board has not made an election for the 2027 Plan Year.",
        )
    )
    assert terms.coverage == "unclear"


def test_cpt_driven_charge_capture_is_a_feature_not_a_licensing_term():
    terms = terms_of(
        pdf_from_text(
            "Order for the Orrin Oncology Suite from Pellham Medical Software, LLC.",
            "The suite offers chemotherapy scheduling, CPT-driven charge capture for infusions, and a registry "
            "export. Implementation fee: $4,500.00. Training: $900.00 per day.",
        )
    )
    assert terms.coverage == "not_addressed"


def test_a_defined_fee_that_the_next_sentence_says_represents_the_cpt_royalty_is_the_fee():
    terms = terms_of(
        pdf_from_text(
            'Participation Agreement between Corvane Health Networks, Inc. ("Corvane") and the Participating '
            "Practice.",
            '1.4 "Content Access Charge" means $88.00 per Participating Physician per Contract Year. It represents '
            "the CPT royalty Corvane pays the American Medical Association for the Participating Practice.",
            "3.2 The Participating Practice pays the Content Access Charge to Corvane each Contract Year.",
        )
    )
    assert terms.coverage == "pass_through"
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (88.0, "provider", "year")


def test_a_cpt_fee_shown_on_the_invoice_and_not_included_in_the_price_is_charged():
    terms = terms_of(
        pdf_from_text(
            "Order Form, Wrenfield Clinical Apps, Inc. Coding Assistant module: $64.00 per provider per month.",
            "Provider in this Order Form means a physician or nurse practitioner of the Customer.",
            "If the Customer orders the Coding Assistant module, the Customer also pays a CPT content fee of $1.90 "
            "per Provider per month. The CPT content fee is shown separately on the monthly invoice and is not "
            "included in the $64.00 module price.",
            "If the Customer does not order the module, no CPT content fee is payable for any other Wrenfield "
            "product. The Customer has ordered the Coding Assistant module.",
        )
    )
    assert terms.coverage == "pass_through"
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (1.9, "provider", "month")


def test_a_reserved_right_to_pass_through_royalties_defined_through_licensors_leaves_who_pays_open():
    terms = terms_of(
        pdf_from_text(
            'SUBSCRIPTION AGREEMENT between Halloway Systems, Inc. (hereinafter "Halloway") and the Customer.',
            "ARTICLE I - DEFINITIONS",
            '1.1 "Licensors" shall mean the persons from whom Halloway licenses content incorporated in the '
            'Software, including the American Medical Association in respect of CPT. 1.2 "Software" shall mean '
            'the Halloway suite. 1.3 "Royalties" shall mean sums payable to Licensors for content in the Software.',
            "ARTICLE III - ROYALTIES",
            "3.1 Halloway reserves the right, should any Licensor so require, to pass through to Customer the "
            "Royalties attributable to Customer's use, at rates Halloway may later notify.",
            "3.2 As of the date hereof Halloway has given no notice under Section 3.1.",
        )
    )
    coverage = next(f for f in terms.findings if f.field == "coverage")
    assert terms.coverage == "unclear"
    assert "reserves the right" in coverage.quote  # "Royalties" is a CPT term through "Licensors"


def test_content_incorporated_in_the_software_is_no_royalty_included_in_the_price():
    terms = terms_of(
        pdf_from_text(
            'Agreement between Ostrava Health Apps, Inc. ("Ostrava") and the Customer.',
            '1.3 "Royalties" shall mean amounts payable to the American Medical Association for CPT content '
            "incorporated in the Software.",
            "5.1 Customer shall pay Ostrava the Royalties as invoiced each year.",
        )
    )
    assert terms.coverage == "pass_through"


def test_a_cdt_licence_charged_separately_and_a_subscription_row_with_cpt_included_are_no_cpt_fee():
    lines = [
        "Services Agreement between Marrowby Health Systems, Inc. and the Center",
        "2.1 Marrowby is an AMA-authorized distributor of CPT and sublicenses it to the Center for the Medical",
        "Module. The CPT royalty is included in the Medical Module subscription fee.",
        "2.2 The Dental Module includes CDT, which is licensed from the American Dental Association. The CDT",
        "licence fee in Schedule 1 is charged separately for each Dental Module user.",
        "Schedule 1 - Fees",
        "Medical Module subscription (CPT included) per provider per month $240.00",
        "Dental Module CDT licence fee per dental user per year $12.00",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)
    assert finding(terms, "coverage").confidence >= 0.8  # no CPT fee in the schedule contradicts it


def test_a_list_of_exhibits_wrapped_after_a_comma_starts_no_exhibit():
    lines = [
        "MASTER TERMS",
        "Quenby Oncology Suite",
        "Quenby Oncology Software, Inc., 40 Harbor Way, Norfolk, Virginia 23510",
        "Customer: Tallis Creek Oncology, P.C. Effective Date: January 1, 2026",
        "1. Structure and Precedence",
        "1.1 This agreement consists of these Master Terms, Exhibit A (Products), Exhibit B (Support Levels),",
        "Exhibit C (Pricing Worksheet) and any Order Form.",
        "1.2 If they conflict, these Master Terms prevail over the Exhibits.",
        "4.2 The Products include CPT content that Quenby distributes under its licence from the American Medical",
        "Association. There is no separate charge for CPT content; its royalty is included in the License Fees.",
        "4.3 Implementation services are billed as incurred at the rates in Exhibit C.",
        "Exhibit A - Products",
        "Oncology EHR; Regimen Library; Infusion Scheduling; Patient Portal.",
        "Exhibit B - Support Levels",
        "Availability 99.8% monthly. Severity 1 response within 30 minutes.",
        "Exhibit C - Pricing Worksheet",
        "Item Qty Unit price Annual",
        "Suite licence - physician 6 $4,200.00 per year $25,200.00",
        "AMA CPT licence 30 $17.00 per User per year $510.00",
        "Implementation (estimate) 1 $185.00 per hour $18,500.00",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert terms.coverage == "vendor_covers"


def test_nor_shall_vendor_invoice_and_nothing_obliging_customer_to_pay_mean_no_cpt_charge():
    terms = terms_of(
        pdf_from_text(
            'LICENCE AGREEMENT between Ashgrove Clinical Systems, Inc. ("Vendor") and the Customer.',
            "2.2 Vendor grants Customer a sublicence to use CPT, as incorporated in the Licensed Software, under "
            "Vendor's agreement with the American Medical Association.",
            "3.2 Customer shall not be required to obtain any separate licence for CPT, nor shall Vendor invoice "
            "Customer for any royalty or surcharge in respect of CPT that is not already included in the "
            "Subscription Fees.",
            "3.3 Nothing in this Agreement shall be construed as obliging Customer to pay any amount in respect of "
            "CPT other than the Subscription Fees.",
            "Exhibit 1 - Subscription Fees",
            "Core EHR Yes $310.00 per physician per month",
            "CPT Coding Assistant Yes $35.00 per physician per month",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_a_plan_price_beside_no_cpt_fee_is_not_the_cpt_fee():
    terms = terms_of(
        pdf_from_text(
            "Notice from Corran Telehealth, Inc. to its customers. Subject: no CPT fee after all.",
            "Last month we wrote that a CPT fee of $1.50 per provider per month would be added to invoices. Our "
            "board has now decided that Corran Telehealth, Inc. will absorb the AMA royalty for CPT codes used in "
            "the app. Please disregard the earlier message.",
            "No CPT fee will appear on your invoices, and your plan price of $52 per provider per month is "
            "unchanged.",
        )
    )
    assert (terms.coverage, terms.cpt_fee) == ("vendor_covers", None)


def test_it_is_not_the_case_that_users_must_hold_a_cpt_licence():
    terms = terms_of(
        pdf_from_text(
            "Service Agreement, Dunmere Anesthesia Billing Software, LLC.",
            "The application contains CPT codes and descriptors licensed from the American Medical Association. "
            "No CPT royalty will be invoiced to Customer separately.",
            "It is not the case that Customer's users must hold any CPT licence of their own to use the "
            "application.",
        )
    )
    assert terms.coverage == "vendor_covers"


def test_the_text_an_amendment_says_a_section_currently_reads_is_not_in_force():
    terms = terms_of(
        pdf_from_text(
            'Second Amendment between Orwell Practice Cloud, Inc. ("Orwell") and Fenwick Family Medicine, P.C. '
            '("Customer").',
            'Section 9.2 of the Agreement currently reads: "Orwell distributes CPT content in the Service under its '
            "licence from the American Medical Association, and the applicable royalties are included in the "
            'Subscription Fees."',
            "Effective March 1, 2026, Section 9.2 of the Agreement is deleted and replaced with the following: "
            '"Customer shall obtain, at its own expense, its own licence for CPT content used in the Service. '
            'Orwell does not distribute CPT content and no CPT royalty is included in the Subscription Fees."',
        )
    )
    assert terms.coverage == "customer_must_license"


def test_a_cpt_licence_row_whose_label_sits_on_the_line_above_its_price_is_the_fee():
    lines = [
        "Holloway Rehab Systems, LLC - Order Form",
        "1. Products and Fees",
        "Item Basis Frequency Qty Unit price Extended",
        "Clinic subscription per licensed user monthly 6 $52.00 $312.00",
        "Coding Module per clinic monthly 1 $30.00 $30.00",
        "AMA CPT end-user licence (required with Coding Module)",
        "per licensed user annual 6 $18.75 $112.50",
        "Implementation per clinic one time 1 $600.00 $600.00",
        "2. Order Terms",
        "The licence line is a pass-through of the royalty the AMA requires for CPT content in the software.",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert terms.coverage == "pass_through"
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (18.75, "user", "year")


def test_a_correction_that_disregards_what_was_written_and_does_not_yet_know_leaves_who_pays_open():
    terms = terms_of(
        pdf_from_text(
            "Support ticket 5521, Kestwick Practice Systems, Inc.",
            "Monday's reply: Yes, the CPT royalty is included in your Kestwick subscription; there is nothing extra "
            "to pay.",
            "Thursday's reply: A correction. Please disregard what I wrote on Monday about the CPT royalty. Your "
            "practice is on the Basic tier, and I don't yet know how the AMA royalty will be handled for Basic "
            "customers next year.",
        )
    )
    assert terms.coverage == "unclear"


def test_an_additional_licence_that_may_be_required_is_no_separate_charge():
    terms = terms_of(
        pdf_from_text(
            "Product sheet, Tormead Dental Software, Inc. The medical billing module uses CPT codes on claims.",
            "An additional licence may be required for CPT content; please contact your account manager.",
        )
    )
    assert terms.coverage == "unclear"


def test_cpt_codes_provided_for_information_in_a_test_directory_address_no_licence():
    terms = terms_of(
        pdf_from_text(
            "Client handbook, Harrowgate Reference Laboratories, LLC. Test directory.",
            "The CPT codes shown below are provided for your information and reflect how the laboratory bills each "
            "test. Coding is the responsibility of the billing party.",
            "Lipid panel 80061. Comprehensive metabolic panel 80053. Hemoglobin A1c 83036.",
        )
    )
    assert terms.coverage == "not_addressed"


def test_a_fee_for_the_renewal_year_is_yearly():
    terms = terms_of(
        pdf_from_text(
            "Renewal letter from Tidemark Chiro Software, Inc.",
            "P.S. The AMA's royalty for the CPT codes in the software is passed through to each practice. In 2025 "
            "this charge was $28.00 per office. For the 2026 renewal year it will be $33.00 per office, reflecting "
            "the AMA's revised pricing.",
        )
    )
    assert terms.coverage == "pass_through"
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (33.0, "location", "year")


def test_a_cpt_module_marked_no_in_an_elected_column_is_no_fee():
    data = pdf_with_table(
        [
            'Order Form between Larchmont Wound Software, Inc. ("Larchmont") and the Customer named below.',
            "3.2 Larchmont does not license CPT to Customer under this order. Any CPT codes Customer enters must be "
            "licensed by Customer itself, from the American Medical Association or another authorized distributor.",
            "Optional modules",
        ],
        [
            ["Module", "Elected?", "Price if elected"],
            ["CPT Content Module (AMA-licensed CPT codes)", "No", "$2.75 per user per month"],
            ["Billing and claims", "Yes", "$90.00 per clinic per month"],
        ],
    )
    terms = terms_of(data)
    assert (terms.coverage, terms.cpt_fee) == ("customer_must_license", None)


def test_a_party_that_does_not_license_cpt_to_customer_leaves_the_licence_to_the_customer():
    terms = terms_of(
        pdf_from_text(
            "Order Form, Larchmont Wound Software, Inc.",
            "3.2 Larchmont does not license CPT to Customer under this order.",
        )
    )
    assert terms.coverage == "customer_must_license"


def test_a_cpt_charge_for_the_clients_account_is_per_organization():
    terms = terms_of(
        pdf_from_text(
            "Billing Services Agreement, Morrow Claims Partners, LLC.",
            "3.2 Client will pay Morrow an annual CPT Licence Charge of $240.00 for Client's account.",
        )
    )
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (240.0, "organization", "year")


def test_a_cpt_row_under_list_discount_net_columns_costs_the_net_price():
    lines = [
        "Order Form, Pellworth Urgent Care Systems, Inc.",
        "Item Unit List (monthly) Discount Net (monthly)",
        "Platform subscription per Location $1,200.00 10% $1,080.00",
        "CPT Content Charge per Location $9.00 20% $7.20",
        "The CPT Content Charge recovers the royalty the AMA charges us for CPT codes used at each Location.",
    ]
    terms = terms_of(clause_pdf({"text": "\n".join(lines)}))
    assert (terms.cpt_fee.amount, terms.cpt_fee.unit, terms.cpt_fee.period) == (7.2, "location", "month")
