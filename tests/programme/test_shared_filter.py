"""One event filter (programme/filters.py) behind four surfaces: the API list,
events/calendar.ics, the embed and the agenda page. The same value selects the same
events everywhere; the same bad value gets the same message everywhere (a 400 problem
document, a 400 text, a form error next to the field)."""

import icalendar
import pytest
from django.utils import timezone, translation
from lxml import html

from programme.filters import message
from tests.embed.agenda_content import build_agenda

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(home_page):
    return build_agenda(home_page)


def api_titles(client, query: dict) -> list[str]:
    response = client.get("/api/v1/events", query)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def calendar_titles(client, query: dict) -> list[str]:
    response = client.get("/api/v1/events/calendar.ics", query)
    assert response.status_code == 200, response.content
    calendar = icalendar.Calendar.from_ical(response.content)
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def embed_titles(client, query: dict) -> list[str]:
    response = client.get("/embed/agenda/", query)
    assert response.status_code == 200, response.content
    tree = html.fromstring(response.content)
    return [a.text_content().strip() for a in tree.xpath("//h2[@class='embed-event__title']/a")]


def agenda_titles(client, agenda, query: dict) -> list[str]:
    response = client.get(agenda["index"].url, query)
    assert response.status_code == 200
    assert not response.context["filter_form"].errors
    return [event.title for event in response.context["events"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"theme": "inclusieve-wijken"}, ["Kennisatelier buurtaanpak"]),
        ({"format": "webinar"}, ["Webinar schulden"]),
        ({"theme": "armoede", "format": "webinar"}, ["Webinar schulden"]),
        ({"theme": "armoede", "format": "kennisatelier"}, []),
        # Well formed but naming nothing: a valid question with an empty answer, everywhere.
        ({"theme": "bestaat-niet"}, []),
        ({}, ["Kennisatelier buurtaanpak", "Webinar schulden", "Netwerksessie twee"]),
    ],
)
def test_the_same_filter_selects_the_same_events_on_all_four_surfaces(
    client, agenda, query, expected
):
    assert api_titles(client, query) == expected
    assert sorted(calendar_titles(client, query)) == sorted(expected)
    assert embed_titles(client, query) == expected
    assert agenda_titles(client, agenda, query) == expected


def test_the_series_filter_means_the_same_in_the_api_the_calendar_and_the_embed(client, agenda):
    query = {"series": agenda["network"].pk}
    assert api_titles(client, query) == ["Netwerksessie twee"]
    assert calendar_titles(client, query) == ["Netwerksessie twee"]
    assert embed_titles(client, query) == ["Netwerksessie twee"]
    not_a_series = {"series": agenda["webinar"].pk}
    assert api_titles(client, not_a_series) == embed_titles(client, not_a_series) == []


@pytest.mark.parametrize(
    ("name", "value", "on_agenda"),
    [
        ("theme", "geen slug!", True),
        ("format", "rave", True),
        ("series", "abc", False),
        ("series", "0", False),
    ],
)
def test_a_bad_value_gets_the_same_message_on_every_surface(client, agenda, name, value, on_agenda):
    with translation.override("en"):
        expected = message(name)
    for path in ("/api/v1/events", "/api/v1/events/calendar.ics"):
        response = client.get(path, {name: value})
        assert response.status_code == 400
        assert response["Content-Type"] == "application/problem+json"
        errors = response.json()["errors"]
        assert [(e["name"], e["message"]) for e in errors] == [(name, expected)]

    embed = client.get("/embed/agenda/", {name: value})
    assert embed.status_code == 400
    assert embed["Content-Type"].startswith("text/plain")
    assert embed.content.decode() == expected

    if on_agenda:
        unfiltered = agenda_titles(client, agenda, {})
        response = client.get(agenda["index"].url, {name: value, "pagina": "1"})
        assert response.status_code == 200
        form = response.context["filter_form"]
        assert form.errors[name] == [message(name)]  # in the visitor's language
        # The message is tied to its field for screen readers: the id Django's widget names.
        html = response.content.decode()
        assert f'id="id_{name}_error"' in html
        assert f'aria-describedby="id_{name}_error"' in html
        # The list is not filtered by the bad value.
        assert [event.title for event in response.context["events"]] == unfiltered


def test_a_bad_value_on_the_agenda_keeps_the_good_ones(client, agenda):
    response = client.get(agenda["index"].url, {"theme": "armoede", "month": "maart"})
    assert response.status_code == 200
    assert list(response.context["filter_form"].errors) == ["month"]
    assert [event.title for event in response.context["events"]] == ["Webinar schulden"]


def test_when_is_checked_the_same_way_in_the_api_and_on_the_agenda(client, agenda):
    with translation.override("en"):
        expected = message("when")
    response = client.get("/api/v1/events", {"when": "soon"})
    assert response.json()["errors"][0]["message"] == expected
    page = client.get(agenda["index"].url, {"when": "soon"})
    assert page.context["filter_form"].errors["when"] == [message("when")]
    assert api_titles(client, {"when": "past"}) == ["Terugblik congres"]
    assert agenda_titles(client, agenda, {"when": "past"}) == ["Terugblik congres"]
    assert sorted(api_titles(client, {"when": "all"})) == sorted(
        agenda_titles(client, agenda, {"when": "all"})
    )


def test_existing_agenda_links_keep_working(client, agenda):
    start = timezone.localtime(agenda["webinar"].start)
    query = {
        "theme": "armoede",
        "format": "webinar",
        "month": f"{start.year}-{start.month:02d}",
        "when": "upcoming",
        "pagina": "1",
    }
    assert agenda_titles(client, agenda, query) == ["Webinar schulden"]


def test_a_repeated_value_is_refused_everywhere_never_a_guess(client, agenda):
    query = "format=webinar&format=kennisatelier"
    api = client.get(f"/api/v1/events?{query}")
    assert api.status_code == 400
    assert api.json()["errors"] == [{"name": "format", "message": "Give this parameter once."}]
    assert client.get(f"/embed/agenda/?{query}").status_code == 400
    page = client.get(f"{agenda['index'].url}?{query}")
    assert page.status_code == 200
    assert list(page.context["filter_form"].errors) == ["format"]
    assert [event.title for event in page.context["events"]] == agenda_titles(client, agenda, {})
    # theme is a list everywhere: any of the themes matches.
    themes = {"theme": ["armoede", "inclusieve-wijken"]}
    both = ["Kennisatelier buurtaanpak", "Webinar schulden"]
    assert api_titles(client, themes) == embed_titles(client, themes) == both
    assert agenda_titles(client, agenda, themes) == both


@pytest.mark.parametrize("query", [{"when": "all"}, {"from": "2020-01-01"}, {"to": "2030-01-01"}])
def test_a_series_that_names_nothing_with_a_search_is_an_empty_list(client, agenda, query):
    """A series id that names no series selects nothing; with ``q`` the search engine gets
    that empty selection and answers with nothing, not a 500 (found by trying combinations)."""
    assert api_titles(client, {**query, "series": "999999", "q": "buurt"}) == []
