"""A Dutch page's privacy reaches its translations.

An editor who makes a publication private (a password, login only, certain groups) means
the content, not one language of it: otherwise the English translation stays public, and
with it the files both versions show and the text search finds in them. So the view
restrictions of a page in the default language are mirrored onto each of its
translations: set, changed (type, password, groups) or removed. (A translation made later
is a copy of the page, and Wagtail's copy takes the restrictions along.) A translation
can still be made private on its own; mirroring only ever starts from the default
language's page.
"""

from __future__ import annotations

import threading

from django.conf import settings

_state = threading.local()  # mirroring saves restrictions itself: no mirroring of those


def _is_source(page) -> bool:
    return page.locale.language_code == settings.LANGUAGE_CODE


def mirror_restrictions(source) -> None:
    """Give every translation of ``source`` exactly ``source``'s view restrictions."""
    from wagtail.models import PageViewRestriction

    restrictions = list(PageViewRestriction.objects.filter(page=source).prefetch_related("groups"))
    _state.mirroring = True
    try:
        for translation in source.get_translations(inclusive=False):
            PageViewRestriction.objects.filter(page=translation).delete()
            for restriction in restrictions:
                copy = PageViewRestriction.objects.create(
                    page=translation,
                    restriction_type=restriction.restriction_type,
                    password=restriction.password,
                )
                copy.groups.set(restriction.groups.all())
    finally:
        _state.mirroring = False


def _restriction_changed(sender, instance, **kwargs):
    # post_save, post_delete, and m2m_changed on the groups of a GROUPS restriction
    if getattr(_state, "mirroring", False) or not kwargs.get("action", "post_").startswith("post_"):
        return
    from wagtail.models import Page, PageViewRestriction

    origin = kwargs.get("origin")  # post_delete: what delete() was called on
    if origin is not None and not isinstance(origin, PageViewRestriction):
        return  # the page (or a parent) is being deleted: its translations stay as they are

    page_id = getattr(instance, "page_id", None)  # m2m_changed from a group's side: none
    page = Page.objects.filter(pk=page_id).select_related("locale").first() if page_id else None
    if page is not None and _is_source(page):  # None: the page itself is being deleted
        mirror_restrictions(page)


def connect() -> None:
    """Called from ``signals.connect()`` (AtelierConfig.ready())."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import PageViewRestriction

    post_save.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="tp_restriction_saved"
    )
    post_delete.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="tp_restriction_deleted"
    )
    m2m_changed.connect(
        _restriction_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="tp_restriction_groups",
    )
