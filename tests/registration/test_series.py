"""A learning network takes one registration for all its sessions."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from programme.registration.models import MailOutbox, Registration
from programme.registration.summary import registration_summary

pytestmark = pytest.mark.django_db


@pytest.fixture
def series(event_index):
    from tests.programme.factories import EventPageFactory, EventSeriesPageFactory

    network = EventSeriesPageFactory(
        parent=event_index,
        title="Lerend netwerk stadsvernieuwing",
        registration_mode="site",
        capacity=12,
        has_waiting_list=True,
    )
    EventPageFactory(
        parent=network, title="Sessie 1", start=timezone.now() + datetime.timedelta(days=1)
    )
    return network


def test_registering_for_a_series_and_being_reminded_of_each_session(client, series, settings):
    settings.REGISTRATION_REMINDER_DAYS = 2
    series.save_revision().publish()  # a series has no status of its own
    data = {"name": "Lid", "email": "lid@example.org", "consent": "on", "website": ""}
    response = client.post(reverse("registration:register", args=[series.pk]), data)
    assert response.status_code == 302
    assert Registration.objects.get().page_id == series.pk
    assert registration_summary(series)["places_left"] == 11

    call_command("send_registration_reminders")
    reminder = MailOutbox.objects.get(kind="reminder")
    assert reminder.to == "lid@example.org"
    assert "Sessie 1" in reminder.subject


def test_an_english_member_gets_the_sessions_in_english_in_their_calendar(series):
    from icalendar import Calendar
    from wagtail.models import Locale

    from programme.feeds import personal_calendar

    series.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    network = series.copy_for_translation(english, copy_parents=True)
    network.title = "Learning network urban renewal"
    network.save_revision().publish()
    session = series.get_children().get().specific.copy_for_translation(english)
    session.title = "Session 1"
    session.save_revision().publish()

    calendar = Calendar.from_ical(personal_calendar(series, [], None, "en"))
    assert "Learning network urban renewal" in str(calendar["x-wr-calname"])
    assert [str(v["summary"]) for v in calendar.walk("VEVENT")] == ["Session 1"]
    dutch = Calendar.from_ical(personal_calendar(series, [], None, "nl"))
    assert [str(v["summary"]) for v in dutch.walk("VEVENT")] == ["Sessie 1"]


def test_the_confirmation_of_a_learning_network_lists_its_sessions(client, series, mailoutbox):
    session = series.get_children().get().specific
    session.is_online, session.online_join_url = True, "https://meet.example.org/sessie-1"
    session.save_revision().publish()
    series.save_revision().publish()
    data = {"name": "Lid", "email": "lid@example.org", "consent": "on", "website": ""}
    assert client.post(reverse("registration:register", args=[series.pk]), data).status_code == 302

    mail = MailOutbox.objects.get(kind="new")
    assert "<ul>\n\n\n</ul>" not in mail.body_html and "<ul></ul>" not in mail.body_html
    assert "De sessies:" in mail.body_text and "Sessie 1 (online)" in mail.body_text
    assert "https://meet.example.org/sessie-1" in mail.body_text
    assert "https://meet.example.org/sessie-1" in mail.body_html
    assert "je workshops" not in mail.body_text
    assert "In de bijlage vind je de sessies voor je agenda." in mail.body_text
    assert "de sessies, voor je agenda" in mail.body_html
    assert "workshops die je koos" not in mail.body_html
