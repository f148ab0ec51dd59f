"""Interchangeable boilerplate sections (in the markup of _render.py).

Each template takes {n} (section number), {v} (how the contract names the vendor) and {c} (how
it names the customer); some also take {law} (a U.S. state). Several wordings exist for each
topic so that no two sample contracts read alike. None of them mentions code sets, the AMA or
any clause the labels flag; those live only in the contract-specific texts.
"""

from __future__ import annotations

CONFIDENTIALITY = {
    "formal": """
# {n}. Confidentiality

**{n}.1 Definition.** "Confidential Information" means any non-public information disclosed by
one party (the "Discloser") to the other (the "Recipient") that is marked confidential or that a
reasonable person would understand to be confidential, including pricing, product roadmaps,
security reports and the terms of this Agreement.

**{n}.2 Exclusions.** Confidential Information does not include information that (a) is or
becomes public through no fault of the Recipient; (b) was known to the Recipient before
disclosure without restriction; (c) is independently developed by the Recipient without use of
the Discloser's information; or (d) is rightfully received from a third party without a duty of
confidentiality.

**{n}.3 Obligations.** The Recipient shall use Confidential Information only to perform or
exercise its rights under this Agreement, shall protect it with at least the care it uses for its
own information of like kind (and no less than reasonable care), and shall disclose it only to
its employees, advisers and contractors who need to know it and are bound by written duties no
less protective than these.

**{n}.4 Compelled Disclosure.** The Recipient may disclose Confidential Information when
required by law or court order, provided that, where lawful, it gives the Discloser prompt
notice and reasonable help in seeking a protective order.
""",
    "plain": """
# {n}. Keeping Information Private

Each of us may see the other's non-public business information while this Agreement is in
place. The receiving party will use that information only for this Agreement, will not share it
except with people who need it for this Agreement and who are bound to keep it private, and will
protect it at least as carefully as it protects its own similar information. These duties do not
apply to information that is public, that the receiving party already had or developed on its
own, or that it received lawfully from someone else. A party may disclose information when the
law requires it, after telling the other party if the law allows. These duties last for three
years after this Agreement ends, and for trade secrets for as long as they remain trade secrets.
""",
    "short": """
# {n}. Confidentiality

Neither party shall disclose the other party's Confidential Information to any third party
except to its personnel and professional advisers who have a need to know and are bound by
obligations of confidentiality. "Confidential Information" means all information of a party
that is designated as confidential or that ought reasonably to be regarded as confidential,
other than information that is publicly available, already lawfully known to the recipient or
independently developed. Upon termination each party shall return or destroy the other's
Confidential Information on request, except for copies retained in routine backups, which remain
subject to this Section {n}.
""",
}

PRIVACY = {
    "baa": """
# {n}. Protected Health Information

The parties shall enter into {v}'s standard Business Associate Agreement, which forms part of
this Agreement. {v} shall maintain administrative, physical and technical safeguards designed to
protect the confidentiality, integrity and availability of protected health information as
required by the HIPAA Security Rule, and shall report any breach of unsecured protected health
information to {c} without unreasonable delay and in any event within ten (10) business days of
discovery.
""",
    "data": """
# {n}. Data Protection

**{n}.1 Ownership.** As between the parties, {c} owns all data it submits to the Services.
{v} may use that data only to provide and support the Services, to comply with law and, in
de-identified and aggregated form that does not identify {c} or any patient, to improve its
products.

**{n}.2 Security.** {v} shall maintain a written information security program that includes
encryption of data in transit and at rest, role-based access controls, annual penetration
testing by an independent firm and background checks for personnel with access to production
systems.

**{n}.3 HIPAA.** To the extent {v} creates, receives, maintains or transmits protected health
information on behalf of {c}, {v} acts as a business associate and the Business Associate
Addendum attached as an exhibit governs.
""",
}

WARRANTY = {
    "conformance": """
# {n}. Warranties and Disclaimers

**{n}.1 Mutual.** Each party warrants that it is duly organized, that it has full power to enter
into this Agreement and that doing so does not breach any other agreement binding on it.

**{n}.2 Performance.** {v} warrants that the Services will perform materially in accordance
with the applicable documentation. {c}'s exclusive remedy, and {v}'s sole obligation, for
breach of this warranty is for {v} to correct the non-conformity or, if {v} cannot do so within
a reasonable time, to terminate the affected Services and refund prepaid fees for the remainder
of the term.

**{n}.3 Disclaimer.** EXCEPT AS EXPRESSLY STATED IN THIS AGREEMENT, THE SERVICES ARE PROVIDED
WITHOUT WARRANTIES OF ANY KIND, AND EACH PARTY DISCLAIMS ALL IMPLIED WARRANTIES, INCLUDING
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT. THE SERVICES
DO NOT PROVIDE MEDICAL ADVICE, AND {c_upper} REMAINS RESPONSIBLE FOR ALL CLINICAL AND BILLING
DECISIONS.
""",
    "workmanlike": """
# {n}. Representations and Warranties

{v} represents and warrants that (a) the services will be performed in a professional and
workmanlike manner by trained personnel; (b) it will comply with all laws applicable to its
performance, including the Health Insurance Portability and Accountability Act of 1996; and (c)
it will not knowingly introduce any virus, worm or other malicious code into {c}'s systems. {c}
represents and warrants that the information it supplies to {v} is accurate and complete to the
best of its knowledge. ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, ARE DISCLAIMED.
""",
    "as_is": """
# {n}. No Warranty

THE SOFTWARE IS PROVIDED "AS IS" AND "AS AVAILABLE". TO THE FULLEST EXTENT THE LAW ALLOWS, {v_upper}
DISCLAIMS ALL WARRANTIES, WHETHER EXPRESS, IMPLIED OR STATUTORY, INCLUDING ANY WARRANTY OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE, TITLE OR NON-INFRINGEMENT, AND ANY WARRANTY
THAT THE SOFTWARE WILL BE ERROR-FREE OR UNINTERRUPTED.
""",
}

LIABILITY = {
    "twelve_months": """
# {n}. Limitation of Liability

**{n}.1 Exclusion.** NEITHER PARTY SHALL BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL,
CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST PROFITS OR REVENUE, ARISING OUT OF THIS AGREEMENT,
EVEN IF ADVISED OF THEIR POSSIBILITY.

**{n}.2 Cap.** EACH PARTY'S TOTAL LIABILITY ARISING OUT OF THIS AGREEMENT SHALL NOT EXCEED THE
FEES PAID OR PAYABLE BY {c_upper} IN THE TWELVE (12) MONTHS BEFORE THE EVENT GIVING RISE TO THE
CLAIM.

**{n}.3 Exceptions.** The limits in this Section {n} do not apply to a party's payment
obligations, to breach of confidentiality or to liability that cannot be limited by law.
""",
    "double": """
# {n}. Liability

Except for liability arising from a party's gross negligence, wilful misconduct or breach of its
confidentiality obligations, (a) neither party is liable to the other for loss of profits,
goodwill or data, or for any indirect or consequential loss, and (b) each party's aggregate
liability under or in connection with this Agreement is limited to two times (2x) the amounts
paid by {c} under this Agreement during the twelve months preceding the claim.
""",
    "minimal": """
# {n}. Limitation of Liability

TO THE EXTENT PERMITTED BY LAW, {v_upper} WILL NOT BE LIABLE FOR ANY LOST PROFITS OR FOR ANY
INDIRECT, SPECIAL, INCIDENTAL OR CONSEQUENTIAL DAMAGES, AND ITS TOTAL LIABILITY FOR ALL CLAIMS
RELATING TO THE SOFTWARE WILL NOT EXCEED THE GREATER OF ONE HUNDRED U.S. DOLLARS (US$100) OR THE
AMOUNT PAID FOR THE SOFTWARE IN THE PRECEDING TWELVE MONTHS.
""",
}

GENERAL = {
    "long": """
# {n}. General Provisions

**{n}.1 Governing Law.** This Agreement is governed by the laws of the State of {law}, without
regard to its conflict-of-laws rules. The state and federal courts located in {law} have
exclusive jurisdiction over any dispute arising out of this Agreement.

**{n}.2 Assignment.** Neither party may assign this Agreement without the other's prior written
consent, except to a successor in a merger, acquisition or sale of all or substantially all of
its assets that assumes this Agreement in writing.

**{n}.3 Force Majeure.** Neither party is liable for delay or failure to perform caused by
events beyond its reasonable control, such as fire, flood, pandemic, war, labour disputes or
failures of public utilities or networks, other than obligations to pay money.

**{n}.4 Notices.** Notices must be in writing and are effective when delivered by hand, by
courier or by email with confirmation of receipt to the address each party last designated in
writing for notices.

**{n}.5 Entire Agreement.** This Agreement, together with its exhibits and each Order Form, is
the entire agreement of the parties about its subject matter and supersedes all prior proposals
and understandings. Any purchase order terms are void. Amendments must be in writing and signed
by both parties.

**{n}.6 Miscellaneous.** If any provision is held unenforceable, the rest remains in effect. A
waiver of any breach is not a waiver of any other breach. The parties are independent
contractors. This Agreement may be signed in counterparts, including by electronic signature.
""",
    "short": """
# {n}. Miscellaneous

This Agreement shall be governed by and construed in accordance with the laws of the State of
{law}. No failure or delay in exercising any right operates as a waiver of it. If any provision
of this Agreement is found invalid, the remaining provisions continue in full force. Neither
party may assign this Agreement without the written consent of the other, which shall not be
unreasonably withheld. This Agreement constitutes the entire understanding of the parties and
may be modified only by a written instrument signed by both parties.
""",
}


def section(kind: dict[str, str], variant: str, n: int, v: str, c: str, law: str = "") -> str:
    """Fill one boilerplate section for a contract."""
    return kind[variant].format(n=n, v=v, c=c, law=law, v_upper=v.upper(), c_upper=c.upper())
