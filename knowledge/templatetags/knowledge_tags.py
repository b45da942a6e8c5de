from atelier.media.documents import file_type_label
from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
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


@register.simple_tag
def publication_date(report) -> str:
    """``<time>`` with the publication date as exactly as it is known (a year, a month or
    a day)."""
    if not report.publication_date:
        return ""
    return format_html(
        '<time datetime="{}">{}</time>',
        report.publication_date_machine,
        report.publication_date_display,
    )


@register.inclusion_tag("knowledge/components/forthcoming_status.html")
def forthcoming_status(report):
    """'Expected: May 2021', or once that has passed without the publication appearing,
    'Expected: May 2021 — not yet published' (no future tense about the past)."""
    return {"report": report, "overdue": report.is_overdue, "when": report.expected_display}
