"""People, organisations and venues: records reused across events, articles and reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PreviewableMixin, TranslatableMixin
from wagtail.search import index


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=255)
    short_name = models.CharField(
        _("afkorting"), max_length=50, blank=True, help_text=_("Bijvoorbeeld 'KIS' of 'NPRZ'.")
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("beschrijving"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(TranslatableMixin, PreviewableMixin, index.Indexed, ClusterableModel):
    """A speaker, lecturer, facilitator, moderator, author or interviewee."""

    honorific = models.CharField(
        _("titulatuur"),
        max_length=50,
        blank=True,
        help_text=_("Bijvoorbeeld 'prof. dr.' of 'dr.'."),
    )
    name = models.CharField(_("naam"), max_length=255, help_text=_("Voor- en achternaam."))
    job_title = models.CharField(_("functie"), max_length=255, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    bio = RichTextField(
        _("biografie"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Een paar zinnen over wie deze persoon is; verschijnt bij 'Lees meer'."),
    )
    photo = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public_profile = models.BooleanField(
        _("akkoord met een openbaar profiel"),
        default=False,
        help_text=_(
            "Alleen aanvinken als deze persoon heeft ingestemd met een eigen profielpagina "
            "en een vermelding in de API. Zonder akkoord verschijnt de naam alleen bij de "
            "activiteiten waaraan de persoon meewerkt."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("honorific"),
                FieldPanel("name"),
                FieldPanel("job_title"),
                FieldPanel("organisation"),
            ],
            heading=_("Wie"),
        ),
        FieldPanel("bio"),
        FieldPanel("photo"),
        InlinePanel("links", label=_("Links"), heading=_("Links (website, LinkedIn, …)")),
        FieldPanel("public_profile"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("job_title"),
        index.SearchField("bio"),
        index.AutocompleteField("name"),
        index.FilterField("public_profile"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}".strip()

    def get_preview_template(self, request, mode_name):
        return "programme/person_preview.html"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("programme:person", args=[self.pk])

    @classmethod
    def public_objects(cls):
        """Who is public (search and suggest ask every people model for this)."""
        from ..queries import public_people

        return public_people()


class PersonLink(Orderable):
    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(
        _("omschrijving"), max_length=100, help_text=_("Bijvoorbeeld 'Website'.")
    )
    url = models.URLField(_("adres"))

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")


class Venue(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=255, help_text=_("Bijvoorbeeld 'Vechtclub XL'."))
    street_address = models.CharField(_("straat en huisnummer"), max_length=255, blank=True)
    postal_code = models.CharField(_("postcode"), max_length=20, blank=True)
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    country = models.CharField(
        _("land"), max_length=2, default="NL", help_text=_("Landcode, bijvoorbeeld NL of BE.")
    )
    website = models.URLField(_("website"), blank=True)
    accessibility_notes = models.TextField(
        _("toegankelijkheid"),
        blank=True,
        help_text=_("Rolstoeltoegang, invalidentoilet, ringleiding, bereikbaarheid met het OV…"),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("postal_code"),
                FieldPanel("city"),
                FieldPanel("country"),
            ],
            heading=_("Adres"),
        ),
        FieldPanel("website"),
        FieldPanel("accessibility_notes"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("locatie")
        verbose_name_plural = _("locaties")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.city}" if self.city else self.name

    @property
    def address_line(self) -> str:
        parts = [self.street_address, " ".join(p for p in [self.postal_code, self.city] if p)]
        return ", ".join(p for p in parts if p)
