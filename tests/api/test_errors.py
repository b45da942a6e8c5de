"""Bad input gets an RFC 9457 problem document with status 400, never a 422 or a 500."""

import json

import pytest

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert {"type", "title", "status", "detail"} <= set(body)
    return body


@pytest.mark.parametrize(
    "query, name",
    [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=-1", "limit"),
        ("limit=abc", "limit"),
        ("offset=-1", "offset"),
        ("offset=10001", "offset"),
        ("offset=99999999999999999999999999", "offset"),
        ("locale=fr", "locale"),
        ("updated_since=yesterday", "updated_since"),
        ("updated_since=2026-13-45", "updated_since"),
        ("updated_since=1700000000", "updated_since"),
        ("updated_since=1700000000.5", "updated_since"),
    ],
)
def test_malformed_or_out_of_range_list_parameters_are_400(client, home_page, query, name):
    body = problem(client.get(f"/api/v1/themes?{query}"), 400)
    assert [error["name"] for error in body["errors"]] == [name]
    assert all(error["message"] for error in body["errors"])


@pytest.mark.parametrize("query, name", [("type=person", "type"), ("theme=bad%20slug", "theme")])
def test_a_bad_repeated_search_parameter_is_named_not_numbered(client, home_page, query, name):
    body = problem(client.get(f"/api/v1/search?q=wijk&{query}"), 400)
    assert [error["name"] for error in body["errors"]] == [name]


def test_an_unknown_parameter_is_400_and_names_the_known_ones(client, home_page):
    body = problem(client.get("/api/v1/themes?thema=wijken"), 400)
    assert body["errors"][0]["name"] == "thema"
    assert "locale" in body["errors"][0]["message"]


def test_a_nul_character_is_400_before_it_reaches_the_database(client, home_page):
    body = problem(client.get("/api/v1/themes?locale=n%00l"), 400)
    assert body["errors"][0]["name"] == "locale"


def test_a_missing_object_is_a_404_problem(client, home_page):
    problem(client.get("/api/v1/themes/bestaat-niet"), 404)


def test_an_unexpected_error_is_a_logged_500_problem_without_traceback(client, home_page, caplog):
    from atelier.api.errors import install_problem_handlers
    from ninja import NinjaAPI, Router

    api = NinjaAPI(urls_namespace="broken_api")
    install_problem_handlers(api)
    router = Router()

    @router.get("boom")
    def boom(request):
        raise RuntimeError("secret internals")

    api.add_router("", router)
    from django.test import RequestFactory

    view = next(p for p in api.urls[0] if str(p.pattern) == "boom").callback
    response = view(RequestFactory().get("/boom"))
    assert response.status_code == 500
    assert response["Content-Type"] == PROBLEM
    assert b"secret internals" not in response.content
    assert b"Traceback" not in response.content
    assert "secret internals" in caplog.text


def test_search_engine_outage_is_a_503_problem(home_page):
    from atelier.api.errors import install_problem_handlers
    from django.test import RequestFactory
    from elasticsearch import ConnectionError as EsConnectionError
    from ninja import NinjaAPI, Router

    api = NinjaAPI(urls_namespace="search_down_api")
    install_problem_handlers(api)
    router = Router()

    @router.get("down")
    def down(request):
        raise EsConnectionError("no route to host")

    api.add_router("", router)
    view = next(p for p in api.urls[0] if str(p.pattern) == "down").callback
    response = view(RequestFactory().get("/down"))
    assert response.status_code == 503
    assert json.loads(response.content)["type"].endswith("search-down")


def test_openapi_and_docs_render(client, home_page):
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.1")
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    html = docs.content.decode()
    # Swagger UI from our own static files, not a CDN
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn." not in html


@pytest.mark.parametrize("kind", ["events", "series", "people", "organisations", "reports"])
def test_an_id_beyond_the_integer_range_is_a_404_problem(client, kind):
    response = client.get(f"/api/v1/{kind}/9223372036854775808")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
