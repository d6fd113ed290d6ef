"""Plain input shapes for the exchange actions, shared by the HTML forms and the JSON API."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class PersonInput:
    given_name: str
    family_name: str
    middle_name: str = ""
    birth_date: date | None = None
    sex: str = ""
    nationality: str = ""
    national_id: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class VehicleInput:
    plate: str
    registration_country: str = ""
    make: str = ""
    model: str = ""
    colour: str = ""
    vin: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class PhoneInput:
    number: str
    remarks: str = ""


@dataclass(frozen=True)
class DocumentInput:
    document_kind: str
    number: str
    issuing_country: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class UploadedFile:
    """A file as received from a form or the API: name, declared type and bytes."""

    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class RequestInput:
    """Art. 4(5) content of a request, plus the handling and evaluation codes."""

    subject: str
    description: str
    purpose: str
    offence: str
    urgency: str
    accessibility: str
    language: str
    handling_code: str
    requested_unit_uuid: str = ""
    offence_max_penalty_months: int | None = None
    subject_link: str = ""
    availability_reason: str = ""
    urgency_criterion: str = ""
    urgency_reason: str = ""
    use_restrictions: str = ""
    source_reliability: str = ""
    information_assessment: str = ""
    channel: str = "siena"
    channel_exception: str = ""
    copy_withheld_ground: str = ""
    europol_copy: str = "not_assessed"
    serious_offence: bool = False
    persons: list[PersonInput] = field(default_factory=list)
    vehicles: list[VehicleInput] = field(default_factory=list)
    phones: list[PhoneInput] = field(default_factory=list)
    documents: list[DocumentInput] = field(default_factory=list)
    attachments: list[UploadedFile] = field(default_factory=list)


@dataclass(frozen=True)
class ItemDecisionInput:
    """What happens to one named item in an answer or refusal."""

    item_uuid: str
    decision: str  # "provided" or "refused"
    grounds: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReplyInput:
    body: str
    final: bool = True
    grounds: list[str] = field(default_factory=list)
    item_decisions: list[ItemDecisionInput] = field(default_factory=list)
    europol_copy: str = "not_assessed"
    delay_until: datetime | None = None
    judicial_outcome: str = ""
    attachments: list[UploadedFile] = field(default_factory=list)
