"""Retry the index updates that failed while the search engine was down.

Cron, every five minutes: */5 * * * * cd /srv/atelier && .venv/bin/python manage.py reindex_pending
"""

from django.core.management.base import BaseCommand
from wagtail.search import index
from wagtail.search.backends import get_search_backends

from search.models import PendingIndexUpdate


def retry(entry: PendingIndexUpdate) -> bool:
    """True when every backend accepted the update; on failure the entry stays (the backend
    records the new error and counts the attempt)."""
    model = entry.content_type.model_class()
    if model is None:
        entry.delete()  # the model is gone; nothing left to index
        return True
    obj = model._default_manager.filter(pk=entry.object_id).first()
    indexed = index.get_indexed_instance(obj) if obj is not None else None
    try:
        for backend in get_search_backends(with_auto_update=True):
            if indexed is not None:
                backend.add(indexed)
            else:
                backend.delete(model(pk=entry.object_id))
    except Exception:  # already recorded on the entry by the backend; retried next run
        return False
    PendingIndexUpdate.objects.filter(pk=entry.pk).delete()
    return True


class Command(BaseCommand):
    help = "Retry search index updates that failed while the search engine was unreachable."

    def handle(self, *args, **options):
        done = failed = 0
        for entry in PendingIndexUpdate.objects.select_related("content_type"):
            if retry(entry):
                done += 1
            else:
                failed += 1
        self.stdout.write(f"reindex_pending: {done} updated, {failed} still pending")
        if failed:
            self.stderr.write("The search engine still refuses updates; they will be retried.")
