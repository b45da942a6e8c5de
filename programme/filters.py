"""The agenda's filters (theme, format, month) as a plain GET form and its pagination."""

import datetime

from atelier.models import Theme
from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import EventFormat
from .queries import past_events, public_events, public_series, upcoming_events, with_series

MONTH_LIMIT = 100  # events one month can hold; more would be a page of its own


class AgendaFilterForm(forms.Form):
    when = forms.ChoiceField(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        required=False,
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
    )
    format = forms.ChoiceField(
        label=_("Event type"),
        choices=[("", _("All event types")), *EventFormat.choices],
        required=False,
    )
    month = forms.DateField(
        label=_("Month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        help_text=_("Year and month, for example 2024-03."),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        themes = Theme.objects.all()
        self.fields["theme"].queryset = themes.filter(locale=locale) if locale else themes


def filter_events(events, data: dict):
    if data.get("theme"):
        events = events.filter(themes=data["theme"]).distinct()
    if data.get("format"):
        events = events.filter(format=data["format"])
    month = data.get("month")
    if month:
        first = timezone.make_aware(datetime.datetime(month.year, month.month, 1))
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        events = events.filter(start__gte=first, start__lt=following)
    return events


def agenda_context(index_page, request) -> dict:
    form = AgendaFilterForm(request.GET or None, locale=index_page.locale)
    data = form.cleaned_data if form.is_valid() else {}
    all_events = filter_events(
        public_events(locale=index_page.locale).descendant_of(index_page), data
    )
    when = data.get("when") or "upcoming"
    events = past_events(all_events) if when == "past" else upcoming_events(all_events)
    # A month that lies (partly) behind us: what took place then is listed too, under a
    # heading of its own, never among the upcoming events.
    earlier = []
    if data.get("month") and when != "past":
        earlier = with_series(past_events(all_events)[:MONTH_LIMIT])
    paginator = Paginator(events, max(5, min(index_page.per_page, 50)))
    try:
        page_obj = paginator.page(request.GET.get("pagina", 1))
    except (EmptyPage, PageNotAnInteger):
        page_obj = paginator.page(1)
    page_obj.object_list = with_series(page_obj.object_list)
    return {
        "filter_form": form,
        "events": page_obj,
        "earlier_events": earlier,
        "month": data.get("month"),
        "when": when,
        "series_list": list(public_series(locale=index_page.locale).descendant_of(index_page)),
    }
