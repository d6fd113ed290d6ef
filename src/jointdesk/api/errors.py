"""One error envelope for every API error: ``{"code", "message", "errors": {field: [what is wrong]}}``.

Domain errors keep their status and fields; schema validation errors are translated from
pydantic locations into the field names the forms use (``persons[0].national_id``); an object
the caller may not see is a plain 404; our own failures are a 500 that tells nothing internal.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError

from jointdesk.core.errors import JointdeskError, NotFoundOrForbidden

logger = logging.getLogger(__name__)

# Where pydantic puts the value (the source) and the name of the single body parameter.
_SOURCES = {"body", "query", "path", "header", "cookie", "form", "file"}
BODY_PARAM = "payload"


class ErrorOut(Schema):
    """The envelope of every error response."""

    code: str
    message: str
    errors: dict[str, list[str]] = {}


def field_name(loc: Sequence[Any]) -> str:
    """``("body", "payload", "persons", 0, "national_id")`` -> ``"persons[0].national_id"``."""
    parts = list(loc)
    if parts and parts[0] in _SOURCES:
        parts = parts[1:]
    if parts and parts[0] == BODY_PARAM:
        parts = parts[1:]
    name = ""
    for part in parts:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else str(part)
    return name or "__all__"


def _message(error: dict[str, Any]) -> str:
    """A translated sentence for the common pydantic error types; pydantic's own text otherwise."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind == "literal_error":
        return _("Must be one of: %(expected)s.") % {"expected": ctx.get("expected", "")}
    if kind == "string_type":
        return _("Must be a text.")
    if kind == "string_too_long":
        return _("Must be at most %(max)s characters long.") % {"max": ctx.get("max_length")}
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return _("Must be a whole number.")
    if kind in ("bool_type", "bool_parsing"):
        return _("Must be true or false.")
    if kind in ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return _("Must be a date written as YYYY-MM-DD.")
    if kind in ("datetime_type", "datetime_parsing", "datetime_from_date_parsing"):
        return _("Must be a date and time written as YYYY-MM-DDTHH:MM:SS+02:00.")
    if kind in ("uuid_type", "uuid_parsing"):
        return _("Must be a UUID.")
    if kind in ("list_type",):
        return _("Must be a list.")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return _("Must be an object.")
    if kind == "greater_than_equal":
        return _("Must be at least %(ge)s.") % {"ge": ctx.get("ge")}
    if kind == "less_than_equal":
        return _("Must be at most %(le)s.") % {"le": ctx.get("le")}
    if kind == "extra_forbidden":
        return _("This field is not known.")
    return str(error.get("msg", _("This value is not valid.")))


def errors_by_field(errors: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for error in errors:
        result.setdefault(field_name(error.get("loc", ())), []).append(_message(error))
    return result


def envelope(
    request: HttpRequest, api: NinjaAPI, status: int, code: str, message: str, errors: Any = None
) -> HttpResponse:
    return api.create_response(
        request, {"code": code, "message": message, "errors": errors or {}}, status=status
    )


def register(api: NinjaAPI) -> None:
    """Install the handlers on ``api``; the most specific class wins."""

    def domain_error(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(request, exc.as_dict(), status=exc.status_code)

    def not_found_or_forbidden(request: HttpRequest, exc: Any) -> HttpResponse:
        # One wording for "does not exist" and "not yours", so that nothing is revealed.
        return envelope(
            request, api, 404, exc.code, _("There is nothing with this identifier that you may see.")
        )

    def validation_error(request: HttpRequest, exc: Any) -> HttpResponse:
        return envelope(
            request,
            api,
            400,
            "validation_failed",
            _("Some fields need attention."),
            errors_by_field(exc.errors),
        )

    def unauthenticated(request: HttpRequest, exc: Any) -> HttpResponse:
        message = (
            exc.message
            if exc.message != "Unauthorized"
            else _("Authentication required: send the header 'Authorization: Bearer <token>'.")
        )
        response = envelope(request, api, 401, "unauthenticated", message)
        response["WWW-Authenticate"] = 'Bearer realm="jointdesk"'
        return response

    def http_error(request: HttpRequest, exc: Any) -> HttpResponse:
        code = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}.get(
            exc.status_code, "error"
        )
        message = (
            _("The request body is not valid JSON.") if exc.message.startswith("Cannot parse") else str(exc)
        )
        return envelope(request, api, exc.status_code, code, message)

    def not_found(request: HttpRequest, exc: Any) -> HttpResponse:
        return envelope(
            request, api, 404, "not_found", _("There is nothing with this identifier that you may see.")
        )

    def too_big(request: HttpRequest, exc: Any) -> HttpResponse:
        return envelope(
            request, api, 413, "too_large", _("The request is too large; send large attachments one by one."),
            {"attachments": [_("The request is too large.")]},
        )  # fmt: skip

    def server_error(request: HttpRequest, exc: Any) -> HttpResponse:
        logger.exception("API failure in %s %s", request.method, request.path)
        return envelope(
            request, api, 500, "server_error", _("Something went wrong on our side; it has been logged.")
        )

    api.add_exception_handler(JointdeskError, domain_error)
    api.add_exception_handler(NotFoundOrForbidden, not_found_or_forbidden)
    api.add_exception_handler(ValidationError, validation_error)
    api.add_exception_handler(AuthenticationError, unauthenticated)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(RequestDataTooBig, too_big)
    api.add_exception_handler(Exception, server_error)


# Declared on every operation so that the OpenAPI document shows the envelope.
ERROR_RESPONSES: dict[int, type[Schema]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
}
