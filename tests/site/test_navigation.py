import pytest
from atelier.models import MenuItem, Navigation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Site

from home.models import ContentPage
from home.navigation import add_to_footer, add_to_main_menu

pytestmark = pytest.mark.django_db


def menu_html(html: str) -> str:
    start = html.index('<nav class="site-header__nav"')
    return html[start : html.index("</nav>", start)]


def footer_html(html: str) -> str:
    return html[html.index("<footer") :]


def test_main_menu_links_to_its_pages_and_marks_the_current_one(client, home_page):
    html = client.get("/over-atelier/").content.decode()
    menu = menu_html(html)
    assert 'aria-label="Hoofdmenu"' in menu
    assert '<a href="/inclusieve-wijken/">Inclusieve wijken</a>' in menu
    assert '<a href="/over-atelier/" aria-current="page">Over Atelier</a>' in menu
    assert 'aria-current="page"' not in menu_html(client.get("/").content.decode())


def test_menu_marks_the_section_a_visitor_is_in(client, home_page):
    about = ContentPage.objects.get(slug="over-atelier", locale__language_code="nl")
    team = about.add_child(instance=ContentPage(title="Ons team", slug="team"))
    team.save_revision().publish()
    menu = menu_html(client.get("/over-atelier/team/").content.decode())
    assert '<a href="/over-atelier/" aria-current="true">Over Atelier</a>' in menu


def test_menu_leaves_out_unpublished_pages_and_keeps_outside_links(client, home_page):
    draft = home_page.add_child(instance=ContentPage(title="Geheim plan", slug="plan", live=False))
    add_to_main_menu(draft)
    navigation = Navigation.objects.get(
        site=Site.objects.get(is_default_site=True), locale__language_code="nl"
    )
    MenuItem.objects.create(
        settings=navigation, link_url="https://example.org/", link_text="Partner", sort_order=9
    )
    menu = menu_html(client.get("/").content.decode())
    assert "Geheim plan" not in menu
    assert '<a href="https://example.org/">Partner</a>' in menu


def test_english_menu_links_to_the_translation_with_its_title(client, home_page):
    about = ContentPage.objects.get(slug="over-atelier", locale__language_code="nl")
    assert about.get_translation(Locale.objects.get(language_code="en")).title == "About Atelier"
    html = client.get("/en/").content.decode()
    menu = menu_html(html)
    assert '<a href="/en/about-atelier/">About Atelier</a>' in menu
    assert 'aria-label="Main menu"' in menu and "Hoofdmenu" not in html


def test_footer_shows_contact_social_links_and_both_statements(client, home_page):
    footer = footer_html(client.get("/").content.decode())
    assert "info@atelier.localhost" in footer and 'href="tel:0301234567"' in footer
    assert "Voorbeeldstraat 1<br>3511 AA Utrecht" in footer
    assert '<a href="https://www.linkedin.com/company/example" rel="me">LinkedIn</a>' in footer
    assert '<a href="/privacyverklaring/">Privacyverklaring</a>' in footer
    assert '<a href="/toegankelijkheidsverklaring/">Toegankelijkheidsverklaring</a>' in footer
    assert '<a href="/over-atelier/">Over Atelier</a>' in footer


def test_demo_statements_have_real_content(client, home_page):
    privacy = client.get("/privacyverklaring/").content.decode()
    assert "geen cookies" in privacy.lower()
    accessibility = client.get("/toegankelijkheidsverklaring/").content.decode()
    assert "WCAG" in accessibility


def test_menu_helpers_are_idempotent(home_page):
    about = ContentPage.objects.get(slug="over-atelier", locale__language_code="nl")
    before = MenuItem.objects.count()
    add_to_main_menu(about)
    add_to_footer(about)
    assert MenuItem.objects.count() == before


def test_menu_item_explains_what_is_missing():
    from django.core.exceptions import ValidationError

    item = MenuItem(link_url="https://example.org/")
    with pytest.raises(ValidationError) as error:
        item.clean()
    assert "link_text" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        MenuItem().clean()
    assert "Kies een pagina of vul een webadres in" in str(error.value)


def test_a_redirect_made_in_the_admin_sends_visitors_on(client, home_page):
    about = ContentPage.objects.get(slug="over-atelier", locale__language_code="nl")
    Redirect.objects.create(old_path="/wie-zijn-wij", redirect_page=about, is_permanent=True)
    response = client.get("/wie-zijn-wij/")
    assert response.status_code == 301
    assert response["Location"].endswith("/over-atelier/")


def test_public_pages_set_no_cookies_for_visitors(client, home_page):
    for url in ("/", "/inclusieve-wijken/", "/privacyverklaring/", "/en/"):
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, (url, response.cookies)
        assert "Set-Cookie" not in response.headers
