"""The Art. 5 deadline clock (Directive (EU) 2023/977): exact cases from the law plus properties.

Pure tests: no database. Times are written in Europe/Bucharest (or Europe/Sofia) wall-clock time,
because that is how a duty officer reads them; the clock itself answers in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointdesk.exchange.deadlines import (
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
    compute_clock,
    reminder_due,
    statutory_period,
)

BUCHAREST = ZoneInfo("Europe/Bucharest")
SOFIA = ZoneInfo("Europe/Sofia")
URGENT, NON_URGENT = Urgency.URGENT, Urgency.NON_URGENT
DIRECT, INDIRECT = Accessibility.DIRECT, Accessibility.INDIRECT
H, D = timedelta(hours=1), timedelta(days=1)
STRICT, REG = DeadlineMode.STRICT, DeadlineMode.REG_1182_71


def ro(y: int, mo: int, d: int, h: int = 0, mi: int = 0, *, fold: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BUCHAREST, fold=fold)


def bg(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=SOFIA)


def utc(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


# An urgent, directly accessible request received on an ordinary Tuesday morning: 8 hours.
T0 = ro(2026, 6, 9, 10, 0)
T0_DUE = ro(2026, 6, 9, 18, 0)


# --- Art. 5(1) periods ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("urgency", "accessibility", "expected"),
    [
        (URGENT, DIRECT, StatutoryPeriod(8, PeriodUnit.HOURS)),
        (URGENT, INDIRECT, StatutoryPeriod(3, PeriodUnit.DAYS)),
        (NON_URGENT, DIRECT, StatutoryPeriod(7, PeriodUnit.DAYS)),
        (NON_URGENT, INDIRECT, StatutoryPeriod(7, PeriodUnit.DAYS)),
        ("urgent", "direct", StatutoryPeriod(8, PeriodUnit.HOURS)),  # model TextChoices values
        ("non_urgent", "indirect", StatutoryPeriod(7, PeriodUnit.DAYS)),
    ],
)
def test_statutory_period(urgency: str, accessibility: str, expected: StatutoryPeriod) -> None:
    assert statutory_period(urgency, accessibility) == expected


@pytest.mark.parametrize(
    ("period", "elapsed"),
    [
        (StatutoryPeriod(8, PeriodUnit.HOURS), timedelta(hours=8)),
        (StatutoryPeriod(3, PeriodUnit.DAYS), timedelta(hours=72)),
        (StatutoryPeriod(7, PeriodUnit.DAYS), timedelta(hours=168)),
    ],
)
def test_calendar_days_are_24_elapsed_hours(period: StatutoryPeriod, elapsed: timedelta) -> None:
    assert period.elapsed == elapsed


@pytest.mark.parametrize(("urgency", "accessibility"), [("urgnet", "direct"), ("urgent", "directly")])
def test_unknown_urgency_or_accessibility_is_rejected(urgency: str, accessibility: str) -> None:
    with pytest.raises(ValueError):
        statutory_period(urgency, accessibility)


# --- STRICT mode: exact deadlines, midnight and summer time ---------------------------------------------


@pytest.mark.parametrize(
    ("received", "urgency", "accessibility", "due_local"),
    [
        pytest.param(T0, URGENT, DIRECT, T0_DUE, id="8h-ordinary-day"),
        pytest.param(T0, URGENT, INDIRECT, ro(2026, 6, 12, 10, 0), id="3d-ordinary"),
        pytest.param(T0, NON_URGENT, DIRECT, ro(2026, 6, 16, 10, 0), id="7d-ordinary"),
        # Received one minute before midnight.
        pytest.param(ro(2026, 6, 9, 23, 59), URGENT, DIRECT, ro(2026, 6, 10, 7, 59), id="8h-2359"),
        pytest.param(ro(2026, 6, 9, 23, 59), URGENT, INDIRECT, ro(2026, 6, 12, 23, 59), id="3d-2359"),
        pytest.param(ro(2026, 6, 9, 23, 59), NON_URGENT, INDIRECT, ro(2026, 6, 16, 23, 59), id="7d-2359"),
        pytest.param(ro(2026, 12, 31, 23, 59), URGENT, DIRECT, ro(2027, 1, 1, 7, 59), id="8h-new-year"),
        # 29 Mar 2026: 03:00 EET becomes 04:00 EEST. 8 real hours show as 9 on the wall clock.
        pytest.param(ro(2026, 3, 28, 22, 0), URGENT, DIRECT, ro(2026, 3, 29, 7, 0), id="8h-spring-night"),
        pytest.param(ro(2026, 3, 29, 0, 30), URGENT, DIRECT, ro(2026, 3, 29, 9, 30), id="8h-spring-0030"),
        pytest.param(ro(2026, 3, 27, 12, 0), URGENT, INDIRECT, ro(2026, 3, 30, 13, 0), id="3d-spring"),
        pytest.param(ro(2026, 3, 25, 12, 0), NON_URGENT, DIRECT, ro(2026, 4, 1, 13, 0), id="7d-spring"),
        # 25 Oct 2026: 04:00 EEST becomes 03:00 EET. 8 real hours show as 7 on the wall clock.
        pytest.param(ro(2026, 10, 25, 0, 30), URGENT, DIRECT, ro(2026, 10, 25, 7, 30), id="8h-autumn-0030"),
        pytest.param(ro(2026, 10, 24, 22, 0), URGENT, DIRECT, ro(2026, 10, 25, 5, 0), id="8h-autumn-night"),
        pytest.param(ro(2026, 10, 23, 12, 0), URGENT, INDIRECT, ro(2026, 10, 26, 11, 0), id="3d-autumn"),
        pytest.param(ro(2026, 10, 21, 12, 0), NON_URGENT, INDIRECT, ro(2026, 10, 28, 11, 0), id="7d-autumn"),
    ],
)
def test_strict_deadline(
    received: datetime, urgency: Urgency, accessibility: Accessibility, due_local: datetime
) -> None:
    clock = compute_clock(received, urgency, accessibility, [], now=received)
    assert clock.due_at == due_local
    assert clock.due_at.tzinfo is UTC
    assert clock.due_at - clock.received_at == statutory_period(urgency, accessibility).elapsed
    assert clock.remaining == clock.due_at - clock.received_at
    assert clock.status is ClockStatus.RUNNING


def test_repeated_autumn_hour_is_told_apart_by_fold() -> None:
    """03:30 happens twice on 25 Oct 2026; the second one is an hour later in real time."""
    first = compute_clock(ro(2026, 10, 25, 3, 30, fold=0), URGENT, DIRECT, [], now=utc(2026, 10, 25, 2))
    second = compute_clock(ro(2026, 10, 25, 3, 30, fold=1), URGENT, DIRECT, [], now=utc(2026, 10, 25, 2))
    assert first.due_at == utc(2026, 10, 25, 8, 30)
    assert second.due_at == utc(2026, 10, 25, 9, 30)


def test_receipt_in_another_zone_is_the_same_instant() -> None:
    as_sofia = compute_clock(bg(2026, 6, 9, 10, 0), URGENT, DIRECT, [], now=T0)
    as_utc = compute_clock(utc(2026, 6, 9, 7, 0), URGENT, DIRECT, [], now=T0)
    assert as_sofia.due_at == as_utc.due_at == T0_DUE


def test_strict_mode_ignores_weekends_and_holidays() -> None:
    """A 7-day period ending on Romania's National Day (1 Dec 2026) ends exactly 168 hours later."""
    received = ro(2026, 11, 24, 9, 0)
    clock = compute_clock(received, NON_URGENT, DIRECT, [], now=received)
    assert clock.due_at == ro(2026, 12, 1, 9, 0)


# --- running down, overdue, inclusive deadline ----------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "remaining", "overdue", "status"),
    [
        (T0, 8 * H, False, ClockStatus.RUNNING),
        (T0 + 5 * H, 3 * H, False, ClockStatus.RUNNING),
        (T0_DUE, timedelta(0), False, ClockStatus.RUNNING),
        (T0_DUE + timedelta(seconds=1), -timedelta(seconds=1), True, ClockStatus.OVERDUE),
        (T0_DUE + 30 * H, -30 * H, True, ClockStatus.OVERDUE),
    ],
)
def test_remaining_and_overdue(
    now: datetime, remaining: timedelta, overdue: bool, status: ClockStatus
) -> None:
    clock = compute_clock(T0, URGENT, DIRECT, [], now=now)
    assert (clock.remaining, clock.overdue, clock.status) == (remaining, overdue, status)
    assert clock.due_at == T0_DUE
    assert clock.met is None


@pytest.mark.parametrize(
    ("event", "closure", "met", "status", "remaining"),
    [
        (Answered(T0 + 7 * H), Closure.ANSWERED, True, ClockStatus.MET, H),
        (Answered(T0_DUE), Closure.ANSWERED, True, ClockStatus.MET, timedelta(0)),  # "at" is on time
        (
            Answered(T0_DUE + timedelta(seconds=1)),
            Closure.ANSWERED,
            False,
            ClockStatus.MISSED,
            -timedelta(seconds=1),
        ),
        (Refused(T0 + H), Closure.REFUSED, True, ClockStatus.MET, 7 * H),
        (Refused(T0_DUE), Closure.REFUSED, True, ClockStatus.MET, timedelta(0)),
        (Refused(T0_DUE + 2 * H), Closure.REFUSED, False, ClockStatus.MISSED, -2 * H),
        (Withdrawn(T0 + H), Closure.WITHDRAWN, None, ClockStatus.WITHDRAWN, 7 * H),
        (Withdrawn(T0_DUE + H), Closure.WITHDRAWN, None, ClockStatus.WITHDRAWN, -H),
    ],
)
def test_closing_stops_the_clock(
    event: ClockEvent, closure: Closure, met: bool | None, status: ClockStatus, remaining: timedelta
) -> None:
    for now in (event.at, event.at + 3 * D):
        clock = compute_clock(T0, URGENT, DIRECT, [event], now=now)
        assert (clock.closure, clock.met, clock.status, clock.remaining) == (closure, met, status, remaining)
        assert clock.closed_at == event.at
        assert clock.as_of == event.at
        assert clock.overdue is False
        assert clock.overrun_excused is False


# --- Art. 6(3): clarification pauses the clock ----------------------------------------------------------


def test_pause_shifts_the_deadline_by_exactly_the_pause() -> None:
    events: list[ClockEvent] = [
        ClarificationRequested(T0 + 2 * H),
        ClarificationProvided(T0 + 5 * H + 17 * timedelta(minutes=1)),
    ]
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0 + 6 * H)
    pause = 3 * H + timedelta(minutes=17)
    assert clock.total_paused == pause
    assert clock.due_at == T0_DUE + pause
    assert clock.statutory_due_at == T0_DUE
    assert clock.remaining == 8 * H - (6 * H - pause)  # the clock ran for 6h minus the pause
    assert clock.status is ClockStatus.RUNNING
    assert clock.paused is False


def test_multiple_pauses_add_up() -> None:
    events: list[ClockEvent] = [
        ClarificationRequested(T0 + H),
        ClarificationProvided(T0 + 2 * H),
        ClarificationRequested(T0 + 4 * H),
        ClarificationProvided(T0 + 7 * H),
        ClarificationRequested(T0 + 9 * H),
        ClarificationProvided(T0 + 9 * H),  # answered at once: a zero-length pause
    ]
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0 + 10 * H)
    assert clock.total_paused == 4 * H
    assert clock.due_at == T0_DUE + 4 * H
    assert clock.remaining == 2 * H


@pytest.mark.parametrize("hours_into_pause", [0, 1, 30, 200])
def test_open_pause_freezes_remaining_and_moves_due_at(hours_into_pause: int) -> None:
    pause_start = T0 + 3 * H
    now = pause_start + hours_into_pause * H
    clock = compute_clock(T0, URGENT, DIRECT, [ClarificationRequested(pause_start)], now=now)
    assert clock.paused is True
    assert clock.paused_since == pause_start
    assert clock.status is ClockStatus.PAUSED
    assert clock.remaining == 5 * H
    assert clock.total_paused == hours_into_pause * H
    assert clock.due_at == now + 5 * H  # as if the clarification arrived now
    assert clock.overdue is False


def test_paused_exactly_at_the_deadline_is_not_overdue() -> None:
    paused = compute_clock(T0, URGENT, DIRECT, [ClarificationRequested(T0_DUE)], now=T0_DUE + 2 * D)
    assert (paused.remaining, paused.overdue, paused.status) == (timedelta(0), False, ClockStatus.PAUSED)
    events: list[ClockEvent] = [ClarificationRequested(T0_DUE), ClarificationProvided(T0_DUE + 2 * D)]
    resumed = compute_clock(T0, URGENT, DIRECT, events, now=T0_DUE + 2 * D)
    assert (resumed.remaining, resumed.overdue, resumed.due_at) == (timedelta(0), False, T0_DUE + 2 * D)
    a_minute_later = compute_clock(T0, URGENT, DIRECT, events, now=T0_DUE + 2 * D + timedelta(minutes=1))
    assert a_minute_later.overdue is True
    assert a_minute_later.status is ClockStatus.OVERDUE


def test_pause_after_the_deadline_keeps_the_overrun_visible() -> None:
    events: list[ClockEvent] = [ClarificationRequested(T0_DUE + H)]
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0_DUE + 5 * H)
    assert clock.paused is True
    assert clock.remaining == -H
    assert clock.overdue is True
    assert clock.status is ClockStatus.OVERDUE


def test_answer_while_clarification_outstanding_uses_frozen_time() -> None:
    events: list[ClockEvent] = [ClarificationRequested(T0 + 6 * H), Answered(T0 + 30 * H)]
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0 + 40 * H)
    assert clock.met is True
    assert clock.remaining == 2 * H
    assert clock.total_paused == 24 * H
    assert clock.paused is False
    assert clock.paused_since is None


def test_answer_after_pause_judged_against_shifted_deadline() -> None:
    events: list[ClockEvent] = [
        ClarificationRequested(T0 + H),
        ClarificationProvided(T0 + 25 * H),
        Answered(T0_DUE + 20 * H),
    ]
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0 + 3 * D)
    assert clock.due_at == T0_DUE + 24 * H
    assert clock.met is True
    assert clock.status is ClockStatus.MET


def test_pause_across_summer_time_change_counts_real_hours() -> None:
    received = ro(2026, 3, 28, 20, 0)
    events: list[ClockEvent] = [
        ClarificationRequested(ro(2026, 3, 29, 1, 0)),
        ClarificationProvided(ro(2026, 3, 29, 5, 0)),
    ]
    clock = compute_clock(received, URGENT, DIRECT, events, now=ro(2026, 3, 29, 6, 0))
    assert clock.total_paused == 3 * H  # 01:00 EET to 05:00 EEST is three real hours
    assert clock.due_at == ro(2026, 3, 29, 8, 0)  # 8 real hours + 3 paused, shown in EEST


# --- Art. 5(2): judicial authorisation ------------------------------------------------------------------


NOTICE = JudicialDelayNotified(T0 + 4 * H, timedelta(days=2), "investigating judge must authorise")


def test_timely_delay_notice_excuses_the_overrun_while_open() -> None:
    clock = compute_clock(T0, URGENT, DIRECT, [NOTICE], now=T0_DUE + 10 * H)
    assert clock.overdue is True
    assert clock.judicial_delay is True
    assert clock.late_delay_notice is False
    assert clock.overrun_excused is True
    assert clock.status is ClockStatus.DELAYED_JUDICIAL
    assert clock.delay_notified_at == NOTICE.at
    assert clock.delay_expected_until == NOTICE.at + 2 * D
    assert clock.delay_reason == NOTICE.reason
    assert clock.delay_update_due is False


def test_delay_notice_before_deadline_changes_nothing_else() -> None:
    clock = compute_clock(T0, URGENT, DIRECT, [NOTICE], now=T0 + 5 * H)
    assert clock.judicial_delay is True
    assert clock.status is ClockStatus.RUNNING
    assert clock.due_at == T0_DUE
    assert clock.overrun_excused is False


def test_delay_notice_exactly_at_deadline_is_timely() -> None:
    notice = JudicialDelayNotified(T0_DUE, timedelta(hours=12), "prosecutor on call")
    clock = compute_clock(T0, URGENT, DIRECT, [notice], now=T0_DUE + H)
    assert clock.judicial_delay is True
    assert clock.status is ClockStatus.DELAYED_JUDICIAL


def test_delay_notice_after_deadline_does_not_excuse() -> None:
    notice = JudicialDelayNotified(T0_DUE + timedelta(minutes=1), timedelta(hours=12), "court closed")
    clock = compute_clock(T0, URGENT, DIRECT, [notice], now=T0_DUE + H)
    assert clock.judicial_delay is False
    assert clock.late_delay_notice is True
    assert clock.overrun_excused is False
    assert clock.status is ClockStatus.OVERDUE
    answered = compute_clock(T0, URGENT, DIRECT, [notice, Answered(T0_DUE + 5 * H)], now=T0_DUE + 6 * H)
    assert (answered.met, answered.overrun_excused, answered.status) == (False, False, ClockStatus.MISSED)


def test_notice_during_pause_before_deadline_is_timely() -> None:
    notice = JudicialDelayNotified(T0_DUE + 5 * H, timedelta(days=1), "authorisation needed")
    events: list[ClockEvent] = [
        ClarificationRequested(T0 + 7 * H),
        notice,
        ClarificationProvided(T0_DUE + 10 * H),
    ]
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0_DUE + 20 * H)
    assert clock.judicial_delay is True
    assert clock.status is ClockStatus.DELAYED_JUDICIAL


def test_late_answer_under_timely_notice_is_an_excused_overrun() -> None:
    events: list[ClockEvent] = [
        NOTICE,
        JudicialAuthorisationObtained(T0 + 30 * H),
        Answered(T0 + 31 * H),
    ]
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0 + 40 * H)
    assert clock.met is False
    assert clock.overrun_excused is True
    assert clock.status is ClockStatus.LATE_EXCUSED
    assert clock.judicial_decision is JudicialDecision.OBTAINED
    assert clock.judicial_decided_at == T0 + 30 * H


def test_refusal_after_judicial_refusal_late_is_excused() -> None:
    events: list[ClockEvent] = [NOTICE, JudicialAuthorisationRefused(T0 + 20 * H), Refused(T0 + 21 * H)]
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0 + 21 * H)
    assert clock.judicial_decision is JudicialDecision.REFUSED
    assert (clock.closure, clock.status) == (Closure.REFUSED, ClockStatus.LATE_EXCUSED)


def test_answer_on_time_despite_notice_is_met() -> None:
    clock = compute_clock(T0, URGENT, DIRECT, [NOTICE, Answered(T0 + 6 * H)], now=T0 + 6 * H)
    assert (clock.met, clock.overrun_excused, clock.status) == (True, False, ClockStatus.MET)


def test_delay_updates_move_expected_until_and_the_latest_reason_wins() -> None:
    update = JudicialDelayUpdated(T0 + 2 * D, timedelta(days=3), "hearing set for Friday")
    clock = compute_clock(T0, URGENT, DIRECT, [NOTICE, update], now=T0 + 2 * D + H)
    assert clock.delay_notified_at == NOTICE.at
    assert clock.delay_expected_until == T0 + 5 * D
    assert clock.delay_reason == "hearing set for Friday"
    assert clock.judicial_delay is True


@pytest.mark.parametrize(
    ("events", "now", "update_due"),
    [
        pytest.param([NOTICE], NOTICE.at + 2 * D, False, id="at-expected-end"),
        pytest.param([NOTICE], NOTICE.at + 2 * D + H, True, id="past-expected-end"),
        pytest.param(
            [NOTICE, JudicialDelayUpdated(NOTICE.at + 2 * D, D, "still waiting")],
            NOTICE.at + 2 * D + H,
            False,
            id="updated",
        ),
        pytest.param(
            [NOTICE, JudicialAuthorisationObtained(NOTICE.at + D)], NOTICE.at + 3 * D, False, id="decided"
        ),
        pytest.param([NOTICE, Answered(NOTICE.at + 3 * D)], NOTICE.at + 4 * D, False, id="closed"),
    ],
)
def test_delay_update_due(events: list[ClockEvent], now: datetime, update_due: bool) -> None:
    assert compute_clock(T0, URGENT, DIRECT, events, now=now).delay_update_due is update_due


def test_judicial_authorisation_without_notice_is_recorded() -> None:
    clock = compute_clock(T0, URGENT, DIRECT, [JudicialAuthorisationObtained(T0 + H)], now=T0 + 2 * H)
    assert clock.judicial_decision is JudicialDecision.OBTAINED
    assert clock.judicial_delay is False
    assert clock.status is ClockStatus.RUNNING


# --- events after `now` ----------------------------------------------------------------------------------


def test_events_after_now_are_ignored_for_a_past_view() -> None:
    events: list[ClockEvent] = [
        ClarificationRequested(T0 + 2 * H),
        ClarificationProvided(T0 + 4 * H),
        Answered(T0 + 9 * H),
    ]
    before_pause = compute_clock(T0, URGENT, DIRECT, events, now=T0 + H)
    assert (before_pause.status, before_pause.remaining, before_pause.total_paused) == (
        ClockStatus.RUNNING,
        7 * H,
        timedelta(0),
    )
    in_pause = compute_clock(T0, URGENT, DIRECT, events, now=T0 + 3 * H)
    assert (in_pause.status, in_pause.remaining) == (ClockStatus.PAUSED, 6 * H)
    final = compute_clock(T0, URGENT, DIRECT, events, now=T0 + 10 * H)
    assert (final.status, final.remaining) == (ClockStatus.MET, H)


# --- Reg. 1182/71 mode -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "urgency", "accessibility", "country", "due_local"),
    [
        # Hours: the hour of receipt is not counted (Art. 3(1)); no roll-over for hours (Art. 3(4)).
        pytest.param(ro(2026, 6, 9, 10, 20), URGENT, DIRECT, "RO", ro(2026, 6, 9, 19, 0), id="8h-mid-hour"),
        pytest.param(ro(2026, 6, 9, 10, 0), URGENT, DIRECT, "RO", ro(2026, 6, 9, 19, 0), id="8h-on-the-hour"),
        pytest.param(ro(2026, 6, 9, 23, 59), URGENT, DIRECT, "RO", ro(2026, 6, 10, 8, 0), id="8h-2359"),
        pytest.param(ro(2026, 6, 13, 10, 20), URGENT, DIRECT, "RO", ro(2026, 6, 13, 19, 0), id="8h-saturday"),
        pytest.param(
            ro(2026, 3, 29, 2, 30), URGENT, DIRECT, "RO", ro(2026, 3, 29, 12, 0), id="8h-spring-dst"
        ),
        pytest.param(
            ro(2026, 10, 25, 3, 30, fold=1), URGENT, DIRECT, "RO", ro(2026, 10, 25, 12, 0), id="8h-autumn"
        ),
        # Days: the day of receipt is not counted; the period ends at the end of its last day.
        pytest.param(ro(2026, 10, 5, 10, 0), URGENT, INDIRECT, "RO", ro(2026, 10, 9), id="3d-mon-to-thu"),
        pytest.param(ro(2026, 10, 5, 23, 59), URGENT, INDIRECT, "RO", ro(2026, 10, 9), id="3d-2359"),
        pytest.param(ro(2026, 10, 6, 0, 0), URGENT, INDIRECT, "RO", ro(2026, 10, 10), id="3d-midnight"),
        pytest.param(ro(2026, 10, 7, 10, 0), URGENT, INDIRECT, "RO", ro(2026, 10, 13), id="3d-ends-saturday"),
        pytest.param(ro(2026, 10, 8, 10, 0), URGENT, INDIRECT, "RO", ro(2026, 10, 13), id="3d-ends-sunday"),
        # Received Friday: Sat, Sun, Mon hold one working day; Art. 3(5) asks for two, so Tuesday.
        pytest.param(
            ro(2026, 10, 9, 10, 0), URGENT, INDIRECT, "RO", ro(2026, 10, 14), id="3d-art-3-5-friday"
        ),
        pytest.param(ro(2026, 6, 2, 9, 0), NON_URGENT, DIRECT, "RO", ro(2026, 6, 10), id="7d-ordinary"),
        # RO National Day, Tue 1 Dec 2026: runs to the end of Wed 2 Dec.
        pytest.param(ro(2026, 11, 24, 9, 0), NON_URGENT, DIRECT, "RO", ro(2026, 12, 3), id="7d-ro-1-dec"),
        # The same period for Bulgaria: 1 Dec is a working day there.
        pytest.param(bg(2026, 11, 24, 9, 0), NON_URGENT, DIRECT, "BG", bg(2026, 12, 2), id="7d-bg-1-dec"),
        # BG 24 May 2026 is a Sunday, its holiday is observed on Mon 25: runs to the end of Tue 26 May.
        pytest.param(
            bg(2026, 5, 17, 9, 0), NON_URGENT, DIRECT, "BG", bg(2026, 5, 27), id="7d-bg-24-may-sunday"
        ),
        # BG 24 May 2027 is a Monday: runs to the end of Tue 25 May; in Romania it is an ordinary day.
        pytest.param(
            bg(2027, 5, 17, 9, 0), NON_URGENT, DIRECT, "BG", bg(2027, 5, 26), id="7d-bg-24-may-2027"
        ),
        pytest.param(
            ro(2027, 5, 17, 9, 0), NON_URGENT, DIRECT, "RO", ro(2027, 5, 25), id="7d-ro-24-may-2027"
        ),
        # RO Pentecost Monday and Children's Day together on 1 Jun 2026, after a weekend.
        pytest.param(ro(2026, 5, 27, 9, 0), URGENT, INDIRECT, "RO", ro(2026, 6, 3), id="3d-ro-pentecost"),
        # Orthodox Easter 2026 in BG: Good Friday to Easter Monday.
        pytest.param(bg(2026, 4, 7, 9, 0), URGENT, INDIRECT, "BG", bg(2026, 4, 15), id="3d-bg-easter"),
        # Art. 3(5): at least two working days. BG, 24-26 Dec then observed 28 Dec: only Tue 29 works.
        pytest.param(bg(2026, 12, 23, 9, 0), URGENT, INDIRECT, "BG", bg(2026, 12, 31), id="3d-bg-christmas"),
        # Romania works on 24 and 28 Dec: two working days, no extension.
        pytest.param(ro(2026, 12, 23, 9, 0), URGENT, INDIRECT, "RO", ro(2026, 12, 29), id="3d-ro-christmas"),
        # Local midnight across summer time: the period ends at 00:00 EEST.
        pytest.param(ro(2026, 3, 23, 12, 0), NON_URGENT, DIRECT, "RO", ro(2026, 3, 31), id="7d-spring"),
        pytest.param(ro(2026, 10, 21, 12, 0), NON_URGENT, DIRECT, "RO", ro(2026, 10, 29), id="7d-autumn"),
    ],
)
def test_reg_1182_71_deadline(
    received: datetime, urgency: Urgency, accessibility: Accessibility, country: str, due_local: datetime
) -> None:
    clock = compute_clock(
        received, urgency, accessibility, [], now=received, mode=REG, requested_country=country
    )
    assert clock.due_at == due_local
    assert clock.statutory_due_at == due_local
    assert clock.mode is REG


def test_reg_1182_71_day_boundaries_follow_local_time_across_summer_time() -> None:
    clock = compute_clock(
        ro(2026, 3, 23, 12, 0), NON_URGENT, DIRECT, [], now=ro(2026, 3, 23, 12, 0), mode=REG
    )
    assert clock.due_at == utc(2026, 3, 30, 21, 0)  # midnight EEST
    assert clock.due_at - clock.received_at == 7 * D + 11 * H


def test_reg_1182_71_bridge_days_from_the_override_table() -> None:
    received = ro(2026, 11, 24, 9, 0)
    clock = compute_clock(
        received, NON_URGENT, DIRECT, [], now=received, mode=REG, extra_non_working_days={date(2026, 12, 2)}
    )
    assert clock.due_at == ro(2026, 12, 4)


@pytest.mark.parametrize(
    ("pause", "due_local"),
    [
        pytest.param(timedelta(0), ro(2026, 10, 9), id="none-end-of-thursday"),
        pytest.param(timedelta(minutes=1), ro(2026, 10, 10), id="1-minute-friday-becomes-the-last-day"),
        pytest.param(24 * H, ro(2026, 10, 10), id="24h-end-of-friday"),
        pytest.param(24 * H + timedelta(minutes=1), ro(2026, 10, 13), id="into-saturday-rolls-to-monday"),
        pytest.param(72 * H, ro(2026, 10, 13), id="72h-end-of-monday"),
    ],
)
def test_reg_1182_71_pause_then_roll_over(pause: timedelta, due_local: datetime) -> None:
    received = ro(2026, 10, 5, 10, 0)  # Monday: 6, 7, 8 Oct, due at the end of Thursday
    events: list[ClockEvent] = [ClarificationRequested(ro(2026, 10, 6, 9, 0))]
    events.append(ClarificationProvided(events[0].at + pause))
    clock = compute_clock(received, URGENT, INDIRECT, events, now=ro(2026, 10, 12, 9, 0), mode=REG)
    assert clock.due_at == due_local
    assert clock.total_paused == pause


def test_reg_1182_71_hours_pause_adds_elapsed_time() -> None:
    events: list[ClockEvent] = [
        ClarificationRequested(ro(2026, 6, 9, 12, 0)),
        ClarificationProvided(ro(2026, 6, 9, 13, 30)),
    ]
    clock = compute_clock(ro(2026, 6, 9, 10, 20), URGENT, DIRECT, events, now=ro(2026, 6, 9, 14, 0), mode=REG)
    assert clock.due_at == ro(2026, 6, 9, 20, 30)


def test_mode_and_country_accept_plain_strings() -> None:
    received = ro(2026, 11, 24, 9, 0)
    clock = compute_clock(received, "non_urgent", "direct", [], now=received, mode="reg_1182_71")
    assert clock.due_at == ro(2026, 12, 3)


# --- invalid histories -----------------------------------------------------------------------------------


NAIVE = datetime(2026, 6, 9, 12, 0)  # deliberately naive


@pytest.mark.parametrize(
    ("events", "message"),
    [
        pytest.param(
            [ClarificationProvided(T0 + H)], "event 0 (ClarificationProvided): no request", id="resume-first"
        ),
        pytest.param(
            [
                ClarificationRequested(T0 + H),
                ClarificationProvided(T0 + 2 * H),
                ClarificationProvided(T0 + 3 * H),
            ],
            "event 2 (ClarificationProvided): no request",
            id="resume-twice",
        ),
        pytest.param(
            [ClarificationRequested(T0 + H), ClarificationRequested(T0 + 2 * H)],
            "event 1 (ClarificationRequested): a clarification is already outstanding since event 0",
            id="two-open-pauses",
        ),
        pytest.param(
            [Answered(T0 + H), ClarificationRequested(T0 + 2 * H)],
            "event 1 (ClarificationRequested): comes after the request was closed by event 0",
            id="after-close",
        ),
        pytest.param(
            [Refused(T0 + H), Answered(T0 + H)],
            "event 1 (Answered): comes after the request was closed by event 0",
            id="closed-twice",
        ),
        pytest.param(
            [ClarificationRequested(T0 + 3 * H), ClarificationProvided(T0 + 2 * H)],
            "event 1 (ClarificationProvided): happens at 2026-06-09T09:00:00+00:00, before the previous",
            id="out-of-order",
        ),
        pytest.param([Answered(T0 - H)], "event 0 (Answered): happens at", id="before-receipt"),
        pytest.param([Answered(NAIVE)], "event 0 (Answered).at is a naive datetime", id="naive-event"),
        pytest.param(
            [JudicialDelayUpdated(T0 + H, D, "x")],
            "event 0 (JudicialDelayUpdated): updates a judicial delay that was never notified",
            id="update-without-notice",
        ),
        pytest.param(
            [NOTICE, JudicialDelayNotified(T0 + 5 * H, D, "again")],
            "event 1 (JudicialDelayNotified): a delay was already notified by event 0",
            id="second-notice",
        ),
        pytest.param(
            [JudicialAuthorisationObtained(T0 + H), JudicialDelayNotified(T0 + 2 * H, D, "late")],
            "event 1 (JudicialDelayNotified): judicial authorisation was already decided by event 0",
            id="notice-after-decision",
        ),
        pytest.param(
            [JudicialAuthorisationObtained(T0 + H), JudicialAuthorisationRefused(T0 + 2 * H)],
            "event 1 (JudicialAuthorisationRefused): judicial authorisation was already decided by event 0",
            id="two-decisions",
        ),
        pytest.param(
            [JudicialDelayNotified(T0 + H, timedelta(0), "x")],
            "event 0 (JudicialDelayNotified): expected_length must be positive",
            id="zero-length",
        ),
        pytest.param(
            [NOTICE, JudicialDelayUpdated(T0 + 5 * H, -H, "x")],
            "event 1 (JudicialDelayUpdated): expected_length must be positive",
            id="negative-update",
        ),
        pytest.param(
            [JudicialDelayNotified(T0 + H, D, "  ")],
            "event 0 (JudicialDelayNotified): reason is empty",
            id="no-reason",
        ),
        pytest.param([T0 + H], "event 0 (datetime): not a clock event", id="not-an-event"),
    ],
)
def test_invalid_history_names_the_event(events: list[ClockEvent], message: str) -> None:
    with pytest.raises(DeadlineError) as error:
        compute_clock(T0, URGENT, DIRECT, events, now=T0 + D)
    assert message in str(error.value)


def test_invalid_event_after_now_is_still_rejected() -> None:
    with pytest.raises(DeadlineError, match="event 1"):
        compute_clock(T0, URGENT, DIRECT, [Answered(T0 + 5 * H), Answered(T0 + 6 * H)], now=T0 + H)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"received_at": NAIVE}, "received_at is a naive datetime"),
        ({"now": NAIVE}, "now is a naive datetime"),
        ({"now": T0 - timedelta(seconds=1)}, "is before received_at"),
        ({"requested_country": "HU"}, "requested_country must be one of ['BG', 'RO'], got 'HU'"),
    ],
)
def test_invalid_arguments(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"received_at": T0, "now": T0 + H, **kwargs}
    with pytest.raises(DeadlineError) as error:
        compute_clock(arguments.pop("received_at"), URGENT, DIRECT, [], **arguments)  # type: ignore[arg-type]
    assert message in str(error.value)


def test_deadline_error_is_a_value_error() -> None:
    assert issubclass(DeadlineError, ValueError)


# --- reminders --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("urgency", "accessibility", "now_before_due", "expected"),
    [
        (URGENT, DIRECT, 5 * H, []),
        (URGENT, DIRECT, 2 * H, [2 * H]),  # inclusive
        (URGENT, DIRECT, H, [2 * H]),  # 24h is longer than the 8h period: never sent
        (URGENT, DIRECT, -H, [2 * H]),  # overdue
        (NON_URGENT, DIRECT, 30 * H, []),
        (NON_URGENT, DIRECT, 24 * H, [24 * H]),
        (NON_URGENT, DIRECT, H, [24 * H, 2 * H]),
        (URGENT, INDIRECT, 23 * H, [24 * H]),
    ],
)
def test_reminder_due(
    urgency: Urgency, accessibility: Accessibility, now_before_due: timedelta, expected: list[timedelta]
) -> None:
    due = T0 + statutory_period(urgency, accessibility).elapsed
    now = due - now_before_due
    clock = compute_clock(T0, urgency, accessibility, [], now=now)
    assert reminder_due(clock, now=now) == expected


def test_reminder_due_extrapolates_a_running_clock() -> None:
    clock = compute_clock(T0, URGENT, DIRECT, [], now=T0)
    assert reminder_due(clock, now=T0_DUE - H, thresholds=[timedelta(0), H, 3 * H]) == [3 * H, H]


@pytest.mark.parametrize(
    "events",
    [[ClarificationRequested(T0 + 7 * H)], [Answered(T0 + 7 * H)], [Withdrawn(T0 + 7 * H)]],
    ids=["paused", "answered", "withdrawn"],
)
def test_no_reminder_for_paused_or_closed(events: list[ClockEvent]) -> None:
    clock = compute_clock(T0, URGENT, DIRECT, events, now=T0_DUE + H)
    assert reminder_due(clock, now=T0_DUE + H) == []


def test_reminder_now_before_clock_is_rejected() -> None:
    clock = compute_clock(T0, URGENT, DIRECT, [], now=T0 + H)
    with pytest.raises(DeadlineError, match="before the clock's as_of"):
        reminder_due(clock, now=T0)


# --- properties -------------------------------------------------------------------------------------------

KINDS = [(URGENT, DIRECT), (URGENT, INDIRECT), (NON_URGENT, DIRECT)]
receipts = st.datetimes(
    min_value=datetime(2025, 1, 1),
    max_value=datetime(2028, 12, 31),
    timezones=st.just(BUCHAREST),
).map(lambda local: local.astimezone(UTC))  # adding a timedelta to a ZoneInfo time is wall-clock arithmetic
kinds = st.sampled_from(KINDS)
modes = st.sampled_from([STRICT, REG])
countries = st.sampled_from(["RO", "BG"])
offsets = st.lists(st.integers(min_value=0, max_value=20 * 24 * 60), min_size=0, max_size=6)


def pauses_from(received: datetime, minutes: list[int]) -> list[ClockEvent]:
    """Sorted minute offsets, paired up: request, provide, request, ... (an odd count leaves one open)."""
    events: list[ClockEvent] = []
    for i, offset in enumerate(sorted(minutes)):
        at = received + timedelta(minutes=offset)
        events.append(ClarificationRequested(at) if i % 2 == 0 else ClarificationProvided(at))
    return events


@settings(max_examples=300, deadline=None)
@given(receipts, kinds, modes, countries, offsets, st.integers(min_value=0, max_value=30 * 24 * 60))
def test_due_at_is_never_before_the_statutory_period(
    received: datetime,
    kind: tuple[Urgency, Accessibility],
    mode: DeadlineMode,
    country: str,
    minutes: list[int],
    now_minutes: int,
) -> None:
    events = pauses_from(received, minutes)
    now = received + timedelta(minutes=now_minutes)
    clock = compute_clock(received, *kind, events, now=now, mode=mode, requested_country=country)
    assert clock.due_at >= received + statutory_period(*kind).elapsed
    assert clock.due_at >= clock.statutory_due_at
    if mode is STRICT:
        assert clock.due_at == received + statutory_period(*kind).elapsed + clock.total_paused


@settings(max_examples=300, deadline=None)
@given(
    receipts,
    kinds,
    offsets,
    st.integers(min_value=0, max_value=30 * 24 * 60),
    st.integers(min_value=1, max_value=3 * 24 * 60),
)
def test_remaining_never_increases_with_now_in_strict_mode(
    received: datetime, kind: tuple[Urgency, Accessibility], minutes: list[int], start: int, step: int
) -> None:
    events = pauses_from(received, minutes)
    earlier = received + timedelta(minutes=start)
    later = earlier + timedelta(minutes=step)
    first = compute_clock(received, *kind, events, now=earlier)
    second = compute_clock(received, *kind, events, now=later)
    assert second.remaining <= first.remaining
    if not first.paused and not second.paused and first.total_paused == second.total_paused:
        assert first.remaining - second.remaining == later - earlier  # running: one second per second


@settings(max_examples=300, deadline=None)
@given(
    receipts,
    kinds,
    modes,
    countries,
    st.integers(min_value=0, max_value=3 * 24 * 60),
    st.integers(min_value=1, max_value=24 * 60),
    st.integers(min_value=0, max_value=8 * 24 * 60),
)
def test_running_clock_counts_down_in_real_time(
    received: datetime,
    kind: tuple[Urgency, Accessibility],
    mode: DeadlineMode,
    country: str,
    start: int,
    step: int,
    extra: int,
) -> None:
    earlier = received + timedelta(minutes=start)
    later = earlier + timedelta(minutes=step)
    first = compute_clock(received, *kind, [], now=earlier, mode=mode, requested_country=country)
    second = compute_clock(received, *kind, [], now=later, mode=mode, requested_country=country)
    assert first.due_at == second.due_at
    assert first.remaining - second.remaining == later - earlier
    assert second.overdue == (later > second.due_at)


@settings(max_examples=300, deadline=None)
@given(
    receipts,
    kinds,
    modes,
    countries,
    offsets,
    st.integers(min_value=0, max_value=10 * 24 * 60),
    st.integers(min_value=0, max_value=5 * 24 * 60),
)
def test_adding_a_pause_never_brings_the_deadline_forward(
    received: datetime,
    kind: tuple[Urgency, Accessibility],
    mode: DeadlineMode,
    country: str,
    minutes: list[int],
    pause_start: int,
    pause_length: int,
) -> None:
    # Only even-length lists so that every pause is closed and a new one can go after them.
    closed = sorted(minutes)[: len(minutes) // 2 * 2]
    base = pauses_from(received, closed)
    last = max(closed, default=0)
    start = received + timedelta(minutes=last + pause_start)
    end = start + timedelta(minutes=pause_length)
    now = end + D
    without = compute_clock(received, *kind, base, now=now, mode=mode, requested_country=country)
    extra: list[ClockEvent] = [ClarificationRequested(start), ClarificationProvided(end)]
    with_pause = compute_clock(
        received, *kind, [*base, *extra], now=now, mode=mode, requested_country=country
    )
    assert with_pause.due_at >= without.due_at
    if mode is STRICT:
        assert with_pause.due_at - without.due_at == end - start


@settings(max_examples=200, deadline=None)
@given(receipts, kinds, st.integers(min_value=0, max_value=10 * 24 * 60))
def test_answer_met_exactly_when_not_after_due(
    received: datetime, kind: tuple[Urgency, Accessibility], answer_minutes: int
) -> None:
    answered_at = received + timedelta(minutes=answer_minutes)
    clock = compute_clock(received, *kind, [Answered(answered_at)], now=answered_at + D)
    assert clock.met is (answered_at <= clock.due_at)
    assert clock.status is (ClockStatus.MET if clock.met else ClockStatus.MISSED)
