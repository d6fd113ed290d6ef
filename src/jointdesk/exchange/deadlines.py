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

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TypeAlias
from zoneinfo import ZoneInfo

import holidays

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
]


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

_CLOSURES: dict[type, Closure] = {
    Answered: Closure.ANSWERED,
    Refused: Closure.REFUSED,
    Withdrawn: Closure.WITHDRAWN,
}
_DECISIONS: dict[type, JudicialDecision] = {
    JudicialAuthorisationObtained: JudicialDecision.OBTAINED,
    JudicialAuthorisationRefused: JudicialDecision.REFUSED,
}

# Both requested countries keep Eastern European Time; the zone decides where a Reg. 1182/71 day begins.
_COUNTRY_ZONES = {"RO": ZoneInfo("Europe/Bucharest"), "BG": ZoneInfo("Europe/Sofia")}


@dataclass(frozen=True)
class ClockState:
    """The clock of one request as of `as_of` (= `now`, or the closing moment once closed). UTC times.

    due_at: the deadline, shifted by every pause; while paused, as if the pause ended at `as_of`. In
        STRICT mode `due_at - as_of == remaining` while open; under Reg. 1182/71 a pause may push the
        deadline over a weekend, so while paused the two can differ.
    statutory_due_at: the deadline had there been no pause (what Art. 5(1) alone gives).
    remaining: time left (negative = late). Frozen while paused and once closed, where it is the margin
        (or lateness) at the closing moment. Answering exactly at `due_at` is on time: deadlines are
        inclusive, so `overdue` means `remaining < 0`.
    total_paused: suspended time so far, including an open pause up to `as_of`.
    judicial_delay: an Art. 5(2) notice was sent by the deadline; late_delay_notice: one was sent after it.
    delay_expected_until: moment of the latest notice or update plus its declared length.
    delay_update_due: still open, no judicial decision, and the declared delay has run out, so the
        requester is owed an update (Art. 5(2)(b)).
    overrun_excused: late (open or closed) and covered by a timely notice.
    met: for answers and refusals, whether they came by the deadline; None while open or if withdrawn.
    """

    received_at: datetime
    as_of: datetime
    mode: DeadlineMode
    period: StatutoryPeriod
    statutory_due_at: datetime
    due_at: datetime
    remaining: timedelta
    overdue: bool
    paused: bool
    paused_since: datetime | None
    total_paused: timedelta
    judicial_delay: bool
    late_delay_notice: bool
    delay_notified_at: datetime | None
    delay_expected_until: datetime | None
    delay_reason: str | None
    delay_update_due: bool
    judicial_decision: JudicialDecision | None
    judicial_decided_at: datetime | None
    overrun_excused: bool
    closed_at: datetime | None
    closure: Closure | None
    met: bool | None
    status: ClockStatus


def _utc(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise DeadlineError(f"{what} is a naive datetime ({value.isoformat()}); give it a time zone")
    return value.astimezone(UTC)


# --- replay and validation ---------------------------------------------------------------------------


@dataclass
class _History:
    """What the events say, as of one moment. Mutable only while being built by `_replay`."""

    pauses: list[tuple[datetime, datetime | None]]
    notice_at: datetime | None = None
    expected_until: datetime | None = None
    reason: str | None = None
    decision: JudicialDecision | None = None
    decided_at: datetime | None = None
    closure: Closure | None = None
    closed_at: datetime | None = None


def _replay(received_at: datetime, events: Sequence[ClockEvent], as_of: datetime) -> _History:
    """Validates the WHOLE sequence, but records only the events that happened by `as_of`, so that a
    clock can be recomputed for any past moment (and a clock skew never shows a future event)."""
    history = _History(pauses=[])
    checker = _SequenceChecker(previous=received_at, received_at=received_at)
    for index, event in enumerate(events):
        at = checker.check(index, event)
        if at <= as_of:
            _record(history, event, at)
    return history


def _record(history: _History, event: ClockEvent, at: datetime) -> None:
    if isinstance(event, ClarificationRequested):
        history.pauses.append((at, None))
    elif isinstance(event, ClarificationProvided):
        history.pauses[-1] = (history.pauses[-1][0], at)
    elif isinstance(event, JudicialDelayNotified | JudicialDelayUpdated):
        history.notice_at = history.notice_at or at
        history.expected_until = at + event.expected_length
        history.reason = event.reason
    elif type(event) in _DECISIONS:
        history.decision, history.decided_at = _DECISIONS[type(event)], at
    else:
        history.closure, history.closed_at = _CLOSURES[type(event)], at


@dataclass
class _SequenceChecker:
    """The consistency rules, remembering the index of the event that set each condition so that an
    error can point at both events."""

    previous: datetime
    received_at: datetime
    open_pause: int | None = None
    notice: int | None = None
    decision: int | None = None
    closure: int | None = None

    def check(self, index: int, event: object) -> datetime:
        """Returns the event's moment in UTC, or raises DeadlineError naming `index`."""

        def fail(problem: str) -> DeadlineError:
            return DeadlineError(f"event {index} ({type(event).__name__}): {problem}")

        if not isinstance(event, ClockEvent):
            raise fail("not a clock event")
        at = _utc(event.at, f"event {index} ({type(event).__name__}).at")
        if at < self.received_at:
            raise fail(f"happens at {at.isoformat()}, before the request was received")
        if at < self.previous:
            raise fail(f"happens at {at.isoformat()}, before the previous event: events must be in order")
        if self.closure is not None:
            raise fail(f"comes after the request was closed by event {self.closure}")
        self.previous = at
        if isinstance(event, ClarificationRequested):
            if self.open_pause is not None:
                raise fail(f"a clarification is already outstanding since event {self.open_pause}")
            self.open_pause = index
        elif isinstance(event, ClarificationProvided):
            if self.open_pause is None:
                raise fail("no request for clarification is outstanding")
            self.open_pause = None
        elif isinstance(event, JudicialDelayNotified | JudicialDelayUpdated):
            self._check_delay(event, fail)
            self.notice = index if self.notice is None else self.notice
        elif type(event) in _DECISIONS:
            if self.decision is not None:
                raise fail(f"judicial authorisation was already decided by event {self.decision}")
            self.decision = index
        else:
            self.closure = index
        return at

    def _check_delay(
        self, event: JudicialDelayNotified | JudicialDelayUpdated, fail: Callable[[str], DeadlineError]
    ) -> None:
        """Art. 5(2): one notice (then updates), with a length and a reason, before the judge decides."""
        if isinstance(event, JudicialDelayNotified):
            if self.notice is not None:
                raise fail(f"a delay was already notified by event {self.notice}; send an update instead")
            if self.decision is not None:
                raise fail(f"judicial authorisation was already decided by event {self.decision}")
        elif self.notice is None:
            raise fail("updates a judicial delay that was never notified")
        if event.expected_length <= timedelta(0):
            raise fail(f"expected_length must be positive, got {event.expected_length}")
        if not event.reason.strip():
            raise fail("reason is empty: Art. 5(2)(a) requires the reasons for the delay")


# --- deadline arithmetic -----------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _public_holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year))


@dataclass(frozen=True)
class _Calendar:
    """Where and how periods are counted for one request."""

    mode: DeadlineMode
    period: StatutoryPeriod
    country: str
    zone: ZoneInfo
    extra_non_working_days: frozenset[date]
    received_at: datetime

    def is_working_day(self, day: date) -> bool:
        """Reg. 1182/71 Art. 2(2): not a Saturday, Sunday or public holiday of the requested country
        (Art. 2(1): of the Member State where the action is to be taken; both recalled, unconfirmed),
        nor a bridge day decreed by government (FACTS §6: not in the `holidays` package)."""
        return (
            day.weekday() < 5
            and day not in _public_holidays(self.country, day.year)
            and day not in self.extra_non_working_days
        )

    def midnight_after(self, day: date) -> datetime:
        """End of the last hour of `day` in the requested country, in UTC (midnight exists in EET)."""
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.zone).astimezone(UTC)

    @property
    def first_day(self) -> date:
        """Reg. 1182/71 Art. 3(1): the day of receipt is not counted."""
        return self.received_at.astimezone(self.zone).date() + timedelta(days=1)

    def unextended_end(self) -> datetime:
        """The deadline before pauses and Art. 3(4)/(5) extensions."""
        if self.mode is DeadlineMode.STRICT:
            return self.received_at + self.period.elapsed
        if self.period.unit is PeriodUnit.HOURS:
            # Art. 3(1)/(2)(a): the hour of receipt is not counted; start at the next full hour.
            local = self.received_at.astimezone(self.zone)
            hour_start = local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
            return hour_start + timedelta(hours=1) + self.period.elapsed
        return self.midnight_after(self.first_day + timedelta(days=self.period.length - 1))

    def deadline(self, paused: timedelta) -> datetime:
        """The deadline after `paused` of suspension.

        Under Reg. 1182/71 the suspended time is added first; the day in which the shifted period then
        ends is its last day, and the period runs to the end of that day (Art. 3(2)(b)), then on to the
        end of the next working day (3(4)) and of the second working day (3(5)). The Regulation says
        nothing about suspension: this is our reading. Rounding up to the end of the day is what keeps
        it monotone (a property test guards this): ending at the shifted instant instead would let a
        one-minute pause move a period that ended on a Sunday from the end of Monday to 00:01 Monday.
        """
        end = self.unextended_end() + paused
        if self.mode is DeadlineMode.STRICT or self.period.unit is PeriodUnit.HOURS:
            return end
        last_day = (end - timedelta(microseconds=1)).astimezone(self.zone).date()
        while not self.is_working_day(last_day):
            last_day += timedelta(days=1)
        return self.midnight_after(max(last_day, self._second_working_day()))

    def _second_working_day(self) -> date:
        day, found = self.first_day, 0
        while True:
            if self.is_working_day(day):
                found += 1
                if found == 2:
                    return day
            day += timedelta(days=1)


def _paused_by(history: _History, moment: datetime) -> timedelta:
    total = timedelta(0)
    for start, end in history.pauses:
        stop = moment if end is None else min(end, moment)
        if stop > start:
            total += stop - start
    return total


def _pause_open_at(history: _History, moment: datetime) -> datetime | None:
    for start, end in history.pauses:
        if start <= moment and (end is None or moment < end):
            return start
    return None


def _remaining(calendar: _Calendar, history: _History, moment: datetime) -> timedelta:
    """Time left at `moment`; inside a pause, the time that was left when the pause began."""
    frozen_at = _pause_open_at(history, moment) or moment
    return calendar.deadline(_paused_by(history, frozen_at)) - frozen_at


def compute_clock(
    received_at: datetime,
    urgency: Urgency | str,
    accessibility: Accessibility | str,
    events: Sequence[ClockEvent] = (),
    *,
    now: datetime,
    mode: DeadlineMode | str = DeadlineMode.STRICT,
    requested_country: str = "RO",
    extra_non_working_days: Collection[date] = frozenset(),
) -> ClockState:
    """The Art. 5 clock of one request as of `now`.

    `events` in chronological order (equal times allowed, kept in the given order); those after `now`
    are validated but ignored. `requested_country` ("RO" or "BG") is the country that must answer: its
    time zone and public holidays matter only in REG_1182_71 mode, as do `extra_non_working_days`
    (bridge days decreed by government, which the `holidays` package does not know; FACTS §6).
    Raises DeadlineError for naive datetimes, `now` before receipt or an inconsistent history.
    """
    received = _utc(received_at, "received_at")
    now_utc = _utc(now, "now")
    if now_utc < received:
        raise DeadlineError(f"now ({now_utc.isoformat()}) is before received_at ({received.isoformat()})")
    zone = _COUNTRY_ZONES.get(requested_country)
    if zone is None:
        raise DeadlineError(
            f"requested_country must be one of {sorted(_COUNTRY_ZONES)}, got {requested_country!r}"
        )
    calendar = _Calendar(
        mode=DeadlineMode(mode),
        period=statutory_period(urgency, accessibility),
        country=requested_country,
        zone=zone,
        extra_non_working_days=frozenset(extra_non_working_days),
        received_at=received,
    )
    history = _replay(received, events, now_utc)
    as_of = history.closed_at or now_utc
    remaining = _remaining(calendar, history, as_of)
    paused_since = None if history.closure is not None else _pause_open_at(history, as_of)
    late = remaining < timedelta(0)
    notice_timely = history.notice_at is not None and _remaining(
        calendar, history, history.notice_at
    ) >= timedelta(0)
    met = None if history.closure in (None, Closure.WITHDRAWN) else not late
    open_and_late = history.closure is None and late
    excused = notice_timely and (open_and_late or met is False)
    return ClockState(
        received_at=received,
        as_of=as_of,
        mode=calendar.mode,
        period=calendar.period,
        statutory_due_at=calendar.deadline(timedelta(0)),
        due_at=calendar.deadline(_paused_by(history, as_of)),
        remaining=remaining,
        overdue=open_and_late,
        paused=paused_since is not None,
        paused_since=paused_since,
        total_paused=_paused_by(history, as_of),
        judicial_delay=notice_timely,
        late_delay_notice=history.notice_at is not None and not notice_timely,
        delay_notified_at=history.notice_at,
        delay_expected_until=history.expected_until,
        delay_reason=history.reason,
        delay_update_due=(
            history.closure is None
            and history.decision is None
            and history.expected_until is not None
            and as_of > history.expected_until
        ),
        judicial_decision=history.decision,
        judicial_decided_at=history.decided_at,
        overrun_excused=excused,
        closed_at=history.closed_at,
        closure=history.closure,
        met=met,
        status=_status(history.closure, met, open_and_late, excused, paused_since is not None),
    )


def _status(
    closure: Closure | None, met: bool | None, overdue: bool, excused: bool, paused: bool
) -> ClockStatus:
    if closure is Closure.WITHDRAWN:
        return ClockStatus.WITHDRAWN
    if closure is not None:
        return ClockStatus.MET if met else ClockStatus.LATE_EXCUSED if excused else ClockStatus.MISSED
    if overdue:
        # An overrun stays visible even while a late clarification pauses the clock.
        return ClockStatus.DELAYED_JUDICIAL if excused else ClockStatus.OVERDUE
    return ClockStatus.PAUSED if paused else ClockStatus.RUNNING


def reminder_due(
    clock: ClockState,
    *,
    now: datetime,
    thresholds: Collection[timedelta] = (timedelta(hours=2), timedelta(hours=24)),
) -> list[timedelta]:
    """The reminder thresholds crossed by `now`, largest first (Art. 16(1)(e): rapid follow-up).

    A threshold is crossed once `now >= due_at - threshold` (inclusive, like the deadline); pass
    `timedelta(0)` as well to be told when the deadline itself has passed. Nothing is
    due for a closed or paused clock: a suspended deadline does not approach. Thresholds not shorter
    than the statutory period are skipped, since they would fire at receipt (a "24 hours left" reminder
    for an 8-hour request says nothing). The background job remembers what it already sent.
    `now` may be later than `clock.as_of` as long as no event happened in between.
    """
    now_utc = _utc(now, "now")
    if now_utc < clock.as_of:
        raise DeadlineError(
            f"now ({now_utc.isoformat()}) is before the clock's as_of ({clock.as_of.isoformat()})"
        )
    if clock.closed_at is not None or clock.paused:
        return []
    whole_period = clock.statutory_due_at - clock.received_at
    crossed = {t for t in thresholds if t < whole_period and now_utc >= clock.due_at - t}
    return sorted(crossed, reverse=True)
