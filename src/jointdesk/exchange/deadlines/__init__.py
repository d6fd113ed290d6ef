"""The Article 5 deadline clock of Directive (EU) 2023/977, as a pure function.

Why a pure module: the deadline decides what a duty officer sees first, which reminders go out and
what the Art. 18 statistics count as deadlines exceeded under Art. 5(2), so it must be exact and
testable without a database.
The Django app turns its rows into the events below and calls `compute_clock` with an explicit `now`.

Legal rules encoded here (see docs/modules/exchange.md and FACTS §1.3-1.4):

- Art. 5(1): 8 hours (urgent, directly accessible), 3 calendar days (urgent, indirectly accessible),
  7 calendar days (all other requests), counted from receipt of the request.
- Art. 6(3): the deadlines are suspended from the moment the requesting side *receives* a request for
  clarification until the clarification is provided (wording unconfirmed, FACTS §1.4).
- Art. 5(2): where national law requires judicial authorisation, the deadline may be exceeded as far as
  needed, provided the requester is told immediately of the expected length of the delay and its
  reasons, and kept updated. No other ground for exceeding the deadline exists in Art. 5.

Time is handled in UTC. In the default STRICT mode every period is elapsed time: "3 calendar days" is
72 real hours, not "the same wall-clock time three days later" in Europe/Bucharest; the two differ by one
hour across a change to or from summer time (71 or 73 real hours on the wall-clock reading). FACTS §1.3
asks for strict elapsed time by default because the SPOC works 24/7 and Art. 5(1) runs from "the moment"
of receipt. REG_1182_71 applies Regulation (EEC, Euratom) No 1182/71 instead, only when configured:
whether it applies to Art. 5 is an open legal point.

Every input is converted to UTC before any arithmetic, because Python adds a timedelta to a
ZoneInfo-aware datetime on the wall clock (23:00 EET + 8h is 07:00 local even when only 7 real hours
pass across the spring change). Callers doing their own arithmetic on local times fall into that trap.
"""

from jointdesk.exchange.deadlines.clock import ClockState, compute_clock, reminder_due, thresholds_crossed
from jointdesk.exchange.deadlines.vocabulary import (
    Accessibility,
    Answered,
    ClarificationProvided,
    ClarificationRequested,
    ClockEvent,
    ClockStatus,
    Closure,
    DeadlineError,
    DeadlineMode,
    JudicialAuthorisationObtained,
    JudicialAuthorisationRefused,
    JudicialDecision,
    JudicialDelayNotified,
    JudicialDelayUpdated,
    PeriodUnit,
    Refused,
    StatutoryPeriod,
    Urgency,
    Withdrawn,
    statutory_period,
)

__all__ = [
    "Accessibility",
    "Answered",
    "ClarificationProvided",
    "ClarificationRequested",
    "ClockEvent",
    "ClockState",
    "ClockStatus",
    "Closure",
    "DeadlineError",
    "DeadlineMode",
    "JudicialAuthorisationObtained",
    "JudicialAuthorisationRefused",
    "JudicialDecision",
    "JudicialDelayNotified",
    "JudicialDelayUpdated",
    "PeriodUnit",
    "Refused",
    "StatutoryPeriod",
    "Urgency",
    "Withdrawn",
    "compute_clock",
    "reminder_due",
    "statutory_period",
    "thresholds_crossed",
]
