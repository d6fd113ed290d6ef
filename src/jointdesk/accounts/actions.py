"""Writes to accounts: logins, preferences, second-factor enrolment, API tokens."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from jointdesk.accounts.models import ApiToken, User
from jointdesk.core import audit
from jointdesk.core.choices import AuditAction


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR")


def login_record(*, user: User | None, username: str, request: HttpRequest | None, succeeded: bool) -> None:
    """Every login attempt is audited; failed ones name only the username tried."""
    audit.record(
        actor=user if succeeded else None,
        actor_username=username,
        action=AuditAction.LOGIN if succeeded else AuditAction.LOGIN_FAILED,
        object_type="accounts.user",
        object_id=str(user.uuid) if user else "",
        ip_address=client_ip(request),
    )


def preferences_update(*, actor: User, language: str, time_zone: str) -> User:
    """Change the UI language and time zone of the acting user."""
    with transaction.atomic():
        actor.language = language
        actor.time_zone = time_zone
        actor.save(update_fields=["language", "time_zone"])
        audit.record(
            actor=actor, action=AuditAction.UPDATE, obj=actor, details={"fields": ["language", "time_zone"]}
        )
    return actor


def totp_device_pending(*, actor: User) -> TOTPDevice:
    """The unconfirmed TOTP device a user is enrolling (created on first visit)."""
    with transaction.atomic():
        device = TOTPDevice.objects.filter(user=actor, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=actor, name="authenticator", confirmed=False)
    return device


def totp_device_confirm(*, actor: User, device: TOTPDevice, token: str) -> bool:
    """Confirm enrolment when the user proves the app produces valid codes."""
    with transaction.atomic():
        if not device.verify_token(token):
            return False
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit.record(actor=actor, action=AuditAction.CREATE, obj=device, details={"second_factor": "totp"})
    return True


def api_token_create(*, actor: User, name: str) -> tuple[ApiToken, str]:
    """Issue an API token; the raw value is returned once and never stored."""
    raw = ApiToken.generate_raw()
    with transaction.atomic():
        token = ApiToken.objects.create(user=actor, name=name, digest=ApiToken.digest_of(raw), prefix=raw[:8])
        audit.record(actor=actor, action=AuditAction.CREATE, obj=token, details={"name": name})
    return token, raw


def api_token_revoke(*, actor: User, token: ApiToken) -> None:
    with transaction.atomic():
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit.record(actor=actor, action=AuditAction.UPDATE, obj=token, details={"revoked": True})
