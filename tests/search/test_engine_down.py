"""Elasticsearch down (a closed port on 127.0.0.1): the site and publishing keep working,
search says so politely, failed index updates wait in the outbox until reindex_pending."""

import socket
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from search.models import PendingIndexUpdate

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends


@pytest.fixture
def engine_down():
    backends = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [f"http://127.0.0.1:{closed_port()}"],
            "INDEX_PREFIX": "atelier_test_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
            "INDEX_SETTINGS": settings.ELASTICSEARCH_DUTCH_INDEX_SETTINGS,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield


def test_search_page_shows_a_friendly_message(client, home_page, engine_down):
    response = client.get("/zoeken/", {"q": "wijken"})
    assert response.status_code == 503
    html = response.content.decode()
    assert "Zoeken lukt even niet" in html
    assert 'name="q"' in html  # the form is still there to try again


def test_api_answers_503_problem_details(client, home_page, engine_down):
    for url in ("/api/v1/search", "/api/v1/search/suggest"):
        response = client.get(url, {"q": "wijken"})
        assert response.status_code == 503
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == 503


def test_the_rest_of_the_site_still_works(client, home_page, engine_down):
    assert client.get("/").status_code == 200


def test_publishing_works_and_the_outbox_keeps_the_failure(home_page, make_page, engine_down):
    page = make_page("Gepubliceerd tijdens storing", intro="wijken")
    page.refresh_from_db()
    assert page.live
    entry = PendingIndexUpdate.objects.get(object_id=str(page.pk))
    assert entry.action == PendingIndexUpdate.Action.UPDATE
    assert "Connection" in entry.error


def test_reindex_pending_retries_until_the_engine_answers(client, make_page, engine_down):
    page = make_page("Gepubliceerd tijdens storing", intro="wijken")
    attempts = PendingIndexUpdate.objects.get(object_id=str(page.pk)).attempts

    out = StringIO()
    call_command("reindex_pending", stdout=out, stderr=StringIO())
    assert "0 updated, 1 still pending" in out.getvalue()
    assert PendingIndexUpdate.objects.get(object_id=str(page.pk)).attempts == attempts + 1

    # The engine is back (here: the database backend answers again).
    with override_settings(
        WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "search.backends.database"}}
    ):
        out = StringIO()
        call_command("reindex_pending", stdout=out)
        assert "1 updated, 0 still pending" in out.getvalue()
        assert not PendingIndexUpdate.objects.exists()
        body = client.get("/api/v1/search", {"q": "storing"}).json()
        assert [item["id"] for item in body["items"]] == [page.pk]


def test_deleting_during_an_outage_is_retried_as_a_delete(make_page, engine_down):
    page = make_page("Weg ermee", intro="")
    pk = page.pk
    page.delete()
    assert PendingIndexUpdate.objects.get(object_id=str(pk)).action == "delete"


def test_reindex_command_reports_counts_and_clears_the_outbox(make_page):
    page = make_page("Herindexeren", intro="alles opnieuw")
    PendingIndexUpdate.record(page, "update", ConnectionError("down"))
    out = StringIO()
    call_command("reindex", "--no-progress", stdout=out, stderr=StringIO())
    assert "home.HomePage: 3" in out.getvalue()  # nl home, en home and this page
    assert "1 pending updates cleared" in out.getvalue()
    assert not PendingIndexUpdate.objects.exists()
