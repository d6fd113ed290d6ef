"""The committed OpenAPI document is the one the code produces, and it documents the envelope."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest
from django.core.management import CommandError, call_command

from jointdesk.api.management.commands.export_openapi import openapi_text
from jointdesk.exchange.choices import ExchangeStatus
from jointdesk.exchange.schemas import StatusFilter

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_document_is_up_to_date():
    call_command("export_openapi", str(COMMITTED), "--check")
    assert COMMITTED.read_text(encoding="utf-8") == openapi_text()


def test_check_fails_on_a_stale_document(tmp_path):
    stale = tmp_path / "openapi.json"
    stale.write_text("{}\n", encoding="utf-8")
    with pytest.raises(CommandError, match="out of date"):
        call_command("export_openapi", str(stale), "--check")
    with pytest.raises(CommandError):
        call_command("export_openapi", str(tmp_path / "missing.json"), "--check")


def test_export_writes_sorted_indented_json(tmp_path):
    target = tmp_path / "docs" / "openapi.json"
    call_command("export_openapi", str(target))
    text = target.read_text(encoding="utf-8")
    document = json.loads(text)
    assert text == json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    call_command("export_openapi", str(target), "--check")


def test_document_describes_auth_paths_and_errors():
    document = json.loads(openapi_text())
    assert document["components"]["securitySchemes"]["BearerToken"] == {"scheme": "bearer", "type": "http"}
    assert {
        "/api/exchange/inbox",
        "/api/exchange/outbox",
        "/api/exchange/overdue",
        "/api/exchange/exchanges",
        "/api/exchange/exchanges/spontaneous",
        "/api/exchange/exchanges/{exchange_uuid}",
        "/api/exchange/exchanges/{exchange_uuid}/messages",
        "/api/exchange/messages/{message_uuid}/corrections",
        "/api/exchange/attachments/{attachment_uuid}",
        "/api/exchange/statistics/{year}",
        "/api/exchange/statistics/{year}.csv",
    } <= set(document["paths"])
    create = document["paths"]["/api/exchange/exchanges"]["post"]
    assert create["responses"]["400"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorOut"
    }
    assert set(document["components"]["schemas"]["ErrorOut"]["properties"]) == {"code", "message", "errors"}
    assert "content_base64" in document["components"]["schemas"]["AttachmentIn"]["properties"]


def test_status_filter_covers_every_status():
    assert set(get_args(StatusFilter)) == {"", "open", "overdue", *ExchangeStatus.values}
