"""Pieces shared by the exchange forms: empty choices, file fields, and putting action errors back on fields."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from jointdesk.exchange.inputs import (
    UploadedFile,
)

EMPTY = [("", "—")]
DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


def blank_choices(choices: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [*EMPTY, *[(value, label) for value, label in choices if value != ""]]


# --- attachments --------------------------------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; the type and content checks happen in the action."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = data if isinstance(data, (list, tuple)) else ([data] if data else [])
        limit = settings.JOINTDESK_ATTACHMENT_MAX_BYTES
        problems = []
        for upload in files:
            # Checked before reading, so an oversized upload is never loaded into memory.
            if upload.size > limit:
                problems.append(
                    forms.ValidationError(
                        _("%(name)s is %(size)s bytes; the limit is %(limit)s bytes."),
                        params={"name": upload.name, "size": upload.size, "limit": limit},
                    )
                )
        if problems:
            raise forms.ValidationError(problems)
        return list(files)


def uploads_of(files: list[Any]) -> list[UploadedFile]:
    return [UploadedFile(filename=f.name, content_type=f.content_type or "", content=f.read()) for f in files]


# --- request ------------------------------------------------------------------------------------------


def text_field(
    label: Any, *, required: bool = False, max_length: int | None = None, **widget_attrs: Any
) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        widget=forms.TextInput(attrs=widget_attrs or None),
    )


def area_field(label: Any, *, rows: int = 3, help_text: Any = "") -> forms.CharField:
    return forms.CharField(
        label=label, required=False, widget=forms.Textarea(attrs={"rows": rows}), help_text=help_text
    )


# --- errors from actions back onto fields -------------------------------------------------------------

ROW_FIELD = re.compile(r"^(?P<list>\w+)\[(?P<index>\d+)\](?:\.(?P<field>\w+))?$")


def errors_to_forms(
    form: forms.Form, errors: dict[str, list[str]], rows: dict[str, list[forms.Form]]
) -> None:
    """Attach ``ValidationFailed.errors`` to fields: ``persons[0].national_id`` goes to that row's field.

    Keys that match no field become errors of the form as a whole, prefixed with the key so the
    user still learns where the problem is.
    """
    for key, messages in errors.items():
        target, field = _target(form, key, rows)
        for message in messages:
            if target is form and field is None:
                form.add_error(None, f"{key}: {message}" if key else message)
            else:
                target.add_error(field, message)


def _target(form: forms.Form, key: str, rows: dict[str, list[forms.Form]]) -> tuple[forms.Form, str | None]:
    if key in form.fields:
        return form, key
    match = ROW_FIELD.match(key)
    if match is None:
        return form, None
    name, index, field = match["list"], int(match["index"]), match["field"]
    if field is None and name in form.fields:  # attachments[1]
        return form, name
    if name in rows and index < len(rows[name]) and field in rows[name][index].fields:
        return rows[name][index], field
    return form, None
