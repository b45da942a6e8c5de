"""The home page and the 404 page in a real browser: accessible, valid, usable at two widths."""

import pytest

from .harness import assert_accessible, assert_valid_html, check_widths

pytestmark = pytest.mark.browser


def test_home_page_is_accessible_and_fits_phone_and_laptop(page, site_url):
    for shot in check_widths(page, f"{site_url}/", "home"):
        assert shot.stat().st_size > 0
        assert_accessible(page)
    assert page.locator("h1").count() == 1
    assert page.locator("html").get_attribute("lang") == "nl"


def test_english_home_and_404_are_accessible(page, site_url):
    page.goto(f"{site_url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert_accessible(page)

    response = page.goto(f"{site_url}/bestaat-niet/")
    assert response.status == 404
    assert_accessible(page)
    check_widths(page, f"{site_url}/bestaat-niet/", "404")


def test_skip_link_moves_focus_to_the_main_content(page, site_url):
    page.goto(f"{site_url}/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_home_404_and_english_home_are_valid_html(client, home_page):
    pages = {
        "home": client.get("/"),
        "home (en)": client.get("/en/"),
        "404": client.get("/bestaat-niet/"),
    }
    assert [r.status_code for r in pages.values()] == [200, 200, 404]
    assert_valid_html(**{name: r.content.decode() for name, r in pages.items()})
