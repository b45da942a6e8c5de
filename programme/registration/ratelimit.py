"""A small per-client limiter on an atomic database update.

django-ratelimit needs a shared cache (its check refuses the embedded local-memory cache);
a conditional UPDATE works the same on SQLite and PostgreSQL and across gunicorn workers.
Keys hold a keyed hash of the client address, never the address itself.
"""

from __future__ import annotations

import datetime
import hashlib

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from .models import RateLimitBucket


def client_address(request) -> str:
    """The client's address; behind a proxy, the header named in
    ``REGISTRATION_CLIENT_IP_HEADER`` (its last entry is the one our proxy added)."""
    header = getattr(settings, "REGISTRATION_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def allow(scope: str, identity: str, limit: int, window_seconds: int, now=None) -> bool:
    """Count one hit; False once ``limit`` hits were counted in the current window."""
    now = now or timezone.now()
    window = int(now.timestamp()) // window_seconds
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{identity}".encode()).hexdigest()[:32]
    key = f"{scope}:{digest}:{window}"
    expires_at = now + datetime.timedelta(seconds=window_seconds)
    bucket, _created = RateLimitBucket.objects.get_or_create(
        key=key, defaults={"expires_at": expires_at}
    )
    counted = RateLimitBucket.objects.filter(pk=bucket.pk, count__lt=limit).update(
        count=F("count") + 1
    )
    return counted == 1


def allow_submission(request) -> bool:
    limit = getattr(settings, "REGISTRATION_RATE_LIMIT", 10)
    window = getattr(settings, "REGISTRATION_RATE_WINDOW", 3600)
    return allow("register", client_address(request), limit, window)


def purge_expired(now=None) -> int:
    deleted, _ = RateLimitBucket.objects.filter(expires_at__lt=now or timezone.now()).delete()
    return deleted
