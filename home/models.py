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
        verbose_name=_("inhoud"),
        help_text=_("Stel de pagina samen uit blokken: tekst, beelden, lijsten, knoppen…"),
    )


class HomePage(RegistryChildrenMixin, BasePage):
    """The site's front page. Which sections can live under it, apps decide (the registry)."""

    http_cache_role = "list"  # lists other pages: purged when any of them changes

    intro = models.TextField(
        _("introductie"),
        blank=True,
        help_text=_("Eén of twee zinnen onder de titel: wat doet de organisatie?"),
    )
    body = body_field()

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("homepagina")

    def get_meta_description(self) -> str:
        return super().get_meta_description() or self.intro


class ContentPage(RegistryChildrenMixin, BasePage):
    """An ordinary page: about us, a privacy statement, contact."""

    http_cache_role = "list"  # lists other pages: purged when any of them changes

    intro = models.TextField(
        _("introductie"),
        blank=True,
        help_text=_(
            "Eén of twee zinnen onder de titel. Verschijnt ook in zoekmachines als u bij "
            "'Promotie' geen beschrijving invult."
        ),
    )
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bovenaan de pagina en bij het delen op sociale media."),
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
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")

    def get_meta_description(self) -> str:
        return super().get_meta_description() or self.intro


class LandingPage(RegistryChildrenMixin, BasePage):
    """A page for a theme or a campaign: a large opening (hero) and then blocks."""

    http_cache_role = "list"  # lists other pages: purged when any of them changes

    intro = models.TextField(
        _("introductie"),
        blank=True,
        help_text=_("Eén of twee zinnen in de opening, onder de titel."),
    )
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("openingsbeeld"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Een brede foto achter of naast de opening; liefst 1600 × 900 pixels."),
    )
    hero_link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("knop naar pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Waar de knop in de opening naartoe gaat, bijvoorbeeld de aanmeldpagina."),
    )
    hero_link_url = models.URLField(
        _("of knop naar webadres"),
        blank=True,
        help_text=_("Alleen als de knop naar een andere website gaat."),
    )
    hero_link_text = models.CharField(
        _("tekst op de knop"),
        max_length=60,
        blank=True,
        help_text=_("Kort en actief, bijvoorbeeld 'Meld je aan'."),
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
        verbose_name = _("landingspagina")
        verbose_name_plural = _("landingspagina's")

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
                "Kies een pagina óf vul een webadres in voor de knop, niet allebei."
            )
        if (self.hero_link_page_id or self.hero_link_url) and not self.hero_link_text:
            errors["hero_link_text"] = _("Geef de knop een tekst, bijvoorbeeld 'Meld je aan'.")
        if self.hero_link_text and not (self.hero_link_page_id or self.hero_link_url):
            errors["hero_link_page"] = _(
                "De knop heeft een tekst maar nog geen bestemming: kies een pagina of vul een "
                "webadres in, of maak de tekst op de knop leeg."
            )
        if errors:
            raise ValidationError(errors)
