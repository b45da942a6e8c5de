"""One mechanism for "what the public may see has changed".

Every change that can add, alter or withdraw public content calls ``announce()``: a page
published, unpublished, moved or deleted; a view restriction (password, login, groups)
added, changed or removed on a page or an ancestor; a collection made private or public; a
document moving between collections (the embargo ending: its report is published as out);
a snippet (a speaker, a theme) saved or deleted; the site settings (the footer) saved.
``announce()`` does two things:

1. It bumps the **content version**, an integer in the shared cache that only grows.
   ``content_version()`` is the public way to read it. Everything this site stores for
   visitors is keyed by it (the anonymous page cache in ``page_cache``, the API's
   first-served moments in ``atelier.api.http``), so a bump makes every stored answer unreachable at
   once, on every worker sharing the cache. Validators (ETags) are derived from it: equal
   versions mean no change in between. A sign-up or cancellation counts too (places left,
   a waiting list), and so does the clock: apps register ``add_content_clock`` functions
   naming the next moment their public content changes by time alone (an event becomes
   past, registration opens); the first read after that moment bumps the version.
2. It sends ``public_content_changed`` with a ``PublicContentChange``. Receivers return the
   absolute URLs that showed what changed (pages, their lists, the API, the embed, feeds,
   the sitemap); when a frontend cache (CDN) is configured they are purged in one batch.
   Apps connect their own receivers, so site/ never imports an app.

A change inside a transaction is announced again when it commits, so a request that read
the old rows in between cannot leave its answer under the new version.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal
from django.utils import timezone

logger = logging.getLogger("atelier.public_content")

VERSION_KEY = "atelier:content-version"
CLOCK_KEY = "atelier:content-clock"  # (timestamp, real, version): next change by the clock
CLOCK_IDLE_RECHECK = 3600

# Sent with ``change=PublicContentChange``; receivers may return an iterable of absolute URLs.
public_content_changed = Signal()

# Saving only these fields keeps a page's public version as it was (a draft, a lock).
DRAFT_ONLY_FIELDS = frozenset(
    {
        "has_unpublished_changes",
        "draft_title",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
    }
)
# Kinds of change that can withdraw content from the public: every list that could show it
# is purged too, not only the pages themselves.
WITHDRAWING = frozenset({"unpublish", "delete", "move", "page-privacy", "collection-privacy"})


@dataclass
class PublicContentChange:
    reason: str  # publish, unpublish, move, delete, page-privacy, collection-privacy, ...
    pages: list = field(default_factory=list)  # pages whose public version changed
    subtree: bool = False  # the change reaches every page below them (privacy, move)
    objects: list = field(default_factory=list)  # snippets or documents that changed
    urls: list[str] = field(default_factory=list)  # known stale URLs (a page's old address)
    purging: bool = False  # a frontend cache is configured: receivers compute their URLs

    @property
    def withdraws(self) -> bool:
        return self.reason in WITHDRAWING


def _seed() -> int:
    # After a cache flush the version starts above any value it had before.
    return int(time.time() * 1000)


def content_version() -> int:
    """The current content version: an integer that grows with every change of what the
    public sees, including changes by the clock (see the module docstring).

    Compare versions for equality only; the starting value is a timestamp. Costs one cache
    read; a query only when the clock's next moment has to be found again (after a bump,
    or when it has passed)."""
    values = cache.get_many([VERSION_KEY, CLOCK_KEY])
    version, clock = values.get(VERSION_KEY), values.get(CLOCK_KEY)
    if version is None:
        cache.add(VERSION_KEY, _seed(), None)
        version = cache.get(VERSION_KEY)
        if version is None:
            return _seed()  # cache down: never a hit
    version, now = int(version), timezone.now().timestamp()
    if clock is not None and clock[2] == version and clock[0] > now:
        return version
    if clock is not None and clock[2] == version and clock[1]:
        version = bump_version()  # a moment some content was waiting for has passed
    # Found for this version only: one computed from rows read before a change committed
    # is not used after it (the commit bumps the version again).
    cache.set(CLOCK_KEY, (*_next_clock_moment(now), version), None)
    return version


def _next_clock_moment(now: float) -> tuple[float, bool]:
    """``(timestamp, real)``: the earliest next change any app's clock names; without one,
    look again in an hour (``real`` False: nothing changes then, no bump)."""
    from datetime import UTC, datetime

    from .registry import registry

    moments = []
    when = datetime.fromtimestamp(now, UTC)
    for next_change in registry.content_clocks:
        try:
            moment = next_change(when)
        except Exception:  # a broken clock must not break every request
            logger.exception("Content clock %r failed", next_change)
            continue
        if moment is not None:
            moments.append(moment.timestamp())
    if moments:
        return max(min(moments), now + 1), True
    return now + CLOCK_IDLE_RECHECK, False


def bump_version() -> int:
    try:
        return cache.incr(VERSION_KEY)
    except ValueError:  # not set yet (or flushed)
        cache.add(VERSION_KEY, _seed(), None)
        try:
            return cache.incr(VERSION_KEY)
        except ValueError:  # the cache is unavailable: nothing is stored to go stale
            return _seed()


def announce(reason: str, *, pages=(), subtree=False, objects=(), urls=()) -> None:
    """Tell every cache that public content changed (see the module docstring)."""
    change = PublicContentChange(
        reason=reason,
        pages=[page for page in pages if page is not None],
        subtree=subtree,
        objects=[obj for obj in objects if obj is not None],
        urls=list(urls),
        purging=frontend_cache_configured(),
    )
    _deliver(change)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _deliver(change))


def _deliver(change: PublicContentChange) -> None:
    bump_version()
    stale: set[str] = set(change.urls)
    for receiver, result in public_content_changed.send_robust(sender=None, change=change):
        if isinstance(result, Exception):
            logger.error("Receiver %r failed on %s", receiver, change.reason, exc_info=result)
        elif result:
            stale.update(url for url in result if url)
    if stale and change.purging:
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(sorted(stale))


def frontend_cache_configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


# --- What counts as a change ---------------------------------------------------------------


def _page_saved(sender, instance, update_fields=None, **kwargs):
    from wagtail.models import Page

    if not isinstance(instance, Page):
        return
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    # A plain save of a live page (scripts, imports) changes what is shown; publishing also
    # sends page_published, which purges the frontend cache.
    bump_version()


def _page_published(sender, instance, **kwargs):
    announce("publish", pages=[instance])


def _page_unpublished(sender, instance, **kwargs):
    announce("unpublish", pages=[instance])


def _page_deleted(sender, instance, **kwargs):
    announce("delete", pages=[instance])


_old_urls: dict[int, list[str]] = {}


def _before_move(sender, instance, **kwargs):
    if frontend_cache_configured():
        _old_urls[instance.pk] = list(subtree_urls(instance))


def _after_move(sender, instance, **kwargs):
    announce("move", pages=[instance], subtree=True, urls=_old_urls.pop(instance.pk, []))


def _page_restriction_changed(sender, instance, **kwargs):
    # post_save, post_delete, and m2m_changed on the groups of a GROUPS restriction
    if kwargs.get("action", "post_").startswith("post_"):
        page = getattr(instance, "page", None)
        announce("page-privacy", pages=[page] if page is not None else [], subtree=True)


def _collection_restriction_changed(sender, instance, **kwargs):
    if kwargs.get("action", "post_").startswith("post_"):
        collection = getattr(instance, "collection", None)
        announce("collection-privacy", objects=documents_in(collection))


# Wagtail fills these in lazily on first use: nothing visitors see changes.
FILE_METADATA_FIELDS = frozenset({"file_hash", "file_size"})


def _document_changed(sender, instance, update_fields=None, **kwargs):
    # The embargo ends by moving a report's files to a public collection: a save.
    if update_fields and set(update_fields) <= FILE_METADATA_FIELDS:
        return
    announce("document", objects=[instance])


def _image_changed(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= FILE_METADATA_FIELDS:
        return
    announce("image", objects=[instance])


def _snippet_changed(sender, instance, **kwargs):
    from wagtail.snippets.models import get_snippet_models

    # Snippets register late (wagtail_hooks), so the list is read when a save happens.
    if sender in get_snippet_models():
        announce("snippet", objects=[instance])


def _setting_changed(sender, instance, **kwargs):
    """Site settings (the footer's address, phone, links; the logo) show on every page of
    their site: a change there is a change of every page."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.models import Site

    if sender not in settings_registry:
        return
    if isinstance(instance, BaseSiteSetting):
        sites = [instance.site] if instance.site_id else []
    else:  # a generic setting: every site
        sites = list(Site.objects.all())
    roots = [site.root_page for site in sites if site.root_page_id]
    announce("settings", pages=roots, subtree=True, objects=[instance])


def documents_in(collection) -> list:
    if collection is None:
        return []
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    collections = Collection.objects.descendant_of(collection, inclusive=True)
    return list(get_document_model().objects.filter(collection__in=collections))


def connect() -> None:
    """Called from ``signals.connect()`` (AtelierConfig.ready())."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

    # Multi-table inheritance: a page type's save is sent for its own class, not for Page.
    post_save.connect(_page_saved, weak=False, dispatch_uid="pc_page_saved")
    page_published.connect(_page_published, weak=False, dispatch_uid="pc_published")
    page_unpublished.connect(_page_unpublished, weak=False, dispatch_uid="pc_unpublished")
    post_delete.connect(_page_deleted, sender=Page, weak=False, dispatch_uid="pc_page_deleted")
    pre_page_move.connect(_before_move, weak=False, dispatch_uid="pc_before_move")
    post_page_move.connect(_after_move, weak=False, dispatch_uid="pc_after_move")
    for model, receiver in (
        (PageViewRestriction, _page_restriction_changed),
        (CollectionViewRestriction, _collection_restriction_changed),
    ):
        uid = f"pc_{model._meta.model_name}"
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=uid + "_saved")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=uid + "_deleted")
        m2m_changed.connect(
            receiver, sender=model.groups.through, weak=False, dispatch_uid=uid + "_groups"
        )
    document_model = get_document_model()
    post_save.connect(_document_changed, sender=document_model, weak=False, dispatch_uid="pc_doc")
    post_delete.connect(
        _document_changed, sender=document_model, weak=False, dispatch_uid="pc_doc_deleted"
    )
    # An image's alt text, focal point or file is shown wherever the image is (renditions
    # are a separate model: making one changes nothing).
    image_model = get_image_model()
    post_save.connect(_image_changed, sender=image_model, weak=False, dispatch_uid="pc_image")
    post_delete.connect(
        _image_changed, sender=image_model, weak=False, dispatch_uid="pc_image_deleted"
    )
    post_save.connect(_snippet_changed, weak=False, dispatch_uid="pc_snippet_saved")
    post_delete.connect(_snippet_changed, weak=False, dispatch_uid="pc_snippet_deleted")
    post_save.connect(_setting_changed, weak=False, dispatch_uid="pc_setting_saved")
    post_delete.connect(_setting_changed, weak=False, dispatch_uid="pc_setting_deleted")
    public_content_changed.connect(stale_page_urls, weak=False, dispatch_uid="pc_stale_page_urls")


# --- Which URLs showed it (the site's own receiver) ---------------------------------------


def page_urls(page) -> list[str]:
    """A page's absolute URLs, including its extra routes (``get_cached_paths``)."""
    url = None
    try:
        url = page.get_full_url()
        paths = page.specific_deferred.get_cached_paths() if url else []
    except Exception:  # a page outside every site, or one being deleted
        return [url] if url else []
    if not url:
        return []
    return [url + path.lstrip("/") for path in paths] or [url]


def subtree_urls(page) -> Iterable[str]:
    yield from page_urls(page)
    for child in page.get_descendants():
        yield from page_urls(child)


def _referencing_pages(objects) -> list:
    """Pages that show one of ``objects`` (a speaker on an event, a file in a report)."""
    if not objects:
        return []
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    page_ids = set()
    for obj in objects:
        if obj.pk is None:
            continue
        page_ids.update(
            int(pk)
            for pk in ReferenceIndex.get_references_to(obj)
            .filter(base_content_type=page_type)
            .values_list("object_id", flat=True)
            if str(pk).isdigit()
        )
    return list(Page.objects.filter(pk__in=page_ids)) if page_ids else []


def _list_pages() -> list:
    """Live pages whose type lists other pages (``http_cache_role = "list"``)."""
    from wagtail.models import Page, get_page_models

    models = [m for m in get_page_models() if getattr(m, "http_cache_role", "") == "list"]
    return list(Page.objects.live().type(*models)) if models else []


def site_roots() -> list[str]:
    from wagtail.models import Site

    return sorted({site.root_url.rstrip("/") for site in Site.objects.all()})


def api_urls(page) -> list[str]:
    collection = getattr(page.specific_class, "api_collection", None)
    if collection is None:
        from .api.themes import _content_type_key

        collection = _content_type_key(page.specific_class)
    return [f"{root}/api/v1/{collection}/{page.pk}" for root in site_roots()]


def channel_urls() -> list[str]:
    """Site-wide documents that list public content: the sitemap and the API's lists."""
    from .registry import registry

    urls = []
    for root in site_roots():
        urls.append(f"{root}/sitemap.xml")
        urls.append(f"{root}/api/wagtail/v2/pages/")
        urls.append(f"{root}/api/v1/themes")
        urls.extend(f"{root}/api/v1/{prefix}" for prefix, _router in registry.api_routers)
    return urls


def stale_page_urls(sender, change: PublicContentChange, **kwargs) -> list[str]:
    if not change.purging:
        return []
    pages = list(change.pages) + _referencing_pages(change.objects)
    urls: list[str] = []
    for page in pages:
        urls.extend(subtree_urls(page) if change.subtree else page_urls(page))
        urls.extend(api_urls(page))
        for ancestor in page.get_ancestors().filter(depth__gt=1):
            urls.extend(page_urls(ancestor))
    if change.withdraws or change.objects:
        for page in _list_pages():
            urls.extend(page_urls(page))
    urls.extend(_document_urls(change.objects))
    urls.extend(channel_urls())
    return urls


def _document_urls(objects) -> list[str]:
    from wagtail.documents import get_document_model

    document_model = get_document_model()
    return [
        root + obj.url
        for obj in objects
        if isinstance(obj, document_model) and obj.pk is not None
        for root in site_roots()
    ]


def next_local_midnight(now):
    """The next midnight in the site's time zone: when "today" (upcoming, overdue) moves."""
    import datetime

    local = timezone.localtime(now)
    tomorrow = local.date() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))
