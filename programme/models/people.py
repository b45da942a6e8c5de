"""People, organisations and venues: records reused across events, articles and reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PreviewableMixin, TranslatableMixin
from wagtail.search import index


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("abbreviation"), max_length=50, blank=True, help_text=_("For example 'KIS' or 'NPRZ'.")
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
    description = models.TextField(pgettext_lazy("organisation", "description"), blank=True)

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
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(TranslatableMixin, PreviewableMixin, index.Indexed, ClusterableModel):
    """A speaker, lecturer, facilitator, moderator, author or interviewee."""

    honorific = models.CharField(
        _("honorific"),
        max_length=50,
        blank=True,
        help_text=_("For example 'prof. dr.' or 'dr.'."),
    )
    name = models.CharField(_("name"), max_length=255, help_text=_("First name and surname."))
    job_title = models.CharField(_("job title"), max_length=255, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    bio = RichTextField(
        _("biography"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences about who this person is; shown under 'Read more'."),
    )
    photo = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public_profile = models.BooleanField(
        _("agreed to a public profile"),
        default=False,
        help_text=_(
            "Tick only when this person has agreed to a profile page of their own and a "
            "listing in the API. Without that agreement, the name appears only with the "
            "events the person takes part in."
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
            heading=_("Who"),
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
        verbose_name = _("person")
        verbose_name_plural = _("people")
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
    def public_objects(cls, *, correlated: bool = False):
        """Who is public (search and suggest ask every people model for this; search asks
        ``correlated=True`` when it checks only its best-ranked candidates)."""
        from ..queries import public_people

        return public_people(correlated=correlated)


class PersonLink(Orderable):
    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(_("link text"), max_length=100, help_text=_("For example 'Website'."))
    url = models.URLField(_("web address"))

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")


class Venue(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255, help_text=_("For example 'Vechtclub XL'."))
    street_address = models.CharField(_("street and number"), max_length=255, blank=True)
    postal_code = models.CharField(_("postcode"), max_length=20, blank=True)
    city = models.CharField(_("town or city"), max_length=100, blank=True)
    country = models.CharField(
        _("country"), max_length=2, default="NL", help_text=_("Country code, for example NL or BE.")
    )
    website = models.URLField(_("website"), blank=True)
    accessibility_notes = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Wheelchair access, accessible toilet, hearing loop, public transport…"),
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
            heading=_("Address"),
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
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.city}" if self.city else self.name

    @property
    def address_line(self) -> str:
        parts = [self.street_address, " ".join(p for p in [self.postal_code, self.city] if p)]
        return ", ".join(p for p in parts if p)
