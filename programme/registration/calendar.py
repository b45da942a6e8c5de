"""The personal agenda attached to a confirmation: the event and the workshops this
person has a place in. Never the online join link: calendar files get forwarded."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event


def utc(moment):
    """UTC times need no VTIMEZONE block, which some calendar apps insist on for TZID."""
    return moment.astimezone(datetime.UTC) if moment else None


def _event(uid: str, summary: str, start, end, url: str = "", location: str = "") -> Event:
    start, end = utc(start), utc(end)
    item = Event()
    item.add("uid", uid)
    item.add("dtstamp", timezone.now())
    item.add("summary", summary)
    item.add("dtstart", start)
    if end:
        item.add("dtend", end)
    if url:
        item.add("url", url)
    if location:
        item.add("location", location)
    return item


def venue_label(page) -> str:
    venue = getattr(page, "venue", None)
    if venue is None:
        return gettext("Online") if getattr(page, "is_online", False) else ""
    parts = [venue.name] + [
        str(getattr(venue, attr, "") or "") for attr in ("street_address", "postal_code", "city")
    ]
    return ", ".join(part for part in parts if part)


def personal_agenda(registration, page, choices) -> str:
    calendar = Calendar()
    calendar.add("prodid", "-//Atelier//aanmeldingen//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    host = "atelier"
    start = getattr(page, "start", None)
    if start:
        end = getattr(page, "end", None) or start + datetime.timedelta(hours=1)
        calendar.add_component(
            _event(
                f"event-{page.pk}-{registration.public_id}@{host}",
                page.title,
                start,
                end,
                url=page.full_url or "",
                location=venue_label(page),
            )
        )
    for choice in choices:
        if choice.status != "confirmed":
            continue
        run = choice.run
        run_start = run.round.start
        if run_start is None:
            continue
        calendar.add_component(
            _event(
                f"run-{run.pk}-{registration.public_id}@{host}",
                f"{run.workshop.title} ({run.round.name})",
                run_start,
                run.round.end,
                url=page.full_url or "",
                location=getattr(run.workshop, "room", "") or "",
            )
        )
    return calendar.to_ical().decode()
