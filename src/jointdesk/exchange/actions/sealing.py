"""Sealing messages: the immutable envelope, its digest, and the attachment files it names."""

from __future__ import annotations

from typing import Any

from jointdesk.exchange import attachments as attachment_files
from jointdesk.exchange.inputs import UploadedFile
from jointdesk.exchange.models import (
    Attachment,
    Exchange,
    Message,
)


def item_envelope(exchange: Exchange) -> dict[str, list[dict[str, Any]]]:
    return {
        "persons": [
            {
                "uuid": str(p.uuid),
                "given_name": p.given_name,
                "middle_name": p.middle_name,
                "family_name": p.family_name,
                "birth_date": p.birth_date.isoformat() if p.birth_date else None,
                "sex": p.sex,
                "nationality": p.nationality,
                "national_id": p.national_id,
            }
            for p in exchange.person_items.all()
        ],
        "vehicles": [
            {
                "uuid": str(v.uuid),
                "plate": v.plate,
                "plate_canonical": v.plate_canonical,
                "country": v.registration_country,
            }
            for v in exchange.vehicle_items.all()
        ],
        "phones": [
            {"uuid": str(p.uuid), "number": p.number, "e164": p.e164} for p in exchange.phone_items.all()
        ],
        "documents": [
            {"uuid": str(d.uuid), "kind": d.document_kind, "number": d.number, "country": d.issuing_country}
            for d in exchange.identitydocument_items.all()
        ],
    }


def request_envelope(exchange: Exchange) -> dict[str, Any]:
    fields = [
        "reference", "kind", "subject", "description", "purpose", "offence", "offence_max_penalty_months",
        "subject_link", "availability_reason", "urgency", "urgency_criterion", "urgency_reason", "accessibility",
        "language", "use_restrictions", "handling_code", "source_reliability", "information_assessment",
        "channel", "channel_exception", "copy_withheld_ground", "serious_offence", "requesting_country",
        "requested_country",
    ]  # fmt: skip
    content = {name: getattr(exchange, name) for name in fields}
    content["exchange_uuid"] = str(exchange.uuid)
    content["items"] = item_envelope(exchange)
    return content


def cleanup_files(stored: list[str]) -> None:
    for name in stored:
        attachment_files.path_of(name).unlink(missing_ok=True)


def seal(message: Message, content: dict[str, Any], attachments: list[dict[str, Any]]) -> None:
    """Fill the immutable envelope and its digest before the single INSERT."""
    message.envelope = {
        "message_uuid": str(message.uuid),
        "exchange_uuid": str(message.exchange.uuid),
        "kind": message.kind,
        "sender_unit": message.sender_unit.code,
        "recipient_unit": message.recipient_unit.code,
        "sent_at": message.sent_at.isoformat(),
        "language": message.language,
        "body": message.body,
        "corrects": str(message.corrects.uuid) if message.corrects else None,
        "refusal_grounds": message.refusal_grounds,
        "item_decisions": message.item_decisions,
        "delay_until": message.delay_until.isoformat() if message.delay_until else None,
        "judicial_outcome": message.judicial_outcome,
        "europol_copy": message.europol_copy,
        "final": message.final,
        "content": content,
        "attachments": attachments,
    }
    message.digest = Message.digest_of(message.envelope)


def store_files(message: Message, uploads: list[UploadedFile], stored: list[str]) -> list[dict[str, Any]]:
    """Write the files before the message row exists, so the envelope can name their digests."""
    described = []
    for upload in uploads:
        storage_name, digest = attachment_files.store(upload)
        stored.append(storage_name)
        described.append(
            {
                "filename": upload.filename,
                "sha256": digest,
                "size": len(upload.content),
                "storage": storage_name,
            }
        )
    return described


def attach_rows(message: Message, uploads: list[UploadedFile], described: list[dict[str, Any]]) -> None:
    for upload, stored in zip(uploads, described, strict=True):
        Attachment.objects.create(
            message=message,
            filename=upload.filename[:200],
            content_type=upload.content_type or attachment_files.content_type_for(upload.filename),
            size=len(upload.content),
            sha256=stored["sha256"],
            storage_name=stored["storage"],
        )
