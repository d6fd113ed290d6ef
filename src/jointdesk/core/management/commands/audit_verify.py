"""Check the audit log's hash chain and name the first broken row."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from jointdesk.core.audit import verify_chain


class Command(BaseCommand):
    help = "Verify the hash chain of the audit log; exits non-zero and names the first broken row."

    def handle(self, *args: Any, **options: Any) -> None:
        checked, broken, reason = verify_chain()
        if broken is not None:
            raise CommandError(
                f"audit chain broken at row id={broken.id} (uuid {broken.uuid}, {broken.at.isoformat()}): "
                f"{reason}; {checked} rows before it are intact"
            )
        self.stdout.write(self.style.SUCCESS(f"audit chain intact: {checked} rows verified"))
