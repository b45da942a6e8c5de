"""Programme objects as API data. Functions that take a list batch their look-ups, so a
page of 100 events costs the same number of queries as a page of 10."""

from __future__ import annotations

from collections import defaultdict
from contextlib import nullcontext

from atelier.api import schemas as common
from atelier.hosts import absolute_url
from django.apps import apps
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext

from ..models import EventSeriesPage, RegistrationMode
from ..queries import public_events

# --- people and organisations ------------------------------------------------------------


def organisation_summary(request, org) -> dict | None:
    if org is None:
        return None
    return {
        "id": org.pk,
        "name": org.name,
        "short_name": org.short_name,
        "website": org.website,
        "logo": common.image(request, org.logo) if org.logo_id else None,
        "url": None,
        "api_url": common.api_url(request, f"organisations/{org.pk}"),
    }


def person_url(request, person) -> str | None:
    if not person.public_profile:
        return None
    try:
        return absolute_url(reverse("programme:person", args=[person.pk]), request)
    except NoReverseMatch:
        return None


def person_summary(request, person) -> dict:
    """A person as shown beside an event or report. Without consent to a public profile,
    only what the event page itself shows: no profile links."""
    return {
        "id": person.pk,
        "name": person.name,
        "honorific": person.honorific,
        "display_name": person.display_name,
        "job_title": person.job_title,
        "organisation": organisation_summary(request, person.organisation),
        "bio": common.rich_text(request, person.bio),
        "photo": common.image(request, person.photo) if person.photo_id else None,
        "url": person_url(request, person),
        "api_url": (
            common.api_url(request, f"people/{person.pk}") if person.public_profile else None
        ),
    }


# --- registration ------------------------------------------------------------------------


def _registration_installed() -> bool:
    return apps.is_installed("programme.registration")


def registration_info(request, pages) -> dict[int, dict]:
    """``{page id: registration}``: counts from the registration app when it is installed."""
    pages = list(pages)
    if _registration_installed():
        from ..registration.summary import registration_summaries

        summaries = registration_summaries(pages)
    else:
        summaries = {page.pk: _registration_without_counts(page) for page in pages}
    for summary in summaries.values():
        summary["url"] = common.absolute(request, summary.get("url"))
    return summaries


def _registration_without_counts(page) -> dict:
    mode = page.registration_mode
    return {
        "mode": mode,
        "status": str(page.registration_status()),
        "url": page.registration_url if mode == RegistrationMode.EXTERNAL else None,
        "opens_at": page.registration_opens_at,
        "closes_at": page.registration_closes_at,
        "places_left": None,
    }


def runs_places_left(runs, across_translations: bool = False) -> dict[int, int | None]:
    runs = list(runs)
    if _registration_installed():
        from ..registration.summary import run_places_left

        return run_places_left(runs, across_translations=across_translations)
    return {run.pk: run.capacity for run in runs}


# --- events ------------------------------------------------------------------------------


def _series_by_parent_path(request, pages) -> dict[str, dict]:
    """``{series path: {id, title, api_url}}`` for the live, public parents of ``pages``."""
    steplen = EventSeriesPage.steplen
    parent_paths = {page.path[:-steplen] for page in pages}
    if not parent_paths:
        return {}
    series = (
        EventSeriesPage.objects.live()
        .filter(path__in=parent_paths)
        .values_list("path", "pk", "title")
    )
    return {
        path: {"id": pk, "title": title, "api_url": common.api_url(request, f"series/{pk}")}
        for path, pk, title in series
        if common.is_public_path(request, path)
    }


def _venue(venue) -> dict | None:
    if venue is None:
        return None
    return {
        "name": venue.name,
        "street_address": venue.street_address,
        "postal_code": venue.postal_code,
        "city": venue.city,
        "country": venue.country,
        "accessibility_notes": venue.accessibility_notes,
    }


def _in_language_of(request, page):
    """Fallback labels ("Free", "Round 1") in the language of the page, not the request's:
    an English event reads English whichever URL the API was called on."""
    code = common.locale_code(request, page.locale_id)
    return translation.override(code) if code else nullcontext()


def _price(request, event) -> dict:
    price = event.price
    with _in_language_of(request, event):
        label = str(price["label"])
    return {
        "is_free": price["is_free"],
        "amount": None if price["amount"] is None else str(price["amount"]),
        "currency": price["currency"],
        "label": label,
    }


def in_their_language(request, pages) -> None:
    """Pages in another language than the default show the snippets they share with the
    source page (venue, people, organisations, themes) in their own language."""
    from atelier.localization import in_their_languages

    in_their_languages(pages, lambda locale_id: common.locale_code(request, locale_id))


def is_translation(request, page) -> bool:
    from django.conf import settings

    return common.locale_code(request, page.locale_id) != settings.LANGUAGE_CODE


def event_items(request, events) -> list[dict]:
    """List items for events fetched with ``queries.public_events()`` (themes prefetched)."""
    events = list(events)
    in_their_language(request, events)
    translations = common.page_translations(request, events)
    series = _series_by_parent_path(request, events)
    registrations = registration_info(request, events)
    steplen = EventSeriesPage.steplen
    items = []
    for event in events:
        items.append(
            {
                "id": event.pk,
                "title": event.title,
                "url": common.page_full_url(request, event.url_path),
                "api_url": common.api_url(request, f"events/{event.pk}"),
                "locale": common.locale_code(request, event.locale_id),
                "translations": translations.get(event.pk, []),
                "format": event.format,
                "start": event.start,
                "end": event.end,
                "is_all_day": event.is_all_day,
                "is_online": event.is_online,
                "venue": _venue(event.venue),
                "price": _price(request, event),
                "themes": [common.theme(t) for t in event.themes.all()],
                "series": series.get(event.path[:-steplen]),
                "status": event.status,
                "registration": registrations[event.pk],
                "summary": event.summary,
                "image": common.image(request, event.image) if event.image_id else None,
                "calendar_url": common.api_url(request, f"events/{event.pk}/calendar.ics"),
                "last_published_at": event.last_published_at,
            }
        )
    return items


def _programme(request, event) -> list[dict]:
    return [
        {
            "start": item.start,
            "end": item.end,
            "title": item.title,
            "description": common.rich_text(request, item.description),
            "is_public": item.is_public,
            "speakers": [person_summary(request, p) for p in item.people.all()],
            "organisations": [organisation_summary(request, o) for o in item.organisations.all()],
        }
        for item in event.programme_items.all()
    ]


def _round_title(request, event, number: int) -> str:
    with _in_language_of(request, event):
        return gettext("Round %(number)s") % {"number": number}


def _rounds(request, event) -> list[dict]:
    rounds = list(event.workshop_rounds.all())
    workshops = list(event.workshops.all())
    runs_by_round = defaultdict(list)
    all_runs = []
    for workshop in workshops:
        for run in workshop.runs.all():
            runs_by_round[run.round_id].append((workshop, run))
            all_runs.append(run)
    # A translated event shares its seats with the source event's runs.
    places = runs_places_left(all_runs, across_translations=is_translation(request, event))
    return [
        {
            "id": rnd.pk,
            "title": rnd.title or _round_title(request, event, number),
            "start": rnd.start,
            "end": rnd.end,
            "workshops": [
                {
                    "id": workshop.pk,
                    "run_id": run.pk,
                    "title": workshop.title,
                    "description": common.rich_text(request, workshop.description),
                    "room": workshop.room,
                    "facilitators": [
                        person_summary(request, p) for p in workshop.facilitators.all()
                    ],
                    "organisations": [
                        organisation_summary(request, o) for o in workshop.organisations.all()
                    ],
                    "capacity": run.capacity,
                    "places_left": places.get(run.pk),
                }
                for workshop, run in runs_by_round[rnd.pk]
            ],
        }
        for number, rnd in enumerate(rounds, start=1)
    ]


def _materials(request, event) -> list[dict]:
    materials = []
    for material in event.materials.all():
        if material.document_id:
            data = common.document(request, material.document)
            if data is None:
                continue  # embargoed: its collection is private
        else:
            data = {"title": material.title, "url": material.url, "file_type": ""}
            data.update(size_bytes=None, pages=None)
        materials.append({**data, "title": material.title, "kind": material.kind})
    return materials


def event_detail(request, event) -> dict:
    """One event in full; ``event`` comes from ``queries.event_detail_queryset()``."""
    data = event_items(request, [event])[0]
    speakers = event.speaker_rows
    data.update(
        intro=common.rich_text(request, event.intro),
        body=common.stream_blocks(request, event.body),
        audience=event.audience,
        organisers=[organisation_summary(request, o) for o in event.organisers.all()],
        partners=[organisation_summary(request, o) for o in event.partners.all()],
        moderators=[person_summary(request, p) for p in event.moderators],
        speakers=[
            {"person": person_summary(request, row.person), "role": row.role, "note": row.note}
            for row in speakers
        ],
        programme=_programme(request, event),
        rounds=_rounds(request, event),
        materials=_materials(request, event),
        schedule_url=common.api_url(request, f"events/{event.pk}/schedule.json"),
    )
    return data


# --- series ------------------------------------------------------------------------------


def series_items(request, series_list) -> list[dict]:
    series_list = list(series_list)
    translations = common.page_translations(request, series_list)
    registrations = registration_info(request, series_list)
    stats = _session_stats(series_list)
    return [
        {
            "id": s.pk,
            "title": s.title,
            "url": s.get_full_url(request),
            "api_url": common.api_url(request, f"series/{s.pk}"),
            "locale": common.locale_code(request, s.locale_id),
            "translations": translations.get(s.pk, []),
            "summary": s.summary,
            "audience": s.audience,
            "organisers": [organisation_summary(request, o) for o in s.organisers.all()],
            "themes": [common.theme(t) for t in s.themes.all()],
            "registration": registrations[s.pk],
            "image": common.image(request, s.image) if s.image_id else None,
            "calendar_url": common.api_url(request, f"series/{s.pk}/calendar.ics"),
            **stats.get(s.pk, {"session_count": 0, "first_start": None, "last_end": None}),
            "last_published_at": s.last_published_at,
        }
        for s in series_list
    ]


def _session_stats(series_list) -> dict[int, dict]:
    """Session count, first start and last end per series, in one query."""
    if not series_list:
        return {}
    by_path = {s.path: s for s in series_list}
    query = Q()
    for path in by_path:
        query |= Q(path__startswith=path, depth=len(path) // EventSeriesPage.steplen + 1)
    stats: dict[int, dict] = {}
    rows = (
        public_events()
        .filter(query)
        .prefetch_related(None)
        .order_by()
        .values_list("path", "start", "end")
    )
    for path, start, end in rows:
        series = by_path[path[: -EventSeriesPage.steplen]]
        entry = stats.setdefault(
            series.pk, {"session_count": 0, "first_start": None, "last_end": None}
        )
        entry["session_count"] += 1
        if entry["first_start"] is None or start < entry["first_start"]:
            entry["first_start"] = start
        finish = end or start
        if entry["last_end"] is None or finish > entry["last_end"]:
            entry["last_end"] = finish
    return stats
