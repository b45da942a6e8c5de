"""Which snippets (people, organisations) live public content refers to.

The API lists a person or an organisation only when a live, public page mentions them. Which
pages can mention them is found by following the model relations that point at the snippet
(an event's speakers, a workshop's facilitators, a report's authors, …), so site/ never
imports an app, and an app that is removed simply stops counting."""

from __future__ import annotations

from django.db import models
from django.db.models import Exists, ForeignObjectRel, OuterRef, Q
from wagtail.models import Page, TranslatableMixin

from ..registry import registry


def _page_link(model) -> str | None:
    """The field linking a row (an orderable, a workshop) to its page, if any."""
    for field in model._meta.get_fields():
        if (
            isinstance(field, models.ForeignKey)
            and field.related_model is not None
            and issubclass(field.related_model, Page)
            and field.name != "page_ptr"
        ):
            return field.name
    return None


def _relations(target):
    """(source model, field name on the source) for every relation pointing at ``target``,
    including hidden ones (``related_name="+"``, as on a report's authors)."""
    for rel in target._meta.get_fields(include_hidden=True):
        if not isinstance(rel, ForeignObjectRel):
            continue
        field = rel.field
        source = rel.related_model
        if (
            source is target
            or source._meta.auto_created  # a many-to-many table: its field is seen directly
            or source._meta.app_label in registry.private_apps  # sign-ups (docs/plugins.md)
            or not isinstance(field, models.ForeignKey | models.ManyToManyField)
        ):
            continue
        yield source, field.name


def referenced_q(target, *, pages=None, correlated: bool = False) -> Q:
    """A Q on ``target`` that keeps the rows some live, public page refers to.

    ``correlated``: the same rows, asked row by row (``EXISTS`` subqueries following the
    same relations) instead of one list of everything referred to. Cheap when few rows are
    asked about (search checks its best-ranked people); the list is cheaper for many."""
    public_pages = pages if pages is not None else Page.objects.live().public()
    if correlated:
        return _referenced_exists(target, public_pages)
    public_ids = public_pages.values("pk")
    query = Q(pk__in=[])
    for source, field_name in _relations(target):
        if issubclass(source, Page):
            rows = source.objects.filter(pk__in=public_ids)
        else:
            link = _page_link(source)
            if link is None:
                continue  # a relation from something that is not content (e.g. a registration)
            rows = source.objects.filter(**{f"{link}__in": public_ids})
        query |= Q(pk__in=rows.exclude(**{f"{field_name}__isnull": True}).values(field_name))
    if issubclass(target, TranslatableMixin):
        # A translation is shown wherever its source is: English pages share the source's
        # people and organisations, so the English person is mentioned through them.
        referenced = target._default_manager.filter(query).values("translation_key")
        query = Q(translation_key__in=referenced)
    return query


def _referenced_exists(target, public_pages) -> Q:
    """``referenced_q`` as correlated subqueries on the outer ``target`` row."""

    def is_public(column: str) -> Exists:
        return Exists(public_pages.filter(pk=OuterRef(column)))

    query = Q(pk__in=[])
    for source, field_name in _relations(target):
        if issubclass(source, Page):
            rows = source.objects.filter(is_public("pk"))
        else:
            link = _page_link(source)
            if link is None:
                continue
            rows = source.objects.filter(is_public(link))
        query |= Exists(rows.filter(**{field_name: OuterRef("pk")}))
    if issubclass(target, TranslatableMixin):
        versions = target._default_manager.filter(translation_key=OuterRef("translation_key"))
        query = Q(Exists(versions.filter(query)))
    return query
