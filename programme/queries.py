"""The one place where programme querysets are built: lists (pages, API, feeds, exports) reuse
them with their select_related/prefetch_related instead of each building their own.

Everything public about events goes through these functions: the agenda page, the event
and series pages, the "upcoming events" listing source, the iCal and schedule exports, and
the ``api`` and ``registration`` apps. They return live, public pages only.

- ``public_events(locale=None)``: EventPages for lists, with venue, image, locale, themes
  and the parent (for the series) ready. Ordered by start.
- ``upcoming_events(events)`` / ``past_events(events)``: split by "has it ended?"; an event
  without an end counts as running until the end of the day it starts on.
- ``event_detail_queryset()``: one event in full: speakers with photo and organisation,
  programme items with people and organisations, rounds, workshops with facilitators,
  organisations and runs, materials with their documents, organisers and partners.
- ``public_series(locale=None)`` and ``series_sessions(series)``.
- ``public_people()``: THE rule for which people are public, used by the person pages, the
  API, search and suggest, and the sitemap: they agreed to a public profile and some live,
  public page mentions them. ``person_events(person)``.
- ``with_series(events)``: a list of the events with ``event.series`` filled in by one
  query (for lists that show or serialise the series of each event).
"""

import datetime

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Min, Prefetch, Q
from django.utils import timezone

from .models import (
    EventPage,
    EventSeriesPage,
    EventSpeaker,
    Organisation,
    Person,
    ProgrammeItem,
    Workshop,
    WorkshopRound,
    WorkshopRun,
)


def _start_of_today():
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))


def public_events(locale=None):
    events = (
        EventPage.objects.live()
        .public()
        .select_related("venue", "image", "locale")
        .prefetch_related("themes")
        .order_by("start", "pk")
    )
    if locale is not None:
        events = events.filter(locale=locale)
    return events


def upcoming_events(events=None):
    events = public_events() if events is None else events
    return events.filter(
        Q(end__gte=timezone.now()) | Q(end__isnull=True, start__gte=_start_of_today())
    )


def past_events(events=None):
    events = public_events() if events is None else events
    ended = Q(end__lt=timezone.now()) | Q(end__isnull=True, start__lt=_start_of_today())
    return events.filter(ended).order_by("-start", "-pk")


def in_series(events, series):
    return events.child_of(series)


def people_for_lists():
    """People as they appear nested in events: photo and organisation (with its logo) and
    their renditions ready, so a list costs the same however many people it names."""
    return Person.objects.select_related("photo", "organisation__logo").prefetch_related(
        "photo__renditions", "organisation__logo__renditions"
    )


def organisations_for_lists():
    return Organisation.objects.select_related("logo").prefetch_related("logo__renditions")


def _speakers_prefetch():
    return Prefetch(
        "speakers",
        queryset=EventSpeaker.objects.select_related(
            "person__photo", "person__organisation__logo"
        ).prefetch_related("person__photo__renditions", "person__organisation__logo__renditions"),
    )


def _programme_items_prefetch():
    return Prefetch(
        "programme_items",
        queryset=ProgrammeItem.objects.prefetch_related(
            Prefetch("people", queryset=people_for_lists()),
            Prefetch("organisations", queryset=organisations_for_lists()),
        ),
    )


def series_sessions(series):
    return (
        public_events()
        .child_of(series)
        .prefetch_related(_speakers_prefetch(), _programme_items_prefetch(), "partners")
    )


def event_detail_queryset():
    return (
        EventPage.objects.live()
        .public()
        .select_related("venue", "image", "locale", "share_image")
        .prefetch_related(
            "themes",
            "image__renditions",
            Prefetch("organisers", queryset=organisations_for_lists()),
            Prefetch("partners", queryset=organisations_for_lists()),
            _speakers_prefetch(),
            _programme_items_prefetch(),
            Prefetch("workshop_rounds", queryset=WorkshopRound.objects.all()),
            Prefetch(
                "workshops",
                queryset=Workshop.objects.prefetch_related(
                    Prefetch("facilitators", queryset=people_for_lists()),
                    Prefetch("organisations", queryset=organisations_for_lists()),
                    Prefetch("runs", queryset=WorkshopRun.objects.select_related("round")),
                ),
            ),
            "materials__document__collection",
        )
    )


def public_series(locale=None):
    series = (
        EventSeriesPage.objects.live()
        .public()
        .select_related("image", "locale")
        .prefetch_related(
            "themes",
            "image__renditions",
            Prefetch("organisers", queryset=organisations_for_lists()),
        )
        .order_by("title")
    )
    return series.filter(locale=locale) if locale is not None else series


def public_people():
    """People who agreed to a public profile and whom live public content mentions (a
    draft, a private page or no page at all is not enough)."""
    from atelier.api.references import referenced_q

    return people_for_lists().filter(public_profile=True).filter(referenced_q(Person))


def person_events(person):
    """Live public events in the person's language that this person speaks at, moderates,
    facilitates or presents in. Translated events share their people with the source
    event, so the person is recognised by translation key (any language version)."""
    key = person.translation_key
    return (
        public_events(locale=person.locale_id)
        .filter(
            Q(speakers__person__translation_key=key)
            | Q(workshops__facilitators__translation_key=key)
            | Q(programme_items__people__translation_key=key)
        )
        .distinct()
    )


def with_series(events) -> list:
    """The events as a list, each with its series (or None) looked up in one query."""
    events = list(events)
    parents = {event.path[: -EventPage.steplen] for event in events}
    series = {s.path: s for s in EventSeriesPage.objects.filter(path__in=parents)}
    for event in events:
        event.__dict__["series"] = series.get(event.path[: -EventPage.steplen])
    return events


def next_clock_change(now):
    """When the programme's public face next changes by the clock alone: an event starts or
    ends (upcoming → past), registration opens or closes, or the day turns (an event without
    an end stays upcoming through its day). Registered with ``add_content_clock``."""
    from atelier.public_content import next_local_midnight

    fields = ("start", "end", "registration_opens_at", "registration_closes_at")
    moments = [next_local_midnight(now)]
    for model in (EventPage, EventSeriesPage):
        found = model.objects.live().aggregate(
            **{
                name: Min(name, filter=Q(**{f"{name}__gt": now}))
                for name in fields
                if _has_field(model, name)
            }
        )
        moments.extend(moment for moment in found.values() if moment is not None)
    return min(moments)


def _has_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True
