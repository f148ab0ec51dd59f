"""Shared noise snippets (cookie banners, footers) for the blind_q documents."""

COOKIE_1 = ("We use cookies to keep you signed in, remember your preferences and measure how our help pages are "
            "used. Select Accept All to allow all cookies, or Manage Preferences to choose. "
            "[ Accept All ]  [ Reject Non-Essential ]  [ Manage Preferences ]")
COOKIE_2 = ("This site uses cookies and similar technologies. By continuing to browse you agree to our use of "
            "cookies as described in our Cookie Notice.   OK   |   Cookie Settings")
COOKIE_3 = ("Your privacy choices: we and our partners store and read information on your device for analytics "
            "and personalised content. You can change your choices at any time from the Privacy link in the footer. "
            "Accept  /  Decline  /  Customize")


def web(url, title, date="10/14/25, 9:12 AM"):
    """Header/footer pair mimicking a browser print-out."""
    return {"header": (date, title), "footer": url, "pagenum": "Page %d"}
