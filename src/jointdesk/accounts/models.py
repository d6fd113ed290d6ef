"""Who works in jointdesk: users, their organisations and units, and their roles."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from jointdesk.accounts.choices import OrganisationKind, Role, TimeZoneChoice
from jointdesk.core.choices import Country
from jointdesk.core.models import TimestampedModel

_COUNTRY_LANGUAGE = {"RO": "ro", "BG": "bg"}


class Organisation(TimestampedModel):
    """A police, border police or ministry body of one country; units belong to it."""

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_local = models.CharField(_("name in the national language"), max_length=200, blank=True)

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return f"{self.name} ({self.country})"


class Unit(TimestampedModel):
    """A unit that sends and receives messages: a SPOC, the joint centre, a regional unit.

    Access to messages is decided per unit: a message is seen by the unit that sent it and the
    unit that received it (and their supervisors and data-protection officers).
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="units")
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_local = models.CharField(_("name in the national language"), max_length=200, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    is_spoc = models.BooleanField(_("single point of contact"), default=False)
    is_joint = models.BooleanField(_("joint unit of both countries"), default=False)
    region = models.CharField(_("region"), max_length=100, blank=True)

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.UniqueConstraint(
                fields=["country"], condition=models.Q(is_spoc=True), name="one_spoc_per_country"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.country})"

    @property
    def display_name(self) -> str:
        """The unit's own-language name for readers of that language, the English name for the others."""
        if self.name_local and (translation.get_language() or "")[:2] == _COUNTRY_LANGUAGE.get(self.country):
            return self.name_local
        return self.name


class User(AbstractUser):
    """A person who logs in; belongs to one country and one unit and holds one role there."""

    uuid = models.UUIDField(unique=True, editable=False, null=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="members")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    language = models.CharField(_("language"), max_length=5, default="en")
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=TimeZoneChoice.choices, default=TimeZoneChoice.BUCHAREST
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args: object, **kwargs: object) -> None:
        if self.uuid is None:
            import uuid

            self.uuid = uuid.uuid4()
        if self.unit is not None and not self.country:
            self.country = self.unit.country
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def has_role(self, *roles: str) -> bool:
        return self.role in roles


class ApiToken(TimestampedModel):
    """A bearer token for the JSON API; only its SHA-256 digest is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    @staticmethod
    def digest_of(raw: str) -> str:
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    @staticmethod
    def generate_raw() -> str:
        return "jd_" + secrets.token_urlsafe(32)
