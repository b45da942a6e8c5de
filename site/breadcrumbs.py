"""Breadcrumbs: the way from the home page to the page shown, as links and as schema.org
``BreadcrumbList`` JSON-LD. Pages get theirs from the page tree; views outside it (person
pages, search) pass a ``breadcrumb_trail`` of their own, starting below the home page."""

from __future__ import annotations

from django.utils.translation import pgettext
from wagtail.models import Page, Site

from .hosts import absolute_url
from .localization import is_untranslated_alias


def crumb(title: str, url: str | None, lang: str = "") -> dict:
    return {"title": title, "url": url, "lang": lang}


def home_crumb(request) -> dict | None:
    """The home page in the visitor's language."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    home = site.root_page.localized
    return crumb(pgettext("breadcrumb", "Home"), home.get_url(request))


def page_trail(page: Page, request) -> list[dict]:
    """Home, the sections above ``page`` and ``page`` itself (the last without a link);
    empty for a home page."""
    if page.depth <= 2:
        return []
    ancestors = (
        Page.objects.ancestor_of(page)
        .filter(depth__gt=1)
        .order_by("depth")
        .select_related("alias_of__locale", "locale")
    )
    trail = []
    for ancestor in ancestors:
        if ancestor.depth == 2:
            trail.append(crumb(pgettext("breadcrumb", "Home"), ancestor.get_url(request)))
            continue
        lang = ""
        if is_untranslated_alias(ancestor):
            lang = ancestor.alias_of.locale.language_code
        url = ancestor.get_url(request) if ancestor.live else None
        trail.append(crumb(ancestor.title, url, lang))
    trail.append(crumb(page.title, None))
    return trail


def view_trail(request, items: list[tuple[str, str | None]]) -> list[dict]:
    """Home and ``items`` ((title, url) pairs; the last one is the page shown)."""
    home = home_crumb(request)
    trail = [home] if home else []
    trail += [crumb(title, url) for title, url in items]
    if trail:
        trail[-1] = {**trail[-1], "url": None}
    return trail


def breadcrumb_json_ld(trail: list[dict], request, current_url: str) -> dict:
    elements = []
    for position, item in enumerate(trail, start=1):
        url = item["url"] or current_url
        elements.append(
            {
                "@type": "ListItem",
                "position": position,
                "name": item["title"],
                "item": absolute_url(url, request),
            }
        )
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": elements,
    }
