"""Who counts as a CPT user: a given count, staff by role under the AMA definition, or the proxy."""

from cptcompare.models import PracticeProfile
from cptcompare.users import count_users, roles


def test_five_providers_alone_give_twenty_users_as_an_estimate():
    count = count_users(PracticeProfile(providers={"physicians": 5}))
    assert (count.users, count.estimate, count.method) == (20, True, "proxy")
    assert "Estimate" in count.assumptions[0] and "4 users" in count.assumptions[0]


def test_a_known_user_count_wins():
    count = count_users(PracticeProfile(providers={"physicians": 5}, users=31))
    assert (count.users, count.estimate) == (31, False)


def test_staff_by_role_counts_those_who_touch_cpt_or_its_output():
    staff = {
        "coders": 2,
        "billers": 2,
        "front_desk": 3,
        "nurses_mas": 5,
        "managers": 1,
        "report_users": 1,
        "other_staff": 4,
    }
    count = count_users(PracticeProfile(providers={"physicians": 4, "nurse_practitioners": 2}, staff=staff))
    assert count.users == 6 + 2 + 2 + 3 + 5 + 1 + 1
    assert count.estimate is False
    other = next(r for r in count.roles if r.role == "other_staff")
    assert (other.people, other.counted) == (4, False)


def test_each_role_says_why_under_the_ama_definition():
    count = count_users(PracticeProfile(providers={"physicians": 1}, staff={"front_desk": 2}))
    front = next(r for r in count.roles if r.role == "front_desk")
    assert front.counted and "AMA definition, part (b)" in front.reason


def test_the_lead_can_override_a_role():
    profile = PracticeProfile(
        providers={"physicians": 2}, staff={"front_desk": 3}, counted={"front_desk": False}
    )
    count = count_users(profile)
    assert count.users == 2
    assert "you said so" in next(r for r in count.roles if r.role == "front_desk").reason


def test_every_role_has_a_reason():
    assert all(spec["reason"] and spec["label"] for spec in roles().values())
