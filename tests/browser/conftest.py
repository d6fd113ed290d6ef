"""Playwright (sync API) against Debian's Chromium and pytest-django's live server.

Every test module here marks its tests ``browser``; ``make test-browser`` runs them. Without /usr/bin/chromium
they skip with a message (CI installs Chromium and turns any skip into a failure).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("JOINTDESK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "correct horse battery staple"  # what tests/conftest.py's make_user sets


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium package to run the browser tests")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread, which makes Django's async-safety
    # check refuse the ORM calls of the test body (and of live_server's setup); only while browsing.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def totp_code(device) -> str:
    """What the user's authenticator app shows right now."""
    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def log_in(browser, live_server):
    """Open a fresh browser context and log ``user`` in with password and TOTP through the login page."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    contexts = []

    def _log_in(user):
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="en-GB")
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("input[name=username]", user.username)
        page.fill("input[name=password]", PASSWORD)
        page.fill("input[name=otp_token]", totp_code(device))
        page.locator("main form.stacked button[type=submit]").click()
        page.wait_for_url(f"{live_server.url}/exchange/")
        return page

    yield _log_in
    for context in contexts:
        context.close()
