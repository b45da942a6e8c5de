"""Keep pages findable by what they show: saving a person (or another indexed snippet a page
refers to, such as a document or an organisation) reindexes the pages that refer to it, so
a speaker's new name or bio is found on their events at once. The pages are found through
Wagtail's ReferenceIndex, so this app needs no knowledge of the page types.

Saving a draft revision writes only Wagtail's bookkeeping columns of the page row (the
latest revision, the draft title): the live content the index holds does not change, so
that save does not reindex the page (``skip_revision_bookkeeping``)."""

from functools import wraps

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.images.models import AbstractImage
from wagtail.models import COMMENTS_RELATION_NAME, Page, ReferenceIndex
from wagtail.search import index


def referencing_page_ids(instance) -> list[int]:
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
        .distinct()
    )
    return [int(pk) for pk in ids]


def reindex_pages(page_ids) -> int:
    pages = Page.objects.filter(pk__in=page_ids).specific()
    for page in pages:
        # Errors of an external engine are caught (and put in the outbox) inside.
        index.insert_or_update_object(page)
    return len(pages)


def _on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        reindex_pages(referencing_page_ids(instance))


def _before_delete(sender, instance, **kwargs):
    instance._atelier_referencing_pages = referencing_page_ids(instance)


def _on_delete(sender, instance, **kwargs):
    reindex_pages(getattr(instance, "_atelier_referencing_pages", []))


def _on_collection_privacy_change(sender, instance, **kwargs):
    # A collection turning private (or public again) changes which document texts may be
    # indexed: reindex the pages that link a document in it or in a collection below it.
    from wagtail.documents import get_document_model

    collections = instance.collection.get_descendants(inclusive=True)
    page_ids = set()
    for document in get_document_model().objects.filter(collection__in=collections):
        page_ids.update(referencing_page_ids(document))
    reindex_pages(page_ids)


# What Page.save_revision() saves of the page row (wagtail/models/pages.py).
REVISION_BOOKKEEPING = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision_created_at",
        "draft_title",
        "latest_revision",
        "has_unpublished_changes",
    }
)


def skip_revision_bookkeeping(handler):
    """modelsearch's post_save receiver, except for a page save of revision bookkeeping."""

    @wraps(handler)
    def post_save_signal_handler(instance, update_fields=None, **kwargs):
        if (
            update_fields is not None
            and isinstance(instance, Page)
            and REVISION_BOOKKEEPING.issuperset(update_fields)
        ):
            return None
        if getattr(instance, "_storing_rows", False):
            # The page's row is saved, its child rows (workshops, speakers…) not yet: the
            # index reads them from the database once they are (index_stored_rows).
            instance._index_when_rows_stored = lambda: handler(
                instance, update_fields=update_fields, **kwargs
            )
            return None
        return handler(instance, update_fields=update_fields, **kwargs)

    post_save_signal_handler.skips_revision_bookkeeping = True
    return post_save_signal_handler


def wrap_index_receiver():
    """modelsearch connects its receiver by name when wagtail.search is ready, which is after
    this app (INSTALLED_APPS order); there is no hook to pass another one, so the name is
    pointed at the wrapped receiver first (as search.backends.postgres does for its indexer)."""
    from modelsearch import signal_handlers

    if not getattr(signal_handlers.post_save_signal_handler, "skips_revision_bookkeeping", False):
        signal_handlers.post_save_signal_handler = skip_revision_bookkeeping(
            signal_handlers.post_save_signal_handler
        )


def index_stored_rows(sender, instance, **kwargs):
    """atelier.models.cluster.rows_stored: index a page its post_save left for later."""
    index = instance.__dict__.pop("_index_when_rows_stored", None)
    if index is not None:
        index()


def connect():
    """Called from SearchConfig.ready(), like every app's receivers."""
    wrap_index_receiver()
    from atelier.models.cluster import rows_stored

    rows_stored.connect(index_stored_rows, dispatch_uid="atelier_search_index_stored_rows")
    from wagtail.models import CollectionViewRestriction

    uid = "atelier_search_collection_privacy"
    post_save.connect(
        _on_collection_privacy_change, sender=CollectionViewRestriction, dispatch_uid=uid
    )
    post_delete.connect(
        _on_collection_privacy_change, sender=CollectionViewRestriction, dispatch_uid=uid
    )
    for model in index.get_indexed_models():
        if issubclass(model, (Page, AbstractImage)):
            continue  # pages index themselves; images carry no text pages show
        uid = f"atelier_search_reindex_{model._meta.label_lower}"
        post_save.connect(_on_save, sender=model, dispatch_uid=uid)
        pre_delete.connect(_before_delete, sender=model, dispatch_uid=uid)
        post_delete.connect(_on_delete, sender=model, dispatch_uid=uid)
