"""Who may read the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jointdesk.accounts.choices import Role
from jointdesk.core.errors import PermissionDenied

if TYPE_CHECKING:
    from jointdesk.accounts.models import User


def require_audit_reader(actor: User) -> None:
    """Only data-protection officers search the audit log (Dir. 2016/680 Art. 25)."""
    if not actor.is_authenticated:
        raise PermissionDenied("login required")
    if actor.role != Role.DPO:
        raise PermissionDenied("only a data-protection officer may search the audit log")
