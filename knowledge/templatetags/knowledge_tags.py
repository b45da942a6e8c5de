from atelier.documents import file_type_label
from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def document_facts(document) -> str:
    """'PDF, 1.2 MB, 24 pages': what a reader wants to know before downloading."""
    facts = [file_type_label(document.file_type)] if document.file_type else []
    if document.size_bytes:
        facts.append(filesizeformat(document.size_bytes))
    if document.page_count:
        facts.append(
            ngettext("%(count)d page", "%(count)d pages", document.page_count)
            % {"count": document.page_count}
        )
    return ", ".join(facts)
