"""Words of the Article 5 clock: modes, periods, closures, statuses and the events that move it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeAlias
from zoneinfo import ZoneInfo


class DeadlineError(ValueError):
    """An impossible clock history: says which event (by index) is wrong and why.

    A ValueError so that callers which validate input treat it as bad input (4xx), not our failure.
    """


class Urgency(enum.StrEnum):
    """Whether the request was marked urgent on one of the Art. 4(4) grounds."""

    URGENT = "urgent"
    NON_URGENT = "non_urgent"


class Accessibility(enum.StrEnum):
    """Art. 2: directly (own databases) or indirectly (other authorities) accessible information."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class DeadlineMode(enum.StrEnum):
    """How periods are counted.

    STRICT (default): elapsed time from the moment of receipt (FACTS §1.3).
    REG_1182_71: Reg. 1182/71 Art. 3 - the hour or day of receipt is not counted (3(1)); a period in
    days ends with the last hour of its last day (3(2)(b)); if that day is a Saturday, Sunday or public
    holiday of the requested country the period runs to the end of the next working day (3(4)); a period
    of two days or more includes at least two working days (3(5) - recalled from the Regulation's text,
    not yet in FACTS: verify together with the rest of this mode before relying on it).
    """

    STRICT = "strict"
    REG_1182_71 = "reg_1182_71"


class PeriodUnit(enum.StrEnum):
    """Reg. 1182/71 treats periods in hours and in days differently, so the unit is kept."""

    HOURS = "hours"
    DAYS = "days"


class Closure(enum.StrEnum):
    """What stopped the clock. A refusal (Art. 6(2)) is due within the same deadlines as an answer."""

    ANSWERED = "answered"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class JudicialDecision(enum.StrEnum):
    """Outcome of the judicial authorisation of Art. 9; a refusal leads to ground 6(1)(c)."""

    OBTAINED = "obtained"
    REFUSED = "refused"


class ClockStatus(enum.StrEnum):
    """One word for the inbox.

    Beyond the obvious ones: DELAYED_JUDICIAL is an open request past its deadline whose overrun is
    covered by a timely Art. 5(2) notice; LATE_EXCUSED is a request answered or refused late under such a
    notice (what Art. 18(1)(d) counts); WITHDRAWN has no verdict because nobody had to answer.
    """

    RUNNING = "running"
    PAUSED = "paused"
    OVERDUE = "overdue"
    DELAYED_JUDICIAL = "delayed_judicial"
    MET = "met"
    MISSED = "missed"
    LATE_EXCUSED = "late_excused"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class StatutoryPeriod:
    """An Art. 5(1) period; `elapsed` is its STRICT length (a calendar day is 24 elapsed hours)."""

    length: int
    unit: PeriodUnit

    @property
    def elapsed(self) -> timedelta:
        return timedelta(hours=self.length) if self.unit is PeriodUnit.HOURS else timedelta(days=self.length)


def statutory_period(urgency: Urgency | str, accessibility: Accessibility | str) -> StatutoryPeriod:
    """The Art. 5(1) period: (a) 8 hours, (b) 3 calendar days, (c) 7 calendar days.

    Accessibility matters only for urgent requests: (c) covers every non-urgent request.
    """
    if Urgency(urgency) is Urgency.URGENT:
        if Accessibility(accessibility) is Accessibility.DIRECT:
            return StatutoryPeriod(8, PeriodUnit.HOURS)
        return StatutoryPeriod(3, PeriodUnit.DAYS)
    Accessibility(accessibility)  # still validated: a bad value is a bug upstream
    return StatutoryPeriod(7, PeriodUnit.DAYS)


# --- events -------------------------------------------------------------------------------------------
# Each event carries the moment it takes effect, timezone-aware. The receipt of the request is not an
# event: it is `compute_clock`'s `received_at`, so the clock cannot be started twice.


@dataclass(frozen=True)
class ClarificationRequested:
    """Pauses the clock. `at` is when the REQUESTING side received the request for clarification,
    not when it was sent: Art. 6(3) suspends the deadline from that moment."""

    at: datetime


@dataclass(frozen=True)
class ClarificationProvided:
    """Resumes the clock (Art. 6(3)): `at` is when the clarification was provided."""

    at: datetime


@dataclass(frozen=True)
class JudicialDelayNotified:
    """The Art. 5(2)(a) notice: judicial authorisation is needed, the delay is expected to last
    `expected_length` from `at`, for `reason`. Only a notice sent by the deadline (inclusive) excuses
    an overrun: the Directive asks for it "immediately", so one sent after the deadline cannot justify
    it. The length counts from the notice, not from the deadline, because that is how the notice reads
    ("about two days from now") and it gives the requester a fixed date that later pauses cannot move.
    Whether the notice was really immediate is a judgement the clock does not make."""

    at: datetime
    expected_length: timedelta
    reason: str


@dataclass(frozen=True)
class JudicialDelayUpdated:
    """The Art. 5(2)(b) update: the delay is now expected to last `expected_length` from `at`."""

    at: datetime
    expected_length: timedelta
    reason: str


@dataclass(frozen=True)
class JudicialAuthorisationObtained:
    """Art. 5(2)(b): the information must now go out as soon as possible; the clock keeps running."""

    at: datetime


@dataclass(frozen=True)
class JudicialAuthorisationRefused:
    """Art. 9: authorisation refused; a refusal on ground 6(1)(c) should follow and stops the clock."""

    at: datetime


@dataclass(frozen=True)
class Answered:
    """Stops the clock: the reply that completes the request (a partial answer that leaves items
    pending is not this event; a partial answer plus a refusal of the rest is)."""

    at: datetime


@dataclass(frozen=True)
class Refused:
    """Stops the clock: the Art. 6 refusal, due within the Art. 5(1) deadlines (Art. 6(2))."""

    at: datetime


@dataclass(frozen=True)
class Withdrawn:
    """Stops the clock without a verdict: the requester no longer needs the information."""

    at: datetime


ClockEvent: TypeAlias = (
    ClarificationRequested
    | ClarificationProvided
    | JudicialDelayNotified
    | JudicialDelayUpdated
    | JudicialAuthorisationObtained
    | JudicialAuthorisationRefused
    | Answered
    | Refused
    | Withdrawn
)

CLOSURES: dict[type, Closure] = {
    Answered: Closure.ANSWERED,
    Refused: Closure.REFUSED,
    Withdrawn: Closure.WITHDRAWN,
}
DECISIONS: dict[type, JudicialDecision] = {
    JudicialAuthorisationObtained: JudicialDecision.OBTAINED,
    JudicialAuthorisationRefused: JudicialDecision.REFUSED,
}

# Both requested countries keep Eastern European Time; the zone decides where a Reg. 1182/71 day begins.
COUNTRY_ZONES = {"RO": ZoneInfo("Europe/Bucharest"), "BG": ZoneInfo("Europe/Sofia")}
