"""Checking and storing attachments outside any served directory."""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from jointdesk.exchange.inputs import UploadedFile

# Magic numbers of the allowed binary types: the declared type must match the content.
_SIGNATURES = {
    "application/pdf": (b"%PDF-",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
}


def check(upload: UploadedFile, index: int) -> list[str]:
    """What is wrong with one upload (empty when it is acceptable)."""
    problems: list[str] = []
    allowed: dict[str, list[str]] = settings.JOINTDESK_ATTACHMENT_TYPES
    limit = settings.JOINTDESK_ATTACHMENT_MAX_BYTES
    name = upload.filename or f"#{index + 1}"
    if len(upload.content) > limit:
        problems.append(
            _("%(name)s is %(size)s bytes; the limit is %(limit)s bytes.")
            % {"name": name, "size": len(upload.content), "limit": limit}
        )
    if len(upload.content) == 0:
        problems.append(_("%(name)s is empty.") % {"name": name})
    content_type = (upload.content_type or mimetypes.guess_type(name)[0] or "").split(";")[0].strip().lower()
    suffix = Path(name).suffix.lower()
    if content_type not in allowed or suffix not in allowed[content_type]:
        problems.append(
            _(
                "%(name)s is of a type that may not be attached (%(type)s); allowed: PDF, JPEG, PNG, text, CSV."
            )
            % {"name": name, "type": content_type or suffix or "?"}
        )
    elif content_type in _SIGNATURES and not upload.content.startswith(_SIGNATURES[content_type]):
        problems.append(
            _("%(name)s does not contain what its type says (%(type)s).")
            % {"name": name, "type": content_type}
        )
    elif content_type.startswith("text/"):
        try:
            upload.content.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(_("%(name)s is not UTF-8 text.") % {"name": name})
    return problems


def store(upload: UploadedFile) -> tuple[str, str]:
    """Write the bytes under a random name in private storage; return (storage name, sha256)."""
    root: Path = settings.JOINTDESK_PRIVATE_STORAGE
    root.mkdir(parents=True, exist_ok=True)
    storage_name = uuid.uuid4().hex
    (root / storage_name).write_bytes(upload.content)
    return storage_name, hashlib.sha256(upload.content).hexdigest()


def path_of(storage_name: str) -> Path:
    root: Path = settings.JOINTDESK_PRIVATE_STORAGE
    return root / storage_name


def content_type_for(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
