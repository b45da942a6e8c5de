"""Which language version of a page or snippet a visitor gets.

- A page's *translations* are its other live, public language versions that are real
  pages. An alias (the copy wagtail-localize makes of an untranslated parent so that a
  translated child has a place in the tree) shows the source text, so it is not a
  translation: the language switch, hreflang, menus and the API leave it out.
- Snippets (people, organisations, venues, themes) are shared by a page and its
  translations; ``localize_related`` swaps them, after a page's rows have been fetched, for
  their versions in the page's language where those exist, in one query per model
  (``in_their_languages`` for a list of pages in several languages: feeds, calendars).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Model, prefetch_related_objects
from wagtail.models import Locale, Page, TranslatableMixin


def real_pages():
    """Live, public pages that are not aliases of a page in another language."""
    return Page.objects.live().public().filter(alias_of__isnull=True)


def translations_of(page, *, inclusive: bool = False):
    """The page's real language versions (``inclusive``: with the page itself)."""
    pages = real_pages().filter(translation_key=page.translation_key)
    return pages if inclusive else pages.exclude(pk=page.pk)


def translation_in(page, locale) -> Page | None:
    """The real, live version of ``page`` in ``locale``, or None."""
    if page.locale_id == locale.pk and page.alias_of_id is None:
        return page if page.live else None
    return translations_of(page, inclusive=True).filter(locale=locale).first()


def page_in_language(page, code: str) -> Page | None:
    """``page`` itself when it is in the language ``code``, else its real, live version in
    that language, or None."""
    if page.locale.language_code == code:
        return page
    locale = Locale.objects.filter(language_code=code).first()
    return translation_in(page, locale) if locale else None


def is_untranslated_alias(page) -> bool:
    """An alias of a page in another language: the source text at this language's URL."""
    if not getattr(page, "alias_of_id", None):
        return False
    return page.alias_of.locale_id != page.locale_id


def pages_in(pages: Iterable[Page], locale) -> dict[int, Page]:
    """``{page.pk: its real, live, public version in locale}`` for many pages at once
    (pages without one are missing from the result)."""
    pages = [page for page in pages if page is not None]
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    found = {
        other.translation_key: other
        for other in real_pages().filter(translation_key__in=keys, locale=locale).specific()
    }
    return {page.pk: found[page.translation_key] for page in pages if page.translation_key in found}


def translated_ids(ids: Iterable[int], locale) -> dict[int, int]:
    """``{page id: id of its real, live version in locale}`` (itself when it is in locale;
    missing when it has none), in one query."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    rows = list(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key", "locale_id"))
    keys = {key for _pk, key, locale_id in rows if locale_id != locale.pk}
    found = dict(
        real_pages()
        .filter(translation_key__in=keys, locale=locale)
        .values_list("translation_key", "pk")
    )
    result = {}
    for pk, key, locale_id in rows:
        if locale_id == locale.pk:
            result[pk] = pk
        elif key in found:
            result[pk] = found[key]
    return result


def localize_ids(ids: list[int], locale) -> list[int]:
    """Page ids (from choosers, which keep pointing at the source page after a sync)
    replaced by the ids of their versions in ``locale`` where there are some."""
    mapping = translated_ids(ids, locale)
    return [mapping.get(pk, pk) for pk in ids]


def localize_pages(pages: Iterable[Page], locale=None) -> list[Page]:
    """Each page in ``locale`` (default: the active language) where it has a version in it,
    else the page as it is (its template marks it with its own ``lang``)."""
    locale = locale or Locale.get_active()
    pages = list(pages)
    found = pages_in([page for page in pages if page.locale_id != locale.pk], locale)
    return [found.get(page.pk, page) for page in pages]


# --- snippets ------------------------------------------------------------------------------


def _is_snippet(value) -> bool:
    return isinstance(value, TranslatableMixin) and not isinstance(value, Page)


def _children(obj) -> list[tuple[str, str, object]]:
    """(kind, name, value) for the related objects cached on ``obj``: foreign keys
    ("fk") and prefetched lists ("many")."""
    children = []
    for name, value in list(getattr(obj._state, "fields_cache", {}).items()):
        if isinstance(value, Model):
            children.append(("fk", name, value))
    for name, values in list(getattr(obj, "_prefetched_objects_cache", {}).items()):
        children.append(("many", name, values))
    return children


def localize_related(roots: Iterable[Model], locale=None, *, depth: int = 4) -> None:
    """Replace, in place, every translatable snippet reachable from ``roots`` through
    already fetched relations (select_related, prefetch_related) by its version in
    ``locale`` where one exists. The caches of the replaced object (a person's photo and
    organisation) are carried over, so no further queries follow."""
    locale = locale or Locale.get_active()
    level = [root for root in roots if root is not None]
    seen: set[int] = set()
    for _ in range(depth):
        wanted: dict[type, set] = defaultdict(set)
        for obj in level:
            for _kind, _name, value in _children(obj):
                values = value if not isinstance(value, Model) else [value]
                for item in values:
                    if _is_snippet(item) and item.locale_id != locale.pk:
                        wanted[item.get_translation_model()].add(item.translation_key)
        found = {}
        for model, keys in wanted.items():
            for other in model.objects.filter(translation_key__in=keys, locale=locale):
                found[(model, other.translation_key)] = other
        next_level = []
        for obj in level:
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            for kind, name, value in _children(obj):
                if kind == "fk":
                    obj._state.fields_cache[name] = _swap(value, found)
                    next_level.append(obj._state.fields_cache[name])
                else:
                    swapped = [_swap(item, found) for item in value]
                    if hasattr(value, "_result_cache"):  # a prefetched QuerySet
                        value._result_cache = swapped
                    else:
                        obj._prefetched_objects_cache[name] = swapped
                    next_level.extend(swapped)
        level = [obj for obj in next_level if isinstance(obj, Model)]
        if not level:
            break


def _swap(value, found):
    if not _is_snippet(value):
        return value
    other = found.get((value.get_translation_model(), value.translation_key))
    if other is None or other is value:
        return value
    # Shared relations (a photo, an organisation) are the same rows: keep what was fetched.
    for name, cached in getattr(value._state, "fields_cache", {}).items():
        field = value._meta.get_field(name)
        if getattr(other, field.attname, None) == getattr(value, field.attname, None):
            other._state.fields_cache.setdefault(name, cached)
    if getattr(value, "_prefetched_objects_cache", None):
        other._prefetched_objects_cache = dict(value._prefetched_objects_cache)
    return other


def in_their_languages(pages: Iterable[Model], locale_code=None) -> None:
    """Pages in another language than the default show the snippets they share with their
    source page (venue, people, organisations, themes) in their own language: a
    ``localize_related`` per language, over what the pages' rows already fetched.
    ``locale_code(locale_id)`` may name a locale from a cache (the API's)."""
    codes: dict[int, str] = {}

    def code_of(locale_id):
        if locale_code is not None:
            return locale_code(locale_id)
        if locale_id not in codes:
            codes[locale_id] = Locale.objects.get(pk=locale_id).language_code
        return codes[locale_id]

    by_locale = defaultdict(list)
    for page in pages:
        if code_of(page.locale_id) != settings.LANGUAGE_CODE:
            by_locale[page.locale_id].append(page)
    for locale_id, group in by_locale.items():
        localize_related(group, Locale.objects.get(pk=locale_id))


def localize_snippet(obj, locale=None):
    """One snippet in ``locale`` where it has a version in it (one query)."""
    if not _is_snippet(obj):
        return obj
    locale = locale or Locale.get_active()
    if obj.locale_id == locale.pk:
        return obj
    return obj.get_translation_or_none(locale) or obj


def in_other_language(page) -> bool:
    """Whether ``page`` is in another language than the default one (a translation)."""
    if not getattr(page, "pk", None):
        return False
    return page.locale.language_code != settings.LANGUAGE_CODE


def localize_page_relations(page, *lookups: str) -> None:
    """On a page in another language than the default: fetch the relations in
    ``lookups`` (prefetch paths) and show the snippets they reach (themes, people,
    organisations) in the page's language where they have a version in it."""
    if not in_other_language(page):
        return
    if lookups:
        prefetch_related_objects([page], *lookups)
    localize_related([page], page.locale)
