"""A list of documents to download, with their type, size and number of pages."""

from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.models import CollectionViewRestriction

from ..media.documents import file_type_label


def public_documents(documents):
    """The documents a visitor may see, in the given order: none from a private
    collection (or a collection inside one). Two queries, however long the list."""
    ids = [doc.pk for doc in documents if doc is not None]
    if not ids:
        return []
    restricted = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    private = Q()
    for path in restricted:
        private |= Q(collection__path__startswith=path)
    queryset = get_document_model().objects.filter(pk__in=ids).select_related("collection")
    if private:
        queryset = queryset.exclude(private)
    by_id = {doc.pk: doc for doc in queryset}
    return [by_id[pk] for pk in ids if pk in by_id]


class DownloadListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"), required=False, max_length=100, help_text=_("For example 'Downloads'.")
    )
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("document")),
        label=_("documents"),
        min_num=1,
        help_text=_(
            "The site reads type, size and number of pages from the file itself. Visitors do "
            "not see documents in a restricted collection."
        ),
    )

    class Meta:
        icon = "doc-full"
        label = _("Downloads")
        template = "blocks/download_list_block.html"
        description = _("A list of documents to download, with type, size and pages.")

    def get_preview_value(self):
        documents = list(get_document_model().objects.order_by("-created_at")[:3])
        return self.normalize({"heading": gettext("Downloads"), "documents": documents})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["downloads"] = [
            {"document": doc, "type_label": file_type_label(doc.file_type)}
            for doc in public_documents(value["documents"])
        ]
        return context
