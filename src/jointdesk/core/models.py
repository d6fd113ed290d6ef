"""Base models and the append-only, hash-chained audit log."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from jointdesk.core.choices import AuditAction, Country


class TimestampedModel(models.Model):
    """Every exchanged object carries a UUID so two national nodes can refer to it unambiguously."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class CountryOwnedModel(TimestampedModel):
    """A record of personal data always says which country owns it (future sovereign nodes)."""

    owner_country = models.CharField(_("owning country"), max_length=2, choices=Country.choices)

    class Meta:
        abstract = True


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise TypeError("the audit log is append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise TypeError("the audit log is append-only")


class AuditEvent(models.Model):
    """Who consulted or changed what, when and why (Dir. 2016/680 Art. 25; Dir. 2023/977 Art. 16(1)(h)).

    Rows are never updated or deleted. Each row stores the hash of the previous row and its own hash
    over its content, so any edit, deletion or insertion in the middle breaks the chain and
    ``manage.py audit_verify`` names the first broken row. ``details`` holds identifiers and field
    names only, never the personal data itself.
    """

    GENESIS = "0" * 64

    id = models.BigAutoField(primary_key=True)
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_username = models.CharField(max_length=150, blank=True)
    actor_country = models.CharField(max_length=2, blank=True)
    action = models.CharField(max_length=32, choices=AuditAction.choices, db_index=True)
    object_type = models.CharField(max_length=64, blank=True, db_index=True)
    object_id = models.CharField(max_length=64, blank=True, db_index=True)
    purpose = models.CharField(max_length=300, blank=True)
    personal_data = models.BooleanField(default=False)
    details = models.JSONField(default=dict, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["object_type", "object_id", "-id"])]

    def canonical_payload(self) -> str:
        payload = {
            "uuid": str(self.uuid),
            "at": self.at.isoformat(),
            "actor_id": self.actor_id,
            "actor_username": self.actor_username,
            "actor_country": self.actor_country,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "purpose": self.purpose,
            "personal_data": self.personal_data,
            "details": self.details,
            "ip_address": self.ip_address,
            "prev_hash": self.prev_hash,
        }
        return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)

    def compute_hash(self) -> str:
        return hashlib.sha256(self.canonical_payload().encode("utf-8")).hexdigest()

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise TypeError("the audit log is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise TypeError("the audit log is append-only")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_username} {self.action} {self.object_type}:{self.object_id}"
