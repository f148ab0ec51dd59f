"""Charts of a comparison carry its figures, and names from contracts stay inert; each chart's
figures as a table (its text alternative); one colour meaning in every chart, never alone; and
labels, titles and legends that fit a phone."""

from datetime import date
from html import unescape

from cptcompare import PracticeProfile, compare, renewal_dates
from cptcompare.charts import (
    LABEL_WIDTH,
    cost_by_vendor,
    cost_vs_users,
    projection,
    renewal_timeline,
    royalty_and_markup,
    wrap,
)
from cptcompare.charttables import (
    cost_by_vendor_rows,
    cost_vs_users_rows,
    projection_rows,
    renewal_timeline_rows,
    royalty_and_markup_rows,
)
from cptcompare.palette import AMA, DEADLINE, VENDOR

from .helpers import analyze
from .pdfgen import pdf_from_text


def _comparison():
    results = [
        analyze(
            pdf_from_text('Greenleaf EHR, Inc. ("Vendor") charges an AMA CPT fee of $19 per user per year.')
        ),
        analyze(
            pdf_from_text("The CPT fee is $240 per location per year."),
            name='<a href="javascript:alert(1)">evil</a>.pdf',
        ),
    ]
    return compare(results, PracticeProfile(providers={"physicians": 5}), 2026, escalation="vendor_claim")


def test_cost_by_vendor_shows_each_known_cost_and_the_direct_line():
    fig = cost_by_vendor(_comparison())
    assert list(fig.data[0].x) == [380.0, 240.0]
    assert [s.x0 for s in fig.layout.shapes] == [452.5]  # the direct license's line...
    assert "Direct AMA license: $452.50 a year" in [t.name for t in fig.data]  # ...named in the legend


def test_cost_vs_users_marks_the_break_even():
    fig = cost_vs_users(_comparison(), most_users=200)
    names = [t.name for t in fig.data]
    assert names[0] == "Direct AMA license"
    marker = next(t for t in fig.data if t.name == "Break-even with a direct license")  # one legend entry
    assert list(marker.x)[0] == 165.0  # 82.50 / (19.00 - 18.50)
    assert marker.hovertext[0].startswith("Break-even: Greenleaf")
    direct = fig.data[0]
    assert direct.y[20] == 452.5


def test_projection_rises_with_the_vendor_claimed_escalation():
    fig = projection(_comparison())
    direct = list(fig.data[0].y)
    assert direct[1] - direct[0] == 10.0 and list(fig.data[0].x)[:2] == [2026, 2027]


def test_names_from_contracts_are_escaped():
    fig = cost_by_vendor(_comparison())
    labels = " ".join(fig.data[0].y)
    assert "<a" not in labels and "&lt;a href" in labels


LONG = "Meridian Riverside Valley Practice Management and Billing Solutions, Inc."


def _wide():
    """A split fee, a fee below the royalty, a per-location fee, a long name, and dates."""
    texts = [
        'Greenleaf EHR, Inc. ("Vendor") charges a CPT fee of $18.50 AMA royalty + $1.50 processing fee per user per year.',
        f'{LONG} ("Vendor") charges an AMA CPT fee of $17 per user per year.',
        'Ridge PM LLC ("Vendor") charges an AMA CPT fee of $240 per location per year. This Agreement is '
        "effective as of January 1, 2025 for an initial term of twelve (12) months and renews automatically "
        "for successive twelve (12) month terms unless either party gives sixty (60) days' written notice.",
    ]
    results = [analyze(pdf_from_text(t), f"c{n}.pdf") for n, t in enumerate(texts)]
    return compare(results, PracticeProfile(providers={"physicians": 5}), 2026), results


def _all_figures():
    c, results = _wide()
    rs = renewal_dates(results, date(2026, 6, 1))
    return [cost_by_vendor(c), royalty_and_markup(c), cost_vs_users(c), projection(c), renewal_timeline(rs)]


def test_each_chart_has_the_table_of_what_it_draws():
    c, results = _wide()
    bars = cost_by_vendor(c).data[0]
    rows = cost_by_vendor_rows(c)
    assert [r["CPT cost a year"] for r in rows] == [f"${x:,.2f}" for x in bars.x] + ["$452.50"]
    assert rows[1]["Contract"] == LONG  # whole, as written (the chart's label wraps it)
    split = royalty_and_markup_rows(c)
    assert [r["AMA royalty a year"] for r in split] == ["$370.00", "$340.00"]
    assert [r["Vendor's markup a year"] for r in split] == ["$30.00", "$0.00"]
    assert (
        split[1]["Below the AMA's royalty a year"] == "$30.00"
        and split[1]["Markup, % of the royalty"] == "-8%"
    )
    lines = cost_vs_users_rows(c)
    assert lines[0]["At 20 users (yours)"] == "$452.50" and lines[0]["At 40 users"] == "$822.50"
    assert lines[1]["At 10 users"] == "$200.00" and lines[1]["Line"].startswith("Greenleaf")
    ridge = next(r for r in lines if r["Line"] == "Ridge PM LLC")
    assert ridge["At 40 users"] == "$240.00" and ridge["Break-even"] == "8.5 users"  # flat; the cross
    years = projection_rows(c)
    assert [y["Year"] for y in years] == list(projection(c).data[0].x)
    terms = renewal_timeline_rows(renewal_dates(results, date(2026, 6, 1)))
    assert terms == [
        {
            "Contract": "Ridge PM LLC",
            "Terms": "Initial term: 1 Jan 2025 to 31 Dec 2025; Renewal term: 1 Jan 2026 to 31 Dec 2026; "
            "Next term, unless notice is given: 1 Jan 2027 to 31 Dec 2027",
            "Last day to give notice": "1 Nov 2026",
        }
    ]


def test_one_colour_meaning_in_every_chart_and_never_colour_alone():
    """Orange is the AMA's money (dashed), blue the vendor's (solid), red a deadline (diamonds);
    every trace is named in the legend."""
    for fig in _all_figures():
        for trace in fig.data:
            assert trace.name, "every mark is named in the legend"
            colour = (trace.line.color if trace.type == "scatter" else None) or trace.marker.color
            ama = "AMA" in trace.name and "markup" not in trace.name
            if colour == AMA:
                assert ama, trace.name
                assert trace.type == "bar" or trace.line.dash == "dash"  # a line is dashed, not only orange
            if colour == VENDOR:
                assert not ama and (trace.type == "bar" or trace.line.dash in (None, "solid"))
            if colour == DEADLINE:
                assert trace.name == "Last day to give notice" and trace.marker.symbol == "diamond"


def test_labels_titles_and_legends_fit_a_phone():
    for fig in _all_figures():
        assert fig.layout.legend.orientation == "h" and fig.layout.legend.yref == "container"  # below
        assert all(len(unescape(line)) <= 34 for line in fig.layout.title.text.split("<br>"))
        labels = {y for t in fig.data if t.orientation == "h" for y in t.y}
        for label in labels:
            lines = label.split("<br>")
            assert all(len(unescape(line)) <= LABEL_WIDTH for line in lines), label
    long = next(y for y in cost_by_vendor(_wide()[0]).data[0].y if y.startswith("Meridian"))
    assert long == "Meridian Riverside Valley<br>Practice Management and<br>Billing Solutions, Inc."
    longer = wrap(f"{LONG} (meridian_riverside_valley_practice_management_agreement.pdf)")
    assert longer.count("<br>") == 2 and longer.endswith("…")  # three lines at most: the table has it whole
