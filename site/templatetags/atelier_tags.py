"""The language switch, the "only in Dutch" notice and ``lang`` attributes for content
shown in another language than the page around it."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

from ..localization import is_untranslated_alias, real_pages, translation_in

register = template.Library()

# Query parameter that carries "you came here from this page, which has no version in
# this language" to the ancestor the language switch sends the visitor to.
UNTRANSLATED_PARAM = "untranslated"


def _locales() -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def nearest_translated_ancestor(page, locale) -> Page | None:
    """The closest ancestor of ``page`` that has a real, live version in ``locale``."""
    ancestors = list(page.get_ancestors().filter(depth__gt=1).order_by("-depth"))
    for ancestor in ancestors:
        version = translation_in(ancestor, locale)
        if version is not None:
            return version
    return None


def switch_target(page, locale, request) -> tuple[str | None, bool]:
    """(url, exact): the page's version in ``locale``; failing that the nearest ancestor's
    version with a pointer back to this page (``exact`` is False then)."""
    source = page.alias_of.specific if is_untranslated_alias(page) else page
    version = translation_in(source, locale)
    if version is not None:
        return version.get_url(request), True
    ancestor = nearest_translated_ancestor(source, locale)
    if ancestor is None:
        return None, False
    url = ancestor.get_url(request)
    if url and source.live:
        url = f"{url}?{urlencode({UNTRANSLATED_PARAM: source.pk})}"
    return url, False


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages: its translation where there is one;
    otherwise the nearest translated section, which then says that this page exists in
    one language only. Views that are not pages switch to the same view."""
    request = context.get("request")
    page = context.get("page")
    current = get_language() or settings.LANGUAGE_CODE
    locales = _locales()
    links = []
    for code, name in settings.LANGUAGES:
        if code == current or code not in locales:
            continue
        url, exact = None, True
        if isinstance(page, Page) and page.pk:
            url, exact = switch_target(page, locales[code], request)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        if not url:
            url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
            exact = False
        links.append({"code": code, "name": name, "url": url, "exact": exact})
    return {"links": links, "current": current}


def _untranslated_page(request, current_page) -> Page | None:
    raw = request.GET.get(UNTRANSLATED_PARAM, "") if request is not None else ""
    if not raw.isdigit() or len(raw) > 18:
        return None
    page = real_pages().filter(pk=int(raw)).select_related("locale").first()
    if page is None or page.locale.language_code == get_language():
        return None
    # Only for a page inside the section shown (its counterpart in the other language is
    # an ancestor): the parameter cannot be used to put any page's name on any page.
    if not isinstance(current_page, Page):
        return None
    counterpart = Page.objects.ancestor_of(page).filter(
        translation_key=current_page.translation_key
    )
    if not counterpart.exists():
        return None
    return page.specific


@register.inclusion_tag("components/translation_notice.html", takes_context=True)
def translation_notice(context):
    """'This page is only available in Dutch', where the language switch or an alias
    brought the visitor; links to the page in its own language."""
    request = context.get("request")
    page = context.get("page")
    untranslated = None
    if isinstance(page, Page) and is_untranslated_alias(page):
        untranslated = page.alias_of.specific
    elif request is not None:
        untranslated = _untranslated_page(request, page)
    if untranslated is None:
        return {"page": None}
    code = untranslated.locale.language_code
    return {
        "page": untranslated,
        "code": code,
        "active": get_language(),
        "language": get_language_info(code)["name_translated"],
        "url": untranslated.get_url(request),
    }


@register.simple_tag(takes_context=True)
def content_lang(context, obj=None):
    """` lang="nl"` when ``obj`` (default: the page's own text) is in another language than
    the page around it, as a Dutch title among English ones, or the Dutch text an alias
    shows at an English address; nothing otherwise (and no query in the common case)."""
    page = context.get("page")
    target = page if obj is None else obj
    if isinstance(target, Page) and is_untranslated_alias(target):
        target = target.alias_of
    locale_id = getattr(target, "locale_id", None)
    if locale_id is None or locale_id == _page_locale_id(context):
        return ""
    code = target.locale.language_code
    if code == get_language():
        return ""
    return format_html(' lang="{}"', code)


def _page_locale_id(context) -> int | None:
    """The language of the page being shown: its locale, or the active language's."""
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        return page.locale_id
    request = context.get("request")
    cached = getattr(request, "_atelier_locale_id", None)
    if cached is None:
        locale = Locale.objects.filter(language_code=get_language()).first()
        cached = locale.pk if locale else 0
        if request is not None:
            request._atelier_locale_id = cached
    return cached
