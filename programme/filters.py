"""The one event filter: its parameter names, their meanings, one validation with one set of
messages, and one function that turns valid criteria into the queryset.

Four surfaces read it, each a subset of the names (docs/architecture.md, "One filter"):

- the API list ``/api/v1/events`` and ``/api/v1/events/calendar.ics`` (``EventFilters`` in
  api/routes.py: these criteria plus ``limit``/``offset``/``locale``/``updated_since``);
  a bad value is a 400 problem document;
- the embed ``/embed/agenda/`` (``theme``, ``format``, ``series``): a 400 with the same
  message as plain text;
- the agenda page (``when``, ``theme``, ``format`` and its ``month`` picker): the message
  shows next to the field and the list is not filtered by the bad value.

A value that is well formed but names nothing (a theme slug or a series id that does not
exist, ``from`` after ``to``) is a valid question whose answer is empty, on every surface:
the API's contract (a request valid by the OpenAPI document is never refused) sets this.
"""

from __future__ import annotations

import datetime
from typing import Literal

from atelier.api.filters import (
    MAX_ID,
    CriteriaForm,
    CriterionMessages,
    ThemeFilter,
    search_filter,
    theme_filter,
)
from atelier.api.params import IsoDate, clamp_date, search_text_field
from atelier.models import Theme
from atelier.pagination import paginate
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from ninja import Field
from pydantic import field_validator

from .models import EventFormat
from .queries import in_series, past_events, public_events, public_series, upcoming_events

MONTH_LIMIT = 100  # events one month can hold; more would be a page of its own
WHEN = ("upcoming", "past", "all")

# One message per criterion (site/api/filters.py: English in the API, the calendar and the
# embed, in the visitor's language on the agenda page).
MESSAGES = CriterionMessages(
    "event",
    {
        "when": _("when must be upcoming, past or all."),
        "format": _("format must be one of: %(formats)s."),
        "theme": _(
            "theme must be a theme slug (letters, digits, - and _; at most 100 characters), "
            "given at most 20 times."
        ),
        "series": _("series must be the id of a series: a whole number from 1 to %(max)s."),
        "organisation": _(
            "organisation must be the id of an organisation: a whole number from 1 to %(max)s."
        ),
        "from": _("from must be a date as YYYY-MM-DD, for example 2026-03-01."),
        "to": _("to must be a date as YYYY-MM-DD, for example 2026-03-31."),
        "month": _("month must be a year and month as YYYY-MM, for example 2026-03."),
    },
    {"formats": ", ".join(EventFormat.values), "max": MAX_ID},
)
message = MESSAGES.text


class EventCriteria(ThemeFilter):
    """Every event criterion with its name, meaning and validation. Field order and
    descriptions are the API's OpenAPI entries: change them only by adding."""

    when: Literal[WHEN] | None = Field(  # type: ignore[valid-type]
        None,
        description="`upcoming` (default; soonest first), `past` (latest first) or `all`. "
        "With `from` or `to` the default is `all`.",
    )
    from_: IsoDate | None = Field(
        None, alias="from", description="Events starting on or after this date (YYYY-MM-DD)."
    )
    to: IsoDate | None = Field(
        None, description="Events starting on or before this date (YYYY-MM-DD)."
    )
    format: Literal[tuple(EventFormat.values)] | None = Field(  # type: ignore[valid-type]
        None, description="One of: " + ", ".join(EventFormat.values)
    )
    series: int | None = Field(None, ge=1, le=MAX_ID, description="Sessions of this series.")
    organisation: int | None = Field(
        None, ge=1, le=MAX_ID, description="Organised by, or with a contribution from, this id."
    )
    q: str | None = search_text_field()

    one_message = MESSAGES.validator(
        "theme",
        "when",
        "from_",
        "to",
        "format",
        "series",
        "organisation",
        parameter=lambda field_name: {"from_": "from"}.get(field_name, field_name),
    )

    @field_validator("from_", "to")
    @classmethod
    def sane_year(cls, value):
        return clamp_date(value)  # any valid date; beyond 1900–2200 selects the same events


class AgendaCriteria(EventCriteria):
    """The agenda page's criteria: the shared ones plus the month picker, which means the
    same as ``from`` = its first and ``to`` = its last day (the API has no ``month``)."""

    month: str | None = None

    @field_validator("month")
    @classmethod
    def year_and_month(cls, value):
        if value is None:
            return value
        try:
            datetime.datetime.strptime(value.strip(), "%Y-%m")
        except ValueError:
            raise MESSAGES.refuse("month") from None
        return value.strip()

    def month_start(self) -> datetime.date | None:
        """The month's first day; any valid month, beyond 1900–2200 the same as its edge."""
        if not self.month:
            return None
        return clamp_date(datetime.datetime.strptime(self.month, "%Y-%m").date())


EMBED_NAMES = ("theme", "format", "series")
AGENDA_NAMES = ("when", "theme", "format", "month")


def _day_start(day: datetime.date):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def select_events(criteria: EventCriteria, events=None, *, locale=None, updated_since=None):
    """The public events that meet ``criteria``, in the order ``when`` gives: the one
    implementation behind the agenda, the API list, calendar.ics and the embed."""
    events = public_events() if events is None else events
    start, end = criteria.from_, criteria.to
    month = criteria.month_start() if isinstance(criteria, AgendaCriteria) else None
    if month:
        last = (month + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
        start = max(start, month) if start else month
        end = min(end, last) if end else last
    if start and end and start > end:
        return events.none()  # a valid question whose answer is: nothing
    if locale:
        events = events.filter(locale__language_code=locale)
    when = criteria.when or ("all" if (criteria.from_ or criteria.to) else "upcoming")
    if when == "upcoming":
        events = upcoming_events(events)
    elif when == "past":
        events = past_events(events)
    if start:
        events = events.filter(start__gte=_day_start(start))
    if end:
        events = events.filter(start__lt=_day_start(end + datetime.timedelta(days=1)))
    events = theme_filter(events, criteria.theme)
    if criteria.format:
        events = events.filter(format=criteria.format)
    if criteria.series:
        series = public_series().filter(pk=criteria.series).first()
        events = in_series(events, series) if series else events.none()
    if criteria.organisation:
        events = events.filter(
            Q(organisers=criteria.organisation) | Q(partners=criteria.organisation)
        ).distinct()
    if updated_since:
        events = events.filter(last_published_at__gte=updated_since)
    ordering = events.query.order_by
    events = search_filter(events, criteria.q, ("title", "summary"))
    return events.order_by(*ordering) if criteria.q else events


# --- the agenda page ---------------------------------------------------------------------


def event_format_field() -> forms.ChoiceField:
    """``format`` as a select: the agenda's filter form and the embed snippet generator."""
    return forms.ChoiceField(
        label=_("Event type"),
        choices=[("", _("All event types")), *EventFormat.choices],
        required=False,
    )


class AgendaFilterForm(CriteriaForm):
    """The agenda's GET form. It draws the fields; the values are checked by
    ``AgendaCriteria`` (the shared validation), whose messages show next to the field."""

    criteria_names = AGENDA_NAMES
    criteria_model = AgendaCriteria
    criteria_messages = MESSAGES

    when = forms.ChoiceField(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past")), ("all", _("All"))],
        required=False,
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    format = event_format_field()
    month = forms.CharField(
        label=_("Month"),
        required=False,
        widget=forms.TextInput(attrs={"type": "month"}),
        help_text=_("Year and month, for example 2024-03."),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        themes = Theme.objects.all()
        themes = themes.filter(locale=locale) if locale else themes
        self.fields["theme"].choices = [
            ("", _("All themes")),
            *themes.order_by("name").values_list("slug", "name"),
        ]


def agenda_context(index_page, request) -> dict:
    from .queries import with_series

    form = AgendaFilterForm(request.GET or None, locale=index_page.locale)
    form.is_valid()  # runs the shared validation: form.criteria holds the good values only
    criteria = form.criteria
    base = public_events(locale=index_page.locale).descendant_of(index_page)
    when = criteria.when or "upcoming"
    events = select_events(criteria.model_copy(update={"when": when}), base)
    # A month that lies (partly) behind us: what took place then is listed too, under a
    # heading of its own, never among the upcoming events.
    earlier = []
    if criteria.month and when == "upcoming":
        past = select_events(criteria.model_copy(update={"when": "past"}), base)
        earlier = with_series(past[:MONTH_LIMIT])
    page_obj = paginate(events, request, max(5, min(index_page.per_page, 50)))
    page_obj.object_list = with_series(page_obj.object_list)
    return {
        "filter_form": form,
        "events": page_obj,
        "earlier_events": earlier,
        "month": criteria.month_start(),
        "when": when,
        "series_list": list(public_series(locale=index_page.locale).descendant_of(index_page)),
    }
