"""/api/v1/events: the agenda widget's and the events app's view of the programme."""

import datetime

import pytest
from django.utils import timezone

from .conftest import days

pytestmark = pytest.mark.django_db

EVENT_FIELDS = {
    "id",
    "title",
    "url",
    "api_url",
    "format",
    "start",
    "end",
    "is_online",
    "venue",
    "price",
    "themes",
    "series",
    "status",
    "registration",
    "summary",
    "image",
    "locale",
    "translations",
    "is_all_day",
}


def titles(client, query=""):
    response = client.get(f"/api/v1/events{query}")
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_the_list_has_the_contract_shape(client, make_event, themes):
    make_event(title="Kennisatelier", themes=[themes["wijken"]], format="kennisatelier")
    body = client.get("/api/v1/events").json()
    assert set(body) == {"count", "next", "previous", "items"}
    item = body["items"][0]
    assert set(item) >= EVENT_FIELDS
    assert item["themes"] == [{"slug": "wijken", "name": "Inclusieve wijken"}]
    assert item["api_url"] == f"http://testserver/api/v1/events/{item['id']}"
    assert item["url"].startswith("http") and item["url"].endswith("/kennisatelier/")
    assert item["locale"] == "nl"
    assert set(item["registration"]) >= {
        "mode",
        "status",
        "url",
        "opens_at",
        "closes_at",
        "places_left",
    }
    assert item["registration"]["mode"] == "none"
    assert item["registration"]["status"] == "not_required"
    assert set(item["price"]) == {"is_free", "amount", "currency", "label"}
    # ISO 8601 with an offset
    assert datetime.datetime.fromisoformat(item["start"]).utcoffset() is not None


def test_upcoming_soonest_first_by_default_and_past_latest_first(client, make_event):
    make_event(title="Later", start=days(20), end=days(20))
    make_event(title="Eerst", start=days(2), end=days(2))
    make_event(title="Lang geleden", start=days(-30), end=days(-30))
    make_event(title="Vorige week", start=days(-7), end=days(-7))
    assert titles(client) == ["Eerst", "Later"]
    assert titles(client, "?when=upcoming") == ["Eerst", "Later"]
    assert titles(client, "?when=past") == ["Vorige week", "Lang geleden"]
    assert titles(client, "?when=all") == ["Lang geleden", "Vorige week", "Eerst", "Later"]


def test_from_and_to_are_inclusive_dates_and_look_back_too(client, make_event):
    start = timezone.localtime(days(-40)).replace(hour=10, minute=0)
    make_event(title="Toen", start=start, end=start + datetime.timedelta(hours=2))
    make_event(title="Straks", start=days(40), end=days(41))
    day = start.date().isoformat()
    assert titles(client, f"?from={day}&to={day}") == ["Toen"]
    assert titles(client, f"?from={day}") == ["Toen", "Straks"]
    assert titles(client, f"?to={day}&when=upcoming") == []


def test_theme_is_repeatable_and_matches_any(client, make_event, themes):
    make_event(title="Wijk", themes=[themes["wijken"]])
    make_event(title="Zorg", themes=[themes["zorg"]])
    make_event(title="Beide", themes=[themes["wijken"], themes["zorg"]])
    make_event(title="Geen")
    assert sorted(titles(client, "?theme=wijken")) == ["Beide", "Wijk"]
    assert sorted(titles(client, "?theme=wijken&theme=zorg")) == ["Beide", "Wijk", "Zorg"]
    assert titles(client, "?theme=bestaat-niet") == []


def test_format_series_and_organisation_filters(client, make_event, agenda, organisation):
    from tests.programme.factories import EventSeriesPageFactory, OrganisationFactory

    series = EventSeriesPageFactory(parent=agenda, title="Lerend netwerk")
    make_event(title="Sessie", parent=series, format="network_session")
    make_event(title="Webinar", format="webinar", organisers=[organisation])
    partner = OrganisationFactory(name="Movisie", locale=organisation.locale)
    make_event(title="Met partner", partners=[partner])
    assert titles(client, "?format=webinar") == ["Webinar"]
    assert titles(client, f"?series={series.pk}") == ["Sessie"]
    assert titles(client, f"?organisation={organisation.pk}") == ["Webinar"]
    assert titles(client, f"?organisation={partner.pk}") == ["Met partner"]
    item = client.get(f"/api/v1/events?series={series.pk}").json()["items"][0]
    assert item["series"]["id"] == series.pk
    assert item["series"]["title"] == "Lerend netwerk"


def test_q_finds_events_by_their_words(client, make_event):
    make_event(title="Dag van de Buurt", summary="Online dag over buurten")
    make_event(title="Lezing over zorg", summary="Over mantelzorg en wachtlijsten.")
    assert titles(client, "?q=Buurt") == ["Dag van de Buurt"]


def test_locale_and_updated_since(client, make_event):
    old = make_event(title="Oud")
    new = make_event(title="Nieuw")
    type(old).objects.filter(pk=old.pk).update(last_published_at=days(-10))
    type(new).objects.filter(pk=new.pk).update(last_published_at=days(-1))
    since = (days(-3)).isoformat()
    from urllib.parse import quote

    assert titles(client, f"?updated_since={quote(since)}") == ["Nieuw"]
    # Pasted unescaped, the offset's + arrives as a space: read as meant.
    amsterdam = timezone.localtime(days(-3)).replace(microsecond=0).isoformat()
    assert "+" in amsterdam
    assert titles(client, f"?updated_since={amsterdam}") == ["Nieuw"]
    assert sorted(titles(client, "?locale=nl")) == ["Nieuw", "Oud"]
    assert titles(client, "?locale=en") == []


def test_pagination_links_are_absolute_and_keep_the_filters(client, make_event):
    for n in range(5):
        make_event(title=f"Activiteit {n}", start=days(n + 1), end=days(n + 1))
    first = client.get("/api/v1/events?limit=2&format=meeting").json()
    assert first["count"] == 5
    assert first["previous"] is None
    assert first["next"].startswith("http://testserver/api/v1/events?")
    assert "format=meeting" in first["next"] and "offset=2" in first["next"]
    second = client.get(first["next"]).json()
    assert [i["title"] for i in second["items"]] == ["Activiteit 2", "Activiteit 3"]
    assert "offset" not in second["previous"]
    last = client.get("/api/v1/events?limit=2&offset=4").json()
    assert last["next"] is None


@pytest.mark.parametrize(
    "query",
    [
        "when=soon",
        "from=2026-02-30",
        "from=gisteren",
        "to=0",
        "from=20260501",
        "theme=",
        "theme=<script>",
        "format=party",
        "series=abc",
        "series=0",
        "series=99999999999999999999",
        "organisation=-1",
        "q=",
        "q=" + "x" * 201,
        "limit=0",
        "limit=1000",
        "offset=-5",
        "offset=10001",
        "locale=de",
        "updated_since=morgen",
        "unknown=1",
        "Theme=wijken",
    ],
)
def test_malformed_filters_are_400_problems(client, make_event, query):
    make_event()
    for path in ("/api/v1/events", "/api/v1/events/calendar.ics"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query, response.content)
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["errors"]


def test_unknown_ids_are_404_and_calendar_is_not_an_id(client, make_event):
    make_event()
    assert client.get("/api/v1/events/999999").status_code == 404
    assert client.get("/api/v1/events/abc").status_code == 404
    assert client.get("/api/v1/events/999999/calendar.ics").status_code == 404
    assert client.get("/api/v1/events/999999/schedule.json").status_code == 404
