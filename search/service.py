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
from django.db.models import Case, IntegerField, Model, QuerySet, When
from django.utils.html import strip_tags
from django.utils.translation import get_language
from modelsearch.backends.base import FilterFieldError
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import RelatedFields, SearchField, get_indexed_models

from .analysis import fold, highlight, language_of, query_languages, query_stems, stem, words
from .privacy import related_objects

logger = logging.getLogger(__name__)

MAX_MATCHES = 1000  # ranked ids fetched per query; facets and pages are cut from these
MAX_PEOPLE = 5
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
    if isinstance(value, datetime.datetime):
        return value.date()
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


def _ids_in_year(year: int) -> list[int]:
    ids: list[int] = []
    for model in page_types().values():
        name = date_field(model)
        if name is None:  # undated pages belong to no year
            continue
        ids.extend(model.objects.filter(**{f"{name}__year": year}).values_list("pk", flat=True))
    return ids


def _ranked_ids(queryset: QuerySet, q: str, *, limit: int = MAX_MATCHES) -> list:
    try:
        results = get_search_backend().search(q, queryset, operator="and")
        return [obj.pk for obj in results[:limit]]
    except ENGINE_ERRORS as error:
        logger.warning("Search engine unavailable: %r", error)
        raise SearchUnavailable() from error


def _source_language_first(ids: list, language: str) -> list:
    """Without a language filter a page and its translation can both match. Where they do,
    the version in ``language`` takes the better of their places (the others keep theirs),
    so a Dutch visitor or client sees the Dutch page before its English copy."""
    rows = Page.objects.filter(pk__in=ids).values_list("pk", "translation_key", "locale_id")
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    key_of = {pk: key for pk, key, _locale in rows}
    code_of = {pk: codes.get(locale) for pk, _key, locale in rows}
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


def _field_texts(obj, fields, *, nested=False) -> list[str]:
    texts = []
    for search_field in fields:
        if isinstance(search_field, SearchField) and (nested or search_field.field_name != "title"):
            value = search_field.get_value(obj)
            if value:
                values = value if isinstance(value, list) else [value]
                texts.append(" ".join(strip_tags(str(v)) for v in values))
        elif isinstance(search_field, RelatedFields):
            for item in related_objects(search_field.get_value(obj)):
                texts.extend(_field_texts(item, search_field.fields, nested=True))
    return texts


def snippet_text(obj, q: str) -> str:
    """The text to cut a snippet from: the first candidate that contains a query word."""
    custom = getattr(obj, "get_search_snippet_text", None)
    candidates = [custom()] if callable(custom) else []
    candidates.append(getattr(obj, "search_description", "") or "")
    candidates.extend(_field_texts(obj, obj.get_search_fields()))
    language = language_of(obj)
    stems = set(query_stems(q, language))
    for text in candidates:
        if text and stems & {stem(word, language) for word in words(text)}:
            return text
    meta = getattr(obj, "get_meta_description", None)
    return (meta() if callable(meta) else "") or next((t for t in candidates if t), "")


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


def _theme_keys_by_page(ids: list) -> dict[Any, set]:
    """The themes of each page as translation keys: an English page shares its source's
    themes, so a theme is the same whatever language its slug is asked in."""
    themes: dict[Any, set] = {}
    for model in page_types().values():
        if not _has_field(model, "themes"):
            continue
        rows = model.objects.filter(pk__in=ids).values_list("pk", "themes__translation_key")
        for pk, key in rows:
            if key:
                themes.setdefault(pk, set()).add(key)
    return themes


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
    filters applied. Raises SearchUnavailable when the engine cannot answer."""
    q = cut_search_query(q)
    if not query_stems(q):
        return SearchResults(items=[], count=0)
    types, themes = _as_list(types), _as_list(theme)
    pages = public_pages(locale)
    if year:
        pages = pages.filter(id__in=_ids_in_year(year))
    ids = _ranked_ids(pages, q)
    if not locale:
        ids = _source_language_first(ids, get_language() or settings.LANGUAGE_CODE)

    content_type_of = dict(Page.objects.filter(pk__in=ids).values_list("pk", "content_type"))
    key_of_ct = _content_types_by_type()
    type_of = {pk: key_of_ct.get(ct) for pk, ct in content_type_of.items()}
    theme_keys_of = _theme_keys_by_page(ids)
    slug_of = _theme_slugs({key for keys in theme_keys_of.values() for key in keys}, locale)
    themes_of = {pk: {slug_of[key] for key in keys} for pk, keys in theme_keys_of.items()}
    wanted_themes = (
        set(Theme.objects.filter(slug__in=themes).values_list("translation_key", flat=True))
        if themes
        else set()
    )

    def type_ok(pk):
        return not types or type_of.get(pk) in types

    def theme_ok(pk):
        return not themes or bool(theme_keys_of.get(pk, set()) & wanted_themes)

    matched = [pk for pk in ids if type_ok(pk) and theme_ok(pk)]
    facets = {
        "type": dict(Counter(type_of[pk] for pk in ids if theme_ok(pk) and type_of.get(pk))),
        "theme": dict(
            Counter(slug for pk in ids if type_ok(pk) for slug in sorted(themes_of.get(pk, ())))
        ),
    }
    window = matched[offset : offset + limit]
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=window).specific()}
    labels = type_labels()
    items = [_hit(by_id[pk], type_of[pk], labels, q) for pk in window if pk in by_id]
    found_people = search_people(q, locale=locale) if people and not types else []
    return SearchResults(items=items, count=len(matched), facets=facets, people=found_people)


def public_people(model, locale: str | None = None) -> QuerySet:
    """What the engine searches: people who agreed to a public profile (an indexed filter)."""
    people = model._default_manager.filter(public_profile=True)
    if locale and _has_field(model, "locale"):
        people = people.filter(locale=Locale.objects.filter(language_code=locale).first())
    return people


def apply_people_rule(model, ids) -> QuerySet:
    """Of ``ids``, the people the model's own rule calls public (``public_objects()``: for
    Person, a public profile and a mention on live public content), in ``ids`` order."""
    rule = getattr(model, "public_objects", None)
    people = rule() if callable(rule) else model._default_manager.filter(public_profile=True)
    return _in_order(people, list(ids))


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
    """People with a public profile whose name the query matches (see ``name_matches``)."""
    labels = type_labels()
    hits = []
    for model in people_models():
        ids = _ranked_ids(public_people(model, locale), q, limit=MAX_MATCHES)
        matching = [obj for obj in apply_people_rule(model, ids) if name_matches(str(obj), q)]
        for obj in matching[:limit]:
            hits.append(_hit(obj, type_key(model), labels, q))
    return hits[:limit]


def suggest(q: str, *, limit: int = 8, locale: str | None = None) -> list[dict[str, Any]]:
    """Titles and names that start with what was typed, for a search box."""
    q = cut_search_query(q)
    if not words(q):
        return []
    suggestions = []
    try:
        for match in public_pages(locale).autocomplete(q)[:limit]:
            page = match.specific
            suggestions.append(
                {"title": page.title, "url": page.get_url(), "type": type_key(type(page))}
            )
        for model in people_models():
            matches = get_search_backend().autocomplete(q, public_people(model, locale))
            ids = [person.pk for person in matches[:MAX_MATCHES]]
            for person in apply_people_rule(model, ids)[:limit]:
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
