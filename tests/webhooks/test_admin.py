"""Administrators manage webhooks, read the delivery log and hear about paused endpoints."""

import pytest
from atelier.webhooks.delivery import deliver_due
from atelier.webhooks.models import DeliveryStatus, EventType, WebhookDelivery, WebhookEndpoint
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    client.login(username="admin", password="admin")
    return client


def test_only_administrators_reach_the_webhooks_screens(client, home_page):
    client.login(username="editor", password="editor")
    assert client.get("/admin/webhooks/").status_code in (302, 403)
    assert client.get("/admin/webhooks/deliveries/").status_code in (302, 403)
    assert b"/admin/webhooks/" not in client.get("/admin/").content
    client.login(username="admin", password="admin")
    assert b"/admin/webhooks/" in client.get("/admin/").content, "the menu item admins see"


def test_the_manage_webhooks_permission_opens_them_to_a_non_superuser(client, home_page):
    editor = get_user_model().objects.get(username="editor")
    editor.user_permissions.add(Permission.objects.get(codename="manage_webhooks"))
    client.login(username="editor", password="editor")
    assert client.get("/admin/webhooks/").status_code == 200


def test_creating_an_endpoint_shows_the_generated_secret_once(admin_client, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    form_page = admin_client.get("/admin/webhooks/new/").content.decode()
    assert 'name="secret"' in form_page

    response = admin_client.post(
        "/admin/webhooks/new/",
        {
            "url": "http://127.0.0.1:9/hook",
            "description": "Agenda partnersite",
            "secret": "s" * 40,
            "event_types": [EventType.PUBLISHED, EventType.DELETED],
            "is_active": "on",
        },
        follow=True,
    )

    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.event_types == [EventType.PUBLISHED, EventType.DELETED]
    assert endpoint.secret in response.content.decode()
    edit_page = admin_client.get(f"/admin/webhooks/edit/{endpoint.pk}/").content.decode()
    assert endpoint.secret not in edit_page


def test_a_private_url_is_a_form_error_in_the_admin(admin_client):
    response = admin_client.post(
        "/admin/webhooks/new/",
        {"url": "http://169.254.169.254/", "secret": "s" * 40, "event_types": ["published"]},
    )
    assert response.status_code == 200
    assert "intern" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


def test_regenerating_the_secret_replaces_it(admin_client, make_endpoint, allow_local_receiver):
    endpoint = make_endpoint("http://127.0.0.1:9/")
    old_secret = endpoint.secret
    admin_client.post(
        f"/admin/webhooks/edit/{endpoint.pk}/",
        {"url": endpoint.url, "event_types": ["published"], "is_active": "on", "new_secret": "on"},
    )
    endpoint.refresh_from_db()
    assert endpoint.secret != old_secret


def test_the_delivery_log_lists_status_code_and_attempts_per_endpoint(
    admin_client, scripted_receiver, make_endpoint, publish_child, allow_local_receiver
):
    failing = make_endpoint(scripted_receiver(500).url, description="Nieuwsbrief")
    working = make_endpoint(scripted_receiver(200).url, description="App")
    publish_child("Werkplaats jeugdzorg")
    deliver_due()

    html = admin_client.get(f"/admin/webhooks/deliveries/?endpoint={failing.pk}").content.decode()

    assert "500" in html
    assert str(DeliveryStatus.FAILED.label) in html
    assert "Nieuwsbrief" in html and "→ App" not in html
    delivery = working.deliveries.get()
    inspect = admin_client.get(f"/admin/webhooks/deliveries/inspect/{delivery.pk}/")
    assert str(delivery.delivery_id) in inspect.content.decode()


def test_repeated_failures_pause_the_endpoint_and_tell_the_administrators(
    admin_client, scripted_receiver, make_endpoint, publish_child, allow_local_receiver, settings
):
    settings.WEBHOOKS_PAUSE_AFTER_FAILURES = 3
    receiver = scripted_receiver(500)
    endpoint = make_endpoint(receiver.url, description="Evenementenapp")
    for title in ("Een", "Twee", "Drie", "Vier"):
        publish_child(title)

    deliver_due()

    endpoint.refresh_from_db()
    assert endpoint.paused_at is not None
    assert endpoint.failure_count == 3
    assert len(receiver.requests) == 3, "nothing is sent once paused"
    assert WebhookDelivery.objects.filter(status=DeliveryStatus.PENDING).count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["admin@atelier.localhost"]
    assert endpoint.url in mail.outbox[0].body
    listing = admin_client.get("/admin/webhooks/").content.decode()
    assert "Evenementenapp is gepauzeerd" in listing
    assert "Gepauzeerd" in listing


def test_resuming_sends_what_waited(
    admin_client, scripted_receiver, make_endpoint, publish_child, allow_local_receiver
):
    from django.utils import timezone

    receiver = scripted_receiver(200)
    endpoint = make_endpoint(receiver.url, paused_at=timezone.now(), failure_count=10)
    publish_child()
    deliver_due()
    assert receiver.requests == []

    admin_client.post(
        f"/admin/webhooks/edit/{endpoint.pk}/",
        {"url": endpoint.url, "event_types": ["published"], "is_active": "on", "resume": "on"},
    )
    deliver_due()

    endpoint.refresh_from_db()
    assert endpoint.paused_at is None and endpoint.failure_count == 0
    assert len(receiver.requests) == 1


def test_send_test_event_posts_a_signed_ping(
    admin_client, example_receiver, make_endpoint, allow_local_receiver
):
    endpoint = make_endpoint("http://placeholder.invalid/")
    receiver = example_receiver(endpoint.secret)
    endpoint.url = receiver.url
    endpoint.save()
    assert admin_client.get(f"/admin/webhooks/test/{endpoint.pk}/").status_code == 200

    response = admin_client.post(f"/admin/webhooks/test/{endpoint.pk}/")

    assert response.status_code == 302
    assert [payload["event"] for payload, _ in receiver.events] == ["ping"]


def test_the_page_type_choices_are_the_page_types_wagtail_knows():
    from atelier.webhooks.forms import EndpointCreateForm
    from django.contrib.contenttypes.models import ContentType

    choices = EndpointCreateForm().fields["content_types"].queryset
    models = {ct.model_class() for ct in choices}
    assert ContentType.objects.get(app_label="programme", model="eventpage") in choices
    assert ContentType.objects.get(app_label="home", model="homepage") in choices
    assert all(hasattr(model, "get_url_parts") for model in models), "pages only"
    assert ContentType.objects.get(app_label="wagtailcore", model="page") not in choices
