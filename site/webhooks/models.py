"""Webhook endpoints (who wants to hear what) and deliveries (the outbox and its log)."""

import secrets
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def generate_secret() -> str:
    return secrets.token_urlsafe(32)


class EventType(models.TextChoices):
    PUBLISHED = "published", _("Gepubliceerd")
    UNPUBLISHED = "unpublished", _("Gedepubliceerd")
    DELETED = "deleted", _("Verwijderd")
    REGISTRATION_OPENED = "registration_opened", _("Aanmelding geopend")
    REGISTRATION_FULL = "registration_full", _("Aanmelding vol")


# The name receivers see in the payload's "event" field and the X-Atelier-Event header.
PAYLOAD_EVENT_NAMES = {
    EventType.PUBLISHED: "page.published",
    EventType.UNPUBLISHED: "page.unpublished",
    EventType.DELETED: "page.deleted",
    EventType.REGISTRATION_OPENED: "registration.opened",
    EventType.REGISTRATION_FULL: "registration.full",
}
TEST_EVENT_NAME = "ping"


class WebhookEndpoint(models.Model):
    url = models.URLField(
        _("URL"),
        max_length=500,
        help_text=_("Het https-adres van de ontvanger. Interne netwerkadressen worden geweigerd."),
    )
    secret = models.CharField(
        _("geheim"),
        max_length=128,
        default=generate_secret,
        help_text=_("Hiermee controleert de ontvanger de handtekening van elk bericht."),
    )
    description = models.CharField(
        _("omschrijving"),
        max_length=255,
        blank=True,
        help_text=_("Voor wie of waarvoor dit eindpunt is, bijvoorbeeld 'Agenda partnersite'."),
    )
    content_types = models.ManyToManyField(
        ContentType,
        blank=True,
        related_name="+",
        verbose_name=_("paginatypen"),
        help_text=_("Leeg laten om over alle paginatypen berichten te krijgen."),
    )
    event_types = models.JSONField(
        _("gebeurtenissen"),
        default=list,
        help_text=_("Bij welke gebeurtenissen een bericht wordt verstuurd."),
    )
    is_active = models.BooleanField(
        _("actief"), default=True, help_text=_("Uitzetten stopt alle berichten.")
    )
    paused_at = models.DateTimeField(
        _("gepauzeerd sinds"),
        null=True,
        blank=True,
        help_text=_("Gezet wanneer de ontvanger te vaak achter elkaar faalde."),
    )
    failure_count = models.PositiveIntegerField(
        _("mislukte pogingen op rij"), default=0, editable=False
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["url"]
        permissions = [("manage_webhooks", _("Kan webhooks beheren"))]

    def __str__(self):
        return self.description or self.url

    @property
    def is_paused(self) -> bool:
        return self.paused_at is not None

    @property
    def is_receiving(self) -> bool:
        return self.is_active and not self.is_paused

    def status_label(self) -> str:
        if not self.is_active:
            return str(_("Uit"))
        if self.is_paused:
            return str(_("Gepauzeerd"))
        return str(_("Actief"))

    status_label.short_description = _("status")

    def wants(self, event_type: str, content_type: ContentType) -> bool:
        """Does this endpoint subscribe to ``event_type`` for objects of ``content_type``?"""
        if event_type not in self.event_types:
            return False
        chosen = {ct.pk for ct in self.content_types.all()}
        return not chosen or content_type.pk in chosen

    def resume(self):
        self.paused_at = None
        self.failure_count = 0


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Wachtend")
    SUCCEEDED = "succeeded", _("Geslaagd")
    FAILED = "failed", _("Mislukt, wordt opnieuw geprobeerd")
    ABANDONED = "abandoned", _("Opgegeven")


class WebhookDelivery(models.Model):
    """One event for one endpoint: written in the publishing transaction, sent after commit."""

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("webhook"),
    )
    event_type = models.CharField(_("gebeurtenis"), max_length=40)
    payload = models.JSONField(_("inhoud"))
    delivery_id = models.UUIDField(_("bezorg-id"), default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(_("volgende poging"), default=timezone.now)
    last_attempt_at = models.DateTimeField(_("laatste poging"), null=True, blank=True)
    response_code = models.PositiveSmallIntegerField(_("antwoordcode"), null=True, blank=True)
    last_error = models.TextField(_("laatste fout"), blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("bezorgd"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhookbericht")
        verbose_name_plural = _("webhookberichten")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.payload.get('event', self.event_type)} → {self.endpoint}"
