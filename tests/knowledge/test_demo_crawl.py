"""The demo site as a visitor finds it: following links only (no typed addresses, no search
form) from `/` and from `/en/`, every live public page is reachable within three clicks,
and no link on the way is broken. Each seed's pages are within two clicks of the home."""

from collections import deque
from urllib.parse import urldefrag, urlsplit

import pytest
from lxml import html as lxml_html
from wagtail.models import Page, Site

pytestmark = pytest.mark.django_db

# Not pages a visitor browses: the admin, the API, files, and the exports an event offers
# (checked for status, never parsed).
NOT_FOLLOWED = ("/admin/", "/django-admin/", "/api/", "/documents/", "/media/", "/static/")


def internal_path(href: str, hosts: set[str]) -> str | None:
    """The path (with query) of a link on this site, or None for other sites, mail links
    and in-page anchors."""
    href, _ = urldefrag(href.strip())
    if not href:
        return None
    parts = urlsplit(href)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    if parts.netloc and parts.netloc not in hosts:
        return None
    if not parts.path.startswith("/"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


class Crawl:
    """Breadth-first over links, remembering each path's click depth and status."""

    def __init__(self, client, hosts):
        self.client = client
        self.hosts = hosts
        self.depth: dict[str, int] = {}
        self.status: dict[str, int] = {}
        self.broken: list[tuple[str, str, int]] = []

    def get(self, path):
        if path not in self.status:
            response = self.client.get(path, follow=True)
            self.status[path] = response.status_code
            self._responses[path] = response
        return self._responses[path]

    _responses: dict = {}

    def run(self, start: str, max_depth: int) -> dict[str, int]:
        self._responses = {}
        depth = {start: 0}
        queue = deque([start])
        while queue:
            path = queue.popleft()
            response = self.get(path)
            if response.status_code != 200:
                continue
            if not response.get("Content-Type", "").startswith("text/html"):
                continue
            if depth[path] >= max_depth or "?" in path:
                continue
            tree = lxml_html.fromstring(response.content)
            for href in tree.xpath("//a/@href"):
                target = internal_path(href, self.hosts)
                if target is None:
                    continue
                status = self.get(target).status_code
                if status >= 400:
                    self.broken.append((path, target, status))
                    continue
                if target.startswith(NOT_FOLLOWED) or target in depth:
                    continue
                depth[target] = depth[path] + 1
                queue.append(target)
        return depth


def hosts() -> set[str]:
    site = Site.objects.get(is_default_site=True)
    names = {"testserver", site.hostname}
    if site.port not in (80, 443):
        names.add(f"{site.hostname}:{site.port}")
    return names


def live_public_pages(language: str) -> list[Page]:
    return [
        page
        for page in Page.objects.live()
        .public()
        .filter(depth__gt=1, locale__language_code=language)
        .specific()
        if page.get_url() is not None
    ]


@pytest.fixture(scope="module")
def crawled(demo_site, django_db_blocker):
    """One crawl per start page for the module (the demo is read, never changed)."""
    from django.test import Client

    with django_db_blocker.unblock():
        result = {}
        for start in ("/", "/en/"):
            crawl = Crawl(Client(), hosts())
            result[start] = (crawl.run(start, max_depth=3), crawl.broken)
        yield result


@pytest.mark.parametrize(("start", "language"), [("/", "nl"), ("/en/", "en")])
def test_every_live_public_page_is_within_three_clicks(demo, crawled, start, language):
    depth, _ = crawled[start]
    pages = live_public_pages(language)
    assert len(pages) > 15  # the demo, not an empty site
    unreachable = sorted(page.get_url() for page in pages if page.get_url() not in depth)
    assert unreachable == []


@pytest.mark.parametrize("start", ["/", "/en/"])
def test_no_link_on_the_way_is_broken(demo, crawled, start):
    _, broken = crawled[start]
    assert broken == []


def test_the_crawl_reports_a_broken_link_and_skips_drafts(demo):
    """The crawl really tells: a menu link to a missing page is reported broken, and a
    draft linked from the menu is not reached."""
    from atelier.models import MenuItem, Navigation
    from django.test import Client

    from home.models import ContentPage
    from home.navigation import add_to_main_menu

    home = Page.objects.get(depth=2, locale__language_code="nl")
    draft = home.add_child(instance=ContentPage(title="Concept", slug="concept", live=False))
    add_to_main_menu(draft)
    navigation = Navigation.objects.get(
        site=Site.objects.get(is_default_site=True), locale__language_code="nl"
    )
    MenuItem.objects.create(
        settings=navigation, link_url="/bestaat-niet/", link_text="Weg", sort_order=99
    )
    crawl = Crawl(Client(), hosts())
    depth = crawl.run("/", max_depth=1)
    assert ("/", "/bestaat-niet/", 404) in crawl.broken
    assert "/concept/" not in depth
    assert depth["/agenda/"] == 1


# Each seed's pages, by slug, within two clicks of the home page (Dutch).
SEED_PAGES = {
    "000 learning network": ["stadsvernieuwing-als-sociale-praktijk", "sessie-"],
    "001 Dag van de Buurt": ["dag-van-de-buurt"],
    "002 kennisatelier": ["kennisatelier-buurtagenda"],
    "003 interview": ["interview-samira-louali"],
    "004 Stadsgenoten": ["stadsgenoten"],
}


@pytest.mark.parametrize("seed", sorted(SEED_PAGES))
def test_each_seed_is_within_two_clicks_of_the_home(demo, crawled, seed):
    depth, _ = crawled["/"]
    for slug_start in SEED_PAGES[seed]:
        pages = [
            page
            for page in live_public_pages("nl")
            if page.slug.startswith(slug_start) and page.get_url() is not None
        ]
        assert pages, f"no live page for seed {seed}"
        for page in pages:
            assert depth.get(page.get_url(), 99) <= 2, (seed, page.get_url())
