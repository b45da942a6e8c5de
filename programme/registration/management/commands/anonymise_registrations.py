"""Anonymise registrations of events that ended more than REGISTRATION_RETENTION_DAYS ago."""

from django.core.management.base import BaseCommand

from ...gdpr import anonymise_expired, retention_days


class Command(BaseCommand):
    help = "Remove personal data from registrations past the retention period (daily cron)."

    def handle(self, *args, **options):
        count = anonymise_expired()
        self.stdout.write(f"Anonymised {count} registrations (retention {retention_days()} days).")
