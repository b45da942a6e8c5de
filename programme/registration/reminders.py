"""Reminders a configurable number of days before an event (``REGISTRATION_REMINDER_DAYS``).

Idempotent: each reminder has a dedupe key of registration, session and start time, so
running the command twice sends nothing twice, and a moved event gets a fresh reminder.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import mail
from .models import Registration


def reminder_days() -> int:
    return int(getattr(settings, "REGISTRATION_REMINDER_DAYS", 2))


def upcoming_sessions(now):
    from programme.models import EventPage

    return EventPage.objects.live().filter(
        start__gt=now,
        start__lte=now + datetime.timedelta(days=reminder_days()),
        status="scheduled",
    )


def send_due_reminders(now=None) -> int:
    """Queue a reminder for every confirmed registrant of an event (or of the series it
    belongs to) that starts within the reminder window. Returns how many were queued."""
    now = now or timezone.now()
    queued = 0
    for session in upcoming_sessions(now):
        parent_id = session.get_parent().pk
        registrations = Registration.objects.confirmed().filter(
            page_id__in=[session.pk, parent_id], anonymised_at=None
        )
        for registration in registrations:
            key = f"reminder:{registration.pk}:{session.pk}:{session.start.isoformat()}"
            with transaction.atomic():
                queued_mail = mail.queue_registration_mail(
                    registration,
                    reason="reminder",
                    dedupe_key=key,
                    session=session if registration.page_id != session.pk else None,
                )
            queued += queued_mail is not None
    return queued
