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
from django.utils.translation import pgettext_lazy
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
from ..widgets import organisations_chooser
from .choices import EventFormat, EventStatus, SpeakerRole
from .registration import RegistrationSettings, export_url


class EventPage(RegistrationSettings, BasePage):
    search_type_label = pgettext_lazy("search result type", "Event")

    format = models.CharField(
        _("event type"),
        max_length=30,
        choices=EventFormat.choices,
        default=EventFormat.MEETING,
    )
    start = models.DateTimeField(
        _("starts at"), help_text=_("Date and time in Dutch time (Europe/Amsterdam).")
    )
    end = models.DateTimeField(
        _("ends at"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the end time is not known."),
    )
    is_all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Times do not matter; calendars show only the date(s)."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_("Cancelled and postponed are shown clearly at the top of the page."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences for listings, search engines and the API."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), verbose_name=_("text"), blank=True)
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.TextField(
        _("who is it for?"),
        blank=True,
        help_text=_("For example 'Neighbourhood social workers, policy makers and residents'."),
    )
    venue = models.ForeignKey(
        "programme.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    is_online = models.BooleanField(_("online"), default=False)
    # Private: only ever sent to registrants, never rendered, serialised or exported.
    online_join_url = models.URLField(
        _("join link (private)"),
        blank=True,
        max_length=500,
        help_text=_(
            "Sent only to registered participants. Never appears on the website, in the "
            "API, in calendar files or in search results."
        ),
    )
    is_free = models.BooleanField(_("free"), default=True)
    price_amount = models.DecimalField(
        _("price"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    price_currency = models.CharField(_("currency"), max_length=3, default="EUR")
    price_label = models.CharField(
        _("price in words"),
        max_length=100,
        blank=True,
        help_text=_("Optional, for example '€ 25, including lunch' or 'Free'."),
    )
    themes = ParentalManyToManyField("atelier.Theme", verbose_name=_("themes"), blank=True)
    organisers = ParentalManyToManyField(
        "programme.Organisation",
        verbose_name=_("organisers"),
        blank=True,
        related_name="organised_events",
    )
    partners = ParentalManyToManyField(
        "programme.Organisation",
        verbose_name=_("contributing organisations"),
        blank=True,
        related_name="contributed_events",
        help_text=_("Organisations that contribute to the content, besides the organisers."),
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
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("is_online"), FieldPanel("online_join_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldRowPanel([FieldPanel("price_amount"), FieldPanel("price_currency")]),
                FieldPanel("price_label"),
            ],
            heading=_("Price"),
        ),
        FieldPanel("audience"),
        FieldPanel("organisers", widget=organisations_chooser()),
        FieldPanel("partners", widget=organisations_chooser()),
    ]
    programme_panels = [
        InlinePanel("speakers", label=_("Speaker or moderator"), heading=_("Speakers")),
        InlinePanel("programme_items", label=_("Programme item"), heading=_("Timed programme")),
    ]
    workshop_panels = [
        HelpPanel(
            content=_(
                "<p>First the rounds (for example 14.00–14.50 and 15.00–15.50), then the "
                "workshops. Enter each workshop once and tick the round(s) it runs in; on "
                "publishing, the site creates a run with its own places for each round.</p>"
            )
        ),
        InlinePanel("workshop_rounds", label=_("Round"), heading=_("Workshop rounds")),
        InlinePanel("workshops", label=_("Workshop"), heading=_("Workshops")),
    ]
    after_panels = [InlinePanel("materials", label=_("Material"), heading=_("Materials"))]

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
        # Where and by whom: "Vechtclub", "Utrecht" or an organiser's name find the event.
        index.RelatedFields(
            "venue",
            [
                index.SearchField("name", boost=2),
                index.SearchField("city"),
                index.SearchField("street_address"),
            ],
        ),
        index.RelatedFields(
            "organisers", [index.SearchField("name"), index.SearchField("short_name")]
        ),
        index.RelatedFields(
            "partners", [index.SearchField("name"), index.SearchField("short_name")]
        ),
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
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            # Lists run in start order and split on "has it ended?": this index serves
            # both without reading the events' rows (docs/performance.md).
            models.Index(fields=["start", "end", "page_ptr"], name="programme_event_start_end"),
        ]

    base_form_class = EventPageForm
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(practical_panels, heading=_("Practical")),
            ObjectList(programme_panels, heading=_("Programme")),
            ObjectList(workshop_panels, heading=_("Workshops")),
            ObjectList(RegistrationSettings.registration_panels, heading=_("Registration")),
            ObjectList(after_panels, heading=_("Afterwards")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    # --- derived facts -------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = self.clean_registration()
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if not self.is_free and self.price_amount is None and not self.price_label:
            errors["price_amount"] = _("Enter a price, or tick 'free'.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # Runs follow the stored rounds and workshops; a revision-only save stores neither.
        if update_fields is None or {"workshops", "workshop_rounds"} & set(update_fields):
            from ..services import sync_workshop_runs

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
            "label": self.price_label or (_("Free") if self.is_free else ""),
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
        for number, workshop_round in enumerate(rounds, start=1):
            workshop_round._number = number
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
        context["programme_calendar_url"] = export_url("event_programme_calendar", self)
        context["schedule_url"] = export_url("event_schedule", self)
        return context

    def get_json_ld(self, request=None):
        from ..jsonld import event_json_ld

        return event_json_ld(self, request)
