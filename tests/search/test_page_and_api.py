"""The search page and /api/v1/search: results, facets, pagination, bad input, leaks."""

import pytest

pytestmark = pytest.mark.django_db

API = "/api/v1/search"


def test_search_page_shows_ranked_results_with_highlighted_snippets(client, make_page):
    page = make_page("Buurtbudget", intro="Bewoners beslissen samen over geld voor hun wijken.")
    response = client.get("/zoeken/", {"q": "wijk"})
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html
    assert "<mark>wijken</mark>" in html
    assert 'name="robots" content="noindex"' in html


def test_english_search_page_finds_english_pages_only(client, home_page, make_page):
    from wagtail.models import Locale

    dutch = make_page("Wijkbudget", intro="Geld voor de wijk")
    english_home = home_page.get_translation(Locale.objects.get(language_code="en"))
    english = make_page("Neighbourhood wijkbudget", intro="", parent=english_home)
    response = client.get("/en/zoeken/", {"q": "wijkbudget"})
    assert response.status_code == 200
    assert english.title in response.content.decode()
    assert dutch.url not in response.content.decode()
    api_ids = [
        i["id"] for i in client.get(API, {"q": "wijkbudget", "locale": "en"}).json()["items"]
    ]
    assert api_ids == [english.pk]


def test_empty_state_and_empty_query(client, make_page):
    make_page("Buurtbudget", intro="")
    response = client.get("/zoeken/", {"q": "onvindbaarwoord"})
    assert "Niets gevonden" in response.content.decode()
    assert client.get("/zoeken/", {"q": ""}).status_code == 200
    assert client.get("/zoeken/").status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x", "year": "twintig"},
        {"q": "x", "type": "bestaatniet"},
        {"q": "x", "theme": "geen-thema"},
        {"q": "x" * 500},
    ],
)
def test_bad_input_on_the_page_is_a_form_error_not_a_500(client, make_page, params):
    response = client.get("/zoeken/", params)
    assert response.status_code == 200
    assert 'class="form-errors"' in response.content.decode()


def test_pagination_on_page_and_api(client, make_page):
    pages = [make_page(f"Werkplaats {n}", intro="participatie in de praktijk") for n in range(12)]
    first = client.get("/zoeken/", {"q": "participatie"}).content.decode()
    assert "Pagina 1 van 2" in first
    second = client.get("/zoeken/", {"q": "participatie", "page": 2}).content.decode()
    assert "Pagina 2 van 2" in second
    # A page past the end is the last page; a page that is no number the first: never
    # "12 results" above "Nothing found", never a form error.
    for page, shown in [("999", "Pagina 2 van 2"), ("abc", "Pagina 1 van 2"), ("-3", "Pagina 1")]:
        html = client.get("/zoeken/", {"q": "participatie", "page": page}).content.decode()
        assert shown in html and "Niets gevonden" not in html
        assert 'class="form-errors"' not in html
    body = client.get(API, {"q": "participatie", "limit": 5, "offset": 10}).json()
    assert body["count"] == len(pages)
    assert len(body["items"]) == 2
    assert body["next"] is None
    assert "offset=5" in body["previous"]


def test_api_shape_and_type_facet(client, make_page):
    page = make_page("Buurtbudget", intro="Geld voor buurtbudgetten")
    response = client.get(API, {"q": "buurtbudgetten"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    item = body["items"][0]
    assert set(item) >= {"type", "id", "title", "url", "api_url", "snippet", "date"}
    assert item["id"] == page.pk
    assert item["url"] == f"http://testserver{page.url}"
    assert item["type"] == "home"
    assert body["facets"] == {"type": {"home": 1}, "theme": {}}
    # A content page has no date of its own: none is shown (not the day it was published).
    assert item["date"] is None


def test_api_filters_by_year_and_type(client, make_page, home_page):
    from tests.programme.factories import EventIndexPageFactory, EventPageFactory

    make_page("Buurtbudget", intro="Geld voor buurtbudgetten")
    agenda = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=agenda, title="Buurtbudgetten verdelen")
    year = event.start.year

    def count(**params):
        return client.get(API, {"q": "buurtbudgetten", **params}).json()["count"]

    assert count() == 2
    assert count(year=year) == 1  # the event; the undated page belongs to no year
    assert count(year=year - 1) == 0
    assert count(type="home") == 1
    assert count(type="event") == 1


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "x", "limit": 0},
        {"q": "x", "limit": 101},
        {"q": "x", "offset": -1},
        {"q": "x", "type": "bestaatniet"},
        {"q": "x", "year": "nu"},
    ],
)
def test_api_bad_input_is_a_4xx_never_a_500(client, home_page, params):
    response = client.get(API, params)
    assert 400 <= response.status_code < 500


def test_api_unknown_type_is_a_400_problem(client, home_page):
    response = client.get(API, {"q": "x", "type": "bestaatniet"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 400


def test_suggest_returns_titles_by_prefix(client, make_page):
    page = make_page("Participatiebegroting", intro="")
    response = client.get(f"{API}/suggest", {"q": "participa"})
    assert response.status_code == 200
    assert [s["title"] for s in response.json()] == [page.title]


# --- Leaks -------------------------------------------------------------------------------


@pytest.fixture
def hidden_pages(make_page, make_private):
    """One visible page and every kind of page that must never be found, all about 'kraanvogel'."""
    visible = make_page("Kraanvogel zichtbaar", intro="kraanvogel")
    draft = make_page("Kraanvogel concept", intro="kraanvogel", live=False)
    private = make_page("Kraanvogel prive", intro="kraanvogel")
    make_private(private)
    parent = make_page("Besloten map", intro="")
    make_private(parent)
    child = make_page("Kraanvogel onder besloten ouder", intro="kraanvogel", parent=parent)
    # A published page with a newer draft: the draft's words must not be findable.
    changed = make_page("Gewone pagina", intro="openbare tekst")
    changed.intro = "kraanvogel geheim concept"
    changed.save_revision()
    return visible, [draft, private, child, changed]


def test_drafts_and_private_pages_never_appear_on_the_page(client, hidden_pages):
    visible, hidden = hidden_pages
    html = client.get("/zoeken/", {"q": "kraanvogel"}).content.decode()
    assert visible.title in html
    for page in hidden:
        assert page.title not in html
    draft_words = client.get("/zoeken/", {"q": "geheim"}).content.decode()
    assert "Gewone pagina" not in draft_words
    assert "Niets gevonden" in draft_words


def test_drafts_and_private_pages_never_appear_in_the_api(client, hidden_pages):
    visible, hidden = hidden_pages
    body = client.get(API, {"q": "kraanvogel"}).json()
    assert [item["id"] for item in body["items"]] == [visible.pk]
    assert body["count"] == 1
    assert client.get(API, {"q": "geheim"}).json()["count"] == 0
    suggestions = client.get(f"{API}/suggest", {"q": "kraanvogel"}).json()
    assert [s["title"] for s in suggestions] == [visible.title]


def test_every_page_has_a_search_box_in_its_language(client, home_page):
    assert 'action="/zoeken/"' in client.get("/").content.decode()
    assert 'action="/en/zoeken/"' in client.get("/en/").content.decode()
