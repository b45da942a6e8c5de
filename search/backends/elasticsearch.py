"""Elasticsearch 9 with an outbox: when indexing fails (engine down, timeout), the object is
recorded in ``PendingIndexUpdate`` before the error goes back to Wagtail, which logs it and
lets the save or publish succeed (``catch_indexing_errors``). ``reindex_pending`` retries.

Settings: ``"BACKEND": "search.backends.elasticsearch"``, plus ``URLS``, ``INDEX_PREFIX`` and
``INDEX_SETTINGS`` (the Dutch analyzer, see settings/base.py)."""

from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend


class OutboxElasticsearch9SearchBackend(Elasticsearch9SearchBackend):
    def _record(self, objs, action, error):
        from ..models import PendingIndexUpdate

        for obj in objs:
            PendingIndexUpdate.record(obj, action, error)

    def add(self, obj):
        try:
            super().add(obj)
        except Exception as error:
            self._record([obj], "update", error)
            raise

    def add_bulk(self, model, obj_list):
        obj_list = list(obj_list)
        try:
            super().add_bulk(model, obj_list)
        except Exception as error:
            self._record(obj_list, "update", error)
            raise

    def delete(self, obj):
        try:
            super().delete(obj)
        except Exception as error:
            self._record([obj], "delete", error)
            raise


SearchBackend = OutboxElasticsearch9SearchBackend
