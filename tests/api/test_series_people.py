"""/api/v1/series, people, organisations and themes."""

import pytest
from wagtail.models import Locale

from .conftest import days

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(agenda, make_event, themes, organisation):
    from tests.programme.factories import EventSeriesPageFactory

    series = EventSeriesPageFactory(parent=agenda, title="Lerend netwerk stad")
    series.themes.set([themes["wijken"]])
    series.organisers.set([organisation])
    series.save_revision().publish()
    make_event(parent=series, title="Sessie 1", start=days(-20), end=days(-20))
    make_event(parent=series, title="Sessie 2", start=days(10), end=days(10))
    return series


def test_series_list_counts_sessions_and_spans_them(client, network):
    item = client.get("/api/v1/series").json()["items"][0]
    assert item["title"] == "Lerend netwerk stad"
    assert item["session_count"] == 2
    assert item["first_start"] < item["last_end"]
    assert item["themes"] == [{"slug": "wijken", "name": "Inclusieve wijken"}]
    assert item["organisers"][0]["name"] == "Platform31"
    assert "sessions" not in item
    assert item["calendar_url"].endswith(f"/api/v1/series/{network.pk}/calendar.ics")


def test_series_detail_lists_its_sessions_as_event_items(client, network):
    data = client.get(f"/api/v1/series/{network.pk}").json()
    assert [s["title"] for s in data["sessions"]] == ["Sessie 1", "Sessie 2"]
    assert all(s["series"]["id"] == network.pk for s in data["sessions"])


def test_series_filters_theme_and_when(client, network, agenda, make_event):
    from tests.programme.factories import EventSeriesPageFactory

    over = EventSeriesPageFactory(parent=agenda, title="Afgelopen reeks")
    make_event(parent=over, title="Oude sessie", start=days(-50), end=days(-50))

    def titles(query):
        return [i["title"] for i in client.get(f"/api/v1/series{query}").json()["items"]]

    assert titles("?theme=wijken") == ["Lerend netwerk stad"]
    assert titles("?when=upcoming") == ["Lerend netwerk stad"]
    assert titles("?when=past") == ["Afgelopen reeks"]
    assert sorted(titles("")) == ["Afgelopen reeks", "Lerend netwerk stad"]
    assert client.get("/api/v1/series?when=later").status_code == 400


def test_series_calendar_has_every_session(client, network):
    from icalendar import Calendar

    response = client.get(f"/api/v1/series/{network.pk}/calendar.ics")
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(response.content).walk("VEVENT")}
    assert {"Sessie 1", "Sessie 2"} <= summaries


def test_people_lists_only_consenting_people_that_live_content_mentions(
    client, make_event, speaker, nl
):
    from tests.programme.factories import EventSpeakerFactory, PersonFactory

    event = make_event(title="Lezing")
    EventSpeakerFactory(page=event, person=speaker, role="lecturer")
    shy = PersonFactory(name="Zonder akkoord", public_profile=False, locale=nl)
    EventSpeakerFactory(page=event, person=shy)
    PersonFactory(name="Nergens genoemd", public_profile=True, locale=nl)
    names = [p["name"] for p in client.get("/api/v1/people").json()["items"]]
    assert names == ["Jan Jansen"]
    assert client.get(f"/api/v1/people/{shy.pk}").status_code == 404
    detail = client.get(f"/api/v1/people/{speaker.pk}").json()
    assert detail["display_name"] == "dr. Jan Jansen"
    assert [e["title"] for e in detail["events"]] == ["Lezing"]
    assert detail["reports"] == []


def test_people_filters(client, make_event, speaker, nl):
    from tests.programme.factories import EventSpeakerFactory, OrganisationFactory, PersonFactory

    event = make_event()
    other = PersonFactory(
        name="Piet Pieters",
        public_profile=True,
        locale=nl,
        organisation=OrganisationFactory(name="Movisie", locale=nl),
    )
    EventSpeakerFactory(page=event, person=speaker)
    EventSpeakerFactory(page=event, person=other)

    def names(query):
        return [p["name"] for p in client.get(f"/api/v1/people{query}").json()["items"]]

    assert names(f"?organisation={speaker.organisation_id}") == ["Jan Jansen"]
    assert names("?q=Piet") == ["Piet Pieters"]
    assert client.get("/api/v1/people?organisation=x").status_code == 400


def test_organisations_are_those_live_content_mentions(client, make_event, organisation, nl):
    from tests.programme.factories import OrganisationFactory

    make_event(organisers=[organisation])
    draft = make_event(title="Concept", partners=[OrganisationFactory(name="Stil", locale=nl)])
    draft.unpublish()
    names = [o["name"] for o in client.get("/api/v1/organisations").json()["items"]]
    assert names == ["Platform31"]
    detail = client.get(f"/api/v1/organisations/{organisation.pk}").json()
    assert detail["url"] is None and detail["locale"] == "nl"
    assert [
        o["name"] for o in client.get("/api/v1/organisations?q=Platform31").json()["items"]
    ] == ["Platform31"]


def test_themes_count_live_public_content_per_type(client, make_event, themes, network):
    make_event(title="Wijkdag", themes=[themes["wijken"]])
    draft = make_event(title="Concept", themes=[themes["wijken"]])
    draft.unpublish()
    detail = client.get("/api/v1/themes/wijken").json()
    assert detail["counts"] == {"events": 1, "series": 1}
    assert detail["api_url"].endswith("/api/v1/themes/wijken")
    listed = {t["slug"]: t["counts"] for t in client.get("/api/v1/themes").json()["items"]}
    assert listed["zorg"] == {}
    assert client.get("/api/v1/themes/wijken?locale=en").status_code == 404


def test_each_language_version_of_a_theme_counts_the_pages_in_its_language(
    client, make_event, themes
):
    """A translated page keeps the source's themes: the English theme counts the English
    page, the Dutch theme only the Dutch one."""
    english = Locale.objects.get(language_code="en")
    event = make_event(title="Wijkdag", themes=[themes["wijken"]])
    translated = event.copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()
    theme_en = themes["wijken"].copy_for_translation(english)
    theme_en.name, theme_en.slug = "Inclusive neighbourhoods", "neighbourhoods"
    theme_en.save()

    assert client.get("/api/v1/themes/wijken").json()["counts"] == {"events": 1}
    assert client.get("/api/v1/themes/neighbourhoods").json()["counts"] == {"events": 1}
    by_dutch_slug = client.get("/api/v1/themes/wijken?locale=en").json()
    assert by_dutch_slug["slug"] == "neighbourhoods" and by_dutch_slug["locale"] == "en"
    assert client.get("/api/v1/themes/neighbourhoods?locale=nl").json()["slug"] == "wijken"
