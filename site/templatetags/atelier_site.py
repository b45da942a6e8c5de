"""Template tags for the site's frame: menu, footer and the tags for search engines and
social media. Everything a visitor can follow is a live page in the visitor's language."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale, Page

from ..hosts import absolute_url
from ..localization import is_untranslated_alias, pages_in, translations_of
from ..models.settings import Navigation, SiteSettings, settings_for
from ..registry import registry

register = template.Library()

OG_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def resolve_link(link, request, current_page=None, page=None) -> dict | None:
    """A menu entry as the template needs it, or None when its page has no live, public
    version in the visitor's language (the English menu never opens a Dutch page)."""
    if link.link_page_id:
        if page is None:
            return None
        url = page.get_url(request)
        if not url:
            return None
        current = None
        if isinstance(current_page, Page) and current_page.pk:
            if current_page.pk == page.pk:
                current = "page"
            elif current_page.path.startswith(page.path) and page.depth > 2:
                current = "true"  # a section the visitor is inside of
        return {
            "url": url,
            "text": link.link_text or page.title,
            "current": current,
            "submenu": getattr(link, "submenu", ""),
        }
    return {
        "url": link.link_url,
        "text": link.link_text,
        "current": None,
        "submenu": getattr(link, "submenu", ""),
    }


def resolve_links(links, request, current_page=None) -> list[dict]:
    links = list(links)
    active = Locale.get_active()
    pages = pages_in([link.link_page for link in links if link.link_page_id], active)
    for link in links:
        if link.link_page_id and link.locale_id != active.pk:
            # The default language's menu standing in for a missing one: its texts are in
            # the other language, so the pages' own (translated) titles are shown.
            link.link_text = ""
    resolved = (
        resolve_link(link, request, current_page, pages.get(link.link_page_id)) for link in links
    )
    return [link for link in resolved if link]


def group_submenus(links: list[dict]) -> list[dict]:
    """Links that name the same submenu become one entry (with ``children``) at the place
    of the first of them; the entry is current when one of its children is."""
    entries, groups = [], {}
    for link in links:
        name = (link.get("submenu") or "").strip()
        if not name:
            entries.append(link)
            continue
        group = groups.get(name.casefold())
        if group is None:
            group = {"text": name, "children": [], "current": None, "id": len(groups) + 1}
            groups[name.casefold()] = group
            entries.append(group)
        group["children"].append(link)
        if link["current"] and not group["current"]:
            group["current"] = "true"
    return entries


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    navigation = Navigation.for_request(request)
    items = navigation.menu_items.select_related("link_page") if navigation else []
    return {"entries": group_submenus(resolve_links(items, request, context.get("page")))}


@register.inclusion_tag("components/footer_content.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    site_settings = settings_for(SiteSettings, request)
    navigation = Navigation.for_request(request)
    links = navigation.footer_links.select_related("link_page") if navigation else []
    statements = []
    found = pages_in(
        [site_settings.privacy_page, site_settings.accessibility_page], Locale.get_active()
    )
    for page in (site_settings.privacy_page, site_settings.accessibility_page):
        page = found.get(page.pk) if page is not None else None
        if page is not None:
            statements.append({"url": page.get_url(request), "text": page.title})
    return {
        "site_settings": site_settings,
        "social_links": site_settings.social_links.all() if site_settings.pk else [],
        "links": resolve_links(links, request),
        "statements": statements,
    }


@register.simple_tag
def header_slots() -> list[str]:
    """The templates apps put in the header (the search box), from the registry."""
    return list(registry.header_slots)


@register.simple_tag(takes_context=True)
def organisation_name(context) -> str:
    return settings_for(SiteSettings, context.get("request")).organisation_name


def share_image_url(page, request) -> dict | None:
    image = page.get_share_image() if hasattr(page, "get_share_image") else None
    if image is None:
        return None
    try:
        rendition = image.get_rendition("fill-1200x630")
    except SourceImageIOError:  # the file is gone from storage: share without an image
        return None
    url = absolute_url(rendition.url, request)
    return {"url": url, "width": rendition.width, "height": rendition.height, "alt": image.alt_text}


def alternates(page, request) -> list[dict]:
    """The page in every language it is really published in, for hreflang (aliases of an
    untranslated page are not a language version)."""
    if is_untranslated_alias(page):
        return []
    versions = [page, *translations_of(page).select_related("locale")]
    links = []
    for version in versions:
        url = version.get_full_url(request)
        if url and version.live:
            links.append({"code": version.locale.language_code, "url": url})
    return links if len(links) > 1 else []


def canonical_url(page, request) -> str | None:
    """An alias shows another page's text: that page is the canonical one."""
    if is_untranslated_alias(page):
        return page.alias_of.get_full_url(request)
    return page.get_full_url(request)


def json_ld(page, request) -> str:
    data = page.get_json_ld(request) if hasattr(page, "get_json_ld") else None
    if not data:
        return ""
    # Escaped like json_script so a title with "</script>" cannot end the element.
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        _json_script_escapes
    )
    return mark_safe(text)  # noqa: S308 (escaped above)


@register.inclusion_tag("components/seo_meta.html", takes_context=True)
def seo_meta(context):
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page):
        return {"page": None}
    page_alternates = alternates(page, request)
    default_language = settings.LANGUAGE_CODE
    return {
        "page": page,
        "title": page.seo_title or page.title,
        "description": page.get_meta_description() if hasattr(page, "get_meta_description") else "",
        "canonical": canonical_url(page, request),
        "image": share_image_url(page, request),
        "site_name": settings_for(SiteSettings, request).organisation_name,
        "og_locale": OG_LOCALES.get(get_language() or default_language, "nl_NL"),
        "alternates": page_alternates,
        "x_default": next(
            (alt["url"] for alt in page_alternates if alt["code"] == default_language), None
        ),
        "json_ld": json_ld(page, request),
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail to the page shown: a page served by Wagtail (``self``), or the
    ``breadcrumb_trail`` a view passes; nothing on the home page and other views."""
    from ..breadcrumbs import breadcrumb_json_ld, page_trail, view_trail

    request = context.get("request")
    served = context.get("self")
    trail = []
    if context.get("breadcrumb_trail") is not None:
        trail = view_trail(request, context["breadcrumb_trail"])
    elif isinstance(served, Page) and served.pk:
        trail = page_trail(served, request)
    if len(trail) < 2:
        return {"trail": []}
    current_url = request.path if request is not None else "/"
    data = json.dumps(
        breadcrumb_json_ld(trail, request, current_url), cls=DjangoJSONEncoder, ensure_ascii=False
    ).translate(_json_script_escapes)
    return {"trail": trail, "json_ld": mark_safe(data)}  # noqa: S308 (escaped above)


@register.simple_tag(takes_context=True)
def browser_title(context) -> str:
    """The ``<title>``: the page's own (a type added where two pages share a name, see
    BasePage.browser_title) and the organisation; the home page only the organisation,
    or its SEO title with the organisation."""
    name = organisation_name(context)
    page = context.get("page")
    if not isinstance(page, Page):
        return name
    own = page.browser_title() if hasattr(page, "browser_title") else page.title
    if page.depth <= 2 and own.strip().casefold() == name.strip().casefold():
        return name
    return f"{own} · {name}"
