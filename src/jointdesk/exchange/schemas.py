"""Typed shapes of the exchange API: what a caller sends and what it gets back.

Input schemas check only the JSON shape (types, required keys); the rules of the Directive
(choices, personal numbers, phone numbers, attachments, who may do what) are checked by the
actions, so that the HTML forms and the API refuse the same things with the same messages.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from ninja import Field, Schema

from jointdesk.exchange.choices import (
    Accessibility,
    DocumentKind,
    EuropolCopy,
    HandlingCode,
    InformationAssessment,
    JudicialOutcome,
    Language,
    MessageKind,
    RefusalGround,
    SourceReliability,
    Urgency,
    UrgencyCriterion,
)


def _one_of(choices: type, extra: str = "") -> str:
    values = ", ".join(f"'{v}'" for v in choices.values)  # type: ignore[attr-defined]
    return f"One of {values}.{' ' + extra if extra else ''}"


# --- input ----------------------------------------------------------------------------------------


class PersonIn(Schema):
    """A person named in a request; names in their original script (Latin or Cyrillic)."""

    given_name: str
    family_name: str
    middle_name: str = ""
    birth_date: date | None = None
    sex: str = Field("", description="'M', 'F' or empty.")
    nationality: str = Field("", description="Two-letter ISO 3166 code, e.g. 'RO', 'BG'.")
    national_id: str = Field("", description="CNP (RO), EGN or LNCh (BG); checked digit by digit.")
    remarks: str = ""


class VehicleIn(Schema):
    plate: str = Field(description="As written; compared in its canonical Latin form.")
    registration_country: str = ""
    make: str = ""
    model: str = ""
    colour: str = ""
    vin: str = ""
    remarks: str = ""


class PhoneIn(Schema):
    number: str = Field(description="Preferably with its country code, e.g. '+40 721 234 567'.")
    remarks: str = ""


class DocumentIn(Schema):
    document_kind: str = Field(description=_one_of(DocumentKind))
    number: str
    issuing_country: str = ""
    remarks: str = ""


class AttachmentIn(Schema):
    """A file sent inline: its bytes in base64. Size and type limits are those of the HTML forms."""

    filename: str = Field(description="Its extension must match the type, e.g. 'report.pdf'.")
    content_type: str = Field(
        "", description="e.g. 'application/pdf'; guessed from the file name when empty."
    )
    content_base64: str = Field(description="The file's bytes, base64-encoded (RFC 4648, standard alphabet).")


class _ContentIn(Schema):
    """What requests (Art. 4) and own-initiative provisions (Art. 7) have in common."""

    subject: str = Field(max_length=200)
    description: str = Field(description="The information sought or provided.")
    purpose: str
    offence: str = Field(max_length=200)
    language: str = Field(
        description=_one_of(Language, "The requested contact point must accept it (Art. 11).")
    )
    handling_code: str = Field(description=_one_of(HandlingCode))
    requested_unit: UUID | None = Field(
        None, description="UUID of the receiving unit of the other country; its contact point when omitted."
    )
    offence_max_penalty_months: int | None = None
    use_restrictions: str = ""
    source_reliability: str = Field("", description=_one_of(SourceReliability, "Or empty."))
    information_assessment: str = Field("", description=_one_of(InformationAssessment, "Or empty."))
    channel: str = Field("siena", description="'siena' or 'other' (then channel_exception is required).")
    channel_exception: str = Field("", description="Art. 13(2): 'a', 'b' or 'c'.")
    copy_withheld_ground: str = Field(
        "", description="Art. 4(2): 'a', 'b' or 'c'; designated authorities only."
    )
    europol_copy: str = Field("not_assessed", description=_one_of(EuropolCopy))
    serious_offence: bool = False
    persons: list[PersonIn] = []
    vehicles: list[VehicleIn] = []
    phones: list[PhoneIn] = []
    documents: list[DocumentIn] = []
    attachments: list[AttachmentIn] = []


class RequestIn(_ContentIn):
    """A request for information with the content Article 4(5) requires."""

    urgency: str = Field(description=_one_of(Urgency))
    accessibility: str = Field(description=_one_of(Accessibility))
    subject_link: str = Field("", description="Link between the purpose and the persons concerned; required.")
    availability_reason: str = ""
    urgency_criterion: str = Field("", description=_one_of(UrgencyCriterion, "Required when urgent."))
    urgency_reason: str = Field("", description="Required when urgent.")


class SpontaneousIn(_ContentIn):
    """Information provided on one's own initiative (Article 7)."""


class ItemDecisionIn(Schema):
    item_uuid: UUID
    decision: str = Field(description="'provided' or 'refused'.")
    grounds: list[str] = Field([], description=_one_of(RefusalGround))


ReplyKind = Literal[
    "clarification_request",
    "clarification",
    "answer",
    "partial_answer",
    "refusal",
    "delay_notice",
    "delay_update",
    "judicial_outcome",
    "withdrawal",
]


class ReplyIn(Schema):
    """A message on an existing exchange; which kinds are allowed depends on its state and your side."""

    kind: ReplyKind
    body: str = ""
    final: bool = Field(True, description="For answers: whether this closes the request.")
    grounds: list[str] = Field([], description="Article 6(1) grounds of a refusal. " + _one_of(RefusalGround))
    item_decisions: list[ItemDecisionIn] = []
    europol_copy: str = Field("not_assessed", description=_one_of(EuropolCopy))
    delay_until: datetime | None = Field(None, description="Expected end of a judicial delay (Art. 5(2)).")
    judicial_outcome: str = Field("", description=_one_of(JudicialOutcome, "For kind 'judicial_outcome'."))
    attachments: list[AttachmentIn] = []


class CorrectionIn(Schema):
    body: str = Field(description="What is corrected and how.")


# Spelt out for the type checker; tests/api checks it against ExchangeStatus.
StatusFilter = Literal[
    "",
    "open",
    "overdue",
    "awaiting_clarification",
    "judicial_delay",
    "answered",
    "partially_refused",
    "refused",
    "withdrawn",
    "provided",
]


class ExchangeFiltersIn(Schema):
    status: StatusFilter = Field("", description="A status, or 'open' (any open state) or 'overdue'.")
    urgency: Literal["", "urgent", "non_urgent"] = ""
    country: Literal["", "RO", "BG"] = Field("", description="The other country.")
    due_within_hours: int | None = Field(None, ge=0, le=24 * 31)
    kind: Literal["", "request", "spontaneous"] = ""
    search: str = Field("", max_length=100, description="Part of the reference or subject.")
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0)


# --- output ---------------------------------------------------------------------------------------


class UnitOut(Schema):
    uuid: UUID
    code: str
    name: str
    country: str


class ExchangeItemOut(Schema):
    """One row of an inbox, outbox or overdue list."""

    reference: str
    uuid: UUID
    kind: str
    status: str
    urgency: str
    subject: str
    requesting_unit: UnitOut
    requested_unit: UnitOut
    requesting_country: str
    requested_country: str
    received_at: datetime
    due_at: datetime | None
    paused: bool
    overdue: bool
    remaining_seconds: int | None = Field(description="Time left on the Art. 5 clock; negative when late.")


class ExchangePageOut(Schema):
    count: int
    limit: int
    offset: int
    items: list[ExchangeItemOut]


class ItemOut(Schema):
    uuid: UUID
    decision: str
    decision_grounds: list[str]
    remarks: str


class PersonOut(ItemOut):
    given_name: str
    middle_name: str
    family_name: str
    name_latin: str
    birth_date: date | None
    sex: str
    nationality: str
    national_id: str
    national_id_kind: str


class VehicleOut(ItemOut):
    plate: str
    plate_canonical: str
    registration_country: str
    make: str
    model: str
    colour: str
    vin: str


class PhoneOut(ItemOut):
    number: str
    e164: str


class DocumentOut(ItemOut):
    document_kind: str
    number: str
    number_normalised: str
    issuing_country: str


class ItemsOut(Schema):
    persons: list[PersonOut]
    vehicles: list[VehicleOut]
    phones: list[PhoneOut]
    documents: list[DocumentOut]


class AttachmentOut(Schema):
    uuid: UUID
    filename: str
    content_type: str
    size: int
    sha256: str
    url: str


class MessageOut(Schema):
    uuid: UUID
    kind: str = Field(description=_one_of(MessageKind))
    sender_unit: UnitOut
    recipient_unit: UnitOut
    author: str
    sent_at: datetime
    received_at: datetime
    language: str
    body: str
    corrects: UUID | None
    refusal_grounds: list[str]
    item_decisions: list[dict[str, object]]
    delay_until: datetime | None
    judicial_outcome: str
    europol_copy: str
    final: bool
    digest: str = Field(description="SHA-256 of the immutable envelope as sent.")
    attachments: list[AttachmentOut]


class ClockOut(Schema):
    """The Article 5 clock as of the moment of the response."""

    status: str
    period: str = Field(description="e.g. '8 hours', '3 days', '7 days'.")
    statutory_due_at: datetime
    due_at: datetime
    remaining_seconds: int
    overdue: bool
    paused: bool
    paused_since: datetime | None
    total_paused_seconds: int
    judicial_delay: bool
    delay_expected_until: datetime | None
    delay_update_due: bool
    closed_at: datetime | None
    met: bool | None


class ExchangeDetailOut(ExchangeItemOut):
    """Everything about one exchange: the Article 4 content, the named items, the messages, the clock."""

    copy_unit: UnitOut | None
    copy_withheld_ground: str
    description: str
    purpose: str
    offence: str
    offence_max_penalty_months: int | None
    subject_link: str
    availability_reason: str
    urgency_criterion: str
    urgency_reason: str
    accessibility: str
    language: str
    use_restrictions: str
    handling_code: str
    source_reliability: str
    information_assessment: str
    evaluation_code: str = Field(description="The 4x4 code, e.g. 'B2', or empty.")
    channel: str
    channel_exception: str
    europol_copy: str
    serious_offence: bool
    closed_at: datetime | None
    items: ItemsOut
    messages: list[MessageOut]
    clock: ClockOut | None = Field(description="None for own-initiative information, which has no deadline.")


class PartnerFiguresOut(Schema):
    requesting_country: str
    received_urgent: int
    received_non_urgent: int
    answered_urgent: int
    answered_non_urgent: int
    refused: int
    refused_by_ground: dict[str, int]
    judicial_overruns: int = Field(description="Art. 18(1)(d): deadlines exceeded under Art. 5(2).")
    deadlines_missed: int


class YearStatisticsOut(Schema):
    country: str
    year: int
    requests_sent: int
    requests_sent_by_spoc: int
    requests_sent_by_other_authorities: int
    spontaneous_sent: int
    spontaneous_received: int
    partners: list[PartnerFiguresOut]


class StatisticsOut(Schema):
    """Article 18 figures for one calendar year, one entry per reporting country."""

    year: int
    countries: list[YearStatisticsOut]
