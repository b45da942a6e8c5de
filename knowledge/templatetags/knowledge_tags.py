import json

from atelier.documents import file_type_label
from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

register = template.Library()

# Keep "</script>" and friends inside JSON from closing the tag (as django's json_script does).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """The page's schema.org data as <script type="application/ld+json">, or nothing."""
    getter = getattr(page, "get_json_ld", None)
    data = getter(context.get("request")) if getter else None
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.filter
def document_facts(document) -> str:
    """'PDF, 1,2 MB, 24 pagina's': what a reader wants to know before downloading."""
    facts = [file_type_label(document.file_type)] if document.file_type else []
    if document.size_bytes:
        facts.append(filesizeformat(document.size_bytes))
    if document.page_count:
        facts.append(
            ngettext("%(count)d pagina", "%(count)d pagina's", document.page_count)
            % {"count": document.page_count}
        )
    return ", ".join(facts)
