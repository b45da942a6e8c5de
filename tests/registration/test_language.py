"""Someone who registers on the English page of an event gets English: the confirmation
mail, the event's English title, a personal link that opens in English, and the
cancellation mail. The registration itself belongs to the Dutch page (shared seats)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar
from wagtail.models import Locale

from programme.registration.models import MailOutbox, Registration

pytestmark = pytest.mark.django_db

FORM = {"name": "Ada Walker", "email": "ada@example.org", "consent": "on", "website": ""}


@pytest.fixture
def bilingual_event(make_event):
    event = make_event(title="Kennisatelier buurtagenda", capacity=5)
    english = event.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Knowledge workshop: neighbourhood agenda"
    english.save_revision().publish()
    return event, english


def form_url(page, language):
    with translation.override(language):  # /en/aanmelden/… or /aanmelden/…
        return reverse("registration:register", args=[page.pk])


def register_on(client, page, language):
    form = form_url(page, language)
    response = client.get(form)
    assert response.status_code == 200
    done = client.post(form, FORM)
    assert done.status_code == 302
    return response, client.get(done["Location"])


def personal_link(body: str) -> str:
    return re.search(r"https?://[^/\s]+(/\S*/inschrijving/[^/\s]+/[^/\s]+/)", body).group(1)


def test_registering_on_the_english_page_gives_english_all_the_way(client, bilingual_event):
    event, english = bilingual_event
    form, done = register_on(client, english, "en")
    assert "Register for Knowledge workshop: neighbourhood agenda" in form.content.decode()
    assert "Knowledge workshop: neighbourhood agenda" in done.content.decode()

    registration = Registration.objects.get(email="ada@example.org")
    assert registration.page_id == event.pk  # the seats stay the Dutch page's
    assert registration.language == "en"
    mail = MailOutbox.objects.get(registration=registration, kind="new")
    assert mail.subject == "Your registration for Knowledge workshop: neighbourhood agenda"
    assert "Thank you for registering" in mail.body_text
    link = personal_link(mail.body_text)
    assert link.startswith("/en/")

    manage = client.get(link).content.decode()
    assert "Your registration for Knowledge workshop: neighbourhood agenda" in manage
    cancelled = client.post(link, {"action": "cancel"}).content.decode()
    assert "Your registration has been cancelled." in cancelled
    mail = MailOutbox.objects.get(registration=registration, kind="cancelled")
    assert mail.subject == (
        "Your registration for Knowledge workshop: neighbourhood agenda has been cancelled"
    )


def test_registering_on_the_dutch_page_stays_dutch(client, bilingual_event):
    event, _english = bilingual_event
    register_on(client, event, "nl")
    registration = Registration.objects.get(email="ada@example.org")
    assert registration.language == "nl"
    mail = MailOutbox.objects.get(registration=registration, kind="new")
    assert mail.subject == "Je aanmelding voor Kennisatelier buurtagenda"
    assert not personal_link(mail.body_text).startswith("/en/")


def test_a_change_to_the_event_reaches_each_registrant_in_their_language(client, bilingual_event):
    event, english = bilingual_event
    event.save_revision().publish()  # what registrants were told: nothing changed yet
    register_on(client, english, "en")
    dutch = {**FORM, "email": "bea@example.org", "name": "Bea"}
    client.post(form_url(event, "nl"), dutch)
    event.status = "cancelled"
    event.save_revision().publish()
    subjects = dict(MailOutbox.objects.filter(kind="changed").values_list("to", "subject"))
    assert subjects["ada@example.org"] == "Changed: Knowledge workshop: neighbourhood agenda"
    assert subjects["bea@example.org"] == "Gewijzigd: Kennisatelier buurtagenda"
    bodies = dict(MailOutbox.objects.filter(kind="changed").values_list("to", "body_text"))
    assert "The event has been cancelled." in bodies["ada@example.org"]
    # The English page was not synced again: the facts are still the Dutch page's.
    assert "still stands" not in bodies["ada@example.org"]
    assert "The event has been cancelled." not in bodies["bea@example.org"]


def test_the_english_form_asks_the_english_questions_and_stores_the_dutch_answer(
    client, make_event
):
    event = make_event(title="Kennisatelier buurtagenda")
    event.registration_questions = [
        (
            "choice",
            {
                "question": "Vanuit welke rol doe je mee?",
                "help_text": "Elke rol aan tafel.",
                "required": True,
                "options": ["Gemeente", "Bewoner"],
            },
        ),
    ]
    event.save_revision().publish()
    english = event.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    (block,) = english.registration_questions
    # The translation keeps the block id; its wording is English.
    english.registration_questions = [
        {
            "type": "choice",
            "id": block.id,
            "value": {
                "question": "In what role are you taking part?",
                "help_text": "Every role at the table.",
                "required": True,
                "options": ["Municipality", "Resident"],
            },
        }
    ]
    english.save_revision().publish()

    form = client.get(form_url(english, "en")).content.decode()
    assert "In what role are you taking part?" in form and "Every role at the table." in form
    assert ">Resident</label>" in form and ">Municipality</label>" in form
    assert "Vanuit welke rol" not in form and ">Bewoner<" not in form
    assert 'value="Bewoner"' in form  # the answer is the event's own option

    answer = {**FORM, f"question_{block.id}": "Bewoner"}  # the value behind "Resident"
    assert client.post(form_url(english, "en"), answer).status_code == 302
    registration = Registration.objects.get(email="ada@example.org")
    assert registration.answers == [
        {"id": block.id, "question": "Vanuit welke rol doe je mee?", "answer": "Bewoner"}
    ]


def test_the_english_form_mail_and_link_name_the_english_workshops(client, make_event):
    event = make_event(title="Dag van de Buurt", rounds=1, workshops=[("Buurtkompas", [1], 10)])
    event.save_revision().publish()
    english = event.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Neighbourhood Day"
    english.save_revision().publish()
    english.workshops.update(title="Neighbourhood compass")  # as its translation would
    english.workshop_rounds.update(title="Afternoon")

    form = client.get(form_url(english, "en")).content.decode()
    assert "Neighbourhood compass (10 places left)" in form and "Buurtkompas" not in form
    run = event.workshops.get().runs.get()
    answer = {**FORM, f"round_{run.round_id}": str(run.pk)}
    assert client.post(form_url(english, "en"), answer).status_code == 302
    registration = Registration.objects.get(email="ada@example.org")
    assert registration.choices.get().run == run  # the Dutch page's run: its seats
    mail = MailOutbox.objects.get(registration=registration, kind="new")
    assert "Neighbourhood compass" in mail.body_text and "Buurtkompas" not in mail.body_text
    # The calendar file holds the chosen workshop (the run the seat is in), in English.
    (attachment,) = mail.attachments
    assert attachment["filename"] == "my-programme.ics"
    assert english_programme(attachment["content"])
    manage = client.get(personal_link(mail.body_text)).content.decode()
    assert "Neighbourhood compass" in manage and "Buurtkompas" not in manage
    # "My programme" behind the personal link, and the confirmation page's public one.
    (link,) = re.findall(r'href="(/en/[^"]*\.ics)"', manage)
    response = client.get(link)
    assert 'filename="my-programme.ics"' in response["Content-Disposition"]
    assert english_programme(response.content)
    done = client.get(reverse("registration:done", args=[event.pk]) + f"?workshops={run.pk}")
    (link,) = re.findall(r'href="([^"]*\.ics[^"]*)"', done.content.decode())
    response = client.get(link.replace("&amp;", "&"))
    assert 'filename="my-programme.ics"' in response["Content-Disposition"]
    assert english_programme(response.content)


def english_programme(content) -> bool:
    """A calendar of Neighbourhood Day with its workshop Neighbourhood compass, in English
    and with the Dutch page's run (the seat's)."""
    calendar = Calendar.from_ical(content)
    event, workshop = calendar.walk("VEVENT")
    return (
        str(calendar["x-wr-calname"]) == "My programme: Neighbourhood Day"
        and str(event["summary"]) == "Neighbourhood Day"
        and "/en/" in str(event["url"])
        and str(workshop["summary"]) == "Neighbourhood compass (Afternoon)"
    )


def test_the_programme_file_refuses_an_unknown_language(client, make_event):
    event = make_event(title="Dag van de Buurt")
    path = reverse("programme_export:my_programme", args=[event.pk])
    response = client.get(path + "?language=xx")
    assert response.status_code == 400
    assert "language: one of nl, en" in response.content.decode()
    dutch = client.get(path)
    assert (
        dutch.status_code == 200 and 'filename="mijn-programma.ics"' in dutch["Content-Disposition"]
    )


def test_the_english_form_links_to_the_english_privacy_statement(client, bilingual_event):
    from atelier.models import SiteSettings
    from wagtail.models import Page, Site

    event, english = bilingual_event
    site = Site.objects.get(is_default_site=True)
    statement = site.root_page.get_children().filter(slug="privacyverklaring").first()
    if statement is None:  # the site demo makes one; build it where it did not
        statement = site.root_page.add_child(
            instance=Page(title="Privacyverklaring", slug="privacyverklaring")
        )
        statement.save_revision().publish()
    translated = statement.get_translation_or_none(Locale.objects.get(language_code="en"))
    if translated is None:
        translated = statement.copy_for_translation(Locale.objects.get(language_code="en"))
        translated.title, translated.slug = "Privacy statement", "privacy-statement"
        translated.save_revision().publish()
    settings = SiteSettings.for_site(site)
    settings.privacy_page = statement
    settings.save()

    english_form = client.get(form_url(english, "en")).content.decode()
    assert f'href="{translated.url}"' in english_form and translated.url.startswith("/en/")
    assert f'href="{statement.url}"' in client.get(form_url(event, "nl")).content.decode()
