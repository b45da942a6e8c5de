"""/api/v1/events/{id} and its exports: the events app's view of one conference day."""

import json
from pathlib import Path

import jsonschema
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

pytestmark = pytest.mark.django_db

FRAB_SCHEMA = Path(__file__).resolve().parent.parent / "standards" / "frab-schedule.schema.json"


def detail(client, event):
    response = client.get(f"/api/v1/events/{event.pk}")
    assert response.status_code == 200, response.content
    return response.json()


def test_detail_has_the_contract_fields(client, conference):
    data = detail(client, conference)
    for name in (
        "intro",
        "body",
        "audience",
        "organisers",
        "moderators",
        "speakers",
        "programme",
        "rounds",
        "materials",
        "calendar_url",
        "schedule_url",
    ):
        assert name in data
    assert [m["name"] for m in data["moderators"]] == ["Hadassah de Boer"]
    keynote = next(s for s in data["speakers"] if s["role"] == "keynote")
    assert keynote["person"]["display_name"] == "dr. Jan Jansen"
    assert keynote["person"]["organisation"]["name"] == "Platform31"
    assert data["organisers"][0]["name"] == "Platform31"
    assert data["schedule_url"].endswith(f"/api/v1/events/{conference.pk}/schedule.json")


def test_a_workshop_in_both_rounds_keeps_its_id_with_a_run_per_round(client, conference):
    rounds = detail(client, conference)["rounds"]
    assert [r["title"] for r in rounds] == ["Ronde 1", "Ronde 2"]
    first = {w["title"]: w for w in rounds[0]["workshops"]}
    second = {w["title"]: w for w in rounds[1]["workshops"]}
    assert set(first) == {"Buurtrecht"}
    assert set(second) == {"Buurtrecht", "Alleen ronde 2"}
    assert first["Buurtrecht"]["id"] == second["Buurtrecht"]["id"]
    assert first["Buurtrecht"]["run_id"] != second["Buurtrecht"]["run_id"]
    assert first["Buurtrecht"]["capacity"] == 20
    assert first["Buurtrecht"]["places_left"] == 20
    assert first["Buurtrecht"]["facilitators"][0]["name"] == "Jan Jansen"
    assert second["Alleen ronde 2"]["places_left"] is None


def test_programme_lists_closed_parts_as_such(client, conference):
    programme = detail(client, conference)["programme"]
    assert [(p["title"], p["is_public"]) for p in programme] == [
        ("Opening", True),
        ("Besloten deel", False),
    ]
    assert programme[0]["speakers"][0]["name"] == "Jan Jansen"
    assert programme[0]["start"].endswith(("+01:00", "+02:00"))


def test_the_online_join_link_never_appears(client, conference):
    urls = [
        f"/api/v1/events/{conference.pk}",
        f"/api/v1/events/{conference.pk}/calendar.ics",
        f"/api/v1/events/{conference.pk}/schedule.json",
        "/api/v1/events",
        "/api/v1/events/calendar.ics",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200
        assert b"geheim-123" not in response.content, url


def test_people_without_consent_have_no_profile_links(client, conference):
    data = detail(client, conference)
    moderator = data["moderators"][0]
    assert moderator["url"] is None and moderator["api_url"] is None
    keynote = next(s for s in data["speakers"] if s["role"] == "keynote")["person"]
    assert keynote["api_url"].endswith(f"/api/v1/people/{keynote['id']}")


def test_event_calendar_parses_with_the_event_and_its_workshops(client, conference):
    response = client.get(f"/api/v1/events/{conference.pk}/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert response["ETag"]
    calendar = Calendar.from_ical(response.content)
    summaries = [str(c["SUMMARY"]) for c in calendar.walk("VEVENT")]
    assert "Dag van de Buurt" in summaries
    assert sum("Buurtrecht" in s for s in summaries) == 2


def test_agenda_calendar_follows_the_list_filters(client, make_event, conference):
    make_event(title="Webinar wonen", format="webinar")
    calendar = Calendar.from_ical(client.get("/api/v1/events/calendar.ics?format=webinar").content)
    assert [str(c["SUMMARY"]) for c in calendar.walk("VEVENT")] == ["Webinar wonen"]


def test_schedule_json_is_valid_frab(client, conference):
    response = client.get(f"/api/v1/events/{conference.pk}/schedule.json")
    assert response.status_code == 200
    schedule = response.json()
    jsonschema.validate(schedule, json.loads(FRAB_SCHEMA.read_text()))
    assert b"Buurtrecht" in response.content


def _detail_queries(client, event) -> int:
    client.get(f"/api/v1/events/{event.pk}")  # renditions and caches settle
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/api/v1/events/{event.pk}").status_code == 200
    return len(queries)


def _event_with_workshops(make_event, count, nl):
    from programme.services import sync_workshop_runs
    from tests.programme.factories import (
        OrganisationFactory,
        PersonFactory,
        WorkshopFactory,
        WorkshopRoundFactory,
    )

    event = make_event(title=f"Met {count} workshops")
    WorkshopRoundFactory(page=event)
    WorkshopRoundFactory(page=event)
    for n in range(count):
        workshop = WorkshopFactory(page=event, round_numbers=[1, 2], capacity=10)
        organisation = OrganisationFactory(locale=nl)
        workshop.facilitators.set(
            [PersonFactory(locale=nl, organisation=organisation, public_profile=n % 2 == 0)]
        )
        workshop.organisations.set([organisation])
        workshop.save()
    sync_workshop_runs(event)
    return event


def test_event_detail_queries_do_not_grow_with_workshops(client, make_event, nl):
    one = _event_with_workshops(make_event, 1, nl)
    thirty = _event_with_workshops(make_event, 30, nl)
    assert _detail_queries(client, one) == _detail_queries(client, thirty)


def test_event_list_queries_do_not_grow_with_events(client, make_event, themes, django_db_blocker):
    for n in range(10):
        make_event(title=f"A{n}", themes=[themes["wijken"]])
    with CaptureQueriesContext(connection) as ten:
        assert client.get("/api/v1/events?limit=100").json()["count"] == 10
    for n in range(190):
        make_event(title=f"B{n}", themes=[themes["zorg"]] if n % 2 else [])
    with CaptureQueriesContext(connection) as two_hundred:
        assert client.get("/api/v1/events?limit=100").json()["count"] == 200
    assert len(ten) == len(two_hundred)
