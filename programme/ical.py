"""iCalendar (RFC 5545) for an event, a series and the agenda.

Times carry TZID=Europe/Amsterdam with a VTIMEZONE (never floating), all-day events are
DATE values, UIDs are stable (``event-<id>@<host>``, ``workshoprun-<id>@<host>``). The
private join link of an online event never goes in here. The ``api`` app serves the same
bytes at /api/v1/events/{id}/calendar.ics.
"""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext
from icalendar import Calendar
from icalendar import Event as VEvent

from .models import EventStatus

PRODID = "-//Atelier//Programma//NL"
ZONE = ZoneInfo(settings.TIME_ZONE)
STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.FULL: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def _host(request) -> str:
    if request is not None:
        return request.get_host().split(":")[0]
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def _local(value: datetime.datetime) -> datetime.datetime:
    return value.astimezone(ZONE)


def _new_calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def _finish(calendar: Calendar) -> bytes:
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _location(event) -> str:
    if event.venue_id:
        venue = event.venue
        return ", ".join(part for part in [venue.name, venue.address_line] if part)
    return gettext("Online") if event.is_online else ""


def _stamp(page) -> datetime.datetime:
    # DTSTAMP: when this version of the information was made; stable between requests.
    return page.last_published_at or page.latest_revision_created_at or timezone.now()


def event_vevent(event, request) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", f"event-{event.pk}@{_host(request)}")
    vevent.add("dtstamp", _stamp(event))
    vevent.add("summary", event.title)
    if event.is_all_day:
        first = _local(event.start).date()
        last = _local(event.end).date() if event.end else first
        vevent.add("dtstart", first)
        vevent.add("dtend", last + datetime.timedelta(days=1))  # DTEND is exclusive
    else:
        vevent.add("dtstart", _local(event.start))
        if event.end:
            vevent.add("dtend", _local(event.end))
    url = event.get_full_url(request)
    description = "\n\n".join(part for part in [event.summary, url] if part)
    if description:
        vevent.add("description", description)
    if url:
        vevent.add("url", url)
    location = _location(event)
    if location:
        vevent.add("location", location)
    vevent.add("status", STATUS.get(event.status, "CONFIRMED"))
    themes = [theme.name for theme in event.themes.all()]
    if themes:
        vevent.add("categories", themes)
    return vevent


def workshop_vevents(event, request) -> list[VEvent]:
    """One VEVENT per timed workshop run, linked to the event by RELATED-TO."""
    host = _host(request)
    rounds = {round.pk: round for round in event.workshop_rounds.all()}
    entries = []
    for workshop in event.workshops.all():
        for run in workshop.runs.all():
            round = rounds.get(run.round_id)
            if round is None or round.start is None:
                continue
            vevent = VEvent()
            vevent.add("uid", f"workshoprun-{run.pk}@{host}")
            vevent.add("dtstamp", _stamp(event))
            vevent.add("summary", f"{workshop.title} ({event.title})")
            vevent.add("dtstart", _local(round.start))
            if round.end:
                vevent.add("dtend", _local(round.end))
            description = strip_tags(workshop.description).strip()
            if description:
                vevent.add("description", description)
            location = workshop.room or _location(event)
            if location:
                vevent.add("location", location)
            vevent.add("related-to", f"event-{event.pk}@{host}")
            vevent.add("status", STATUS.get(event.status, "CONFIRMED"))
            entries.append(vevent)
    return entries


def event_calendar(event, request) -> bytes:
    """The event and its timed workshops. Pass a page from ``event_detail_queryset()``."""
    calendar = _new_calendar(event.title)
    calendar.add_component(event_vevent(event, request))
    for vevent in workshop_vevents(event, request):
        calendar.add_component(vevent)
    return _finish(calendar)


def series_calendar(series, request) -> bytes:
    calendar = _new_calendar(series.title)
    for session in series.sessions():
        calendar.add_component(event_vevent(session, request))
    return _finish(calendar)


def agenda_calendar(events, request) -> bytes:
    """``events``: a queryset from ``queries.public_events()`` (filtered as the caller likes)."""
    calendar = _new_calendar(str(settings.WAGTAIL_SITE_NAME))
    for event in events:
        calendar.add_component(event_vevent(event, request))
    return _finish(calendar)
