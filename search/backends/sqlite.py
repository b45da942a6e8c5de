"""SQLite FTS5 search in Dutch, with title matches weighing more than body matches.

modelsearch's SQLite backend stores raw text and ranks with an unweighted ``bm25()``. This
subclass stores the Snowball-stemmed form of every word (see ``search.analysis``), stems
the query the same way, and ranks with ``bm25()`` column weights. Field boosts from
``search_fields`` count too: a body field with ``boost=2`` is stored twice, so it weighs
twice as much inside the body column."""

from django.db.models import FloatField, Func
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.query import (
    CombinedLexeme,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.index import RelatedFields, SearchField
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from ..analysis import fold, language_of, stem, stem_text, stems, words
from ..privacy import prefetch_for_index, related_objects
from .ranked import run_ranked

# Column order of the FTS5 table (wagtailsearch migration 0006); bm25() takes one weight
# per column in this order. tests/search/test_sqlite_backend.py checks it.
FTS_COLUMNS = ("autocomplete", "body", "title")
TITLE_WEIGHT = 5.0  # a title match counts five times a body match
MAX_FIELD_REPEAT = 3


class WeightedBM25(Func):
    """``bm25(fts_table, w_autocomplete, w_body, w_title)``; lower is better."""

    output_field = FloatField()

    def __init__(self, weights: dict[str, float]):
        self.weights = weights
        super().__init__()

    def as_sql(self, compiler, connection, **extra_context):
        args = ", ".join(repr(float(self.weights.get(col, 0.0))) for col in FTS_COLUMNS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {args})", []


class DutchObjectIndexer(ObjectIndexer):
    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            for related in related_objects(field.get_value(obj)):
                for sub_field in field.fields:
                    yield from self.prepare_field(related, sub_field)
        else:
            yield from super().prepare_field(obj, field)

    def _texts(self, *, title: bool):
        texts = []
        for field in self.search_fields:
            # Only the object's own title goes in the title column; a related object's
            # "title" (a workshop's) is body text of this page.
            if (isinstance(field, SearchField) and field.field_name == "title") != title:
                continue
            for current_field, value in self.prepare_field(self.obj, field):
                if not isinstance(current_field, SearchField):
                    continue
                stemmed = stem_text(value, self.language)
                if not stemmed:
                    continue
                boost = current_field.boost or 1
                repeat = 1 if title else max(1, min(MAX_FIELD_REPEAT, round(boost)))
                texts.extend([stemmed] * repeat)
        return " ".join(texts)

    @cached_property
    def language(self) -> str:
        """Every text of the object, related ones included, in the object's language."""
        return language_of(self.obj)

    @cached_property
    def title(self):
        return self._texts(title=True)

    @cached_property
    def body(self):
        return self._texts(title=False)


class DutchSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        # Same as SQLiteIndex.add_items, with the Dutch indexer.
        if not model.get_search_fields():
            return
        indexers = [DutchObjectIndexer(obj, self.backend) for obj in prefetch_for_index(objs)]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {ix.id: (ix.title, ix.autocomplete, ix.body) for ix in indexers}
        entries = self.entries.filter(content_type_id=content_type_pk)
        existing = set(
            entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
        )
        for object_id in existing:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        self.entries.bulk_create(
            IndexEntry(
                content_type_id=content_type_pk,
                object_id=object_id,
                title=title,
                autocomplete=autocomplete,
                body=body,
            )
            for object_id, (title, autocomplete, body) in data.items()
            if object_id not in existing
        )
        self._refresh_title_norms()


def _lexemes(terms, operator, *, prefix_last=False):
    lexemes = Lexeme(terms[-1], prefix=prefix_last)
    for term in terms[:-1]:
        if operator.upper() == "AND":
            lexemes &= Lexeme(term)
        else:
            lexemes |= Lexeme(term)
    return lexemes


class AnyOf(CombinedLexeme):
    """``(a OR b)``: one query word's stems in the site's languages, in parentheses so that
    AND between words binds as meant (FTS5 gives AND precedence over OR)."""

    def as_sql(self, compiler, connection):
        sql, params = super().as_sql(compiler, connection)
        return sql, [f"({params[0]})"]


def _word_lexeme(word: str):
    alternatives = stems(word)
    lexeme = Lexeme(alternatives[0])
    for other in alternatives[1:]:
        lexeme = AnyOf(lexeme, "OR", Lexeme(other))
    return lexeme


def _query_lexemes(query_words, operator):
    """Every word in all its stems; words joined by ``operator``."""
    lexemes = [_word_lexeme(word) for word in query_words] or [Lexeme(NO_MATCH)]
    combined = lexemes[0]
    for lexeme in lexemes[1:]:
        combined = combined & lexeme if operator.upper() == "AND" else combined | lexeme
    return combined


# Stands in for a query without any word (e.g. "?!"): a token no Dutch text contains.
NO_MATCH = "atelierzoektniets0"


class RankedRowsMixin:
    def ranked_rows(self, config, within, fields, offset=0, stop=None) -> list[tuple]:
        """``within.values_list(*fields)`` (``within``: a queryset of the searched model) for
        the matches from ``offset`` to ``stop`` (default: all), best first, as one query: the
        FTS5 table is matched and ``bm25()`` computed once per match, and each match's row
        is read by primary key (never a scan of ``within``). A search counts, facets and
        pages its results from these rows, so the full-text match runs once
        (docs/search.md, "Cost")."""
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(normalize(self.query), config=config),
        )
        matches = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(_score=self._build_rank_expression(None, config))
            .values_list("index_entry__object_id", "_score", "index_entry_id")
        )

        # Joined on the row's primary key (the index stores it as text): a lookup per match.
        # Equal scores: the later index entry first. (modelsearch's ranked search annotates
        # every object with a correlated subquery that runs the full-text query again:
        # minutes at 10,000 events.)
        def statement(matches_sql: str, rows_sql: str) -> str:
            return (
                f"SELECT w.* FROM ({matches_sql}) m INNER JOIN ({rows_sql}) w "  # noqa: S608
                'ON w."_row_pk" = CAST(m."index_entry__object_id" AS INTEGER) '
                'ORDER BY m."_score", m."index_entry_id" DESC LIMIT %s OFFSET %s'
            )

        limit = -1 if stop is None else max(stop - offset, 0)
        return run_ranked(matches, within, fields, statement, limit, offset)


class DutchSQLiteSearchQueryCompiler(RankedRowsMixin, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            # Only word characters reach FTS5, so quotes or operators typed by a visitor
            # can never break the MATCH syntax.
            return SearchQueryExpression(
                _query_lexemes(words(query.query_string), query.operator), config=config
            )
        if isinstance(query, Phrase):
            # The phrase in the default language's stems (phrases are rare: quoted queries).
            phrase = " ".join(stem(word) for word in words(query.query_string)) or NO_MATCH
            return SearchQueryExpression(phrase)
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25({"title": TITLE_WEIGHT, "body": 1.0, "autocomplete": 0.0})


class DutchSQLiteAutocompleteQueryCompiler(RankedRowsMixin, SQLiteAutocompleteQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            # Autocomplete matches word beginnings as typed (folded, not stemmed).
            terms = [fold(word) for word in words(query.query_string)] or [NO_MATCH]
            return SearchQueryExpression(
                _lexemes(terms, query.operator, prefix_last=True), config=config
            )
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25({"autocomplete": 1.0})


class DutchSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = DutchSQLiteIndex
    query_compiler_class = DutchSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = DutchSQLiteAutocompleteQueryCompiler


SearchBackend = DutchSQLiteSearchBackend
