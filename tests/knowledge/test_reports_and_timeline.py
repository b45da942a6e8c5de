"""Report files as readers see them, the report index's filters, the project timeline's
query budget, and what knowledge offers the rest of the site through the registry."""

import datetime

import pytest
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from tests.knowledge.factories import (
    ArticlePageFactory,
    PdfDocumentFactory,
    ProjectPageFactory,
    ReportDocumentFactory,
    ReportPageFactory,
    ThemeFactory,
    TimelineEntryFactory,
)

pytestmark = pytest.mark.django_db


def test_file_type_size_and_pages_come_from_the_pdf_itself(sections, client):
    document = PdfDocumentFactory(title="Eindrapport", pages=3)
    document.file.open("rb")
    size = len(document.file.read())
    document.file.close()
    assert (document.file_type, document.page_count, document.size_bytes) == ("pdf", 3, size)
    assert "rapportwoord" in document.extracted_text
    report = ReportPageFactory(parent=sections["reports"])
    ReportDocumentFactory(report=report, document=document, label="Volledig rapport")
    html = client.get(report.url).content.decode()
    assert "Volledig rapport" in html
    facts = f"PDF, {filesizeformat(size)}, 3 pagina's"
    assert escape(f"({facts})") in html
    assert f'download="{document.filename}"' in html


def test_document_facts_reads_like_a_sentence():
    from knowledge.templatetags.knowledge_tags import document_facts

    one_page = PdfDocumentFactory(pages=1)
    assert document_facts(one_page).startswith("PDF, ")
    assert document_facts(one_page).endswith(", 1 pagina")


# --- the report index ----------------------------------------------------------------------
@pytest.fixture
def catalogue(sections):
    index = sections["reports"]
    theme = ThemeFactory(name="Wonen", slug="wonen")
    project = ProjectPageFactory(parent=sections["projects"], title="Stadsgenoten")
    reports = {
        "note": ReportPageFactory(
            parent=index,
            title="Startnota",
            report_type="start_note",
            publication_date=datetime.date(2018, 6, 1),
            project=project,
        ),
        "final": ReportPageFactory(
            parent=index,
            title="Eindrapport",
            report_type="final_report",
            publication_date=datetime.date(2019, 12, 1),
            themes=[theme],
        ),
        "toolkit": ReportPageFactory(
            parent=index,
            title="Gereedschapskist",
            report_type="toolkit",
            publication_date=datetime.date(2019, 3, 1),
        ),
    }
    return {"index": index, "theme": theme, "project": project, **reports}


def _titles(response):
    return [report.title for report in response.context["reports"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Eindrapport", "Gereedschapskist", "Startnota"]),
        ("?soort=start_note", ["Startnota"]),
        ("?thema=wonen", ["Eindrapport"]),
        ("?jaar=2019", ["Eindrapport", "Gereedschapskist"]),
        ("?jaar=2019&soort=toolkit", ["Gereedschapskist"]),
    ],
)
def test_report_index_filters(client, catalogue, query, expected):
    response = client.get(f"/publicaties/{query}")
    assert response.status_code == 200
    assert _titles(response) == expected


def test_report_index_filters_by_project(client, catalogue):
    response = client.get(f"/publicaties/?project={catalogue['project'].pk}")
    assert _titles(response) == ["Startnota"]


@pytest.mark.parametrize(
    "query", ["?jaar=abc", "?jaar=1850", "?soort=roman", "?project=x", "?pagina=999"]
)
def test_bad_filter_values_are_explained_not_500(client, catalogue, query):
    response = client.get(f"/publicaties/{query}")
    assert response.status_code == 200
    if "pagina" not in query:
        assert response.context["filter_form"].errors
        assert 'role="alert"' in response.content.decode()
    assert len(_titles(response)) == 3  # the bad filter is ignored, nothing is hidden


def test_a_nul_character_is_refused_before_the_page_is_built(client, catalogue):
    response = client.get("/publicaties/?thema=%00")
    assert response.status_code == 400  # atelier.request_guard, for every public URL


def test_report_index_is_paginated_and_keeps_the_filter(client, catalogue):
    for number in range(13):
        ReportPageFactory(
            parent=catalogue["index"],
            title=f"Fiche {number}",
            report_type="factsheet",
            publication_date=datetime.date(2018, 1, 1),
        )
    first = client.get("/publicaties/?soort=factsheet")
    assert len(_titles(first)) == 12
    assert "soort=factsheet&amp;pagina=2" in first.content.decode()
    second = client.get("/publicaties/?soort=factsheet&pagina=2")
    assert len(_titles(second)) == 1


def test_article_index_is_paginated_and_keeps_the_kind(client, sections):
    for number in range(13):
        ArticlePageFactory(parent=sections["articles"], title=f"Gesprek {number}", kind="interview")
    ArticlePageFactory(parent=sections["articles"], title="Bericht", kind="news")
    first = client.get("/artikelen/?soort=interview")
    assert len(first.context["articles"]) == 12
    assert '<a href="?soort=interview&amp;pagina=2" rel="next">' in first.content.decode()
    second = client.get("/artikelen/?soort=interview&pagina=2")
    assert [article.title for article in second.context["articles"]] == ["Gesprek 0"]
    assert '<a href="?soort=interview&amp;pagina=1" rel="prev">' in second.content.decode()


# --- the timeline's query budget -------------------------------------------------------------
def _project_with_entries(sections, count: int):
    project = ProjectPageFactory(parent=sections["projects"], slug=f"project-{count}")
    for number in range(count):
        report = ReportPageFactory(parent=sections["reports"], slug=f"r-{count}-{number}")
        ReportDocumentFactory(report=report)
        TimelineEntryFactory(
            project=project,
            date=datetime.date(2000 + number, 1, 1),
            reports=[("report", report)],
            documents=[("document", {"label": "Bijlage", "document": PdfDocumentFactory()})],
        )
    return project


def _queries_for(client, url) -> int:
    client.get(url)  # warm the site and locale caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_project_page_queries_do_not_grow_with_the_timeline(client, sections):
    one = _project_with_entries(sections, 1)
    ten = _project_with_entries(sections, 10)
    html = client.get(ten.url).content.decode()
    assert html.count('class="timeline__entry') == 10
    assert html.count('class="download"') == 20
    assert _queries_for(client, one.url) == _queries_for(client, ten.url)


def test_a_draft_report_in_the_timeline_is_left_out(client, sections):
    project = ProjectPageFactory(parent=sections["projects"])
    draft = ReportPageFactory(parent=sections["reports"], title="Nog in concept", live=False)
    TimelineEntryFactory(project=project, reports=[("report", draft)])
    html = client.get(project.url).content.decode()
    assert "Nog in concept" not in html


# --- the registry ------------------------------------------------------------------------------
def test_listing_sources_give_the_latest_live_public_pages(sections):
    from atelier.registry import registry

    theme = ThemeFactory(slug="zorg")
    ReportPageFactory(
        parent=sections["reports"], title="Oud", publication_date=datetime.date(2010, 1, 1)
    )
    ReportPageFactory(parent=sections["reports"], title="Nieuw", themes=[theme])
    ReportPageFactory(parent=sections["reports"], title="Concept", live=False)
    source = registry.listing_sources["latest_reports"]
    assert str(source.label) == "Nieuwste publicaties"
    assert [r.title for r in source.items(limit=3)] == ["Nieuw", "Oud"]
    assert [r.title for r in source.items(theme=theme)] == ["Nieuw"]
    assert [r.title for r in source.items(theme="zorg", locale="nl")] == ["Nieuw"]
    assert "latest_articles" in registry.listing_sources


def test_dashboard_panel_lists_forthcoming_reports_for_editors(rf, admin_user, sections):
    from django.contrib.auth.models import AnonymousUser

    from knowledge.dashboard import forthcoming_reports_panel

    ReportPageFactory(
        parent=sections["reports"],
        title="Verwacht rapport",
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2021, 5, 31),
        expected_label="eind mei 2021",
    )
    request = rf.get("/admin/")
    request.user = admin_user
    html = forthcoming_reports_panel(request).render_html({"request": request})
    assert "Verwacht rapport" in html and "eind mei 2021" in html
    request.user = AnonymousUser()
    assert forthcoming_reports_panel(request) is None


def test_the_dashboard_shows_an_overdue_report_once_and_as_overdue(rf, admin_user, sections):
    from wagtail.models import Locale

    from knowledge.dashboard import forthcoming_reports_panel

    late = ReportPageFactory(
        parent=sections["reports"],
        title="Te laat rapport",
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2021, 5, 31),
    )
    english = late.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Late report"
    english.save_revision().publish()
    ReportPageFactory(
        parent=sections["reports"],
        title="Op tijd rapport",
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date.today() + datetime.timedelta(days=60),
    )
    request = rf.get("/admin/")
    request.user = admin_user
    html = forthcoming_reports_panel(request).render_html({"request": request})
    assert html.count("Te laat rapport") == 1 and "Late report" not in html  # one per group
    rows = html.split("<tr>")[2:]
    late_row, on_time_row = rows
    assert "Te laat rapport" in late_row and "te laat" in late_row
    assert "Op tijd rapport" in on_time_row and "te laat" not in on_time_row
    # The expected month, said without a future tense once it has passed.
    assert "mei 2021 — nog niet verschenen" in late_row
    assert "nog niet verschenen" not in on_time_row
