"""The anonymous sweep: every list and every detail of /api/v1/, and none of them shows a
draft, a private page, a page under a private parent, a document in a private collection,
or a person or organisation that only hidden content mentions. Those answer 404."""

import json

import pytest

from .conftest import restrict

pytestmark = pytest.mark.django_db

LISTS = [
    "events?when=all",
    "series",
    "people",
    "organisations",
    "themes",
    "projects",
    "reports",
    "articles",
]
SECRET = "GEHEIM"


@pytest.fixture
def site(make_event, agenda, knowledge, nl, organisation, speaker, private_collection, themes):
    from tests.knowledge.factories import (
        ArticlePageFactory,
        PdfDocumentFactory,
        ProjectPageFactory,
        ReportDocumentFactory,
        ReportPageFactory,
    )
    from tests.programme.factories import (
        EventSeriesPageFactory,
        EventSpeakerFactory,
        OrganisationFactory,
        PersonFactory,
    )

    def secret_person(name):
        return PersonFactory(name=f"{SECRET} {name}", public_profile=True, locale=nl)

    public = make_event(title="Openbare bijeenkomst", organisers=[organisation])
    EventSpeakerFactory(page=public, person=speaker, role="speaker")

    hidden = {}
    draft = make_event(title=f"{SECRET} concept")
    draft.unpublish()
    EventSpeakerFactory(page=draft, person=secret_person("spreker concept"))
    hidden["events"] = [draft]

    private = restrict(make_event(title=f"{SECRET} besloten"))
    EventSpeakerFactory(page=private, person=secret_person("spreker besloten"))
    hidden["events"].append(private)

    closed_series = restrict(EventSeriesPageFactory(parent=agenda, title=f"{SECRET} reeks"))
    under = make_event(
        parent=closed_series,
        title=f"{SECRET} sessie",
        organisers=[OrganisationFactory(name=f"{SECRET} organisator", locale=nl)],
    )
    hidden["events"].append(under)
    hidden["series"] = [closed_series]

    report = ReportPageFactory(parent=knowledge["reports"], title="Openbaar rapport")
    ReportDocumentFactory(report=report, document=PdfDocumentFactory(title="Openbaar bestand"))
    ReportDocumentFactory(
        report=report,
        label=f"{SECRET} embargo",
        document=PdfDocumentFactory(title=f"{SECRET} bestand", collection=private_collection),
    )
    draft_report = ReportPageFactory(parent=knowledge["reports"], title=f"{SECRET} rapport")
    draft_report.unpublish()
    hidden["reports"] = [draft_report]

    ProjectPageFactory(parent=knowledge["projects"], title="Openbaar project")
    hidden["projects"] = [
        restrict(ProjectPageFactory(parent=knowledge["projects"], title=f"{SECRET} project"))
    ]
    ArticlePageFactory(parent=knowledge["articles"], title="Openbaar artikel")
    private_articles = restrict(
        ArticlePageFactory(parent=knowledge["articles"], title="Besloten rubriek")
    )
    hidden["articles"] = [
        ArticlePageFactory(parent=private_articles, title=f"{SECRET} onder besloten")
    ]
    hidden["people"] = list(type(speaker).objects.filter(name__startswith=SECRET)) + [
        PersonFactory(name=f"{SECRET} niemand noemt mij", public_profile=True, locale=nl)
    ]
    hidden["organisations"] = list(type(organisation).objects.filter(name__startswith=SECRET))
    return hidden


def fetch_everything(client):
    """Every page of every list, and every detail an item links to."""
    bodies = []
    for name in LISTS:
        url = f"/api/v1/{name}{'&' if '?' in name else '?'}limit=100"
        while url:
            response = client.get(url)
            assert response.status_code == 200, (url, response.content)
            body = response.json()
            bodies.append(response.content)
            for item in body["items"]:
                detail = client.get(item["api_url"])
                assert detail.status_code == 200, (item["api_url"], detail.content)
                bodies.append(detail.content)
            url = body["next"]
    return bodies


def test_the_sweep_shows_public_content_and_nothing_hidden(client, site):
    bodies = fetch_everything(client)
    everything = b"\n".join(bodies).decode()
    for expected in (
        "Openbare bijeenkomst",
        "Openbaar rapport",
        "/openbaar-bestand",
        "Openbaar project",
        "Openbaar artikel",
        "Jan Jansen",
        "Platform31",
    ):
        assert expected in everything
    assert SECRET.lower() not in everything.lower()  # titles, names, file names
    assert "Besloten rubriek" not in everything


def test_hidden_objects_answer_404_on_their_detail_urls(client, site):
    for collection, objects in site.items():
        assert objects, collection
        for obj in objects:
            response = client.get(f"/api/v1/{collection}/{obj.pk}")
            assert response.status_code == 404, (collection, obj)
            assert response["Content-Type"] == "application/problem+json"
            assert json.loads(response.content)["status"] == 404


def test_hidden_events_stay_out_of_the_exports(client, site):
    for url in ("/api/v1/events/calendar.ics?when=all", "/api/v1/events/calendar.ics"):
        assert SECRET.encode() not in client.get(url).content
    for event in site["events"]:
        assert client.get(f"/api/v1/events/{event.pk}/calendar.ics").status_code == 404
        assert client.get(f"/api/v1/events/{event.pk}/schedule.json").status_code == 404
    for series in site["series"]:
        assert client.get(f"/api/v1/series/{series.pk}/calendar.ics").status_code == 404


def test_a_logged_in_editor_gets_the_same_public_api(client, site, django_user_model):
    client.force_login(django_user_model.objects.get(username="editor"))
    everything = b"\n".join(fetch_everything(client)).decode()
    assert SECRET not in everything
