"""Optional two-factor login for the admin: a time-based one-time code (TOTP, RFC 6238) from
an authenticator app, with django-otp. Switched on by ``ADMIN_TWO_FACTOR_REQUIRED``.

With it on, a user who has signed in with a password reaches no admin page until this
session is verified: with a code from their app (``/admin/two-factor/``), or, the first
time, by scanning the QR code shown there and confirming one code. Wagtail's own login form
stays as it is; the second step follows it. A lost phone: a superuser deletes the user's
device (``manage.py shell`` or the Django admin when mounted), and the user sets up again.
"""

from __future__ import annotations

import base64

import segno
from django import forms
from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail import hooks

GUARDED_PREFIXES = ("/admin/", "/django-admin/")
DEVICE_NAME = "authenticator"


def required() -> bool:
    return getattr(settings, "ADMIN_TWO_FACTOR_REQUIRED", False)


class TwoFactorMiddleware:
    """After django_otp's OTPMiddleware: unverified sessions are sent to the second step."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if required() and self.needs_second_step(request):
            url = reverse("atelier_two_factor")
            return redirect(f"{url}?next={request.get_full_path()}")
        return self.get_response(request)

    @staticmethod
    def needs_second_step(request) -> bool:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return False
        if not request.path.startswith(GUARDED_PREFIXES):
            return False
        exempt = (reverse("atelier_two_factor"), reverse("wagtailadmin_logout"))
        return not request.path.startswith(exempt)


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _device(user, *, confirmed: bool):
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).order_by("pk").first()


def _qr_data_uri(url: str) -> str:
    svg = segno.make(url, error="m").svg_inline(scale=4)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return reverse("wagtailadmin_home")
    return target


def two_factor_view(request):
    """Verify this session with a code; set up the app first if the user has none yet."""
    user = request.user
    if not user.is_authenticated:
        return redirect("wagtailadmin_login")
    device = _device(user, confirmed=True)
    setting_up = device is None
    if setting_up:
        device = _device(user, confirmed=False) or TOTPDevice.objects.create(
            user=user, name=DEVICE_NAME, confirmed=False
        )
    form = TokenForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("This code is not valid. Enter the current code from your app."))
    context = {"form": form, "setting_up": setting_up, "next": _next_url(request)}
    if setting_up:
        context.update(
            qr_code=_qr_data_uri(device.config_url),
            secret=base64.b32encode(device.bin_key).decode(),
        )
    return TemplateResponse(request, "atelier/admin/two_factor.html", context)


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("two-factor/", two_factor_view, name="atelier_two_factor")]
