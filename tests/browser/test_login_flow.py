"""First login in a browser: password, then enrolment of an authenticator from the QR page."""

from __future__ import annotations

import base64

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_first_login_enrols_an_authenticator_then_opens_the_inbox(browser, live_server, make_user):
    user = make_user("bg-spoc", "duty_officer", username="maria.georgieva", language="bg")
    context = browser.new_context(locale="bg-BG")
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/exchange/")
        assert "/accounts/login/" in page.url  # anonymous: sent to log in
        page.fill("input[name=username]", user.username)
        page.fill("input[name=password]", PASSWORD)
        with page.expect_navigation():
            page.locator("main form.stacked button[type=submit]").click()
        assert page.url.endswith("/accounts/second-factor/")
        assert page.locator("html").get_attribute("lang") == "bg"

        # Without a second factor nothing else opens.
        page.goto(f"{live_server.url}/exchange/")
        assert page.url.endswith("/accounts/second-factor/")

        qr = page.locator("img[src^='data:image/svg+xml;base64,']")
        assert qr.is_visible()
        secret = page.locator("main code").inner_text().strip()
        device = TOTPDevice.objects.get(user=user, confirmed=False)
        assert base64.b32decode(secret) == device.bin_key  # the key shown is the device's key
        totp = TOTP(base64.b32decode(secret), device.step, device.t0, device.digits, device.drift)
        page.fill("input[name=otp_token]", f"{totp.token():06d}")
        with page.expect_navigation():
            page.locator("main form.stacked button[type=submit]").click()
        assert page.url == f"{live_server.url}/exchange/"
        device.refresh_from_db()
        assert device.confirmed
    finally:
        context.close()
