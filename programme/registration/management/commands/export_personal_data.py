"""Everything stored about one e-mail address, as JSON (a GDPR access request)."""

import json

from django.core.management.base import BaseCommand

from ...gdpr import export_person


class Command(BaseCommand):
    help = "Print all registration data stored for EMAIL as JSON."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        self.stdout.write(json.dumps(export_person(email), indent=2, ensure_ascii=False))
