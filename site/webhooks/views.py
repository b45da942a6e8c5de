"""Admin screens: endpoints (with status and a link to their log) and the delivery log."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .delivery import attempt
from .forms import EndpointCreateForm, EndpointEditForm
from .models import TEST_EVENT_NAME, WebhookDelivery, WebhookEndpoint
from .permissions import can_manage_webhooks
from .test_event import build_test_payload


def deliveries_url(endpoint) -> str:
    return reverse("webhook_deliveries:index") + f"?endpoint={endpoint.pk}"


class EndpointIndexView(generic.IndexView):
    def get(self, request, *args, **kwargs):
        # Not on the results fragment (search, filters): the full page would repeat them.
        paused = (
            [] if self.results_only else WebhookEndpoint.objects.filter(paused_at__isnull=False)
        )
        for endpoint in paused:
            messages.warning(
                request,
                ngettext(
                    "Webhook %(name)s is paused after %(count)s failed attempt in a row.",
                    "Webhook %(name)s is paused after %(count)s failed attempts in a row.",
                    endpoint.failure_count,
                )
                % {"name": endpoint, "count": endpoint.failure_count},
            )
        return super().get(request, *args, **kwargs)


class EndpointCreateView(generic.CreateView):
    def get_success_message(self, instance):
        return _("Webhook %(name)s created. The secret: %(secret)s") % {
            "name": instance,
            "secret": instance.secret,
        }


class EndpointEditView(generic.EditView):
    def get_success_message(self):
        if self.form.cleaned_data.get("new_secret"):
            return _("Webhook %(name)s saved. The new secret: %(secret)s") % {
                "name": self.object,
                "secret": self.object.secret,
            }
        return super().get_success_message()


@require_http_methods(["GET", "POST"])
def send_test_event(request, pk):
    """Send a signed 'ping' right away, so an administrator can check the receiver."""
    if not can_manage_webhooks(request.user):
        return TemplateResponse(request, "wagtailadmin/shared/permission_denied.html", status=403)
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
    if request.method == "POST":
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint, event_type=TEST_EVENT_NAME, payload=build_test_payload()
        )
        if attempt(delivery):
            messages.success(request, _("Test message delivered."))
        else:
            delivery.refresh_from_db()
            messages.error(
                request,
                _("Test message not delivered: %(error)s")
                % {"error": delivery.last_error or _("the webhook is off or paused")},
            )
        return redirect(deliveries_url(endpoint))
    return TemplateResponse(request, "webhooks/send_test_event.html", {"endpoint": endpoint})


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = gettext_lazy("Webhooks")
    add_to_settings_menu = True
    index_view_class = EndpointIndexView
    add_view_class = EndpointCreateView
    edit_view_class = EndpointEditView
    list_display = [
        TitleColumn("url", label=gettext_lazy("URL"), url_name="webhooks:edit"),
        "description",
        Column("status_label", label=gettext_lazy("Status")),
        Column("failure_count", label=gettext_lazy("Failed in a row")),
        TitleColumn(
            "log",
            label=gettext_lazy("Messages"),
            accessor=lambda endpoint: _("View log"),
            get_url=deliveries_url,
        ),
        TitleColumn(
            "test",
            label=gettext_lazy("Test"),
            accessor=lambda endpoint: _("Send test message"),
            get_url=lambda endpoint: reverse("webhooks:send_test", args=[endpoint.pk]),
        ),
    ]

    def get_form_class(self, for_update=False):
        return EndpointEditForm if for_update else EndpointCreateForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("test/<int:pk>/", send_test_event, name="send_test"),
        ]


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "list-ul"
    add_to_admin_menu = False
    inspect_view_enabled = True
    list_filter = ["endpoint", "status"]
    list_display = [
        TitleColumn(
            "__str__", label=gettext_lazy("Message"), url_name="webhook_deliveries:inspect"
        ),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        Column("response_code", label=gettext_lazy("Response code")),
        Column("attempts", label=gettext_lazy("Attempts")),
        Column("created_at", label=gettext_lazy("Created")),
        Column("last_attempt_at", label=gettext_lazy("Last attempt")),
    ]
    inspect_view_fields = [
        "endpoint",
        "event_type",
        "delivery_id",
        "status",
        "attempts",
        "response_code",
        "last_error",
        "next_attempt_at",
        "last_attempt_at",
        "delivered_at",
        "payload",
    ]
    form_fields = ["status"]  # required by ModelViewSet; the policy allows viewing only
