"""Every change to what the public may see takes effect at once: the stored page copies are
left behind (the content version moves on) and a configured CDN is told which URLs to drop.

One test per kind of change: publish, unpublish, move, delete, privacy added on the page
or an ancestor (password, login, groups), privacy changed or removed, collection privacy,
the embargo ending, a snippet edit."""

import datetime

import pytest
from atelier.public_content import content_version
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.embed.recording_cache import PURGED

pytestmark = pytest.mark.django_db

RECORDING = {"recorder": {"BACKEND": "tests.embed.recording_cache.RecordingBackend"}}
SECRET = "Alleen voor de werkgroep bestemd"
ROOT = "http://testserver"


@pytest.fixture(autouse=True)
def stored_pages_and_a_cdn(settings):
    settings.PAGE_CACHE_STORE = True
    settings.WAGTAILFRONTENDCACHE = RECORDING
    cache.clear()
    PURGED.clear()
    yield
    cache.clear()
    PURGED.clear()


@pytest.fixture
def agenda(home_page):
    from tests.programme.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(agenda):
    from tests.programme.factories import EventPageFactory

    return EventPageFactory(parent=agenda, title="Werkgroep wijkteams", summary=SECRET)


def served(client, page) -> str:
    response = client.get(page.url)
    return response.content.decode() if response.status_code == 200 else ""


def warm(client, page) -> None:
    """An anonymous visit stores the page; the next one is answered from the store."""
    assert SECRET in served(client, page)
    PURGED.clear()


def test_publishing_shows_the_new_version_at_once_and_purges_page_lists_and_api(
    client, event, agenda, home_page
):
    warm(client, event)
    before = content_version()
    event.title = "Werkgroep buurtteams"
    event.save_revision().publish()
    assert content_version() != before
    assert "Werkgroep buurtteams" in served(client, event)
    for url in (
        event.get_full_url(),
        agenda.get_full_url(),
        home_page.get_full_url(),
        f"{ROOT}/api/v1/events/{event.pk}",
        f"{ROOT}/api/v1/events",
        f"{ROOT}/sitemap.xml",
        f"{ROOT}/embed/agenda/",
    ):
        assert url in PURGED, url


def test_unpublishing_takes_the_page_away_at_once(client, event, agenda):
    warm(client, event)
    event.unpublish()
    assert client.get(event.url).status_code == 404
    assert event.get_full_url() in PURGED
    assert agenda.get_full_url() in PURGED


def test_moving_purges_the_old_and_the_new_address(client, event, home_page):
    from tests.programme.factories import EventIndexPageFactory

    old_url, old_full_url = event.url, event.get_full_url()
    warm(client, event)
    archive = EventIndexPageFactory(parent=home_page, title="Archief", slug="archief")
    PURGED.clear()
    event.move(archive, pos="last-child")
    event.refresh_from_db()
    moved = client.get(old_url)
    assert moved.status_code == 301  # Wagtail's automatic redirect, not the stored copy
    assert moved["Location"] == event.url
    assert SECRET in served(client, event)
    assert old_full_url in PURGED
    assert event.get_full_url() in PURGED


def test_deleting_takes_the_page_away_at_once(client, event):
    url, full_url = event.url, event.get_full_url()
    warm(client, event)
    event.delete()
    assert client.get(url).status_code == 404
    assert full_url in PURGED


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_privacy_added_to_a_live_page_holds_at_once(client, event, kind):
    warm(client, event)
    restriction = PageViewRestriction.objects.create(
        page=event, restriction_type=kind, password="geheim" if kind == "password" else ""
    )
    if kind == "groups":
        restriction.groups.set([Group.objects.get(name="Editors")])
    response = client.get(event.url)
    assert SECRET not in response.content.decode()
    assert "public" not in response.get("Cache-Control", "")
    assert event.get_full_url() in PURGED
    assert f"{ROOT}/api/v1/events/{event.pk}" in PURGED
    assert client.get(f"/api/v1/events/{event.pk}").status_code == 404


def test_privacy_added_to_an_ancestor_holds_for_every_page_below(client, event, agenda):
    warm(client, event)
    PageViewRestriction.objects.create(page=agenda, restriction_type="login")
    assert client.get(event.url).status_code == 302  # to the login page
    assert event.get_full_url() in PURGED, "the whole subtree is purged"
    assert agenda.get_full_url() in PURGED


def test_privacy_changed_moves_the_version_on(event):
    restriction = PageViewRestriction.objects.create(page=event, restriction_type="groups")
    before = content_version()
    restriction.groups.add(Group.objects.get(name="Moderators"))
    assert content_version() != before
    before = content_version()
    restriction.restriction_type = "password"
    restriction.password = "geheim"
    restriction.save()
    assert content_version() != before


def test_privacy_removed_shows_the_page_at_once(client, event):
    restriction = PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert client.get(event.url).status_code == 302
    PURGED.clear()
    restriction.delete()
    assert SECRET in served(client, event)
    assert event.get_full_url() in PURGED


@pytest.fixture
def report_with_file(home_page):
    from tests.knowledge.factories import (
        PdfDocumentFactory,
        ReportDocumentFactory,
        ReportIndexPageFactory,
        ReportPageFactory,
    )

    index = ReportIndexPageFactory(parent=home_page)
    report = ReportPageFactory(parent=index, title="Eindrapport wijkteams", slug="eindrapport")
    folder = Collection.get_first_root_node().add_child(name="Bijlagen")
    document = PdfDocumentFactory(title="Bijlage wijkteams", collection=folder)
    ReportDocumentFactory(report=report, document=document, label="Bijlage wijkteams")
    report.save_revision().publish()
    return report, document, folder


def test_collection_privacy_withdraws_its_files_from_the_pages_that_show_them(
    client, report_with_file
):
    report, document, folder = report_with_file
    assert document.url in served(client, report)
    PURGED.clear()
    CollectionViewRestriction.objects.create(collection=folder, restriction_type="login")
    assert document.url not in served(client, report)
    assert report.get_full_url() in PURGED, "the report showing the file is purged"
    assert f"{ROOT}{document.url}" in PURGED
    assert f"{ROOT}/feeds/publicaties/atom/" in PURGED


def test_the_embargo_ending_shows_the_files_at_once(client, home_page):
    from tests.knowledge.factories import (
        ReportDocumentFactory,
        ReportIndexPageFactory,
        ReportPageFactory,
    )

    index = ReportIndexPageFactory(parent=home_page)
    report = ReportPageFactory(
        parent=index,
        slug="verwacht",
        is_forthcoming=True,
        publication_date=None,
        expected_date=datetime.date(2021, 5, 31),
    )
    row = ReportDocumentFactory(report=report)
    report.save_revision().publish()
    assert row.document.url not in served(client, report)
    PURGED.clear()
    report.is_forthcoming = False
    report.publication_date = datetime.date(2021, 5, 28)
    report.save_revision().publish()
    assert row.document.url in served(client, report)
    assert f"{ROOT}{row.document.url}" in PURGED
    assert report.get_full_url() in PURGED


def test_a_snippet_edit_shows_on_the_pages_that_use_it_at_once(client, event):
    from tests.programme.factories import EventSpeakerFactory, PersonFactory

    speaker = PersonFactory(name="Anna de Wit", public_profile=True)
    EventSpeakerFactory(page=event, person=speaker)
    event.save_revision().publish()
    assert "Anna de Wit" in served(client, event)
    PURGED.clear()
    speaker.name = "Anna de Wit-Jansen"
    speaker.save()
    assert "Anna de Wit-Jansen" in served(client, event)
    assert event.get_full_url() in PURGED


@override_settings(WAGTAILFRONTENDCACHE={})
def test_without_a_cdn_nothing_is_purged_but_the_version_still_moves(client, event):
    PURGED.clear()
    before = content_version()
    PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert content_version() != before
    assert PURGED == []


def test_a_draft_save_changes_nothing_public(event):
    PURGED.clear()
    before = content_version()
    event.title = "Nog niet gepubliceerd"
    event.save_revision()
    assert content_version() == before
    assert PURGED == []


def test_a_redirect_never_reveals_where_a_private_page_went(client, event, agenda, home_page):
    """Moving a page leaves a redirect; under a private parent it must not point there."""
    from tests.programme.factories import EventIndexPageFactory

    old_url = event.url
    closed = EventIndexPageFactory(parent=home_page, title="Intern", slug="intern")
    PageViewRestriction.objects.create(page=closed, restriction_type="login")
    event.move(closed, pos="last-child")
    event.refresh_from_db()
    response = client.get(old_url)
    assert response.status_code == 404
    assert "Location" not in response
    assert "intern" not in response.content.decode()
    # Someone who may see it is still sent on.
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="editor"))
    followed = client.get(old_url)
    assert followed.status_code == 301
    assert followed["Location"] == event.url
