"""The public registration form: personal details, consent, one workshop per round."""

from __future__ import annotations

from atelier.validators import public_email_domain
from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .services import Applicant, RunChoice, workshop_runs
from .summary import run_places_left

WAIT_PREFIX = "wacht-"
FULL_MESSAGE = _(
    "Deze workshop is net volgeboekt. Kies een andere workshop in deze ronde, of de "
    "wachtlijst als die er is. Er is nog niets opgeslagen."
)
CHOOSE_MESSAGE = _("Kies één workshop in deze ronde.")


def run_label(run, left, waiting_list: bool) -> str:
    if left is None:
        return run.workshop.title
    if left > 0:
        places = ngettext("nog %(n)d plaats", "nog %(n)d plaatsen", left) % {"n": left}
        return f"{run.workshop.title} ({places})"
    if waiting_list:
        return f"{run.workshop.title} ({_('vol — wachtlijst')})"
    return f"{run.workshop.title} ({_('vol')})"


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=200)
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        help_text=_("Hierheen sturen we de bevestiging en je persoonlijke link."),
        validators=[public_email_domain],
    )
    organisation = forms.CharField(label=_("Organisatie"), max_length=200, required=False)
    role = forms.CharField(label=_("Functie of rol"), max_length=200, required=False)
    needs = forms.CharField(
        label=_("Dieetwensen of toegankelijkheid (optioneel)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld vegetarisch, rolstoeltoegankelijk of een tolk."),
    )
    # Honeypot: people never see or reach it; bots that fill every field do.
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    consent = forms.BooleanField(label=_("Ik ga akkoord met de verwerking van mijn gegevens"))

    def __init__(self, *args, page, privacy_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.privacy_url = privacy_url
        if privacy_url:
            self.fields["consent"].help_text = format_html(
                '{} <a href="{}">{}</a>.',
                _("We gebruiken je gegevens alleen voor deze activiteit. Lees onze"),
                privacy_url,
                _("privacyverklaring"),
            )
        else:
            self.fields["consent"].help_text = _(
                "We gebruiken je gegevens alleen voor deze activiteit en verwijderen ze "
                "uiterlijk %(days)s dagen erna."
            ) % {"days": getattr(settings, "REGISTRATION_RETENTION_DAYS", 365)}
        self.round_fields = self._add_round_fields()
        # Consent comes last on the page, so errors are listed in the same order.
        self.fields["consent"] = self.fields.pop("consent")

    def _add_round_fields(self) -> list[str]:
        runs = list(workshop_runs(self.page))
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
            start = workshop_round.start
            label = str(workshop_round)
            if start:
                label = f"{label}, {start:%H.%M} uur"
            self.fields[name] = forms.ChoiceField(
                label=label,
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
    def person_bound_fields(self):
        return [self[name] for name in ("name", "email", "organisation", "role", "needs")]

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
