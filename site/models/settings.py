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
        _("organisation name"),
        max_length=150,
        default="Atelier",
        help_text=_("Shown in the header and the footer and in links shared on social media."),
    )
    logo = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Appears at the top left. Empty: the organisation's name as text."),
    )
    email = models.EmailField(_("email address"), blank=True, help_text=_("Shown in the footer."))
    phone = models.CharField(
        _("phone number"),
        max_length=30,
        blank=True,
        help_text=_("As you want it shown, for example 030 123 45 67."),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_("Visiting or postal address; each line on a line of its own."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page with the privacy statement; the footer links to it."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Public bodies and their partners are required to publish one."),
    )
    newsletter_url = models.URLField(
        _("newsletter sign-up address"),
        blank=True,
        help_text=_(
            "The address (https://…) your newsletter service's sign-up form posts to. "
            "Empty: the newsletter block is not shown."
        ),
    )
    newsletter_email_field = models.CharField(
        _("name of the email field"),
        max_length=50,
        default="email",
        help_text=_("What your newsletter service calls the email field, for example 'EMAIL'."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("logo")], heading=_("Organisation")
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        InlinePanel("social_links", heading=_("Social media"), label=_("account")),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("accessibility_page")],
            heading=_("Statements"),
        ),
        MultiFieldPanel(
            [FieldPanel("newsletter_url"), FieldPanel("newsletter_email_field")],
            heading=_("Newsletter"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation details")

    def clean(self):
        super().clean()
        if self.newsletter_url and not self.newsletter_url.startswith("https://"):
            raise ValidationError(
                {
                    "newsletter_url": _(
                        "Use a secure address that starts with https://, otherwise visitors "
                        "send their email address across the internet unencrypted."
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
        ("other", _("other")),
    ]
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(_("platform"), max_length=20, choices=PLATFORMS)
    url = models.URLField(_("address"), help_text=_("The full address of your account."))

    panels = [FieldPanel("platform"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media account")
        verbose_name_plural = _("social media accounts")


class Navigation(TranslatableMixin, ClusterableModel):
    """The main menu and the footer links of a site in one language. The English one is
    translated from the Dutch one with wagtail-localize: link texts side by side, the
    pages shared (each language links to its own version of the page)."""

    site = models.ForeignKey(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="navigations"
    )

    panels = [
        FieldPanel("site"),
        InlinePanel("menu_items", heading=_("Main menu"), label=_("menu item")),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("link")),
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
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page on this site. On the English site the menu links to its translation."),
    )
    link_url = models.URLField(
        _("other web address"), blank=True, help_text=_("Only if it is not a page on this site.")
    )
    link_text = models.CharField(
        _("text"),
        max_length=60,
        blank=True,
        help_text=_("Empty: the page's title (translated too). Required with a web address."),
    )

    panels = [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if self.link_page_id and self.link_url:
            raise ValidationError(
                {"link_url": _("Choose a page or enter a web address, not both.")}
            )
        if not self.link_page_id and not self.link_url:
            raise ValidationError(
                {
                    "link_page": _(
                        "Choose a page or enter a web address; otherwise this links nowhere."
                    )
                }
            )
        if self.link_url and not self.link_text:
            raise ValidationError(
                {"link_text": _("Give this link a text, for example the name of the website.")}
            )


class MenuItem(NavigationLink):
    settings = ParentalKey(Navigation, on_delete=models.CASCADE, related_name="menu_items")
    submenu = models.CharField(
        _("in submenu"),
        max_length=40,
        blank=True,
        help_text=_(
            "Optional: the name of a submenu, for example 'Knowledge'. Items with the same "
            "name open together under one button, at the place of the first of them."
        ),
    )

    panels = [*NavigationLink.panels, FieldPanel("submenu")]

    class Meta(NavigationLink.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")


class FooterLink(NavigationLink):
    settings = ParentalKey(Navigation, on_delete=models.CASCADE, related_name="footer_links")

    class Meta(NavigationLink.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")
