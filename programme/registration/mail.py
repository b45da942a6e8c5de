"""Mail to registrants, always through the outbox.

A mail is a ``MailOutbox`` row written in the same transaction as the change that caused
it; after commit a task tries to send it, and ``manage.py send_outbox_mail`` retries what
failed with exponential backoff. A failing mail server therefore neither loses nor
duplicates a registration, and a rolled-back registration sends nothing.
"""

from __future__ import annotations

import datetime
import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from programme.models.schedule import number_rounds

from .calendar import agenda_filename, personal_agenda
from .models import MailOutbox, MailStatus, RegistrationStatus
from .my_programme import my_programme_path
from .summary import shown_page, titles_of

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "programme/registration/emails"
SUBJECTS = {
    "new": _("Your registration for %(title)s"),
    "known": _("You are already registered for %(title)s"),
    "promoted": _("A place has become available: %(title)s"),
    "cancelled": _("Your registration for %(title)s has been cancelled"),
    "reminder": _("See you soon: %(title)s"),
    "changed": _("Changed: %(title)s"),
    "resent": _("Your registration for %(title)s"),
}


def mail_language(registration=None) -> str:
    """The language a registrant's mails are in: the one they registered in (the English
    page of an event gives English mails, titles and links), else the site's default.
    Registrations belong to the page in the default language (translations share its
    seats); ``shown_page`` gives the page in the mail's language."""
    language = getattr(registration, "language", "") or ""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def site_root(page) -> str:
    site = page.get_site()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def manage_url(registration) -> str:
    page = registration.page.specific
    with translation.override(mail_language(registration)):
        path = reverse("registration:manage", args=[registration.public_id, registration.token])
    return site_root(page) + path


def mail_context(registration, reason: str, **extra) -> dict:
    page = shown_page(registration.page.specific, mail_language(registration))
    confirmed = registration.status == RegistrationStatus.CONFIRMED
    choices = list(registration.choices.select_related("run__workshop", "run__round"))
    titles_of(page, [choice.run for choice in choices])
    number_rounds(choice.run.round for choice in choices)
    join_url = ""
    # The join link goes to confirmed registrants of online events, and nowhere else.
    if confirmed and getattr(page, "is_online", False):
        join_url = getattr(page, "online_join_url", "")
    sessions = _sessions(registration, confirmed)
    return {
        "registration": registration,
        "page": page,
        "sessions": sessions,
        "session_join_links": any(session.join_url for session in sessions),
        "page_url": page.full_url or "",
        "reason": reason,
        "confirmed": confirmed,
        "waitlisted": registration.status == RegistrationStatus.WAITLISTED,
        "choices": choices,
        "manage_url": manage_url(registration) if registration.is_active else "",
        "my_programme_url": site_root(page)
        + my_programme_path(registration, mail_language(registration))
        if registration.is_active
        else "",
        "join_url": join_url,
        "site_name": settings.WAGTAIL_SITE_NAME,
        **extra,
    }


def _sessions(registration, confirmed: bool) -> list:
    """A learning network's live, public sessions (date, place, and for confirmed members
    of an online session its join link), titled in the registrant's language; [] for an
    event."""
    from programme.queries import in_language, public_events

    network = registration.page.specific
    if not hasattr(network, "sessions"):
        return []
    sessions = list(network.sessions())
    titles = in_language(sessions, mail_language(registration), public_events())
    for session in sessions:
        session.shown_title = titles.get(session.pk, session).title
        online = confirmed and session.is_online
        session.join_url = session.online_join_url if online else ""
    return sessions


def queue(
    *,
    to: str,
    subject: str,
    template: str,
    context: dict,
    kind: str,
    registration=None,
    attachments=None,
    dedupe_key: str | None = None,
) -> MailOutbox | None:
    """Write the mail to the outbox (inside the caller's transaction) and send it after
    commit. With a ``dedupe_key`` that was used before, nothing is queued. Written in the
    registrant's language (``mail_language``)."""
    with translation.override(mail_language(registration)):
        body_text = render_to_string(f"{TEMPLATE_DIR}/{template}.txt", context)
        body_html = render_to_string(f"{TEMPLATE_DIR}/{template}.html", context)
    try:
        with transaction.atomic():
            message = MailOutbox.objects.create(
                registration=registration,
                kind=kind,
                dedupe_key=dedupe_key,
                to=to,
                subject=subject[:300],
                body_text=body_text,
                body_html=body_html,
                attachments=attachments or [],
            )
    except IntegrityError:
        return None  # already queued once (dedupe_key)
    transaction.on_commit(partial(send_after_commit, message.pk))
    return message


def queue_registration_mail(
    registration,
    reason: str,
    dedupe_key: str | None = None,
    session=None,
    staff_message: str = "",
    by_organiser: bool = False,
):
    """``session``: for a series registration, the session a reminder is about;
    ``staff_message``: what the organisers wrote when they cancelled it."""
    context = mail_context(
        registration,
        reason,
        session=session,
        staff_message=staff_message,
        cancelled_by_organiser=by_organiser,
    )
    page = context["page"]  # in the registrant's language
    attachments = []
    with translation.override(mail_language(registration)):
        if context["confirmed"] and reason != "cancelled":
            # The calendar is built from the event the seats belong to: its runs are the
            # ones chosen (a translation's workshops have runs of their own).
            event = registration.page.specific
            attachments.append(
                {
                    "filename": agenda_filename(),
                    "mimetype": "text/calendar",
                    "content": personal_agenda(registration, event, context["choices"]),
                }
            )
        subject = SUBJECTS[reason] % {"title": (session or page).title}
    return queue(
        to=registration.email,
        subject=subject,
        template="registration",
        context=context,
        kind=reason,
        registration=registration,
        attachments=attachments,
        dedupe_key=dedupe_key,
    )


def queue_participant_message(registration, subject: str, message: str):
    """A message the organisers write to everyone with a place (the back office's bulk
    e-mail), one outbox row per person so each gets their own personal link."""
    return queue(
        to=registration.email,
        subject=subject,
        template="participant_message",
        context=mail_context(registration, "message", message=message, subject=subject),
        kind="message",
        registration=registration,
    )


def queue_change_mail(registration, changes: list[str], dedupe_key: str):
    page = shown_page(registration.page.specific, mail_language(registration))
    with translation.override(mail_language(registration)):
        subject = SUBJECTS["changed"] % {"title": page.title}
    return queue(
        to=registration.email,
        subject=subject,
        template="event_changed",
        context=mail_context(registration, "changed", changes=changes),
        kind="changed",
        registration=registration,
        dedupe_key=dedupe_key,
    )


def send_after_commit(message_id: int) -> None:
    from .tasks import send_outbox_message

    try:
        send_outbox_message.enqueue(message_id)
    except Exception:  # the periodic command sends it later
        logger.exception("Could not enqueue outbox mail %s", message_id)


def backoff(attempts: int) -> datetime.timedelta:
    """1, 2, 4, 8 … minutes after each failed attempt, at most six hours."""
    return datetime.timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def deliver(message_id: int) -> bool:
    """Send one outbox mail if it is due and nobody else is sending it. True when sent."""
    now = timezone.now()
    claimed = MailOutbox.objects.filter(
        pk=message_id, status=MailStatus.PENDING, next_attempt_at__lte=now
    ).update(status=MailStatus.SENDING, claimed_at=now)
    if not claimed:
        return False
    message = MailOutbox.objects.get(pk=message_id)
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
    )
    if message.body_html:
        email.attach_alternative(message.body_html, "text/html")
    for attachment in message.attachments:
        email.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    message.attempts += 1
    try:
        email.send(fail_silently=False)
    except Exception as exc:  # any transport error: keep the mail and retry later
        max_attempts = getattr(settings, "REGISTRATION_MAIL_MAX_ATTEMPTS", 10)
        message.status = (
            MailStatus.FAILED if message.attempts >= max_attempts else MailStatus.PENDING
        )
        message.next_attempt_at = timezone.now() + backoff(message.attempts)
        message.last_error = f"{type(exc).__name__}: {exc}"[:2000]
        message.save(update_fields=["status", "attempts", "next_attempt_at", "last_error"])
        logger.warning("Outbox mail %s failed (attempt %s): %s", message.pk, message.attempts, exc)
        return False
    message.status = MailStatus.SENT
    message.sent_at = timezone.now()
    message.last_error = ""
    message.save(update_fields=["status", "attempts", "sent_at", "last_error"])
    return True


def release_stale_claims(older_than=datetime.timedelta(minutes=15)) -> int:
    """Mails left 'sending' by a crashed worker go back in the queue."""
    return MailOutbox.objects.filter(
        status=MailStatus.SENDING, claimed_at__lt=timezone.now() - older_than
    ).update(status=MailStatus.PENDING)


def due_messages(limit: int = 200):
    return MailOutbox.objects.filter(
        status=MailStatus.PENDING, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at")[:limit]
