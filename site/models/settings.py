"""Site settings edited in the admin: who we are, how to reach us, menus and footer."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site


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


@register_setting(icon="bars")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    panels = [
        InlinePanel("menu_items", heading=_("Hoofdmenu"), label=_("menu-item")),
        InlinePanel("footer_links", heading=_("Links in de voettekst"), label=_("link")),
    ]

    class Meta:
        verbose_name = _("menu en voettekst")


class NavigationLink(Orderable):
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

    class Meta(Orderable.Meta):
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
    settings = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="menu_items")

    class Meta(NavigationLink.Meta):
        verbose_name = _("menu-item")
        verbose_name_plural = _("menu-items")


class FooterLink(NavigationLink):
    settings = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="footer_links"
    )

    class Meta(NavigationLink.Meta):
        verbose_name = _("link in de voettekst")
        verbose_name_plural = _("links in de voettekst")
