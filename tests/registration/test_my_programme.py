"""'Mijn programma': after registering, the confirmation page and the e-mail offer a
calendar file with the event and only the workshops the visitor chose."""

import re

import pytest
from django.urls import reverse
from icalendar import Calendar

from programme.registration.models import Registration

from .test_form import form_data, url

pytestmark = pytest.mark.django_db


def summaries(content: bytes) -> list[str]:
    return [str(c["summary"]) for c in Calendar.from_ical(content).walk() if c.name == "VEVENT"]


def test_the_confirmation_and_the_mail_offer_only_the_chosen_workshops(
    client, make_event, run_of, mailoutbox, django_capture_on_commit_callbacks
):
    event = make_event(rounds=2, workshops=[("ABCD", [1], 5), ("Commons", [1, 2], 5)])
    chosen = {1: run_of(event, "ABCD", 1), 2: run_of(event, "Commons", 2)}
    data = form_data(**{f"round_{run.round_id}": str(run.pk) for run in chosen.values()})
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(url(event), data, follow=True).content.decode()
    (link,) = re.findall(r'href="([^"]*mijn-programma\.ics[^"]*)"', done)
    from_page = summaries(client.get(link.replace("&amp;", "&")).content)
    assert from_page[0] == event.title
    assert sorted(from_page[1:]) == sorted(
        f"{run.workshop.title} ({run.round.name})" for run in chosen.values()
    )
    assert len(from_page) == 3  # not Commons in round 1

    registration = Registration.objects.get()
    personal = reverse(
        "registration:my_programme", args=[registration.public_id, registration.token]
    )
    (mail,) = mailoutbox
    assert personal in mail.body
    from_mail = summaries(client.get(personal).content)
    assert sorted(from_mail) == sorted(from_page)
    wrong_token = reverse("registration:my_programme", args=[registration.public_id, "x" * 43])
    assert client.get(wrong_token).status_code == 404
