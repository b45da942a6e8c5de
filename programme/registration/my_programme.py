""" "Mijn programma": a registrant's own calendar file, the event (or every session of a
learning network) and only the workshops they chose.

- Right after registering, the confirmation page links to the public programme export
  with the workshops just chosen in its address (``?workshops=…``): public facts only, so
  a new and an already known address still get exactly the same answer.
- The mail and the personal view/cancel page link to the stored registration's own file,
  behind the personal link (only the workshops the person has a place in)."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache

from .calendar import agenda_filename, personal_agenda
from .models import Registration


def my_programme_path(registration: Registration, language: str | None = None) -> str:
    with translation.override(language or settings.LANGUAGE_CODE):
        return reverse(
            "registration:my_programme", args=[registration.public_id, registration.token]
        )


def chosen_run_ids(applicant) -> list[int]:
    return sorted({choice.run_id for choice in applicant.choices.values()})


def done_url(page, applicant) -> str:
    """The confirmation page, with the workshops just chosen (the same for everyone who
    chose them: nothing about the person)."""
    url = reverse("registration:done", args=[page.pk])
    run_ids = chosen_run_ids(applicant)
    if run_ids:
        url += "?workshops=" + ",".join(str(pk) for pk in run_ids)
    return url


def public_programme_url(page, workshops: str, language: str | None = None) -> str:
    """The public "my programme" export for the confirmation page, in ``language`` (the
    page's texts in that language; default: the site's). Empty for a page behind a
    password or login, as every public export (``export_url``)."""
    from programme.models.registration import export_url

    url = export_url("my_programme", page)
    if not url:
        return ""
    query = {"workshops": workshops} if workshops else {}
    if language and language != settings.LANGUAGE_CODE:
        query["language"] = language
    # Digits, commas and a language code: nothing to quote.
    return url + "?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else url


@never_cache
def my_programme_view(request, public_id, token: str):
    from .views import no_referrer, registration_for_link

    registration = registration_for_link(public_id, token)
    if not registration.is_active:
        raise Http404
    page = registration.page.specific
    choices = list(registration.choices.select_related("run"))
    body = personal_agenda(registration, page, choices, request)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    # The link is under the registrant's language (my_programme_path), so that is active.
    response["Content-Disposition"] = f'attachment; filename="{agenda_filename()}"'
    return no_referrer(response)
