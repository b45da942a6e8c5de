"""The agenda (EventIndexPage) and the learning network (EventSeriesPage)."""

from atelier.blocks import BaseStreamBlock
from atelier.models import BasePage
from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from ..widgets import organisations_chooser
from .registration import RegistrationSettings, export_url


class EventIndexPage(BasePage):
    """The agenda: upcoming activities first, an archive of past ones, filters."""

    http_cache_role = "list"  # lists other pages: purged when any of them changes

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = models.PositiveSmallIntegerField(
        _("events per page"), default=12, help_text=_("Between 5 and 50.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("per_page")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programme.EventPage", "programme.EventSeriesPage"]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("event calendar")
        verbose_name_plural = _("event calendars")

    def get_context(self, request, *args, **kwargs):
        from ..filters import agenda_context

        context = super().get_context(request, *args, **kwargs)
        context.update(agenda_context(self, request))
        context["calendar_url"] = export_url("agenda_calendar", self)
        return context


class EventSeriesPage(RegistrationSettings, BasePage):
    """A learning network or other series; its sessions are the child event pages."""

    search_type_label = pgettext_lazy("search result type", "Learning network")
    search_date_field = None  # its sessions carry the dates

    http_cache_role = "list"  # lists other pages: purged when any of them changes

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
    audience = models.TextField(_("who is it for?"), blank=True)
    commitment_note = models.TextField(
        _("about taking part"),
        blank=True,
        help_text=_(
            "For example: 'We ask you to take part in all sessions, so that we can build on "
            "each other's work.'"
        ),
    )
    organisers = ParentalManyToManyField(
        "programme.Organisation",
        verbose_name=_("organisers"),
        blank=True,
        related_name="organised_series",
    )
    themes = ParentalManyToManyField("atelier.Theme", verbose_name=_("themes"), blank=True)

    parent_page_types = ["programme.EventIndexPage"]
    subpage_types = ["programme.EventPage"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("audience"),
        FieldPanel("commitment_note"),
        FieldPanel("organisers", widget=organisations_chooser()),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(RegistrationSettings.registration_panels, heading=_("Registration")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.RelatedFields(
            "organisers", [index.SearchField("name"), index.SearchField("short_name")]
        ),
    ]
    api_fields = [
        APIField("summary"),
        APIField("intro"),
        APIField("body"),
        APIField("audience"),
        APIField("commitment_note"),
        APIField("registration_mode"),
    ]

    class Meta:
        verbose_name = _("learning network or series")
        verbose_name_plural = _("learning networks and series")

    def registration_deadline(self):
        """Registering for the whole network closes when its first session starts."""
        if self.registration_closes_at:
            return self.registration_closes_at
        first = self.sessions().first()
        return first.start if first else None

    def sessions(self):
        """Live, public sessions in date order, ready for lists (see queries.py)."""
        from ..queries import series_sessions

        return series_sessions(self)

    def get_context(self, request, *args, **kwargs):
        from atelier.localization import (
            in_other_language,
            localize_page_relations,
            localize_related,
        )

        context = super().get_context(request, *args, **kwargs)
        localize_page_relations(self, "organisers", "themes")
        context["sessions"] = list(self.sessions())
        if in_other_language(self):
            localize_related(context["sessions"], self.locale)
        context["calendar_url"] = export_url("series_calendar", self)
        return context

    def get_json_ld(self, request=None):
        from ..jsonld import series_json_ld

        return series_json_ld(self, request)
