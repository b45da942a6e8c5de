"""Filters every content type's list shares, in the API and beyond: ``theme`` (a theme in
any language) and ``q`` (the search service the registry names, else a plain text match).
One set of parameter names and one error policy for every collection (docs/api.md)."""

from __future__ import annotations

from django.db.models import Q
from ninja import Field, Schema

from ..registry import registry
from .params import MAX_REPEATS, Slug

MAX_ID = 2**31 - 1  # ids beyond the database's integer range name nothing


def search_filter(queryset, q: str | None, fallback_fields=("title",)):
    """The ``q`` filter: the registered search filter (the search app's service), else a
    case-insensitive match on ``fallback_fields``."""
    if not q:
        return queryset
    if registry.search_filter is not None:
        return registry.search_filter(queryset, q)
    match = Q()
    for name in fallback_fields:
        match |= Q(**{f"{name}__icontains": q})
    return queryset.filter(match)


class ThemeFilter(Schema):
    theme: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_REPEATS,
        description="Theme slug; repeat for several (an item with any of them matches), "
        f"at most {MAX_REPEATS} times.",
    )


def theme_filter(queryset, slugs):
    """A theme in any language: the Dutch slug also finds English pages tagged with its
    translation."""
    if not slugs:
        return queryset
    from ..models import Theme

    keys = Theme.objects.filter(slug__in=slugs).values("translation_key")
    return queryset.filter(themes__translation_key__in=keys).distinct()
