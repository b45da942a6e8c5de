"""/api/v1/ events, series, people and organisations (API.md). Read-only, public only.

Static routes (``calendar.ics``) come before typed ids, so ``events/calendar.ics`` is never
taken for an event id. Querysets come from ``queries.py``; serialisers batch per page."""

from __future__ import annotations

import datetime
import re
from typing import Literal

from atelier.api_errors import InvalidParameter
from atelier.api_extensions import person_sections
from atelier.api_http import note_last_modified
from atelier.api_pagination import ListParams, page_schema, paginate, snippet_ids_updated_since
from atelier.api_references import referenced_q
from atelier.api_schemas import locale_code, rich_text, snippet_translations, stream_blocks
from django.apps import apps
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from ninja import Field, Query, Router, Schema
from pydantic import field_validator

from . import api_serializers as out
from .api_schemas import (
    EventDetail,
    EventItem,
    OrganisationOut,
    PersonDetail,
    PersonOut,
    SeriesDetail,
    SeriesItem,
)
from .models import EventFormat, EventSeriesPage, Organisation, Person
from .queries import (
    event_detail_queryset,
    past_events,
    person_events,
    public_events,
    public_people,
    public_series,
    series_sessions,
    upcoming_events,
)

events_router = Router(tags=["events"])
series_router = Router(tags=["series"])
people_router = Router(tags=["people"])
organisations_router = Router(tags=["organisations"])

CALENDAR_TYPE = "text/calendar; charset=utf-8"
MAX_ID = 2**31 - 1
SLUG_PATTERN = re.compile(r"[-a-zA-Z0-9_]{1,100}")


def search_filter(queryset, q: str | None, fallback_fields=("title",)):
    """The ``q`` filter: the search service when it is installed, else a title match."""
    if not q:
        return queryset
    if apps.is_installed("search"):
        from search.service import filter_queryset

        return filter_queryset(queryset, q)
    from django.db.models import Q

    match = Q()
    for name in fallback_fields:
        match |= Q(**{f"{name}__icontains": q})
    return queryset.filter(match)


def check_slugs(values: list[str]) -> list[str]:
    for value in values:
        if not SLUG_PATTERN.fullmatch(value):
            raise ValueError(f"{value[:40]!r} is not a slug (letters, digits, - and _)")
    return values


def _day_start(day: datetime.date):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _published(request, pages) -> None:
    note_last_modified(request, *(getattr(p, "last_published_at", None) for p in pages))


# --- events ------------------------------------------------------------------------------


class EventFilters(ListParams):
    when: Literal["upcoming", "past", "all"] | None = Field(
        None,
        description="`upcoming` (default; soonest first), `past` (latest first) or `all`. "
        "With `from` or `to` the default is `all`.",
    )
    from_: datetime.date | None = Field(
        None, alias="from", description="Events starting on or after this date (YYYY-MM-DD)."
    )
    to: datetime.date | None = Field(
        None, description="Events starting on or before this date (YYYY-MM-DD)."
    )
    theme: list[str] = Field(
        default_factory=list,
        description="Theme slug; repeat for several (an event with any of them matches).",
    )
    format: Literal[tuple(EventFormat.values)] | None = Field(  # type: ignore[valid-type]
        None, description="One of: " + ", ".join(EventFormat.values)
    )
    series: int | None = Field(None, ge=1, le=MAX_ID, description="Sessions of this series.")
    organisation: int | None = Field(
        None, ge=1, le=MAX_ID, description="Organised by, or with a contribution from, this id."
    )
    q: str | None = Field(None, min_length=1, max_length=200, description="Search words.")

    @field_validator("from_", "to")
    @classmethod
    def sane_year(cls, value):
        if value is not None and not 1900 <= value.year <= 2200:
            raise ValueError("must be a date between 1900 and 2200")
        return value

    _theme_slugs = field_validator("theme")(lambda values: check_slugs(values))


def theme_filter(queryset, slugs):
    """A theme in any language: the Dutch slug also finds English events tagged with its
    translation."""
    if not slugs:
        return queryset
    from atelier.models import Theme

    keys = Theme.objects.filter(slug__in=slugs).values("translation_key")
    return queryset.filter(themes__translation_key__in=keys).distinct()


def filtered_events(filters: EventFilters):
    if filters.from_ and filters.to and filters.from_ > filters.to:
        raise InvalidParameter("to", "`to` lies before `from`.")
    events = public_events()
    if filters.locale:
        events = events.filter(locale__language_code=filters.locale)
    when = filters.when or ("all" if (filters.from_ or filters.to) else "upcoming")
    if when == "upcoming":
        events = upcoming_events(events)
    elif when == "past":
        events = past_events(events)
    if filters.from_:
        events = events.filter(start__gte=_day_start(filters.from_))
    if filters.to:
        events = events.filter(start__lt=_day_start(filters.to + datetime.timedelta(days=1)))
    events = theme_filter(events, filters.theme)
    if filters.format:
        events = events.filter(format=filters.format)
    if filters.series:
        series = EventSeriesPage.objects.live().public().filter(pk=filters.series).first()
        events = events.child_of(series) if series else events.none()
    if filters.organisation:
        from django.db.models import Q

        events = events.filter(
            Q(organisers=filters.organisation) | Q(partners=filters.organisation)
        ).distinct()
    if filters.updated_since:
        events = events.filter(last_published_at__gte=filters.updated_since)
    ordering = events.query.order_by
    events = search_filter(events, filters.q, ("title", "summary"))
    return events.order_by(*ordering) if filters.q else events


EventList = page_schema(EventItem, "EventList")


@events_router.get("", response=EventList, summary="Events, soonest first")
def list_events(request, filters: Query[EventFilters]):
    events = filtered_events(filters).prefetch_related("image__renditions")
    page = paginate(request, events, filters, lambda rows: out.event_items(request, rows))
    note_last_modified(request, *(item["last_published_at"] for item in page["items"]))
    return page


@events_router.get(
    "/calendar.ics",
    summary="The agenda as iCalendar (same filters as the list, without paging)",
    response={200: None},
    openapi_extra={"responses": {"200": {"content": {"text/calendar": {}}}}},
)
def agenda_calendar(request, filters: Query[EventFilters]):
    from .ical import agenda_calendar as build

    events = filtered_events(filters)[filters.offset : filters.offset + filters.limit]
    response = HttpResponse(build(list(events), request), content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = 'inline; filename="agenda.ics"'
    return response


def _event_or_404(event_id: int):
    event = event_detail_queryset().filter(pk=event_id).first()
    if event is None:
        raise Http404
    return event


@events_router.get("/{int:event_id}", response=EventDetail, summary="One event in full")
def event_detail(request, event_id: int):
    event = _event_or_404(event_id)
    _published(request, [event])
    return out.event_detail(request, event)


@events_router.get(
    "/{int:event_id}/calendar.ics",
    summary="The event and its workshops as iCalendar",
    response={200: None},
    openapi_extra={"responses": {"200": {"content": {"text/calendar": {}}}}},
)
def event_calendar(request, event_id: int):
    from .ical import event_calendar as build

    event = _event_or_404(event_id)
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
    from .schedule import event_schedule as build

    event = _event_or_404(event_id)
    _published(request, [event])
    return JsonResponse(build(event, request), json_dumps_params={"ensure_ascii": False})


# --- series ------------------------------------------------------------------------------


class SeriesFilters(ListParams):
    when: Literal["upcoming", "past", "all"] = Field(
        "all",
        description="`upcoming`: series with a session still to come; `past`: all sessions "
        "are over; `all` (default).",
    )
    theme: list[str] = Field(default_factory=list, description="Theme slug; repeatable.")

    _theme_slugs = field_validator("theme")(lambda values: check_slugs(values))


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
        series = series.filter(pk__in=ids) if filters.when == "upcoming" else series.exclude(
            pk__in=ids
        )
    return series


@series_router.get("", response=SeriesList, summary="Learning networks and other series")
def list_series(request, filters: Query[SeriesFilters]):
    page = paginate(
        request, filtered_series(filters), filters, lambda rows: out.series_items(request, rows)
    )
    note_last_modified(request, *(item["last_published_at"] for item in page["items"]))
    return page


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
    _published(request, [series, *sessions])
    return data


@series_router.get(
    "/{int:series_id}/calendar.ics",
    summary="All sessions of a series as iCalendar",
    response={200: None},
    openapi_extra={"responses": {"200": {"content": {"text/calendar": {}}}}},
)
def series_calendar(request, series_id: int):
    from .ical import series_calendar as build

    series = _series_or_404(series_id)
    response = HttpResponse(build(series, request), content_type=CALENDAR_TYPE)
    filename = slugify(series.title) or f"series-{series.pk}"
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


# --- people and organisations ------------------------------------------------------------


class PeopleFilters(ListParams):
    q: str | None = Field(None, min_length=1, max_length=200, description="Search words.")
    organisation: int | None = Field(None, ge=1, le=MAX_ID, description="Organisation id.")


class OrganisationFilters(ListParams):
    q: str | None = Field(None, min_length=1, max_length=200, description="Search words.")


def visible_people():
    """People who agreed to a public profile and whom live public content mentions."""
    return public_people().filter(referenced_q(Person)).prefetch_related("links")


def visible_organisations():
    """Organisations live public content mentions, directly or as a mentioned person's."""
    from django.db.models import Q

    mentioned_people = Person.objects.filter(referenced_q(Person)).values("organisation")
    return Organisation.objects.filter(
        referenced_q(Organisation) | Q(pk__in=mentioned_people)
    ).select_related("logo")


def _snippet_filters(queryset, model, filters):
    if filters.locale:
        queryset = queryset.filter(locale__language_code=filters.locale)
    if filters.updated_since:
        queryset = queryset.filter(pk__in=snippet_ids_updated_since(model, filters.updated_since))
    return queryset


def _person(request, person, translations) -> dict:
    return {
        **out.person_summary(request, person),
        "locale": locale_code(request, person.locale_id),
        "translations": translations.get(person.pk, []),
        "links": [{"label": link.label, "url": link.url} for link in person.links.all()],
    }


def _people(request, people) -> list[dict]:
    translations = snippet_translations(
        request, people, visible_people(), lambda request, p: out.person_url(request, p)
    )
    return [_person(request, person, translations) for person in people]


PeopleList = page_schema(PersonOut, "PeopleList")


@people_router.get("", response=PeopleList, summary="Speakers, authors and other people")
def list_people(request, filters: Query[PeopleFilters]):
    people = _snippet_filters(visible_people(), Person, filters).order_by("name", "pk")
    if filters.organisation:
        people = people.filter(organisation=filters.organisation)
    people = search_filter(people, filters.q, ("name", "job_title"))
    return paginate(request, people, filters, lambda rows: _people(request, rows))


@people_router.get("/{int:person_id}", response=PersonDetail, summary="One person")
def person_detail(request, person_id: int):
    person = get_object_or_404(visible_people(), pk=person_id)
    events = list(person_events(person).prefetch_related("image__renditions"))
    data = _people(request, [person])[0]
    data["events"] = out.event_items(request, events)
    for name, section in person_sections.items():
        data[name] = section(request, person)
    _published(request, events)
    return data


def _organisations(request, organisations) -> list[dict]:
    translations = snippet_translations(request, organisations, visible_organisations())
    return [
        {
            **out.organisation_summary(request, org),
            "description": org.description,
            "locale": locale_code(request, org.locale_id),
            "translations": translations.get(org.pk, []),
        }
        for org in organisations
    ]


OrganisationList = page_schema(OrganisationOut, "OrganisationList")


@organisations_router.get("", response=OrganisationList, summary="Organisations")
def list_organisations(request, filters: Query[OrganisationFilters]):
    organisations = _snippet_filters(visible_organisations(), Organisation, filters)
    organisations = search_filter(organisations.order_by("name", "pk"), filters.q, ("name",))
    return paginate(request, organisations, filters, lambda rows: _organisations(request, rows))


@organisations_router.get(
    "/{int:organisation_id}", response=OrganisationOut, summary="One organisation"
)
def organisation_detail(request, organisation_id: int):
    org = get_object_or_404(visible_organisations(), pk=organisation_id)
    return _organisations(request, [org])[0]


def register(registry) -> None:
    """Called from ProgrammeConfig.ready(): mount the routers under /api/v1/."""
    registry.add_api_router("events", events_router)
    registry.add_api_router("series", series_router)
    registry.add_api_router("people", people_router)
    registry.add_api_router("organisations", organisations_router)
