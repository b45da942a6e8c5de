"""Elasticsearch 9 with an outbox: when indexing fails (engine down, timeout), the object is
recorded in ``PendingIndexUpdate`` before the error goes back to Wagtail, which logs it and
lets the save or publish succeed (``catch_indexing_errors``). ``reindex_pending`` retries.

Settings: ``"BACKEND": "search.backends.elasticsearch"``, plus ``URLS``, ``INDEX_PREFIX`` and
``INDEX_SETTINGS`` (the Dutch analyzer, see settings/base.py)."""

from django.db.models import Model
from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from modelsearch.index import RelatedFields

from ..privacy import is_public


class PublicOnlyMapping(Elasticsearch9Mapping):
    """Related objects that are not public (see search.privacy) stay out of the document."""

    def _get_document_field_data(self, field, obj):
        if isinstance(field, RelatedFields):
            value = field.get_value(obj)
            name = self.get_field_column_name(field)
            if hasattr(value, "all") and not isinstance(value, Model):
                docs, edgengrams = [], []
                for related in value.all():
                    if is_public(related):
                        doc, grams = self._get_nested_document(field.fields, related)
                        docs.append(doc)
                        edgengrams.extend(grams)
                return name, docs, edgengrams
            if isinstance(value, Model) and not is_public(value):
                return name, None, []
        return super()._get_document_field_data(field, obj)


class PublicOnlySearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = PublicOnlyMapping


class PublicOnlyAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = PublicOnlyMapping


class OutboxElasticsearch9SearchBackend(Elasticsearch9SearchBackend):
    mapping_class = PublicOnlyMapping
    query_compiler_class = PublicOnlySearchQueryCompiler
    autocomplete_query_compiler_class = PublicOnlyAutocompleteQueryCompiler

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
