"""One report filter and one article filter (knowledge/filters.py) behind the API lists and
the index pages: the same value selects the same items on both, the same bad value gets the
API's message in a 400 problem document and a form error next to the field on the page, and
the pages' older Dutch names (soort, thema, jaar) keep working as aliases."""

import datetime

import pytest
from django.utils import translation
from lxml import html

from knowledge.filters import message
from tests.knowledge.factories import (
    ArticlePageFactory,
    ProjectPageFactory,
    ReportPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(sections):
    index = sections["reports"]
    theme = ThemeFactory(name="Wonen", slug="wonen")
    project = ProjectPageFactory(parent=sections["projects"], title="Stadsgenoten")
    ReportPageFactory(
        parent=index,
        title="Startnota",
        report_type="start_note",
        publication_date=datetime.date(2018, 6, 1),
        project=project,
    )
    ReportPageFactory(
        parent=index,
        title="Eindrapport",
        report_type="final_report",
        publication_date=datetime.date(2019, 12, 1),
        themes=[theme],
    )
    ReportPageFactory(
        parent=index,
        title="Gereedschapskist",
        report_type="toolkit",
        publication_date=datetime.date(2019, 3, 1),
    )
    ReportPageFactory(
        parent=index,
        title="Slotpublicatie",
        report_type="final_report",
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2030, 4, 1),
    )
    return {"index": index, "project": project}


def api_titles(client, query) -> list[str]:
    response = client.get("/api/v1/reports", query)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def page_titles(client, catalogue, query) -> list[str]:
    response = client.get(catalogue["index"].url, query)
    assert response.status_code == 200
    assert not response.context["filter_form"].errors
    return [report.title for report in response.context["reports"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"type": "start_note"}, ["Startnota"]),
        ({"theme": "wonen"}, ["Eindrapport"]),
        ({"year": "2019"}, ["Eindrapport", "Gereedschapskist"]),
        ({"year": "2019", "type": "toolkit"}, ["Gereedschapskist"]),
        # A forthcoming report counts in the year it is expected, on both surfaces.
        ({"year": "2030"}, ["Slotpublicatie"]),
        # Well formed but naming nothing: a valid question with an empty answer.
        ({"theme": "bestaat-niet"}, []),
        ({"year": "1950"}, []),
        ({}, ["Slotpublicatie", "Eindrapport", "Gereedschapskist", "Startnota"]),
    ],
)
def test_the_same_filter_selects_the_same_reports_in_the_api_and_on_the_page(
    client, catalogue, query, expected
):
    assert api_titles(client, query) == expected
    assert page_titles(client, catalogue, query) == expected


def test_the_project_filter_means_the_same_on_both(client, catalogue):
    query = {"project": catalogue["project"].pk}
    assert api_titles(client, query) == page_titles(client, catalogue, query) == ["Startnota"]


def test_the_year_choices_on_the_page_include_the_expected_year(client, catalogue):
    form = client.get(catalogue["index"].url).context["filter_form"]
    assert [value for value, _label in form.fields["year"].choices] == [
        "",
        "2030",
        "2019",
        "2018",
    ]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("type", "roman"),
        ("theme", "geen slug!"),
        ("year", "abc"),
        ("year", "1850"),
        ("project", "x"),
        ("project", "0"),
    ],
)
def test_a_bad_value_gets_the_same_message_in_the_api_and_on_the_page(
    client, catalogue, name, value
):
    with translation.override("en"):
        expected = message(name)
    response = client.get("/api/v1/reports", {name: value})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    errors = response.json()["errors"]
    assert [(e["name"], e["message"]) for e in errors] == [(name, expected)]

    unfiltered = page_titles(client, catalogue, {})
    page = client.get(catalogue["index"].url, {name: value, "pagina": "1"})
    assert page.status_code == 200
    form = page.context["filter_form"]
    assert form.errors[name] == [message(name)]  # in the visitor's language (Dutch)
    tree = html.fromstring(page.content)
    (error,) = tree.xpath(f'//p[@id="id_{name}_error"]')
    assert error.text_content() == message(name)
    (field,) = tree.xpath(f'//*[@name="{name}"]')
    assert field.get("aria-describedby") == f"id_{name}_error"  # read out with the field
    # The list is not filtered by the bad value.
    assert [report.title for report in page.context["reports"]] == unfiltered


def test_a_bad_value_on_the_page_keeps_the_good_ones(client, catalogue):
    response = client.get(catalogue["index"].url, {"year": "2019", "type": "roman"})
    assert list(response.context["filter_form"].errors) == ["type"]
    titles = [report.title for report in response.context["reports"]]
    assert titles == ["Eindrapport", "Gereedschapskist"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ({"soort": "toolkit"}, {"type": "toolkit"}),
        ({"thema": "wonen"}, {"theme": "wonen"}),
        ({"jaar": "2019", "soort": "toolkit", "pagina": "1"}, {"year": "2019", "type": "toolkit"}),
    ],
)
def test_old_dutch_links_keep_working(client, catalogue, old, new):
    assert page_titles(client, catalogue, old) == page_titles(client, catalogue, new)
    assert page_titles(client, catalogue, old)  # and they select something


def test_an_old_link_with_a_bad_value_gets_the_error_under_the_new_name(client, catalogue):
    response = client.get(catalogue["index"].url, {"jaar": "twee"})
    assert response.context["filter_form"].errors["year"] == [message("year")]


def test_the_form_shows_the_value_an_old_link_chose(client, catalogue):
    tree = html.fromstring(client.get(catalogue["index"].url, {"soort": "toolkit"}).content)
    (selected,) = tree.xpath('//select[@name="type"]/option[@selected]')
    assert selected.get("value") == "toolkit"


def test_a_repeated_value_is_refused_in_the_api_and_explained_on_the_page(client, catalogue):
    api = client.get("/api/v1/reports?year=2018&year=2019")
    assert api.status_code == 400
    page = client.get(f"{catalogue['index'].url}?year=2018&year=2019&type=toolkit")
    assert "year" in page.context["filter_form"].errors
    assert [report.title for report in page.context["reports"]] == ["Gereedschapskist"]


# --- articles ------------------------------------------------------------------------------
@pytest.fixture
def articles(sections):
    ArticlePageFactory(parent=sections["articles"], title="Gesprek", kind="interview")
    ArticlePageFactory(parent=sections["articles"], title="Bericht", kind="news")
    return sections["articles"]


def article_page(client, index, query):
    response = client.get(index.url, query)
    assert response.status_code == 200
    return response, [article.title for article in response.context["articles"]]


def test_the_kind_selects_the_same_articles_in_the_api_and_on_the_page(client, articles):
    api = client.get("/api/v1/articles", {"kind": "interview"}).json()
    assert [item["title"] for item in api["items"]] == ["Gesprek"]
    assert article_page(client, articles, {"kind": "interview"})[1] == ["Gesprek"]
    assert article_page(client, articles, {"soort": "interview"})[1] == ["Gesprek"]  # old link


def test_a_bad_kind_gets_the_api_message_and_an_explanation_on_the_page(client, articles):
    with translation.override("en"):
        expected = message("kind")
    api = client.get("/api/v1/articles", {"kind": "roman"})
    assert api.status_code == 400
    assert [(e["name"], e["message"]) for e in api.json()["errors"]] == [("kind", expected)]
    response, titles = article_page(client, articles, {"kind": "roman"})
    assert sorted(titles) == ["Bericht", "Gesprek"]  # not filtered by the bad value
    (error,) = html.fromstring(response.content).xpath('//li[@id="filter-kind-error"]')
    assert error.text_content() == message("kind")


def test_the_article_kind_links_use_the_api_name(client, articles):
    response, _titles = article_page(client, articles, {})
    links = html.fromstring(response.content).xpath('//nav[@class="kind-filter"]//a/@href')
    assert "?kind=interview" in links


def test_a_theme_means_the_theme_in_any_language_on_both(client, catalogue):
    from atelier.models import Theme
    from wagtail.models import Locale

    dutch = Theme.objects.get(slug="wonen")
    english = dutch.copy_for_translation(Locale.objects.get_or_create(language_code="en")[0])
    english.name, english.slug = "Housing", "housing"
    english.save()
    query = {"theme": "housing"}  # the English slug finds the report tagged with "wonen"
    assert api_titles(client, query) == page_titles(client, catalogue, query) == ["Eindrapport"]


# --- projects (the API only: the project index has no filter) --------------------------------
def test_the_project_status_is_checked_with_its_one_message(client, sections):
    ProjectPageFactory(parent=sections["projects"], title="Lopend", status="ongoing")
    ProjectPageFactory(parent=sections["projects"], title="Klaar", status="completed")
    with translation.override("en"):
        expected = message("status")
    bad = client.get("/api/v1/projects", {"status": "running"})
    assert bad.status_code == 400
    assert [(e["name"], e["message"]) for e in bad.json()["errors"]] == [("status", expected)]
    good = client.get("/api/v1/projects", {"status": "ongoing"}).json()
    assert [item["title"] for item in good["items"]] == ["Lopend"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"year": "2019", "q": "Eindrapport"}, ["Eindrapport"]),
        ({"year": "2030", "q": "Slotpublicatie"}, ["Slotpublicatie"]),
        ({"year": "1900", "q": "0", "type": "final_report", "project": "1"}, []),
    ],
)
def test_a_year_and_a_search_together_select_through_the_search_engine(
    client, catalogue, query, expected
):
    """``q`` goes through the search engine, which reads the other filters: the year is a
    plain date range it can read, never a 500 (found by schemathesis)."""
    assert api_titles(client, query) == expected
