"""Write the API's OpenAPI document, or check that the committed one is up to date."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation


def openapi_text() -> str:
    """The document as committed: English, sorted keys, two-space indent, final newline."""
    from jointdesk.api.router import api

    with translation.override("en"):
        schema = api.get_openapi_schema(path_prefix="/api/")
        return json.dumps(schema, sort_keys=True, indent=2, ensure_ascii=False, default=str) + "\n"


class Command(BaseCommand):
    help = "Write the OpenAPI document of the JSON API to PATH (or, with --check, fail if PATH differs)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--check", action="store_true", help="exit non-zero if PATH is not up to date")

    def handle(self, *args: Any, path: Path, check: bool, **options: Any) -> None:
        text = openapi_text()
        if check:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                raise CommandError(
                    f"{path} is out of date with the API; run: manage.py export_openapi {path}"
                )
            self.stdout.write(f"{path} is up to date.")
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {path}.")
