"""``load_demo`` step 25: opens the demo events named in ``registrations.toml`` for
registration on the site and signs up its sample registrants (example.org) for the first
upcoming one. Safe to run again."""

from __future__ import annotations

from functools import reduce
from operator import or_

from atelier.demo.data import load
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..models import Registration, RegistrationStatus, WorkshopChoice

FACTS = load(__package__, "registrations")


def _say(stdout, text):
    if stdout:
        stdout.write(text)


def _named(rule: dict) -> Q:
    """An ``[[events]]`` entry names its events by a part of the title or by the format."""
    if "title_contains" in rule:
        return Q(title__icontains=rule["title_contains"])
    return Q(format=rule["format"])


def _matches(rule: dict, page) -> bool:
    if "title_contains" in rule:
        return rule["title_contains"].lower() in page.title.lower()
    return page.format == rule["format"]


def registration_pages():
    from programme.models import EventPage

    return EventPage.objects.filter(reduce(or_, map(_named, FACTS["events"]))).order_by("pk")


def open_for_registration(page) -> bool:
    """Switch one demo event to registration on this site; True when it changed."""
    changed = False
    if page.registration_mode != "site":
        page.registration_mode, changed = "site", True
    if page.capacity is None:
        rule = next(rule for rule in FACTS["events"] if _matches(rule, page))
        page.capacity, page.has_waiting_list = rule["capacity"], rule["waiting_list"]
        changed = True
    workshops = list(page.workshops.all())
    for workshop in workshops:
        if workshop.capacity is None:
            workshop.capacity, changed = FACTS["workshop_capacity"], True
    if changed:
        page.workshops = workshops  # modelcluster keeps the edited children for the revision
    return changed


def add_sample_registrations(page) -> int:
    from ..services import workshop_runs

    runs_by_round: dict[int, object] = {}
    for run in workshop_runs(page):
        runs_by_round.setdefault(run.round_id, run)
    added = 0
    for person in FACTS["registrants"]:
        registration, created = Registration.objects.get_or_create(
            page=page,
            email=person["email"],
            defaults={
                "name": person["name"],
                "organisation": person["organisation"],
                "role": person["role"],
                "status": RegistrationStatus(person["status"]),
                "consent_at": timezone.now(),
                "privacy_statement_version": FACTS["privacy_statement_version"],
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
