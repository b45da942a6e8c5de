"""/api/v1/ events, series, people and organisations (docs/api.md). Read-only, public only.

Static routes (``calendar.ics``) come before typed ids, so ``events/calendar.ics`` is never
taken for an event id. Querysets come from ``queries.py``; serialisers batch per page."""

from __future__ import annotations

import datetime
from typing import Literal

from atelier.api.filters import ThemeFilter, theme_filter
from atelier.api.http import note_last_modified
from atelier.api.pagination import DetailParams, ListParams, page_schema, paginate
from atelier.api.schemas import rich_text, stream_blocks
from atelier.api.v1 import json_response
from django.http import Http404, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.text import slugify
from ninja import Field, Query, Router

from ..filters import EventCriteria, select_events
from ..models import EventSeriesPage
from ..queries import (
    event_detail_queryset,
    prefetch_renditions,
    public_events,
    public_series,
    series_sessions,
    upcoming_events,
)
from . import serializers as out
from .schemas import (
    EventDetail,
    EventItem,
    SeriesDetail,
    SeriesItem,
)

events_router = Router(tags=["events"])
series_router = Router(tags=["series"])

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _day_start(day: datetime.date):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def published(request, pages) -> None:
    note_last_modified(request, *(getattr(p, "last_published_at", None) for p in pages))


# --- events ------------------------------------------------------------------------------


# The event criteria (programme/filters.py, shared with the agenda page and the embed) plus
# what every list takes: limit, offset, locale, updated_since. (No docstring: it would
# become the schema's description in the OpenAPI document.)
class EventFilters(EventCriteria, ListParams):
    pass


def filtered_events(filters: EventFilters):
    return select_events(filters, locale=filters.locale, updated_since=filters.updated_since)


EventList = page_schema(EventItem, "EventList")
DETAIL_ONLY_FIELDS = ("body", "intro", "registration_questions", "search_description")


@events_router.get("", response=EventList, summary="Events, soonest first")
def list_events(request, filters: Query[EventFilters]):
    # The list never shows the long texts: leave them in the database.
    events = (
        filtered_events(filters).defer(*DETAIL_ONLY_FIELDS).prefetch_related("image__renditions")
    )
    page = paginate(request, events, filters, lambda rows: out.event_items(request, rows))
    note_last_modified(request, *(item["last_published_at"] for item in page["items"]))
    return json_response(page)


@events_router.get(
    "/calendar.ics",
    summary="The agenda as iCalendar (same filters as the list, without paging)",
    response={200: None},
    openapi_extra={"responses": {"200": {"content": {"text/calendar": {}}}}},
)
def agenda_calendar(request, filters: Query[EventFilters]):
    events = filtered_events(filters)[filters.offset : filters.offset + filters.limit]
    from ..feeds import agenda_calendar as build

    response = HttpResponse(build(list(events), request), content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = 'inline; filename="agenda.ics"'
    return response


def _event_or_404(event_id: int, *, renditions: bool = True):
    event = event_detail_queryset(renditions=renditions).filter(pk=event_id).first()
    if event is None:
        raise Http404
    if not renditions:
        prefetch_renditions(event)
    return event


@events_router.get("/{int:event_id}", response=EventDetail, summary="One event in full")
def event_detail(request, event_id: int, params: Query[DetailParams]):
    event = _event_or_404(event_id, renditions=False)
    if params.locale:
        from atelier.localization import page_in_language

        version = page_in_language(event, params.locale)
        if version is None:
            raise Http404
        if version.pk != event.pk:
            event = _event_or_404(version.pk, renditions=False)
    published(request, [event])
    return json_response(out.event_detail(request, event))


@events_router.get(
    "/{int:event_id}/calendar.ics",
    summary="The event and its workshops as iCalendar",
    response={200: None},
    openapi_extra={"responses": {"200": {"content": {"text/calendar": {}}}}},
)
def event_calendar(request, event_id: int):
    event = _event_or_404(event_id)
    from ..feeds import programme_calendar as build

    response = HttpResponse(build(event, request), content_type=CALENDAR_TYPE)
    filename = slugify(event.title) or f"event-{event.pk}"
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


@events_router.get(
    "/{int:event_id}/schedule.json",
    summary="The programme in the frab/c3voc schedule format",
    response={200: None},
    openapi_extra={"responses": {"200": {"content": {"application/json": {}}}}},
)
def event_schedule(request, event_id: int):
    event = _event_or_404(event_id)
    from ..schedule import event_schedule as build

    published(request, [event])
    return JsonResponse(build(event, request), json_dumps_params={"ensure_ascii": False})


# --- series ------------------------------------------------------------------------------


class SeriesFilters(ThemeFilter, ListParams):
    when: Literal["upcoming", "past", "all"] = Field(
        "all",
        description="`upcoming`: series with a session still to come; `past`: all sessions "
        "are over; `all` (default).",
    )


SeriesList = page_schema(SeriesItem, "SeriesList")


def filtered_series(filters: SeriesFilters):
    series = public_series()
    if filters.locale:
        series = series.filter(locale__language_code=filters.locale)
    series = theme_filter(series, filters.theme)
    if filters.updated_since:
        series = series.filter(last_published_at__gte=filters.updated_since)
    if filters.when != "all":
        upcoming_paths = {
            path[: -EventSeriesPage.steplen]
            for path in upcoming_events(public_events())
            .prefetch_related(None)
            .values_list("path", flat=True)
        }
        ids = [s.pk for s in series if s.path in upcoming_paths]
        series = (
            series.filter(pk__in=ids) if filters.when == "upcoming" else series.exclude(pk__in=ids)
        )
    return series


@series_router.get("", response=SeriesList, summary="Learning networks and other series")
def list_series(request, filters: Query[SeriesFilters]):
    page = paginate(
        request, filtered_series(filters), filters, lambda rows: out.series_items(request, rows)
    )
    note_last_modified(request, *(item["last_published_at"] for item in page["items"]))
    return json_response(page)


def _series_or_404(series_id: int):
    series = public_series().filter(pk=series_id).first()
    if series is None:
        raise Http404
    return series


@series_router.get("/{int:series_id}", response=SeriesDetail, summary="One series")
def series_detail(request, series_id: int):
    series = _series_or_404(series_id)
    sessions = list(series_sessions(series))
    data = out.series_items(request, [series])[0]
    data.update(
        intro=rich_text(request, series.intro),
        body=stream_blocks(request, series.body),
        commitment_note=series.commitment_note,
        sessions=out.event_items(request, sessions),
    )
    published(request, [series, *sessions])
    return json_response(data)


@series_router.get(
    "/{int:series_id}/calendar.ics",
    summary="All sessions of a series as iCalendar",
    response={200: None},
    openapi_extra={"responses": {"200": {"content": {"text/calendar": {}}}}},
)
def series_calendar(request, series_id: int):
    series = _series_or_404(series_id)
    from ..feeds import series_calendar as build

    response = HttpResponse(build(series, request), content_type=CALENDAR_TYPE)
    filename = slugify(series.title) or f"series-{series.pk}"
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def register(registry) -> None:
    """Called from ProgrammeConfig.ready(): mount the routers under /api/v1/."""
    from .people import organisations_router, people_router

    registry.add_api_router("events", events_router)
    registry.add_api_router("series", series_router)
    registry.add_api_router("people", people_router)
    registry.add_api_router("organisations", organisations_router)
