"""The programme's feeds: iCalendar (RFC 5545) for an event, a series and the agenda.

- ``event_calendar``: the event as one entry, with its real start and an end (see
  ``calendar_end``), for "add to your calendar".
- ``programme_calendar``: the "full programme": the event and each timed workshop run as
  its own entry (RELATED-TO the event). The API's /api/v1/events/{id}/calendar.ics serves
  this one (docs/api.md: "the day and its workshops").
- ``personal_calendar``: "my programme" after registering: the event (or every session of
  a series) and only the workshops this person chose. Built from the pages the seats
  belong to (their runs are the ones chosen); in another language the words (titles,
  summaries, addresses, workshop texts, themes) are those of the live, public translation.

Times carry TZID=Europe/Amsterdam with a VTIMEZONE (never floating), all-day events are
DATE values, UIDs are stable (``event-<id>@<host>``, ``workshoprun-<id>@<host>``). Every
entry with a place has a LOCATION ("Online" for online events); the private join link of
an online event never goes in here.
"""

import datetime
from zoneinfo import ZoneInfo

from atelier.hosts import host_name
from atelier.localization import in_their_languages, localize_page_relations
from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext
from icalendar import Calendar
from icalendar import Event as VEvent

from .models import EventStatus
from .models.schedule import show_translated_words

PRODID = "-//Atelier//Programma//NL"
ZONE = ZoneInfo(settings.TIME_ZONE)
STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.FULL: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def _host(request) -> str:
    return host_name(request)


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


# Without an end time and without a programme to read one from, calendars get this.
DEFAULT_DURATION = datetime.timedelta(hours=2)
# An item with a start but no end (a closing talk, lunch) is taken to last this long.
DEFAULT_ITEM_DURATION = datetime.timedelta(hours=1)


def calendar_end(event) -> datetime.datetime:
    """When the event ends, for calendars: its end time; without one, the end of its last
    programme item or workshop round (an item without an end time counts as an hour);
    without a programme, DEFAULT_DURATION after the start."""
    if event.end:
        return event.end
    ends = []
    rows = [*event.programme_items.all(), *event.workshop_rounds.all()]
    for row in rows:
        if row.end:
            ends.append(row.end)
        elif row.start:
            ends.append(row.start + DEFAULT_ITEM_DURATION)
    ends = [end for end in ends if end > event.start]
    return max(ends) if ends else event.start + DEFAULT_DURATION


def _stamp(page) -> datetime.datetime:
    # DTSTAMP: when this version of the information was made; stable between requests.
    return page.last_published_at or page.latest_revision_created_at or timezone.now()


def event_vevent(event, request, words=None) -> VEvent:
    """``words``: the translation whose title, summary, address and themes are shown (the
    times, place and status stay ``event``'s). Its themes are read in its language (for a
    list, ``in_their_languages`` first does that for all pages at once)."""
    words = words or event
    vevent = VEvent()
    vevent.add("uid", f"event-{event.pk}@{_host(request)}")
    vevent.add("dtstamp", _stamp(event))
    vevent.add("summary", words.title)
    if event.is_all_day:
        first = _local(event.start).date()
        last = _local(event.end).date() if event.end else first
        vevent.add("dtstart", first)
        vevent.add("dtend", last + datetime.timedelta(days=1))  # DTEND is exclusive
    else:
        vevent.add("dtstart", _local(event.start))
        vevent.add("dtend", _local(calendar_end(event)))
    url = words.get_full_url(request)
    description = "\n\n".join(part for part in [words.summary, url] if part)
    if description:
        vevent.add("description", description)
    if url:
        vevent.add("url", url)
    location = _location(event)
    if location:
        vevent.add("location", location)
    vevent.add("status", STATUS.get(event.status, "CONFIRMED"))
    localize_page_relations(words, "themes")  # a translation keeps its source's themes
    themes = [theme.name for theme in words.themes.all()]
    if themes:
        vevent.add("categories", themes)
    return vevent


def workshop_vevents(event, request, run_ids=None, words=None) -> list[VEvent]:
    """One VEVENT per timed workshop run, linked to the event by RELATED-TO. With
    ``run_ids`` (a person's own programme) only those runs, each named with its round.
    ``words``: the translation whose workshop and round texts are shown."""
    host = _host(request)
    if words is not None and words is not event:
        show_translated_words(words, event.workshops.all(), event.workshop_rounds.all())
    rounds = {round.pk: round for round in event.workshop_rounds.all()}
    entries = []
    for workshop in event.workshops.all():
        for run in workshop.runs.all():
            round = rounds.get(run.round_id)
            if round is None or round.start is None:
                continue
            if run_ids is not None and run.pk not in run_ids:
                continue
            vevent = VEvent()
            vevent.add("uid", f"workshoprun-{run.pk}@{host}")
            vevent.add("dtstamp", _stamp(event))
            context = round.name if run_ids is not None else (words or event).title
            vevent.add("summary", f"{workshop.title} ({context})")
            vevent.add("dtstart", _local(round.start))
            vevent.add("dtend", _local(round.end or round.start + DEFAULT_ITEM_DURATION))
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
    """The event as one entry. Pass a page from ``event_detail_queryset()``."""
    calendar = _new_calendar(event.title)
    calendar.add_component(event_vevent(event, request))
    return _finish(calendar)


def programme_calendar(event, request) -> bytes:
    """The full programme: the event and each timed workshop run as an entry of its own."""
    calendar = _new_calendar(gettext("%(title)s: full programme") % {"title": event.title})
    calendar.add_component(event_vevent(event, request))
    for vevent in workshop_vevents(event, request):
        calendar.add_component(vevent)
    return _finish(calendar)


def personal_calendar(page, run_ids, request=None, language=None) -> bytes:
    """ "My programme" for a registration: the event, or each session of a learning network,
    with only the workshop runs in ``run_ids`` (the ones the person has a place in).
    ``page`` is the page the seats belong to; with ``language`` (the registrant's) the
    texts are those of its translation in that language, where it has a live one."""
    from .queries import event_detail_queryset, in_language

    if hasattr(page, "sessions"):
        events = list(event_detail_queryset().child_of(page))
    else:
        events = [event_detail_queryset().filter(pk=page.pk).first() or page]
    shown = in_language(events, language, event_detail_queryset())
    if hasattr(page, "sessions"):  # a learning network: its own title too
        shown.update(in_language([page], language, type(page).objects.live().public()))
    title = shown.get(page.pk, page).title
    calendar = _new_calendar(gettext("My programme: %(title)s") % {"title": title})
    for event in events:
        words = shown.get(event.pk)
        calendar.add_component(event_vevent(event, request, words))
        for vevent in workshop_vevents(event, request, run_ids=set(run_ids), words=words):
            calendar.add_component(vevent)
    return _finish(calendar)


def series_calendar(series, request) -> bytes:
    calendar = _new_calendar(series.title)
    for session in series.sessions().prefetch_related("workshop_rounds"):
        calendar.add_component(event_vevent(session, request))
    return _finish(calendar)


def agenda_calendar(events, request) -> bytes:
    """``events``: a queryset from ``queries.public_events()`` (filtered as the caller likes)."""
    calendar = _new_calendar(str(settings.WAGTAIL_SITE_NAME))
    if hasattr(events, "prefetch_related"):  # for the ends of events without an end time
        events = events.prefetch_related("programme_items", "workshop_rounds")
    events = list(events)
    in_their_languages(events)  # an English event's themes in English
    for event in events:
        calendar.add_component(event_vevent(event, request))
    return _finish(calendar)
