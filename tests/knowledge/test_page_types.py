"""Each knowledge page type: where it may be created, that it renders and previews, and
the validation messages editors get."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from knowledge.models import (
    ArticleIndexPage,
    ArticlePage,
    DossierPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectTimelineEntry,
    ReportIndexPage,
    ReportPage,
)
from tests.knowledge.factories import (
    ArticlePageFactory,
    DossierPageFactory,
    ProjectPageFactory,
    ReportPageFactory,
    TimelineEntryFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(sections):
    return {
        "project": ProjectPageFactory(parent=sections["projects"]),
        "report": ReportPageFactory(parent=sections["reports"]),
        "article": ArticlePageFactory(parent=sections["articles"]),
        "dossier": DossierPageFactory(parent=sections["projects"].get_parent()),
        **sections,
    }


def test_sections_and_dossiers_live_under_the_home_page(home_page):
    for model in (ProjectIndexPage, ReportIndexPage, ArticleIndexPage, DossierPage):
        assert model.can_create_at(home_page), model
        assert model in home_page.specific.clean_subpage_models()
    for model in (ProjectPage, ReportPage, ArticlePage):
        assert not model.can_create_at(home_page), model


def test_each_detail_page_type_lives_only_under_its_own_index(pages):
    pairs = [
        (ProjectPage, "projects"),
        (ReportPage, "reports"),
        (ArticlePage, "articles"),
    ]
    for model, own in pairs:
        for key in ("projects", "reports", "articles"):
            assert model.can_create_at(pages[key]) == (key == own), (model, key)


@pytest.mark.parametrize("key", ["project", "report", "article", "dossier", "projects"])
def test_page_renders_with_its_title(client, pages, key):
    page = pages[key]
    response = client.get(page.url)
    assert response.status_code == 200
    assert f"<h1>{page.title}</h1>" in response.content.decode()


@pytest.mark.parametrize("key", ["project", "report", "article", "dossier", "reports"])
def test_page_previews(pages, key):
    page = pages[key].specific
    response = page.make_preview_request()
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_preview_shows_timeline_entries_not_yet_saved(pages):
    project = pages["project"]
    project.timeline_entries = [
        ProjectTimelineEntry(
            date=datetime.date(2021, 5, 1), date_precision="month", title="Nog niet bewaard"
        )
    ]
    html = project.make_preview_request().content.decode()
    assert "Nog niet bewaard" in html
    assert '<time datetime="2021-05">mei 2021</time>' in html


@pytest.mark.parametrize("key", ["project", "report", "article", "dossier", "reports"])
def test_admin_edit_form_opens(admin_client, pages, key):
    response = admin_client.get(f"/admin/pages/{pages[key].pk}/edit/")
    assert response.status_code == 200


def test_admin_can_add_a_report_under_the_report_index(admin_client, pages):
    url = f"/admin/pages/add/knowledge/reportpage/{pages['reports'].pk}/"
    assert admin_client.get(url).status_code == 200


def _errors(page) -> dict:
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    return excinfo.value.message_dict


def test_a_forthcoming_report_needs_an_expected_date(pages):
    report = pages["report"]
    report.is_forthcoming = True
    report.expected_date = None
    assert "verwachte datum" in " ".join(_errors(report)["expected_date"])


def test_a_published_report_needs_a_publication_date(pages):
    report = pages["report"]
    report.publication_date = None
    assert "publicatiedatum" in " ".join(_errors(report)["publication_date"])


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("doi", "11.1234/abc", "geen geldige DOI"),
        ("doi", "10.12/abc", "geen geldige DOI"),
        ("isbn", "978-90-1234-567-2", "controlecijfer"),
        ("isbn", "12345", "10 of 13 cijfers"),
        ("isbn", "0-306-40615-3", "controlecijfer"),
    ],
)
def test_bad_doi_or_isbn_gets_a_message_that_says_what_to_fix(pages, field, value, expected):
    report = pages["report"]
    setattr(report, field, value)
    assert expected in " ".join(_errors(report)[field])


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [
        ("doi", "https://doi.org/10.1234/abc-2021", "10.1234/abc-2021"),
        ("isbn", "978-90-1234-567-5", "9789012345675"),
        ("isbn", "0-306-40615-2", "0306406152"),
    ],
)
def test_good_doi_or_isbn_is_stored_in_one_normal_form(pages, field, value, stored):
    report = pages["report"]
    setattr(report, field, value)
    report.full_clean()
    assert getattr(report, field) == stored


def test_a_project_cannot_end_before_it_starts(pages):
    project = pages["project"]
    project.start_date = datetime.date(2020, 1, 1)
    project.end_date = datetime.date(2019, 1, 1)
    assert "einddatum" in " ".join(_errors(project)["end_date"])


def test_validation_errors_show_in_the_admin_form_without_losing_input(admin_client, pages):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    report = pages["report"]
    url = f"/admin/pages/{report.pk}/edit/"
    data = nested_form_data(
        {
            "title": "Nieuwe titel",
            "slug": report.slug,
            "report_type": "final_report",
            "is_forthcoming": "on",
            "expected_date": "",
            "publication_date": "",
            "summary": report.summary,
            "body": rich_text(""),
            "language": "nl",
            "documents": inline_formset([]),
            "authors": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "verwachte datum nodig" in html
    assert 'value="Nieuwe titel"' in html
    report.refresh_from_db()
    assert report.title != "Nieuwe titel"


def test_timeline_entry_dates_follow_their_precision():
    day = datetime.date(2020, 11, 20)
    entry = ProjectTimelineEntry(date=day, date_precision="day", title="Praktijkendag")
    assert (entry.machine_date, entry.display_date) == ("2020-11-20", "20 november 2020")
    entry.date_precision = "month"
    assert (entry.machine_date, entry.display_date) == ("2020-11", "november 2020")
    entry.date_precision = "year"
    assert (entry.machine_date, entry.display_date) == ("2020", "2020")
    entry.label = "eind mei 2021"
    assert entry.display_date == "eind mei 2021"


def test_timeline_dates_read_in_the_visitors_language():
    entry = ProjectTimelineEntry(date=datetime.date(2021, 5, 3), date_precision="month", title="x")
    with translation.override("en"):
        assert entry.display_date == "May 2021"
        entry.date_precision = "day"
        assert entry.display_date == "3 May 2021"
    assert entry.display_date == "3 mei 2021"


def test_timeline_can_run_newest_first(pages, client):
    project = pages["project"]
    for year in (2019, 2017, 2018):
        TimelineEntryFactory(project=project, date=datetime.date(year, 1, 1), title=f"Jaar {year}")
    html = client.get(project.url).content.decode()
    assert html.index("Jaar 2017") < html.index("Jaar 2018") < html.index("Jaar 2019")
    project.timeline_order = "newest_first"
    project.save()
    html = client.get(project.url).content.decode()
    assert html.index("Jaar 2019") < html.index("Jaar 2018") < html.index("Jaar 2017")
    assert '<ol class="timeline__list">' in html


def test_a_dossier_shows_each_highlight_with_its_own_types_card(client, pages):
    """Page models name their card (``card_template``); a page type without one gets the
    plain card of components/page_card.html."""
    dossier = pages["dossier"]
    highlights = [pages["report"], pages["article"], pages["project"], pages["reports"]]
    dossier.highlights = [("page", page) for page in highlights]
    dossier.save_revision().publish()
    html = client.get(dossier.url).content.decode()
    for page, css_class in zip(
        highlights, ["report-card", "article-card", "project-card", "card"], strict=True
    ):
        opening_tag = html.split(f'<a href="{page.url}">', 1)[0].rsplit("<article", 1)[1]
        classes = opening_tag.split('class="', 1)[1].split('"', 1)[0].split()
        assert classes[-1] == css_class, (page, classes)
