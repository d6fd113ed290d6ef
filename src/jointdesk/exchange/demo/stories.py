"""Two years of exchanges planned as stories, then replayed in time order through the real actions.

A story is one exchange from its sending to its last message. Planning is pure (seeded random,
explicit ``now``); ``stories_replay`` then calls ``exchange_send`` / ``message_send`` /
``message_correct`` with each step's moment as ``now`` so that clocks, statuses, statistics and the
audit chain come out exactly as if the traffic had really happened.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

from django.utils import timezone

from jointdesk.accounts.models import User
from jointdesk.exchange import actions
from jointdesk.exchange.demo import content as cases
from jointdesk.exchange.demo.identities import display_name
from jointdesk.exchange.inputs import ItemDecisionInput, ReplyInput, RequestInput
from jointdesk.exchange.models import Exchange, Message
from jointdesk.exchange.validation import ACCEPTED_LANGUAGES

ZONE = ZoneInfo("Europe/Bucharest")
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)

# Weights of the closed (historical) outcomes; every one of them appears at least once.
CLOSED_SCENARIOS = {
    "on_time": 40,
    "late": 8,
    "partial": 8,
    "refused": 9,
    "refused_minor": 2,
    "clarified": 8,
    "judicial_obtained": 5,
    "judicial_refused": 2,
    "withdrawn": 4,
    "spontaneous": 9,
}
CASE_WEIGHTS = {"smuggling": 30, "vehicle_theft": 25, "drugs": 20, "documents": 20}
PLACE_WEIGHTS = {"giurgiu-ruse": 35, "calafat-vidin": 15, "vama-veche-durankulak": 12, "negru-voda-kardam": 10,
                 "ostrov-silistra": 10, "bechet-oryahovo": 8, "dobromir-krushari": 10}  # fmt: skip
REFUSAL_GROUNDS = {"a": 6, "b": 2, "e": 2, "f.ii": 3, "d": 1, "h": 1}
OTHER = {"RO": "BG", "BG": "RO"}


@dataclass(frozen=True)
class Current:
    """An exchange still open now, placed so that the overdue list and countdowns show something true."""

    scenario: str
    requesting: str
    urgency: str
    accessibility: str
    age: timedelta  # how long ago it was received


CURRENT = [
    Current("open_overdue", "BG", "urgent", "direct", 8 * HOUR + timedelta(minutes=95)),
    Current("open_overdue", "RO", "urgent", "direct", 11 * HOUR),
    Current("open_overdue", "RO", "non_urgent", "indirect", 7 * DAY + 20 * HOUR),
    Current("open_overdue", "BG", "non_urgent", "direct", 9 * DAY + 3 * HOUR),
    Current("open_due_soon", "BG", "urgent", "direct", 5 * HOUR + timedelta(minutes=40)),
    Current("open_due_soon", "RO", "urgent", "direct", 7 * HOUR + timedelta(minutes=15)),
    Current("open_due_soon", "BG", "urgent", "indirect", 66 * HOUR),
    Current("open_due_soon", "RO", "non_urgent", "direct", 6 * DAY + 20 * HOUR),
    Current("open_running", "BG", "urgent", "direct", timedelta(minutes=50)),
    Current("open_running", "RO", "urgent", "indirect", 20 * HOUR),
    Current("open_running", "BG", "non_urgent", "indirect", 2 * DAY + 4 * HOUR),
    Current("open_running", "RO", "non_urgent", "direct", 1 * DAY + 2 * HOUR),
    Current("open_running", "BG", "non_urgent", "direct", 4 * DAY),
    Current("open_running", "RO", "non_urgent", "indirect", 5 * HOUR),
    Current("open_clarification", "BG", "non_urgent", "direct", 3 * DAY),
    Current("open_clarification", "RO", "urgent", "indirect", 30 * HOUR),
    Current("open_judicial", "BG", "non_urgent", "indirect", 9 * DAY),
    Current("open_judicial", "RO", "non_urgent", "direct", 6 * DAY),
]


@dataclass
class Step:
    """One message of a story: who sends it (the requesting ``sender`` or the ``answerer``) and when."""

    at: datetime
    actor: str
    kind: str
    reply: Callable[[Exchange], ReplyInput]


@dataclass
class Story:
    scenario: str
    sender: User
    answerer: User
    data: RequestInput
    sent_at: datetime
    spontaneous: bool = False
    steps: list[Step] = field(default_factory=list)
    exchange: Exchange | None = None
    last_message: Message | None = None


def period_of(urgency: str, accessibility: str) -> timedelta:
    """Art. 5(1): 8 hours, 3 days or 7 days."""
    if urgency == "urgent":
        return 8 * HOUR if accessibility == "direct" else 3 * DAY
    return 7 * DAY


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@dataclass
class Planner:
    """Plans stories with one seeded random generator against a fixed ``now``."""

    rng: random.Random
    now: datetime
    users: dict[str, User]
    senders: dict[str, list[User]]  # unit code -> users who may send from it
    answerers: dict[str, list[User]]  # country -> SPOC duty officers and supervisors

    # --- the request ------------------------------------------------------------------------------

    def _sender(self, country: str, place: cases.Place) -> User:
        if self.rng.random() < 0.3:
            return self.rng.choice(self.senders["ro-spoc" if country == "RO" else "bg-spoc"])
        units = place.ro_units if country == "RO" else place.bg_units
        return self.rng.choice([u for code in units for u in self.senders.get(code, [])])

    def _language(self, requested: str, kind: str) -> str:
        other = sorted(ACCEPTED_LANGUAGES[requested] - {"en"})[0]
        return "en" if self.rng.random() < 0.72 else other

    def _received(self, earliest: timedelta, latest: timedelta) -> datetime:
        """A moment between ``now - earliest`` and ``now - latest``, mostly during office hours."""
        moment = self.now - latest - (earliest - latest) * self.rng.random()
        if self.rng.random() < 0.75:
            local = moment.astimezone(ZONE)
            minutes = self.rng.randint(7 * 60 + 30, 18 * 60 + 30)
            local = datetime.combine(local.date(), time(minutes // 60, minutes % 60), tzinfo=ZONE)
            moment = local.astimezone(UTC)
        return moment.replace(second=self.rng.randint(0, 59), microsecond=0)

    def request(
        self,
        *,
        requesting: str,
        kind: str,
        urgency: str,
        accessibility: str,
        sent_at: datetime,
        spontaneous: bool,
    ) -> tuple[RequestInput, User, cases.Place]:
        rng = self.rng
        requested = OTHER[requesting]
        places = [p for p in cases.PLACES if kind != "threats" or p.code == "giurgiu-ruse"]
        place_code = _weighted(rng, {p.code: PLACE_WEIGHTS[p.code] for p in places})
        place = next(p for p in cases.PLACES if p.code == place_code)
        language = self._language(requested, kind)
        incident = sent_at - timedelta(hours=rng.randint(2, 96 if urgency == "non_urgent" else 10))
        case = cases.case_content(
            rng, kind, place=place, requested=requested, language=language, incident=incident
        )
        if spontaneous:
            case = cases.as_spontaneous(case, place=place, language=language, incident=incident)
        sender = self._sender(requesting, place)
        criterion = rng.choice(case.criteria) if urgency == "urgent" else ""
        handling = _weighted(rng, {"H0": 60, "H1": 20, "H2": 10, "H3": 10})
        restrictions = {
            "en": "Not to be used as evidence without the consent of the sending authority.",
            "ro": "Nu se utilizează ca probă fără acordul autorității care transmite.",
            "bg": "Да не се използва като доказателство без съгласието на изпращащия орган.",
        }[language]
        designated = not sender.unit.is_spoc  # type: ignore[union-attr]
        other_channel = urgency == "urgent" and rng.random() < 0.05
        data = RequestInput(
            subject=case.subject[:200],
            description=case.description,
            purpose=case.purpose,
            offence=case.offence,
            urgency=urgency,
            accessibility=accessibility,
            language=language,
            handling_code=handling,
            offence_max_penalty_months=case.penalty_months,
            subject_link=case.subject_link,
            availability_reason=case.availability,
            urgency_criterion=criterion,
            urgency_reason=cases.URGENCY_REASONS[criterion][language] if criterion else "",
            use_restrictions=restrictions if handling in ("H1", "H3") else "",
            source_reliability=rng.choice("AABBBCX") if rng.random() < 0.6 else "",
            information_assessment=rng.choice("1223334") if rng.random() < 0.6 else "",
            channel="other" if other_channel else "siena",
            channel_exception="b" if other_channel else "",
            copy_withheld_ground="a" if designated and rng.random() < 0.03 else "",
            europol_copy="sent" if case.serious and rng.random() < 0.25 else "not_assessed",
            serious_offence=case.serious,
            persons=case.persons,
            vehicles=case.vehicles,
            phones=case.phones,
            documents=case.documents,
        )
        return data, sender, place

    # --- replies ----------------------------------------------------------------------------------

    def _fill(self, data: RequestInput, place: cases.Place, requested: str) -> dict[str, object]:
        towns = place.ro_towns if requested == "RO" else place.bg_towns
        record = self.rng.choice(cases.REPLIES["record"][data.language])
        name = display_name(data.persons[0]) if data.persons else ""
        return {
            "name": name,
            "town": towns[data.language],
            "record": record,
            "crossings": self.rng.randint(1, 14),
        }

    def _answer(
        self, data: RequestInput, place: cases.Place, requested: str, serious: bool
    ) -> Callable[[Exchange], ReplyInput]:
        body = self.rng.choice(cases.REPLIES["answer"][data.language]).format(
            **self._fill(data, place, requested)
        )
        europol = (
            "sent" if serious and self.rng.random() < 0.3 else self.rng.choice(["not_needed", "not_assessed"])
        )
        return lambda _exchange: ReplyInput(body=body, europol_copy=europol)

    def _partial(
        self, data: RequestInput, place: cases.Place, requested: str
    ) -> Callable[[Exchange], ReplyInput]:
        ground = self.rng.choice(["f.ii", "f.ii", "d", "e", "a"])
        body = cases.REPLIES["partial"][data.language].format(**self._fill(data, place, requested))
        body += " " + cases.REFUSAL_REASONS[ground][data.language]

        def build(exchange: Exchange) -> ReplyInput:
            decisions = [
                ItemDecisionInput(str(p.uuid), "refused", [ground]) for p in exchange.person_items.all()
            ]
            for related in ("vehicle_items", "phone_items", "identitydocument_items"):
                decisions += [
                    ItemDecisionInput(str(i.uuid), "provided") for i in getattr(exchange, related).all()
                ]
            return ReplyInput(body=body, item_decisions=decisions)

        return build

    def _refusal(self, language: str, grounds: list[str]) -> Callable[[Exchange], ReplyInput]:
        body = " ".join(cases.REFUSAL_REASONS[g][language] for g in grounds)
        return lambda _exchange: ReplyInput(body=body, grounds=grounds)

    @staticmethod
    def _text(key: str, language: str, **fill: object) -> Callable[[Exchange], ReplyInput]:
        body = cases.REPLIES[key][language].format(**fill)
        return lambda _exchange: ReplyInput(body=body)

    def _steps(
        self,
        scenario: str,
        data: RequestInput,
        place: cases.Place,
        requested: str,
        sent_at: datetime,
        period: timedelta,
    ) -> list[Step]:
        rng, lang = self.rng, data.language

        def at(
            fraction_low: float, fraction_high: float, base: datetime = sent_at, span: timedelta = period
        ) -> datetime:
            return base + span * rng.uniform(fraction_low, fraction_high)

        answer = self._answer(data, place, requested, data.serious_offence)
        if scenario in ("on_time", "open_answered"):
            steps = [Step(at(0.05, 0.9), "answerer", "answer", answer)]
            if rng.random() < 0.04:
                fill = self._fill(data, place, requested)
                body = {"en": "Correction to our answer: the vehicle crossed the border {crossings} times.",
                        "ro": "Corecție la răspunsul nostru: vehiculul a trecut frontiera de {crossings} ori.",
                        "bg": "Поправка към отговора ни: автомобилът е преминал границата {crossings} пъти."}[lang]  # fmt: skip
                correction = body.format(**fill)
                steps.append(Step(steps[0].at + HOUR * rng.uniform(1, 20), "answerer", "correction",
                                  lambda _e: ReplyInput(body=correction)))  # fmt: skip
            return steps
        if scenario == "late":
            return [Step(at(1.05, 1.9), "answerer", "answer", answer)]
        if scenario == "partial":
            return [Step(at(0.2, 0.95), "answerer", "partial_answer", self._partial(data, place, requested))]
        if scenario == "refused":
            grounds = [_weighted(rng, REFUSAL_GROUNDS)]
            if rng.random() < 0.2:
                grounds.append(_weighted(rng, {g: w for g, w in REFUSAL_GROUNDS.items() if g != grounds[0]}))
            return [Step(at(0.1, 0.9), "answerer", "refusal", self._refusal(lang, grounds))]
        if scenario == "refused_minor":
            grounds = ["g.i"] if rng.random() < 0.7 else ["g.i", "a"]
            return [Step(at(0.1, 0.9), "answerer", "refusal", self._refusal(lang, grounds))]
        if scenario in ("clarified", "open_clarification"):
            asked = at(0.1, 0.4)
            steps = [
                Step(asked, "answerer", "clarification_request", self._text("clarification_request", lang))
            ]
            if scenario == "open_clarification":
                return steps
            given = asked + (HOUR * rng.uniform(1, 4) if period <= 8 * HOUR else HOUR * rng.uniform(2, 30))
            crossing = (sent_at - HOUR * rng.randint(3, 30)).astimezone(ZONE).strftime("%H:%M")
            steps.append(
                Step(given, "sender", "clarification", self._text("clarification", lang, time=crossing))
            )
            remaining = period - (asked - sent_at)
            steps.append(Step(given + remaining * rng.uniform(0.2, 0.9), "answerer", "answer", answer))
            return steps
        if scenario in ("judicial_obtained", "judicial_refused", "open_judicial"):
            days = rng.choice((3, 5, 7, 10)) if scenario != "open_judicial" else 10
            notice_at = at(0.3, 0.8)
            until = notice_at + DAY * days
            notice = self._text("delay_notice", lang, days=days)
            steps = [Step(notice_at, "answerer", "delay_notice", lambda _e: _with_delay(notice(_e), until))]
            if scenario == "open_judicial":
                return steps
            last = notice_at + DAY * rng.uniform(1, days - 0.5)
            if rng.random() < 0.5:
                update_until = last + DAY * 4
                update = self._text("delay_update", lang, days=4)
                steps.append(
                    Step(last, "answerer", "delay_update", lambda _e: _with_delay(update(_e), update_until))
                )
                last = last + DAY * rng.uniform(1, 3.5)
            obtained = scenario == "judicial_obtained"
            outcome_text = self._text("judicial_obtained" if obtained else "judicial_refused", lang)
            outcome = "obtained" if obtained else "refused"
            steps.append(
                Step(
                    last, "answerer", "judicial_outcome", lambda _e: _with_outcome(outcome_text(_e), outcome)
                )
            )
            final = answer if obtained else self._refusal(lang, ["c"])
            steps.append(
                Step(last + HOUR * rng.uniform(2, 30), "answerer", "answer" if obtained else "refusal", final)
            )
            return steps
        if scenario == "withdrawn":
            return [Step(at(0.1, 0.8), "sender", "withdrawal", self._text("withdrawal", lang))]
        return []  # spontaneous, open_overdue, open_due_soon, open_running

    # --- whole stories ----------------------------------------------------------------------------

    def closed_story(self, scenario: str) -> Story:
        rng = self.rng
        requesting = "BG" if scenario == "refused_minor" else rng.choice(("RO", "BG"))
        kind = "threats" if scenario == "refused_minor" else _weighted(rng, CASE_WEIGHTS)
        judicial = scenario.startswith("judicial")
        urgent = not judicial and rng.random() < 0.25
        urgency = "urgent" if urgent else "non_urgent"
        accessibility = "direct" if urgent and rng.random() < 0.6 else rng.choice(("direct", "indirect"))
        if judicial:
            accessibility = "indirect"
        sent_at = self._received(730 * DAY, 35 * DAY)
        spontaneous = scenario == "spontaneous"
        data, sender, place = self.request(
            requesting=requesting, kind=kind, urgency=urgency, accessibility=accessibility, sent_at=sent_at,
            spontaneous=spontaneous,
        )  # fmt: skip
        answerers = self.answerers[OTHER[requesting]]
        answerer = answerers[0] if rng.random() < 0.85 else rng.choice(answerers)
        story = Story(scenario, sender, answerer, data, sent_at, spontaneous)
        story.steps = self._steps(
            scenario, data, place, OTHER[requesting], sent_at, period_of(urgency, accessibility)
        )
        return story

    def current_story(self, current: Current) -> Story:
        sent_at = (self.now - current.age).replace(microsecond=0)
        kind = _weighted(self.rng, CASE_WEIGHTS)
        data, sender, _place = self.request(
            requesting=current.requesting, kind=kind, urgency=current.urgency, accessibility=current.accessibility,
            sent_at=sent_at, spontaneous=False,
        )  # fmt: skip
        requested = OTHER[current.requesting]
        story = Story(current.scenario, sender, self.answerers[requested][0], data, sent_at)
        period = period_of(current.urgency, current.accessibility)
        if current.scenario == "open_clarification":
            story.steps = [Step(sent_at + min(period * 0.3, current.age / 2), "answerer", "clarification_request",
                                self._text("clarification_request", data.language))]  # fmt: skip
        elif current.scenario == "open_judicial":
            notice_at = sent_at + current.age * 0.5
            until = notice_at + 10 * DAY
            notice = self._text("delay_notice", data.language, days=10)
            story.steps = [
                Step(notice_at, "answerer", "delay_notice", lambda _e: _with_delay(notice(_e), until))
            ]
        return story


def _with_delay(reply: ReplyInput, until: datetime) -> ReplyInput:
    return ReplyInput(body=reply.body, delay_until=until)


def _with_outcome(reply: ReplyInput, outcome: str) -> ReplyInput:
    return ReplyInput(body=reply.body, judicial_outcome=outcome)


def stories_plan(planner: Planner, total: int) -> list[Story]:
    """``total`` stories: the current open ones, one of every closed outcome, the rest drawn by weight."""
    stories = [planner.current_story(c) for c in CURRENT]
    scenarios = list(CLOSED_SCENARIOS)
    while len(stories) + len(scenarios) < total:
        scenarios.append(_weighted(planner.rng, CLOSED_SCENARIOS))
    stories += [planner.closed_story(s) for s in scenarios]
    return stories


@contextmanager
def simulated_clock(moment: datetime) -> Iterator[None]:
    """Let the wall clock read ``moment`` while a past step is replayed.

    The actions take ``now`` explicitly, but the audit log and the automatic timestamps read the wall
    clock; without this the audit chain would say that two years of traffic happened in one minute.
    Used only by the demo, on a single thread.
    """
    with mock.patch.object(timezone, "now", lambda: moment):
        yield


def stories_replay(stories: list[Story], *, progress: Callable[[int], None] | None = None) -> None:
    """Run every story's steps through the actions, all stories interleaved in time order."""
    queue: list[tuple[datetime, int, int]] = [(s.sent_at, i, -1) for i, s in enumerate(stories)]
    heapq.heapify(queue)
    done = 0
    while queue:
        at, index, step_index = heapq.heappop(queue)
        story = stories[index]
        with simulated_clock(at):
            if step_index < 0:
                story.exchange = actions.exchange_send(
                    actor=story.sender, data=story.data, spontaneous=story.spontaneous, now=at
                )
            else:
                _replay_step(story, story.steps[step_index], at)
        if step_index + 1 < len(story.steps):
            heapq.heappush(queue, (story.steps[step_index + 1].at, index, step_index + 1))
        done += 1
        if progress is not None and done % 100 == 0:
            progress(done)


def _replay_step(story: Story, step: Step, at: datetime) -> None:
    assert story.exchange is not None
    actor = story.sender if step.actor == "sender" else story.answerer
    reply = step.reply(story.exchange)
    if step.kind == "correction":
        assert story.last_message is not None
        actions.message_correct(actor=actor, original=story.last_message, body=reply.body, now=at)
        return
    story.last_message = actions.message_send(
        actor=actor, exchange=story.exchange, kind=step.kind, data=reply, now=at
    )
