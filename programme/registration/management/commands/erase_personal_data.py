"""Erase one person's registrations (a GDPR erasure request)."""

from django.core.management.base import BaseCommand

from ...gdpr import erase_person


class Command(BaseCommand):
    help = "Cancel and anonymise every registration of EMAIL and delete mails sent to it."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        self.stdout.write(f"Erased {erase_person(email)} registrations.")
