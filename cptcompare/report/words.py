"""The exports' own words: titles, headings, the scenario's labels and what an empty cell says.

Kept together as data so the PDF and the workbook say the same thing in the same words.
"""

from __future__ import annotations

DOC_TITLE = "CPT licensing comparison"
TITLE = "CPT licensing: {practice}"
UNNAMED = "(practice not named)"
SUBTITLE = (
    "What CPT costs under each vendor contract, against licensing CPT directly from the AMA, "
    "for {year}. Prepared {on}."
)
FOOTER = "CPT licensing comparison · {practice} · prepared {on}"
PAGE = "Page {n} of {m}"

HEADINGS = {
    "scenario": "The scenario and its assumptions",
    "plan": "One plan across your applications",
    "unreadable": "Files that could not be read",
    "table": "Each contract against a direct AMA license",
    "markup": "The vendors' markup over the AMA's royalty",
    "chart": "CPT cost a year, per contract, against a direct AMA license",
    "quotes": "The contracts' own words",
}
TABLE_HEADER = [
    "Vendor and contract",
    "Application",
    "Who pays for CPT",
    "Fee as the contract states it",
    "CPT a year",
    "Difference",
    "Checked",
]
TABLE_NOTE = (
    "A direct AMA license costs {direct} a year per application (the last row). Difference: the "
    "contract's CPT cost a year minus that; below zero, the contract costs less. 'unknown': the "
    "contract leaves the fee open, so it is not costed."
)
NEEDS_REVIEW = " (needs review)"
CHART_NOTE = (
    "Blue: the contract's CPT cost a year for this practice (a one-time fee with no term is shown "
    "as paid once). Orange: a direct AMA license for one application, {direct} a year; the dashed "
    "line marks it on every row. 'unknown': not costed, see the table."
)
UNKNOWN = "unknown"
NOT_STATED = "not stated"
NO_SPLIT = "–"  # no royalty and markup split for this fee (the "Markup basis" column says why)

SCENARIO = {
    "practice": "Practice",
    "prepared": "Prepared on",
    "year": "Year of the comparison",
    "users": "CPT users",
    "counted": "How the users were counted",
    "roles": "Roles",
    "applications": "Applications that use CPT",
    "schedule": "Fee figures",
    "entity_fee": "AMA entity fee a year",
    "per_user": "AMA royalty per user a year",
    "source": "Source of the fee figures",
    "note": "About the fee figures",
    "direct": "Direct AMA license a year, per application",
    "escalation": "Projection of the AMA's fees",
    "read": "Contracts read",
    "unreadable": "Files that could not be read",
    "assumption": "Assumptions",
    "summary": "Summary",
    "plan": "The plan",
}
METHODS = {
    "given": "As you gave them",
    "proxy": "Estimated with the AMA's User Proxy Model: about 4 users per physician",
    "roles": "Counted by role under the AMA's definition of a user",
}
ESTIMATE = "{users} (an estimate)"
ROLE = "{label}: {people}, {counted}"
COUNTED = {True: "counted", False: "not counted"}
EFFECTIVE = "effective {date}"

SHEETS = {"table": "Comparison", "scenario": "Scenario and sources"}
SHEET_NOTE = (
    "{practice}: CPT licensing comparison for {year}, prepared {on}; {users} CPT users{estimate}; "
    "fee figures: {schedule}. The scenario, its assumptions and the sources are on the sheet '{sheet}'."
)
SOURCES = "Sources"
SOURCE_HEADER = ("File", "Contract, and the words the figures rest on")
UNREADABLE_HEADER = ("File", "Why it could not be read")
