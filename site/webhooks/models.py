"""Webhook endpoints (who wants to hear what) and deliveries (the outbox and its log)."""

import secrets
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


def generate_secret() -> str:
    return secrets.token_urlsafe(32)


class EventType(models.TextChoices):
    """The page events every site has; apps add their own through the registry
    (``add_webhook_event``: registration opened, registration full)."""

    PUBLISHED = "published", _("Published")
    UNPUBLISHED = "unpublished", _("Unpublished")
    DELETED = "deleted", _("Deleted")


# The name receivers see in the payload's "event" field and the X-Atelier-Event header.
PAGE_EVENT_NAMES = {
    EventType.PUBLISHED: "page.published",
    EventType.UNPUBLISHED: "page.unpublished",
    EventType.DELETED: "page.deleted",
}
TEST_EVENT_NAME = "ping"


def event_choices() -> list[tuple[str, str]]:
    """Every event an endpoint can subscribe to: the page events, then the apps' events."""
    from atelier.registry import registry

    return [
        *EventType.choices,
        *((event.key, event.label) for event in registry.webhook_events.values()),
    ]


def payload_event_name(event_type: str) -> str | None:
    """The payload's name for ``event_type`` ("page.published"), None for an unknown one."""
    from atelier.registry import registry

    if event_type in PAGE_EVENT_NAMES:
        return PAGE_EVENT_NAMES[event_type]
    event = registry.webhook_events.get(event_type)
    return event.payload_name if event else None


class WebhookEndpoint(models.Model):
    url = models.URLField(
        _("URL"),
        max_length=500,
        help_text=_("The receiver's https address. Internal network addresses are refused."),
    )
    secret = models.CharField(
        _("secret"),
        max_length=128,
        default=generate_secret,
        help_text=_("The receiver checks the signature of each message with this."),
    )
    description = models.CharField(
        _("description"),
        max_length=255,
        blank=True,
        help_text=_("Who or what this endpoint is for, for example 'Partner site calendar'."),
    )
    content_types = models.ManyToManyField(
        ContentType,
        blank=True,
        related_name="+",
        verbose_name=_("page types"),
        help_text=_("Leave empty to get messages about all page types."),
    )
    event_types = models.JSONField(
        pgettext_lazy("webhook", "events"),
        default=list,
        help_text=_("The events that send a message."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Turning it off stops all messages.")
    )
    paused_at = models.DateTimeField(
        _("paused since"),
        null=True,
        blank=True,
        help_text=_("Set when the receiver failed too many times in a row."),
    )
    failure_count = models.PositiveIntegerField(
        _("failed attempts in a row"), default=0, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modified"), auto_now=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["url"]
        permissions = [("manage_webhooks", _("Can manage webhooks"))]

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
            return str(_("Off"))
        if self.is_paused:
            return str(_("Paused"))
        return str(_("Active"))

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
    PENDING = "pending", _("Waiting")
    SUCCEEDED = "succeeded", _("Succeeded")
    FAILED = "failed", _("Failed, will be retried")
    ABANDONED = "abandoned", _("Given up")


class WebhookDelivery(models.Model):
    """One event for one endpoint: written in the publishing transaction, sent after commit."""

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("webhook"),
    )
    event_type = models.CharField(pgettext_lazy("webhook", "event"), max_length=40)
    payload = models.JSONField(_("payload"))
    delivery_id = models.UUIDField(
        _("delivery ID"), default=uuid.uuid4, unique=True, editable=False
    )
    status = models.CharField(
        _("status"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    response_code = models.PositiveSmallIntegerField(_("response code"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook message")
        verbose_name_plural = _("webhook messages")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.payload.get('event', self.event_type)} → {self.endpoint}"
