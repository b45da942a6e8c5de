"""Translating an event in a real browser, in the roles people really have: the `editor`
demo user (no publishing rights) opens wagtail-localize's translation editor from the
event, fills in two segments and submits the translation for moderation; the `moderator`
approves it; a visitor reads both texts on the English page."""

import datetime

import pytest

pytestmark = pytest.mark.browser

TITLE_EN = "Neighbourhood budgets day"
SUMMARY_EN = "Residents decide together how to spend part of the city budget."


def make_event():
    from home.models import HomePage
    from tests.programme.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        ProgrammeItemFactory,
        WorkshopFactory,
        WorkshopRoundFactory,
    )

    home = HomePage.objects.get(locale__language_code="nl")
    agenda = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=agenda,
        title="Dag van het buurtbudget",
        summary="Bewoners beslissen samen over een deel van het stadsbudget.",
    )
    ProgrammeItemFactory(page=event, title="Opening", start_time=datetime.time(13))
    WorkshopRoundFactory(page=event, title="Ronde 1", start_time=datetime.time(14))
    WorkshopFactory(page=event, title="Begroten met bewoners", round_numbers=[1], capacity=25)
    event.save_revision().publish()
    return event


def log_in(browser, site_url, username):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", username)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site_url}/admin/")
    return page


def translate_segment(page, source: str, text: str) -> None:
    segment = page.locator("li").filter(has=page.locator("p", has_text=source)).last
    segment.get_by_role("button", name="Vertaal").click()
    segment.locator("textarea").fill(text)
    with page.expect_response(lambda response: "/strings/" in response.url) as saved:
        segment.get_by_role("button", name="Opslaan").click()
    assert saved.value.status in (200, 201)


def test_an_editor_translates_an_event_and_a_moderator_publishes_it(browser, site_url):
    from wagtail.models import Locale

    event = make_event()
    editor = log_in(browser, site_url, "editor")
    editor.goto(f"{site_url}/admin/pages/{event.pk}/edit/")
    # "Vertaal deze pagina" sits in the actions menu (…) of the Dutch event's header.
    editor.get_by_role("button", name="Acties").first.click()
    editor.get_by_role("link", name="Vertaal deze pagina").click()
    editor.check("text=Engels")
    editor.get_by_role("button", name="Verzenden").click()
    editor.wait_for_url(f"{site_url}/admin/pages/*/edit/")
    assert editor.locator(".js-translation-editor").count() == 1

    translate_segment(editor, "Dag van het buurtbudget", TITLE_EN)
    translate_segment(editor, "Bewoners beslissen samen", SUMMARY_EN)
    assert editor.get_by_role("button", name="Publiceer in Engels").count() == 0
    editor.locator(".atelier-translation-moderation").get_by_role(
        "button", name="Dien in ter controle"
    ).click()
    editor.wait_for_load_state()
    assert "wacht op goedkeuring" in editor.locator(".atelier-translation-moderation").inner_text()
    english = event.get_translation(Locale.objects.get(language_code="en"))
    assert not english.live
    editor.context.close()

    moderator = log_in(browser, site_url, "moderator")
    moderator.goto(f"{site_url}/admin/pages/{english.pk}/edit/")
    moderator.locator(".atelier-translation-moderation").get_by_role(
        "button", name="Goedkeuren"
    ).click()
    moderator.wait_for_load_state()
    moderator.context.close()

    english.refresh_from_db()
    assert english.live
    visitor = browser.new_context(locale="en-GB").new_page()
    response = visitor.goto(f"{site_url}{english.url}")
    assert response.status == 200
    assert visitor.locator("h1").inner_text() == TITLE_EN
    assert SUMMARY_EN in visitor.locator("main").inner_text()
    assert visitor.locator("html").get_attribute("lang") == "en"
    visitor.context.close()


def test_the_only_in_dutch_notice_is_accessible_and_valid(page, site_url, client):
    from home.models import ContentPage

    from .harness import assert_accessible, assert_valid_html

    about = ContentPage.objects.get(slug="over-atelier", locale__language_code="nl")
    team = about.add_child(instance=ContentPage(title="Ons team", slug="team"))
    team.save_revision().publish()
    page.goto(f"{site_url}/over-atelier/team/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{site_url}/en/about-atelier/?untranslated={team.pk}")
    notice = page.locator(".translation-notice")
    assert "only available in Dutch" in notice.inner_text()
    assert_accessible(page)
    notice.get_by_role("link", name="Ons team").click()
    page.wait_for_url(f"{site_url}/over-atelier/team/")
    assert_valid_html(
        notice=client.get(f"/en/about-atelier/?untranslated={team.pk}").content.decode()
    )
