"""Replaying and validating the events of one request, in order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from jointdesk.exchange.deadlines.vocabulary import (
    CLOSURES,
    DECISIONS,
    ClarificationProvided,
    ClarificationRequested,
    ClockEvent,
    Closure,
    DeadlineError,
    JudicialDecision,
    JudicialDelayNotified,
    JudicialDelayUpdated,
)


def as_utc(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise DeadlineError(f"{what} is a naive datetime ({value.isoformat()}); give it a time zone")
    return value.astimezone(UTC)


# --- replay and validation ---------------------------------------------------------------------------


@dataclass
class History:
    """What the events say, as of one moment. Mutable only while being built by `replay`."""

    pauses: list[tuple[datetime, datetime | None]]
    notice_at: datetime | None = None
    expected_until: datetime | None = None
    reason: str | None = None
    decision: JudicialDecision | None = None
    decided_at: datetime | None = None
    closure: Closure | None = None
    closed_at: datetime | None = None


def replay(received_at: datetime, events: Sequence[ClockEvent], as_of: datetime) -> History:
    """Validates the WHOLE sequence, but records only the events that happened by `as_of`, so that a
    clock can be recomputed for any past moment (and a clock skew never shows a future event)."""
    history = History(pauses=[])
    checker = SequenceChecker(previous=received_at, received_at=received_at)
    for index, event in enumerate(events):
        at = checker.check(index, event)
        if at <= as_of:
            record(history, event, at)
    return history


def record(history: History, event: ClockEvent, at: datetime) -> None:
    if isinstance(event, ClarificationRequested):
        history.pauses.append((at, None))
    elif isinstance(event, ClarificationProvided):
        history.pauses[-1] = (history.pauses[-1][0], at)
    elif isinstance(event, JudicialDelayNotified | JudicialDelayUpdated):
        history.notice_at = history.notice_at or at
        history.expected_until = at + event.expected_length
        history.reason = event.reason
    elif type(event) in DECISIONS:
        history.decision, history.decided_at = DECISIONS[type(event)], at
    else:
        history.closure, history.closed_at = CLOSURES[type(event)], at


@dataclass
class SequenceChecker:
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
        at = as_utc(event.at, f"event {index} ({type(event).__name__}).at")
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
        elif type(event) in DECISIONS:
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
