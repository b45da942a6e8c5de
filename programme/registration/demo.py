"""Demo: "Dag van de Buurt" and the kennisatelier take registrations on the site, with
places per workshop, and an upcoming event gets a few made-up registrants (example.org)
so the dashboard has something to count. Safe to run again."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import Registration, RegistrationStatus, WorkshopChoice

EVENT_CAPACITY = {"dag van de buurt": 250, "kennisatelier": 40}
WORKSHOP_CAPACITY = 25
SAMPLE_PEOPLE = [
    ("Sanne de Vries", "sanne.devries@example.org", "Gemeente Voorbeeldstad", "beleidsmaker"),
    ("Youssef El Amrani", "youssef@example.org", "Buurtwerk Noord", "opbouwwerker"),
    ("Marieke Jansen", "m.jansen@example.org", "Woonstichting Thuis", "wijkconsulent"),
]


def _say(stdout, text):
    if stdout:
        stdout.write(text)


def registration_pages():
    from programme.models import EventPage

    return EventPage.objects.filter(
        Q(title__icontains="dag van de buurt") | Q(format="kennisatelier")
    ).order_by("pk")


def open_for_registration(page) -> bool:
    """Switch one demo event to registration on this site; True when it changed."""
    changed = False
    if page.registration_mode != "site":
        page.registration_mode, changed = "site", True
    if page.capacity is None:
        key = "dag van de buurt" if "dag van de buurt" in page.title.lower() else "kennisatelier"
        page.capacity, page.has_waiting_list, changed = EVENT_CAPACITY[key], True, True
    workshops = list(page.workshops.all())
    for workshop in workshops:
        if workshop.capacity is None:
            workshop.capacity, changed = WORKSHOP_CAPACITY, True
    if changed:
        page.workshops = workshops  # modelcluster keeps the edited children for the revision
    return changed


def add_sample_registrations(page) -> int:
    from .services import workshop_runs

    runs_by_round: dict[int, object] = {}
    for run in workshop_runs(page):
        runs_by_round.setdefault(run.round_id, run)
    added = 0
    for name, email, organisation, role in SAMPLE_PEOPLE:
        registration, created = Registration.objects.get_or_create(
            page=page,
            email=email,
            defaults={
                "name": name,
                "organisation": organisation,
                "role": role,
                "status": RegistrationStatus.CONFIRMED,
                "consent_at": timezone.now(),
                "privacy_statement_version": "demo",
            },
        )
        if created:
            added += 1
            for run in runs_by_round.values():
                WorkshopChoice.objects.create(registration=registration, run=run, round=run.round)
    return added


def load_registration_demo(stdout=None, **kwargs):
    pages = [page.specific for page in registration_pages()]
    for page in pages:
        latest = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        with transaction.atomic():
            if open_for_registration(latest):
                latest.save_revision().publish()
                _say(stdout, f"  registration on the site: {page.title}")
    from programme.models import EventPage

    upcoming = (
        EventPage.objects.live()
        .filter(registration_mode="site", start__gte=timezone.now())
        .order_by("start")
        .first()
    )
    if upcoming is None:
        _say(stdout, "  no upcoming event takes registrations; no sample registrants added")
        return
    added = add_sample_registrations(upcoming)
    _say(stdout, f"  {added} sample registrants for {upcoming.title}")
