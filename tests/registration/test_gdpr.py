"""Retention, access and erasure of personal data; the personal view/cancel link."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from programme.registration.models import MailOutbox, Registration
from programme.registration.services import register

pytestmark = pytest.mark.django_db


def test_personal_data_of_past_events_is_anonymised_after_the_retention_period(
    make_event, applicant, settings
):
    settings.REGISTRATION_RETENTION_DAYS = 30
    old = make_event()
    recent = make_event()
    gone = register(old, applicant("oud@example.org", organisation="Buurtwerk")).registration
    kept = register(recent, applicant("recent@example.org")).registration
    # The first event ended long ago, the second last week.
    type(old).objects.filter(pk=old.pk).update(
        start=timezone.now() - datetime.timedelta(days=40),
        end=timezone.now() - datetime.timedelta(days=40),
    )
    type(recent).objects.filter(pk=recent.pk).update(
        start=timezone.now() - datetime.timedelta(days=7),
        end=timezone.now() - datetime.timedelta(days=7),
    )

    call_command("anonymise_registrations")

    gone.refresh_from_db()
    kept.refresh_from_db()
    assert gone.anonymised_at is not None
    assert (gone.name, gone.organisation) == ("", "")
    assert "oud@example.org" not in gone.email
    assert gone.status == "confirmed"  # statistics survive
    assert not MailOutbox.objects.filter(to="oud@example.org").exists()
    assert kept.anonymised_at is None and kept.email == "recent@example.org"


def test_export_and_erasure_by_email(make_event, applicant, capsys):
    event = make_event(capacity=1)
    register(event, applicant("wis@example.org", name="Wis Mij"))
    waiting = register(event, applicant("wacht@example.org")).registration

    call_command("export_personal_data", "WIS@example.org")
    exported = json.loads(capsys.readouterr().out)
    assert exported["registrations"][0]["name"] == "Wis Mij"
    assert exported["registrations"][0]["event"] == event.title

    call_command("erase_personal_data", "wis@example.org")
    assert not Registration.objects.filter(email="wis@example.org").exists()
    assert not MailOutbox.objects.filter(to="wis@example.org").exists()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"  # the freed place moved on


def test_the_personal_link_shows_and_cancels_the_registration(client, make_event, applicant):
    event = make_event()
    registration = register(event, applicant(name="Fatima Voorbeeld")).registration
    link = reverse("registration:manage", args=[registration.public_id, registration.token])

    page = client.get(link)
    assert page.status_code == 200
    assert "Fatima Voorbeeld" in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"
    assert "no-store" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]

    client.post(link, {"action": "cancel"})
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    assert MailOutbox.objects.filter(kind="cancelled").count() == 1


def test_a_wrong_token_reveals_nothing(client, make_event, applicant):
    event = make_event()
    registration = register(event, applicant()).registration
    wrong = reverse("registration:manage", args=[registration.public_id, "0" * 64])
    assert client.get(wrong).status_code == 404
    assert client.post(wrong, {"action": "cancel"}).status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_cancelling_from_the_link_works_as_browsers_send_it_and_says_what_happens_next(
    make_event, applicant
):
    """Under "Referrer-Policy: no-referrer" Chromium and Firefox post with "Origin: null"
    and no Referer; Django's CSRF check refused that. The token in the URL is what
    authenticates the cancel, so it works without cookies, Origin or Referer."""
    from django.test import Client

    event = make_event(capacity=1)
    registration = register(event, applicant("eerst@example.org", name="Eerst")).registration
    waiting = register(event, applicant("later@example.org", name="Later")).registration
    browser = Client(enforce_csrf_checks=True)  # a fresh browser: no cookies at all
    link = reverse("registration:manage", args=[registration.public_id, registration.token])
    before = browser.get(link).content.decode()
    assert "je plaats gaat meteen naar de eerste op de wachtlijst" in before

    response = browser.post(link, {"action": "cancel"}, HTTP_ORIGIN="null", secure=True)
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "no-referrer"
    html = response.content.decode()
    assert "Je aanmelding is geannuleerd." in html
    assert "Je plaats is naar de eerste op de wachtlijst gegaan" in html
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.status == "cancelled" and waiting.status == "confirmed"

    # Without the right token nothing happens, whatever the headers say.
    wrong = reverse("registration:manage", args=[waiting.public_id, "0" * 64])
    assert browser.post(wrong, {"action": "cancel"}, HTTP_ORIGIN="null").status_code == 404
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
