from atelier.blocks import BaseStreamBlock
from atelier.models import BasePage
from atelier.registry import registry
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.coreutils import resolve_model_string
from wagtail.fields import StreamField
from wagtail.search import index


class RegistryChildrenMixin:
    """Which page types may live under this one is decided through the registry, so an
    app can hang its sections under a home, content or landing page without home knowing it."""

    @classmethod
    def clean_subpage_models(cls):
        label = f"{cls._meta.app_label}.{cls.__name__}"
        return [resolve_model_string(name) for name in registry.children_of(label)]


def body_field():
    return StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("content"),
        help_text=_("Compose the page from blocks: text, images, lists, buttons…"),
    )


class HomePage(RegistryChildrenMixin, BasePage):
    """The site's front page. Which sections can live under it, apps decide (the registry)."""

    http_cache_role = "list"  # lists other pages: purged when any of them changes

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences below the title: what does the organisation do?"),
    )
    body = body_field()

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("home page")

    def get_meta_description(self) -> str:
        return super().get_meta_description() or self.intro


class ContentPage(RegistryChildrenMixin, BasePage):
    """An ordinary page: about us, a privacy statement, contact."""

    http_cache_role = "list"  # lists other pages: purged when any of them changes

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "One or two sentences below the title. Also appears in search engines if you "
            "leave the description under 'Promote' empty."
        ),
    )
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("At the top of the page and when it is shared on social media."),
    )
    body = body_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage", "home.ContentPage", "home.LandingPage"]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("image"), APIField("body")]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    def get_meta_description(self) -> str:
        return super().get_meta_description() or self.intro


class LandingPage(RegistryChildrenMixin, BasePage):
    """A page for a theme or a campaign: a large opening (hero) and then blocks."""

    http_cache_role = "list"  # lists other pages: purged when any of them changes

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences in the opening, below the title."),
    )
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("opening image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photo behind or beside the opening; preferably 1600 × 900 pixels."),
    )
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button to page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the button in the opening goes, for example the registration page."),
    )
    hero_link_url = models.URLField(
        _("or button to web address"),
        blank=True,
        help_text=_("Only if the button goes to another website."),
    )
    hero_link_text = models.CharField(
        _("button text"),
        max_length=60,
        blank=True,
        help_text=_("Short and active, for example 'Sign up'."),
    )
    body = body_field()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("intro"),
                FieldPanel("image"),
                FieldPanel("hero_link_page"),
                FieldPanel("hero_link_url"),
                FieldPanel("hero_link_text"),
            ],
            heading=_("Opening"),
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage", "home.ContentPage", "home.LandingPage"]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("image"), APIField("body")]

    class Meta:
        verbose_name = _("landing page")
        verbose_name_plural = _("landing pages")

    def get_meta_description(self) -> str:
        return super().get_meta_description() or self.intro

    @property
    def hero_link(self) -> str:
        if self.hero_link_page_id:
            page = self.hero_link_page.localized
            return page.url if page.live else ""
        return self.hero_link_url

    def clean(self):
        super().clean()
        errors = {}
        if self.hero_link_page_id and self.hero_link_url:
            errors["hero_link_url"] = _(
                "Choose a page or enter a web address for the button, not both."
            )
        if (self.hero_link_page_id or self.hero_link_url) and not self.hero_link_text:
            errors["hero_link_text"] = _("Give the button a text, for example 'Sign up'.")
        if self.hero_link_text and not (self.hero_link_page_id or self.hero_link_url):
            errors["hero_link_page"] = _(
                "The button has a text but no destination yet: choose a page or enter a web "
                "address, or clear the button text."
            )
        if errors:
            raise ValidationError(errors)
