"""The API's validators and stored answers follow the content version (site/api/http.py).

A matching If-None-Match is answered before any view runs (no query at all); with the
response cache on, a repeated request is answered from the cache, and every kind of change
that alters a body moves the content version on, so neither a 304 nor a stored answer can
outlive it."""

import datetime
from unittest import mock

import pytest
from atelier.public_content import content_version
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .conftest import days

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def stored_answers(settings):
    settings.API_RESPONSE_CACHE = True


def get(client, url, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    return response, len(captured)


@pytest.mark.parametrize("kind", ["list", "detail", "search", "themes"])
def test_a_304_runs_no_query_at_all(client, make_event, kind):
    event = make_event(title="Buurtdag", start=days(5))
    url = {
        "list": "/api/v1/events?limit=20",
        "detail": f"/api/v1/events/{event.pk}",
        "search": "/api/v1/search?q=buurtdag",
        "themes": "/api/v1/themes",
    }[kind]
    first, _ = get(client, url)
    assert first.status_code == 200
    again, count = get(client, url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert "must-revalidate" in again["Cache-Control"]
    assert count == 0


def test_the_etag_depends_on_what_selects_the_body(client, make_event):
    make_event(title="Buurtdag", start=days(5))
    plain = client.get("/api/v1/events")["ETag"]
    assert client.get("/api/v1/events?limit=1")["ETag"] != plain
    assert client.get("/api/v1/events", HTTP_ACCEPT_LANGUAGE="en")["ETag"] != plain
    assert client.get("/api/v1/events")["ETag"] == plain


def test_a_stored_answer_is_served_without_queries_and_equal(client, make_event, stored_answers):
    event = make_event(title="Buurtdag", start=days(5))
    url = f"/api/v1/events/{event.pk}"
    first, cold = get(client, url)
    second, warm = get(client, url)
    assert cold > 0
    assert warm == 0
    assert second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Content-Type"] == first["Content-Type"]


def test_a_publish_replaces_the_stored_answer_at_once(client, make_event, stored_answers):
    event = make_event(title="Buurtdag", start=days(5))
    url = "/api/v1/events"
    assert "Buurtdag" in client.get(url).content.decode()
    event.title = "Wijkfeest"
    event.save_revision().publish()
    assert "Wijkfeest" in client.get(url).content.decode()


def test_privacy_withdraws_a_stored_answer_at_once(client, make_event, stored_answers):
    event = make_event(title="Buurtdag", start=days(5))
    url = f"/api/v1/events/{event.pk}"
    assert client.get(url).status_code == 200
    PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert client.get(url).status_code == 404
    assert "Buurtdag" not in client.get("/api/v1/events").content.decode()


def test_a_sign_up_updates_a_stored_answer(client, make_event, stored_answers):
    from programme.registration.services import Applicant, register

    event = make_event(title="Kennisatelier", registration_mode="site", capacity=10)
    url = f"/api/v1/events/{event.pk}"
    assert client.get(url).json()["registration"]["places_left"] == 10
    register(event, Applicant(name="Iemand", email="iemand@example.org", choices={}))
    assert client.get(url).json()["registration"]["places_left"] == 9


def test_the_clock_replaces_a_stored_answer(client, make_event, stored_answers):
    start = timezone.now() + datetime.timedelta(hours=1)
    make_event(title="Straks", start=start, end=start + datetime.timedelta(hours=1))
    url = "/api/v1/events"  # upcoming only
    assert "Straks" in client.get(url).content.decode()
    later = timezone.now() + datetime.timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert "Straks" not in client.get(url).content.decode()


def test_unknown_answers_are_not_stored(client, home_page, stored_answers):
    assert client.get("/api/v1/events/999999").status_code == 404
    second, count = get(client, "/api/v1/events/999999")
    assert second.status_code == 404
    assert count > 0


# --- the content version moves on with every kind of change ------------------------------


def _publish_edit(event, **_):
    event.title = "Nieuwe titel"
    event.save_revision().publish()


def _unpublish(event, **_):
    event.unpublish()


def _make_private(event, **_):
    PageViewRestriction.objects.create(page=event, restriction_type="password", password="x")


def _edit_speaker(event, speaker, **_):
    speaker.bio = "<p>Nieuw</p>"
    speaker.save()


def _sign_up(event, **_):
    from programme.registration.services import Applicant, register

    register(event, Applicant(name="Iemand", email="iemand@example.org", choices={}))


def _edit_image(event, image, **_):
    image.title = "Andere alt-tekst"
    image.save()


def _edit_document(event, document, **_):
    document.title = "Verslag (herzien)"
    document.save()


def _clock_passes_the_start(event, **_):
    pass  # read below with the clock moved past the event's start and end


CHANGES = {
    "publish": _publish_edit,
    "unpublish": _unpublish,
    "privacy": _make_private,
    "snippet": _edit_speaker,
    "registration": _sign_up,
    "image": _edit_image,
    "document": _edit_document,
    "clock": _clock_passes_the_start,
}


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_every_kind_of_change_moves_the_version_and_the_etag(client, make_event, speaker, kind):
    from tests.site.factories import DocumentFactory, ImageFactory

    image, document = ImageFactory(), DocumentFactory()
    start = timezone.now() + datetime.timedelta(hours=1)
    event = make_event(
        title="Kennisatelier",
        start=start,
        end=start + datetime.timedelta(hours=1),
        registration_mode="site",
        capacity=10,
    )
    url = "/api/v1/events?when=all"
    before_version = content_version()
    before = client.get(url)["ETag"]
    CHANGES[kind](event, speaker=speaker, image=image, document=document)
    moment = timezone.now() + datetime.timedelta(hours=3) if kind == "clock" else None
    with mock.patch("django.utils.timezone.now", return_value=moment or timezone.now()):
        assert content_version() != before_version
        response = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert response["ETag"] != before


def test_lazily_filled_file_metadata_changes_nothing(home_page):
    from tests.site.factories import DocumentFactory, ImageFactory

    image, document = ImageFactory(), DocumentFactory()
    version = content_version()
    document.file_size = 1234
    document.save(update_fields=["file_size"])
    image.file_hash = "0" * 40
    image.save(update_fields=["file_hash"])
    assert content_version() == version


def test_nothing_changing_keeps_the_version(client, make_event):
    make_event(title="Buurtdag", start=days(5))
    version = content_version()
    client.get("/api/v1/events")
    client.get("/agenda/")
    assert content_version() == version


def test_without_a_shared_cache_the_etag_comes_from_the_body(client, make_event, settings):
    from atelier.api.http import body_etag

    settings.API_VERSIONED_ETAGS = False
    settings.API_RESPONSE_CACHE = False
    event = make_event(title="Buurtdag", start=days(5))
    url = f"/api/v1/events/{event.pk}"
    first = client.get(url)
    assert first["ETag"] == body_etag(first.content)
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    event.title = "Wijkfeest"
    event.save_revision().publish()
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
