"""The ETag follows the body: publishing, snippet edits and the clock all change it."""

import datetime

import pytest
from django.contrib.staticfiles import finders

from .conftest import days

pytestmark = pytest.mark.django_db


def etag(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response["ETag"]


def test_publishing_an_edit_changes_the_etag(client, make_event):
    event = make_event(title="Buurtdag")
    urls = ["/api/v1/events", f"/api/v1/events/{event.pk}"]
    before = {url: etag(client, url) for url in urls}
    for url in urls:
        assert client.get(url, HTTP_IF_NONE_MATCH=before[url]).status_code == 304
    event.title = "Buurtdag (nieuwe datum)"
    event.save_revision().publish()
    for url in urls:
        response = client.get(url, HTTP_IF_NONE_MATCH=before[url])
        assert response.status_code == 200
        assert response["ETag"] != before[url]


def test_a_draft_edit_does_not_change_the_etag(client, make_event):
    event = make_event(title="Buurtdag")
    url = f"/api/v1/events/{event.pk}"
    before = etag(client, url)
    event.title = "Nog niet gepubliceerd"
    event.save_revision()
    assert client.get(url, HTTP_IF_NONE_MATCH=before).status_code == 304


def test_editing_a_speakers_bio_changes_the_event_etag(client, conference, speaker):
    url = f"/api/v1/events/{conference.pk}"
    before = etag(client, url)
    speaker.bio = "<p>Schrijft nu een boek over buurten.</p>"
    speaker.save()
    after = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200
    assert "een boek over buurten" in after.content.decode()


def test_the_clock_moves_an_event_out_of_upcoming(client, make_event, settings):
    from unittest import mock

    from django.utils import timezone

    make_event(title="Morgen", start=days(1), end=days(1) + datetime.timedelta(hours=2))
    before = etag(client, "/api/v1/events")
    later = timezone.now() + datetime.timedelta(days=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        response = client.get("/api/v1/events", HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_the_docs_page_renders_with_its_own_assets(client, home_page):
    html = client.get("/api/v1/docs").content.decode()
    for asset in ("ninja/swagger-ui.css", "ninja/swagger-ui-bundle.js", "ninja/swagger-ui-init.js"):
        assert f"/static/{asset}" in html
        assert finders.find(asset), asset


def test_openapi_describes_every_endpoint_and_the_contract_fields(client, home_page):
    schema = client.get("/api/v1/openapi.json").json()
    paths = set(schema["paths"])
    for path in (
        "/api/v1/events",
        "/api/v1/events/{event_id}",
        "/api/v1/events/calendar.ics",
        "/api/v1/events/{event_id}/calendar.ics",
        "/api/v1/events/{event_id}/schedule.json",
        "/api/v1/series",
        "/api/v1/series/{series_id}",
        "/api/v1/series/{series_id}/calendar.ics",
        "/api/v1/people",
        "/api/v1/people/{person_id}",
        "/api/v1/organisations",
        "/api/v1/organisations/{organisation_id}",
        "/api/v1/projects",
        "/api/v1/projects/{project_id}",
        "/api/v1/reports",
        "/api/v1/reports/{report_id}",
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/themes",
        "/api/v1/themes/{slug}",
    ):
        assert path in paths, path
    components = schema["components"]["schemas"]
    assert {"registration", "places_left"} <= set(components["EventItem"]["properties"]) | set(
        components["RegistrationOut"]["properties"]
    )
    assert "rounds" in components["EventDetail"]["properties"]
    params = {p["name"] for p in schema["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert {
        "when",
        "from",
        "to",
        "theme",
        "format",
        "series",
        "organisation",
        "q",
        "locale",
        "updated_since",
        "limit",
        "offset",
    } <= params


def test_a_new_registration_changes_places_left_and_the_etag(client, make_event):
    from programme.registration.services import Applicant, register

    event = make_event(title="Kennisatelier", registration_mode="site", capacity=10)
    url = f"/api/v1/events/{event.pk}"
    before = client.get(url)
    assert before.json()["registration"]["places_left"] == 10
    assert before.json()["registration"]["url"].startswith("http://testserver/")
    register(event, Applicant(name="Iemand", email="iemand@example.org", choices={}))
    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after.json()["registration"]["places_left"] == 9
    assert b"iemand@example.org" not in after.content
