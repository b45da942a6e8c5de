"""PostgreSQL search that keeps non-public related objects out of the index (search.privacy)
and analyses each object in its own language.

modelsearch's PostgresIndex builds its rows with the module-level ``ObjectIndexer``; there
is no hook to pass another class, so this module points that name at a subclass that
applies the privacy rule and picks the text search configuration of the object's language
(``atelier_dutch``, ``atelier_english``: migrations 0002 and 0003). A query is matched in
every language's configuration, as on SQLite (search.analysis). Importing this module is
what makes the switch; the database backend factory (search.backends.database) imports it
on PostgreSQL. Each batch's related objects are loaded once (search.privacy.prefetch_for_index)."""

from modelsearch.backends.database.postgres import postgres
from modelsearch.index import RelatedFields
from modelsearch.query import Phrase, PlainText

from ..analysis import language_of
from ..privacy import prefetch_for_index, related_objects

# The project's configuration per language; SEARCH_CONFIG names the default one.
LANGUAGE_CONFIGS = {"nl": "atelier_dutch", "en": "atelier_english"}


def _multilingual(backend_config) -> bool:
    return backend_config == LANGUAGE_CONFIGS["nl"]


class PublicOnlyObjectIndexer(postgres.ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        if _multilingual(self.config):
            self.config = LANGUAGE_CONFIGS.get(language_of(obj), self.config)

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            for related in related_objects(field.get_value(obj)):
                for sub_field in field.fields:
                    yield from self.prepare_field(related, sub_field)
        else:
            yield from super().prepare_field(obj, field)


if not issubclass(postgres.ObjectIndexer, PublicOnlyObjectIndexer):
    postgres.ObjectIndexer = PublicOnlyObjectIndexer


class MultilingualQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText | Phrase) and _multilingual(config):
            queries = [
                super(MultilingualQueryCompiler, self).build_tsquery_content(
                    query, config=language_config, invert=invert
                )
                for language_config in LANGUAGE_CONFIGS.values()
            ]
            queries = [q for q in queries if q is not None]
            if not queries:
                return None
            combined = queries[0]
            for other in queries[1:]:
                combined = combined & other if invert else combined | other
            return combined
        return super().build_tsquery_content(query, config=config, invert=invert)


class PublicOnlyIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        super().add_items(model, prefetch_for_index(objs))


class SearchBackend(postgres.PostgresSearchBackend):
    index_class = PublicOnlyIndex
    query_compiler_class = MultilingualQueryCompiler
