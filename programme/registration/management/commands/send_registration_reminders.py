"""Queue reminders for events starting within REGISTRATION_REMINDER_DAYS. Idempotent."""

from django.core.management.base import BaseCommand

from ...reminders import send_due_reminders


class Command(BaseCommand):
    help = "Queue a reminder mail for registrants of events that start soon (safe to re-run)."

    def handle(self, *args, **options):
        self.stdout.write(f"Reminders queued: {send_due_reminders()}")
