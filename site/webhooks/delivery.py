"""Sending outbox rows: signing, POSTing, backoff, and pausing endpoints that keep failing."""

import datetime
import hashlib
import hmac
import json
import logging
import time

import requests
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils import timezone

from .models import DeliveryStatus, WebhookDelivery, WebhookEndpoint, payload_event_name
from .notifications import tell_administrators_endpoint_paused
from .ssrf import check_endpoint_url

logger = logging.getLogger(__name__)

# Generous enough for a slow receiver, short enough that a hanging one cannot stall a worker.
CONNECT_TIMEOUT_SECONDS = 3
READ_TIMEOUT_SECONDS = 5
# A claimed delivery is not picked up by another worker until this lease ends.
CLAIM_SECONDS = 300
USER_AGENT = "Atelier-Webhooks/1.0"


def setting(name: str, default: int) -> int:
    return getattr(settings, name, default)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Hex HMAC-SHA256 over ``b"<timestamp>." + body`` with the endpoint's secret."""
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def retry_delay(attempts: int) -> datetime.timedelta:
    """1 minute after the first failure, then doubling, capped."""
    base = setting("WEBHOOKS_RETRY_BASE_SECONDS", 60)
    cap = setting("WEBHOOKS_RETRY_MAX_SECONDS", 6 * 3600)
    return datetime.timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), cap))


def encode(payload: dict) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def headers_for(delivery: WebhookDelivery, body: bytes, timestamp: str) -> dict[str, str]:
    event = delivery.payload.get("event") or payload_event_name(delivery.event_type) or ""
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Atelier-Event": event,
        "X-Atelier-Delivery": str(delivery.delivery_id),
        "X-Atelier-Timestamp": timestamp,
        "X-Atelier-Signature": "sha256=" + sign(delivery.endpoint.secret, timestamp, body),
    }


def post(delivery: WebhookDelivery) -> tuple[int | None, str]:
    """POST the delivery once: (response code or None, error text or "")."""
    try:
        check_endpoint_url(delivery.endpoint.url)
    except ValidationError as exc:
        return None, " ".join(exc.messages)
    body = encode(delivery.payload)
    timestamp = str(int(time.time()))
    try:
        response = requests.post(
            delivery.endpoint.url,
            data=body,
            headers=headers_for(delivery, body, timestamp),
            timeout=(CONNECT_TIMEOUT_SECONDS, READ_TIMEOUT_SECONDS),
            # A redirect could lead to an address the SSRF check never saw.
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        return None, f"{type(exc).__name__}: {exc}"[:1000]
    if 200 <= response.status_code < 300:
        return response.status_code, ""
    return response.status_code, f"HTTP {response.status_code}: {response.text[:500]}"


def claim(delivery: WebhookDelivery, now) -> bool:
    """Take the delivery for this worker; False if another worker (or a finished run) has it."""
    taken = WebhookDelivery.objects.filter(
        pk=delivery.pk,
        status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED],
        attempts=delivery.attempts,
        next_attempt_at__lte=now,
    ).update(
        attempts=F("attempts") + 1,
        last_attempt_at=now,
        next_attempt_at=now + datetime.timedelta(seconds=CLAIM_SECONDS),
    )
    if taken:
        delivery.refresh_from_db()
    return bool(taken)


def attempt(delivery: WebhookDelivery, now=None) -> bool:
    """Try one delivery if it is due and its endpoint receives; True when it succeeded."""
    now = now or timezone.now()
    endpoint = delivery.endpoint
    if not endpoint.is_receiving or not claim(delivery, now):
        return False
    code, error = post(delivery)
    delivery.response_code = code
    delivery.last_error = error
    if not error:
        delivery.status = DeliveryStatus.SUCCEEDED
        delivery.delivered_at = now
        delivery.save()
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failure_count=0)
        return True
    if delivery.attempts >= setting("WEBHOOKS_MAX_ATTEMPTS", 8):
        delivery.status = DeliveryStatus.ABANDONED
    else:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = now + retry_delay(delivery.attempts)
    delivery.save()
    record_failure(endpoint, now)
    logger.warning("Webhook delivery %s to %s failed: %s", delivery.pk, endpoint.url, error)
    return False


def record_failure(endpoint: WebhookEndpoint, now) -> None:
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failure_count=F("failure_count") + 1)
    endpoint.refresh_from_db()
    limit = setting("WEBHOOKS_PAUSE_AFTER_FAILURES", 10)
    if endpoint.failure_count >= limit and endpoint.paused_at is None:
        paused = WebhookEndpoint.objects.filter(pk=endpoint.pk, paused_at__isnull=True).update(
            paused_at=now
        )
        if paused:  # only the worker that paused it writes the e-mail
            endpoint.refresh_from_db()
            tell_administrators_endpoint_paused(endpoint)


def due_deliveries(now):
    return (
        WebhookDelivery.objects.filter(
            status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED],
            next_attempt_at__lte=now,
            endpoint__is_active=True,
            endpoint__paused_at__isnull=True,
        )
        .select_related("endpoint")
        .order_by("next_attempt_at", "pk")
    )


def deliver_due(now=None, limit: int = 500) -> dict[str, int]:
    """Attempt every due delivery once (the periodic command); returns counts per outcome."""
    now = now or timezone.now()
    counts = {"succeeded": 0, "failed": 0}
    for delivery in due_deliveries(now)[:limit]:
        delivery.endpoint.refresh_from_db()  # an earlier failure in this run may have paused it
        succeeded = attempt(delivery, now)
        counts["succeeded" if succeeded else "failed"] += 1
    return counts


def prune_log(now=None) -> int:
    """Forget finished deliveries older than WEBHOOKS_LOG_RETENTION_DAYS; pending ones stay."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=setting("WEBHOOKS_LOG_RETENTION_DAYS", 30))
    finished = [DeliveryStatus.SUCCEEDED, DeliveryStatus.ABANDONED]
    deleted, _ = WebhookDelivery.objects.filter(status__in=finished, created_at__lt=cutoff).delete()
    return deleted
