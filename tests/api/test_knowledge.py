"""/api/v1/projects, reports and articles: the reports case and the project timeline."""

import datetime

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def stadsgenoten(knowledge, speaker, organisation, themes, make_event, private_collection):
    from tests.knowledge.factories import (
        PdfDocumentFactory,
        ProjectPageFactory,
        ReportAuthorFactory,
        ReportDocumentFactory,
        ReportPageFactory,
        TimelineEntryFactory,
    )

    project = ProjectPageFactory(
        parent=knowledge["projects"], title="Stadsgenoten", organisation=organisation
    )
    project.themes.set([themes["wijken"]])
    project.save_revision().publish()
    final = ReportPageFactory(
        parent=knowledge["reports"],
        title="Eindrapport Stadsgenoten",
        project=project,
        publication_date=datetime.date(2020, 11, 20),
    )
    final.themes.set([themes["wijken"]])
    final.save_revision().publish()
    ReportAuthorFactory(report=final, person=speaker)
    ReportDocumentFactory(report=final, document=PdfDocumentFactory(title="Eindrapport", pages=3))
    start_note = ReportPageFactory(
        parent=knowledge["reports"],
        title="Startnotitie",
        report_type="start_note",
        publication_date=datetime.date(2017, 5, 1),
    )
    forthcoming = ReportPageFactory(
        parent=knowledge["reports"],
        title="Synthese",
        report_type="knowledge_synthesis",
        publication_date=None,
        is_forthcoming=True,
        expected_date=datetime.date(2021, 5, 31),
        expected_label="eind mei 2021",
    )
    ReportDocumentFactory(
        report=forthcoming,
        document=PdfDocumentFactory(title="Synthese concept", collection=private_collection),
    )
    event = make_event(title="Slotbijeenkomst")
    TimelineEntryFactory(
        project=project,
        date=datetime.date(2017, 1, 1),
        title="Start",
        reports=[("report", start_note)],
        events=[("event", event)],
    )
    TimelineEntryFactory(
        project=project,
        date=datetime.date(2021, 5, 31),
        date_precision="month",
        label="eind mei 2021",
        title="Synthese",
        is_forthcoming=True,
        reports=[("report", forthcoming)],
    )
    return {"project": project, "final": final, "forthcoming": forthcoming}


def titles(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.content
    return [i["title"] for i in response.json()["items"]]


def test_reports_newest_first_with_documents_and_authors(client, stadsgenoten):
    items = client.get("/api/v1/reports").json()["items"]
    assert [i["title"] for i in items] == ["Synthese", "Eindrapport Stadsgenoten", "Startnotitie"]
    final = items[1]
    assert final["type"] == "final_report"
    assert final["authors"][0]["display_name"] == "dr. Jan Jansen"
    assert final["project"]["title"] == "Stadsgenoten"
    document = final["documents"][0]
    assert (document["file_type"], document["pages"]) == ("pdf", 3)
    assert document["size_bytes"] > 0 and document["url"].startswith("http://testserver/")
    forthcoming = items[0]
    assert forthcoming["is_forthcoming"] and forthcoming["expected_label"] == "eind mei 2021"
    assert forthcoming["documents"] == []  # its file waits in the embargo collection


def test_report_filters(client, stadsgenoten):
    project = stadsgenoten["project"]
    assert titles(client, "/api/v1/reports?type=start_note") == ["Startnotitie"]
    assert titles(client, "/api/v1/reports?year=2020") == ["Eindrapport Stadsgenoten"]
    assert titles(client, "/api/v1/reports?year=2021") == ["Synthese"]
    assert titles(client, "/api/v1/reports?theme=wijken") == ["Eindrapport Stadsgenoten"]
    assert titles(client, f"/api/v1/reports?project={project.pk}") == ["Eindrapport Stadsgenoten"]
    assert titles(client, "/api/v1/reports?q=Startnotitie") == ["Startnotitie"]
    for bad in ("type=novel", "year=20", "year=abc", "project=-2", "theme=%20"):
        assert client.get(f"/api/v1/reports?{bad}").status_code == 400, bad


def test_report_detail_and_person_reports(client, stadsgenoten, speaker):
    final = stadsgenoten["final"]
    data = client.get(f"/api/v1/reports/{final.pk}").json()
    assert "body" in data and data["id"] == final.pk
    person = client.get(f"/api/v1/people/{speaker.pk}").json()
    assert [r["title"] for r in person["reports"]] == ["Eindrapport Stadsgenoten"]


def test_project_timeline_with_reports_and_events(client, stadsgenoten):
    project = stadsgenoten["project"]
    data = client.get(f"/api/v1/projects/{project.pk}").json()
    assert data["period"]["start"] == "2017-01-01"
    assert data["organisation"]["name"] == "Platform31"
    start, synthesis = data["timeline"]
    assert (start["date_precision"], start["label"]) == ("year", "2017")
    assert [r["title"] for r in start["reports"]] == ["Startnotitie"]
    assert [e["title"] for e in start["events"]] == ["Slotbijeenkomst"]
    assert synthesis["is_forthcoming"] and synthesis["label"] == "eind mei 2021"


def test_project_filters(client, stadsgenoten, knowledge):
    from tests.knowledge.factories import ProjectPageFactory

    ProjectPageFactory(parent=knowledge["projects"], title="Oud project", status="completed")
    assert titles(client, "/api/v1/projects?status=completed") == ["Oud project"]
    assert titles(client, "/api/v1/projects?theme=wijken") == ["Stadsgenoten"]
    assert titles(client, "/api/v1/projects?q=Stadsgenoten") == ["Stadsgenoten"]
    assert client.get("/api/v1/projects?status=busy").status_code == 400


def test_articles_with_people_in_roles_and_related_events(client, knowledge, speaker, make_event):
    from tests.knowledge.factories import ArticlePageFactory, ArticlePersonFactory

    event = make_event(title="Congres")
    interview = ArticlePageFactory(
        parent=knowledge["articles"],
        title="Interview over de wijk",
        kind="interview",
        related_events=[("event", event)],
        body=[("paragraph", '<p>Zie <a href="/agenda/">de agenda</a>.</p>')],
    )
    ArticlePersonFactory(article=interview, person=speaker, role="interviewee")
    ArticlePageFactory(parent=knowledge["articles"], title="Nieuwtje", kind="news")
    assert titles(client, "/api/v1/articles?kind=interview") == ["Interview over de wijk"]
    assert titles(client, "/api/v1/articles?q=Nieuwtje") == ["Nieuwtje"]
    assert client.get("/api/v1/articles?kind=essay").status_code == 400
    data = client.get(f"/api/v1/articles/{interview.pk}").json()
    assert data["people"][0]["role"] == "interviewee"
    assert data["authors"] == []
    assert [e["title"] for e in data["related_events"]] == ["Congres"]
    paragraph = data["body"][0]
    assert paragraph["type"] == "paragraph" and paragraph["id"]
    assert 'href="http://testserver/agenda/"' in paragraph["value"]
