"""Publishing reaches a real receiver: signed, from the outbox, after commit."""

import json

import pytest
from atelier.webhooks.models import DeliveryStatus, EventType, WebhookDelivery
from django.db import transaction

pytestmark = pytest.mark.django_db


def test_publishing_posts_a_signed_payload_the_documented_receiver_accepts(
    example_receiver,
    make_endpoint,
    publish_child,
    allow_local_receiver,
    django_capture_on_commit_callbacks,
):
    endpoint = make_endpoint("http://placeholder.invalid/")
    receiver = example_receiver(endpoint.secret)
    endpoint.url = receiver.url
    endpoint.save()

    with django_capture_on_commit_callbacks(execute=True):
        page = publish_child("Kennisatelier wijkaanpak")

    assert len(receiver.events) == 1
    payload, delivery_id = receiver.events[0]
    assert payload["event"] == "page.published"
    assert payload["id"] == page.pk
    assert payload["object_type"] == "home"
    assert payload["url"] == page.get_full_url()
    assert payload["locale"] == "nl"
    assert payload["time"].endswith("+00:00")
    delivery = WebhookDelivery.objects.get(delivery_id=delivery_id)
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert delivery.response_code == 204
    assert delivery.attempts == 1


def test_the_example_receiver_refuses_a_wrong_secret(
    example_receiver,
    make_endpoint,
    publish_child,
    allow_local_receiver,
    django_capture_on_commit_callbacks,
):
    receiver = example_receiver("a-different-secret")
    make_endpoint(receiver.url)

    with django_capture_on_commit_callbacks(execute=True):
        publish_child()

    assert receiver.events == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.response_code == 401
    assert delivery.status == DeliveryStatus.FAILED


def test_headers_carry_event_delivery_id_and_a_signature_over_timestamp_and_body(
    scripted_receiver,
    make_endpoint,
    publish_child,
    allow_local_receiver,
    django_capture_on_commit_callbacks,
):
    from atelier.webhooks.delivery import sign

    receiver = scripted_receiver(200)
    endpoint = make_endpoint(receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        publish_child()

    headers, body = receiver.requests[0]
    delivery = WebhookDelivery.objects.get()
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Atelier-Event"] == "page.published"
    assert headers["X-Atelier-Delivery"] == str(delivery.delivery_id)
    expected = sign(endpoint.secret, headers["X-Atelier-Timestamp"], body)
    assert headers["X-Atelier-Signature"] == f"sha256={expected}"
    assert json.loads(body) == delivery.payload


def test_a_500_is_retried_with_growing_backoff_until_it_succeeds(
    scripted_receiver,
    make_endpoint,
    publish_child,
    allow_local_receiver,
    django_capture_on_commit_callbacks,
):
    from atelier.webhooks.delivery import deliver_due

    receiver = scripted_receiver(500, 500, 200)
    make_endpoint(receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        publish_child()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.response_code) == (DeliveryStatus.FAILED, 500)
    first_wait = delivery.next_attempt_at - delivery.last_attempt_at

    assert deliver_due(now=delivery.next_attempt_at - first_wait / 2) == {
        "succeeded": 0,
        "failed": 0,
    }, "not due yet"
    deliver_due(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    second_wait = delivery.next_attempt_at - delivery.last_attempt_at
    assert delivery.attempts == 2
    assert second_wait == first_wait * 2

    deliver_due(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.response_code, delivery.attempts) == (
        DeliveryStatus.SUCCEEDED,
        200,
        3,
    )
    assert len(receiver.requests) == 3
    assert len({headers["X-Atelier-Delivery"] for headers, _ in receiver.requests}) == 1


def test_the_periodic_command_delivers_what_is_due(
    scripted_receiver, make_endpoint, publish_child, allow_local_receiver
):
    from django.core.management import call_command

    receiver = scripted_receiver(200)
    make_endpoint(receiver.url)
    publish_child()  # on_commit never runs inside the test transaction: the row waits
    assert WebhookDelivery.objects.get().status == DeliveryStatus.PENDING

    call_command("deliver_webhooks", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert WebhookDelivery.objects.get().status == DeliveryStatus.SUCCEEDED
    assert len(receiver.requests) == 1


def test_a_delivery_gives_up_after_the_maximum_attempts(
    scripted_receiver, make_endpoint, publish_child, allow_local_receiver, settings
):
    from atelier.webhooks.delivery import deliver_due

    settings.WEBHOOKS_MAX_ATTEMPTS = 2
    make_endpoint(scripted_receiver(503).url)
    publish_child()
    delivery = WebhookDelivery.objects.get()
    deliver_due(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    deliver_due(now=delivery.next_attempt_at)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.ABANDONED, 2)


def test_publishing_succeeds_while_the_receiver_is_down(
    closed_port_url,
    make_endpoint,
    publish_child,
    allow_local_receiver,
    django_capture_on_commit_callbacks,
):
    make_endpoint(closed_port_url)
    with django_capture_on_commit_callbacks(execute=True):
        page = publish_child("Webinar armoede")

    assert page.live
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.response_code is None
    assert "ConnectionError" in delivery.last_error


def test_the_outbox_row_rolls_back_with_the_publish(
    scripted_receiver,
    make_endpoint,
    publish_child,
    allow_local_receiver,
    django_capture_on_commit_callbacks,
):
    receiver = scripted_receiver(200)
    make_endpoint(receiver.url)
    page = publish_child(live=False)

    class Abort(Exception):
        pass

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(Abort),
        transaction.atomic(),
    ):
        page.get_latest_revision().publish()
        assert WebhookDelivery.objects.count() == 1, "written inside the transaction"
        raise Abort

    assert WebhookDelivery.objects.count() == 0
    assert receiver.requests == []
    page.refresh_from_db()
    assert not page.live


def test_endpoints_only_get_the_events_and_page_types_they_chose(
    make_endpoint, publish_child, allow_local_receiver
):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    published_only = make_endpoint("http://127.0.0.1:9/", events=[EventType.PUBLISHED])
    other_type = make_endpoint(
        "http://127.0.0.1:9/", content_types=[ContentType.objects.get_for_model(Page)]
    )
    unpublished_only = make_endpoint("http://127.0.0.1:9/", events=[EventType.UNPUBLISHED])
    switched_off = make_endpoint("http://127.0.0.1:9/", is_active=False)

    publish_child()

    assert set(WebhookDelivery.objects.values_list("endpoint", flat=True)) == {published_only.pk}
    assert not other_type.deliveries.exists()
    assert not unpublished_only.deliveries.exists()
    assert not switched_off.deliveries.exists()


def test_the_docs_show_the_example_receiver_the_tests_run():
    from pathlib import Path

    from .conftest import EXAMPLE_PATH

    docs = (Path(EXAMPLE_PATH).parents[1] / "webhooks.md").read_text()
    assert EXAMPLE_PATH.read_text() in docs


def test_the_example_receiver_refuses_an_old_timestamp():
    import time

    from atelier.webhooks.delivery import sign

    from .conftest import load_example_receiver

    example = load_example_receiver()
    body = b'{"event":"page.published"}'
    old = str(int(time.time()) - 3600)
    fresh = str(int(time.time()))
    assert example.verify_signature("s3cret", fresh, body, "sha256=" + sign("s3cret", fresh, body))
    assert not example.verify_signature("s3cret", old, body, "sha256=" + sign("s3cret", old, body))
    assert not example.verify_signature(
        "s3cret", fresh, body + b" ", "sha256=" + sign("s3cret", fresh, body)
    )


def test_the_command_forgets_old_finished_deliveries_but_keeps_waiting_ones(make_endpoint, db):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    endpoint = make_endpoint("http://127.0.0.1:9/", is_active=False)
    long_ago = timezone.now() - datetime.timedelta(days=45)
    old = {
        status: WebhookDelivery.objects.create(
            endpoint=endpoint, event_type="published", payload={}, status=status
        )
        for status in (DeliveryStatus.SUCCEEDED, DeliveryStatus.ABANDONED, DeliveryStatus.PENDING)
    }
    WebhookDelivery.objects.update(created_at=long_ago)
    recent = WebhookDelivery.objects.create(
        endpoint=endpoint, event_type="published", payload={}, status=DeliveryStatus.SUCCEEDED
    )

    call_command("deliver_webhooks", stdout=open("/dev/null", "w"))  # noqa: SIM115

    remaining = set(WebhookDelivery.objects.values_list("status", "pk"))
    assert remaining == {
        (DeliveryStatus.PENDING, old[DeliveryStatus.PENDING].pk),
        (DeliveryStatus.SUCCEEDED, recent.pk),
    }
