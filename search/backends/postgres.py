"""PostgreSQL search that keeps non-public related objects out of the index (search.privacy)
and analyses each object in its own language.

modelsearch's PostgresIndex builds its rows with the module-level ``ObjectIndexer``; there
is no hook to pass another class, so this module points that name at a subclass that
applies the privacy rule and picks the text search configuration of the object's language
(``atelier_dutch``, ``atelier_english``: migrations 0002 and 0003). A query is matched in
every language's configuration, as on SQLite (search.analysis). Importing this module is
what makes the switch; the database backend factory (search.backends.database) imports it
on PostgreSQL. Each batch's related objects are loaded once (search.privacy.prefetch_for_index)."""

from django.db.models import Avg, BooleanField, Expression, F
from django.db.models.functions import Length
from modelsearch.backends.database.postgres import postgres
from modelsearch.index import RelatedFields
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from ..analysis import language_of
from ..privacy import prefetch_for_index, related_objects
from .ranked import run_ranked

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


INTEGER_PKS = {"AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField"}


class EntryMatch(Expression):
    """``(v1 || v2 ...) @@ query``, the match of modelsearch's queryset, written so that
    PostgreSQL can use the GIN index of each column: when the query is an OR of single
    lexemes (every word query is: one word, its stems in each language), a concatenation
    matches exactly when one of its parts does, so the condition is ``v1 @@ q OR v2 @@ q``
    (bitmap scans, no tsvector built per row). Any other query (``&``, ``!``, ``<->``:
    several words, phrases) keeps the concatenation. The choice is a CASE on the query
    alone, which PostgreSQL folds when it plans the query: only one branch remains."""

    output_field = BooleanField()
    MULTI_LEXEME = "'[&!<]'"  # an operator other than | in the query's text form

    def __init__(self, vectors, query):
        super().__init__()
        self.vectors, self.query = list(vectors), query

    def get_source_expressions(self):
        return [*self.vectors, self.query]

    def set_source_expressions(self, exprs):
        *self.vectors, self.query = exprs

    def as_sql(self, compiler, connection):
        query_sql, query_params = compiler.compile(self.query)
        compiled = [compiler.compile(vector) for vector in self.vectors]
        if len(compiled) == 1:
            vector_sql, vector_params = compiled[0]
            return f"{vector_sql} @@ {query_sql}", [*vector_params, *query_params]
        concat = " || ".join(sql for sql, _params in compiled)
        concat_params = [param for _sql, params in compiled for param in params]
        each = " OR ".join(f"{sql} @@ {query_sql}" for sql, _params in compiled)
        each_params = [p for _sql, params in compiled for p in (*params, *query_params)]
        sql = (
            f"CASE WHEN CAST({query_sql} AS text) ~ {self.MULTI_LEXEME} "
            f"THEN ({concat}) @@ {query_sql} ELSE ({each}) END"
        )
        return sql, [*query_params, *concat_params, *query_params, *each_params]


class RankedRowsMixin:
    """``ranked_rows``: the full-text match of a search run once, as on SQLite
    (``search.backends.sqlite.RankedRowsMixin``; docs/search.md, "Cost")."""

    def entry_vectors(self) -> list:
        """(index entry column, weight) pairs that are matched and ranked: modelsearch's
        ``get_index_vectors``, on the index entry itself instead of through the model."""
        return [(F("title"), F("title_norm")), (F("body"), 1.0)]

    def ranked_rows(self, config, within, fields, offset=0, stop=None) -> list[tuple]:
        """``within.values_list(*fields)`` (``within``: a queryset of the searched model) for
        the matches from ``offset`` to ``stop`` (default: all), best first (score, then pk),
        as one query. The index entries are matched once, with their score computed once
        per match, in a materialised CTE; each match's row of ``within`` is then joined on
        its primary key (the index stores it as text). modelsearch's queryset instead
        joins the entries to the model and matches them again for every filter, count and
        facet (about 170 ms per evaluation at 10,000 events). A search counts, facets and
        pages its results from these rows."""
        if self.fields is not None:  # only the index's own columns are matched here
            raise NotImplementedError("ranked_rows searches the whole index entry")
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.entry_vectors()
        matches = (
            postgres.IndexEntry._default_manager.filter(
                EntryMatch([vector for vector, _weight in vectors], search_query),
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
            )
            .annotate(_score=self._build_rank_expression(vectors, config))
            .values_list("object_id", "_score")
        )
        # MATERIALIZED: the planner may not fold the match into the join, where it would
        # run again per row. Ties: the lower pk first, as the ranked queryset ordered them.
        # The index stores the pk as text: an integer pk is compared as a number, so the
        # join can use the model's primary key index (or hash integers).
        key = 'm."object_id"'
        if within.model._meta.pk.get_internal_type() in INTEGER_PKS:
            key = f"CAST({key} AS bigint)"
            row_key = 'w."_row_pk"'
        else:
            row_key = 'CAST(w."_row_pk" AS text)'

        def statement(matches_sql: str, rows_sql: str) -> str:
            return (
                f"WITH m AS MATERIALIZED ({matches_sql}) "  # noqa: S608
                f"SELECT w.* FROM m INNER JOIN ({rows_sql}) w ON {key} = {row_key} "
                'ORDER BY m."_score" DESC, w."_row_pk" LIMIT %s OFFSET %s'
            )

        limit = None if stop is None else max(stop - offset, 0)
        return run_ranked(matches, within, fields, statement, limit, offset)


class MultilingualQueryCompiler(RankedRowsMixin, postgres.PostgresSearchQueryCompiler):
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


class RankedAutocompleteQueryCompiler(RankedRowsMixin, postgres.PostgresAutocompleteQueryCompiler):
    def entry_vectors(self) -> list:
        return [(F("autocomplete"), 1.0)]


class PublicOnlyIndex(postgres.PostgresIndex):
    """Only what the public may see (search.privacy), related rows prefetched per batch, and
    the title norms of the entries just written refreshed by their key: modelsearch updates
    every entry whose norm is still 1.0, a scan of the whole index on each publish."""

    _added = None

    def add_items(self, model, objs):
        objs = prefetch_for_index(objs)
        self._added = (get_content_type_pk(model), [str(obj.pk) for obj in objs])
        try:
            super().add_items(model, objs)
        finally:
            self._added = None

    def _refresh_title_norms(self, full=False):
        if full or self._added is None:
            return super()._refresh_title_norms(full)
        content_type_pk, object_ids = self._added
        average = (
            self.entries.annotate(title_length=Length("title"))
            .filter(title_length__gt=0)
            .aggregate(Avg("title_length"))["title_length__avg"]
        )
        self.entries.filter(
            content_type_id=content_type_pk, object_id__in=object_ids, title_norm=1.0
        ).annotate(title_length=Length("title")).filter(title_length__gt=0).update(
            title_norm=average / F("title_length")
        )


class SearchBackend(postgres.PostgresSearchBackend):
    index_class = PublicOnlyIndex
    query_compiler_class = MultilingualQueryCompiler
    autocomplete_query_compiler_class = RankedAutocompleteQueryCompiler
