"""After an event is published or unpublished, purge the CDN copies of the embed agenda and
the API answers that list it. Wagtail itself only purges the event's own page.

Query-string variants are endless; the common ones (language, the event's themes, format
and series) are purged here and API_CACHE_MAX_AGE bounds how stale any other can be.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.signals import page_published, page_unpublished

from .models import EventPage, EventSeriesPage


def embed_agenda_urls(root: str, event: EventPage) -> list[str]:
    base = f"{root}/embed/agenda/"
    language = event.locale.language_code
    variants = [{}, {"language": language}, {"format": event.format}]
    variants += [{"theme": theme.slug} for theme in event.themes.all()]
    parent = event.get_parent().specific_deferred
    if isinstance(parent, EventSeriesPage):
        variants.append({"series": parent.pk})
    urls = []
    for variant in variants:
        urls.append(base + ("?" + urlencode(variant) if variant else ""))
        if variant and "language" not in variant:
            urls.append(base + "?" + urlencode({**variant, "language": language}))
    return list(dict.fromkeys(urls))


def api_urls(root: str, event: EventPage) -> list[str]:
    urls = [
        f"{root}/api/v1/events",
        f"{root}/api/v1/events/calendar.ics",
        f"{root}/api/v1/events/{event.pk}",
        f"{root}/api/v1/events/{event.pk}/calendar.ics",
        f"{root}/api/v1/events/{event.pk}/schedule.json",
    ]
    parent = event.get_parent()
    if parent.specific_class is EventSeriesPage:
        urls += [f"{root}/api/v1/series", f"{root}/api/v1/series/{parent.pk}"]
    return urls


def urls_showing(event: EventPage) -> list[str]:
    site = event.get_site()
    if site is None:
        return []
    root = site.root_url.rstrip("/")
    return embed_agenda_urls(root, event) + api_urls(root, event)


@receiver(page_published, sender=EventPage, dispatch_uid="purge_event_channels_published")
@receiver(page_unpublished, sender=EventPage, dispatch_uid="purge_event_channels_unpublished")
def purge_event_channels(sender, instance, **kwargs):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    purge_urls_from_cache(urls_showing(instance))
