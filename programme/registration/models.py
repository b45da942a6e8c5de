"""Registrations for events and series, their workshop choices, and the mail outbox.

Seats are counted, not stored: the counts are taken while holding the event's
``EventSeatLock`` row, so they cannot drift from the registrations themselves.
"""

import secrets
import uuid

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waiting list")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def for_admin(self):
        """The one queryset behind the back-office list and its exports."""
        from programme.models import WorkshopRound

        return self.select_related("page").prefetch_related(
            "choices__run__workshop",
            models.Prefetch("choices__run__round", queryset=WorkshopRound.objects.with_numbers()),
        )


def new_token_salt() -> str:
    return secrets.token_urlsafe(16)


class Registration(models.Model):
    """One person's registration for an event or a whole series (``page``)."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("event or learning network"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("job title or role"), max_length=200, blank=True)
    needs = models.TextField(
        _("dietary or accessibility needs"),
        blank=True,
        max_length=1000,
        help_text=_("Optional: what the participant needs to take part fully."),
    )
    # [{"id": question block id, "question": its text then, "answer": str or bool}]: the
    # event's extra questions. Personal data: anonymised and exported like the rest.
    answers = models.JSONField(_("answers to extra questions"), default=list, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    consent_at = models.DateTimeField(_("consent given at"))
    # The language the person registered in (the site's page they used): their mails and
    # personal link are in it. Empty: the site's default language.
    language = models.CharField(_("language"), max_length=10, blank=True, default="")
    privacy_statement_url = models.CharField(_("privacy statement"), max_length=500, blank=True)
    privacy_statement_version = models.CharField(
        _("privacy statement version"), max_length=100, blank=True
    )
    # Rotating the salt invalidates every personal link sent so far.
    token_salt = models.CharField(
        _("link salt"), max_length=64, default=new_token_salt, editable=False
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["-created_at"]
        permissions = [
            ("view_personal_data", _("Can view and export registrations with personal data")),
            (
                "manage_registrations",
                _("Can cancel registrations, move people up and mail participants"),
            ),
        ]
        constraints = [
            # A second submission with the same address never takes a second seat.
            models.UniqueConstraint(
                Lower("email"),
                "page",
                condition=Q(status__in=ACTIVE_STATUSES, anonymised_at__isnull=True),
                name="registration_one_active_per_email",
            )
        ]
        indexes = [models.Index(fields=["page", "status"], name="registration_page_status")]

    def __str__(self):
        return f"{self.name} · {self.page.title}" if self.name else str(self.public_id)

    @property
    def token(self) -> str:
        """The secret in the personal link: derived, never stored, so a database dump
        does not hand out cancel links."""
        value = f"{self.public_id}:{self.token_salt}"
        return salted_hmac("atelier.registration", value, algorithm="sha256").hexdigest()

    def check_token(self, token: str) -> bool:
        return bool(token) and constant_time_compare(self.token, token)

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class WorkshopChoice(models.Model):
    """The workshop run a registrant chose in one round: one per round, enforced here."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="choices",
    )
    run = models.ForeignKey(
        "programme.WorkshopRun",
        verbose_name=_("workshop"),
        on_delete=models.CASCADE,
        related_name="choices",
    )
    # Copied from the run so the database itself can refuse two choices in one round.
    round = models.ForeignKey(
        "programme.WorkshopRound",
        verbose_name=_("round"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices[:2],
        default=RegistrationStatus.CONFIRMED,
    )
    created_at = models.DateTimeField(_("chosen at"), default=timezone.now)

    class Meta:
        verbose_name = _("workshop choice")
        verbose_name_plural = _("participants per workshop")
        ordering = ["round__sort_order", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "round"], name="registration_one_choice_per_round"
            )
        ]

    def __str__(self):
        return str(self.run)

    def save(self, *args, **kwargs):
        if self.run_id and not self.round_id:
            self.round_id = self.run.round_id
        super().save(*args, **kwargs)


class EventSeatLock(models.Model):
    """One row per event or series, locked (SELECT … FOR UPDATE) while seats are counted
    and taken, so concurrent registrations for the same event queue up instead of
    overbooking. It also remembers what registrants were last told about the event."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
    )
    announced = models.JSONField(_("last announced facts"), default=dict, blank=True)

    class Meta:
        verbose_name = _("seat lock")

    def __str__(self):
        return f"seat lock for page {self.page_id}"


class MailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed (given up)")


class MailOutbox(models.Model):
    """A mail written in the same transaction as what caused it, sent after commit and
    retried with backoff by ``manage.py send_outbox_mail``."""

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mails",
    )
    kind = models.CharField(_("type"), max_length=30)
    # Makes periodic mails (reminders, change notices) idempotent.
    dedupe_key = models.CharField(
        _("deduplication key"), max_length=200, unique=True, null=True, blank=True
    )
    to = models.EmailField(_("to"), max_length=254)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MailStatus.choices, default=MailStatus.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(
        _("next attempt at"), default=timezone.now, db_index=True
    )
    claimed_at = models.DateTimeField(_("sending since"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mail")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} → {self.to}"


class RateLimitBucket(models.Model):
    """Submissions counted per client per time window (the key holds a hash, never an IP)."""

    key = models.CharField(_("key"), max_length=120, unique=True)
    count = models.PositiveIntegerField(_("count"), default=0)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("rate-limit counter")
        verbose_name_plural = _("rate-limit counters")

    def __str__(self):
        return self.key
