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
    CONFIRMED = "confirmed", _("Bevestigd")
    WAITLISTED = "waitlisted", _("Wachtlijst")
    CANCELLED = "cancelled", _("Geannuleerd")


ACTIVE_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def for_admin(self):
        """The one queryset behind the back-office list and its exports."""
        return self.select_related("page").prefetch_related(
            "choices__run__workshop", "choices__run__round"
        )


def new_token_salt() -> str:
    return secrets.token_urlsafe(16)


class Registration(models.Model):
    """One person's registration for an event or a whole series (``page``)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("activiteit of lerend netwerk"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    name = models.CharField(_("naam"), max_length=200)
    email = models.EmailField(_("e-mailadres"), max_length=254)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    role = models.CharField(_("functie of rol"), max_length=200, blank=True)
    needs = models.TextField(
        _("dieetwensen of toegankelijkheid"),
        blank=True,
        max_length=1000,
        help_text=_("Optioneel: wat de deelnemer nodig heeft om goed mee te doen."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    privacy_statement_url = models.CharField(_("privacyverklaring"), max_length=500, blank=True)
    privacy_statement_version = models.CharField(
        _("versie van de privacyverklaring"), max_length=100, blank=True
    )
    # Rotating the salt invalidates every personal link sent so far.
    token_salt = models.CharField(max_length=64, default=new_token_salt, editable=False)
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    cancelled_at = models.DateTimeField(_("geannuleerd op"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["-created_at"]
        permissions = [
            ("view_personal_data", _("Kan aanmeldingen met persoonsgegevens zien en exporteren"))
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

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="choices")
    run = models.ForeignKey(
        "programme.WorkshopRun",
        verbose_name=_("workshop"),
        on_delete=models.CASCADE,
        related_name="choices",
    )
    # Copied from the run so the database itself can refuse two choices in one round.
    round = models.ForeignKey(
        "programme.WorkshopRound",
        verbose_name=_("ronde"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices[:2],
        default=RegistrationStatus.CONFIRMED,
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("workshopkeuze")
        verbose_name_plural = _("deelnemers per workshop")
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
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    announced = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("plaatsenslot")

    def __str__(self):
        return f"seat lock for page {self.page_id}"


class MailStatus(models.TextChoices):
    PENDING = "pending", _("Wacht op verzending")
    SENDING = "sending", _("Wordt verstuurd")
    SENT = "sent", _("Verstuurd")
    FAILED = "failed", _("Mislukt (opgegeven)")


class MailOutbox(models.Model):
    """A mail written in the same transaction as what caused it, sent after commit and
    retried with backoff by ``manage.py send_outbox_mail``."""

    registration = models.ForeignKey(
        Registration,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mails",
    )
    kind = models.CharField(_("soort"), max_length=30)
    # Makes periodic mails (reminders, change notices) idempotent.
    dedupe_key = models.CharField(max_length=200, unique=True, null=True, blank=True)
    to = models.EmailField(_("aan"), max_length=254)
    subject = models.CharField(_("onderwerp"), max_length=300)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    attachments = models.JSONField(default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MailStatus.choices, default=MailStatus.PENDING
    )
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(_("laatste fout"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitgaande mail")
        verbose_name_plural = _("uitgaande mail")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} → {self.to}"


class RateLimitBucket(models.Model):
    """Submissions counted per client per time window (the key holds a hash, never an IP)."""

    key = models.CharField(max_length=120, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return self.key
