"""Generate realistic volume content for benchmarks, deterministically from a seed."""

import random
import time

from atelier.registry import registry
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Generate volume content (events with programmes and workshop rounds, people with "
        "photos, reports with PDFs, projects with timelines) through each app's registered "
        "generator. Bulk inserts with search indexing off, then one reindex."
    )

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=100)
        parser.add_argument("--people", type=int, default=None, help="default: events / 2")
        parser.add_argument("--reports", type=int, default=None, help="default: events / 5")
        parser.add_argument("--projects", type=int, default=None, help="default: events / 50")
        parser.add_argument("--seed", type=int, default=20260101)
        parser.add_argument("--no-index", action="store_true", help="skip the final reindex")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        events = options["events"]
        sizes = {
            "events": events,
            "people": options["people"] if options["people"] is not None else max(events // 2, 10),
            "reports": options["reports"]
            if options["reports"] is not None
            else max(events // 5, 5),
            "projects": options["projects"]
            if options["projects"] is not None
            else max(events // 50, 2),
        }
        if any(value < 0 for value in sizes.values()):
            raise CommandError("Sizes must be zero or more.")
        if not registry.content_generators:
            raise CommandError("No app has registered a content generator.")
        rng = random.Random(options["seed"])  # noqa: S311 (reproducible content, not secrets)
        created = {}
        for generator in registry.sorted_content_generators():
            started = time.perf_counter()
            result = generator.generate(
                sizes=sizes, rng=rng, stdout=self.stdout, progress=not options["no_progress"]
            )
            created.update(result)
            self.stdout.write(
                f"{generator.name}: {result} in {time.perf_counter() - started:.1f} s"
            )
        if not options["no_index"]:
            started = time.perf_counter()
            call_command("update_index", stdout=self.stdout)
            self.stdout.write(f"search index rebuilt in {time.perf_counter() - started:.1f} s")
        self.stdout.write(self.style.SUCCESS(f"Generated {created}"))
