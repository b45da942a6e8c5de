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
- ``in_language(pages, language, queryset)``: each page's translation in ``language`` (for
  the words of a calendar file or mail in the registrant's language).
"""

import datetime

from django.db.models import Min, Prefetch, Q, prefetch_related_objects
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


def people_for_lists(renditions: bool = True):
    """People as they appear nested in events: photo and organisation (with its logo) and
    their renditions ready, so a list costs the same however many people it names.
    ``renditions=False`` leaves the renditions to ``prefetch_renditions`` (one query for
    every image of an event, instead of two per kind of row that names people)."""
    people = Person.objects.select_related("photo", "organisation__logo")
    if renditions:
        people = people.prefetch_related("photo__renditions", "organisation__logo__renditions")
    return people


def organisations_for_lists(renditions: bool = True):
    organisations = Organisation.objects.select_related("logo")
    return organisations.prefetch_related("logo__renditions") if renditions else organisations


def _speakers_prefetch(renditions: bool = True):
    rows = EventSpeaker.objects.select_related("person__photo", "person__organisation__logo")
    if renditions:
        rows = rows.prefetch_related(
            "person__photo__renditions", "person__organisation__logo__renditions"
        )
    return Prefetch("speakers", queryset=rows)


def _programme_items_prefetch(renditions: bool = True):
    return Prefetch(
        "programme_items",
        queryset=ProgrammeItem.objects.prefetch_related(
            Prefetch("people", queryset=people_for_lists(renditions)),
            Prefetch("organisations", queryset=organisations_for_lists(renditions)),
        ),
    )


def series_sessions(series):
    return (
        public_events()
        .child_of(series)
        .prefetch_related(_speakers_prefetch(), _programme_items_prefetch(), "partners")
    )


def event_detail_queryset(renditions: bool = True):
    """``renditions=False`` (the API): call ``prefetch_renditions`` on what it returns."""
    return (
        EventPage.objects.live()
        .public()
        .select_related("venue", "image", "locale", "share_image")
        .prefetch_related(
            "themes",
            *(["image__renditions"] if renditions else []),
            Prefetch("organisers", queryset=organisations_for_lists(renditions)),
            Prefetch("partners", queryset=organisations_for_lists(renditions)),
            _speakers_prefetch(renditions),
            _programme_items_prefetch(renditions),
            Prefetch("workshop_rounds", queryset=WorkshopRound.objects.all()),
            Prefetch(
                "workshops",
                queryset=Workshop.objects.prefetch_related(
                    Prefetch("facilitators", queryset=people_for_lists(renditions)),
                    Prefetch("organisations", queryset=organisations_for_lists(renditions)),
                    Prefetch("runs", queryset=WorkshopRun.objects.select_related("round")),
                ),
            ),
            "materials__document__collection",
        )
    )


def prefetch_renditions(event) -> None:
    """The renditions of every image an event from ``event_detail_queryset(renditions=False)``
    shows (its own, people's photos, organisations' logos) in one query."""
    people, organisations = [], [*event.organisers.all(), *event.partners.all()]
    people.extend(row.person for row in event.speakers.all())
    for item in event.programme_items.all():
        people.extend(item.people.all())
        organisations.extend(item.organisations.all())
    for workshop in event.workshops.all():
        people.extend(workshop.facilitators.all())
        organisations.extend(workshop.organisations.all())
    organisations.extend(person.organisation for person in people if person.organisation_id)
    images = [event.image] if event.image_id else []
    images.extend(person.photo for person in people if person.photo_id)
    images.extend(org.logo for org in organisations if org.logo_id)
    prefetch_related_objects(images, "renditions")


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


def public_people(*, correlated: bool = False):
    """People who agreed to a public profile and whom live public content mentions (a
    draft, a private page or no page at all is not enough). ``correlated``: the same
    people, the mention checked person by person (see ``referenced_q``)."""
    from atelier.api.references import referenced_q

    mentioned = referenced_q(Person, correlated=correlated)
    return people_for_lists().filter(public_profile=True).filter(mentioned)


def person_events(person):
    """Live public events that this person speaks at, moderates, facilitates or presents
    in: each in the person's language, or in its own when it has no version in that one
    (an English speaker page lists a Dutch-only conference too). Translated events share
    their people with the source event, so the person is recognised by translation key
    (any language version)."""
    key = person.translation_key
    here = EventPage.objects.live().public().filter(locale=person.locale_id)
    return (
        public_events()
        .filter(Q(locale=person.locale_id) | ~Q(translation_key__in=here.values("translation_key")))
        .filter(
            Q(speakers__person__translation_key=key)
            | Q(workshops__facilitators__translation_key=key)
            | Q(programme_items__people__translation_key=key)
        )
        .distinct()
    )


def in_language(pages, language: str | None, queryset) -> dict:
    """``{page.pk: its translation in language from queryset}`` for the pages that have one
    there (none when ``language`` is the pages' own)."""
    pages = [page for page in pages if page.locale.language_code != language]
    if not language or not pages:
        return {}
    found = queryset.filter(
        translation_key__in=[page.translation_key for page in pages],
        locale__language_code=language,
    )
    by_key = {translation.translation_key: translation for translation in found}
    return {
        page.pk: by_key[page.translation_key] for page in pages if page.translation_key in by_key
    }


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

    windows = ("registration_opens_at", "registration_closes_at")
    moments = [next_local_midnight(now)]
    for model, fields in ((EventPage, ("start", "end", *windows)), (EventSeriesPage, windows)):
        found = model.objects.live().aggregate(
            **{name: Min(name, filter=Q(**{f"{name}__gt": now})) for name in fields}
        )
        moments.extend(moment for moment in found.values() if moment is not None)
    return min(moments)
