"""blind_r documents, part C."""
from common import (TITLE, SUB, H, P, SMALL, B, N, T, KV, M, F, SIG, PB, SP, HR, CENTER,
                    US, UK, FORMAL, clauses)
from docs_a import D, fee

DOCS = []

# ---------------------------------------------------------------------------
pc1 = {"V": "Faircloth", "C": "you", "state": "Georgia", "venue": "Atlanta, Georgia"}
DOCS.append(D(
    "cm_faircloth_eula", "customer_must_license", "Faircloth Systems, Inc.", None,
    "EULA for software supplied without CPT content: the customer must obtain its own CPT license from the AMA "
    "or another authorized distributor, load the file itself, and pay all AMA royalties.",
    [
        TITLE("Faircloth Clinic Manager \u2014 End User License Agreement"),
        SUB("Faircloth Systems, Inc. \u00b7 Release 12 \u00b7 Last revised September 2024"),
        P("PLEASE READ THIS AGREEMENT BEFORE INSTALLING OR USING THE SOFTWARE. It is a contract between Faircloth "
          "Systems, Inc. (\"Faircloth\", \"we\") and the practice that licenses the software (\"you\")."),
        H("1. License grant"),
        P("Subject to your payment of the license and maintenance fees in your order, we grant you a non-exclusive, "
          "non-transferable license to install Faircloth Clinic Manager (the \"Software\") on servers you control and "
          "to let your employees use it for your internal practice operations."),
        H("2. Code sets"),
        P("2.1 The Software ships with the ICD-10-CM and HCPCS Level II code sets published by the U.S. government, "
          "which we update each year at no charge."),
        P("2.2 <b>The Software is supplied without CPT\u00ae content.</b> Faircloth is not a distributor of the "
          "American Medical Association's Current Procedural Terminology. If you wish to use CPT codes and "
          "descriptions in the Software, you must obtain your own license from the AMA or another AMA-authorized "
          "distributor, covering every person who will use CPT in the Software, and load the licensed file using the "
          "Code Import utility. You are responsible for all royalties and fees owed to the AMA or your distributor, "
          "and for keeping that license in force while you use CPT in the Software."),
        P("2.3 Faircloth does not review, verify or warrant any code content you load."),
        H("3. Restrictions"),
        P("You may not copy the Software except for backup, modify or reverse engineer it, or use it to process "
          "data for other practices."),
        H("4. Maintenance"),
        P("Maintenance includes bug fixes, new releases, and telephone support during business hours, for an annual "
          "fee equal to 18% of the current list license fee."),
    ] + clauses(US, ["warr", "liab", "term", "law"], 5, pc1) + [
        SMALL("Faircloth Systems, Inc., 3500 Peachtree Road NE, Suite 1800, Atlanta, GA 30326. CPT is a registered "
              "trademark of the American Medical Association."),
    ], font="Helvetica", size=10, footer="Faircloth Systems, Inc. \u2014 EULA R12"))

# ---------------------------------------------------------------------------
pc2 = {"V": "Licensor", "C": "Licensee", "VP": "Licensor's", "CP": "Licensee's", "state": "Massachusetts"}
DOCS.append(D(
    "cm_ravensworth_formal", "customer_must_license", "Ravensworth Medical Software Corporation", None,
    "Formal licence agreement obliging Licensee, at its sole cost, to procure and maintain an internal-use CPT "
    "licence from the AMA covering all its users; Licensor furnishes no CPT content and pays no royalty.",
    [
        CENTER("LICENSE AGREEMENT"),
        P("THIS LICENSE AGREEMENT (this \"Agreement\") is entered into as of the 9th day of June, 2025, by and "
          "between RAVENSWORTH MEDICAL SOFTWARE CORPORATION, a Massachusetts corporation (hereinafter "
          "\"Licensor\"), and HARBORVIEW GASTROENTEROLOGY, P.C., a Massachusetts professional corporation "
          "(hereinafter \"Licensee\"). Licensor and Licensee are sometimes referred to herein individually as a "
          "\"Party\" and collectively as the \"Parties\"."),
        CENTER("RECITALS"),
        P("WHEREAS, Licensor has developed a certain endoscopy reporting and charge capture system known as "
          "\"ScopeLine\" (the \"System\"); and WHEREAS, Licensee desires to license the System for use at its "
          "ambulatory endoscopy center; NOW, THEREFORE, the Parties hereby agree as follows:"),
        P("<b>1. LICENSE.</b> Licensor hereby grants unto Licensee a non-exclusive, non-transferable license to use the "
          "System at the premises identified in Exhibit A for the term hereof."),
        P("<b>2. PROCEDURE CODE CONTENT.</b> 2.1 The System is so designed as to accept procedure code tables "
          "furnished by Licensee. Licensor does not furnish, and shall have no obligation to furnish, the Current "
          "Procedural Terminology of the American Medical Association (\"CPT\") or any portion thereof, nor shall "
          "Licensor pay any royalty in respect thereof. 2.2 Licensee shall, at its sole cost and expense, procure and "
          "maintain throughout the term hereof an internal use license from the American Medical Association "
          "sufficient in scope to cover each and every individual who shall access or rely upon CPT within the "
          "System, and shall furnish Licensor with a copy of such license upon request. 2.3 Licensee shall indemnify "
          "and hold harmless Licensor from and against any claim by the American Medical Association arising from "
          "Licensee's failure to comply with this Section 2."),
        P("<b>3. FEES.</b> Licensee shall pay unto Licensor the license fee, implementation fee and annual maintenance "
          "fee set forth in Exhibit B."),
    ] + clauses(FORMAL, ["conf", "warr", "liab", "term", "law", "misc"], 4, pc2) + [
        P("IN WITNESS WHEREOF, the Parties have caused this Agreement to be executed by their duly authorized "
          "officers as of the date first written above."),
        SIG([("Ravensworth Medical Software Corporation", "Elliot Grange", "Vice President", "June 9, 2025"),
             ("Harborview Gastroenterology, P.C.", "Naomi Feld, M.D.", "President", "June 9, 2025")]),
        CENTER("EXHIBIT B \u2014 FEES"),
        T([
            ["Fee", "Amount"],
            ["System license (two procedure rooms)", "$24,000.00 one time"],
            ["Implementation and interface to practice management system", "$6,500.00 one time"],
            ["Annual maintenance (from first anniversary)", "$4,320.00 per year"],
        ], widths=[4, 2.2], right=(1,)),
    ], font="Times", size=10.5, footer="Ravensworth Medical Software Corporation \u2014 License Agreement"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "cm_kestrel_help", "customer_must_license", "Kestrel Notes, Inc.", None,
    "KestrelNotes help article: the product has no CPT descriptors because Kestrel is not an AMA distributor; the "
    "practice must license CPT from the AMA and import the file; the AMA direct prices are quoted only as "
    "reference.",
    [
        SMALL("KestrelNotes Help \u203a Billing codes"),
        TITLE("Why doesn't KestrelNotes include CPT\u00ae code descriptions?"),
        SUB("Article 2291 \u00b7 updated February 2025"),
        P("KestrelNotes lets you attach billing codes to each session note and superbill. Out of the box you'll see "
          "ICD-10-CM diagnosis codes with full descriptions, but the procedure code list is empty. Here's why, and "
          "what to do."),
        H("We don't distribute CPT"),
        P("CPT codes and their descriptions are owned by the American Medical Association. Software companies that "
          "include CPT in their products sign a distribution agreement with the AMA. Kestrel Notes, Inc. has not, so "
          "we can't ship CPT content or sublicense it to you."),
        H("What you need to do"),
        N(["Get a CPT license for your practice from the AMA (an internal-use license) or from another company "
           "authorized by the AMA to license the data file.",
           "Download the CPT data file you are licensed for.",
           "In KestrelNotes, go to <i>Settings \u203a Code Libraries \u203a Import</i>, choose \"CPT (customer-licensed)\", "
           "and upload the file."]),
        P("Your license needs to cover everyone at your practice who will use CPT codes in KestrelNotes \u2014 "
          "usually every clinician and anyone who prepares superbills or claims."),
        H("What about typing codes in by hand?"),
        P("Entering CPT codes yourself (even just the numbers) still counts as using CPT, so the same license "
          "requirement applies."),
        H("How much does an AMA license cost?"),
        P("That's set by the AMA, not us, and we don't collect it. As a guide only, the AMA's published "
          "internal-use pricing for 2025 is an organization fee plus $18.50 per user. Check the AMA's licensing "
          "pages for current figures."),
        H("Will KestrelNotes ever include CPT?"),
        P("We're looking at it. If we become a distributor we'll tell you in advance, including whether there "
          "would be any charge."),
        HR(),
        SMALL("KestrelNotes is a product of Kestrel Notes, Inc., 230 Second Avenue South, Minneapolis, MN 55401. "
              "CPT is a registered trademark of the American Medical Association."),
    ], font="Helvetica", size=10.5, footer="help.kestrelnotes.example/articles/2291"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "cm_amberline_quote", "customer_must_license", "Amberline Health Software, LLC", None,
    "Signed quote where the optional Amberline CPT Content Subscription ($22 per user per year) is NOT ticked; the "
    "quote's terms say that if it is not selected the customer must license CPT from the AMA and upload it "
    "before go-live.",
    [
        TITLE("Amberline \u2014 Quotation and Order"),
        KV([
            ["Quotation", "AHS-Q-30417 (valid until May 31, 2025)"],
            ["Vendor", "Amberline Health Software, LLC, 18 Foundry Lane, Providence, RI 02903"],
            ["Customer", "Narragansett Eye Physicians, Inc."],
            ["Product", "Amberline Ophthalmology EHR/PM, hosted"],
        ], widths=(1.3, 5.2)),
        H("Core subscription"),
        T([
            ["Item", "Qty", "Price", "Extended"],
            ["Amberline Ophthalmology EHR/PM, per provider per month", "5", "$395.00", "$1,975.00 / mo"],
            ["Technician and front-desk users, per user per month", "14", "$30.00", "$420.00 / mo"],
            ["Device integration (OCT, visual fields), per location per month", "2", "$150.00", "$300.00 / mo"],
            ["Implementation and training, one time", "1", "$7,500.00", "$7,500.00"],
        ], widths=[3.8, 0.5, 1.0, 1.3], right=(1, 2, 3)),
        H("Options \u2014 mark [X] to order"),
        T([
            ["", "Option", "Price"],
            ["[\u00a0\u00a0\u00a0]", "Amberline CPT\u00ae Content Subscription: AMA-licensed CPT codes and descriptors, annual updates", "$22.00 per user per year"],
            ["[X]", "Optical inventory module", "$89.00 per location per month"],
            ["[\u00a0\u00a0\u00a0]", "Patient recall texting", "$0.04 per message"],
        ], widths=[0.5, 4.3, 1.8]),
        H("Terms of this quotation"),
        N(["This quotation becomes an Order under the Amberline Subscription Terms when signed by Customer.",
           "Only options marked [X] are ordered.",
           "If Customer does not order the CPT Content Subscription, Customer shall license CPT directly from the "
           "American Medical Association and upload the CPT data file before go-live. Amberline will not supply CPT "
           "descriptors to Customer, and Customer is responsible for all royalties under its own license.",
           "Monthly fees begin at go-live and are billed monthly in advance."]),
        SIG([("Narragansett Eye Physicians, Inc.", "Claire Dufresne", "Chief Operating Officer", "May 9, 2025"),
             ("Amberline Health Software, LLC", "Victor Salas", "Sales Manager", "May 12, 2025")]),
    ], font="Helvetica", size=9.5, footer="Amberline Health Software, LLC \u00b7 AHS-Q-30417"))

# ---------------------------------------------------------------------------
pc5 = {"V": "Billing Company", "C": "Group", "state": "Iowa", "venue": "Des Moines, Iowa"}
DOCS.append(D(
    "cm_prairiestar_billing", "customer_must_license", "Prairie Star Medical Billing, Inc.", None,
    "Billing-service agreement ('Group' is the practice) where Billing Company works inside Group's own system and "
    "Group must maintain at its own expense any CPT licence from the AMA or an authorized distributor, covering "
    "Billing Company's staff too.",
    [
        TITLE("Revenue Cycle Services Agreement"),
        P("Prairie Star Medical Billing, Inc. (\"Billing Company\") and Cedar Rapids Surgical Group, P.C. "
          "(\"Group\") agree as follows, effective September 1, 2025."),
        H("1. Scope"),
        P("Billing Company will perform charge review, claim submission, payment posting, denial management and "
          "patient balance follow-up for Group's professional services."),
        H("2. Group's System"),
        P("2.1 Billing Company will perform all services inside Group's existing practice management system (the "
          "\"Group System\") through remote accounts that Group provides to Billing Company's staff. Billing Company "
          "will not use its own software to process Group's claims."),
        P("2.2 Group shall maintain, at its own expense, all software licenses and code-set licenses required for "
          "the Group System, including any CPT\u00ae license required by the American Medical Association, obtained "
          "from the AMA or from an AMA-authorized distributor. That license must cover the Billing Company staff who "
          "access the Group System on Group's behalf, and Group will add them to its user count."),
        P("2.3 Billing Company does not furnish CPT content to Group and does not pay any royalty for Group's use of "
          "CPT."),
        H("3. Fees"),
        P("3.1 Group will pay Billing Company 4.9% of net collections on claims Billing Company works, with a monthly "
          "minimum of $1,500."),
        P("3.2 Special projects (e.g., clean-up of aged accounts receivable) are billed at $65 per hour with prior "
          "approval."),
    ] + clauses(US, ["hipaa", "conf", "liab", "term", "indep", "law", "entire"], 4, pc5) + [
        SIG([("Prairie Star Medical Billing, Inc.", "Dale Hinrichs", "President", "August 15, 2025"),
             ("Cedar Rapids Surgical Group, P.C.", "Dr. Monica Reyes", "Managing Partner", "August 18, 2025")]),
    ], font="Helvetica", size=10, footer="Prairie Star Medical Billing, Inc. \u2014 RCS Agreement"))

# ---------------------------------------------------------------------------
pc6 = {"V": "Ironbridge", "C": "Client", "state": "Missouri", "venue": "St. Louis, Missouri"}
DOCS.append(D(
    "cm_ironbridge_hosting", "customer_must_license", "Ironbridge Managed Hosting, LLC", None,
    "Managed-hosting agreement: Client represents it holds and will maintain its own AMA internal-use licence for "
    "CPT in the hosted applications; Ironbridge provides no CPT content and pays no royalties.",
    [
        TITLE("Managed Hosting Services Agreement"),
        SUB("Ironbridge Managed Hosting, LLC \u00b7 Agreement IMH-2025-118"),
        P("This Agreement is between Ironbridge Managed Hosting, LLC (\"Ironbridge\") and Bellhaven Surgical "
          "Associates, Inc. (\"Client\"), effective February 15, 2025."),
        H("1. Services"),
        P("1.1 Ironbridge will host, in its St. Louis and Kansas City data centers, the third-party applications that "
          "Client licenses from its own software vendors and lists in Schedule A (the \"Hosted Applications\"), "
          "including Client's practice management and EHR software."),
        P("1.2 Ironbridge will provide servers, storage, network, backup, patching of operating systems and "
          "databases, monitoring, and disaster recovery with a four-hour recovery time objective."),
        P("1.3 Ironbridge does not license, configure or support the functional content of the Hosted Applications."),
        H("2. Client Licenses"),
        P("2.1 Client is responsible for holding valid licenses for the Hosted Applications and all content used in "
          "them."),
        P("2.2 Without limiting Section 2.1, Client represents that it holds, and shall maintain throughout the term, "
          "an internal use license from the American Medical Association (license reference IU-BSA-2024) covering "
          "all users of CPT\u00ae content in the Hosted Applications, including Ironbridge personnel who may view CPT "
          "content while performing support. Ironbridge provides no CPT content and pays no royalties to the AMA or "
          "any distributor."),
        H("3. Fees"),
        T([
            ["Service", "Monthly fee"],
            ["Dedicated virtual environment (8 vCPU, 64 GB RAM, 2 TB storage)", "$2,400.00"],
            ["Managed backup, 35-day retention", "$350.00"],
            ["Secondary-site disaster recovery", "$900.00"],
            ["After-hours on-call support", "$300.00"],
        ], widths=[4.6, 1.6], right=(1,)),
        P("Fees are invoiced monthly in advance and may increase once a year by no more than 3%."),
    ] + clauses(US, ["hipaa", "conf", "liab", "term", "force", "law"], 4, pc6) + [
        SIG([("Ironbridge Managed Hosting, LLC", "Curtis Bell", "General Manager", "February 10, 2025"),
             ("Bellhaven Surgical Associates, Inc.", "Tanya Greer", "Director of IT", "February 12, 2025")]),
    ], font="Helvetica", size=9.5, footer="Ironbridge Managed Hosting, LLC \u00b7 IMH-2025-118"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "cm_hollinsvale_uk", "customer_must_license", "Hollins Vale Software Ltd", None,
    "British-drafted terms: the Customer must obtain and maintain at its own cost any AMA licence for CPT; the "
    "Supplier supplies no CPT content and the CPT field takes codes the Customer supplies under its own licence.",
    [
        TITLE("Hollins Vale Scheduler"),
        SUB("Standard Terms for United States Customers"),
        P("These terms are between <b>Hollins Vale Software Ltd</b> (company number 07654321), 9 Mill Yard, "
          "Sheffield S1 2GH (the \"Supplier\") and the organisation placing the Order (the \"Customer\")."),
        H("1. Interpretation"),
        P("1.1 \"Service\" means the Hollins Vale Scheduler appointment, resource and invoicing service. \"Order\" "
          "means the Customer's order form accepted by the Supplier. \"Charges\" means the charges in the Order."),
        H("2. The Service"),
        P("2.1 The Supplier shall provide the Service with reasonable skill and care. The Service is an "
          "administrative tool: it records appointments, rooms, equipment, and the billing code the Customer "
          "attaches to each appointment type, and produces invoices and exports for the Customer's billing system."),
        H("3. Code content"),
        P("3.1 The Service does not contain any clinical or procedural code sets. The appointment-type screen has a "
          "free-text \"CPT\" field into which the Customer may enter procedure codes."),
        P("3.2 The Customer is responsible for obtaining and maintaining, at its own cost, any licence required from "
          "the American Medical Association for the use of CPT within the Service, whether codes are keyed in by "
          "the Customer's staff or imported from the Customer's own files. The Supplier does not supply CPT content "
          "and shall not be liable for the Customer's failure to hold such a licence."),
        H("4. Charges"),
        P("4.1 The Customer shall pay the Charges in the Order (currently USD 14 per user per month) monthly in "
          "advance. The Supplier may increase the Charges on each anniversary of the Order by giving sixty days' "
          "notice."),
        H("5. Data protection"),
        P("5.1 " + UK["data"][1]),
        H("6. Confidentiality"),
        P("6.1 " + UK["conf"][1]),
        H("7. Limitation of liability"),
        P("7.1 " + UK["liab"][1]),
        H("8. Termination"),
        P("8.1 " + UK["term"][1]),
        H("9. General"),
        P("9.1 " + UK["force"][1] + " 9.2 " + UK["entire"][1] + " 9.3 These terms are governed by the law of "
          "England and Wales."),
    ], font="Times", size=10.5, paper="A4", footer="Hollins Vale Software Ltd \u2014 Standard Terms (US)"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "cm_sprucewood_email", "customer_must_license", "Sprucewood Analytics, Inc.", None,
    "Support e-mail: Sprucewood is not an AMA distributor and charges no CPT fee; to see CPT descriptors the "
    "organization must get its own AMA licence and upload the file.",
    [
        M("From:    Sprucewood Support <support@sprucewood.example>\n"
          "To:      Jordan Ellis <jellis@lakecountyortho.example>\n"
          "Date:    Mon, 21 Apr 2025 13:08:40 -0700\n"
          "Subject: [Ticket #58214] CPT descriptions missing from dashboards"),
        HR(),
        P("Hi Jordan,"),
        P("Thanks for getting in touch. You're right that the procedure dashboards show only the five-digit codes "
          "and no descriptions \u2014 that's expected."),
        P("Sprucewood isn't an AMA distributor, so our dashboards ship without CPT\u00ae descriptors and we don't "
          "bill any CPT or AMA fee. To see descriptions, your organization needs its own license for CPT from the "
          "AMA (or a company the AMA authorizes to license the data file). Once you have the licensed file:"),
        N(["Go to Admin \u203a Reference Data \u203a Upload.",
           "Choose \"Procedure descriptors \u2014 customer licensed\" and upload the file.",
           "Descriptions will appear on all dashboards within about an hour."]),
        P("Please make sure your license covers everyone at Lake County Orthopedics who uses the dashboards; the AMA "
          "counts anyone who relies on CPT in the reports, not just the people who upload data."),
        P("Your Sprucewood subscription ($850/month for up to 25 viewers) doesn't change either way."),
        P("Best regards,<br/>Alicia<br/>Customer Support, Sprucewood Analytics, Inc.<br/>"
          "Support hours: 6 a.m. \u2013 6 p.m. Pacific, Monday\u2013Friday"),
        HR(),
        M("On Mon, 21 Apr 2025 at 10:14, Jordan Ellis wrote:"),
        P("Our dashboards show procedure codes but no descriptions. Do we need to buy something from you to turn "
          "them on? Is there a CPT fee we're missing? \u2014 Jordan Ellis, Revenue Analyst"),
    ], font="Helvetica", size=10, footer="Sprucewood support ticket #58214"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "cm_delmont_sideletter", "customer_must_license", "Delmont Clinical Solutions, Inc.", None,
    "Side letter: Delmont's AMA distribution agreement ends December 31, 2024, Section 9.1 (vendor-supplied CPT at "
    "no charge) ceases, and from January 1, 2025 the Practice must obtain a CPT licence directly from the AMA and "
    "load its own codes.",
    [
        P("<b>Delmont Clinical Solutions, Inc.</b><br/>400 Liberty Avenue, Suite 2100 \u00b7 Pittsburgh, PA 15222"),
        SP(4),
        P("November 1, 2024"),
        P("Allegheny Hand and Upper Extremity Specialists, LLC (\"Practice\")<br/>Attn: Mr. Robert Szabo, "
          "Administrator<br/>1200 Penn Avenue, Pittsburgh, PA 15222"),
        P("<b>Re: Letter agreement regarding CPT\u00ae content \u2014 Software License Agreement dated April 10, 2021 "
          "(the \"Agreement\")</b>"),
        P("Dear Mr. Szabo:"),
        P("We are writing to tell you about a change in how CPT content is provided in the Delmont software and to "
          "record how the Agreement will apply as a result."),
        P("Under Section 9.1 of the Agreement, Delmont currently supplies CPT content within the software at no "
          "additional charge, under Delmont's distribution agreement with the American Medical Association. That "
          "distribution agreement expires on December 31, 2024, and Delmont has decided not to renew it."),
        P("Accordingly, Delmont and the Practice agree that:"),
        N(["Effective January 1, 2025, Section 9.1 of the Agreement ceases to apply, and Delmont will no longer supply "
           "or sublicense CPT content.",
           "Before continuing to use CPT codes in the Delmont software after that date, the Practice must obtain a "
           "license for CPT directly from the American Medical Association, covering all of the Practice's users, and "
           "will be responsible for the fees under that license.",
           "Delmont will enable customer-loaded code tables in release 14.2 so that the Practice can import the CPT "
           "data file it licenses, and will provide up to four hours of assistance with the first import at no "
           "charge.",
           "The annual maintenance fee under the Agreement is not changed by this letter."]),
        P("All other terms of the Agreement remain in effect. Please sign below to confirm the Practice's agreement "
          "and return a copy to contracts@delmontclinical.example."),
        P("Sincerely,<br/>Angela Ricci<br/>Vice President, Legal and Contracts<br/>Delmont Clinical Solutions, Inc."),
        HR(),
        P("Acknowledged and agreed:"),
        SIG([("Allegheny Hand and Upper Extremity Specialists, LLC", "Robert Szabo", "Administrator", "November 8, 2024")]),
    ], font="Times", size=11, footer="Delmont Clinical Solutions, Inc."))

# ---------------------------------------------------------------------------
pc10 = {"V": "Westgate", "C": "Provider", "state": "Arizona", "venue": "Phoenix, Arizona"}
DOCS.append(D(
    "cm_westgate_clearing", "customer_must_license", "Westgate EDI Services, Inc.", None,
    "Clearinghouse agreement ('Provider' is the practice): Westgate furnishes no CPT content, and Provider must "
    "obtain and maintain at its own expense any licence the AMA requires for its use of CPT; per-claim fees are "
    "unrelated.",
    [
        CENTER("EDI SERVICES AGREEMENT"),
        P("This EDI Services Agreement is made on October 6, 2025 between Westgate EDI Services, Inc., an Arizona "
          "corporation (\"Westgate\"), and Saguaro Family Health, PLLC (\"Provider\")."),
        P("<b>1. Services.</b> Westgate will receive electronic claims and related transactions from Provider's practice "
          "management system, validate them for format and payer-specific requirements, forward them to payers, and "
          "return payer responses and remittance files."),
        P("<b>2. No code content.</b> Westgate transmits claims as formatted by Provider. Westgate does not furnish CPT\u00ae "
          "codes, descriptors or any other CPT content to Provider, and its claim validation checks code formats only. "
          "Provider shall obtain and maintain, at its own expense, any license required by the American Medical "
          "Association for Provider's use of CPT in preparing and submitting claims, and Westgate shall have no "
          "responsibility for any such license or its fees."),
        P("<b>3. Provider obligations.</b> Provider is responsible for the content of its transactions, for maintaining "
          "payer enrollment, and for testing with Westgate before going live."),
        P("<b>4. Fees.</b> Provider shall pay the following, invoiced monthly in arrears:"),
        T([
            ["Transaction", "Fee"],
            ["837P claim", "$0.24 per claim"],
            ["837I claim", "$0.35 per claim"],
            ["Eligibility (270/271)", "$0.10 per transaction"],
            ["835 remittance", "$0.05 per remittance"],
            ["Monthly platform fee", "$35.00 per submitter ID"],
        ], widths=[3.2, 2.6]),
    ] + clauses(US, ["hipaa", "conf", "liab", "term", "law", "entire"], 5, pc10) + [
        SIG([("Westgate EDI Services, Inc.", "Miguel Arriaga", "Vice President, Operations", "October 6, 2025"),
             ("Saguaro Family Health, PLLC", "Dr. Leah Tso", "Owner", "October 6, 2025")]),
    ], font="Times", size=10.5, footer="Westgate EDI Services, Inc. \u2014 EDI Services Agreement"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "cm_coderidge_footnote", "customer_must_license", "Coderidge Audit Technologies, LLC", None,
    "Order form for a coding-audit tool whose only CPT words are in a footnote: Coderidge supplies no CPT content "
    "and the Customer must hold an AMA CPT licence for each Authorized User as defined in Section 1 of the Terms.",
    [
        TITLE("Order Form"),
        SUB("Coderidge Audit Workspace"),
        KV([
            ["Vendor", "Coderidge Audit Technologies, LLC, 1400 Broadway, Nashville, TN 37203"],
            ["Customer", "Cumberland Multispecialty Clinic, PLLC"],
            ["Order date", "July 7, 2025"],
            ["Term", "12 months from provisioning"],
            ["Terms", "Coderidge Terms of Service, version 2025-02 (the \"Terms\")"],
        ], widths=(1.2, 5.3)),
        T([
            ["Item", "Quantity", "Price", "Annual total"],
            ["Audit Workspace \u2014 Authorized User subscription*", "6", "$1,140.00 / year", "$6,840.00"],
            ["Provider scorecards", "24 providers", "$60.00 / provider / year", "$1,440.00"],
            ["EHR extract connector", "1", "$1,800.00 / year", "$1,800.00"],
            ["Onboarding workshop (remote, 2 sessions)", "1", "$950.00 one time", "$950.00"],
            ["Total", "", "", "$11,030.00"],
        ], ruled=False, widths=[3.1, 1.1, 1.6, 1.2], right=(3,)),
        P("Invoiced annually in advance. Prices fixed for the Term."),
        P("Customer's signature below confirms this order under the Terms."),
        SIG([("Cumberland Multispecialty Clinic, PLLC", "Heather Moss, CPC", "Compliance Director", "July 7, 2025"),
             ("Coderidge Audit Technologies, LLC", "Ben Okoro", "Account Executive", "July 8, 2025")]),
        SP(18),
        HR(),
        F("* Coderidge does not supply CPT\u00ae content. Customer must hold a current CPT license from the American "
          "Medical Association for each Authorized User (as defined in Section 1 of the Terms) before loading CPT data "
          "into the Audit Workspace."),
    ], font="Helvetica", size=10, footer="Coderidge Audit Technologies, LLC \u00b7 Order Form"))
