"""The search service behind the search page, /api/v1/search and the API's ``q`` filters.

Searchable models come from Wagtail's index (``get_indexed_models()``), never from importing
an app. Only live, public pages are searched (``.live().public()`` also drops pages under a
private parent); a page type may declare, all optional:

- ``search_type``: the key in results and facets (default: model name without "page");
- ``search_type_label``: what visitors call it ("Event", "Publication"; default: its
  verbose name);
- ``search_date_field``: the field that dates a result (default: the first of ``start``,
  ``publication_date``, ``date`` it has; none: the result shows no date, never the day it
  happened to be published on the site), and ``search_date_precision`` (year, month, day);
- ``get_search_snippet_text()``: the text snippets are cut from (default: its search fields).

Themes are a many-to-many (``themes``) the engines cannot facet, so facets are counted
with the ORM over the matched ids. People are indexed models with a ``public_profile``
flag; only those who agreed to a public profile are shown, as their own group, and only
when the query matches their name (a word in a bio is no reason to list a person).
"""

from __future__ import annotations

import datetime
import inspect
import itertools
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from atelier.api.errors import ServiceUnavailable
from atelier.models import Theme
from atelier.registry import registry
from atelier.search_limits import cut_search_query
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    Model,
    Q,
    QuerySet,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language
from modelsearch.backends.base import FilterFieldError
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import RelatedFields, SearchField, get_indexed_models

from .analysis import fold, highlight, language_of, query_languages, query_stems, stem, words
from .privacy import related_lookups, related_objects

logger = logging.getLogger(__name__)

MAX_MATCHES = 1000  # ranked ids fetched per query; facets and pages are cut from these
MAX_PEOPLE = 5
PEOPLE_CANDIDATES = 50  # best-ranked people whose names are compared with the query
DATE_FIELDS = ("start", "publication_date", "date")
_UNSET = object()
UNAVAILABLE = "The search engine is unavailable; try again shortly."


class SearchUnavailable(ServiceUnavailable):
    """The search engine could not answer (down, timing out, refusing the query). The API's
    problem handlers turn it into a 503 problem document."""

    def __init__(self, detail: str = UNAVAILABLE):
        super().__init__(detail, slug="search-down")


def _engine_errors() -> tuple[type[BaseException], ...]:
    errors: tuple[type[BaseException], ...] = (OSError,)
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError
    except ImportError:  # pragma: no cover - the client is a dependency
        return errors
    return (*errors, TransportError, ApiError)


ENGINE_ERRORS = _engine_errors()


def _outage_errors() -> tuple[type[BaseException], ...]:
    """The client's errors that mean "the engine is not there" (registered with the API's
    error mappings, so one escaping the service is a 503, never a 500)."""
    try:
        from elasticsearch import ConnectionError as EsConnectionError
        from elasticsearch import TransportError
    except ImportError:  # pragma: no cover - the client is a dependency
        return ()
    return (EsConnectionError, TransportError)


ENGINE_OUTAGE_ERRORS = _outage_errors()


@dataclass
class SearchHit:
    object: Any  # the specific page or person
    type: str
    type_label: str
    title: str
    url: str | None
    api_url: str | None
    date: datetime.date | None
    snippet: str  # safe HTML: escaped text with <mark> around matched words
    date_precision: str = "day"  # "year", "month" or "day": how much of ``date`` is known

    @property
    def date_machine(self) -> str:
        if self.date is None:
            return ""
        if self.date_precision == "year":
            return f"{self.date.year:04d}"
        if self.date_precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()

    @property
    def date_display(self) -> str:
        from django.utils import formats

        if self.date is None:
            return ""
        if self.date_precision == "year":
            return str(self.date.year)
        name = "YEAR_MONTH_FORMAT" if self.date_precision == "month" else "DATE_FORMAT"
        return formats.date_format(self.date, name)


@dataclass
class SearchResults:
    items: list[SearchHit]
    count: int
    facets: dict[str, dict[str, int]] = field(default_factory=lambda: {"type": {}, "theme": {}})
    people: list[SearchHit] = field(default_factory=list)


# --- What is searchable ------------------------------------------------------------------


def _has_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def type_key(model) -> str:
    explicit = getattr(model, "search_type", None)
    if explicit:
        return explicit
    name = model._meta.model_name
    return name[: -len("page")] if name.endswith("page") and name != "page" else name


def page_types() -> dict[str, type[Page]]:
    """Searchable page models by result type, e.g. {"event": EventPage, ...}."""
    return {
        type_key(model): model
        for model in get_indexed_models()
        if issubclass(model, Page) and model is not Page and not model._meta.abstract
    }


def people_models() -> list[type[Model]]:
    return [
        model
        for model in get_indexed_models()
        if not issubclass(model, Page) and _has_field(model, "public_profile")
    ]


def type_labels() -> dict[str, str]:
    """Result types in visitors' words ("Event", "Publication"), never CMS words."""
    labels = {
        key: str(getattr(model, "search_type_label", None) or model._meta.verbose_name)
        for key, model in page_types().items()
    }
    labels.update({type_key(m): str(m._meta.verbose_name_plural) for m in people_models()})
    return labels


def date_field(model) -> str | None:
    """The field that dates a result of this model, or None: no date is shown then."""
    explicit = getattr(model, "search_date_field", _UNSET)
    if explicit is not _UNSET:  # a model may also say None: no date
        return explicit if explicit and _has_field(model, explicit) else None
    for name in DATE_FIELDS:
        if _has_field(model, name):
            return name
    return None


def _as_date(value) -> datetime.date | None:
    """The day ``value`` falls on here (an event at 00:00 in Amsterdam is 23:00 the day
    before in UTC, as stored)."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value if isinstance(value, datetime.date) else None


def api_url(obj, key: str) -> str | None:
    """Where /api/v1/ serves ``obj``: the collection its app registered (docs/plugins.md);
    a model may also name one itself with ``api_collection``."""
    registered = registry.api_collection_for(obj)
    collection = getattr(type(obj), "api_collection", None) or (
        registered.collection if registered else None
    )
    return f"/api/v1/{collection}/{obj.pk}" if collection else None


# --- Querysets -----------------------------------------------------------------------------


def public_pages(locale: str | None = None) -> QuerySet:
    """Everything a visitor may find: live, public, below the site roots."""
    content_types = list(_content_types_by_type())
    pages = Page.objects.live().public().filter(depth__gt=2, content_type__in=content_types)
    if locale:
        pages = pages.filter(locale=Locale.objects.filter(language_code=locale).first())
    return pages


def _content_types_by_type() -> dict[int, str]:
    """{content type id: result type} for the searchable page models."""
    models = page_types()
    if not models:
        return {}
    by_model = ContentType.objects.get_for_models(*models.values())
    return {by_model[model].pk: key for key, model in models.items()}


def _in_year(year: int) -> Q:
    """Pages dated in ``year`` (by each type's date field), as subqueries: never a list."""
    condition = Q(pk__in=[])
    for model in page_types().values():
        name = date_field(model)
        if name is None:  # undated pages belong to no year
            continue
        condition |= Q(pk__in=model.objects.filter(**{f"{name}__year": year}).values("pk"))
    return condition


def _engine_search(queryset: QuerySet, q: str, *, ranked: bool = True):
    """The engine's answer for ``q`` (all words) over ``queryset``: a QuerySet when the
    engine is the database (SQLite FTS5, PostgreSQL full-text), so counting, faceting and
    slicing happen in SQL; else the engine's lazy results (Elasticsearch)."""
    backend = get_search_backend()
    try:
        results = backend.search(q, queryset, operator="and", order_by_relevance=ranked)
    except ENGINE_ERRORS as error:
        logger.warning("Search engine unavailable: %r", error)
        raise SearchUnavailable() from error
    compiler = getattr(results, "query_compiler", None)
    if is_database_backend(backend) and compiler is not None:
        # The unsliced queryset the backend would slice; ranked ones carry ``_score``.
        return compiler.search(
            compiler.get_config(backend), None, None, score_field="_score" if ranked else None
        )
    return results


def _engine_compiler(queryset: QuerySet, q: str, *, autocomplete: bool = False):
    """The database engine's query compiler for a ranked search of ``q`` over
    ``queryset`` (only built, not run)."""
    backend = get_search_backend()
    search = backend.autocomplete if autocomplete else backend.search
    try:
        results = search(q, queryset) if autocomplete else search(q, queryset, operator="and")
    except ENGINE_ERRORS as error:
        raise SearchUnavailable() from error
    return results.query_compiler


def is_database_backend(backend) -> bool:
    """modelsearch's database engines (SQLite FTS5, PostgreSQL) or ours built on them.
    Told by module, not imported: the SQLite backend's module needs the SQLite index model,
    which exists only on SQLite."""
    return any(
        cls.__module__.startswith("modelsearch.backends.database") for cls in type(backend).__mro__
    )


def _ranked_ids(queryset: QuerySet, q: str, *, limit: int = MAX_MATCHES) -> list:
    """The first ``limit`` matching ids, best first."""
    if is_database_backend(get_search_backend()):
        return _ranked_pks(_engine_compiler(queryset, q), queryset, 0, limit)
    results = _engine_search(queryset, q)
    try:
        return [obj.pk for obj in results[:limit]]
    except ENGINE_ERRORS as error:
        logger.warning("Search engine unavailable: %r", error)
        raise SearchUnavailable() from error


def _source_language_first(ids: list, language: str, rows=None) -> list:
    """Without a language filter a page and its translation can both match. Where they do,
    the version in ``language`` takes the better of their places (the others keep theirs),
    so a Dutch visitor or client sees the Dutch page before its English copy.

    ``rows`` (pk, translation key, language code) may be given; else they are read."""
    if rows is None:
        rows = Page.objects.filter(pk__in=ids).values_list(
            "pk", "translation_key", "locale__language_code"
        )
    key_of = {pk: key for pk, key, _code in rows}
    code_of = {pk: code for pk, _key, code in rows}
    position = {pk: index for index, pk in enumerate(ids)}
    groups: dict[Any, list] = {}
    for pk in ids:
        groups.setdefault(key_of.get(pk, pk), []).append(pk)
    ordered = list(ids)
    for members in groups.values():
        if len(members) > 1:
            places = sorted(position[pk] for pk in members)
            preferred = sorted(members, key=lambda pk: (code_of.get(pk) != language, position[pk]))
            for place, pk in zip(places, preferred, strict=True):
                ordered[place] = pk
    return ordered


def _in_order(queryset: QuerySet, ids: list) -> QuerySet:
    if not ids:
        return queryset.none()
    position = Case(
        *[When(pk=pk, then=index) for index, pk in enumerate(ids)], output_field=IntegerField()
    )
    return queryset.filter(pk__in=ids).order_by(position)


def filter_queryset(queryset: QuerySet, q: str) -> QuerySet:
    """``queryset`` restricted to the objects matching ``q``, best match first. For the API's
    ``q`` filters: the result is a plain QuerySet (count, slice, prefetch as usual).
    Raises SearchUnavailable when the engine is down."""
    q = cut_search_query(q)
    if not query_stems(q):
        return queryset.none()
    try:
        ids = _ranked_ids(queryset, q)
    except FilterFieldError:
        # The caller filtered on fields the engine does not index: search the model, then
        # keep the caller's restrictions by intersecting.
        ids = _ranked_ids(queryset.model._default_manager.all(), q)
    return _in_order(queryset, ids)


# --- Snippets ----------------------------------------------------------------------------


def _field_texts(obj, fields, *, nested=False):
    """The texts of ``fields`` in order, lazily: a related field is read (and, without a
    prefetch, queried) only when no earlier text had a query word."""
    for search_field in fields:
        if isinstance(search_field, SearchField) and (nested or search_field.field_name != "title"):
            value = search_field.get_value(obj)
            if value:
                values = value if isinstance(value, list) else [value]
                yield " ".join(strip_tags(str(v)) for v in values)
        elif isinstance(search_field, RelatedFields):
            for item in related_objects(search_field.get_value(obj)):
                yield from _field_texts(item, search_field.fields, nested=True)


def _snippet_match(obj, q: str, *, relations: bool) -> tuple[str | None, str]:
    """(the first candidate text with a query word or None, the first non-empty one).
    Without ``relations`` only the object's own texts are looked at (no query)."""
    custom = getattr(obj, "get_search_snippet_text", None)
    fields = obj.get_search_fields()
    if not relations:
        fields = [f for f in fields if not isinstance(f, RelatedFields)]
    candidates = itertools.chain(
        [custom()] if callable(custom) else [],
        [getattr(obj, "search_description", "") or ""],
        _field_texts(obj, fields),
    )
    return _first_match(obj, candidates, q)


def _first_match(obj, texts, q: str) -> tuple[str | None, str]:
    """(the first of ``texts`` with a query word, in ``obj``'s language, or None; the first
    non-empty one). ``texts`` is read only as far as needed."""
    language = language_of(obj)
    stems = set(query_stems(q, language))
    first = ""
    for text in texts:
        if text and stems & {stem(word, language) for word in words(text)}:
            return text, first or text
        first = first or text
    return None, first


def _relation_has_match(obj, search_field: RelatedFields, q: str) -> bool:
    """Whether a text ``obj`` reads through ``search_field`` holds a query word."""
    return _first_match(obj, _field_texts(obj, [search_field]), q)[0] is not None


def _prefetch_for_snippets(objs: list, model, q: str) -> None:
    """Load what the snippets of ``objs`` read through relations, one relation at a time in
    the order of the search fields (a relation with its nested ones: one query each), and
    only for the objects that have no query word in their own texts or in an earlier
    relation: the first text with a query word is the snippet's (``snippet_text``), so
    the later relations of such an object are never read."""
    pending = [obj for obj in objs if _snippet_match(obj, q, relations=False)[0] is None]
    lookups = related_lookups(model)
    for search_field in model.get_search_fields():
        if not pending:
            return
        if not isinstance(search_field, RelatedFields):
            continue
        name = search_field.field_name
        group = [path for path in lookups if path == name or path.startswith(name + "__")]
        if group:
            prefetch_related_objects(pending, *group)
        pending = [obj for obj in pending if not _relation_has_match(obj, search_field, q)]


def snippet_text(obj, q: str) -> str:
    """The text to cut a snippet from: the first candidate that contains a query word (the
    object's own texts first, then its related objects'), else its meta description."""
    found, first = _snippet_match(obj, q, relations=True)
    if found is not None:
        return found
    meta = getattr(obj, "get_meta_description", None)
    return (meta() if callable(meta) else "") or first


def _hit(obj, key: str, labels: dict[str, str], q: str) -> SearchHit:
    is_page = isinstance(obj, Page)
    precision = "day"
    if is_page:
        url = obj.get_url()
        title = obj.title
        name = date_field(type(obj))
        date = _as_date(getattr(obj, name, None)) if name else None
        precision = getattr(obj, "search_date_precision", None) or "day"
    else:
        url = obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else None
        title = str(obj)
        date = None
    return SearchHit(
        object=obj,
        type=key,
        type_label=labels.get(key, key),
        title=title,
        url=url,
        api_url=api_url(obj, key),
        date=date,
        snippet=highlight(snippet_text(obj, q), q, language=language_of(obj)),
        date_precision=precision,
    )


# --- The service -------------------------------------------------------------------------


def _as_list(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [v for v in value if v]


def _theme_models() -> list[type[Page]]:
    return [model for model in page_types().values() if _has_field(model, "themes")]


def _with_themes(theme_keys: QuerySet) -> Q:
    """Pages with any theme whose translation key ``theme_keys`` (a subquery) holds: an
    English page shares its source's themes, so a slug in either language finds both."""
    condition = Q(pk__in=[])
    for model in _theme_models():
        themed = model.objects.filter(themes__translation_key__in=theme_keys)
        condition |= Q(pk__in=themed.values("pk"))
    return condition


def _theme_slugs(keys, locale: str | None) -> dict[Any, str]:
    """``{translation_key: slug}``, the slug in ``locale`` where the theme has one."""
    slugs: dict[Any, str] = {}
    rows = Theme.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "slug", "locale__language_code"
    )
    for key, slug, code in rows:
        if code == locale or key not in slugs:
            slugs[key] = slug
    return slugs


def _type_counts(pages: QuerySet) -> dict[str, int]:
    """Matches per result type, counted by the database (one query)."""
    key_of_ct = _content_types_by_type()
    rows = (
        Page.objects.filter(pk__in=pages.order_by().values("pk"))
        .values("content_type")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: Counter = Counter()
    for row in rows:
        if key_of_ct.get(row["content_type"]):
            counts[key_of_ct[row["content_type"]]] += row["n"]
    return dict(counts)


def _theme_counts(pages: QuerySet, locale: str | None) -> dict[str, int]:
    """Matches per theme slug, counted by the database: one query per page type with
    themes, one for the slugs."""
    return _theme_counts_of(pages.order_by().values("pk"), locale)


def _theme_counts_of(ids, locale: str | None) -> dict[str, int]:
    """``_theme_counts`` for the pages whose ids ``ids`` holds: a subquery, or a dict
    ``{theme model: subquery}`` (a model missing from it has no matches). One query for
    the counts (a UNION ALL of one grouped count per page type with themes), one for the
    slugs."""
    by_key: Counter = Counter()
    branches = []
    for model in _theme_models():
        model_ids = ids.get(model) if isinstance(ids, dict) else ids
        if model_ids is None:
            continue
        relation = model._meta.get_field("themes")
        page_column, theme_column = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        branches.append(
            relation.remote_field.through.objects.filter(**{f"{page_column}__in": model_ids})
            .values(theme_key=F(f"{theme_column}__translation_key"))
            .annotate(n=Count(page_column, distinct=True))
            .values_list("theme_key", "n")
            .order_by()
        )
    if not branches:
        return {}
    rows = branches[0].union(*branches[1:], all=True) if len(branches) > 1 else branches[0]
    for key, n in rows:
        by_key[key] += n
    if not by_key:
        return {}
    slug_of = _theme_slugs(by_key, locale)
    counts: Counter = Counter()
    for key, n in by_key.items():
        if key in slug_of:
            counts[slug_of[key]] += n
    return dict(counts)


def _theme_ids_of_rows(rows: list, using: str) -> dict:
    """``{theme model: subquery of ids}`` for ``rows`` (pk, content type, ...): each page
    type with themes gets the ids of its own matches, as one parameter."""
    model_of_ct = {}
    for model in _theme_models():
        for content_type in get_descendants_content_types_pks(model):
            model_of_ct.setdefault(content_type, model)
    ids: dict = {}
    for row in rows:
        model = model_of_ct.get(row[1])
        if model is not None:
            ids.setdefault(model, []).append(row[0])
    return {model: _json_ids(pks, using) for model, pks in ids.items()}


def _ranked_pks(compiler, within: QuerySet, offset: int, stop: int | None) -> list:
    """The pks of the matches among ``within``, best first, from ``offset`` to ``stop``, on a
    database engine: one query."""
    config = compiler.get_config(get_search_backend())
    if hasattr(compiler, "ranked_rows"):  # SQLite FTS5, PostgreSQL: one match, scored once
        return [row[0] for row in compiler.ranked_rows(config, within, ("pk",), offset, stop)]
    # PostgreSQL: the engine's ranked query (one join), restricted to ``within``
    ranked = compiler.search(config, None, None, score_field="_score")
    # Ties broken by pk: a results page and its translation groups are read by separate
    # queries and must agree on the order of equal scores (a page and its translation).
    ranked = ranked.filter(pk__in=within.order_by().values("pk")).order_by("-_score", "pk")
    return list(ranked.values_list("pk", flat=True)[offset:stop])


def _ranked_window(compiler, matches: QuerySet, offset: int, limit: int | None) -> list:
    """(pk, content type, translation key, language) of ``matches`` from ``offset``, best
    first, on a database engine: one query for the ranked ids, one for their rows."""
    ids = _ranked_pks(compiler, matches, offset, None if limit is None else offset + limit)
    fields = ("pk", "content_type", "translation_key", "locale__language_code")
    by_pk = {row[0]: row for row in Page.objects.filter(pk__in=ids).values_list(*fields)}
    return [by_pk[pk] for pk in ids if pk in by_pk]


KEY, LANGUAGE = 2, 3  # in the rows of _ranked_window: (pk, content type, key, language)


def _json_ids(ids: list, using: str = DEFAULT_DB_ALIAS) -> RawSQL:
    """A subquery of ``ids`` (integer primary keys) as one parameter: any number of ids,
    never a parameter per id (SQLite: JSON1's ``json_each``; PostgreSQL: a comma-separated
    text read as an array)."""
    if connections[using].vendor == "postgresql":
        # One text parameter: an array parameter of 10,000 ids costs psycopg ~25 ms to send.
        text = ",".join(str(int(pk)) for pk in ids)
        return RawSQL("SELECT unnest(string_to_array(%s, ',')::bigint[])", (text,))
    return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))


def _from_match_rows(
    compiler, within: QuerySet, wanted_types, theme_filter: Q, locale, language, offset, limit
):
    """(count, facets, rows of one results page) on SQLite FTS5 and PostgreSQL, where the
    full-text match runs once: one query reads every match among ``within`` best first (pk,
    content type, translation key, language and whether the theme filter holds; see the
    backends' ``RankedRowsMixin.ranked_rows``); the count, the type facet and the language
    preference come from those rows, the theme facet from one query (a grouped count per
    page type with themes over its matched ids). The same answers as the per-aspect
    queries of ``search``."""
    themed = ExpressionWrapper(theme_filter, output_field=BooleanField()) if theme_filter else None
    fields = ("pk", "content_type", "translation_key", "locale__language_code", "_themed")
    within = within.annotate(_themed=themed if themed is not None else Value(True))
    # One pass over every match (about 10,000 for a common word at 10,000 events): the
    # matches of the wanted types (the theme facet's), their rows that the theme filter
    # keeps (the results), and the matches per type that it keeps (the type facet's).
    seen: set = set()
    per_type: Counter = Counter()
    of_types, rows = [], []
    wanted = set(wanted_types) if wanted_types is not None else None
    for pk, content_type, key, code, in_themes in compiler.ranked_rows(
        compiler.get_config(get_search_backend()), within, fields
    ):
        if pk in seen:  # one row per page, at its best place
            continue
        seen.add(pk)
        if in_themes:
            per_type[content_type] += 1
        if wanted is None or content_type in wanted:
            of_types.append((pk, content_type))
            if in_themes:
                rows.append((pk, content_type, key, code))

    key_of_ct = _content_types_by_type()
    type_counts: Counter = Counter()
    for content_type in sorted(per_type):  # as the database groups them: by content type
        if key_of_ct.get(content_type):
            type_counts[key_of_ct[content_type]] += per_type[content_type]
    facets = {
        "type": dict(type_counts),
        "theme": _theme_counts_of(_theme_ids_of_rows(of_types, within.db), locale),
    }
    window = rows[offset : offset + limit]
    if not locale and window:
        keys = {row[KEY] for row in window}
        members = [row for row in rows if row[KEY] in keys]
        window = _preferred_versions(window, members, language)
    return len(rows), facets, [(pk, ct) for pk, ct, _key, _code in window]


def _preferred_versions(rows: list, members: list, language: str) -> list:
    """``_source_language_first`` for one results page. ``rows`` are the page's rows and
    ``members`` the rows of every match (both as _ranked_window reads them)
    sharing a translation key with one of them, in rank order. A page's place is the
    i-th of its group's places, so it goes to the group's i-th in preferred order."""
    groups: dict[Any, list] = {}
    for member in members:
        groups.setdefault(member[KEY], []).append(member)
    by_pk = {member[0]: member for member in members}
    placed = []
    for row in rows:
        member = by_pk.get(row[0])
        group = groups.get(member[KEY]) if member else None
        if not group or len(group) == 1:
            placed.append(row)
            continue
        preferred = sorted(group, key=lambda m: (m[LANGUAGE] != language, group.index(m)))
        placed.append(preferred[group.index(member)])
    return placed


def _hits(rows: list, q: str) -> list[SearchHit]:
    """Search hits for one results page: ``rows`` are (pk, content type id) in order. One
    query per page type on the page; the related objects a snippet may need are fetched
    in one query per relation, only for hits whose own texts (and earlier relations) lack
    every query word (``_prefetch_for_snippets``)."""
    key_of_ct = _content_types_by_type()
    by_type: dict[int, list] = {}
    for pk, content_type in rows:
        by_type.setdefault(content_type, []).append(pk)
    objects = {}
    for content_type, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type).model_class()
        if model is None:
            continue
        found = list(model._default_manager.filter(pk__in=pks))
        _prefetch_for_snippets(found, model, q)
        objects.update((obj.pk, obj) for obj in found)
    labels = type_labels()
    return [
        _hit(objects[pk], key_of_ct.get(content_type), labels, q)
        for pk, content_type in rows
        if pk in objects
    ]


def search(
    q: str,
    *,
    types=None,
    theme=None,
    year: int | None = None,
    locale: str | None = None,
    limit: int = 20,
    offset: int = 0,
    people: bool = True,
) -> SearchResults:
    """Ranked live public pages matching ``q`` (all words), filtered by type keys, theme
    slugs (any of), year and language; facets count each filter's values with the other
    filters applied. Raises SearchUnavailable when the engine cannot answer.

    On the database engines (SQLite FTS5, PostgreSQL) the cost does not grow with the
    number of matches: the count and the facets are counted in SQL, and only one results
    page of ranked ids and rows is read (docs/search.md, "Cost")."""
    q = cut_search_query(q)
    if not query_stems(q):
        return SearchResults(items=[], count=0)
    types, themes = _as_list(types), _as_list(theme)
    language = get_language() or settings.LANGUAGE_CODE
    pages = public_pages(locale)
    engine = _engine_search(pages, q, ranked=False)
    if isinstance(engine, QuerySet):
        matches, ids = engine.order_by(), None
        ranked = _engine_compiler(pages, q)
    else:  # an external engine: its best MAX_MATCHES ids, filtered by the database
        ids = _ranked_ids(pages, q)
        if not locale:
            ids = _source_language_first(ids, language)
        matches = Page.objects.filter(pk__in=ids)

    if year:
        matches = matches.filter(_in_year(year))
    type_filter, wanted_types = Q(), None
    if types:
        wanted_types = [ct for ct, key in _content_types_by_type().items() if key in types]
        type_filter = Q(content_type__in=wanted_types)
    theme_filter = Q()
    if themes:
        theme_filter = _with_themes(Theme.objects.filter(slug__in=themes).values("translation_key"))
    if ids is None and hasattr(ranked, "ranked_rows"):  # the match runs once
        within = pages.filter(_in_year(year)) if year else pages
        count, facets, rows = _from_match_rows(
            ranked, within, wanted_types, theme_filter, locale, language, offset, limit
        )
        items = _hits(rows, q)
        found_people = search_people(q, locale=locale) if people and not types else []
        return SearchResults(items=items, count=count, facets=facets, people=found_people)
    facets = {
        "type": _type_counts(matches.filter(theme_filter)),
        "theme": _theme_counts(matches.filter(type_filter), locale),
    }
    matches = matches.filter(type_filter & theme_filter)

    if ids is None:
        count = matches.count()
        rows = _ranked_window(ranked, matches, offset, limit)
        if not locale and rows:
            keys = {row[2] for row in rows}
            group = matches.filter(translation_key__in=keys)
            members = _ranked_window(ranked, group, 0, None)
            rows = _preferred_versions(rows, members, language)
        rows = [(pk, ct) for pk, ct, _key, _code in rows]
    else:
        kept = dict(matches.values_list("pk", "content_type"))
        in_order = [pk for pk in ids if pk in kept]
        count = len(in_order)
        rows = [(pk, kept[pk]) for pk in in_order[offset : offset + limit]]
    items = _hits(rows, q)
    found_people = search_people(q, locale=locale) if people and not types else []
    return SearchResults(items=items, count=count, facets=facets, people=found_people)


def public_people(model, locale: str | None = None) -> QuerySet:
    """What the engine searches: people who agreed to a public profile (an indexed filter)."""
    people = model._default_manager.filter(public_profile=True)
    if locale and _has_field(model, "locale"):
        people = people.filter(locale=Locale.objects.filter(language_code=locale).first())
    return people


def people_rule(model, *, correlated: bool = False) -> QuerySet:
    """The people the model's own rule calls public (``public_objects()``: for Person, a
    public profile and a mention on live public content). ``correlated``: the same people,
    checked row by row where the rule offers that (``public_objects(correlated=True)``),
    for a few candidates; else the rule as it is."""
    rule = getattr(model, "public_objects", None)
    if not callable(rule):
        return model._default_manager.filter(public_profile=True)
    if correlated and _takes_correlated(rule):
        return rule(correlated=True)
    return rule()


def _takes_correlated(rule) -> bool:
    try:
        return "correlated" in inspect.signature(rule).parameters
    except (TypeError, ValueError):
        return False


def apply_people_rule(model, ids) -> QuerySet:
    """Of ``ids``, the people the model's rule calls public, in ``ids`` order."""
    return _in_order(people_rule(model), list(ids))


def _ranked_people(model, q: str, locale: str | None, limit: int, *, autocomplete=False):
    """The first ``limit`` people matching ``q`` that the people rule allows, best first:
    two queries on the database engines (ranked ids, then the people)."""
    candidates = public_people(model, locale)
    backend = get_search_backend()
    if is_database_backend(backend):
        compiler = _engine_compiler(candidates, q, autocomplete=autocomplete)
        ids = _people_allowed(model, compiler, candidates, limit)
        by_pk = model._default_manager.in_bulk(ids)
        return [by_pk[pk] for pk in ids if pk in by_pk]
    try:
        if autocomplete:
            matches = backend.autocomplete(q, candidates)
        else:
            matches = backend.search(q, candidates, operator="and")
        ids = [obj.pk for obj in matches[:MAX_MATCHES]]
    except ENGINE_ERRORS as error:
        raise SearchUnavailable() from error
    return list(apply_people_rule(model, ids)[:limit])


def _people_allowed(model, compiler, candidates: QuerySet, limit: int) -> list:
    """The pks of the first ``limit`` ranked candidates that the people rule allows.

    With ``ranked_rows`` (SQLite FTS5, PostgreSQL) the rule is asked only about the best
    ``2 * limit`` candidates, row by row (the rule's list of everyone mentioned reads all
    content: most of a search's time at 10,000 events): the first ``limit`` allowed among
    them are the first ``limit`` allowed of all. Only when fewer are allowed and more
    candidates exist, the rule's list restricts the ranking as everywhere else (one more
    query)."""

    def allowed() -> QuerySet:
        return candidates.filter(pk__in=people_rule(model).order_by().values("pk"))

    if not hasattr(compiler, "ranked_rows"):
        return _ranked_pks(compiler, allowed(), 0, limit)
    head = 2 * limit
    ids = _ranked_pks(compiler, candidates, 0, head + 1)
    if not ids:  # nobody to ask about (the rule is not even built)
        return []
    ruled = people_rule(model, correlated=True).filter(pk__in=_json_ids(ids[:head], candidates.db))
    allowed_ids = set(ruled.order_by().values_list("pk", flat=True))
    picked = [pk for pk in ids[:head] if pk in allowed_ids][:limit]
    if len(picked) < limit and len(ids) > head:
        return _ranked_pks(compiler, allowed(), 0, limit)
    return picked


def name_matches(name: str, q: str) -> bool:
    """Every word of the query is (the start of) a word of the name, in any language's
    stemming: "uyterl" and "Matthijs" find Matthijs Uyterlinde, "segregatie" does not."""
    name_words = [fold(word) for word in words(name)]
    name_stems = {stem(word, language) for word in words(name) for language in query_languages()}
    for word in words(q):
        folded = fold(word)
        if any(stem(word, language) in name_stems for language in query_languages()):
            continue
        if len(folded) >= 3 and any(part.startswith(folded) for part in name_words):
            continue
        return False
    return bool(words(q))


def search_people(q: str, *, locale: str | None = None, limit: int = MAX_PEOPLE) -> list:
    """People with a public profile whose name the query matches (see ``name_matches``),
    among the best PEOPLE_CANDIDATES people whose names the engine finds for the query as
    it finds them for the search box's suggestions (``suggest``: word beginnings of the
    name). Only names are asked: a bio that mentions the query word is the pages' and
    people's full-text business, not this group's, and matching names alone is a small
    fraction of matching every text (docs/search.md, "Cost")."""
    labels = type_labels()
    hits = []
    for model in people_models():
        candidates = _ranked_people(model, q, locale, PEOPLE_CANDIDATES, autocomplete=True)
        matching = [obj for obj in candidates if name_matches(str(obj), q)]
        for obj in matching[:limit]:
            hits.append(_hit(obj, type_key(model), labels, q))
    return hits[:limit]


def suggest(q: str, *, limit: int = 8, locale: str | None = None) -> list[dict[str, Any]]:
    """Titles and names that start with what was typed, for a search box: one query for the
    pages (their URLs need no specific page) and one per people model."""
    q = cut_search_query(q)
    if not words(q):
        return []
    suggestions = []
    key_of_ct = _content_types_by_type()
    backend = get_search_backend()
    try:
        pages = public_pages(locale)
        if is_database_backend(backend):
            compiler = _engine_compiler(pages, q, autocomplete=True)
            ids = _ranked_pks(compiler, pages, 0, limit)
            by_pk = Page.objects.in_bulk(ids)
            matches = [by_pk[pk] for pk in ids if pk in by_pk]
        else:
            matches = list(pages.autocomplete(q)[:limit])
        for page in matches:
            suggestions.append(
                {
                    "title": page.title,
                    "url": page.get_url(),
                    "type": key_of_ct.get(page.content_type_id) or type_key(type(page)),
                }
            )
        for model in people_models():
            for person in _ranked_people(model, q, locale, limit, autocomplete=True):
                suggestions.append(
                    {
                        "title": str(person),
                        "url": person.get_absolute_url()
                        if hasattr(person, "get_absolute_url")
                        else None,
                        "type": type_key(model),
                    }
                )
    except ENGINE_ERRORS as error:
        raise SearchUnavailable() from error
    return suggestions[:limit]
