"""Back-office actions on registrations: cancel (with an optional message), move up from
the waiting list, resend the confirmation, and mail every confirmed participant of an
event. Each one changes data through the services (so the waiting list moves on and mail
goes through the outbox) and is written to Wagtail's audit log there.

Who may: users with ``registration.manage_registrations`` (Moderators and the
Registrations group, see atelier/roles.py) besides the personal-data permission.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from . import services
from .models import Registration
from .summary import places_left

VIEW_PERMISSION = "registration.view_personal_data"
MANAGE_PERMISSION = "registration.manage_registrations"
INDEX_URL_NAME = "registration_registration_modeladmin_index"
TEMPLATES = "programme/registration/admin"


def may_manage(user) -> bool:
    return user.has_perm(VIEW_PERMISSION) and user.has_perm(MANAGE_PERMISSION)


def back_to_list(request):
    """To the list the action started from (its filters kept), or the full list."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(INDEX_URL_NAME)


def registration_or_404(pk: int) -> Registration:
    return get_object_or_404(Registration.objects.select_related("page"), pk=pk, anonymised_at=None)


def render(request, template: str, context: dict):
    context.setdefault("next", request.GET.get("next", ""))
    return TemplateResponse(request, f"{TEMPLATES}/{template}", context)


class CancelForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the participant (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Sent with the cancellation mail, for example why. Leave empty for the standard mail."
        ),
    )


def cancel_view(request, pk: int):
    if not may_manage(request.user):
        return HttpResponseForbidden()
    registration = registration_or_404(pk)
    if not registration.is_active:
        messages.warning(request, gettext("This registration had already been cancelled."))
        return back_to_list(request)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        waiting = set(
            Registration.objects.filter(page=registration.page, status="waitlisted").values_list(
                "pk", flat=True
            )
        )
        services.cancel(registration, message=form.cleaned_data["message"], user=request.user)
        moved_up = Registration.objects.filter(pk__in=waiting, status="confirmed")
        text = gettext("The registration of %(name)s has been cancelled and mailed.") % {
            "name": registration.name
        }
        if moved_up:
            text += " " + ngettext(
                "%(names)s moved up from the waiting list and has been mailed.",
                "%(names)s moved up from the waiting list and have been mailed.",
                len(moved_up),
            ) % {"names": ", ".join(r.name for r in moved_up)}
        messages.success(request, text)
        return back_to_list(request)
    return render(request, "confirm_cancel.html", {"registration": registration, "form": form})


def promote_view(request, pk: int):
    if not may_manage(request.user):
        return HttpResponseForbidden()
    registration = registration_or_404(pk)
    if registration.status != "waitlisted":
        messages.warning(request, gettext("This person is not on the waiting list."))
        return back_to_list(request)
    page = registration.page.specific
    if request.method == "POST":
        services.promote(registration, user=request.user)
        messages.success(
            request,
            gettext("%(name)s has a place now and has been mailed.") % {"name": registration.name},
        )
        return back_to_list(request)
    left = places_left(page)
    return render(
        request,
        "confirm_promote.html",
        {"registration": registration, "page": page, "places_left": left, "over": left == 0},
    )


def resend_view(request, pk: int):
    if not may_manage(request.user):
        return HttpResponseForbidden()
    registration = registration_or_404(pk)
    if request.method == "POST":
        if services.resend_confirmation(registration, user=request.user):
            messages.success(
                request,
                gettext("The confirmation has been sent to %(email)s again.")
                % {"email": registration.email},
            )
        else:
            messages.warning(request, gettext("A cancelled registration gets no confirmation."))
        return back_to_list(request)
    return render(request, "confirm_resend.html", {"registration": registration})


class ParticipantMailForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(
        label=_("Message"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Each participant gets it with a greeting by name and their personal link to "
            "view or cancel their registration."
        ),
    )


def mail_participants_view(request, page_id: int):
    if not may_manage(request.user):
        return HttpResponseForbidden()
    page = get_object_or_404(Page, pk=page_id).specific
    if not hasattr(page, "registration_mode"):
        return HttpResponseForbidden()
    confirmed = Registration.objects.confirmed().filter(page=page, anonymised_at=None)
    form = ParticipantMailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        count = services.mail_participants(
            page, form.cleaned_data["subject"], form.cleaned_data["message"], user=request.user
        )
        messages.success(
            request,
            ngettext(
                "The message is on its way to %(count)s participant.",
                "The message is on its way to %(count)s participants.",
                count,
            )
            % {"count": count},
        )
        return back_to_list(request)
    return render(
        request,
        "mail_participants.html",
        {"page": page, "form": form, "count": confirmed.count()},
    )
