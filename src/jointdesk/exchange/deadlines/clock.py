"""The clock of one request as of a moment, and the reminders it calls for."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from jointdesk.exchange.deadlines.calendar import Calendar
from jointdesk.exchange.deadlines.history import History, as_utc, replay
from jointdesk.exchange.deadlines.vocabulary import (
    COUNTRY_ZONES,
    Accessibility,
    ClockEvent,
    ClockStatus,
    Closure,
    DeadlineError,
    DeadlineMode,
    JudicialDecision,
    StatutoryPeriod,
    Urgency,
    statutory_period,
)


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


def _paused_by(history: History, moment: datetime) -> timedelta:
    total = timedelta(0)
    for start, end in history.pauses:
        stop = moment if end is None else min(end, moment)
        if stop > start:
            total += stop - start
    return total


def _pause_open_at(history: History, moment: datetime) -> datetime | None:
    for start, end in history.pauses:
        if start <= moment and (end is None or moment < end):
            return start
    return None


def _remaining(calendar: Calendar, history: History, moment: datetime) -> timedelta:
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
    received = as_utc(received_at, "received_at")
    now_utc = as_utc(now, "now")
    if now_utc < received:
        raise DeadlineError(f"now ({now_utc.isoformat()}) is before received_at ({received.isoformat()})")
    zone = COUNTRY_ZONES.get(requested_country)
    if zone is None:
        raise DeadlineError(
            f"requested_country must be one of {sorted(COUNTRY_ZONES)}, got {requested_country!r}"
        )
    calendar = Calendar(
        mode=DeadlineMode(mode),
        period=statutory_period(urgency, accessibility),
        country=requested_country,
        zone=zone,
        extra_non_working_days=frozenset(extra_non_working_days),
        received_at=received,
    )
    history = replay(received, events, now_utc)
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
    now_utc = as_utc(now, "now")
    if now_utc < clock.as_of:
        raise DeadlineError(
            f"now ({now_utc.isoformat()}) is before the clock's as_of ({clock.as_of.isoformat()})"
        )
    if clock.closed_at is not None or clock.paused:
        return []
    return thresholds_crossed(
        due_at=clock.due_at,
        period=clock.statutory_due_at - clock.received_at,
        now=now_utc,
        thresholds=thresholds,
    )


def thresholds_crossed(
    *, due_at: datetime, period: timedelta, now: datetime, thresholds: Collection[timedelta]
) -> list[timedelta]:
    """The thresholds t with `now >= due_at - t`, largest first; thresholds not shorter than the
    period are skipped (they would fire at receipt). The one rule behind `reminder_due` and the
    background job that stores reminders."""
    crossed = {t for t in thresholds if t < period and now >= due_at - t}
    return sorted(crossed, reverse=True)
