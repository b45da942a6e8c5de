"""Personal data: retention, export and erasure (GDPR articles 5, 15 and 17).

Anonymising keeps the statistics (how many came, which workshops) and removes everything
that identifies a person (including the answers to an event's extra questions) and the
mails in the outbox.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from . import audit
from .models import MailOutbox, Registration, WorkshopChoice, new_token_salt
from .ratelimit import purge_expired
from .services import cancel


def retention_days() -> int:
    return int(getattr(settings, "REGISTRATION_RETENTION_DAYS", 365))


def anonymise(registration: Registration, now=None) -> None:
    now = now or timezone.now()
    Registration.objects.filter(pk=registration.pk).update(
        name="",
        email=f"anoniem-{registration.pk}@invalid",
        organisation="",
        role="",
        needs="",
        answers=[],  # the extra questions' answers are personal data too
        privacy_statement_url="",
        token_salt=new_token_salt(),  # kills the personal link
        anonymised_at=now,
        updated_at=now,
    )
    MailOutbox.objects.filter(Q(registration=registration) | Q(to=registration.email)).delete()


def past_pages_before(cutoff) -> list[int]:
    """Pages (events, or series whose sessions are all over) that ended before ``cutoff``."""
    from programme.models import EventPage

    ended = set(
        EventPage.objects.filter(
            Q(end__lt=cutoff) | Q(end__isnull=True, start__lt=cutoff)
        ).values_list("pk", flat=True)
    )
    candidate_pages = set(
        Registration.objects.filter(anonymised_at=None).values_list("page_id", flat=True)
    )
    series_ids = candidate_pages - ended
    for series in Page.objects.filter(pk__in=series_ids):
        sessions = EventPage.objects.child_of(series)
        if (
            sessions.exists()
            and not sessions.filter(
                Q(end__gte=cutoff) | Q(end__isnull=True, start__gte=cutoff)
            ).exists()
        ):
            ended.add(series.pk)
    return sorted(ended & candidate_pages)


def anonymise_expired(now=None) -> int:
    """Anonymise the registrations of events that ended more than the retention period
    ago; also drop sent mails and rate-limit counters past their use. Returns the count."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=retention_days())
    count = 0
    for registration in Registration.objects.filter(
        page_id__in=past_pages_before(cutoff), anonymised_at=None
    ):
        with transaction.atomic():
            anonymise(registration, now=now)
        count += 1
    MailOutbox.objects.filter(created_at__lt=cutoff).delete()
    purge_expired(now)
    return count


def export_person(email: str) -> dict:
    """Everything stored about one e-mail address, as JSON-ready data."""
    email = email.strip().lower()
    registrations = Registration.objects.filter(email=email).select_related("page")
    choices = WorkshopChoice.objects.filter(registration__email=email).select_related(
        "run__workshop", "run__round"
    )
    by_registration: dict[int, list] = {}
    for choice in choices:
        by_registration.setdefault(choice.registration_id, []).append(
            {
                "round": str(choice.run.round),
                "workshop": choice.run.workshop.title,
                "status": choice.status,
            }
        )
    return {
        "email": email,
        "exported_at": timezone.now().isoformat(),
        "registrations": [
            {
                "event": r.page.title,
                "event_url": r.page.full_url,
                "name": r.name,
                "email": r.email,
                "organisation": r.organisation,
                "role": r.role,
                "needs": r.needs,
                "answers": [
                    {"question": a.get("question", ""), "answer": a.get("answer")}
                    for a in r.answers
                ],
                "status": r.status,
                "consent_at": r.consent_at.isoformat(),
                "privacy_statement_url": r.privacy_statement_url,
                "privacy_statement_version": r.privacy_statement_version,
                "language": r.language,
                "created_at": r.created_at.isoformat(),
                "cancelled_at": r.cancelled_at.isoformat() if r.cancelled_at else None,
                "workshops": by_registration.get(r.pk, []),
            }
            for r in registrations
        ],
        "mails": [
            {"subject": m.subject, "status": m.status, "created_at": m.created_at.isoformat()}
            for m in MailOutbox.objects.filter(to=email)
        ],
    }


def erase_person(email: str, user=None) -> int:
    """Cancel (so waiting-list places move on) and anonymise every registration of one
    e-mail address. Returns how many registrations were erased. ``user``: who did it in
    the back office (None: the command), for the audit log."""
    email = email.strip().lower()
    erased = 0
    for registration in Registration.objects.filter(email=email, anonymised_at=None):
        if registration.is_active:
            cancel(registration, notify=False, user=user, source="erasure")
        with transaction.atomic():
            anonymise(registration)
            audit.log_registration(registration, "registration.erase", user)
        erased += 1
    MailOutbox.objects.filter(to=email).delete()
    return erased
