import re

import pytest
from wagtail.models import Locale

from home.models import ContentPage

from .factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rendition_cache():
    # Wagtail caches renditions by image id; ids repeat between tests after rollback.
    from django.core.cache import cache

    cache.clear()


def meta(html: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def test_pages_carry_canonical_description_open_graph_and_twitter_tags(client, home_page):
    page = ContentPage.objects.get(slug="privacyverklaring", locale__language_code="nl")
    page.search_description = "Hoe wij met uw gegevens omgaan."
    page.seo_title = "Privacy bij Atelier"
    page.share_image = ImageFactory(
        description="Logo van Atelier", file__width=1600, file__height=900
    )
    page.save_revision().publish()
    html = client.get("/privacyverklaring/").content.decode()
    assert '<link rel="canonical" href="http://testserver/privacyverklaring/">' in html
    assert meta(html, "description") == "Hoe wij met uw gegevens omgaan."
    assert meta(html, "og:title") == "Privacy bij Atelier"
    assert meta(html, "og:description") == "Hoe wij met uw gegevens omgaan."
    assert meta(html, "og:url") == "http://testserver/privacyverklaring/"
    assert meta(html, "og:image").startswith("http://testserver/")  # one host name for all
    assert meta(html, "og:image:width") == "1200" and meta(html, "og:image:height") == "630"
    assert meta(html, "og:image:alt") == "Logo van Atelier"
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "og:locale") == "nl_NL"


def test_description_falls_back_to_the_intro_and_no_image_means_a_small_card(client, home_page):
    html = client.get("/toegankelijkheidsverklaring/").content.decode()
    assert meta(html, "og:description") == "Hoe toegankelijk deze website is en wat nog beter moet."
    assert meta(html, "og:image") is None
    assert meta(html, "twitter:card") == "summary"


def test_translations_are_linked_with_hreflang(client, home_page):
    page = ContentPage.objects.get(slug="privacyverklaring", locale__language_code="nl")
    assert page.get_translation(Locale.objects.get(language_code="en")).live  # from the demo
    for url in ("/privacyverklaring/", "/en/privacy-statement/"):
        html = client.get(url).content.decode()
        assert (
            '<link rel="alternate" hreflang="nl" href="http://testserver/privacyverklaring/">'
            in html
        )
        assert (
            '<link rel="alternate" hreflang="en" href="http://testserver/en/privacy-statement/">'
            in html
        )
        assert 'hreflang="x-default" href="http://testserver/privacyverklaring/"' in html
    assert meta(client.get("/en/privacy-statement/").content.decode(), "og:locale") == "en_GB"


def test_an_unpublished_translation_gets_no_hreflang(client, home_page):
    page = ContentPage.objects.get(slug="privacyverklaring", locale__language_code="nl")
    page.get_translation(Locale.objects.get(language_code="en")).unpublish()
    html = client.get("/privacyverklaring/").content.decode()
    assert 'hreflang="en"' not in html.split("<body")[0]


def test_json_ld_from_the_page_is_embedded_safely(client, home_page, monkeypatch):
    monkeypatch.setattr(
        ContentPage,
        "get_json_ld",
        lambda self, request=None: {"@type": "WebPage", "name": "</script><b>x"},
        raising=False,
    )
    html = client.get("/privacyverklaring/").content.decode()
    assert (
        '<script type="application/ld+json">{"@type": "WebPage", '
        '"name": "\\u003C/script\\u003E\\u003Cb\\u003Ex"}</script>' in html
    )
