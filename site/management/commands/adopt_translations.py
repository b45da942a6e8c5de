"""Link translations made before wagtail-localize (simple_translation copies) to their
source, keeping their text. Runs by itself after every ``migrate``; safe to run again."""

from atelier.content_translation import adopt_existing_translations
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Link pages and snippets translated with simple_translation to wagtail-localize, "
        "their text stored as the translation of each segment. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--sync",
            action="store_true",
            help="Open them in the translation editor at once (default: the ordinary editor "
            "until an editor chooses 'Start synced translation').",
        )

    def handle(self, *args, **options):
        count = adopt_existing_translations(enabled=options["sync"])
        self.stdout.write(self.style.SUCCESS(f"{count} translation(s) linked to wagtail-localize."))
