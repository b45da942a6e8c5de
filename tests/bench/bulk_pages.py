"""Inserting many pages at once, for the generated volume content of `make bench`.

Wagtail's ``add_child`` costs several queries per page plus a revision and a search-index
update. For 10,000 generated events that is minutes; here the tree paths are computed in
Python, the base rows go in with one ``bulk_create`` and each specific row with one INSERT
(``save_base(raw=True)`` skips the parent table and the search-index signal). Pages are
created live and published "now"; run ``update_index`` afterwards.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

BASE_FIELDS = [field for field in Page._meta.concrete_fields if not field.primary_key]


@transaction.atomic
def bulk_add_children(parent: Page, pages: list[Page]) -> list[Page]:
    if not pages:
        return []
    parent = Page.objects.get(pk=parent.pk)  # fresh path and numchild
    last_child = parent.get_last_child()
    step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    now = timezone.now()
    content_types = {}
    base_rows = []
    for offset, page in enumerate(pages):
        model = type(page)
        if model not in content_types:
            content_types[model] = ContentType.objects.get_for_model(model)
        page.content_type = content_types[model]
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step + offset)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or now
        page.locale_id = page.locale_id or parent.locale_id
        page.translation_key = page.translation_key or uuid.uuid4()
        base_rows.append(Page(**{f.attname: getattr(page, f.attname) for f in BASE_FIELDS}))
    Page.objects.bulk_create(base_rows)
    for page, base in zip(pages, base_rows, strict=True):
        page.page_ptr_id = page.pk = base.pk
        page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages
