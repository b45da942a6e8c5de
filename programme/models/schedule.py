"""What happens during an event: speakers, timed programme items, workshop rounds,
workshops and their runs, and the materials afterwards. All rows belong to one EventPage."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin

from ..fields import RoundNumbersField, round_choices
from ..widgets import organisations_chooser, people_chooser
from .choices import MaterialKind, SpeakerRole

SHORT_RICH_TEXT = ["bold", "italic", "link", "ul"]


def local_datetime(day: datetime.date, time: datetime.time | None):
    """A date and a wall-clock time in the site's time zone (Europe/Amsterdam) as an aware
    datetime; DST is the zone's business, not ours."""
    if time is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, time))


class TimedRowMixin(models.Model):
    """Start and end as wall-clock times on the event's first day unless a date is given."""

    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("Only for events that last several days; empty means the first day."),
    )
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)

    class Meta:
        abstract = True

    def day(self) -> datetime.date | None:
        if self.date:
            return self.date
        event = getattr(self, "page", None)
        if event is None or event.start is None:
            return None
        return timezone.localtime(event.start).date()

    @property
    def start(self):
        day = self.day()
        return local_datetime(day, self.start_time) if day else None

    @property
    def end(self):
        day = self.day()
        return local_datetime(day, self.end_time) if day else None

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end time must be after the start time.")})


class EventSpeaker(TranslatableMixin, Orderable):
    """A person and the part they play at this event; the moderator is one of the roles."""

    page = ParentalKey("programme.EventPage", on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        "programme.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="event_roles",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=SpeakerRole.choices, default=SpeakerRole.SPEAKER
    )
    note = models.CharField(
        _("topic"),
        max_length=255,
        blank=True,
        help_text=_("Optional, for example 'looks back on the 2008 neighbourhood approach'."),
    )

    panels = [FieldRowPanel([FieldPanel("person"), FieldPanel("role")]), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speaker or moderator")
        verbose_name_plural = _("speakers and moderators")

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"


class ProgrammeItem(TranslatableMixin, TimedRowMixin, ClusterableModel, Orderable):
    page = ParentalKey(
        "programme.EventPage", on_delete=models.CASCADE, related_name="programme_items"
    )
    title = models.CharField(_("title"), max_length=255)
    description = RichTextField(_("description"), blank=True, features=SHORT_RICH_TEXT)
    is_public = models.BooleanField(
        _("public"),
        default=True,
        help_text=_("Untick for a closed part, for example after a public lecture."),
    )
    people = ParentalManyToManyField(
        "programme.Person", verbose_name=_("people"), blank=True, related_name="+"
    )
    organisations = ParentalManyToManyField(
        "programme.Organisation",
        verbose_name=_("contributing organisations"),
        blank=True,
        related_name="+",
    )
    # Times entered once: an item that is a workshop round takes the round's times on save.
    workshop_round_number = models.PositiveSmallIntegerField(
        _("workshop round"),
        null=True,
        blank=True,
        choices=round_choices(),
        help_text=_(
            "Only when this item is a round of workshops (tab Workshops): it then gets the "
            "round's times, so you enter them once."
        ),
    )

    panels = [
        FieldPanel("workshop_round_number"),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time"), FieldPanel("date")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("is_public"),
        FieldPanel("people", widget=people_chooser()),
        FieldPanel("organisations", widget=organisations_chooser()),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")

    def __str__(self):
        return self.title


class WorkshopRoundQuerySet(models.QuerySet):
    def with_numbers(self):
        """Annotate each round's position in its event (``number``) in the same query, for
        lists that show rounds of many events (the back office)."""
        earlier = (
            WorkshopRound.objects.filter(page_id=OuterRef("page_id"))
            .filter(
                Q(sort_order__lt=OuterRef("sort_order"))
                | Q(sort_order=OuterRef("sort_order"), pk__lt=OuterRef("pk"))
            )
            .order_by()
            .values("page_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            round_position=Coalesce(Subquery(earlier, output_field=models.IntegerField()), 0) + 1
        )


class WorkshopRound(TranslatableMixin, TimedRowMixin, Orderable):
    page = ParentalKey(
        "programme.EventPage", on_delete=models.CASCADE, related_name="workshop_rounds"
    )
    title = models.CharField(
        _("name"), max_length=100, blank=True, help_text=_("Empty: 'Round 1', 'Round 2', …")
    )

    objects = WorkshopRoundQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time"), FieldPanel("date")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("workshop round")
        verbose_name_plural = _("workshop rounds")

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        if self.start_time is None:
            raise ValidationError({"start_time": _("A round needs a start time.")})

    @property
    def label(self) -> str:
        """ "Ronde 1 (13:30–14:45)": the name (or the round's number) and its times, so that
        two rounds are never shown alike (form, mails, back office). The API keeps the
        stored title."""
        return round_label(self.title, self.number, self.start_time, self.end_time)

    @property
    def name(self) -> str:
        """The name, or "Ronde 1": where the times are shown next to it anyway."""
        return round_label(self.title, self.number)

    @property
    def number(self) -> int:
        """Position among the event's rounds, from 1 (``number_rounds`` fills a list at once)."""
        if getattr(self, "_number", None) is None:
            if getattr(self, "round_position", None):
                self._number = self.round_position
            else:
                number_rounds([self])
        return self._number

    @staticmethod
    def ordered_ids(page_ids) -> dict[int, list[int]]:
        rows = WorkshopRound.objects.filter(page_id__in=set(page_ids)).order_by(
            "page_id", "sort_order", "pk"
        )
        ids: dict[int, list[int]] = {}
        for pk, page_id in rows.values_list("pk", "page_id"):
            ids.setdefault(page_id, []).append(pk)
        return ids


def round_label(title: str, number: int, start=None, end=None) -> str:
    name = title or gettext("Round %(number)s") % {"number": number}
    if start and end:
        return f"{name} ({start:%H:%M}–{end:%H:%M})"
    return f"{name} ({start:%H:%M})" if start else name


def number_rounds(rounds) -> list:
    """Give each round its ``number`` with one query for all their events. Rounds not yet
    saved (a preview) are numbered by their place among their page's rows in memory."""
    rounds = list(rounds)
    saved = [r for r in rounds if r.pk and r.page_id]
    ids = WorkshopRound.ordered_ids(r.page_id for r in saved) if saved else {}
    for workshop_round in rounds:
        if workshop_round.pk and workshop_round.pk in ids.get(workshop_round.page_id, []):
            workshop_round._number = ids[workshop_round.page_id].index(workshop_round.pk) + 1
        else:
            siblings = list(workshop_round.page.workshop_rounds.all())
            position = next((i for i, r in enumerate(siblings) if r is workshop_round), 0)
            workshop_round._number = position + 1
    return rounds


def show_translated_words(translation, workshops=(), rounds=()) -> None:
    """Give ``workshops`` and ``rounds`` (the canonical event's rows, which hold the seats)
    the titles and descriptions they have on its ``translation`` (rows matched by
    translation key), for a form, page, mail or calendar in the visitor's language. For
    display only: these objects are never saved."""
    words = {row.translation_key: row for row in translation.workshops.all()}
    for workshop in workshops:
        shown = words.get(workshop.translation_key)
        if shown is not None:
            workshop.title, workshop.description = shown.title, shown.description
    names = {row.translation_key: row.title for row in translation.workshop_rounds.all()}
    for workshop_round in rounds:
        workshop_round.title = names.get(workshop_round.translation_key, workshop_round.title)


class Workshop(TranslatableMixin, ClusterableModel, Orderable):
    """One workshop, entered once even when it runs in several rounds."""

    page = ParentalKey("programme.EventPage", on_delete=models.CASCADE, related_name="workshops")
    title = models.CharField(_("title"), max_length=255)
    description = RichTextField(_("description"), blank=True, features=SHORT_RICH_TEXT)
    round_numbers = RoundNumbersField(
        _("rounds"),
        help_text=_(
            "Tick every round this workshop runs in. Round 1 is the first round above. If it "
            "runs in two rounds, enter it once and tick both."
        ),
    )
    facilitators = ParentalManyToManyField(
        "programme.Person", verbose_name=_("facilitators"), blank=True, related_name="+"
    )
    organisations = ParentalManyToManyField(
        "programme.Organisation", verbose_name=_("organisations"), blank=True, related_name="+"
    )
    room = models.CharField(
        _("room or online space"),
        max_length=100,
        blank=True,
        help_text=_("For example 'Room 2' or 'Breakout room 5'."),
    )
    capacity = models.PositiveIntegerField(
        _("places per round"), null=True, blank=True, help_text=_("Empty: no maximum.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("round_numbers"),
        FieldPanel("description"),
        FieldPanel("facilitators", widget=people_chooser()),
        FieldPanel("organisations", widget=organisations_chooser()),
        FieldRowPanel([FieldPanel("room"), FieldPanel("capacity")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self):
        return self.title


class WorkshopRun(models.Model):
    """A workshop in one round. Derived on save from ``Workshop.round_numbers``; its id is
    stable as long as the workshop keeps that round, so registrations can point at it."""

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="runs"
    )
    round = models.ForeignKey(
        WorkshopRound, verbose_name=_("round"), on_delete=models.CASCADE, related_name="runs"
    )
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)

    class Meta:
        verbose_name = _("workshop run")
        verbose_name_plural = _("workshop runs")
        ordering = ["round__sort_order", "workshop__sort_order"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "round"], name="one_run_per_round")
        ]

    def __str__(self):
        return f"{self.workshop} · {self.round}"


class EventMaterial(TranslatableMixin, Orderable):
    page = ParentalKey("programme.EventPage", on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(
        _("type"), max_length=20, choices=MaterialKind.choices, default=MaterialKind.SLIDES
    )
    document = models.ForeignKey(
        "atelier.AtelierDocument",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(
        _("link"), blank=True, max_length=500, help_text=_("For example a recording on YouTube.")
    )

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("kind")]),
        FieldPanel("document"),
        FieldPanel("url"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials afterwards")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if bool(self.document_id) == bool(self.url):
            raise ValidationError(_("Choose a document or enter a link (one of the two)."))

    @property
    def is_public(self) -> bool:
        """A document in a private collection (an embargo) is not shown."""
        return not self.document_id or self.document.is_public

    @property
    def href(self) -> str:
        return self.document.url if self.document_id else self.url
