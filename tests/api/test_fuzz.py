"""Property-based fuzzing driven by /api/v1/openapi.json: whatever the query, never a 500.

Every GET operation the schema describes is called with random values for its declared
parameters (and sometimes an undeclared one); the answer is a 2xx/3xx, or a problem
document with a 4xx status. Kept short: a fixed number of examples per run."""

import json
from functools import cache
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

values = st.one_of(
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "upcoming",
            "past",
            "all",
            "nl",
            "en",
            "2026-03-01",
            "2026-02-30",
            "2026-03-01T10:00:00+01:00",
            "true",
            "0",
            "-1",
            "101",
            "1e9",
            "%",
            "../",
            "null",
        ]
    ),
)


@cache
def get_operations():
    from django.test import Client

    schema = Client().get("/api/v1/openapi.json").json()
    operations = []
    for path, methods in schema["paths"].items():
        operation = methods.get("get")
        if operation:
            params = [p for p in operation.get("parameters", []) if p["in"] in ("query", "path")]
            operations.append((path, tuple(params)))
    return tuple(operations)


def fill(path, params, data):
    query = []
    url = path
    for param in params:
        if param["in"] == "path":
            value = data.draw(values, label=param["name"]) or "x"
            url = url.replace("{" + param["name"] + "}", quote(value, safe=""))
        elif data.draw(st.booleans()):
            query.append((param["name"], data.draw(values, label=param["name"])))
    if data.draw(st.integers(0, 9)) == 0:
        query.append((data.draw(st.text(min_size=1, max_size=6)), "1"))
    return url, query


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_query_ever_answers_500(client, home_page, data):
    operations = get_operations()
    path, params = data.draw(st.sampled_from(operations), label="operation")
    url, query = fill(path, params, data)
    response = client.get(url, QUERY_STRING=urlencode(query))
    assert response.status_code < 500, (url, query, response.content[:300])
    if response.status_code >= 400 and response["Content-Type"].startswith("application/problem"):
        body = json.loads(response.content)
        assert body["status"] == response.status_code
