"""Drafts, private reports and files in private collections never reach a public surface:
the index page, the feeds, the sitemap, a dossier or a download link."""

import datetime

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from knowledge.models import ReportDocument
from knowledge.services import EMBARGO_COLLECTION_NAME, PUBLICATIONS_COLLECTION_NAME
from tests.knowledge.factories import (
    DossierPageFactory,
    PdfDocumentFactory,
    ReportDocumentFactory,
    ReportPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

SURFACES = ["/publicaties/", "/feeds/publicaties/rss/", "/feeds/publicaties/atom/", "/sitemap.xml"]


@pytest.fixture
def theme():
    return ThemeFactory(name="Samenleven", slug="samenleven")


@pytest.fixture
def reports(sections, theme):
    """One live public report, one draft and one behind a password, all on one theme and
    each with its own PDF in a public collection."""
    index = sections["reports"]
    live = ReportPageFactory(
        parent=index, title="Openbaar rapport", slug="openbaar", themes=[theme]
    )
    draft = ReportPageFactory(
        parent=index, title="Conceptrapport", slug="concept", live=False, themes=[theme]
    )
    private = ReportPageFactory(
        parent=index, title="Besloten rapport", slug="besloten", themes=[theme]
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    for report in (live, draft, private):
        ReportDocumentFactory(report=report, document__title=f"Bestand {report.slug}")
    return {"live": live, "draft": draft, "private": private}


@pytest.fixture
def dossier(home_page, theme):
    return DossierPageFactory(parent=home_page, theme=theme, title="Dossier samenleven")


@pytest.mark.parametrize("surface", SURFACES)
def test_only_the_live_public_report_is_on_the_surface(client, reports, surface):
    body = client.get(surface).content.decode()
    assert "/publicaties/openbaar/" in body
    assert "/publicaties/concept/" not in body
    assert "Conceptrapport" not in body
    assert "/publicaties/besloten/" not in body
    assert "Besloten rapport" not in body


def test_the_dossier_lists_only_the_live_public_report(client, reports, dossier):
    html = client.get(dossier.url).content.decode()
    assert "Openbaar rapport" in html
    assert "Conceptrapport" not in html
    assert "Besloten rapport" not in html


def _document(report):
    return ReportDocument.objects.get(report=report).document


@pytest.mark.parametrize("key", ["draft", "private"])
def test_files_of_draft_and_private_reports_are_not_downloadable_anonymously(client, reports, key):
    document = _document(reports[key])
    assert document.is_public  # the collection is public: the report's state decides
    assert client.get(document.url).status_code == 404


def test_editors_can_still_open_a_draft_reports_file(admin_client, reports):
    assert admin_client.get(_document(reports["draft"]).url).status_code == 200


def test_a_live_reports_file_downloads_with_its_own_file_name(client, reports):
    document = _document(reports["live"])
    response = client.get(document.url)
    assert response.status_code == 200
    assert document.filename in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_file_in_a_private_collection_is_neither_listed_nor_served(client, reports):
    secret = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=secret, restriction_type=CollectionViewRestriction.LOGIN
    )
    hidden = PdfDocumentFactory(title="Interne bijlage", collection=secret)
    ReportDocumentFactory(report=reports["live"], document=hidden, label="Interne bijlage")
    for surface in [reports["live"].url, "/feeds/publicaties/atom/", "/feeds/publicaties/rss/"]:
        body = client.get(surface).content.decode()
        assert hidden.url not in body, surface
        assert "Interne bijlage" not in body, surface
    assert client.get(hidden.url).status_code in (302, 403)


def test_publishing_a_forthcoming_report_moves_its_files_into_the_embargo(
    client, sections, publish
):
    report = ReportPageFactory(
        parent=sections["reports"],
        slug="verwacht",
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2021, 5, 31),
        expected_label="eind mei 2021",
    )
    row = ReportDocumentFactory(report=report)
    publish(report)
    row.document.refresh_from_db()
    assert row.document.collection.name == EMBARGO_COLLECTION_NAME
    assert not row.document.is_public
    assert client.get(row.document.url).status_code in (302, 403)
    html = client.get(report.url).content.decode()
    assert "eind mei 2021" in html
    assert row.document.url not in html


def test_publishing_the_report_as_out_lifts_the_embargo(client, sections, publish):
    report = ReportPageFactory(
        parent=sections["reports"],
        slug="verwacht",
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2021, 5, 31),
    )
    row = ReportDocumentFactory(report=report)
    publish(report)
    report.is_forthcoming = False
    report.publication_date = datetime.date(2021, 5, 28)
    publish(report)
    row.document.refresh_from_db()
    assert row.document.collection.name == PUBLICATIONS_COLLECTION_NAME
    assert row.document.is_public
    assert client.get(row.document.url).status_code == 200
    assert row.document.url in client.get(report.url).content.decode()


def test_embargoed_files_are_for_editors_not_for_any_logged_in_visitor(
    client, django_user_model, sections, publish
):
    from django.contrib.auth.models import Group

    report = ReportPageFactory(
        parent=sections["reports"],
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2021, 5, 31),
    )
    row = ReportDocumentFactory(report=report)
    publish(report)
    visitor = django_user_model.objects.create_user("bezoeker", password="geheim-wachtwoord-1")
    client.force_login(visitor)
    assert client.get(row.document.url).status_code == 302  # to the login page
    editor = django_user_model.objects.create_user("redacteur", password="geheim-wachtwoord-2")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(row.document.url).status_code == 200


def test_search_reads_public_report_files_but_never_embargoed_ones(
    sections, publish, django_capture_on_commit_callbacks
):
    from knowledge.models import ReportPage

    with django_capture_on_commit_callbacks(execute=True):
        out = ReportPageFactory(parent=sections["reports"], slug="uit")
        ReportDocumentFactory(report=out, document__word="openbaarkompas")
        publish(out)
        coming = ReportPageFactory(
            parent=sections["reports"],
            slug="verwacht",
            is_forthcoming=True,
            publication_date=None,
            expected_date=datetime.date(2021, 5, 31),
        )
        ReportDocumentFactory(report=coming, document__word="embargokompas")
        publish(coming)
    assert list(ReportPage.objects.live().search("openbaarkompas")) == [out]
    assert list(ReportPage.objects.live().search("embargokompas")) == []
    with django_capture_on_commit_callbacks(execute=True):
        coming.is_forthcoming = False
        coming.publication_date = datetime.date(2021, 5, 28)
        publish(coming)
    assert list(ReportPage.objects.live().search("embargokompas")) == [coming]


def test_wagtail_v2_names_no_private_or_draft_page_or_private_document(client, sections, reports):
    """A report's project, an article's related publications and a project's timeline
    point only at what a visitor may open; stock v2 named them whatever their state."""
    from tests.knowledge.factories import (
        ArticlePageFactory,
        ProjectPageFactory,
        TimelineEntryFactory,
    )

    public_project = ProjectPageFactory(parent=sections["projects"], title="Open project")
    private_project = ProjectPageFactory(parent=sections["projects"], title="Geheim project")
    PageViewRestriction.objects.create(page=private_project, restriction_type="login")
    shown, hidden = reports["live"], [reports["draft"], reports["private"]]
    shown.project = private_project
    shown.save()
    secret = PdfDocumentFactory(title="Geheim bestand")
    secret.collection = Collection.get_first_root_node().add_child(name="Besloten")
    secret.save()
    CollectionViewRestriction.objects.create(collection=secret.collection, restriction_type="login")
    open_file = PdfDocumentFactory(title="Open bestand")
    TimelineEntryFactory(
        project=public_project,
        reports=[("report", page) for page in [shown, *hidden]],
        documents=[("document", {"label": "", "document": doc}) for doc in (open_file, secret)],
    )
    article = ArticlePageFactory(
        parent=sections["articles"],
        related_reports=[("report", page) for page in [*hidden, shown]],
    )

    def v2(page):
        response = client.get(f"/api/wagtail/v2/pages/{page.pk}/")
        assert response.status_code == 200
        return response.json()

    assert v2(shown)["project"] is None
    assert "Geheim project" not in str(v2(shown))
    assert "Geheim project" not in client.get(shown.url).content.decode()
    assert client.get(f"/api/v1/reports/{shown.pk}").json()["project"] is None
    related = v2(article)["related_reports"]
    assert [item["value"] for item in related] == [shown.pk]
    (entry,) = v2(public_project)["timeline_entries"]
    assert [item["value"] for item in entry["reports"]] == [shown.pk]
    assert [item["value"]["document"] for item in entry["documents"]] == [open_file.pk]

    shown.project = public_project
    shown.save()
    assert v2(shown)["project"]["title"] == "Open project"
