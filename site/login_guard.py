"""Brute-force protection for the admin login (django-axes), and unlocking by an admin.

After ``AXES_FAILURE_LIMIT`` wrong passwords for one user name from one address (settings,
docs/deployment.md) that pair is locked out for ``AXES_COOLOFF_TIME``: the login answers
429 with a page that says so, even to the right password. Other users and other addresses
are not affected, so an attacker cannot lock an editor out from elsewhere. A superuser
unlocks under Settings → Login lockouts in the admin (or ``manage.py axes_reset_username``).
"""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class LoginAttemptBackend(AxesStandaloneBackend):
    """Axes for every login made over HTTP. A login without a request (a test client's
    ``login()``, a shell) cannot be a brute-force attempt from outside: nothing to count."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request) -> str:
    """The visitor's address; behind a proxy, from the header named in ADMIN_CLIENT_IP_HEADER
    (e.g. HTTP_X_FORWARDED_FOR, whose first entry the proxy sets)."""
    header = getattr(settings, "ADMIN_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets: what happened, how long, who can help (429)."""
    cooloff = settings.AXES_COOLOFF_TIME
    minutes = int(cooloff.total_seconds() // 60) if cooloff else None
    return render(
        request,
        "atelier/lockout.html",
        {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes},
        status=429,
    )


def locked_out():
    return AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)


@require_http_methods(["GET", "POST"])
def lockouts_view(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    if request.method == "POST":
        attempt = locked_out().filter(pk=request.POST.get("attempt")).first()
        if attempt is not None:
            reset(username=attempt.username, ip=attempt.ip_address)
            messages.success(
                request,
                _("%(username)s can log in again from %(address)s.")
                % {"username": attempt.username, "address": attempt.ip_address},
            )
        return redirect("atelier_lockouts")
    return TemplateResponse(
        request,
        "atelier/admin/lockouts.html",
        {"attempts": locked_out().order_by("-attempt_time")},
    )


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("lockouts/", lockouts_view, name="atelier_lockouts")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_lockout_menu_item():
    return SuperuserMenuItem(
        gettext_lazy("Login lockouts"), reverse("atelier_lockouts"), icon_name="lock", order=950
    )
