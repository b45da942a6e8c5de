"""Search costs the same number of queries whatever the number of matches: the count and
the facets are counted by the database and only one results page is read (docs/search.md,
"Cost"). Counted for the API, the search page and suggest, with 5 and with 40 matching
events; the answers are checked too, so a count that stays flat because nothing was
found cannot pass."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programme.models import EventPage
from tests.knowledge.factories import ThemeFactory
from tests.programme.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSpeakerFactory,
    PersonFactory,
    WorkshopFactory,
)

pytestmark = pytest.mark.django_db

SMALL, LARGE = 5, 40


@pytest.fixture
def add_events(home_page):
    agenda = EventIndexPageFactory(parent=home_page)
    theme = ThemeFactory(slug="buurtwerk", name="Buurtwerk")

    def add(count: int, start: int = 0):
        for n in range(start, start + count):
            event = EventPageFactory(
                parent=agenda,
                slug=f"buurtavond-{n}",
                title=f"Buurtavond {n}",
                summary="Een avond over de zeefdrukbuurt en haar bewoners.",
            )
            event.themes.add(theme)
            # "wijkkompas" is only in a workshop: its snippet needs the related objects.
            WorkshopFactory(page=event, description="<p>Werken met het wijkkompas.</p>")
            EventSpeakerFactory(
                page=event, person=PersonFactory(name=f"Spreker {n}", public_profile=True)
            )
            event.save_revision().publish()

    return add


def queries(client, url: str) -> tuple[int, object]:
    client.get(url)  # warm-up: per-process caches are filled once
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured), response


@pytest.mark.parametrize("word", ["zeefdrukbuurt", "wijkkompas"])
def test_search_costs_the_same_with_5_and_40_matches(client, add_events, word):
    add_events(SMALL)
    api_small, response = queries(client, f"/api/v1/search?q={word}")
    data = response.json()
    assert data["count"] == SMALL
    assert data["facets"]["type"] == {"event": SMALL}
    assert data["facets"]["theme"] == {"buurtwerk": SMALL}
    assert f"<mark>{word}</mark>" in data["items"][0]["snippet"]
    page_small, response = queries(client, f"/zoeken/?q={word}")
    assert response.content.count(b'<li class="search-result">') == SMALL

    add_events(LARGE - SMALL, start=SMALL)
    api_large, response = queries(client, f"/api/v1/search?q={word}")
    data = response.json()
    assert data["count"] == LARGE
    assert len(data["items"]) == 20
    assert data["facets"]["type"] == {"event": LARGE}
    assert data["facets"]["theme"] == {"buurtwerk": LARGE}
    assert all(f"<mark>{word}</mark>" in item["snippet"] for item in data["items"])
    assert api_large == api_small
    page_large, response = queries(client, f"/zoeken/?q={word}")
    assert response.content.count(b'<li class="search-result">') == 10  # one page
    assert f"<mark>{word}</mark>".encode() in response.content
    assert page_large == page_small


def test_filtered_search_costs_the_same_with_5_and_40_matches(client, add_events):
    add_events(SMALL)
    year = EventPage.objects.live().first().start.year
    url = f"/api/v1/search?q=zeefdrukbuurt&type=event&theme=buurtwerk&year={year}&offset=0"
    small, response = queries(client, url)
    assert response.json()["count"] == SMALL
    add_events(LARGE - SMALL, start=SMALL)
    assert queries(client, url)[0] == small
    url = "/api/v1/search?q=zeefdrukbuurt&type=event&theme=buurtwerk&locale=nl&offset=20"
    large, response = queries(client, url)
    assert response.json()["count"] == LARGE and len(response.json()["items"]) == 20


def test_suggest_costs_the_same_with_5_and_40_matches(client, add_events):
    add_events(SMALL)
    small, response = queries(client, "/api/v1/search/suggest?q=buurtav")
    assert len(response.json()) == SMALL
    add_events(LARGE - SMALL, start=SMALL)
    large, response = queries(client, "/api/v1/search/suggest?q=buurtav")
    assert len(response.json()) == 8
    assert all(s["title"].startswith("Buurtavond") for s in response.json())
    assert large == small
    # People are suggested by the same rule: a public profile and a mention on live content.
    _count, response = queries(client, "/api/v1/search/suggest?q=spreker")
    assert {s["type"] for s in response.json()} == {"person"}


@pytest.mark.parametrize(
    ("word", "read", "not_read"),
    [
        # In the events' own summary: no relation is read for the snippets.
        ("zeefdrukbuurt", [], ["programme_programmeitem", "programme_workshop"]),
        # Only in a workshop: the relations up to the workshops are read, the later
        # ones (speakers, materials) are not.
        (
            "wijkkompas",
            ["programme_programmeitem", "programme_workshop"],
            ["programme_eventspeaker", "programme_eventmaterial"],
        ),
    ],
)
def test_snippets_read_relations_only_up_to_the_first_with_a_query_word(
    client, add_events, word, read, not_read
):
    add_events(SMALL)
    client.get(f"/api/v1/search?q={word}")
    with CaptureQueriesContext(connection) as captured:
        data = client.get(f"/api/v1/search?q={word}").json()
    assert data["count"] == SMALL
    assert all(f"<mark>{word}</mark>" in item["snippet"] for item in data["items"])
    tables = " ".join(query["sql"] for query in captured.captured_queries)
    for table in read:
        assert f'FROM "{table}"' in tables
    for table in not_read:
        assert f'FROM "{table}"' not in tables
