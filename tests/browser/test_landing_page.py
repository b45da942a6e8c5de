"""A landing page made of every block in a real browser: accessible, valid HTML, fits a
phone, and the video only contacts YouTube after the visitor clicks play."""

import pytest
from atelier.registry import ListingSource, registry

from tests.site.factories import DocumentFactory, ImageFactory, every_block_body

from .harness import assert_accessible, assert_valid_html, check_widths

pytestmark = pytest.mark.browser

VIDEO_HOSTS = ("youtube.com", "youtube-nocookie.com", "vimeo.com", "ytimg.com")


@pytest.fixture
def every_block_page(site_url):
    from atelier.models import SiteSettings
    from django.apps import apps
    from wagtail.models import Site

    from home.models import ContentPage, HomePage, LandingPage

    registry.add_listing_source(
        ListingSource(
            "every",
            "Nieuwste pagina's",
            lambda theme=None, limit=3, locale=None: (
                ContentPage.objects.live().public().filter(locale=locale)[:limit]
            ),
        )
    )
    if apps.is_installed("programme"):
        apps.get_model("programme", "Person").objects.create(
            name="Mira Bakker", job_title="onderzoeker", public_profile=True
        )
    SiteSettings.objects.filter(site=Site.objects.get(is_default_site=True)).update(
        newsletter_url="https://nieuwsbrief.example.org/aanmelden"
    )
    home = HomePage.objects.get(locale__language_code="nl")
    image = ImageFactory(file__width=1600, file__height=900)
    about = ContentPage.objects.get(slug="over-atelier", locale__language_code="nl")
    page = home.add_child(
        instance=LandingPage(
            title="Alle blokken",
            slug="alle-blokken",
            intro="Een pagina met elk blok uit de bibliotheek.",
            image=image,
            hero_link_page=about,
            hero_link_text="Meer weten",
            body=every_block_body(image, DocumentFactory(title="Startnotitie"), about),
        )
    )
    page.save_revision().publish()
    yield f"{site_url}{page.url}"
    registry.listing_sources.pop("every", None)


def test_landing_page_with_every_block_is_accessible_and_fits(page, every_block_page):
    for _shot in check_widths(page, every_block_page, "landing-every-block"):
        assert_accessible(page)
    assert page.locator("h1").count() == 1
    assert page.locator("details summary").count() >= 2
    assert page.get_by_role("heading", name="Nieuwste pagina's").count() == 1  # listing filled


def test_landing_page_with_every_block_is_valid_html(page, every_block_page):
    response = page.goto(every_block_page)
    assert response.status == 200
    assert_valid_html(landing=response.text())


def test_video_loads_from_youtube_only_after_a_click(page, every_block_page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.route(
        "**/*",
        lambda route: (
            route.abort()
            if any(host in route.request.url for host in VIDEO_HOSTS)
            else route.continue_()
        ),
    )
    page.goto(every_block_page)
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Nieuwste pagina").count() >= 1  # the listing filled itself
    assert not [url for url in requested if any(host in url for host in VIDEO_HOSTS)]
    assert page.locator("iframe").count() == 0

    page.get_by_role("link", name="Video afspelen").click()
    iframe = page.locator(".c-video__frame iframe")
    iframe.wait_for()
    assert iframe.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    assert iframe.get_attribute("title") == "Terugblik op de Dag van de Buurt"
    assert page.url == every_block_page  # the link's own navigation was prevented
