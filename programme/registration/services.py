"""Taking, cancelling and promoting registrations without ever overbooking.

Every change that counts seats runs in one transaction that first locks the event's
``EventSeatLock`` row (SELECT … FOR UPDATE on PostgreSQL; SQLite's IMMEDIATE transactions
serialise writers already), then counts, then writes. Registrations for different events
do not wait for each other on PostgreSQL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from . import audit, mail
from .models import (
    EventSeatLock,
    Registration,
    RegistrationStatus,
    WorkshopChoice,
)
from .summary import places_left, registration_status, run_places_left

logger = logging.getLogger(__name__)

CONFIRMED, WAITLISTED, CANCELLED = (
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITLISTED,
    RegistrationStatus.CANCELLED,
)


class RegistrationRefused(Exception):
    """Nothing was stored; ``reason`` says why (closed, cancelled, full)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class ChoicesFull(Exception):
    """One or more chosen workshop runs filled up; nothing was stored."""

    def __init__(self, round_ids: list[int]):
        super().__init__(round_ids)
        self.round_ids = round_ids


@dataclass
class RunChoice:
    run_id: int
    waiting_list_ok: bool = False  # the person chose the waiting list of a full run


@dataclass
class Applicant:
    name: str
    email: str
    organisation: str = ""
    role: str = ""
    needs: str = ""
    answers: list[dict] = field(default_factory=list)  # the event's extra questions
    choices: dict[int, RunChoice] = field(default_factory=dict)  # round id -> choice
    privacy_statement_url: str = ""
    privacy_statement_version: str = ""
    language: str = ""  # the language of the page they registered on


@dataclass
class Outcome:
    registration: Registration
    created: bool


def workshop_runs(page):
    """The runs people can choose on this page, grouped by the programme's rounds."""
    from programme.models import WorkshopRun

    return WorkshopRun.objects.filter(round__page_id=page.pk).select_related("workshop", "round")


def lock_event(page) -> None:
    """Take the per-event lock for the rest of the current transaction."""
    EventSeatLock.objects.get_or_create(page_id=page.pk)
    EventSeatLock.objects.select_for_update().filter(page_id=page.pk).first()


def fresh(page):
    """The page's current settings, read inside the locked transaction."""
    return type(page).objects.get(pk=page.pk)


def register(page, applicant: Applicant) -> Outcome:
    """Store a registration (confirmed or on the waiting list) or raise without storing."""
    email = applicant.email.strip().lower()
    try:
        with transaction.atomic():
            lock_event(page)
            page = fresh(page)
            existing = Registration.objects.active().filter(page=page, email=email).first()
            if existing:
                if applicant.language and applicant.language != existing.language:
                    existing.language = applicant.language  # they use the site in it now
                    existing.save(update_fields=["language", "updated_at"])
                # At most one such reminder a day, so the form cannot be used to flood
                # someone's mailbox.
                mail.queue_registration_mail(
                    existing,
                    reason="known",
                    dedupe_key=f"known:{existing.pk}:{timezone.localdate().isoformat()}",
                )
                return Outcome(existing, created=False)
            registration = _create(page, applicant, email)
    except IntegrityError:
        # The unique constraint caught a duplicate that slipped past the lock.
        existing = Registration.objects.active().get(page=page, email=email)
        return Outcome(existing, created=False)
    return Outcome(registration, created=True)


def _create(page, applicant: Applicant, email: str) -> Registration:
    left = places_left(page)
    status = registration_status(page, left)
    if status not in ("open", "waiting_list"):
        raise RegistrationRefused(status)
    event_full = left is not None and left <= 0
    if event_full and not page.has_waiting_list:
        raise RegistrationRefused("full")
    registration_state = WAITLISTED if event_full else CONFIRMED

    runs = {run.pk: run for run in workshop_runs(page)}
    runs_left = run_places_left(runs.values())
    choices, full_rounds = [], []
    for round_id, choice in sorted(applicant.choices.items()):
        run = runs.get(choice.run_id)
        if run is None or run.round_id != round_id:
            raise RegistrationRefused("invalid_choice")
        has_place = runs_left[run.pk] is None or runs_left[run.pk] > 0
        if registration_state == WAITLISTED or (not has_place and choice.waiting_list_ok):
            choices.append((run, WAITLISTED))
        elif has_place:
            choices.append((run, CONFIRMED))
        else:
            full_rounds.append(round_id)
    workshops = [run.workshop_id for run, _state in choices]
    if len(workshops) != len(set(workshops)):
        raise RegistrationRefused("same_workshop_twice")  # the form says so first
    if full_rounds:
        raise ChoicesFull(full_rounds)

    registration = Registration.objects.create(
        page=page,
        name=applicant.name.strip(),
        email=email,
        organisation=applicant.organisation.strip(),
        role=applicant.role.strip(),
        needs=applicant.needs.strip(),
        answers=applicant.answers,
        status=registration_state,
        consent_at=timezone.now(),
        privacy_statement_url=applicant.privacy_statement_url,
        privacy_statement_version=applicant.privacy_statement_version,
        language=applicant.language,
    )
    WorkshopChoice.objects.bulk_create(
        WorkshopChoice(registration=registration, run=run, round_id=run.round_id, status=state)
        for run, state in choices
    )
    mail.queue_registration_mail(registration, reason="new")
    if registration_state == CONFIRMED and left == 1:
        emit("registration_full", page)
    return registration


def cancel(
    registration: Registration,
    notify: bool = True,
    message: str = "",
    user=None,
    source: str = "",
) -> bool:
    """Cancel a registration and give freed places to the waiting list. Idempotent.
    ``user``: the staff member who cancelled it in the back office (None: the participant
    through their personal link, or an erasure); ``message`` goes into their mail."""
    with transaction.atomic():
        page = registration.page.specific
        lock_event(page)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == CANCELLED:
            return False
        registration.status = CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at", "updated_at"])
        if notify:
            mail.queue_registration_mail(
                registration,
                reason="cancelled",
                staff_message=message.strip(),
                by_organiser=user is not None,
            )
        audit.log_registration(
            registration,
            "registration.cancel",
            user,
            by=source or ("staff" if user is not None else "participant"),
            with_message=bool(message.strip()),
        )
        promote_waiting_list(page, locked=True)
    return True


def promote(registration: Registration, user) -> bool:
    """Give someone on the waiting list a place now, out of turn and even when the event
    (or their workshop) is full: the staff member decides. Their waiting workshop choices
    are confirmed too. False when they were not waiting."""
    with transaction.atomic():
        page = registration.page.specific
        lock_event(page)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != WAITLISTED or registration.anonymised_at:
            return False
        registration.status = CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        registration.choices.filter(status=WAITLISTED).update(status=CONFIRMED)
        mail.queue_registration_mail(registration, reason="promoted")
        audit.log_registration(registration, "registration.promote", user, by="staff")
    return True


def resend_confirmation(registration: Registration, user) -> bool:
    """Mail the registration's details and personal link again (a lost mail)."""
    if not registration.is_active or registration.anonymised_at:
        return False
    with transaction.atomic():
        mail.queue_registration_mail(registration, reason="resent")
        audit.log_registration(registration, "registration.resend", user)
    return True


def mail_participants(page, subject: str, message: str, user) -> int:
    """Queue the organisers' message to every confirmed participant; one outbox mail each.
    Returns how many were queued."""
    with transaction.atomic():
        recipients = list(
            Registration.objects.confirmed().filter(page=page, anonymised_at=None).order_by("pk")
        )
        for registration in recipients:
            mail.queue_participant_message(registration, subject.strip(), message.strip())
        audit.log_page(page, "registration.mail_participants", user, subject, len(recipients))
    return len(recipients)


def promote_waiting_list(page, locked: bool = False) -> list[Registration]:
    """Give free event places and workshop places to those waiting, first come first
    served, and mail each of them. Returns the registrations that gained something."""
    if not locked:
        with transaction.atomic():
            lock_event(page)
            return promote_waiting_list(fresh(page), locked=True)

    promoted = {}
    left = places_left(page)
    waiting = Registration.objects.filter(page=page, status=WAITLISTED, anonymised_at=None)
    for registration in waiting.order_by("created_at", "pk"):
        if left is not None and left <= 0:
            break
        registration.status = CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        promoted[registration.pk] = registration
        if left is not None:
            left -= 1

    runs = list(workshop_runs(page))
    runs_left = run_places_left(runs)
    # Everyone waiting for a workshop place, in one query for all runs (a choice promoted
    # in one run makes no one else eligible elsewhere), first come first served per run.
    waiting_for = {run.pk: [] for run in runs}
    if runs:
        waiting_choices = WorkshopChoice.objects.filter(
            run__in=runs, status=WAITLISTED, registration__status=CONFIRMED
        ).select_related("registration")
        for choice in waiting_choices.order_by("created_at", "pk"):
            waiting_for[choice.run_id].append(choice)
    for run in runs:
        free = runs_left[run.pk]
        for choice in waiting_for[run.pk]:
            if free is not None and free <= 0:
                break
            choice.status = CONFIRMED
            choice.save(update_fields=["status"])
            promoted.setdefault(choice.registration_id, choice.registration)
            if free is not None:
                free -= 1

    for registration in promoted.values():
        mail.queue_registration_mail(registration, reason="promoted")
        audit.log_registration(registration, "registration.promote", None, by="waiting_list")
    return list(promoted.values())


def emit(event_type: str, page) -> None:
    """Tell webhook subscribers through the registry (nothing happens without an app that
    sends webhooks). Its outbox row joins the current transaction; a webhook problem never
    costs a registration."""
    from atelier.registry import registry

    try:
        with transaction.atomic():
            registry.emit_webhook(event_type, page)
    except Exception:
        logger.exception("Webhook %s for page %s not queued", event_type, page.pk)
