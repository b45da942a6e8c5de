"""The event page: one activity with its practical info, programme and workshops."""

import datetime

from atelier.blocks import BaseStreamBlock
from atelier.models import BasePage
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from ..forms import EventPageForm
from .choices import EventFormat, EventStatus, SpeakerRole
from .registration import RegistrationSettings, export_url


class EventPage(RegistrationSettings, BasePage):
    format = models.CharField(
        _("soort activiteit"),
        max_length=30,
        choices=EventFormat.choices,
        default=EventFormat.MEETING,
    )
    start = models.DateTimeField(
        _("begint op"), help_text=_("Datum en tijd in Nederlandse tijd (Europe/Amsterdam).")
    )
    end = models.DateTimeField(
        _("eindigt op"), null=True, blank=True, help_text=_("Leeg als er geen eindtijd bekend is.")
    )
    is_all_day = models.BooleanField(
        _("hele dag"),
        default=False,
        help_text=_("Tijden doen er niet toe; agenda's tonen alleen de datum(s)."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_("Geannuleerd en uitgesteld staan duidelijk bovenaan de pagina."),
    )
    summary = models.TextField(
        _("samenvatting"),
        blank=True,
        max_length=400,
        help_text=_("Eén of twee zinnen voor overzichten, zoekmachines en de API."),
    )
    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), verbose_name=_("tekst"), blank=True)
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.TextField(
        _("voor wie?"),
        blank=True,
        help_text=_("Bijvoorbeeld 'Sociaal wijkprofessionals, beleidsmakers en bewoners'."),
    )
    venue = models.ForeignKey(
        "programme.Venue",
        verbose_name=_("locatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    is_online = models.BooleanField(_("online"), default=False)
    # Private: only ever sent to registrants, never rendered, serialised or exported.
    online_join_url = models.URLField(
        _("deelnamelink (privé)"),
        blank=True,
        max_length=500,
        help_text=_(
            "Wordt alleen naar aangemelde deelnemers gestuurd. Verschijnt nooit op de "
            "website, in de API, in agenda-bestanden of in zoekresultaten."
        ),
    )
    is_free = models.BooleanField(_("gratis"), default=True)
    price_amount = models.DecimalField(
        _("prijs"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    price_currency = models.CharField(_("valuta"), max_length=3, default="EUR")
    price_label = models.CharField(
        _("prijs in woorden"),
        max_length=100,
        blank=True,
        help_text=_("Optioneel, bijvoorbeeld '€ 25, inclusief lunch' of 'Gratis'."),
    )
    themes = ParentalManyToManyField("atelier.Theme", verbose_name=_("thema's"), blank=True)
    organisers = ParentalManyToManyField(
        "programme.Organisation",
        verbose_name=_("organisatoren"),
        blank=True,
        related_name="organised_events",
    )
    partners = ParentalManyToManyField(
        "programme.Organisation",
        verbose_name=_("bijdragende organisaties"),
        blank=True,
        related_name="contributed_events",
        help_text=_("Organisaties die inhoudelijk bijdragen, naast de organisatoren."),
    )

    parent_page_types = ["programme.EventIndexPage", "programme.EventSeriesPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    practical_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("is_all_day"),
                FieldPanel("format"),
                FieldPanel("status"),
            ],
            heading=_("Wanneer"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("is_online"), FieldPanel("online_join_url")],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldRowPanel([FieldPanel("price_amount"), FieldPanel("price_currency")]),
                FieldPanel("price_label"),
            ],
            heading=_("Prijs"),
        ),
        FieldPanel("audience"),
        FieldPanel("organisers"),
        FieldPanel("partners"),
    ]
    programme_panels = [
        InlinePanel("speakers", label=_("Spreker of moderator"), heading=_("Sprekers")),
        InlinePanel(
            "programme_items", label=_("Programmaonderdeel"), heading=_("Programma op tijd")
        ),
    ]
    workshop_panels = [
        HelpPanel(
            content=_(
                "<p>Eerst de rondes (bijvoorbeeld 14.00–14.50 en 15.00–15.50), daarna de "
                "workshops. Elke workshop voer je één keer in en vink je aan in de ronde(s) "
                "waarin hij draait; per ronde maakt de site bij het publiceren een eigen "
                "uitvoering met plaatsen aan.</p>"
            )
        ),
        InlinePanel("workshop_rounds", label=_("Ronde"), heading=_("Workshoprondes")),
        InlinePanel("workshops", label=_("Workshop"), heading=_("Workshops")),
    ]
    after_panels = [InlinePanel("materials", label=_("Materiaal"), heading=_("Materialen"))]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("audience"),
        # Search (docs/search.md): the programme, workshops and speakers are what visitors
        # look for. Closed programme items and materials in private collections are left
        # out by the search app's indexers (they say is_public = False).
        index.RelatedFields(
            "programme_items",
            [
                index.SearchField("title"),
                index.SearchField("description"),
                index.RelatedFields("people", [index.SearchField("name")]),
            ],
        ),
        index.RelatedFields(
            "workshops",
            [
                index.SearchField("title", boost=2),
                index.SearchField("description"),
                index.RelatedFields(
                    "facilitators", [index.SearchField("name"), index.SearchField("bio")]
                ),
            ],
        ),
        index.RelatedFields(
            "speakers",
            [
                index.SearchField("note"),
                index.RelatedFields(
                    "person",
                    [
                        index.SearchField("name", boost=2),
                        index.SearchField("job_title"),
                        index.SearchField("bio"),
                    ],
                ),
            ],
        ),
        index.RelatedFields("materials", [index.SearchField("title")]),
        index.FilterField("start"),
        index.FilterField("format"),
    ]
    api_fields = [
        APIField("format"),
        APIField("start"),
        APIField("end"),
        APIField("is_all_day"),
        APIField("status"),
        APIField("summary"),
        APIField("intro"),
        APIField("body"),
        APIField("audience"),
        APIField("is_online"),
        APIField("is_free"),
        APIField("price_amount"),
        APIField("price_currency"),
        APIField("price_label"),
        APIField("registration_mode"),
    ]

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")

    base_form_class = EventPageForm
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhoud")),
            ObjectList(practical_panels, heading=_("Praktisch")),
            ObjectList(programme_panels, heading=_("Programma")),
            ObjectList(workshop_panels, heading=_("Workshops")),
            ObjectList(RegistrationSettings.registration_panels, heading=_("Aanmelden")),
            ObjectList(after_panels, heading=_("Achteraf")),
            ObjectList(BasePage.promote_panels, heading=_("Promoten")),
            ObjectList(BasePage.settings_panels, heading=_("Instellingen")),
        ]
    )

    # --- derived facts -------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = self.clean_registration()
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Het einde moet na het begin liggen.")
        if not self.is_free and self.price_amount is None and not self.price_label:
            errors["price_amount"] = _("Vul een prijs in, of vink 'gratis' aan.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # Runs follow the stored rounds and workshops; a revision-only save stores neither.
        if update_fields is None or {"workshops", "workshop_rounds"} & set(update_fields):
            from ..runs import sync_workshop_runs

            sync_workshop_runs(self)

    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    def is_full(self, places_left=None) -> bool:
        return self.status == EventStatus.FULL or super().is_full(places_left)

    def registration_deadline(self):
        return self.registration_closes_at or self.start

    @cached_property
    def series(self):
        """The learning network this event is a session of, or None (``with_series`` in
        queries.py fills this for a whole list at once)."""
        from .pages import EventSeriesPage

        parent = self.get_parent()
        parent = parent.specific if parent else None
        return parent if isinstance(parent, EventSeriesPage) else None

    @property
    def ends_at(self):
        """The end, or (without one) the end of the day it starts on, for "past or not"."""
        if self.end:
            return self.end
        local = timezone.localtime(self.start)
        return timezone.make_aware(datetime.datetime.combine(local.date(), datetime.time.max))

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def price(self) -> dict:
        return {
            "is_free": self.is_free,
            "amount": self.price_amount,
            "currency": self.price_currency,
            "label": self.price_label or (_("Gratis") if self.is_free else ""),
        }

    @cached_property
    def speaker_rows(self) -> list:
        """Speakers in order (from the prefetch when there is one)."""
        return list(self.speakers.all())

    @property
    def moderators(self) -> list:
        return [row.person for row in self.speaker_rows if row.role == SpeakerRole.MODERATOR]

    @property
    def performers(self) -> list:
        """Speaker rows without the moderators: keynotes, lecturers, table guests…"""
        return [row for row in self.speaker_rows if row.role != SpeakerRole.MODERATOR]

    def rounds_with_workshops(self) -> list:
        """[(round, [(workshop, run or None, other round numbers)])], from the ticked round
        numbers so that a preview shows new rows too; runs come from the prefetch."""
        rounds = list(self.workshop_rounds.all())
        grouped = [(round, []) for round in rounds]
        for workshop in self.workshops.all():
            runs = {run.round_id: run for run in workshop.runs.all()} if workshop.pk else {}
            for number in workshop.round_numbers:
                if 1 <= number <= len(rounds):
                    round = rounds[number - 1]
                    others = [n for n in workshop.round_numbers if n != number]
                    grouped[number - 1][1].append((workshop, runs.get(round.pk), others))
        return grouped

    @property
    def public_materials(self) -> list:
        return [material for material in self.materials.all() if material.is_public]

    def get_context(self, request, *args, **kwargs):
        from ..queries import event_detail_queryset

        context = super().get_context(request, *args, **kwargs)
        event = self
        if self.pk and not getattr(request, "is_preview", False):
            # The live page from the one detail queryset: a fixed number of queries.
            event = event_detail_queryset().filter(pk=self.pk).first() or self
        from atelier.localization import in_other_language, localize_related

        if in_other_language(event):  # people, venue, themes in the page's language
            localize_related([event], event.locale)
        context["event"] = event
        context["rounds"] = event.rounds_with_workshops()
        # base.html's SEO tags (and JSON-LD) read `page`: give them the prefetched instance.
        context["page"] = event
        context["calendar_url"] = export_url("event_calendar", self)
        context["schedule_url"] = export_url("event_schedule", self)
        return context

    def get_json_ld(self, request=None):
        from ..jsonld import event_json_ld

        return event_json_ld(self, request)
