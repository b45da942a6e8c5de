"""``themes`` and ``themes/{slug}``: the shared taxonomy with counts per content type.

Themes belong to site/, and site/ never imports an app: the counts come from whatever
page types relate to ``Theme`` (a many-to-many field on the page, or an orderable that
links a page to a theme), found through the model registry. Remove an app and its
content type simply disappears from the counts."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.db.models import Count, ManyToManyRel, ManyToOneRel
from django.http import Http404
from ninja import Field, Query, Router, Schema
from ninja import Path as NinjaPath
from wagtail.models import Page

from ..models import Theme
from ..registry import registry
from .pagination import ListParams, page_schema, paginate, snippet_ids_updated_since
from .params import SLUG_PATTERN, LocaleCode
from .schemas import api_url, locale_code, snippet_translations

router = Router(tags=["themes"])


class ThemeOut(Schema):
    id: int
    slug: str
    name: str
    description: str
    locale: str
    api_url: str
    url: str | None = Field(None, description="The theme's public page (a dossier), if any.")
    counts: dict[str, int] = Field(
        ..., description='Live public items per content type, e.g. `{"events": 4, "reports": 2}`.'
    )
    translations: list[dict]


ThemeList = page_schema(ThemeOut, "ThemeList")


def _content_type_key(model) -> str:
    """The API collection a page type is listed in: ``events``, ``series``, ``reports``…"""
    explicit = getattr(model, "api_collection", None)
    if explicit:
        return explicit
    registered = registry.api_collection_for(model)  # add_api_collection (docs/plugins.md)
    if registered is not None:
        return registered.collection
    return model._meta.model_name.removesuffix("page") + "s"


def _theme_links():
    """(content type key, page model, queryset path from the page to its themes)."""
    for rel in Theme._meta.related_objects:
        related = rel.related_model
        if isinstance(rel, ManyToManyRel) and issubclass(related, Page):
            yield _content_type_key(related), related, rel.field.name
        elif isinstance(rel, ManyToOneRel) and not issubclass(related, Page):
            # An orderable ``(page, theme)`` link: follow it back to its page model
            for field in related._meta.fields:
                target = getattr(field, "related_model", None)
                if field.is_relation and target and issubclass(target, Page):
                    query_name = field.remote_field.related_name or related._meta.model_name
                    if query_name.endswith("+"):
                        continue
                    yield _content_type_key(target), target, f"{query_name}__{rel.field.name}"


def theme_counts(themes) -> dict[int, dict[str, int]]:
    """{theme id: {content type: count}} over live public pages in the theme's language
    tagged with any language version of it (a translated page keeps the source's themes),
    one query per type."""
    themes = list(themes)
    keys = {t.translation_key for t in themes}
    by_key_and_locale: dict[tuple, dict[str, int]] = defaultdict(dict)
    for key, model, path in _theme_links():
        rows = (
            model.objects.live()
            .public()
            .filter(**{f"{path}__translation_key__in": keys})
            .values(f"{path}__translation_key", "locale_id")
            .annotate(n=Count("pk", distinct=True))
        )
        for row in rows:
            bucket = by_key_and_locale[(row[f"{path}__translation_key"], row["locale_id"])]
            bucket[key] = bucket.get(key, 0) + row["n"]
    return {
        t.pk: by_key_and_locale[(t.translation_key, t.locale_id)]
        for t in themes
        if (t.translation_key, t.locale_id) in by_key_and_locale
    }


def _serialize(request, themes) -> list[dict]:
    counts = theme_counts(themes)
    translations = snippet_translations(request, themes, Theme.objects.all())
    return [
        {
            "id": t.pk,
            "slug": t.slug,
            "name": t.name,
            "description": t.description,
            "locale": locale_code(request, t.locale_id),
            "api_url": api_url(request, f"themes/{t.slug}"),
            "url": None,
            "counts": counts.get(t.pk, {}),
            "translations": translations.get(t.pk, []),
        }
        for t in themes
    ]


def _themes_queryset(params: ListParams):
    queryset = Theme.objects.order_by("name", "pk")
    if params.locale:
        queryset = queryset.filter(locale__language_code=params.locale)
    if params.updated_since:
        queryset = queryset.filter(pk__in=snippet_ids_updated_since(Theme, params.updated_since))
    return queryset


@router.get("", response=ThemeList, summary="The taxonomy, with counts per content type")
def list_themes(request, params: Query[ListParams]):
    return paginate(request, _themes_queryset(params), params, lambda t: _serialize(request, t))


class ThemeDetailParams(Schema):
    locale: LocaleCode | None = Field(
        None, description="Which language version (`nl` or `en`); default Dutch, else any."
    )


@router.get("/{slug}", response=ThemeOut, summary="One theme")
def theme_detail(
    request,
    slug: str = NinjaPath(..., pattern=SLUG_PATTERN, description="The theme's slug."),
    params: Query[ThemeDetailParams] = None,
):
    # Every language version of the theme the slug names: ``?locale=en`` with the Dutch
    # slug answers the English version.
    keys = Theme.objects.filter(slug=slug).values("translation_key")
    candidates = list(Theme.objects.filter(translation_key__in=keys).order_by("pk"))
    if params.locale:
        chosen = [t for t in candidates if locale_code(request, t.locale_id) == params.locale]
    else:  # the slug's own version; a slug in several languages: the default language's
        named = [t for t in candidates if t.slug == slug]
        default = [t for t in named if locale_code(request, t.locale_id) == settings.LANGUAGE_CODE]
        chosen = default or named
    if not chosen:
        raise Http404
    return _serialize(request, chosen[:1])[0]
