"""Sign-in allow-list: addresses and whole domains, nothing else."""

from cptcompare.access import is_allowed, normalize


def test_listed_address_is_allowed_whatever_its_case():
    assert is_allowed("Lead@Practice.org", ["lead@practice.org"])


def test_domain_entry_allows_everyone_there_and_only_there():
    allowed = ["@practice.org"]
    assert is_allowed("biller@practice.org", allowed)
    assert not is_allowed("biller@practice.org.evil.com", allowed)
    assert not is_allowed("biller@notpractice.org", allowed)


def test_bare_domain_is_read_as_a_domain_entry():
    assert normalize([" Practice.org "]) == ["@practice.org"]
    assert is_allowed("nurse@practice.org", ["practice.org"])


def test_empty_list_and_missing_or_odd_addresses_let_nobody_in():
    assert not is_allowed("lead@practice.org", [])
    assert not is_allowed(None, ["@practice.org"])
    assert not is_allowed("a@b@practice.org", ["@practice.org"])
    assert not is_allowed("", ["@practice.org"])


def test_sidebar_says_who_can_reach_the_app():
    from cptcompare.access import reach

    assert reach("127.0.0.1", sign_in=False).startswith("Only this computer")
    assert reach("localhost", sign_in=True).startswith("Only this computer")
    everyone = reach("0.0.0.0", sign_in=False)
    assert "Anyone on your network" in everyone and "Turn sign-in on" in everyone
    assert "every network interface" in reach(None, sign_in=False)
    assert "signed in and listed" in reach("192.168.1.5", sign_in=True)
