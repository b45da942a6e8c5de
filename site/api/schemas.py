"""Shapes every router of the content API shares: images, themes, translations, rich
text with absolute links, StreamField bodies as typed blocks, documents, locales.

Serialisers take the request, because everything the API sends is absolute."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from django.db.models import Q
from ninja import Field, Schema
from wagtail import blocks as wagtail_blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Page
from wagtail.rich_text import expand_db_html

from ..hosts import absolute_url

API_BASE = "/api/v1/"

# Named rendition sizes; the keys are part of the API contract, the specs may be tuned.
IMAGE_SIZES = {
    "thumbnail": "fill-160x160",
    "card": "fill-640x360",
    "large": "max-1280x1280",
}
IMAGE_FILTER_SPECS = tuple(IMAGE_SIZES.values())


class ImageRendition(Schema):
    url: str
    width: int
    height: int
    alt: str


class ImageOut(ImageRendition):
    """The ``large`` rendition at the top level, every named size under ``renditions``."""

    credit: str = ""
    renditions: dict[str, ImageRendition] = Field(
        ..., description="Renditions by name: " + ", ".join(IMAGE_SIZES)
    )


class ThemeRef(Schema):
    slug: str
    name: str


class Translation(Schema):
    locale: str
    id: int
    url: str | None = Field(None, description="The public page of this language version.")


class StreamBlockOut(Schema):
    type: str = Field(..., description="The block type, e.g. `heading`, `paragraph`, `image`.")
    id: str | None = None
    value: Any = Field(
        None, description="Rich text as HTML with absolute links; images as image objects."
    )


class DocumentOut(Schema):
    title: str
    url: str
    file_type: str = Field("", description="e.g. `pdf`, `docx`, `pptx`.")
    size_bytes: int | None = None
    pages: int | None = None


def api_url(request, path: str) -> str:
    return absolute_url(API_BASE + path, request)


def absolute(request, url: str | None) -> str | None:
    return absolute_url(url, request) if url else None


def locale_code(request, locale_id: int) -> str:
    """The language code for a locale id; all locales are read once per request."""
    codes = getattr(request, "_atelier_locale_codes", None)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        request._atelier_locale_codes = codes
    return codes.get(locale_id, "")


# --- Rich text ---------------------------------------------------------------------------

_RELATIVE_ATTRIBUTE = re.compile(r'\b(href|src)="(/(?!/)[^"]*)"')


def rich_text(request, html: str | None) -> str:
    """Editor HTML with internal links resolved and every link absolute."""
    if not html:
        return ""
    expanded = expand_db_html(html)
    return _RELATIVE_ATTRIBUTE.sub(
        lambda match: f'{match.group(1)}="{absolute_url(match.group(2), request)}"',
        expanded,
    )


# --- Images and documents ----------------------------------------------------------------


def image(request, img) -> dict | None:
    """An image in every named size; pass images fetched with ``prefetch_renditions``.

    Made once per image and request: a photo shown beside every workshop its person leads
    is looked up once."""
    if img is None:
        return None
    if request is None:
        return _image(request, img)
    made = getattr(request, "_atelier_images", None)
    if made is None:
        made = request._atelier_images = {}
    if img.pk not in made:
        made[img.pk] = _image(request, img)
    return made[img.pk]


def _image(request, img) -> dict:
    renditions = img.get_renditions(*IMAGE_FILTER_SPECS)
    alt = img.alt_text if hasattr(img, "alt_text") else (img.title or "")
    sizes = {}
    for name, spec in IMAGE_SIZES.items():
        rendition = renditions[spec]
        sizes[name] = {
            "url": absolute_url(rendition.url, request),
            "width": rendition.width,
            "height": rendition.height,
            "alt": alt,
        }
    return {**sizes["large"], "credit": getattr(img, "credit", ""), "renditions": sizes}


def private_collection_ids(request) -> set[int]:
    """Collections that are private or sit under a private one; read once per request."""
    ids = getattr(request, "_atelier_private_collections", None)
    if ids is None:
        from wagtail.models import Collection

        paths = list(
            Collection.objects.filter(view_restrictions__isnull=False)
            .values_list("path", flat=True)
            .distinct()
        )
        ids = set()
        if paths:
            query = Q()
            for path in paths:
                query |= Q(path__startswith=path)
            ids = set(Collection.objects.filter(query).values_list("pk", flat=True))
        request._atelier_private_collections = ids
    return ids


def document(request, doc) -> dict | None:
    """A downloadable document, or None when its collection is private (an embargo)."""
    if doc is None or doc.collection_id in private_collection_ids(request):
        return None
    return {
        "title": doc.title,
        "url": absolute_url(doc.url, request),
        "file_type": getattr(doc, "file_type", "") or "",
        "size_bytes": getattr(doc, "size_bytes", None),
        "pages": getattr(doc, "page_count", None),
    }


def theme(obj) -> dict:
    return {"slug": obj.slug, "name": obj.name}


# --- Translations ------------------------------------------------------------------------


def page_full_url(request, url_path: str) -> str | None:
    """``Page.get_full_url`` for a page known only by its ``url_path`` (a ``values()``
    row): Wagtail's own URL logic (sites, language prefixes) without building the page.
    No page type in Atelier routes its URL differently."""
    shell = Page.__new__(Page)
    shell.url_path = url_path
    return shell.get_full_url(request)


def private_paths(request) -> tuple[str, ...]:
    """Tree paths of the pages with a view restriction (they and everything under them are
    private), read once per request: ``Page.objects.public()`` reads them on every call."""
    paths = getattr(request, "_atelier_private_paths", None) if request is not None else None
    if paths is None:
        from wagtail.models import PageViewRestriction

        # Restricted pages looked up by id: a join from the restrictions made SQLite scan
        # every page's path.
        restricted = PageViewRestriction.objects.values("page_id")
        paths = tuple(
            Page.objects.filter(pk__in=restricted).order_by().values_list("path", flat=True)
        )
        if request is not None:
            request._atelier_private_paths = paths
    return paths


def is_public_path(request, path: str) -> bool:
    """Whether the page at ``path`` is public (what ``Page.objects.public()`` keeps)."""
    return not path.startswith(private_paths(request))


def page_translations(request, pages) -> dict[int, list[dict]]:
    """Live, public language versions (aliases excluded, as ``localization.real_pages``) of
    each page, from one narrow query for the whole page of results."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    # Aliases are skipped here, not in SQL: with ``alias_of IS NULL`` in the query SQLite
    # walks the alias_of index (true of nearly every page) instead of the translation keys.
    rows = (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .order_by("pk")
        .values_list("pk", "translation_key", "locale_id", "url_path", "path", "alias_of_id")
    )
    siblings = defaultdict(list)
    for row in rows:
        if row[5] is None and is_public_path(request, row[4]):
            siblings[row[1]].append(row[:4])
    urls: dict[int, str | None] = {}  # a page listed as the translation of several pages

    def version(pk, locale_id, url_path) -> dict:
        if pk not in urls:
            urls[pk] = page_full_url(request, url_path)
        return {"locale": locale_code(request, locale_id), "id": pk, "url": urls[pk]}

    return {
        page.pk: [
            version(pk, locale_id, url_path)
            for pk, _key, locale_id, url_path in siblings[page.translation_key]
            if pk != page.pk
        ]
        for page in pages
    }


def snippet_translations(request, objects, queryset, url_for=None) -> dict[int, list[dict]]:
    """Language versions of translatable snippets, limited to ``queryset`` (the visible ones)."""
    keys = {obj.translation_key for obj in objects}
    if not keys:
        return {}
    siblings = defaultdict(list)
    for other in queryset.filter(translation_key__in=keys).order_by("pk"):
        siblings[other.translation_key].append(other)
    return {
        obj.pk: [
            {
                "locale": locale_code(request, other.locale_id),
                "id": other.pk,
                "url": url_for(request, other) if url_for else None,
            }
            for other in siblings[obj.translation_key]
            if other.pk != obj.pk
        ]
        for obj in objects
    }


# --- StreamField -------------------------------------------------------------------------


def _is_public_page(page) -> bool:
    return Page.objects.filter(pk=page.pk).live().public().exists()


def block_value(request, block, value) -> Any:
    """One block's value in API form; recurses through structs, lists and streams."""
    if value is None:
        return None
    if isinstance(block, wagtail_blocks.RichTextBlock):
        return rich_text(request, value.source)
    if isinstance(block, wagtail_blocks.StreamBlock):
        return stream_blocks(request, value)
    if isinstance(block, wagtail_blocks.StructBlock):
        return {
            name: block_value(request, child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, wagtail_blocks.ListBlock):
        return [block_value(request, block.child_block, item) for item in value]
    if isinstance(block, ImageChooserBlock):
        return image(request, value)
    if isinstance(block, DocumentChooserBlock):
        return document(request, value)
    if isinstance(block, wagtail_blocks.PageChooserBlock):
        page = value.specific if hasattr(value, "specific") else value
        if not _is_public_page(page):
            return None  # a link to a draft or private page says nothing about it
        return {"id": page.pk, "title": page.title, "url": page.get_full_url(request)}
    return block.get_api_representation(value, context={"request": request})


def stream_blocks(request, stream_value) -> list[dict]:
    """A StreamField body as ``[{type, id, value}]``."""
    if not stream_value:
        return []
    return [
        {
            "type": child.block_type,
            "id": child.id,
            "value": block_value(request, child.block, child.value),
        }
        for child in stream_value
    ]
