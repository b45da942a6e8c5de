"""The abstract base page every page type builds on: shared fields and panels live here once."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from .cluster import ClusterRowsMixin


class SocialMetaMixin(models.Model):
    """Fields for search engines and social sharing (Open Graph, Twitter cards)."""

    share_image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Appears when someone shares this page on social media. "
            "Preferably 1200 × 630 pixels. Empty: the page's main image."
        ),
    )

    social_panels = [
        MultiFieldPanel(
            [FieldPanel("seo_title"), FieldPanel("search_description"), FieldPanel("share_image")],
            heading=_("Search engines and social media"),
        )
    ]

    class Meta:
        abstract = True

    def get_share_image(self):
        return self.share_image or getattr(self, "image", None)

    def get_meta_description(self) -> str:
        return self.search_description or getattr(self, "summary", "") or ""


class BasePage(SocialMetaMixin, Page, ClusterRowsMixin):
    """Abstract base for all Atelier page types. ``ClusterRowsMixin`` (models/cluster.py)
    comes after Page in the MRO: it reads, builds and stores child rows per relation rather
    than per row, below Page.save()'s validation."""

    # What a visitor calls a search result of this type; page types that are more than
    # "a page" (an event, a publication) say so themselves.
    search_type_label = pgettext_lazy("search result type", "Page")
    # The card a list of mixed pages (a dossier) shows for this type: the template gets the
    # page as ``item`` and the heading ``level``. Types with a card of their own name it.
    card_template = "components/page_card.html"

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("show_in_menus")], heading=_("Address and menu")
        ),
        *SocialMetaMixin.social_panels,
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Save, and update the page's reference index once. Wagtail updates it on every
        saved row: a page with its speakers, rounds and workshops (django-modelcluster saves
        each child) would rebuild the whole page's references once per child — most of the
        time of publishing an event."""
        from wagtail.signal_handlers import (
            disable_reference_index_auto_update,
            reference_index_auto_update_disabled,
        )
        from wagtail.tasks import update_reference_index_task

        if getattr(reference_index_auto_update_disabled, "value", False):
            return super().save(*args, **kwargs)  # someone (a copy, a fixture) handles it
        references_unchanged = self.saves_no_references(kwargs.get("update_fields"))
        with disable_reference_index_auto_update():
            result = super().save(*args, **kwargs)
        if not kwargs.get("raw") and not references_unchanged:
            update_reference_index_task.enqueue(
                self._meta.app_label, self._meta.model_name, str(self.pk)
            )
        return result

    def saves_no_references(self, update_fields) -> bool:
        """True for save_revision()'s bookkeeping save with no comment rows to store: the
        fields it writes are ones the reference index ignores (the revision, the draft's
        title and dates), so the index would be rebuilt unchanged."""
        from wagtail.models import COMMENTS_RELATION_NAME

        bookkeeping = {
            COMMENTS_RELATION_NAME,
            "latest_revision_created_at",
            "draft_title",
            "latest_revision",
            "has_unpublished_changes",
        }
        if update_fields is None or not set(update_fields) <= bookkeeping:
            return False
        return COMMENTS_RELATION_NAME not in getattr(self, "_cluster_related_objects", {})

    def browser_title(self) -> str:
        """The page's part of the browser's title bar (and of search engine results)."""
        return self.seo_title or self.title

    def get_json_ld(self, request=None) -> dict | None:
        """schema.org data for this page; page types that have one override this."""
        return None
