"""Tell registrants when their event is cancelled, moved or changes venue.

On every publish the facts registrants were last told (status, start, venue) are compared
with the newly published ones; ``EventSeatLock.announced`` keeps what was last published,
so a draft saved in between never counts and every change is announced once.
"""

from __future__ import annotations

from atelier.public_content import announce, bump_version
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.signals import page_published

from . import mail
from .models import EventSeatLock, Registration, WorkshopChoice
from .services import emit, promote_waiting_list
from .summary import canonical_page, registration_summary


def announced_facts(page) -> dict:
    start = getattr(page, "start", None)
    return {
        "status": getattr(page, "status", ""),
        "start": start.isoformat() if start else None,
        "venue_id": getattr(page, "venue_id", None),
        "registration_status": registration_summary(page)["status"],
    }


def describe_changes(page, before: dict, after: dict, language: str | None = None) -> list[str]:
    """What changed, in ``language`` (a registrant's mail language; default: the site's)."""
    with translation.override(language or mail.mail_language()):
        return _changes(page, before, after)


def _changes(page, before: dict, after: dict) -> list[str]:
    changes = []
    if after["status"] != before.get("status") and after["status"] in ("cancelled", "postponed"):
        changes.append(
            gettext("The event has been cancelled.")
            if after["status"] == "cancelled"
            else gettext("The event has been postponed; a new date will follow.")
        )
    if before.get("start") and after["start"] != before["start"] and page.start:
        when = formats.date_format(timezone.localtime(page.start), "l j F Y, H.i")
        changes.append(gettext("New date and time: %(when)s.") % {"when": when})
    if "venue_id" in before and after["venue_id"] != before["venue_id"]:
        venue = getattr(page, "venue", None)
        changes.append(
            gettext("New venue: %(venue)s.") % {"venue": venue.name}
            if venue
            else gettext("The venue has changed.")
        )
    return changes


def handle_publish(page, revision_id) -> None:
    # Translations share the registrations of the page in the default language.
    if not hasattr(page, "registration_mode") or canonical_page(page).pk != page.pk:
        return
    with transaction.atomic():
        lock, _ = EventSeatLock.objects.get_or_create(page_id=page.pk)
        lock = EventSeatLock.objects.select_for_update().get(pk=lock.pk)
        before, after = lock.announced, announced_facts(page)
        changes = describe_changes(page, before, after) if before else []
        if changes:
            in_language = {}  # each registrant reads the changes in their mails' language
            for registration in Registration.objects.active().filter(page=page):
                language = mail.mail_language(registration)
                if language not in in_language:
                    in_language[language] = describe_changes(page, before, after, language)
                mail.queue_change_mail(
                    registration,
                    in_language[language],
                    dedupe_key=f"changed:{registration.pk}:{revision_id}",
                )
        lock.announced = after
        lock.save(update_fields=["announced"])
        if page.registration_mode == "site" and getattr(page, "status", "") != "cancelled":
            # A raised capacity frees places for those waiting.
            promote_waiting_list(page, locked=True)
        if after["registration_status"] == "open" != before.get("registration_status"):
            emit("registration_opened", page)


def on_page_published(sender, instance, revision=None, **kwargs):
    handle_publish(instance.specific, getattr(revision, "pk", None) or timezone.now().timestamp())


def on_registration_changed(sender, instance, **kwargs):
    """A sign-up, cancellation or promotion changes places left and maybe the status the
    event page and the API show: a new content version (and a purge of the event's URLs)."""
    page = Page.objects.filter(pk=instance.page_id).first()
    announce("registration", pages=[page])


def on_choice_changed(sender, instance, **kwargs):
    # Saved with their registration (announced above); on their own they still change counts.
    bump_version()


def connect() -> None:
    """Called from RegistrationConfig.ready(), like every app's receivers."""
    page_published.connect(on_page_published, dispatch_uid="registration_page_published")
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(on_registration_changed, sender=Registration, dispatch_uid=f"reg_{name}")
        signal.connect(on_choice_changed, sender=WorkshopChoice, dispatch_uid=f"choice_{name}")
