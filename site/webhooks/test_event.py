"""The 'ping' an administrator sends to check a receiver; signed like every other delivery."""

import datetime

from django.utils import timezone

from .models import TEST_EVENT_NAME


def build_test_payload() -> dict:
    return {
        "event": TEST_EVENT_NAME,
        "object_type": None,
        "id": None,
        "api_url": None,
        "url": None,
        "locale": None,
        "time": timezone.now().astimezone(datetime.UTC).isoformat(),
    }
