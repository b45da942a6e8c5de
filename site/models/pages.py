"""The abstract base page every page type builds on: shared fields and panels live here once."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


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


class BasePage(SocialMetaMixin, Page):
    """Abstract base for all Atelier page types."""

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("show_in_menus")], heading=_("Address and menu")
        ),
        *SocialMetaMixin.social_panels,
    ]

    class Meta:
        abstract = True

    def get_json_ld(self, request=None) -> dict | None:
        """schema.org data for this page; page types that have one override this."""
        return None
