from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import WebhookDelivery, WebhookEndpoint
from .permissions import WebhookAdminPolicy
from .views import WebhookDeliveryViewSet, WebhookEndpointViewSet

register_permission_policy(WebhookEndpoint, WebhookAdminPolicy(WebhookEndpoint))
register_permission_policy(WebhookDelivery, WebhookAdminPolicy(WebhookDelivery, actions={"view"}))


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [
        WebhookEndpointViewSet("webhooks", url_prefix="webhooks"),
        WebhookDeliveryViewSet("webhook_deliveries", url_prefix="webhooks/deliveries"),
    ]
