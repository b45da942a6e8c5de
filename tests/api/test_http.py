"""The HTTP contract every API GET shares: ETag/304, Last-Modified, Cache-Control, CORS."""

import pytest
from atelier.models import Theme
from django.utils.http import http_date

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme(home_page):
    from wagtail.models import Locale

    return Theme.objects.create(
        name="Inclusieve wijken", slug="inclusieve-wijken", locale=Locale.get_default()
    )


def test_every_get_sends_etag_last_modified_cache_control_and_vary(client, theme, settings):
    settings.API_CACHE_MAX_AGE = 90
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.embed.recording_cache.RecordingBackend"}
    }
    response = client.get("/api/v1/themes")
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"]
    # Browsers revalidate (a change is seen at once); the purged CDN keeps it 90 s.
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "must-revalidate", "s-maxage=90"}
    vary = {part.strip() for part in response["Vary"].split(",")}
    assert {"Accept", "Origin"} <= vary


def test_matching_if_none_match_answers_304_without_a_body(client, theme):
    first = client.get("/api/v1/themes")
    again = client.get("/api/v1/themes", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    other = client.get("/api/v1/themes", HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200


def test_if_modified_since_answers_304_only_for_an_unchanged_body(client, theme):
    first = client.get("/api/v1/themes")
    fresh = client.get("/api/v1/themes", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert fresh.status_code == 304
    # A snippet edit changes the body; its first serving is later than any earlier copy
    theme.name = "Wijken voor iedereen"
    theme.save()
    changed = client.get("/api/v1/themes", HTTP_IF_MODIFIED_SINCE=http_date(0))
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


def test_etag_changes_when_a_snippet_is_edited(client, theme):
    before = client.get("/api/v1/themes")["ETag"]
    theme.description = "Over buurten waar iedereen meedoet."
    theme.save()
    after = client.get("/api/v1/themes")
    assert after["ETag"] != before
    assert client.get("/api/v1/themes", HTTP_IF_NONE_MATCH=before).status_code == 200


def test_head_answers_like_get_without_a_body(client, theme):
    get = client.get("/api/v1/themes")
    head = client.head("/api/v1/themes")
    assert head.status_code == 200
    assert head["ETag"] == get["ETag"]
    assert head.content == b""


def test_cors_headers_only_for_configured_origins(client, theme, settings):
    settings.API_CORS_ORIGINS = ["https://partner.example"]
    allowed = client.get("/api/v1/themes", HTTP_ORIGIN="https://partner.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    stranger = client.get("/api/v1/themes", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in stranger


def test_no_cors_by_default(client, theme, settings):
    settings.API_CORS_ORIGINS = []
    response = client.get("/api/v1/themes", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in response


def test_preflight_allows_reading_only(client, settings):
    settings.API_CORS_ORIGINS = ["https://partner.example"]
    response = client.options(
        "/api/v1/events",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]


def test_writes_are_refused_with_a_problem(client):
    response = client.post("/api/v1/themes", data={})
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 405
    assert "GET" in response["Allow"]


def test_the_v2_mount_gets_the_same_caching_headers(client, home_page):
    response = client.get("/api/wagtail/v2/pages/")
    assert response.status_code == 200
    assert response["ETag"]
    assert response["Cache-Control"].startswith("public, max-age=0")
