"""The JSON body receivers get. Its field names are a promise, like the API's: add, never rename."""

import datetime

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import timezone
from wagtail.models import Page

from ..registry import registry
from .models import EventType, payload_event_name


def is_content_event(event_type: str) -> bool:
    """Events that only make sense while the object can be seen carry its addresses:
    publishing, and every event an app announces (registration opened, full)."""
    return event_type == EventType.PUBLISHED or event_type in registry.webhook_events


def object_type(page: Page) -> str:
    """The type name apps registered with their API collection ("event"), else the model
    name without "page"."""
    registered = registry.api_collection_for(page)
    if registered is not None:
        return registered.object_type
    model_name = page._meta.model_name
    return model_name.removesuffix("page") or model_name


def site_root_url(page: Page) -> str:
    site = page.get_site()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/")


def _path_exists(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


def api_path(page: Page) -> str:
    """The page's /api/v1/ detail path if that API serves its type, else Wagtail's v2 path."""
    registered = registry.api_collection_for(page)
    if registered is not None:
        path = f"/api/v1/{registered.collection}/{page.pk}"
        if _path_exists(path):
            return path
    return f"/api/wagtail/v2/pages/{page.pk}/"


def build_payload(event_type: str, page: Page, *, when=None) -> dict:
    """What is sent; addresses only for events about visible content (none after unpublishing)."""
    page = page.specific_deferred if type(page) is Page else page
    with_addresses = is_content_event(event_type)
    return {
        "event": payload_event_name(event_type),
        "object_type": object_type(page),
        "id": page.pk,
        "api_url": site_root_url(page) + api_path(page) if with_addresses else None,
        "url": page.get_full_url() if with_addresses else None,
        "locale": page.locale.language_code if page.locale_id else None,
        "time": (when or timezone.now()).astimezone(datetime.UTC).isoformat(),
    }
