"""Lists in the content API: the shared filters every list takes and one page shape,
``{"count", "next", "previous", "items"}`` with absolute next/previous links."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import connections
from django.db.models import QuerySet
from ninja import Field, Schema
from pydantic import create_model, field_validator

from ..hosts import absolute_url
from .params import IsoMoment, LocaleCode, clamp_moment

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# Deep offsets are what crawlers do, not apps; beyond this a client should narrow its filters.
MAX_OFFSET = 10_000


def content_language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


class ListParams(Schema):
    """Parameters every list accepts; each list's filter schema extends this."""

    limit: int = Field(
        DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page (1–100, default 20)."
    )
    offset: int = Field(
        0, ge=0, le=MAX_OFFSET, description=f"Items to skip (0–{MAX_OFFSET}, default 0)."
    )
    locale: LocaleCode | None = Field(
        None, description="Only items in this language: `nl` or `en`. Default: all languages."
    )
    updated_since: IsoMoment | None = Field(
        None,
        description="Only items published or edited at or after this moment (ISO 8601, e.g. "
        "`2026-03-01T10:00:00+01:00`; without an offset, Europe/Amsterdam time). A bare number "
        "is refused.",
    )

    @field_validator("updated_since")
    @classmethod
    def aware(cls, value: datetime | None) -> datetime | None:
        return clamp_moment(value)


class DetailParams(Schema):
    """``locale`` on one object: that object's version in this language (404 if it has
    none), so a client that knows the Dutch id can ask for the English text."""

    locale: LocaleCode | None = Field(
        None,
        description="Return this object's version in `nl` or `en` (404 when there is none). "
        "Default: the object as it is.",
    )


def snippet_ids_updated_since(model, since: datetime) -> list[int]:
    """Snippets have no timestamps of their own; Wagtail logs every create and edit."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    object_ids = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model), timestamp__gte=since
    ).values_list("object_id", flat=True)
    return sorted({int(pk) for pk in object_ids if str(pk).isdigit()})


def page_schema(item_schema: type[Schema], name: str) -> type[Schema]:
    """The typed page of a list, e.g. ``EventPage`` with ``items: list[EventItem]``."""
    return create_model(
        name,
        __base__=Schema,
        count=(int, Field(..., description="Items matching the filters, over all pages.")),
        next=(str | None, Field(None, description="Absolute URL of the next page, or null.")),
        previous=(str | None, Field(None, description="Absolute URL of the previous page.")),
        items=(list[item_schema], ...),
    )


def _page_url(request, offset: int | None) -> str | None:
    if offset is None:
        return None
    query = request.GET.copy()
    if offset:
        query["offset"] = str(offset)
    else:
        query.pop("offset", None)
    encoded = query.urlencode()
    return absolute_url(request.path + (f"?{encoded}" if encoded else ""), request)


def _window(rows, start: int, stop: int):
    """``rows[start:stop]``. For a queryset in a total order (its ordering ends with the
    primary key), the ordering and the slice run on the primary keys alone, in a subquery,
    and only the rows shown are joined and read in full: otherwise the database sorts every
    matching row with all its selected and joined columns to keep twenty."""
    if not isinstance(rows, QuerySet) or not _narrow_slice_applies(rows):
        return rows[start:stop]
    shown = rows.order_by(*rows.query.order_by).values("pk")[start:stop]
    return rows.filter(pk__in=shown)


def _narrow_slice_applies(rows: QuerySet) -> bool:
    query = rows.query
    ordering = tuple(query.order_by)
    return bool(
        connections[rows.db].features.allow_sliced_subqueries_with_in
        and ordering
        and all(isinstance(field, str) for field in ordering)
        and ordering[-1].lstrip("-") in ("pk", rows.model._meta.pk.attname)
        and not query.distinct
        and not query.combinator
        and not query.annotations
        and not query.extra
        and not query.is_sliced
    )


def paginate(
    request,
    rows,
    params: ListParams,
    serialize: Callable[[Sequence[Any]], list[Any]],
) -> dict[str, Any]:
    """Slice ``rows`` (a queryset or a list) and serialise only the page shown.

    ``serialize`` gets the whole page at once, so it can batch its look-ups."""
    count = rows.count() if hasattr(rows, "count") and not isinstance(rows, list) else len(rows)
    start, stop = params.offset, params.offset + params.limit
    window = list(_window(rows, start, stop) if count > start else [])
    next_offset = stop if stop < count else None
    previous_offset = max(start - params.limit, 0) if start > 0 else None
    return {
        "count": count,
        "next": _page_url(request, next_offset),
        "previous": _page_url(request, previous_offset),
        "items": serialize(window),
    }
