"""One family of domain errors, shown the same way in HTML and JSON.

A domain error is the user's problem (bad input, not allowed, wrong state): it becomes a 4xx
with a message that says what is wrong and where. Anything else is our failure and a 5xx.
"""

from __future__ import annotations


class JointdeskError(Exception):
    """Base of every domain error; ``field`` names the input that is wrong, when there is one."""

    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, field: str | None = None, errors: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.errors: dict[str, list[str]] = errors or ({field: [message]} if field else {})

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "errors": self.errors}


class ValidationFailed(JointdeskError):
    """Input that breaks a rule; ``errors`` maps each field to what is wrong with it."""

    code = "validation_failed"


class NotFoundOrForbidden(JointdeskError):
    """The object does not exist *or* the actor may not see it: the two are never told apart."""

    status_code = 404
    code = "not_found"


class PermissionDenied(JointdeskError):
    """The actor may see the object but not do this to it."""

    status_code = 403
    code = "forbidden"


class InvalidTransition(JointdeskError):
    """The object is not in a state that allows this action."""

    status_code = 409
    code = "invalid_state"
