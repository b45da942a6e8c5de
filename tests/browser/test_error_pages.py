"""The page types no other browser test covers, at 375 and 1280 px: axe-core (no serious or
critical findings), the Nu validator (no errors), no sideways scrolling, screenshots in
artifacts/screenshots/. Search with and without results, the agenda with filters, the
registration form with errors, a person, a session of a learning network, the project and
article indexes, the 500 page from a view that really fails (DEBUG off), and the friendly
notice of a cancelled and a postponed event."""

import datetime
import json

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from .harness import SCREENSHOTS, WIDTHS, assert_accessible, assert_valid_html, check_widths

pytestmark = pytest.mark.browser


def check_page(page, url, name, status=200):
    """axe at both widths (check_widths fails on sideways scrolling and saves shots);
    returns the HTML the server sent, for one validator run per test."""
    for width in WIDTHS:
        check_widths(page, url, name, widths=(width,))
        assert_accessible(page)
    response = page.request.get(url)
    assert response.status == status, f"{url}: {response.status}"
    return response.text()


def test_uncovered_page_types_are_accessible_and_valid_at_both_widths(page, content_site):
    from programme.models import EventPage, EventSeriesPage, Person

    session = EventPage.objects.live().filter(
        path__startswith=EventSeriesPage.objects.live().first().path, depth__gt=3
    )
    session = session.exclude(pk__in=EventSeriesPage.objects.values("pk")).first()
    person = Person.objects.filter(public_profile=True).order_by("pk").first()
    pages = {
        "search-results": "/zoeken/?q=buurt",
        "search-none": "/zoeken/?q=xylofoonquintet",
        "search-bad-year": "/zoeken/?q=buurt&year=abc",
        "agenda-filtered": "/agenda/?when=past&format=kennisatelier",
        "person": f"/personen/{person.pk}/",
        "session": session.url,
        "project-index": "/projecten/",
        "article-index": "/artikelen/",
    }
    documents = {}
    for name, path in pages.items():
        documents[name] = check_page(page, f"{content_site}{path}", f"pagetype-{name}")
    page.goto(f"{content_site}/zoeken/?q=buurt")
    assert page.locator(".search-result").count() >= 1
    page.goto(f"{content_site}/zoeken/?q=xylofoonquintet")
    expect(page.locator(".search-empty")).to_be_visible()
    assert_valid_html(**documents)


def make_event(**fields):
    from home.models import HomePage
    from tests.programme.factories import EventIndexPageFactory, EventPageFactory

    home = HomePage.objects.get(locale__language_code="nl")
    index = EventIndexPageFactory(parent=home, title="Agenda", slug="agenda")
    # Whole minutes, as the admin stores them.
    start = (timezone.now() + datetime.timedelta(days=30)).replace(second=0, microsecond=0)
    return EventPageFactory(
        parent=index,
        title="Buurtavond",
        start=start,
        end=start + datetime.timedelta(hours=2),
        registration_mode="site",
        capacity=40,
        **fields,
    )


def test_registration_form_with_errors_is_valid_at_both_widths(page, site_url):
    event = make_event()
    url = f"{site_url}/aanmelden/{event.pk}/"
    html = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url)
        with page.expect_navigation() as navigation:
            page.click(".registration__form button[type=submit]")  # empty: errors
        expect(page.locator(".registration__errors")).to_be_visible()
        assert_accessible(page)
        html[f"form-errors-{width}"] = navigation.value.text()
        page.screenshot(path=str(SCREENSHOTS / f"registration-errors-{width}.png"), full_page=True)
    assert_valid_html(**html)


@pytest.mark.parametrize(
    ("status", "label", "schema"),
    [("cancelled", "Geannuleerd", "EventCancelled"), ("postponed", "Uitgesteld", "EventPostponed")],
)
def test_a_cancelled_or_postponed_event_says_so_and_takes_no_registrations(
    page, site_url, status, label, schema
):
    event = make_event(status=status)
    event.save_revision().publish()
    html = check_page(page, f"{site_url}{event.url}", f"event-{status}")
    banner = page.locator(f".status-banner--{status}")
    expect(banner).to_contain_text(label)
    assert page.locator(f'a[href$="/aanmelden/{event.pk}/"]').count() == 0
    data = json.loads(page.locator('script[type="application/ld+json"]').first.text_content())
    found = data if isinstance(data, list) else [data]
    graph = [item for entry in found for item in entry.get("@graph", [entry])]
    statuses = [item.get("eventStatus") for item in graph if "eventStatus" in item]
    assert statuses == [f"https://schema.org/{schema}"]
    # The form itself refuses too, with a page that says why (not a 500).
    response = page.goto(f"{site_url}/aanmelden/{event.pk}/")
    assert response.status == 200
    assert page.locator(".registration__form").count() == 0
    assert_valid_html(event=html)


def test_the_500_page_is_in_style_accessible_and_valid(page, site_url, settings):
    settings.ROOT_URLCONF = "tests.browser.error_urls"
    settings.DEBUG = False
    html = check_page(page, f"{site_url}/kapot/", "500", status=500)
    page.goto(f"{site_url}/kapot/")
    expect(page.locator("h1")).to_have_text("Er ging iets mis")
    assert page.locator("html").get_attribute("lang") == "nl"
    # The site's stylesheet applies (not the browser's default serif page).
    font = page.locator("body").evaluate("el => getComputedStyle(el).fontFamily")
    assert font.startswith("system-ui"), font
    page.get_by_role("link", name="Naar de homepagina").click()
    page.wait_for_url(f"{site_url}/")
    assert_valid_html(**{"500": html})
