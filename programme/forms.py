"""Admin form for events: checks that need the inline rows (rounds, workshops) together.

Why here and not in ``Model.clean``: rounds and workshops are validated against each other
and against the event's times before anything is saved.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm


def _live_forms(formset):
    """The formset's rows that stay after saving, in the order the editor sees."""
    formset.is_valid()  # cleans every row, so cleaned_data exists below
    rows = [
        form
        for form in formset.forms
        if hasattr(form, "cleaned_data")
        and not form.cleaned_data.get("DELETE")
        and (form.instance.pk or form.has_changed())
    ]
    return sorted(rows, key=lambda form: form.cleaned_data.get("ORDER") or 0)


def _moment(value: datetime.datetime) -> str:
    """Date and time in the editor's language (Django's localised DATETIME_FORMAT)."""
    return date_format(timezone.localtime(value), "DATETIME_FORMAT")


def _at(day: datetime.date, time: datetime.time | None):
    return timezone.make_aware(datetime.datetime.combine(day, time)) if time else None


class EventPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._label_round_choices()

    def _label_round_choices(self):
        """Workshops and programme items offer the event's own rounds, by name and time
        (event-editor.js keeps this up to date while rounds are added or changed)."""
        if "workshop_rounds" not in self.formsets or not self.instance.pk:
            return
        from .models.schedule import number_rounds

        rounds = number_rounds(self.instance.workshop_rounds.all())
        if not rounds:
            return
        labels = {r.number: r.label for r in rounds}
        for name, field_name in (
            ("workshops", "round_numbers"),
            ("programme_items", "workshop_round_number"),
        ):
            for form in self.formsets[name].forms:
                field = form.fields[field_name]
                field.choices = [
                    (value, labels.get(value, label)) if value != "" else (value, label)
                    for value, label in field.choices
                ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if not start or "workshop_rounds" not in self.formsets:
            return cleaned
        rounds = _live_forms(self.formsets["workshop_rounds"])
        self._check_rounds(rounds, start, end)
        self._check_workshops(_live_forms(self.formsets["workshops"]), len(rounds))
        items = _live_forms(self.formsets["programme_items"])
        self._times_from_rounds(items, rounds)
        for form in items:
            self._check_inside(form, start, end, _("This programme item"))
        return cleaned

    def _times_from_rounds(self, items, rounds):
        """A programme item that is a workshop round takes the round's date and times."""
        for form in items:
            number = form.cleaned_data.get("workshop_round_number")
            if not number:
                continue
            if number > len(rounds):
                form.add_error(
                    "workshop_round_number",
                    ngettext(
                        "This event has %(count)s round; round %(n)s does not exist.",
                        "This event has %(count)s rounds; round %(n)s does not exist.",
                        len(rounds),
                    )
                    % {"count": len(rounds), "n": number},
                )
                continue
            source = rounds[number - 1].cleaned_data
            for field in ("date", "start_time", "end_time"):
                form.cleaned_data[field] = source.get(field)
                setattr(form.instance, field, source.get(field))

    def _check_inside(self, form, start, end, what):
        data = form.cleaned_data
        day = data.get("date") or timezone.localtime(start).date()
        begins, ends = _at(day, data.get("start_time")), _at(day, data.get("end_time"))
        if begins and begins < start:
            form.add_error(
                "start_time",
                _("%(what)s starts before the event (%(start)s).")
                % {"what": what, "start": _moment(start)},
            )
        if end and (ends or begins) and (ends or begins) > end:
            form.add_error(
                "end_time" if ends else "start_time",
                _("%(what)s ends after the event (%(end)s).") % {"what": what, "end": _moment(end)},
            )

    def _check_rounds(self, rounds, start, end):
        for number, form in enumerate(rounds, start=1):
            self._check_inside(form, start, end, _("Round %(number)s") % {"number": number})

    def _check_workshops(self, workshops, round_count):
        seen_titles = {}
        for form in workshops:
            data = form.cleaned_data
            numbers = data.get("round_numbers") or []
            too_high = [n for n in numbers if n > round_count]
            if too_high:
                form.add_error(
                    "round_numbers",
                    ngettext(
                        "This event has %(count)s round; round %(n)s does not exist.",
                        "This event has %(count)s rounds; round %(n)s does not exist.",
                        round_count,
                    )
                    % {"count": round_count, "n": too_high[0]},
                )
            elif round_count and not numbers:
                form.add_error("round_numbers", _("Choose at least one round for this workshop."))
            title = " ".join((data.get("title") or "").split()).casefold()
            if not title:
                continue
            if title in seen_titles:
                shared = sorted(set(numbers) & set(seen_titles[title]))
                message = (
                    _(
                        "This workshop is already in round %(n)s. A workshop appears only once "
                        "in a round."
                    )
                    % {"n": shared[0]}
                    if shared
                    else _(
                        "This workshop has already been entered. Enter it once and tick every "
                        "round it runs in."
                    )
                )
                form.add_error("title", message)
            else:
                seen_titles[title] = numbers
