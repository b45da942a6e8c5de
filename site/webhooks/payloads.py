"""The JSON body receivers get. Its field names are a promise, like the API's: add, never rename."""

import datetime

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import timezone
from wagtail.models import Page

from .models import PAYLOAD_EVENT_NAMES, EventType

# Page model name -> (object_type in payloads, collection in /api/v1/). Model names only, so
# this file works whichever apps are installed; a type without a collection gets Wagtail's v2.
API_COLLECTIONS = {
    "eventpage": ("event", "events"),
    "eventseriespage": ("series", "series"),
    "projectpage": ("project", "projects"),
    "reportpage": ("report", "reports"),
    "articlepage": ("article", "articles"),
}

# Events that only make sense while the object can be seen: these carry its addresses.
CONTENT_EVENTS = {
    EventType.PUBLISHED,
    EventType.REGISTRATION_OPENED,
    EventType.REGISTRATION_FULL,
}


def object_type(page: Page) -> str:
    model_name = page._meta.model_name
    if model_name in API_COLLECTIONS:
        return API_COLLECTIONS[model_name][0]
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
    collection = API_COLLECTIONS.get(page._meta.model_name, (None, None))[1]
    if collection:
        path = f"/api/v1/{collection}/{page.pk}"
        if _path_exists(path):
            return path
    return f"/api/wagtail/v2/pages/{page.pk}/"


def build_payload(event_type: str, page: Page, *, when=None) -> dict:
    """What is sent; addresses only for events about visible content (none after unpublishing)."""
    page = page.specific_deferred if type(page) is Page else page
    with_addresses = event_type in CONTENT_EVENTS
    return {
        "event": PAYLOAD_EVENT_NAMES[event_type],
        "object_type": object_type(page),
        "id": page.pk,
        "api_url": site_root_url(page) + api_path(page) if with_addresses else None,
        "url": page.get_full_url() if with_addresses else None,
        "locale": page.locale.language_code if page.locale_id else None,
        "time": (when or timezone.now()).astimezone(datetime.UTC).isoformat(),
    }
