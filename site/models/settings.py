"""Site settings edited in the admin: who we are and how to reach us; and the menus and
footer, one per language (a translatable snippet)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, Orderable, Site, TranslatableMixin


def settings_for(model, request=None):
    """The settings of the request's site, or of the default site outside a request."""
    if request is not None:
        return model.for_request(request)
    site = Site.objects.filter(is_default_site=True).first()
    return model.for_site(site) if site else model()


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    organisation_name = models.CharField(
        _("naam organisatie"),
        max_length=150,
        default="Atelier",
        help_text=_("Staat in de kop en de voettekst en in gedeelde links op sociale media."),
    )
    logo = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Verschijnt linksboven. Leeg: de naam van de organisatie in tekst."),
    )
    email = models.EmailField(_("e-mailadres"), blank=True, help_text=_("Staat in de voettekst."))
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        help_text=_("Zoals u het wilt laten zien, bijvoorbeeld 030 123 45 67."),
    )
    address = models.TextField(
        _("adres"), blank=True, help_text=_("Bezoek- of postadres; elke regel op een eigen regel.")
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De pagina met de privacyverklaring; de voettekst linkt ernaar."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("toegankelijkheidsverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Overheden en hun partners zijn verplicht deze te publiceren."),
    )
    newsletter_url = models.URLField(
        _("aanmeldadres nieuwsbrief"),
        blank=True,
        help_text=_(
            "Het adres (https://…) waar het aanmeldformulier van uw nieuwsbriefdienst naartoe "
            "stuurt. Leeg: het nieuwsbriefblok wordt niet getoond."
        ),
    )
    newsletter_email_field = models.CharField(
        _("naam van het e-mailveld"),
        max_length=50,
        default="email",
        help_text=_("Hoe uw nieuwsbriefdienst het e-mailveld noemt, bijvoorbeeld 'EMAIL'."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("logo")], heading=_("Organisatie")
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        InlinePanel("social_links", heading=_("Sociale media"), label=_("account")),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")],
            heading=_("Verklaringen"),
        ),
        MultiFieldPanel(
            [FieldPanel("newsletter_url"), FieldPanel("newsletter_email_field")],
            heading=_("Nieuwsbrief"),
        ),
    ]

    class Meta:
        verbose_name = _("organisatiegegevens")

    def clean(self):
        super().clean()
        if self.newsletter_url and not self.newsletter_url.startswith("https://"):
            raise ValidationError(
                {
                    "newsletter_url": _(
                        "Gebruik een beveiligd adres dat begint met https://, anders sturen "
                        "bezoekers hun e-mailadres onversleuteld over het internet."
                    )
                }
            )


class SocialLink(Orderable):
    PLATFORMS = [
        ("linkedin", "LinkedIn"),
        ("mastodon", "Mastodon"),
        ("bluesky", "Bluesky"),
        ("instagram", "Instagram"),
        ("youtube", "YouTube"),
        ("facebook", "Facebook"),
        ("other", _("anders")),
    ]
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(_("platform"), max_length=20, choices=PLATFORMS)
    url = models.URLField(_("adres"), help_text=_("Het volledige adres van uw account."))

    panels = [FieldPanel("platform"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("sociale-media-account")
        verbose_name_plural = _("sociale-media-accounts")


class Navigation(TranslatableMixin, ClusterableModel):
    """The main menu and the footer links of a site in one language. The English one is
    translated from the Dutch one with wagtail-localize: link texts side by side, the
    pages shared (each language links to its own version of the page)."""

    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="navigations"
    )

    panels = [
        FieldPanel("site"),
        InlinePanel("menu_items", heading=_("Hoofdmenu"), label=_("menu-item")),
        InlinePanel("footer_links", heading=_("Links in de voettekst"), label=_("link")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu and footer")
        verbose_name_plural = _("menus and footers")
        constraints = [
            models.UniqueConstraint(fields=["site", "locale"], name="one_navigation_per_language")
        ]

    def __str__(self):
        return f"{self.site.site_name or self.site.hostname} ({self.locale.get_display_name()})"

    @classmethod
    def for_request(cls, request=None) -> "Navigation | None":
        """The navigation of the request's site in the active language; else the one in
        the default language (its pages are shown in the visitor's language where they
        have a version in it)."""
        site = Site.find_for_request(request) if request is not None else None
        site = site or Site.objects.filter(is_default_site=True).first()
        if site is None:
            return None
        navigations = {nav.locale_id: nav for nav in cls.objects.filter(site=site)}
        active = Locale.get_active()
        return navigations.get(active.pk) or navigations.get(Locale.get_default().pk)


class NavigationLink(TranslatableMixin, Orderable):
    """A menu entry: a page (its title and language follow the page) or an outside address."""

    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Een pagina op deze site. Op de Engelse site linkt het menu naar de vertaling."
        ),
    )
    link_url = models.URLField(
        _("ander webadres"), blank=True, help_text=_("Alleen als het geen pagina op deze site is.")
    )
    link_text = models.CharField(
        _("tekst"),
        max_length=60,
        blank=True,
        help_text=_("Leeg: de titel van de pagina (ook vertaald). Verplicht bij een webadres."),
    )

    panels = [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if self.link_page_id and self.link_url:
            raise ValidationError(
                {"link_url": _("Kies een pagina óf vul een webadres in, niet allebei.")}
            )
        if not self.link_page_id and not self.link_url:
            raise ValidationError(
                {
                    "link_page": _(
                        "Kies een pagina of vul een webadres in; anders linkt dit nergens heen."
                    )
                }
            )
        if self.link_url and not self.link_text:
            raise ValidationError(
                {
                    "link_text": _(
                        "Geef een tekst voor deze link, bijvoorbeeld de naam van de website."
                    )
                }
            )


class MenuItem(NavigationLink):
    settings = ParentalKey(Navigation, on_delete=models.CASCADE, related_name="menu_items")

    class Meta(NavigationLink.Meta):
        verbose_name = _("menu-item")
        verbose_name_plural = _("menu-items")


class FooterLink(NavigationLink):
    settings = ParentalKey(Navigation, on_delete=models.CASCADE, related_name="footer_links")

    class Meta(NavigationLink.Meta):
        verbose_name = _("link in de voettekst")
        verbose_name_plural = _("links in de voettekst")
