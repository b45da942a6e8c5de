"""The registration form in a real browser: accessible with and without errors, the honeypot
out of reach of keyboard users, and a registration that ends on "check your e-mail"."""

import datetime

import pytest

from .harness import assert_accessible, assert_valid_html

pytestmark = pytest.mark.browser


def make_event():
    from home.models import HomePage
    from programme.demo import KENNISATELIER_QUESTIONS
    from tests.programme.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        WorkshopFactory,
        WorkshopRoundFactory,
    )

    index = EventIndexPageFactory(parent=HomePage.objects.filter(locale__language_code="nl")[0])
    event = EventPageFactory(
        parent=index, registration_mode="site", capacity=30, has_waiting_list=True
    )
    WorkshopRoundFactory(page=event, sort_order=0, title="Ronde 1")
    WorkshopRoundFactory(
        page=event,
        sort_order=1,
        title="Ronde 2",
        start_time=datetime.time(15),
        end_time=datetime.time(15, 50),
    )
    WorkshopFactory(
        page=event, sort_order=0, title="Wijkaanpak en de commons", round_numbers=[1, 2]
    )
    WorkshopFactory(page=event, sort_order=1, title="Bouwen aan buurtgeluk", round_numbers=[1, 2])
    event.registration_questions = KENNISATELIER_QUESTIONS  # extra questions: a choice, a text
    event.save()
    return event


def test_registration_form_is_accessible_and_the_honeypot_is_unreachable(page, site_url):
    event = make_event()
    page.goto(f"{site_url}/aanmelden/{event.pk}/")
    assert_accessible(page)

    # Tabbing through the whole form never lands on the honeypot.
    focused = set()
    for _ in range(40):  # past the header (menu, search box) into the form
        page.keyboard.press("Tab")
        focused.add(page.evaluate("() => document.activeElement.name || ''"))
    assert "website" not in focused
    assert "name" in focused and "email" in focused

    page.click(".registration__form button[type=submit]")  # empty: errors
    assert page.locator(".registration__errors").is_visible()
    # The focus is on the list of errors (read out, and the next Tab reaches its links).
    page.wait_for_function("() => document.activeElement.matches('.registration__errors')")
    assert page.locator("#id_email").get_attribute("autocomplete") == "email"
    assert_accessible(page)

    page.fill("#id_name", "Sam Voorbeeld")
    page.fill("#id_email", "sam@example.org")
    page.get_by_label("Wijkaanpak en de commons").first.check()
    page.get_by_label("Bouwen aan buurtgeluk").nth(1).check()
    page.get_by_label("Woningcorporatie").check()  # the required extra question
    page.check("#id_consent")
    page.click(".registration__form button[type=submit]")
    assert page.locator("h1").inner_text() == "Kijk in je mailbox"
    assert_accessible(page)


def test_registration_pages_are_valid_html(client, home_page):
    from programme.models import WorkshopRun
    from programme.registration.models import Registration

    event = make_event()
    form = client.get(f"/aanmelden/{event.pk}/")
    # A different workshop in each round (one workshop twice is refused).
    choices = {
        f"round_{run.round_id}": str(run.pk)
        for run in WorkshopRun.objects.filter(workshop__page=event)
        if run.workshop.sort_order == run.round.sort_order
    }
    data = {"name": "Sam", "email": "sam@example.org", "consent": "on", "website": ""}
    for block in event.registration_questions:
        if block.block_type == "choice":
            data[f"question_{block.id}"] = block.value["options"][0]
    client.post(f"/aanmelden/{event.pk}/", {**data, **choices})
    registration = Registration.objects.get()
    manage = client.get(f"/aanmelden/inschrijving/{registration.public_id}/{registration.token}/")
    done = client.get(f"/aanmelden/{event.pk}/bedankt/")
    assert [form.status_code, manage.status_code, done.status_code] == [200, 200, 200]
    assert_valid_html(
        form=form.content.decode(), manage=manage.content.decode(), done=done.content.decode()
    )
