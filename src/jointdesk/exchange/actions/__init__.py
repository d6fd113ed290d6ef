"""The only code that writes exchanges and messages.

Each action runs in one transaction, validates everything before storing anything, writes its
audit row inside the transaction and recomputes the Article 5 clock. A sent message is an
immutable envelope; a correction is a new message that points at the first.
"""

from jointdesk.core import audit
from jointdesk.exchange import clock
from jointdesk.exchange.actions.reminders import reminders_refresh
from jointdesk.exchange.actions.replies import message_correct, message_send
from jointdesk.exchange.actions.requests import OTHER_COUNTRY, exchange_send

__all__ = [
    "OTHER_COUNTRY",
    "audit",
    "clock",
    "exchange_send",
    "message_correct",
    "message_send",
    "reminders_refresh",
]
