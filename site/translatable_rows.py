"""Data migration helper: give inline rows (programme items, workshops, timeline entries…)
that have just become translatable their ``locale`` and ``translation_key``.

A row takes its page's locale. Rows of pages that are translations of each other (pages
copied with wagtail.contrib.simple_translation share a ``translation_key``) are linked by
position: the n-th row of the English page gets the key of the n-th row of the Dutch page,
because the copy was made row by row. wagtail-localize then updates those rows in place
(workshop runs and their registrations keep their ids) instead of replacing them.

Works on historical models (``apps`` from a migration); keep it free of app imports.
"""

import uuid
from collections import defaultdict

from django.conf import settings


def link_translated_rows(apps, app_label: str, model_name: str, parent_field: str) -> None:
    Row = apps.get_model(app_label, model_name)
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    default_locale_id = (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True)
    ).first()
    parent_attr = f"{parent_field}_id"

    rows_by_page = defaultdict(list)
    for row in Row.objects.order_by("sort_order", "pk"):
        rows_by_page[getattr(row, parent_attr)].append(row)
    if not rows_by_page:
        return

    pages_by_key = defaultdict(list)
    for page in Page.objects.filter(pk__in=list(rows_by_page)).values(
        "pk", "translation_key", "locale_id"
    ):
        pages_by_key[page["translation_key"]].append(page)

    changed = []
    for pages in pages_by_key.values():
        # The source first: the page in the default language, else the oldest.
        pages.sort(key=lambda page: (page["locale_id"] != default_locale_id, page["pk"]))
        keys = [uuid.uuid4() for _ in rows_by_page[pages[0]["pk"]]]
        for page in pages:
            for position, row in enumerate(rows_by_page[page["pk"]]):
                row.locale_id = page["locale_id"]
                row.translation_key = keys[position] if position < len(keys) else uuid.uuid4()
                changed.append(row)
    Row.objects.bulk_update(changed, ["locale", "translation_key"], batch_size=500)


def noop(apps, schema_editor) -> None:
    """Going back drops the two columns; nothing to undo in the data."""
