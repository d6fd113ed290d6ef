"""Login with password and TOTP through the real views; language and time-zone preferences."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from jointdesk.core.choices import AuditAction
from jointdesk.core.models import AuditEvent

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # what tests/conftest.py's make_user sets
LOGIN = "/accounts/login/"
INBOX = "/exchange/"
SECOND_FACTOR = "/accounts/second-factor/"


def code_for(device: TOTPDevice) -> str:
    """What the user's authenticator app shows right now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def wrong_code_for(device: TOTPDevice) -> str:
    return f"{(int(code_for(device)) + 1) % 10**device.digits:0{device.digits}d}"


@pytest.fixture
def officer(make_user):
    return make_user("ro-spoc", "duty_officer", username="ion.popescu", language="ro")


@pytest.fixture
def device(officer):
    return TOTPDevice.objects.create(user=officer, name="phone", confirmed=True)


def _post_login(client, username, password=PASSWORD, otp_token="", next_url=""):
    url = LOGIN + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": username, "password": password, "otp_token": otp_token})


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_urls_are_where_the_tests_expect():
    assert reverse("accounts:login") == LOGIN
    assert reverse("accounts:second_factor") == SECOND_FACTOR
    assert reverse("exchange:message_inbox") == INBOX


def test_login_page_answers(client):
    response = client.get(LOGIN)
    assert response.status_code == 200
    assert 'name="otp_token"' in response.content.decode()


def test_password_and_correct_code_let_in(client, officer, device):
    response = _post_login(client, "ion.popescu", otp_token=code_for(device))
    assert response.status_code == 302
    assert response["Location"] == INBOX
    assert _logged_in(client)
    assert client.get(reverse("accounts:preferences")).status_code == 200
    inbox = client.get(INBOX)
    assert not (inbox.status_code == 302 and inbox["Location"].startswith(SECOND_FACTOR))
    event = AuditEvent.objects.filter(action=AuditAction.LOGIN).get()
    assert event.actor == officer


@pytest.mark.parametrize("which", ["wrong", "missing"])
def test_wrong_or_missing_code_is_an_error_on_the_code_field(client, officer, device, which):
    token = wrong_code_for(device) if which == "wrong" else ""
    response = _post_login(client, "ion.popescu", otp_token=token)
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["otp_token"]
    expected = "not valid" if which == "wrong" else "6-digit code"
    assert expected in form.errors["otp_token"][0]
    assert not _logged_in(client)
    failed = AuditEvent.objects.get(action=AuditAction.LOGIN_FAILED)
    assert failed.actor is None and failed.actor_username == "ion.popescu"


def test_wrong_password_says_so_without_naming_the_field(client, officer, device):
    response = _post_login(client, "ion.popescu", password="not the password", otp_token=code_for(device))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert not _logged_in(client)
    assert AuditEvent.objects.filter(action=AuditAction.LOGIN_FAILED, actor_username="ion.popescu").exists()


def test_unknown_user_gets_the_same_answer_as_a_wrong_password(client, officer):
    response = _post_login(client, "nobody.here", password="whatever")
    assert response.context["form"].non_field_errors() == ["Username or password is not correct."]
    assert not _logged_in(client)


def test_first_login_enrols_an_authenticator(client, officer):
    response = _post_login(client, "ion.popescu")
    assert response.status_code == 302
    assert response["Location"] == SECOND_FACTOR

    page = client.get(SECOND_FACTOR)
    assert page.status_code == 200
    assert page.context["enrolling"] is True
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html  # the QR code
    pending = TOTPDevice.objects.get(user=officer, confirmed=False)
    assert page.context["secret"] in html

    confirmed = client.post(SECOND_FACTOR, {"otp_token": code_for(pending)})
    assert confirmed.status_code == 302
    assert confirmed["Location"] == INBOX
    pending.refresh_from_db()
    assert pending.confirmed
    assert AuditEvent.objects.filter(
        action=AuditAction.CREATE, actor=officer, object_type="otp_totp.totpdevice"
    ).exists()
    # Now verified: the gate lets the inbox through.
    assert not client.get(INBOX).get("Location", "").startswith(SECOND_FACTOR)


def test_enrolment_with_a_wrong_code_is_an_error_on_the_code_field(client, officer):
    _post_login(client, "ion.popescu")
    client.get(SECOND_FACTOR)
    pending = TOTPDevice.objects.get(user=officer, confirmed=False)
    wrong = client.post(SECOND_FACTOR, {"otp_token": wrong_code_for(pending)})
    assert wrong.status_code == 200
    assert list(wrong.context["form"].errors) == ["otp_token"]
    pending.refresh_from_db()
    assert not pending.confirmed
    assert client.get(INBOX)["Location"] == SECOND_FACTOR


def test_enrolment_page_keeps_the_same_pending_device(client, officer):
    _post_login(client, "ion.popescu")
    client.get(SECOND_FACTOR)
    client.get(SECOND_FACTOR)
    assert TOTPDevice.objects.filter(user=officer, confirmed=False).count() == 1


@pytest.mark.parametrize(
    "path", [INBOX, "/exchange/new/", "/exchange/statistics/", "/audit/", "/accounts/preferences/"]
)
def test_unverified_session_cannot_open_anything_but_the_second_factor(client, officer, path):
    _post_login(client, "ion.popescu")  # password only, no authenticator yet
    assert _logged_in(client)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == SECOND_FACTOR


def test_session_without_otp_is_asked_for_the_code_of_the_existing_device(client, officer, device):
    client.force_login(officer)
    assert client.get(INBOX)["Location"] == SECOND_FACTOR
    page = client.get(SECOND_FACTOR)
    assert page.context["enrolling"] is False
    assert "data:image/svg+xml" not in page.content.decode()  # no new QR code for an enrolled user
    response = client.post(SECOND_FACTOR, {"otp_token": code_for(device)})
    assert response["Location"] == INBOX
    assert not client.get(INBOX).get("Location", "").startswith(SECOND_FACTOR)


def test_anonymous_user_is_sent_to_login(client):
    response = client.get(INBOX)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_without_required_second_factor_a_password_is_enough(client, officer, settings):
    settings.JOINTDESK_REQUIRE_2FA = False
    response = _post_login(client, "ion.popescu")
    assert response["Location"] == INBOX
    assert client.get(reverse("accounts:preferences")).status_code == 200


def test_next_parameter_is_followed_within_the_site(client, officer, device):
    response = _post_login(client, "ion.popescu", otp_token=code_for(device), next_url="/exchange/outbox/")
    assert response["Location"] == "/exchange/outbox/"


@pytest.mark.parametrize("target", ["https://evil.example/phish", "//evil.example/phish"])
def test_next_parameter_never_leaves_the_site(client, officer, device, target):
    response = _post_login(client, "ion.popescu", otp_token=code_for(device), next_url=target)
    assert response.status_code == 302
    assert response["Location"] == INBOX


def test_logout_is_audited(client, officer, device):
    _post_login(client, "ion.popescu", otp_token=code_for(device))
    response = client.post(reverse("accounts:logout"))
    assert response["Location"] == LOGIN
    assert not _logged_in(client)
    assert AuditEvent.objects.filter(action=AuditAction.LOGOUT, actor=officer).exists()


# --- preferences -----------------------------------------------------------------------------------


def test_user_language_sets_the_page_language(client, officer, device):
    _post_login(client, "ion.popescu", otp_token=code_for(device))
    html = client.get(reverse("accounts:preferences")).content.decode()
    assert '<html lang="ro">' in html


def test_changing_language_and_time_zone(client, officer, device):
    _post_login(client, "ion.popescu", otp_token=code_for(device))
    response = client.post(reverse("accounts:preferences"), {"language": "bg", "time_zone": "UTC"})
    assert response.status_code == 302
    officer.refresh_from_db()
    assert (officer.language, officer.time_zone) == ("bg", "UTC")
    page = client.get(reverse("accounts:preferences"))
    assert '<html lang="bg">' in page.content.decode()
    assert page.context["TIME_ZONE"] == "UTC"
    event = AuditEvent.objects.filter(action=AuditAction.UPDATE, actor=officer).get()
    assert event.details == {"fields": ["language", "time_zone"]}


def test_time_zone_of_the_user_is_active(client, make_user):
    sofia = make_user("bg-spoc", "duty_officer", username="sofia", time_zone="Europe/Sofia")
    TOTPDevice.objects.create(user=sofia, name="phone", confirmed=True)
    device = TOTPDevice.objects.get(user=sofia)
    _post_login(client, "sofia", otp_token=code_for(device))
    assert client.get(reverse("accounts:preferences")).context["TIME_ZONE"] == "Europe/Sofia"


def test_invalid_preference_is_refused(client, officer, device):
    _post_login(client, "ion.popescu", otp_token=code_for(device))
    response = client.post(reverse("accounts:preferences"), {"language": "de", "time_zone": "Mars/Olympus"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"language", "time_zone"}
    officer.refresh_from_db()
    assert officer.language == "ro"


def test_user_language_does_not_outlive_the_request(client, officer, device):
    from django.utils import timezone, translation

    before = translation.get_language(), timezone.get_current_timezone_name()
    _post_login(client, "ion.popescu", otp_token=code_for(device))
    response = client.get(reverse("accounts:preferences"))
    assert response["Content-Language"] == "ro"
    assert (translation.get_language(), timezone.get_current_timezone_name()) == before
