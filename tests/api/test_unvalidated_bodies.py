"""The busiest endpoints send their data without django-ninja validating it against the
response schema (atelier.api.v1.json_response). Each body must still be exactly what the
schema would have produced: no field missing, none extra, no value of another type."""

import json

import pytest
from atelier.api.v1 import dumps
from wagtail.models import Locale

from programme.api.people import PeopleList
from programme.api.routes import EventList, SeriesList
from programme.api.schemas import EventDetail, SeriesDetail

from .conftest import days

pytestmark = pytest.mark.django_db


def through_schema(schema, body: dict) -> dict:
    """The body as django-ninja would have sent it: validated by the schema, dumped, and
    rendered by the API's renderer."""
    return json.loads(dumps(schema.model_validate(body).model_dump()))


def assert_as_schema_makes_it(client, url, schema):
    response = client.get(url)
    assert response.status_code == 200, response.content
    # the same header as the operations django-ninja renders itself
    assert response["Content-Type"] == "application/json; charset=utf-8"
    body = json.loads(response.content)
    assert body == through_schema(schema, body)
    return body


@pytest.fixture
def english_conference(conference):
    """The conference day with an English translation, so bodies carry translations."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    return conference.copy_for_translation(english, copy_parents=True).save_revision().publish()


def test_event_list_and_detail_bodies_are_what_the_schema_makes(
    client, conference, english_conference, make_event, themes
):
    make_event(title="Met thema", themes=[themes["wijken"]], start=days(3))
    listed = assert_as_schema_makes_it(client, "/api/v1/events?when=all", EventList)
    assert listed["count"] >= 2
    detail = assert_as_schema_makes_it(client, f"/api/v1/events/{conference.pk}", EventDetail)
    assert [len(r["workshops"]) for r in detail["rounds"]] == [1, 2]
    assert detail["translations"], "the English version is listed"


def test_series_and_people_bodies_are_what_the_schema_makes(
    client, conference, agenda, make_event, speaker, themes
):
    from tests.programme.factories import EventSeriesPageFactory

    series = EventSeriesPageFactory(parent=agenda, title="Lerend netwerk")
    series.themes.set([themes["zorg"]])
    series.save_revision().publish()
    make_event(parent=series, title="Sessie", start=days(5))
    assert_as_schema_makes_it(client, "/api/v1/series", SeriesList)
    assert_as_schema_makes_it(client, f"/api/v1/series/{series.pk}", SeriesDetail)
    assert_as_schema_makes_it(client, "/api/v1/people", PeopleList)


def test_moments_are_local_time_with_offset_and_whole_seconds(client, conference):
    body = client.get(f"/api/v1/events/{conference.pk}").json()
    start = body["start"]
    assert start[19:] in ("+01:00", "+02:00"), start
    assert "." not in start
