"""Public pages are cacheable by a CDN for anonymous visitors, and only then."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_anonymous_page_is_revalidated_by_browsers_with_an_etag_and_answers_304(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "must-revalidate"}, "no CDN: no s-maxage"
    etag = response["ETag"]
    again = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


@override_settings(
    WAGTAILFRONTENDCACHE={"cdn": {"BACKEND": "tests.embed.recording_cache.RecordingBackend"}},
    PAGE_CACHE_SHARED_MAX_AGE=240,
)
def test_a_purged_cdn_may_keep_a_page_but_browsers_still_revalidate(client, home_page):
    directives = {d.strip() for d in client.get("/")["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "must-revalidate", "s-maxage=240"}
    # Query-string variants cannot be purged one by one: shared caches revalidate those.
    variant = client.get("/?utm_source=nieuwsbrief")["Cache-Control"]
    assert "s-maxage" not in variant
    assert "max-age=0" in variant


def test_a_changed_page_gets_a_new_etag(client, home_page):
    etag = client.get("/")["ETag"]
    home_page.intro = "Een nieuwe introductie."
    home_page.save_revision().publish()
    response = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


@override_settings(PAGE_CACHE_STORE=True)
def test_the_stored_copy_is_replaced_when_the_page_is_published(client, home_page):
    assert "Een nieuwe introductie." not in client.get("/").content.decode()
    home_page.intro = "Een nieuwe introductie."
    home_page.save_revision().publish()
    assert "Een nieuwe introductie." in client.get("/").content.decode()


@override_settings(PAGE_CACHE_STORE=True)
def test_the_stored_copy_is_replaced_when_a_snippet_changes(client, home_page):
    from atelier.models import Theme
    from atelier.public_content import content_version

    client.get("/")
    before = content_version()
    Theme.objects.create(name="Wonen", slug="wonen", locale=home_page.locale)
    assert content_version() > before


@override_settings(PAGE_CACHE_STORE=True)
def test_a_cached_answer_still_answers_304(client, home_page):
    etag = client.get("/")["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_page_with_a_form_is_never_shared(client, home_page):
    """A password-protected page shows a form with a CSRF token: not for a shared cache."""
    PageViewRestriction.objects.create(
        page=home_page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get("/")
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")
    assert "private" in response["Cache-Control"]


def test_a_logged_in_editor_gets_a_private_uncached_page_with_the_userbar(
    client, home_page, django_user_model
):
    client.force_login(django_user_model.objects.get(username="admin"))
    response = client.get("/")
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-cache"} <= directives
    assert "public" not in directives
    assert "wagtail-userbar" in response.content.decode()


def test_admin_and_404_pages_are_not_marked_public(client, home_page):
    assert "public" not in client.get("/admin/login/").get("Cache-Control", "")
    assert "public" not in client.get("/bestaat-niet/").get("Cache-Control", "")


@override_settings(PAGE_CACHE_STORE=True)
def test_the_stored_copy_is_replaced_when_the_site_settings_change(client, home_page):
    """The footer's address, phone and links are the site settings': an editor who changes
    them sees the change on every page at once, not after the next publish."""
    from atelier.models import SiteSettings
    from wagtail.models import Site

    client.get("/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.phone = "030 765 43 21"
    site_settings.save()
    assert "030 765 43 21" in client.get("/").content.decode()
