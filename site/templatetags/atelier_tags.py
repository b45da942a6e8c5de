from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages: its translation where one is live,
    otherwise that language's home page."""
    request = context.get("request")
    page = context.get("page")
    current = get_language() or settings.LANGUAGE_CODE
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        url = None
        if isinstance(page, Page):
            translation = (
                page.get_translations().live().public().filter(locale__language_code=code).first()
            )
            if translation is not None:
                url = translation.get_url(request)
        if url is None:
            url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        links.append({"code": code, "name": name, "url": url})
    return {"links": links, "current": current}
