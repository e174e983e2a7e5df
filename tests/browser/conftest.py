"""Browser tests: Debian's Chromium driven by Playwright against Django's live server.

No browser is downloaded: Playwright launches /usr/bin/chromium. Without it these tests skip
with the reason, except in CI (the CI variable is set), where a skip would hide that nothing
ran, so they fail instead.
"""

import datetime
import os
import re
from pathlib import Path

import pytest
from django.core import mail
from django.urls import reverse

from organisations.seeding.taxonomy import taxonomy_seed

# Debian's chromium; CHROMIUM_PATH points elsewhere on machines that keep it somewhere else.
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Playwright's sync API keeps an event loop running in the test's thread from the first browser
# test on; Django's ORM refuses to run beside one unless told this test-only mix is intended.
# It must be set before pytest-django's database fixtures run, so at import.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(f"Browser tests cannot run in CI: {reason}.", pytrace=False)
        pytest.skip(f"Browser tests skipped: {reason}.")
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}, "locale": "en-GB"}


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """One folder per run, named by when it started, so runs never overwrite each other."""
    folder = SCREENSHOTS / datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def screenshot(screenshot_dir, request):
    """screenshot(page, "name") saves the whole page as <test>-<name>.png."""

    def take(page, name: str) -> Path:
        path = screenshot_dir / f"{request.node.originalname}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def site(live_server, transactional_db, settings):
    """The live server with the real taxonomy loaded and mail kept in memory; it is the site's
    public address (SITE_URL), so the links in mail lead to it."""
    settings.SITE_URL = live_server.url
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    mail.outbox = []
    taxonomy_seed()
    return live_server


@pytest.fixture
def url(site):
    """url("organisations:list") or url("/path/") on the live server."""

    def build(name: str, *args) -> str:
        path = name if name.startswith("/") else reverse(name, args=args)
        return f"{site.url}{path}"

    return build


@pytest.fixture
def outbox_link():
    """The first link in the latest email, as the recipient would click it."""

    def find() -> str:
        assert mail.outbox, "No email was sent."
        match = re.search(r"https?://\S+", mail.outbox[-1].body)
        assert match, mail.outbox[-1].body
        return match.group(0)

    return find


@pytest.fixture
def log_in(url):
    """Log in through the real login page."""

    def submit(page, login: str, password: str) -> None:
        page.goto(url("account_login"))
        page.get_by_label("Email address or username").fill(login)
        page.get_by_label("Password", exact=True).fill(password)
        page.get_by_role("button", name="Log in").click()

    return submit
