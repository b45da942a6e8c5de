"""What the programme adds when public content changes (``atelier.public_content``): the
embed agenda and the API answers that list an event, beside the pages the site purges.

Query-string variants are endless; the common ones (language, the event's themes, format
and series) are purged here, and shared caches revalidate any other variant
(``page_cache.patch_public_revalidate``).
"""

from urllib.parse import urlencode

from atelier.public_content import site_roots

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
        f"{root}/programma/activiteiten/{event.pk}/calendar.ics",
        f"{root}/programma/activiteiten/{event.pk}/schedule.json",
    ]
    parent = event.get_parent()
    if parent.specific_class is EventSeriesPage:
        urls += [
            f"{root}/api/v1/series",
            f"{root}/api/v1/series/{parent.pk}",
            f"{root}/api/v1/series/{parent.pk}/calendar.ics",
            f"{root}/programma/reeksen/{parent.pk}/calendar.ics",
        ]
    return urls


def urls_showing(event: EventPage) -> list[str]:
    site = event.get_site()
    if site is None:
        return []
    root = site.root_url.rstrip("/")
    return embed_agenda_urls(root, event) + api_urls(root, event)


def purge_event_channels(sender, change, **kwargs):
    if not change.purging:
        return []
    urls = [
        f"{root}/embed/agenda/{query}"
        for root in site_roots()
        for query in ("", "?language=nl", "?language=en")
    ]
    for page in change.pages:
        if page.specific_class is EventPage:
            event = EventPage.objects.filter(pk=page.pk).first()  # gone once deleted
            if event is not None:
                urls += urls_showing(event)
    return urls
