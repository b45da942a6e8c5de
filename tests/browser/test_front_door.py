"""The front door in a real browser: the menu button on a phone and a submenu with the
keyboard (open, move, close with Escape), and breadcrumbs, checked by axe and the Nu
validator at 375 and 1280 px."""

import pytest

from .harness import assert_accessible, assert_valid_html, check_widths

pytestmark = pytest.mark.browser


@pytest.fixture
def menu_with_submenu(site_url):
    """The demo frame's menu plus two pages grouped under a 'Kennis' submenu."""
    from atelier.models import MenuItem, Navigation
    from wagtail.models import Page, Site

    from home.models import ContentPage

    home = Page.objects.get(depth=2, locale__language_code="nl")
    navigation = Navigation.objects.get(
        site=Site.objects.get(is_default_site=True), locale__language_code="nl"
    )
    for order, (title, slug) in enumerate([("Publicaties", "publicaties"), ("Projecten", "pr")]):
        child = home.add_child(instance=ContentPage(title=title, slug=slug))
        child.save_revision().publish()
        MenuItem.objects.create(
            settings=navigation, link_page=child, submenu="Kennis", sort_order=50 + order
        )
    return site_url


def expanded(locator) -> str:
    return locator.get_attribute("aria-expanded")


def focused_text(page) -> str:
    return page.evaluate("() => document.activeElement.textContent.trim()")


def test_the_menu_button_on_a_phone_opens_moves_and_closes_with_escape(page, menu_with_submenu):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{menu_with_submenu}/")
    button = page.locator(".site-header__menu-button")
    assert button.is_visible() and expanded(button) == "false"
    assert not page.locator(".site-header__nav a").first.is_visible()
    button.focus()
    page.keyboard.press("Enter")
    assert expanded(button) == "true"
    assert page.locator(".site-header__nav").is_visible()
    assert_accessible(page)
    page.keyboard.press("Tab")  # into the menu
    assert page.evaluate("() => document.activeElement.closest('#site-menu') !== null")
    page.keyboard.press("Escape")
    assert expanded(button) == "false"
    assert page.evaluate("() => document.activeElement.classList[0]") == (
        "site-header__menu-button"
    )


def test_a_submenu_opens_with_the_keyboard_and_escape_returns_to_its_button(
    page, menu_with_submenu
):
    page.goto(f"{menu_with_submenu}/")
    assert not page.locator(".site-header__menu-button").is_visible()  # wide: no button
    toggle = page.locator(".main-menu__toggle", has_text="Kennis")
    submenu = page.locator(".main-menu__submenu").first
    assert expanded(toggle) == "false" and not submenu.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert expanded(toggle) == "true" and submenu.is_visible()
    page.keyboard.press("Tab")
    assert focused_text(page) == "Publicaties"
    page.keyboard.press("Tab")
    assert focused_text(page) == "Projecten"
    assert_accessible(page)
    page.keyboard.press("Escape")
    assert expanded(toggle) == "false" and not submenu.is_visible()
    assert focused_text(page) == "Kennis"


def test_breadcrumbs_are_accessible_and_valid_at_both_widths(page, client, menu_with_submenu):
    url = f"{menu_with_submenu}/over-atelier/"
    for _shot in check_widths(page, url, "breadcrumbs"):
        crumbs = page.locator("nav.breadcrumbs")
        assert crumbs.is_visible()
        assert crumbs.locator("a").first.get_attribute("href") == "/"
        assert crumbs.locator("[aria-current=page]").inner_text() == "Over Atelier"
        assert_accessible(page)
    assert_valid_html(
        breadcrumbs=client.get("/over-atelier/").content.decode(),
        home=client.get("/").content.decode(),
    )


def test_the_composed_demo_home_is_accessible_valid_and_fits_both_widths(page, client, site_url):
    """The whole demo (`load_demo`): the home page's listings, cards and images."""
    import io

    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())
    for url, name in ((f"{site_url}/", "home-demo"), (f"{site_url}/en/", "home-demo-en")):
        for _shot in check_widths(page, url, name):
            assert page.locator("main h2").count() >= 4  # the listings, each with a heading
            assert page.locator("main .card img").count() >= 3  # generated images
            assert_accessible(page)
    home = client.get("/").content.decode()
    assert "Alles bekijken" in home and "Binnenkort" in home
    assert_valid_html(home=home, home_en=client.get("/en/").content.decode())


def test_a_long_dutch_word_in_a_title_does_not_make_a_phone_scroll_sideways(page, site_url):
    """'Toegankelijkheidsverklaring' in a heading is wider than a 320 px phone."""
    url = f"{site_url}/toegankelijkheidsverklaring/"
    for _shot in check_widths(page, url, "long-word", widths=(320, 390)):
        assert page.locator("h1").inner_text() == "Toegankelijkheidsverklaring"
