"""The demo: Dag van de Buurt and the kennisatelier take registrations on the site."""

import datetime

import pytest
from django.utils import timezone

from programme.registration.demo import load_registration_demo
from programme.registration.models import Registration
from programme.registration.summary import registration_summary

pytestmark = pytest.mark.django_db


def test_demo_opens_registration_with_places_and_is_idempotent(make_event):
    day = make_event(
        title="Dag van de Buurt",
        registration_mode="none",
        capacity=None,
        rounds=2,
        workshops=[("ABCD in de wijkaanpak", [1, 2], None)],
        start=timezone.now() + datetime.timedelta(days=10),
    )
    atelier = make_event(
        title="Kennisatelier inclusieve wijken",
        format="kennisatelier",
        registration_mode="none",
        capacity=None,
    )

    load_registration_demo()
    load_registration_demo()

    day.refresh_from_db()
    atelier.refresh_from_db()
    assert (day.registration_mode, atelier.registration_mode) == ("site", "site")
    assert day.capacity and atelier.capacity
    assert all(run.capacity for run in day.workshops.get().runs.all())
    assert registration_summary(day)["status"] == "open"
    sample = Registration.objects.filter(page=day)
    assert sample.count() == 3
    assert all(r.email.endswith("@example.org") for r in sample)
    assert all(r.choices.count() == 2 for r in sample)
