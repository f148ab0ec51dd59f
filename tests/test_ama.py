"""AMA fee schedules and direct cost, checked against figures worked out by hand (DOMAIN.md)."""

from decimal import Decimal

from cptcompare import ama
from cptcompare.models import FeeSchedule


def direct(year: int, users: int) -> tuple[Decimal, list[str]]:
    schedule, assumptions = ama.schedule_for(year)
    return ama.direct_cost(schedule, users).annual_cost, assumptions


def test_2024_with_20_users_is_442_50():
    cost, assumptions = direct(2024, 20)
    assert cost == Decimal("442.50")
    assert assumptions == []


def test_2026_with_20_users_is_452_50_and_says_the_entity_fee_is_assumed():
    cost, assumptions = direct(2026, 20)
    assert cost == Decimal("452.50")
    assert any("entity fee" in a and "82.50" in a and "assumed" in a for a in assumptions)


def test_2025_uses_18_50_per_user():
    assert direct(2025, 1)[0] == Decimal("101.00")


def test_archived_figures_for_2012():
    assert direct(2012, 20)[0] == Decimal("80.00") + Decimal("15.50") * 20


def test_year_without_figures_uses_the_nearest_and_says_so():
    cost, assumptions = direct(2023, 20)
    assert cost == Decimal("442.50")
    assert any("2023" in a and "2024" in a for a in assumptions)
    later, notes = direct(2031, 20)
    assert later == Decimal("452.50")
    assert any("2031" in a and "2026" in a for a in notes)


def test_every_year_carries_its_source():
    for schedule in ama.ama_years().values():
        assert schedule.source and schedule.note


def test_forum_quote_is_a_scenario_not_an_ama_year():
    [quote] = ama.scenarios()
    assert quote.kind == "scenario" and quote.year == 2016
    assert ama.direct_cost(quote, 20).annual_cost == Decimal("975.00")
    assert 2016 not in ama.ama_years()


def test_money_is_exact_to_the_cent():
    schedule = FeeSchedule(name="odd", entity_fee=Decimal("0.10"), per_user=Decimal("0.20"))
    assert ama.direct_cost(schedule, 3).annual_cost == Decimal("0.70")


def test_escalation_as_vendors_claim_adds_fifty_cents_a_year():
    schedule, _ = ama.schedule_for(2026)
    rates = [ama.per_user_in_year(schedule, n, "vendor_claim") for n in range(3)]
    assert rates == [Decimal("18.50"), Decimal("19.00"), Decimal("19.50")]
    assert ama.per_user_in_year(schedule, 4, "none") == Decimal("18.50")


def test_break_even_for_a_per_user_fee():
    schedule, _ = ama.schedule_for(2026)
    point = ama.break_even(Decimal("19.00"), "user", 20, schedule)  # 82.50 / (19.00 - 18.50) = 165
    assert point.users == Decimal("165.0")
    assert point.direct_cheaper == "more_users"
    assert "166 or more users" in point.text


def test_break_even_for_a_per_provider_fee():
    schedule, _ = ama.schedule_for(2026)
    point = ama.break_even(Decimal("19.00"), "provider", 8, schedule)  # (152 - 82.50) / 18.50 = 3.76
    assert point.users == Decimal("3.8")
    assert point.direct_cheaper == "fewer_users"
    assert "3 or fewer users" in point.text


def test_no_break_even_when_the_vendor_is_always_cheaper():
    schedule, _ = ama.schedule_for(2026)
    assert ama.break_even(Decimal("18.00"), "user", 20, schedule).direct_cheaper == "never"
    assert ama.break_even(Decimal("19.00"), "provider", 5, schedule).direct_cheaper == "never"
