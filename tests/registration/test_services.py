"""Seats, rounds and waiting lists, through the service the form uses."""

import pytest
from django.db import IntegrityError, transaction

from programme.registration.models import MailOutbox, Registration, WorkshopChoice
from programme.registration.services import (
    ChoicesFull,
    RegistrationRefused,
    RunChoice,
    cancel,
    register,
)

pytestmark = pytest.mark.django_db


def test_registrations_beyond_capacity_go_on_the_waiting_list(make_event, applicant):
    event = make_event(capacity=2)
    states = [register(event, applicant(f"p{n}@example.org")).registration.status for n in range(3)]
    assert states == ["confirmed", "confirmed", "waitlisted"]


def test_a_full_event_without_waiting_list_refuses_and_stores_nothing(make_event, applicant):
    event = make_event(capacity=1, waiting_list=False)
    register(event, applicant("eerste@example.org"))
    with pytest.raises(RegistrationRefused):
        register(event, applicant("tweede@example.org"))
    assert Registration.objects.filter(page=event).count() == 1


def test_the_database_refuses_two_choices_in_one_round(make_event, applicant, run_of):
    event = make_event(rounds=1, workshops=[("ABCD", [1], 5), ("Commons", [1], 5)])
    registration = register(
        event,
        applicant(choices={run_of(event, "ABCD").round_id: RunChoice(run_of(event, "ABCD").pk)}),
    ).registration
    second = run_of(event, "Commons")
    with pytest.raises(IntegrityError), transaction.atomic():
        WorkshopChoice.objects.create(registration=registration, run=second, round=second.round)


def test_a_run_from_another_round_is_refused(make_event, applicant, run_of):
    event = make_event(rounds=2, workshops=[("ABCD", [1], 5), ("Commons", [2], 5)])
    round_one = run_of(event, "ABCD").round_id
    with pytest.raises(RegistrationRefused):
        register(event, applicant(choices={round_one: RunChoice(run_of(event, "Commons").pk)}))
    assert not Registration.objects.exists()


def test_a_multi_round_registration_is_all_or_nothing(make_event, applicant, run_of):
    event = make_event(rounds=2, workshops=[("ABCD", [1, 2], 5), ("Commons", [2], 1)])
    abcd, commons = run_of(event, "ABCD", 1), run_of(event, "Commons")
    register(event, applicant("eerste@example.org", {commons.round_id: RunChoice(commons.pk)}))
    mails_before = MailOutbox.objects.count()

    with pytest.raises(ChoicesFull) as full:
        register(
            event,
            applicant(
                "tweede@example.org",
                {abcd.round_id: RunChoice(abcd.pk), commons.round_id: RunChoice(commons.pk)},
            ),
        )

    assert full.value.round_ids == [commons.round_id]
    assert not Registration.objects.filter(email="tweede@example.org").exists()
    assert WorkshopChoice.objects.count() == 1
    assert MailOutbox.objects.count() == mails_before


def test_choosing_the_waiting_list_of_a_full_workshop_is_explicit(make_event, applicant, run_of):
    event = make_event(rounds=1, workshops=[("Commons", [1], 1)])
    commons = run_of(event, "Commons")
    register(event, applicant("eerste@example.org", {commons.round_id: RunChoice(commons.pk)}))
    second = register(
        event,
        applicant("tweede@example.org", {commons.round_id: RunChoice(commons.pk, True)}),
    ).registration
    assert second.status == "confirmed"
    assert second.choices.get().status == "waitlisted"


def test_a_duplicate_submission_takes_no_second_seat(make_event, applicant):
    event = make_event(capacity=5)
    first = register(event, applicant("Dubbel@Example.org"))
    again = register(event, applicant("dubbel@example.org", name="Iemand Anders"))
    assert first.created and not again.created
    assert again.registration.pk == first.registration.pk
    assert Registration.objects.filter(page=event).count() == 1
    assert list(MailOutbox.objects.order_by("pk").values_list("kind", flat=True)) == [
        "new",
        "known",
    ]


def test_cancelling_promotes_the_first_on_the_waiting_list(make_event, applicant):
    event = make_event(capacity=1)
    first = register(event, applicant("eerste@example.org")).registration
    second = register(event, applicant("tweede@example.org")).registration
    third = register(event, applicant("derde@example.org")).registration

    assert cancel(first) is True
    assert cancel(first) is False  # a second click changes nothing

    second.refresh_from_db()
    third.refresh_from_db()
    assert (second.status, third.status) == ("confirmed", "waitlisted")
    promoted = MailOutbox.objects.get(kind="promoted")
    assert promoted.to == "tweede@example.org"
    assert promoted.attachments[0]["filename"].endswith(".ics")


def test_a_freed_workshop_place_goes_to_who_waited_for_it(make_event, applicant, run_of):
    event = make_event(rounds=1, workshops=[("Commons", [1], 1)])
    commons = run_of(event, "Commons")
    holder = register(
        event, applicant("eerste@example.org", {commons.round_id: RunChoice(commons.pk)})
    ).registration
    waiting = register(
        event, applicant("tweede@example.org", {commons.round_id: RunChoice(commons.pk, True)})
    ).registration

    cancel(holder)

    assert waiting.choices.get().status == "confirmed"
    assert MailOutbox.objects.filter(kind="promoted", to="tweede@example.org").exists()


def test_registration_closes_at_the_configured_time(make_event, applicant):
    import datetime

    from django.utils import timezone

    event = make_event(registration_closes_at=timezone.now() - datetime.timedelta(minutes=1))
    with pytest.raises(RegistrationRefused) as refused:
        register(event, applicant())
    assert refused.value.reason == "closed"


def test_webhooks_hear_when_registration_opens_and_fills_up(make_event, applicant, monkeypatch):
    from atelier.registry import registry

    heard = []
    # The webhooks app is reached through the registry's emitter (docs/plugins.md).
    monkeypatch.setattr(
        registry,
        "webhook_emitter",
        lambda event_type, page: heard.append((event_type, page.pk)),
    )

    event = make_event(capacity=2)
    event.save_revision().publish()
    register(event, applicant("a@example.org"))
    register(event, applicant("b@example.org"))
    register(event, applicant("c@example.org"))  # waiting list: no second "full"
    assert heard == [("registration_opened", event.pk), ("registration_full", event.pk)]


def test_repeated_submissions_mail_a_known_address_at_most_once_a_day(make_event, applicant):
    event = make_event()
    for _ in range(4):
        register(event, applicant("vaak@example.org"))
    assert MailOutbox.objects.filter(kind="known").count() == 1
    assert Registration.objects.filter(page=event).count() == 1
