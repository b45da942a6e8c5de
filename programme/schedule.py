"""The frab/c3voc schedule JSON of an event (what pretalx and frab export), for conference
apps. Plenary programme items go in one room; each workshop run gets its own room; the
rounds are the time slots; facilitators and speakers are persons in the pretalx style.
Validated against tests/standards/frab-schedule.schema.json in the tests.
"""

import datetime
import re
import uuid

from atelier.hosts import absolute_url, host_name
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext


def _acronym(event) -> str:
    # The schema wants [a-z0-9_], at least four characters, no hyphens after the first.
    acronym = re.sub(r"[^a-z0-9_]", "_", slugify(event.slug or event.title).replace("-", "_"))
    return acronym if len(acronym) >= 4 else f"event_{event.pk}"


def _slug(text: str, fallback: str) -> str:
    slug = slugify(text).strip("-_")
    return slug or fallback


def _guid(host: str, kind: str, pk) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://{host}/{kind}/{pk}"))


def _duration(start, end) -> str:
    minutes = int((end - start).total_seconds() // 60) if end and end > start else 0
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _person(person, request) -> dict:
    avatar = None
    if person.photo_id and request is not None:
        avatar = absolute_url(person.photo.get_rendition("fill-200x200").url, request)
    return {
        "code": f"P{person.pk}",
        "name": person.display_name,
        "avatar": avatar,
        "biography": strip_tags(person.bio).strip() or None,
    }


def _talk(
    *, host, kind, pk, title, start, end, room, slug, kind_label, url, abstract, persons, language
):
    local = timezone.localtime(start)
    return {
        "guid": _guid(host, kind, pk),
        "id": pk,
        "date": local.isoformat(),
        "start": local.strftime("%H:%M"),
        "end": timezone.localtime(end).isoformat() if end else local.isoformat(),
        "duration": _duration(start, end),
        "room": room,
        "slug": slug,
        "url": url,
        "title": title,
        "subtitle": None,
        "track": None,
        "type": kind_label,
        "language": language,
        "abstract": abstract or None,
        "description": None,
        "persons": persons,
        "links": [],
    }


def event_schedule(event, request) -> dict:
    """Pass an event from ``event_detail_queryset()``; returns a dict ready for JSON."""
    host = host_name(request)
    plenary = gettext("Plenary")  # the room of the programme items
    language = event.locale.language_code  # the talks are in the page's language
    url = event.get_full_url(request) or f"https://{host}/"
    rounds = {round.pk: round for round in event.workshop_rounds.all()}
    slots = []  # (room, talk)
    for item in event.programme_items.all():
        if item.start is None or not item.is_public:
            continue
        slots.append(
            (
                plenary,
                _talk(
                    host=host,
                    kind="programmeitem",
                    pk=item.pk,
                    title=item.title,
                    start=item.start,
                    end=item.end,
                    room=plenary,
                    slug=f"{_acronym(event)}-{item.pk}-{_slug(item.title, 'item')}"[:80].rstrip(
                        "-_"
                    ),
                    kind_label="talk",
                    url=url,
                    abstract=strip_tags(item.description).strip(),
                    persons=[_person(person, request) for person in item.people.all()],
                    language=language,
                ),
            )
        )
    for workshop in event.workshops.all():
        for run in workshop.runs.all():
            round = rounds.get(run.round_id)
            if round is None or round.start is None:
                continue
            room = workshop.room or workshop.title
            slots.append(
                (
                    room,
                    _talk(
                        host=host,
                        kind="workshoprun",
                        pk=run.pk,
                        title=workshop.title,
                        start=round.start,
                        end=round.end,
                        room=room,
                        slug=f"{_acronym(event)}-{run.pk}-{_slug(workshop.title, 'workshop')}"[
                            :80
                        ].rstrip("-_"),
                        kind_label="workshop",
                        url=url,
                        abstract=strip_tags(workshop.description).strip(),
                        persons=[
                            _person(person, request) for person in workshop.facilitators.all()
                        ],
                        language=language,
                    ),
                )
            )
    start = timezone.localtime(event.start)
    end = timezone.localtime(event.end) if event.end else start
    days = []
    day = start.date()
    while day <= end.date():
        day_start = max(
            start, timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
        )
        day_end = min(
            max(end, start),
            timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59))),
        )
        rooms: dict[str, list] = {}
        for room, talk in sorted(slots, key=lambda slot: slot[1]["date"]):
            if datetime.date.fromisoformat(talk["date"][:10]) == day:
                rooms.setdefault(room, []).append(talk)
        days.append(
            {
                "index": len(days) + 1,
                "date": day.isoformat(),
                "day_start": day_start.isoformat(),
                "day_end": day_end.isoformat(),
                "rooms": rooms,
            }
        )
        day += datetime.timedelta(days=1)
    room_names = list(
        dict.fromkeys(room for room, _talk_ in sorted(slots, key=lambda s: s[1]["date"]))
    )
    conference = {
        "acronym": _acronym(event),
        "title": event.title,
        "start": start.date().isoformat(),
        "end": end.date().isoformat(),
        "daysCount": len(days),
        "timeslot_duration": "00:10",
        "time_zone_name": timezone.get_default_timezone_name(),
        "url": url,
        "rooms": [
            {
                "name": name,
                "slug": _slug(name, f"room-{index}"),
                "guid": _guid(host, f"event-{event.pk}/room", name),
                "type": "online"
                if event.is_online
                else ("lecturehall" if name == plenary else "workshop"),
            }
            for index, name in enumerate(room_names, start=1)
        ],
        "days": days,
    }
    if event.summary:
        conference["description"] = event.summary
    return {
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "Atelier", "version": "1"},
        "schedule": {
            "version": event.last_published_at.isoformat() if event.last_published_at else "1",
            "conference": conference,
        },
    }
