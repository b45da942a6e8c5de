"""schema.org JSON-LD for events (Event) and learning networks (EventSeries).

The online join link is private: a VirtualLocation points at the event's public page.
"""

import json

from atelier.hosts import absolute_url
from django.utils import timezone
from django.utils.html import strip_tags

from .models import EventStatus

SCHEMA = "https://schema.org/"
EVENT_STATUS = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.FULL: "EventScheduled",
    EventStatus.POSTPONED: "EventPostponed",
    EventStatus.CANCELLED: "EventCancelled",
}


def _when(event, value):
    local = timezone.localtime(value)
    return local.date().isoformat() if event.is_all_day else local.isoformat()


def _person(person) -> dict:
    data = {"@type": "Person", "name": person.name}
    if person.honorific:
        data["honorificPrefix"] = person.honorific
    if person.job_title:
        data["jobTitle"] = person.job_title
    return data


def _organisation(organisation) -> dict:
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def _place(venue) -> dict:
    address = {"@type": "PostalAddress", "addressCountry": venue.country}
    for key, value in [
        ("streetAddress", venue.street_address),
        ("postalCode", venue.postal_code),
        ("addressLocality", venue.city),
    ]:
        if value:
            address[key] = value
    return {"@type": "Place", "name": venue.name, "address": address}


def _attendance_mode(event) -> str:
    if event.is_online and event.venue_id:
        return SCHEMA + "MixedEventAttendanceMode"
    if event.is_online:
        return SCHEMA + "OnlineEventAttendanceMode"
    return SCHEMA + "OfflineEventAttendanceMode"


def _offer(event, url) -> dict:
    sold_out = event.status == EventStatus.FULL
    return {
        "@type": "Offer",
        "price": "0" if event.is_free else str(event.price_amount or "0"),
        "priceCurrency": event.price_currency or "EUR",
        "availability": SCHEMA + ("SoldOut" if sold_out else "InStock"),
        "url": url,
    }


def event_json_ld(event, request=None, *, with_context=True) -> dict:
    url = event.get_full_url(request)
    data = {
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": _when(event, event.start),
        "eventStatus": SCHEMA + EVENT_STATUS.get(event.status, "EventScheduled"),
        "eventAttendanceMode": _attendance_mode(event),
        "inLanguage": event.locale.language_code if event.locale_id else "nl",
    }
    if with_context:
        data = {"@context": "https://schema.org", **data}
    if event.end:
        data["endDate"] = _when(event, event.end)
    if event.summary:
        data["description"] = event.summary
    locations = []
    if event.venue_id:
        locations.append(_place(event.venue))
    if event.is_online:
        locations.append({"@type": "VirtualLocation", "url": url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if with_context:
        performers = [_person(row.person) for row in event.performers]
        for workshop in event.workshops.all():
            performers.extend(_person(person) for person in workshop.facilitators.all())
        if performers:
            data["performer"] = list({p["name"]: p for p in performers}.values())
        organisers = [_organisation(org) for org in event.organisers.all()]
        if organisers:
            data["organizer"] = organisers
        data["offers"] = _offer(event, url)
        series = event.series
        if series is not None:
            data["superEvent"] = {
                "@type": "EventSeries",
                "name": series.title,
                "url": series.get_full_url(request),
            }
    if event.image_id and request is not None:
        data["image"] = absolute_url(event.image.get_rendition("width-1200").url, request)
    return data


def series_json_ld(series, request=None) -> dict:
    sessions = list(series.sessions())
    data = {
        "@context": "https://schema.org",
        "@type": "EventSeries",
        "name": series.title,
        "url": series.get_full_url(request),
        "subEvent": [event_json_ld(s, request, with_context=False) for s in sessions],
    }
    if series.summary:
        data["description"] = series.summary
    elif series.intro:
        data["description"] = strip_tags(series.intro)
    if sessions:
        data["startDate"] = _when(sessions[0], sessions[0].start)
        last = sessions[-1]
        data["endDate"] = _when(last, last.end or last.start)
    organisers = [_organisation(org) for org in series.organisers.all()]
    if organisers:
        data["organizer"] = organisers
    return data


def as_script_content(data: dict | None) -> str:
    """JSON safe inside <script type="application/ld+json"> (no '</script>' breakout)."""
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
