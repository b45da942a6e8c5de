"""Publishing an event purges the embed and API copies; editors get iframe code in the admin."""

import pytest
from django.test import override_settings
from lxml import html as lxml_html

from .recording_cache import PURGED

pytestmark = pytest.mark.django_db

RECORDING = {"recorder": {"BACKEND": "tests.embed.recording_cache.RecordingBackend"}}


@pytest.fixture
def purged():
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_publishing_an_event_purges_the_embed_and_api_urls_that_show_it(agenda, purged):
    event = agenda["kennisatelier"]
    event.save_revision().publish()

    root = "http://testserver"
    for url in (
        f"{root}/embed/agenda/",
        f"{root}/embed/agenda/?language=nl",
        f"{root}/embed/agenda/?theme=inclusieve-wijken",
        f"{root}/embed/agenda/?format=kennisatelier&language=nl",
        f"{root}/api/v1/events",
        f"{root}/api/v1/events/{event.pk}",
    ):
        assert url in purged
    assert event.get_full_url() in purged, "Wagtail's own purge of the page still happens"


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_a_series_session_also_purges_the_series_views(agenda, purged):
    session = agenda["session"]
    session.save_revision().publish()
    network_id = agenda["network"].pk
    assert f"http://testserver/embed/agenda/?series={network_id}" in purged
    assert f"http://testserver/api/v1/series/{network_id}" in purged


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_unpublishing_an_event_purges_too(agenda, purged):
    agenda["webinar"].unpublish()
    assert "http://testserver/embed/agenda/?theme=armoede" in purged


@override_settings(WAGTAILFRONTENDCACHE={})
def test_nothing_is_purged_without_a_frontend_cache(agenda, purged):
    agenda["webinar"].save_revision().publish()
    assert purged == []


def test_the_snippet_generator_gives_an_accessible_lazy_iframe(client, agenda):
    client.login(username="editor", password="editor")
    series = agenda["network"]

    response = client.get(
        "/admin/embed/agenda/",
        {"language": "nl", "limit": 5, "scheme": "dark", "series": series.pk, "height": 500},
    )

    assert response.status_code == 200
    code = lxml_html.fromstring(response.content).get_element_by_id("embed-code").text
    iframe = lxml_html.fragment_fromstring(code)
    assert iframe.tag == "iframe"
    assert iframe.get("title")
    assert iframe.get("loading") == "lazy"
    assert iframe.get("style") is None
    src = iframe.get("src")
    assert src.startswith("http://testserver/embed/agenda/?")
    assert f"series={series.pk}" in src and "scheme=dark" in src and "limit=5" in src
    # The code works: the generated address answers with that learning network's sessions.
    embedded = client.get(src.removeprefix("http://testserver"))
    assert embedded.status_code == 200
    assert "Netwerksessie twee" in embedded.content.decode()


def test_the_snippet_generator_is_under_settings_and_rejects_bad_choices(client, agenda):
    client.login(username="editor", password="editor")
    assert b"/admin/embed/agenda/" in client.get("/admin/").content
    response = client.get("/admin/embed/agenda/", {"language": "nl", "limit": 500})
    assert response.status_code == 200
    assert b"embed-code" not in response.content
