"""iCalendar, JSON-LD and the frab/c3voc schedule: parsed back and checked."""

import datetime
import json
import re
from pathlib import Path

import jsonschema
import pytest
from django.urls import reverse
from icalendar import Calendar

from programme.queries import event_detail_queryset
from programme.schedule import event_schedule
from tests.programme.factories import EventPageFactory, EventSeriesPageFactory, VenueFactory, aware

from .helpers import JOIN_URL, event_with_workshops, publish

pytestmark = pytest.mark.django_db
SCHEMA = json.loads(
    (Path(__file__).parent.parent / "standards" / "frab-schedule.schema.json").read_text()
)


def calendar_of(client, name, page) -> Calendar:
    response = client.get(reverse(f"programme_export:{name}", args=[page.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert JOIN_URL.encode() not in response.content
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "the page carries JSON-LD"
    return json.loads(match.group(1))


def test_ical_uses_amsterdam_time_on_both_sides_of_dst(agenda, client):
    summer = EventPageFactory(parent=agenda, start=aware(2026, 7, 2, 13), end=aware(2026, 7, 2, 17))
    winter = EventPageFactory(parent=agenda, start=aware(2026, 11, 5, 13), end=None)
    offsets = {}
    for event in [summer, winter]:
        calendar = calendar_of(client, "event_calendar", event)
        assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
        (vevent,) = vevents(calendar)
        start = vevent.decoded("DTSTART")
        assert start.tzinfo is not None, "no floating times"
        assert start.hour == 13
        assert b"DTSTART;TZID=Europe/Amsterdam:" in calendar.to_ical()
        offsets[event.pk] = start.utcoffset()
        assert str(vevent["UID"]) == f"event-{event.pk}@testserver"
    assert offsets[summer.pk] == datetime.timedelta(hours=2)
    assert offsets[winter.pk] == datetime.timedelta(hours=1)
    # The same request twice gives the same UIDs and the same bytes (DTSTAMP is when the
    # page was published; a factory page was never published, so give it that moment).
    type(summer).objects.filter(pk=summer.pk).update(last_published_at=aware(2026, 6, 1, 9))
    url = reverse("programme_export:event_calendar", args=[summer.pk])
    assert client.get(url).content == client.get(url).content


def test_ical_all_day_cancelled_and_workshops_as_their_own_entries(agenda, client):
    day = EventPageFactory(
        parent=agenda,
        start=aware(2026, 6, 10, 0),
        end=aware(2026, 6, 11, 0),
        is_all_day=True,
        status="cancelled",
    )
    (vevent,) = vevents(calendar_of(client, "event_calendar", day))
    assert vevent.decoded("DTSTART") == datetime.date(2026, 6, 10)
    assert vevent.decoded("DTEND") == datetime.date(2026, 6, 12), "DTEND is exclusive"
    assert vevent["STATUS"] == "CANCELLED"

    event = event_with_workshops(agenda, rounds=2, per_round=3, shared=1, speakers=1)
    assert len(vevents(calendar_of(client, "event_calendar", event))) == 1, "one entry"
    entries = vevents(calendar_of(client, "event_programme_calendar", event))
    runs = [e for e in entries if str(e["UID"]).startswith("workshoprun-")]
    assert len(runs) == 6, "each run is its own entry; a shared workshop twice"
    assert all(str(e["RELATED-TO"]) == f"event-{event.pk}@testserver" for e in runs)
    assert {e.decoded("DTSTART").hour for e in runs} == {14, 15}


def test_series_and_agenda_calendars(agenda, client):
    series = EventSeriesPageFactory(parent=agenda)
    first = EventPageFactory(parent=series, start=aware(2030, 3, 7, 12))
    second = EventPageFactory(parent=series, start=aware(2030, 3, 28, 12))
    draft = EventPageFactory(parent=series, live=False)
    uids = {str(e["UID"]) for e in vevents(calendar_of(client, "series_calendar", series))}
    assert uids == {f"event-{first.pk}@testserver", f"event-{second.pk}@testserver"}
    agenda_uids = {str(e["UID"]) for e in vevents(calendar_of(client, "agenda_calendar", agenda))}
    assert f"event-{draft.pk}@testserver" not in agenda_uids and len(agenda_uids) == 2


def test_a_draft_event_has_no_public_exports(agenda, client):
    draft = EventPageFactory(parent=agenda, live=False)
    for name in ["event_calendar", "event_schedule"]:
        assert client.get(reverse(f"programme_export:{name}", args=[draft.pk])).status_code == 404


def test_event_json_ld_has_the_schema_org_fields(agenda, client):
    from programme.models import EventSpeaker, Organisation

    venue = VenueFactory()
    series = EventSeriesPageFactory(parent=agenda, title="Lerend netwerk Stad")
    event = EventPageFactory(
        parent=series,
        venue=venue,
        is_online=True,
        online_join_url=JOIN_URL,
        is_free=False,
        price_amount="25.00",
        start=aware(2030, 10, 13, 9, 30),
        end=None,
    )
    from tests.programme.factories import PersonFactory

    event.speakers = [
        EventSpeaker(person=PersonFactory(name="Ron", honorific="dr."), role="speaker")
    ]
    event.organisers = [Organisation.objects.create(name="KIS")]
    publish(event)
    html = client.get(event.url).content.decode()
    assert JOIN_URL not in html
    data = json_ld(html)
    assert data["@type"] == "Event" and data["name"] == event.title
    assert data["startDate"] == "2030-10-13T09:30:00+02:00" and "endDate" not in data
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = data["location"]
    assert place["address"]["postalCode"] == "3526 KS"
    assert virtual["@type"] == "VirtualLocation" and virtual["url"] != JOIN_URL
    assert data["performer"] == [{"@type": "Person", "name": "Ron", "honorificPrefix": "dr."}]
    assert data["organizer"][0]["name"] == "KIS"
    assert data["offers"]["price"] == "25.00" and data["offers"]["priceCurrency"] == "EUR"
    assert data["superEvent"]["name"] == "Lerend netwerk Stad"
    assert JOIN_URL not in json.dumps(data)


def test_series_json_ld_lists_sessions_as_sub_events(agenda, client):
    series = EventSeriesPageFactory(parent=agenda)
    EventPageFactory(
        parent=series, title="Sessie A", start=aware(2030, 3, 7, 12), status="cancelled"
    )
    data = json_ld(client.get(series.url).content.decode())
    assert data["@type"] == "EventSeries"
    assert [e["name"] for e in data["subEvent"]] == ["Sessie A"]
    assert data["subEvent"][0]["eventStatus"] == "https://schema.org/EventCancelled"


def test_schedule_json_is_valid_frab_with_rooms_per_run(agenda, client, rf):
    event = event_with_workshops(
        agenda, rounds=2, per_round=13, shared=3, speakers=2, slug="dag-van-de-buurt"
    )
    response = client.get(reverse("programme_export:event_schedule", args=[event.pk]))
    assert response.status_code == 200
    data = response.json()
    validator_class = jsonschema.validators.validator_for(SCHEMA)
    validator_class(SCHEMA, format_checker=validator_class.FORMAT_CHECKER).validate(data)
    conference = data["schedule"]["conference"]
    assert conference["acronym"] == "dag_van_de_buurt"
    (day,) = conference["days"]
    talks = [talk for talks in day["rooms"].values() for talk in talks]
    assert len(talks) == 26, "13 workshops in each of two rounds"
    assert len({t["guid"] for t in talks}) == 26
    assert {t["start"] for t in talks} == {"14:00", "15:00"}
    assert all(len(t["persons"]) == 2 and "code" in t["persons"][0] for t in talks)
    # jsonschema checks date-time only with an optional package: check the offsets here.
    assert all(datetime.datetime.fromisoformat(t["date"]).utcoffset() for t in talks)
    assert len(conference["rooms"]) == 23, "one room per workshop; shared ones reuse it"
    assert JOIN_URL not in response.content.decode()


def test_schedule_plenary_room_and_short_acronym(agenda, rf):
    from programme.models import ProgrammeItem

    event = EventPageFactory(parent=agenda, slug="ka")
    event.programme_items = [
        ProgrammeItem(sort_order=0, title="Inloop", start_time=datetime.time(9, 30)),
        ProgrammeItem(
            sort_order=1, title="Besloten", start_time=datetime.time(11), is_public=False
        ),
    ]
    publish(event)
    event = event_detail_queryset().get(pk=event.pk)
    data = event_schedule(event, rf.get("/"))
    validator_class = jsonschema.validators.validator_for(SCHEMA)
    validator_class(SCHEMA, format_checker=validator_class.FORMAT_CHECKER).validate(data)
    conference = data["schedule"]["conference"]
    assert re.fullmatch(r"event_\d+", conference["acronym"])
    rooms = conference["days"][0]["rooms"]
    assert list(rooms) == ["Plenair"] and [t["title"] for t in rooms["Plenair"]] == ["Inloop"]
