"""The public registration form: personal details, consent, one workshop per round."""

from __future__ import annotations

from atelier.validators import public_email_domain
from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from programme.models.schedule import number_rounds

from . import questions
from .services import Applicant, RunChoice, workshop_runs
from .summary import run_places_left, titles_of, translation_of

WAIT_PREFIX = "wacht-"
FULL_MESSAGE = _(
    "This workshop has just filled up. Choose another workshop in this round, or the "
    "waiting list if there is one. Nothing has been saved yet."
)
CHOOSE_MESSAGE = _("Choose one workshop in this round.")


def run_label(run, left, waiting_list: bool) -> str:
    if left is None:
        return run.workshop.title
    if left > 0:
        places = ngettext("%(n)d place left", "%(n)d places left", left) % {"n": left}
    elif waiting_list:
        places = gettext("full — waiting list")
    else:
        places = gettext("full")
    return f"{run.workshop.title} ({places})"


class RegistrationForm(forms.Form):
    # autocomplete: a phone fills in name, address and organisation (WCAG 1.3.5).
    name = forms.CharField(
        label=_("Name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send the confirmation and your personal link to this address."),
        validators=[public_email_domain],
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.CharField(
        label=_("Job title or role"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    needs = forms.CharField(
        label=_("Dietary or accessibility needs (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example vegetarian, wheelchair access or an interpreter."),
    )
    # Honeypot: people never see or reach it; bots that fill every field do.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    consent = forms.BooleanField(label=_("I agree to the processing of my data"))

    def __init__(self, *args, page, shown=None, privacy_url: str = "", **kwargs):
        """``page``: the event (the canonical page: seats, rounds, questions); ``shown``:
        the page as shown in the visitor's language (``summary.shown_page``), whose
        translation words the questions and names the workshops."""
        super().__init__(*args, **kwargs)
        self.page = page
        self.shown = shown
        self.privacy_url = privacy_url
        if privacy_url:
            link = format_html('<a href="{}">{}</a>', privacy_url, gettext("privacy statement"))
            self.fields["consent"].help_text = format_html(
                gettext("We use your data for this event only. Read our {link}."), link=link
            )
        else:
            days = getattr(settings, "REGISTRATION_RETENTION_DAYS", 365)
            self.fields["consent"].help_text = ngettext(
                "We use your data for this event only and delete it no later than %(days)s "
                "day afterwards.",
                "We use your data for this event only and delete it no later than %(days)s "
                "days afterwards.",
                days,
            ) % {"days": days}
        self.round_fields = self._add_round_fields()
        self.questions = questions.event_questions(page, translation_of(shown))
        for question in self.questions:
            self.fields[question.field_name] = questions.form_field(question)
        # Consent comes last on the page, so errors are listed in the same order.
        self.fields["consent"] = self.fields.pop("consent")

    def _add_round_fields(self) -> list[str]:
        runs = list(workshop_runs(self.page))
        titles_of(self.shown, runs)  # the workshops' titles in the visitor's language
        self.runs = {run.pk: run for run in runs}
        number_rounds(run.round for run in runs)
        left = run_places_left(runs)
        waiting_list = bool(getattr(self.page, "has_waiting_list", False))
        rounds: dict[int, tuple] = {}
        for run in runs:
            rounds.setdefault(run.round_id, (run.round, []))[1].append(run)
        names = []
        for round_id, (workshop_round, round_runs) in rounds.items():
            choices = []
            for run in round_runs:
                full = left[run.pk] is not None and left[run.pk] <= 0
                if full and not waiting_list:
                    continue  # nothing to choose there
                value = f"{WAIT_PREFIX}{run.pk}" if full else str(run.pk)
                choices.append((value, run_label(run, left[run.pk], waiting_list)))
            if not choices:
                continue
            name = f"round_{round_id}"
            self.fields[name] = forms.ChoiceField(
                label=workshop_round.label,
                choices=choices,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": FULL_MESSAGE, "required": CHOOSE_MESSAGE},
            )
            self.fields[name].round_id = round_id
            names.append(name)
        return names

    @property
    def round_bound_fields(self):
        return [self[name] for name in self.round_fields]

    @property
    def question_bound_fields(self):
        return [self[question.field_name] for question in self.questions]

    @property
    def person_bound_fields(self):
        return [self[name] for name in ("name", "email", "organisation", "role", "needs")]

    def clean(self):
        cleaned = super().clean()
        chosen = {}  # workshop id -> the round it was first chosen in
        for name in self.round_fields:
            value = cleaned.get(name)
            run = self.runs.get(int(value.removeprefix(WAIT_PREFIX))) if value else None
            if run is None:
                continue
            if run.workshop_id in chosen:
                self.add_error(
                    name,
                    gettext(
                        "You have already chosen %(workshop)s in %(round)s. A workshop that "
                        "runs in several rounds is the same session each time: choose another "
                        "workshop in this round."
                    )
                    % {"workshop": run.workshop.title, "round": chosen[run.workshop_id].label},
                )
            else:
                chosen[run.workshop_id] = run.round
        return cleaned

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def applicant(self, privacy_version: str = "") -> Applicant:
        data = self.cleaned_data
        choices = {}
        for name in self.round_fields:
            value = data[name]
            waiting = value.startswith(WAIT_PREFIX)
            run_id = int(value.removeprefix(WAIT_PREFIX))
            choices[self.fields[name].round_id] = RunChoice(run_id, waiting_list_ok=waiting)
        return Applicant(
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            role=data["role"],
            needs=data["needs"],
            answers=questions.answers(self.questions, data),
            choices=choices,
            privacy_statement_url=self.privacy_url,
            privacy_statement_version=privacy_version,
        )

    def chose_a_full_workshop(self) -> bool:
        """A round's choice was refused because the workshop filled up meanwhile."""
        errors = self.errors.as_data()
        return any(
            error.code == "invalid_choice"
            for name in self.round_fields
            for error in errors.get(name, [])
        )

    def mark_full(self, round_ids) -> None:
        for name in self.round_fields:
            if self.fields[name].round_id in round_ids:
                self.add_error(name, FULL_MESSAGE)
