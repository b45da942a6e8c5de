"""The agenda, a learning network and the Dag van de Buurt event page (the demo built from seeds
000-002, docs/glossary.md) in a real browser: accessible, valid HTML, usable on a phone."""

import pytest

from .harness import assert_accessible, assert_valid_html, check_widths

pytestmark = pytest.mark.browser

PAGES = {
    "agenda": "/agenda/",
    "agenda-archive": "/agenda/?when=past",
    "series": "/agenda/stadsvernieuwing-als-sociale-praktijk/",
    "event": "/agenda/dag-van-de-buurt-2021/",
    "kennisatelier": "/agenda/kennisatelier-inclusieve-wijken-2022/",
}


@pytest.fixture
def programme_site(site_url):
    from programme.demo import load_programme_demo

    load_programme_demo()
    return site_url


def test_programme_pages_are_valid_html(client, home_page):
    from programme.demo import load_programme_demo

    load_programme_demo()
    responses = {name: client.get(path) for name, path in PAGES.items()}
    assert {name: r.status_code for name, r in responses.items()} == dict.fromkeys(PAGES, 200)
    person = responses["event"].context["event"].speaker_rows[1].person
    responses["person"] = client.get(f"/personen/{person.pk}/")
    # The archive in pages of five, so that the pagination's markup is validated too.
    agenda = responses["agenda"].context["page"]
    agenda.per_page = 5
    agenda.save_revision().publish()
    responses["agenda-archive-page-2"] = client.get("/agenda/?when=past&pagina=2")
    assert 'rel="prev"' in responses["agenda-archive-page-2"].content.decode()
    assert_valid_html(**{name: r.content.decode() for name, r in responses.items()})


def test_programme_pages_are_accessible_on_phone_and_laptop(programme_site, page):
    for name, path in PAGES.items():
        check_widths(page, f"{programme_site}{path}", f"programme-{name}")
        assert_accessible(page)
        assert page.locator("h1").count() == 1


def test_read_more_opens_a_speaker_bio_and_a_workshop_without_javascript_help(programme_site, page):
    page.goto(f"{programme_site}/agenda/dag-van-de-buurt-2021/")
    bio = page.locator(".person-card__bio").first
    assert not bio.locator(".prose").is_visible()
    bio.locator("summary").click()
    assert bio.locator(".prose").is_visible()
    rounds = page.locator(".workshop-round")
    assert rounds.count() == 2
    assert rounds.nth(0).locator(".workshop").count() == 13


def test_agenda_filters_work_as_a_plain_form(programme_site, page):
    page.goto(f"{programme_site}/agenda/")
    page.select_option("#id_when", "past")
    page.select_option("#id_format", "kennisatelier")
    page.get_by_role("button", name="Toon activiteiten").click()
    titles = page.locator(".event-card__title").all_inner_texts()
    assert titles == ["Kennisatelier inclusieve wijken en ruimtelijke segregatie"]
