"""The registration form and the personal view/cancel page.

Both live on their own URLs and are never cached, so the event page itself can sit in a
CDN without one visitor's CSRF token (or personal link) reaching another.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page, Site

from . import ratelimit
from .forms import RegistrationForm
from .models import Registration
from .my_programme import done_url, my_programme_path, public_programme_url
from .services import ChoicesFull, RegistrationRefused, cancel, register
from .summary import (
    MODE_EXTERNAL,
    MODE_SITE,
    canonical_page,
    registration_summary,
    shown_page,
    titles_of,
)

TEMPLATES = "programme/registration"
WORKSHOP_IDS = re.compile(r"\d{1,18}(,\d{1,18}){0,19}")  # ?workshops=12,34 (at most 20)
RATE_LIMITED = gettext_lazy(
    "Many registrations have been sent from this address in the past hour. Your details "
    "are still here: please try again later, or contact us."
)
CHOICE_PROBLEMS = {
    "invalid_choice": gettext_lazy("That workshop choice no longer exists. Please choose again."),
    "same_workshop_twice": gettext_lazy(
        "You chose the same workshop in two rounds. Choose another workshop in one of them."
    ),
}


def registration_page_for(request, page_id: int):
    """A live page that takes registrations (an event or a series) and that this visitor
    may see: public, or behind a restriction the request passes (the page's password
    entered in this session, logged in), as Wagtail serves the page itself; else 404."""
    page = get_object_or_404(Page.objects.live().specific(), pk=page_id)
    if not hasattr(page, "registration_mode"):
        raise Http404
    if not all(restriction.accept_request(request) for restriction in page.get_view_restrictions()):
        raise Http404
    return canonical_page(page)


def privacy_statement(request) -> tuple[str, str]:
    """(url, version) of the privacy statement people consent to, the url in the active
    language where the statement has a live translation. The version is the moment the
    statement page was last published, so consent can be traced to its text."""
    version = getattr(settings, "REGISTRATION_PRIVACY_VERSION", "1")
    try:
        site_settings_model = apps.get_model("atelier", "SiteSettings")
    except LookupError:
        return "", version
    site = Site.find_for_request(request)
    if site is None:
        return "", version
    privacy_page = getattr(site_settings_model.for_site(site), "privacy_page", None)
    if privacy_page is None or not privacy_page.live:
        return "", version
    published = privacy_page.last_published_at
    # The link goes to the statement in the visitor's language (the English form links to
    # the English statement); the version stays the canonical page's.
    return privacy_page.localized.url or "", published.isoformat() if published else version


def no_referrer(response):
    # The URL holds the personal token: no request from this page may carry it along.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


def closed_response(request, page, status: str, http_status: int = 200):
    full = status == "closed" and registration_summary(page)["places_left"] == 0
    return render(
        request,
        f"{TEMPLATES}/closed.html",
        {"page": shown_page(page, get_language()), "status": "full" if full else status},
        status=http_status,
    )


@never_cache
def register_view(request, page_id: int):
    page = registration_page_for(request, page_id)
    if page.registration_mode == MODE_EXTERNAL and page.registration_url:
        return HttpResponseRedirect(page.registration_url)
    if page.registration_mode != MODE_SITE:
        raise Http404
    summary = registration_summary(page)
    if summary["status"] not in ("open", "waiting_list"):
        # A refused submission (full, closed, cancelled) is always a 409; a visit a 200.
        refused = request.method == "POST"
        return closed_response(
            request, page, summary["status"], http_status=409 if refused else 200
        )

    privacy_url, privacy_version = privacy_statement(request)
    shown = shown_page(page, get_language())
    form = RegistrationForm(request.POST or None, page=page, shown=shown, privacy_url=privacy_url)
    choices_full = False
    status = 200
    if request.method == "POST":
        if form.is_spam():
            # Look like success so the bot learns nothing; store nothing.
            return redirect("registration:done", page_id=page.pk)
        # Only complete registrations count against the address (a typo corrected is not
        # a second registration), and a refused one keeps what was typed.
        if form.is_valid() and not ratelimit.allow_submission(request):
            form.add_error(None, RATE_LIMITED)
            status = 429
        elif form.is_valid():
            applicant = form.applicant(privacy_version)
            applicant.language = get_language() or ""  # their mails and link are in it
            try:
                register(page, applicant)
            except ChoicesFull as full:
                form.mark_full(full.round_ids)
                choices_full = True  # the same 409 as a full event, with the form to choose again
            except RegistrationRefused as refused:
                if refused.reason not in CHOICE_PROBLEMS:
                    return closed_response(request, page, refused.reason, http_status=409)
                form.add_error(None, CHOICE_PROBLEMS[refused.reason])
            else:
                return HttpResponseRedirect(done_url(page, applicant))
        else:
            choices_full = form.chose_a_full_workshop()
    # Seats, rounds and questions are the canonical page's; its title and address are
    # shown in the visitor's language.
    return render(
        request,
        f"{TEMPLATES}/form.html",
        {"page": shown, "form": form, "summary": summary},
        status=409 if choices_full else status,
    )


@never_cache
def done_view(request, page_id: int):
    page = registration_page_for(request, page_id)
    workshops = request.GET.get("workshops", "")
    if not WORKSHOP_IDS.fullmatch(workshops):
        workshops = ""
    context = {
        "is_series": hasattr(page, "sessions"),
        "page": shown_page(page, get_language()),
        "my_programme_url": public_programme_url(page, workshops, get_language()),
    }
    return render(request, f"{TEMPLATES}/done.html", context)


def registration_for_link(public_id, token) -> Registration:
    registration = Registration.objects.filter(public_id=public_id, anonymised_at=None).first()
    if registration is None or not registration.check_token(token):
        raise Http404
    return registration


# Why csrf_exempt: under "Referrer-Policy: no-referrer" (which keeps the token out of
# every Referer) Chromium and Firefox send "Origin: null" with the cancel POST, and
# Django's CSRF check refuses that ("Origin null"). The POST needs no CSRF protection:
# its URL carries the registration's token (an HMAC, checked in constant time), which a
# forging site cannot know, so the token itself is what authenticates the request; no
# cookie or session is involved. Nothing here depends on Origin or Referer.
@csrf_exempt
@never_cache
def manage_view(request, public_id, token: str):
    registration = registration_for_link(public_id, token)
    cancelled_now = False
    promoted = []
    if request.method == "POST" and request.POST.get("action") == "cancel":
        page = registration.page
        waiting = set(
            Registration.objects.filter(page=page, status="waitlisted").values_list("pk", flat=True)
        )
        cancelled_now = cancel(registration)
        registration.refresh_from_db()
        promoted = Registration.objects.filter(pk__in=waiting, status="confirmed")
    page = registration.page.specific
    shown = shown_page(page, get_language())
    choices = list(registration.choices.select_related("run__workshop", "run__round"))
    titles_of(shown, [choice.run for choice in choices])
    context = {
        "is_series": hasattr(page, "sessions"),
        "registration": registration,
        "page": shown,
        "choices": number_choices(choices),
        "cancelled_now": cancelled_now,
        "place_passed_on": bool(promoted),
        "has_waiting_list": getattr(page, "has_waiting_list", False),
        "registration_open": registration_summary(page)["status"] in ("open", "waiting_list"),
        "action_url": reverse("registration:manage", args=[public_id, token]),
        "my_programme_url": my_programme_path(registration, get_language()),
    }
    return no_referrer(render(request, f"{TEMPLATES}/manage.html", context))


def number_choices(choices) -> list:
    from programme.models.schedule import number_rounds

    choices = list(choices)
    number_rounds(choice.run.round for choice in choices)
    return choices
