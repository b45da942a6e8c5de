"""Serializer fields for Wagtail's v2 mount that name only what a visitor may see.

Stock v2 names what a page points to whatever its state: a report's project with its title
when the project is private, a page chooser's id when the page is a draft, a document in a
private collection. With these fields a reference to a page that is not live and public,
or to a document in a private collection, is left out (a stream or list item, a struct it
is a required part of) or null (an optional part of a struct, a foreign key).
``PublicPageSerializer`` (v2.py) uses them for every page field; models name
``PublicStreamField`` in ``api_fields`` for the stream fields of their inline objects,
which Wagtail serialises without the endpoint's serializer.

Importable from models.py: nothing here loads a model at import time.
"""

from __future__ import annotations

from rest_framework.fields import Field
from wagtail import blocks

HIDDEN = object()  # a reference a visitor may not follow


class _Visibility:
    """Which pages and documents a visitor may see: the restrictions are read once."""

    def __init__(self):
        from wagtail.models import CollectionViewRestriction, PageViewRestriction

        self.page_paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        self.collection_paths = list(
            CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        )

    def page(self, page) -> bool:
        return bool(page.live) and not page.path.startswith(tuple(self.page_paths))

    def document(self, document) -> bool:
        path = document.collection.path
        return not path.startswith(tuple(self.collection_paths))

    def allows(self, block, value) -> bool:
        if value is None:
            return True
        if isinstance(block, blocks.PageChooserBlock):
            return self.page(value)
        from wagtail.documents.blocks import DocumentChooserBlock

        if isinstance(block, DocumentChooserBlock):
            return self.document(value)
        return True


def _represent(block, value, context, visible: _Visibility):
    """``block.get_api_representation(value)`` as Wagtail builds it, with HIDDEN for what
    ``visible`` does not allow: left out of streams and lists; in a struct null, or the
    whole struct hidden when the chooser is a required part of it."""
    if not visible.allows(block, value):
        return HIDDEN
    if isinstance(block, blocks.StreamBlock):
        items = []
        for child in value or []:
            shown = _represent(child.block, child.value, context, visible)
            if shown is not HIDDEN:
                items.append({"type": child.block.name, "value": shown, "id": child.id})
        return items
    if isinstance(block, blocks.ListBlock):
        shown = (_represent(block.child_block, item, context, visible) for item in value)
        return [item for item in shown if item is not HIDDEN]
    if isinstance(block, blocks.StructBlock):
        shown = {
            name: _represent(block.child_blocks[name], item, context, visible)
            for name, item in value.items()
        }
        if any(
            item is HIDDEN and block.child_blocks[name].required for name, item in shown.items()
        ):
            return HIDDEN  # a document link without its document: the whole link goes
        return {name: None if item is HIDDEN else item for name, item in shown.items()}
    return block.get_api_representation(value, context=context)


def visibility(context) -> _Visibility:
    """The restrictions, read once per response (the serializers share ``context``)."""
    if "_atelier_visibility" not in context:
        context["_atelier_visibility"] = _Visibility()
    return context["_atelier_visibility"]


class PublicStreamField(Field):
    """Wagtail's v2 ``StreamField`` serializer (a read-only field), without what a visitor
    may not see."""

    def to_representation(self, value):
        return _represent(value.stream_block, value, self.context, visibility(self.context))
