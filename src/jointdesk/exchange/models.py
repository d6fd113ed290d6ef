"""Data of the information exchange between the two countries' contact points.

An ``Exchange`` is one request for information (Art. 4) or one own-initiative provision
(Art. 7) with everything said about it: its ``Message`` envelopes (immutable once sent), the
persons, vehicles, phones and documents it names, and the denormalised state of its Art. 5 clock
so that inboxes and statistics can be filtered in the database.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from jointdesk.accounts.models import Unit
from jointdesk.core.choices import Country
from jointdesk.core.models import CountryOwnedModel, TimestampedModel
from jointdesk.exchange.choices import (
    Accessibility,
    Channel,
    ChannelException,
    CopyWithheldGround,
    DocumentKind,
    EuropolCopy,
    ExchangeKind,
    ExchangeStatus,
    HandlingCode,
    InformationAssessment,
    ItemDecision,
    JudicialOutcome,
    Language,
    MessageKind,
    RefusalGround,
    Sex,
    SourceReliability,
    Urgency,
    UrgencyCriterion,
)


class Exchange(CountryOwnedModel):
    """One request for information or one own-initiative provision, from one country to the other.

    The requesting country owns the record. The request's content (Art. 4(5) fields) is fixed
    when it is sent; what changes afterwards is only the workflow state and the clock, which are
    recomputed from the messages by ``exchange.clock`` whenever a message is added.
    """

    reference = models.CharField(_("reference"), max_length=32, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=ExchangeKind.choices)
    status = models.CharField(_("status"), max_length=32, choices=ExchangeStatus.choices, db_index=True)

    requesting_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    requested_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    requesting_country = models.CharField(_("requesting country"), max_length=2, choices=Country.choices)
    requested_country = models.CharField(_("requested country"), max_length=2, choices=Country.choices)
    # Art. 4(1): a designated authority copies its own SPOC unless Art. 4(2) allows withholding it.
    copy_unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    copy_withheld_ground = models.CharField(
        _("copy to own SPOC withheld"), max_length=1, choices=CopyWithheldGround.choices, blank=True
    )

    subject = models.CharField(_("subject"), max_length=200)
    description = models.TextField(_("information sought"))
    purpose = models.TextField(_("purpose"))
    offence = models.CharField(_("offence"), max_length=200)
    offence_max_penalty_months = models.PositiveIntegerField(
        _("maximum penalty in the requested state (months)"), null=True, blank=True
    )
    subject_link = models.TextField(_("link between the purpose and the persons concerned"), blank=True)
    availability_reason = models.TextField(_("why the information is believed to be available"), blank=True)
    urgency = models.CharField(_("urgency"), max_length=16, choices=Urgency.choices)
    urgency_criterion = models.CharField(
        _("urgency ground"), max_length=20, choices=UrgencyCriterion.choices, blank=True
    )
    urgency_reason = models.TextField(_("reasons for urgency"), blank=True)
    accessibility = models.CharField(_("accessibility"), max_length=16, choices=Accessibility.choices)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    use_restrictions = models.TextField(_("restrictions on use"), blank=True)
    handling_code = models.CharField(_("handling code"), max_length=2, choices=HandlingCode.choices)
    source_reliability = models.CharField(
        _("source evaluation"), max_length=1, choices=SourceReliability.choices, blank=True
    )
    information_assessment = models.CharField(
        _("information evaluation"), max_length=1, choices=InformationAssessment.choices, blank=True
    )
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices, default=Channel.SIENA)
    channel_exception = models.CharField(
        _("reason for not using SIENA"), max_length=1, choices=ChannelException.choices, blank=True
    )
    europol_copy = models.CharField(
        _("copy to Europol"), max_length=20, choices=EuropolCopy.choices, default=EuropolCopy.NOT_ASSESSED
    )
    # Art. 7(2): provision is mandatory for serious criminal offences.
    serious_offence = models.BooleanField(_("serious criminal offence"), default=False)

    # Clock state, recomputed from the messages (see exchange/clock.py).
    received_at = models.DateTimeField(_("received"), db_index=True)
    due_at = models.DateTimeField(_("due"), null=True, blank=True, db_index=True)
    paused_since = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    judicial_delay = models.BooleanField(_("delayed for judicial authorisation"), default=False)
    overrun = models.BooleanField(_("deadline exceeded"), default=False)
    deadline_met = models.BooleanField(null=True, blank=True)
    # Inbox order in one indexed number: open requests by deadline, then closed ones newest first.
    queue_rank = models.BigIntegerField(default=0, editable=False)
    created_by = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("exchange")
        verbose_name_plural = _("exchanges")
        indexes = [
            models.Index(fields=["requested_unit", "status", "-received_at"], name="exch_inbox_idx"),
            models.Index(fields=["requested_unit", "queue_rank"], name="exch_inbox_rank_idx"),
            models.Index(fields=["requesting_unit", "-received_at"], name="exch_outbox_recent_idx"),
            # The latest change identifies the data behind cached statistics (statistics.py).
            models.Index(fields=["updated_at"], name="exch_updated_idx"),
            models.Index(fields=["requesting_unit", "status", "-received_at"], name="exch_outbox_idx"),
            models.Index(fields=["requested_country", "received_at"], name="exch_stats_in_idx"),
            models.Index(fields=["requesting_country", "received_at"], name="exch_stats_out_idx"),
            # Covering indexes: the Art. 18 counts of a year are answered from the index alone on PostgreSQL
            # (docs/benchmarks.md); SQLite ignores ``include`` and gets plain indexes.
            models.Index(
                fields=["requested_country", "kind", "received_at"],
                include=[
                    "requesting_country",
                    "urgency",
                    "status",
                    "judicial_delay",
                    "closed_at",
                    "due_at",
                    "id",
                ],
                name="exch_stats_in_cover_idx",
            ),
            models.Index(
                fields=["requesting_country", "received_at"],
                include=["kind", "requesting_unit", "id"],
                name="exch_stats_out_cover_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(requesting_country=models.F("requested_country")),
                name="exchange_between_two_countries",
            ),
            models.CheckConstraint(
                condition=models.Q(urgency="non_urgent") | ~models.Q(urgency_criterion=""),
                name="urgent_request_has_criterion",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    # Closed exchanges rank after every open one: past any deadline epoch, newest first.
    CLOSED_RANK_BASE = 10_000_000_000

    def compute_queue_rank(self) -> int:
        """Open requests by deadline (overdue first), then everything closed by receipt, newest first."""
        if self.closed_at is None and self.due_at is not None:
            return int(self.due_at.timestamp())
        return self.CLOSED_RANK_BASE - int(self.received_at.timestamp())

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.queue_rank = self.compute_queue_rank()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "queue_rank"}
        super().save(*args, **kwargs)


class Message(TimestampedModel):
    """An envelope sent from one unit to the other about an exchange; immutable once sent.

    ``envelope`` holds the full content as it was sent and ``digest`` its SHA-256, so a later
    national node can verify it received exactly what was sent. A correction is a new message
    whose ``corrects`` points at the first.
    """

    exchange = models.ForeignKey(Exchange, on_delete=models.PROTECT, related_name="messages")
    kind = models.CharField(_("kind"), max_length=24, choices=MessageKind.choices)
    sender_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    recipient_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey("accounts.User", on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField(_("sent"))
    received_at = models.DateTimeField(_("received"))
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    body = models.TextField(_("text"), blank=True)
    corrects = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="corrections"
    )
    refusal_grounds = models.JSONField(_("refusal grounds"), default=list, blank=True)
    item_decisions = models.JSONField(default=list, blank=True)
    delay_until = models.DateTimeField(_("expected delay until"), null=True, blank=True)
    europol_copy = models.CharField(
        _("copy to Europol"), max_length=20, choices=EuropolCopy.choices, default=EuropolCopy.NOT_ASSESSED
    )
    judicial_outcome = models.CharField(max_length=10, choices=JudicialOutcome.choices, blank=True)
    final = models.BooleanField(default=False)
    envelope = models.JSONField(default=dict)
    digest = models.CharField(max_length=64)

    class Meta:
        ordering = ["sent_at", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        return f"{self.exchange_id}:{self.kind}@{self.sent_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def digest_of(envelope: dict[str, Any]) -> str:
        text = json.dumps(envelope, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise TypeError("a sent message is immutable; send a correction instead")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise TypeError("a sent message is immutable")


class MessageRefusal(models.Model):
    """One Art. 6(1) ground of one refusal: lets the Art. 18 statistics count by ground in SQL."""

    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="refusal_rows")
    exchange = models.ForeignKey(Exchange, on_delete=models.PROTECT, related_name="refusal_rows")
    ground = models.CharField(max_length=8, choices=RefusalGround.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["message", "ground"], name="one_row_per_ground")]

    def __str__(self) -> str:
        return f"{self.message_id}:{self.ground}"


class RequestedItem(CountryOwnedModel):
    """Common part of what a request names; each item is answered or refused on its own (Art. 6)."""

    exchange = models.ForeignKey(Exchange, on_delete=models.PROTECT, related_name="%(class)s_items")
    decision = models.CharField(max_length=16, choices=ItemDecision.choices, default=ItemDecision.PENDING)
    decision_grounds = models.JSONField(default=list, blank=True)
    remarks = models.CharField(_("remarks"), max_length=300, blank=True)

    class Meta:
        abstract = True


class Person(RequestedItem):
    """A person named in a request; names kept in their original script, identifiers validated."""

    given_name = models.CharField(_("given name"), max_length=100)
    middle_name = models.CharField(_("middle name or patronymic"), max_length=100, blank=True)
    family_name = models.CharField(_("family name"), max_length=100)
    name_latin = models.CharField(_("name in Latin script"), max_length=300, blank=True)
    birth_date = models.DateField(_("date of birth"), null=True, blank=True)
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, blank=True)
    nationality = models.CharField(_("nationality"), max_length=2, blank=True)
    national_id = models.CharField(_("personal number (CNP/EGN/LNCh)"), max_length=20, blank=True)
    national_id_kind = models.CharField(max_length=8, blank=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")

    def __str__(self) -> str:
        return f"{self.given_name} {self.family_name}"


class Vehicle(RequestedItem):
    """A vehicle named in a request; the plate is compared in its canonical Latin form."""

    plate = models.CharField(_("registration plate"), max_length=20)
    plate_canonical = models.CharField(max_length=20, db_index=True)
    registration_country = models.CharField(_("registration country"), max_length=2, blank=True)
    make = models.CharField(_("make"), max_length=60, blank=True)
    model = models.CharField(_("model"), max_length=60, blank=True)
    colour = models.CharField(_("colour"), max_length=40, blank=True)
    vin = models.CharField(_("VIN"), max_length=17, blank=True)

    class Meta:
        verbose_name = _("vehicle")
        verbose_name_plural = _("vehicles")

    def __str__(self) -> str:
        return self.plate


class Phone(RequestedItem):
    """A phone number named in a request, stored as typed and in E.164."""

    number = models.CharField(_("phone number"), max_length=40)
    e164 = models.CharField(_("phone number (E.164)"), max_length=20, db_index=True)

    class Meta:
        verbose_name = _("phone")
        verbose_name_plural = _("phones")

    def __str__(self) -> str:
        return self.e164


class IdentityDocument(RequestedItem):
    """An identity or travel document named in a request."""

    document_kind = models.CharField(_("document kind"), max_length=24, choices=DocumentKind.choices)
    number = models.CharField(_("document number"), max_length=40)
    number_normalised = models.CharField(max_length=40, db_index=True)
    issuing_country = models.CharField(_("issuing country"), max_length=2, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.number


class Attachment(TimestampedModel):
    """A file sent with a message; stored outside the web root, streamed only after an access check."""

    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="attachments")
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    storage_name = models.CharField(max_length=100, unique=True)

    def __str__(self) -> str:
        return self.filename


class Reminder(TimestampedModel):
    """A warning that an open request is close to its deadline (or past it), for the requested unit."""

    exchange = models.ForeignKey(Exchange, on_delete=models.CASCADE, related_name="reminders")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    threshold_minutes = models.IntegerField()
    due_at = models.DateTimeField()
    dismissed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["exchange", "threshold_minutes", "due_at"], name="one_reminder_per_threshold"
            )
        ]


class ReferenceSequence(models.Model):
    """Per-country, per-year counter behind human references such as RO-2026-000123."""

    country = models.CharField(max_length=2, choices=Country.choices)
    year = models.PositiveIntegerField()
    last_value = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "year"], name="one_sequence_per_country_year")
        ]

    def __str__(self) -> str:
        return f"{self.country}-{self.year}:{self.last_value}"
