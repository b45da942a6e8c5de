"""Endpoint URLs into our own network are refused, at saving and again at delivery."""

import ipaddress

import pytest
from atelier.webhooks.delivery import deliver_due
from atelier.webhooks.forms import EndpointCreateForm
from atelier.webhooks.models import DeliveryStatus, EventType, WebhookDelivery
from atelier.webhooks.ssrf import is_forbidden_address

pytestmark = pytest.mark.django_db


def form_for(url):
    return EndpointCreateForm(
        data={
            "url": url,
            "secret": "x" * 32,
            "event_types": [EventType.PUBLISHED],
            "is_active": "on",
        }
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://localhost:8000/hook",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://[::1]/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
    ],
)
def test_private_and_local_addresses_are_a_form_error_by_default(url):
    form = form_for(url)
    assert not form.is_valid()
    assert "url" in form.errors


@pytest.mark.parametrize("url", ["ftp://93.184.215.14/", "file:///etc/passwd"])
def test_only_http_and_https_are_accepted(url):
    form = form_for(url)
    assert not form.is_valid()
    assert "url" in form.errors


def test_a_public_address_is_accepted():
    form = form_for("https://93.184.215.14/hooks/atelier")
    assert form.is_valid(), form.errors


def test_the_setting_allows_a_local_receiver(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    assert form_for("http://127.0.0.1:8123/").is_valid()


@pytest.mark.parametrize(
    ("address", "forbidden"),
    [
        ("::ffff:127.0.0.1", True),
        ("fe80::1", True),
        ("fd00::1", True),
        ("100.64.0.1", True),  # shared address space (CGNAT)
        ("2001:4860:4860::8888", False),
        ("8.8.8.8", False),
    ],
)
def test_address_classification(address, forbidden):
    assert is_forbidden_address(ipaddress.ip_address(address)) is forbidden


def test_delivery_is_refused_when_the_address_is_private_at_sending_time(
    scripted_receiver, make_endpoint, publish_child, settings
):
    # Saved while allowed (or while DNS pointed elsewhere); now it resolves to loopback.
    receiver = scripted_receiver(200)
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    make_endpoint(receiver.url)
    publish_child()
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False

    deliver_due()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED
    assert "intern" in delivery.last_error
    assert receiver.requests == []


def test_redirects_are_not_followed(scripted_receiver, make_endpoint, publish_child, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    make_endpoint(scripted_receiver(302).url)
    publish_child()
    deliver_due()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.response_code) == (DeliveryStatus.FAILED, 302)
