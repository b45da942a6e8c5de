"""Admin views for one person's data (GDPR access and erasure requests), next to the
``export_personal_data`` and ``erase_personal_data`` commands."""

from django.contrib import messages
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from .gdpr import erase_person, export_person
from .models import Registration

VIEW_PERMISSION = "registration.view_personal_data"
ERASE_PERMISSION = "registration.delete_registration"


def export_view(request, pk: int):
    if not request.user.has_perm(VIEW_PERMISSION):
        return HttpResponseForbidden()
    registration = get_object_or_404(Registration, pk=pk, anonymised_at=None)
    response = JsonResponse(export_person(registration.email), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="persoonsgegevens-{pk}.json"'
    return response


def erase_view(request, pk: int):
    user = request.user
    if not (user.has_perm(VIEW_PERMISSION) and user.has_perm(ERASE_PERMISSION)):
        return HttpResponseForbidden()
    registration = get_object_or_404(Registration, pk=pk, anonymised_at=None)
    if request.method == "POST":
        count = erase_person(registration.email, user=request.user)
        messages.success(
            request,
            ngettext("%(count)s registration erased.", "%(count)s registrations erased.", count)
            % {"count": count},
        )
        return redirect("registration_registration_modeladmin_index")
    others = Registration.objects.filter(email=registration.email, anonymised_at=None)
    return TemplateResponse(
        request,
        "programme/registration/admin/confirm_erase.html",
        {"registration": registration, "registrations": others.select_related("page")},
    )
