"""Rebuild every search index from the database, with a progress bar, and report what was
indexed per model. Also empties the outbox: everything it held is now indexed afresh.

    manage.py reindex [--backend default] [--chunk-size 500] [--no-progress]
"""

from django.core.management.base import BaseCommand, CommandError
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from tqdm import tqdm
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from search.models import PendingIndexUpdate
from search.service import ENGINE_ERRORS


class Command(BaseCommand):
    help = "Rebuild the search index with a progress bar and report the counts per model."

    def add_arguments(self, parser):
        parser.add_argument("--backend", default="default", help="Backend name (settings).")
        parser.add_argument("--chunk-size", type=int, default=500)
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, backend, chunk_size, no_progress, **options):
        search_backend = get_search_backend(backend)
        counts = {}
        try:
            for search_index, models in group_models_by_index(
                search_backend, get_indexed_models()
            ).items():
                counts.update(
                    self._rebuild(search_backend, search_index, models, chunk_size, no_progress)
                )
        except ENGINE_ERRORS as error:
            raise CommandError(f"The search engine is unreachable: {error!r}") from error
        cleared, _ = PendingIndexUpdate.objects.all().delete()
        for label, count in sorted(counts.items()):
            self.stdout.write(f"{label}: {count}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {sum(counts.values())} objects of {len(counts)} models; "
                f"{cleared} pending updates cleared."
            )
        )

    def _rebuild(self, backend, search_index, models, chunk_size, no_progress):
        if not backend.rebuilder_class:
            return {}
        rebuilder = backend.rebuilder_class(search_index)
        target = rebuilder.start()
        counts = {}
        for model in models:
            target.add_model(model)
        for model in models:
            objects = model.get_indexed_objects().order_by("pk")
            label = model._meta.label
            # Objects of a subclass are indexed again as their own model; count them once.
            counts[label] = 0
            with tqdm(
                total=objects.count(),
                desc=label,
                unit="obj",
                disable=no_progress,
                file=self.stderr,
            ) as bar:
                for start in range(0, objects.count(), chunk_size):
                    chunk = list(objects[start : start + chunk_size])
                    target.add_items(model, chunk)
                    counts[label] += len(chunk)
                    bar.update(len(chunk))
        rebuilder.finish()
        return counts
