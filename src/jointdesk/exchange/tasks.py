"""Background jobs of the exchange module (django-tasks, database backend)."""

from __future__ import annotations

from django_tasks import task

from jointdesk.exchange import actions


@task()
def send_deadline_reminders() -> int:
    """Create reminders for requests whose deadline is within 24 hours, 2 hours, or past.

    Run every few minutes by ``manage.py exchange_reminders --loop`` (or a cron entry that enqueues it).
    """
    return actions.reminders_refresh()
