"""The main flow of issue 2, in a real browser.

A Bulgarian investigator (UI in Bulgarian) logs in with password and TOTP and sends an urgent request
about a person and a vehicle; the Romanian duty officer (UI in Romanian) sees it in the inbox with an
8-hour countdown, asks for clarification (the clock pauses), gets it, answers; the statistics page
counts the answer; a user of an unrelated unit cannot open it, not even by its URL.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from jointdesk.exchange.choices import ExchangeStatus
from jointdesk.exchange.models import Exchange

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "inbox.png"


def t(language: str, text: str) -> str:
    """A UI string as the user sees it in ``language``."""
    with translation.override(language):
        return gettext(text)


def _background(actors):
    """A few other requests so the inbox looks like a working day (one of them overdue)."""
    from jointdesk.exchange import actions
    from jointdesk.exchange.inputs import PersonInput, PhoneInput
    from tests.exchange.test_actions import request_input

    now = timezone.now()
    actions.exchange_send(
        actor=actors["bg-rdgp-ruse"],
        data=request_input(
            subject="Boat seen near Silistra at night",
            urgency="urgent",
            accessibility="indirect",
            persons=[],
            vehicles=[],
            phones=[PhoneInput(number="+359 88 765 4321")],
        ),
        now=now - timedelta(hours=2),
    )
    actions.exchange_send(
        actor=actors["bg-odmvr-vidin"],
        data=request_input(
            subject="Cigarette smuggling, Vidin-Calafat bridge",
            urgency="non_urgent",
            persons=[PersonInput(given_name="Георги", family_name="Димитров")],
            vehicles=[],
        ),
        now=now - timedelta(days=1),
    )
    actions.exchange_send(
        actor=actors["bg-odmvr-ruse"],
        data=request_input(
            subject="Missing person last seen in Giurgiu", urgency_criterion="life", vehicles=[]
        ),
        now=now - timedelta(hours=10),
    )


def _open_action(page, kind: str, text: str) -> None:
    """Open the <details> of one reply form on the detail page, write the text and send it."""
    box = page.locator(f"#action-{kind}")
    box.locator("summary").click()
    box.locator(f"textarea[name='{kind}-body']").fill(text)
    with page.expect_navigation():
        box.locator("button[type=submit]").click()


def test_urgent_request_from_bulgaria_answered_by_romania(live_server, log_in, make_user, units):
    investigator = make_user("bg-odmvr-ruse", "investigator", username="ivan.petrov.ruse", language="bg")
    officer = make_user("ro-spoc", "duty_officer", username="ana.ionescu.ccpi", language="ro")
    outsider = make_user("ro-ipj-constanta", "duty_officer", username="radu.constanta", language="ro")
    _background(
        {
            code: make_user(code, "investigator", username=f"bg-{code}")
            for code in ("bg-rdgp-ruse", "bg-odmvr-vidin", "bg-odmvr-ruse")
        }
    )

    # --- the Bulgarian investigator sends an urgent request about a person and a vehicle ---------------
    bg = log_in(investigator)
    assert bg.locator("html").get_attribute("lang") == "bg"
    bg.goto(f"{live_server.url}/exchange/new/")
    bg.fill("input[name=subject]", "Откраднат автомобил, мост Русе-Гюргево")
    bg.fill("textarea[name=description]", "Собственик на автомобила и преминавания на границата.")
    bg.fill("textarea[name=purpose]", "Разследване на кражби на автомобили.")
    bg.fill("input[name=offence]", "Кражба на моторно превозно средство")
    bg.fill("input[name=offence_max_penalty_months]", "96")
    bg.fill("textarea[name=subject_link]", "Лицето е регистрираният собственик.")
    bg.select_option("select[name=urgency]", "urgent")
    bg.select_option("select[name=accessibility]", "direct")
    bg.select_option("select[name=urgency_criterion]", "relevance")
    bg.fill("textarea[name=urgency_reason]", "Автомобилът ще напусне ЕС до два дни.")
    bg.select_option("select[name=language]", "en")
    bg.select_option("select[name=handling_code]", "H0")
    bg.fill("input[name=persons-0-given_name]", "Иван")
    bg.fill("input[name=persons-0-family_name]", "Петров")
    bg.fill("input[name=persons-0-national_id]", "8001010008")
    bg.fill("input[name=vehicles-0-plate]", "Р 1234 ВХ")
    bg.fill("input[name=vehicles-0-registration_country]", "BG")
    with bg.expect_navigation():
        bg.get_by_role("button", name=t("bg", "Send"), exact=True).click()
    match = re.search(r"/exchange/([0-9a-f-]{36})/$", bg.url)
    assert match, f"expected the detail page after sending, got {bg.url}"
    exchange = Exchange.objects.get(uuid=match.group(1))
    assert exchange.requesting_unit == units["bg-odmvr-ruse"]
    assert exchange.requested_unit == units["ro-spoc"]
    assert exchange.urgency == "urgent" and exchange.status == ExchangeStatus.OPEN
    assert exchange.person_items.get().national_id == "8001010008"
    assert exchange.vehicle_items.get().plate_canonical == "P1234BX"
    detail_url = f"{live_server.url}/exchange/{exchange.uuid}/"

    # --- the Romanian duty officer sees it in the inbox, in Romanian, with an 8-hour countdown ---------
    ro = log_in(officer)
    assert ro.locator("html").get_attribute("lang") == "ro"
    row = ro.locator("#exchange-table tbody tr", has=ro.get_by_role("link", name=exchange.reference))
    row.wait_for()
    countdown = row.locator(".countdown")
    due = countdown.get_attribute("data-due")
    assert due is not None
    assert abs(
        (timezone.datetime.fromisoformat(due) - exchange.received_at) - timedelta(hours=8)
    ) < timedelta(seconds=1)
    left = t("ro", "%(left)s left") % {"left": ""}
    assert countdown.inner_text().startswith(left.strip()), countdown.inner_text()
    assert re.search(r"\b[78] h \d+ min\b", countdown.inner_text()), countdown.inner_text()
    overdue_first = ro.locator("#exchange-table tbody tr").first
    assert "overdue" in (overdue_first.get_attribute("class") or "")  # the overdue request sits on top
    if os.environ.get("JOINTDESK_SCREENSHOTS"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        ro.screenshot(path=str(SCREENSHOT), full_page=True)

    # --- opens it and asks for clarification: the clock pauses ------------------------------------
    with ro.expect_navigation():
        ro.get_by_role("link", name=exchange.reference).click()
    assert ro.url == detail_url
    _open_action(ro, "clarification_request", "Care este numărul de identificare (VIN) al vehiculului?")
    exchange.refresh_from_db()
    assert exchange.status == ExchangeStatus.AWAITING_CLARIFICATION
    assert exchange.paused_since is not None
    assert ro.locator("section.clock .badge.paused").is_visible()
    assert ro.locator("section.clock .countdown.paused").is_visible()
    assert t("ro", "paused: clarification requested") in ro.locator("section.clock").inner_text()

    # --- the investigator provides the clarification ----------------------------------------------
    bg.goto(detail_url)
    _open_action(bg, "clarification", "VIN: TMBJJ7NE8J0123456")
    exchange.refresh_from_db()
    assert exchange.status == ExchangeStatus.OPEN
    assert exchange.paused_since is None
    assert exchange.due_at > exchange.received_at + timedelta(hours=8)  # moved by the pause

    # --- the duty officer answers ---------------------------------------------------------------------
    ro.goto(detail_url)
    assert not ro.locator("section.clock .countdown.paused").count()
    _open_action(ro, "answer", "Proprietar: Ivan Petrov. Ultima trecere: Giurgiu, 2026-11-20.")
    exchange.refresh_from_db()
    assert exchange.status == ExchangeStatus.ANSWERED
    assert exchange.deadline_met is True
    assert set(exchange.person_items.values_list("decision", flat=True)) == {"provided"}

    # --- the statistics page counts it -----------------------------------------------------------------
    ro.goto(f"{live_server.url}/exchange/statistics/")
    romania = ro.locator("#stats-RO")
    answered_urgent = romania.locator(
        "tr", has=ro.get_by_role("rowheader", name=t("ro", "Answered, urgent (Art. 18(1)(b))"))
    )
    assert answered_urgent.locator("td").all_inner_texts() == ["1"]

    # --- a user of an unrelated unit cannot open it, not even by its URL -------------------------------
    other = log_in(outsider)
    assert other.get_by_role("link", name=exchange.reference).count() == 0
    response = other.goto(detail_url)
    assert response is not None and response.status == 404
    assert exchange.subject not in other.content()
    assert "Петров" not in other.content()
