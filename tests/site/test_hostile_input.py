"""Hostile input on public URLs gets a clear 4xx, never a 500, on SQLite and on PostgreSQL
(CI runs this module on both): NUL characters in paths and query values, ids beyond the
64-bit range, over-long values, and search queries of hundreds of words on every surface."""

import pytest
from atelier.converters import MAX_DATABASE_ID
from atelier.request_guard import MAX_QUERY_VALUE_LENGTH
from atelier.search_limits import MAX_SEARCH_CHARS, MAX_SEARCH_WORDS, cut_search_query

pytestmark = pytest.mark.django_db

TOO_BIG = ["99999999999999999999", str(MAX_DATABASE_ID + 1), "1" + "0" * 40]
PROGRAMME_ROUTES = [
    "/programma/activiteiten/{id}/calendar.ics",
    "/programma/activiteiten/{id}/schedule.json",
    "/programma/reeksen/{id}/calendar.ics",
    "/programma/agenda/{id}/calendar.ics",
    "/personen/{id}/",
    "/aanmelden/{id}/",
    "/aanmelden/{id}/bedankt/",
    "/documents/{id}/rapport.pdf",
    "/documents/authenticate_with_password/{id}/",
    "/api/v1/events/{id}",
    "/api/v1/events/{id}/calendar.ics",
    "/api/v1/events/{id}/schedule.json",
    "/api/v1/series/{id}/calendar.ics",
    "/api/v1/people/{id}",
]


@pytest.mark.parametrize("number", TOO_BIG)
@pytest.mark.parametrize("route", PROGRAMME_ROUTES)
def test_an_id_beyond_the_database_range_is_a_404(client, home_page, route, number):
    response = client.get(route.format(id=number))
    assert response.status_code == 404


def test_the_largest_database_id_is_still_looked_up(client, home_page):
    assert client.get(f"/programma/activiteiten/{MAX_DATABASE_ID}/calendar.ics").status_code == 404
    assert client.get(f"/api/v1/events/{MAX_DATABASE_ID}").status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/api/v1/themes/%00", "/agenda/%00/", "/%00", "/personen/%00/", "/zoeken/%00"],
)
def test_a_nul_character_in_the_path_is_a_404(client, home_page, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/embed/agenda/?theme=%00",
        "/zoeken/?q=%00",
        "/api/v1/events?q=%00",
        "/api/v1/themes/wijken?locale=%00",
        "/api/v1/search?q=a%00b",
        "/api/wagtail/v2/pages/?search=%00",
        "/api/wagtail/v2/pages/?type=%00",
        "/?%00=1",
        "/feeds/publicaties/rss/?x=%00",
        "/sitemap.xml?p=%00",
    ],
)
def test_a_nul_character_in_a_query_value_is_a_400(client, home_page, url):
    response = client.get(url)
    assert response.status_code == 400
    if url.startswith("/api/v1/"):
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == 400


def test_an_over_long_query_value_is_a_400_and_an_over_long_path_a_404(client, home_page):
    long_value = "x" * (MAX_QUERY_VALUE_LENGTH + 1)
    assert client.get("/embed/agenda/", {"theme": long_value}).status_code == 400
    assert client.get("/api/v1/events", {"q": long_value}).status_code == 400
    assert client.get("/" + "a/" * 600).status_code == 404


@pytest.mark.parametrize("path", ["/api/v1/events", "/api/wagtail/v2/pages/", "/agenda/", "/"])
def test_more_query_values_than_django_reads_is_a_400(client, home_page, settings, path):
    query = "&".join(f"x{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    if path.startswith("/api/v1/"):
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["detail"] == "Too many query parameters."


def test_the_api_refuses_in_english_and_the_site_in_the_visitors_language(client, home_page):
    api = client.get("/api/v1/events", {"q": "x" * (MAX_QUERY_VALUE_LENGTH + 1)})
    assert api.json()["detail"] == "A query value is longer than 1000 characters."
    site = client.get("/agenda/", {"q": "x" * (MAX_QUERY_VALUE_LENGTH + 1)})
    assert "langer dan 1000 tekens" in site.content.decode()


def test_long_queries_are_cut_to_the_documented_maximum():
    words = " ".join(f"woord{n}" for n in range(500))
    cut = cut_search_query(words)
    assert len(cut.split()) <= MAX_SEARCH_WORDS
    assert len(cut) <= MAX_SEARCH_CHARS
    assert cut.startswith("woord0 woord1 ")
    assert cut_search_query("x" * 5000) == "x" * MAX_SEARCH_CHARS


FIVE_HUNDRED_WORDS = " ".join(["buurt", "wijk", "zorg", "stad"] * 125)
SHORT_WORDS = " ".join(["a", "b"] * 50)  # 100 words within 200 characters


def test_the_v2_mount_answers_a_five_hundred_word_search(client, home_page):
    five_hundred_short_words = " ".join(["w", "z"] * 250)  # within the length guard
    response = client.get("/api/wagtail/v2/pages/", {"search": five_hundred_short_words})
    assert response.status_code == 200
    assert "items" in response.json()
    # Longer than any query value may be: refused before the search engine sees it.
    assert client.get("/api/wagtail/v2/pages/", {"search": FIVE_HUNDRED_WORDS}).status_code == 400


def test_the_search_page_and_the_api_answer_a_hundred_word_search(client, home_page):
    assert client.get("/zoeken/", {"q": SHORT_WORDS}).status_code == 200
    assert client.get("/api/v1/search", {"q": SHORT_WORDS}).status_code == 200
    assert client.get("/api/v1/search/suggest", {"q": SHORT_WORDS}).status_code == 200
    assert client.get("/api/v1/events", {"q": SHORT_WORDS}).status_code == 200
    assert client.get("/api/v1/people", {"q": SHORT_WORDS}).status_code == 200


def test_the_search_service_cuts_what_it_is_given(home_page):
    from search import service

    assert service.search(FIVE_HUNDRED_WORDS).count == 0
    assert service.suggest(FIVE_HUNDRED_WORDS) == []
