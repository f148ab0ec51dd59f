"""blind_aa: documents whose label is vendor_covers (the vendor pays or includes the AMA royalty)."""
from docs_common import boiler, make, std_terms


def v_sublicense_included():
    V = "Elmstead Practice Cloud, Inc."
    b = [("title", "SAAS SUBSCRIPTION AGREEMENT"),
         ("sub", "Elmstead Practice Cloud, Inc.  -  Family Medicine Edition"),
         ("p", "This SaaS Subscription Agreement is entered into as of January 6, 2025 by Elmstead Practice "
               "Cloud, Inc., a North Carolina corporation, 310 Glenwood Avenue, Raleigh, North Carolina 27603 "
               "(\"Elmstead\"), and Oak Bluff Family Medicine, PLLC (\"Subscriber\")."),
         ("h", "1. Subscription and Pricing"),
         ("p", "1.1 Subscriber subscribes to the Elmstead EHR, practice management and patient engagement "
               "services (the \"Service\") for the Subscribed Providers listed in the Pricing Table."),
         ("table", [["Package", "Includes", "Price"],
                    ["Essentials", "EHR, e-prescribing, CPT\u00ae and ICD-10 code search", "$279 per provider per month"],
                    ["Complete", "Essentials + PM, claims, CPT\u00ae-based charge capture", "$379 per provider per month"],
                    ["Complete Plus", "Complete + patient portal, reminders, analytics", "$429 per provider per month"]],
          {"widths": [2, 5, 3]}),
         ("p", "Subscriber has selected Complete for 4 Subscribed Providers. Additional staff logins are "
               "included without charge."),
         ("h", "2. CPT Content"),
         ("p", "2.1 Elmstead is party to a distribution license agreement with the American Medical Association "
               "(\"AMA\") and on that basis grants Subscriber a limited, non-exclusive, non-transferable "
               "sublicense to use CPT content in the Service for Subscriber's internal use in the United States."),
         ("p", "2.2 The royalties payable to the AMA for Subscriber's use of CPT content through the Service, for "
               "every user Subscriber has, are included in the subscription prices above. Elmstead pays those "
               "royalties to the AMA itself and will not invoice Subscriber separately for CPT content."),
         ("p", "2.3 Subscriber may not copy CPT content out of the Service, create derivative works, or make CPT "
               "content available to any other entity, including affiliates. The sublicense ends if Elmstead's "
               "agreement with the AMA ends, unless the AMA consents otherwise or Subscriber enters into a "
               "license directly with the AMA. CPT copyright 2024 American Medical Association. All rights "
               "reserved. The AMA does not directly or indirectly practice medicine or dispense medical services."),
         ]
    bb, n = boiler(3, "Elmstead", "Subscriber", "the State of North Carolina",
                   [("pay", 0), ("supp", 0), ("conf", 0), ("priv", 0), ("ip", 0), ("warr", 0), ("liab", 0),
                    ("term", 0), ("gen", 0)])
    b += bb
    b += [("sig", [("ELMSTEAD PRACTICE CLOUD, INC.", "Warren Abbott", "Chief Executive Officer", "January 6, 2025"),
                   ("OAK BLUFF FAMILY MEDICINE, PLLC", "Dr. Renata Ocampo", "Owner", "January 6, 2025")])]
    return make("v_sublicense_included", V, "vendor_covers", None,
                "SaaS agreement with a CPT sublicence grant stating that AMA royalties for all users are included "
                "in the per-provider subscription prices and will not be invoiced separately.",
                b, family="Helvetica", size=9.5)


def v_zero_line():
    V = "Garrison Bay Medical Software, LLC"
    b = [("title", "CUSTOMER ORDER FORM"),
         ("sub", "Garrison Bay Medical Software, LLC  |  Order GB-40562  |  Cardiology Practice Bundle"),
         ("kv", [("Customer", "Tri-River Heart Specialists, P.C., 700 Grant Street, Pittsburgh, Pennsylvania 15219"),
                 ("Vendor", "Garrison Bay Medical Software, LLC, 18 Wharf Street, Baltimore, Maryland 21231"),
                 ("Governing agreement", "Garrison Bay Software License and Services Agreement dated May 1, 2023"),
                 ("Order effective date", "June 1, 2025")]),
         ("table", [["Line", "Product / service", "Qty", "Unit price", "Term", "Extended"],
                    ["1", "Cardiology EHR named-user licence", "22", "$1,150.00", "per user, perpetual", "$25,300.00"],
                    ["2", "Annual support and updates (18%)", "1", "$4,554.00", "per year", "$4,554.00"],
                    ["3", "AMA CPT\u00ae licence, per user", "22", "$0.00", "per year - INCLUDED", "$0.00"],
                    ["4", "ICD-10-CM / ICD-10-PCS annual update", "1", "$0.00", "per year", "$0.00"],
                    ["5", "HCPCS Level II quarterly update", "1", "$0.00", "per year", "$0.00"],
                    ["6", "Echo and Holter device interface", "3", "$2,750.00", "one-time", "$8,250.00"],
                    ["7", "Implementation and set-up", "1", "$9,800.00", "one-time", "$9,800.00"],
                    ["8", "Training (on-site, per day)", "4", "$1,400.00", "one-time", "$5,600.00"],
                    ["", "ORDER TOTAL", "", "", "", "$53,504.00"]],
          {"widths": [0.5, 4, 0.6, 1.4, 2.2, 1.5], "bold_last": True, "size": 8}),
         ("h2", "Order notes"),
         ("bullets", ["Line 3: the CPT royalty for every named user is borne by Garrison Bay under its agreement "
                      "with the American Medical Association and is included in the licence and support fees. It is "
                      "shown so that Customer's auditors can see the CPT licence is in place.",
                      "Lines 4 and 5 are government code sets supplied with the annual support package.",
                      "Line 2 is invoiced annually in advance from go-live; lines 1, 6, 7 and 8 are invoiced 50% "
                      "on signature and 50% on go-live.",
                      "Travel for on-site training is billed at cost, capped at $1,800 per trip."]),
         ("h2", "CPT end-user terms (incorporated)"),
         ("p", "Customer's use of CPT is limited to use within the licensed software for Customer's internal "
               "purposes. Customer shall not sublicense, publish or distribute CPT, and acknowledges that the AMA "
               "is a third-party beneficiary of these terms. U.S. Government rights in CPT are limited as provided "
               "in FAR 52.227-14 and DFARS 252.227-7015. The AMA does not directly or indirectly practice medicine "
               "or dispense medical services."),
         ("p", "This Order Form is subject to the governing agreement named above. Pricing is valid until "
               "May 30, 2025."),
         ("sig", [("GARRISON BAY MEDICAL SOFTWARE, LLC", "Colin Mercer", "VP Sales", "May 22, 2025"),
                  ("TRI-RIVER HEART SPECIALISTS, P.C.", "Dr. Fatima Qureshi", "President", "May 28, 2025")])]
    b += std_terms("Software License and Services Agreement (May 1, 2023) - summary of key terms", "Garrison Bay",
                   "Customer", "the State of Maryland",
                   [("ip", 0), ("supp", 0), ("conf", 1), ("priv", 0), ("warr", 0), ("liab", 1), ("term", 0), ("gen", 0)])
    return make("v_zero_line", V, "vendor_covers", None,
                "Order form with an 'AMA CPT licence, per user' line at $0.00 marked INCLUDED and a note that the "
                "vendor bears the royalty, beside set-up, training, interface, ICD-10 and HCPCS lines.",
                b, family="Helvetica", size=9)


def v_ama_compare():
    V = "Redfern Valley PM Systems, Inc."
    b = [("title", "Redfern Valley PM Systems, Inc."),
         ("sub", "Practice Management Services Agreement - Schedule 3 (Code Sets and Content)"),
         ("p", "This Schedule 3 forms part of the Practice Management Services Agreement dated April 1, 2025 "
               "between Redfern Valley PM Systems, Inc. (\"Redfern\") and Greenhill Ear, Nose & Throat, P.A. "
               "(\"Client\"). Section numbers refer to this Schedule."),
         ("h", "3.1 Code sets supplied"),
         ("p", "Redfern supplies and updates the following code sets within the PM system: CPT (annually, with "
               "mid-year updates), HCPCS Level II (quarterly), ICD-10-CM (annually and on CMS off-cycle releases), "
               "place-of-service and modifier tables, and payer-specific edits."),
         ("h", "3.2 CPT licence and royalty"),
         ("p", "Redfern is an AMA-authorized distributor of CPT. Redfern sublicenses CPT to Client for use in the "
               "PM system and pays the AMA the per-user royalty for all of Client's users itself. The royalty is "
               "part of Redfern's cost of service and Client will not see a CPT, AMA or royalty line on any "
               "Redfern invoice during the term of the Agreement."),
         ("h", "3.3 For information: what a direct licence would cost"),
         ("p", "Clients sometimes ask what they would pay if they licensed CPT themselves. For 2025 the AMA's "
               "published internal-use terms were an entity fee (previously $82.50) plus $18.50 per user, per "
               "application. A practice of Client's size, with roughly 30 users, would therefore pay about $637.50 "
               "a year for this one application. Client does not need to buy that licence for the PM system; the "
               "figure is given only for comparison."),
         ("h", "3.4 Other applications"),
         ("p", "The CPT sublicence in 3.2 covers only the Redfern PM system. If Client uses CPT in other "
               "applications (for example a separate EHR or a coding encoder), those applications need their own "
               "licence coverage from their own vendors."),
         ("h", "3.5 User reporting"),
         ("p", "Client consents to Redfern reporting Client's name and user count to the AMA as required by "
               "Redfern's distribution agreement. Client will tell Redfern if its user count changes by more "
               "than 10%."),
         ("h", "3.6 Notices"),
         ("p", "CPT copyright 2024 American Medical Association. All rights reserved. Fee schedules, relative "
               "value units, conversion factors and/or related components are not assigned by the AMA, are not "
               "part of CPT, and the AMA is not recommending their use."),
         ("h", "3.7 Fees for other Schedule 3 services"),
         ("table", [["Service", "Fee"],
                    ["Payer-specific edit library", "$120 per month"],
                    ["Custom fee-schedule import", "$350 per import"],
                    ["Annual RVU refresh", "included"]],
          {"widths": [6, 3]}),
         ("sig", [("REDFERN VALLEY PM SYSTEMS, INC.", "Laura Kinsey", "Director, Client Contracts", "April 1, 2025"),
                  ("GREENHILL EAR, NOSE & THROAT, P.A.", "Dr. Omar Haddad", "Managing Physician", "April 3, 2025")])]
    return make("v_ama_compare", V, "vendor_covers", None,
                "Code-set schedule saying the vendor is an AMA-authorized distributor that pays the per-user royalty "
                "itself with no CPT invoice line; an AMA direct-licence price is quoted only for comparison.",
                b, family="Times", size=10)


def v_mso_pays():
    V = "Cedar Hollow Management Services Organization, LLC"
    b = [("title", "MANAGEMENT SERVICES AGREEMENT"),
         ("p", "This Management Services Agreement (the \"Agreement\") is entered into effective February 1, 2025 "
               "between Cedar Hollow Management Services Organization, LLC, a Texas limited liability company "
               "(\"MSO\"), and Lone Oak Primary Care Associates, PLLC, a Texas professional limited liability "
               "company (\"Practice\")."),
         ("h", "Recitals"),
         ("p", "Practice is a medical practice owned by licensed physicians. MSO provides non-clinical "
               "management, administrative and technology services to independent physician practices. Practice "
               "wishes to engage MSO for those services, and MSO wishes to provide them, on the terms below. "
               "Nothing in this Agreement gives MSO any control over the professional judgment of Practice's "
               "physicians."),
         ("h", "1. Services"),
         ("p", "1.1 MSO shall provide: (a) billing, coding review and collections; (b) payer contracting support; "
               "(c) human resources and payroll administration for non-clinical staff; (d) purchasing; and (e) "
               "the MSO Platform, being the electronic health record, practice management and reporting systems "
               "that MSO licenses from third-party vendors and makes available to its client practices."),
         ("p", "1.2 MSO shall maintain all licences needed for Practice to use the MSO Platform, including "
               "software licences, interface licences and licences for embedded clinical and coding content."),
         ("h", "2. CPT"),
         ("p", "2.1 The MSO Platform contains CPT content of the American Medical Association. MSO shall obtain "
               "and pay for all CPT licences and royalties required for Practice's physicians and staff to use "
               "the MSO Platform, whether those royalties are charged by the platform vendors or directly by the "
               "AMA."),
         ("p", "2.2 The cost of those licences and royalties is part of MSO's cost of providing the Services and "
               "is covered by the Management Fee. MSO shall not charge Practice any separate amount for CPT."),
         ("p", "2.3 Practice shall cooperate with MSO in counting users for royalty reporting and shall not give "
               "CPT content from the MSO Platform to any other entity."),
         ("h", "3. Management Fee"),
         ("p", "3.1 Practice shall pay MSO a Management Fee equal to six and one-half percent (6.5%) of Practice's "
               "net collections each month, plus a Platform Fee of $240 per physician per month."),
         ("p", "3.2 The parties intend the Management Fee to be consistent with fair market value for the "
               "Services and not to take into account the volume or value of referrals between them."),
         ("h", "4. Practice Responsibilities"),
         ("p", "Practice retains sole authority over clinical matters, medical records content, coding decisions "
               "made by its physicians, and the hiring of clinical staff."),
         ]
    bb, n = boiler(5, "MSO", "Practice", "the State of Texas",
                   [("conf", 1), ("priv", 0), ("term", 0), ("liab", 2), ("gen", 1)])
    b += bb
    b += [("sig", [("CEDAR HOLLOW MANAGEMENT SERVICES ORGANIZATION, LLC", "Grant Ivers", "President", "January 24, 2025"),
                   ("LONE OAK PRIMARY CARE ASSOCIATES, PLLC", "Dr. Priscilla Nunez", "Managing Member", "January 27, 2025")])]
    return make("v_mso_pays", V, "vendor_covers", None,
                "MSO agreement in which the MSO, not the practice, obtains and pays for all CPT licences and "
                "royalties for the MSO Platform and makes no separate CPT charge (the management and platform "
                "fees are not CPT fees).",
                b, family="Times", size=10, start="two")


def v_amend_waive():
    V = "Lindenwold Health Informatics, Inc."
    b = [("title", "Lindenwold Health Informatics, Inc."),
         ("sub", "Order Form No. 2 with Amendments No. 1 and No. 2"),
         ("h", "ORDER FORM No. 2 (dated September 15, 2023)"),
         ("p", "This Order Form is issued under the Master Services Agreement dated September 15, 2023 between "
               "Lindenwold Health Informatics, Inc. (\"Lindenwold\") and Pocono Ridge Orthopaedics, P.C. "
               "(\"Customer\"). Terms not defined here have the meanings in the Master Services Agreement."),
         ("table", [["#", "Item", "Fee", "Frequency"],
                    ["1", "Orthopaedic EHR and PM, per provider", "$515.00", "monthly"],
                    ["2", "Imaging (PACS) viewer link, per location", "$90.00", "monthly"],
                    ["3", "CPT royalty pass-through, per user", "$19.00", "annually"],
                    ["4", "Implementation", "$12,000.00", "one-time"]],
          {"widths": [0.5, 5, 2, 2]}),
         ("p", "Providers: 7. Users: 31. Locations: 2 (Stroudsburg, Tannersville)."),
         ("rule",),
         ("h", "AMENDMENT No. 1 (dated March 1, 2024)"),
         ("p", "1. Customer adds a third location (Mount Pocono). Line 2 quantity is increased from 2 to 3 "
               "locations from March 1, 2024."),
         ("p", "2. Lindenwold will provide a one-day on-site workflow review at the new location for $1,200.00."),
         ("p", "3. Except as amended here, Order Form No. 2 remains in full force."),
         ("sig", [("LINDENWOLD HEALTH INFORMATICS, INC.", "Vivian Shore", "Account Director", "March 1, 2024"),
                  ("POCONO RIDGE ORTHOPAEDICS, P.C.", "Dr. Lewis Hartmann", "President", "March 4, 2024")]),
         ("rule",),
         ("h", "AMENDMENT No. 2 (dated December 10, 2024)"),
         ("p", "Background: Lindenwold has renegotiated its distribution agreement with the American Medical "
               "Association and has decided to stop passing the CPT royalty through to its customers."),
         ("p", "1. With effect from January 1, 2025, line 3 of Order Form No. 2 (CPT royalty pass-through) is "
               "deleted. From that date Lindenwold shall bear the CPT royalty for all of Customer's users within "
               "its fees for line 1, and shall not invoice Customer for CPT content."),
         ("p", "2. Lindenwold's sublicence of CPT content to Customer under Exhibit D of the Master Services "
               "Agreement continues unchanged."),
         ("p", "3. Line 1 increases from $515.00 to $530.00 per provider per month from January 1, 2025."),
         ("p", "4. If this Amendment conflicts with Order Form No. 2 or Amendment No. 1, this Amendment prevails."),
         ("sig", [("LINDENWOLD HEALTH INFORMATICS, INC.", "Vivian Shore", "Account Director", "December 10, 2024"),
                  ("POCONO RIDGE ORTHOPAEDICS, P.C.", "Dr. Lewis Hartmann", "President", "December 16, 2024")])]
    b += std_terms("Master Services Agreement (September 15, 2023) - extract", "Lindenwold", "Customer",
                   "the Commonwealth of Pennsylvania",
                   [("pay", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 0), ("gen", 0)],
                   extra=[("h", "Exhibit D - CPT Sublicence"),
                          ("p", "Lindenwold holds a distribution licence from the American Medical Association and "
                                "sublicenses CPT content to Customer for internal use in the Services in the United "
                                "States. Any charge for CPT content is stated in the applicable Order Form. The "
                                "sublicence ends if Lindenwold's AMA agreement ends, unless the AMA agrees otherwise.")])
    return make("v_amend_waive", V, "vendor_covers", None,
                "Order form with a $19.00 per user CPT pass-through, then Amendment No. 2 deletes that line and "
                "says the vendor bears the CPT royalty inside the per-provider fee; the later amendment governs.",
                b, family="Helvetica", size=9.5)


def v_double_negative():
    V = "Beaconsfield Chart Systems, Inc."
    b = [("title", "BEACONSFIELD CHART SYSTEMS, INC."),
         ("sub", "Subscription Terms - Ophthalmology and Optometry"),
         ("p", "These Subscription Terms apply between Beaconsfield Chart Systems, Inc., 1 Beacon Street, Boston, "
               "Massachusetts 02108 (\"Beaconsfield\"), and the customer named on the signature page "
               "(\"Customer\"), and govern Customer's subscription to the Beaconsfield eye-care EHR and billing "
               "service (the \"Service\")."),
         ("h", "1. Subscription Fees"),
         ("p", "1.1 Customer shall pay $349 per doctor per month and $49 per technician login per month, billed "
               "monthly in advance. Optical inventory and frame-board integration is $120 per location per month."),
         ("p", "1.2 No fee other than those listed in Section 1.1 and in a signed Order Form is payable for the "
               "Service."),
         ("h", "2. Coding Content"),
         ("p", "2.1 The Service includes CPT codes and descriptors (copyright American Medical Association) and "
               "the HCPCS Level II and ICD-10-CM code sets. Beaconsfield holds a distribution licence from the AMA "
               "and sublicenses CPT content to Customer for use within the Service."),
         ("p", "2.2 The Subscription Fees are not exclusive of the CPT royalty. Accordingly, Customer is not "
               "required to obtain any licence from the AMA for its use of CPT content within the Service, and "
               "Beaconsfield shall not invoice, and shall not be entitled to invoice, any separate royalty, "
               "surcharge or pass-through for CPT content."),
         ("p", "2.3 Nothing in Section 2.2 shall be read as meaning that CPT use outside the Service is licensed; "
               "Customer may not export CPT descriptors to other systems."),
         ("h", "3. Customer Responsibilities"),
         ("p", "Customer is responsible for the codes it selects and for the claims it submits. Beaconsfield's "
               "code-suggestion features are aids only."),
         ]
    bb, n = boiler(4, "Beaconsfield", "Customer", "the Commonwealth of Massachusetts",
                   [("supp", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 1), ("gen", 1)])
    b += bb
    b += [("sig", [("BEACONSFIELD CHART SYSTEMS, INC.", "Audrey Fenn", "VP, Customer Success", "July 7, 2025"),
                   ("CUSTOMER: Clearsight Eye Associates, LLC", "Dr. Victor Amari", "Owner", "July 9, 2025")])]
    return make("v_double_negative", V, "vendor_covers", None,
                "Eye-care EHR terms with a CPT sublicence and a double negative ('Subscription Fees are not exclusive "
                "of the CPT royalty', no separate charge may be invoiced), meaning the royalty is included.",
                b, family="Times", size=10, start="two")


def v_uk_sublicence_nofee():
    V = "Penhallow Systems Limited"
    b = [("title", "PENHALLOW SYSTEMS LIMITED"),
         ("sub", "Licence Terms for United States Clinics - Schedule of Charges attached"),
         ("p", "These terms are made between Penhallow Systems Limited, a company registered in Scotland "
               "(SC512345), 40 George Street, Edinburgh EH2 2LE (\"Penhallow\"), and the licensee identified in "
               "the Schedule of Charges (the \"Licensee\"). They govern the Licensee's use of the Penhallow "
               "dermatology imaging and records suite (the \"Software\") in the United States."),
         ("h", "1. Grant"),
         ("p", "1.1 Penhallow grants the Licensee a non-exclusive, non-transferable licence to use the Software "
               "during the Licence Period for the Licensee's own internal purposes."),
         ("h", "2. CPT content"),
         ("p", "2.1 The Software uses content from Current Procedural Terminology (\"CPT\"), which is "
               "copyrighted by the American Medical Association (\"AMA\"). CPT is a registered trademark of the "
               "AMA."),
         ("p", "2.2 Penhallow, as a party to a licence agreement with the AMA, is authorised to grant the "
               "Licensee a limited, non-exclusive, non-transferable, non-sublicensable licence to use CPT content "
               "in the Software solely for the Licensee's internal use within the United States, and hereby "
               "grants that licence. It terminates automatically if Penhallow's agreement with the AMA ends, "
               "unless the AMA consents in writing or the Licensee enters into a licence directly with the AMA."),
         ("p", "2.3 The provision of updated CPT content depends on Penhallow's continuing contractual "
               "relationship with the AMA. The Licensee shall not publish CPT content, create derivative works of "
               "it, or make it available to any other person, including a subsidiary or affiliate."),
         ("p", "2.4 CPT content is provided \"as is\" without warranty of any kind. The AMA does not directly or "
               "indirectly practise medicine or dispense medical services. Fee schedules, relative value units, "
               "conversion factors and related components are not assigned by the AMA. U.S. Government end users "
               "receive CPT with restricted rights under the applicable FAR and DFARS provisions."),
         ]
    bb, n = boiler(3, "Penhallow", "the Licensee", "Scotland",
                   [("conf", 2), ("priv", 1), ("warr", 2), ("liab", 1), ("term", 2), ("gen", 2)], spelling="uk")
    b += bb
    b += [("newpage",),
          ("title", "SCHEDULE OF CHARGES"),
          ("kv", [("Licensee", "Pacific Crest Dermatology Medical Group, Inc., San Diego, California"),
                  ("Licence Period", "1 July 2025 to 30 June 2028"), ("Clinicians", "9"), ("Locations", "3")]),
          ("table", [["Ref", "Charge", "Amount (USD)", "When payable"],
                     ["C1", "Software licence, per clinician", "$3,100.00 per year", "annually in advance"],
                     ["C2", "Hosting and support, per location", "$2,250.00 per year", "annually in advance"],
                     ["C3", "Dermoscopy device connector", "$640.00 per device", "on installation"],
                     ["C4", "Implementation and template configuration", "$5,500.00", "on signature"],
                     ["C5", "Additional training day (remote)", "$800.00 per day", "as ordered"]],
           {"widths": [0.6, 4.4, 2.4, 2.4]}),
          ("p", "The charges above are the only charges payable under these terms. Sales tax will be added where "
                "a US state requires it."),
          ("sig", [("For and on behalf of PENHALLOW SYSTEMS LIMITED", "Callum Reid", "Commercial Director", "20 June 2025"),
                   ("For and on behalf of the Licensee", "Dr. Amelia Kwan", "Medical Director", "23 June 2025")])]
    return make("v_uk_sublicence_nofee", V, "vendor_covers", None,
                "Scottish vendor's licence terms with the AMA-style CPT sublicence grant and a schedule of charges "
                "that contains no CPT fee and says its charges are the only ones payable.",
                b, family="Times", size=10, pagesize="a4")


def v_renewal_now_included():
    V = "Thistledown Behavioral EHR, Inc."
    b = [("title", "RENEWAL ORDER"),
         ("sub", "Thistledown Behavioral EHR, Inc. - Renewal for term beginning January 1, 2026"),
         ("kv", [("Customer", "Harborlight Behavioral Health Associates, LLC"),
                 ("Account", "TBE-00871"), ("Clinicians", "16"),
                 ("Issued", "October 20, 2025")]),
         ("p", "Your subscription renews on January 1, 2026. The table shows what you pay now and what you will "
               "pay from renewal. Once signed, the renewal column replaces the current column in full."),
         ("table", [["Item", "Current (2025)", "Renewal (2026)", "Change"],
                    ["Clinician subscription, per clinician per month", "$74.00", "$79.00", "+$5.00"],
                    ["Measurement-based care add-on, per clinician per month", "$12.00", "$12.00", "-"],
                    ["AMA fee (CPT royalty), per clinician per year", "$20.00", "$0.00 - included in subscription", "removed"],
                    ["Client text reminders, per message", "$0.04", "$0.035", "-$0.005"]],
          {"widths": [4.5, 1.6, 2.8, 1.2]}),
         ("fn", ["From January 1, 2026 Thistledown will pay the AMA royalty for CPT codes used in the platform for "
                 "all clinicians and staff as part of the clinician subscription. No separate AMA fee will be "
                 "charged for 2026 or later years. Your CPT sublicence under our Terms of Service continues.",
                 "Prices exclude applicable tax."]),
         ("h", "Renewal terms"),
         ("p", "1. The renewal term is twelve months. 2. All other terms of the Thistledown Terms of Service "
               "continue to apply. 3. If you reduce clinician count during the renewal term, subscription fees "
               "reduce from the next billing month. 4. Thistledown may suspend the account if payment is more than "
               "30 days late, after notice."),
         ("sig", [("THISTLEDOWN BEHAVIORAL EHR, INC.", "Nora Whitfield", "Customer Success Lead", "October 20, 2025"),
                  ("HARBORLIGHT BEHAVIORAL HEALTH ASSOCIATES, LLC", "Keisha Barnett, PsyD", "Clinical Director", "November 3, 2025")])]
    return make("v_renewal_now_included", V, "vendor_covers", None,
                "Signed renewal order comparing years: the 2025 AMA fee of $20.00 per clinician per year becomes "
                "'$0.00 - included in subscription' for the renewal term, replacing the old price.",
                b, family="Helvetica", size=9.5)


def v_billing_service():
    V = "Crescent Harbor Billing Group, LLC"
    b = [("title", "MEDICAL BILLING SERVICES AGREEMENT"),
         ("p", "This Medical Billing Services Agreement is made as of May 1, 2025 between Crescent Harbor Billing "
               "Group, LLC, a Louisiana limited liability company, 400 Poydras Street, New Orleans, Louisiana "
               "70130 (\"Billing Company\"), and Bayou Sports Medicine, LLC (\"Provider\"). In this Agreement "
               "\"Provider\" means the medical practice receiving the services and its employed clinicians."),
         ("h", "1. Services"),
         ("p", "Billing Company will (a) review Provider's encounter documentation and assign or validate "
               "procedure and diagnosis codes, (b) prepare and submit claims, (c) post payments, (d) follow up on "
               "denials and underpayments, (e) manage patient statements, and (f) provide monthly reports."),
         ("h", "2. Systems and Code Licences"),
         ("p", "2.1 Billing Company performs the services on its own billing platform and coding encoder. "
               "Billing Company maintains, at its own expense, all licences required for CPT content used by its "
               "coders and within its billing platform and encoder, including the royalties owed to the American "
               "Medical Association, and these costs are included in the Service Fee."),
         ("p", "2.2 Billing Company will not charge Provider any separate licence, royalty or pass-through amount "
               "for CPT content used in performing the services."),
         ("p", "2.3 This Section 2 concerns Billing Company's systems only. Provider's own EHR is outside this "
               "Agreement."),
         ("h", "3. Provider Responsibilities"),
         ("p", "Provider will provide complete and timely documentation, demographic and insurance information, "
               "and copies of payer correspondence; will respond to coding queries within five (5) business days; "
               "and remains responsible for the medical necessity and accuracy of services billed."),
         ("h", "4. Service Fee"),
         ("p", "Provider shall pay Billing Company a Service Fee of five and one-half percent (5.5%) of net "
               "collections on claims submitted by Billing Company, plus $1.10 per patient statement mailed. "
               "There is no minimum monthly fee. The Service Fee is invoiced monthly in arrears."),
         ]
    bb, n = boiler(5, "Billing Company", "Provider", "the State of Louisiana",
                   [("conf", 0), ("priv", 0), ("warr", 1), ("liab", 0), ("term", 0), ("gen", 1)])
    b += bb
    b += [("sig", [("CRESCENT HARBOR BILLING GROUP, LLC", "Andre Fontenot", "Managing Member", "April 25, 2025"),
                   ("BAYOU SPORTS MEDICINE, LLC (Provider)", "Dr. Claire Boudreaux", "Member", "April 28, 2025")])]
    return make("v_billing_service", V, "vendor_covers", None,
                "Billing-service agreement ('Provider' is the practice) in which the billing company maintains and "
                "pays for CPT licences and AMA royalties for its own platform inside its percentage fee, with no "
                "separate charge.",
                b, family="Helvetica", size=9.5)


def v_conditional_elected():
    V = "Wexcombe Specialty Software, Inc."
    b = [("title", "WEXCOMBE SPECIALTY SOFTWARE, INC."),
         ("sub", "Module Terms and Order Form - Gastroenterology"),
         ("h", "Part 1 - Module Terms"),
         ("p", "1. These Module Terms supplement the Wexcombe Master License Agreement between Wexcombe "
               "Specialty Software, Inc. (\"Wexcombe\") and the Customer named in Part 2."),
         ("p", "2. Endoscopy Reporting Module. Structured procedure reports, image capture and quality metrics."),
         ("p", "3. Coding Assistant Module. If Customer elects the Coding Assistant Module, Wexcombe will provide "
               "CPT codes and descriptors, modifier logic and code suggestions from procedure reports. CPT content "
               "in the Coding Assistant Module is provided under Wexcombe's distribution agreement with the "
               "American Medical Association, and the royalty for all of Customer's users of the module is "
               "included in the module fee; no separate CPT charge applies."),
         ("p", "4. If Customer does not elect the Coding Assistant Module, the system displays no CPT content and "
               "Customer's billing system must supply codes."),
         ("p", "5. Anesthesia Time Capture Module. Time stamps and units for anesthesia services, exported to the "
               "billing system."),
         ("p", "6. Modules may be added during the term by a further Order Form; module fees are co-terminous with "
               "the Master License Agreement."),
         ("h", "Part 2 - Order Form"),
         ("kv", [("Customer", "Summit Digestive Health Center, LLC, Salt Lake City, Utah"),
                 ("Order date", "February 3, 2025"), ("Physicians", "10")]),
         ("table", [["Module", "Elected?", "Fee"],
                    ["Endoscopy Reporting Module", "[X] Yes  [ ] No", "$210 per physician per month"],
                    ["Coding Assistant Module", "[X] Yes  [ ] No", "$45 per physician per month"],
                    ["Anesthesia Time Capture Module", "[ ] Yes  [X] No", "$30 per CRNA per month"],
                    ["Image archive (5 TB)", "[X] Yes  [ ] No", "$400 per month"],
                    ["Installation and interface to ADT", "-", "$6,500 one-time"]],
          {"widths": [4, 2.5, 3.5]}),
         ("p", "Fees are invoiced monthly in advance. The order is subject to the Master License Agreement and "
               "these Module Terms."),
         ("h", "Part 3 - CPT notice"),
         ("p", "CPT copyright 2024 American Medical Association. All rights reserved. CPT is a registered "
               "trademark of the AMA. Use of CPT is limited to Customer's internal use within the Coding Assistant "
               "Module."),
         ]
    bb, n = boiler(7, "Wexcombe", "Customer", "the State of Utah", [("warr", 1), ("liab", 2), ("gen", 1)])
    b += [("h", "Part 4 - Additional terms")] + bb
    b += [("sig", [("WEXCOMBE SPECIALTY SOFTWARE, INC.", "Elliot Crane", "Sales Operations", "February 3, 2025"),
                   ("SUMMIT DIGESTIVE HEALTH CENTER, LLC", "Dr. Rachel Voss", "Medical Director", "February 5, 2025")])]
    return make("v_conditional_elected", V, "vendor_covers", None,
                "Module terms with a condition ('if Customer elects the Coding Assistant Module' the CPT royalty is "
                "included in the module fee); the order form shows the module elected, so the vendor covers CPT.",
                b, family="Helvetica", size=9.5)


def v_lab_portal():
    V = "Summit Reach Laboratories, Inc."
    b = [("title", "Summit Reach Laboratories, Inc."),
         ("sub", "Client Portal Access Agreement - Physician Office Clients"),
         ("p", "This Client Portal Access Agreement is between Summit Reach Laboratories, Inc., a CLIA-certified "
               "clinical reference laboratory, 2500 Research Boulevard, Rockville, Maryland 20850 (\"Lab\"), and "
               "the physician office named below (\"Client\")."),
         ("h", "1. The Portal"),
         ("p", "Lab provides Client with web access to its ordering and results portal (the \"Portal\"), through "
               "which Client's authorized users may place test orders, print specimen labels and requisitions, "
               "check medical-necessity rules, receive results, and download results into Client's EHR by "
               "interface."),
         ("h", "2. No Charge"),
         ("p", "Portal access, the results interface and requisition supplies are provided to Client without "
               "charge. Lab bills payers and patients for testing in accordance with applicable law and does not "
               "bill Client for portal use. Nothing in this Agreement is conditioned on Client referring any "
               "particular volume of testing to Lab."),
         ("h", "3. CPT Codes in the Portal"),
         ("p", "3.1 The Portal displays CPT codes and descriptors for the tests on Lab's menu and in the "
               "medical-necessity checking tool. CPT is copyrighted by the American Medical Association."),
         ("p", "3.2 Lab has licensed the CPT content displayed in the Portal from the AMA and pays all royalties "
               "for Client's authorized users. Client is granted a sublicence to view and print that content "
               "solely in connection with ordering tests from Lab. No fee is charged to Client for CPT content."),
         ("p", "3.3 Client may not copy CPT content from the Portal into other systems except as part of a "
               "requisition or result."),
         ("h", "4. Users and Security"),
         ("p", "Client will designate an administrator who will request credentials only for Client's employees "
               "and contractors, remove users promptly when they leave, and ensure users keep their passwords "
               "confidential. Lab may suspend any credential used improperly."),
         ("h", "5. Privacy"),
         ("p", "Each party is a covered entity under HIPAA and will protect protected health information exchanged "
               "through the Portal as required by law. Lab will log access to results for audit."),
         ("h", "6. Term"),
         ("p", "This Agreement continues until either party ends it by thirty (30) days' written notice."),
         ("sig", [("SUMMIT REACH LABORATORIES, INC.", "Monica Delacroix", "Director, Client Services", "August 1, 2025"),
                  ("CLIENT: Chesapeake Internal Medicine, LLC", "Dr. Henry Oyelaran", "Physician Owner", "August 4, 2025")])]
    return make("v_lab_portal", V, "vendor_covers", None,
                "Reference-lab portal agreement: the lab has licensed the CPT content shown in the portal from the "
                "AMA, pays all royalties for the client's users and charges the client nothing.",
                b, family="Times", size=10.5)


def v_email_absorb():
    V = "Bellhaven Pediatric Systems, Inc."
    b = [("title", "E-mail correspondence - account 22-0419"),
         ("email", {"from": "Support <billing@bellhaven.example>",
                    "to": "Frances Li <frances.li@tidepoolpeds.example>",
                    "date": "May 2, 2025 10:15", "subject": "Upcoming AMA fee for CPT codes"}),
         ("p", "Dear Frances,"),
         ("p", "We are writing to let you know that from July 1 Bellhaven intends to bill an annual AMA fee of "
               "$18.00 per user for the CPT codes used in the Bellhaven pediatric EHR. This reflects the royalty "
               "the American Medical Association charges us. More details will follow."),
         ("p", "Kind regards, Bellhaven Billing Team"),
         ("email", {"from": "Frances Li <frances.li@tidepoolpeds.example>",
                    "to": "Support <billing@bellhaven.example>",
                    "date": "May 6, 2025 14:02", "subject": "RE: Upcoming AMA fee for CPT codes"}),
         ("p", "Hello - our agreement (section 5) says the subscription is all-inclusive. We have 27 users, "
               "including front desk. Please confirm the basis for this new fee before we budget for it."),
         ("email", {"from": "Martin Greaves <mgreaves@bellhaven.example>",
                    "to": "Frances Li <frances.li@tidepoolpeds.example>",
                    "cc": "Support <billing@bellhaven.example>",
                    "date": "June 12, 2025 09:40", "subject": "RE: RE: Upcoming AMA fee for CPT codes"}),
         ("p", "Dear Frances,"),
         ("p", "Thank you for your patience. After reviewing customer feedback, Bellhaven has decided to absorb "
               "the AMA royalty in full. There will be no AMA or CPT fee on your invoices, on July 1 or later, and "
               "the May 2 notice is withdrawn. Bellhaven continues to hold its distribution agreement with the AMA "
               "and your CPT sublicence under section 5 of your agreement is unchanged."),
         ("p", "Please keep this e-mail with your agreement; it confirms that section 5 (all-inclusive "
               "subscription) continues to apply."),
         ("p", "Best regards,\nMartin Greaves\nVice President, Customer Operations\nBellhaven Pediatric Systems, "
               "Inc. | 15 Market Square, Portland, Maine 04101"),
         ("rule",),
         ("small", "Extract from the Subscription Agreement between Bellhaven Pediatric Systems, Inc. and Tide Pool "
                   "Pediatrics, P.A., dated September 1, 2023: \"5. All-inclusive subscription. The monthly "
                   "subscription of $310 per provider includes the EHR, practice management, patient portal, "
                   "vaccine inventory, and the CPT sublicence described in Exhibit A. Bellhaven may change fees "
                   "only as set out in section 9.\"")]
    return make("v_email_absorb", V, "vendor_covers", None,
                "E-mail thread: an early notice announces an $18.00 per user annual AMA fee, but the latest e-mail "
                "withdraws it and says the vendor absorbs the AMA royalty in full under its CPT sublicence.",
                b, family="Courier", size=9)


def v_credit_memo():
    V = "Fairmont Crossing EHR, Inc."
    b = [("title", "CREDIT MEMO"),
         ("sub", "Fairmont Crossing EHR, Inc.  |  Credit Memo CM-2025-0288  |  Date: March 21, 2025"),
         ("kv", [("Bill to", "Westfield Allergy & Asthma Center, P.C., 212 Elm Street, Westfield, New Jersey 07090"),
                 ("Account", "FCE-10337"), ("Original invoice", "INV-2025-01173 dated January 5, 2025"),
                 ("Reason", "Charge issued in error - contract terms")]),
         ("table", [["Line", "Description", "Qty", "Unit", "Credit"],
                    ["1", "Reversal: CPT licence pass-through 2025 (per user)", "6", "$19.00", "($114.00)"],
                    ["2", "Reversal: sales tax on line 1", "1", "$7.52", "($7.52)"],
                    ["", "TOTAL CREDIT", "", "", "($121.52)"]],
          {"widths": [0.6, 5.5, 0.7, 1.2, 1.5], "bold_last": True}),
         ("p", "The January invoice included a CPT licence pass-through that does not apply to your account. "
               "Under Section 4.2 of your Subscription Agreement, quoted below, the CPT royalty is included in your "
               "subscription fees. The credit has been applied to your account balance; no action is needed. "
               "Future invoices will not include a CPT charge."),
         ("box", "Section 4.2 (CPT Content). Fairmont Crossing holds a license from the American Medical "
                 "Association to distribute CPT content and sublicenses it to Customer for use in the Services. "
                 "Fairmont Crossing pays the applicable AMA royalties, which are included in the Subscription Fees "
                 "set out in the Order Form. Customer shall not be billed separately for CPT content during the "
                 "Term."),
         ("h2", "Account summary after credit"),
         ("table", [["Item", "Amount"],
                    ["Balance before credit", "$2,946.00"],
                    ["Credit CM-2025-0288", "($121.52)"],
                    ["Balance after credit", "$2,824.48"],
                    ["Monthly subscription (3 providers x $982.00)", "$2,946.00 per month"]],
          {"widths": [6, 3]}),
         ("p", "Questions: accounts.receivable@fairmontcrossing.example, (973) 555-0190. Fairmont Crossing EHR, "
               "Inc., 60 Park Place, Newark, New Jersey 07102.")]
    return make("v_credit_memo", V, "vendor_covers", None,
                "Credit memo reversing a $19.00 per user CPT pass-through billed in error, quoting the agreement's "
                "Section 4.2 that the AMA royalty is included in the subscription fees.",
                b, family="Helvetica", size=10)


DOCS = [v_sublicense_included, v_zero_line, v_ama_compare, v_mso_pays, v_amend_waive, v_double_negative,
        v_uk_sublicence_nofee, v_renewal_now_included, v_billing_service, v_conditional_elected, v_lab_portal,
        v_email_absorb, v_credit_memo]
