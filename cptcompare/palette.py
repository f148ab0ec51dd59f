"""One colour for each meaning, the same in every chart of the app (charts.py) and in the PDF
export (report/chart.py), and never the only cue: each meaning also has its own mark (a solid or
dashed line, a symbol, a pattern) and its name in the legend or on the mark.

Every colour here stands 3:1 or more against white (WCAG's contrast for graphics), except the
light greys of a contract's later terms, which are drawn with an outline that does."""

VENDOR = "#4C78A8"  # the vendor's money: its CPT cost, its markup (solid bars, solid lines, circles)
AMA = "#D46A00"  # the AMA's money: a direct license, the royalty in a fee (dashed lines, squares)
SHORT = "#767676"  # how far a fee falls short of the AMA's royalty (white, hatched in this grey)
DEADLINE = "#C0392B"  # the last day to give notice (diamonds)
MARK = "#333333"  # reference marks: your number of users, today, a break-even (dotted lines, crosses)
TERMS = {  # a contract's terms: time, not money, so greys (the next term hatched: not yet agreed)
    "initial": "#5B6770",
    "renewal": "#A7B0B7",
    "next": "#DDE2E6",
}
OUTLINE = "#5B6770"  # the edge of a light term bar
INK = "#333333"  # a chart's words: titles, labels, ticks, legend (Streamlit's own grey was 3.7:1)
TEXT_ON_AMA = "#111111"  # words printed on an AMA bar (white on this orange would be too faint)
