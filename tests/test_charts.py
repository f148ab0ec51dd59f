"""Charts of a comparison carry its figures, and names from contracts stay inert."""

from cptcompare import PracticeProfile, compare
from cptcompare.charts import cost_by_vendor, cost_vs_users, projection

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
    assert any("452.50" in a.text for a in fig.layout.annotations)


def test_cost_vs_users_marks_the_break_even():
    fig = cost_vs_users(_comparison(), most_users=200)
    names = [t.name for t in fig.data]
    assert names[0] == "Direct AMA license"
    marker = next(t for t in fig.data if t.name.startswith("Break-even: Greenleaf"))
    assert list(marker.x) == [165.0]  # 82.50 / (19.00 - 18.50)
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
