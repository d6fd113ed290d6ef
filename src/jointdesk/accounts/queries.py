"""Reads of accounts data."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone

from jointdesk.accounts.models import ApiToken, Unit, User


def user_for_api_token(raw: str) -> User | None:
    token = (
        ApiToken.objects.select_related("user", "user__unit")
        .filter(digest=ApiToken.digest_of(raw), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def units_all() -> QuerySet[Unit]:
    return Unit.objects.select_related("organisation").order_by("country", "name")


def spoc_of(country: str) -> Unit | None:
    return Unit.objects.filter(country=country, is_spoc=True).first()


def api_tokens_for_actor(actor: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=actor).order_by("-created_at")
