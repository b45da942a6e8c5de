"""The OpenAPI document tells the truth: every problem response an operation gives is listed
with the problem schema, and parameters are as strict in the document as in the server.
(The live schemathesis run in CI, .ci/fuzz, checks the same against generated requests.)"""

import jsonschema
import pytest

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


@pytest.fixture
def schema(client, home_page):
    return client.get("/api/v1/openapi.json").json()


def operations(schema):
    for path, item in schema["paths"].items():
        yield path, item["get"]


def problem_schema(schema):
    resolver = {"components": schema["components"]}
    return {**schema["components"]["schemas"]["Problem"], "components": resolver["components"]}


def test_every_operation_lists_its_problem_responses(schema):
    problem_ref = {"$ref": "#/components/schemas/Problem"}
    for path, operation in operations(schema):
        responses = operation["responses"]
        assert "304" in responses, path
        assert responses["400"]["content"][PROBLEM]["schema"] == problem_ref, path
        params = {p["name"] for p in operation.get("parameters", [])}
        if "{" in path:
            assert responses["404"]["content"][PROBLEM]["schema"] == problem_ref, path
        if "q" in params:
            assert responses["503"]["content"][PROBLEM]["schema"] == problem_ref, path
        assert {"ETag", "Last-Modified", "Cache-Control"} <= set(responses["200"]["headers"])
    assert "MethodNotAllowed" in schema["components"]["responses"]


@pytest.mark.parametrize(
    "url, status",
    [
        ("/api/v1/events?limit=0", 400),
        ("/api/v1/events?limit=1&limit=2", 400),
        ("/api/v1/events?q=a%00", 400),
        ("/api/v1/themes/bestaat-niet", 404),
        ("/api/v1/themes/niet%20een%20slug", 400),
        ("/api/v1/events/999999", 404),
        ("/api/v1/nergens", 404),
    ],
)
def test_problem_answers_match_the_documented_schema(client, schema, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"] == PROBLEM
    jsonschema.validate(response.json(), problem_schema(schema))


def test_other_methods_are_405_problems_with_allow(client, schema):
    response = client.post("/api/v1/events")
    assert response.status_code == 405
    assert response["Content-Type"] == PROBLEM
    assert "GET" in response["Allow"]
    jsonschema.validate(response.json(), problem_schema(schema))


def _parameter(schema, path, name):
    operation = schema["paths"][path]["get"]
    return next(p for p in operation["parameters"] if p["name"] == name)["schema"]


def test_locale_is_an_enum_everywhere_and_unknown_is_400_everywhere(client, schema, home_page):
    for path, operation in operations(schema):
        for parameter in operation.get("parameters", []):
            if parameter["name"] == "locale":
                enums = [s.get("enum") for s in parameter["schema"].get("anyOf", [])]
                assert ["nl", "en"] in enums, path
    for url in ("/api/v1/events?locale=fr", "/api/v1/themes/wijken?locale=fr"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert response.json()["errors"][0]["name"] == "locale"


def test_theme_has_the_slug_pattern_the_server_enforces(client, schema):
    theme = _parameter(schema, "/api/v1/events", "theme")
    assert theme["items"]["pattern"] == "^[-a-zA-Z0-9_]{1,100}$"
    assert theme["maxItems"] == 20
    assert client.get("/api/v1/events?theme=<script>").status_code == 400
    assert client.get("/api/v1/events?theme=inclusieve-wijken&theme=zorg").status_code == 200
    too_many = "&".join(f"theme=t{n}" for n in range(21))
    assert client.get(f"/api/v1/events?{too_many}").status_code == 400


def test_updated_since_is_iso_8601_only(client, schema):
    updated_since = _parameter(schema, "/api/v1/events", "updated_since")
    assert {"type": "string", "format": "date-time"} in updated_since["anyOf"]
    assert client.get("/api/v1/events?updated_since=1700000000").status_code == 400
    assert client.get("/api/v1/events?to=0").status_code == 400
    for moment in ("2026-03-01T10:00:00%2B01:00", "2026-03-01T10:00:00Z", "2026-03-01T10:00"):
        assert client.get(f"/api/v1/events?updated_since={moment}").status_code == 200
    # Valid ISO moments far from now select what 1900 or 2200 would: accepted, not refused.
    for moment in ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59-12:00"):
        assert client.get(f"/api/v1/events?updated_since={moment}").status_code == 200


def test_a_valid_but_empty_date_range_is_an_empty_list(client):
    response = client.get("/api/v1/events?from=2026-05-02&to=2026-05-01")
    assert response.status_code == 200
    assert response.json()["count"] == 0
    assert client.get("/api/v1/events?to=1800-01-01").status_code == 200


def test_a_repeated_parameter_is_a_400_unless_it_is_repeatable(client, schema):
    response = client.get("/api/v1/events?when=past&when=upcoming")
    assert response.status_code == 400
    assert response.json()["errors"] == [{"name": "when", "message": "Give this parameter once."}]
    assert client.get("/api/v1/search?q=buurt&type=event&type=report").status_code == 200
    assert client.get("/api/v1/search?q=buurt&q=wijk").status_code == 400
