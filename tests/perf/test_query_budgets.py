"""Query budgets: every list (API and HTML) and every page type costs the same number of
queries with a little content as with a lot of it. Wall-clock speed is for `make bench`."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.knowledge.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    ArticlePersonFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    ReportAuthorFactory,
    ReportDocumentFactory,
    ReportIndexPageFactory,
    ReportPageFactory,
    ThemeFactory,
    TimelineEntryFactory,
)
from tests.programme.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSeriesPageFactory,
    EventSpeakerFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db

SMALL, LARGE = 2, 12


@pytest.fixture
def sections(home_page):
    return {
        "agenda": EventIndexPageFactory(parent=home_page),
        "reports": ReportIndexPageFactory(parent=home_page),
        "articles": ArticleIndexPageFactory(parent=home_page),
        "projects": ProjectIndexPageFactory(parent=home_page),
    }


def add_content(sections, count: int, start: int = 0) -> dict:
    """`count` of everything, each with its people, organisation, theme and files."""
    made = {"events": [], "series": [], "reports": [], "articles": [], "projects": []}
    for n in range(start, start + count):
        theme = ThemeFactory(slug=f"thema-{n}", name=f"Thema {n}")
        person = PersonFactory(
            name=f"Spreker {n}", public_profile=True, organisation=OrganisationFactory()
        )
        when = timezone.now() + datetime.timedelta(days=10 + n)
        event = EventPageFactory(parent=sections["agenda"], slug=f"activiteit-{n}", start=when)
        event.themes.add(theme)
        event.organisers.add(person.organisation)
        EventSpeakerFactory(page=event, person=person)
        event.save()
        series = EventSeriesPageFactory(parent=sections["agenda"], slug=f"netwerk-{n}")
        EventPageFactory(parent=series, slug=f"sessie-{n}", start=when)
        report = ReportPageFactory(parent=sections["reports"], slug=f"rapport-{n}")
        ReportAuthorFactory(report=report, person=person)
        ReportDocumentFactory(report=report)
        article = ArticlePageFactory(parent=sections["articles"], slug=f"artikel-{n}")
        ArticlePersonFactory(article=article, person=person)
        project = ProjectPageFactory(parent=sections["projects"], slug=f"project-{n}")
        TimelineEntryFactory(project=project)
        for key, page in (
            ("events", event),
            ("series", series),
            ("reports", report),
            ("articles", article),
            ("projects", project),
        ):
            made[key].append(page)
    return made


def queries(client, url: str) -> int:
    client.get(url)  # warm-up: renditions and per-process caches are made once
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


LIST_URLS = [
    "/api/v1/events",
    "/api/v1/events/calendar.ics",
    "/api/v1/series",
    "/api/v1/people",
    "/api/v1/organisations",
    "/api/v1/reports",
    "/api/v1/articles",
    "/api/v1/projects",
    "/api/v1/themes",
    "/agenda/",
    "/publicaties/",
    "/artikelen/",
    "/projecten/",
]


@pytest.mark.parametrize("url", LIST_URLS)
def test_a_list_costs_the_same_with_more_content(client, sections, url):
    add_content(sections, SMALL)
    small = queries(client, url)
    add_content(sections, LARGE - SMALL, start=SMALL)
    assert queries(client, url) == small


@pytest.mark.parametrize("kind", ["events", "series", "reports", "articles", "projects"])
def test_a_detail_page_costs_the_same_in_a_small_and_a_large_site(client, sections, kind):
    first = add_content(sections, SMALL)[kind][0]
    api_url = f"/api/v1/{kind}/{first.pk}"
    small_page, small_api = queries(client, first.url), queries(client, api_url)
    add_content(sections, LARGE - SMALL, start=SMALL)
    assert queries(client, first.url) == small_page
    assert queries(client, api_url) == small_api


def _conference(parent, workshops: int):
    """A conference day whose every person has a photo and every organisation a logo:
    speakers, a moderator, a programme naming people, two rounds of ``workshops``."""
    from programme.services import sync_workshop_runs
    from tests.programme.factories import (
        ProgrammeItemFactory,
        WorkshopFactory,
        WorkshopRoundFactory,
    )
    from tests.site.factories import ImageFactory

    def person(n):
        org = OrganisationFactory(logo=ImageFactory())
        return PersonFactory(name=f"P{n}", photo=ImageFactory(), organisation=org)

    event = EventPageFactory(parent=parent, start=timezone.now() + datetime.timedelta(days=3))
    event.organisers.add(OrganisationFactory(logo=ImageFactory()))
    for n in range(max(1, workshops // 4)):
        EventSpeakerFactory(page=event, person=person(n), role="moderator" if n == 0 else "speaker")
        item = ProgrammeItemFactory(page=event, title=f"Onderdeel {n}")
        item.people.set([person(100 + n)])
        item.organisations.set([OrganisationFactory(logo=ImageFactory())])
        item.save()
    WorkshopRoundFactory(page=event)
    WorkshopRoundFactory(page=event)
    for n in range(workshops):
        workshop = WorkshopFactory(page=event, round_numbers=[1 + n % 2], capacity=20)
        workshop.facilitators.set([person(200 + n)])
        workshop.organisations.set([OrganisationFactory(logo=ImageFactory())])
        workshop.save()
    sync_workshop_runs(event)
    event.save_revision().publish()
    return event


def test_event_detail_costs_the_same_with_more_workshops_speakers_and_photos(client, sections):
    """Two workshops and one speaker or 26 workshops and six speakers: the same queries,
    photos and logos included (their renditions come in one query for the whole event)."""
    small = _conference(sections["agenda"], 2)
    large = _conference(sections["agenda"], 26)
    assert len(client.get(f"/api/v1/events/{large.pk}").json()["rounds"][0]["workshops"]) == 13
    assert queries(client, f"/api/v1/events/{small.pk}") == queries(
        client, f"/api/v1/events/{large.pk}"
    )


def test_event_list_costs_the_same_with_more_items_on_the_page(client, sections):
    """limit=20 over 2 events or over 20, with themes, images and translations."""
    from wagtail.models import Locale

    from tests.site.factories import ImageFactory

    english = Locale.objects.get_or_create(language_code="en")[0]

    def add(count, start):
        for n in range(start, start + count):
            event = EventPageFactory(
                parent=sections["agenda"],
                slug=f"lijst-{n}",
                start=timezone.now() + datetime.timedelta(days=5 + n),
                image=ImageFactory(),
            )
            event.themes.add(ThemeFactory(slug=f"lijst-thema-{n}"))
            event.save_revision().publish()
            event.copy_for_translation(english, copy_parents=True).save_revision().publish()

    add(2, 0)
    few = queries(client, "/api/v1/events?limit=20")
    add(18, 2)
    assert client.get("/api/v1/events?limit=20").json()["count"] == 40
    assert queries(client, "/api/v1/events?limit=20") == few
