"""Mail through the outbox: confirmation with agenda, private join link, retries."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from programme.registration.models import MailOutbox, Registration
from programme.registration.services import RunChoice, register

pytestmark = pytest.mark.django_db


class BrokenMailServer:
    """An EMAIL_BACKEND whose server refuses every connection."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPConnectError(421, "mail server down")


def test_confirmation_has_an_agenda_of_the_chosen_workshops_and_a_personal_link(
    make_event, applicant, run_of, django_capture_on_commit_callbacks
):
    event = make_event(rounds=2, workshops=[("ABCD", [1], 5), ("Commons", [2], 5)])
    abcd, commons = run_of(event, "ABCD"), run_of(event, "Commons")
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(
            event,
            applicant(
                choices={abcd.round_id: RunChoice(abcd.pk), commons.round_id: RunChoice(commons.pk)}
            ),
        ).registration

    (message,) = mail.outbox
    assert message.to == ["iemand@example.org"]
    assert (
        reverse("registration:manage", args=[registration.public_id, registration.token])
        in message.body
    )
    html = message.alternatives[0][0]
    assert "ABCD" in html and "Commons" in html
    filename, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    summaries = [str(c["summary"]) for c in Calendar.from_ical(content).walk("VEVENT")]
    assert summaries == [event.title, "ABCD (Ronde 1)", "Commons (Ronde 2)"]


def test_the_join_link_goes_only_to_confirmed_registrants(make_event, applicant, client):
    event = make_event(
        capacity=1, is_online=True, online_join_url="https://meet.example.org/geheim"
    )
    register(event, applicant("eerste@example.org"))
    register(event, applicant("tweede@example.org"))  # waiting list

    confirmed = MailOutbox.objects.get(to="eerste@example.org")
    waiting = MailOutbox.objects.get(to="tweede@example.org")
    assert "meet.example.org/geheim" in confirmed.body_text
    assert "meet.example.org/geheim" in confirmed.body_html
    assert "meet.example.org/geheim" not in waiting.body_text
    assert "meet.example.org/geheim" not in confirmed.attachments[0]["content"]
    form = client.get(reverse("registration:register", args=[event.pk])).content.decode()
    assert "meet.example.org" not in form


def test_a_mail_server_that_is_down_keeps_the_registration_and_the_mail_is_retried(
    client, make_event, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.registration.test_mail.BrokenMailServer"
    event = make_event()
    data = {"name": "Iemand", "email": "iemand@example.org", "consent": "on", "website": ""}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("registration:register", args=[event.pk]), data)

    assert response.status_code == 302
    assert Registration.objects.count() == 1
    queued = MailOutbox.objects.get()
    assert (queued.status, queued.attempts) == ("pending", 1)
    assert "mail server down" in queued.last_error
    assert queued.next_attempt_at > timezone.now()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_outbox_mail")
    assert mail.outbox == []  # not due yet: backoff

    MailOutbox.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))
    call_command("send_outbox_mail")
    call_command("send_outbox_mail")
    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == ("sent", 2)
    assert Registration.objects.count() == 1


def test_a_rolled_back_registration_sends_nothing(make_event, applicant, run_of):
    from programme.registration.services import ChoicesFull

    event = make_event(rounds=1, workshops=[("Commons", [1], 0)])
    commons = run_of(event, "Commons")
    with pytest.raises(ChoicesFull):
        register(event, applicant(choices={commons.round_id: RunChoice(commons.pk)}))
    assert not MailOutbox.objects.exists()


def test_moving_or_cancelling_an_event_mails_its_registrants_once(make_event, applicant):
    event = make_event()
    register(event, applicant("een@example.org"))
    event.save_revision().publish()  # nothing changed yet
    assert not MailOutbox.objects.filter(kind="changed").exists()

    event.start += datetime.timedelta(days=7)
    event.end += datetime.timedelta(days=7)
    event.save_revision().publish()
    moved = MailOutbox.objects.get(kind="changed")
    assert "Nieuwe datum" in moved.body_text

    event.status = "cancelled"
    event.save_revision().publish()
    event.save_revision().publish()
    cancelled = MailOutbox.objects.filter(kind="changed").order_by("pk").last()
    assert "geannuleerd" in cancelled.body_text
    assert MailOutbox.objects.filter(kind="changed").count() == 2


def test_reminders_are_sent_once_a_few_days_before(make_event, applicant, settings):
    settings.REGISTRATION_REMINDER_DAYS = 3
    soon = make_event(start=timezone.now() + datetime.timedelta(days=2))
    later = make_event(start=timezone.now() + datetime.timedelta(days=20))
    register(soon, applicant("een@example.org"))
    register(later, applicant("twee@example.org"))

    call_command("send_registration_reminders")
    call_command("send_registration_reminders")

    reminders = MailOutbox.objects.filter(kind="reminder")
    assert list(reminders.values_list("to", flat=True)) == ["een@example.org"]
