"""Turning page events into outbox rows, inside the transaction that caused them.

A row is only written for content the public can see (live, no view restriction on the page
or an ancestor); an unpublish or delete is only announced for a page that was public.
Delivery starts after commit, so a rolled-back publish never reaches anyone.
"""

from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page

from .models import EventType, WebhookDelivery, WebhookEndpoint, payload_event_name
from .payloads import build_payload


def is_public(page: Page) -> bool:
    return not page.get_view_restrictions().exists()


def subscribed_endpoints(event_type: str, content_type: ContentType) -> list[WebhookEndpoint]:
    # A paused endpoint still collects rows: they are sent once an administrator resumes it.
    endpoints = WebhookEndpoint.objects.filter(is_active=True).prefetch_related("content_types")
    return [endpoint for endpoint in endpoints if endpoint.wants(event_type, content_type)]


def record(event_type: str, page: Page) -> list[WebhookDelivery]:
    """Write one pending delivery per subscribed endpoint; deliver them once committed."""
    endpoints = subscribed_endpoints(event_type, ContentType.objects.get_for_model(type(page)))
    if not endpoints:
        return []
    payload = build_payload(event_type, page)
    deliveries = [
        WebhookDelivery.objects.create(endpoint=endpoint, event_type=event_type, payload=payload)
        for endpoint in endpoints
    ]
    from .tasks import deliver_webhook

    for delivery in deliveries:
        # robust: a queue that cannot take the task must not fail the publish; cron retries.
        transaction.on_commit(partial(deliver_webhook.enqueue, delivery.pk), robust=True)
    return deliveries


def emit(event_type: str, obj: Page, **kwargs) -> list[WebhookDelivery]:
    """Announce ``event_type`` about a live, public page (or one that just stopped being so)."""
    if payload_event_name(event_type) is None:
        raise ValueError(f"Unknown webhook event type {event_type!r}")
    if not isinstance(obj, Page):
        raise TypeError("Webhook events are about pages; pass the event or series page.")
    page = obj.specific
    if event_type in (EventType.UNPUBLISHED, EventType.DELETED):
        if not is_public(page):
            return []
    elif not (page.live and is_public(page)):
        return []
    return record(event_type, page)


def on_page_published(sender, instance, **kwargs):
    emit(EventType.PUBLISHED, instance)


def on_page_unpublished(sender, instance, **kwargs):
    emit(EventType.UNPUBLISHED, instance)


def on_page_deleted(sender, instance, **kwargs):
    # Django sends pre_delete once per table of a page (Page, then EventPage, ...): answer
    # only the most specific one. The tree and restrictions still exist at this point.
    if not isinstance(instance, Page) or type(instance) is not instance.specific_class:
        return
    if instance.live:
        emit(EventType.DELETED, instance)
