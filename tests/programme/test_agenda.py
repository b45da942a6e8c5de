"""The agenda: upcoming first, an archive, filters as a plain GET form, pagination; the
listing source and the dashboard panel."""

import re

import pytest
from atelier.models import Theme
from atelier.registry import registry
from django.utils import timezone

from tests.programme.factories import EventPageFactory, aware

from .helpers import JOIN_URL

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [event.title for event in response.context["events"]]


@pytest.fixture
def programme(agenda):
    soon = timezone.now() + timezone.timedelta(days=10)
    theme = Theme.objects.create(name="Wijkaanpak", slug="wijkaanpak", locale=agenda.locale)
    later = EventPageFactory(parent=agenda, title="Later", start=soon + timezone.timedelta(days=40))
    first = EventPageFactory(parent=agenda, title="Eerst", start=soon, format="kennisatelier")
    first.themes = [theme]
    first.save_revision().publish()
    EventPageFactory(parent=agenda, title="Voorbij", start=aware(2021, 1, 28, 13))
    EventPageFactory(parent=agenda, title="Concept", live=False)
    return {"first": first, "later": later, "theme": theme}


def test_upcoming_first_in_date_order_and_an_archive_of_past_events(agenda, client, programme):
    assert titles(client.get(agenda.url)) == ["Eerst", "Later"]
    assert titles(client.get(agenda.url, {"when": "past"})) == ["Voorbij"]


def test_filters_by_theme_format_and_month(agenda, client, programme):
    assert titles(client.get(agenda.url, {"theme": "wijkaanpak"})) == ["Eerst"]
    assert titles(client.get(agenda.url, {"format": "kennisatelier"})) == ["Eerst"]
    month = timezone.localtime(programme["later"].start).strftime("%Y-%m")
    assert titles(client.get(agenda.url, {"month": month})) == ["Later"]
    # A past month: nothing under "upcoming"; what took place is listed as such.
    past_month = client.get(agenda.url, {"month": "2021-01"})
    assert titles(past_month) == []
    assert [event.title for event in past_month.context["earlier_events"]] == ["Voorbij"]
    assert "Vond plaats in januari 2021" in past_month.content.decode()


def test_bad_filter_values_give_a_form_error_not_a_500(agenda, client, programme):
    response = client.get(agenda.url, {"month": "maart", "format": "x", "pagina": "zz"})
    assert response.status_code == 200
    assert response.context["filter_form"].errors
    assert 'class="field-error"' in response.content.decode()


def test_the_list_is_headed_by_what_it_holds(agenda, client, programme):
    heading = {
        when: re.search(
            r'<h2 id="results-heading">([^<]+)</h2>',
            client.get(agenda.url, {"when": when}).content.decode(),
        ).group(1)
        for when in ("upcoming", "past", "all")
    }
    assert heading == {
        "upcoming": "Komende activiteiten",
        "past": "Afgelopen activiteiten",
        "all": "Alle activiteiten",
    }


@pytest.mark.parametrize("month", ["0001-01", "9999-12"])
def test_a_month_at_the_ends_of_the_calendar_lists_nothing_and_is_no_500(
    agenda, client, programme, month
):
    response = client.get(agenda.url, {"month": month})
    assert response.status_code == 200
    assert titles(response) == [] and response.context["earlier_events"] == []


def test_pagination(agenda, client):
    start = timezone.now() + timezone.timedelta(days=2)
    for day in range(7):
        EventPageFactory(parent=agenda, start=start + timezone.timedelta(days=day))
    agenda.per_page = 5
    agenda.save_revision().publish()
    assert len(client.get(agenda.url).context["events"]) == 5
    assert len(client.get(agenda.url, {"pagina": 2}).context["events"]) == 2


def test_page_links_keep_the_filters(agenda, client):
    theme = Theme.objects.create(name="Wijkaanpak", slug="wijkaanpak", locale=agenda.locale)
    start = timezone.now() + timezone.timedelta(days=2)
    for day in range(7):
        event = EventPageFactory(parent=agenda, start=start + timezone.timedelta(days=day))
        event.themes = [theme]
        event.save_revision().publish()
    agenda.per_page = 5
    agenda.save_revision().publish()
    first = client.get(agenda.url, {"theme": "wijkaanpak"}).content.decode()
    assert '<a href="?theme=wijkaanpak&amp;pagina=2" rel="next">' in first
    second = client.get(agenda.url, {"pagina": 2, "theme": "wijkaanpak"}).content.decode()
    assert '<a href="?theme=wijkaanpak&amp;pagina=1" rel="prev">' in second
    assert 'rel="next"' not in second
    assert '<span aria-current="page">Pagina 2 van 2</span>' in second


def test_listing_source_and_dashboard_panel(agenda, programme, rf):
    source = registry.listing_sources["upcoming_events"]
    assert [e.title for e in source.items(limit=3)] == ["Eerst", "Later"]
    assert [e.title for e in source.items(theme=programme["theme"])] == ["Eerst"]
    request = rf.get("/admin/")
    panels = [factory(request) for factory in registry.dashboard_panels]
    html = "".join(panel.render_html({"request": request}) for panel in panels if panel)
    assert "Eerst" in html and "Concept" not in html


def test_wagtail_api_v2_never_shows_the_join_link(agenda, client):
    EventPageFactory(parent=agenda, is_online=True, online_join_url=JOIN_URL)
    response = client.get("/api/wagtail/v2/pages/", {"type": "programme.EventPage", "fields": "*"})
    assert response.status_code == 200
    assert response.json()["items"] and JOIN_URL not in response.content.decode()
