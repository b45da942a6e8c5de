"""Public views outside the page tree: person pages and the export responses."""

import re

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext

from .jsonld import as_script_content
from .models import EventIndexPage
from .queries import (
    event_detail_queryset,
    person_events,
    public_events,
    public_people,
    public_series,
    upcoming_events,
    with_series,
)

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _calendar(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def event_calendar_view(request, pk):
    from .feeds import event_calendar

    event = get_object_or_404(event_detail_queryset(), pk=pk)
    return _calendar(event_calendar(event, request), slugify(event.title) or "activiteit")


def event_programme_calendar_view(request, pk):
    from .feeds import programme_calendar

    event = get_object_or_404(event_detail_queryset(), pk=pk)
    name = slugify(event.title) or "activiteit"
    return _calendar(programme_calendar(event, request), f"{name}-programma")


RUN_IDS = re.compile(r"\d{1,18}(,\d{1,18}){0,19}")


def my_programme_calendar_view(request, pk):
    """The event (or every session of a series) with only the workshop runs named in
    ``?workshops=12,34``: what a visitor just chose when registering. Public facts only;
    runs of other events are ignored. ``?language=en``: the texts of the English page
    (the confirmation page of an English registration links here so)."""
    from django.http import HttpResponseBadRequest

    from .feeds import personal_calendar

    raw = request.GET.get("workshops", "")
    if raw and not RUN_IDS.fullmatch(raw):
        return HttpResponseBadRequest(
            "workshops: up to 20 workshop run ids separated by commas, for example 12,34",
            content_type="text/plain; charset=utf-8",
        )
    language = request.GET.get("language") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        codes = ", ".join(code for code, _name in settings.LANGUAGES)
        return HttpResponseBadRequest(
            f"language: one of {codes}", content_type="text/plain; charset=utf-8"
        )
    run_ids = [int(value) for value in raw.split(",")] if raw else []
    page = event_detail_queryset().filter(pk=pk).first()
    if page is None:  # a learning network: every session
        page = get_object_or_404(public_series(), pk=pk)
    with translation.override(language):
        body = personal_calendar(page, run_ids, request, language)
        return _calendar(body, gettext("my-programme"))


def series_calendar_view(request, pk):
    from .feeds import series_calendar

    series = get_object_or_404(public_series(), pk=pk)
    return _calendar(series_calendar(series, request), slugify(series.title) or "reeks")


def agenda_calendar_view(request, pk):
    from .feeds import agenda_calendar

    index_page = get_object_or_404(EventIndexPage.objects.live().public(), pk=pk)
    events = upcoming_events(public_events(locale=index_page.locale).descendant_of(index_page))
    return _calendar(agenda_calendar(events, request), "agenda")


def event_schedule_view(request, pk):
    from .schedule import event_schedule

    event = get_object_or_404(event_detail_queryset(), pk=pk)
    with translation.override(event.locale.language_code):  # "Plenary" in the page's words
        schedule = event_schedule(event, request)
    return JsonResponse(
        schedule,
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )


def person_detail(request, pk):
    """Only people who agreed to a public profile have a page; others are a 404."""
    from atelier.localization import localize_snippet

    person = get_object_or_404(public_people(), pk=pk)
    # One address per person and language: /en/personen/<id of the Dutch version>/ goes
    # to the English version's address (and back), where that version is public too.
    shown = localize_snippet(person)
    if shown.pk != person.pk and public_people().filter(pk=shown.pk).exists():
        return redirect(shown.get_absolute_url(), permanent=True)
    events = with_series(person_events(person))
    return render(
        request,
        "programme/person_page.html",
        {
            "person": person,
            "events": events,
            "json_ld": as_script_content(_person_json_ld(person)),
            "breadcrumb_trail": [(person.display_name, None)],
            "sections": person_sections(person),
        },
    )


def person_sections(person) -> list[dict]:
    """What other apps list on a person page (publications, articles, projects)."""
    from atelier.registry import registry

    sections = []
    for listing in registry.person_listings:
        items = list(listing.items(person))
        if items:
            sections.append(
                {
                    "key": listing.key,
                    "label": listing.label,
                    "items": items,
                    "template": listing.template,
                }
            )
    return sections


def _person_json_ld(person) -> dict:
    data = {"@context": "https://schema.org", "@type": "Person", "name": person.name}
    if person.honorific:
        data["honorificPrefix"] = person.honorific
    if person.job_title:
        data["jobTitle"] = person.job_title
    if person.organisation_id:
        data["affiliation"] = {"@type": "Organization", "name": person.organisation.name}
    return data
