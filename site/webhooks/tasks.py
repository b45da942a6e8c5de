from django_tasks import task

from .delivery import attempt
from .models import WebhookDelivery


@task()
def deliver_webhook(delivery_id: int) -> bool:
    """First attempt right after commit; retries come from `manage.py deliver_webhooks`."""
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    return bool(delivery) and attempt(delivery)
