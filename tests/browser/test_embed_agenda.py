"""The embeddable agenda in a real browser, alone and inside a partner's iframe: accessible,
valid, no sideways scrolling, in both colour schemes."""

import pytest

from tests.embed.agenda_content import build_agenda

from .harness import assert_accessible, assert_valid_html, check_widths

pytestmark = pytest.mark.browser


@pytest.fixture
def agenda_url(site_url):
    from home.models import HomePage

    build_agenda(HomePage.objects.get(locale__language_code="nl"))
    return f"{site_url}/embed/agenda/"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_embed_is_accessible_and_fits_narrow_frames(page, agenda_url, scheme):
    for shot in check_widths(page, f"{agenda_url}?scheme={scheme}", f"embed-agenda-{scheme}"):
        assert shot.stat().st_size > 0
        assert_accessible(page)
    assert page.locator("h1").count() == 1
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator(".embed-event time").count() >= 3


def test_the_embed_renders_inside_an_iframe_on_the_same_site(page, agenda_url, site_url):
    # With no partner origins configured the site itself may still frame it (the admin preview).
    page.goto(f"{site_url}/")
    page.set_content(
        f'<iframe src="{agenda_url}" title="Agenda" width="400" height="600"></iframe>',
    )
    frame = page.frame_locator("iframe")
    assert frame.locator("h1").inner_text() == "Agenda"


def test_the_embed_is_valid_html(client, home_page):
    agenda = build_agenda(home_page)
    pages = {
        "embed": client.get("/embed/agenda/"),
        "embed (en, dark)": client.get("/embed/agenda/?language=en&scheme=dark"),
        "embed (series)": client.get(f"/embed/agenda/?series={agenda['network'].pk}"),
    }
    assert [r.status_code for r in pages.values()] == [200, 200, 200]
    assert_valid_html(**{name: r.content.decode() for name, r in pages.items()})
